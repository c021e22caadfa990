/* read.c: the readers of the dictionary formats, PETRARCH2's
 * (dictionaries.rst): actors with their date restrictions, agents with
 * their substitutions, discards and issues, a line at a time (verbs.c
 * reads the verbs); and the pieces of line every reader uses: comments,
 * [codes], dates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "../util/str.h"

size_t sr_dict_strip_comment(const char *s, size_t n, bool semi)
{
	bool in_code = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '[')
			in_code = true;
		else if (s[i] == ']')
			in_code = false;
		else if (!in_code && (s[i] == '#' || (semi && s[i] == ';'))) {
			n = i;
			break;
		}
	}
	while (n && sr_is_space((unsigned char)s[n - 1]))
		n--;
	return n;
}

/* The text inside the first [...] of s (a '}' closes it too: "[~LEG}"). */
bool sr_dict_bracket(const char *s, size_t n, const char **in, size_t *in_n, size_t *at)
{
	const char *o = memchr(s, '[', n);
	if (!o)
		return false;
	const char *c = o + 1;
	while (c < s + n && *c != ']' && *c != '}')
		c++;
	if (c >= s + n)
		return false;
	*in = o + 1;
	*in_n = (size_t)(c - o - 1);
	*at = (size_t)(o - s);
	return true;
}

bool sr_dict_next_line(sr_dict_lines *l, int strip, const char **s, size_t *n, bool *indented)
{
	while (l->at < l->n && !l->d->failed) {
		const char *p = l->data + l->at, *eol = memchr(p, '\n', l->n - l->at);
		size_t len = eol ? (size_t)(eol - p) : l->n - l->at;
		l->at += len + (eol ? 1 : 0);
		l->line++;
		if (len > SR_DICT_MAX_LINE) {
			sr_dict_warn(l->d, l->file, l->line, "line longer than 64 KB");
			continue;
		}
		if (indented)
			*indented = len && (p[0] == '\t' || p[0] == ' ');
		if (strip)
			len = sr_dict_strip_comment(p, len, strip == SR_LINES_HASH_SEMI);
		const char *t = p;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (!tn || (tn >= 4 && memcmp(t, "<!--", 4) == 0))
			continue;
		*s = t;
		*n = tn;
		return true;
	}
	return false;
}

/* ---- dates ------------------------------------------------------------------------------ */

/* YYYYMMDD or YYMMDD (00-30: 2000s) into YYYYMMDD; -1 when not a date. */
static int32_t parse_date(const char *s, size_t n)
{
	if (n != 6 && n != 8)
		return -1;
	int32_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (!sr_is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (n == 6) {
		int32_t yy = v / 10000;
		v += (yy <= 30 ? 2000 : 1900) * 10000;
	}
	int32_t m = v / 100 % 100, day = v % 100;
	if (m < 1 || m > 12 || day < 1 || day > 31)
		return -1;
	return v;
}

/* "[CODE]", "[CODE <date]", "[CODE >date]", "[CODE date-date]" */
static bool parse_restriction(const char *in, size_t n, sr_restriction *r)
{
	sr_trim(&in, &n);
	size_t c = 0;
	while (c < n && !sr_is_space((unsigned char)in[c]))
		c++;
	if (!c || c >= sizeof r->code)
		return false;
	memcpy(r->code, in, c);
	r->code[c] = '\0';
	r->from = 0;
	r->to = 99999999;
	const char *s = in + c;
	size_t sn = n - c;
	sr_trim(&s, &sn);
	if (!sn)
		return true;
	if (s[0] == '<' || s[0] == '>') {
		const char *ds = s + 1;
		size_t dn = sn - 1;
		sr_trim(&ds, &dn);
		int32_t v = parse_date(ds, dn);
		if (v < 0)
			return false;
		if (s[0] == '<')
			r->to = v;
		else
			r->from = v;
		return true;
	}
	const char *dash = memchr(s, '-', sn);
	if (!dash)
		return false;
	const char *a = s, *b = dash + 1;
	size_t an = (size_t)(dash - s), bn = sn - an - 1;
	sr_trim(&a, &an);
	sr_trim(&b, &bn);
	int32_t x = parse_date(a, an), y = parse_date(b, bn);
	if (x < 0 || y < 0)
		return false;
	r->from = x;
	r->to = y;
	return true;
}

/* ---- the readers ----------------------------------------------------------------------------- */

typedef struct reader {
	sr_dict *d;
	const char *file;
	size_t line;
} reader;

void sr_dict_actors(sr_dict *d, const char *file, const char *data, size_t n)
{
	sr_dict_lines l = {d, file, data, n, 0, 0};
	int32_t cur = -1;
	bool cur_has_restr = false, indented;
	const char *t;
	size_t tn;
	while (sr_dict_next_line(&l, SR_LINES_HASH_SEMI, &t, &tn, &indented)) {
		size_t line = l.line;
		if (indented && t[0] == '[') {
			if (cur < 0) {
				sr_dict_warn(d, file, line, "a date restriction before any actor");
				continue;
			}
			const char *in;
			size_t in_n, at;
			sr_restriction r;
			if (!sr_dict_bracket(t, tn, &in, &in_n, &at) || !parse_restriction(in, in_n, &r)) {
				sr_dict_warn(d, file, line, "unreadable date restriction '%.*s'", (int)(tn < 80 ? tn : 80), t);
				continue;
			}
			if (!GROW(d, restr, n_restr, cap_restr))
				return;
			sr_actor *a = &d->actors[cur];
			if (!cur_has_restr) {
				a->first_restriction = (uint32_t)d->n_restr;
				a->n_restrictions = 0;
				cur_has_restr = true;
			}
			if (a->first_restriction + a->n_restrictions != d->n_restr) {
				sr_dict_warn(d, file, line, "date restriction apart from its actor");
				continue;
			}
			/* "[CODE]" alone is the default */
			if (r.from == 0 && r.to == 99999999 && !a->code[0])
				snprintf(a->code, sizeof a->code, "%s", r.code);
			else {
				d->restr[d->n_restr++] = r;
				a->n_restrictions++;
			}
			continue;
		}
		bool synonym = t[0] == '+';
		if (synonym) {
			t++;
			tn--;
			if (cur < 0) {
				sr_dict_warn(d, file, line, "a synonym before any actor");
				continue;
			}
		} else {
			if (!GROW(d, actors, n_actors, cap_actors))
				return;
			cur = (int32_t)d->n_actors++;
			memset(&d->actors[cur], 0, sizeof d->actors[cur]);
			d->actors[cur].line = (uint32_t)line;
			cur_has_restr = false;
		}
		/* an optional [CODE] after the phrase */
		const char *in;
		size_t in_n, at;
		size_t pn = tn;
		if (sr_dict_bracket(t, tn, &in, &in_n, &at)) {
			pn = at;
			sr_restriction r;
			if (!parse_restriction(in, in_n, &r))
				sr_dict_warn(d, file, line, "unreadable code '%.*s'", (int)(in_n < 40 ? in_n : 40), in);
			else if (!d->actors[cur].code[0] && r.from == 0 && r.to == 99999999)
				snprintf(d->actors[cur].code, sizeof d->actors[cur].code, "%s", r.code);
		} else if (memchr(t, '[', tn)) {
			sr_dict_warn(d, file, line, "unclosed '['");
			pn = (size_t)((const char *)memchr(t, '[', tn) - t);
		}
		sr_dict_add_phrase(d, &d->actor_t, t, pn, cur, file, line);
	}
}

/* Regular plurals: +S, +ES after S, SH, CH, X, Z; Y after a consonant to IES. */
size_t sr_dict_plural(const char *w, size_t n, char *out, size_t cap)
{
	if (n + 3 >= cap || !n)
		return 0;
	memcpy(out, w, n);
	char last = (char)sr_upper((unsigned char)w[n - 1]);
	char prev = n > 1 ? (char)sr_upper((unsigned char)w[n - 2]) : 0;
	if (last == 'Y' && prev && !strchr("AEIOU", prev)) {
		memcpy(out + n - 1, "IES", 3);
		return n + 2;
	}
	if (last == 'S' || last == 'X' || last == 'Z' || ((last == 'H') && (prev == 'S' || prev == 'C'))) {
		memcpy(out + n, "ES", 2);
		return n + 2;
	}
	out[n] = 'S';
	return n + 1;
}

typedef struct subst {
	char name[32];
	char items[16][48];
	int n;
} subst;

void sr_dict_agents(sr_dict *d, const char *file, const char *data, size_t n)
{
	sr_dict_lines l = {d, file, data, n, 0, 0};
	subst subs[32];
	int n_subs = 0;
	const char *t;
	size_t tn;
	while (sr_dict_next_line(&l, SR_LINES_HASH, &t, &tn, NULL)) {
		size_t line = l.line;
		/* !NAME! = A, B, C */
		if (t[0] == '!' && memchr(t, '=', tn)) {
			const char *close = memchr(t + 1, '!', tn - 1);
			const char *eq = memchr(t, '=', tn);
			if (!close || close > eq || n_subs == 32 || (size_t)(close - t + 1) >= sizeof subs[0].name) {
				sr_dict_warn(d, file, line, "unreadable substitution set");
				continue;
			}
			subst *sb = &subs[n_subs];
			memset(sb, 0, sizeof *sb);
			memcpy(sb->name, t, (size_t)(close - t + 1));
			const char *p = eq + 1, *end = t + tn;
			while (p < end && sb->n < 16) {
				const char *comma = memchr(p, ',', (size_t)(end - p));
				const char *e = comma ? comma : end;
				const char *a = p;
				size_t an = (size_t)(e - p);
				sr_trim(&a, &an);
				if (an && an < sizeof sb->items[0]) {
					memcpy(sb->items[sb->n], a, an);
					sb->items[sb->n][an] = '\0';
					sb->n++;
				}
				p = comma ? comma + 1 : end;
			}
			n_subs++;
			continue;
		}
		const char *in;
		size_t in_n, at;
		if (!sr_dict_bracket(t, tn, &in, &in_n, &at)) {
			sr_dict_warn(d, file, line, "agent without a [code]");
			continue;
		}
		sr_agent ag;
		memset(&ag, 0, sizeof ag);
		const char *c = in;
		size_t cn = in_n;
		sr_trim(&c, &cn);
		if (cn && c[0] == '~') {
			c++;
			cn--;
		} else if (cn && c[cn - 1] == '~') {
			cn--;
			ag.before = true;
		} else {
			sr_dict_warn(d, file, line, "agent code without '~'");
		}
		if (!cn || cn >= sizeof ag.code) {
			sr_dict_warn(d, file, line, "unreadable agent code");
			continue;
		}
		memcpy(ag.code, c, cn);
		if (!GROW(d, agents, n_agents, cap_agents))
			return;
		int32_t entry = (int32_t)d->n_agents;
		d->agents[d->n_agents++] = ag;
		/* the phrase, its plurals ({...}: given; {}: none; else regular) */
		size_t pn = at;
		const char *brace = memchr(t, '{', at);
		const char *plurals = NULL;
		size_t plurals_n = 0;
		bool explicit_plurals = false;
		if (brace) {
			const char *bc = memchr(brace, '}', (size_t)(t + at - brace));
			if (!bc) {
				sr_dict_warn(d, file, line, "unclosed '{'");
				continue;
			}
			explicit_plurals = true;
			plurals = brace + 1;
			plurals_n = (size_t)(bc - brace - 1);
			pn = (size_t)(brace - t);
		}
		char forms[20][256];
		int n_forms = 0;
		const char *ph = t;
		size_t phn = pn;
		sr_trim(&ph, &phn);
		if (!phn || phn >= 200) {
			sr_dict_warn(d, file, line, "empty or overlong phrase");
			continue;
		}
		/* substitution markers: every item in place of the marker */
		const char *mk = memchr(ph, '!', phn);
		if (mk) {
			const char *mk2 = memchr(mk + 1, '!', (size_t)(ph + phn - mk - 1));
			int found = -1;
			for (int k = 0; mk2 && k < n_subs; k++)
				if (strlen(subs[k].name) == (size_t)(mk2 - mk + 1) && memcmp(subs[k].name, mk, (size_t)(mk2 - mk + 1)) == 0)
					found = k;
			if (found < 0) {
				sr_dict_warn(d, file, line, "undefined substitution set");
				continue;
			}
			for (int k = 0; k < subs[found].n && n_forms < 20; k++)
				snprintf(forms[n_forms++], sizeof forms[0], "%.*s%s%.*s", (int)(mk - ph), ph, subs[found].items[k],
				         (int)(ph + phn - mk2 - 1), mk2 + 1);
		} else {
			snprintf(forms[n_forms++], sizeof forms[0], "%.*s", (int)phn, ph);
			if (explicit_plurals) {
				const char *p = plurals, *end = plurals + plurals_n;
				while (p < end && n_forms < 20) {
					while (p < end && sr_is_space((unsigned char)*p))
						p++;
					const char *st = p;
					while (p < end && !sr_is_space((unsigned char)*p))
						p++;
					if (p > st)
						snprintf(forms[n_forms++], sizeof forms[0], "%.*s", (int)(p - st), st);
				}
			} else {
				char pl[256];
				size_t k = sr_dict_plural(ph, phn, pl, sizeof pl);
				if (k && n_forms < 20)
					snprintf(forms[n_forms++], sizeof forms[0], "%.*s", (int)k, pl);
			}
		}
		/* agents are whole words (their plurals are listed) */
		for (int k = 0; k < n_forms; k++) {
			char tmp[260];
			snprintf(tmp, sizeof tmp, "%.250s_", forms[k]);
			sr_dict_add_phrase(d, &d->agent_t, tmp, strlen(tmp), entry, file, line);
		}
	}
}

void sr_dict_discards(sr_dict *d, const char *file, const char *data, size_t n)
{
	sr_dict_lines l = {d, file, data, n, 0, 0};
	const char *t;
	size_t tn;
	while (sr_dict_next_line(&l, SR_LINES_HASH, &t, &tn, NULL)) {
		size_t line = l.line;
		bool story = t[0] == '+';
		if (story) {
			t++;
			tn--;
		}
		if (!GROW(d, discards, n_discards, cap_discards))
			return;
		int32_t entry = (int32_t)d->n_discards;
		d->discards[d->n_discards++] = story;
		sr_dict_add_phrase(d, &d->discard_t, t, tn, entry, file, line);
	}
}

void sr_dict_issues(sr_dict *d, const char *file, const char *data, size_t n)
{
	sr_dict_lines l = {d, file, data, n, 0, 0};
	const char *t;
	size_t tn;
	while (sr_dict_next_line(&l, SR_LINES_HASH, &t, &tn, NULL)) {
		size_t line = l.line;
		if (t[0] == '<')
			continue; /* <ISSUE CATEGORY=...> and </ISSUE> */
		const char *in;
		size_t in_n, at;
		if (t[0] == '~') {
			/* "~a head start": a phrase that must not count (code "~") */
			t++;
			tn--;
			in = "~";
			in_n = 1;
			at = tn;
		} else if (!sr_dict_bracket(t, tn, &in, &in_n, &at) || !in_n || in_n >= sizeof d->issues[0]) {
			sr_dict_warn(d, file, line, "issue without a [code]");
			continue;
		}
		if (!GROW(d, issues, n_issues, cap_issues))
			return;
		int32_t entry = (int32_t)d->n_issues;
		snprintf(d->issues[d->n_issues++], sizeof d->issues[0], "%.*s", (int)in_n, in);
		/* expansions: "n:WORD" singular and plural; "A+B" joined, hyphened
		 * or apart; at most 16 variants */
		char variants[16][256];
		int nv = 1;
		variants[0][0] = '\0';
		const char *p = t, *end = t + at;
		bool bad = false;
		while (p < end && !bad) {
			while (p < end && sr_is_space((unsigned char)*p))
				p++;
			const char *st = p;
			while (p < end && !sr_is_space((unsigned char)*p))
				p++;
			if (p == st)
				break;
			char word[128];
			size_t wn = (size_t)(p - st);
			if (wn >= sizeof word) {
				bad = true;
				break;
			}
			memcpy(word, st, wn);
			word[wn] = '\0';
			char alts[6][128];
			int na = 0;
			/* "n:" anywhere in the word: the noun after it gets a plural */
			char *nm = strstr(word, "n:");
			char base[128];
			snprintf(base, sizeof base, "%s", word);
			if (nm) {
				memmove(base + (nm - word), base + (nm - word) + 2, strlen(base) - (size_t)(nm - word) - 1);
			}
			const char *joins[3] = {" ", "", "-"};
			bool has_plus = strchr(base, '+') != NULL;
			for (int j = 0; j < (has_plus ? 3 : 1) && na < 6; j++) {
				char v[128];
				size_t k = 0;
				for (const char *q = base; *q && k + 2 < sizeof v; q++) {
					if (*q == '+') {
						for (const char *r = joins[j]; *r && k + 2 < sizeof v; r++)
							v[k++] = *r;
					} else {
						v[k++] = *q;
					}
				}
				v[k] = '\0';
				snprintf(alts[na++], sizeof alts[0], "%s", v);
				if (nm && na < 6) {
					char pl[128];
					size_t pk = sr_dict_plural(v, strlen(v), pl, sizeof pl);
					if (pk) {
						pl[pk] = '\0';
						snprintf(alts[na++], sizeof alts[0], "%s", pl);
					}
				}
			}
			/* the product with what came before */
			char next[16][256];
			int nn = 0;
			for (int a = 0; a < nv; a++)
				for (int b = 0; b < na && nn < 16; b++)
					snprintf(next[nn++], sizeof next[0], "%.120s%s%.120s", variants[a], variants[a][0] ? " " : "",
					         alts[b]);
			memcpy(variants, next, sizeof next);
			nv = nn;
		}
		if (bad) {
			sr_dict_warn(d, file, line, "overlong word");
			continue;
		}
		for (int v = 0; v < nv; v++) {
			/* blanks inside a joined alternative become word breaks */
			char tmp[256];
			snprintf(tmp, sizeof tmp, "%s_", variants[v]);
			sr_dict_add_phrase(d, &d->issue_t, tmp, strlen(tmp), entry, file, line);
		}
	}
}

