#include "meta.h"

#include <jansson.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/charset.h"
#include "../util/str.h"

/* ---- authors ------------------------------------------------------------ */

/* Words of job titles in bylines ("Jane Doe, Staff Writer"). */
static const char *const ROLE_WORDS[] = {
    "staff",           "writer",        "writers",     "reporter",     "reporters", "correspondent", "correspondents",
    "editor",          "editors",       "contributor", "contributors", "columnist", "journalist",    "journalists",
    "photographer",    "photographers", "producer",    "analyst",      "redakteur", "redakteurin",   "korrespondent",
    "korrespondentin", "reporterin",    "journaliste", "envoyé",       "envoyée",   "corresponsal",  "redactor",
    "redactora",       "periodista",    "inviato",     "giornalista",  "chief",     "senior",
};

static bool is_role_word(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof ROLE_WORDS / sizeof ROLE_WORDS[0]; i++)
		if (sr_ascii_caseeq(w, n, ROLE_WORDS[i]))
			return true;
	return false;
}

/* Words that cannot be part of a person's name. */
static bool is_stop_word(const char *w, size_t n)
{
	static const char *const STOP[] = {"updated", "published", "posted", "the", "for", "with", "from",   "at",
	                                   "on",      "am",        "um",     "le",  "el",  "news", "agency", "staff"};
	for (size_t i = 0; i < sizeof STOP / sizeof STOP[0]; i++)
		if (sr_ascii_caseeq(w, n, STOP[i]))
			return true;
	return false;
}

static bool plausible_name(const char *s, size_t n)
{
	if (n < 3 || n > 80)
		return false;
	size_t words = 1, letters = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ')
			words++;
		else if (sr_is_alpha(c) || c >= 0x80)
			letters++;
		else if (c == '@' || c == '/' || c == ':' || c == '|' || sr_is_digit(c))
			return false;
	}
	return letters >= 2 && words <= 6;
}

/* Clean one name: drop a role before or after it ("Balkans correspondent
 * Jovan Petrić", "Jane Doe Staff Writer"), a place after " in ", stray
 * punctuation; then add it unless it is there already. */
static void add_author(sr_meta *m, sr_arena *a, const char *s, size_t n, bool first_part)
{
	sr_trim(&s, &n);
	while (n && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';' || s[n - 1] == ':'))
		n--;
	sr_trim(&s, &n);
	if (sr_starts_with_ci(s, n, "and ")) {
		s += 4;
		n -= 4;
	}
	/* words of the part */
	size_t ws[16], we[16];
	size_t nw = sr_words(s, n, ws, we, 16);
	size_t first = 0, last = nw;
	bool roles = false;
	/* the name follows the last role word, or precedes the first */
	for (size_t k = 0; k < nw; k++) {
		if (!is_role_word(s + ws[k], we[k] - ws[k]))
			continue;
		roles = true;
		if (nw - k - 1 >= 2) {
			first = k + 1;
		} else if (!first_part && k + 1 == nw) {
			return; /* ", International Security Editor": a job title */
		} else {
			last = k;
			break;
		}
	}
	/* "Anke Vermeulen in Brussels" */
	for (size_t k = first + 2; k < last; k++)
		if (sr_ascii_caseeq(s + ws[k], we[k] - ws[k], "in") ||
		    sr_ascii_caseeq(s + ws[k], we[k] - ws[k], "aus") ||
		    sr_ascii_caseeq(s + ws[k], we[k] - ws[k], "en") ||
		    sr_ascii_caseeq(s + ws[k], we[k] - ws[k], "desde") ||
		    sr_ascii_caseeq(s + ws[k], we[k] - ws[k], "à")) {
			last = k;
			break;
		}
	if (first >= last || (roles && last - first < 2))
		return;
	for (size_t k = first; k < last; k++)
		if (is_stop_word(s + ws[k], we[k] - ws[k]) || is_role_word(s + ws[k], we[k] - ws[k]))
			return;
	const char *p = s + ws[first];
	size_t pn = we[last - 1] - ws[first];
	while (pn && (p[pn - 1] == '.' || p[pn - 1] == ','))
		pn--;
	if (!plausible_name(p, pn) || m->n_authors >= SR_MAX_AUTHORS)
		return;
	/* every word of a name is capitalised (in scripts that have case), but
	 * for the particles of surnames */
	static const char *const PARTICLES[] = {"von", "van", "de",  "da",  "del", "della", "di",
	                                        "du",  "la",  "le",  "bin", "al",  "ibn",   "ben",
	                                        "der", "den", "ter", "y",   "e",   "dos",   "das"};
	for (size_t k = first; k < last; k++) {
		unsigned char c0 = (unsigned char)s[ws[k]];
		if (!(c0 >= 'a' && c0 <= 'z'))
			continue;
		bool particle = false;
		for (size_t q = 0; q < sizeof PARTICLES / sizeof PARTICLES[0] && !particle; q++)
			particle = sr_ascii_caseeq(s + ws[k], we[k] - ws[k], PARTICLES[q]);
		if (!particle || k == first)
			return;
	}
	for (size_t i = 0; i < m->n_authors; i++)
		if (strlen(m->authors[i]) == pn && sr_ascii_ncaseeq(m->authors[i], p, pn))
			return;
	sr_buf b;
	sr_buf_init(&b, 256);
	sr_append_collapsed(&b, p, pn);
	sr_buf_nfc_tail(&b, 0);
	if (!b.failed && b.len)
		m->authors[m->n_authors++] = sr_arena_strndup(a, b.data, b.len);
	sr_buf_clear(&b);
}

static const char *const BY_PREFIXES[] = {
    "by ",
    "by:",
    "von ",
    "por ",
    "par ",
    "di ",
    "door ",
    "written by ",
    "words by ",
    "posted by ",
    "reporting by ",
    "text:",
    "text von ",
    "autor:",
    "autorin:",
    "author:",
    "auteur:",
    "autores:",
    "por:",
    "texte:",
    "redacción:",
    "\xD9\x83\xD8\xAA\xD8\xA8:",
    "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85:",
    "(",
    "\xC2\xA9", /* © */
    "(c) ",
};
static const char *const SPLITTERS[] = {" and ", " & ",  ", ", " und ",  " y ", " et ",
                                        " e ",   " en ", ";",  " with ", " i ", " oraz "};

/* Where a byline's names end: a line break, a separator, a date, an
 * email, a parenthesis. */
static size_t byline_end(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' || c == '|' || c == '(' || c == ')' || c == '@' || sr_is_digit(c) ||
		    (i + 1 < n && c == ' ' && s[i + 1] == '-') ||
		    (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB7) ||
		    (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		     ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93 ||
		      (unsigned char)s[i + 2] == 0xA2)))
			return i;
		/* two elements' texts glued together: "Leszek JażdżewskiRedakcja" */
		if (c >= 'A' && c <= 'Z' && i >= 3) {
			bool glued = true;
			for (size_t k = i - 3; k < i && glued; k++) {
				unsigned char d = (unsigned char)s[k];
				glued = (d >= 'a' && d <= 'z') || d >= 0x80;
			}
			if (glued)
				return i;
		}
		/* "By X Published 3 May", "By X February 11, 2020" */
		if (i && s[i - 1] == ' ' &&
		    (sr_starts_with_ci(s + i, n - i, "published") || sr_starts_with_ci(s + i, n - i, "updated") ||
		     sr_starts_with_ci(s + i, n - i, "posted") || sr_date_month_word(s + i, n - i)))
			return i;
	}
	return n;
}

void sr_meta_add_byline(sr_meta *m, sr_arena *a, const char *s, size_t n)
{
	if (!s || !n)
		return;
	sr_trim(&s, &n);
	/* "Reporting by X; Editing by Y": the reporters */
	const char *ed = sr_memcasemem(s, n, "editing by", 10);
	if (ed)
		n = (size_t)(ed - s);
	const char *rp = sr_memcasemem(s, n, "reporting by ", 13);
	if (rp) {
		n -= (size_t)(rp + 13 - s);
		s = rp + 13;
	} else {
		/* "Analysis by Olga Brenner" */
		const char *by = sr_memcasemem(s, n < 40 ? n : 40, " by ", 4);
		if (by) {
			n -= (size_t)(by + 4 - s);
			s = by + 4;
		}
	}
	for (int again = 1; again;) {
		again = 0;
		for (size_t i = 0; i < sizeof BY_PREFIXES / sizeof BY_PREFIXES[0]; i++) {
			if (sr_starts_with_ci(s, n, BY_PREFIXES[i])) {
				size_t k = strlen(BY_PREFIXES[i]);
				s += k;
				n -= k;
				sr_trim(&s, &n);
				again = 1;
			}
		}
	}
	n = byline_end(s, n);
	/* split into names */
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		size_t sl = 0;
		if (i < n) {
			for (size_t k = 0; k < sizeof SPLITTERS / sizeof SPLITTERS[0]; k++) {
				size_t kl = strlen(SPLITTERS[k]);
				if (i + kl <= n && sr_ascii_ncaseeq(s + i, SPLITTERS[k], kl)) {
					sl = kl;
					break;
				}
			}
			if (!sl)
				continue;
		}
		add_author(m, a, s + start, i - start, start == 0);
		if (i == n)
			break;
		i += sl - 1;
		start = i + 1;
	}
}

/* ---- small helpers ------------------------------------------------------ */

bool sr_meta_lang_tag(const char *s, size_t n, char out[8])
{
	sr_trim(&s, &n);
	size_t k = 0;
	while (k < n && k < 3 && sr_is_alpha((unsigned char)s[k])) {
		out[k] = (char)sr_lower((unsigned char)s[k]);
		k++;
	}
	if (k < 2 || (k < n && sr_is_alpha((unsigned char)s[k])))
		return false;
	out[k] = '\0';
	return true;
}

static bool set_date(sr_meta *m, const char *v, size_t n, const char *source)
{
	if (m->published_source || !v)
		return false;
	sr_date d;
	if (!sr_date_parse(v, n, &d))
		return false;
	m->published = d;
	m->published_source = source;
	return true;
}

/* ---- JSON-LD ------------------------------------------------------------ */

static bool type_is_article(json_t *t)
{
	if (json_is_array(t)) {
		size_t i;
		json_t *v;
		json_array_foreach(t, i, v) if (type_is_article(v)) return true;
		return false;
	}
	const char *s = json_string_value(t);
	if (!s)
		return false;
	size_t n = strlen(s);
	return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || (n >= 7 && strcmp(s + n - 7, "Posting") == 0) ||
	       strcmp(s, "Report") == 0;
}

/* The object of the document whose "@id" is id (JSON-LD @graph links). */
static json_t *ld_find_id(json_t *j, const char *id, int depth)
{
	if (depth > 8)
		return NULL;
	if (json_is_array(j)) {
		size_t i;
		json_t *v, *r;
		json_array_foreach(j, i, v) if ((r = ld_find_id(v, id, depth + 1))) return r;
		return NULL;
	}
	if (!json_is_object(j))
		return NULL;
	const char *me = json_string_value(json_object_get(j, "@id"));
	if (me && strcmp(me, id) == 0 && json_object_get(j, "name"))
		return j;
	json_t *g = json_object_get(j, "@graph");
	return g ? ld_find_id(g, id, depth + 1) : NULL;
}

static void ld_authors(sr_meta *m, sr_arena *a, json_t *au, json_t *root)
{
	if (json_is_object(au) && !json_object_get(au, "name") && json_is_string(json_object_get(au, "@id"))) {
		json_t *r = ld_find_id(root, json_string_value(json_object_get(au, "@id")), 0);
		if (r)
			au = r;
	}
	if (json_is_string(au)) {
		const char *s = json_string_value(au);
		if (!strstr(s, "://"))
			sr_meta_add_byline(m, a, s, strlen(s));
	} else if (json_is_object(au)) {
		json_t *t = json_object_get(au, "@type");
		const char *ts = json_string_value(t);
		json_t *nm = json_object_get(au, "name");
		if (json_is_string(nm) && (!ts || strcmp(ts, "Organization") != 0 || m->n_authors == 0)) {
			const char *s = json_string_value(nm);
			sr_meta_add_byline(m, a, s, strlen(s));
		}
	} else if (json_is_array(au)) {
		size_t i;
		json_t *v;
		json_array_foreach(au, i, v) ld_authors(m, a, v, root);
	}
}

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void ld_article(sr_meta *m, sr_arena *a, json_t *o, sr_meta *ld, json_t *root)
{
	const char *s;
	if (!ld->title && (s = jstr(o, "headline")))
		ld->title = sr_text_dup(a, s, strlen(s));
	if (!ld->subtitle && (s = jstr(o, "description")))
		ld->subtitle = sr_text_dup(a, s, strlen(s));
	if (!ld->published_source && (s = jstr(o, "datePublished")))
		set_date(ld, s, strlen(s), "json-ld");
	if (!ld->published_source && (s = jstr(o, "dateCreated")))
		set_date(ld, s, strlen(s), "json-ld");
	if (!ld->modified && (s = jstr(o, "dateModified")))
		ld->modified = sr_text_dup(a, s, strlen(s));
	if (ld->n_authors == 0)
		ld_authors(ld, a, json_object_get(o, "author"), root);
	if (ld->n_authors == 0)
		ld_authors(ld, a, json_object_get(o, "creator"), root);
	json_t *pub = json_object_get(o, "publisher");
	if (!ld->site_name && json_is_object(pub) && (s = jstr(pub, "name")))
		ld->site_name = sr_text_dup(a, s, strlen(s));
	(void)m;
}

static void ld_walk(sr_meta *m, sr_arena *a, json_t *j, sr_meta *ld, int depth, json_t *root)
{
	if (depth > 8)
		return;
	if (json_is_array(j)) {
		size_t i;
		json_t *v;
		json_array_foreach(j, i, v) ld_walk(m, a, v, ld, depth + 1, root);
		return;
	}
	if (!json_is_object(j))
		return;
	if (type_is_article(json_object_get(j, "@type")))
		ld_article(m, a, j, ld, root);
	json_t *g = json_object_get(j, "@graph");
	if (g)
		ld_walk(m, a, g, ld, depth + 1, root);
	json_t *me = json_object_get(j, "mainEntity");
	if (me)
		ld_walk(m, a, me, ld, depth + 1, root);
}

static void jsonld(const sr_dom *d, sr_arena *a, sr_meta *m, sr_meta *ld)
{
	for (size_t k = 0; k < d->n_ldjson; k++) {
		int32_t i = d->ldjson[k];
		sr_buf b;
		sr_buf_init(&b, 4 << 20);
		for (int32_t c = d->n[i].first; c >= 0; c = d->n[c].next)
			if (d->n[c].flags & DF_TEXT)
				sr_buf_append(&b, d->n[c].text, d->n[c].tlen);
		if (!b.failed && b.len) {
			json_error_t err;
			json_t *j = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
			if (j) {
				ld_walk(m, a, j, ld, 0, j);
				json_decref(j);
			}
		}
		sr_buf_clear(&b);
	}
}

/* ---- meta tags ---------------------------------------------------------- */

static bool key_is(const char *k, size_t kn, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (sr_lower((unsigned char)list[i][0]) == sr_lower((unsigned char)k[0]) &&
		    sr_ascii_caseeq(k, kn, list[i]))
			return true;
	return false;
}

#define IN(k, kn, ...)                                                                                                 \
	key_is(k, kn, (const char *const[]){__VA_ARGS__},                                                              \
	       sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

static void meta_tags(const sr_dom *d, sr_arena *a, sr_meta *m, const char **og_title)
{
	const char *pub_v = NULL, *date_v = NULL, *desc = NULL, *ogdesc = NULL;
	size_t pub_n = 0, date_n = 0, desc_n = 0, ogdesc_n = 0;
	for (size_t k = 0; k < d->n_metas; k++) {
		int32_t i = d->metas[k];
		size_t kn = 0, vn = 0;
		const char *key = sr_dom_attr(d, i, "property", &kn);
		if (!key || !kn)
			key = sr_dom_attr(d, i, "name", &kn);
		if (!key || !kn)
			key = sr_dom_attr(d, i, "itemprop", &kn);
		if (!key || !kn) {
			key = sr_dom_attr(d, i, "http-equiv", &kn);
			const char *v = sr_dom_attr(d, i, "content", &vn);
			char tag[8];
			if (key && v && sr_ascii_caseeq(key, kn, "content-language") && !m->lang &&
			    sr_meta_lang_tag(v, vn, tag))
				m->lang = sr_arena_strdup(a, tag);
			continue;
		}
		const char *v = sr_dom_attr(d, i, "content", &vn);
		if (!v)
			continue;
		if (IN(key, kn, "og:title", "twitter:title")) {
			if (!*og_title)
				*og_title = sr_text_dup(a, v, vn);
		} else if (IN(key, kn, "og:url")) {
			if (!m->url && vn && memchr(v, ':', vn))
				m->url = sr_text_dup(a, v, vn);
		} else if (IN(key, kn, "og:site_name", "application-name")) {
			if (!m->site_name)
				m->site_name = sr_text_dup(a, v, vn);
		} else if (IN(key, kn, "og:description", "twitter:description")) {
			if (!ogdesc) {
				ogdesc = v;
				ogdesc_n = vn;
			}
		} else if (IN(key, kn, "description", "dc.description", "dcterms.abstract")) {
			if (!desc) {
				desc = v;
				desc_n = vn;
			}
		} else if (IN(key, kn, "article:published_time", "og:published_time", "article:published",
		              "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
		              "published_time", "published-date", "sailthru.date", "parsely-pub-date", "dc.date.issued",
		              "dcterms.issued", "dc.date.created", "dcterms.created", "originalpublicationdate",
		              "article.published", "date.published", "cxenseparse:recs:publishtime", "displaydate",
		              "og:article:published_time", "nv:date")) {
			if (!pub_v) {
				pub_v = v;
				pub_n = vn;
			}
		} else if (IN(key, kn, "date", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
		              "created", "last-modified", "dc.created")) {
			if (!date_v) {
				date_v = v;
				date_n = vn;
			}
		} else if (IN(key, kn, "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
		              "last-modified", "dc.date.modified")) {
			if (!m->modified) {
				sr_date dt;
				char tmp[40];
				if (sr_date_parse(v, vn, &dt)) {
					sr_date_format(&dt, tmp, sizeof tmp);
					m->modified = sr_arena_strdup(a, tmp);
				}
			}
		} else if (IN(key, kn, "author", "article:author", "dc.creator", "dcterms.creator", "byl",
		              "parsely-author", "sailthru.author", "twitter:creator", "og:article:author",
		              "citation_author")) {
			if (vn && !memchr(v, '/', vn) && v[0] != '@' && m->n_authors < SR_MAX_AUTHORS)
				sr_meta_add_byline(m, a, v, vn);
		} else if (IN(key, kn, "og:locale", "language", "dc.language", "content-language", "inlanguage")) {
			char tag[8];
			if (!m->lang && sr_meta_lang_tag(v, vn, tag))
				m->lang = sr_arena_strdup(a, tag);
		}
	}
	if (pub_v)
		set_date(m, pub_v, pub_n, "meta");
	if (date_v)
		set_date(m, date_v, date_n, "meta");
	if (ogdesc)
		m->subtitle = sr_text_dup(a, ogdesc, ogdesc_n);
	else if (desc)
		m->subtitle = sr_text_dup(a, desc, desc_n);
}

static void link_tags(const sr_dom *d, sr_arena *a, sr_meta *m, const char **canonical)
{
	for (size_t k = 0; k < d->n_links; k++) {
		int32_t i = d->links[k];
		size_t rn = 0, hn = 0;
		const char *rel = sr_dom_attr(d, i, "rel", &rn);
		const char *href = sr_dom_attr(d, i, "href", &hn);
		if (!rel || !href || !hn)
			continue;
		if (sr_ascii_caseeq(rel, rn, "canonical") && !*canonical && memchr(href, ':', hn))
			*canonical = sr_text_dup(a, href, hn);
	}
}

/* ---- bylines, time elements and visible dates in the body --------------- */

static bool in_strong_furniture(const sr_dom *d, int32_t i)
{
	for (int k = 0; i >= 0 && k < 64; k++, i = d->n[i].parent)
		if (d->n[i].flags & (DF_NEG_STRONG | DF_HIDDEN))
			return true;
	return false;
}

static bool attr_contains(const sr_dom *d, int32_t i, const char *key, const char *word)
{
	size_t n = 0;
	const char *v = sr_dom_attr(d, i, key, &n);
	return v && sr_memcasemem(v, n, word, strlen(word)) != NULL;
}

/* Within the subtree of i, the first element whose itemprop is "name". */
static int32_t itemprop_name(const sr_dom *d, int32_t i)
{
	int32_t end = d->n[i].next;
	for (int32_t j = i + 1; j < (int32_t)d->count && (end < 0 || j < end) && j < i + 200; j++) {
		size_t vn = 0;
		if (d->n[j].flags & DF_TEXT)
			continue;
		const char *v = sr_dom_attr(d, j, "itemprop", &vn);
		if (v && sr_ascii_caseeq(v, vn, "name"))
			return j;
	}
	return -1;
}

static const char *const DATE_LEADS[] = {
    "published",   "posted",         "updated",      "publié",       "publie",
    "mis à jour",  "veröffentlicht", "aktualisiert", "stand:",       "publicado",
    "actualizado", "pubblicato",     "aggiornato",   "opublikowano", "gepubliceerd",
};

static bool starts_with_any(const char *s, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (sr_starts_with_ci(s, n, list[i]))
			return true;
	return false;
}

static const char *const BYLINE_LEADS[] = {
    "by ",         "von ",          "par ",           "por ",   "di ",      "posted by ",
    "written by ", "reporting by ", "(reporting by ", "autor:", "autorin:", "author:"};

static void node_text(const sr_dom *d, int32_t i, sr_buf *b)
{
	b->len = 0;
	b->failed = false;
	if (b->data)
		b->data[0] = '\0';
	sr_dom_text(d, i, b);
}

/* Visible authors come in three strengths: microdata names, author links
 * and name classes, then byline containers and "By ..." lines. */
static void body_hints(const sr_dom *d, sr_arena *a, sr_meta *m, sr_meta *vis)
{
	if (d->body < 0)
		return;
	sr_meta lv[3];
	memset(lv, 0, sizeof lv);
	sr_buf b;
	sr_buf_init(&b, 4096);
	int32_t skip_until = -1; /* inside an element already used */
	for (size_t k = (size_t)d->body; k < d->count; k++) {
		int32_t i = (int32_t)k;
		const sr_dnode *x = &d->n[i];
		if (x->flags & (DF_TEXT | DF_SKIP))
			continue;
		if (!m->h1 && x->tag == MyHTML_TAG_H1 && x->raw_chars >= 4) {
			node_text(d, i, &b);
			if (!b.failed)
				m->h1 = sr_text_dup(a, b.data, b.len);
		}
		if (x->tag == MyHTML_TAG_TIME && !vis->published_source) {
			size_t vn = 0;
			const char *v = sr_dom_attr(d, i, "datetime", &vn);
			if (!(v && set_date(vis, v, vn, "time"))) {
				node_text(d, i, &b);
				if (!b.failed)
					set_date(vis, b.data, b.len, "time");
			}
		}
		if (x->raw_chars < 2 || x->raw_chars > 200 || i < skip_until)
			continue;
		bool short_block = x->raw_chars < 160 &&
		                   (x->flags & DF_BLOCK || x->tag == MyHTML_TAG_SPAN || x->tag == MyHTML_TAG_ADDRESS);
		if (x->flags & DF_AUTHOR_HINT) {
			if (in_strong_furniture(d, i))
				continue;
			int level = 2;
			int32_t src = i;
			if (attr_contains(d, i, "itemprop", "author")) {
				int32_t nm = itemprop_name(d, i);
				level = 0;
				if (nm >= 0)
					src = nm;
			} else if (attr_contains(d, i, "rel", "author") || attr_contains(d, i, "class", "name")) {
				level = 1;
			}
			node_text(d, src, &b);
			if (!b.failed && lv[level].n_authors < 6)
				sr_meta_add_byline(&lv[level], a, b.data, b.len);
			if (level == 0) {
				int32_t e = x->next;
				skip_until = e >= 0 ? e : (int32_t)d->count;
			}
			continue;
		}
		/* a byline or date line is a leaf block: wrappers are skipped, which
		 * also keeps deeply nested pages linear */
		if (!short_block || (x->flags & DF_HAS_BLOCK))
			continue;
		bool date_hint = (x->flags & DF_DATE_HINT) != 0;
		if (!date_hint && vis->published_source && lv[2].n_authors)
			continue;
		/* only elements whose own text starts the line */
		node_text(d, i, &b);
		if (b.failed || !b.len)
			continue;
		const char *t = b.data;
		size_t tn = b.len;
		sr_trim(&t, &tn);
		if (!lv[2].n_authors &&
		    starts_with_any(t, tn, BYLINE_LEADS, sizeof BYLINE_LEADS / sizeof BYLINE_LEADS[0]) &&
		    !in_strong_furniture(d, i))
			sr_meta_add_byline(&lv[2], a, t, tn);
		if (vis->published_source)
			continue;
		if (date_hint) {
			size_t vn = 0;
			const char *v = sr_dom_attr(d, i, "content", &vn);
			if (!(v && set_date(vis, v, vn, "text")))
				set_date(vis, t, tn, "text");
			continue;
		}
		/* a date line has digits */
		bool digit = false;
		for (size_t p = 0; p < tn && !digit; p++)
			digit = sr_is_digit((unsigned char)t[p]);
		for (size_t p = 0; digit && p < tn && p < 80; p++) {
			if (p && t[p - 1] != ' ' && t[p - 1] != '|')
				continue;
			if (starts_with_any(t + p, tn - p, DATE_LEADS, sizeof DATE_LEADS / sizeof DATE_LEADS[0])) {
				set_date(vis, t + p, tn - p, "text");
				break;
			}
		}
	}
	for (int l = 0; l < 3; l++) {
		if (lv[l].n_authors) {
			memcpy(vis->authors, lv[l].authors, lv[l].n_authors * sizeof lv[l].authors[0]);
			vis->n_authors = lv[l].n_authors;
			break;
		}
	}
	sr_buf_clear(&b);
}

/* ---- title -------------------------------------------------------------- */

static bool is_sep_at(const char *s, size_t n, size_t i, size_t *len)
{
	static const char *const SEPS[] = {" | ",        " - ",        " \xE2\x80\x94 ", " \xE2\x80\x93 ",
	                                   " :: ",       " \xC2\xBB ", " \xC2\xAB ",     " / ",
	                                   " \xC2\xB7 ", " : "};
	for (size_t k = 0; k < sizeof SEPS / sizeof SEPS[0]; k++) {
		size_t l = strlen(SEPS[k]);
		if (i + l <= n && memcmp(s + i, SEPS[k], l) == 0) {
			*len = l;
			return true;
		}
	}
	return false;
}

const char *sr_meta_clean_title(sr_arena *a, const char *title, const char *site, const char *h1)
{
	if (!title)
		return NULL;
	size_t n = strlen(title);
	if (h1 && strlen(h1) >= 10 && strstr(title, h1))
		return h1;
	/* split at separators; keep the longest part unless it is the site */
	size_t best_s = 0, best_n = n, seps = 0, start = 0;
	size_t longest = 0;
	for (size_t i = 0; i <= n; i++) {
		size_t l = 0;
		if (i < n && !is_sep_at(title, n, i, &l))
			continue;
		size_t pn = i - start;
		const char *p = title + start;
		bool is_site = site && strlen(site) == pn && sr_ascii_ncaseeq(p, site, pn);
		if (i < n)
			seps++;
		if (!is_site && pn > longest) {
			longest = pn;
			best_s = start;
			best_n = pn;
		}
		if (i == n)
			break;
		i += l - 1;
		start = i + 1;
	}
	if (!seps)
		return title;
	/* only strip when the removed parts are short (a site name) */
	if (best_n * 10 < n * 4)
		return title;
	return sr_text_dup(a, title + best_s, best_n);
}

/* ---- all together ------------------------------------------------------- */

void sr_meta_extract(const sr_dom *d, sr_arena *a, const char *opts_url, sr_meta *m)
{
	memset(m, 0, sizeof *m);
	sr_meta ld, vis;
	memset(&ld, 0, sizeof ld);
	memset(&vis, 0, sizeof vis);
	const char *og_title = NULL, *canonical = NULL;
	if (d->lang) {
		char tag[8];
		if (sr_meta_lang_tag(d->lang, d->lang_len, tag))
			m->lang = sr_arena_strdup(a, tag);
	}
	meta_tags(d, a, m, &og_title);
	link_tags(d, a, m, &canonical);
	jsonld(d, a, m, &ld);
	body_hints(d, a, m, &vis);
	const char *url = canonical ? canonical : m->url ? m->url : opts_url;
	m->url = url;
	/* title */
	const char *title_el = NULL;
	if (d->title >= 0) {
		sr_buf b;
		sr_buf_init(&b, 1 << 16);
		sr_dom_text(d, d->title, &b);
		if (!b.failed)
			title_el = sr_text_dup(a, b.data, b.len);
		sr_buf_clear(&b);
	}
	if (!m->site_name)
		m->site_name = ld.site_name;
	const char *t = ld.title ? ld.title : og_title ? og_title : NULL;
	if (!t && m->h1 && title_el && strstr(title_el, m->h1))
		t = m->h1;
	if (!t)
		t = title_el ? title_el : m->h1;
	m->title = sr_meta_clean_title(a, t, m->site_name, m->h1);
	if (!m->subtitle)
		m->subtitle = ld.subtitle;
	if (ld.modified && !m->modified) {
		sr_date dt;
		char tmp[40];
		if (sr_date_parse(ld.modified, strlen(ld.modified), &dt)) {
			sr_date_format(&dt, tmp, sizeof tmp);
			m->modified = sr_arena_strdup(a, tmp);
		}
	}
	/* authors: JSON-LD, then meta, then visible bylines */
	if (ld.n_authors) {
		memcpy(m->authors, ld.authors, ld.n_authors * sizeof ld.authors[0]);
		m->n_authors = ld.n_authors;
	} else if (!m->n_authors && vis.n_authors) {
		memcpy(m->authors, vis.authors, vis.n_authors * sizeof vis.authors[0]);
		m->n_authors = vis.n_authors;
	}
	/* date: JSON-LD > meta > time > url > visible text */
	sr_date ud;
	if (ld.published_source) {
		m->published = ld.published;
		m->published_source = ld.published_source;
	} else if (m->published_source) {
		/* from meta tags */
	} else if (vis.published_source && strcmp(vis.published_source, "time") == 0) {
		m->published = vis.published;
		m->published_source = "time";
	} else if (url && sr_date_from_url(url, &ud) && ud.prec == SR_PREC_DAY) {
		m->published = ud;
		m->published_source = "url";
	} else if (vis.published_source) {
		m->published = vis.published;
		m->published_source = vis.published_source;
	} else if (url && sr_date_from_url(url, &ud)) {
		m->published = ud;
		m->published_source = "url";
	}
}
