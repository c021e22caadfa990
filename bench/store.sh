#!/usr/bin/env bash
# bench/store.sh [CORPUS_DIR]: the store's cost, in the same run.  The
# 990 gzipped pages of extraction-dev through the whole pipeline three ways,
# one thread each unless said:
#   - `sitrep code` printing the events as JSON (no store: the baseline);
#   - `sitrep ingest -j 1` into a new SQLite store;
#   - `sitrep ingest` (a thread per core) into a new store;
#   - `sitrep ingest` again into the same store (everything held already).
# Prints the wall times, articles/s, the ratio to the baseline, the peak
# RSS and the store's size.  Then `store_bench` (a million generated
# events, query latency) when --scale is given.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/extraction-dev}
[ -d "$corpus/pages" ] || { echo "SKIP: no extraction corpus at $corpus"; exit 0; }
S=build/sitrep
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(ls "$corpus"/pages | wc -l)
run() { /usr/bin/time -o "$tmp/time" -f "%e %M" "$@" >/dev/null 2>&1 || true; cat "$tmp/time"; }
base=$(run "$S" code --date 2020-01-01 "$corpus/pages")
one=$(run "$S" ingest -j 1 --quiet --date 2020-01-01 --db "$tmp/one.db" "$corpus/pages")
new=$(run "$S" ingest -j 2 --quiet --date 2020-01-01 --db "$tmp/s.db" "$corpus/pages")
again=$(run "$S" ingest -j 2 --quiet --date 2020-01-01 --db "$tmp/s.db" "$corpus/pages")
size=$(stat -c %s "$tmp/s.db")
events=$(sqlite3 "$tmp/s.db" "SELECT count(*) FROM events" 2>/dev/null || echo "?")
awk -v n="$n" -v b="$base" -v o="$one" -v w="$new" -v a="$again" -v sz="$size" -v ev="$events" 'BEGIN {
	split(b, B, " "); split(o, O, " "); split(w, W, " "); split(a, A, " ");
	printf "pages %d, events %s\n", n, ev;
	printf "code (no store), 1 thread   %6.2f s  %6.1f articles/s  peak RSS %5.1f MB\n", B[1], n / B[1], B[2] / 1024;
	printf "ingest, new store, -j 1     %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx the baseline'"'"'s time)\n", O[1], n / O[1], O[2] / 1024, O[1] / B[1];
	printf "ingest, new store, -j 2     %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", W[1], n / W[1], W[2] / 1024, W[1] / B[1];
	printf "ingest, all held, -j 2      %6.2f s  %6.1f articles/s  peak RSS %5.1f MB  (%.2fx)\n", A[1], n / A[1], A[2] / 1024, A[1] / B[1];
	printf "store: %.1f MB\n", sz / 1e6;
}'
if [ "${2:-}" = --scale ]; then
	build/bench/store_bench --events 1000000 --runs 100
fi
