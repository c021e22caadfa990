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
#include "dict.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/datadir.h"
#include "../util/hash.h"
#include "../util/str.h"

enum { MAX_LINE = 1 << 16, MAX_WORDS = 64, MAX_WARNINGS = 10000 };

/* ---- growable arrays --------------------------------------------------------- */

static bool grow(void **v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return true;
	size_t c = *cap ? *cap * 2 : 64;
	void *p = realloc(*v, c * size);
	if (!p)
		return false;
	*v = p;
	*cap = c;
	return true;
}
#define GROW(d, arr, n, cap) (grow((void **)&(d)->arr, &(d)->cap, (d)->n, sizeof *(d)->arr) || ((d)->failed = true, false))

static void warn(sr_dict *d, const char *file, size_t line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void warn(sr_dict *d, const char *file, size_t line, const char *fmt, ...)
{
	if (d->n_warnings >= MAX_WARNINGS) {
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

/* ---- words --------------------------------------------------------------------- */

static uint64_t hash_word(const char *s, size_t n)
{
	return sr_hash64(s, n, 7);
}

static bool wtab_grow(sr_dict *d)
{
	size_t cap = d->wcap ? d->wcap * 2 : 1 << 14;
	uint32_t *t = calloc(cap, sizeof *t);
	if (!t)
		return false;
	for (size_t i = 0; i < d->n_words; i++) {
		size_t h = hash_word(d->words[i], strlen(d->words[i])) & (cap - 1);
		while (t[h])
			h = (h + 1) & (cap - 1);
		t[h] = (uint32_t)i + 1;
	}
	free(d->wtab);
	d->wtab = t;
	d->wcap = cap;
	return true;
}

/* The id of an upper-case word; -1 when absent and not added. */
static int64_t word_id(sr_dict *d, const char *s, size_t n, bool add)
{
	if (d->wcap) {
		size_t h = hash_word(s, n) & (d->wcap - 1);
		while (d->wtab[h]) {
			uint32_t k = d->wtab[h] - 1;
			if (d->word_len[k] == n && memcmp(d->words[k], s, n) == 0)
				return k;
			h = (h + 1) & (d->wcap - 1);
		}
	}
	if (!add)
		return -1;
	if ((d->n_words + 1) * 2 > d->wcap && !wtab_grow(d)) {
		d->failed = true;
		return -1;
	}
	if (d->n_words == d->cap_words) {
		size_t cap = d->cap_words ? d->cap_words * 2 : 64;
		uint16_t *wl = realloc(d->word_len, cap * sizeof *wl);
		if (!wl) {
			d->failed = true;
			return -1;
		}
		d->word_len = wl;
	}
	if (!GROW(d, words, n_words, cap_words))
		return -1;
	char *w = malloc(n + 1);
	if (!w) {
		d->failed = true;
		return -1;
	}
	memcpy(w, s, n);
	w[n] = '\0';
	d->words[d->n_words] = w;
	d->word_len[d->n_words] = (uint16_t)(n < 65535 ? n : 65535);
	size_t h = hash_word(s, n) & (d->wcap - 1);
	while (d->wtab[h])
		h = (h + 1) & (d->wcap - 1);
	d->wtab[h] = (uint32_t)d->n_words + 1;
	return (int64_t)d->n_words++;
}

/* ---- tries ----------------------------------------------------------------------- */

static uint64_t edge_hash(uint32_t node, uint32_t word)
{
	uint64_t k = ((uint64_t)node << 32) | word;
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

static bool trie_init(sr_trie *t)
{
	t->cap_nodes = 1024;
	t->payload = malloc(t->cap_nodes * sizeof *t->payload);
	t->stem = calloc(t->cap_nodes, 1);
	if (!t->payload || !t->stem)
		return false;
	t->payload[0] = -1;
	t->n_nodes = 1; /* the root */
	return true;
}

static void trie_free(sr_trie *t)
{
	free(t->edges);
	free(t->payload);
	free(t->stem);
	memset(t, 0, sizeof *t);
}

int64_t sr_trie_child(const sr_trie *t, uint32_t node, uint32_t word)
{
	if (!t->cap_edges)
		return -1;
	size_t h = edge_hash(node, word) & (t->cap_edges - 1);
	while (t->edges[h].child) {
		if (t->edges[h].node == node && t->edges[h].word == word)
			return t->edges[h].child;
		h = (h + 1) & (t->cap_edges - 1);
	}
	return -1;
}

static bool edges_grow(sr_trie *t)
{
	size_t cap = t->cap_edges ? t->cap_edges * 2 : 1 << 12;
	struct sr_edge *e = calloc(cap, sizeof *e);
	if (!e)
		return false;
	for (size_t i = 0; i < t->cap_edges; i++) {
		if (!t->edges[i].child)
			continue;
		size_t h = edge_hash(t->edges[i].node, t->edges[i].word) & (cap - 1);
		while (e[h].child)
			h = (h + 1) & (cap - 1);
		e[h] = t->edges[i];
	}
	free(t->edges);
	t->edges = e;
	t->cap_edges = cap;
	return true;
}

/* The node for a phrase, made if need be; -1 when out of memory. */
static int64_t trie_add(sr_trie *t, const uint32_t *w, size_t n)
{
	uint32_t node = 0;
	for (size_t i = 0; i < n; i++) {
		int64_t c = sr_trie_child(t, node, w[i]);
		if (c < 0) {
			if ((t->n_edges + 1) * 2 > t->cap_edges && !edges_grow(t))
				return -1;
			if (t->n_nodes == t->cap_nodes) {
				size_t cap = t->cap_nodes * 2;
				int32_t *p = realloc(t->payload, cap * sizeof *p);
				if (!p)
					return -1;
				t->payload = p;
				uint8_t *s = realloc(t->stem, cap);
				if (!s)
					return -1;
				memset(s + t->cap_nodes, 0, cap - t->cap_nodes);
				t->stem = s;
				t->cap_nodes = cap;
			}
			c = (int64_t)t->n_nodes++;
			t->payload[c] = -1;
			size_t h = edge_hash(node, w[i]) & (t->cap_edges - 1);
			while (t->edges[h].child)
				h = (h + 1) & (t->cap_edges - 1);
			t->edges[h] = (struct sr_edge){node, w[i], (uint32_t)c};
			t->n_edges++;
		}
		node = (uint32_t)c;
	}
	return node;
}

/* ---- phrases ------------------------------------------------------------------------ */

/* Upper-case words of s[0, n) separated by '_' or blanks; *exact when the
 * phrase ends with '_'.  Returns the number of words (0: none, or too
 * many). */
static size_t phrase_words(sr_dict *d, const char *s, size_t n, uint32_t *out, bool *exact)
{
	sr_trim(&s, &n);
	*exact = n && s[n - 1] == '_';
	size_t k = 0, i = 0;
	char buf[256];
	while (i < n) {
		while (i < n && (s[i] == '_' || s[i] == ' ' || s[i] == '\t'))
			i++;
		size_t st = i;
		while (i < n && s[i] != '_' && s[i] != ' ' && s[i] != '\t')
			i++;
		size_t len = i - st;
		if (!len)
			continue;
		if (k == MAX_WORDS || len >= sizeof buf)
			return 0;
		for (size_t j = 0; j < len; j++)
			buf[j] = (char)(((unsigned char)s[st + j] < 0x80) ? sr_upper((unsigned char)s[st + j]) : s[st + j]);
		int64_t id = word_id(d, buf, len, true);
		if (id < 0)
			return 0;
		out[k++] = (uint32_t)id;
	}
	return k;
}

/* Set the payload of a phrase's node unless it has one (the first entry
 * wins, as in PETRARCH). */
static bool add_phrase(sr_dict *d, sr_trie *t, const char *s, size_t n, int32_t entry, const char *file, size_t line)
{
	uint32_t w[MAX_WORDS];
	bool exact;
	size_t k = phrase_words(d, s, n, w, &exact);
	if (!k) {
		if (!d->failed)
			warn(d, file, line, "empty or overlong phrase");
		return false;
	}
	int64_t node = trie_add(t, w, k);
	if (node < 0) {
		d->failed = true;
		return false;
	}
	if (t->payload[node] < 0) {
		t->payload[node] = entry;
		t->stem[node] = !exact;
	}
	return true;
}

/* Strip a comment ('#', and ';' when semi; not inside a [code], where
 * "[###]" is TABARI's discard code) and trailing blanks. */
static size_t strip_comment(const char *s, size_t n, bool semi)
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
static bool bracket(const char *s, size_t n, const char **in, size_t *in_n, size_t *at)
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

static void read_actors(sr_dict *d, const char *file, const char *data, size_t n)
{
	size_t line = 0;
	int32_t cur = -1;
	bool cur_has_restr = false;
	for (size_t i = 0; i < n && !d->failed;) {
		const char *eol = memchr(data + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - data) - i : n - i;
		const char *s = data + i;
		i += len + (eol ? 1 : 0);
		line++;
		if (len > MAX_LINE) {
			warn(d, file, line, "line longer than 64 KB");
			continue;
		}
		bool indented = len && (s[0] == '\t' || s[0] == ' ');
		len = strip_comment(s, len, true);
		const char *t = s;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (!tn || (tn >= 4 && memcmp(t, "<!--", 4) == 0))
			continue;
		if (indented && t[0] == '[') {
			if (cur < 0) {
				warn(d, file, line, "a date restriction before any actor");
				continue;
			}
			const char *in;
			size_t in_n, at;
			sr_restriction r;
			if (!bracket(t, tn, &in, &in_n, &at) || !parse_restriction(in, in_n, &r)) {
				warn(d, file, line, "unreadable date restriction '%.*s'", (int)(tn < 80 ? tn : 80), t);
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
				warn(d, file, line, "date restriction apart from its actor");
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
				warn(d, file, line, "a synonym before any actor");
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
		if (bracket(t, tn, &in, &in_n, &at)) {
			pn = at;
			sr_restriction r;
			if (!parse_restriction(in, in_n, &r))
				warn(d, file, line, "unreadable code '%.*s'", (int)(in_n < 40 ? in_n : 40), in);
			else if (!d->actors[cur].code[0] && r.from == 0 && r.to == 99999999)
				snprintf(d->actors[cur].code, sizeof d->actors[cur].code, "%s", r.code);
		} else if (memchr(t, '[', tn)) {
			warn(d, file, line, "unclosed '['");
			pn = (size_t)((const char *)memchr(t, '[', tn) - t);
		}
		add_phrase(d, &d->actor_t, t, pn, cur, file, line);
	}
}

/* Regular plurals: +S, +ES after S, SH, CH, X, Z; Y after a consonant to IES. */
static size_t plural_of(const char *w, size_t n, char *out, size_t cap)
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

static void read_agents(sr_dict *d, const char *file, const char *data, size_t n)
{
	size_t line = 0;
	subst subs[32];
	int n_subs = 0;
	for (size_t i = 0; i < n && !d->failed;) {
		const char *eol = memchr(data + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - data) - i : n - i;
		const char *s = data + i;
		i += len + (eol ? 1 : 0);
		line++;
		if (len > MAX_LINE) {
			warn(d, file, line, "line longer than 64 KB");
			continue;
		}
		len = strip_comment(s, len, false);
		const char *t = s;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (!tn || (tn >= 4 && memcmp(t, "<!--", 4) == 0))
			continue;
		/* !NAME! = A, B, C */
		if (t[0] == '!' && memchr(t, '=', tn)) {
			const char *close = memchr(t + 1, '!', tn - 1);
			const char *eq = memchr(t, '=', tn);
			if (!close || close > eq || n_subs == 32 || (size_t)(close - t + 1) >= sizeof subs[0].name) {
				warn(d, file, line, "unreadable substitution set");
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
		if (!bracket(t, tn, &in, &in_n, &at)) {
			warn(d, file, line, "agent without a [code]");
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
			warn(d, file, line, "agent code without '~'");
		}
		if (!cn || cn >= sizeof ag.code) {
			warn(d, file, line, "unreadable agent code");
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
				warn(d, file, line, "unclosed '{'");
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
			warn(d, file, line, "empty or overlong phrase");
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
				warn(d, file, line, "undefined substitution set");
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
				size_t k = plural_of(ph, phn, pl, sizeof pl);
				if (k && n_forms < 20)
					snprintf(forms[n_forms++], sizeof forms[0], "%.*s", (int)k, pl);
			}
		}
		/* agents are whole words (their plurals are listed) */
		for (int k = 0; k < n_forms; k++) {
			char tmp[260];
			snprintf(tmp, sizeof tmp, "%.250s_", forms[k]);
			add_phrase(d, &d->agent_t, tmp, strlen(tmp), entry, file, line);
		}
	}
}

static void read_discards(sr_dict *d, const char *file, const char *data, size_t n)
{
	size_t line = 0;
	for (size_t i = 0; i < n && !d->failed;) {
		const char *eol = memchr(data + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - data) - i : n - i;
		const char *s = data + i;
		i += len + (eol ? 1 : 0);
		line++;
		if (len > MAX_LINE) {
			warn(d, file, line, "line longer than 64 KB");
			continue;
		}
		len = strip_comment(s, len, false);
		const char *t = s;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (!tn || (tn >= 4 && memcmp(t, "<!--", 4) == 0))
			continue;
		bool story = t[0] == '+';
		if (story) {
			t++;
			tn--;
		}
		if (!GROW(d, discards, n_discards, cap_discards))
			return;
		int32_t entry = (int32_t)d->n_discards;
		d->discards[d->n_discards++] = story;
		add_phrase(d, &d->discard_t, t, tn, entry, file, line);
	}
}

static void read_issues(sr_dict *d, const char *file, const char *data, size_t n)
{
	size_t line = 0;
	for (size_t i = 0; i < n && !d->failed;) {
		const char *eol = memchr(data + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - data) - i : n - i;
		const char *s = data + i;
		i += len + (eol ? 1 : 0);
		line++;
		if (len > MAX_LINE) {
			warn(d, file, line, "line longer than 64 KB");
			continue;
		}
		len = strip_comment(s, len, false);
		const char *t = s;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (!tn || t[0] == '<')
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
		} else if (!bracket(t, tn, &in, &in_n, &at) || !in_n || in_n >= sizeof d->issues[0]) {
			warn(d, file, line, "issue without a [code]");
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
					size_t pk = plural_of(v, strlen(v), pl, sizeof pl);
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
			warn(d, file, line, "overlong word");
			continue;
		}
		for (int v = 0; v < nv; v++) {
			/* blanks inside a joined alternative become word breaks */
			char tmp[256];
			snprintf(tmp, sizeof tmp, "%s_", variants[v]);
			add_phrase(d, &d->issue_t, tmp, strlen(tmp), entry, file, line);
		}
	}
}

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
	add_phrase(d, &d->verb_t, tmp, len, entry, file, line);
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
	int64_t id = word_id(d, up, n, true);
	size_t pn = plural_of(up, n, pl, sizeof pl);
	*plural = pn ? (int32_t)word_id(d, pl, pn, true) : -1;
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

static void read_verbs(sr_dict *d, const char *file, uint32_t file_idx, const char *data, size_t n)
{
	size_t line = 0;
	int32_t syn = -1;   /* the synset being read */
	int32_t block = -1; /* the verb block being read */
	for (size_t i = 0; i < n && !d->failed;) {
		const char *eol = memchr(data + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - data) - i : n - i;
		const char *s = data + i;
		i += len + (eol ? 1 : 0);
		line++;
		if (len > MAX_LINE) {
			warn(d, file, line, "line longer than 64 KB");
			continue;
		}
		const char *t = s;
		size_t tn = len;
		sr_trim(&t, &tn);
		if (tn >= 4 && memcmp(t, "<!--", 4) == 0)
			continue;
		/* a block header keeps its "---" */
		if (tn >= 3 && memcmp(t, "---", 3) == 0) {
			const char *in = "---";
			size_t in_n = 3, at = tn;
			/* no [code]: the null code, the isolated verb codes nothing */
			if (bracket(t, tn, &in, &in_n, &at) && !code_ok(in, in_n)) {
				warn(d, file, line, "unreadable code in a verb block header");
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
		tn = strip_comment(t, tn, false);
		if (!tn)
			continue;
		if (t[0] == '&') {
			/* a synset: &NAME, then +phrase lines */
			size_t nn = 0;
			while (nn < tn && !sr_is_space((unsigned char)t[nn]))
				nn++;
			if (nn < 2 || nn >= sizeof d->synsets[0].name) {
				warn(d, file, line, "unreadable synset name");
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
			uint32_t w[MAX_WORDS];
			bool exact;
			size_t k = phrase_words(d, t + 1, tn - 1, w, &exact);
			if (!k) {
				warn(d, file, line, "empty synset phrase");
				continue;
			}
			if (!GROW(d, syn_phrases, n_syn_phrases, cap_syn_phrases))
				return;
			while (d->n_syn_words + k > d->cap_syn_words) {
				if (!grow((void **)&d->syn_words, &d->cap_syn_words, d->cap_syn_words, sizeof *d->syn_words)) {
					d->failed = true;
					return;
				}
				int32_t *pl = realloc(d->syn_plurals, d->cap_syn_words * sizeof *pl);
				if (!pl) {
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
				warn(d, file, line, "unreadable transformation");
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
				warn(d, file, line, "a pattern outside a verb block");
				continue;
			}
			const char *in;
			size_t in_n, at;
			if (!bracket(t, tn, &in, &in_n, &at) || !code_ok(in, in_n)) {
				warn(d, file, line, "pattern without a [code]");
				continue;
			}
			const char *pt = t + 1;
			size_t pn = at - 1;
			sr_trim(&pt, &pn);
			if (!memchr(pt, '*', pn)) {
				warn(d, file, line, "pattern without '*' (the verb's place)");
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
					warn(d, file, line, "undefined synset %.*s: pattern left out", (int)(e - k), pt + k);
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
					warn(d, file, line, "unreadable pattern (two '*', or over 128 words)");
				continue;
			}
			d->n_patterns++;
			d->blocks[block].n_patterns++;
			continue;
		}
		if (block < 0) {
			if (syn < 0)
				warn(d, file, line, "a line outside any synset or verb block");
			continue;
		}
		/* a verb: WORD [{FORMS}] [[CODE]], or a phrase with +VERB */
		const char *in;
		size_t in_n, at;
		char code[16];
		snprintf(code, sizeof code, "%s", d->blocks[block].code);
		size_t vn = tn;
		if (bracket(t, tn, &in, &in_n, &at)) {
			if (!code_ok(in, in_n)) {
				warn(d, file, line, "unreadable verb code");
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
			warn(d, file, line, "empty verb");
			continue;
		}
		if (brace) {
			const char *bc = memchr(brace, '}', vn - (size_t)(brace - t));
			if (!bc) {
				warn(d, file, line, "unclosed '{'");
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

/* ---- loading --------------------------------------------------------------------------------------- */

sr_status sr_dict_new(sr_dict **out)
{
	sr_dict *d = calloc(1, sizeof *d);
	if (!d)
		return SR_ENOMEM;
	if (!trie_init(&d->actor_t) || !trie_init(&d->agent_t) || !trie_init(&d->discard_t) ||
	    !trie_init(&d->issue_t) || !trie_init(&d->verb_t)) {
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
	trie_free(&d->actor_t);
	trie_free(&d->agent_t);
	trie_free(&d->discard_t);
	trie_free(&d->issue_t);
	trie_free(&d->verb_t);
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
	case SR_DICT_ACTORS: read_actors(d, file, data, n); break;
	case SR_DICT_AGENTS: read_agents(d, file, data, n); break;
	case SR_DICT_VERBS: read_verbs(d, file, idx, data, n); break;
	case SR_DICT_DISCARDS: read_discards(d, file, data, n); break;
	case SR_DICT_ISSUES: read_issues(d, file, data, n); break;
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
	return word_id((sr_dict *)d, s, n, false);
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
	out->id = word_id(d, up, n, false);
	for (size_t pl = n - 1; pl >= 3 && pl < n && out->n_prefix < 4; pl--) {
		int64_t pid = word_id(d, up, pl, false);
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
