/* dict.h: the dictionaries' internals (public part in sitrep/dict.h):
 * interned words, phrase tries, the entries of each kind, and what the
 * stage's files share.
 *
 *   words.c  words interned, phrase tries, phrases added
 *   read.c   the readers of actors, agents, discards and issues; lines, comments, codes, dates
 *   verbs.c  the verbs reader: blocks, forms, synsets, patterns
 *   dict.c   loading files and folders, warnings, lookups */
#ifndef SR_DICT_H
#define SR_DICT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"
#include "../util/vec.h"

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

/* A compiled pattern element. */
enum { PI_WORD, PI_SYN, PI_SRC, PI_TGT, PI_SKIP, PI_COMP };
typedef struct sr_pitem {
	int32_t v, plural; /* word id (and its plural's), or synset index */
	uint8_t kind;      /* PI_* */
	uint8_t join;      /* must follow the previous item at once ('_') */
} sr_pitem;

typedef struct sr_pattern {
	char *text;     /* the pattern as written, between '-' and the code */
	char code[16];  /* "042", "042:043" */
	uint32_t block, line;
	uint32_t file;  /* index into the file names */
	sr_pitem *items; /* before the verb, then after it */
	uint16_t n_pre, n_post;
	bool pre_join;   /* the last item before the verb must touch it ("X_*") */
} sr_pattern;

/* The loaded dictionaries (the coder reads them directly). */
typedef struct phrase_ref {
	uint32_t first, n; /* into syn_words */
} phrase_ref;

struct sr_dict {
	/* interned words */
	char **words;
	uint16_t *word_len; /* each word's length (the table probes compare it first) */
	size_t n_words, cap_words;
	uint32_t *wtab; /* open addressing: word id + 1, 0 empty */
	size_t wcap;
	sr_trie actor_t, agent_t, discard_t, issue_t, verb_t;
	sr_actor *actors;
	size_t n_actors, cap_actors;
	sr_restriction *restr;
	size_t n_restr, cap_restr;
	sr_agent *agents;
	size_t n_agents, cap_agents;
	uint8_t *discards; /* 1: the whole story */
	size_t n_discards, cap_discards;
	char (*issues)[48];
	size_t n_issues, cap_issues;
	sr_synset *synsets;
	size_t n_synsets, cap_synsets;
	uint32_t *syn_words;
	int32_t *syn_plurals; /* the plural's word id of each synset word, or -1 */
	size_t n_syn_words, cap_syn_words;
	phrase_ref *syn_phrases;
	size_t n_syn_phrases, cap_syn_phrases;
	sr_verb_block *blocks;
	size_t n_blocks, cap_blocks;
	sr_verb_form *forms;
	size_t n_forms, cap_forms;
	sr_pattern *patterns;
	size_t n_patterns, cap_patterns;
	char **transforms;
	size_t n_transforms, cap_transforms;
	char **files;
	size_t n_files;
	char **warnings;
	size_t n_warnings, cap_warnings, dropped_warnings;
	bool failed; /* out of memory */
	char err[600];
};

/* The id of an upper-case word, -1 when the dictionaries do not have it. */
int64_t sr_dict_word(const sr_dict *d, const char *s, size_t n);

/* A word of text as the tries see it: its id, and the ids of those of its
 * prefixes (three letters or more) that the dictionaries know, longest
 * first: the stems it may begin with. */
typedef struct sr_dword {
	int64_t id;
	int32_t prefix[4];
	uint8_t n_prefix;
} sr_dword;

/* Look a word of text up (any case). */
void sr_dict_dword(const sr_dict *d, const char *s, size_t n, sr_dword *out);
/* The longest phrase of a trie at the start of words[0..n): its length in
 * words (0: none) and *entry. */
size_t sr_trie_walk(const sr_trie *t, const sr_dword *words, size_t n, int32_t *entry);
/* The trie of a kind (NULL for SR_DICT_AUTO). */
const sr_trie *sr_dict_trie(const sr_dict *d, sr_dict_kind kind);
/* The payload at the end of a phrase of word ids in a trie: the node, or
 * -1; trie lookups for the coder. */
int64_t sr_trie_child(const sr_trie *t, uint32_t node, uint32_t word);

/* ---- what the stage's files share ------------------------------------------- */

enum { SR_DICT_MAX_LINE = 1 << 16, SR_DICT_MAX_WORDS = 64, SR_DICT_MAX_WARNINGS = 10000 };

/* Room for one more in one of d's arrays; false, with d->failed, when out
 * of memory. */
#define GROW(d, arr, n, cap) (SR_VEC_GROW((d)->arr, (d)->n, (d)->cap, 64) || ((d)->failed = true, false))

/* A warning: "file:line: reason". */
void sr_dict_warn(sr_dict *d, const char *file, size_t line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The id of the word s[0, n) (upper case), added when add; -1 when it is
 * not there (or d failed). */
int64_t sr_dict_word_id(sr_dict *d, const char *s, size_t n, bool add);
bool sr_trie_init(sr_trie *t);
void sr_trie_free(sr_trie *t);
/* Upper-case words of s[0, n) separated by '_' or blanks (at most
 * SR_DICT_MAX_WORDS); *exact when the phrase ends with '_'.  Returns the
 * number of words (0: none, or too many). */
size_t sr_dict_phrase_words(sr_dict *d, const char *s, size_t n, uint32_t *out, bool *exact);
/* Add the phrase s[0, n) to trie t with entry; a warning (file:line)
 * when it cannot be. */
bool sr_dict_add_phrase(sr_dict *d, sr_trie *t, const char *s, size_t n, int32_t entry, const char *file, size_t line);
/* The length of s[0, n) before its comment ('#', and ';' when semi; not
 * inside a [code]). */
size_t sr_dict_strip_comment(const char *s, size_t n, bool semi);
/* The [code] of a line: its text (*in, *in_n) and where it begins (*at);
 * false when there is none. */
bool sr_dict_bracket(const char *s, size_t n, const char **in, size_t *in_n, size_t *at);
/* A noun's plural, into out; its length (0: none). */
size_t sr_dict_plural(const char *w, size_t n, char *out, size_t cap);

/* The readers of each kind: the file's name (for warnings) and its text. */
void sr_dict_actors(sr_dict *d, const char *file, const char *data, size_t n);
void sr_dict_agents(sr_dict *d, const char *file, const char *data, size_t n);
void sr_dict_discards(sr_dict *d, const char *file, const char *data, size_t n);
void sr_dict_issues(sr_dict *d, const char *file, const char *data, size_t n);
/* file_idx: the file's index among d's (a pattern says which file it came from). */
void sr_dict_verbs(sr_dict *d, const char *file, uint32_t file_idx, const char *data, size_t n);

/* A dictionary file read a line at a time. */
typedef struct sr_dict_lines {
	sr_dict *d;
	const char *file, *data;
	size_t n, at;
	size_t line; /* the number of the line handed out last */
} sr_dict_lines;
enum { SR_LINES_RAW = 0, SR_LINES_HASH = 1, SR_LINES_HASH_SEMI = 2 };
/* The next line with anything on it: its words trimmed into *s and *n,
 * its comment cut first as strip says (SR_LINES_HASH: '#'; _HASH_SEMI:
 * ';' too); *indented (may be NULL) when it began with a blank.  Lines
 * over the cap are said and left out, as are XML comments ("<!--").
 * False at the end, or when d failed. */
bool sr_dict_next_line(sr_dict_lines *l, int strip, const char **s, size_t *n, bool *indented);
#endif
