/* input.h: the input stage: byte sources that undo gzip as they read,
 * WARC and JSON Lines records, HTTP messages, and the reader over many
 * files (public part in sitrep.h). */
#ifndef SR_INPUT_H
#define SR_INPUT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "sitrep.h"
#include "../util/buf.h"

/* ---- sources: a file or memory, read through a window -------------------- */

typedef struct sr_src {
	FILE *f;             /* NULL for memory */
	const unsigned char *mem;
	size_t mem_len, mem_pos;
	bool gz;             /* gzip: inflated as it is read */
	bool eof;            /* nothing more to read (window may still hold data) */
	z_stream z;
	bool z_live;
	bool in_member;      /* zlib is inside a member (libdeflate takes whole ones) */
	struct libdeflate_decompressor *dd;
	unsigned char *in;   /* compressed (or plain) input held */
	size_t in_len, in_pos, in_cap;
	uint64_t in_base;    /* file offset of in[0] */
	uint64_t member_at;  /* file offset where the current gzip member began */
	int members;         /* gzip members begun */
	/* where recent members begin: uncompressed offset -> file offset */
	struct {
		uint64_t out, file;
	} starts[64];
	/* the window: inflated (or plain) bytes not yet consumed */
	unsigned char *w;
	size_t w_start, w_end, w_cap;
	uint64_t w_base;     /* stream offset of w[w_start] (uncompressed) */
	/* a gzip error: where, and that the window was dropped for a resync */
	bool broken;
	uint64_t broken_at;
	char err[160];
} sr_src;

bool sr_src_open_file(sr_src *s, FILE *f);
bool sr_src_open_mem(sr_src *s, const void *data, size_t len);
void sr_src_close(sr_src *s);
/* Make at least n bytes available in the window (fewer at the end of the
 * input or at a gzip error: check s->broken).  Returns the bytes available. */
size_t sr_src_fill(sr_src *s, size_t n);
static inline const unsigned char *sr_src_data(const sr_src *s)
{
	return s->w + s->w_start;
}
static inline size_t sr_src_avail(const sr_src *s)
{
	return s->w_end - s->w_start;
}
void sr_src_consume(sr_src *s, size_t n);
/* The offset to report for the data at the window's start: the file
 * offset of the gzip member for per-member gzip, else the stream offset. */
uint64_t sr_src_offset(const sr_src *s);
/* After a gzip error: drop the window and go on at the next gzip member.
 * False when there is none. */
bool sr_src_resync(sr_src *s);

/* ---- HTTP messages -------------------------------------------------------- */

typedef struct sr_http {
	int status;
	char content_type[96]; /* lower case, parameters dropped */
	char charset[40];
	char content_encoding[24];
	bool chunked;
	size_t body_at; /* offset of the body in the message */
} sr_http;

/* Parse the status line and headers of an HTTP response; false when they
 * are not one. */
bool sr_http_parse(const char *msg, size_t n, sr_http *h);
/* Decode a chunked body into out; false when it is not well formed. */
bool sr_http_dechunk(const char *p, size_t n, sr_buf *out);
/* Undo a Content-Encoding (gzip, x-gzip, deflate, br, identity) into out. */
sr_status sr_http_decode(const char *enc, const char *p, size_t n, sr_buf *out);
/* Is this content type a page (HTML, XHTML, plain text)?  Empty counts. */
bool sr_http_is_page(const char *content_type);

/* ---- fetching ---------------------------------------------------------------- */

typedef struct sr_fetch_opts {
	long connect_timeout_ms, timeout_ms;
	size_t max_bytes; /* of the decoded body */
	int max_redirects;
	const char *user_agent;
	const char *etag, *last_modified; /* for a conditional GET */
	bool public_only; /* connect to public addresses only (see sr_addr_is_public), at
	                     every connection, redirects' included */
} sr_fetch_opts;

typedef struct sr_fetch_result {
	long status;
	bool not_modified; /* 304 to a conditional GET: no body */
	char *body;        /* content encodings undone */
	size_t len;
	char *effective_url; /* after redirects */
	char content_type[96], charset[40];
	char *etag, *last_modified;
	char error[256];
} sr_fetch_result;

void sr_fetch_opts_default(sr_fetch_opts *o);
/* Is the address (a struct sockaddr of AF_INET or AF_INET6) one on the
 * public internet: not loopback, private (RFC 1918, unique local),
 * link-local (cloud metadata services among them), shared (CGNAT),
 * multicast, reserved or unspecified; IPv4 mapped into IPv6 judged as
 * IPv4. */
struct sockaddr;
bool sr_addr_is_public(const struct sockaddr *sa);
/* GET url (http or https only).  SR_OK with a 2xx body or a 304; otherwise
 * the reason in r->error (timeout, redirects, cap, status...). */
sr_status sr_fetch(const char *url, const sr_fetch_opts *o, sr_fetch_result *r);
void sr_fetch_result_clear(sr_fetch_result *r);
static inline bool sr_is_url(const char *s)
{
	return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0;
}

/* ---- feeds ------------------------------------------------------------------ */

typedef struct sr_feed_item {
	char *url; /* absolute */
	char *title, *date, *summary;
} sr_feed_item;

typedef struct sr_feed_result {
	size_t items, without_link;
	bool truncated; /* more than max_items */
	char error[200];
} sr_feed_result;

typedef void (*sr_feed_item_fn)(void *ctx, const sr_feed_item *it);

/* Is this an RSS, RDF or Atom document? */
bool sr_feed_sniff(const unsigned char *p, size_t n);
/* Hand each item with a link to fn (at most max_items); relative links are
 * resolved against xml:base, base_url or the channel's link.  SR_EPARSE
 * for malformed XML, with the items before the error already handed out
 * and the position in res->error. */
sr_status sr_feed_parse(const char *data, size_t n, const char *base_url, size_t max_items, sr_feed_item_fn fn,
                        void *ctx, sr_feed_result *res);
/* The same over a source, as a stream, for feeds too large to hold
 * (without the recovering second pass). */
sr_status sr_feed_parse_src(sr_src *s, const char *base_url, size_t max_items, sr_feed_item_fn fn, void *ctx,
                            sr_feed_result *res);
enum { SR_FEED_MAX_RECOVER = 16 << 20 }; /* feeds up to this size are held whole, to recover from errors */

/* ---- watching feeds (watch.c) ------------------------------------------------- */

/* What became of a page the watcher handed over. */
typedef enum sr_watch_page {
	SR_WATCH_PAGE_WRITTEN = 1, /* new text, kept: its hash is the item's from now on */
	SR_WATCH_PAGE_UNCHANGED,   /* the same text as last time: nothing written */
	SR_WATCH_PAGE_FAILED       /* why says why */
} sr_watch_page;
/* Called for each new or changed item's page: rec, and the content hash
 * last written for it ("" when none); the hash of what it wrote goes into
 * hash. */
typedef sr_watch_page (*sr_watch_page_fn)(void *user, const sr_record *rec, const char *last_hash, char hash[17],
                                          char *why, size_t why_cap);
/* Poll the feeds of o, fetch new or changed items politely (robots.txt,
 * a delay per host, conditional GETs), and hand each page to page; what
 * was seen (and each page's hash) is kept in o->out_dir across restarts. */
sr_status sr_feed_watch(const sr_watch_opts *o, sr_watch_page_fn page, void *page_user, sr_watch_log_fn log,
                        void *log_ctx, sr_watch_stats *stats);

/* ---- records -------------------------------------------------------------- */

/* What the WARC or JSONL readers hand to the reader: a record (owned,
 * malloc'ed data), a skip with its reason, or an error with message. */
typedef enum { SR_REC_PAGE, SR_REC_SKIP, SR_REC_ERROR, SR_REC_END } sr_rec_kind;

typedef struct sr_rec_out {
	sr_rec_kind kind;
	sr_skip skip;
	sr_input_error error;
	uint64_t offset;
	char msg[200];
	/* a page */
	char *data;
	size_t len;
	char *url, *date, *charset, *title, *fetched, *summary;
	sr_format format;
} sr_rec_out;

void sr_rec_out_clear(sr_rec_out *o);
/* The next WARC record of s. */
void sr_warc_next(sr_src *s, sr_rec_out *o);
/* The next JSON Lines record of s. */
void sr_jsonl_next(sr_src *s, sr_rec_out *o);
/* Does this look like the start of a WARC file / a JSON Lines file? */
bool sr_warc_sniff(const unsigned char *p, size_t n);
bool sr_jsonl_sniff(const unsigned char *p, size_t n);

#endif
