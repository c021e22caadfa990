/* hash.c: MinHash signatures; see hash.h. */
#include "hash.h"

#include "str.h"

enum { MIN_WORDS = 24 };


/* Words: runs of ASCII letters and digits or of non-ASCII bytes (letters of
 * other scripts); ASCII folded to lower case.  One permutation hashing
 * (Li, Owen and Zhang 2012): each shingle is hashed once, its hash's high
 * bits pick one of the k bins and its low bits compete for that bin's
 * minimum; empty bins borrow a filled bin's value chosen by a hash of the
 * bin's number (Shrivastava 2017, "optimal densification"), so two texts'
 * signatures agree bin by bin with the probability of their Jaccard
 * similarity, at one hash per shingle instead of k. */
bool sr_minhash(const char *text, size_t n, uint32_t *out, size_t k)
{
	uint32_t mins[256];
	bool filled[256];
	if (k > 256)
		k = 256;
	if (k == 0)
		return false;
	for (size_t j = 0; j < k; j++) {
		mins[j] = UINT32_MAX;
		filled[j] = false;
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
		uint64_t sh = sr_fmix64(w[0] * 0x9E3779B97F4A7C15ULL ^ sr_fmix64(w[1] + 0x632BE59BD9B4E019ULL) ^ (w[2] << 1));
		size_t bin = (size_t)(((sh >> 32) * (uint64_t)k) >> 32);
		uint32_t v = (uint32_t)sh;
		if (v < mins[bin] || !filled[bin])
			mins[bin] = v;
		filled[bin] = true;
	}
	if (words < MIN_WORDS)
		return false;
	for (size_t j = 0; j < k; j++) {
		if (filled[j]) {
			out[j] = mins[j];
			continue;
		}
		size_t from = SIZE_MAX;
		for (uint64_t t = 1; t <= 4096 && from == SIZE_MAX; t++) {
			size_t b = (size_t)(((sr_fmix64((uint64_t)j * 0x9E3779B97F4A7C15ULL + t) >> 32) * (uint64_t)k) >> 32);
			if (filled[b])
				from = b;
		}
		for (size_t b = 0; b < k && from == SIZE_MAX; b++)
			if (filled[b])
				from = b;
		out[j] = mins[from];
	}
	return true;
}
