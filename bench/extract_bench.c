/* extract_bench: the speed of `sitrep extract` on a corpus laid
 * out as trafilatura's evaluation set (evaldata.json + pages/ *.html.gz).
 *
 *   extract_bench speed CORPUS_DIR [--repeat N]
 *   extract_bench pipeline CORPUS_DIR [--repeat N]
 *   extract_bench mkwarc CORPUS_DIR OUT COPIES
 *
 * (The quality on the same corpus: eval/extract_eval.)  It exits 77 with a
 * message when the corpus is absent.  speed loads every page into memory
 * first, then times extraction + JSON serialisation on one thread;
 * pipeline adds, for the English articles (the coder's dictionaries are
 * English), the language core, the coder with sitrep's dictionaries,
 * dates, counts, sources, places and the events' JSON.  mkwarc
 * writes the pages COPIES times (each copy under its own URL) as HTTP
 * response records of a WARC file, gzip per record as Common Crawl does,
 * with a warcinfo record and a request record before each response. */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "sitrep.h"
#include "util/buf.h"
#include "util/gz.h"
#include "corpus.h"


static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int speed(page *p, size_t n, int repeat, bool pipeline)
{
	sr_ctx *ctx;
	if (sr_ctx_new(&ctx) != SR_OK)
		return 3;
	/* decompress first: the timing is of extraction, not of zlib */
	size_t bytes = 0;
	for (size_t i = 0; i < n; i++) {
		if (!p[i].data || !sr_gz_is(p[i].data, p[i].len))
			continue;
		sr_buf b;
		char err[128];
		sr_buf_init(&b, SR_MAX_INPUT);
		if (sr_gz_inflate(p[i].data, p[i].len, &b, err, sizeof err) == SR_OK) {
			free(p[i].data);
			p[i].len = b.len;
			p[i].data = sr_buf_steal(&b, NULL);
		} else {
			sr_buf_clear(&b);
		}
	}
	/* the whole pipeline: sitrep's dictionaries for the coder */
	sr_dict *dict = NULL;
	double open_ms = 0; /* the gazetteer and the lexicon, read and indexed */
	if (pipeline) {
		sr_dict_new(&dict);
		if (sr_dict_load_defaults(dict) != SR_OK) {
			fprintf(stderr, "%s\n", sr_dict_error(dict));
			return 3;
		}
		double g0 = now();
		sr_gazetteer_available();
		sr_lexicon_available();
		open_ms = (now() - g0) * 1000;
	}
	size_t events = 0, sentences = 0, english = 0;
	FILE *sink = pipeline ? fopen("/dev/null", "w") : NULL;
	double t0 = now();
	size_t pages = 0, failed = 0;
	/* each pass timed on its own: on a shared machine, others' work only
	 * ever adds time, so the fastest pass is the best estimate of sitrep's
	 * own cost, and the median says how much the noise was */
	double pass_s[64];
	int n_pass = 0;
	for (int r = 0; r < repeat; r++) {
		double tp = now();
		for (size_t i = 0; i < n; i++) {
			sr_article *a = NULL;
			if (!p[i].data || sr_extract(ctx, p[i].data, p[i].len, NULL, &a) != SR_OK) {
				failed++;
				continue;
			}
			size_t jl;
			char *j = sr_article_json(a, &jl);
			free(j);
			/* the coder's dictionaries are English: other articles stop
			 * after extraction */
			if (pipeline && a->text && a->language && !strcmp(a->language, "en")) {
				english += r == 0;
				/* language core, coder, dates, counts, sources, places, and
				 * the events' JSON with all of them */
				sr_doc *doc = NULL;
				if (sr_analyze(a->text, a->text_len, a->paragraphs, a->n_paragraphs, &doc) == SR_OK) {
					sr_coding *c = NULL;
					sentences += r == 0 ? doc->n_sentences : 0;
					sr_layers layers;
					if (sr_layers_find(doc, 20140415, &layers) == SR_OK &&
					    sr_code_doc(dict, doc, 20140415, &layers, 0, 0, &c) == SR_OK) {
						if (sink)
							sr_coding_write_events(c, NULL, sink);
						events += r == 0 ? c->n_events : 0;
						sr_coding_free(c);
					}
				}
				sr_doc_free(doc);
			}
			sr_article_free(a);
			pages++;
			if (r == 0)
				bytes += p[i].len;
		}
		if (n_pass < 64)
			pass_s[n_pass++] = now() - tp;
	}
	double t = now() - t0;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"tool\":\"sitrep\",\"version\":\"%s\",\"mode\":\"%s\",\"pages\":%zu,\"failures\":%zu,\"bytes\":%zu,"
	       "\"seconds\":%.4f,\"pages_per_s\":%.1f,\"mb_per_s\":%.1f,\"peak_rss_mb\":%.1f",
	       SITREP_VERSION, pipeline ? "pipeline" : "extract", pages, failed, bytes, t, (double)pages / t,
	       (double)bytes * repeat / t / 1e6, (double)ru.ru_maxrss / 1024.0);
	if (n_pass > 1) {
		for (int a = 1; a < n_pass; a++)
			for (int b = a; b > 0 && pass_s[b] < pass_s[b - 1]; b--) {
				double x = pass_s[b];
				pass_s[b] = pass_s[b - 1];
				pass_s[b - 1] = x;
			}
		double per = (double)pages / repeat;
		printf(",\"passes\":%d,\"best_pages_per_s\":%.1f,\"median_pages_per_s\":%.1f", n_pass, per / pass_s[0],
		       per / pass_s[n_pass / 2]);
	}
	if (pipeline)
		printf(",\"english\":%zu,\"sentences\":%zu,\"events\":%zu,\"gazetteer_lexicon_open_ms\":%.1f", english,
		       sentences, events, open_ms);
	printf("}\n");
	if (sink)
		fclose(sink);
	sr_dict_free(dict);
	sr_ctx_free(ctx);
	return 0;
}

static void gz_member(FILE *f, const void *p, size_t n)
{
	unsigned char *z = NULL;
	size_t zn = tu_gzip(p, n, &z);
	fwrite(z, 1, zn, f);
	free(z);
}

static void warc_head(sr_buf *b, const char *type, const char *url, const char *ctype, size_t len)
{
	sr_buf_printf(b,
	              "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
	              "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n",
	              type, url, ctype, len);
}

static int mkwarc(page *p, size_t n, const char *out, int copies)
{
	FILE *f = fopen(out, "wb");
	if (!f) {
		perror(out);
		return 1;
	}
	sr_buf rec, body;
	sr_buf_init(&rec, 0);
	sr_buf_init(&body, 0);
	const char *info = "software: extract_bench mkwarc\r\n";
	warc_head(&rec, "warcinfo", "", "application/warc-fields", strlen(info));
	sr_buf_printf(&rec, "%s\r\n\r\n", info);
	gz_member(f, rec.data, rec.len);
	unsigned long long raw = rec.len, records = 1;
	for (int c = 0; c < copies; c++)
		for (size_t i = 0; i < n; i++) {
			char url[4200];
			snprintf(url, sizeof url, "%s%scopy=%d", p[i].url, strchr(p[i].url, '?') ? "&" : "?", c);
			body.len = 0;
			body.failed = false;
			char err[100];
			if (sr_gz_inflate(p[i].data, p[i].len, &body, err, sizeof err) != SR_OK)
				continue;
			char req[4400];
			int rn = snprintf(req, sizeof req, "GET / HTTP/1.1\r\nHost: example\r\n\r\n");
			rec.len = 0;
			warc_head(&rec, "request", url, "application/http; msgtype=request", (size_t)rn);
			sr_buf_append(&rec, req, (size_t)rn);
			sr_buf_puts(&rec, "\r\n\r\n");
			gz_member(f, rec.data, rec.len);
			raw += rec.len;
			rec.len = 0;
			char hdr[200];
			int hn = snprintf(hdr, sizeof hdr, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %zu\r\n\r\n",
			                  body.len);
			warc_head(&rec, "response", url, "application/http; msgtype=response", (size_t)hn + body.len);
			sr_buf_append(&rec, hdr, (size_t)hn);
			sr_buf_append(&rec, body.data, body.len);
			sr_buf_puts(&rec, "\r\n\r\n");
			gz_member(f, rec.data, rec.len);
			raw += rec.len;
			records += 2;
		}
	long stored = ftell(f);
	fclose(f);
	printf("{\"warc\":\"%s\",\"records\":%llu,\"responses\":%llu,\"bytes_uncompressed\":%llu,\"bytes_stored\":%ld}\n",
	       out, records, (records - 1) / 2, raw, stored);
	sr_buf_clear(&rec);
	sr_buf_clear(&body);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: extract_bench speed|pipeline CORPUS_DIR [--repeat N] [--limit N]\n"
		                "       extract_bench mkwarc CORPUS_DIR OUT COPIES\n");
		return 2;
	}
	int repeat = 1;
	size_t limit = 0, n = 0, all = 0;
	for (int i = strcmp(argv[1], "mkwarc") == 0 ? 5 : 3; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--repeat") == 0)
			repeat = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--limit") == 0)
			limit = (size_t)atol(argv[i + 1]);
	}
	page *p = corpus_open(argv[2], limit, &n, &all);
	if (!p)
		return 77;
	int rc = strcmp(argv[1], "mkwarc") == 0 ? (argc >= 5 ? mkwarc(p, n, argv[3], atoi(argv[4])) : 2)
	                                        : speed(p, n, repeat, strcmp(argv[1], "pipeline") == 0);
	corpus_free(p, all);
	return rc;
}
