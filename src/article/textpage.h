/* textpage.h: pages that arrive as plain text, already stripped of markup
 * by someone's crawler.  A line classifier separates the article from the
 * furniture the crawler kept, and recovers title, deck, byline, date,
 * photo credits and embedded posts and videos. */
#ifndef SR_TEXTPAGE_H
#define SR_TEXTPAGE_H
#include <stdbool.h>
#include "content.h"
#include "media.h"
#include "meta.h"

/* Does this input look like plain text rather than HTML? */
bool sr_textpage_is_text(const char *s, size_t n);

typedef enum sr_line_class {
	SR_LINE_BLANK = 0,
	SR_LINE_TEXT, /* article text */
	SR_LINE_TITLE,
	SR_LINE_DECK,
	SR_LINE_FURNITURE, /* navigation, share and subscribe prompts, tip lines */
	SR_LINE_DATELINE,  /* "Posted on ..." */
	SR_LINE_BYLINE,    /* "By ...", "Contact X at" */
	SR_LINE_AUTHORBOX, /* role lines of an author box */
	SR_LINE_CREDIT,    /* a photo credit */
	SR_LINE_VIDEO,     /* "View this video on YouTube" */
	SR_LINE_POST,      /* part of an embedded social post */
	SR_LINE_RELATED    /* the heading of a list of other stories */
} sr_line_class;

/* Classify one line by itself (no context). */
sr_line_class sr_textpage_line_class(const char *s, size_t n);

/* title: a title known from elsewhere (a JSONL field, a feed item), or
 * NULL; the first line is then the title only when it says the same. */
void sr_textpage_extract(const char *s, size_t n, const char *title, sr_arena *a, sr_meta *m, sr_buf *text,
                         sr_para_list *paras, sr_media_list *media);
#endif
