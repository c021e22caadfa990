/* pos.c: a fast part-of-speech tagger.  Each word's candidate tags come
 * from the closed-class words below (written here), else from the
 * lexicon (WordNet's parts of speech, with SemCor frequencies as priors,
 * and morphy's regular forms), else from its shape (capitals, endings).
 * One left-to-right pass then picks a tag with rules of context: what the
 * previous word was tagged and what the next one can be ("the attack" is a
 * noun, "they attack" a verb, "to attack" a verb, "was attacked" a verb).
 * No model is trained; bench/pos_eval scores it against the Stanford
 * parses that PETRARCH's sample news comes with. */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "../util/str.h"
#include "nlp.h"

const char *sr_pos_name(int pos)
{
	static const char *const N[SR_POS_N] = {"X",   "NOUN", "PROPN", "VERB", "AUX",  "ADJ",  "ADV",   "ADP",
	                                        "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"};
	return pos >= 0 && pos < SR_POS_N ? N[pos] : "X";
}

int sr_lexicon_available(void)
{
	return sr_lex_available();
}

/* Closed-class words: their usual tag, and another they may have. */
typedef struct closed {
	const char *w;
	uint8_t tag, alt;
} closed;

enum { T_BE = 100, T_HAVE, T_DO, T_MODAL, T_TO, T_THAT, T_SUBJ, T_POSS, T_SCONJ_ADP, T_PRT, T_QUANT };

static const closed CLOSED[] = {
    {"the", SR_POS_DET, 0},      {"a", SR_POS_DET, 0},        {"an", SR_POS_DET, 0},
    {"this", SR_POS_DET, SR_POS_PRON}, {"these", SR_POS_DET, SR_POS_PRON}, {"those", SR_POS_DET, SR_POS_PRON},
    {"every", SR_POS_DET, 0},    {"either", SR_POS_DET, 0},   {"neither", SR_POS_DET, 0},
    {"another", SR_POS_DET, 0},  {"such", SR_POS_ADJ, 0},     {"what", SR_POS_PRON, 0},
    {"which", SR_POS_PRON, 0},   {"whose", SR_POS_PRON, 0},   {"whom", SR_POS_PRON, 0},
    {"all", T_QUANT, 0},         {"both", T_QUANT, 0},        {"some", T_QUANT, 0},
    {"any", T_QUANT, 0},         {"each", T_QUANT, 0},        {"no", SR_POS_DET, 0},
    {"many", T_QUANT, 0},        {"few", T_QUANT, 0},         {"several", T_QUANT, 0},
    {"much", T_QUANT, 0},        {"most", T_QUANT, 0},        {"more", T_QUANT, 0},
    {"less", T_QUANT, 0},        {"i", T_SUBJ, 0},            {"you", T_SUBJ, 0},
    {"he", T_SUBJ, 0},           {"she", T_SUBJ, 0},          {"it", T_SUBJ, 0},
    {"we", T_SUBJ, 0},           {"they", T_SUBJ, 0},         {"who", T_SUBJ, 0},
    {"me", SR_POS_PRON, 0},      {"him", SR_POS_PRON, 0},     {"us", SR_POS_PRON, 0},
    {"them", SR_POS_PRON, 0},    {"her", T_POSS, 0},          {"his", T_POSS, 0},
    {"its", T_POSS, 0},          {"my", T_POSS, 0},           {"our", T_POSS, 0},
    {"their", T_POSS, 0},        {"your", T_POSS, 0},         {"himself", SR_POS_PRON, 0},
    {"herself", SR_POS_PRON, 0}, {"itself", SR_POS_PRON, 0},  {"themselves", SR_POS_PRON, 0},
    {"ourselves", SR_POS_PRON, 0}, {"someone", SR_POS_PRON, 0}, {"anyone", SR_POS_PRON, 0},
    {"everyone", SR_POS_PRON, 0}, {"nobody", SR_POS_PRON, 0}, {"something", SR_POS_PRON, 0},
    {"anything", SR_POS_PRON, 0}, {"everything", SR_POS_PRON, 0}, {"nothing", SR_POS_PRON, 0},
    {"there", SR_POS_PRON, SR_POS_ADV}, {"of", SR_POS_ADP, 0}, {"in", SR_POS_ADP, 0},
    {"on", SR_POS_ADP, 0},       {"at", SR_POS_ADP, 0},       {"by", SR_POS_ADP, 0},
    {"for", SR_POS_ADP, 0},      {"with", SR_POS_ADP, 0},     {"from", SR_POS_ADP, 0},
    {"into", SR_POS_ADP, 0},     {"onto", SR_POS_ADP, 0},     {"during", SR_POS_ADP, 0},
    {"against", SR_POS_ADP, 0},  {"between", SR_POS_ADP, 0},  {"among", SR_POS_ADP, 0},
    {"through", SR_POS_ADP, 0},  {"across", SR_POS_ADP, 0},   {"near", SR_POS_ADP, 0},
    {"around", SR_POS_ADP, 0},   {"about", SR_POS_ADP, 0},    {"without", SR_POS_ADP, 0},
    {"within", SR_POS_ADP, 0},   {"despite", SR_POS_ADP, 0},  {"toward", SR_POS_ADP, 0},
    {"towards", SR_POS_ADP, 0},  {"upon", SR_POS_ADP, 0},     {"via", SR_POS_ADP, 0},
    {"per", SR_POS_ADP, 0},      {"amid", SR_POS_ADP, 0},     {"along", SR_POS_ADP, 0},
    {"behind", SR_POS_ADP, 0},   {"beyond", SR_POS_ADP, 0},   {"above", SR_POS_ADP, 0},
    {"below", SR_POS_ADP, 0},    {"under", SR_POS_ADP, 0},    {"over", T_PRT, 0},
    {"outside", SR_POS_ADP, 0},  {"inside", SR_POS_ADP, 0},   {"like", SR_POS_ADP, 0},
    {"than", SR_POS_ADP, 0},     {"off", T_PRT, 0},           {"up", T_PRT, 0},
    {"down", T_PRT, 0},          {"out", T_PRT, 0},           {"back", T_PRT, 0},
    {"and", SR_POS_CCONJ, 0},    {"or", SR_POS_CCONJ, 0},     {"but", SR_POS_CCONJ, 0},
    {"nor", SR_POS_CCONJ, 0},    {"because", SR_POS_SCONJ, 0}, {"although", SR_POS_SCONJ, 0},
    {"though", SR_POS_SCONJ, 0}, {"while", SR_POS_SCONJ, 0},  {"whereas", SR_POS_SCONJ, 0},
    {"if", SR_POS_SCONJ, 0},     {"unless", SR_POS_SCONJ, 0}, {"whether", SR_POS_SCONJ, 0},
    {"when", SR_POS_ADV, 0},     {"where", SR_POS_ADV, 0},    {"why", SR_POS_ADV, 0},
    {"how", SR_POS_ADV, 0},      {"after", T_SCONJ_ADP, 0},   {"before", T_SCONJ_ADP, 0},
    {"since", T_SCONJ_ADP, 0},   {"until", T_SCONJ_ADP, 0},   {"till", T_SCONJ_ADP, 0},
    {"as", T_SCONJ_ADP, 0},      {"that", T_THAT, 0},         {"to", T_TO, 0},
    {"not", SR_POS_PART, 0},     {"n't", SR_POS_PART, 0},     {"be", T_BE, 0},
    {"is", T_BE, 0},             {"am", T_BE, 0},             {"are", T_BE, 0},
    {"was", T_BE, 0},            {"were", T_BE, 0},           {"been", T_BE, 0},
    {"being", T_BE, 0},          {"'re", T_BE, 0},            {"'m", T_BE, 0},
    {"have", T_HAVE, 0},         {"has", T_HAVE, 0},          {"had", T_HAVE, 0},
    {"having", T_HAVE, 0},       {"'ve", T_HAVE, 0},          {"'d", T_MODAL, 0},
    {"do", T_DO, 0},             {"does", T_DO, 0},           {"did", T_DO, 0},
    {"will", T_MODAL, 0},        {"would", T_MODAL, 0},       {"shall", T_MODAL, 0},
    {"should", T_MODAL, 0},      {"can", T_MODAL, 0},         {"could", T_MODAL, 0},
    {"may", T_MODAL, 0},         {"might", T_MODAL, 0},       {"must", T_MODAL, 0},
    {"'ll", T_MODAL, 0},         {"ca", T_MODAL, 0},          {"wo", T_MODAL, 0},
    {"very", SR_POS_ADV, 0},     {"also", SR_POS_ADV, 0},     {"just", SR_POS_ADV, 0},
    {"only", SR_POS_ADV, 0},     {"still", SR_POS_ADV, 0},    {"even", SR_POS_ADV, 0},
    {"already", SR_POS_ADV, 0},  {"never", SR_POS_ADV, 0},    {"always", SR_POS_ADV, 0},
    {"often", SR_POS_ADV, 0},    {"now", SR_POS_ADV, 0},      {"then", SR_POS_ADV, 0},
    {"here", SR_POS_ADV, 0},     {"again", SR_POS_ADV, 0},    {"ago", SR_POS_ADV, 0},
    {"soon", SR_POS_ADV, 0},     {"too", SR_POS_ADV, 0},      {"however", SR_POS_ADV, 0},
    {"almost", SR_POS_ADV, 0},   {"yesterday", SR_POS_NOUN, 0}, {"today", SR_POS_NOUN, 0},
    {"tomorrow", SR_POS_NOUN, 0}, {"tonight", SR_POS_NOUN, 0}, {"so", SR_POS_ADV, 0},
    {"said", SR_POS_VERB, 0},    {"says", SR_POS_VERB, 0},    {"told", SR_POS_VERB, 0},
    {"monday", SR_POS_PROPN, 0}, {"tuesday", SR_POS_PROPN, 0}, {"wednesday", SR_POS_PROPN, 0},
    {"thursday", SR_POS_PROPN, 0}, {"friday", SR_POS_PROPN, 0}, {"saturday", SR_POS_PROPN, 0},
    {"sunday", SR_POS_PROPN, 0},
};

/* the closed-class words by hash (open addressing), built once */
enum { CLOSED_SLOTS = 512 };
static uint16_t closed_slot[CLOSED_SLOTS]; /* index + 1 */
static pthread_once_t closed_once = PTHREAD_ONCE_INIT;

static unsigned closed_hash(const char *s, size_t n)
{
	unsigned h = 5381;
	for (size_t i = 0; i < n; i++)
		h = h * 33 + (unsigned char)s[i];
	return h & (CLOSED_SLOTS - 1);
}

static void closed_index(void)
{
	for (size_t i = 0; i < sizeof CLOSED / sizeof *CLOSED; i++) {
		unsigned h = closed_hash(CLOSED[i].w, strlen(CLOSED[i].w));
		while (closed_slot[h])
			h = (h + 1) & (CLOSED_SLOTS - 1);
		closed_slot[h] = (uint16_t)(i + 1);
	}
}
_Static_assert(sizeof CLOSED / sizeof *CLOSED < CLOSED_SLOTS / 2, "the closed-class table has room");

static const closed *closed_word(const char *s, size_t n)
{
	if (n == 0 || n > 12)
		return NULL;
	char low[16];
	for (size_t i = 0; i < n; i++)
		low[i] = (char)sr_lower((unsigned char)s[i]);
	low[n] = '\0';
	pthread_once(&closed_once, closed_index);
	for (unsigned h = closed_hash(low, n); closed_slot[h]; h = (h + 1) & (CLOSED_SLOTS - 1)) {
		const closed *c = &CLOSED[closed_slot[h] - 1];
		if (strcmp(c->w, low) == 0)
			return c;
	}
	return NULL;
}

/* What the tagger knows of one word. */
typedef struct cand {
	float sc[SR_POS_N]; /* candidate scores; 0: not a candidate */
	uint8_t form[SR_POS_N];
	int closed; /* a T_* or SR_POS_* of a closed-class word, or -1 */
} cand;

static void shape(cand *c, const char *s, size_t n)
{
	/* endings of words the lexicon does not know */
	if (n > 4 && sr_ascii_ncaseeq(s + n - 2, "ly", 2))
		c->sc[SR_POS_ADV] = 2;
	else if (n > 5 && sr_ascii_ncaseeq(s + n - 3, "ing", 3))
		c->sc[SR_POS_VERB] = 1.5f, c->form[SR_POS_VERB] = SR_FORM_ING, c->sc[SR_POS_NOUN] = 1;
	else if (n > 4 && sr_ascii_ncaseeq(s + n - 2, "ed", 2))
		c->sc[SR_POS_VERB] = 1.5f, c->form[SR_POS_VERB] = SR_FORM_PAST, c->sc[SR_POS_ADJ] = 1;
	else if (memchr(s, '-', n))
		c->sc[SR_POS_ADJ] = 1.5f, c->sc[SR_POS_NOUN] = 1;
	else if (n > 4 && (sr_ascii_ncaseeq(s + n - 3, "ous", 3) || sr_ascii_ncaseeq(s + n - 3, "ive", 3) ||
	                   sr_ascii_ncaseeq(s + n - 3, "ful", 3) || sr_ascii_ncaseeq(s + n - 4, "able", 4) ||
	                   sr_ascii_ncaseeq(s + n - 2, "ic", 2) || sr_ascii_ncaseeq(s + n - 2, "al", 2) ||
	                   sr_ascii_ncaseeq(s + n - 3, "ian", 3) || sr_ascii_ncaseeq(s + n - 3, "ese", 3)))
		c->sc[SR_POS_ADJ] = 1.5f, c->sc[SR_POS_NOUN] = 1;
	else if (n > 3 && (s[n - 1] == 's' || s[n - 1] == 'S'))
		c->sc[SR_POS_NOUN] = 1.5f, c->form[SR_POS_NOUN] = SR_FORM_PLURAL, c->sc[SR_POS_VERB] = 0.5f,
		c->form[SR_POS_VERB] = SR_FORM_3SG;
	else
		c->sc[SR_POS_NOUN] = 1.5f;
}

static const uint8_t LEX2POS[4] = {SR_POS_NOUN, SR_POS_VERB, SR_POS_ADJ, SR_POS_ADV};

static float prior(uint16_t f)
{
	return 1.0f + 0.6f * logf(1.0f + (float)f);
}

static void candidates(const sr_doc *d, size_t i, bool first, bool headline, cand *c)
{
	const sr_token *t = &d->tokens[i];
	memset(c, 0, sizeof *c);
	c->closed = -1;
	const char *s = d->text + t->start;
	size_t n = t->end - t->start;
	if (t->kind == SR_TOK_NUMBER) {
		c->sc[SR_POS_NUM] = 10;
		return;
	}
	if (t->kind == SR_TOK_PUNCT) {
		c->sc[SR_POS_PUNCT] = 10;
		return;
	}
	if (t->kind == SR_TOK_SYMBOL) {
		c->sc[SR_POS_SYM] = 10;
		return;
	}
	/* "n’t", "’s" with a typographic apostrophe: as "n't", "'s" */
	char norm[16];
	if (n >= 4 && n < sizeof norm && (t->flags & SR_TF_CLITIC)) {
		size_t k = 0;
		for (size_t j = 0; j < n; j++) {
			if ((unsigned char)s[j] == 0xE2 && j + 2 < n && (unsigned char)s[j + 1] == 0x80 &&
			    (unsigned char)s[j + 2] == 0x99) {
				norm[k++] = '\'';
				j += 2;
			} else {
				norm[k++] = s[j];
			}
		}
		s = norm;
		n = k;
	}
	/* "US", "IT" in capitals are names, not "us", "it" */
	const closed *cw = (t->flags & SR_TF_UPPER) && !headline && n > 1 ? NULL : closed_word(s, n);
	if (cw) {
		c->closed = cw->tag;
		if (cw->tag < SR_POS_N) {
			c->sc[cw->tag] = 10;
			if (cw->alt)
				c->sc[cw->alt] = 8;
		}
		return;
	}
	/* "two", "dozen", "million" */
	if (sr_nlp_number_word(s, n) >= 0) {
		c->sc[SR_POS_NUM] = 10;
		return;
	}
	if (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) {
		c->closed = T_POSS; /* "'s": possessive or "is"/"has" */
		c->sc[SR_POS_PART] = 10;
		return;
	}
	sr_lexinfo li;
	sr_lexform forms[6];
	int nf = sr_lex_analyze(s, n, &li, forms, 6);
	bool known = li.lemma_pos || li.form_pos || nf;
	for (int p = 0; p < 4; p++)
		if ((li.lemma_pos | li.form_pos) & (1 << p)) {
			float v = prior(li.freq[p]);
			/* an irregular form ("went", "mice") */
			if (!(li.lemma_pos & (1 << p)))
				c->form[LEX2POS[p]] = p == 1 ? SR_FORM_PAST : p == 0 ? SR_FORM_PLURAL : SR_FORM_DEGREE;
			if (v > c->sc[LEX2POS[p]])
				c->sc[LEX2POS[p]] = v;
		}
	for (int k = 0; k < nf; k++) {
		int p = forms[k].pos == SR_LEX_NOUN ? 0 : forms[k].pos == SR_LEX_VERB ? 1 : forms[k].pos == SR_LEX_ADJ ? 2 : 3;
		float v = prior(forms[k].freq[p]) + 0.3f; /* a regular form is likelier than a rare lemma */
		if (v > c->sc[LEX2POS[p]]) {
			c->sc[LEX2POS[p]] = v;
			c->form[LEX2POS[p]] = forms[k].form;
		}
	}
	bool cap = (t->flags & SR_TF_CAP) && !headline;
	if (cap && !first) {
		/* a capital inside a sentence: a name, whatever the lexicon says */
		c->sc[SR_POS_PROPN] = known ? 6 : 9;
	} else if (!known) {
		if (cap || (t->flags & SR_TF_UPPER))
			c->sc[SR_POS_PROPN] = 4;
		shape(c, s, n);
	}
	if (first && cap && known) {
		/* the first word: a name only if the lexicon has no other use */
		c->sc[SR_POS_PROPN] = 0.5f;
	}
}

static bool can(const cand *c, int tag)
{
	return c->sc[tag] > 0;
}

/* the best tag of c */
static int best(const cand *c, const float *bonus)
{
	int b = SR_POS_X;
	float bv = -1e9f;
	for (int t = 1; t < SR_POS_N; t++)
		if (c->sc[t] > 0) {
			float v = c->sc[t] + (bonus ? bonus[t] : 0);
			if (v > bv) {
				bv = v;
				b = t;
			}
		}
	return b;
}

static bool verbish(const cand *c)
{
	return can(c, SR_POS_VERB);
}

static bool nominal(const cand *c)
{
	return can(c, SR_POS_NOUN) || can(c, SR_POS_PROPN) || can(c, SR_POS_ADJ) || can(c, SR_POS_NUM) ||
	       c->closed == SR_POS_DET || c->closed == T_POSS || c->closed == T_QUANT;
}

static void tag_sentence(sr_doc *d, size_t from, size_t to, bool headline)
{
	cand cw[3]; /* [1] this word, [2] the next */
	size_t prev_i = SIZE_MAX;
	int prev = SR_POS_X, prev_closed = -1;
	candidates(d, from, true, headline, &cw[1]);
	for (size_t i = from; i < to; i++) {
		cand *c = &cw[1], *nx = &cw[2];
		bool has_next = i + 1 < to;
		if (has_next)
			candidates(d, i + 1, false, headline, nx);
		else
			memset(nx, 0, sizeof *nx), nx->closed = -1;
		sr_token *t = &d->tokens[i];
		int tag;
		float bonus[SR_POS_N] = {0};
		switch (c->closed) {
		case T_BE:
			tag = SR_POS_AUX;
			break;
		case T_HAVE:
		case T_DO:
			/* an auxiliary when a verb follows (adverbs and "not" between) */
			tag = SR_POS_VERB;
			for (size_t j = i + 1; j < to && j < i + 4; j++) {
				cand q;
				candidates(d, j, false, headline, &q);
				if (q.closed == SR_POS_PART || (can(&q, SR_POS_ADV) && !can(&q, SR_POS_VERB)) ||
				    q.closed == T_SUBJ)
					continue;
				if (q.closed == T_BE || (verbish(&q) && (c->closed == T_DO || q.form[SR_POS_VERB] == SR_FORM_PAST)))
					tag = SR_POS_AUX;
				break;
			}
			break;
		case T_MODAL:
			tag = SR_POS_AUX;
			break;
		case T_TO:
			/* "to" before a verb's base form is a particle */
			tag = SR_POS_ADP;
			if (has_next && verbish(nx) && nx->form[SR_POS_VERB] == SR_FORM_BASE && nx->closed < 0 &&
			    !can(nx, SR_POS_PROPN) && !can(nx, SR_POS_NUM))
				tag = SR_POS_PART;
			if (has_next && (nx->closed == T_BE || nx->closed == T_HAVE || nx->closed == T_DO))
				tag = SR_POS_PART;
			break;
		case T_THAT:
			tag = SR_POS_SCONJ;
			if (has_next && (verbish(nx) || nx->closed == T_MODAL || nx->closed == T_BE || nx->closed == T_HAVE) &&
			    !can(nx, SR_POS_NOUN) && (prev == SR_POS_NOUN || prev == SR_POS_PROPN))
				tag = SR_POS_PRON; /* "the town that was shelled" */
			else if (has_next && (can(nx, SR_POS_NOUN) || can(nx, SR_POS_ADJ)) && nx->closed < 0 &&
			         !can(nx, SR_POS_PROPN) && prev != SR_POS_VERB)
				tag = SR_POS_DET; /* "that attack" */
			break;
		case T_SUBJ:
			tag = SR_POS_PRON;
			break;
		case T_POSS:
			tag = SR_POS_PRON;
			if (t->end - t->start == 2 && d->text[t->start] == '\'') {
				/* "'s": "is" after a pronoun, else possessive */
				tag = prev_closed == T_SUBJ || prev_closed == T_THAT ? SR_POS_AUX : SR_POS_PART;
			} else if (has_next && nominal(nx)) {
				tag = SR_POS_DET; /* "her family" */
			}
			break;
		case T_QUANT:
			tag = has_next && (can(nx, SR_POS_NOUN) || can(nx, SR_POS_ADJ) || can(nx, SR_POS_PROPN))
			          ? SR_POS_ADJ
			          : SR_POS_PRON;
			if (has_next && nx->closed == SR_POS_ADP)
				tag = SR_POS_PRON; /* "some of" */
			if (tag == SR_POS_ADJ && (sr_ascii_ncaseeq(d->text + t->start, "all", 3) ||
			                          sr_ascii_ncaseeq(d->text + t->start, "some", 4) ||
			                          sr_ascii_ncaseeq(d->text + t->start, "any", 3) ||
			                          sr_ascii_ncaseeq(d->text + t->start, "each", 4) ||
			                          sr_ascii_ncaseeq(d->text + t->start, "both", 4)))
				tag = SR_POS_DET;
			if (has_next && (sr_ascii_ncaseeq(d->text + t->start, "more", 4) ||
			                 sr_ascii_ncaseeq(d->text + t->start, "most", 4) ||
			                 sr_ascii_ncaseeq(d->text + t->start, "less", 4)) &&
			    (can(nx, SR_POS_ADJ) || can(nx, SR_POS_ADV)) && !can(nx, SR_POS_NOUN))
				tag = SR_POS_ADV;
			break;
		case T_SCONJ_ADP:
			tag = has_next && nx->closed == T_SUBJ ? SR_POS_SCONJ : SR_POS_ADP;
			break;
		case T_PRT:
			/* "blew up", "pulled out": a particle after a verb */
			tag = SR_POS_ADP;
			if (prev == SR_POS_VERB && (!has_next || !nominal(nx)))
				tag = SR_POS_ADV;
			break;
		default:
			if (c->closed >= 0) {
				tag = best(c, NULL);
				break;
			}
			/* rules of context */
			if (prev == SR_POS_DET || prev_closed == T_POSS || prev == SR_POS_ADJ || prev == SR_POS_NUM) {
				bonus[SR_POS_NOUN] += 2.5f;
				bonus[SR_POS_ADJ] += 1.5f;
				bonus[SR_POS_VERB] -= 3;
				if (c->form[SR_POS_VERB] == SR_FORM_PAST || c->form[SR_POS_VERB] == SR_FORM_ING)
					bonus[SR_POS_ADJ] += 1; /* "the wounded", "a growing" */
			}
			if (prev == SR_POS_ADP) {
				bonus[SR_POS_NOUN] += 1.5f;
				bonus[SR_POS_VERB] -= c->form[SR_POS_VERB] == SR_FORM_ING ? 0 : 2.5f;
			}
			if (prev == SR_POS_PART && prev_i != SIZE_MAX && d->tokens[prev_i].end - d->tokens[prev_i].start == 2 &&
			    sr_ascii_ncaseeq(d->text + d->tokens[prev_i].start, "to", 2))
				bonus[SR_POS_VERB] += 4, bonus[SR_POS_NOUN] -= 1;
			/* "did n't clash", "not attack" */
			if (prev == SR_POS_PART && prev_i != SIZE_MAX &&
			    !sr_ascii_ncaseeq(d->text + d->tokens[prev_i].start, "to", 2) &&
			    d->text[d->tokens[prev_i].start] != '\'')
				bonus[SR_POS_VERB] += 3;
			if (prev == SR_POS_PART && prev_i != SIZE_MAX && (d->tokens[prev_i].flags & SR_TF_CLITIC) &&
			    d->tokens[prev_i].end - d->tokens[prev_i].start >= 3 &&
			    (d->text[d->tokens[prev_i].start] == 'n' || d->text[d->tokens[prev_i].start] == 'N'))
				bonus[SR_POS_VERB] += 3;
			if (prev == SR_POS_AUX) {
				bool be = prev_closed == T_BE;
				bool have = prev_closed == T_HAVE;
				if (be) {
					if (c->form[SR_POS_VERB] == SR_FORM_PAST || c->form[SR_POS_VERB] == SR_FORM_ING)
						bonus[SR_POS_VERB] += 3;
					bonus[SR_POS_ADJ] += 1;
				} else if (have) {
					if (c->form[SR_POS_VERB] == SR_FORM_PAST)
						bonus[SR_POS_VERB] += 4;
				} else {
					bonus[SR_POS_VERB] += 4; /* modals, "did" */
				}
				bonus[SR_POS_NOUN] -= 1;
			}
			if (prev == SR_POS_PRON && prev_closed == T_SUBJ)
				bonus[SR_POS_VERB] += 3, bonus[SR_POS_NOUN] -= 2;
			if ((prev == SR_POS_NOUN || prev == SR_POS_PROPN) &&
			    (c->form[SR_POS_VERB] == SR_FORM_PAST || c->form[SR_POS_VERB] == SR_FORM_3SG))
				bonus[SR_POS_VERB] += 1.5f;
			if ((prev == SR_POS_NOUN || prev == SR_POS_PROPN) && c->form[SR_POS_VERB] == SR_FORM_BASE &&
			    c->form[SR_POS_NOUN] == SR_FORM_BASE)
				bonus[SR_POS_NOUN] += 0.5f; /* "army attack" more than "army attack(s)" */
			if (prev == SR_POS_ADV && can(c, SR_POS_VERB))
				bonus[SR_POS_VERB] += 0.5f;
			/* a word before "says", "said", "reported" is who says it:
			 * "..., monitor says", "police said" */
			if (has_next && can(c, SR_POS_NOUN) && i + 1 < to &&
			    (sr_tok_is(d, i + 1, "says") || sr_tok_is(d, i + 1, "said") || sr_tok_is(d, i + 1, "reported") ||
			     sr_tok_is(d, i + 1, "reports") || sr_tok_is(d, i + 1, "told") || sr_tok_is(d, i + 1, "claims") ||
			     sr_tok_is(d, i + 1, "claimed")))
				bonus[(d->tokens[i].flags & SR_TF_CAP) ? SR_POS_PROPN : SR_POS_NOUN] += 3, bonus[SR_POS_VERB] -= 3;
			if (has_next && (nx->closed == SR_POS_DET || nx->closed == T_POSS || nx->closed == SR_POS_PRON ||
			                 can(nx, SR_POS_NUM) || nx->closed == T_QUANT)) {
				bonus[SR_POS_VERB] += 1.5f; /* a verb and its object */
				bonus[SR_POS_ADJ] -= 1;
			}
			if (has_next && !can(nx, SR_POS_NOUN) && !can(nx, SR_POS_PROPN) && !can(nx, SR_POS_ADJ))
				bonus[SR_POS_ADJ] -= 1; /* an adjective here needs a noun after it */
			if (has_next && can(nx, SR_POS_NOUN) && !can(nx, SR_POS_VERB) && can(c, SR_POS_ADJ))
				bonus[SR_POS_ADJ] += 1;
			/* before a noun, after a determiner, a preposition or nothing:
			 * "joint transport committee", "in south Ithilen" */
			if (has_next && (can(nx, SR_POS_NOUN) || can(nx, SR_POS_PROPN)) && can(c, SR_POS_ADJ) &&
			    (prev == SR_POS_X || prev == SR_POS_DET || prev == SR_POS_ADP || prev == SR_POS_ADJ ||
			     prev_closed == T_POSS || prev == SR_POS_PUNCT))
				bonus[SR_POS_ADJ] += 1.5f;
			/* a capitalised adjective before a noun: "French troops",
			 * "Islamic State", "Arnorian soldiers" */
			if (can(c, SR_POS_PROPN) && has_next && can(nx, SR_POS_NOUN) && !can(nx, SR_POS_PROPN) &&
			    !(d->tokens[i + 1].flags & SR_TF_CAP)) {
				const char *w = d->text + t->start;
				size_t wn = t->end - t->start;
				bool demonym = wn > 4 && (sr_ascii_ncaseeq(w + wn - 3, "ian", 3) || sr_ascii_ncaseeq(w + wn - 3, "ese", 3) ||
				                          sr_ascii_ncaseeq(w + wn - 3, "ish", 3) || sr_ascii_ncaseeq(w + wn - 2, "ic", 2) ||
				                          sr_ascii_ncaseeq(w + wn - 2, "an", 2) || sr_ascii_ncaseeq(w + wn - 1, "i", 1));
				if (can(c, SR_POS_ADJ) || demonym) {
					if (!can(c, SR_POS_ADJ))
						c->sc[SR_POS_ADJ] = 1;
					bonus[SR_POS_ADJ] += can(c, SR_POS_ADJ) && c->sc[SR_POS_ADJ] > 1 ? 6 : 9;
				}
			}
			/* "arrest warrants in", "talks with": a plural before a
			 * preposition, punctuation or a verb is a noun */
			if (c->form[SR_POS_NOUN] == SR_FORM_PLURAL && c->form[SR_POS_VERB] == SR_FORM_3SG &&
			    (!has_next || nx->closed == SR_POS_ADP || nx->closed == T_SCONJ_ADP || can(nx, SR_POS_PUNCT) ||
			     nx->closed == SR_POS_CCONJ || nx->closed == T_MODAL || nx->closed == T_BE || nx->closed == T_TO))
				bonus[SR_POS_NOUN] += 2;
			/* a finite verb in its base form needs a plural or pronoun
			 * subject: "US support", "the oil" are nouns */
			bool prev_plural = false;
			if (prev_i != SIZE_MAX) {
				const sr_token *pt = &d->tokens[prev_i];
				const char *pw = d->text + pt->start;
				size_t pn = pt->end - pt->start;
				prev_plural = pt->form == SR_FORM_PLURAL ||
				              (pn > 3 && (pw[pn - 1] == 's' || pw[pn - 1] == 'S') && pw[pn - 2] != 's');
			}
			if (c->form[SR_POS_VERB] == SR_FORM_BASE && can(c, SR_POS_NOUN) &&
			    (((prev == SR_POS_NOUN || prev == SR_POS_PROPN) && !prev_plural)) &&
			    !(has_next && (nx->closed == SR_POS_ADP || nx->closed == SR_POS_DET)))
				bonus[SR_POS_VERB] -= 2;
			/* "plan to withdraw", "vowed to" */
			if (has_next && nx->closed == T_TO && can(c, SR_POS_VERB))
				bonus[SR_POS_VERB] += 1;
			/* names run on: "the United Nations", "Prime Minister Ali" */
			if (can(c, SR_POS_PROPN) && c->sc[SR_POS_PROPN] >= 6 &&
			    ((has_next && (d->tokens[i + 1].flags & SR_TF_CAP) && d->tokens[i + 1].kind == SR_TOK_WORD) ||
			     prev == SR_POS_PROPN))
				bonus[SR_POS_PROPN] += 3;
			if ((prev == SR_POS_PROPN || prev == SR_POS_NOUN) && c->form[SR_POS_VERB] == SR_FORM_PAST)
				bonus[SR_POS_VERB] += 1; /* "Telemar left for" */
			if (i == from)
				bonus[SR_POS_VERB] -= 1; /* news rarely starts with an imperative */
			tag = best(c, bonus);
			break;
		}
		t->pos = (uint8_t)tag;
		t->form = tag < SR_POS_N ? c->form[tag] : 0;
		prev = tag;
		prev_closed = c->closed;
		prev_i = i;
		cw[1] = cw[2];
	}
}

void sr_pos_tag(sr_doc *d)
{
	for (size_t s = 0; s < d->n_sentences; s++) {
		const sr_sentence *st = &d->sentences[s];
		if (!st->n_tokens)
			continue;
		/* a headline in capitals ("SYRIAN ARMY SHELLS HOMS") says nothing
		 * by its capitals */
		size_t upper = 0, words = 0;
		for (size_t i = st->first_token; i < st->first_token + st->n_tokens; i++)
			if (d->tokens[i].kind == SR_TOK_WORD) {
				words++;
				upper += (d->tokens[i].flags & SR_TF_UPPER) != 0;
			}
		bool headline = words >= 3 && upper * 2 > words;
		if (!headline && st->kind == SR_SENT_HEADLINE) {
			/* title case: most words capitalised */
			size_t caps = 0;
			for (size_t i = st->first_token; i < st->first_token + st->n_tokens; i++)
				caps += d->tokens[i].kind == SR_TOK_WORD && (d->tokens[i].flags & SR_TF_CAP);
			headline = words >= 3 && caps * 4 > words * 3;
		}
		tag_sentence(d, st->first_token, st->first_token + st->n_tokens, headline);
	}
	/* tokens outside sentences (a dateline) */
	for (size_t i = 0; i < d->n_tokens; i++)
		if (d->tokens[i].pos == SR_POS_X)
			d->tokens[i].pos = d->tokens[i].kind == SR_TOK_PUNCT    ? SR_POS_PUNCT
			                   : d->tokens[i].kind == SR_TOK_NUMBER ? SR_POS_NUM
			                   : d->tokens[i].kind == SR_TOK_SYMBOL ? SR_POS_SYM
			                                                        : SR_POS_PROPN;
}

size_t sr_token_lemma(const sr_doc *doc, size_t i, char *buf, size_t cap)
{
	if (!cap)
		return 0;
	buf[0] = '\0';
	if (i >= doc->n_tokens)
		return 0;
	const sr_token *t = &doc->tokens[i];
	const char *s = doc->text + t->start;
	size_t n = t->end - t->start;
	const char *lemma = NULL;
	sr_lexinfo li;
	sr_lexform forms[6];
	if (t->kind == SR_TOK_WORD && t->pos != SR_POS_PROPN) {
		int nf = sr_lex_analyze(s, n, &li, forms, 6);
		int want = t->pos == SR_POS_NOUN ? SR_LEX_NOUN : t->pos == SR_POS_VERB || t->pos == SR_POS_AUX ? SR_LEX_VERB
		           : t->pos == SR_POS_ADJ ? SR_LEX_ADJ : t->pos == SR_POS_ADV ? SR_LEX_ADV : 0;
		if (want && !(li.lemma_pos & want)) {
			if ((li.form_pos & want) && li.lemma)
				lemma = li.lemma;
			for (int k = 0; k < nf && !lemma; k++)
				if (forms[k].pos == want)
					lemma = forms[k].lemma;
		}
	}
	size_t k = 0;
	if (lemma) {
		k = strlen(lemma);
		if (k >= cap)
			k = cap - 1;
		memcpy(buf, lemma, k);
	} else {
		for (; k < n && k + 1 < cap; k++)
			buf[k] = (char)sr_lower((unsigned char)s[k]);
	}
	buf[k] = '\0';
	return k;
}
