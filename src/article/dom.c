/* dom.c: the compact document tree (see dom.h): its nodes made and
 * linked, their attributes and text copied into the document's arena,
 * their text statistics summed bottom-up once the tree is built
 * (dom_tree.c builds it, dom_class.c says what each element is), and
 * what the extractor asks of it. */
#include "dom.h"

#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/str.h"
#include "../util/vec.h"

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

int32_t sr_dom_add_node(sr_dom *d, int32_t parent, uint32_t tag)
{
	if (d->count >= d->max_nodes)
		return -1;
	if (!SR_VEC_GROW(d->n, d->count, d->cap, 4096))
		return -1;
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
bool sr_dom_keep_attrs(sr_dom *d, sr_dnode *x, const sr_html_token *t)
{
	uint8_t keys[64];
	size_t n = 0, na = t->n_attrs < sizeof keys ? t->n_attrs : sizeof keys;
	for (size_t a = 0; a < na; a++) {
		int k = sr_dom_attr_key(t->attrs[a].key, t->attrs[a].key_len);
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
bool sr_dom_note(sr_dom *d, int32_t i, uint32_t tag)
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
void sr_dom_text_stats(const char *s, size_t n, uint32_t *chars, uint32_t *commas)
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

bool sr_dom_ws_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!sr_is_space((unsigned char)s[i]))
			return false;
	return true;
}

bool sr_dom_in_pre(const sr_dom *d, int32_t i)
{
	for (int k = 0; i >= 0 && k < 32; k++, i = d->n[i].parent)
		if (d->n[i].tag == MyHTML_TAG_PRE || d->n[i].tag == MyHTML_TAG_TEXTAREA)
			return true;
	return false;
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
	sr_dom_ensure_html(d);
	*parsed = sr_html_tokenize(parser, html, n, sr_dom_on_token, d);
	if (d->ok)
		sr_dom_ensure_body(d);
	bool ok = d->ok;
	/* statistics, bottom-up: children always follow their parents */
	for (size_t k = d->count; k-- > 0;) {
		sr_dnode *x = &d->n[k];
		if (x->flags & DF_TEXT) {
			sr_dom_text_stats(x->text, x->tlen, &x->chars, &x->commas);
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
		if (strcmp(sr_dom_attr_name(x->attrs[a].key), key) == 0) {
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

