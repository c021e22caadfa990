/* nlp.h: the language core's internals: tokens, sentences, datelines and
 * numbers over an article's text (public part in sitrep.h). */
#ifndef SR_NLP_H
#define SR_NLP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"

/* Token growable array. */
typedef struct sr_toklist {
	sr_token *v;
	size_t n, cap;
	bool failed;
} sr_toklist;

/* Tokenize text[from, to) (byte offsets into the whole text). */
void sr_nlp_tokenize(const char *text, size_t from, size_t to, sr_toklist *out);
/* Is the token (ASCII, case-insensitive, without its final period) an
 * abbreviation that a period does not end a sentence after? */
bool sr_nlp_is_abbrev(const char *s, size_t n);
/* The value of a number word ("seven", "twenty", "dozen", "million"...),
 * or -1. */
double sr_nlp_number_word(const char *s, size_t n);
struct sr_jw;
/* The doc's layers (text, dateline, sentences, tokens when asked, numbers)
 * as keys of the JSON object being written. */
void sr_doc_json_layers(struct sr_jw *w, const sr_doc *d, int with_tokens);
#endif
