/* util_test: the leaf helpers one by one: buffers, the arena, UTF-8 and
 * character sets, NFC, gzip, JSON escaping, white space. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "testutil.h"
#include "sitrep.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/charset.h"
#include "util/gz.h"
#include "util/json.h"
#include "util/str.h"

TEST(buf_cap)
{
	sr_buf b;
	sr_buf_init(&b, 10);
	CHECK(sr_buf_append(&b, "12345", 5));
	CHECK(!sr_buf_append(&b, "123456", 6));
	CHECK(b.failed);
	CHECK(!sr_buf_puts(&b, "x")); /* stays failed */
	sr_buf_clear(&b);
	sr_buf_init(&b, 0);
	sr_buf_printf(&b, "%d-%s", 42, "x");
	CHECK_STR(b.data, "42-x");
	sr_buf_clear(&b);
}

TEST(arena_basic)
{
	sr_arena a;
	sr_arena_init(&a);
	char *s = sr_arena_strdup(&a, "hello");
	CHECK_STR(s, "hello");
	void *big = sr_arena_alloc(&a, 1 << 20);
	CHECK(big != NULL);
	CHECK(((uintptr_t)sr_arena_alloc(&a, 3) & 15) == 0);
	sr_arena_clear(&a);
}

static char *sanitize(const char *s, size_t n)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_utf8_sanitize((const unsigned char *)s, n, &b);
	return sr_buf_steal(&b, NULL);
}

TEST(utf8_sanitize)
{
	char *r = sanitize("ok \xC3\xA9", 5);
	CHECK_STR(r, "ok \xC3\xA9");
	free(r);
	r = sanitize("a\xFF"
	             "b",
	             3);
	CHECK_STR(r, "a\xEF\xBF\xBD"
	             "b");
	free(r);
	r = sanitize("\xC0\xAF", 2); /* overlong '/' */
	CHECK_STR(r, "\xEF\xBF\xBD");
	free(r);
	r = sanitize("\xED\xA0\x80x", 4); /* surrogate */
	CHECK_STR(r, "\xEF\xBF\xBDx");
	free(r);
	r = sanitize("a\0b", 3);
	CHECK_STR(r, "a\xEF\xBF\xBD"
	             "b");
	free(r);
	r = sanitize("abcdefghijklmnop\xE2\x82", 18); /* truncated at the end */
	CHECK_STR(r, "abcdefghijklmnop\xEF\xBF\xBD");
	free(r);
	CHECK(sr_utf8_valid((const unsigned char *)"\xF0\x9F\x98\x80", 4));
	CHECK(!sr_utf8_valid((const unsigned char *)"\xF4\x90\x80\x80", 4));
}

static void detect(const char *s, size_t n, const char *want, size_t want_skip)
{
	char cs[40];
	size_t skip = 99;
	sr_charset_detect((const unsigned char *)s, n, cs, sizeof cs, &skip);
	CHECK_STR(cs, want);
	CHECK(skip == want_skip);
}

TEST(charset_detect)
{
	detect("\xEF\xBB\xBF<p>x", 7, "UTF-8", 3);
	detect("\xFF\xFE<\0p\0", 6, "UTF-16LE", 2);
	detect("\xFE\xFF\0<\0p", 6, "UTF-16BE", 2);
	const char le[] = "<\0h\0t\0m\0l\0>\0<\0b\0o\0d\0y\0>\0";
	detect(le, sizeof le - 1, "UTF-16LE", 0);
	const char *m1 = "<html><head><meta charset=\"windows-1256\"></head>";
	detect(m1, strlen(m1), "WINDOWS-1256", 0);
	const char *m2 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
	detect(m2, strlen(m2), "WINDOWS-1252", 0); /* WHATWG: latin1 is windows-1252 */
	const char *m3 = "<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html>";
	detect(m3, strlen(m3), "ISO-8859-15", 0);
	const char *m4 = "<meta charset=utf-16><p>ascii bytes</p>";
	detect(m4, strlen(m4), "UTF-8", 0);
	detect("<p>caf\xE9</p>", 10, "WINDOWS-1252", 0); /* undeclared, not UTF-8 */
	detect("<p>caf\xC3\xA9</p>", 11, "UTF-8", 0);
	char out[40];
	CHECK(sr_charset_canon(" Shift_JIS ", 11, out, sizeof out));
	CHECK_STR(out, "SHIFT_JIS");
	CHECK(!sr_charset_canon("no-such-charset", 15, out, sizeof out));
}

static char *convert(const char *cs, const char *s, size_t n)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_status st = sr_charset_to_utf8(cs, (const unsigned char *)s, n, &b);
	if (st != SR_OK) {
		sr_buf_clear(&b);
		return NULL;
	}
	return sr_buf_steal(&b, NULL);
}

TEST(charset_convert)
{
	char *r = convert("WINDOWS-1252", "\x80 \x93quoted\x94", 10);
	CHECK_STR(r, "\xE2\x82\xAC \xE2\x80\x9Cquoted\xE2\x80\x9D");
	free(r);
	r = convert("WINDOWS-1256", "\xC8\xED\xD1\xE6\xCA", 5); /* بيروت */
	CHECK_STR(r, "\xD8\xA8\xD9\x8A\xD8\xB1\xD9\x88\xD8\xAA");
	free(r);
	r = convert("UTF-16LE", "h\0i\0=\xD8", 5); /* truncated last unit */
	CHECK(r && strncmp(r, "hi", 2) == 0 && strstr(r, "\xEF\xBF\xBD"));
	free(r);
	r = convert("ISO-8859-2", "\xB3\xF3\xBF", 3); /* łóż */
	CHECK_STR(r, "\xC5\x82\xC3\xB3\xC5\xBC");
	free(r);
	r = convert("UTF-8", "a\xFF", 2);
	CHECK_STR(r, "a\xEF\xBF\xBD");
	free(r);
}

TEST(nfc)
{
	const char *dec = "Gepru\xCC\x88"
	                  "ft";
	CHECK(sr_utf8_needs_nfc(dec, strlen(dec)));
	CHECK(!sr_utf8_needs_nfc("Gepr\xC3\xBC"
	                         "ft",
	                         8));
	size_t n = 0;
	char *r = sr_utf8_nfc(dec, strlen(dec), &n);
	CHECK(r && n == 8);
	CHECK(r && memcmp(r,
	                  "Gepr\xC3\xBC"
	                  "ft",
	                  8) == 0);
	free(r);
}

TEST(gzip)
{
	const char *page = "<html><body><p>compressed page</p></body></html>";
	unsigned char *gz, two[1024];
	size_t k = tu_gzip(page, strlen(page), &gz);
	CHECK(sr_gz_is(gz, k));
	sr_buf b;
	char err[200];
	sr_buf_init(&b, 1 << 20);
	CHECK(sr_gz_inflate(gz, k, &b, err, sizeof err) == SR_OK);
	CHECK_STR(b.data, page);
	sr_buf_clear(&b);
	/* two members, as WARC files have them */
	memcpy(two, gz, k);
	memcpy(two + k, gz, k);
	sr_buf_init(&b, 1 << 20);
	CHECK(sr_gz_inflate(two, 2 * k, &b, err, sizeof err) == SR_OK);
	CHECK(b.len == 2 * strlen(page));
	sr_buf_clear(&b);
	/* truncated */
	sr_buf_init(&b, 1 << 20);
	CHECK(sr_gz_inflate(gz, k / 2, &b, err, sizeof err) == SR_EGZIP);
	CHECK(strstr(err, "truncated") != NULL);
	sr_buf_clear(&b);
	/* corrupt */
	memcpy(two, gz, k);
	for (size_t i = 12; i < k - 8; i++)
		two[i] ^= 0x5A;
	sr_buf_init(&b, 1 << 20);
	CHECK(sr_gz_inflate(two, k, &b, err, sizeof err) == SR_EGZIP);
	sr_buf_clear(&b);
	/* over the cap */
	sr_buf_init(&b, 10);
	CHECK(sr_gz_inflate(gz, k, &b, err, sizeof err) == SR_ETOOBIG);
	sr_buf_clear(&b);
	free(gz);
}


TEST(json_escape)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_json_escape(&b, "a\"b\\c\n\x01\xE2\x80\xA8", 10);
	CHECK_STR(b.data, "a\\\"b\\\\c\\n\\u0001\\u2028");
	sr_buf_clear(&b);
}

/* nesting past the writer's depth fails the writing, never mis-writes it */
TEST(json_depth)
{
	sr_buf b;
	sr_jw w;
	sr_buf_init(&b, 0);
	sr_jw_init(&w, &b);
	for (int i = 0; i < SR_JW_MAX_DEPTH; i++)
		sr_jw_arr_begin(&w);
	for (int i = 0; i < SR_JW_MAX_DEPTH; i++)
		sr_jw_arr_end(&w);
	CHECK(!b.failed && b.len == 2 * SR_JW_MAX_DEPTH && b.data[0] == '[' && b.data[b.len - 1] == ']');
	sr_buf_clear(&b);
	sr_buf_init(&b, 0);
	sr_jw_init(&w, &b);
	for (int i = 0; i < SR_JW_MAX_DEPTH + 5; i++) {
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "k");
	}
	sr_jw_int(&w, 1);
	for (int i = 0; i < SR_JW_MAX_DEPTH + 5; i++)
		sr_jw_obj_end(&w);
	CHECK(b.failed);
	sr_buf_clear(&b);
}

TEST(collapse)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_append_collapsed(&b,
	                    "  a \xC2\xA0 b\xC2\xAD"
	                    "c\xE2\x80\x8B"
	                    "d\t\n e ",
	                    21);
	CHECK_STR(b.data, "a bcd e ");
	sr_buf_clear(&b);
	const char *s = "\xC2\xA0 x \xE2\x80\x89";
	size_t n = strlen(s);
	sr_trim(&s, &n);
	CHECK(n == 1 && s[0] == 'x');
}

int main(void)
{
	RUN(buf_cap);
	RUN(json_depth);
	RUN(arena_basic);
	RUN(utf8_sanitize);
	RUN(charset_detect);
	RUN(charset_convert);
	RUN(nfc);
	RUN(gzip);
	RUN(json_escape);
	RUN(collapse);
	return h_summary("util");
}
