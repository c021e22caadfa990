#include "guard.h"

#include <string.h>

#include "../util/str.h"

/* Elements that never nest (void) or that the parser closes by itself when
 * a sibling starts: neither adds to the depth estimate. */
static bool flat_element(const char *t, size_t n)
{
	static const char *const FLAT[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
	                                   "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr",
	                                   "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "rb", "rt",
	                                   "rp", "image", "keygen", "frame", "basefont", "bgsound"};
	for (size_t i = 0; i < sizeof FLAT / sizeof FLAT[0]; i++)
		if (sr_ascii_caseeq(t, n, FLAT[i]))
			return true;
	return false;
}

/* Elements whose content is text up to their end tag. */
static bool raw_element(const char *t, size_t n)
{
	return sr_ascii_caseeq(t, n, "script") || sr_ascii_caseeq(t, n, "style") ||
	       sr_ascii_caseeq(t, n, "textarea") || sr_ascii_caseeq(t, n, "title") || sr_ascii_caseeq(t, n, "xmp") ||
	       sr_ascii_caseeq(t, n, "iframe") || sr_ascii_caseeq(t, n, "noembed") || sr_ascii_caseeq(t, n, "noframes");
}

/* End of the tag that starts at s[i] ('<'), honouring quoted values. */
static size_t tag_end(const char *s, size_t n, size_t i)
{
	char q = 0;
	for (; i < n; i++) {
		char c = s[i];
		if (q) {
			if (c == q)
				q = 0;
		} else if (c == '"' || c == '\'') {
			q = c;
		} else if (c == '>') {
			return i + 1;
		}
	}
	return n;
}

size_t sr_guard_depth_cut(const char *s, size_t n, size_t max_depth)
{
	size_t depth = 0, i = 0;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = NULL;
			for (size_t j = i + 4; j + 3 <= n; j++)
				if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>') {
					e = s + j + 3;
					break;
				}
			i = e ? (size_t)(e - s) : n;
			continue;
		}
		bool end = i + 1 < n && s[i + 1] == '/';
		size_t t = i + 1 + end, te = t;
		while (te < n && (sr_is_alnum((unsigned char)s[te]) || s[te] == '-' || s[te] == ':'))
			te++;
		if (te == t || !sr_is_alpha((unsigned char)s[t])) {
			i++;
			continue;
		}
		size_t after = tag_end(s, n, te);
		bool self_closing = after >= 2 && s[after - 2] == '/';
		if (end) {
			if (depth && !flat_element(s + t, te - t))
				depth--;
		} else if (raw_element(s + t, te - t)) {
			/* skip to the matching end tag */
			size_t j = after;
			for (; j + 2 + (te - t) <= n; j++)
				if (s[j] == '<' && s[j + 1] == '/' && sr_ascii_ncaseeq(s + j + 2, s + t, te - t))
					break;
			after = j < n ? j : n;
		} else if (!self_closing && !flat_element(s + t, te - t)) {
			if (++depth > max_depth)
				return i;
		}
		i = after;
	}
	return n;
}
