#define _GNU_SOURCE
#include "content.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/charset.h"
#include "../util/str.h"
#include "../util/vec.h"
#include "textpage.h"

/* ---- scoring ------------------------------------------------------------ */

static float link_density(const sr_dnode *x)
{
	return x->chars ? (float)x->link_chars / (float)x->chars : 0.0f;
}

static bool is_para_like(const sr_dnode *x);

/* Characters in good paragraphs (long enough, few links) below each node,
 * into x->good.  Before furniture is marked, this counts the whole page. */
static void count_good(sr_dom *d, unsigned min_chars, uint32_t skip_flags)
{
	for (size_t i = 0; i < d->count; i++)
		d->n[i].good = d->n[i].direct = d->n[i].direct_links = 0;
	for (size_t k = d->count; k-- > 0;) {
		sr_dnode *x = &d->n[k];
		if (x->flags & skip_flags)
			continue;
		sr_dnode *p = x->parent >= 0 ? &d->n[x->parent] : NULL;
		if (!(x->flags & (DF_BLOCK | DF_HAS_BLOCK))) {
			/* text or an inline element: part of its parent's direct text */
			if (p) {
				p->direct += x->chars;
				p->direct_links += x->link_chars;
			}
			continue;
		}
		if (is_para_like(x) && !(x->flags & DF_HAS_BLOCK)) {
			if (x->chars >= min_chars && x->link_chars * 10 < x->chars * 3)
				x->good += x->chars;
		} else if ((x->flags & DF_HAS_BLOCK) && x->direct >= min_chars &&
		           x->direct_links * 10 < x->direct * 3) {
			x->good += x->direct;
		}
		if (p)
			p->good += x->good;
	}
}

/* Furniture is only furniture when it does not hold most of the page's
 * good text, and when no content word speaks for it. */
static void mark_furniture(sr_dom *d)
{
	count_good(d, 60, DF_SKIP | DF_HIDDEN);
	uint32_t total = d->body >= 0 ? d->n[d->body].good : 0;
	for (size_t i = 0; i < d->count; i++) {
		sr_dnode *x = &d->n[i];
		bool under = x->parent >= 0 && (d->n[x->parent].flags & DF_UNDER_NEG);
		bool neg = (x->flags & (DF_NEG | DF_HIDDEN | DF_SKIP)) != 0;
		if (neg && !(x->flags & (DF_HIDDEN | DF_SKIP))) {
			if (x->flags & DF_STRONG)
				neg = false;
			else if ((x->flags & DF_POS) && !(x->flags & DF_NEG_STRONG))
				neg = false;
			else if (x->tag == MyHTML_TAG_BODY || x->tag == MyHTML_TAG_HTML || x->tag == MyHTML_TAG_MAIN)
				neg = false;
			else if (total && x->good * 2 > total)
				neg = false; /* a "sidebar-layout" wrapper holding the article */
		}
		if (under || neg)
			x->flags |= DF_UNDER_NEG;
	}
	/* clean statistics: without furniture */
	for (size_t k = d->count; k-- > 0;) {
		sr_dnode *x = &d->n[k];
		if (!(x->flags & DF_TEXT) && x->tag != MyHTML_TAG_A) {
			x->chars = x->link_chars = x->commas = 0;
		} else if (x->tag == MyHTML_TAG_A) {
			x->chars = x->commas = 0;
		}
	}
	for (size_t k = d->count; k-- > 0;) {
		sr_dnode *x = &d->n[k];
		if (x->tag == MyHTML_TAG_A)
			x->link_chars = x->chars;
		if (x->parent < 0 || (x->flags & DF_UNDER_NEG))
			continue;
		sr_dnode *p = &d->n[x->parent];
		p->chars += x->chars;
		p->link_chars += x->link_chars;
		p->commas += x->commas;
	}
}

static bool is_para_like(const sr_dnode *x)
{
	switch (x->tag) {
	case MyHTML_TAG_P:
	case MyHTML_TAG_PRE:
	case MyHTML_TAG_TD:
	case MyHTML_TAG_BLOCKQUOTE:
	case MyHTML_TAG_DD:
	case MyHTML_TAG_LI: return true;
	case MyHTML_TAG_DIV:
	case MyHTML_TAG_SECTION:
	case MyHTML_TAG_ARTICLE:
	case MyHTML_TAG_SPAN:
	case MyHTML_TAG_FONT:
	case MyHTML_TAG_CENTER: return !(x->flags & DF_HAS_BLOCK);
	default: return false;
	}
}

static float class_weight(const sr_dnode *x)
{
	float w = 0;
	if (x->flags & DF_POS)
		w += 25;
	if (x->flags & DF_STRONG)
		w += 50;
	if (x->tag == MyHTML_TAG_ARTICLE)
		w += 20;
	return w;
}

#ifdef SR_DEBUG_TRACE
static void debug_chain(sr_dom *d)
{
	for (size_t i = 0; i < d->count; i++) {
		sr_dnode *x = &d->n[i];
		if (x->tag != MyHTML_TAG_P || x->raw_chars < 150)
			continue;
		fprintf(stderr, "p %zu chars %u raw %u flags %x:", i, x->chars, x->raw_chars, x->flags);
		for (int32_t j = x->parent; j >= 0; j = d->n[j].parent) {
			size_t cn = 0;
			const char *c = sr_dom_attr(d, j, "class", &cn);
			if (d->n[j].flags & DF_UNDER_NEG)
				fprintf(stderr, " <%u %x %.*s>", d->n[j].tag, d->n[j].flags, (int)(c ? cn : 0),
				        c ? c : "");
		}
		fprintf(stderr, "\n");
		break;
	}
}
#endif

/* A good paragraph has at least GOOD_CHARS characters and few links; the
 * chosen root is widened until it holds GOOD_SHARE of their text. */
enum { GOOD_CHARS = 60 };
#define GOOD_SHARE 0.85f

static int32_t pick_root(sr_dom *d)
{
	for (size_t i = 0; i < d->count; i++)
		d->n[i].score = 0;
	/* text lying directly in a container that also holds blocks (lines
	 * separated by <br>) counts as a paragraph of that container */
	count_good(d, GOOD_CHARS, DF_UNDER_NEG | DF_SKIP | DF_HIDDEN);
	for (size_t i = 0; i < d->count; i++) {
		sr_dnode *x = &d->n[i];
		if (x->flags & (DF_UNDER_NEG | DF_TEXT))
			continue;
		uint32_t chars, links, commas;
		int32_t p;
		if (is_para_like(x)) {
			chars = x->chars;
			links = x->link_chars;
			commas = x->commas;
			p = x->parent;
		} else if ((x->flags & DF_HAS_BLOCK) && x->direct >= 25) {
			chars = x->direct;
			links = x->direct_links;
			commas = 0;
			p = (int32_t)i;
		} else {
			continue;
		}
		if (chars < 25 || links * 2 > chars)
			continue;
		float s = 1.0f + (float)commas + (chars / 100 > 3 ? 3.0f : (float)(chars / 100));
		for (int level = 0; p >= 0 && level < 5; level++, p = d->n[p].parent) {
			float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
			d->n[p].score += s / div;
		}
	}
	int32_t best = -1;
	float bs = 0;
	for (size_t i = 0; i < d->count; i++) {
		sr_dnode *x = &d->n[i];
		if (x->score <= 0 || (x->flags & DF_UNDER_NEG))
			continue;
		float s = (x->score + class_weight(x)) * (1.0f - link_density(x));
		x->score = s;
		if (s > bs) {
			bs = s;
			best = (int32_t)i;
		}
	}
	if (best < 0)
		return -1;
#ifdef SR_DEBUG_TRACE
	if (getenv("SITREP_DEBUG")) {
		for (size_t i = 0; i < d->count; i++) {
			sr_dnode *x = &d->n[i];
			if (x->score >= bs * 0.3f && !(x->flags & DF_UNDER_NEG)) {
				size_t cn = 0, inn = 0;
				const char *c = sr_dom_attr(d, (int32_t)i, "class", &cn);
				const char *id = sr_dom_attr(d, (int32_t)i, "id", &inn);
				fprintf(stderr,
				        "cand %zu tag %u score %.1f chars %u ld %.2f flags %x class=%.*s id=%.*s\n", i,
				        x->tag, x->score, x->chars, link_density(x), x->flags, (int)(c ? cn : 0),
				        c ? c : "", (int)(id ? inn : 0), id ? id : "");
			}
		}
	}
#endif
	/* climb until the root holds most of the page's good paragraphs: the
	 * article is often spread over several containers */
	uint32_t all = d->body >= 0 ? d->n[d->body].good : 0;
	while (d->n[best].good < all * GOOD_SHARE) {
		int32_t p = d->n[best].parent;
		if (p < 0 || p == d->body || p == d->html)
			break;
		best = p;
	}
	return best;
}

/* ---- laying out the text ------------------------------------------------ */

typedef struct emitter {
	sr_dom *d;
	sr_buf *text;
	sr_para_list *paras;
	size_t para_start;
	sr_para_kind kind;
	int pre;
	bool related; /* after a "Related stories" heading: short items go too */
} emitter;

static bool para_push(sr_para_list *p, size_t s, size_t e, sr_para_kind k)
{
	if (!SR_VEC_GROW(p->v, p->n, p->cap, 32))
		return false;
	p->v[p->n++] = (sr_paragraph){s, e, k};
	return true;
}

/* Short paragraphs that read as page furniture: share and subscribe
 * prompts, copyright lines, bylines and date lines; after the heading of a
 * list of other stories, the short items of that list. */
static bool furniture_text(emitter *e, const char *s, size_t n)
{
	if (n > 200) {
		e->related = false;
		return false;
	}
	switch (sr_textpage_line_class(s, n)) {
	case SR_LINE_RELATED: e->related = true; return true;
	case SR_LINE_FURNITURE:
	case SR_LINE_DATELINE:
	case SR_LINE_BYLINE:
	case SR_LINE_VIDEO:
	case SR_LINE_CREDIT: return true;
	default:
		if (e->related && n < 160)
			return true;
		e->related = false;
		return false;
	}
}

static void flush(emitter *e)
{
	sr_buf *b = e->text;
	/* trim trailing spaces and newlines of the paragraph */
	while (b->len > e->para_start && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
		b->len--;
	/* compose decomposed characters ("u" + U+0308 into "ü") so that text
	 * compares and searches as people type it */
	sr_buf_nfc_tail(b, e->para_start);
	if (b->len > e->para_start && furniture_text(e, b->data + e->para_start, b->len - e->para_start))
		b->len = e->para_start;
	if (b->data)
		b->data[b->len] = '\0';
	if (b->len > e->para_start) {
		para_push(e->paras, e->para_start, b->len, e->kind);
		sr_buf_append(b, "\n\n", 2);
	}
	e->para_start = b->len;
	e->kind = SR_PARA_PARAGRAPH;
}

static sr_para_kind kind_of(uint32_t tag, sr_para_kind cur)
{
	if (sr_dom_is_heading(tag))
		return SR_PARA_HEADING;
	switch (tag) {
	case MyHTML_TAG_LI:
	case MyHTML_TAG_DT:
	case MyHTML_TAG_DD: return SR_PARA_LIST_ITEM;
	case MyHTML_TAG_BLOCKQUOTE: return SR_PARA_QUOTE;
	case MyHTML_TAG_FIGCAPTION:
	case MyHTML_TAG_CAPTION: return SR_PARA_CAPTION;
	case MyHTML_TAG_PRE: return SR_PARA_PRE;
	default: return cur == SR_PARA_QUOTE || cur == SR_PARA_LIST_ITEM ? cur : SR_PARA_PARAGRAPH;
	}
}

/* Should the block at i be left out of the text although it is inside the
 * chosen root? */
static bool drop_block(const sr_dom *d, int32_t i)
{
	const sr_dnode *x = &d->n[i];
	if (x->flags & DF_UNDER_NEG)
		return true;
	if (((x->tag == MyHTML_TAG_FIGCAPTION || (x->flags & DF_CAPTION)) && x->chars < 250) || (x->flags & DF_EMBED))
		return true; /* captions go with the media, posts with the embeds */
	if (x->chars == 0)
		return false;
	float ld = link_density(x);
	if (x->tag == MyHTML_TAG_UL || x->tag == MyHTML_TAG_OL || x->tag == MyHTML_TAG_DL ||
	    x->tag == MyHTML_TAG_TABLE || x->tag == MyHTML_TAG_DIV || x->tag == MyHTML_TAG_SECTION)
		return ld > 0.6f && x->chars < 2000;
	if (x->tag == MyHTML_TAG_P || x->tag == MyHTML_TAG_LI)
		return ld > 0.9f || (ld > 0.7f && x->chars < 200);
	return false;
}

static void emit_text(emitter *e, const sr_dnode *x)
{
	if (e->pre) {
		sr_buf_append(e->text, x->text, x->tlen);
		return;
	}
	sr_append_collapsed(e->text, x->text, x->tlen);
}

static void emit_subtree(emitter *e, int32_t root)
{
	sr_dom *d = e->d;
	int32_t j = root;
	for (;;) {
		sr_dnode *x = &d->n[j];
		bool enter = false;
		if (x->flags & DF_TEXT) {
			emit_text(e, x);
		} else if (x->flags & (DF_SKIP | DF_HIDDEN)) {
			/* nothing */
		} else if (j != root && (x->flags & DF_UNDER_NEG)) {
			/* furniture inside the article */
		} else if (x->tag == MyHTML_TAG_BR) {
			if (e->text->len > e->para_start && e->text->data[e->text->len - 1] != '\n') {
				while (e->text->len > e->para_start && e->text->data[e->text->len - 1] == ' ')
					e->text->len--;
				sr_buf_putc(e->text, '\n');
			}
		} else if (x->flags & DF_BLOCK) {
			if (j == root || !drop_block(d, j)) {
				flush(e);
				e->kind = kind_of(x->tag, e->kind);
				if (x->tag == MyHTML_TAG_PRE)
					e->pre++;
				enter = true;
			}
		} else {
			enter = true;
		}
		if (enter && x->first >= 0) {
			j = x->first;
			continue;
		}
		if (enter && (x->flags & DF_BLOCK))
			flush(e);
		if (enter && x->tag == MyHTML_TAG_PRE && e->pre)
			e->pre--;
		/* climb: close blocks on the way */
		while (j != root && d->n[j].next < 0) {
			j = d->n[j].parent;
			if (d->n[j].flags & DF_BLOCK)
				flush(e);
			if (d->n[j].tag == MyHTML_TAG_PRE && e->pre)
				e->pre--;
		}
		if (j == root)
			break;
		j = d->n[j].next;
	}
	flush(e);
}

/* Siblings of the chosen root that continue the article. */
static bool sibling_belongs(const sr_dom *d, int32_t s, float best_score)
{
	const sr_dnode *x = &d->n[s];
	if (x->flags & (DF_UNDER_NEG | DF_TEXT))
		return false;
	float threshold = best_score * 0.2f > 10 ? best_score * 0.2f : 10;
	if (x->score >= threshold)
		return true;
	/* a paragraph, or a text block (a lead, a summary) of full sentences */
	float ld = link_density(x);
	if (x->tag == MyHTML_TAG_P && x->chars > 80 && ld < 0.25f)
		return true;
	if ((x->tag == MyHTML_TAG_DIV || x->tag == MyHTML_TAG_SECTION) && x->good > 200 &&
	    x->good * 10 >= x->chars * 8 && ld < 0.25f)
		return true;
	return false;
}

int32_t sr_content_extract(sr_dom *d, sr_buf *text, sr_para_list *paras)
{
	if (d->body < 0)
		return -1;
	mark_furniture(d);
#ifdef SR_DEBUG_TRACE
	if (getenv("SITREP_DEBUG"))
		debug_chain(d);
#endif
	int32_t root = pick_root(d);
#ifdef SR_DEBUG_TRACE
	if (getenv("SITREP_DEBUG") && root >= 0)
		fprintf(stderr, "root %d tag %u flags %x chars %u\n", root, d->n[root].tag, d->n[root].flags,
		        d->n[root].chars);
#endif
	emitter e = {.d = d, .text = text, .paras = paras, .para_start = text->len};
#ifdef SR_DEBUG_TRACE
	const char *find = getenv("SITREP_DEBUG_FIND");
	if (find) {
		/* where does this text live, and why was it dropped? */
		for (size_t i = 0; i < d->count; i++) {
			sr_dnode *x = &d->n[i];
			if (!(x->flags & DF_TEXT) ||
			    !memmem(x->text, x->tlen, find, strlen(find) < 20 ? strlen(find) : 20))
				continue;
			fprintf(stderr, "found in text node %zu (root %d):", i, root);
			for (int32_t j = x->parent; j >= 0; j = d->n[j].parent) {
				size_t cn = 0, in = 0;
				const char *c = sr_dom_attr(d, j, "class", &cn);
				const char *id = sr_dom_attr(d, j, "id", &in);
				fprintf(stderr, "\n  %s<%u f=%x ch=%u good=%u sc=%.1f ld=%.2f> %.*s #%.*s",
				        j == root ? "ROOT" : "", d->n[j].tag, d->n[j].flags, d->n[j].chars,
				        d->n[j].good, d->n[j].score, link_density(&d->n[j]), (int)(c ? cn : 0),
				        c ? c : "", (int)(id ? in : 0), id ? id : "");
			}
			fprintf(stderr, "\n");
		}
	}
#endif
	if (root < 0)
		return -1;
	/* an index of links (a home page, a section front) has no article */
	if (link_density(&d->n[root]) > 0.5f && d->n[root].good < 300)
		return -1;
	int32_t parent = d->n[root].parent;
	float bs = d->n[root].score;
	if (parent >= 0 && root != d->body) {
		for (int32_t s = d->n[parent].first; s >= 0; s = d->n[s].next)
			if (s == root || sibling_belongs(d, s, bs))
				emit_subtree(&e, s);
	} else {
		emit_subtree(&e, root);
	}
	/* drop the final separator */
	if (text->len >= 2 && text->data[text->len - 1] == '\n' && text->data[text->len - 2] == '\n') {
		text->len -= 2;
		text->data[text->len] = '\0';
	}
	return root;
}

void sr_para_list_clear(sr_para_list *p)
{
	free(p->v);
	memset(p, 0, sizeof *p);
}

/* Put a paragraph of len bytes first, shifting the others by shift. */
static bool para_prepend(sr_para_list *p, size_t len, size_t shift)
{
	if (!para_push(p, 0, 0, SR_PARA_PARAGRAPH))
		return false;
	memmove(p->v + 1, p->v, (p->n - 1) * sizeof *p->v);
	for (size_t i = 1; i < p->n; i++) {
		p->v[i].start += shift;
		p->v[i].end += shift;
	}
	p->v[0] = (sr_paragraph){0, len, SR_PARA_PARAGRAPH};
	return true;
}

static bool under_strong_furniture(const sr_dom *d, int32_t i)
{
	for (int k = 0; i >= 0 && k < 64; k++, i = d->n[i].parent)
		if (d->n[i].flags & (DF_NEG_STRONG | DF_HIDDEN | DF_SKIP))
			return true;
	return false;
}

/* The body element whose text starts with the page's description. */
static int32_t lead_by_description(sr_dom *d, const char *description, sr_buf *b)
{
	size_t dn = strlen(description), key = 40; /* pages shorten descriptions */
	uint32_t want = (uint32_t)sr_utf8_chars(description, dn);
	for (size_t k = (size_t)d->body; k < d->count; k++) {
		const sr_dnode *x = &d->n[k];
		if ((x->flags & (DF_TEXT | DF_HAS_BLOCK | DF_SKIP)) || !(x->flags & DF_BLOCK))
			continue;
		if (x->raw_chars + 5 < want * 8 / 10 || x->raw_chars > want * 3 / 2 + 20)
			continue;
		b->len = 0;
		b->failed = false;
		sr_dom_text(d, (int32_t)k, b);
		const char *t = b->data ? b->data : "";
		size_t tn = b->len;
		sr_trim(&t, &tn);
		if (tn >= key && memcmp(t, description, key) == 0 && !under_strong_furniture(d, (int32_t)k))
			return (int32_t)k;
	}
	return -1;
}

/* A lead, standfirst or summary by its class, just before the text and in
 * the same container (within LEAD_LEVELS levels above the root). */
enum { LEAD_LEVELS = 4 };

static int32_t lead_by_class(sr_dom *d, int32_t root, sr_buf *b)
{
	int32_t up[LEAD_LEVELS + 1];
	int nu = 0;
	for (int32_t j = root; j >= 0 && nu <= LEAD_LEVELS && j != d->body; j = d->n[j].parent)
		up[nu++] = j;
	int32_t found = -1;
	for (int32_t k = d->body + 1; k < root; k++) {
		const sr_dnode *x = &d->n[k];
		if (!(x->flags & DF_LEAD_HINT) || !(x->flags & DF_BLOCK) || x->raw_chars < 40 || x->raw_chars > 1500)
			continue;
		bool near = false;
		for (int32_t j = x->parent; j >= 0 && !near; j = d->n[j].parent)
			for (int u = 1; u < nu; u++)
				if (j == up[u])
					near = true;
		if (near && !under_strong_furniture(d, k))
			found = k;
	}
	if (found < 0)
		return -1;
	b->len = 0;
	b->failed = false;
	sr_dom_text(d, found, b);
	return found;
}

/* Put t[0..tn) first in the text. */
static void prepend_paragraph(const char *t, size_t tn, sr_buf *text, sr_para_list *paras)
{
	sr_buf nb;
	sr_buf_init(&nb, text->max);
	sr_buf_append(&nb, t, tn);
	size_t shift = nb.len + (text->len ? 2 : 0);
	if (text->len) {
		sr_buf_append(&nb, "\n\n", 2);
		sr_buf_append(&nb, text->data, text->len);
	}
	if (!nb.failed && para_prepend(paras, tn, shift)) {
		sr_buf tmp = *text;
		*text = nb;
		nb = tmp;
	}
	sr_buf_clear(&nb);
}

void sr_content_add_lead(sr_dom *d, int32_t root, const char *description, sr_buf *text, sr_para_list *paras)
{
	if (d->body < 0 || root < 0 || text->failed)
		return;
	sr_buf b;
	sr_buf_init(&b, 1 << 16);
	int32_t found = -1;
	if (description && strlen(description) >= 40 && !(text->data && strstr(text->data, description)))
		found = lead_by_description(d, description, &b);
	if (found < 0)
		found = lead_by_class(d, root, &b);
	if (found >= 0 && !b.failed) {
		const char *t = b.data ? b.data : "";
		size_t tn = b.len;
		sr_trim(&t, &tn);
		size_t key = tn < 40 ? tn : 40;
		/* not when it is in the text already, or reads as furniture */
		if (tn >= 20 && !(text->data && memmem(text->data, text->len, t, key)) &&
		    sr_textpage_line_class(t, tn) == SR_LINE_TEXT)
			prepend_paragraph(t, tn, text, paras);
	}
	sr_buf_clear(&b);
}
