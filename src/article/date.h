/* date.h: publication-date strings as pages write them, normalised. */
#ifndef SR_DATE_H
#define SR_DATE_H
#include <stdbool.h>
#include <stddef.h>

typedef enum sr_date_prec {
	SR_PREC_NONE = 0,
	SR_PREC_YEAR,
	SR_PREC_MONTH,
	SR_PREC_DAY,
	SR_PREC_MINUTE,
	SR_PREC_SECOND
} sr_date_prec;

typedef struct sr_date {
	int y, m, d, H, M, S;
	int tz_min; /* offset east of UTC, minutes */
	bool has_tz;
	bool tz_z; /* written as Z, UTC or GMT (not +00:00) */
	sr_date_prec prec;
} sr_date;

/* Parse a machine date (ISO 8601 and its common variants, RFC 822/2822,
 * "2014/04/15", "20140415") or a human one in English, French, German,
 * Spanish, Italian, Portuguese or Dutch ("April 15, 2014", "15 Apr 14",
 * "17. Oktober 2019", "17 de octubre de 2019", "01:48 PM - 15 Apr 14").
 * The whole of s need not be a date: a date inside a short string is found.
 * Dates outside 1990..2100 are rejected. */
bool sr_date_parse(const char *s, size_t n, sr_date *out);
/* The month (1..12) named by the word at s, or 0. */
int sr_date_month_word(const char *s, size_t n);
/* Find a date in a URL path: /2014/04/15/, /2014-04-15/, /20140415/, /2014/04/. */
bool sr_date_from_url(const char *url, sr_date *out);
/* ISO 8601 text for d into buf (at least 32 bytes). */
void sr_date_format(const sr_date *d, char *buf, size_t len);
const char *sr_date_prec_name(sr_date_prec p);
/* Day of the week, 0 = Sunday. */
int sr_date_weekday(int y, int m, int d);
/* Compare two dates at day precision: <0, 0, >0. */
int sr_date_cmp(const sr_date *a, const sr_date *b);
#endif
