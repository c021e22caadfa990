/* watch.c: the feed watcher: the input stage's poller (new and changed
 * items, fetched politely) with each page extracted and its article
 * appended to DIR/YYYY-MM-DD.jsonl when its text is new; see
 * sitrep/pipeline.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../input/input.h"

typedef struct watcher {
	const sr_watch_opts *o;
	sr_ctx *ctx;
} watcher;

/* Append one line to DIR/YYYY-MM-DD.jsonl in one write (O_APPEND). */
static bool write_line(const char *dir, const char *json, size_t n)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	char path[4200];
	snprintf(path, sizeof path, "%s/%04d-%02d-%02d.jsonl", dir, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (fd < 0)
		return false;
	char *line = malloc(n + 1);
	if (!line) {
		close(fd);
		return false;
	}
	memcpy(line, json, n);
	line[n] = '\n';
	size_t off = 0;
	bool ok = true;
	while (off < n + 1) {
		ssize_t k = write(fd, line + off, n + 1 - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			ok = false;
			break;
		}
		off += (size_t)k;
	}
	free(line);
	return close(fd) == 0 && ok;
}

static sr_watch_page page(void *user, const sr_record *rec, const char *last_hash, char hash[17], char *why,
                          size_t why_cap)
{
	watcher *w = user;
	sr_article *a = NULL;
	if (sr_extract(w->ctx, rec->data, rec->len, &rec->opts, &a) != SR_OK) {
		snprintf(why, why_cap, "%s", sr_ctx_error(w->ctx));
		return SR_WATCH_PAGE_FAILED;
	}
	if (strcmp(last_hash, a->content_hash) == 0) {
		sr_article_free(a);
		return SR_WATCH_PAGE_UNCHANGED;
	}
	size_t n = 0;
	char *json = sr_article_json(a, &n);
	sr_watch_page r = SR_WATCH_PAGE_WRITTEN;
	if (json && write_line(w->o->out_dir, json, n)) {
		snprintf(hash, 17, "%s", a->content_hash);
	} else {
		snprintf(why, why_cap, "%s: cannot write to %s: %s", rec->input, w->o->out_dir, strerror(errno));
		r = SR_WATCH_PAGE_FAILED;
	}
	free(json);
	sr_article_free(a);
	return r;
}

sr_status sr_watch(const sr_watch_opts *o, sr_watch_log_fn log, void *ctx, sr_watch_stats *stats)
{
	watcher w = {o, NULL};
	if (sr_ctx_new(&w.ctx) != SR_OK)
		return SR_ENOMEM;
	sr_status st = sr_feed_watch(o, page, &w, log, ctx, stats);
	sr_ctx_free(w.ctx);
	return st;
}
