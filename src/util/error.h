/* error.h: setting the thread's last error (sr_error_last). */
#ifndef SR_ERROR_H
#define SR_ERROR_H
#include "sitrep/status.h"

void sr_error_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#endif
