/* qs.c: the HTTP API's query strings (qs.h). */
#include "qs.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sr_api_query_init(sr_api_query *a)
{
	memset(a, 0, sizeof *a);
	a->limit = SR_API_DEFAULT_LIMIT;
	a->cell = 1;
	snprintf(a->unit, sizeof a->unit, "day");
}

static bool refuse(sr_api_query *a, const char *key, const char *why)
{
	snprintf(a->err, sizeof a->err, "%.40s: %.200s", key, why);
	return false;
}

/* A copy of v in a->store, or NULL when it is full. */
static const char *keep(sr_api_query *a, const char *v, size_t n)
{
	if (a->used + n + 1 > sizeof a->store)
		return NULL;
	char *p = a->store + a->used;
	memcpy(p, v, n);
	p[n] = '\0';
	a->used += n + 1;
	return p;
}

/* YYYY-MM-DD, a real day of years 1000-2999. */
static bool is_day(const char *v)
{
	int y, m, d;
	char tail;
	if (strlen(v) != 10 || v[4] != '-' || v[7] != '-' || sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9'))
			return false;
	static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= DAYS[m - 1] - (m == 2 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* n numbers separated by commas, each finite. */
static bool numbers(const char *v, double *out, int n)
{
	const char *p = v;
	for (int i = 0; i < n; i++) {
		char *end;
		out[i] = strtod(p, &end);
		if (end == p || !isfinite(out[i]))
			return false;
		p = end;
		if (i < n - 1) {
			if (*p != ',')
				return false;
			p++;
		}
	}
	return *p == '\0';
}

static bool integer(const char *v, long long lo, long long hi, long long *out)
{
	char *end;
	if (!*v || strlen(v) > 19)
		return false;
	long long x = strtoll(v, &end, 10);
	if (*end || x < lo || x > hi)
		return false;
	*out = x;
	return true;
}

/* Printable text without control bytes, at most max bytes. */
static bool plain(const char *v, size_t max)
{
	size_t n = strlen(v);
	if (!n || n > max)
		return false;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return false;
	return true;
}

bool sr_api_query_set(sr_api_query *a, const char *key, const char *value)
{
	const char *v = value ? value : "";
	sr_query *q = &a->q;
	size_t n = strlen(v);
	/* the filters as the command line reads them (sr_filter_*) */
	char why[160];
	if (!strcmp(key, "country")) {
		char cc[4];
		if (!sr_filter_country(v, cc, why, sizeof why))
			return refuse(a, key, why);
		return (q->country = keep(a, cc, strlen(cc))) || refuse(a, key, "too long");
	}
	if (!strcmp(key, "from") || !strcmp(key, "to")) {
		char day[11];
		if (!sr_filter_day(v, key[0] == 't', day, why, sizeof why))
			return refuse(a, key, why);
		const char *d = keep(a, day, 10);
		if (!d)
			return refuse(a, key, "too long");
		*(key[0] == 'f' ? &q->from : &q->to) = d;
		if (q->from && q->to && strcmp(q->from, q->to) > 0)
			return refuse(a, key, "from is after to");
		return true;
	}
	if (!strcmp(key, "type")) {
		char t[80];
		if (!sr_filter_type(v, t, sizeof t, why, sizeof why))
			return refuse(a, key, why);
		return (q->type = keep(a, t, strlen(t))) || refuse(a, key, "too long");
	}
	if (!strcmp(key, "actor")) {
		if (!plain(v, 64))
			return refuse(a, key, "1 to 64 printable characters");
		return (q->actor = keep(a, v, n)) || refuse(a, key, "too long");
	}
	if (!strcmp(key, "text")) {
		if (!plain(v, 256))
			return refuse(a, key, "1 to 256 printable characters");
		return (q->text = keep(a, v, n)) || refuse(a, key, "too long");
	}
	if (!strcmp(key, "min_killed")) {
		long long k;
		if (!integer(v, 0, 10000000, &k))
			return refuse(a, key, "a whole number from 0 to 10,000,000");
		q->min_killed = (long)k;
		return true;
	}
	if (!strcmp(key, "min_confidence")) {
		double c;
		if (!numbers(v, &c, 1) || c < 0 || c > 1)
			return refuse(a, key, "a number from 0 to 1");
		q->min_confidence = c;
		return true;
	}
	if (!strcmp(key, "near")) {
		double x[3];
		if (!numbers(v, x, 3) || fabs(x[0]) > 90 || fabs(x[1]) > 180 || x[2] <= 0 || x[2] > 5000)
			return refuse(a, key, "LAT,LON,KM (km above 0, at most 5,000)");
		q->has_near = 1, q->near_lat = x[0], q->near_lon = x[1], q->near_km = x[2];
		return true;
	}
	if (!strcmp(key, "bbox")) {
		double x[4];
		if (!numbers(v, x, 4) || fabs(x[0]) > 180 || fabs(x[2]) > 180 || fabs(x[1]) > 90 || fabs(x[3]) > 90 ||
		    x[0] > x[2] || x[1] > x[3])
			return refuse(a, key, "WEST,SOUTH,EAST,NORTH in degrees, west <= east, south <= north");
		q->has_bbox = 1;
		memcpy(q->bbox, x, sizeof x);
		return true;
	}
	if (!strcmp(key, "per_cluster") || !strcmp(key, "mentions")) {
		if (strcmp(v, "1") && strcmp(v, "0") && strcmp(v, "true") && strcmp(v, "false"))
			return refuse(a, key, "1, 0, true or false");
		*(key[0] == 'p' ? &q->per_cluster : &q->mentions) = v[0] == '1' || v[0] == 't';
		return true;
	}
	if (!strcmp(key, "limit")) {
		long long l;
		if (!integer(v, 1, SR_API_MAX_LIMIT, &l))
			return refuse(a, key, "a page of 1 to 500 events");
		a->limit = (long)l;
		return true;
	}
	if (!strcmp(key, "cursor")) {
		/* DATE.ID or .ID, as sr_api_cursor makes it */
		const char *dot = strrchr(v, '.');
		long long id;
		if (!dot || !integer(dot + 1, 1, 1LL << 53, &id))
			return refuse(a, key, "a cursor as a page's next gives it");
		const char *date = NULL;
		if (dot != v) {
			char day[11];
			if (dot - v != 10)
				return refuse(a, key, "a cursor as a page's next gives it");
			memcpy(day, v, 10);
			day[10] = '\0';
			if (!is_day(day) || !(date = keep(a, day, 10)))
				return refuse(a, key, "a cursor as a page's next gives it");
		}
		q->has_cursor = 1;
		q->cursor_id = id;
		q->cursor_date = date;
		return true;
	}
	if (!strcmp(key, "unit")) {
		if (strcmp(v, "day") && strcmp(v, "week") && strcmp(v, "month"))
			return refuse(a, key, "day, week or month");
		snprintf(a->unit, sizeof a->unit, "%s", v);
		return true;
	}
	if (!strcmp(key, "cell")) {
		double c;
		if (!numbers(v, &c, 1) || c < 0.001 || c > 90)
			return refuse(a, key, "a cell of 0.001 to 90 degrees");
		a->cell = c;
		return true;
	}
	if (!strcmp(key, "format")) {
		if (!sr_export_format_of(v))
			return refuse(a, key, "jsonl, csv, geojson, gdelt, acled, acled-numeric or plover");
		snprintf(a->format, sizeof a->format, "%s", v);
		return true;
	}
	return refuse(a, key, "no such parameter");
}

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Percent-decode s[0..n) into out (cap bytes, NUL-terminated); '+' is a
 * space.  False when it does not fit or decodes to a NUL byte. */
static bool decode(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '+')
			c = ' ';
		else if (c == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
			c = hex(s[i + 1]) * 16 + hex(s[i + 2]);
			i += 2;
		}
		if (!c || k + 1 >= cap)
			return false;
		out[k++] = (char)c;
	}
	out[k] = '\0';
	return true;
}

bool sr_api_pairs(const char *qs, size_t len, bool (*fn)(void *user, const char *key, const char *value), void *user)
{
	for (size_t i = 0; i < len;) {
		size_t j = i;
		while (j < len && qs[j] != '&')
			j++;
		if (j > i) {
			const char *eq = memchr(qs + i, '=', j - i);
			size_t kn = eq ? (size_t)(eq - (qs + i)) : j - i;
			char key[64], val[1024];
			if (!decode(qs + i, kn, key, sizeof key) ||
			    !decode(eq ? eq + 1 : qs + j, eq ? (size_t)(qs + j - eq - 1) : 0, val, sizeof val) ||
			    !fn(user, key, val))
				return false;
		}
		i = j + 1;
	}
	return true;
}

static bool set_pair(void *user, const char *key, const char *value)
{
	return sr_api_query_set(user, key, value);
}

bool sr_api_query_parse(sr_api_query *a, const char *qs, size_t len)
{
	a->err[0] = '\0';
	if (sr_api_pairs(qs, len, set_pair, a))
		return true;
	if (!a->err[0]) /* a pair the decoding refused */
		refuse(a, "query", "a parameter's name or value is too long or not text");
	return false;
}

void sr_api_cursor(char *out, size_t cap, const char *date, long long id)
{
	snprintf(out, cap, "%.10s.%lld", date && strlen(date) >= 10 ? date : "", id);
}
