/* petrarch_eval: PETRARCH2's unit-test records coded from their raw text
 * (not the given parse) with the PETR.Validate dictionaries.
 *
 *   petrarch_eval PETRARCH_DIR [--show N] [--min PCT]
 *   petrarch_eval PETRARCH_DIR --speed SECONDS
 *
 * A record is right when sitrep gives exactly its set of (source, target,
 * code) triples (records that expect nothing must give nothing).  Prints
 * the share right, by category, and the first N failures; exits 1 below
 * --min, 77 (ctest's skip) when the data is absent.  --speed loads the
 * full Phoenix dictionaries and CAMEO 2.0 (timing the load) and codes the
 * newswire sentences of GigaWord.sample.PETR.xml, with the language core,
 * again and again for SECONDS: sentences/s on one thread, and peak RSS. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

typedef struct triple {
	char s[32], t[32], c[8];
} triple;

static int cmp_triple(const void *a, const void *b)
{
	const triple *x = a, *y = b;
	int r = strcmp(x->s, y->s);
	if (!r)
		r = strcmp(x->t, y->t);
	if (!r)
		r = strcmp(x->c, y->c);
	return r;
}

/* The value of attr="..." in [p, end). */
static void attr(const char *p, const char *end, const char *name, char *out, size_t cap)
{
	out[0] = '\0';
	char key[40];
	snprintf(key, sizeof key, "%s=\"", name);
	const char *a = p;
	size_t kl = strlen(key);
	while (a && a < end) {
		a = strstr(a, key);
		if (!a || a >= end)
			return;
		if (a == p || a[-1] == ' ' || a[-1] == '\t' || a[-1] == '\n')
			break;
		a += kl;
	}
	a += kl;
	const char *q = strchr(a, '"');
	if (!q || q > end)
		return;
	snprintf(out, cap, "%.*s", (int)(q - a), a);
}

static double wall(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int speed(const char *dir, double seconds)
{
	static const char *const full[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	                                   "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
	                                   "Phoenix.discards.txt", "Phoenix.IssueCoding.txt", "CAMEO.2.0.txt"};
	sr_dict *d = NULL;
	sr_dict_new(&d);
	double t0 = wall();
	for (size_t i = 0; i < sizeof full / sizeof *full; i++) {
		char f[2200];
		snprintf(f, sizeof f, "%s/%s", dir, full[i]);
		if (sr_dict_load(d, f, SR_DICT_AUTO) != SR_OK) {
			printf("SKIP: %s\n", sr_dict_error(d));
			return 77;
		}
	}
	double load = wall() - t0;
	char path[2200];
	snprintf(path, sizeof path, "%s/GigaWord.sample.PETR.xml", dir);
	size_t len = 0;
	char *xml = tu_slurp(path, &len);
	if (!xml)
		return 77;
	xml = realloc(xml, len + 1);
	xml[len] = '\0';
	/* the texts */
	char *texts[256];
	size_t lens[256], nt = 0;
	for (char *p = strstr(xml, "<Text>"); p && nt < 256; p = strstr(p + 1, "<Text>")) {
		char *e = strstr(p, "</Text>");
		if (!e)
			break;
		texts[nt] = p + 6;
		lens[nt++] = (size_t)(e - p - 6);
	}
	long sentences = 0, events = 0;
	t0 = wall();
	double t;
	do {
		for (size_t i = 0; i < nt; i++) {
			sr_doc *doc = NULL;
			sr_event *ev = NULL;
			size_t ne = 0;
			if (sr_analyze(texts[i], lens[i], NULL, 0, &doc) != SR_OK)
				continue;
			sentences += (long)doc->n_sentences;
			if (sr_code(d, doc, 20080801, 0, &ev, &ne) == SR_OK)
				events += (long)ne;
			free(ev);
			sr_doc_free(doc);
		}
		t = wall() - t0;
	} while (t < seconds);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"dictionaries_load_s\":%.3f,\"sentences\":%ld,\"events\":%ld,\"seconds\":%.3f,"
	       "\"sentences_per_s\":%.0f,\"peak_rss_mb\":%.1f}\n",
	       load, sentences, events, t, (double)sentences / t, (double)ru.ru_maxrss / 1024.0);
	sr_dict_free(d);
	free(xml);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[2], "--speed") == 0)
		return speed(argv[1], atof(argv[3]));
	if (argc < 2) {
		fprintf(stderr, "usage: petrarch_eval PETRARCH_DIR [--show N] [--min PCT]\n");
		return 2;
	}
	int show = 0;
	double min = 0;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--min") == 0)
			min = atof(argv[i + 1]);
	}
	char path[2048];
	snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", argv[1]);
	size_t len = 0;
	char *xml = tu_slurp(path, &len);
	if (!xml) {
		printf("SKIP: no PETRARCH unit-test records at %s\n", path);
		return 77;
	}
	xml = realloc(xml, len + 1);
	xml[len] = '\0';
	sr_dict *d = NULL;
	sr_dict_new(&d);
	static const char *const files[] = {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
	                                    "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"};
	for (size_t i = 0; i < 4; i++) {
		char f[2200];
		snprintf(f, sizeof f, "%s/%s", argv[1], files[i]);
		if (sr_dict_load(d, f, SR_DICT_AUTO) != SR_OK) {
			fprintf(stderr, "%s\n", sr_dict_error(d));
			return 1;
		}
	}
	struct cat {
		char name[24];
		int n, ok;
	} cats[32];
	int n_cats = 0, total = 0, right = 0, shown = 0;
	long sentences = 0;
	double t0 = (double)clock() / CLOCKS_PER_SEC;
	/* the records' own configuration: <Config option="require_dyad"
	 * value="false"> holds for the records after it, until changed */
	bool require_dyad = true;
	const char *cfg_from = xml;
	for (const char *p = strstr(xml, "<Sentence "); p; p = strstr(p + 1, "<Sentence ")) {
		const char *end = strstr(p, "</Sentence>");
		if (!end)
			break;
		for (const char *cf = strstr(cfg_from, "<Config "); cf && cf < p; cf = strstr(cf + 1, "<Config ")) {
			const char *ce = strchr(cf, '>');
			char opt[32], val[16];
			attr(cf, ce, "option", opt, sizeof opt);
			attr(cf, ce, "value", val, sizeof val);
			if (strcmp(opt, "require_dyad") == 0)
				require_dyad = !(val[0] == 'f' || val[0] == 'F');
		}
		cfg_from = p;
		const char *tag_end = strchr(p, '>');
		char id[64], cat[24], date[16];
		attr(p, tag_end, "id", id, sizeof id);
		attr(p, tag_end, "category", cat, sizeof cat);
		attr(p, tag_end, "date", date, sizeof date);
		/* expected triples */
		triple want[16];
		int nw = 0;
		for (const char *e = strstr(p, "<EventCoding"); e && e < end && nw < 16; e = strstr(e + 1, "<EventCoding")) {
			const char *ee = strchr(e, '>');
			attr(e, ee, "sourcecode", want[nw].s, sizeof want[nw].s);
			attr(e, ee, "targetcode", want[nw].t, sizeof want[nw].t);
			attr(e, ee, "eventcode", want[nw].c, sizeof want[nw].c);
			if (want[nw].c[0])
				nw++;
		}
		const char *ts = strstr(p, "<Text>");
		const char *te = ts ? strstr(ts, "</Text>") : NULL;
		if (!ts || !te || te > end)
			continue;
		ts += 6;
		/* the text, lines joined */
		char text[8192];
		size_t tn = 0;
		for (const char *q = ts; q < te && tn + 1 < sizeof text; q++) {
			/* the XML escapes */
			if (*q == '&') {
				static const struct {
					const char *e;
					char c;
				} E[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
				size_t k = 0;
				while (k < 5 && strncmp(q, E[k].e, strlen(E[k].e)) != 0)
					k++;
				if (k < 5) {
					text[tn++] = E[k].c;
					q += strlen(E[k].e) - 1;
					continue;
				}
			}
			text[tn++] = *q == '\n' ? ' ' : *q;
		}
		text[tn] = '\0';
		sr_doc *doc = NULL;
		sr_event *ev = NULL;
		size_t ne = 0;
		triple got[64];
		int ng = 0;
		if (sr_analyze(text, tn, NULL, 0, &doc) == SR_OK) {
			sentences += (long)doc->n_sentences;
			if (sr_code(d, doc, atoi(date), SR_CODE_STRICT | (require_dyad ? 0 : SR_CODE_NO_DYAD), &ev, &ne) ==
			    SR_OK)
				for (size_t i = 0; i < ne && ng < 64; i++) {
					if (ev[i].negated)
						continue;
					snprintf(got[ng].s, sizeof got[ng].s, "%s", ev[i].source.code);
					snprintf(got[ng].t, sizeof got[ng].t, "%s", ev[i].target.code[0] ? ev[i].target.code : "---");
					snprintf(got[ng].c, sizeof got[ng].c, "%s", ev[i].cameo);
					ng++;
				}
		}
		qsort(want, (size_t)nw, sizeof *want, cmp_triple);
		qsort(got, (size_t)ng, sizeof *got, cmp_triple);
		/* duplicates count once */
		int ug = 0;
		for (int i = 0; i < ng; i++)
			if (!ug || cmp_triple(&got[ug - 1], &got[i]))
				got[ug++] = got[i];
		bool ok = ug == nw;
		for (int i = 0; ok && i < nw; i++)
			ok = cmp_triple(&want[i], &got[i]) == 0;
		total++;
		right += ok;
		int c = 0;
		while (c < n_cats && strcmp(cats[c].name, cat))
			c++;
		if (c == n_cats && n_cats < 32) {
			snprintf(cats[n_cats].name, sizeof cats[0].name, "%s", cat);
			cats[n_cats].n = cats[n_cats].ok = 0;
			n_cats++;
		}
		if (c < 32) {
			cats[c].n++;
			cats[c].ok += ok;
		}
		if (!ok && shown < show) {
			shown++;
			printf("FAIL %s: %s\n  want:", id, text);
			for (int i = 0; i < nw; i++)
				printf(" %s>%s %s", want[i].s, want[i].t, want[i].c);
			printf("\n  got: ");
			for (int i = 0; i < ug; i++)
				printf(" %s>%s %s", got[i].s, got[i].t, got[i].c);
			for (size_t i = 0; i < ne && i < 4; i++)
				printf(" [%s]", ev[i].rule);
			printf("\n");
		}
		free(ev);
		sr_doc_free(doc);
	}
	double t = (double)clock() / CLOCKS_PER_SEC - t0;
	printf("PETRARCH unit tests: %d of %d records right (%.1f%%), %ld sentences in %.3f s\n", right, total,
	       total ? 100.0 * right / total : 0, sentences, t);
	for (int c = 0; c < n_cats; c++)
		printf("  %-10s %3d of %3d\n", cats[c].name, cats[c].ok, cats[c].n);
	eval_result("petrarch", "records_pct", total ? 100.0 * right / total : 0, min);
	sr_dict_free(d);
	free(xml);
	return total && 100.0 * right / total >= min ? 0 : 1;
}
