/* csv.c: the one CSV writer; see csv.h. */
#include <string.h>

#include "csv.h"

/* Is v a plain decimal number ("-33.51", "+2", "1e-3")? */
static bool number(const char *v)
{
	const char *p = v + (*v == '-' || *v == '+');
	bool digits = false;
	while (*p >= '0' && *p <= '9')
		p++, digits = true;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			digits = true;
	if (digits && (*p == 'e' || *p == 'E')) {
		p += 1 + (p[1] == '-' || p[1] == '+');
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return digits && !*p;
}

/* Is v signs and then letters and digits only ("---UAF", a CAMEO actor
 * code): no call, no operator, nothing a spreadsheet could run? */
static bool code(const char *v)
{
	const char *p = v;
	while (*p == '-' || *p == '+')
		p++;
	for (; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return false;
	return true;
}

void sr_csv_field(FILE *f, const char *v, bool last)
{
	v = v ? v : "";
	/* a cell a spreadsheet would run as a formula (OWASP's CSV injection:
	 * =, +, -, @, tab, carriage return first) begins with an apostrophe,
	 * quoted; a number with its sign, or a code of signs, letters and
	 * digits ("---UAF"), is only quoted */
	bool formula = strchr("=+-@\t\r", *v) && *v;
	bool neutral = formula && !number(v) && !(*v != '=' && *v != '@' && code(v));
	if (formula || strpbrk(v, ",\"\r\n")) {
		fputc('"', f);
		if (neutral)
			fputc('\'', f);
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
