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
uint64_t sr_simhash(const char *text, size_t n)
{
	int32_t v[64] = {0};
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
		for (int b = 0; b < 64; b++)
			v[b] += (sh >> b) & 1 ? 1 : -1;
	}
	if (words < MIN_WORDS)
		return 0;
	uint64_t out = 0;
	for (int b = 0; b < 64; b++)
		if (v[b] > 0)
			out |= 1ULL << b;
	return out ? out : 1;
}

