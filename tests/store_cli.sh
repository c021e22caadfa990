#!/usr/bin/env bash
# store_cli.sh SITREP NEWS_DIR: sitrep ingest, query, export and stats from
# the command line, on the bundled sample news, and their errors.
set -uo pipefail
S=${1:?usage: store_cli.sh SITREP NEWS_DIR}
NEWS=${2:?usage: store_cli.sh SITREP NEWS_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
db=$tmp/s.db

"$S" ingest --db "$db" "$NEWS"/*.html 2>"$tmp/err"
[ $? = 0 ] && ok || no "ingest exit"
grep -q "10 articles in .*: 10 new, 0 replaced, 0 unchanged, 0 failed" "$tmp/err" && ok || no "ingest summary: $(cat "$tmp/err")"
"$S" ingest --db "$db" "$NEWS"/*.html 2>"$tmp/err"
grep -q "0 new, 0 replaced, 10 unchanged" "$tmp/err" && ok || no "second ingest: $(cat "$tmp/err")"

"$S" query --db "$db" --format table >"$tmp/table"
head -1 "$tmp/table" | grep -q "^date *cc *place" && ok || no "table header"
grep -q "Kabul" "$tmp/table" && ok || no "Kabul in the table"
n=$("$S" query --db "$db" --format jsonl | wc -l)
[ "$n" -ge 30 ] && ok || no "jsonl rows: $n"
k=$("$S" query --db "$db" --country AF --format jsonl | wc -l)
[ "$k" -ge 1 ] && [ "$k" -lt "$n" ] && ok || no "--country AF: $k of $n"
"$S" query --db "$db" --min-killed 30 --format jsonl | grep -q '"killed"' && ok || no "--min-killed 30"
"$S" query --db "$db" --text ceasefire --format csv | grep -q "Geneva\|ceasefire" && ok || no "--text ceasefire"
"$S" query --db "$db" --near 36.2,37.15,30 --format csv | grep -q "Aleppo" && ok || no "--near Aleppo"
m=$("$S" query --db "$db" --limit 3 --format jsonl | wc -l)
[ "$m" = 3 ] && ok || no "--limit 3: $m"

c=$("$S" query --db "$db" --clusters --format jsonl | wc -l)
[ "$c" -ge 10 ] && [ "$c" -le "$n" ] && ok || no "--clusters: $c clusters of $n events"
"$S" query --db "$db" --clusters --format csv | head -1 | grep -q "^cluster,articles,sources,events," && ok || no "--clusters csv"
pc=$("$S" query --db "$db" --per-cluster --format jsonl | wc -l)
[ "$pc" = "$c" ] && ok || no "--per-cluster: $pc events for $c clusters"
[ "$(("$(wc -l < <("$S" export --db "$db" --per-cluster --format acled))" - 1))" = "$c" ] && ok || no "export --per-cluster acled"
hc=$("$S" query --db "$db" --min-confidence 0.8 --format jsonl | wc -l)
[ "$hc" -ge 1 ] && [ "$hc" -lt "$n" ] && ok || no "--min-confidence 0.8: $hc of $n"
"$S" query --db "$db" --min-confidence 2 2>/dev/null
[ $? = 2 ] && ok || no "--min-confidence 2"
for f in jsonl csv geojson gdelt acled plover; do
	"$S" export --db "$db" --format $f >"$tmp/out.$f" && [ -s "$tmp/out.$f" ] && ok || no "export $f"
done
awk -F'\t' 'NF != 61 {bad = 1} END {exit bad}' "$tmp/out.gdelt" && ok || no "gdelt: 61 columns"
[ "$(wc -l <"$tmp/out.gdelt")" = "$n" ] && ok || no "gdelt rows"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['type']=='FeatureCollection' and len(d['features'])==int(sys.argv[2])" "$tmp/out.geojson" "$n" && ok || no "geojson"

"$S" stats --db "$db" --top 3 >"$tmp/stats"
grep -q "10 articles, .* real-world events (clusters)" "$tmp/stats" && grep -q "by ACLED event type" "$tmp/stats" && ok || no "stats: $(head -1 "$tmp/stats")"

# errors: a clear message and the right exit code
"$S" query --db "$tmp/none.db" 2>"$tmp/err"
[ $? = 1 ] && grep -q "no such store" "$tmp/err" && ok || no "missing store"
[ ! -e "$tmp/none.db" ] && ok || no "a query made a store"
"$S" export --db "$db" --format xml 2>/dev/null
[ $? = 2 ] && ok || no "export --format xml"
"$S" export --db "$db" 2>/dev/null
[ $? = 2 ] && ok || no "export without --format"
"$S" query --db "$db" --near 91,0,10 2>/dev/null
[ $? = 2 ] && ok || no "--near 91,0,10"
"$S" query --db "$db" --from 2014-13-45x 2>/dev/null
[ $? = 2 ] && ok || no "--from bad"
"$S" query --db "$db" --text '"unbalanced' 2>"$tmp/err"
[ $? = 2 ] && grep -q "sitrep query: query: " "$tmp/err" && ok || no "bad --text: $(cat "$tmp/err")"
"$S" ingest --db "$tmp" "$NEWS"/01-*.html 2>"$tmp/err"
[ $? = 1 ] && grep -q "$tmp" "$tmp/err" && ok || no "ingest into a directory: $(cat "$tmp/err")"
printf 'not a database, only text long enough to fill a header, and then some more text\n' >"$tmp/junk.db"
"$S" ingest --db "$tmp/junk.db" "$NEWS"/01-*.html 2>"$tmp/err"
[ $? = 1 ] && grep -q "junk.db" "$tmp/err" && ok || no "ingest into a non-database: $(cat "$tmp/err")"

# a full disk (a file size limit, SIGXFSZ ignored): a clear error, a
# stop, whole articles only; then a run without the limit completes
full=$tmp/full.db
(trap '' XFSZ; ulimit -f 200; "$S" ingest --db "$full" "$NEWS"/*.html "$NEWS"/*.html) 2>"$tmp/err" >/dev/null
rc=$?
grep -q "not stored: " "$tmp/err" && grep -q "stopping: .*full.db cannot be written" "$tmp/err" && [ $rc = 1 ] && ok || no "full disk (rc $rc): $(tail -2 "$tmp/err")"
# (the limit may fall before the store is made: then there is no store to check)
if [ -f "$full" ]; then
	[ "$(sqlite3 "$full" "PRAGMA integrity_check")" = ok ] && ok || no "full disk: integrity"
	[ "$(sqlite3 "$full" "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article = a.rowid)")" = 0 ] && ok || no "full disk: a partial article"
fi
"$S" ingest --quiet --db "$full" "$NEWS"/*.html && [ "$(sqlite3 "$full" "SELECT count(*) FROM articles")" = 10 ] && ok || no "after the full disk"

# the same store whatever the threads
"$S" ingest --quiet -j 1 --db "$tmp/j1.db" "$NEWS"/*.html && "$S" ingest --quiet -j 2 --db "$tmp/j2.db" "$NEWS"/*.html
q="SELECT a.id, e.seq, e.cluster, e.source_actor, e.place, e.json FROM events e JOIN articles a ON a.rowid = e.article ORDER BY a.id, e.seq"
[ "$(sqlite3 "$tmp/j1.db" "$q" | md5sum)" = "$(sqlite3 "$tmp/j2.db" "$q" | md5sum)" ] && ok || no "-j 1 and -j 2 stores differ"
"$S" ingest --db "$tmp/j3.db" -j 0 "$NEWS"/01-*.html 2>/dev/null
[ $? = 2 ] && ok || no "-j 0"

# two ingesters at once into one store
both=$tmp/both.db
"$S" ingest --quiet --db "$both" "$NEWS"/0[1-5]*.html &
p1=$!
"$S" ingest --quiet --db "$both" "$NEWS"/0[6-9]*.html "$NEWS"/1*.html &
p2=$!
wait $p1 && wait $p2 && ok || no "two ingesters at once"
[ "$(sqlite3 "$both" "SELECT count(*) FROM articles")" = 10 ] && [ "$(sqlite3 "$both" "PRAGMA integrity_check")" = ok ] && ok || no "two ingesters: the store"

# a read-only store (as another user: root writes anything): a clear error,
# nothing changed
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
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
