/* lexicon.c: the English lexicon made at build time from Debian's
 * wordnet-base by tools/mklexicon (the format is described there): the
 * parts of speech a word can have, how often each was seen, and the lemma
 * of irregular forms.  Loaded once per process, shared read-only by all
 * threads; looked up through a hash table made at build time too.  The rules
 * of WordNet's morphy give the lemma of regular forms ("attacked",
 * "shelling", "cities"). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

#include "datadir.h"
#include "hash.h"
#include "str.h"

typedef struct lex_entry {
	uint32_t word, lemma;
	uint16_t freq[4];
	uint8_t lemma_pos, form_pos;
	uint16_t zero;
} lex_entry;
_Static_assert(sizeof(lex_entry) == 20, "the file's entries are 20 bytes");

static struct {
	const char *blob; /* the file, mapped */
	size_t map_len;
	const lex_entry *e;
	uint32_t n;
	const char *str;
	uint32_t str_size;
	const uint32_t *slot; /* entry index + 1; 0: empty (made at build time) */
	uint32_t mask;
	char path[4200];
	bool ok;
} L;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t hash(const char *s, size_t n)
{
	return (uint32_t)sr_hash64(s, n, 0);
}

/* The blob's size from the file's counts: entries, slots (a power of
 * two, more than the entries), string bytes. */
static size_t blob_size(const uint32_t *c)
{
	uint32_t n = c[0], ss = c[1], ns = c[2];
	if (n == 0 || n > 10000000 || ss == 0 || ss > 200000000 || ns <= n || ns > 1u << 25 || (ns & (ns - 1)))
		return 0;
	return (size_t)n * sizeof(lex_entry) + (size_t)ns * sizeof(uint32_t) + ss;
}

/* The lexicon file mapped, not read, its index made at build time;
 * every offset and index in it checked to lie inside it. */
static void load(void)
{
	uint32_t c[3];
	size_t map_len = 0;
	const char *blob = sr_data_map("lexicon.bin", "SRLEX002", c, 3, blob_size, L.path, sizeof L.path, &map_len);
	if (!blob)
		return;
	uint32_t n = c[0], ss = c[1], ns = c[2];
	const lex_entry *e = (const lex_entry *)blob;
	const uint32_t *slot = (const uint32_t *)(e + n);
	bool good = true;
	for (uint32_t i = 0; i < n && good; i++)
		good = e[i].word < ss && (e[i].lemma == UINT32_MAX || e[i].lemma < ss);
	size_t empty = 0;
	for (uint32_t i = 0; i < ns && good; i++) {
		good = slot[i] <= n;
		empty += !slot[i];
	}
	if (!good || !empty) {
		sr_data_unmap(blob, 3, map_len);
		return;
	}
	L.blob = blob;
	L.map_len = map_len;
	L.e = e;
	L.n = n;
	L.str = (const char *)(slot + ns);
	L.str_size = ss;
	L.slot = slot;
	L.mask = ns - 1;
	L.ok = true;
}

bool sr_lex_available(void)
{
	pthread_once(&once, load);
	return L.ok;
}

const char *sr_lex_path(void)
{
	pthread_once(&once, load);
	return L.path;
}

/* The entry of the lower-case word w (n bytes), or NULL. */
static const lex_entry *find(const char *w, size_t n)
{
	uint32_t h = hash(w, n) & L.mask;
	while (L.slot[h]) {
		const lex_entry *e = &L.e[L.slot[h] - 1];
		const char *s = L.str + e->word;
		if (strncmp(s, w, n) == 0 && s[n] == '\0')
			return e;
		h = (h + 1) & L.mask;
	}
	return NULL;
}

static void fill(const lex_entry *e, sr_lexinfo *out)
{
	out->lemma_pos = e->lemma_pos;
	out->form_pos = e->form_pos;
	memcpy(out->freq, e->freq, sizeof out->freq);
	out->lemma = e->lemma != UINT32_MAX ? L.str + e->lemma : NULL;
}

bool sr_lex_find(const char *w, size_t n, sr_lexinfo *out)
{
	memset(out, 0, sizeof *out);
	if (!sr_lex_available() || n == 0 || n > 40)
		return false;
	char low[48];
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w[i];
		if (ch >= 0x80)
			return false;
		low[i] = (char)sr_lower(ch);
	}
	const lex_entry *e = find(low, n);
	if (!e)
		return false;
	fill(e, out);
	return true;
}

/* WordNet's morphy: the suffixes of regular forms and what replaces them,
 * per part of speech. */
static const struct {
	uint8_t pos; /* SR_LEX_* bit */
	uint8_t form;
	const char *suffix, *ending;
	uint8_t sl, el; /* their lengths */
} RULES[] = {
    {SR_LEX_NOUN, SR_FORM_PLURAL, "s", "", 1, 0},     {SR_LEX_NOUN, SR_FORM_PLURAL, "ses", "s", 3, 1},
    {SR_LEX_NOUN, SR_FORM_PLURAL, "xes", "x", 3, 1},  {SR_LEX_NOUN, SR_FORM_PLURAL, "zes", "z", 3, 1},
    {SR_LEX_NOUN, SR_FORM_PLURAL, "ches", "ch", 4, 2}, {SR_LEX_NOUN, SR_FORM_PLURAL, "shes", "sh", 4, 2},
    {SR_LEX_NOUN, SR_FORM_PLURAL, "men", "man", 3, 3}, {SR_LEX_NOUN, SR_FORM_PLURAL, "ies", "y", 3, 1},
    {SR_LEX_VERB, SR_FORM_3SG, "s", "", 1, 0},        {SR_LEX_VERB, SR_FORM_3SG, "ies", "y", 3, 1},
    {SR_LEX_VERB, SR_FORM_3SG, "es", "e", 2, 1},      {SR_LEX_VERB, SR_FORM_3SG, "es", "", 2, 0},
    {SR_LEX_VERB, SR_FORM_PAST, "ed", "e", 2, 1},     {SR_LEX_VERB, SR_FORM_PAST, "ed", "", 2, 0},
    {SR_LEX_VERB, SR_FORM_PAST, "ied", "y", 3, 1},    {SR_LEX_VERB, SR_FORM_ING, "ing", "e", 3, 1},
    {SR_LEX_VERB, SR_FORM_ING, "ing", "", 3, 0},      {SR_LEX_ADJ, SR_FORM_DEGREE, "er", "", 2, 0},
    {SR_LEX_ADJ, SR_FORM_DEGREE, "est", "", 3, 0},    {SR_LEX_ADJ, SR_FORM_DEGREE, "er", "e", 2, 1},
    {SR_LEX_ADJ, SR_FORM_DEGREE, "est", "e", 3, 1},   {SR_LEX_ADJ, SR_FORM_DEGREE, "ier", "y", 3, 1},
    {SR_LEX_ADJ, SR_FORM_DEGREE, "iest", "y", 4, 1},
};

int sr_lex_analyze(const char *w, size_t n, sr_lexinfo *out, sr_lexform *forms, int max)
{
	int k = 0;
	memset(out, 0, sizeof *out);
	if (!sr_lex_available() || n == 0 || n > 40)
		return 0;
	char low[48];
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w[i];
		if (ch >= 0x80)
			return 0;
		low[i] = (char)sr_lower(ch);
	}
	low[n] = '\0';
	const lex_entry *e = find(low, n);
	if (e)
		fill(e, out);
	/* regular forms: each rule whose base is a lemma of its part of speech */
	char last = low[n - 1];
	if (last != 's' && last != 'd' && last != 'g' && last != 'r' && last != 't' && last != 'n')
		return k; /* no rule's suffix ends so */
	for (size_t r = 0; r < sizeof RULES / sizeof *RULES && k < max; r++) {
		const char *suf = RULES[r].suffix;
		size_t sl = RULES[r].sl, el = RULES[r].el;
		if (n <= sl + 1 || suf[sl - 1] != last || memcmp(low + n - sl, suf, sl) != 0)
			continue;
		char base[48];
		size_t bn = n - sl;
		memcpy(base, low, bn);
		memcpy(base + bn, RULES[r].ending, el);
		bn += el;
		const lex_entry *b = find(base, bn);
		/* "stopped", "shelling" with a doubled consonant */
		if ((!b || !(b->lemma_pos & RULES[r].pos)) && !el && bn >= 3 && base[bn - 1] == base[bn - 2] &&
		    (RULES[r].form == SR_FORM_PAST || RULES[r].form == SR_FORM_ING || RULES[r].form == SR_FORM_DEGREE))
			b = find(base, bn - 1), bn--;
		if (!b || !(b->lemma_pos & RULES[r].pos))
			continue;
		bool dup = false;
		for (int q = 0; q < k; q++)
			dup = dup || (forms[q].pos == RULES[r].pos && forms[q].form == RULES[r].form);
		if (dup)
			continue;
		forms[k].pos = RULES[r].pos;
		forms[k].form = RULES[r].form;
		memcpy(forms[k].freq, b->freq, sizeof forms[k].freq);
		forms[k].lemma = L.str + b->word;
		k++;
	}
	return k;
}
