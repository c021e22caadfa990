/* libFuzzer target: the plain-text page reader and its line classifier. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article/textpage.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sr_arena a;
	sr_arena_init(&a);
	sr_meta m;
	memset(&m, 0, sizeof m);
	sr_buf text;
	sr_buf_init(&text, 1 << 24);
	sr_para_list paras = {0};
	sr_media_list media = {0};
	sr_textpage_extract((const char *)data, size, size % 2 ? "A title" : NULL, &a, &m, &text, &paras, &media);
	sr_buf_clear(&text);
	sr_para_list_clear(&paras);
	sr_arena_clear(&a);
	return 0;
}
