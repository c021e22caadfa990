/* acled.c: GET /api/acled/read (and /acled/read), the store's incidents
 * as ACLED's API gives its events, so that scripts written for ACLED's
 * API run against a sitrep server with only the base URL changed.
 *
 * ACLED's parameters: any column as a filter (country=Syria,
 * event_type=Battles), several values joined by '|' (country=Iraq|Syria),
 * an operator in COLUMN_where (=, LIKE with % and _, >, <, >=, <=,
 * BETWEEN with A|B: event_date=2022-01-01|2022-12-31&
 * event_date_where=BETWEEN); fields=a|b|c, limit (5,000 at most, the
 * default), page (from 1), inter_num=1 (the inter codes as numbers),
 * _format=json or csv; "A:OR:country=B" as "A|B".  key, email and terms are ACLED's credentials and
 * are taken and ignored: a sitrep server's reads are open.  The answer:
 * {"status", "success", "last_update", "count", "messages", "data",
 * "filename"}, every value a string as ACLED's are.
 *
 * The country, day, year and type filters are asked of the store (its
 * indexes); every filter is then checked on each row, so the answer is
 * the same either way. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../geo/geo.h"
#include "serve_int.h"

#define ACLED_MAX_LIMIT 5000
#define ACLED_MAX_CONDS 32

typedef enum op { OP_EQ, OP_LIKE, OP_GT, OP_LT, OP_GE, OP_LE, OP_BETWEEN } op;

typedef struct cond {
	int col;
	op o;
	const char *value; /* its '|'-separated values */
} cond;

typedef struct acled_req {
	cond conds[ACLED_MAX_CONDS];
	size_t n_conds;
	const char *where[ACLED_MAX_CONDS][2]; /* COLUMN_where pairs: column name, operator */
	size_t n_where;
	long limit, page;
	bool numeric, csv;
	char alts[ACLED_MAX_CONDS][520]; /* values given with ":OR:", as '|' lists */
	char store[8192];                /* the values' text */
	size_t used;
	bool want[64]; /* fields= */
	bool some_fields;
	char err[200];
} acled_req;

static int column_of(const char *name, size_t len)
{
	size_t n;
	const char *const *cols = sr_acled_columns(&n);
	for (size_t i = 0; i < n; i++)
		if (strlen(cols[i]) == len && !strncmp(cols[i], name, len))
			return (int)i;
	return -1;
}

static bool parse_op(const char *v, op *o)
{
	static const struct {
		const char *s;
		op o;
	} OPS[] = {{"=", OP_EQ},    {"LIKE", OP_LIKE}, {">", OP_GT},       {"<", OP_LT},
	           {">=", OP_GE},   {"<=", OP_LE},     {"BETWEEN", OP_BETWEEN}};
	for (size_t i = 0; i < sizeof OPS / sizeof *OPS; i++)
		if (!strcasecmp(v, OPS[i].s)) {
			*o = OPS[i].o;
			return true;
		}
	return false;
}

/* A copy of v in r->store (NULL when full). */
static const char *keep(acled_req *r, const char *v)
{
	size_t n = strlen(v) + 1;
	if (r->used + n > sizeof r->store)
		return NULL;
	char *c = memcpy(r->store + r->used, v, n);
	r->used += n;
	return c;
}

/* One parameter taken (false: refused, r->err says why). */
static bool take_one(acled_req *r, const char *key, const char *value)
{
	const char *v = value ? value : "";
	if (r->err[0])
		return false;
	if (!strcmp(key, "key") || !strcmp(key, "email") || !strcmp(key, "terms") || !strcmp(key, "access_token") ||
	    !strcmp(key, "population"))
		return true; /* ACLED's credentials (reads here are open); its population estimates (none here) */
	if (!strcmp(key, "export_type")) {
		if (strcmp(v, "dyadic"))
			snprintf(r->err, sizeof r->err, "export_type: dyadic only (a row an event, both actors on it)");
		return !r->err[0];
	}
	if (!strcmp(key, "_format") || !strcmp(key, "format")) {
		if (strcmp(v, "json") && strcmp(v, "csv"))
			snprintf(r->err, sizeof r->err, "%s: json or csv", key);
		r->csv = !strcmp(v, "csv");
		return !r->err[0];
	}
	if (!strcmp(key, "limit") || !strcmp(key, "page")) {
		char *end;
		long n = strtol(v, &end, 10);
		if (!*v || *end || n < 0 || n > 1000000000L || (key[0] == 'p' && n < 1)) {
			snprintf(r->err, sizeof r->err, "%s: a whole number%s", key, key[0] == 'p' ? " from 1" : "");
			return false;
		}
		if (key[0] == 'l')
			r->limit = n == 0 || n > ACLED_MAX_LIMIT ? ACLED_MAX_LIMIT : n;
		else
			r->page = n;
		return true;
	}
	if (!strcmp(key, "inter_num")) {
		r->numeric = !strcmp(v, "1") || !strcasecmp(v, "true");
		return true;
	}
	if (!strcmp(key, "fields")) {
		for (const char *p = v; *p;) {
			size_t k = strcspn(p, "|,");
			int c = column_of(p, k);
			if (c < 0) {
				snprintf(r->err, sizeof r->err, "fields: no column '%.*s'", (int)(k < 40 ? k : 40), p);
				return false;
			}
			r->want[c] = r->some_fields = true;
			p += k + (p[k] ? 1 : 0);
		}
		return true;
	}
	size_t kl = strlen(key);
	if (kl > 6 && !strcmp(key + kl - 6, "_where")) {
		if (column_of(key, kl - 6) < 0) {
			snprintf(r->err, sizeof r->err, "%.60s: no column '%.*s'", key, (int)(kl - 6 < 40 ? kl - 6 : 40), key);
			return false;
		}
		op o;
		if (!parse_op(v, &o)) {
			snprintf(r->err, sizeof r->err, "%.60s: =, LIKE, >, <, >=, <= or BETWEEN", key);
			return false;
		}
		if (r->n_where == ACLED_MAX_CONDS) {
			snprintf(r->err, sizeof r->err, "too many filters");
			return false;
		}
		r->where[r->n_where][0] = keep(r, key);
		r->where[r->n_where][1] = keep(r, v);
		if (!r->where[r->n_where][0] || !r->where[r->n_where][1]) {
			snprintf(r->err, sizeof r->err, "the query is too long");
			return false;
		}
		r->n_where++;
		return true;
	}
	int c = column_of(key, kl);
	if (c < 0) {
		snprintf(r->err, sizeof r->err, "no parameter '%.60s': ACLED's columns, COLUMN_where, fields, limit, page, "
		                                 "inter_num, _format",
		         key);
		return false;
	}
	if (r->n_conds == ACLED_MAX_CONDS || strlen(v) > 512) {
		snprintf(r->err, sizeof r->err, "%s: too many filters or too long a value", key);
		return false;
	}
	/* "Georgia:OR:country=Armenia", ACLED's other way to ask for several:
	 * as "Georgia|Armenia" */
	if (strstr(v, ":OR:")) {
		char *alt = r->alts[r->n_conds];
		size_t k = 0;
		for (const char *p = v; *p && k + 1 < sizeof r->alts[0];) {
			if (!strncmp(p, ":OR:", 4)) {
				p += 4;
				if (!strncmp(p, key, kl) && p[kl] == '=')
					p += kl + 1;
				alt[k++] = '|';
				continue;
			}
			alt[k++] = *p++;
		}
		alt[k] = '\0';
		v = alt;
	}
	if (v != r->alts[r->n_conds] && !(v = keep(r, v))) {
		snprintf(r->err, sizeof r->err, "the query is too long");
		return false;
	}
	r->conds[r->n_conds++] = (cond){c, OP_EQ, v};
	return true;
}

static enum MHD_Result take(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	return take_one(cls, key, value) ? MHD_YES : MHD_NO;
}

static bool take_pair(void *user, const char *key, const char *value)
{
	return take_one(user, key, value);
}

/* ---- matching a row ------------------------------------------------------------------- */

/* SQL's LIKE in any case: % any run, _ one character.  Greedy, going
 * back only to the last % (at most |s| x |p| steps, never exponential). */
static bool like(const char *s, const char *p)
{
	const char *star = NULL, *resume = NULL;
	while (*s) {
		if (*p == '%') {
			star = ++p;
			resume = s;
		} else if (*p && (*p == '_' || tolower((unsigned char)*p) == tolower((unsigned char)*s))) {
			p++;
			s++;
		} else if (star) {
			p = star;
			s = ++resume;
		} else {
			return false;
		}
	}
	while (*p == '%')
		p++;
	return !*p;
}

/* a < b: -1, equal: 0, a > b: 1; numbers as numbers */
static int compare(const char *a, const char *b)
{
	char *ea, *eb;
	double x = strtod(a, &ea), y = strtod(b, &eb);
	if (*a && *b && !*ea && !*eb)
		return x < y ? -1 : x > y;
	int c = strcasecmp(a, b);
	return c < 0 ? -1 : c > 0;
}

/* ACLED's regions by the numbers its API takes (region=11) */
static const char *region_name(const char *v)
{
	static const struct {
		int n;
		const char *name;
	} R[] = {{1, "Western Africa"},  {2, "Middle Africa"},   {3, "Eastern Africa"},
	         {4, "Southern Africa"}, {5, "Northern Africa"}, {7, "South Asia"},
	         {9, "Southeast Asia"},  {11, "Middle East"},    {12, "Europe"},
	         {13, "Caucasus and Central Asia"}, {14, "Central America"}, {15, "South America"},
	         {16, "Caribbean"},      {17, "East Asia"},      {18, "North America"},
	         {19, "Oceania"},        {20, "Antarctica"}};
	int n = atoi(v);
	for (size_t i = 0; i < sizeof R / sizeof *R; i++)
		if (R[i].n == n)
			return R[i].name;
	return v;
}

/* one value of v[0..n) against the cell */
static bool one(const char *cell, op o, const char *v, size_t n, bool region)
{
	char buf[520];
	snprintf(buf, sizeof buf, "%.*s", (int)(n < 512 ? n : 512), v);
	if (region && buf[0] >= '0' && buf[0] <= '9')
		snprintf(buf, sizeof buf, "%s", region_name(buf));
	switch (o) {
	case OP_EQ: return !strcasecmp(cell, buf) || (!compare(cell, buf) && *cell);
	case OP_LIKE: return like(cell, buf);
	case OP_GT: return *cell && compare(cell, buf) > 0;
	case OP_LT: return *cell && compare(cell, buf) < 0;
	case OP_GE: return *cell && compare(cell, buf) >= 0;
	case OP_LE: return *cell && compare(cell, buf) <= 0;
	case OP_BETWEEN: return false;
	}
	return false;
}

/* a country by its name in any of its spellings, or its code */
static bool same_country(const char *cell, const char *v, size_t n)
{
	char name[96], cc[4], why[160];
	snprintf(name, sizeof name, "%.*s", (int)(n < 95 ? n : 95), v);
	const sr_country_info *ci = sr_geo_country_by_name(cell);
	return ci && sr_filter_country(name, cc, why, sizeof why) && !strcmp(ci->cc2, cc);
}

static bool matches(const cond *c, const char *cell)
{
	size_t n;
	if (c->o == OP_EQ && !strcmp(sr_acled_columns(&n)[c->col], "country"))
		for (const char *p = c->value;;) {
			size_t k = strcspn(p, "|");
			if (same_country(cell, p, k))
				return true;
			if (!p[k])
				return false;
			p += k + 1;
		}
	if (c->o == OP_BETWEEN) {
		const char *bar = strchr(c->value, '|');
		if (!bar)
			return false;
		return one(cell, OP_GE, c->value, (size_t)(bar - c->value), false) &&
		       one(cell, OP_LE, bar + 1, strlen(bar + 1), false);
	}
	bool region = !strcmp(sr_acled_columns(&n)[c->col], "region");
	for (const char *p = c->value;;) {
		size_t k = strcspn(p, "|");
		if (one(cell, c->o, p, k, region))
			return true;
		if (!p[k])
			return false;
		p += k + 1;
	}
}

/* ---- the answer ----------------------------------------------------------------------- */

typedef struct out {
	const acled_req *r;
	sr_buf *b;
	sr_jw *w;
	size_t n_cols;
	const char *const *cols;
	long skip, count;
} out;

static void csv_cell(sr_buf *b, const char *v)
{
	bool quote = strpbrk(v, ",\"\r\n") != NULL || v[0] == '=' || v[0] == '+' || v[0] == '@';
	if (!quote) {
		sr_buf_puts(b, v);
		return;
	}
	sr_buf_putc(b, '"');
	if (v[0] == '=' || v[0] == '+' || v[0] == '@')
		sr_buf_putc(b, '\'');
	for (const char *p = v; *p; p++) {
		if (*p == '"')
			sr_buf_putc(b, '"');
		sr_buf_putc(b, *p);
	}
	sr_buf_putc(b, '"');
}

static int row(void *user, const char *const *f)
{
	out *o = user;
	for (size_t i = 0; i < o->r->n_conds; i++)
		if (!matches(&o->r->conds[i], f[o->r->conds[i].col] ? f[o->r->conds[i].col] : ""))
			return 0;
	if (o->skip > 0) {
		o->skip--;
		return 0;
	}
	bool first = true;
	if (o->r->csv) {
		for (size_t c = 0; c < o->n_cols; c++)
			if (!o->r->some_fields || o->r->want[c]) {
				if (!first)
					sr_buf_putc(o->b, ',');
				csv_cell(o->b, f[c] ? f[c] : "");
				first = false;
			}
		sr_buf_puts(o->b, "\r\n");
	} else {
		sr_jw_obj_begin(o->w);
		for (size_t c = 0; c < o->n_cols; c++)
			if (!o->r->some_fields || o->r->want[c]) {
				sr_jw_key(o->w, o->cols[c]);
				sr_jw_str(o->w, f[c] ? f[c] : "");
			}
		sr_jw_obj_end(o->w);
	}
	o->count++;
	return o->count >= o->r->limit;
}

/* The filters the store can ask itself: one country, one type, days and
 * years.  (Each is checked on the rows as well.) */
static bool push_down(acled_req *r, sr_query *q, char *cc, char *type, char *from, char *to, char *why, size_t cap)
{
	size_t n;
	const char *const *cols = sr_acled_columns(&n);
	for (size_t i = 0; i < r->n_conds; i++) {
		cond *c = &r->conds[i];
		const char *name = cols[c->col];
		bool single = !strchr(c->value, '|');
		if (!strcmp(name, "country") && c->o == OP_EQ && single) {
			if (!sr_filter_country(c->value, cc, why, cap) || strlen(cc) != 2)
				return false;
			q->country = cc;
		} else if (!strcmp(name, "iso") && c->o == OP_EQ && single) {
			const sr_country_info *ci = sr_geo_country_by_numeric(atoi(c->value));
			if (ci) {
				memcpy(cc, ci->cc2, 3);
				q->country = cc;
			}
		} else if ((!strcmp(name, "event_type") || !strcmp(name, "sub_event_type")) && c->o == OP_EQ && single) {
			if (!sr_filter_type(c->value, type, 80, why, cap))
				return false;
			q->type = type;
		} else if (!strcmp(name, "event_date") || !strcmp(name, "year")) {
			bool year = name[0] == 'y';
			const char *a = c->value, *bar = strchr(a, '|');
			char lo[16] = "", hi[16] = "";
			if (c->o == OP_BETWEEN && bar) {
				snprintf(lo, sizeof lo, "%.*s", (int)(bar - a < 15 ? bar - a : 15), a);
				snprintf(hi, sizeof hi, "%.15s", bar + 1);
			} else if (single && (c->o == OP_EQ || c->o == OP_GE || c->o == OP_GT))
				snprintf(lo, sizeof lo, "%.15s", a);
			if (single && (c->o == OP_EQ || c->o == OP_LE || c->o == OP_LT))
				snprintf(hi, sizeof hi, "%.15s", a);
			if (year && ((lo[0] && strlen(lo) != 4) || (hi[0] && strlen(hi) != 4))) {
				snprintf(why, cap, "year: YYYY");
				return false;
			}
			if (lo[0] && !sr_filter_day(lo, 0, from, why, cap))
				return false;
			if (hi[0] && !sr_filter_day(hi, 1, to, why, cap))
				return false;
			if (lo[0] && (!q->from || strcmp(from, q->from) > 0))
				q->from = from;
			if (hi[0] && (!q->to || strcmp(to, q->to) < 0))
				q->to = to;
		}
	}
	return true;
}

static enum MHD_Result refused(struct MHD_Connection *c, conn *k, const char *why)
{
	sr_buf b;
	sr_jw w;
	sr_http_json_open(&b, &w);
	sr_jw_key(&w, "status");
	sr_jw_int(&w, 400);
	sr_jw_key(&w, "success");
	sr_jw_bool(&w, false);
	sr_jw_key(&w, "messages");
	sr_jw_arr_begin(&w);
	sr_jw_str(&w, why);
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "error");
	sr_jw_str(&w, why);
	sr_jw_obj_end(&w);
	return sr_http_answer_json(c, k, MHD_HTTP_BAD_REQUEST, &b);
}

/* The COLUMN_where operators given to their columns' filters. */
static void apply_where(acled_req *r)
{
	for (size_t i = 0; !r->err[0] && i < r->n_where; i++) {
		const char *key = r->where[i][0];
		int col = column_of(key, strlen(key) - 6);
		op o = OP_EQ;
		parse_op(r->where[i][1], &o);
		bool found = false;
		for (size_t j = 0; j < r->n_conds; j++)
			if (r->conds[j].col == col) {
				r->conds[j].o = o;
				found = true;
			}
		if (!found)
			snprintf(r->err, sizeof r->err, "%.60s without its column's value", key);
		for (size_t j = 0; !r->err[0] && found && o == OP_BETWEEN && j < r->n_conds; j++)
			if (r->conds[j].col == col && !strchr(r->conds[j].value, '|'))
				snprintf(r->err, sizeof r->err, "%.60s: BETWEEN wants two values, A|B", key);
	}
}

bool sr_api_acled_check(const char *qs, size_t len, char *err, size_t cap)
{
	acled_req *r = calloc(1, sizeof *r);
	if (!r)
		return false;
	r->limit = ACLED_MAX_LIMIT;
	r->page = 1;
	bool ok = sr_api_pairs(qs, len, take_pair, r) && !r->err[0];
	if (ok)
		apply_where(r);
	sr_query q;
	memset(&q, 0, sizeof q);
	char cc[4] = "", type[80] = "", from[11] = "", to[11] = "";
	if (ok && !r->err[0])
		push_down(r, &q, cc, type, from, to, r->err, sizeof r->err);
	ok = ok && !r->err[0];
	if (ok) {
		/* a row of sample values through every filter */
		size_t n;
		sr_acled_columns(&n);
		const char *row[64];
		for (size_t i = 0; i < n && i < 64; i++)
			row[i] = i % 3 ? "Syria" : i % 2 ? "2016-02-03" : "14";
		for (size_t i = 0; i < r->n_conds; i++)
			(void)matches(&r->conds[i], row[r->conds[i].col]);
	}
	snprintf(err, cap, "%s", r->err[0] ? r->err : ok ? "" : "refused");
	free(r);
	return ok;
}

enum MHD_Result sr_api_acled_read(sr_server *s, struct MHD_Connection *c, conn *k)
{
	acled_req *r = calloc(1, sizeof *r);
	if (!r)
		return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	r->limit = ACLED_MAX_LIMIT;
	r->page = 1;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, take, r);
	apply_where(r);
	sr_query q;
	memset(&q, 0, sizeof q);
	char cc[4] = "", type[80] = "", from[11] = "", to[11] = "";
	if (!r->err[0])
		push_down(r, &q, cc, type, from, to, r->err, sizeof r->err);
	if (r->err[0]) {
		enum MHD_Result res = refused(c, k, r->err);
		free(r);
		return res;
	}
	sr_buf b;
	sr_jw w;
	size_t n_cols;
	const char *const *cols = sr_acled_columns(&n_cols);
	if (r->csv) {
		sr_buf_init(&b, 0);
		bool first = true;
		for (size_t i = 0; i < n_cols; i++)
			if (!r->some_fields || r->want[i]) {
				sr_buf_puts(&b, first ? "" : ",");
				sr_buf_puts(&b, cols[i]);
				first = false;
			}
		sr_buf_puts(&b, "\r\n");
	} else {
		sr_http_json_open(&b, &w);
		sr_jw_key(&w, "data");
		sr_jw_arr_begin(&w);
	}
	out o = {r, &b, &w, n_cols, cols, (r->page - 1) * r->limit, 0};
	sr_store *st = sr_http_take_store(s, k);
	long left_out = 0;
	sr_status rc = sr_store_acled_rows(st, &q, r->numeric, row, &o, &left_out);
	enum MHD_Result res;
	if (sr_http_read_failed(s, c, k, st, rc, &b, &res)) {
		free(r);
		return res;
	}
	if (r->csv) {
		free(r);
		if (b.failed) {
			sr_buf_clear(&b);
			return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
		}
		size_t len = 0;
		char *data = sr_buf_steal(&b, &len);
		return sr_http_answer(c, k, MHD_HTTP_OK, "text/csv; charset=utf-8", data, len, true);
	}
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "status");
	sr_jw_int(&w, 200);
	sr_jw_key(&w, "success");
	sr_jw_bool(&w, true);
	sr_jw_key(&w, "last_update");
	sr_jw_int(&w, 0);
	sr_jw_key(&w, "count");
	sr_jw_int(&w, o.count);
	sr_jw_key(&w, "messages");
	sr_jw_arr_begin(&w);
	if (left_out) {
		char m[96];
		snprintf(m, sizeof m, "%ld incidents placed in no country are left out: an ACLED row needs one", left_out);
		sr_jw_str(&w, m);
	}
	sr_jw_arr_end(&w);
	char fname[64];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(fname, sizeof fname, "sitrep-acled-%Y-%m-%d", &tm);
	sr_jw_key(&w, "filename");
	sr_jw_str(&w, fname);
	sr_jw_obj_end(&w);
	free(r);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &b);
}
