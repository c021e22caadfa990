/* analyze.c: sentences, datelines and numbers over the tokens; see
 * sitrep.h.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis (with the quotes and
 * brackets that close after it) when what follows starts a sentence: a
 * capital, a digit or an opening quote, and the period is not part of an
 * abbreviation, a title before a name ("Gen. Ali"), or an initial ("John F.
 * Kennedy").  Paragraph ends always end a sentence; a heading paragraph is
 * a headline.  A dateline ("BEIRUT (AP) --", "Beirut, April 15 (Reuters) -")
 * at the start of the text is set apart: the first sentence starts after
 * it, and its place and agency are kept for later stages. */
#include "nlp.h"

#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/json.h"
#include "../util/str.h"
#include "../util/vec.h"

typedef struct doc_impl {
	sr_doc pub;
	size_t cap_sent, cap_num;
} doc_impl;

/* The first byte first, inline: most tokens differ there. */
static inline bool tok_is(const char *t, const sr_token *k, const char *s)
{
	if (k->end == k->start || t[k->start] != s[0])
		return false;
	size_t n = strlen(s);
	return k->end - k->start == n && memcmp(t + k->start, s, n) == 0;
}

static inline bool tok_is_ci(const char *t, const sr_token *k, const char *s)
{
	if (k->end == k->start || (t[k->start] | 0x20) != (s[0] | 0x20))
		return false;
	size_t n = strlen(s);
	return k->end - k->start == n && sr_ascii_ncaseeq(t + k->start, s, n);
}

static bool is_closer(const char *t, const sr_token *k)
{
	return tok_is(t, k, "\"") || tok_is(t, k, "'") || tok_is(t, k, ")") || tok_is(t, k, "]") ||
	       tok_is(t, k, "\xe2\x80\x9d") || tok_is(t, k, "\xe2\x80\x99") || tok_is(t, k, "\xc2\xbb");
}

static bool is_opener(const char *t, const sr_token *k)
{
	return tok_is(t, k, "\"") || tok_is(t, k, "'") || tok_is(t, k, "(") || tok_is(t, k, "[") ||
	       tok_is(t, k, "\xe2\x80\x9c") || tok_is(t, k, "\xe2\x80\x98") || tok_is(t, k, "\xc2\xab");
}

static bool is_ender(const char *t, const sr_token *k)
{
	return k->kind == SR_TOK_PUNCT && (tok_is(t, k, ".") || tok_is(t, k, "!") || tok_is(t, k, "?") ||
	                                   tok_is(t, k, "...") || tok_is(t, k, "\xe2\x80\xa6") || tok_is(t, k, "...."));
}

/* Titles that come before a name: a capital after them is the name. */
static bool is_title(const char *t, const sr_token *k)
{
	static const char *const T[] = {"mr.",   "mrs.", "ms.",  "dr.",  "prof.", "gen.", "lt.",  "col.", "maj.",
	                                "capt.", "sgt.", "adm.", "gov.", "sen.",  "rep.", "rev.", "st.",  "brig.",
	                                "cpl.",  "pvt.", "cmdr.", "amb.", "pres.", "no.",  "hon.", "mt.",  "ft."};
	for (size_t i = 0; i < sizeof T / sizeof *T; i++)
		if (tok_is_ci(t, k, T[i]))
			return true;
	return false;
}

/* Words that start sentences after an abbreviation like "U.S." ends one. */
static bool sentence_starter(const char *t, const sr_token *k)
{
	static const char *const S[] = {"The", "He", "She", "It", "They", "We", "I", "In", "But", "A", "An", "This",
	                                "That", "These", "Those", "His", "Her", "Its", "Their", "On", "At", "After",
	                                "Before", "When", "While", "There", "Some", "Many", "Most", "Officials",
	                                "According", "However", "Meanwhile", "Earlier", "Later", "Last", "Since"};
	for (size_t i = 0; i < sizeof S / sizeof *S; i++)
		if (tok_is(t, k, S[i]))
			return true;
	return false;
}

static bool push_sentence(doc_impl *d, size_t start, size_t end, size_t first, size_t n, uint32_t para, int kind)
{
	sr_doc *p = &d->pub;
	if (!n)
		return true;
	if (!SR_VEC_GROW(p->sentences, p->n_sentences, d->cap_sent, 64))
		return false;
	p->sentences[p->n_sentences++] = (sr_sentence){start, end, first, n, para, (uint8_t)kind};
	return true;
}

/* Does a sentence end after token i (an ender), given the next token? */
static bool ends_here(const char *t, const sr_token *tok, size_t i, size_t end_tok)
{
	const sr_token *k = &tok[i];
	/* the closers that follow the ender belong to this sentence */
	size_t j = i + 1;
	while (j < end_tok && is_closer(t, &tok[j]) && !(tok[j].flags & SR_TF_SPACE))
		j++;
	if (j >= end_tok)
		return true;
	const sr_token *next = &tok[j];
	if (!(next->flags & SR_TF_SPACE) && !is_opener(t, next))
		return false; /* "3.5", "example.com" */
	if (is_opener(t, next) && j + 1 < end_tok)
		next = &tok[j + 1];
	bool starts = (next->flags & SR_TF_CAP) || next->kind == SR_TOK_NUMBER || is_opener(t, next);
	if (!starts)
		return false;
	if (tok_is(t, k, ".") && i > 0) {
		const sr_token *prev = &tok[i - 1];
		/* an initial: "John F. Kennedy" */
		if (prev->kind == SR_TOK_WORD && prev->end - prev->start == 1 && (prev->flags & SR_TF_CAP))
			return false;
	}
	return true;
}

/* A period that is part of an abbreviation token ("U.S.", "Gen.") ends the
 * sentence only before a sentence starter, and never after a title. */
static bool abbrev_ends(const char *t, const sr_token *tok, size_t i, size_t end_tok)
{
	const sr_token *k = &tok[i];
	if (!(k->flags & SR_TF_ABBREV) || is_title(t, k))
		return false;
	if (i + 1 >= end_tok)
		return true;
	const sr_token *next = &tok[i + 1];
	return (next->flags & SR_TF_SPACE) && sentence_starter(t, next);
}

static bool is_dash(const char *t, const sr_token *k)
{
	return tok_is(t, k, "-") || tok_is(t, k, "--") || tok_is(t, k, "---") || tok_is(t, k, "\xe2\x80\x94") ||
	       tok_is(t, k, "\xe2\x80\x93") || tok_is(t, k, ":");
}

/* A dateline among the first tokens: PLACE [, REGION] [, DATE] [(AGENCY)] DASH. */
static void find_dateline(doc_impl *d, const sr_token *tok, size_t from, size_t to)
{
	sr_doc *p = &d->pub;
	const char *t = p->text;
	size_t limit = from + 16 < to ? from + 16 : to;
	for (size_t i = from; i < limit; i++) {
		if (!is_dash(t, &tok[i]) || i == from)
			continue;
		/* the dash must end the dateline: a space or the text after it */
		size_t j = i;
		size_t agency_s = 0, agency_e = 0;
		if (j >= from + 3 && tok_is(t, &tok[j - 1], ")")) {
			size_t o = j - 1;
			while (o > from && !tok_is(t, &tok[o], "("))
				o--;
			if (!tok_is(t, &tok[o], "(") || j - 1 - o > 4)
				return;
			agency_s = tok[o + 1].start;
			agency_e = tok[j - 2].end;
			j = o;
		}
		/* the place: capitalised words (and commas, dates) before it */
		bool caps = true, any_upper = false;
		size_t place_end = j;
		for (size_t k = from; k < j; k++) {
			const sr_token *w = &tok[k];
			/* (a name's small words: "Republic of Congo", "Dar es Salaam") */
			if (w->kind == SR_TOK_WORD && !(w->flags & (SR_TF_CAP | SR_TF_UPPER)) && !tok_is(t, w, "of") &&
			    !tok_is(t, w, "the") && !tok_is(t, w, "es") && !tok_is(t, w, "de") && !tok_is(t, w, "al") &&
			    !tok_is(t, w, "el") && !tok_is(t, w, "and"))
				caps = false;
			if (w->flags & SR_TF_UPPER)
				any_upper = true;
			if (tok_is(t, w, ",") && place_end == j)
				place_end = k;
		}
		if (!caps || (!any_upper && !agency_e))
			return;
		p->dateline_start = tok[from].start;
		p->dateline_end = tok[i].end;
		p->place_start = tok[from].start;
		p->place_end = tok[place_end > from ? place_end - 1 : from].end;
		p->agency_start = agency_s;
		p->agency_end = agency_e;
		return;
	}
}

/* ---- numbers --------------------------------------------------------------- */

static bool push_number(doc_impl *d, sr_number n)
{
	sr_doc *p = &d->pub;
	if (!SR_VEC_GROW(p->numbers, p->n_numbers, d->cap_num, 32))
		return false;
	p->numbers[p->n_numbers++] = n;
	return true;
}

/* The value of token i as a number (digits or a number word), or -1. */
static double value_of(const char *t, const sr_token *k)
{
	if (k->kind == SR_TOK_NUMBER) {
		char buf[64];
		size_t n = 0;
		for (size_t i = k->start; i < k->end && n + 1 < sizeof buf; i++)
			if (t[i] != ',')
				buf[n++] = t[i];
		buf[n] = '\0';
		return strtod(buf, NULL);
	}
	if (k->kind == SR_TOK_WORD)
		return sr_nlp_number_word(t + k->start, k->end - k->start);
	return -1;
}

static bool is_multiplier(double v)
{
	return v == 100 || v == 1e3 || v == 1e6 || v == 1e9 || v == 12;
}

/* Read a number starting at token i: "1.5 million", "two dozen",
 * "twenty-five", "3,000".  Returns the tokens used (0: none). */
static size_t read_value(const char *t, const sr_token *tok, size_t i, size_t end, double *out)
{
	double v = value_of(t, &tok[i]);
	if (v < 0)
		return 0;
	/* "a"/"an"/"half" count only before a multiplier: "a dozen" */
	bool weak = tok_is_ci(t, &tok[i], "a") || tok_is_ci(t, &tok[i], "an") || tok_is_ci(t, &tok[i], "half");
	size_t used = 1;
	/* plurals ("hundreds") are vague, handled by the caller */
	double total = v;
	while (i + used < end) {
		double m = value_of(t, &tok[i + used]);
		if (m < 0 || !is_multiplier(m) || tok[i + used].kind != SR_TOK_WORD)
			break;
		char last = t[tok[i + used].end - 1];
		if (last == 's' || last == 'S')
			break; /* "two hundreds" is not English; "dozens" is vague */
		total *= m;
		used++;
		weak = false;
	}
	if (weak)
		return 0;
	if (used == 1 && tok[i].kind == SR_TOK_WORD) {
		char last = t[tok[i].end - 1];
		if (last == 's' || last == 'S')
			return 0; /* "dozens", "hundreds": vague, see below */
	}
	*out = total;
	return used;
}

static bool is_month(const char *t, const sr_token *k)
{
	static const char *const M[] = {"january", "february", "march", "april",   "may",      "june",
	                                "july",    "august",   "september", "october", "november", "december",
	                                "jan.",    "feb.",     "mar.",  "apr.",    "jun.",     "jul.",
	                                "aug.",    "sep.",     "sept.", "oct.",    "nov.",     "dec."};
	for (size_t i = 0; i < sizeof M / sizeof *M; i++)
		if (tok_is_ci(t, k, M[i]))
			return true;
	return false;
}

/* Numbers that are parts of a date or a time, not quantities: "April 15",
 * "15 April", "3.30 p.m.", "10:30", "1400 GMT". */
static bool date_or_time(const char *t, const sr_token *tok, size_t i, size_t n)
{
	if (tok[i].kind != SR_TOK_NUMBER)
		return false;
	if (i > 0 && is_month(t, &tok[i - 1]))
		return true;
	if (i + 1 < n) {
		const sr_token *nx = &tok[i + 1];
		if (is_month(t, nx) || tok_is_ci(t, nx, "a.m.") || tok_is_ci(t, nx, "p.m.") || tok_is_ci(t, nx, "am") ||
		    tok_is_ci(t, nx, "pm") || tok_is_ci(t, nx, "gmt") || tok_is_ci(t, nx, "utc") || tok_is_ci(t, nx, "hrs") ||
		    ((tok_is(t, nx, ":") || tok_is(t, nx, ".")) && !(nx->flags & SR_TF_SPACE) && i + 2 < n &&
		     tok[i + 2].kind == SR_TOK_NUMBER && !(tok[i + 2].flags & SR_TF_SPACE)))
			return true;
	}
	if (i > 0 && tok_is(t, &tok[i - 1], ":") && !(tok[i - 1].flags & SR_TF_SPACE) && i > 1 &&
	    tok[i - 2].kind == SR_TOK_NUMBER)
		return true; /* the minutes of 10:30 */
	return false;
}

static void find_numbers(doc_impl *d, const sr_token *tok, size_t n)
{
	const char *t = d->pub.text;
	for (size_t i = 0; i < n; i++) {
		size_t start_tok = i;
		int qual = SR_NUM_EXACT;
		/* qualifiers before the number */
		static const struct {
			const char *a, *b;
			int q;
		} Q[] = {{"more", "than", SR_NUM_AT_LEAST}, {"at", "least", SR_NUM_AT_LEAST}, {"over", NULL, SR_NUM_AT_LEAST},
		         {"up", "to", SR_NUM_AT_MOST},      {"fewer", "than", SR_NUM_AT_MOST}, {"less", "than", SR_NUM_AT_MOST},
		         {"nearly", NULL, SR_NUM_AT_MOST},  {"almost", NULL, SR_NUM_AT_MOST},  {"about", NULL, SR_NUM_ABOUT},
		         {"around", NULL, SR_NUM_ABOUT},    {"some", NULL, SR_NUM_ABOUT},      {"roughly", NULL, SR_NUM_ABOUT},
		         {"approximately", NULL, SR_NUM_ABOUT}, {"an", "estimated", SR_NUM_ABOUT},
		         {"between", NULL, SR_NUM_RANGE}};
		size_t qi = i;
		for (size_t q = 0; q < sizeof Q / sizeof *Q; q++) {
			if (!tok_is_ci(t, &tok[i], Q[q].a))
				continue;
			if (Q[q].b) {
				if (i + 1 < n && tok_is_ci(t, &tok[i + 1], Q[q].b)) {
					qi = i + 2;
					qual = Q[q].q;
				}
			} else {
				qi = i + 1;
				qual = Q[q].q;
			}
			break;
		}
		if (qi >= n)
			continue;
		/* vague: "dozens of", "hundreds of", "thousands of" */
		if (tok[qi].kind == SR_TOK_WORD && qi + 1 < n && tok_is_ci(t, &tok[qi + 1], "of")) {
			double v = value_of(t, &tok[qi]);
			char last = t[tok[qi].end - 1];
			if (v >= 10 && (last == 's' || last == 'S')) {
				sr_number num = {tok[start_tok].start, tok[qi].end, v * 2, v * 2, 0, SR_NUM_VAGUE, 0};
				if (!push_number(d, num))
					return;
				i = qi;
				continue;
			}
		}
		if (date_or_time(t, tok, qi, n))
			continue;
		double v;
		size_t used = read_value(t, tok, qi, n, &v);
		if (!used) {
			continue;
		}
		size_t last = qi + used - 1;
		sr_number num = {tok[start_tok].start, tok[last].end, v, v, v, (uint8_t)qual, 0};
		if (qual == SR_NUM_AT_LEAST)
			num.high = 0;
		if (qual == SR_NUM_AT_MOST)
			num.low = 0;
		/* a year: four digits, no separators, 1800 to 2100 */
		if (used == 1 && tok[qi].kind == SR_TOK_NUMBER && tok[qi].end - tok[qi].start == 4 && v >= 1800 &&
		    v <= 2100 && qual == SR_NUM_EXACT)
			num.year = 1;
		/* ranges: "10 to 15", "10-15", "between 10 and 15" */
		size_t r = last + 1;
		if (r + 1 < n && (tok_is(t, &tok[r], "-") || tok_is(t, &tok[r], "\xe2\x80\x93") || tok_is_ci(t, &tok[r], "to") ||
		                  (qual == SR_NUM_RANGE && tok_is_ci(t, &tok[r], "and")))) {
			double v2;
			size_t used2 = read_value(t, tok, r + 1, n, &v2);
			if (used2 && v2 > v) {
				/* "1.5 to 2 million": the multiplier of the second end applies */
				num.low = v;
				num.high = v2;
				num.qual = SR_NUM_RANGE;
				num.year = 0;
				num.end = tok[r + used2].end;
				last = r + used2;
			}
		}
		if (qual == SR_NUM_RANGE && num.qual != SR_NUM_RANGE)
			num.qual = SR_NUM_EXACT, num.start = tok[qi].start; /* "between" without a range */
		if (!push_number(d, num))
			return;
		i = last;
	}
}

/* ---- the whole ------------------------------------------------------------- */

sr_status sr_analyze(const char *text, size_t len, const sr_paragraph *paras, size_t n_paras, sr_doc **out)
{
	if (!text && len)
		return SR_EINVAL;
	if (len > UINT32_MAX)
		return SR_ETOOBIG;
	doc_impl *d = calloc(1, sizeof *d);
	if (!d)
		return SR_ENOMEM;
	sr_doc *p = &d->pub;
	p->text = text;
	p->text_len = len;
	/* paragraphs: given, or separated by blank lines */
	sr_paragraph *own = NULL;
	if (!paras || !n_paras) {
		size_t cap = 16, n = 0;
		own = malloc(cap * sizeof *own);
		size_t i = 0;
		while (own && i < len) {
			while (i < len && sr_is_space((unsigned char)text[i]))
				i++;
			if (i >= len)
				break;
			size_t s = i;
			for (;;) {
				const char *nl = memchr(text + i, '\n', len - i);
				if (!nl) {
					i = len;
					break;
				}
				size_t k = (size_t)(nl - text) + 1;
				while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
					k++;
				if (k >= len || text[k] == '\n') {
					i = (size_t)(nl - text);
					break;
				}
				i = k;
			}
			size_t e = i;
			while (e > s && sr_is_space((unsigned char)text[e - 1]))
				e--;
			if (n == cap) {
				cap *= 2;
				sr_paragraph *np = realloc(own, cap * sizeof *np);
				if (!np) {
					free(own);
					own = NULL;
					break;
				}
				own = np;
			}
			own[n++] = (sr_paragraph){s, e, SR_PARA_PARAGRAPH};
		}
		if (!own && len) {
			free(d);
			return SR_ENOMEM;
		}
		paras = own;
		n_paras = n;
	}
	sr_toklist tl = {0};
	bool ok = true;
	for (size_t pi = 0; pi < n_paras && ok; pi++) {
		size_t ps = paras[pi].start, pe = paras[pi].end;
		if (pe > len || ps >= pe)
			continue;
		size_t first = tl.n;
		sr_nlp_tokenize(text, ps, pe, &tl);
		if (tl.failed) {
			ok = false;
			break;
		}
		size_t end_tok = tl.n;
		size_t s_tok = first;
		if (pi == 0 || (p->dateline_end == 0 && pi < 2)) {
			find_dateline(d, tl.v, first, end_tok);
			if (p->dateline_end) {
				while (s_tok < end_tok && tl.v[s_tok].start < p->dateline_end)
					s_tok++;
			}
		}
		int kind = paras[pi].kind == SR_PARA_HEADING ? SR_SENT_HEADLINE : SR_SENT_TEXT;
		for (size_t i = s_tok; i < end_tok && ok; i++) {
			bool end_here = false;
			size_t last = i;
			if (is_ender(text, &tl.v[i]) && ends_here(text, tl.v, i, end_tok)) {
				end_here = true;
				while (last + 1 < end_tok && is_closer(text, &tl.v[last + 1]) && !(tl.v[last + 1].flags & SR_TF_SPACE))
					last++;
			} else if (abbrev_ends(text, tl.v, i, end_tok)) {
				end_here = true;
			}
			if (end_here || i + 1 == end_tok) {
				ok = push_sentence(d, tl.v[s_tok].start, tl.v[last].end, s_tok, last + 1 - s_tok, (uint32_t)pi, kind);
				s_tok = last + 1;
				i = last;
			}
		}
	}
	free(own);
	if (!ok || tl.failed) {
		free(tl.v);
		sr_doc_free(p);
		return SR_ENOMEM;
	}
	p->tokens = tl.v;
	p->n_tokens = tl.n;
	for (size_t s = 0; s < p->n_sentences; s++)
		find_numbers(d, p->tokens + p->sentences[s].first_token, p->sentences[s].n_tokens);
	sr_pos_tag(p);
	if (!sr_chunk_doc(p)) {
		sr_doc_free(p);
		return SR_ENOMEM;
	}
	*out = p;
	return SR_OK;
}

void sr_doc_free(sr_doc *p)
{
	if (!p)
		return;
	free(p->sentences);
	free(p->tokens);
	free(p->numbers);
	free(p->chunks);
	free(p->clauses);
	free(p->pps);
	free(p);
}

static const char *tok_kind_name(int k)
{
	static const char *const N[] = {"word", "number", "punct", "symbol"};
	return k >= 0 && k <= SR_TOK_SYMBOL ? N[k] : "word";
}

static const char *qual_name(int q)
{
	static const char *const N[] = {"exact", "about", "at_least", "at_most", "range", "vague"};
	return q >= 0 && q <= SR_NUM_VAGUE ? N[q] : "exact";
}

static void span(sr_jw *w, size_t s, size_t e)
{
	sr_jw_key(w, "start");
	sr_jw_int(w, (long long)s);
	sr_jw_key(w, "end");
	sr_jw_int(w, (long long)e);
}

static void num_value(sr_jw *w, const char *key, double v)
{
	sr_jw_key(w, key);
	sr_jw_num(w, v);
}

void sr_doc_json_layers(sr_jw *wp, const sr_doc *d, int with_tokens)
{
	sr_jw w = *wp;
	sr_jw_key(&w, "text");
	sr_jw_strn(&w, d->text ? d->text : "", d->text_len);
	if (d->dateline_end > d->dateline_start) {
		sr_jw_key(&w, "dateline");
		sr_jw_obj_begin(&w);
		span(&w, d->dateline_start, d->dateline_end);
		sr_jw_key(&w, "place");
		sr_jw_strn(&w, d->text + d->place_start, d->place_end - d->place_start);
		if (d->agency_end > d->agency_start) {
			sr_jw_key(&w, "agency");
			sr_jw_strn(&w, d->text + d->agency_start, d->agency_end - d->agency_start);
		}
		sr_jw_obj_end(&w);
	}
	sr_jw_key(&w, "sentences");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < d->n_sentences; i++) {
		const sr_sentence *s = &d->sentences[i];
		sr_jw_obj_begin(&w);
		span(&w, s->start, s->end);
		sr_jw_key(&w, "paragraph");
		sr_jw_int(&w, s->paragraph);
		if (s->kind == SR_SENT_HEADLINE) {
			sr_jw_key(&w, "kind");
			sr_jw_str(&w, "headline");
		}
		sr_jw_key(&w, "tokens");
		sr_jw_arr_begin(&w);
		sr_jw_int(&w, (long long)s->first_token);
		sr_jw_int(&w, (long long)(s->first_token + s->n_tokens));
		sr_jw_arr_end(&w);
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	if (with_tokens) {
		sr_jw_key(&w, "tokens");
		sr_jw_arr_begin(&w);
		for (size_t i = 0; i < d->n_tokens; i++) {
			const sr_token *k = &d->tokens[i];
			sr_jw_obj_begin(&w);
			span(&w, k->start, k->end);
			sr_jw_key(&w, "kind");
			sr_jw_str(&w, tok_kind_name(k->kind));
			sr_jw_key(&w, "pos");
			sr_jw_str(&w, sr_pos_name(k->pos));
			if (k->kind == SR_TOK_WORD) {
				char lemma[64];
				size_t ln = sr_token_lemma(d, i, lemma, sizeof lemma);
				sr_jw_key(&w, "lemma");
				sr_jw_strn(&w, lemma, ln);
			}
			sr_jw_obj_end(&w);
		}
		sr_jw_arr_end(&w);
	}
	/* phrases and clauses */
	sr_jw_key(&w, "chunks");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < d->n_chunks; i++) {
		const sr_chunk *c = &d->chunks[i];
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "type");
		sr_jw_str(&w, c->kind == SR_CHUNK_NP ? "NP" : "VP");
		span(&w, d->tokens[c->first].start, d->tokens[c->last].end);
		sr_jw_key(&w, "text");
		sr_jw_strn(&w, d->text + d->tokens[c->first].start, d->tokens[c->last].end - d->tokens[c->first].start);
		if (c->coord) {
			sr_jw_key(&w, "coordinated");
			sr_jw_bool(&w, true);
		}
		if (c->apposition) {
			sr_jw_key(&w, "apposition");
			sr_jw_bool(&w, true);
		}
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "clauses");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < d->n_clauses; i++) {
		const sr_clause *c = &d->clauses[i];
		sr_jw_obj_begin(&w);
		const int32_t roles[3] = {(int32_t)c->verb, c->subject, c->object};
		static const char *const names[3] = {"verb", "subject", "object"};
		for (int r = 0; r < 3; r++) {
			sr_jw_key(&w, names[r]);
			if (roles[r] < 0) {
				sr_jw_null(&w);
				continue;
			}
			sr_jw_int(&w, roles[r]); /* the chunk's index */
		}
		if (c->agent >= 0) {
			sr_jw_key(&w, "agent");
			sr_jw_int(&w, c->agent);
		}
		char lemma[64];
		size_t ln = sr_token_lemma(d, d->chunks[c->verb].head, lemma, sizeof lemma);
		sr_jw_key(&w, "lemma");
		sr_jw_strn(&w, lemma, ln);
		sr_jw_key(&w, "pps");
		sr_jw_arr_begin(&w);
		for (size_t k = 0; k < d->n_pps; k++)
			if (d->pps[k].clause == i) {
				sr_jw_obj_begin(&w);
				sr_jw_key(&w, "prep");
				const sr_token *pt = &d->tokens[d->pps[k].prep];
				sr_jw_strn(&w, d->text + pt->start, pt->end - pt->start);
				sr_jw_key(&w, "np");
				sr_jw_int(&w, d->pps[k].np);
				sr_jw_obj_end(&w);
			}
		sr_jw_arr_end(&w);
		static const struct {
			int flag;
			const char *name;
		} F[] = {{SR_CL_PASSIVE, "passive"},   {SR_CL_NEGATED, "negated"},     {SR_CL_MODAL, "modal"},
		         {SR_CL_INTENT, "intent"},     {SR_CL_REPORTING, "reporting"}, {SR_CL_RELATIVE, "relative"}};
		for (size_t k = 0; k < sizeof F / sizeof *F; k++)
			if (c->flags & F[k].flag) {
				sr_jw_key(&w, F[k].name);
				sr_jw_bool(&w, true);
			}
		if (c->reported_by >= 0) {
			sr_jw_key(&w, "reported_by");
			sr_jw_int(&w, c->reported_by);
		}
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "numbers");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < d->n_numbers; i++) {
		const sr_number *n = &d->numbers[i];
		sr_jw_obj_begin(&w);
		span(&w, n->start, n->end);
		sr_jw_key(&w, "text");
		sr_jw_strn(&w, d->text + n->start, n->end - n->start);
		num_value(&w, "value", n->value);
		if (n->qual != SR_NUM_EXACT) {
			sr_jw_key(&w, "qualifier");
			sr_jw_str(&w, qual_name(n->qual));
			num_value(&w, "low", n->low);
			if (n->high > 0)
				num_value(&w, "high", n->high);
		}
		if (n->year) {
			sr_jw_key(&w, "year");
			sr_jw_bool(&w, true);
		}
		sr_jw_obj_end(&w);
	}
	sr_jw_arr_end(&w);
	*wp = w;
}

sr_status sr_doc_write_json(const sr_doc *d, int with_tokens, FILE *f)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	sr_jw_obj_begin(&w);
	sr_doc_json_layers(&w, d, with_tokens);
	sr_jw_obj_end(&w);
	bool ok = sr_jw_finish(&w);
	bool mem = b.failed;
	sr_buf_clear(&b);
	return mem ? SR_ENOMEM : ok ? SR_OK : SR_EIO;
}
