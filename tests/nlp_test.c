/* nlp_test.c: the language core: sentence splitting (abbreviations,
 * initials, quotes, ellipses, headlines, datelines), tokens with byte
 * offsets (clitics, hyphens, initials, numbers), and numbers (separators,
 * decimals, words, multipliers, qualifiers, ranges, years, dates left
 * out). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "sitrep.h"

/* The sentences of text joined with " | ". */
static const char *sentences(const char *text)
{
	static char out[4096];
	out[0] = '\0';
	sr_doc *d = NULL;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK)
		return "(failed)";
	size_t k = 0;
	for (size_t i = 0; i < d->n_sentences && k + 8 < sizeof out; i++) {
		const sr_sentence *s = &d->sentences[i];
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s", i ? " | " : "", (int)(s->end - s->start),
		                      text + s->start);
	}
	sr_doc_free(d);
	return out;
}

/* The tokens of text joined with " ". */
static const char *tokens(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK)
		return "(failed)";
	size_t k = 0;
	for (size_t i = 0; i < d->n_tokens && k + 8 < sizeof out; i++) {
		const sr_token *t = &d->tokens[i];
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s", i ? " " : "", (int)(t->end - t->start),
		                      text + t->start);
	}
	sr_doc_free(d);
	return out;
}

TEST(splitting)
{
	CHECK_STR(sentences("Gen. Ali Mahmoud said the army had left. He gave no reason."),
	          "Gen. Ali Mahmoud said the army had left. | He gave no reason.");
	CHECK_STR(sentences("The U.S. said it would act. The U.N. agreed."),
	          "The U.S. said it would act. | The U.N. agreed.");
	CHECK_STR(sentences("Sanctions were imposed by the U.S. The move angered Moscow."),
	          "Sanctions were imposed by the U.S. | The move angered Moscow.");
	CHECK_STR(sentences("John F. Kennedy was shot in Dallas. Nobody forgot."),
	          "John F. Kennedy was shot in Dallas. | Nobody forgot.");
	CHECK_STR(sentences("\"We will fight,\" he said. \"We will win.\" Then he left."),
	          "\"We will fight,\" he said. | \"We will win.\" | Then he left.");
	CHECK_STR(sentences("He waited... and waited. Then... Nothing."), "He waited... and waited. | Then... | Nothing.");
	CHECK_STR(sentences("Growth was 3.5 percent in Jan. 2014, officials said. No. 10 Downing Street agreed."),
	          "Growth was 3.5 percent in Jan. 2014, officials said. | No. 10 Downing Street agreed.");
	CHECK_STR(sentences("Why? Because they could! And they did."), "Why? | Because they could! | And they did.");
	CHECK_STR(sentences("A headline without a stop\n\nThe first paragraph. The second sentence."),
	          "A headline without a stop | The first paragraph. | The second sentence.");
	CHECK_STR(sentences("He said (in Arabic.) Then he went."), "He said (in Arabic.) | Then he went.");
	CHECK_STR(sentences("Visit example.com today. It works."), "Visit example.com today. | It works.");
}

static void dateline(const char *text, const char *place, const char *agency, const char *first)
{
	sr_doc *d = NULL;
	CHECK(sr_analyze(text, strlen(text), NULL, 0, &d) == SR_OK);
	if (!d)
		return;
	char got[128] = "", ag[64] = "", fs[256] = "";
	if (d->dateline_end > d->dateline_start)
		snprintf(got, sizeof got, "%.*s", (int)(d->place_end - d->place_start), text + d->place_start);
	if (d->agency_end > d->agency_start)
		snprintf(ag, sizeof ag, "%.*s", (int)(d->agency_end - d->agency_start), text + d->agency_start);
	if (d->n_sentences)
		snprintf(fs, sizeof fs, "%.*s", (int)(d->sentences[0].end - d->sentences[0].start),
		         text + d->sentences[0].start);
	CHECK_STR(got, place);
	CHECK_STR(ag, agency);
	CHECK_STR(fs, first);
	sr_doc_free(d);
}

TEST(datelines)
{
	dateline("BEIRUT (AP) \xe2\x80\x94 Syrian troops shelled Homs.", "BEIRUT", "AP", "Syrian troops shelled Homs.");
	dateline("Beirut, April 15 (Reuters) - Syrian troops shelled Homs.", "Beirut", "Reuters",
	         "Syrian troops shelled Homs.");
	dateline("DAMASCUS, Syria -- Rebels withdrew.", "DAMASCUS", "", "Rebels withdrew.");
	dateline("KABUL: Taliban fighters attacked a checkpoint.", "KABUL", "", "Taliban fighters attacked a checkpoint.");
	dateline("Syria - The war goes on.", "", "", "Syria - The war goes on.");
	dateline("Rebels said the army had withdrawn - a claim denied.", "", "", "Rebels said the army had withdrawn - a claim denied.");
}

TEST(headlines)
{
	const char *text = "Ceasefire in Homs\n\nThe army left. Rebels stayed.";
	sr_paragraph p[2] = {{0, 17, SR_PARA_HEADING}, {19, strlen(text), SR_PARA_PARAGRAPH}};
	sr_doc *d = NULL;
	CHECK(sr_analyze(text, strlen(text), p, 2, &d) == SR_OK);
	CHECK(d && d->n_sentences == 3 && d->sentences[0].kind == SR_SENT_HEADLINE &&
	      d->sentences[1].kind == SR_SENT_TEXT && d->sentences[2].paragraph == 1);
	sr_doc_free(d);
}

TEST(tokenizing)
{
	CHECK_STR(tokens("They didn't see Assad's men."), "They did n't see Assad 's men .");
	CHECK_STR(tokens("al-Assad's 20-year-old son"), "al-Assad 's 20-year-old son");
	CHECK_STR(tokens("10-15 people; 1,200 more (3.5%)"), "10 - 15 people ; 1,200 more ( 3.5 % )");
	CHECK_STR(tokens("The U.S. and U.N. met at 10 a.m. on Jan. 5."),
	          "The U.S. and U.N. met at 10 a.m. on Jan. 5 .");
	CHECK_STR(tokens("\xe2\x80\x9cWe won\xe2\x80\x99t go,\xe2\x80\x9d he said\xe2\x80\xa6"),
	          "\xe2\x80\x9c We wo n\xe2\x80\x99t go , \xe2\x80\x9d he said \xe2\x80\xa6");
	CHECK_STR(tokens("Aleppo\xc2\xa0" "city, \xd8\xad\xd9\x84\xd8\xa8 and Kyiv--Odesa"),
	          "Aleppo city , \xd8\xad\xd9\x84\xd8\xa8 and Kyiv -- Odesa");
	sr_doc *d = NULL;
	const char *t = "The UN and Homs";
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && d->n_tokens == 4);
	if (d && d->n_tokens == 4) {
		CHECK(d->tokens[1].flags & SR_TF_UPPER);
		CHECK((d->tokens[3].flags & SR_TF_CAP) && !(d->tokens[3].flags & SR_TF_UPPER));
		CHECK(!(d->tokens[2].flags & SR_TF_CAP));
		CHECK(d->tokens[3].start == 11 && d->tokens[3].end == 15);
	}
	sr_doc_free(d);
}

typedef struct want {
	const char *text;
	double value, low, high;
	int qual, year;
} want;

static void numbers(const char *text, const want *w, size_t nw)
{
	sr_doc *d = NULL;
	CHECK(sr_analyze(text, strlen(text), NULL, 0, &d) == SR_OK);
	if (!d)
		return;
	CHECK(d->n_numbers == nw);
	if (d->n_numbers != nw)
		printf("  %s: %zu numbers, want %zu\n", text, d->n_numbers, nw);
	for (size_t i = 0; i < nw && i < d->n_numbers; i++) {
		const sr_number *n = &d->numbers[i];
		char got[128];
		snprintf(got, sizeof got, "%.*s", (int)(n->end - n->start), text + n->start);
		CHECK_STR(got, w[i].text);
		CHECK(n->value == w[i].value && n->low == w[i].low && n->high == w[i].high && n->qual == w[i].qual &&
		      n->year == w[i].year);
		if (!(n->value == w[i].value && n->low == w[i].low && n->high == w[i].high && n->qual == w[i].qual))
			printf("  %s: value %g low %g high %g qual %d\n", got, n->value, n->low, n->high, n->qual);
	}
	sr_doc_free(d);
}

TEST(numbers_read)
{
	want b[] = {{"Some 1.5 million", 1.5e6, 1.5e6, 1.5e6, SR_NUM_ABOUT, 0},
	            {"twenty-five", 25, 25, 25, SR_NUM_EXACT, 0},
	            {"a dozen", 12, 12, 12, SR_NUM_EXACT, 0},
	            {"3,000", 3000, 3000, 3000, SR_NUM_EXACT, 0}};
	numbers("Some 1.5 million fled; twenty-five died, a dozen were hurt and 3,000 left.", b, 4);
	want c[] = {{"At least 12", 12, 12, 0, SR_NUM_AT_LEAST, 0},
	            {"up to 40", 40, 0, 40, SR_NUM_AT_MOST, 0},
	            {"10-15", 10, 10, 15, SR_NUM_RANGE, 0},
	            {"between 200 and 300", 200, 200, 300, SR_NUM_RANGE, 0},
	            {"dozens", 24, 24, 0, SR_NUM_VAGUE, 0},
	            {"two dozen", 24, 24, 24, SR_NUM_EXACT, 0}};
	numbers("At least 12 died, up to 40 were hurt, 10-15 are missing, between 200 and 300 fled, dozens of homes "
	        "burned and two dozen trucks came.",
	        c, 6);
	/* years are marked; dates and times are not numbers */
	sr_doc *d = NULL;
	const char *t = "In 2011, on April 15 at 10:30 and 3.30 p.m., nine people died.";
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK);
	CHECK(d && d->n_numbers == 2 && d->numbers[0].year && d->numbers[1].value == 9);
	sr_doc_free(d);
}

/* The words of text as "word/TAG" (and "=lemma" when it differs). */
static const char *tagged(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK)
		return "(failed)";
	size_t k = 0;
	for (size_t i = 0; i < d->n_tokens && k + 64 < sizeof out; i++) {
		const sr_token *t = &d->tokens[i];
		char lemma[64];
		sr_token_lemma(d, i, lemma, sizeof lemma);
		bool same = strlen(lemma) == t->end - t->start && strncasecmp(lemma, text + t->start, t->end - t->start) == 0;
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s/%s%s%s", i ? " " : "", (int)(t->end - t->start),
		                      text + t->start, sr_pos_name(t->pos), same || t->kind != SR_TOK_WORD ? "" : "=",
		                      same || t->kind != SR_TOK_WORD ? "" : lemma);
	}
	sr_doc_free(d);
	return out;
}

TEST(parts_of_speech)
{
	if (!sr_lexicon_available()) {
		/* scripts/setup.sh installs wordnet-base; the build makes it */
		CHECK(!"no lexicon: build/data/lexicon.bin is made from /usr/share/wordnet");
		return;
	}
	CHECK_STR(tagged("The attack was condemned by the United Nations."),
	          "The/DET attack/NOUN was/AUX=be condemned/VERB=condemn by/ADP the/DET United/PROPN Nations/PROPN ./PUNCT");
	CHECK_STR(tagged("They will attack the town that was shelled."),
	          "They/PRON will/AUX attack/VERB the/DET town/NOUN that/PRON was/AUX=be shelled/VERB=shell ./PUNCT");
	/* irregular forms from WordNet's exception lists, regular ones by rule */
	CHECK_STR(tagged("Gunmen went into two villages and killed 12 people."),
	          "Gunmen/NOUN=gunman went/VERB=go into/ADP two/NUM villages/NOUN=village and/CCONJ killed/VERB=kill "
	          "12/NUM people/NOUN ./PUNCT");
	/* to + verb; a demonym before a noun; "US" is not "us" */
	CHECK_STR(tagged("French troops plan to withdraw, the US said."),
	          "French/ADJ troops/NOUN plan/VERB to/PART withdraw/VERB ,/PUNCT the/DET US/PROPN said/VERB=say ./PUNCT");
}

/* The clauses of text as "subject | verb | object [by agent] {flags}"
 * joined by " ; " (the chunks' words; "-" for none). */
static const char *clauses(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK)
		return "(failed)";
	size_t k = 0;
#define CH(i) (int)(d->tokens[d->chunks[i].last].end - d->tokens[d->chunks[i].first].start), text + d->tokens[d->chunks[i].first].start
	for (size_t i = 0; i < d->n_clauses && k + 200 < sizeof out; i++) {
		const sr_clause *c = &d->clauses[i];
		if (i)
			k += (size_t)snprintf(out + k, sizeof out - k, " ; ");
		if (c->subject >= 0)
			k += (size_t)snprintf(out + k, sizeof out - k, "%.*s", CH(c->subject));
		else
			k += (size_t)snprintf(out + k, sizeof out - k, "-");
		k += (size_t)snprintf(out + k, sizeof out - k, " | %.*s | ", CH(c->verb));
		if (c->object >= 0)
			k += (size_t)snprintf(out + k, sizeof out - k, "%.*s", CH(c->object));
		else
			k += (size_t)snprintf(out + k, sizeof out - k, "-");
		if (c->agent >= 0)
			k += (size_t)snprintf(out + k, sizeof out - k, " by %.*s", CH(c->agent));
		static const struct {
			int f;
			const char *n;
		} F[] = {{SR_CL_PASSIVE, "passive"}, {SR_CL_NEGATED, "negated"},     {SR_CL_MODAL, "modal"},
		         {SR_CL_INTENT, "intent"},   {SR_CL_REPORTING, "reporting"}, {SR_CL_RELATIVE, "relative"}};
		for (size_t f = 0; f < sizeof F / sizeof *F; f++)
			if (c->flags & F[f].f)
				k += (size_t)snprintf(out + k, sizeof out - k, " {%s}", F[f].n);
		if (c->reported_by >= 0)
			k += (size_t)snprintf(out + k, sizeof out - k, " {reported by %d}", c->reported_by);
	}
#undef CH
	sr_doc_free(d);
	return out;
}

TEST(clause_structure)
{
	if (!sr_lexicon_available())
		return; /* parts_of_speech has said why */
	/* subject past its prepositional phrase; reported speech at the end */
	CHECK_STR(clauses("Syrian troops in Homs shelled rebel positions on Tuesday, activists said."),
	          "Syrian troops | shelled | rebel positions {reported by 1} ; activists | said | - {reporting}");
	/* passive with its agent; a relative clause and its antecedent; negation */
	CHECK_STR(clauses("The town that was shelled by the army had not been attacked before."),
	          "The town | was shelled | - by the army {passive} {relative} ; The town | had not been attacked | - "
	          "{passive} {negated}");
	/* intent, modality; the infinitive's subject */
	CHECK_STR(clauses("Russia vowed to attack the rebels. The army will withdraw."),
	          "Russia | vowed | - ; Russia | to attack | the rebels {intent} ; The army | will withdraw | - {modal}");
	/* reported speech before: "X said that ..." */
	CHECK_STR(clauses("The ministry said that gunmen killed 12 villagers."),
	          "The ministry | said | - {reporting} ; gunmen | killed | 12 villagers {reported by 0}");
	/* coordination and apposition are marked on the phrases */
	sr_doc *d = NULL;
	const char *t = "Ali, the army chief, met the rebels and the militias.";
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK);
	if (d) {
		int coord = 0, appos = 0;
		for (size_t i = 0; i < d->n_chunks; i++) {
			coord += d->chunks[i].coord;
			appos += d->chunks[i].apposition;
		}
		CHECK(coord == 1 && appos == 1);
		CHECK(d->n_clauses == 1 && d->clauses[0].subject == 0);
		sr_doc_free(d);
	}
}

/* The dates of text resolved against ref, as "text=value" joined by " | ". */
static const char *dates(const char *text, int32_t ref)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_timex *tx = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_timex_find(d, ref, &tx, &n) != SR_OK) {
		sr_doc_free(d);
		return "(failed)";
	}
	size_t k = 0;
	for (size_t i = 0; i < n && k + 100 < sizeof out; i++)
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s=%s%s", i ? " | " : "", (int)(tx[i].end - tx[i].start),
		                      text + tx[i].start, tx[i].value, tx[i].future ? "(future)" : "");
	free(tx);
	sr_doc_free(d);
	return out;
}

TEST(temporal_expressions)
{
	/* the reference is Wednesday 16 April 2014 */
	/* a crowd's size is no year: "[size=around 2000]" */
	CHECK_STR(dates("On 15 May 2023, teachers marched in Oaxaca. [size=around 2000]", 20230517), "15 May 2023=2023-05-15");
	CHECK_STR(dates("Troops shelled Homs on Tuesday and yesterday.", 20140416),
	          "Tuesday=2014-04-15 | yesterday=2014-04-15");
	CHECK_STR(dates("The siege began in spring 2011, two years ago, in February, and last week.", 20140416),
	          "spring 2011=2011-SP | two years ago=2012 | February=2014-02 | last week=2014-W15");
	CHECK_STR(dates("On 15 Apr 14, 11/02/89 and 2014-04-15 the talks resumed.", 20140416),
	          "15 Apr 14=2014-04-15 | 11/02/89=1989-11-02 | 2014-04-15=2014-04-15");
	CHECK_STR(dates("Three years of unrest and a five-year plan; talks for 24 hours.", 20140416),
	          "Three years=P3Y | five-year=P5Y | 24 hours=PT24H");
	/* spans up to the reference: their days */
	{
		sr_doc *d = NULL;
		sr_timex *tx = NULL;
		size_t n = 0;
		const char *t = "For much of the last two years the siege went on; three years of unrest.";
		CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && sr_timex_find(d, 20140415, &tx, &n) == SR_OK);
		CHECK(n == 2 && tx[0].first == 20120415 && tx[0].last == 20140415 && !strcmp(tx[0].value, "P2Y") &&
		      tx[1].first == 20110416 && tx[1].last == 20140415);
		free(tx);
		sr_doc_free(d);
	}
	CHECK_STR(dates("The army will attack next Friday, now and in the third quarter of 2013.", 20140416),
	          "next Friday=2014-04-18(future) | now=PRESENT_REF | the third quarter of 2013=2013-Q3");
	CHECK_STR(dates("In the 1990s, at 5 p.m. Monday, this morning, every week.", 20140416),
	          "the 1990s=199 | 5 p.m. Monday=2014-04-14T17:00 | this morning=2014-04-16TMO | every week=P1W");
	/* the hour "on" a day is that day's; "the following day" and "two
	 * days later" count from the day the text last named */
	CHECK_STR(dates("Gunmen struck at 9 pm on 4 December 2022. A third died the following day.", 20221210),
	          "9 pm on 4 December 2022=2022-12-04T21:00 | the following day=2022-12-05");
	CHECK_STR(dates("The raid began on 3 May 2021; two days later the town fell.", 20210510),
	          "3 May 2021=2021-05-03 | two days later=2021-05-05");
	/* with no day named before, "the next day" is the reference day's */
	CHECK_STR(dates("Talks resume the next day.", 20140416), "the next day=2014-04-17(future)");
	/* digits after a letter are no count, however many (a fuzzer find: the
	 * count overflowed) */
	CHECK_STR(dates("A x66666666666666666666666666-year plan and a 7x-day truce.", 20140416), "");
	/* a year is not a count */
	CHECK_STR(dates("2014 people were killed in 2013.", 20140416), "2013=2013");
	/* a bad reference day */
	sr_doc *d = NULL;
	sr_timex *tx = NULL;
	size_t n = 0;
	CHECK(sr_analyze("today", 5, NULL, 0, &d) == SR_OK && sr_timex_find(d, 20141399, &tx, &n) == SR_EINVAL);
	sr_doc_free(d);
}

/* The counts of text as "kind best/low/high[c][!reason]" joined by " | ". */
static const char *counts(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_count *c = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_counts_find(d, &c, &n) != SR_OK) {
		sr_doc_free(d);
		return "(failed)";
	}
	size_t k = 0;
	for (size_t i = 0; i < n && k + 120 < sizeof out; i++)
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%s %.0f/%.0f/%.0f%s%s%s", i ? " | " : "",
		                      sr_count_kind_name(c[i].kind), c[i].best, c[i].low, c[i].high,
		                      c[i].cumulative ? "c" : "", c[i].rejected ? "!" : "", c[i].rejected ? c[i].rejected : "");
	free(c);
	sr_doc_free(d);
	return out;
}

TEST(people_counts)
{
	/* hedges: best, low, high (-1 when not said) */
	CHECK_STR(counts("At least 12 people were killed and 30 wounded, killing some 1,400."),
	          "killed -1/12/-1 | wounded 30/-1/-1 | killed 1400/-1/-1");
	CHECK_STR(counts("Up to 30 soldiers are missing; police arrested 200 protesters."),
	          "missing -1/-1/30 | arrested 200/-1/-1");
	/* one person */
	CHECK_STR(counts("A soldier was killed and a young woman was wounded."), "killed 1/-1/-1 | wounded 1/-1/-1");
	/* victims named in a list: one count per phrase, the whole before its part */
	CHECK_STR(counts("Three civilians and a soldier were killed, along with two assailants."),
	          "killed 3/-1/-1 | killed 1/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("Aircraft bombed a house, killing a woman and her four children."),
	          "killed 1/-1/-1 | killed 4/-1/-1");
	CHECK_STR(counts("Five civilians, including three children, were killed."), "killed 5/-1/-1 | killed 3/-1/-1");
	CHECK_STR(counts("Both men died."), "killed 2/-1/-1");
	/* "the" is one person only after a gerund of what happened */
	CHECK_STR(counts("Gunmen fired on a car, killing the driver."), "killed 1/-1/-1");
	CHECK_STR(counts("Players must kill the enemies to unlock the level."), "");
	CHECK_STR(counts("Find the PID and kill the process."), "");
	/* ACLED's figures for vague words */
	CHECK_STR(counts("Dozens were wounded and hundreds of families fled."), "wounded 12/12/-1 | displaced 100/100/-1");
	/* a total over a period is cumulative */
	CHECK_STR(counts("More than 9 million people have been displaced in three years of unrest."),
	          "displaced -1/9000000/-1c");
	/* not people: years, durations, money */
	CHECK_STR(counts("Fighting killed 2014 in the city after three years displaced."),
	          "killed 2014/-1/-1!a year, not a count");
	CHECK_STR(counts("Rebels carrying rewards of Rs 4 lakh killed in encounter."), "");
	CHECK_STR(counts("Police seized $500 stolen from 3 killed traders."), "killed 3/-1/-1");
	/* parts set off by commas; what the victims came to; claims */
	CHECK_STR(counts("Twelve Maoists, four of them women, were killed in an encounter."), "killed 12/-1/-1");
	CHECK_STR(counts("Eight herders were arrested and executed."), "killed 8/-1/-1");
	CHECK_STR(counts("A driver and his son were shot dead."), "killed 1/-1/-1 | killed 1/-1/-1");
	CHECK_STR(counts("A woman accused of sorcery was tortured and killed."), "killed 1/-1/-1");
	CHECK_STR(counts("Seven separatists were 'neutralised'; sources confirmed the deaths of two."),
	          "killed 7/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("A bomber blew himself up, killing three guards along with himself."),
	          "killed 3/-1/-1 | killed 1/-1/-1");
	CHECK_STR(counts("Five policemen were killed along with the bomber."), "killed 5/-1/-1 | killed 1/-1/-1");
	CHECK_STR(counts("A bomber detonated explosives at the gate, killing four soldiers and himself."),
	          "killed 4/-1/-1 | killed 1/-1/-1");
	/* one person named, or told of by "him" */
	CHECK_STR(counts("Student coordinator Abu Sayed was shot dead while standing."), "killed 1/-1/-1");
	CHECK_STR(counts("Activist Berta Caceres, coordinator of COPINH, was shot dead by gunmen."), "killed 1/-1/-1");
	CHECK_STR(counts("Governor Khamis Abakar was abducted and killed in El Geneina."), "killed 1/-1/-1");
	CHECK_STR(counts("Fighters took a former officer from his home and shot him dead."), "killed 1/-1/-1");
	CHECK_STR(counts("Opposition leader Ousmane Sonko was arrested in Dakar."), "arrested 1/-1/-1");
	CHECK_STR(counts("A man shot former Prime Minister Shinzo Abe in Nara. Abe died of his wounds."), "killed 1/-1/-1");
	/* shot, not said to be dead: wounded ("shot at" hit no one) */
	CHECK_STR(counts("Two men were shot in Ciudad Juarez; a woman was shot at."), "wounded 2/-1/-1");
	CHECK_STR(counts("A man was shot outside his home."), "wounded 1/-1/-1");
	/* done to death by the verb before the number */
	CHECK_STR(counts("Attackers hacked 11 civilians to death with machetes."), "killed 11/-1/-1");
	CHECK_STR(counts("Residents seized the men and burned 13 of them to death."), "killed 13/-1/-1");
	CHECK_STR(counts("A crowd beat two men suspected of housebreaking to death."), "killed 2/-1/-1");
	CHECK_STR(counts("An imam was assassinated by gunmen; they assassinated two judges."),
	          "killed 1/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("A mob set him on fire; he died on the way to hospital."), "killed 1/-1/-1");
	CHECK_STR(counts("Four policemen were killed by a suicide bomber. The bomber also died."),
	          "killed 4/-1/-1 | killed 1/-1/-1");
	/* one person in a headline's words, without an article */
	CHECK_STR(counts("Police officer shot dead in Kirkuk."), "killed 1/-1/-1");
	CHECK_STR(counts("Soldiers killed in ambush."), "");
	CHECK_STR(counts("Minister held talks in Doha."), "");
	/* (a verb with an object is the subject's deed, no one's toll) */
	CHECK_STR(counts("Troops killed Boko Haram fighters in Borno."), "");
	/* "several" is three, the least it means; "several dozen" twelve */
	CHECK_STR(counts("Gunmen shot dead several residents, including the village chief."), "killed 3/-1/-1");
	CHECK_STR(counts("Several people were killed in the fighting."), "killed 3/-1/-1");
	CHECK_STR(counts("The army said it had 'neutralised' several assailants."), "killed 3/-1/-1");
	CHECK_STR(counts("The army said it 'neutralised several dozen terrorists'."), "killed 12/-1/-1");
	/* the number after a possessive, and "four of her children" */
	CHECK_STR(counts("A woman and her two children were killed."), "killed 1/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("Airstrikes hit a house, killing a woman and four of her children."),
	          "killed 1/-1/-1 | killed 4/-1/-1");
	/* one person named after what was done, with a role's noun before
	 * the name or a noun phrase after it; one named set off by commas;
	 * a named person in a list */
	CHECK_STR(counts("Gunmen shot dead prominent Rohingya community leader Mohib Ullah at his office."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("A mob lynched Priyantha Kumara, the Sri Lankan manager of a factory."), "killed 1/-1/-1");
	CHECK_STR(counts("Soldiers killed Boko Haram, the army said."), "");
	CHECK_STR(counts("A man, 29-year-old Rex Masai, was shot dead."), "killed 1/-1/-1");
	CHECK_STR(counts("City councillor Marielle Franco and her driver Anderson Gomes were shot dead."),
	          "killed 1/-1/-1 | killed 1/-1/-1");
	/* a name's words before the person; "dead" after the people */
	CHECK_STR(counts("Taliban fighters shot dead a former Afghan National Army soldier outside his home."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("Gang members set homes on fire, shooting several people dead."), "killed 3/-1/-1");
	CHECK_STR(counts("Gunmen shot a man dead in Kano."), "killed 1/-1/-1");
	/* a title's words before a name; an age before one; bodies found */
	CHECK_STR(counts("West Darfur Governor Khamis Abakar was abducted and killed in El Geneina."), "killed 1/-1/-1");
	CHECK_STR(counts("Police shot dead 29-year-old Rex Kanyike Masai as officers dispersed protesters."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("Authorities recovered several bodies in the area."), "killed 3/-1/-1");
	/* a named victim done to death, named ones in a list, and the
	 * others listed with one */
	CHECK_STR(counts("Supporters stoned opposition activist Tinashe Chitsunge to death in Glen View."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("Soldiers opened fire, killing Zoraida Rodriguez and Rolando Garcia."),
	          "killed 1/-1/-1 | killed 1/-1/-1");
	CHECK_STR(counts("The strike killed senior commander Fuad Shukr, two women and two children."),
	          "killed 1/-1/-1 | killed 2/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("Gunmen shot dead journalist Antonio de la Cruz outside his home."), "killed 1/-1/-1");
	/* a side's own dead; a word in quotes; another source's figure with
	 * its noun left out */
	CHECK_STR(counts("The army said it lost two soldiers and 'neutralised' 18 assailants."),
	          "killed 2/-1/-1 | killed 18/-1/-1");
	CHECK_STR(counts("The party lost 20 seats."), "");
	CHECK_STR(counts("Civil society counted 22 bodies; an army spokesman said 17."), "killed 22/-1/-1 | killed 17/-1/-1");
	/* what came days before, "a week after ...": an earlier event's */
	CHECK_STR(counts("Police dispersed students in Dhaka, a week after two college students were killed by a bus."),
	          "killed 2/-1/-1!an earlier event's");
	/* a family of five; a man named by a clause of his own; "the men"
	 * are more than one */
	CHECK_STR(counts("Jets struck a house, killing a family of five."), "killed 5/-1/-1");
	CHECK_STR(counts("An elderly man who tried to stop them was beheaded."), "killed 1/-1/-1");
	CHECK_STR(counts("Police said the men died in a shootout."), "");
	/* a given name opening a sentence; a vague figure in quotes; those
	 * among the dead; a toll gate is a road's */
	CHECK_STR(counts("John Phiri, a teacher, was hacked to death in Lusaka."), "killed 1/-1/-1");
	CHECK_STR(counts("The ministry said 'dozens' of assailants were neutralised."), "killed 12/12/-1");
	CHECK_STR(counts("The army said 45 people, including the two bombers, were killed."),
	          "killed 45/-1/-1 | killed 2/-1/-1");
	CHECK_STR(counts("Amnesty said at least 10 people were killed at the Lekki toll gate."), "killed -1/10/-1");
	CHECK_STR(counts("The toll rose to 10 people killed."), "killed 10/-1/-1c");
	/* the same people set off by dashes; a name, an age and "died"; shot
	 * and died later; a name and an age after the deed; "two of its
	 * fighters"; the dead of a raid days before */
	CHECK_STR(counts("At least four people - three from the Mahar clan and one from the Shar clan - were killed."),
	          "killed -1/4/-1");
	CHECK_STR(counts("BNP activist Rubel Hossain, 28, died of head injuries in hospital."), "killed 1/-1/-1");
	CHECK_STR(counts("Ahmad Rifai, a driver, was shot in Wamena on 15 August and died in hospital hours later."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("Gunmen shot dead Ali Hamdan, 32, outside his shop."), "killed 1/-1/-1");
	CHECK_STR(counts("The Taliban said two of its fighters and five NRF members were killed."),
	          "killed 2/-1/-1 | killed 5/-1/-1");
	CHECK_STR(counts("The fighting came three days after an ADF raid on Mbau in which eight civilians were killed."),
	          "killed 8/-1/-1!an earlier event's");
	/* vague figures in quotes beside another count; "tens" is ten;
	 * a week's tally; an event's overall toll; "beheading"; "one death" */
	CHECK_STR(counts("The defence ministry said one soldier and 'several' assailants were killed."),
	          "killed 1/-1/-1 | killed 3/-1/-1");
	CHECK_STR(counts("A regional official claimed that 'tens' of OLA fighters were killed."), "killed 10/10/-1");
	CHECK_STR(counts("The ministry said 26 'terrorists' had been neutralised in northern Iraq over the past week."),
	          "killed 26/-1/-1c");
	CHECK_STR(counts("Local elders put the overall toll at 11."), "killed 11/-1/-1");
	CHECK_STR(counts("Insurgents raided a village, beheading two men."), "killed 2/-1/-1");
	CHECK_STR(counts("Police confirmed one death."), "killed 1/-1/-1");
	/* taken by someone and killed */
	CHECK_STR(counts("Governor Khamis Abbakar was abducted by Rapid Support Forces fighters and killed in El Geneina."),
	          "killed 1/-1/-1");
	/* "held" with an object is what they did */
	CHECK_STR(counts("Hundreds of protesters held a candlelit procession in Ilorin."), "");
	CHECK_STR(counts("Five men were held in Kano."), "arrested 5/-1/-1");
	/* a surname after a particle */
	CHECK_STR(counts("Marcelo Souza da Silva, president of an association, was shot dead on 3 June 2019."),
	          "killed 1/-1/-1");
	/* a death of illness is no one's violence */
	CHECK_STR(counts("The march was peaceful, though one man died of a heart attack."),
	          "killed 1/-1/-1!a death of illness");
	/* the number after "by" is who did it */
	CHECK_STR(counts("The journalist was shot dead by two gunmen on a motorcycle."), "");
	/* a name set off by two clauses, one with brackets */
	CHECK_STR(counts("Leobardo Reyes, 41, a member of a committee, was shot dead in Tocoa."), "killed 1/-1/-1");
	CHECK_STR(counts("Pa Emmanuel Ndeh, chief of a village near Batibo (Momo division, North-West), was shot dead."),
	          "killed 1/-1/-1");
	/* a town's share of a toll told before it */
	CHECK_STR(counts("Nine people were killed nationwide, four of them in Dakar."), "killed 9/-1/-1 | killed 4/-1/-1");
	/* an earlier event's dead, recalled */
	CHECK_STR(counts("Police detained activists, following protests earlier in the week during which five people "
	                 "were killed."),
	          "killed 5/-1/-1!an earlier event's");
	/* groups joined over "the"; a man and his family, listed */
	CHECK_STR(counts("30 civilians and the three bombers were killed."), "killed 30/-1/-1 | killed 3/-1/-1");
	CHECK_STR(counts("Gunmen shot dead a man, his wife and their son."),
	          "killed 1/-1/-1 | killed 1/-1/-1 | killed 1/-1/-1");
	/* event data's own tally; a toll updated; one of a group */
	CHECK_STR(counts("Fatalities: 3."), "killed 3/-1/-1");
	CHECK_STR(counts("The death toll had risen to 19 by 27 May."), "killed 19/-1/-1");
	/* vague words after the verb; a participle's phrase after the people;
	 * animals are no people */
	CHECK_STR(counts("Gunmen attacked the village, killing dozens."), "killed 12/12/-1");
	/* a war's toll */
	CHECK_STR(counts("The UN estimates that the war has killed more than 150,000 people."), "killed -1/150000/-1c");
	CHECK_STR(counts("Four farmers working on their land near Konduga (Konduga, Borno) were killed."),
	          "killed 4/-1/-1");
	CHECK_STR(counts("Bandits raided the village, killing 12 cattle."), "killed 12/-1/-1!animals, not people");
	CHECK_STR(counts("Villagers lynched two suspected cattle thieves."), "killed 2/-1/-1");
	/* one more named after "and the"; people "of a family"; "both of
	 * whom"; "leaving several dead"; "burned alive" */
	CHECK_STR(counts("Eight DRG personnel and the civilian driver of the hired vehicle were killed."),
	          "killed 8/-1/-1 | killed 1/-1/-1");
	CHECK_STR(counts("Four members of a family were shot dead inside their home."),
	          "killed 4/-1/-1 | killed 1/-1/-1!one of a count told whole");
	CHECK_STR(counts("Troops exchanged fire with two suspected militants, both of whom were killed."),
	          "killed 2/-1/-1 | killed 2/-1/-1!the same people again");
	CHECK_STR(counts("A mob beat two men accused of theft; both died in hospital."), "killed 2/-1/-1");
	CHECK_STR(counts("Gunmen fought in communities near the town, leaving several dead."), "killed 3/-1/-1");
	CHECK_STR(counts("Residents stoned and burned alive at least 13 suspected gang members."), "killed -1/13/-1");
	CHECK_STR(counts("Soldiers returned fire and one of the gunmen was reportedly killed."), "killed 1/-1/-1");
	/* the second of two deeds done to one person; a figure broken down
	 * after a colon is the figure, its parts told again */
	CHECK_STR(counts("A man was tied to a post and beaten to death by residents on Sunday."), "killed 1/-1/-1");
	CHECK_STR(counts("Imbonerakure members beat to death FNL activist Jean-Claude Niyonzima in Muyinga on Monday."),
	          "killed 1/-1/-1");
	CHECK_STR(counts("Residents seized 13 suspected gang members at a checkpoint and burned them to death."),
	          "killed 13/-1/-1");
	CHECK_STR(counts("Soldiers arrested five men and took them to the base."), "arrested 5/-1/-1");
	CHECK_STR(counts("A monitor said six were killed: four tribal fighters and two SDF members."),
	          "killed 6/-1/-1 | killed 4/-1/-1!a part of the figure before the colon | "
	          "killed 2/-1/-1!a part of the figure before the colon");
	/* one person of two roles; a body that reports is no victim */
	CHECK_STR(counts("An indigenous guard member and community leader was shot dead by gunmen."), "killed 1/-1/-1");
	CHECK_STR(counts("According to the ICRC, 51 people were killed."), "killed 51/-1/-1");
}

/* The sources of text as "who/type/status" joined by " | ". */
static const char *sources(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_source *v = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_sources_find(d, &v, &n) != SR_OK) {
		sr_doc_free(d);
		return "(failed)";
	}
	size_t k = 0;
	for (size_t i = 0; i < n && k + 120 < sizeof out; i++)
		k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s/%s/%s", i ? " | " : "", (int)(v[i].end - v[i].start),
		                      text + v[i].start, sr_source_type_name(v[i].type), sr_source_status_name(v[i].status));
	free(v);
	sr_doc_free(d);
	return out;
}

TEST(attribution)
{
	if (!sr_lexicon_available())
		return; /* parts_of_speech has said why */
	CHECK_STR(sources("Troops shelled Homs, activists said. The army advanced, Syrian state television reported."),
	          "activists/activists/unverified | Syrian state television/state_media/claimed");
	CHECK_STR(sources("At least 150,000 died, according to the Syrian Observatory for Human Rights."),
	          "the Syrian Observatory for Human Rights/monitor/reported");
	CHECK_STR(sources("The ministry denied that troops shelled the market. Reuters reported the blast."),
	          "The ministry/party/denied | Reuters/news_agency/reported");
	CHECK_STR(sources("The UN said the videos could not be independently verified."), "The UN/igo/unverified");
	/* what a reporting clause governs points at it */
	sr_doc *d = NULL;
	const char *t = "Government warplanes bombed the town, activists said.";
	sr_source *v = NULL;
	size_t n = 0;
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && sr_sources_find(d, &v, &n) == SR_OK && n == 1);
	CHECK(d && sr_source_of(d, v, n, 0, 22) == 0); /* "bombed" */
	free(v);
	sr_doc_free(d);
}

TEST(bounds)
{
	/* a megabyte without punctuation, ten thousand names, nested quotes:
	 * linear, bounded */
	size_t n = 1 << 20;
	char *big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = (i % 7 == 6) ? ' ' : 'a' + (char)(i % 5);
	big[n] = '\0';
	sr_doc *d = NULL;
	CHECK(sr_analyze(big, n, NULL, 0, &d) == SR_OK && d->n_sentences == 1 && d->n_tokens > 100000);
	sr_doc_free(d);
	size_t k = 0;
	for (int i = 0; i < 10000 && k + 40 < n; i++)
		k += (size_t)snprintf(big + k, n - k, "Ahmad al-Khatib %d, ", i);
	CHECK(sr_analyze(big, k, NULL, 0, &d) == SR_OK && d->n_numbers == 10000);
	sr_doc_free(d);
	k = 0;
	for (int i = 0; i < 50000; i++)
		big[k++] = i % 2 ? '\'' : '"';
	CHECK(sr_analyze(big, k, NULL, 0, &d) == SR_OK && d->n_tokens == 50000);
	sr_doc_free(d);
	CHECK(sr_analyze("", 0, NULL, 0, &d) == SR_OK && d->n_sentences == 0);
	sr_doc_free(d);
	free(big);
}

int main(void)
{
	RUN(splitting);
	RUN(datelines);
	RUN(headlines);
	RUN(tokenizing);
	RUN(numbers_read);
	RUN(parts_of_speech);
	RUN(clause_structure);
	RUN(temporal_expressions);
	RUN(people_counts);
	RUN(attribution);
	RUN(bounds);
	return h_summary("nlp");
}
