/* serve_int.h: what the server's files share (public part in
 * sitrep/serve.h): the server, a request's state, the plumbing's helpers
 * and the API's handlers.
 *
 *   http.c  the plumbing: the store pool, answers, query strings, routing,
 *           metrics' counting, start and stop
 *   api.c   the API: each route's handler
 *   qs.c    the query strings' parameters */
#ifndef SR_SERVE_INT_H
#define SR_SERVE_INT_H
#include <microhttpd.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "qs.h"
#include "../util/buf.h"
#include "../util/json.h"

enum route {
	R_OTHER,
	R_STATIC,
	R_HEALTH,
	R_METRICS,
	R_OPENAPI,
	R_EVENTS,
	R_EVENT,
	R_ARTICLE,
	R_TIMELINE,
	R_MAP,
	R_PLACES,
	R_ACTORS,
	R_EXPORT,
	R_INGEST,
	R_ACLED,
	R_N
};
/* The routes' names, as the metrics give them (http.c). */
extern const char *const SR_ROUTE[R_N];
/* the latency histogram's upper bounds, seconds (then +Inf) */
#define N_BOUNDS 13
extern const double SR_BOUNDS[N_BOUNDS];

struct sr_server {
	struct MHD_Daemon *d;
	char *db, *token;
	bool read_only;
	size_t max_body;
	size_t max_bodies;      /* the request bodies held at once, all together */
	atomic_size_t bodies_held;
	double query_timeout; /* seconds a request's reading may take */
	bool fetch_private;   /* URL ingests may reach non-public addresses */
	int port;
	char address[80]; /* where it listens, as a URL shows it: "127.0.0.1:8080", "[::1]:8080" */
	/* the stores, one a request at a time */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	sr_store **stores;
	bool *busy;
	size_t n_stores;
	/* ingest: the dictionaries (read-only, shared) and the pipeline
	 * (one ingest at a time) */
	pthread_mutex_t ingest_mu;
	sr_dict *dict;
	sr_pipeline *pipeline;
	/* metrics */
	atomic_ullong requests[R_N][6]; /* by status class: 0 none, 1xx ... 5xx */
	atomic_ullong hist[R_N][N_BOUNDS + 1];
	atomic_ullong hist_sum_us[R_N];
	atomic_ullong ingested[4]; /* by sr_put_result (0: failed) */
	atomic_ullong ingested_events, exports;
	atomic_ullong stopped[3]; /* reads given up, by why (stop_why) */
	atomic_int exporting; /* exports running now (each a thread and a store connection) */
	/* the connections, watched for their requests' deadline (http.c) */
	pthread_mutex_t tcp_mu;
	struct tcp *tcp;       /* a list of the open connections */
	size_t n_tcp;
	unsigned max_conns, per_client;
	double request_timeout; /* seconds to receive a whole request */
	pthread_t watcher;
	bool watching;
	atomic_bool stopping;
	atomic_ullong reaped;   /* connections closed for their deadline */
};

/* An open connection: when it began waiting for its current request, and
 * whether it still is (http.c). */
typedef struct tcp {
	int fd;
	double since;
	bool receiving, reaped;
	struct tcp *prev, *next;
} tcp;

/* The most exports at once: each holds a thread and a connection to the
 * store for as long as its client reads. */
#define MAX_EXPORTS 4

/* Why a request's reading was given up. */
enum stop_why { RUN_ON, STOP_LATE, STOP_GONE };

/* One request's state, from its first call to its completion. */
typedef struct conn {
	double t0, deadline;
	int route, status;
	int fd;              /* the client's socket */
	enum stop_why stopped;
	sr_buf body;
	size_t held;  /* body bytes counted in the server's bodies_held */
	bool too_big; /* over max_body */
	bool crowded; /* the bodies of all requests at once over their cap */
} conn;

/* ---- the plumbing (http.c) ------------------------------------------------------ */

double sr_http_now(void);
/* A store of the pool for request k (NULL: not timed, not watched), and
 * giving it back, its last error into err first. */
sr_store *sr_http_take_store(sr_server *s, conn *k);
void sr_http_give_store(sr_server *s, sr_store *st, char *err, size_t cap);
/* The headers every answer carries (api: a JSON answer's). */
void sr_http_security_headers(struct MHD_Response *r, bool api);
/* An answer with data (malloc'ed, taken over); api: the API's headers. */
enum MHD_Result sr_http_answer(struct MHD_Connection *c, conn *k, unsigned status, const char *type, char *data,
                               size_t len, bool api);
/* A JSON answer from b (taken over); an error's {"error": msg}. */
enum MHD_Result sr_http_answer_json(struct MHD_Connection *c, conn *k, unsigned status, sr_buf *b);
enum MHD_Result sr_http_answer_error(struct MHD_Connection *c, conn *k, unsigned status, const char *msg);
/* A JSON object begun into b. */
void sr_http_json_open(sr_buf *b, sr_jw *w);
/* After a read: when it failed (rc), st given back and the failure
 * answered (*res, b dropped), true; else st given back, false. */
bool sr_http_read_failed(sr_server *s, struct MHD_Connection *c, conn *k, sr_store *st, sr_status rc, sr_buf *b,
                         enum MHD_Result *res);
/* The request's query string checked into a (false: a->err says why). */
bool sr_http_parse_args(struct MHD_Connection *c, sr_api_query *a);

/* ---- the API's handlers (api.c) ---------------------------------------------------- */

enum MHD_Result sr_api_events(sr_server *s, struct MHD_Connection *c, conn *k);
enum MHD_Result sr_api_event(sr_server *s, struct MHD_Connection *c, conn *k, const char *id);
enum MHD_Result sr_api_article(sr_server *s, struct MHD_Connection *c, conn *k, const char *id);
enum MHD_Result sr_api_timeline(sr_server *s, struct MHD_Connection *c, conn *k);
enum MHD_Result sr_api_map(sr_server *s, struct MHD_Connection *c, conn *k);
enum MHD_Result sr_api_named(sr_server *s, struct MHD_Connection *c, conn *k, bool places);
enum MHD_Result sr_api_export(sr_server *s, struct MHD_Connection *c, conn *k);
/* GET /api/acled/read: ACLED's API (acled.c) */
enum MHD_Result sr_api_acled_read(sr_server *s, struct MHD_Connection *c, conn *k);
/* May a POST to /api/ingest send its body?  0, or the status that refuses
 * it (403 read-only or writes off, 401 no token, 413 a declared length
 * over the cap) with its message into msg: asked when the headers are in,
 * before any of the body is read. */
unsigned sr_api_ingest_admit(sr_server *s, struct MHD_Connection *c, char *msg, size_t cap);
enum MHD_Result sr_api_ingest(sr_server *s, struct MHD_Connection *c, conn *k);
enum MHD_Result sr_api_health(sr_server *s, struct MHD_Connection *c, conn *k);
enum MHD_Result sr_api_metrics(sr_server *s, struct MHD_Connection *c, conn *k);
#endif
