/* sitrep.h: the public interface of libsitrep.
 *
 * Ownership, the one rule: every object a function hands out through an
 * out-parameter is owned by the caller and released with the matching
 * *_free(); every pointer *inside* such an object (strings, arrays) belongs to
 * that object and lives exactly as long as it.  An article owns one arena that
 * holds all of its strings: sr_article_free() releases everything at once.
 *
 * Fallible functions return an sr_status; out-parameters are written only on
 * SR_OK; the details of a failure are in sr_ctx_error().  The library never
 * prints and never exits. */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SR_API __attribute__((visibility("default")))
#else
#define SR_API
#endif

#define SITREP_VERSION "0.1.0"

typedef enum sr_status {
	SR_OK = 0,
	SR_ENOMEM = 1,    /* out of memory */
	SR_EINVAL = 2,    /* bad argument or option */
	SR_EIO = 3,       /* file could not be read */
	SR_EPARSE = 4,    /* input could not be parsed */
	SR_ETOOBIG = 5,   /* input exceeds a size cap */
	SR_EENCODING = 6, /* unknown or unusable character set */
	SR_EEMPTY = 7,    /* input has no content at all */
	SR_EGZIP = 8,     /* corrupt or truncated gzip stream */
	SR_ESKIP = 9      /* a record that is not a page (counted, not an error) */
} sr_status;

SR_API const char *sr_status_str(sr_status st);

/* A context: one per thread.  Holds the HTML parser, the language
 * identifier and the last error message. */
typedef struct sr_ctx sr_ctx;

SR_API sr_status sr_ctx_new(sr_ctx **out);
SR_API void sr_ctx_free(sr_ctx *ctx);
/* The message of the last failure on this context ("" if none). */
SR_API const char *sr_ctx_error(const sr_ctx *ctx);

/* ---- article extraction ------------------------------------------------ */

typedef enum sr_para_kind {
	SR_PARA_PARAGRAPH = 0,
	SR_PARA_HEADING,
	SR_PARA_LIST_ITEM,
	SR_PARA_QUOTE,
	SR_PARA_CAPTION,
	SR_PARA_PRE
} sr_para_kind;

typedef struct sr_paragraph {
	size_t start, end; /* byte offsets into sr_article.text */
	sr_para_kind kind;
} sr_paragraph;

typedef struct sr_media {
	const char *url, *caption, *credit; /* NULL when absent */
} sr_media;

typedef enum sr_embed_type { SR_EMBED_POST = 0, SR_EMBED_VIDEO } sr_embed_type;

typedef struct sr_embed {
	sr_embed_type type;
	const char *platform;                                 /* twitter, instagram, facebook, youtube, vimeo, ... */
	const char *author, *handle, *time, *text, *url, *id; /* NULL when absent */
	const char **hashtags;
	size_t n_hashtags;
	const char **mentions;
	size_t n_mentions;
} sr_embed;

#define SR_MINHASH 64

typedef struct sr_article {
	const char *id;                /* stable: 16 hex digits from the canonical url, else the text */
	const char *content_hash;      /* 16 hex digits over the normalised text: equal for exact copies */
	const char *near_duplicate_of; /* id of an earlier article of the same run with nearly the same text */
	/* MinHash signature of the text's word 3-shingles, for near-duplicates;
	 * n_minhash is 0 for texts too short to compare (under 24 words) */
	uint32_t minhash[SR_MINHASH];
	size_t n_minhash;
	const char *url, *source_url;
	const char *fetched; /* when the page was fetched (WARC-Date), ISO 8601 */
	const char *title, *subtitle, *site_name;
	const char **authors;
	size_t n_authors;
	const char *published;           /* ISO 8601 or NULL */
	const char *published_precision; /* year, month, day, minute, second */
	const char *published_source;    /* meta, json-ld, time, url, text, embedded, estimated, option */
	const char *modified;
	const char *language;        /* BCP 47 primary subtag or NULL */
	const char *language_source; /* markup, text, markup+text */
	const char *input_format;    /* html or text */
	const char *charset;         /* charset the input was decoded from */
	const char *text;
	size_t text_len;
	sr_paragraph *paragraphs;
	size_t n_paragraphs;
	sr_media *media;
	size_t n_media;
	sr_embed *embeds;
	size_t n_embeds;
	const char **warnings;
	size_t n_warnings;
} sr_article;

typedef enum sr_format { SR_FORMAT_AUTO = 0, SR_FORMAT_HTML, SR_FORMAT_TEXT } sr_format;

typedef struct sr_extract_opts {
	const char *url;     /* the address the page was read from, or NULL */
	const char *date;    /* a publication date to use when the page has none */
	const char *name;    /* the input's name, for messages ("-" for stdin) */
	const char *charset; /* the charset a transport declared (HTTP Content-Type) */
	const char *title;   /* a title to use when the page has none (feed item, JSONL) */
	const char *summary; /* a deck to use when the page has none (feed item; markup is dropped) */
	const char *fetched; /* when the page was fetched */
	sr_format format;    /* what the data is; AUTO sniffs */
} sr_extract_opts;

/* Extract the article from one page (HTML or plain text, any supported
 * character set, optionally gzip-compressed).  On SR_OK *out is a new article
 * (release with sr_article_free).  A page without an article is not an
 * error: it gives an article with empty text and a warning. */
SR_API sr_status sr_extract(sr_ctx *ctx, const void *data, size_t len, const sr_extract_opts *opts, sr_article **out);
SR_API void sr_article_free(sr_article *a);

/* The article as one line of JSON (no trailing newline), malloc'ed; the
 * caller frees it.  NULL when out of memory. */
SR_API char *sr_article_json(const sr_article *a, size_t *len);
/* The same JSON line written to f as it is made, never held whole in
 * memory.  SR_EIO when a write fails. */
SR_API sr_status sr_article_write_json(const sr_article *a, FILE *f);
/* The body text, paragraphs separated by one blank line, malloc'ed. */
SR_API char *sr_article_plain(const sr_article *a, size_t *len);

/* ---- the language core: sentences, tokens, numbers ------------------------ */

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

/* Places (src/geo): names found in the text, resolved with the gazetteer
 * built at set-up (GeoNames' places of 1,000 people or more, countries,
 * sitrep's aliases). */
typedef enum sr_geo_precision { SR_GEO_SITE = 1, SR_GEO_CITY, SR_GEO_ADMIN1, SR_GEO_COUNTRY, SR_GEO_REGION } sr_geo_precision;
enum { SR_PLACE_TOPONYM = 0, SR_PLACE_DEMONYM = 1 };
typedef struct sr_place {
	size_t sentence;
	size_t start, end;  /* the words as written */
	int32_t geonameid;  /* GeoNames id; -1 for a country */
	double lat, lon;
	char country[3];    /* ISO 3166 alpha-2 */
	char admin1[5];     /* GeoNames admin-1 code */
	char fcode[7];      /* GeoNames feature code: "PPLA", "PPLC"; "PCLI" for a country */
	uint8_t precision;  /* sr_geo_precision */
	uint8_t kind;       /* SR_PLACE_TOPONYM, or SR_PLACE_DEMONYM ("Syrian": Syria) */
	uint8_t metonymy;   /* "Jordan said": the place stands for its government */
	uint8_t dateline;   /* the dateline's place ("BEIRUT (AP) --") */
	uint8_t resolved;   /* 0: a place the gazetteer does not know ("in Kelleyland"),
	                       kept with its words and no point */
	float confidence;   /* 0.5 close call .. 0.95 clear */
	const char *name;   /* the gazetteer's name (lives as long as the process) */
} sr_place;
/* The places of doc; *out malloc'ed.  With no gazetteer, none (check
 * sr_gazetteer_available). */
SR_API sr_status sr_places_find(const sr_doc *doc, sr_place **out, size_t *n);
SR_API int sr_gazetteer_available(void);
SR_API const char *sr_geo_precision_name(int precision); /* "city" ... */

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

/* ---- dictionaries: TABARI/PETRARCH actors, agents, verbs, discards, issues -- */

typedef enum sr_dict_kind {
	SR_DICT_AUTO = 0, /* by the file's name */
	SR_DICT_ACTORS,   /* *.actors.txt */
	SR_DICT_AGENTS,   /* *.agents.txt */
	SR_DICT_VERBS,    /* *.verbs.txt, CAMEO*.txt */
	SR_DICT_DISCARDS, /* *.discards.txt */
	SR_DICT_ISSUES    /* *IssueCoding*, *.issues.txt */
} sr_dict_kind;

typedef struct sr_dict_stats {
	size_t words, actors, actor_phrases, restrictions, agents, synsets, verb_blocks, verb_forms, patterns,
	    transformations, discards, issues, warnings;
} sr_dict_stats;

typedef struct sr_dict sr_dict;

SR_API sr_status sr_dict_new(sr_dict **out);
/* Load a dictionary file, or every file of a folder whose name tells its
 * kind (in name order).  Unreadable lines are left out and reported as
 * warnings ("file:line: reason"); the status fails only when a file cannot
 * be read at all (message in sr_dict_error). */
SR_API sr_status sr_dict_load(sr_dict *d, const char *path, sr_dict_kind kind);
SR_API sr_status sr_dict_load_mem(sr_dict *d, const char *name, const char *data, size_t n, sr_dict_kind kind);
/* sitrep's own dictionaries: the countries of the world (made at build time
 * from npm world-countries), and the agents, verbs and discards written in
 * data/dict/.  SITREP_DATA_DIR overrides where they are looked for. */
SR_API sr_status sr_dict_load_defaults(sr_dict *d);
SR_API sr_dict_kind sr_dict_kind_of(const char *path);
SR_API const char *sr_dict_error(const sr_dict *d);
SR_API size_t sr_dict_warnings(const sr_dict *d, const char *const **out);
SR_API void sr_dict_stats_get(const sr_dict *d, sr_dict_stats *s);
SR_API void sr_dict_free(sr_dict *d);
/* The longest phrase of a kind at the start of words[0..n) (any case; a
 * phrase without a final '_' may end with the start of a word): its length
 * in words (0: none) and *entry.  Read only: any number of threads may
 * look up one loaded dictionary. */
SR_API size_t sr_dict_match(const sr_dict *d, sr_dict_kind kind, const char *const *words, const size_t *lens,
                            size_t n, int32_t *entry);
/* An actor's code on a date (YYYYMMDD; date restrictions first, then the
 * default), NULL for none. */
SR_API const char *sr_dict_actor_code(const sr_dict *d, int32_t entry, int32_t date);
/* An agent's code; *before when it goes before the actor's ("NGO~"). */
SR_API const char *sr_dict_agent_code(const sr_dict *d, int32_t entry, int *before);
/* A verb form's code and the description of its block. */
SR_API const char *sr_dict_verb_code(const sr_dict *d, int32_t entry, const char **block);
SR_API int sr_dict_discard_story(const sr_dict *d, int32_t entry);
SR_API const char *sr_dict_issue_code(const sr_dict *d, int32_t entry);

/* ---- coded events ---------------------------------------------------------- */

typedef struct sr_event_actor {
	size_t start, end; /* the words, byte offsets into the text */
	char code[32];     /* CAMEO actor code: "ARN", "SYRMIL"; "" when not coded */
	char group[64];    /* the compound it is one of ("Arnor and Gondor attacked":
	                      "ARN/GON"), "" when alone */
} sr_event_actor;

typedef struct sr_event {
	size_t sentence;            /* index into sr_doc.sentences */
	char cameo[8];              /* "064" */
	sr_event_actor source, target;
	size_t verb_start, verb_end;
	uint8_t negated;            /* "did not attack": marked, not counted as happened */
	uint8_t hypothetical;       /* "threatened to attack", "will attack": marked, not counted */
	uint8_t passive;            /* "was shelled by" */
	uint8_t acled;              /* sr_acled_type: its ACLED sub-event type, 0 when none */
	char rule[96];              /* what fired: "FILE:LINE" of the pattern, "verb FORM [CODE]",
	                               or "trigger WORD" for an event named without a coded verb */
} sr_event;

/* ACLED's sub-event types (the codebook of 2023), each within one event
 * type; sr_acled_event_type and sr_acled_sub_event_type give their names
 * ("Explosions/Remote violence", "Grenade"), NULL for SR_ACLED_NONE. */
typedef enum sr_acled_type {
	SR_ACLED_NONE = 0,
	SR_ACLED_ARMED_CLASH,
	SR_ACLED_GOV_REGAINS,
	SR_ACLED_NSA_OVERTAKES,
	SR_ACLED_CHEMICAL,
	SR_ACLED_AIR,
	SR_ACLED_SUICIDE,
	SR_ACLED_SHELLING,
	SR_ACLED_REMOTE,
	SR_ACLED_GRENADE,
	SR_ACLED_SEXUAL,
	SR_ACLED_ATTACK,
	SR_ACLED_ABDUCTION,
	SR_ACLED_PEACEFUL,
	SR_ACLED_INTERVENTION,
	SR_ACLED_EXCESSIVE,
	SR_ACLED_VIOLENT_DEMO,
	SR_ACLED_MOB,
	SR_ACLED_AGREEMENT,
	SR_ACLED_ARRESTS,
	SR_ACLED_CHANGE,
	SR_ACLED_DISRUPTED,
	SR_ACLED_HQ,
	SR_ACLED_LOOTING,
	SR_ACLED_TRANSFER,
	SR_ACLED_N
} sr_acled_type;
SR_API const char *sr_acled_event_type(int t);
SR_API const char *sr_acled_sub_event_type(int t);

/* Code the sentences of doc with the dictionaries, actor codes resolved on
 * date (YYYYMMDD).  *events is malloc'ed (free it), *n its length.  A
 * shallow coder for now: the subject is the first actor before the verb
 * in its clause, the object the first after it, patterns matched on the
 * words between; passive voice, paired codes ("032:033"), compound actors
 * ("Arnor and Gondor"), negation and discards handled. */
enum {
	/* PETRARCH's rules: an event needs a source with a code of its own
	 * and a target (require_dyad).  Without it, a source may be a bare
	 * role ("---UAF" gunmen, "---OPP" protesters) and material events
	 * (roots 07-08, 14-20) may lack a target, as ACLED-style data wants. */
	SR_CODE_STRICT = 1,
	/* with SR_CODE_STRICT, PETRARCH's require_dyad = false: an event may
	 * lack a target, and its source may be an anonymous agent ("---GOV") */
	SR_CODE_NO_DYAD = 2
};
SR_API sr_status sr_code(const sr_dict *d, const sr_doc *doc, int32_t date, int flags, sr_event **events, size_t *n);
/* An actor as the coder found it: its words and its code on the date. */
typedef struct sr_mention {
	size_t sentence, start, end;
	char code[32]; /* "SYRMIL", "---UAF"; several joined by '/' ("FRO/BIL/SAM") */
} sr_mention;

/* sr_code, and the actors it found (*mentions malloc'ed) when asked. */
SR_API sr_status sr_code_ex(const sr_dict *d, const sr_doc *doc, int32_t date, int flags, sr_event **events, size_t *n,
                            sr_mention **mentions, size_t *n_mentions);
/* The doc's layers with its actors, events and dates (tx, from
 * sr_timex_find against day), one JSON object (what `sitrep annotate`
 * prints). */
SR_API sr_status sr_annotation_write_json(const sr_doc *doc, int with_tokens, const sr_mention *m, size_t nm,
                                          const sr_event *ev, size_t ne, const sr_timex *tx, size_t nt, int32_t day,
                                          FILE *f);
/* The events as JSON lines written to f: cameo, root, quad_class (GDELT's
 * 1..4), goldstein (the root's value), plover {type, mode}, acled
 * {event_type, sub_event_type} where one applies, source and target {code,
 * text, start, end, country, sector, members}, verb {text, start, end},
 * sentence {index, start, end}, date (its sentence's date resolved against
 * day, YYYYMMDD, else day itself), counts, attribution, negated,
 * hypothetical, passive, rule; article is copied into each line when
 * given. */
SR_API sr_status sr_events_write_json(const sr_doc *doc, const sr_event *ev, size_t n, const char *article,
                                      int32_t day, FILE *f);

/* ---- input: files, directories, WARC, JSON Lines ------------------------ */

/* One page read from an input, ready for sr_extract: transfer and content
 * encodings removed, with what the container said about it. */
typedef struct sr_record {
	const char *input;   /* the file it came from ("-" for stdin) */
	uint64_t offset;     /* byte offset of the record in that file (compressed offset for gzip members) */
	uint64_t seq;        /* 0, 1, 2... over the whole reader */
	const char *container; /* "file", "warc", "jsonl", "url", "feed" */
	const void *data;
	size_t len;
	sr_extract_opts opts; /* url, date, charset, title, fetched, format, name */
	void *own_;           /* the library's: a buffer the record holds */
} sr_record;

typedef enum sr_skip {
	SR_SKIP_WARC_NOT_RESPONSE = 0, /* warcinfo, request, metadata, ... records */
	SR_SKIP_HTTP_STATUS,           /* not a 2xx response */
	SR_SKIP_NOT_HTML,              /* a content type that is not a page */
	SR_SKIP_EMPTY,                 /* no body */
	SR_SKIP_TOO_LARGE,             /* over SR_MAX_INPUT */
	SR_SKIP_NO_CONTENT,            /* a JSONL object without html or text */
	SR_SKIP_COUNT
} sr_skip;

typedef enum sr_input_error {
	SR_IERR_GZIP = 0,   /* corrupt gzip member (the reader goes on at the next) */
	SR_IERR_TRUNCATED,  /* input ended inside a record */
	SR_IERR_WARC,       /* not a WARC record where one should start */
	SR_IERR_HTTP,       /* unreadable HTTP headers or encoding */
	SR_IERR_JSON,       /* a JSONL line that is not a JSON object */
	SR_IERR_LINE,       /* a JSONL line over the cap */
	SR_IERR_IO,         /* a file or directory that cannot be read */
	SR_IERR_FETCH,      /* a URL that could not be fetched (status, timeout, redirects, cap) */
	SR_IERR_FEED,       /* malformed feed XML (the items before the error still come) */
	SR_IERR_COUNT
} sr_input_error;

typedef struct sr_reader_stats {
	uint64_t inputs, records, pages, bytes_read; /* bytes_read: as stored (compressed) */
	uint64_t skipped[SR_SKIP_COUNT];
	uint64_t errors[SR_IERR_COUNT];
} sr_reader_stats;

typedef struct sr_reader sr_reader;

/* A reader over files and directories (recursive, sorted by name), "-" for
 * stdin, and http(s) URLs (fetched).  Each file is recognised by its
 * content: WARC (plain, gzip per record, whole-file gzip), JSON Lines
 * (plain or gzip), an RSS or Atom feed (its items are fetched, with their
 * titles and dates as hints), or one page. */
SR_API sr_status sr_reader_new(const char *const *inputs, size_t n, sr_reader **out);
/* Limits for fetching http(s) inputs and feed items: connect and total
 * timeouts (ms) and the body cap (bytes); 0 keeps a default (10 s, 30 s,
 * SR_MAX_INPUT). */
SR_API void sr_reader_fetch_limits(sr_reader *r, long connect_ms, long total_ms, size_t max_bytes);
/* Fetch from public addresses only (on: 1): a connection to a loopback,
 * private, link-local, shared, multicast or reserved address is refused,
 * redirects' and every address a name resolves to included (checked as
 * each connection is made, so a name that resolves anew cannot slip by).
 * Behind a proxy it is the proxy's address that is checked. */
SR_API void sr_reader_fetch_public_only(sr_reader *r, int on);
/* A url and a publication date for records that bring none (copied). */
SR_API sr_status sr_reader_defaults(sr_reader *r, const char *url, const char *date);
/* The next page.  SR_OK with *rec set (release with sr_record_free), or
 * SR_OK with *rec NULL at the end.  Any other status is one bad record or
 * file, described by sr_reader_error(); call again to go on. */
SR_API sr_status sr_reader_next(sr_reader *r, sr_record **rec);
SR_API const char *sr_reader_error(const sr_reader *r);
SR_API void sr_reader_stats_get(const sr_reader *r, sr_reader_stats *out);
/* Bytes of the current input and of all regular inputs (for progress). */
SR_API void sr_reader_progress(const sr_reader *r, uint64_t *done, uint64_t *total);
SR_API void sr_reader_free(sr_reader *r);
SR_API void sr_record_free(sr_record *rec);
SR_API const char *sr_skip_str(sr_skip k);
SR_API const char *sr_input_error_str(sr_input_error k);

/* Canonical form of an http(s) URL into out (cap bytes): lower-case scheme
 * and host, default port, credentials, fragment and tracking parameters
 * (utm_*, fbclid, gclid, ...) dropped, AMP variants mapped to the article.
 * Returns its length, 0 when url is not an absolute http(s) URL. */
SR_API size_t sr_url_canonical(const char *url, size_t n, char *out, size_t cap);

/* ---- near-duplicates ------------------------------------------------------ */

/* An index of the articles seen so far in a run.  sr_dedup_add() sets
 * a->near_duplicate_of when an earlier article has nearly the same text
 * (word 3-shingles with a Jaccard similarity of 0.5 or more, estimated by
 * MinHash and found by locality-sensitive hashing) and adds a. */
typedef struct sr_dedup sr_dedup;
SR_API sr_status sr_dedup_new(sr_dedup **out);
SR_API sr_status sr_dedup_add(sr_dedup *d, sr_article *a);
SR_API void sr_dedup_free(sr_dedup *d);

/* ---- parallel runs --------------------------------------------------------- */

/* Called once per record, in input order, from the thread that called
 * sr_run: the article (NULL when extraction failed, with its status and
 * message).  Return non-zero to stop the run. */
typedef int (*sr_emit_fn)(void *user, const sr_record *rec, sr_article *a, sr_status st, const char *err);

/* Read every record of r, extract on `threads` worker threads (0: one per
 * core), link near-duplicates, and hand each result to emit in input
 * order.  Reader errors go to emit as well, with rec NULL. */
SR_API sr_status sr_run(sr_reader *r, int threads, sr_emit_fn emit, void *user);

/* ---- watching feeds --------------------------------------------------------- */

typedef struct sr_watch_opts {
	const char *feeds_file; /* one feed URL a line; # comments; read again each round */
	const char *out_dir;    /* articles go to DIR/YYYY-MM-DD.jsonl, state to DIR/.sitrep-watch */
	long every_s;           /* seconds between rounds */
	long delay_ms;          /* between two requests to one host */
	long connect_timeout_ms, timeout_ms; /* 0: defaults */
	int once;               /* one round, then return */
	volatile int *stop;     /* set (from a signal handler) to end after the current item */
} sr_watch_opts;

typedef struct sr_watch_stats {
	unsigned long long rounds, feeds, items, written, unchanged, refused, errors, requests;
} sr_watch_stats;

typedef void (*sr_watch_log_fn)(void *ctx, const char *msg);

/* Poll the feeds every every_s seconds: fetch new or changed items one
 * request at a time per host, with delay_ms between them and robots.txt
 * honoured, extract them and append their JSON lines.  What was seen is
 * remembered across restarts; an item is fetched again only when its feed
 * date changed (with a conditional GET), and written again only when its
 * text changed. */
SR_API sr_status sr_watch(const sr_watch_opts *o, sr_watch_log_fn log, void *ctx, sr_watch_stats *stats);

/* ---- the store: articles and their events in SQLite ----------------------- */

/* A store: an SQLite file (created when missing, WAL mode), or a
 * PostgreSQL database named by a postgresql:// URI; either is brought up to
 * the current schema by its migrations.  Safe for several processes at
 * once; one sr_store per thread. */
typedef struct sr_store sr_store;
typedef enum sr_put_result {
	SR_PUT_NEW = 1,   /* an article the store did not have */
	SR_PUT_UNCHANGED, /* the same id and text: nothing written */
	SR_PUT_REPLACED   /* the same id, another text: the article and its events replaced */
} sr_put_result;
/* Is target a PostgreSQL URI (postgresql:// or postgres://), not a file? */
SR_API int sr_store_is_pg(const char *target);
/* target as it may be shown: a URI's password replaced by "***". */
SR_API const char *sr_store_shown(const char *target, char *buf, size_t cap);
/* Open (or create) the store at path (a file or a PostgreSQL URI).  On failure *out is still set when
 * it could be allocated, for sr_store_error; close it. */
SR_API sr_status sr_store_open(const char *path, sr_store **out);
/* What the last failure was. */
SR_API const char *sr_store_error(const sr_store *s);
/* While stop is set, a call that runs long asks stop(arg) now and then
 * (every few thousand steps of an SQLite statement, every 50 ms of waiting
 * for PostgreSQL) and is given up when it returns non-zero: the call fails
 * (a write rolls back).  A server sets it for a request's time limit and
 * for a client that went away.  NULL: never. */
SR_API void sr_store_watch(sr_store *s, int (*stop)(void *arg), void *arg);
/* Keep an article and the events coded from its doc (doc and ev may be
 * NULL and 0: an article without events, one in another language), dated
 * against day (YYYYMMDD), in one transaction: after a failure or a crash
 * the store holds the article whole or not at all.  *res says what was
 * done. */
SR_API sr_status sr_store_put(sr_store *s, const sr_article *a, const sr_doc *doc, const sr_event *ev, size_t n,
                              int32_t day, sr_put_result *res);
/* What sr_store_ingest did with an article. */
typedef struct sr_ingest_result {
	sr_put_result put; /* new, unchanged (held already: nothing analysed or written) or replaced */
	size_t n_events;   /* the events stored with it */
	int coded;         /* 0: not in English, kept without events */
	int32_t day;       /* the day its dates and actors were resolved on */
	sr_status stage;   /* when not SR_OK: the analysis or coding failed (nothing stored) */
} sr_ingest_result;
/* The rest of the pipeline for an extracted article, into the store: held
 * with this text already, nothing; else the language core and the coder
 * (English only), dated on its publication day, else fallback_day
 * (YYYYMMDD), else today; then sr_store_put.  SR_EIO when the store
 * failed (sr_store_error), another status when the analysis did. */
SR_API sr_status sr_store_ingest(sr_store *s, const sr_dict *dict, const sr_article *a, int32_t fallback_day,
                                 sr_ingest_result *r);
/* Does the store hold this article (id) with this text (content_hash)
 * already?  Then putting it again would change nothing, and coding it can
 * be skipped.  0 no, 1 yes, -1 on failure (sr_store_error). */
SR_API int sr_store_has(sr_store *s, const char *id, const char *content_hash);
/* Which events a query wants; zero (or NULL) fields do not filter. */
typedef struct sr_query {
	const char *country; /* two letters: the event's place ("SY"); three: an actor's country ("SYR") */
	const char *from, *to; /* YYYY-MM-DD: events whose date span meets [from, to] */
	const char *type;    /* CAMEO root ("19") or code prefix ("190"), PLOVER type ("ASSAULT"),
	                        ACLED event or sub-event type ("Battles", "Air/drone strike") */
	const char *actor;   /* a source's or target's code prefix ("SYRMIL") or words ("army") */
	long min_killed;     /* at least this many killed (best, else low); 0: no filter */
	const char *text;    /* an SQLite FTS5 query over the articles' titles and texts */
	int has_near;        /* within near_km of (near_lat, near_lon) */
	double near_lat, near_lon, near_km;
	int has_bbox;        /* inside (west, south, east, north), degrees */
	double bbox[4];
	long limit;          /* at most this many (0: no limit); newest first */
	double min_confidence; /* at least this confidence (0: no filter) */
	int per_cluster;     /* one event per real-world event: each cluster's representative */
	long long id;        /* this event only (0: no filter) */
	long long cluster;   /* the events of this cluster (0: no filter) */
	const char *article; /* the events of this article (its 16-hex id) */
	int has_cursor;      /* the events after (cursor_date, cursor_id) in the order they come:
	                        a page's last row (cursor_date NULL: an undated one) */
	const char *cursor_date;
	long long cursor_id;
} sr_query;
/* One event a query found: the columns a table shows, and its JSON. */
typedef struct sr_query_row {
	long long id;
	const char *date, *date_last, *country, *place, *cameo, *plover, *acled, *source, *target;
	long long killed; /* -1 when no count */
	int has_point;
	double lat, lon;
	const char *article, *url, *title, *site, *ingested;
	long long ingested_s; /* the same as seconds since 1970 (UTC) */
	const char *text; /* the article's text (the event's offsets point into it) */
	size_t text_len;
	const char *json; /* the event as `sitrep code` prints it */
	long long cluster; /* its cluster (0: none) */
} sr_query_row;
/* Call fn for each event q wants (fn returns nonzero to stop). */
SR_API sr_status sr_store_query(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row),
                                void *user);
/* One cluster: a real-world event, however many articles report it. */
typedef struct sr_cluster_row {
	long long id, n_events, n_articles, n_sources;
	const char *first_seen, *date_first, *date_last, *root, *cameo, *acled, *plover, *source, *target, *place,
	    *country;
	long long killed; /* -1 when none */
	int has_point;
	double lat, lon;
	long long representative; /* the event whose fields it shows */
} sr_cluster_row;
/* Call fn for each cluster q wants: --country (the place's), --from, --to,
 * --type, --actor (codes), --min-killed, --bbox and --near (as a box);
 * most reported first (articles, then sources). */
SR_API sr_status sr_store_clusters(sr_store *s, const sr_query *q,
                                   int (*fn)(void *user, const sr_cluster_row *row), void *user);
/* Export formats: JSON Lines (the events' own JSON), CSV (the query
 * table's columns), GeoJSON (a FeatureCollection), GDELT 2.0's event table
 * (61 tab-separated columns, in its order), ACLED's columns (CSV), PLOVER
 * records (JSON Lines). */
typedef enum sr_export_format {
	SR_EXPORT_JSONL = 1,
	SR_EXPORT_CSV,
	SR_EXPORT_GEOJSON,
	SR_EXPORT_GDELT,
	SR_EXPORT_ACLED,
	SR_EXPORT_PLOVER
} sr_export_format;
/* The format named ("jsonl", "csv", "geojson", "gdelt", "acled", "plover"),
 * or 0. */
SR_API sr_export_format sr_export_format_of(const char *name);
/* Write the events q wants to f in format fmt, streamed (a row at a time).
 * SR_EIO when a write fails. */
SR_API sr_status sr_store_export(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f);
/* Events grouped: by "day", "month", "country" (the place's), "root"
 * (CAMEO), "acled" (event type), "plover" (type), "actor" (the source's code,
 * else its words) or "place"; the top groups (0: all) by events; days and
 * months in order (with a top: the latest, newest first).  fn gets each group's key, its events and the killed
 * its events report (incident counts only, never cumulative ones); q
 * filters as for sr_store_query (--near as its box). */
SR_API sr_status sr_store_stats(sr_store *s, const sr_query *q, const char *by, size_t top,
                                int (*fn)(void *user, const char *key, long long events, long long killed),
                                void *user);
/* Articles and events held. */
SR_API sr_status sr_store_counts(sr_store *s, long long *articles, long long *events);
/* Events counted by time and type: unit "day", "week" (ISO, its Monday)
 * or "month" (the first day); type is the ACLED event type (else the
 * CAMEO root's, else "Other").  fn gets each bucket's first day, type,
 * events and the dead they report (incident counts), in time order. */
SR_API sr_status sr_store_timeline(sr_store *s, const sr_query *q, const char *unit,
                                   int (*fn)(void *user, const char *day, const char *type, long long events,
                                             long long killed),
                                   void *user);
/* The events q wants that have a point, counted in cells of cell degrees
 * (latitude and longitude): fn gets each cell's (cell, type) group, the
 * mean point of its events, their number, the dead they report (incident
 * counts) and its newest event's id; type as for sr_store_timeline.  In
 * cell order (row by row from the south-west), then type. */
SR_API sr_status sr_store_grid(sr_store *s, const sr_query *q, double cell,
                               int (*fn)(void *user, long long cy, long long cx, const char *type, double lat,
                                         double lon, long long events, long long killed, long long newest),
                               void *user);
/* The article with id (16 hex digits) as `sitrep extract` prints it, its
 * text included (malloc'ed, *json; NULL when the store has no such
 * article). */
SR_API sr_status sr_store_article(sr_store *s, const char *id, char **json);
/* One actor or place the events name (sr_store_named). */
typedef struct sr_named_row {
	long long id, n_events;
	const char *key, *code, *name, *country, *first_date, *last_date;
	int has_point; /* places */
	double lat, lon;
} sr_named_row;
/* The actors (places 0) or places (1) most named, in country (its
 * two-letter code for places, three for actors; NULL: all), at most limit. */
SR_API sr_status sr_store_named(sr_store *s, int places, const char *country, long limit,
                                int (*fn)(void *user, const sr_named_row *row), void *user);
SR_API void sr_store_close(sr_store *s);

/* Size caps (bytes). */
#define SR_MAX_INPUT ((size_t)64 << 20) /* raw or decompressed page, WARC record, JSONL line */

#ifdef __cplusplus
}
#endif
/* ---- serve: the HTTP API and the dashboard ---------------------------------------- */

/* What sr_serve_start serves. */
typedef struct sr_serve_opts {
	const char *db;     /* the store: a file or a postgresql:// URI */
	const char *listen; /* "HOST:PORT" (default 127.0.0.1:8080; port 0: any free one) */
	const char *token;  /* the bearer token writes need (NULL: no writes) */
	int read_only;      /* refuse writes whatever the token */
	size_t max_body;    /* the largest request body (default 8 MB) */
	int threads;        /* the pool's threads (default: one per core, at least 2) */
	double query_timeout; /* seconds a request may spend reading the store before it is
	                       * given up with 503 (default 30); exports are not limited */
	int fetch_private;    /* POST /api/ingest may fetch URLs on loopback, private and
	                       * link-local addresses (default: public addresses only) */
} sr_serve_opts;
typedef struct sr_server sr_server;
/* Start serving (threads of libmicrohttpd's pool; the store opened once a
 * thread).  On failure err says why. */
SR_API sr_status sr_serve_start(const sr_serve_opts *o, sr_server **out, char *err, size_t errcap);
/* The port it listens on (the one chosen when 0 was asked for). */
SR_API int sr_serve_port(const sr_server *s);
SR_API void sr_serve_stop(sr_server *s);

#endif
