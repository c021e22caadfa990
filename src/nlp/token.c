/* token.c: words, numbers and punctuation with byte offsets; see nlp.h.
 *
 * Words are runs of letters (any script, with their combining marks) and
 * digits, joined by an apostrophe or a hyphen between two of them
 * ("al-Assad", "O'Brien", "20-year-old"); English clitics are split off
 * ("did" "n't", "Assad" "'s") as a parser wants them.  Initials with
 * periods stay one token ("U.S.", "U.N."), as do numbers with thousands
 * separators and decimals ("1,200", "3.5").  "10-15" is three tokens, so a
 * range can be read. */
#include "nlp.h"

#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "../util/charset.h"
#include "../util/str.h"
#include "../util/vec.h"

/* The end of a run of at least min characters ch at i, or i when there
 * is none. */
static size_t run_of(const char *t, size_t i, size_t to, char ch, size_t min)
{
	size_t e = i;
	while (e < to && t[e] == ch)
		e++;
	return e - i >= min ? e : i;
}

static bool push(sr_toklist *l, size_t start, size_t end, int kind, int flags)
{
	if (l->failed)
		return false;
	if (!SR_VEC_GROW(l->v, l->n, l->cap, 256)) {
		l->failed = true;
		return false;
	}
	if (end > UINT32_MAX) {
		l->failed = true;
		return false;
	}
	l->v[l->n++] = (sr_token){(uint32_t)start, (uint32_t)end, (uint8_t)kind, (uint8_t)flags, SR_POS_X, SR_FORM_BASE};
	return true;
}

/* The code point at i (U+FFFD for bad bytes) and its length. */
static uint32_t cp_at(const char *t, size_t i, size_t to, size_t *len)
{
	uint32_t cp = 0xFFFD;
	size_t k = sr_utf8_decode((const unsigned char *)t + i, to - i, &cp);
	*len = k ? k : 1;
	return k ? cp : 0xFFFD;
}

typedef enum { C_SPACE, C_LETTER, C_MARK, C_DIGIT, C_APOS, C_HYPHEN, C_PERIOD, C_PUNCT, C_SYMBOL } cclass;

static cclass class_of(uint32_t cp)
{
	if (cp < 0x80) {
		if (sr_is_space(cp))
			return C_SPACE;
		if (sr_is_alpha(cp))
			return C_LETTER;
		if (sr_is_digit(cp))
			return C_DIGIT;
		if (cp == '\'')
			return C_APOS;
		if (cp == '-')
			return C_HYPHEN;
		if (cp == '.')
			return C_PERIOD;
		if (cp == '$' || cp == '%' || cp == '&' || cp == '+' || cp == '=' || cp == '<' || cp == '>' || cp == '#' ||
		    cp == '@' || cp == '^' || cp == '|' || cp == '~' || cp == '*')
			return C_SYMBOL;
		return C_PUNCT;
	}
	if (cp == 0x2019 || cp == 0x02BC)
		return C_APOS; /* ’ and the modifier letter apostrophe */
	if (cp == 0x2010 || cp == 0x2011)
		return C_HYPHEN;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: return C_LETTER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME: return C_MARK;
	case UTF8PROC_CATEGORY_ND: return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF: return C_SPACE; /* NBSP, zero-width marks between words */
	case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO: return C_SYMBOL;
	default: return C_PUNCT;
	}
}

static bool is_upper_cp(uint32_t cp)
{
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU ||
	       utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LT;
}

/* Case flags of the word t[a, b). */
static int case_flags(const char *t, size_t a, size_t b)
{
	int letters = 0, upper = 0, first_upper = -1;
	for (size_t i = a; i < b;) {
		unsigned char c = (unsigned char)t[i];
		if (c < 0x80) { /* ASCII without utf8proc */
			bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
			if (lo || up) {
				if (first_upper < 0)
					first_upper = up;
				letters++;
				upper += up;
			}
			i++;
			continue;
		}
		size_t k;
		uint32_t cp = cp_at(t, i, b, &k);
		if (class_of(cp) == C_LETTER) {
			bool u = is_upper_cp(cp);
			if (first_upper < 0)
				first_upper = u;
			letters++;
			upper += u;
		}
		i += k;
	}
	int f = 0;
	if (first_upper == 1)
		f |= SR_TF_CAP;
	if (letters >= 2 && upper == letters)
		f |= SR_TF_UPPER;
	return f;
}

/* English clitics at the end of a word [a, b): the offset where one starts,
 * or b. */
static size_t clitic_start(const char *t, size_t a, size_t b)
{
	static const char *const CL[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"};
	/* every clitic ends in one of these letters */
	if (b == a || !memchr("tseldmTSELDM", t[b - 1], 12))
		return b;
	for (size_t i = 0; i < sizeof CL / sizeof *CL; i++) {
		size_t n = strlen(CL[i]);
		if (b - a > n && sr_ascii_ncaseeq(t + b - n, CL[i], n)) {
			/* "can't" is "ca" "n't" as treebanks have it; "won't" "wo" "n't" */
			return b - n;
		}
	}
	return b;
}

void sr_nlp_tokenize(const char *t, size_t from, size_t to, sr_toklist *out)
{
	size_t i = from;
	bool space = true;
	while (i < to && !out->failed) {
		size_t k;
		uint32_t cp = cp_at(t, i, to, &k);
		cclass c = class_of(cp);
		if (c == C_SPACE) {
			space = true;
			i += k;
			continue;
		}
		int sp = space ? SR_TF_SPACE : 0;
		space = false;
		if (c == C_LETTER || c == C_DIGIT || c == C_MARK) {
			size_t start = i, end = i + k;
			bool all_digits = c == C_DIGIT;
			bool digit_seps = false;
			for (;;) {
				if (end >= to)
					break;
				size_t k2;
				uint32_t c2 = cp_at(t, end, to, &k2);
				cclass cc = class_of(c2);
				if (cc == C_LETTER || cc == C_DIGIT || cc == C_MARK) {
					if (cc != C_DIGIT)
						all_digits = false;
					end += k2;
					continue;
				}
				/* a joiner between two word characters */
				if ((cc == C_APOS || cc == C_HYPHEN || cc == C_PERIOD || c2 == ',') && end + k2 < to) {
					size_t k3;
					uint32_t c3 = cp_at(t, end + k2, to, &k3);
					cclass n3 = class_of(c3);
					bool prev_digit = sr_is_digit((unsigned char)t[end - 1]);
					if ((c2 == '.' || c2 == ',') && all_digits && n3 == C_DIGIT) {
						/* 1,200 and 3.5: commas only before groups of three */
						if (c2 == ',') {
							size_t d = 0;
							while (end + k2 + d < to && sr_is_digit((unsigned char)t[end + k2 + d]))
								d++;
							if (d != 3)
								break;
						}
						digit_seps = true;
						end += k2 + k3;
						continue;
					}
					if (cc == C_HYPHEN && all_digits && prev_digit && n3 == C_DIGIT)
						break; /* 10-15: a range */
					if ((cc == C_APOS || cc == C_HYPHEN) && (n3 == C_LETTER || n3 == C_DIGIT)) {
						all_digits = false;
						end += k2 + k3;
						continue;
					}
				}
				break;
			}
			(void)digit_seps;
			/* initials: U.S., U.N., a.m. (single letters each followed by a period) */
			int flags = sp;
			if (!all_digits && end - start == 1 && end < to && t[end] == '.') {
				size_t e = end + 1;
				while (e + 1 < to && sr_is_alpha((unsigned char)t[e]) && t[e + 1] == '.' &&
				       (e + 2 >= to || !sr_is_alpha((unsigned char)t[e + 2])))
					e += 2;
				if (e > end + 1) {
					end = e;
					flags |= SR_TF_ABBREV;
				}
			}
			/* abbreviations keep their period: "Gen.", "Mr.", "Jan." */
			if (!(flags & SR_TF_ABBREV) && !all_digits && end < to && t[end] == '.' &&
			    sr_nlp_is_abbrev(t + start, end - start) && !(end + 1 < to && t[end + 1] == '.')) {
				end += 1;
				flags |= SR_TF_ABBREV;
			}
			if (all_digits) {
				push(out, start, end, SR_TOK_NUMBER, flags);
			} else if (!(flags & SR_TF_ABBREV)) {
				size_t cs = clitic_start(t, start, end);
				flags |= case_flags(t, start, cs);
				push(out, start, cs, SR_TOK_WORD, flags);
				if (cs < end)
					push(out, cs, end, SR_TOK_WORD, SR_TF_CLITIC);
			} else {
				push(out, start, end, SR_TOK_WORD, flags | case_flags(t, start, end));
			}
			i = end;
			continue;
		}
		/* punctuation: "..." and "--" as one token */
		size_t e = cp == '.' ? run_of(t, i, to, '.', 3) : cp == '-' ? run_of(t, i, to, '-', 2) : i;
		if (e > i) {
			push(out, i, e, SR_TOK_PUNCT, sp);
			i = e;
			continue;
		}
		push(out, i, i + k, c == C_SYMBOL ? SR_TOK_SYMBOL : SR_TOK_PUNCT, sp);
		i += k;
	}
}

/* Titles, ranks, months and other words a period does not end a sentence
 * after (compared in lower case, without the period). */
bool sr_nlp_is_abbrev(const char *s, size_t n)
{
	static const char *const A[] = {
	    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig",
	    "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp", "st", "mt", "ft", "jr", "sr", "no",
	    "nos", "vs", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "est", "approx", "fig", "jan",
	    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
	    "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "km", "mi", "al", "cf", "ibid", "vol",
	    "op", "pp", "para", "gens", "lts", "reps", "sens", "govs", "messrs", "mme", "mlle", "sheikh"};
	char low[12];
	if (n == 0 || n >= sizeof low)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!sr_is_alpha((unsigned char)s[i]))
			return false;
		low[i] = (char)sr_lower((unsigned char)s[i]);
	}
	low[n] = '\0';
	for (size_t i = 0; i < sizeof A / sizeof *A; i++)
		if (strcmp(low, A[i]) == 0)
			return true;
	return false;
}

static const struct number_word {
	const char *w;
	double v;
} NUMBER_WORDS[] = {{"zero", 0},      {"one", 1},       {"two", 2},          {"three", 3},      {"four", 4},
	         {"five", 5},      {"six", 6},       {"seven", 7},        {"eight", 8},      {"nine", 9},
	         {"ten", 10},      {"eleven", 11},   {"twelve", 12},      {"thirteen", 13},  {"fourteen", 14},
	         {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},   {"eighteen", 18},  {"nineteen", 19},
	         {"twenty", 20},   {"thirty", 30},   {"forty", 40},       {"fifty", 50},     {"sixty", 60},
	         {"seventy", 70},  {"eighty", 80},   {"ninety", 90},      {"hundred", 100},  {"thousand", 1e3},
	         {"million", 1e6}, {"billion", 1e9}, {"dozen", 12},       {"score", 20},     {"hundreds", 100},
	         {"thousands", 1e3}, {"millions", 1e6}, {"dozens", 12},   {"tens", 10},      {"a", 1},
	         {"an", 1},        {"half", 0.5},    {"couple", 2},       {"mln", 1e6},      {"bln", 1e9}};

/* NUMBER_WORDS in an open-addressed table of 128 (index + 1), built once:
 * a lookup is a hash and a compare, not a pass over the list */
static uint8_t NW_SLOT[128];
static pthread_once_t nw_once = PTHREAD_ONCE_INIT;

static unsigned nw_hash(const char *w, size_t n)
{
	return ((unsigned char)w[0] * 31u + (unsigned char)w[n - 1] * 7u + (unsigned)n * 131u) & 127u;
}

static void nw_build(void)
{
	for (size_t i = 0; i < sizeof NUMBER_WORDS / sizeof *NUMBER_WORDS; i++) {
		unsigned h = nw_hash(NUMBER_WORDS[i].w, strlen(NUMBER_WORDS[i].w));
		while (NW_SLOT[h])
			h = (h + 1) & 127u;
		NW_SLOT[h] = (uint8_t)(i + 1);
	}
}

double sr_nlp_number_word(const char *s, size_t n)
{
	const struct number_word *W = NUMBER_WORDS;
	char low[16];
	if (n == 0 || n >= sizeof low)
		return -1;
	/* every number word begins with one of these letters: most words
	 * are turned away before they are copied */
	if (!memchr("zotfsenhmdbachl", sr_lower((unsigned char)s[0]), 15))
		return -1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)sr_lower((unsigned char)s[i]);
	low[n] = '\0';
	pthread_once(&nw_once, nw_build);
	for (unsigned h = nw_hash(low, n); NW_SLOT[h]; h = (h + 1) & 127u)
		if (strcmp(low, W[NW_SLOT[h] - 1].w) == 0)
			return W[NW_SLOT[h] - 1].v;
	/* twenty-five */
	const char *h = memchr(low, '-', n);
	if (h && h > low) {
		double a = sr_nlp_number_word(low, (size_t)(h - low));
		double b = sr_nlp_number_word(h + 1, n - (size_t)(h - low) - 1);
		if (a >= 20 && a <= 90 && b >= 1 && b <= 9)
			return a + b;
	}
	return -1;
}
