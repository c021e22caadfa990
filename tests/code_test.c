#define _POSIX_C_SOURCE 200809L
/* code_test.c: the coder with the fixture dictionaries of tests/fixtures/dict:
 * source and target, agents joined to actors, date-restricted codes,
 * patterns with synsets and slots, passive voice, compound actors,
 * negation, discards, verbs used as nouns, and what the codes mean. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "sitrep.h"

static sr_dict *dict;

/* The events of text as "SRC>TGT CODE" joined by " | " (negated ones with
 * a leading '!'). */
static const char *code(const char *text, int32_t date)
{
	static char out[1024];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_event *ev = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_code(dict, d, date, SR_CODE_STRICT, &ev, &n) != SR_OK)
		return "(failed)";
	size_t k = 0;
	for (size_t i = 0; i < n && k + 64 < sizeof out; i++)
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%s%s>%s %s", i ? " | " : "", ev[i].negated ? "!" : "",
		                      ev[i].source.code, ev[i].target.code, ev[i].cameo);
	free(ev);
	sr_doc_free(d);
	return out;
}

TEST(coding)
{
	CHECK_STR(code("Arnorian soldiers attacked Gondor on Tuesday.", 20140101), "ARNMIL>GON 190");
	CHECK_STR(code("Gondor was attacked by Arnor.", 20140101), "ARN>GON 190");
	/* adverbs inside the passive */
	CHECK_STR(code("Gondor was fiercely attacked earlier by Arnor.", 20140101), "ARN>GON 190");
	/* the agent over where and when; who comes under attack from one */
	CHECK_STR(code("Gondor was attacked near Osgiliath (Anorien) on 3 May 2014 by Arnor.", 20140601), "ARN>GON 190");
	CHECK_STR(code("Gondor came under attack from Arnor.", 20140101), "ARN>GON 190");
	/* "Dol_Amroth" as the dictionaries write it */
	CHECK_STR(code("Arnor attacked Minas_Tirith.", 20140101), "ARN>GON 190");
	CHECK_STR(code("Arnor and Gondor attacked Fornostian militias.", 20140101), "ARN>ARNREB 190 | GON>ARNREB 190");
	{
		/* the members of the compound are kept with each event */
		const char *t = "Arnor and Gondor attacked Fornostian militias.";
		sr_doc *d = NULL;
		sr_event *ev = NULL;
		size_t n = 0;
		CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && sr_code(dict, d, 20140101, SR_CODE_STRICT, &ev, &n) == SR_OK);
		CHECK(n == 2 && strcmp(ev[0].source.group, "ARN/GON") == 0 && strcmp(ev[1].source.group, "ARN/GON") == 0 &&
		      ev[0].target.group[0] == '\0');
		free(ev);
		sr_doc_free(d);
	}
	CHECK_STR(code("Elrond Halfelven attacked Gondor.", 19550101), "ARNGOV>GON 190");
	CHECK_STR(code("Elrond Halfelven attacked Arnor.", 19700101), "GONGOV>ARN 190");
	/* patterns: a synset after the verb, an actor slot */
	CHECK_STR(code("Gondor attacked Arnor with rifles.", 20140101), "GON>ARN 195");
	CHECK_STR(code("Arnor troops attacked Gondor in the city.", 20140101), "ARN>GON 193");
	/* negation is marked */
	CHECK_STR(code("Gondor did not attack Arnor.", 20140101), "!GON>ARN 190");
	/* discards: sports are not coded */
	CHECK_STR(code("Gondor attacked Arnor in the World Cup final.", 20140101), "");
	/* a verb form used as a noun is not an event */
	CHECK_STR(code("Gondor condemned the attack.", 20140101), "");
	/* no target, no event (a dyad is needed) */
	CHECK_STR(code("Arnor attacked.", 20140101), "");
	/* offsets point at the words */
	const char *t = "Yesterday Arnorian soldiers shelled Gondor.";
	sr_doc *d = NULL;
	sr_event *ev = NULL;
	size_t n = 0;
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && sr_code(dict, d, 20140101, SR_CODE_STRICT, &ev, &n) == SR_OK && n == 1);
	if (n == 1) {
		CHECK(ev[0].source.start == 10 && ev[0].source.end == 27);
		CHECK(ev[0].verb_start == 28 && ev[0].verb_end == 35);
		CHECK(ev[0].target.start == 36 && ev[0].target.end == 42);
		CHECK(strstr(ev[0].rule, "ATTACK") != NULL);
	}
	free(ev);
	sr_doc_free(d);
}

TEST(json)
{
	const char *t = "Arnorian soldiers attacked Gondor.";
	sr_doc *d = NULL;
	sr_coding *c = NULL;
	sr_analyze(t, strlen(t), NULL, 0, &d);
	sr_layers layers;
	CHECK(sr_layers_find(d, 20140101, &layers) == SR_OK &&
	      sr_code_doc(dict, d, 20140101, &layers, SR_CODE_STRICT, 0, &c) == SR_OK && c->n_events == 1);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	CHECK(f && c && sr_coding_write_events(c, "abc", f) == SR_OK);
	if (f)
		fclose(f);
	CHECK(buf && strstr(buf, "\"article\":\"abc\",\"cameo\":\"190\",\"root\":\"19\",\"quad_class\":4,\"goldstein\":-10,"
	                         "\"plover\":{\"type\":\"ASSAULT\",\"mode\":\"firearms\"},\"acled\":{\"event_type\":"
	                         "\"Battles\",\"sub_event_type\":\"Armed clash\"},\"source\":{\"code\":\"ARNMIL\","
	                         "\"text\":\"Arnorian soldiers\",\"start\":0,\"end\":17,\"country\":\"ARN\",\"sector\":[\"MIL\"]}"));
	free(buf);
	/* the record: what its code means, its day, where its words are */
	const sr_event_record *r = c ? &c->records[0] : NULL;
	CHECK(r && r->cameo_known && !strcmp(r->root, "19") && r->quad_class == 4 && r->goldstein == -10);
	CHECK(r && r->has_date && r->date.source == SR_DATE_PUBLICATION && r->date.first == 20140101);
	CHECK(r && r->attribution < 0 && r->n_counts == 0 && r->count_of[SR_COUNT_KILLED] == -1);
	CHECK(r && r->n_evidence >= 3 && r->evidence[0].role == SR_ROLE_SOURCE && r->evidence[0].start == 0 &&
	      r->evidence[0].end == 17);
	sr_coding_free(c);
	sr_doc_free(d);
}

/* internal: every ACLED cue has its place in the lookup table */
bool sr_cues_index_ok(void);

/* The events of text in news mode as "SRC>TGT CODE Sub-event type" (with
 * '?' before a hypothetical one) joined by " | ". */
static const char *news(const char *text)
{
	static char out[1024];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_event *ev = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_code(dict, d, 20140101, 0, &ev, &n) != SR_OK)
		return "(failed)";
	size_t k = 0;
	for (size_t i = 0; i < n && k + 128 < sizeof out; i++) {
		const char *sub = sr_acled_sub_event_type(ev[i].acled);
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%s%s>%s %s %s", i ? " | " : "",
		                      ev[i].hypothetical ? "?" : "", ev[i].source.code, ev[i].target.code, ev[i].cameo,
		                      sub ? sub : "-");
	}
	free(ev);
	sr_doc_free(d);
	return out;
}

TEST(acled)
{
	CHECK(sr_cues_index_ok());
	/* the weapon decides the sub-event type of an attack */
	CHECK_STR(news("Arnorian soldiers attacked Gondor with grenades."), "ARNMIL>GON 190 Grenade");
	CHECK_STR(news("Arnorian soldiers attacked Gondor with artillery and mortars."),
	          "ARNMIL>GON 190 Shelling/artillery/missile attack");
	CHECK_STR(news("A suicide bomber attacked Gondor."), ">GON 1831 Suicide bomb");
	/* events named without a coded verb */
	CHECK_STR(news("A roadside bomb exploded near the market in Gondor on Monday."),
	          "> 183 Remote explosive/landmine/IED");
	CHECK_STR(news("Police fired tear gas to disperse protesters in Gondor."), "---COP> 175 Protest with intervention");
	CHECK_STR(news("Thousands of protesters marched peacefully through Gondor."), "> 141 Peaceful protest");
	CHECK_STR(news("Protesters threw stones and set fire to tyres in Gondor."), "> 145 Violent demonstration");
	CHECK_STR(news("Heavy clashes broke out in Gondor on Sunday."), "> 190 Armed clash");
	/* the actor before the words is the source, one after them the target */
	CHECK_STR(news("Arnorian soldiers clashed with Gondor in the hills."), "ARNMIL>GON 190 Armed clash");
	/* a disaster, an accident or a crime is not a conflict event */
	CHECK_STR(news("An earthquake killed 40 people in Gondor."), "");
	CHECK_STR(news("A gas explosion at a factory in Gondor injured four workers."), "");
	/* weapons tested or on parade were not used */
	CHECK_STR(news("Gondor tested a new missile."), "");
	/* intent and modality: marked, not dropped */
	CHECK_STR(code("Arnor vowed to attack Gondor.", 20140101), "ARN>GON 190");
	/* intent and threats are coded as CAMEO does: 03x and 13x */
	CHECK_STR(news("Arnor vowed to attack Gondor."), "?ARN>GON 138 -");
	CHECK_STR(news("Arnor will attack Gondor."), "?ARN>GON 138 -");
	CHECK_STR(news("Arnor attacked Gondor."), "ARN>GON 190 Armed clash");
	/* strict mode (PETRARCH's) types events too, but adds none */
	CHECK_STR(code("A roadside bomb exploded near the market in Gondor on Monday.", 20140101), "");
}

int main(int argc, char **argv)
{
	if (sr_dict_new(&dict) != SR_OK || sr_dict_load(dict, argc > 1 ? argv[1] : "tests/fixtures/dict", SR_DICT_AUTO))
		return 1;
	RUN(coding);
	RUN(json);
	RUN(acled);
	sr_dict_free(dict);
	return h_summary("code");
}
