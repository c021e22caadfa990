/* pipeline.c: the stages composed, on worker threads; see
 * sitrep/pipeline.h.
 *
 * The calling thread reads records into a ring of slots (a few per
 * worker, so memory stays bounded by the records in flight); workers take
 * the oldest waiting slot and run it through extraction, the language core
 * and the coder; the calling thread hands finished slots out in sequence,
 * linking near-duplicates and putting them into the store as it goes, so
 * the output does not depend on the number of threads.  The store is
 * written from the calling thread only; a worker that wants to know
 * whether an article is held already asks a handle of its own. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sitrep.h"
#include "../util/error.h"
#include "../util/str.h"

enum { SLOT_EMPTY, SLOT_WAITING, SLOT_WORKING, SLOT_DONE };

/* One record in flight and what its stages made of it. */
typedef struct slot {
	int state;
	sr_record *rec;
	sr_article *a;
	sr_doc *doc;
	sr_coding *coding;
	sr_incidents *incidents;
	sr_result res;
	bool held; /* the store holds it with this text already */
	char err[512];
} slot;

/* What one thread runs the stages with. */
typedef struct worker {
	sr_ctx *ctx;
	sr_store *store; /* its own handle on the run's store, for held-already checks */
	char *store_target;
	bool store_failed; /* could not be opened: no checks (the put checks again) */
} worker;

struct sr_pipeline {
	sr_pipeline_opts o;
	int threads;
	worker *workers; /* threads of them; workers[0] also serves a run on the calling thread */
};

/* The ring a run's threads share. */
typedef struct run {
	sr_pipeline *p;
	sr_store *store; /* the run's store (written from the calling thread) */
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	slot *ring;
	size_t n_slots;
	uint64_t next_read, next_work, next_emit;
	bool stop;
} run;

/* ---- the stages ---------------------------------------------------------------- */

static int32_t today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

sr_status sr_layers_find(const sr_doc *doc, int32_t day, sr_layers *out)
{
	sr_layers l = {.day = day};
	sr_status st = sr_places_find(doc, &l.places, &l.n_places);
	if (st == SR_OK)
		st = sr_sources_find(doc, &l.sources, &l.n_sources);
	if (st == SR_OK)
		st = sr_counts_find(doc, &l.counts, &l.n_counts);
	/* a day that is no day gives no dates, as none */
	if (st == SR_OK && day && (st = sr_timex_find(doc, day, &l.dates, &l.n_dates)) == SR_EINVAL) {
		l.day = 0;
		st = SR_OK;
	}
	if (st != SR_OK) {
		sr_layers_clear(&l);
		return st;
	}
	*out = l;
	return SR_OK;
}

/* Does the run's store hold the article with this text already?  Asked
 * through the worker's own handle (the calling thread's store when the
 * run has no workers). */
static bool held(worker *w, sr_store *run_store, bool on_caller, const sr_article *a)
{
	sr_store *s = run_store;
	if (!on_caller) {
		const char *target = sr_store_target(run_store);
		if (w->store && strcmp(w->store_target, target) != 0) {
			sr_store_close(w->store);
			free(w->store_target);
			w->store = NULL;
			w->store_target = NULL;
			w->store_failed = false;
		}
		if (!w->store && !w->store_failed) {
			w->store_target = strdup(target);
			w->store_failed = !w->store_target || sr_store_open_reader(target, &w->store) != SR_OK;
		}
		s = w->store;
	}
	return s && sr_store_has(s, a->id, a->content_hash) == 1;
}

/* Run a record through the stages up to the store's (which the calling
 * thread runs, in order). */
static void process(const sr_pipeline *p, worker *w, sr_store *store, bool on_caller, slot *s)
{
	const sr_pipeline_opts *o = &p->o;
	sr_result *r = &s->res;
	const sr_record *rec = s->rec;
	r->reached = SR_STAGE_READ;
	if (o->until == SR_STAGE_READ)
		return;
	const char *text = rec->data;
	size_t len = rec->len;
	const sr_paragraph *paras = NULL;
	size_t n_paras = 0;
	if (!o->text_input) {
		r->failed = SR_STAGE_EXTRACT; /* (said only when status says it failed) */
		if (!w->ctx && (r->status = sr_ctx_new(&w->ctx)) != SR_OK) {
			snprintf(s->err, sizeof s->err, "%s: out of memory", rec->opts.name);
			return;
		}
		r->status = sr_extract(w->ctx, rec->data, rec->len, &rec->opts, &s->a);
		if (r->status != SR_OK) {
			snprintf(s->err, sizeof s->err, "%s", sr_ctx_error(w->ctx));
			return;
		}
		r->article = s->a;
		r->failed = SR_STAGE_READ;
		text = s->a->text ? s->a->text : "";
		len = s->a->text_len;
		paras = s->a->paragraphs;
		n_paras = s->a->n_paragraphs;
	}
	r->reached = SR_STAGE_EXTRACT;
	if (o->until == SR_STAGE_EXTRACT)
		return;
	int32_t day = s->a ? sr_day_of(s->a->published) : 0;
	r->day = day ? day : o->fallback_day ? o->fallback_day : today();
	if (o->until == SR_STAGE_STORE && s->a && held(w, store, on_caller, s->a)) {
		s->held = true;
		return;
	}
	/* the dictionaries are English: an article the extractor finds in
	 * another language stops here */
	if (s->a && !o->all_languages && s->a->language && strcmp(s->a->language, "en") != 0) {
		r->other_language = 1;
		return;
	}
	r->status = sr_analyze(text, len, paras, n_paras, &s->doc);
	if (r->status != SR_OK) {
		r->failed = SR_STAGE_ANALYZE;
		snprintf(s->err, sizeof s->err, "%s: %s", rec->opts.name, sr_status_str(r->status));
		return;
	}
	r->doc = s->doc;
	r->reached = SR_STAGE_ANALYZE;
	if (o->until == SR_STAGE_ANALYZE)
		return;
	sr_layers layers;
	r->status = sr_layers_find(s->doc, r->day, &layers);
	if (r->status == SR_OK)
		r->status = sr_code_doc(o->dict, s->doc, r->day, &layers, o->code_flags,
		                        o->with_actors || o->incidents || o->until == SR_STAGE_STORE, &s->coding);
	if (r->status != SR_OK) {
		r->failed = SR_STAGE_CODE;
		snprintf(s->err, sizeof s->err, "%s: %s", rec->opts.name, sr_status_str(r->status));
		return;
	}
	r->coding = s->coding;
	if (o->incidents || o->until == SR_STAGE_STORE) {
		r->status = sr_incidents_find(s->coding, s->a ? s->a->id : NULL, s->a ? s->a->url : NULL, &s->incidents);
		if (r->status != SR_OK) {
			r->failed = SR_STAGE_CODE;
			snprintf(s->err, sizeof s->err, "%s: %s", rec->opts.name, sr_status_str(r->status));
			return;
		}
		r->incidents = s->incidents;
	}
	r->reached = SR_STAGE_CODE;
}

/* The store's stage, on the calling thread: the article and its coding
 * (none when it is in another language) into the store, unless it is held
 * already or an earlier stage failed.  False when the store cannot be
 * written: the run ends. */
static bool put(sr_store *store, slot *s)
{
	sr_result *r = &s->res;
	if (r->status != SR_OK || !s->a)
		return true;
	if (s->held) {
		r->put = SR_PUT_UNCHANGED;
		r->reached = SR_STAGE_STORE;
		return true;
	}
	r->status = sr_store_put(store, s->a, s->coding, s->incidents, &r->put);
	if (r->status != SR_OK) {
		r->failed = SR_STAGE_STORE;
		snprintf(s->err, sizeof s->err, "%s", sr_store_error(store));
		return r->status != SR_EIO;
	}
	r->n_stored = r->put == SR_PUT_UNCHANGED || !s->coding ? 0 : s->coding->n_events;
	r->n_incidents = r->put == SR_PUT_UNCHANGED || !s->incidents ? 0 : s->incidents->n;
	r->reached = SR_STAGE_STORE;
	return true;
}

static void slot_clear(slot *s)
{
	sr_incidents_free(s->incidents);
	sr_coding_free(s->coding);
	sr_doc_free(s->doc);
	sr_article_free(s->a);
	sr_record_free(s->rec);
	memset(s, 0, sizeof *s);
}

/* Hand one finished slot out (near-duplicates linked, the store's stage
 * run); non-zero stops the run. */
static int emit(run *rn, sr_dedup *dd, slot *s, sr_result_fn fn, void *user)
{
	sr_result *r = &s->res;
	r->record = s->rec;
	r->error = s->err;
	if (s->a && dd)
		sr_dedup_add(dd, s->a);
	bool go_on = true;
	if (rn->p->o.until == SR_STAGE_STORE && rn->store)
		go_on = put(rn->store, s);
	int stop = fn(user, r);
	slot_clear(s);
	return stop || !go_on;
}

/* Read one record into s: SR_OK with s waiting, nothing at the end
 * (returns false), or a reader error kept in s as done. */
static bool read_slot(sr_reader *rd, slot *s)
{
	sr_record *rec = NULL;
	sr_status st = sr_reader_next(rd, &rec);
	if (st == SR_OK && !rec)
		return false;
	memset(s, 0, sizeof *s);
	s->rec = rec;
	if (st != SR_OK) {
		s->res.status = st;
		snprintf(s->err, sizeof s->err, "%s", sr_reader_error(rd));
		s->state = SLOT_DONE;
	} else {
		s->state = SLOT_WAITING;
	}
	return true;
}

static bool stop_asked(const sr_pipeline *p)
{
	return p->o.stop.stop && p->o.stop.stop(p->o.stop.arg);
}

/* ---- threads --------------------------------------------------------------------- */

typedef struct worker_arg {
	run *rn;
	worker *w;
} worker_arg;

static void *work(void *arg)
{
	worker_arg *wa = arg;
	run *r = wa->rn;
	pthread_mutex_lock(&r->mu);
	for (;;) {
		/* reader errors sit in the ring already done (or emitted) */
		if (r->next_work < r->next_emit)
			r->next_work = r->next_emit;
		while (r->next_work < r->next_read && r->ring[r->next_work % r->n_slots].state != SLOT_WAITING)
			r->next_work++;
		if (r->stop)
			break;
		if (r->next_work == r->next_read) {
			pthread_cond_wait(&r->work, &r->mu);
			continue;
		}
		slot *s = &r->ring[r->next_work % r->n_slots];
		r->next_work++;
		s->state = SLOT_WORKING;
		pthread_mutex_unlock(&r->mu);
		process(r->p, wa->w, r->store, false, s);
		pthread_mutex_lock(&r->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&r->done);
	}
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* A run on the calling thread alone: each record read, run and handed
 * out in turn. */
static sr_status run_here(run *rn, sr_reader *rd, sr_dedup *dd, sr_result_fn fn, void *user)
{
	slot s = {0};
	while (!stop_asked(rn->p) && read_slot(rd, &s)) {
		if (s.state == SLOT_WAITING)
			process(rn->p, &rn->p->workers[0], rn->store, true, &s);
		if (emit(rn, dd, &s, fn, user))
			break;
	}
	slot_clear(&s);
	return SR_OK;
}

/* A run on the workers, the first two records (read already) in the
 * ring. */
static sr_status run_threads(run *r, sr_reader *rd, sr_dedup *dd, sr_result_fn fn, void *user, slot *first,
                             slot *second)
{
	int threads = r->p->threads;
	r->n_slots = (size_t)threads * 4;
	r->ring = calloc(r->n_slots, sizeof *r->ring);
	pthread_t *tid = calloc((size_t)threads, sizeof *tid);
	worker_arg *args = calloc((size_t)threads, sizeof *args);
	if (!r->ring || !tid || !args) {
		free(r->ring);
		free(tid);
		free(args);
		slot_clear(first);
		slot_clear(second);
		return SR_ENOMEM;
	}
	r->ring[0] = *first;
	r->ring[1] = *second;
	r->next_read = 2;
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->work, NULL);
	pthread_cond_init(&r->done, NULL);
	int started = 0;
	for (int i = 0; i < threads; i++) {
		args[i] = (worker_arg){r, &r->p->workers[i]};
		if (pthread_create(&tid[i], NULL, work, &args[i]) != 0)
			break;
		started++;
	}
	sr_status result = started ? SR_OK : SR_ENOMEM;
	bool reading = started > 0, stop = !started;
	pthread_mutex_lock(&r->mu);
	while (!stop) {
		/* fill the ring */
		while (reading && r->next_read - r->next_emit < r->n_slots) {
			slot *s = &r->ring[r->next_read % r->n_slots];
			pthread_mutex_unlock(&r->mu);
			bool got = !stop_asked(r->p) && read_slot(rd, s);
			pthread_mutex_lock(&r->mu);
			if (!got) {
				reading = false;
				break;
			}
			r->next_read++;
			pthread_cond_broadcast(&r->work);
		}
		if (r->next_emit == r->next_read && !reading)
			break;
		slot *s = &r->ring[r->next_emit % r->n_slots];
		if (s->state != SLOT_DONE) {
			pthread_cond_wait(&r->done, &r->mu);
			continue;
		}
		pthread_mutex_unlock(&r->mu);
		int halt = emit(r, dd, s, fn, user);
		pthread_mutex_lock(&r->mu);
		r->next_emit++;
		if (halt)
			stop = true;
	}
	r->stop = true;
	pthread_cond_broadcast(&r->work);
	pthread_mutex_unlock(&r->mu);
	for (int i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	/* a stopped run leaves records in flight */
	for (size_t i = 0; i < r->n_slots; i++)
		slot_clear(&r->ring[i]);
	pthread_cond_destroy(&r->work);
	pthread_cond_destroy(&r->done);
	pthread_mutex_destroy(&r->mu);
	free(r->ring);
	free(tid);
	free(args);
	return result;
}

/* ---- the pipeline ------------------------------------------------------------------ */

sr_status sr_pipeline_new(const sr_pipeline_opts *o, sr_pipeline **out)
{
	if (!o || ((o->until == SR_STAGE_CODE || o->until == SR_STAGE_STORE) && !o->dict)) {
		sr_error_set("a pipeline that codes needs its dictionaries");
		return SR_EINVAL;
	}
	sr_pipeline *p = calloc(1, sizeof *p);
	int threads = o->threads;
	if (threads <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		threads = n > 0 ? (int)(n > 256 ? 256 : n) : 1;
	}
	if (p)
		p->workers = calloc((size_t)threads, sizeof *p->workers);
	if (!p || !p->workers) {
		free(p);
		sr_error_set("out of memory");
		return SR_ENOMEM;
	}
	p->o = *o;
	p->threads = threads;
	*out = p;
	return SR_OK;
}

void sr_pipeline_free(sr_pipeline *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->threads; i++) {
		sr_ctx_free(p->workers[i].ctx);
		sr_store_close(p->workers[i].store);
		free(p->workers[i].store_target);
	}
	free(p->workers);
	free(p);
}

sr_status sr_pipeline_run(sr_pipeline *p, sr_reader *rd, sr_store *store, sr_result_fn fn, void *user)
{
	if (!p || !rd || !fn || (p->o.until == SR_STAGE_STORE && !store))
		return SR_EINVAL;
	sr_dedup *dd = NULL;
	if (p->o.until >= SR_STAGE_EXTRACT && !p->o.text_input && sr_dedup_new(&dd) != SR_OK)
		return SR_ENOMEM;
	run r;
	memset(&r, 0, sizeof r);
	r.p = p;
	r.store = store;
	sr_status st;
	if (p->threads == 1) {
		st = run_here(&r, rd, dd, fn, user);
	} else {
		/* one record (one page on the command line) needs no workers:
		 * their contexts and malloc arenas would only add memory */
		slot first = {0}, second = {0};
		bool have1 = read_slot(rd, &first), have2 = have1 && read_slot(rd, &second);
		if (!have2) {
			if (have1 && first.state == SLOT_WAITING)
				process(p, &p->workers[0], store, true, &first);
			if (have1)
				emit(&r, dd, &first, fn, user);
			st = SR_OK;
		} else {
			st = run_threads(&r, rd, dd, fn, user, &first, &second);
		}
	}
	sr_dedup_free(dd);
	return st;
}
