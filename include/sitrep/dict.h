/* sitrep/dict.h: dictionaries in the TABARI/PETRARCH formats (actors,
 * agents, verbs with their patterns, discards, issues): sitrep's own and
 * the user's, loaded into one set of tries and looked up by the coder. */
#ifndef SITREP_DICT_H
#define SITREP_DICT_H

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sr_dict_kind {
	SR_DICT_AUTO = 0, /* by the file's name */
	SR_DICT_ACTORS,   /* *.actors.txt */
	SR_DICT_AGENTS,   /* *.agents.txt */
	SR_DICT_VERBS,    /* *.verbs.txt, CAMEO*.txt */
	SR_DICT_DISCARDS, /* *.discards.txt */
	SR_DICT_ISSUES    /* *IssueCoding*, *.issues.txt */
} sr_dict_kind;

typedef struct sr_dict_stats {
	size_t words, actors, actor_phrases, restrictions, agents, synsets, verb_blocks, verb_forms, patterns,
	    transformations, discards, issues, warnings;
} sr_dict_stats;

typedef struct sr_dict sr_dict;

SR_API sr_status sr_dict_new(sr_dict **out);
/* Load a dictionary file, or every file of a folder whose name tells its
 * kind (in name order).  Unreadable lines are left out and reported as
 * warnings ("file:line: reason"); the status fails only when a file cannot
 * be read at all (message in sr_dict_error). */
SR_API sr_status sr_dict_load(sr_dict *d, const char *path, sr_dict_kind kind);
SR_API sr_status sr_dict_load_mem(sr_dict *d, const char *name, const char *data, size_t n, sr_dict_kind kind);
/* sitrep's own dictionaries: the countries of the world (made at build time
 * from npm world-countries), and the agents, verbs and discards written in
 * data/dict/.  SITREP_DATA_DIR overrides where they are looked for. */
SR_API sr_status sr_dict_load_defaults(sr_dict *d);
SR_API sr_dict_kind sr_dict_kind_of(const char *path);
SR_API const char *sr_dict_error(const sr_dict *d);
SR_API size_t sr_dict_warnings(const sr_dict *d, const char *const **out);
SR_API void sr_dict_stats_get(const sr_dict *d, sr_dict_stats *s);
SR_API void sr_dict_free(sr_dict *d);
/* The longest phrase of a kind at the start of words[0..n) (any case; a
 * phrase without a final '_' may end with the start of a word): its length
 * in words (0: none) and *entry.  Read only: any number of threads may
 * look up one loaded dictionary. */
SR_API size_t sr_dict_match(const sr_dict *d, sr_dict_kind kind, const char *const *words, const size_t *lens,
                            size_t n, int32_t *entry);
/* An actor's code on a date (YYYYMMDD; date restrictions first, then the
 * default), NULL for none. */
SR_API const char *sr_dict_actor_code(const sr_dict *d, int32_t entry, int32_t date);
/* An agent's code; *before when it goes before the actor's ("NGO~"). */
SR_API const char *sr_dict_agent_code(const sr_dict *d, int32_t entry, int *before);
/* A verb form's code and the description of its block. */
SR_API const char *sr_dict_verb_code(const sr_dict *d, int32_t entry, const char **block);
SR_API int sr_dict_discard_story(const sr_dict *d, int32_t entry);
SR_API const char *sr_dict_issue_code(const sr_dict *d, int32_t entry);


#ifdef __cplusplus
}
#endif
#endif
