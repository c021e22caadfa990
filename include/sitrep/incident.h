/* sitrep/incident.h: incidents: one record per real-world event an
 * article reports, made from its coded mentions the way a careful human
 * coder makes ACLED's rows: whether the article reports political
 * violence, demonstrations or strategic developments at all; the mentions
 * of one event merged; ACLED's event and sub-event type decided from who
 * acts, who suffers and the weapon; actors named and typed as ACLED names
 * them; each count given to one incident, summed over groups and never
 * twice; the day, the most specific place, who says so and how sure. */
#ifndef SITREP_INCIDENT_H
#define SITREP_INCIDENT_H

#include "code.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ACLED's actor types (its inter codes). */
typedef enum sr_inter {
	SR_INTER_NONE = 0,
	SR_INTER_STATE = 1,          /* state forces */
	SR_INTER_REBELS = 2,         /* rebel groups */
	SR_INTER_POLITICAL_MILITIA,  /* political militias, unidentified armed groups */
	SR_INTER_IDENTITY_MILITIA,   /* communal, ethnic, clan militias */
	SR_INTER_RIOTERS,
	SR_INTER_PROTESTERS,
	SR_INTER_CIVILIANS,
	SR_INTER_EXTERNAL            /* foreign forces, international organisations */
} sr_inter;
SR_API const char *sr_inter_name(int inter); /* "state forces" ... */

/* An actor as ACLED names it.  The strings are NULL when unknown. */
typedef struct sr_incident_actor {
	const char *name;  /* "Military Forces of Syria", "Civilians (Syria)", "Al Shabaab" */
	const char *code;  /* CAMEO: "SYRMIL", "---CVL" */
	uint8_t inter;     /* sr_inter; SR_INTER_NONE: no such actor */
	const char *text;  /* its words; NULL when inferred ("14 civilians killed": the victims) */
	int64_t start, end; /* byte offsets of its words, -1 when none */
} sr_incident_actor;

/* When.  time_precision is ACLED's: 1 the day, 2 the week, 3 coarser. */
typedef struct sr_incident_date {
	char value[24];      /* TimeML: "2014-04-15" */
	int32_t first, last; /* YYYYMMDD */
	uint8_t precision;   /* sr_timex_prec */
	uint8_t time_precision;
	uint8_t source;      /* sr_date_source; SR_DATE_PARAGRAPH: the opening date of its paragraph */
	int64_t start, end;  /* the words, -1 when the publication day */
} sr_incident_date;
enum { SR_DATE_PARAGRAPH = SR_DATE_SENTENCE + 1 };

/* Where: the most specific place the incident's words support.  A part
 * of a resolved place (a neighbourhood, a square, a camp) takes that
 * place's point, with its own words kept in text. */
typedef struct sr_incident_place {
	const char *name;    /* the gazetteer's name; NULL when unresolved */
	const char *text;    /* the words ("the Shaar neighbourhood"), NULL when none */
	int has_point;
	double lat, lon;
	int32_t geonameid;   /* -1 for a country or none */
	char country[3];     /* ISO 3166 alpha-2, "" when unknown */
	char admin1[5];      /* GeoNames admin-1 code, "" when unknown */
	const char *admin1_name;
	uint8_t precision;   /* sr_geo_precision of the point; 0 when none */
	uint8_t geo_precision; /* ACLED's: 1 the place itself, 2 near it or part of it, 3 a larger region */
	uint8_t source;      /* sr_geo_source */
	int64_t start, end;  /* -1 when none */
} sr_incident_place;

/* A count of people the incident owns. */
typedef struct sr_incident_count {
	uint8_t kind;          /* sr_count_kind */
	double best, low, high; /* -1 when not said */
	uint8_t restated;      /* the same figure said again (not added) */
	uint8_t part;          /* a part of another ("including three children") */
	const char *text;
	int64_t start, end;
} sr_incident_count;

/* Who says so. */
typedef struct sr_incident_source {
	const char *text;      /* NULL: the article itself */
	uint8_t type, status;  /* sr_source_type, sr_source_status */
	int64_t start, end;
} sr_incident_source;

/* A mention the incident merges: one of its coding's records. */
typedef struct sr_incident_mention {
	int32_t index;         /* the record's index in its coding (its event's order) */
	int32_t sentence;      /* its sentence's index */
	char cameo[8];
	uint8_t acled;         /* the mention's own sr_acled_type */
	const char *text;      /* the verb or trigger */
	int64_t start, end;
	int64_t sentence_start, sentence_end;
} sr_incident_mention;

typedef struct sr_incident {
	const char *id;            /* "ARTICLE-N", N from 1 in text order */
	const char *article, *url; /* the article's id and address (NULL when unknown) */
	int64_t cluster;           /* the store's cross-article cluster, -1 when none */
	uint8_t acled;             /* sr_acled_type */
	char cameo[8];             /* the CAMEO code that fits best */
	const char *plover;        /* its PLOVER type, NULL when none */
	sr_incident_actor actor1, actor2;
	const sr_incident_actor *assoc1, *assoc2; /* associated actors ("Students (Chile)") */
	size_t n_assoc1, n_assoc2;
	uint8_t interaction;       /* ACLED's: the two inter codes, the smaller first (17); one alone: 60 */
	uint8_t civilian_targeting;
	int has_date;
	sr_incident_date date;
	sr_incident_place place;
	double fatalities_best, fatalities_low, fatalities_high; /* -1 when none is said */
	const sr_incident_count *counts;
	size_t n_counts;
	const sr_incident_source *sources;
	size_t n_sources;
	uint8_t claim_status;      /* sr_source_status over its sources */
	const char *notes;         /* its sentences, as a note */
	const sr_incident_mention *mentions;
	size_t n_mentions;
	double confidence;         /* a heuristic in [0.05, 0.95], two decimals */
} sr_incident;

/* ACLED's fatalities: the most conservative figure (the low end when
 * there is one), 0 when none. */
SR_API long long sr_incident_acled_fatalities(const sr_incident *x);
/* The total of one kind of count (best, else low), -1 when none. */
SR_API double sr_incident_total(const sr_incident *x, int kind);

/* What an article is about, as far as event data goes. */
typedef enum sr_relevance {
	SR_REL_NONE = 0,   /* no political violence, demonstration or strategic development */
	SR_REL_VIOLENCE,
	SR_REL_DEMONSTRATIONS,
	SR_REL_STRATEGIC
} sr_relevance;

/* What an article is about when it is not (only) political violence:
 * the kinds of news that borrow its words, and the events next to it that
 * users of event data still want named. */
typedef enum sr_topic {
	SR_TOPIC_OTHER = 0,
	SR_TOPIC_CONFLICT,          /* political violence, demonstrations, strategic developments */
	SR_TOPIC_DIPLOMACY,         /* sanctions, expulsions, talks between states */
	SR_TOPIC_CRIME,             /* robbery, smuggling, drugs, fraud */
	SR_TOPIC_NATURAL_DISASTER,  /* earthquakes, floods, storms, epidemics */
	SR_TOPIC_MAN_MADE_DISASTER, /* accidents, industrial fires and blasts, crashes */
	SR_TOPIC_SPORT,
	SR_TOPIC_BUSINESS,
	SR_TOPIC_TECHNOLOGY,
	SR_TOPIC_ENTERTAINMENT,
	SR_TOPIC_WEATHER,
	SR_TOPIC_HEALTH,
	SR_TOPIC_HISTORY,
	SR_TOPIC_N
} sr_topic;
SR_API const char *sr_topic_name(int topic); /* "conflict", "natural disaster" ... */

typedef struct sr_incidents {
	const sr_coding *coding;   /* not owned */
	uint8_t topic;             /* sr_topic */
	/* a claim or denial of responsibility for an attack ("Islamic State
	 * claimed responsibility"): 1 claimed, 2 denied, 0 none; its words */
	uint8_t responsibility;
	int64_t responsibility_start, responsibility_end;
	uint8_t relevance;         /* sr_relevance */
	double relevance_score;    /* 0..1 */
	const char *relevance_reason; /* "sport: 14 words of sport against 2 of conflict" */
	sr_incident *items;
	size_t n;
	/* counts that are no incident's: cumulative tolls, aggregates over a
	 * country, displacement since an offensive began (the article's
	 * statistics) */
	const sr_incident_count *statistics;
	size_t n_statistics;
} sr_incidents;

/* The incidents of a coding (article and url copied into each when
 * given).  *out is freed with sr_incidents_free; c must outlive it. */
SR_API sr_status sr_incidents_find(const sr_coding *c, const char *article, const char *url, sr_incidents **out);
SR_API void sr_incidents_free(sr_incidents *x);
SR_API const char *sr_relevance_name(int relevance); /* "violence", "none" ... */

/* The incidents as JSON lines (what `sitrep code` prints), in the one
 * shape sitrep gives an incident everywhere: id, article, url, cluster,
 * event_type, sub_event_type, disorder_type, cameo, plover, actor1
 * {name, code, inter, text, start, end}, assoc_actor_1, actor2,
 * assoc_actor_2, interaction, civilian_targeting, date {value, first,
 * last, precision, time_precision, source}, place {name, text, lat, lon,
 * geonameid, country, admin1, precision, geo_precision, source},
 * fatalities {best, low, high, acled}, counts, sources, claim_status,
 * notes, mentions, confidence.  Unknown fields are null, never absent. */
SR_API sr_status sr_incidents_write(const sr_incidents *x, FILE *f);
/* The coding's annotation (sr_coding_write_annotation's layers) with the
 * article's relevance {relevant, score, reason, topic, responsibility},
 * its incidents (each mention an index into the events layer) and its
 * statistics, one JSON object (what `sitrep annotate` prints). */
SR_API sr_status sr_incidents_write_annotation(const sr_incidents *x, int with_tokens, FILE *f);

#ifdef __cplusplus
}
#endif
#endif
