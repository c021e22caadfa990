#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct sr_arena_block {
	sr_arena_block *prev;
	size_t cap;
	_Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_BLOCK = 64 * 1024 };

void sr_arena_init(sr_arena *a)
{
	memset(a, 0, sizeof *a);
}

void sr_arena_clear(sr_arena *a)
{
	sr_arena_block *b = a->head;
	while (b) {
		sr_arena_block *p = b->prev;
		free(b);
		b = p;
	}
	memset(a, 0, sizeof *a);
}

void *sr_arena_alloc(sr_arena *a, size_t n)
{
	size_t need = (n + 15) & ~(size_t)15;
	if (need < n)
		return NULL;
	if (!a->head || a->cap - a->used < need) {
		size_t cap = need > ARENA_MIN_BLOCK ? need : ARENA_MIN_BLOCK;
		if (a->total > cap && a->total < SIZE_MAX / 2 && cap < a->total / 2)
			cap = a->total / 2; /* grow geometrically */
		if (cap > SIZE_MAX - sizeof(sr_arena_block))
			return NULL;
		sr_arena_block *b = malloc(sizeof *b + cap);
		if (!b)
			return NULL;
		b->prev = a->head;
		b->cap = cap;
		a->head = b;
		a->used = 0;
		a->cap = cap;
		a->total += cap;
	}
	void *p = a->head->data + a->used;
	a->used += need;
	memset(p, 0, n);
	return p;
}

char *sr_arena_strndup(sr_arena *a, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *d = sr_arena_alloc(a, n + 1);
	if (!d)
		return NULL;
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *sr_arena_strdup(sr_arena *a, const char *s)
{
	return sr_arena_strndup(a, s, strlen(s));
}
