/* hash.h: 64-bit hashes for ids and exact duplicates, and MinHash for
 * near-duplicates. */
#ifndef SR_HASH_H
#define SR_HASH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* murmur3's 64-bit finaliser */
static inline uint64_t sr_fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

/* FNV-1a with a murmur3 finaliser: fast, well mixed, not cryptographic.
 * Inline, so that the data builders (tools/) hash as the library does
 * when they store its indexes. */
static inline uint64_t sr_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 14695981039346656037ULL ^ sr_fmix64(seed + n);
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return sr_fmix64(h);
}
/* MinHash signature (k values) of the text's word 3-shingles (words: runs
 * of ASCII letters and digits, case folded, or of non-ASCII bytes).
 * Returns false, leaving out alone, when the text has fewer than 24 words. */
bool sr_minhash(const char *text, size_t n, uint32_t *out, size_t k);
#endif
