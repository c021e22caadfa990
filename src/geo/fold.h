/* fold.h: how a place's name becomes a gazetteer key, shared by the
 * gazetteer's builder (tools/mkgazetteer.c) and its reader (places.c), which
 * must agree byte for byte. */
#ifndef SR_GEO_FOLD_H
#define SR_GEO_FOLD_H
#include <ctype.h>
#include <stddef.h>

/* Append folded bytes (ASCII, or utf8proc's output: case folded, marks
 * stripped) to out[k..cap): letters and digits in lower case, words one
 * space apart, apostrophes (', `, U+2018/9) and ayin/hamza marks (U+02BC,
 * U+02BE, U+02BF) dropped, anything else a word break.  Returns the new
 * length; out is NUL-terminated. */
static inline size_t sr_geo_fold_bytes(const unsigned char *p, size_t n, char *out, size_t k, size_t cap)
{
	int space = k > 0;
	for (const unsigned char *e = p + n; p < e && k + 2 < cap; p++) {
		if (*p >= 0x80) {
			if ((p[0] == 0xE2 && p + 2 < e && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) ||
			    (p[0] == 0xCA && p + 1 < e && (p[1] == 0xBF || p[1] == 0xBE))) {
				p += p[0] == 0xE2 ? 2 : 1;
				continue;
			}
			space = 1;
			continue;
		}
		if (isalnum(*p)) {
			if (space && k)
				out[k++] = ' ';
			space = 0;
			out[k++] = (char)tolower(*p);
		} else if (*p != '\'' && *p != '`') {
			space = 1;
		}
	}
	out[k] = '\0';
	return k;
}
#endif
