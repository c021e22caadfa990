#!/usr/bin/env bash
# pg.sh CMD [ARG...]: run CMD against a throwaway PostgreSQL server.
#
# A cluster is made (initdb) in a new temporary directory and started on a
# Unix socket in that directory only (no TCP port, so nothing else on the
# machine can reach it or collide with it); CMD runs with
#   SITREP_TEST_PG_HOST  the socket's directory
#   SITREP_TEST_PG       a URI to its "postgres" database
#   SITREP_TEST_PG_BIN   the server's programs (pg_ctl, to stop or restart it)
#   SITREP_TEST_PG_DATA  the cluster's directory
# and the server is stopped and the directory removed however CMD ends.
# As root (CI), the server runs as the postgres user, which Debian's
# package makes.  Exits 77 (skipped) when no server is installed.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	echo "SKIP: no PostgreSQL server installed (Debian package postgresql)"
	exit 77
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-pg-XXXXXX")
as=()
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$dir"
	as=(runuser -u postgres --)
fi
stop() {
	"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap stop EXIT
# fsync off: a throwaway server's durability is not under test (the
# ingester is what the tests kill, not the machine)
if ! "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1; then
	cat "$dir/initdb.log"
	exit 1
fi
if ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
	-o "-k $dir -c listen_addresses= -c fsync=off -c max_connections=40" start >/dev/null; then
	cat "$dir/server.log"
	exit 1
fi
export SITREP_TEST_PG_HOST="$dir" SITREP_TEST_PG_BIN="$bin" SITREP_TEST_PG_DATA="$dir/data"
export SITREP_TEST_PG="postgresql:///postgres?host=$dir&user=postgres"
set +e
"$@"
rc=$?
set -e
exit $rc
