/* lexicon.h: the English lexicon made at build time from WordNet (see
 * lexicon.c): the parts of speech a word can have and its lemma.  Shared
 * by the tagger and the language identifier. */
#ifndef SR_UTIL_LEXICON_H
#define SR_UTIL_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep/nlp.h" /* SR_FORM_* */

/* Parts of speech as bits: */
enum { SR_LEX_NOUN = 1, SR_LEX_VERB = 2, SR_LEX_ADJ = 4, SR_LEX_ADV = 8 };
typedef struct sr_lexinfo {
	uint8_t lemma_pos; /* SR_LEX_* it is a lemma of */
	uint8_t form_pos;  /* SR_LEX_* it is an irregular form of ("went") */
	uint16_t freq[4];  /* noun, verb, adj, adv: senses tagged in SemCor */
	const char *lemma; /* of an irregular form, else NULL */
} sr_lexinfo;
typedef struct sr_lexform {
	uint8_t pos, form; /* SR_LEX_*, SR_FORM_* */
	uint16_t freq[4];  /* the lemma's */
	const char *lemma;
} sr_lexform;
bool sr_lex_available(void);
const char *sr_lex_path(void);
/* The word as it is (case folded). */
bool sr_lex_find(const char *w, size_t n, sr_lexinfo *out);
/* The word as it is (*out), and the regular forms it can be (forms, at
 * most max; their count): "attacked" is attack's past. */
int sr_lex_analyze(const char *w, size_t n, sr_lexinfo *out, sr_lexform *forms, int max);
#endif
