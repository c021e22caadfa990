/* dom.h: a compact, index-linked copy of the parsed HTML tree.
 *
 * The HTML5 parser (myhtml) builds the tree; this module walks it once,
 * iteratively (pages nest 100,000 deep), and keeps what extraction needs in
 * one array: links between nodes as indices, tag classes as flags, the
 * attributes the extractor reads, and per-node text statistics. */
#ifndef SR_DOM_H
#define SR_DOM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <myhtml/api.h>

#include "../util/arena.h"

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

typedef struct sr_dnode {
	int32_t parent, first, last, next;
	uint32_t tag; /* myhtml tag id */
	uint32_t flags;
	const char *text; /* text nodes: the raw text (not NUL-terminated) */
	uint32_t tlen;
	myhtml_tree_node_t *mh;
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
	myhtml_tree_t *tree;
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
	} memo[512];
} sr_dom;

/* Build from a parsed myhtml tree.  Returns false when out of memory or
 * past max_nodes (the document is then cut short, still usable). */
bool sr_dom_build(sr_dom *d, myhtml_tree_t *tree, sr_arena *a);
void sr_dom_clear(sr_dom *d);
/* Attribute value of node i, NULL when absent. */
const char *sr_dom_attr(const sr_dom *d, int32_t i, const char *key, size_t *len);
/* Collapsed text of the subtree of i (furniture included), appended to b. */
struct sr_buf;
void sr_dom_text(const sr_dom *d, int32_t i, struct sr_buf *b);
bool sr_dom_is_heading(uint32_t tag);
/* Tag name (lower case) of node i. */
const char *sr_dom_tag_name(const sr_dom *d, int32_t i, size_t *len);
#endif
