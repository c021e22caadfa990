#include "guard.h"

#include <string.h>

#include "../util/buf.h"
#include "../util/str.h"

enum { TAG_NEST, TAG_FLAT, TAG_RAW };

/* How a start tag counts: elements that never nest (void) or that the
 * parser closes by itself when a sibling starts are flat; script-like
 * elements hold raw text up to their end tag.  By length, then name. */
static int tag_kind(const char *t, size_t n)
{
	char w[9];
	if (n > 8)
		return TAG_NEST;
	sr_lower_copy(t, n, w, sizeof w);
#define IS(lit) (memcmp(w, lit, n) == 0)
	switch (n) {
	case 1: return w[0] == 'p' ? TAG_FLAT : TAG_NEST;
	case 2:
		return IS("br") || IS("hr") || IS("li") || IS("dt") || IS("dd") || IS("tr") || IS("td") || IS("th") ||
		               IS("rb") || IS("rt") || IS("rp")
		           ? TAG_FLAT
		           : TAG_NEST;
	case 3: return IS("img") || IS("col") || IS("wbr") ? TAG_FLAT : IS("xmp") ? TAG_RAW : TAG_NEST;
	case 4: return IS("meta") || IS("link") || IS("area") || IS("base") ? TAG_FLAT : TAG_NEST;
	case 5:
		if (IS("title") || IS("style"))
			return TAG_RAW;
		return IS("input") || IS("embed") || IS("param") || IS("track") || IS("tbody") || IS("thead") ||
		               IS("tfoot") || IS("frame") || IS("image")
		           ? TAG_FLAT
		           : TAG_NEST;
	case 6:
		if (IS("script") || IS("iframe"))
			return TAG_RAW;
		return IS("source") || IS("option") || IS("keygen") ? TAG_FLAT : TAG_NEST;
	case 7: return IS("noembed") ? TAG_RAW : IS("bgsound") ? TAG_FLAT : TAG_NEST;
	case 8:
		if (IS("textarea") || IS("noframes"))
			return TAG_RAW;
		return IS("optgroup") || IS("basefont") ? TAG_FLAT : TAG_NEST;
	default: return TAG_NEST;
	}
#undef IS
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

/* An upper bound of the depth: start tags minus end tags, at their
 * highest.  Cheap; the exact estimate runs only when this passes the cap. */
static size_t crude_depth(const char *s, size_t n)
{
	size_t open = 0, high = 0;
	const char *p = s, *e = s + n;
	while ((p = memchr(p, '<', (size_t)(e - p))) && p + 1 < e) {
		if (p[1] == '/') {
			if (open)
				open--;
		} else if (sr_is_alpha((unsigned char)p[1]) && ++open > high) {
			high = open;
		}
		p++;
	}
	return high;
}

size_t sr_guard_depth_cut(const char *s, size_t n, size_t max_depth)
{
	if (crude_depth(s, n) <= max_depth)
		return n;
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
		int kind = tag_kind(s + t, te - t);
		if (end) {
			if (depth && kind != TAG_FLAT)
				depth--;
		} else if (kind == TAG_RAW) {
			/* skip to the matching end tag */
			size_t j = after;
			for (;;) {
				const char *q = j < n ? memchr(s + j, '<', n - j) : NULL;
				if (!q) {
					j = n;
					break;
				}
				j = (size_t)(q - s);
				if (j + 2 + (te - t) <= n && s[j + 1] == '/' &&
				    sr_ascii_ncaseeq(s + j + 2, s + t, te - t))
					break;
				j++;
			}
			after = j;
		} else if (!self_closing && kind == TAG_NEST) {
			if (++depth > max_depth)
				return i;
		}
		i = after;
	}
	return n;
}

/* The position of the end tag </name at or after i (n when none). */
static size_t end_tag(const char *s, size_t n, size_t i, const char *name, size_t nl)
{
	while (i < n) {
		const char *q = memchr(s + i, '<', n - i);
		if (!q)
			return n;
		i = (size_t)(q - s);
		if (i + 2 + nl <= n && s[i + 1] == '/' && sr_ascii_ncaseeq(s + i + 2, name, nl))
			return i;
		i++;
	}
	return n;
}

/* HTML elements that close foreign content (SVG, MathML) when they
 * start inside it: an unclosed <svg> ends there, not at the page's end. */
static bool html_breakout(const char *t, size_t n)
{
	static const char *const B[] = {"p",   "div",     "h1",      "h2",   "h3",    "h4",        "h5",
	                                "h6",  "ul",      "ol",      "li",   "table", "span",      "br",
	                                "img", "section", "article", "body", "pre",   "blockquote"};
	size_t k = 0;
	while (k < n && k < 12 && sr_is_alnum((unsigned char)t[k]))
		k++;
	if (k == 0 || (k < n && !(sr_is_space((unsigned char)t[k]) || t[k] == '>' || t[k] == '/')))
		return false;
	for (size_t i = 0; i < sizeof B / sizeof B[0]; i++)
		if (sr_ascii_caseeq(t, k, B[i]))
			return true;
	return false;
}

bool sr_guard_strip(const char *s, size_t n, sr_buf *out)
{
	size_t i = 0, copied = 0;
	bool removed = false;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		size_t skip_from = 0, skip_to = 0;
		if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = NULL;
			for (const char *p = s + i + 4; p + 3 <= s + n; p++) {
				p = memchr(p, '-', (size_t)(s + n - p));
				if (!p || p + 3 > s + n)
					break;
				if (p[1] == '-' && p[2] == '>') {
					e = p + 3;
					break;
				}
			}
			skip_from = i;
			skip_to = e ? (size_t)(e - s) : n;
		} else if (i + 5 <= n && sr_ascii_ncaseeq(s + i + 1, "svg", 3) &&
		           (sr_is_space((unsigned char)s[i + 4]) || s[i + 4] == '>')) {
			/* inline SVG (icons, charts): drawing, not text */
			size_t te = tag_end(s, n, i);
			if (te >= 2 && s[te - 2] == '/') {
				i = te;
				continue;
			}
			size_t j = te, depth = 1;
			while (j < n && depth) {
				const char *q = memchr(s + j, '<', n - j);
				if (!q) {
					j = n;
					break;
				}
				j = (size_t)(q - s);
				if (html_breakout(s + j + 1, n - j - 1)) {
					j = te; /* an HTML element ends the SVG early: leave it to the parser */
					break;
				}
				if (j + 5 <= n && s[j + 1] == '/' && sr_ascii_ncaseeq(s + j + 2, "svg", 3))
					depth--;
				else if (j + 4 <= n && sr_ascii_ncaseeq(s + j + 1, "svg", 3) &&
				         (sr_is_space((unsigned char)s[j + 4]) || s[j + 4] == '>'))
					depth++;
				if (depth)
					j++;
			}
			skip_from = te;
			skip_to = j;
		} else if (i + 7 <= n &&
		           (sr_ascii_ncaseeq(s + i + 1, "script", 6) || sr_ascii_ncaseeq(s + i + 1, "style", 5))) {
			bool script = sr_ascii_ncaseeq(s + i + 1, "script", 6);
			size_t nl = script ? 6 : 5;
			unsigned char after = i + 1 + nl < n ? (unsigned char)s[i + 1 + nl] : ' ';
			if (!(sr_is_space(after) || after == '>' || after == '/')) {
				i++;
				continue;
			}
			size_t te = tag_end(s, n, i);
			if (script && sr_memcasemem(s + i, te - i, "ld+json", 7)) {
				i = te;
				continue; /* JSON-LD is read */
			}
			skip_from = te;
			skip_to = end_tag(s, n, te, script ? "script" : "style", nl);
		} else {
			i++;
			continue;
		}
		if (skip_to > skip_from) {
			sr_buf_append(out, s + copied, skip_from - copied);
			copied = skip_to;
			removed = true;
		}
		i = skip_to > i ? skip_to : i + 1;
	}
	if (!removed || out->failed) {
		out->len = 0;
		return false;
	}
	sr_buf_append(out, s + copied, n - copied);
	return !out->failed;
}
