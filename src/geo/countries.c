/* countries.c: the countries' codes, names and ACLED regions, for the
 * exports: build/data/countries.tsv (made by tools/mkcountries from npm
 * world-countries), read once on first use from the data folder. */
#include "geo.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/datadir.h"

static struct {
	sr_country_info *rows;
	size_t n;
	char *names; /* the names and regions the rows point into */
} T;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
	char path[4200];
	size_t len = 0;
	char *text = sr_data_read("countries.tsv", 1u << 20, &len, path, sizeof path);
	if (!text)
		return;
	size_t lines = 0;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	sr_country_info *rows = calloc(lines + 1, sizeof *rows);
	if (!rows) {
		free(text);
		return;
	}
	size_t n = 0;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *f5[5];
		int k = 0;
		for (char *p = line; k < 5; k++) {
			f5[k] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (k != 4 || strlen(f5[0]) != 2 || strlen(f5[1]) != 3 || strlen(f5[2]) > 3)
			continue; /* not a row of five fields: left out */
		sr_country_info *r = &rows[n++];
		memcpy(r->cc2, f5[0], 3);
		memcpy(r->cc3, f5[1], 4);
		snprintf(r->numeric, sizeof r->numeric, "%s", f5[2]);
		r->name = f5[3];
		r->acled_region = f5[4];
	}
	T.rows = rows;
	T.n = n;
	T.names = text;
}

static int by_cc2(const void *key, const void *row)
{
	return strcmp(key, ((const sr_country_info *)row)->cc2);
}

const sr_country_info *sr_geo_country(const char *cc2)
{
	pthread_once(&once, load);
	if (!cc2 || strlen(cc2) != 2 || !T.n)
		return NULL;
	char k[3] = {cc2[0], cc2[1], '\0'};
	return bsearch(k, T.rows, T.n, sizeof *T.rows, by_cc2);
}

const sr_country_info *sr_geo_country_by_cc3(const char *cc3)
{
	pthread_once(&once, load);
	if (!cc3 || strlen(cc3) < 3)
		return NULL;
	for (size_t i = 0; i < T.n; i++)
		if (!strncmp(T.rows[i].cc3, cc3, 3))
			return &T.rows[i];
	return NULL;
}
