/* vec.c: the growable array; see vec.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

bool sr_vec_reserve_(void **v, size_t *cap, size_t n, size_t more, size_t size, size_t first)
{
	if (n <= *cap && more <= *cap - n)
		return true;
	if (n > SIZE_MAX / 2 - more)
		return false;
	size_t c = *cap ? *cap : first ? first : 1;
	while (c < n + more)
		c = c > SIZE_MAX / 2 ? n + more : c * 2;
	if (c > SIZE_MAX / size)
		return false;
	void *p = realloc(*v, c * size);
	if (!p)
		return false;
	*v = p;
	*cap = c;
	return true;
}

void sr_sort_by_offset(void *base, size_t n, size_t size, size_t key_offset)
{
	unsigned char *v = base, small[256], *tmp = size <= sizeof small ? small : malloc(size);
	if (!tmp)
		return; /* (out of memory: left as it was) */
	for (size_t i = 1; i < n; i++) {
		size_t key;
		memcpy(&key, v + i * size + key_offset, sizeof key);
		size_t j = i;
		for (size_t kj; j > 0 && (memcpy(&kj, v + (j - 1) * size + key_offset, sizeof kj), kj > key); j--)
			;
		if (j == i)
			continue;
		memcpy(tmp, v + i * size, size);
		memmove(v + (j + 1) * size, v + j * size, (i - j) * size);
		memcpy(v + j * size, tmp, size);
	}
	if (tmp != small)
		free(tmp);
}
