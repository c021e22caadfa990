/* sources.c: who says so.  A source is the subject of a reporting clause
 * ("activists said", "state TV reported", "the army claimed") or the noun
 * phrase after "according to", with the prepositional phrases that name it
 * in full ("the Syrian Observatory for Human Rights").  Each is typed by
 * its words:
 *   state media      state TV, state-run, official news agency, SANA ...
 *   party            government, ministry, army, military, spokesman,
 *                    rebels, militants (a party to the conflict)
 *   monitor          observatory, monitoring group, Amnesty, Human Rights
 *                    Watch
 *   igo              the United Nations, UN agencies, the Red Cross
 *   news agency      Reuters, AP, AFP, Xinhua ...
 *   activists        activists, residents, witnesses, videos, social media
 *   anonymous        "a source", "officials who asked not to be named"
 * and given a status: what a party says is `claimed`; what activists and
 * social media say, or what "could not be independently verified", is
 * `unverified`; a denial is `denied`; the rest is `reported`.  The clauses
 * a reporting clause governs point at it (reported_by); an "according to"
 * covers its sentence. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"
#include "../util/vec.h"
#include "nlp.h"

const char *sr_source_type_name(int t)
{
	static const char *const N[] = {"other", "state_media", "party", "monitor", "igo", "news_agency",
	                                "activists", "anonymous"};
	return t >= 0 && t <= SR_SRC_ANONYMOUS ? N[t] : "other";
}

const char *sr_source_status_name(int s)
{
	static const char *const N[] = {"reported", "claimed", "unverified", "denied"};
	return s >= 0 && s <= SR_STATUS_DENIED ? N[s] : "reported";
}

/* the type from the words of [a, b] */
static int type_of(const sr_doc *d, size_t a, size_t b)
{
	static const struct {
		const char *w;
		int t;
	} W[] = {
	    /* the most telling first: a state's media before "state" alone */
	    {"state-run", SR_SRC_STATE_MEDIA},  {"sana", SR_SRC_STATE_MEDIA},        {"irna", SR_SRC_STATE_MEDIA},
	    {"kcna", SR_SRC_STATE_MEDIA},       {"tass", SR_SRC_STATE_MEDIA},        {"observatory", SR_SRC_MONITOR},
	    {"monitor", SR_SRC_MONITOR},        {"monitors", SR_SRC_MONITOR},        {"monitoring", SR_SRC_MONITOR},
	    {"amnesty", SR_SRC_MONITOR},        {"watchdog", SR_SRC_MONITOR},        {"reuters", SR_SRC_NEWS_AGENCY},
	    {"ap", SR_SRC_NEWS_AGENCY},         {"afp", SR_SRC_NEWS_AGENCY},         {"xinhua", SR_SRC_NEWS_AGENCY},
	    {"agence", SR_SRC_NEWS_AGENCY},     {"associated", SR_SRC_NEWS_AGENCY},  {"bbc", SR_SRC_NEWS_AGENCY},
	    {"star", SR_SRC_NEWS_AGENCY},       {"times", SR_SRC_NEWS_AGENCY},       {"post", SR_SRC_NEWS_AGENCY},
	    {"newspaper", SR_SRC_NEWS_AGENCY},  {"daily", SR_SRC_NEWS_AGENCY},
	    {"un", SR_SRC_IGO},                 {"unhcr", SR_SRC_IGO},               {"unicef", SR_SRC_IGO},
	    {"ocha", SR_SRC_IGO},               {"icrc", SR_SRC_IGO},
	    {"nations", SR_SRC_IGO},            {"cross", SR_SRC_IGO},               {"crescent", SR_SRC_IGO},
	    {"nato", SR_SRC_IGO},               {"activists", SR_SRC_ACTIVISTS},     {"activist", SR_SRC_ACTIVISTS},
	    {"residents", SR_SRC_ACTIVISTS},    {"witnesses", SR_SRC_ACTIVISTS},     {"witness", SR_SRC_ACTIVISTS},
	    {"videos", SR_SRC_ACTIVISTS},       {"video", SR_SRC_ACTIVISTS},         {"youtube", SR_SRC_ACTIVISTS},
	    {"twitter", SR_SRC_ACTIVISTS},      {"facebook", SR_SRC_ACTIVISTS},      {"social", SR_SRC_ACTIVISTS},
	    {"locals", SR_SRC_ACTIVISTS},       {"source", SR_SRC_ANONYMOUS},        {"sources", SR_SRC_ANONYMOUS},
	    {"television", 100},                {"tv", 100},                         {"radio", 100},
	    {"media", 100},                     {"agency", 100},                     {"government", SR_SRC_PARTY},
	    {"ministry", SR_SRC_PARTY},         {"minister", SR_SRC_PARTY},          {"army", SR_SRC_PARTY},
	    {"military", SR_SRC_PARTY},         {"spokesman", SR_SRC_PARTY},         {"spokeswoman", SR_SRC_PARTY},
	    {"spokesperson", SR_SRC_PARTY},     {"officials", SR_SRC_PARTY},         {"official", SR_SRC_PARTY},
	    {"police", SR_SRC_PARTY},           {"rebels", SR_SRC_PARTY},            {"militants", SR_SRC_PARTY},
	    {"commander", SR_SRC_PARTY},        {"president", SR_SRC_PARTY},         {"regime", SR_SRC_PARTY},
	    {"forces", SR_SRC_PARTY},           {"taliban", SR_SRC_PARTY},           {"insurgents", SR_SRC_PARTY},
	};
	int best = SR_SRC_OTHER;
	bool state = false, broadcast = false, news = false;
	for (size_t i = a; i <= b; i++) {
		state = state || sr_tok_is(d, i, "state") || sr_tok_is(d, i, "official") || sr_tok_is(d, i, "government");
		news = news || sr_tok_is(d, i, "news");
		for (size_t k = 0; k < sizeof W / sizeof *W; k++)
			if (sr_tok_is(d, i, W[k].w)) {
				if (W[k].t == 100)
					broadcast = true;
				else if (best == SR_SRC_OTHER || (W[k].t != SR_SRC_PARTY && best == SR_SRC_PARTY))
					best = W[k].t;
				break;
			}
	}
	/* "state television", "the official news agency" */
	if (broadcast && state)
		return SR_SRC_STATE_MEDIA;
	if (broadcast && news && best == SR_SRC_OTHER)
		return SR_SRC_NEWS_AGENCY;
	/* "a government source": a party, unnamed */
	if (best == SR_SRC_ANONYMOUS && state)
		return SR_SRC_ANONYMOUS;
	return best;
}

/* the noun phrase at chunk c with the PPs that name it in full */
static size_t extent(const sr_doc *d, size_t c)
{
	size_t last = d->chunks[c].last;
	for (size_t k = c + 1; k < d->n_chunks; k++) {
		const sr_chunk *ch = &d->chunks[k];
		if (ch->kind != SR_CHUNK_NP)
			break;
		/* "Lebanon 's Daily Star": a possessive and what it owns */
		if (ch->first == last + 1 && sr_tok_is(d, last, "'s")) {
			last = ch->last;
			continue;
		}
		if (ch->first != last + 2)
			break;
		size_t p = last + 1;
		if (!(sr_tok_is(d, p, "for") || sr_tok_is(d, p, "of") || sr_tok_is(d, p, "in")))
			break;
		last = ch->last;
	}
	return last;
}


static int status_of(const sr_doc *d, const sr_sentence *st, int type, size_t verb)
{
	size_t from = st->first_token, to = from + st->n_tokens;
	for (size_t i = from; i + 2 < to; i++)
		if ((sr_tok_is(d, i, "not") || sr_tok_is(d, i, "n't")) && (sr_tok_is(d, i + 1, "be") || sr_tok_is(d, i + 1, "been")) &&
		    (sr_tok_is(d, i + 2, "verified") || sr_tok_is(d, i + 2, "independently") || sr_tok_is(d, i + 2, "confirmed")))
			return SR_STATUS_UNVERIFIED;
	for (size_t i = from; i < to; i++)
		if (sr_tok_is(d, i, "unverified") || sr_tok_is(d, i, "purportedly") || sr_tok_is(d, i, "purported"))
			return SR_STATUS_UNVERIFIED;
	if (verb != SIZE_MAX) {
		char lemma[32];
		sr_token_lemma(d, verb, lemma, sizeof lemma);
		if (strcmp(lemma, "deny") == 0 || strcmp(lemma, "reject") == 0 || strcmp(lemma, "dismiss") == 0)
			return SR_STATUS_DENIED;
		if (strcmp(lemma, "claim") == 0 || strcmp(lemma, "allege") == 0 || strcmp(lemma, "boast") == 0)
			return type == SR_SRC_ACTIVISTS ? SR_STATUS_UNVERIFIED : SR_STATUS_CLAIMED;
	}
	if (type == SR_SRC_PARTY || type == SR_SRC_STATE_MEDIA)
		return SR_STATUS_CLAIMED;
	if (type == SR_SRC_ACTIVISTS)
		return SR_STATUS_UNVERIFIED;
	return SR_STATUS_REPORTED;
}

/* A source at the end of v: in sentence si, its words tokens [first,
 * last], its verb tokens [vf, vl] ("said", "according to") and its
 * clause (-1: none); its status read from the verb group's head (SIZE_MAX:
 * none).  False when out of memory. */
static bool add(sr_source **v, size_t *n, size_t *cap, const sr_doc *d, size_t si, size_t first, size_t last,
                int32_t clause, size_t vf, size_t vl, size_t head)
{
	if (!SR_VEC_GROW(*v, *n, *cap, 8))
		return false;
	sr_source *s = &(*v)[(*n)++];
	memset(s, 0, sizeof *s);
	s->sentence = si;
	s->start = d->tokens[first].start;
	s->end = d->tokens[last].end;
	s->clause = clause;
	s->verb_start = d->tokens[vf].start;
	s->verb_end = d->tokens[vl].end;
	s->type = (uint8_t)type_of(d, first, last);
	s->status = (uint8_t)status_of(d, &d->sentences[si], s->type, head);
	return true;
}

sr_status sr_sources_find(const sr_doc *d, sr_source **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	sr_source *v = NULL;
	size_t n = 0, cap = 0;
	/* reporting clauses */
	for (size_t ci = 0; ci < d->n_clauses; ci++) {
		const sr_clause *cl = &d->clauses[ci];
		if (!(cl->flags & SR_CL_REPORTING) || cl->subject < 0)
			continue;
		const sr_chunk *np = &d->chunks[cl->subject];
		/* "he said": a pronoun names no one */
		if (np->first == np->last && d->tokens[np->first].pos == SR_POS_PRON)
			continue;
		size_t last = extent(d, (size_t)cl->subject);
		size_t si = 0;
		while (si + 1 < d->n_sentences && d->sentences[si + 1].first_token <= np->first)
			si++;
		const sr_chunk *vp = &d->chunks[cl->verb];
		if (!add(&v, &n, &cap, d, si, np->first, last, (int32_t)ci, vp->first, vp->last, vp->head)) {
			free(v);
			return SR_ENOMEM;
		}
	}
	/* "according to X" */
	for (size_t si = 0; si < d->n_sentences; si++) {
		const sr_sentence *st = &d->sentences[si];
		size_t from = st->first_token, to = from + st->n_tokens;
		for (size_t i = from; i + 2 < to; i++) {
			if (!sr_tok_is(d, i, "according") || !sr_tok_is(d, i + 1, "to"))
				continue;
			size_t c = SIZE_MAX;
			for (size_t k = 0; k < d->n_chunks; k++)
				if (d->chunks[k].kind == SR_CHUNK_NP && d->chunks[k].first == i + 2)
					c = k;
			if (c == SIZE_MAX)
				continue;
			size_t last = extent(d, c);
			if (!add(&v, &n, &cap, d, si, i + 2, last, -1, i, i + 1, SIZE_MAX)) {
				free(v);
				return SR_ENOMEM;
			}
		}
	}
	/* in text order */
	sr_sort_by_offset(v, n, sizeof *v, offsetof(sr_source, start));
	*out = v;
	*n_out = n;
	return SR_OK;
}

int sr_source_of(const sr_doc *d, const sr_source *src, size_t n, size_t sentence, size_t at)
{
	/* the clause the words at byte `at` are in, and the reporting clause
	 * that governs it */
	int32_t governor = -1;
	for (size_t ci = 0; ci < d->n_clauses; ci++) {
		const sr_chunk *vp = &d->chunks[d->clauses[ci].verb];
		if (d->tokens[vp->first].start <= at && at < d->tokens[vp->last].end + 1)
			governor = d->clauses[ci].reported_by;
	}
	if (governor >= 0)
		for (size_t k = 0; k < n; k++)
			if (src[k].clause == governor)
				return (int)k;
	/* an "according to" in its sentence */
	for (size_t k = 0; k < n; k++)
		if (src[k].sentence == sentence && src[k].clause < 0)
			return (int)k;
	return -1;
}
