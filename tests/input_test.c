/* input_test.c: WARC, JSON Lines, directories, canonical URLs, ids and
 * near-duplicates, through the public API.
 * Every input is written here, into a temporary directory. */
#include <brotli/encode.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "testutil.h"
#include "sitrep.h"
#include "input/input.h"
#include "util/buf.h"

static char dir[256];

/* A path in the test directory; eight calls in a row keep their results. */
static char *path_of(const char *name)
{
	static char p[8][512];
	static int k;
	char *r = p[k++ % 8];
	snprintf(r, 512, "%s/%s", dir, name);
	return r;
}

static void write_file(const char *name, const void *data, size_t n)
{
	FILE *f = fopen(path_of(name), "wb");
	if (f) {
		fwrite(data, 1, n, f);
		fclose(f);
	}
}

/* ---- building WARC records ------------------------------------------------ */

static void warc_record(sr_buf *b, const char *type, const char *uri, const char *ctype, const char *block,
                        size_t n)
{
	sr_buf_printf(b,
	              "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2014-04-16T10:00:00Z\r\n"
	              "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\nContent-Type: %s\r\n"
	              "Content-Length: %zu\r\n\r\n",
	              type, uri, ctype, n);
	sr_buf_append(b, block, n);
	sr_buf_append(b, "\r\n\r\n", 4);
}

static const char *PAGE_FMT =
    "<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s reported that the convoy reached "
    "the town of Talbiseh on Tuesday after days of negotiation between the parties to the conflict.</p>"
    "<p>Officials said that more than forty trucks carried food, medicine and winter supplies for the "
    "families who remained in the besieged districts of the city.</p></article></body></html>";

static size_t page(char *out, size_t cap, const char *title)
{
	return (size_t)snprintf(out, cap, PAGE_FMT, title, title, title);
}

/* An HTTP response around body. */
static void http_response(sr_buf *b, int status, const char *ctype, const char *extra, const void *body, size_t n)
{
	sr_buf_printf(b, "HTTP/1.1 %d X\r\nContent-Type: %s\r\n%s\r\n", status, ctype, extra ? extra : "");
	sr_buf_append(b, body, n);
}

/* The records of the mixed WARC, one buffer each (so they can be gzipped
 * one by one). */
enum { N_RECORDS = 9 };
static sr_buf records[N_RECORDS];

static void build_records(void)
{
	char p[2048];
	for (int i = 0; i < N_RECORDS; i++)
		sr_buf_init(&records[i], 0);
	sr_buf h;
	sr_buf_init(&h, 0);
	/* 0: warcinfo */
	warc_record(&records[0], "warcinfo", "", "application/warc-fields", "software: test\r\n", 16);
	/* 1: request */
	const char *req = "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n";
	warc_record(&records[1], "request", "http://example.org/a", "application/http; msgtype=request", req,
	            strlen(req));
	/* 2: a plain HTML response */
	size_t n = page(p, sizeof p, "Alpha report");
	http_response(&h, 200, "text/html; charset=UTF-8", NULL, p, n);
	warc_record(&records[2], "response", "http://Example.ORG:80/alpha?utm_source=x#top",
	            "application/http; msgtype=response", h.data, h.len);
	/* 3: an image */
	h.len = 0;
	http_response(&h, 200, "image/jpeg", NULL, "\xff\xd8\xff\xe0", 4);
	warc_record(&records[3], "response", "http://example.org/i.jpg", "application/http; msgtype=response", h.data,
	            h.len);
	/* 4: a 404 */
	h.len = 0;
	http_response(&h, 404, "text/html", NULL, "<p>not found</p>", 16);
	warc_record(&records[4], "response", "http://example.org/gone", "application/http; msgtype=response", h.data,
	            h.len);
	/* 5: chunked transfer encoding */
	n = page(p, sizeof p, "Bravo report");
	sr_buf chunked;
	sr_buf_init(&chunked, 0);
	size_t half = n / 2;
	sr_buf_printf(&chunked, "%zx;ext=1\r\n", half);
	sr_buf_append(&chunked, p, half);
	sr_buf_printf(&chunked, "\r\n%zx\r\n", n - half);
	sr_buf_append(&chunked, p + half, n - half);
	sr_buf_puts(&chunked, "\r\n0\r\n\r\n");
	h.len = 0;
	http_response(&h, 200, "text/html", "Transfer-Encoding: chunked\r\n", chunked.data, chunked.len);
	warc_record(&records[5], "response", "https://example.org/bravo", "application/http; msgtype=response", h.data,
	            h.len);
	sr_buf_clear(&chunked);
	/* 6: gzip content encoding, windows-1252 declared by the header only */
	n = page(p, sizeof p, "Charlie r\xe9sum\xe9");
	unsigned char *gz = NULL;
	size_t gzn = tu_gzip(p, n, &gz);
	h.len = 0;
	http_response(&h, 200, "text/html; charset=windows-1252", "Content-Encoding: gzip\r\n", gz, gzn);
	free(gz);
	warc_record(&records[6], "response", "https://example.org/charlie", "application/http; msgtype=response",
	            h.data, h.len);
	/* 7: brotli content encoding */
	n = page(p, sizeof p, "Delta report");
	size_t bn = BrotliEncoderMaxCompressedSize(n);
	uint8_t *br = malloc(bn);
	BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, n, (const uint8_t *)p, &bn, br);
	h.len = 0;
	http_response(&h, 200, "text/html", "Content-Encoding: br\r\n", br, bn);
	free(br);
	warc_record(&records[7], "response", "https://example.org/delta", "application/http; msgtype=response", h.data,
	            h.len);
	/* 8: metadata */
	warc_record(&records[8], "metadata", "https://example.org/delta", "application/warc-fields", "fetchTimeMs: 5\r\n",
	            16);
	sr_buf_clear(&h);
}

/* ---- reading everything ------------------------------------------------------ */

typedef struct got {
	int pages, errors;
	char titles[16][64];
	char urls[16][128];
	char errs[8][300];
	sr_reader_stats st;
} got;

static void read_all(const char *const *inputs, size_t n, got *g)
{
	memset(g, 0, sizeof *g);
	sr_reader *r = NULL;
	if (sr_reader_new(inputs, n, &r) != SR_OK)
		return;
	sr_ctx *ctx = NULL;
	sr_ctx_new(&ctx);
	for (int guard = 0; guard < 10000; guard++) {
		sr_record *rec = NULL;
		sr_status st = sr_reader_next(r, &rec);
		if (st != SR_OK) {
			if (g->errors < 8)
				snprintf(g->errs[g->errors], sizeof g->errs[0], "%s", sr_reader_error(r));
			g->errors++;
			continue;
		}
		if (!rec)
			break;
		sr_article *a = NULL;
		if (sr_extract(ctx, rec->data, rec->len, &rec->opts, &a) == SR_OK) {
			if (g->pages < 16) {
				snprintf(g->titles[g->pages], sizeof g->titles[0], "%s", a->title ? a->title : "");
				snprintf(g->urls[g->pages], sizeof g->urls[0], "%s", a->url ? a->url : "");
			}
			g->pages++;
			sr_article_free(a);
		}
		sr_record_free(rec);
	}
	sr_reader_stats_get(r, &g->st);
	sr_ctx_free(ctx);
	sr_reader_free(r);
}

static void check_mixed(const got *g, const char *what)
{
	printf("  %s: %d pages, %d errors, %llu records\n", what, g->pages, g->errors,
	       (unsigned long long)g->st.records);
	CHECK(g->pages == 4);
	CHECK(g->errors == 0);
	CHECK_STR(g->titles[0], "Alpha report");
	CHECK_STR(g->urls[0], "http://example.org/alpha");
	CHECK_STR(g->titles[1], "Bravo report");
	CHECK_STR(g->titles[2], "Charlie résumé");
	CHECK_STR(g->titles[3], "Delta report");
	CHECK(g->st.records == N_RECORDS);
	CHECK(g->st.skipped[SR_SKIP_WARC_NOT_RESPONSE] == 3);
	CHECK(g->st.skipped[SR_SKIP_NOT_HTML] == 1);
	CHECK(g->st.skipped[SR_SKIP_HTTP_STATUS] == 1);
}

TEST(warc_plain_and_gzip)
{
	sr_buf all;
	sr_buf_init(&all, 0);
	sr_buf per;
	sr_buf_init(&per, 0);
	for (int i = 0; i < N_RECORDS; i++) {
		sr_buf_append(&all, records[i].data, records[i].len);
		unsigned char *gz = NULL;
		size_t n = tu_gzip(records[i].data, records[i].len, &gz);
		sr_buf_append(&per, gz, n);
		free(gz);
	}
	write_file("plain.warc", all.data, all.len);
	write_file("per-record.warc.gz", per.data, per.len);
	unsigned char *gz = NULL;
	size_t n = tu_gzip(all.data, all.len, &gz);
	write_file("whole.warc.gz", gz, n);
	free(gz);
	got g;
	const char *in1[] = {path_of("plain.warc")};
	read_all(in1, 1, &g);
	check_mixed(&g, "plain");
	const char *in2[] = {path_of("per-record.warc.gz")};
	read_all(in2, 1, &g);
	check_mixed(&g, "gzip per record");
	const char *in3[] = {path_of("whole.warc.gz")};
	read_all(in3, 1, &g);
	check_mixed(&g, "whole-file gzip");

	/* a corrupt member in the middle: the records around it come out, the
	 * bad one is reported with its byte offset */
	sr_buf bad;
	sr_buf_init(&bad, 0);
	size_t bad_at = 0;
	for (int i = 0; i < N_RECORDS; i++) {
		unsigned char *z = NULL;
		size_t zn = tu_gzip(records[i].data, records[i].len, &z);
		if (i == 5) {
			bad_at = bad.len;
			for (size_t k = 20; k < zn - 10; k += 7)
				z[k] ^= 0x5a;
		}
		sr_buf_append(&bad, z, zn);
		free(z);
	}
	write_file("corrupt-member.warc.gz", bad.data, bad.len);
	const char *in4[] = {path_of("corrupt-member.warc.gz")};
	read_all(in4, 1, &g);
	printf("  corrupt member: %d pages, %d errors: %s\n", g.pages, g.errors, g.errs[0]);
	CHECK(g.pages == 3);
	CHECK(g.errors == 1);
	char want[64];
	snprintf(want, sizeof want, "byte %zu", bad_at);
	CHECK(strstr(g.errs[0], want) != NULL);
	CHECK_STR(g.titles[0], "Alpha report");
	CHECK_STR(g.titles[1], "Charlie résumé");
	CHECK(g.st.errors[SR_IERR_GZIP] == 1);

	/* a truncated last record */
	write_file("truncated.warc", all.data, all.len - records[N_RECORDS - 1].len - records[7].len / 2);
	const char *in5[] = {path_of("truncated.warc")};
	read_all(in5, 1, &g);
	printf("  truncated: %d pages, %d errors: %s\n", g.pages, g.errors, g.errs[0]);
	CHECK(g.pages == 3);
	CHECK(g.errors == 1 && strstr(g.errs[0], "runs past the end of the input"));
	CHECK(g.st.errors[SR_IERR_WARC_LENGTH] == 1);

	/* a truncated gzip file */
	write_file("truncated.warc.gz", per.data, per.len - 30);
	const char *in6[] = {path_of("truncated.warc.gz")};
	read_all(in6, 1, &g);
	CHECK(g.pages == 4 && g.errors == 1);

	/* a record that claims 100 GB, garbage between records, wrong magic */
	sr_buf odd;
	sr_buf_init(&odd, 0);
	sr_buf_puts(&odd, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100000000000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
	sr_buf_puts(&odd, "some bytes of a block that is not that long\r\n\r\n");
	sr_buf_append(&odd, records[2].data, records[2].len);
	sr_buf_puts(&odd, "garbage that is no record\r\n");
	sr_buf_append(&odd, records[5].data, records[5].len);
	sr_buf_puts(&odd, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\n");
	sr_buf_append(&odd, records[7].data, records[7].len);
	write_file("odd.warc", odd.data, odd.len);
	const char *in7[] = {path_of("odd.warc")};
	read_all(in7, 1, &g);
	printf("  odd: %d pages, %d errors: %s | %s\n", g.pages, g.errors, g.errs[0], g.errs[1]);
	CHECK(g.pages == 3);
	CHECK(g.st.errors[SR_IERR_WARC_LENGTH] == 1); /* 100 GB in a file of 5 KB: resynced */
	CHECK(g.errors == 3);
	CHECK_STR(g.titles[2], "Delta report");

	/* a length under the cap but past the end: the records after it come */
	odd.len = 0;
	sr_buf_puts(&odd, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
	sr_buf_append(&odd, records[2].data, records[2].len);
	sr_buf_append(&odd, records[5].data, records[5].len);
	write_file("past.warc", odd.data, odd.len);
	const char *in8[] = {path_of("past.warc")};
	read_all(in8, 1, &g);
	CHECK(g.pages == 2 && g.st.errors[SR_IERR_WARC_LENGTH] == 1);

	/* a record over the cap whose length is true is skipped by it: a
	 * record inside its block is never read */
	odd.len = 0;
	size_t big = SR_MAX_INPUT + (1 << 20);
	char head[160];
	snprintf(head, sizeof head, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: %zu\r\n\r\n", big);
	sr_buf_puts(&odd, head);
	size_t body_at = odd.len;
	sr_buf_puts(&odd, "HTTP/1.1 200 OK\r\n\r\n\r\n\r\n");
	sr_buf_append(&odd, records[6].data, records[6].len); /* a fake record inside the block */
	FILE *f = fopen(path_of("big.warc"), "wb");
	CHECK(f != NULL);
	if (f) {
		fwrite(odd.data, 1, odd.len, f);
		for (size_t left = big - (odd.len - body_at); left;) {
			static char zeros[1 << 16];
			memset(zeros, 'x', sizeof zeros);
			size_t k = left < sizeof zeros ? left : sizeof zeros;
			fwrite(zeros, 1, k, f);
			left -= k;
		}
		fputs("\r\n\r\n", f);
		fwrite(records[5].data, 1, records[5].len, f);
		fclose(f);
	}
	const char *in9[] = {path_of("big.warc")};
	read_all(in9, 1, &g);
	CHECK(g.pages == 1 && g.errors == 0 && g.st.skipped[SR_SKIP_TOO_LARGE] == 1);
	CHECK(g.pages == 1 && strstr(g.titles[0], "Bravo") != NULL);
	unlink(path_of("big.warc"));
	sr_buf_clear(&odd);
	sr_buf_clear(&bad);
	sr_buf_clear(&all);
	sr_buf_clear(&per);
}

TEST(jsonl)
{
	char p[2048];
	size_t n = page(p, sizeof p, "Echo report");
	sr_buf j;
	sr_buf_init(&j, 0);
	/* html with url and date; escape the page as a JSON string */
	sr_buf_puts(&j, "{\"url\":\"https://example.org/echo?fbclid=1\",\"published\":\"2014-04-15\",\"html\":\"");
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '"' || p[i] == '\\')
			sr_buf_putc(&j, '\\');
		sr_buf_putc(&j, p[i]);
	}
	sr_buf_puts(&j, "\"}\n\n");
	/* news-please: maintext and title */
	sr_buf_puts(&j, "{\"title\":\"Foxtrot update\",\"maintext\":\"Aid workers said on Monday that the road to the "
	                "city was open again.\\n\\nThey expected more convoys this week.\",\"date_publish\":"
	                "\"2014-04-14 08:00:00\",\"url\":\"http://example.org/foxtrot\"}\n");
	sr_buf_puts(&j, "{\"title\": \"broken\", \"html\": \n");             /* bad JSON */
	sr_buf_puts(&j, "[1, 2, 3]\n");                                       /* not an object */
	sr_buf_puts(&j, "{\"url\":\"http://example.org/nothing\"}\n");        /* no content */
	sr_buf_puts(&j, "{\"text\":\"Golf: the last line has no newline.\"}"); /* last line */
	write_file("dump.jsonl", j.data, j.len);
	unsigned char *gz = NULL;
	size_t gzn = tu_gzip(j.data, j.len, &gz);
	write_file("dump.jsonl.gz", gz, gzn);
	free(gz);
	got g;
	const char *in[] = {path_of("dump.jsonl"), path_of("dump.jsonl.gz")};
	read_all(in, 2, &g);
	printf("  jsonl: %d pages, %d errors: %s | %s\n", g.pages, g.errors, g.errs[0], g.errs[1]);
	CHECK(g.pages == 6);
	CHECK(g.errors == 4);
	CHECK_STR(g.titles[0], "Echo report");
	CHECK_STR(g.urls[0], "https://example.org/echo");
	CHECK_STR(g.titles[1], "Foxtrot update");
	CHECK(g.st.skipped[SR_SKIP_NO_CONTENT] == 2);
	CHECK(strstr(g.errs[0], "dump.jsonl: byte") && strstr(g.errs[0], "bad JSON"));
	CHECK(strstr(g.errs[1], "not an object") != NULL);

	/* a 200 MB line, over the cap: an error, and the next line still comes */
	FILE *f = fopen(path_of("long.jsonl"), "wb");
	if (f) {
		fputs("{\"text\":\"", f);
		char chunk[65536];
		memset(chunk, 'a', sizeof chunk);
		for (size_t k = 0; k < (200u << 20) / sizeof chunk; k++)
			fwrite(chunk, 1, sizeof chunk, f);
		fputs("\"}\n{\"title\":\"Hotel\",\"text\":\"After the long line.\"}\n", f);
		fclose(f);
	}
	const char *in2[] = {path_of("long.jsonl")};
	read_all(in2, 1, &g);
	printf("  long line: %d pages, %d errors: %s\n", g.pages, g.errors, g.errs[0]);
	CHECK(g.pages == 1 && g.errors == 1 && strstr(g.errs[0], "longer than"));
	CHECK_STR(g.titles[0], "Hotel");
	unlink(path_of("long.jsonl"));
	sr_buf_clear(&j);
}

TEST(directories)
{
	/* recursive, in name order, hidden files left out */
	mkdir(path_of("tree"), 0755);
	mkdir(path_of("tree/b"), 0755);
	char p[2048];
	size_t n = page(p, sizeof p, "Three");
	write_file("tree/b/3.html", p, n);
	n = page(p, sizeof p, "One");
	write_file("tree/1.html", p, n);
	n = page(p, sizeof p, "Two");
	write_file("tree/a.html", p, n);
	write_file("tree/.hidden.html", p, n);
	got g;
	const char *in[] = {path_of("tree")};
	read_all(in, 1, &g);
	CHECK(g.pages == 3);
	CHECK_STR(g.titles[0], "One");
	CHECK_STR(g.titles[1], "Two");
	CHECK_STR(g.titles[2], "Three");
	/* a missing input is an error, the others still come */
	const char *in2[] = {path_of("nope.html"), path_of("tree/1.html")};
	read_all(in2, 2, &g);
	CHECK(g.pages == 1 && g.errors == 1 && strstr(g.errs[0], "No such file"));
}

TEST(canonical_urls)
{
	static const char *const cases[][2] = {
	    {"HTTP://Example.COM:80/a/b?utm_source=tw&id=7&fbclid=x#frag", "http://example.com/a/b?id=7"},
	    {"https://example.com:443", "https://example.com/"},
	    {"https://example.com:8443/x", "https://example.com:8443/x"},
	    {"https://user:pw@www.example.com/x?gclid=1", "https://www.example.com/x"},
	    {"https://www.example.com/2014/04/story/amp/", "https://www.example.com/2014/04/story/"},
	    {"https://www.example.com/2014/04/story/amp", "https://www.example.com/2014/04/story/"},
	    {"https://www.example.com/amp/2014/04/story.html", "https://www.example.com/2014/04/story.html"},
	    {"https://www.example.com/story.amp.html", "https://www.example.com/story.html"},
	    {"https://www.example.com/story?amp=1&page=2", "https://www.example.com/story?page=2"},
	    {"https://www-example-com.cdn.ampproject.org/c/s/www.example.com/story/", "https://www.example.com/story/"},
	    {"  https://example.com/x  ", "https://example.com/x"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char out[512];
		size_t n = sr_url_canonical(cases[i][0], strlen(cases[i][0]), out, sizeof out);
		CHECK(n > 0);
		CHECK_STR(n ? out : "", cases[i][1]);
	}
	char out[64];
	CHECK(sr_url_canonical("/relative/path", 14, out, sizeof out) == 0);
	CHECK(sr_url_canonical("mailto:a@b.c", 12, out, sizeof out) == 0);
	CHECK(sr_url_canonical("ftp://example.com/x", 19, out, sizeof out) == 0);
}

/* ---- identity and near-duplicates --------------------------------------------- */

static const char *STORY_A =
    "Syrian government forces and rebels agreed on Wednesday to a ceasefire in the Old City of Homs, "
    "allowing the evacuation of hundreds of fighters and civilians who had been trapped there for almost "
    "two years. Buses organised by the United Nations carried the first group of about 300 people out of "
    "the besieged districts in the afternoon, a provincial official told reporters. The deal, brokered "
    "with the help of Iranian and Russian diplomats, also provides for the release of prisoners held by "
    "both sides and the delivery of food to two villages in the north of the country.";

static const char *STORY_B =
    "Heavy shelling hit residential neighbourhoods of Homs on Wednesday, killing at least twelve people "
    "and wounding dozens more, according to a monitoring group based in Britain. Residents said the "
    "bombardment began before dawn and continued for several hours, damaging a hospital and two schools "
    "in the eastern part of the city. The government said its forces were responding to attacks by armed "
    "groups on army checkpoints, while opposition activists accused the army of targeting civilians.";

static char *with_edits(const char *s)
{
	/* a wire copy as another site runs it: a changed word, a dropped
	 * clause, a credit line */
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_buf_puts(&b, "BEIRUT (Reuters) - ");
	const char *cut = strstr(s, ", a provincial official told reporters");
	sr_buf_append(&b, s, (size_t)(cut - s));
	sr_buf_puts(&b, cut + strlen(", a provincial official told reporters"));
	char *at = strstr(b.data, "almost");
	if (at)
		memcpy(at, "nearly", 6);
	sr_buf_puts(&b, " Reporting by Staff; Editing by Desk.");
	size_t n;
	return sr_buf_steal(&b, &n);
}

static sr_article *article_of(sr_ctx *ctx, const char *title, const char *text, const char *url)
{
	char html[8192];
	snprintf(html, sizeof html,
	         "<html><head><title>%s</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
	         "<article><h1>%s</h1><p>%s</p></article><footer>(c) %s</footer></body></html>",
	         title, title, text, url);
	sr_extract_opts o = {.url = url, .name = url};
	sr_article *a = NULL;
	sr_extract(ctx, html, strlen(html), &o, &a);
	return a;
}

TEST(near_duplicates)
{
	sr_ctx *ctx = NULL;
	sr_ctx_new(&ctx);
	sr_dedup *dd = NULL;
	sr_dedup_new(&dd);
	char *copy = with_edits(STORY_A);
	sr_article *a1 = article_of(ctx, "Ceasefire in Homs", STORY_A, "https://wire.example/homs?utm_medium=rss");
	sr_article *a2 = article_of(ctx, "Homs ceasefire lets fighters leave", copy, "https://paper.example/world/1");
	sr_article *a3 = article_of(ctx, "Shelling kills twelve in Homs", STORY_B, "https://wire.example/homs-shelling");
	sr_article *a4 = article_of(ctx, "Ceasefire in Homs", STORY_A, "https://wire.example/homs");
	CHECK(a1 && a2 && a3 && a4);
	if (a1 && a2 && a3 && a4) {
		int same = 0, other = 0;
		for (int j = 0; j < SR_MINHASH; j++) {
			same += a1->minhash[j] == a2->minhash[j];
			other += a1->minhash[j] == a3->minhash[j];
		}
		printf("  MinHash values shared: wire copy %d of %d, other story %d\n", same, SR_MINHASH, other);
		CHECK(a1->n_minhash == SR_MINHASH && same >= SR_MINHASH / 2 && other < SR_MINHASH / 4);
		/* same address (tracking parameters aside): same id */
		CHECK_STR(a1->id, a4->id);
		CHECK(strcmp(a1->id, a2->id) != 0);
		CHECK_STR(a1->content_hash, a4->content_hash);
		CHECK(strcmp(a1->content_hash, a2->content_hash) != 0);
		CHECK(strlen(a1->id) == 16 && strlen(a1->content_hash) == 16);
		sr_dedup_add(dd, a1);
		sr_dedup_add(dd, a2);
		sr_dedup_add(dd, a3);
		CHECK(a1->near_duplicate_of == NULL);
		CHECK_STR(a2->near_duplicate_of, a1->id);
		CHECK(a3->near_duplicate_of == NULL);
	}
	sr_article_free(a1);
	sr_article_free(a2);
	sr_article_free(a3);
	sr_article_free(a4);
	free(copy);
	sr_dedup_free(dd);
	sr_ctx_free(ctx);
}

TEST(dedup_window)
{
	/* memory stays bounded: after 32,768 articles the older half goes */
	sr_ctx *ctx = NULL;
	sr_ctx_new(&ctx);
	sr_article *a = article_of(ctx, "Ceasefire in Homs", STORY_A, "https://wire.example/homs");
	sr_dedup *dd = NULL;
	sr_dedup_new(&dd);
	CHECK(a != NULL && a->n_minhash == SR_MINHASH);
	if (!a)
		return;
	const char *own_id = a->id;
	char id[17];
	uint64_t x = 88172645463325252ULL;
	uint32_t keep100[SR_MINHASH], keep39000[SR_MINHASH];
	for (int i = 0; i < 40000; i++) {
		for (int j = 0; j < SR_MINHASH; j++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			a->minhash[j] = (uint32_t)x;
		}
		if (i == 100)
			memcpy(keep100, a->minhash, sizeof keep100);
		if (i == 39000)
			memcpy(keep39000, a->minhash, sizeof keep39000);
		snprintf(id, sizeof id, "%016x", i);
		a->id = id;
		a->near_duplicate_of = NULL;
		sr_dedup_add(dd, a);
	}
	CHECK(a->near_duplicate_of == NULL); /* random signatures are nobody's copies */
	snprintf(id, sizeof id, "%016x", 50000);
	memcpy(a->minhash, keep39000, sizeof keep39000);
	a->near_duplicate_of = NULL;
	sr_dedup_add(dd, a);
	char want[17];
	snprintf(want, sizeof want, "%016x", 39000);
	CHECK_STR(a->near_duplicate_of, want);
	memcpy(a->minhash, keep100, sizeof keep100);
	snprintf(id, sizeof id, "%016x", 50001);
	a->near_duplicate_of = NULL;
	sr_dedup_add(dd, a);
	CHECK(a->near_duplicate_of == NULL); /* gone with the older half */
	a->id = own_id;
	sr_article_free(a);
	sr_dedup_free(dd);
	sr_ctx_free(ctx);
}

/* ---- runs on threads ----------------------------------------------------------- */

static void count_item(void *ctx, const sr_feed_item *it)
{
	size_t *n = ctx;
	*n += it->url != NULL;
}

TEST(huge_feed)
{
	/* a million items: read as a stream, cut at the cap, quickly */
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_buf_puts(&b, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
	for (int i = 0; i < 1000000; i++)
		sr_buf_printf(&b, "<item><title>Item %d</title><link>https://example.org/i/%d</link></item>\n", i, i);
	sr_buf_puts(&b, "</channel></rss>");
	size_t n = 0;
	sr_feed_result res;
	sr_status st = sr_feed_parse(b.data, b.len, NULL, 10000, count_item, &n, &res);
	printf("  feed of %zu MB: %zu items handed out, truncated %d\n", b.len >> 20, n, res.truncated);
	CHECK(st == SR_OK && n == 10000 && res.items == 10000 && res.truncated);
	/* the reader says so, and still hands out the first 10,000 */
	write_file("big-feed.xml", b.data, b.len);
	sr_reader *r = NULL;
	const char *in[] = {path_of("big-feed.xml")};
	sr_reader_new(in, 1, &r);
	sr_record *rec = NULL;
	st = sr_reader_next(r, &rec);
	CHECK(st == SR_ETOOBIG && strstr(sr_reader_error(r), "more than 10000 items"));
	sr_reader_free(r);
	unlink(path_of("big-feed.xml"));
	sr_buf_clear(&b);
}

/* Is the address text (IPv4 or IPv6) public? */
static int public_ip(const char *ip)
{
	struct sockaddr_in a4;
	struct sockaddr_in6 a6;
	memset(&a4, 0, sizeof a4);
	memset(&a6, 0, sizeof a6);
	if (inet_pton(AF_INET, ip, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		return sr_addr_is_public((const struct sockaddr *)&a4);
	}
	if (inet_pton(AF_INET6, ip, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		return sr_addr_is_public((const struct sockaddr *)&a6);
	}
	return -1;
}

TEST(public_addresses)
{
	static const char *const PUBLIC[] = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "172.15.0.1", "172.32.0.1",
	                                     "192.169.0.1", "2001:4860:4860::8888", "::ffff:8.8.4.4"};
	static const char *const NOT_PUBLIC[] = {
	    "127.0.0.1",   "127.255.0.9",  "10.1.2.3",     "172.16.0.1",    "172.31.255.255", "192.168.1.1",
	    "169.254.169.254", "100.64.0.1", "0.0.0.0",    "224.0.0.1",     "255.255.255.255", "198.18.0.1",
	    "::1",         "::",           "fd00::1",      "fe80::1",       "ff02::1",         "::ffff:127.0.0.1",
	    "::ffff:169.254.169.254"};
	for (size_t i = 0; i < sizeof PUBLIC / sizeof *PUBLIC; i++)
		CHECK(public_ip(PUBLIC[i]) == 1);
	for (size_t i = 0; i < sizeof NOT_PUBLIC / sizeof *NOT_PUBLIC; i++)
		CHECK(public_ip(NOT_PUBLIC[i]) == 0);
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/sitrep-input-XXXXXX");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	build_records();
	RUN(warc_plain_and_gzip);
	RUN(jsonl);
	RUN(directories);
	RUN(canonical_urls);
	RUN(near_duplicates);
	RUN(dedup_window);
	RUN(huge_feed);
	RUN(public_addresses);
	for (int i = 0; i < N_RECORDS; i++)
		sr_buf_clear(&records[i]);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (getenv("KEEP"))
		return h_summary("input");
	if (system(cmd) != 0)
		printf("could not remove %s\n", dir);
	return h_summary("input");
}
