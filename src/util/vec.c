/* vec.c: the growable array; see vec.h. */
#include <stdint.h>
#include <stdlib.h>

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
