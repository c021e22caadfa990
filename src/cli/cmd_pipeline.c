/* cmd_pipeline.c: the commands that run the pipeline: extract (articles),
 * annotate (every layer), code (event records) and ingest (into a store).
 * Each reads its options, makes a pipeline that stops at its stage, and
 * prints each result as it comes, in input order. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static double mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A run of one of these commands: its reader, its pipeline, what came of it. */
typedef struct cli_run {
	const command *self;
	sr_reader *reader;
	sr_pipeline *pipeline;
	sr_store *store;
	const char *db;
	int rc;
	bool text, tokens, mentions, quiet, tty;
	double t0, shown;
	unsigned long long written, failed, failed_by[16];
	long long n_new, n_same, n_repl, n_events, n_incidents, n_other;
} cli_run;

/* --input: "text" reads inputs as plain text (true), "html" or "auto" as
 * they come. */
static bool read_input_kind(const char *v, void *to)
{
	*(bool *)to = !strcmp(v, "text");
	return *(bool *)to || !strcmp(v, "html") || !strcmp(v, "auto");
}

/* A reader over the inputs and a pipeline with o: EXIT_OK, or the exit
 * code with the reason said. */
static int start(cli_run *x, const char *const *inputs, size_t n, const char *url, const char *date,
                 const sr_pipeline_opts *o)
{
	x->t0 = x->shown = mono_now();
	if (sr_reader_new(inputs, n, &x->reader) != SR_OK || sr_reader_defaults(x->reader, url, date) != SR_OK) {
		fprintf(stderr, "sitrep: out of memory\n");
		return EXIT_INTERNAL;
	}
	size_t nn;
	const char *const *notes = sr_reader_notices(x->reader, &nn);
	for (size_t i = 0; i < nn; i++)
		fprintf(stderr, "sitrep: %s\n", notes[i]);
	if (sr_pipeline_new(o, &x->pipeline) != SR_OK) {
		fprintf(stderr, "sitrep %s: %s\n", x->self->name, sr_error_last());
		return EXIT_INTERNAL;
	}
	return EXIT_OK;
}

static int finish(cli_run *x, int rc)
{
	sr_pipeline_free(x->pipeline);
	sr_reader_free(x->reader);
	sr_store_close(x->store);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "sitrep: cannot write output: %s\n", strerror(errno));
		return EXIT_INTERNAL;
	}
	return rc;
}

/* A failure of the reader or of extraction: said, counted, and the exit
 * code it gives. */
static void input_failed(cli_run *x, const sr_result *r)
{
	if (x->tty)
		fputs("\r\033[K", stderr);
	fprintf(stderr, "sitrep: %s\n", r->error && r->error[0] ? r->error : sr_status_str(r->status));
	x->rc = r->status == SR_ENOMEM ? EXIT_INTERNAL : x->rc == EXIT_OK ? EXIT_INPUT : x->rc;
	x->failed++;
	x->failed_by[r->status < 16 ? r->status : 15]++;
}

/* ---- extract ---------------------------------------------------------------------- */

static void progress_line(cli_run *x, bool final)
{
	double now = mono_now();
	if (!final && now - x->shown < 0.5)
		return;
	x->shown = now;
	sr_reader_stats st;
	sr_reader_stats_get(x->reader, &st);
	uint64_t done, total;
	sr_reader_progress(x->reader, &done, &total);
	double t = now - x->t0 > 1e-9 ? now - x->t0 : 1e-9;
	char eta[32] = "";
	if (total && done && done <= total)
		snprintf(eta, sizeof eta, ", ETA %.0f s", (double)(total - done) * t / (double)done);
	fprintf(stderr, "\r\033[K%llu records, %llu articles, %.0f records/s, %.1f MB/s%s",
	        (unsigned long long)st.records, x->written, (double)st.records / t, (double)done / 1e6 / t, eta);
	if (final)
		fputc('\n', stderr);
}

static int print_article(void *user, const sr_result *r)
{
	cli_run *x = user;
	if (r->status != SR_OK) {
		input_failed(x, r);
		return 0;
	}
	const sr_article *a = r->article;
	if (x->text) {
		if (x->written)
			fputs("\f\n", stdout);
		fwrite(a->text ? a->text : "", 1, a->text_len, stdout);
	} else if (sr_article_write_json(a, stdout) == SR_ENOMEM) {
		fprintf(stderr, "sitrep: %s: out of memory\n", r->record->opts.name);
		x->rc = EXIT_INTERNAL;
		return 0;
	}
	fputc('\n', stdout);
	x->written++;
	if (x->tty)
		progress_line(x, false);
	return ferror(stdout) ? 1 : 0;
}

static void summary(cli_run *x)
{
	sr_reader_stats st;
	sr_reader_stats_get(x->reader, &st);
	fprintf(stderr, "sitrep: %llu input%s, %llu record%s, %llu article%s written in %.2f s",
	        (unsigned long long)st.inputs, st.inputs == 1 ? "" : "s", (unsigned long long)st.records,
	        st.records == 1 ? "" : "s", x->written, x->written == 1 ? "" : "s", mono_now() - x->t0);
	const char *sep = "; skipped: ";
	for (int k = 0; k < SR_SKIP_COUNT; k++)
		if (st.skipped[k]) {
			fprintf(stderr, "%s%llu %s", sep, (unsigned long long)st.skipped[k], sr_skip_str((sr_skip)k));
			sep = ", ";
		}
	sep = "; errors: ";
	for (int k = 0; k < SR_IERR_COUNT; k++)
		if (st.errors[k]) {
			fprintf(stderr, "%s%llu %s", sep, (unsigned long long)st.errors[k], sr_input_error_str((sr_input_error)k));
			sep = ", ";
		}
	for (int k = 0; k < 16; k++) {
		if (!x->failed_by[k] || k == SR_EIO || k == SR_EGZIP || k == SR_EPARSE)
			continue; /* reader errors are counted above */
		fprintf(stderr, "%s%llu extraction: %s", sep, x->failed_by[k], sr_status_str((sr_status)k));
		sep = ", ";
	}
	fputc('\n', stderr);
}

int cmd_extract(int argc, char **argv)
{
	cli_run x = {.self = cli_command("extract")};
	const char *format = "json", *url = NULL, *date = NULL;
	long long threads = 0;
	bool help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	if (!inputs) {
		fprintf(stderr, "sitrep: out of memory\n");
		return EXIT_INTERNAL;
	}
	const option_spec opts[] = {{"--format", 0, OPT_TEXT, &format, 0, 0, NULL, NULL},
	                            {"--url", 0, OPT_TEXT, &url, 0, 0, NULL, NULL},
	                            {"--date", 0, OPT_TEXT, &date, 0, 0, NULL, NULL},
	                            {"--jobs", 'j', OPT_COUNT, &threads, 1, 256, "threads", NULL},
	                            {"--quiet", 'q', OPT_FLAG, &x.quiet, 0, 0, NULL, NULL}};
	int rc = cli_options(x.self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, inputs, &n_inputs, &help);
	if (rc == EXIT_OK && !help && strcmp(format, "json") != 0 && strcmp(format, "text") != 0) {
		fprintf(stderr, "sitrep extract: --format must be json or text, not '%s'\n", format);
		rc = EXIT_USAGE;
	}
	if (rc == EXIT_OK && !help && n_inputs == 0) {
		fprintf(stderr, "sitrep extract: no input files (use - for stdin)\n");
		cli_usage_one(stderr, x.self);
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_OK || help) {
		free(inputs);
		return rc;
	}
	x.text = strcmp(format, "text") == 0;
	x.tty = !x.quiet && isatty(2);
	sr_pipeline_opts o = {.until = SR_STAGE_EXTRACT, .threads = (int)threads};
	rc = start(&x, inputs, n_inputs, url, date, &o);
	if (rc == EXIT_OK) {
		sr_status st = sr_pipeline_run(x.pipeline, x.reader, NULL, print_article, &x);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s\n", sr_status_str(st));
			x.rc = EXIT_INTERNAL;
		}
		if (x.tty)
			progress_line(&x, true);
		if (!x.quiet)
			summary(&x);
		rc = x.rc;
	}
	free(inputs);
	return finish(&x, rc);
}

/* ---- annotate and code ------------------------------------------------------------- */

/* The options annotate and code share, and their pipeline. */
typedef struct coding_args {
	const char *url, *date;
	bool raw, tokens, mentions;
	long long threads;
	dict_args da;
} coding_args;

/* A failure of analysis or coding: said, and the exit code it gives. */
static void stage_failed(cli_run *x, const sr_result *r, bool internal)
{
	fprintf(stderr, "sitrep: %s\n", r->error);
	x->rc = internal || r->status == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
}

static int print_annotation(void *user, const sr_result *r)
{
	cli_run *x = user;
	if (r->status != SR_OK && r->failed <= SR_STAGE_EXTRACT) {
		input_failed(x, r);
		if (r->record) /* an extraction's failure, not the reader's */
			x->rc = r->status == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		return 0;
	}
	if (r->status != SR_OK) {
		stage_failed(x, r, r->failed == SR_STAGE_CODE);
		return 0;
	}
	sr_status st = r->incidents ? sr_incidents_write_annotation(r->incidents, x->tokens, stdout)
	                            : sr_coding_write_annotation(r->coding, x->tokens, stdout);
	if (st != SR_OK) {
		fprintf(stderr, "sitrep: %s: %s\n", r->record->opts.name, sr_status_str(st));
		x->rc = EXIT_INTERNAL;
	} else {
		fputc('\n', stdout);
	}
	return 0;
}

static int print_events(void *user, const sr_result *r)
{
	cli_run *x = user;
	if (r->status != SR_OK && r->failed <= SR_STAGE_EXTRACT) {
		input_failed(x, r);
		if (r->record)
			x->rc = r->status == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		return 0;
	}
	if (r->other_language) {
		/* the dictionaries are English: an article the extractor found in
		 * another language gives no events (said on stderr) */
		fprintf(stderr, "sitrep: %s: not coded: the article is in '%s', the dictionaries in English\n",
		        r->record->opts.name, r->article->language);
		return 0;
	}
	if (r->status != SR_OK) {
		stage_failed(x, r, false);
		return 0;
	}
	sr_status st = x->mentions ? sr_coding_write_events(r->coding, r->article ? r->article->id : NULL, stdout)
	                           : sr_incidents_write(r->incidents, stdout);
	if (st != SR_OK) {
		fprintf(stderr, "sitrep: %s: %s\n", r->record->opts.name, sr_status_str(st));
		x->rc = st == SR_ENOMEM || st == SR_EIO ? EXIT_INTERNAL : EXIT_INPUT;
	}
	return 0;
}

/* annotate (annotate true) and code. */
static int coding_command(int argc, char **argv, bool annotate)
{
	cli_run x = {.self = cli_command(annotate ? "annotate" : "code")};
	coding_args ca = {0};
	bool help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	if (!inputs)
		return EXIT_INTERNAL;
	const option_spec annotate_opts[] = {{"--date", 0, OPT_DATE, &ca.date, 0, 0, NULL, NULL},
	                                     {"--input", 0, OPT_READ, &ca.raw, 0, 0, "text, html or auto", read_input_kind},
	                                     {"--jobs", 'j', OPT_COUNT, &ca.threads, 1, 256, "threads", NULL},
	                                     {"--tokens", 0, OPT_FLAG, &ca.tokens, 0, 0, NULL, NULL},
	                                     {"--url", 0, OPT_TEXT, &ca.url, 0, 0, NULL, NULL}};
	const option_spec code_opts[] = {{"--date", 0, OPT_DATE, &ca.date, 0, 0, NULL, NULL},
	                                 {"--input", 0, OPT_READ, &ca.raw, 0, 0, "text, html or auto", read_input_kind},
	                                 {"--jobs", 'j', OPT_COUNT, &ca.threads, 1, 256, "threads", NULL},
	                                 {"--mentions", 0, OPT_FLAG, &ca.mentions, 0, 0, NULL, NULL}};
	int rc = annotate ? cli_options(x.self, annotate_opts, sizeof annotate_opts / sizeof *annotate_opts, &ca.da, argc,
	                                argv, inputs, &n_inputs, &help)
	                  : cli_options(x.self, code_opts, sizeof code_opts / sizeof *code_opts, &ca.da, argc, argv,
	                                inputs, &n_inputs, &help);
	if (rc == EXIT_OK && !help && !n_inputs) {
		fprintf(stderr, "sitrep %s: no input (use - for stdin)\n", x.self->name);
		cli_usage_one(stderr, x.self);
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_OK || help) {
		cli_dict_free(&ca.da);
		free(inputs);
		return rc;
	}
	x.tokens = ca.tokens;
	x.mentions = ca.mentions;
	/* PETRARCH2's rules code what it is given as English, as PETRARCH does */
	sr_pipeline_opts o = {.until = SR_STAGE_CODE,
	                      .incidents = annotate || !ca.mentions,
	                      .threads = (int)ca.threads,
	                      .text_input = ca.raw,
	                      .all_languages = annotate || ca.da.petrarch,
	                      .dict = ca.da.d,
	                      .code_flags = cli_code_flags(&ca.da),
	                      .with_actors = annotate,
	                      .fallback_day = cli_day(ca.date)};
	rc = start(&x, inputs, n_inputs, annotate ? ca.url : NULL, annotate ? ca.date : NULL, &o);
	if (rc == EXIT_OK) {
		sr_status st = sr_pipeline_run(x.pipeline, x.reader, NULL, annotate ? print_annotation : print_events, &x);
		rc = st == SR_OK ? x.rc : EXIT_INTERNAL;
	}
	free(inputs);
	rc = finish(&x, rc);
	cli_dict_free(&ca.da);
	return rc;
}

int cmd_annotate(int argc, char **argv)
{
	return coding_command(argc, argv, true);
}

int cmd_code(int argc, char **argv)
{
	return coding_command(argc, argv, false);
}

/* ---- ingest ------------------------------------------------------------------------ */

static void ingest_progress(cli_run *x)
{
	double now = mono_now();
	if (!x->tty || now - x->shown < 0.5)
		return;
	x->shown = now;
	uint64_t done = 0, total = 0;
	sr_reader_progress(x->reader, &done, &total);
	long long n = x->n_new + x->n_same + x->n_repl + (long long)x->failed;
	double rate = n / (now - x->t0 > 1e-9 ? now - x->t0 : 1e-9);
	char eta[32] = "";
	if (total && done && done <= total)
		snprintf(eta, sizeof eta, ", ETA %.0f s", (now - x->t0) * (double)(total - done) / (double)done);
	fprintf(stderr, "\r%lld articles, %lld incidents, %.0f articles/s%s   ", n, x->n_incidents, rate, eta);
}

/* Each article, in input order, as the store took it. */
static int ingested(void *user, const sr_result *r)
{
	cli_run *x = user;
	if (r->status != SR_OK && r->failed <= SR_STAGE_EXTRACT) {
		input_failed(x, r);
		return 0;
	}
	const char *name = r->record ? r->record->opts.name : "input";
	if (r->status == SR_OK && r->put == SR_PUT_UNCHANGED) {
		x->n_same++;
		ingest_progress(x);
		return 0;
	}
	if (r->status != SR_OK) {
		if (r->failed == SR_STAGE_STORE)
			fprintf(stderr, "sitrep: %s: not stored: %s\n", name, r->error[0] ? r->error : sr_status_str(r->status));
		else
			fprintf(stderr, "sitrep: %s\n", r->error);
		x->rc = r->status == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		x->failed++;
		if (r->failed == SR_STAGE_STORE && r->status == SR_EIO) {
			/* a full disk, a read-only file: the next article would fare no
			 * better (the pipeline stops); what is stored is whole */
			char shown[1024];
			fprintf(stderr, "sitrep ingest: stopping: %s cannot be written\n", sr_store_shown(x->db, shown, sizeof shown));
		}
		return 0;
	}
	x->n_other += r->other_language;
	x->n_new += r->put == SR_PUT_NEW;
	x->n_repl += r->put == SR_PUT_REPLACED;
	x->n_events += (long long)r->n_stored;
	x->n_incidents += (long long)r->n_incidents;
	ingest_progress(x);
	return 0;
}

int cmd_ingest(int argc, char **argv)
{
	cli_run x = {.self = cli_command("ingest"), .db = "sitrep.db"};
	const char *date = NULL;
	long long threads = 0;
	dict_args da;
	bool help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	if (!inputs)
		return EXIT_INTERNAL;
	const option_spec opts[] = {{"--date", 0, OPT_DATE, &date, 0, 0, NULL, NULL},
	                            {"--db", 0, OPT_TEXT, &x.db, 0, 0, NULL, NULL},
	                            {"--jobs", 'j', OPT_COUNT, &threads, 1, 256, "threads", NULL},
	                            {"--quiet", 'q', OPT_FLAG, &x.quiet, 0, 0, NULL, NULL}};
	int rc = cli_options(x.self, opts, sizeof opts / sizeof *opts, &da, argc, argv, inputs, &n_inputs, &help);
	if (rc == EXIT_OK && !help && !n_inputs) {
		fprintf(stderr, "sitrep ingest: no input (use - for stdin)\n");
		cli_usage_one(stderr, x.self);
		rc = EXIT_USAGE;
	}
	if (rc == EXIT_OK && !help) {
		sr_status st = sr_store_open(x.db, &x.store);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep ingest: %s\n", sr_error_last());
			rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		}
	}
	if (rc != EXIT_OK || help) {
		cli_dict_free(&da);
		free(inputs);
		return finish(&x, rc);
	}
	x.tty = !x.quiet && isatty(2);
	/* articles a transaction: up to 64, or a second's worth */
	sr_store_batch(x.store, 64, 1.0);
	sr_pipeline_opts o = {.until = SR_STAGE_STORE,
	                      .threads = (int)threads,
	                      .dict = da.d,
	                      .code_flags = cli_code_flags(&da),
	                      .all_languages = da.petrarch,
	                      .fallback_day = cli_day(date)};
	rc = start(&x, inputs, n_inputs, NULL, NULL, &o);
	if (rc == EXIT_OK && sr_pipeline_run(x.pipeline, x.reader, x.store, ingested, &x) == SR_ENOMEM)
		x.rc = EXIT_INTERNAL;
	size_t lost = 0;
	if (rc == EXIT_OK && sr_store_flush(x.store, &lost) != SR_OK) {
		char shown[1024];
		fprintf(stderr, "sitrep ingest: not stored: %s\n", sr_store_error(x.store));
		fprintf(stderr, "sitrep ingest: stopping: %s cannot be written\n", sr_store_shown(x.db, shown, sizeof shown));
		x.n_new = x.n_new > (long long)lost ? x.n_new - (long long)lost : 0;
		x.failed += lost;
		x.rc = EXIT_INPUT;
	}
	if (rc == EXIT_OK) {
		double secs = mono_now() - x.t0;
		if (x.tty)
			fprintf(stderr, "\r%*s\r", 70, "");
		long long held_a = 0, held_e = 0, held_i = 0;
		char shown[1024], holds[1200] = "";
		if (sr_store_counts(x.store, &held_a, &held_e) != SR_OK ||
		    sr_store_count_incidents(x.store, &held_i) != SR_OK) {
			fprintf(stderr, "sitrep ingest: %s\n", sr_store_error(x.store));
			if (x.rc == EXIT_OK)
				x.rc = EXIT_INTERNAL;
		} else {
			snprintf(holds, sizeof holds, "; %s now holds %lld articles, %lld incidents, %lld events",
			         sr_store_shown(x.db, shown, sizeof shown), held_a, held_i, held_e);
		}
		if (!x.quiet)
			fprintf(stderr,
			        "sitrep: %lld articles in %.2f s: %lld new, %lld replaced, %lld unchanged, %llu failed; %lld "
			        "incidents and %lld events stored; %lld not in English (kept without events)%s\n",
			        x.n_new + x.n_repl + x.n_same + (long long)x.failed, secs, x.n_new, x.n_repl, x.n_same, x.failed,
			        x.n_incidents, x.n_events, x.n_other, holds);
		rc = x.rc;
	}
	free(inputs);
	rc = finish(&x, rc);
	cli_dict_free(&da);
	return rc;
}
