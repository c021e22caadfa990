/* timex.c: temporal expressions, found in the tokens and resolved against
 * a reference day (the article's publication date), with TimeML values:
 *   dates    "Friday", "last week", "Sept. 30", "11/02/89", "spring 2011",
 *            "the third quarter", "two years ago", "1998", "the 1990s",
 *            "yesterday", "now" (PRESENT_REF), "recently" (PAST_REF);
 *   times    "this morning" (2014-04-15TMO), "tonight", "5 p.m.";
 *   spans    "three years", "five-year", "the past two weeks" (P3Y, P5Y, P2W);
 *   sets     "every week", "daily" (P1W, P1D).
 * A weekday or month alone is the nearest one on or before the reference
 * day (news reports what happened), or after it when "next" or a future
 * verb ("will") says so.  Each date also has the days it covers and a
 * precision; one that falls after the reference day is flagged. */
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"
#include "../util/vec.h"
#include "nlp.h"

/* ---- days ---- */

/* days since 1970-01-01 (Howard Hinnant's algorithm) */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long sr_ymd_days(int32_t ymd)
{
	return days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static int weekday(long z) /* 0 Monday .. 6 Sunday */
{
	return (int)(((z % 7) + 7 + 3) % 7);
}

static int days_in_month(int y, int m)
{
	static const int D[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : D[m - 1];
}

static int32_t ymd(long z)
{
	int y, m, d;
	civil_from_days(z, &y, &m, &d);
	return y * 10000 + m * 100 + d;
}

/* ---- the words ---- */

typedef struct scan {
	const sr_doc *d;
	size_t from, to; /* the sentence's tokens */
	long ref;        /* the reference day, days since 1970 */
	int ry, rm, rd;
	bool future;     /* the sentence speaks of the future ("will") */
	long anchor;     /* the day the text last named, -1 when none: "the
	                    following day" and "two days later" count from it */
} scan;

static bool is(const scan *s, size_t i, const char *w)
{
	if (i >= s->to)
		return false;
	const sr_token *t = &s->d->tokens[i];
	/* the first letter first: most words differ there */
	if (t->end == t->start || (s->d->text[t->start] | 0x20) != (w[0] | 0x20))
		return false;
	size_t n = strlen(w);
	return t->end - t->start == n && sr_ascii_ncaseeq(s->d->text + t->start, w, n);
}

static bool is_any(const scan *s, size_t i, const char *const *ws)
{
	for (; *ws; ws++)
		if (is(s, i, *ws))
			return true;
	return false;
}

/* the integer of a digits-only number token, or -1 */
static long num(const scan *s, size_t i)
{
	if (i >= s->to || s->d->tokens[i].kind != SR_TOK_NUMBER)
		return -1;
	const sr_token *t = &s->d->tokens[i];
	long v = 0;
	for (size_t k = t->start; k < t->end; k++) {
		char c = s->d->text[k];
		if (c < '0' || c > '9' || v > 100000000)
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

static size_t len_of(const scan *s, size_t i)
{
	return s->d->tokens[i].end - s->d->tokens[i].start;
}

/* a count: digits, or a number word ("two", "a", "a dozen" is not one) */
static long count(const scan *s, size_t i)
{
	long v = num(s, i);
	if (v >= 0)
		return v;
	if (i >= s->to)
		return -1;
	const sr_token *t = &s->d->tokens[i];
	double w = sr_nlp_number_word(s->d->text + t->start, t->end - t->start);
	return w >= 1 && w < 1000 && w == (long)w ? (long)w : -1;
}

/* a count over one or two tokens ("twenty four"); *used its tokens */
static long count2(const scan *s, size_t i, size_t *used)
{
	long a = count(s, i);
	*used = a >= 0;
	if (a >= 20 && a <= 90 && a % 10 == 0 && num(s, i) < 0) {
		long b = count(s, i + 1);
		if (b >= 1 && b <= 9 && num(s, i + 1) < 0) {
			*used = 2;
			return a + b;
		}
	}
	return a;
}

static int month_at(const scan *s, size_t i)
{
	static const char *const M[][3] = {{"january", "jan", "jan."},   {"february", "feb", "feb."},
	                                   {"march", "mar", "mar."},     {"april", "apr", "apr."},
	                                   {"may", NULL, NULL},          {"june", "jun", "jun."},
	                                   {"july", "jul", "jul."},      {"august", "aug", "aug."},
	                                   {"september", "sept.", "sep."}, {"october", "oct", "oct."},
	                                   {"november", "nov", "nov."},  {"december", "dec", "dec."}};
	if (i >= s->to || !(s->d->tokens[i].flags & SR_TF_CAP))
		return 0;
	for (int m = 0; m < 12; m++)
		for (int k = 0; k < 3; k++)
			if (M[m][k] && is(s, i, M[m][k]))
				return m + 1;
	if (is(s, i, "sept") || is(s, i, "sep"))
		return 9;
	return 0;
}

static int weekday_at(const scan *s, size_t i)
{
	static const char *const W[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
	static const char *const A[] = {"mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."};
	for (int k = 0; k < 7; k++)
		if (is(s, i, W[k]) || is(s, i, A[k]))
			return k + 1;
	return 0;
}

typedef enum unit { U_NONE, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY, U_HOUR, U_MINUTE, U_QUARTER, U_WEEKEND } unit;

static unit unit_at(const scan *s, size_t i, bool *plural)
{
	static const struct {
		const char *w;
		unit u;
		bool pl;
	} U[] = {{"day", U_DAY, 0},       {"days", U_DAY, 1},         {"week", U_WEEK, 0},      {"weeks", U_WEEK, 1},
	         {"month", U_MONTH, 0},   {"months", U_MONTH, 1},     {"year", U_YEAR, 0},      {"years", U_YEAR, 1},
	         {"decade", U_DECADE, 0}, {"decades", U_DECADE, 1},   {"century", U_CENTURY, 0}, {"centuries", U_CENTURY, 1},
	         {"hour", U_HOUR, 0},     {"hours", U_HOUR, 1},       {"minute", U_MINUTE, 0},  {"minutes", U_MINUTE, 1},
	         {"quarter", U_QUARTER, 0}, {"quarters", U_QUARTER, 1}, {"weekend", U_WEEKEND, 0}};
	for (size_t k = 0; k < sizeof U / sizeof *U; k++)
		if (is(s, i, U[k].w)) {
			if (plural)
				*plural = U[k].pl;
			return U[k].u;
		}
	return U_NONE;
}

/* ---- results ---- */

typedef struct found {
	size_t first, last; /* tokens */
	uint8_t type, prec;
	char value[24];
	long d0, d1; /* days covered; d0 > d1 when none */
} found;

static void set_day(found *f, long z)
{
	int y, m, d;
	civil_from_days(z, &y, &m, &d);
	snprintf(f->value, sizeof f->value, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	f->d0 = f->d1 = z;
	f->prec = SR_TP_DAY;
	f->type = SR_TIMEX_DATE;
}

static void set_month(found *f, int y, int m)
{
	snprintf(f->value, sizeof f->value, "%04d-%02d", y % 10000, m % 100);
	f->d0 = days_from_civil(y, m, 1);
	f->d1 = days_from_civil(y, m, days_in_month(y, m));
	f->prec = SR_TP_MONTH;
	f->type = SR_TIMEX_DATE;
}

static void set_year(found *f, int y)
{
	snprintf(f->value, sizeof f->value, "%04d", y % 10000);
	f->d0 = days_from_civil(y, 1, 1);
	f->d1 = days_from_civil(y, 12, 31);
	f->prec = SR_TP_YEAR;
	f->type = SR_TIMEX_DATE;
}

static void set_week(found *f, long z)
{
	long mon = z - weekday(z);
	long thu = mon + 3;
	int ty, tm, td;
	civil_from_days(thu, &ty, &tm, &td);
	long w = (thu - days_from_civil(ty, 1, 1)) / 7 + 1;
	snprintf(f->value, sizeof f->value, "%04d-W%02d", ty % 10000, (int)(w % 100));
	f->d0 = mon;
	f->d1 = mon + 6;
	f->prec = SR_TP_WEEK;
	f->type = SR_TIMEX_DATE;
}

static void set_quarter(found *f, int y, int q)
{
	snprintf(f->value, sizeof f->value, "%04d-Q%d", y % 10000, q % 10);
	f->d0 = days_from_civil(y, (q - 1) * 3 + 1, 1);
	f->d1 = days_from_civil(y, q * 3, days_in_month(y, q * 3));
	f->prec = SR_TP_QUARTER;
	f->type = SR_TIMEX_DATE;
}

static void set_ref(found *f, const char *v)
{
	snprintf(f->value, sizeof f->value, "%s", v);
	f->d0 = 1;
	f->d1 = 0;
	f->prec = SR_TP_NONE;
	f->type = SR_TIMEX_DATE;
}

static void set_duration(found *f, long n, unit u)
{
	static const char *const L[] = {"", "D", "W", "M", "Y", "DE", "CE", "H", "M", "Q", "WE"};
	bool time = u == U_HOUR || u == U_MINUTE;
	if (n < 0)
		snprintf(f->value, sizeof f->value, "P%sX%s", time ? "T" : "", L[u]);
	else
		snprintf(f->value, sizeof f->value, "P%s%d%s", time ? "T" : "", (int)(n % 100000), L[u]);
	f->d0 = 1;
	f->d1 = 0;
	f->prec = SR_TP_NONE;
	f->type = SR_TIMEX_DURATION;
}

/* A span that ends on the reference day: "the last two years", "three
 * years of unrest" (its days; the value stays the duration's). */
static void span_to_ref(const scan *s, found *f, long n, unit u)
{
	long days = u == U_DAY ? n : u == U_WEEK ? 7 * n : u == U_MONTH ? 30 * n : u == U_QUARTER ? 91 * n
	            : u == U_YEAR ? 365 * n : u == U_DECADE ? 3652 * n : 0;
	if (n < 1 || days <= 0 || days > 400000)
		return;
	f->d0 = s->ref - days;
	f->d1 = s->ref;
	f->prec = u == U_DAY ? SR_TP_DAY : u == U_WEEK ? SR_TP_WEEK : u == U_MONTH ? SR_TP_MONTH
	          : u == U_QUARTER ? SR_TP_QUARTER : SR_TP_YEAR;
}

/* the weekday wd (1 Monday) nearest the reference: on or before it, or
 * after it for the future */
static long nearest_weekday(const scan *s, int wd, int dir)
{
	long z = s->ref;
	int cur = weekday(z) + 1;
	if (dir == 2)
		return z + (wd - cur + 7) % 7; /* on or after: "will meet on Friday" */
	if (dir > 0) {
		int k = (wd - cur + 7) % 7;
		return z + (k ? k : 7);
	}
	if (dir < 0) {
		int k = (cur - wd + 7) % 7;
		return z - (k ? k : 7);
	}
	int back = (cur - wd + 7) % 7;
	return z - back;
}

/* A future verb ("will", "'ll", "is going to") shortly before token i. */
static bool future_near(const scan *s, size_t i)
{
	for (size_t k = i, steps = 0; k-- > s->from && steps < 8; steps++)
		if (is(s, k, "will") || is(s, k, "'ll") || is(s, k, "shall") || is(s, k, "going"))
			return true;
	return false;
}

/* ---- the matchers: each returns the tokens it used (0: none) ---- */

static const char *const THIS[] = {"this", "current", NULL};
static const char *const LAST[] = {"last", "past", "previous", "preceding", NULL};
static const char *const NEXT[] = {"next", "coming", "following", NULL};

/* "last week", "this year", "next Friday", "the past month" */
static size_t rel_unit(const scan *s, size_t i, found *f)
{
	size_t k = i;
	if (is(s, k, "the") && (is_any(s, k + 1, LAST) || is_any(s, k + 1, NEXT) || is_any(s, k + 1, THIS)))
		k++;
	int dir = is_any(s, k, THIS) ? 0 : is_any(s, k, LAST) ? -1 : is_any(s, k, NEXT) ? 1 : 2;
	if (dir == 2)
		return 0;
	bool pl = false;
	size_t u_at = k + 1;
	/* "the past two weeks": a span */
	size_t nu = 0;
	long n = count2(s, u_at, &nu);
	if (n > 0 && dir != 0 && unit_at(s, u_at + nu, &pl) != U_NONE) {
		unit du = unit_at(s, u_at + nu, &pl);
		set_duration(f, n, du);
		if (dir < 0)
			span_to_ref(s, f, n, du); /* "the last two years": up to now */
		return u_at + nu + 1 - i;
	}
	unit u = unit_at(s, u_at, &pl);
	int wd = weekday_at(s, u_at);
	if (wd) {
		set_day(f, nearest_weekday(s, wd, dir == 0 ? 0 : dir));
		return u_at + 1 - i;
	}
	if (pl || u == U_NONE)
		return 0;
	/* "the past week" said of a span is still the week */
	/* "the following day", "the previous day": the day after or before
	 * the one just told, where one was told */
	bool told = s->anchor >= 0 && (is_any(s, k, NEXT) || is(s, k, "previous") || is(s, k, "preceding"));
	switch (u) {
	case U_DAY: set_day(f, (told ? s->anchor : s->ref) + dir); break;
	case U_WEEK: set_week(f, s->ref + 7 * dir); break;
	case U_WEEKEND: set_week(f, s->ref + 7 * dir), strcat(f->value, "-WE"); break;
	case U_MONTH: {
		int m = s->rm + dir, y = s->ry;
		if (m < 1)
			m += 12, y--;
		if (m > 12)
			m -= 12, y++;
		set_month(f, y, m);
		break;
	}
	case U_QUARTER: {
		int q = (s->rm - 1) / 3 + 1 + dir, y = s->ry;
		if (q < 1)
			q += 4, y--;
		if (q > 4)
			q -= 4, y++;
		set_quarter(f, y, q);
		break;
	}
	case U_YEAR: set_year(f, s->ry + dir); break;
	case U_DECADE:
		snprintf(f->value, sizeof f->value, "%03d", ((s->ry + 10 * dir) / 10) % 1000);
		f->d0 = days_from_civil((s->ry + 10 * dir) / 10 * 10, 1, 1);
		f->d1 = days_from_civil((s->ry + 10 * dir) / 10 * 10 + 9, 12, 31);
		f->prec = SR_TP_DECADE;
		f->type = SR_TIMEX_DATE;
		break;
	default: return 0;
	}
	return u_at + 1 - i;
}

/* "two years ago", "a week earlier", "three days later" */
static size_t ago(const scan *s, size_t i, found *f)
{
	/* "several years ago", "many months ago": the past, no more */
	if ((is(s, i, "several") || is(s, i, "many") || is(s, i, "few") || is(s, i, "some")) &&
	    unit_at(s, i + 1, NULL) != U_NONE && is(s, i + 2, "ago")) {
		set_ref(f, "PAST_REF");
		return 3;
	}
	long n = is(s, i, "a") || is(s, i, "an") ? 1 : count(s, i);
	bool pl;
	unit u = unit_at(s, i + 1, &pl);
	/* "two days later": after the day just told */
	if (n >= 1 && n < 60 && u == U_DAY && is(s, i + 2, "later") && s->anchor >= 0) {
		set_day(f, s->anchor + n);
		return 3;
	}
	if (n < 1 || u == U_NONE || !(is(s, i + 2, "ago") || is(s, i + 2, "earlier") || is(s, i + 2, "before")))
		return 0;
	switch (u) {
	case U_DAY: set_day(f, s->ref - n); break;
	case U_WEEK: set_week(f, s->ref - 7 * n); break;
	case U_MONTH: {
		int m = s->rm - (int)(n % 12), y = s->ry - (int)(n / 12);
		if (m < 1)
			m += 12, y--;
		set_month(f, y, m);
		break;
	}
	case U_YEAR: set_year(f, s->ry - (int)n); break;
	case U_DECADE: set_year(f, s->ry - 10 * (int)n); f->prec = SR_TP_DECADE; break;
	default: return 0;
	}
	return 3;
}

/* "Sept. 30", "30 September 2014", "January 8, 1998", "January 1998",
 * "in February" (the nearest February) */
static size_t month_date(const scan *s, size_t i, found *f)
{
	int m = month_at(s, i);
	long day = -1, year = -1;
	size_t used = 0;
	/* "last May", "this September", "next March" */
	int rel = 2;
	if (!m && (is_any(s, i, THIS) || is_any(s, i, LAST) || is_any(s, i, NEXT)) && month_at(s, i + 1)) {
		rel = is_any(s, i, THIS) ? 0 : is_any(s, i, LAST) ? -1 : 1;
		int mm = month_at(s, i + 1);
		int y = s->ry;
		if (rel < 0 && mm >= s->rm)
			y--;
		if (rel > 0 && mm <= s->rm)
			y++;
		set_month(f, y, mm);
		return 2;
	}
	if (m) {
		used = 1;
		long dd = num(s, i + 1);
		if (dd >= 1 && dd <= 31 && len_of(s, i + 1) <= 2) {
			/* "the March 23 Movement", "April 6 Youth": a name */
			if (i + 2 < s->to && s->d->tokens[i + 2].kind == SR_TOK_WORD && (s->d->tokens[i + 2].flags & SR_TF_CAP) &&
			    !(s->d->tokens[i + 2].flags & SR_TF_UPPER) && !weekday_at(s, i + 2) && !month_at(s, i + 2) &&
			    num(s, i + 2) < 0)
				return 0;
			day = dd;
			used = 2;
			size_t y_at = i + 2 + (is(s, i + 2, ",") ? 1 : 0);
			long yy = num(s, y_at);
			if (yy >= 1000 && yy <= 2100 && len_of(s, y_at) == 4)
				year = yy, used = y_at + 1 - i;
		} else {
			long yy = num(s, i + 1);
			if (yy >= 1000 && yy <= 2100 && len_of(s, i + 1) == 4)
				year = yy, used = 2;
			else if (is(s, i + 1, "of") && num(s, i + 2) >= 1000 && len_of(s, i + 2) == 4)
				year = num(s, i + 2), used = 3;
		}
		/* a month alone as an abbreviation ("Jan", "Mar") is a word or a
		 * name's part ("Bait Jan"): a date writes it with its day; and a
		 * month alone right after a capitalised word that does not open
		 * the sentence is the end of a name */
		if (used == 1 && (len_of(s, i) <= 4 && !is(s, i, "june") && !is(s, i, "july") && !is(s, i, "may")))
			return 0;
		if (used == 1 && i > s->from + 1 && (s->d->tokens[i - 1].flags & SR_TF_CAP) &&
		    s->d->tokens[i - 1].kind == SR_TOK_WORD && !weekday_at(s, i - 1) && !is(s, i - 1, "in") &&
		    !is(s, i - 1, "since") && !is(s, i - 1, "until") && !is(s, i - 1, "last") && !is(s, i - 1, "next") &&
		    !is(s, i - 1, "this") && !is(s, i - 1, "early") && !is(s, i - 1, "late") && !is(s, i - 1, "mid") &&
		    !is(s, i - 1, "on") && !is(s, i - 1, "of") && !is(s, i - 1, "by") && !is(s, i - 1, "from") &&
		    !(s->d->tokens[i - 1].flags & SR_TF_UPPER))
			return 0;
		/* (or after a possessive: "the Women's March") */
		if (used == 1 && i > s->from + 1 &&
		    (is(s, i - 1, "'s") || is(s, i - 1, "\xe2\x80\x99s") ||
		     (len_of(s, i - 1) > 2 && (s->d->tokens[i - 1].flags & SR_TF_CAP) &&
		      (!memcmp(s->d->text + s->d->tokens[i - 1].end - 2, "'s", 2) ||
		       (len_of(s, i - 1) > 4 && !memcmp(s->d->text + s->d->tokens[i - 1].end - 4, "\xe2\x80\x99s", 4))))))
			return 0;
		/* "May" alone is a modal more often than a month */
		if (m == 5 && used == 1 && !(i > s->from && (is(s, i - 1, "in") || is(s, i - 1, "since") || is(s, i - 1, "early") ||
		                                            is(s, i - 1, "late") || is(s, i - 1, "mid") || is(s, i - 1, "until"))))
			return 0;
	} else {
		/* "15 April 2014", "15 Apr 14" */
		long dd = num(s, i);
		int m2 = dd >= 1 && dd <= 31 && len_of(s, i) <= 2 ? month_at(s, i + 1) : 0;
		if (!m2)
			return 0;
		m = m2;
		day = dd;
		used = 2;
		long yy = num(s, i + 2);
		if (yy >= 1000 && yy <= 2100 && len_of(s, i + 2) == 4)
			year = yy, used = 3;
		else if (yy >= 0 && yy <= 99 && len_of(s, i + 2) == 2)
			year = yy + (yy < 50 ? 2000 : 1900), used = 3;
	}
	if (year < 0) {
		/* the reference's year, unless that is well after it (more than
		 * two months) in a sentence about the past: then last year's;
		 * or well before it in one about the future: next year's */
		year = s->ry;
		long cand = days_from_civil((int)year, m, day > 0 ? (int)day : 1);
		bool fut = future_near(s, i) || s->future;
		if (!fut && cand > s->ref + 61)
			year--;
		else if (fut && cand < s->ref - 61)
			year++;
	}
	if (day > days_in_month((int)year, m))
		return 0;
	if (day > 0)
		set_day(f, days_from_civil((int)year, m, (int)day));
	else if (i > s->from && (is(s, i - 1, "mid") || (is(s, i - 1, "-") && i > s->from + 1 && is(s, i - 2, "mid")))) {
		/* "mid-May 2022": its middle day, known to the week */
		set_day(f, days_from_civil((int)year, m, 15));
		f->prec = SR_TP_WEEK;
	} else
		set_month(f, (int)year, m);
	return used;
}

/* "mid-May 2022" written as one word: its middle day, known to the week */
static size_t mid_month(const scan *s, size_t i, found *f)
{
	static const char *const M[] = {"january", "february", "march",     "april",   "may",      "june",
	                                "july",    "august",   "september", "october", "november", "december"};
	const sr_token *t = &s->d->tokens[i];
	size_t n = t->end - t->start;
	const char *w = s->d->text + t->start;
	if (t->kind != SR_TOK_WORD || n < 7 || !sr_ascii_ncaseeq(w, "mid-", 4))
		return 0;
	int m = 0;
	for (int k = 0; k < 12 && !m; k++)
		if (strlen(M[k]) == n - 4 && sr_ascii_ncaseeq(w + 4, M[k], n - 4))
			m = k + 1;
	if (!m)
		return 0;
	long yy = num(s, i + 1);
	int year = yy >= 1000 && yy <= 2100 && len_of(s, i + 1) == 4 ? (int)yy : s->ry;
	if (yy < 1000 && days_from_civil(year, m, 15) > s->ref + 61 && !s->future)
		year--;
	set_day(f, days_from_civil(year, m, 15));
	f->prec = SR_TP_WEEK;
	return yy >= 1000 && yy <= 2100 ? 2 : 1;
}

/* A span of days: "16 to 20 April 2022", "16-20 April", "between 16 and
 * 20 April", "30 March to 2 April 2022": its first day to its last,
 * valued at its first (as event data dates a span by its start) */
static size_t day_range(const scan *s, size_t i, found *f)
{
	long d1 = num(s, i);
	if (d1 < 1 || d1 > 31 || len_of(s, i) > 2)
		return 0;
	int m1 = month_at(s, i + 1);
	size_t j = i + 1 + (m1 ? 1 : 0); /* the joining word */
	bool joined = is(s, j, "to") || is(s, j, "-") || is(s, j, "\xe2\x80\x93") || is(s, j, "until") || is(s, j, "till") ||
	              (is(s, j, "and") && i > s->from && is(s, i - 1, "between"));
	if (!joined)
		return 0;
	found end;
	memset(&end, 0, sizeof end);
	size_t used = month_date(s, j + 1, &end);
	if (!used || end.prec != SR_TP_DAY)
		return 0;
	int y2, m2, dd2;
	civil_from_days(end.d0, &y2, &m2, &dd2);
	int y1 = y2, mm1 = m1 ? m1 : m2;
	if (mm1 > m2)
		y1--; /* "30 December to 2 January 2021" */
	if (d1 > days_in_month(y1, mm1))
		return 0;
	long z = days_from_civil(y1, mm1, (int)d1);
	if (z > end.d0 || end.d0 - z > 62)
		return 0;
	set_day(f, z);
	f->d1 = end.d1;
	if (f->d1 > f->d0)
		f->prec = f->d1 - f->d0 <= 7 ? SR_TP_WEEK : SR_TP_MONTH;
	return j + 1 + used - i;
}

/* "11/02/89", "2014-04-15", "04/15/2014" */
static size_t numeric_date(const scan *s, size_t i, found *f)
{
	long a = num(s, i), b, c;
	if (a < 0)
		return 0;
	if ((is(s, i + 1, "/") && (b = num(s, i + 2)) >= 0 && is(s, i + 3, "/") && (c = num(s, i + 4)) >= 0)) {
		long mm = a, dd = b, yy = c;
		if (mm > 12 && dd <= 12)
			mm = b, dd = a; /* day first */
		if (len_of(s, i + 4) == 2)
			yy += yy < 50 ? 2000 : 1900;
		if (mm < 1 || mm > 12 || dd < 1 || yy < 1000 || yy > 2100 || dd > days_in_month((int)yy, (int)mm))
			return 0;
		set_day(f, days_from_civil((int)yy, (int)mm, (int)dd));
		return 5;
	}
	if (len_of(s, i) == 4 && is(s, i + 1, "-") && (b = num(s, i + 2)) >= 1 && b <= 12 && is(s, i + 3, "-") &&
	    (c = num(s, i + 4)) >= 1 && a >= 1000 && a <= 2100 && c <= days_in_month((int)a, (int)b)) {
		set_day(f, days_from_civil((int)a, (int)b, (int)c));
		return 5;
	}
	return 0;
}

/* "the third quarter", "third-quarter", "the fourth quarter of 1989" */
static size_t quarter(const scan *s, size_t i, found *f)
{
	static const char *const ORD[] = {"first", "second", "third", "fourth"};
	static const char *const HY[] = {"first-quarter", "second-quarter", "third-quarter", "fourth-quarter"};
	size_t k = is(s, i, "the") ? i + 1 : i;
	int q = 0;
	size_t end = 0;
	for (int o = 0; o < 4; o++) {
		if (is(s, k, ORD[o]) && is(s, k + 1, "quarter"))
			q = o + 1, end = k + 2;
		else if (is(s, k, HY[o]))
			q = o + 1, end = k + 1;
	}
	if (!q)
		return 0;
	int y = s->ry;
	long yy = -1;
	if (is(s, end, "of") && (yy = num(s, end + 1)) >= 1000 && yy <= 2100)
		y = (int)yy, end += 2;
	else if ((yy = num(s, end)) >= 1000 && yy <= 2100 && len_of(s, end) == 4)
		y = (int)yy, end += 1;
	else if (q > (s->rm - 1) / 3 + 1 && !s->future)
		y--; /* a quarter not yet begun is last year's */
	set_quarter(f, y, q);
	return end - i;
}

/* "spring 2011", "this summer", "last winter" */
static size_t season(const scan *s, size_t i, found *f)
{
	static const char *const S[] = {"spring", "summer", "autumn", "fall", "winter"};
	static const char *const V[] = {"SP", "SU", "FA", "FA", "WI"};
	static const int START[] = {3, 6, 9, 9, 12};
	size_t k = i;
	int dir = 3;
	if (is(s, k, "the") && k + 1 < s->to)
		k++;
	if (is_any(s, k, THIS))
		dir = 0, k++;
	else if (is_any(s, k, LAST))
		dir = -1, k++;
	else if (is_any(s, k, NEXT))
		dir = 1, k++;
	for (int q = 0; q < 5; q++) {
		if (!is(s, k, S[q]))
			continue;
		int y = s->ry + (dir == 3 ? 0 : dir);
		size_t end = k + 1;
		/* "the spring of 2011" */
		if (is(s, end, "of") && num(s, end + 1) >= 1000 && len_of(s, end + 1) == 4)
			end++;
		long yy = num(s, end);
		if (yy >= 1000 && yy <= 2100 && len_of(s, end) == 4)
			y = (int)yy, end++;
		else if (dir == 3)
			return 0; /* "spring" alone is too often not a date */
		snprintf(f->value, sizeof f->value, "%04d-%s", y % 10000, V[q]);
		int m0 = START[q];
		f->d0 = days_from_civil(y, m0, 1);
		int m1 = m0 + 2 > 12 ? m0 + 2 - 12 : m0 + 2;
		int y1 = m0 + 2 > 12 ? y + 1 : y;
		f->d1 = days_from_civil(y1, m1, days_in_month(y1, m1));
		f->prec = SR_TP_SEASON;
		f->type = SR_TIMEX_DATE;
		return end - i;
	}
	return 0;
}

/* a year: "1998", "in 1997"; "the 1990s"; "mid-1990s" */
static size_t year(const scan *s, size_t i, found *f)
{
	const sr_token *t = &s->d->tokens[i];
	const char *w = s->d->text + t->start;
	size_t n = t->end - t->start;
	if (t->kind == SR_TOK_WORD && n >= 5 && w[n - 1] == 's') {
		/* "1990s", "mid-1990s" */
		const char *p = w;
		if (n > 4 && sr_ascii_ncaseeq(w, "mid-", 4))
			p += 4;
		size_t dn = (size_t)(w + n - 1 - p);
		if (dn == 4 && p[0] >= '1' && p[0] <= '2' && p[3] == '0') {
			char dec[4] = {p[0], p[1], p[2], 0};
			int y0 = atoi(dec) * 10;
			size_t first = i > s->from && is(s, i - 1, "the") ? i - 1 : i;
			snprintf(f->value, sizeof f->value, "%s", dec);
			f->d0 = days_from_civil(y0, 1, 1);
			f->d1 = days_from_civil(y0 + 9, 12, 31);
			f->prec = SR_TP_DECADE;
			f->type = SR_TIMEX_DATE;
			f->first = first;
			return 1;
		}
		return 0;
	}
	/* "mid-1996", "early-1990" */
	if (t->kind == SR_TOK_WORD && n == 8 && sr_ascii_ncaseeq(w, "mid-", 4)) {
		int y4 = 0;
		for (size_t k = 4; k < 8; k++)
			y4 = w[k] >= '0' && w[k] <= '9' ? y4 * 10 + (w[k] - '0') : -100000;
		if (y4 >= 1000 && y4 <= 2100) {
			set_year(f, y4);
			return 1;
		}
		return 0;
	}
	long y = num(s, i);
	if (y < 1900 || y > 2100 || n != 4)
		return 0;
	/* a year is not a count: "2014 killed", "1998 people"; but "in 1996
	 * prices rose" is */
	static const char *const PREP[] = {"in", "since", "of", "by", "until", "from", "during", "before", "after",
	                                   "through", "till", "to", "early", "late", NULL};
	bool after_prep = i > s->from && is_any(s, i - 1, PREP);
	/* (nor a crowd's size: "[size=around 2000]", "some 2000", "about
	 * 1950 people") */
	static const char *const ABOUT[] = {"around", "about", "some", "nearly", "approximately", "roughly", "almost",
	                                    "over", "=", NULL};
	if (i > s->from && is_any(s, i - 1, ABOUT))
		return 0;
	if (!after_prep && i + 1 < s->to &&
	    (s->d->tokens[i + 1].pos == SR_POS_NOUN || s->d->tokens[i + 1].pos == SR_POS_VERB) &&
	    !is(s, i + 1, "election") && !is(s, i + 1, "elections"))
		return 0;
	set_year(f, (int)y);
	return 1;
}

/* "the 20th century", "the nineteenth century" */
static size_t century(const scan *s, size_t i, found *f)
{
	static const char *const ORD[] = {"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	                                  "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
	                                  "twenty-first"};
	size_t k = is(s, i, "the") ? i + 1 : i;
	if (!is(s, k + 1, "century"))
		return 0;
	int c = 0;
	const sr_token *t = &s->d->tokens[k];
	const char *w = s->d->text + t->start;
	size_t n = t->end - t->start;
	for (int o = 0; o < 11; o++)
		if (is(s, k, ORD[o]))
			c = 11 + o;
	if (!c && n >= 3 && n <= 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' &&
	    (sr_ascii_ncaseeq(w + n - 2, "th", 2) || sr_ascii_ncaseeq(w + n - 2, "st", 2)))
		c = (w[0] - '0') * 10 + (w[1] - '0');
	if (c < 1 || c > 21)
		return 0;
	snprintf(f->value, sizeof f->value, "%02d", (c - 1) % 100);
	f->d0 = days_from_civil((c - 1) * 100, 1, 1);
	f->d1 = days_from_civil((c - 1) * 100 + 99, 12, 31);
	f->prec = SR_TP_DECADE;
	f->type = SR_TIMEX_DATE;
	return k + 2 - i;
}

/* "three years", "five-year", "24 hours", "a decade" after "for"/"in"/"over" */
static size_t duration(const scan *s, size_t i, found *f)
{
	const sr_token *t = &s->d->tokens[i];
	const char *w = s->d->text + t->start;
	size_t n = t->end - t->start;
	/* "five-year", "10-day" */
	const char *h = t->kind == SR_TOK_WORD ? memchr(w, '-', n) : NULL;
	if (h) {
		double v = sr_nlp_number_word(w, (size_t)(h - w));
		long dv = -1;
		if (v >= 1 && v == (long)v)
			dv = (long)v;
		else {
			/* digits only, at most six of them; anything else is no count */
			dv = 0;
			for (const char *p = w; p < h && dv >= 0; p++)
				dv = *p >= '0' && *p <= '9' && dv < 100000 ? dv * 10 + (*p - '0') : -1;
		}
		static const struct {
			const char *u;
			unit un;
		} U[] = {{"year", U_YEAR}, {"month", U_MONTH}, {"week", U_WEEK}, {"day", U_DAY}, {"hour", U_HOUR},
		         {"decade", U_DECADE}, {"minute", U_MINUTE}};
		size_t rest = n - (size_t)(h - w) - 1;
		/* "8-month-old" */
		if (rest > 4 && sr_ascii_ncaseeq(h + 1 + rest - 4, "-old", 4))
			rest -= 4;
		for (size_t k = 0; dv > 0 && k < sizeof U / sizeof *U; k++)
			if (rest == strlen(U[k].u) && sr_ascii_ncaseeq(h + 1, U[k].u, rest)) {
				set_duration(f, dv, U[k].un);
				return 1;
			}
		return 0;
	}
	bool pl = false;
	size_t cu = 0;
	long c = count2(s, i, &cu);
	if (c < 0 && (is(s, i, "a") || is(s, i, "an")) && i > s->from &&
	    (is(s, i - 1, "for") || is(s, i - 1, "over") || is(s, i - 1, "within") || is(s, i - 1, "than")))
		c = 1;
	if (c < 0) {
		/* "several years", "many months": an unknown count */
		if (is(s, i, "several") || is(s, i, "many") || is(s, i, "few") || is(s, i, "some")) {
			unit u = unit_at(s, i + 1, &pl);
			if (u != U_NONE && u != U_WEEKEND && pl) {
				set_duration(f, -1, u);
				return 2;
			}
		}
		return 0;
	}
	if (!cu)
		cu = 1;
	unit u = unit_at(s, i + cu, &pl);
	if (u == U_NONE || u == U_WEEKEND)
		return 0;
	/* "24 hours" and the like */
	set_duration(f, c, u);
	/* "three years of unrest", "two years of war": up to now */
	if (is(s, i + cu + 1, "of") && !s->future)
		span_to_ref(s, f, c, u);
	return cu + 1;
}

static const char *const PRESENT[] = {"now", "currently", "current", "nowadays", NULL};
static const char *const PAST[] = {"recently", "recent", "formerly", "previously", "once", NULL};

/* "today", "yesterday", "tonight", "this morning", "now", "recently",
 * "every week", "daily" */
static size_t words(const scan *s, size_t i, found *f)
{
	if (is(s, i, "today")) {
		set_day(f, s->ref);
		return 1;
	}
	if (is(s, i, "yesterday")) {
		set_day(f, s->ref - 1);
		return 1;
	}
	if (is(s, i, "tomorrow")) {
		set_day(f, s->ref + 1);
		return 1;
	}
	if (is(s, i, "tonight")) {
		set_day(f, s->ref);
		strcat(f->value, "TNI");
		f->type = SR_TIMEX_TIME;
		return 1;
	}
	static const char *const PART[] = {"morning", "afternoon", "evening", "night"};
	static const char *const PV[] = {"MO", "AF", "EV", "NI"};
	/* "this morning", "yesterday evening", "Friday night": the word
	 * before the part of the day, tested once */
	bool day_word = is(s, i, "this") || is(s, i, "last") || is(s, i, "yesterday") || is(s, i, "tomorrow") ||
	                weekday_at(s, i);
	for (int p = 0; p < 4 && day_word; p++) {
		long day = 0;
		size_t k = 0;
		if ((is(s, i, "this") || is(s, i, "last")) && is(s, i + 1, PART[p]))
			day = is(s, i, "this") ? s->ref : s->ref - (p == 3 ? 1 : 0) - (p < 3 ? 1 : 0), k = 2;
		else if ((is(s, i, "yesterday") || is(s, i, "tomorrow")) && is(s, i + 1, PART[p]))
			day = s->ref + (is(s, i, "yesterday") ? -1 : 1), k = 2;
		else if (weekday_at(s, i) && is(s, i + 1, PART[p]))
			day = nearest_weekday(s, weekday_at(s, i), future_near(s, i) ? 2 : 0), k = 2;
		if (k) {
			set_day(f, day);
			strcat(f->value, "T");
			strcat(f->value, PV[p]);
			f->type = SR_TIMEX_TIME;
			return k;
		}
	}
	if (is_any(s, i, PRESENT) && !(is(s, i, "current") && i + 1 < s->to && unit_at(s, i + 1, NULL) != U_NONE)) {
		set_ref(f, "PRESENT_REF");
		return 1;
	}
	if (is(s, i, "the") && (is(s, i + 1, "past") || is(s, i + 1, "future")) &&
	    !(i + 2 < s->to && (unit_at(s, i + 2, NULL) != U_NONE || count(s, i + 2) > 0))) {
		set_ref(f, is(s, i + 1, "past") ? "PAST_REF" : "FUTURE_REF");
		return 2;
	}
	if (is_any(s, i, PAST) && !is(s, i, "once")) {
		set_ref(f, "PAST_REF");
		return 1;
	}
	if (is(s, i, "soon")) {
		set_ref(f, "FUTURE_REF");
		return 1;
	}
	/* sets */
	static const char *const ADV[] = {"daily", "weekly", "monthly", "annually", "yearly", "hourly"};
	static const char *const AV[] = {"P1D", "P1W", "P1M", "P1Y", "P1Y", "PT1H"};
	for (int k = 0; k < 6; k++)
		if (is(s, i, ADV[k]) && s->d->tokens[i].pos == SR_POS_ADV) {
			snprintf(f->value, sizeof f->value, "%s", AV[k]);
			f->type = SR_TIMEX_SET;
			f->d0 = 1, f->d1 = 0;
			return 1;
		}
	if (is(s, i, "every") || is(s, i, "each")) {
		bool pl;
		unit u = unit_at(s, i + 1, &pl);
		if (u != U_NONE && !pl) {
			set_duration(f, 1, u);
			f->type = SR_TIMEX_SET;
			return 2;
		}
	}
	return 0;
}

static size_t lone_weekday(const scan *s, size_t i, found *f);

/* "5 p.m.", "10:30 a.m.", "noon" */
static size_t clock_time(const scan *s, size_t i, found *f)
{
	long h = num(s, i), mi = 0;
	size_t k = i + 1;
	if (is(s, i, "noon") || is(s, i, "midnight")) {
		h = is(s, i, "noon") ? 12 : 0;
		k = i;
	} else {
		if (h < 0 || h > 24)
			return 0;
		if (is(s, k, ":") && (mi = num(s, k + 1)) >= 0 && mi < 60)
			k += 2;
		bool pm = is(s, k, "p.m.") || is(s, k, "pm");
		bool am = is(s, k, "a.m.") || is(s, k, "am");
		if (!pm && !am)
			return 0;
		if (pm && h < 12)
			h += 12;
		if (am && h == 12)
			h = 0;
	}
	/* "10 p.m. Wednesday", "noon Thursday" */
	long day = s->ref;
	bool day_said = true; /* the clock's day is named beside it */
	int wd = weekday_at(s, k + 1);
	if (wd) {
		day = nearest_weekday(s, wd, future_near(s, i) ? 2 : 0);
		k++;
	} else if (is(s, k + 1, "yesterday") || is(s, k + 1, "today") || is(s, k + 1, "tomorrow")) {
		day = s->ref + (is(s, k + 1, "yesterday") ? -1 : is(s, k + 1, "tomorrow") ? 1 : 0);
		k++;
	} else if (is(s, k + 1, "on")) {
		/* "shortly after 7 am on 9 February 2022", "9 pm on Friday":
		 * the day named next is the clock's day */
		found g = {0};
		size_t n = month_date(s, k + 2, &g);
		if (!n)
			n = numeric_date(s, k + 2, &g);
		if (!n)
			n = lone_weekday(s, k + 2, &g);
		if (n && g.prec == SR_TP_DAY && g.d0 == g.d1) {
			day = g.d0;
			k += 1 + n;
		} else
			day_said = false;
	} else
		day_said = false;
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	snprintf(f->value, sizeof f->value, "%04d-%02d-%02dT%02d:%02d", y % 10000, m % 100, d % 100, (int)h % 100, (int)mi % 100);
	f->type = SR_TIMEX_TIME;
	/* a clock alone tells the hour of a day not said: the day is only
	 * the reference day; with its day named, the day is known */
	f->prec = day_said ? SR_TP_DAY : SR_TP_TIME;
	f->d0 = f->d1 = day;
	return k + 1 - i;
}

/* a weekday alone: "Friday", "on Tuesday" */
static size_t lone_weekday(const scan *s, size_t i, found *f)
{
	int wd = weekday_at(s, i);
	if (!wd)
		return 0;
	set_day(f, nearest_weekday(s, wd, future_near(s, i) ? 2 : 0));
	return 1;
}

typedef size_t (*matcher)(const scan *, size_t, found *);

/* The words a date expression can begin with: the matchers above
 * test no other word first.  Numbers, words with digits or hyphens
 * ("1990s", "mid-1996", "five-year") and number words pass as well. */
static const char *const STARTERS[] = {
    "a",        "an",         "annually",  "apr",       "apr.",      "april",     "aug",       "aug.",
    "august",   "autumn",     "coming",    "current",   "currently", "daily",     "dec",       "dec.",
    "december", "each",       "eighteenth", "eleventh", "every",     "fall",      "feb",       "feb.",
    "february", "few",        "fifteenth", "first",     "following", "formerly",  "fourteenth", "fourth",
    "fri.",     "friday",     "hourly",    "jan",       "jan.",      "january",   "jul",       "jul.",
    "july",     "jun",        "jun.",      "june",      "last",      "many",      "mar",       "mar.",
    "march",    "may",        "midnight",  "mon.",      "monday",    "monthly",   "next",      "nineteenth",
    "noon",     "nov",        "nov.",      "november",  "now",       "nowadays",  "oct",       "oct.",
    "october",  "once",       "past",      "preceding", "previous",  "previously", "recent",   "recently",
    "sat.",     "saturday",   "second",    "sep",       "sep.",      "sept",      "sept.",     "september",
    "seventeenth", "several", "sixteenth", "some",      "soon",      "spring",    "summer",    "sun.",
    "sunday",   "the",        "third",     "thirteenth", "this",     "thu.",      "thursday",  "today",
    "tomorrow", "tonight",    "tue.",      "tuesday",   "twelfth",   "twentieth", "wed.",      "wednesday",
    "weekly",   "winter",     "yearly",    "yesterday",
};

/* STARTERS in an open-addressed table of 512 (built once) */
static const char *STARTER_SET[512];
static pthread_once_t starters_once = PTHREAD_ONCE_INIT;

static uint32_t starter_hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return (h ^ (h >> 15)) & 511;
}

static void starter_add(const char *w)
{
	uint32_t h = starter_hash(w, strlen(w));
	while (STARTER_SET[h])
		h = (h + 1) & 511;
	STARTER_SET[h] = w;
}

static void build_starters(void)
{
	for (size_t i = 0; i < sizeof STARTERS / sizeof *STARTERS; i++)
		starter_add(STARTERS[i]);
}

/* Can a date expression begin at token i?  Most tokens cannot, and the
 * dozen matchers need not look at them. */
static bool may_start(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	if (t->kind == SR_TOK_NUMBER)
		return true;
	if (t->kind != SR_TOK_WORD)
		return false;
	size_t n = t->end - t->start;
	const char *w = d->text + t->start;
	if (memchr(w, '-', n))
		return true;
	char low[16];
	if (n >= sizeof low)
		return false;
	for (size_t k = 0; k < n; k++) {
		if (w[k] >= '0' && w[k] <= '9')
			return true;
		low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
	}
	low[n] = '\0';
	pthread_once(&starters_once, build_starters);
	for (uint32_t h = starter_hash(low, n); STARTER_SET[h]; h = (h + 1) & 511)
		if (!strcmp(STARTER_SET[h], low))
			return true;
	/* a count ("two years ago"): the number words, hashed in token.c */
	return sr_nlp_number_word(w, n) >= 0;
}

sr_status sr_timex_find(const sr_doc *d, int32_t ref, sr_timex **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	int ry = ref / 10000, rm = ref / 100 % 100, rd = ref % 100;
	if (ry < 1 || rm < 1 || rm > 12 || rd < 1 || rd > 31)
		return SR_EINVAL;
	static const matcher M[] = {numeric_date, quarter, century, rel_unit, season, ago, day_range, mid_month, month_date, clock_time, words,
	                            duration, lone_weekday, year};
	size_t cap = 0, n = 0;
	sr_timex *v = NULL;
	long anchor = -1;
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		scan s = {d, st->first_token, st->first_token + st->n_tokens, days_from_civil(ry, rm, rd), ry, rm, rd, false,
		          anchor};
		/* a sentence about the future: "will", "'ll", "next" */
		for (size_t i = s.from; i < s.to; i++)
			if (is(&s, i, "will") || is(&s, i, "'ll") || is(&s, i, "shall") || is(&s, i, "going"))
				s.future = true;
		for (size_t i = s.from; i < s.to;) {
			if (!may_start(d, i)) {
				i++;
				continue;
			}
			found f;
			memset(&f, 0, sizeof f);
			size_t used = 0;
			for (size_t m = 0; m < sizeof M / sizeof *M && !used; m++) {
				memset(&f, 0, sizeof f);
				f.first = i;
				used = M[m](&s, i, &f);
			}
			if (!used) {
				i++;
				continue;
			}
			f.last = i + used - 1;
			if (f.prec == SR_TP_DAY && f.d0 == f.d1)
				anchor = s.anchor = f.d0;
			if (!SR_VEC_GROW(v, n, cap, 16)) {
				free(v);
				return SR_ENOMEM;
			}
			sr_timex *x = &v[n++];
			memset(x, 0, sizeof *x);
			x->sentence = si;
			x->start = d->tokens[f.first].start;
			x->end = d->tokens[f.last].end;
			x->type = f.type;
			x->precision = f.prec;
			memcpy(x->value, f.value, sizeof x->value);
			if (f.d0 <= f.d1) {
				x->first = ymd(f.d0);
				x->last = ymd(f.d1);
				x->future = f.d0 > s.ref;
			}
			i = f.last + 1;
		}
	}
	*out = v;
	*n_out = n;
	return SR_OK;
}

const char *sr_timex_prec_name(int prec)
{
	static const char *const N[] = {NULL, "day", "week", "month", "season", "quarter", "year", "decade", "time"};
	return prec > 0 && prec <= SR_TP_TIME ? N[prec] : NULL;
}
