/* timex_eval: sitrep's temporal expressions against TimeBank (TempEval-3
 * training data, ../shared/data/time-dev/TimeBank, one .tml file each: 183 newswire
 * documents; the <DCT> TIMEX3 is the publication date, each inline
 * <TIMEX3 type= value=> a gold expression).
 *
 *   timex_eval TIME_DEV_DIR [--show N] [--min ACC]
 *
 * The text between <TEXT> and </TEXT>, tags removed and entities decoded,
 * is analysed and its expressions found against the DCT.  Prints span
 * precision, recall and F1 (strict: the same bytes; overlap: sharing
 * some), and on overlapping pairs the accuracy of `value`, for all types
 * and for DATE.  With --min, exit 1 when the DATE value accuracy is below
 * it; 77 (ctest's skip) without the data. */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

typedef struct gold {
	size_t start, end;
	char type[12], value[32];
	bool used;
} gold;

static void attr(const char *tag, const char *tag_end, const char *name, char *out, size_t cap)
{
	out[0] = '\0';
	char key[40];
	snprintf(key, sizeof key, " %s=\"", name);
	const char *p = strstr(tag, key);
	if (!p || p > tag_end)
		return;
	p += strlen(key);
	const char *q = strchr(p, '"');
	if (!q || q > tag_end)
		return;
	snprintf(out, cap, "%.*s", (int)(q - p), p);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: timex_eval TIME_DEV_DIR [--show N] [--min ACC]\n");
		return 2;
	}
	int show = 0;
	double min = -1;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--min") == 0)
			min = atof(argv[i + 1]);
	}
	char dir[2048];
	snprintf(dir, sizeof dir, "%s/TimeBank", argv[1]);
	DIR *dh = opendir(dir);
	if (!dh) {
		printf("SKIP: no TimeBank at %s\n", dir);
		return 77;
	}
	char *names[1024];
	size_t nn = 0;
	for (struct dirent *e; (e = readdir(dh)) && nn < 1024;)
		if (strstr(e->d_name, ".tml"))
			names[nn++] = strdup(e->d_name);
	closedir(dh);
	qsort(names, nn, sizeof *names, cmp_names);
	long n_gold = 0, n_ours = 0, strict = 0, overlap = 0, val_all = 0, val_all_ok = 0, val_date = 0, val_date_ok = 0;
	int shown = 0;
	for (size_t f = 0; f < nn; f++) {
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", dir, names[f]);
		size_t len;
		char *x = tu_slurp(path, &len);
		if (!x)
			continue;
		x = realloc(x, len + 1);
		x[len] = '\0';
		/* the DCT */
		int32_t ref = 0;
		const char *dct = strstr(x, "<DCT>");
		if (dct) {
			char v[32];
			attr(dct, strchr(dct + 5, '>'), "value", v, sizeof v);
			int y, m, d;
			if (sscanf(v, "%d-%d-%d", &y, &m, &d) == 3)
				ref = y * 10000 + m * 100 + d;
		}
		const char *ts = strstr(x, "<TEXT>"), *te = ts ? strstr(ts, "</TEXT>") : NULL;
		if (!ref || !ts || !te) {
			free(x);
			continue;
		}
		/* the text without tags; the gold spans */
		char *text = malloc(len + 1);
		gold *g = malloc(sizeof *g * 512);
		size_t tn = 0, ng = 0;
		for (const char *p = ts + 6; p < te;) {
			if (*p == '<') {
				const char *e = strchr(p, '>');
				if (!e)
					break;
				if (strncmp(p, "<TIMEX3 ", 8) == 0 && ng < 512) {
					memset(&g[ng], 0, sizeof g[ng]);
					attr(p, e, "type", g[ng].type, sizeof g[ng].type);
					attr(p, e, "value", g[ng].value, sizeof g[ng].value);
					g[ng].start = tn;
					g[ng].end = SIZE_MAX;
					ng++;
				} else if (strncmp(p, "</TIMEX3>", 9) == 0) {
					for (size_t k = ng; k-- > 0;)
						if (g[k].end == SIZE_MAX) {
							g[k].end = tn;
							break;
						}
				}
				p = e + 1;
				continue;
			}
			if (*p == '&') {
				static const struct {
					const char *e;
					char c;
				} E[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
				bool done = false;
				for (size_t k = 0; k < 5 && !done; k++)
					if (strncmp(p, E[k].e, strlen(E[k].e)) == 0) {
						text[tn++] = E[k].c;
						p += strlen(E[k].e);
						done = true;
					}
				if (done)
					continue;
			}
			text[tn++] = *p++;
		}
		text[tn] = '\0';
		sr_doc *doc = NULL;
		sr_timex *tx = NULL;
		size_t nt = 0;
		if (sr_analyze(text, tn, NULL, 0, &doc) == SR_OK && sr_timex_find(doc, ref, &tx, &nt) == SR_OK) {
			n_gold += (long)ng;
			n_ours += (long)nt;
			for (size_t i = 0; i < nt; i++) {
				/* the gold expression it overlaps most */
				long best = -1;
				size_t bk = 0;
				for (size_t k = 0; k < ng; k++) {
					if (g[k].used || g[k].end == SIZE_MAX)
						continue;
					size_t a = tx[i].start > g[k].start ? tx[i].start : g[k].start;
					size_t b = tx[i].end < g[k].end ? tx[i].end : g[k].end;
					if (b > a && (long)(b - a) > best)
						best = (long)(b - a), bk = k;
				}
				if (best < 0) {
					if (shown < show) {
						shown++;
						printf("  extra %-30.*s %s\n", (int)(tx[i].end - tx[i].start), text + tx[i].start, tx[i].value);
					}
					continue;
				}
				gold *gk = &g[bk];
				gk->used = true;
				overlap++;
				strict += tx[i].start == gk->start && tx[i].end == gk->end;
				bool ok = strcmp(tx[i].value, gk->value) == 0;
				val_all++;
				val_all_ok += ok;
				if (strcmp(gk->type, "DATE") == 0) {
					val_date++;
					val_date_ok += ok;
				}
				if (!ok && shown < show) {
					shown++;
					printf("  value %-30.*s ours %-14s gold %-14s (DCT %d)\n", (int)(gk->end - gk->start),
					       text + gk->start, tx[i].value, gk->value, ref);
				}
			}
			for (size_t k = 0; k < ng && shown < show; k++)
				if (!g[k].used && g[k].end != SIZE_MAX) {
					shown++;
					printf("  missed %-30.*s %s %s\n", (int)(g[k].end - g[k].start), text + g[k].start, g[k].type,
					       g[k].value);
				}
		}
		free(tx);
		sr_doc_free(doc);
		free(g);
		free(text);
		free(x);
	}
	for (size_t f = 0; f < nn; f++)
		free(names[f]);
	double sp = n_ours ? (double)strict / n_ours : 0, sr = n_gold ? (double)strict / n_gold : 0;
	double op = n_ours ? (double)overlap / n_ours : 0, orr = n_gold ? (double)overlap / n_gold : 0;
	double acc_date = val_date ? (double)val_date_ok / val_date : 0;
	printf("TimeBank (%zu documents): %ld gold expressions, %ld found\n", nn, n_gold, n_ours);
	printf("  spans, strict:  P %.3f R %.3f F1 %.3f\n", sp, sr, sp + sr ? 2 * sp * sr / (sp + sr) : 0);
	printf("  spans, overlap: P %.3f R %.3f F1 %.3f\n", op, orr, op + orr ? 2 * op * orr / (op + orr) : 0);
	printf("  value right on overlapping spans: all %.3f (%ld of %ld), DATE %.3f (%ld of %ld)\n",
	       val_all ? (double)val_all_ok / val_all : 0, val_all_ok, val_all, acc_date, val_date_ok, val_date);
	eval_result("timex", "span_f1_overlap", op + orr ? 2 * op * orr / (op + orr) : 0, 0);
	eval_result("timex", "date_value", acc_date, min);
	if (min >= 0 && acc_date < min) {
		printf("FAIL: DATE value accuracy %.3f is below the floor %.2f\n", acc_date, min);
		return 1;
	}
	return 0;
}
