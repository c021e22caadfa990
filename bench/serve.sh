#!/usr/bin/env bash
# bench/serve.sh [--soak SECONDS]: `sitrep serve` under load.  A store of
# 1,000,000 generated events (build/bench/store_bench --keep), then wrk
# (Debian) for 30 s each, at 64 connections on:
#   - /api/events (the newest page of 100 events),
#   - /api/events filtered by country and a month (an indexed filter),
# and at 8 (what dashboards ask for as they open and move) on:
#   - /api/timeline: a country's months, and every day of the store,
#   - /api/map: the world (the dashboard's first view) and a country,
# and the same first page saved to a file and served by Python's
# http.server (the peer: a static file, no store), in the same run.  Then a
# soak (default 120 s; --soak 600 for ten minutes) on /api/events with the
# server's RSS sampled every 10 s: it must stay flat.
set -euo pipefail
cd "$(dirname "$0")/.."
. tests/lib.sh
soak=120
[ "${1:-}" = --soak ] && soak=${2:?}
command -v wrk >/dev/null || { echo "SKIP: no wrk (Debian wrk; scripts/setup.sh installs it)"; exit 0; }
S=build/sitrep
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
echo "== a store of 1,000,000 generated events"
build/bench/store_bench --events 1000000 --runs 1 --keep "$tmp/big.db" | sed -n 1p
"$S" serve --db "$tmp/big.db" --listen 127.0.0.1:0 --read-only >"$tmp/out" 2>&1 &
spid=$!
pids+=($spid)
base=$(serve_base "$tmp/out")
rss() { awk '/VmRSS/ {print $2}' /proc/"$spid"/status; }
run() { # NAME URL [CONNECTIONS]
	echo "== $1: $2 (${3:-64} connections)"
	NO_PROXY='*' wrk -t2 -c"${3:-64}" -d30s --timeout 10s --latency "$2" |
		grep -E "Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors" || true
	sleep 3 # what the server still works on after wrk hangs up
}
export NO_PROXY='*' no_proxy='*'
curl -s --noproxy '*' "$base/api/events?limit=100" >"$tmp/page.json"
echo "page of 100 events: $(wc -c <"$tmp/page.json") bytes; server RSS $(rss) KB"
run "newest page" "$base/api/events?limit=100"
run "country + a month" "$base/api/events?country=SY&from=2014-03-01&to=2014-03-31&limit=100"
# the sums a dashboard asks for when it opens or moves: a few at a time
run "timeline, months, a country" "$base/api/timeline?unit=month&country=SY" 8
run "timeline, every day of the store" "$base/api/timeline?unit=day" 8
run "map, the world at zoom 2 (cells of 14 degrees)" "$base/api/map?cell=14" 8
run "map, a country at zoom 6 (cells of 0.9 degrees)" "$base/api/map?cell=0.88&country=SY&bbox=35,32,43,38" 8
(cd "$tmp" && python3 -m http.server 0 --bind 127.0.0.1 >"$tmp/py.out" 2>&1 &
	echo $! >"$tmp/py.pid")
sleep 1
pids+=("$(cat "$tmp/py.pid")")
pyport=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$tmp/py.out" | head -1)
run "peer: python3 http.server, the same page as a file" "http://127.0.0.1:$pyport/page.json"
echo "== soak: /api/events for $soak s, the server's RSS every 10 s (KB)"
NO_PROXY='*' wrk -t2 -c64 -d"${soak}s" "$base/api/events?limit=100" >"$tmp/soak" &
wpid=$!
samples=()
for _ in $(seq 1 $((soak / 10))); do
	sleep 10
	samples+=("$(rss)")
done
wait $wpid || true
grep -E "Requests/sec|requests in" "$tmp/soak"
echo "RSS: ${samples[*]}"
echo "${samples[*]}" | awk '{ if (NF < 2) exit; first = $1; max = $1; for (i = 2; i <= NF; i++) if ($i > max) max = $i;
	printf "RSS first %.1f MB, last %.1f MB, most %.1f MB: %+.1f%% from the first sample to the last\n",
	first / 1024, $NF / 1024, max / 1024, 100 * ($NF - first) / first }'
