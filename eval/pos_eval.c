/* pos_eval: sitrep's part-of-speech tags against the Stanford CoreNLP
 * parses that PETRARCH2's sample news and unit-test records come with
 * (../shared/data/petrarch2/GigaWord.sample.PETR.xml and
 * PETR.UnitTest.records.xml: each <Sentence> has its <Text> and a
 * Treebank <Parse>).
 *
 *   pos_eval PETRARCH_DIR [--show N] [--min PCT]
 *
 * The parse's leaves "(TAG word)" are aligned with sitrep's word tokens in
 * order (a token that does not match is skipped on either side, and not
 * counted).  Penn Treebank tags map to the coarse tags that can stand for
 * them: NN* NOUN (NNP* PROPN or NOUN), VB* VERB or AUX, MD AUX, JJ* ADJ,
 * RB* ADV (or PART for "not"), IN ADP or SCONJ, RP ADP or ADV, DT DET
 * (or PRON), PRP PRON, PRP$ PRON or DET, WDT and WP PRON (or DET, SCONJ),
 * CC CCONJ, CD NUM, TO PART or ADP, POS PART, EX PRON, punctuation PUNCT.
 * Base noun phrases (NP nodes with no NP inside, as chunkers are scored
 * on the Treebank) are compared with sitrep's NP chunks: the same first
 * and last token.
 * Prints the accuracy per file and the commonest confusions; with --min,
 * exit 1 below it on the news sample, 77 (ctest's skip) without the data. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

typedef struct leaf {
	char tag[12];
	char word[64];
} leaf;

/* which coarse tags a PTB tag may be */
static bool accepts(const char *ptb, const char *word, int pos)
{
#define IS(t) (strcmp(ptb, t) == 0)
#define PRE(t) (strncmp(ptb, t, strlen(t)) == 0)
	if (IS("NNP") || IS("NNPS"))
		return pos == SR_POS_PROPN || pos == SR_POS_NOUN;
	if (PRE("NN"))
		return pos == SR_POS_NOUN || pos == SR_POS_PROPN;
	if (PRE("VB") || PRE("AUX")) /* PETRARCH's parses tag auxiliaries AUXZ, AUXD ... */
		return pos == SR_POS_VERB || pos == SR_POS_AUX;
	if (IS("MD"))
		return pos == SR_POS_AUX;
	if (PRE("JJ"))
		return pos == SR_POS_ADJ;
	if (PRE("RB"))
		return pos == SR_POS_ADV || (pos == SR_POS_PART && (strcmp(word, "not") == 0 || strcmp(word, "n't") == 0));
	if (IS("IN"))
		return pos == SR_POS_ADP || pos == SR_POS_SCONJ;
	if (IS("RP"))
		return pos == SR_POS_ADP || pos == SR_POS_ADV || pos == SR_POS_PART;
	if (IS("DT") || IS("PDT"))
		return pos == SR_POS_DET || pos == SR_POS_PRON;
	if (IS("PRP"))
		return pos == SR_POS_PRON;
	if (IS("PRP$") || IS("WP$"))
		return pos == SR_POS_PRON || pos == SR_POS_DET;
	if (IS("WDT") || IS("WP"))
		return pos == SR_POS_PRON || pos == SR_POS_DET || pos == SR_POS_SCONJ;
	if (IS("WRB"))
		return pos == SR_POS_ADV || pos == SR_POS_SCONJ;
	if (IS("CC"))
		return pos == SR_POS_CCONJ;
	if (IS("CD"))
		return pos == SR_POS_NUM;
	if (IS("TO"))
		return pos == SR_POS_PART || pos == SR_POS_ADP;
	if (IS("POS"))
		return pos == SR_POS_PART;
	if (IS("EX"))
		return pos == SR_POS_PRON;
	if (IS("SYM") || IS("$") || IS("#"))
		return pos == SR_POS_SYM || pos == SR_POS_PUNCT;
	if (IS("FW") || IS("UH") || IS("LS"))
		return true;
	return pos == SR_POS_PUNCT; /* , . : `` '' -LRB- -RRB- */
#undef IS
#undef PRE
}

/* The base noun phrases of the parse (NP nodes with no NP inside), as
 * leaf index ranges [first, last]. */
typedef struct range {
	int first, last;
} range;

static size_t base_nps(const char *p, const char *end, range *out, size_t max)
{
	struct {
		bool np, has_np;
		int first;
	} st[512];
	int depth = 0, n_leaf = 0;
	size_t n = 0;
	while (p < end) {
		if (*p == '(') {
			const char *t = p + 1, *sp = t;
			while (sp < end && *sp != ' ' && *sp != '(' && *sp != ')' && *sp != '\n')
				sp++;
			/* a leaf: "(TAG word)" */
			const char *w = sp;
			while (w < end && (*w == ' ' || *w == '\n'))
				w++;
			if (w < end && *w != '(' && sp > t) {
				const char *we = w;
				while (we < end && *we != ')')
					we++;
				n_leaf++;
				p = we + 1;
				continue;
			}
			if (depth < 512) {
				st[depth].np = sp - t >= 2 && t[0] == 'N' && t[1] == 'P' && (sp - t == 2 || t[2] == '-');
				st[depth].has_np = false;
				st[depth].first = n_leaf;
			}
			depth++;
			p = sp;
			continue;
		}
		if (*p == ')' && depth > 0) {
			depth--;
			if (depth < 512) {
				if (st[depth].np && !st[depth].has_np && n_leaf > st[depth].first && n < max)
					out[n++] = (range){st[depth].first, n_leaf - 1};
				if (st[depth].np && depth > 0 && depth - 1 < 512)
					st[depth - 1].has_np = true;
				else if (depth > 0 && depth - 1 < 512 && st[depth].has_np)
					st[depth - 1].has_np = true;
			}
		}
		p++;
	}
	return n;
}

static size_t leaves(const char *p, const char *end, leaf *out, size_t max)
{
	size_t n = 0;
	for (; p < end && n < max; p++) {
		if (*p != '(')
			continue;
		const char *t = p + 1, *sp = t;
		while (sp < end && *sp != ' ' && *sp != '(' && *sp != ')')
			sp++;
		if (sp >= end || *sp != ' ')
			continue;
		const char *w = sp + 1, *we = w;
		while (we < end && *we != ')' && *we != '(' && *we != ' ')
			we++;
		if (we >= end || *we != ')' || we == w)
			continue;
		snprintf(out[n].tag, sizeof out[n].tag, "%.*s", (int)(sp - t), t);
		snprintf(out[n].word, sizeof out[n].word, "%.*s", (int)(we - w), w);
		/* the Treebank's escapes */
		if (strcmp(out[n].word, "-LRB-") == 0)
			strcpy(out[n].word, "(");
		else if (strcmp(out[n].word, "-RRB-") == 0)
			strcpy(out[n].word, ")");
		n++;
	}
	return n;
}

typedef struct confusion {
	char ptb[12];
	int pos, n;
} confusion;

static int score_file(const char *path, int show, double *acc)
{
	size_t len;
	char *xml = tu_slurp(path, &len);
	if (!xml)
		return -1;
	xml = realloc(xml, len + 1);
	xml[len] = '\0';
	long total = 0, right = 0, sentences = 0, np_gold = 0, np_ours = 0, np_match = 0;
	confusion conf[256];
	int n_conf = 0, shown = 0;
	for (const char *p = strstr(xml, "<Sentence "); p; p = strstr(p + 1, "<Sentence ")) {
		const char *end = strstr(p, "</Sentence>");
		const char *ts = strstr(p, "<Text>"), *ps = strstr(p, "<Parse>");
		if (!end || !ts || !ps || ts > end || ps > end)
			continue;
		ts += 6;
		const char *te = strstr(ts, "</Text>");
		const char *pe = strstr(ps, "</Parse>");
		if (!te || !pe || pe > end)
			continue;
		char text[8192];
		size_t tn = 0;
		for (const char *q = ts; q < te && tn + 1 < sizeof text; q++)
			text[tn++] = *q == '\n' ? ' ' : *q;
		text[tn] = '\0';
		static leaf lv[2048];
		size_t nl = leaves(ps + 7, pe, lv, 2048);
		sr_doc *doc = NULL;
		if (sr_analyze(text, tn, NULL, 0, &doc) != SR_OK)
			continue;
		sentences++;
		static int tok_of_leaf[2048];
		static int leaf_of_tok[4096];
		for (size_t q = 0; q < nl; q++)
			tok_of_leaf[q] = -1;
		for (size_t q = 0; q < doc->n_tokens && q < 4096; q++)
			leaf_of_tok[q] = -1;
		size_t a = 0, b = 0;
		while (a < doc->n_tokens && b < nl) {
			const sr_token *t = &doc->tokens[a];
			size_t wn = t->end - t->start;
			const char *w = text + t->start;
			bool same = strlen(lv[b].word) == wn && strncmp(lv[b].word, w, wn) == 0;
			if (!same) {
				/* resynchronise: the nearest match ahead on either side */
				bool found = false;
				for (size_t d = 1; d <= 3 && !found; d++) {
					if (b + d < nl && strlen(lv[b + d].word) == wn && strncmp(lv[b + d].word, w, wn) == 0)
						b += d, found = true;
					else if (a + d < doc->n_tokens) {
						const sr_token *u = &doc->tokens[a + d];
						size_t un = u->end - u->start;
						if (strlen(lv[b].word) == un && strncmp(lv[b].word, text + u->start, un) == 0)
							a += d, found = true;
					}
				}
				if (!found) {
					a++, b++;
					continue;
				}
				t = &doc->tokens[a];
			}
			char low[64];
			size_t li = 0;
			for (; lv[b].word[li] && li + 1 < sizeof low; li++) {
				char ch = lv[b].word[li];
				low[li] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
			}
			low[li] = '\0';
			tok_of_leaf[b] = (int)a;
			if (a < 4096)
				leaf_of_tok[a] = (int)b;
			total++;
			if (accepts(lv[b].tag, low, t->pos)) {
				right++;
			} else {
				int k = 0;
				while (k < n_conf && !(strcmp(conf[k].ptb, lv[b].tag) == 0 && conf[k].pos == t->pos))
					k++;
				if (k == n_conf && n_conf < 256) {
					snprintf(conf[k].ptb, sizeof conf[k].ptb, "%s", lv[b].tag);
					conf[k].pos = t->pos;
					conf[k].n = 0;
					n_conf++;
				}
				if (k < n_conf)
					conf[k].n++;
				if (shown < show) {
					shown++;
					printf("  %-12s %-5s -> %s\n", lv[b].word, lv[b].tag, sr_pos_name(t->pos));
				}
			}
			a++, b++;
		}
		/* base noun phrases: gold ones whose leaves all aligned, ours whose
		 * tokens all aligned; a match has the same first and last */
		static range gold[1024];
		size_t ng = base_nps(ps + 7, pe, gold, 1024);
		for (size_t q = 0; q < ng; q++) {
			bool aligned = gold[q].last < (int)nl;
			for (int l = gold[q].first; aligned && l <= gold[q].last; l++)
				aligned = tok_of_leaf[l] >= 0;
			/* punctuation-only NPs are not phrases sitrep makes */
			if (!aligned)
				continue;
			np_gold++;
			for (size_t c = 0; c < doc->n_chunks; c++)
				if (doc->chunks[c].kind == SR_CHUNK_NP && (int)doc->chunks[c].first == tok_of_leaf[gold[q].first] &&
				    (int)doc->chunks[c].last == tok_of_leaf[gold[q].last]) {
					np_match++;
					break;
				}
		}
		for (size_t c = 0; c < doc->n_chunks; c++) {
			if (doc->chunks[c].kind != SR_CHUNK_NP)
				continue;
			bool aligned = doc->chunks[c].last < 4096;
			for (uint32_t q = doc->chunks[c].first; aligned && q <= doc->chunks[c].last; q++)
				aligned = leaf_of_tok[q] >= 0;
			np_ours += aligned;
		}
		sr_doc_free(doc);
	}
	free(xml);
	*acc = total ? 100.0 * right / total : 0;
	printf("%s: %ld sentences, %ld tokens aligned, %.1f%% tagged right\n", strrchr(path, '/') + 1, sentences, total,
	       *acc);
	double np_p = np_ours ? (double)np_match / np_ours : 0, np_r = np_gold ? (double)np_match / np_gold : 0;
	printf("  base noun phrases: %ld gold, %ld ours, %ld the same: P %.3f R %.3f F1 %.3f\n", np_gold, np_ours,
	       np_match, np_p, np_r, np_p + np_r ? 2 * np_p * np_r / (np_p + np_r) : 0);
	/* the commonest confusions */
	for (int r = 0; r < 8; r++) {
		int bi = -1;
		for (int k = 0; k < n_conf; k++)
			if (conf[k].n > 0 && (bi < 0 || conf[k].n > conf[bi].n))
				bi = k;
		if (bi < 0)
			break;
		printf("    %-5s as %-5s %d\n", conf[bi].ptb, sr_pos_name(conf[bi].pos), conf[bi].n);
		conf[bi].n = -conf[bi].n;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: pos_eval PETRARCH_DIR [--show N] [--min PCT]\n");
		return 2;
	}
	int show = 0;
	double min = -1;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--min") == 0)
			min = atof(argv[i + 1]);
	}
	if (!sr_lexicon_available())
		printf("note: no lexicon (build/data/lexicon.bin): closed-class words and endings only\n");
	char path[2048];
	double news = 0, unit = 0;
	snprintf(path, sizeof path, "%s/GigaWord.sample.PETR.xml", argv[1]);
	if (score_file(path, show, &news) != 0) {
		printf("SKIP: no PETRARCH sample at %s\n", path);
		return 77;
	}
	snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", argv[1]);
	score_file(path, show, &unit);
	eval_result("pos", "news_pct", news, min);
	if (min >= 0 && news < min) {
		printf("FAIL: %.1f%% on the news sample is below the floor %.1f%%\n", news, min);
		return 1;
	}
	return 0;
}
