/* buf.h: a growable byte buffer with a size cap. */
#ifndef SR_BUF_H
#define SR_BUF_H
#include <stdbool.h>
#include <stddef.h>

typedef struct sr_buf {
	char *data; /* always NUL-terminated when non-NULL */
	size_t len, cap;
	size_t max;  /* size cap; 0 = none */
	bool failed; /* an append failed (out of memory or over the cap) */
} sr_buf;

void sr_buf_init(sr_buf *b, size_t max);
void sr_buf_clear(sr_buf *b);
/* Append; on failure sets b->failed and returns false; later appends are
 * no-ops, so a sequence of appends needs one check at the end. */
bool sr_buf_append(sr_buf *b, const void *p, size_t n);
bool sr_buf_putc(sr_buf *b, char c);
bool sr_buf_puts(sr_buf *b, const char *s);
bool sr_buf_printf(sr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool sr_buf_reserve(sr_buf *b, size_t extra);
/* Hand the data over to the caller (malloc'ed) and reset the buffer. */
char *sr_buf_steal(sr_buf *b, size_t *len);
#endif
