/* libFuzzer target: the WARC reader (plain and gzip), with the HTTP
 * parsing and content decoding behind it. */
#include <stdint.h>
#include <stdlib.h>

#include "input/input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sr_src s;
	if (!sr_src_open_mem(&s, data, size)) {
		sr_src_close(&s);
		return 0;
	}
	/* every call consumes input or ends it; gzip can multiply the input
	 * about a thousandfold, and a record takes 30 bytes or more */
	for (size_t i = 0; i < 64 * size + 1000; i++) {
		sr_rec_out o;
		sr_warc_next(&s, &o);
		sr_rec_kind k = o.kind;
		sr_rec_out_clear(&o);
		if (k == SR_REC_END)
			break;
		if (i == 64 * size + 999)
			abort(); /* no progress: a hang */
	}
	sr_src_close(&s);
	return 0;
}
