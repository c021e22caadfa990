/* gazindex.h: the gazetteer's hash index of its names and of the word
 * prefixes of its longer names ("new", "new york" of "new york city"),
 * made once by the gazetteer's builder (tools/mkgazetteer.c), stored in
 * the file, and read in place by places.c: both must agree byte for byte.
 * A lookup costs a cache miss or two, where a binary search over the
 * sorted keys costs a dozen; storing it spares every process the building
 * of it. */
#ifndef SR_GEO_GAZINDEX_H
#define SR_GEO_GAZINDEX_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../util/hash.h"

/* A name of the gazetteer: its folded key (an offset into the strings)
 * and its place (an index); sorted by key, a name's places together. */
typedef struct sr_gkey {
	uint32_t key, place;
} sr_gkey;

/* A slot of the index: empty (k UINT32_MAX), or a name's first key entry
 * (or that of the first longer name a prefix begins) and meta: its length
 * << 2 | 1 a name | 2 the start of a longer one. */
typedef struct sr_gslot {
	uint32_t k, meta;
} sr_gslot;

/* The hash of a key's n bytes. */
static inline uint64_t sr_gaz_hash(const char *key, size_t n)
{
	return sr_hash64(key, n, 0);
}

/* The number of slots for n_k key entries: a power of two, at most half
 * full (names and prefixes together stay under it). */
static inline size_t sr_gaz_slots_cap(uint32_t n_k)
{
	size_t want = (size_t)n_k * 2, cap = 1024;
	while (cap < want)
		cap *= 2;
	return cap;
}

static inline void sr_gaz_slot_add(sr_gslot *slot, uint32_t mask, const sr_gkey *k, const char *s, const char *key,
                                   size_t n, uint32_t e, uint32_t flag)
{
	for (uint32_t i = (uint32_t)sr_gaz_hash(key, n) & mask;; i = (i + 1) & mask) {
		sr_gslot *x = &slot[i];
		if (x->k == UINT32_MAX) {
			x->k = e;
			x->meta = (uint32_t)n << 2 | flag;
			return;
		}
		if (x->meta >> 2 == n && memcmp(s + k[x->k].key, key, n) == 0) {
			if (flag & 1)
				x->k = e; /* a name's own entries come first */
			x->meta |= flag;
			return;
		}
	}
}

/* Fill the cap slots (sr_gaz_slots_cap) from the n_k sorted key entries
 * k over the strings s. */
static inline void sr_gaz_slots_build(sr_gslot *slot, size_t cap, const sr_gkey *k, uint32_t n_k, const char *s)
{
	memset(slot, 0xFF, cap * sizeof *slot);
	uint32_t mask = (uint32_t)(cap - 1);
	for (uint32_t i = 0; i < n_k; i++) {
		const char *key = s + k[i].key;
		if (i > 0 && strcmp(s + k[i - 1].key, key) == 0)
			continue; /* the name's first entry is enough */
		size_t n = strlen(key);
		if (n >= 1u << 29)
			continue;
		sr_gaz_slot_add(slot, mask, k, s, key, n, i, 1);
		for (size_t j = 1; j < n; j++)
			if (key[j] == ' ')
				sr_gaz_slot_add(slot, mask, k, s, key, j, i, 2);
	}
}
/* The spellings of the Arabic article inside a name: "al", its
 * assimilated forms ("ash Shughur", "az Zawr") and the forms of French
 * and older English transliteration ("ez-Zor", "el-Arish"). */
static const char *const SR_GAZ_ARTICLES[] = {"al", "el", "ar", "as", "ash", "at", "ad", "az", "an", "ath",
                                              "adh", "ez", "es", "ed", "er", "en", "et", NULL};

/* The skeleton of a folded name: its Arabic articles dropped ("al ",
 * "ash ", "ez " ...: "jisr al shughur" and "jisr ash shughur" alike), its
 * first letter (any vowel an "a", a "q" a "k"), then its consonants
 * without vowels, "y", "w" or doubling, spaces and hyphens gone, nor a
 * word's last "h" after a vowel or an "h" after "g", "k", "d", "t", "z":
 * "morak" and "morek" are "mrk", "idleb" and "idlib" "idlb", "deraa" and
 * "daraa" "dr", "qiryat" and "kiryat" "krt", "ein issa" and "ayn isa"
 * "ans".  Transliterations of one name mostly differ in what it drops.
 * Its hash; 0 when too short to tell (under three letters). */
static inline uint64_t sr_gaz_skeleton(const char *key, size_t n)
{
	char sk[64];
	size_t k = 0;
	for (size_t i = 0; i < n && k < sizeof sk;) {
		size_t w = i;
		while (w < n && key[w] != ' ' && key[w] != '-')
			w++;
		int article = 0;
		for (size_t r = 0; SR_GAZ_ARTICLES[r] && w < n && !article; r++)
			article = strlen(SR_GAZ_ARTICLES[r]) == w - i && !memcmp(key + i, SR_GAZ_ARTICLES[r], w - i);
		for (size_t c = i; c < w && !article && k < sizeof sk; c++) {
			/* (a word's last "h" after a vowel is the Arabic ta
			 * marbuta, written or not: "hawija", "hawijah") */
			if (key[c] == 'h' && c + 1 == w && c > i && strchr("aeiou", key[c - 1]))
				continue;
			/* (nor the "h" of "gh", "kh", "dh", "th", "zh", written or
			 * not: "shughur", "shugur") */
			if (key[c] == 'h' && c > i && strchr("gkdtz", key[c - 1]))
				continue;
			/* ("q" is a "k"; Somali's "x" an "h": "Xarardheere",
			 * "Harardheere") */
			char ch = key[c] == 'q' ? 'k' : key[c] == 'x' ? 'h' : key[c];
			if (!k && strchr("aeiouy", ch))
				ch = 'a';
			if (!k || !(strchr("aeiouyw", ch) || sk[k - 1] == ch))
				sk[k++] = ch;
		}
		i = w + 1;
	}
	if (k < 3)
		return 0;
	return sr_hash64(sk, k, 0x5ce1) | 1;
}

/* An entry of the index of skeletons: a town's name (its key entry's
 * string and its place) by the skeleton's hash (lo, hi: the file keeps
 * it as two 32-bit halves), sorted by hash, then by key entry. */
typedef struct sr_gskel {
	uint32_t lo, hi, key, place;
} sr_gskel;

static inline uint64_t sr_gskel_hash(const sr_gskel *x)
{
	return (uint64_t)x->hi << 32 | x->lo;
}
#endif
