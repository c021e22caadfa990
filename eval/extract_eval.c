/* extract_eval: the quality of `sitrep extract` on trafilatura's
 * evaluation corpus (990 pages), scored as the corpus' authors do (see
 * shared/data/README.md); or a peer's texts, scored the same way.
 *
 *   extract_eval CORPUS_DIR [--min-f1 F] [--show-misses N] [--texts DIR] [--limit N]
 *
 * Exits 1 when F1 is below --min-f1, 77 (ctest's skip) when the corpus is
 * absent. */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "corpus.h"
#include "eval.h"

typedef struct counts {
	long tp, fn, fp, tn;
} counts;

static void report(const char *label, const counts *c)
{
	double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
	double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	double acc = (double)(c->tp + c->tn) / (double)(c->tp + c->tn + c->fp + c->fn);
	printf("%-8s precision %.3f recall %.3f F1 %.3f accuracy %.3f (TP %ld FN %ld FP %ld TN %ld)\n", label, p, r, f,
	       acc, c->tp, c->fn, c->fp, c->tn);
}

static double f1_of(const counts *c)
{
	double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
	double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

typedef struct langcount {
	char lang[8];
	counts c;
	int pages;
} langcount;

static int cmp_lang(const void *a, const void *b)
{
	return ((const langcount *)b)->pages - ((const langcount *)a)->pages;
}

static const char *text_dir; /* score texts from files instead (a peer's output) */

static char *peer_text(const page *p)
{
	char path[4096];
	size_t fl = strlen(p->file);
	size_t base = fl > 8 && strcmp(p->file + fl - 8, ".html.gz") == 0 ? fl - 8 : fl;
	snprintf(path, sizeof path, "%s/%.*s.txt", text_dir, (int)base, p->file);
	size_t len = 0;
	char *t = tu_slurp(path, &len);
	if (!t)
		return NULL;
	char *c = tu_collapse(t, len);
	free(t);
	return c;
}

static int eval(page *p, size_t n, double min_f1, int show)
{
	sr_ctx *ctx;
	if (sr_ctx_new(&ctx) != SR_OK)
		return 3;
	counts all = {0};
	langcount langs[64];
	size_t nl = 0;
	int failed = 0;
	for (size_t i = 0; i < n; i++) {
		sr_article *a = NULL;
		sr_extract_opts o = {.url = p[i].url, .name = p[i].file};
		char *text = NULL;
		const char *lang = "??";
		if (text_dir) {
			text = peer_text(&p[i]);
			if (!text) {
				failed++;
				text = strdup("");
			}
		} else if (p[i].data && sr_extract(ctx, p[i].data, p[i].len, &o, &a) == SR_OK) {
			text = tu_collapse(a->text, a->text_len);
			if (a->language)
				lang = a->language;
		} else {
			failed++;
			text = strdup("");
		}
		counts c = {0};
		size_t k;
		json_t *s;
		json_array_foreach(p[i].with, k, s)
		{
			const char *sn = json_string_value(s);
			char *cs = tu_collapse(sn, strlen(sn));
			if (strstr(text, cs))
				c.tp++;
			else {
				c.fn++;
				if (show > 0)
					printf("MISS %s: %s\n", p[i].file, cs);
			}
			free(cs);
		}
		json_array_foreach(p[i].without, k, s)
		{
			const char *sn = json_string_value(s);
			char *cs = tu_collapse(sn, strlen(sn));
			if (strstr(text, cs)) {
				c.fp++;
				if (show > 0)
					printf("JUNK %s: %s\n", p[i].file, cs);
			} else
				c.tn++;
			free(cs);
		}
		if (show > 0 && (c.fn || c.fp))
			show--;
		all.tp += c.tp;
		all.fn += c.fn;
		all.fp += c.fp;
		all.tn += c.tn;
		size_t j = 0;
		while (j < nl && strcmp(langs[j].lang, lang) != 0)
			j++;
		if (j == nl && nl < 64) {
			snprintf(langs[nl].lang, sizeof langs[nl].lang, "%s", lang);
			memset(&langs[nl].c, 0, sizeof langs[nl].c);
			langs[nl].pages = 0;
			nl++;
		}
		if (j < nl) {
			langs[j].c.tp += c.tp;
			langs[j].c.fn += c.fn;
			langs[j].c.fp += c.fp;
			langs[j].c.tn += c.tn;
			langs[j].pages++;
		}
		free(text);
		sr_article_free(a);
	}
	sr_ctx_free(ctx);
	printf("pages %zu, failed to extract %d\n", n, failed);
	report("all", &all);
	qsort(langs, nl, sizeof langs[0], cmp_lang);
	for (size_t j = 0; j < nl; j++) {
		if (langs[j].pages < 5)
			continue;
		char label[64];
		snprintf(label, sizeof label, "%.7s(%d)", langs[j].lang, langs[j].pages);
		report(label, &langs[j].c);
	}
	double f = f1_of(&all);
	eval_result("extraction", "f1", f, min_f1);
	if (min_f1 > 0 && f < min_f1) {
		printf("FAIL: F1 %.4f is below the floor %.4f\n", f, min_f1);
		return 1;
	}
	if (min_f1 > 0)
		printf("OK: F1 %.4f meets the floor %.4f\n", f, min_f1);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: extract_eval CORPUS_DIR [--min-f1 F] [--show-misses N] [--texts DIR] [--limit N]\n");
		return 2;
	}
	double min_f1 = 0;
	int show = 0;
	size_t limit = 0, n = 0, all = 0;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--min-f1") == 0)
			min_f1 = atof(argv[i + 1]);
		else if (strcmp(argv[i], "--show-misses") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--texts") == 0)
			text_dir = argv[i + 1];
		else if (strcmp(argv[i], "--limit") == 0)
			limit = (size_t)atol(argv[i + 1]);
	}
	page *p = corpus_open(argv[1], limit, &n, &all);
	if (!p)
		return 77;
	int rc = eval(p, n, min_f1, show);
	corpus_free(p, all);
	return rc;
}
