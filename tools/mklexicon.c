/* mklexicon: Debian wordnet-base (WordNet 3.0) -> sitrep's lexicon, run at
 * build time.
 *
 *   mklexicon WORDNET_DIR OUT
 *
 * Reads index.{noun,verb,adj,adv} (the lemmas and their parts of speech),
 * cntlist.rev (how often each sense was tagged in the Semantic Concordance:
 * the parts of speech's frequencies) and {noun,verb,adj,adv}.exc (the
 * irregular forms: "went" is "go", "mice" is "mouse").  Single words only.
 *
 * OUT, little-endian (mapped into memory by src/util/lexicon.c):
 *   "SRLEX002"                                  8 bytes
 *   u32 n_entries, u32 strings_size, u32 n_slots
 *   n entries, sorted by word (bytewise), 20 bytes each:
 *     u32 word, u32 lemma (offsets into the strings; lemma = 0xFFFFFFFF
 *     when the word is its own lemma), u16 freq[4] (noun, verb, adj, adv;
 *     capped), u8 lemma_pos (parts of speech the word is a lemma of: bit
 *     0 noun, 1 verb, 2 adj, 3 adv), u8 form_pos (parts of speech it is an
 *     irregular form of, same bits), u16 zero
 *   n_slots u32 slots of the index of the words (below)
 *   the strings, each ending with NUL. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/util/hash.h"

typedef struct entry {
	char *word, *lemma;
	uint32_t freq[4];
	uint8_t lemma_pos, form_pos;
} entry;

static entry *E;
static size_t n_e, cap_e;

/* a tiny string -> entry index hash (open addressing) */
static size_t *slots;
static size_t n_slots;

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void grow(void);

static entry *get(const char *w)
{
	if (n_e * 2 >= n_slots)
		grow();
	size_t i = hash(w) & (n_slots - 1);
	while (slots[i] != SIZE_MAX) {
		if (strcmp(E[slots[i]].word, w) == 0)
			return &E[slots[i]];
		i = (i + 1) & (n_slots - 1);
	}
	if (n_e == cap_e) {
		cap_e = cap_e ? cap_e * 2 : 65536;
		E = realloc(E, cap_e * sizeof *E);
		if (!E) {
			fprintf(stderr, "mklexicon: out of memory\n");
			exit(1);
		}
	}
	entry *e = &E[n_e];
	memset(e, 0, sizeof *e);
	e->word = strdup(w);
	slots[i] = n_e++;
	return e;
}

static void grow(void)
{
	size_t ns = n_slots ? n_slots * 2 : 1 << 17;
	size_t *s = malloc(ns * sizeof *s);
	if (!s) {
		fprintf(stderr, "mklexicon: out of memory\n");
		exit(1);
	}
	for (size_t i = 0; i < ns; i++)
		s[i] = SIZE_MAX;
	for (size_t k = 0; k < n_e; k++) {
		size_t i = hash(E[k].word) & (ns - 1);
		while (s[i] != SIZE_MAX)
			i = (i + 1) & (ns - 1);
		s[i] = k;
	}
	free(slots);
	slots = s;
	n_slots = ns;
}

/* A single lower-case word of letters, digits, '-', '.', '\''. */
static int usable(const char *w)
{
	if (!*w || strlen(w) > 40)
		return 0;
	for (const unsigned char *p = (const unsigned char *)w; *p; p++)
		if (!(islower(*p) || isdigit(*p) || *p == '-' || *p == '.' || *p == '\''))
			return 0;
	return 1;
}

static FILE *open_in(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	if (!f)
		fprintf(stderr, "mklexicon: cannot read %s\n", path);
	return f;
}

static int by_word(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->word, ((const entry *)b)->word);
}

static const char *const POS_NAME[4] = {"noun", "verb", "adj", "adv"};

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: mklexicon WORDNET_DIR OUT\n");
		return 2;
	}
	const char *dir = argv[1];
	char line[65536];
	for (int p = 0; p < 4; p++) {
		char name[32];
		snprintf(name, sizeof name, "index.%s", POS_NAME[p]);
		FILE *f = open_in(dir, name);
		if (!f)
			return 1;
		while (fgets(line, sizeof line, f)) {
			if (line[0] == ' ')
				continue; /* the licence */
			char *sp = strchr(line, ' ');
			if (!sp)
				continue;
			*sp = '\0';
			if (usable(line))
				get(line)->lemma_pos |= (uint8_t)(1u << p);
		}
		fclose(f);
	}
	/* sense frequencies: "attack%2:33:00:: 1 12" */
	FILE *f = open_in(dir, "cntlist.rev");
	if (f) {
		while (fgets(line, sizeof line, f)) {
			char *pct = strchr(line, '%');
			if (!pct || !pct[1])
				continue;
			int ss = pct[1] - '0';
			int p = ss == 1 ? 0 : ss == 2 ? 1 : ss == 3 || ss == 5 ? 2 : ss == 4 ? 3 : -1;
			char *sp = strrchr(line, ' ');
			if (p < 0 || !sp)
				continue;
			long cnt = strtol(sp + 1, NULL, 10);
			*pct = '\0';
			if (!usable(line) || cnt <= 0)
				continue;
			entry *e = get(line);
			e->freq[p] += (uint32_t)cnt;
		}
		fclose(f);
	}
	/* irregular forms: "went go" */
	for (int p = 0; p < 4; p++) {
		char name[32];
		snprintf(name, sizeof name, "%s.exc", POS_NAME[p]);
		FILE *x = open_in(dir, name);
		if (!x)
			return 1;
		while (fgets(line, sizeof line, x)) {
			char form[128], base[128];
			if (sscanf(line, "%127s %127s", form, base) != 2 || !usable(form) || !usable(base))
				continue;
			entry *e = get(form);
			e->form_pos |= (uint8_t)(1u << p);
			/* one lemma a word: the verb's wins ("found" is "find") */
			if (!e->lemma || p == 1) {
				free(e->lemma);
				e->lemma = strdup(base);
			}
		}
		fclose(x);
	}
	/* sort by word */
	entry *sorted = malloc(n_e * sizeof *sorted);
	if (!sorted)
		return 1;
	memcpy(sorted, E, n_e * sizeof *E);
	qsort(sorted, n_e, sizeof *sorted, by_word);
	FILE *o = fopen(argv[2], "wb");
	if (!o) {
		fprintf(stderr, "mklexicon: cannot write %s\n", argv[2]);
		free(sorted);
		return 1;
	}
	/* the strings: words, then lemmas */
	size_t str_size = 0;
	for (size_t i = 0; i < n_e; i++)
		str_size += strlen(sorted[i].word) + 1 + (sorted[i].lemma ? strlen(sorted[i].lemma) + 1 : 0);
	/* the index of the words, made here once: open addressing over a
	 * power of two of slots, at most half full, each an entry's index + 1
	 * (0 empty), at the slot of the word's hash (../src/util/hash.h) or
	 * the next free one after it */
	size_t n_slot = 1;
	while (n_slot < 2 * n_e)
		n_slot <<= 1;
	uint32_t *slot = calloc(n_slot, sizeof *slot);
	if (!slot) {
		free(sorted);
		fclose(o);
		return 1;
	}
	for (size_t i = 0; i < n_e; i++) {
		size_t h = (size_t)(uint32_t)sr_hash64(sorted[i].word, strlen(sorted[i].word), 0) & (n_slot - 1);
		while (slot[h])
			h = (h + 1) & (n_slot - 1);
		slot[h] = (uint32_t)i + 1;
	}
	uint32_t n32 = (uint32_t)n_e, s32 = (uint32_t)str_size, sl32 = (uint32_t)n_slot;
	fwrite("SRLEX002", 1, 8, o);
	fwrite(&n32, 4, 1, o);
	fwrite(&s32, 4, 1, o);
	fwrite(&sl32, 4, 1, o);
	uint32_t off = 0;
	for (size_t i = 0; i < n_e; i++) {
		const entry *e = &sorted[i];
		uint32_t w = off, l = UINT32_MAX;
		off += (uint32_t)strlen(e->word) + 1;
		if (e->lemma) {
			l = off;
			off += (uint32_t)strlen(e->lemma) + 1;
		}
		uint16_t fr[4];
		for (int p = 0; p < 4; p++)
			fr[p] = (uint16_t)(e->freq[p] > 65535 ? 65535 : e->freq[p]);
		uint8_t pos[2] = {e->lemma_pos, e->form_pos};
		uint16_t zero = 0;
		fwrite(&w, 4, 1, o);
		fwrite(&l, 4, 1, o);
		fwrite(fr, 2, 4, o);
		fwrite(pos, 1, 2, o);
		fwrite(&zero, 2, 1, o);
	}
	fwrite(slot, sizeof *slot, n_slot, o);
	free(slot);
	for (size_t i = 0; i < n_e; i++) {
		fwrite(sorted[i].word, 1, strlen(sorted[i].word) + 1, o);
		if (sorted[i].lemma)
			fwrite(sorted[i].lemma, 1, strlen(sorted[i].lemma) + 1, o);
	}
	free(sorted);
	if (fclose(o) != 0) {
		fprintf(stderr, "mklexicon: cannot write %s\n", argv[2]);
		return 1;
	}
	fprintf(stderr, "mklexicon: %zu words\n", n_e);
	return 0;
}
