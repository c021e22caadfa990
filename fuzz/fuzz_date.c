/* libFuzzer target: date strings and dates in URLs, bylines, titles. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article/date.h"
#include "article/meta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	sr_date d;
	char buf[64];
	if (sr_date_parse(s, size, &d))
		sr_date_format(&d, buf, sizeof buf);
	if (sr_date_from_url(s, &d))
		sr_date_format(&d, buf, sizeof buf);
	sr_arena a;
	sr_arena_init(&a);
	sr_meta m;
	memset(&m, 0, sizeof m);
	sr_meta_add_byline(&m, &a, s, size);
	sr_meta_clean_title(&a, s, "Site", NULL);
	sr_arena_clear(&a);
	free(s);
	return 0;
}
