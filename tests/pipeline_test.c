/* pipeline_test.c: the stages composed (src/pipeline): results in input
 * order whatever the number of threads, near-duplicates linked, the
 * language gate, the layers a coding stands on, the store's stage (new,
 * then held already, then replaced), and a run stopped on request.
 *
 *   pipeline_test NEWS_DIR */
#define _DEFAULT_SOURCE
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "sitrep.h"

static const char *news;
static char dir[256];
static sr_dict *dict;

/* What a run handed out, rendered: each result's stage, status and
 * events (their JSON), in order. */
typedef struct seen {
	char *out;
	size_t len;
	FILE *f;
	int results, errors, other, stop_after;
	long long stored, put[4];
} seen;

static int collect(void *user, const sr_result *r)
{
	seen *s = user;
	s->results++;
	s->errors += r->status != SR_OK;
	s->other += r->other_language;
	fprintf(s->f, "%d %d %d %s\n", (int)r->reached, (int)r->status, r->other_language,
	        r->article ? r->article->id : "-");
	if (r->coding)
		sr_coding_write_events(r->coding, r->article ? r->article->id : NULL, s->f);
	if (r->put > 0 && r->put < 4)
		s->put[r->put]++;
	s->stored += (long long)r->n_stored;
	return s->stop_after && s->results >= s->stop_after;
}

/* A run of inputs through a pipeline of o (store: when o stores). */
static bool run(const sr_pipeline_opts *o, const char *const *in, size_t n, sr_store *store, seen *s)
{
	memset(s, 0, sizeof *s);
	s->f = open_memstream(&s->out, &s->len);
	sr_reader *r = NULL;
	sr_pipeline *p = NULL;
	bool ok = s->f && sr_reader_new(in, n, &r) == SR_OK && sr_pipeline_new(o, &p) == SR_OK &&
	          sr_pipeline_run(p, r, store, collect, s) == SR_OK;
	if (s->f)
		fclose(s->f);
	sr_pipeline_free(p);
	sr_reader_free(r);
	return ok;
}

static void done(seen *s)
{
	free(s->out);
}

TEST(order_whatever_threads)
{
	char missing[300];
	snprintf(missing, sizeof missing, "%s/no-such-page.html", dir);
	const char *in[] = {news, missing, news};
	seen one, four;
	sr_pipeline_opts o = {.until = SR_STAGE_CODE, .threads = 1, .dict = dict, .fallback_day = 20240101};
	CHECK(run(&o, in, 3, NULL, &one));
	o.threads = 4;
	CHECK(run(&o, in, 3, NULL, &four));
	CHECK(one.results == 21 && four.results == 21); /* ten pages twice, one missing */
	CHECK(one.errors == 1 && four.errors == 1);
	CHECK(one.len > 1000 && one.len == four.len && !memcmp(one.out, four.out, one.len));
	/* events, with their records' JSON */
	CHECK(strstr(one.out, "\"cameo\":") && strstr(one.out, "\"confidence\":"));
	done(&one);
	done(&four);
}

TEST(language_gate)
{
	char de[300];
	snprintf(de, sizeof de, "%s/de.html", dir);
	FILE *f = fopen(de, "w");
	fputs("<html lang=\"de\"><head><title>Neue Gesetze</title></head><body><article><p>Die Regierung hat am "
	      "Montag neue Gesetze beschlossen. Die Opposition kritisierte die Entscheidung scharf und kündigte "
	      "Widerstand im Parlament an.</p><p>Die Abstimmung findet nächste Woche statt, wie ein Sprecher des "
	      "Ministeriums in Berlin mitteilte.</p></article></body></html>\n",
	      f);
	fclose(f);
	const char *in[] = {de};
	seen s;
	sr_pipeline_opts o = {.until = SR_STAGE_CODE, .threads = 1, .dict = dict};
	CHECK(run(&o, in, 1, NULL, &s));
	CHECK(s.results == 1 && s.other == 1 && s.errors == 0);
	CHECK(strncmp(s.out, "1 0 1", 5) == 0); /* extracted, not analysed */
	done(&s);
	o.all_languages = 1;
	CHECK(run(&o, in, 1, NULL, &s));
	CHECK(s.results == 1 && s.other == 0 && strncmp(s.out, "3 0 0", 5) == 0); /* coded */
	done(&s);
}

TEST(store_stage)
{
	char db[300];
	snprintf(db, sizeof db, "%s/p.db", dir);
	sr_store *st = NULL;
	CHECK(sr_store_open(db, &st) == SR_OK);
	if (!st)
		return;
	const char *in[] = {news};
	seen s;
	sr_pipeline_opts o = {.until = SR_STAGE_STORE, .threads = 2, .dict = dict, .fallback_day = 20240101};
	CHECK(run(&o, in, 1, st, &s));
	long long articles = 0, events = 0;
	CHECK(sr_store_counts(st, &articles, &events) == SR_OK);
	CHECK(s.put[SR_PUT_NEW] == 10 && articles == 10 && s.stored == events && events > 0);
	done(&s);
	/* again: held already, nothing analysed or written */
	CHECK(run(&o, in, 1, st, &s));
	CHECK(s.put[SR_PUT_UNCHANGED] == 10 && s.stored == 0);
	CHECK(strstr(s.out, "\"cameo\"") == NULL);
	done(&s);
	/* in batches, the same */
	sr_store_batch(st, 4, 10);
	CHECK(run(&o, in, 1, st, &s));
	CHECK(s.put[SR_PUT_UNCHANGED] == 10);
	CHECK(sr_store_flush(st, NULL) == SR_OK);
	done(&s);
	sr_store_close(st);
}

static int stop_now(void *arg)
{
	return (*(int *)arg)++ >= 3;
}

TEST(stopped)
{
	int asked = 0;
	const char *in[] = {news};
	seen s;
	sr_pipeline_opts o = {.until = SR_STAGE_EXTRACT, .threads = 1, .stop = {stop_now, &asked}};
	CHECK(run(&o, in, 1, NULL, &s));
	CHECK(s.results == 3);
	done(&s);
	/* and by the callback's word */
	sr_pipeline_opts o2 = {.until = SR_STAGE_EXTRACT, .threads = 3};
	memset(&s, 0, sizeof s);
	s.f = open_memstream(&s.out, &s.len);
	s.stop_after = 2;
	sr_reader *r = NULL;
	sr_pipeline *p = NULL;
	CHECK(sr_reader_new(in, 1, &r) == SR_OK && sr_pipeline_new(&o2, &p) == SR_OK);
	CHECK(sr_pipeline_run(p, r, NULL, collect, &s) == SR_OK && s.results == 2);
	fclose(s.f);
	sr_pipeline_free(p);
	sr_reader_free(r);
	done(&s);
}

/* The first article's id, and how many after it say they copy it. */
typedef struct copies {
	char first[17];
	int linked;
} copies;

static int copy_of(void *user, const sr_result *r)
{
	copies *x = user;
	if (!r->article)
		return 0;
	if (!x->first[0])
		snprintf(x->first, sizeof x->first, "%s", r->article->id);
	else if (r->article->near_duplicate_of && !strcmp(r->article->near_duplicate_of, x->first))
		x->linked++;
	return 0;
}

TEST(near_duplicates_linked)
{
	char a[300], b[300];
	snprintf(a, sizeof a, "%s/a.txt", dir);
	snprintf(b, sizeof b, "%s/b.txt", dir);
	const char *body = "Rebels shelled the northern town on Tuesday, killing five people and wounding a dozen, "
	                   "officials said. The attack came a day after talks between the two sides broke down in the "
	                   "capital, and aid groups warned that thousands of families had fled the fighting. Residents "
	                   "said the shelling continued into the night and that the hospital had run out of beds. The "
	                   "government blamed the rebels for the collapse of the talks, while the rebels said the army "
	                   "had massed troops near the front line for a week.\n";
	FILE *f = fopen(a, "w");
	fprintf(f, "%s", body);
	fclose(f);
	f = fopen(b, "w");
	fprintf(f, "Updated at noon. %s", body);
	fclose(f);
	const char *in[] = {a, b};
	sr_pipeline_opts o = {.until = SR_STAGE_EXTRACT, .threads = 2};
	sr_reader *r = NULL;
	sr_pipeline *p = NULL;
	copies x = {"", 0};
	CHECK(sr_reader_new(in, 2, &r) == SR_OK && sr_pipeline_new(&o, &p) == SR_OK);
	CHECK(sr_pipeline_run(p, r, NULL, copy_of, &x) == SR_OK);
	CHECK(x.linked == 1);
	sr_pipeline_free(p);
	sr_reader_free(r);
}

TEST(layers)
{
	const char *t = "BEIRUT (AP) -- Five people were killed in Homs on Tuesday, activists said.";
	sr_doc *d = NULL;
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK);
	sr_layers l;
	CHECK(sr_layers_find(d, 20140415, &l) == SR_OK);
	CHECK(l.day == 20140415 && l.n_dates >= 1 && l.n_counts >= 1 && l.n_sources >= 1);
	sr_layers_clear(&l);
	CHECK(sr_layers_find(d, 0, &l) == SR_OK && l.n_dates == 0 && l.n_counts >= 1);
	/* the coding takes the layers over */
	sr_coding *c = NULL;
	CHECK(sr_code_doc(dict, d, 20140415, &l, 0, 0, &c) == SR_OK);
	CHECK(l.counts == NULL && c && c->layers.n_counts >= 1);
	sr_coding_free(c);
	sr_doc_free(d);
}

int main(int argc, char **argv)
{
	news = argc > 1 ? argv[1] : "examples/news";
	snprintf(dir, sizeof dir, "%s/sitrep-pipeline-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir) || sr_dict_new(&dict) != SR_OK || sr_dict_load_defaults(dict) != SR_OK) {
		printf("cannot set up\n");
		return 1;
	}
	RUN(order_whatever_threads);
	RUN(language_gate);
	RUN(store_stage);
	RUN(stopped);
	RUN(near_duplicates_linked);
	RUN(layers);
	sr_dict_free(dict);
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("could not remove %s\n", dir);
	return h_summary("pipeline");
}
