/* vec.h: the growable array, written once.  An array v holding n items
 * with room for cap: SR_VEC_GROW makes room for one more, SR_VEC_RESERVE
 * for `more` more, doubling from `first` items; false when out of memory,
 * the array left as it was. */
#ifndef SR_VEC_H
#define SR_VEC_H
#include <stdbool.h>
#include <stddef.h>

bool sr_vec_reserve_(void **v, size_t *cap, size_t n, size_t more, size_t size, size_t first);
#define SR_VEC_RESERVE(v, n, cap, more, first) sr_vec_reserve_((void **)&(v), &(cap), (n), (more), sizeof *(v), (first))
#define SR_VEC_GROW(v, n, cap, first) SR_VEC_RESERVE(v, n, cap, 1, first)
/* Sort n items of size bytes, stably, by the size_t key each holds at
 * key_offset (small arrays: an insertion sort). */
void sr_sort_by_offset(void *base, size_t n, size_t size, size_t key_offset);
#endif
