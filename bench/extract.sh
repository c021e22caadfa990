#!/usr/bin/env bash
# bench/extract.sh [CORPUS_DIR]: sitrep extract against Readability.js +
# linkedom on the same pages in the same run.  Quality (precision, recall,
# F1, F1 by language), single-thread speed with pages in memory (pages/s,
# MB/s), whole-process wall time and peak RSS of the CLI over the corpus,
# and peak RSS on a generated 10 MB page.  Needs build/ (scripts/setup.sh);
# the peer needs node and npm (its packages are installed on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/extraction-dev}
if [ ! -f "$corpus/evaldata.json" ]; then
	echo "SKIP: no extraction corpus at $corpus"
	exit 0
fi
B=build/bench/extract_bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== quality: sitrep"
$B eval "$corpus"

echo "== speed: sitrep, one thread, pages in memory (five passes: the best and the median)"
line=$($B speed "$corpus" --repeat 5)
echo "$line"
best=$(printf '%s' "$line" | sed 's/.*"best_pages_per_s":\([0-9.]*\).*/\1/')

echo "== whole pipeline: extraction, then language core, coder, dates, counts, sources, places and"
echo "   the events' JSON for the English articles (five passes: the best and the median)"
$B pipeline "$corpus" --repeat 5

echo "== whole process: sitrep extract over all pages (gunzip, extraction, JSON out)"
/usr/bin/time -f "wall %e s, peak RSS %M KB" build/sitrep extract "$corpus"/pages/*.html.gz >/dev/null

echo "== peak RSS on 10 MB pages"
# long paragraphs (about 15,000 elements) and short ones (about 280,000)
awk 'BEGIN{printf "<html><body><article>"; s=""; for(w=0;w<100;w++){s=s "word" w%13 " "}; for(i=0;i<14500;i++){printf "<p>The convoy reached the town, officials said, %s.</p>\n", s}; printf "</article></body></html>"}' >"$tmp/10mb-long.html"
awk 'BEGIN{printf "<html><body><article>"; for(i=0;i<140000;i++){printf "<p>The convoy reached the town after days of delay, officials said %d.</p>\n", i}; printf "</article></body></html>"}' >"$tmp/10mb-short.html"
# and a real page's body (theatlantic.com, from the corpus) repeated to 10 MB
zcat "$corpus/pages/theatlantic.com.disasters.html.gz" | awk '
	{ all = all $0 "\n" }
	END {
		i = index(all, "<body"); if (!i) exit
		rest = substr(all, i); j = index(rest, ">"); head = substr(all, 1, i + j - 1)
		body = substr(rest, j + 1); k = index(body, "</body>"); if (k) body = substr(body, 1, k - 1)
		if (length(body) == 0) exit
		printf "%s", head
		for (n = 0; n < 10485760; n += length(body)) printf "%s", body
		print "</body></html>"
	}' >"$tmp/10mb-real.html"
for f in 10mb-long 10mb-short 10mb-real; do
	ls -l "$tmp/$f.html" | awk -v f=$f '{printf "%s, %.1f MB: ", f, $5/1e6}'
	/usr/bin/time -f "wall %e s, peak RSS %M KB" build/sitrep extract "$tmp/$f.html" >/dev/null
done

echo "== peer: Readability.js + linkedom"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "SKIP: node/npm not installed; no peer figures"
	exit 0
fi
(cd bench/peers/readability && { [ -d node_modules ] || npm ci --silent --no-audit --no-fund; })
peer=$(node bench/peers/readability/bench.mjs "$corpus/pages" --text-out "$tmp/peer" 2>/dev/null)
echo "$peer"
$B eval "$corpus" --texts "$tmp/peer" | sed -n 1,2p | sed 's/^/peer /'
ppp=$(printf '%s' "$peer" | sed 's/.*"pages_per_s":\([0-9.]*\).*/\1/')
awk -v a="$best" -v b="$ppp" 'BEGIN{printf "== ratio: sitrep %.1f pages/s / peer %.1f pages/s = %.1fx\n", a, b, a / b}'
