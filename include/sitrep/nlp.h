/* sitrep/nlp.h: the language core over an article's text: sentences,
 * tokens with parts of speech and lemmas, numbers, the dateline, phrases
 * and clauses; and what the text says of dates (TimeML), counts of people
 * and who says so. */
#ifndef SITREP_NLP_H
#define SITREP_NLP_H

#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sr_tok_kind { SR_TOK_WORD = 0, SR_TOK_NUMBER, SR_TOK_PUNCT, SR_TOK_SYMBOL } sr_tok_kind;

enum {
	SR_TF_CAP = 1 << 0,    /* starts with a capital letter */
	SR_TF_UPPER = 1 << 1,  /* all its letters are capitals (two or more) */
	SR_TF_ABBREV = 1 << 2, /* ends with its abbreviation's period ("U.S.", "Gen.") */
	SR_TF_CLITIC = 1 << 3, /* a clitic split off a word: "n't", "'s", "'re"... */
	SR_TF_SPACE = 1 << 4   /* white space comes before it */
};

/* Parts of speech (Universal Dependencies' coarse tags), as sr_analyze's
 * tagger gives them: a lexicon from WordNet (built at set-up from Debian's
 * wordnet-base), closed-class words written here, and rules of context. */
typedef enum sr_pos {
	SR_POS_X = 0, /* other, or not tagged */
	SR_POS_NOUN,
	SR_POS_PROPN,
	SR_POS_VERB,
	SR_POS_AUX, /* be, have, do, modals as auxiliaries */
	SR_POS_ADJ,
	SR_POS_ADV,
	SR_POS_ADP, /* prepositions */
	SR_POS_DET,
	SR_POS_PRON,
	SR_POS_CCONJ,
	SR_POS_SCONJ,
	SR_POS_PART, /* "to" before a verb, "not", possessive "'s" */
	SR_POS_NUM,
	SR_POS_PUNCT,
	SR_POS_SYM,
	SR_POS_N
} sr_pos;
SR_API const char *sr_pos_name(int pos); /* "NOUN", "VERB" ... */

typedef struct sr_token {
	uint32_t start, end; /* byte offsets into the text */
	uint8_t kind;        /* sr_tok_kind */
	uint8_t flags;       /* SR_TF_* */
	uint8_t pos;         /* sr_pos */
	uint8_t form;        /* SR_FORM_*: what its ending says ("attacked": past) */
} sr_token;

enum {
	SR_FORM_BASE = 0,
	SR_FORM_PLURAL, /* "cities" */
	SR_FORM_3SG,    /* "attacks" */
	SR_FORM_PAST,   /* "attacked", "went" (past or participle) */
	SR_FORM_ING,    /* "attacking" */
	SR_FORM_DEGREE  /* "bigger", "biggest" */
};


typedef enum sr_sent_kind { SR_SENT_TEXT = 0, SR_SENT_HEADLINE } sr_sent_kind;

typedef struct sr_sentence {
	size_t start, end;  /* byte offsets into the text */
	size_t first_token; /* index into sr_doc.tokens */
	size_t n_tokens;
	uint32_t paragraph; /* index of the paragraph it lies in */
	uint8_t kind;       /* sr_sent_kind */
} sr_sentence;

typedef enum sr_num_qual {
	SR_NUM_EXACT = 0, /* "12" */
	SR_NUM_ABOUT,     /* "about 12", "some 12", "roughly" */
	SR_NUM_AT_LEAST,  /* "more than 12", "at least", "over" */
	SR_NUM_AT_MOST,   /* "up to 12", "nearly", "fewer than", "almost" */
	SR_NUM_RANGE,     /* "10 to 15", "10-15", "between 10 and 15" */
	SR_NUM_VAGUE      /* "dozens of", "hundreds of": low is the least it can mean */
} sr_num_qual;

typedef struct sr_number {
	size_t start, end; /* the words, qualifier included */
	double value;      /* the number as written (a range: its low end) */
	double low, high;  /* bounds: equal when exact; high 0 when open */
	uint8_t qual;      /* sr_num_qual */
	uint8_t year;      /* a four-digit number that reads as a year */
} sr_number;

typedef struct sr_doc {
	const char *text; /* not owned: the text given to sr_analyze */
	size_t text_len;
	sr_sentence *sentences;
	size_t n_sentences;
	sr_token *tokens;
	size_t n_tokens;
	sr_number *numbers;
	size_t n_numbers;
	/* a dateline ("BEIRUT (AP) --"): the place words and the agency, and
	 * where the dateline ends; start == end when there is none */
	size_t dateline_start, dateline_end;
	size_t place_start, place_end, agency_start, agency_end;
	/* phrases (chunks) and clauses, from the parts of speech */
	struct sr_chunk *chunks;
	size_t n_chunks;
	struct sr_clause *clauses;
	size_t n_clauses;
	struct sr_pp *pps;
	size_t n_pps;
} sr_doc;

/* A phrase: a noun phrase ("the Syrian army", "Syria 's") or a verb group
 * ("has not been shelled", "to attack"), over tokens [first, last]. */
typedef enum sr_chunk_kind { SR_CHUNK_NP = 1, SR_CHUNK_VP } sr_chunk_kind;
typedef struct sr_chunk {
	uint32_t first, last; /* token indices, inclusive */
	uint32_t head;        /* the token that heads it: the last noun, the main verb */
	uint8_t kind;         /* sr_chunk_kind */
	uint8_t coord;        /* an NP joined to the one before by "and"/"or"/"," */
	uint8_t apposition;   /* an NP set off by commas after an NP: "Ali, the army chief," */
} sr_chunk;

/* A clause: a verb group with its subject, object, agent (chunk indices
 * into doc->chunks, -1 when none) and what the verb group says. */
enum {
	SR_CL_PASSIVE = 1 << 0,   /* "was shelled (by X)" */
	SR_CL_NEGATED = 1 << 1,   /* "did not attack", "never" */
	SR_CL_MODAL = 1 << 2,     /* "will", "could", "may" ... */
	SR_CL_INTENT = 1 << 3,    /* "threatened to", "vowed to", "plans to" */
	SR_CL_REPORTING = 1 << 4, /* "said", "told", "according to" */
	SR_CL_RELATIVE = 1 << 5   /* "the town that was shelled": its subject is the antecedent */
};
typedef struct sr_clause {
	uint32_t verb;                   /* the VP chunk */
	int32_t subject, object, agent;  /* NP chunks or -1 */
	int32_t reported_by;             /* the reporting clause ("…, activists said"), or -1 */
	uint16_t flags;                  /* SR_CL_* */
} sr_clause;

/* A prepositional phrase of a clause: "in Homs", "by the army". */
typedef struct sr_pp {
	uint32_t prep;   /* the preposition's token */
	uint32_t np;     /* its NP chunk */
	uint32_t clause; /* the clause it belongs to */
} sr_pp;

/* Temporal expressions (timex.c), resolved against a reference day. */
typedef enum sr_timex_type { SR_TIMEX_DATE = 1, SR_TIMEX_TIME, SR_TIMEX_DURATION, SR_TIMEX_SET } sr_timex_type;
typedef enum sr_timex_prec {
	SR_TP_NONE = 0, /* PRESENT_REF, a duration */
	SR_TP_DAY,
	SR_TP_WEEK,
	SR_TP_MONTH,
	SR_TP_SEASON,
	SR_TP_QUARTER,
	SR_TP_YEAR,
	SR_TP_DECADE,
	SR_TP_TIME /* a clock time */
} sr_timex_prec;
typedef struct sr_timex {
	size_t sentence;
	size_t start, end;     /* byte offsets into the text */
	uint8_t type;          /* sr_timex_type */
	uint8_t precision;     /* sr_timex_prec */
	uint8_t future;        /* it begins after the reference day (flagged) */
	char value[24];        /* TimeML: "2014-04-15", "2014-02", "2014-W15", "2014-Q3",
	                          "2011-SP", "199" (the 1990s), "P2Y", "PRESENT_REF" ... */
	int32_t first, last;   /* the days it covers (YYYYMMDD), 0 when not a date */
} sr_timex;
/* The temporal expressions of doc, resolved against ref (YYYYMMDD, the
 * publication day); *out malloc'ed.  SR_EINVAL for a bad ref. */
SR_API sr_status sr_timex_find(const sr_doc *doc, int32_t ref, sr_timex **out, size_t *n);
/* A precision's name: "day", "week", "month", "season", "quarter", "year",
 * "decade", "time", or NULL. */
SR_API const char *sr_timex_prec_name(int prec);

/* Counts of people (counts.c): a number and what happened to them. */
typedef enum sr_count_kind {
	SR_COUNT_KILLED = 1,
	SR_COUNT_WOUNDED,
	SR_COUNT_CASUALTIES, /* killed and wounded together */
	SR_COUNT_DISPLACED,
	SR_COUNT_EVACUATED,
	SR_COUNT_ARRESTED,
	SR_COUNT_KIDNAPPED,
	SR_COUNT_MISSING,
	SR_COUNT_BESIEGED
} sr_count_kind;
typedef struct sr_count {
	size_t sentence;
	size_t start, end;         /* the number and the word that says what happened */
	size_t num_start, num_end; /* the number, hedge included ("some 1,400") */
	uint8_t kind;              /* sr_count_kind */
	uint8_t cumulative;        /* a total over a period ("since 2011", "toll"): never
	                              summed with incidents */
	uint8_t hedged;            /* "some", "about", "around" */
	double best, low, high;    /* -1 when not said */
	const char *rejected;      /* NULL, or why the figure is not a count */
} sr_count;
/* The counts of doc; *out malloc'ed. */
SR_API sr_status sr_counts_find(const sr_doc *doc, sr_count **out, size_t *n);
SR_API const char *sr_count_kind_name(int kind); /* "killed" ... */

/* Who says so (sources.c). */
typedef enum sr_source_type {
	SR_SRC_OTHER = 0,
	SR_SRC_STATE_MEDIA, /* state TV, the official news agency */
	SR_SRC_PARTY,       /* a government, an army, rebels: a party to the conflict */
	SR_SRC_MONITOR,     /* a monitoring group, a rights group */
	SR_SRC_IGO,         /* the UN, its agencies, the Red Cross */
	SR_SRC_NEWS_AGENCY, /* Reuters, AP, AFP ... */
	SR_SRC_ACTIVISTS,   /* activists, residents, witnesses, social media */
	SR_SRC_ANONYMOUS    /* "a source", "sources" */
} sr_source_type;
typedef enum sr_source_status {
	SR_STATUS_REPORTED = 0,
	SR_STATUS_CLAIMED,    /* said by a party, or "claimed" */
	SR_STATUS_UNVERIFIED, /* activists' word, "could not be independently verified" */
	SR_STATUS_DENIED
} sr_source_status;
typedef struct sr_source {
	size_t sentence;
	size_t start, end;           /* who: "the Syrian Observatory for Human Rights" */
	size_t verb_start, verb_end; /* "said", "according to" */
	int32_t clause;              /* its reporting clause, -1 for "according to" */
	uint8_t type, status;        /* sr_source_type, sr_source_status */
} sr_source;
/* The sources of doc; *out malloc'ed. */
SR_API sr_status sr_sources_find(const sr_doc *doc, sr_source **out, size_t *n);
/* The source (index into src) of what is said at byte `at` of sentence
 * `sentence`: the reporting clause that governs its clause, else an
 * "according to" in its sentence; -1 when none (the article itself). */
SR_API int sr_source_of(const sr_doc *doc, const sr_source *src, size_t n, size_t sentence, size_t at);
SR_API const char *sr_source_type_name(int type);
SR_API const char *sr_source_status_name(int status);

/* The lemma of token i of doc ("attacked" -> "attack", "went" -> "go",
 * "cities" -> "city"), lower case, into buf (cap bytes); its length.  A
 * word the lexicon does not know is its own lemma. */
SR_API size_t sr_token_lemma(const sr_doc *doc, size_t i, char *buf, size_t cap);
/* Is the lexicon there (0: tags come from closed-class words and endings
 * only)? */
SR_API int sr_lexicon_available(void);

/* Split text into sentences and tokens and find its numbers.  paras gives
 * the paragraphs (an article's); without them, blank lines separate
 * paragraphs.  The doc points into text, which must outlive it. */
SR_API sr_status sr_analyze(const char *text, size_t len, const sr_paragraph *paras, size_t n_paras, sr_doc **out);
SR_API void sr_doc_free(sr_doc *d);
/* The doc as one JSON object (text, sentences, tokens when asked, numbers,
 * dateline) written to f. */
SR_API sr_status sr_doc_write_json(const sr_doc *d, int with_tokens, FILE *f);


#ifdef __cplusplus
}
#endif
#endif
