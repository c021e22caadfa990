/* record.c: the typed record of each coded event (sr_coding); see
 * sitrep/code.h.
 *
 * Every decision about an event that is not the coder's is made here,
 * once: which counts are its own (those of its sentence nearest its verb)
 * and which of each kind it shows, its day (its clause's date, else the
 * reporting clause's, else its sentence's, else the publication day), its
 * place (its sentence's nearest its verb, else the dateline's, else the
 * country the text is about), who says so, and its confidence.  The
 * renderers (render.c, the store's exports) print the record and decide
 * nothing. */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "../geo/geo.h"
#include "../nlp/nlp.h"
#include "../util/arena.h"

/* The coding and the arena its records live in. */
typedef struct coding {
	sr_coding pub;
	sr_arena arena;
	char focus[3]; /* the country the text's places name most */
	int focus_n;   /* how many name it */
	/* the words of what a protest is over in one sentence (read once for
	 * the sentence's events; grief_sentence SIZE_MAX: none read yet) */
	size_t grief_sentence;
	bool grief_any;
	uint8_t grief[256];
} coding;

const char *sr_date_source_name(int source)
{
	static const char *const N[] = {NULL, "publication", "clause", "report", "sentence"};
	return source > 0 && source <= SR_DATE_SENTENCE ? N[source] : NULL;
}

const char *sr_geo_source_name(int source)
{
	static const char *const N[] = {NULL, "sentence", "dateline", "focus"};
	return source > 0 && source <= SR_GEOSRC_FOCUS ? N[source] : NULL;
}

const char *sr_role_name(int role)
{
	static const char *const N[] = {NULL,     "source", "target",      "action",
	                                "place",  "date",   "attribution", "sentence", "count"};
	return role > 0 && role <= SR_ROLE_COUNT ? N[role] : NULL;
}

/* ---- where in the text --------------------------------------------------------- */


static bool in_chunk(const sr_doc *d, int32_t c, size_t t)
{
	return c >= 0 && (size_t)c < d->n_chunks && d->chunks[c].first <= t && t <= d->chunks[c].last;
}

/* The clause token t belongs to: the one whose verb group holds it; with
 * verb_only false also the one whose subject, object, agent or
 * prepositional phrase holds it, else the nearest verb before it in its
 * sentence ("killed five people yesterday").  -1 when none. */
static int clause_of_token(const sr_doc *d, size_t t, bool verb_only)
{
	for (size_t c = 0; c < d->n_clauses; c++)
		if (in_chunk(d, (int32_t)d->clauses[c].verb, t))
			return (int)c;
	if (verb_only)
		return -1;
	for (size_t p = 0; p < d->n_pps; p++)
		if (d->pps[p].prep == t || in_chunk(d, (int32_t)d->pps[p].np, t))
			return (int)d->pps[p].clause;
	for (size_t c = 0; c < d->n_clauses; c++) {
		const sr_clause *cl = &d->clauses[c];
		if (in_chunk(d, cl->subject, t) || in_chunk(d, cl->object, t) || in_chunk(d, cl->agent, t))
			return (int)c;
	}
	/* the nearest verb group before it in its sentence */
	size_t s = 0;
	while (s + 1 < d->n_sentences && d->sentences[s + 1].first_token <= t)
		s++;
	int best = -1;
	size_t bt = 0;
	for (size_t c = 0; c < d->n_clauses; c++) {
		if (d->clauses[c].verb >= d->n_chunks)
			continue;
		const sr_chunk *v = &d->chunks[d->clauses[c].verb];
		if (v->last < t && v->first >= d->sentences[s].first_token && (best < 0 || v->first > bt)) {
			best = (int)c;
			bt = v->first;
		}
	}
	/* none before: a fronted adverbial ("On Wednesday, rebels attacked")
	 * belongs to the first verb group after it */
	size_t end = d->sentences[s].first_token + d->sentences[s].n_tokens;
	for (size_t c = 0; c < d->n_clauses && best < 0; c++) {
		if (d->clauses[c].verb >= d->n_chunks)
			continue;
		const sr_chunk *v = &d->chunks[d->clauses[c].verb];
		if (v->first > t && v->first < end)
			best = (int)c;
	}
	return best;
}

static size_t distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* ---- the decisions ----------------------------------------------------------------- */

/* The event each count belongs to: the event of its sentence whose verb
 * is nearest (-1 when its sentence has none). */
static void count_owners(const sr_coding *c, int *owner)
{
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		owner[k] = -1;
		size_t best = SIZE_MAX;
		for (size_t i = 0; i < c->n_events; i++) {
			if (c->events[i].sentence != c->layers.counts[k].sentence)
				continue;
			const sr_count *x = &c->layers.counts[k];
			size_t dist = distance(c->events[i].verb_start, x->start);
			/* (the verb its own words hold: "a trader was reportedly
			 * killed") */
			if (c->events[i].verb_start >= x->start && c->events[i].verb_start < x->end)
				dist = 0;
			if (dist < best) {
				best = dist;
				owner[k] = (int)i;
			}
		}
	}
}

/* Its counts (those it owns and that were not rejected, in order), and of
 * each kind the one shown: the first, an incident's before a cumulative
 * one. */
static bool take_counts(coding *cd, sr_event_record *r, const int *owner, int index)
{
	const sr_coding *c = &cd->pub;
	for (size_t k = 0; k <= SR_COUNT_BESIEGED; k++)
		r->count_of[k] = -1;
	size_t n = 0;
	for (size_t k = 0; k < c->layers.n_counts; k++)
		n += owner[k] == index && !c->layers.counts[k].rejected;
	if (!n)
		return true;
	uint32_t *v = sr_arena_alloc(&cd->arena, n * sizeof *v);
	if (!v)
		return false;
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *x = &c->layers.counts[k];
		if (owner[k] != index || x->rejected)
			continue;
		v[r->n_counts++] = (uint32_t)k;
		if (x->kind > SR_COUNT_BESIEGED)
			continue;
		int32_t *shown = &r->count_of[x->kind];
		if (*shown < 0 || (c->layers.counts[*shown].cumulative && !x->cumulative))
			*shown = (int32_t)k;
	}
	r->counts = v;
	return true;
}

/* When: a date of its own clause ("rebels attacked the town on Tuesday"),
 * else another in its sentence (the nearest to the verb: "On the night of
 * 18 June, gunmen blocked the highway and shot dead six travellers"), else
 * one of the clause that reports it ("police said on Tuesday that …": the
 * day of the report, the event on or before it), else the article's day. */
static void take_date(const sr_coding *c, const sr_event *e, sr_event_record *r)
{
	const sr_doc *doc = c->doc;
	r->has_date = c->layers.day != 0;
	if (!r->has_date)
		return;
	const sr_timex *best = NULL;
	size_t bd = SIZE_MAX;
	uint8_t how = SR_DATE_PUBLICATION;
	int ce = clause_of_token(doc, sr_tok_at(doc, e->verb_start), true);
	int rep = ce >= 0 ? doc->clauses[ce].reported_by : -1;
	for (size_t k = 0; k < c->layers.n_dates; k++) {
		const sr_timex *x = &c->layers.dates[k];
		/* a date or time; a span up to now ("three years of unrest")
		 * only when there is none */
		if (x->sentence != e->sentence || !x->first || x->type == SR_TIMEX_SET)
			continue;
		size_t dist = distance(x->start, e->verb_start);
		int cx = clause_of_token(doc, sr_tok_at(doc, x->start), false);
		uint8_t xh = SR_DATE_SENTENCE;
		if (cx >= 0 && cx == ce)
			xh = SR_DATE_CLAUSE;
		else if (cx >= 0 && (cx == rep || (doc->clauses[cx].flags & SR_CL_REPORTING)))
			xh = SR_DATE_REPORT, dist += 30000;
		else
			dist += 20000;
		if (x->type == SR_TIMEX_DURATION)
			dist += 100000;
		/* a date in a phrase of what came before ("for a third night after
		 * the fatal police shooting of Nahel M. on 27 June, youths
		 * clashed"): that thing's, when the event's verb is outside it */
		{
			size_t xt = sr_tok_at(doc, x->start), vt = sr_tok_at(doc, e->verb_start);
			size_t s0 = doc->sentences[e->sentence].first_token;
			for (size_t t = xt, steps = 0; t-- > s0 && steps < 12; steps++) {
				if (sr_tok_is(doc, t, ",") || sr_tok_is(doc, t, ";"))
					break;
				if (sr_tok_is(doc, t, "after") || sr_tok_is(doc, t, "following") || sr_tok_is(doc, t, "since")) {
					if (!(vt > t && vt < xt))
						dist += 40000;
					break;
				}
			}
		}
		/* the days in brackets after a date qualify it: the date said
		 * is the event's ("Around 14 March 2019 (between 12 and 14
		 * March)") */
		/* (the dates layer is in text order: the date before is k - 1) */
		if (k > 0) {
			const sr_timex *y = &c->layers.dates[k - 1];
			if (y->sentence == x->sentence && y->first && y->end <= x->start && x->start - y->end <= 12 &&
			    memchr(doc->text + y->end, '(', x->start - y->end))
				dist += 50000;
		}
		if (dist < bd) {
			bd = dist;
			best = x;
			how = xh;
		}
	}
	sr_event_date *d = &r->date;
	d->source = how;
	if (best) {
		snprintf(d->value, sizeof d->value, "%s", best->value);
		d->first = best->first;
		d->last = best->last;
		d->precision = sr_timex_prec_name(best->precision) ? best->precision : SR_TP_DAY;
		d->start = best->start;
		d->end = best->end;
	} else {
		snprintf(d->value, sizeof d->value, "%04d-%02d-%02d", c->layers.day / 10000 % 10000, c->layers.day / 100 % 100,
		         c->layers.day % 100);
		d->first = d->last = c->layers.day;
		d->precision = SR_TP_DAY;
		d->start = d->end = 0;
	}
}

/* Where: the place in its sentence nearest its verb (the event's own
 * actors are not its place: "Syrian troops"), else the dateline's, else
 * the country the text is about.  Returns what the place adds to its
 * confidence: a city or site of its sentence most, a region of it or a
 * text with a dateline less, a country least. */
/* Is the place's name followed by a landmark's kind ("the Miraflores
 * palace", "Lido beach")? */
static bool landmark_name(const sr_doc *d, const sr_place *p)
{
	static const char *const KINDS[] = {"palace", "square", "street", "road", "avenue", "bridge", "hospital",
	                                    "market", "mosque", "church", "stadium", "hotel", "university", "prison",
	                                    "beach", "park", "roundabout", "checkpoint", "junction"};
	size_t t = sr_tok_at(d, p->end > 0 ? p->end - 1 : 0) + 1;
	if (t >= d->n_tokens || (d->tokens[t].flags & SR_TF_CAP))
		return false;
	for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++)
		if (sr_tok_is(d, t, KINDS[k]))
			return true;
	return false;
}

/* Is place p the first word of a landmark's longer name ("the Shahi
 * Jama Masjid", "the Nour al-Islam Mosque")? */
static bool in_landmark_name(const sr_doc *d, const sr_place *p)
{
	static const char *const KINDS[] = {"masjid", "mosque", "church", "cathedral", "temple", "shrine", "palace",
	                                    "stadium", "hotel", "university", "hospital", "prison", "market", "square"};
	size_t t = sr_tok_at(d, p->end > 0 ? p->end - 1 : 0) + 1;
	for (size_t k = t; k < d->n_tokens && k < t + 3; k++) {
		if (!(d->tokens[k].flags & SR_TF_CAP))
			return false;
		for (size_t q = 0; q < sizeof KINDS / sizeof *KINDS; q++)
			if (sr_tok_is(d, k, KINDS[q]))
				return k > t;
	}
	return false;
}

/* The token right after place p's words. */
static size_t token_after(const sr_doc *d, const sr_place *p)
{
	return sr_tok_at(d, p->end ? p->end - 1 : p->start) + 1;
}

/* Is the word after place p a force's or an attack's ("Israeli raid",
 * "Russian troops")? */
static bool forces_word(const sr_doc *d, const sr_place *p)
{
	static const char *const W[] = {"raid",     "raids",    "strike",     "strikes",  "airstrike", "airstrikes",
	                                "drone",    "drones",   "troops",     "forces",   "soldiers",  "army",
	                                "warplanes", "jets",    "shelling",   "missile",  "missiles",  "rocket",
	                                "rockets",  "fire",     "attack",     "attacks",  "military",  "police",
	                                "navy",     "aircraft", "helicopter", "helicopters", "artillery", "tanks",
	                                "coalition", "militants", "rebels", "fighters", "air", "firing", "gunfire",
	                                "bombing", "bombardment", "offensive", "operation", "operations", "peacekeeper",
	                                "peacekeepers", "officers", "personnel", NULL};
	size_t t = token_after(d, p);
	if (t >= d->n_tokens)
		return false;
	for (size_t i = 0; W[i]; i++)
		if (sr_tok_is(d, t, W[i]))
			return true;
	return false;
}

/* Is the word after place p a force's own ("US military", "U.S.
 * coalition troops"), not an attack's ("Lebanon attacks" are there)? */
static bool force_noun(const sr_doc *d, const sr_place *p)
{
	static const char *const W[] = {"troops", "forces", "soldiers", "army", "military", "coalition", "police",
	                                "navy", "warplanes", "jets", "drone", "drones", "aircraft", "helicopters",
	                                "service", "servicemen", "servicemembers", "marines", "personnel", "citizens",
	                                "nationals", "diplomats", "embassy", NULL};
	size_t t = token_after(d, p);
	for (size_t i = 0; W[i] && t < d->n_tokens; i++)
		if (sr_tok_is(d, t, W[i]))
			return true;
	return false;
}

/* Is the people's name p where, not who: after "in" over a direction or
 * a number ("in southern Afghan clash", "in 2 Afghan districts"), and
 * not before a force's word ("in Afghan army custody" names who)? */
static bool demonym_where(const sr_doc *d, const sr_place *p)
{
	if (forces_word(d, p))
		return false;
	/* (a word after it, "in Afghan districts"; "in French" alone is a
	 * language) */
	size_t nx = token_after(d, p);
	if (nx >= d->n_tokens || !isalpha((unsigned char)d->text[d->tokens[nx].start]))
		return false;
	/* a people's name before a place's kind is where ("burn Azeri
	 * village", "shelled Syrian territory") */
	static const char *const KINDS[] = {"village",   "villages", "town",     "towns",       "city",     "capital",
	                                    "territory", "soil",     "district", "districts",   "province", "provinces",
	                                    "region",    "airspace", "waters",   "countryside", NULL};
	for (size_t i = 0; KINDS[i]; i++)
		if (sr_tok_is(d, nx, KINDS[i]))
			return true;
	size_t t = sr_tok_at(d, p->start);
	for (size_t b = t, steps = 0; b-- > 0 && steps < 3; steps++) {
		if (sr_tok_is(d, b, "in") || sr_tok_is(d, b, "across") || sr_tok_is(d, b, "inside"))
			return true;
		int pos = d->tokens[b].pos;
		if (pos != SR_POS_ADJ && pos != SR_POS_NUM && pos != SR_POS_DET)
			return false;
	}
	return false;
}

static double take_place(coding *cd, const sr_event *e, sr_event_record *r)
{
	const sr_coding *c = &cd->pub;
	const sr_place *best = NULL, *dateline = NULL, *country = NULL;
	const sr_place *towns[16];
	size_t n_towns = 0;
	size_t bd = SIZE_MAX;
	const char *focus = cd->focus[0] ? cd->focus : NULL;
	int focus_n = cd->focus_n;
	/* the words of what a protest is over ("angered by racist abuse of
	 * students in Surabaya"): their places are the grievance's */
	if (cd->grief_sentence != e->sentence) {
		cd->grief_sentence = e->sentence;
		cd->grief_any = sr_nlp_grievances(c->doc, e->sentence, cd->grief, sizeof cd->grief) > 0;
	}
	const uint8_t *grief = cd->grief;
	size_t s_first = c->doc->sentences[e->sentence].first_token;
	bool griefs = !e->grievance && cd->grief_any;
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *p = &c->layers.places[k];
		if (p->metonymy)
			continue;
		if (griefs && p->sentence == e->sentence) {
			size_t pt0 = sr_tok_at(c->doc, p->start);
			if (pt0 >= s_first && pt0 - s_first < sizeof cd->grief && grief[pt0 - s_first])
				continue;
		}
		/* a landmark whose name a town abroad bears ("the Miraflores palace"
		 * in a text about Caracas) is no place of its own */
		if (p->resolved && focus && focus_n >= 2 && strcmp(p->country, focus) != 0 && landmark_name(c->doc, p))
			continue;
		if (p->dateline && !dateline)
			dateline = p;
		if (in_landmark_name(c->doc, p))
			continue;
		/* (the attackers' demonym, "Israeli raid", "Russian troops", says
		 * who, not which country it happened in) */
		if (p->precision == SR_GEO_COUNTRY && !country && !(p->kind == SR_PLACE_DEMONYM && forces_word(c->doc, p)))
			country = p;
		if (p->sentence != e->sentence || p->dateline || (p->kind == SR_PLACE_DEMONYM && !demonym_where(c->doc, p)))
			continue;
		/* the place of who says so, named as its attribute ("the Gaza
		 * health ministry said", "the Kabul police said"), is theirs, not
		 * the event's */
		bool reporter = false;
		for (size_t q = 0; q < c->layers.n_sources && !reporter; q++) {
			const sr_source *so = &c->layers.sources[q];
			size_t after = token_after(c->doc, p);
			reporter = so->sentence == p->sentence && p->start >= so->start && p->end < so->end &&
			           after < c->doc->n_tokens &&
			           (c->doc->tokens[after].pos == SR_POS_NOUN || c->doc->tokens[after].pos == SR_POS_PROPN);
		}
		if (reporter)
			continue;
		/* a country's name before its forces' word ("3 U.S. coalition
		 * troops", "US military") says whose, as a people's name does */
		if (p->precision == SR_GEO_COUNTRY && p->kind != SR_PLACE_DEMONYM && force_noun(c->doc, p))
			continue;
		/* the words of its actors name who, not where ("Taliban", a
		 * village's name too; "the Kabul police" is placed by its own
		 * words only when nothing else places it) */
		bool in_source = p->start >= e->source.start && p->end <= e->source.end && e->source.end > e->source.start;
		bool in_target = p->start >= e->target.start && p->end <= e->target.end && e->target.end > e->target.start;
		/* (a country's bare code on its words is the place standing for
		 * its state: "Kabul killed" is where, not who) */
		size_t pt = sr_tok_at(c->doc, p->start);
		bool after_prep = pt > 0 && c->doc->tokens[pt - 1].pos == SR_POS_ADP; /* "police in Kabul" */
		bool named_source = in_source && p->end == e->source.end && strlen(e->source.code) != 3 && !after_prep;
		bool named_target = in_target && p->end == e->target.end && strlen(e->target.code) != 3 && !after_prep;
		/* a country as the actor ("Russia fired") is who, not where */
		bool state_source = in_source && p->precision >= SR_GEO_COUNTRY;
		bool state_target = in_target && p->precision >= SR_GEO_COUNTRY;
		/* (but a people's name said as where is where: "shelled Indian
		 * villages") */
		if ((named_source || named_target || state_source || state_target) && p->kind != SR_PLACE_DEMONYM)
			continue;
		size_t dist = distance(p->start, e->verb_start);
		/* the divisions an event note gives in brackets after a place
		 * ("Darat Izza (Jebel Saman, Aleppo)") say where that place is,
		 * and are no place of their own beside it, when it is known */
		{
			const sr_doc *d = c->doc;
			size_t q = p->start;
			while (q > 0 && q + 60 > p->start && d->text[q - 1] != '(' && d->text[q - 1] != ')' &&
			       d->text[q - 1] != '.' && d->text[q - 1] != '\n')
				q--;
			if (q > 1 && d->text[q - 1] == '(')
				for (size_t k2 = 0; k2 < c->layers.n_places; k2++) {
					const sr_place *o = &c->layers.places[k2];
					if (o != p && o->resolved && o->sentence == p->sentence && o->end <= q - 1 &&
					    o->end + 8 >= q - 1) {
						dist += 100;
						break;
					}
				}
		}
		/* a place in a clause of its own set before the event's ("hours
		 * after Imran Khan was arrested in Islamabad, hundreds of
		 * supporters stormed ..."): that clause's, not the event's; a
		 * place set before alone ("In Kabul, gunmen ...") stays where */
		if (p->end < e->verb_start) {
			const sr_doc *d = c->doc;
			size_t pt0 = sr_tok_at(d, p->start), vt = sr_tok_at(d, e->verb_start);
			static const char *const SUBORDINATORS[] = {"after", "before", "following", "when", "while", "since",
			                                            "because", "although", "as", "once", NULL};
			bool comma_after = false, verb_before = false, subordinate = false;
			int depth = 0;
			for (size_t t = pt0 + 1; t < vt && !comma_after; t++) {
				depth += sr_tok_is(d, t, "(") - sr_tok_is(d, t, ")");
				comma_after = depth <= 0 && sr_tok_is(d, t, ",");
			}
			for (size_t t = pt0; comma_after && t-- > s_first && !sr_tok_is(d, t, ",");) {
				verb_before = verb_before || d->tokens[t].pos == SR_POS_VERB;
				subordinate = subordinate || sr_tok_in(d, t, SUBORDINATORS);
			}
			if (comma_after && verb_before && subordinate)
				dist += 150;
		}
		/* (the place after a preposition is where even when the actor's
		 * words reach it: "lynched a thief in Port-au-Prince") */
		bool at_prep = pt > 0 && (sr_tok_is(c->doc, pt - 1, "in") || sr_tok_is(c->doc, pt - 1, "at") ||
		                          sr_tok_is(c->doc, pt - 1, "near") || sr_tok_is(c->doc, pt - 1, "outside"));
		/* (nor is a place that is the whole target, coded by its
		 * country: "Russian forces shelled Nikopol") */
		bool whole_target = in_target && p->start == e->target.start && p->end == e->target.end &&
		                    strlen(e->target.code) == 3 && p->precision < SR_GEO_COUNTRY && !after_prep;
		if ((in_source || in_target) && p->kind != SR_PLACE_DEMONYM && !at_prep && !whole_target)
			dist += 1000;
		/* a region of no one country ("the Line of Control") places less
		 * than one of a country */
		if (p->resolved && !p->country[0])
			dist += 150;
		/* where is said after "in", "near", "at" (over a determiner or an
		 * adjective: "in the northern town of"); a name standing alone
		 * ("the Iron Dome system", "Fano militiamen") is rarely where */
		bool cued = p->kind == SR_PLACE_DEMONYM; /* (said as where, above) */
		/* ("the collapse of the Novi Sad railway station canopy", "a vigil
		 * for the Southport stabbing victims": a name that modifies a thing
		 * after "of", "for", "against" ... says which thing, not where) */
		static const char *const KIND[] = {"town", "city", "village", "district", "province", "region", "area",
		                                   "county", "camp", "neighbourhood", "neighborhood", "state", "governorate",
		                                   "territory", "township", "municipality", "zone", "department", "suburb",
		                                   "commune", "locality", "settlement", "valley", "countryside", NULL};
		size_t pa = token_after(c->doc, p);
		bool modifier = pa < c->doc->n_tokens && c->doc->tokens[pa].pos == SR_POS_NOUN;
		for (const char *const *w = KIND; modifier && *w; w++)
			modifier = !sr_tok_is(c->doc, pa, *w); /* ("of Oicha town" is where) */
		for (size_t b = pt, steps = 0; b-- > 0 && steps < 3 && !cued; steps++) {
			int pos = c->doc->tokens[b].pos;
			if (pos == SR_POS_ADP)
				cued = !(modifier && (sr_tok_is(c->doc, b, "of") || sr_tok_is(c->doc, b, "for") ||
				                      sr_tok_is(c->doc, b, "against") || sr_tok_is(c->doc, b, "over") ||
				                      sr_tok_is(c->doc, b, "about")));
			else if (pos != SR_POS_DET && pos != SR_POS_ADJ && pos != SR_POS_NUM)
				break;
			if (pos == SR_POS_ADP)
				break;
		}
		if (!cued)
			dist += 200;
		/* a road named by the towns it joins ("on the Delhi-Jaipur highway
		 * at Behror") is where only when nothing nearer is */
		if (pa < c->doc->n_tokens && sr_geo_route_word(c->doc, pa) &&
		    memchr(c->doc->text + p->start, '-', p->end - p->start))
			dist += 250;
		/* a people's name before its people ("attacked Amhara residents
		 * of Tole", "Kurdish villagers") says who, not where */
		static const char *const PEOPLE[] = {"residents", "villagers", "civilians", "people", "farmers", "herders",
		                                     "community", "communities", "families", "youths", "migrants",
		                                     "worshippers", "traders", "settlers", "minority", NULL};
		for (const char *const *w = PEOPLE; !cued && *w && pa < c->doc->n_tokens; w++)
			if (sr_tok_is(c->doc, pa, *w)) {
				dist += 300;
				break;
			}
		/* "rockets fired from the Gaza Strip struck Ashkelon": where
		 * from is not where it happened */
		size_t before = pt > 0 && c->doc->tokens[pt - 1].pos == SR_POS_DET ? pt - 1 : pt;
		/* ("about 20 km from Bijapur town" is near it) */
		bool distance = before > 1 && sr_tok_is(c->doc, before - 1, "from") &&
		                (sr_tok_is(c->doc, before - 2, "km") || sr_tok_is(c->doc, before - 2, "kilometres") ||
		                 sr_tok_is(c->doc, before - 2, "kilometers") || sr_tok_is(c->doc, before - 2, "miles"));
		if (!distance && ((before > 0 && sr_tok_is(c->doc, before - 1, "from")) ||
		    (before > 1 && sr_tok_is(c->doc, before - 2, "from") &&
		     (sr_tok_is(c->doc, before - 1, "across") || sr_tok_is(c->doc, before - 1, "inside") ||
		      sr_tok_is(c->doc, before - 1, "within") || sr_tok_is(c->doc, before - 1, "near")))))
			dist += 300; /* (and "from across the reservoir") */
		/* where the wounded were taken ("three soldiers were wounded and
		 * evacuated to Maiduguri") is no place of the event */
		if (before > 1 && sr_tok_is(c->doc, before - 1, "to")) {
			static const char *const CARRIED[] = {"evacuated", "taken", "rushed", "flown", "airlifted",
			                                      "transferred", "transported", "referred", "admitted", NULL};
			bool carried = false;
			for (const char *const *w = CARRIED; *w && !carried; w++)
				carried = sr_tok_is(c->doc, before - 2, *w) ||
				          (before > 2 && sr_tok_is(c->doc, before - 3, *w) && c->doc->tokens[before - 2].pos == SR_POS_ADV);
			if (carried)
				continue;
		}
		/* "marching to Delhi", "taken across the border into DRC": where
		 * to is not where it happened ("close to", "next to" are near) */
		/* (where troops are moved or a base is moved to is where: "moved
		 * additional troops to Santa Elena de Uairen") */
		bool moved_to = e->acled == SR_ACLED_CHANGE || e->acled == SR_ACLED_HQ;
		if (!moved_to && before > 0 &&
		    (sr_tok_is(c->doc, before - 1, "into") || sr_tok_is(c->doc, before - 1, "towards") ||
		                   sr_tok_is(c->doc, before - 1, "toward") ||
		                   (sr_tok_is(c->doc, before - 1, "to") &&
		                    !(before > 1 && (sr_tok_is(c->doc, before - 2, "close") ||
		                                     sr_tok_is(c->doc, before - 2, "next") ||
		                                     sr_tok_is(c->doc, before - 2, "near") ||
		                                     sr_tok_is(c->doc, before - 2, "adjacent") ||
		                                     /* ("a blockade on the main access
		                                      * road to Buenaventura"; not "the
		                                      * main highway to Baghdad") */
		                                     (before > 2 && sr_geo_route_word(c->doc, before - 2) &&
		                                      sr_tok_is(c->doc, before - 3, "access")))))))
			dist += 300;
		/* "from the left bank of the Dnipro": a river's name, a city's
		 * too, says where from */
		if (before > 1 && sr_tok_is(c->doc, before - 1, "of") &&
		    (sr_tok_is(c->doc, before - 2, "bank") || sr_tok_is(c->doc, before - 2, "banks")))
			dist += 1000;
		/* "near the border with Niger": the neighbour named is a landmark
		 * of where, not where */
		if (before > 1 && (sr_tok_is(c->doc, before - 1, "with") || sr_tok_is(c->doc, before - 1, "of")) &&
		    (sr_tok_is(c->doc, before - 2, "border") || sr_tok_is(c->doc, before - 2, "frontier")) &&
		    p->precision == SR_GEO_COUNTRY)
			dist += 300;
		/* ("about 2 km from the DRC border", "along the Syrian frontier":
		 * the same landmark, its country named before it) */
		if (p->precision == SR_GEO_COUNTRY) {
			size_t t = token_after(c->doc, p);
			if (t < c->doc->n_tokens && (sr_tok_is(c->doc, t, "border") || sr_tok_is(c->doc, t, "frontier") ||
			                             sr_tok_is(c->doc, t, "borders")))
				dist += 300;
		}
		if (dist < bd) {
			bd = dist;
			best = p;
		}
		if (p->resolved && (p->precision == SR_GEO_CITY || p->precision == SR_GEO_SITE) && dist < 1000 &&
		    n_towns < sizeof towns / sizeof *towns)
			towns[n_towns++] = p;
	}
	/* "the Esplanada dos Ministerios in Brasilia", "Lascahobas road in
	 * Mirebalais": a name said to lie in a town far from its own reading
	 * is a part of that town */
	if (best && best->resolved && best->precision <= SR_GEO_CITY) {
		/* (over a few words of its kind: "Lascahobas road in") */
		size_t t = token_after(c->doc, best), limit = t + 3;
		/* (its kind's words, nouns: not "in Chandigarh against the arrest
		 * of Delhi Chief Minister") */
		while (t < c->doc->n_tokens && t < limit && c->doc->tokens[t].kind == SR_TOK_WORD &&
		       !sr_tok_is(c->doc, t, "in") && !sr_tok_is(c->doc, t, "of") &&
		       (c->doc->tokens[t].pos == SR_POS_NOUN || c->doc->tokens[t].pos == SR_POS_PROPN))
			t++;
		if (t + 1 < c->doc->n_tokens && (sr_tok_is(c->doc, t, "in") || sr_tok_is(c->doc, t, "of")))
			for (size_t k = 0; k < c->layers.n_places; k++) {
				const sr_place *q = &c->layers.places[k];
				size_t qt = sr_tok_at(c->doc, q->start);
				if (q->sentence == best->sentence && q->resolved && q->kind != SR_PLACE_DEMONYM &&
				    q->precision <= SR_GEO_ADMIN2 && (qt == t + 1 || (qt == t + 2 && sr_tok_is(c->doc, t + 1, "the"))) &&
				    sr_geo_km(q->lat, q->lon, best->lat, best->lon) > 10) {
					best = q;
					break;
				}
			}
	}
	/* the most specific place the sentence supports: a town inside the
	 * region nearest the verb ("an air strike hit Mekelle, the capital of
	 * Tigray, killing three") */
	/* (and a town of a country's region near its point: "the Joint Forces
	 * of Darfur ... in the eastern neighbourhoods of El Fasher") */
	if (best && best->resolved && best->precision >= SR_GEO_ADMIN2 &&
	    (best->precision <= SR_GEO_COUNTRY || (best->precision == SR_GEO_REGION && best->country[0]))) {
		const sr_place *in = NULL;
		for (size_t k = 0; k < n_towns && !in; k++) {
			const sr_place *t = towns[k];
			if (strcmp(t->country, best->country) != 0)
				continue;
			if (best->precision == SR_GEO_COUNTRY ||
			    (best->precision == SR_GEO_REGION && sr_geo_km(t->lat, t->lon, best->lat, best->lon) <= 400) ||
			    (best->precision == SR_GEO_ADMIN1 && best->admin1[0] && !strcmp(t->admin1, best->admin1)) ||
			    (best->precision == SR_GEO_ADMIN2 && sr_geo_km(t->lat, t->lon, best->lat, best->lon) <= 60))
				in = t;
		}
		if (in)
			best = in;
	}
	const sr_place *pl = r->place = best ? best : dateline ? dateline : country;
	r->geo_source = best ? SR_GEOSRC_SENTENCE : dateline ? SR_GEOSRC_DATELINE : country ? SR_GEOSRC_FOCUS : 0;
	return !pl || !pl->resolved                                                      ? 0
	       : best && (pl->precision == SR_GEO_CITY || pl->precision == SR_GEO_SITE) ? 0.15
	       : best && (pl->precision == SR_GEO_ADMIN1 || pl->precision == SR_GEO_ADMIN2)  ? 0.1
	       : dateline                                                                ? 0.1
	                                                                                 : 0.05;
}

bool sr_after_clause(const sr_doc *d, size_t sentence, size_t verb_start)
{
	const sr_sentence *st = &d->sentences[sentence];
	size_t from = st->first_token, vt = sr_tok_at(d, verb_start);
	for (size_t k = vt, steps = 0; k-- > from + 2 && steps < 8; steps++) {
		if (d->tokens[k].kind == SR_TOK_PUNCT)
			return false;
		/* (and the unrest it came amid: "amid unrest triggered by the
		 * jailing of Jacob Zuma") */
		if (sr_tok_is(d, k, "after") || sr_tok_is(d, k, "following") || sr_tok_is(d, k, "amid") ||
		    sr_tok_is(d, k, "amidst"))
			return d->tokens[k + 1].pos == SR_POS_DET || d->tokens[k + 1].pos == SR_POS_PRON ||
			       d->tokens[k + 1].pos == SR_POS_PROPN || d->tokens[k + 1].pos == SR_POS_NOUN ||
			       d->tokens[k + 1].pos == SR_POS_NUM || d->tokens[k + 1].kind == SR_TOK_NUMBER;
	}
	return false;
}

/* How much the event rests on: its kind of rule, its actors, how finely
 * it is placed and dated, and whether it happened at all; a heuristic in
 * [0.05, 0.95], two decimals. */
static double confidence_of(const sr_event *e, const sr_event_record *r, double place_gain)
{
	uint8_t how = r->has_date ? r->date.source : SR_DATE_PUBLICATION;
	double conf = strncmp(e->rule, "trigger ", 8) == 0 ? (e->main_clause ? 0.5 : 0.35) : 0.55;
	conf += e->source.code[0] ? (strncmp(e->source.code, "---", 3) ? 0.15 : 0.1) : 0;
	conf += e->target.code[0] ? 0.05 : 0;
	conf += place_gain;
	conf += how == SR_DATE_CLAUSE ? 0.1 : how == SR_DATE_PUBLICATION ? 0 : 0.05;
	if (e->negated || e->hypothetical || e->grievance)
		conf *= 0.5;
	conf = conf < 0.05 ? 0.05 : conf > 0.95 ? 0.95 : conf;
	return (double)(long)(conf * 100 + 0.5) / 100;
}

/* Every part's words, in the record's order: source, target, action,
 * place, date, attribution, sentence, then each count. */
static bool take_evidence(coding *cd, const sr_event *e, sr_event_record *r)
{
	const sr_coding *c = &cd->pub;
	sr_evidence *v = sr_arena_alloc(&cd->arena, (7 + r->n_counts) * sizeof *v);
	if (!v)
		return false;
	size_t n = 0;
#define ADD(ROLE, KIND, COUNT, S, E)                                                                              \
	do {                                                                                                       \
		if ((E) > (S))                                                                                     \
			v[n++] = (sr_evidence){(uint8_t)(ROLE), (uint8_t)(KIND), (int32_t)(COUNT), (S), (E)};      \
	} while (0)
	ADD(SR_ROLE_SOURCE, 0, -1, e->source.start, e->source.end);
	ADD(SR_ROLE_TARGET, 0, -1, e->target.start, e->target.end);
	ADD(SR_ROLE_ACTION, 0, -1, e->verb_start, e->verb_end);
	if (r->place)
		ADD(SR_ROLE_PLACE, 0, -1, r->place->start, r->place->end);
	if (r->has_date)
		ADD(SR_ROLE_DATE, 0, -1, r->date.start, r->date.end);
	if (r->attribution >= 0)
		ADD(SR_ROLE_ATTRIBUTION, 0, -1, c->layers.sources[r->attribution].start, c->layers.sources[r->attribution].end);
	if (e->sentence < c->doc->n_sentences)
		ADD(SR_ROLE_SENTENCE, 0, -1, c->doc->sentences[e->sentence].start, c->doc->sentences[e->sentence].end);
	for (size_t k = 0; k < r->n_counts; k++) {
		const sr_count *x = &c->layers.counts[r->counts[k]];
		ADD(SR_ROLE_COUNT, x->kind, r->counts[k], x->start, x->end);
	}
#undef ADD
	r->evidence = v;
	r->n_evidence = n;
	return true;
}

static bool make_record(coding *cd, size_t i, const int *owner)
{
	sr_coding *c = &cd->pub;
	const sr_event *e = &c->events[i];
	sr_event_record *r = &c->records[i];
	r->event = e;
	sr_cameo_meaning m;
	if (sr_cameo_info(e->cameo, &m)) {
		r->cameo_known = 1;
		r->root[0] = e->cameo[0];
		r->root[1] = e->cameo[1];
		r->quad_class = (uint8_t)m.quad;
		r->goldstein = m.goldstein;
		r->plover_type = m.plover;
		r->plover_mode = m.plover_mode;
	}
	if (!take_counts(cd, r, owner, (int)i))
		return false;
	take_date(c, e, r);
	double place_gain = take_place(cd, e, r);
	/* who says so: the reporting clause that governs the event's, or an
	 * "according to" in its sentence; else the article itself */
	r->attribution = sr_source_of(c->doc, c->layers.sources, c->layers.n_sources, e->sentence, e->verb_start);
	if (r->attribution >= 0) {
		r->attribution_type = c->layers.sources[r->attribution].type;
		r->attribution_status = c->layers.sources[r->attribution].status;
	} else {
		r->attribution_type = SR_SRC_OTHER;
		r->attribution_status = SR_STATUS_REPORTED;
	}
	r->confidence = confidence_of(e, r, place_gain);
	/* what an "after" clause tells is what led to the sentence's event
	 * ("clashes broke out ... after the commander was detained"; "a day
	 * after the gang kidnapped 17 missionaries"): less the report's */
	if (sr_after_clause(c->doc, e->sentence, e->verb_start))
		r->confidence = r->confidence > 0.25 ? r->confidence - 0.2 : 0.05;
	return take_evidence(cd, e, r);
}

void sr_coding_free(sr_coding *pub)
{
	if (!pub)
		return;
	coding *cd = (coding *)pub;
	free(pub->actors);
	sr_layers_clear(&pub->layers);
	free(pub->events);
	sr_arena_clear(&cd->arena);
	free(cd);
}

void sr_layers_clear(sr_layers *l)
{
	free(l->counts);
	free(l->sources);
	free(l->places);
	free(l->dates);
	memset(l, 0, sizeof *l);
}

/* The coding of events on layers (taken over: ev, men and the layers'
 * arrays are its own from here, whatever comes). */
static sr_status make(const sr_doc *doc, sr_event *ev, size_t n, sr_mention *men, size_t nm, sr_layers *layers,
                      sr_coding **out)
{
	coding *cd = calloc(1, sizeof *cd);
	if (!cd) {
		free(ev);
		free(men);
		sr_layers_clear(layers);
		return SR_ENOMEM;
	}
	sr_arena_init(&cd->arena);
	cd->grief_sentence = SIZE_MAX;
	sr_coding *c = &cd->pub;
	c->doc = doc;
	c->layers = *layers;
	memset(layers, 0, sizeof *layers);
	c->events = ev;
	c->n_events = n;
	c->actors = men;
	c->n_actors = nm;
	sr_status st = SR_OK;
	int *owner = c->layers.n_counts ? malloc(c->layers.n_counts * sizeof *owner) : NULL;
	if (c->layers.n_counts && !owner)
		st = SR_ENOMEM;
	if (st == SR_OK && n && !(c->records = sr_arena_alloc(&cd->arena, n * sizeof *c->records)))
		st = SR_ENOMEM;
	if (st == SR_OK) {
		count_owners(c, owner);
		cd->focus_n = sr_places_top_country(c->layers.places, c->layers.n_places, cd->focus);
		for (size_t i = 0; i < n && st == SR_OK; i++)
			if (!make_record(cd, i, owner))
				st = SR_ENOMEM;
	}
	free(owner);
	if (st != SR_OK) {
		sr_coding_free(c);
		return st;
	}
	*out = c;
	return SR_OK;
}

sr_status sr_coding_make(const sr_doc *doc, const sr_event *ev, size_t n, sr_layers *layers, sr_coding **out)
{
	sr_event *copy = n ? malloc(n * sizeof *copy) : NULL;
	if (n && !copy) {
		sr_layers_clear(layers);
		return SR_ENOMEM;
	}
	if (n)
		memcpy(copy, ev, n * sizeof *copy);
	return make(doc, copy, n, NULL, 0, layers, out);
}

sr_status sr_code_doc(const sr_dict *d, const sr_doc *doc, int32_t day, sr_layers *layers, int flags,
                      int with_actors, sr_coding **out)
{
	sr_event *ev = NULL;
	sr_mention *men = NULL;
	size_t n = 0, nm = 0;
	sr_status st =
	    sr_code_ex(d, doc, day, flags, &ev, &n, with_actors ? &men : NULL, with_actors ? &nm : NULL);
	if (st != SR_OK) {
		sr_layers_clear(layers);
		return st;
	}
	return make(doc, ev, n, men, nm, layers, out);
}
