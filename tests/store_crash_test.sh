#!/usr/bin/env bash
# store_crash_test.sh SITREP [--pg]: crash safety of `sitrep ingest` into SQLite
# or (--pg, under tests/pg.sh) into a PostgreSQL database.  An
# ingest of 1,000 articles (written here, each with its own events) is
# killed with SIGKILL at 20 random moments; after each kill the store must
# pass PRAGMA integrity_check (SQLite) and hold whole articles only (every article's
# n_events equal to the events stored for it, no event without its
# article, every event in a cluster, and clusters', actors' and places' counts right).  A last run then completes it: 1,000 articles, none twice, and
# a further run changes nothing.  Each round is given the pages not yet
# held, so the kills land while articles are being written.
set -euo pipefail
S=${1:?usage: store_crash_test.sh SITREP [--pg]}
pg=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$pg" = --pg ]; then
	[ -n "${SITREP_TEST_PG_HOST:-}" ] || { echo "SKIP: no PostgreSQL server (run under tests/pg.sh)"; exit 77; }
	. "$(dirname "$0")/lib.sh"
	db=$(pg_store crash)
	sql() { psql -X -A -t -q -d "$db" -c "$1"; }
	integrity() { echo ok; } # the server checks its own pages
	exists() { true; }
else
	command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3 command (scripts/setup.sh installs it)"; exit 77; }
	db=$tmp/store.db
	sql() { sqlite3 "$db" "$1"; }
	integrity() { sqlite3 "$db" "PRAGMA integrity_check"; }
	exists() { [ -f "$db" ]; }
fi
"$(dirname "$0")/gen_pages.sh" 1000 "$tmp/pages"
fail=0
SCHEMA=$(sed -n "s/^#define SR_STORE_SCHEMA \([0-9]*\).*/\1/p" "$(dirname "$0")/../src/store/store_int.h") # the store's version
check() {
	local what=$1 ic bad orphans version
	ic=$(integrity 2>&1 || true)
	# killed while the store was being made: each migration is a
	# transaction, so the store is whole at an earlier version, with no
	# articles (the next run brings it up)
	version=$(sql "SELECT version FROM schema_version" 2>/dev/null || echo none)
	if [ "$version" != "$SCHEMA" ]; then
		echo "(killed while the store was made: schema version ${version:-none}, integrity '$ic')"
		[ "$ic" = ok ] || { echo "FAIL $what: integrity '$ic'"; fail=1; }
		return
	fi
	bad=$(sql "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article = a.rowid)" 2>&1 || true)
	orphans=$(sql "SELECT count(*) FROM events WHERE article NOT IN (SELECT rowid FROM articles)" 2>&1 || true)
	clusters=$(sql "SELECT (SELECT count(*) FROM incidents WHERE cluster IS NULL) + (SELECT count(*) FROM clusters c WHERE n_events != (SELECT count(*) FROM incidents e WHERE e.cluster = c.id) OR n_events = 0) + (SELECT count(*) FROM articles a WHERE n_incidents != (SELECT count(*) FROM incidents i WHERE i.article = a.rowid)) + (SELECT count(*) FROM actors a WHERE n_events != (SELECT count(*) FROM events e WHERE e.source_actor = a.id OR e.target_actor = a.id)) + (SELECT count(*) FROM places p WHERE n_events != (SELECT count(*) FROM events e WHERE e.place = p.id))" 2>&1 || true)
	if [ "$ic" != ok ] || [ "$bad" != 0 ] || [ "$orphans" != 0 ] || [ "$clusters" != 0 ]; then
		echo "FAIL $what: integrity '$ic', articles with missing events $bad, orphan events $orphans, cluster faults $clusters"
		fail=1
	fi
}
# each round is given the pages the store does not hold yet, so that every
# kill lands while articles are being written
missing() {
	if exists; then
		sql "SELECT url FROM articles" 2>/dev/null | sed 's|.*/||' | LC_ALL=C sort >"$tmp/held" || : >"$tmp/held"
	else
		: >"$tmp/held"
	fi
	seq 1 1000 | LC_ALL=C sort | LC_ALL=C comm -23 - "$tmp/held" | sort -n | awk -v d="$tmp/pages" '{printf "%s/%04d.html\n", d, $1}'
}
kills=0
wait_ms=120 # the longest wait before a kill; halved when a round finishes first
for k in $(seq 1 60); do
	[ "$kills" -lt 20 ] || break
	mapfile -t todo < <(missing)
	[ "${#todo[@]}" -gt 0 ] || break
	"$S" ingest --quiet --date 2014-03-30 --db "$db" "${todo[@]}" 2>/dev/null &
	pid=$!
	ms=$((RANDOM % wait_ms + 40))
	sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
	if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else wait_ms=$((wait_ms / 2 + 1)); fi
	wait "$pid" 2>/dev/null || true
	exists || continue # killed before the store was made
	check "after kill $k"
	echo "kill $k: $(sql "SELECT count(*) FROM articles") articles, $(sql "SELECT count(*) FROM events") events"
done
"$S" ingest --quiet --date 2014-03-30 --db "$db" "$tmp/pages"
check "after the last run"
articles=$(sql "SELECT count(*) FROM articles")
distinct=$(sql "SELECT count(DISTINCT id) FROM articles")
events=$(sql "SELECT count(*) FROM events")
echo "$kills kills; then $articles articles ($distinct distinct), $events events"
[ "$articles" = 1000 ] && [ "$distinct" = 1000 ] || { echo "FAIL: want 1000 articles once each"; fail=1; }
[ "$events" -ge 2000 ] || { echo "FAIL: want at least 2 events an article"; fail=1; }
# nothing changes on a further run
before=$(sql "SELECT ingested FROM articles ORDER BY rowid" | md5sum)
"$S" ingest --quiet --date 2014-03-30 --db "$db" "$tmp/pages"
after=$(sql "SELECT ingested FROM articles ORDER BY rowid" | md5sum)
[ "$before" = "$after" ] && [ "$(sql "SELECT count(*) FROM events")" = "$events" ] || { echo "FAIL: a second full run changed the store"; fail=1; }
[ "$kills" -ge 20 ] || { echo "FAIL: only $kills ingests were still running when killed (want 20)"; fail=1; }
if [ "$fail" = 0 ]; then echo "store_crash: passed"; fi
exit "$fail"
