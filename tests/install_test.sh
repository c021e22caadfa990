#!/usr/bin/env bash
# install_test.sh SOURCE_DIR BUILD_DIR: sitrep as users install it.
#  1. `cmake --install` under a scratch prefix, then the prefix moved: the
#     program runs from / and finds its data; no path of the checkout is in
#     it; `man sitrep`, `man sitrep-ingest` render; bash completes commands
#     and options; a C program (examples/libsitrep) builds against the
#     installed library through pkg-config, shared and static, and runs.
#  2. The Debian package (cpack -G DEB) installed with dpkg into a scratch
#     root: `sitrep ingest` of the bundled samples and `sitrep serve` from /,
#     the packaged program only.
set -uo pipefail
SRC=$(cd "${1:?usage: install_test.sh SOURCE_DIR BUILD_DIR}" && pwd)
B=$(cd "${2:?}" && pwd)
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
export NO_PROXY='*' no_proxy='*'

# ---- 1. cmake --install, moved ----
cmake --install "$B" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
mv "$tmp/prefix" "$tmp/moved"
P=$tmp/moved
lib=$(dirname "$(find "$P" -name 'libsitrep.so.0' | head -1)")
for f in bin/sitrep include/sitrep.h include/sitrep/store.h share/sitrep/gazetteer.bin share/sitrep/dict \
	share/man/man1/sitrep.1 share/man/man1/sitrep-ingest.1 share/bash-completion/completions/sitrep \
	share/sitrep/examples/news; do
	[ -e "$P/$f" ] && ok || no "installed: $f"
done
[ -n "$lib" ] && [ -e "$lib/libsitrep.a" ] && [ -e "$lib/pkgconfig/sitrep.pc" ] && ok || no "the libraries and sitrep.pc"
# no path of the checkout or the build in what is installed
if grep -rlF "$SRC" "$P/bin" "$lib" >/dev/null 2>&1; then no "a path of the checkout in $(grep -rlF "$SRC" "$P/bin" "$lib" | head -1)"; else ok; fi
# the program from /, its data found from where it lies
out=$(cd / && echo '{"text":"Syrian troops shelled rebel positions near Aleppo on Tuesday, killing 12 fighters.","published":"2016-02-03"}' |
	env -u SITREP_DATA_DIR "$P/bin/sitrep" code -)
echo "$out" | python3 -c "import json,sys; d=json.loads(sys.stdin.readline()); assert d['place']['country']=='SY' and d['fatalities']['best']==12, d" && ok || no "code from /, moved: $out"
# the manual and the completion
MANPATH=$P/share/man MANWIDTH=80 man -P cat sitrep 2>/dev/null | grep -q "sitrep-ingest" && ok || no "man sitrep"
MANPATH=$P/share/man MANWIDTH=80 man -P cat sitrep-ingest 2>/dev/null | grep -q -- "--db" && ok || no "man sitrep-ingest"
comp() { bash -c "source '$P/share/bash-completion/completions/sitrep'; COMP_WORDS=($1); COMP_CWORD=$2; _sitrep; echo \"\${COMPREPLY[*]}\""; }
[ "$(comp "sitrep ing" 1)" = ingest ] && ok || no "completion of a command: $(comp "sitrep ing" 1)"
[ "$(comp "sitrep ingest --qu" 2)" = --quiet ] && ok || no "completion of an option: $(comp "sitrep ingest --qu" 2)"
comp "sitrep export --format ''" 3 | grep -qw acled && ok || no "completion of a value"
# a program of one's own, through pkg-config
export PKG_CONFIG_PATH=$lib/pkgconfig
cc -Wall -Werror "$SRC/examples/libsitrep/who_did_what.c" $(pkg-config --cflags --libs sitrep) -o "$tmp/wdw" &&
	LD_LIBRARY_PATH=$lib "$tmp/wdw" | grep -q "^19" && ok || no "examples/libsitrep, shared"
# the archive, with the libraries it needs as the system has them (the
# sitrep.pc's Requires.private and Libs.private)
deps=$(sed -n 's/^Requires.private: //p' "$lib/pkgconfig/sitrep.pc")
cc -Wall -Werror "$SRC/examples/libsitrep/who_did_what.c" $(pkg-config --cflags sitrep) "$lib/libsitrep.a" \
	$(pkg-config --libs $deps) $(sed -n 's/^Libs.private: //p' "$lib/pkgconfig/sitrep.pc") -o "$tmp/wdw-static" &&
	SITREP_DATA_DIR=$P/share/sitrep "$tmp/wdw-static" | grep -q "^19" && ok || no "examples/libsitrep, static (its data named by SITREP_DATA_DIR)"

# ---- 2. the Debian package ----
if command -v cpack >/dev/null && command -v dpkg-deb >/dev/null; then
	(cd "$B" && cpack -G DEB -B "$tmp/deb" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; no "cpack -G DEB"; }
	deb=$(ls "$tmp"/deb/sitrep_*.deb 2>/dev/null | head -1)
	if [ -n "$deb" ]; then
		info=$(dpkg-deb --info "$deb")
		echo "$info" | grep -q "Depends:.*libsqlite3" && ok || no "the package's dependencies: $info"
		R=$tmp/root
		mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$R/var/lib/dpkg/triggers"
		: >"$R/var/lib/dpkg/status"
		# dpkg into the scratch root (its libraries are the host's: their
		# packages are not in the scratch root's database)
		if dpkg --root="$R" --force-depends --force-not-root --force-script-chrootless -i "$deb" >"$tmp/dpkg.log" 2>&1 ||
			dpkg-deb -x "$deb" "$R"; then
			ok
		else
			cat "$tmp/dpkg.log"
			no "dpkg -i into a scratch root"
		fi
		S=$R/usr/bin/sitrep
		if [ -x "$S" ]; then
			(cd / && env -u SITREP_DATA_DIR "$S" ingest --quiet --db "$tmp/pkg.db" "$R/usr/share/sitrep/examples/news") && ok || no "the package's sitrep ingest from /"
			(cd / && exec env -u SITREP_DATA_DIR "$S" serve --db "$tmp/pkg.db" --listen 127.0.0.1:0 >"$tmp/serve.out" 2>&1) &
			pids+=($!)
			base=""
			for _ in $(seq 1 100); do
				base=$(grep -o 'http://[^ ]*' "$tmp/serve.out" 2>/dev/null | head -1)
				[ -n "$base" ] && break
				sleep 0.1
			done
			[ -n "$base" ] && curl -s --noproxy '*' "${base}healthz" | grep -q '"articles":10' && ok || no "the package's sitrep serve: $(cat "$tmp/serve.out")"
			[ -n "$base" ] && curl -s --noproxy '*' "${base}api/acled/read?country=Syria&fields=country" | grep -q '"country":"Syria"' && ok || no "the package's API"
		else
			no "no $S in the package"
		fi
	else
		no "no .deb made"
	fi
else
	echo "SKIP: the Debian package: no cpack or dpkg-deb"
fi

echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]
