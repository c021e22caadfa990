/* relevance.c: does an article report political violence, demonstrations
 * or strategic developments at all, and if not, what is it about?  Users
 * feed sitrep whole news crawls, where most pages report none: sport,
 * business, technology, weather, health, entertainment and history borrow
 * the words of war ("battle for the title", "a market rally", "dependency
 * clashes", "the 1918 pandemic's toll").  The evidence for: mentions with
 * a coded verb and a party of conflict (armed men, victims, a crowd),
 * counts of the killed and wounded, the words of conflict; against: the
 * words of the topics that are not conflict.  The decision, its reason and
 * the article's topic are kept; so is a claim of responsibility, which
 * the news of an attack often is. */
#include "incident.h"

#include <stdio.h>
#include <string.h>

#include "../util/arena.h"

/* The topics told by words, in the order a tie is decided. */
static const struct {
	int cls;
	uint8_t topic;
} TOPICS[] = {{W_NATURAL, SR_TOPIC_NATURAL_DISASTER},
              {W_MANMADE, SR_TOPIC_MAN_MADE_DISASTER},
              {W_CRIME, SR_TOPIC_CRIME},
              {W_DIPLO, SR_TOPIC_DIPLOMACY},
              {W_SPORT, SR_TOPIC_SPORT},
              {W_BUSINESS, SR_TOPIC_BUSINESS},
              {W_TECH, SR_TOPIC_TECHNOLOGY},
              {W_ENT, SR_TOPIC_ENTERTAINMENT},
              {W_WEATHER, SR_TOPIC_WEATHER},
              {W_HEALTH, SR_TOPIC_HEALTH},
              {W_HISTORY, SR_TOPIC_HISTORY}};
enum { N_TOPICS = sizeof TOPICS / sizeof *TOPICS };

const char *sr_relevance_name(int r)
{
	static const char *const N[] = {"none", "violence", "demonstrations", "strategic developments"};
	return r >= 0 && r <= SR_REL_STRATEGIC ? N[r] : NULL;
}

const char *sr_topic_name(int t)
{
	static const char *const N[] = {"other",         "conflict", "diplomacy", "crime",   "natural disaster",
	                                "man-made disaster", "sport", "business", "technology", "entertainment",
	                                "weather",       "health",   "history"};
	return t >= 0 && t < SR_TOPIC_N ? N[t] : NULL;
}

/* A claim or denial of responsibility: "claimed responsibility",
 * "takes credit for", "denied (it was) responsible for". */
static void responsibility(const sr_doc *d, sr_incidents *x)
{
	for (size_t t = 0; t < d->n_tokens; t++) {
		bool resp = sr_tok_is(d, t, "responsibility") || sr_tok_is(d, t, "credit") || sr_tok_is(d, t, "responsible");
		if (!resp)
			continue;
		for (size_t k = t, steps = 0; k-- > 0 && steps < 5; steps++) {
			if (d->tokens[k].kind == SR_TOK_PUNCT)
				break;
			bool deny = sr_tok_is(d, k, "denied") || sr_tok_is(d, k, "denies") || sr_tok_is(d, k, "deny") ||
			            sr_tok_is(d, k, "rejected");
			bool claim = sr_tok_is(d, k, "claimed") || sr_tok_is(d, k, "claims") || sr_tok_is(d, k, "claim") ||
			             sr_tok_is(d, k, "claiming") || sr_tok_is(d, k, "took") || sr_tok_is(d, k, "takes") ||
			             sr_tok_is(d, k, "taken") || sr_tok_is(d, k, "accepted") || sr_tok_is(d, k, "admitted");
			if ((deny || claim) && (!sr_tok_is(d, t, "responsible") || deny)) {
				x->responsibility = deny ? 2 : 1;
				x->responsibility_start = (int64_t)d->tokens[k].start;
				x->responsibility_end = (int64_t)d->tokens[t].end;
				return;
			}
		}
	}
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
	topic[3] += 2 * in->diplomatic; /* relations between states, coded */
	int top = 0;
	for (int k = 1; k < N_TOPICS; k++)
		if (topic[k] > topic[top])
			top = k;
	x->responsibility_start = x->responsibility_end = -1;
	responsibility(d, x);
	int strong = in->strong_violence + in->strong_demo + in->strong_strategic;
	int events = strong + in->weak;
	/* the evidence: events with a coded verb weigh most, then tolls, then
	 * the words of conflict (per hundred words) */
	double per100 = words ? 100.0 * conflict / words : 0;
	double evidence = 3.0 * strong + 1.0 * in->weak + 1.5 * (in->casualties > 3 ? 3 : in->casualties) + per100;
	double against = words ? 100.0 * topic[top] / words : 0;
	char reason[200];
	uint8_t rel = SR_REL_NONE;
	if (!events) {
		snprintf(reason, sizeof reason, "no political violence, demonstration or strategic development is reported");
	} else if (evidence < (words < 60 ? 2.0 : 3.0)) { /* a headline or a note is short */
		snprintf(reason, sizeof reason,
		         "too little to stand on: %d events named by a word alone, %.1f words of conflict in 100", in->weak,
		         per100);
	} else if (words >= 60 && (per100 < 1.0 || (!strong && !in->casualties))) {
		/* an article that reports violence says so again and again, and
		 * has someone do it or suffer it: not a word here and there */
		snprintf(reason, sizeof reason,
		         "conflict in passing: %d events with a coded verb, %d counts of killed or wounded, %.1f words of "
		         "conflict in 100",
		         strong, in->casualties, per100);
	} else if (words >= 60 && topic[0] + topic[1] >= 2 && !in->armed && !in->strong_demo &&
	           (2 * (topic[0] + topic[1]) >= conflict || events <= 1)) {
		/* the dead of a crash, a fire, a flood: no one's violence (TOPICS
		 * begins with the two kinds of disaster); a crowd's fires are a
		 * protest's */
		snprintf(reason, sizeof reason, "a disaster or an accident: %d words of it against %d of conflict, no armed party",
		         topic[0] + topic[1], conflict);
	} else if (against > 2 * per100 && topic[top] >= 3 && strong < 3 &&
	           !(TOPICS[top].topic == SR_TOPIC_CRIME && in->strong_violence && in->armed) &&
	           !(in->strong_demo && (TOPICS[top].topic == SR_TOPIC_HEALTH || TOPICS[top].topic == SR_TOPIC_BUSINESS ||
	                                 TOPICS[top].topic == SR_TOPIC_MAN_MADE_DISASTER ||
	                                 TOPICS[top].topic == SR_TOPIC_NATURAL_DISASTER))) {
		/* (people protest about hospitals, wages, a disaster's handling:
		 * "marched demanding the resignation of the health minister after
		 * a fire at a hospital") */
		/* (a gang's or an armed group's violence is the conflict's
		 * however much crime it is told with: "the gang kidnapped 17
		 * missionaries ... demanded a ransom") */
		snprintf(reason, sizeof reason, "%s: %d words of %s against %d of conflict",
		         sr_topic_name(TOPICS[top].topic), topic[top], sr_topic_name(TOPICS[top].topic), conflict);
	} else {
		int v = in->strong_violence, dm = in->strong_demo, sd = in->strong_strategic;
		rel = v >= dm && v >= sd ? SR_REL_VIOLENCE : dm >= sd ? SR_REL_DEMONSTRATIONS : SR_REL_STRATEGIC;
		if (!strong)
			rel = SR_REL_VIOLENCE;
		snprintf(reason, sizeof reason,
		         "%s: %d events with a coded verb, %d counts of killed or wounded, %.1f words of conflict in 100",
		         sr_relevance_name(rel), strong, in->casualties, per100);
	}
	x->topic = rel != SR_REL_NONE ? SR_TOPIC_CONFLICT : topic[top] > 0 ? TOPICS[top].topic : SR_TOPIC_OTHER;
	double score = evidence / (evidence + against + 3.0);
	x->relevance = rel;
	x->relevance_score = (double)(long)(score * 100 + 0.5) / 100;
	x->relevance_reason = sr_arena_strdup(a, reason);
}
