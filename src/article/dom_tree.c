/* dom_tree.c: HTML5 tree construction, reduced to what extraction needs:
 * the tokenizer's stream (html.h) made into dom.h's tree by the HTML5
 * rules for implied, misnested and unclosed elements (the stack of open
 * elements and its scopes), without the parser's own tree. */
#include "dom.h"

#include <stdlib.h>
#include <string.h>

#include "../util/str.h"
#include "../util/vec.h"

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

/* What the tree-construction rules say of a tag, each tag once: void
 * (no end tag, no children), formatting (b, a, font ...: let go of
 * without closing the blocks opened inside), special (an end tag for
 * another element stops at it; the void ones included), closing an open
 * <p> when it starts, and belonging in <head> before the body. */
enum { T_VOID = 1, T_FORMATTING = 2, T_SPECIAL = 4, T_CLOSES_P = 8, T_HEAD = 16 };
static const uint8_t TAG_CLASS[MyHTML_TAG_LAST_ENTRY] = {
	[MyHTML_TAG_A] = T_FORMATTING,
	[MyHTML_TAG_ADDRESS] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_APPLET] = T_SPECIAL,
	[MyHTML_TAG_AREA] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_ARTICLE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_ASIDE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_B] = T_FORMATTING,
	[MyHTML_TAG_BASE] = T_VOID | T_SPECIAL | T_HEAD,
	[MyHTML_TAG_BASEFONT] = T_VOID | T_SPECIAL | T_HEAD,
	[MyHTML_TAG_BGSOUND] = T_VOID | T_SPECIAL | T_HEAD,
	[MyHTML_TAG_BIG] = T_FORMATTING,
	[MyHTML_TAG_BLOCKQUOTE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_BODY] = T_SPECIAL,
	[MyHTML_TAG_BR] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_BUTTON] = T_SPECIAL,
	[MyHTML_TAG_CAPTION] = T_SPECIAL,
	[MyHTML_TAG_CENTER] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_CODE] = T_FORMATTING,
	[MyHTML_TAG_COL] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_COLGROUP] = T_SPECIAL,
	[MyHTML_TAG_DD] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_DETAILS] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_DIALOG] = T_CLOSES_P,
	[MyHTML_TAG_DIR] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_DIV] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_DL] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_DT] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_EM] = T_FORMATTING,
	[MyHTML_TAG_EMBED] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_FIELDSET] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_FIGCAPTION] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_FIGURE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_FONT] = T_FORMATTING,
	[MyHTML_TAG_FOOTER] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_FORM] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_FRAME] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_FRAMESET] = T_SPECIAL,
	[MyHTML_TAG_H1] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_H2] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_H3] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_H4] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_H5] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_H6] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_HEAD] = T_SPECIAL,
	[MyHTML_TAG_HEADER] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_HGROUP] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_HR] = T_VOID | T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_HTML] = T_SPECIAL,
	[MyHTML_TAG_I] = T_FORMATTING,
	[MyHTML_TAG_IFRAME] = T_SPECIAL,
	[MyHTML_TAG_IMAGE] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_IMG] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_INPUT] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_KEYGEN] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_LI] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_LINK] = T_VOID | T_SPECIAL | T_HEAD,
	[MyHTML_TAG_LISTING] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_MAIN] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_MARQUEE] = T_SPECIAL,
	[MyHTML_TAG_MENU] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_META] = T_VOID | T_SPECIAL | T_HEAD,
	[MyHTML_TAG_NAV] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_NOBR] = T_FORMATTING,
	[MyHTML_TAG_NOEMBED] = T_SPECIAL,
	[MyHTML_TAG_NOFRAMES] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_NOSCRIPT] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_OBJECT] = T_SPECIAL,
	[MyHTML_TAG_OL] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_P] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_PARAM] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_PLAINTEXT] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_PRE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_S] = T_FORMATTING,
	[MyHTML_TAG_SCRIPT] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_SECTION] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_SELECT] = T_SPECIAL,
	[MyHTML_TAG_SMALL] = T_FORMATTING,
	[MyHTML_TAG_SOURCE] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_STRIKE] = T_FORMATTING,
	[MyHTML_TAG_STRONG] = T_FORMATTING,
	[MyHTML_TAG_STYLE] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_SUMMARY] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_TABLE] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_TBODY] = T_SPECIAL,
	[MyHTML_TAG_TD] = T_SPECIAL,
	[MyHTML_TAG_TEMPLATE] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_TEXTAREA] = T_SPECIAL,
	[MyHTML_TAG_TFOOT] = T_SPECIAL,
	[MyHTML_TAG_TH] = T_SPECIAL,
	[MyHTML_TAG_THEAD] = T_SPECIAL,
	[MyHTML_TAG_TITLE] = T_SPECIAL | T_HEAD,
	[MyHTML_TAG_TR] = T_SPECIAL,
	[MyHTML_TAG_TRACK] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_TT] = T_FORMATTING,
	[MyHTML_TAG_U] = T_FORMATTING,
	[MyHTML_TAG_UL] = T_SPECIAL | T_CLOSES_P,
	[MyHTML_TAG_WBR] = T_VOID | T_SPECIAL,
	[MyHTML_TAG_XMP] = T_SPECIAL | T_CLOSES_P,
};

static bool tag_is(uint32_t tag, int cls)
{
	return tag < MyHTML_TAG_LAST_ENTRY && (TAG_CLASS[tag] & cls);
}





static bool is_heading(uint32_t tag)
{
	return tag == MyHTML_TAG_H1 || tag == MyHTML_TAG_H2 || tag == MyHTML_TAG_H3 || tag == MyHTML_TAG_H4 ||
	       tag == MyHTML_TAG_H5 || tag == MyHTML_TAG_H6;
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
	if (!SR_VEC_GROW(d->stk, d->depth, d->stk_cap, 256))
		return false;
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


void sr_dom_ensure_html(sr_dom *d)
{
	if (d->html >= 0)
		return;
	d->html = sr_dom_add_node(d, -1, MyHTML_TAG_HTML);
	if (d->html < 0 || !push(d, d->html, MyHTML_TAG_HTML)) {
		fail(d);
		return;
	}
	d->n[d->html].flags = sr_dom_tag_flags(MyHTML_TAG_HTML);
}

static void ensure_head(sr_dom *d)
{
	sr_dom_ensure_html(d);
	if (d->head >= 0 || !d->ok)
		return;
	d->head = sr_dom_add_node(d, d->html, MyHTML_TAG_HEAD);
	if (d->head < 0 || !push(d, d->head, MyHTML_TAG_HEAD)) {
		fail(d);
		return;
	}
	d->n[d->head].flags = sr_dom_tag_flags(MyHTML_TAG_HEAD);
}

void sr_dom_ensure_body(sr_dom *d)
{
	if (d->body >= 0)
		return;
	ensure_head(d);
	if (!d->ok)
		return;
	pop_to(d, 1); /* back to <html> */
	d->body = sr_dom_add_node(d, d->html, MyHTML_TAG_BODY);
	if (d->body < 0 || !push(d, d->body, MyHTML_TAG_BODY)) {
		fail(d);
		return;
	}
	d->n[d->body].flags = sr_dom_tag_flags(MyHTML_TAG_BODY);
}

static void on_text(sr_dom *d, const sr_html_token *t)
{
	if (d->skip_from != SIZE_MAX)
		return;
	bool ws = sr_dom_ws_only(t->text, t->text_len);
	if (d->body < 0) {
		int32_t cur = current(d);
		uint32_t ct = cur >= 0 ? d->n[cur].tag : 0;
		bool in_head_text = ct == MyHTML_TAG_TITLE || ct == MyHTML_TAG_SCRIPT || ct == MyHTML_TAG_STYLE;
		if (ws && !in_head_text)
			return;
		if (!in_head_text)
			sr_dom_ensure_body(d);
	}
	int32_t parent = current(d);
	if (parent < 0 || !d->ok)
		return;
	/* white space at the start of a block or after a block says nothing
	 * (indentation); between inline elements it is a space */
	if (ws && (d->n[parent].last < 0 || (d->n[d->n[parent].last].flags & DF_BLOCK)) && !sr_dom_in_pre(d, parent))
		return;
	size_t tl = t->text_len > UINT32_MAX ? UINT32_MAX : t->text_len;
	char *s = sr_arena_strndup(d->arena, t->text, tl);
	int32_t i = s ? sr_dom_add_node(d, parent, MyHTML_TAG__TEXT) : -1;
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
			sr_dom_ensure_html(d);
		else
			sr_dom_ensure_body(d);
		int32_t i = tag == MyHTML_TAG_HTML ? d->html : d->body;
		/* the first tag's attributes (HTML5 merges later ones in) */
		if (!d->ok || d->n[i].n_attrs)
			return;
		if (!sr_dom_keep_attrs(d, &d->n[i], t)) {
			fail(d);
			return;
		}
		d->n[i].flags |= sr_dom_element_flags(d, &d->n[i], tag);
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
		bool breakout = tag_is(tag, T_CLOSES_P) || tag_is(tag, T_FORMATTING) || tag == MyHTML_TAG_BR || tag == MyHTML_TAG_IMG ||
		                tag == MyHTML_TAG_SPAN || tag == MyHTML_TAG_META || tag == MyHTML_TAG_EMBED;
		if (breakout) {
			while (d->foreign && d->depth > 1)
				pop_to(d, d->depth - 1);
		} else if (t->self_closing) {
			return; /* a foreign element closed at once; skipped anyway */
		}
	}
	if (d->body < 0) {
		if (tag_is(tag, T_HEAD) && d->skip_from == SIZE_MAX)
			ensure_head(d);
		else if (d->skip_from == SIZE_MAX)
			sr_dom_ensure_body(d);
		else
			sr_dom_ensure_html(d);
	}
	if (!d->ok)
		return;
	/* implied end tags */
	if (tag_is(tag, T_CLOSES_P))
		close_in_scope(d, MyHTML_TAG_P, SC_BUTTON);
	switch (tag) {
	SR_CASE_HEADINGS:
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
			if (tag_is(s, T_SPECIAL) && s != MyHTML_TAG_ADDRESS && s != MyHTML_TAG_DIV && s != MyHTML_TAG_P)
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
	bool is_void_tag = tag_is(tag, T_VOID) || (d->foreign && t->self_closing);
	int32_t node = -1;
	if (d->skip_from == SIZE_MAX) {
		int32_t parent = current(d);
		node = sr_dom_add_node(d, parent, tag);
		if (node < 0) {
			fail(d);
			return;
		}
		if (!sr_dom_keep_attrs(d, &d->n[node], t) || !sr_dom_note(d, node, tag)) {
			fail(d);
			return;
		}
		d->n[node].flags = sr_dom_element_flags(d, &d->n[node], tag);
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
	SR_CASE_HEADINGS:
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
	if (tag_is(tag, T_FORMATTING)) {
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
	if (tag_is(tag, T_SPECIAL)) {
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
		if (tag_is(s, T_SPECIAL))
			return;
	}
}

void sr_dom_on_token(void *ctx, const sr_html_token *t)
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

