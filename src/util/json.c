#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sr_jw_init(sr_jw *w, sr_buf *b)
{
	memset(w, 0, sizeof *w);
	w->b = b;
}

enum { FLUSH_AT = 64 << 10 };

void sr_jw_init_file(sr_jw *w, sr_buf *b, FILE *f)
{
	sr_jw_init(w, b);
	w->out = f;
}

static void drain(sr_jw *w)
{
	if (w->b->len && fwrite(w->b->data, 1, w->b->len, w->out) != w->b->len)
		w->io_error = true;
	w->b->len = 0;
}

bool sr_jw_finish(sr_jw *w)
{
	if (w->out)
		drain(w);
	return !w->io_error && !w->b->failed;
}

static void maybe_drain(sr_jw *w)
{
	if (w->out && w->b->len >= FLUSH_AT)
		drain(w);
}

static void comma(sr_jw *w)
{
	maybe_drain(w);
	if (w->need_comma[w->depth])
		sr_buf_putc(w->b, ',');
	w->need_comma[w->depth] = true;
}

/* A nesting deeper than the writer keeps track of fails the whole writing
 * (b->failed, as when memory runs out): its output would be wrong, so none
 * is given. */
static void open(sr_jw *w, char c)
{
	if (w->depth >= SR_JW_MAX_DEPTH) {
		w->too_deep++;
		w->b->failed = true;
		return;
	}
	comma(w);
	sr_buf_putc(w->b, c);
	w->depth++;
	w->need_comma[w->depth] = false;
}

static void close_(sr_jw *w, char c)
{
	if (w->too_deep) {
		w->too_deep--;
		return;
	}
	sr_buf_putc(w->b, c);
	if (w->depth > 0)
		w->depth--;
}

void sr_jw_obj_begin(sr_jw *w)
{
	open(w, '{');
}
void sr_jw_obj_end(sr_jw *w)
{
	close_(w, '}');
}
void sr_jw_arr_begin(sr_jw *w)
{
	open(w, '[');
}
void sr_jw_arr_end(sr_jw *w)
{
	close_(w, ']');
}

void sr_jw_key(sr_jw *w, const char *k)
{
	comma(w);
	sr_buf_putc(w->b, '"');
	sr_json_escape(w->b, k, strlen(k));
	sr_buf_puts(w->b, "\":");
	w->need_comma[w->depth] = false;
}

void sr_json_escape(sr_buf *b, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* the usual byte: printable ASCII other than the quote and the
		 * backslash, or a UTF-8 byte that starts no line separator */
		if ((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') || (c >= 0x80 && c != 0xE2))
			continue;
		const char *esc = NULL;
		char tmp[8];
		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\t')
			esc = "\\t";
		else if (c == '\r')
			esc = "\\r";
		else if (c < 0x20 || c == 0x7f) {
			snprintf(tmp, sizeof tmp, "\\u%04x", c);
			esc = tmp;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			/* U+2028/2029 break JavaScript string literals */
			esc = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
			sr_buf_append(b, s + run, i - run);
			sr_buf_puts(b, esc);
			i += 2;
			run = i + 1;
			continue;
		}
		if (esc) {
			sr_buf_append(b, s + run, i - run);
			sr_buf_puts(b, esc);
			run = i + 1;
		}
	}
	sr_buf_append(b, s + run, n - run);
}

void sr_jw_strn(sr_jw *w, const char *s, size_t n)
{
	comma(w);
	sr_buf_putc(w->b, '"');
	/* long strings go out in pieces, cut between UTF-8 characters (the
	 * escaper looks at whole characters) */
	while (w->out && n > FLUSH_AT) {
		size_t k = FLUSH_AT;
		while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80)
			k++;
		sr_json_escape(w->b, s, k);
		drain(w);
		s += k;
		n -= k;
	}
	sr_json_escape(w->b, s, n);
	sr_buf_putc(w->b, '"');
}

void sr_jw_str(sr_jw *w, const char *s)
{
	if (!s) {
		sr_jw_null(w);
		return;
	}
	sr_jw_strn(w, s, strlen(s));
}

void sr_jw_int(sr_jw *w, long long v)
{
	comma(w);
	sr_buf_printf(w->b, "%lld", v);
}

void sr_jw_num(sr_jw *w, double v)
{
	comma(w);
	if (v != v || v > 1e300 || v < -1e300)
		sr_buf_puts(w->b, "null"); /* JSON has no NaN or infinity */
	else if (v < 9e15 && v > -9e15 && v == (double)(long long)v)
		sr_buf_printf(w->b, "%lld", (long long)v); /* the range first: the cast of a larger value is undefined */
	else
		sr_buf_printf(w->b, "%.6g", v);
}

void sr_jw_bool(sr_jw *w, bool v)
{
	comma(w);
	sr_buf_puts(w->b, v ? "true" : "false");
}

void sr_jw_null(sr_jw *w)
{
	comma(w);
	sr_buf_puts(w->b, "null");
}

void sr_jw_raw(sr_jw *w, const char *json, size_t n)
{
	comma(w);
	sr_buf_append(w->b, json, n);
}

double sr_jw_num_value(double v)
{
	if (v != v || v > 1e300 || v < -1e300 || (v < 9e15 && v > -9e15 && v == (double)(long long)v))
		return v;
	char b[32];
	snprintf(b, sizeof b, "%.6g", v);
	return strtod(b, NULL);
}

void sr_jw_fixed(sr_jw *w, double v, int decimals)
{
	if (v != v || v > 1e300 || v < -1e300) {
		sr_jw_null(w);
		return;
	}
	comma(w);
	sr_buf_printf(w->b, "%.*f", decimals, v);
}
