/* dict.h: the dictionaries' internals: interned words, phrase tries, and the
 * entries of each kind (public part in sitrep.h). */
#ifndef SR_DICT_H
#define SR_DICT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"

/* A trie over word ids: edges in one hash table keyed by (node, word). */
typedef struct sr_trie {
	struct sr_edge {
		uint32_t node, word, child;
	} *edges;
	size_t n_edges, cap_edges; /* open addressing; cap a power of two */
	int32_t *payload;          /* per node: an entry index, or -1 */
	uint8_t *stem;             /* per node: the last word may be a prefix of the text's word */
	size_t n_nodes, cap_nodes;
} sr_trie;

typedef struct sr_restriction {
	char code[24];
	int32_t from, to; /* YYYYMMDD, inclusive; 0 and 99999999 when open */
} sr_restriction;

typedef struct sr_actor {
	char code[24]; /* the default, "" for none */
	uint32_t first_restriction, n_restrictions;
	uint32_t line; /* where it was defined */
} sr_actor;

typedef struct sr_agent {
	char code[24];
	bool before; /* "NGO~": the code goes before the actor's */
} sr_agent;

typedef struct sr_synset {
	char name[48];
	uint32_t first_phrase, n_phrases; /* phrases in the synset phrase list */
} sr_synset;

typedef struct sr_verb_block {
	char desc[64];
	char code[16]; /* the block's code, "---" for none */
	uint32_t first_pattern, n_patterns;
} sr_verb_block;

typedef struct sr_verb_form {
	uint32_t block;
	char code[16];
} sr_verb_form;

typedef struct sr_pattern {
	char *text;     /* the pattern as written, between '-' and the code */
	char code[16];  /* "042", "042:043" */
	uint32_t block, line;
	uint32_t file;  /* index into the file names */
} sr_pattern;

#endif
