/* dom_class.c: what each element of a page is, by its tag, its class and
 * id words, its role, its style and its attributes: block or inline,
 * never text, furniture or content, hidden, a byline, a date, a caption,
 * a lead (the DF_* flags of dom.h).  Class values repeat thousands of
 * times a page: their flags are remembered per document. */
#include "dom.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/str.h"

/* ---- tag classes -------------------------------------------------------- */

uint32_t sr_dom_tag_flags(uint32_t tag)
{
	switch (tag) {
	case MyHTML_TAG_P:
	case MyHTML_TAG_DIV:
	case MyHTML_TAG_SECTION:
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_MAIN:
	SR_CASE_HEADINGS:
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

const char *sr_dom_attr_name(int key)
{
	return key >= 0 && (size_t)key < sizeof ATTR_KEYS / sizeof *ATTR_KEYS ? ATTR_KEYS[key].s : "";
}

int sr_dom_attr_key(const char *k, size_t n)
{
	for (size_t i = 0; i < sizeof ATTR_KEYS / sizeof *ATTR_KEYS; i++)
		if (ATTR_KEYS[i].len == n && memcmp(ATTR_KEYS[i].s, k, n) == 0)
			return (int)i;
	return -1;
}

uint32_t sr_dom_element_flags(sr_dom *d, const sr_dnode *x, uint32_t tag)
{
	uint32_t f = sr_dom_tag_flags(tag);
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

