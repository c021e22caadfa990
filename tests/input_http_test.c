/* input_http_test.c: URLs and feeds against a real HTTP server on 127.0.0.1,
 * started here: redirects and a redirect loop, a slow response (timeout),
 * an oversized body (cap), 404 and 500, gzip, conditional GET, charset
 * headers right and wrong, RSS and Atom feeds (relative links, odd dates,
 * malformed XML), and `sitrep watch`. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "httpd.h"
#include "testutil.h"
#include "input/input.h"
#include "sitrep.h"

static int port;
static volatile int hits_a, feed_version;

static const char *PAGE = "<html><head><title>%s</title></head><body><article><p>%s: the convoy reached "
                          "the town on Tuesday after days of negotiation, officials said.</p><p>More than forty "
                          "trucks carried food and medicine to the families in the besieged districts.</p>"
                          "</article></body></html>";

static void page(int fd, const char *title, const char *headers)
{
	char b[2048];
	int n = snprintf(b, sizeof b, PAGE, title, title);
	char h[512];
	snprintf(h, sizeof h, "Content-Type: text/html\r\n%s", headers ? headers : "");
	httpd_reply(fd, 200, h, b, (size_t)n);
}

static void route(int fd, const char *full, const char *req)
{
	char h[600], path[512];
	snprintf(path, sizeof path, "%s", full);
	path[strcspn(path, "?")] = '\0';
	if (strcmp(path, "/page") == 0) {
		if (strstr(req, "If-None-Match: \"v1\"")) {
			httpd_reply(fd, 304, "ETag: \"v1\"\r\n", "", 0);
			return;
		}
		page(fd, "Plain page", "ETag: \"v1\"\r\n");
	} else if (strcmp(path, "/robots.txt") == 0) {
		const char *b = "# test\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /b\nAllow: /bb\n";
		httpd_reply(fd, 200, "Content-Type: text/plain\r\n", b, strlen(b));
	} else if (strcmp(path, "/a") == 0 || strcmp(path, "/b") == 0 || strcmp(path, "/feeds/c") == 0) {
		if (path[1] == 'a')
			hits_a++;
		snprintf(h, sizeof h, "Item %s", path);
		page(fd, h, NULL);
	} else if (strcmp(path, "/notitle") == 0) {
		const char *b = "<html><body><article><p>The convoy reached the town on Tuesday after days of "
		                "negotiation, officials said, and aid was handed out.</p></article></body></html>";
		httpd_reply(fd, 200, "Content-Type: text/html\r\n", b, strlen(b));
	} else if (strcmp(path, "/wrong-charset") == 0) {
		/* UTF-8 bytes labelled Latin-1 */
		char b[2048];
		int n = snprintf(b, sizeof b, PAGE, "R\xc3\xa9sum\xc3\xa9 des \xc3\xa9v\xc3\xa9nements", "R\xc3\xa9sum\xc3\xa9");
		httpd_reply(fd, 200, "Content-Type: text/html; charset=iso-8859-1\r\n", b, (size_t)n);
	} else if (strcmp(path, "/latin1") == 0) {
		char b[2048];
		int n = snprintf(b, sizeof b, PAGE, "R\xe9sum\xe9 latin", "R\xe9sum\xe9");
		httpd_reply(fd, 200, "Content-Type: text/html; charset=iso-8859-1\r\n", b, (size_t)n);
	} else if (strcmp(path, "/redirect") == 0) {
		httpd_reply(fd, 302, "Location: /page?utm_source=feed\r\n", "", 0);
	} else if (strcmp(path, "/loop") == 0) {
		httpd_reply(fd, 302, "Location: /loop\r\n", "", 0);
	} else if (strcmp(path, "/slow") == 0) {
		sleep(3);
		page(fd, "Slow page", NULL);
	} else if (strcmp(path, "/big") == 0) {
		size_t n = 3u << 20;
		char *b = malloc(n);
		memset(b, 'x', n);
		memcpy(b, "<html><body><p>", 15);
		httpd_reply(fd, 200, "Content-Type: text/html\r\n", b, n);
		free(b);
	} else if (strcmp(path, "/gzip") == 0) {
		char b[2048];
		int n = snprintf(b, sizeof b, PAGE, "Gzip page", "Gzip page");
		unsigned char *z = NULL;
		size_t zn = tu_gzip(b, (size_t)n, &z);
		httpd_reply(fd, 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z, zn);
		free(z);
	} else if (strcmp(path, "/500") == 0) {
		httpd_reply(fd, 500, "Content-Type: text/html\r\n", "oops", 4);
	} else if (strcmp(path, "/image") == 0) {
		httpd_reply(fd, 200, "Content-Type: image/png\r\n", "\x89PNG", 4);
	} else if (strcmp(path, "/feed.xml") == 0) {
		char b[4096];
		int n = snprintf(b, sizeof b,
		                 "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test feed</title>"
		                 "<link>http://127.0.0.1:%d/</link>"
		                 "<item><title>First &amp; relative</title><link>/a</link>"
		                 "<pubDate>Tue, 15 Apr 2014 1%d:00:00 EDT</pubDate></item>"
		                 "<item><title><![CDATA[Second <b>bold</b>]]></title><link>http://127.0.0.1:%d/b</link>"
		                 "<pubDate>not a date</pubDate><description>Summary in &lt;b&gt;bold&lt;/b&gt;</description></item>"
		                 "<item><title>No link at all</title></item>"
		                 "<item><title>Gone</title><guid>http://127.0.0.1:%d/404</guid></item>"
		                 "<item><title>Feed title only</title><link>/notitle</link></item>"
		                 "</channel></rss>",
		                 port, feed_version, port, port);
		httpd_reply(fd, 200, "Content-Type: application/rss+xml\r\n", b, (size_t)n);
	} else if (strcmp(path, "/atom.xml") == 0) {
		const char *b = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
		                "xml:base=\"/feeds/\"><title>Atom</title><entry><title>Atom entry</title>"
		                "<link rel=\"self\" href=\"/self\"/><link rel=\"alternate\" href=\"c\"/>"
		                "<published>2014-04-15T10:00:00Z</published><updated>2014-04-16T10:00:00Z</updated>"
		                "</entry></feed>";
		httpd_reply(fd, 200, "Content-Type: application/atom+xml\r\n", b, strlen(b));
	} else if (strcmp(path, "/bad.xml") == 0) {
		const char *b = "<?xml version=\"1.0\"?><rss><channel><item><title>Before</title><link>/a</link></item>"
		                "<item><title>Broken</title><link>/b</link></itm></channel>";
		httpd_reply(fd, 200, "Content-Type: text/xml\r\n", b, strlen(b));
	} else {
		httpd_reply(fd, 404, "Content-Type: text/html\r\n", "not found", 9);
	}
}

static char *url(const char *path)
{
	static char u[8][256];
	static int k;
	char *r = u[k++ % 8];
	snprintf(r, 256, "http://127.0.0.1:%d%s", port, path);
	return r;
}

TEST(fetch)
{
	sr_fetch_opts o;
	sr_fetch_opts_default(&o);
	o.timeout_ms = 1000;
	o.max_bytes = 1 << 20;
	sr_fetch_result r;
	CHECK(sr_fetch(url("/page"), &o, &r) == SR_OK && r.status == 200 && r.len > 100);
	CHECK(r.etag && strcmp(r.etag, "\"v1\"") == 0);
	sr_fetch_result_clear(&r);
	/* conditional GET */
	o.etag = "\"v1\"";
	CHECK(sr_fetch(url("/page"), &o, &r) == SR_OK && r.not_modified && !r.body);
	sr_fetch_result_clear(&r);
	o.etag = NULL;
	/* redirect: the address after it */
	CHECK(sr_fetch(url("/redirect"), &o, &r) == SR_OK);
	CHECK(r.effective_url && strstr(r.effective_url, "/page?utm_source=feed"));
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/loop"), &o, &r) == SR_EIO && strstr(r.error, "redirects"));
	printf("  loop: %s\n", r.error);
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/slow"), &o, &r) == SR_EIO && strstr(r.error, "timed out"));
	printf("  slow: %s\n", r.error);
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/big"), &o, &r) == SR_ETOOBIG && strstr(r.error, "cap"));
	printf("  big: %s\n", r.error);
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/nothing"), &o, &r) == SR_EIO && r.status == 404 && strstr(r.error, "404"));
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/500"), &o, &r) == SR_EIO && strstr(r.error, "500"));
	sr_fetch_result_clear(&r);
	CHECK(sr_fetch(url("/gzip"), &o, &r) == SR_OK && r.body && strstr(r.body, "Gzip page"));
	sr_fetch_result_clear(&r);
	/* not http */
	CHECK(sr_fetch("file:///etc/passwd", &o, &r) != SR_OK);
	sr_fetch_result_clear(&r);
	/* a closed port */
	o.connect_timeout_ms = 1000;
	CHECK(sr_fetch("http://127.0.0.1:1/x", &o, &r) == SR_EIO);
	sr_fetch_result_clear(&r);
}

typedef struct got {
	int pages, errors;
	char titles[16][80];
	char urls[16][160];
	char published[16][40];
	char subtitles[16][80];
	char errs[8][300];
} got;

static void read_all(const char *const *in, size_t n, got *g)
{
	memset(g, 0, sizeof *g);
	sr_reader *r = NULL;
	sr_reader_new(in, n, &r);
	sr_reader_fetch_limits(r, 1000, 1000, 1 << 20);
	sr_ctx *ctx = NULL;
	sr_ctx_new(&ctx);
	for (int guard = 0; guard < 1000; guard++) {
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
				snprintf(g->published[g->pages], sizeof g->published[0], "%s", a->published ? a->published : "");
				snprintf(g->subtitles[g->pages], sizeof g->subtitles[0], "%s", a->subtitle ? a->subtitle : "");
			}
			g->pages++;
			sr_article_free(a);
		}
		sr_record_free(rec);
	}
	sr_ctx_free(ctx);
	sr_reader_free(r);
}

TEST(urls_and_feeds)
{
	got g;
	const char *in1[] = {url("/redirect"), url("/wrong-charset"), url("/latin1"), url("/image"), url("/loop")};
	read_all(in1, 5, &g);
	CHECK(g.pages == 3 && g.errors == 1);
	CHECK_STR(g.titles[0], "Plain page");
	char want[200];
	snprintf(want, sizeof want, "http://127.0.0.1:%d/page", port);
	CHECK_STR(g.urls[0], want); /* after the redirect, canonical */
	CHECK_STR(g.titles[1], "Résumé des événements");
	CHECK_STR(g.titles[2], "Résumé latin");
	CHECK(strstr(g.errs[0], "/loop: more than 5 redirects") != NULL);

	const char *in2[] = {url("/feed.xml")};
	read_all(in2, 1, &g);
	printf("  rss: %d pages, %d errors: %s\n", g.pages, g.errors, g.errs[0]);
	CHECK(g.pages == 3);
	CHECK(g.errors == 1 && strstr(g.errs[0], "/404: HTTP status 404"));
	CHECK_STR(g.titles[0], "Item /a");
	CHECK_STR(g.published[0], "2014-04-15T10:00:00"); /* from the feed: the page has none */
	CHECK_STR(g.titles[1], "Item /b");
	CHECK_STR(g.subtitles[1], "Summary in bold"); /* the item's description, markup dropped */
	CHECK_STR(g.titles[2], "Feed title only");

	const char *in3[] = {url("/atom.xml")};
	read_all(in3, 1, &g);
	CHECK(g.pages == 1);
	CHECK_STR(g.titles[0], "Item /feeds/c");
	CHECK_STR(g.published[0], "2014-04-15T10:00:00Z");

	const char *in4[] = {url("/bad.xml")};
	read_all(in4, 1, &g);
	printf("  bad feed: %d pages, %d errors: %s\n", g.pages, g.errors, g.errs[0]);
	CHECK(g.errors == 1 && strstr(g.errs[0], "malformed feed at line 1"));
	CHECK(g.pages >= 1);
	CHECK_STR(g.titles[0], "Item /a");
}

static int count_lines(const char *dir, const char *needle)
{
	char cmd[600];
	snprintf(cmd, sizeof cmd, "cat %s/*.jsonl 2>/dev/null | grep -c -F '%s'", dir, needle);
	FILE *p = popen(cmd, "r");
	int n = 0;
	if (p) {
		if (fscanf(p, "%d", &n) != 1)
			n = 0;
		pclose(p);
	}
	return n;
}

static void quiet(void *ctx, const char *msg)
{
	(void)ctx;
	printf("    watch: %s\n", msg);
}

TEST(watch)
{
	char dir[] = "/tmp/sitrep-watch-XXXXXX";
	if (!mkdtemp(dir))
		return;
	char feeds[300], out[300];
	snprintf(feeds, sizeof feeds, "%s/feeds.txt", dir);
	snprintf(out, sizeof out, "%s/out", dir);
	FILE *f = fopen(feeds, "w");
	fprintf(f, "# test feeds\n%s\n\n%s\nnot a url\n", url("/feed.xml"), url("/atom.xml"));
	fclose(f);
	sr_watch_opts o = {.feeds_file = feeds, .out_dir = out, .once = 1, .delay_ms = 10, .timeout_ms = 2000};
	sr_watch_stats st;
	int a0 = hits_a;
	CHECK(sr_watch(&o, quiet, NULL, &st) == SR_OK);
	printf("  round 1: %llu written, %llu refused, %llu errors, %llu requests\n", st.written, st.refused, st.errors,
	       st.requests);
	CHECK(st.written == 3 && st.refused == 1);
	CHECK(count_lines(out, "\"title\":\"Item /a\"") == 1);
	CHECK(count_lines(out, "\"title\":\"Item /feeds/c\"") == 1);
	CHECK(count_lines(out, "\"title\":\"Feed title only\"") == 1);
	CHECK(count_lines(out, "Item /b") == 0); /* robots.txt */
	int a1 = hits_a;
	CHECK(a1 == a0 + 1);
	/* a restart: nothing is fetched or written again */
	CHECK(sr_watch(&o, quiet, NULL, &st) == SR_OK);
	CHECK(st.written == 0 && hits_a == a1);
	/* the feed dates the item anew: fetched again, same text, not written */
	feed_version = 1;
	CHECK(sr_watch(&o, quiet, NULL, &st) == SR_OK);
	CHECK(st.written == 0 && hits_a == a1 + 1);
	CHECK(count_lines(out, "\"title\":\"Item /a\"") == 1);
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("could not remove %s\n", dir);
}

int main(void)
{
	httpd h;
	if (!httpd_start(&h, route)) {
		printf("SKIP: cannot listen on 127.0.0.1\n");
		return 77;
	}
	port = h.port;
	RUN(fetch);
	RUN(urls_and_feeds);
	RUN(watch);
	httpd_stop(&h);
	return h_summary("http");
}
