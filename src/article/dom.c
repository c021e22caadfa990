#include "dom.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/str.h"

/* ---- tag classes -------------------------------------------------------- */

static uint32_t tag_flags(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_P:
	case MyHTML_TAG_DIV:
	case MyHTML_TAG_SECTION:
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_MAIN:
	case MyHTML_TAG_H1:
	case MyHTML_TAG_H2:
	case MyHTML_TAG_H3:
	case MyHTML_TAG_H4:
	case MyHTML_TAG_H5:
	case MyHTML_TAG_H6:
	case MyHTML_TAG_UL:
	case MyHTML_TAG_OL:
	case MyHTML_TAG_LI:
	case MyHTML_TAG_DL:
	case MyHTML_TAG_DT:
	case MyHTML_TAG_DD:
	case MyHTML_TAG_BLOCKQUOTE:
	case MyHTML_TAG_PRE:
	case MyHTML_TAG_TABLE:
	case MyHTML_TAG_TR:
	case MyHTML_TAG_TD:
	case MyHTML_TAG_TH:
	case MyHTML_TAG_TBODY:
	case MyHTML_TAG_THEAD:
	case MyHTML_TAG_TFOOT:
	case MyHTML_TAG_CAPTION:
	case MyHTML_TAG_FIGURE:
	case MyHTML_TAG_FIGCAPTION:
	case MyHTML_TAG_HEADER:
	case MyHTML_TAG_FOOTER:
	case MyHTML_TAG_NAV:
	case MyHTML_TAG_ASIDE:
	case MyHTML_TAG_FORM:
	case MyHTML_TAG_FIELDSET:
	case MyHTML_TAG_ADDRESS:
	case MyHTML_TAG_HR:
	case MyHTML_TAG_CENTER:
	case MyHTML_TAG_DETAILS:
	case MyHTML_TAG_SUMMARY:
	case MyHTML_TAG_HGROUP:
	case MyHTML_TAG_BODY:
	case MyHTML_TAG_HTML:
	case MyHTML_TAG_MENU:
	case MyHTML_TAG_DIALOG:
	case MyHTML_TAG_LISTING:
	case MyHTML_TAG_XMP:
	case MyHTML_TAG_DIR:
	case MyHTML_TAG_LEGEND:
	case MyHTML_TAG_FRAMESET:
	case MyHTML_TAG_NOFRAMES:
	case MyHTML_TAG_PLAINTEXT: return DF_BLOCK;
	case MyHTML_TAG_SCRIPT:
	case MyHTML_TAG_STYLE:
	case MyHTML_TAG_NOSCRIPT:
	case MyHTML_TAG_TEMPLATE:
	case MyHTML_TAG_SVG:
	case MyHTML_TAG_MATH:
	case MyHTML_TAG_SELECT:
	case MyHTML_TAG_OPTION:
	case MyHTML_TAG_OPTGROUP:
	case MyHTML_TAG_BUTTON:
	case MyHTML_TAG_TEXTAREA:
	case MyHTML_TAG_INPUT:
	case MyHTML_TAG_OBJECT:
	case MyHTML_TAG_EMBED:
	case MyHTML_TAG_CANVAS:
	case MyHTML_TAG_IFRAME:
	case MyHTML_TAG_HEAD:
	case MyHTML_TAG_TITLE:
	case MyHTML_TAG_MAP:
	case MyHTML_TAG_AUDIO:
	case MyHTML_TAG_VIDEO:
	case MyHTML_TAG_DATALIST:
	case MyHTML_TAG_APPLET:
	case MyHTML_TAG_FRAME:
	case MyHTML_TAG_NOEMBED:
	case MyHTML_TAG_PARAM:
	case MyHTML_TAG_SOURCE:
	case MyHTML_TAG_TRACK:
	case MyHTML_TAG_LINK:
	case MyHTML_TAG_META:
	case MyHTML_TAG_BASE:
	case MyHTML_TAG_RP:
	case MyHTML_TAG_RT:
	case MyHTML_TAG__COMMENT:
	case MyHTML_TAG__DOCTYPE:
	case MyHTML_TAG_KEYGEN:
	case MyHTML_TAG_OUTPUT:
	case MyHTML_TAG_PROGRESS:
	case MyHTML_TAG_METER:
	case MyHTML_TAG_DEL: return DF_SKIP;
	default: return 0;
	}
}

bool sr_dom_is_heading(uint32_t tag)
{
	return tag >= MyHTML_TAG_H1 && tag <= MyHTML_TAG_H6 && tag != MyHTML_TAG_HEAD && tag != MyHTML_TAG_HEADER &&
	       tag != MyHTML_TAG_HGROUP;
}

/* ---- class and id words ------------------------------------------------- */

/* A word, or a word prefix when prefix is set. */
typedef struct word {
	const char *s;
	uint8_t len, prefix;
} word;
#define W(str, pre)                                                                                                    \
	{                                                                                                              \
		str, (uint8_t)(sizeof(str) - 1), pre                                                                   \
	}

/* Words (or word prefixes ending in '*') that mark page furniture. */
static const word NEG_STRONG_WORDS[] = {
    W("comment", 1),   W("disqus", 1),     W("share", 1),      W("sharing", 1),  W("social", 1),     W("related", 1),
    W("sidebar", 1),   W("menu", 1),       W("nav", 0),        W("navbar", 1),   W("navigation", 1), W("navi", 0),
    W("footer", 1),    W("breadcrumb", 1), W("cookie", 1),     W("consent", 1),  W("gdpr", 1),       W("advert", 1),
    W("sponsor", 1),   W("promo", 0),      W("promos", 0),     W("promobox", 1), W("promotion", 1),  W("newsletter", 1),
    W("subscri", 1),   W("signup", 1),     W("popup", 1),      W("modal", 1),    W("outbrain", 1),   W("taboola", 1),
    W("recommend", 1), W("trending", 1),   W("popular", 1),    W("mostread", 1), W("adslot", 1),     W("dfp", 1),
    W("onetrust", 1),  W("cmp", 1),        W("mailchimp", 1),  W("recirc", 1),   W("readmore", 1),   W("sitemap", 1),
    W("skiplink", 1),  W("masthead", 1),   W("pagination", 1), W("pager", 0),    W("tagcloud", 1),   W("toolbar", 1),
    W("login", 1),     W("signin", 1),     W("register", 1),
};
/* Words that mark furniture unless a content word stands beside them. */
static const word NEG_WORDS[] = {
    W("banner", 1),    W("skip", 1),       W("search", 1),        W("offscreen", 1),
    W("rss", 1),       W("byline", 1),     W("dateline", 1),      W("timestamp", 1),
    W("author", 1),    W("teaser", 1),     W("most", 0),          W("ad", 0),
    W("ads", 0),       W("adv", 0),        W("advertisement", 0), W("tags", 0),
    W("tag", 0),       W("meta", 0),       W("date", 0),          W("time", 0),
    W("header", 0),    W("topbar", 1),     W("bottombar", 1),     W("screenreader", 1),
    W("overlay", 1),   W("lightbox", 1),   W("follow", 1),        W("contact", 1),
    W("copyright", 1), W("legal", 1),      W("disclaimer", 1),    W("disclosure", 1),
    W("alert", 1),     W("notice", 1),     W("donat", 1),         W("more", 0),
    W("next", 0),      W("prev", 0),       W("previous", 0),      W("prevnext", 0),
    W("embed", 1),     W("playlist", 1),   W("carousel", 1),      W("slider", 1),
    W("ticker", 1),    W("categories", 0), W("category", 0),      W("keywords", 0),
    W("topics", 0),    W("rating", 1),     W("vote", 1),          W("poll", 1),
    W("shop", 1),      W("cart", 1),       W("account", 1),       W("profile", 1),
    W("bio", 0),       W("avatar", 1),     W("credits", 0),       W("foot", 1),
    W("partner", 1),   W("commercial", 1), W("affiliate", 1),     W("newsfeed", 1),
    W("rail", 0),      W("aside", 1),      W("complementary", 0), W("links", 0),
    W("linklist", 1),  W("blogroll", 1),   W("archive", 1),       W("calendar", 1),
    W("jump", 1),      W("toc", 0),        W("cta", 0),           W("gallery", 1),
    W("nav", 1),       W("paywall", 1),
};
/* Words that mark the article's own content. */
static const word POS_WORDS[] = {
    W("article", 1), W("content", 1), W("entry", 1),  W("post", 1),   W("story", 1), W("body", 1),
    W("text", 1),    W("main", 1),    W("blog", 1),   W("hentry", 0), W("page", 1),  W("column", 0),
    W("single", 1),  W("news", 1),    W("detail", 1), W("prose", 0),  W("copy", 0),  W("richtext", 1),
};
/* Words of elements that carry the date or the byline. */
static const word HINT_DATE_WORDS[] = {W("date", 1),    W("publish", 1), W("posted", 1), W("time", 1),
                                       W("pubdate", 1), W("datum", 1),   W("fecha", 1),  W("dateline", 1)};
static const word HINT_AUTHOR_WORDS[] = {W("byline", 1),    W("author", 1), W("byl", 0),
                                         W("autor", 1),     W("auteur", 1), W("firma", 0),
                                         W("signature", 0), W("writer", 1), W("autoren", 0)};
static const word CAPTION_WORDS[] = {W("caption", 1),          W("credit", 1),  W("figcaption", 0),
                                     W("bildunterschrift", 0), W("legende", 0), W("photocredit", 1)};
static const word LEAD_WORDS[] = {W("lead", 0),    W("intro", 0),       W("introduction", 0), W("standfirst", 0),
                                  W("summary", 0), W("excerpt", 0),     W("deck", 0),         W("perex", 0),
                                  W("chapo", 0),   W("abstract", 0),    W("sapo", 0),         W("entradilla", 0),
                                  W("bajada", 0),  W("articlelead", 0), W("subline", 0)};
static const word STRONG_WORDS[] = {
    W("articlebody", 0),   W("articletext", 0),  W("articlecontent", 0), W("storybody", 0),     W("storytext", 0),
    W("storycontent", 0),  W("entrycontent", 0), W("entrybody", 0),      W("postcontent", 0),   W("postbody", 0),
    W("posttext", 0),      W("postentry", 0),    W("bodytext", 0),       W("textbody", 0),      W("articlecopy", 0),
    W("maincontent", 0),   W("contentbody", 0),  W("newsbody", 0),       W("newstext", 0),      W("newscontent", 0),
    W("itemfulltext", 0),  W("fulltext", 0),     W("articleinner", 0),   W("articledetail", 0), W("blogpost", 0),
    W("singlecontent", 0), W("contenttext", 0),  W("articlemain", 0),    W("storybodytext", 0),
};

static bool word_in(const char *w, size_t n, const word *list, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		const word *p = &list[i];
		if (p->s[0] != w[0] || n < p->len || (!p->prefix && n != p->len))
			continue;
		if (memcmp(w, p->s, p->len) == 0)
			return true;
	}
	return false;
}

/* All lists in one table indexed by first letter, built once. */
typedef struct tagged_word {
	word w;
	uint32_t flags;
} tagged_word;

static tagged_word WORDS[512];
/* by their first two letters (26 * 26 buckets, 26 * 27 + 26 for the rest) */
static size_t WORD_START[27 * 27], WORD_END[27 * 27];

static size_t bucket_of(const char *w, size_t n)
{
	unsigned a = (unsigned char)w[0], b = n > 1 ? (unsigned char)w[1] : 0;
	size_t x = a >= 'a' && a <= 'z' ? a - 'a' : 26, y = b >= 'a' && b <= 'z' ? b - 'a' : 26;
	return x * 27 + y;
}
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static int cmp_tagged(const void *a, const void *b)
{
	const word *x = &((const tagged_word *)a)->w, *y = &((const tagged_word *)b)->w;
	size_t bx = bucket_of(x->s, x->len), by = bucket_of(y->s, y->len);
	return bx < by ? -1 : bx > by;
}

static void add_list(size_t *n, const word *list, size_t count, uint32_t flags)
{
	for (size_t i = 0; i < count && *n < sizeof WORDS / sizeof WORDS[0]; i++)
		WORDS[(*n)++] = (tagged_word){list[i], flags};
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void build_words(void)
{
	size_t n = 0;
	add_list(&n, NEG_STRONG_WORDS, COUNT(NEG_STRONG_WORDS), DF_NEG | DF_NEG_STRONG);
	add_list(&n, NEG_WORDS, COUNT(NEG_WORDS), DF_NEG);
	add_list(&n, POS_WORDS, COUNT(POS_WORDS), DF_POS);
	add_list(&n, HINT_DATE_WORDS, COUNT(HINT_DATE_WORDS), DF_DATE_HINT);
	add_list(&n, HINT_AUTHOR_WORDS, COUNT(HINT_AUTHOR_WORDS), DF_AUTHOR_HINT);
	add_list(&n, CAPTION_WORDS, COUNT(CAPTION_WORDS), DF_CAPTION);
	add_list(&n, LEAD_WORDS, COUNT(LEAD_WORDS), DF_LEAD_HINT);
	qsort(WORDS, n, sizeof WORDS[0], cmp_tagged);
	for (size_t i = 0; i < 27 * 27; i++)
		WORD_START[i] = WORD_END[i] = 0;
	for (size_t i = 0; i < n; i++) {
		/* every listed word has two letters or more: a word's first two
		 * letters find all that can match it */
		size_t b = bucket_of(WORDS[i].w.s, WORDS[i].w.len);
		if (WORD_END[b] == 0)
			WORD_START[b] = i;
		WORD_END[b] = i + 1;
	}
}

/* Flags of one lower-case word. */
static uint32_t word_flags(const char *w, size_t n)
{
	/* "commentary", "commentaire", "Kommentar": an opinion piece, not comments */
	if (n >= 9 && memcmp(w, "commentar", 9) == 0)
		return 0;
	if (n < 2)
		return 0;
	size_t b = bucket_of(w, n);
	uint32_t f = 0;
	for (size_t i = WORD_START[b]; i < WORD_END[b]; i++) {
		const word *p = &WORDS[i].w;
		if (n < p->len || (!p->prefix && n != p->len) || memcmp(w, p->s, p->len) != 0)
			continue;
		f |= WORDS[i].flags;
	}
	return f;
}

/* Classify a class or id value: split into words at anything not a letter
 * or digit and at lower-to-upper case changes; also test the whole value
 * with separators removed against the strong list. */
/* WordPress and Drupal print the post's taxonomy into its classes
 * ("category-newsletter", "tag-cookies"): those say nothing of layout. */
static bool taxonomy_class(const char *lw, size_t n)
{
	static const sr_phrase P[] = {
	    SR_PH("category-"), SR_PH("tag-"),      SR_PH("tags-"),      SR_PH("format-"), SR_PH("status-"),
	    SR_PH("type-"),     SR_PH("has-"),      SR_PH("anlass-"),    SR_PH("topic-"),  SR_PH("taxonomy-"),
	    SR_PH("term-"),     SR_PH("post-tag-"), SR_PH("kategorie-"),
	};
	return sr_phrase_prefix(P, SR_NPH(P), lw, n) >= 0;
}

/* Class names that hide an element (Bootstrap, Tailwind, WordPress and
 * the usual screen-reader-only patterns); "field--label-hidden" is not one. */
static bool hiding_class(const char *lw, size_t n)
{
	static const sr_phrase H[] = {
	    SR_PH("hidden"),
	    SR_PH("hide"),
	    SR_PH("is-hidden"),
	    SR_PH("u-hidden"),
	    SR_PH("visually-hidden"),
	    SR_PH("visuallyhidden"),
	    SR_PH("sr-only"),
	    SR_PH("screen-reader-text"),
	    SR_PH("screen-reader-only"),
	    SR_PH("d-none"),
	    SR_PH("invisible"),
	    SR_PH("element-invisible"),
	    SR_PH("element-hidden"),
	    SR_PH("offscreen"),
	    SR_PH("a11y-hidden"),
	    SR_PH("hidden-text"),
	};
	return sr_phrase_eq(H, SR_NPH(H), lw, n) >= 0;
}

static uint32_t classify_words(const char *v, size_t n)
{
	pthread_once(&words_once, build_words);
	uint32_t f = 0;
	char w[64], joined[64];
	size_t wn = 0, jn = 0;
	bool negated = false;
	for (size_t i = 0; i <= n; i++) {
		bool skip = false;
		if ((i == 0 || sr_is_space((unsigned char)v[i - 1])) && i < n) {
			/* a whole class name: hiding, or taxonomy */
			size_t e = i;
			while (e < n && !sr_is_space((unsigned char)v[e]))
				e++;
			char lw[32];
			size_t ln = sr_lower_copy(v + i, e - i, lw, sizeof lw);
			if (ln == e - i && hiding_class(lw, ln))
				f |= DF_HIDDEN;
			skip = taxonomy_class(lw, ln);
		}
		if (skip) {
			while (i < n && !sr_is_space((unsigned char)v[i]))
				i++;
			wn = jn = 0;
			if (i >= n)
				break;
			continue;
		}
		unsigned c = i < n ? (unsigned char)v[i] : ' ';
		bool camel = i > 0 && i < n && c >= 'A' && c <= 'Z' && sr_is_alpha((unsigned char)v[i - 1]) &&
		             !((unsigned char)v[i - 1] >= 'A' && (unsigned char)v[i - 1] <= 'Z');
		if (sr_is_alnum(c) && !camel) {
			if (wn < sizeof w)
				w[wn++] = (char)sr_lower(c);
			if (jn < sizeof joined)
				joined[jn++] = (char)sr_lower(c);
			continue;
		}
		if (wn) {
			/* "non-paywall", "no-sidebar": the word is negated */
			uint32_t g = negated ? 0 : word_flags(w, wn);
			f |= g;
			negated = (wn == 3 && memcmp(w, "non", 3) == 0) || (wn == 2 && memcmp(w, "no", 2) == 0) ||
			          (wn == 3 && memcmp(w, "not", 3) == 0);
			wn = 0;
		}
		if (camel) {
			w[wn++] = (char)sr_lower(c);
			if (jn < sizeof joined)
				joined[jn++] = (char)sr_lower(c);
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n') {
			if (jn && word_in(joined, jn, STRONG_WORDS, COUNT(STRONG_WORDS)))
				f |= DF_STRONG | DF_POS;
			jn = 0;
			negated = false;
		}
	}
	return f;
}

static uint32_t classify_role(const char *v, size_t n)
{
	static const char *const NEG_ROLES[] = {"navigation", "banner", "contentinfo", "complementary", "menu",
	                                        "menubar",    "search", "dialog",      "alertdialog",   "tablist"};
	for (size_t i = 0; i < COUNT(NEG_ROLES); i++)
		if (sr_ascii_caseeq(v, n, NEG_ROLES[i]))
			return DF_NEG | DF_NEG_STRONG;
	if (sr_ascii_caseeq(v, n, "main") || sr_ascii_caseeq(v, n, "article"))
		return DF_POS;
	return 0;
}

static uint32_t classify_style(const char *v, size_t n)
{
	const char *p = sr_memcasemem(v, n, "display", 7);
	if (p) {
		const char *e = v + n;
		p += 7;
		while (p < e && (*p == ' ' || *p == ':'))
			p++;
		if (sr_starts_with_ci(p, (size_t)(e - p), "none"))
			return DF_HIDDEN;
	}
	p = sr_memcasemem(v, n, "visibility", 10);
	if (p) {
		const char *e = v + n;
		p += 10;
		while (p < e && (*p == ' ' || *p == ':'))
			p++;
		if (sr_starts_with_ci(p, (size_t)(e - p), "hidden"))
			return DF_HIDDEN;
	}
	return 0;
}

static uint64_t memo_hash(const char *v, size_t n)
{
	/* eight bytes a step: class values repeat by the hundred on a page,
	 * and this is paid on every one */
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t c;
		memcpy(&c, v + i, 8);
		h = (h ^ c) * 0xff51afd7ed558ccdULL;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)v[i]) * 0x100000001b3ULL;
	return h ^ (h >> 32);
}

/* The flags of a class or id value: those of its class names, each
 * classified once per document (utility-class pages combine a few hundred
 * names into thousands of values). */
static uint32_t classify_memo(sr_dom *d, const char *v, size_t n)
{
	struct sr_class_memo *m = &d->memo[memo_hash(v, n) & 511];
	if (m->v && m->n == n && memcmp(m->v, v, n) == 0)
		return m->flags;
	uint32_t f = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && sr_is_space((unsigned char)v[i]))
			i++;
		size_t e = i;
		while (e < n && !sr_is_space((unsigned char)v[e]))
			e++;
		if (e > i) {
			struct sr_class_memo *t = &d->tmemo[memo_hash(v + i, e - i) & 1023];
			if (!(t->v && t->n == e - i && memcmp(t->v, v + i, e - i) == 0)) {
				t->v = v + i;
				t->n = e - i;
				t->flags = classify_words(v + i, e - i);
			}
			f |= t->flags;
		}
		i = e;
	}
	m->v = v;
	m->n = n;
	m->flags = f;
	return f;
}

/* The attributes kept from the page: those extraction reads. */
static const struct attr_key {
	const char *s;
	size_t len;
} ATTR_KEYS[] = {
#define K(s) {s, sizeof(s) - 1}
    K("alt"),      K("aria-hidden"), K("class"), K("content"), K("data-instgrm-permalink"), K("data-src"),
    K("data-videoid"), K("datetime"), K("hidden"), K("href"), K("http-equiv"), K("id"), K("itemprop"),
    K("lang"),     K("name"),        K("property"), K("rel"),   K("role"), K("src"), K("style"), K("type"),
    K("width"),    K("xml:lang"),
#undef K
};

static int attr_key_id(const char *k, size_t n)
{
	for (size_t i = 0; i < sizeof ATTR_KEYS / sizeof *ATTR_KEYS; i++)
		if (ATTR_KEYS[i].len == n && memcmp(ATTR_KEYS[i].s, k, n) == 0)
			return (int)i;
	return -1;
}

static uint32_t element_flags(sr_dom *d, const sr_dnode *x, uint32_t tag)
{
	uint32_t f = tag_flags(tag);
	switch (tag) {
	case MyHTML_TAG_NAV:
	case MyHTML_TAG_FOOTER:
	case MyHTML_TAG_ASIDE:
	case MyHTML_TAG_MENU:
	case MyHTML_TAG_DIALOG: f |= DF_NEG | DF_NEG_STRONG; break;
	case MyHTML_TAG_HEADER: f |= DF_NEG; break;
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_MAIN: f |= DF_POS; break;
	default: break;
	}
	for (uint32_t a = 0; a < x->n_attrs; a++) {
		const char *k = ATTR_KEYS[x->attrs[a].key].s;
		size_t kn = ATTR_KEYS[x->attrs[a].key].len;
		const char *v = x->attrs[a].v;
		size_t vn = x->attrs[a].len;
		switch (kn) {
		case 2:
			if (memcmp(k, "id", 2) == 0) {
				/* ids are anchors as often as layout ("nav_section_2"):
				 * only strong words count */
				uint32_t g = classify_memo(d, v, vn) & ~(uint32_t)DF_AUTHOR_HINT;
				if (!(g & DF_NEG_STRONG))
					g &= ~(uint32_t)DF_NEG;
				f |= g;
			}
			break;
		case 3:
			if (memcmp(k, "rel", 3) == 0 && sr_memcasemem(v, vn, "author", 6))
				f |= DF_AUTHOR_HINT;
			break;
		case 4:
			if (memcmp(k, "role", 4) == 0)
				f |= classify_role(v, vn);
			break;
		case 5:
			if (memcmp(k, "class", 5) == 0) {
				f |= classify_memo(d, v, vn);
				if (tag == MyHTML_TAG_BLOCKQUOTE && (sr_memcasemem(v, vn, "twitter-tweet", 13) ||
				                                     sr_memcasemem(v, vn, "instagram-media", 15) ||
				                                     sr_memcasemem(v, vn, "tiktok-embed", 12) ||
				                                     sr_memcasemem(v, vn, "twitter-video", 13)))
					f |= DF_EMBED;
				if (tag == MyHTML_TAG_DIV &&
				    (sr_memcasemem(v, vn, "fb-post", 7) || sr_memcasemem(v, vn, "fb-video", 8)))
					f |= DF_EMBED;
			} else if (memcmp(k, "style", 5) == 0)
				f |= classify_style(v, vn);
			break;
		case 6:
			if (memcmp(k, "hidden", 6) == 0)
				f |= DF_HIDDEN;
			break;
		case 8:
			if (memcmp(k, "itemprop", 8) == 0) {
				if (sr_ascii_caseeq(v, vn, "articleBody"))
					f |= DF_STRONG | DF_POS;
				else if (sr_memcasemem(v, vn, "author", 6))
					f |= DF_AUTHOR_HINT;
				else if (sr_memcasemem(v, vn, "datePublished", 13))
					f |= DF_DATE_HINT;
			}
			break;
		case 11:
			if (memcmp(k, "aria-hidden", 11) == 0 && sr_ascii_caseeq(v, vn, "true"))
				f |= DF_HIDDEN;
			break;
		default: break;
		}
	}
	return f;
}

/* ---- building ----------------------------------------------------------- */

static bool push_idx(int32_t **arr, size_t *n, int32_t v)
{
	if ((*n & (*n - 1)) == 0 || *n == 0) {
		size_t cap = *n ? *n * 2 : 8;
		int32_t *p = realloc(*arr, cap * sizeof *p);
		if (!p)
			return false;
		*arr = p;
	}
	(*arr)[(*n)++] = v;
	return true;
}

static int32_t add_node(sr_dom *d, int32_t parent, uint32_t tag)
{
	if (d->count >= d->max_nodes)
		return -1;
	if (d->count == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 4096;
		sr_dnode *p = realloc(d->n, cap * sizeof *p);
		if (!p)
			return -1;
		d->n = p;
		d->cap = cap;
	}
	int32_t i = (int32_t)d->count++;
	sr_dnode *x = &d->n[i];
	memset(x, 0, sizeof *x);
	x->parent = parent;
	x->first = x->last = x->next = -1;
	x->tag = tag;
	if (parent >= 0) {
		sr_dnode *p = &d->n[parent];
		if (p->last >= 0)
			d->n[p->last].next = i;
		else
			p->first = i;
		p->last = i;
	}
	return i;
}

/* Keep the attributes extraction reads, copied into the document's arena. */
static bool keep_attrs(sr_dom *d, sr_dnode *x, const sr_html_token *t)
{
	uint8_t keys[64];
	size_t n = 0, na = t->n_attrs < sizeof keys ? t->n_attrs : sizeof keys;
	for (size_t a = 0; a < na; a++) {
		int k = attr_key_id(t->attrs[a].key, t->attrs[a].key_len);
		keys[a] = (uint8_t)(k < 0 ? 0xFF : k);
		if (k >= 0)
			n++;
	}
	if (!n)
		return true;
	sr_dattr *at = sr_arena_alloc(d->arena, n * sizeof *at);
	if (!at)
		return false;
	uint32_t m = 0;
	for (size_t a = 0; a < na; a++) {
		if (keys[a] == 0xFF)
			continue;
		/* the first of a repeated attribute wins, as in HTML5 */
		bool dup = false;
		for (uint32_t j = 0; j < m; j++)
			dup |= at[j].key == keys[a];
		if (dup)
			continue;
		size_t vn = t->attrs[a].value_len;
		if (vn > UINT32_MAX)
			vn = UINT32_MAX;
		char *v = sr_arena_strndup(d->arena, t->attrs[a].value, vn);
		if (!v)
			return false;
		at[m++] = (sr_dattr){v, (uint32_t)vn, keys[a]};
	}
	x->attrs = at;
	x->n_attrs = m;
	return true;
}

static bool attr_is(const sr_dom *d, int32_t i, const char *key, const char *val)
{
	size_t vn = 0;
	const char *v = sr_dom_attr(d, i, key, &vn);
	return v && sr_memcasemem(v, vn, val, strlen(val)) != NULL;
}

/* Note nodes that metadata and media extraction look at. */
static bool note(sr_dom *d, int32_t i, uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_META: return push_idx(&d->metas, &d->n_metas, i);
	case MyHTML_TAG_LINK: return push_idx(&d->links, &d->n_links, i);
	case MyHTML_TAG_TIME: return push_idx(&d->times, &d->n_times, i);
	case MyHTML_TAG_IFRAME: return push_idx(&d->iframes, &d->n_iframes, i);
	case MyHTML_TAG_IMG:
	case MyHTML_TAG_IMAGE: return push_idx(&d->imgs, &d->n_imgs, i);
	case MyHTML_TAG_BLOCKQUOTE: return push_idx(&d->quotes, &d->n_quotes, i);
	case MyHTML_TAG_TITLE:
		if (d->title < 0)
			d->title = i;
		return true;
	case MyHTML_TAG_SCRIPT:
		if (attr_is(d, i, "type", "ld+json"))
			return push_idx(&d->ldjson, &d->n_ldjson, i);
		return true;
	default:
		if (tag > MyHTML_TAG_LAST_ENTRY) {
			size_t n = 0;
			const char *name = sr_html_tag_name(d->html_parser, tag, &n);
			if (name && n == 7 && memcmp(name, "amp-img", 7) == 0)
				return push_idx(&d->imgs, &d->n_imgs, i);
			if (name && n >= 4 && memcmp(name, "amp-", 4) == 0 &&
			    (strstr(name, "youtube") || strstr(name, "twitter") || strstr(name, "vimeo") ||
			     strstr(name, "instagram")))
				return push_idx(&d->iframes, &d->n_iframes, i);
		}
		return true;
	}
}

/* Count visible characters (runs of white space count once), commas. */
static void text_stats(const char *s, size_t n, uint32_t *chars, uint32_t *commas)
{
	uint32_t c = 0, k = 0;
	bool sp = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if (sr_is_space(b)) {
			if (!sp)
				c++;
			sp = true;
			continue;
		}
		sp = false;
		if ((b & 0xC0) != 0x80)
			c++;
		if (b == ',')
			k++;
		else if (b == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC && (unsigned char)s[i + 2] == 0x8C)
			k++; /* fullwidth comma */
		else if (b == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x81)
			k++; /* ideographic comma */
		else if (b == 0xD8 && i + 1 < n && (unsigned char)s[i + 1] == 0x8C)
			k++; /* Arabic comma */
	}
	*chars = c;
	*commas = k;
}

static bool ws_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!sr_is_space((unsigned char)s[i]))
			return false;
	return true;
}

static bool in_pre(const sr_dom *d, int32_t i)
{
	for (int k = 0; i >= 0 && k < 32; k++, i = d->n[i].parent)
		if (d->n[i].tag == MyHTML_TAG_PRE || d->n[i].tag == MyHTML_TAG_TEXTAREA)
			return true;
	return false;
}

/* ---- tree construction ---------------------------------------------------
 *
 * The HTML5 tree-construction rules, reduced to what changes the shape of
 * the text: implied end tags (p, li, dd, dt, td, tr, option, headings),
 * end tags matched within their scope and ignored when stray, void
 * elements, head and body made when missing, formatting elements (b, a,
 * font...) let go without closing the blocks opened inside them, and the
 * breakout of HTML tags from SVG and MathML.  Not done, because it moves no
 * article text between blocks: foster parenting out of tables, the
 * reconstruction of active formatting elements, frameset and template
 * modes. */

enum { SC_DEFAULT, SC_BUTTON, SC_LIST, SC_TABLE };

static bool is_void(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_AREA:
	case MyHTML_TAG_BASE:
	case MyHTML_TAG_BASEFONT:
	case MyHTML_TAG_BGSOUND:
	case MyHTML_TAG_BR:
	case MyHTML_TAG_COL:
	case MyHTML_TAG_EMBED:
	case MyHTML_TAG_FRAME:
	case MyHTML_TAG_HR:
	case MyHTML_TAG_IMG:
	case MyHTML_TAG_IMAGE:
	case MyHTML_TAG_INPUT:
	case MyHTML_TAG_KEYGEN:
	case MyHTML_TAG_LINK:
	case MyHTML_TAG_META:
	case MyHTML_TAG_PARAM:
	case MyHTML_TAG_SOURCE:
	case MyHTML_TAG_TRACK:
	case MyHTML_TAG_WBR: return true;
	default: return false;
	}
}

static bool is_formatting(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_A:
	case MyHTML_TAG_B:
	case MyHTML_TAG_BIG:
	case MyHTML_TAG_CODE:
	case MyHTML_TAG_EM:
	case MyHTML_TAG_FONT:
	case MyHTML_TAG_I:
	case MyHTML_TAG_NOBR:
	case MyHTML_TAG_S:
	case MyHTML_TAG_SMALL:
	case MyHTML_TAG_STRIKE:
	case MyHTML_TAG_STRONG:
	case MyHTML_TAG_TT:
	case MyHTML_TAG_U: return true;
	default: return false;
	}
}

/* The HTML5 "special" category: an end tag for another element stops here. */
static bool is_special(uint32_t tag)
{
	if (is_void(tag))
		return true;
	switch (tag) {
	case MyHTML_TAG_ADDRESS:
	case MyHTML_TAG_APPLET:
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_ASIDE:
	case MyHTML_TAG_BLOCKQUOTE:
	case MyHTML_TAG_BODY:
	case MyHTML_TAG_BUTTON:
	case MyHTML_TAG_CAPTION:
	case MyHTML_TAG_CENTER:
	case MyHTML_TAG_COLGROUP:
	case MyHTML_TAG_DD:
	case MyHTML_TAG_DETAILS:
	case MyHTML_TAG_DIR:
	case MyHTML_TAG_DIV:
	case MyHTML_TAG_DL:
	case MyHTML_TAG_DT:
	case MyHTML_TAG_FIELDSET:
	case MyHTML_TAG_FIGCAPTION:
	case MyHTML_TAG_FIGURE:
	case MyHTML_TAG_FOOTER:
	case MyHTML_TAG_FORM:
	case MyHTML_TAG_FRAMESET:
	case MyHTML_TAG_H1:
	case MyHTML_TAG_H2:
	case MyHTML_TAG_H3:
	case MyHTML_TAG_H4:
	case MyHTML_TAG_H5:
	case MyHTML_TAG_H6:
	case MyHTML_TAG_HEAD:
	case MyHTML_TAG_HEADER:
	case MyHTML_TAG_HGROUP:
	case MyHTML_TAG_HTML:
	case MyHTML_TAG_IFRAME:
	case MyHTML_TAG_LI:
	case MyHTML_TAG_LISTING:
	case MyHTML_TAG_MAIN:
	case MyHTML_TAG_MARQUEE:
	case MyHTML_TAG_MENU:
	case MyHTML_TAG_NAV:
	case MyHTML_TAG_NOEMBED:
	case MyHTML_TAG_NOFRAMES:
	case MyHTML_TAG_NOSCRIPT:
	case MyHTML_TAG_OBJECT:
	case MyHTML_TAG_OL:
	case MyHTML_TAG_P:
	case MyHTML_TAG_PLAINTEXT:
	case MyHTML_TAG_PRE:
	case MyHTML_TAG_SCRIPT:
	case MyHTML_TAG_SECTION:
	case MyHTML_TAG_SELECT:
	case MyHTML_TAG_STYLE:
	case MyHTML_TAG_SUMMARY:
	case MyHTML_TAG_TABLE:
	case MyHTML_TAG_TBODY:
	case MyHTML_TAG_TD:
	case MyHTML_TAG_TEMPLATE:
	case MyHTML_TAG_TEXTAREA:
	case MyHTML_TAG_TFOOT:
	case MyHTML_TAG_TH:
	case MyHTML_TAG_THEAD:
	case MyHTML_TAG_TITLE:
	case MyHTML_TAG_TR:
	case MyHTML_TAG_UL:
	case MyHTML_TAG_XMP: return true;
	default: return false;
	}
}

/* Start tags that close an open <p>. */
static bool closes_p(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_ADDRESS:
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_ASIDE:
	case MyHTML_TAG_BLOCKQUOTE:
	case MyHTML_TAG_CENTER:
	case MyHTML_TAG_DETAILS:
	case MyHTML_TAG_DIALOG:
	case MyHTML_TAG_DIR:
	case MyHTML_TAG_DIV:
	case MyHTML_TAG_DL:
	case MyHTML_TAG_DD:
	case MyHTML_TAG_DT:
	case MyHTML_TAG_FIELDSET:
	case MyHTML_TAG_FIGCAPTION:
	case MyHTML_TAG_FIGURE:
	case MyHTML_TAG_FOOTER:
	case MyHTML_TAG_FORM:
	case MyHTML_TAG_H1:
	case MyHTML_TAG_H2:
	case MyHTML_TAG_H3:
	case MyHTML_TAG_H4:
	case MyHTML_TAG_H5:
	case MyHTML_TAG_H6:
	case MyHTML_TAG_HEADER:
	case MyHTML_TAG_HGROUP:
	case MyHTML_TAG_HR:
	case MyHTML_TAG_LI:
	case MyHTML_TAG_LISTING:
	case MyHTML_TAG_MAIN:
	case MyHTML_TAG_MENU:
	case MyHTML_TAG_NAV:
	case MyHTML_TAG_OL:
	case MyHTML_TAG_P:
	case MyHTML_TAG_PLAINTEXT:
	case MyHTML_TAG_PRE:
	case MyHTML_TAG_SECTION:
	case MyHTML_TAG_SUMMARY:
	case MyHTML_TAG_TABLE:
	case MyHTML_TAG_UL:
	case MyHTML_TAG_XMP: return true;
	default: return false;
	}
}

static bool is_heading(uint32_t tag)
{
	return tag == MyHTML_TAG_H1 || tag == MyHTML_TAG_H2 || tag == MyHTML_TAG_H3 || tag == MyHTML_TAG_H4 ||
	       tag == MyHTML_TAG_H5 || tag == MyHTML_TAG_H6;
}

/* Elements that belong in <head> when they come before the body. */
static bool head_element(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_BASE:
	case MyHTML_TAG_BASEFONT:
	case MyHTML_TAG_BGSOUND:
	case MyHTML_TAG_LINK:
	case MyHTML_TAG_META:
	case MyHTML_TAG_NOFRAMES:
	case MyHTML_TAG_NOSCRIPT:
	case MyHTML_TAG_SCRIPT:
	case MyHTML_TAG_STYLE:
	case MyHTML_TAG_TEMPLATE:
	case MyHTML_TAG_TITLE: return true;
	default: return false;
	}
}

static bool scope_boundary(uint32_t tag, int kind)
{
	switch (tag) {
	case MyHTML_TAG_HTML:
	case MyHTML_TAG_TABLE:
	case MyHTML_TAG_TEMPLATE: return true;
	case MyHTML_TAG_APPLET:
	case MyHTML_TAG_CAPTION:
	case MyHTML_TAG_TD:
	case MyHTML_TAG_TH:
	case MyHTML_TAG_MARQUEE:
	case MyHTML_TAG_OBJECT:
	case MyHTML_TAG_SVG:
	case MyHTML_TAG_MATH: return kind != SC_TABLE;
	case MyHTML_TAG_BUTTON: return kind == SC_BUTTON;
	case MyHTML_TAG_OL:
	case MyHTML_TAG_UL: return kind == SC_LIST;
	default: return false;
	}
}

/* Depth (1-based) of the nearest open element with this tag within the
 * scope, 0 when none. */
static size_t in_scope(const sr_dom *d, uint32_t tag, int kind)
{
	for (size_t k = d->depth; k-- > 0;) {
		uint32_t t = d->stk[k].tag;
		if (t == tag)
			return k + 1;
		if (scope_boundary(t, kind))
			return 0;
	}
	return 0;
}

static void pop_to(sr_dom *d, size_t depth)
{
	while (d->depth > depth) {
		d->depth--;
		uint32_t t = d->stk[d->depth].tag;
		if (t == MyHTML_TAG_SVG || t == MyHTML_TAG_MATH)
			d->foreign--;
		if (d->skip_from >= d->depth)
			d->skip_from = SIZE_MAX;
	}
}

/* Close the nearest open tag in scope, with what its end implies. */
static bool close_in_scope(sr_dom *d, uint32_t tag, int kind)
{
	size_t k = in_scope(d, tag, kind);
	if (!k)
		return false;
	pop_to(d, k - 1);
	return true;
}

static int32_t current(const sr_dom *d)
{
	/* the nearest stored element: elements inside skipped ones are on the
	 * stack but not in the tree */
	for (size_t k = d->depth; k-- > 0;)
		if (d->stk[k].node >= 0)
			return d->stk[k].node;
	return d->html;
}

static bool push(sr_dom *d, int32_t node, uint32_t tag)
{
	if (d->depth == d->stk_cap) {
		size_t cap = d->stk_cap ? d->stk_cap * 2 : 256;
		struct sr_open *p = realloc(d->stk, cap * sizeof *p);
		if (!p)
			return false;
		d->stk = p;
		d->stk_cap = cap;
	}
	d->stk[d->depth].node = node;
	d->stk[d->depth].tag = tag;
	d->depth++;
	if (tag == MyHTML_TAG_SVG || tag == MyHTML_TAG_MATH)
		d->foreign++;
	return true;
}

static void fail(sr_dom *d)
{
	d->ok = false;
}

static uint32_t element_flags(sr_dom *d, const sr_dnode *x, uint32_t tag);

static void ensure_html(sr_dom *d)
{
	if (d->html >= 0)
		return;
	d->html = add_node(d, -1, MyHTML_TAG_HTML);
	if (d->html < 0 || !push(d, d->html, MyHTML_TAG_HTML)) {
		fail(d);
		return;
	}
	d->n[d->html].flags = tag_flags(MyHTML_TAG_HTML);
}

static void ensure_head(sr_dom *d)
{
	ensure_html(d);
	if (d->head >= 0 || !d->ok)
		return;
	d->head = add_node(d, d->html, MyHTML_TAG_HEAD);
	if (d->head < 0 || !push(d, d->head, MyHTML_TAG_HEAD)) {
		fail(d);
		return;
	}
	d->n[d->head].flags = tag_flags(MyHTML_TAG_HEAD);
}

static void ensure_body(sr_dom *d)
{
	if (d->body >= 0)
		return;
	ensure_head(d);
	if (!d->ok)
		return;
	pop_to(d, 1); /* back to <html> */
	d->body = add_node(d, d->html, MyHTML_TAG_BODY);
	if (d->body < 0 || !push(d, d->body, MyHTML_TAG_BODY)) {
		fail(d);
		return;
	}
	d->n[d->body].flags = tag_flags(MyHTML_TAG_BODY);
}

static void on_text(sr_dom *d, const sr_html_token *t)
{
	if (d->skip_from != SIZE_MAX)
		return;
	bool ws = ws_only(t->text, t->text_len);
	if (d->body < 0) {
		int32_t cur = current(d);
		uint32_t ct = cur >= 0 ? d->n[cur].tag : 0;
		bool in_head_text = ct == MyHTML_TAG_TITLE || ct == MyHTML_TAG_SCRIPT || ct == MyHTML_TAG_STYLE;
		if (ws && !in_head_text)
			return;
		if (!in_head_text)
			ensure_body(d);
	}
	int32_t parent = current(d);
	if (parent < 0 || !d->ok)
		return;
	/* white space at the start of a block or after a block says nothing
	 * (indentation); between inline elements it is a space */
	if (ws && (d->n[parent].last < 0 || (d->n[d->n[parent].last].flags & DF_BLOCK)) && !in_pre(d, parent))
		return;
	size_t tl = t->text_len > UINT32_MAX ? UINT32_MAX : t->text_len;
	char *s = sr_arena_strndup(d->arena, t->text, tl);
	int32_t i = s ? add_node(d, parent, MyHTML_TAG__TEXT) : -1;
	if (i < 0) {
		fail(d);
		return;
	}
	d->n[i].flags = DF_TEXT;
	d->n[i].text = s;
	d->n[i].tlen = (uint32_t)tl;
}

static void on_start(sr_dom *d, const sr_html_token *t)
{
	uint32_t tag = t->tag;
	if (tag == MyHTML_TAG_IMAGE)
		tag = MyHTML_TAG_IMG;
	if (tag == MyHTML_TAG_HTML || tag == MyHTML_TAG_BODY) {
		if (tag == MyHTML_TAG_HTML)
			ensure_html(d);
		else
			ensure_body(d);
		int32_t i = tag == MyHTML_TAG_HTML ? d->html : d->body;
		/* the first tag's attributes (HTML5 merges later ones in) */
		if (!d->ok || d->n[i].n_attrs)
			return;
		if (!keep_attrs(d, &d->n[i], t)) {
			fail(d);
			return;
		}
		d->n[i].flags |= element_flags(d, &d->n[i], tag);
		if (tag == MyHTML_TAG_HTML && !d->lang) {
			size_t n = 0;
			const char *v = sr_dom_attr(d, i, "lang", &n);
			if (!v)
				v = sr_dom_attr(d, i, "xml:lang", &n);
			if (v) {
				d->lang = v;
				d->lang_len = n;
			}
		}
		return;
	}
	if (tag == MyHTML_TAG_HEAD) {
		if (d->head < 0 && d->body < 0)
			ensure_head(d);
		return;
	}
	if (d->foreign) {
		/* HTML elements end SVG and MathML */
		bool breakout = closes_p(tag) || is_formatting(tag) || tag == MyHTML_TAG_BR || tag == MyHTML_TAG_IMG ||
		                tag == MyHTML_TAG_SPAN || tag == MyHTML_TAG_META || tag == MyHTML_TAG_EMBED;
		if (breakout) {
			while (d->foreign && d->depth > 1)
				pop_to(d, d->depth - 1);
		} else if (t->self_closing) {
			return; /* a foreign element closed at once; skipped anyway */
		}
	}
	if (d->body < 0) {
		if (head_element(tag) && d->skip_from == SIZE_MAX)
			ensure_head(d);
		else if (d->skip_from == SIZE_MAX)
			ensure_body(d);
		else
			ensure_html(d);
	}
	if (!d->ok)
		return;
	/* implied end tags */
	if (closes_p(tag))
		close_in_scope(d, MyHTML_TAG_P, SC_BUTTON);
	switch (tag) {
	case MyHTML_TAG_H1:
	case MyHTML_TAG_H2:
	case MyHTML_TAG_H3:
	case MyHTML_TAG_H4:
	case MyHTML_TAG_H5:
	case MyHTML_TAG_H6:
		if (d->depth && is_heading(d->stk[d->depth - 1].tag))
			pop_to(d, d->depth - 1);
		break;
	case MyHTML_TAG_LI:
	case MyHTML_TAG_DD:
	case MyHTML_TAG_DT:
		for (size_t k = d->depth; k-- > 0;) {
			uint32_t s = d->stk[k].tag;
			bool match = tag == MyHTML_TAG_LI ? s == MyHTML_TAG_LI : (s == MyHTML_TAG_DD || s == MyHTML_TAG_DT);
			if (match) {
				pop_to(d, k);
				break;
			}
			if (is_special(s) && s != MyHTML_TAG_ADDRESS && s != MyHTML_TAG_DIV && s != MyHTML_TAG_P)
				break;
		}
		break;
	case MyHTML_TAG_A:
	case MyHTML_TAG_NOBR:
		/* a link inside a link ends the first */
		for (size_t k = d->depth; k-- > 0;) {
			if (d->stk[k].tag == tag) {
				memmove(&d->stk[k], &d->stk[k + 1], (d->depth - k - 1) * sizeof *d->stk);
				d->depth--;
				if (d->skip_from != SIZE_MAX && d->skip_from > k)
					d->skip_from--;
				break;
			}
			if (scope_boundary(d->stk[k].tag, SC_DEFAULT))
				break;
		}
		break;
	case MyHTML_TAG_BUTTON: close_in_scope(d, MyHTML_TAG_BUTTON, SC_DEFAULT); break;
	case MyHTML_TAG_OPTION:
		if (d->depth && d->stk[d->depth - 1].tag == MyHTML_TAG_OPTION)
			pop_to(d, d->depth - 1);
		break;
	case MyHTML_TAG_OPTGROUP:
		while (d->depth && (d->stk[d->depth - 1].tag == MyHTML_TAG_OPTION ||
		                    d->stk[d->depth - 1].tag == MyHTML_TAG_OPTGROUP))
			pop_to(d, d->depth - 1);
		break;
	case MyHTML_TAG_TD:
	case MyHTML_TAG_TH:
		if (!close_in_scope(d, MyHTML_TAG_TD, SC_TABLE))
			close_in_scope(d, MyHTML_TAG_TH, SC_TABLE);
		break;
	case MyHTML_TAG_TR:
		if (!close_in_scope(d, MyHTML_TAG_TD, SC_TABLE))
			close_in_scope(d, MyHTML_TAG_TH, SC_TABLE);
		close_in_scope(d, MyHTML_TAG_TR, SC_TABLE);
		break;
	case MyHTML_TAG_TBODY:
	case MyHTML_TAG_THEAD:
	case MyHTML_TAG_TFOOT:
		if (!close_in_scope(d, MyHTML_TAG_TD, SC_TABLE))
			close_in_scope(d, MyHTML_TAG_TH, SC_TABLE);
		close_in_scope(d, MyHTML_TAG_TR, SC_TABLE);
		if (!close_in_scope(d, MyHTML_TAG_TBODY, SC_TABLE) && !close_in_scope(d, MyHTML_TAG_THEAD, SC_TABLE))
			close_in_scope(d, MyHTML_TAG_TFOOT, SC_TABLE);
		break;
	default: break;
	}
	bool is_void_tag = is_void(tag) || (d->foreign && t->self_closing);
	int32_t node = -1;
	if (d->skip_from == SIZE_MAX) {
		int32_t parent = current(d);
		node = add_node(d, parent, tag);
		if (node < 0) {
			fail(d);
			return;
		}
		if (!keep_attrs(d, &d->n[node], t) || !note(d, node, tag)) {
			fail(d);
			return;
		}
		d->n[node].flags = element_flags(d, &d->n[node], tag);
	}
	if (is_void_tag)
		return;
	if (!push(d, node, tag)) {
		fail(d);
		return;
	}
	/* skipped elements hold no text; only the title and JSON-LD scripts
	 * are read for metadata */
	if (node >= 0 && (d->n[node].flags & DF_SKIP) && tag != MyHTML_TAG_TITLE &&
	    !(tag == MyHTML_TAG_SCRIPT && d->n_ldjson && d->ldjson[d->n_ldjson - 1] == node))
		d->skip_from = d->depth - 1;
}

static void on_end(sr_dom *d, const sr_html_token *t)
{
	uint32_t tag = t->tag;
	switch (tag) {
	case MyHTML_TAG_HTML:
	case MyHTML_TAG_BODY: return; /* what follows still belongs to the body */
	case MyHTML_TAG_HEAD:
		if (d->body < 0 && d->depth && d->stk[d->depth - 1].tag == MyHTML_TAG_HEAD)
			pop_to(d, d->depth - 1);
		return;
	case MyHTML_TAG_BR: {
		sr_html_token br = *t;
		br.close = false;
		br.n_attrs = 0;
		on_start(d, &br);
		return;
	}
	case MyHTML_TAG_P: close_in_scope(d, tag, SC_BUTTON); return;
	case MyHTML_TAG_LI: close_in_scope(d, tag, SC_LIST); return;
	case MyHTML_TAG_H1:
	case MyHTML_TAG_H2:
	case MyHTML_TAG_H3:
	case MyHTML_TAG_H4:
	case MyHTML_TAG_H5:
	case MyHTML_TAG_H6:
		/* any heading ends any heading */
		for (size_t k = d->depth; k-- > 0;) {
			uint32_t s = d->stk[k].tag;
			if (is_heading(s)) {
				pop_to(d, k);
				return;
			}
			if (scope_boundary(s, SC_DEFAULT))
				return;
		}
		return;
	case MyHTML_TAG_TABLE:
	case MyHTML_TAG_TBODY:
	case MyHTML_TAG_THEAD:
	case MyHTML_TAG_TFOOT:
	case MyHTML_TAG_TR:
	case MyHTML_TAG_TD:
	case MyHTML_TAG_TH: close_in_scope(d, tag, SC_TABLE); return;
	default: break;
	}
	if (d->foreign) {
		for (size_t k = d->depth; k-- > 0;) {
			if (d->stk[k].tag == tag) {
				pop_to(d, k);
				return;
			}
			if (d->stk[k].tag == MyHTML_TAG_SVG || d->stk[k].tag == MyHTML_TAG_MATH)
				break;
		}
	}
	if (is_formatting(tag)) {
		/* let the element go, leaving blocks opened inside it open (what
		 * the adoption agency algorithm comes to for text) */
		for (size_t k = d->depth; k-- > 0;) {
			uint32_t s = d->stk[k].tag;
			if (s == tag) {
				if (k + 1 == d->depth) {
					pop_to(d, k);
				} else {
					memmove(&d->stk[k], &d->stk[k + 1], (d->depth - k - 1) * sizeof *d->stk);
					d->depth--;
					if (d->skip_from != SIZE_MAX && d->skip_from > k)
						d->skip_from--;
				}
				return;
			}
			if (scope_boundary(s, SC_DEFAULT))
				return;
		}
		return;
	}
	if (is_special(tag)) {
		close_in_scope(d, tag, SC_DEFAULT);
		return;
	}
	/* any other end tag: the nearest open one, unless a special element
	 * comes first */
	for (size_t k = d->depth; k-- > 0;) {
		uint32_t s = d->stk[k].tag;
		if (s == tag) {
			pop_to(d, k);
			return;
		}
		if (is_special(s))
			return;
	}
}

static void on_token(void *ctx, const sr_html_token *t)
{
	sr_dom *d = ctx;
	if (!d->ok)
		return;
	if (t->tag == MyHTML_TAG__TEXT)
		on_text(d, t);
	else if (t->close)
		on_end(d, t);
	else
		on_start(d, t);
}

bool sr_dom_build(sr_dom *d, sr_html *parser, const char *html, size_t n, sr_arena *a, bool *parsed)
{
	d->count = 0;
	d->html_parser = parser;
	d->arena = a;
	d->html = d->head = d->body = d->title = -1;
	d->n_metas = d->n_ldjson = d->n_links = d->n_times = d->n_iframes = d->n_imgs = d->n_quotes = 0;
	d->lang = NULL;
	d->lang_len = 0;
	d->depth = 0;
	d->foreign = 0;
	d->skip_from = SIZE_MAX;
	d->ok = true;
	memset(d->memo, 0, sizeof d->memo); /* the values point into the last document */
	memset(d->tmemo, 0, sizeof d->tmemo);
	if (!d->max_nodes)
		d->max_nodes = 4000000;
	/* every element starts with '<' and every text node follows a tag:
	 * one array of that size, untouched pages costing nothing, spares the
	 * copies (and the doubled peak) of growing it */
	size_t lt = 0;
	for (const char *p = html, *end = html + n; (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++)
		lt++;
	size_t want = 2 * lt + 8;
	if (want > d->max_nodes)
		want = d->max_nodes;
	if (want > d->cap) {
		free(d->n);
		d->cap = 0;
		d->n = malloc(want * sizeof *d->n);
		if (d->n)
			d->cap = want;
	}
	ensure_html(d);
	*parsed = sr_html_tokenize(parser, html, n, on_token, d);
	if (d->ok)
		ensure_body(d);
	bool ok = d->ok;
	/* statistics, bottom-up: children always follow their parents */
	for (size_t k = d->count; k-- > 0;) {
		sr_dnode *x = &d->n[k];
		if (x->flags & DF_TEXT) {
			text_stats(x->text, x->tlen, &x->chars, &x->commas);
			x->raw_chars = x->chars;
		}
		if (x->tag == MyHTML_TAG_A)
			x->link_chars = x->chars;
		if (x->parent >= 0) {
			sr_dnode *p = &d->n[x->parent];
			if (x->flags & (DF_SKIP | DF_HIDDEN))
				continue;
			p->raw_chars += x->raw_chars;
			p->chars += x->chars;
			p->link_chars += x->link_chars;
			p->commas += x->commas;
			if (x->flags & (DF_BLOCK | DF_HAS_BLOCK))
				p->flags |= DF_HAS_BLOCK;
		}
	}
	return ok;
}

void sr_dom_clear(sr_dom *d)
{
	free(d->n);
	free(d->metas);
	free(d->ldjson);
	free(d->links);
	free(d->times);
	free(d->iframes);
	free(d->imgs);
	free(d->quotes);
	free(d->stk);
	memset(d, 0, sizeof *d);
}

void sr_dom_trim(sr_dom *d)
{
	if (d->cap <= 65536)
		return;
	free(d->n);
	d->n = NULL;
	d->count = d->cap = 0;
}

const char *sr_dom_attr(const sr_dom *d, int32_t i, const char *key, size_t *len)
{
	const sr_dnode *x = &d->n[i];
	for (uint32_t a = 0; a < x->n_attrs; a++) {
		if (strcmp(ATTR_KEYS[x->attrs[a].key].s, key) == 0) {
			if (len)
				*len = x->attrs[a].len;
			return x->attrs[a].v;
		}
	}
	return NULL;
}

const char *sr_dom_tag_name(const sr_dom *d, int32_t i, size_t *len)
{
	return sr_html_tag_name(d->html_parser, d->n[i].tag, len);
}

void sr_dom_text(const sr_dom *d, int32_t i, sr_buf *b)
{
	if (i < 0)
		return;
	if (d->n[i].flags & DF_TEXT) {
		sr_append_collapsed(b, d->n[i].text, d->n[i].tlen);
		return;
	}
	/* iterative walk of the subtree; skipped elements contribute nothing,
	 * except that the subtree root itself may be one (title, script) */
	int32_t j = d->n[i].first;
	while (j >= 0) {
		const sr_dnode *x = &d->n[j];
		if (x->flags & DF_TEXT)
			sr_append_collapsed(b, x->text, x->tlen);
		else if ((x->flags & DF_BLOCK) && b->len && b->data[b->len - 1] != ' ')
			sr_buf_putc(b, ' ');
		if (x->first >= 0 && !(x->flags & DF_SKIP)) {
			j = x->first;
			continue;
		}
		while (j >= 0 && d->n[j].next < 0 && j != i) {
			j = d->n[j].parent;
			if (j == i)
				return;
		}
		if (j < 0 || j == i)
			return;
		j = d->n[j].next;
	}
}
