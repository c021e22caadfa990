#!/usr/bin/env bash
# serve_browser_test.sh SITREP NEWS_DIR FIXTURES OUT_DIR: the dashboard in headless
# Chromium (tests/serve_browser.mjs) against `sitrep serve` on a store of the
# sample news and the page with markup.  Screenshots go to OUT_DIR.  Skips
# (77) without Debian's chromium or npm playwright-core (scripts/setup.sh
# installs both).
set -uo pipefail
S=${1:?usage: serve_browser_test.sh SITREP NEWS_DIR FIXTURES OUT_DIR}
NEWS=${2:?}
FIX=${3:?}
OUT=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
[ -x /usr/bin/chromium ] || { echo "SKIP: no /usr/bin/chromium (Debian chromium)"; exit 77; }
[ -d "$here/../web/node_modules/playwright-core" ] || { echo "SKIP: no playwright-core (web/node_modules)"; exit 77; }
command -v node >/dev/null || { echo "SKIP: no node"; exit 77; }
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
"$S" ingest --quiet --db "$tmp/s.db" "$NEWS"/*.html "$FIX"/xss.html || exit 1
"$S" serve --db "$tmp/s.db" --listen 127.0.0.1:0 >"$tmp/out" 2>&1 &
pid=$!
base=$(serve_base "$tmp/out") || { echo "FAIL: the server did not start"; exit 1; }
NO_PROXY='*' no_proxy='*' timeout 180 node "$here/serve_browser.mjs" "$base" "$OUT"
