#!/usr/bin/env bash
# cli_store_test.sh SITREP NEWS_DIR [--pg]: sitrep ingest, query, export and
# stats from the command line, on the bundled sample news, and their
# errors; into SQLite files, or (--pg, under tests/pg.sh) into databases of
# a throwaway PostgreSQL server, where a lost connection and a read-only
# server stand for SQLite's full disk and read-only file.
set -uo pipefail
S=${1:?usage: cli_store_test.sh SITREP NEWS_DIR [--pg]}
NEWS=${2:?usage: cli_store_test.sh SITREP NEWS_DIR [--pg]}
pg=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
if [ "$pg" = --pg ]; then
	[ -n "${SITREP_TEST_PG_HOST:-}" ] || { echo "SKIP: no PostgreSQL server (run under tests/pg.sh)"; exit 77; }
	. "$(dirname "$0")/lib.sh"
	store() { pg_store "$1"; } # NAME: a new database's URI
	sql() { psql -X -A -t -q -d "$1" -c "$2"; }
else
	store() { echo "$tmp/$1.db"; }
	sql() { sqlite3 "$1" "$2"; }
fi
db=$(store s)

"$S" ingest --db "$db" "$NEWS"/*.html 2>"$tmp/err"
[ $? = 0 ] && ok || no "ingest exit"
grep -q "10 articles in .*: 10 new, 0 replaced, 0 unchanged, 0 failed" "$tmp/err" && ok || no "ingest summary: $(cat "$tmp/err")"
"$S" ingest --db "$db" "$NEWS"/*.html 2>"$tmp/err"
grep -q "0 new, 0 replaced, 10 unchanged" "$tmp/err" && ok || no "second ingest: $(cat "$tmp/err")"

"$S" query --db "$db" --format table >"$tmp/table"
head -1 "$tmp/table" | grep -q "^date *cc *place" && ok || no "table header"
grep -q "Kabul" "$tmp/table" && ok || no "Kabul in the table"
n=$("$S" query --db "$db" --format jsonl | wc -l)
[ "$n" -ge 12 ] && ok || no "jsonl rows (incidents): $n"
"$S" query --db "$db" --format jsonl >"$tmp/incidents.jsonl"
head -1 "$tmp/incidents.jsonl" | grep -q '^{"id":"[0-9a-f]*-[0-9]*","article":"[0-9a-f]*","url":"https://' && ok || no "jsonl: an incident with its id, article and url"
"$S" query --db "$db" --mentions --format jsonl >"$tmp/mentions.jsonl"
nm=$(wc -l <"$tmp/mentions.jsonl")
[ "$nm" -gt "$n" ] && ok || no "--mentions: $nm mentions for $n incidents"
head -1 "$tmp/mentions.jsonl" | grep -q '"cameo":.*"verb":' && ok || no "--mentions: the coded events' shape"
k=$("$S" query --db "$db" --country AF --format jsonl | wc -l)
[ "$k" -ge 1 ] && [ "$k" -lt "$n" ] && ok || no "--country AF: $k of $n"
"$S" query --db "$db" --min-killed 30 --format jsonl | grep -q '"killed"' && ok || no "--min-killed 30"
"$S" query --db "$db" --text ceasefire --format csv | grep -q "Geneva\|ceasefire" && ok || no "--text ceasefire"
"$S" query --db "$db" --near 36.2,37.15,30 --format csv | grep -q "Aleppo" && ok || no "--near Aleppo"
m=$("$S" query --db "$db" --limit 3 --format jsonl | wc -l)
[ "$m" = 3 ] && ok || no "--limit 3: $m"

c=$("$S" query --db "$db" --clusters --format jsonl | wc -l)
[ "$c" -ge 10 ] && [ "$c" -le "$n" ] && ok || no "--clusters: $c clusters of $n incidents"
"$S" query --db "$db" --clusters --format csv | head -1 | grep -q "^cluster,articles,sources,events," && ok || no "--clusters csv"
pc=$("$S" query --db "$db" --per-cluster --format jsonl | wc -l)
[ "$pc" = "$c" ] && ok || no "--per-cluster: $pc incidents for $c clusters"
[ "$(("$(wc -l < <("$S" export --db "$db" --per-cluster --format acled))" - 1))" = "$c" ] && ok || no "export --per-cluster acled"
hc=$("$S" query --db "$db" --min-confidence 0.9 --format jsonl | wc -l)
[ "$hc" -ge 1 ] && [ "$hc" -lt "$n" ] && ok || no "--min-confidence 0.9: $hc of $n"
"$S" query --db "$db" --min-confidence 2 2>/dev/null
[ $? = 2 ] && ok || no "--min-confidence 2"
for f in jsonl csv geojson gdelt acled plover; do
	"$S" export --db "$db" --format $f >"$tmp/out.$f" && [ -s "$tmp/out.$f" ] && ok || no "export $f"
done
awk -F'\t' 'NF != 61 {bad = 1} END {exit bad}' "$tmp/out.gdelt" && ok || no "gdelt: 61 columns"
[ "$(wc -l <"$tmp/out.gdelt")" = "$nm" ] && ok || no "gdelt rows: a mention each"
[ "$(wc -l <"$tmp/out.plover")" = "$nm" ] && ok || no "plover rows: a mention each"
[ "$(($(wc -l <"$tmp/out.acled") - 1))" = "$n" ] && ok || no "acled rows: an incident each"
python3 -c "
import csv,sys
rows=list(csv.DictReader(open(sys.argv[1])))
need=['event_type','sub_event_type','location','admin1','geo_precision','time_precision','fatalities','actor1','interaction','notes']
bad=[(r['event_id_cnty'],k) for r in rows for k in need if not r[k]]
assert not bad, bad
" "$tmp/out.acled" && ok || no "acled: every row with its type, place, precisions, toll, actors and notes"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['type']=='FeatureCollection' and len(d['features'])==int(sys.argv[2])" "$tmp/out.geojson" "$n" && ok || no "geojson"

"$S" stats --db "$db" --top 3 >"$tmp/stats"
grep -q "10 articles, .* real-world events (clusters)" "$tmp/stats" && grep -q "by ACLED event type" "$tmp/stats" && ok || no "stats: $(head -1 "$tmp/stats")"

# errors: a clear message and the right exit code
if [ "$pg" = --pg ]; then
	"$S" query --db "postgresql:///none?host=$SITREP_TEST_PG_HOST&user=postgres" 2>"$tmp/err"
	[ $? = 1 ] && grep -q "PostgreSQL.*none.*does not exist" "$tmp/err" && ok || no "missing database: $(cat "$tmp/err")"
else
	"$S" query --db "$tmp/none.db" 2>"$tmp/err"
	[ $? = 1 ] && grep -q "no such store" "$tmp/err" && ok || no "missing store"
	[ ! -e "$tmp/none.db" ] && ok || no "a query made a store"
fi
"$S" export --db "$db" --format xml 2>/dev/null
[ $? = 2 ] && ok || no "export --format xml"
"$S" export --db "$db" 2>/dev/null
[ $? = 2 ] && ok || no "export without --format"
"$S" query --db "$db" --near 91,0,10 2>/dev/null
[ $? = 2 ] && ok || no "--near 91,0,10"
"$S" query --db "$db" --from 2014-13-45x 2>/dev/null
[ $? = 2 ] && ok || no "--from bad"
# text search: words and "phrases", never either store's query syntax;
# the same rows on SQLite and PostgreSQL
for t in 'al-Assad' 'Deir ez-Zor' "Houthi's" '"a phrase' 'NEAR(a b)' 'title:x' '-' 'a OR b' '*'; do
	"$S" query --db "$db" --text "$t" --format jsonl >"$tmp/t.out" 2>"$tmp/err"
	[ $? = 0 ] && ok || no "--text '$t' is an error: $(cat "$tmp/err")"
done
n=$("$S" query --db "$db" --text 'Houthi-run' --format jsonl | wc -l)
[ "$n" -ge 1 ] && ok || no "--text Houthi-run finds the Sanaa article"
n=$("$S" query --db "$db" --text '"Houthi-run rebels"' --format jsonl | wc -l)
m=$("$S" query --db "$db" --text 'Houthi' --format jsonl | wc -l)
[ "$m" -ge 1 ] && [ "$n" -le "$m" ] && ok || no "a phrase finds no more than its word ($n, $m)"
n=$("$S" query --db "$db" --text 'Houthi zzzunknownword' --format jsonl | wc -l)
[ "$n" = 0 ] && ok || no "every word must be in the article ($n rows)"
"$S" query --db "$db" --text "$(printf 'w%d ' $(seq 1 20))" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "over 8 words" "$tmp/err" && ok || no "20 words: $(cat "$tmp/err")"
# the actor filter's LIKE takes % and _ as themselves
n=$("$S" query --db "$db" --actor '%' --format jsonl | wc -l)
[ "$n" = 0 ] && ok || no "--actor % matches $n rows"
n=$("$S" query --db "$db" --actor '_' --format jsonl | wc -l)
[ "$n" = 0 ] && ok || no "--actor _ matches $n rows"

if [ "$pg" = --pg ]; then
	# a lost connection (the server ends the ingester's session mid-run):
	# a clear error, a stop, whole articles only; then a rerun completes
	mkdir "$tmp/pages"
	for i in $(seq 1 300); do
		printf '<html><head><title>Shelling %d</title><link rel="canonical" href="https://example.org/n/%d"></head><body><article><h1>Shelling %d</h1><p>Syrian troops shelled Homs on Tuesday, killing %d people, activists said.</p><p>Rebels attacked a checkpoint near Hama on Monday.</p></article></body></html>\n' "$i" "$i" "$i" $((i % 40 + 2)) >"$tmp/pages/$(printf %03d "$i").html"
	done
	lost=$(store lost)
	"$S" ingest --db "$lost&application_name=sitrep_lost" --date 2014-03-30 "$tmp/pages" 2>"$tmp/err" >/dev/null &
	p=$!
	for _ in $(seq 1 100); do
		[ "$(sql "$lost" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)" -ge 20 ] && break
		sleep 0.05
	done
	sql "$SITREP_TEST_PG" "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sitrep_lost'" >/dev/null
	wait $p
	rc=$?
	held=$(sql "$lost" "SELECT count(*) FROM articles")
	[ $rc = 1 ] && grep -q "not stored: .*lost the connection to PostgreSQL" "$tmp/err" && grep -q "stopping: .* cannot be written" "$tmp/err" &&
		[ "$held" -lt 300 ] && ok || no "lost connection (rc $rc, $held held): $(cat "$tmp/err")"
	[ "$(sql "$lost" "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article = a.rowid)")" = 0 ] &&
		[ "$(sql "$lost" "SELECT count(*) FROM clusters c WHERE n_events != (SELECT count(*) FROM incidents e WHERE e.cluster = c.id)")" = 0 ] &&
		ok || no "lost connection: a partial article"
	"$S" ingest --quiet --date 2014-03-30 --db "$lost" "$tmp/pages" && [ "$(sql "$lost" "SELECT count(DISTINCT id) FROM articles")" = 300 ] &&
		[ "$(sql "$lost" "SELECT count(*) FROM articles")" = 300 ] && ok || no "after the lost connection"

	# a read-only server: a clear error, nothing changed
	before=$(sql "$db" "SELECT count(*), max(ingested) FROM articles")
	"$S" ingest --db "$db&options=-c%20default_transaction_read_only%3Don" "$tmp/pages/001.html" 2>"$tmp/err" >/dev/null
	rc=$?
	[ $rc = 1 ] && grep -q "read-only transaction" "$tmp/err" && ok || no "read-only server (rc $rc): $(cat "$tmp/err")"
	[ "$(sql "$db" "SELECT count(*), max(ingested) FROM articles")" = "$before" ] && ok || no "read-only server: the store changed"
	# a password is never shown
	"$S" query --db "postgresql://postgres:hunter2@/none?host=$SITREP_TEST_PG_HOST" 2>"$tmp/err"
	[ $? = 1 ] && ! grep -q hunter2 "$tmp/err" && ok || no "a password shown: $(cat "$tmp/err")"
else
"$S" ingest --db "$tmp" "$NEWS"/01-*.html 2>"$tmp/err"
[ $? = 1 ] && grep -q "$tmp" "$tmp/err" && ok || no "ingest into a directory: $(cat "$tmp/err")"
printf 'not a database, only text long enough to fill a header, and then some more text\n' >"$tmp/junk.db"
"$S" ingest --db "$tmp/junk.db" "$NEWS"/01-*.html 2>"$tmp/err"
[ $? = 1 ] && grep -q "junk.db" "$tmp/err" && ok || no "ingest into a non-database: $(cat "$tmp/err")"

# a full disk (a file size limit, SIGXFSZ ignored): a clear error, a
# stop, whole articles only; then a run without the limit completes
full=$tmp/full.db
(trap '' XFSZ; ulimit -f 400; "$S" ingest --db "$full" "$NEWS"/*.html "$NEWS"/*.html) 2>"$tmp/err" >/dev/null
rc=$?
grep -q "not stored: " "$tmp/err" && grep -q "stopping: .*full.db cannot be written" "$tmp/err" && [ $rc = 1 ] && ok || no "full disk (rc $rc): $(tail -2 "$tmp/err")"
# (the limit may fall before the store is made: then there is no store to check)
if [ -f "$full" ]; then
	[ "$(sqlite3 "$full" "PRAGMA integrity_check")" = ok ] && ok || no "full disk: integrity"
	[ "$(sqlite3 "$full" "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article = a.rowid)")" = 0 ] && ok || no "full disk: a partial article"
fi
"$S" ingest --quiet --db "$full" "$NEWS"/*.html && [ "$(sqlite3 "$full" "SELECT count(*) FROM articles")" = 10 ] && ok || no "after the full disk"
fi

# the same store whatever the threads
j1=$(store j1)
j2=$(store j2)
"$S" ingest --quiet -j 1 --db "$j1" "$NEWS"/*.html && "$S" ingest --quiet -j 2 --db "$j2" "$NEWS"/*.html
q="SELECT a.id, e.seq, e.cluster, e.source_actor, e.place, e.json FROM events e JOIN articles a ON a.rowid = e.article ORDER BY a.id, e.seq"
[ "$(sql "$j1" "$q" | md5sum)" = "$(sql "$j2" "$q" | md5sum)" ] && ok || no "-j 1 and -j 2 stores differ"
"$S" ingest --db "$tmp/j3.db" -j 0 "$NEWS"/01-*.html 2>/dev/null
[ $? = 2 ] && ok || no "-j 0"

# two ingesters at once into one store
both=$(store twoing)
"$S" ingest --quiet --db "$both" "$NEWS"/0[1-5]*.html &
p1=$!
"$S" ingest --quiet --db "$both" "$NEWS"/0[6-9]*.html "$NEWS"/1*.html &
p2=$!
wait $p1 && wait $p2 && ok || no "two ingesters at once"
[ "$(sql "$both" "SELECT count(*) FROM articles")" = 10 ] && ok || no "two ingesters: the store"
[ "$pg" = --pg ] || [ "$(sqlite3 "$both" "PRAGMA integrity_check")" = ok ] && ok || no "two ingesters: integrity"
[ "$(sql "$both" "SELECT count(*) FROM clusters c WHERE n_events != (SELECT count(*) FROM incidents e WHERE e.cluster = c.id)")" = 0 ] && ok || no "two ingesters: the clusters"

# a read-only store (as another user: root writes anything): a clear error,
# nothing changed
if [ "$pg" = --pg ]; then
	: # (the read-only server is above)
elif command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
	ro=$tmp/ro
	mkdir "$ro" && cp "$db" "$ro/s.db" && chmod 755 "$ro" && chmod 444 "$ro/s.db"
	chmod 755 "$tmp"
	before=$(md5sum <"$ro/s.db")
	setpriv --reuid=65534 --regid=65534 --clear-groups "$S" ingest --db "$ro/s.db" "$NEWS"/01-*.html 2>"$tmp/err" >/dev/null
	rc=$?
	[ $rc = 1 ] && grep -qi "readonly\|read-only\|unable to open\|cannot be written" "$tmp/err" && ok || no "read-only store (rc $rc): $(cat "$tmp/err")"
	[ "$(md5sum <"$ro/s.db")" = "$before" ] && ok || no "read-only store changed"
else
	echo "SKIP: read-only store (needs setpriv and root)"
fi

echo "store_cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
