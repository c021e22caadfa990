/* testutil.h: helpers shared by the test programs. */
#ifndef SR_TESTUTIL_H
#define SR_TESTUTIL_H
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

static inline char *tu_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	for (;;) {
		if (n == cap) {
			char *nb = realloc(b, cap * 2);
			if (!nb) {
				free(b);
				fclose(f);
				return NULL;
			}
			b = nb;
			cap *= 2;
		}
		size_t k = fread(b + n, 1, cap - n, f);
		if (!k)
			break;
		n += k;
	}
	fclose(f);
	*len = n;
	return b;
}
/* Collapse every run of white space (and NBSP, as Python's str.split()
 * does in the corpus' own scorer) to one space and trim: the scoring rule of
 * the extraction corpus.  malloc'ed. */
static inline char *tu_collapse(const char *s, size_t n)
{
	char *o = malloc(n + 1);
	size_t k = 0;
	int sp = 1;
	if (!o)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			ws = 1;
			i++;
		}
		if (ws) {
			if (!sp)
				o[k++] = ' ';
			sp = 1;
		} else {
			o[k++] = (char)c;
			sp = 0;
		}
	}
	while (k && o[k - 1] == ' ')
		k--;
	o[k] = '\0';
	return o;
}
/* s[0..n) as one gzip member (fast level), malloc'ed into *out; returns
 * its size. */
static inline size_t tu_gzip(const void *s, size_t n, unsigned char **out)
{
	uLong cap = compressBound((uLong)n) + 64;
	*out = malloc(cap);
	z_stream z = {0};
	deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
	z.next_in = (unsigned char *)s;
	z.avail_in = (uInt)n;
	z.next_out = *out;
	z.avail_out = (uInt)cap;
	deflate(&z, Z_FINISH);
	size_t k = cap - z.avail_out;
	deflateEnd(&z);
	return k;
}
#endif
