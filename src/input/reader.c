/* reader.c: records from many inputs (files, directories, stdin), each
 * recognised by its content; see sitrep.h. */
#include "input.h"
#include "../util/str.h"
#include "../util/vec.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef enum { IN_NONE, IN_PAGE, IN_WARC, IN_JSONL } in_kind;

enum { MAX_FEED_ITEMS = 10000 };

struct sr_reader {
	char **paths; /* the inputs, directories expanded */
	size_t n_paths, cap_paths, next_path;
	/* the open input */
	FILE *f;
	sr_src src;
	bool src_open;
	in_kind kind;
	const char *name;
	uint64_t seq;
	uint64_t bytes_total, bytes_done_closed;
	sr_reader_stats st;
	char *def_url, *def_date;
	sr_fetch_opts fetch;
	/* feed items waiting to be fetched */
	sr_feed_item *pending;
	size_t n_pending, next_pending, cap_pending;
	char *feed_name;
	/* sr_reader_new_mem's page, until it is read */
	char *mem;
	size_t mem_len;
	sr_rec_out mem_o;
	char *mem_name;
	char err[512];
	/* the directory walk: the files and directories seen (device, inode;
	 * open addressing), and what it skipped */
	struct seen {
		dev_t dev;
		ino_t ino;
	} *seen;
	size_t n_seen, cap_seen;
	char **notes;
	size_t n_notes, cap_notes;
};

/* A record and what it holds: the record handed out is its first member. */
typedef struct record_impl {
	sr_record pub;
	void *own; /* a page's buffer, handed over without a copy */
} record_impl;

const char *sr_skip_str(sr_skip k)
{
	static const char *const N[] = {"WARC record not a response", "HTTP status not 2xx", "not a web page",
	                                "empty body", "over the size cap", "no html or text field",
	                                "reached again by a link", "not a regular file"};
	return k < SR_SKIP_COUNT ? N[k] : "?";
}

const char *sr_input_error_str(sr_input_error k)
{
	static const char *const N[] = {"corrupt gzip",     "truncated record",       "bad WARC record",
	                                "bad HTTP data",    "bad JSON line",          "JSON line over the cap",
	                                "unreadable input", "URL not fetched",        "malformed feed",
	                                "WARC length past the end (resynced at the next record)"};
	return k < SR_IERR_COUNT ? N[k] : "?";
}

static bool add_path(sr_reader *r, const char *p)
{
	if (r->n_paths == r->cap_paths) {
		size_t cap = r->cap_paths ? r->cap_paths * 2 : 16;
		char **np = realloc(r->paths, cap * sizeof *np);
		if (!np)
			return false;
		r->paths = np;
		r->cap_paths = cap;
	}
	r->paths[r->n_paths] = strdup(p);
	if (!r->paths[r->n_paths])
		return false;
	r->n_paths++;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is (dev, ino) seen before?  It is marked seen.  -1: out of memory. */
static int seen_before(sr_reader *r, const struct stat *st)
{
	if (r->n_seen * 2 >= r->cap_seen) {
		size_t cap = r->cap_seen ? r->cap_seen * 2 : 256;
		struct seen *ns = calloc(cap, sizeof *ns);
		if (!ns)
			return -1;
		for (size_t i = 0; i < r->cap_seen; i++)
			if (r->seen[i].ino || r->seen[i].dev) {
				size_t h = ((size_t)r->seen[i].ino * 0x9E3779B97F4A7C15u ^ (size_t)r->seen[i].dev) & (cap - 1);
				while (ns[h].ino || ns[h].dev)
					h = (h + 1) & (cap - 1);
				ns[h] = r->seen[i];
			}
		free(r->seen);
		r->seen = ns;
		r->cap_seen = cap;
	}
	size_t h = ((size_t)st->st_ino * 0x9E3779B97F4A7C15u ^ (size_t)st->st_dev) & (r->cap_seen - 1);
	while (r->seen[h].ino || r->seen[h].dev) {
		if (r->seen[h].ino == st->st_ino && r->seen[h].dev == st->st_dev)
			return 1;
		h = (h + 1) & (r->cap_seen - 1);
	}
	r->seen[h] = (struct seen){st->st_dev, st->st_ino};
	r->n_seen++;
	return 0;
}

/* A notice of what the walk skipped, and its count. */
static bool skipped(sr_reader *r, sr_skip why, const char *path, const char *what)
{
	r->st.skipped[why]++;
	char *m = malloc(strlen(path) + strlen(what) + 3);
	if (!m || !SR_VEC_GROW(r->notes, r->n_notes, r->cap_notes, 16)) {
		free(m);
		return false;
	}
	sprintf(m, "%s: %s", path, what);
	r->notes[r->n_notes++] = m;
	return true;
}

const char *const *sr_reader_notices(const sr_reader *r, size_t *n)
{
	*n = r ? r->n_notes : 0;
	return r ? (const char *const *)r->notes : NULL;
}

/* Add the files under dir, recursively, sorted by name (bytewise, so the
 * order does not depend on the locale): each directory and each file once
 * however many links reach it, regular files only. */
static bool add_dir(sr_reader *r, const char *dir, int depth)
{
	if (depth > 256)
		return skipped(r, SR_SKIP_SPECIAL, dir, "directories nested over 256 deep");
	DIR *d = opendir(dir);
	if (!d)
		return add_path(r, dir); /* reported when opened */
	char **names = NULL;
	size_t n = 0, cap = 0;
	bool ok = true;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* ., .., hidden files */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *nn);
			if (!nn) {
				ok = false;
				break;
			}
			names = nn;
		}
		names[n] = strdup(e->d_name);
		if (!names[n]) {
			ok = false;
			break;
		}
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		if (ok) {
			size_t len = strlen(dir) + strlen(names[i]) + 2;
			char *p = malloc(len);
			if (!p) {
				ok = false;
			} else {
				snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
				struct stat st = {0};
				int again;
				if (stat(p, &st) != 0) {
					ok = add_path(r, p); /* reported when opened (a dangling link) */
				} else if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
					ok = skipped(r, SR_SKIP_SPECIAL, p, "not a regular file (a FIFO, socket or device): skipped");
				} else if ((again = seen_before(r, &st)) != 0) {
					ok = again > 0 && skipped(r, SR_SKIP_SEEN, p,
					                          S_ISDIR(st.st_mode) ? "a link to a directory already read: skipped"
					                                              : "a file already read by another path: skipped");
				} else if (S_ISDIR(st.st_mode)) {
					ok = add_dir(r, p, depth + 1);
				} else {
					ok = add_path(r, p);
					r->bytes_total += (uint64_t)st.st_size;
				}
				free(p);
			}
		}
		free(names[i]);
	}
	free(names);
	return ok;
}

sr_status sr_reader_new(const char *const *inputs, size_t n, sr_reader **out)
{
	sr_reader *r = calloc(1, sizeof *r);
	if (!r)
		return SR_ENOMEM;
	sr_fetch_opts_default(&r->fetch);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		bool ok;
		if (!sr_is_url(inputs[i]) && strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			/* each directory named is walked whole, with its own record
			 * of what it has seen */
			if (r->seen)
				memset(r->seen, 0, r->cap_seen * sizeof *r->seen);
			r->n_seen = 0;
			ok = seen_before(r, &st) >= 0 && add_dir(r, inputs[i], 0);
		} else {
			ok = add_path(r, inputs[i]);
			if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISREG(st.st_mode))
				r->bytes_total += (uint64_t)st.st_size;
		}
		if (!ok) {
			sr_reader_free(r);
			return SR_ENOMEM;
		}
	}
	*out = r;
	return SR_OK;
}

void sr_reader_fetch_limits(sr_reader *r, long connect_ms, long total_ms, size_t max_bytes)
{
	if (connect_ms > 0)
		r->fetch.connect_timeout_ms = connect_ms;
	if (total_ms > 0)
		r->fetch.timeout_ms = total_ms;
	if (max_bytes > 0)
		r->fetch.max_bytes = max_bytes < SR_MAX_INPUT ? max_bytes : SR_MAX_INPUT;
}

void sr_reader_fetch_public_only(sr_reader *r, int on)
{
	r->fetch.public_only = on != 0;
}

static void clear_pending(sr_reader *r)
{
	for (size_t i = r->next_pending; i < r->n_pending; i++) {
		free(r->pending[i].url);
		free(r->pending[i].title);
		free(r->pending[i].date);
		free(r->pending[i].summary);
	}
	r->n_pending = r->next_pending = 0;
}

sr_status sr_reader_defaults(sr_reader *r, const char *url, const char *date)
{
	free(r->def_url);
	free(r->def_date);
	r->def_url = url ? strdup(url) : NULL;
	r->def_date = date ? strdup(date) : NULL;
	return (url && !r->def_url) || (date && !r->def_date) ? SR_ENOMEM : SR_OK;
}

static void close_input(sr_reader *r)
{
	if (r->src_open) {
		r->st.bytes_read += r->src.in_base + r->src.in_pos;
		r->bytes_done_closed += r->src.in_base + r->src.in_pos;
		sr_src_close(&r->src);
		r->src_open = false;
	}
	if (r->f && r->f != stdin)
		fclose(r->f);
	r->f = NULL;
	r->kind = IN_NONE;
}

void sr_reader_free(sr_reader *r)
{
	if (!r)
		return;
	close_input(r);
	for (size_t i = 0; i < r->n_paths; i++)
		free(r->paths[i]);
	free(r->paths);
	free(r->def_url);
	free(r->def_date);
	clear_pending(r);
	free(r->pending);
	free(r->feed_name);
	free(r->mem);
	free(r->mem_name);
	sr_rec_out_clear(&r->mem_o);
	free(r->seen);
	for (size_t i = 0; i < r->n_notes; i++)
		free(r->notes[i]);
	free(r->notes);
	free(r);
}

sr_status sr_reader_new_mem(const void *data, size_t len, const sr_extract_opts *opts, sr_reader **out)
{
	sr_reader *r = NULL;
	if (sr_reader_new(NULL, 0, &r) != SR_OK)
		return SR_ENOMEM;
	sr_extract_opts none = {0};
	const sr_extract_opts *o = opts ? opts : &none;
	sr_rec_out *m = &r->mem_o;
	r->mem = malloc(len + 1);
	r->mem_name = strdup(o->name ? o->name : "memory");
	bool ok = r->mem && r->mem_name;
	char **slot[] = {&m->url, &m->date, &m->charset, &m->title, &m->fetched, &m->summary};
	const char *v[] = {o->url, o->date, o->charset, o->title, o->fetched, o->summary};
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		if (v[i] && !(*slot[i] = strdup(v[i])))
			ok = false;
	if (!ok) {
		sr_reader_free(r);
		return SR_ENOMEM;
	}
	memcpy(r->mem, data, len);
	r->mem[len] = '\0';
	r->mem_len = len;
	m->format = o->format;
	r->st.inputs = 1;
	*out = r;
	return SR_OK;
}

const char *sr_reader_error(const sr_reader *r)
{
	return r ? r->err : "";
}

void sr_reader_stats_get(const sr_reader *r, sr_reader_stats *out)
{
	*out = r->st;
	if (r->src_open)
		out->bytes_read += r->src.in_base + r->src.in_pos;
}

void sr_reader_progress(const sr_reader *r, uint64_t *done, uint64_t *total)
{
	*done = r->bytes_done_closed + (r->src_open ? r->src.in_base + r->src.in_pos : 0);
	*total = r->bytes_total;
}

void sr_record_free(sr_record *rec)
{
	record_impl *im = (record_impl *)rec;
	if (im)
		free(im->own);
	free(im); /* one allocation: the struct, its strings and (else) its data */
}

/* The bytes of a hint kept: a title or summary is cut at its cap (at a
 * character's start); a URL, date or charset over the field cap means
 * nothing cut, and is dropped (SIZE_MAX). */
static size_t hint_len(const char *s, size_t cap, bool cut)
{
	if (!s)
		return SIZE_MAX;
	size_t n = strnlen(s, cap + 1);
	if (n <= cap)
		return n;
	return cut ? sr_utf8_cut(s, n, cap) : SIZE_MAX;
}

static char *put(char **at, const char *s, size_t n)
{
	if (!s || n == SIZE_MAX)
		return NULL;
	char *p = *at;
	memcpy(p, s, n);
	p[n] = '\0';
	*at += n + 1;
	return p;
}

/* One allocation for the record, its strings and its data. */
static sr_record *make_record(sr_reader *r, const char *container, uint64_t offset, const char *data, size_t len,
                              const sr_rec_out *o, void *take)
{
	const char *url = o && o->url ? o->url : r->def_url;
	const char *date = o && o->date ? o->date : r->def_date;
	/* messages about a record inside a file name the file and the byte */
	char where[1100];
	snprintf(where, sizeof where, o && strcmp(container, "memory") ? "%s: byte %llu" : "%s", r->name,
	         (unsigned long long)offset);
	/* what the container said is capped like the page's own fields */
	const char *strs[] = {r->name,           where, url, date, o ? o->charset : NULL, o ? o->title : NULL,
	                      o ? o->fetched : NULL, o ? o->summary : NULL};
	size_t lens[sizeof strs / sizeof *strs];
	size_t need = sizeof(record_impl) + (take ? 0 : len + 1);
	for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
		lens[i] = i < 2 ? (strs[i] ? strlen(strs[i]) : SIZE_MAX)
		                : hint_len(strs[i], i == 7 ? SR_MAX_SUMMARY : SR_MAX_FIELD, i == 5 || i == 7);
		if (lens[i] != SIZE_MAX)
			need += lens[i] + 1;
	}
	record_impl *im = malloc(need);
	if (!im)
		return NULL;
	memset(im, 0, sizeof *im);
	sr_record *rec = &im->pub;
	char *at = (char *)(im + 1);
	if (take) {
		im->own = take;
		rec->data = data;
	} else {
		memcpy(at, data, len);
		at[len] = '\0';
		rec->data = at;
		at += len + 1;
	}
	rec->len = len;
	rec->input = put(&at, r->name, lens[0]);
	rec->opts.name = put(&at, where, lens[1]);
	rec->opts.url = put(&at, url, lens[2]);
	rec->opts.date = put(&at, date, lens[3]);
	if (o) {
		rec->opts.charset = put(&at, o->charset, lens[4]);
		rec->opts.title = put(&at, o->title, lens[5]);
		rec->opts.fetched = put(&at, o->fetched, lens[6]);
		rec->opts.summary = put(&at, o->summary, lens[7]);
		rec->opts.format = o->format;
	}
	rec->container = container;
	rec->offset = offset;
	rec->seq = r->seq++;
	return rec;
}

/* Open the next input and decide what it is.  SR_OK with r->kind set, or
 * an error for this input (reported; the caller goes on). */
static sr_status open_next(sr_reader *r)
{
	const char *p = r->paths[r->next_path++];
	r->name = p;
	r->st.inputs++;
	errno = 0;
	r->f = strcmp(p, "-") == 0 ? stdin : fopen(p, "rb");
	if (!r->f) {
		r->st.errors[SR_IERR_IO]++;
		snprintf(r->err, sizeof r->err, "%s: %s", p, strerror(errno ? errno : EIO));
		return SR_EIO;
	}
	if (!sr_src_open_file(&r->src, r->f)) {
		r->src_open = true;
		close_input(r);
		snprintf(r->err, sizeof r->err, "%s: out of memory", p);
		return SR_ENOMEM;
	}
	r->src_open = true;
	sr_src_fill(&r->src, 4096);
	const unsigned char *d = sr_src_data(&r->src);
	size_t n = sr_src_avail(&r->src);
	if (sr_warc_sniff(d, n))
		r->kind = IN_WARC;
	else if (sr_jsonl_sniff(d, n))
		r->kind = IN_JSONL;
	else
		r->kind = IN_PAGE;
	return SR_OK;
}

/* A whole file as one page (gzip already undone by the source). */
static sr_status read_page(sr_reader *r, sr_record **out)
{
	sr_src *s = &r->src;
	size_t n = sr_src_fill(s, SR_MAX_INPUT + 1);
	sr_status st = SR_OK;
	if (s->broken) {
		r->st.errors[SR_IERR_GZIP]++;
		snprintf(r->err, sizeof r->err, "%s: %s", r->name, s->err);
		st = SR_EGZIP;
	} else if (n > SR_MAX_INPUT) {
		r->st.skipped[SR_SKIP_TOO_LARGE]++;
		snprintf(r->err, sizeof r->err, "%s: file larger than the 64 MiB cap", r->name);
		st = SR_ETOOBIG;
	} else if (ferror(r->f)) {
		r->st.errors[SR_IERR_IO]++;
		snprintf(r->err, sizeof r->err, "%s: %s", r->name, strerror(errno ? errno : EIO));
		st = SR_EIO;
	} else {
		r->st.records++;
		/* the window is handed over: a page is not copied */
		unsigned char *w = s->w;
		size_t at = s->w_start;
		if (at == 0 && s->w_cap > n + 1) {
			unsigned char *small = realloc(w, n + 1);
			if (small)
				w = small;
		}
		if (at == 0)
			w[n] = '\0';
		*out = make_record(r, "file", 0, (const char *)w + at, n, NULL, w);
		if (!*out) {
			st = SR_ENOMEM;
			s->w = w;
		} else {
			s->w = NULL;
			r->st.pages++;
		}
	}
	close_input(r);
	return st;
}

static char *sdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void queue_item(void *ctx, const sr_feed_item *it)
{
	sr_reader *r = ctx;
	if (!SR_VEC_GROW(r->pending, r->n_pending, r->cap_pending, 64))
		return;
	sr_feed_item *x = &r->pending[r->n_pending];
	x->url = sdup(it->url);
	x->title = sdup(it->title);
	x->date = sdup(it->date);
	x->summary = sdup(it->summary);
	if (x->url)
		r->n_pending++;
}

/* The items of a feed go to the queue; an error for malformed XML (the
 * items before it are queued all the same). */
static sr_status read_feed(sr_reader *r, const char *data, size_t n, const char *base)
{
	clear_pending(r);
	free(r->feed_name);
	r->feed_name = strdup(r->name);
	sr_feed_result res;
	/* data NULL: a large feed file, read as a stream from the open source */
	sr_status st = data ? sr_feed_parse(data, n, base, MAX_FEED_ITEMS, queue_item, r, &res)
	                    : sr_feed_parse_src(&r->src, base, MAX_FEED_ITEMS, queue_item, r, &res);
	if (st == SR_EPARSE) {
		r->st.errors[SR_IERR_FEED]++;
		snprintf(r->err, sizeof r->err, "%s: malformed feed at %s (%zu items read all the same)", r->name, res.error,
		         res.items);
		return SR_EPARSE;
	}
	if (res.truncated) {
		r->st.errors[SR_IERR_FEED]++;
		snprintf(r->err, sizeof r->err, "%s: more than %d items; the rest are left out", r->name, MAX_FEED_ITEMS);
		return SR_ETOOBIG;
	}
	return st == SR_OK ? SR_OK : st;
}

/* Fetch a URL into a record (or queue a feed's items: *out stays NULL). */
static sr_status fetch_url(sr_reader *r, const char *url, const sr_feed_item *hint, sr_record **out)
{
	sr_fetch_result fr;
	sr_status st = sr_fetch(url, &r->fetch, &fr);
	r->st.records++;
	if (st != SR_OK) {
		r->st.errors[SR_IERR_FETCH]++;
		if (hint)
			snprintf(r->err, sizeof r->err, "%s: %s: %s", r->feed_name ? r->feed_name : "feed", url, fr.error);
		else
			snprintf(r->err, sizeof r->err, "%s: %s", url, fr.error);
		sr_fetch_result_clear(&fr);
		return st == SR_ETOOBIG ? SR_ETOOBIG : SR_EIO;
	}
	r->st.bytes_read += fr.len;
	if (!hint && (strstr(fr.content_type, "xml") || strstr(fr.content_type, "rss") ||
	              strstr(fr.content_type, "atom") || !fr.content_type[0] || strcmp(fr.content_type, "text/plain") == 0) &&
	    sr_feed_sniff((const unsigned char *)fr.body, fr.len)) {
		const char *saved = r->name;
		r->name = url;
		st = read_feed(r, fr.body, fr.len, fr.effective_url ? fr.effective_url : url);
		r->name = saved;
		sr_fetch_result_clear(&fr);
		return st;
	}
	if (fr.content_type[0] && !sr_http_is_page(fr.content_type)) {
		r->st.skipped[SR_SKIP_NOT_HTML]++;
		sr_fetch_result_clear(&fr);
		return SR_OK;
	}
	sr_rec_out o;
	memset(&o, 0, sizeof o);
	o.url = fr.effective_url ? fr.effective_url : (char *)url;
	o.charset = fr.charset[0] ? fr.charset : NULL;
	o.title = hint ? hint->title : NULL;
	o.date = hint ? hint->date : NULL;
	o.summary = hint ? hint->summary : NULL;
	o.format = strcmp(fr.content_type, "text/plain") == 0 ? SR_FORMAT_TEXT : SR_FORMAT_AUTO;
	const char *saved = r->name;
	r->name = url;
	*out = make_record(r, hint ? "feed" : "url", 0, fr.body, fr.len, &o, NULL);
	r->name = saved;
	sr_fetch_result_clear(&fr);
	if (!*out)
		return SR_ENOMEM;
	r->st.pages++;
	return SR_OK;
}

sr_status sr_reader_next(sr_reader *r, sr_record **out)
{
	*out = NULL;
	r->err[0] = '\0';
	if (r->mem) { /* sr_reader_new_mem's page */
		r->name = r->mem_name;
		r->st.records++;
		*out = make_record(r, "memory", 0, r->mem, r->mem_len, &r->mem_o, r->mem);
		if (!*out) {
			snprintf(r->err, sizeof r->err, "%s: out of memory", r->name);
			return SR_ENOMEM;
		}
		r->mem = NULL; /* the record holds it now */
		r->st.pages++;
		return SR_OK;
	}
	for (;;) {
		if (r->kind == IN_NONE && r->next_pending < r->n_pending) {
			sr_feed_item *it = &r->pending[r->next_pending++];
			sr_status st = fetch_url(r, it->url, it, out);
			free(it->url);
			free(it->title);
			free(it->date);
			free(it->summary);
			it->url = it->title = it->date = it->summary = NULL;
			if (st != SR_OK || *out)
				return st;
			continue;
		}
		if (r->kind == IN_NONE) {
			clear_pending(r);
			if (r->next_path >= r->n_paths)
				return SR_OK;
			if (sr_is_url(r->paths[r->next_path])) {
				const char *u = r->paths[r->next_path++];
				r->name = u;
				r->st.inputs++;
				sr_status st = fetch_url(r, u, NULL, out);
				if (st != SR_OK || *out)
					return st;
				continue;
			}
			sr_status st = open_next(r);
			if (st != SR_OK)
				return st;
		}
		if (r->kind == IN_PAGE) {
			/* a feed file: its items are fetched */
			sr_src *s = &r->src;
			if (sr_feed_sniff(sr_src_data(s), sr_src_avail(s))) {
				size_t n = sr_src_fill(s, SR_FEED_MAX_RECOVER + 1);
				sr_status st = n > SR_FEED_MAX_RECOVER ? read_feed(r, NULL, 0, r->def_url)
				                                       : read_feed(r, (const char *)sr_src_data(s), n, r->def_url);
				close_input(r);
				if (st != SR_OK)
					return st;
				continue;
			}
			return read_page(r, out);
		}
		sr_rec_out o;
		if (r->kind == IN_WARC)
			sr_warc_next(&r->src, &o);
		else
			sr_jsonl_next(&r->src, &o);
		switch (o.kind) {
		case SR_REC_END: close_input(r); continue;
		case SR_REC_SKIP:
			r->st.records++;
			r->st.skipped[o.skip]++;
			sr_rec_out_clear(&o);
			continue;
		case SR_REC_ERROR: {
			sr_input_error e = o.error;
			r->st.errors[e]++;
			snprintf(r->err, sizeof r->err, "%s: byte %llu: %s", r->name, (unsigned long long)o.offset, o.msg);
			sr_rec_out_clear(&o);
			return e == SR_IERR_GZIP ? SR_EGZIP : SR_EPARSE;
		}
		case SR_REC_PAGE: {
			r->st.records++;
			*out = make_record(r, r->kind == IN_WARC ? "warc" : "jsonl", o.offset, o.data, o.len, &o, o.data);
			if (*out)
				o.data = NULL; /* the record holds it now */
			sr_rec_out_clear(&o);
			if (!*out) {
				snprintf(r->err, sizeof r->err, "%s: out of memory", r->name);
				return SR_ENOMEM;
			}
			r->st.pages++;
			return SR_OK;
		}
		}
	}
}
