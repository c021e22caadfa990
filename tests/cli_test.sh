#!/usr/bin/env bash
# cli_test.sh SITREP FIXTURES_DIR: the command line as users meet it: help
# generated from the command table, exit codes, error messages naming the
# file, stdin, several inputs (one JSON object per line, in input order),
# gzip recognised by magic bytes, the --format text contract, and identical
# output on a second run.
set -u
SITREP=$1
FIX=$2
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect_rc() { # want got what
	if [ "$1" = "$2" ]; then ok; else bad "$3: exit $2, want $1"; fi
}
contains() { # file text what
	if grep -qF -- "$2" "$1"; then ok; else bad "$3: no '$2' in $(head -c 300 "$1")"; fi
}

"$SITREP" help >"$tmp/out" 2>&1
expect_rc 0 $? "help"
contains "$tmp/out" "extract" "help lists extract"
"$SITREP" extract --help >"$tmp/out" 2>&1
expect_rc 0 $? "extract --help"
contains "$tmp/out" "--format json|text" "extract --help shows options"
"$SITREP" help extract >"$tmp/out2" 2>&1
if cmp -s "$tmp/out" "$tmp/out2"; then ok; else bad "help extract differs from extract --help"; fi
"$SITREP" >/dev/null 2>&1
expect_rc 2 $? "no command"
"$SITREP" frobnicate >/dev/null 2>"$tmp/err"
expect_rc 2 $? "unknown command"
contains "$tmp/err" "unknown command 'frobnicate'" "unknown command message"
"$SITREP" extract --bogus x >/dev/null 2>"$tmp/err"
expect_rc 2 $? "unknown option"
"$SITREP" extract --format xml "$FIX/01-jsonld-author-object.html" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "bad --format"
"$SITREP" extract >/dev/null 2>&1
expect_rc 2 $? "no input"
"$SITREP" --version >"$tmp/out"
expect_rc 0 $? "--version"
contains "$tmp/out" "sitrep " "version text"

# options as getopt_long reads them: --opt=value, abbreviations, -j4,
# "--" before an input that begins with a dash; an ambiguous one is said
one="$FIX/01-jsonld-author-object.html"
"$SITREP" extract --format=text "$one" >"$tmp/a" 2>/dev/null
"$SITREP" extract --form text "$one" >"$tmp/b" 2>/dev/null
"$SITREP" extract -j1 --quiet --format text "$one" >"$tmp/c" 2>/dev/null
if [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b" && cmp -s "$tmp/a" "$tmp/c" && ! grep -q '^{' "$tmp/a"; then ok; else bad "--format=text, --form text and -j1 differ"; fi
cp "$one" "$tmp/-dash.html"
(cd "$tmp" && "$SITREP" extract --quiet -- -dash.html >"$tmp/out" 2>"$tmp/err")
expect_rc 0 $? "-- before an input with a dash"
"$SITREP" query --min 3 >/dev/null 2>"$tmp/err"
expect_rc 2 $? "ambiguous option"
contains "$tmp/err" "'--min' is ambiguous: --min-confidence, --min-killed" "ambiguous option message"
"$SITREP" extract --format >/dev/null 2>"$tmp/err"
expect_rc 2 $? "a missing value"
contains "$tmp/err" "--format needs a value" "missing value message"

# the binary moved with its data runs from any folder, with no path of the
# machine that built it in its output
mkdir -p "$tmp/moved"
cp "$SITREP" "$tmp/moved/sitrep"
cp -r "$(dirname "$SITREP")/data" "$tmp/moved/data"
(cd / && "$tmp/moved/sitrep" code --date 2024-01-01 "$one" >"$tmp/moved.out" 2>"$tmp/moved.err")
expect_rc 0 $? "the moved binary"
here=$(cd "$(dirname "$0")/.." && pwd)
if grep -q "$here" "$tmp/moved.out" "$tmp/moved.err"; then bad "a build path in the output"; else ok; fi
"$tmp/moved/sitrep" code --date 2024-01-01 "$here/examples/news/01-aleppo-shelling.html" >"$tmp/moved.out" 2>/dev/null
contains "$tmp/moved.out" '"event_type":"Explosions/Remote violence"' "the moved binary codes"

# a missing file: message names it, exit 1, nothing on stdout
"$SITREP" extract "$tmp/nope.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "missing file"
contains "$tmp/err" "nope.html: No such file or directory" "missing file message"
if [ -s "$tmp/out" ]; then bad "missing file wrote to stdout"; else ok; fi

# an empty file among good ones: the good ones are printed, exit 1
: >"$tmp/empty.html"
"$SITREP" extract "$FIX/01-jsonld-author-object.html" "$tmp/empty.html" "$FIX/05-opengraph-only.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "empty file among good ones"
contains "$tmp/err" "empty.html: empty file" "empty file message"
lines=$(wc -l <"$tmp/out")
if [ "$lines" = 2 ]; then ok; else bad "want 2 JSON lines, got $lines"; fi
if head -1 "$tmp/out" | grep -q '"title":"Aid convoy'; then ok; else bad "first line is not the first input"; fi

# truncated gzip
head -c 200 "$FIX/29-gzip-compressed.html.gz" >"$tmp/trunc.gz"
"$SITREP" extract "$tmp/trunc.gz" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "truncated gzip"
contains "$tmp/err" "trunc.gz: truncated gzip stream" "truncated gzip message"

# gzip recognised by magic bytes, whatever the name
cp "$FIX/29-gzip-compressed.html.gz" "$tmp/page.html"
"$SITREP" extract "$tmp/page.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "gzip under an .html name"
contains "$tmp/out" '"input_format":"html"' "gzip page decoded"

# stdin
"$SITREP" extract - <"$FIX/05-opengraph-only.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "stdin"
contains "$tmp/out" '"title":"Cyclone Vela' "stdin article"

# --url and --date
"$SITREP" extract --url https://example.org/x --date 2020-01-02 "$FIX/31-text-posted-on.txt" "$FIX/32-text-contact-email.txt" >"$tmp/out"
contains "$tmp/out" '"source_url":"https://example.org/x"' "--url kept as source_url"
contains "$tmp/out" '"published":"2020-01-02","published_precision":"day","published_source":"option"' "--date used when the page has none"
contains "$tmp/out" '"published":"2015-03-03T10:12:00"' "--date not used when the page has one"

# --format text: paragraphs separated by exactly one blank line
"$SITREP" extract --format text "$FIX/01-jsonld-author-object.html" >"$tmp/text"
expect_rc 0 $? "--format text"
if grep -q '^{' "$tmp/text"; then bad "text format printed JSON"; else ok; fi
if awk 'prev=="" && $0=="" && NR>1 {exit 1} {prev=$0}' "$tmp/text"; then ok; else bad "two blank lines in a row"; fi
if [ "$(head -c 1 "$tmp/text")" != "" ] && [ -n "$(tail -c 2 "$tmp/text" | tr -d '\n')" ]; then ok; else bad "text format starts or ends with a blank line"; fi

# same input, same output, byte for byte
"$SITREP" extract "$FIX"/*.html "$FIX"/*.txt >"$tmp/a" 2>/dev/null
"$SITREP" extract "$FIX"/*.html "$FIX"/*.txt >"$tmp/b" 2>/dev/null
if cmp -s "$tmp/a" "$tmp/b"; then ok; else bad "two runs differ"; fi
n_in=$(ls "$FIX"/*.html "$FIX"/*.txt | wc -l)
n_out=$(wc -l <"$tmp/a")
if [ "$n_in" = "$n_out" ]; then ok; else bad "$n_in inputs gave $n_out lines"; fi

# a directory, read recursively in name order, the same with -j1 and -j4
mkdir -p "$tmp/dir/sub"
cp "$FIX/05-opengraph-only.html" "$tmp/dir/b.html"
cp "$FIX/01-jsonld-author-object.html" "$tmp/dir/a.html"
cp "$FIX/29-gzip-compressed.html.gz" "$tmp/dir/sub/c.html.gz"
"$SITREP" extract -j1 "$tmp/dir" >"$tmp/j1" 2>"$tmp/err"
expect_rc 0 $? "directory"
"$SITREP" extract -j 4 "$tmp/dir" >"$tmp/j4" 2>/dev/null
if cmp -s "$tmp/j1" "$tmp/j4"; then ok; else bad "-j1 and -j4 differ"; fi
if [ "$(wc -l <"$tmp/j1")" = 3 ] && head -1 "$tmp/j1" | grep -q '"title":"Aid convoy'; then ok; else bad "directory order"; fi
contains "$tmp/err" "sitrep: 3 inputs, 3 records, 3 articles written" "summary on stderr"
"$SITREP" extract --quiet "$tmp/dir" >/dev/null 2>"$tmp/err"
if [ -s "$tmp/err" ]; then bad "--quiet wrote to stderr"; else ok; fi
"$SITREP" extract -j 0 "$tmp/dir" >/dev/null 2>&1
expect_rc 2 $? "-j 0"

# WARC and JSON Lines (fixtures written by hand, see tests/fixtures/input)
IN="$FIX/../input"
"$SITREP" extract "$IN/per-record.warc.gz" "$IN/plain.warc" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "WARC"
if [ "$(wc -l <"$tmp/out")" = 8 ]; then ok; else bad "want 8 articles from two WARCs, got $(wc -l <"$tmp/out")"; fi
contains "$tmp/out" '"url":"http://example.org/alpha","source_url":"http://Example.ORG:80/alpha?utm_source=x#top","fetched":"2014-04-16T10:00:00Z"' "WARC target and date, canonical url"
contains "$tmp/err" "skipped: 6 WARC record not a response, 2 HTTP status not 2xx, 2 not a web page" "skip reasons"
"$SITREP" extract "$IN/corrupt-member.warc.gz" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "corrupt gzip member"
contains "$tmp/err" "corrupt-member.warc.gz: byte 1298: corrupt gzip data" "corrupt member named with its offset"
if [ "$(wc -l <"$tmp/out")" = 3 ]; then ok; else bad "records around a corrupt member"; fi
"$SITREP" extract "$IN/dump.jsonl" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "JSONL with bad lines"
contains "$tmp/out" '"title":"Foxtrot update"' "JSONL title"
contains "$tmp/out" '"published":"2014-04-14T08:00:00","published_precision":"second","published_source":"option"' "JSONL date"
contains "$tmp/err" "dump.jsonl: byte 713: bad JSON at column" "JSONL error names line offset"

# annotate: sentences and numbers, offsets into the file with --input text
printf 'BEIRUT (AP) \xe2\x80\x94 At least 12 people died. Gen. Ali said so.\n' >"$tmp/a.txt"
"$SITREP" annotate --input text --tokens "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "annotate"
contains "$tmp/out" '"dateline":{"start":0,"end":15,"place":"BEIRUT","agency":"AP"}' "annotate dateline"
contains "$tmp/out" '"sentences":[{"start":16,"end":40,"paragraph":0,"tokens":[5,11]},{"start":41,"end":58,"paragraph":0,"tokens":[11,16]}]' "annotate sentences"
contains "$tmp/out" '{"start":16,"end":27,"text":"At least 12","value":12,"qualifier":"at_least","low":12}' "annotate numbers"
"$SITREP" annotate "$FIX/01-jsonld-author-object.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "annotate an HTML page"
contains "$tmp/out" '"sentences":[{' "annotate extracts first"

# code: dictionaries are needed; incidents as JSON lines, and with
# --mentions the coded events they are made of
"$SITREP" code --dict-only --input text "$tmp/a.txt" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "code --dict-only without dictionaries"
contains "$tmp/err" "--dict-only without --dict" "code says why"
printf 'Arnorian soldiers attacked Gondor on Tuesday.\n' >"$tmp/c.txt"
"$SITREP" code --mentions --dict-only --dict "$FIX/../dict" --date 2014-04-15 --input text "$tmp/c.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "code"
contains "$tmp/out" '"cameo":"190","root":"19","quad_class":4' "code event"
contains "$tmp/out" '"source":{"code":"ARNMIL","text":"Arnorian soldiers","start":0,"end":17,"country":"ARN","sector":["MIL"]}' "code source with country and sector"
contains "$tmp/err" "test.actors.txt:14: unclosed '['" "dictionary warnings with file:line"
# sitrep's own dictionaries: countries from npm world-countries, agents, verbs
printf 'Syrian troops shelled rebel positions near Homs on Tuesday, and Turkish warplanes bombed Kurdish fighters in Syria.\n' >"$tmp/s.txt"
"$SITREP" code --mentions --date 2014-04-15 --input text "$tmp/s.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "code with the default dictionaries"
contains "$tmp/out" '"cameo":"194"' "default verbs: shelling"
contains "$tmp/out" '"source":{"code":"SYRMIL","text":"Syrian troops"' "default actors and agents"
# an article in another language is not coded with English dictionaries
"$SITREP" code "$FIX/20-iso-8859-1-french.html" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "code a French article"
contains "$tmp/err" "not coded: the article is in 'fr'" "code says why a French article gives no events"
if [ -s "$tmp/out" ]; then bad "no events for a French article"; else ok; fi
# events carry the counts of their sentence
printf 'Syrian troops shelled Homs on Tuesday, killing at least 12 people.\n' >"$tmp/k.txt"
"$SITREP" code --mentions --date 2014-04-16 --input text "$tmp/k.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "code with counts"
contains "$tmp/out" '"counts":[{"kind":"killed","low":12,"cumulative":false,"text":"killing at least 12","start":39,"end":58}]' "event counts"
contains "$tmp/out" '"date":{"value":"2014-04-15","first":"2014-04-15","last":"2014-04-15","precision":"day","source":"sentence","text":"Tuesday"}' "event date from its sentence"
contains "$tmp/out" '"attribution":{"text":null,"type":"article","status":"reported"}' "event attribution: the article"
# the incident the same sentence makes: ACLED's type, actors by name and
# type, the day, the place with its precision, the conservative toll
"$SITREP" code --date 2014-04-16 --input text "$tmp/k.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "code: incidents"
contains "$tmp/out" '{"id":"1","article":null,"url":null,"cluster":null,"event_type":"Explosions/Remote violence","sub_event_type":"Shelling/artillery/missile attack","disorder_type":"Political violence","cameo":"194"' "an incident's type"
contains "$tmp/out" '"actor1":{"name":"Military Forces of Syria","code":"SYRMIL","inter":1,"text":"Syrian troops","start":0,"end":13}' "an incident's actor"
contains "$tmp/out" '"actor2":{"name":"Civilians (Syria)","code":null,"inter":7,"text":null,"start":null,"end":null},"assoc_actor_2":[],"interaction":17' "victims named by the count"
contains "$tmp/out" '"date":{"value":"2014-04-15","first":"2014-04-15","last":"2014-04-15","precision":"day","time_precision":1,"source":"clause","start":30,"end":37}' "an incident's day"
contains "$tmp/out" '"place":{"name":"Homs","text":"Homs","lat":34.7268,"lon":36.7234,"geonameid":169577,"country":"SY","admin1":"Homs","precision":"city","geo_precision":1' "an incident's place"
contains "$tmp/out" '"fatalities":{"best":12,"low":12,"high":null,"acled":12}' "an incident's toll"
if [ "$(wc -l <"$tmp/out")" = 1 ]; then ok; else bad "one incident of two mentions"; fi
# annotate carries the actors and events layers, offsets into the file
"$SITREP" annotate --date 2014-04-15 --input text "$tmp/s.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "annotate with the default dictionaries"
contains "$tmp/out" '"actors":[{"sentence":0,"start":0,"end":13,"text":"Syrian troops","code":"SYRMIL"}' "annotate actors"
contains "$tmp/out" '"events":[{"cameo":"194"' "annotate events"
contains "$tmp/out" '"relevance":{"relevant":"violence",' "annotate: the article's relevance"
contains "$tmp/out" '"incidents":[{"id":"1",' "annotate: its incidents layer"
contains "$tmp/out" '"dates":[{"sentence":0,"start":51,"end":58,"text":"Tuesday","type":"DATE","value":"2014-04-15","first":"2014-04-15","last":"2014-04-15","precision":"day"}]' "annotate dates against --date"
if [ "$(wc -l <"$tmp/out")" = 1 ]; then ok; else bad "annotate: one line per document"; fi
"$SITREP" annotate --dict-only --dict "$FIX/../dict" --input text "$tmp/c.txt" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "annotate --dict-only"
contains "$tmp/out" '"code":"ARNMIL"' "annotate with a user's dictionaries"
"$SITREP" annotate --date yesterday --input text "$tmp/c.txt" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "annotate --date must be a date"

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
