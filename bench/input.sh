#!/usr/bin/env bash
# bench/input.sh [CORPUS_DIR] [COPIES]: sitrep extract over a WARC built
# from the extraction corpus (COPIES times its 990 pages, each copy under
# its own URL; gzip per record as Common Crawl writes it; generated here,
# never committed).  Reports records/s and MB/s with -j1 and -j2, peak RSS,
# peak RSS over a WARC a quarter the size (memory must not grow with the
# archive), and the cost of reading WARC over extracting the same pages
# from memory (extract_bench speed, same run).  Needs build/.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/extraction-dev}
copies=${2:-4}
if [ ! -f "$corpus/evaldata.json" ]; then
	echo "SKIP: no extraction corpus at $corpus"
	exit 0
fi
B=build/bench/extract_bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== building WARC files"
big=$($B mkwarc "$corpus" "$tmp/big.warc.gz" "$copies")
small=$($B mkwarc "$corpus" "$tmp/small.warc.gz" 1)
echo "$big"
echo "$small"
raw=$(printf '%s' "$big" | sed 's/.*"bytes_uncompressed":\([0-9]*\).*/\1/')
stored=$(printf '%s' "$big" | sed 's/.*"bytes_stored":\([0-9]*\).*/\1/')
responses=$(printf '%s' "$big" | sed 's/.*"responses":\([0-9]*\).*/\1/')
zcat "$tmp/big.warc.gz" >"$tmp/big.warc"

echo "== in memory, one thread (extract_bench speed, best of 3)"
best=""
for i in 1 2 3; do
	line=$($B speed "$corpus")
	pps=$(printf '%s' "$line" | sed 's/.*"pages_per_s":\([0-9.]*\).*/\1/')
	if [ -z "$best" ] || awk "BEGIN{exit !($pps > $best)}"; then best=$pps; fi
done
echo "best $best pages/s"

run() { # label file jobs
	/usr/bin/time -f "%e %M" -o "$tmp/time" build/sitrep extract --quiet -j "$3" "$2" >/dev/null
	read -r wall rss <"$tmp/time"
	awk -v l="$1" -v w="$wall" -v r="$rss" -v n="$responses" -v raw="$raw" -v st="$stored" -v mem="$best" 'BEGIN{
		printf "%s: %.2f s, %.0f records/s, %.1f MB/s uncompressed (%.1f MB/s as stored), peak RSS %.0f MB", l, w, n / w, raw / 1e6 / w, st / 1e6 / w, r / 1024
		if (mem > 0) printf ", %+.1f%% over extraction from memory (%.0f pages/s)", ((n / mem) / w > 0 ? (w / (n / mem) - 1) * 100 : 0), mem
		printf "\n" }'
}
echo "== sitrep extract over the WARC ($responses pages)"
run "warc.gz -j1" "$tmp/big.warc.gz" 1
run "warc.gz -j2" "$tmp/big.warc.gz" 2
run "warc (uncompressed) -j1" "$tmp/big.warc" 1
/usr/bin/time -f "%M" -o "$tmp/time" build/sitrep extract --quiet -j 2 "$tmp/small.warc.gz" >/dev/null
echo "peak RSS over a WARC of $((responses / copies)) pages, -j2: $(( $(cat "$tmp/time") / 1024 )) MB"
