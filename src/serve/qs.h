/* qs.h: the HTTP API's query strings (qs.c): each parameter checked and
 * turned into an sr_query (the filters of `sitrep query`), a page size, a
 * cursor, a time unit or an export format.  Anything else is refused with
 * a reason: an unknown name, a bad value, a value too long, a range too
 * wide.  Parsing a raw query string (percent-decoding, '&' and '=') is
 * here too, for the fuzz target and the tests; the server takes the pairs
 * libmicrohttpd has decoded. */
#ifndef SR_SERVE_QS_H
#define SR_SERVE_QS_H
#include <stdbool.h>
#include <stddef.h>

#include "sitrep.h"

/* The most events a page holds, and the default. */
#define SR_API_MAX_LIMIT 500
#define SR_API_DEFAULT_LIMIT 100

typedef struct sr_api_query {
	sr_query q;        /* its strings point into store */
	long limit;        /* the page size (q.limit is left 0: the server asks for one more) */
	char unit[8];      /* the timeline's: day, week, month */
	char format[16];   /* an export format's name */
	double cell;       /* the map's cells, degrees (default 1) */
	char store[2048];  /* the values' text */
	size_t used;
	char err[256];     /* why a parameter was refused */
} sr_api_query;

void sr_api_query_init(sr_api_query *a);
/* Take one decoded parameter; false (and a->err) when it is refused. */
bool sr_api_query_set(sr_api_query *a, const char *key, const char *value);
/* Take a raw query string ("a=1&b=x%20y", no '?'); false at the first
 * refused parameter. */
bool sr_api_query_parse(sr_api_query *a, const char *qs, size_t len);
/* Each pair of a raw query string to fn, decoded (false: a pair too long
 * or not text, or fn's false). */
bool sr_api_pairs(const char *qs, size_t len, bool (*fn)(void *user, const char *key, const char *value), void *user);
/* ACLED's API's query string (acled.c), raw: its parameters checked and
 * its filters matched against a row of sample values; false with the
 * reason in err when refused. */
bool sr_api_acled_check(const char *qs, size_t len, char *err, size_t cap);
/* The cursor that follows a page whose last event is (date, id), into
 * out: "DATE.ID", or ".ID" for an undated one. */
void sr_api_cursor(char *out, size_t cap, const char *date, long long id);
#endif
