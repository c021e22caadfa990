#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "arena.h"
#include "str.h"

static const char REPL[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* Past a run of ASCII bytes other than NUL at s[i], eight at a time. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t n)
{
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w & 0x8080808080808080ull) || ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
			break;
		i += 8;
	}
	return i;
}

size_t sr_utf8_seqlen(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return c ? 1 : 0;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

bool sr_utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		i = skip_ascii(s, i, n);
		if (i >= n)
			break;
		if (s[i] < 0x80 && s[i]) {
			i++;
			continue;
		}
		size_t k = sr_utf8_seqlen(s + i, n - i);
		if (!k)
			return false;
		i += k;
	}
	return true;
}

size_t sr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t k = n ? sr_utf8_seqlen(s, n) : 0;
	switch (k) {
	case 1: *cp = s[0]; break;
	case 2: *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); break;
	case 3: *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F); break;
	case 4:
		*cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
		      ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		break;
	default: *cp = 0xFFFD; return 1;
	}
	return k;
}

size_t sr_utf8_encode(uint32_t cp, char out[4])
{
	if (cp >= 0xD800 && cp <= 0xDFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp > 0x10FFFF)
		return sr_utf8_encode(0xFFFD, out);
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool sr_utf8_sanitize(const unsigned char *s, size_t n, sr_buf *out)
{
	size_t i = 0, run = 0;
	if (!sr_buf_reserve(out, n))
		return false;
	while (i < n) {
		i = skip_ascii(s, i, n);
		if (i >= n)
			break;
		size_t k = (s[i] < 0x80 && s[i]) ? 1 : sr_utf8_seqlen(s + i, n - i);
		if (k) {
			i += k;
			continue;
		}
		sr_buf_append(out, s + run, i - run);
		sr_buf_append(out, REPL, 3);
		i++;
		/* skip the continuation bytes of a broken sequence */
		while (i < n && (s[i] & 0xC0) == 0x80)
			i++;
		run = i;
	}
	sr_buf_append(out, s + run, n - run);
	return !out->failed;
}

/* WHATWG label table, the common part.  Order: label, iconv name. */
static const char *const LABELS[][2] = {
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"us-ascii", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},
    {"ibm819", "WINDOWS-1252"},
    {"iso-8859-2", "ISO-8859-2"},
    {"latin2", "ISO-8859-2"},
    {"iso-8859-3", "ISO-8859-3"},
    {"iso-8859-4", "ISO-8859-4"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-6", "ISO-8859-6"},
    {"arabic", "ISO-8859-6"},
    {"iso-8859-7", "ISO-8859-7"},
    {"greek", "ISO-8859-7"},
    {"iso-8859-8", "ISO-8859-8"},
    {"iso-8859-8-i", "ISO-8859-8"},
    {"hebrew", "ISO-8859-8"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"latin5", "WINDOWS-1254"},
    {"iso-8859-10", "ISO-8859-10"},
    {"iso-8859-13", "ISO-8859-13"},
    {"iso-8859-14", "ISO-8859-14"},
    {"iso-8859-15", "ISO-8859-15"},
    {"latin9", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"},
    {"windows-1250", "WINDOWS-1250"},
    {"cp1250", "WINDOWS-1250"},
    {"windows-1251", "WINDOWS-1251"},
    {"cp1251", "WINDOWS-1251"},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"windows-1255", "WINDOWS-1255"},
    {"windows-1256", "WINDOWS-1256"},
    {"cp1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"windows-1258", "WINDOWS-1258"},
    {"windows-874", "WINDOWS-874"},
    {"tis-620", "WINDOWS-874"},
    {"koi8-r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"gbk", "GB18030"},
    {"gb2312", "GB18030"},
    {"gb18030", "GB18030"},
    {"x-gbk", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"big5-hkscs", "BIG5-HKSCS"},
    {"shift_jis", "SHIFT_JIS"},
    {"shift-jis", "SHIFT_JIS"},
    {"sjis", "SHIFT_JIS"},
    {"x-sjis", "SHIFT_JIS"},
    {"windows-31j", "CP932"},
    {"euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"},
    {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"macintosh", "MACINTOSH"},
    {"x-mac-roman", "MACINTOSH"},
    {"ibm866", "CP866"},
};

bool sr_charset_canon(const char *label, size_t n, char *out, size_t outlen)
{
	while (n && sr_is_space((unsigned char)*label))
		label++, n--;
	while (n && (sr_is_space((unsigned char)label[n - 1]) || label[n - 1] == '"' || label[n - 1] == '\''))
		n--;
	for (size_t i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++) {
		if (strlen(LABELS[i][0]) == n && sr_ascii_ncaseeq(label, LABELS[i][0], n)) {
			snprintf(out, outlen, "%s", LABELS[i][1]);
			return true;
		}
	}
	return false;
}

/* Find charset= in an attribute value such as "text/html; charset=utf-8". */
static bool charset_from_content(const char *v, size_t n, char *out, size_t outlen)
{
	const char *p = sr_memcasemem(v, n, "charset", 7);
	if (!p)
		return false;
	p += 7;
	const char *e = v + n;
	while (p < e && sr_is_space((unsigned char)*p))
		p++;
	if (p >= e || *p != '=')
		return false;
	p++;
	while (p < e && (sr_is_space((unsigned char)*p) || *p == '"' || *p == '\''))
		p++;
	const char *s = p;
	while (p < e && *p != ';' && *p != '"' && *p != '\'' && !sr_is_space((unsigned char)*p))
		p++;
	return sr_charset_canon(s, (size_t)(p - s), out, outlen);
}

/* Value of attribute name inside the tag text t[0..n). */
static bool tag_attr(const char *t, size_t n, const char *name, const char **v, size_t *vn)
{
	size_t nl = strlen(name);
	for (size_t i = 0; i + nl < n; i++) {
		if (!sr_ascii_ncaseeq(t + i, name, nl))
			continue;
		if (i && !sr_is_space((unsigned char)t[i - 1]) && t[i - 1] != '/')
			continue;
		size_t j = i + nl;
		while (j < n && sr_is_space((unsigned char)t[j]))
			j++;
		if (j >= n || t[j] != '=')
			continue;
		j++;
		while (j < n && sr_is_space((unsigned char)t[j]))
			j++;
		if (j >= n)
			return false;
		char q = t[j];
		size_t s;
		if (q == '"' || q == '\'') {
			s = ++j;
			while (j < n && t[j] != q)
				j++;
		} else {
			s = j;
			while (j < n && !sr_is_space((unsigned char)t[j]) && t[j] != '>')
				j++;
		}
		*v = t + s;
		*vn = j - s;
		return true;
	}
	return false;
}

static bool prescan(const char *p, size_t n, char *out, size_t outlen)
{
	size_t lim = n < 8192 ? n : 8192;
	if (lim >= 5 && memcmp(p, "<?xml", 5) == 0) {
		const char *e = memchr(p, '>', lim);
		const char *v;
		size_t vn;
		if (e && tag_attr(p, (size_t)(e - p), "encoding", &v, &vn) && sr_charset_canon(v, vn, out, outlen))
			return true;
	}
	for (size_t i = 0; i + 5 < lim; i++) {
		if (p[i] != '<' || !sr_ascii_ncaseeq(p + i + 1, "meta", 4))
			continue;
		const char *e = memchr(p + i, '>', lim - i);
		if (!e)
			break;
		const char *t = p + i + 5;
		size_t tn = (size_t)(e - t);
		const char *v;
		size_t vn;
		if (tag_attr(t, tn, "charset", &v, &vn) && sr_charset_canon(v, vn, out, outlen))
			return true;
		if (tag_attr(t, tn, "content", &v, &vn) && charset_from_content(v, vn, out, outlen))
			return true;
	}
	return false;
}

static bool looks_utf16(const unsigned char *p, size_t n, bool *le)
{
	size_t lim = n < 1024 ? n & ~(size_t)1 : 1024, even = 0, odd = 0;
	if (lim < 8)
		return false;
	for (size_t i = 0; i < lim; i += 2) {
		even += p[i] == 0;
		odd += p[i + 1] == 0;
	}
	size_t half = lim / 2;
	if (odd > half * 6 / 10 && even < half / 10) {
		*le = true;
		return true;
	}
	if (even > half * 6 / 10 && odd < half / 10) {
		*le = false;
		return true;
	}
	return false;
}

void sr_charset_detect(const unsigned char *p, size_t n, char *name, size_t namelen, size_t *skip)
{
	*skip = 0;
	bool le;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		*skip = 3;
		snprintf(name, namelen, "UTF-8");
	} else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		*skip = 2;
		snprintf(name, namelen, "UTF-16LE");
	} else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		*skip = 2;
		snprintf(name, namelen, "UTF-16BE");
	} else if (looks_utf16(p, n, &le)) {
		snprintf(name, namelen, le ? "UTF-16LE" : "UTF-16BE");
	} else if (prescan((const char *)p, n, name, namelen)) {
		/* a page that declares UTF-16 in ASCII bytes is not UTF-16 */
		if (strncmp(name, "UTF-16", 6) == 0)
			snprintf(name, namelen, "UTF-8");
		/* declared UTF-8 that is not, but is clean 8-bit: real pages lie */
	} else if (sr_utf8_valid(p, n)) {
		snprintf(name, namelen, "UTF-8");
	} else {
		snprintf(name, namelen, "WINDOWS-1252");
	}
}

sr_status sr_charset_to_utf8(const char *charset, const unsigned char *p, size_t n, sr_buf *out)
{
	if (strcmp(charset, "UTF-8") == 0)
		return sr_utf8_sanitize(p, n, out) ? SR_OK
		                                   : (out->max && out->len + n > out->max ? SR_ETOOBIG : SR_ENOMEM);
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return SR_EENCODING;
	size_t unit = strncmp(charset, "UTF-16", 6) == 0 ? 2 : 1;
	char *in = (char *)p;
	size_t inleft = n;
	sr_status st = SR_OK;
	while (inleft) {
		if (!sr_buf_reserve(out, inleft * 2 + 16)) {
			st = SR_ETOOBIG;
			break;
		}
		char *o = out->data + out->len;
		size_t oleft = out->cap - out->len - 1;
		size_t before = oleft;
		size_t rc = iconv(cd, &in, &inleft, &o, &oleft);
		out->len += before - oleft;
		out->data[out->len] = '\0';
		if (rc != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ or EINVAL (incomplete at end): replace one unit */
		sr_buf_append(out, REPL, 3);
		size_t k = inleft < unit ? inleft : unit;
		in += k;
		inleft -= k;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	if (st != SR_OK)
		return st;
	/* iconv passes NUL through; the rest of the pipeline wants none */
	for (size_t i = 0; i < out->len; i++)
		if (out->data[i] == '\0')
			out->data[i] = ' ';
	return out->failed ? SR_ENOMEM : SR_OK;
}

static bool has_lead_then(const unsigned char *p, size_t n, unsigned char lead, unsigned char lo, unsigned char hi)
{
	const unsigned char *e = p + n;
	while (p < e) {
		const unsigned char *q = memchr(p, lead, (size_t)(e - p));
		if (!q || q + 1 >= e)
			return false;
		if (q[1] >= lo && q[1] <= hi)
			return true;
		p = q + 1;
	}
	return false;
}

bool sr_utf8_needs_nfc(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	return has_lead_then(p, n, 0xCC, 0x80, 0xBF) || has_lead_then(p, n, 0xCD, 0x80, 0xAF) || /* U+0300..U+036F */
	       has_lead_then(p, n, 0xE1, 0x84, 0x87);                                            /* Hangul jamo */
}

char *sr_utf8_nfc(const char *s, size_t n, size_t *outlen)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t k =
	    utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (k < 0) {
		free(dst);
		return NULL;
	}
	*outlen = (size_t)k;
	return (char *)dst;
}

bool sr_buf_nfc_tail(sr_buf *b, size_t from)
{
	if (b->failed || !b->data || from >= b->len || !sr_utf8_needs_nfc(b->data + from, b->len - from))
		return true;
	size_t k = 0;
	char *d = sr_utf8_nfc(b->data + from, b->len - from, &k);
	if (!d)
		return false;
	b->len = from; /* the composed form replaces the tail */
	bool ok = sr_buf_append(b, d, k);
	free(d);
	return ok;
}

const char *sr_text_dup(sr_arena *a, const char *s, size_t n)
{
	if (!s)
		return NULL;
	sr_trim(&s, &n);
	if (!n)
		return NULL;
	sr_buf b;
	sr_buf_init(&b, 1 << 20);
	sr_append_collapsed(&b, s, n);
	sr_buf_nfc_tail(&b, 0);
	const char *r = NULL;
	if (!b.failed && b.len) {
		size_t len = b.len;
		while (len && b.data[len - 1] == ' ')
			len--;
		r = sr_arena_strndup(a, b.data, len);
	}
	sr_buf_clear(&b);
	return r;
}
