/* csv.h: the one CSV writer (RFC 4180: fields quoted when they hold a
 * comma, a quote or a line end; lines end in CRLF).  A field that begins
 * with =, +, -, @, a tab or a carriage return is quoted, and unless it is
 * a number ("-33.5") or a code of signs, letters and digits ("---UAF")
 * begins with an apostrophe, so that no spreadsheet runs it as a formula
 * (OWASP's advice on CSV injection). */
#ifndef SR_CSV_H
#define SR_CSV_H
#include <stdbool.h>
#include <stdio.h>

/* A field (NULL: empty), then ',' or, when last, the line's end. */
void sr_csv_field(FILE *f, const char *v, bool last);
/* A whole row of n fields. */
void sr_csv_row(FILE *f, const char *const *v, size_t n);
#endif
