#!/usr/bin/env bash
# gen_pages.sh N DIR: N news pages (written here, invented) into DIR, for
# the store's crash test and benchmark.  Each reports a shelling with its
# toll, a rebel attack and arrests in one of ten cities, on one of 28 days
# of March 2014, with eight paragraphs of background, so that an article
# carries a dozen events and takes long enough to write to be killed.
set -euo pipefail
n=${1:?usage: gen_pages.sh N DIR}
dir=${2:?usage: gen_pages.sh N DIR}
mkdir -p "$dir"
cities=(Homs Aleppo Hama Idlib Daraa Raqqa Kabul Kandahar Mosul Baghdad)
for i in $(seq 1 "$n"); do
	c=${cities[$((i % 10))]}
	k=$((i % 50 + 2))
	d=$((i % 28 + 1))
	{
		printf '<html><head><title>Clashes near %s (%d)</title><link rel="canonical" href="https://example.org/news/%d">\n' "$c" "$i" "$i"
		printf '<meta property="article:published_time" content="2014-03-%02dT08:00:00Z"></head><body><article><h1>Clashes near %s</h1>\n' "$d" "$c"
		printf '<p>Syrian troops shelled %s on Tuesday, killing %d people, activists said, in report number %d.</p>\n' "$c" "$k" "$i"
		printf '<p>Rebels attacked an army checkpoint near %s on Monday, the state news agency reported.</p>\n' "$c"
		printf '<p>Police arrested %d protesters after the funeral.</p>\n' $((k + 3))
		for p in 1 2 3 4 5 6 7 8; do
			printf '<p>Residents of %s said the fighting in the %s district had gone on for %d days, and that food and medicine were running short in the besieged quarters of the old city.</p>\n' "$c" "$p" $((k + p))
		done
		printf '</article></body></html>\n'
	} >"$dir/$(printf %04d "$i").html"
done
