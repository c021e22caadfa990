/* hash.h: 64-bit hashes for ids and exact duplicates, and MinHash for
 * near-duplicates. */
#ifndef SR_HASH_H
#define SR_HASH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* FNV-1a with a murmur3 finaliser: fast, well mixed, not cryptographic. */
uint64_t sr_hash64(const void *p, size_t n, uint64_t seed);
/* MinHash signature (k values) of the text's word 3-shingles (words: runs
 * of ASCII letters and digits, case folded, or of non-ASCII bytes).
 * Returns false, leaving out alone, when the text has fewer than 24 words. */
bool sr_minhash(const char *text, size_t n, uint32_t *out, size_t k);
#endif
