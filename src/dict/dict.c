/* dict.c: TABARI/PETRARCH dictionaries (actors, agents, verbs, discards,
 * issues) read into tries over interned words; see sitrep.h.
 *
 * The formats are PETRARCH2's (dictionaries.rst), read the way its own
 * reader does where the text is silent: '#' starts a comment anywhere (and
 * ';' in actor lines, as TABARI files have it); words are upper-cased;
 * '_' and blanks both separate words; a phrase that ends with '_' matches
 * whole words only, one that does not may match the start of the text's
 * last word (a stem).  A line that cannot be read is reported as
 * "file:line: reason" and left out; loading goes on.  Once loaded, the
 * dictionary is only read, so threads share it. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dict.h"
#include "../util/datadir.h"
#include "../util/str.h"

void sr_dict_warn(sr_dict *d, const char *file, size_t line, const char *fmt, ...)
{
	if (d->n_warnings >= SR_DICT_MAX_WARNINGS) {
		d->dropped_warnings++;
		return;
	}
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	char full[700];
	snprintf(full, sizeof full, "%s:%zu: %s", file, line, msg);
	if (!GROW(d, warnings, n_warnings, cap_warnings))
		return;
	d->warnings[d->n_warnings] = strdup(full);
	if (d->warnings[d->n_warnings])
		d->n_warnings++;
}

/* ---- loading --------------------------------------------------------------------------------------- */

sr_status sr_dict_new(sr_dict **out)
{
	sr_dict *d = calloc(1, sizeof *d);
	if (!d)
		return SR_ENOMEM;
	if (!sr_trie_init(&d->actor_t) || !sr_trie_init(&d->agent_t) || !sr_trie_init(&d->discard_t) ||
	    !sr_trie_init(&d->issue_t) || !sr_trie_init(&d->verb_t)) {
		sr_dict_free(d);
		return SR_ENOMEM;
	}
	*out = d;
	return SR_OK;
}

void sr_dict_free(sr_dict *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_words; i++)
		free(d->words[i]);
	free(d->words);
	free(d->word_len);
	free(d->wtab);
	sr_trie_free(&d->actor_t);
	sr_trie_free(&d->agent_t);
	sr_trie_free(&d->discard_t);
	sr_trie_free(&d->issue_t);
	sr_trie_free(&d->verb_t);
	free(d->actors);
	free(d->restr);
	free(d->agents);
	free(d->discards);
	free(d->issues);
	free(d->synsets);
	free(d->syn_words);
	free(d->syn_plurals);
	free(d->syn_phrases);
	free(d->blocks);
	free(d->forms);
	for (size_t i = 0; i < d->n_patterns; i++) {
		free(d->patterns[i].text);
		free(d->patterns[i].items);
	}
	free(d->patterns);
	for (size_t i = 0; i < d->n_transforms; i++)
		free(d->transforms[i]);
	free(d->transforms);
	for (size_t i = 0; i < d->n_files; i++)
		free(d->files[i]);
	free(d->files);
	for (size_t i = 0; i < d->n_warnings; i++)
		free(d->warnings[i]);
	free(d->warnings);
	free(d);
}

sr_dict_kind sr_dict_kind_of(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	size_t n = strlen(b);
	if (sr_memcasemem(b, n, "IssueCoding", 11) || sr_memcasemem(b, n, ".issues", 7))
		return SR_DICT_ISSUES;
	if (sr_memcasemem(b, n, ".actors", 7))
		return SR_DICT_ACTORS;
	if (sr_memcasemem(b, n, ".agents", 7))
		return SR_DICT_AGENTS;
	if (sr_memcasemem(b, n, ".verbs", 6) || (n >= 5 && sr_ascii_ncaseeq(b, "CAMEO", 5)))
		return SR_DICT_VERBS;
	if (sr_memcasemem(b, n, ".discards", 9))
		return SR_DICT_DISCARDS;
	return SR_DICT_AUTO;
}

sr_status sr_dict_load_mem(sr_dict *d, const char *name, const char *data, size_t n, sr_dict_kind kind)
{
	if (kind == SR_DICT_AUTO)
		kind = sr_dict_kind_of(name);
	if (kind == SR_DICT_AUTO) {
		snprintf(d->err, sizeof d->err, "%s: not a dictionary name sitrep knows (*.actors.txt, *.agents.txt, "
		                                 "*.verbs.txt or CAMEO*.txt, *.discards.txt, *IssueCoding*): give its kind",
		         name);
		return SR_EINVAL;
	}
	char **f = realloc(d->files, (d->n_files + 1) * sizeof *f);
	if (!f)
		return SR_ENOMEM;
	d->files = f;
	d->files[d->n_files] = strdup(name);
	if (!d->files[d->n_files])
		return SR_ENOMEM;
	uint32_t idx = (uint32_t)d->n_files++;
	const char *file = d->files[idx];
	switch (kind) {
	case SR_DICT_ACTORS: sr_dict_actors(d, file, data, n); break;
	case SR_DICT_AGENTS: sr_dict_agents(d, file, data, n); break;
	case SR_DICT_VERBS: sr_dict_verbs(d, file, idx, data, n); break;
	case SR_DICT_DISCARDS: sr_dict_discards(d, file, data, n); break;
	case SR_DICT_ISSUES: sr_dict_issues(d, file, data, n); break;
	default: break;
	}
	if (d->failed) {
		snprintf(d->err, sizeof d->err, "%s: out of memory", name);
		return SR_ENOMEM;
	}
	return SR_OK;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

sr_status sr_dict_load(sr_dict *d, const char *path, sr_dict_kind kind)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		snprintf(d->err, sizeof d->err, "%s: %s", path, strerror(errno));
		return SR_EIO;
	}
	if (S_ISDIR(st.st_mode)) {
		/* a folder: the files whose names say their kind, in name order */
		DIR *dir = opendir(path);
		if (!dir) {
			snprintf(d->err, sizeof d->err, "%s: %s", path, strerror(errno));
			return SR_EIO;
		}
		char **names = NULL;
		size_t n = 0;
		struct dirent *e;
		while ((e = readdir(dir)) != NULL) {
			if (e->d_name[0] == '.' || sr_dict_kind_of(e->d_name) == SR_DICT_AUTO)
				continue;
			char **p = realloc(names, (n + 1) * sizeof *p);
			if (!p)
				break;
			names = p;
			names[n] = strdup(e->d_name);
			if (names[n])
				n++;
		}
		closedir(dir);
		if (n)
			qsort(names, n, sizeof *names, cmp_str);
		sr_status rc = SR_OK;
		for (size_t i = 0; i < n; i++) {
			char full[4096];
			snprintf(full, sizeof full, "%s/%s", path, names[i]);
			if (rc == SR_OK)
				rc = sr_dict_load(d, full, SR_DICT_AUTO);
			free(names[i]);
		}
		free(names);
		return rc;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(d->err, sizeof d->err, "%s: %s", path, strerror(errno));
		return SR_EIO;
	}
	if (st.st_size > (off_t)SR_MAX_INPUT) {
		fclose(f);
		snprintf(d->err, sizeof d->err, "%s: larger than the 64 MiB cap", path);
		return SR_ETOOBIG;
	}
	size_t n = (size_t)st.st_size;
	char *buf = malloc(n + 1);
	if (!buf) {
		fclose(f);
		return SR_ENOMEM;
	}
	size_t got = fread(buf, 1, n, f);
	fclose(f);
	sr_status rc = sr_dict_load_mem(d, path, buf, got, kind);
	free(buf);
	return rc;
}

sr_status sr_dict_load_defaults(sr_dict *d)
{
	char path[4200];
	sr_data_path("countries.actors.txt", path, sizeof path);
	struct stat st;
	if (stat(path, &st) != 0) {
		snprintf(d->err, sizeof d->err,
		         "%.400s: the countries are not built (npm world-countries in data/npm: run scripts/setup.sh; or "
		         "SITREP_DATA_DIR names sitrep's data folder)",
		         path);
		return SR_EIO;
	}
	sr_status rc = sr_dict_load(d, path, SR_DICT_ACTORS);
	if (rc != SR_OK)
		return rc;
	return sr_dict_load(d, sr_data_path("dict", path, sizeof path), SR_DICT_AUTO);
}

int64_t sr_dict_word(const sr_dict *d, const char *s, size_t n)
{
	return sr_dict_word_id((sr_dict *)d, s, n, false);
}

const char *sr_dict_error(const sr_dict *d)
{
	return d->err;
}

size_t sr_dict_warnings(const sr_dict *d, const char *const **out)
{
	*out = (const char *const *)d->warnings;
	return d->n_warnings;
}

void sr_dict_stats_get(const sr_dict *d, sr_dict_stats *s)
{
	memset(s, 0, sizeof *s);
	s->words = d->n_words;
	s->actors = d->n_actors;
	s->actor_phrases = d->actor_t.n_nodes - 1;
	s->restrictions = d->n_restr;
	s->agents = d->n_agents;
	s->synsets = d->n_synsets;
	s->verb_blocks = d->n_blocks;
	s->verb_forms = d->n_forms;
	s->patterns = d->n_patterns;
	s->transformations = d->n_transforms;
	s->discards = d->n_discards;
	s->issues = d->n_issues;
	s->warnings = d->n_warnings + d->dropped_warnings;
}

/* ---- lookups (read only: safe from any number of threads) -------------------------------------- */

static sr_trie *trie_of(sr_dict *d, sr_dict_kind k)
{
	switch (k) {
	case SR_DICT_ACTORS: return &d->actor_t;
	case SR_DICT_AGENTS: return &d->agent_t;
	case SR_DICT_VERBS: return &d->verb_t;
	case SR_DICT_DISCARDS: return &d->discard_t;
	case SR_DICT_ISSUES: return &d->issue_t;
	default: return NULL;
	}
}

const sr_trie *sr_dict_trie(const sr_dict *d, sr_dict_kind kind)
{
	return trie_of((sr_dict *)d, kind);
}

void sr_dict_dword(const sr_dict *dc, const char *s, size_t n, sr_dword *out)
{
	sr_dict *d = (sr_dict *)dc; /* lookups do not add words */
	char up[256];
	out->id = -1;
	out->n_prefix = 0;
	if (!n || n >= sizeof up)
		return;
	for (size_t k = 0; k < n; k++)
		up[k] = (char)(((unsigned char)s[k] < 0x80) ? sr_upper((unsigned char)s[k]) : s[k]);
	out->id = sr_dict_word_id(d, up, n, false);
	for (size_t pl = n - 1; pl >= 3 && pl < n && out->n_prefix < 4; pl--) {
		int64_t pid = sr_dict_word_id(d, up, pl, false);
		if (pid >= 0)
			out->prefix[out->n_prefix++] = (int32_t)pid;
	}
}

size_t sr_trie_walk(const sr_trie *t, const sr_dword *w, size_t n, int32_t *entry)
{
	uint32_t node = 0;
	size_t best = 0;
	*entry = -1;
	for (size_t i = 0; i < n; i++) {
		int64_t c = w[i].id >= 0 ? sr_trie_child(t, node, (uint32_t)w[i].id) : -1;
		/* a stem: the phrase's last word begins the text's word */
		if (c < 0 || t->payload[c] < 0)
			for (uint8_t k = 0; k < w[i].n_prefix; k++) {
				int64_t sc = sr_trie_child(t, node, (uint32_t)w[i].prefix[k]);
				if (sc >= 0 && t->stem[sc] && t->payload[sc] >= 0) {
					best = i + 1;
					*entry = t->payload[sc];
					break;
				}
			}
		if (c < 0)
			break;
		node = (uint32_t)c;
		if (t->payload[node] >= 0) {
			best = i + 1;
			*entry = t->payload[node];
		}
	}
	return best;
}

size_t sr_dict_match(const sr_dict *d, sr_dict_kind kind, const char *const *words, const size_t *lens, size_t n,
                     int32_t *entry)
{
	const sr_trie *t = trie_of((sr_dict *)d, kind);
	sr_dword dw[64];
	*entry = -1;
	if (!t)
		return 0;
	if (n > 64)
		n = 64;
	for (size_t i = 0; i < n; i++)
		sr_dict_dword(d, words[i], lens[i], &dw[i]);
	return sr_trie_walk(t, dw, n, entry);
}

const char *sr_dict_actor_code(const sr_dict *d, int32_t entry, int32_t date)
{
	if (entry < 0 || (size_t)entry >= d->n_actors)
		return NULL;
	const sr_actor *a = &d->actors[entry];
	for (uint32_t i = 0; i < a->n_restrictions; i++) {
		const sr_restriction *r = &d->restr[a->first_restriction + i];
		if (date >= r->from && date <= r->to)
			return r->code;
	}
	return a->code[0] ? a->code : NULL;
}

const char *sr_dict_agent_code(const sr_dict *d, int32_t entry, int *before)
{
	if (entry < 0 || (size_t)entry >= d->n_agents)
		return NULL;
	if (before)
		*before = d->agents[entry].before;
	return d->agents[entry].code;
}

const char *sr_dict_verb_code(const sr_dict *d, int32_t entry, const char **block)
{
	if (entry < 0 || (size_t)entry >= d->n_forms)
		return NULL;
	if (block)
		*block = d->blocks[d->forms[entry].block].desc;
	return d->forms[entry].code;
}

int sr_dict_discard_story(const sr_dict *d, int32_t entry)
{
	return entry >= 0 && (size_t)entry < d->n_discards && d->discards[entry];
}

const char *sr_dict_issue_code(const sr_dict *d, int32_t entry)
{
	return entry >= 0 && (size_t)entry < d->n_issues ? d->issues[entry] : NULL;
}
