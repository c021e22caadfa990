/* store_cluster_test.c: cross-article clusters against the evaluation set in
 * tests/fixtures/clusters (reports named INCIDENT-N.html).  Every report is
 * ingested into a new store; two reports are predicted to tell of the same
 * incident when events of theirs share a cluster, and are of the same
 * incident when their names say so.  Prints pairwise precision, recall and
 * F1 and fails below --min-f1 (the build passes 0.9).
 *
 *   store_cluster_test DIR [--min-f1 F] [--show] */
#include <dirent.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"

#define MAX_REPORTS 256

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: store_cluster_test DIR [--min-f1 F] [--show]\n");
		return 2;
	}
	double min_f1 = 0;
	bool show = false;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--min-f1") && i + 1 < argc)
			min_f1 = atof(argv[++i]);
		else if (!strcmp(argv[i], "--show"))
			show = true;
	}
	DIR *dir = opendir(argv[1]);
	if (!dir) {
		printf("SKIP: no evaluation set at %s\n", argv[1]);
		return 77;
	}
	char *names[MAX_REPORTS];
	size_t n = 0;
	for (struct dirent *de; (de = readdir(dir)) && n < MAX_REPORTS;) {
		size_t l = strlen(de->d_name);
		if (l > 5 && !strcmp(de->d_name + l - 5, ".html"))
			names[n++] = strdup(de->d_name);
	}
	closedir(dir);
	qsort(names, n, sizeof *names, cmp_str);
	char tmpl[] = "/tmp/sitrep-clusters-XXXXXX";
	if (!mkdtemp(tmpl))
		return 1;
	char db[300];
	snprintf(db, sizeof db, "%s/c.db", tmpl);
	sr_ctx *ctx = NULL;
	sr_dict *dict = NULL;
	sr_store *store = NULL;
	if (sr_ctx_new(&ctx) != SR_OK || sr_dict_new(&dict) != SR_OK || sr_dict_load_defaults(dict) != SR_OK ||
	    sr_store_open(db, &store) != SR_OK) {
		printf("cannot set up: %s\n", store ? sr_store_error(store) : "");
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
		size_t len = 0;
		char *html = tu_slurp(path, &len);
		sr_extract_opts o = {0};
		o.name = names[i];
		sr_article *a = NULL;
		sr_doc *doc = NULL;
		sr_coding *c = NULL;
		sr_layers layers;
		int32_t day = 0;
		if (html && sr_extract(ctx, html, len, &o, &a) == SR_OK && a->published) {
			int y, m, d;
			if (sscanf(a->published, "%4d-%2d-%2d", &y, &m, &d) == 3)
				day = y * 10000 + m * 100 + d;
		}
		sr_incidents *x = NULL;
		if (!a || sr_analyze(a->text, a->text_len, a->paragraphs, a->n_paragraphs, &doc) != SR_OK ||
		    sr_layers_find(doc, day, &layers) != SR_OK || sr_code_doc(dict, doc, day, &layers, 0, 0, &c) != SR_OK ||
		    sr_incidents_find(c, a->id, a->url, &x) != SR_OK || sr_store_put(store, a, c, x, NULL) != SR_OK) {
			printf("FAIL: %s not stored: %s\n", names[i], sr_store_error(store));
			return 1;
		}
		sr_incidents_free(x);
		sr_coding_free(c);
		sr_doc_free(doc);
		sr_article_free(a);
		free(html);
	}
	sr_store_close(store);
	/* each report's clusters */
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_open(db, &h) != SQLITE_OK ||
	    sqlite3_prepare_v2(h,
	                       "SELECT DISTINCT e.cluster FROM incidents e JOIN articles a ON a.rowid = e.article "
	                       "WHERE a.url LIKE '%/' || ? AND e.cluster IS NOT NULL",
	                       -1, &st, NULL) != SQLITE_OK) {
		printf("cannot read the store\n");
		return 1;
	}
	long long *cl[MAX_REPORTS];
	size_t ncl[MAX_REPORTS];
	for (size_t i = 0; i < n; i++) {
		char key[300];
		snprintf(key, sizeof key, "%.*s", (int)(strlen(names[i]) - 5), names[i]);
		sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
		cl[i] = malloc(sizeof(long long) * 256);
		ncl[i] = 0;
		while (sqlite3_step(st) == SQLITE_ROW && ncl[i] < 256)
			cl[i][ncl[i]++] = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	long long n_clusters = -1;
	if (sqlite3_prepare_v2(h, "SELECT count(*) FROM clusters", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n_clusters = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	/* pairs */
	long tp = 0, fp = 0, fn = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			const char *di = strrchr(names[i], '-'), *dj = strrchr(names[j], '-');
			bool gold = di && dj && di - names[i] == dj - names[j] && !strncmp(names[i], names[j], (size_t)(di - names[i]));
			bool pred = false;
			for (size_t a = 0; a < ncl[i] && !pred; a++)
				for (size_t b = 0; b < ncl[j] && !pred; b++)
					pred = cl[i][a] == cl[j][b];
			tp += gold && pred;
			fp += !gold && pred;
			fn += gold && !pred;
			if (show && gold != pred)
				printf("  %s %s and %s\n", gold ? "missed:" : "joined:", names[i], names[j]);
		}
	double p = tp + fp ? (double)tp / (double)(tp + fp) : 0, r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
	double f1 = p + r ? 2 * p * r / (p + r) : 0;
	printf("clusters: %zu reports, %lld clusters; same-incident pairs: P %.3f R %.3f F1 %.3f (TP %ld FP %ld FN %ld)\n",
	       n, n_clusters, p, r, f1, tp, fp, fn);
	printf("RESULT clusters pairwise_f1 %.4f %.4f\n", f1, min_f1); /* (eval/run.sh's table) */
	for (size_t i = 0; i < n; i++) {
		free(cl[i]);
		free(names[i]);
	}
	sr_dict_free(dict);
	sr_ctx_free(ctx);
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpl);
	if (system(cmd) != 0)
		printf("could not remove %s\n", tmpl);
	if (f1 < min_f1) {
		printf("FAIL: F1 below %.2f\n", min_f1);
		return 1;
	}
	return 0;
}
