/* build.c: the incidents of a coding; see sitrep/incident.h.
 *
 * 1. Each coded mention with an ACLED type is read as a careful coder
 *    reads it: not when negated, hypothetical, background ("since the
 *    start of the offensive", an event years before the article), what
 *    a protest is about ("to mourn those killed last month") or a
 *    word with no party of conflict behind it ("the Sixers captured
 *    their biggest win"); who reports it is attribution, never an actor;
 *    an organisation that reports or aids is no combatant; its type is
 *    decided by ACLED's rules from who acts, who suffers and the weapon.
 * 2. Mentions of one event are merged, in text order: one family of
 *    event (political violence, demonstrations, or the same strategic
 *    development), actors that do not conflict, the same or a nested
 *    place, days that meet.
 * 3. Each count goes to one incident (its mention's, else the incident of
 *    the sentence before it in its paragraph); cumulative tolls and
 *    aggregates over a country stay the article's statistics.  Counts of
 *    groups joined by "and" are summed; a figure said again is not added;
 *    a part ("including three children") is not added.
 * 4. Each incident takes the best day its mentions have (its clause's,
 *    its sentence's, its paragraph's opening date, the publication day),
 *    the most specific place they support, their sources, and a note made
 *    of their sentences.
 * 5. The article's relevance decides whether any of it is kept. */
#include "incident.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../code/code.h"
#include "../geo/geo.h"
#include "../util/arena.h"
#include "../util/str.h"

enum { FAM_NONE = 0, FAM_VIOLENCE, FAM_DEMO, FAM_STRATEGIC };

typedef struct party {
	sr_actor_kind k;
	const char *code;
	size_t start, end; /* its words; start == end when inferred */
	bool present;
} party;

/* A mention as the incident stage reads it. */
typedef struct men {
	size_t rec;
	const sr_event *e;
	const sr_event_record *r;
	uint8_t fam, type;
	party a1, a2;
	bool trigger;   /* named by a word alone */
	bool sequel;    /* a participle after a comma: ", killing four civilians" */
	bool own_date;  /* a date of its own words (not the publication day) */
	int32_t first, last;
	int inc;        /* its incident, -1 when none */
} men;

typedef struct inc {
	int first_men;
	size_t sentence;   /* its first mention's */
	size_t verb_start; /* its first mention's verb */
	uint8_t fam, type;
	party a1, a2;
	int32_t first, last;
	bool own_date;
	const sr_place *place; /* the most specific resolved place so far */
	size_t n_men;
} inc;

typedef struct impl {
	sr_incidents pub;
	sr_arena arena;
} impl;

/* ---- small helpers ---------------------------------------------------------------- */


static bool violent_type(int t)
{
	return t >= SR_ACLED_ARMED_CLASH && t <= SR_ACLED_ABDUCTION;
}

static bool demo_type(int t)
{
	return t >= SR_ACLED_PEACEFUL && t <= SR_ACLED_MOB;
}

static int family_of(int t)
{
	return violent_type(t) ? FAM_VIOLENCE : demo_type(t) ? FAM_DEMO : t ? FAM_STRATEGIC : FAM_NONE;
}

static bool armed(int inter)
{
	return inter == SR_INTER_STATE || inter == SR_INTER_REBELS || inter == SR_INTER_POLITICAL_MILITIA ||
	       inter == SR_INTER_IDENTITY_MILITIA || inter == SR_INTER_EXTERNAL;
}

static bool remote_type(int t)
{
	return t >= SR_ACLED_CHEMICAL && t <= SR_ACLED_GRENADE;
}

static int32_t day_add(int32_t ymd, int days)
{
	int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
	static const int DM[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	d += days;
	while (d < 1) {
		if (--m < 1) {
			m = 12;
			y--;
		}
		d += DM[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0));
	}
	for (;;) {
		int dm = DM[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0));
		if (d <= dm)
			break;
		d -= dm;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return y * 10000 + m * 100 + d;
}

/* The sentence's tokens [from, to). */
static void sentence_tokens(const sr_doc *d, size_t s, size_t *from, size_t *to)
{
	*from = d->sentences[s].first_token;
	*to = *from + d->sentences[s].n_tokens;
}

/* Is one of the words ws among the tokens [from, to)? */
static bool words_in(const sr_doc *d, size_t from, size_t to, const char *const *ws)
{
	for (size_t t = from; t < to; t++)
		for (size_t k = 0; ws[k]; k++)
			if (sr_tok_is(d, t, ws[k]))
				return true;
	return false;
}

static bool sentence_has_word(const sr_doc *d, size_t s, const char *const *ws)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	return words_in(d, from, to, ws);
}

/* Are the words at token t inside a part set off by commas ("four of
 * them women", "among them eight soldiers", "including three children")? */
static bool part_apposition(const sr_doc *d, size_t t)
{
	for (size_t k = t, steps = 0; k-- > 0 && steps < 5; steps++) {
		if (sr_tok_is(d, k, ","))
			return false;
		if ((sr_tok_is(d, k, "them") || sr_tok_is(d, k, "whom")) && k > 0 &&
		    (sr_tok_is(d, k - 1, "of") || sr_tok_is(d, k - 1, "among")))
			return true;
		if (sr_tok_is(d, k, "including") && k > 0 && sr_tok_is(d, k - 1, ","))
			return true;
	}
	return false;
}

/* Is the verb at token vt in the past perfect ("had been killed", "had
 * attacked")? */
/* Is token vt in a clause of what came days before ("a day after ...",
 * "two weeks after ...")? */
static bool days_after_clause(const sr_doc *d, size_t sentence, size_t vt)
{
	static const char *const SPANS[] = {"day", "days", "week", "weeks", "month", "months", "year", "years", NULL};
	size_t from = d->sentences[sentence].first_token;
	for (size_t k = vt, steps = 0; k-- > from + 1 && steps < 10; steps++) {
		if (sr_tok_is(d, k, ";") || sr_tok_is(d, k, "."))
			return false;
		if (sr_tok_is(d, k, "after"))
			return sr_tok_in(d, k - 1, SPANS);
	}
	return false;
}

static bool pluperfect(const sr_doc *d, size_t vt)
{
	size_t k = vt;
	if (k > 0 && d->tokens[k - 1].pos == SR_POS_ADV)
		k--;
	if (k > 0 && sr_tok_is(d, k - 1, "been"))
		k--;
	if (k > 0 && d->tokens[k - 1].pos == SR_POS_ADV)
		k--;
	return k > 0 && sr_tok_is(d, k - 1, "had");
}

/* Is event i what had happened weeks before, note or article ("The man
 * had been killed by Israeli forces in December"): the story's past? */
static bool past_event(const sr_coding *c, size_t i)
{
	const sr_event_record *r = &c->records[i];
	const sr_doc *d = c->doc;
	size_t vt = sr_tok_at(d, c->events[i].verb_start);
	/* (or told of an actor in a clause of its own: "The gang, which
	 * abducted 17 missionaries in 2021, ...") */
	bool relative = vt > 1 && (sr_tok_is(d, vt - 1, "which") || sr_tok_is(d, vt - 1, "who")) && sr_tok_is(d, vt - 2, ",");
	/* (a pluperfect said to be earlier, dated or not, beside an event of
	 * the story's own: "A day earlier, police had killed 32 drug suspects
	 * in Bulacan"; "whose forces had clashed with the rebels earlier in
	 * the month") */
	/* (and what its sentence names beside it: "in raids") */
	/* (after the past perfect's verb in its part of the sentence: not the
	 * riot told before "where police had shot dead a teenager two days
	 * earlier") */
	size_t s_i = c->events[i].sentence;
	bool past_tense = false;
	for (size_t k = 0; k < c->n_events && !past_tense; k++) {
		if (c->events[k].sentence != s_i || c->events[k].verb_start > c->events[i].verb_start ||
		    !pluperfect(d, sr_tok_at(d, c->events[k].verb_start)))
			continue;
		past_tense = true;
		for (size_t t = sr_tok_at(d, c->events[k].verb_start); t < sr_tok_at(d, c->events[i].verb_start) && past_tense;
		     t++)
			past_tense = !sr_tok_is(d, t, ";");
	}
	if (past_tense) {
		static const char *const EARLIER[] = {"earlier", "previously", NULL};
		bool other = false;
		for (size_t k = 0; k < c->n_events && !other; k++)
			other = c->events[k].sentence != s_i && c->events[k].acled && !c->events[k].negated &&
			        !pluperfect(d, sr_tok_at(d, c->events[k].verb_start));
		if (other && sentence_has_word(d, s_i, EARLIER))
			return true;
	}
	if (!r->has_date || !c->layers.day || r->date.source == SR_DATE_PUBLICATION || !(relative || pluperfect(d, vt)))
		return false;
	if (r->date.last < day_add(c->layers.day, -7))
		return true;
	/* (or before the day of another event the text tells: "troops set
	 * up a base on 20 March. ADF fighters had killed eight civilians the
	 * previous week") */
	for (size_t k = 0; k < c->n_events; k++) {
		const sr_event_record *o = &c->records[k];
		if (k != i && o->has_date && (o->date.source == SR_DATE_CLAUSE || o->date.source == SR_DATE_SENTENCE) &&
		    o->date.precision == SR_TP_DAY && r->date.last < o->date.first &&
		    !pluperfect(d, sr_tok_at(d, c->events[k].verb_start)))
			return true;
	}
	return false;
}

/* Is the token inside a prepositional phrase headed by "since" (the
 * background of an event: "since the start of the offensive")? */
static bool in_since(const sr_doc *d, size_t t)
{
	for (size_t p = 0; p < d->n_pps; p++) {
		const sr_chunk *np = &d->chunks[d->pps[p].np];
		if (np->first <= t && t <= np->last && sr_tok_is(d, d->pps[p].prep, "since"))
			return true;
	}
	/* "since the start of": the words right before */
	for (size_t k = t, steps = 0; k-- > 0 && steps < 6; steps++) {
		if (d->tokens[k].kind == SR_TOK_PUNCT)
			break;
		if (sr_tok_is(d, k, "since"))
			return true;
	}
	return false;
}

/* Is one of the words ws among the n words before token t, with no
 * punctuation between? */
static bool word_just_before(const sr_doc *d, size_t t, size_t n, const char *const *ws)
{
	for (size_t k = t, steps = 0; k-- > 0 && steps < n; steps++) {
		if (d->tokens[k].kind == SR_TOK_PUNCT)
			break;
		for (const char *const *w = ws; *w; w++)
			if (sr_tok_is(d, k, *w))
				return true;
	}
	return false;
}

/* Is the word at t what someone calls for or urges ("calling for
 * protests", "urged a general strike")? */
static bool called_for(const sr_doc *d, size_t t)
{
	static const char *const CALL[] = {"calling", "call", "calls", "called", "urging", "urged", "inciting", NULL};
	return word_just_before(d, t, 3, CALL);
}

/* Is the count part of what a protest is about ("to mourn dozens of
 * demonstrators killed last month")? */
static bool in_grievance(const sr_doc *d, const sr_count *x)
{
	uint8_t mask[512];
	if (x->sentence >= d->n_sentences || !sr_nlp_grievances(d, x->sentence, mask, sizeof mask))
		return false;
	size_t t = sr_tok_at(d, x->start), first = d->sentences[x->sentence].first_token;
	return t >= first && t - first < sizeof mask && mask[t - first];
}

/* Is count x the toll of a disaster or an accident a relative clause
 * tells of ("the collapse of the station canopy in November, which killed
 * 15 people")? */
static bool count_of_disaster(const sr_doc *d, const sr_count *x)
{
	size_t t = sr_tok_at(d, x->start), first = d->sentences[x->sentence].first_token;
	/* ("after a fire at a COVID-19 hospital killed 14 patients": the
	 * disaster the clause names is who killed; not a fire set) */
	static const char *const DISASTER[] = {"fire",   "blaze",   "crash",   "collapse",  "flood",    "floods",
	                                       "earthquake", "landslide", "storm", "cyclone", "accident", "stampede",
	                                       NULL};
	static const char *const SET[] = {"set", "arson", "torched", "started", "attack", "attacked", NULL};
	bool disaster = false, set = false;
	for (size_t k = t + 1, steps = 0; k-- > first && steps < 12; steps++) {
		if (sr_tok_is(d, k, ",") || sr_tok_is(d, k, ";"))
			break;
		disaster = disaster || (word_just_before(d, k + 1, 1, DISASTER) && k > first &&
		                        (sr_tok_is(d, k - 1, "a") || sr_tok_is(d, k - 1, "the") || sr_tok_is(d, k - 1, "an")));
		set = set || word_just_before(d, k + 1, 1, SET);
		if (sr_tok_is(d, k, "after") || sr_tok_is(d, k, "when"))
			break;
	}
	if (disaster && !set)
		return true;
	size_t rel = SIZE_MAX;
	for (size_t k = t + 1, steps = 0; k-- > first && steps < 4 && rel == SIZE_MAX; steps++)
		if ((sr_tok_is(d, k, "which") || sr_tok_is(d, k, "that")) && k > first && sr_tok_is(d, k - 1, ","))
			rel = k - 1;
	if (rel == SIZE_MAX)
		return false;
	for (size_t k = rel, steps = 0; k-- > first && steps < 12; steps++) {
		if (sr_tok_is(d, k, ",") || sr_tok_is(d, k, ";"))
			break;
		if (sr_inc_tok_in(d, k, W_MANMADE) || sr_inc_tok_in(d, k, W_NATURAL))
			return true;
	}
	return false;
}

/* The military of the country whose people's name comes before a
 * weapon or a force in sentence s ("a Russian missile", "Turkish drone
 * strikes", "Israeli troops"), as party p; p unchanged when none. */
/* (victims: the party whose people's name is no doer's) */
static void demonym_forces(const sr_coding *c, size_t s, party *p, const party *victims)
{
	static const char *const W[] = {"missile",  "missiles",  "drone",   "drones",   "strike",     "strikes",
	                                "airstrike", "airstrikes", "jets",   "warplanes", "warplane", "aircraft",
	                                "rocket",   "rockets",   "shelling", "artillery", "troops",    "forces",
	                                "soldiers", "army",      "raid",    "raids",    "helicopter", "helicopters",
	                                "navy",     "tank",      "tanks",   "bombardment", NULL};
	const sr_doc *d = c->doc;
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *pl = &c->layers.places[k];
		if (pl->sentence != s || pl->kind != SR_PLACE_DEMONYM || !pl->resolved || !pl->country[0])
			continue;
		/* (not the victims' people: "Ukrainian soldiers were killed when
		 * Russian artillery shelled") */
		if (victims && victims->present && pl->start >= victims->start && pl->end <= victims->end)
			continue;
		size_t t = sr_tok_at(d, pl->end ? pl->end - 1 : pl->start) + 1;
		bool force = false;
		for (size_t w = 0; W[w] && t < d->n_tokens && !force; w++)
			force = sr_tok_is(d, t, W[w]) || (t + 1 < d->n_tokens && (sr_tok_is(d, t, "air") || sr_tok_is(d, t, "drone")) &&
			                                  sr_tok_is(d, t + 1, W[w]));
		const sr_country_info *ci = force ? sr_geo_country(pl->country) : NULL;
		if (!ci)
			continue;
		memset(p, 0, sizeof *p);
		p->present = true;
		p->k.inter = SR_INTER_STATE;
		p->k.state = 1;
		snprintf(p->k.role, sizeof p->k.role, "MIL");
		snprintf(p->k.cc3, sizeof p->k.cc3, "%s", ci->cc3);
		p->start = pl->start;
		p->end = pl->end;
		return;
	}
}

/* The country of state forces named without one, from the people's or
 * country's name within a few words after them ("warplanes from the
 * Saudi-led coalition", "troops of the Kenyan army"). */
static void owner_country(const sr_coding *c, size_t after, party *p)
{
	const sr_doc *d = c->doc;
	size_t t0 = sr_tok_at(d, after > 0 ? after - 1 : 0) + 1;
	if (t0 >= d->n_tokens || !(sr_tok_is(d, t0, "from") || sr_tok_is(d, t0, "of")))
		return;
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *pl = &c->layers.places[k];
		if (!pl->resolved || !pl->country[0] || pl->precision != SR_GEO_COUNTRY)
			continue;
		size_t pt = sr_tok_at(d, pl->start);
		if (pt <= t0 || pt > t0 + 3)
			continue;
		const sr_country_info *ci = sr_geo_country(pl->country);
		if (ci)
			snprintf(p->k.cc3, sizeof p->k.cc3, "%s", ci->cc3);
		return;
	}
	/* "the Saudi-led coalition" */
	for (size_t t = t0 + 1; t < d->n_tokens && t <= t0 + 3; t++) {
		const sr_token *k = &d->tokens[t];
		size_t n = k->end - k->start;
		if (n > 4 && !memcmp(d->text + k->end - 4, "-led", 4))
			n -= 4;
		else if (!(t + 2 < d->n_tokens && sr_tok_is(d, t + 1, "-") && sr_tok_is(d, t + 2, "led")))
			continue;
		char name[64], cc2[3];
		snprintf(name, sizeof name, "%.*s", (int)(n < 63 ? n : 63), d->text + k->start);
		const sr_country_info *ci = sr_geo_country_by_name(name);
		if (!ci && sr_geo_demonym_country(d->text + k->start, n, cc2))
			ci = sr_geo_country(cc2);
		if (ci) {
			snprintf(p->k.cc3, sizeof p->k.cc3, "%s", ci->cc3);
			return;
		}
	}
}

/* Does the sentence announce or order something ("announced that",
 * "ordered", "decided")? */
static bool announced(const sr_doc *d, size_t s)
{
	size_t from = d->sentences[s].first_token, to = from + d->sentences[s].n_tokens;
	static const char *const W[] = {"announced", "announces", "declared", "declares", "ordered", "orders",
	                                "decided", "decreed", NULL};
	for (size_t t = from; t < to; t++)
		for (size_t k = 0; W[k]; k++)
			if (sr_tok_is(d, t, W[k]))
				return true;
	return false;
}

/* ---- reading a mention ------------------------------------------------------------ */

/* Are the words [start, end) who says a toll, a party or not ("the army
 * confirmed", "authorities counted")? */
static bool counted_by(const sr_coding *c, size_t start, size_t end)
{
	const sr_doc *d = c->doc;
	for (size_t k = 0; k < c->layers.n_sources; k++) {
		const sr_source *s = &c->layers.sources[k];
		if (start < s->end && s->start < end)
			return true;
	}
	/* ("counted 12 dead", "recorded 16 deaths": no reporting verb of
	 * the sources layer, a count's) */
	size_t t = sr_tok_at(d, end - 1) + 1;
	if (t < d->n_tokens && d->tokens[t].pos == SR_POS_ADV)
		t++;
	if (t >= d->n_tokens)
		return false;
	/* ("put the toll at 22", "placed the death toll at 9") */
	if (sr_tok_is(d, t, "put") || sr_tok_is(d, t, "puts") || sr_tok_is(d, t, "placed") || sr_tok_is(d, t, "estimated"))
		for (size_t k = t + 1; k < d->n_tokens && k <= t + 4; k++)
			if (sr_tok_is(d, k, "toll"))
				return true;
	return sr_tok_is(d, t, "counted") || sr_tok_is(d, t, "recorded") || sr_tok_is(d, t, "confirmed") ||
	       sr_tok_is(d, t, "reported");
}

/* Do any of the layers' sources (who reports) cover the bytes?  Not one
 * that claims responsibility: who claims an attack did it. */
static bool is_reporter(const sr_coding *c, size_t start, size_t end)
{
	const sr_doc *d = c->doc;
	for (size_t k = 0; k < c->layers.n_sources; k++) {
		const sr_source *s = &c->layers.sources[k];
		if (!(start < s->end && s->start < end))
			continue;
		/* a party that says what it did itself ("the army said it had
		 * killed dozens of rebels") is its actor, and its claim's source */
		if (s->type == SR_SRC_PARTY) {
			/* (a ministry, an official, a spokesman speaks; it does not
			 * fight: "the Interior Ministry said the attacker ...") */
			static const char *const SPEAKERS[] = {"ministry", "minister", "spokesman", "spokeswoman",
			                                       "spokesperson", "official", "officials", "governor",
			                                       "office", "statement", "ministries"};
			bool speaker = false;
			for (size_t i = sr_tok_at(d, s->start); i < d->n_tokens && d->tokens[i].start < s->end && !speaker; i++)
				for (size_t w = 0; w < sizeof SPEAKERS / sizeof *SPEAKERS && !speaker; w++)
					speaker = sr_tok_is(d, i, SPEAKERS[w]);
			if (!speaker)
				continue;
		}
		size_t t = sr_tok_at(d, s->verb_start);
		bool claim = false;
		for (size_t i = t + 1; i < d->n_tokens && i <= t + 3; i++)
			claim = claim || sr_tok_is(d, i, "responsibility") || sr_tok_is(d, i, "credit");
		if (!claim)
			return true;
	}
	return false;
}

/* Is a country's code given to words that name one of its cities ("Kabul
 * voter centre blast", "in Kabul suicide attack")? Then they are the
 * place, not its state. */
static bool city_as_country(const sr_coding *c, const sr_event_actor *a)
{
	if (strlen(a->code) != 3 || a->end <= a->start)
		return false;
	const char *t = c->doc->text;
	size_t n = a->end - a->start;
	/* the end of a longer name ("Mocimboa da Praia", "Vila de Praia") */
	const sr_doc *d = c->doc;
	size_t at = sr_tok_at(d, a->start);
	static const char *const LINK[] = {"da", "de", "do", "dos", "das", "del", "di", "du", "la", NULL};
	if (at >= 2 && (d->tokens[at - 2].flags & SR_TF_CAP))
		for (const char *const *w = LINK; *w; w++)
			if (sr_tok_is(d, at - 1, *w))
				return true;
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *p = &c->layers.places[k];
		if (!p->resolved || p->kind != SR_PLACE_TOPONYM || p->precision > SR_GEO_ADMIN1)
			continue;
		/* these words, or the same words placed elsewhere in the text */
		if ((p->start <= a->start && p->end >= a->end) ||
		    (p->end - p->start == n && sr_ascii_ncaseeq(t + p->start, t + a->start, n)))
			return true;
	}
	return false;
}

static void party_of_(const sr_coding *c, const sr_event_actor *a, party *p, bool own_word);

/* Is actor a a country's bare name ending places named one within the
 * next ("raided Juhudi village near Mpeketoni, Lamu county, Kenya",
 * "in Frontera Comalapa municipality, Chiapas (Mexico)"): where, not
 * whom? */
static bool ends_places(const sr_coding *c, const sr_event_actor *a)
{
	const sr_doc *d = c->doc;
	if (strlen(a->code) != 3 || a->end <= a->start)
		return false;
	size_t t0 = sr_tok_at(d, a->start);
	if (t0 < 3 || !(sr_tok_is(d, t0 - 1, ",") || sr_tok_is(d, t0 - 1, "(")))
		return false;
	for (size_t k = 0; k < c->layers.n_places; k++)
		if (c->layers.places[k].end == d->tokens[t0 - 2].end && c->layers.places[k].precision != SR_GEO_COUNTRY)
			return true;
	/* ("Kaura Namoda LGA, Zamfara State, Nigeria") */
	static const char *const KIND[] = {"region", "province", "state", "district", "county", "lga", "governorate",
	                                   "municipality", "department", "oblast", "raion", "township", "division", NULL};
	for (const char *const *w = KIND; *w; w++)
		if (sr_tok_is(d, t0 - 2, *w) && (d->tokens[t0 - 3].flags & SR_TF_CAP))
			return true;
	return false;
}

/* The party an actor the coding found names (an actor with no verb of
 * its own: "it" of "The Arakan Army said it had captured"). */
static void party_of_mention(const sr_coding *c, const sr_mention *am, party *p, bool own_word)
{
	sr_event_actor ea;
	memset(&ea, 0, sizeof ea);
	snprintf(ea.code, sizeof ea.code, "%s", am->code);
	ea.start = am->start;
	ea.end = am->end;
	party_of_(c, &ea, p, own_word);
	/* (the code the party keeps is the coding's, which outlives this
	 * frame) */
	if (p->code == ea.code)
		p->code = am->code;
}

static void party_of(const sr_coding *c, const sr_event_actor *a, party *p)
{
	party_of_(c, a, p, false);
}

/* own_word: an armed group that announces what it does itself ("two
 * armed groups announced their merger") is its actor, not only who
 * reports it */
static void party_of_(const sr_coding *c, const sr_event_actor *a, party *p, bool own_word)
{
	bool held = false; /* its words are those of a post it holds */
	memset(p, 0, sizeof *p);
	if (a->end <= a->start && !a->code[0])
		return;
	if (a->end > a->start && !own_word && is_reporter(c, a->start, a->end))
		return; /* who reports is attribution, never an actor */
	if (city_as_country(c, a))
		return;
	/* a country's bare code after "in", "near", "across": where, not whom
	 * ("attacked a church in northern Burkina Faso") */
	if (strlen(a->code) == 3 && a->end > a->start) {
		size_t t = sr_tok_at(c->doc, a->start);
		for (size_t k = t, steps = 0; k-- > 0 && steps < 3; steps++) {
			const sr_doc *d = c->doc;
			if (sr_tok_is(d, k, "in") || sr_tok_is(d, k, "near") || sr_tok_is(d, k, "across") ||
			    sr_tok_is(d, k, "inside") || sr_tok_is(d, k, "outside") || sr_tok_is(d, k, "at") ||
			    sr_tok_is(d, k, "throughout"))
				return;
			/* "Lake Chad", "the Gulf of Aden": a feature's name */
			if (k + 1 == t && (sr_tok_is(d, k, "lake") || sr_tok_is(d, k, "gulf") || sr_tok_is(d, k, "sea") ||
			                   sr_tok_is(d, k, "river") || sr_tok_is(d, k, "bay") || sr_tok_is(d, k, "basin")))
				return;
			/* "the border with Niger" */
			if (sr_tok_is(d, k, "with") && k > 0 &&
			    (sr_tok_is(d, k - 1, "border") || sr_tok_is(d, k - 1, "borders") || sr_tok_is(d, k - 1, "frontier")))
				return;
			if (d->tokens[k].pos != SR_POS_ADJ && d->tokens[k].pos != SR_POS_DET)
				break;
		}
	}
	if (a->end > a->start) {
		/* a body by whose building something happened ("near the
		 * ministry", "outside parliament") is where, not whom */
		size_t t0 = sr_tok_at(c->doc, a->start);
		size_t tb = t0 > 0 && c->doc->tokens[t0 - 1].pos == SR_POS_DET ? t0 - 1 : t0;
		static const char *const BY[] = {"near", "outside", "behind", "opposite", "beside", NULL};
		for (const char *const *w = BY; *w && tb > 0; w++)
			if (sr_tok_is(c->doc, tb - 1, *w))
				return;
		/* a country's bare name after "in", "of", "near" is where ("a
		 * hamlet near Tera in the Tillaberi region of Niger"), not whom */
		static const char *const WHERE[] = {"in", "near", "across", "throughout", "inside", NULL};
		/* ("of" after a part of a land: "the Tillaberi region of Niger",
		 * not "thousands of Chileans") */
		static const char *const PART[] = {"region", "province", "state", "district", "parts", "part", "north",
		                                   "south", "east", "west", "capital", "outskirts", "border", "city",
		                                   "town", "village", "territory", "areas", "area", NULL};
		if (strlen(a->code) == 3 && t0 > 0 && !(c->doc->tokens[t0 - 1].flags & SR_TF_CAP)) {
			for (const char *const *w = WHERE; *w; w++)
				if (sr_tok_is(c->doc, t0 - 1, *w))
					return;
			if (t0 > 1 && sr_tok_is(c->doc, t0 - 1, "of"))
				for (const char *const *w = PART; *w; w++)
					if (sr_tok_is(c->doc, t0 - 2, *w))
						return;
		}
	}
	/* those a victim is said to work with ("11 men accused of
	 * collaborating with the army") are no party to what was done */
	if (a->end > a->start) {
		size_t t0 = sr_tok_at(c->doc, a->start);
		static const char *const WITH[] = {"collaborating", "collaboration", "cooperating", "working", "spying",
		                                   "informing", "informants", "informers", "links", "ties", NULL};
		for (size_t k = t0, steps = 0; k-- > 0 && steps < 3; steps++)
			for (const char *const *w = WITH; *w; w++)
				if (sr_tok_is(c->doc, k, *w))
					return;
	}
	/* a country's bare code before a noun modifies it: "the Pakistan Stock
	 * Exchange", "Kabul University" */
	if (strlen(a->code) == 3 && a->end > a->start) {
		size_t t = sr_tok_at(c->doc, a->end - 1) + 1;
		if (t < c->doc->n_tokens && c->doc->tokens[t].start == a->end + 1 &&
		    (c->doc->tokens[t].pos == SR_POS_NOUN || c->doc->tokens[t].pos == SR_POS_PROPN) &&
		    !sr_inc_tok_in(c->doc, t, W_ARMED))
			return;
		/* (and before another's: "Pakistani and Indian students") */
		if (t + 2 < c->doc->n_tokens && (sr_tok_is(c->doc, t, "and") || sr_tok_is(c->doc, t, "or")) &&
		    (c->doc->tokens[t + 1].flags & SR_TF_CAP) && c->doc->tokens[t + 2].pos == SR_POS_NOUN &&
		    !sr_inc_tok_in(c->doc, t + 2, W_ARMED))
			return;
	}
	/* "a police station", "an army base", "fighter jets": a place or a
	 * thing named after them */
	if (a->end > a->start) {
		size_t t = sr_tok_at(c->doc, a->end - 1) + 1;
		static const char *const PLACE_NOUNS[] = {"station", "stations", "headquarters", "base", "bases", "post",
		                                          "posts", "checkpoint", "checkpoints", "camp", "camps", "barracks",
		                                          "compound", "building", "office", "offices", "academy", "school",
		                                          "hospital", "facility", "depot", "outpost", "outposts", "position",
		                                          "positions", "jet", "jets", "plane", "planes", "aircraft",
		                                          "helicopter", "helicopters", "vehicle", "vehicles", "uniform",
		                                          "uniforms", "parade", "band", "day", "anniversary", "museum",
		                                          "area", "areas"};
		/* (but the aircraft that act are their forces': "Israeli
		 * military aircraft struck") */
		bool craft_act = t + 1 < c->doc->n_tokens && c->doc->tokens[t + 1].pos == SR_POS_VERB &&
		                 (sr_tok_is(c->doc, t, "aircraft") || sr_tok_is(c->doc, t, "jets") ||
		                  sr_tok_is(c->doc, t, "planes") || sr_tok_is(c->doc, t, "helicopters") ||
		                  sr_tok_is(c->doc, t, "jet") || sr_tok_is(c->doc, t, "helicopter"));
		/* (a post of armed men is held by them: "stormed a Nigerian Army
		 * base" fights the army) */
		static const char *const HELD[] = {"base", "bases", "barracks", "outpost", "outposts", "checkpoint",
		                                   "checkpoints", "post", "posts", "position", "positions", NULL};
		for (size_t k = 0; !craft_act && t < c->doc->n_tokens && k < sizeof PLACE_NOUNS / sizeof *PLACE_NOUNS; k++)
			if (sr_tok_is(c->doc, t, PLACE_NOUNS[k]) && c->doc->tokens[t].start == a->end + 1) {
				for (const char *const *h = HELD; *h && !held; h++)
					held = sr_tok_is(c->doc, t, *h);
				if (!held)
					return;
			}
	}
	sr_actor_kind_of(a->code, c->doc, a->start, a->end, &p->k);
	if (held && !armed(p->k.inter))
		return;
	if (p->k.institution || p->k.inter == SR_INTER_NONE)
		return; /* a body that reports, aids or judges is no party */
	/* a former fighter, a retired soldier: no longer armed */
	if (a->end > a->start) {
		size_t t0 = sr_tok_at(c->doc, a->start);
		for (size_t t = t0 ? t0 - 1 : t0; t < c->doc->n_tokens && c->doc->tokens[t].start < a->end && t < t0 + 3; t++)
			if (sr_tok_is(c->doc, t, "former") || sr_tok_is(c->doc, t, "retired") || sr_tok_is(c->doc, t, "ex") ||
			    sr_tok_is(c->doc, t, "demobilised") || sr_tok_is(c->doc, t, "demobilized"))
				if (armed(p->k.inter)) {
					p->k.inter = SR_INTER_CIVILIANS;
					p->k.state = 0;
					snprintf(p->k.role, sizeof p->k.role, "CVL");
				}
	}
	p->code = a->code[0] ? a->code : NULL;
	p->start = a->start;
	p->end = a->end;
	p->present = true;
}

/* The kind of group the words right after a count's number name ("14
 * civilians", "five soldiers", "a policeman"); false when none. */
static bool count_group(const sr_doc *d, const sr_count *x, sr_actor_kind *k)
{
	size_t t = sr_tok_at(d, x->num_end ? x->num_end - 1 : x->num_start);
	size_t s = d->sentences[x->sentence].first_token, e = s + d->sentences[x->sentence].n_tokens;
	/* "killing 14 civilians", "Forty GNA soldiers": the number's own noun
	 * phrase (not "Twelve killed as Syrian troops shelled") */
	for (size_t i = t + 1; i < e && i <= t + 4; i++) {
		int p = d->tokens[i].pos;
		/* (the word right after the number is its noun whatever its tag:
		 * "killed 14 assailants") */
		if (d->tokens[i].kind == SR_TOK_PUNCT ||
		    !(p == SR_POS_NOUN || p == SR_POS_PROPN || p == SR_POS_ADJ || (i == t + 1 && d->tokens[i].kind == SR_TOK_WORD)))
			break;
		if (sr_actor_kind_words(d, i, i + 1, k))
			return true;
	}
	/* "a man was killed": the words of the count itself */
	size_t a = sr_tok_at(d, x->start), b = sr_tok_at(d, x->end ? x->end - 1 : x->start);
	bool found = b >= a && sr_actor_kind_words(d, a, b + 1, k);
	/* one person named ("Leobardo Reyes Pineda, host of a news
	 * programme, was shot dead"): a civilian, unless the words say one
	 * bore arms */
	/* (what they are is the head of its phrase: an "indigenous guard
	 * coordinator" bears none) */
	size_t n0 = sr_tok_at(d, x->num_start);
	bool bore_arms = false;
	if (found && (armed(k->inter) || k->inter == SR_INTER_PROTESTERS))
		for (size_t q = a; q <= b && !bore_arms; q++) {
			sr_actor_kind w;
			bore_arms = sr_actor_kind_words(d, q, q + 1, &w) && (armed(w.inter) || w.inter == SR_INTER_PROTESTERS) &&
			            !(q + 1 <= b && d->tokens[q + 1].pos == SR_POS_NOUN);
		}
	if (x->best == 1 && n0 + 1 < e && (d->tokens[n0].pos == SR_POS_PROPN || d->tokens[n0].pos == SR_POS_NOUN) &&
	    (d->tokens[n0].flags & SR_TF_CAP) &&
	    d->tokens[n0 + 1].pos == SR_POS_PROPN && (d->tokens[n0 + 1].flags & SR_TF_CAP) && !bore_arms) {
		memset(k, 0, sizeof *k);
		k->inter = SR_INTER_CIVILIANS;
		snprintf(k->role, sizeof k->role, "CVL");
		return true;
	}
	return found;
}

/* Does the sentence name a party of conflict: armed men, victims, a
 * crowd, or a count of the killed, wounded or taken? */
static bool sentence_has_party(const sr_coding *c, size_t s, int fam)
{
	const sr_doc *d = c->doc;
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++) {
		uint32_t cl = sr_inc_token_classes(d, t);
		if (cl >> W_ARMED & 1)
			return true;
		if (fam == FAM_DEMO && (cl >> W_PROTEST & 1))
			return true;
		/* (a crowd counted: "thousands gathered", "around 400
		 * demobilised war veterans") */
		if (fam == FAM_DEMO && (sr_tok_is(d, t, "thousands") || sr_tok_is(d, t, "hundreds") ||
		                        sr_tok_is(d, t, "dozens") || sr_tok_is(d, t, "crowds") || sr_tok_is(d, t, "crowd")))
			return true;
		if (fam == FAM_DEMO && d->tokens[t].kind == SR_TOK_NUMBER)
			for (size_t k = t + 1; k < to && k <= t + 4; k++) {
				if (d->tokens[k].pos != SR_POS_ADJ && d->tokens[k].pos != SR_POS_NOUN &&
				    d->tokens[k].pos != SR_POS_VERB)
					break;
				size_t l = d->tokens[k].end - d->tokens[k].start;
				if (d->tokens[k].pos == SR_POS_NOUN && l > 3 && d->text[d->tokens[k].end - 1] == 's' &&
				    !sr_inc_tok_in(d, k, W_WEAPON))
					return true;
			}
		/* a weapon of war names its user: shelling, an IED, chlorine */
		if (fam != FAM_DEMO && (cl >> W_WEAPON & 1))
			return true;
	}
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *x = &c->layers.counts[k];
		if (x->sentence == s && !x->rejected && !x->cumulative &&
		    (x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED || x->kind == SR_COUNT_CASUALTIES ||
		     x->kind == SR_COUNT_KIDNAPPED || (fam != FAM_VIOLENCE && x->kind == SR_COUNT_ARRESTED)))
			return true;
	}
	/* the names of armed fighting ("clashes", "shelling", "air strikes")
	 * placed somewhere the gazetteer knows */
	if (fam == FAM_VIOLENCE) {
		bool fighting = false, placed = false;
		static const char *const FIGHTING[] = {"clashes", "clashed", "fought", "battled", "fighting", "shelling",
		                                       "airstrikes", "airstrike",
		                                       "bombardment", "gunfight", "firefight", "ambush", "gunbattle",
		                                       "raids", "raid", "attack", "attacks", "attacked", "bombed",
		                                       "bombing", "killed", "shelled", "drone"};
		for (size_t t = from; t < to && !fighting; t++) {
			for (size_t w = 0; w < sizeof FIGHTING / sizeof *FIGHTING && !fighting; w++)
				fighting = sr_tok_is(d, t, FIGHTING[w]);
			fighting = fighting || (t > from && sr_tok_is(d, t, "strikes") && sr_tok_is(d, t - 1, "air"));
		}
		/* (a people's name places it when people died: "Several killed
		 * in attacks in Afghan north") */
		bool dead = false;
		for (size_t t = from; t < to && !dead; t++)
			dead = sr_tok_is(d, t, "killed") || sr_tok_is(d, t, "dead") || sr_tok_is(d, t, "wounded");
		for (size_t k = 0; k < c->layers.n_places && fighting && !placed; k++)
			placed = c->layers.places[k].sentence == s && c->layers.places[k].resolved &&
			         (c->layers.places[k].kind == SR_PLACE_TOPONYM ||
			          (dead && c->layers.places[k].kind == SR_PLACE_DEMONYM));
		if (fighting && placed)
			return true;
	}
	if (fam == FAM_DEMO) {
		/* "protests", "demonstrations": the words say it; "rally",
		 * "march", "strike" need who took part: people, students, workers */
		for (size_t t = from; t < to; t++) {
			const sr_token *k = &d->tokens[t];
			if (k->end - k->start >= 7 && (sr_ascii_ncaseeq(d->text + k->start, "protest", 7) ||
			                               sr_ascii_ncaseeq(d->text + k->start, "demonstra", 7)))
				return true;
		}
		for (size_t t = from; t < to; t++)
			if (sr_inc_tok_in(d, t, W_CIVILIAN))
				return true;
	}
	return false;
}

/* Does the sentence count people before token vt ("Hundreds of young
 * people", "Some 2,000 students", "thousands")? */
static bool crowd_counted(const sr_doc *d, size_t s, size_t vt)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < vt && t < to; t++) {
		bool many = sr_tok_is(d, t, "hundreds") || sr_tok_is(d, t, "thousands") || sr_tok_is(d, t, "dozens") ||
		            sr_tok_is(d, t, "scores") || sr_tok_is(d, t, "tens");
		bool number = d->tokens[t].kind == SR_TOK_NUMBER || d->tokens[t].pos == SR_POS_NUM;
		if (!many && !number)
			continue;
		/* its people within a few words: "of young people", "students" */
		for (size_t k = t + 1; k < vt && k <= t + 4; k++)
			if (sr_inc_tok_in(d, k, W_CIVILIAN) || sr_tok_is(d, k, "protesters") ||
			    sr_tok_is(d, k, "demonstrators") || sr_tok_is(d, k, "supporters") || sr_tok_is(d, k, "members"))
				return true;
		if (many && t + 1 < to && !sr_tok_is(d, t + 1, "of"))
			return true; /* "thousands marched" */
		/* (a number of people of any name right before the verb: "Around
		 * 5,000 royalists marched peacefully") */
		size_t k = t + 2;
		while (k < vt && d->tokens[k].pos == SR_POS_ADV)
			k++;
		const sr_token *nt = t + 1 < to ? &d->tokens[t + 1] : NULL;
		if (number && nt && k == vt && nt->pos == SR_POS_NOUN && nt->end - nt->start > 3 &&
		    (d->text[nt->end - 1] == 's' || d->text[nt->end - 1] == 'S'))
			return true;
	}
	/* (or the members of a body: "members of the NLC marched",
	 * "supporters of the PTI rallied") */
	static const char *const OF[] = {"members", "supporters", "activists", "followers", "cadres", "workers", NULL};
	for (size_t t = vt > from + 8 ? vt - 8 : from; t + 1 < vt; t++)
		if (sr_tok_is(d, t + 1, "of"))
			for (const char *const *w = OF; *w; w++)
				if (sr_tok_is(d, t, *w))
					return true;
	return false;
}


/* Is the word at t a name of armed fighting no sport or market uses
 * ("air strikes", "shelling", "a gunfight"), in a sentence that places
 * it somewhere the gazetteer knows ("Clashes in Al-Barqa")? */
static bool war_noun_placed(const sr_coding *c, size_t s, size_t t)
{
	static const char *const W[] = {"airstrikes", "airstrike", "shelling", "gunfight", "gunfights", "firefight",
	                                "bombardment", "gunbattle", "clashes", NULL};
	const sr_doc *d = c->doc;
	bool war = false;
	for (size_t k = 0; W[k] && !war; k++)
		war = sr_tok_is(d, t, W[k]);
	war = war || (sr_tok_is(d, t, "air") && t + 1 < d->n_tokens &&
	              (sr_tok_is(d, t + 1, "strikes") || sr_tok_is(d, t + 1, "raids")));
	if (!war)
		return false;
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *p = &c->layers.places[k];
		if (p->sentence == s && p->resolved && p->kind == SR_PLACE_TOPONYM && p->precision <= SR_GEO_ADMIN1)
			return true;
	}
	return false;
}

/* Does the sentence name the marks of violence on a body (gunshot
 * wounds, torture, burns)? */
static bool marks_of_violence(const sr_doc *d, size_t s)
{
	static const char *const MARK[] = {"torture", "tortured", "gunshot", "bullet", "bullets", "executed", "charred",
	                                   "stabbed", "stab", "beheaded", "mutilated", "shot", "bound", "strangled",
	                                   "killed", "murdered", "slain", "tied", "riddled", "bullet-riddled",
	                                   "blindfolded", "decapitated", "dismembered", "wounds", "handcuffed", "wrapped", NULL};
	return sentence_has_word(d, s, MARK);
}

/* Does the sentence tell of a body found with the marks of violence
 * ("They find a body with signs of torture", "the charred remains of a
 * man were found")? */
static bool body_found(const sr_doc *d, size_t s)
{
	static const char *const FOUND[] = {"find",   "finds",   "found",      "locate",   "located", "locates",
	                                    "discover", "discovered", "recovered", "dumped", NULL};
	static const char *const BODY[] = {"body", "bodies", "remains", "corpse", "corpses", NULL};
	return sentence_has_word(d, s, FOUND) && sentence_has_word(d, s, BODY) && marks_of_violence(d, s);
}

/* Does the sentence say the victims were accused of a crime ("two
 * alleged kidnappers", "a man they accused of robbing a bus", "suspected
 * thieves")? */
/* Are a people named in or just before the words [start, end) ("Dinka
 * Bor herders", "Tiv farmers")? */
/* The people named in or just before the words [start, end), as the
 * identity militia k's when k is given ("Fulani herdsmen": Fulani). */
static bool people_of(const sr_doc *d, size_t start, size_t end, sr_actor_kind *k)
{
	if (end <= start)
		return false;
	size_t a = sr_tok_at(d, start), b = sr_tok_at(d, end - 1);
	if (sr_actor_people(d, a >= 3 ? a - 3 : 0, b + 1, k))
		return true;
	/* "armed youth suspected to be from the Murle community" */
	size_t e = d->n_tokens;
	bool from = false;
	for (size_t t = b + 1; t < e && t < b + 8 && d->tokens[t].kind != SR_TOK_PUNCT; t++) {
		if (sr_tok_is(d, t, "from") || sr_tok_is(d, t, "of") || sr_tok_is(d, t, "belonging"))
			from = true;
		else if (from && sr_actor_people(d, t, t + 1, k))
			return true;
	}
	return false;
}

/* Are the words [start, end), or the three before them, those of a
 * community's armed men ("armed Murle youths", "Fulani herdsmen")? */
static bool communal_words(const sr_doc *d, size_t start, size_t end)
{
	if (end <= start)
		return false;
	if (people_of(d, start, end, NULL))
		return true;
	size_t a = sr_tok_at(d, start), b = sr_tok_at(d, end - 1);
	for (size_t t = a >= 3 ? a - 3 : 0; t <= b && t < d->n_tokens; t++)
		if (sr_tok_is(d, t, "armed") || sr_inc_tok_in(d, t, W_IDENTITY))
			return true;
	return false;
}


/* Does sentence s tell of fighting ("sparking heavy fighting", "clashes
 * erupted", "fought")? */
static bool fighting_said(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"fighting", "fought", "clashes", "clashed", "clash", "battled", "gunfight",
	                                "firefight", "exchanged", NULL};
	return sentence_has_word(d, s, W);
}

/* The words of guns used: "shooting sleeping residents", "armed men". */
static const char *const SHOOTING[] = {"shot",  "shooting", "shoot", "gunfire", "gun",     "guns", "rifles",
                                       "armed", "gunmen",   "firing", "bullets", "machetes", NULL};

/* The words that say who is suspected of a crime. */
static const char *const SUSPECTED[] = {"accused", "alleged", "allegedly", "suspected", "accusing", "suspicion",
                                        "caught", "catching", NULL};

static bool mob_justice(const sr_doc *d, size_t s)
{
	static const char *const CRIME[] = {"thief",    "thieves",  "robber",    "robbers",   "robbing",  "robbery",
	                                    "stealing", "stole",    "theft",     "kidnapper", "kidnappers", "witch",
	                                    "witches",  "witchcraft", "sorcery", "blasphemy", "rapist",   "rustler",
	                                    "rustlers", "rustling", "burglar",   "burglars",  "pickpocket", "looting",
	                                    "gang",     "gangs",    "criminals", "criminal",  "breaking", "burglary",
	                                    "killing",  "murder",   "beef",      "cow",       "cows",     "cattle",
	                                    "smuggling", "extortion", "extortionist", "extortionists", "extorting",
	                                    "housebreaking", "house-breaking", "burglaries", "carjacking", "mugging",
	                                    "abducting", "abductor", "abductors", "kidnapping", "desecrating",
	                                    "desecration", "blasphemous", "sorcerer", "sorcerers", "lifter",
	                                    "lifters",  "child-lifter", "child-lifters", "trafficker", "traffickers",
	                                    "trafficking", "stolen", NULL};
	return sentence_has_word(d, s, SUSPECTED) && sentence_has_word(d, s, CRIME);
}

/* mob_justice, the words that qualify the doers [a, b) set aside:
 * "Suspected herdsmen attacked a village, killing 12" suspects the
 * attackers, no victim of a mob. */
static bool mob_justice_of(const sr_doc *d, size_t s, size_t a, size_t b)
{
	if (!mob_justice(d, s))
		return false;
	if (b <= a)
		return true;
	size_t t0 = sr_tok_at(d, a), t1 = sr_tok_at(d, b - 1) + 1;
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++)
		if (sr_tok_in(d, t, SUSPECTED) && !(t + 2 >= t0 && t < t1))
			return true;
	return false;
}

/* Are the people before word start a crowd ("hundreds of men", "a crowd
 * of residents", "dozens of youths")? */
static bool crowd_of(const sr_doc *d, size_t start, size_t end)
{
	static const char *const CROWD[] = {"hundreds", "dozens", "thousands", "scores", "crowd", "crowds", "mob", NULL};
	size_t t = sr_tok_at(d, start), e = sr_tok_at(d, end - 1) + 1;
	for (size_t k = t; k < e; k++)
		for (const char *const *w = CROWD; *w; w++)
			if (sr_tok_is(d, k, *w))
				return true;
	return word_just_before(d, t, 4, CROWD);
}

/* Are the words [start, end) weapons alone ("artillery", "heavy
 * weapons", "drones")? */
static bool weapon_words(const sr_doc *d, size_t start, size_t end)
{
	size_t t = sr_tok_at(d, start);
	bool any = false;
	for (; t < d->n_tokens && d->tokens[t].start < end; t++) {
		if (d->tokens[t].kind != SR_TOK_WORD)
			continue;
		if (!sr_inc_tok_in(d, t, W_WEAPON) && d->tokens[t].pos != SR_POS_ADJ)
			return false;
		any = any || sr_inc_tok_in(d, t, W_WEAPON);
	}
	return any;
}

/* Does the sentence tell of something set on fire or ransacked? */
static bool arson_in(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"fire",       "ablaze",     "torched", "torching", "burned", "burnt",
	                                "ransacked",  "vandalised", "vandalized", "looted", "alight", "arson",
	                                NULL};
	return sentence_has_word(d, s, W);
}

/* Does sentence s tell of a crowd's violence: things thrown ("threw
 * flares, chairs and bottles", "pelted police with stones"), fire set
 * ("torched a police post", "set a police car alight", "burning tyres"),
 * petrol bombs? ("opened fire" is no fire set.) */
static bool crowd_violence(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"threw",   "throwing", "thrown", "hurled", "hurling", "pelted",  "pelting",
	                                "stoned",  "stoning",
	                                "torched", "torching", "ablaze", "alight",  "arson",   "ransacked",
	                                "molotov", "vandalised", "vandalized", "smashed", "smashing", NULL};
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++) {
		if (sr_tok_in(d, t, W))
			return true;
		if (sr_tok_is(d, t, "set") && t + 2 < to && sr_tok_is(d, t + 1, "fire") && sr_tok_is(d, t + 2, "to"))
			return true; /* "set fire to the residence" */
		if (sr_tok_is(d, t, "set") && t + 4 < to)
			for (size_t q = t + 1; q < t + 6 && q < to; q++)
				if (sr_tok_is(d, q, "fire") && q > t + 1 && sr_tok_is(d, q - 1, "on"))
					return true;
		if (sr_tok_is(d, t, "burning") && t + 1 < to && (sr_tok_is(d, t + 1, "tyres") || sr_tok_is(d, t + 1, "tires")))
			return true;
		/* a building stormed or broken into by the crowd ("protesters
		 * who broke into the Parliament buildings", "supporters stormed
		 * the court"), not by the police */
		bool storm = sr_tok_is(d, t, "stormed") || sr_tok_is(d, t, "storming") ||
		             ((sr_tok_is(d, t, "broke") || sr_tok_is(d, t, "breaking")) && t + 1 < to &&
		              sr_tok_is(d, t + 1, "into"));
		for (size_t k = t, steps = 0; storm && k-- > from && steps < 3; steps++) {
			if (sr_inc_tok_in(d, k, W_STATE_AGENT))
				break;
			if (sr_inc_tok_in(d, k, W_PROTEST) || sr_tok_is(d, k, "supporters") || sr_tok_is(d, k, "crowd") ||
			    sr_tok_is(d, k, "crowds"))
				return true;
		}
	}
	return false;
}

/* Does the sentence tell of an armed group formed ("the formation of the
 * Chinland Defense Force", "the creation of a new militia")? */
static bool armed_group_formed(const sr_doc *d, size_t s)
{
	static const char *const FORCE[] = {"force", "forces", "army", "front", "militia", "brigade", "brigades",
	                                    "battalion", "guard", "movement", "group", NULL};
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t + 1 < to; t++)
		if ((sr_tok_is(d, t, "formation") || sr_tok_is(d, t, "creation") || sr_tok_is(d, t, "founding")) &&
		    sr_tok_is(d, t + 1, "of"))
			for (size_t q = t + 2; q < to && q < t + 10 && d->tokens[q].kind != SR_TOK_PUNCT; q++) {
				if (sr_tok_in(d, q, FORCE))
					return true;
				/* ("Defense Force-Mindat") */
				const char *w = d->text + d->tokens[q].start, *dash = memchr(w, '-', d->tokens[q].end - d->tokens[q].start);
				for (size_t f = 0; dash && FORCE[f]; f++)
					if ((size_t)(dash - w) == strlen(FORCE[f]) && sr_ascii_ncaseeq(w, FORCE[f], strlen(FORCE[f])))
						return true;
			}
	return false;
}

/* Does the sentence tell of rioting: stones, fireworks or petrol bombs
 * thrown, police attacked, barricades? */
static bool riot_word_in(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"threw",      "throwing",  "hurled",     "pelted", "stones",  "rocks",
	                                "fireworks",  "molotov",   "barricades", "rioted", "rioting", "rioters",
	                                "clashed",    "protesters", "demonstrators", "barricaded", "tyres", "tires",
	                                NULL};
	return sentence_has_word(d, s, W);
}

/* Does the sentence name a protest ("protesters", "a demonstration", "a
 * rally")? */
/* Are people, or a number of them, named before token vt in sentence s
 * ("dozens of unemployed graduates", "tens of thousands", "farmers")? */
static bool crowd_before(const sr_doc *d, size_t s, size_t vt)
{
	size_t first = d->sentences[s].first_token;
	for (size_t t = vt, steps = 0; t-- > first && steps < 12; steps++)
		if (sr_inc_tok_in(d, t, W_CIVILIAN) || sr_inc_tok_in(d, t, W_PROTEST) || sr_tok_is(d, t, "thousands") ||
		    sr_tok_is(d, t, "hundreds") || sr_tok_is(d, t, "dozens") || sr_tok_is(d, t, "graduates") ||
		    sr_tok_is(d, t, "depositors") || sr_tok_is(d, t, "supporters") || sr_tok_is(d, t, "members"))
			return true;
	return false;
}

/* Does sentence s tell of a crowd gathered before the verb at vt ("20
 * women gathered near the ministry before ...", "a crowd")? */
static bool crowd_gathered(const sr_doc *d, size_t s, size_t vt)
{
	static const char *const W[] = {"gathered", "gathering", "crowd", "crowds", "assembled", "congregated", NULL};
	return crowd_before(d, s, vt) || words_in(d, d->sentences[s].first_token, vt, W);
}

/* Does sentence s say what a crowd wants or opposes ("demanding",
 * "to demand", "against the plan", "calling for", "in protest at")? */
static bool demand_said(const sr_doc *d, size_t s)
{
	const sr_sentence *se = &d->sentences[s];
	for (size_t t = se->first_token; t < se->first_token + se->n_tokens && t < d->n_tokens; t++)
		if (sr_tok_is(d, t, "demand") || sr_tok_is(d, t, "demanding") || sr_tok_is(d, t, "demanded") ||
		    sr_tok_is(d, t, "against") || sr_tok_is(d, t, "denounce") || sr_tok_is(d, t, "denouncing") ||
		    sr_tok_is(d, t, "condemn") || sr_tok_is(d, t, "condemning") || sr_tok_is(d, t, "protest") ||
		    sr_tok_is(d, t, "protesting") || sr_tok_is(d, t, "demands") ||
		    (sr_tok_is(d, t, "calling") && t + 1 < d->n_tokens && sr_tok_is(d, t + 1, "for")))
			return true;
	return false;
}

/* Is token t, of a sentence ending before token to, a demonstration's
 * word ("protest", "demonstrators", "a rally", "marched", "a sit-in")?
 * With crowds, a crowd's word too ("supporters", "a mob"). */
static bool demonstration_word(const sr_doc *d, size_t t, size_t to, bool crowds)
{
	const sr_token *k = &d->tokens[t];
	if ((k->end - k->start >= 7 && (sr_ascii_ncaseeq(d->text + k->start, "protest", 7) ||
	                                sr_ascii_ncaseeq(d->text + k->start, "demonstr", 8))) ||
	    sr_tok_is(d, t, "rally") || sr_tok_is(d, t, "rallies") || sr_tok_is(d, t, "march") ||
	    sr_tok_is(d, t, "marched") || sr_tok_is(d, t, "sit-in") || (crowds && sr_inc_tok_in(d, t, W_PROTEST)))
		return true;
	if (crowds)
		return false;
	/* (and a strike, a crowd named by its cause: "anti-immigration
	 * rioters") */
	return sr_tok_is(d, t, "rallied") || sr_tok_is(d, t, "marchers") || sr_tok_is(d, t, "strike") ||
	       sr_tok_is(d, t, "strikers") ||
	       (k->end - k->start > 5 && sr_ascii_ncaseeq(d->text + k->start, "anti-", 5) && t + 1 < to &&
	        sr_inc_tok_in(d, t + 1, W_PROTEST));
}

/* Does the sentence name a demonstration ("protest", "demonstrators", "a
 * rally", "marched", "a sit-in", "a strike")? */
static bool demonstration_said(const sr_doc *d, size_t s)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++) {
		if (demonstration_word(d, t, to, false))
			return true;
		/* (a riot over a grievance: "students and residents rioted in
		 * Wamena over a rumoured racist remark") */
		if (sr_tok_is(d, t, "rioted") || sr_tok_is(d, t, "rioting") || sr_tok_is(d, t, "riots"))
			for (size_t k = t + 1; k < to && k < t + 10; k++)
				if (sr_tok_is(d, k, "over") || sr_tok_is(d, k, "against"))
					return true;
	}
	return false;
}

static bool protest_word_in(const sr_doc *d, size_t s)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++)
		if (demonstration_word(d, t, to, true))
			return true;
	return false;
}

/* Does the sentence tell of relief after a disaster: forces sent to
 * help, rescue, dig out? */
static bool relief_sentence(const sr_doc *d, size_t s)
{
	static const char *const HELP[] = {"help", "rescue", "rescued", "relief", "evacuate", "evacuated", "dig",
	                                   "trapped", "stranded", "aid", NULL};
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	bool disaster = false;
	for (size_t t = from; t < to && !disaster; t++) {
		uint32_t c = sr_inc_token_classes(d, t);
		disaster = (c >> W_NATURAL & 1) || (c >> W_MANMADE & 1) || (c >> W_WEATHER & 1);
	}
	return disaster && sentence_has_word(d, s, HELP);
}

/* Is the word at t one of a body found ("body", "bodies"; "found" in a
 * sentence of a body or the dead)? */
static bool body_word(const sr_doc *d, size_t t, size_t s)
{
	static const char *const BODY[] = {"body", "bodies", "remains", "corpse", "corpses", "dead", NULL};
	if (sr_tok_is(d, t, "body") || sr_tok_is(d, t, "bodies") || sr_tok_is(d, t, "charred"))
		return true;
	return (sr_tok_is(d, t, "found") || sr_tok_is(d, t, "find") || sr_tok_is(d, t, "finds") ||
	        sr_tok_is(d, t, "recovered")) &&
	       sentence_has_word(d, s, BODY);
}

/* Does the sentence name buildings or goods a crowd loots or burns? */
static bool property_in(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"shop",  "shops",    "store",      "stores",    "house",   "houses",   "home",
	                                "homes", "market",   "warehouse",  "warehouses", "business", "businesses",
	                                "car",   "cars",     "vehicles",   "property",  "properties", "church", "mosque",
	                                "office", "offices", "supermarket", "supermarkets", "mall", NULL};
	return sentence_has_word(d, s, W);
}

/* Does the sentence name explosives of war? */
static bool explosive_in(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"explosive", "explosives", "ied",      "ieds",  "landmine", "landmines", "mines",
	                                "bomb",      "bombs",      "grenade",  "grenades", "rockets", "mortar",  "mortars",
	                                "detonator", "detonators", "munitions", "shells", NULL};
	return sentence_has_word(d, s, W);
}

/* Is the mention's word one of business, sport or play rather than of
 * conflict: "rally" of shares, "march" of a month, "beat" in a score? */
/* Is the event word at t what someone means to end or prevent ("to end
 * months of clashes", "to stop the fighting", "prevent violence"), not
 * what happened?  ("ended in clashes" did happen.) */
static bool ended_object(const sr_doc *d, size_t s, size_t t)
{
	static const char *const ENDERS[] = {"end",     "ending",  "ended", "ends",  "stop",    "stopping", "halt",
	                                     "halting", "prevent", "avoid", "curb",  "resolve", "ease",     "defuse",
	                                     "averting", "avert",  "prevents", "preventing", NULL};
	size_t from = d->sentences[s].first_token;
	for (size_t k = t, steps = 0; k-- > from && steps < 5; steps++) {
		if (d->tokens[k].kind == SR_TOK_PUNCT)
			return false;
		for (size_t e = 0; ENDERS[e]; e++)
			if (sr_tok_is(d, k, ENDERS[e]))
				return !(sr_tok_is(d, k + 1, "in") || sr_tok_is(d, k + 1, "with") || sr_tok_is(d, k + 1, "up"));
		if (d->tokens[k].pos == SR_POS_VERB || d->tokens[k].pos == SR_POS_AUX)
			return false;
	}
	return false;
}

/* Does the sentence say its event raised a toll ("raising the death
 * toll to 45", "brings the number of dead to")? */
static bool raises_toll(const sr_doc *d, size_t s)
{
	size_t from = d->sentences[s].first_token, to = from + d->sentences[s].n_tokens;
	for (size_t t = from; t + 2 < to; t++) {
		if (!(sr_tok_is(d, t, "raising") || sr_tok_is(d, t, "raise") || sr_tok_is(d, t, "raises") ||
		      sr_tok_is(d, t, "bringing") || sr_tok_is(d, t, "brings") || sr_tok_is(d, t, "pushing")))
			continue;
		for (size_t k = t + 1; k < to && k < t + 5; k++)
			if (sr_tok_is(d, k, "toll") || sr_tok_is(d, k, "number"))
				return true;
	}
	return false;
}

static bool word_misread(const sr_doc *d, size_t t, int fam)
{
	if (fam == FAM_DEMO && (sr_tok_is(d, t, "rally") || sr_tok_is(d, t, "rallies") || sr_tok_is(d, t, "rallied") ||
	                        sr_tok_is(d, t, "march") || sr_tok_is(d, t, "marched") || sr_tok_is(d, t, "strike"))) {
		/* a march or a rally of people is a protest; of prices, a month or
		 * a team, none */
		/* (a march named is one: "the Women's March on Washington") */
		if (d->tokens[t].flags & SR_TF_CAP && sr_tok_is(d, t, "march")) {
			bool number = (t > 0 && d->tokens[t - 1].kind == SR_TOK_NUMBER) ||
			              (t + 1 < d->n_tokens && d->tokens[t + 1].kind == SR_TOK_NUMBER);
			bool named = t > 1 && d->tokens[t - 1].kind == SR_TOK_WORD && (d->tokens[t - 1].flags & SR_TF_CAP) &&
			             t - 1 > d->sentences[sr_sentence_at(d, t)].first_token;
			bool purpose = t + 1 < d->n_tokens &&
			               (sr_tok_is(d, t + 1, "on") || sr_tok_is(d, t + 1, "for") || sr_tok_is(d, t + 1, "against"));
			return number || !(named || purpose);
		}
	}
	return false;
}

/* Does the sentence tell of a disaster or an accident (an earthquake, a
 * plane crash, a blast at a plant) and of no armed men or weapons of war? */
static bool disaster_sentence(const sr_doc *d, size_t s)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	static const char *const WAR[] = {"attack",   "attacks",        "raid",      "raids",    "war",
	                                  "weapon",   "weapons",        "munitions", "bombardment",
	                                  /* a mine of war, not a mine's accident */
	                                  "landmine", "landmines",      "anti-personnel", "antipersonnel", "anti-tank",
	                                  "ordnance", "unexploded",     NULL};
	bool disaster = false;
	for (size_t t = from; t < to; t++) {
		uint32_t c = sr_inc_token_classes(d, t);
		disaster = disaster || (c >> W_NATURAL & 1) || (c >> W_MANMADE & 1);
		/* gas in an attack or a war is a weapon, not a leak */
		for (size_t k = 0; WAR[k]; k++)
			if (sr_tok_is(d, t, WAR[k]) && !(t > from && (sr_tok_is(d, t - 1, "heart") || sr_tok_is(d, t - 1, "panic") ||
			                                              sr_tok_is(d, t - 1, "asthma"))))
				return false;
		if ((c >> W_ARMED & 1) || ((c >> W_WEAPON & 1) && !sr_tok_is(d, t, "explosive") &&
		                           !sr_tok_is(d, t, "explosives")))
			return false;
	}
	return disaster;
}

/* Does the sentence tell of a crime and of no armed group? */
static bool crime_sentence(const sr_doc *d, size_t s)
{
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	bool crime = false;
	for (size_t t = from; t < to; t++) {
		uint32_t c = sr_inc_token_classes(d, t);
		crime = crime || (c >> W_CRIME & 1);
		if ((c >> W_ARMED & 1) && !(c >> W_STATE_AGENT & 1))
			return false; /* militants, rebels: a conflict's */
		/* a war of cartels or gangs is a conflict ("amid the war between
		 * Sinaloa Cartel factions") */
		if (sr_tok_is(d, t, "war") || sr_tok_is(d, t, "warring") || sr_tok_is(d, t, "infighting"))
			return false;
	}
	return crime;
}

/* Does the sentence tell of a fight both sides took part in: fire
 * exchanged, clashes, fighting, a battle? */
static bool mutual_sentence(const sr_doc *d, size_t s)
{
	static const char *const MUTUAL[] = {"exchanged", "exchange", "exchanging", "gunfight", "firefight",
	                                     "clash",     "clashes",  "clashed",    "fighting", "fought",
	                                     "battle",    "battled",  "gunbattle",  "skirmish", "skirmishes"};
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t k = from; k < to; k++)
		for (size_t w = 0; w < sizeof MUTUAL / sizeof *MUTUAL; w++)
			if (sr_tok_is(d, k, MUTUAL[w])) {
				/* (a fight the killers allege: "two drug suspects who
				 * allegedly fought back") */
				if (k > from && (sr_tok_is(d, k - 1, "allegedly") || sr_tok_is(d, k - 1, "reportedly")))
					continue;
				return true;
			}
	return false;
}

/* ACLED's type of a mention from who acts, who suffers and the weapon. */
/* Does the event's sentence say a building where people gather was
 * stormed, raided or entered ("stormed a billiards hall", "raided a
 * wedding party")? */
static bool building_after(const sr_doc *d, const sr_event *e)
{
	static const char *const B[] = {"hall",   "house",   "home",   "bar",    "restaurant", "club",   "nightclub",
	                                "church", "mosque",  "temple", "school", "hotel",      "shop",   "store",
	                                "market", "office",  "cafe",   "party",  "wedding",    "funeral", "bus",
	                                "residence", "homes", "houses", "building", "parliament", "congress",
	                                "palace", "ministry", "embassy", "court", NULL};
	static const char *const V[] = {"stormed", "storm", "storms", "raided", "raid", "raids", "entered", "overran",
	                                "attacked", "invaded", NULL};
	const sr_sentence *st = &d->sentences[e->sentence];
	size_t end = st->first_token + st->n_tokens;
	for (size_t v = st->first_token; v < end; v++) {
		bool verb = false;
		for (size_t i = 0; V[i] && !verb; i++)
			verb = sr_tok_is(d, v, V[i]);
		if (!verb)
			continue;
		for (size_t k = v + 1; k < end && k < v + 6; k++) {
			if (d->tokens[k].kind == SR_TOK_PUNCT || sr_tok_is(d, k, "in") || sr_tok_is(d, k, "near") ||
			    sr_tok_is(d, k, "of") || sr_tok_is(d, k, "and"))
				break;
			for (size_t b = 0; B[b]; b++)
				if (sr_tok_is(d, k, B[b]))
					return true;
		}
	}
	return false;
}

/* Does the object of the event's verb (its words up to a preposition, a
 * verb or a mark) hold one of words? */
static bool object_in(const sr_doc *d, const sr_event *e, const char *const *words, bool over_of)
{
	const sr_sentence *st = &d->sentences[e->sentence];
	size_t end = st->first_token + st->n_tokens;
	size_t v = sr_tok_at(d, e->verb_end ? e->verb_end - 1 : e->verb_start);
	size_t reach = v + 6;
	for (size_t k = v + 1; k < end && k < reach; k++) {
		/* (over one "of": "members of a self-defence group", "a joint
		 * team of CRPF, CoBRA and STF personnel") */
		if (over_of && sr_tok_is(d, k, "of")) {
			over_of = false;
			reach = k + 10;
			continue;
		}
		if ((d->tokens[k].kind == SR_TOK_PUNCT && !(reach > v + 6 && sr_tok_is(d, k, ","))) ||
		    d->tokens[k].pos == SR_POS_ADP || d->tokens[k].pos == SR_POS_VERB)
			break;
		for (size_t b = 0; words[b]; b++)
			if (sr_tok_is(d, k, words[b]))
				return true;
	}
	return false;
}

static bool object_is(const sr_doc *d, const sr_event *e, const char *const *words)
{
	return object_in(d, e, words, false);
}

/* Is what the event's verb struck a place of unarmed people ("attacked
 * two villages", "raided a market")? */
static bool civil_target_after(const sr_doc *d, const sr_event *e)
{
	static const char *const P[] = {"village",   "villages", "market",   "marketplace", "markets", "church",
	                                "churches",  "mosque",   "mosques",  "school",      "schools", "home",
	                                "homes",     "house",    "houses",   "hamlet",      "hamlets", "community",
	                                "communities", "settlement", "settlements", "bus",  "wedding", "funeral",
	                                "farm",      "farms",    "farmers",  "worshippers", "villagers",
	                                /* camps of people, not of armed men */
	                                "fishing",   "cattle",   "refugee",  "refugees",    "idp",     "displacement", NULL};
	return object_is(d, e, P);
}

/* Is what the event's verb struck a post of armed men ("attacked a
 * checkpoint", "ambushed an army convoy", "stormed a military base")? */
static bool armed_target_after(const sr_doc *d, const sr_event *e)
{
	static const char *const P[] = {"checkpoint", "checkpoints", "base",     "bases",    "barracks", "convoy",
	                                "convoys",    "patrol",      "patrols",  "outpost",  "outposts", "garrison",
	                                "positions",  "position",    "post",     "posts",    NULL};
	if (object_is(d, e, P))
		return true;
	/* (armed men themselves: "ambushed a joint team of CRPF and STF
	 * personnel", "members of a local self-defence group") */
	static const char *const MEN[] = {"personnel", "self-defence", "self-defense", "militia", "militiamen",
	                                  "vigilantes", "commandos", "troops", "soldiers", "policemen", "gendarmes",
	                                  NULL};
	return object_in(d, e, MEN, true);
}

/* Does sentence s tell of live fire, beatings or serious wounds ("opened
 * fire", "live ammunition", "brutally attacked", "critically injured"),
 * not of tear gas and rubber bullets alone? */
static bool serious_force(const sr_doc *d, size_t s)
{
	const sr_sentence *se = &d->sentences[s];
	for (size_t t = se->first_token; t < se->first_token + se->n_tokens && t < d->n_tokens; t++) {
		/* (rubber, plastic, rubber-coated or sponge-tipped bullets) */
		bool soft = t > 0 && (sr_tok_is(d, t - 1, "rubber") || sr_tok_is(d, t - 1, "plastic") ||
		                      sr_tok_is(d, t - 1, "rubber-coated") || sr_tok_is(d, t - 1, "sponge-tipped") ||
		                      ((sr_tok_is(d, t - 1, "coated") || sr_tok_is(d, t - 1, "tipped")) && t > 2 &&
		                       (sr_tok_is(d, t - 2, "-") || sr_tok_is(d, t - 2, "rubber"))));
		if ((sr_tok_is(d, t, "live") && t + 1 < d->n_tokens &&
		     (sr_tok_is(d, t + 1, "ammunition") || sr_tok_is(d, t + 1, "rounds") || sr_tok_is(d, t + 1, "fire") ||
		      sr_tok_is(d, t + 1, "bullets"))) ||
		    sr_tok_is(d, t, "shot") || sr_tok_is(d, t, "gunfire") || sr_tok_is(d, t, "gunshot") ||
		    sr_tok_is(d, t, "gunshots") || sr_tok_is(d, t, "critically") || sr_tok_is(d, t, "seriously") ||
		    sr_tok_is(d, t, "brutally") || sr_tok_is(d, t, "beat") || sr_tok_is(d, t, "beaten") ||
		    sr_tok_is(d, t, "attacked") || sr_tok_is(d, t, "stabbed") || sr_tok_is(d, t, "clubbed") ||
		    ((sr_tok_is(d, t, "bullets") || sr_tok_is(d, t, "bullet")) && !soft) ||
		    (sr_tok_is(d, t, "opened") && t + 1 < d->n_tokens && sr_tok_is(d, t + 1, "fire")))
			return true;
	}
	return false;
}

static uint8_t decide_type(const men *m, const sr_coding *c)
{
	int t = m->e->acled;
	int fam = family_of(t);
	if (fam == FAM_DEMO && (t == SR_ACLED_PEACEFUL || t == SR_ACLED_INTERVENTION)) {
		/* protesters killed or wounded: force against them, lethal or
		 * seriously injuring (not a protest about a killing: "the killing
		 * of", "killed last month") */
		for (size_t k = 0; k < c->layers.n_counts; k++) {
			const sr_count *x = &c->layers.counts[k];
			if (x->sentence != m->e->sentence || x->rejected || x->cumulative ||
			    !(x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED) || in_grievance(c->doc, x) ||
			    count_of_disaster(c->doc, x))
				continue;
			/* (the wounded of tear gas, batons and rubber bullets are
			 * an intervention's; of live fire, excessive force) */
			if (x->kind == SR_COUNT_WOUNDED && !serious_force(c->doc, m->e->sentence))
				continue;
			sr_actor_kind g;
			if (count_group(c->doc, x, &g) && (g.inter == SR_INTER_PROTESTERS || g.inter == SR_INTER_CIVILIANS) &&
			    !(m->r->has_date && m->r->date.source != SR_DATE_PUBLICATION && c->layers.day &&
			      m->r->date.last < day_add(c->layers.day, -15)))
				return SR_ACLED_EXCESSIVE;
		}
	}
	if (fam == FAM_DEMO || fam == FAM_STRATEGIC) {
		if (t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES)
			return t;
		return (uint8_t)t;
	}
	/* gunfire (193) and assault (18x) on people who bear no arms is an
	 * attack on them, as is a storming that kills them */
	bool shooting = !strcmp(m->e->cameo, "193") || !strncmp(m->e->cameo, "18", 2);
	bool mutual = mutual_sentence(c->doc, m->e->sentence);
	shooting = shooting && !mutual;
	int victims = m->a2.present ? m->a2.k.inter : 0;
	for (size_t i = 0; i < m->r->n_counts && !victims; i++) {
		const sr_count *x = &c->layers.counts[m->r->counts[i]];
		sr_actor_kind g;
		if ((x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED) && count_group(c->doc, x, &g))
			victims = g.inter;
	}
	if ((t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES) && shooting && victims == SR_INTER_CIVILIANS)
		return SR_ACLED_ATTACK;
	/* people seized, no ground ("Abu Sayyaf gunmen seized two construction
	 * workers"): taken away */
	if ((t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES) && m->a2.present && m->a2.end > m->a2.start &&
	    m->a2.k.inter == SR_INTER_CIVILIANS && m->a1.present && armed(m->a1.k.inter) && !m->a1.k.state)
		return SR_ACLED_ABDUCTION;
	/* a crowd that storms a building or takes ground ("Bolsonaro
	 * supporters invaded the National Congress", "opposition supporters
	 * stormed the White House government building"): a riot */
	{
		int k1 = m->a1.present ? m->a1.k.inter : 0;
		bool crowd = k1 == SR_INTER_PROTESTERS || k1 == SR_INTER_RIOTERS;
		bool stormed = t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES || t == SR_ACLED_ARMED_CLASH ||
		               t == SR_ACLED_ATTACK;
		if (stormed && (crowd || (k1 == SR_INTER_CIVILIANS && building_after(c->doc, m->e))) &&
		    !(m->a2.present && armed(m->a2.k.inter) && m->a2.k.inter != SR_INTER_STATE))
			return SR_ACLED_VIOLENT_DEMO;
	}
	/* a building stormed ("stormed a billiards hall", "a wedding party"):
	 * the people in it attacked, no ground taken */
	if ((t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES ||
	     (t == SR_ACLED_ARMED_CLASH && !m->a2.present && m->a1.present && armed(m->a1.k.inter))) &&
	    building_after(c->doc, m->e) && !(m->a2.present && armed(m->a2.k.inter)) && !armed_target_after(c->doc, m->e))
		return SR_ACLED_ATTACK;
	/* territory changes hands: by whom */
	if (t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES) {
		if (m->a1.present && m->a1.k.inter == SR_INTER_STATE)
			return SR_ACLED_GOV_REGAINS;
		if (m->a1.present && armed(m->a1.k.inter))
			return SR_ACLED_NSA_OVERTAKES;
		return (uint8_t)t;
	}
	if (remote_type(t))
		return (uint8_t)t; /* the weapon decides, whoever the target */
	int k1 = m->a1.present ? m->a1.k.inter : 0, k2 = m->a2.present ? m->a2.k.inter : 0;
	/* armed men who attack a checkpoint, a base, a convoy fight those who
	 * hold it, whoever its dead are said to be ("killing five people") */
	if ((t == SR_ACLED_ATTACK || t == SR_ACLED_ARMED_CLASH) && (!k1 || armed(k1)) && (!k2 || armed(k2)) &&
	    armed_target_after(c->doc, m->e))
		return SR_ACLED_ARMED_CLASH;
	/* the victims the counts of its sentence name, when no target is coded */
	if (!k2 && !mutual) {
		for (size_t i = 0; i < m->r->n_counts && !k2; i++) {
			const sr_count *x = &c->layers.counts[m->r->counts[i]];
			sr_actor_kind g;
			if ((x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED || x->kind == SR_COUNT_KIDNAPPED) &&
			    count_group(c->doc, x, &g))
				k2 = g.inter;
		}
	}
	if (t == SR_ACLED_SEXUAL || t == SR_ACLED_ABDUCTION)
		return (uint8_t)t;
	if (k1 == SR_INTER_PROTESTERS || k1 == SR_INTER_RIOTERS)
		return SR_ACLED_VIOLENT_DEMO;
	/* supporters, residents, youths who storm a building and set it on
	 * fire: a riot */
	if (k1 == SR_INTER_CIVILIANS && !armed(k2) &&
	    (arson_in(c->doc, m->e->sentence) || crowd_violence(c->doc, m->e->sentence)))
		return SR_ACLED_VIOLENT_DEMO;
	/* (and who bear no arms but fight the police or the army with stones
	 * and fire: "BNP activists clashed with police, throwing brick chunks
	 * and torching motorcycles") */
	if (k1 == SR_INTER_CIVILIANS && k2 == SR_INTER_STATE && (t == SR_ACLED_ARMED_CLASH || t == SR_ACLED_ATTACK) &&
	    riot_word_in(c->doc, m->e->sentence) && arson_in(c->doc, m->e->sentence))
		return SR_ACLED_VIOLENT_DEMO;
	if (armed(k2) && (armed(k1) || !k1))
		return SR_ACLED_ARMED_CLASH;
	/* clashes between armed groups that kill bystanders too are a battle */
	if (t == SR_ACLED_ARMED_CLASH && mutual && (!k1 || armed(k1)))
		return SR_ACLED_ARMED_CLASH;
	/* the state's force on a crowd of protesters or supporters that
	 * kills or wounds: excessive force ("security forces fired live rounds
	 * at FNDC supporters, killing a 17-year-old") */
	if (k2 == SR_INTER_PROTESTERS && k1 == SR_INTER_STATE && !mutual && !crowd_violence(c->doc, m->e->sentence) &&
	    !m->e->passive && m->a2.present && m->a2.end > m->a2.start && m->a2.start > m->e->verb_start) {
		static const char *const CROWD[] = {"protesters", "demonstrators", "supporters", "marchers", "protestors",
		                                    NULL};
		if (words_in(c->doc, sr_tok_at(c->doc, m->a2.start), sr_tok_at(c->doc, m->a2.end - 1) + 1, CROWD))
			return SR_ACLED_EXCESSIVE;
	}
	if (k2 == SR_INTER_CIVILIANS || k2 == SR_INTER_PROTESTERS)
		return SR_ACLED_ATTACK;
	if (t == SR_ACLED_ATTACK && armed(k1) && armed(k2))
		return SR_ACLED_ARMED_CLASH;
	if (t == SR_ACLED_ARMED_CLASH && shooting && armed(k1) && !armed(k2) && k2 != SR_INTER_RIOTERS)
		return SR_ACLED_ATTACK;
	/* armed men who attack a village, a market, a church, with no one
	 * said to fight back */
	if (t == SR_ACLED_ARMED_CLASH && !mutual && armed(k1) && !k2 && civil_target_after(c->doc, m->e))
		return SR_ACLED_ATTACK;
	/* armed men who attack and kill people, villagers, civilians */
	if (t == SR_ACLED_ARMED_CLASH && !mutual && armed(k1) && !armed(k2) && victims == SR_INTER_CIVILIANS)
		return SR_ACLED_ATTACK;
	return (uint8_t)t;
}

/* ---- merging ----------------------------------------------------------------------- */

/* Which side an actor is on, for telling two events apart: the state,
 * non-state armed men, foreign forces, crowds, civilians. */
static int side(const party *p)
{
	if (!p->present)
		return 0;
	switch (p->k.inter) {
	case SR_INTER_STATE: return 1;
	case SR_INTER_REBELS:
	case SR_INTER_POLITICAL_MILITIA:
	case SR_INTER_IDENTITY_MILITIA: return 2;
	case SR_INTER_EXTERNAL: return 3;
	case SR_INTER_RIOTERS:
	case SR_INTER_PROTESTERS: return 4;
	case SR_INTER_CIVILIANS: return 5;
	default: return 0;
	}
}

static bool parties_agree(const party *a, const party *b)
{
	int sa = side(a), sb = side(b);
	/* protesters are civilians too: "student protesters" and "the
	 * protesters" of one march */
	if ((a->present && b->present) &&
	    ((a->k.inter == SR_INTER_PROTESTERS && b->k.inter == SR_INTER_CIVILIANS) ||
	     (a->k.inter == SR_INTER_CIVILIANS && b->k.inter == SR_INTER_PROTESTERS)))
		return true;
	if (!sa || !sb || sa != sb)
		return !sa || !sb;
	/* two named groups of one side are two groups */
	if (a->k.named && b->k.named && a->code && b->code && strcmp(a->code, b->code) != 0)
		return false;
	return true;
}

/* Are two places the same, or one inside the other? */
static bool places_agree(const sr_place *a, const sr_place *b)
{
	if (!a || !b || !a->resolved || !b->resolved)
		return true;
	if (a->geonameid == b->geonameid && a->geonameid != -1)
		return true;
	if (strcmp(a->country, b->country) != 0)
		return false;
	if (a->precision >= SR_GEO_COUNTRY || b->precision >= SR_GEO_COUNTRY)
		return true;
	if (a->precision == SR_GEO_ADMIN1 || b->precision == SR_GEO_ADMIN1)
		return !a->admin1[0] || !b->admin1[0] || !strcmp(a->admin1, b->admin1);
	return sr_geo_km(a->lat, a->lon, b->lat, b->lon) <= 10;
}

static bool days_agree(const men *m, const inc *x)
{
	if (!m->own_date || !x->own_date)
		return true;
	return m->first <= x->last && x->first <= m->last;
}

static const sr_place *place_of(const men *m)
{
	const sr_place *p = m->r->place;
	return p && p->resolved && m->r->geo_source == SR_GEOSRC_SENTENCE ? p : NULL;
}

static bool territory_type(int t)
{
	return t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES;
}

/* Does the sentence tell of force used on a crowd: tear gas, water
 * cannon, batons, rubber bullets, live fire, a crowd dispersed or broken
 * up? */
static bool force_on_crowd(const sr_doc *d, size_t s)
{
	static const char *const W[] = {"tear",    "teargas", "tear-gas", "cannon",   "batons",  "baton",
	                                "rubber",  "pepper",  "disperse", "dispersed", "dispersing", "break",
	                                "broke",   "live",    "stun",     "charged",  "baton-charged", "lathi-charged",
	                                "lathicharged", "baton-charge", NULL};
	size_t from, to;
	sentence_tokens(d, s, &from, &to);
	for (size_t t = from; t < to; t++)
		for (size_t k = 0; W[k]; k++)
			if (sr_tok_is(d, t, W[k])) {
				/* (a crowd that disperses of itself met no force: "the
				 * rally dispersed peacefully") */
				if (!strncmp(W[k], "dispers", 7) && t + 1 < to &&
				    (sr_tok_is(d, t + 1, "peacefully") || sr_tok_is(d, t + 1, "calmly") ||
				     sr_tok_is(d, t + 1, "without") || sr_tok_is(d, t + 1, "voluntarily")))
					continue;
				return true;
			}
	return false;
}

static const char *const ELSEWHERE[] = {"elsewhere", NULL};

/* Does the sentence say its event is another ("Army warplanes separately
 * bombed", "in a separate attack", "elsewhere")? */
static bool separate_said(const sr_doc *d, size_t s, size_t verb_start)
{
	static const char *const W[] = {"separately", "separate", "elsewhere", NULL};
	/* (in the verb's own part of the sentence: not "reported 17 civilians
	 * killed; a police officer was later burned to death elsewhere") */
	size_t from, to, vt = sr_tok_at(d, verb_start);
	sentence_tokens(d, s, &from, &to);
	size_t a = vt, b = vt;
	while (a > from && !sr_tok_is(d, a - 1, ";"))
		a--;
	while (b < to && !sr_tok_is(d, b, ";"))
		b++;
	return words_in(d, a, b, W);
}

/* Is the mention's word one of an attack met ("repelled the attack",
 * "repulsed the assault", "fought off the attackers")? */
static bool repelled(const sr_doc *d, const men *m)
{
	size_t v = sr_tok_at(d, m->e->verb_start);
	static const char *const W[] = {"repelled", "repulsed", "repel", "repulse", "repelling", "repulsing", NULL};
	for (const char *const *w = W; *w; w++)
		if (sr_tok_is(d, v, *w))
			return true;
	return (sr_tok_is(d, v, "fought") || sr_tok_is(d, v, "beat")) && v + 1 < d->n_tokens &&
	       (sr_tok_is(d, v + 1, "off") || sr_tok_is(d, v + 1, "back"));
}

static bool joins(const sr_doc *d, const men *m, const inc *x)
{
	/* an attack met and driven off, told next, is that attack ("militants
	 * attacked the gendarmerie post. The gendarmes repelled the attack;
	 * 2 separatists were killed") */
	if (m->fam == FAM_VIOLENCE && x->fam == FAM_VIOLENCE && repelled(d, m) && m->e->sentence <= x->sentence + 1 &&
	    places_agree(place_of(m), x->place) && days_agree(m, x))
		return true;
	/* what an "after" clause tells led to the event; it joins no event of
	 * another kind ("youths set cars on fire ... hours after a teenager
	 * was shot dead by an officer") */
	if (m->fam != x->fam && m->e->sentence == x->sentence && sr_after_clause(d, m->e->sentence, m->e->verb_start))
		return false;
	/* the dead and wounded told with no one who did it ("Twelve fighters
	 * and four soldiers were killed", "A police officer was killed"):
	 * the toll of the fighting, the attack or the riot just told, where
	 * and when they agree; either side's dead */
	/* (a day of its sentence but not of its clause is the day of
	 * something else told there: "a third succumbed the following day";
	 * as is the day it was reported) */
	/* (a protester killed, told so, after the riot: "One protester was
	 * killed when police opened fire") */
	/* (a protester killed, told within two sentences of the protest: "...
	 * Security forces fired live rounds. One protester was shot dead") */
	bool protester_killed = m->type == SR_ACLED_EXCESSIVE && x->fam == FAM_DEMO && m->e->sentence > x->sentence &&
	                        m->e->sentence <= x->sentence + 2;
	if (!m->a1.present && (m->fam == FAM_VIOLENCE || protester_killed) &&
	    (m->type == SR_ACLED_ATTACK || m->type == SR_ACLED_ARMED_CLASH || m->type == x->type ||
	     m->type == SR_ACLED_EXCESSIVE) &&
	    (x->fam == FAM_VIOLENCE || (x->fam == FAM_DEMO && (x->type != SR_ACLED_PEACEFUL || protester_killed))) &&
	    places_agree(place_of(m), x->place) &&
	    (m->r->date.source == SR_DATE_SENTENCE || m->r->date.source == SR_DATE_REPORT || days_agree(m, x)))
		return true;
	/* the police or the army firing on the crowd just told is the force
	 * met by that protest */
	/* (a protest told as peaceful first: "marched in Nairobi. Police
	 * fired tear gas to disperse them") */
	if (m->fam == FAM_VIOLENCE && m->a1.present && m->a1.k.state && x->fam == FAM_DEMO &&
	    (x->type == SR_ACLED_INTERVENTION || x->type == SR_ACLED_EXCESSIVE || x->type == SR_ACLED_VIOLENT_DEMO ||
	     (x->type == SR_ACLED_PEACEFUL && m->e->sentence <= x->sentence + 1 && force_on_crowd(d, m->e->sentence))) &&
	    (!m->a2.present || m->a2.k.inter == SR_INTER_PROTESTERS || m->a2.k.inter == SR_INTER_RIOTERS ||
	     m->a2.k.inter == SR_INTER_CIVILIANS) &&
	    places_agree(place_of(m), x->place) && days_agree(m, x))
		return true;
	/* what the fighting just told did (", killing four civilians caught
	 * in the crossfire"): its toll, by either side */
	if (m->sequel && m->fam == FAM_VIOLENCE && x->type == SR_ACLED_ARMED_CLASH && m->e->sentence == x->sentence &&
	    (!m->a1.present || parties_agree(&m->a1, &x->a1) || parties_agree(&m->a1, &x->a2)))
		return true;
	/* one verb of two targets ("killed a commander and four civilians"):
	 * one event */
	if (m->e->sentence == x->sentence && m->e->verb_start == x->verb_start && m->fam == x->fam)
		return true;
	/* ground handed over in the sentence that tells it taken ("seized
	 * the town after the troops retreated") is the taking's */
	if (m->type == SR_ACLED_TRANSFER && territory_type(x->type) && m->e->sentence == x->sentence)
		return true;
	/* the police who disperse the crowd just told ("were dispersed by
	 * police with tear gas"): that protest's intervention */
	/* (the police may have acted on it before: "Police used pepper spray
	 * to disperse them and detained eight protesters") */
	if (m->fam == FAM_DEMO && x->fam == FAM_DEMO && m->a1.present && m->a1.k.state &&
	    (!m->a2.present || m->a2.k.inter == SR_INTER_PROTESTERS || m->a2.k.inter == SR_INTER_CIVILIANS ||
	     m->a2.k.inter == SR_INTER_RIOTERS) &&
	    (!x->a1.present || !x->a1.k.state || parties_agree(&m->a1, &x->a1)) && places_agree(place_of(m), x->place) &&
	    days_agree(m, x))
		return true;
	/* a crowd's words of one sentence in one place tell one protest ("to
	 * disperse demonstrators who had occupied the square to demand the
	 * fall of the government"): what they demand names no other party */
	if (m->fam == FAM_DEMO && x->fam == FAM_DEMO && m->e->sentence == x->sentence &&
	    places_agree(place_of(m), x->place) && days_agree(m, x))
		return true;
	/* a protest named again with no one marching ("It was one of the
	 * largest demonstrations against the government"): the one told */
	if (m->fam == FAM_DEMO && x->fam == FAM_DEMO && !m->a1.present && m->type == SR_ACLED_PEACEFUL &&
	    places_agree(place_of(m), x->place) && days_agree(m, x))
		return true;
	/* arrests at the protest just told are its intervention */
	if (m->type == SR_ACLED_ARRESTS && x->fam == FAM_DEMO && (!m->a1.present || m->a1.k.state) &&
	    places_agree(place_of(m), x->place) && days_agree(m, x))
		return true;
	if (m->fam != x->fam)
		return false;
	/* ground taken is a battle's end: it joins a battle, not a shelling or
	 * an attack on civilians */
	if (m->fam == FAM_VIOLENCE && territory_type(m->type) != territory_type(x->type) &&
	    !(territory_type(m->type) ? x->type == SR_ACLED_ARMED_CLASH : m->type == SR_ACLED_ARMED_CLASH))
		return false;
	if (m->fam == FAM_STRATEGIC && m->type != x->type)
		return false;
	bool same_sides = parties_agree(&m->a1, &x->a1) && parties_agree(&m->a2, &x->a2);
	/* the two sides of one battle, named the other way round */
	bool swapped = m->fam == FAM_VIOLENCE && m->a1.present && x->a2.present && parties_agree(&m->a1, &x->a2) &&
	               (!m->a2.present || parties_agree(&m->a2, &x->a1)) && armed(m->a1.k.inter) &&
	               (!m->a2.present || armed(m->a2.k.inter));
	/* (the side attacked not named before: "JNIM attacked the camp; the
	 * army repulsed the assailants") */
	if (!swapped && m->fam == FAM_VIOLENCE && m->type == SR_ACLED_ARMED_CLASH && x->type == SR_ACLED_ARMED_CLASH &&
	    m->a1.present && m->a2.present && !x->a2.present && x->a1.present && armed(m->a1.k.inter) &&
	    armed(m->a2.k.inter) && side(&m->a1) != side(&x->a1) && parties_agree(&m->a2, &x->a1))
		swapped = true;
	/* the attackers fought off by a side not named as the doer ("the army
	 * said it repulsed the assault and killed 14 assailants") */
	/* (and "the assailants were pushed back": the fight's end, no ground
	 * changing hands) */
	if (!same_sides && !swapped && !m->a1.present && m->a2.present && x->a1.present &&
	    (m->type == SR_ACLED_ARMED_CLASH || territory_type(m->type)) && x->type == SR_ACLED_ARMED_CLASH &&
	    armed(m->a2.k.inter) && parties_agree(&m->a2, &x->a1))
		swapped = true;
	if (!same_sides && !swapped)
		return false;
	if (!places_agree(place_of(m), x->place))
		return false;
	return days_agree(m, x);
}

static void take_parties(inc *x, const men *m)
{
	if (!x->a1.present && m->a1.present)
		x->a1 = m->a1;
	/* the other side, told acting ("the gendarmes repelled the attack",
	 * "the army said it repelled the attack, killing 12 RSF fighters"):
	 * the one attacked */
	else if (x->a1.present && !x->a2.present && m->a1.present && m->a1.end > m->a1.start &&
	         side(&m->a1) != side(&x->a1) && (!m->a2.present || side(&m->a2) == side(&x->a1)))
		x->a2 = m->a1;
	if (!x->a2.present && m->a2.present && !(x->a1.present && side(&m->a2) == side(&x->a1) &&
	                                          m->a2.start == x->a1.start))
		x->a2 = m->a2;
	/* the dead of both sides of a fight, no side told acting ("Three
	 * gunmen and a soldier were killed in a clash"): the two sides, the
	 * one named after first */
	else if (!x->a1.present && !m->a1.present && x->a2.present && m->a2.present &&
	         m->type == SR_ACLED_ARMED_CLASH && x->type == SR_ACLED_ARMED_CLASH && armed(m->a2.k.inter) &&
	         armed(x->a2.k.inter) && side(&m->a2) != side(&x->a2) && side(&m->a2) && side(&x->a2))
		x->a1 = m->a2;
	const sr_place *p = place_of(m);
	if (p && (!x->place || p->precision < x->place->precision))
		x->place = p;
	if (m->own_date && !x->own_date) {
		x->own_date = true;
		x->first = m->first;
		x->last = m->last;
	}
}

/* The incident's type from its mentions' types: the weapon first; then
 * who fought whom; of demonstrations, the most violent. */
static uint8_t merged_type(const men *ms, const int *idx, size_t n, const inc *x, const sr_coding *c)
{
	uint8_t best = 0;
	int rank = -1;
	for (size_t i = 0; i < n; i++) {
		uint8_t t = ms[idx[i]].type;
		int r;
		switch (x->fam) {
		case FAM_VIOLENCE:
			/* of the weapons, the most telling: a suicide bomb is a bomb too */
			r = t == SR_ACLED_CHEMICAL  ? 56
			    : t == SR_ACLED_SUICIDE ? 55
			    : t == SR_ACLED_AIR     ? 54
			    : t == SR_ACLED_SHELLING ? 53
			    : t == SR_ACLED_GRENADE ? 52
			    : t == SR_ACLED_REMOTE  ? 51
			    : t == SR_ACLED_GOV_REGAINS || t == SR_ACLED_NSA_OVERTAKES ? 40
			    : t == SR_ACLED_SEXUAL || t == SR_ACLED_ABDUCTION         ? 30
			    : t == SR_ACLED_ARMED_CLASH                               ? 20
			                                                              : 10;
			break;
		case FAM_DEMO:
			r = t == SR_ACLED_VIOLENT_DEMO || t == SR_ACLED_MOB ? 40
			    : t == SR_ACLED_EXCESSIVE                      ? 30
			    : t == SR_ACLED_INTERVENTION                   ? 20
			                                                   : 10;
			break;
		default: r = 0;
		}
		if (r > rank) {
			rank = r;
			best = t;
		}
	}
	/* a protest the police then break up with no verb coded for it
	 * ("Federal police used pepper spray and batons to push them off the
	 * road"): an intervention */
	if (x->fam == FAM_DEMO && best == SR_ACLED_PEACEFUL) {
		static const char *const POLICE[] = {"police", "policemen", "security", "gendarmes", "soldiers", "troops",
		                                     NULL};
		for (size_t s = x->sentence; s <= x->sentence + 1 && s < c->doc->n_sentences; s++)
			if (force_on_crowd(c->doc, s) && sentence_has_word(c->doc, s, POLICE))
				return SR_ACLED_INTERVENTION;
	}
	/* shells, drones or bombs in a battle fought on the ground by armed
	 * men on both sides are the battle's ("fighting broke out between two
	 * armed groups ... residents reported mortar fire on houses") */
	if (x->fam == FAM_VIOLENCE && (best == SR_ACLED_SHELLING || best == SR_ACLED_AIR || best == SR_ACLED_REMOTE ||
	                               best == SR_ACLED_GRENADE)) {
		/* (told by a word of fighting, not of a blow struck) */
		static const char *const FIGHTING[] = {"fight",    "fought",    "clash",  "battl",  "gunfight", "firefight",
		                                       "repel",    "repuls",    "ambush", "engag",  "exchang",  "skirmish",
		                                       "shootout", "gun battle", NULL};
		bool clash = false;
		for (size_t i = 0; i < n && !clash; i++) {
			const sr_event *e = ms[idx[i]].e;
			if (ms[idx[i]].type != SR_ACLED_ARMED_CLASH)
				continue;
			for (const char *const *w = FIGHTING; *w && !clash; w++) {
				size_t wl = strlen(*w);
				clash = e->verb_end - e->verb_start >= wl && sr_ascii_ncaseeq(c->doc->text + e->verb_start, *w, wl);
			}
		}
		int a1 = x->a1.present ? x->a1.k.inter : 0, a2 = x->a2.present ? x->a2.k.inter : 0;
		bool mutual = false;
		for (size_t i = 0; i < n && !mutual; i++)
			mutual = mutual_sentence(c->doc, ms[idx[i]].e->sentence);
		if (clash && ((armed(a1) && armed(a2)) || (mutual && (!a1 || armed(a1)) && (!a2 || armed(a2)))))
			return SR_ACLED_ARMED_CLASH;
	}
	/* ground only advanced on or held in part during a battle ("clashed
	 * ... and briefly took control of parts of the town", "advanced on the
	 * northern outskirts"): the battle */
	if (x->fam == FAM_VIOLENCE && (best == SR_ACLED_GOV_REGAINS || best == SR_ACLED_NSA_OVERTAKES)) {
		static const char *const FOUGHT[] = {"clashed", "clashes", "fought", "fighting", "battled", NULL};
		static const char *const PART[] = {"parts", "part", "outskirts", "briefly", "advanced", "advancing",
		                                   "advance", NULL};
		bool fought = false, part = false;
		for (size_t i = 0; i < n; i++) {
			size_t s = ms[idx[i]].e->sentence;
			fought = fought || sentence_has_word(c->doc, s, FOUGHT);
			/* (of the taking's own clause: not "took control of the town
			 * after the troops withdrew following clashes on the
			 * outskirts") */
			/* (a taking's word, not fighting's the cues typed so:
			 * "following clashes on its outskirts and days of air
			 * strikes") */
			static const char *const NOT_TAKING[] = {"strikes", "airstrikes", "fighting", "clashes", "clashed",
			                                         "fought", "shelling", "bombardment", NULL};
			bool taking = true;
			for (const char *const *w = NOT_TAKING; *w && taking; w++)
				taking = !sr_tok_is(c->doc, sr_tok_at(c->doc, ms[idx[i]].e->verb_start), *w);
			if (ms[idx[i]].type == best && taking) {
				size_t from, to, t = sr_tok_at(c->doc, ms[idx[i]].e->verb_start) + 1;
				sentence_tokens(c->doc, s, &from, &to);
				while (t < to && !sr_tok_is(c->doc, t, "after") && !sr_tok_is(c->doc, t, "following"))
					t++;
				part = part || words_in(c->doc, from, t, PART);
			}
		}
		if (fought && part)
			return SR_ACLED_ARMED_CLASH;
	}
	if (x->fam != FAM_VIOLENCE || remote_type(best) || best == SR_ACLED_GOV_REGAINS ||
	    best == SR_ACLED_NSA_OVERTAKES || best == SR_ACLED_SEXUAL || best == SR_ACLED_ABDUCTION)
		return best;
	/* armed men against armed men is a battle; against the unarmed, an
	 * attack (the victims the counts name, when no target is coded) */
	int k1 = x->a1.present ? x->a1.k.inter : 0, k2 = x->a2.present ? x->a2.k.inter : 0;
	bool mutual = false;
	for (size_t i = 0; i < n && !mutual; i++)
		mutual = mutual_sentence(c->doc, ms[idx[i]].e->sentence);
	if (!k2 && !mutual) {
		bool civ = false, arm = false;
		for (size_t i = 0; i < n; i++) {
			const sr_event_record *r = ms[idx[i]].r;
			for (size_t k = 0; k < r->n_counts; k++) {
				const sr_count *cx = &c->layers.counts[r->counts[k]];
				sr_actor_kind g;
				if ((cx->kind == SR_COUNT_KILLED || cx->kind == SR_COUNT_WOUNDED) && count_group(c->doc, cx, &g)) {
					civ = civ || g.inter == SR_INTER_CIVILIANS;
					arm = arm || armed(g.inter);
				}
			}
		}
		k2 = civ && !arm ? SR_INTER_CIVILIANS : arm && !civ ? SR_INTER_STATE : 0;
	}
	if (armed(k2) && (armed(k1) || !k1))
		return SR_ACLED_ARMED_CLASH;
	if (mutual && best == SR_ACLED_ARMED_CLASH && (!k1 || armed(k1)))
		return best; /* clashes that kill bystanders too */
	/* a checkpoint, a base, a convoy attacked: its holders fought, whoever
	 * the dead are said to be, unless the victims are named civilians */
	if ((!k1 || armed(k1)) && !(x->a2.present && x->a2.end > x->a2.start && k2 == SR_INTER_CIVILIANS))
		for (size_t i = 0; i < n; i++)
			if (ms[idx[i]].type == SR_ACLED_ARMED_CLASH && armed_target_after(c->doc, ms[idx[i]].e))
				return SR_ACLED_ARMED_CLASH;
	/* the state's operation against an armed group, with shots traded
	 * ("a Military Police operation against the CV ... led to hours of
	 * shootouts. 18 people were killed"): a battle, whoever the dead */
	if (k1 == SR_INTER_STATE && x->a1.k.state) {
		static const char *const FIRE[] = {"shootout", "shootouts", "gunfire", "firefight", "gunfight", "clashes",
		                                   "exchange", "exchanged", "gunbattle", NULL};
		bool fire = sentence_has_word(c->doc, x->sentence, FIRE);
		for (size_t q = 0; fire && q < c->n_actors; q++) {
			const sr_mention *am = &c->actors[q];
			if (am->sentence != x->sentence)
				continue;
			size_t at = sr_tok_at(c->doc, am->start);
			if (!(at > 0 && sr_tok_is(c->doc, at - 1, "against")) &&
			    !(at > 1 && sr_tok_is(c->doc, at - 1, "the") && sr_tok_is(c->doc, at - 2, "against")))
				continue;
			party p;
			memset(&p, 0, sizeof p);
			party_of_mention(c, am, &p, true);
			if (p.present && armed(p.k.inter) && !p.k.state)
				return SR_ACLED_ARMED_CLASH;
		}
	}
	if (k2 == SR_INTER_CIVILIANS)
		return SR_ACLED_ATTACK;
	return best;
}

/* ---- counts ----------------------------------------------------------------------- */

/* Is the count a part of a larger one said before it ("including three
 * children", "among them two women")? */
static bool count_is_aggregate(const sr_doc *d, const sr_count *x);

/* Is count x one of a sum over events ("He was one of 32 people killed in
 * police operations that week")? */
static bool one_of_sum(const sr_doc *d, const sr_count *x)
{
	size_t nt = sr_tok_at(d, x->num_start), first = d->sentences[x->sentence].first_token;
	return nt >= first + 2 && sr_tok_is(d, nt - 1, "of") && sr_tok_is(d, nt - 2, "one");
}

static bool count_is_part(const sr_doc *d, const sr_count *x, const sr_count *all, size_t n_all)
{
	size_t t = sr_tok_at(d, x->start);
	size_t s = d->sentences[x->sentence].first_token;
	for (size_t k = t, steps = 0; k-- > s && steps < 3; steps++)
		if (sr_inc_tok_in(d, k, W_SUBSET))
			return true;
	/* "of whom", "of them" (a part of a figure said before it: "leaving
	 * 4 of them dead" after no figure is the whole) */
	if (!(t + 2 < d->n_tokens && sr_tok_is(d, t + 1, "of") &&
	      (sr_tok_is(d, t + 2, "them") || sr_tok_is(d, t + 2, "whom"))))
		return false;
	for (size_t q = 0; q < n_all; q++)
		if (&all[q] != x && all[q].start < x->start && all[q].sentence + 1 >= x->sentence && !all[q].rejected &&
		    all[q].kind == x->kind && /* ("five wounded, two of whom died": no part of a toll) */
		    !count_is_aggregate(d, &all[q])) /* ("nine killed nationwide, four of them in Dakar": the town's own) */
			return true;
	return false;
}

/* Is the count an aggregate over a country or over several events
 * ("nationwide", "across the country", "in separate attacks")? */
static bool count_is_aggregate(const sr_doc *d, const sr_count *x)
{
	size_t from, to;
	sentence_tokens(d, x->sentence, &from, &to);
	size_t end = sr_tok_at(d, x->end ? x->end - 1 : x->start);
	if (one_of_sum(d, x))
		return true;
	/* "five other people were killed in clashes elsewhere in the
	 * country": other events' dead */
	{
		size_t nt2 = sr_tok_at(d, x->num_end ? x->num_end - 1 : x->num_start);
		if (nt2 + 1 < to && (sr_tok_is(d, nt2 + 1, "other") || sr_tok_is(d, nt2 + 1, "more")) &&
		    words_in(d, from, to, ELSEWHERE))
			return true;
	}
	/* "killed along the entire front line": a war's day, not one fight
	 * (in the count's own part of the sentence: not "..., adding that it
	 * had recorded 23 ceasefire violations along the front") */
	size_t seg0 = sr_tok_at(d, x->start), seg1 = end;
	while (seg0 > from && !sr_tok_is(d, seg0 - 1, ",") && !sr_tok_is(d, seg0 - 1, ";"))
		seg0--;
	while (seg1 < to && !sr_tok_is(d, seg1, ",") && !sr_tok_is(d, seg1, ";"))
		seg1++;
	for (size_t t = seg0 > from ? seg0 : from + 1; t < seg1; t++)
		if (sr_tok_is(d, t, "front") || sr_tok_is(d, t, "frontline") || sr_tok_is(d, t, "front-line") ||
		    sr_tok_is(d, t, "frontlines"))
			for (size_t k = t; k-- > from && k + 4 > t;)
				if (sr_tok_is(d, k, "along") || sr_tok_is(d, k, "across"))
					return true;
	/* "27 civilians were killed in the capital, out of 56 killed
	 * nationwide": the first is the event's, the whole after "out of"
	 * the aggregate */
	{
		size_t nt = sr_tok_at(d, x->num_start);
		if (nt >= from + 2 && sr_tok_is(d, nt - 1, "of") && sr_tok_is(d, nt - 2, "out"))
			return true;
		for (size_t t = end + 1; t + 2 < to && t < end + 9; t++)
			if (sr_tok_is(d, t, "out") && sr_tok_is(d, t + 1, "of") &&
			    (d->tokens[t + 2].kind == SR_TOK_NUMBER || d->tokens[t + 2].pos == SR_POS_NUM))
				return false;
	}
	/* a town's share of it is the town's: "..., four of them in Dakar" */
	if (end + 2 < to && (sr_tok_is(d, end, "them") || sr_tok_is(d, end, "whom")) && sr_tok_is(d, end + 1, "in") &&
	    ((d->tokens[end + 2].flags & SR_TF_CAP) || sr_tok_is(d, end + 2, "the")))
		return false;
	for (size_t t = from; t < to; t++) {
		if (!sr_inc_tok_in(d, t, W_AGGREGATE) ||
		    ((sr_tok_is(d, t, "across") || sr_tok_is(d, t, "throughout")) && t > from &&
		     (sr_tok_is(d, t - 1, "from") || sr_tok_is(d, t - 1, "fled"))))
			continue; /* ("from across the reservoir" is where from) */
		/* ("taken across the border into DRC" is where to) */
		if (sr_tok_is(d, t, "across") && t + 2 < to && sr_tok_is(d, t + 1, "the") &&
		    (sr_tok_is(d, t + 2, "border") || sr_tok_is(d, t + 2, "frontier") || sr_tok_is(d, t + 2, "river") ||
		     sr_tok_is(d, t + 2, "street") || sr_tok_is(d, t + 2, "road") || sr_tok_is(d, t + 2, "line")))
			continue;
		/* (in a clause of its own after the count: "beat two men to
		 * death, as vigilante justice spread across the region") */
		bool own_clause = false;
		for (size_t k = end + 1; t > end && k < t && !own_clause; k++)
			own_clause = sr_tok_is(d, k, ";") ||
			             (sr_tok_is(d, k - 1, ",") && (sr_tok_is(d, k, "as") || sr_tok_is(d, k, "while") ||
			                                           sr_tok_is(d, k, "amid") || sr_tok_is(d, k, "where")));
		if (!own_clause)
			return true;
	}
	return false;
}

/* Are two counts of one sentence groups joined by "and" ("Forty GNA
 * soldiers and eight LNA soldiers were killed"), to be added up? */
static bool counts_joined(const sr_doc *d, const sr_count *a, const sr_count *b)
{
	if (a->sentence != b->sentence || a->kind != b->kind || b->num_start <= a->num_end)
		return false;
	size_t t = sr_tok_at(d, a->num_end ? a->num_end - 1 : a->num_start) + 1, e = sr_tok_at(d, b->num_start);
	if (e <= t || e - t > 8)
		return false;
	/* "Five men died at the scene and two more in hospital" */
	size_t after_b = sr_tok_at(d, b->num_end ? b->num_end - 1 : b->num_start) + 1;
	if (after_b < d->n_tokens && sr_tok_is(d, after_b, "more") && sr_tok_is(d, e - 1, "and"))
		return true;
	/* "... were killed, along with two assailants", "as well as": added
	 * whatever verb comes between */
	/* (and "besides herself", "not counting the attacker": the bomber
	 * too) */
	for (size_t k = t + 1; k < e; k++)
		if ((sr_tok_is(d, k, "with") && sr_tok_is(d, k - 1, "along")) ||
		    (k + 1 < e && sr_tok_is(d, k, "well") && sr_tok_is(d, k - 1, "as") && sr_tok_is(d, k + 1, "as")) ||
		    (sr_tok_is(d, k, "besides") && k + 1 == e) || (sr_tok_is(d, k, "counting") && sr_tok_is(d, k - 1, "not")))
			return true;
	if (e - t > 6)
		return false;
	bool and = false;
	for (size_t k = t; k < e; k++) {
		if (sr_tok_is(d, k, "and") || sr_tok_is(d, k, "plus") || (sr_tok_is(d, k, ",") && k + 1 == e) ||
		    (sr_tok_is(d, k, "with") && k > t && sr_tok_is(d, k - 1, "along")))
			and = true;
		else if (d->tokens[k].pos == SR_POS_VERB || d->tokens[k].pos == SR_POS_AUX)
			return false;
	}
	/* the first must not have been said with its own word of what
	 * happened ("killing 14 ... and wounding 20" are two kinds anyway;
	 * "14 killed and 3 killed" would be odd) */
	return and;
}

static double figure(const sr_count *x)
{
	return x->best >= 0 ? x->best : x->low >= 0 ? x->low : x->high;
}

/* ---- the stage ---------------------------------------------------------------------- */

static char *dup_span(sr_arena *a, const sr_doc *d, int64_t s, int64_t e)
{
	if (s < 0 || e <= s || (size_t)e > d->text_len)
		return NULL;
	return sr_arena_strndup(a, d->text + s, (size_t)(e - s));
}

static void fill_actor(sr_arena *a, const sr_doc *d, const party *p, const char *cc2, sr_incident_actor *out)
{
	memset(out, 0, sizeof *out);
	out->start = out->end = -1;
	if (!p->present)
		return;
	char name[128];
	sr_actor_name(&p->k, cc2, d, p->start, p->end, name, sizeof name);
	out->name = *name ? sr_arena_strdup(a, name) : NULL;
	out->code = p->code ? sr_arena_strdup(a, p->code) : NULL;
	out->inter = p->k.inter;
	if (p->end > p->start) {
		out->text = dup_span(a, d, (int64_t)p->start, (int64_t)p->end);
		out->start = (int64_t)p->start;
		out->end = (int64_t)p->end;
	}
}

/* An associated actor: what the people are ("Students (Chile)"). */
static bool fill_assoc(sr_arena *a, const party *p, const char *cc2, const sr_incident_actor **out, size_t *n)
{
	if (!p->present || !*p->k.assoc)
		return true;
	sr_incident_actor *v = sr_arena_alloc(a, sizeof *v);
	if (!v)
		return false;
	const sr_country_info *ci = cc2 && *cc2 ? sr_geo_country(cc2) : NULL;
	char name[96];
	if (ci)
		snprintf(name, sizeof name, "%s (%s)", p->k.assoc, ci->name);
	else
		snprintf(name, sizeof name, "%s", p->k.assoc);
	v->name = sr_arena_strdup(a, name);
	v->inter = SR_INTER_CIVILIANS;
	v->start = v->end = -1;
	*out = v;
	*n = 1;
	return true;
}

/* The opening date of the paragraph of sentence s: a date that opens a
 * sentence of it before s, or s itself ("On 9 May 2020, ..."). */
static const sr_timex *paragraph_date(const sr_coding *c, size_t s)
{
	const sr_doc *d = c->doc;
	uint32_t para = d->sentences[s].paragraph;
	const sr_timex *best = NULL;
	for (size_t k = 0; k < c->layers.n_dates; k++) {
		const sr_timex *x = &c->layers.dates[k];
		if (x->sentence > s || d->sentences[x->sentence].paragraph != para || !x->first ||
		    x->type != SR_TIMEX_DATE || x->future)
			continue;
		/* it opens its sentence: only a preposition or two before it */
		size_t t = sr_tok_at(d, x->start), st = d->sentences[x->sentence].first_token;
		if (t - st > 2)
			continue;
		best = x;
	}
	/* else the one day the paragraph names up to it ("Thousands gathered
	 * in Paris on 16 March. Late in the evening police dispersed the
	 * crowd") */
	const sr_timex *only = NULL;
	int days = 0;
	for (size_t k = 0; k < c->layers.n_dates && !best; k++) {
		const sr_timex *x = &c->layers.dates[k];
		if (x->sentence > s || d->sentences[x->sentence].paragraph != para || !x->first ||
		    x->type != SR_TIMEX_DATE || x->future || x->precision != SR_TP_DAY)
			continue;
		days++;
		only = x;
	}
	return best ? best : days == 1 ? only : NULL;
}

static uint8_t time_precision_of(int prec)
{
	return prec == SR_TP_DAY || prec == SR_TP_TIME ? 1 : prec == SR_TP_WEEK ? 2 : 3;
}

static bool fill_date(const sr_coding *c, const men *ms, const int *idx, size_t n, sr_incident *x)
{
	const sr_doc *d = c->doc;
	/* the best of its mentions': its clause's, its sentence's, the report's */
	static const int RANK[] = {[SR_DATE_NONE] = 0,   [SR_DATE_PUBLICATION] = 1, [SR_DATE_CLAUSE] = 5,
	                           [SR_DATE_REPORT] = 3, [SR_DATE_SENTENCE] = 4};
	const men *best = NULL;
	int br = -1;
	for (size_t i = 0; i < n; i++) {
		const sr_event_record *r = ms[idx[i]].r;
		if (!r->has_date)
			continue;
		int rk = RANK[r->date.source];
		/* a headline's date is the article's, not the event's */
		if (d->sentences[ms[idx[i]].e->sentence].kind == SR_SENT_HEADLINE && rk > 1)
			rk = 2;
		if (rk > br) {
			br = rk;
			best = &ms[idx[i]];
		}
	}
	x->has_date = best != NULL;
	if (!best)
		return true;
	const sr_event_date *ed = &best->r->date;
	sr_incident_date *o = &x->date;
	snprintf(o->value, sizeof o->value, "%s", ed->value);
	o->first = ed->first;
	o->last = ed->last;
	o->precision = ed->precision;
	o->source = ed->source;
	o->start = ed->end > ed->start ? (int64_t)ed->start : -1;
	o->end = ed->end > ed->start ? (int64_t)ed->end : -1;
	if (ed->source == SR_DATE_PUBLICATION || (ed->precision == SR_TP_TIME && ed->source != SR_DATE_CLAUSE)) {
		/* no date of its own (a time of day is none: "late in the
		 * evening police dispersed the crowd"): its paragraph's opening
		 * date */
		for (size_t i = 0; i < n; i++) {
			const sr_timex *p = paragraph_date(c, ms[idx[i]].e->sentence);
			if (p && p->last <= c->layers.day) {
				snprintf(o->value, sizeof o->value, "%s", p->value);
				o->first = p->first;
				o->last = p->last;
				o->precision = p->precision;
				o->source = SR_DATE_PARAGRAPH;
				o->start = (int64_t)p->start;
				o->end = (int64_t)p->end;
				break;
			}
		}
	}
	o->time_precision = time_precision_of(o->precision);
	/* event data's own hedges after a day: "10 May 2021 (week of)",
	 * "(month of)" */
	if (o->end > 0) {
		const sr_doc *doc = c->doc;
		size_t t = sr_tok_at(doc, (size_t)o->end - 1) + 1;
		if (t + 3 < doc->n_tokens && sr_tok_is(doc, t, "(") && sr_tok_is(doc, t + 2, "of") &&
		    sr_tok_is(doc, t + 3, ")")) {
			if (sr_tok_is(doc, t + 1, "week") && o->time_precision < 2)
				o->time_precision = 2;
			else if (sr_tok_is(doc, t + 1, "month"))
				o->time_precision = 3;
		}
	}
	return true;
}

/* A place the words do not resolve ("the Shaar neighbourhood", "Bat
 * Galim Square") inside one they do: the resolved city or region of its
 * sentence, else of the article's dateline. */
static const sr_place *host_of(const sr_coding *c, const sr_place *part, bool *said)
{
	*said = false;
	const sr_doc *d = c->doc;
	size_t s = part->sentence;
	const sr_place *best = NULL;
	/* the place its words are said to be of or in, over a few words of
	 * its kind ("the Murray Street area of Hartlepool"), before any other
	 * of its sentence */
	size_t t = sr_tok_at(d, part->end - 1) + 1;
	for (size_t steps = 0; t < d->n_tokens && steps < 3 && d->tokens[t].kind == SR_TOK_WORD &&
	                       !sr_tok_is(d, t, "of") && !sr_tok_is(d, t, "in");
	     steps++)
		t++;
	if (t + 1 < d->n_tokens && (sr_tok_is(d, t, "of") || sr_tok_is(d, t, "in"))) {
		size_t at = t + 1 + (t + 2 < d->n_tokens && sr_tok_is(d, t + 1, "the"));
		for (size_t k = 0; k < c->layers.n_places; k++) {
			const sr_place *p = &c->layers.places[k];
			if (p->resolved && !p->metonymy && p->kind != SR_PLACE_DEMONYM && p->precision < SR_GEO_COUNTRY &&
			    p->start == d->tokens[at].start) {
				*said = true;
				return p;
			}
		}
	}
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *p = &c->layers.places[k];
		/* (a region of one country, "Jonglei", "Donbas", is a host too) */
		if (!p->resolved || p->metonymy || p->kind == SR_PLACE_DEMONYM || p->precision == SR_GEO_COUNTRY ||
		    (p->precision == SR_GEO_REGION && !p->country[0]))
			continue;
		/* (the dateline is the fallback, not the sentence's own) */
		if (p->sentence == s && !p->dateline && (!best || p->precision < best->precision))
			best = p;
	}
	if (best)
		return best;
	for (size_t k = 0; k < c->layers.n_places; k++)
		if (c->layers.places[k].dateline && c->layers.places[k].resolved)
			return &c->layers.places[k];
	/* else the country its sentence names by name ("Somalia: roadside
	 * bomb targets convoy in Lower Jubba"), not by its people's */
	for (size_t k = 0; k < c->layers.n_places; k++) {
		const sr_place *p = &c->layers.places[k];
		if (p->sentence == s && p->resolved && !p->metonymy && p->kind != SR_PLACE_DEMONYM &&
		    p->precision == SR_GEO_COUNTRY && p->country[0])
			return p;
	}
	return NULL;
}

/* "near", "outside", "on the outskirts of" before the place's words */
static bool near_words(const sr_doc *d, size_t start)
{
	size_t t = sr_tok_at(d, start);
	for (size_t k = t, steps = 0; k-- > 0 && steps < 4; steps++)
		if (sr_tok_is(d, k, "near") || sr_tok_is(d, k, "outside") || sr_tok_is(d, k, "outskirts") ||
		    sr_tok_is(d, k, "nearby") || sr_tok_is(d, k, "north") || sr_tok_is(d, k, "south") ||
		    sr_tok_is(d, k, "east") || sr_tok_is(d, k, "west") || sr_tok_is(d, k, "km") || sr_tok_is(d, k, "miles"))
			return true;
	return false;
}

static void fill_place(sr_arena *a, const sr_coding *c, const men *ms, const int *idx, size_t n, sr_incident *x)
{
	const sr_doc *d = c->doc;
	sr_incident_place *o = &x->place;
	o->start = o->end = -1;
	o->geonameid = -1;
	const sr_place *best = NULL, *words = NULL;
	uint8_t src = 0;
	size_t best_s = 0;
	bool hosted = false;
	for (size_t i = 0; i < n; i++) {
		const sr_event_record *r = ms[idx[i]].r;
		const sr_place *p = r->place;
		if (!p)
			continue;
		if (!p->resolved) {
			/* a part of a place: its words, with the place it lies in */
			if (!words && r->geo_source == SR_GEOSRC_SENTENCE) {
				words = p;
				bool said;
				const sr_place *h = host_of(c, p, &said);
				if (h && (!best || h->precision < best->precision || src != SR_GEOSRC_SENTENCE || said)) {
					best = h;
					src = SR_GEOSRC_SENTENCE;
					best_s = p->sentence;
					hosted = said;
				}
			}
			continue;
		}
		/* (the town a part is said to lie in stays the place) */
		bool better = !hosted && (!best || (r->geo_source == SR_GEOSRC_SENTENCE && src != SR_GEOSRC_SENTENCE) ||
		                          (r->geo_source == src && p->precision < best->precision));
		if (better) {
			best = p;
			src = r->geo_source;
			best_s = ms[idx[i]].e->sentence;
		}
	}
	(void)best_s;
	/* none of its sentences places it: the place the sentence before
	 * it in its paragraph names ("Thousands gathered in Paris. Late in the
	 * evening police dispersed the crowd"), said to be near */
	bool borrowed = false;
	if (!best || src != SR_GEOSRC_SENTENCE) {
		size_t s0 = ms[idx[0]].e->sentence;
		const sr_place *prev = NULL;
		/* (the place an event of that sentence took, else one named
		 * after "in", "at", "near" and not the first word of a longer
		 * name: "outside the Adjara Supreme Council building in Batumi") */
		for (size_t i = 0; i < c->n_events && s0 > 0 && !prev; i++) {
			const sr_event_record *r = &c->records[i];
			if (c->events[i].sentence + 1 == s0 && r->place && r->place->resolved &&
			    r->geo_source == SR_GEOSRC_SENTENCE && r->place->precision < SR_GEO_COUNTRY &&
			    d->sentences[c->events[i].sentence].paragraph == d->sentences[s0].paragraph &&
			    !(best && strcmp(r->place->country, best->country) != 0))
				prev = r->place;
		}
		for (size_t k = 0; k < c->layers.n_places && s0 > 0 && !prev; k++) {
			const sr_place *p = &c->layers.places[k];
			if (p->sentence + 1 != s0 || d->sentences[p->sentence].paragraph != d->sentences[s0].paragraph ||
			    !p->resolved || p->metonymy || p->kind == SR_PLACE_DEMONYM || p->precision >= SR_GEO_COUNTRY ||
			    (best && strcmp(p->country, best->country) != 0))
				continue;
			size_t pt = sr_tok_at(d, p->start), pe = sr_tok_at(d, p->end - 1) + 1;
			static const char *const PARTS[] = {"area", "areas", "outskirts", "parts", "centre", "center",
			                                    "neighbourhood", "neighbourhoods", "suburbs", "districts", NULL};
			bool cued = pt > 0 && (sr_tok_is(d, pt - 1, "in") || sr_tok_is(d, pt - 1, "at") ||
			                       sr_tok_is(d, pt - 1, "near") || sr_tok_is(d, pt - 1, "outside") ||
			                       (sr_tok_is(d, pt - 1, "of") && word_just_before(d, pt - 1, 1, PARTS)));
			if (!cued || (pe < d->n_tokens && (d->tokens[pe].flags & SR_TF_CAP)))
				continue;
			if (!prev || p->precision < prev->precision)
				prev = p;
		}
		if (prev) {
			best = prev;
			src = SR_GEOSRC_SENTENCE;
			borrowed = true;
		}
	}
	/* a people's name of someone, the text's only word of a country for
	 * the event ("a Syrian woman suspected of planting the device was
	 * among 46 people detained" after a bombing in Istanbul), is whose:
	 * the country where the text's towns lie is where */
	if (best && src == SR_GEOSRC_FOCUS && best->kind == SR_PLACE_DEMONYM) {
		const sr_place *town = NULL;
		for (size_t k = 0; k < c->layers.n_places && !town; k++) {
			const sr_place *p = &c->layers.places[k];
			if (p->resolved && p->kind != SR_PLACE_DEMONYM && !p->metonymy && p->precision <= SR_GEO_ADMIN1 &&
			    strcmp(p->country, best->country) != 0)
				town = p;
		}
		if (town)
			best = town;
	}
	if (!best) {
		if (words) {
			o->text = dup_span(a, d, (int64_t)words->start, (int64_t)words->end);
			o->start = (int64_t)words->start;
			o->end = (int64_t)words->end;
		}
		return;
	}
	o->name = best->name;
	o->has_point = 1;
	o->lat = best->lat;
	o->lon = best->lon;
	/* "in northern Mali": where the part's towns lie */
	sr_geo_country_part(d, best, &o->lat, &o->lon, &o->name);
	o->geonameid = best->geonameid;
	snprintf(o->country, sizeof o->country, "%s", best->country);
	snprintf(o->admin1, sizeof o->admin1, "%s", best->admin1);
	o->admin1_name = best->admin1[0] ? sr_geo_admin1_name(best->country, best->admin1) : NULL;
	o->precision = best->precision;
	o->source = src;
	bool part = words && words->sentence == best->sentence;
	const sr_place *w = part ? words : best;
	o->text = dup_span(a, d, (int64_t)w->start, (int64_t)w->end);
	o->start = (int64_t)w->start;
	o->end = (int64_t)w->end;
	if (best->precision >= SR_GEO_ADMIN1 || src == SR_GEOSRC_FOCUS)
		o->geo_precision = 3;
	else if (part || borrowed || src == SR_GEOSRC_DATELINE || near_words(d, best->start))
		o->geo_precision = 2;
	else
		o->geo_precision = 1;
}

/* Who says so: the sources of its mentions' sentences (a claim relayed
 * "according to" an outlet keeps both), else the article itself.  The
 * claim's status: reported when anyone who is no party says so in its own
 * words (a monitor, the UN, witnesses, the article unattributed); claimed
 * when only parties and the outlets that relay them do. */
static bool fill_sources(sr_arena *a, const sr_coding *c, const men *ms, const int *idx, size_t n, sr_incident *x)
{
	sr_incident_source *v = sr_arena_alloc(a, (c->layers.n_sources + 1) * sizeof *v);
	if (!v)
		return false;
	size_t k = 0;
	bool article = false;
	for (size_t i = 0; i < n; i++) {
		const men *m = &ms[idx[i]];
		bool own = false; /* a source of its sentence says it */
		for (size_t q = 0; q < c->layers.n_sources; q++) {
			const sr_source *src = &c->layers.sources[q];
			if (src->sentence != m->e->sentence)
				continue;
			own = true;
			bool seen = false;
			for (size_t j = 0; j < k; j++)
				seen = seen || (v[j].start == (int64_t)src->start && v[j].end == (int64_t)src->end);
			if (!seen)
				v[k++] = (sr_incident_source){dup_span(a, c->doc, (int64_t)src->start, (int64_t)src->end),
				                              src->type, src->status, (int64_t)src->start, (int64_t)src->end};
		}
		/* the article's own words: an unattributed mention that is not the
		 * headline's summary or a word alone */
		if (!own && !m->trigger && c->doc->sentences[m->e->sentence].kind != SR_SENT_HEADLINE)
			article = true;
	}
	if (!k || article)
		v[k++] = (sr_incident_source){NULL, SR_SRC_OTHER, SR_STATUS_REPORTED, -1, -1};
	x->sources = v;
	x->n_sources = k;
	bool reported = false, claimed = false, unverified = false, denied = false;
	for (size_t j = 0; j < k; j++) {
		bool relay = v[j].text && v[j].type == SR_SRC_NEWS_AGENCY;
		reported = reported || (v[j].status == SR_STATUS_REPORTED && !relay);
		claimed = claimed || v[j].status == SR_STATUS_CLAIMED;
		unverified = unverified || v[j].status == SR_STATUS_UNVERIFIED;
		denied = denied || v[j].status == SR_STATUS_DENIED;
	}
	x->claim_status = reported ? SR_STATUS_REPORTED
	                  : claimed ? SR_STATUS_CLAIMED
	                  : unverified ? SR_STATUS_UNVERIFIED
	                  : denied ? SR_STATUS_DENIED
	                           : SR_STATUS_REPORTED;
	return true;
}

/* The counts an incident owns: their figures and the totals. */
/* Does the paragraph of a count of incident which say no one died ("No
 * fatalities.", "No fatalities were reported", "no one was killed")? */
static bool no_fatalities_said(const sr_coding *c, const int *owner, int which)
{
	const sr_doc *d = c->doc;
	size_t para = SIZE_MAX;
	for (size_t k = 0; k < c->layers.n_counts && para == SIZE_MAX; k++)
		if (owner[k] == which)
			para = d->sentences[c->layers.counts[k].sentence].paragraph;
	if (para == SIZE_MAX)
		return false;
	for (size_t s = 0; s < d->n_sentences; s++) {
		if (d->sentences[s].paragraph != para)
			continue;
		size_t from = d->sentences[s].first_token, to = from + d->sentences[s].n_tokens;
		for (size_t t = from; t + 1 < to; t++) {
			bool no = sr_tok_is(d, t, "no");
			/* (one side's: "its unit suffered no casualties") */
			bool side_own = t > from && (sr_tok_is(d, t - 1, "suffered") || sr_tok_is(d, t - 1, "sustained") ||
			                             sr_tok_is(d, t - 1, "incurred"));
			/* (or one group's: "no casualties were reported among the
			 * troops", "no deaths on the government side") */
			for (size_t k = t + 2; k < to && k < t + 7 && !side_own; k++)
				side_own = sr_tok_is(d, k, "among") || (sr_tok_is(d, k, "side") && k > t + 2) ||
				           (sr_tok_is(d, k, "its") && k + 1 < to && sr_tok_is(d, k + 1, "own"));
			if (no && !side_own &&
			    (sr_tok_is(d, t + 1, "fatalities") || sr_tok_is(d, t + 1, "deaths") ||
			     sr_tok_is(d, t + 1, "casualties")))
				return true;
			if ((no || sr_tok_is(d, t, "nobody")) && t + 3 < to &&
			    ((sr_tok_is(d, t + 1, "one") && sr_tok_is(d, t + 2, "was") && sr_tok_is(d, t + 3, "killed")) ||
			     (sr_tok_is(d, t, "nobody") && sr_tok_is(d, t + 1, "was") && sr_tok_is(d, t + 2, "killed"))))
				return true;
		}
	}
	return false;
}

/* Does the count say its dead are more than those told ("were also
 * killed", "also died")? */
static bool count_says_also(const sr_doc *d, const sr_count *x)
{
	size_t from = sr_tok_at(d, x->num_start), to = sr_tok_at(d, x->end ? x->end - 1 : x->start);
	size_t first = d->sentences[x->sentence].first_token;
	for (size_t t = from >= first + 2 ? from - 2 : first; t <= to && t < d->n_tokens; t++)
		if (sr_tok_is(d, t, "also"))
			return true;
	return false;
}

/* Do the words between two counts of a sentence set one claim against
 * another ("..., while a spokesman acknowledged", "but police said")? */
static bool claims_differ(const sr_doc *d, const sr_count *a, const sr_count *b)
{
	static const char *const W[] = {"while", "but", "whereas", "acknowledged", "admitted", "conceded", "claimed",
	                                "said", "says", "according", "put", "putting", "estimated", NULL};
	return words_in(d, sr_tok_at(d, a->end ? a->end - 1 : a->end) + 1, sr_tok_at(d, b->start), W);
}

/* Is count x a party's claim of its enemy's dead ("claimed that 'about
 * twenty' assailants were neutralised", "while asserting that 30
 * attackers were also killed", "claiming to have killed five"), which a
 * careful coder leaves out of a toll that has a reported figure? */
static bool count_claimed(const sr_coding *c, const sr_count *x)
{
	const sr_doc *d = c->doc;
	static const char *const LIVES[] = {"lives", "life", NULL};
	size_t t = sr_tok_at(d, x->num_start), first = d->sentences[x->sentence].first_token;
	for (size_t k = t, steps = 0; k-- > first && steps < 6; steps++) {
		if (sr_tok_is(d, k, ";") || sr_tok_is(d, k, "."))
			return false;
		if (sr_tok_is(d, k, "that") && k > first &&
		    (sr_tok_is(d, k - 1, "claimed") || sr_tok_is(d, k - 1, "claiming") || sr_tok_is(d, k - 1, "asserting") ||
		     sr_tok_is(d, k - 1, "asserted") || sr_tok_is(d, k - 1, "alleged") || sr_tok_is(d, k - 1, "alleging") ||
		     sr_tok_is(d, k - 1, "boasted")))
			return true;
		/* "police initially claimed up to a dozen Maoists died, while the
		 * CPI (Maoist) acknowledged four cadres killed": a claim beside
		 * the other side's own figure for the same group (not "claimed
		 * the lives of 12", "claimed responsibility") */
		if ((sr_tok_is(d, k, "claimed") || sr_tok_is(d, k, "claiming") || sr_tok_is(d, k, "alleged")) &&
		    k + 1 < d->n_tokens && !sr_tok_is(d, k + 1, "the") && !sr_tok_is(d, k + 1, "responsibility") &&
		    !sr_tok_is(d, k + 1, "that") && x->end > x->start && !words_in(d, t, sr_tok_at(d, x->end - 1) + 1, LIVES)) {
			/* (one side's word of the other's dead: "Russian sources
			 * claimed up to 90 Ukrainian servicemen were killed") */
			{
				char who[3] = "", whose[3] = "";
				for (size_t q = k, st = 0; q-- > first && st < 4 && !who[0]; st++)
					sr_geo_demonym_country(d->text + d->tokens[q].start, d->tokens[q].end - d->tokens[q].start, who);
				size_t xe = x->end > x->start ? sr_tok_at(d, x->end - 1) : t;
				for (size_t q = k + 1; q <= xe && q < d->n_tokens && !whose[0]; q++)
					sr_geo_demonym_country(d->text + d->tokens[q].start, d->tokens[q].end - d->tokens[q].start, whose);
				if (who[0] && whose[0] && strcmp(who, whose) != 0)
					return true;
			}
			/* (a claim set against a figure another source gave before
			 * it in the sentence: "left three government soldiers dead,
			 * a military source said; Houthi-run Al-Masirah claimed
			 * dozens of 'mercenaries' were killed") */
			for (size_t q = 0; q < c->layers.n_counts; q++) {
				const sr_count *y = &c->layers.counts[q];
				if (y != x && y->sentence == x->sentence && y->kind == SR_COUNT_KILLED && !y->rejected &&
				    y->end <= d->tokens[k].start && y->best >= 0 && claims_differ(d, y, x))
					return true;
			}
			sr_actor_kind g, h;
			if (!count_group(d, x, &g))
				return false;
			for (size_t q = 0; q < c->layers.n_counts; q++) {
				const sr_count *y = &c->layers.counts[q];
				if (y != x && y->sentence == x->sentence && y->kind == SR_COUNT_KILLED && !y->rejected &&
				    count_group(d, y, &h) && armed(h.inter) == armed(g.inter) && h.state == g.state)
					return true;
			}
			return false;
		}
		/* "AQAP claimed the attack, saying six were killed": the
		 * claimant's own figure */
		if (sr_tok_is(d, k, "saying") || sr_tok_is(d, k, "adding"))
			for (size_t q = k, st = 0; q-- > first && st < 6; st++)
				if (sr_tok_is(d, q, "claimed") || sr_tok_is(d, q, "claiming"))
					return true;
		/* "Al Shabaab claimed it had killed 11 soldiers" */
		if (sr_tok_is(d, k, "had") && k > first + 1 && (sr_tok_is(d, k - 1, "it") || sr_tok_is(d, k - 1, "they")) &&
		    (sr_tok_is(d, k - 2, "claimed") || sr_tok_is(d, k - 2, "claims") || sr_tok_is(d, k - 2, "claiming")))
			return true;
		/* "claiming to have killed five Taliban members" */
		/* (over a few words: "claimed in a statement to have killed 17
		 * soldiers") */
		if (sr_tok_is(d, k, "have") && k > first + 1 && sr_tok_is(d, k - 1, "to"))
			for (size_t q = k - 1, st = 0; q-- > first && st < 5; st++) {
				if (sr_tok_is(d, q, "claimed") || sr_tok_is(d, q, "claiming") || sr_tok_is(d, q, "claims"))
					return true;
				if (d->tokens[q].kind == SR_TOK_PUNCT)
					break;
			}
	}
	return false;
}

/* Is count x another source's figure for the dead told before, in a
 * later sentence ("Civil society sources put the toll at 11", "the
 * local PDF put the toll at 13"), not an update of it ("later raised
 * the toll to 8")? */
static bool toll_put(const sr_doc *d, const sr_count *x)
{
	if (!x->num_start)
		return false;
	size_t n0 = sr_tok_at(d, x->num_start), from = d->sentences[x->sentence].first_token;
	if (n0 < from + 3 || !sr_tok_is(d, n0 - 1, "at"))
		return false;
	size_t k = n0 - 2;
	if (!sr_tok_is(d, k, "toll"))
		return false;
	if (k > from && (sr_tok_is(d, k - 1, "death") || sr_tok_is(d, k - 1, "fatality")))
		k--;
	if (k > from && sr_tok_is(d, k - 1, "the"))
		k--;
	if (!(k > from + 1 && (sr_tok_is(d, k - 1, "put") || sr_tok_is(d, k - 1, "puts") || sr_tok_is(d, k - 1, "putting") ||
	                       sr_tok_is(d, k - 1, "placed") || sr_tok_is(d, k - 1, "placing"))))
		return false;
	/* ("Earlier reports had put the toll at seven": a first figure the
	 * one told before it replaced) */
	for (size_t t = k - 1, st = 0; t-- > from && st < 6; st++)
		if (sr_tok_is(d, t, "earlier") || sr_tok_is(d, t, "initially") || sr_tok_is(d, t, "initial") ||
		    sr_tok_is(d, t, "first") || sr_tok_is(d, t, "had"))
			return false;
	return true;
}

/* Is count x a later source's word on the dead told before ("A local
 * official later said 20 people had died"): said by someone, of no
 * other group than the first figure's (grp, first_grp: 0 for none), not
 * more dead ("also", "more", "other"), not a toll risen? */
static bool said_again(const sr_doc *d, const sr_count *x, int grp, int first_grp)
{
	if (!x->num_start || (grp && first_grp && grp != first_grp) || count_says_also(d, x))
		return false;
	static const char *const SAID[] = {"said", "says", "reported", "told", "counted", "according", "gave", NULL};
	static const char *const MORE[] = {"more", "other", "others", "another", "further", "additional", "risen",
	                                   "rose",  "raised", "climbed", "reached", "toll", NULL};
	size_t n0 = sr_tok_at(d, x->num_start), from = d->sentences[x->sentence].first_token;
	size_t e = sr_tok_at(d, x->end ? x->end - 1 : x->start) + 1;
	size_t b = n0 > from + 8 ? n0 - 8 : from;
	for (size_t t = n0; t-- > b;)
		if (sr_tok_is(d, t, ";") || sr_tok_is(d, t, ",")) {
			b = t + 1;
			break;
		}
	return words_in(d, b, n0, SAID) && !words_in(d, b, e + 1 < d->n_tokens ? e + 1 : e, MORE);
}

static bool fill_counts(sr_arena *a, const sr_coding *c, const int *owner, int inc_index, sr_incident *x)
{
	const sr_doc *d = c->doc;
	size_t n = 0;
	for (size_t k = 0; k < c->layers.n_counts; k++)
		n += owner[k] == inc_index;
	x->fatalities_best = x->fatalities_low = x->fatalities_high = -1;
	if (!n)
		return true;
	sr_incident_count *v = sr_arena_alloc(a, n * sizeof *v);
	if (!v)
		return false;
	size_t m = 0;
	/* of killed: per sentence the groups added up, a figure said again
	 * in it not; across sentences the largest (a later sentence repeats
	 * or updates the toll), unless its victims are another group */
	double best = -1, low = -1, high = -1;
	double sent_best = -1, sent_low = -1, sent_high = -1;
	size_t cur_sentence = SIZE_MAX;
	int cur_group = -1;
	struct {
		int group;
		double best, low, high;
	} groups[16];
	size_t n_groups = 0;
	const sr_count *prev = NULL;
	bool prev_in_sum = false;
	unsigned sent_groups = 0; /* the groups the sentence's figure counts */
	bool reported = false; /* a figure of the killed that is no party's claim */
	bool killed = false;
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		bool own = owner[k] == inc_index && c->layers.counts[k].kind == SR_COUNT_KILLED;
		killed = killed || own;
		reported = reported || (own && !count_claimed(c, &c->layers.counts[k]));
	}
	/* another source's toll after the first figure: a claim beside it,
	 * the lower of the two the conservative figure */
	double put = -1;
	size_t first_killed = SIZE_MAX;
	int first_grp = 0;
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *cx = &c->layers.counts[k];
		if (owner[k] != inc_index || cx->kind != SR_COUNT_KILLED || cx->rejected)
			continue;
		if (first_killed == SIZE_MAX && !toll_put(d, cx)) {
			first_killed = cx->sentence;
			sr_actor_kind g;
			first_grp = count_group(d, cx, &g) ? (armed(g.inter) ? (g.state ? 1 : 3) : 2) : 0;
		}
	}
	/* ("Fatalities unknown; Russian sources claimed up to 90 ...": the
	 * coder's word that no figure is known stands against a claim; read
	 * only when the incident's dead are all claims) */
	for (size_t t = 0; killed && !reported && t + 1 < d->n_tokens; t++)
		reported = (sr_tok_is(d, t, "fatalities") || sr_tok_is(d, t, "casualties")) && sr_tok_is(d, t + 1, "unknown");
	for (size_t k = 0; k <= c->layers.n_counts; k++) {
		const sr_count *cx = k < c->layers.n_counts ? &c->layers.counts[k] : NULL;
		bool mine = cx && owner[k] == inc_index;
		if (cx && !mine)
			continue;
		/* a sentence ends: its figure joins the incident's */
		if (!cx || cx->sentence != cur_sentence) {
			if (sent_best >= 0 || sent_low >= 0 || sent_high >= 0) {
				size_t g = 0;
				while (g < n_groups && groups[g].group != cur_group)
					g++;
				if (g == n_groups && n_groups < 16) {
					groups[n_groups].group = cur_group;
					groups[n_groups].best = groups[n_groups].low = groups[n_groups].high = -1;
					n_groups++;
				}
				if (g < n_groups) {
					if (sent_best > groups[g].best)
						groups[g].best = sent_best;
					if (sent_low >= 0 && (groups[g].low < 0 || sent_low < groups[g].low))
						groups[g].low = sent_low;
					if (sent_high > groups[g].high)
						groups[g].high = sent_high;
				}
			}
			sent_best = sent_low = sent_high = -1;
			cur_group = -1;
			sent_groups = 0;
			prev = NULL;
			prev_in_sum = false;
			if (!cx)
				break;
			cur_sentence = cx->sentence;
		}
		sr_incident_count *o = &v[m++];
		o->kind = cx->kind;
		o->best = cx->best;
		o->low = cx->low;
		o->high = cx->high;
		o->text = dup_span(a, d, (int64_t)cx->start, (int64_t)cx->end);
		o->start = (int64_t)cx->start;
		o->end = (int64_t)cx->end;
		o->part = count_is_part(d, cx, c->layers.counts, c->layers.n_counts);
		/* (a pact, a change of a group, a base, a handover kills no one:
		 * the dead told beside it are those of what it ends or follows) */
		if (cx->kind != SR_COUNT_KILLED || o->part || (reported && count_claimed(c, cx)) ||
		    x->acled == SR_ACLED_AGREEMENT || x->acled == SR_ACLED_CHANGE || x->acled == SR_ACLED_HQ ||
		    x->acled == SR_ACLED_TRANSFER)
			continue;
		sr_actor_kind g;
		/* the group: the state's armed men, others' armed men, the
		 * unarmed; 0 when the words do not say */
		int grp = count_group(d, cx, &g) ? (armed(g.inter) ? (g.state ? 1 : 3) : 2) : 0;
		if (first_killed < cx->sentence && figure(cx) >= 0 &&
		    (toll_put(d, cx) || said_again(d, cx, grp, first_grp))) {
			o->restated = 1;
			if (put < 0 || figure(cx) < put)
				put = figure(cx);
			continue;
		}
		/* ("nine people died": everyone, of no one group: beside "three
		 * soldiers" another count of the same dead, not more dead) */
		if (cx->num_end) {
			size_t t = sr_tok_at(d, cx->num_end - 1) + 1;
			if (t < d->n_tokens && (sr_tok_is(d, t, "people") || sr_tok_is(d, t, "persons") ||
			                        sr_tok_is(d, t, "individuals")))
				grp = 0;
		}
		/* "Five attackers were also killed": more dead, not the same */
		bool also = count_says_also(d, cx);
		/* a headline says again what the text says: of no group of its own */
		/* (a note of a sentence or two is no headline over a text, nor
		 * is a paragraph of sentences with no text below it) */
		if (d->sentences[cx->sentence].kind == SR_SENT_HEADLINE && d->n_sentences >= 3 &&
		    d->sentences[d->n_sentences - 1].paragraph != d->sentences[cx->sentence].paragraph)
			grp = 0;
		double f = figure(cx);
		double lo = cx->low >= 0 ? cx->low : cx->best;
		double hi = cx->high >= 0 ? cx->high : cx->best;
		if (prev && counts_joined(d, prev, cx)) {
			/* "Forty GNA soldiers and eight LNA soldiers": added */
			sent_best = (sent_best >= 0 ? sent_best : 0) + (f >= 0 ? f : 0);
			sent_low = lo >= 0 ? (sent_low >= 0 ? sent_low : 0) + lo : sent_low;
			sent_high = hi >= 0 ? (sent_high >= 0 ? sent_high : 0) + hi : sent_high;
			prev_in_sum = true;
			cur_group = 0; /* a sum over groups: of no one group */
			sent_groups |= grp ? 1u << grp : 0;
		} else if ((sent_best >= 0 || sent_low >= 0) &&
		           (also || (grp && cur_group > 0 && grp != cur_group) ||
		            /* ("20 soldiers and 1 civilian were killed, while dozens
		             * of assailants were 'neutralised'": a third group) */
		            (grp && cur_group == 0 && sent_groups && !(sent_groups & (1u << grp))))) {
			/* "killed 17 soldiers, adding that 11 attackers were also
			 * killed": another group's dead, added */
			sent_best = (sent_best >= 0 ? sent_best : 0) + (f >= 0 ? f : 0);
			sent_low = lo >= 0 ? (sent_low >= 0 ? sent_low : 0) + lo : sent_low;
			sent_high = hi >= 0 ? (sent_high >= 0 ? sent_high : 0) + hi : sent_high;
			prev_in_sum = true;
			cur_group = 0;
			sent_groups |= grp ? 1u << grp : 0;
		} else if (sent_best >= 0 || sent_low >= 0) {
			/* said again in the sentence */
			o->restated = 1;
			if (!prev_in_sum && f > sent_best)
				sent_best = f;
			/* another side's lower figure ("the NRF claimed 7 Taliban
			 * were killed, while a Taliban spokesman acknowledged 2"):
			 * the conservative one */
			if (prev && lo >= 0 && sent_low >= 0 && lo < sent_low && claims_differ(d, prev, cx))
				sent_low = lo;
		} else {
			sent_best = f;
			sent_low = lo;
			sent_high = hi;
			/* (in a sentence of its own, "also" makes a group of its own,
			 * added to the others) */
			cur_group = also && cx->sentence > 0 ? 4 + (int)k : grp;
			sent_groups = grp ? 1u << grp : 0;
		}
		prev = cx;
	}
	/* across sentences: the largest of a group; groups that are told
	 * apart (soldiers, civilians) added, a figure of no group the larger
	 * of itself and their sum */
	double known = -1, unknown = -1, klow = -1, ulow = -1, khigh = -1, uhigh = -1;
	double extra = 0, elow = 0, ehigh = 0; /* the dead said to be more ("also killed") */
	for (size_t g = 0; g < n_groups; g++) {
		if (groups[g].group >= 4) {
			extra += groups[g].best >= 0 ? groups[g].best : 0;
			elow += groups[g].low >= 0 ? groups[g].low : groups[g].best >= 0 ? groups[g].best : 0;
			ehigh += groups[g].high >= 0 ? groups[g].high : groups[g].best >= 0 ? groups[g].best : 0;
		} else if (groups[g].group > 0) {
			known = (known >= 0 ? known : 0) + (groups[g].best >= 0 ? groups[g].best : 0);
			klow = groups[g].low >= 0 ? (klow >= 0 ? klow : 0) + groups[g].low : klow;
			khigh = groups[g].high >= 0 ? (khigh >= 0 ? khigh : 0) + groups[g].high : khigh;
		} else {
			if (groups[g].best > unknown)
				unknown = groups[g].best;
			if (groups[g].low >= 0 && (ulow < 0 || groups[g].low > ulow))
				ulow = groups[g].low;
			if (groups[g].high > uhigh)
				uhigh = groups[g].high;
		}
	}
	best = known > unknown ? known : unknown;
	low = klow > ulow ? klow : ulow;
	high = khigh > uhigh ? khigh : uhigh;
	if (extra > 0) {
		best = (best >= 0 ? best : 0) + extra;
		low = (low >= 0 ? low : 0) + elow;
		high = high >= 0 ? high + ehigh : -1;
	}
	if (put >= 0 && (low < 0 || put < low))
		low = put;
	/* a tally in event data's words ("... 8 fatalities.", "1 fatality")
	 * is the coder's own sum of all the above: it stands */
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *cx = &c->layers.counts[k];
		if (owner[k] != inc_index || cx->kind != SR_COUNT_KILLED || cx->best < 0 || !cx->num_end)
			continue;
		size_t t = sr_tok_at(d, cx->num_end - 1) + 1, n0 = sr_tok_at(d, cx->num_start);
		if ((t < d->n_tokens && (sr_tok_is(d, t, "fatalities") || sr_tok_is(d, t, "fatality"))) ||
		    (n0 >= 2 && sr_tok_is(d, n0 - 1, ":") &&
		     (sr_tok_is(d, n0 - 2, "fatalities") || sr_tok_is(d, n0 - 2, "fatality")))) /* ("Fatalities: 3.") */
			best = low = cx->best, high = -1;
	}
	/* a toll told as risen by a later day ("by 16 October the toll had
	 * risen to 276", "the toll was raised to 32 the following day")
	 * updates the first figures: the last word on the same dead (another
	 * source that "later put the toll at" more is another claim, and the
	 * conservative figure stands) */
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *cx = &c->layers.counts[k];
		if (owner[k] != inc_index || cx->kind != SR_COUNT_KILLED || cx->cumulative || cx->best < 0 || !cx->num_start)
			continue;
		size_t n0 = sr_tok_at(d, cx->num_start), from = d->sentences[cx->sentence].first_token;
		bool toll = false, moved = false, by = false, rose = false;
		for (size_t t = n0, st = 0; t-- > from && st < 6; st++) {
			toll = toll || sr_tok_is(d, t, "toll");
			moved = moved || sr_tok_is(d, t, "risen") || sr_tok_is(d, t, "rose") || sr_tok_is(d, t, "raised") ||
			        sr_tok_is(d, t, "climbed") || sr_tok_is(d, t, "reached") || sr_tok_is(d, t, "stood");
			/* ("police raised the toll to six", "updated the death toll
			 * to 3", "bringing the toll to nine": an update in its words) */
			by = by || (toll && (sr_tok_is(d, t, "raised") || sr_tok_is(d, t, "raising") || sr_tok_is(d, t, "updated") ||
			                     sr_tok_is(d, t, "revised") || sr_tok_is(d, t, "bringing") || sr_tok_is(d, t, "brought") ||
			                     sr_tok_is(d, t, "taking") || sr_tok_is(d, t, "pushing")));
			moved = moved || by;
			rose = rose || sr_tok_is(d, t, "rose") || sr_tok_is(d, t, "risen") || sr_tok_is(d, t, "climbed");
		}
		/* (a toll that rose is the same dead's, counted again: "the toll
		 * later rose to four") */
		by = by || (toll && rose);
		for (size_t t = n0; t-- > from;)
			by = by || sr_tok_is(d, t, "by") || sr_tok_is(d, t, "later") || sr_tok_is(d, t, "following");
		for (size_t t = n0 + 1; t < from + d->sentences[cx->sentence].n_tokens && t < n0 + 6; t++)
			by = by || sr_tok_is(d, t, "by") || sr_tok_is(d, t, "following");
		if (toll && moved && by && cx->best >= best)
			best = low = cx->best, high = -1;
	}
	/* a dead counted by its rank after the first figure ("killing six
	 * people. A seventh victim died in hospital"): the toll is that rank */
	for (size_t k = 0; k < c->layers.n_counts && best > 0; k++) {
		const sr_count *cx = &c->layers.counts[k];
		if (owner[k] != inc_index || cx->kind != SR_COUNT_KILLED || cx->best != 1)
			continue;
		static const char *const RANK[] = {"second",    "third",      "fourth",     "fifth",     "sixth",
		                                   "seventh",   "eighth",     "ninth",      "tenth",     "eleventh",
		                                   "twelfth",   "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		                                   "seventeenth", "eighteenth", "nineteenth", "twentieth", NULL};
		size_t t0 = sr_tok_at(d, cx->start), t1 = sr_tok_at(d, cx->end ? cx->end - 1 : cx->start) + 1;
		for (size_t t = t0; t < t1 && t < t0 + 3; t++)
			for (size_t r = 0; RANK[r]; r++)
				if (sr_tok_is(d, t, RANK[r]) && (double)(r + 2) == best + 1)
					best = low = (double)(r + 2), high = -1;
	}
	/* ... and so does its "No fatalities." ("no one was killed"): what
	 * else the text counts was another day's */
	if (best > 0 && no_fatalities_said(c, owner, inc_index))
		best = low = 0, high = -1;
	if (best < 0 && low >= 0)
		best = low;
	if (low > best && best >= 0)
		low = best;
	x->fatalities_best = best;
	x->fatalities_low = low;
	x->fatalities_high = high >= best ? high : -1;
	x->counts = v;
	x->n_counts = m;
	return true;
}

long long sr_incident_acled_fatalities(const sr_incident *x)
{
	double f = x->fatalities_low >= 0 ? x->fatalities_low : x->fatalities_best;
	return f > 0 ? (long long)f : 0;
}

double sr_incident_total(const sr_incident *x, int kind)
{
	if (kind == SR_COUNT_KILLED)
		return x->fatalities_best;
	double t = -1;
	for (size_t i = 0; i < x->n_counts; i++) {
		const sr_incident_count *c = &x->counts[i];
		if (c->kind != kind || c->part || c->restated)
			continue;
		double f = c->best >= 0 ? c->best : c->low;
		if (f > t)
			t = f;
	}
	return t;
}

static bool fill_notes(sr_arena *a, const sr_doc *d, const men *ms, const int *idx, size_t n, sr_incident *x)
{
	size_t cap = 0;
	for (size_t i = 0; i < n; i++) {
		const sr_sentence *s = &d->sentences[ms[idx[i]].e->sentence];
		cap += s->end - s->start + 1;
	}
	if (cap > 4000)
		cap = 4000;
	char *buf = sr_arena_alloc(a, cap + 1);
	if (!buf)
		return false;
	size_t k = 0;
	size_t last = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		size_t s = ms[idx[i]].e->sentence;
		if (s == last)
			continue;
		bool seen = false;
		for (size_t j = 0; j < i; j++)
			seen = seen || ms[idx[j]].e->sentence == s;
		if (seen)
			continue;
		last = s;
		const sr_sentence *st = &d->sentences[s];
		size_t len = st->end - st->start;
		if (k + len + 1 > cap)
			break;
		if (k)
			buf[k++] = ' ';
		for (size_t b = st->start; b < st->end; b++)
			buf[k++] = d->text[b] == '\n' ? ' ' : d->text[b];
	}
	buf[k] = '\0';
	x->notes = buf;
	return true;
}

static bool fill_mentions(sr_arena *a, const sr_doc *d, const men *ms, const int *idx, size_t n, sr_incident *x)
{
	sr_incident_mention *v = sr_arena_alloc(a, n * sizeof *v);
	if (!v)
		return false;
	for (size_t i = 0; i < n; i++) {
		const men *m = &ms[idx[i]];
		sr_incident_mention *o = &v[i];
		o->index = (int32_t)m->rec;
		o->sentence = (int32_t)m->e->sentence;
		snprintf(o->cameo, sizeof o->cameo, "%s", m->e->cameo);
		o->acled = m->e->acled;
		o->text = dup_span(a, d, (int64_t)m->e->verb_start, (int64_t)m->e->verb_end);
		o->start = (int64_t)m->e->verb_start;
		o->end = (int64_t)m->e->verb_end;
		o->sentence_start = (int64_t)d->sentences[m->e->sentence].start;
		o->sentence_end = (int64_t)d->sentences[m->e->sentence].end;
	}
	x->mentions = v;
	x->n_mentions = n;
	return true;
}

/* ACLED's actors where the words give none: the crowd of a
 * demonstration, the police that meets it, the unknown armed group of an
 * attack, the civilians of a massacre. */
static void default_parties(inc *x, const sr_coding *c, const men *ms, const int *idx, size_t n, const int *owner,
                            int inc_index)
{
	(void)ms;
	(void)idx;
	(void)n;
	if (x->fam == FAM_DEMO) {
		bool riot = x->type == SR_ACLED_VIOLENT_DEMO || x->type == SR_ACLED_MOB;
		if (!x->a1.present || !(x->a1.k.inter == SR_INTER_PROTESTERS || x->a1.k.inter == SR_INTER_RIOTERS)) {
			/* the coded source may be the police (who dispersed them): then
			 * it is the other party */
			/* (whoever the crowd was coded as: "Israeli forces fired
			 * rubber-coated bullets at protesters") */
			if (x->a1.present && armed(x->a1.k.inter) &&
			    (!x->a2.present || x->a2.k.inter == SR_INTER_PROTESTERS || x->a2.k.inter == SR_INTER_RIOTERS ||
			     x->a2.k.inter == SR_INTER_CIVILIANS))
				x->a2 = x->a1;
			char assoc[32] = "";
			if (x->a1.present && x->a1.k.inter == SR_INTER_CIVILIANS)
				snprintf(assoc, sizeof assoc, "%s", x->a1.k.assoc);
			memset(&x->a1, 0, sizeof x->a1);
			x->a1.present = true;
			snprintf(x->a1.k.role, sizeof x->a1.k.role, "OPP");
			snprintf(x->a1.k.assoc, sizeof x->a1.k.assoc, "%s", assoc);
		}
		x->a1.k.inter = riot ? SR_INTER_RIOTERS : SR_INTER_PROTESTERS;
		x->a1.k.named = 0;
		if ((x->type == SR_ACLED_INTERVENTION || x->type == SR_ACLED_EXCESSIVE) &&
		    (!x->a2.present || !armed(x->a2.k.inter))) {
			memset(&x->a2, 0, sizeof x->a2);
			x->a2.present = true;
			x->a2.k.inter = SR_INTER_STATE;
			x->a2.k.state = 1;
			snprintf(x->a2.k.role, sizeof x->a2.k.role, "COP");
		}
		/* what they protest against, a ministry or a company, is not a
		 * party; counter-demonstrators are */
		if (x->type == SR_ACLED_PEACEFUL && x->a2.present && x->a2.k.inter != SR_INTER_PROTESTERS &&
		    x->a2.k.inter != SR_INTER_RIOTERS)
			memset(&x->a2, 0, sizeof x->a2);
		return;
	}
	if (x->fam == FAM_STRATEGIC) {
		/* who arrests, seizes or defuses: the state's forces, when the
		 * words say none */
		if (!x->a1.present && (x->type == SR_ACLED_ARRESTS || x->type == SR_ACLED_DISRUPTED)) {
			x->a1.present = true;
			x->a1.k.inter = SR_INTER_STATE;
			x->a1.k.state = 1;
			snprintf(x->a1.k.role, sizeof x->a1.k.role, x->type == SR_ACLED_ARRESTS ? "COP" : "MIL");
		}
		if (!x->a1.present && x->type == SR_ACLED_LOOTING) {
			x->a1.present = true;
			x->a1.k.inter = SR_INTER_POLITICAL_MILITIA;
			snprintf(x->a1.k.role, sizeof x->a1.k.role, "UAF");
		}
		return;
	}
	if (x->fam != FAM_VIOLENCE)
		return;
	/* the victims the counts name */
	if (!x->a2.present) {
		for (size_t k = 0; k < c->layers.n_counts; k++) {
			if (owner[k] != inc_index)
				continue;
			sr_actor_kind g;
			const sr_count *cx = &c->layers.counts[k];
			if ((cx->kind == SR_COUNT_KILLED || cx->kind == SR_COUNT_WOUNDED || cx->kind == SR_COUNT_KIDNAPPED) &&
			    count_group(c->doc, cx, &g) &&
			    ((g.inter == SR_INTER_CIVILIANS && x->type != SR_ACLED_ARMED_CLASH) || armed(g.inter))) {
				x->a2.present = true;
				x->a2.k = g;
				break;
			}
		}
	}
	if (!x->a1.present && (x->type == SR_ACLED_ATTACK || x->type == SR_ACLED_ABDUCTION ||
	                       x->type == SR_ACLED_SEXUAL || x->type == SR_ACLED_REMOTE ||
	                       x->type == SR_ACLED_SUICIDE || x->type == SR_ACLED_GRENADE ||
	                       x->type == SR_ACLED_ARMED_CLASH)) {
		x->a1.present = true;
		x->a1.k.inter = SR_INTER_POLITICAL_MILITIA;
		snprintf(x->a1.k.role, sizeof x->a1.k.role, "UAF");
	}
}

/* How much an incident rests on: its best mention, how many say it, its
 * actors, place and day; [0.05, 0.95], two decimals. */
static double confidence_of(const men *ms, const int *idx, size_t n, const sr_incident *x)
{
	double conf = 0;
	bool verb = false;
	for (size_t i = 0; i < n; i++) {
		if (ms[idx[i]].r->confidence > conf)
			conf = ms[idx[i]].r->confidence;
		verb = verb || !ms[idx[i]].trigger;
	}
	conf += n > 1 ? 0.05 : 0;
	conf += x->actor1.name && x->actor1.start >= 0 ? 0.03 : 0;
	conf += x->fatalities_best >= 0 ? 0.03 : 0;
	conf += x->fatalities_best > 0 ? 0.04 : 0; /* a toll: what a report is most about */
	conf += x->place.geo_precision == 1 ? 0.03 : 0;
	if (!verb)
		conf -= 0.05;
	if (x->claim_status == SR_STATUS_CLAIMED || x->claim_status == SR_STATUS_UNVERIFIED)
		conf -= 0.05;
	conf = conf < 0.05 ? 0.05 : conf > 0.95 ? 0.95 : conf;
	return (double)(long)(conf * 100 + 0.5) / 100;
}

void sr_incidents_free(sr_incidents *x)
{
	if (!x)
		return;
	impl *im = (impl *)x;
	sr_arena_clear(&im->arena);
	free(im);
}

/* Read each record; false when out of memory. */
static void read_mentions(const sr_coding *c, men *ms, size_t *n_out, sr_relevance_in *rin)
{
	const sr_doc *d = c->doc;
	size_t n = 0;
	bool article = d->n_sentences >= 3;
	for (size_t i = 0; i < c->n_events; i++) {
		const sr_event *e = &c->events[i];
		const sr_event_record *r = &c->records[i];
		int root = r->cameo_known ? (r->root[0] - '0') * 10 + (r->root[1] - '0') : 0;
		if (!e->acled && !e->negated && ((root >= 2 && root <= 5) || (root >= 10 && root <= 13) || root == 16))
			rin->diplomatic++;
		if (!e->acled || e->negated || e->grievance || e->sentence >= d->n_sentences)
			continue;
		/* what will happen did not, unless it is a change an armed group
		 * or a government announces ("announced that the special forces
		 * would be dissolved"): the announcement is the development */
		/* (a march tried and broken up happened: "used water cannon and
		 * tear gas to disperse dozens of students who tried to march to
		 * the National Congress") */
		if (e->hypothetical && !((e->acled == SR_ACLED_CHANGE || e->acled == SR_ACLED_HQ) && announced(d, e->sentence)) &&
		    !(family_of(e->acled) == FAM_DEMO && force_on_crowd(d, e->sentence)))
			continue;
		/* a surrender or a withdrawal beside the taking of the ground
		 * ("took over Ghazni after government forces surrendered") is how
		 * it changed hands, beside a fight how it ended ("battled for
		 * hours before retreating"): no event of its own */
		if (!strcmp(e->cameo, "0874")) {
			bool taken = false;
			/* (or in the sentence after the taking: "retook the town. The
			 * insurgents had withdrawn ahead of the advance") */
			for (size_t j = 0; j < c->n_events && !taken; j++)
				taken = j != i &&
				        ((c->events[j].sentence == e->sentence &&
				          (territory_type(c->events[j].acled) || family_of(c->events[j].acled) == FAM_VIOLENCE)) ||
				         (c->events[j].sentence + 1 == e->sentence && territory_type(c->events[j].acled))) &&
				        !c->events[j].negated && strcmp(c->events[j].cameo, "0874") != 0;
			/* (and one an "after" clause tells: "looted the city a day
			 * after the army withdrew from it") */
			bool main_other = false;
			for (size_t j = 0; j < c->n_events && !main_other && sr_after_clause(d, e->sentence, e->verb_start);
			     j++)
				main_other = j != i && c->events[j].sentence == e->sentence && c->events[j].acled &&
				             !c->events[j].negated && strcmp(c->events[j].cameo, "0874") != 0 &&
				             !sr_after_clause(d, e->sentence, c->events[j].verb_start);
			if (taken || main_other)
				continue;
		}
		men *m = &ms[n];
		memset(m, 0, sizeof *m);
		m->rec = i;
		m->e = e;
		m->r = r;
		m->inc = -1;
		m->fam = (uint8_t)family_of(e->acled);
		m->trigger = strncmp(e->rule, "trigger ", 8) == 0;
		size_t vt = sr_tok_at(d, e->verb_start);
		m->sequel = vt > 0 && sr_tok_is(d, vt - 1, ",") && d->tokens[vt].end - d->tokens[vt].start > 4 &&
		            !memcmp(d->text + d->tokens[vt].end - 3, "ing", 3);
		/* background: "since the start of the offensive" */
		if (in_since(d, vt))
			continue;
		/* a tally by rank ("He is the 11th local official killed in
		 * Kibiti since early 2016", "the second journalist killed in the
		 * city in a week"): what the victim adds up to, no event */
		if (vt >= 2 && d->tokens[vt].pos == SR_POS_VERB && !sr_tok_is(d, vt - 1, "was") &&
		    !sr_tok_is(d, vt - 1, "were") && !sr_tok_is(d, vt - 1, "been")) {
			static const char *const RANKS[] = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
			                                    "ninth", "tenth", "latest", NULL};
			bool ranked = false;
			for (size_t k = vt, steps = 0; k-- > 1 && steps < 4 && !ranked; steps++) {
				const sr_token *tk = &d->tokens[k];
				size_t l = tk->end - tk->start;
				bool ordinal = sr_tok_in(d, k, RANKS) ||
				               (l >= 3 && d->text[tk->start] >= '0' && d->text[tk->start] <= '9' &&
				                (!memcmp(d->text + tk->end - 2, "th", 2) || !memcmp(d->text + tk->end - 2, "st", 2) ||
				                 !memcmp(d->text + tk->end - 2, "nd", 2) || !memcmp(d->text + tk->end - 2, "rd", 2)));
				if (ordinal) {
					ranked = sr_tok_is(d, k - 1, "the");
					break;
				}
				if (tk->pos != SR_POS_NOUN && tk->pos != SR_POS_ADJ)
					break;
			}
			if (ranked)
				continue;
		}
		/* what is yet to be done ("the first of three bases to be
		 * returned", "are to be deployed") */
		/* (a demand is the protest's words, the protest no less: "calling
		 * for their relatives to be demobilised") */
		if (vt >= 2 && sr_tok_is(d, vt - 1, "be") && sr_tok_is(d, vt - 2, "to") && family_of(e->acled) != FAM_DEMO)
			continue;
		/* what the report tells of days after it was made ("Indian jets
		 * struck Balakot 12 days later"): another report's event */
		/* (counted on from another day by the text's own words; a date
		 * written out may be a source's, cited) */
		if (r->has_date && r->date.first > 0 && c->layers.day > 0 && r->date.end > r->date.start &&
		    sr_ymd_days(r->date.first) > sr_ymd_days(c->layers.day) + 1) {
			static const char *const ON[] = {"later", "after", "next", "following", NULL};
			if (words_in(d, sr_tok_at(d, r->date.start), sr_tok_at(d, r->date.end - 1) + 1, ON))
				continue;
		}
		/* what had happened before the event it came after ("recaptured
		 * Saraqib, days after the opposition had retaken it"): the
		 * story's past */
		if (pluperfect(d, vt) && sr_after_clause(d, e->sentence, e->verb_start))
			continue;
		/* ... and what came days before it ("..., a day after Hizbul
		 * Mujahideen commander Burhan Wani was killed in an encounter in
		 * Kokernag"), beside the event its sentence tells */
		if (days_after_clause(d, e->sentence, vt)) {
			bool main_other = false;
			for (size_t j = 0; j < c->n_events && !main_other; j++)
				main_other = j != i && c->events[j].sentence == e->sentence && c->events[j].acled &&
				             !c->events[j].negated &&
				             !days_after_clause(d, e->sentence, sr_tok_at(d, c->events[j].verb_start));
			if (main_other)
				continue;
		}
		/* a tally: "brings to over 400 the number of civilians killed by
		 * the ADF since January", "the total of people killed" */
		{
			bool tally = false;
			for (size_t k = vt, steps = 0; k-- > 1 && steps < 4 && !tally; steps++) {
				if (d->tokens[k].kind == SR_TOK_PUNCT)
					break;
				tally = sr_tok_is(d, k, "of") && (sr_tok_is(d, k - 1, "number") || sr_tok_is(d, k - 1, "total") ||
				                                  sr_tok_is(d, k - 1, "tally"));
			}
			/* (over a period: not "the number of people killed in the
			 * attack rose to 25") */
			static const char *const PERIOD[] = {"since", "far", "year", "years", "months", NULL};
			if (tally && sentence_has_word(d, e->sentence, PERIOD))
				continue;
		}
		/* a protest called for is none held ("accused of calling for
		 * protests") */
		if (m->fam == FAM_DEMO && called_for(d, vt))
			continue;
		if (r->has_date) {
			/* a clock time alone ("shortly after noon") says no day */
			m->own_date = r->date.source != SR_DATE_PUBLICATION && r->date.precision != SR_TP_TIME;
			m->first = r->date.first;
			m->last = r->date.last;
			/* an ongoing state ("the last two years") or history (a year
			 * or more before the article) is background, in an article;
			 * a note about one event is about that event */
			if (m->own_date && article && c->layers.day &&
			    (r->date.value[0] == 'P' || r->date.last < day_add(c->layers.day, -365) ||
			     (r->date.last > r->date.first && r->date.last - r->date.first > 100)))
				continue;
			/* what had happened weeks before is the story's past, note or
			 * article ("The man had been killed by Israeli forces in
			 * December") */
			if (m->own_date && past_event(c, i))
				continue;
		}
		if (word_misread(d, vt, m->fam) || (m->trigger && ended_object(d, e->sentence, vt)))
			continue;
		/* a protest those arrested had taken part in is theirs to answer
		 * for, not an event of the day ("arrested nine people who had
		 * taken part in a rally a week earlier") */
		if (m->trigger && m->fam == FAM_DEMO) {
			bool part = false;
			/* ("had taken part in", "for taking part in", "for
			 * participating in"; not "took part in peaceful marches") */
			for (size_t k = vt, steps = 0; k-- > 1 && steps < 6 && !part; steps++)
				part = (sr_tok_is(d, k, "part") && k > 1 &&
				        ((sr_tok_is(d, k - 1, "taken") && sr_tok_is(d, k - 2, "had")) ||
				         (sr_tok_is(d, k - 1, "taking") && sr_tok_is(d, k - 2, "for")))) ||
				       (sr_tok_is(d, k, "participated") && sr_tok_is(d, k - 1, "had")) ||
				       (sr_tok_is(d, k, "participating") && sr_tok_is(d, k - 1, "for"));
			if (part)
				continue;
		}
		/* "... claimed the attack in a statement": the claim names the
		 * deed told before, whatever its word ("responsibility for the
		 * bombing" names who did it, and stays) */
		if (m->trigger && vt > 1 && (sr_tok_is(d, vt - 1, "the") || sr_tok_is(d, vt - 1, "this")) &&
		    (sr_tok_is(d, vt - 2, "claimed") || sr_tok_is(d, vt - 2, "claiming") ||
		     sr_tok_is(d, vt - 2, "condemned") || sr_tok_is(d, vt - 2, "denied")))
			continue;
		/* a toll over a war, a year, a country ("Violence has killed
		 * thousands since 2012", "3,400 people were kidnapped last year"):
		 * the article's statistics, no incident */
		{
			bool cum = false, own = false;
			for (size_t k = 0; k < r->n_counts; k++) {
				const sr_count *x = &c->layers.counts[r->counts[k]];
				if (x->rejected)
					continue;
				/* (the toll of its own verb: not one another clause adds
				 * up, "..., which said 29 people had been abducted since
				 * June") */
				/* (or one of a sum over events) */
				if (x->cumulative || one_of_sum(d, x))
					cum = cum || (x->start <= e->verb_start && x->end >= e->verb_end);
				else
					own = true;
			}
			/* (a toll it raises, "..., raising the death toll to 270", is
			 * the war's, but the event that raised it is one) */
			if (cum && !own && !raises_toll(d, e->sentence))
				continue;
			/* (a toll over the country, told beside the story's own
			 * event: "Russia launched 81 missiles across the country
			 * overnight, killing at least 11"; "five other people were
			 * killed in clashes elsewhere in the country") */
			bool spread = false, mine = false;
			for (size_t k = 0; k < r->n_counts; k++) {
				const sr_count *x = &c->layers.counts[r->counts[k]];
				if (x->rejected || x->sentence != e->sentence || x->kind != SR_COUNT_KILLED)
					continue;
				if (count_is_aggregate(d, x))
					spread = true;
				else
					mine = true;
			}
			bool before = false;
			for (size_t j = 0; j < c->n_events && !before; j++)
				before = c->events[j].sentence < e->sentence && c->events[j].acled && !c->events[j].negated;
			if (spread && !mine && before)
				continue;
		}
		/* an earthquake that struck, a crash that killed: no one's violence */
		if (m->fam == FAM_VIOLENCE && m->trigger && disaster_sentence(d, e->sentence))
			continue;
		if (m->fam == FAM_VIOLENCE && !m->trigger && !e->source.code[0] && disaster_sentence(d, e->sentence))
			continue;
		party_of(c, &e->source, &m->a1);
		/* the supporters of a leader or a party are a crowd, not the
		 * leader ("hundreds of supporters of impeached President Yoon
		 * stormed the court") */
		if (m->a1.present && m->a1.end > m->a1.start) {
			size_t k = sr_tok_at(d, m->a1.start);
			for (size_t steps = 0; k > 0 && steps < 3 &&
			                       (d->tokens[k - 1].pos == SR_POS_ADJ || d->tokens[k - 1].pos == SR_POS_DET ||
			                        sr_tok_is(d, k - 1, "former") || sr_tok_is(d, k - 1, "impeached") ||
			                        sr_tok_is(d, k - 1, "jailed") || sr_tok_is(d, k - 1, "ousted"));
			     steps++)
				k--;
			static const char *const FOLLOWERS[] = {"supporters", "followers", "loyalists", "partisans", NULL};
			if (k > 1 && sr_tok_is(d, k - 1, "of") && sr_tok_in(d, k - 2, FOLLOWERS) && m->a1.k.inter != SR_INTER_PROTESTERS) {
				memset(&m->a1.k, 0, sizeof m->a1.k);
				m->a1.k.inter = SR_INTER_PROTESTERS;
				snprintf(m->a1.k.role, sizeof m->a1.k.role, "OPP");
				m->a1.code = NULL;
			}
		}
		party_of(c, &e->target, &m->a2);
		/* the group that says it did it ("The Arakan Army said on 15
		 * January that it had captured Paletwa"): "it" is the group */
		if (!m->a1.present && m->fam == FAM_VIOLENCE && vt > 1) {
			size_t k = vt;
			while (k > 0 && (sr_tok_is(d, k - 1, "had") || sr_tok_is(d, k - 1, "has") || sr_tok_is(d, k - 1, "have") ||
			                 d->tokens[k - 1].pos == SR_POS_ADV))
				k--;
			static const char *const CLAIMS[] = {"said", "says", "claimed", "claims", "announced", "stated",
			                                     "confirmed", "declared", NULL};
			if (k > 1 && (sr_tok_is(d, k - 1, "it") || sr_tok_is(d, k - 1, "they"))) {
				size_t from, to;
				sentence_tokens(d, e->sentence, &from, &to);
				size_t said = SIZE_MAX;
				for (size_t q = k - 1; q-- > from && said == SIZE_MAX;)
					if (sr_tok_in(d, q, CLAIMS))
						said = q;
				for (size_t q = 0; q < c->n_actors && said != SIZE_MAX && !m->a1.present; q++) {
					const sr_mention *am = &c->actors[q];
					if (am->sentence != e->sentence || am->end > d->tokens[said].start)
						continue;
					party_of_mention(c, am, &m->a1, false);
					if (m->a1.present && !armed(m->a1.k.inter))
						memset(&m->a1, 0, sizeof m->a1);
				}
			}
		}
		/* an official struck down ("Naranjal councillor Luis Andrade Vera
		 * was shot dead"): unarmed, a civilian to ACLED, whoever employs
		 * them */
		if (m->fam == FAM_VIOLENCE && m->a2.present && !strcmp(m->a2.k.role, "GOV") && m->a2.end > m->a2.start) {
			static const char *const OFFICIALS[] = {
			    "councillor", "councilor", "official", "officials", "mayor",  "governor", "minister", "lawmaker",
			    "legislator", "mp",        "senator",  "judge",     "administrator", "commissioner", "chief",
			    "president",  "deputy",    "candidate", "secretary", "prosecutor", NULL};
			if (words_in(d, sr_tok_at(d, m->a2.start), sr_tok_at(d, m->a2.end - 1) + 1, OFFICIALS)) {
				m->a2.k.inter = SR_INTER_CIVILIANS;
				m->a2.k.state = 0;
				snprintf(m->a2.k.role, sizeof m->a2.k.role, "CVL");
			}
		}
		/* a suspected informant, collaborator or spy killed ("a suspected
		 * military informant", "an army collaborator"): unarmed, a
		 * civilian to ACLED, whoever they are said to work for */
		if (m->fam == FAM_VIOLENCE && m->a2.present && m->a2.end > m->a2.start && m->a2.k.inter != SR_INTER_CIVILIANS) {
			static const char *const INFORMANTS[] = {"informant", "informants", "informer", "informers",
			                                         "collaborator", "collaborators", "spy", "spies", "dalan",
			                                         NULL};
			size_t t0 = sr_tok_at(d, m->a2.start), t1 = sr_tok_at(d, m->a2.end - 1) + 1;
			if (words_in(d, t0, t1 + 1 < d->n_tokens ? t1 + 1 : t1, INFORMANTS)) {
				m->a2.k.inter = SR_INTER_CIVILIANS;
				m->a2.k.state = 0;
				snprintf(m->a2.k.role, sizeof m->a2.k.role, "CVL");
			}
		}
		/* (a target after the verb; a subject so placed is more often
		 * one the coder could not find: "Armed men ... picked up two
		 * supporters in Kawempe, Kampala, Uganda") */
		if (m->a2.present && ends_places(c, &e->target))
			memset(&m->a2, 0, sizeof m->a2);
		/* (a part of the victims set off by commas is not all of them:
		 * "Twelve Maoists, four of them women, were killed") */
		if (m->a2.present && m->a2.end > m->a2.start && part_apposition(d, sr_tok_at(d, m->a2.start)))
			memset(&m->a2, 0, sizeof m->a2);
		/* "Police attributed the attack to Los Chone Killers": who is
		 * blamed did it, who blames tells it */
		if (m->trigger && vt > 1 && sr_tok_is(d, vt - 1, "the") &&
		    (sr_tok_is(d, vt - 2, "attributed") || sr_tok_is(d, vt - 2, "blamed"))) {
			m->a1 = m->a2.present && m->a2.start > e->verb_end ? m->a2 : (party){0};
			memset(&m->a2, 0, sizeof m->a2);
		}
		/* the dead a party counts or confirms ("The army confirmed 16
		 * deaths", "Local authorities counted 12 dead"): it tells the
		 * toll, it did not do the killing */
		if (m->trigger && m->a1.present && e->source.end > e->source.start &&
		    (sr_tok_is(d, vt, "deaths") || sr_tok_is(d, vt, "dead") || sr_tok_is(d, vt, "toll") ||
		     sr_tok_is(d, vt, "bodies") || sr_tok_is(d, vt, "casualties")) &&
		    counted_by(c, e->source.start, e->source.end))
			memset(&m->a1, 0, sizeof m->a1);
		if (!m->a1.present && (e->acled == SR_ACLED_CHANGE || e->acled == SR_ACLED_HQ)) {
			party_of_(c, &e->source, &m->a1, true);
			if (m->a1.present && !armed(m->a1.k.inter))
				memset(&m->a1, 0, sizeof m->a1);
			/* (or the armed group its sentence opens with: "Al Shabaab
			 * moved its headquarters to Jilib and set up checkpoints") */
			for (size_t q = 0; q < c->n_actors && !m->a1.present; q++) {
				const sr_mention *am = &c->actors[q];
				if (am->sentence != e->sentence || am->start >= e->verb_start)
					continue;
				party_of_mention(c, am, &m->a1, true);
				if (m->a1.present && (!armed(m->a1.k.inter) || m->a1.k.state))
					memset(&m->a1, 0, sizeof m->a1);
			}
		}
		/* those who withdraw give ground up: they are its losers, not
		 * who takes it ("regained control after HTS withdrew") */
		if (!strcmp(e->cameo, "0874") && territory_type(e->acled) && m->a1.present && !m->a2.present) {
			m->a2 = m->a1;
			memset(&m->a1, 0, sizeof m->a1);
		}
		/* "an IED planted by JNIM militants exploded": who comes after
		 * "by" did it */
		if (!m->a1.present && m->a2.present && m->a2.start > 0) {
			size_t bt = sr_tok_at(d, m->a2.start);
			if (bt > 0 && (sr_tok_is(d, bt - 1, "by") ||
			               (bt > 1 && sr_tok_is(d, bt - 2, "by") && d->tokens[bt - 1].pos == SR_POS_ADJ))) {
				m->a1 = m->a2;
				memset(&m->a2, 0, sizeof m->a2);
			}
		}
		/* "an army vehicle struck an IED", "a soldier stepped on a
		 * landmine": who meets the explosive is its target */
		if (e->acled == SR_ACLED_REMOTE && m->a1.present && !m->a2.present && m->a1.end <= e->verb_start) {
			static const char *const MET[] = {"struck", "hit", "stepped", "ran", "drove", "triggered", NULL};
			size_t from = sr_tok_at(d, m->a1.end), to = sr_tok_at(d, e->verb_start);
			bool met = false;
			for (size_t t = from; t < to && t < from + 6 && !met; t++)
				for (const char *const *w = MET; *w && !met; w++)
					met = sr_tok_is(d, t, *w);
			if (met) {
				m->a2 = m->a1;
				memset(&m->a1, 0, sizeof m->a1);
			}
		}
		/* "a vehicle struck an IED planted by IS militants": who planted
		 * it did it, who struck it suffered it */
		if (e->acled == SR_ACLED_REMOTE && m->a1.present && m->a2.present && m->a1.end <= e->verb_start &&
		    m->a2.start > e->verb_end) {
			size_t vt2 = sr_tok_at(d, e->verb_start), at = sr_tok_at(d, m->a2.start);
			bool met = sr_tok_is(d, vt2, "struck") || sr_tok_is(d, vt2, "hit") || sr_tok_is(d, vt2, "triggered") ||
			           sr_tok_is(d, vt2, "stepped");
			bool by = false;
			for (size_t t = at; t-- > vt2 + 1 && t + 4 > at && !by;)
				by = sr_tok_is(d, t, "by");
			if (met && by) {
				party p = m->a1;
				m->a1 = m->a2;
				m->a2 = p;
			}
		}

		/* "executed two men accused of spying for the government": whom
		 * someone works for is no target */
		if (m->a2.present && m->a2.end > m->a2.start) {
			size_t ft = sr_tok_at(d, m->a2.start);
			if (ft > 0 && d->tokens[ft - 1].pos == SR_POS_DET)
				ft--;
			if (ft > 0 && sr_tok_is(d, ft - 1, "for"))
				memset(&m->a2, 0, sizeof m->a2);
		}
		/* "shelled the city with artillery": the weapon is no target */
		if (m->a2.present && m->a2.start > 0 && weapon_words(d, m->a2.start, m->a2.end)) {
			size_t wt = sr_tok_at(d, m->a2.start);
			if (wt > 0 && sr_tok_is(d, wt - 1, "with"))
				memset(&m->a2, 0, sizeof m->a2);
		}
		/* "a Russian missile hit", "an Israeli drone strike": the state
		 * whose weapon it is, when no one else is said to have done it */
		if (!m->a1.present && m->fam == FAM_VIOLENCE)
			demonym_forces(c, e->sentence, &m->a1, &m->a2);
		/* "warplanes from the Saudi-led coalition": whose they are */
		if (m->a1.present && m->a1.k.state && !m->a1.k.cc3[0] && m->a1.end > m->a1.start)
			owner_country(c, m->a1.end, &m->a1);
		/* a victim is never the attacker: a target coded as the source's
		 * own words, or as the same actor */
		/* (two of one country's code by their own words fight each
		 * other: "the Sudanese army and the RSF exchanged fire") */
		bool two_named = m->a1.present && m->a2.present && m->a1.end > m->a1.start && m->a2.end > m->a2.start &&
		                 !(m->a1.end - m->a1.start == m->a2.end - m->a2.start &&
		                   !memcmp(d->text + m->a1.start, d->text + m->a2.start, m->a1.end - m->a1.start));
		if (m->a1.present && m->a2.present &&
		    ((m->a1.start == m->a2.start && m->a1.end == m->a2.end) ||
		     (m->a1.code && m->a2.code && !strcmp(m->a1.code, m->a2.code) && strncmp(m->a1.code, "---", 3) &&
		      !two_named)))
			memset(&m->a2, 0, sizeof m->a2);
		/* a country named bare beside its own state's men is where they
		 * act ("Beninese authorities inaugurated a base ..., Benin"), not
		 * whom */
		/* (nor is the state's own post: "inaugurated a new military base") */
		if (m->a1.present && m->a2.present && m->a1.k.state && m->a2.k.state &&
		    ((m->a2.code && strlen(m->a2.code) == 3 && m->a1.k.cc3[0] && !strcmp(m->a1.k.cc3, m->a2.k.cc3)) ||
		     ((e->acled == SR_ACLED_HQ || e->acled == SR_ACLED_CHANGE) &&
		      (!m->a2.k.cc3[0] || !strcmp(m->a1.k.cc3, m->a2.k.cc3)))))
			memset(&m->a2, 0, sizeof m->a2);
		/* people who kill ("herders killed ten villagers"): a communal
		 * militia, in ACLED's terms */
		bool toll = false;
		for (size_t k = 0; k < r->n_counts; k++) {
			int kind = c->layers.counts[r->counts[k]].kind;
			toll = toll || kind == SR_COUNT_KILLED || kind == SR_COUNT_WOUNDED || kind == SR_COUNT_CASUALTIES;
		}
		/* residents who beat or kill someone they accuse of a crime ("beat
		 * two alleged kidnappers", "a man they accused of robbing a bus"):
		 * mob violence */
		/* (men said to be armed are a militia, however suspected:
		 * "suspected Murle armed youth raided cattle camps") */
		static const char *const ARMED_W[] = {"armed", "gunmen", "militiamen", NULL};
		bool armed_said = m->a1.present && m->a1.end > m->a1.start &&
		                  word_just_before(d, sr_tok_at(d, m->a1.end - 1) + 1, 4, ARMED_W);
		bool mob = m->fam == FAM_VIOLENCE && m->a1.present && m->a1.k.inter == SR_INTER_CIVILIANS && !armed_said &&
		           (!e->passive || m->a1.start > e->verb_start) &&
		           (mob_justice_of(d, e->sentence, m->a1.start, m->a1.end) ||
		            (m->a1.end > m->a1.start && crowd_of(d, m->a1.start, m->a1.end) && !weapon_words(d, m->a1.start, m->a1.end)));
		/* (a mob that beats or kills people: "a mob beat a woman to death",
		 * not rioters who fight the police) */
		if (!mob && m->fam == FAM_VIOLENCE && m->a1.present && m->a1.k.inter == SR_INTER_RIOTERS &&
		    m->a1.end > m->a1.start && (!e->passive || m->a1.start > e->verb_start) &&
		    ((m->a2.present && m->a2.k.inter == SR_INTER_CIVILIANS) || (!m->a2.present && toll)) &&
		    (crowd_of(d, m->a1.start, m->a1.end) || mob_justice(d, e->sentence)))
			mob = true;
		/* (or with no one coded: "a group of men tortured and killed a
		 * woman accused of sorcery") */
		static const char *const GROUPW[] = {"group", "men", "villagers", "residents", "youths", "crowd", NULL};
		if (!mob && m->fam == FAM_VIOLENCE && !m->a1.present && !e->passive && vt > 0 &&
		    word_just_before(d, vt, 4, GROUPW) && !word_just_before(d, vt, 4, ARMED_W) && mob_justice(d, e->sentence)) {
			mob = true;
			m->a1.present = true;
			memset(&m->a1.k, 0, sizeof m->a1.k);
			m->a1.start = m->a1.end = 0; /* (inferred) */
		}
		/* residents who stone cars and burn tyres, killing no one and
		 * bearing no guns: a riot's crowd */
		bool rioting = !mob && m->fam == FAM_VIOLENCE && m->a1.present && m->a1.k.inter == SR_INTER_CIVILIANS &&
		               !e->passive && !toll && crowd_violence(d, e->sentence) &&
		               !sentence_has_word(d, e->sentence, SHOOTING);
		if (mob || rioting) {
			m->a1.k.inter = SR_INTER_RIOTERS;
			m->a1.k.named = 0;
		} else if (m->fam == FAM_VIOLENCE && m->a1.present && m->a1.k.inter == SR_INTER_CIVILIANS && !e->passive &&
		           (toll || !strncmp(e->cameo, "18", 2) || !strncmp(e->cameo, "20", 2) ||
		            (!strncmp(e->cameo, "19", 2) && communal_words(d, m->a1.start, m->a1.end)))) {
			m->a1.k.inter = SR_INTER_IDENTITY_MILITIA;
			m->a1.k.named = 0;
			people_of(d, m->a1.start, m->a1.end, &m->a1.k);
			/* a people's men who fight another people's, told as a fight
			 * ("raided cattle camps of Dinka herders, sparking heavy
			 * fighting"): two communal militias clash */
			if (m->a2.present && m->a2.k.inter == SR_INTER_CIVILIANS && people_of(d, m->a2.start, m->a2.end, NULL) &&
			    fighting_said(d, e->sentence)) {
				m->a2.k.inter = SR_INTER_IDENTITY_MILITIA;
				people_of(d, m->a2.start, m->a2.end, &m->a2.k);
			}
		}
		/* the words that name the event name who did it ("suicide bomber",
		 * "gunmen attack"): not its target */
		if (m->a2.present && m->a2.start < e->verb_end && e->verb_start < m->a2.end) {
			if (!m->a1.present)
				m->a1 = m->a2;
			memset(&m->a2, 0, sizeof m->a2);
		}
		/* community leaders who sign a truce sign for their communities'
		 * armed men */
		if (e->acled == SR_ACLED_AGREEMENT && m->a1.present && m->a1.k.inter == SR_INTER_CIVILIANS &&
		    !strcmp(m->a1.k.role, "CVL") && !m->a1.k.assoc[0])
			m->a1.k.inter = SR_INTER_IDENTITY_MILITIA;
		bool has_party = (m->a1.present && (armed(m->a1.k.inter) || m->a1.k.inter == SR_INTER_PROTESTERS ||
		                                m->a1.k.inter == SR_INTER_RIOTERS)) ||
		             (m->a2.present && (armed(m->a2.k.inter) || m->a2.k.inter == SR_INTER_CIVILIANS)) ||
		             sentence_has_party(c, e->sentence, m->fam);
		if (m->fam == FAM_DEMO && !has_party && m->a1.present && m->a1.k.inter == SR_INTER_CIVILIANS)
			has_party = true; /* students, workers, residents who protest */
		/* (a crowd named by its number that marches against something:
		 * "Thousands marched against the pension reform") */
		if (m->fam == FAM_DEMO && !has_party && crowd_before(d, e->sentence, vt) && demand_said(d, e->sentence))
			has_party = true;
		/* (or a crowd counted or of a body's members that marches:
		 * "members of the NLC marched in Abuja over the cost of living") */
		if (m->fam == FAM_DEMO && !has_party && crowd_counted(d, e->sentence, vt))
			has_party = true;
		/* shops looted, cars torched: the deed says it (of a trigger
		 * word, only of buildings: "shops have been looted", not "looted
		 * the treasury") */
		bool deed = (e->acled == SR_ACLED_LOOTING && property_in(d, e->sentence)) ||
		            (e->acled == SR_ACLED_DISRUPTED && explosive_in(d, e->sentence)) ||
		            (m->fam == FAM_VIOLENCE && body_found(d, e->sentence));
		if (!has_party && e->acled == SR_ACLED_LOOTING && !m->trigger)
			has_party = true;
		/* a crowd's violence told by a coded verb, or by the word of the
		 * crowd that did it: the crowd is its party ("counter-
		 * demonstrators armed with bats attacked a march") */
		if (!has_party && e->acled == SR_ACLED_MOB &&
		    (!m->trigger ||
		     (e->verb_end - e->verb_start > 7 && sr_ascii_ncaseeq(d->text + e->verb_start, "counter", 7))))
			has_party = true;
		/* an agreement that ends fighting is between those who fought
		 * ("elders of the warring tribes signed a peace agreement, ending
		 * months of clashes") */
		/* (not a truce the fighting told first ended with: "The
		 * fighting ended after elders mediated a truce") */
		if (!has_party && e->acled == SR_ACLED_AGREEMENT && fighting_said(d, e->sentence)) {
			static const char *const FIGHT[] = {"fighting", "fought", "clashes", "clashed", "clash", "hostilities",
			                                    "violence", NULL};
			size_t from, to;
			sentence_tokens(d, e->sentence, &from, &to);
			has_party = !words_in(d, from, vt, FIGHT);
		}
		/* explosives found or defused: the weapon says it is war's */
		if (deed)
			has_party = true;
		/* a base set up, a group formed, told of the armed group alone
		 * ("a new post was set up by the PMF", "Turkish forces have
		 * established a post" read as its target) */
		if ((e->acled == SR_ACLED_CHANGE || e->acled == SR_ACLED_HQ ||
		     (e->acled == SR_ACLED_TRANSFER && m->a2.present && m->a2.k.state)) &&
		    !m->a1.present && m->a2.present && armed(m->a2.k.inter) && strcmp(m->a2.k.role, "COP") != 0) {
			m->a1 = m->a2;
			memset(&m->a2, 0, sizeof m->a2);
		}
		if (!has_party)
			continue;
		/* armed men who block a road are no demonstrators ("bandits
		 * blocked the highway and abducted 14 passengers") */
		/* (a crowd that gathers for a demand: "dozens of graduates held a
		 * sit-in ... demanding jobs", "thousands marched against the
		 * plan") */
		bool demanding = m->fam == FAM_DEMO && crowd_before(d, e->sentence, vt) && demand_said(d, e->sentence);
		/* (the armed men who disperse a crowd are its intervention:
		 * "women gathered ... before Taliban fighters fired into the air
		 * and dispersed them") */
		if (m->fam == FAM_DEMO && m->a1.present && armed(m->a1.k.inter) && !m->a1.k.state &&
		    !protest_word_in(d, e->sentence) && !demanding &&
		    !((e->acled == SR_ACLED_INTERVENTION || e->acled == SR_ACLED_EXCESSIVE) && crowd_gathered(d, e->sentence, vt)))
			continue;
		/* a headline's "Soldiers vs Boko Haram": the state's men against
		 * others (not "Army vs Navy", a game) */
		if (m->trigger && (sr_tok_is(d, vt, "vs") || sr_tok_is(d, vt, "versus")) &&
		    !(m->a1.present && m->a2.present && armed(m->a1.k.inter) && armed(m->a2.k.inter) &&
		      m->a1.k.state != m->a2.k.state))
			continue;
		/* a body found with no mark of violence ("police found the body of
		 * a missing hiker") is no one's attack, and who found it did not
		 * kill */
		if (m->trigger && m->fam == FAM_VIOLENCE && body_word(d, vt, e->sentence)) {
			/* (several bodies found together are seldom a death of
			 * nature: "7 bodies found on the road to Parral") */
			bool several = false;
			for (size_t k = 0; k < c->layers.n_counts && !several; k++)
				several = c->layers.counts[k].sentence == e->sentence && c->layers.counts[k].kind == SR_COUNT_KILLED &&
				          c->layers.counts[k].best >= 2;
			if (!marks_of_violence(d, e->sentence) && !several)
				continue;
			if (m->a1.present && m->a1.k.state && strcmp(m->a1.k.role, "MIL") != 0)
				memset(&m->a1, 0, sizeof m->a1);
		}
		m->type = mob ? SR_ACLED_MOB : decide_type(m, c);
		/* a person set on fire ("doused a man with petrol and set him on
		 * fire") is no property burnt: an attack, a mob's when a mob did it */
		if (m->type == SR_ACLED_LOOTING && vt > 3 && sr_tok_is(d, vt, "fire") && sr_tok_is(d, vt - 1, "on") &&
		    (sr_tok_is(d, vt - 2, "him") || sr_tok_is(d, vt - 2, "her") || sr_tok_is(d, vt - 2, "them")))
			m->type = (m->a1.present && m->a1.end > m->a1.start && crowd_of(d, m->a1.start, m->a1.end)) ||
			                  (m->a1.present && !armed(m->a1.k.inter) && mob_justice(d, e->sentence))
			              ? SR_ACLED_MOB
			              : SR_ACLED_ATTACK;
		/* attackers pushed back are an attack repelled, no ground
		 * regained ("The assailants were pushed back after hours of
		 * fighting") */
		if (territory_type(m->type) && m->a2.present && m->a2.end > m->a2.start) {
			static const char *const ATTACKERS[] = {"assailants", "attackers", "raiders", "assailant", "attacker",
			                                        NULL};
			for (const char *const *w = ATTACKERS; *w; w++)
				if (sr_tok_is(d, sr_tok_at(d, m->a2.end - 1), *w))
					m->type = SR_ACLED_ARMED_CLASH;
		}
		/* a person taken, not ground: "recaptured Los Choneros leader
		 * Adolfo Macias", "captured the escaped gang boss" by the state,
		 * with no fighting told, is an arrest */
		if (territory_type(m->type) && m->a1.present && m->a1.k.state) {
			size_t v0 = sr_tok_at(d, e->verb_start), from, to;
			sentence_tokens(d, e->sentence, &from, &to);
			static const char *const WHO[] = {"leader", "commander", "fugitive", "inmate", "prisoner", "escapee",
			                                  "kingpin", "boss", "chief", "suspect", "ringleader", NULL};
			static const char *const FOUGHT[] = {"clashed", "clashes", "fighting", "fought", "gunfight", "firefight",
			                                     "battle", "killed", NULL};
			bool person = words_in(d, v0 + 1, v0 + 6 < to ? v0 + 6 : to, WHO);
			if (person && !sentence_has_word(d, e->sentence, FOUGHT))
				m->type = SR_ACLED_ARRESTS, m->fam = FAM_STRATEGIC;
		}
		/* a handover agreed to, not yet made ("Rebel factions agreed on
		 * Thursday to hand over their heavy weapons and allow state
		 * institutions to return under a deal"): the agreement */
		if (m->type == SR_ACLED_TRANSFER) {
			size_t from, to;
			sentence_tokens(d, e->sentence, &from, &to);
			static const char *const AGREED[] = {"agreed", "agree", "agrees", "agreeing", NULL};
			bool agreed = false;
			for (size_t t = from; t + 1 < vt && !agreed; t++)
				if (sr_tok_in(d, t, AGREED))
					for (size_t q = t + 1; q < vt && q < t + 12 && !agreed; q++)
						agreed = sr_tok_is(d, q, "to") && q + 1 < to && d->tokens[q + 1].pos == SR_POS_VERB;
			if (agreed)
				m->type = SR_ACLED_AGREEMENT;
		}
		/* ground overrun and left at once ("overran an army post before
		 * withdrawing", "stormed the town, then retreated"): a raid, a
		 * fight, no ground held */
		if (territory_type(m->type)) {
			size_t from, to;
			sentence_tokens(d, e->sentence, &from, &to);
			for (size_t t = sr_tok_at(d, e->verb_start) + 1; t + 1 < to; t++)
				if ((sr_tok_is(d, t, "before") || sr_tok_is(d, t, "then") || sr_tok_is(d, t, "later")) &&
				    (sr_tok_is(d, t + 1, "withdrawing") || sr_tok_is(d, t + 1, "retreating") ||
				     sr_tok_is(d, t + 1, "withdrew") || sr_tok_is(d, t + 1, "retreated") ||
				     sr_tok_is(d, t + 1, "fleeing") || sr_tok_is(d, t + 1, "fled"))) {
					m->type = SR_ACLED_ARMED_CLASH;
					break;
				}
		}
		/* arrests of those who took part in a protest before, planned
		 * one or were stopped from holding it ("arrested nine people who
		 * had taken part in a rally a week earlier", "detained 500 members
		 * to block a banned youth rally"): arrests, no protest met */
		if (m->type == SR_ACLED_INTERVENTION && (!strncmp(e->cameo, "17", 2) || !strncmp(e->cameo, "19", 2)) &&
		    !force_on_crowd(d, e->sentence)) {
			/* (or called for: "arrested the rapper after he called for
			 * protests") */
			static const char *const NOT_HELD[] = {"earlier", "planning", "planned", "banned", "block",
			                                       "prevent", "organising", "organizing", "unsanctioned",
			                                       "ahead", "before", "called", "calling", "urged",
			                                       "urging", "inciting", "incited", NULL};
			if (sentence_has_word(d, e->sentence, NOT_HELD))
				m->type = SR_ACLED_ARRESTS;
		}
		/* a crowd dispersed with force, arrests or not ("police
		 * dispersed the crowd with tear gas and arrested 217"): the
		 * protest met with intervention */
		/* (the crowd told gathered in the sentence or the one before:
		 * "several thousand people gathered on Place de la Concorde ...
		 * In the evening police used tear gas and water cannon to clear
		 * the square and arrested 217 people") */
		if (m->type == SR_ACLED_ARRESTS && !strcmp(e->cameo, "175") && force_on_crowd(d, e->sentence) &&
		    (m->a2.present ? (m->a2.k.inter == SR_INTER_PROTESTERS || m->a2.k.inter == SR_INTER_RIOTERS)
		                   : (crowd_gathered(d, e->sentence, sr_tok_at(d, e->verb_start)) ||
		                      (e->sentence > 0 && crowd_gathered(d, e->sentence - 1, d->sentences[e->sentence - 1].first_token +
		                                                                             d->sentences[e->sentence - 1].n_tokens)))))
			m->type = SR_ACLED_INTERVENTION;
		m->fam = (uint8_t)family_of(m->type);
		/* suspects arrested after the attack the text tells first: the
		 * attack's sequel, no event of its own ("a grenade was thrown
		 * into the crowd ... Two people were killed; police arrested
		 * several suspects") */
		if (m->type == SR_ACLED_ARRESTS && e->sentence > 0) {
			static const char *const SUSPECTS[] = {"suspects", "suspect", "perpetrators", "perpetrator", "culprits",
			                                       "assailants", "attackers", "gunmen", NULL};
			bool sequel = false;
			if (sentence_has_word(d, e->sentence, SUSPECTS))
				for (size_t j = 0; j < c->n_events && !sequel; j++)
					sequel = c->events[j].sentence < e->sentence && !c->events[j].negated &&
					         violent_type(c->events[j].acled);
			if (sequel)
				continue;
		}
		/* arrests and seizures of a crime (drugs, robbery, smuggling) are
		 * police work, not a strategic development of a conflict */
		/* (but journalists, opponents, activists arrested on a charge
		 * of a crime are political arrests, as ACLED codes them) */
		static const char *const POLITICAL[] = {"MED", "OPP", "HRI", "LEG", "ACT", "NGO", "GOV", NULL};
		bool political = false;
		for (const char *const *pr = POLITICAL; *pr && m->type == SR_ACLED_ARRESTS && !political; pr++)
			political = (m->a2.present && !strcmp(m->a2.k.role, *pr)) ||
			            (strlen(e->target.code) >= 6 && !strncmp(e->target.code + 3, *pr, 3));
		static const char *const DISSENT[] = {"protest",   "protests",   "protesters", "opposition", "activist",
		                                      "activists", "journalist", "journalists", "dissident", "dissidents",
		                                      "critics",   "blogger",    "bloggers",   NULL};
		political = political || (m->type == SR_ACLED_ARRESTS && sentence_has_word(d, e->sentence, DISSENT));
		if ((m->fam == FAM_STRATEGIC || territory_type(m->type)) && crime_sentence(d, e->sentence) &&
		    !(m->a1.present && armed(m->a1.k.inter) && !m->a1.k.state) && !political)
			continue; /* (gangs that burn buses are an armed group's deed) */
		/* soldiers sent to help after a flood or a snowfall: relief, not
		 * a change to an armed group */
		if (m->type == SR_ACLED_CHANGE && relief_sentence(d, e->sentence))
			continue;
		/* (an armed group formed is one: "announced the formation of the
		 * Chinland Defense Force-Mindat", whoever forms it) */
		if (m->type == SR_ACLED_CHANGE && !(m->a1.present && armed(m->a1.k.inter)) &&
		    armed_group_formed(d, e->sentence)) {
			memset(&m->a1, 0, sizeof m->a1);
			m->a1.present = true;
			m->a1.k.inter = SR_INTER_POLITICAL_MILITIA;
			snprintf(m->a1.k.role, sizeof m->a1.k.role, "UAF");
		}
		/* a change to a group, a base set up, ground handed over: of an
		 * armed group (an aid convoy moving is none) */
		if ((m->type == SR_ACLED_CHANGE || m->type == SR_ACLED_HQ || m->type == SR_ACLED_TRANSFER) &&
		    !(m->a1.present && armed(m->a1.k.inter)))
			continue;
		/* police at a crash are no armed party; soldiers and armed men are */
		rin->armed += (m->a1.present && armed(m->a1.k.inter) && strcmp(m->a1.k.role, "COP") != 0) ||
		              (m->a2.present && armed(m->a2.k.inter) && strcmp(m->a2.k.role, "COP") != 0);
		/* a word alone is weak evidence, unless it has who did it:
		 * "activists held a rally", "armed herders raped a woman" */
		bool weak = m->trigger && !(m->a1.present && m->a1.start < m->a1.end &&
		                            (m->a1.end <= e->verb_start || m->a1.start >= e->verb_end) &&
		                            (armed(m->a1.k.inter) || m->a1.k.inter == SR_INTER_PROTESTERS ||
		                             m->a1.k.inter == SR_INTER_RIOTERS || m->a1.k.inter == SR_INTER_IDENTITY_MILITIA ||
		                             (m->fam == FAM_DEMO && !m->a1.k.state)));
		weak = weak && !deed && !(m->fam == FAM_VIOLENCE && war_noun_placed(c, e->sentence, vt));
		/* (a rape with its victim named, "gang-raped a 19-year-old
		 * woman": no word of sport or business says so) */
		if (weak && m->type == SR_ACLED_SEXUAL && m->a2.present && m->a2.start < m->a2.end &&
		    m->a2.start >= e->verb_end && m->a2.k.inter == SR_INTER_CIVILIANS)
			weak = false;
		/* a crowd that gathers for a demand protests, named by its word
		 * alone; so does a crowd counted ("hundreds of young people
		 * marched", "took part in a march") */
		/* (or a crowd's own word that does the deed: "rioters broke into
		 * a government warehouse") */
		if (weak && (demanding || (m->fam == FAM_DEMO && crowd_counted(d, e->sentence, vt)) ||
		             (m->fam == FAM_DEMO && sr_inc_tok_in(d, vt, W_PROTEST) && vt + 1 < d->n_tokens &&
		              d->tokens[vt + 1].pos == SR_POS_VERB)))
			weak = false;
		if (m->fam == FAM_VIOLENCE)
			(weak ? rin->weak++ : rin->strong_violence++);
		else if (m->fam == FAM_DEMO)
			(weak ? rin->weak++ : rin->strong_demo++);
		else
			(weak ? rin->weak++ : rin->strong_strategic++);
		for (size_t k = 0; k < r->n_counts; k++) {
			const sr_count *x = &c->layers.counts[r->counts[k]];
			rin->casualties += !x->cumulative && (x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED);
		}
		n++;
	}
	*n_out = n;
}

/* Property burnt or looted in the sentence of a riot or an attack is part
 * of it ("rioted, burning tyres", "attacked the village, torching houses"),
 * not an event of its own. */
static void absorb_destruction(men *ms, size_t n, const sr_coding *c)
{
	const sr_doc *d = c->doc;
	/* an arrest that ends in a killing by the same men ("detained four
	 * herders and executed them") is the killing */
	/* (or with no one named: "Eight herders were arrested and executed") */
	for (size_t i = 0; i < n; i++) {
		if (ms[i].type != SR_ACLED_ARRESTS)
			continue;
		/* (the killing after the arrest: a raid before it is the
		 * arrest's way in) */
		for (size_t k = 0; k < n; k++)
			if (k != i && ms[k].fam == FAM_VIOLENCE && ms[k].e->sentence == ms[i].e->sentence &&
			    ms[k].e->verb_start > ms[i].e->verb_start &&
			    ((ms[i].a1.present && ms[k].a1.present && parties_agree(&ms[k].a1, &ms[i].a1)) ||
			     (!ms[i].a1.present && (!ms[k].a1.present || !ms[k].e->source.code[0] ||
			                            ms[k].e->verb_start - ms[i].e->verb_end < 8)))) {
				ms[i].fam = ms[k].fam;
				ms[i].type = ms[k].type;
				ms[i].a1 = ms[k].a1.present ? ms[k].a1 : ms[i].a1;
				ms[i].a2 = ms[k].a2.present ? ms[k].a2 : ms[i].a2;
				break;
			}
	}
	/* weapons recovered after a fight ("Three rebels were killed and
	 * several firearms were recovered"): the fight's spoils, no event of
	 * their own; a bomb defused or a plot foiled stays one */
	for (size_t i = 0; i < n; i++) {
		if (ms[i].type != SR_ACLED_DISRUPTED)
			continue;
		static const char *const FOILED[] = {"defused", "defuse", "dismantled", "foiled", "thwarted", "intercepted",
		                                     "shot", "neutralised", "neutralized", "detonated", NULL};
		if (sentence_has_word(d, ms[i].e->sentence, FOILED))
			continue;
		for (size_t k = 0; k < n; k++) {
			const men *f = &ms[k];
			if (f->fam != FAM_VIOLENCE || remote_type(f->type) || f->e->sentence > ms[i].e->sentence ||
			    ms[i].e->sentence - f->e->sentence > 1)
				continue;
			ms[i].fam = f->fam;
			ms[i].type = f->type;
			ms[i].a1 = f->a1;
			ms[i].a2 = f->a2;
			break;
		}
	}
	/* a raid that only loots and burns ("raided the outskirts of Mora,
	 * making off with cattle and torching 12 houses"), with no one said
	 * to fight, to be hurt or killed: the looting is the event */
	bool hurt = false;
	for (size_t k = 0; k < c->layers.n_counts && !hurt; k++) {
		const sr_count *x = &c->layers.counts[k];
		hurt = !x->rejected && !x->cumulative && (x->kind == SR_COUNT_KILLED || x->kind == SR_COUNT_WOUNDED ||
		                                          x->kind == SR_COUNT_CASUALTIES || x->kind == SR_COUNT_KIDNAPPED) &&
		       x->best != 0;
	}
	/* (and a raid by the state's forces that ends in arrests, no one
	 * hurt, "security forces raided homes and arrested 9 people", is the
	 * arrests) */
	for (size_t k = 0; k < n && !hurt; k++) {
		men *r = &ms[k];
		if (r->fam != FAM_VIOLENCE || strcmp(r->e->cameo, "190") || !r->a1.present ||
		    mutual_sentence(d, r->e->sentence))
			continue;
		bool loot = false, arrest = false;
		for (size_t i = 0; i < n; i++)
			if (i != k && ms[i].e->sentence == r->e->sentence) {
				loot = loot || ms[i].type == SR_ACLED_LOOTING;
				/* (an arrest the raid's fight typed a clash is an arrest
				 * still: "detained 10 IS members in raids") */
				arrest = arrest || ms[i].type == SR_ACLED_ARRESTS || !strcmp(ms[i].e->cameo, "173");
			}
		/* (a village raided is no one hurt: "raided a village, driving away
		 * 200 head of cattle and burning granaries") */
		if (loot && (r->type == SR_ACLED_ARMED_CLASH || r->type == SR_ACLED_ATTACK) && armed(r->a1.k.inter) &&
		    (!r->a2.present || !armed(r->a2.k.inter)) && !armed_target_after(d, r->e)) {
			r->fam = FAM_STRATEGIC;
			r->type = SR_ACLED_LOOTING;
		} else if (arrest && r->a1.k.state) {
			r->fam = FAM_STRATEGIC;
			r->type = SR_ACLED_ARRESTS;
			for (size_t i = 0; i < n; i++)
				if (ms[i].e->sentence == r->e->sentence && !strcmp(ms[i].e->cameo, "173") &&
				    ms[i].fam == FAM_VIOLENCE)
					ms[i].fam = FAM_STRATEGIC, ms[i].type = SR_ACLED_ARRESTS;
		}
	}
	/* youths, residents, protesters who burn cars and throw things at the
	 * police, with no riot told beside it: a riot of its own (before the
	 * looting joins the violence told beside it) */
	for (size_t i = 0; i < n; i++) {
		men *m = &ms[i];
		if (m->type == SR_ACLED_LOOTING && m->a1.present &&
		    (m->a1.k.inter == SR_INTER_CIVILIANS || m->a1.k.inter == SR_INTER_PROTESTERS ||
		     m->a1.k.inter == SR_INTER_RIOTERS) &&
		    (riot_word_in(d, m->e->sentence) ||
		     ((m->a1.k.inter == SR_INTER_PROTESTERS ||
		       (m->a1.k.inter == SR_INTER_CIVILIANS && !strcmp(m->a1.k.role, "OPP"))) &&
		      crowd_violence(d, m->e->sentence)))) {
			m->fam = FAM_DEMO;
			m->type = SR_ACLED_VIOLENT_DEMO;
			m->a1.k.inter = SR_INTER_RIOTERS;
			m->a1.k.named = 0;
		}
	}
	/* a mob that ransacks and burns with no demonstration told ("a mob of
	 * thousands ransacked and set fire to churches"): mob violence */
	for (size_t i = 0; i < n; i++) {
		men *m = &ms[i];
		if (m->type == SR_ACLED_LOOTING && m->a1.present && m->a1.k.inter == SR_INTER_RIOTERS &&
		    crowd_violence(d, m->e->sentence) && !demonstration_said(d, m->e->sentence)) {
			m->fam = FAM_DEMO;
			m->type = SR_ACLED_MOB;
		}
	}
	/* a crowd met with force that had itself thrown things, burnt or
	 * torched, in the sentence or the one before ("ultras threw flares
	 * and bottles at police and set a police car alight; police fired
	 * tear gas", "an angry crowd torched a police post ... Police fired in
	 * the air to disperse the crowd"): a riot */
	for (size_t i = 0; i < n; i++) {
		men *m = &ms[i];
		/* (and one met with lethal force, the force no less a riot's:
		 * "police opened fire on protesters who broke into the
		 * Parliament buildings ... part of the complex was set on fire") */
		/* (and the arrests of a crowd that threw stones and burnt tyres:
		 * "blocked roads with burning tyres and threw stones at
		 * gendarmerie vehicles; 14 people were detained") */
		size_t s = m->e->sentence;
		if (m->type == SR_ACLED_ARRESTS && (!m->a1.present || m->a1.k.state) && crowd_violence(d, s) &&
		    riot_word_in(d, s) && !explosive_in(d, s))
			m->type = SR_ACLED_INTERVENTION, m->fam = FAM_DEMO;
		if (m->type != SR_ACLED_INTERVENTION && m->type != SR_ACLED_EXCESSIVE)
			continue;
		if (crowd_violence(d, s) ||
		    (m->type == SR_ACLED_INTERVENTION && s > 0 && crowd_violence(d, s - 1) && d->n_sentences <= 4)) {
			m->type = SR_ACLED_VIOLENT_DEMO;
			if (m->a1.present && m->a1.k.inter == SR_INTER_PROTESTERS)
				m->a1.k.inter = SR_INTER_RIOTERS;
			if (m->a2.present && m->a2.k.inter == SR_INTER_PROTESTERS)
				m->a2.k.inter = SR_INTER_RIOTERS;
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (ms[i].type != SR_ACLED_LOOTING)
			continue;
		/* its own sentence first, then the one before or after it; in a
		 * short report (a note, a headline and a lede), any */
		int best = -1;
		size_t best_gap = SIZE_MAX;
		for (size_t k = 0; k < n; k++) {
			if (k == i || (ms[k].fam != FAM_VIOLENCE && !(ms[k].fam == FAM_DEMO && ms[k].type != SR_ACLED_PEACEFUL)))
				continue;
			size_t a = ms[k].e->sentence, b = ms[i].e->sentence, gap = a > b ? a - b : b - a;
			if (gap > 1 && d->n_sentences > 4)
				continue;
			if (gap < best_gap)
				best = (int)k, best_gap = gap;
		}
		if (best < 0)
			continue;
		ms[i].fam = ms[best].fam;
		ms[i].type = ms[best].type;
		ms[i].a1 = ms[best].a1;
		ms[i].a2 = ms[best].a2;
	}
}

sr_status sr_incidents_find(const sr_coding *c, const char *article, const char *url, sr_incidents **out)
{
	if (!c || !out || !c->doc)
		return SR_EINVAL;
	impl *im = calloc(1, sizeof *im);
	if (!im)
		return SR_ENOMEM;
	sr_arena_init(&im->arena);
	sr_arena *a = &im->arena;
	sr_incidents *x = &im->pub;
	x->coding = c;
	const sr_doc *d = c->doc;
	men *ms = c->n_events ? sr_arena_alloc(a, c->n_events * sizeof *ms) : NULL;
	inc *incs = c->n_events ? sr_arena_alloc(a, c->n_events * sizeof *incs) : NULL;
	int *owner = c->layers.n_counts ? sr_arena_alloc(a, c->layers.n_counts * sizeof *owner) : NULL;
	int *rec_men = c->n_events ? sr_arena_alloc(a, c->n_events * sizeof *rec_men) : NULL;
	if ((c->n_events && (!ms || !incs || !rec_men)) || (c->layers.n_counts && !owner)) {
		sr_incidents_free(x);
		return SR_ENOMEM;
	}
	size_t n = 0, ni = 0;
	sr_relevance_in rin = {0};
	read_mentions(c, ms, &n, &rin);
	absorb_destruction(ms, n, c);
	/* no side kills its own: "the army vehicle struck an IED, killing four
	 * soldiers" names the victims twice, not the killer */
	for (size_t i = 0; i < n; i++)
		if (ms[i].fam == FAM_VIOLENCE && ms[i].a1.present && ms[i].a2.present && ms[i].a1.k.state &&
		    ms[i].a2.k.state && parties_agree(&ms[i].a1, &ms[i].a2) && ms[i].a1.start < ms[i].a2.start &&
		    (!ms[i].a1.code || !ms[i].a2.code || strlen(ms[i].a1.code) < 3 || strlen(ms[i].a2.code) < 3 ||
		     !strncmp(ms[i].a2.code, "---", 3) || !strncmp(ms[i].a1.code, ms[i].a2.code, 3)))
			memset(&ms[i].a1, 0, sizeof ms[i].a1);
	/* merge, in text order */
	for (size_t i = 0; i < n; i++) {
		men *m = &ms[i];
		int found = -1;
		/* the incident of a mention of its own sentence first, then the
		 * latest that agrees */
		/* (one verb's targets are one event: "an exchange of fire that
		 * killed a soldier and two militants") */
		/* (and what the sentence of an attack repelled tells of its dead:
		 * "repelled the attack, killing 12 RSF fighters") */
		for (size_t j = 0; j < i && found < 0; j++)
			if (ms[j].e->sentence == m->e->sentence && ms[j].inc >= 0 &&
			    ((ms[j].e->verb_start == m->e->verb_start && ms[j].fam == m->fam) ||
			     joins(d, m, &incs[ms[j].inc]) ||
			     (m->fam == FAM_VIOLENCE && ms[j].fam == FAM_VIOLENCE && repelled(d, &ms[j]) &&
			      incs[ms[j].inc].sentence < m->e->sentence)))
				found = ms[j].inc;
		/* (an event said to be another joins none told before it) */
		bool separate = separate_said(d, m->e->sentence, m->e->verb_start);
		for (size_t k = ni; k-- > 0 && found < 0;)
			if ((!separate || incs[k].sentence == m->e->sentence) && joins(d, m, &incs[k]))
				found = (int)k;
		if (found < 0) {
			inc *nx = &incs[ni];
			memset(nx, 0, sizeof *nx);
			nx->first_men = (int)i;
			nx->sentence = m->e->sentence;
			nx->verb_start = m->e->verb_start;
			nx->fam = m->fam;
			nx->type = m->type;
			found = (int)ni++;
		}
		m->inc = found;
		if (m->fam != incs[found].fam) { /* a toll or force that joined another family's incident */
			m->fam = incs[found].fam;
			if (m->fam == FAM_DEMO)
				m->type = incs[found].type == SR_ACLED_PEACEFUL ? SR_ACLED_INTERVENTION : incs[found].type;
		}
		/* (a protest met by force is no longer peaceful: the toll told
		 * next is that force's) */
		if (incs[found].type == SR_ACLED_PEACEFUL &&
		    (m->type == SR_ACLED_INTERVENTION || m->type == SR_ACLED_EXCESSIVE))
			incs[found].type = m->type;
		take_parties(&incs[found], m);
		incs[found].n_men++;
	}
	for (size_t i = 0; i < c->n_events; i++)
		rec_men[i] = -1;
	for (size_t i = 0; i < n; i++)
		rec_men[ms[i].rec] = (int)i;
	/* each count to one incident */
	size_t n_stats = 0;
	for (size_t k = 0; k < c->layers.n_counts; k++) {
		const sr_count *cx = &c->layers.counts[k];
		owner[k] = -1;
		if (cx->rejected)
			continue;
		if (cx->cumulative || count_is_aggregate(d, cx) || in_grievance(d, cx) || count_of_disaster(d, cx)) {
			owner[k] = -2;
			n_stats++;
			continue;
		}
		/* its record's mention; the story's past keeps its own dead */
		for (size_t i = 0; i < c->n_events && owner[k] == -1; i++) {
			const sr_event_record *r = &c->records[i];
			for (size_t j = 0; j < r->n_counts; j++)
				if (r->counts[j] == k && rec_men[i] >= 0)
					owner[k] = ms[rec_men[i]].inc;
				else if (r->counts[j] == k && past_event(c, i))
					owner[k] = -2, n_stats++;
		}
		/* else a mention of its sentence, else of the sentence before it
		 * in its paragraph */
		for (size_t i = 0; i < n && owner[k] == -1; i++)
			if (ms[i].e->sentence == cx->sentence)
				owner[k] = ms[i].inc;
		if (owner[k] == -1 && cx->sentence > 0) {
			size_t ps = cx->sentence - 1;
			if (d->sentences[ps].paragraph == d->sentences[cx->sentence].paragraph)
				for (size_t i = n; i-- > 0 && owner[k] == -1;)
					if (ms[i].e->sentence == ps)
						owner[k] = ms[i].inc;
		}
		if (owner[k] == -1 && cx->kind != SR_COUNT_KILLED && cx->kind != SR_COUNT_WOUNDED) {
			owner[k] = -2; /* displaced, evacuated, besieged: the article's */
			n_stats++;
		}
		/* the dead told beside a kidnapping or an arrest that follows an
		 * attack ("ADF militants attacked a school ... 42 people were
		 * killed, and 6 students were abducted"): the attack's */
		if (owner[k] >= 0 && cx->kind == SR_COUNT_KILLED &&
		    (incs[owner[k]].type == SR_ACLED_ABDUCTION || incs[owner[k]].fam == FAM_STRATEGIC) &&
		    incs[owner[k]].sentence == cx->sentence && cx->sentence > 0)
			for (size_t i = n; i-- > 0;) {
				size_t ms_s = ms[i].e->sentence;
				if (ms_s < cx->sentence && ms_s + 1 >= cx->sentence &&
				    d->sentences[ms_s].paragraph == d->sentences[cx->sentence].paragraph &&
				    (incs[ms[i].inc].type == SR_ACLED_ATTACK || incs[ms[i].inc].type == SR_ACLED_ARMED_CLASH ||
				     remote_type(incs[ms[i].inc].type))) {
					owner[k] = ms[i].inc;
					break;
				}
			}
	}
	/* relevance decides whether any of it is kept */
	sr_relevance_decide(d, &rin, a, x);
	if (x->relevance == SR_REL_NONE)
		ni = 0;
	if (ni) {
		x->items = sr_arena_alloc(a, ni * sizeof *x->items);
		if (!x->items) {
			sr_incidents_free(x);
			return SR_ENOMEM;
		}
	}
	int *idx = n ? sr_arena_alloc(a, n * sizeof *idx) : NULL;
	if (n && !idx) {
		sr_incidents_free(x);
		return SR_ENOMEM;
	}
	bool ok = true;
	int demo_in_text = -1; /* does the text name a demonstration anywhere (-1: not read yet) */
	for (size_t k = 0; k < ni && ok; k++) {
		inc *ic = &incs[k];
		size_t nm = 0;
		for (size_t i = 0; i < n; i++)
			if (ms[i].inc == (int)k)
				idx[nm++] = (int)i;
		ic->type = merged_type(ms, idx, nm, ic, c);
		ic->fam = (uint8_t)family_of(ic->type);
		default_parties(ic, c, ms, idx, nm, owner, (int)k);
		sr_incident *o = &x->items[k];
		memset(o, 0, sizeof *o);
		char id[64];
		if (article)
			snprintf(id, sizeof id, "%s-%zu", article, k + 1);
		else
			snprintf(id, sizeof id, "%zu", k + 1);
		o->id = sr_arena_strdup(a, id);
		o->article = article ? sr_arena_strdup(a, article) : NULL;
		o->url = url ? sr_arena_strdup(a, url) : NULL;
		o->cluster = -1;
		o->acled = ic->type;
		/* the CAMEO code and PLOVER type of its first mention with a coded verb */
		const men *lead = &ms[idx[0]];
		for (size_t i = 0; i < nm; i++)
			if (!ms[idx[i]].trigger) {
				lead = &ms[idx[i]];
				break;
			}
		snprintf(o->cameo, sizeof o->cameo, "%s", lead->e->cameo);
		o->plover = lead->r->plover_type;
		ok = ok && fill_date(c, ms, idx, nm, o);
		fill_place(a, c, ms, idx, nm, o);
		/* the country an actor names, when no place does */
		if (!o->place.country[0]) {
			const party *p = ic->a1.present && *ic->a1.k.cc3 ? &ic->a1 : ic->a2.present && *ic->a2.k.cc3 ? &ic->a2 : NULL;
			/* two countries' parties: where it happens is mostly where
			 * those who suffer it are ("Israeli raid kills three Hizbollah
			 * guerrillas") */
			if (p == &ic->a1 && ic->a2.present && *ic->a2.k.cc3 && strncmp(ic->a1.k.cc3, ic->a2.k.cc3, 3) != 0)
				p = &ic->a2;
			/* else an actor of one of its mentions ("Two soldiers dead in
			 * NPA attack": the New People's Army's Philippines) */
			for (size_t i = 0; !p && i < nm; i++)
				p = ms[idx[i]].a1.present && *ms[idx[i]].a1.k.cc3   ? &ms[idx[i]].a1
				    : ms[idx[i]].a2.present && *ms[idx[i]].a2.k.cc3 ? &ms[idx[i]].a2
				                                                    : NULL;
			if (p)
				sr_cc2_of(p->k.cc3, o->place.country);
			/* else an actor of a country named in one of its sentences
			 * that is no party to it ("Two soldiers dead in NPA attack":
			 * the New People's Army of the Philippines) */
			for (size_t i = 0; !o->place.country[0] && i < nm; i++)
				for (size_t q = 0; q < c->n_actors && !o->place.country[0]; q++)
					if (c->actors[q].sentence == ms[idx[i]].e->sentence && c->actors[q].code[0] != '-' &&
					    strncmp(c->actors[q].code, "IGO", 3) && strncmp(c->actors[q].code, "NGO", 3) &&
					    strncmp(c->actors[q].code, "IMG", 3))
						sr_cc2_of(c->actors[q].code, o->place.country);
			/* else the country the text's places name most (a people's
			 * name too: "Ukrainian defenders"), the first named on a tie */
			if (!o->place.country[0])
				sr_places_top_country(c->layers.places, c->layers.n_places, o->place.country);
			if (o->place.country[0]) {
				o->place.geo_precision = 3;
				o->place.source = SR_GEOSRC_FOCUS;
				o->place.precision = SR_GEO_COUNTRY;
				/* (at the country's point, when the text names it) */
				for (size_t pk = 0; pk < c->layers.n_places && !o->place.has_point; pk++) {
					const sr_place *cp = &c->layers.places[pk];
					if (cp->resolved && cp->precision == SR_GEO_COUNTRY && !strcmp(cp->country, o->place.country)) {
						o->place.has_point = 1;
						o->place.name = cp->name;
						o->place.lat = cp->lat;
						o->place.lon = cp->lon;
						sr_geo_country_part(c->doc, cp, &o->place.lat, &o->place.lon, &o->place.name);
					}
				}
			}
		}
		const char *cc2 = o->place.country;
		/* foreign forces: a state's forces outside their country */
		for (int s = 0; s < 2; s++) {
			party *p = s ? &ic->a2 : &ic->a1;
			if (p->present && p->k.state && *p->k.cc3 && *cc2) {
				char own[3];
				sr_cc2_of(p->k.cc3, own);
				if (*own && strcmp(own, cc2) != 0)
					p->k.inter = SR_INTER_EXTERNAL;
			}
		}
		/* a state that shells, strikes or fights does so with its forces */
		for (int s2 = 0; s2 < 2 && ic->fam == FAM_VIOLENCE; s2++) {
			party *p = s2 ? &ic->a2 : &ic->a1;
			if (p->present && p->k.state && !strcmp(p->k.role, "GOV"))
				snprintf(p->k.role, sizeof p->k.role, "MIL");
		}
		fill_actor(a, d, &ic->a1, cc2, &o->actor1);
		fill_actor(a, d, &ic->a2, cc2, &o->actor2);
		ok = ok && fill_assoc(a, &ic->a1, cc2, &o->assoc1, &o->n_assoc1);
		ok = ok && fill_assoc(a, &ic->a2, cc2, &o->assoc2, &o->n_assoc2);
		int i1 = o->actor1.inter, i2 = o->actor2.inter;
		o->interaction = (uint8_t)(i1 && i2 ? (i1 < i2 ? i1 * 10 + i2 : i2 * 10 + i1) : i1 ? i1 * 10 : i2 * 10);
		o->civilian_targeting = ic->fam == FAM_VIOLENCE && i2 == SR_INTER_CIVILIANS;
		ok = ok && fill_counts(a, c, owner, (int)k, o);
		/* force on a protest that kills is excessive force (ACLED: lethal
		 * force on demonstrators) */
		if (o->acled == SR_ACLED_INTERVENTION && o->fatalities_best > 0)
			o->acled = SR_ACLED_EXCESSIVE;
		/* a crowd's violence on other people, no demonstration told in
		 * the text: mob violence ("Supporters of two rival student groups
		 * fought with sticks and machetes") */
		/* (or on each other: "Supporters of the NPP and the NDC clashed
		 * outside the collation centre, throwing stones at each
		 * other") */
		static const char *const MUTUAL[] = {"clashed", "clashes", "clash", "fought", "each", "between", NULL};
		/* (or a crowd the text calls a mob: "Police fired tear gas to
		 * disperse the mobs") */
		static const char *const MOBS[] = {"mob", "mobs", NULL};
		if (o->acled == SR_ACLED_VIOLENT_DEMO &&
		    (i2 == SR_INTER_CIVILIANS || sentence_has_word(d, ic->sentence, MOBS) ||
		     ((!i2 || i2 == SR_INTER_RIOTERS) && sentence_has_word(d, ic->sentence, MUTUAL)))) {
			if (demo_in_text < 0) {
				demo_in_text = 0;
				for (size_t s = 0; s < d->n_sentences && !demo_in_text; s++)
					demo_in_text = demonstration_said(d, s);
			}
			if (!demo_in_text)
				o->acled = SR_ACLED_MOB;
		}
		/* excessive force is the force's deed: its actor first, the
		 * protesters second (an intervention the protest's, as told) */
		if (o->acled == SR_ACLED_EXCESSIVE && o->actor1.inter == SR_INTER_PROTESTERS &&
		    (o->actor2.inter == SR_INTER_STATE || o->actor2.inter == SR_INTER_EXTERNAL)) {
			sr_incident_actor t = o->actor1;
			o->actor1 = o->actor2;
			o->actor2 = t;
			const sr_incident_actor *ta = o->assoc1;
			o->assoc1 = o->assoc2;
			o->assoc2 = ta;
			size_t tn = o->n_assoc1;
			o->n_assoc1 = o->n_assoc2;
			o->n_assoc2 = tn;
		}
		/* ground a foreign state's forces take is taken as a non-state
		 * actor's is (ACLED: "a non-state actor or a foreign state
		 * actor captures territory") */
		if (o->acled == SR_ACLED_GOV_REGAINS && o->actor1.inter == SR_INTER_EXTERNAL) {
			/* (beside the host state's own forces, "Rwandan and Mozambican
			 * troops recaptured", it is the government's ground) */
			bool host = false;
			for (size_t i = 0; i < nm && !host; i++) {
				const party *p = &ms[idx[i]].a1;
				char own[3] = "";
				if (p->present && p->k.state && *p->k.cc3)
					sr_cc2_of(p->k.cc3, own);
				host = *own && !strcmp(own, cc2);
			}
			if (!host)
				o->acled = SR_ACLED_NSA_OVERTAKES;
		}
		/* the abducted who are killed: an attack (ACLED codes the worst);
		 * not a bystander killed as many more are taken ("abducted about
		 * ten children; an elderly man who tried to stop them was
		 * beheaded") */
		if (o->acled == SR_ACLED_ABDUCTION && o->fatalities_best > 0 &&
		    !(sr_incident_total(o, SR_COUNT_KIDNAPPED) > o->fatalities_best))
			o->acled = SR_ACLED_ATTACK;
		ok = ok && fill_sources(a, c, ms, idx, nm, o);
		ok = ok && fill_notes(a, d, ms, idx, nm, o);
		ok = ok && fill_mentions(a, d, ms, idx, nm, o);
		/* event data file Hong Kong's and Macau's events under China,
		 * the territory as its first division (ACLED: country "China",
		 * admin1 "Hong Kong"); its actors keep the territory's name */
		if (!strcmp(o->place.country, "HK") || !strcmp(o->place.country, "MO")) {
			o->place.admin1_name = !strcmp(o->place.country, "HK") ? "Hong Kong" : "Macau";
			o->place.admin1[0] = '\0';
			memcpy(o->place.country, "CN", 3);
		}
		o->confidence = confidence_of(ms, idx, nm, o);
	}
	x->n = ni;
	/* the article's statistics */
	if (ok && n_stats && x->relevance != SR_REL_NONE) {
		sr_incident_count *v = sr_arena_alloc(a, n_stats * sizeof *v);
		ok = v != NULL;
		size_t m = 0;
		for (size_t k = 0; ok && k < c->layers.n_counts; k++) {
			if (owner[k] != -2)
				continue;
			const sr_count *cx = &c->layers.counts[k];
			v[m++] = (sr_incident_count){cx->kind, cx->best, cx->low, cx->high, 0, 0,
			                             dup_span(a, d, (int64_t)cx->start, (int64_t)cx->end), (int64_t)cx->start,
			                             (int64_t)cx->end};
		}
		x->statistics = v;
		x->n_statistics = m;
	}
	if (!ok) {
		sr_incidents_free(x);
		return SR_ENOMEM;
	}
	*out = x;
	return SR_OK;
}
