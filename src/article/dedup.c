/* dedup.c: the near-duplicate index; see sitrep.h.
 *
 * Syndicated copies of one story share most of their word 3-shingles even
 * when the site's furniture, a dateline or a credit line differ.  Their
 * Jaccard similarity is estimated from MinHash signatures (64 values), and
 * candidates are found by locality-sensitive hashing: the signature cut in
 * 32 bands of 2 values, articles sharing a band compared in full.  A
 * similarity of 0.5 is found with probability 0.9999, 0.3 with 0.95. */
#include "article_int.h"

#include <stdlib.h>
#include <string.h>

#include "../util/hash.h"
#include "../util/str.h"
#include "../util/vec.h"

enum { BANDS = 32, ROWS = SR_MINHASH / BANDS, MIN_MATCH = SR_MINHASH / 2 };
/* The index keeps at most WINDOW_MAX articles; when full, the older half
 * goes, so memory stays bounded (about 26 MB) however long the run, and
 * copies are found among the last 16,384 to 32,768 articles (syndicated
 * copies of a story are published, and crawled, within hours). */
enum { WINDOW_MAX = 32768, WINDOW_KEEP = WINDOW_MAX / 2 };

typedef struct entry {
	uint32_t sig[SR_MINHASH];
	char id[17];
} entry;

typedef struct bnode {
	uint64_t key;
	int32_t entry, next;
} bnode;

struct sr_dedup {
	entry *e;
	size_t n, cap;
	int32_t *heads; /* bucket heads, n_heads a power of two */
	size_t n_heads;
	bnode *nodes;
	size_t n_nodes, cap_nodes;
};

sr_status sr_dedup_new(sr_dedup **out)
{
	sr_dedup *d = calloc(1, sizeof *d);
	if (!d)
		return SR_ENOMEM;
	d->n_heads = 1 << 12;
	d->heads = malloc(d->n_heads * sizeof *d->heads);
	if (!d->heads) {
		free(d);
		return SR_ENOMEM;
	}
	memset(d->heads, 0xFF, d->n_heads * sizeof *d->heads);
	*out = d;
	return SR_OK;
}

void sr_dedup_free(sr_dedup *d)
{
	if (!d)
		return;
	free(d->e);
	free(d->heads);
	free(d->nodes);
	free(d);
}

static uint64_t band_key(const uint32_t *sig, int b)
{
	uint64_t k = sr_hash64(sig + b * ROWS, ROWS * sizeof *sig, (uint64_t)b);
	return k;
}

static bool grow_heads(sr_dedup *d)
{
	size_t nh = d->n_heads * 2;
	int32_t *h = malloc(nh * sizeof *h);
	if (!h)
		return false;
	memset(h, 0xFF, nh * sizeof *h);
	for (size_t i = 0; i < d->n_nodes; i++) {
		size_t slot = d->nodes[i].key & (nh - 1);
		d->nodes[i].next = h[slot];
		h[slot] = (int32_t)i;
	}
	free(d->heads);
	d->heads = h;
	d->n_heads = nh;
	return true;
}

static void insert_bands(sr_dedup *d, size_t idx, const uint64_t *keys)
{
	for (int b = 0; b < BANDS; b++) {
		bnode *nd = &d->nodes[d->n_nodes];
		size_t slot = keys[b] & (d->n_heads - 1);
		nd->key = keys[b];
		nd->entry = (int32_t)idx;
		nd->next = d->heads[slot];
		d->heads[slot] = (int32_t)d->n_nodes;
		d->n_nodes++;
	}
}

/* Drop the older half of the window and rebuild the band tables. */
static void shrink(sr_dedup *d)
{
	size_t drop = d->n - WINDOW_KEEP;
	memmove(d->e, d->e + drop, WINDOW_KEEP * sizeof *d->e);
	d->n = WINDOW_KEEP;
	d->n_nodes = 0;
	memset(d->heads, 0xFF, d->n_heads * sizeof *d->heads);
	for (size_t i = 0; i < d->n; i++) {
		uint64_t keys[BANDS];
		for (int b = 0; b < BANDS; b++)
			keys[b] = band_key(d->e[i].sig, b);
		insert_bands(d, i, keys);
	}
}

sr_status sr_dedup_add(sr_dedup *d, sr_article *a)
{
	if (a->n_minhash != SR_MINHASH || !a->id)
		return SR_OK;
	const uint32_t *sig = a->minhash;
	uint64_t keys[BANDS];
	int32_t best = -1;
	int best_match = 0;
	for (int b = 0; b < BANDS; b++) {
		keys[b] = band_key(sig, b);
		for (int32_t k = d->heads[keys[b] & (d->n_heads - 1)]; k >= 0; k = d->nodes[k].next) {
			if (d->nodes[k].key != keys[b])
				continue;
			int32_t c = d->nodes[k].entry;
			if (best >= 0 && c >= best)
				continue; /* the earliest wins */
			int match = 0;
			for (int j = 0; j < SR_MINHASH; j++)
				match += d->e[c].sig[j] == sig[j];
			if (match >= MIN_MATCH) {
				best = c;
				best_match = match;
			}
		}
	}
	if (best >= 0 && strcmp(d->e[best].id, a->id) != 0)
		sr_article_set_near_duplicate(a, d->e[best].id);
	if (best >= 0 && best_match == SR_MINHASH)
		return SR_OK; /* the same text again: one entry is enough */
	if (d->n >= WINDOW_MAX)
		shrink(d);
	if (!SR_VEC_GROW(d->e, d->n, d->cap, 256))
		return SR_ENOMEM;
	if (d->n_nodes + BANDS > d->cap_nodes) {
		size_t cap = d->cap_nodes ? d->cap_nodes * 2 : 4096;
		bnode *p = realloc(d->nodes, cap * sizeof *p);
		if (!p)
			return SR_ENOMEM;
		d->nodes = p;
		d->cap_nodes = cap;
	}
	if (d->n_nodes + BANDS > d->n_heads * 2 && !grow_heads(d))
		return SR_ENOMEM;
	entry *x = &d->e[d->n];
	memcpy(x->sig, sig, sizeof x->sig);
	snprintf(x->id, sizeof x->id, "%s", a->id);
	insert_bands(d, d->n, keys);
	d->n++;
	return SR_OK;
}
