/* http.c: `sitrep serve`'s plumbing: the store behind an HTTP API, and the
 * dashboard.
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
#include "serve_int.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "assets.h"
#include "../util/error.h"

const char *const SR_ROUTE[R_N] = {"other",    "static", "healthz",  "metrics", "openapi", "events", "event",
                                   "article",  "timeline", "map",    "places",  "actors",  "export", "ingest", "acled"};
const double SR_BOUNDS[N_BOUNDS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};

double sr_http_now(void)
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
	if (sr_http_now() > k->deadline) {
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
sr_store *sr_http_take_store(sr_server *s, conn *k)
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
		k->deadline = sr_http_now() + s->query_timeout;
		sr_store_watch(st, (sr_stop){request_over, k});
	}
	return st;
}

/* Give st back; its last error (what the request says when it failed)
 * into err first. */
void sr_http_give_store(sr_server *s, sr_store *st, char *err, size_t cap)
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

void sr_http_security_headers(struct MHD_Response *r, bool api)
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
enum MHD_Result sr_http_answer(struct MHD_Connection *c, conn *k, unsigned status, const char *type, char *data,
                              size_t len, bool api)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len, data ? data : (char *)"", data ? MHD_RESPMEM_MUST_FREE
	                                                                                            : MHD_RESPMEM_PERSISTENT);
	if (!r) {
		free(data);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type", type);
	sr_http_security_headers(r, api);
	if (status == MHD_HTTP_UNAUTHORIZED)
		MHD_add_response_header(r, "WWW-Authenticate", "Bearer realm=\"sitrep\"");
	k->status = (int)status;
	enum MHD_Result res = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return res;
}

enum MHD_Result sr_http_answer_json(struct MHD_Connection *c, conn *k, unsigned status, sr_buf *b)
{
	if (b->failed) {
		sr_buf_clear(b);
		char *m = strdup("{\"error\":\"out of memory\"}");
		return sr_http_answer(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "application/json", m, m ? strlen(m) : 0, true);
	}
	size_t len = 0;
	char *data = sr_buf_steal(b, &len);
	return sr_http_answer(c, k, status, "application/json", data, len, true);
}

/* b and w ready for a JSON answer, its object open. */
void sr_http_json_open(sr_buf *b, sr_jw *w)
{
	sr_buf_init(b, 0);
	sr_jw_init(w, b);
	sr_jw_obj_begin(w);
}

enum MHD_Result sr_http_answer_error(struct MHD_Connection *c, conn *k, unsigned status, const char *msg)
{
	sr_buf b;
	sr_jw w;
	sr_http_json_open(&b, &w);
	sr_jw_key(&w, "error");
	sr_jw_str(&w, msg);
	sr_jw_obj_end(&w);
	return sr_http_answer_json(c, k, status, &b);
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
		enum MHD_Result r = sr_http_answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, "the client went away");
		k->status = 0;
		return r;
	}
	if (k->stopped == STOP_LATE) {
		char msg[160];
		snprintf(msg, sizeof msg,
		         "the query ran past the server's limit of %g s: narrow the dates, the place or the filters",
		         s->query_timeout);
		return sr_http_answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, msg);
	}
	return sr_http_answer_error(c, k, rc == SR_EINVAL ? MHD_HTTP_BAD_REQUEST : MHD_HTTP_INTERNAL_SERVER_ERROR, err);
}

/* After a read that returned rc, st given back: true when it failed, the
 * answer to the failure (store_failed, b dropped) in *res. */
bool sr_http_read_failed(sr_server *s, struct MHD_Connection *c, conn *k, sr_store *st, sr_status rc, sr_buf *b,
                        enum MHD_Result *res)
{
	char err[512];
	sr_http_give_store(s, st, err, sizeof err);
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
bool sr_http_parse_args(struct MHD_Connection *c, sr_api_query *a)
{
	sr_api_query_init(a);
	args x = {a, false};
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, take_arg, &x);
	return !x.bad;
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
	sr_http_security_headers(r, false);
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
	/* ACLED's API, where its scripts look: its current path and its old */
	if (!strcmp(url, "/api/acled/read") || !strcmp(url, "/acled/read"))
		return R_ACLED;
	return R_OTHER;
}

/* ---- connections and their deadline ------------------------------------------------------ */

/* A connection opens (listed, waiting for its first request) or closes
 * (taken off the list: libmicrohttpd closes its socket after this). */
static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode why)
{
	sr_server *s = cls;
	if (why == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		tcp *t = calloc(1, sizeof *t);
		if (!t || !ci) {
			free(t);
			*socket_context = NULL;
			return;
		}
		t->fd = ci->connect_fd;
		t->since = sr_http_now();
		t->receiving = true;
		pthread_mutex_lock(&s->tcp_mu);
		t->next = s->tcp;
		if (s->tcp)
			s->tcp->prev = t;
		s->tcp = t;
		s->n_tcp++;
		pthread_mutex_unlock(&s->tcp_mu);
		*socket_context = t;
	} else if (why == MHD_CONNECTION_NOTIFY_CLOSED && *socket_context) {
		tcp *t = *socket_context;
		pthread_mutex_lock(&s->tcp_mu);
		if (t->prev)
			t->prev->next = t->next;
		else
			s->tcp = t->next;
		if (t->next)
			t->next->prev = t->prev;
		s->n_tcp--;
		pthread_mutex_unlock(&s->tcp_mu);
		free(t);
		*socket_context = NULL;
	}
}

/* Connection c's request is whole: its deadline is met. */
static void received(sr_server *s, struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	if (ci && ci->socket_context) {
		pthread_mutex_lock(&s->tcp_mu);
		((tcp *)ci->socket_context)->receiving = false;
		pthread_mutex_unlock(&s->tcp_mu);
	}
}

/* Four times a second: a connection that has not sent its whole request
 * within request_timeout of beginning to wait for it is shut down, however
 * it trickles its bytes (libmicrohttpd's own timeout is reset by every
 * byte).  While the connections fill nine tenths of the limit, the
 * deadline is 3 s, so that new clients find room.  The socket is only
 * shut down, not closed: libmicrohttpd sees it end and closes it. */
static void *watch_connections(void *arg)
{
	sr_server *s = arg;
	while (!atomic_load(&s->stopping)) {
		usleep(250000);
		double now = sr_http_now();
		pthread_mutex_lock(&s->tcp_mu);
		bool crowded = s->n_tcp * 10 >= (size_t)s->max_conns * 9;
		double limit = crowded && s->request_timeout > 3 ? 3 : s->request_timeout;
		for (tcp *t = s->tcp; t; t = t->next)
			if (t->receiving && !t->reaped && now - t->since > limit) {
				shutdown(t->fd, SHUT_RDWR);
				t->reaped = true;
				atomic_fetch_add(&s->reaped, 1);
			}
		pthread_mutex_unlock(&s->tcp_mu);
	}
	return NULL;
}

/* The headers are in: a request that will be refused is answered now,
 * before a byte of its body is read (libmicrohttpd then closes the
 * connection rather than read the body): a write without its token, to a
 * read-only server, or declaring a body over the cap; a method the route
 * does not take; a GET with a body. */
static enum MHD_Result before_body(sr_server *s, struct MHD_Connection *c, conn *k, const char *method)
{
	if (k->route == R_INGEST) {
		if (strcmp(method, "POST") != 0)
			return sr_http_answer_error(c, k, MHD_HTTP_METHOD_NOT_ALLOWED, "POST a page to /api/ingest");
		char msg[96];
		unsigned refused = sr_api_ingest_admit(s, c, msg, sizeof msg);
		return refused ? sr_http_answer_error(c, k, refused, msg) : MHD_YES;
	}
	if (strcmp(method, "GET") && strcmp(method, "HEAD"))
		return sr_http_answer_error(c, k, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET, HEAD, and POST to /api/ingest");
	const char *len = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING);
	if ((len && strcmp(len, "0") != 0) || te)
		return sr_http_answer_error(c, k, MHD_HTTP_BAD_REQUEST, "a GET has no body");
	return MHD_YES;
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
		k->t0 = sr_http_now();
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		k->fd = ci ? ci->connect_fd : -1;
		k->route = route_of(method, url, &tail);
		sr_buf_init(&k->body, s->max_body);
		*state = k;
		if (k->route != R_INGEST)
			received(s, c); /* a GET is whole with its headers */
		return before_body(s, c, k, method);
	}
	if (*upload_size) { /* the body, a piece at a time, capped alone and all together */
		size_t n = *upload_size;
		if (!k->too_big && !k->crowded) {
			if (atomic_fetch_add(&s->bodies_held, n) + n > s->max_bodies) {
				atomic_fetch_sub(&s->bodies_held, n);
				k->crowded = true;
			} else {
				k->held += n;
				if (!sr_buf_append(&k->body, upload, n))
					k->too_big = true;
			}
			if (k->too_big || k->crowded) {
				atomic_fetch_sub(&s->bodies_held, k->held);
				k->held = 0;
				sr_buf_clear(&k->body);
			}
		}
		*upload_size = 0;
		return MHD_YES;
	}
	/* the request is whole; its method, token and length were checked
	 * before its body (before_body) */
	received(s, c);
	int r = route_of(method, url, &tail); /* (again for its tail: an id) */
	if (r == R_INGEST)
		return sr_api_ingest(s, c, k);
	switch (r) {
	case R_STATIC: {
		const sr_asset *a = asset(!strcmp(url, "/") ? "index.html" : url + 8);
		return a ? get_asset(c, k, a) : sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such file");
	}
	case R_HEALTH:
		return sr_api_health(s, c, k);
	case R_METRICS:
		return sr_api_metrics(s, c, k);
	case R_OPENAPI: {
		const sr_asset *a = asset("openapi.json");
		return a ? get_asset(c, k, a) : sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such file");
	}
	case R_EVENTS:
		return sr_api_events(s, c, k);
	case R_EVENT:
		return sr_api_event(s, c, k, tail);
	case R_ARTICLE:
		return sr_api_article(s, c, k, tail);
	case R_TIMELINE:
		return sr_api_timeline(s, c, k);
	case R_MAP:
		return sr_api_map(s, c, k);
	case R_PLACES:
		return sr_api_named(s, c, k, true);
	case R_ACTORS:
		return sr_api_named(s, c, k, false);
	case R_EXPORT:
		return sr_api_export(s, c, k);
	case R_ACLED:
		return sr_api_acled_read(s, c, k);
	default:
		return sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such resource");
	}
}

/* A request done: its route, status and time into the metrics; its
 * connection waits for the next request from now. */
static void completed(void *cls, struct MHD_Connection *c, void **state, enum MHD_RequestTerminationCode why)
{
	(void)why;
	sr_server *s = cls;
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	if (ci && ci->socket_context) {
		pthread_mutex_lock(&s->tcp_mu);
		tcp *t = ci->socket_context;
		t->since = sr_http_now();
		t->receiving = true;
		pthread_mutex_unlock(&s->tcp_mu);
	}
	conn *k = *state;
	if (!k)
		return;
	double t = sr_http_now() - k->t0;
	int cl = k->status >= 100 && k->status < 600 ? k->status / 100 : 0;
	atomic_fetch_add(&s->requests[k->route][cl], 1);
	size_t i = 0;
	while (i < N_BOUNDS && t > SR_BOUNDS[i])
		i++;
	atomic_fetch_add(&s->hist[k->route][i], 1);
	atomic_fetch_add(&s->hist_sum_us[k->route], (unsigned long long)(t * 1e6));
	atomic_fetch_sub(&s->bodies_held, k->held);
	sr_buf_clear(&k->body);
	free(k);
	*state = NULL;
}

/* ---- start, stop ---------------------------------------------------------------------------- */

void sr_serve_stop(sr_server *s)
{
	if (!s)
		return;
	if (s->watching) {
		atomic_store(&s->stopping, true);
		pthread_join(s->watcher, NULL);
	}
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
	pthread_mutex_destroy(&s->tcp_mu);
	free(s->db);
	free(s->token);
	free(s);
}

int sr_serve_port(const sr_server *s)
{
	return s ? s->port : 0;
}

/* Where --listen asks: "PORT" and ":PORT" (this machine: 127.0.0.1),
 * "HOST:PORT" with an IPv4 address or a name ("localhost"), "[IPV6]:PORT"
 * ("[::1]:8080"; "[::]:8080" every address, IPv4 too).  The socket bound
 * and listening into *fd, the address as a URL shows it ("127.0.0.1:8080",
 * "[::1]:8080") into shown, the port (the one chosen for 0) into *port. */
static sr_status listen_on(const char *where, int *fd, char *shown, size_t cap, int *port)
{
	char host[256] = "127.0.0.1";
	const char *ps = where;
	if (where[0] == '[') {
		const char *close_b = strchr(where, ']');
		if (!close_b || close_b[1] != ':' || (size_t)(close_b - where - 1) >= sizeof host) {
			sr_error_set("--listen %s: want [IPV6]:PORT", where);
			return SR_EINVAL;
		}
		snprintf(host, sizeof host, "%.*s", (int)(close_b - where - 1), where + 1);
		ps = close_b + 2;
	} else {
		const char *colon = strrchr(where, ':');
		if (colon && strchr(where, ':') != colon) {
			sr_error_set("--listen %s: an IPv6 address goes in brackets: [%.*s]:PORT", where,
			             (int)(colon - where), where);
			return SR_EINVAL;
		}
		if (colon && colon > where) {
			if ((size_t)(colon - where) >= sizeof host) {
				sr_error_set("--listen %s: the host is too long", where);
				return SR_EINVAL;
			}
			snprintf(host, sizeof host, "%.*s", (int)(colon - where), where);
		}
		ps = colon ? colon + 1 : where;
	}
	char *end = NULL;
	long p = strtol(ps, &end, 10);
	if (!*ps || !end || *end || p < 0 || p > 65535) {
		sr_error_set("--listen %s: want PORT, HOST:PORT or [IPV6]:PORT (a port of 0 to 65535)", where);
		return SR_EINVAL;
	}
	struct addrinfo hints, *res = NULL;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	char service[8];
	snprintf(service, sizeof service, "%ld", p);
	int gai = getaddrinfo(host, service, &hints, &res);
	if (gai != 0 || !res) {
		sr_error_set("--listen %s: '%s' is no address of this machine (%s)", where, host, gai_strerror(gai));
		return SR_EINVAL;
	}
	int s = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int on = 1, off = 0;
	int err = 0;
	if (s < 0)
		err = errno;
	else {
		setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
		if (res->ai_family == AF_INET6) /* "[::]": IPv4 as well */
			setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
		if (bind(s, res->ai_addr, res->ai_addrlen) != 0 || listen(s, 128) != 0)
			err = errno;
	}
	int family = res->ai_family;
	freeaddrinfo(res);
	if (err) {
		if (s >= 0)
			close(s);
		sr_error_set("cannot listen on %s: %s%s", where, strerror(err),
		             err == EADDRINUSE ? " (another program, or another sitrep serve, has that port: choose "
		                                 "another with --listen)"
		                               : err == EACCES ? " (ports below 1024 need privileges)" : "");
		return SR_EIO;
	}
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	char addr[INET6_ADDRSTRLEN] = "";
	if (getsockname(s, (struct sockaddr *)&ss, &sl) == 0) {
		if (family == AF_INET6) {
			struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
			inet_ntop(AF_INET6, &a6->sin6_addr, addr, sizeof addr);
			*port = ntohs(a6->sin6_port);
		} else {
			struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
			inet_ntop(AF_INET, &a4->sin_addr, addr, sizeof addr);
			*port = ntohs(a4->sin_port);
		}
	}
	snprintf(shown, cap, family == AF_INET6 ? "[%s]:%d" : "%s:%d", addr, *port);
	*fd = s;
	return SR_OK;
}

const char *sr_serve_address(const sr_server *s)
{
	return s ? s->address : "";
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
	pthread_mutex_init(&s->tcp_mu, NULL);
	s->read_only = o->read_only;
	s->max_conns = o->max_conns ? o->max_conns : 1000;
	s->per_client = o->per_client ? o->per_client : 100;
	s->request_timeout = o->request_timeout > 0 ? o->request_timeout : 30;
	s->max_body = o->max_body ? o->max_body : 8u << 20;
	/* the bodies held at once: eight full ones, and at least 64 MB */
	s->max_bodies = s->max_body * 8 > (64u << 20) ? s->max_body * 8 : 64u << 20;
	s->query_timeout = o->query_timeout > 0 ? o->query_timeout : 30;
	s->fetch_private = o->fetch_private;
	s->db = strdup(o->db ? o->db : "sitrep.db");
	s->token = o->token && *o->token ? strdup(o->token) : NULL;
	/* where: the socket bound here, so a port in use is said in sitrep's
	 * words before anything else */
	const char *listen = o->listen && *o->listen ? o->listen : "127.0.0.1:8080";
	int fd = -1;
	sr_status lst = listen_on(listen, &fd, s->address, sizeof s->address, &s->port);
	if (lst != SR_OK) {
		sr_serve_stop(s);
		return lst;
	}
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int threads = o->threads > 0 ? o->threads : cores > 2 ? (int)cores : 2;
	if (threads > 64)
		threads = 64;
	/* a store a thread, and one over for the requests that queue */
	s->n_stores = (size_t)threads;
	s->stores = calloc(s->n_stores, sizeof *s->stores);
	s->busy = calloc(s->n_stores, sizeof *s->busy);
	if (!s->db || !s->stores || !s->busy || (o->token && *o->token && !s->token)) {
		close(fd);
		sr_error_set("out of memory");
		sr_serve_stop(s);
		return SR_ENOMEM;
	}
	for (size_t i = 0; i < s->n_stores; i++) {
		sr_status st = sr_store_open(s->db, &s->stores[i]);
		if (st != SR_OK) {
			close(fd);
			sr_serve_stop(s); /* (the store's message is the thread's last error) */
			return st;
		}
	}
	if (!s->read_only && s->token) {
		sr_pipeline_opts po = {.until = SR_STAGE_STORE, .threads = 1};
		if (sr_dict_new(&s->dict) != SR_OK || sr_dict_load_defaults(s->dict) != SR_OK) {
			sr_error_set("cannot load the dictionaries: %s", s->dict ? sr_dict_error(s->dict) : "out of memory");
			close(fd);
			sr_serve_stop(s);
			return SR_EIO;
		}
		po.dict = s->dict;
		if (sr_pipeline_new(&po, &s->pipeline) != SR_OK) {
			close(fd);
			sr_serve_stop(s);
			return SR_ENOMEM;
		}
	}
	signal(SIGPIPE, SIG_IGN); /* a client gone in the middle of an export */
	s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, 0, NULL, NULL,
	                        handle, s, MHD_OPTION_LISTEN_SOCKET, fd, MHD_OPTION_THREAD_POOL_SIZE,
	                        (unsigned)threads, MHD_OPTION_NOTIFY_COMPLETED, completed, s,
	                        MHD_OPTION_NOTIFY_CONNECTION, on_connection, s, MHD_OPTION_CONNECTION_TIMEOUT,
	                        (unsigned)60, MHD_OPTION_CONNECTION_LIMIT, s->max_conns,
	                        MHD_OPTION_PER_IP_CONNECTION_LIMIT, s->per_client, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	                        (size_t)(256 * 1024), MHD_OPTION_END);
	if (!s->d) {
		close(fd);
		sr_error_set("cannot serve on %s: %s", listen, errno ? strerror(errno) : "libmicrohttpd refused");
		sr_serve_stop(s);
		return SR_EIO;
	}
	if (pthread_create(&s->watcher, NULL, watch_connections, s) != 0) {
		sr_error_set("cannot start the connections' watch");
		sr_serve_stop(s);
		return SR_ENOMEM;
	}
	s->watching = true;
	*out = s;
	return SR_OK;
}
