/* filter.c: the filters of a query as users write them, checked and made
 * canonical in one place for the command line and the HTTP API: a
 * country by its code or its name, an event type in any case, a day, a
 * month or a year.  A value that is none of these is refused with the
 * nearest one sitrep knows, when one is near. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../geo/geo.h"
#include "../util/str.h"
#include "sitrep.h"

static bool letters(const char *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isalpha((unsigned char)v[i]))
			return false;
	return n > 0;
}

bool sr_filter_country(const char *v, char out[4], char *why, size_t cap)
{
	size_t n = v ? strlen(v) : 0;
	if (!n || n > 80) {
		snprintf(why, cap, "a country: two letters (ISO 3166, the place's), three (an actor's, CAMEO) or a name");
		return false;
	}
	if ((n == 2 || n == 3) && letters(v, n)) {
		char up[4];
		for (size_t i = 0; i < n; i++)
			up[i] = (char)toupper((unsigned char)v[i]);
		up[n] = '\0';
		/* a code sitrep knows; a three-letter one may also be an
		 * organisation's CAMEO code ("IGO", "NGO") */
		if ((n == 2 && sr_geo_country(up)) || (n == 3 && sr_geo_country_by_cc3(up)) ||
		    (n == 2 && !sr_geo_country("SY"))) {
			memcpy(out, up, n + 1);
			return true;
		}
		const sr_country_info *c = sr_geo_country_by_name(v); /* "UAE", "DRC" */
		if (c) {
			memcpy(out, c->cc2, 3);
			return true;
		}
		if (n == 3) {
			memcpy(out, up, 4);
			return true;
		}
		snprintf(why, cap, "'%s' is no ISO 3166 country code", v);
		return false;
	}
	const sr_country_info *c = sr_geo_country_by_name(v);
	if (c) {
		memcpy(out, c->cc2, 3);
		return true;
	}
	const sr_country_info *near = sr_geo_country_nearest(v);
	if (near)
		snprintf(why, cap, "no country is called '%.80s': did you mean %s (%s)?", v, near->name, near->cc2);
	else
		snprintf(why, cap, "no country is called '%.80s': give its name or its ISO 3166 code", v);
	return false;
}

/* PLOVER's sixteen event types. */
static const char *const PLOVER[] = {"AGREE",   "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                     "RETREAT", "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
                                     "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};

static void consider(const char *v, const char *name, const char **best, int *bd)
{
	int d = sr_edit_distance(v, name);
	if (d < *bd) {
		*bd = d;
		*best = name;
	}
}

bool sr_filter_type(const char *v, char *out, size_t cap_out, char *why, size_t cap)
{
	size_t n = v ? strlen(v) : 0;
	if (!n || n > 64) {
		snprintf(why, cap, "an event type: a CAMEO code or root, a PLOVER type, an ACLED event or sub-event type");
		return false;
	}
	if (strspn(v, "0123456789") == n) {
		if (n > 4) {
			snprintf(why, cap, "'%s' is no CAMEO code (two to four digits)", v);
			return false;
		}
		snprintf(out, cap_out, "%s", v);
		return true;
	}
	for (size_t i = 0; i < sizeof PLOVER / sizeof *PLOVER; i++)
		if (!strcasecmp(v, PLOVER[i])) {
			snprintf(out, cap_out, "%s", PLOVER[i]);
			return true;
		}
	for (int t = 1; t < SR_ACLED_N; t++) {
		const char *e = sr_acled_event_type(t), *s = sr_acled_sub_event_type(t);
		if (e && !strcasecmp(v, e)) {
			snprintf(out, cap_out, "%s", e);
			return true;
		}
		if (s && !strcasecmp(v, s)) {
			snprintf(out, cap_out, "%s", s);
			return true;
		}
	}
	const char *best = NULL;
	int bd = 99;
	for (size_t i = 0; i < sizeof PLOVER / sizeof *PLOVER; i++)
		consider(v, PLOVER[i], &best, &bd);
	for (int t = 1; t < SR_ACLED_N; t++) {
		if (sr_acled_event_type(t))
			consider(v, sr_acled_event_type(t), &best, &bd);
		if (sr_acled_sub_event_type(t))
			consider(v, sr_acled_sub_event_type(t), &best, &bd);
	}
	if (best && bd * 3 <= (int)strlen(best) + 1)
		snprintf(why, cap, "no event type is called '%.64s': did you mean '%s'?", v, best);
	else
		snprintf(why, cap,
		         "no event type is called '%.64s': give a CAMEO code or root (\"19\"), a PLOVER type (\"ASSAULT\") "
		         "or an ACLED event or sub-event type (\"Battles\", \"Air/drone strike\")",
		         v);
	return false;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool sr_filter_day(const char *v, int last, char out[11], char *why, size_t cap)
{
	static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = 0, m = 0, d = 0, used = 0;
	size_t n = v ? strlen(v) : 0;
	bool ok = false;
	if (n == 10 && sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == 10)
		ok = m >= 1 && m <= 12 && d >= 1 && d <= DAYS[m - 1] + (m == 2 && leap(y));
	else if (n == 7 && sscanf(v, "%4d-%2d%n", &y, &m, &used) == 2 && used == 7 && m >= 1 && m <= 12) {
		d = last ? DAYS[m - 1] + (m == 2 && leap(y)) : 1;
		ok = true;
	} else if (n == 4 && sscanf(v, "%4d%n", &y, &used) == 1 && used == 4) {
		m = last ? 12 : 1;
		d = last ? 31 : 1;
		ok = true;
	}
	if (!ok || y < 1 || y > 9999 || strspn(v, "0123456789-") != n) {
		snprintf(why, cap, "'%.40s' is not a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY)", v ? v : "");
		return false;
	}
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
	return true;
}
