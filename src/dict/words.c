/* words.c: the dictionaries' words and tries: every word interned once
 * (an id a word), phrase tries over the ids (one hash table of edges a
 * trie), and phrases added to them as the readers find them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "../util/str.h"
#include "../util/hash.h"

/* ---- words --------------------------------------------------------------------- */

static uint64_t hash_word(const char *s, size_t n)
{
	return sr_hash64(s, n, 7);
}

static bool wtab_grow(sr_dict *d)
{
	size_t cap = d->wcap ? d->wcap * 2 : 1 << 14;
	uint32_t *t = calloc(cap, sizeof *t);
	if (!t)
		return false;
	for (size_t i = 0; i < d->n_words; i++) {
		size_t h = hash_word(d->words[i], strlen(d->words[i])) & (cap - 1);
		while (t[h])
			h = (h + 1) & (cap - 1);
		t[h] = (uint32_t)i + 1;
	}
	free(d->wtab);
	d->wtab = t;
	d->wcap = cap;
	return true;
}

/* The id of an upper-case word; -1 when absent and not added. */
int64_t sr_dict_word_id(sr_dict *d, const char *s, size_t n, bool add)
{
	if (d->wcap) {
		size_t h = hash_word(s, n) & (d->wcap - 1);
		while (d->wtab[h]) {
			uint32_t k = d->wtab[h] - 1;
			if (d->word_len[k] == n && memcmp(d->words[k], s, n) == 0)
				return k;
			h = (h + 1) & (d->wcap - 1);
		}
	}
	if (!add)
		return -1;
	if ((d->n_words + 1) * 2 > d->wcap && !wtab_grow(d)) {
		d->failed = true;
		return -1;
	}
	if (d->n_words == d->cap_words) {
		size_t cap = d->cap_words ? d->cap_words * 2 : 64;
		uint16_t *wl = realloc(d->word_len, cap * sizeof *wl);
		if (!wl) {
			d->failed = true;
			return -1;
		}
		d->word_len = wl;
	}
	if (!GROW(d, words, n_words, cap_words))
		return -1;
	char *w = malloc(n + 1);
	if (!w) {
		d->failed = true;
		return -1;
	}
	memcpy(w, s, n);
	w[n] = '\0';
	d->words[d->n_words] = w;
	d->word_len[d->n_words] = (uint16_t)(n < 65535 ? n : 65535);
	size_t h = hash_word(s, n) & (d->wcap - 1);
	while (d->wtab[h])
		h = (h + 1) & (d->wcap - 1);
	d->wtab[h] = (uint32_t)d->n_words + 1;
	return (int64_t)d->n_words++;
}

/* ---- tries ----------------------------------------------------------------------- */

static uint64_t edge_hash(uint32_t node, uint32_t word)
{
	uint64_t k = ((uint64_t)node << 32) | word;
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

bool sr_trie_init(sr_trie *t)
{
	t->cap_nodes = 1024;
	t->payload = malloc(t->cap_nodes * sizeof *t->payload);
	t->stem = calloc(t->cap_nodes, 1);
	if (!t->payload || !t->stem)
		return false;
	t->payload[0] = -1;
	t->n_nodes = 1; /* the root */
	return true;
}

void sr_trie_free(sr_trie *t)
{
	free(t->edges);
	free(t->payload);
	free(t->stem);
	memset(t, 0, sizeof *t);
}

int64_t sr_trie_child(const sr_trie *t, uint32_t node, uint32_t word)
{
	if (!t->cap_edges)
		return -1;
	size_t h = edge_hash(node, word) & (t->cap_edges - 1);
	while (t->edges[h].child) {
		if (t->edges[h].node == node && t->edges[h].word == word)
			return t->edges[h].child;
		h = (h + 1) & (t->cap_edges - 1);
	}
	return -1;
}

static bool edges_grow(sr_trie *t)
{
	size_t cap = t->cap_edges ? t->cap_edges * 2 : 1 << 12;
	struct sr_edge *e = calloc(cap, sizeof *e);
	if (!e)
		return false;
	for (size_t i = 0; i < t->cap_edges; i++) {
		if (!t->edges[i].child)
			continue;
		size_t h = edge_hash(t->edges[i].node, t->edges[i].word) & (cap - 1);
		while (e[h].child)
			h = (h + 1) & (cap - 1);
		e[h] = t->edges[i];
	}
	free(t->edges);
	t->edges = e;
	t->cap_edges = cap;
	return true;
}

/* The node for a phrase, made if need be; -1 when out of memory. */
static int64_t trie_add(sr_trie *t, const uint32_t *w, size_t n)
{
	uint32_t node = 0;
	for (size_t i = 0; i < n; i++) {
		int64_t c = sr_trie_child(t, node, w[i]);
		if (c < 0) {
			if ((t->n_edges + 1) * 2 > t->cap_edges && !edges_grow(t))
				return -1;
			if (t->n_nodes == t->cap_nodes) {
				size_t cap = t->cap_nodes * 2;
				int32_t *p = realloc(t->payload, cap * sizeof *p);
				if (!p)
					return -1;
				t->payload = p;
				uint8_t *s = realloc(t->stem, cap);
				if (!s)
					return -1;
				memset(s + t->cap_nodes, 0, cap - t->cap_nodes);
				t->stem = s;
				t->cap_nodes = cap;
			}
			c = (int64_t)t->n_nodes++;
			t->payload[c] = -1;
			size_t h = edge_hash(node, w[i]) & (t->cap_edges - 1);
			while (t->edges[h].child)
				h = (h + 1) & (t->cap_edges - 1);
			t->edges[h] = (struct sr_edge){node, w[i], (uint32_t)c};
			t->n_edges++;
		}
		node = (uint32_t)c;
	}
	return node;
}

/* ---- phrases ------------------------------------------------------------------------ */

/* Upper-case words of s[0, n) separated by '_' or blanks; *exact when the
 * phrase ends with '_'.  Returns the number of words (0: none, or too
 * many). */
size_t sr_dict_phrase_words(sr_dict *d, const char *s, size_t n, uint32_t *out, bool *exact)
{
	sr_trim(&s, &n);
	*exact = n && s[n - 1] == '_';
	size_t k = 0, i = 0;
	char buf[256];
	while (i < n) {
		while (i < n && (s[i] == '_' || s[i] == ' ' || s[i] == '\t'))
			i++;
		size_t st = i;
		while (i < n && s[i] != '_' && s[i] != ' ' && s[i] != '\t')
			i++;
		size_t len = i - st;
		if (!len)
			continue;
		if (k == SR_DICT_MAX_WORDS || len >= sizeof buf)
			return 0;
		for (size_t j = 0; j < len; j++)
			buf[j] = (char)(((unsigned char)s[st + j] < 0x80) ? sr_upper((unsigned char)s[st + j]) : s[st + j]);
		int64_t id = sr_dict_word_id(d, buf, len, true);
		if (id < 0)
			return 0;
		out[k++] = (uint32_t)id;
	}
	return k;
}

/* Set the payload of a phrase's node unless it has one (the first entry
 * wins, as in PETRARCH). */
bool sr_dict_add_phrase(sr_dict *d, sr_trie *t, const char *s, size_t n, int32_t entry, const char *file, size_t line)
{
	uint32_t w[SR_DICT_MAX_WORDS];
	bool exact;
	size_t k = sr_dict_phrase_words(d, s, n, w, &exact);
	if (!k) {
		if (!d->failed)
			sr_dict_warn(d, file, line, "empty or overlong phrase");
		return false;
	}
	int64_t node = trie_add(t, w, k);
	if (node < 0) {
		d->failed = true;
		return false;
	}
	if (t->payload[node] < 0) {
		t->payload[node] = entry;
		t->stem[node] = !exact;
	}
	return true;
}

/* Strip a comment ('#', and ';' when semi; not inside a [code], where
 * "[###]" is TABARI's discard code) and trailing blanks. */
