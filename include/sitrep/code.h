/* sitrep/code.h: coding: who did what to whom, sentence by sentence, with
 * TABARI/PETRARCH dictionaries (CAMEO events, with their PLOVER and ACLED
 * types); and the typed record each coded event becomes once its date,
 * place, counts, attribution and confidence are decided (sr_coding), with
 * the renderers that print it. */
#ifndef SITREP_CODE_H
#define SITREP_CODE_H

#include "dict.h"
#include "geo.h"

#ifdef __cplusplus
extern "C" {
#endif

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
	uint8_t grievance;          /* what a protest is about ("to mourn those killed", "over
	                               the arrest of"): marked, not an incident of its own */
	uint8_t main_clause;        /* named by its words beside coded verbs that only led to it
	                               ("clashes broke out ... after the commander was
	                               detained"): the sentence's own event */
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
/* ACLED's disorder type of a sub-event type: "Political violence",
 * "Demonstrations", "Political violence; Demonstrations" (riots, and
 * excessive force against protesters), "Strategic developments". */
SR_API const char *sr_acled_disorder_type(int t);
/* The sub-event type (sr_acled_type) with ACLED's name, SR_ACLED_NONE when none. */
SR_API int sr_acled_from_name(const char *sub_event_type);

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

/* ---- the typed record ------------------------------------------------------ */

/* Where a record's day comes from. */
typedef enum sr_date_source {
	SR_DATE_NONE = 0,    /* no day to resolve on: the record has no date */
	SR_DATE_PUBLICATION, /* the article's day (or the day the caller gave) */
	SR_DATE_CLAUSE,      /* a date of the event's own clause ("attacked on Tuesday") */
	SR_DATE_REPORT,      /* a date of the clause that reports it ("police said on Tuesday") */
	SR_DATE_SENTENCE     /* another date of its sentence, the nearest its verb */
} sr_date_source;

typedef struct sr_event_date {
	uint8_t source;      /* sr_date_source */
	uint8_t precision;   /* sr_timex_prec: SR_TP_DAY for the publication day */
	char value[24];      /* TimeML: "2014-04-15", "2014-W15", "2014" */
	int32_t first, last; /* the days it covers, YYYYMMDD */
	size_t start, end;   /* the words it comes from; start == end for the publication day */
} sr_event_date;

/* Where a record's place comes from. */
typedef enum sr_geo_source {
	SR_GEOSRC_NONE = 0,
	SR_GEOSRC_SENTENCE, /* a place of its sentence, the nearest its verb */
	SR_GEOSRC_DATELINE, /* the dateline's */
	SR_GEOSRC_FOCUS     /* the country the text is about */
} sr_geo_source;

/* The parts of a record, each pointing at the words it came from. */
typedef enum sr_role {
	SR_ROLE_SOURCE = 1,
	SR_ROLE_TARGET,
	SR_ROLE_ACTION,
	SR_ROLE_PLACE,
	SR_ROLE_DATE,
	SR_ROLE_ATTRIBUTION,
	SR_ROLE_SENTENCE,
	SR_ROLE_COUNT
} sr_role;

typedef struct sr_evidence {
	uint8_t role;      /* sr_role */
	uint8_t kind;      /* a count's sr_count_kind, else 0 */
	int32_t count;     /* a count's index into sr_coding.counts, else -1 */
	size_t start, end; /* byte offsets into the text */
} sr_evidence;

/* One coded event and everything decided about it: what its code means,
 * its counts, day, place, who says so and how much it rests on.  Its
 * pointers point into the sr_coding that holds it. */
typedef struct sr_event_record {
	const sr_event *event;  /* what the coder found: code, actors, verb, flags, rule */
	/* what the CAMEO code means (cameo_known 0: not one of CAMEO's codes) */
	uint8_t cameo_known;
	char root[3];           /* "19" */
	uint8_t quad_class;     /* GDELT's 1..4 */
	double goldstein;       /* the root's value */
	const char *plover_type, *plover_mode; /* NULL when PLOVER has none */
	/* its counts, in text order (indices into sr_coding.counts), and for
	 * each kind the one the store and the exports show: its first, an
	 * incident's before a cumulative one (-1 when none) */
	const uint32_t *counts;   /* indices into the coding's layers.counts */
	size_t n_counts;
	int32_t count_of[SR_COUNT_BESIEGED + 1];
	int has_date;           /* 0 when the coding had no day */
	sr_event_date date;
	const sr_place *place;  /* NULL when none (into sr_coding.places) */
	uint8_t geo_source;     /* sr_geo_source */
	/* who says so: an index into sr_coding.sources, -1 for the article itself */
	int32_t attribution;
	uint8_t attribution_type, attribution_status; /* sr_source_type (SR_SRC_OTHER for the article), sr_source_status */
	double confidence;      /* a heuristic in [0.05, 0.95], two decimals; not a calibrated probability */
	const sr_evidence *evidence; /* every part's words: source, target, action, place, date,
	                                attribution, sentence, then each count */
	size_t n_evidence;
} sr_event_record;

/* What the language core and the gazetteer found in a doc that a coding
 * stands on: its counts, sources, places and dates (resolved against
 * day; none when day is 0).  sr_layers_find (sitrep/pipeline.h) finds
 * them; a coding takes them over. */
typedef struct sr_layers {
	int32_t day;
	sr_count *counts;
	size_t n_counts;
	sr_source *sources;
	size_t n_sources;
	sr_place *places;
	size_t n_places;
	sr_timex *dates;
	size_t n_dates;
} sr_layers;
/* A document's coding: the layers the records stand on (counts, sources,
 * places, dates; and the actors the coder found) and one record per coded
 * event.  One arena:
 * sr_coding_free releases it all. */
typedef struct sr_coding {
	const sr_doc *doc; /* not owned */
	sr_layers layers;  /* counts, sources, places, dates (the day they were resolved against: 0 when none) */
	sr_mention *actors;
	size_t n_actors;
	sr_event *events;
	size_t n_events;
	sr_event_record *records; /* records[i] is events[i]'s */
} sr_coding;

/* Release what layers hold (after a failure, before they were taken over). */
SR_API void sr_layers_clear(sr_layers *l);

/* Code doc with the dictionaries (flags as for sr_code), actor codes
 * resolved on day (YYYYMMDD), and make each event's record from the layers,
 * which the coding takes over (they are released, and *layers emptied,
 * whatever the status).  With_actors keeps the actors the coder found
 * (annotate's layer).  On SR_OK *out is the coding (sr_coding_free). */
SR_API sr_status sr_code_doc(const sr_dict *d, const sr_doc *doc, int32_t day, sr_layers *layers, int flags,
                             int with_actors, sr_coding **out);
/* The same from events already coded (copied). */
SR_API sr_status sr_coding_make(const sr_doc *doc, const sr_event *ev, size_t n, sr_layers *layers, sr_coding **out);
SR_API void sr_coding_free(sr_coding *c);
SR_API const char *sr_date_source_name(int source); /* "clause", "publication" ... */
SR_API const char *sr_geo_source_name(int source);  /* "sentence", "dateline", "focus" */
SR_API const char *sr_role_name(int role);          /* "source", "action" ... */

/* ---- renderers: they print records and decide nothing --------------------- */

/* The records as JSON lines written to f (what `sitrep code` prints):
 * cameo, root, quad_class, goldstein, plover {type, mode}, acled
 * {event_type, sub_event_type}, source and target {code, text, start, end,
 * country, sector, members}, verb, sentence, counts, date, place,
 * attribution, negated, hypothetical, passive, rule, confidence; article
 * is copied into each line when given. */
SR_API sr_status sr_coding_write_events(const sr_coding *c, const char *article, FILE *f);
/* The doc's layers with its actors, events, counts, sources, places and
 * dates, one JSON object (what `sitrep annotate` prints). */
SR_API sr_status sr_coding_write_annotation(const sr_coding *c, int with_tokens, FILE *f);

#ifdef __cplusplus
}
#endif
#endif
