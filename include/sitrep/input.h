/* sitrep/input.h: the input stage: bytes into records.  Files,
 * directories, stdin and http(s) URLs; each file recognised by its content
 * (WARC, JSON Lines, RSS/Atom feeds, one page), gzip undone; every record
 * a page ready for extraction with what its container said about it.  The
 * input stage runs no other stage. */
#ifndef SITREP_INPUT_H
#define SITREP_INPUT_H

#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One page read from an input, ready for sr_extract: transfer and content
 * encodings removed, with what the container said about it.  It owns its
 * data: sr_record_free releases it. */
typedef struct sr_record {
	const char *input;   /* the file it came from ("-" for stdin) */
	uint64_t offset;     /* byte offset of the record in that file (compressed offset for gzip members) */
	uint64_t seq;        /* 0, 1, 2... over the whole reader */
	const char *container; /* "file", "warc", "jsonl", "url", "feed", "memory" */
	const void *data;
	size_t len;
	sr_extract_opts opts; /* url, date, charset, title, fetched, format, name */
} sr_record;

typedef enum sr_skip {
	SR_SKIP_WARC_NOT_RESPONSE = 0, /* warcinfo, request, metadata, ... records */
	SR_SKIP_HTTP_STATUS,           /* not a 2xx response */
	SR_SKIP_NOT_HTML,              /* a content type that is not a page */
	SR_SKIP_EMPTY,                 /* no body */
	SR_SKIP_TOO_LARGE,             /* over SR_MAX_INPUT */
	SR_SKIP_NO_CONTENT,            /* a JSONL object without html or text */
	SR_SKIP_SEEN,                  /* in a directory: a file or directory reached again (a link) */
	SR_SKIP_SPECIAL,               /* in a directory: not a regular file (a FIFO, socket, device) */
	SR_SKIP_COUNT
} sr_skip;

typedef enum sr_input_error {
	SR_IERR_GZIP = 0,   /* corrupt gzip member (the reader goes on at the next) */
	SR_IERR_TRUNCATED,  /* input ended inside a record */
	SR_IERR_WARC,       /* not a WARC record where one should start */
	SR_IERR_HTTP,       /* unreadable HTTP headers or encoding */
	SR_IERR_JSON,       /* a JSONL line that is not a JSON object */
	SR_IERR_LINE,       /* a JSONL line over the cap */
	SR_IERR_IO,         /* a file or directory that cannot be read */
	SR_IERR_FETCH,      /* a URL that could not be fetched (status, timeout, redirects, cap) */
	SR_IERR_FEED,       /* malformed feed XML (the items before the error still come) */
	SR_IERR_WARC_LENGTH, /* a WARC record's length runs past the input's end: the reader
	                      * resynced at the next "WARC/" line after its header */
	SR_IERR_COUNT
} sr_input_error;

typedef struct sr_reader_stats {
	uint64_t inputs, records, pages, bytes_read; /* bytes_read: as stored (compressed) */
	uint64_t skipped[SR_SKIP_COUNT];
	uint64_t errors[SR_IERR_COUNT];
} sr_reader_stats;

typedef struct sr_reader sr_reader;

/* A reader over files and directories (recursive, sorted by name), "-" for
 * stdin, and http(s) URLs (fetched).  Each file is recognised by its
 * content: WARC (plain, gzip per record, whole-file gzip), JSON Lines
 * (plain or gzip), an RSS or Atom feed (its items are fetched, with their
 * titles and dates as hints), or one page.  A directory's walk follows
 * links but visits each directory and reads each file once (by device and
 * inode: a link cycle ends), and takes regular files only; what it skips
 * is counted (SR_SKIP_SEEN, SR_SKIP_SPECIAL) and said in
 * sr_reader_notices.  A FIFO named as an input is read (it waits for a
 * writer). */
SR_API sr_status sr_reader_new(const char *const *inputs, size_t n, sr_reader **out);
/* What the directory walk skipped, one message each ("d/self: a link to a
 * directory already read"); valid until sr_reader_free. */
SR_API const char *const *sr_reader_notices(const sr_reader *r, size_t *n);
/* A reader of one page held in memory (copied), with the options given
 * (its name, url, format ...): what a server is sent. */
SR_API sr_status sr_reader_new_mem(const void *data, size_t len, const sr_extract_opts *opts, sr_reader **out);
/* Limits for fetching http(s) inputs and feed items: connect and total
 * timeouts (ms) and the body cap (bytes); 0 keeps a default (10 s, 30 s,
 * SR_MAX_INPUT). */
SR_API void sr_reader_fetch_limits(sr_reader *r, long connect_ms, long total_ms, size_t max_bytes);
/* Fetch from public addresses only (on: 1): a connection to a loopback,
 * private, link-local, shared, multicast or reserved address is refused,
 * redirects' and every address a name resolves to included (checked as
 * each connection is made, so a name that resolves anew cannot slip by).
 * Behind a proxy it is the proxy's address that is checked. */
SR_API void sr_reader_fetch_public_only(sr_reader *r, int on);
/* A url and a publication date for records that bring none (copied). */
SR_API sr_status sr_reader_defaults(sr_reader *r, const char *url, const char *date);
/* The next page.  SR_OK with *rec set (release with sr_record_free), or
 * SR_OK with *rec NULL at the end.  Any other status is one bad record or
 * file, described by sr_reader_error(); call again to go on. */
SR_API sr_status sr_reader_next(sr_reader *r, sr_record **rec);
SR_API const char *sr_reader_error(const sr_reader *r);
SR_API void sr_reader_stats_get(const sr_reader *r, sr_reader_stats *out);
/* Bytes of the current input and of all regular inputs (for progress). */
SR_API void sr_reader_progress(const sr_reader *r, uint64_t *done, uint64_t *total);
SR_API void sr_reader_free(sr_reader *r);
SR_API void sr_record_free(sr_record *rec);
SR_API const char *sr_skip_str(sr_skip k);
SR_API const char *sr_input_error_str(sr_input_error k);

/* Canonical form of an http(s) URL into out (cap bytes): lower-case scheme
 * and host, default port, credentials, fragment and tracking parameters
 * (utm_*, fbclid, gclid, ...) dropped, AMP variants mapped to the article.
 * Returns its length, 0 when url is not an absolute http(s) URL. */
SR_API size_t sr_url_canonical(const char *url, size_t n, char *out, size_t cap);


#ifdef __cplusplus
}
#endif
#endif
