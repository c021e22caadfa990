/* error.c: the last failure of a call that makes an object, a thread's
 * own (see sitrep/status.h). */
#include <stdarg.h>
#include <stdio.h>

#include "error.h"

static _Thread_local char last[512];

const char *sr_error_last(void)
{
	return last;
}

void sr_error_set(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last, sizeof last, fmt, ap);
	va_end(ap);
}
