/* csv.c: the one CSV writer; see csv.h. */
#include <string.h>

#include "csv.h"

void sr_csv_field(FILE *f, const char *v, bool last)
{
	v = v ? v : "";
	if (strpbrk(v, ",\"\r\n")) {
		fputc('"', f);
		for (; *v; v++) {
			if (*v == '"')
				fputc('"', f);
			fputc(*v, f);
		}
		fputc('"', f);
	} else {
		fputs(v, f);
	}
	fputs(last ? "\r\n" : ",", f);
}

void sr_csv_row(FILE *f, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sr_csv_field(f, v[i], i + 1 == n);
}
