/* libFuzzer target: the dictionary readers (actors, agents, verbs,
 * discards, issues; the first byte picks the kind), then lookups. */
#include <stdint.h>
#include <stdlib.h>

#include "sitrep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	sr_dict *d = NULL;
	if (sr_dict_new(&d) != SR_OK)
		return 0;
	sr_dict_kind k = (sr_dict_kind)(1 + data[0] % 5);
	sr_dict_load_mem(d, "fuzz", (const char *)data + 1, size - 1, k);
	const char *w[3] = {"ARNOR", "ATTACKED", "THE"};
	size_t l[3] = {5, 8, 3};
	int32_t e;
	for (int kind = SR_DICT_ACTORS; kind <= SR_DICT_ISSUES; kind++)
		if (sr_dict_match(d, (sr_dict_kind)kind, w, l, 3, &e) && kind == SR_DICT_ACTORS)
			sr_dict_actor_code(d, e, 20140101);
	sr_dict_free(d);
	return 0;
}
