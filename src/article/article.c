/* article.c: sr_extract(), the whole first stage: bytes in, article out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sitrep.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/charset.h"
#include "../util/gz.h"
#include "../util/hash.h"
#include "../util/json.h"
#include "../util/str.h"
#include "article_int.h"
#include "content.h"
#include "dom.h"
#include "guard.h"
#include "lang.h"
#include "media.h"
#include "meta.h"
#include "textpage.h"

struct sr_ctx {
	sr_html *html;
	sr_arena dom_arena; /* the page's text and attributes, for one document */
	sr_dom dom;
	sr_lang *lang;
	bool lang_tried;
	char err[512];
};

typedef struct article_impl {
	sr_article pub;
	sr_arena arena;
	char *text; /* the body text, handed over from its buffer */
} article_impl;

const char *sr_status_str(sr_status st)
{
	switch (st) {
	case SR_OK: return "ok";
	case SR_ENOMEM: return "out of memory";
	case SR_EINVAL: return "invalid argument";
	case SR_EIO: return "input/output error";
	case SR_EPARSE: return "parse error";
	case SR_ETOOBIG: return "input too large";
	case SR_EENCODING: return "unsupported character encoding";
	case SR_EEMPTY: return "empty input";
	case SR_EGZIP: return "corrupt gzip data";
	case SR_ESKIP: return "not a page";
	}
	return "unknown status";
}

sr_status sr_ctx_new(sr_ctx **out)
{
	sr_ctx *c = calloc(1, sizeof *c);
	if (!c)
		return SR_ENOMEM;
	c->html = sr_html_new();
	if (!c->html) {
		free(c);
		return SR_ENOMEM;
	}
	sr_arena_init(&c->dom_arena);
	*out = c;
	return SR_OK;
}

void sr_ctx_free(sr_ctx *c)
{
	if (!c)
		return;
	sr_dom_clear(&c->dom);
	sr_arena_clear(&c->dom_arena);
	sr_html_free(c->html);
	free(c);
}

const char *sr_ctx_error(const sr_ctx *c)
{
	return c ? c->err : "";
}

static sr_status fail(sr_ctx *c, sr_status st, const char *name, const char *fmt, const char *detail)
{
	char msg[400];
	snprintf(msg, sizeof msg, fmt, detail);
	snprintf(c->err, sizeof c->err, "%s: %s", name ? name : "input", msg);
	return st;
}

void sr_article_free(sr_article *a)
{
	if (!a)
		return;
	article_impl *im = (article_impl *)a;
	sr_arena_clear(&im->arena);
	free(im->text);
	free(im);
}

static bool add_warning(article_impl *im, const char *w)
{
	sr_article *a = &im->pub;
	const char **v = sr_arena_alloc(&im->arena, (a->n_warnings + 1) * sizeof *v);
	if (!v)
		return false;
	if (a->n_warnings)
		memcpy(v, a->warnings, a->n_warnings * sizeof *v);
	v[a->n_warnings++] = sr_arena_strdup(&im->arena, w);
	a->warnings = v;
	return true;
}

/* Decompress and decode to UTF-8.  *out points either into the input
 * (valid UTF-8 needs no copy) or into own. */
static sr_status decode(sr_ctx *c, const void *data, size_t len, const char *name, const char *hint, sr_buf *own,
                        const char **out, size_t *outn, char *cs, size_t cslen)
{
	sr_buf raw;
	sr_buf_init(&raw, SR_MAX_INPUT);
	const unsigned char *p = data;
	size_t n = len;
	if (sr_gz_is(data, len)) {
		char err[200] = "";
		sr_status st = sr_gz_inflate(data, len, &raw, err, sizeof err);
		if (st != SR_OK) {
			sr_buf_clear(&raw);
			return fail(c, st, name, "%s", err[0] ? err : sr_status_str(st));
		}
		p = (const unsigned char *)raw.data;
		n = raw.len;
	}
	size_t skip = 0;
	sr_charset_detect(p, n, cs, cslen, &skip);
	/* a charset the transport declared (HTTP) comes after a BOM and
	 * before the page's own declaration, as in HTML5; but servers label
	 * UTF-8 pages as Latin-1 often enough that valid UTF-8 with non-ASCII
	 * bytes wins over a single-byte label */
	char hinted[40];
	if (hint && !skip && sr_charset_canon(hint, strlen(hint), hinted, sizeof hinted) &&
	    strncmp(hinted, "UTF-16", 6) != 0) {
		bool ascii = true;
		for (size_t i = 0; i < n && ascii; i++)
			ascii = p[i] < 0x80;
		bool utf8_anyway = strcmp(hinted, "UTF-8") != 0 && !ascii && sr_utf8_valid(p, n);
		if (!utf8_anyway)
			snprintf(cs, cslen, "%s", hinted);
	}
	if (strcmp(cs, "UTF-8") == 0 && sr_utf8_valid(p + skip, n - skip)) {
		if (raw.data) {
			sr_buf_clear(own);
			*own = raw;
		}
		*out = (const char *)p + skip;
		*outn = n - skip;
		return SR_OK;
	}
	sr_status st = sr_charset_to_utf8(cs, p + skip, n - skip, own);
	if (st == SR_EENCODING) {
		/* an iconv without this charset: fall back to windows-1252 */
		snprintf(cs, cslen, "WINDOWS-1252");
		own->len = 0;
		own->failed = false;
		st = sr_charset_to_utf8(cs, p + skip, n - skip, own);
	}
	sr_buf_clear(&raw);
	if (st != SR_OK)
		return fail(c, st, name, "%s", sr_status_str(st));
	*out = own->data ? own->data : "";
	*outn = own->len;
	return SR_OK;
}

/* The kind of a file that is no page or text, by its magic bytes (NULL:
 * none of them). */
static const char *binary_kind(const unsigned char *p, size_t n)
{
	static const struct {
		const char *magic;
		size_t len, at;
		const char *kind;
	} M[] = {{"\x89PNG\r\n\x1a\n", 8, 0, "a PNG image"},
	         {"\xff\xd8\xff", 3, 0, "a JPEG image"},
	         {"GIF87a", 6, 0, "a GIF image"},
	         {"GIF89a", 6, 0, "a GIF image"},
	         {"WEBP", 4, 8, "a WebP image"},
	         {"%PDF-", 5, 0, "a PDF document"},
	         {"PK\x03\x04", 4, 0, "a ZIP archive (or an office document)"},
	         {"PK\x05\x06", 4, 0, "a ZIP archive"},
	         {"\xfd" "7zXZ\x00", 6, 0, "an XZ archive"},
	         {"7z\xbc\xaf\x27\x1c", 6, 0, "a 7-Zip archive"},
	         {"1AY&SY", 6, 4, "a bzip2 archive"},
	         {"\x28\xb5\x2f\xfd", 4, 0, "a Zstandard archive"},
	         {"\x7f" "ELF", 4, 0, "an executable (ELF)"},
	         {"\xcf\xfa\xed\xfe", 4, 0, "an executable (Mach-O)"},
	         {"\x00" "asm", 4, 0, "a WebAssembly module"},
	         {"SQLite format 3\x00", 16, 0, "an SQLite database"},
	         {"OggS\x00", 5, 0, "an Ogg media file"},
	         {"ftyp", 4, 4, "an MP4 media file"},
	         {"\x1a\x45\xdf\xa3", 4, 0, "a Matroska/WebM media file"},
	         {"ustar", 5, 257, "a tar archive"}};
	for (size_t i = 0; i < sizeof M / sizeof *M; i++)
		if (n >= M[i].at + M[i].len && !memcmp(p + M[i].at, M[i].magic, M[i].len))
			return M[i].kind;
	/* a Windows executable: "MZ", and "PE\0\0" where its header says */
	if (n >= 64 && p[0] == 'M' && p[1] == 'Z') {
		size_t pe = (size_t)p[60] | (size_t)p[61] << 8 | (size_t)p[62] << 16 | (size_t)p[63] << 24;
		if (pe + 4 <= n && !memcmp(p + pe, "PE\0\0", 4))
			return "an executable (Windows)";
	}
	/* an MP3 file's ID3 tag: "ID3", a version 2 to 4, a zero revision */
	if (n >= 10 && !memcmp(p, "ID3", 3) && p[3] >= 2 && p[3] <= 4 && p[4] == 0)
		return "an MP3 file";
	return NULL;
}

/* Not text at all: control bytes (text in any charset sitrep reads has
 * almost none: they are found decoded, so UTF-16's zero bytes are not
 * counted) or replacement characters, over 5% of the first 64 KB (random
 * bytes have 11%; a page with a stray ESC or BEL is still a page). */
static bool binary_garbage(const char *s, size_t n)
{
	size_t bad = 0, lim = n < 65536 ? n : 65536;
	for (size_t i = 0; i < lim; i++) {
		unsigned char ch = (unsigned char)s[i];
		if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') || ch == 0x7f ||
		    (ch == 0xEF && i + 2 < lim && (unsigned char)s[i + 1] == 0xBF && (unsigned char)s[i + 2] == 0xBD))
			bad++;
	}
	return lim && bad >= 8 && bad * 20 > lim;
}

/* Control characters (C0 but tab and line end, DEL, C1) as spaces, byte
 * for byte, so that offsets into s stay. */
static void blank_controls(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f)
			s[i] = ' ';
		else if (ch == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F)
			s[i] = s[i + 1] = ' ', i++;
	}
}

/* A copy of field s with its control characters as spaces and trimmed (s
 * itself when it has none). */
static const char *clean_field(sr_arena *a, const char *s)
{
	if (!s)
		return NULL;
	bool any = false;
	for (const unsigned char *p = (const unsigned char *)s; *p && !any; p++)
		any = *p < 0x20 || *p == 0x7f || (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F);
	if (!any)
		return s;
	char *c = sr_arena_strdup(a, s);
	if (!c)
		return s;
	blank_controls(c, strlen(c));
	const char *t = c;
	size_t n = strlen(c);
	sr_trim(&t, &n);
	return n ? sr_arena_strndup(a, t, n) : NULL;
}

static const char *lower_cs(sr_arena *a, const char *cs)
{
	char tmp[40];
	size_t i = 0;
	for (; cs[i] && i < sizeof tmp - 1; i++)
		tmp[i] = (char)sr_lower((unsigned char)cs[i]);
	tmp[i] = '\0';
	return sr_arena_strdup(a, tmp);
}

/* Language: the text's, checked against the markup's. */
static void set_language(sr_ctx *c, article_impl *im, const char *markup)
{
	sr_article *a = &im->pub;
	if (!c->lang_tried) {
		c->lang = sr_lang_shared();
		c->lang_tried = true;
	}
	char found[8] = "";
	sr_lang_identify(c->lang, a->text, a->text_len, found);
	if (found[0] && markup && strcmp(found, markup) == 0) {
		a->language = markup;
		a->language_source = "markup+text";
	} else if (found[0] && (a->text_len >= 400 || !markup)) {
		a->language = sr_arena_strdup(&im->arena, found);
		a->language_source = "text";
		if (markup) {
			char w[96];
			snprintf(w, sizeof w, "markup says language '%s', text reads as '%s'", markup, found);
			add_warning(im, w);
		}
	} else if (markup) {
		a->language = markup;
		a->language_source = "markup";
	}
}

static sr_status finish_paras(article_impl *im, sr_buf *text, sr_para_list *paras)
{
	sr_article *a = &im->pub;
	size_t len = 0;
	im->text = sr_buf_steal(text, &len);
	a->text = im->text;
	a->text_len = len;
	if (paras->n) {
		a->paragraphs = sr_arena_alloc(&im->arena, paras->n * sizeof *a->paragraphs);
		if (!a->paragraphs)
			return SR_ENOMEM;
		memcpy(a->paragraphs, paras->v, paras->n * sizeof *a->paragraphs);
		a->n_paragraphs = paras->n;
	}
	return a->text ? SR_OK : SR_ENOMEM;
}

static void copy_meta(article_impl *im, const sr_meta *m)
{
	sr_article *a = &im->pub;
	sr_arena *ar = &im->arena;
	a->url = m->url;
	a->title = m->title;
	a->subtitle = m->subtitle;
	a->site_name = m->site_name;
	a->modified = m->modified;
	if (m->n_authors) {
		a->authors = sr_arena_alloc(ar, m->n_authors * sizeof *a->authors);
		if (a->authors) {
			memcpy(a->authors, m->authors, m->n_authors * sizeof *a->authors);
			a->n_authors = m->n_authors;
		}
	}
	if (m->published_source) {
		char tmp[40];
		sr_date_format(&m->published, tmp, sizeof tmp);
		a->published = sr_arena_strdup(ar, tmp);
		a->published_precision = sr_date_prec_name(m->published.prec);
		a->published_source = m->published_source;
	}
}

static sr_status extract_html(sr_ctx *c, article_impl *im, const char *html, size_t n, const sr_extract_opts *o)
{
	const char *name = o && o->name ? o->name : "input";
	sr_buf stripped;
	sr_buf_init(&stripped, SR_MAX_INPUT);
	if (sr_guard_strip(html, n, &stripped)) {
		html = stripped.data;
		n = stripped.len;
	}
	size_t keep = sr_guard_depth_cut(html, n, SR_MAX_NESTING);
	if (keep < n) {
		char w[96];
		snprintf(w, sizeof w, "nesting deeper than %d levels: page cut at byte %zu", SR_MAX_NESTING, keep);
		add_warning(im, w);
		n = keep;
	}
	sr_arena_clear(&c->dom_arena);
	bool parsed = true;
	bool whole = sr_dom_build(&c->dom, c->html, html, n, &c->dom_arena, &parsed);
	sr_buf_clear(&stripped); /* the tree keeps its own copies of the text */
	if (!parsed)
		return fail(c, SR_EPARSE, name, "%s", "the HTML parser gave up");
	if (!whole)
		add_warning(im, "document too large: cut short");
	sr_meta m;
	sr_meta_extract(&c->dom, &im->arena, o ? o->url : NULL, &m);
	sr_buf text;
	sr_buf_init(&text, SR_MAX_INPUT);
	sr_para_list paras = {0};
	int32_t root = sr_content_extract(&c->dom, &text, &paras);
	if (root >= 0)
		sr_content_add_lead(&c->dom, root, m.subtitle, &text, &paras);
	sr_status st = text.failed ? SR_ENOMEM : finish_paras(im, &text, &paras);
	sr_buf_clear(&text);
	sr_para_list_clear(&paras);
	if (st != SR_OK)
		return fail(c, st, name, "%s", sr_status_str(st));
	copy_meta(im, &m);
	sr_media_list ml = {0};
	/* media of the article: images inside the chosen root's parent (the
	 * article often keeps its lead image just above the text) */
	int32_t scope = root >= 0 && c->dom.n[root].parent >= 0 && c->dom.n[root].parent != c->dom.body
	                    ? c->dom.n[root].parent
	                    : root;
	sr_media_extract(&c->dom, scope, im->pub.url, &im->arena, &ml);
	im->pub.media = ml.media;
	im->pub.n_media = ml.n_media;
	im->pub.embeds = ml.embeds;
	im->pub.n_embeds = ml.n_embeds;
	if (root < 0 || im->pub.text_len == 0)
		add_warning(im, "no article text found");
	set_language(c, im, m.lang);
	sr_arena_clear(&c->dom_arena);
	sr_dom_trim(&c->dom);
	return SR_OK;
}

static sr_status extract_text(sr_ctx *c, article_impl *im, const char *s, size_t n, const sr_extract_opts *o)
{
	sr_meta m;
	memset(&m, 0, sizeof m);
	sr_buf text;
	sr_buf_init(&text, SR_MAX_INPUT);
	sr_para_list paras = {0};
	sr_media_list ml = {0};
	sr_textpage_extract(s, n, o ? o->title : NULL, &im->arena, &m, &text, &paras, &ml);
	sr_status st = text.failed ? SR_ENOMEM : finish_paras(im, &text, &paras);
	sr_buf_clear(&text);
	sr_para_list_clear(&paras);
	if (st != SR_OK)
		return fail(c, st, o && o->name ? o->name : "input", "%s", sr_status_str(st));
	m.url = o ? o->url : NULL;
	if (m.url && !m.published_source) {
		sr_date d;
		if (sr_date_from_url(m.url, &d)) {
			m.published = d;
			m.published_source = "url";
		}
	}
	copy_meta(im, &m);
	im->pub.media = ml.media;
	im->pub.n_media = ml.n_media;
	im->pub.embeds = ml.embeds;
	im->pub.n_embeds = ml.n_embeds;
	if (im->pub.text_len == 0)
		add_warning(im, "no article text found");
	set_language(c, im, NULL);
	return SR_OK;
}

/* A feed's summary as a deck: markup dropped (descriptions are often
 * escaped HTML), white space collapsed, at most about 400 bytes. */
static const char *summary_text(sr_arena *ar, const char *s)
{
	sr_buf b;
	sr_buf_init(&b, 4096);
	bool in_tag = false;
	for (const char *p = s; *p && b.len < 400; p++) {
		if (*p == '<')
			in_tag = true;
		else if (*p == '>' && in_tag)
			in_tag = false;
		else if (!in_tag)
			sr_append_collapsed(&b, p, 1);
	}
	while (b.len && (b.data[b.len - 1] & 0xC0) == 0x80)
		b.len--; /* never cut a character in two */
	if (b.len && (unsigned char)b.data[b.len - 1] >= 0xC0)
		b.len--;
	const char *t = b.data;
	size_t n = b.len;
	sr_trim(&t, &n);
	const char *out = n ? sr_text_dup(ar, t, n) : NULL;
	sr_buf_clear(&b);
	return out;
}

/* The canonical url, the id, the content hash and the MinHash. */
/* A field cut to cap bytes at a character's start (the arena keeps the
 * original until the article is freed). */
static const char *capped(sr_arena *a, const char *s, size_t cap)
{
	size_t n = s ? strnlen(s, cap + 1) : 0;
	return n <= cap ? s : sr_arena_strndup(a, s, sr_utf8_cut(s, n, cap));
}

/* Is v an http(s) URL ("HTTPS://" too)? */
static bool web_url(const char *v)
{
	while (*v == ' ' || *v == '\t')
		v++;
	return !strncasecmp(v, "http://", 7) || !strncasecmp(v, "https://", 8);
}

/* Every one-line field of an article, wherever it came from (the page's
 * markup, JSON-LD, a feed's or a JSON Lines hint), within SR_MAX_FIELD,
 * its deck within SR_MAX_SUMMARY; a URL that long is no address, and is
 * dropped. */
static void cap_fields(article_impl *im)
{
	sr_article *a = &im->pub;
	/* control characters (ESC, BEL, ...) as spaces: in the text byte for
	 * byte (its paragraphs' offsets stay), in the fields trimmed */
	if (im->text)
		blank_controls(im->text, a->text_len);
	a->title = clean_field(&im->arena, a->title);
	a->subtitle = clean_field(&im->arena, a->subtitle);
	a->site_name = clean_field(&im->arena, a->site_name);
	for (size_t i = 0; i < a->n_authors; i++)
		a->authors[i] = clean_field(&im->arena, a->authors[i]);
	a->title = capped(&im->arena, a->title, SR_MAX_FIELD);
	a->site_name = capped(&im->arena, a->site_name, SR_MAX_FIELD);
	a->subtitle = capped(&im->arena, a->subtitle, SR_MAX_SUMMARY);
	for (size_t i = 0; i < a->n_authors; i++)
		a->authors[i] = capped(&im->arena, a->authors[i], SR_MAX_FIELD);
	/* an article's addresses are web addresses: "javascript:", "data:" and
	 * the like are dropped with a warning */
	const char **u[] = {&a->url, &a->source_url};
	for (size_t i = 0; i < 2; i++) {
		const char *v = *u[i];
		if (!v)
			continue;
		if (strnlen(v, SR_MAX_FIELD + 1) > SR_MAX_FIELD) {
			add_warning(im, "an address over 8 KB was dropped");
			*u[i] = NULL;
		} else if (!web_url(v)) {
			char m[120];
			snprintf(m, sizeof m, "an address that is not http(s) was dropped: %.60s", v);
			add_warning(im, m);
			*u[i] = NULL;
		}
	}
}

static void set_identity(article_impl *im)
{
	sr_article *a = &im->pub;
	char canon[4096];
	const char *u = a->url ? a->url : a->source_url;
	size_t cn = u ? sr_url_canonical(u, strlen(u), canon, sizeof canon) : 0;
	if (cn)
		a->url = sr_arena_strndup(&im->arena, canon, cn);
	char hex[17];
	uint64_t th = sr_hash64(a->text ? a->text : "", a->text_len, 0x5e11);
	snprintf(hex, sizeof hex, "%016llx", (unsigned long long)th);
	a->content_hash = sr_arena_strdup(&im->arena, hex);
	/* the same address is the same article, whatever its version; without
	 * one, the text and title are all there is */
	uint64_t id;
	if (cn) {
		id = sr_hash64(canon, cn, 0x1d);
	} else {
		id = th ^ sr_hash64(a->title ? a->title : "", a->title ? strlen(a->title) : 0, 0x7e);
		id = sr_hash64(&id, sizeof id, 0x1d);
	}
	snprintf(hex, sizeof hex, "%016llx", (unsigned long long)id);
	a->id = sr_arena_strdup(&im->arena, hex);
	if (sr_minhash(a->text ? a->text : "", a->text_len, a->minhash, SR_MINHASH))
		a->n_minhash = SR_MINHASH;
}

void sr_article_set_near_duplicate(sr_article *a, const char *id)
{
	article_impl *im = (article_impl *)a;
	a->near_duplicate_of = sr_arena_strdup(&im->arena, id);
}

sr_status sr_extract(sr_ctx *c, const void *data, size_t len, const sr_extract_opts *o, sr_article **out)
{
	if (!c || (!data && len))
		return SR_EINVAL;
	c->err[0] = '\0';
	const char *name = o && o->name ? o->name : "input";
	if (len == 0)
		return fail(c, SR_EEMPTY, name, "%s", "empty file");
	if (len > SR_MAX_INPUT)
		return fail(c, SR_ETOOBIG, name, "page larger than the %s cap", "64 MiB");
	article_impl *im = calloc(1, sizeof *im);
	if (!im)
		return fail(c, SR_ENOMEM, name, "%s", "out of memory");
	sr_arena_init(&im->arena);
	sr_buf utf8;
	sr_buf_init(&utf8, SR_MAX_INPUT * 2);
	char cs[40];
	const char *s = NULL;
	size_t n = 0;
	const char *kind = binary_kind(data, len);
	sr_status st = kind ? fail(c, SR_EPARSE, name, "binary data (%s), not a web page or text", kind)
	                    : decode(c, data, len, name, o ? o->charset : NULL, &utf8, &s, &n, cs, sizeof cs);
	if (st == SR_OK && (kind = binary_kind((const unsigned char *)s, n)) != NULL)
		st = fail(c, SR_EPARSE, name, "binary data (%s, compressed), not a web page or text", kind);
	else if (st == SR_OK && binary_garbage(s, n))
		st = fail(c, SR_EPARSE, name, "%s", "binary data, not a web page or text: over 5% control bytes");
	if (st == SR_OK) {
		im->pub.charset = lower_cs(&im->arena, cs);
		sr_format f = o ? o->format : SR_FORMAT_AUTO;
		bool text = f == SR_FORMAT_TEXT || (f == SR_FORMAT_AUTO && sr_textpage_is_text(s, n));
		if (text) {
			im->pub.input_format = "text";
			st = extract_text(c, im, s, n, o);
		} else {
			im->pub.input_format = "html";
			st = extract_html(c, im, s, n, o);
		}
	}
	sr_buf_clear(&utf8);
	if (st != SR_OK) {
		sr_article_free(&im->pub);
		return st;
	}
	sr_article *a = &im->pub;
	if (o && o->url)
		a->source_url = sr_arena_strdup(&im->arena, o->url);
	if (!a->title && o && o->title) {
		char *t = sr_arena_strdup(&im->arena, o->title);
		if (t) {
			const char *ts = t;
			size_t tn = strlen(t);
			sr_trim(&ts, &tn);
			a->title = tn ? sr_arena_strndup(&im->arena, ts, tn) : NULL;
		}
	}
	if (!a->subtitle && o && o->summary)
		a->subtitle = summary_text(&im->arena, o->summary);
	if (o && o->fetched) {
		sr_date d;
		if (sr_date_parse(o->fetched, strlen(o->fetched), &d)) {
			char tmp[40];
			sr_date_format(&d, tmp, sizeof tmp);
			a->fetched = sr_arena_strdup(&im->arena, tmp);
		}
	}
	cap_fields(im);
	set_identity(im);
	if (!a->published && o && o->date) {
		sr_date d;
		if (sr_date_parse(o->date, strlen(o->date), &d)) {
			char tmp[40];
			sr_date_format(&d, tmp, sizeof tmp);
			a->published = sr_arena_strdup(&im->arena, tmp);
			a->published_precision = sr_date_prec_name(d.prec);
			a->published_source = "option";
		} else {
			add_warning(im, "--date could not be read as a date");
		}
	}
	*out = a;
	return SR_OK;
}

/* ---- output ------------------------------------------------------------- */

static const char *para_kind_name(sr_para_kind k)
{
	static const char *const N[] = {"paragraph", "heading", "list item", "quote", "caption", "preformatted"};
	return k <= SR_PARA_PRE ? N[k] : "paragraph";
}

static void str_array(sr_jw *w, const char *key, const char **v, size_t n)
{
	sr_jw_key(w, key);
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < n; i++)
		sr_jw_str(w, v[i]);
	sr_jw_arr_end(w);
}

static void opt_str(sr_jw *w, const char *key, const char *v)
{
	if (!v)
		return;
	sr_jw_key(w, key);
	sr_jw_str(w, v);
}

static void article_json(const sr_article *a, sr_jw *wp)
{
	sr_jw w = *wp;
	sr_jw_obj_begin(&w);
	sr_jw_key(&w, "id");
	sr_jw_str(&w, a->id);
	sr_jw_key(&w, "url");
	sr_jw_str(&w, a->url);
	sr_jw_key(&w, "source_url");
	sr_jw_str(&w, a->source_url);
	sr_jw_key(&w, "fetched");
	sr_jw_str(&w, a->fetched);
	sr_jw_key(&w, "content_hash");
	sr_jw_str(&w, a->content_hash);
	sr_jw_key(&w, "near_duplicate_of");
	sr_jw_str(&w, a->near_duplicate_of);

	sr_jw_key(&w, "title");
	sr_jw_str(&w, a->title);
	sr_jw_key(&w, "subtitle");
	sr_jw_str(&w, a->subtitle);
	str_array(&w, "authors", a->authors, a->n_authors);
	sr_jw_key(&w, "published");
	sr_jw_str(&w, a->published);
	sr_jw_key(&w, "published_precision");
	sr_jw_str(&w, a->published_precision);
	sr_jw_key(&w, "published_source");
	sr_jw_str(&w, a->published_source);
	sr_jw_key(&w, "modified");
	sr_jw_str(&w, a->modified);
	sr_jw_key(&w, "site_name");
	sr_jw_str(&w, a->site_name);
	sr_jw_key(&w, "language");
	sr_jw_str(&w, a->language);
	sr_jw_key(&w, "language_source");
	sr_jw_str(&w, a->language_source);
	sr_jw_key(&w, "input_format");
	sr_jw_str(&w, a->input_format);
	sr_jw_key(&w, "charset");
	sr_jw_str(&w, a->charset);
	sr_jw_key(&w, "text");
	sr_jw_strn(&w, a->text ? a->text : "", a->text_len);
	sr_jw_key(&w, "paragraphs");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < a->n_paragraphs; i++) {
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "start");
		sr_jw_int(&w, (long long)a->paragraphs[i].start);
		sr_jw_key(&w, "end");
		sr_jw_int(&w, (long long)a->paragraphs[i].end);
		sr_jw_key(&w, "kind");
		sr_jw_str(&w, para_kind_name(a->paragraphs[i].kind));
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "media");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < a->n_media; i++) {
		const sr_media *m = &a->media[i];
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "type");
		sr_jw_str(&w, "image");
		sr_jw_key(&w, "url");
		sr_jw_str(&w, m->url);
		sr_jw_key(&w, "caption");
		sr_jw_str(&w, m->caption);
		sr_jw_key(&w, "credit");
		sr_jw_str(&w, m->credit);
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "embeds");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < a->n_embeds; i++) {
		const sr_embed *e = &a->embeds[i];
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "type");
		sr_jw_str(&w, e->type == SR_EMBED_VIDEO ? "video" : "post");
		if (e->type == SR_EMBED_VIDEO) {
			sr_jw_key(&w, "provider");
			sr_jw_str(&w, e->platform);
		} else {
			sr_jw_key(&w, "platform");
			sr_jw_str(&w, e->platform);
		}
		opt_str(&w, "author", e->author);
		opt_str(&w, "handle", e->handle);
		opt_str(&w, "time", e->time);
		opt_str(&w, "text", e->text);
		opt_str(&w, "url", e->url);
		opt_str(&w, "id", e->id);
		if (e->type == SR_EMBED_POST) {
			str_array(&w, "hashtags", e->hashtags, e->n_hashtags);
			str_array(&w, "mentions", e->mentions, e->n_mentions);
		}
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	str_array(&w, "warnings", a->warnings, a->n_warnings);
	sr_jw_obj_end(&w);
	*wp = w;
}

char *sr_article_json(const sr_article *a, size_t *len)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init(&w, &b);
	article_json(a, &w);
	if (b.failed) {
		sr_buf_clear(&b);
		return NULL;
	}
	return sr_buf_steal(&b, len);
}

sr_status sr_article_write_json(const sr_article *a, FILE *f)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	article_json(a, &w);
	bool ok = sr_jw_finish(&w);
	bool mem = b.failed;
	sr_buf_clear(&b);
	return mem ? SR_ENOMEM : ok ? SR_OK : SR_EIO;
}

char *sr_article_plain(const sr_article *a, size_t *len)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_buf_append(&b, a->text ? a->text : "", a->text_len);
	return sr_buf_steal(&b, len);
}
