/* api.c: the HTTP API's handlers: incidents, or with ?mentions=1 the coded
 * events they are made of (a page, one with its words and every report of
 * it), articles, the timeline, the map, places and
 * actors, exports streamed from a thread of their own, ingest through the
 * pipeline, health and metrics.  Each takes a store of the pool for its
 * reading and answers JSON built by sitrep's writer. */
#define _GNU_SOURCE
#include "serve_int.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* A read's answer: its query, its JSON and the answer to a fault. */
typedef struct reply {
	sr_api_query a;
	sr_buf b;
	sr_jw w;
	enum MHD_Result res;
} reply;

/* A read's answer begun: the query string checked (false, with r->res the
 * answer to its fault) and a JSON object opened. */
static bool begin(struct MHD_Connection *c, conn *k, reply *r)
{
	if (!sr_http_parse_args(c, &r->a)) {
		r->res = sr_http_answer_error(c, k, MHD_HTTP_BAD_REQUEST, r->a.err);
		return false;
	}
	sr_http_json_open(&r->b, &r->w);
	return true;
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

enum MHD_Result sr_api_events(sr_server *s, struct MHD_Connection *c, conn *k)
{
	reply r;
	if (!begin(c, k, &r))
		return r.res;
	r.a.q.limit = r.a.limit + 1;
	sr_jw_key(&r.w, "events");
	sr_jw_arr_begin(&r.w);
	page p = {&r.w, 0, r.a.limit, "", false};
	sr_store *st = sr_http_take_store(s, k);
	sr_status rc = sr_store_query(st, &r.a.q, page_row, &p);
	if (sr_http_read_failed(s, c, k, st, rc, &r.b, &r.res))
		return r.res;
	sr_jw_arr_end(&r.w);
	sr_jw_key(&r.w, "next");
	sr_jw_str(&r.w, p.more ? p.next : NULL);
	sr_jw_obj_end(&r.w);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &r.b);
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

static sr_status write_spans(sr_jw *w, sr_store *st, long long id, int mentions)
{
	sr_jw_key(w, "spans");
	sr_jw_arr_begin(w);
	sr_status rc = sr_store_evidence(st, id, mentions, span_row, w);
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
	if (r->json)
		sr_jw_raw(w, r->json, strlen(r->json));
	else
		sr_jw_null(w);
	write_article(w, r, true);
	return 1;
}

static int cluster_row(void *user, const sr_query_row *r)
{
	write_event(user, r);
	return 0;
}

/* ?mentions=1: the mentions (coded events) rather than the incidents */
static int mentions_asked(struct MHD_Connection *c)
{
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "mentions");
	return v && (!strcmp(v, "1") || !strcmp(v, "true"));
}

enum MHD_Result sr_api_event(sr_server *s, struct MHD_Connection *c, conn *k, const char *idp)
{
	int mentions = mentions_asked(c);
	char *end;
	long long id = strtoll(idp, &end, 10);
	if (*end || id <= 0 || strlen(idp) > 18)
		return sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such event");
	sr_buf b;
	sr_jw w;
	sr_http_json_open(&b, &w);
	one_event o = {&w, 0, false};
	sr_query q;
	memset(&q, 0, sizeof q);
	q.id = id;
	q.mentions = mentions;
	sr_store *st = sr_http_take_store(s, k);
	sr_status rc = sr_store_query(st, &q, event_row, &o);
	if (rc == SR_OK && o.found)
		rc = write_spans(&w, st, id, mentions);
	if (rc == SR_OK && o.found) {
		/* every report of the same real-world event */
		sr_jw_key(&w, "reports");
		sr_jw_arr_begin(&w);
		if (o.cluster) {
			memset(&q, 0, sizeof q);
			q.cluster = o.cluster;
			q.mentions = mentions;
			q.limit = 500;
			rc = sr_store_query(st, &q, cluster_row, &w);
		}
		sr_jw_arr_end(&w);
	}
	enum MHD_Result res;
	if (sr_http_read_failed(s, c, k, st, rc, &b, &res))
		return res;
	if (!o.found) {
		sr_buf_clear(&b);
		return sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such event");
	}
	sr_jw_obj_end(&w);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &b);
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

enum MHD_Result sr_api_article(sr_server *s, struct MHD_Connection *c, conn *k, const char *id)
{
	int mentions = mentions_asked(c);
	if (strlen(id) != 16 || strspn(id, "0123456789abcdef") != 16)
		return sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such article");
	char *json = NULL;
	sr_store *st = sr_http_take_store(s, k);
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
		q.mentions = mentions;
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
				rc = write_spans(&w, st, ev.id[i], mentions);
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
	if (sr_http_read_failed(s, c, k, st, rc, &b, &res))
		return res;
	if (!found) {
		sr_buf_clear(&b);
		return sr_http_answer_error(c, k, MHD_HTTP_NOT_FOUND, "no such article");
	}
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &b);
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

enum MHD_Result sr_api_timeline(sr_server *s, struct MHD_Connection *c, conn *k)
{
	reply r;
	if (!begin(c, k, &r))
		return r.res;
	sr_jw_key(&r.w, "unit");
	sr_jw_str(&r.w, r.a.unit);
	sr_jw_key(&r.w, "buckets");
	sr_jw_arr_begin(&r.w);
	tl t = {&r.w, 0, false};
	sr_store *st = sr_http_take_store(s, k);
	sr_status rc = sr_store_timeline(st, &r.a.q, r.a.unit, timeline_row, &t);
	if (sr_http_read_failed(s, c, k, st, rc, &r.b, &r.res))
		return r.res;
	sr_jw_arr_end(&r.w);
	sr_jw_key(&r.w, "truncated");
	sr_jw_bool(&r.w, t.cut);
	sr_jw_obj_end(&r.w);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &r.b);
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

enum MHD_Result sr_api_map(sr_server *s, struct MHD_Connection *c, conn *k)
{
	reply r;
	if (!begin(c, k, &r))
		return r.res;
	sr_jw_key(&r.w, "cell");
	sr_jw_num(&r.w, r.a.cell);
	sr_jw_key(&r.w, "cells");
	sr_jw_arr_begin(&r.w);
	map_acc m;
	memset(&m, 0, sizeof m);
	m.w = &r.w;
	sr_store *st = sr_http_take_store(s, k);
	sr_status rc = sr_store_grid(st, &r.a.q, r.a.cell, map_row, &m);
	if (sr_http_read_failed(s, c, k, st, rc, &r.b, &r.res))
		return r.res;
	map_flush(&m);
	sr_jw_arr_end(&r.w);
	sr_jw_key(&r.w, "truncated");
	sr_jw_bool(&r.w, m.cut);
	sr_jw_obj_end(&r.w);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &r.b);
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

enum MHD_Result sr_api_named(sr_server *s, struct MHD_Connection *c, conn *k, bool places)
{
	reply r;
	if (!begin(c, k, &r))
		return r.res;
	sr_jw_key(&r.w, places ? "places" : "actors");
	sr_jw_arr_begin(&r.w);
	sr_store *st = sr_http_take_store(s, k);
	sr_status rc = sr_store_named(st, places, r.a.q.country, r.a.limit, named_row, &r.w);
	if (sr_http_read_failed(s, c, k, st, rc, &r.b, &r.res))
		return r.res;
	sr_jw_arr_end(&r.w);
	sr_jw_obj_end(&r.w);
	return sr_http_answer_json(c, k, MHD_HTTP_OK, &r.b);
}

/* ---- GET /api/export ------------------------------------------------------------------------- */

typedef struct export_job {
	char *db;
	sr_api_query a;
	int fd, stall_ms;
	atomic_int *running; /* the server's count of exports */
} export_job;

/* A write into the export's pipe (non-blocking) that waits at most the
 * server's request timeout for room: a client that stops reading gives its
 * export up, and its slot, rather than hold it until its connection times
 * out. */
typedef struct export_pipe {
	int fd, stall_ms;
} export_pipe;

static ssize_t pipe_write(void *cookie, const char *buf, size_t n)
{
	const export_pipe *ep = cookie;
	int fd = ep->fd;
	size_t done = 0;
	while (done < n) {
		ssize_t w = write(fd, buf + done, n - done);
		if (w > 0) {
			done += (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno == EAGAIN) {
			struct pollfd p = {.fd = fd, .events = POLLOUT};
			int r = poll(&p, 1, ep->stall_ms);
			if (r > 0 && !(p.revents & (POLLERR | POLLHUP)))
				continue;
			if (r == 0)
				errno = ETIMEDOUT;
		}
		return done ? (ssize_t)done : -1;
	}
	return (ssize_t)done;
}

static int pipe_close(void *cookie)
{
	return close(((export_pipe *)cookie)->fd);
}

/* The export written into the pipe from a thread of its own, with its own
 * store: the answer streams as it is made.  A client that goes away closes
 * the pipe, and the write fails (SIGPIPE is ignored); one that stops
 * reading makes it fail after the request timeout. */
static void *export_thread(void *arg)
{
	export_job *j = arg;
	fcntl(j->fd, F_SETFL, fcntl(j->fd, F_GETFL) | O_NONBLOCK);
	export_pipe ep = {j->fd, j->stall_ms};
	FILE *f = fopencookie(&ep, "w", (cookie_io_functions_t){NULL, pipe_write, NULL, pipe_close});
	sr_store *st = NULL;
	if (f && sr_store_open(j->db, &st) == SR_OK)
		sr_store_export(st, &j->a.q, sr_export_format_of(j->a.format), f, NULL);
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

enum MHD_Result sr_api_export(sr_server *s, struct MHD_Connection *c, conn *k)
{
	export_job *j = calloc(1, sizeof *j);
	if (!j)
		return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	if (!sr_http_parse_args(c, &j->a)) {
		enum MHD_Result r = sr_http_answer_error(c, k, MHD_HTTP_BAD_REQUEST, j->a.err);
		free(j);
		return r;
	}
	if (!j->a.format[0]) {
		free(j);
		return sr_http_answer_error(c, k, MHD_HTTP_BAD_REQUEST, "format: jsonl, csv, geojson, gdelt, acled, acled-numeric or plover");
	}
	if (atomic_fetch_add(&s->exporting, 1) >= MAX_EXPORTS) {
		atomic_fetch_sub(&s->exporting, 1);
		free(j);
		return sr_http_answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, "too many exports at once: try again soon");
	}
	j->running = &s->exporting;
	j->stall_ms = (int)(s->request_timeout * 1000);
	int fds[2];
	pthread_t t;
	if (!(j->db = strdup(s->db)) || pipe2(fds, O_CLOEXEC) != 0) {
		atomic_fetch_sub(&s->exporting, 1);
		free(j->db);
		free(j);
		return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot start the export");
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
		return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot start the export");
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
	             {"acled", "text/csv; charset=utf-8", "csv"},    {"plover", "application/x-ndjson", "jsonl"},
	             {"acled-numeric", "text/csv; charset=utf-8", "csv"}};
	for (size_t i = 0; i < sizeof TYPES / sizeof *TYPES; i++)
		if (!strcmp(TYPES[i].fmt, fmt)) {
			char disp[96];
			snprintf(disp, sizeof disp, "attachment; filename=\"sitrep-%s.%s\"", fmt, TYPES[i].ext);
			MHD_add_response_header(r, "Content-Type", TYPES[i].type);
			MHD_add_response_header(r, "Content-Disposition", disp);
		}
	sr_http_security_headers(r, true);
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
	size_t n_events, n_incidents;
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
	a->n_incidents = r->n_incidents;
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

unsigned sr_api_ingest_admit(sr_server *s, struct MHD_Connection *c, char *msg, size_t cap)
{
	if (s->read_only) {
		snprintf(msg, cap, "the server is read-only");
		return MHD_HTTP_FORBIDDEN;
	}
	if (!s->token) {
		snprintf(msg, cap, "writes are off: start the server with --token");
		return MHD_HTTP_FORBIDDEN;
	}
	/* the scheme's name is case-insensitive (RFC 9110 11.1) */
	const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
	if (!auth || strncasecmp(auth, "Bearer ", 7) != 0 || !same_secret(auth + 7, s->token)) {
		snprintf(msg, cap, "a bearer token is needed");
		return MHD_HTTP_UNAUTHORIZED;
	}
	const char *len = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (len) {
		errno = 0;
		char *end;
		unsigned long long n = strtoull(len, &end, 10);
		if (errno || end == len || n > s->max_body) {
			snprintf(msg, cap, "the body is over %zu bytes", s->max_body);
			return MHD_HTTP_CONTENT_TOO_LARGE;
		}
	}
	return 0;
}

/* A POST admitted before its body (sr_api_ingest_admit), the body in. */
enum MHD_Result sr_api_ingest(sr_server *s, struct MHD_Connection *c, conn *k)
{
	if (k->too_big) {
		char m[96];
		snprintf(m, sizeof m, "the body is over %zu bytes", s->max_body);
		return sr_http_answer_error(c, k, MHD_HTTP_CONTENT_TOO_LARGE, m);
	}
	if (k->crowded)
		return sr_http_answer_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE,
		                            "other uploads fill the server's memory for bodies: send it again shortly");
	if (!k->body.len)
		return sr_http_answer_error(c, k, MHD_HTTP_BAD_REQUEST, "an empty body: send the page (text/html) or text (text/plain)");
	const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	bool text = type && !strncmp(type, "text/plain", 10), link = type && !strncmp(type, "text/uri-list", 13);
	if (type && !text && !link && strncmp(type, "text/html", 9) != 0 && strncmp(type, "application/xhtml", 17) != 0)
		return sr_http_answer_error(c, k, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
		                    "send a page (text/html), a text (text/plain) or a URL to fetch (text/uri-list)");
	const char *url = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "url");
	char why[600] = "";
	sr_reader *rd = NULL;
	sr_status rc = posted_reader(s, k, link, text, url, &rd, why, sizeof why);
	ingest_answer a = {0};
	char err[512] = "";
	if (rc == SR_OK) {
		/* the whole pipeline, into a store of the pool, one ingest at a time */
		sr_store *st = sr_http_take_store(s, NULL);
		pthread_mutex_lock(&s->ingest_mu);
		rc = sr_pipeline_run(s->pipeline, rd, st, ingest_result, &a);
		pthread_mutex_unlock(&s->ingest_mu);
		sr_http_give_store(s, st, err, sizeof err);
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
		return sr_http_answer_error(c, k,
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
	sr_http_json_open(&b, &w);
	sr_jw_key(&w, "article");
	sr_jw_str(&w, a.id);
	sr_jw_key(&w, "title");
	sr_jw_str(&w, a.title);
	sr_jw_key(&w, "result");
	sr_jw_str(&w, rc != SR_OK                       ? "failed"
	              : a.put == SR_PUT_NEW             ? "new"
	              : a.put == SR_PUT_REPLACED        ? "replaced"
	                                                : "unchanged");
	sr_jw_key(&w, "incidents");
	sr_jw_int(&w, (long long)a.n_incidents);
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
	return sr_http_answer_json(c, k, rc == SR_OK ? (a.put == SR_PUT_NEW ? MHD_HTTP_CREATED : MHD_HTTP_OK)
	                                     : MHD_HTTP_INTERNAL_SERVER_ERROR,
	                   &b);
}

/* ---- GET /healthz, /metrics, /api/openapi.json ------------------------------------------------ */

enum MHD_Result sr_api_health(sr_server *s, struct MHD_Connection *c, conn *k)
{
	long long na = 0, ne = 0, ni = 0;
	sr_store *st = sr_http_take_store(s, NULL); /* a count: quick, and never a 503 for its time */
	sr_status rc = sr_store_counts(st, &na, &ne);
	if (rc == SR_OK)
		rc = sr_store_count_incidents(st, &ni);
	char err[512];
	sr_http_give_store(s, st, err, sizeof err);
	sr_buf b;
	sr_jw w;
	sr_http_json_open(&b, &w);
	sr_jw_key(&w, "status");
	sr_jw_str(&w, rc == SR_OK ? "ok" : "store unavailable");
	sr_jw_key(&w, "articles");
	sr_jw_int(&w, na);
	sr_jw_key(&w, "incidents");
	sr_jw_int(&w, ni);
	sr_jw_key(&w, "events");
	sr_jw_int(&w, ne);
	sr_jw_key(&w, "read_only");
	sr_jw_bool(&w, s->read_only || !s->token);
	sr_jw_obj_end(&w);
	return sr_http_answer_json(c, k, rc == SR_OK ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, &b);
}

enum MHD_Result sr_api_metrics(sr_server *s, struct MHD_Connection *c, conn *k)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_buf_puts(&b, "# HELP sitrep_http_requests_total HTTP requests answered, by route and status class.\n"
	                "# TYPE sitrep_http_requests_total counter\n");
	for (int r = 0; r < R_N; r++)
		for (int cl = 1; cl < 6; cl++) {
			unsigned long long v = atomic_load(&s->requests[r][cl]);
			if (v)
				sr_buf_printf(&b, "sitrep_http_requests_total{route=\"%s\",code=\"%dxx\"} %llu\n", SR_ROUTE[r], cl, v);
		}
	sr_buf_puts(&b, "# HELP sitrep_http_request_duration_seconds Time from a request's first byte to its answer's last.\n"
	                "# TYPE sitrep_http_request_duration_seconds histogram\n");
	for (int r = 0; r < R_N; r++) {
		unsigned long long cum = 0;
		for (size_t i = 0; i <= N_BOUNDS; i++) {
			cum += atomic_load(&s->hist[r][i]);
			if (i < N_BOUNDS)
				sr_buf_printf(&b, "sitrep_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
				              SR_ROUTE[r], SR_BOUNDS[i], cum);
			else
				sr_buf_printf(&b, "sitrep_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n",
				              SR_ROUTE[r], cum);
		}
		sr_buf_printf(&b, "sitrep_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", SR_ROUTE[r],
		              (double)atomic_load(&s->hist_sum_us[r]) / 1e6);
		sr_buf_printf(&b, "sitrep_http_request_duration_seconds_count{route=\"%s\"} %llu\n", SR_ROUTE[r], cum);
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
		return sr_http_answer_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	}
	size_t len;
	char *data = sr_buf_steal(&b, &len);
	return sr_http_answer(c, k, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", data, len, true);
}
