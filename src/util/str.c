#define _GNU_SOURCE
#include "str.h"

#include <stdint.h>
#include <string.h>

bool sr_ascii_ncaseeq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (sr_lower((unsigned char)a[i]) != sr_lower((unsigned char)b[i]))
			return false;
	return true;
}

bool sr_ascii_caseeq(const char *a, size_t an, const char *b)
{
	return strlen(b) == an && sr_ascii_ncaseeq(a, b, an);
}

const char *sr_memcasemem(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0)
		return hay;
	if (hn < nn)
		return NULL;
	unsigned char f = sr_lower((unsigned char)needle[0]);
	for (size_t i = 0; i + nn <= hn; i++)
		if (sr_lower((unsigned char)hay[i]) == f && sr_ascii_ncaseeq(hay + i, needle, nn))
			return hay + i;
	return NULL;
}

bool sr_starts_with_ci(const char *s, size_t n, const char *prefix)
{
	/* the first byte first: most calls fail there */
	if (prefix[0] && (!n || ((unsigned char)s[0] | 0x20) != ((unsigned char)prefix[0] | 0x20)))
		return false;
	size_t pn = strlen(prefix);
	return n >= pn && sr_ascii_ncaseeq(s, prefix, pn);
}

size_t sr_uspace_len(const unsigned char *s, size_t n)
{
	if (n && sr_is_space(s[0]))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2; /* NBSP */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3; /* en quad .. hair space, line/paragraph separator, narrow NBSP */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3; /* ideographic space */
	return 0;
}

/* Invisible characters dropped from text: soft hyphen, zero width space,
 * BOM / zero width no-break space. */
static size_t invisible_len(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
		return 2;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B)
		return 3;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3;
	return 0;
}

void sr_trim(const char **s, size_t *n)
{
	const unsigned char *p = (const unsigned char *)*s;
	size_t len = *n, k;
	while (len && (k = sr_uspace_len(p, len))) {
		p += k;
		len -= k;
	}
	for (;;) {
		if (len && sr_is_space(p[len - 1])) {
			len--;
		} else if (len >= 2 && p[len - 2] == 0xC2 && p[len - 1] == 0xA0) {
			len -= 2;
		} else if (len >= 3 && sr_uspace_len(p + len - 3, 3) == 3) {
			len -= 3;
		} else {
			break;
		}
	}
	*s = (const char *)p;
	*n = len;
}

size_t sr_append_collapsed(sr_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = b->len, i = 0;
	bool sp = b->len == 0 || b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n';
	if (!sr_buf_reserve(b, n))
		return 0;
	while (i < n) {
		/* a run of plain ASCII, the usual case, copied at once */
		if (p[i] > ' ' && p[i] < 0x80) {
			size_t j = i + 1;
			while (j < n && p[j] > ' ' && p[j] < 0x80)
				j++;
			memcpy(b->data + b->len, p + i, j - i);
			b->len += j - i;
			i = j;
			sp = false;
			continue;
		}
		size_t k = sr_uspace_len(p + i, n - i);
		if (k) {
			if (!sp) {
				b->data[b->len++] = ' ';
				sp = true;
			}
			i += k;
			continue;
		}
		if (p[i] >= 0xC2 && (k = invisible_len(p + i, n - i))) {
			i += k;
			continue;
		}
		b->data[b->len++] = (char)p[i++];
		sp = false;
	}
	b->data[b->len] = '\0';
	return b->len - start;
}

size_t sr_utf8_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

size_t sr_utf8_cut(const char *s, size_t len, size_t n)
{
	if (n >= len)
		return len;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

int sr_phrase_eq(const sr_phrase *l, size_t count, const char *lw, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (l[i].len == n && l[i].s[0] == lw[0] && memcmp(l[i].s, lw, n) == 0)
			return (int)i;
	return -1;
}

int sr_phrase_prefix(const sr_phrase *l, size_t count, const char *lw, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (l[i].len <= n && l[i].s[0] == lw[0] && memcmp(l[i].s, lw, l[i].len) == 0)
			return (int)i;
	return -1;
}

/* The slow way: one pass over lw per phrase. */
static int phrase_in_each(const sr_phrase *l, size_t count, const char *lw, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (l[i].len <= n && memmem(lw, n, l[i].s, l[i].len))
			return (int)i;
	return -1;
}

int sr_phrase_in(const sr_phrase *l, size_t count, const char *lw, size_t n)
{
	/* one pass over lw instead of one per phrase: a 1,024-bit filter of
	 * the phrases' first two bytes says where one may start */
	if (n < 2)
		return phrase_in_each(l, count, lw, n);
	uint64_t bits[16] = {0};
	size_t shortest = SIZE_MAX;
	for (size_t i = 0; i < count; i++) {
		if (l[i].len < 2)
			return phrase_in_each(l, count, lw, n);
		unsigned h = ((unsigned char)l[i].s[0] * 31u + (unsigned char)l[i].s[1]) & 1023u;
		bits[h >> 6] |= 1ULL << (h & 63);
		shortest = l[i].len < shortest ? l[i].len : shortest;
	}
	int best = -1; /* the first phrase of the list that is in lw */
	for (size_t p = 0; shortest <= n && p + shortest <= n && best != 0; p++) {
		unsigned h = ((unsigned char)lw[p] * 31u + (unsigned char)lw[p + 1]) & 1023u;
		if (!(bits[h >> 6] >> (h & 63) & 1))
			continue;
		for (size_t i = 0; i < count && (best < 0 || i < (size_t)best); i++)
			if (l[i].s[0] == lw[p] && l[i].s[1] == lw[p + 1] && l[i].len <= n - p &&
			    memcmp(lw + p, l[i].s, l[i].len) == 0)
				best = (int)i;
	}
	return best;
}

size_t sr_lower_copy(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = n < cap ? n : cap;
	for (size_t i = 0; i < k; i++)
		out[i] = (char)sr_lower((unsigned char)s[i]);
	return k;
}

int sr_phrase_in_words(const sr_phrase *l, size_t count, const char *lw, size_t n)
{
	for (size_t i = 0; i < count; i++) {
		const char *p = lw, *e = lw + n;
		while (p < e && (p = memmem(p, (size_t)(e - p), l[i].s, l[i].len))) {
			bool left = p == lw || !sr_is_alnum((unsigned char)p[-1]);
			bool right = p + l[i].len == e || !sr_is_alnum((unsigned char)p[l[i].len]);
			if (left && right)
				return (int)i;
			p++;
		}
	}
	return -1;
}

size_t sr_words(const char *s, size_t n, size_t *start, size_t *end, size_t max)
{
	size_t count = 0;
	for (size_t i = 0; i < n && count < max;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		if (j > i) {
			start[count] = i;
			end[count] = j;
			count++;
		}
		i = j;
	}
	return count;
}

int32_t sr_day_of(const char *s)
{
	if (!s)
		return 0;
	int y = 0, m = 0, d = 0, n = 0;
	for (; n < 4 && sr_is_digit((unsigned char)s[n]); n++)
		y = y * 10 + (s[n] - '0');
	if (n != 4 || y < 1)
		return 0;
	const char *p = s + 4;
	bool dash = *p == '-';
	p += dash;
	if (!sr_is_digit((unsigned char)p[0]) || !sr_is_digit((unsigned char)p[1]))
		return 0;
	m = (p[0] - '0') * 10 + (p[1] - '0');
	p += 2;
	if (m < 1 || m > 12)
		return 0;
	if (dash ? *p != '-' : !sr_is_digit((unsigned char)*p))
		return sr_is_digit((unsigned char)*p) ? 0 : y * 10000 + m * 100 + 1; /* a month: its first day */
	p += dash;
	if (!sr_is_digit((unsigned char)p[0]) || !sr_is_digit((unsigned char)p[1]) || sr_is_digit((unsigned char)p[2]))
		return 0;
	d = (p[0] - '0') * 10 + (p[1] - '0');
	return d >= 1 && d <= 31 ? y * 10000 + m * 100 + d : 0;
}

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

int sr_edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 63 || m > 63)
		return 99;
	int row[64];
	for (size_t j = 0; j <= m; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= n; i++) {
		int diag = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= m; j++) {
			int up = row[j];
			int best = diag + (lower_ascii((unsigned char)a[i - 1]) != lower_ascii((unsigned char)b[j - 1]));
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[m];
}
