/* corpus.h: the extraction corpus laid out as trafilatura's evaluation
 * set (evaldata.json + pages/ *.html.gz), loaded whole into memory: for
 * the extraction evaluation (eval/) and the speed benchmarks (bench/). */
#ifndef SR_TESTS_CORPUS_H
#define SR_TESTS_CORPUS_H
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct page {
	char *url, *file;
	char *data;
	size_t len;
	json_t *with, *without;
} page;

static inline page *corpus_load(const char *dir, size_t *count)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/evaldata.json", dir);
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!root)
		return NULL;
	size_t n = json_object_size(root), i = 0;
	page *p = calloc(n, sizeof *p);
	const char *key;
	json_t *v;
	json_object_foreach(root, key, v)
	{
		p[i].url = strdup(key);
		p[i].file = strdup(json_string_value(json_object_get(v, "file")));
		p[i].with = json_incref(json_object_get(v, "with"));
		p[i].without = json_incref(json_object_get(v, "without"));
		snprintf(path, sizeof path, "%s/pages/%s", dir, p[i].file);
		p[i].data = tu_slurp(path, &p[i].len);
		i++;
	}
	json_decref(root);
	*count = n;
	return p;
}

static inline int corpus_cmp(const void *a, const void *b)
{
	return strcmp(((const page *)a)->file, ((const page *)b)->file);
}

/* The corpus' pages sorted by name, the first limit of them (0: all) in
 * *n; *all says how many to free.  NULL (with a message) when absent. */
static inline page *corpus_open(const char *dir, size_t limit, size_t *n, size_t *all)
{
	page *p = corpus_load(dir, n);
	if (!p) {
		printf("SKIP: no corpus at %s (evaldata.json missing)\n", dir);
		return NULL;
	}
	qsort(p, *n, sizeof *p, corpus_cmp);
	*all = *n;
	if (limit && limit < *n)
		*n = limit;
	return p;
}

static inline void corpus_free(page *p, size_t all)
{
	for (size_t i = 0; i < all; i++) {
		free(p[i].url);
		free(p[i].file);
		free(p[i].data);
		json_decref(p[i].with);
		json_decref(p[i].without);
	}
	free(p);
}
#endif
