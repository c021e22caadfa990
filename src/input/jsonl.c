/* jsonl.c: JSON Lines records (news-please-style crawler dumps, and
 * sitrep's own output); see input.h. */
#include "input.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

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

static char *str_field(json_t *o, const char *const *keys, size_t *len)
{
	for (size_t k = 0; keys[k]; k++) {
		json_t *v = json_object_get(o, keys[k]);
		if (json_is_string(v) && json_string_length(v) > 0) {
			size_t n = json_string_length(v);
			char *s = malloc(n + 1);
			if (s) {
				memcpy(s, json_string_value(v), n);
				s[n] = '\0';
			}
			if (len)
				*len = n;
			return s;
		}
	}
	return NULL;
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
		json_error_t err;
		json_t *j = json_loadb(line + a, b - a, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
		sr_src_consume(s, len + (nl ? 1 : 0));
		if (!j || !json_is_object(j)) {
			o->kind = SR_REC_ERROR;
			o->error = SR_IERR_JSON;
			if (j)
				snprintf(o->msg, sizeof o->msg, "JSON line is not an object");
			else
				snprintf(o->msg, sizeof o->msg, "bad JSON at column %d: %s", err.column, err.text);
			json_decref(j);
			return;
		}
		static const char *const html_keys[] = {"html", "raw_html", "content_html", "body_html", NULL};
		static const char *const text_keys[] = {"text", "maintext", "content", "body", "article", NULL};
		static const char *const url_keys[] = {"source_url", "url", "link", "uri", NULL};
		static const char *const title_keys[] = {"title", "headline", NULL};
		static const char *const date_keys[] = {"published", "date_publish", "datePublished", "date",
		                                        "pubdate", "published_at", NULL};
		static const char *const fetched_keys[] = {"fetched", "date_download", "crawled", NULL};
		o->data = str_field(j, html_keys, &o->len);
		o->format = SR_FORMAT_HTML;
		if (!o->data) {
			o->data = str_field(j, text_keys, &o->len);
			o->format = SR_FORMAT_TEXT;
		}
		if (!o->data) {
			json_decref(j);
			o->kind = SR_REC_SKIP;
			o->skip = SR_SKIP_NO_CONTENT;
			return;
		}
		if (o->len > SR_MAX_INPUT) {
			json_decref(j);
			sr_rec_out_clear(o);
			o->kind = SR_REC_SKIP;
			o->skip = SR_SKIP_TOO_LARGE;
			return;
		}
		o->url = str_field(j, url_keys, NULL);
		o->title = str_field(j, title_keys, NULL);
		o->date = str_field(j, date_keys, NULL);
		o->fetched = str_field(j, fetched_keys, NULL);
		json_decref(j);
		o->kind = SR_REC_PAGE;
		return;
	}
}
