/* libFuzzer target: the HTTP API's query strings (src/serve/qs.c), raw:
 * percent-decoding, pairs, and every parameter's checks.  What is taken
 * must be within the bounds the server relies on. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "serve/qs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sr_api_query a;
	sr_api_query_init(&a);
	if (sr_api_query_parse(&a, (const char *)data, size)) {
		if (a.limit < 1 || a.limit > SR_API_MAX_LIMIT || a.used > sizeof a.store)
			abort();
		if (a.q.has_near && (a.q.near_km <= 0 || a.q.near_lat < -90 || a.q.near_lat > 90))
			abort();
		if (a.q.has_bbox && (a.q.bbox[0] > a.q.bbox[2] || a.q.bbox[1] > a.q.bbox[3]))
			abort();
		if (a.q.has_cursor && a.q.cursor_date && strlen(a.q.cursor_date) != 10)
			abort();
		if (a.q.text && strlen(a.q.text) > 256)
			abort();
		char cur[64];
		sr_api_cursor(cur, sizeof cur, a.q.from, 42);
	} else if (!a.err[0]) {
		abort(); /* a refusal always says why */
	}
	return 0;
}
