/* incident.h: the incident stage's internals (public part in
 * sitrep/incident.h). */
#ifndef SR_INCIDENT_INT_H
#define SR_INCIDENT_INT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"
#include "sitrep/incident.h"
#include "../nlp/nlp.h"

struct sr_jw;
struct sr_arena;

/* ---- word classes (words.c) ------------------------------------------------ */
enum {
	W_ARMED,       /* soldiers, militants, gunmen, police */
	W_CIVILIAN,    /* civilians, villagers, a man, students */
	W_PROTEST,     /* protesters, demonstrators, a crowd */
	W_SPORT,
	W_BUSINESS,
	W_TECH,
	W_ENT,         /* films, music, games, travel */
	W_WEATHER,
	W_HEALTH,
	W_HISTORY,
	W_CONFLICT,    /* the words of armed conflict and unrest */
	W_AGENT,       /* what is not a group's name: "fighters", "the", "suspected" */
	W_IDENTITY,    /* what makes a militia communal: "ethnic", "herders" */
	W_PEOPLE,      /* peoples whose militias are named by them: "Fulani", "Dogon" */
	W_SUBSET,      /* "including", "among" */
	W_AGGREGATE,   /* "nationwide", "across", "separate" */
	W_STATE_AGENT, /* the state's armed men: soldiers, police */
	W_RIOT,        /* what rioters do: stones, arson, looting */
	W_NATURAL,     /* earthquakes, floods, storms, epidemics */
	W_MANMADE,     /* accidents, crashes, industrial fires and blasts */
	W_CRIME,       /* robbery, smuggling, drugs, fraud */
	W_DIPLO,       /* sanctions, embassies, envoys, talks */
	W_WEAPON,      /* weapons of war: artillery, IEDs, grenades, chlorine, ammunition */
	W_N
};
/* The classes (bits) of a word, as written or as its lemma. */
uint32_t sr_inc_word_classes(const char *s, size_t n);
uint32_t sr_inc_token_classes(const sr_doc *d, size_t t);
bool sr_inc_tok_in(const sr_doc *d, size_t t, int cls);

/* ---- actors (actors.c) ------------------------------------------------------- */

/* What an actor's CAMEO code and words say it is. */
typedef struct sr_actor_kind {
	uint8_t inter;        /* sr_inter, SR_INTER_NONE when not an actor ACLED codes */
	uint8_t institution;  /* an organisation that reports, aids or judges: never a combatant */
	uint8_t named;        /* a group named for itself ("Al Shabaab"), not a role ("gunmen") */
	uint8_t state;        /* the state's forces or government (before home or abroad is known) */
	char role[4];         /* "MIL", "COP", "GOV", "REB", "UAF", "CVL", "OPP" ... */
	char cc3[4];          /* its country (ISO alpha-3), "" when none */
	char assoc[32];       /* what the people are ("Students"), "" when none */
	char people[24];      /* the people an identity militia is of ("Fulani"), "" when none */
} sr_actor_kind;
/* Is a people named by one of tokens [from, to) ("Fulani militia")?  Its
 * name, as written, goes to k->people when k is given. */
bool sr_actor_people(const sr_doc *d, size_t from, size_t to, sr_actor_kind *k);
/* The kind of an actor with CAMEO code code, written as text[start, end). */
void sr_actor_kind_of(const char *code, const sr_doc *d, size_t start, size_t end, sr_actor_kind *out);
/* The kind of a group named by plain words (no code): "14 civilians",
 * "five soldiers"; false when the words name none. */
bool sr_actor_kind_words(const sr_doc *d, size_t tok_from, size_t tok_to, sr_actor_kind *out);
/* ACLED's name for an actor of kind k in country cc2 (the incident's,
 * when the actor has none), written with its words text[start, end) when
 * it names itself; into buf. */
void sr_actor_name(const sr_actor_kind *k, const char *cc2, const sr_doc *d, size_t start, size_t end, char *buf,
                   size_t cap);
/* ISO alpha-2 of an alpha-3 code ("SYR" -> "SY"), "" when unknown. */
void sr_cc2_of(const char *cc3, char out[3]);

/* ---- relevance (relevance.c) --------------------------------------------------- */

typedef struct sr_relevance_in {
	int strong_violence, strong_demo, strong_strategic; /* mentions with a coded verb and a party of conflict */
	int weak;            /* mentions named by a word alone that still stand */
	int casualties;      /* counts of killed and wounded in the sentences of those mentions */
	int diplomatic;      /* mentions of relations between states (CAMEO 02-05, 10-13, 16) */
	int armed;           /* mentions with an armed party (state forces, rebels, militias, armed men) */
} sr_relevance_in;
/* Decide x's relevance (x->relevance, _score, _reason) from what the
 * mentions gave and the words of the text. */
void sr_relevance_decide(const sr_doc *d, const sr_relevance_in *in, struct sr_arena *a, sr_incidents *x);

/* ---- rendering (render.c) ------------------------------------------------------ */

/* One incident as a JSON object (the one shape: see sitrep/incident.h). */
void sr_incident_json(const sr_incident *x, struct sr_jw *w);
const char *sr_date_source_name_ext(int source);
#endif
