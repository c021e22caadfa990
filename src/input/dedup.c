/* dedup.c: hashes, SimHash and the near-duplicate index; see sitrep.h.
 *
 * Near-duplicates are found the way Manku, Jain and Das Sarma (WWW 2007)
 * find them at web scale: 64-bit SimHashes at most 3 bits apart share at
 * least one of their four 16-bit blocks exactly, so four tables keyed by
 * block give every candidate without comparing all pairs. */
#include "input.h"

#include <stdlib.h>
#include <string.h>

#include "../article/article_int.h"
#include "../util/hash.h"
#include "../util/str.h"

enum { MAX_BITS = 3 };

typedef struct entry {
	uint64_t h;
	char id[17];
	int32_t next[4];
} entry;

struct sr_dedup {
	int32_t head[4][65536];
	entry *e;
	size_t n, cap;
};

sr_status sr_dedup_new(sr_dedup **out)
{
	sr_dedup *d = malloc(sizeof *d);
	if (!d)
		return SR_ENOMEM;
	memset(d->head, 0xFF, sizeof d->head);
	d->e = NULL;
	d->n = d->cap = 0;
	*out = d;
	return SR_OK;
}

void sr_dedup_free(sr_dedup *d)
{
	if (!d)
		return;
	free(d->e);
	free(d);
}

sr_status sr_dedup_add(sr_dedup *d, sr_article *a)
{
	uint64_t h = a->simhash;
	if (!h || !a->id)
		return SR_OK;
	/* the earliest article within MAX_BITS */
	int32_t best = -1;
	for (int b = 0; b < 4; b++) {
		unsigned key = (unsigned)(h >> (16 * b)) & 0xFFFF;
		for (int32_t k = d->head[b][key]; k >= 0; k = d->e[k].next[b])
			if (__builtin_popcountll(d->e[k].h ^ h) <= MAX_BITS && (best < 0 || k < best))
				best = k;
	}
	if (best >= 0 && strcmp(d->e[best].id, a->id) != 0)
		sr_article_set_near_duplicate(a, d->e[best].id);
	if (best >= 0 && d->e[best].h == h)
		return SR_OK; /* the same text again: one entry is enough */
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 1024;
		entry *p = realloc(d->e, cap * sizeof *p);
		if (!p)
			return SR_ENOMEM;
		d->e = p;
		d->cap = cap;
	}
	entry *x = &d->e[d->n];
	x->h = h;
	snprintf(x->id, sizeof x->id, "%s", a->id);
	for (int b = 0; b < 4; b++) {
		unsigned key = (unsigned)(h >> (16 * b)) & 0xFFFF;
		x->next[b] = d->head[b][key];
		d->head[b][key] = (int32_t)d->n;
	}
	d->n++;
	return SR_OK;
}
