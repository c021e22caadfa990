/* run.c: a run over a reader: extraction on worker threads, results
 * handed out in input order; see sitrep.h.
 *
 * The calling thread reads records into a ring of slots (a few per
 * worker, so memory stays bounded by the records in flight), workers take
 * the oldest waiting slot, and the calling thread emits finished slots in
 * sequence, linking near-duplicates as it goes, so the output does not
 * depend on the number of threads. */
#include "input.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SLOT_EMPTY, SLOT_WAITING, SLOT_WORKING, SLOT_DONE };

typedef struct slot {
	int state;
	sr_record *rec;
	sr_article *a;
	sr_status st;
	char err[512];
} slot;

typedef struct run {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	slot *ring;
	size_t n_slots;
	uint64_t next_read, next_work, next_emit;
	bool stop;
} run;

static void extract_slot(sr_ctx *ctx, slot *s)
{
	s->a = NULL;
	s->st = sr_extract(ctx, s->rec->data, s->rec->len, &s->rec->opts, &s->a);
	if (s->st != SR_OK)
		snprintf(s->err, sizeof s->err, "%s", sr_ctx_error(ctx));
}

static void *worker(void *arg)
{
	run *r = arg;
	sr_ctx *ctx = NULL;
	bool have_ctx = sr_ctx_new(&ctx) == SR_OK;
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
		if (have_ctx) {
			extract_slot(ctx, s);
		} else {
			s->st = SR_ENOMEM;
			snprintf(s->err, sizeof s->err, "%s: out of memory", s->rec->input);
		}
		pthread_mutex_lock(&r->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&r->done);
	}
	pthread_mutex_unlock(&r->mu);
	sr_ctx_free(ctx);
	return NULL;
}

/* Hand one finished slot to emit; non-zero stops the run. */
static int emit_slot(slot *s, sr_dedup *dd, sr_emit_fn emit, void *user)
{
	if (s->a && dd)
		sr_dedup_add(dd, s->a);
	int stop = emit(user, s->rec, s->a, s->st, s->st == SR_OK ? NULL : s->err);
	if (s->a)
		sr_article_free(s->a);
	sr_record_free(s->rec);
	s->rec = NULL;
	s->a = NULL;
	s->state = SLOT_EMPTY;
	return stop;
}

/* Read one record into s: SR_OK with s waiting, SR_OK with nothing at the
 * end (returns false), or a reader error kept in s as done. */
static bool read_slot(sr_reader *rd, slot *s)
{
	sr_record *rec = NULL;
	sr_status st = sr_reader_next(rd, &rec);
	if (st == SR_OK && !rec)
		return false;
	s->rec = rec;
	s->a = NULL;
	if (st != SR_OK) {
		s->st = st;
		snprintf(s->err, sizeof s->err, "%s", sr_reader_error(rd));
		s->state = SLOT_DONE;
	} else {
		s->st = SR_OK;
		s->err[0] = '\0';
		s->state = SLOT_WAITING;
	}
	return true;
}

static int emit_error_or_slot(slot *s, sr_dedup *dd, sr_emit_fn emit, void *user)
{
	if (!s->rec) {
		/* a reader error: no record */
		int stop = emit(user, NULL, NULL, s->st, s->err);
		s->state = SLOT_EMPTY;
		return stop;
	}
	return emit_slot(s, dd, emit, user);
}

static sr_status run_single(sr_reader *rd, sr_dedup *dd, sr_emit_fn emit, void *user)
{
	sr_ctx *ctx;
	if (sr_ctx_new(&ctx) != SR_OK)
		return SR_ENOMEM;
	slot s = {0};
	while (read_slot(rd, &s)) {
		if (s.state == SLOT_WAITING)
			extract_slot(ctx, &s);
		if (emit_error_or_slot(&s, dd, emit, user))
			break;
	}
	sr_ctx_free(ctx);
	return SR_OK;
}

sr_status sr_run(sr_reader *rd, int threads, sr_emit_fn emit, void *user)
{
	if (!rd || !emit)
		return SR_EINVAL;
	if (threads <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		threads = n > 0 ? (int)(n > 256 ? 256 : n) : 1;
	}
	sr_dedup *dd = NULL;
	if (sr_dedup_new(&dd) != SR_OK)
		return SR_ENOMEM;
	if (threads == 1) {
		sr_status st = run_single(rd, dd, emit, user);
		sr_dedup_free(dd);
		return st;
	}
	/* one record (one page on the command line) needs no workers: their
	 * contexts and malloc arenas would only add memory */
	slot first = {0}, second = {0};
	bool have1 = read_slot(rd, &first);
	bool have2 = have1 && read_slot(rd, &second);
	if (!have2) {
		sr_status st = SR_OK;
		if (have1) {
			sr_ctx *ctx;
			if (sr_ctx_new(&ctx) != SR_OK) {
				st = SR_ENOMEM;
				if (first.rec)
					sr_record_free(first.rec);
			} else {
				if (first.state == SLOT_WAITING)
					extract_slot(ctx, &first);
				emit_error_or_slot(&first, dd, emit, user);
				sr_ctx_free(ctx);
			}
		}
		sr_dedup_free(dd);
		return st;
	}
	run r;
	memset(&r, 0, sizeof r);
	r.n_slots = (size_t)threads * 4;
	r.ring = calloc(r.n_slots, sizeof *r.ring);
	pthread_t *tid = calloc((size_t)threads, sizeof *tid);
	if (!r.ring || !tid) {
		free(r.ring);
		free(tid);
		sr_dedup_free(dd);
		if (first.rec)
			sr_record_free(first.rec);
		if (second.rec)
			sr_record_free(second.rec);
		return SR_ENOMEM;
	}
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.work, NULL);
	pthread_cond_init(&r.done, NULL);
	r.ring[0] = first;
	r.ring[1] = second;
	r.next_read = 2;
	int started = 0;
	for (int i = 0; i < threads; i++) {
		if (pthread_create(&tid[i], NULL, worker, &r) != 0)
			break;
		started++;
	}
	sr_status result = started ? SR_OK : SR_ENOMEM;
	bool reading = started > 0, stop = !started;
	pthread_mutex_lock(&r.mu);
	while (!stop) {
		/* fill the ring */
		while (reading && r.next_read - r.next_emit < r.n_slots) {
			slot *s = &r.ring[r.next_read % r.n_slots];
			pthread_mutex_unlock(&r.mu);
			bool got = read_slot(rd, s);
			pthread_mutex_lock(&r.mu);
			if (!got) {
				reading = false;
				break;
			}
			r.next_read++;
			pthread_cond_broadcast(&r.work);
		}
		if (r.next_emit == r.next_read && !reading)
			break;
		slot *s = &r.ring[r.next_emit % r.n_slots];
		if (s->state != SLOT_DONE) {
			pthread_cond_wait(&r.done, &r.mu);
			continue;
		}
		pthread_mutex_unlock(&r.mu);
		int halt = emit_error_or_slot(s, dd, emit, user);
		pthread_mutex_lock(&r.mu);
		r.next_emit++;
		if (halt)
			stop = true;
	}
	r.stop = true;
	pthread_cond_broadcast(&r.work);
	pthread_mutex_unlock(&r.mu);
	for (int i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	/* a stopped run leaves records in flight */
	for (size_t i = 0; i < r.n_slots; i++) {
		if (r.ring[i].a)
			sr_article_free(r.ring[i].a);
		if (r.ring[i].rec)
			sr_record_free(r.ring[i].rec);
	}
	pthread_cond_destroy(&r.work);
	pthread_cond_destroy(&r.done);
	pthread_mutex_destroy(&r.mu);
	free(r.ring);
	free(tid);
	sr_dedup_free(dd);
	return result;
}
