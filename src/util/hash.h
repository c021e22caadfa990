/* hash.h: 64-bit hashes for ids and exact duplicates, and SimHash for
 * near-duplicates. */
#ifndef SR_HASH_H
#define SR_HASH_H
#include <stddef.h>
#include <stdint.h>

/* FNV-1a with a murmur3 finaliser: fast, well mixed, not cryptographic. */
uint64_t sr_hash64(const void *p, size_t n, uint64_t seed);
/* SimHash of the text's word 3-shingles (runs of ASCII letters and digits,
 * case folded, or of non-ASCII bytes); 0 when the text has fewer than 24
 * words. */
uint64_t sr_simhash(const char *text, size_t n);
#endif
