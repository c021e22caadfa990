/* serve.c: `sitrep serve`: the store behind an HTTP API, and the dashboard.
 *
 * libmicrohttpd runs the connections on a pool of threads.  Each request
 * takes a store handle from a pool (one a thread: sr_store is not shared)
 * and gives it back; an export streams from a thread of its own through a
 * pipe.  Every answer is JSON built by sitrep's writer (strings escaped),
 * or one of the dashboard's files compiled into the binary (looked up by
 * name: no request path reaches the file system).  Every answer carries a
 * strict Content-Security-Policy; the dashboard builds its page with
 * textContent only, never HTML from article strings.
 *
 * Writes (POST /api/ingest) need the bearer token and are refused with
 * --read-only; request bodies, page sizes and query values are capped. */
#define _GNU_SOURCE
#include "assets.h"
#include "qs.h"

#include "../util/buf.h"
#include "../util/error.h"
#include "../util/json.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

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
	R_N
};
static const char *const ROUTE[R_N] = {"other",    "static",   "healthz",  "metrics", "openapi",
                                       "events",   "event",    "article",  "timeline", "map",      "places",
                                       "actors",   "export",   "ingest"};
/* the latency histogram's upper bounds, seconds (then +Inf) */
static const double BOUNDS[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};
#define N_BOUNDS (sizeof BOUNDS / sizeof *BOUNDS)

struct sr_server {
	struct MHD_Daemon *d;
	char *db, *token;
	bool read_only;
	size_t max_body;
	double query_timeout; /* seconds a request's reading may take */
	bool fetch_private;   /* URL ingests may reach non-public addresses */
	int port;
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
};

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
	bool too_big;
} conn;

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- the stores ------------------------------------------------------------- */

/* Whether the store should give up request k's reading: it is past its
 * time, or its client has hung up (the answer would go nowhere, and the
 * pool's thread is wanted). */
static int request_over(void *arg)
{
	conn *k = arg;
	if (now_s() > k->deadline) {
		k->stopped = STOP_LATE;
		return 1;
	}
	struct pollfd p = {.fd = k->fd, .events = POLLRDHUP};
	if (k->fd >= 0 && poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR))) {
		k->stopped = STOP_GONE;
		return 1;
	}
	return 0;
}

/* A store for request k, watched for its time limit and its client (k
 * NULL: not watched, for writes, which are bounded by their body). */
static sr_store *take_store(sr_server *s, conn *k)
{
	sr_store *st = NULL;
	pthread_mutex_lock(&s->mu);
	while (!st) {
		for (size_t i = 0; i < s->n_stores && !st; i++)
			if (!s->busy[i]) {
				s->busy[i] = true;
				st = s->stores[i];
			}
		if (!st)
			pthread_cond_wait(&s->cv, &s->mu);
	}
	pthread_mutex_unlock(&s->mu);
	if (k) {
		k->deadline = now_s() + s->query_timeout;
		sr_store_watch(st, (sr_stop){request_over, k});
	}
	return st;
}

/* Give st back; its last error (what the request says when it failed)
 * into err first. */
static void give_store(sr_server *s, sr_store *st, char *err, size_t cap)
{
	snprintf(err, cap, "%s", sr_store_error(st));
	sr_store_watch(st, (sr_stop){NULL, NULL});
	pthread_mutex_lock(&s->mu);
	for (size_t i = 0; i < s->n_stores; i++)
		if (s->stores[i] == st)
			s->busy[i] = false;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

/* ---- answers ------------------------------------------------------------------ */

static void security_headers(struct MHD_Response *r, bool api)
{
	MHD_add_response_header(r, "Content-Security-Policy",
	                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
	                        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Cache-Control", api ? "no-store" : "max-age=300");
}

/* Answer with data (malloc'ed, taken over). */
static enum MHD_Result answer(struct MHD_Connection *c, conn *k, unsigned status, const char *type, char *data,
                              size_t len, bool api)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len, data ? data : (char *)"", data ? MHD_RESPMEM_MUST_FREE
	                                                                                            : MHD_RESPMEM_PERSISTENT);
	if (!r) {
		free(data);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type", type);
	security_headers(r, api);
	if (status == MHD_HTTP_UNAUTHORIZED)
		MHD_add_response_header(r, "WWW-Authenticate", "Bearer realm=\"sitrep\"");
	k->status = (int)status;
	enum MHD_Result res = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return res;
}

static enum MHD_Result answer_json(struct MHD_Connection *c, conn *k, unsigned status, sr_buf *b)
{
	if (b->failed) {
		sr_buf_clear(b);
		char *m = strdup("{\"error\":\"out of memory\"}");
		return answer(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "application/json", m, m ? strlen(m) : 0, true);
	}
	size_t len = 0;
	char *data = sr_buf_steal(b, &len);
	return answer(c, k, status, "application/json", data, len, true);
}

/* b and w ready for a JSON answer, its object open. */
static void json_open(sr_buf *b, sr_jw *w)
{
	sr_buf_init(b, 0);
	sr_jw_init(w, b);
	sr_jw_obj_begin(w);
}

static enum MHD_Result answer_error(struct MHD_Connection *c, conn *k, unsigned status, const char *msg)
{
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "error");
	sr_jw_str(&w, msg);
	sr_jw_obj_end(&w);
	return answer_json(c, k, status, &b);
}

/* A store call that failed: the answer begun in b dropped, the store's
 * message said (400 for what the request asked, 500 for the store); a
 * reading given up says so (503), or nothing when its client is gone. */
static enum MHD_Result store_failed(sr_server *s, struct MHD_Connection *c, conn *k, sr_status rc, sr_buf *b,
                                    const char *err)
{
	sr_buf_clear(b);
	if (k->stopped != RUN_ON)
		atomic_fetch_add(&s->stopped[k->stopped], 1);
	if (k->stopped == STOP_GONE) {
		/* an answer no one reads (libmicrohttpd finds the socket closed);
		 * counted under no status */
		enum MHD_Result r = answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, "the client went away");
		k->status = 0;
		return r;
	}
	if (k->stopped == STOP_LATE) {
		char msg[160];
		snprintf(msg, sizeof msg,
		         "the query ran past the server's limit of %g s: narrow the dates, the place or the filters",
		         s->query_timeout);
		return answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	return answer_error(c, k, rc == SR_EINVAL ? MHD_HTTP_BAD_REQUEST : MHD_HTTP_INTERNAL_SERVER_ERROR, err);
}

/* After a read that returned rc, st given back: true when it failed, the
 * answer to the failure (store_failed, b dropped) in *res. */
static bool read_failed(sr_server *s, struct MHD_Connection *c, conn *k, sr_store *st, sr_status rc, sr_buf *b,
                        enum MHD_Result *res)
{
	char err[512];
	give_store(s, st, err, sizeof err);
	if (rc == SR_OK)
		return false;
	*res = store_failed(s, c, k, rc, b, err);
	return true;
}

/* ---- query strings -------------------------------------------------------------- */

typedef struct args {
	sr_api_query *a;
	bool bad;
} args;

static enum MHD_Result take_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	args *x = cls;
	if (!x->bad && !sr_api_query_set(x->a, key, value))
		x->bad = true;
	return x->bad ? MHD_NO : MHD_YES;
}

/* The request's parameters into a; false (and a->err) when one is refused. */
static bool parse_args(struct MHD_Connection *c, sr_api_query *a)
{
	sr_api_query_init(a);
	args x = {a, false};
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, take_arg, &x);
	return !x.bad;
}

/* ---- GET /api/events --------------------------------------------------------------- */

typedef struct page {
	sr_jw *w;
	long n, limit;
	char next[64];
	bool more;
} page;

/* An event's id and cluster, as keys of the object open in w. */
static void write_ids(sr_jw *w, const sr_query_row *r)
{
	sr_jw_key(w, "id");
	sr_jw_int(w, r->id);
	sr_jw_key(w, "cluster");
	if (r->cluster)
		sr_jw_int(w, r->cluster);
	else
		sr_jw_null(w);
}

/* Its article's id, address, title and site (and its text), as a key. */
static void write_article(sr_jw *w, const sr_query_row *r, bool text)
{
	sr_jw_key(w, "article");
	sr_jw_obj_begin(w);
	sr_jw_key(w, "id");
	sr_jw_str(w, r->article);
	sr_jw_key(w, "url");
	sr_jw_str(w, r->url);
	sr_jw_key(w, "title");
	sr_jw_str(w, r->title);
	sr_jw_key(w, "site");
	sr_jw_str(w, r->site);
	if (text) {
		sr_jw_key(w, "text");
		sr_jw_strn(w, r->text ? r->text : "", r->text ? r->text_len : 0);
	}
	sr_jw_obj_end(w);
}

static void write_event(sr_jw *w, const sr_query_row *r)
{
	sr_jw_obj_begin(w);
	write_ids(w, r);
	write_article(w, r, false);
	sr_jw_key(w, "event");
	if (r->json)
		sr_jw_raw(w, r->json, strlen(r->json));
	else
		sr_jw_null(w);
	sr_jw_obj_end(w);
}

static int page_row(void *user, const sr_query_row *r)
{
	page *p = user;
	if (p->n == p->limit) { /* one more than the page: there is a next */
		p->more = true;
		return 1;
	}
	write_event(p->w, r);
	sr_api_cursor(p->next, sizeof p->next, r->date, r->id);
	p->n++;
	return 0;
}

static enum MHD_Result get_events(sr_server *s, struct MHD_Connection *c, conn *k)
{
	sr_api_query a;
	if (!parse_args(c, &a))
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, a.err);
	a.q.limit = a.limit + 1;
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "events");
	sr_jw_arr_begin(&w);
	page p = {&w, 0, a.limit, "", false};
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_query(st, &a.q, page_row, &p);
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "next");
	sr_jw_str(&w, p.more ? p.next : NULL);
	sr_jw_obj_end(&w);
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/events/{id} ------------------------------------------------------------- */

/* The words an event was coded from, as byte ranges of its article's text
 * (its record's evidence): "spans": [{role, kind (a count's), start,
 * end}] for the source and target actors, the action, the place, the
 * date, the source of the claim, the sentence and each count.  Asked once
 * the query that found the event is over (PostgreSQL runs one statement
 * at a time on a connection). */
static int span_row(void *user, const char *role, const char *kind, long long start, long long end)
{
	sr_jw *w = user;
	sr_jw_obj_begin(w);
	sr_jw_key(w, "role");
	sr_jw_str(w, role);
	if (kind) {
		sr_jw_key(w, "kind");
		sr_jw_str(w, kind);
	}
	sr_jw_key(w, "start");
	sr_jw_int(w, start);
	sr_jw_key(w, "end");
	sr_jw_int(w, end);
	sr_jw_obj_end(w);
	return 0;
}

static sr_status write_spans(sr_jw *w, sr_store *st, long long id)
{
	sr_jw_key(w, "spans");
	sr_jw_arr_begin(w);
	sr_status rc = sr_store_evidence(st, id, span_row, w);
	sr_jw_arr_end(w);
	return rc;
}

typedef struct one_event {
	sr_jw *w;
	long long cluster;
	bool found;
} one_event;

static int event_row(void *user, const sr_query_row *r)
{
	one_event *o = user;
	sr_jw *w = o->w;
	o->found = true;
	o->cluster = r->cluster;
	write_ids(w, r);
	sr_jw_key(w, "event");
	sr_jw_raw(w, r->json, strlen(r->json));
	write_article(w, r, true);
	return 1;
}

static int cluster_row(void *user, const sr_query_row *r)
{
	write_event(user, r);
	return 0;
}

static enum MHD_Result get_event(sr_server *s, struct MHD_Connection *c, conn *k, const char *idp)
{
	char *end;
	long long id = strtoll(idp, &end, 10);
	if (*end || id <= 0 || strlen(idp) > 18)
		return answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such event");
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	one_event o = {&w, 0, false};
	sr_query q;
	memset(&q, 0, sizeof q);
	q.id = id;
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_query(st, &q, event_row, &o);
	if (rc == SR_OK && o.found)
		rc = write_spans(&w, st, id);
	if (rc == SR_OK && o.found) {
		/* every report of the same real-world event */
		sr_jw_key(&w, "reports");
		sr_jw_arr_begin(&w);
		if (o.cluster) {
			memset(&q, 0, sizeof q);
			q.cluster = o.cluster;
			q.limit = 500;
			rc = sr_store_query(st, &q, cluster_row, &w);
		}
		sr_jw_arr_end(&w);
	}
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	if (!o.found) {
		sr_buf_clear(&b);
		return answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such event");
	}
	sr_jw_obj_end(&w);
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/articles/{id} ------------------------------------------------------------ */

/* An article's events: their ids and JSON copies, kept until the query
 * is over (their spans are asked then). */
typedef struct article_events {
	long long *id;
	char **json;
	size_t n, cap;
	bool failed;
} article_events;

static int article_event(void *user, const sr_query_row *r)
{
	article_events *e = user;
	if (e->n == e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 16;
		long long *id = realloc(e->id, cap * sizeof *id);
		if (id)
			e->id = id;
		char **json = id ? realloc(e->json, cap * sizeof *json) : NULL;
		if (json)
			e->json = json;
		if (!id || !json) {
			e->failed = true;
			return 1;
		}
		e->cap = cap;
	}
	e->id[e->n] = r->id;
	if (!(e->json[e->n] = strdup(r->json ? r->json : "null"))) {
		e->failed = true;
		return 1;
	}
	e->n++;
	return 0;
}

static enum MHD_Result get_article(sr_server *s, struct MHD_Connection *c, conn *k, const char *id)
{
	if (strlen(id) != 16 || strspn(id, "0123456789abcdef") != 16)
		return answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such article");
	char *json = NULL;
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_article(st, id, &json);
	sr_buf b;
	sr_jw w;
	sr_buf_init(&b, 0);
	sr_jw_init(&w, &b);
	if (rc == SR_OK && json) {
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "article");
		sr_jw_raw(&w, json, strlen(json));
		sr_jw_key(&w, "events");
		sr_jw_arr_begin(&w);
		sr_query q;
		memset(&q, 0, sizeof q);
		q.article = id;
		article_events ev = {0};
		rc = sr_store_query(st, &q, article_event, &ev);
		if (rc == SR_OK && ev.failed)
			rc = SR_ENOMEM;
		for (size_t i = 0; i < ev.n; i++) {
			if (rc == SR_OK) {
				sr_jw_obj_begin(&w);
				sr_jw_key(&w, "id");
				sr_jw_int(&w, ev.id[i]);
				sr_jw_key(&w, "event");
				sr_jw_raw(&w, ev.json[i], strlen(ev.json[i]));
				rc = write_spans(&w, st, ev.id[i]);
				sr_jw_obj_end(&w);
			}
			free(ev.json[i]);
		}
		free(ev.id);
		free(ev.json);
		sr_jw_arr_end(&w);
		sr_jw_obj_end(&w);
	}
	bool found = json != NULL;
	free(json);
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	if (!found) {
		sr_buf_clear(&b);
		return answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such article");
	}
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/timeline ------------------------------------------------------------------ */

typedef struct tl {
	sr_jw *w;
	long n;
	bool cut;
} tl;

#define MAX_BUCKETS 20000

static int timeline_row(void *user, const char *day, const char *type, long long events, long long killed)
{
	tl *t = user;
	if (t->n++ >= MAX_BUCKETS) {
		t->cut = true;
		return 1;
	}
	sr_jw_obj_begin(t->w);
	sr_jw_key(t->w, "day");
	sr_jw_str(t->w, day);
	sr_jw_key(t->w, "type");
	sr_jw_str(t->w, type);
	sr_jw_key(t->w, "events");
	sr_jw_int(t->w, events);
	sr_jw_key(t->w, "killed");
	sr_jw_int(t->w, killed);
	sr_jw_obj_end(t->w);
	return 0;
}

static enum MHD_Result get_timeline(sr_server *s, struct MHD_Connection *c, conn *k)
{
	sr_api_query a;
	if (!parse_args(c, &a))
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, a.err);
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "unit");
	sr_jw_str(&w, a.unit);
	sr_jw_key(&w, "buckets");
	sr_jw_arr_begin(&w);
	tl t = {&w, 0, false};
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_timeline(st, &a.q, a.unit, timeline_row, &t);
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "truncated");
	sr_jw_bool(&w, t.cut);
	sr_jw_obj_end(&w);
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/map ---------------------------------------------------------------------------- */

/* The events counted by map cell: each cell's mean point, events, dead,
 * most frequent type and newest event (what the dashboard draws a marker
 * of).  The store gives (cell, type) groups in cell order; they are merged
 * here. */
typedef struct map_acc {
	sr_jw *w;
	long long cy, cx, events, killed, newest, top_events;
	double lat, lon; /* sums weighted by events */
	char top[64];
	long n;
	bool open, cut;
} map_acc;

#define MAX_CELLS 20000

static void map_flush(map_acc *m)
{
	if (!m->open)
		return;
	m->open = false;
	if (m->n++ >= MAX_CELLS) {
		m->cut = true;
		return;
	}
	sr_jw *w = m->w;
	sr_jw_obj_begin(w);
	sr_jw_key(w, "lat");
	sr_jw_num(w, m->lat / (double)m->events);
	sr_jw_key(w, "lon");
	sr_jw_num(w, m->lon / (double)m->events);
	sr_jw_key(w, "events");
	sr_jw_int(w, m->events);
	sr_jw_key(w, "killed");
	sr_jw_int(w, m->killed);
	sr_jw_key(w, "type");
	sr_jw_str(w, m->top);
	sr_jw_key(w, "event");
	sr_jw_int(w, m->newest);
	sr_jw_obj_end(w);
}

static int map_row(void *user, long long cy, long long cx, const char *type, double lat, double lon, long long events,
                   long long killed, long long newest)
{
	map_acc *m = user;
	if (m->open && (cy != m->cy || cx != m->cx))
		map_flush(m);
	if (m->cut)
		return 1;
	if (!m->open) {
		m->open = true;
		m->cy = cy, m->cx = cx;
		m->events = m->killed = m->newest = m->top_events = 0;
		m->lat = m->lon = 0;
	}
	m->events += events;
	m->killed += killed;
	m->lat += lat * (double)events;
	m->lon += lon * (double)events;
	if (newest > m->newest)
		m->newest = newest;
	if (events > m->top_events) {
		m->top_events = events;
		snprintf(m->top, sizeof m->top, "%s", type ? type : "Other");
	}
	return 0;
}

static enum MHD_Result get_map(sr_server *s, struct MHD_Connection *c, conn *k)
{
	sr_api_query a;
	if (!parse_args(c, &a))
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, a.err);
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "cell");
	sr_jw_num(&w, a.cell);
	sr_jw_key(&w, "cells");
	sr_jw_arr_begin(&w);
	map_acc m;
	memset(&m, 0, sizeof m);
	m.w = &w;
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_grid(st, &a.q, a.cell, map_row, &m);
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	map_flush(&m);
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "truncated");
	sr_jw_bool(&w, m.cut);
	sr_jw_obj_end(&w);
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/places, /api/actors ---------------------------------------------------------- */

static int named_row(void *user, const sr_named_row *r)
{
	sr_jw *w = user;
	sr_jw_obj_begin(w);
	sr_jw_key(w, "id");
	sr_jw_int(w, r->id);
	sr_jw_key(w, "key");
	sr_jw_str(w, r->key);
	sr_jw_key(w, "code");
	sr_jw_str(w, r->code);
	sr_jw_key(w, "name");
	sr_jw_str(w, r->name);
	sr_jw_key(w, "country");
	sr_jw_str(w, r->country);
	sr_jw_key(w, "events");
	sr_jw_int(w, r->n_events);
	sr_jw_key(w, "first_date");
	sr_jw_str(w, r->first_date);
	sr_jw_key(w, "last_date");
	sr_jw_str(w, r->last_date);
	if (r->has_point) {
		sr_jw_key(w, "lat");
		sr_jw_num(w, r->lat);
		sr_jw_key(w, "lon");
		sr_jw_num(w, r->lon);
	}
	sr_jw_obj_end(w);
	return 0;
}

static enum MHD_Result get_named(sr_server *s, struct MHD_Connection *c, conn *k, bool places)
{
	sr_api_query a;
	if (!parse_args(c, &a))
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, a.err);
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, places ? "places" : "actors");
	sr_jw_arr_begin(&w);
	sr_store *st = take_store(s, k);
	sr_status rc = sr_store_named(st, places, a.q.country, a.limit, named_row, &w);
	enum MHD_Result res;
	if (read_failed(s, c, k, st, rc, &b, &res))
		return res;
	sr_jw_arr_end(&w);
	sr_jw_obj_end(&w);
	return answer_json(c, k, MHD_HTTP_OK, &b);
}

/* ---- GET /api/export ------------------------------------------------------------------------- */

typedef struct export_job {
	char *db;
	sr_api_query a;
	int fd;
	atomic_int *running; /* the server's count of exports */
} export_job;

/* The export written into the pipe from a thread of its own, with its own
 * store: the answer streams as it is made.  A client that goes away closes
 * the pipe, and the write fails (SIGPIPE is ignored). */
static void *export_thread(void *arg)
{
	export_job *j = arg;
	FILE *f = fdopen(j->fd, "w");
	sr_store *st = NULL;
	if (f && sr_store_open(j->db, &st) == SR_OK)
		sr_store_export(st, &j->a.q, sr_export_format_of(j->a.format), f);
	sr_store_close(st);
	if (f)
		fclose(f);
	else
		close(j->fd);
	atomic_fetch_sub(j->running, 1);
	free(j->db);
	free(j);
	return NULL;
}

static enum MHD_Result get_export(sr_server *s, struct MHD_Connection *c, conn *k)
{
	export_job *j = calloc(1, sizeof *j);
	if (!j)
		return answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	if (!parse_args(c, &j->a)) {
		enum MHD_Result r = answer_error(c, k, MHD_HTTP_BAD_REQUEST, j->a.err);
		free(j);
		return r;
	}
	if (!j->a.format[0]) {
		free(j);
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, "format: jsonl, csv, geojson, gdelt, acled or plover");
	}
	if (atomic_fetch_add(&s->exporting, 1) >= MAX_EXPORTS) {
		atomic_fetch_sub(&s->exporting, 1);
		free(j);
		return answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, "too many exports at once: try again soon");
	}
	j->running = &s->exporting;
	int fds[2];
	pthread_t t;
	if (!(j->db = strdup(s->db)) || pipe2(fds, O_CLOEXEC) != 0) {
		atomic_fetch_sub(&s->exporting, 1);
		free(j->db);
		free(j);
		return answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot start the export");
	}
	j->fd = fds[1];
	char fmt[16];
	snprintf(fmt, sizeof fmt, "%s", j->a.format);
	pthread_attr_t at;
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	int started = pthread_create(&t, &at, export_thread, j);
	pthread_attr_destroy(&at);
	if (started != 0) {
		close(fds[0]);
		close(fds[1]);
		atomic_fetch_sub(&s->exporting, 1);
		free(j->db);
		free(j);
		return answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot start the export");
	}
	atomic_fetch_add(&s->exports, 1);
	struct MHD_Response *r = MHD_create_response_from_pipe(fds[0]);
	if (!r) {
		close(fds[0]);
		return MHD_NO;
	}
	static const struct {
		const char *fmt, *type, *ext;
	} TYPES[] = {{"jsonl", "application/x-ndjson", "jsonl"},     {"csv", "text/csv; charset=utf-8", "csv"},
	             {"geojson", "application/geo+json", "geojson"}, {"gdelt", "text/tab-separated-values", "tsv"},
	             {"acled", "text/csv; charset=utf-8", "csv"},    {"plover", "application/x-ndjson", "jsonl"}};
	for (size_t i = 0; i < sizeof TYPES / sizeof *TYPES; i++)
		if (!strcmp(TYPES[i].fmt, fmt)) {
			char disp[96];
			snprintf(disp, sizeof disp, "attachment; filename=\"sitrep-%s.%s\"", fmt, TYPES[i].ext);
			MHD_add_response_header(r, "Content-Type", TYPES[i].type);
			MHD_add_response_header(r, "Content-Disposition", disp);
		}
	security_headers(r, true);
	k->status = MHD_HTTP_OK;
	enum MHD_Result res = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return res;
}

/* ---- POST /api/ingest ------------------------------------------------------------------------ */

/* The reader of what was posted: the body as a page or a text, or (a
 * text/uri-list) the one http(s) URL it names, '#' lines and blank ones
 * left out, to be fetched by the input stage (libcurl: redirects,
 * timeouts, a size cap; public addresses only unless told).  Only http and
 * https: never a file of the server's.  SR_EINVAL (why says) for a body
 * that names no URL. */
static sr_status posted_reader(sr_server *s, conn *k, bool link, bool text, const char *url, sr_reader **r,
                               char *why, size_t cap)
{
	if (!link) {
		sr_extract_opts o = {0};
		o.name = url && *url ? url : "POST /api/ingest";
		o.url = url && *url ? url : NULL;
		o.format = text ? SR_FORMAT_TEXT : SR_FORMAT_HTML;
		return sr_reader_new_mem(k->body.data, k->body.len, &o, r);
	}
	char *line = NULL;
	for (char *p = k->body.data, *save = NULL, *t; (t = strtok_r(p, "\r\n", &save)); p = NULL) {
		while (*t == ' ' || *t == '\t')
			t++;
		if (*t && *t != '#') {
			line = t;
			break;
		}
	}
	size_t n = line ? strcspn(line, " \t") : 0;
	if (line)
		line[n] = '\0';
	if (!line || (strncmp(line, "http://", 7) && strncmp(line, "https://", 8)) || n > 4096) {
		snprintf(why, cap, "want one http:// or https:// URL");
		return SR_EINVAL;
	}
	const char *inputs[] = {line};
	sr_status rc = sr_reader_new(inputs, 1, r);
	if (rc == SR_OK) {
		sr_reader_fetch_limits(*r, 10000, 30000, s->max_body);
		sr_reader_fetch_public_only(*r, !s->fetch_private);
	}
	return rc;
}

/* What the pipeline made of the posted page. */
typedef struct ingest_answer {
	bool got;           /* a result came */
	sr_status status;
	sr_stage failed;
	char error[512];
	char id[17];
	char *title;
	sr_put_result put;
	size_t n_events;
	bool coded;
} ingest_answer;

static int ingest_result(void *user, const sr_result *r)
{
	ingest_answer *a = user;
	a->got = true;
	a->status = r->status;
	a->failed = r->failed;
	snprintf(a->error, sizeof a->error, "%s", r->error ? r->error : "");
	if (r->article) {
		snprintf(a->id, sizeof a->id, "%s", r->article->id);
		a->title = r->article->title ? strdup(r->article->title) : NULL;
	}
	a->put = r->put;
	a->n_events = r->n_stored;
	a->coded = !r->other_language;
	return 1;
}

/* Do two strings match, in time that does not depend on where they differ? */
static bool same_secret(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned char d = la != lb;
	for (size_t i = 0; i < la; i++)
		d |= (unsigned char)(a[i] ^ b[i % (lb ? lb : 1)]);
	return d == 0;
}

static enum MHD_Result post_ingest(sr_server *s, struct MHD_Connection *c, conn *k)
{
	if (s->read_only)
		return answer_error(c, k, MHD_HTTP_FORBIDDEN, "the server is read-only");
	if (!s->token)
		return answer_error(c, k, MHD_HTTP_FORBIDDEN, "writes are off: start the server with --token");
	const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
	if (!auth || strncmp(auth, "Bearer ", 7) != 0 || !same_secret(auth + 7, s->token))
		return answer_error(c, k, MHD_HTTP_UNAUTHORIZED, "a bearer token is needed");
	if (k->too_big) {
		char m[96];
		snprintf(m, sizeof m, "the body is over %zu bytes", s->max_body);
		return answer_error(c, k, MHD_HTTP_CONTENT_TOO_LARGE, m);
	}
	if (!k->body.len)
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, "an empty body: send the page (text/html) or text (text/plain)");
	const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	bool text = type && !strncmp(type, "text/plain", 10), link = type && !strncmp(type, "text/uri-list", 13);
	if (type && !text && !link && strncmp(type, "text/html", 9) != 0 && strncmp(type, "application/xhtml", 17) != 0)
		return answer_error(c, k, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		                    "send a page (text/html), a text (text/plain) or a URL to fetch (text/uri-list)");
	const char *url = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "url");
	char why[600] = "";
	sr_reader *rd = NULL;
	sr_status rc = posted_reader(s, k, link, text, url, &rd, why, sizeof why);
	ingest_answer a = {0};
	char err[512] = "";
	if (rc == SR_OK) {
		/* the whole pipeline, into a store of the pool, one ingest at a time */
		sr_store *st = take_store(s, NULL);
		pthread_mutex_lock(&s->ingest_mu);
		rc = sr_pipeline_run(s->pipeline, rd, st, ingest_result, &a);
		pthread_mutex_unlock(&s->ingest_mu);
		give_store(s, st, err, sizeof err);
	}
	if (rc == SR_OK && !a.got) {
		snprintf(why, sizeof why, "no page (not HTML, or an empty answer)");
		rc = SR_EIO;
	} else if (rc == SR_OK && a.status != SR_OK && a.failed <= SR_STAGE_EXTRACT) {
		snprintf(why, sizeof why, "%s", a.error);
		rc = link && a.failed == SR_STAGE_READ ? SR_EIO : a.status;
	}
	sr_reader_free(rd);
	if (rc != SR_OK) {
		atomic_fetch_add(&s->ingested[0], 1);
		free(a.title);
		char m[700];
		snprintf(m, sizeof m, "%s: %s", link ? "the URL could not be read" : "no article in the body",
		         why[0] ? why : sr_status_str(rc));
		return answer_error(c, k,
		                    link && rc != SR_EINVAL ? MHD_HTTP_BAD_GATEWAY
		                    : link                  ? MHD_HTTP_BAD_REQUEST
		                                            : MHD_HTTP_UNPROCESSABLE_CONTENT,
		                    m);
	}
	/* the stages after extraction: their failure is the server's */
	rc = a.status;
	if (rc != SR_OK)
		snprintf(err, sizeof err, "%s", a.error);
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "article");
	sr_jw_str(&w, a.id);
	sr_jw_key(&w, "title");
	sr_jw_str(&w, a.title);
	sr_jw_key(&w, "result");
	sr_jw_str(&w, rc != SR_OK                       ? "failed"
	              : a.put == SR_PUT_NEW             ? "new"
	              : a.put == SR_PUT_REPLACED        ? "replaced"
	                                                : "unchanged");
	sr_jw_key(&w, "events");
	sr_jw_int(&w, (long long)a.n_events);
	sr_jw_key(&w, "coded");
	sr_jw_bool(&w, a.coded || a.put == SR_PUT_UNCHANGED);
	if (rc != SR_OK) {
		sr_jw_key(&w, "error");
		sr_jw_str(&w, err);
	}
	sr_jw_obj_end(&w);
	free(a.title);
	atomic_fetch_add(&s->ingested[rc == SR_OK ? a.put : 0], 1);
	if (rc == SR_OK)
		atomic_fetch_add(&s->ingested_events, a.n_events);
	return answer_json(c, k, rc == SR_OK ? (a.put == SR_PUT_NEW ? MHD_HTTP_CREATED : MHD_HTTP_OK)
	                                     : MHD_HTTP_INTERNAL_SERVER_ERROR,
	                   &b);
}

/* ---- GET /healthz, /metrics, /api/openapi.json ------------------------------------------------ */

static enum MHD_Result get_health(sr_server *s, struct MHD_Connection *c, conn *k)
{
	long long na = 0, ne = 0;
	sr_store *st = take_store(s, NULL); /* a count: quick, and never a 503 for its time */
	sr_status rc = sr_store_counts(st, &na, &ne);
	char err[512];
	give_store(s, st, err, sizeof err);
	sr_buf b;
	sr_jw w;
	json_open(&b, &w);
	sr_jw_key(&w, "status");
	sr_jw_str(&w, rc == SR_OK ? "ok" : "store unavailable");
	sr_jw_key(&w, "articles");
	sr_jw_int(&w, na);
	sr_jw_key(&w, "events");
	sr_jw_int(&w, ne);
	sr_jw_key(&w, "read_only");
	sr_jw_bool(&w, s->read_only || !s->token);
	sr_jw_obj_end(&w);
	return answer_json(c, k, rc == SR_OK ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, &b);
}

static enum MHD_Result get_metrics(sr_server *s, struct MHD_Connection *c, conn *k)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_buf_puts(&b, "# HELP sitrep_http_requests_total HTTP requests answered, by route and status class.\n"
	                "# TYPE sitrep_http_requests_total counter\n");
	for (int r = 0; r < R_N; r++)
		for (int cl = 1; cl < 6; cl++) {
			unsigned long long v = atomic_load(&s->requests[r][cl]);
			if (v)
				sr_buf_printf(&b, "sitrep_http_requests_total{route=\"%s\",code=\"%dxx\"} %llu\n", ROUTE[r], cl, v);
		}
	sr_buf_puts(&b, "# HELP sitrep_http_request_duration_seconds Time from a request's first byte to its answer's last.\n"
	                "# TYPE sitrep_http_request_duration_seconds histogram\n");
	for (int r = 0; r < R_N; r++) {
		unsigned long long cum = 0;
		for (size_t i = 0; i <= N_BOUNDS; i++) {
			cum += atomic_load(&s->hist[r][i]);
			if (i < N_BOUNDS)
				sr_buf_printf(&b, "sitrep_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
				              ROUTE[r], BOUNDS[i], cum);
			else
				sr_buf_printf(&b, "sitrep_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n",
				              ROUTE[r], cum);
		}
		sr_buf_printf(&b, "sitrep_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", ROUTE[r],
		              (double)atomic_load(&s->hist_sum_us[r]) / 1e6);
		sr_buf_printf(&b, "sitrep_http_request_duration_seconds_count{route=\"%s\"} %llu\n", ROUTE[r], cum);
	}
	static const char *const RESULT[] = {"failed", "new", "unchanged", "replaced"};
	sr_buf_puts(&b, "# HELP sitrep_ingest_articles_total Articles POSTed to /api/ingest, by what became of them.\n"
	                "# TYPE sitrep_ingest_articles_total counter\n");
	for (int i = 0; i < 4; i++)
		sr_buf_printf(&b, "sitrep_ingest_articles_total{result=\"%s\"} %llu\n", RESULT[i],
		              atomic_load(&s->ingested[i]));
	sr_buf_printf(&b,
	              "# HELP sitrep_ingest_events_total Events stored from /api/ingest.\n"
	              "# TYPE sitrep_ingest_events_total counter\nsitrep_ingest_events_total %llu\n"
	              "# HELP sitrep_exports_total Exports started.\n"
	              "# TYPE sitrep_exports_total counter\nsitrep_exports_total %llu\n",
	              atomic_load(&s->ingested_events), atomic_load(&s->exports));
	sr_buf_printf(&b,
	              "# HELP sitrep_http_reads_stopped_total Requests whose reading of the store was given up: past "
	              "the time limit, or their client gone.\n"
	              "# TYPE sitrep_http_reads_stopped_total counter\n"
	              "sitrep_http_reads_stopped_total{why=\"timeout\"} %llu\n"
	              "sitrep_http_reads_stopped_total{why=\"client_gone\"} %llu\n",
	              atomic_load(&s->stopped[STOP_LATE]), atomic_load(&s->stopped[STOP_GONE]));
	if (b.failed) {
		sr_buf_clear(&b);
		return answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	}
	size_t len;
	char *data = sr_buf_steal(&b, &len);
	return answer(c, k, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", data, len, true);
}

static const sr_asset *asset(const char *name)
{
	for (size_t i = 0; i < SR_N_ASSETS; i++)
		if (!strcmp(SR_ASSETS[i].name, name))
			return &SR_ASSETS[i];
	return NULL;
}

static enum MHD_Result get_asset(struct MHD_Connection *c, conn *k, const sr_asset *a)
{
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(a->len, (void *)a->data, MHD_RESPMEM_PERSISTENT);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", a->type);
	security_headers(r, false);
	k->status = MHD_HTTP_OK;
	enum MHD_Result res = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return res;
}

/* ---- routing ---------------------------------------------------------------------------------- */

static int route_of(const char *method, const char *url, const char **tail)
{
	*tail = NULL;
	bool get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
	if (!strcmp(url, "/api/ingest"))
		return R_INGEST;
	if (!get)
		return R_OTHER;
	if (!strcmp(url, "/") || !strncmp(url, "/assets/", 8))
		return R_STATIC;
	if (!strcmp(url, "/healthz"))
		return R_HEALTH;
	if (!strcmp(url, "/metrics"))
		return R_METRICS;
	if (!strcmp(url, "/api/openapi.json"))
		return R_OPENAPI;
	if (!strcmp(url, "/api/events"))
		return R_EVENTS;
	if (!strncmp(url, "/api/events/", 12))
		return *tail = url + 12, R_EVENT;
	if (!strncmp(url, "/api/articles/", 14))
		return *tail = url + 14, R_ARTICLE;
	if (!strcmp(url, "/api/timeline"))
		return R_TIMELINE;
	if (!strcmp(url, "/api/map"))
		return R_MAP;
	if (!strcmp(url, "/api/places"))
		return R_PLACES;
	if (!strcmp(url, "/api/actors"))
		return R_ACTORS;
	if (!strcmp(url, "/api/export"))
		return R_EXPORT;
	return R_OTHER;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upload_size, void **state)
{
	(void)version;
	sr_server *s = cls;
	conn *k = *state;
	const char *tail;
	if (!k) { /* the headers are in: the request begins */
		if (!(k = calloc(1, sizeof *k)))
			return MHD_NO;
		k->t0 = now_s();
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		k->fd = ci ? ci->connect_fd : -1;
		k->route = route_of(method, url, &tail);
		sr_buf_init(&k->body, s->max_body);
		*state = k;
		return MHD_YES;
	}
	if (*upload_size) { /* the body, a piece at a time, capped */
		if (!k->too_big && !sr_buf_append(&k->body, upload, *upload_size)) {
			k->too_big = true;
			sr_buf_clear(&k->body);
		}
		*upload_size = 0;
		return MHD_YES;
	}
	int r = route_of(method, url, &tail);
	if (r == R_INGEST) {
		if (strcmp(method, "POST") != 0)
			return answer_error(c, k, MHD_HTTP_METHOD_NOT_ALLOWED, "POST a page to /api/ingest");
		return post_ingest(s, c, k);
	}
	if (strcmp(method, "GET") && strcmp(method, "HEAD"))
		return answer_error(c, k, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET, HEAD, and POST to /api/ingest");
	if (k->body.len || k->too_big)
		return answer_error(c, k, MHD_HTTP_BAD_REQUEST, "a GET has no body");
	switch (r) {
	case R_STATIC: {
		const sr_asset *a = asset(!strcmp(url, "/") ? "index.html" : url + 8);
		return a ? get_asset(c, k, a) : answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such file");
	}
	case R_HEALTH:
		return get_health(s, c, k);
	case R_METRICS:
		return get_metrics(s, c, k);
	case R_OPENAPI: {
		const sr_asset *a = asset("openapi.json");
		return a ? get_asset(c, k, a) : answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such file");
	}
	case R_EVENTS:
		return get_events(s, c, k);
	case R_EVENT:
		return get_event(s, c, k, tail);
	case R_ARTICLE:
		return get_article(s, c, k, tail);
	case R_TIMELINE:
		return get_timeline(s, c, k);
	case R_MAP:
		return get_map(s, c, k);
	case R_PLACES:
		return get_named(s, c, k, true);
	case R_ACTORS:
		return get_named(s, c, k, false);
	case R_EXPORT:
		return get_export(s, c, k);
	default:
		return answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such resource");
	}
}

/* A request done: its route, status and time into the metrics. */
static void completed(void *cls, struct MHD_Connection *c, void **state, enum MHD_RequestTerminationCode why)
{
	(void)c;
	(void)why;
	sr_server *s = cls;
	conn *k = *state;
	if (!k)
		return;
	double t = now_s() - k->t0;
	int cl = k->status >= 100 && k->status < 600 ? k->status / 100 : 0;
	atomic_fetch_add(&s->requests[k->route][cl], 1);
	size_t i = 0;
	while (i < N_BOUNDS && t > BOUNDS[i])
		i++;
	atomic_fetch_add(&s->hist[k->route][i], 1);
	atomic_fetch_add(&s->hist_sum_us[k->route], (unsigned long long)(t * 1e6));
	sr_buf_clear(&k->body);
	free(k);
	*state = NULL;
}

/* ---- start, stop ---------------------------------------------------------------------------- */

void sr_serve_stop(sr_server *s)
{
	if (!s)
		return;
	if (s->d)
		MHD_stop_daemon(s->d);
	/* the exports' pipes are closed now: their threads fail their next
	 * write and end; they count down in s, so it waits for them (a thread
	 * stuck in the store past 5 s keeps s, rather than touch freed memory) */
	for (int i = 0; i < 500 && atomic_load(&s->exporting) > 0; i++)
		usleep(10000);
	if (atomic_load(&s->exporting) > 0)
		return;
	for (size_t i = 0; i < s->n_stores; i++)
		sr_store_close(s->stores[i]);
	free(s->stores);
	free(s->busy);
	sr_pipeline_free(s->pipeline);
	sr_dict_free(s->dict);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	pthread_mutex_destroy(&s->ingest_mu);
	free(s->db);
	free(s->token);
	free(s);
}

int sr_serve_port(const sr_server *s)
{
	return s ? s->port : 0;
}

sr_status sr_serve_start(const sr_serve_opts *o, sr_server **out)
{
	sr_server *s = calloc(1, sizeof *s);
	if (!s) {
		sr_error_set("out of memory");
		return SR_ENOMEM;
	}
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
	pthread_mutex_init(&s->ingest_mu, NULL);
	s->read_only = o->read_only;
	s->max_body = o->max_body ? o->max_body : 8u << 20;
	s->query_timeout = o->query_timeout > 0 ? o->query_timeout : 30;
	s->fetch_private = o->fetch_private;
	s->db = strdup(o->db ? o->db : "sitrep.db");
	s->token = o->token && *o->token ? strdup(o->token) : NULL;
	/* where: HOST:PORT, an IPv4 address (loopback by default) */
	const char *listen = o->listen && *o->listen ? o->listen : "127.0.0.1:8080";
	const char *colon = strrchr(listen, ':');
	char host[64];
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	long port = colon ? strtol(colon + 1, NULL, 10) : -1;
	if (!colon || (size_t)(colon - listen) >= sizeof host || port < 0 || port > 65535) {
		sr_error_set("--listen %s: want HOST:PORT (an IPv4 address)", listen);
		sr_serve_stop(s);
		return SR_EINVAL;
	}
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	if (inet_pton(AF_INET, host, &sa.sin_addr) != 1) {
		sr_error_set("--listen %s: '%s' is no IPv4 address", listen, host);
		sr_serve_stop(s);
		return SR_EINVAL;
	}
	sa.sin_port = htons((uint16_t)port);
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int threads = o->threads > 0 ? o->threads : cores > 2 ? (int)cores : 2;
	if (threads > 64)
		threads = 64;
	/* a store a thread, and one over for the requests that queue */
	s->n_stores = (size_t)threads;
	s->stores = calloc(s->n_stores, sizeof *s->stores);
	s->busy = calloc(s->n_stores, sizeof *s->busy);
	if (!s->db || !s->stores || !s->busy || (o->token && *o->token && !s->token)) {
		sr_error_set("out of memory");
		sr_serve_stop(s);
		return SR_ENOMEM;
	}
	for (size_t i = 0; i < s->n_stores; i++) {
		sr_status st = sr_store_open(s->db, &s->stores[i]);
		if (st != SR_OK) {
			sr_serve_stop(s); /* (the store's message is the thread's last error) */
			return st;
		}
	}
	if (!s->read_only && s->token) {
		sr_pipeline_opts po = {.until = SR_STAGE_STORE, .threads = 1};
		if (sr_dict_new(&s->dict) != SR_OK || sr_dict_load_defaults(s->dict) != SR_OK) {
			sr_error_set("cannot load the dictionaries: %s", s->dict ? sr_dict_error(s->dict) : "out of memory");
			sr_serve_stop(s);
			return SR_EIO;
		}
		po.dict = s->dict;
		if (sr_pipeline_new(&po, &s->pipeline) != SR_OK) {
			sr_serve_stop(s);
			return SR_ENOMEM;
		}
	}
	signal(SIGPIPE, SIG_IGN); /* a client gone in the middle of an export */
	s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, 0, NULL, NULL,
	                        handle, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE,
	                        (unsigned)threads, MHD_OPTION_NOTIFY_COMPLETED, completed, s,
	                        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60, MHD_OPTION_CONNECTION_LIMIT,
	                        (unsigned)1000, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
	                        MHD_OPTION_END);
	if (!s->d) {
		sr_error_set("cannot listen on %s: %s", listen, errno ? strerror(errno) : "libmicrohttpd refused");
		sr_serve_stop(s);
		return SR_EIO;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : (int)port;
	*out = s;
	return SR_OK;
}
