/* libFuzzer target: the language core (tokens, sentences, datelines,
 * numbers) and its JSON, on arbitrary text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sitrep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sr_doc *d = NULL;
	if (sr_analyze((const char *)data, size, NULL, 0, &d) != SR_OK)
		return 0;
	for (size_t i = 0; i < d->n_sentences; i++)
		if (d->sentences[i].end > size || d->sentences[i].start > d->sentences[i].end ||
		    d->sentences[i].first_token + d->sentences[i].n_tokens > d->n_tokens)
			abort();
	for (size_t i = 0; i < d->n_tokens; i++)
		if (d->tokens[i].end > size || d->tokens[i].start >= d->tokens[i].end)
			abort();
	for (size_t i = 0; i < d->n_numbers; i++)
		if (d->numbers[i].end > size || d->numbers[i].start >= d->numbers[i].end)
			abort();
	FILE *f = fopen("/dev/null", "w");
	if (f) {
		sr_doc_write_json(d, 1, f);
		fclose(f);
	}
	sr_doc_free(d);
	return 0;
}
