#include "date.h"

#include <stdio.h>
#include <string.h>

#include "../util/str.h"

static const struct {
	const char *name;
	int month;
} MONTHS[] = {
    /* English */
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    /* German */
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"okt", 10},
    {"dez", 12},
    {"mär", 3},
    /* French */
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"avr", 4},
    {"juil", 7},
    /* Spanish */
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    /* Italian */
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    /* Portuguese */
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    /* Dutch */
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
};

static int month_word(const char *s, size_t n, size_t *used);

int sr_date_month_word(const char *s, size_t n)
{
	size_t used;
	return month_word(s, n, &used);
}

static int month_word(const char *s, size_t n, size_t *used)
{
	/* a word: letters (ASCII or UTF-8 bytes), optionally followed by '.' */
	size_t k = 0;
	char w[16];
	while (k < n && (sr_is_alpha((unsigned char)s[k]) || ((unsigned char)s[k] >= 0x80))) {
		if (k >= sizeof w - 1)
			return 0;
		w[k] = (char)sr_lower((unsigned char)s[k]);
		k++;
	}
	if (k < 3)
		return 0;
	w[k] = '\0';
	/* lower-case É/Ä in the few names that start with them is not needed */
	for (size_t i = 0; i < sizeof MONTHS / sizeof MONTHS[0]; i++) {
		if (strcmp(w, MONTHS[i].name) == 0) {
			*used = k + (k < n && s[k] == '.');
			return MONTHS[i].month;
		}
	}
	return 0;
}

static int days_in(int y, int m)
{
	static const int D[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return D[m - 1];
}

/* A full date: from 1946 (event data reaches back to the end of the
 * Second World War; archives' pages carry such days) to 2100. */
static bool valid_ymd(int y, int m, int d)
{
	return y >= 1946 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in(y, m);
}

int sr_date_weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3)
		y -= 1;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* Read up to max digits; returns count read. */
static size_t digits(const char *s, size_t n, size_t max, int *v)
{
	size_t k = 0;
	int x = 0;
	while (k < n && k < max && sr_is_digit((unsigned char)s[k]))
		x = x * 10 + (s[k++] - '0');
	*v = x;
	return k;
}

/* Time after a date: "T13:48", " 13:48:00", "13:48 PM", zone. */
static size_t parse_time(const char *s, size_t n, sr_date *o)
{
	size_t i = 0;
	if (i < n && (s[i] == 'T' || s[i] == 't' || s[i] == ' ' || s[i] == ','))
		i++;
	while (i < n && s[i] == ' ')
		i++;
	static const char *const AT[] = {"at ", "\xC3\xA0 ", "um ", "a las ", "alle ", "\xC3\xA0s ", "o ", "- "};
	for (size_t a = 0; a < sizeof AT / sizeof AT[0]; a++)
		if (sr_starts_with_ci(s + i, n - i, AT[a])) {
			i += strlen(AT[a]);
			break;
		}
	int H, M, S = 0;
	size_t k = digits(s + i, n - i, 2, &H);
	/* 13:48, 13h48 (French) */
	if (!k || i + k + 2 >= n || (s[i + k] != ':' && s[i + k] != 'h') || !sr_is_digit((unsigned char)s[i + k + 1]))
		return 0;
	i += k + 1;
	k = digits(s + i, n - i, 2, &M);
	if (k != 2)
		return 0;
	i += k;
	sr_date_prec prec = SR_PREC_MINUTE;
	if (i + 2 < n && s[i] == ':' && sr_is_digit((unsigned char)s[i + 1])) {
		k = digits(s + i + 1, n - i - 1, 2, &S);
		i += 1 + k;
		prec = SR_PREC_SECOND;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			i++;
			while (i < n && sr_is_digit((unsigned char)s[i]))
				i++;
		}
	}
	size_t j = i;
	while (j < n && s[j] == ' ')
		j++;
	if (j + 1 < n && (sr_lower((unsigned char)s[j]) == 'a' || sr_lower((unsigned char)s[j]) == 'p') &&
	    (sr_lower((unsigned char)s[j + 1]) == 'm' || s[j + 1] == '.')) {
		bool pm = sr_lower((unsigned char)s[j]) == 'p';
		if (H == 12)
			H = 0;
		if (pm)
			H += 12;
		j += 2;
		if (j < n && s[j] == '.')
			j++;
		if (j < n && (s[j] == 'm' || s[j] == 'M'))
			j++;
		if (j < n && s[j] == '.')
			j++;
		i = j;
	}
	if (H > 23 || M > 59 || S > 60)
		return 0;
	o->H = H;
	o->M = M;
	o->S = S;
	o->prec = prec;
	/* zone */
	j = i;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && (s[j] == 'Z' || s[j] == 'z') && (j + 1 >= n || !sr_is_alpha((unsigned char)s[j + 1]))) {
		o->has_tz = true;
		o->tz_z = true;
		o->tz_min = 0;
		return j + 1;
	}
	if (j + 2 < n && (sr_starts_with_ci(s + j, n - j, "GMT") || sr_starts_with_ci(s + j, n - j, "UTC"))) {
		o->has_tz = true;
		o->tz_z = true;
		o->tz_min = 0;
		j += 3;
	}
	if (j < n && (s[j] == '+' || s[j] == '-')) {
		int sign = s[j] == '-' ? -1 : 1, hh, mm = 0;
		size_t q = digits(s + j + 1, n - j - 1, 2, &hh);
		if (q == 2) {
			size_t p = j + 1 + q;
			if (p < n && s[p] == ':')
				p++;
			size_t r = digits(s + p, n - p, 2, &mm);
			if (r == 2 || r == 0) {
				o->has_tz = true;
				o->tz_z = false;
				o->tz_min = sign * (hh * 60 + mm);
				return p + r;
			}
		}
	}
	return j;
}

static bool finish(sr_date *o, int y, int m, int d)
{
	if (y < 100)
		y += y < 70 ? 2000 : 1900;
	if (!valid_ymd(y, m, d))
		return false;
	o->y = y;
	o->m = m;
	o->d = d;
	return true;
}

/* Try to read a date starting exactly at s. */
static bool parse_at(const char *s, size_t n, sr_date *o)
{
	memset(o, 0, sizeof *o);
	int a, b, c;
	size_t k = digits(s, n, 4, &a), i;
	if (k == 4 && n > 4 && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
		char sep = s[4];
		i = 5;
		size_t k2 = digits(s + i, n - i, 2, &b);
		if (!k2)
			return false;
		i += k2;
		if (i < n && s[i] == sep && i + 1 < n && sr_is_digit((unsigned char)s[i + 1])) {
			size_t k3 = digits(s + i + 1, n - i - 1, 2, &c);
			i += 1 + k3;
			if (!finish(o, a, b, c))
				return false;
			o->prec = SR_PREC_DAY;
			parse_time(s + i, n - i, o);
			return true;
		}
		if (sep == '-' && b >= 1 && b <= 12 && a >= 1990 && a <= 2100) {
			o->y = a;
			o->m = b;
			o->prec = SR_PREC_MONTH;
			return true;
		}
		return false;
	}
	if (k == 4 && n >= 8 && digits(s, n, 8, &a) == 8 && (n == 8 || !sr_is_digit((unsigned char)s[8]))) {
		if (!finish(o, a / 10000, a / 100 % 100, a % 100))
			return false;
		o->prec = SR_PREC_DAY;
		parse_time(s + 8, n - 8, o);
		return true;
	}
	if (k >= 1 && k <= 2) {
		/* 15.04.2014, 15/04/2014 (day first), 15 April 2014, 17. Oktober 2019,
		 * 17 de octubre de 2019, 15 Apr 14 */
		i = k;
		if (i < n && (s[i] == '.' || s[i] == '/' || s[i] == '-') && i + 1 < n &&
		    sr_is_digit((unsigned char)s[i + 1])) {
			char sep = s[i];
			size_t k2 = digits(s + i + 1, n - i - 1, 2, &b);
			i += 1 + k2;
			if (i < n && s[i] == sep) {
				size_t k3 = digits(s + i + 1, n - i - 1, 4, &c);
				if (k3 != 4 && k3 != 2)
					return false;
				i += 1 + k3;
				int d = a, m = b;
				if (sep == '/' && b > 12 && a <= 12) {
					d = b;
					m = a; /* US order: 04/15/2014 */
				}
				if (!finish(o, c, m, d))
					return false;
				o->prec = SR_PREC_DAY;
				parse_time(s + i, n - i, o);
				return true;
			}
			return false;
		}
		if (i < n && (s[i] == '.'))
			i++;
		if (i + 2 < n && (s[i] == 's' || s[i] == 'n' || s[i] == 'r' || s[i] == 't') &&
		    sr_is_alpha((unsigned char)s[i + 1]) && !sr_is_alpha((unsigned char)s[i + 2]))
			i += 2; /* 15th, 1st, 2nd, 3rd */
		while (i < n && (s[i] == ' ' || s[i] == '-'))
			i++;
		if (sr_starts_with_ci(s + i, n - i, "de "))
			i += 3;
		if (sr_starts_with_ci(s + i, n - i, "of "))
			i += 3;
		size_t used = 0;
		int m = month_word(s + i, n - i, &used);
		if (!m)
			return false;
		i += used;
		while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '-'))
			i++;
		if (sr_starts_with_ci(s + i, n - i, "de "))
			i += 3;
		size_t k3 = digits(s + i, n - i, 4, &c);
		if (k3 != 4 && k3 != 2)
			return false;
		if (k3 == 2 && i + 2 < n && s[i + 2] == ':')
			return false;
		i += k3;
		if (!finish(o, c, m, a))
			return false;
		o->prec = SR_PREC_DAY;
		parse_time(s + i, n - i, o);
		return true;
	}
	if (k == 0) {
		/* April 15, 2014 / Apr. 15 2014 / April 2014 */
		size_t used = 0;
		int m = month_word(s, n, &used);
		if (!m)
			return false;
		i = used;
		while (i < n && s[i] == ' ')
			i++;
		size_t k2 = digits(s + i, n - i, 4, &b);
		if (k2 == 4) {
			if (b < 1990 || b > 2100)
				return false;
			o->y = b;
			o->m = m;
			o->prec = SR_PREC_MONTH;
			return true;
		}
		if (k2 < 1)
			return false;
		i += k2;
		if (i + 1 < n && sr_is_alpha((unsigned char)s[i]) && sr_is_alpha((unsigned char)s[i + 1]))
			i += 2;
		while (i < n && (s[i] == ',' || s[i] == ' '))
			i++;
		size_t k3 = digits(s + i, n - i, 4, &c);
		if (k3 != 4)
			return false;
		i += k3;
		if (!finish(o, c, m, b))
			return false;
		o->prec = SR_PREC_DAY;
		parse_time(s + i, n - i, o);
		return true;
	}
	return false;
}

bool sr_date_parse(const char *s, size_t n, sr_date *out)
{
	sr_date d;
	/* "01:48 PM - 15 Apr 14": a time before the date */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (i > 0 && (sr_is_alnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80))
			continue;
		if (!sr_is_alnum(c))
			continue;
		if (parse_at(s + i, n - i, &d)) {
			if (d.prec == SR_PREC_DAY && i > 0) {
				/* a time written before the date */
				for (size_t j = 0; j + 4 < i; j++) {
					if (sr_is_digit((unsigned char)s[j]) &&
					    (j == 0 || !sr_is_digit((unsigned char)s[j - 1]))) {
						sr_date t = d;
						if (parse_time(s + j, i - j, &t) && t.prec >= SR_PREC_MINUTE) {
							d.H = t.H;
							d.M = t.M;
							d.S = t.S;
							d.prec = t.prec;
							d.has_tz = t.has_tz;
							d.tz_z = t.tz_z;
							d.tz_min = t.tz_min;
							break;
						}
					}
				}
			}
			*out = d;
			return true;
		}
	}
	return false;
}

bool sr_date_from_url(const char *url, sr_date *out)
{
	size_t n = strlen(url);
	const char *p = strstr(url, "://");
	size_t i = p ? (size_t)(p - url) + 3 : 0;
	while (i < n && url[i] != '/')
		i++;
	for (; i < n; i++) {
		if (url[i] != '/' && url[i] != '-' && url[i] != '_')
			continue;
		int y, m, d;
		size_t k = digits(url + i + 1, n - i - 1, 8, &y);
		size_t j = i + 1 + k;
		if (k == 8 && (j >= n || !sr_is_digit((unsigned char)url[j]))) {
			if (valid_ymd(y / 10000, y / 100 % 100, y % 100)) {
				*out = (sr_date){.y = y / 10000, .m = y / 100 % 100, .d = y % 100, .prec = SR_PREC_DAY};
				return true;
			}
			continue;
		}
		if (k != 4 || y < 1990 || y > 2100 || j >= n || (url[j] != '/' && url[j] != '-' && url[j] != '_'))
			continue;
		size_t k2 = digits(url + j + 1, n - j - 1, 2, &m);
		if (k2 != 2 || m < 1 || m > 12)
			continue;
		size_t q = j + 1 + k2;
		if (q < n && sr_is_digit((unsigned char)url[q]))
			continue;
		if (q + 1 < n && (url[q] == '/' || url[q] == '-' || url[q] == '_')) {
			size_t k3 = digits(url + q + 1, n - q - 1, 2, &d);
			size_t r = q + 1 + k3;
			if (k3 == 2 && (r >= n || !sr_is_digit((unsigned char)url[r])) && valid_ymd(y, m, d)) {
				*out = (sr_date){.y = y, .m = m, .d = d, .prec = SR_PREC_DAY};
				return true;
			}
		}
		if (q < n && url[q] == '/') {
			*out = (sr_date){.y = y, .m = m, .prec = SR_PREC_MONTH};
			return true;
		}
	}
	return false;
}

void sr_date_format(const sr_date *d, char *buf, size_t len)
{
	switch (d->prec) {
	case SR_PREC_YEAR: snprintf(buf, len, "%04d", d->y); return;
	case SR_PREC_MONTH: snprintf(buf, len, "%04d-%02d", d->y, d->m); return;
	case SR_PREC_DAY: snprintf(buf, len, "%04d-%02d-%02d", d->y, d->m, d->d); return;
	case SR_PREC_MINUTE:
	case SR_PREC_SECOND: {
		int k = snprintf(buf, len, "%04d-%02d-%02dT%02d:%02d:%02d", d->y, d->m, d->d, d->H, d->M, d->S);
		if (k < 0 || (size_t)k >= len || !d->has_tz)
			return;
		if (d->tz_min == 0 && d->tz_z)
			snprintf(buf + k, len - (size_t)k, "Z");
		else {
			int a = d->tz_min < 0 ? -d->tz_min : d->tz_min;
			snprintf(buf + k, len - (size_t)k, "%c%02d:%02d", d->tz_min < 0 ? '-' : '+', a / 60, a % 60);
		}
		return;
	}
	default: snprintf(buf, len, "%s", ""); return;
	}
}

const char *sr_date_prec_name(sr_date_prec p)
{
	static const char *const N[] = {"none", "year", "month", "day", "minute", "second"};
	return N[p];
}

int sr_date_cmp(const sr_date *a, const sr_date *b)
{
	long x = (long)a->y * 10000 + a->m * 100 + a->d, y = (long)b->y * 10000 + b->m * 100 + b->d;
	return x < y ? -1 : x > y;
}
