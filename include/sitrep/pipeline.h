/* sitrep/pipeline.h: the one place where the stages are composed: input
 * -> article (near-duplicates linked) -> language core -> coding (typed
 * records) -> incidents -> store, on worker threads with the results handed out in
 * input order; and the feed watcher built on it. */
#ifndef SITREP_PIPELINE_H
#define SITREP_PIPELINE_H

#include "incident.h"
#include "input.h"
#include "store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The stages, in order. */
typedef enum sr_stage {
	SR_STAGE_READ = 0, /* a record read (or a reader error) */
	SR_STAGE_EXTRACT,  /* its article */
	SR_STAGE_ANALYZE,  /* the language core's doc of its text */
	SR_STAGE_CODE,     /* its coding: events and their typed records */
	SR_STAGE_STORE     /* kept in the store */
} sr_stage;

typedef struct sr_pipeline_opts {
	sr_stage until;       /* the last stage to run */
	int threads;          /* worker threads (0: one per core); the results come in
	                         input order whatever it is */
	int text_input;       /* take each record's bytes as the article's text as they are
	                         (no extraction: offsets refer to the input) */
	int all_languages;    /* analyse and code articles in every language (by default an
	                         article the extractor finds in another language than English,
	                         the dictionaries' language, stops after extraction) */
	const sr_dict *dict;  /* CODE and STORE: the dictionaries (read only, shared) */
	int code_flags;       /* as for sr_code */
	int with_actors;      /* keep the coder's actors in each coding */
	int incidents;        /* CODE: make the incidents of each coding too (STORE always does) */
	int32_t fallback_day; /* YYYYMMDD: the day of articles that give none (0: today) */
	sr_stop stop;         /* asked between records: the run ends when it says so */
} sr_pipeline_opts;

/* What one record gave.  It and everything it points to live until the
 * callback that gets it returns. */
typedef struct sr_result {
	const sr_record *record;  /* NULL for a reader error */
	sr_stage reached;         /* the last stage that ran to its end */
	sr_status status;         /* SR_OK, or why the stage `failed` failed */
	sr_stage failed;          /* the stage that failed (SR_STAGE_READ: the reader's error) */
	const char *error;        /* its message ("" when SR_OK) */
	const sr_article *article; /* NULL with text_input, or when extraction failed */
	const sr_doc *doc;        /* NULL when not analysed */
	const sr_coding *coding;  /* NULL when not coded */
	const sr_incidents *incidents; /* NULL when not asked for, or not coded */
	int32_t day;              /* the day its dates and actor codes were resolved on */
	int other_language;       /* an article in another language: not analysed (unless all_languages) */
	sr_put_result put;        /* STORE: what the store did (SR_PUT_UNCHANGED: held already, not
	                             analysed again) */
	size_t n_stored;          /* STORE: the mentions (coded events) stored with it */
	size_t n_incidents;       /* STORE: the incidents stored with it */
} sr_result;

/* Called once per record, in input order, from the thread that runs the
 * pipeline.  Return non-zero to stop the run. */
typedef int (*sr_result_fn)(void *user, const sr_result *r);

/* The layers of doc a coding stands on (sitrep/code.h): its places (the
 * gazetteer), who says so, its counts of people, and its dates resolved
 * against day (YYYYMMDD; 0 or not a day: none).  The language core's and
 * the gazetteer's finders, run in turn; on failure nothing is kept. */
SR_API sr_status sr_layers_find(const sr_doc *doc, int32_t day, sr_layers *out);

typedef struct sr_pipeline sr_pipeline;
/* A pipeline with its options (copied; dict must outlive it).  On failure
 * the reason is in sr_error_last(). */
SR_API sr_status sr_pipeline_new(const sr_pipeline_opts *o, sr_pipeline **out);
/* Run every record of r through the stages and hand each result to fn in
 * input order.  With until SR_STAGE_STORE, store (opened by the caller)
 * keeps them, written from this thread; an article the store holds with
 * the same text already is not analysed again (the workers ask handles
 * of their own on the same store).  A store that cannot be written ends
 * the run after the result that says so.  SR_OK unless the run itself
 * failed (out of memory, no threads). */
SR_API sr_status sr_pipeline_run(sr_pipeline *p, sr_reader *r, sr_store *store, sr_result_fn fn, void *user);
SR_API void sr_pipeline_free(sr_pipeline *p);

/* ---- watching feeds ------------------------------------------------------- */

typedef struct sr_watch_opts {
	const char *feeds_file; /* one feed URL a line; # comments; read again each round */
	const char *out_dir;    /* articles go to DIR/YYYY-MM-DD.jsonl, state to DIR/.sitrep-watch */
	long every_s;           /* seconds between rounds */
	long delay_ms;          /* between two requests to one host */
	long connect_timeout_ms, timeout_ms; /* 0: defaults */
	int once;               /* one round, then return */
	sr_stop stop;           /* asked between items and while waiting: ends after the current item */
} sr_watch_opts;

typedef struct sr_watch_stats {
	unsigned long long rounds, feeds, items, written, unchanged, refused, errors, requests;
} sr_watch_stats;

typedef void (*sr_watch_log_fn)(void *ctx, const char *msg);

/* Poll the feeds every every_s seconds: fetch new or changed items one
 * request at a time per host, with delay_ms between them and robots.txt
 * honoured, extract them and append their JSON lines.  What was seen is
 * remembered across restarts; an item is fetched again only when its feed
 * date changed (with a conditional GET), and written again only when its
 * text changed. */
SR_API sr_status sr_watch(const sr_watch_opts *o, sr_watch_log_fn log, void *ctx, sr_watch_stats *stats);

#ifdef __cplusplus
}
#endif
#endif
