/* libFuzzer target: the RSS/Atom feed reader (streaming, then recovering). */
#include <stdint.h>
#include <stdlib.h>

#include "input/input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void item(void *ctx, const sr_feed_item *it)
{
	size_t *n = ctx;
	*n += it->url ? 1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = 0;
	sr_feed_result res;
	sr_feed_parse((const char *)data, size, size % 2 ? "http://example.org/feed/" : NULL, 1000, item, &n, &res);
	return 0;
}
