/* article_badinput_test: hostile and broken pages.  Each must give a clear error
 * naming the input, or a best-effort article whose JSON is valid UTF-8;
 * never a crash, a hang (ctest's timeout) or a leak (ASan build). */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "sitrep.h"
#include "testutil.h"

static sr_ctx *ctx;

/* Extract; on success check the JSON and return the article. */
static sr_status run(const char *name, const char *data, size_t len, sr_article **out)
{
	sr_extract_opts o = {.name = name};
	sr_article *a = NULL;
	sr_status st = sr_extract(ctx, data, len, &o, &a);
	if (st == SR_OK) {
		size_t jl = 0;
		char *j = sr_article_json(a, &jl);
		json_error_t err;
		json_t *v = j ? json_loadb(j, jl, 0, &err) : NULL;
		if (!v)
			printf("invalid JSON for %s: %s\n", name, j ? err.text : "none");
		CHECK(v != NULL);
		json_decref(v);
		free(j);
		if (out)
			*out = a;
		else
			sr_article_free(a);
	} else {
		CHECK(strstr(sr_ctx_error(ctx), name) != NULL); /* the message names the input */
		if (out)
			*out = NULL;
	}
	return st;
}

static bool has_warning(const sr_article *a, const char *w)
{
	for (size_t i = 0; i < a->n_warnings; i++)
		if (strstr(a->warnings[i], w))
			return true;
	return false;
}

static char *repeat(const char *head, const char *unit, size_t times, const char *tail, size_t *len)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
	size_t n = hl + ul * times + tl;
	char *p = malloc(n + 1);
	memcpy(p, head, hl);
	for (size_t i = 0; i < times; i++)
		memcpy(p + hl + i * ul, unit, ul);
	memcpy(p + hl + ul * times, tail, tl);
	p[n] = '\0';
	*len = n;
	return p;
}

TEST(empty)
{
	CHECK(run("empty.html", "", 0, NULL) == SR_EEMPTY);
	CHECK(strstr(sr_ctx_error(ctx), "empty") != NULL);
}

TEST(garbage)
{
	size_t n = 1 << 16;
	char *p = malloc(n);
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		p[i] = (char)(x & 0xFF);
	}
	sr_status st = run("garbage.bin", p, n, NULL);
	CHECK(st == SR_OK || st == SR_EPARSE);
	free(p);
}

TEST(gzip_broken)
{
	const char *page =
	    "<html><body><article><p>Some text that is long enough to compress.</p></article></body></html>";
	unsigned char *z;
	size_t k = tu_gzip(page, strlen(page), &z);
	CHECK(run("truncated.html.gz", (char *)z, k - 10, NULL) == SR_EGZIP);
	CHECK(strstr(sr_ctx_error(ctx), "truncated") != NULL);
	z[k / 2] ^= 0xFF;
	z[k / 2 + 1] ^= 0xFF;
	sr_status st = run("corrupt.html.gz", (char *)z, k, NULL);
	CHECK(st == SR_EGZIP);
	free(z);
}

TEST(gzip_bomb)
{
	size_t n = (size_t)70 << 20;
	char *zeros = calloc(1, n);
	unsigned char *z;
	size_t k = tu_gzip(zeros, n, &z);
	free(zeros);
	CHECK(run("bomb.html.gz", (char *)z, k, NULL) == SR_ETOOBIG);
	free(z);
}

TEST(huge_page)
{
	size_t n;
	char *p = repeat("<html><body><article>",
	                 "<p>The convoy reached the town, officials said, after days of delay.</p>\n",
	                 (size_t)50 * 1024 * 1024 / 74, "</article></body></html>", &n);
	sr_article *a;
	CHECK(run("50mb.html", p, n, &a) == SR_OK);
	CHECK(a && a->text_len > 40u * 1024 * 1024);
	sr_article_free(a);
	free(p);
}

TEST(deep_nesting)
{
	size_t n1, n2;
	char *open = repeat("<html><body>", "<div>", 100000, "text inside", &n1);
	char *p = repeat(open, "</div>", 100000, "</body></html>", &n2);
	sr_article *a;
	CHECK(run("deep.html", p, n2, &a) == SR_OK);
	CHECK(a && has_warning(a, "nesting"));
	sr_article_free(a);
	free(open);
	free(p);
	/* deep inline nesting and unclosed formatting elements */
	p = repeat("<html><body><p>", "<b><i>", 50000, "x", &n1);
	CHECK(run("deep-inline.html", p, n1, NULL) == SR_OK);
	free(p);
	p = repeat("<table>", "<tr><td><table>", 20000, "x", &n1);
	CHECK(run("deep-tables.html", p, n1, NULL) == SR_OK);
	free(p);
}

TEST(big_text_node)
{
	size_t n;
	char *p = repeat("<html><body><article><p>", "word ", 2 * 1024 * 1024, "</p></article></body></html>", &n);
	sr_article *a;
	CHECK(run("textnode.html", p, n, &a) == SR_OK);
	CHECK(a && a->text_len > 9u * 1024 * 1024);
	sr_article_free(a);
	free(p);
}

TEST(broken_markup)
{
	static const char *const PAGES[] = {
	    "<html><body><p>Broken &amp entities &#xZZ; &#99999999; &#0; &#x110000; &notanentity; "
	    "&#55296;</p></body></html>",
	    "<html><body><p>Invalid UTF-8 \xFF\xFE\xC3 \xED\xA0\x80 here, in a page that says UTF-8.</p></body></html>",
	    "<html><body><script>never closed <p>",
	    "<html><body><!-- never closed <p>text</p>",
	    "<html><body><div class='unterminated attribute><p>text</p>",
	    "<html><head><script "
	    "type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[{\"name\":</script>"
	    "</head><body><p>x</p></body></html>",
	    "<html><head><script "
	    "type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#a\"}},"
	    "{\"@id\":\"#a\"}]}</script></head><body></body></html>",
	    "<<<<>>>><<!<!--<![CDATA[<?xml?>",
	    "<meta charset=\"x-no-such-charset\"><p>unknown charset</p>",
	    "<meta charset=\"utf-16\"><p>declared UTF-16 in ASCII</p>",
	    "\xFF\xFE<\0p\0>\0\xD8", /* UTF-16 with an odd last byte */
	    "<svg><foreignObject><math><mi><table><select><option><textarea></svg>",
	    "<time datetime=\"99999-99-99T99:99\">x</time><p>By </p><p>By ,,, and and</p>",
	    "<img src=\"\"><img><figure><figcaption>Photo:</figcaption></figure><iframe "
	    "src=\"//www.youtube.com/embed/\"></iframe>",
	    "<blockquote class=\"twitter-tweet\"><p></p>\xE2\x80\x94 (@) </blockquote>",
	};
	for (size_t i = 0; i < sizeof PAGES / sizeof PAGES[0]; i++) {
		char name[32];
		snprintf(name, sizeof name, "broken-%zu.html", i);
		size_t n = strlen(PAGES[i]);
		if (i == 10)
			n = 9;
		sr_status st = run(name, PAGES[i], n, NULL);
		if (st != SR_OK)
			printf("%s: %s\n", name, sr_ctx_error(ctx));
		CHECK(st == SR_OK);
	}
}

TEST(plain_text_edge)
{
	static const char *const TEXTS[] = {
	    "\n\n\n",
	    "ReplyRetweetFavorite\n",
	    "x@y\n01:48 PM - 15 Apr 14ReplyRetweetFavorite\n",
	    "Contact  at\nBy\nPosted on 99/99/9999\n",
	};
	for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++) {
		char name[32];
		snprintf(name, sizeof name, "text-%zu.txt", i);
		CHECK(run(name, TEXTS[i], strlen(TEXTS[i]), NULL) == SR_OK);
	}
	size_t n;
	char *lines = repeat("", "line\n", 300000, "", &n);
	CHECK(run("many-lines.txt", lines, n, NULL) == SR_OK);
	free(lines);
}

/* Inputs that once broke sitrep (fuzzer finds), kept as regressions. */
static const char *regress_dir;

TEST(regressions)
{
	DIR *dh = regress_dir ? opendir(regress_dir) : NULL;
	CHECK(dh != NULL);
	if (!dh)
		return;
	struct dirent *de;
	while ((de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", regress_dir, de->d_name);
		size_t n = 0;
		char *data = tu_slurp(path, &n);
		CHECK(data != NULL);
		if (data) {
			sr_status st = run(de->d_name, data, n, NULL);
			CHECK(st == SR_OK || st == SR_EPARSE || st == SR_EEMPTY || st == SR_EGZIP || st == SR_ETOOBIG);
		}
		free(data);
	}
	closedir(dh);
}

int main(int argc, char **argv)
{
	regress_dir = argc > 1 ? argv[1] : NULL;
	if (sr_ctx_new(&ctx) != SR_OK)
		return 1;
	RUN(empty);
	RUN(garbage);
	RUN(gzip_broken);
	RUN(gzip_bomb);
	RUN(huge_page);
	RUN(deep_nesting);
	RUN(big_text_node);
	RUN(broken_markup);
	RUN(plain_text_edge);
	RUN(regressions);
	sr_ctx_free(ctx);
	return h_summary("bad input");
}
