/* dom.h: the compact, index-linked document tree extraction reads.
 *
 * Built straight from the HTML5 tokenizer's stream (html.h) by a reduced
 * form of the HTML5 tree-construction rules, without the parser's own tree:
 * one array of nodes linked by indices, tag classes as flags, the
 * attributes the extractor reads and the text, copied into the document's
 * arena, and per-node text statistics. */
#ifndef SR_DOM_H
#define SR_DOM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <myhtml/api.h>

#include "../util/arena.h"
#include "html.h"

enum {
	DF_BLOCK = 1 << 0,        /* starts a new paragraph */
	DF_SKIP = 1 << 1,         /* never text (script, style, form controls...) */
	DF_NEG = 1 << 2,          /* furniture by its own tag, role or class */
	DF_POS = 1 << 3,          /* content by its class or itemprop */
	DF_STRONG = 1 << 4,       /* a strong content hint (articleBody, entry-content) */
	DF_HIDDEN = 1 << 5,       /* hidden, aria-hidden, display:none */
	DF_UNDER_NEG = 1 << 6,    /* inside (or is) effective furniture */
	DF_HAS_BLOCK = 1 << 7,    /* has a block descendant */
	DF_IN_LINK = 1 << 8,      /* inside an <a> */
	DF_TEXT = 1 << 9,         /* a text node */
	DF_META = 1 << 10,        /* a byline/date/tag line, kept out of the text */
	DF_NEG_STRONG = 1 << 11,  /* furniture whatever content words say */
	DF_EMBED = 1 << 12,       /* an embedded social post */
	DF_AUTHOR_HINT = 1 << 13, /* rel/itemprop author, byline classes */
	DF_DATE_HINT = 1 << 14,   /* date, published, posted, time classes; itemprop datePublished */
	DF_CAPTION = 1 << 15,     /* a caption or credit by its class: goes with the media */
	DF_LEAD_HINT = 1 << 16    /* a lead, standfirst or summary by its class */
};

/* The headings, h1 to h6, as the cases of a switch. */
#define SR_CASE_HEADINGS                                                                                        \
	case MyHTML_TAG_H1:                                                                                        \
	case MyHTML_TAG_H2:                                                                                        \
	case MyHTML_TAG_H3:                                                                                        \
	case MyHTML_TAG_H4:                                                                                        \
	case MyHTML_TAG_H5:                                                                                        \
	case MyHTML_TAG_H6

typedef struct sr_dattr {
	const char *v; /* NUL-terminated copy */
	uint32_t len;
	uint8_t key; /* index into dom.c's table of kept attributes */
} sr_dattr;

typedef struct sr_dnode {
	int32_t parent, first, last, next;
	uint32_t tag; /* myhtml tag id */
	uint32_t flags;
	union {
		const char *text;      /* text nodes (DF_TEXT): the text, not NUL-terminated */
		const sr_dattr *attrs; /* elements: n_attrs kept attributes */
	};
	uint32_t tlen, n_attrs;
	/* statistics over the subtree, counting characters of visible text,
	 * white space runs counted once */
	uint32_t chars, link_chars, commas;
	uint32_t raw_chars;            /* including furniture */
	uint32_t good;                 /* characters in good paragraphs below */
	uint32_t direct, direct_links; /* inline text right in a block that also holds blocks */
	float score;
} sr_dnode;

typedef struct sr_dom {
	sr_dnode *n;
	size_t count, cap;
	sr_html *html_parser;
	sr_arena *arena; /* text and attributes */
	/* tree construction: the stack of open elements (node -1 for elements
	 * inside skipped ones, which are not kept) */
	struct sr_open {
		int32_t node;
		uint32_t tag;
	} *stk;
	size_t depth, stk_cap;
	size_t foreign;   /* open svg and math elements */
	size_t skip_from; /* stack index of the skipped element we are in, or SIZE_MAX */
	bool ok;
	int32_t html, head, body;
	/* elements of interest for metadata, in document order */
	int32_t *metas, *ldjson, *links, *times, *iframes, *imgs, *quotes;
	size_t n_metas, n_ldjson, n_links, n_times, n_iframes, n_imgs, n_quotes;
	int32_t title;
	const char *lang;
	size_t lang_len;
	size_t max_nodes;
	/* class and id values seen in this document, with their flags: pages
	 * repeat the same few classes thousands of times */
	struct sr_class_memo {
		const char *v;
		size_t n;
		uint32_t flags;
	} memo[512], tmemo[1024]; /* whole values, and their single class names */
} sr_dom;

/* Parse html (UTF-8) into d, copying text and attributes into a.  Returns
 * false when out of memory or past max_nodes (the document is then cut
 * short, still usable); *parsed is false when the tokenizer failed. */
bool sr_dom_build(sr_dom *d, sr_html *parser, const char *html, size_t n, sr_arena *a, bool *parsed);
void sr_dom_clear(sr_dom *d);
/* Give back the node array after a very large document (kept otherwise,
 * for the next one). */
void sr_dom_trim(sr_dom *d);
/* Attribute value of node i, NULL when absent. */
const char *sr_dom_attr(const sr_dom *d, int32_t i, const char *key, size_t *len);
/* Collapsed text of the subtree of i (furniture included), appended to b. */
struct sr_buf;
void sr_dom_text(const sr_dom *d, int32_t i, struct sr_buf *b);
bool sr_dom_is_heading(uint32_t tag);
/* Tag name (lower case) of node i. */
const char *sr_dom_tag_name(const sr_dom *d, int32_t i, size_t *len);

/* ---- what the tree's files share -------------------------------------------- */

/* The flags a tag has by itself, and an element's by its tag and
 * attributes (dom_class.c). */
uint32_t sr_dom_tag_flags(uint32_t tag);
uint32_t sr_dom_element_flags(sr_dom *d, const sr_dnode *x, uint32_t tag);
/* The index of a kept attribute's key, -1 when not kept. */
int sr_dom_attr_key(const char *k, size_t n);
/* A kept attribute's key by its index. */
const char *sr_dom_attr_name(int key);
/* A new node of tag under parent (-1: none); -1 when out of room (dom.c). */
int32_t sr_dom_add_node(sr_dom *d, int32_t parent, uint32_t tag);
/* The attributes of token t the extractor reads, copied into x. */
bool sr_dom_keep_attrs(sr_dom *d, sr_dnode *x, const sr_html_token *t);
/* Element i of tag noted where the metadata looks (metas, links, ...). */
bool sr_dom_note(sr_dom *d, int32_t i, uint32_t tag);
bool sr_dom_ws_only(const char *s, size_t n);
/* Is node i inside a <pre>? */
bool sr_dom_in_pre(const sr_dom *d, int32_t i);
void sr_dom_text_stats(const char *s, size_t n, uint32_t *chars, uint32_t *commas);
/* The tree's <html> and <body>, made when the page has none (dom_tree.c). */
void sr_dom_ensure_html(sr_dom *d);
void sr_dom_ensure_body(sr_dom *d);
/* One token of the tokenizer's stream into the tree (ctx: the sr_dom). */
void sr_dom_on_token(void *ctx, const sr_html_token *t);
#endif
