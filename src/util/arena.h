/* arena.h: a bump allocator; one per document, freed at once. */
#ifndef SR_ARENA_H
#define SR_ARENA_H
#include <stddef.h>

typedef struct sr_arena_block sr_arena_block;

typedef struct sr_arena {
	sr_arena_block *head;
	size_t used, cap; /* in head */
	size_t total;     /* bytes reserved over all blocks */
} sr_arena;

void sr_arena_init(sr_arena *a);
void sr_arena_clear(sr_arena *a);
/* Zeroed, 16-byte aligned memory, or NULL when out of memory. */
void *sr_arena_alloc(sr_arena *a, size_t n);
/* A NUL-terminated copy of s[0..n). */
char *sr_arena_strndup(sr_arena *a, const char *s, size_t n);
char *sr_arena_strdup(sr_arena *a, const char *s);
#endif
