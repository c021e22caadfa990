/* testutil.h: helpers shared by the test programs. */
#ifndef SR_TESTUTIL_H
#define SR_TESTUTIL_H
#include <stdio.h>
#include <stdlib.h>

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
#endif
