/* verbs.c: the verbs dictionary (CAMEO verb patterns): verb blocks with
 * their forms, synsets (&NAME), and patterns compiled into items the
 * coder matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "../util/str.h"

/* ---- verbs ---------------------------------------------------------------------------------------- */

/* CAMEO codes ("042", "042:043") and TABARI's special ones ("---" none,
 * "###" discard, "+++", "025?"). */
static bool code_ok(const char *s, size_t n)
{
	if (!n || n >= 16)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(sr_is_alnum((unsigned char)s[i]) || strchr("-:+#?*", s[i])))
			return false;
	return true;
}

/* Regular forms of an English verb: base, -s, -ed, -ing. */
static int verb_forms(const char *v, size_t n, char out[4][128])
{
	if (!n || n + 4 >= 128)
		return 0;
	char last = (char)sr_upper((unsigned char)v[n - 1]);
	char prev = n > 1 ? (char)sr_upper((unsigned char)v[n - 2]) : 0;
	bool cons_y = last == 'Y' && prev && !strchr("AEIOU", prev);
	snprintf(out[0], 128, "%.*s", (int)n, v);
	if (cons_y)
		snprintf(out[1], 128, "%.*sIES", (int)n - 1, v);
	else if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'S' || prev == 'C')) ||
	         last == 'O')
		snprintf(out[1], 128, "%.*sES", (int)n, v);
	else
		snprintf(out[1], 128, "%.*sS", (int)n, v);
	if (last == 'E')
		snprintf(out[2], 128, "%.*sD", (int)n, v);
	else if (cons_y)
		snprintf(out[2], 128, "%.*sIED", (int)n - 1, v);
	else
		snprintf(out[2], 128, "%.*sED", (int)n, v);
	if (last == 'E' && prev != 'E' && n > 2)
		snprintf(out[3], 128, "%.*sING", (int)n - 1, v);
	else
		snprintf(out[3], 128, "%.*sING", (int)n, v);
	return 4;
}


static void add_verb_form(sr_dict *d, const char *phrase, size_t n, uint32_t block, const char *code, const char *file,
                          size_t line)
{
	if (!GROW(d, forms, n_forms, cap_forms))
		return;
	int32_t entry = (int32_t)d->n_forms;
	d->forms[d->n_forms].block = block;
	snprintf(d->forms[d->n_forms].code, sizeof d->forms[0].code, "%s", code);
	d->n_forms++;
	/* the '+' that marks the verb word in a phrase is not part of it */
	char tmp[256];
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < sizeof tmp; i++)
		if (phrase[i] != '+')
			tmp[k++] = phrase[i];
	tmp[k] = '\0';
	size_t len = k;
	if (len && tmp[len - 1] != '_' && len + 1 < sizeof tmp) {
		tmp[len++] = '_'; /* verb forms are whole words */
		tmp[len] = '\0';
	}
	sr_dict_add_phrase(d, &d->verb_t, tmp, len, entry, file, line);
}

static int32_t synset_index(const sr_dict *d, const char *name, size_t n)
{
	for (size_t i = 0; i < d->n_synsets; i++)
		if (strlen(d->synsets[i].name) == n && memcmp(d->synsets[i].name, name, n) == 0)
			return (int32_t)i;
	return -1;
}

/* The id of WORD and of its plural (both interned). */
static int32_t word_and_plural(sr_dict *d, const char *w, size_t n, int32_t *plural)
{
	char up[256] = {0}, pl[260];
	*plural = -1;
	if (!n || n >= sizeof up)
		return -1;
	for (size_t i = 0; i < n; i++)
		up[i] = (char)(((unsigned char)w[i] < 0x80) ? sr_upper((unsigned char)w[i]) : w[i]);
	int64_t id = sr_dict_word_id(d, up, n, true);
	size_t pn = sr_dict_plural(up, n, pl, sizeof pl);
	*plural = pn ? (int32_t)sr_dict_word_id(d, pl, pn, true) : -1;
	return (int32_t)id;
}

/* Compile a pattern's text into items: words, &synsets, $ + ^ %; '_'
 * joins words that must be consecutive; {...} and (...) only group. */
static bool compile_pattern(sr_dict *d, sr_pattern *p)
{
	sr_pitem items[128];
	size_t n = 0, n_pre = 0;
	bool seen_star = false, join_next = false;
	p->pre_join = false;
	const char *t = p->text;
	size_t tn = strlen(t), i = 0;
	while (i < tn) {
		char ch = t[i];
		if (ch == ' ' || ch == '\t' || ch == '(' || ch == ')' || ch == '{' || ch == '}') {
			i++;
			continue;
		}
		if (ch == '*') {
			if (seen_star)
				return false; /* two verb places */
			seen_star = true;
			n_pre = n;
			/* "RECENTLY_*": the word right before the verb; "*_TALKS":
			 * right after it */
			p->pre_join = i > 0 && t[i - 1] == '_';
			join_next = i + 1 < tn && t[i + 1] == '_';
			i++;
			continue;
		}
		size_t st = i;
		while (i < tn && !strchr(" \t(){}*", t[i]))
			i++;
		/* the token: words joined by '_' */
		bool first = true;
		size_t q = st;
		while (q < i) {
			size_t qs = q;
			while (q < i && t[q] != '_')
				q++;
			size_t ql = q - qs;
			if (q < i)
				q++;
			if (!ql)
				continue;
			if (n == sizeof items / sizeof *items)
				return false;
			sr_pitem *it = &items[n];
			memset(it, 0, sizeof *it);
			it->join = !first || join_next;
			first = false;
			join_next = false;
			const char *tok = t + qs;
			if (ql == 1 && (tok[0] == '$' || tok[0] == '+' || tok[0] == '^' || tok[0] == '%')) {
				it->kind = tok[0] == '$' ? PI_SRC : tok[0] == '+' ? PI_TGT : tok[0] == '^' ? PI_SKIP : PI_COMP;
			} else if (tok[0] == '&') {
				int32_t sy = synset_index(d, tok, ql);
				if (sy < 0)
					return false;
				it->kind = PI_SYN;
				it->v = sy;
			} else {
				it->kind = PI_WORD;
				it->v = word_and_plural(d, tok, ql, &it->plural);
				if (it->v < 0)
					return false;
			}
			n++;
		}
	}
	if (!seen_star)
		return false;
	p->items = malloc((n ? n : 1) * sizeof *p->items);
	if (!p->items) {
		d->failed = true;
		return false;
	}
	memcpy(p->items, items, n * sizeof *items);
	p->n_pre = (uint16_t)n_pre;
	p->n_post = (uint16_t)(n - n_pre);
	return true;
}

void sr_dict_verbs(sr_dict *d, const char *file, uint32_t file_idx, const char *data, size_t n)
{
	sr_dict_lines l = {d, file, data, n, 0, 0};
	int32_t syn = -1;   /* the synset being read */
	int32_t block = -1; /* the verb block being read */
	const char *t;
	size_t tn;
	while (sr_dict_next_line(&l, SR_LINES_RAW, &t, &tn, NULL)) {
		size_t line = l.line;
		/* a block header keeps its "---" */
		if (tn >= 3 && memcmp(t, "---", 3) == 0) {
			const char *in = "---";
			size_t in_n = 3, at = tn;
			/* no [code]: the null code, the isolated verb codes nothing */
			if (sr_dict_bracket(t, tn, &in, &in_n, &at) && !code_ok(in, in_n)) {
				sr_dict_warn(d, file, line, "unreadable code in a verb block header");
				block = -1;
				continue;
			}
			if (at == tn) {
				/* "--- DESC ---": the description ends before the closing dashes */
				at = tn;
				while (at > 3 && (t[at - 1] == '-' || sr_is_space((unsigned char)t[at - 1])))
					at--;
				in = "---";
				in_n = 3;
			}
			if (!GROW(d, blocks, n_blocks, cap_blocks))
				return;
			sr_verb_block *b = &d->blocks[d->n_blocks];
			memset(b, 0, sizeof *b);
			const char *ds = t + 3;
			size_t dn = at > 3 ? at - 3 : 0;
			sr_trim(&ds, &dn);
			snprintf(b->desc, sizeof b->desc, "%.*s", (int)(dn < 63 ? dn : 63), ds);
			snprintf(b->code, sizeof b->code, "%.*s", (int)in_n, in);
			b->first_pattern = (uint32_t)d->n_patterns;
			block = (int32_t)d->n_blocks++;
			syn = -1;
			continue;
		}
		tn = sr_dict_strip_comment(t, tn, false);
		if (!tn)
			continue;
		if (t[0] == '&') {
			/* a synset: &NAME, then +phrase lines */
			size_t nn = 0;
			while (nn < tn && !sr_is_space((unsigned char)t[nn]))
				nn++;
			if (nn < 2 || nn >= sizeof d->synsets[0].name) {
				sr_dict_warn(d, file, line, "unreadable synset name");
				syn = -1;
				continue;
			}
			if (!GROW(d, synsets, n_synsets, cap_synsets))
				return;
			sr_synset *sy = &d->synsets[d->n_synsets];
			memset(sy, 0, sizeof *sy);
			/* "&NAME_": no plurals; the '_' is not part of the name */
			memcpy(sy->name, t, nn > 2 && t[nn - 1] == '_' ? nn - 1 : nn);
			sy->first_phrase = (uint32_t)d->n_syn_phrases;
			syn = (int32_t)d->n_synsets++;
			block = -1;
			continue;
		}
		if (t[0] == '+' && syn >= 0) {
			uint32_t w[SR_DICT_MAX_WORDS];
			bool exact;
			size_t k = sr_dict_phrase_words(d, t + 1, tn - 1, w, &exact);
			if (!k) {
				sr_dict_warn(d, file, line, "empty synset phrase");
				continue;
			}
			if (!GROW(d, syn_phrases, n_syn_phrases, cap_syn_phrases))
				return;
			/* the words and their plurals, side by side */
			if (d->n_syn_words + k > d->cap_syn_words) {
				size_t cap = d->cap_syn_words;
				if (!SR_VEC_RESERVE(d->syn_words, d->n_syn_words, d->cap_syn_words, k, 64)) {
					d->failed = true;
					return;
				}
				int32_t *pl = realloc(d->syn_plurals, d->cap_syn_words * sizeof *pl);
				if (!pl) {
					d->cap_syn_words = cap;
					d->failed = true;
					return;
				}
				d->syn_plurals = pl;
			}
			memcpy(d->syn_words + d->n_syn_words, w, k * sizeof *w);
			for (size_t j = 0; j < k; j++) {
				/* the last word of a synset phrase may be plural in the text */
				const char *sw = d->words[w[j]];
				int32_t plural = -1;
				if (j + 1 == k)
					word_and_plural(d, sw, strlen(sw), &plural);
				d->syn_plurals[d->n_syn_words + j] = plural;
			}
			d->syn_phrases[d->n_syn_phrases++] = (phrase_ref){(uint32_t)d->n_syn_words, (uint32_t)k};
			d->n_syn_words += k;
			d->synsets[syn].n_phrases++;
			continue;
		}
		if (t[0] == '~') {
			if (!memchr(t, '=', tn) || !memchr(t, '(', tn)) {
				sr_dict_warn(d, file, line, "unreadable transformation");
				continue;
			}
			if (!GROW(d, transforms, n_transforms, cap_transforms))
				return;
			char *x = malloc(tn + 1);
			if (!x) {
				d->failed = true;
				return;
			}
			memcpy(x, t, tn);
			x[tn] = '\0';
			d->transforms[d->n_transforms++] = x;
			continue;
		}
		if (t[0] == '-') {
			if (block < 0) {
				sr_dict_warn(d, file, line, "a pattern outside a verb block");
				continue;
			}
			const char *in;
			size_t in_n, at;
			if (!sr_dict_bracket(t, tn, &in, &in_n, &at) || !code_ok(in, in_n)) {
				sr_dict_warn(d, file, line, "pattern without a [code]");
				continue;
			}
			const char *pt = t + 1;
			size_t pn = at - 1;
			sr_trim(&pt, &pn);
			if (!memchr(pt, '*', pn)) {
				sr_dict_warn(d, file, line, "pattern without '*' (the verb's place)");
				continue;
			}
			/* synsets must be defined before use */
			bool undefined = false;
			for (size_t k = 0; k < pn; k++) {
				if (pt[k] != '&')
					continue;
				size_t e = k + 1;
				while (e < pn && (sr_is_alnum((unsigned char)pt[e]) || pt[e] == '_'))
					e++;
				/* "&TIETYPES_RELATIONS": the synset &TIETYPES, then a word */
				size_t f = e;
				while (f > k + 1 && synset_index(d, pt + k, f - k) < 0) {
					f--;
					while (f > k + 1 && pt[f] != '_')
						f--;
				}
				if (f > k + 1)
					e = f;
				if (synset_index(d, pt + k, e - k) < 0) {
					sr_dict_warn(d, file, line, "undefined synset %.*s: pattern left out", (int)(e - k), pt + k);
					undefined = true;
					break;
				}
			}
			if (undefined)
				continue;
			if (!GROW(d, patterns, n_patterns, cap_patterns))
				return;
			sr_pattern *p = &d->patterns[d->n_patterns];
			p->text = malloc(pn + 1);
			if (!p->text) {
				d->failed = true;
				return;
			}
			memcpy(p->text, pt, pn);
			p->text[pn] = '\0';
			snprintf(p->code, sizeof p->code, "%.*s", (int)in_n, in);
			p->block = (uint32_t)block;
			p->line = (uint32_t)line;
			p->file = file_idx;
			if (!compile_pattern(d, p)) {
				free(p->text);
				if (!d->failed)
					sr_dict_warn(d, file, line, "unreadable pattern (two '*', or over 128 words)");
				continue;
			}
			d->n_patterns++;
			d->blocks[block].n_patterns++;
			continue;
		}
		if (block < 0) {
			if (syn < 0)
				sr_dict_warn(d, file, line, "a line outside any synset or verb block");
			continue;
		}
		/* a verb: WORD [{FORMS}] [[CODE]], or a phrase with +VERB */
		const char *in;
		size_t in_n, at;
		char code[16];
		snprintf(code, sizeof code, "%s", d->blocks[block].code);
		size_t vn = tn;
		if (sr_dict_bracket(t, tn, &in, &in_n, &at)) {
			if (!code_ok(in, in_n)) {
				sr_dict_warn(d, file, line, "unreadable verb code");
				continue;
			}
			snprintf(code, sizeof code, "%.*s", (int)in_n, in);
			vn = at;
		}
		const char *brace = memchr(t, '{', vn);
		size_t base_n = brace ? (size_t)(brace - t) : vn;
		const char *base = t;
		sr_trim(&base, &base_n);
		if (!base_n) {
			sr_dict_warn(d, file, line, "empty verb");
			continue;
		}
		if (brace) {
			const char *bc = memchr(brace, '}', vn - (size_t)(brace - t));
			if (!bc) {
				sr_dict_warn(d, file, line, "unclosed '{'");
				continue;
			}
			add_verb_form(d, base, base_n, (uint32_t)block, code, file, line);
			const char *p = brace + 1;
			while (p < bc) {
				while (p < bc && sr_is_space((unsigned char)*p))
					p++;
				const char *st = p;
				while (p < bc && !sr_is_space((unsigned char)*p))
					p++;
				if (p > st)
					add_verb_form(d, st, (size_t)(p - st), (uint32_t)block, code, file, line);
			}
			continue;
		}
		/* regular forms of the marked word (or the only one) */
		const char *plus = memchr(base, '+', base_n);
		const char *vw = plus ? plus + 1 : base;
		size_t vw_n = 0;
		while (vw + vw_n < base + base_n && vw[vw_n] != '_' && !sr_is_space((unsigned char)vw[vw_n]))
			vw_n++;
		char f[4][128];
		int nf = verb_forms(vw, vw_n, f);
		for (int k = 0; k < nf; k++) {
			char phrase[1024];
			int pre = (int)(vw - base), post = (int)(base + base_n - vw - vw_n);
			snprintf(phrase, sizeof phrase, "%.*s%.127s%.*s", pre > 400 ? 400 : pre, base, f[k],
			         post > 400 ? 400 : post, vw + vw_n);
			add_verb_form(d, phrase, strlen(phrase), (uint32_t)block, code, file, line);
		}
	}
}

