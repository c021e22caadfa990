/* code.h: the coding stage's internals (public part in sitrep.h). */
#ifndef SR_CODE_H
#define SR_CODE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"

typedef struct sr_cameo_meaning {
	int root;          /* 1..20 */
	int quad;          /* GDELT's: 1 verbal cooperation .. 4 material conflict */
	double goldstein;  /* the root's value */
	const char *plover, *plover_mode; /* NULL when PLOVER has no such type */
	const char *acled, *acled_sub;    /* NULL when no ACLED event fits */
} sr_cameo_meaning;

/* A word of the sentence being coded. */
typedef struct word {
	const char *s;
	size_t n;
	int64_t id; /* in the dictionaries, -1 when unknown */
	size_t start, end;
	uint8_t kind, flags;
	uint8_t pos; /* sr_pos, as the tagger gave it */
} word;

/* The ACLED cue words of a sentence: at[c] is the index + 1 of the first
 * word where cue class c begins, 0 when absent (acled.c). */
typedef struct sr_cues {
	size_t at[44];
	uint8_t words[44]; /* how many words the cue found there has */
} sr_cues;
/* skip, when not NULL, marks the words that tell a protest's grievance
 * (sr_nlp_grievances): no cue of violence is read in them. */
void sr_cues_find(const word *w, size_t n, const uint8_t *skip, sr_cues *out);
/* Replace the weapon cues of q by those of part (found from word lo on)
 * when part names a weapon. */
void sr_cues_take_weapons(sr_cues *q, const sr_cues *part, size_t lo);
/* Every cue found a place in the lookup table (a check for the tests). */
bool sr_cues_index_ok(void);
/* The ACLED sub-event type (sr_acled_type) of an event with CAMEO code
 * cameo (NULL: an event named by its words alone) in a sentence with cues
 * q, its source's actor code src_code (or NULL); *why (if not NULL) the
 * index + 1 of the word that told it, or 0. */
int sr_acled_classify(const char *cameo, const sr_cues *q, const char *src_code, size_t *why);
/* Is the word at byte verb_start in a clause opened by "after" or
 * "following" that is not its sentence's first ("... after the commander
 * was detained"), what led to the sentence's event? (record.c) */
bool sr_after_clause(const sr_doc *d, size_t sentence, size_t verb_start);
/* Does the sentence name bombs, shells, air strikes, grenades, gas or a
 * kidnapping (what no sport's words make less than violence)? */
bool sr_acled_weapons_said(const sr_cues *q);
/* Is the word at index at the sentence's fighting word ("clashes",
 * "gunfight"), the cue of an armed clash? */
bool sr_acled_clash_word(const sr_cues *q, size_t at);
/* An event the sentence names without a coded verb ("a car bomb
 * exploded", "clashes broke out"): its type, the word that names it and
 * the CAMEO code it is given; SR_ACLED_NONE when there is none. */
int sr_acled_trigger(size_t n, const sr_cues *q, size_t *first, size_t *last, const char **cameo);
/* The dead counted with no one named who killed them ("18 dead", "eight
 * dead in", "7 bodies found"), outside accidents, disease and crime: an
 * attack named by its word *first; SR_ACLED_NONE when none. */
int sr_acled_counted_dead(const word *w, size_t n, const sr_cues *q, size_t *first, const char **cameo);

/* What a CAMEO code ("19", "193", "1831") means; false for codes that
 * are not CAMEO event codes. */
bool sr_cameo_info(const char *code, sr_cameo_meaning *out);

/* sr_code, and the actors it found (*mentions malloc'ed) when asked. */
sr_status sr_code_ex(const sr_dict *d, const sr_doc *doc, int32_t date, int flags, sr_event **events, size_t *n,
                     sr_mention **mentions, size_t *n_mentions);

struct sr_buf;
struct sr_jw;
/* The annotation's layers of c as keys of the JSON object open in w (what
 * sr_coding_write_annotation writes between its braces). */
void sr_coding_annotation_json(struct sr_jw *w, const sr_coding *c, int with_tokens);
/* Record i of c as one JSON object into b, article copied in when given
 * (what `sitrep code` prints a line); false when out of memory. */
bool sr_record_json(const sr_coding *c, size_t i, const char *article, struct sr_buf *b);
/* Record i's counts as a JSON array into b. */
bool sr_record_counts_json(const sr_coding *c, size_t i, struct sr_buf *b);
#endif
