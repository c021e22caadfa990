/* nlp.h: the language core's internals: tokens, sentences, datelines and
 * numbers over an article's text (public part in sitrep.h). */
#ifndef SR_NLP_H
#define SR_NLP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "sitrep.h"
#include "../util/lexicon.h"
#include "../util/str.h"

/* The token at byte offset off of d: the last one that starts at or
 * before it (0 when none does). */
static inline size_t sr_tok_at(const sr_doc *d, size_t off)
{
	size_t lo = 0, hi = d->n_tokens;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->tokens[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

/* The sentence of d that token t is in: the last one that begins at or
 * before it (0 when none does). */
static inline size_t sr_sentence_at(const sr_doc *d, size_t t)
{
	size_t lo = 0, hi = d->n_sentences;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->sentences[mid].first_token <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : 0;
}

/* Is token i of d the word w (ASCII, any case)? */
static inline bool sr_tok_is(const sr_doc *d, size_t i, const char *w)
{
	const sr_token *t = &d->tokens[i];
	/* the first letter first: most words differ there */
	if (t->end == t->start || (d->text[t->start] | 0x20) != (w[0] | 0x20))
		return false;
	size_t n = strlen(w);
	return t->end - t->start == n && sr_ascii_ncaseeq(d->text + t->start, w, n);
}

/* Is token i of d one of the words ws (NULL-terminated)? */
static inline bool sr_tok_in(const sr_doc *d, size_t i, const char *const *ws)
{
	for (; *ws; ws++)
		if (sr_tok_is(d, i, *ws))
			return true;
	return false;
}

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
/* The days from 1970-01-01 to day ymd (YYYYMMDD) (timex.c). */
long sr_ymd_days(int32_t ymd);
/* Tag the parts of speech of the doc's tokens (pos.c). */
void sr_pos_tag(sr_doc *d);
/* Phrases, clauses and prepositional phrases (chunk.c); false when out of
 * memory. */
bool sr_chunk_doc(sr_doc *d);
/* What a protest is about (cause.c): marks mask[t - first] for each token t
 * of sentence s (its first cap tokens) that tells a protest's grievance
 * ("to mourn those killed last month", "over the arrest of"), when the
 * sentence tells of a protest outside those words; returns how many, 0
 * when none (and the mask all 0). */
size_t sr_nlp_grievances(const sr_doc *d, size_t s, uint8_t *mask, size_t cap);
struct sr_jw;
/* The doc's layers (text, dateline, sentences, tokens when asked, numbers)
 * as keys of the JSON object being written. */
void sr_doc_json_layers(struct sr_jw *w, const sr_doc *d, int with_tokens);
#endif
