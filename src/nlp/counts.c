/* counts.c: how many were killed, wounded, displaced, evacuated,
 * arrested, kidnapped, missing or besieged: a number of the numbers layer
 * joined to the word that says what happened to them, within its
 * sentence:
 *   "12 people were killed", "at least 10 dead", "1.5 million displaced"
 *   (the number, then a few nouns, adjectives or auxiliaries, then the word);
 *   "killing at least 12", "left 30 wounded", "arrested 200 protesters"
 *   (the word, then the number);
 *   "the death toll rose to 150,000", "a toll of 40" (killed);
 *   "a soldier was killed" (one).
 * The hedges of the number give best, low and high ("some 1,400": best
 * 1,400; "more than 9 million": low 9,000,000; "up to 30": high 30);
 * vague words take ACLED's figures ("dozens" 12, "hundreds" 100,
 * "thousands" 1,000).  A figure is cumulative when its sentence says so
 * ("in total", "so far", "since 2011", "toll", "years of", "during the
 * war").  A year ("2014 killed") or an absurd figure is kept with the
 * reason it is not a count. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"
#include "../util/vec.h"
#include "nlp.h"

typedef struct cue {
	const char *w;
	uint8_t kind;
} cue;

/* the words after a number */
static const cue AFTER[] = {
    {"killed", SR_COUNT_KILLED},       {"dead", SR_COUNT_KILLED},          {"died", SR_COUNT_KILLED},
    {"die", SR_COUNT_KILLED},          {"dies", SR_COUNT_KILLED},          {"succumbed", SR_COUNT_KILLED},
    {"deaths", SR_COUNT_KILLED},       {"death", SR_COUNT_KILLED},         {"fatalities", SR_COUNT_KILLED},    {"fatality", SR_COUNT_KILLED},
    {"bodies", SR_COUNT_KILLED},       {"slain", SR_COUNT_KILLED},         {"murdered", SR_COUNT_KILLED},
    {"executed", SR_COUNT_KILLED},     {"massacred", SR_COUNT_KILLED},     {"lives", SR_COUNT_KILLED},
    {"lynched", SR_COUNT_KILLED},      {"beheaded", SR_COUNT_KILLED},     {"martyred", SR_COUNT_KILLED},
    {"neutralised", SR_COUNT_KILLED},  {"neutralized", SR_COUNT_KILLED},  {"assassinated", SR_COUNT_KILLED},
    {"wounded", SR_COUNT_WOUNDED},     {"injured", SR_COUNT_WOUNDED},      {"hurt", SR_COUNT_WOUNDED},
    {"injuries", SR_COUNT_WOUNDED},    {"casualties", SR_COUNT_CASUALTIES}, {"displaced", SR_COUNT_DISPLACED},
    {"fled", SR_COUNT_DISPLACED},      {"refugees", SR_COUNT_DISPLACED},   {"homeless", SR_COUNT_DISPLACED},
    {"uprooted", SR_COUNT_DISPLACED},  {"evacuated", SR_COUNT_EVACUATED},  {"rescued", SR_COUNT_EVACUATED},
    {"arrested", SR_COUNT_ARRESTED},   {"detained", SR_COUNT_ARRESTED},    {"detainees", SR_COUNT_ARRESTED},
    {"jailed", SR_COUNT_ARRESTED},     {"held", SR_COUNT_ARRESTED},        {"kidnapped", SR_COUNT_KIDNAPPED},
    {"abducted", SR_COUNT_KIDNAPPED},  {"hostages", SR_COUNT_KIDNAPPED},   {"missing", SR_COUNT_MISSING},
    {"unaccounted", SR_COUNT_MISSING}, {"besieged", SR_COUNT_BESIEGED},    {"trapped", SR_COUNT_BESIEGED},
    {"stranded", SR_COUNT_BESIEGED},
};

/* the words before a number: "killing 12", "left 30 dead" (the kind then
 * comes from the word after, when there is one) */
static const cue BEFORE[] = {
    {"killing", SR_COUNT_KILLED},      {"killed", SR_COUNT_KILLED},        {"kill", SR_COUNT_KILLED},
    {"kills", SR_COUNT_KILLED},        {"executed", SR_COUNT_KILLED},      {"wounding", SR_COUNT_WOUNDED},
    {"injuring", SR_COUNT_WOUNDED},    {"wounded", SR_COUNT_WOUNDED},      {"injured", SR_COUNT_WOUNDED},
    {"displacing", SR_COUNT_DISPLACED}, {"displaced", SR_COUNT_DISPLACED}, {"evacuated", SR_COUNT_EVACUATED},
    {"evacuating", SR_COUNT_EVACUATED}, {"rescued", SR_COUNT_EVACUATED},   {"arrested", SR_COUNT_ARRESTED},
    {"arresting", SR_COUNT_ARRESTED},  {"detained", SR_COUNT_ARRESTED},    {"detaining", SR_COUNT_ARRESTED},
    {"kidnapped", SR_COUNT_KIDNAPPED}, {"abducted", SR_COUNT_KIDNAPPED},   {"kidnapping", SR_COUNT_KIDNAPPED},
    {"abducting", SR_COUNT_KIDNAPPED}, {"freed", SR_COUNT_EVACUATED},      {"toll", SR_COUNT_KILLED},
    {"dead", SR_COUNT_KILLED},         {"murdered", SR_COUNT_KILLED},      {"murdering", SR_COUNT_KILLED},
    {"stabbing", SR_COUNT_WOUNDED},    {"beheaded", SR_COUNT_KILLED},      {"lynched", SR_COUNT_KILLED},
    {"beheading", SR_COUNT_KILLED},
    /* "claiming the lives of 8", "the bodies of three fishermen", "the
     * deaths of two fighters" */
    {"lives", SR_COUNT_KILLED},        {"bodies", SR_COUNT_KILLED},        {"deaths", SR_COUNT_KILLED},
    {"neutralised", SR_COUNT_KILLED},  {"neutralized", SR_COUNT_KILLED},  {"assassinated", SR_COUNT_KILLED},
    {"neutralising", SR_COUNT_KILLED}, {"neutralizing", SR_COUNT_KILLED}, {"slaughtered", SR_COUNT_KILLED},
    {"slaughtering", SR_COUNT_KILLED}, {"massacring", SR_COUNT_KILLED},  {"eliminated", SR_COUNT_KILLED},
    {"eliminating", SR_COUNT_KILLED},
};

static int cue_at(const sr_doc *d, size_t i, const cue *c, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (sr_tok_is(d, i, c[k].w))
			return c[k].kind;
	return 0;
}

const char *sr_count_kind_name(int k)
{
	static const char *const N[] = {NULL,        "killed",    "wounded",   "casualties", "displaced",
	                                "evacuated", "arrested",  "kidnapped", "missing",    "besieged"};
	return k > 0 && k <= SR_COUNT_BESIEGED ? N[k] : NULL;
}

static bool cumulative_in(const sr_doc *d, size_t from, size_t e);

/* The sentence says the figure at token at adds up a period: before it
 * ("Since 2011, 400,000 have died"), or after it in its own part of the
 * sentence ("400,000 have died since the war began"; not "29 soldiers
 * were killed, marking the largest toll since 2016"). */
static bool cumulative(const sr_doc *d, const sr_sentence *st, size_t at)
{
	size_t e = st->first_token + st->n_tokens;
	for (size_t k = at; k < e; k++)
		if ((d->tokens[k].kind == SR_TOK_PUNCT && (sr_tok_is(d, k, ",") || sr_tok_is(d, k, ";"))) ||
		    /* ("killing 12 people and bringing the toll to 30,000": the
		     * next verb's part) */
		    (k > at && sr_tok_is(d, k, "and") && k + 1 < e &&
		     (sr_tok_is(d, k + 1, "bringing") || sr_tok_is(d, k + 1, "raising") || sr_tok_is(d, k + 1, "taking") ||
		      sr_tok_is(d, k + 1, "pushing")))) {
			e = k;
			break;
		}
	return cumulative_in(d, st->first_token, e);
}

static bool cumulative_in(const sr_doc *d, size_t from, size_t e)
{
	static const char *const ONE[] = {"total", "totals", "overall", "altogether", "cumulative", "since", "toll",
	                                  "tolls", "so-far"};
	static const char *const RECENT[] = {"monday",  "tuesday",   "wednesday", "thursday", "friday",
	                                     "saturday", "sunday",   "yesterday", "dawn",     "morning",
	                                     "overnight", "midnight", "then",     "noon"};
	for (size_t i = from; i < e; i++) {
		/* "since Monday", "since dawn", "not been seen since": a day's
		 * fighting, not a war's */
		if (sr_tok_is(d, i, "since")) {
			bool recent = i + 1 >= e || d->tokens[i + 1].kind == SR_TOK_PUNCT;
			for (size_t k = 0; k < sizeof RECENT / sizeof *RECENT && !recent && i + 1 < e; k++)
				recent = sr_tok_is(d, i + 1, RECENT[k]) || (i + 2 < e && sr_tok_is(d, i + 2, RECENT[k]));
			if (!recent)
				return true;
			continue;
		}
		/* "put the death toll at 14", "the toll stood at 9": one event's
		 * dead, told as a toll; raised to a figure, a war's */
		if ((sr_tok_is(d, i, "toll") || sr_tok_is(d, i, "tolls")) && i + 2 < e &&
		    (sr_tok_is(d, i + 1, "at") || (sr_tok_is(d, i + 1, "stood") && sr_tok_is(d, i + 2, "at")))) {
			bool raised = false;
			for (size_t k = i; k > from && k + 4 > i && !raised; k--)
				raised = sr_tok_is(d, k - 1, "raising") || sr_tok_is(d, k - 1, "bringing") ||
				         sr_tok_is(d, k - 1, "taking") || sr_tok_is(d, k - 1, "pushing");
			if (!raised)
				continue;
		}
		/* "the death toll had risen to 19": one event's toll updated (a
		 * war's is told by its span, caught apart; a bare "toll rose" may
		 * be either, and is kept apart) */
		if ((sr_tok_is(d, i, "toll") || sr_tok_is(d, i, "tolls")) && i + 2 < e && i > from) {
			size_t q = i + 1;
			/* ("the toll later rose to four") */
			bool later = sr_tok_is(d, q, "later") || sr_tok_is(d, q, "then") || sr_tok_is(d, q, "subsequently") ||
			             sr_tok_is(d, q, "since") || sr_tok_is(d, q, "eventually");
			if (later)
				q++;
			if (sr_tok_is(d, q, "had") || sr_tok_is(d, q, "has") || sr_tok_is(d, q, "have") || sr_tok_is(d, q, "was"))
				q++;
			bool risen = q < e && (sr_tok_is(d, q, "risen") || sr_tok_is(d, q, "rose") || sr_tok_is(d, q, "climbed") ||
			                       sr_tok_is(d, q, "reached") || sr_tok_is(d, q, "increased") ||
			                       sr_tok_is(d, q, "raised"));
			/* (a bare toll risen "by" a day, told after a first figure:
			 * "Officials first reported 23 dead; by 16 October the toll had
			 * risen to 276") */
			bool update = sr_tok_is(d, i - 1, "death") || (later && !sr_tok_is(d, i + 1, "since"));
			for (size_t k = i, st = 0; !update && k-- > from && st < 5; st++)
				update = sr_tok_is(d, k, "by");
			if (risen && update)
				continue;
		}
		/* ("put the overall toll at 11": the event's whole toll) */
		if (sr_tok_is(d, i, "overall") && i + 2 < e && sr_tok_is(d, i + 1, "toll") && sr_tok_is(d, i + 2, "at"))
			continue;
		/* ("the Lekki toll gate": a road's, no count's) */
		if (sr_tok_is(d, i, "toll") && i + 1 < e &&
		    (sr_tok_is(d, i + 1, "gate") || sr_tok_is(d, i + 1, "plaza") || sr_tok_is(d, i + 1, "booth") ||
		     sr_tok_is(d, i + 1, "road") || sr_tok_is(d, i + 1, "bridge") || sr_tok_is(d, i + 1, "station")))
			continue;
		for (size_t k = 0; k < sizeof ONE / sizeof *ONE; k++)
			if (sr_tok_is(d, i, ONE[k]))
				return true;
		if (i + 1 < e && sr_tok_is(d, i, "so") && sr_tok_is(d, i + 1, "far"))
			return true;
		if (i + 1 < e && sr_tok_is(d, i, "to") && sr_tok_is(d, i + 1, "date"))
			return true;
		/* "last year", "this year", "in the past decade", "annually" */
		if (i + 1 < e && (sr_tok_is(d, i, "last") || sr_tok_is(d, i, "this") || sr_tok_is(d, i, "past")) &&
		    (sr_tok_is(d, i + 1, "year") || sr_tok_is(d, i + 1, "decade")))
			return true;
		/* "neutralised in northern Iraq over the past week" */
		if (i + 2 < e && (sr_tok_is(d, i, "over") || sr_tok_is(d, i, "in") || sr_tok_is(d, i, "during")) &&
		    sr_tok_is(d, i + 1, "the") && sr_tok_is(d, i + 2, "past"))
			return true;
		if (sr_tok_is(d, i, "annually") || (i + 1 < e && sr_tok_is(d, i, "per") && sr_tok_is(d, i + 1, "year")))
			return true;
		/* "years of", "months of fighting", "during the war", "in the conflict" */
		if (i + 1 < e && (sr_tok_is(d, i, "years") || sr_tok_is(d, i, "months") || sr_tok_is(d, i, "decades")) && sr_tok_is(d, i + 1, "of"))
			return true;
		/* "the war has killed more than 150,000 people", "the insurgency
		 * had claimed" */
		if (i + 1 < e &&
		    (sr_tok_is(d, i, "war") || sr_tok_is(d, i, "conflict") || sr_tok_is(d, i, "insurgency") ||
		     sr_tok_is(d, i, "uprising") || sr_tok_is(d, i, "wars") || sr_tok_is(d, i, "conflicts")) &&
		    (sr_tok_is(d, i + 1, "has") || sr_tok_is(d, i + 1, "have") || sr_tok_is(d, i + 1, "had")))
			return true;
		if (i + 2 < e && (sr_tok_is(d, i, "during") || sr_tok_is(d, i, "in") || sr_tok_is(d, i, "throughout")) && sr_tok_is(d, i + 1, "the") &&
		    (sr_tok_is(d, i + 2, "war") || sr_tok_is(d, i + 2, "conflict") || sr_tok_is(d, i + 2, "uprising") || sr_tok_is(d, i + 2, "crisis")))
			return true;
	}
	return false;
}

static bool unit_word(const sr_doc *d, size_t i)
{
	static const char *const U[] = {"years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
	                                "hour", "minutes", "decades", "percent", "per", "%", "km", "kilometres",
	                                "kilometers", "miles", "metres", "meters", "tons", "tonnes", "times", "centuries",
	                                "o'clock", "p.m.", "a.m.",
	                                /* money: "4 lakh", "2 crore rupees", "500 dollars" */
	                                "dollars", "euros", "pounds", "rupees", "lakh", "lakhs", "crore", "crores", "naira",
	                                "shillings", "dinars", "pesos", "yuan", "francs", "birr", "cedis", "rand", "reais"};
	for (size_t k = 0; k < sizeof U / sizeof *U; k++)
		if (sr_tok_is(d, i, U[k]))
			return true;
	return false;
}

/* Is token i a currency's sign or code before an amount ("Rs 4 lakh",
 * "$500", "KSh 20,000")? */
static bool currency_before(const sr_doc *d, size_t i)
{
	static const char *const C[] = {"$", "us$", "\xe2\x82\xac", "\xc2\xa3", "\xe2\x82\xb9", "\xe2\x82\xa6", "rs", "rs.",
	                                "inr", "usd", "eur", "gbp", "ksh", "pkr", "ngn"};
	for (size_t k = 0; k < sizeof C / sizeof *C; k++)
		if (sr_tok_is(d, i, C[k]))
			return true;
	return false;
}

static size_t token_at(const sr_doc *d, size_t from, size_t to, size_t byte)
{
	for (size_t i = from; i < to; i++)
		if (d->tokens[i].start == byte)
			return i;
	return SIZE_MAX;
}

/* A new count at the end of v, zeroed; NULL when out of memory. */
static sr_count *push(sr_count **v, size_t *n, size_t *cap)
{
	if (!SR_VEC_GROW(*v, *n, *cap, 16))
		return NULL;
	sr_count *c = &(*v)[(*n)++];
	memset(c, 0, sizeof *c);
	return c;
}

/* Do the words at token a say a death ("shot dead", "stabbed to death",
 * "gunned down")?  SR_COUNT_KILLED with *end its last word, else 0. */
static int done_to_death(const sr_doc *d, size_t a, size_t to, size_t *end)
{
	if (a + 1 < to && sr_tok_is(d, a + 1, "dead"))
		return *end = a + 1, SR_COUNT_KILLED;
	if (a + 2 < to && sr_tok_is(d, a + 1, "to") && sr_tok_is(d, a + 2, "death"))
		return *end = a + 2, SR_COUNT_KILLED;
	if (a + 1 < to && sr_tok_is(d, a, "gunned") && sr_tok_is(d, a + 1, "down"))
		return *end = a + 1, SR_COUNT_KILLED;
	return 0;
}

/* Is the number at token a the figure a toll is raised or updated to
 * ("raised the toll to 8", "updated the death toll to 3", "bringing the
 * toll to nine")? */
static bool toll_updated(const sr_doc *d, size_t from, size_t a)
{
	static const char *const UP[] = {"raised",   "raising", "raises",  "updated", "updating", "revised",
	                                 "revising", "bringing", "brought", "brings", "taking",   "took",
	                                 "pushing",  "pushed",  "increased", NULL};
	if (a < from + 3 || !sr_tok_is(d, a - 1, "to") || !(sr_tok_is(d, a - 2, "toll") || sr_tok_is(d, a - 2, "tolls")))
		return false;
	size_t k = a - 3;
	if (k > from && (sr_tok_is(d, k, "death") || sr_tok_is(d, k, "fatality")))
		k--;
	if (k > from && sr_tok_is(d, k, "the"))
		k--;
	for (const char *const *w = UP; *w; w++)
		if (sr_tok_is(d, k, *w))
			return true;
	return false;
}

/* Are the ones counted at token b animals ("killing 12 cattle", "dozens
 * of goats", "30 head of cattle")? */
static bool animals_after(const sr_doc *d, size_t b, size_t to)
{
	static const char *const A[] = {"cattle", "cows",    "goats",  "sheep",   "camels",  "donkeys",   "livestock",
	                                "animals", "chickens", "horses", "elephants", "dogs",  "head",      "pigs",
	                                "oxen",    "rhinos",  "poultry", "birds",   "fish",    NULL};
	for (size_t k = b + 1; k < to && k <= b + 3; k++) {
		/* (the head noun: not "two cattle thieves", "cattle herders") */
		for (const char *const *w = A; *w; w++)
			if (sr_tok_is(d, k, *w))
				return !(k + 1 < to && d->tokens[k + 1].pos == SR_POS_NOUN) &&
				       (strcmp(*w, "head") || (k + 1 < to && sr_tok_is(d, k + 1, "of")));
		if (!sr_tok_is(d, k, "of") && d->tokens[k].pos != SR_POS_ADJ)
			break;
	}
	return false;
}

/* A count a word says ("a soldier", "dozens"): token i the figure, token
 * end the word of what happened; best and low its figure (-1: none). */
static bool word_count(sr_count **v, size_t *n, size_t *cap, const sr_doc *d, size_t si, size_t i, size_t end, int kind,
                       double best, double low)
{
	sr_count *c = push(v, n, cap);
	if (!c)
		return false;
	c->sentence = si;
	c->start = c->num_start = d->tokens[i].start;
	c->num_end = d->tokens[i].end;
	c->end = d->tokens[end].end;
	c->kind = (uint8_t)kind;
	c->best = best;
	c->low = low;
	c->high = -1;
	c->cumulative = cumulative(d, &d->sentences[si], i);
	return true;
}

/* One person counted, once: no count of that kind in its sentence yet
 * (the sentence's own figure stands over the one person). */
static bool one_person(sr_count **v, size_t *n, size_t *cap, const sr_doc *d, size_t si, size_t i, size_t end,
                       int kind)
{
	for (size_t q = 0; q < *n; q++)
		if ((*v)[q].sentence == si && (*v)[q].kind == kind)
			return true;
	return word_count(v, n, cap, d, si, i, end, kind, 1, -1);
}

/* Is token k "held" with an object ("protesters held a procession",
 * "held talks"): what they did, no one held? */
static bool held_something(const sr_doc *d, size_t k, size_t to)
{
	return sr_tok_is(d, k, "held") && k + 1 < to &&
	       (d->tokens[k + 1].pos == SR_POS_DET || d->tokens[k + 1].pos == SR_POS_NOUN ||
	        d->tokens[k + 1].pos == SR_POS_ADJ);
}

/* Is token t "both" of sides, parties or camps, no two people? */
static bool both_sides(const sr_doc *d, size_t t)
{
	return sr_tok_is(d, t, "both") && t + 1 < d->n_tokens &&
	       (sr_tok_is(d, t + 1, "sides") || sr_tok_is(d, t + 1, "parties") || sr_tok_is(d, t + 1, "camps"));
}

/* The figure of a victims' phrase's opening word: a number of the
 * numbers layer, "a"/"an" and a singular "her"/"his"/"their" one, "both"
 * two; -1 when it says none. */
static double opening_figure(const sr_doc *d, size_t t, size_t noun, const sr_number **num)
{
	*num = NULL;
	for (size_t q = 0; q < d->n_numbers; q++)
		if (d->numbers[q].start <= d->tokens[t].start && d->numbers[q].end >= d->tokens[t].end) {
			if (d->numbers[q].year || d->numbers[q].qual == SR_NUM_RANGE)
				return -1;
			*num = &d->numbers[q];
			return d->numbers[q].qual == SR_NUM_AT_LEAST ? d->numbers[q].low : d->numbers[q].value;
		}
	if (sr_tok_is(d, t, "both"))
		return both_sides(d, t) ? -1 : 2;
	bool singular = d->tokens[noun].end - d->tokens[noun].start > 0;
	char lemma[64];
	size_t ln = sr_token_lemma(d, noun, lemma, sizeof lemma);
	singular = ln && ln < sizeof lemma && ln == d->tokens[noun].end - d->tokens[noun].start &&
	           sr_ascii_ncaseeq(lemma, d->text + d->tokens[noun].start, ln);
	/* (plurals the lemmas keep: "the men", "gunmen", "people", "children") */
	size_t nl = d->tokens[noun].end - d->tokens[noun].start;
	const char *nw = d->text + d->tokens[noun].start;
	if (singular && ((nl >= 3 && sr_ascii_ncaseeq(nw + nl - 3, "men", 3)) || sr_tok_is(d, noun, "people") ||
	                 sr_tok_is(d, noun, "children") || sr_tok_is(d, noun, "police")))
		singular = false;
	if (singular && (sr_tok_is(d, t, "a") || sr_tok_is(d, t, "an") || sr_tok_is(d, t, "her") || sr_tok_is(d, t, "the") ||
	                 sr_tok_is(d, t, "his") || sr_tok_is(d, t, "their") || sr_tok_is(d, t, "one")))
		return 1;
	return -1;
}

/* Is token t a word of a victims' phrase after its opening word? */
static bool phrase_word(const sr_doc *d, size_t t)
{
	int p = d->tokens[t].pos;
	/* ("two of its fighters") */
	static const char *const WHOSE[] = {"its", "their", "his", "her", "our", NULL};
	if ((sr_tok_in(d, t, WHOSE) && t > 0 && sr_tok_is(d, t - 1, "of")) ||
	    (sr_tok_is(d, t, "of") && t + 1 < d->n_tokens && sr_tok_in(d, t + 1, WHOSE)))
		return true;
	return d->tokens[t].kind == SR_TOK_WORD && (p == SR_POS_NOUN || p == SR_POS_ADJ || p == SR_POS_PROPN) &&
	       !sr_tok_is(d, t, "and");
}

/* Is token t a capitalised word of a person's name ("Mohib", "Ullah"),
 * or the lower-case particle inside one ("Kian delos Santos", "Luiz da
 * Silva")? */
static bool name_word(const sr_doc *d, size_t t, bool inner)
{
	const sr_token *k = &d->tokens[t];
	if (k->kind != SR_TOK_WORD)
		return false;
	if (k->pos == SR_POS_PROPN && (k->flags & SR_TF_CAP) && !(k->flags & SR_TF_UPPER))
		return true;
	static const char *const PARTICLES[] = {"de", "da", "do", "dos", "das", "del", "delos", "de los", "van", "von",
	                                        "bin", "ibn", "al", "el", "ould", "la", "le", "du", "di", "della", NULL};
	if (!inner)
		return false;
	for (const char *const *w = PARTICLES; *w; w++)
		if (sr_tok_is(d, t, *w))
			return true;
	return false;
}

/* The first token of a person's name of two to four words that ends at
 * token e ("Marielle Franco", "Kian delos Santos"), at or after token
 * from; SIZE_MAX when none does. */
static size_t name_ending_at(const sr_doc *d, size_t from, size_t e)
{
	if (!name_word(d, e, false))
		return SIZE_MAX;
	size_t a = e;
	while (a > from && e - a < 3 && name_word(d, a - 1, true))
		a--;
	while (a < e && !name_word(d, a, false))
		a++; /* (a name opens with a capital) */
	return a < e ? a : SIZE_MAX;
}

/* A count for the phrase [a, b] of figure f, unless one already begins
 * there. */
static bool add_phrase(sr_count **v, size_t *n, size_t *cap, const sr_doc *d, size_t si, size_t a, size_t b, int kind,
                       double f, const sr_number *num)
{
	for (size_t q = 0; q < *n; q++)
		if ((*v)[q].sentence == si && (*v)[q].num_start < d->tokens[b].end &&
		    (*v)[q].num_end > d->tokens[a].start)
			return true;
	if (!word_count(v, n, cap, d, si, a, b, kind, f, -1))
		return false;
	if (num) {
		sr_count *c = &(*v)[*n - 1];
		c->num_start = num->start;
		c->num_end = num->end;
		if (num->qual == SR_NUM_AT_LEAST)
			c->best = -1, c->low = num->low;
	}
	return true;
}

/* Victims named in a list: "Three civilians and a soldier were killed",
 * "Both men died", "killing a woman and her four children", "..., along
 * with two assailants": one count per phrase with a figure (the incident
 * stage adds counts joined by "and"). */
static bool coordinated(const sr_doc *d, sr_count **v, size_t *n, size_t *cap)
{
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t t = from + 1; t < to; t++) {
			int kind = sr_tok_is(d, t, "killed") || sr_tok_is(d, t, "died") || sr_tok_is(d, t, "martyred") ||
			                   sr_tok_is(d, t, "executed") || sr_tok_is(d, t, "murdered")
			               ? SR_COUNT_KILLED
			           : sr_tok_is(d, t, "wounded") || sr_tok_is(d, t, "injured") ? SR_COUNT_WOUNDED
			                                                                       : 0;
			/* "... were shot dead", "... found dead" */
			size_t vt = t;
			if (!kind && sr_tok_is(d, t, "dead") && t > from + 1 &&
			    (sr_tok_is(d, t - 1, "shot") || sr_tok_is(d, t - 1, "found") || sr_tok_is(d, t - 1, "beaten")))
				kind = SR_COUNT_KILLED, vt = t - 1;
			if (!kind)
				continue;
			/* the subjects: "... were killed", "... died" */
			size_t k = vt - 1;
			if (k > from && d->tokens[k].pos == SR_POS_ADV && !sr_tok_is(d, t, "died"))
				k--; /* "were also killed" */
			if (!sr_tok_is(d, t, "died")) {
				if (!(sr_tok_is(d, k, "were") || sr_tok_is(d, k, "been")))
					continue;
				if (sr_tok_is(d, k, "been") && k > from && (sr_tok_is(d, k - 1, "have") || sr_tok_is(d, k - 1, "had")))
					k--;
			} else {
				k = t;
			}
			/* right to left: phrase (and|,) phrase ... */
			size_t end = k; /* one past the phrase's last word */
			if (end > from + 1 && sr_tok_is(d, end - 1, ","))
				end--; /* "..., including three children, were killed" */
			int phrases = 0;
			size_t joint = SIZE_MAX; /* the end of a phrase of no figure of its own */
			while (end > from) {
				size_t noun = end - 1;
				if (!phrase_word(d, noun))
					break;
				size_t a = noun;
				while (a > from && a + 4 > noun && phrase_word(d, a - 1))
					a--;
				/* a's word itself may be the opening ("Three", "Both") */
				const sr_number *num;
				double f = a > from ? opening_figure(d, a - 1, noun, &num) : -1;
				size_t open = a - 1;
				if (f < 0 && a < noun) {
					f = opening_figure(d, a, noun, &num);
					open = a;
				}
				/* a person named ("city councillor Marielle Franco and her
				 * driver were shot dead"): one */
				if (f < 0) {
					size_t nm = name_ending_at(d, a, noun);
					if (nm != SIZE_MAX && (nm == a || (d->tokens[nm - 1].pos == SR_POS_NOUN &&
					                                   !(d->tokens[nm - 1].flags & SR_TF_CAP)))) {
						f = 1;
						open = a;
						num = NULL;
					}
				}
				/* "12 soldiers and police officers": the figure before
				 * counts both groups */
				if (f < 0 && joint == SIZE_MAX && a > from + 1 && sr_tok_is(d, a - 1, "and")) {
					joint = phrases ? noun : t;
					end = a - 1;
					continue;
				}
				if (f < 0)
					break;
				/* (an object of a preposition is no subject: "According to
				 * the ICRC, 51 people were killed") */
				if (phrases && open > from && d->tokens[open - 1].pos == SR_POS_ADP)
					break;
				/* the phrase next to the verb spans it: "four Maoists were
				 * killed"; the others their own words */
				if (!add_phrase(v, n, cap, d, si, open, joint != SIZE_MAX ? joint : phrases ? noun : t, kind, f, num))
					return false;
				joint = SIZE_MAX;
				phrases++;
				/* "Five civilians, including three children, were killed",
				 * "Thirteen people, among them 8 soldiers, were killed":
				 * the whole before its part */
				if (open > from + 2 && sr_tok_is(d, open - 1, "including") && sr_tok_is(d, open - 2, ",")) {
					end = open - 2;
					continue;
				}
				if (open > from + 3 && (sr_tok_is(d, open - 1, "them") || sr_tok_is(d, open - 1, "whom")) &&
				    sr_tok_is(d, open - 2, "among") && sr_tok_is(d, open - 3, ",")) {
					end = open - 3;
					continue;
				}
				/* ("A woman and her two children were killed") */
				if (num && open > from + 1 &&
				    (sr_tok_is(d, open - 1, "her") || sr_tok_is(d, open - 1, "his") || sr_tok_is(d, open - 1, "their")))
					open--;
				/* ("30 civilians and the three bombers were killed") */
				if (num && open > from + 2 && sr_tok_is(d, open - 1, "the") &&
				    (sr_tok_is(d, open - 2, "and") || sr_tok_is(d, open - 2, ",")))
					open--;
				if (open == from || !(sr_tok_is(d, open - 1, "and") || sr_tok_is(d, open - 1, ",")))
					break;
				end = open - 1;
			}
			(void)phrases;
		}
		/* the objects: "killing a woman and her four children", "...
		 * killed, along with two assailants" */
		size_t nn = *n;
		for (size_t q = 0; q < nn; q++) {
			const sr_count *c = &(*v)[q];
			if (c->sentence != si || (c->kind != SR_COUNT_KILLED && c->kind != SR_COUNT_WOUNDED))
				continue;
			int kind = c->kind;
			size_t t = SIZE_MAX;
			for (size_t i = from; i < to && t == SIZE_MAX; i++)
				if (d->tokens[i].start < c->end && d->tokens[i].end >= c->end)
					t = i;
			if (t == SIZE_MAX)
				continue;
			/* to the end of its phrase ("killing two PKK members") */
			for (int w = 0; w < 4 && t + 1 < to && phrase_word(d, t + 1); w++)
				t++;
			for (int steps = 0; steps < 3 && t + 2 < to; steps++) {
				size_t o = t + 1;
				if (sr_tok_is(d, o, "and"))
					o++;
				else if (sr_tok_is(d, o, ",") && o + 2 < to && sr_tok_is(d, o + 1, "along") && sr_tok_is(d, o + 2, "with"))
					o += 3;
				else if (sr_tok_is(d, o, "along") && o + 1 < to && sr_tok_is(d, o + 1, "with"))
					o += 2;
				/* ("shot dead a man, his wife and their son") */
				else if (sr_tok_is(d, o, ",") && o + 2 < to &&
				         (sr_tok_is(d, o + 1, "his") || sr_tok_is(d, o + 1, "her") || sr_tok_is(d, o + 1, "their")))
					o++;
				else
					break;
				if (o >= to)
					break;
				/* "her four children": the number opens it */
				if ((sr_tok_is(d, o, "her") || sr_tok_is(d, o, "his") || sr_tok_is(d, o, "their")) && o + 1 < to &&
				    (d->tokens[o + 1].kind == SR_TOK_NUMBER || d->tokens[o + 1].pos == SR_POS_NUM))
					o++;
				/* "four of her children": the number, then whose */
				size_t b0 = o + 1;
				if (o + 3 < to && sr_tok_is(d, o + 1, "of") &&
				    (sr_tok_is(d, o + 2, "her") || sr_tok_is(d, o + 2, "his") || sr_tok_is(d, o + 2, "their")) &&
				    (d->tokens[o].kind == SR_TOK_NUMBER || d->tokens[o].pos == SR_POS_NUM))
					b0 = o + 3;
				size_t b = b0;
				while (b < to && b < b0 + 4 && phrase_word(d, b))
					b++;
				if (b == b0)
					break;
				size_t noun = b - 1;
				const sr_number *num;
				double f = opening_figure(d, o, noun, &num);
				if (f < 0 || d->tokens[noun].pos == SR_POS_ADJ)
					break;
				/* "killing two and wounding five": another kind; "One rebel
				 * was killed and an M16 rifle was recovered": another clause */
				if (b < to && (d->tokens[b].pos == SR_POS_VERB || d->tokens[b].pos == SR_POS_AUX))
					break;
				if (!add_phrase(v, n, cap, d, si, o, noun, kind, f, num))
					return false;
				t = noun;
			}
		}
	}
	return true;
}

/* "Five men died at the scene and two more in hospital": two more of the
 * kind of the count before. */
static bool more(const sr_doc *d, sr_count **v, size_t *n, size_t *cap)
{
	size_t nn = *n;
	for (size_t q = 0; q < nn; q++) {
		sr_count c = (*v)[q];
		if (c.kind != SR_COUNT_KILLED && c.kind != SR_COUNT_WOUNDED)
			continue;
		const sr_sentence *st = &d->sentences[c.sentence];
		size_t from = st->first_token, to = from + st->n_tokens;
		size_t t = sr_tok_at(d, c.end ? c.end - 1 : c.start);
		if (t < from || t >= to)
			continue;
		/* "... and two more" after it */
		for (size_t k = t + 1; k + 2 < to && k < t + 12; k++) {
			if (!sr_tok_is(d, k, "and") || !sr_tok_is(d, k + 2, "more"))
				continue;
			const sr_number *num;
			double f = opening_figure(d, k + 1, k + 1, &num);
			if (f > 0 && num) {
				if (!add_phrase(v, n, cap, d, c.sentence, k + 1, k + 2, c.kind, f, num))
					return false;
				break;
			}
		}
	}
	return true;
}

/* A body found: "the body of a farmer", "the bodies of two men" (one, or
 * the figure of the phrase after "of"), when the sentence says it was
 * found or recovered. */
static bool bodies(const sr_doc *d, sr_count **v, size_t *n, size_t *cap)
{
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		bool found = false;
		for (size_t t = from; t < to && !found; t++)
			found = sr_tok_is(d, t, "found") || sr_tok_is(d, t, "find") || sr_tok_is(d, t, "finds") ||
			        sr_tok_is(d, t, "recovered") || sr_tok_is(d, t, "discovered") || sr_tok_is(d, t, "located") ||
			        sr_tok_is(d, t, "dumped");
		if (!found)
			continue;
		for (size_t t = from; t + 2 < to; t++) {
			bool one = sr_tok_is(d, t, "body"), many = sr_tok_is(d, t, "bodies");
			if ((!one && !many) || !sr_tok_is(d, t + 1, "of"))
				continue;
			/* ("the body of a former Afghan National Army commando": a
			 * name's words before the noun) */
			size_t o = t + 2, b = o + 1;
			while (b < to && b < o + 7 &&
			       (d->tokens[b].pos == SR_POS_NOUN || d->tokens[b].pos == SR_POS_ADJ || d->tokens[b].pos == SR_POS_PROPN))
				b++;
			size_t noun = b - 1;
			while (noun > o && d->tokens[noun].pos != SR_POS_NOUN)
				noun--;
			if (noun < o || d->tokens[noun].pos != SR_POS_NOUN)
				continue;
			const sr_number *num;
			double f = opening_figure(d, o, noun, &num);
			if (f < 0 && one)
				f = 1; /* "the body of young man" */
			if (f > 0 && !add_phrase(v, n, cap, d, si, t, noun, SR_COUNT_KILLED, f, num))
				return false;
		}
	}
	return true;
}

/* "killing themselves and four civilians": the attackers the sentence
 * counted ("two female suicide bombers"), "himself" one. */
static bool selves(const sr_doc *d, sr_count **v, size_t *n, size_t *cap)
{
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t t = from + 1; t < to; t++) {
			/* "Five policemen were killed along with the bomber" */
			bool bomber = (sr_tok_is(d, t, "bomber") || sr_tok_is(d, t, "attacker") || sr_tok_is(d, t, "assailant")) &&
			              t > from + 3 && sr_tok_is(d, t - 1, "the") && sr_tok_is(d, t - 2, "with") &&
			              sr_tok_is(d, t - 3, "along");
			/* "five people were killed, not counting the attacker"; "the
			 * attacker also died", "the suicide bomber was also killed" */
			bool self = sr_tok_is(d, t, "bomber") || sr_tok_is(d, t, "attacker") || sr_tok_is(d, t, "assailant");
			if (self && !bomber) {
				size_t b = t - 1;
				if (b > from && sr_tok_is(d, b, "suicide"))
					b--;
				bool uncounted = b > from + 2 && sr_tok_is(d, b, "the") && sr_tok_is(d, b - 1, "counting") &&
				                 sr_tok_is(d, b - 2, "not");
				size_t a = t + 1;
				if (a < to && sr_tok_is(d, a, "also"))
					a++;
				if (a + 1 < to && sr_tok_is(d, a, "was") && sr_tok_is(d, a + 1, "also"))
					a++, a++;
				else if (a < to && sr_tok_is(d, a, "was"))
					a++;
				bool died = sr_tok_is(d, b, "the") && a < to && (sr_tok_is(d, a, "died") || sr_tok_is(d, a, "killed"));
				/* (once: "The bomber also died" as a sentence's one person
				 * is counted already) */
				for (size_t q = 0; q < *n && (uncounted || died); q++)
					if ((*v)[q].start <= d->tokens[t].start && (*v)[q].end > d->tokens[t].start)
						uncounted = died = false;
				if (uncounted || died) {
					if (!word_count(v, n, cap, d, si, t, t, SR_COUNT_KILLED, 1, -1))
						return false;
					continue;
				}
			}
			if (bomber) {
				size_t k = t - 3;
				while (k > from && !(sr_tok_is(d, k, "killed") || sr_tok_is(d, k, "died")) && t - k < 6)
					k--;
				if ((sr_tok_is(d, k, "killed") || sr_tok_is(d, k, "died")) &&
				    !word_count(v, n, cap, d, si, t, t, SR_COUNT_KILLED, 1, -1))
					return false;
				continue;
			}
			if (!(sr_tok_is(d, t, "themselves") || sr_tok_is(d, t, "himself") || sr_tok_is(d, t, "herself")))
				continue;
			/* "killing themselves", "killing three guards along with
			 * himself" */
			/* ("killing four soldiers and himself") */
			/* ("killing four people besides herself", "killing 5 people
			 * as well as himself") */
			bool along = (t > from + 2 && sr_tok_is(d, t - 1, "with") && sr_tok_is(d, t - 2, "along")) ||
			             (t > from + 2 && sr_tok_is(d, t - 1, "besides")) ||
			             (t > from + 4 && sr_tok_is(d, t - 1, "as") && sr_tok_is(d, t - 2, "well") &&
			              sr_tok_is(d, t - 3, "as")) ||
			             (t > from + 3 && sr_tok_is(d, t - 1, "and") && !sr_tok_is(d, t - 2, "killing") &&
			              !sr_tok_is(d, t - 2, "killed"));
			for (size_t k = t - 2, steps = 0; along && k-- > from && steps < 8; steps++)
				if (sr_tok_is(d, k, "killing") || sr_tok_is(d, k, "killed"))
					break;
				else if (steps == 7 || k == from)
					along = false;
			if (!(sr_tok_is(d, t - 1, "killing") || sr_tok_is(d, t - 1, "killed") || along))
				continue;
			double f = 1;
			size_t at = t;
			if (sr_tok_is(d, t, "themselves")) {
				/* the attackers the sentence counted before: a number
				 * whose noun, after its adjectives, names people */
				f = -1;
				for (size_t k = from; k + 1 < t - 1 && f < 0; k++) {
					if (d->tokens[k].kind != SR_TOK_NUMBER && d->tokens[k].pos != SR_POS_NUM)
						continue;
					/* its phrase's last noun: "female suicide bombers" */
					size_t w = k + 1;
					while (w + 1 < t && w < k + 5 &&
					       (d->tokens[w].pos == SR_POS_ADJ || d->tokens[w].pos == SR_POS_NOUN) &&
					       d->tokens[w + 1].pos == SR_POS_NOUN)
						w++;
					if (w >= t || d->tokens[w].pos != SR_POS_NOUN)
						continue;
					size_t wl = d->tokens[w].end - d->tokens[w].start;
					const char *ww = d->text + d->tokens[w].start;
					bool people = (wl > 3 && (sr_ascii_ncaseeq(ww + wl - 3, "ers", 3) || sr_ascii_ncaseeq(ww + wl - 3, "men", 3) ||
					                          sr_ascii_ncaseeq(ww + wl - 4 + (wl < 4), "ists", 4) ||
					                          sr_ascii_ncaseeq(ww + wl - 3, "nts", 3)));
					const sr_number *num;
					double g = people ? opening_figure(d, k, w, &num) : -1;
					if (g >= 2 && g < 1000 && num)
						f = g, at = t;
				}
			}
			if (f > 0 && !word_count(v, n, cap, d, si, at, at, SR_COUNT_KILLED, f, -1))
				return false;
		}
	}
	return true;
}

/* A share of a count told just before it: "nine people were killed
 * nationwide, four of them in Dakar" (the same kind, of the words
 * ", N of them"). */
static bool shares(const sr_doc *d, sr_count **v, size_t *n, size_t *cap)
{
	size_t nn = *n;
	for (size_t q = 0; q < d->n_numbers; q++) {
		const sr_number *num = &d->numbers[q];
		if (num->year || num->qual != SR_NUM_EXACT)
			continue;
		size_t t = sr_tok_at(d, num->start), e = sr_tok_at(d, num->end - 1);
		if (t == 0 || e + 2 >= d->n_tokens || !sr_tok_is(d, t - 1, ",") || !sr_tok_is(d, e + 1, "of") ||
		    !(sr_tok_is(d, e + 2, "them") || sr_tok_is(d, e + 2, "whom")))
			continue;
		/* (a verb of its own tells its kind: "two of whom died") */
		if (e + 3 < d->n_tokens && (d->tokens[e + 3].pos == SR_POS_VERB || d->tokens[e + 3].pos == SR_POS_AUX))
			continue;
		size_t si = sr_sentence_at(d, t);
		const sr_count *whole = NULL;
		bool counted = false;
		for (size_t k = 0; k < nn; k++) {
			const sr_count *c = &(*v)[k];
			counted = counted || (c->num_start <= num->start && c->num_end >= num->end);
			if (c->sentence == si && c->end <= num->start && num->start - c->end < 40 && c->best > num->value)
				whole = c;
		}
		if (counted || !whole)
			continue;
		if (!word_count(v, n, cap, d, whole->sentence, t, e + 2, whole->kind, num->value, -1))
			return false;
	}
	return true;
}

/* Counts of an earlier event the sentence recalls: "following protests
 * earlier in the week during which several people were killed" (a
 * clause of "during which" or "in which" after a word of earlier time). */
static void earlier_events(const sr_doc *d, sr_count *v, size_t n)
{
	static const char *const EARLIER[] = {"earlier", "previous", "prior", "last", "preceding", NULL};
	static const char *const SPANS[] = {"day", "days", "week", "weeks", "month", "months", "year", "years",
	                                    "fortnight", NULL};
	for (size_t i = 0; i < n; i++) {
		sr_count *c = &v[i];
		if (c->rejected)
			continue;
		size_t first = d->sentences[c->sentence].first_token, t = sr_tok_at(d, c->num_start);
		/* "a week after two college students were killed by a speeding
		 * bus", "days after 12 soldiers died in an ambush" */
		bool after = false;
		/* ("three days after an ADF raid on Mbau in which eight civilians
		 * were killed") */
		for (size_t k = t; k > first + 1 && k + 12 > t && !after; k--) {
			if (sr_tok_is(d, k - 1, ";") || sr_tok_is(d, k - 1, ".") || sr_tok_is(d, k - 1, ","))
				break;
			after = sr_tok_is(d, k - 1, "after") && sr_tok_in(d, k - 2, SPANS);
		}
		if (after) {
			c->rejected = "an earlier event's";
			continue;
		}
		size_t which = SIZE_MAX;
		for (size_t k = t; k > first + 1 && k + 12 > t && which == SIZE_MAX; k--)
			if (sr_tok_is(d, k - 1, "which") && (sr_tok_is(d, k - 2, "during") || sr_tok_is(d, k - 2, "in")))
				which = k - 2;
		if (which == SIZE_MAX)
			continue;
		bool earlier = false;
		for (size_t k = which; k-- > first && k + 8 > which && !earlier && !sr_tok_is(d, k, ";");)
			for (const char *const *w = EARLIER; *w && !earlier; w++)
				earlier = sr_tok_is(d, k, *w);
		if (earlier)
			c->rejected = "an earlier event's";
	}
}

/* Deaths of illness, no one's violence: "one man died of a heart attack",
 * "died of natural causes". */
static void natural_deaths(const sr_doc *d, sr_count *v, size_t n)
{
	static const char *const CAUSES[] = {"heart", "cardiac", "natural", "illness", "stroke", "disease", "covid",
	                                     "cancer", "diabetes", "asthma", NULL};
	for (size_t i = 0; i < n; i++) {
		sr_count *c = &v[i];
		if (c->rejected || c->kind != SR_COUNT_KILLED)
			continue;
		size_t t = sr_tok_at(d, c->end ? c->end - 1 : c->start);
		size_t to = d->sentences[c->sentence].first_token + d->sentences[c->sentence].n_tokens;
		if (!sr_tok_is(d, t, "died") && !sr_tok_is(d, t, "dead"))
			continue;
		/* "died of a heart attack", "died from natural causes" */
		size_t k = t + 1;
		if (k < to && (sr_tok_is(d, k, "of") || sr_tok_is(d, k, "from") || sr_tok_is(d, k, "after")))
			k++;
		else
			continue;
		while (k < to && (d->tokens[k].pos == SR_POS_DET || d->tokens[k].pos == SR_POS_ADJ) && !sr_tok_in(d, k, CAUSES))
			k++;
		if (k < to && sr_tok_in(d, k, CAUSES))
			c->rejected = "a death of illness";
	}
}

/* One person named twice: "One protester, a 22-year-old student, died":
 * a lone victim set off by commas right after another is the same one. */
static void appositions(const sr_doc *d, sr_count *v, size_t n)
{
	/* "two suspected militants, both of whom were killed": the two
	 * counted at their figure */
	for (size_t i = 1; i < n; i++) {
		sr_count *b = &v[i];
		size_t tb = sr_tok_at(d, b->start);
		if (b->rejected || b->best != 2 || !sr_tok_is(d, tb, "both") || tb < 2 || !sr_tok_is(d, tb - 1, ","))
			continue;
		for (size_t j = 0; j < n; j++)
			if (j != i && !v[j].rejected && v[j].sentence == b->sentence && v[j].kind == b->kind && v[j].best == 2 &&
			    v[j].end && sr_tok_at(d, v[j].end - 1) + 2 == tb)
				b->rejected = "the same people again";
	}
	/* one person inside a larger count's words, with no "and" between:
	 * "Four members of a family were shot dead" is four, not one more
	 * ("Eight DRG personnel and the civilian driver ... were killed":
	 * one more) */
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n && !v[i].rejected; j++) {
			sr_count *a = &v[j], *b = &v[i];
			if (i == j || a->rejected || a->sentence != b->sentence || a->kind != b->kind || b->best != 1 ||
			    !(a->best > 1 || a->low > 1) || !(b->start > a->start && b->end <= a->end))
				continue;
			/* (not an "and" of an apposition's list: "Two soldiers, a
			 * corporal and a private first class, were killed") */
			bool and = false;
			for (size_t t = sr_tok_at(d, a->num_end ? a->num_end - 1 : a->start) + 1;
			     t < d->n_tokens && d->tokens[t].start < b->start && !and && !sr_tok_is(d, t, ","); t++)
				and = sr_tok_is(d, t, "and");
			if (!and)
				b->rejected = "one of a count told whole";
		}
	for (size_t i = 1; i < n; i++) {
		sr_count *a = &v[i - 1], *b = &v[i];
		if (a->rejected || b->rejected || a->sentence != b->sentence || a->kind != b->kind || a->best != 1 ||
		    b->best != 1)
			continue;
		/* (inside the other's words: "One protester, a 22-year-old
		 * student, died" read whole) */
		if (b->start > a->start && b->start < a->end) {
			b->rejected = "the same person again";
			continue;
		}
		size_t ta = sr_tok_at(d, a->end ? a->end - 1 : a->end), tb = sr_tok_at(d, b->start);
		if (tb != ta + 2 || !sr_tok_is(d, ta + 1, ","))
			continue;
		bool closed = false;
		for (size_t t = tb; t < d->n_tokens && d->tokens[t].start < b->end && !closed; t++)
			closed = sr_tok_is(d, t, ",");
		if (closed)
			b->rejected = "the same person again";
	}
}

/* A figure broken down after a colon: "six were killed: four tribal
 * fighters and two SDF members" is six, the parts told again, when they
 * add up to it. */
static void breakdowns(const sr_doc *d, sr_count *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const sr_count *a = &v[i];
		if (a->rejected || a->best < 2 || !a->end)
			continue;
		size_t colon = sr_tok_at(d, a->end - 1) + 1;
		if (colon >= d->n_tokens || !sr_tok_is(d, colon, ":"))
			continue;
		size_t stop = d->n_tokens;
		for (size_t t = colon + 1; t < d->n_tokens && stop == d->n_tokens; t++)
			if (sr_tok_is(d, t, ";") || sr_tok_is(d, t, ".") || sr_sentence_at(d, t) != a->sentence)
				stop = t;
		size_t stop_at = stop < d->n_tokens ? d->tokens[stop].start : SIZE_MAX;
		double sum = 0;
		int parts = 0;
		for (size_t j = 0; j < n; j++)
			if (j != i && !v[j].rejected && v[j].kind == a->kind && v[j].sentence == a->sentence &&
			    v[j].num_start > d->tokens[colon].start && v[j].num_start < stop_at && v[j].best > 0)
				sum += v[j].best, parts++;
		if (parts < 2 || sum != a->best)
			continue;
		for (size_t j = 0; j < n; j++)
			if (j != i && !v[j].rejected && v[j].kind == a->kind && v[j].sentence == a->sentence &&
			    v[j].num_start > d->tokens[colon].start && v[j].num_start < stop_at && v[j].best > 0)
				v[j].rejected = "a part of the figure before the colon";
	}
}

sr_status sr_counts_find(const sr_doc *d, sr_count **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	size_t cap = 0, n = 0;
	sr_count *v = NULL;
	size_t ni = 0;
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (; ni < d->n_numbers && d->numbers[ni].start < st->end; ni++) {
			const sr_number *num = &d->numbers[ni];
			if (num->start < st->start)
				continue;
			size_t a = token_at(d, from, to, num->start), b = a;
			if (a == SIZE_MAX)
				continue;
			while (b + 1 < to && d->tokens[b + 1].end <= num->end)
				b++;
			/* "three years", "40 percent", "10 km", "Rs 4 lakh": not people */
			if ((b + 1 < to && unit_word(d, b + 1)) || (a > from && currency_before(d, a - 1)))
				continue;
			/* a group named by a number: "the 400 Mawozo gang", "the 5-Segundos
			 * gang" */
			if (b + 2 < to && (d->tokens[b + 1].flags & SR_TF_CAP) &&
			    (sr_tok_is(d, b + 2, "gang") || sr_tok_is(d, b + 2, "gangs") || sr_tok_is(d, b + 2, "brigade") ||
			     sr_tok_is(d, b + 2, "movement") || sr_tok_is(d, b + 2, "cartel")))
				continue;
			/* (or a name ending in one: "Barrio 18 gang members", "the
			 * Mara 18") */
			if (a > from + 1 && (d->tokens[a - 1].flags & SR_TF_CAP) && d->tokens[a - 1].pos == SR_POS_PROPN &&
			    b + 1 < to &&
			    (sr_tok_is(d, b + 1, "gang") || sr_tok_is(d, b + 1, "gangs") || sr_tok_is(d, b + 1, "members") ||
			     sr_tok_is(d, b + 1, "cartel") || sr_tok_is(d, b + 1, "faction") || sr_tok_is(d, b + 1, "militia")))
				continue;
			/* the word after: up to four nouns, adjectives, auxiliaries,
			 * adverbs, "of", "people" between */
			int kind = 0;
			size_t cue_end = b;
			if (a == b && both_sides(d, a))
				continue;
			size_t reach = b + 5;
			for (size_t k = b + 1; k < to && k <= reach; k++) {
				kind = cue_at(d, k, AFTER, sizeof AFTER / sizeof *AFTER);
				if (kind == SR_COUNT_ARRESTED && held_something(d, k, to)) {
					kind = 0;
					break;
				}
				if (kind) {
					cue_end = k;
					/* "were arrested and executed", "abducted and killed":
					 * what they came to */
					if (kind != SR_COUNT_KILLED && k + 2 < to && sr_tok_is(d, k + 1, "and") &&
					    cue_at(d, k + 2, AFTER, sizeof AFTER / sizeof *AFTER) == SR_COUNT_KILLED)
						kind = SR_COUNT_KILLED, cue_end = k + 2;
					break;
				}
				/* "five men shot dead", "two stabbed to death", "gunned down" */
				if ((sr_tok_is(d, k, "shot") || sr_tok_is(d, k, "stabbed") || sr_tok_is(d, k, "hacked") ||
				     sr_tok_is(d, k, "beaten") || sr_tok_is(d, k, "burned") || sr_tok_is(d, k, "burnt") ||
				     sr_tok_is(d, k, "found") || sr_tok_is(d, k, "gunned")) && k + 1 < to) {
					if (sr_tok_is(d, k + 1, "dead") || sr_tok_is(d, k + 1, "down"))
						kind = SR_COUNT_KILLED, cue_end = k + 1;
					else if (k + 2 < to && sr_tok_is(d, k + 1, "to") && sr_tok_is(d, k + 2, "death"))
						kind = SR_COUNT_KILLED, cue_end = k + 2;
					/* ("two men were shot in Ciudad Juarez": hit, not
					 * said to be dead; not "shot at") */
					else if (sr_tok_is(d, k, "shot") && k > b + 1 && !sr_tok_is(d, k + 1, "at") &&
					         (sr_tok_is(d, k - 1, "were") || sr_tok_is(d, k - 1, "been") || sr_tok_is(d, k - 1, "was")))
						kind = SR_COUNT_WOUNDED, cue_end = k;
					if (kind)
						break;
				}
				/* "hacked 11 civilians to death", "burned 13 of them to
				 * death": done to them by the verb before the number */
				if (sr_tok_is(d, k, "to") && k + 1 < to && sr_tok_is(d, k + 1, "death") && a > from &&
				    d->tokens[a - 1].pos == SR_POS_VERB) {
					kind = SR_COUNT_KILLED, cue_end = k + 1;
					break;
				}
				/* ("beat two men suspected of housebreaking to death") */
				if ((sr_tok_is(d, k, "suspected") || sr_tok_is(d, k, "accused")) && k + 1 < to &&
				    sr_tok_is(d, k + 1, "of") && a > from && d->tokens[a - 1].pos == SR_POS_VERB) {
					size_t q = k + 2;
					while (q < to && q < k + 6 && !sr_tok_is(d, q, "to"))
						q++;
					if (q + 1 < to && sr_tok_is(d, q, "to") && sr_tok_is(d, q + 1, "death")) {
						kind = SR_COUNT_KILLED, cue_end = q + 1;
						break;
					}
				}
				/* ("At least four people - three from the Mahar clan and one
				 * from the Shar clan - were killed", "Three farmers - named by
				 * relatives as ... - were shot dead": set off by dashes, those
				 * same people) */
				if ((sr_tok_is(d, k, "-") || sr_tok_is(d, k, "\u2013") || sr_tok_is(d, k, "\u2014")) && k > b) {
					size_t q = k + 1, dl = d->tokens[k].end - d->tokens[k].start;
					while (q < to && q < k + 16 && !sr_tok_is(d, q, ";") && !sr_tok_is(d, q, ".") &&
					       !(d->tokens[q].end - d->tokens[q].start == dl &&
					         !memcmp(d->text + d->tokens[q].start, d->text + d->tokens[k].start, dl)))
						q++;
					if (q < to && q > k + 1 && d->tokens[q].end - d->tokens[q].start == dl &&
					    !memcmp(d->text + d->tokens[q].start, d->text + d->tokens[k].start, dl)) {
						k = q;
						reach = q + 4;
						continue;
					}
				}
				/* "46 people, mostly women and children, were killed": past
				 * words set off by commas that count no one else */
				if (sr_tok_is(d, k, ",") && k > b + 1) {
					size_t q = k + 1;
					bool number = false;
					/* (a part of them, "four of them women", counts no one else) */
					bool part = k + 3 < to && (d->tokens[k + 1].kind == SR_TOK_NUMBER || d->tokens[k + 1].pos == SR_POS_NUM) &&
					            sr_tok_is(d, k + 2, "of") && (sr_tok_is(d, k + 3, "them") || sr_tok_is(d, k + 3, "whom"));
					/* (nor do those among them: "45 people, including the two
					 * bombers, were killed") */
					part = part || (k + 1 < to && sr_tok_is(d, k + 1, "including"));
					while (q < to && q < k + 10 && !sr_tok_is(d, q, ",") && !sr_tok_is(d, q, ";")) {
						number = number || ((d->tokens[q].kind == SR_TOK_NUMBER || d->tokens[q].pos == SR_POS_NUM) && !part);
						q++;
					}
					if (q < to && q > k + 1 && sr_tok_is(d, q, ",") && !number) {
						k = q;
						reach = q + 4;
						continue;
					}
				}
				int p = d->tokens[k].pos;
				/* "4 of them dead", "2 of its fighters died", "'about
				 * twenty' assailants", "12 combatants from both sides",
				 * "7 soldiers and an unknown number of insurgents" */
				bool between = ((sr_tok_is(d, k, "them") || sr_tok_is(d, k, "whom")) && sr_tok_is(d, k - 1, "of")) ||
				               ((sr_tok_is(d, k, "its") || sr_tok_is(d, k, "their") || sr_tok_is(d, k, "his") ||
				                 sr_tok_is(d, k, "her") || sr_tok_is(d, k, "the")) &&
				                sr_tok_is(d, k - 1, "of")) ||
				               sr_tok_is(d, k, "'") || sr_tok_is(d, k, "\xe2\x80\x99") || sr_tok_is(d, k, "\"") ||
				               ((sr_tok_is(d, k, "from") || sr_tok_is(d, k, "on")) && k + 1 < to &&
				                (sr_tok_is(d, k + 1, "both") || sr_tok_is(d, k + 1, "each"))) ||
				               ((sr_tok_is(d, k, "both") || sr_tok_is(d, k, "each")) && k + 1 < to &&
				                (sr_tok_is(d, k + 1, "sides") || sr_tok_is(d, k + 1, "side")));
				/* "nine villagers lost their lives" */
				if ((sr_tok_is(d, k, "lost") && k + 2 < to && sr_tok_is(d, k + 1, "their") &&
				     sr_tok_is(d, k + 2, "lives")) ||
				    (sr_tok_is(d, k, "their") && sr_tok_is(d, k - 1, "lost")))
					between = true;
				if (sr_tok_is(d, k, "and") && k + 2 < to &&
				    (sr_tok_is(d, k + 2, "unknown") || sr_tok_is(d, k + 2, "undetermined") ||
				     sr_tok_is(d, k + 2, "unspecified") || sr_tok_is(d, k + 1, "several") ||
				     sr_tok_is(d, k + 1, "many"))) {
					between = true;
					reach = k + 8;
				}
				/* ("Eight DRG personnel and the civilian driver of the
				 * hired vehicle were killed": one more, its own count) */
				if (!between && sr_tok_is(d, k, "and") && k > b + 1 && k + 1 < to && sr_tok_is(d, k + 1, "the")) {
					between = true;
					if (reach < k + 10)
						reach = k + 10;
				}
				/* ("14 soldiers and VDP auxiliaries killed": one count of
				 * two kinds of people, no number of their own) */
				if (!between && sr_tok_is(d, k, "and") && k > b + 1 && k + 2 < to &&
				    d->tokens[k - 1].pos == SR_POS_NOUN && d->tokens[k + 1].kind == SR_TOK_WORD &&
				    (d->tokens[k + 1].pos == SR_POS_NOUN || d->tokens[k + 1].pos == SR_POS_PROPN ||
				     d->tokens[k + 1].pos == SR_POS_ADJ))
					between = true;
				/* ("Four members of a family") */
				if (!between && p == SR_POS_DET && k > b + 1 && (sr_tok_is(d, k - 1, "of") || sr_tok_is(d, k - 1, "and")))
					between = true;
				if (between && reach < k + 3)
					reach = k + 3;
				/* ("one of the gunmen was reportedly killed") */
				if (p == SR_POS_ADV && reach < k + 2)
					reach = k + 2;
				if (!between && (sr_tok_is(d, k, "an") || sr_tok_is(d, k, "a")) && k > b + 1 && sr_tok_is(d, k - 1, "and"))
					between = true;
				/* "four farmers working on their land near Konduga
				 * (Konduga, Borno) were killed": a participle's phrase
				 * after the people, up to the verb they are the subject of */
				if (p == SR_POS_VERB && k > b + 1 && d->tokens[k - 1].pos == SR_POS_NOUN &&
				    d->tokens[k].end - d->tokens[k].start > 4 &&
				    sr_ascii_ncaseeq(d->text + d->tokens[k].end - 3, "ing", 3)) {
					size_t q = k + 1;
					while (q < to && q < k + 18 && !sr_tok_is(d, q, ",") && !sr_tok_is(d, q, ";") &&
					       d->tokens[q].pos != SR_POS_AUX) {
						if (sr_tok_is(d, q, "(")) /* (a note's bracketed place) */
							while (q + 1 < to && q < k + 18 && !sr_tok_is(d, q, ")"))
								q++;
						q++;
					}
					if (q < to && q < k + 18 && d->tokens[q].pos == SR_POS_AUX) {
						k = q - 1;
						reach = q + 3;
						continue;
					}
				}
				/* "three people were reported dead", "are feared killed" */
				bool hedge = k > b + 1 && d->tokens[k - 1].pos == SR_POS_AUX &&
				             (sr_tok_is(d, k, "reported") || sr_tok_is(d, k, "confirmed") || sr_tok_is(d, k, "feared") ||
				              sr_tok_is(d, k, "believed") || sr_tok_is(d, k, "presumed"));
				/* ("two of its fighters and five NRF members were killed") */
				bool whose = k > b + 1 && sr_tok_is(d, k - 1, "of") &&
				             (sr_tok_is(d, k, "its") || sr_tok_is(d, k, "their") || sr_tok_is(d, k, "his") ||
				              sr_tok_is(d, k, "her") || sr_tok_is(d, k, "our"));
				if (!(between || hedge || whose || p == SR_POS_NOUN || p == SR_POS_ADJ || p == SR_POS_AUX || p == SR_POS_ADV ||
				      p == SR_POS_PROPN || sr_tok_is(d, k, "of") || sr_tok_is(d, k, "been") || sr_tok_is(d, k, "being") ||
				      sr_tok_is(d, k, "have") || sr_tok_is(d, k, "has") || sr_tok_is(d, k, "had")))
					break;
			}
			/* the word before: "killing at least 12", "a toll of 40"; right
			 * before the number it wins ("evacuated some 1,400 people
			 * trapped ...") */
			size_t cue_start = a;
			/* event data's own tally: "Fatalities: 3." */
			if (a >= from + 2 && sr_tok_is(d, a - 1, ":") &&
			    (sr_tok_is(d, a - 2, "fatalities") || sr_tok_is(d, a - 2, "fatality") || sr_tok_is(d, a - 2, "deaths") ||
			     sr_tok_is(d, a - 2, "killed") || sr_tok_is(d, a - 2, "dead"))) {
				kind = SR_COUNT_KILLED;
				cue_start = a - 2;
				cue_end = b;
			}
			for (size_t k = a, steps = 0; k-- > from && steps < 4; steps++) {
					/* ("shot dead by two gunmen": who did it) */
					if (sr_tok_is(d, k, "by"))
						break;
					int kb = cue_at(d, k, BEFORE, sizeof BEFORE / sizeof *BEFORE);
					if (kb) {
						if (!kind || steps == 0) {
							kind = kb;
							cue_start = k;
							cue_end = b;
						}
						break;
					}
					int p = d->tokens[k].pos;
					/* (a word in quotes: "'neutralised' 18 assailants") */
					bool quote = sr_tok_is(d, k, "'") || sr_tok_is(d, k, "\"") || sr_tok_is(d, k, "\u2019") ||
					             sr_tok_is(d, k, "\u201d");
					if (!(quote || p == SR_POS_DET || p == SR_POS_ADP || p == SR_POS_ADV || p == SR_POS_PART ||
					      sr_tok_is(d, k, "had") || sr_tok_is(d, k, "has") || sr_tok_is(d, k, "have") ||
					      sr_tok_is(d, k, "rose") || sr_tok_is(d, k, "risen") || sr_tok_is(d, k, "reached") || sr_tok_is(d, k, "stands") ||
					      sr_tok_is(d, k, "stood") || sr_tok_is(d, k, "climbed") || sr_tok_is(d, k, "at") || sr_tok_is(d, k, "to")))
						break;
				}
			/* "burned to death two men", "shot dead three farmers", "burned
			 * alive at least 13 suspected gang members" */
			if ((!kind || cue_start == a) && a > from + 2 &&
			    ((sr_tok_is(d, a - 1, "death") && sr_tok_is(d, a - 2, "to") && d->tokens[a - 3].pos == SR_POS_VERB) ||
			     (sr_tok_is(d, a - 1, "dead") && d->tokens[a - 2].pos == SR_POS_VERB) ||
			     (sr_tok_is(d, a - 1, "alive") &&
			      (sr_tok_is(d, a - 2, "burned") || sr_tok_is(d, a - 2, "burnt") || sr_tok_is(d, a - 2, "buried"))))) {
				kind = SR_COUNT_KILLED;
				cue_start = a - 2;
				cue_end = b;
			}
			/* a side's own dead: "lost five soldiers", "losing two of
			 * its men" (not seats, jobs or games) */
			if (!kind && a > from && (sr_tok_is(d, a - 1, "lost") || sr_tok_is(d, a - 1, "losing"))) {
				static const char *const MEN[] = {"soldiers", "soldier", "troops", "men", "fighters", "officers",
				                                  "policemen", "personnel", "members", "servicemen", "lives",
				                                  "militants", "combatants", "officer", "policeman", NULL};
				for (size_t k = b + 1; k < to && k <= b + 3 && !kind; k++)
					for (const char *const *w = MEN; *w && !kind; w++)
						if (sr_tok_is(d, k, *w)) {
							kind = SR_COUNT_KILLED;
							cue_start = a;
							cue_end = k;
						}
			}
			/* another source's figure for the same dead, the noun left
			 * out: "civil society counted 22 bodies; an army spokesman
			 * said 17" */
			if (!kind && a > from && b + 1 < to && d->tokens[b + 1].kind == SR_TOK_PUNCT &&
			    !sr_tok_is(d, b + 1, "-") && !sr_tok_is(d, b + 1, "%") &&
			    (sr_tok_is(d, a - 1, "said") || sr_tok_is(d, a - 1, "says") || sr_tok_is(d, a - 1, "cited") ||
			     sr_tok_is(d, a - 1, "reported") || sr_tok_is(d, a - 1, "counted") || sr_tok_is(d, a - 1, "gave")) &&
			    n > 0 && v[n - 1].sentence == si && v[n - 1].kind == SR_COUNT_KILLED && !v[n - 1].rejected) {
				kind = SR_COUNT_KILLED;
				cue_start = a;
				cue_end = b;
			}
			if (!kind)
				continue;
			sr_count *c = push(&v, &n, &cap);
			if (!c) {
				free(v);
				return SR_ENOMEM;
			}
			c->sentence = si;
			c->num_start = num->start;
			c->num_end = num->end;
			c->start = d->tokens[cue_start].start < num->start ? d->tokens[cue_start].start : num->start;
			c->end = d->tokens[cue_end].end > num->end ? d->tokens[cue_end].end : num->end;
			c->kind = (uint8_t)kind;
			c->best = c->low = c->high = -1;
			switch (num->qual) {
			case SR_NUM_EXACT:
			case SR_NUM_ABOUT: c->best = num->value; break;
			case SR_NUM_AT_LEAST: c->low = num->low; break;
			case SR_NUM_AT_MOST: c->high = num->high > 0 ? num->high : num->value; break;
			case SR_NUM_RANGE:
				c->low = num->low;
				c->high = num->high;
				break;
			case SR_NUM_VAGUE:
				/* ACLED's figures for vague words: "dozens" 12, "hundreds"
				 * 100, "thousands" 1,000 (the unit, not its double) */
				c->best = num->low / 2;
				c->low = num->low / 2;
				break;
			}
			if (num->qual == SR_NUM_ABOUT)
				c->hedged = 1;
			c->cumulative = cumulative(d, st, a);
			/* a year, or a toll no country could have */
			double fig = c->best >= 0 ? c->best : c->low >= 0 ? c->low : c->high;
			/* "killing five; police later raised the toll to six", "two
			 * more died, bringing the toll to nine": the same event's toll
			 * updated, a little above the figure just told (not a war's,
			 * "bringing the toll to 30,000") */
			if (c->cumulative && kind == SR_COUNT_KILLED && fig > 0 && toll_updated(d, from, a))
				for (size_t q = n - 1; q-- > 0;) {
					const sr_count *y = &v[q];
					if (y->sentence + 1 < si)
						break;
					double yf = y->best >= 0 ? y->best : y->low;
					if (y->kind == SR_COUNT_KILLED && !y->cumulative && !y->rejected && yf > 0 && fig >= yf &&
					    (fig <= 3 * yf || fig <= yf + 15)) {
						c->cumulative = false;
						break;
					}
				}
			if (num->year || (num->qual == SR_NUM_EXACT && fig >= 1900 && fig <= 2100 && b == a &&
			                  num->end - num->start == 4 && cue_end == b + 1))
				c->rejected = "a year, not a count";
			else if (fig > 2e9)
				c->rejected = "larger than any country's population";
			else if (fig != (long long)fig && fig < 1000)
				c->rejected = "not a whole number of people";
			else if (animals_after(d, b, to))
				c->rejected = "animals, not people";
		}
	}
	/* vague words the numbers layer leaves alone: "dozens wounded",
	 * "hundreds fled" (ACLED's figures: 12, 100, 1,000, 20) */
	static const struct {
		const char *w;
		double v;
	} VAGUE[] = {{"dozens", 12}, {"hundreds", 100}, {"thousands", 1000}, {"scores", 20}, {"tens", 10}};
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from; i + 1 < to; i++) {
			double fig = -1;
			for (size_t k = 0; k < sizeof VAGUE / sizeof *VAGUE; k++)
				if (sr_tok_is(d, i, VAGUE[k].w))
					fig = VAGUE[k].v;
			if (fig < 0)
				continue;
			bool in_number = false;
			for (size_t k = 0; k < d->n_numbers && !in_number; k++)
				in_number = d->numbers[k].start <= d->tokens[i].start && d->numbers[k].end >= d->tokens[i].end;
			size_t k = i + 1;
			/* ("'dozens' of assailants": the word in quotes) */
			if (k < to && (sr_tok_is(d, k, "'") || sr_tok_is(d, k, "\u2019") || sr_tok_is(d, k, "\"")))
				k++;
			if (k < to && sr_tok_is(d, k, "of") && k + 1 < to && d->tokens[k + 1].pos == SR_POS_NOUN)
				k += 2;
			/* ("'tens' of OLA fighters were killed") */
			else if (k < to && sr_tok_is(d, k, "of") && k + 2 < to && d->tokens[k + 1].pos == SR_POS_PROPN &&
			         d->tokens[k + 2].pos == SR_POS_NOUN)
				k += 3;
			else if (k < to && (d->tokens[k].pos == SR_POS_NOUN || d->tokens[k].pos == SR_POS_AUX))
				k++;
			if (k < to && (d->tokens[k].pos == SR_POS_AUX || sr_tok_is(d, k, "been")))
				k++;
			int kind = k < to ? cue_at(d, k, AFTER, sizeof AFTER / sizeof *AFTER) : 0;
			/* the word before: "killing dozens", "wounding hundreds of
			 * people" (the verb's, not a toll's or the dead's) */
			bool before = false;
			if (!kind && i > from && !in_number && d->tokens[i - 1].pos == SR_POS_VERB &&
			    !sr_tok_is(d, i - 1, "dead") && !sr_tok_is(d, i - 1, "toll") &&
			    (kind = cue_at(d, i - 1, BEFORE, sizeof BEFORE / sizeof *BEFORE)) != 0) {
				before = true;
				k = i;
			}
			if (in_number || !kind || (kind == SR_COUNT_ARRESTED && held_something(d, k, to)) ||
			    animals_after(d, i, to))
				continue;
			if (!word_count(&v, &n, &cap, d, si, i, k, kind, fig, fig)) {
				free(v);
				return SR_ENOMEM;
			}
			if (before)
				v[n - 1].start = d->tokens[i - 1].start;
		}
	}
	/* two named before: "two suspected BRN militants, both of whom were
	 * killed", "both died before police could intervene" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from; i + 1 < to; i++) {
			if (!sr_tok_is(d, i, "both"))
				continue;
			size_t k = i + 1;
			if (k + 1 < to && sr_tok_is(d, k, "of") && (sr_tok_is(d, k + 1, "whom") || sr_tok_is(d, k + 1, "them")))
				k += 2;
			if (k < to && (d->tokens[k].pos == SR_POS_AUX || sr_tok_is(d, k, "were")))
				k++;
			if (k < to && d->tokens[k].pos == SR_POS_ADV)
				k++;
			int kind = k < to ? cue_at(d, k, AFTER, sizeof AFTER / sizeof *AFTER) : 0;
			size_t end = k;
			if (!kind && k < to)
				kind = done_to_death(d, k, to, &end);
			if (kind != SR_COUNT_KILLED && kind != SR_COUNT_WOUNDED && kind != SR_COUNT_KIDNAPPED)
				continue;
			if (!word_count(&v, &n, &cap, d, si, i, end, kind, 2, -1)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* one person: "a soldier was killed", "a drug suspect was shot dead",
	 * "a man was found dead"; "killing a policeman", "wounding a child" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from; i + 2 < to; i++) {
			/* ("killing several civilians", "several people were killed":
			 * three, the least "several" means; "several dozen" twelve,
			 * ACLED's figure for dozens) */
			bool several = sr_tok_is(d, i, "several");
			double fig = 1;
			size_t h = i; /* the figure's last word */
			/* ("one soldier and 'several' assailants were killed": beside
			 * another count; alone in quotes, a party's claim is told as
			 * one) */
			if (several && i + 1 < to && (sr_tok_is(d, i + 1, "'") || sr_tok_is(d, i + 1, "\u2019")) && i > from + 1 &&
			    (sr_tok_is(d, i - 2, "and") || sr_tok_is(d, i - 1, "and")))
				h++;
			if (several) {
				fig = 3;
				static const struct {
					const char *w;
					double v;
				} UNITS[] = {{"dozen", 12}, {"hundred", 100}, {"thousand", 1000}};
				for (size_t u = 0; u < sizeof UNITS / sizeof *UNITS; u++)
					if (sr_tok_is(d, i + 1, UNITS[u].w))
						fig = UNITS[u].v;
				if (fig > 3)
					h++; /* (the unit is the figure's) */
			}
			/* ("killing the driver": "the" after a word of what happened) */
			bool article = several || sr_tok_is(d, i, "a") || sr_tok_is(d, i, "an") ||
			               (sr_tok_is(d, i, "the") && i > from + 1 && sr_tok_is(d, i - 2, ",") &&
			                d->tokens[i - 1].end - d->tokens[i - 1].start > 3 &&
			                sr_ascii_ncaseeq(d->text + d->tokens[i - 1].end - 3, "ing", 3) &&
			                cue_at(d, i - 1, BEFORE, sizeof BEFORE / sizeof *BEFORE)) ||
			               /* ("shot dead the driver", "killed the village chief") */
			               (sr_tok_is(d, i, "the") && i > from + 1 &&
			                ((sr_tok_is(d, i - 1, "dead") && d->tokens[i - 2].pos == SR_POS_VERB) ||
			                 sr_tok_is(d, i - 1, "killed") || sr_tok_is(d, i - 1, "murdered") ||
			                 sr_tok_is(d, i - 1, "beheaded") || sr_tok_is(d, i - 1, "lynched") ||
			                 sr_tok_is(d, i - 1, "executed")));
			if (!article)
				continue;
			/* ("leaving several dead": the people left out) */
			if (several && fig == 3 && h + 1 < to && sr_tok_is(d, h + 1, "dead") && i > from &&
			    (sr_tok_is(d, i - 1, "leaving") || sr_tok_is(d, i - 1, "left"))) {
				if (!word_count(&v, &n, &cap, d, si, i, h + 1, SR_COUNT_KILLED, 3, -1)) {
					free(v);
					return SR_ENOMEM;
				}
				continue;
			}
			/* the person: up to five modifiers, then a noun ("a former
			 * Afghan National Army soldier": a name's words before it) */
			size_t k = h + 1;
			while (k + 1 < to && k < h + 6 && !sr_tok_is(d, k + 1, "dead") &&
			       (d->tokens[k].pos == SR_POS_ADJ || d->tokens[k].pos == SR_POS_NOUN || d->tokens[k].pos == SR_POS_PROPN) &&
			       (d->tokens[k + 1].pos == SR_POS_NOUN || d->tokens[k + 1].pos == SR_POS_ADJ ||
			        (d->tokens[k + 1].pos == SR_POS_PROPN &&
			         ((k + 2 < to && d->tokens[k + 2].pos == SR_POS_NOUN) ||
			          (k + 3 < to && d->tokens[k + 2].pos == SR_POS_PROPN && d->tokens[k + 3].pos == SR_POS_NOUN) ||
			          (k + 4 < to && d->tokens[k + 2].pos == SR_POS_PROPN && d->tokens[k + 3].pos == SR_POS_PROPN &&
			           d->tokens[k + 4].pos == SR_POS_NOUN)))))
				k++;
			if (k >= to || d->tokens[k].pos != SR_POS_NOUN || unit_word(d, k))
				continue;
			if (sr_tok_is(d, i, "the")) { /* one: "the driver", not "the enemies" */
				const sr_number *none;
				if (opening_figure(d, i, k, &none) != 1)
					continue;
			}
			/* "killing a policeman": the word before says what happened;
			 * "shot dead a farmer", "shot to death a leader", "fatally
			 * assaulted a man" */
			/* (a quotation's closing mark between: "'neutralised' several
			 * assailants") */
			size_t b = i;
			if (b > from + 1 && d->tokens[b - 1].kind == SR_TOK_PUNCT &&
			    (sr_tok_is(d, b - 1, "'") || sr_tok_is(d, b - 1, "\u2019") || sr_tok_is(d, b - 1, "\"")))
				b--;
			int kb = b > from ? cue_at(d, b - 1, BEFORE, sizeof BEFORE / sizeof *BEFORE) : 0;
			if (!kb && b > from + 1 &&
			    ((sr_tok_is(d, b - 1, "dead") && d->tokens[b - 2].pos == SR_POS_VERB) ||
			     (sr_tok_is(d, b - 1, "death") && sr_tok_is(d, b - 2, "to")) || sr_tok_is(d, b - 2, "fatally")))
				kb = SR_COUNT_KILLED;
			if (kb && !sr_tok_is(d, b - 1, "toll")) {
				/* ("killing a family of five": five) */
				size_t fe = k;
				if (sr_tok_is(d, k, "family") && k + 2 < to && sr_tok_is(d, k + 1, "of")) {
					const sr_token *nt = &d->tokens[k + 2];
					double members = nt->kind == SR_TOK_NUMBER ? strtod(d->text + nt->start, NULL)
					                                            : sr_nlp_number_word(d->text + nt->start, nt->end - nt->start);
					if (members > 1 && members < 100)
						fig = members, fe = k + 2;
				}
				if (!word_count(&v, &n, &cap, d, si, i, fe, kb, fig, -1)) {
					free(v);
					return SR_ENOMEM;
				}
				v[n - 1].start = d->tokens[b - 1].start;
				continue;
			}
			/* "recovered several bodies", "found a body" */
			if ((sr_tok_is(d, k, "bodies") || sr_tok_is(d, k, "body")) && b > from &&
			    (sr_tok_is(d, b - 1, "recovered") || sr_tok_is(d, b - 1, "found") ||
			     sr_tok_is(d, b - 1, "discovered") || sr_tok_is(d, b - 1, "retrieved"))) {
				if (!word_count(&v, &n, &cap, d, si, i, k, SR_COUNT_KILLED, fig, -1)) {
					free(v);
					return SR_ENOMEM;
				}
				v[n - 1].start = d->tokens[b - 1].start;
				continue;
			}
			/* "shooting several people dead", "shot a man dead", "left
			 * several people dead" */
			if (k + 1 < to && sr_tok_is(d, k + 1, "dead") && b > from && d->tokens[b - 1].pos == SR_POS_VERB) {
				if (!word_count(&v, &n, &cap, d, si, i, k + 1, SR_COUNT_KILLED, fig, -1)) {
					free(v);
					return SR_ENOMEM;
				}
				v[n - 1].start = d->tokens[b - 1].start;
				continue;
			}
			/* ("several were killed": the figure over the people) */
			if (several && fig > 3)
				continue;
			/* "beat a suspected thief to death", "hacked a farmer to death" */
			if (k + 2 < to && i > from && d->tokens[i - 1].pos == SR_POS_VERB && sr_tok_is(d, k + 1, "to") &&
			    sr_tok_is(d, k + 2, "death")) {
				if (!word_count(&v, &n, &cap, d, si, i, k + 2, SR_COUNT_KILLED, fig, -1)) {
					free(v);
					return SR_ENOMEM;
				}
				v[n - 1].start = d->tokens[i - 1].start;
				continue;
			}
			/* "a man was killed", "a man was shot dead", "a boy has been abducted" */
			size_t a = k + 1;
			/* ("an indigenous guard member and community leader was shot
			 * dead": one person of two roles, told by the singular verb) */
			if (!several && a + 2 < to && sr_tok_is(d, a, "and")) {
				size_t q = a + 1;
				while (q < to && q < a + 4 && (d->tokens[q].pos == SR_POS_NOUN || d->tokens[q].pos == SR_POS_ADJ))
					q++;
				if (q > a + 1 && q < to && sr_tok_is(d, q, "was"))
					a = q;
			}
			/* ("a woman accused of sorcery was killed") */
			if (a + 2 < to && (sr_tok_is(d, a, "accused") || sr_tok_is(d, a, "suspected")) && sr_tok_is(d, a + 1, "of"))
				for (size_t q = a + 2; q < to && q < a + 7; q++)
					if (sr_tok_is(d, q, "was") || sr_tok_is(d, q, "is")) {
						a = q;
						break;
					}
			/* ("an elderly man who tried to stop them was beheaded") */
			if (!several && a + 2 < to && sr_tok_is(d, a, "who") && d->tokens[a + 1].pos == SR_POS_VERB)
				for (size_t q = a + 2; q < to && q < a + 10 && !sr_tok_is(d, q, ";") && !sr_tok_is(d, q, "who"); q++)
					if (sr_tok_is(d, q, "was")) {
						a = q;
						break;
					}
			if (a < to && (several ? sr_tok_is(d, a, "were") || sr_tok_is(d, a, "are")
			                       : sr_tok_is(d, a, "was") || sr_tok_is(d, a, "is") || sr_tok_is(d, a, "got")))
				a++;
			else if (a + 1 < to && (sr_tok_is(d, a, several ? "have" : "has") || sr_tok_is(d, a, "had")) &&
			         sr_tok_is(d, a + 1, "been"))
				a += 2;
			else
				continue;
			if (a < to && d->tokens[a].pos == SR_POS_ADV)
				a++;
			if (a >= to)
				continue;
			/* ("was tortured and killed", "was abducted and killed") */
			if (a + 2 < to && sr_tok_is(d, a + 1, "and") &&
			    cue_at(d, a + 2, AFTER, sizeof AFTER / sizeof *AFTER) == SR_COUNT_KILLED)
				a += 2;
			int kind = cue_at(d, a, AFTER, sizeof AFTER / sizeof *AFTER);
			size_t end = a;
			/* "shot dead", "found dead", "stabbed to death", "gunned down" */
			if (!kind)
				kind = done_to_death(d, a, to, &end);
			/* ("was tied to a post and beaten to death", "was dragged out
			 * of his car and shot dead": the second of two deeds) */
			for (size_t q = a + 2; !kind && q + 1 < to && q < a + 8 && d->tokens[q].kind != SR_TOK_PUNCT; q++)
				if (sr_tok_is(d, q, "and") && d->tokens[q + 1].pos == SR_POS_VERB) {
					kind = cue_at(d, q + 1, AFTER, sizeof AFTER / sizeof *AFTER);
					end = q + 1;
					if (!kind)
						kind = done_to_death(d, q + 1, to, &end);
					if (kind != SR_COUNT_KILLED)
						kind = 0, end = a;
				}
			/* ("a man was shot on Monday": hit, not said to be dead) */
			if (!kind && sr_tok_is(d, a, "shot") && !(a + 1 < to && sr_tok_is(d, a + 1, "at")))
				kind = SR_COUNT_WOUNDED;
			if (!kind || kind == SR_COUNT_CASUALTIES || kind == SR_COUNT_MISSING)
				continue;
			if (!word_count(&v, &n, &cap, d, si, i, end, kind, fig, -1)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* a person named after what was done to them: "beat to death FNL
	 * activist Jean-Claude Niyonzima", "stoned and burned to death
	 * Deborah Samuel" (one; not "to death a man", read above) */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t t = from + 2; t + 1 < to; t++) {
			if (!sr_tok_is(d, t, "death") || !sr_tok_is(d, t - 1, "to") || d->tokens[t - 2].pos != SR_POS_VERB)
				continue;
			size_t q = t + 1, last = t;
			bool name = false;
			while (q < to && q < t + 7 &&
			       (d->tokens[q].pos == SR_POS_PROPN || d->tokens[q].pos == SR_POS_NOUN ||
			        d->tokens[q].pos == SR_POS_ADJ || (name && sr_tok_is(d, q, "-")))) {
				name = name || (d->tokens[q].pos == SR_POS_PROPN && (d->tokens[q].flags & SR_TF_CAP));
				last = q++;
			}
			if (!name || last == t)
				continue;
			/* (no figure told of them already) */
			bool told = false;
			for (size_t j = 0; j < n && !told; j++)
				told = v[j].sentence == si && v[j].end > d->tokens[t - 2].start && v[j].start < d->tokens[last].end;
			if (told)
				continue;
			if (!word_count(&v, &n, &cap, d, si, t - 2, last, SR_COUNT_KILLED, 1, -1)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* people counted before and killed as "them": "seized 13 suspected
	 * gang members ... and burned them to death", "lynched them" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t t = from + 2; t < to; t++) {
			if (!sr_tok_is(d, t, "them"))
				continue;
			size_t end = t;
			if (t + 2 < to && sr_tok_is(d, t + 1, "to") && sr_tok_is(d, t + 2, "death"))
				end = t + 2;
			else if (t + 1 < to && sr_tok_is(d, t + 1, "alive"))
				end = t + 1;
			else if (!(sr_tok_is(d, t - 1, "killed") || sr_tok_is(d, t - 1, "lynched") ||
			           sr_tok_is(d, t - 1, "executed") || sr_tok_is(d, t - 1, "beheaded") ||
			           sr_tok_is(d, t - 1, "murdered")))
				continue;
			bool told = false;
			for (size_t j = 0; j < n && !told; j++)
				told = v[j].sentence == si && v[j].kind == SR_COUNT_KILLED && !v[j].rejected;
			if (told)
				continue;
			/* (the nearest figure of people before it) */
			size_t a = SIZE_MAX;
			double fig = -1;
			for (size_t q = t; q-- > from && a == SIZE_MAX;) {
				const sr_token *nt = &d->tokens[q];
				double x = nt->kind == SR_TOK_NUMBER ? strtod(d->text + nt->start, NULL)
				                                     : sr_nlp_number_word(d->text + nt->start, nt->end - nt->start);
				if (x < 2 || x > 1000)
					continue;
				for (size_t h = q + 1; h < t && h < q + 5 && a == SIZE_MAX; h++)
					if (d->tokens[h].pos == SR_POS_NOUN && d->text[d->tokens[h].end - 1] == 's' && !unit_word(d, h))
						a = q, fig = x;
			}
			if (a == SIZE_MAX)
				continue;
			if (!word_count(&v, &n, &cap, d, si, a, end, SR_COUNT_KILLED, fig, -1)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* one person in a headline's words, with no article: "Soldier killed
	 * in ambush", "Militiaman slain as he stops rebels", "Police officer
	 * shot dead in Kirkuk": a singular noun phrase opening the sentence,
	 * then what happened to it */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		size_t k = from;
		while (k + 1 < to && k < from + 3 &&
		       (d->tokens[k].pos == SR_POS_ADJ || d->tokens[k].pos == SR_POS_NOUN || d->tokens[k].pos == SR_POS_PROPN) &&
		       d->tokens[k + 1].pos == SR_POS_NOUN)
			k++;
		if (k + 1 >= to || d->tokens[k].pos != SR_POS_NOUN || unit_word(d, k))
			continue;
		char lemma[64];
		size_t ln = sr_token_lemma(d, k, lemma, sizeof lemma);
		if (!ln || ln >= sizeof lemma || ln != d->tokens[k].end - d->tokens[k].start ||
		    !sr_ascii_ncaseeq(lemma, d->text + d->tokens[k].start, ln))
			continue; /* plural: "Soldiers killed" has no figure */
		size_t a = k + 1, end = a;
		/* the participles and verbs alone, no nouns ("Minister held
		 * talks" is no arrest) */
		static const cue DONE[] = {
		    {"killed", SR_COUNT_KILLED},     {"died", SR_COUNT_KILLED},       {"dies", SR_COUNT_KILLED},
		    {"slain", SR_COUNT_KILLED},      {"murdered", SR_COUNT_KILLED},   {"executed", SR_COUNT_KILLED},
		    {"lynched", SR_COUNT_KILLED},    {"beheaded", SR_COUNT_KILLED},   {"succumbs", SR_COUNT_KILLED},
		    {"wounded", SR_COUNT_WOUNDED},   {"injured", SR_COUNT_WOUNDED},   {"hurt", SR_COUNT_WOUNDED},
		    {"kidnapped", SR_COUNT_KIDNAPPED}, {"abducted", SR_COUNT_KIDNAPPED}, {"arrested", SR_COUNT_ARRESTED},
		    {"detained", SR_COUNT_ARRESTED}, {"jailed", SR_COUNT_ARRESTED},
		};
		int kind = cue_at(d, a, DONE, sizeof DONE / sizeof *DONE);
		if (!kind)
			kind = done_to_death(d, a, to, &end);
		if (!kind)
			continue;
		/* (a verb with its object is the subject's deed: "Troops killed
		 * Boko Haram fighters") */
		if (end + 1 < to && (d->tokens[end + 1].pos == SR_POS_DET || d->tokens[end + 1].pos == SR_POS_NUM ||
		                     d->tokens[end + 1].pos == SR_POS_ADJ || d->tokens[end + 1].kind == SR_TOK_NUMBER ||
		                     ((d->tokens[end + 1].pos == SR_POS_NOUN || d->tokens[end + 1].pos == SR_POS_PROPN) &&
		                      !sr_tok_is(d, end + 1, "monday") && !sr_tok_is(d, end + 1, "tuesday") &&
		                      !sr_tok_is(d, end + 1, "wednesday") && !sr_tok_is(d, end + 1, "thursday") &&
		                      !sr_tok_is(d, end + 1, "friday") && !sr_tok_is(d, end + 1, "saturday") &&
		                      !sr_tok_is(d, end + 1, "sunday"))))
			continue;
		if (!one_person(&v, &n, &cap, d, si, from, end, kind)) {
			free(v);
			return SR_ENOMEM;
		}
	}
	/* one person named: "Student coordinator Abu Sayed was shot dead",
	 * "Photojournalist Margarito Martinez, who covered crime stories, was
	 * shot dead", "governor Khamis Abakar was abducted and killed" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from; i + 3 < to; i++) {
			/* two or three capitalised words of a name, not a sentence's
			 * first word alone */
			size_t e = i;
			/* (a given name opening the sentence is often read as a
			 * noun: "John Phiri, a teacher, was shot dead") */
			if (i == from && i + 1 < to && d->tokens[i].pos == SR_POS_NOUN && (d->tokens[i].flags & SR_TF_CAP) &&
			    !(d->tokens[i].flags & SR_TF_UPPER) && d->tokens[i + 1].pos == SR_POS_PROPN &&
			    (d->tokens[i + 1].flags & SR_TF_CAP) && !(d->tokens[i + 1].flags & SR_TF_UPPER))
				e++;
			while (e < to && e < i + 3 && d->tokens[e].pos == SR_POS_PROPN && (d->tokens[e].flags & SR_TF_CAP) &&
			       !(d->tokens[e].flags & SR_TF_UPPER))
				e++;
			/* (and a surname after a particle: "Marcelo Souza da Silva") */
			while (e >= i + 2 && e + 1 < to && e < i + 6 && name_word(d, e, true) &&
			       !(d->tokens[e].flags & SR_TF_CAP) && name_word(d, e + 1, false))
				e += 2;
			/* (or one word, a name told whole before: "Shinzo Abe ... Abe
			 * died of his wounds") */
			/* (the text before is searched only for a word followed by
			 * what a person's name is: "died", "was", a comma's clause) */
			bool surname = false;
			if (e == i + 1 && d->tokens[i].end - d->tokens[i].start >= 3 && e < to &&
			    (sr_tok_is(d, e, "died") || sr_tok_is(d, e, "succumbed") || sr_tok_is(d, e, "was") || sr_tok_is(d, e, ",")))
				for (size_t q = d->sentences[0].first_token; q + 1 < i && !surname; q++)
					surname = d->tokens[q].pos == SR_POS_PROPN && (d->tokens[q].flags & SR_TF_CAP) &&
					          d->tokens[q + 1].end - d->tokens[q + 1].start == d->tokens[i].end - d->tokens[i].start &&
					          !memcmp(d->text + d->tokens[q + 1].start, d->text + d->tokens[i].start,
					                  d->tokens[i].end - d->tokens[i].start);
			/* (a title's word before the name is no part of it: "West
			 * Darfur Governor Khamis Abakar") */
			static const char *const TITLE[] = {"governor", "president", "minister", "mayor", "commander",
			                                    "general", "chief", "leader", "senator", "judge", "colonel",
			                                    "captain", "sheikh", "imam", "bishop", "councillor", NULL};
			bool titled = i > from && d->tokens[i - 1].pos == SR_POS_PROPN;
			for (const char *const *w = TITLE; *w && titled; w++)
				if (sr_tok_is(d, i - 1, *w))
					titled = false;
			if ((e < i + 2 && !surname) || titled)
				continue;
			size_t a = e;
			/* ("Abe died of his wounds") */
			if (a < to && (sr_tok_is(d, a, "died") || sr_tok_is(d, a, "succumbed"))) {
				if (!one_person(&v, &n, &cap, d, si, i, a, SR_COUNT_KILLED)) {
					free(v);
					return SR_ENOMEM;
				}
				break;
			}
			/* (a name set off by commas itself: "A man, 29-year-old Rex
			 * Masai, was shot dead") */
			if (a + 1 < to && sr_tok_is(d, a, ",") && sr_tok_is(d, a + 1, "was"))
				a++;
			/* (over a clause set off by commas: ", who covered crime
			 * stories,") */
			/* (or two: "Óscar Mejía, 41, a member of a community
			 * committee, was shot dead") */
			else if (a + 1 < to && sr_tok_is(d, a, ",")) {
				bool closed = false;
				for (int clauses = 0; clauses < 2 && !closed && a + 1 < to && sr_tok_is(d, a, ","); clauses++) {
					/* (and over brackets in it: "chief of a village near
					 * Batibo (Momo division, North-West),") */
					size_t q = a + 1, depth = 0;
					while (q < to && q < a + 20 &&
					       (depth || (!sr_tok_is(d, q, ",") && !sr_tok_is(d, q, "was")))) {
						depth += sr_tok_is(d, q, "(");
						depth -= depth && sr_tok_is(d, q, ")");
						q++;
					}
					if (q + 1 >= to || !sr_tok_is(d, q, ","))
						break;
					a = q;
					closed = sr_tok_is(d, q + 1, "was");
					/* ("BNP activist Rubel Hossain, 28, died of head
					 * injuries") */
					if (sr_tok_is(d, q + 1, "died") || sr_tok_is(d, q + 1, "succumbed")) {
						if (!one_person(&v, &n, &cap, d, si, i, q + 1, SR_COUNT_KILLED)) {
							free(v);
							return SR_ENOMEM;
						}
						break;
					}
				}
				if (!closed)
					continue;
				a++;
			}
			if (a + 1 >= to || !sr_tok_is(d, a, "was"))
				continue;
			a++;
			if (a < to && d->tokens[a].pos == SR_POS_ADV)
				a++;
			if (a + 2 < to && sr_tok_is(d, a + 1, "and") &&
			    cue_at(d, a + 2, AFTER, sizeof AFTER / sizeof *AFTER) == SR_COUNT_KILLED)
				a += 2; /* "was abducted and killed" */
			/* ("was abducted by Rapid Support Forces fighters and killed") */
			else if (a + 3 < to && sr_tok_is(d, a + 1, "by") &&
			         cue_at(d, a, AFTER, sizeof AFTER / sizeof *AFTER) == SR_COUNT_KIDNAPPED)
				for (size_t q = a + 2; q + 1 < to && q < a + 10 && d->tokens[q].kind != SR_TOK_PUNCT; q++)
					if (sr_tok_is(d, q, "and") && cue_at(d, q + 1, AFTER, sizeof AFTER / sizeof *AFTER) == SR_COUNT_KILLED) {
						a = q + 1;
						break;
					}
			size_t end = a;
			int kind = a < to ? cue_at(d, a, AFTER, sizeof AFTER / sizeof *AFTER) : 0;
			/* ("was shot in Wamena on 15 August and died in hospital
			 * hours later") */
			if (kind != SR_COUNT_KILLED && (kind == SR_COUNT_WOUNDED || sr_tok_is(d, a, "shot") ||
			                                sr_tok_is(d, a, "stabbed") || sr_tok_is(d, a, "beaten")))
				for (size_t q = a + 1; q + 1 < to && q < a + 16 && !sr_tok_is(d, q, ";") && !sr_tok_is(d, q, "."); q++)
					if (sr_tok_is(d, q, "and") && (sr_tok_is(d, q + 1, "died") || sr_tok_is(d, q + 1, "succumbed"))) {
						kind = SR_COUNT_KILLED;
						end = q + 1;
						break;
					}
			if (kind != SR_COUNT_KILLED && !done_to_death(d, a, to, &end) &&
			    !((kind == SR_COUNT_WOUNDED || kind == SR_COUNT_KIDNAPPED || kind == SR_COUNT_ARRESTED) &&
			      !sr_tok_is(d, a, "held")))
				continue;
			if (kind != SR_COUNT_WOUNDED && kind != SR_COUNT_KIDNAPPED && kind != SR_COUNT_ARRESTED)
				kind = SR_COUNT_KILLED;
			if (!one_person(&v, &n, &cap, d, si, i, end, kind)) {
				free(v);
				return SR_ENOMEM;
			}
			break;
		}
	}
	/* one person named after what was done to them: "shot dead
	 * prominent community leader Mohib Ullah", "killed student Kian delos
	 * Santos" (a role's noun before the name), "lynched Priyantha Kumara,
	 * the factory's manager" (the role after it) */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t t = from + 1; t + 2 < to; t++) {
			static const char *const DONE[] = {"killed", "murdered", "assassinated", "lynched", "executed",
			                                   "beheaded", "killing", "murdering", NULL};
			size_t o = SIZE_MAX;
			for (const char *const *w = DONE; *w && o == SIZE_MAX; w++)
				if (sr_tok_is(d, t, *w))
					o = t + 1;
			if (o == SIZE_MAX && (sr_tok_is(d, t, "shot") || sr_tok_is(d, t, "gunned")) &&
			    (sr_tok_is(d, t + 1, "dead") || sr_tok_is(d, t + 1, "down")))
				o = t + 2;
			/* ("stoned activist Tinashe Chitsunge to death") */
			static const char *const TO_DEATH[] = {"stoned", "beat", "hacked", "burned", "burnt", "stabbed",
			                                       "clubbed", "tortured", NULL};
			bool to_death = false;
			for (const char *const *w = TO_DEATH; *w && o == SIZE_MAX; w++)
				if (sr_tok_is(d, t, *w))
					o = t + 1, to_death = true;
			/* (active: "was killed by ..." names the killer) */
			if (o == SIZE_MAX || o >= to || sr_tok_is(d, t - 1, "was") || sr_tok_is(d, t - 1, "were") ||
			    sr_tok_is(d, t - 1, "been") || sr_tok_is(d, t - 1, "being"))
				continue;
			size_t q = o;
			if (q < to && (sr_tok_is(d, q, "the") || sr_tok_is(d, q, "its") || sr_tok_is(d, q, "their")))
				q++;
			/* the role's words: "17-year-old student", "prominent Rohingya
			 * community leader", "Islamic State commander" */
			size_t role = SIZE_MAX;
			while (q < to && q < o + 8) {
				const sr_token *k = &d->tokens[q];
				if (name_word(d, q, false)) {
					size_t r = q;
					while (r < to && r < q + 3 && name_word(d, r, false))
						r++;
					if (r < to && !(d->tokens[r].flags & SR_TF_CAP) && d->tokens[r].kind == SR_TOK_WORD &&
					    (d->tokens[r].pos == SR_POS_NOUN || d->tokens[r].pos == SR_POS_ADJ) && !name_word(d, r, true)) {
						q = r;
						continue;
					}
					break;
				}
				if (!((k->kind == SR_TOK_WORD && (k->pos == SR_POS_ADJ || k->pos == SR_POS_NOUN || k->pos == SR_POS_NUM)) ||
				      k->kind == SR_TOK_NUMBER || sr_tok_is(d, q, "-")))
					break;
				if (k->pos == SR_POS_NOUN && !(k->flags & SR_TF_CAP))
					role = q;
				q++;
			}
			size_t e = q;
			while (e + 1 < to && e < q + 3 && name_word(d, e + 1, true))
				e++;
			if (q >= to || !name_word(d, q, false) || e == q || name_ending_at(d, q, e) != q)
				continue;
			/* (the name ends there: "Boko Haram fighters" is a group) */
			if (e + 1 < to && (d->tokens[e + 1].pos == SR_POS_NOUN || d->tokens[e + 1].pos == SR_POS_PROPN))
				continue;
			/* (done to death, said after the name) */
			if (to_death && !(e + 2 < to && sr_tok_is(d, e + 1, "to") && sr_tok_is(d, e + 2, "death")))
				continue;
			/* (a list of names: "killing Zoraida Rodriguez and Rolando
			 * Garcia") */
			bool listed = q == o && e + 3 < to && sr_tok_is(d, e + 1, "and") && name_word(d, e + 2, false) &&
			              name_word(d, e + 3, true);
			/* (the role after it, a noun phrase of its own: not "killed
			 * Boko Haram, the army said") */
			/* (or a role with no article: "Sheikh Abdulrahman al-Adani,
			 * imam of a mosque") */
			bool bare = q == o && e + 3 < to && sr_tok_is(d, e + 1, ",") && d->tokens[e + 2].pos == SR_POS_NOUN &&
			            !(d->tokens[e + 2].flags & SR_TF_CAP) && sr_tok_is(d, e + 3, "of");
			bool apposed = q == o && e + 3 < to && sr_tok_is(d, e + 1, ",") &&
			               (sr_tok_is(d, e + 2, "the") || sr_tok_is(d, e + 2, "a") || sr_tok_is(d, e + 2, "an"));
			if (apposed) {
				size_t z = e + 3, noun = SIZE_MAX;
				while (z < to && z < e + 9 &&
				       (d->tokens[z].pos == SR_POS_ADJ || d->tokens[z].pos == SR_POS_NOUN ||
				        d->tokens[z].pos == SR_POS_PROPN))
					noun = d->tokens[z].pos == SR_POS_NOUN ? z : noun, z++;
				apposed = noun != SIZE_MAX && noun + 1 == z &&
				          !(z < to && (d->tokens[z].pos == SR_POS_VERB || d->tokens[z].pos == SR_POS_AUX));
			}
			/* (or an age: "shot dead 29-year-old Rex Masai", "shot dead Ali
			 * Hamdan, 32, outside his shop") */
			bool aged = (q > o && d->tokens[q - 1].end - d->tokens[q - 1].start >= 3 &&
			             !memcmp(d->text + d->tokens[q - 1].end - 3, "old", 3)) ||
			            (q == o && e + 3 < to && sr_tok_is(d, e + 1, ",") && d->tokens[e + 2].kind == SR_TOK_NUMBER &&
			             sr_tok_is(d, e + 3, ","));
			if (!(role != SIZE_MAX && role + 1 == q) && !apposed && !bare && !aged && !listed && !to_death)
				continue;
			if (!one_person(&v, &n, &cap, d, si, q, e, SR_COUNT_KILLED)) {
				free(v);
				return SR_ENOMEM;
			}
			/* the others listed with the named one: "Fuad Shukr, two
			 * women and two children", "Zoraida Rodriguez and Rolando
			 * Garcia" */
			for (size_t x = e + 1, steps = 0; x + 1 < to && steps < 4; steps++) {
				if (!(sr_tok_is(d, x, ",") || sr_tok_is(d, x, "and")))
					break;
				size_t o2 = x + 1;
				if (o2 < to && sr_tok_is(d, o2, "and"))
					o2++;
				size_t e2 = o2;
				while (e2 < to && e2 < o2 + 4 && name_word(d, e2, e2 > o2))
					e2++;
				if (e2 >= o2 + 2 && name_word(d, e2 - 1, false)) {
					if (!word_count(&v, &n, &cap, d, si, o2, e2 - 1, SR_COUNT_KILLED, 1, -1)) {
						free(v);
						return SR_ENOMEM;
					}
					x = e2;
					continue;
				}
				size_t b2 = o2 + 1;
				while (b2 < to && b2 < o2 + 4 && phrase_word(d, b2))
					b2++;
				const sr_number *num;
				double f = b2 > o2 + 1 ? opening_figure(d, o2, b2 - 1, &num) : -1;
				/* (a number opens it: ", the Sri Lankan manager" is the
				 * named one again) */
				if (f <= 0 || !num || d->tokens[b2 - 1].pos != SR_POS_NOUN)
					break;
				if (!add_phrase(&v, &n, &cap, d, si, o2, b2 - 1, SR_COUNT_KILLED, f, num)) {
					free(v);
					return SR_ENOMEM;
				}
				x = b2;
			}
			break;
		}
	}
	/* one person told of by a pronoun: "He died at the scene", "she was
	 * killed" (the victim the sentence before names) */
	/* (or opening a clause after a semicolon: "...; he died on the way
	 * to hospital"; "The bomber also died") */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t first = st->first_token, to = first + st->n_tokens, i = first;
		/* (in the first sentence, no victim named before: only after a
		 * semicolon) */
		if (si == 0)
			while (i < to && !(i > first && sr_tok_is(d, i - 1, ";")))
				i++;
		if (i + 1 < to && sr_tok_is(d, i, "the") &&
		    (sr_tok_is(d, i + 1, "bomber") || sr_tok_is(d, i + 1, "attacker") || sr_tok_is(d, i + 1, "assailant")))
			i++;
		else if (i + 1 >= to || !(sr_tok_is(d, i, "he") || sr_tok_is(d, i, "she")))
			continue;
		size_t a = i + 1;
		if (a < to && d->tokens[a].pos == SR_POS_ADV)
			a++;
		size_t end = SIZE_MAX;
		if (a < to && (sr_tok_is(d, a, "died") || sr_tok_is(d, a, "succumbed")))
			end = a;
		else if (a + 1 < to && sr_tok_is(d, a, "was") &&
		         (sr_tok_is(d, a + 1, "killed") || sr_tok_is(d, a + 1, "murdered") || sr_tok_is(d, a + 1, "executed")))
			end = a + 1;
		else if (a + 2 < to && sr_tok_is(d, a, "was") && sr_tok_is(d, a + 2, "dead") &&
		         (sr_tok_is(d, a + 1, "shot") || sr_tok_is(d, a + 1, "found") || sr_tok_is(d, a + 1, "pronounced")))
			end = a + 2;
		if (end == SIZE_MAX)
			continue;
		if (!one_person(&v, &n, &cap, d, si, i, end, SR_COUNT_KILLED)) {
			free(v);
			return SR_ENOMEM;
		}
	}
	/* one person done to death: "hacked him to death", "beat her to
	 * death" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from + 1; i + 2 < to; i++) {
			/* (and "shot him dead") */
			bool dead = sr_tok_is(d, i + 1, "dead") && (sr_tok_is(d, i - 1, "shot") || sr_tok_is(d, i - 1, "left"));
			if (!(sr_tok_is(d, i, "him") || sr_tok_is(d, i, "her")) ||
			    !((d->tokens[i - 1].pos == SR_POS_VERB && sr_tok_is(d, i + 1, "to") && sr_tok_is(d, i + 2, "death")) ||
			      dead))
				continue;
			if (!one_person(&v, &n, &cap, d, si, i, dead ? i + 1 : i + 2, SR_COUNT_KILLED)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* groups joined by "and": "Forty GNA soldiers and eight LNA soldiers
	 * were killed": the first number takes the kind of the count after it */
	size_t n_found = n;
	for (size_t x = 0; x < n_found; x++) {
		const sr_count *c2 = &v[x];
		if (c2->rejected || c2->num_start <= 0)
			continue;
		const sr_sentence *st = &d->sentences[c2->sentence];
		size_t from = st->first_token;
		size_t t = token_at(d, from, from + st->n_tokens, c2->num_start);
		if (t == SIZE_MAX || t < from + 2)
			continue;
		/* back over "and" / ",", then up to four words of a group (over
		 * a quotation mark: "6 soldiers and 'about twenty' assailants") */
		size_t k = t - 1;
		if (k > from && (sr_tok_is(d, k, "'") || sr_tok_is(d, k, "\"") || sr_tok_is(d, k, "\xe2\x80\x98")))
			k--;
		if (!(sr_tok_is(d, k, "and") || sr_tok_is(d, k, ",")))
			continue;
		size_t j = k;
		bool group = false;
		while (j > from && k - j < 5) {
			j--;
			int p = d->tokens[j].pos;
			if (d->tokens[j].kind == SR_TOK_NUMBER || p == SR_POS_NUM) {
				group = true;
				break;
			}
			if (!(p == SR_POS_NOUN || p == SR_POS_PROPN || p == SR_POS_ADJ))
				break; /* not a group's words */
		}
		if (!group)
			continue;
		/* j is the number: one of the numbers layer's, not counted yet */
		const sr_number *num = NULL;
		for (size_t q = 0; q < d->n_numbers && !num; q++)
			if (d->numbers[q].end == d->tokens[j].end || (d->numbers[q].start <= d->tokens[j].start && d->numbers[q].end >= d->tokens[j].end))
				num = &d->numbers[q];
		if (!num || num->year || unit_word(d, j + 1))
			continue;
		bool counted = false;
		for (size_t q = 0; q < n && !counted; q++)
			counted = v[q].num_start == num->start;
		if (counted)
			continue;
		sr_count *c = push(&v, &n, &cap);
		if (!c) {
			free(v);
			return SR_ENOMEM;
		}
		c2 = &v[x];
		c->sentence = c2->sentence;
		c->num_start = c->start = num->start;
		c->num_end = num->end;
		c->end = d->tokens[k - 1].end;
		c->kind = c2->kind;
		c->best = c->low = c->high = -1;
		if (num->qual == SR_NUM_AT_LEAST)
			c->low = num->low;
		else if (num->qual == SR_NUM_RANGE)
			c->low = num->low, c->high = num->high;
		else
			c->best = num->value;
		c->cumulative = c2->cumulative;
	}
	if (!selves(d, &v, &n, &cap) || !coordinated(d, &v, &n, &cap) || !more(d, &v, &n, &cap) ||
	    !bodies(d, &v, &n, &cap) || !shares(d, &v, &n, &cap)) {
		free(v);
		return SR_ENOMEM;
	}
	/* in text order */
	sr_sort_by_offset(v, n, sizeof *v, offsetof(sr_count, start));
	appositions(d, v, n);
	breakdowns(d, v, n);
	earlier_events(d, v, n);
	natural_deaths(d, v, n);
	*out = v;
	*n_out = n;
	return SR_OK;
}
