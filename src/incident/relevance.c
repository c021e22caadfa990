/* relevance.c: does an article report political violence, demonstrations
 * or strategic developments at all?  Users feed sitrep whole news crawls,
 * where most pages report none: sport, business, technology, weather,
 * health, entertainment and history borrow the words of war ("battle for
 * the title", "a market rally", "dependency clashes", "the 1918
 * pandemic's toll").  The evidence for: mentions with a coded verb and a
 * party of conflict (armed men, victims, a crowd), counts of the killed
 * and wounded, the words of conflict; against: the words of the topics
 * that are not conflict.  The decision and its reason are kept. */
#include "incident.h"

#include <stdio.h>
#include <string.h>

#include "../util/arena.h"

static const struct {
	int cls;
	const char *name;
} TOPICS[] = {{W_SPORT, "sport"},   {W_BUSINESS, "business"}, {W_TECH, "technology"}, {W_ENT, "entertainment"},
              {W_WEATHER, "weather"}, {W_HEALTH, "health"},   {W_HISTORY, "history"}};
enum { N_TOPICS = sizeof TOPICS / sizeof *TOPICS };

const char *sr_relevance_name(int r)
{
	static const char *const N[] = {"none", "violence", "demonstrations", "strategic developments"};
	return r >= 0 && r <= SR_REL_STRATEGIC ? N[r] : NULL;
}

void sr_relevance_decide(const sr_doc *d, const sr_relevance_in *in, sr_arena *a, sr_incidents *x)
{
	int topic[N_TOPICS] = {0};
	int conflict = 0, words = 0;
	for (size_t t = 0; t < d->n_tokens; t++) {
		if (d->tokens[t].kind != SR_TOK_WORD)
			continue;
		words++;
		uint32_t c = sr_inc_token_classes(d, t);
		if (!c)
			continue;
		conflict += c >> W_CONFLICT & 1;
		for (int k = 0; k < N_TOPICS; k++)
			topic[k] += c >> TOPICS[k].cls & 1;
	}
	int top = 0;
	for (int k = 1; k < N_TOPICS; k++)
		if (topic[k] > topic[top])
			top = k;
	int strong = in->strong_violence + in->strong_demo + in->strong_strategic;
	int events = strong + in->weak;
	/* the evidence: events with a coded verb weigh most, then tolls, then
	 * the words of conflict (per hundred words) */
	double per100 = words ? 100.0 * conflict / words : 0;
	double evidence = 3.0 * strong + 1.0 * in->weak + 1.5 * (in->casualties > 3 ? 3 : in->casualties) + per100;
	double against = words ? 100.0 * topic[top] / words : 0;
	char reason[160];
	uint8_t rel = SR_REL_NONE;
	if (!events) {
		snprintf(reason, sizeof reason, "no political violence, demonstration or strategic development is reported");
	} else if (evidence < 3) {
		snprintf(reason, sizeof reason, "too little to stand on: %d events named by a word alone, %.1f words of conflict in 100",
		         in->weak, per100);
	} else if (against > 2 * per100 && topic[top] >= 3 && strong < 3) {
		snprintf(reason, sizeof reason, "%s: %d words of %s against %d of conflict", TOPICS[top].name, topic[top],
		         TOPICS[top].name, conflict);
	} else {
		int v = in->strong_violence, dm = in->strong_demo, sd = in->strong_strategic;
		rel = v >= dm && v >= sd ? SR_REL_VIOLENCE : dm >= sd ? SR_REL_DEMONSTRATIONS : SR_REL_STRATEGIC;
		if (!strong)
			rel = SR_REL_VIOLENCE;
		snprintf(reason, sizeof reason, "%s: %d events with a coded verb, %d counts of killed or wounded, %.1f words of conflict in 100",
		         sr_relevance_name(rel), strong, in->casualties, per100);
	}
	double score = evidence / (evidence + against + 3.0);
	x->relevance = rel;
	x->relevance_score = (double)(long)(score * 100 + 0.5) / 100;
	x->relevance_reason = sr_arena_strdup(a, reason);
}
