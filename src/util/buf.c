#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sr_buf_init(sr_buf *b, size_t max)
{
	memset(b, 0, sizeof *b);
	b->max = max;
}

void sr_buf_clear(sr_buf *b)
{
	free(b->data);
	size_t max = b->max;
	sr_buf_init(b, max);
}

bool sr_buf_reserve(sr_buf *b, size_t extra)
{
	if (b->failed)
		return false;
	if (extra > (size_t)-1 - b->len - 1 || (b->max && b->len + extra > b->max)) {
		b->failed = true;
		return false;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
	char *d = realloc(b->data, cap);
	if (!d) {
		b->failed = true;
		return false;
	}
	if (!b->data)
		d[0] = '\0';
	b->data = d;
	b->cap = cap;
	return true;
}

bool sr_buf_append(sr_buf *b, const void *p, size_t n)
{
	if (!sr_buf_reserve(b, n))
		return false;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

bool sr_buf_putc(sr_buf *b, char c)
{
	return sr_buf_append(b, &c, 1);
}

bool sr_buf_puts(sr_buf *b, const char *s)
{
	return sr_buf_append(b, s, strlen(s));
}

bool sr_buf_printf(sr_buf *b, const char *fmt, ...)
{
	char tmp[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = true;
		return false;
	}
	if ((size_t)n < sizeof tmp)
		return sr_buf_append(b, tmp, (size_t)n);
	if (!sr_buf_reserve(b, (size_t)n))
		return false;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return true;
}

char *sr_buf_steal(sr_buf *b, size_t *len)
{
	if (b->failed) {
		sr_buf_clear(b);
		return NULL;
	}
	if (!b->data) {
		if (!sr_buf_reserve(b, 0))
			return NULL;
		b->data[0] = '\0';
	}
	char *d = b->data;
	if (len)
		*len = b->len;
	size_t max = b->max;
	sr_buf_init(b, max);
	return d;
}
