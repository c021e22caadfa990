#include "media.h"

#include <string.h>

#include "../util/buf.h"
#include "../util/charset.h"
#include "../util/str.h"
#include "date.h"

enum { MAX_MEDIA = 200, MAX_EMBEDS = 200, MAX_TAGS = 32 };

bool sr_media_push_media(sr_arena *a, sr_media_list *l, const sr_media *m)
{
	if (l->n_media >= MAX_MEDIA)
		return false;
	if (l->n_media == l->cap_media) {
		size_t cap = l->cap_media ? l->cap_media * 2 : 8;
		sr_media *v = sr_arena_alloc(a, cap * sizeof *v);
		if (!v)
			return false;
		if (l->n_media)
			memcpy(v, l->media, l->n_media * sizeof *v);
		l->media = v;
		l->cap_media = cap;
	}
	l->media[l->n_media++] = *m;
	return true;
}

bool sr_media_push_embed(sr_arena *a, sr_media_list *l, const sr_embed *e)
{
	if (l->n_embeds >= MAX_EMBEDS)
		return false;
	if (l->n_embeds == l->cap_embeds) {
		size_t cap = l->cap_embeds ? l->cap_embeds * 2 : 8;
		sr_embed *v = sr_arena_alloc(a, cap * sizeof *v);
		if (!v)
			return false;
		if (l->n_embeds)
			memcpy(v, l->embeds, l->n_embeds * sizeof *v);
		l->embeds = v;
		l->cap_embeds = cap;
	}
	l->embeds[l->n_embeds++] = *e;
	return true;
}

const char *sr_url_resolve(sr_arena *a, const char *base, const char *href, size_t hn)
{
	sr_trim(&href, &hn);
	if (!hn || sr_starts_with_ci(href, hn, "data:") || sr_starts_with_ci(href, hn, "javascript:"))
		return NULL;
	const char *colon = memchr(href, ':', hn);
	const char *slash = memchr(href, '/', hn);
	if (colon && (!slash || colon < slash))
		return sr_arena_strndup(a, href, hn); /* absolute */
	if (!base)
		return sr_arena_strndup(a, href, hn);
	const char *scheme_end = strstr(base, "://");
	if (!scheme_end)
		return sr_arena_strndup(a, href, hn);
	size_t bn = strlen(base);
	sr_buf b;
	sr_buf_init(&b, 1 << 16);
	if (hn >= 2 && href[0] == '/' && href[1] == '/') {
		sr_buf_append(&b, base, (size_t)(scheme_end - base) + 1);
		sr_buf_append(&b, href, hn);
	} else if (href[0] == '/') {
		const char *host_end = strchr(scheme_end + 3, '/');
		sr_buf_append(&b, base, host_end ? (size_t)(host_end - base) : bn);
		sr_buf_append(&b, href, hn);
	} else {
		const char *q = strpbrk(scheme_end + 3, "?#");
		size_t upto = q ? (size_t)(q - base) : bn;
		const char *last = NULL;
		for (const char *p = scheme_end + 3; p < base + upto; p++)
			if (*p == '/')
				last = p;
		sr_buf_append(&b, base, last ? (size_t)(last - base) + 1 : upto);
		if (!last)
			sr_buf_putc(&b, '/');
		sr_buf_append(&b, href, hn);
	}
	const char *r = b.failed ? NULL : sr_arena_strndup(a, b.data, b.len);
	sr_buf_clear(&b);
	return r;
}

/* Credits: "Photo: X", "Photograph: X", "(Photo by X)", "Foto: X",
 * "Image: X", "Credit: X", "X / Reuters", "© X". */
void sr_media_split_credit(sr_arena *a, const char *s, size_t n, const char **caption, const char **credit)
{
	static const char *const MARKS[] = {"photograph by ", "photo by ", "photos by ", "image by ", "photograph: ",
	                                    "photo: ",        "photos: ",  "foto: ",     "fotos: ",   "image: ",
	                                    "picture: ",      "credit: ",  "credits: ",  "bild: ",    "\xC2\xA9",
	                                    "(c) ",           "copyright "};
	*caption = *credit = NULL;
	sr_trim(&s, &n);
	for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++) {
		const char *p = sr_memcasemem(s, n, MARKS[k], strlen(MARKS[k]));
		if (!p)
			continue;
		const char *c = p + strlen(MARKS[k]);
		size_t cn = (size_t)(s + n - c);
		while (cn && (c[cn - 1] == ')' || c[cn - 1] == '.' || c[cn - 1] == ' '))
			cn--;
		size_t capn = (size_t)(p - s);
		while (capn && (s[capn - 1] == '(' || s[capn - 1] == ' ' || s[capn - 1] == '|'))
			capn--;
		*caption = sr_text_dup(a, s, capn);
		*credit = sr_text_dup(a, c, cn);
		return;
	}
	/* "Name / Agency" as the whole string or its last sentence */
	const char *sl = NULL;
	for (size_t i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
			sl = s + i;
	if (sl) {
		const char *start = sl;
		while (start > s && start[-1] != '.' && start[-1] != '\n')
			start--;
		size_t credit_len = (size_t)(s + n - start);
		if (credit_len < 80) {
			*caption = sr_text_dup(a, s, (size_t)(start - s));
			*credit = sr_text_dup(a, start, credit_len);
			return;
		}
	}
	*caption = sr_text_dup(a, s, n);
}

static bool in_subtree(const sr_dom *d, int32_t i, int32_t root)
{
	for (int depth = 0; i >= 0 && depth < 100000; depth++, i = d->n[i].parent)
		if (i == root)
			return true;
	return false;
}

static int32_t ancestor_tag(const sr_dom *d, int32_t i, uint32_t tag, int max)
{
	for (int k = 0; i >= 0 && k < max; k++, i = d->n[i].parent)
		if (d->n[i].tag == tag)
			return i;
	return -1;
}

static int32_t find_desc(const sr_dom *d, int32_t root, uint32_t tag)
{
	/* descendants of root are the indices right after it up to the end of
	 * its subtree */
	for (size_t i = (size_t)root + 1; i < d->count && in_subtree(d, (int32_t)i, root); i++)
		if (d->n[i].tag == tag)
			return (int32_t)i;
	return -1;
}

static void collect_images(const sr_dom *d, int32_t root, const char *base, sr_arena *a, sr_media_list *out)
{
	for (size_t k = 0; k < d->n_imgs; k++) {
		int32_t i = d->imgs[k];
		if (root >= 0 && !in_subtree(d, i, root))
			continue;
		if (d->n[i].flags & DF_UNDER_NEG)
			continue;
		size_t sn = 0, wn = 0;
		const char *src = sr_dom_attr(d, i, "data-src", &sn);
		if (!src || !sn)
			src = sr_dom_attr(d, i, "src", &sn);
		if (!src || !sn || sr_starts_with_ci(src, sn, "data:"))
			continue;
		const char *w = sr_dom_attr(d, i, "width", &wn);
		if (w && wn && wn < 3 && sr_is_digit((unsigned char)w[0]))
			continue; /* tracking pixels and icons */
		sr_media m = {0};
		m.url = sr_url_resolve(a, base, src, sn);
		if (!m.url)
			continue;
		int32_t fig = ancestor_tag(d, i, MyHTML_TAG_FIGURE, 6);
		int32_t cap = fig >= 0 ? find_desc(d, fig, MyHTML_TAG_FIGCAPTION) : -1;
		if (cap >= 0) {
			sr_buf b;
			sr_buf_init(&b, 1 << 16);
			sr_dom_text(d, cap, &b);
			if (!b.failed)
				sr_media_split_credit(a, b.data, b.len, &m.caption, &m.credit);
			sr_buf_clear(&b);
		} else {
			size_t an = 0;
			const char *alt = sr_dom_attr(d, i, "alt", &an);
			if (alt && an > 3)
				m.caption = sr_text_dup(a, alt, an);
		}
		bool dup = false;
		for (size_t j = 0; j < out->n_media; j++)
			if (strcmp(out->media[j].url, m.url) == 0)
				dup = true;
		if (!dup)
			sr_media_push_media(a, out, &m);
	}
}

static void add_tag(sr_arena *a, const char ***arr, size_t *n, const char *s, size_t len)
{
	if (*n >= MAX_TAGS)
		return;
	for (size_t i = 0; i < *n; i++)
		if (strlen((*arr)[i]) == len && memcmp((*arr)[i], s, len) == 0)
			return;
	const char **v = sr_arena_alloc(a, (*n + 1) * sizeof *v);
	if (!v)
		return;
	if (*n)
		memcpy(v, *arr, *n * sizeof *v);
	v[*n] = sr_arena_strndup(a, s, len);
	*arr = v;
	(*n)++;
}

void sr_embed_tags(sr_arena *a, sr_embed *e)
{
	const char *t = e->text;
	if (!t)
		return;
	size_t n = strlen(t);
	for (size_t i = 0; i < n; i++) {
		if ((t[i] != '#' && t[i] != '@') || (i && !sr_is_space((unsigned char)t[i - 1]) && t[i - 1] != '('))
			continue;
		size_t j = i + 1;
		while (j < n && (sr_is_alnum((unsigned char)t[j]) || t[j] == '_' || (unsigned char)t[j] >= 0x80))
			j++;
		/* stop before trailing punctuation in UTF-8 (e.g. U+2026) is not needed */
		if (j - i < 2)
			continue;
		if (t[i] == '#')
			add_tag(a, &e->hashtags, &e->n_hashtags, t + i, j - i);
		else
			add_tag(a, &e->mentions, &e->n_mentions, t + i, j - i);
		i = j - 1;
	}
}

/* "— Jane Doe (@jdoe) April 15, 2014" at the end of a tweet blockquote. */
static void tweet(const sr_dom *d, int32_t q, const char *base, sr_arena *a, sr_media_list *out)
{
	sr_embed e = {0};
	e.type = SR_EMBED_POST;
	e.platform = "twitter";
	int32_t p = find_desc(d, q, MyHTML_TAG_P);
	sr_buf b;
	sr_buf_init(&b, 1 << 16);
	if (p >= 0) {
		sr_dom_text(d, p, &b);
		e.text = sr_text_dup(a, b.data ? b.data : "", b.len);
	}
	b.len = 0;
	sr_dom_text(d, q, &b);
	const char *all = b.data ? b.data : "";
	size_t n = b.len;
	const char *dash = NULL;
	for (size_t i = 0; i + 2 < n; i++)
		if ((unsigned char)all[i] == 0xE2 && (unsigned char)all[i + 1] == 0x80 &&
		    (unsigned char)all[i + 2] == 0x94)
			dash = all + i + 3;
	if (dash) {
		const char *par = memchr(dash, '(', (size_t)(all + n - dash));
		if (par) {
			e.author = sr_text_dup(a, dash, (size_t)(par - dash));
			const char *close = memchr(par, ')', (size_t)(all + n - par));
			if (close) {
				e.handle = sr_text_dup(a, par + 1, (size_t)(close - par - 1));
				sr_date dt;
				if (sr_date_parse(close + 1, (size_t)(all + n - close - 1), &dt)) {
					char tmp[40];
					sr_date_format(&dt, tmp, sizeof tmp);
					e.time = sr_arena_strdup(a, tmp);
				}
			}
		}
	}
	/* the status link is the last link of the quote */
	for (size_t i = (size_t)q + 1; i < d->count && in_subtree(d, (int32_t)i, q); i++) {
		if (d->n[i].tag != MyHTML_TAG_A)
			continue;
		size_t hn = 0;
		const char *h = sr_dom_attr(d, (int32_t)i, "href", &hn);
		if (h && sr_memcasemem(h, hn, "/status", 7))
			e.url = sr_url_resolve(a, base, h, hn);
	}
	sr_buf_clear(&b);
	sr_embed_tags(a, &e);
	sr_media_push_embed(a, out, &e);
}

static void video(const sr_dom *d, int32_t i, sr_arena *a, sr_media_list *out)
{
	static const struct {
		const char *host, *provider, *idmark;
	} P[] = {
	    {"youtube.com/embed/", "youtube", "youtube.com/embed/"},
	    {"youtube-nocookie.com/embed/", "youtube", "youtube-nocookie.com/embed/"},
	    {"player.vimeo.com/video/", "vimeo", "player.vimeo.com/video/"},
	    {"dailymotion.com/embed/video/", "dailymotion", "dailymotion.com/embed/video/"},
	    {"facebook.com/plugins/video", "facebook", NULL},
	    {"twitter.com/i/videos", "twitter", NULL},
	    {"instagram.com/p/", "instagram", "instagram.com/p/"},
	    {"tiktok.com/embed", "tiktok", NULL},
	    {"soundcloud.com/player", "soundcloud", NULL},
	};
	size_t sn = 0;
	const char *src = sr_dom_attr(d, i, "src", &sn);
	if (!src || !sn)
		src = sr_dom_attr(d, i, "data-src", &sn);
	sr_embed e = {0};
	e.type = SR_EMBED_VIDEO;
	if (!src || !sn) {
		/* <amp-youtube data-videoid=...> */
		size_t vn = 0, tn = 0;
		const char *vid = sr_dom_attr(d, i, "data-videoid", &vn);
		const char *tag = sr_dom_tag_name(d, i, &tn);
		if (!vid || !vn || !tag)
			return;
		e.platform = strstr(tag, "vimeo") ? "vimeo" : "youtube";
		e.id = sr_arena_strndup(a, vid, vn);
		sr_media_push_embed(a, out, &e);
		return;
	}
	for (size_t k = 0; k < sizeof P / sizeof P[0]; k++) {
		const char *h = sr_memcasemem(src, sn, P[k].host, strlen(P[k].host));
		if (!h)
			continue;
		e.platform = P[k].provider;
		if (strncmp(src, "//", 2) == 0) {
			sr_buf b;
			sr_buf_init(&b, 1 << 16);
			sr_buf_puts(&b, "https:");
			sr_buf_append(&b, src, sn);
			e.url = b.failed ? NULL : sr_arena_strndup(a, b.data, b.len);
			sr_buf_clear(&b);
		} else {
			e.url = sr_arena_strndup(a, src, sn);
		}
		if (P[k].idmark) {
			const char *id = h + strlen(P[k].idmark);
			size_t idn = 0;
			while (id + idn < src + sn &&
			       (sr_is_alnum((unsigned char)id[idn]) || id[idn] == '_' || id[idn] == '-'))
				idn++;
			if (idn)
				e.id = sr_arena_strndup(a, id, idn);
		}
		if (strcmp(e.platform, "instagram") == 0)
			e.type = SR_EMBED_POST;
		sr_media_push_embed(a, out, &e);
		return;
	}
}

void sr_media_extract(const sr_dom *d, int32_t root, const char *base, sr_arena *a, sr_media_list *out)
{
	collect_images(d, root, base, a, out);
	for (size_t k = 0; k < d->n_quotes; k++) {
		int32_t q = d->quotes[k];
		size_t cn = 0;
		const char *cls = sr_dom_attr(d, q, "class", &cn);
		if (cls && sr_memcasemem(cls, cn, "twitter-tweet", 13))
			tweet(d, q, base, a, out);
		else if (cls && sr_memcasemem(cls, cn, "instagram-media", 15)) {
			sr_embed e = {0};
			e.type = SR_EMBED_POST;
			e.platform = "instagram";
			size_t pn = 0;
			const char *pl = sr_dom_attr(d, q, "data-instgrm-permalink", &pn);
			if (pl)
				e.url = sr_arena_strndup(a, pl, pn);
			sr_media_push_embed(a, out, &e);
		}
	}
	for (size_t k = 0; k < d->n_iframes; k++)
		video(d, d->iframes[k], a, out);
}
