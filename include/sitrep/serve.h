/* sitrep/serve.h: the HTTP API and the dashboard (libmicrohttpd, a thread
 * pool), over a store. */
#ifndef SITREP_SERVE_H
#define SITREP_SERVE_H

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What sr_serve_start serves. */
typedef struct sr_serve_opts {
	const char *db;     /* the store: a file or a postgresql:// URI */
	const char *listen; /* "PORT", "HOST:PORT" or "[IPV6]:PORT" (default 127.0.0.1:8080; a
	                     * port alone: this machine's; port 0: any free one) */
	const char *token;  /* the bearer token writes need (NULL: no writes) */
	int read_only;      /* refuse writes whatever the token */
	size_t max_body;    /* the largest request body (default 8 MB) */
	int threads;        /* the pool's threads (default: one per core, at least 2) */
	double query_timeout; /* seconds a request may spend reading the store before it is
	                       * given up with 503 (default 30); exports are not limited */
	int fetch_private;    /* POST /api/ingest may fetch URLs on loopback, private and
	                       * link-local addresses (default: public addresses only) */
	unsigned max_conns;   /* connections open at once (default 1000) */
	unsigned per_client;  /* connections open at once from one address (default 100) */
	double request_timeout; /* seconds a connection may take to send a whole request,
	                         * headers and body, however it trickles them (default 30;
	                         * 3 while the connections fill nine tenths of max_conns) */
} sr_serve_opts;
typedef struct sr_server sr_server;
/* Start serving (threads of libmicrohttpd's pool; the store opened once a
 * thread).  On failure, the reason is in sr_error_last(). */
SR_API sr_status sr_serve_start(const sr_serve_opts *o, sr_server **out);
/* The port it listens on (the one chosen when 0 was asked for). */
SR_API int sr_serve_port(const sr_server *s);
/* Where it listens, as a URL shows it: "127.0.0.1:8080", "[::1]:8080". */
SR_API const char *sr_serve_address(const sr_server *s);
SR_API void sr_serve_stop(sr_server *s);

#ifdef __cplusplus
}
#endif
#endif
