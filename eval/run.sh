#!/usr/bin/env bash
# eval/run.sh [BUILD_DIR]: every quality evaluation of sitrep on the data
# in ../shared/data, one after the other, and one table of their figures
# (evaluation, metric, value, floor); each evaluation's own report is kept
# in BUILD_DIR/eval/NAME.log.  Needs a build (scripts/setup.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}
D=../shared/data
[ -x "$B/eval/extract_eval" ] || { echo "no build at $B (run scripts/setup.sh)"; exit 2; }
mkdir -p "$B/eval"
runs=(
	"extraction|$B/eval/extract_eval $D/extraction-dev --min-f1 0.93"
	"pos|$B/eval/pos_eval $D/petrarch2 --min 95"
	"timex|$B/eval/timex_eval $D/time-dev --min 0.80"
	"geo|$B/eval/geo_eval $D/geo-dev --min-lgl 0.85 --min-geovirus 0.845"
	"petrarch|$B/eval/petrarch_eval $D/petrarch2 --min 85"
	"petrarch_cli|python3 tests/petrarch_cli_test.py $B/sitrep $D/petrarch2 --min 85"
	"case2021|$B/eval/case2021_eval $D/events-dev --min 0.78"
	"plover|$B/eval/plover_eval $D/events-dev"
	"muc4|$B/eval/muc4_eval $D/events-dev/muc4"
	"incidents|$B/eval/incident_eval $D tests/fixtures/incidents eval/labels/extraction-dev-relevance.tsv --min ucdp.incident_found=0.82 --min ucdp.country=0.68 --min ucdp.english_as_jsonl=0.98 --max none.violent_incident=0.02 --max none.protest_incident=0.02 --min notes-a.incident_found=0.93 --min notes-a.event_type=0.91 --min notes-a.country=0.92 --min notes-a.fatalities_exact=0.95 --min notes-b.incident_found=0.94 --min notes-b.event_type=0.91 --min notes-b.country=0.94 --min notes-b.fatalities_exact=0.92 --min notes-b.day_exact=0.94 --min notes-a.day_exact=0.93 --min notes-c.incident_found=0.94 --min notes-c.event_type=0.91 --min notes-c.sub_event_type=0.90 --min notes-c.fatalities_exact=0.90 --min notes-c.country=0.94 --min notes-c.day_exact=0.94 --min notes-d.incident_found=0.96 --min notes-d.event_type=0.93 --min notes-d.fatalities_exact=0.88 --min notes-d.country=0.96 --min notes-f.incident_found=0.95 --min notes-f.event_type=0.90 --min notes-f.sub_event_type=0.88 --min notes-f.fatalities_exact=0.90 --min notes-f.country=0.94 --min notes-f.place_25km=0.68 --min notes-f.day_exact=0.95 --min notes-e.incident_found=0.97 --min notes-e.event_type=0.88 --min notes-e.sub_event_type=0.88 --min notes-e.fatalities_exact=0.87 --min notes-e.country=0.93 --min notes-e.place_25km=0.72 --min notes-e.day_exact=0.95 --min notes-g.incident_found=0.97 --min notes-g.event_type=0.94 --min notes-g.sub_event_type=0.94 --min notes-g.fatalities_exact=0.95 --min notes-g.country=0.97 --min notes-g.place_25km=0.84 --min notes-g.day_exact=0.94 --max notes-g.false_deaths=0.02 --min notes-h.incident_found=0.96 --min notes-h.event_type=0.89 --min notes-h.sub_event_type=0.88 --min notes-h.fatalities_exact=0.88 --min notes-h.country=0.93 --min notes-h.place_25km=0.76 --min notes-h.day_exact=0.93 --max notes-h.false_deaths=0.02 --min notes-i.incident_found=0.96 --min notes-i.event_type=0.92 --min notes-i.sub_event_type=0.92 --min notes-i.fatalities_exact=0.95 --min notes-i.country=0.96 --min notes-i.place_25km=0.83 --min notes-i.day_exact=0.95 --max notes-i.false_deaths=0.02 --min notes-j.incident_found=0.97 --min notes-j.event_type=0.93 --min notes-j.sub_event_type=0.91 --min notes-j.fatalities_exact=0.78 --min notes-j.country=0.97 --min notes-j.place_25km=0.81 --min notes-j.day_exact=0.97 --max notes-j.false_deaths=0.05 --min notes-k.incident_found=0.96 --min notes-k.event_type=0.96 --min notes-k.sub_event_type=0.95 --min notes-k.fatalities_exact=0.91 --min notes-k.country=0.96 --min notes-k.place_25km=0.8 --min notes-k.day_exact=0.95 --max notes-k.false_deaths=0.02 --min notes-l.incident_found=0.97 --min notes-l.event_type=0.9 --min notes-l.sub_event_type=0.86 --min notes-l.fatalities_exact=0.94 --min notes-l.country=0.95 --min notes-l.place_25km=0.91 --min notes-l.day_exact=0.96 --max notes-l.false_deaths=0.02 --min notes-m.incident_found=0.97 --min notes-m.event_type=0.91 --min notes-m.sub_event_type=0.86 --min notes-m.fatalities_exact=0.97 --min notes-m.country=0.97 --min notes-m.place_25km=0.9 --min notes-m.day_exact=0.97 --max notes-m.false_deaths=0.02 --min notes-n.incident_found=0.97 --min notes-n.event_type=0.95 --min notes-n.sub_event_type=0.94 --min notes-n.fatalities_exact=0.95 --min notes-n.country=0.95 --min notes-n.place_25km=0.86 --min notes-n.day_exact=0.97 --max notes-n.false_deaths=0.02 --min notes-o.incident_found=0.96 --min notes-o.event_type=0.92 --min notes-o.sub_event_type=0.92 --min notes-o.fatalities_exact=0.97 --min notes-o.country=0.96 --min notes-o.place_25km=0.78 --min notes-o.day_exact=0.95 --max notes-o.false_deaths=0.02 --min notes-p.incident_found=0.97 --min notes-p.event_type=0.94 --min notes-p.sub_event_type=0.92 --min notes-p.fatalities_exact=0.97 --min notes-p.country=0.96 --min notes-p.place_25km=0.89 --min notes-p.day_exact=0.97 --max notes-p.false_deaths=0.02 --min notes-q.incident_found=0.96 --min notes-q.event_type=0.86 --min notes-q.sub_event_type=0.84 --min notes-q.fatalities_exact=0.93 --min notes-q.country=0.95 --min notes-q.place_25km=0.86 --min notes-q.day_exact=0.94 --max notes-q.false_deaths=0.05 --min notes-r.incident_found=0.99 --min notes-r.event_type=0.96 --min notes-r.sub_event_type=0.92 --min notes-r.fatalities_exact=0.88 --min notes-r.country=0.92 --min notes-r.place_25km=0.86 --min notes-r.day_exact=0.99 --max notes-r.false_deaths=0.05 --min notes-s.incident_found=0.97 --min notes-s.event_type=0.94 --min notes-s.sub_event_type=0.92 --min notes-s.fatalities_exact=0.99 --min notes-s.country=0.96 --min notes-s.place_25km=0.82 --min notes-s.day_exact=0.97 --max notes-s.false_deaths=0.05 --min notes-t.incident_found=0.97 --min notes-t.event_type=0.91 --min notes-t.sub_event_type=0.89 --min notes-t.fatalities_exact=0.87 --min notes-t.country=0.96 --min notes-t.place_25km=0.86 --min notes-t.day_exact=0.95 --max notes-t.false_deaths=0.05 --min notes-u.incident_found=0.97 --min notes-u.event_type=0.92 --min notes-u.sub_event_type=0.86 --min notes-u.fatalities_exact=0.93 --min notes-u.country=0.91 --min notes-u.place_25km=0.86 --min notes-u.day_exact=0.95 --max notes-u.false_deaths=0.05 --min notes-v.incident_found=0.96 --min notes-v.event_type=0.91 --min notes-v.sub_event_type=0.9 --min notes-v.fatalities_exact=0.82 --min notes-v.country=0.96 --min notes-v.place_25km=0.82 --min notes-v.day_exact=0.95 --max notes-v.false_deaths=0.02 --min notes-w.incident_found=0.95 --min notes-w.event_type=0.81 --min notes-w.sub_event_type=0.76 --min notes-w.fatalities_exact=0.82 --min notes-w.country=0.85 --min notes-w.place_25km=0.76 --min notes-w.day_exact=0.91 --max notes-w.false_deaths=0.05 --min wire.event_type=0.85 --min wire.country=0.95 --max relevance.violent_per_100_none=1 --max relevance.none_pages_protest=0.03"
	"clusters|$B/tests/store_cluster_test tests/fixtures/clusters --min-f1 0.9"
)
failed=0
printf '%-14s %-18s %9s %9s  %s\n' evaluation metric value floor ""
for r in "${runs[@]}"; do
	name=${r%%|*}
	cmd=${r#*|}
	t0=$(date +%s.%N)
	$cmd >"$B/eval/$name.log" 2>&1
	rc=$?
	secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
	if [ "$rc" = 77 ]; then
		printf '%-14s %-18s %9s %9s  %s\n' "$name" - - - "skipped: $(grep -m1 SKIP "$B/eval/$name.log")"
		continue
	fi
	[ "$rc" = 0 ] || failed=1
	grep '^RESULT ' "$B/eval/$name.log" | while read -r _ e m v f; do
		printf '%-14s %-18s %9s %9s  %s\n' "$e" "$m" "$v" "$f" "$([ "$rc" = 0 ] && echo "ok ($secs s)" || echo "BELOW THE FLOOR")"
	done
done
exit $failed
