/* watch.c: poll feeds and fetch their new items politely, handing each
 * page to a callback (the pipeline's watcher extracts and writes it); see
 * input.h.
 *
 * State (DIR/.sitrep-watch, tab-separated, rewritten atomically after each
 * feed): for each feed its ETag and Last-Modified; for each article URL
 * (canonical) the item date the feed gave, ETag, Last-Modified and the
 * text's content hash.  An item is fetched again only when its feed date
 * changed, and then with a conditional GET; an article is written again
 * only when its text changed. */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../util/hash.h"
#include "../util/str.h"
#include "../util/vec.h"

/* ---- state: a hash table of string keys ------------------------------------- */

typedef struct entry {
	char *key;           /* canonical URL (articles) or "feed\t" + URL */
	char *date;          /* the feed's date for the item */
	char *etag, *lastmod;
	char hash[17];       /* content hash of the last text written */
	bool feed;
} entry;

typedef struct table {
	entry *e;
	size_t cap, n; /* open addressing, cap a power of two */
} table;

static entry *lookup(table *t, const char *key, bool add)
{
	if (add && (t->n + 1) * 2 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 1024;
		entry *ne = calloc(cap, sizeof *ne);
		if (!ne)
			return NULL;
		for (size_t i = 0; i < t->cap; i++) {
			if (!t->e[i].key)
				continue;
			size_t h = sr_hash64(t->e[i].key, strlen(t->e[i].key), 0) & (cap - 1);
			while (ne[h].key)
				h = (h + 1) & (cap - 1);
			ne[h] = t->e[i];
		}
		free(t->e);
		t->e = ne;
		t->cap = cap;
	}
	if (!t->cap)
		return NULL;
	size_t h = sr_hash64(key, strlen(key), 0) & (t->cap - 1);
	while (t->e[h].key) {
		if (strcmp(t->e[h].key, key) == 0)
			return &t->e[h];
		h = (h + 1) & (t->cap - 1);
	}
	if (!add)
		return NULL;
	t->e[h].key = strdup(key);
	if (!t->e[h].key)
		return NULL;
	t->n++;
	return &t->e[h];
}

static void clean(char *s);

static void set_str(char **slot, const char *v)
{
	free(*slot);
	*slot = v && v[0] ? strdup(v) : NULL;
	clean(*slot);
}

static void table_free(table *t)
{
	for (size_t i = 0; i < t->cap; i++) {
		free(t->e[i].key);
		free(t->e[i].date);
		free(t->e[i].etag);
		free(t->e[i].lastmod);
	}
	free(t->e);
	memset(t, 0, sizeof *t);
}

/* Fields of a state line, tabs and newlines never appear inside them (they
 * are dropped when written). */
static void clean(char *s)
{
	for (; s && *s; s++)
		if (*s == '\t' || *s == '\n' || *s == '\r')
			*s = ' ';
}

static bool load_state(table *t, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return errno == ENOENT;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		char *f0 = line, *fields[6] = {0};
		for (int k = 0; k < 6 && f0; k++) {
			fields[k] = f0;
			char *tab = strchr(f0, '\t');
			if (tab)
				*tab++ = '\0';
			f0 = tab;
		}
		if (!fields[0] || !fields[1] || !fields[1][0])
			continue;
		bool feed = strcmp(fields[0], "feed") == 0;
		if (!feed && strcmp(fields[0], "item") != 0)
			continue;
		entry *e = lookup(t, fields[1], true);
		if (!e)
			break;
		e->feed = feed;
		set_str(&e->date, fields[2]);
		set_str(&e->etag, fields[3]);
		set_str(&e->lastmod, fields[4]);
		snprintf(e->hash, sizeof e->hash, "%s", fields[5] ? fields[5] : "");
	}
	free(line);
	fclose(f);
	return true;
}

static bool save_state(const table *t, const char *path)
{
	char tmp[4300];
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	FILE *f = fopen(tmp, "w");
	if (!f)
		return false;
	for (size_t i = 0; i < t->cap; i++) {
		const entry *e = &t->e[i];
		if (!e->key)
			continue;
		fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\n", e->feed ? "feed" : "item", e->key, e->date ? e->date : "",
		        e->etag ? e->etag : "", e->lastmod ? e->lastmod : "", e->hash);
	}
	bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		unlink(tmp);
		return false;
	}
	return true;
}

/* ---- politeness: robots.txt and a delay per host ------------------------------ */

typedef struct host {
	char name[256];
	struct timespec last;
	bool robots_read, blocked;
	char **allow, **disallow;
	size_t n_allow, n_disallow;
} host;

typedef struct watch {
	const sr_watch_opts *o;
	sr_watch_log_fn log;
	void *log_ctx;
	table state;
	host *hosts;
	size_t n_hosts;
	sr_watch_page_fn page;
	void *page_user;
	char state_path[4200];
	sr_watch_stats st;
} watch;

static bool stopped(const sr_watch_opts *o)
{
	return o->stop.stop && o->stop.stop(o->stop.arg);
}

static void logf_(watch *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(watch *w, const char *fmt, ...)
{
	if (!w->log)
		return;
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	w->log(w->log_ctx, msg);
}

/* scheme://host[:port] of url into out; false if none. */
static bool origin_of(const char *url, char *out, size_t cap)
{
	const char *p = strstr(url, "://");
	if (!p)
		return false;
	p += 3;
	size_t n = strcspn(p, "/?#");
	size_t sn = (size_t)(p - url);
	if (!n || sn + n >= cap)
		return false;
	memcpy(out, url, sn + n);
	out[sn + n] = '\0';
	return true;
}

static void free_rules(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static bool add_rule(char ***v, size_t *n, const char *s, size_t len)
{
	char **p = realloc(*v, (*n + 1) * sizeof *p);
	if (!p)
		return false;
	*v = p;
	p[*n] = malloc(len + 1);
	if (!p[*n])
		return false;
	memcpy(p[*n], s, len);
	p[*n][len] = '\0';
	(*n)++;
	return true;
}

/* The rules of robots.txt for us: the group naming "sitrep", else "*". */
static void parse_robots(host *h, const char *txt, size_t n)
{
	for (int pass = 0; pass < 2; pass++) {
		bool in_group = false, group_has_rules = false, matched = false;
		const char *p = txt, *end = txt + n;
		while (p < end) {
			const char *eol = memchr(p, '\n', (size_t)(end - p));
			const char *le = eol ? eol : end;
			const char *hash = memchr(p, '#', (size_t)(le - p));
			if (hash)
				le = hash;
			const char *colon = memchr(p, ':', (size_t)(le - p));
			if (colon) {
				const char *k = p, *v = colon + 1;
				size_t kn = (size_t)(colon - p), vn = (size_t)(le - v);
				sr_trim(&k, &kn);
				sr_trim(&v, &vn);
				if (sr_ascii_caseeq(k, kn, "user-agent")) {
					if (group_has_rules) {
						in_group = false;
						group_has_rules = false;
					}
					bool us = pass == 0 ? sr_memcasemem(v, vn, "sitrep", 6) != NULL : (vn == 1 && v[0] == '*');
					in_group = in_group || us;
					matched = matched || us;
				} else if (in_group && (sr_ascii_caseeq(k, kn, "disallow") || sr_ascii_caseeq(k, kn, "allow"))) {
					group_has_rules = true;
					if (vn == 0)
						; /* "Disallow:" allows everything */
					else if (sr_ascii_caseeq(k, kn, "allow"))
						add_rule(&h->allow, &h->n_allow, v, vn);
					else
						add_rule(&h->disallow, &h->n_disallow, v, vn);
				} else if (sr_ascii_caseeq(k, kn, "disallow") || sr_ascii_caseeq(k, kn, "allow")) {
					group_has_rules = true;
				}
			}
			p = eol ? eol + 1 : end;
		}
		if (matched)
			return; /* a group for sitrep by name: the "*" group does not apply */
	}
}

/* Does rule (a path prefix with '*' wildcards and an optional '$' end)
 * match path?  Returns the rule's length when it does, else -1. */
static long rule_match(const char *rule, const char *path)
{
	const char *r = rule, *p = path;
	size_t rl = strlen(rule);
	/* simple recursive-free matcher: '*' matches any run */
	const char *star_r = NULL, *star_p = NULL;
	while (*r) {
		if (*r == '$' && r[1] == '\0')
			return *p == '\0' ? (long)rl : -1;
		if (*r == '*') {
			star_r = ++r;
			star_p = p;
			continue;
		}
		if (*p && *p == *r) {
			r++;
			p++;
			continue;
		}
		if (star_r && *star_p) {
			r = star_r;
			p = ++star_p;
			continue;
		}
		return -1;
	}
	return (long)rl;
}

static bool robots_allow(const host *h, const char *url)
{
	if (h->blocked)
		return false;
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	p += strcspn(p, "/");
	const char *path = *p ? p : "/";
	long best_allow = -1, best_dis = -1;
	for (size_t i = 0; i < h->n_allow; i++) {
		long m = rule_match(h->allow[i], path);
		if (m > best_allow)
			best_allow = m;
	}
	for (size_t i = 0; i < h->n_disallow; i++) {
		long m = rule_match(h->disallow[i], path);
		if (m > best_dis)
			best_dis = m;
	}
	return best_dis < 0 || best_allow >= best_dis;
}

static double ms_since(const struct timespec *a)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - a->tv_sec) * 1000.0 + (double)(now.tv_nsec - a->tv_nsec) / 1e6;
}

static void sleep_ms(long ms)
{
	if (ms <= 0)
		return;
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static host *host_of(watch *w, const char *url)
{
	char origin[256];
	if (!origin_of(url, origin, sizeof origin))
		return NULL;
	for (size_t i = 0; i < w->n_hosts; i++)
		if (strcmp(w->hosts[i].name, origin) == 0)
			return &w->hosts[i];
	host *p = realloc(w->hosts, (w->n_hosts + 1) * sizeof *p);
	if (!p)
		return NULL;
	w->hosts = p;
	host *h = &p[w->n_hosts++];
	memset(h, 0, sizeof *h);
	snprintf(h->name, sizeof h->name, "%s", origin);
	return h;
}

static void fetch_opts(const watch *w, sr_fetch_opts *fo)
{
	sr_fetch_opts_default(fo);
	if (w->o->connect_timeout_ms > 0)
		fo->connect_timeout_ms = w->o->connect_timeout_ms;
	if (w->o->timeout_ms > 0)
		fo->timeout_ms = w->o->timeout_ms;
}

/* One polite GET: the host's delay, its robots.txt. */
static sr_status polite_fetch(watch *w, const char *url, const char *etag, const char *lastmod, sr_fetch_result *r,
                              bool *refused)
{
	*refused = false;
	memset(r, 0, sizeof *r);
	host *h = host_of(w, url);
	if (!h) {
		snprintf(r->error, sizeof r->error, "not an http(s) URL");
		return SR_EINVAL;
	}
	sr_fetch_opts fo;
	fetch_opts(w, &fo);
	if (!h->robots_read) {
		h->robots_read = true;
		char ru[300];
		snprintf(ru, sizeof ru, "%s/robots.txt", h->name);
		sleep_ms(w->o->delay_ms - (long)ms_since(&h->last));
		sr_fetch_result rr;
		sr_status st = sr_fetch(ru, &fo, &rr);
		clock_gettime(CLOCK_MONOTONIC, &h->last);
		w->st.requests++;
		if (st == SR_OK)
			parse_robots(h, rr.body ? rr.body : "", rr.len);
		else if (rr.status >= 500 || rr.status == 0) {
			h->blocked = true; /* an unreachable robots.txt: stay away this round */
			logf_(w, "%s: robots.txt not readable (%s): host skipped this round", h->name, rr.error);
		}
		sr_fetch_result_clear(&rr);
	}
	if (!robots_allow(h, url)) {
		*refused = true;
		snprintf(r->error, sizeof r->error, "disallowed by robots.txt");
		return SR_EIO;
	}
	sleep_ms(w->o->delay_ms - (long)ms_since(&h->last));
	fo.etag = etag;
	fo.last_modified = lastmod;
	sr_status st = sr_fetch(url, &fo, r);
	clock_gettime(CLOCK_MONOTONIC, &h->last);
	w->st.requests++;
	return st;
}

typedef struct item_list {
	sr_feed_item *v;
	size_t n, cap;
} item_list;

static void collect(void *ctx, const sr_feed_item *it)
{
	item_list *l = ctx;
	if (!SR_VEC_GROW(l->v, l->n, l->cap, 32))
		return;
	sr_feed_item *x = &l->v[l->n++];
	x->url = it->url ? strdup(it->url) : NULL;
	x->title = it->title ? strdup(it->title) : NULL;
	x->date = it->date ? strdup(it->date) : NULL;
	x->summary = it->summary ? strdup(it->summary) : NULL;
}

static void item_list_clear(item_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].title);
		free(l->v[i].date);
		free(l->v[i].summary);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static void do_item(watch *w, const sr_feed_item *it)
{
	char canon[4096];
	const char *key = it->url;
	if (sr_url_canonical(it->url, strlen(it->url), canon, sizeof canon))
		key = canon;
	entry *e = lookup(&w->state, key, false);
	const char *date = it->date ? it->date : "";
	if (e && e->date && strcmp(e->date, date[0] ? date : "-") == 0) {
		w->st.unchanged++;
		return; /* seen, and the feed says nothing changed */
	}
	if (e && e->date && !date[0] && strcmp(e->date, "-") == 0) {
		w->st.unchanged++;
		return;
	}
	sr_fetch_result r;
	bool refused;
	sr_status st = polite_fetch(w, it->url, e ? e->etag : NULL, e ? e->lastmod : NULL, &r, &refused);
	if (refused) {
		w->st.refused++;
		logf_(w, "%s: skipped: disallowed by robots.txt", it->url);
		sr_fetch_result_clear(&r);
		return;
	}
	if (st != SR_OK) {
		w->st.errors++;
		logf_(w, "%s: %s", it->url, r.error);
		/* a page that is not there is not asked for again until its
		 * feed date changes; timeouts and server errors are retried */
		if (r.status >= 400 && r.status < 500 && (e = lookup(&w->state, key, true)) != NULL)
			set_str(&e->date, date[0] ? date : "-");
		sr_fetch_result_clear(&r);
		return;
	}
	e = lookup(&w->state, key, true);
	if (!e) {
		sr_fetch_result_clear(&r);
		return;
	}
	set_str(&e->date, date[0] ? date : "-");
	if (r.not_modified) {
		w->st.unchanged++;
		sr_fetch_result_clear(&r);
		return;
	}
	set_str(&e->etag, r.etag);
	set_str(&e->lastmod, r.last_modified);
	char fetched[40];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(fetched, sizeof fetched, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sr_record rec = {.input = it->url,
	                 .container = "feed",
	                 .data = r.body ? r.body : "",
	                 .len = r.len,
	                 .opts = {.url = r.effective_url ? r.effective_url : it->url,
	                          .date = it->date,
	                          .name = it->url,
	                          .charset = r.charset[0] ? r.charset : NULL,
	                          .title = it->title,
	                          .summary = it->summary,
	                          .fetched = fetched}};
	char hash[17] = "", why[600] = "";
	sr_watch_page page = w->page(w->page_user, &rec, e->hash, hash, why, sizeof why);
	sr_fetch_result_clear(&r);
	if (page == SR_WATCH_PAGE_WRITTEN) {
		snprintf(e->hash, sizeof e->hash, "%s", hash);
		w->st.written++;
	} else if (page == SR_WATCH_PAGE_UNCHANGED) {
		w->st.unchanged++; /* fetched again, same text */
	} else {
		w->st.errors++;
		logf_(w, "%s", why);
	}
}

static void do_feed(watch *w, const char *url)
{
	char key[4200];
	snprintf(key, sizeof key, "%s", url);
	entry *fe = lookup(&w->state, key, false);
	sr_fetch_result r;
	bool refused;
	sr_status st = polite_fetch(w, url, fe ? fe->etag : NULL, fe ? fe->lastmod : NULL, &r, &refused);
	w->st.feeds++;
	if (st != SR_OK) {
		w->st.errors++;
		logf_(w, "%s: %s", url, r.error);
		sr_fetch_result_clear(&r);
		return;
	}
	fe = lookup(&w->state, key, true);
	if (fe) {
		fe->feed = true;
		if (!r.not_modified) {
			set_str(&fe->etag, r.etag);
			set_str(&fe->lastmod, r.last_modified);
		}
	}
	if (r.not_modified) {
		sr_fetch_result_clear(&r);
		return;
	}
	item_list items = {0};
	sr_feed_result fr;
	st = sr_feed_parse(r.body ? r.body : "", r.len, r.effective_url ? r.effective_url : url, 10000, collect, &items,
	                   &fr);
	if (st != SR_OK) {
		w->st.errors++;
		logf_(w, "%s: malformed feed at %s (%zu items read all the same)", url, fr.error, fr.items);
	}
	sr_fetch_result_clear(&r);
	/* oldest first: feeds list the newest on top */
	for (size_t i = items.n; i-- > 0 && !stopped(w->o);) {
		if (items.v[i].url) {
			w->st.items++;
			do_item(w, &items.v[i]);
		}
	}
	item_list_clear(&items);
	if (!save_state(&w->state, w->state_path)) {
		w->st.errors++;
		logf_(w, "%s: cannot save the state: %s", w->state_path, strerror(errno));
	}
}

static char **read_feed_list(const char *path, size_t *n, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	*n = 0;
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	char **v = NULL;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t k;
	while ((k = getline(&line, &cap, f)) > 0) {
		lineno++;
		const char *s = line;
		size_t sn = (size_t)k;
		sr_trim(&s, &sn);
		if (!sn || s[0] == '#')
			continue;
		char u[4096];
		snprintf(u, sizeof u, "%.*s", (int)(sn < sizeof u - 1 ? sn : sizeof u - 1), s);
		if (!sr_is_url(u)) {
			snprintf(err, errlen, "%.300s:%zu: not an http(s) URL: %.200s", path, lineno, u);
			continue;
		}
		char **p = realloc(v, (*n + 1) * sizeof *p);
		if (!p)
			break;
		v = p;
		v[(*n)++] = strdup(u);
	}
	free(line);
	fclose(f);
	return v;
}

sr_status sr_feed_watch(const sr_watch_opts *o, sr_watch_page_fn page, void *page_user, sr_watch_log_fn log,
                        void *log_ctx, sr_watch_stats *stats)
{
	watch w;
	memset(&w, 0, sizeof w);
	w.o = o;
	w.log = log;
	w.log_ctx = log_ctx;
	w.page = page;
	w.page_user = page_user;
	if (!o->feeds_file || !o->out_dir)
		return SR_EINVAL;
	if (mkdir(o->out_dir, 0755) != 0 && errno != EEXIST) {
		logf_(&w, "%s: %s", o->out_dir, strerror(errno));
		return SR_EIO;
	}
	snprintf(w.state_path, sizeof w.state_path, "%s/.sitrep-watch", o->out_dir);
	if (!load_state(&w.state, w.state_path)) {
		logf_(&w, "%s: %s", w.state_path, strerror(errno));
		return SR_EIO;
	}
	sr_status result = SR_OK;
	for (;;) {
		char err[600] = "";
		size_t nf = 0;
		char **feeds = read_feed_list(o->feeds_file, &nf, err, sizeof err);
		if (err[0])
			logf_(&w, "%s", err);
		if (!feeds && !nf) {
			result = SR_EIO;
			break;
		}
		/* robots.txt once a round */
		for (size_t i = 0; i < w.n_hosts; i++) {
			free_rules(w.hosts[i].allow, w.hosts[i].n_allow);
			free_rules(w.hosts[i].disallow, w.hosts[i].n_disallow);
			w.hosts[i].allow = w.hosts[i].disallow = NULL;
			w.hosts[i].n_allow = w.hosts[i].n_disallow = 0;
			w.hosts[i].robots_read = w.hosts[i].blocked = false;
		}
		for (size_t i = 0; i < nf && !stopped(o); i++)
			do_feed(&w, feeds[i]);
		for (size_t i = 0; i < nf; i++)
			free(feeds[i]);
		free(feeds);
		w.st.rounds++;
		logf_(&w, "round %llu: %llu feeds, %llu items, %llu articles written, %llu unchanged, %llu refused by robots.txt, "
		      "%llu errors",
		      (unsigned long long)w.st.rounds, (unsigned long long)w.st.feeds, (unsigned long long)w.st.items,
		      (unsigned long long)w.st.written, (unsigned long long)w.st.unchanged,
		      (unsigned long long)w.st.refused, (unsigned long long)w.st.errors);
		if (o->once || stopped(o))
			break;
		for (long s = 0; s < o->every_s && !stopped(o); s++)
			sleep_ms(1000);
		if (stopped(o))
			break;
	}
	if (stats)
		*stats = w.st;
	for (size_t i = 0; i < w.n_hosts; i++) {
		free_rules(w.hosts[i].allow, w.hosts[i].n_allow);
		free_rules(w.hosts[i].disallow, w.hosts[i].n_disallow);
	}
	free(w.hosts);
	table_free(&w.state);
	return result;
}
