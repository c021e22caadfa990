#!/usr/bin/env bash
# pipeline_example_test.sh SITREP SHARED_DIR: the worked example of the developers'
# guide (shared/examples/homs-buzzfeed-2014.txt) gives the article its
# .expected.md describes.  Skips (exit 77) when shared/ is absent.
set -u
SITREP=$1
EX="$2/examples/homs-buzzfeed-2014.txt"
if [ ! -f "$EX" ]; then
	echo "SKIP: $EX not found; the worked example is not checked"
	exit 77
fi
pass=0
fail=0
out=$("$SITREP" extract "$EX")
check() {
	if printf '%s' "$out" | grep -qF -- "$1"; then pass=$((pass + 1)); else
		fail=$((fail + 1))
		echo "FAIL: output lacks $1"
	fi
}
lacks() {
	if printf '%s' "$out" | grep -qF -- "$1"; then
		fail=$((fail + 1))
		echo "FAIL: output has $1"
	else pass=$((pass + 1)); fi
}
check '"title":"The Syrian Government Is Moving To Retake The Beseiged City Of Homs"'
check '"subtitle":"Homs was once considered a capital of the revolution."'
check '"authors":["Miriam Berger"]'
check '"published":"2014-04-15","published_precision":"day","published_source":"estimated"'
check '"language":"en"'
check '"credit":"Stringer / Reuters"'
check '{"type":"post","platform":"twitter","author":"Kristina Dei","handle":"@2kdei","time":"2014-04-15T13:48:00"'
check '"hashtags":["#Homs"],"mentions":["@THE_47th"]'
check '{"type":"video","provider":"youtube"}'
check 'the United Nations evacuated some 1,400 people trapped'
check '\"We are coming for you, Homs.\"'
for junk in 'back to top' 'Posted on' 'View this video' 'ReplyRetweetFavorite' 'Contact Miriam' 'confidential tip' \
	'Former BuzzFeed' 'Kristina Dei@'; do
	text=$("$SITREP" extract --format text "$EX")
	if printf '%s' "$text" | grep -qF -- "$junk"; then
		fail=$((fail + 1))
		echo "FAIL: body text has '$junk'"
	else pass=$((pass + 1)); fi
done
# the layers on the text as extracted (its headline first): dates,
# counts, sources, places, and the first event's place and date
out=$("$SITREP" annotate "$EX")
check '"text":"Tuesday","type":"DATE","value":"2014-04-15"'
check '"text":"February","type":"DATE","value":"2014-02"'
check '"text":"the spring of 2011","type":"DATE","value":"2011-SP"'
check '{"kind":"evacuated","best":1400,"hedged":true,"cumulative":false'
check '{"kind":"killed","best":150000,"hedged":true,"cumulative":true'
check '{"kind":"displaced","low":9000000,"cumulative":true'
check '{"text":"Syrian state television","start":379,"end":402,"verb":"said","type":"state_media","status":"claimed"}'
check '"text":"the British-based Syrian Observatory for Human Rights","start":1535,"end":1588,"verb":"according to","type":"monitor","status":"reported"'
check '{"text":"Homs","start":145,"end":149,"name":"Homs","geonameid":169577'
lacks '"name":"Al Khums"'
check '"date":{"value":"P2Y","first":"2012-04-15","last":"2014-04-15","precision":"year","source":"sentence","text":"the last two years"}'
check '"date":{"value":"2011-SP","first":"2011-03-01","last":"2011-05-31","precision":"season","source":"sentence","text":"the spring of 2011"}'
check '"date":{"value":"P3Y","first":"2011-04-16","last":"2014-04-15","precision":"year","source":"sentence","text":"three years"}'
check '"source":{"code":"SYRMIL","text":"Syrian army"'
check '"date":{"value":"2014-04-15","first":"2014-04-15","last":"2014-04-15","precision":"day","source":"sentence","text":"Tuesday"},"place":{"text":"Homs","start":145,"end":149,"name":"Homs","geonameid":169577'

# the incidents: state television's "key successes" kept as a party's
# claim (relayed by a newspaper), apart from the shelling the article
# itself reports; the cumulative toll and the displaced are the article's
# statistics, no incident's
python3 - "$out" <<'PY' && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: the example's incidents"; }
import json, sys
d = json.loads(sys.argv[1])
inc = d["incidents"]
claims = [i for i in inc if i["claim_status"] == "claimed"
          and any(s["text"] == "Syrian state television" and s["status"] == "claimed" for s in i["sources"])]
assert len(claims) == 1, [(i["sub_event_type"], i["claim_status"]) for i in inc]
assert claims[0]["event_type"] == "Battles" and claims[0]["actor1"]["name"] == "Military Forces of Syria"
assert any(i["claim_status"] == "reported" and "shelling" in [m["text"] for m in i["mentions"]] for i in inc)
assert all(i["fatalities"]["best"] is None for i in inc), "no incident has the cumulative toll"
stats = {s["kind"]: s for s in d["statistics"]}
assert stats["killed"]["best"] == 150000 and stats["displaced"]["low"] == 9000000
assert d["relevance"]["relevant"] == "violence"
PY
echo "example: $pass passed, $fail failed"
[ "$fail" = 0 ]
