#!/usr/bin/env bash
# serve_test.sh SITREP NEWS_DIR FIXTURES [--pg]: `sitrep serve` as a real process
# on 127.0.0.1 (a free port), over a store ingested from the sample news and
# a page whose text carries markup; every endpoint, bad query strings, the
# token, body and page caps, read-only mode, path traversal, an XSS payload
# that must come back as JSON strings, and the metrics.  With --pg (under
# tests/pg.sh) the store is a PostgreSQL database.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
S=${1:?usage: serve_test.sh SITREP NEWS_DIR FIXTURES [--pg]}
NEWS=${2:?}
FIX=${3:?}
pg=${4:-}
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
command -v curl >/dev/null || { echo "SKIP: no curl"; exit 77; }
export NO_PROXY='*' no_proxy='*' # loopback only, whatever the environment says
if [ "$pg" = --pg ]; then
	[ -n "${SITREP_TEST_PG_HOST:-}" ] || { echo "SKIP: no PostgreSQL server (run under tests/pg.sh)"; exit 77; }
	db=$(pg_store serve)
else
	db=$tmp/s.db
fi
"$S" ingest --quiet --db "$db" "$NEWS"/*.html || { echo "FAIL: ingest"; exit 1; }

# start NAME ARGS...: a server on a free port; its base URL in $base
start() {
	local out=$tmp/$1.out
	shift
	"$S" serve --db "$db" --listen 127.0.0.1:0 "$@" >"$out" 2>&1 &
	pids+=($!)
	base=$(serve_base "$out") || { echo "FAIL: the server did not start"; exit 1; }
}
# req ARGS...: curl, the body in $tmp/body, the status printed
req() { curl -s --noproxy '*' -o "$tmp/body" -w '%{http_code}' "$@"; }
json() { python3 -c "import json,sys; d=json.load(open('$tmp/body')); $1"; }

start main --token s3cret --max-body 65536 --fetch-private
[ "$(req "$base/healthz")" = 200 ] && json "assert d['status']=='ok' and d['articles']==10" && ok || no "healthz: $(cat "$tmp/body")"

# pages: a cursor walks every incident once (and with mentions=1 every
# coded event)
req "$base/healthz" >/dev/null
total=$(json "print(d['incidents'])")
mentions=$(json "print(d['events'])")
seen=0
cursor=""
: >"$tmp/ids"
for _ in $(seq 1 50); do
	code=$(req "$base/api/events?limit=7${cursor:+&cursor=$cursor}")
	[ "$code" = 200 ] || { no "events page: $code $(cat "$tmp/body")"; break; }
	json "print('\n'.join(str(e['id']) for e in d['events']))" >>"$tmp/ids"
	cursor=$(json "print(d['next'] or '')")
	[ -n "$cursor" ] || break
done
[ "$(grep -c . "$tmp/ids")" = "$total" ] && [ "$(sort -u "$tmp/ids" | grep -c .)" = "$total" ] && ok || no "pages: $(grep -c . "$tmp/ids") ids of $total"
[ "$(req "$base/api/events?mentions=1&limit=500")" = 200 ] && json "assert len(d['events'])==$mentions and all('verb' in e['event'] for e in d['events'])" && ok || no "mentions=1: the coded events"
[ "$(req "$base/api/events?country=AF&limit=500")" = 200 ] && json "assert d['events'] and all(e['event']['place']['country']=='AF' for e in d['events'])" && ok || no "country=AF"
[ "$(req "$base/api/events?min_killed=20")" = 200 ] && json "assert d['events']" && ok || no "min_killed"
[ "$(req "$base/api/events?near=36.2,37.15,30&from=2000-01-01")" = 200 ] && json "assert any(e['event']['place']['name']=='Aleppo' for e in d['events'])" && ok || no "near Aleppo"
[ "$(req "$base/api/events?text=ceasefire")" = 200 ] && json "assert d['events']" && ok || no "text"
# text search: the user's words, never the store's query syntax (SQLite
# and PostgreSQL alike)
for t in "al-Assad" "Deir%20ez-Zor" "Houthi%27s" "%22a%20phrase" "NEAR(a%20b)" "a%20OR%20-b"; do
	[ "$(req "$base/api/events?text=$t")" = 200 ] && json "assert 'events' in d" && ok || no "text=$t: $(cat "$tmp/body")"
done

# bad query strings: 400 and a reason
for q in "limit=0" "limit=501" "limit=x" "from=2014-13-01" "from=2014-02-30" "to=2014-01-01&from=2015-01-01" \
	"country=S" "country=S1" "near=91,0,10" "near=1,2" "bbox=10,10,0,0" "min_confidence=2" "per_cluster=yes" \
	"cursor=junk" "cursor=2014-01-01.x" "nosuch=1" "type=$(printf 'x%.0s' $(seq 1 70))" "text=%01" "unit=year"; do
	code=$(req "$base/api/events?$q")
	[ "$code" = 400 ] && json "assert d['error']" && ok || no "bad query '$q': $code $(cat "$tmp/body")"
done
[ "$(req "$base/api/timeline?unit=year")" = 400 ] && ok || no "timeline unit=year"

# one event, its article, its reports
id=$(req "$base/api/events?country=SY&limit=1" >/dev/null; json "print(d['events'][0]['id'])")
art=$(json "print(d['events'][0]['article']['id'])")
[ "$(req "$base/api/events/$id")" = 200 ] && json "e=d['event']; t=d['article']['text'].encode(); m=e['mentions'][0]; assert t[m['start']:m['end']].decode()==m['text'] and d['reports']" && ok || no "incident $id: $(head -c 300 "$tmp/body")"
json "
t=d['article']['text'].encode(); e=d['event']
roles={s['role'] for s in d['spans']}
assert {'action','sentence'} <= roles and all(0 <= s['start'] < s['end'] <= len(t) for s in d['spans'])
acts=[t[s['start']:s['end']].decode() for s in d['spans'] if s['role']=='action']
assert acts == [m['text'] for m in e['mentions']]" && ok || no "incident spans: $(head -c 300 "$tmp/body")"
mid=$(req "$base/api/events?country=SY&limit=1&mentions=1" >/dev/null; json "print(d['events'][0]['id'])")
[ "$(req "$base/api/events/$mid?mentions=1")" = 200 ] && json "
e=d['event']; t=d['article']['text'].encode()
assert t[e['verb']['start']:e['verb']['end']].decode()==e['verb']['text']
a=[s for s in d['spans'] if s['role']=='action'][0]
assert t[a['start']:a['end']].decode()==e['verb']['text']" && ok || no "mention $mid: $(head -c 300 "$tmp/body")"
for bad in 99999999 0 -1 abc 1x; do
	[ "$(req "$base/api/events/$bad")" = 404 ] && ok || no "event $bad"
done
[ "$(req "$base/api/articles/$art")" = 200 ] && json "assert d['article']['id']=='$art' and d['events'] and all(e['spans'] for e in d['events'])" && ok || no "article"
[ "$(req "$base/api/articles/0000000000000000")" = 404 ] && [ "$(req "$base/api/articles/zz")" = 404 ] && ok || no "no such article"
for u in day week month; do
	[ "$(req "$base/api/timeline?unit=$u")" = 200 ] && json "assert d['unit']=='$u' and d['buckets'] and all(b['events']>0 for b in d['buckets'])" && ok || no "timeline $u"
done
[ "$(req "$base/api/timeline?unit=week")" = 200 ] && json "import datetime; assert all(datetime.date.fromisoformat(b['day']).weekday()==0 for b in d['buckets'])" && ok || no "weeks begin on Mondays"
# the map's cells: every placed event counted once, whatever the cell
req "$base/api/export?format=geojson" >/dev/null
placed=$(json "print(sum(1 for f in d['features'] if f['geometry']))")
for cell in 90 1 0.01; do
	[ "$(req "$base/api/map?cell=$cell")" = 200 ] && json "assert sum(c['events'] for c in d['cells'])==$placed and all(c['event']>0 and c['type'] for c in d['cells'])" && ok || no "map cell=$cell: $(head -c 200 "$tmp/body")"
done
[ "$(req "$base/api/map?cell=1&country=SY&bbox=35,32,39,37")" = 200 ] && json "assert d['cells'] and all(32<=c['lat']<=37 for c in d['cells'])" && ok || no "map with filters"
[ "$(req "$base/api/map?cell=0")" = 400 ] && [ "$(req "$base/api/map?cell=x")" = 400 ] && ok || no "map: a bad cell"
[ "$(req "$base/api/places?limit=5")" = 200 ] && json "assert 0 < len(d['places']) <= 5 and d['places'][0]['events'] >= d['places'][-1]['events']" && ok || no "places"
[ "$(req "$base/api/actors?country=SYR")" = 200 ] && json "assert d['actors'] and all(a['country']=='SYR' for a in d['actors'])" && ok || no "actors"

# exports, streamed
[ "$(req "$base/api/export?format=csv")" = 200 ] && head -1 "$tmp/body" | grep -q "^id,date," && ok || no "export csv"
[ "$(req "$base/api/export?format=geojson")" = 200 ] && json "assert d['type']=='FeatureCollection' and len(d['features'])==$total" && ok || no "export geojson"
[ "$(req "$base/api/export?format=gdelt&country=SY")" = 200 ] && awk -F'\t' 'NF != 61 {bad=1} END {exit bad || NR == 0}' "$tmp/body" && ok || no "export gdelt"
[ "$(req "$base/api/export?format=xml")" = 400 ] && [ "$(req "$base/api/export")" = 400 ] && ok || no "export without a format"

# the filters as users write them: a country's name, a type in any case, a
# year; an unknown one refused with the nearest
[ "$(req "$base/api/events?country=Syria&type=explosions/remote%20violence&from=2016&to=2016")" = 200 ] && json "assert d['events'] and all(e['event']['place']['country']=='SY' and e['event']['date']['first'].startswith('2016') for e in d['events'])" && ok || no "country=Syria, a type in lower case, a year: $(cat "$tmp/body")"
[ "$(req "$base/api/events?type=Batles")" = 400 ] && json "assert \"did you mean 'Battles'\" in d['error']" && ok || no "type=Batles: $(cat "$tmp/body")"
[ "$(req "$base/api/events?country=Syira")" = 400 ] && json "assert 'did you mean Syria (SY)' in d['error']" && ok || no "country=Syira: $(cat "$tmp/body")"

# ACLED's API: requests written as its documentation writes them, the
# base URL changed (its credentials taken and ignored)
[ "$(req "$base/api/acled/read?key=YOUR_KEY&email=you@example.org&country=Syria&event_date=2016-01-01|2016-12-31&event_date_where=BETWEEN&fields=event_id_cnty|event_date|event_type|country|fatalities&limit=500")" = 200 ] &&
	json "assert d['success'] is True and d['status']==200 and d['count']==len(d['data'])>0 and all(r['country']=='Syria' and r['event_date'].startswith('2016') and set(r)=={'event_id_cnty','event_date','event_type','country','fatalities'} and isinstance(r['fatalities'], str) for r in d['data'])" && ok || no "ACLED read: $(cat "$tmp/body")"
[ "$(req "$base/acled/read?_format=json&country=Syria:OR:country=Afghanistan&year=2016|2018&year_where=BETWEEN")" = 200 ] &&
	json "assert {r['country'] for r in d['data']}=={'Syria','Afghanistan'} and len(d['data'][0])==31 and d['data'][0]['inter1'] in ('State forces','Rebel group','Political militia','Identity militia','Rioters','Protesters','Civilians','External/Other forces','')" && ok || no "ACLED :OR: and years: $(cat "$tmp/body")"
[ "$(req "$base/api/acled/read?inter_num=1&fields=inter1|interaction&limit=3&page=1")" = 200 ] && json "assert len(d['data'])==3 and all(r['interaction']=='' or r['interaction'].isdigit() for r in d['data'])" && ok || no "ACLED inter_num"
[ "$(req "$base/api/acled/read?limit=2&page=2")" = 200 ] && json "assert d['count']==2" && ok || no "ACLED page 2"
[ "$(req "$base/api/acled/read?_format=csv&fields=event_date|country")" = 200 ] && head -1 "$tmp/body" | grep -q "^event_date,country" && ok || no "ACLED csv"
[ "$(req "$base/api/acled/read?nosuch=1")" = 400 ] && json "assert d['success'] is False and d['messages']" && ok || no "ACLED unknown parameter"
[ "$(req "$base/api/acled/read?country=Syira")" = 400 ] && ok || no "ACLED unknown country"

# writes: the token, the body cap, methods
page=$FIX/xss.html
[ "$(req -X POST -H 'Content-Type: text/html' --data-binary "@$page" "$base/api/ingest")" = 401 ] && ok || no "ingest without a token"
[ "$(req -X POST -H 'Authorization: Bearer wrong' -H 'Content-Type: text/html' --data-binary "@$page" "$base/api/ingest")" = 401 ] && ok || no "ingest with a wrong token"
code=$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/html' --data-binary "@$page" "$base/api/ingest?url=https://example.org/xss-homs")
[ "$code" = 201 ] && json "assert d['result']=='new' and d['events']>0" && ok || no "ingest: $code $(cat "$tmp/body")"
code=$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/html' --data-binary "@$page" "$base/api/ingest?url=https://example.org/xss-homs")
[ "$code" = 200 ] && json "assert d['result']=='unchanged'" && ok || no "ingest again: $code $(cat "$tmp/body")"
head -c 70000 /dev/zero | tr '\0' a >"$tmp/big"
[ "$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/plain' --data-binary "@$tmp/big" "$base/api/ingest")" = 413 ] && ok || no "an oversized body"
[ "$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/pdf' --data-binary "@$page" "$base/api/ingest")" = 415 ] && ok || no "a PDF body"
# a URL to fetch (a page served on loopback by Python's http.server)
(cd "$FIX" && exec python3 -m http.server 0 --bind 127.0.0.1 >"$tmp/py.out" 2>&1) &
pids+=($!)
for _ in $(seq 1 100); do
	pyport=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$tmp/py.out" | head -1)
	[ -n "$pyport" ] && break
	sleep 0.05
done
code=$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/uri-list' --data-binary "# a page
http://127.0.0.1:$pyport/xss.html" "$base/api/ingest")
[ "$code" = 200 ] && json "assert d['result'] in ('unchanged', 'replaced')" && ok || no "ingest a URL: $code $(cat "$tmp/body")"
for u in "file:///etc/passwd" "/etc/passwd" "gopher://127.0.0.1/"; do
	[ "$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/uri-list' --data-binary "$u" "$base/api/ingest")" = 400 ] &&
		json "assert 'http' in d['error']" && ok || no "ingest the URL $u: $(cat "$tmp/body")"
done
[ "$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/uri-list' --data-binary "http://127.0.0.1:$pyport/nosuch.html" "$base/api/ingest")" = 502 ] && ok || no "ingest a missing page"
[ "$(req "$base/api/ingest")" = 405 ] && [ "$(req -X DELETE "$base/api/events")" = 405 ] && ok || no "methods"
# without --fetch-private, only public addresses are fetched: not this
# machine (by address or by name), nor a cloud's metadata service
main_base=$base
start public --token s3cret
for u in "http://127.0.0.1:$pyport/xss.html" "http://localhost:$pyport/xss.html" "http://[::1]:$pyport/" "http://169.254.169.254/latest/meta-data/" "http://10.0.0.1/"; do
	code=$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/uri-list' --data-binary "$u" "$base/api/ingest")
	[ "$code" = 502 ] && json "assert 'not a public address' in d['error']" && ok || no "a private URL fetched: $u: $code $(cat "$tmp/body")"
done
base=$main_base

# the markup in the page comes back as JSON strings, and nothing else
[ "$(req "$base/api/events?text=checkpoint&limit=500")" = 200 ] && json "
t=[e['article']['title'] for e in d['events'] if e['article']['url'].endswith('xss-homs')]
assert t and '<script>' in t[0] and '<img' in t[0]" && ok || no "xss: the title as a string"
grep -q '<script>' "$tmp/body" && ! grep -q '^<' "$tmp/body" && ok || no "xss: raw JSON"
curl -s --noproxy '*' -D "$tmp/headers" -o /dev/null "$base/api/events"
grep -qi "^content-type: application/json" "$tmp/headers" && grep -qi "^content-security-policy: default-src 'none'; script-src 'self'" "$tmp/headers" &&
	grep -qi "^x-content-type-options: nosniff" "$tmp/headers" && ok || no "headers: $(cat "$tmp/headers")"

# the dashboard's files, and nothing else
[ "$(req "$base/")" = 200 ] && grep -q '<script src="/assets/app.js">' "$tmp/body" && ! grep -qi '<script>' "$tmp/body" && ok || no "index"
for f in app.js app.css leaflet.js uplot.js topojson.js countries.json; do
	[ "$(req "$base/assets/$f")" = 200 ] && ok || no "asset $f"
done
for p in "/assets/../../../../etc/passwd" "/assets/%2e%2e/%2e%2e/etc/passwd" "/assets/..%2f..%2fetc%2fpasswd" "/../etc/passwd" "/assets/" "/assets/app.js/" "/etc/passwd"; do
	code=$(req --path-as-is "$base$p")
	[ "$code" = 404 ] && ! grep -q "root:" "$tmp/body" && ok || no "traversal $p: $code"
done
[ "$(req "$base/api/openapi.json")" = 200 ] && json "assert d['openapi'].startswith('3') and '/api/events' in d['paths']" && ok || no "openapi"

# metrics, in Prometheus' text format
[ "$(req "$base/metrics")" = 200 ] && grep -q '^sitrep_http_requests_total{route="events",code="2xx"} [1-9]' "$tmp/body" &&
	grep -q '^sitrep_http_requests_total{route="events",code="4xx"} [1-9]' "$tmp/body" &&
	grep -q '^sitrep_http_request_duration_seconds_bucket{route="events",le="+Inf"} [1-9]' "$tmp/body" &&
	grep -q '^sitrep_ingest_articles_total{result="new"} 1$' "$tmp/body" && grep -q "^sitrep_ingest_articles_total{result=\"unchanged\"} 2$" "$tmp/body" &&
	ok || no "metrics: $(head -20 "$tmp/body")"

# malformed HTTP: garbage, a 100 KB header, a request cut short, a body
# shorter than its length, a bad chunk; the server answers or drops each,
# and goes on
python3 - "${base#http://}" <<'PY' && ok || no "malformed requests"
import socket, sys
host, port = sys.argv[1].split(':')
def send(data, read=True):
    s = socket.create_connection((host, int(port)), timeout=5)
    try:
        s.sendall(data)
        if read:
            try:
                return s.recv(200)
            except (socket.timeout, ConnectionResetError):
                return b''
    finally:
        s.close()
send(b'\x00\xff garbage \r\n\r\n')
send(b'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + b'a' * 100000 + b'\r\n\r\n')
send(b'GET /api/events HTTP/1.1\r\nHo', read=False)
send(b'POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nshort', read=False)
r = send(b'POST /api/ingest HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n')
assert not r or r.startswith(b'HTTP/1.1 4'), r
r = send(b'BREW /api/events HTTP/1.1\r\nHost: x\r\n\r\n')
assert r.startswith(b'HTTP/1.1 405'), r
r = send(b'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
assert r.startswith(b'HTTP/1.1 200'), r
PY
[ "$(req "$base/healthz")" = 200 ] && ok || no "alive after malformed requests"

# read-only, and no token: writes refused
start ro --read-only --token s3cret
[ "$(req -X POST -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/plain' --data 'Troops shelled Homs.' "$base/api/ingest")" = 403 ] && ok || no "read-only"
[ "$(req "$base/healthz")" = 200 ] && json "assert d['read_only']" && ok || no "read-only health"
start notoken
[ "$(req -X POST -H 'Authorization: Bearer x' -H 'Content-Type: text/plain' --data 'Troops shelled Homs.' "$base/api/ingest")" = 403 ] && ok || no "no token"

# a long read: the store's incidents copied until a timeline takes a while;
# past --query-timeout it is given up with 503, and a client that hangs up
# has its reading given up too (counted in the metrics)
if [ "$pg" = --pg ]; then
	sql() { psql -X -q -t -A -d "$db" -c "$1"; }
	cols=$(sql "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'incidents' AND column_name <> 'id'")
	series="g(value)"
else
	sql() { sqlite3 "$db" "$1"; }
	cols=$(sql "SELECT group_concat(name, ',') FROM pragma_table_info('incidents') WHERE pk = 0")
	series=g
fi
n0=$(sql "SELECT count(*) FROM incidents")
# each copy numbered on in its article (an article's incidents are numbered)
copied=$(echo ",$cols," | sed 's/,seq,/,seq + 1000 * g.value,/; s/^,//; s/,$//')
sql "INSERT INTO incidents ($cols) SELECT $copied FROM incidents, generate_series(1, $((300000 / n0))) AS $series" &&
	[ "$(sql "SELECT count(*) FROM incidents")" -gt 250000 ] && sql "ANALYZE incidents" && ok || no "copying the incidents"
start slow --query-timeout 0.02
code=$(req "$base/api/timeline?unit=day")
[ "$code" = 503 ] && json "assert 'limit of 0.02 s' in d['error']" && ok || no "a read past its time: $code $(head -c 300 "$tmp/body")"
# (a quick read within its 20 ms at least once in five: a loaded
# machine may hold a thread that long)
for _ in 1 2 3 4 5; do
	code=$(req "$base/api/events?limit=3")
	[ "$code" = 200 ] && break
done
[ "$code" = 200 ] && ok || no "a quick read on the slow server: $code $(head -c 300 "$tmp/body")"
[ "$(req "$base/healthz")" = 200 ] && ok || no "health is never timed out"
start gone
for _ in 1 2 3; do req -m 0.05 "$base/api/timeline?unit=day" >/dev/null; done
sleep 0.5
req "$base/metrics" >/dev/null
grep -q '^sitrep_http_reads_stopped_total{why="client_gone"} [1-9]' "$tmp/body" && ok || no "a client gone: $(grep stopped_total "$tmp/body")"
"$S" serve --db "$db" --query-timeout 0 2>/dev/null
[ $? = 2 ] && ok || no "serve --query-timeout 0"

# bad start-ups
"$S" serve --db "$tmp/none.db" 2>/dev/null
[ $? = 1 ] && ok || no "serve a missing store"
"$S" serve --db "$db" --listen nowhere:80 2>/dev/null
[ $? = 2 ] && ok || no "serve --listen nowhere:80"

# every server stops cleanly on SIGTERM (under the sanitizers: no leak, no
# error on the way out)
for p in "${pids[@]}"; do
	kill -TERM "$p" 2>/dev/null || continue
	wait "$p"
	rc=$?
	[ $rc = 0 ] || [ $rc = 143 ] && ok || no "a process (pid $p) ended with $rc"
done
pids=()
if grep -l "Sanitizer\|runtime error" "$tmp"/*.out 2>/dev/null; then
	no "sanitizer reports: $(grep -h -A5 "Sanitizer\|runtime error" "$tmp"/*.out | head -30)"
fi
for o in main ro notoken slow gone public; do
	grep -q "sitrep serve: stopped (SIGTERM)" "$tmp/$o.out" && ok || no "server $o did not stop cleanly: $(tail -3 "$tmp/$o.out")"
done

echo "serve: $pass passed, $fail failed"
[ "$fail" = 0 ]
