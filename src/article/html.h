/* html.h: the HTML5 tokenizer (myhtml), as a stream of tokens.
 *
 * myhtml tokenizes by the HTML5 rules (character references, raw text in
 * script, style and title, attribute quoting, encodings) and would then
 * build its own tree of about 450 bytes a node.  sitrep asks it for the
 * tokens alone, hands each to a callback and lets it go at once, so the
 * parser's memory stays flat however large the page; dom.c builds the
 * compact tree extraction needs from the stream. */
#ifndef SR_HTML_H
#define SR_HTML_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_html sr_html;

typedef struct sr_html_attr {
	const char *key, *value; /* key in lower case; value "" when absent */
	size_t key_len, value_len;
} sr_html_attr;

/* A start tag, an end tag or a run of text.  Comments, the doctype and
 * the end of the input are not reported.  All pointers are valid only
 * during the callback. */
typedef struct sr_html_token {
	uint32_t tag; /* myhtml tag id (MyHTML_TAG_*); MyHTML_TAG__TEXT for text */
	bool close, self_closing;
	const char *text; /* text, character references decoded */
	size_t text_len;
	const sr_html_attr *attrs;
	size_t n_attrs;
} sr_html_token;

typedef void (*sr_html_token_fn)(void *ctx, const sr_html_token *t);

sr_html *sr_html_new(void);
void sr_html_free(sr_html *h);
/* Tokenize s (UTF-8); false when the parser fails or memory runs out. */
bool sr_html_tokenize(sr_html *h, const char *s, size_t n, sr_html_token_fn fn, void *ctx);
/* The name of a tag id, for tags myhtml does not know (amp-img, ...) as
 * well; valid until the next sr_html_tokenize. */
const char *sr_html_tag_name(const sr_html *h, uint32_t tag, size_t *len);
#endif
