/* jsonl.c: JSON Lines records (news-please-style crawler dumps, and
 * sitrep's own output), read by a streaming reader that decodes only the
 * fields sitrep uses; see input.h. */
#include "input.h"

#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/charset.h"
#include "../util/str.h"

enum { MAX_LINE = SR_MAX_INPUT + (1 << 20) };

bool sr_jsonl_sniff(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n && sr_is_space(p[i]))
		i++;
	if (i >= n || p[i] != '{')
		return false;
	/* an object whose first key is a string: {"..." */
	i++;
	while (i < n && sr_is_space(p[i]))
		i++;
	return i < n && p[i] == '"';
}

/* ---- a streaming JSON object reader -----------------------------------------
 *
 * A line is read once, front to back: every value is checked as JSON
 * (strings, numbers, literals, arrays, objects; keys unique), but only the
 * string values of the keys sitrep uses are decoded, each straight into a
 * buffer of its own; nothing else is built.  Pages in a crawler's dump are
 * mostly one long "html" string, so that string's loop is the reader's
 * cost: runs without escapes are copied whole. */

enum { MAX_DEPTH = 512 };

typedef struct jp {
	const unsigned char *p, *end, *start;
	const char *err; /* what is wrong, at p */
} jp;

static bool bad(jp *j, const char *why)
{
	if (!j->err)
		j->err = why;
	return false;
}

static void ws(jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int hex4(const unsigned char *p)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		int c = p[i], d = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* A string at j->p (its opening quote), decoded into out when out is not
 * NULL (raw runs copied whole, escapes undone, UTF-8 checked). */
static bool string(jp *j, sr_buf *out)
{
	j->p++;
	for (;;) {
		const unsigned char *run = j->p;
		while (j->p < j->end && *j->p != '"' && *j->p != '\\' && *j->p >= 0x20)
			j->p++;
		if (j->p > run) {
			if (!sr_utf8_valid(run, (size_t)(j->p - run)))
				return bad(j, "invalid UTF-8 in a string");
			if (out && !sr_buf_append(out, run, (size_t)(j->p - run)))
				return bad(j, "out of memory");
		}
		if (j->p >= j->end)
			return bad(j, "unterminated string");
		if (*j->p == '"') {
			j->p++;
			return true;
		}
		if (*j->p < 0x20)
			return bad(j, "control character in a string");
		/* an escape */
		if (j->end - j->p < 2)
			return bad(j, "unterminated string");
		unsigned char e = j->p[1];
		static const char SIMPLE[] = "\"\\/bfnrt", REPL[] = "\"\\/\b\f\n\r\t";
		const char *k = e ? strchr(SIMPLE, e) : NULL;
		if (k) {
			if (out)
				sr_buf_putc(out, REPL[k - SIMPLE]);
			j->p += 2;
			continue;
		}
		if (e != 'u' || j->end - j->p < 6)
			return bad(j, "invalid escape");
		int cp = hex4(j->p + 2);
		j->p += 6;
		if (cp < 0)
			return bad(j, "invalid \\u escape");
		if (cp >= 0xD800 && cp <= 0xDBFF) { /* a surrogate pair */
			int lo = j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u' ? hex4(j->p + 2) : -1;
			if (lo < 0xDC00 || lo > 0xDFFF)
				return bad(j, "invalid Unicode surrogate");
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			j->p += 6;
		} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
			return bad(j, "invalid Unicode surrogate");
		}
		if (out) {
			char u[4];
			size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
			if (n == 1)
				u[0] = (char)cp;
			else if (n == 2)
				u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F));
			else if (n == 3)
				u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F));
			else
				u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
				u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F));
			sr_buf_append(out, u, n);
		}
	}
}

static bool digits(jp *j)
{
	const unsigned char *a = j->p;
	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > a;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool number(jp *j)
{
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (!digits(j))
		return bad(j, "invalid number");
	if (j->p < j->end && *j->p == '.' && (j->p++, !digits(j)))
		return bad(j, "invalid number");
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (!digits(j))
			return bad(j, "invalid number");
	}
	return true;
}

static bool value(jp *j, int depth);

/* The members of an object or the items of an array at j->p. */
static bool container(jp *j, int depth)
{
	if (depth > MAX_DEPTH)
		return bad(j, "nested too deep");
	bool object = *j->p == '{';
	unsigned char close = object ? '}' : ']';
	j->p++;
	ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return true;
	}
	for (;;) {
		if (object) {
			if (j->p >= j->end || *j->p != '"')
				return bad(j, "string or '}' expected");
			if (!string(j, NULL))
				return false;
			ws(j);
			if (j->p >= j->end || *j->p != ':')
				return bad(j, "':' expected");
			j->p++;
		}
		if (!value(j, depth + 1))
			return false;
		ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			ws(j);
			continue;
		}
		if (j->p < j->end && *j->p == close) {
			j->p++;
			return true;
		}
		return bad(j, object ? "',' or '}' expected" : "',' or ']' expected");
	}
}

static bool literal(jp *j, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return bad(j, "invalid token");
	j->p += n;
	return true;
}

static bool value(jp *j, int depth)
{
	ws(j);
	if (j->p >= j->end)
		return bad(j, "unexpected end of line");
	switch (*j->p) {
	case '"': return string(j, NULL);
	case '{':
	case '[': return container(j, depth);
	case 't': return literal(j, "true");
	case 'f': return literal(j, "false");
	case 'n': return literal(j, "null");
	default: return *j->p == '-' || (*j->p >= '0' && *j->p <= '9') ? number(j) : bad(j, "invalid token");
	}
}

/* The keys sitrep reads, in the order each field prefers them. */
enum { F_HTML, F_TEXT, F_URL, F_TITLE, F_DATE, F_FETCHED, F_N };
static const char *const *const FIELD_KEYS[F_N] = {
    (const char *const[]){"html", "raw_html", "content_html", "body_html", NULL},
    (const char *const[]){"text", "maintext", "content", "body", "article", NULL},
    (const char *const[]){"source_url", "url", "link", "uri", NULL},
    (const char *const[]){"title", "headline", NULL},
    (const char *const[]){"published", "date_publish", "datePublished", "date", "pubdate", "published_at", NULL},
    (const char *const[]){"fetched", "date_download", "crawled", NULL},
};

/* What one line gave: for each field, its value (non-empty strings only)
 * and the rank of the key it came from. */
typedef struct fields {
	sr_buf v[F_N];
	int rank[F_N]; /* -1: none yet */
} fields;

/* The field and rank of a key, or false. */
static bool wanted(const sr_buf *key, int *field, int *rank)
{
	for (int f = 0; f < F_N; f++)
		for (int r = 0; FIELD_KEYS[f][r]; r++)
			if (strlen(FIELD_KEYS[f][r]) == key->len && !memcmp(FIELD_KEYS[f][r], key->data, key->len)) {
				*field = f;
				*rank = r;
				return true;
			}
	return false;
}

/* A line: an object whose wanted string values go into out.  False, with
 * j->err, when it is no JSON, or JSON but no object (*not_object). */
static bool read_object(jp *j, fields *out, bool *not_object)
{
	*not_object = false;
	ws(j);
	if (j->p < j->end && *j->p == '[') {
		if (!container(j, 0))
			return false;
		ws(j);
		*not_object = j->p == j->end;
		return bad(j, j->p == j->end ? "not an object" : "end of line expected");
	}
	if (j->p >= j->end || *j->p != '{')
		return bad(j, "'[' or '{' expected");
	j->p++;
	sr_buf key, seen, val;
	sr_buf_init(&key, 0);
	sr_buf_init(&seen, 0); /* the keys so far, NUL-separated: duplicates are refused */
	sr_buf_init(&val, 0);
	bool ok = true;
	ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
	} else {
		for (;;) {
			if (j->p >= j->end || *j->p != '"') {
				ok = bad(j, "string or '}' expected");
				break;
			}
			key.len = 0;
			if (!string(j, &key)) {
				ok = false;
				break;
			}
			for (size_t at = 0; at < seen.len; at += strlen(seen.data + at) + 1)
				if (strlen(seen.data + at) == key.len && !memcmp(seen.data + at, key.data, key.len)) {
					ok = bad(j, "duplicate object key");
					break;
				}
			if (!ok)
				break;
			sr_buf_append(&seen, key.data ? key.data : "", key.len);
			sr_buf_putc(&seen, '\0');
			ws(j);
			if (j->p >= j->end || *j->p != ':') {
				ok = bad(j, "':' expected");
				break;
			}
			j->p++;
			ws(j);
			int f, r;
			if (j->p < j->end && *j->p == '"' && wanted(&key, &f, &r) && (out->rank[f] < 0 || r < out->rank[f])) {
				val.len = 0;
				if (!string(j, &val)) {
					ok = false;
					break;
				}
				if (val.len) { /* an empty value is as none */
					sr_buf_clear(&out->v[f]);
					out->v[f] = val;
					out->rank[f] = r;
					sr_buf_init(&val, 0);
				}
			} else if (!value(j, 1)) {
				ok = false;
				break;
			}
			ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				ws(j);
				continue;
			}
			if (j->p < j->end && *j->p == '}') {
				j->p++;
				break;
			}
			ok = bad(j, "',' or '}' expected");
			break;
		}
	}
	if (ok) {
		ws(j);
		if (j->p != j->end)
			ok = bad(j, "end of line expected");
	}
	if (ok && (key.failed || seen.failed))
		ok = bad(j, "out of memory");
	sr_buf_clear(&key);
	sr_buf_clear(&seen);
	sr_buf_clear(&val);
	return ok;
}

/* A field's value handed over (malloc'ed, NUL-terminated), or NULL. */
static char *take(fields *fs, int f, size_t *len)
{
	if (fs->rank[f] < 0 || fs->v[f].failed)
		return NULL;
	return sr_buf_steal(&fs->v[f], len);
}

/* Drop the rest of a line that is over the cap. */
static void skip_line(sr_src *s)
{
	for (;;) {
		size_t n = sr_src_fill(s, 1 << 20);
		if (!n)
			return;
		const unsigned char *nl = memchr(sr_src_data(s), '\n', n);
		if (nl) {
			sr_src_consume(s, (size_t)(nl - sr_src_data(s)) + 1);
			return;
		}
		sr_src_consume(s, n);
		if (s->broken)
			return;
	}
}

void sr_jsonl_next(sr_src *s, sr_rec_out *o)
{
	memset(o, 0, sizeof *o);
	for (;;) {
		/* find the end of the line, reading on as needed */
		size_t scanned = 0, n = 0;
		const unsigned char *nl = NULL;
		for (;;) {
			n = sr_src_fill(s, scanned + (1 << 16));
			nl = memchr(sr_src_data(s) + scanned, '\n', n - scanned);
			if (nl || n == scanned || n > MAX_LINE || s->broken)
				break;
			scanned = n;
		}
		if (!nl && s->broken) {
			/* the line runs into a gzip error: lines before it were good */
			o->kind = SR_REC_ERROR;
			o->error = SR_IERR_GZIP;
			o->offset = s->broken_at;
			snprintf(o->msg, sizeof o->msg, "%s", s->err);
			sr_src_resync(s);
			return;
		}
		if (n == 0) {
			o->kind = SR_REC_END;
			return;
		}
		o->offset = s->w_base;
		if (!nl && n > MAX_LINE) {
			o->kind = SR_REC_ERROR;
			o->error = SR_IERR_LINE;
			snprintf(o->msg, sizeof o->msg, "JSON line longer than the 64 MiB cap");
			skip_line(s);
			return;
		}
		size_t len = nl ? (size_t)(nl - sr_src_data(s)) : n;
		const char *line = (const char *)sr_src_data(s);
		size_t a = 0, b = len;
		while (a < b && sr_is_space((unsigned char)line[a]))
			a++;
		while (b > a && sr_is_space((unsigned char)line[b - 1]))
			b--;
		if (a == b) {
			sr_src_consume(s, len + (nl ? 1 : 0));
			continue; /* blank line */
		}
		jp j = {(const unsigned char *)line + a, (const unsigned char *)line + b, (const unsigned char *)line + a,
		        NULL};
		fields fs;
		for (int f = 0; f < F_N; f++) {
			sr_buf_init(&fs.v[f], 0);
			fs.rank[f] = -1;
		}
		bool not_object;
		bool ok = read_object(&j, &fs, &not_object);
		long column = (long)(j.p - j.start) + 1;
		sr_src_consume(s, len + (nl ? 1 : 0));
		if (!ok) {
			for (int f = 0; f < F_N; f++)
				sr_buf_clear(&fs.v[f]);
			o->kind = SR_REC_ERROR;
			o->error = SR_IERR_JSON;
			if (not_object)
				snprintf(o->msg, sizeof o->msg, "JSON line is not an object");
			else
				snprintf(o->msg, sizeof o->msg, "bad JSON at column %ld: %s", column, j.err);
			return;
		}
		o->data = take(&fs, F_HTML, &o->len);
		o->format = SR_FORMAT_HTML;
		if (!o->data) {
			o->data = take(&fs, F_TEXT, &o->len);
			o->format = SR_FORMAT_TEXT;
		}
		o->url = take(&fs, F_URL, NULL);
		o->title = take(&fs, F_TITLE, NULL);
		o->date = take(&fs, F_DATE, NULL);
		o->fetched = take(&fs, F_FETCHED, NULL);
		for (int f = 0; f < F_N; f++)
			sr_buf_clear(&fs.v[f]);
		if (!o->data) {
			sr_rec_out_clear(o);
			o->kind = SR_REC_SKIP;
			o->skip = SR_SKIP_NO_CONTENT;
			return;
		}
		if (o->len > SR_MAX_INPUT) {
			sr_rec_out_clear(o);
			o->kind = SR_REC_SKIP;
			o->skip = SR_SKIP_TOO_LARGE;
			return;
		}
		o->kind = SR_REC_PAGE;
		return;
	}
}
