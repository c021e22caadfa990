/* dict_test.c: TABARI/PETRARCH dictionaries: the five kinds read from
 * fixtures written here (phrases, synonyms, date restrictions, plurals,
 * substitutions, synsets, verb forms, patterns, discards, issues), every
 * malformed line reported with file:line, and, when ../shared is there,
 * PETRARCH's own validation and full Phoenix dictionaries (counts, load
 * time printed; the time is measured in bench/, not asserted here). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "harness.h"
#include "sitrep.h"

static const char *fixtures;

/* Look a phrase (blank-separated) up; the entry, or -1 when it does not
 * match whole. */
static int32_t lookup(const sr_dict *d, sr_dict_kind k, const char *phrase)
{
	const char *w[32];
	size_t l[32], n = 0;
	char buf[512];
	snprintf(buf, sizeof buf, "%s", phrase);
	for (char *p = strtok(buf, " "); p && n < 32; p = strtok(NULL, " ")) {
		w[n] = p;
		l[n++] = strlen(p);
	}
	int32_t e = -1;
	size_t m = sr_dict_match(d, k, w, l, n, &e);
	return m == n ? e : -1;
}

static bool has_warning(const sr_dict *d, const char *needle)
{
	const char *const *w;
	size_t n = sr_dict_warnings(d, &w);
	for (size_t i = 0; i < n; i++)
		if (strstr(w[i], needle))
			return true;
	return false;
}

TEST(fixture_dictionaries)
{
	sr_dict *d = NULL;
	CHECK(sr_dict_new(&d) == SR_OK);
	CHECK(sr_dict_load(d, fixtures, SR_DICT_AUTO) == SR_OK);
	/* actors: phrases, synonyms, codes by date */
	int32_t a = lookup(d, SR_DICT_ACTORS, "Arnor");
	CHECK(a >= 0 && strcmp(sr_dict_actor_code(d, a, 20140101), "ARN") == 0);
	CHECK(lookup(d, SR_DICT_ACTORS, "ARNORIAN") == a);
	CHECK(lookup(d, SR_DICT_ACTORS, "Minas Tirith") >= 0);
	int32_t e = lookup(d, SR_DICT_ACTORS, "Elrond Halfelven");
	CHECK(e >= 0);
	CHECK_STR(sr_dict_actor_code(d, e, 19550601), "ARNGOV");
	CHECK_STR(sr_dict_actor_code(d, e, 19700101), "GONGOV");
	CHECK_STR(sr_dict_actor_code(d, e, 19601231), "ARNGOV"); /* inclusive */
	CHECK_STR(sr_dict_actor_code(d, e, 19610101), "GONGOV");
	CHECK_STR(sr_dict_actor_code(d, e, 19400101), "ARN");    /* the default */
	/* a stem: FORNOST (no final '_') matches FORNOSTIANS */
	CHECK(lookup(d, SR_DICT_ACTORS, "Fornostians") == a);
	CHECK(lookup(d, SR_DICT_ACTORS, "Arnorians") == -1); /* ARNORIAN_ is whole-word */
	/* agents: plurals, {}, explicit plurals, substitutions, ~ placement */
	int before = -1;
	int32_t g = lookup(d, SR_DICT_AGENTS, "soldiers");
	CHECK(g >= 0 && strcmp(sr_dict_agent_code(d, g, &before), "MIL") == 0 && before == 0);
	CHECK(lookup(d, SR_DICT_AGENTS, "militias") >= 0);
	CHECK(lookup(d, SR_DICT_AGENTS, "police") >= 0 && lookup(d, SR_DICT_AGENTS, "polices") == -1);
	CHECK(lookup(d, SR_DICT_AGENTS, "attorneys general") >= 0);
	CHECK(lookup(d, SR_DICT_AGENTS, "congresswomen") >= 0);
	g = lookup(d, SR_DICT_AGENTS, "human rights body");
	CHECK(g >= 0 && strcmp(sr_dict_agent_code(d, g, &before), "NGO") == 0 && before == 1);
	/* verbs: regular and given forms, phrases with +, codes */
	const char *block = NULL;
	int32_t v = lookup(d, SR_DICT_VERBS, "shelled");
	CHECK(v >= 0 && strcmp(sr_dict_verb_code(d, v, &block), "190") == 0 && strcmp(block, "ATTACK") == 0);
	CHECK(lookup(d, SR_DICT_VERBS, "bombarding") >= 0 && lookup(d, SR_DICT_VERBS, "attacks") >= 0);
	CHECK(lookup(d, SR_DICT_VERBS, "fought") >= 0);
	CHECK(lookup(d, SR_DICT_VERBS, "cordoned off") >= 0);
	v = lookup(d, SR_DICT_VERBS, "withdrew");
	CHECK(v == -1); /* irregular without {...}: only the regular forms */
	v = lookup(d, SR_DICT_VERBS, "withdraws");
	CHECK(v >= 0 && strcmp(sr_dict_verb_code(d, v, NULL), "---") == 0);
	/* discards and issues */
	int32_t x = lookup(d, SR_DICT_DISCARDS, "world cup");
	CHECK(x >= 0 && sr_dict_discard_story(d, x));
	x = lookup(d, SR_DICT_DISCARDS, "baseball");
	CHECK(x >= 0 && !sr_dict_discard_story(d, x));
	CHECK(lookup(d, SR_DICT_ISSUES, "schools") >= 0 && lookup(d, SR_DICT_ISSUES, "school") >= 0);
	x = lookup(d, SR_DICT_ISSUES, "pre-k");
	CHECK(x >= 0 && strcmp(sr_dict_issue_code(d, x), "EARLY_EDUCATION") == 0);
	CHECK(lookup(d, SR_DICT_ISSUES, "prek") >= 0 && lookup(d, SR_DICT_ISSUES, "pre k") >= 0);
	/* every malformed line, with file and line */
	CHECK(has_warning(d, "test.actors.txt:12: unreadable date restriction '[ARNGOV 2004017-20061201]'"));
	CHECK(has_warning(d, "test.actors.txt:13: unreadable date restriction '[ARNMIL <991301]'"));
	CHECK(has_warning(d, "test.actors.txt:14: unclosed '['"));
	CHECK(has_warning(d, "test.agents.txt:9: agent without a [code]"));
	CHECK(has_warning(d, "test.agents.txt:10: undefined substitution set"));
	CHECK(has_warning(d, "test.verbs.txt:15: undefined synset &UNDEFINED: pattern left out"));
	CHECK(has_warning(d, "test.verbs.txt:16: pattern without a [code]"));
	CHECK(has_warning(d, "test.verbs.txt:17: pattern without '*'"));
	CHECK(has_warning(d, "test.verbs.txt:18: unreadable pattern (two '*'"));
	CHECK(has_warning(d, "test.IssueCoding.txt:5: issue without a [code]"));
	sr_dict_stats st;
	sr_dict_stats_get(d, &st);
	CHECK(st.patterns == 2 && st.transformations == 1 && st.synsets == 2 && st.verb_blocks == 2);
	const char *const *w;
	size_t nw = sr_dict_warnings(d, &w);
	for (size_t i = 0; i < nw; i++)
		printf("  warning: %s\n", w[i]);
	sr_dict_free(d);
}

TEST(bad_files)
{
	sr_dict *d = NULL;
	sr_dict_new(&d);
	CHECK(sr_dict_load(d, "/nonexistent/x.actors.txt", SR_DICT_AUTO) == SR_EIO);
	CHECK(strstr(sr_dict_error(d), "x.actors.txt") != NULL);
	CHECK(sr_dict_load_mem(d, "mystery.txt", "A [B]", 5, SR_DICT_AUTO) == SR_EINVAL);
	/* binary garbage, a 1 MB line, ten thousand bad lines: reported, bounded */
	size_t n = 1 << 20;
	char *junk = malloc(n);
	for (size_t i = 0; i < n; i++)
		junk[i] = (char)((i * 2654435761u) >> 13);
	for (int k = SR_DICT_ACTORS; k <= SR_DICT_ISSUES; k++)
		CHECK(sr_dict_load_mem(d, "junk.txt", junk, n, (sr_dict_kind)k) == SR_OK);
	sr_dict_free(d);
	sr_dict_new(&d);
	memset(junk, 'A', n);
	CHECK(sr_dict_load_mem(d, "long.actors.txt", junk, n, SR_DICT_AUTO) == SR_OK);
	CHECK(has_warning(d, "long.actors.txt:1: line longer than 64 KB"));
	free(junk);
	sr_dict_free(d);
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

TEST(petrarch_dictionaries)
{
	char p[1024];
	snprintf(p, sizeof p, "%s/../../../../shared/data/petrarch2", fixtures);
	struct stat s;
	if (stat(p, &s) != 0) {
		printf("SKIP: no PETRARCH dictionaries at %s\n", p);
		return;
	}
	static const char *const validate[] = {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
	                                       "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"};
	sr_dict *d = NULL;
	sr_dict_new(&d);
	for (size_t i = 0; i < 4; i++) {
		char f[1200];
		snprintf(f, sizeof f, "%s/%s", p, validate[i]);
		CHECK(sr_dict_load(d, f, SR_DICT_AUTO) == SR_OK);
	}
	sr_dict_stats st;
	sr_dict_stats_get(d, &st);
	printf("  PETR.Validate: %zu actors, %zu agents, %zu verb forms, %zu patterns, %zu warnings\n", st.actors,
	       st.agents, st.verb_forms, st.patterns, st.warnings);
	CHECK(st.actors > 50 && st.agents > 50 && st.patterns > 100);
	int32_t a = lookup(d, SR_DICT_ACTORS, "Arnor");
	CHECK(a >= 0 && strcmp(sr_dict_actor_code(d, a, 20140101), "ARN") == 0);
	sr_dict_free(d);

	/* the full set users load */
	static const char *const full[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	                                   "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
	                                   "Phoenix.discards.txt",     "Phoenix.IssueCoding.txt", "CAMEO.2.0.txt"};
	sr_dict_new(&d);
	double t0 = now();
	for (size_t i = 0; i < sizeof full / sizeof *full; i++) {
		char f[1200];
		snprintf(f, sizeof f, "%s/%s", p, full[i]);
		CHECK(sr_dict_load(d, f, SR_DICT_AUTO) == SR_OK);
	}
	double t = now() - t0;
	sr_dict_stats_get(d, &st);
	printf("  Phoenix + CAMEO 2.0: %zu actors (%zu phrases, %zu date restrictions), %zu agents, %zu verb forms, %zu "
	       "patterns, %zu discards, %zu issues, %zu words, %zu warnings, loaded in %.3f s\n",
	       st.actors, st.actor_phrases, st.restrictions, st.agents, st.verb_forms, st.patterns, st.discards, st.issues,
	       st.words, st.warnings, t);
	CHECK(st.actors > 10000 && st.patterns > 4000 && st.issues > 100);
	int32_t o = lookup(d, SR_DICT_ACTORS, "Afghanistan");
	CHECK(o >= 0 && strcmp(sr_dict_actor_code(d, o, 20140101), "AFG") == 0);
	int32_t k = lookup(d, SR_DICT_ACTORS, "Hamid Karzai");
	printf("  Hamid Karzai in 2010: %s\n", k >= 0 ? sr_dict_actor_code(d, k, 20100101) : "(none)");
	CHECK(k >= 0 && sr_dict_actor_code(d, k, 20100101) != NULL);
	const char *const *w;
	size_t nw = sr_dict_warnings(d, &w);
	for (size_t i = 0; i < nw && i < 8; i++)
		printf("  warning: %s\n", w[i]);
	sr_dict_free(d);
}

int main(int argc, char **argv)
{
	fixtures = argc > 1 ? argv[1] : "tests/fixtures/dict";
	RUN(fixture_dictionaries);
	RUN(bad_files);
	RUN(petrarch_dictionaries);
	return h_summary("dict");
}
