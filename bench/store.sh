#!/usr/bin/env bash
# bench/store.sh [CORPUS_DIR]: the store's cost, in the same run.  The
# 990 gzipped pages of extraction-dev through the whole pipeline three ways,
# one thread each unless said:
#   - `sitrep code --mentions` printing the coded events (no incidents, no
#     store), and `sitrep code` printing the incidents (the baseline): what
#     the incident stage costs;
#   - `sitrep ingest -j 1` into a new SQLite store;
#   - `sitrep ingest` (a thread per core) into a new store;
#   - `sitrep ingest` again into the same store (everything held already);
# then the same three into PostgreSQL (a throwaway server started by
# tests/pg.sh, when the server is installed), and two ingesters at once,
# each given half the pages.
# Prints the wall times, articles/s, the ratio to the baseline, the peak
# RSS and the store's size.  Then `store_bench` (a million generated
# events, query latency on SQLite and on PostgreSQL) when --scale is given.
set -euo pipefail
cd "$(dirname "$0")/.."
. tests/lib.sh
# the whole run under a throwaway PostgreSQL server (skipped without one)
if [ -z "${SITREP_TEST_PG_HOST:-}" ] && [ -z "${SITREP_BENCH_INNER:-}" ]; then
	rc=0
	SITREP_BENCH_INNER=1 tests/pg.sh "$0" "$@" || rc=$?
	[ "$rc" = 77 ] || exit "$rc"
	echo "(no PostgreSQL server: SQLite only)"
fi
corpus=${1:-../shared/data/extraction-dev}
[ -d "$corpus/pages" ] || { echo "SKIP: no extraction corpus at $corpus"; exit 0; }
S=build/sitrep
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(ls "$corpus"/pages | wc -l)
# one run: "wall-seconds peak-RSS-KB"
run() { /usr/bin/time -o "$tmp/time" -f "%e %M" "$@" >/dev/null 2>&1 || true; }
# the fastest of BEST runs of CMD (a shell command, evaluated each time;
# the machine's noise only ever adds time); PREP before each (a new store)
BEST=${BEST:-5}
best() { # PREP CMD
	local b="" r
	for _ in $(seq 1 "$BEST"); do
		eval "$1"
		eval "run $2"
		r=$(cat "$tmp/time")
		if [ -z "$b" ] || awk -v a="${r%% *}" -v c="${b%% *}" 'BEGIN { exit !(a < c) }'; then b=$r; fi
	done
	echo "$b"
}
P="$corpus/pages"
mentions=$(best : '"$S" code --mentions -j 1 --date 2020-01-01 "$P"')
base=$(best : '"$S" code -j 1 --date 2020-01-01 "$P"')
one=$(best 'rm -f "$tmp"/one.db*' '"$S" ingest -j 1 --quiet --date 2020-01-01 --db "$tmp/one.db" "$P"')
new=$(best 'rm -f "$tmp"/s.db*' '"$S" ingest -j 2 --quiet --date 2020-01-01 --db "$tmp/s.db" "$P"')
again=$(best : '"$S" ingest -j 2 --quiet --date 2020-01-01 --db "$tmp/s.db" "$P"')
size=$(stat -c %s "$tmp/s.db")
events=$(sqlite3 "$tmp/s.db" "SELECT count(*) FROM events" 2>/dev/null || echo "?")
pg_rows=""
if [ -n "${SITREP_TEST_PG_HOST:-}" ]; then
	# a new database each time
	pgnew() { pgdb=$(pg_store "run$RANDOM$RANDOM"); }
	p1=$(best pgnew '"$S" ingest -j 1 --quiet --date 2020-01-01 --db "$pgdb" "$P"')
	p2=$(best pgnew '"$S" ingest -j 2 --quiet --date 2020-01-01 --db "$pgdb" "$P"')
	pgdb=$(pg_store held)
	"$S" ingest -j 2 --quiet --date 2020-01-01 --db "$pgdb" "$P" >/dev/null 2>&1
	pa=$(best : '"$S" ingest -j 2 --quiet --date 2020-01-01 --db "$pgdb" "$P"')
	halves=$(pg_store halves)
	mapfile -t files < <(ls -d "$corpus"/pages/*)
	half=$((${#files[@]} / 2))
	t0=$(date +%s.%N)
	"$S" ingest -j 1 --quiet --date 2020-01-01 --db "$halves" "${files[@]:0:$half}" >/dev/null 2>&1 &
	"$S" ingest -j 1 --quiet --date 2020-01-01 --db "$halves" "${files[@]:$half}" >/dev/null 2>&1 &
	wait
	ph=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
	pgsize=$(psql -X -A -t -q -d "$pgdb" -c "SELECT pg_database_size(current_database())")
	pg_rows="$p1|$p2|$pa|$ph|$pgsize"
fi
awk -v n="$n" -v m="$mentions" -v b="$base" -v o="$one" -v w="$new" -v a="$again" -v sz="$size" -v ev="$events" -v pg="$pg_rows" -v best="$BEST" 'BEGIN {
	split(m, M, " "); split(b, B, " "); split(o, O, " "); split(w, W, " "); split(a, A, " ");
	printf "pages %d, events %s; each figure the fastest of %d runs\n", n, ev, best;
	printf "code --mentions, -j 1       %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (no incidents)\n", M[1], n / M[1], M[2] / 1024;
	printf "code (incidents), -j 1      %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx the time without incidents)\n", B[1], n / B[1], B[2] / 1024, B[1] / M[1];
	printf "ingest, new store, -j 1     %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx the time of code -j 1)\n", O[1], n / O[1], O[2] / 1024, O[1] / B[1];
	printf "ingest, new store, -j 2     %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", W[1], n / W[1], W[2] / 1024, W[1] / B[1];
	printf "ingest, all held, -j 2      %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", A[1], n / A[1], A[2] / 1024, A[1] / B[1];
	printf "store: %.1f MB\n", sz / 1e6;
	if (pg != "") {
		split(pg, P, "|"); split(P[1], P1, " "); split(P[2], P2, " "); split(P[3], PA, " ");
		printf "PostgreSQL, new, -j 1       %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", P1[1], n / P1[1], P1[2] / 1024, P1[1] / B[1];
		printf "PostgreSQL, new, -j 2       %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", P2[1], n / P2[1], P2[2] / 1024, P2[1] / B[1];
		printf "PostgreSQL, all held, -j 2  %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", PA[1], n / PA[1], PA[2] / 1024, PA[1] / B[1];
		printf "PostgreSQL, 2 ingesters     %6.2f s  %6.1f articles/s  (half the pages each, -j 1, at once)\n", P[4], n / P[4];
		printf "PostgreSQL database: %.1f MB\n", P[5] / 1e6;
	}
}'
# a denser corpus: 1,000 generated reports (tests/gen_pages.sh) of a dozen
# events each, in ten cities over four weeks, so that clusters, actors and
# places are shared by thousands of events
tests/gen_pages.sh 1000 "$tmp/dense"
run "$S" code -j 1 --date 2014-03-30 "$tmp/dense"
dbase=$(cat "$tmp/time")
run "$S" ingest -j 2 --quiet --date 2014-03-30 --db "$tmp/dense.db" "$tmp/dense"
dlite=$(cat "$tmp/time")
dev=$(sqlite3 "$tmp/dense.db" "SELECT count(*) FROM events" 2>/dev/null || echo "?")
dpg=""
if [ -n "${SITREP_TEST_PG_HOST:-}" ]; then
	run "$S" ingest -j 2 --quiet --date 2014-03-30 --db "$(pg_store dense)" "$tmp/dense"
	dpg=$(cat "$tmp/time")
fi
awk -v b="$dbase" -v l="$dlite" -v p="$dpg" -v ev="$dev" 'BEGIN {
	split(b, B, " "); split(l, L, " "); split(p, P, " ");
	printf "dense: 1000 generated pages, %s events\n", ev;
	printf "code (no store), 1 thread   %6.2f s  %6.1f articles/s\n", B[1], 1000 / B[1];
	printf "SQLite, new, -j 2           %6.2f s  %6.1f articles/s  %7.0f events/s  peak RSS %5.1f MB\n", L[1], 1000 / L[1], ev / L[1], L[2] / 1024;
	if (p != "")
		printf "PostgreSQL, new, -j 2       %6.2f s  %6.1f articles/s  %7.0f events/s  peak RSS %5.1f MB\n", P[1], 1000 / P[1], ev / P[1], P[2] / 1024;
}'
if [ "${2:-}" = --scale ]; then
	# a million generated events: query latency on SQLite, then the same
	# rows copied into PostgreSQL and the same queries there
	build/bench/store_bench --events 1000000 --runs 100 ${SITREP_TEST_PG_HOST:+--pg "$(pg_store scale)"}
fi
