/* libFuzzer target: ACLED's API's query strings (src/serve/acled.c), raw:
 * its parameters, operators, ":OR:" lists and the store's filters made
 * of them, and every filter matched against a row (LIKE patterns
 * included: never exponential).  A refusal always says why. */
#include <stdint.h>
#include <stdlib.h>

#include "serve/qs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	if (!sr_api_acled_check((const char *)data, size, err, sizeof err) && !err[0])
		abort();
	return 0;
}
