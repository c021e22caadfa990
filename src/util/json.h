/* json.h: a small streaming JSON writer into an sr_buf, optionally drained
 * into a FILE as it goes (so a 10 MB article is never held twice). */
#ifndef SR_JSON_H
#define SR_JSON_H
#include <stdbool.h>
#include <stddef.h>
#include "buf.h"

#include <stdio.h>

/* The deepest nesting written; deeper fails the writing (b->failed). */
#define SR_JW_MAX_DEPTH 63
typedef struct sr_jw {
	sr_buf *b;
	FILE *out;     /* when set, b is written out whenever it passes 64 KB */
	bool io_error; /* a write to out failed */
	bool need_comma[SR_JW_MAX_DEPTH + 1];
	int depth;
	int too_deep; /* levels opened past SR_JW_MAX_DEPTH: the writing failed */
} sr_jw;

void sr_jw_init(sr_jw *w, sr_buf *b);
/* Write to f through b; call sr_jw_finish at the end. */
void sr_jw_init_file(sr_jw *w, sr_buf *b, FILE *f);
/* Write out what b still holds; false when a write failed. */
bool sr_jw_finish(sr_jw *w);
void sr_jw_obj_begin(sr_jw *w);
void sr_jw_obj_end(sr_jw *w);
void sr_jw_arr_begin(sr_jw *w);
void sr_jw_arr_end(sr_jw *w);
void sr_jw_key(sr_jw *w, const char *k);
/* A string value; NULL writes null. */
void sr_jw_str(sr_jw *w, const char *s);
void sr_jw_strn(sr_jw *w, const char *s, size_t n);
void sr_jw_int(sr_jw *w, long long v);
/* A number: integral values without a fraction, others with 6 significant digits. */
void sr_jw_num(sr_jw *w, double v);
/* The value a reader of sr_jw_num's output gets back: v itself when
 * integral, else v to 6 significant digits. */
double sr_jw_num_value(double v);
/* A number with a fixed count of decimals (coordinates). */
void sr_jw_fixed(sr_jw *w, double v, int decimals);
void sr_jw_bool(sr_jw *w, bool v);
void sr_jw_null(sr_jw *w);
/* A value that is JSON already (sitrep's own: an event as stored), as is. */
void sr_jw_raw(sr_jw *w, const char *json, size_t n);
/* Escape s as a JSON string body (no quotes) into b. */
void sr_json_escape(sr_buf *b, const char *s, size_t n);
#endif
