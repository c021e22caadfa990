/* libFuzzer target: charset detection and conversion, gzip inflation. */
#include <stdint.h>
#include <stdlib.h>

#include "util/charset.h"
#include "util/gz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char cs[40], err[200];
	size_t skip;
	sr_charset_detect(data, size, cs, sizeof cs, &skip);
	sr_buf b;
	sr_buf_init(&b, 1 << 24);
	sr_charset_to_utf8(cs, data + skip, size - skip, &b);
	if (b.data && !sr_utf8_valid((const unsigned char *)b.data, b.len))
		abort(); /* conversion must give valid UTF-8 */
	sr_buf_clear(&b);
	static const char *const CS[] = {"UTF-16LE", "WINDOWS-1256", "SHIFT_JIS", "GB18030"};
	sr_buf_init(&b, 1 << 24);
	sr_charset_to_utf8(CS[size % 4], data, size, &b);
	sr_buf_clear(&b);
	sr_buf_init(&b, 1 << 22);
	sr_gz_inflate(data, size, &b, err, sizeof err);
	sr_buf_clear(&b);
	return 0;
}
