#include "textpage.h"

#include <stdlib.h>
#include <string.h>

#include "../util/str.h"

bool sr_textpage_is_text(const char *s, size_t n)
{
	size_t i = 0, lim = n < 4096 ? n : 4096, tags = 0;
	while (i < lim && sr_is_space((unsigned char)s[i]))
		i++;
	if (i < lim && s[i] == '<')
		return false;
	static const char *const MARKS[] = {"<html", "<body", "<!doctype", "<div", "<p>", "<p ", "<head", "<br", "<span", "<a href"};
	for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++)
		if (sr_memcasemem(s, lim, MARKS[k], strlen(MARKS[k])))
			tags++;
	return tags < 2;
}

/* Whole-line furniture, compared case-insensitively after trimming. */
static const char *const FURNITURE_EXACT[] = {
	"back to top", "top", "share", "share this", "share this article", "share this story", "tweet",
	"email", "e-mail", "print", "comments", "comment", "advertisement", "advertising", "related",
	"related stories", "related articles", "read more", "more", "skip to content", "skip to main content",
	"menu", "search", "subscribe", "sign up", "sign in", "log in", "login", "follow us", "like", "reply",
	"retweet", "favorite", "posted on", "posted", "updated", "share on facebook", "share on twitter",
	"facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "copy link", "link",
	"view comments", "leave a comment", "show comments", "close", "next", "previous", "home",
	"view this image", "view this embed", "view this image \xE2\x80\xBA", "view this embed \xE2\x80\xBA",
	"view this video on youtube", "view this video on vimeo", "view entire post \xE2\x80\xBA",
	"image", "photo", "video", "getty images", "ad", "sponsored", "loading", "loading...",
	"you may also like", "recommended", "most popular", "trending", "newsletter",
};

/* Lines that start with these are furniture. */
static const char *const FURNITURE_PREFIX[] = {
	"got a confidential tip", "share this", "share on ", "subscribe to", "sign up for", "sign up to",
	"click here", "follow us on", "follow @", "like us on", "all rights reserved", "copyright \xC2\xA9",
	"\xC2\xA9 ", "read more:", "read more at", "related:", "see also:", "more from ", "this article was",
	"download the app", "get the app", "we use cookies", "this site uses cookies", "by using this site",
	"cookie", "advertisement", "to continue reading", "already a subscriber", "view this video on",
	"view this image", "view this embed", "watch:", "listen:", "get our newsletter", "join our newsletter",
	"send us a tip", "have a tip", "got a tip", "report an error", "report a typo", "comments are closed",
};

static bool has_sentence_end(const char *s, size_t n);

/* Short lines that contain these are furniture wherever they stand. */
static const char *const FURNITURE_SUBSTR[] = {
	"may not be published, broadcast, rewritten or redistributed", "all rights reserved",
	"cancel anytime", "unlimited access", "printer-friendly", "print this article", "e-mail this article",
	"email this article", "text size", "zaloguj si", "log in to comment", "sign in to comment",
	"login to comment", "to continue reading", "subscribers only", "for subscribers", "nur für abonnenten",
	"réservé aux abonnés", "exclusivo para suscriptores", "share this article", "share this story",
};

/* Words of navigation menus. */
static const char *const SECTION_WORDS[] = {
	"home", "news", "politics", "world", "video", "videos", "quizzes", "more", "sport", "sports",
	"business", "opinion", "culture", "tech", "technology", "science", "health", "entertainment",
	"life", "lifestyle", "style", "travel", "weather", "local", "us", "uk", "europe", "africa", "asia",
	"americas", "middle", "east", "economy", "arts", "books", "food", "podcasts", "photos", "live",
	"latest", "newsletters", "subscribe", "menu", "search", "login", "register", "about", "contact",
	"archive", "nation", "region", "regional", "national", "international", "environment", "climate",
	"markets", "media", "investigations", "features", "magazine", "shop", "events", "jobs", "games",
	"startseite", "nachrichten", "politik", "wirtschaft", "kultur", "accueil", "actualités", "inicio",
	"noticias", "portada", "&", "and", "+",
};

static bool section_word(const char *w, size_t n)
{
	for (size_t k = 0; k < sizeof SECTION_WORDS / sizeof SECTION_WORDS[0]; k++)
		if (sr_ascii_caseeq(w, n, SECTION_WORDS[k]))
			return true;
	return false;
}

/* "News Politics World Video More", "Home > News > World",
 * "Print | Email | Comments (3)". */
static bool menu_line(const char *s, size_t n)
{
	if (n > 200)
		return false;
	size_t seps = 0, words = 0, menu = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '|' || s[i] == '>' || (s[i] == '\xC2' && i + 1 < n && (s[i + 1] == '\xBB' || s[i + 1] == '\xB7')))
			seps++;
	}
	if (seps >= 2 && !has_sentence_end(s, n))
		return true;
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		if (j > i) {
			words++;
			menu += section_word(s + i, j - i);
		}
		i = j;
	}
	return words >= 3 && menu * 10 >= words * 7;
}

static bool eq_ci(const char *s, size_t n, const char *w)
{
	return sr_ascii_caseeq(s, n, w);
}

static bool ends_with_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && sr_ascii_ncaseeq(s + n - k, w, k);
}

/* "Contact Miriam Berger at" / "Contact Miriam Berger at mb@example.com" */
static bool contact_line(const char *s, size_t n, const char **name, size_t *nn)
{
	if (!sr_starts_with_ci(s, n, "contact "))
		return false;
	const char *at = NULL;
	for (size_t i = 8; i + 3 <= n; i++)
		if (sr_ascii_ncaseeq(s + i, " at", 3) && (i + 3 == n || s[i + 3] == ' '))
			at = s + i;
	if (!at)
		return false;
	*name = s + 8;
	*nn = (size_t)(at - s - 8);
	return *nn > 2 && *nn < 60;
}

/* Headings of lists of other stories. */
static bool related_heading(const char *s, size_t n)
{
	static const char *const H[] = {"more news", "most popular", "most read", "related", "related stories",
	                                "related articles", "related news", "related coverage", "read more",
	                                "more stories", "more from", "you may also like", "you might also like",
	                                "recommended", "recommended for you", "top stories", "trending",
	                                "more on this story", "more on this", "also read", "see also",
	                                "auch interessant", "mehr zum thema", "weitere artikel", "lesen sie auch",
	                                "lire aussi", "à lire aussi", "sur le même sujet", "te puede interesar",
	                                "le puede interesar", "noticias relacionadas", "leia também", "veja também",
	                                "czytaj też", "czytaj także", "leggi anche"};
	while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	for (size_t k = 0; k < sizeof H / sizeof H[0]; k++) {
		size_t hl = strlen(H[k]);
		if (sr_ascii_caseeq(s, n, H[k]) || (n < 40 && n > hl && sr_starts_with_ci(s, n, H[k]) && strcmp(H[k], "more from") == 0))
			return true;
	}
	return false;
}

static bool has_sentence_end(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '"'))
			return true;
	return false;
}

static size_t word_count(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static const char *const ROLE_MARKS[] = {"reporter", "contributor", "correspondent", "editor", "writer",
                                         "columnist", "producer", "journalist", "staff"};

static bool role_line(const char *s, size_t n)
{
	if (n < 220 && (sr_memcasemem(s, n, " is a ", 6) || sr_memcasemem(s, n, " is an ", 7)) &&
	    (sr_memcasemem(s, n, " based in ", 10) || sr_memcasemem(s, n, " covering ", 10) ||
	     sr_memcasemem(s, n, " who covers ", 12))) {
		for (size_t k = 0; k < sizeof ROLE_MARKS / sizeof ROLE_MARKS[0]; k++)
			if (sr_memcasemem(s, n, ROLE_MARKS[k], strlen(ROLE_MARKS[k])))
				return true;
	}
	if (n > 120 || has_sentence_end(s, n))
		return false;
	for (size_t k = 0; k < sizeof ROLE_MARKS / sizeof ROLE_MARKS[0]; k++)
		if (sr_memcasemem(s, n, ROLE_MARKS[k], strlen(ROLE_MARKS[k])))
			return true;
	return false;
}

static bool credit_line(const char *s, size_t n)
{
	if (n < 100 && (sr_starts_with_ci(s, n, "photo courtesy") || sr_starts_with_ci(s, n, "image courtesy") ||
	                sr_starts_with_ci(s, n, "courtesy of ")))
		return true;
	static const char *const AGENCIES[] = {"reuters", "getty images", "ap photo", "afp", "associated press",
	                                       "epa", "anadolu", "xinhua", "shutterstock", "via getty", "photo:",
	                                       "image:", "photograph:"};
	if (n > 80 || has_sentence_end(s, n) || word_count(s, n) > 10)
		return false;
	bool slash = false;
	for (size_t i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
			slash = true;
	for (size_t k = 0; k < sizeof AGENCIES / sizeof AGENCIES[0]; k++)
		if (sr_memcasemem(s, n, AGENCIES[k], strlen(AGENCIES[k])))
			return true;
	return slash;
}

/* "Kristina Dei@2kdei": a display name glued to a handle at the end. */
static bool post_author_line(const char *s, size_t n, size_t *at)
{
	if (n > 80 || n < 3)
		return false;
	const char *p = memchr(s, '@', n);
	if (!p || p == s || p[-1] == ' ')
		return false;
	for (const char *q = p + 1; q < s + n; q++)
		if (!sr_is_alnum((unsigned char)*q) && *q != '_')
			return false;
	if (p + 1 == s + n)
		return false;
	*at = (size_t)(p - s);
	return true;
}

/* "01:48 PM - 15 Apr 14ReplyRetweetFavorite" or the same without the
 * action words: the end of an embedded tweet. */
static bool post_end_line(const char *s, size_t n)
{
	if (ends_with_ci(s, n, "ReplyRetweetFavorite") || ends_with_ci(s, n, "ReplyRetweetLike"))
		return true;
	sr_date d;
	return n < 40 && sr_memcasemem(s, n, " - ", 3) && sr_date_parse(s, n, &d) && d.prec >= SR_PREC_MINUTE;
}

sr_line_class sr_textpage_line_class(const char *s, size_t n)
{
	sr_trim(&s, &n);
	if (!n)
		return SR_LINE_BLANK;
	if (sr_starts_with_ci(s, n, "view this video on"))
		return SR_LINE_VIDEO;
	if (related_heading(s, n))
		return SR_LINE_RELATED;
	for (size_t k = 0; k < sizeof FURNITURE_EXACT / sizeof FURNITURE_EXACT[0]; k++)
		if (eq_ci(s, n, FURNITURE_EXACT[k]))
			return sr_starts_with_ci(s, n, "posted") || sr_starts_with_ci(s, n, "updated") ? SR_LINE_DATELINE
			                                                                              : SR_LINE_FURNITURE;
	for (size_t k = 0; k < sizeof FURNITURE_PREFIX / sizeof FURNITURE_PREFIX[0]; k++)
		if (sr_starts_with_ci(s, n, FURNITURE_PREFIX[k]))
			return SR_LINE_FURNITURE;
	if ((sr_starts_with_ci(s, n, "posted ") || sr_starts_with_ci(s, n, "published ") ||
	     sr_starts_with_ci(s, n, "updated ") || sr_starts_with_ci(s, n, "last updated")) && n < 100)
		return SR_LINE_DATELINE;
	if (n < 250)
		for (size_t k = 0; k < sizeof FURNITURE_SUBSTR / sizeof FURNITURE_SUBSTR[0]; k++)
			if (sr_memcasemem(s, n, FURNITURE_SUBSTR[k], strlen(FURNITURE_SUBSTR[k])))
				return SR_LINE_FURNITURE;
	if (menu_line(s, n))
		return SR_LINE_FURNITURE;
	const char *nm;
	size_t nn;
	if (contact_line(s, n, &nm, &nn))
		return SR_LINE_BYLINE;
	if ((sr_starts_with_ci(s, n, "by ") && n < 100 && !has_sentence_end(s, n) && word_count(s, n) <= 12))
		return SR_LINE_BYLINE;
	size_t at;
	if (post_end_line(s, n) || post_author_line(s, n, &at))
		return SR_LINE_POST;
	if (credit_line(s, n))
		return SR_LINE_CREDIT;
	if (role_line(s, n))
		return SR_LINE_AUTHORBOX;
	return SR_LINE_TEXT;
}

typedef struct line {
	const char *s;
	size_t n;
	sr_line_class c;
} line;

enum { MAX_LINES = 200000 };

static const char *dupc(sr_arena *a, const char *s, size_t n)
{
	sr_buf b;
	sr_buf_init(&b, 1 << 20);
	sr_append_collapsed(&b, s, n);
	const char *r = b.failed ? NULL : sr_arena_strndup(a, b.data, b.len);
	sr_buf_clear(&b);
	return r;
}

/* Group the lines of an embedded post around its end line e: the author
 * line (Name@handle) and the text lines before it, up to a blank gap. */
static void take_post(line *L, size_t e, sr_arena *a, sr_media_list *media, sr_date *latest)
{
	sr_embed em = {0};
	em.type = SR_EMBED_POST;
	em.platform = "twitter";
	/* timestamp: the end line without the action words */
	sr_date d;
	if (sr_date_parse(L[e].s, L[e].n, &d)) {
		char tmp[40];
		sr_date_format(&d, tmp, sizeof tmp);
		em.time = sr_arena_strdup(a, tmp);
		if (!latest->prec || sr_date_cmp(&d, latest) > 0)
			*latest = d;
	}
	size_t start = e;
	for (size_t k = e; k-- > 0 && e - k <= 6;) {
		if (L[k].c == SR_LINE_BLANK) {
			/* a single blank line may separate parts of the post */
			if (k > 0 && L[k - 1].c == SR_LINE_BLANK)
				break;
			continue;
		}
		if (L[k].c != SR_LINE_TEXT && L[k].c != SR_LINE_POST)
			break;
		/* stop at a long article paragraph that precedes the post */
		size_t at;
		if (L[k].c == SR_LINE_POST && post_author_line(L[k].s, L[k].n, &at)) {
			em.author = dupc(a, L[k].s, at);
			em.handle = dupc(a, L[k].s + at, L[k].n - at);
			start = k;
			/* some crawls repeat the post's text before its author line:
			 * take that line only when it is the same text */
			size_t p = k;
			while (p > 0 && L[p - 1].c == SR_LINE_BLANK)
				p--;
			if (p > 0 && L[p - 1].c == SR_LINE_TEXT && em.text && strlen(em.text) == L[p - 1].n &&
			    memcmp(em.text, L[p - 1].s, L[p - 1].n) == 0)
				start = p - 1;
			break;
		}
		if (L[k].c == SR_LINE_TEXT && L[k].n < 300 && !em.text) {
			em.text = dupc(a, L[k].s, L[k].n);
			if (k < start)
				start = k;
			continue;
		}
		break;
	}
	for (size_t k = start; k <= e; k++)
		if (L[k].c != SR_LINE_BLANK)
			L[k].c = SR_LINE_POST;
	sr_embed_tags(a, &em);
	sr_media_push_embed(a, media, &em);
}

void sr_textpage_extract(const char *s, size_t n, sr_arena *a, sr_meta *m, sr_buf *text, sr_para_list *paras,
                         sr_media_list *media)
{
	/* split into lines */
	size_t cap = 64, count = 0;
	line *L = sr_arena_alloc(a, cap * sizeof *L);
	if (!L)
		return;
	for (size_t i = 0; i <= n && count < MAX_LINES;) {
		size_t j = i;
		while (j < n && s[j] != '\n')
			j++;
		const char *ls = s + i;
		size_t ln = j - i;
		sr_trim(&ls, &ln);
		if (count == cap) {
			line *nl = sr_arena_alloc(a, cap * 2 * sizeof *nl);
			if (!nl)
				break;
			memcpy(nl, L, cap * sizeof *nl);
			L = nl;
			cap *= 2;
		}
		L[count++] = (line){ls, ln, sr_textpage_line_class(ls, ln)};
		if (j >= n)
			break;
		i = j + 1;
	}
	sr_date latest = {0};
	/* embedded posts */
	for (size_t i = 0; i < count; i++)
		if (L[i].c == SR_LINE_POST && post_end_line(L[i].s, L[i].n))
			take_post(L, i, a, media, &latest);
	/* lists of other stories: the lines after their heading, up to a
	 * blank line */
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_RELATED)
			continue;
		L[i].c = SR_LINE_FURNITURE;
		size_t j = i + 1;
		while (j < count && L[j].c == SR_LINE_BLANK)
			j++;
		for (; j < count && L[j].c != SR_LINE_BLANK; j++)
			if (L[j].c == SR_LINE_TEXT && L[j].n < 160)
				L[j].c = SR_LINE_FURNITURE;
	}
	/* role lines count as an author box only next to a byline or at the
	 * end of the page; elsewhere they are text (a short subheading) */
	size_t tail = count, seen = 0;
	while (tail > 0 && seen < 8)
		if (L[--tail].c != SR_LINE_BLANK)
			seen++;
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_AUTHORBOX || i >= tail)
			continue;
		bool near = false;
		for (size_t k = i > 3 ? i - 3 : 0; k < count && k <= i + 3; k++)
			if (L[k].c == SR_LINE_BYLINE)
				near = true;
		if (!near)
			L[i].c = SR_LINE_TEXT;
	}
	/* title: the first text line; deck: a short line right after it that
	 * is followed by a date or byline line */
	size_t first = count;
	for (size_t i = 0; i < count; i++)
		if (L[i].c == SR_LINE_TEXT) {
			first = i;
			break;
		}
	if (first < count && L[first].n < 300) {
		L[first].c = SR_LINE_TITLE;
		m->title = dupc(a, L[first].s, L[first].n);
		size_t j = first + 1;
		while (j < count && L[j].c == SR_LINE_BLANK)
			j++;
		if (j < count && L[j].c == SR_LINE_TEXT && L[j].n < 250) {
			size_t k = j + 1;
			while (k < count && L[k].c == SR_LINE_BLANK)
				k++;
			if (k < count && (L[k].c == SR_LINE_DATELINE || L[k].c == SR_LINE_BYLINE)) {
				L[j].c = SR_LINE_DECK;
				m->subtitle = dupc(a, L[j].s, L[j].n);
			}
		}
	}
	/* author boxes: role lines next to a contact line or at the end */
	for (size_t i = 0; i < count; i++) {
		const char *nm;
		size_t nn;
		if (L[i].c == SR_LINE_BYLINE) {
			if (contact_line(L[i].s, L[i].n, &nm, &nn))
				sr_meta_add_byline(m, a, nm, nn);
			else
				sr_meta_add_byline(m, a, L[i].s, L[i].n);
		}
		if (L[i].c == SR_LINE_DATELINE && !m->published_source) {
			sr_date d;
			if (sr_date_parse(L[i].s, L[i].n, &d)) {
				m->published = d;
				m->published_source = "text";
			}
		}
	}
	/* credits become media items without a URL */
	for (size_t i = 0; i < count; i++) {
		if (L[i].c == SR_LINE_CREDIT) {
			sr_media md = {0};
			md.credit = dupc(a, L[i].s, L[i].n);
			sr_media_push_media(a, media, &md);
		} else if (L[i].c == SR_LINE_VIDEO) {
			sr_embed e = {0};
			e.type = SR_EMBED_VIDEO;
			const char *on = sr_memcasemem(L[i].s, L[i].n, " on ", 4);
			if (on) {
				char p[32];
				size_t k = 0;
				for (const char *q = on + 4; q < L[i].s + L[i].n && k < sizeof p - 1; q++)
					if (sr_is_alnum((unsigned char)*q))
						p[k++] = (char)sr_lower((unsigned char)*q);
				p[k] = '\0';
				e.platform = sr_arena_strdup(a, p);
			}
			sr_media_push_embed(a, media, &e);
		}
	}
	/* the text */
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_TEXT)
			continue;
		size_t st = text->len;
		if (st)
			sr_buf_append(text, "\n\n", 2), st += 2;
		sr_append_collapsed(text, L[i].s, L[i].n);
		size_t en = text->len;
		while (en > st && text->data[en - 1] == ' ')
			en--;
		text->len = en;
		if (paras->n == paras->cap) {
			size_t c2 = paras->cap ? paras->cap * 2 : 32;
			sr_paragraph *v = realloc(paras->v, c2 * sizeof *v);
			if (!v)
				break;
			paras->v = v;
			paras->cap = c2;
		}
		paras->v[paras->n++] = (sr_paragraph){st, en, SR_PARA_PARAGRAPH};
	}
	if (text->data)
		text->data[text->len] = '\0';
	/* no date on the page: estimate from the latest dated item */
	if (!m->published_source && latest.prec) {
		m->published = latest;
		m->published.prec = SR_PREC_DAY;
		m->published.has_tz = false;
		m->published_source = "estimated";
	}
}
