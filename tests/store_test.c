/* store_test.c: the store, on real SQLite files in a temporary directory,
 * or (--pg, under tests/pg.sh) on new databases of a real PostgreSQL
 * server: a new article with its events, the same article again (nothing
 * written), a changed version (replaced, events and full-text index with
 * it), a failure in the middle of an article (an injected trigger: nothing
 * of it stays), queries, exports, schema versions, and bad paths. */
#include <jansson.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "sitrep.h"

static char dir[256];
static const char *pg_host; /* --pg: the test server's socket directory */

static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

/* The store called name: a file in dir, or a new database on the server. */
static void target(char *out, size_t cap, const char *name)
{
	if (!pg_host) {
		snprintf(out, cap, "%s/%s.db", dir, name);
		return;
	}
	char uri[400], sql[200];
	snprintf(uri, sizeof uri, "postgresql:///postgres?host=%s&user=postgres", pg_host);
	PGconn *c = PQconnectdb(uri);
	PQsetNoticeProcessor(c, quiet, NULL);
	snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS t_%s", name);
	PQclear(PQexec(c, sql));
	snprintf(sql, sizeof sql, "CREATE DATABASE t_%s", name);
	PQclear(PQexec(c, sql));
	PQfinish(c);
	snprintf(out, cap, "postgresql:///t_%s?host=%s&user=postgres", name, pg_host);
}
static sr_ctx *ctx;
static sr_dict *dict;

/* A page at url whose body is text (paragraphs split at '|'). */
static sr_article *page(const char *url, const char *title, const char *body)
{
	char html[8192];
	size_t k = (size_t)snprintf(html, sizeof html,
	                            "<html><head><title>%s</title><link rel=\"canonical\" href=\"%s\">"
	                            "<meta property=\"article:published_time\" content=\"2014-04-15T10:00:00Z\">"
	                            "</head><body><article><h1>%s</h1>",
	                            title, url, title);
	for (const char *p = body; *p && k + 200 < sizeof html;) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		k += (size_t)snprintf(html + k, sizeof html - k, "<p>%.*s</p>", (int)n, p);
		p += n + (e ? 1 : 0);
	}
	k += (size_t)snprintf(html + k, sizeof html - k, "</article></body></html>");
	sr_extract_opts o = {0};
	o.name = url;
	sr_article *a = NULL;
	if (sr_extract(ctx, html, k, &o, &a) != SR_OK)
		return NULL;
	return a;
}

/* Put a page's article and events; the result, or -1 on failure. */
static int put(sr_store *s, sr_article *a)
{
	if (!a)
		return -1;
	sr_doc *doc = NULL;
	sr_coding *c = NULL;
	sr_layers layers;
	if (sr_analyze(a->text, a->text_len, a->paragraphs, a->n_paragraphs, &doc) != SR_OK ||
	    sr_layers_find(doc, 20140415, &layers) != SR_OK ||
	    sr_code_doc(dict, doc, 20140415, &layers, 0, 0, &c) != SR_OK) {
		sr_doc_free(doc);
		return -1;
	}
	sr_incidents *x = NULL;
	if (sr_incidents_find(c, a->id, a->url, &x) != SR_OK) {
		sr_coding_free(c);
		sr_doc_free(doc);
		return -1;
	}
	sr_put_result res = 0;
	sr_status st = sr_store_put(s, a, c, x, &res);
	sr_incidents_free(x);
	sr_coding_free(c);
	sr_doc_free(doc);
	return st == SR_OK ? (int)res : -1;
}

static long long one(const char *db, const char *sql)
{
	if (sr_store_is_pg(db)) {
		PGconn *c = PQconnectdb(db);
		PGresult *r = PQexec(c, sql);
		long long v = -1;
		if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
			v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		else if (PQresultStatus(r) != PGRES_TUPLES_OK)
			printf("  %s: %s", sql, PQresultErrorMessage(r));
		PQclear(r);
		PQfinish(c);
		return v;
	}
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

static bool run_sql(const char *db, const char *sql)
{
	if (sr_store_is_pg(db)) {
		PGconn *c = PQconnectdb(db);
		PGresult *r = PQexec(c, sql);
		bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
		if (!ok)
			printf("  %s: %s", sql, PQresultErrorMessage(r));
		PQclear(r);
		PQfinish(c);
		return ok;
	}
	sqlite3 *h = NULL;
	bool ok = sqlite3_open(db, &h) == SQLITE_OK && sqlite3_exec(h, sql, NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_close(h);
	return ok;
}

/* How many articles a full-text search finds, read from the store's own
 * index: FTS5's table, or PostgreSQL's tsvector column. */
static long long fts(const char *db, const char *q)
{
	char sql[300];
	if (sr_store_is_pg(db))
		snprintf(sql, sizeof sql, "SELECT count(*) FROM articles WHERE fts @@ websearch_to_tsquery('simple', '%s')", q);
	else
		snprintf(sql, sizeof sql, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '%s'", q);
	return one(db, sql);
}

/* A mark that changes when any row of the table is written: SQLite's WAL
 * size, PostgreSQL's row versions (xmin) summed. */
static long long written(const char *db, const char *table)
{
	if (sr_store_is_pg(db)) {
		char sql[200];
		snprintf(sql, sizeof sql, "SELECT coalesce(sum(CAST(CAST(xmin AS text) AS bigint)), 0) FROM %s", table);
		return one(db, sql);
	}
	char wal[320];
	struct stat w;
	snprintf(wal, sizeof wal, "%s-wal", db);
	return stat(wal, &w) == 0 ? (long long)w.st_size : -1;
}

static const char *BODY1 = "Syrian troops shelled the city of Homs on Tuesday, killing at least 12 people, "
                           "activists said.|Rebels attacked an army checkpoint near Hama on Monday.";
static const char *BODY2 = "Syrian troops shelled the city of Homs on Tuesday, killing at least 15 people, "
                           "activists said.|The United Nations condemned the attack.|Rebels attacked an army "
                           "checkpoint near Hama on Monday.|Police arrested 20 protesters in Damascus.";

TEST(put_and_again)
{
	char db[300];
	target(db, sizeof db, "a");
	sr_store *s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_article *a = page("https://example.com/homs", "Troops shell Homs", BODY1);
	CHECK(a != NULL);
	CHECK(put(s, a) == SR_PUT_NEW);
	long long na = 0, ne = 0;
	CHECK(sr_store_counts(s, &na, &ne) == SR_OK && na == 1 && ne >= 2);
	/* the columns a query filters on */
	CHECK(one(db, "SELECT count(*) FROM events WHERE cameo = '194' AND place_name = 'Homs' AND country = 'SY' "
	              "AND date_first = '2014-04-15' AND source_code = 'SYRMIL'") >= 1);
	CHECK(one(db, "SELECT count(*) FROM events WHERE killed_low = 12 AND killed_best IS NULL "
	              "AND killed_cumulative = 0") == 1);
	CHECK(one(db, "SELECT count(*) FROM events WHERE attribution_type IS NOT NULL AND json LIKE '{%'") == ne);
	CHECK(one(db, "SELECT count(*) FROM events WHERE confidence BETWEEN 0.05 AND 0.95") == ne);
	CHECK(one(db, "SELECT n_events FROM articles") == ne);
	CHECK(fts(db, "checkpoint") == 1);
	/* the same article again: nothing written */
	CHECK(sr_store_has(s, a->id, a->content_hash) == 1);
	long long w0 = written(db, "articles"), e0 = written(db, "events");
	CHECK(w0 >= 0 && e0 >= 0);
	CHECK(put(s, a) == SR_PUT_UNCHANGED);
	CHECK(written(db, "articles") == w0 && written(db, "events") == e0); /* not a byte written */
	long long na2 = 0, ne2 = 0;
	CHECK(sr_store_counts(s, &na2, &ne2) == SR_OK && na2 == na && ne2 == ne);
	/* a new version of it: replaced, with its events and index entry */
	sr_article *b = page("https://example.com/homs", "Troops shell Homs", BODY2);
	CHECK(b != NULL && !strcmp(a->id, b->id) && strcmp(a->content_hash, b->content_hash));
	CHECK(sr_store_has(s, b->id, b->content_hash) == 0);
	CHECK(put(s, b) == SR_PUT_REPLACED);
	CHECK(sr_store_counts(s, &na2, &ne2) == SR_OK && na2 == 1 && ne2 > ne);
	CHECK(one(db, "SELECT count(*) FROM events WHERE killed_low = 12") == 0);
	CHECK(one(db, "SELECT count(*) FROM events WHERE killed_low = 15") == 1);
	CHECK(fts(db, "protesters") == 1);
	CHECK(fts(db, "\"at least 12\"") == 0);
	CHECK(one(db, "SELECT n_events FROM articles") == ne2);
	/* every incident in a cluster, no cluster without incidents, the
	 * figures right; a mention in its incident's cluster */
	CHECK(one(db, "SELECT count(*) FROM incidents") >= 2);
	CHECK(one(db, "SELECT count(*) FROM incidents WHERE cluster IS NULL") == 0);
	CHECK(one(db, "SELECT count(*) FROM clusters c WHERE n_events != "
	              "(SELECT count(*) FROM incidents e WHERE e.cluster = c.id) OR n_events = 0") == 0);
	CHECK(one(db, "SELECT count(*) FROM clusters WHERE representative NOT IN (SELECT id FROM incidents)") == 0);
	CHECK(one(db, "SELECT count(*) FROM events e JOIN incidents i ON i.id = e.incident "
	              "WHERE e.cluster IS DISTINCT FROM i.cluster") == 0);
	CHECK(one(db, "SELECT count(*) FROM incident_items WHERE what = 'mention' AND event NOT IN "
	              "(SELECT id FROM events)") == 0);
	CHECK(one(db, "SELECT n_incidents FROM articles") == one(db, "SELECT count(*) FROM incidents"));
	CHECK(one(db, "SELECT count(*) FROM articles WHERE relevance = 'violence' AND topic = 'conflict'") == 1);
	/* actors and places: each once, their counts right, none without events */
	CHECK(one(db, "SELECT count(*) FROM actors WHERE key = 'SYRMIL'") == 1);
	CHECK(one(db, "SELECT count(*) FROM actors a WHERE n_events != (SELECT count(*) FROM events e "
	              "WHERE e.source_actor = a.id OR e.target_actor = a.id) OR n_events = 0") == 0);
	CHECK(one(db, "SELECT count(*) FROM places p WHERE n_events != (SELECT count(*) FROM events e "
	              "WHERE e.place = p.id) OR n_events = 0") == 0);
	CHECK(one(db, "SELECT count(*) FROM events WHERE source_code IS NOT NULL AND source_actor IS NULL") == 0);
	CHECK(one(db, "SELECT count(*) FROM places WHERE name = 'Damascus'") == 1); /* only in the new version */
	/* and back: the places and actors only the second version named go */
	sr_article *c = page("https://example.com/homs", "Troops shell Homs", BODY1);
	CHECK(put(s, c) == SR_PUT_REPLACED);
	CHECK(one(db, "SELECT count(*) FROM places WHERE name = 'Damascus'") == 0);
	CHECK(one(db, "SELECT count(*) FROM actors a WHERE n_events != (SELECT count(*) FROM events e "
	              "WHERE e.source_actor = a.id OR e.target_actor = a.id) OR n_events = 0") == 0);
	CHECK(one(db, "SELECT count(*) FROM clusters c WHERE n_events != "
	              "(SELECT count(*) FROM incidents e WHERE e.cluster = c.id) OR n_events = 0") == 0);
	CHECK(one(db, "SELECT count(*) FROM incident_items WHERE incident NOT IN (SELECT id FROM incidents)") == 0);
	/* an article without events is kept, and not in the full-text index
	 * (text search finds events by their article's words) */
	sr_article *q = page("https://example.com/garden", "Gardens in spring",
	                     "The tulips in the botanical garden opened early this year.|Visitors admired the quiet "
	                     "lawns and the pleasant weather.");
	CHECK(put(s, q) == SR_PUT_NEW && one(db, "SELECT n_events FROM articles WHERE url LIKE '%garden'") == 0);
	CHECK(fts(db, "tulips") == 0);
	sr_article_free(q);
	sr_article_free(c);
	sr_article_free(a);
	sr_article_free(b);
	sr_store_close(s);
	if (pg_host)
		return; /* the server checks its own pages */
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	CHECK(sqlite3_open(db, &h) == SQLITE_OK &&
	      sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
	      sqlite3_step(st) == SQLITE_ROW && !strcmp((const char *)sqlite3_column_text(st, 0), "ok"));
	sqlite3_finalize(st);
	sqlite3_close(h);
}

TEST(failure_leaves_nothing)
{
	char db[300];
	target(db, sizeof db, "b");
	sr_store *s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_article *a = page("https://example.com/one", "Troops shell Homs", BODY1);
	sr_article *b = page("https://example.com/two", "More shelling", BODY2);
	CHECK(put(s, a) == SR_PUT_NEW);
	/* the second article's second event fails to go in */
	CHECK(run_sql(db, pg_host ? "CREATE FUNCTION fail() RETURNS trigger AS $$ BEGIN IF NEW.seq = 1 THEN "
	                            "RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; "
	                            "CREATE TRIGGER fail BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION fail()"
	                          : "CREATE TRIGGER fail BEFORE INSERT ON events WHEN NEW.seq = 1 "
	                            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"));
	CHECK(put(s, b) == -1);
	CHECK(strstr(sr_store_error(s), "injected failure") != NULL);
	CHECK(one(db, "SELECT count(*) FROM articles") == 1);
	CHECK(one(db, "SELECT count(*) FROM articles WHERE id = (SELECT min(id) FROM articles)") == 1);
	CHECK(one(db, "SELECT count(*) FROM events WHERE article NOT IN (SELECT rowid FROM articles)") == 0);
	CHECK(one(db, "SELECT count(*) FROM event_evidence WHERE event NOT IN (SELECT id FROM events)") == 0);
	CHECK(fts(db, "protesters") == 0);
	/* once the failure is gone, it goes in whole */
	CHECK(run_sql(db, pg_host ? "DROP TRIGGER fail ON events" : "DROP TRIGGER fail"));
	CHECK(put(s, b) == SR_PUT_NEW);
	CHECK(one(db, "SELECT count(*) FROM articles") == 2);
	CHECK(one(db, "SELECT count(*) FROM articles a WHERE n_events != "
	              "(SELECT count(*) FROM events e WHERE e.article = a.rowid)") == 0);
	sr_article_free(a);
	sr_article_free(b);
	sr_store_close(s);
}

static int count_row(void *user, const sr_query_row *r)
{
	(*(long *)user)++;
	return r->json == NULL; /* every row has its JSON */
}

/* The ids and dates of the rows a query gives, in order; its last row's
 * date and id (the next page's cursor). */
typedef struct walk {
	long long ids[64];
	long n;
	char last_date[16];
	int last_dated;
	long long last_id;
} walk;

static int walk_row(void *user, const sr_query_row *r)
{
	walk *w = user;
	if (w->n < 64)
		w->ids[w->n++] = r->id;
	w->last_dated = r->date != NULL;
	snprintf(w->last_date, sizeof w->last_date, "%s", r->date ? r->date : "");
	w->last_id = r->id;
	return 0;
}

static long count(sr_store *s, const sr_query *q)
{
	long n = 0;
	if (sr_store_query(s, q, count_row, &n) != SR_OK)
		return -1;
	return n;
}

TEST(queries)
{
	char db[300];
	target(db, sizeof db, "q");
	sr_store *s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_article *a = page("https://example.com/homs", "Troops shell Homs", BODY2);
	sr_article *b = page("https://example.com/kabul", "Blast in Kabul",
	                     "A car bomb exploded in Kabul on Monday, killing 30 people, police said.");
	CHECK(put(s, a) == SR_PUT_NEW && put(s, b) == SR_PUT_NEW);
	long long na = 0, ne = 0;
	CHECK(sr_store_counts(s, &na, &ne) == SR_OK && na == 2);
	sr_query q;
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	CHECK(count(s, &q) == ne);
	q.country = "SY";
	long sy = count(s, &q);
	CHECK(sy > 0 && sy < ne);
	q.country = "AF";
	CHECK(count(s, &q) > 0 && count(s, &q) + sy <= ne);
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.type = "19";
	CHECK(count(s, &q) >= 1);
	q.type = "ASSAULT";
	CHECK(count(s, &q) >= 1);
	q.type = "Battles";
	long battles = count(s, &q);
	q.type = "battles"; /* ACLED names whatever their case */
	CHECK(count(s, &q) == battles);
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.min_killed = 20;
	CHECK(count(s, &q) == 1); /* Kabul's 30 */
	q.min_killed = 0;
	q.text = "bomb";
	long bomb = count(s, &q);
	CHECK(bomb >= 1 && bomb < ne);
	/* the user's words, never a store's query syntax: the same on both */
	q.text = "\"AND AND";
	CHECK(count(s, &q) == 0);
	q.text = "al-Assad";
	CHECK(count(s, &q) == 0);
	q.text = "BOMB NEAR(x)";
	CHECK(count(s, &q) == 0);
	q.text = "w1 w2 w3 w4 w5 w6 w7 w8 w9"; /* over the terms' cap: an error, said */
	CHECK(count(s, &q) == -1 && strstr(sr_store_error(s), "over 8 words"));
	q.text = "\"at least 15\"";
	CHECK(count(s, &q) >= 1); /* a phrase */
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.has_near = 1, q.near_lat = 34.73, q.near_lon = 36.72, q.near_km = 50; /* Homs */
	long near = count(s, &q);
	CHECK(near >= 1);
	q.near_km = 0.001;
	CHECK(count(s, &q) <= near);
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.has_bbox = 1, q.bbox[0] = 60, q.bbox[1] = 29, q.bbox[2] = 75, q.bbox[3] = 39; /* Afghanistan */
	CHECK(count(s, &q) >= 1);
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.from = "2014-04-15";
	q.to = "2014-04-15";
	CHECK(count(s, &q) >= 1);
	q.from = "2020-01-01";
	q.to = NULL;
	CHECK(count(s, &q) == 0);
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	q.actor = "SYRMIL";
	CHECK(count(s, &q) >= 1);
	q.limit = 1;
	q.actor = NULL;
	CHECK(count(s, &q) == 1);
	/* cursor pages, two events each, over dated and undated events (every
	 * third made undated): each event once, in the order of one query */
	CHECK(run_sql(db, "UPDATE events SET date = NULL, date_first = NULL, date_last = NULL WHERE id % 3 = 0"));
	memset(&q, 0, sizeof q);
	q.mentions = 1;
	walk all = {0}, page_ = {0};
	CHECK(sr_store_query(s, &q, walk_row, &all) == SR_OK && all.n == ne && ne > 3);
	long seen = 0;
	bool in_order = true;
	q.limit = 2;
	for (int pages = 0; pages < 64 && seen < all.n; pages++) {
		walk w = {0};
		CHECK(sr_store_query(s, &q, walk_row, &w) == SR_OK);
		for (long i = 0; i < w.n; i++)
			in_order = in_order && seen + i < all.n && w.ids[i] == all.ids[seen + i];
		seen += w.n;
		if (w.n < 2)
			break;
		page_ = w;
		q.has_cursor = 1;
		q.cursor_date = page_.last_dated ? page_.last_date : NULL;
		q.cursor_id = page_.last_id;
	}
	CHECK(seen == all.n && in_order);
	/* the incidents: the same filters, on the incidents' own rows */
	long long ni = 0;
	CHECK(sr_store_count_incidents(s, &ni) == SR_OK && ni >= 3 && ni < ne);
	memset(&q, 0, sizeof q);
	CHECK(count(s, &q) == ni);
	q.country = "AF";
	CHECK(count(s, &q) == 1);
	q.country = NULL;
	q.type = "Explosions/Remote violence";
	CHECK(count(s, &q) >= 2); /* the shelling and the car bomb */
	q.type = "Remote explosive/landmine/IED";
	CHECK(count(s, &q) == 1);
	q.type = NULL;
	q.min_killed = 20;
	CHECK(count(s, &q) == 1);
	sr_article_free(a);
	sr_article_free(b);
	sr_store_close(s);
}

/* The output of an export into a malloc'ed string. */
static char *exported_as(sr_store *s, sr_export_format fmt, int mentions)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	sr_query q;
	memset(&q, 0, sizeof q);
	q.mentions = mentions;
	sr_status st = sr_store_export(s, &q, fmt, f, NULL);
	fclose(f);
	if (st != SR_OK) {
		free(buf);
		return NULL;
	}
	return buf;
}

static char *exported(sr_store *s, sr_export_format fmt)
{
	return exported_as(s, fmt, 1);
}

static long lines_of(const char *t)
{
	long n = 0;
	for (; t && *t; t++)
		n += *t == '\n';
	return n;
}

TEST(exports)
{
	char db[300];
	target(db, sizeof db, "x");
	sr_store *s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_article *a = page("https://example.com/homs", "Troops shell Homs", BODY2);
	CHECK(put(s, a) == SR_PUT_NEW);
	long long na = 0, ne = 0;
	CHECK(sr_store_counts(s, &na, &ne) == SR_OK && ne >= 3);
	/* JSON Lines: the events as stored */
	char *t = exported(s, SR_EXPORT_JSONL);
	CHECK(t && lines_of(t) == ne && t[0] == '{');
	free(t);
	/* GDELT: 61 tab-separated columns, the day in the second, the code in the 27th */
	t = exported(s, SR_EXPORT_GDELT);
	CHECK(t && lines_of(t) == ne);
	if (t) {
		int tabs = 0;
		for (const char *p = t; *p && *p != '\n'; p++)
			tabs += *p == '\t';
		CHECK(tabs == 60);
		char *dup = strdup(t), *save = NULL, *col = strtok_r(dup, "\t", &save);
		CHECK(col && strtol(col, NULL, 10) > 0);
		col = strtok_r(NULL, "\t", &save);
		CHECK(col && strlen(col) == 8 && !strncmp(col, "2014", 4));
		free(dup);
		CHECK(strstr(t, "\thttps://example.com/homs\n") != NULL); /* SOURCEURL last */
		CHECK(strstr(t, "\tHoms, Syria\tSY\t") != NULL);          /* ActionGeo_FullName, by name */
	}
	free(t);
	/* ACLED: its 31 columns, and the event's sentence as notes */
	t = exported(s, SR_EXPORT_ACLED);
	CHECK(t && !strncmp(t, "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,", 70));
	CHECK(t && lines_of(t) == ne + 1);
	if (t) {
		int commas = 0;
		for (const char *p = t; *p != '\r'; p++)
			commas += *p == ',';
		CHECK(commas == 30);
		CHECK(strstr(t, "Syrian troops shelled the city of Homs on Tuesday") != NULL);
		/* the country as ACLED gives it: alpha-3 id, numeric iso, region,
		 * name; admin1 by name */
		CHECK(strstr(t, "\nSYR") != NULL && strstr(t, ",760,Middle East,Syria,") != NULL);
		CHECK(strstr(t, ",Syria,Homs,") != NULL);
	}
	free(t);
	/* GeoJSON: a FeatureCollection whose features are the events */
	t = exported(s, SR_EXPORT_GEOJSON);
	json_error_t err;
	json_t *g = t ? json_loads(t, 0, &err) : NULL;
	CHECK(g && !strcmp(json_string_value(json_object_get(g, "type")), "FeatureCollection"));
	CHECK(g && (long long)json_array_size(json_object_get(g, "features")) == ne);
	json_t *f0 = json_array_get(json_object_get(g, "features"), 0);
	json_t *geom = json_object_get(f0, "geometry");
	CHECK(json_is_null(geom) || json_array_size(json_object_get(geom, "coordinates")) == 2);
	json_decref(g);
	free(t);
	/* PLOVER: a record a line with its required fields */
	t = exported(s, SR_EXPORT_PLOVER);
	CHECK(t && lines_of(t) == ne);
	json_t *p = t ? json_loadb(t, (size_t)(strchr(t, '\n') - t), 0, &err) : NULL;
	CHECK(p && json_object_get(p, "id") && json_object_get(p, "date") && json_is_array(json_object_get(p, "actor")) &&
	      json_object_get(p, "event"));
	json_decref(p);
	free(t);
	/* CSV: a header and a row an event */
	t = exported(s, SR_EXPORT_CSV);
	CHECK(t && !strncmp(t, "id,date,", 8) && lines_of(t) == ne + 1);
	free(t);
	CHECK(sr_export_format_of("gdelt") == SR_EXPORT_GDELT && sr_export_format_of("xml") == 0);
	/* the incidents: JSON Lines in the one shape, with cluster, article and
	 * url; ACLED's rows, one an incident, with type, place, precisions,
	 * fatalities, actors, interaction and notes */
	long long ni = 0;
	CHECK(sr_store_count_incidents(s, &ni) == SR_OK && ni >= 2);
	t = exported_as(s, SR_EXPORT_JSONL, 0);
	CHECK(t && lines_of(t) == ni);
	json_t *o = t ? json_loadb(t, (size_t)(strchr(t, '\n') - t), 0, &err) : NULL;
	static const char *const KEYS[] = {"id", "article", "url", "cluster", "event_type", "sub_event_type", "cameo",
	                                   "plover", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "interaction",
	                                   "date", "place", "fatalities", "counts", "sources", "notes", "mentions",
	                                   "confidence"};
	for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++)
		CHECK(o && json_object_get(o, KEYS[k]) != NULL);
	CHECK(o && json_is_integer(json_object_get(o, "cluster")) &&
	      !strcmp(json_string_value(json_object_get(o, "url")), "https://example.com/homs"));
	json_decref(o);
	free(t);
	t = exported_as(s, SR_EXPORT_ACLED, 0);
	CHECK(t && lines_of(t) == ni + 1);
	if (t) {
		/* the shelling of Homs: its type, its actors by ACLED's names, its
		 * place with precision, the conservative toll */
		CHECK(strstr(t, ",Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
		                "Military Forces of Syria,") != NULL);
		CHECK(strstr(t, ",Syria,Homs,,,Homs,") != NULL);
		CHECK(strstr(t, ",15,,") != NULL);
	}
	free(t);
	sr_article_free(a);
	sr_store_close(s);
}

TEST(schema_and_paths)
{
	char db[300];
	target(db, sizeof db, "c");
	sr_store *s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_store_close(s);
	CHECK(one(db, "SELECT version FROM schema_version") == 10);
	CHECK(one(db, "SELECT count(*) FROM schema_version") == 1);
	/* opening again migrates nothing */
	s = NULL;
	CHECK(sr_store_open(db, &s) == SR_OK);
	sr_store_close(s);
	CHECK(one(db, "SELECT count(*) FROM schema_version") == 1);
	/* a version 1 store (no clusters) with an article in it is brought up
	 * to version 2, its article kept; new articles are clustered */
	char v1[300];
	target(v1, sizeof v1, "v1");
	s = NULL;
	CHECK(sr_store_open(v1, &s) == SR_OK);
	sr_article *a = page("https://example.com/homs", "Troops shell Homs", BODY1);
	CHECK(put(s, a) == SR_PUT_NEW);
	sr_store_close(s);
	CHECK(run_sql(v1, "DROP TABLE incident_items; DROP TABLE statistics; DROP INDEX events_incident; "
	                  "ALTER TABLE events DROP COLUMN incident; DROP TABLE incidents; "
	                  "ALTER TABLE articles DROP COLUMN relevance; ALTER TABLE articles DROP COLUMN relevance_score; "
	                  "ALTER TABLE articles DROP COLUMN relevance_reason; ALTER TABLE articles DROP COLUMN topic; "
	                  "ALTER TABLE articles DROP COLUMN n_incidents; ALTER TABLE clusters DROP COLUMN source_inter; "
	                  "ALTER TABLE clusters DROP COLUMN target_inter"));
	CHECK(run_sql(v1, "DROP TABLE event_evidence; DROP INDEX IF EXISTS events_newest; DROP INDEX events_days; DROP INDEX events_grid; DROP INDEX events_confidence; ALTER TABLE events DROP COLUMN confidence; "
	                  "DROP INDEX events_source_actor; DROP INDEX events_target_actor; DROP INDEX events_place; "
	                  "ALTER TABLE events DROP COLUMN source_actor; ALTER TABLE events DROP COLUMN target_actor; "
	                  "ALTER TABLE events DROP COLUMN place; DROP TABLE actors; DROP TABLE places; "
	                  "DROP INDEX events_cluster; ALTER TABLE events DROP COLUMN cluster; DROP TABLE clusters; "
	                  "UPDATE schema_version SET version = 1"));
	CHECK(one(v1, pg_host ? "SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'"
	                      : "SELECT count(*) FROM sqlite_master WHERE name = 'clusters'") == 0);
	s = NULL;
	CHECK(sr_store_open(v1, &s) == SR_OK);
	CHECK(one(v1, "SELECT version FROM schema_version") == 10);
	/* version 10: the articles held are marked to be made again (their
	 * incidents do not exist yet) */
	CHECK(one(v1, "SELECT count(*) FROM articles WHERE content_hash IS NULL") == 1);
	/* version 8: the evidence of the events already held, from their
	 * columns and JSON: each has its action's and its sentence's words */
	CHECK(one(v1, "SELECT count(*) FROM event_evidence WHERE role = 'action'") == one(v1, "SELECT count(*) FROM events"));
	CHECK(one(v1, "SELECT count(*) FROM event_evidence WHERE role = 'sentence'") ==
	      one(v1, "SELECT count(*) FROM events"));
	/* version 4: the confidence of the events already held, from their JSON */
	CHECK(one(v1, "SELECT count(*) FROM events WHERE confidence BETWEEN 0.05 AND 0.95") ==
	      one(v1, "SELECT count(*) FROM events"));
	CHECK(one(v1, "SELECT count(*) FROM articles") == 1);
	CHECK(one(v1, "SELECT count(*) FROM events WHERE cluster IS NULL") > 0); /* stored before clusters */
	/* version 3's actors and places are filled from the events already held */
	CHECK(one(v1, "SELECT count(*) FROM actors WHERE key = 'SYRMIL' AND n_events > 0") == 1);
	CHECK(one(v1, "SELECT count(*) FROM places WHERE name = 'Homs' AND n_events > 0") == 1);
	CHECK(one(v1, "SELECT count(*) FROM events WHERE place_name IS NOT NULL AND place IS NULL") == 0);
	sr_article *b = page("https://example.com/homs-2", "Homs shelled", BODY1);
	CHECK(put(s, b) == SR_PUT_NEW);
	CHECK(one(v1, "SELECT count(*) FROM incidents e JOIN articles a ON a.rowid = e.article "
	              "WHERE a.url LIKE '%homs-2' AND e.cluster IS NULL") == 0);
	CHECK(one(v1, "SELECT count(*) FROM incidents e JOIN articles a ON a.rowid = e.article "
	              "WHERE a.url LIKE '%homs-2'") >= 1);
	sr_article_free(a);
	sr_article_free(b);
	sr_store_close(s);
	/* a store made by a newer sitrep is refused, untouched */
	CHECK(run_sql(db, "UPDATE schema_version SET version = 99"));
	s = NULL;
	CHECK(sr_store_open(db, &s) == SR_EINVAL && !s);
	CHECK(strstr(sr_error_last(), "newer") != NULL);
	sr_store_close(s);
	CHECK(one(db, "SELECT version FROM schema_version") == 99);
	if (pg_host) {
		/* a database that is not there, a server that is not there: said,
		 * without the password */
		char uri[400];
		snprintf(uri, sizeof uri, "postgresql://postgres:secret@/t_nosuchdb?host=%s", pg_host);
		s = NULL;
		CHECK(sr_store_open(uri, &s) == SR_EIO && strstr(sr_error_last(), "t_nosuchdb") &&
		      strstr(sr_error_last(), "PostgreSQL") && !strstr(sr_error_last(), "secret"));
		sr_store_close(s);
		snprintf(uri, sizeof uri, "postgresql:///t_c?host=%s/nowhere&user=postgres&connect_timeout=2", pg_host);
		s = NULL;
		CHECK(sr_store_open(uri, &s) == SR_EIO && strstr(sr_error_last(), "PostgreSQL"));
		sr_store_close(s);
		char shown[200];
		CHECK_STR(sr_store_shown("postgresql://u:pw@h:5/d?password=x&port=5", shown, sizeof shown),
		          "postgresql://u:***@h:5/d?password=***&port=5");
		return;
	}
	/* a directory, a file that is no database, a missing folder */
	s = NULL;
	CHECK(sr_store_open(dir, &s) != SR_OK && strstr(sr_error_last(), dir) != NULL && !s);
	sr_store_close(s);
	char junk[300];
	snprintf(junk, sizeof junk, "%s/junk.db", dir);
	FILE *f = fopen(junk, "w");
	fputs("this is not an SQLite database, only text that is long enough to have a header\n", f);
	fclose(f);
	s = NULL;
	CHECK(sr_store_open(junk, &s) != SR_OK && strstr(sr_error_last(), "junk.db") != NULL);
	sr_store_close(s);
	char missing[300];
	snprintf(missing, sizeof missing, "%s/no/such/folder/x.db", dir);
	s = NULL;
	CHECK(sr_store_open(missing, &s) != SR_OK);
	sr_store_close(s);
	s = NULL;
	CHECK(sr_store_open("", &s) == SR_EINVAL);
	sr_store_close(s);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--pg")) {
		pg_host = getenv("SITREP_TEST_PG_HOST");
		if (!pg_host) {
			printf("SKIP: no PostgreSQL server (run under tests/pg.sh)\n");
			return 77;
		}
	}
	snprintf(dir, sizeof dir, "%s/sitrep-store-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir) || sr_ctx_new(&ctx) != SR_OK || sr_dict_new(&dict) != SR_OK ||
	    sr_dict_load_defaults(dict) != SR_OK) {
		printf("cannot set up\n");
		return 1;
	}
	RUN(put_and_again);
	RUN(failure_leaves_nothing);
	RUN(queries);
	RUN(exports);
	RUN(schema_and_paths);
	sr_dict_free(dict);
	sr_ctx_free(ctx);
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("could not remove %s\n", dir);
	return h_summary(pg_host ? "store (PostgreSQL)" : "store (SQLite)");
}
