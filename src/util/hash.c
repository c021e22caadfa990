/* hash.c: 64-bit hashes and SimHash; see hash.h. */
#include "hash.h"

#include "str.h"

enum { MIN_WORDS = 24 };

static inline uint64_t fmix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

uint64_t sr_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 14695981039346656037ULL ^ fmix64(seed + n);
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return fmix64(h);
}

/* Words: runs of ASCII letters and digits or of non-ASCII bytes (letters of
 * other scripts); ASCII folded to lower case. */
bool sr_minhash(const char *text, size_t n, uint32_t *out, size_t k)
{
	uint32_t mins[256];
	uint64_t mul[256];
	if (k > 256)
		k = 256;
	for (size_t j = 0; j < k; j++) {
		mins[j] = UINT32_MAX;
		mul[j] = fmix64(0x9E3779B97F4A7C15ULL * (j + 1)) | 1; /* odd multipliers */
	}
	uint64_t w[3] = {0, 0, 0};
	size_t words = 0;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)text[i];
		if (!(sr_is_alnum(c) || c >= 0x80)) {
			i++;
			continue;
		}
		uint64_t h = 14695981039346656037ULL;
		while (i < n) {
			c = (unsigned char)text[i];
			if (!(sr_is_alnum(c) || c >= 0x80))
				break;
			h = (h ^ sr_lower(c)) * 1099511628211ULL;
			i++;
		}
		w[0] = w[1];
		w[1] = w[2];
		w[2] = h;
		if (++words < 3)
			continue;
		uint64_t sh = fmix64(w[0] * 0x9E3779B97F4A7C15ULL ^ fmix64(w[1] + 0x632BE59BD9B4E019ULL) ^ (w[2] << 1));
		/* multiply-shift hashing: one family member per signature value */
		for (size_t j = 0; j < k; j++) {
			uint32_t v = (uint32_t)((mul[j] * sh) >> 32);
			if (v < mins[j])
				mins[j] = v;
		}
	}
	if (words < MIN_WORDS)
		return false;
	for (size_t j = 0; j < k; j++)
		out[j] = mins[j];
	return true;
}
