/* countries.c: the countries' codes, names and ACLED regions, for the
 * exports: build/data/countries.tsv (made by tools/mkcountries from npm
 * world-countries), read once on first use from the data folder. */
#include "geo.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/datadir.h"
#include "../util/str.h"

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
		char *f5[6] = {NULL};
		int k = 0;
		for (char *p = line; k < 6; k++) {
			f5[k] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (k < 4 || k > 5 || strlen(f5[0]) != 2 || strlen(f5[1]) != 3 || strlen(f5[2]) > 3)
			continue; /* not a row of five or six fields: left out */
		sr_country_info *r = &rows[n++];
		memcpy(r->cc2, f5[0], 3);
		memcpy(r->cc3, f5[1], 4);
		snprintf(r->numeric, sizeof r->numeric, "%s", f5[2]);
		r->name = f5[3];
		r->acled_region = f5[4];
		r->other_names = k == 5 ? f5[5] : "";
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

/* Does the name n (any case) equal one of "a|b|c"'s? */
static bool among(const char *list, const char *n)
{
	size_t len = strlen(n);
	for (const char *p = list; p && *p;) {
		const char *bar = strchr(p, '|');
		size_t k = bar ? (size_t)(bar - p) : strlen(p);
		if (k == len && !strncasecmp(p, n, k))
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

/* The countries ACLED names otherwise than world-countries' common
 * names (facts of ACLED's data). */
static const char *const ACLED_NAMES[][2] = {
    {"AX", "Aland Islands"}, {"BL", "Saint-Barthelemy"}, {"CD", "Democratic Republic of Congo"},
    {"CG", "Republic of Congo"}, {"CW", "Curacao"}, {"CZ", "Czech Republic"}, {"MF", "Saint-Martin"},
    {"RE", "Reunion"}, {"ST", "Sao Tome and Principe"}, {"SZ", "eSwatini"}, {"TL", "East Timor"},
    {"TR", "Turkey"}};

const char *sr_geo_acled_country_name(const char *cc2)
{
	for (size_t i = 0; cc2 && i < sizeof ACLED_NAMES / sizeof *ACLED_NAMES; i++)
		if (!strcmp(ACLED_NAMES[i][0], cc2))
			return ACLED_NAMES[i][1];
	const sr_country_info *c = sr_geo_country(cc2);
	return c ? c->name : NULL;
}

const sr_country_info *sr_geo_country_by_name(const char *name)
{
	pthread_once(&once, load);
	if (!name || !*name)
		return NULL;
	for (size_t i = 0; i < sizeof ACLED_NAMES / sizeof *ACLED_NAMES; i++)
		if (!strcasecmp(ACLED_NAMES[i][1], name))
			return sr_geo_country(ACLED_NAMES[i][0]);
	for (size_t i = 0; i < T.n; i++)
		if (!strcasecmp(T.rows[i].name, name))
			return &T.rows[i];
	for (size_t i = 0; i < T.n; i++)
		if (among(T.rows[i].other_names, name))
			return &T.rows[i];
	return NULL;
}

const sr_country_info *sr_geo_country_nearest(const char *name)
{
	pthread_once(&once, load);
	const sr_country_info *best = NULL;
	int bd = 99;
	for (size_t i = 0; name && i < T.n; i++) {
		int dd = sr_edit_distance(name, T.rows[i].name);
		if (dd < bd) {
			bd = dd;
			best = &T.rows[i];
		}
	}
	/* a suggestion only when it is close: a third of the letters */
	return best && bd * 3 <= (int)strlen(best->name) + 1 ? best : NULL;
}

/* FIPS 10-4 (data/fips/fips10-4.tsv, facts written for sitrep): ISO
 * alpha-2 and FIPS codes, a line each, sorted by the ISO code. */
static struct {
	char (*rows)[2][3];
	size_t n;
} F;
static pthread_once_t fips_once = PTHREAD_ONCE_INIT;

static void load_fips(void)
{
	char path[4200];
	size_t len = 0;
	char *text = sr_data_read("fips/fips10-4.tsv", 1u << 20, &len, path, sizeof path);
	if (!text)
		return;
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	F.rows = calloc(lines, sizeof *F.rows);
	for (char *line = text, *next; F.rows && line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (line[0] == '#' || strlen(line) < 5 || line[2] != '\t' || (line[5] != '\t' && line[5] != '\0'))
			continue;
		memcpy(F.rows[F.n][0], line, 2);
		memcpy(F.rows[F.n][1], line + 3, 2);
		F.n++;
	}
	free(text);
}

static int by_iso(const void *key, const void *row)
{
	return strcmp(key, ((const char(*)[3])row)[0]);
}

const char *sr_geo_fips(const char *cc2)
{
	pthread_once(&fips_once, load_fips);
	if (!cc2 || strlen(cc2) != 2 || !F.n)
		return NULL;
	char k[3] = {cc2[0], cc2[1], '\0'};
	const char(*r)[3] = bsearch(k, F.rows, F.n, sizeof *F.rows, by_iso);
	return r ? r[1] : NULL;
}

const sr_country_info *sr_geo_country_by_numeric(int numeric)
{
	pthread_once(&once, load);
	for (size_t i = 0; i < T.n; i++)
		if (T.rows[i].numeric[0] && atoi(T.rows[i].numeric) == numeric)
			return &T.rows[i];
	return NULL;
}
