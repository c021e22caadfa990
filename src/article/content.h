/* content.h: find the main text of a page in its DOM and lay it out as
 * typed paragraphs. */
#ifndef SR_CONTENT_H
#define SR_CONTENT_H
#include "dom.h"
#include "../util/buf.h"
#include "sitrep.h"

typedef struct sr_para_list {
	sr_paragraph *v;
	size_t n, cap;
} sr_para_list;

/* Append the main text to text (paragraphs separated by "\n\n") and the
 * paragraph spans to paras.  Returns the root node chosen, or -1. */
int32_t sr_content_extract(sr_dom *d, sr_buf *text, sr_para_list *paras);
void sr_para_list_clear(sr_para_list *p);
/* The lead paragraph: when the page's description stands in the body as a
 * paragraph of its own, or an element with a lead class (lead, intro,
 * standfirst, summary, ...) stands just before the text in its container,
 * and the extracted text lacks it, put it first. */
void sr_content_add_lead(sr_dom *d, int32_t root, const char *description, sr_buf *text, sr_para_list *paras);
#endif
