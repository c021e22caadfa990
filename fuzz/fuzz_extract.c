/* libFuzzer target: the whole first stage on arbitrary bytes (gzip,
 * character sets, HTML, plain-text pages, JSON-LD, dates, media). */
#include <stdint.h>
#include <stdlib.h>

#include "sitrep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static sr_ctx *ctx;
	if (!ctx && sr_ctx_new(&ctx) != SR_OK)
		abort();
	sr_extract_opts o = {.name = "fuzz", .url = "https://example.org/2020/01/02/a", .date = "2020-01-02"};
	sr_article *a = NULL;
	if (sr_extract(ctx, data, size, &o, &a) == SR_OK) {
		size_t n;
		free(sr_article_json(a, &n));
		free(sr_article_plain(a, &n));
		sr_article_free(a);
	}
	return 0;
}
