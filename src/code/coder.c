/* coder.c: who did what to whom, sentence by sentence, with TABARI/PETRARCH
 * dictionaries; see sitrep.h.
 *
 * A shallow coder, the way TABARI codes: in each sentence it finds the
 * actors (actor phrases, agent phrases, and the two together: "Arnorian
 * soldiers", "Gondor's army"), the verbs (verb forms of the dictionary) and
 * clause breaks; for each verb the source is the nearest actor before it in
 * its clause (skipping relative and parenthetical clauses set off by
 * commas), the target the first actor after it, and the verb's patterns
 * are tried on the words around it (the pattern that matches the most
 * words wins, else the verb's own code).  Passive voice ("was attacked by
 * X") swaps source and target; "A and B" codes both; a code "032:033" is
 * two events, the second the other way round; "not"/"never" before the
 * verb marks the event negated. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "../dict/dict.h"
#include "../nlp/nlp.h"
#include "code.h"
#include "../util/str.h"
#include "../util/vec.h"

enum { MAX_SENT_TOKENS = 2000, MAX_EVENTS = 64 };

typedef struct mention {
	size_t first, last; /* word indices, inclusive */
	char code[32];
	bool has_actor;
} mention;

typedef struct ctx {
	const sr_dict *d;
	const char *text;
	word w[MAX_SENT_TOKENS];
	sr_dword dw[MAX_SENT_TOKENS]; /* the words as the tries see them */
	size_t n;
	mention m[256];
	size_t n_m;
	int32_t date;
	int flags;
	uint64_t present[16]; /* a 1024-bit Bloom filter of the sentence's word ids */
	/* the actors found, when the caller wants them */
	sr_mention *men;
	size_t n_men, cap_men;
	bool want_men, failed;
	bool hypo; /* the verb being coded is hypothetical */
	const sr_doc *doc;
	uint32_t tok[MAX_SENT_TOKENS]; /* each word's token in doc */
	uint8_t grief[MAX_SENT_TOKENS]; /* the words of a protest's grievance (sr_nlp_grievances) */
	uint8_t tgrief[MAX_SENT_TOKENS]; /* the same by token of the sentence */
	uint8_t mask[MAX_SENT_TOKENS];   /* words set aside when looking for an uncoded event */
	bool any_grief;
	size_t cl_from, cl_to;         /* the sentence's clauses in doc */
} ctx;

static inline unsigned bloom_bit(int64_t id)
{
	return (unsigned)(((uint64_t)id * 0x9E3779B97F4A7C15ULL) >> 54); /* 0..1023 */
}

static inline bool maybe_present(const ctx *c, int64_t id)
{
	if (id < 0)
		return false;
	unsigned b = bloom_bit(id);
	return (c->present[b >> 6] >> (b & 63)) & 1;
}

/* Can the pattern's words all be in the sentence? (a cheap no) */
static bool pattern_possible(const ctx *c, const sr_pitem *it, size_t n)
{
	for (size_t q = 0; q < n; q++)
		if (it[q].kind == PI_WORD && !maybe_present(c, it[q].v) && !maybe_present(c, it[q].plural))
			return false;
	return true;
}

static bool is_word(const ctx *c, size_t i, const char *up)
{
	size_t n = strlen(up);
	return i < c->n && c->w[i].n == n && sr_ascii_ncaseeq(c->w[i].s, up, n);
}

/* Is an actor named within three words after word a ("by the Taliban",
 * "from suspected Taliban fighters")? */
static bool actor_named_after(const ctx *c, size_t a)
{
	for (size_t k = 0; k < c->n_m; k++)
		if (c->m[k].first > a && c->m[k].first <= a + 3 && c->m[k].code[0])
			return true;
	return false;
}

/* Is a word of saying among the words [from, to) ("Amnesty International
 * said at least 100 were killed": who says so suffered nothing)? */
static bool said_between(const ctx *c, size_t from, size_t to)
{
	static const char *const SAY[] = {"SAID", "SAYS", "SAY", "REPORTED", "TOLD", "STATED", "ANNOUNCED",
	                                  "CONFIRMED", "ADDED", "ESTIMATED", "CLAIMED", NULL};
	for (size_t k = from; k < to && k < c->n; k++)
		for (const char *const *w = SAY; *w; w++)
			if (is_word(c, k, *w))
				return true;
	return false;
}

static bool is_punct(const ctx *c, size_t i, const char *p)
{
	return i < c->n && c->w[i].kind == SR_TOK_PUNCT && c->w[i].n == strlen(p) && memcmp(c->w[i].s, p, c->w[i].n) == 0;
}

/* Longest phrase of a kind at word i (within its stretch without
 * punctuation): its length and entry. */
static size_t match_at(const ctx *c, sr_dict_kind kind, size_t i, int32_t *entry)
{
	size_t n = 0;
	while (i + n < c->n && n < 16) {
		const word *w = &c->w[i + n];
		if (w->kind == SR_TOK_PUNCT && !(w->n == 1 && w->s[0] == '.'))
			break;
		n++;
	}
	*entry = -1;
	size_t len = n ? sr_trie_walk(sr_dict_trie(c->d, kind), &c->dw[i], n, entry) : 0;
	/* a short actor's name alone is an acronym's ("WHO", "UN", "IS"),
	 * said in capitals: "villagers who" names no WHO */
	if (len == 1 && kind == SR_DICT_ACTORS && c->w[i].n <= 3 && !(c->w[i].flags & SR_TF_CAP)) {
		*entry = -1;
		return 0;
	}
	return len;
}

static void add_mention(ctx *c, size_t first, size_t last, const char *code, bool actor)
{
	if (c->n_m >= sizeof c->m / sizeof *c->m)
		return;
	mention *m = &c->m[c->n_m++];
	m->first = first;
	m->last = last;
	snprintf(m->code, sizeof m->code, "%s", code ? code : "");
	m->has_actor = actor;
}

/* Another member of a combined actor ("Danish media and government"):
 * "/" and the actor's code with the agent's, before it or after. */
static void add_member(char *combined, size_t cap, const char *agent, int before, const char *code)
{
	size_t cl = strlen(combined);
	if (before)
		snprintf(combined + cl, cap - cl, "/%.8s%.12s", agent, code ? code : "");
	else
		snprintf(combined + cl, cap - cl, "/%.12s%.8s", code ? code : "", agent);
}

/* Actors and agents, combined: "Arnorian soldiers", "Gondor's army",
 * "the army of Gondor". */
static void find_actors(ctx *c, bool *is_verb)
{
	c->n_m = 0;
	for (size_t i = 0; i < c->n;) {
		int32_t e = -1;
		size_t len = is_verb[i] ? 0 : match_at(c, SR_DICT_ACTORS, i, &e);
		if (len) {
			const char *code = sr_dict_actor_code(c->d, e, c->date);
			size_t last = i + len - 1;
			char combined[32];
			snprintf(combined, sizeof combined, "%s", code ? code : "");
			/* an agent right after: "Arnorian soldiers", "Gondor 's army" */
			size_t j = last + 1;
			if (j < c->n && (c->w[j].flags & SR_TF_CLITIC))
				j++;
			/* adjectives between: "Arnorian riot police" */
			int32_t ge = -1;
			size_t glen = 0;
			for (size_t k = j; k < c->n && k < j + 5 && !glen; k++) {
				/* "Ithilen and the government of Gondor": not Ithilen's
				 * (but "awful and evil minister" is) */
				/* (nor over a verb: "FAMa established a new military
				 * post") */
				if (c->w[k].kind == SR_TOK_PUNCT || c->w[k].pos == SR_POS_VERB || c->w[k].pos == SR_POS_AUX)
					break;
				if ((is_word(c, k, "AND") || is_word(c, k, "OR")) && k + 1 < c->n &&
				    (is_word(c, k + 1, "THE") || is_word(c, k + 1, "A") || is_word(c, k + 1, "AN") ||
				     is_word(c, k + 1, "ITS") || (c->w[k + 1].flags & SR_TF_CAP)))
					break;
				/* a capitalised word may lead to the agent ("first Deputy
				 * Prime Minister") but not be another actor */
				if (k > j && (c->w[k].flags & SR_TF_CAP) && !match_at(c, SR_DICT_AGENTS, k, &ge) &&
				    (k + 1 >= c->n || !(c->w[k + 1].flags & SR_TF_CAP) || match_at(c, SR_DICT_ACTORS, k, &ge)))
					break;
				glen = match_at(c, SR_DICT_AGENTS, k, &ge);
				if (glen)
					j = k;
				else if (match_at(c, SR_DICT_ACTORS, k, &e) || is_verb[k])
					break;
			}
			if (glen) {
				int before = 0;
				const char *ac = sr_dict_agent_code(c->d, ge, &before);
				/* "White House security officials": USAGOV already says GOV */
				if (ac && code && strlen(code) > 3 && strstr(code + 3, ac))
					ac = NULL;
				if (ac) {
					if (before)
						snprintf(combined, sizeof combined, "%.12s%.16s", ac, code ? code : "");
					else
						snprintf(combined, sizeof combined, "%.16s%.12s", code ? code : "", ac);
				}
				last = j + glen - 1;
				/* "Danish media and government": the actor with each */
				if (last + 2 < c->n && is_word(c, last + 1, "AND") && !is_verb[last + 2]) {
					int32_t ge2 = -1;
					size_t g2 = match_at(c, SR_DICT_AGENTS, last + 2, &ge2);
					int b2 = 0;
					const char *ac2 = g2 ? sr_dict_agent_code(c->d, ge2, &b2) : NULL;
					if (ac2) {
						add_member(combined, sizeof combined, ac2, b2, code);
						last = last + 1 + g2;
					}
				}
			}
			/* a country's name right before a group of it: "Afghan Taliban",
			 * "Somali al-Shabaab" are the group */
			if (!glen && code && strlen(code) == 3 && last + 1 < c->n && !is_verb[last + 1]) {
				int32_t e2 = -1;
				size_t l2 = match_at(c, SR_DICT_ACTORS, last + 1, &e2);
				const char *code2 = l2 ? sr_dict_actor_code(c->d, e2, c->date) : NULL;
				if (code2 && strlen(code2) > 3 && (!strncmp(code2, code, 3) || !strncmp(code2, "---", 3) ||
				                                   !strncmp(code2, "IMG", 3))) {
					if (!strncmp(code2, "---", 3))
						snprintf(combined, sizeof combined, "%.3s%.24s", code, code2 + 3);
					else
						snprintf(combined, sizeof combined, "%s", code2);
					last += l2;
				}
			}
			add_mention(c, i, last, combined, true);
			i = last + 1;
			continue;
		}
		int32_t ge = -1;
		size_t glen = is_verb[i] ? 0 : match_at(c, SR_DICT_AGENTS, i, &ge);
		if (glen) {
			/* "the army of Gondor", "police in Arnor" */
			size_t last = i + glen - 1;
			int before = 0;
			const char *ac = sr_dict_agent_code(c->d, ge, &before);
			char combined[32];
			snprintf(combined, sizeof combined, "---%.20s", ac ? ac : "");
			size_t j = last + 1;
			/* "MSF Arnor": an agent right before an actor goes with it */
			if (j < c->n && !is_verb[j]) {
				int32_t ae = -1;
				size_t l2 = match_at(c, SR_DICT_ACTORS, j, &ae);
				if (l2) {
					const char *code = sr_dict_actor_code(c->d, ae, c->date);
					if (before)
						snprintf(combined, sizeof combined, "%.12s%.16s", ac ? ac : "", code ? code : "");
					else
						snprintf(combined, sizeof combined, "%.16s%.12s", code ? code : "", ac ? ac : "");
					last = j + l2 - 1;
					/* and an agent after it: "an MSF Arnor diplomat" */
					int32_t ge2 = -1;
					size_t g2 = last + 1 < c->n && !is_verb[last + 1] ? match_at(c, SR_DICT_AGENTS, last + 1, &ge2) : 0;
					if (g2) {
						int b2 = 0;
						const char *ac2 = sr_dict_agent_code(c->d, ge2, &b2);
						if (ac2 && !strstr(combined, ac2)) {
							size_t cl = strlen(combined);
							snprintf(combined + cl, sizeof combined - cl, "%.8s", ac2);
						}
						last += g2;
					}
					add_mention(c, i, last, combined, true);
					i = last + 1;
					continue;
				}
			}
			/* "lawmakers and officials in Fornost": a second agent */
			const char *ac2 = NULL;
			int b2 = 0;
			if (j + 1 < c->n && is_word(c, j, "AND") && !is_verb[j + 1]) {
				int32_t ge2 = -1;
				size_t g2 = match_at(c, SR_DICT_AGENTS, j + 1, &ge2);
				size_t after = j + 1 + g2;
				if (g2 && after < c->n && (is_word(c, after, "OF") || is_word(c, after, "FROM") || is_word(c, after, "IN"))) {
					ac2 = sr_dict_agent_code(c->d, ge2, &b2);
					j = after;
				}
			}
			if (j + 1 < c->n && (is_word(c, j, "OF") || is_word(c, j, "FROM") || is_word(c, j, "IN"))) {
				int32_t ae = -1;
				size_t k = j + 1;
				if (is_word(c, k, "THE"))
					k++;
				size_t len2 = match_at(c, SR_DICT_ACTORS, k, &ae);
				if (len2) {
					/* "lawmakers in Fornost and Gondor": the agent goes with each */
					size_t first_actor = 0;
					for (;;) {
						const char *code = sr_dict_actor_code(c->d, ae, c->date);
						if (before)
							snprintf(combined, sizeof combined, "%.12s%.16s", ac ? ac : "", code ? code : "");
						else
							snprintf(combined, sizeof combined, "%.16s%.12s", code ? code : "", ac ? ac : "");
						if (ac2)
							add_member(combined, sizeof combined, ac2, b2, code);
						add_mention(c, first_actor ? k : i, k + len2 - 1, combined, true);
						first_actor++;
						size_t nx = k + len2;
						if (nx < c->n && is_punct(c, nx, ","))
							nx++;
						if (nx < c->n && is_word(c, nx, "AND"))
							nx++;
						if (nx == k + len2 || nx >= c->n)
							break;
						if (is_word(c, nx, "THE"))
							nx++;
						size_t l3 = match_at(c, SR_DICT_ACTORS, nx, &ae);
						if (!l3)
							break;
						k = nx;
						len2 = l3;
					}
					i = k + len2;
					continue;
				}
			}
			add_mention(c, i, last, combined, false);
			i = last + 1;
			continue;
		}
		i++;
	}
}

/* Clause breaks: ';', ':' and the start of a reported or relative clause
 * are walls the source does not cross. */
static bool wall(const ctx *c, size_t i)
{
	return is_punct(c, i, ";") || is_punct(c, i, ":") || is_word(c, i, "WHO") || is_word(c, i, "WHICH") ||
	       is_word(c, i, "THAT") || is_word(c, i, "AFTER") || is_word(c, i, "BEFORE") || is_word(c, i, "WHILE") ||
	       is_word(c, i, "WHEN") || is_word(c, i, "BECAUSE") || is_word(c, i, "SINCE") || is_word(c, i, "ALTHOUGH");
}

/* Is the actor at word i the object of a preposition ("at police",
 * "against the army")? */
static bool object_of_preposition(const ctx *c, size_t i)
{
	size_t b = i;
	if (b > 0 && (is_word(c, b - 1, "THE") || is_word(c, b - 1, "A") || is_word(c, b - 1, "AN")))
		b--;
	/* "troops backed by (clan) militias regained" */
	for (size_t q = b, steps = 0; q > 1 && steps < 3; q--, steps++) {
		if (is_word(c, q - 1, "BY") &&
		    (is_word(c, q - 2, "BACKED") || is_word(c, q - 2, "SUPPORTED") || is_word(c, q - 2, "ASSISTED") ||
		     is_word(c, q - 2, "AIDED") || is_word(c, q - 2, "ACCOMPANIED") || is_word(c, q - 2, "JOINED")))
			return true;
		if (c->w[q - 1].kind != SR_TOK_WORD)
			break;
	}
	return b > 0 && (is_word(c, b - 1, "AT") || is_word(c, b - 1, "AGAINST") || is_word(c, b - 1, "TOWARDS") ||
	                 is_word(c, b - 1, "TOWARD") || is_word(c, b - 1, "ON") || is_word(c, b - 1, "INTO"));
}

/* Is the actor at word i the object of a verb before it, with the verb
 * at v coordinated after it ("seized three men, stoned them and ...")?
 * Its words are preceded by a verb (past an article, a number or an
 * adjective), and only a comma or "and" stands between it and v. */
static bool object_of_verb(const ctx *c, size_t i, size_t v)
{
	const sr_doc *d = c->doc;
	size_t b = i;
	while (b > 0 && b + 3 > i) {
		int pos = d->tokens[c->tok[b - 1]].pos;
		if (pos != SR_POS_DET && pos != SR_POS_NUM && pos != SR_POS_ADJ)
			break;
		b--;
	}
	if (b == 0 || d->tokens[c->tok[b - 1]].pos != SR_POS_VERB)
		return false;
	/* the coordination before v */
	return v > 0 && (is_punct(c, v - 1, ",") || is_word(c, v - 1, "AND"));
}

/* The mention that ends at or before word i and belongs to the clause: */
static int find_source(const ctx *c, size_t verb)
{
	/* the first actor of the clause the verb is in; a comma-set-off
	 * insertion ("Arnor, which X, attacked") is skipped by taking the first */
	size_t start = 0;
	for (size_t i = verb; i-- > 0;)
		if (wall(c, i)) {
			start = i + 1;
			break;
		}
	/* "…, a senior official said": who reports is after the last comma */
	if (is_word(c, verb, "SAID") || is_word(c, verb, "SAYS") || is_word(c, verb, "REPORTED") ||
	    is_word(c, verb, "ADDED") || is_word(c, verb, "STATED") || is_word(c, verb, "TOLD"))
		for (size_t i = verb; i-- > start;)
			if (is_punct(c, i, ",")) {
				start = i + 1;
				break;
			}
	/* (not the object of a preposition: "threw stones at police and
	 * burned cars" is not the police's burning; nor an actor of a
	 * relative clause: "three men who had posted images of President
	 * Ruto were abducted") */
	size_t rel = SIZE_MAX;
	/* ("a minibus that had been stopped by police, then stoned them": the
	 * residents before it stoned) */
	if (start > 1 &&
	    (is_word(c, start - 1, "WHO") || is_word(c, start - 1, "WHOM") || is_word(c, start - 1, "WHOSE") ||
	     ((is_word(c, start - 1, "THAT") || is_word(c, start - 1, "WHICH")) && c->w[start - 2].pos == SR_POS_NOUN)) &&
	    !is_punct(c, start - 2, ",")) {
		/* (the verb after the clause's own: "who had posted ... were
		 * abducted" is the main clause's, whose subject is before "who") */
		bool own_verb = false;
		for (size_t i = start; i + 1 < verb && !own_verb; i++)
			own_verb = c->w[i].pos == SR_POS_VERB && !(c->w[i].flags & SR_TF_CAP);
		if (own_verb) {
			rel = start - 1;
			start = 0;
			for (size_t i = rel; i-- > 0;)
				if (wall(c, i)) {
					start = i + 1;
					break;
				}
		}
	}
	for (size_t k = 0; k < c->n_m; k++)
		if (c->m[k].first >= start && c->m[k].last < verb && !object_of_preposition(c, c->m[k].first) &&
		    !(rel != SIZE_MAX && c->m[k].first > rel))
			return (int)k;
	return -1;
}

static int find_target(const ctx *c, size_t verb_end, size_t *stop)
{
	size_t end = c->n;
	for (size_t i = verb_end + 1; i < c->n; i++)
		if (is_punct(c, i, ";") || is_word(c, i, "AFTER") || is_word(c, i, "BEFORE") || is_word(c, i, "WHEN") ||
		    is_word(c, i, "AMID") || is_word(c, i, "AMIDST") ||
		    is_word(c, i, "WHILE") || is_word(c, i, "BECAUSE") || is_word(c, i, "UNTIL") || is_word(c, i, "ALTHOUGH") || (is_punct(c, i, ",") && i + 1 < c->n && (is_word(c, i + 1, "SAID") || is_word(c, i + 1, "A") || is_word(c, i + 1, "THE") || is_word(c, i + 1, "ACCORDING")))) {
			end = i;
			break;
		}
	/* ", activists said": the attribution is not the object */
	for (size_t i = verb_end + 1; i < end; i++) {
		if (!is_punct(c, i, ","))
			continue;
		for (size_t k = i + 1; k < end && k < i + 6; k++)
			if (is_word(c, k, "SAID") || is_word(c, k, "SAYS") || is_word(c, k, "REPORTED") ||
			    is_word(c, k, "TOLD") || is_word(c, k, "ADDED") || is_word(c, k, "STATED")) {
				end = i;
				break;
			}
	}
	/* "hacked him to death, leaving a note branding him a police
	 * informer": the object is the pronoun's person, told before; what
	 * the clause after the comma names is not it */
	if (verb_end + 1 < end && (is_word(c, verb_end + 1, "HIM") || is_word(c, verb_end + 1, "HER") ||
	                           is_word(c, verb_end + 1, "THEM")))
		for (size_t i = verb_end + 2; i < end; i++)
			if (is_punct(c, i, ",")) {
				end = i;
				break;
			}
	*stop = end;
	for (size_t k = 0; k < c->n_m; k++)
		if (c->m[k].first > verb_end && c->m[k].first < end)
			return (int)k;
	return -1;
}

/* Does synset sy match the words at i (returns the words used)? */
static size_t synset_at(const ctx *c, int32_t sy, size_t i, size_t end)
{
	const sr_dict *d = c->d;
	const sr_synset *s = &d->synsets[sy];
	for (uint32_t p = 0; p < s->n_phrases; p++) {
		const phrase_ref *pr = &d->syn_phrases[s->first_phrase + p];
		if (i + pr->n > end)
			continue;
		bool ok = true;
		for (uint32_t k = 0; k < pr->n && ok; k++) {
			int64_t id = c->w[i + k].id;
			ok = id >= 0 && (id == (int64_t)d->syn_words[pr->first + k] || id == d->syn_plurals[pr->first + k]);
		}
		if (ok)
			return pr->n;
	}
	return 0;
}

/* The first mention that starts in [from, to), or -1. */
static int mention_from(const ctx *c, size_t from, size_t to)
{
	for (size_t k = 0; k < c->n_m; k++)
		if (c->m[k].first >= from && c->m[k].first < to)
			return (int)k;
	return -1;
}

static size_t conjuncts(const ctx *c, int m, int *out, size_t max);

/* Match compiled pattern items in order within [from, to): the number of
 * items matched, -1 when one is missing.  Words may have other words
 * between them unless joined by '_'; the actor slots '$' (source) and '+'
 * (target) take the first actor after what matched before them (*src,
 * *tgt); '^' skips one word. */
static int match_items(const ctx *c, const sr_pitem *it, size_t n, size_t from, size_t to, bool post, int *src,
                       int *tgt, size_t *first_at, size_t *end_at)
{
	int matched = 0;
	size_t at = from, first_hit = SIZE_MAX;
	for (size_t q = 0; q < n; q++) {
		const sr_pitem *p = &it[q];
		switch (p->kind) {
		case PI_SKIP: at++; continue;
		case PI_COMP: {
			/* '%': a compound actor ("Arnor and Gondor") stands here, the
			 * source before the verb, the target after it */
			int m = mention_from(c, at, to);
			int parts[8];
			size_t np = m >= 0 ? conjuncts(c, m, parts, 8) : 0;
			if (np < 2)
				return -1;
			*(post ? tgt : src) = m;
			at = c->m[parts[np - 1]].last + 1;
			matched++;
			continue;
		}
		case PI_SRC:
		case PI_TGT: {
			int m = mention_from(c, at, to);
			if (m < 0)
				return -1;
			if (p->kind == PI_SRC)
				*src = m;
			else
				*tgt = m;
			at = c->m[m].last + 1;
			matched++;
			continue;
		}
		default: break;
		}
		size_t found = 0, k = at;
		for (; k < to; k++) {
			if (p->kind == PI_WORD) {
				int64_t id = c->w[k].id;
				if (id >= 0 && (id == p->v || id == p->plural))
					found = 1;
			} else {
				found = synset_at(c, p->v, k, to);
			}
			if (found || p->join)
				break;
		}
		if (!found)
			return -1;
		if (first_hit == SIZE_MAX)
			first_hit = k;
		at = k + found;
		matched++;
	}
	if (first_at)
		*first_at = first_hit;
	if (end_at)
		*end_at = at;
	return matched;
}

static void push_event(sr_event *ev, size_t *n, const ctx *c, size_t sent, const mention *src, const mention *tgt,
                       const char *code, size_t vs, size_t ve, bool neg, bool passive, const char *rule)
{
	if (*n >= MAX_EVENTS)
		return;
	sr_event *e = &ev[(*n)++];
	memset(e, 0, sizeof *e);
	e->sentence = sent;
	snprintf(e->cameo, sizeof e->cameo, "%s", code);
	if (src) {
		e->source.start = c->w[src->first].start;
		e->source.end = c->w[src->last].end;
		snprintf(e->source.code, sizeof e->source.code, "%s", src->code);
	}
	if (tgt) {
		e->target.start = c->w[tgt->first].start;
		e->target.end = c->w[tgt->last].end;
		snprintf(e->target.code, sizeof e->target.code, "%s", tgt->code);
	}
	e->verb_start = c->w[vs].start;
	e->verb_end = c->w[ve].end;
	e->negated = neg;
	e->passive = passive;
	e->hypothetical = c->hypo;
	snprintf(e->rule, sizeof e->rule, "%s", rule);
}

/* "A and B": the mentions joined to m by "and" / ",". */
static size_t conjuncts(const ctx *c, int m, int *out, size_t max)
{
	size_t n = 0;
	if (m < 0)
		return 0;
	out[n++] = m;
	for (int k = m; k + 1 < (int)c->n_m && n < max; k++) {
		size_t g = c->m[k].last + 1;
		bool joined = false;
		if (g < c->n && is_punct(c, g, ","))
			g++, joined = true;
		if (g < c->n && (is_word(c, g, "AND") || is_word(c, g, "NOR") || is_word(c, g, "OR")))
			g++, joined = true;
		if (!joined)
			break;
		/* "and the evil awful Gondor": a determiner and modifiers between */
		for (int steps = 0; g < c->n && steps < 4 && c->m[k + 1].first > g; steps++) {
			if (c->w[g].kind != SR_TOK_WORD || ((c->w[g].flags & SR_TF_CAP) && !is_word(c, g, "THE")))
				break;
			g++;
		}
		if (c->m[k + 1].first == g)
			out[n++] = k + 1;
		else
			break;
	}
	return n;
}

/* The mentions a code like "FRO/BIL/SAM" stands for. */
static size_t split_codes(const mention *m, mention *out, size_t max)
{
	size_t n = 0;
	const char *p = m->code;
	do {
		const char *slash = strchr(p, '/');
		size_t len = slash ? (size_t)(slash - p) : strlen(p);
		out[n] = *m;
		snprintf(out[n].code, sizeof out[n].code, "%.*s", (int)len, p);
		n++;
		p = slash ? slash + 1 : NULL;
	} while (p && n < max);
	return n;
}

/* "fighting broke out between the SAF and the RSF": when the mention
 * m follows "between" ("the"), the mention joined to it by "and" within a
 * few words (its other side), else -1. */
static int other_side(const ctx *c, const mention *m)
{
	size_t f = m->first;
	if (!(f > 0 && (is_word(c, f - 1, "BETWEEN") || (f > 1 && is_word(c, f - 1, "THE") && is_word(c, f - 2, "BETWEEN")))))
		return -1;
	for (size_t k = 0; k < c->n_m; k++) {
		const mention *o = &c->m[k];
		if (o->first <= m->last || o->first > m->last + 12 || !o->code[0])
			continue;
		for (size_t i = m->last + 1; i < o->first; i++)
			if (is_word(c, i, "AND"))
				return (int)k;
	}
	return -1;
}

/* Is the verb at v denied by the words just before it: "not", "never",
 * "no"; or a shot by "without" ("without a shot being fired", "without
 * firing a shot"; "without fighting" is how ground changed hands)? */
static bool negated_before(const ctx *c, size_t v)
{
	for (size_t k = v > 3 ? v - 3 : 0; k < v; k++)
		if (is_word(c, k, "NOT") || is_word(c, k, "N'T") || is_word(c, k, "NEVER") || is_word(c, k, "NO"))
			return true;
	bool shot = is_word(c, v, "FIRED") || is_word(c, v, "FIRING") || is_word(c, v, "SHOT"), without = false;
	for (size_t k = v > 4 ? v - 4 : 0; k < v; k++) {
		shot = shot || is_word(c, k, "SHOT") || is_word(c, k, "SHOTS") || is_word(c, k, "BULLET");
		without = without || is_word(c, k, "WITHOUT");
	}
	return shot && without;
}

/* The mentions in the subject and object of the clause whose verb group
 * holds word v (the language core's clauses), -1 when none. */
static void clause_roles(const ctx *c, size_t v, int *src, int *obj)
{
	const sr_doc *d = c->doc;
	uint32_t t = c->tok[v];
	for (size_t i = c->cl_from; i < c->cl_to; i++) {
		const sr_clause *cl = &d->clauses[i];
		const sr_chunk *vp = &d->chunks[cl->verb];
		if (t < vp->first || t > vp->last)
			continue;
		for (int r = 0; r < 2; r++) {
			int32_t np = r ? cl->object : cl->subject;
			if (np < 0)
				continue;
			const sr_chunk *ch = &d->chunks[np];
			/* (a subject that counts its people, "hundreds of PTI
			 * supporters", "a group of youths": the people after "of") */
			uint32_t last = ch->last;
			static const char *const COUNTED[] = {"hundreds", "thousands", "dozens", "scores", "tens", "group", "groups",
			                                      "crowd", "crowds", "number", "band", "gang", "mob", "several",
			                                      "many", "some", NULL};
			if (!r && last + 2 < d->n_tokens && sr_tok_is(d, last + 1, "of") && last + 1 < vp->first &&
			    (sr_tok_in(d, last, COUNTED) || d->tokens[last].kind == SR_TOK_NUMBER))
				last = last + 4 < vp->first ? last + 4 : vp->first - 1;
			for (size_t k = 0; k < c->n_m; k++) {
				uint32_t a = c->tok[c->m[k].first], b = c->tok[c->m[k].last];
				if (a <= last && b >= ch->first) {
					*(r ? obj : src) = (int)k;
					break;
				}
			}
		}
		return;
	}
}

/* A pattern's code: a digit, then digits or capitals ("174K"), with a
 * ':' pair; or "---", "###". */
static bool valid_code(const char *code)
{
	if (strcmp(code, "---") == 0 || strcmp(code, "###") == 0)
		return true;
	if (!(code[0] >= '0' && code[0] <= '9'))
		return false;
	for (const char *p = code; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || *p == ':'))
			return false;
	return true;
}

/* A lower-case adverb: "-ly" ("fiercely"), or "earlier", "later",
 * "again", "also", "already", "once", "twice", "often", "soon". */
static bool adverb(const ctx *c, size_t i)
{
	static const char *const ADV[] = {"EARLIER", "LATER", "AGAIN", "ALSO", "ALREADY",
	                                  "ONCE",    "TWICE", "OFTEN", "SOON", "STILL"};
	const word *w = &c->w[i];
	if (w->kind != SR_TOK_WORD || (w->flags & SR_TF_CAP))
		return false;
	if (w->n > 4 && sr_ascii_ncaseeq(w->s + w->n - 2, "ly", 2))
		return true;
	for (size_t k = 0; k < sizeof ADV / sizeof *ADV; k++)
		if (is_word(c, i, ADV[k]))
			return true;
	return false;
}

/* Discards: a sentence about sports is not coded (not one that names
 * bombs or shells: "suicide bombers detonated their explosives where
 * people were watching a football match"). */
static bool discarded(const ctx *c)
{
	for (size_t i = 0; i < c->n; i++) {
		int32_t e;
		if (match_at(c, SR_DICT_DISCARDS, i, &e)) {
			sr_cues q;
			sr_cues_find(c->w, c->n, NULL, &q);
			return !sr_acled_weapons_said(&q);
		}
	}
	return false;
}

/* "threatened to attack", "will attack", "plans to strike": the verb's
 * event has not happened. */
static bool hypothetical(const ctx *c, size_t v)
{
	static const char *const MODAL[] = {"WILL", "WOULD", "COULD", "MAY", "MIGHT", "SHALL", "SHOULD", "'LL", "CAN", "MUST"};
	static const char *const INTENT[] = {"THREATEN", "VOW",     "PLAN",    "INTEND",  "WANT",  "SEEK",
	                                     "SOUGHT",   "PROMISE", "PLEDGE",  "AIM",     "TRY",   "TRIED",
	                                     "HOPE",     "EXPECT",  "PREPARE", "PROPOSE", "OFFER", "DECIDE",
	                                     "AGREE",    "WARN",    "PREPARING", "READY", "SET",  "GOING"};
	for (size_t k = v, steps = 0; k-- > 0 && steps < 4; steps++) {
		const word *w = &c->w[k];
		if (w->kind == SR_TOK_PUNCT)
			return false;
		/* "investigating whether the attack was linked to ...": asked,
		 * not told */
		if (is_word(c, k, "WHETHER"))
			return true;
		/* ("May Day", "in May": the month, capitalised mid-sentence) */
		for (size_t q = 0; q < sizeof MODAL / sizeof *MODAL; q++)
			if (is_word(c, k, MODAL[q]) && !(q == 3 && w->s[0] == 'M' && k > 0))
				return true;
		/* "accused of abducting children", "arrested for killing": a
		 * charge, not a deed told */
		if ((is_word(c, k, "OF") || is_word(c, k, "FOR")) && k + 3 >= v) {
			static const char *const CHARGE[] = {"ACCUSED", "ACCUSING", "ACCUSE", "SUSPECTED", "SUSPECTING",
			                                     "SUSPICION", "CHARGED", "CONVICTED", "ARRESTED", "DETAINED",
			                                     "JAILED", "SENTENCED", "GUILTY", "ALLEGATIONS"};
			for (size_t b = k, st = 0; b-- > 0 && st < 3; st++)
				for (size_t q = 0; q < sizeof CHARGE / sizeof *CHARGE; q++)
					if (is_word(c, b, CHARGE[q]))
						return true;
		}
		if (is_word(c, k, "TO") && k > 0) {
			const word *p = &c->w[k - 1];
			for (size_t q = 0; q < sizeof INTENT / sizeof *INTENT; q++) {
				size_t n = strlen(INTENT[q]);
				if (p->n >= n && p->n <= n + 3 && sr_ascii_ncaseeq(p->s, INTENT[q], n))
					return true; /* "threatened", "vows", "planning" */
			}
			return false;
		}
	}
	return false;
}

/* What a hypothetical event's code becomes: the intent to cooperate
 * (03x) or the threat (13x) of it; NULL when it stays (statements,
 * appeals, disapproval: roots 01-02, 09-13). */
static const char *intent_code(const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	switch (root) {
	case 4: return "036";  /* express intent to meet or negotiate */
	case 5: return "032";  /* ... to engage in diplomatic cooperation */
	case 6: return "031";  /* ... to engage in material cooperation */
	case 7: return "033";  /* ... to provide material aid */
	case 8: return "035";  /* ... to yield */
	case 14: return "133"; /* threaten political dissent, protest */
	case 15: case 18: case 19: case 20: return "138"; /* threaten with military force */
	case 16: return "131"; /* threaten non-force */
	case 17: return "137"; /* threaten with repression */
	default: return NULL;
	}
}

/* Is the subject of the verb at v people the text does not name ("two
 * men on a motorbike", "unknown individuals")?  Armed ones ("armed
 * youths") are a group of their own. */
static bool unnamed_subject(const ctx *c, size_t v)
{
	static const char *const WHO[] = {"MAN",      "MEN",     "INDIVIDUAL",  "INDIVIDUALS", "PERSON",    "PERSONS",
	                                  "PEOPLE",   "SUSPECT", "SUSPECTS",    "ASSAILANT",   "ASSAILANTS", "ATTACKER",
	                                  "ATTACKERS", "STRANGERS", "PERPETRATORS", "ASSASSIN", "ASSASSINS", "MEMBERS",
	                                  "THUGS",    "GANGSTERS", "HITMEN"};
	bool who = false;
	for (size_t k = v, steps = 0; k-- > 0 && steps < 7; steps++) {
		if (c->w[k].kind == SR_TOK_PUNCT || c->w[k].pos == SR_POS_VERB || c->w[k].pos == SR_POS_AUX)
			break;
		if (is_word(c, k, "ARMED"))
			return false;
		for (size_t q = 0; q < sizeof WHO / sizeof *WHO && !who; q++)
			who = is_word(c, k, WHO[q]);
	}
	return who;
}

/* Are two mentions the same words ("the army" twice)? */
static bool same_words(const ctx *c, const mention *a, const mention *b)
{
	size_t na = c->w[a->last].end - c->w[a->first].start, nb = c->w[b->last].end - c->w[b->first].start;
	return na == nb && !memcmp(c->doc->text + c->w[a->first].start, c->doc->text + c->w[b->first].start, na);
}

static void code_sentence(ctx *c, size_t sent, sr_event *ev, size_t *n_ev)
{
	bool is_verb[MAX_SENT_TOKENS] = {false};
	int32_t verb_entry[MAX_SENT_TOKENS];
	size_t verb_len[MAX_SENT_TOKENS];
	for (size_t i = 0; i < c->n; i++) {
		int32_t e = -1;
		size_t len = match_at(c, SR_DICT_VERBS, i, &e);
		if (len) {
			is_verb[i] = true;
			verb_entry[i] = e;
			verb_len[i] = len;
		}
	}
	/* verb forms used as nouns are not verbs */
	for (size_t v = 0; v < c->n; v++) {
		if (!is_verb[v])
			continue;
		/* a month's name by a day or a year ("on 2 March 2024", "March
		 * 12") is a date */
		if ((is_word(c, v, "MARCH") || is_word(c, v, "MAY")) && (c->w[v].flags & SR_TF_CAP) &&
		    ((v > 0 && c->w[v - 1].kind == SR_TOK_NUMBER) || (v + 1 < c->n && c->w[v + 1].kind == SR_TOK_NUMBER))) {
			is_verb[v] = false;
			continue;
		}

		/* a noun's modifier after a number: "found 14 shell casings" */
		if (v > 0 && v + 1 < c->n && (c->w[v - 1].kind == SR_TOK_NUMBER || c->w[v - 1].pos == SR_POS_NUM) &&
		    c->w[v].pos == SR_POS_NOUN && c->w[v + 1].pos == SR_POS_NOUN) {
			is_verb[v] = false;
			continue;
		}
		/* the last word of a name, in a sentence of lower-case words: "the
		 * Quetta Press Club against ..." (not a headline's "Police Club
		 * Protesters") */
		if ((c->w[v].flags & SR_TF_CAP) && c->w[v].pos == SR_POS_PROPN && v > 1 && (c->w[v - 1].flags & SR_TF_CAP) &&
		    c->w[v - 1].pos == SR_POS_PROPN && v + 1 < c->n &&
		    ((c->w[v + 1].kind == SR_TOK_WORD && !(c->w[v + 1].flags & SR_TF_CAP)) || is_word(c, v + 1, "(") ||
		     is_word(c, v + 1, ",") || is_word(c, v + 1, ";"))) {
			is_verb[v] = false;
			continue;
		}
		/* a verb form used as a noun: "their meeting", "his first official
		 * visit", "an attack": a determiner or possessive before it, with
		 * at most two lower-case modifiers between */
		bool noun = false;
		for (size_t k = v, steps = 0; k-- > 0 && steps < 3; steps++) {
			static const char *const DET[] = {"THE", "A", "AN", "HIS", "HER", "ITS", "THEIR", "OUR", "MY",
			                                  "YOUR", "THIS", "THAT", "THESE", "THOSE", "'S", "ANY", "EACH",
			                                  "EVERY", "NO", "SUCH"};
			bool det = false;
			for (size_t q = 0; q < sizeof DET / sizeof *DET; q++)
				det = det || is_word(c, k, DET[q]);
			if (det) {
				noun = !is_word(c, k, "THAT") || steps == 0;
				break;
			}
			/* "a teachers' strike": after a plural possessive */
			if (steps == 0 && (is_punct(c, k, "'") || is_punct(c, k, "\xe2\x80\x99"))) {
				noun = true;
				break;
			}
			if (c->w[k].kind != SR_TOK_WORD || (c->w[k].flags & SR_TF_CAP))
				break;
			/* "a civilian was killed": a verb between ends the noun phrase */
			if (c->w[k].pos == SR_POS_AUX || c->w[k].pos == SR_POS_VERB)
				break;
			/* "two men on a motorbike shot": a noun the tagger reads as the
			 * verb's subject */
			if (!(c->flags & SR_CODE_STRICT) && k + 1 == v && c->w[k].pos == SR_POS_NOUN &&
			    c->w[v].pos == SR_POS_VERB && c->doc->tokens[c->tok[v]].form == SR_FORM_PAST)
				break;
			/* "a senior official said": an agent, the verb's subject, ends here */
			int32_t ae;
			if (k + 1 == v && match_at(c, SR_DICT_AGENTS, k, &ae) == 1)
				break;
		}
		/* a plural after "of", "amid", "after" ... is a noun: "months of
		 * clashes", "amid attacks" (not "to attack", "set on fire") */
		if (!(c->flags & SR_CODE_STRICT) && v > 0 && c->w[v].kind == SR_TOK_WORD && !(c->w[v].flags & SR_TF_CAP) &&
		    c->w[v].pos != SR_POS_VERB &&
		    (is_word(c, v - 1, "OF") || is_word(c, v - 1, "AMID") || is_word(c, v - 1, "AFTER") ||
		     is_word(c, v - 1, "DURING") || is_word(c, v - 1, "FOLLOWING") || is_word(c, v - 1, "DESPITE"))) {
			const sr_token *tk = &c->doc->tokens[c->tok[v]];
			if (tk->end > tk->start && (c->doc->text[tk->end - 1] | 0x20) == 's')
				noun = true;
		}
		/* after a degree adverb a verb form is an adjective: "very close" */
		if (v > 0 && (is_word(c, v - 1, "VERY") || is_word(c, v - 1, "TOO") || is_word(c, v - 1, "SO") ||
		              is_word(c, v - 1, "QUITE") || is_word(c, v - 1, "RATHER")))
			noun = true;
		/* a labour strike is no blow: "went on strike", "a general
		 * strike", "hunger strikes" */
		if ((is_word(c, v, "STRIKE") || is_word(c, v, "STRIKES")) && v > 0 &&
		    (is_word(c, v - 1, "ON") || is_word(c, v - 1, "GENERAL") || is_word(c, v - 1, "HUNGER") ||
		     is_word(c, v - 1, "LABOUR") || is_word(c, v - 1, "LABOR") || is_word(c, v - 1, "NATIONWIDE") ||
		     is_word(c, v - 1, "WORKERS") || is_word(c, v - 1, "TEACHERS") || is_word(c, v - 1, "SIT-DOWN") ||
		     is_word(c, v - 1, "CLIMATE") || is_word(c, v - 1, "SCHOOL") || is_word(c, v - 1, "STUDENT")))
			noun = true;
		/* what one resists or evades is no arrest made: "claiming they
		 * resisted arrest", "under arrest" */
		if (is_word(c, v, "ARREST") && v > 0 &&
		    (is_word(c, v - 1, "RESISTED") || is_word(c, v - 1, "RESISTING") || is_word(c, v - 1, "RESIST") ||
		     is_word(c, v - 1, "UNDER") || is_word(c, v - 1, "AVOID") || is_word(c, v - 1, "EVADE") ||
		     is_word(c, v - 1, "EVADING") || is_word(c, v - 1, "ESCAPE") || is_word(c, v - 1, "AVOIDING")))
			noun = true;
		/* "according to" reports; it is not an agreement */
		if (is_word(c, v, "ACCORDING") && is_word(c, v + 1, "TO"))
			noun = true;
		if (noun)
			is_verb[v] = false;
		/* right after a verb, a verb form is its object: "bombed targets",
		 * "delivered food aid", "kidnapped three aid workers" */
		if (!(c->flags & SR_CODE_STRICT))
			for (size_t k = v, steps = 0; k-- > 0 && steps < 3; steps++) {
				if (c->w[k].kind == SR_TOK_PUNCT || is_word(c, k, "AND") || is_word(c, k, "TO") ||
				    (c->w[k].flags & SR_TF_CAP))
					break;
				if (is_verb[k]) {
					is_verb[v] = false;
					break;
				}
			}
	}
	find_actors(c, is_verb);
	if (c->want_men)
		for (size_t k = 0; k < c->n_m; k++) {
			if (!SR_VEC_GROW(c->men, c->n_men, c->cap_men, 32)) {
				c->failed = true;
				break;
			}
			sr_mention *mm = &c->men[c->n_men++];
			mm->sentence = sent;
			mm->start = c->w[c->m[k].first].start;
			mm->end = c->w[c->m[k].last].end;
			snprintf(mm->code, sizeof mm->code, "%s", c->m[k].code);
		}
	for (size_t v = 0; v < c->n; v++) {
		if (!is_verb[v])
			continue;

		/* a verb's form after "with" is a noun: the means ("dispersed with
		 * tear gas", "with gunfire") */
		if (v > 0 && is_word(c, v - 1, "WITH") && !(c->flags & SR_CODE_STRICT))
			continue;
		/* a verb inside an actor mention ("the attack force") is not one */
		bool inside = false;
		for (size_t k = 0; k < c->n_m; k++)
			if (v >= c->m[k].first && v <= c->m[k].last)
				inside = true;
		if (inside)
			continue;
		size_t ve = v + verb_len[v] - 1;
		const sr_verb_form *vf = &c->d->forms[verb_entry[v]];
		const sr_verb_block *blk = &c->d->blocks[vf->block];
		/* passive: "was attacked (by X)"; and the headline's participle
		 * with no auxiliary ("Two soldiers killed in Kabul": a past form
		 * right after its subject and before a preposition, a comma or
		 * the end, not an object) */
		bool passive = false, agent = false;
		size_t agent_by = SIZE_MAX; /* "by" past where and when */
		{
			/* adverbs may come between: "was fiercely opposed earlier by";
			 * and "dead", "to death" after it ("was shot dead by") */
			size_t b = v, a = ve + 1;
			while (b > 0 && b + 2 > v && adverb(c, b - 1))
				b--;
			/* ("were reported killed", "was feared dead") */
			if (b > 1 && (is_word(c, b - 1, "REPORTED") || is_word(c, b - 1, "BELIEVED") ||
			              is_word(c, b - 1, "FEARED") || is_word(c, b - 1, "CONFIRMED") || is_word(c, b - 1, "SAID")) &&
			    (is_word(c, b - 2, "WAS") || is_word(c, b - 2, "WERE") || is_word(c, b - 2, "BEEN")))
				b--;
			while (a < c->n && a < ve + 3 && (adverb(c, a) || is_word(c, a, "DEAD")))
				a++;
			if (a + 1 < c->n && is_word(c, a, "TO") && is_word(c, a + 1, "DEATH"))
				a += 2;
			agent = a < c->n && is_word(c, a, "BY");
			/* (over where and when: "was killed in Kisumu (Kisumu) on
			 * 3 May 2021 by unidentified gunmen") */
			if (!agent && a < c->n && (is_word(c, a, "IN") || is_word(c, a, "NEAR") || is_word(c, a, "AT") ||
			                           is_word(c, a, "ON") || is_word(c, a, "OUTSIDE"))) {
				int depth = 0;
				for (size_t k = a; k < c->n && k < a + 16; k++) {
					if (is_punct(c, k, "("))
						depth++;
					else if (is_punct(c, k, ")"))
						depth--;
					else if (is_word(c, k, "BY") && depth == 0) {
						agent = true;
						a = agent_by = k;
						break;
					} else if (c->w[k].kind == SR_TOK_PUNCT ? depth == 0 && !is_punct(c, k, ",")
					                                         : ((c->w[k].pos == SR_POS_VERB || c->w[k].pos == SR_POS_AUX) &&
					                                            !(c->w[k].flags & SR_TF_CAP)))
						break;
				}
			}
			bool be = b > 0 && (is_word(c, b - 1, "WAS") || is_word(c, b - 1, "WERE") || is_word(c, b - 1, "BEEN") ||
			                    is_word(c, b - 1, "BEING") || is_word(c, b - 1, "IS") || is_word(c, b - 1, "ARE") ||
			                    is_word(c, b - 1, "BE") || is_word(c, b - 1, "GET") || is_word(c, b - 1, "GOT"));
			/* ("were arrested and executed by FAMa soldiers": the second
			 * participle shares the first's auxiliary) */
			if (!be && b > 2 && is_word(c, b - 1, "AND") && c->doc->tokens[c->tok[b - 2]].form == SR_FORM_PAST &&
			    (is_word(c, b - 3, "WAS") || is_word(c, b - 3, "WERE") || is_word(c, b - 3, "BEEN")))
				be = true;
			passive = be && agent;
			/* a participle after its noun, "by" after it: a reduced relative
			 * ("a resident hit by a stray bullet"), passive whatever the
			 * verb's form; its agent only when an actor is named there */
			bool after_actor = false;
			for (size_t k = 0; k < c->n_m && b > 0 && !after_actor; k++)
				after_actor = c->m[k].last + 1 == b && c->m[k].code[0];
			if (!passive && !be && agent && b > 0 &&
			    (c->w[b - 1].pos == SR_POS_NOUN || c->w[b - 1].pos == SR_POS_PROPN || after_actor) &&
			    !(c->flags & SR_CODE_STRICT)) {
				passive = true;
				agent = actor_named_after(c, a);
			}
			/* "came under fire from suspected gang members", "came under
			 * attack by": who comes under it suffered it, who it came from
			 * did it */
			if (!passive && b > 1 && is_word(c, b - 1, "UNDER") &&
			    (is_word(c, b - 2, "CAME") || is_word(c, b - 2, "COME") || is_word(c, b - 2, "COMES") ||
			     is_word(c, b - 2, "COMING")) &&
			    a < c->n && (is_word(c, a, "FROM") || is_word(c, a, "BY"))) {
				passive = true;
				/* (its agent only when an actor is named there) */
				agent = actor_named_after(c, a);
			}
			if (!(c->flags & SR_CODE_STRICT) && !passive && ve == v && c->doc->tokens[c->tok[v]].form == SR_FORM_PAST) {
				bool after_subject = b > 0 && c->w[b - 1].kind != SR_TOK_PUNCT && !is_word(c, b - 1, "HAVE") &&
				                     !is_word(c, b - 1, "HAS") && !is_word(c, b - 1, "HAD") &&
				                     (c->w[b - 1].pos == SR_POS_NOUN || c->w[b - 1].pos == SR_POS_PROPN ||
				                      c->w[b - 1].pos == SR_POS_NUM);
				bool no_object = a >= c->n || c->w[a].kind == SR_TOK_PUNCT || c->w[a].pos == SR_POS_ADP ||
				                 c->w[a].pos == SR_POS_CCONJ || is_word(c, a, "AS") || is_word(c, a, "WHILE") ||
				                 is_word(c, a, "AFTER") || is_word(c, a, "DURING") || is_word(c, a, "ON");
				/* "soldiers fired on protesters": a body sentence's verb
				 * with "on", "at" or "upon" after it acts ("Two shot at
				 * checkpoint" is a headline's) */
				if (no_object && a < c->n && c->doc->sentences[sent].kind != SR_SENT_HEADLINE &&
				    (is_word(c, a, "ON") || is_word(c, a, "AT") || is_word(c, a, "UPON")))
					no_object = false;
				/* "pushed back the rebels": a particle, then the object */
				if (no_object && a + 1 < c->n && (is_word(c, a, "BACK") || is_word(c, a, "OFF") || is_word(c, a, "OUT")) &&
				    c->w[a + 1].kind != SR_TOK_PUNCT && c->w[a + 1].pos != SR_POS_ADP)
					no_object = false;
				/* "killed at least 20": a number of them is the object */
				if (no_object && a + 1 < c->n && is_word(c, a, "AT") &&
				    (is_word(c, a + 1, "LEAST") || is_word(c, a + 1, "MOST")))
					no_object = false;
				/* "fired around 20 rockets", "killed over 30" */
				if (no_object && a + 1 < c->n && c->w[a + 1].pos == SR_POS_NUM &&
				    (is_word(c, a, "AROUND") || is_word(c, a, "ABOUT") || is_word(c, a, "OVER") ||
				     is_word(c, a, "NEARLY") || is_word(c, a, "SOME") || is_word(c, a, "APPROXIMATELY") ||
				     is_word(c, a, "ALMOST") || is_word(c, a, "ROUGHLY")))
					no_object = false;
				/* "militants besieged and attacked the village", "burned
				 * down 10 houses": an object after a second verb or a
				 * particle */
				if (no_object && a + 1 < c->n && c->w[a].pos == SR_POS_CCONJ &&
				    c->doc->tokens[c->tok[a + 1]].form == SR_FORM_PAST && c->w[a + 1].pos == SR_POS_VERB)
					no_object = false;
				if (no_object && a + 1 < c->n &&
				    (is_word(c, a, "DOWN") || is_word(c, a, "UP") || is_word(c, a, "OFF") || is_word(c, a, "OUT")) &&
				    (c->w[a + 1].pos == SR_POS_DET || c->w[a + 1].pos == SR_POS_NUM ||
				     c->w[a + 1].pos == SR_POS_NOUN || c->w[a + 1].pos == SR_POS_PROPN || c->w[a + 1].pos == SR_POS_ADJ))
					no_object = false;
				/* (a verb that takes no object is never a participle's
				 * passive: "troops clashed with rebels") */
				static const char *const INTRANSITIVE[] = {"CLASHED",  "FOUGHT",      "BATTLED",  "PROTESTED",
				                                           "DEMONSTRATED", "MARCHED", "RALLIED",  "RIOTED",
				                                           "GATHERED", "RETREATED",   "WITHDREW", "SURRENDERED",
				                                           "DEFECTED", "MUTINIED",    "FIRED",    NULL};
				bool intransitive = false;
				for (size_t q = 0; INTRANSITIVE[q] && !intransitive; q++)
					intransitive = is_word(c, v, INTRANSITIVE[q]);
				if (be || (after_subject && no_object && !intransitive))
					passive = true;
			}
		}
		bool neg = negated_before(c, v);
		c->hypo = hypothetical(c, v);
		int src = find_source(c, v);
		size_t stop = c->n;
		int tgt = find_target(c, ve, &stop);
		/* (the agent past where and when: "were abducted in Nairobi
		 * (Nairobi) by men believed to be police officers", not Nairobi) */
		if (passive && agent && agent_by != SIZE_MAX)
			tgt = find_target(c, agent_by, &stop);
		/* the language core's clause: an actor in the verb's subject is
		 * its source ("troops in Homs shelled": not Homs; "the town that
		 * was shelled": the town) */
		{
			int cs = -1, co = -1;
			clause_roles(c, v, &cs, &co);
			/* (an earlier verb's object is no subject: "residents seized
			 * three gang members, stoned them": the residents stoned) */
			if (cs >= 0 && object_of_verb(c, c->m[cs].first, v))
				cs = -1;
			/* (nor an earlier passive's agent: "a minibus that had been
			 * stopped by police, then stoned them") */
			if (cs >= 0 && c->m[cs].first > 0 && c->m[cs].last < v && is_word(c, c->m[cs].first - 1, "BY"))
				cs = -1;
			/* (nor an actor of a relative clause before the verb) */
			for (size_t i = cs >= 0 ? c->m[cs].first : v; cs >= 0 && i-- > 0 && i + 12 > c->m[cs].first;) {
				if (wall(c, i) || is_punct(c, i, ","))
					break;
				if ((is_word(c, i, "WHO") || is_word(c, i, "WHOM") || is_word(c, i, "WHOSE")) &&
				    !(c->w[i].flags & SR_TF_CAP))
					cs = -1;
			}
			if (cs >= 0)
				src = cs;
		}
		/* "fighting broke out between the SAF and the RSF": both sides
		 * after "between", the first its source */
		if (src < 0 && tgt >= 0) {
			int other = other_side(c, &c->m[tgt]);
			if (other >= 0)
				src = tgt, tgt = other;
		}
		/* the best pattern of the block */
		const char *code = vf->code;
		char rule[96];
		snprintf(rule, sizeof rule, "verb %.40s [%.8s]", blk->desc, vf->code);
		int best = 0, best_pre = 0;
		size_t best_post_end = ve + 1, best_pre_first = SIZE_MAX;
		/* the words before the verb from the subject on: "warplanes" in
		 * "Russian warplanes bombed" is the head the pattern names */
		size_t pre_from = src >= 0 ? c->m[src].first : 0;
		size_t clause = 0;
		for (size_t i = v; i-- > 0;)
			if (wall(c, i)) {
				clause = i + 1;
				break;
			}
		int pat_src = -1, pat_tgt = -1;
		for (uint32_t p = 0; p < blk->n_patterns; p++) {
			const sr_pattern *pt = &c->d->patterns[blk->first_pattern + p];
			if (!pattern_possible(c, pt->items, (size_t)pt->n_pre + pt->n_post))
				continue;
			/* a pattern whose code is neither a CAMEO code nor "---"/"###"
			 * ("[+++]", "[xxy]") is not one */
			if (!valid_code(pt->code))
				continue;
			int ps = -1, ptg = -1;
			/* a pattern with actor slots before the verb reads the whole clause */
			bool slots = false;
			for (uint16_t q = 0; q < pt->n_pre; q++)
				slots = slots || pt->items[q].kind == PI_SRC || pt->items[q].kind == PI_TGT;
			size_t pre_first = SIZE_MAX, pre_end = 0;
			int a = match_items(c, pt->items, pt->n_pre, slots ? clause : pre_from, v, false, &ps, &ptg, &pre_first,
			                    &pre_end);
			if (a < 0 || (pt->pre_join && pt->n_pre && pre_end != v))
				continue;
			size_t post_end = ve + 1;
			int b = match_items(c, pt->items + pt->n_pre, pt->n_post, ve + 1, stop, true, &ps, &ptg, NULL, &post_end);
			if (b < 0)
				continue;
			if (a + b > best) {
				best = a + b;
				best_pre = a;
				best_pre_first = pre_first;
				best_post_end = b > 0 ? post_end : ve + 1;
				pat_src = ps;
				pat_tgt = ptg;
				code = pt->code;
				/* the dictionary by its file's name, not where it lies */
				const char *file = c->d->files[pt->file], *base = strrchr(file, '/');
				snprintf(rule, sizeof rule, "%.60s:%u", base ? base + 1 : file, pt->line);
			}
		}
		/* the words the pattern read after the verb are its own: a verb
		 * among them ("indicated it should have acted") is not coded again */
		for (size_t k = ve + 1; k < best_post_end && k < c->n; k++)
			is_verb[k] = false;
		/* and those it read before it: "indicated it should have acted" is
		 * one event (ACT's pattern), not also one for "should" */
		if (best_pre > 0 && best_pre_first < v)
			for (size_t i = *n_ev; i-- > 0;) {
				if (ev[i].sentence != sent || ev[i].verb_start < c->w[best_pre_first].start ||
				    ev[i].verb_start >= c->w[v].start)
					continue;
				memmove(&ev[i], &ev[i + 1], (*n_ev - i - 1) * sizeof *ev);
				(*n_ev)--;
			}
		if (!code[0] || strcmp(code, "---") == 0 || strcmp(code, "###") == 0 || strchr(code, '+') || strchr(code, '?'))
			continue;
		/* a pattern that matched words before the verb ("did not", "won't
		 * ever") has coded the negation itself */
		if (best_pre > 0)
			neg = false;
		/* the pattern's actor slots decide the roles */
		if (pat_src >= 0)
			src = pat_src;
		if (pat_tgt >= 0)
			tgt = pat_tgt;
		if (pat_src >= 0 && pat_tgt < 0 && tgt == pat_src)
			tgt = -1;
		/* the passive's roles: its subject suffered it, its agent did it */
		if (passive && agent) {
			int t = src;
			src = tgt;
			tgt = t;
		} else if (passive) {
			/* no agent: who did it is not said */
			tgt = src;
			src = -1;
		}
		/* who says so suffered nothing ("Amnesty International said at
		 * least 100 were killed"): the deed stands with no one named */
		bool said_so = passive && !agent && tgt >= 0 && said_between(c, c->m[tgt].last + 1, v);
		if (said_so)
			tgt = -1;
		/* a disaster that kills ("a fire at a COVID-19 hospital killed 14
		 * patients"): the place it struck is no killer, and no one's
		 * violence is told */
		if (!passive && src >= 0 && code[0] == '1' && code[1] >= '8') {
			static const char *const DISASTER[] = {"FIRE", "BLAZE", "CRASH", "COLLAPSE", "FLOOD", "FLOODS",
			                                       "EARTHQUAKE", "LANDSLIDE", "STORM", "STAMPEDE", "ACCIDENT"};
			bool disaster = false, prep = false;
			for (size_t k = c->m[src].first; k-- > clause && !disaster && k + 6 > c->m[src].first;) {
				prep = prep || is_word(c, k, "AT") || is_word(c, k, "IN") || is_word(c, k, "OF");
				for (size_t q = 0; q < sizeof DISASTER / sizeof *DISASTER && !disaster; q++)
					disaster = prep && is_word(c, k, DISASTER[q]);
			}
			if (disaster) {
				v = ve;
				continue;
			}
		}
		int srcs[8], tgts[8];
		size_t ns = conjuncts(c, src, srcs, 8), nt = conjuncts(c, tgt, tgts, 8);
		/* with no source said, coded with its target alone: a material
		 * event in the passive ("Two soldiers were killed"), or an assault
		 * by people the text does not name ("two men on a motorbike shot
		 * to death a farmer") */
		int root0 = code[0] >= '0' && code[0] <= '9' ? (code[0] - '0') * 10 + (code[1] - '0') : -1;
		bool unnamed = !passive && root0 >= 18 && root0 <= 19 && c->doc->tokens[c->tok[v]].pos == SR_POS_VERB &&
		               unnamed_subject(c, v);
		bool unsaid = passive && !agent && ((root0 >= 14 && root0 <= 20) || root0 == 7 || root0 == 8);
		if (!ns && nt && !(c->flags & SR_CODE_STRICT) && ((passive && !agent) || unnamed)) {
			if (unsaid || unnamed) {
				char only[16];
				snprintf(only, sizeof only, "%.*s", (int)strcspn(code, ":"), code);
				for (size_t b = 0; b < nt; b++) {
					mention tv[8];
					size_t ntv = split_codes(&c->m[tgts[b]], tv, 8);
					for (size_t y = 0; y < ntv; y++)
						push_event(ev, n_ev, c, sent, NULL, &tv[y], only, v, ve, neg, passive, rule);
				}
			}
			v = ve;
			continue;
		}
		if (said_so && !(c->flags & SR_CODE_STRICT) && code[0] == '1' && code[1] >= '8' && code[1] <= '9') {
			char only[16];
			snprintf(only, sizeof only, "%.*s", (int)strcspn(code, ":"), code);
			push_event(ev, n_ev, c, sent, NULL, NULL, only, v, ve, neg, passive, rule);
			v = ve;
			continue;
		}
		if (!ns)
			continue; /* no source: not an event */
		char first[16], second[16] = "";
		const char *colon = strchr(code, ':');
		if (colon) {
			snprintf(first, sizeof first, "%.*s", (int)(colon - code), code);
			snprintf(second, sizeof second, "%s", colon + 1);
		} else {
			snprintf(first, sizeof first, "%s", code);
		}
		/* CAMEO codes what is promised or threatened as intent (03) or
		 * threat (13): "will give aid" is 033, "threatened to attack" 138
		 * (news mode: PETRARCH codes only what its patterns say) */
		if (c->hypo && !second[0] && !(c->flags & SR_CODE_STRICT)) {
			const char *intent = intent_code(first);
			if (intent) {
				snprintf(first, sizeof first, "%s", intent);
				snprintf(rule + strlen(rule), sizeof rule - strlen(rule), " (intent)");
			}
		}
		/* "the army and the RSF exchanged fire, killing 4 civilians": two
		 * who fight each other, whoever else suffers it */
		bool mutual = is_word(c, v, "CLASHED") || is_word(c, v, "CLASH") || is_word(c, v, "CLASHING") ||
		              is_word(c, v, "FOUGHT") || is_word(c, v, "BATTLED") ||
		              (v > 0 && is_word(c, v, "FIRE") &&
		               (is_word(c, v - 1, "EXCHANGED") || is_word(c, v - 1, "EXCHANGE") || is_word(c, v - 1, "EXCHANGING")));
		if (mutual && nt && tgt >= 0 && c->m[tgt].first > 0 &&
		    (is_word(c, c->m[tgt].first - 1, "WITH") || is_word(c, c->m[tgt].first - 1, "AGAINST")))
			mutual = false;
		if ((!nt || mutual) && ns >= 2) {
			/* "Gondor and Osgiliath agree": each with the other (two of
			 * one country's code by their own words: "the Sudanese army
			 * and the RSF") */
			for (size_t a = 0; a < ns; a++)
				for (size_t b = 0; b < ns; b++)
					if (a != b && c->m[srcs[a]].code[0] &&
					    (strcmp(c->m[srcs[a]].code, c->m[srcs[b]].code) != 0 ||
					     (mutual && !same_words(c, &c->m[srcs[a]], &c->m[srcs[b]]))) &&
					    !((c->flags & SR_CODE_STRICT) && strncmp(c->m[srcs[a]].code, "---", 3) == 0))
						push_event(ev, n_ev, c, sent, &c->m[srcs[a]], &c->m[srcs[b]], first, v, ve, neg, passive,
						           rule);
			v = ve;
			continue;
		}
		bool strict = c->flags & SR_CODE_STRICT;
		bool no_dyad = strict && (c->flags & SR_CODE_NO_DYAD);
		int root = (first[0] - '0') * 10 + (first[1] - '0');
		bool material = (root >= 14 && root <= 20) || root == 7 || root == 8;
		if (!nt && ((strict && !no_dyad) || (!strict && !material)))
			continue; /* a dyad is needed, as PETRARCH's require_dyad */
		for (size_t a = 0; a < ns; a++) {
			const mention *sm0 = &c->m[srcs[a]];
			if (!sm0->code[0] || (strict && !no_dyad && strncmp(sm0->code, "---", 3) == 0))
				continue;
			if (!nt) {
				mention sv[8];
				size_t nsv = split_codes(sm0, sv, 8);
				for (size_t x = 0; x < nsv; x++)
					push_event(ev, n_ev, c, sent, &sv[x], NULL, first, v, ve, neg, passive, rule);
				continue;
			}
			/* "FRO/BIL/SAM": an actor that is several */
			mention sv[8], tv[8];
			size_t nsv = split_codes(sm0, sv, 8);
			for (size_t b = 0; b < nt; b++) {
				size_t ntv = split_codes(&c->m[tgts[b]], tv, 8);
				for (size_t x = 0; x < nsv; x++)
					for (size_t y = 0; y < ntv; y++) {
						const mention *sm = &sv[x], *tm = &tv[y];
						/* an actor does not act on itself (but "herdsmen"
						 * shooting "residents" are two groups of people) */
						/* (nor are two armed groups named apart one: "CJNG
						 * members ... Carteles Unidos") */
						/* (or two forces named apart: "the Sudanese Armed
						 * Forces and the Rapid Support Forces") */
						bool two_groups = !strict && strlen(sm->code) > 3 && !same_words(c, sm, tm) &&
						                  (strstr(sm->code + 3, "UAF") || strstr(sm->code + 3, "REB") ||
						                   ((c->w[sm->first].flags & SR_TF_CAP) && (c->w[tm->first].flags & SR_TF_CAP) &&
						                    strncmp(sm->code, "---", 3) != 0));
						if (strcmp(sm->code, tm->code) == 0 && !two_groups &&
						    (strict || strncmp(sm->code, "---", 3) != 0 || same_words(c, sm, tm)))
							continue;
						push_event(ev, n_ev, c, sent, sm, tm, first, v, ve, neg, passive, rule);
						if (second[0] && strcmp(second, "---") != 0)
							push_event(ev, n_ev, c, sent, tm, sm, second, v, ve, neg, passive, rule);
					}
			}
		}
		v = ve;
	}
}

/* The members of compound actors: the events of one verb and code whose
 * sources (or targets) differ were one compound ("Arnor and Gondor
 * attacked Fornost": ARN and GON are "ARN/GON"). */
static void compounds(sr_event *ev, size_t n)
{
	for (int side = 0; side < 2; side++)
		for (size_t i = 0; i < n; i++) {
			sr_event_actor *a = side ? &ev[i].target : &ev[i].source;
			if (!a->code[0])
				continue;
			char group[64] = "";
			size_t members = 0, gl = 0;
			for (size_t j = 0; j < n; j++) {
				const sr_event_actor *b = side ? &ev[j].target : &ev[j].source;
				if (ev[j].verb_start != ev[i].verb_start || strcmp(ev[j].cameo, ev[i].cameo) != 0 || !b->code[0])
					continue;
				/* each distinct code once */
				bool seen = false;
				for (size_t k = 0; k < j && !seen; k++) {
					const sr_event_actor *c = side ? &ev[k].target : &ev[k].source;
					seen = ev[k].verb_start == ev[i].verb_start && strcmp(ev[k].cameo, ev[i].cameo) == 0 &&
					       strcmp(c->code, b->code) == 0;
				}
				if (seen)
					continue;
				size_t cl = strlen(b->code);
				if (gl + cl + 2 >= sizeof group)
					break;
				if (gl)
					group[gl++] = '/';
				memcpy(group + gl, b->code, cl + 1);
				gl += cl;
				members++;
			}
			if (members > 1)
				snprintf(a->group, sizeof a->group, "%s", group);
		}
}

/* The index of the word at byte offset off (or the last before it). */
static size_t word_at(const ctx *c, size_t off)
{
	size_t i = 0;
	while (i + 1 < c->n && c->w[i + 1].start <= off)
		i++;
	return i;
}

/* The ACLED type of each event, from its code and its sentence's cue
 * words; and in news mode the event a sentence names without a coded
 * verb ("a car bomb exploded in the market"), when its events have no
 * ACLED type. */
static void acled_types(ctx *c, size_t sent, sr_event *ev, size_t *n_ev)
{
	sr_cues q;
	const uint8_t *skip = c->any_grief ? c->grief : NULL;
	sr_cues_find(c->w, c->n, skip, &q);
	bool typed = false;
	/* with several verbs in the sentence, each event reads the cues of its
	 * own stretch: from where the previous verb's part ends (its next
	 * event's source, or half-way) to where the next begins */
	size_t vw[MAX_EVENTS], sw[MAX_EVENTS];
	bool several = false;
	for (size_t i = 0; i < *n_ev; i++) {
		vw[i] = sw[i] = word_at(c, ev[i].verb_start);
		if (ev[i].source.end > ev[i].source.start && ev[i].source.start < ev[i].verb_start)
			sw[i] = word_at(c, ev[i].source.start);
		several = several || vw[i] != vw[0];
	}
	for (size_t i = 0; i < *n_ev; i++) {
		const sr_cues *qe = &q;
		sr_cues own;
		if (several) {
			size_t lo = 0, hi = c->n;
			for (size_t k = 0; k < *n_ev; k++) {
				if (vw[k] < vw[i]) {
					size_t b = sw[i] > vw[k] && sw[i] <= vw[i] ? sw[i] : (vw[k] + vw[i]) / 2 + 1;
					lo = b > lo ? b : lo;
				} else if (vw[k] > vw[i]) {
					size_t b = sw[k] > vw[i] && sw[k] <= vw[k] ? sw[k] : (vw[i] + vw[k]) / 2 + 1;
					hi = b < hi ? b : hi;
				}
			}
			if (lo < hi) {
				/* the weapon is the one of its stretch; the setting (a
				 * protest, civilians, armed men) is the sentence's */
				sr_cues part;
				sr_cues_find(c->w + lo, hi - lo, skip ? skip + lo : NULL, &part);
				own = q;
				sr_cues_take_weapons(&own, &part, lo);
				qe = &own;
			}
		}
		ev[i].acled = (uint8_t)sr_acled_classify(ev[i].cameo, qe, ev[i].source.code, NULL);
		ev[i].grievance = skip && skip[vw[i]];
		typed = typed || (ev[i].acled && !ev[i].grievance);
	}
	/* (a sentence whose coded verbs are only an arrest, a deal, a move,
	 * or what led to it, may still name fighting no verb codes: "heavy
	 * clashes broke out ... after the commander was detained", "police
	 * exchanged gunfire with the gang a day after it kidnapped 17
	 * missionaries"; its words are read without the coded verbs') */
	bool typed_more = false; /* an event of more than a strategic development, the sentence's own */
	for (size_t i = 0; i < *n_ev; i++)
		typed_more = typed_more || (ev[i].acled && !ev[i].grievance &&
		                            strcmp(sr_acled_event_type(ev[i].acled), "Strategic developments") != 0 &&
		                            !sr_after_clause(c->doc, sent, ev[i].verb_start));
	if (typed_more || (c->flags & SR_CODE_STRICT) || *n_ev >= MAX_EVENTS)
		return;
	if (typed) {
		for (size_t k = 0; k < c->n && k < MAX_SENT_TOKENS; k++)
			c->mask[k] = skip ? skip[k] : 0;
		for (size_t i = 0; i < *n_ev; i++)
			for (size_t k = vw[i]; k < c->n && k < MAX_SENT_TOKENS && c->w[k].start < ev[i].verb_end; k++)
				c->mask[k] = 1;
		sr_cues_find(c->w, c->n, c->mask, &q);
	}
	size_t at, at_last;
	const char *cameo;
	int t = sr_acled_trigger(c->n, &q, &at, &at_last, &cameo);
	/* (not a task's or a purpose's: "tasked with fighting Daesh") */
	if (typed && !(t == SR_ACLED_ARMED_CLASH && sr_acled_clash_word(&q, at) && !(at > 0 && c->w[at - 1].pos == SR_POS_ADP)))
		return;
	if (t == SR_ACLED_NONE && (t = sr_acled_counted_dead(c->w, c->n, &q, &at, &cameo)) != SR_ACLED_NONE)
		at_last = at;
	if (t == SR_ACLED_NONE)
		return;
	/* a word already coded as a verb ("vowed to attack": 138) is not
	 * named again */
	for (size_t i = 0; i < *n_ev; i++)
		if (c->w[at].start < ev[i].verb_end && c->w[at].end > ev[i].verb_start)
			return;
	/* its source: the nearest actor before the word in its clause; its
	 * target: the first actor after it */
	const mention *src = NULL, *tgt = NULL;
	for (size_t k = 0; k < c->n_m; k++) {
		if (c->m[k].last < at && c->m[k].code[0] && !object_of_preposition(c, c->m[k].first))
			src = &c->m[k];
		/* "in Gondor", "near Gondor" is where, not whom: a place */
		size_t f = c->m[k].first;
		bool place = f > 0 && (is_word(c, f - 1, "IN") || is_word(c, f - 1, "NEAR") || is_word(c, f - 1, "AT") ||
		                       is_word(c, f - 1, "ACROSS") || is_word(c, f - 1, "OUTSIDE") ||
		                       is_word(c, f - 1, "THROUGH") || is_word(c, f - 1, "INSIDE") ||
		                       is_word(c, f - 1, "FROM") || is_word(c, f - 1, "OF"));
		if (f > at && c->m[k].code[0] && !tgt && !place)
			tgt = &c->m[k];
	}
	/* (who announces a change of its own is its actor: "the KIA announced
	 * that the group would begin recruitment") */
	bool own_change = t == SR_ACLED_CHANGE || t == SR_ACLED_HQ || t == SR_ACLED_AGREEMENT;
	if (src)
		for (size_t i = src->last + 1; i < at; i++)
			if (wall(c, i) && !(own_change && is_word(c, i, "THAT") && i > 0 &&
			                    (is_word(c, i - 1, "ANNOUNCED") || is_word(c, i - 1, "DECLARED") ||
			                     is_word(c, i - 1, "ANNOUNCES") || is_word(c, i - 1, "DECLARES"))))
				src = NULL;
	/* "an attack by gunmen": who did it comes after "by" */
	if (tgt && tgt->first > 0 && is_word(c, tgt->first - 1, "BY") && !src) {
		src = tgt;
		tgt = NULL;
	}
	/* "fighting broke out between the SAF and the RSF": both sides after
	 * "between", the first its source */
	if (tgt && !src) {
		int other = other_side(c, tgt);
		if (other >= 0)
			src = tgt, tgt = &c->m[other];
	}
	/* "the militants were pushed back", "the town was retaken by the
	 * army": who is named before suffered it; who did it follows "by" */
	bool passive = false;
	{
		size_t b = at;
		if (b > 0 && c->w[b - 1].pos == SR_POS_ADV)
			b--;
		if (b > 0 && (is_word(c, b - 1, "WAS") || is_word(c, b - 1, "WERE") || is_word(c, b - 1, "BEEN") ||
		              is_word(c, b - 1, "BEING")) &&
		    (c->w[at].pos == SR_POS_VERB || c->w[at].pos == SR_POS_ADJ)) {
			passive = true;
			const mention *agent = tgt && tgt->first > 0 && is_word(c, tgt->first - 1, "BY") ? tgt : NULL;
			if (src && src != agent) {
				tgt = said_between(c, src->last + 1, at) ? NULL : src;
				src = agent;
			}
		}
	}
	if (src && tgt && strcmp(src->code, tgt->code) == 0)
		tgt = NULL;
	char rule[96];
	size_t tl = c->w[at_last].end - c->w[at].start;
	/* (beside coded verbs that only led to it, the sentence's own event:
	 * its main clause) */
	snprintf(rule, sizeof rule, "trigger %.*s [%s]%s", (int)(tl < 40 ? tl : 40), c->w[at].s,
	         sr_acled_sub_event_type(t), typed ? " (main clause)" : "");
	size_t before = *n_ev;
	push_event(ev, n_ev, c, sent, src, tgt, cameo, at, at_last, false, passive, rule);
	if (*n_ev > before) {
		sr_event *e = &ev[*n_ev - 1];
		e->acled = (uint8_t)t;
		e->main_clause = typed;
		e->negated = negated_before(c, at);
		e->hypothetical = hypothetical(c, at);
		e->grievance = c->any_grief && c->grief[at];
	}
}

sr_status sr_code(const sr_dict *d, const sr_doc *doc, int32_t date, int flags, sr_event **events, size_t *n)
{
	return sr_code_ex(d, doc, date, flags, events, n, NULL, NULL);
}

sr_status sr_code_ex(const sr_dict *d, const sr_doc *doc, int32_t date, int flags, sr_event **events, size_t *n,
                     sr_mention **mentions, size_t *n_mentions)
{
	*events = NULL;
	*n = 0;
	if (mentions) {
		*mentions = NULL;
		*n_mentions = 0;
	}
	size_t cap = 0, count = 0;
	sr_event *all = NULL;
	ctx *c = malloc(sizeof *c);
	if (!c)
		return SR_ENOMEM;
	c->men = NULL;
	c->n_men = c->cap_men = 0;
	c->want_men = mentions != NULL;
	c->failed = false;
	c->hypo = false;
	c->d = d;
	c->text = doc->text;
	c->doc = doc;
	c->date = date;
	c->flags = flags;
	size_t cl = 0;
	for (size_t s = 0; s < doc->n_sentences; s++) {
		const sr_sentence *st = &doc->sentences[s];
		c->n = 0;
		/* the sentence's clauses (they come in order) */
		while (cl < doc->n_clauses && doc->chunks[doc->clauses[cl].verb].first < st->first_token)
			cl++;
		c->cl_from = cl;
		while (cl < doc->n_clauses && doc->chunks[doc->clauses[cl].verb].first < st->first_token + st->n_tokens)
			cl++;
		c->cl_to = cl;
		for (size_t t = 0; t < st->n_tokens && c->n < MAX_SENT_TOKENS; t++) {
			const sr_token *k = &doc->tokens[st->first_token + t];
			/* "Dol_Amroth", written the dictionaries' way, is two words */
			if (k->kind == SR_TOK_PUNCT && k->end - k->start == 1 && doc->text[k->start] == '_')
				continue;
			c->tok[c->n] = (uint32_t)(st->first_token + t);
			word *w = &c->w[c->n++];
			w->s = doc->text + k->start;
			w->n = k->end - k->start;
			w->start = k->start;
			w->end = k->end;
			w->kind = k->kind;
			w->flags = k->flags;
			w->pos = k->pos;
			sr_dword *dw = &c->dw[c->n - 1];
			sr_dict_dword(d, w->s, w->n, dw);
			if (w->kind != SR_TOK_WORD)
				dw->n_prefix = 0; /* numbers and punctuation are not stems */
			w->id = dw->id;
		}
		c->any_grief = sr_nlp_grievances(doc, s, c->tgrief, MAX_SENT_TOKENS) > 0;
		/* (a word past the grievance marks, its sentence's underscores
		 * skipped, has none) */
		for (size_t k = 0; k < c->n && c->any_grief; k++) {
			size_t at = c->tok[k] - st->first_token;
			c->grief[k] = at < MAX_SENT_TOKENS ? c->tgrief[at] : 0;
		}
		memset(c->present, 0, sizeof c->present);
		for (size_t k = 0; k < c->n; k++)
			if (c->w[k].id >= 0) {
				unsigned b = bloom_bit(c->w[k].id);
				c->present[b >> 6] |= 1ULL << (b & 63);
			}
		sr_event ev[MAX_EVENTS];
		size_t ne = 0;
		if (discarded(c))
			continue;
		code_sentence(c, s, ev, &ne);
		acled_types(c, s, ev, &ne);
		compounds(ev, ne);
		if (!ne)
			continue;
		if (count + ne > cap) {
			size_t nc = cap ? cap * 2 : 64;
			while (nc < count + ne)
				nc *= 2;
			sr_event *p = realloc(all, nc * sizeof *p);
			if (!p) {
				free(all);
				free(c->men);
				free(c);
				return SR_ENOMEM;
			}
			all = p;
			cap = nc;
		}
		memcpy(all + count, ev, ne * sizeof *ev);
		count += ne;
	}
	if (c->failed) {
		free(all);
		free(c->men);
		free(c);
		return SR_ENOMEM;
	}
	if (mentions) {
		*mentions = c->men;
		*n_mentions = c->n_men;
	}
	free(c);
	*events = all;
	*n = count;
	return SR_OK;
}
