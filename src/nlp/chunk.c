/* chunk.c: phrases and clauses from the parts of speech.
 *
 * Noun phrases are runs of determiners, numbers, adjectives and nouns
 * ending in a noun, a name, a pronoun or a number; a possessive "'s" ends
 * one ("Syria 's | army"), as the Penn Treebank's base NPs do.  Verb
 * groups are runs of auxiliaries, "not", adverbs and verbs ("has not been
 * shelled", "to attack").  Each verb group makes a clause:
 *   - subject: the noun phrase before it (past the prepositional phrases
 *     that qualify it: "troops in Homs shelled"; through a relative pronoun
 *     to its antecedent: "the town that was shelled"; an infinitive takes
 *     the subject of the verb it depends on: "Russia vowed to attack");
 *   - object: the noun phrase right after it; agent: after "by" in the
 *     passive;
 *   - passive ("be" + a participle), negated ("not", "never"), modal
 *     ("will", "could"), intent ("threatened to", "vowed to"), reporting
 *     ("said", "told"; a reporting clause at the end, "..., activists
 *     said", governs the clauses before it);
 *   - prepositional phrases: a preposition and its noun phrase, up to the
 *     next verb group or clause break.
 * Coordinated noun phrases ("the army and the militias") and appositions
 * ("Ali, the army chief,") are marked on the chunk. */
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"
#include "nlp.h"

typedef struct grow {
	void *v;
	size_t n, cap, size;
	bool failed;
} grow;

static void *push(grow *g)
{
	if (g->failed)
		return NULL;
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 32;
		void *p = realloc(g->v, cap * g->size);
		if (!p) {
			g->failed = true;
			return NULL;
		}
		g->v = p;
		g->cap = cap;
	}
	void *e = (char *)g->v + g->n * g->size;
	memset(e, 0, g->size);
	g->n++;
	return e;
}

static bool word_ci(const sr_doc *d, size_t i, const char *w)
{
	const sr_token *t = &d->tokens[i];
	/* the first letter first: most words differ there */
	if (t->end == t->start || (d->text[t->start] | 0x20) != (w[0] | 0x20))
		return false;
	size_t n = strlen(w);
	return t->end - t->start == n && sr_ascii_ncaseeq(d->text + t->start, w, n);
}

static bool np_inner(int pos)
{
	return pos == SR_POS_DET || pos == SR_POS_NUM || pos == SR_POS_ADJ || pos == SR_POS_NOUN ||
	       pos == SR_POS_PROPN;
}

static bool np_head(int pos)
{
	return pos == SR_POS_NOUN || pos == SR_POS_PROPN || pos == SR_POS_PRON || pos == SR_POS_NUM;
}

static bool possessive(const sr_doc *d, size_t i)
{
	return d->tokens[i].pos == SR_POS_PART && (d->tokens[i].flags & SR_TF_CLITIC) && word_ci(d, i, "'s");
}

static bool is_verbal(const sr_doc *d, size_t i)
{
	int p = d->tokens[i].pos;
	return p == SR_POS_VERB || p == SR_POS_AUX;
}

static bool be_form(const sr_doc *d, size_t i)
{
	static const char *const BE[] = {"be", "is", "am", "are", "was", "were", "been", "being", "'re", "'m", "get", "got"};
	for (size_t k = 0; k < sizeof BE / sizeof *BE; k++)
		if (word_ci(d, i, BE[k]))
			return true;
	return false;
}

static bool in_list(const sr_doc *d, size_t i, const char *const *list, size_t n)
{
	char lemma[32];
	sr_token_lemma(d, i, lemma, sizeof lemma);
	for (size_t k = 0; k < n; k++)
		if (strcmp(lemma, list[k]) == 0)
			return true;
	return false;
}

static const char *const REPORTING[] = {"say", "tell", "report", "announce", "add", "state", "claim", "deny",
                                        "confirm", "declare", "insist", "warn", "accuse", "allege", "quote", "acknowledge",
                                        "admit", "estimate", "document"};
static const char *const INTENT[] = {"threaten", "vow", "plan", "intend", "want", "seek", "promise", "pledge",
                                     "aim", "try", "hope", "expect", "prepare", "propose", "offer", "decide",
                                     "agree", "refuse", "threat", "attempt", "wish"};

/* Chunk one sentence's tokens [from, to). */
static void chunk_sentence(sr_doc *d, size_t from, size_t to, grow *ch)
{
	for (size_t i = from; i < to;) {
		int p = d->tokens[i].pos;
		/* a noun phrase */
		if (p == SR_POS_PRON && (word_ci(d, i, "that") || word_ci(d, i, "which") || word_ci(d, i, "who") ||
		                         word_ci(d, i, "whom") || word_ci(d, i, "whose"))) {
			i++; /* a relative pronoun stands for the noun phrase before it */
			continue;
		}
		if (p == SR_POS_PRON) {
			/* a pronoun is a noun phrase alone */
			sr_chunk *c = push(ch);
			if (!c)
				return;
			c->kind = SR_CHUNK_NP;
			c->first = c->last = c->head = (uint32_t)i;
			i++;
			continue;
		}
		if (np_inner(p) || (p == SR_POS_ADV && i + 1 < to && d->tokens[i + 1].pos == SR_POS_ADJ && i > from &&
		                    d->tokens[i - 1].pos == SR_POS_DET)) {
			size_t j = i;
			while (j + 1 < to &&
			       (np_inner(d->tokens[j + 1].pos) ||
			        (d->tokens[j + 1].pos == SR_POS_ADV && j + 2 < to && d->tokens[j + 2].pos == SR_POS_ADJ)))
				j++;
			/* "at least 12 people", "more than 200 people", "up to 30
			 * soldiers": the qualifier belongs to the phrase */
			size_t q0 = i;
			if (i >= from + 1 && d->tokens[i].pos != SR_POS_NUM && (word_ci(d, i, "least") || word_ci(d, i, "most")) &&
			    word_ci(d, i - 1, "at"))
				q0 = i - 1;
			else if (i >= from + 2 && d->tokens[i].pos == SR_POS_NUM &&
			         ((word_ci(d, i - 1, "than") && (word_ci(d, i - 2, "more") || word_ci(d, i - 2, "less") ||
			                                        word_ci(d, i - 2, "fewer"))) ||
			          (word_ci(d, i - 1, "to") && word_ci(d, i - 2, "up"))))
				q0 = i - 2;
			/* a possessive closes it: "Syria 's" */
			if (j + 1 < to && possessive(d, j + 1))
				j++;
			/* it must end in a head (or be a possessive) */
			size_t h = j;
			while (h > i && !np_head(d->tokens[h].pos) && !possessive(d, h))
				h--;
			if (np_head(d->tokens[h].pos) || possessive(d, h)) {
				/* "More" taken for a phrase of its own before "than 200" */
				while (q0 < i && ch->n > 0 && ((sr_chunk *)ch->v)[ch->n - 1].last >= q0)
					ch->n--;
				sr_chunk *c = push(ch);
				if (!c)
					return;
				c->kind = SR_CHUNK_NP;
				c->first = (uint32_t)q0;
				c->last = (uint32_t)h;
				c->head = (uint32_t)(possessive(d, h) && h > i ? h - 1 : h);
				i = h + 1;
				continue;
			}
			i++;
			continue;
		}
		/* a verb group */
		if (is_verbal(d, i) || (p == SR_POS_PART && word_ci(d, i, "to") && i + 1 < to && is_verbal(d, i + 1))) {
			size_t j = i;
			while (j + 1 < to) {
				int q = d->tokens[j + 1].pos;
				if (q == SR_POS_VERB || q == SR_POS_AUX ||
				    (q == SR_POS_PART && !possessive(d, j + 1) && !word_ci(d, j + 1, "to")) ||
				    (q == SR_POS_ADV && j + 2 < to && is_verbal(d, j + 2)))
					j++;
				else
					break;
			}
			sr_chunk *c = push(ch);
			if (!c)
				return;
			c->kind = SR_CHUNK_VP;
			c->first = (uint32_t)i;
			c->last = (uint32_t)j;
			size_t h = j;
			while (h > i && d->tokens[h].pos != SR_POS_VERB)
				h--;
			c->head = (uint32_t)(d->tokens[h].pos == SR_POS_VERB ? h : j);
			i = j + 1;
			continue;
		}
		i++;
	}
}

/* a clause break between tokens a and b (exclusive) */
static bool broken(const sr_doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		int p = d->tokens[k].pos;
		if (p == SR_POS_SCONJ || word_ci(d, k, ";") || word_ci(d, k, ":"))
			return true;
	}
	return false;
}

bool sr_chunk_doc(sr_doc *d)
{
	grow ch = {.size = sizeof(sr_chunk)}, cl = {.size = sizeof(sr_clause)}, pp = {.size = sizeof(sr_pp)};
	for (size_t s = 0; s < d->n_sentences && !ch.failed && !cl.failed && !pp.failed; s++) {
		const sr_sentence *st = &d->sentences[s];
		size_t from = st->first_token, to = from + st->n_tokens;
		size_t c0 = ch.n;
		chunk_sentence(d, from, to, &ch);
		sr_chunk *C = ch.v;
		size_t c1 = ch.n;
		/* coordination and apposition of noun phrases */
		for (size_t k = c0 + 1; k < c1; k++) {
			if (C[k].kind != SR_CHUNK_NP || C[k - 1].kind != SR_CHUNK_NP)
				continue;
			size_t gap0 = C[k - 1].last + 1, gap1 = C[k].first;
			if (gap1 == gap0 + 1 && (word_ci(d, gap0, "and") || word_ci(d, gap0, "or") || word_ci(d, gap0, "nor")))
				C[k].coord = 1;
			else if (gap1 == gap0 + 2 && word_ci(d, gap0, ",") &&
			         (word_ci(d, gap0 + 1, "and") || word_ci(d, gap0 + 1, "or")))
				C[k].coord = 1;
			else if (gap1 == gap0 + 1 && word_ci(d, gap0, ",")) {
				/* "Ali, the army chief," or a list "A, B and C" */
				size_t after = C[k].last + 1;
				bool list = k + 1 < c1 && C[k + 1].kind == SR_CHUNK_NP && C[k + 1].first == after + 1 &&
				            (word_ci(d, after, "and") || word_ci(d, after, "or"));
				/* (its own phrases in it: "Reyes, host of a programme on a
				 * community radio station, was shot dead") */
				for (size_t j = k + 1; !list && j < c1 && after + 1 < to && d->tokens[after].pos == SR_POS_ADP &&
				                       C[j].kind == SR_CHUNK_NP && C[j].first == after + 1;
				     j++)
					after = C[j].last + 1;
				if (list)
					C[k].coord = 1;
				else if (after < to && word_ci(d, after, ","))
					C[k].apposition = 1; /* set off by commas on both sides */
			}
		}
		/* clauses */
		size_t k0 = cl.n;
		for (size_t k = c0; k < c1; k++) {
			if (C[k].kind != SR_CHUNK_VP)
				continue;
			sr_clause *c = push(&cl);
			if (!c)
				break;
			C = ch.v;
			c->verb = (uint32_t)k;
			c->subject = c->object = c->agent = c->reported_by = -1;
			size_t vf = C[k].first, vl = C[k].last;
			bool infinitive = word_ci(d, vf, "to");
			for (size_t t = vf; t <= vl; t++) {
				if (word_ci(d, t, "not") || word_ci(d, t, "n't") || word_ci(d, t, "never"))
					c->flags |= SR_CL_NEGATED;
				if (d->tokens[t].pos == SR_POS_AUX && !be_form(d, t) && !word_ci(d, t, "have") &&
				    !word_ci(d, t, "has") && !word_ci(d, t, "had") && !word_ci(d, t, "do") &&
				    !word_ci(d, t, "does") && !word_ci(d, t, "did"))
					c->flags |= SR_CL_MODAL;
			}
			/* passive: a form of "be" then a participle */
			const sr_token *hv = &d->tokens[C[k].head];
			if (hv->pos == SR_POS_VERB && hv->form == SR_FORM_PAST)
				for (size_t t = vf; t < C[k].head; t++)
					if (be_form(d, t) && !word_ci(d, t, "being"))
						c->flags |= SR_CL_PASSIVE;
			if (in_list(d, C[k].head, REPORTING, sizeof REPORTING / sizeof *REPORTING))
				c->flags |= SR_CL_REPORTING;
			/* subject */
			if (infinitive && cl.n - 1 > k0) {
				/* "vowed to attack": the governing verb's subject */
				sr_clause *gov = &((sr_clause *)cl.v)[cl.n - 2];
				c = &((sr_clause *)cl.v)[cl.n - 1];
				if (C[gov->verb].last + 1 == vf || (C[gov->verb].last + 2 == vf)) {
					c->subject = gov->subject;
					if (in_list(d, C[gov->verb].head, INTENT, sizeof INTENT / sizeof *INTENT))
						c->flags |= SR_CL_INTENT;
				}
			} else if (!infinitive) {
				size_t t = vf;
				/* a relative pronoun right before: its antecedent */
				if (t > from && d->tokens[t - 1].pos == SR_POS_PRON &&
				    (word_ci(d, t - 1, "who") || word_ci(d, t - 1, "which") || word_ci(d, t - 1, "that"))) {
					for (size_t q = k; q-- > c0;)
						if (C[q].kind == SR_CHUNK_NP && C[q].last + 1 == t - 1) {
							c->subject = (int32_t)q;
							c->flags |= SR_CL_RELATIVE;
						}
				} else {
					/* back over adverbs, PPs, appositions and coordinated NPs to
					 * the NP that is not inside a PP */
					int32_t subj = -1;
					size_t edge = vf;
					for (size_t q = k; q-- > c0;) {
						if (C[q].kind == SR_CHUNK_VP)
							break;
						bool ok = true;
						for (size_t g = C[q].last + 1; g < edge && ok; g++) {
							int gp = d->tokens[g].pos;
							ok = gp == SR_POS_ADV || gp == SR_POS_ADP || gp == SR_POS_CCONJ ||
							     (gp == SR_POS_PUNCT && word_ci(d, g, ","));
						}
						if (!ok)
							break;
						edge = C[q].first;
						bool in_pp = C[q].first > from && d->tokens[C[q].first - 1].pos == SR_POS_ADP;
						if (in_pp || C[q].apposition || C[q].coord)
							continue;
						subj = (int32_t)q;
						break;
					}
					/* "the town that was shelled ... had not been attacked":
					 * past the relative clause to its antecedent */
					if (subj < 0 && cl.n >= 2 && cl.n - 1 > k0) {
						const sr_clause *rel = &((sr_clause *)cl.v)[cl.n - 2];
						if ((rel->flags & SR_CL_RELATIVE) && !broken(d, C[rel->verb].last + 1, vf))
							subj = rel->subject;
					}
					c->subject = subj;
				}
			}
			/* object, agent and prepositional phrases */
			size_t next_vp = to;
			for (size_t q = k + 1; q < c1; q++)
				if (C[q].kind == SR_CHUNK_VP) {
					next_vp = C[q].first;
					break;
				}
			for (size_t q = k + 1; q < c1 && C[q].first < next_vp; q++) {
				if (C[q].kind != SR_CHUNK_NP)
					continue;
				if (broken(d, vl + 1, C[q].first))
					break;
				size_t before = C[q].first - 1;
				if (d->tokens[before].pos == SR_POS_ADP) {
					if ((c->flags & SR_CL_PASSIVE) && word_ci(d, before, "by") && c->agent < 0)
						c->agent = (int32_t)q;
					sr_pp *p = push(&pp);
					if (!p)
						break;
					p->prep = (uint32_t)before;
					p->np = (uint32_t)q;
					p->clause = (uint32_t)(cl.n - 1);
				} else if (c->object < 0 && !(c->flags & SR_CL_PASSIVE) && !C[q].coord && !C[q].apposition &&
				           (before == vl || d->tokens[before].pos == SR_POS_ADV ||
				            (before == vl + 1 && d->tokens[before].pos == SR_POS_ADV))) {
					c->object = (int32_t)q;
				}
			}
		}
		/* "..., activists said": a reporting clause at the end governs the
		 * clauses before it */
		sr_clause *L = cl.v;
		for (size_t q = k0; q < cl.n; q++) {
			if (!(L[q].flags & SR_CL_REPORTING) || L[q].object >= 0)
				continue;
			size_t vf = ((sr_chunk *)ch.v)[L[q].verb].first;
			int32_t s0 = L[q].subject;
			size_t start = s0 >= 0 ? ((sr_chunk *)ch.v)[s0].first : vf;
			if (start > from && word_ci(d, start - 1, ","))
				for (size_t r = k0; r < q; r++)
					if (L[r].reported_by < 0)
						L[r].reported_by = (int32_t)q;
		}
		/* "X said (that) Y ...": the clauses after a reporting verb */
		for (size_t q = k0; q < cl.n; q++) {
			if (!(L[q].flags & SR_CL_REPORTING))
				continue;
			for (size_t r = q + 1; r < cl.n; r++)
				if (L[r].reported_by < 0 && !(L[r].flags & SR_CL_REPORTING))
					L[r].reported_by = (int32_t)q;
			break;
		}
	}
	bool failed = ch.failed || cl.failed || pp.failed;
	d->chunks = ch.v;
	d->n_chunks = failed ? 0 : ch.n;
	d->clauses = cl.v;
	d->n_clauses = failed ? 0 : cl.n;
	d->pps = pp.v;
	d->n_pps = failed ? 0 : pp.n;
	return !failed;
}
