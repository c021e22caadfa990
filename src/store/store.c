#define _GNU_SOURCE /* timegm, qsort_r */
/* store.c: articles and their events in SQLite.
 *
 * The store keeps what `sitrep extract` and `sitrep code` print, as columns
 * a query can filter on and as the JSON itself (so no field is ever lost
 * between the coder and the store): the article and event JSON are made by
 * sr_article_json and sr_events_write_json and read back here with jansson.
 *
 * Every article goes in with its events in one transaction (BEGIN
 * IMMEDIATE ... COMMIT): a failure rolls it back, and a crash leaves the
 * WAL's last committed state, so the store never holds part of an article.
 * An article already held with the same text is left alone (ingesting it
 * again changes nothing); with another text it is replaced, its events
 * with it.
 *
 * The schema is versioned: schema_version holds the version the store is
 * at, and each migration in MIGRATIONS brings it one step further, in its
 * own transaction. */
#include "store.h"

#include "../geo/geo.h"
#include "db.h"

#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The most rows one INSERT writes (59 parameters each: 3,776 in all,
 * under SQLite's 32,766 and PostgreSQL's 65,535). */
#define MAX_ROWS 64

struct sr_store {
	sr_db *db;
	bool pg; /* PostgreSQL, else SQLite */
	sr_db_stmt *find, *ins_article, *upd_article, *del_events, *fts_ins, *fts_del, *old_text;
	/* inserting n events or clusters in one statement (multi_insert) */
	sr_db_stmt *ins_events[MAX_ROWS + 1], *ins_clusters[MAX_ROWS + 1];
	/* the statements each event runs, prepared once (see stmt) */
	struct cached {
		const char *sql; /* the string it comes from (a constant: its address is the key) */
		int part;        /* which of its ';'-separated statements */
		sr_db_stmt *st;  /* NULL: sql has no such part */
	} cache[40];
	size_t n_cache;
	long n_written;   /* articles this store has written: when to ANALYZE (PostgreSQL) */
	long next_analyze;
	char err[512];
};

/* Migration n brings the store from version n to n + 1.  The SQL is one
 * for both databases but for the words each spells its own way: KEY a row
 * id (SQLite's INTEGER PRIMARY KEY is its rowid; PostgreSQL's an identity
 * column), REF a column holding one, REAL an 8-byte float (PostgreSQL's
 * REAL has 4), FTS the full-text index, CONF the confidence read from an
 * event's JSON. */
#define MIGRATION_1(KEY, REF, REAL, FTS)                                                                        \
	"CREATE TABLE articles ("                                                                                    \
	" rowid " KEY ","                                                                                            \
	" id TEXT NOT NULL UNIQUE,"           /* sitrep's id: 16 hex digits */                                     \
	" url TEXT,"                          /* canonical: the page's own link, else where it was read */         \
	" source_url TEXT,"                   /* where it was read (WARC target, feed item, --url) */              \
	" title TEXT, subtitle TEXT, site TEXT,"                                                                     \
	" authors TEXT,"                      /* JSON array */                                                     \
	" published TEXT, published_precision TEXT, published_source TEXT,"                                          \
	" language TEXT, text TEXT, content_hash TEXT,"                                                              \
	" near_duplicate_of TEXT,"            /* id of an earlier copy */                                          \
	" fetched TEXT,"                      /* when the crawler fetched it */                                    \
	" ingested TEXT NOT NULL,"            /* when the store took it (UTC) */                                   \
	" n_events INTEGER NOT NULL,"                                                                                \
	" json TEXT NOT NULL"                 /* the article as `sitrep extract` prints it */                      \
	");"                                                                                                         \
	"CREATE INDEX articles_published ON articles(published);"                                                    \
	"CREATE INDEX articles_site ON articles(site);"                                                              \
	"CREATE TABLE events ("                                                                                      \
	" id " KEY ","                                                                                               \
	" article " REF " NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,"                                    \
	" seq INTEGER NOT NULL,"              /* its place among the article's events */                           \
	" sentence INTEGER, sentence_start INTEGER, sentence_end INTEGER,"                                           \
	" verb TEXT, verb_start INTEGER, verb_end INTEGER,"                                                          \
	" date TEXT, date_first TEXT, date_last TEXT, date_precision TEXT, date_source TEXT,"                        \
	" source_code TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,"                             \
	" source_country TEXT, source_sector TEXT,"                                                                  \
	" target_code TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,"                             \
	" target_country TEXT, target_sector TEXT,"                                                                  \
	" cameo TEXT, root TEXT, quad_class INTEGER, goldstein " REAL ","                                            \
	" plover_type TEXT, plover_mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,"                     \
	" place_text TEXT, place_start INTEGER, place_end INTEGER, place_name TEXT, geonameid INTEGER,"              \
	" lat " REAL ", lon " REAL ", country TEXT, admin1 TEXT, place_precision TEXT, geo_source TEXT,"             \
	" killed_best INTEGER, killed_low INTEGER, killed_high INTEGER, killed_cumulative INTEGER,"                  \
	" counts TEXT,"                       /* JSON array: every count of the event */                           \
	" attribution_text TEXT, attribution_type TEXT, attribution_status TEXT,"                                    \
	" negated INTEGER, hypothetical INTEGER, passive INTEGER, rule TEXT,"                                        \
	" json TEXT NOT NULL,"                /* the event as `sitrep code` prints it */                           \
	" UNIQUE (article, seq)"                                                                                     \
	");"                                                                                                         \
	"CREATE INDEX events_article ON events(article);"                                                            \
	"CREATE INDEX events_date ON events(date_first);"                                                            \
	"CREATE INDEX events_country ON events(country, date_first);"                                                \
	"CREATE INDEX events_root ON events(root, date_first);"                                                      \
	"CREATE INDEX events_cameo ON events(cameo);"                                                                \
	"CREATE INDEX events_acled ON events(acled_event_type, acled_sub_event_type);"                               \
	"CREATE INDEX events_plover ON events(plover_type);"                                                         \
	"CREATE INDEX events_lat ON events(lat, lon);"                                                               \
	"CREATE INDEX events_killed ON events(killed_best);" FTS
/* SQLite: an FTS5 table over the articles' title and text (kept by
 * store.c); PostgreSQL: a tsvector column the server keeps, GIN-indexed,
 * the 'simple' configuration (words as written, lower-cased, no stemming,
 * as FTS5's unicode61), the first 400,000 characters (a tsvector holds at
 * most 1 MB) */
#define FTS_SQLITE "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');"
#define FTS_PG                                                                                                 \
	"ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('simple',"                    \
	" left(coalesce(title, '') || ' ' || coalesce(text, ''), 400000))) STORED;"                                   \
	"CREATE INDEX articles_fts ON articles USING gin (fts);"
/* 1 -> 2: clusters: one real-world event however many articles report it */
#define MIGRATION_2(KEY, REF, REAL)                                                                             \
	"CREATE TABLE clusters ("                                                                                    \
	" id " KEY ","                                                                                               \
	" first_seen TEXT NOT NULL,"          /* when the store first took one of its events */                    \
	" n_events INTEGER NOT NULL, n_articles INTEGER NOT NULL,"                                                    \
	" n_sources INTEGER NOT NULL,"        /* distinct sites, syndicated copies counted once */                 \
	" date_first TEXT, date_last TEXT,"   /* the span its events' dates cover */                               \
	" root TEXT, cameo TEXT, acled_event_type TEXT, acled_sub_event_type TEXT, plover_type TEXT,"               \
	" source_code TEXT, target_code TEXT,"                                                                       \
	" place_name TEXT, lat " REAL ", lon " REAL ", country TEXT, admin1 TEXT, place_precision TEXT,"             \
	" killed_best INTEGER,"               /* the largest incident count its events report */                   \
	" representative " REF                /* the event its fields come from */                                 \
	");"                                                                                                         \
	"CREATE INDEX clusters_date ON clusters(date_first, date_last);"                                             \
	"CREATE INDEX clusters_country ON clusters(country, date_first);"                                            \
	"ALTER TABLE events ADD COLUMN cluster " REF " REFERENCES clusters(id);"                                      \
	"CREATE INDEX events_cluster ON events(cluster);"
/* 2 -> 3: the actors and places the events name, each once */
#define MIGRATION_3(KEY, REF, REAL)                                                                             \
	"CREATE TABLE actors ("                                                                                      \
	" id " KEY ","                                                                                               \
	" key TEXT NOT NULL UNIQUE,"          /* its CAMEO code, else its words in lower case */                   \
	" code TEXT, name TEXT,"              /* the code, and the words first seen for it */                      \
	" country TEXT, sectors TEXT,"                                                                               \
	" n_events INTEGER NOT NULL DEFAULT 0," /* as source or target */                                          \
	" first_date TEXT, last_date TEXT"    /* the span of its events' dates */                                  \
	");"                                                                                                         \
	"CREATE TABLE places ("                                                                                      \
	" id " KEY ","                                                                                               \
	" key TEXT NOT NULL UNIQUE,"          /* its GeoNames id, else name|country|admin1 */                      \
	" geonameid INTEGER, name TEXT, lat " REAL ", lon " REAL ", country TEXT, admin1 TEXT, precision TEXT,"     \
	" n_events INTEGER NOT NULL DEFAULT 0,"                                                                      \
	" first_date TEXT, last_date TEXT"                                                                           \
	");"                                                                                                         \
	"CREATE INDEX places_country ON places(country);"                                                            \
	"ALTER TABLE events ADD COLUMN source_actor " REF " REFERENCES actors(id);"                                  \
	"ALTER TABLE events ADD COLUMN target_actor " REF " REFERENCES actors(id);"                                  \
	"ALTER TABLE events ADD COLUMN place " REF " REFERENCES places(id);"                                         \
	"CREATE INDEX events_source_actor ON events(source_actor);"                                                  \
	"CREATE INDEX events_target_actor ON events(target_actor);"                                                  \
	"CREATE INDEX events_place ON events(place);"                                                                \
	/* the events stored before: their actors and places */                                                      \
	"INSERT INTO actors (key, code, name, country, sectors) SELECT coalesce(source_code, lower(source_text)),"   \
	" source_code, coalesce(source_text, source_code), source_country, source_sector FROM events"               \
	" WHERE coalesce(source_code, source_text) IS NOT NULL ORDER BY id ON CONFLICT (key) DO NOTHING;"            \
	"INSERT INTO actors (key, code, name, country, sectors) SELECT coalesce(target_code, lower(target_text)),"   \
	" target_code, coalesce(target_text, target_code), target_country, target_sector FROM events"               \
	" WHERE coalesce(target_code, target_text) IS NOT NULL ORDER BY id ON CONFLICT (key) DO NOTHING;"            \
	"INSERT INTO places (key, geonameid, name, lat, lon, country, admin1, precision) SELECT"                     \
	" coalesce(CAST(geonameid AS TEXT), place_name || '|' || coalesce(country, '') || '|' || coalesce(admin1, '')),"\
	" geonameid, place_name, lat, lon, country, admin1, place_precision FROM events WHERE place_name IS NOT NULL"\
	" ORDER BY id ON CONFLICT (key) DO NOTHING;"                                                                 \
	"UPDATE events SET"                                                                                          \
	" source_actor = (SELECT id FROM actors WHERE key = coalesce(events.source_code, lower(events.source_text))),"\
	" target_actor = (SELECT id FROM actors WHERE key = coalesce(events.target_code, lower(events.target_text))),"\
	" place = (SELECT id FROM places WHERE key = coalesce(CAST(events.geonameid AS TEXT), events.place_name || '|' ||"\
	"   coalesce(events.country, '') || '|' || coalesce(events.admin1, '')));"                                   \
	"UPDATE actors SET n_events = (SELECT count(*) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id),"\
	" first_date = (SELECT min(date_first) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id),"\
	" last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id);"\
	"UPDATE places SET n_events = (SELECT count(*) FROM events e WHERE e.place = places.id),"                    \
	" first_date = (SELECT min(date_first) FROM events e WHERE e.place = places.id),"                            \
	" last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.place = places.id);"
/* 3 -> 4: each event's confidence (the coder's heuristic) */
#define MIGRATION_4(REAL, CONF)                                                                                 \
	"ALTER TABLE events ADD COLUMN confidence " REAL ";"                                                         \
	"UPDATE events SET confidence = " CONF ";"                                                                   \
	"CREATE INDEX events_confidence ON events(confidence);"

/* 4 -> 5: clusters found by their type and day (the search each new event
 * makes), not by day alone */
#define MIGRATION_5                                                                                            \
	"CREATE INDEX clusters_root ON clusters(root, date_first);"                                                  \
	"CREATE INDEX clusters_acled ON clusters(acled_event_type, date_first);"

/* 5 -> 6: the timeline's and the map's sums read from indexes that hold
 * what they need (a tenth of the bytes of the events' rows): by day, and
 * by point */
#define MIGRATION_6                                                                                            \
	"CREATE INDEX IF NOT EXISTS events_days ON events(date_first, acled_event_type, root, killed_best, killed_low,"            \
	" killed_cumulative);"                                                                                       \
	"CREATE INDEX IF NOT EXISTS events_grid ON events(lat, lon, acled_event_type, root, killed_best, killed_low,"              \
	" killed_cumulative) WHERE lat IS NOT NULL;"

/* 6 -> 7: on PostgreSQL, the dated events indexed in the order pages list
 * them, the id breaking a day's ties (events_date leaves them to a sort:
 * 0.5 s for a page of a store whose days hold thousands of events).
 * SQLite's events_date holds the rowid, the id, so it is that order
 * already: nothing to do. */
#define MIGRATION_7_PG "CREATE INDEX IF NOT EXISTS events_newest ON events(date_first DESC, id DESC);"
#define MIGRATION_7_SQLITE "SELECT 1;"

#define SQLITE_TYPES "INTEGER PRIMARY KEY", "INTEGER", "REAL"
#define PG_TYPES "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT", "DOUBLE PRECISION"
/* the macros' arguments, expanded first */
#define M1(...) MIGRATION_1(__VA_ARGS__)
#define M2(...) MIGRATION_2(__VA_ARGS__)
#define M3(...) MIGRATION_3(__VA_ARGS__)
static const char *const MIGRATIONS[] = {
    M1(SQLITE_TYPES, FTS_SQLITE),
    M2(SQLITE_TYPES),
    M3(SQLITE_TYPES),
    MIGRATION_4("REAL", "json_extract(json, '$.confidence')"),
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7_SQLITE,
};
static const char *const PG_MIGRATIONS[] = {
    M1(PG_TYPES, FTS_PG),
    M2(PG_TYPES),
    M3(PG_TYPES),
    MIGRATION_4("DOUBLE PRECISION", "CAST(CAST(json AS jsonb) ->> 'confidence' AS DOUBLE PRECISION)"),
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7_PG,
};
#define N_MIGRATIONS (sizeof MIGRATIONS / sizeof *MIGRATIONS)
_Static_assert(N_MIGRATIONS == SR_STORE_SCHEMA, "one migration a schema version");
_Static_assert(sizeof PG_MIGRATIONS == sizeof MIGRATIONS, "the same migrations on PostgreSQL");

static sr_status fail(sr_store *s, sr_status st, const char *what)
{
	snprintf(s->err, sizeof s->err, "%s: %s", what, s->db ? sr_db_errmsg(s->db) : "no database");
	return st;
}

static bool exec(sr_store *s, const char *sql)
{
	if (sr_db_exec(s->db, sql))
		return true;
	snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
	return false;
}

/* "pre: " before the message already in s->err, cut to fit. */
static void prefix(sr_store *s, const char *pre)
{
	char keep[sizeof s->err];
	memcpy(keep, s->err, sizeof keep);
	keep[sizeof keep - 1] = '\0';
	size_t pl = strlen(pre), cap = sizeof s->err;
	if (pl > cap / 2)
		pl = cap / 2;
	memcpy(s->err, pre, pl);
	s->err[pl] = ':';
	s->err[pl + 1] = ' ';
	size_t kl = strnlen(keep, cap - pl - 3);
	memcpy(s->err + pl + 2, keep, kl);
	s->err[pl + 2 + kl] = '\0';
}

static int version_of(sr_store *s)
{
	sr_db_stmt *st = sr_db_prepare(s->db, "SELECT version FROM schema_version", NULL, false);
	int v = -1;
	if (st && sr_db_step(st) == SR_DB_ROW)
		v = (int)sr_db_int64(st, 0);
	sr_db_finalize(st);
	return v;
}

/* Bring the store up to SR_STORE_SCHEMA, a migration a transaction (each
 * under the write lock, so two ingesters starting at once migrate once). */
static sr_status migrate(sr_store *s)
{
	const char *const *steps = s->pg ? PG_MIGRATIONS : MIGRATIONS;
	for (;;) {
		if (!sr_db_begin(s->db)) {
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
			return SR_EIO;
		}
		if (!exec(s, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);")) {
			sr_db_rollback(s->db); /* (s->err is the store's: the rollback leaves it) */
			return SR_EIO;
		}
		int v = version_of(s);
		if (v < 0) {
			if (!exec(s, "INSERT INTO schema_version VALUES (0)")) {
				sr_db_rollback(s->db);
				return SR_EIO;
			}
			v = 0;
		}
		if (v > SR_STORE_SCHEMA) {
			sr_db_rollback(s->db);
			snprintf(s->err, sizeof s->err, "the store is at schema version %d, newer than this sitrep's %d", v,
			         SR_STORE_SCHEMA);
			return SR_EINVAL;
		}
		if (v == SR_STORE_SCHEMA) {
			if (sr_db_commit(s->db))
				return SR_OK;
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
			return SR_EIO;
		}
		char bump[64];
		snprintf(bump, sizeof bump, "UPDATE schema_version SET version = %d", v + 1);
		if (!exec(s, steps[v]) || !exec(s, bump)) {
			char pre[64];
			sr_db_rollback(s->db);
			snprintf(pre, sizeof pre, "migration to schema version %d", v + 1);
			prefix(s, pre);
			return SR_EIO;
		}
		if (!sr_db_commit(s->db)) {
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
			return SR_EIO;
		}
	}
}

static bool prepare(sr_store *s, sr_db_stmt **st, const char *sql)
{
	if ((*st = sr_db_prepare(s->db, sql, NULL, true)))
		return true;
	fail(s, SR_EIO, "prepare");
	return false;
}

#define ARTICLE_COLS                                                                                           \
	"id, url, source_url, title, subtitle, site, authors, published, published_precision, "                    \
	"published_source, language, text, content_hash, near_duplicate_of, fetched, ingested, n_events, json"

sr_status sr_store_open(const char *path, sr_store **out)
{
	*out = NULL;
	sr_store *s = calloc(1, sizeof *s);
	if (!s)
		return SR_ENOMEM;
	*out = s;
	if (!path || !*path) {
		snprintf(s->err, sizeof s->err, "no store path");
		return SR_EINVAL;
	}
	s->pg = sr_db_is_pg(path);
	s->next_analyze = 32;
	/* a PostgreSQL URI's password is not repeated in messages */
	const char *shown = s->pg ? "PostgreSQL" : path;
	if (!sr_db_open(path, &s->db)) {
		if (s->pg) /* the message says it is PostgreSQL, and which database */
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
		else
			fail(s, SR_EIO, shown);
		return SR_EIO;
	}
	sr_status st = migrate(s);
	if (st != SR_OK) {
		prefix(s, shown);
		return st;
	}
	if (!prepare(s, &s->find, "SELECT rowid, content_hash FROM articles WHERE id = ?") ||
	    !prepare(s, &s->ins_article,
	             "INSERT INTO articles (" ARTICLE_COLS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING rowid") ||
	    !prepare(s, &s->upd_article,
	             "UPDATE articles SET (" ARTICLE_COLS ") = (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) WHERE rowid = ?") ||
	    !prepare(s, &s->del_events, "DELETE FROM events WHERE article = ?"))
		return SR_EIO;
	/* SQLite's FTS5 table is kept here; PostgreSQL keeps its tsvector */
	if (!s->pg &&
	    (!prepare(s, &s->old_text, "SELECT title, text FROM articles WHERE rowid = ?") ||
	     !prepare(s, &s->fts_ins, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)") ||
	     !prepare(s, &s->fts_del,
	              "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)")))
		return SR_EIO;
	return SR_OK;
}

int sr_store_is_pg(const char *target)
{
	return sr_db_is_pg(target);
}

const char *sr_store_shown(const char *target, char *buf, size_t cap)
{
	if (!cap)
		return "";
	const char *t = target ? target : "";
	snprintf(buf, cap, "%s", t);
	if (!sr_db_is_pg(t))
		return buf;
	/* postgresql://user:PASSWORD@host... */
	const char *auth = strstr(t, "://") + 3, *at = strchr(auth, '@'), *slash = strchr(auth, '/'),
	           *colon = strchr(auth, ':');
	if (at && (!slash || at < slash) && colon && colon < at)
		snprintf(buf, cap, "%.*s***%s", (int)(colon + 1 - t), t, at);
	/* ...?password=PASSWORD&... */
	char *pw = strstr(buf, "password=");
	if (pw && (pw[-1] == '?' || pw[-1] == '&')) {
		char *v = pw + 9, *end = strchr(v, '&');
		size_t room = cap - (size_t)(v - buf);
		if (room > 3) {
			char rest[512];
			snprintf(rest, sizeof rest, "%s", end ? end : "");
			snprintf(v, room, "***%s", rest);
		}
	}
	return buf;
}

const char *sr_store_error(const sr_store *s)
{
	return s ? s->err : "out of memory";
}

void sr_store_watch(sr_store *s, int (*stop)(void *arg), void *arg)
{
	if (s && s->db)
		sr_db_watch(s->db, stop, arg);
}

void sr_store_close(sr_store *s)
{
	if (!s)
		return;
	sr_db_stmt *all[] = {s->find, s->ins_article, s->upd_article, s->del_events, s->fts_ins, s->fts_del, s->old_text};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		sr_db_finalize(all[i]);
	for (size_t i = 0; i <= MAX_ROWS; i++) {
		sr_db_finalize(s->ins_events[i]);
		sr_db_finalize(s->ins_clusters[i]);
	}
	for (size_t i = 0; i < s->n_cache; i++)
		sr_db_finalize(s->cache[i].st);
	sr_db_close(s->db);
	free(s);
}

/* ---- binding JSON values ---------------------------------------------------- */

static void bind_json(sr_db_stmt *st, int col, json_t *v)
{
	if (!v || json_is_null(v)) {
		sr_db_bind_null(st, col);
	} else if (json_is_string(v)) {
		sr_db_bind_text(st, col, json_string_value(v), (int)json_string_length(v));
	} else if (json_is_integer(v)) {
		sr_db_bind_int64(st, col, (int64_t)json_integer_value(v));
	} else if (json_is_real(v)) {
		sr_db_bind_double(st, col, json_real_value(v));
	} else if (json_is_boolean(v)) {
		sr_db_bind_int64(st, col, json_is_true(v));
	} else { /* arrays and objects: as JSON text */
		char *t = json_dumps(v, JSON_COMPACT);
		sr_db_bind_text(st, col, t, -1);
		free(t);
	}
}

/* obj.a.b (b may be NULL) */
static json_t *at(json_t *obj, const char *a, const char *b)
{
	json_t *v = json_object_get(obj, a);
	return b && json_is_object(v) ? json_object_get(v, b) : b ? NULL : v;
}

static const char *str_of(json_t *v)
{
	return json_is_string(v) ? json_string_value(v) : "";
}

/* A sector list ["GOV","MIL"] as "GOV,MIL". */
static void bind_sectors(sr_db_stmt *st, int col, json_t *v)
{
	if (!json_is_array(v) || !json_array_size(v)) {
		sr_db_bind_null(st, col);
		return;
	}
	char buf[256];
	size_t k = 0, i;
	json_t *x;
	buf[0] = '\0';
	json_array_foreach(v, i, x)
	{
		if (json_is_string(x) && k + json_string_length(x) + 2 < sizeof buf)
			k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", k ? "," : "", json_string_value(x));
	}
	sr_db_bind_text(st, col, buf, (int)k);
}

static void bind_article(sr_db_stmt *st, json_t *a, const char *ingested, int n_events, const char *json)
{
	static const char *const KEYS[] = {"id",       "url",        "source_url",          "title",
	                                   "subtitle", "site_name",  "authors",       "published",           "published_precision",
	                                   "published_source", "language", "text",    "content_hash",        "near_duplicate_of",
	                                   "fetched"};
	int col = 1;
	for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++)
		bind_json(st, col++, json_object_get(a, KEYS[k]));
	sr_db_bind_text(st, col++, ingested, -1);
	sr_db_bind_int64(st, col++, n_events);
	sr_db_bind_text(st, col++, json, -1);
}

/* The event's killed count: the first that is not rejected, preferring an
 * incident's over a cumulative one. */
/* The count of kind an event reports that the store and the exports show:
 * the first not rejected, an incident's before a cumulative one. */
json_t *sr_store_count_of(json_t *ev, const char *kind)
{
	json_t *counts = json_object_get(ev, "counts"), *c, *best = NULL;
	size_t i;
	json_array_foreach(counts, i, c)
	{
		json_t *k = json_object_get(c, "kind");
		if (!json_is_string(k) || strcmp(json_string_value(k), kind) != 0 ||
		    json_is_true(json_object_get(c, "rejected")))
			continue;
		if (!best || (json_is_true(json_object_get(best, "cumulative")) &&
		              !json_is_true(json_object_get(c, "cumulative"))))
			best = c;
	}
	return best;
}

/* An event's columns (EVENT_COLS but its cluster), from parameter base + 1. */
static void bind_event(sr_db_stmt *st, int base, int64_t article, int seq, json_t *e, const char *json)
{
	sr_db_bind_int64(st, base + 1, article);
	sr_db_bind_int64(st, base + 2, seq);
	json_t *killed = sr_store_count_of(e, "killed");
	json_t *v[] = {
	    at(e, "sentence", "index"), at(e, "sentence", "start"), at(e, "sentence", "end"),
	    at(e, "verb", "text"),      at(e, "verb", "start"),     at(e, "verb", "end"),
	    at(e, "date", "value"),     at(e, "date", "first"),     at(e, "date", "last"),
	    at(e, "date", "precision"), at(e, "date", "source"),    at(e, "source", "code"),
	    at(e, "source", "text"),    at(e, "source", "start"),   at(e, "source", "end"),
	    at(e, "source", "country"),
	};
	int col = base + 3;
	for (size_t k = 0; k < sizeof v / sizeof *v; k++)
		bind_json(st, col++, v[k]);
	bind_sectors(st, col++, at(e, "source", "sector"));
	json_t *w[] = {at(e, "target", "code"), at(e, "target", "text"), at(e, "target", "start"),
	               at(e, "target", "end"), at(e, "target", "country")};
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		bind_json(st, col++, w[k]);
	bind_sectors(st, col++, at(e, "target", "sector"));
	json_t *x[] = {
	    at(e, "cameo", NULL),        at(e, "root", NULL),
	    at(e, "quad_class", NULL),   at(e, "goldstein", NULL),
	    at(e, "plover", "type"),     at(e, "plover", "mode"),
	    at(e, "acled", "event_type"), at(e, "acled", "sub_event_type"),
	    at(e, "place", "text"),      at(e, "place", "start"),
	    at(e, "place", "end"),       at(e, "place", "name"),
	    at(e, "place", "geonameid"), at(e, "place", "lat"),
	    at(e, "place", "lon"),       at(e, "place", "country"),
	    at(e, "place", "admin1"),    at(e, "place", "precision"),
	    at(e, "place", "geo_source"), killed ? json_object_get(killed, "best") : NULL,
	    killed ? json_object_get(killed, "low") : NULL, killed ? json_object_get(killed, "high") : NULL,
	    killed ? json_object_get(killed, "cumulative") : NULL, at(e, "counts", NULL),
	    at(e, "attribution", "text"), at(e, "attribution", "type"),
	    at(e, "attribution", "status"), at(e, "negated", NULL),
	    at(e, "hypothetical", NULL), at(e, "passive", NULL),
	    at(e, "rule", NULL),
	};
	for (size_t k = 0; k < sizeof x / sizeof *x; k++)
		bind_json(st, col++, x[k]);
	sr_db_bind_text(st, col++, json, -1);
	bind_json(st, col++, at(e, "confidence", NULL));
}

static bool step_done(sr_db_stmt *st)
{
	int rc = sr_db_step(st);
	sr_db_reset(st); /* the step's message stays for fail() */
	return rc == SR_DB_DONE;
}

/* ---- clusters: one real-world event, many reports ----------------------------- */

/* Are two actor codes compatible: either missing, one the other's prefix
 * ("SYR", "SYRMIL"), or no clash between their countries and their roles
 * ("---GOV" and "SYRGOV" are; "---GOV" and "---REB" are not)? */
static bool actors_agree(const char *a, const char *b)
{
	if (!a || !b || !*a || !*b)
		return true;
	size_t la = strlen(a), lb = strlen(b);
	if (!strncmp(a, b, la < lb ? la : lb))
		return true;
	if (la < 3 || lb < 3)
		return false;
	bool ca = strncmp(a, "---", 3) != 0, cb = strncmp(b, "---", 3) != 0;
	if (ca && cb && strncmp(a, b, 3) != 0)
		return false;
	/* the roles: their last three letters ("MUSREB" is a REB), and the
	 * state's forces one family (ACLED's "state forces": "government
	 * forces" and "troops" are one actor in the news) */
	const char *ra = a + 3, *rb = b + 3;
	if (!*ra || !*rb)
		return true;
	ra += strlen(ra) > 3 ? strlen(ra) - 3 : 0;
	rb += strlen(rb) > 3 ? strlen(rb) - 3 : 0;
	if (!strcmp(ra, rb))
		return true;
	static const char *const STATE[] = {"GOV", "MIL", "COP", "SPY"};
	bool sa = false, sb = false;
	for (size_t i = 0; i < sizeof STATE / sizeof *STATE; i++) {
		sa = sa || !strcmp(ra, STATE[i]);
		sb = sb || !strcmp(rb, STATE[i]);
	}
	return sa && sb;
}


static const char *col_text(sr_db_stmt *st, int i)
{
	return sr_db_text(st, i);
}

/* The part-th statement of sql (a string constant), prepared the first
 * time it is asked for and kept until the store is closed.  NULL with
 * *end set when sql has no such part, NULL alone on failure. */
static sr_db_stmt *stmt(sr_store *s, const char *sql, int part, bool *end)
{
	*end = false;
	for (size_t i = 0; i < s->n_cache; i++)
		if (s->cache[i].sql == sql && s->cache[i].part == part) {
			*end = !s->cache[i].st;
			return s->cache[i].st;
		}
	const char *p = sql;
	for (int k = 0; k < part && p && *p; k++) {
		/* step past one statement: prepare and drop it (once per store) */
		sr_db_stmt *skip = sr_db_prepare(s->db, p, &p, false);
		sr_db_finalize(skip);
	}
	sr_db_stmt *st = p && *p ? sr_db_prepare(s->db, p, NULL, true) : NULL;
	if (!st && p && *p && sr_db_errmsg(s->db)[0])
		return NULL;
	if (s->n_cache < sizeof s->cache / sizeof *s->cache)
		s->cache[s->n_cache++] = (struct cached){sql, part, st};
	else if (st) /* cannot happen with the store's own statements; said rather than leaked */
		sr_db_finalize(st), st = NULL, snprintf(s->err, sizeof s->err, "too many statements");
	*end = !st;
	return st;
}

/* Run the statements of sql (several, ';'-separated) with ?1 bound to id. */
static bool run_with_id(sr_store *s, const char *sql, int64_t id, const char *what)
{
	for (int part = 0;; part++) {
		bool end;
		sr_db_stmt *st = stmt(s, sql, part, &end);
		if (end)
			return true;
		if (!st) {
			fail(s, SR_EIO, what);
			return false;
		}
		if (sr_db_param_count(st) >= 1)
			sr_db_bind_int64(st, 1, id);
		int rc = sr_db_step(st);
		while (rc == SR_DB_ROW)
			rc = sr_db_step(st);
		sr_db_reset(st);
		if (rc != SR_DB_DONE) {
			fail(s, SR_EIO, what);
			return false;
		}
	}
}


/* A cluster's figures from its events, the cluster's id being ID (an SQL
 * expression): its events, articles, distinct sources (syndicated copies
 * of an article it holds counted once), the largest incident toll, and its
 * representative (kept while it is still one of its events). */
#define CLUSTER_FIGURES(ID)                                                                                    \
	" n_events = (SELECT count(*) FROM events WHERE cluster = " ID "),"                                          \
	" n_articles = (SELECT count(DISTINCT article) FROM events WHERE cluster = " ID "),"                         \
	" n_sources = (SELECT count(DISTINCT coalesce(a.site, a.id)) FROM events e JOIN articles a ON a.rowid = e.article"\
	"   WHERE e.cluster = " ID " AND (a.near_duplicate_of IS NULL OR NOT EXISTS (SELECT 1 FROM articles a2"         \
	"   JOIN events e2 ON e2.article = a2.rowid WHERE a2.id = a.near_duplicate_of AND e2.cluster = " ID "))),"     \
	" killed_best = (SELECT max(coalesce(killed_best, killed_low)) FROM events WHERE cluster = " ID              \
	"   AND coalesce(killed_cumulative, 0) = 0),"                                                                \
	" representative = CASE WHEN representative IN (SELECT id FROM events WHERE cluster = " ID ")"              \
	"   THEN representative ELSE (SELECT min(id) FROM events WHERE cluster = " ID ") END"

/* The figures of cluster c brought up to date; an empty one is removed. */
static bool refresh_cluster(sr_store *s, int64_t c)
{
	return run_with_id(s,
	                   "UPDATE clusters SET" CLUSTER_FIGURES("?1") " WHERE id = ?1;"
	                   "DELETE FROM clusters WHERE id = ?1 AND n_events = 0",
	                   c, "updating a cluster");
}

/* The figures of every cluster the events of article a are in. */
static bool refresh_clusters_of(sr_store *s, int64_t a)
{
	return run_with_id(s,
	                   "UPDATE clusters SET" CLUSTER_FIGURES("clusters.id")
	                   " WHERE id IN (SELECT cluster FROM events WHERE article = ?1)",
	                   a, "updating the clusters");
}

/* The day d days from day (YYYY-MM-DD) into out; day itself when it is
 * no such day. */
static const char *day_shift(const char *day, int d, char out[32])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
		return day;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_mday += d;
	tm.tm_hour = 12;
	time_t t = timegm(&tm);
	if (t == (time_t)-1 || !gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 8099)
		return day;
	snprintf(out, 32, "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000, (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
	return out;
}

/* What a cluster's search compares: a held cluster's columns, or the
 * first event of one the article being put is making. */
typedef struct cluster_key {
	const char *first, *last, *root, *acled; /* NULL when missing */
	const char *country, *admin1, *prec, *src, *tgt;
	double lat, lon;
	bool point;
} cluster_key;

static const char *str_or_null(json_t *v)
{
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static cluster_key key_of_event(json_t *e)
{
	cluster_key k = {0};
	json_t *lat = at(e, "place", "lat"), *lon = at(e, "place", "lon");
	k.first = str_or_null(at(e, "date", "first"));
	k.last = str_or_null(at(e, "date", "last"));
	if (!k.last)
		k.last = k.first;
	k.root = str_or_null(at(e, "root", NULL));
	k.acled = str_or_null(at(e, "acled", "event_type"));
	k.country = str_or_null(at(e, "place", "country"));
	k.admin1 = str_or_null(at(e, "place", "admin1"));
	k.prec = str_or_null(at(e, "place", "precision"));
	k.src = str_or_null(at(e, "source", "code"));
	k.tgt = str_or_null(at(e, "target", "code"));
	k.point = json_is_number(lat) && json_is_number(lon);
	k.lat = json_number_value(lat);
	k.lon = json_number_value(lon);
	return k;
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Does cluster c's place and actors agree with event e's (whose place is
 * fine, see find_cluster), and how far apart are they? */
static bool place_and_actors_agree(const cluster_key *e, const cluster_key *c, double *km)
{
	*km = sr_geo_km(e->lat, e->lon, c->lat, c->lon);
	bool coarse = same(e->prec, "admin1") || same(c->prec, "admin1");
	bool near = coarse ? same(c->country, e->country ? e->country : "") && same(c->admin1, e->admin1 ? e->admin1 : "")
	                   : *km <= 25;
	return near && actors_agree(e->src ? e->src : "", c->src) && actors_agree(e->tgt ? e->tgt : "", c->tgt);
}

/* The cluster of the real-world event an event (its JSON e) reports: a
 * held one (*id), one of the n the article is making (their first events'
 * keys in made[]; *k), or none (both -1).  False on failure.  Events agree
 * when their days meet (a day either side), their places are within 25 km
 * (or in the same admin-1 division when one is only placed that coarsely),
 * their actors do not clash, and they share the CAMEO root or the ACLED
 * event type.  An event dated no finer than a day, or placed no finer than
 * a country, stays alone, and its cluster is joined by none (so the search
 * is a few days of one type's clusters, however big the store).  A
 * cluster's fields these compare are set when it is made, from its first
 * event. */
static bool find_cluster(sr_store *s, json_t *e, const cluster_key *made, size_t n, int64_t *id, long *k)
{
	*id = -1;
	*k = -1;
	const char *prec = str_of(at(e, "date", "precision"));
	cluster_key ek = key_of_event(e);
	bool fine_date = (!strcmp(prec, "day") || !strcmp(prec, "time")) && ek.first && *ek.first;
	bool fine_place = ek.point && (same(ek.prec, "city") || same(ek.prec, "site") || same(ek.prec, "admin1"));
	if (!fine_date || !fine_place)
		return true;
	char lo_buf[32], hi_buf[32];
	const char *lo = day_shift(ek.first, -1, lo_buf), *hi = day_shift(ek.last, 1, hi_buf);
	const char *root = ek.root ? ek.root : "", *acled = ek.acled ? ek.acled : "";
	bool end;
	sr_db_stmt *st = stmt(s,
	                      "SELECT id, lat, lon, country, admin1, place_precision, source_code, target_code "
	                      "FROM clusters WHERE date_first >= ?1 AND date_first <= ?2 AND date_last = date_first "
	                      "AND (root = ?3 OR (?4 <> '' AND acled_event_type = ?4)) AND lat IS NOT NULL "
	                      "AND (lat BETWEEN ?5 AND ?6 OR place_precision = 'admin1' OR ?7 = 'admin1')",
	                      0, &end);
	if (!st) {
		fail(s, SR_EIO, "finding a cluster");
		return false;
	}
	sr_db_bind_text(st, 1, lo, -1);
	sr_db_bind_text(st, 2, hi, -1);
	sr_db_bind_text(st, 3, root, -1);
	sr_db_bind_text(st, 4, acled, -1);
	/* within 25 km: within 0.23 degrees of latitude.  (The days are
	 * bounded with >= and <=, not BETWEEN: SQLite takes only those into
	 * each index of the OR.) */
	sr_db_bind_double(st, 5, ek.lat - 0.23);
	sr_db_bind_double(st, 6, ek.lat + 0.23);
	sr_db_bind_text(st, 7, ek.prec ? ek.prec : "", -1);
	double best_km = 1e9, km;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		cluster_key c = {.lat = sr_db_double(st, 1), .lon = sr_db_double(st, 2), .country = col_text(st, 3),
		                 .admin1 = col_text(st, 4), .prec = col_text(st, 5), .src = col_text(st, 6),
		                 .tgt = col_text(st, 7)};
		/* the nearest; of as near, the oldest (whatever order the rows
		 * come in) */
		int64_t cid = sr_db_int64(st, 0);
		if (place_and_actors_agree(&ek, &c, &km) && (km < best_km || (km == best_km && cid < *id))) {
			best_km = km;
			*id = cid;
		}
	}
	sr_db_reset(st);
	if (rc != SR_DB_DONE) {
		fail(s, SR_EIO, "finding a cluster");
		return false;
	}
	/* the clusters this article is making: what the query asks of the
	 * held ones, then the same test */
	for (size_t j = 0; j < n; j++) {
		const cluster_key *c = &made[j];
		if (!c->first || !same(c->first, c->last) || strcmp(c->first, lo) < 0 || strcmp(c->first, hi) > 0 ||
		    !(same(c->root, root) || (*acled && same(c->acled, acled))) || !c->point ||
		    !(fabs(c->lat - ek.lat) <= 0.23 || same(c->prec, "admin1") || same(ek.prec, "admin1")))
			continue;
		if (place_and_actors_agree(&ek, c, &km) && km < best_km) {
			best_km = km;
			*id = -1;
			*k = (long)j;
		}
	}
	return true;
}

#define EVENT_COLS                                                                                             \
	"article, seq, sentence, sentence_start, sentence_end, verb, verb_start, verb_end, date, date_first, "       \
	"date_last, date_precision, date_source, source_code, source_text, source_start, source_end, "               \
	"source_country, source_sector, target_code, target_text, target_start, target_end, target_country, "        \
	"target_sector, cameo, root, quad_class, goldstein, plover_type, plover_mode, acled_event_type, "            \
	"acled_sub_event_type, place_text, place_start, place_end, place_name, geonameid, lat, lon, country, "       \
	"admin1, place_precision, geo_source, killed_best, killed_low, killed_high, killed_cumulative, counts, "    \
	"attribution_text, attribution_type, attribution_status, negated, hypothetical, passive, rule, json, "       \
	"confidence, cluster"
#define EVENT_PARAMS 59
#define CLUSTER_PARAMS 16

/* The statement that inserts n (1 to MAX_ROWS) events or clusters at
 * once, made the first time n is asked for. */
static sr_db_stmt *multi_insert(sr_store *s, bool clusters, size_t n)
{
	sr_db_stmt **slot = clusters ? &s->ins_clusters[n] : &s->ins_events[n];
	if (*slot)
		return *slot;
	const char *head = clusters ? "INSERT INTO clusters (first_seen, n_events, n_articles, n_sources, date_first, "
	                              "date_last, root, cameo, acled_event_type, acled_sub_event_type, plover_type, "
	                              "source_code, target_code, place_name, lat, lon, country, admin1, place_precision) VALUES "
	                            : "INSERT INTO events (" EVENT_COLS ") VALUES ";
	int np = clusters ? CLUSTER_PARAMS : EVENT_PARAMS;
	size_t cap = strlen(head) + n * ((size_t)np * 2 + 16) + 32, k = 0;
	char *sql = malloc(cap);
	if (!sql) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return NULL;
	}
	k += (size_t)snprintf(sql + k, cap - k, "%s", head);
	for (size_t r = 0; r < n; r++) {
		k += (size_t)snprintf(sql + k, cap - k, "%s(?%s", r ? "," : "", clusters ? ",0,0,0" : "");
		for (int c = 1; c < np; c++)
			sql[k++] = ',', sql[k++] = '?';
		sql[k++] = ')';
	}
	snprintf(sql + k, cap - k, "%s", clusters ? " RETURNING id" : "");
	*slot = sr_db_prepare(s->db, sql, NULL, true);
	free(sql);
	if (!*slot)
		fail(s, SR_EIO, "prepare");
	return *slot;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* New clusters for n events (their JSON e[]), made from their fields, in
 * statements of up to MAX_ROWS rows; their ids into ids[], in order.
 * Their figures and representatives are set when the article is in
 * (refresh_clusters_of). */
static bool new_clusters(sr_store *s, json_t *const *e, size_t n, const char *now, int64_t *ids)
{
	for (size_t done = 0; done < n;) {
		size_t m = n - done < MAX_ROWS ? n - done : MAX_ROWS;
		sr_db_stmt *st = multi_insert(s, true, m);
		if (!st)
			return false;
		for (size_t r = 0; r < m; r++) {
			json_t *x = e[done + r], *last = at(x, "date", "last");
			json_t *v[] = {at(x, "date", "first"),      json_is_string(last) ? last : at(x, "date", "first"),
			               at(x, "root", NULL),          at(x, "cameo", NULL),
			               at(x, "acled", "event_type"), at(x, "acled", "sub_event_type"),
			               at(x, "plover", "type"),      at(x, "source", "code"),
			               at(x, "target", "code"),      at(x, "place", "name"),
			               at(x, "place", "lat"),        at(x, "place", "lon"),
			               at(x, "place", "country"),    at(x, "place", "admin1"),
			               at(x, "place", "precision")};
			int base = (int)r * CLUSTER_PARAMS;
			sr_db_bind_text(st, base + 1, now, -1);
			for (size_t c = 0; c < sizeof v / sizeof *v; c++)
				bind_json(st, base + 2 + (int)c, v[c]);
		}
		/* the ids come back in no promised order; they are given in
		 * the order the rows go in (one writer at a time holds the lock) */
		size_t got = 0;
		int rc;
		while ((rc = sr_db_step(st)) == SR_DB_ROW)
			if (got < m)
				ids[done + got++] = sr_db_int64(st, 0);
		sr_db_reset(st);
		if (rc != SR_DB_DONE || got != m) {
			fail(s, SR_EIO, "making clusters");
			return false;
		}
		qsort(ids + done, m, sizeof *ids, cmp_id);
		done += m;
	}
	return true;
}

/* An article's events (their JSON e[] and lines json[], their clusters
 * cl[]) in statements of up to MAX_ROWS rows. */
static bool add_events(sr_store *s, int64_t article, json_t *const *e, char *const *json, const int64_t *cl, size_t n)
{
	for (size_t done = 0; done < n;) {
		size_t m = n - done < MAX_ROWS ? n - done : MAX_ROWS;
		sr_db_stmt *st = multi_insert(s, false, m);
		if (!st)
			return false;
		for (size_t r = 0; r < m; r++) {
			int base = (int)r * EVENT_PARAMS;
			bind_event(st, base, article, (int)(done + r), e[done + r], json[done + r]);
			sr_db_bind_int64(st, base + EVENT_PARAMS, cl[done + r]);
		}
		if (!step_done(st)) {
			fail(s, SR_EIO, "adding the events");
			return false;
		}
		done += m;
	}
	return true;
}

/* The dates of article a's events that name the actor or place whose id
 * is ID (an SQL expression), as EXPR over them. */
#define OF_ARTICLE(EXPR, COND) "(SELECT " EXPR " FROM events e WHERE e.article = ?1 AND (" COND "))"
/* A row's count and date span taking in the events COND picks of article
 * ?1.  (COND's unary + keeps SQLite on the article's index: an actor's or
 * place's own index would read every event it has.) */
#define COUNT_UP(COND)                                                                                         \
	" n_events = n_events + " OF_ARTICLE("count(*)", COND) ","                                                  \
	" first_date = CASE WHEN first_date IS NULL OR " OF_ARTICLE("min(e.date_first)", COND) " < first_date"      \
	"   THEN " OF_ARTICLE("min(e.date_first)", COND) " ELSE first_date END,"                                    \
	" last_date = CASE WHEN last_date IS NULL OR " OF_ARTICLE("max(coalesce(e.date_last, e.date_first))", COND)  \
	"   > last_date THEN " OF_ARTICLE("max(coalesce(e.date_last, e.date_first))", COND) " ELSE last_date END"

/* The actors and places of article a's events: each kept once in actors
 * and places (its words as first seen, in event order), the events linked
 * to them, and their counts and date spans taking them in (an actor on
 * both sides of an event counted once).  Counting up keeps an article's
 * cost the same however many events an actor has; a replaced article's
 * actors and places are counted again from their events (refresh_named). */
static bool link_actors_places(sr_store *s, int64_t a)
{
	return run_with_id(
	    s,
	    "INSERT INTO actors (key, code, name, country, sectors) SELECT k, code, name, country, sectors FROM ("
	    " SELECT id, 0 AS side, coalesce(source_code, lower(source_text)) AS k, source_code AS code,"
	    " coalesce(source_text, source_code) AS name, source_country AS country, source_sector AS sectors"
	    " FROM events WHERE article = ?1 AND coalesce(source_code, source_text) IS NOT NULL UNION ALL"
	    " SELECT id, 1, coalesce(target_code, lower(target_text)), target_code, coalesce(target_text, target_code),"
	    " target_country, target_sector FROM events WHERE article = ?1 AND coalesce(target_code, target_text) IS NOT NULL"
	    ") AS x WHERE TRUE ORDER BY id, side ON CONFLICT (key) DO NOTHING;"
	    "INSERT INTO places (key, geonameid, name, lat, lon, country, admin1, precision) SELECT"
	    " coalesce(CAST(geonameid AS TEXT), place_name || '|' || coalesce(country, '') || '|' || coalesce(admin1, '')),"
	    " geonameid, place_name, lat, lon, country, admin1, place_precision FROM events"
	    " WHERE article = ?1 AND place_name IS NOT NULL ORDER BY id ON CONFLICT (key) DO NOTHING;"
	    "UPDATE events SET"
	    " source_actor = (SELECT id FROM actors WHERE key = coalesce(events.source_code, lower(events.source_text))),"
	    " target_actor = (SELECT id FROM actors WHERE key = coalesce(events.target_code, lower(events.target_text))),"
	    " place = (SELECT id FROM places WHERE key = coalesce(CAST(events.geonameid AS TEXT), events.place_name || '|'"
	    "   || coalesce(events.country, '') || '|' || coalesce(events.admin1, '')))"
	    " WHERE article = ?1;"
	    "UPDATE actors SET" COUNT_UP("+e.source_actor = actors.id OR +e.target_actor = actors.id")
	    " WHERE id IN (SELECT source_actor FROM events WHERE article = ?1 UNION SELECT target_actor FROM events"
	    " WHERE article = ?1);"
	    "UPDATE places SET" COUNT_UP("+e.place = places.id")
	    " WHERE id IN (SELECT place FROM events WHERE article = ?1)",
	    a, "naming the actors and places");
}

/* The figures of an actor (kind 0) or a place (kind 1) brought up to date;
 * one no event names any more is removed. */
static bool refresh_named(sr_store *s, int kind, int64_t id)
{
	return run_with_id(
	    s,
	    kind == 0
	        ? "UPDATE actors SET n_events = (SELECT count(*) FROM events e WHERE e.source_actor = ?1 OR e.target_actor = ?1),"
	          " first_date = (SELECT min(date_first) FROM events e WHERE e.source_actor = ?1 OR e.target_actor = ?1),"
	          " last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.source_actor = ?1 OR"
	          " e.target_actor = ?1) WHERE id = ?1;"
	          "DELETE FROM actors WHERE id = ?1 AND n_events = 0"
	        : "UPDATE places SET n_events = (SELECT count(*) FROM events e WHERE e.place = ?1),"
	          " first_date = (SELECT min(date_first) FROM events e WHERE e.place = ?1),"
	          " last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.place = ?1) WHERE id = ?1;"
	          "DELETE FROM places WHERE id = ?1 AND n_events = 0",
	    id, "updating an actor or place");
}

/* The ids sql (one column, ?1 bound to arg) gives: the clusters, actors or
 * places an article's events name, to refresh once the events are gone or
 * new. */
static int64_t *ids_of(sr_store *s, const char *sql, int64_t arg, size_t *n)
{
	*n = 0;
	sr_db_stmt *st = NULL;
	int64_t *v = NULL;
	size_t cap = 0;
	bool end;
	if (!(st = stmt(s, sql, 0, &end)))
		return NULL;
	sr_db_bind_int64(st, 1, arg);
	while (sr_db_step(st) == SR_DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			int64_t *p = realloc(v, cap * sizeof *p);
			if (!p)
				break;
			v = p;
		}
		v[(*n)++] = sr_db_int64(st, 0);
	}
	sr_db_reset(st);
	return v;
}

static const char ACTORS_OF[] = "SELECT source_actor FROM events WHERE article = ?1 AND source_actor IS NOT NULL "
                                "UNION SELECT target_actor FROM events WHERE article = ?1 AND target_actor IS NOT NULL";
static const char PLACES_OF[] = "SELECT DISTINCT place FROM events WHERE article = ?1 AND place IS NOT NULL";
static const char CLUSTERS_OF[] = "SELECT DISTINCT cluster FROM events WHERE article = ?1 AND cluster IS NOT NULL";

/* ---- putting an article ------------------------------------------------------ */

sr_status sr_store_put(sr_store *s, const sr_article *a, const sr_doc *doc, const sr_event *ev, size_t n,
                       int32_t day, sr_put_result *res)
{
	if (res)
		*res = 0;
	if (!s || !s->db || !s->del_events || !a || !a->id) {
		if (s)
			snprintf(s->err, sizeof s->err, "%s", !s->del_events ? "the store is not open" : "no article to store");
		return SR_EINVAL;
	}
	/* the article and its events as sitrep prints them */
	size_t alen = 0;
	char *ajson = sr_article_json(a, &alen);
	char *ejson = NULL;
	size_t elen = 0;
	if (!ajson) {
		snprintf(s->err, sizeof s->err, "out of memory");
		return SR_ENOMEM;
	}
	if (doc && n) {
		FILE *f = open_memstream(&ejson, &elen);
		sr_status st = f ? sr_events_write_json(doc, ev, n, a->id, day, f) : SR_ENOMEM;
		if (f && fclose(f) != 0 && st == SR_OK)
			st = SR_ENOMEM;
		if (st != SR_OK) {
			free(ajson);
			free(ejson);
			snprintf(s->err, sizeof s->err, "the events' JSON: %s", sr_status_str(st));
			return st;
		}
	}
	json_error_t jerr;
	json_t *aj = json_loadb(ajson, alen, 0, &jerr);
	if (!aj) {
		free(ajson);
		free(ejson);
		snprintf(s->err, sizeof s->err, "the article's JSON: %s", jerr.text);
		return SR_EPARSE;
	}
	/* the events, a line each */
	size_t ne = 0, cap = 0;
	json_t **evs = NULL;
	char **lines = NULL;
	sr_status st = SR_OK;
	for (char *p = ejson, *end = ejson ? ejson + elen : NULL; p && p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t ln = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (ln) {
			if (ne == cap) {
				cap = cap ? cap * 2 : 16;
				json_t **ne_ = realloc(evs, cap * sizeof *ne_);
				char **nl_ = ne_ ? realloc(lines, cap * sizeof *nl_) : NULL;
				if (ne_)
					evs = ne_;
				if (nl_)
					lines = nl_;
				if (!ne_ || !nl_) {
					st = SR_ENOMEM;
					break;
				}
			}
			p[ln] = '\0';
			evs[ne] = json_loadb(p, ln, 0, &jerr);
			lines[ne] = p;
			if (!evs[ne]) {
				snprintf(s->err, sizeof s->err, "an event's JSON: %s", jerr.text);
				st = SR_EPARSE;
				break;
			}
			ne++;
		}
		p += ln + 1;
	}
	char now[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sr_put_result done = 0;
	if (st == SR_OK && !sr_db_begin(s->db))
		st = fail(s, SR_EIO, "starting a transaction");
	bool open_tx = st == SR_OK;
	int64_t rowid = -1, *old_clusters = NULL, *old_actors = NULL, *old_places = NULL;
	size_t n_old = 0, n_old_actors = 0, n_old_places = 0;
	if (st == SR_OK) {
		sr_db_bind_text(s->find, 1, a->id, -1);
		int rc = sr_db_step(s->find);
		bool same = false;
		if (rc == SR_DB_ROW) {
			rowid = sr_db_int64(s->find, 0);
			const char *h = sr_db_text(s->find, 1);
			same = h && a->content_hash && strcmp(h, a->content_hash) == 0;
		} else if (rc != SR_DB_DONE) {
			st = fail(s, SR_EIO, "looking the article up");
		}
		sr_db_reset(s->find);
		if (st == SR_OK && same) {
			done = SR_PUT_UNCHANGED;
		} else if (st == SR_OK && rowid >= 0) {
			/* a new version: its old text out of the index, its old events out */
			if (s->old_text) { /* SQLite's FTS5 table */
				sr_db_bind_int64(s->old_text, 1, rowid);
				if (sr_db_step(s->old_text) == SR_DB_ROW) {
					sr_db_bind_int64(s->fts_del, 1, rowid);
					for (int c = 0; c < 2; c++)
						sr_db_bind_text(s->fts_del, 2 + c, sr_db_text(s->old_text, c),
						                (int)sr_db_bytes(s->old_text, c));
					if (!step_done(s->fts_del))
						st = fail(s, SR_EIO, "unindexing the old version");
				}
				sr_db_reset(s->old_text);
			}
			old_clusters = ids_of(s, CLUSTERS_OF, rowid, &n_old);
			old_actors = ids_of(s, ACTORS_OF, rowid, &n_old_actors);
			old_places = ids_of(s, PLACES_OF, rowid, &n_old_places);
			sr_db_bind_int64(s->del_events, 1, rowid);
			if (st == SR_OK && !step_done(s->del_events))
				st = fail(s, SR_EIO, "removing the old version's events");
			if (st == SR_OK) {
				bind_article(s->upd_article, aj, now, (int)ne, ajson);
				sr_db_bind_int64(s->upd_article, 19, rowid);
				if (!step_done(s->upd_article))
					st = fail(s, SR_EIO, "replacing the article");
			}
			done = SR_PUT_REPLACED;
		} else if (st == SR_OK) {
			bind_article(s->ins_article, aj, now, (int)ne, ajson);
			bool ok;
			rowid = sr_db_step_id(s->ins_article, &ok);
			if (!ok || rowid < 0)
				st = fail(s, SR_EIO, "adding the article");
			done = SR_PUT_NEW;
		}
		if (st == SR_OK && done != SR_PUT_UNCHANGED) {
			if (s->fts_ins) {
				sr_db_bind_int64(s->fts_ins, 1, rowid);
				bind_json(s->fts_ins, 2, json_object_get(aj, "title"));
				bind_json(s->fts_ins, 3, json_object_get(aj, "text"));
				if (!step_done(s->fts_ins))
					st = fail(s, SR_EIO, "indexing the article's text");
			}
			/* each event's cluster: a held one, one an earlier event of
			 * the article makes, or its own; the new clusters go in, then
			 * the events with theirs */
			int64_t *cl = ne ? calloc(ne, sizeof *cl) : NULL, *made_ids = ne ? calloc(ne, sizeof *made_ids) : NULL;
			long *made_k = ne ? calloc(ne, sizeof *made_k) : NULL;
			cluster_key *made = ne ? calloc(ne, sizeof *made) : NULL;
			json_t **made_e = ne ? calloc(ne, sizeof *made_e) : NULL;
			size_t n_made = 0;
			if (ne && (!cl || !made_ids || !made_k || !made || !made_e)) {
				snprintf(s->err, sizeof s->err, "out of memory");
				st = SR_ENOMEM;
			}
			for (size_t i = 0; i < ne && st == SR_OK; i++) {
				long k;
				if (!find_cluster(s, evs[i], made, n_made, &cl[i], &k)) {
					st = SR_EIO;
				} else if (cl[i] < 0 && k < 0) {
					made[n_made] = key_of_event(evs[i]);
					made_e[n_made] = evs[i];
					made_k[i] = (long)n_made++;
				} else {
					made_k[i] = k; /* -1 for a held cluster */
				}
			}
			if (st == SR_OK && n_made && !new_clusters(s, made_e, n_made, now, made_ids))
				st = SR_EIO;
			for (size_t i = 0; i < ne && st == SR_OK; i++)
				if (made_k[i] >= 0)
					cl[i] = made_ids[made_k[i]];
			if (st == SR_OK && ne && !add_events(s, rowid, evs, lines, cl, ne))
				st = SR_EIO;
			free(cl);
			free(made_ids);
			free(made_k);
			free(made);
			free(made_e);
			if (st == SR_OK && ne && (!link_actors_places(s, rowid) || !refresh_clusters_of(s, rowid)))
				st = SR_EIO;
			/* the clusters, actors and places of the old version's events,
			 * counted again (the new events' were counted up above) */
			for (size_t i = 0; i < n_old && st == SR_OK; i++)
				if (!refresh_cluster(s, old_clusters[i]))
					st = SR_EIO;
			for (size_t i = 0; i < n_old_actors && st == SR_OK; i++)
				if (!refresh_named(s, 0, old_actors[i]))
					st = SR_EIO;
			for (size_t i = 0; i < n_old_places && st == SR_OK; i++)
				if (!refresh_named(s, 1, old_places[i]))
					st = SR_EIO;
		}
	}
	if (open_tx) {
		if (st == SR_OK && !sr_db_commit(s->db))
			st = fail(s, SR_EIO, "committing the article");
		if (st != SR_OK)
			sr_db_rollback(s->db);
	}
	/* PostgreSQL plans by its statistics, and a new store's say its tables
	 * are empty (plans that read whole tables once they are not, ten
	 * times slower); the server's autovacuum catches up in time, so the
	 * ingest refreshes them itself as the store first grows: after 32,
	 * 128, 512 ... articles, then every 32,768 */
	if (st == SR_OK && s->pg && done != SR_PUT_UNCHANGED && ++s->n_written >= s->next_analyze) {
		s->next_analyze = s->next_analyze < 32768 ? s->next_analyze * 4 : s->next_analyze + 32768;
		exec(s, "ANALYZE articles, events, clusters, actors, places"); /* a failure only costs speed */
	}
	free(old_clusters);
	free(old_actors);
	free(old_places);
	for (size_t i = 0; i < ne; i++)
		json_decref(evs[i]);
	free(evs);
	free(lines);
	json_decref(aj);
	free(ajson);
	free(ejson);
	if (st == SR_OK && res)
		*res = done;
	return st;
}

int sr_store_has(sr_store *s, const char *id, const char *content_hash)
{
	if (!s || !s->db || !s->find || !id)
		return -1;
	sr_db_bind_text(s->find, 1, id, -1);
	int rc = sr_db_step(s->find), r = 0;
	if (rc == SR_DB_ROW) {
		const char *h = sr_db_text(s->find, 1);
		r = h && content_hash && strcmp(h, content_hash) == 0;
	} else if (rc != SR_DB_DONE) {
		fail(s, SR_EIO, "looking the article up");
		r = -1;
	}
	sr_db_reset(s->find);
	return r;
}

sr_status sr_store_counts(sr_store *s, long long *articles, long long *events)
{
	sr_db_stmt *st = NULL;
	if (!(st = sr_db_prepare(s->db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", NULL, false)))
		return fail(s, SR_EIO, "counting");
	sr_status r = SR_OK;
	if (sr_db_step(st) == SR_DB_ROW) {
		*articles = sr_db_int64(st, 0);
		*events = sr_db_int64(st, 1);
	} else {
		r = fail(s, SR_EIO, "counting");
	}
	sr_db_finalize(st);
	return r;
}

/* ---- queries ------------------------------------------------------------------ */


static bool all_digits(const char *t)
{
	if (!*t)
		return false;
	for (; *t; t++)
		if (*t < '0' || *t > '9')
			return false;
	return true;
}

/* The filters of q as SQL (appended to sql at *k) and their values. */
typedef struct binds {
	const char *txt[24];
	double num[24];
	int kinds[48], nb, nt, nn; /* kinds: 0 text, 1 number (ids fit a double's 53 bits) */
} binds;

/* The same filters serve the clusters (aliased e as well: their columns
 * bear the events' names), where what only events have (actors' countries
 * and words, low counts, texts, confidence) is left out. */
static void where_of(const sr_query *q, char *sql, size_t cap, size_t *kp, binds *bd, bool clusters, bool pg)
{
	size_t k = *kp;
	memset(bd, 0, sizeof *bd);
#define ADD(clause) k += (size_t)snprintf(sql + k, k < cap ? cap - k : 0, "%s", clause)
#define TXT(v) (bd->kinds[bd->nb++] = 0, bd->txt[bd->nt++] = (v))
#define NUM(v) (bd->kinds[bd->nb++] = 1, bd->num[bd->nn++] = (v))
	if (q->country && *q->country) {
		if (strlen(q->country) == 2 || clusters) {
			ADD(" AND e.country = upper(?)");
			TXT(q->country);
		} else {
			ADD(" AND (e.source_country = upper(?) OR e.target_country = upper(?))");
			TXT(q->country);
			TXT(q->country);
		}
	}
	if (q->from && *q->from) {
		ADD(" AND coalesce(e.date_last, e.date_first) >= ?");
		TXT(q->from);
	}
	if (q->to && *q->to) {
		ADD(" AND e.date_first <= ?");
		TXT(q->to);
	}
	if (q->type && *q->type) {
		if (all_digits(q->type)) {
			ADD(strlen(q->type) == 2 ? " AND e.root = ?" : " AND e.cameo LIKE ? || '%'");
			TXT(q->type);
		} else {
			ADD(pg ? " AND (e.plover_type = upper(?) OR lower(e.acled_event_type) = lower(?) OR "
			         "lower(e.acled_sub_event_type) = lower(?))"
			       : " AND (e.plover_type = upper(?) OR e.acled_event_type = ? COLLATE NOCASE OR "
			         "e.acled_sub_event_type = ? COLLATE NOCASE)");
			TXT(q->type);
			TXT(q->type);
			TXT(q->type);
		}
	}
	if (q->actor && *q->actor) {
		ADD(clusters ? " AND (e.source_code LIKE ? || '%' OR e.target_code LIKE ? || '%')"
		             : " AND (e.source_code LIKE ? || '%' OR e.target_code LIKE ? || '%' OR "
		               "e.source_text LIKE '%' || ? || '%' OR e.target_text LIKE '%' || ? || '%')");
		for (int i = 0; i < (clusters ? 2 : 4); i++)
			TXT(q->actor);
	}
	if (q->min_killed > 0) {
		ADD(clusters ? " AND e.killed_best >= ?" : " AND coalesce(e.killed_best, e.killed_low) >= ?");
		NUM((double)q->min_killed);
	}
	if (q->text && *q->text && !clusters) {
		/* SQLite: FTS5's query syntax; PostgreSQL: web search syntax
		 * ("quoted phrases", or, -word) */
		ADD(pg ? " AND e.article IN (SELECT rowid FROM articles WHERE fts @@ websearch_to_tsquery('simple', ?))"
		       : " AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
		TXT(q->text);
	}
	if (q->min_confidence > 0 && !clusters) {
		ADD(" AND e.confidence >= ?");
		NUM(q->min_confidence);
	}
	if (q->per_cluster && !clusters)
		ADD(" AND e.id IN (SELECT representative FROM clusters)");
	if (q->id > 0) {
		ADD(" AND e.id = ?");
		NUM((double)q->id);
	}
	if (q->cluster > 0 && !clusters) {
		ADD(" AND e.cluster = ?");
		NUM((double)q->cluster);
	}
	if (q->article && *q->article && !clusters) {
		ADD(" AND a.id = ?");
		TXT(q->article);
	}
	if (q->has_cursor && !clusters) {
		/* after (date, id) in the order events come: newest first, id
		 * down, the undated last: a dated cursor's dated events, an
		 * undated one's undated (sr_store_query reads each part) */
		if (q->cursor_date && *q->cursor_date) {
			ADD(" AND e.date_first <= ? AND (e.date_first < ? OR e.id < ?)");
			TXT(q->cursor_date);
			TXT(q->cursor_date);
		} else {
			ADD(" AND e.date_first IS NULL AND e.id < ?");
		}
		NUM((double)q->cursor_id);
	}
	if (q->has_bbox) {
		ADD(" AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
		NUM(q->bbox[1]);
		NUM(q->bbox[3]);
		NUM(q->bbox[0]);
		NUM(q->bbox[2]);
	}
	if (q->has_near) {
		/* the box around the circle in SQL (an index range), the circle in C */
		double dlat = q->near_km / 111.0, c = cos(q->near_lat * 3.14159265358979 / 180);
		double dlon = c > 0.01 ? q->near_km / (111.0 * c) : 360;
		ADD(" AND e.lat BETWEEN ? AND ?");
		NUM(q->near_lat - dlat);
		NUM(q->near_lat + dlat);
		if (dlon < 180) {
			ADD(" AND e.lon BETWEEN ? AND ?");
			NUM(q->near_lon - dlon);
			NUM(q->near_lon + dlon);
		}
	}
#undef ADD
#undef TXT
#undef NUM
	*kp = k;
}

static void bind_all(sr_db_stmt *st, const binds *bd, int first)
{
	for (int i = 0, ti = 0, ni = 0; i < bd->nb; i++) {
		if (bd->kinds[i] == 0)
			sr_db_bind_text(st, first + i, bd->txt[ti++], -1);
		else
			sr_db_bind_double(st, first + i, bd->num[ni++]);
	}
}

/* The statement of a query where_of helped make (k bytes of a buffer of
 * cap), the filters' values bound from parameter first on: SR_OK with
 * *out set; SR_EINVAL when the SQL did not fit, SR_EIO when it could not
 * be prepared (the store's error says so, what naming the call). */
static sr_status prepare_query(sr_store *s, const char *sql, size_t k, size_t cap, const binds *bd, int first,
                               const char *what, sr_db_stmt **out)
{
	*out = NULL;
	if (k >= cap - 1) {
		snprintf(s->err, sizeof s->err, "query too long");
		return SR_EINVAL;
	}
	if (!(*out = sr_db_prepare(s->db, sql, NULL, false)))
		return fail(s, SR_EIO, what);
	bind_all(*out, bd, first);
	return SR_OK;
}

/* What a query's last step says: SR_OK at its end or where its reader
 * stopped, else the failure said (SR_EINVAL for what the query asked). */
static sr_status stepped(sr_store *s, int rc, const char *what)
{
	return rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK
	                                           : fail(s, sr_db_error_is_input(s->db) ? SR_EINVAL : SR_EIO, what);
}

/* sr_store_query's rows of one statement (the dated events q wants, or
 * with a cursor those its clause says); *found counts what fn got,
 * *stopped says fn asked to stop. */
static sr_status query_part(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row), void *user,
                            long *found, bool *stopped)
{
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT e.id, e.date_first, e.date_last, e.country, e.place_name, e.cameo, "
	                            "e.plover_type, e.acled_sub_event_type, coalesce(e.source_code, e.source_text), "
	                            "coalesce(e.target_code, e.target_text), coalesce(e.killed_best, e.killed_low), "
	                            "e.lat, e.lon, a.id, a.url, a.title, e.json, a.site, a.ingested, a.text, e.cluster, "
	                            "%s FROM events e JOIN articles a ON a.rowid = e.article WHERE TRUE",
	                            s->pg ? "CAST(extract(epoch FROM CAST(a.ingested AS timestamptz)) AS BIGINT)"
	                                  : "CAST(strftime('%s', a.ingested) AS INTEGER)");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false, s->pg);
#define ADD(clause) k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, "%s", clause)
	/* the dated part (a cursor's clause or a date filter says so already);
	 * SQLite's unary + keeps its planner from taking the term for an index
	 * range, which would trade a box's or a place's index for the day's */
	if (!q->has_cursor && !(q->from && *q->from) && !(q->to && *q->to))
		ADD(s->pg ? " AND e.date_first IS NOT NULL" : " AND +e.date_first IS NOT NULL");
	ADD(" ORDER BY e.date_first DESC, e.id DESC");
	/* the box filters in SQL; the circle is checked here, row by row */
	if (q->limit > 0 && !q->has_near)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %ld", q->limit);
#undef ADD
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 1, "query", &st);
	if (pr != SR_OK)
		return pr;
	long n = 0;
	sr_status r = SR_OK;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_query_row row;
		memset(&row, 0, sizeof row);
		row.id = sr_db_int64(st, 0);
		row.date = sr_db_text(st, 1);
		row.date_last = sr_db_text(st, 2);
		row.country = sr_db_text(st, 3);
		row.place = sr_db_text(st, 4);
		row.cameo = sr_db_text(st, 5);
		row.plover = sr_db_text(st, 6);
		row.acled = sr_db_text(st, 7);
		row.source = sr_db_text(st, 8);
		row.target = sr_db_text(st, 9);
		row.killed = sr_db_is_null(st, 10) ? -1 : sr_db_int64(st, 10);
		row.has_point = !sr_db_is_null(st, 11) && !sr_db_is_null(st, 12);
		row.lat = sr_db_double(st, 11);
		row.lon = sr_db_double(st, 12);
		row.article = sr_db_text(st, 13);
		row.url = sr_db_text(st, 14);
		row.title = sr_db_text(st, 15);
		row.json = sr_db_text(st, 16);
		row.site = sr_db_text(st, 17);
		row.ingested = sr_db_text(st, 18);
		row.text = sr_db_text(st, 19);
		row.text_len = (size_t)sr_db_bytes(st, 19);
		row.ingested_s = sr_db_int64(st, 21);
		row.cluster = sr_db_is_null(st, 20) ? 0 : sr_db_int64(st, 20);
		if (q->has_near && !(row.has_point && sr_geo_km(q->near_lat, q->near_lon, row.lat, row.lon) <= q->near_km))
			continue;
		if ((*stopped = fn(user, &row) != 0))
			break;
		if (q->limit > 0 && ++n >= q->limit)
			break;
	}
	if (r == SR_OK)
		r = stepped(s, rc, "query");
	sr_db_finalize(st);
	*found += n;
	return r;
}

sr_status sr_store_query(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row), void *user)
{
	/* newest first, the undated last: the dated events, then (when the
	 * page is not full) the undated, each statement one range of the index
	 * by day.  One statement for both needed NULLS LAST on PostgreSQL,
	 * whose indexes put NULLs first going down, and after a cursor an OR
	 * that read the index from the newest event on */
	long found = 0;
	bool stopped = false, undated_cursor = q->has_cursor && !(q->cursor_date && *q->cursor_date);
	sr_status r = undated_cursor ? SR_OK : query_part(s, q, fn, user, &found, &stopped);
	/* a date filter leaves the undated out */
	bool dates = (q->from && *q->from) || (q->to && *q->to);
	if (r != SR_OK || stopped || dates || (q->limit > 0 && found >= q->limit))
		return r;
	sr_query undated = *q; /* a cursor before every undated event, or the one given */
	undated.has_cursor = 1;
	undated.cursor_date = NULL;
	if (!undated_cursor)
		undated.cursor_id = INT64_MAX;
	undated.limit = q->limit > 0 ? q->limit - found : 0;
	return query_part(s, &undated, fn, user, &found, &stopped);
}

sr_status sr_store_stats(sr_store *s, const sr_query *q, const char *by, size_t top,
                         int (*fn)(void *user, const char *key, long long events, long long killed), void *user)
{
	static const struct {
		const char *by, *expr;
		bool in_order;
	} BY[] = {{"day", "e.date_first", true},
	          {"month", "substr(e.date_first, 1, 7)", true},
	          {"country", "e.country", false},
	          {"root", "e.root", false},
	          {"acled", "e.acled_event_type", false},
	          {"plover", "e.plover_type", false},
	          {"actor", "coalesce(e.source_code, e.source_text)", false},
	          {"place", "e.place_name || coalesce(', ' || e.country, '')", false}};
	size_t w = 0;
	while (w < sizeof BY / sizeof *BY && strcmp(BY[w].by, by ? by : "") != 0)
		w++;
	if (w == sizeof BY / sizeof *BY) {
		snprintf(s->err, sizeof s->err, "no grouping '%s': day, month, country, root, acled, plover, actor, place",
		         by ? by : "");
		return SR_EINVAL;
	}
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT %s AS g, count(*), sum(CASE WHEN coalesce(e.killed_cumulative, 0) = 0 "
	                            "THEN coalesce(e.killed_best, e.killed_low, 0) ELSE 0 END) "
	                            "FROM events e JOIN articles a ON a.rowid = e.article WHERE TRUE",
	                            BY[w].expr);
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false, s->pg);
	/* days and months in order; with a top, the latest */
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " AND (%s) IS NOT NULL GROUP BY g ORDER BY %s", BY[w].expr,
	                      BY[w].in_order ? (top ? "g DESC" : "g") : "2 DESC, g");
	if (top)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %zu", top);
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 1, "stats", &st);
	if (pr != SR_OK)
		return pr;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_text(st, 0), sr_db_int64(st, 1), sr_db_int64(st, 2)))
			break;
	sr_status r = stepped(s, rc, "stats");
	sr_db_finalize(st);
	return r;
}

sr_status sr_store_clusters(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_cluster_row *row),
                            void *user)
{
	char sql[2048];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT id, n_events, n_articles, n_sources, first_seen, date_first, date_last, root, "
	                            "cameo, acled_event_type, plover_type, source_code, target_code, place_name, country, "
	                            "killed_best, lat, lon, representative FROM clusters e WHERE TRUE");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, true, s->pg);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0,
	                      s->pg ? " ORDER BY n_articles DESC, n_sources DESC, date_first DESC NULLS LAST, id DESC"
	                            : " ORDER BY n_articles DESC, n_sources DESC, date_first DESC, id DESC");
	if (q->limit > 0)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %ld", q->limit);
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 1, "clusters", &st);
	if (pr != SR_OK)
		return pr;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_cluster_row r;
		memset(&r, 0, sizeof r);
		r.id = sr_db_int64(st, 0);
		r.n_events = sr_db_int64(st, 1);
		r.n_articles = sr_db_int64(st, 2);
		r.n_sources = sr_db_int64(st, 3);
		r.first_seen = col_text(st, 4);
		r.date_first = col_text(st, 5);
		r.date_last = col_text(st, 6);
		r.root = col_text(st, 7);
		r.cameo = col_text(st, 8);
		r.acled = col_text(st, 9);
		r.plover = col_text(st, 10);
		r.source = col_text(st, 11);
		r.target = col_text(st, 12);
		r.place = col_text(st, 13);
		r.country = col_text(st, 14);
		r.killed = sr_db_is_null(st, 15) ? -1 : sr_db_int64(st, 15);
		r.has_point = !sr_db_is_null(st, 16);
		r.lat = sr_db_double(st, 16);
		r.lon = sr_db_double(st, 17);
		r.representative = sr_db_int64(st, 18);
		if (fn(user, &r))
			break;
	}
	sr_status res = rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK : fail(s, SR_EIO, "clusters");
	sr_db_finalize(st);
	return res;
}

/* An event's type when it has no ACLED one: its CAMEO root's (the
 * timeline's and the map's CASE e.root ... ELSE 'Other' END) */
#define ROOT_TYPES                                                                                             \
	"WHEN '18' THEN 'Assault' WHEN '19' THEN 'Fight' WHEN '20' THEN 'Mass violence' "                          \
	"WHEN '14' THEN 'Protest' WHEN '17' THEN 'Coerce' WHEN '13' THEN 'Threaten'"
/* An event's incident dead, summed (cumulative tolls left out) */
#define KILLED_SUM                                                                                             \
	"sum(CASE WHEN coalesce(e.killed_cumulative, 0) = 0 THEN coalesce(e.killed_best, e.killed_low, 0) ELSE 0 END)"

sr_status sr_store_timeline(sr_store *s, const sr_query *q, const char *unit,
                            int (*fn)(void *user, const char *day, const char *type, long long events, long long killed),
                            void *user)
{
	/* the bucket's first day, spelled per database */
	const char *bucket;
	if (!unit || !strcmp(unit, "day"))
		bucket = "e.date_first";
	else if (!strcmp(unit, "month"))
		bucket = "substr(e.date_first, 1, 7) || '-01'";
	else if (!strcmp(unit, "week"))
		bucket = s->pg ? "to_char(date_trunc('week', CAST(e.date_first AS date)), 'YYYY-MM-DD')"
		               : "date(e.date_first, '-' || ((CAST(strftime('%w', e.date_first) AS INTEGER) + 6) % 7) || ' days')";
	else {
		snprintf(s->err, sizeof s->err, "no time unit '%s': day, week or month", unit);
		return SR_EINVAL;
	}
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT %s AS b, coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END) AS t, "
	                            "count(*), " KILLED_SUM " FROM events e%s WHERE e.date_first IS NOT NULL",
	                            bucket, ROOT_TYPES,
	                            /* the articles only when a filter reads them */
	                            q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false, s->pg);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " GROUP BY b, t ORDER BY b, t");
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 1, "timeline", &st);
	if (pr != SR_OK)
		return pr;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, col_text(st, 0), col_text(st, 1), sr_db_int64(st, 2), sr_db_int64(st, 3)))
			break;
	sr_status r = stepped(s, rc, "timeline");
	sr_db_finalize(st);
	return r;
}

sr_status sr_store_article(sr_store *s, const char *id, char **json)
{
	*json = NULL;
	sr_db_stmt *st = sr_db_prepare(s->db, "SELECT json FROM articles WHERE id = ?", NULL, false);
	if (!st)
		return fail(s, SR_EIO, "article");
	sr_db_bind_text(st, 1, id, -1);
	int rc = sr_db_step(st);
	sr_status r = SR_OK;
	if (rc == SR_DB_ROW) {
		const char *t = sr_db_text(st, 0);
		if (t && !(*json = strdup(t)))
			r = SR_ENOMEM;
	} else if (rc != SR_DB_DONE) {
		r = fail(s, SR_EIO, "article");
	}
	sr_db_finalize(st);
	return r;
}

sr_status sr_store_named(sr_store *s, int places, const char *country, long limit,
                         int (*fn)(void *user, const sr_named_row *row), void *user)
{
	char sql[512];
	snprintf(sql, sizeof sql,
	         places ? "SELECT id, n_events, key, CAST(geonameid AS TEXT), name, country, first_date, last_date, lat, lon "
	                  "FROM places WHERE (? = '' OR country = upper(?)) ORDER BY n_events DESC, id LIMIT %ld"
	                : "SELECT id, n_events, key, code, name, country, first_date, last_date, NULL, NULL "
	                  "FROM actors WHERE (? = '' OR country = upper(?)) ORDER BY n_events DESC, id LIMIT %ld",
	         limit > 0 ? limit : 100);
	sr_db_stmt *st = sr_db_prepare(s->db, sql, NULL, false);
	if (!st)
		return fail(s, SR_EIO, places ? "places" : "actors");
	sr_db_bind_text(st, 1, country ? country : "", -1);
	sr_db_bind_text(st, 2, country ? country : "", -1);
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_named_row r = {.id = sr_db_int64(st, 0), .n_events = sr_db_int64(st, 1), .key = col_text(st, 2),
		                  .code = col_text(st, 3), .name = col_text(st, 4), .country = col_text(st, 5),
		                  .first_date = col_text(st, 6), .last_date = col_text(st, 7),
		                  .has_point = !sr_db_is_null(st, 8), .lat = sr_db_double(st, 8), .lon = sr_db_double(st, 9)};
		if (fn(user, &r))
			break;
	}
	sr_status res = rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK : fail(s, SR_EIO, places ? "places" : "actors");
	sr_db_finalize(st);
	return res;
}

/* YYYY-MM-DD (or YYYYMMDD) as YYYYMMDD, 0 when it is neither. */
static int32_t day_int(const char *s)
{
	int y, m, d;
	if (s && (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 || sscanf(s, "%4d%2d%2d", &y, &m, &d) == 3))
		return y * 10000 + m * 100 + d;
	return 0;
}

sr_status sr_store_ingest(sr_store *s, const sr_dict *dict, const sr_article *a, int32_t fallback_day,
                          sr_ingest_result *r)
{
	memset(r, 0, sizeof *r);
	if (!a || !a->id) {
		snprintf(s->err, sizeof s->err, "no article to store");
		return SR_EINVAL;
	}
	/* held already with this text: nothing to analyse, code or write */
	int held = sr_store_has(s, a->id, a->content_hash);
	if (held < 0)
		return SR_EIO;
	if (held) {
		r->put = SR_PUT_UNCHANGED;
		return SR_OK;
	}
	int32_t day = day_int(a->published) ? day_int(a->published) : fallback_day;
	if (!day) {
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		day = (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
	}
	r->day = day;
	/* the dictionaries are English: other articles are kept uncoded */
	r->coded = !a->language || strcmp(a->language, "en") == 0;
	sr_doc *doc = NULL;
	sr_event *ev = NULL;
	size_t ne = 0;
	sr_status st = SR_OK;
	if (r->coded) {
		st = sr_analyze(a->text ? a->text : "", a->text_len, a->paragraphs, a->n_paragraphs, &doc);
		if (st == SR_OK)
			st = sr_code(dict, doc, day, 0, &ev, &ne);
	}
	if (st != SR_OK) {
		r->stage = st;
		snprintf(s->err, sizeof s->err, "%s", sr_status_str(st));
	} else {
		s->err[0] = '\0';
		st = sr_store_put(s, a, r->coded ? doc : NULL, ev, ne, day, &r->put);
		if (st == SR_OK)
			r->n_events = ne;
	}
	free(ev);
	sr_doc_free(doc);
	return st;
}

/* SQLite groups by sorting: a million events' cells would be sorted for
 * each map.  Here the events' points stream from the grid index and are
 * summed in a hash table of (cell, type), then handed over in order. */
typedef struct grid_cell {
	long long cy, cx, events, killed, newest;
	int type;
	double lat, lon;
} grid_cell;

static int cmp_cell(const void *a, const void *b, void *names)
{
	const grid_cell *x = a, *y = b;
	if (x->cy != y->cy)
		return x->cy < y->cy ? -1 : 1;
	if (x->cx != y->cx)
		return x->cx < y->cx ? -1 : 1;
	char *const *n = names;
	return strcmp(n[x->type], n[y->type]);
}

static sr_status grid_in_c(sr_store *s, const sr_query *q, double cell,
                           int (*fn)(void *user, long long cy, long long cx, const char *type, double lat, double lon,
                                     long long events, long long killed, long long newest),
                           void *user)
{
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT e.lat, e.lon, coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END), "
	                            "CASE WHEN coalesce(e.killed_cumulative, 0) = 0 THEN coalesce(e.killed_best, e.killed_low, 0) "
	                            "ELSE 0 END, e.id FROM events e%s WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL",
	                            ROOT_TYPES, q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false, false);
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 1, "map", &st);
	if (pr != SR_OK)
		return pr;
	char *names[64];
	int n_names = 0;
	size_t cap = 1024, n = 0;
	grid_cell *cells = calloc(cap, sizeof *cells);
	sr_status r = cells ? SR_OK : SR_ENOMEM;
	int rc;
	while (r == SR_OK && (rc = sr_db_step(st)) == SR_DB_ROW) {
		double lat = sr_db_double(st, 0), lon = sr_db_double(st, 1);
		const char *t = col_text(st, 2);
		int ti = 0;
		while (ti < n_names && strcmp(names[ti], t ? t : "Other"))
			ti++;
		if (ti == n_names) {
			if (n_names == 64) {
				ti = 0; /* more than 64 types: the first takes the rest */
			} else if (!(names[n_names] = strdup(t ? t : "Other"))) {
				r = SR_ENOMEM;
				break;
			} else {
				n_names++;
			}
		}
		long long cy = (long long)((lat + 90) / cell), cx = (long long)((lon + 180) / cell);
		/* open addressing on (cy, cx, type); the table at most half full */
		if (2 * (n + 1) > cap) {
			grid_cell *bigger = calloc(cap * 2, sizeof *bigger);
			if (!bigger) {
				r = SR_ENOMEM;
				break;
			}
			for (size_t i = 0; i < cap; i++)
				if (cells[i].events) {
					grid_cell *c = &cells[i];
					size_t h = ((size_t)c->cy * 73856093u ^ (size_t)c->cx * 19349663u ^ (size_t)c->type * 83492791u) &
					           (cap * 2 - 1);
					while (bigger[h].events)
						h = (h + 1) & (cap * 2 - 1);
					bigger[h] = *c;
				}
			free(cells);
			cells = bigger;
			cap *= 2;
		}
		size_t h = ((size_t)cy * 73856093u ^ (size_t)cx * 19349663u ^ (size_t)ti * 83492791u) & (cap - 1);
		while (cells[h].events && (cells[h].cy != cy || cells[h].cx != cx || cells[h].type != ti))
			h = (h + 1) & (cap - 1);
		grid_cell *c = &cells[h];
		if (!c->events) {
			c->cy = cy, c->cx = cx, c->type = ti;
			n++;
		}
		c->events++;
		c->killed += sr_db_int64(st, 3);
		c->lat += lat;
		c->lon += lon;
		long long id = sr_db_int64(st, 4);
		if (id > c->newest)
			c->newest = id;
	}
	if (r == SR_OK)
		r = stepped(s, rc, "map");
	sr_db_finalize(st);
	if (r == SR_OK) {
		/* the cells in order, packed to the front */
		size_t m = 0;
		for (size_t i = 0; i < cap; i++)
			if (cells[i].events)
				cells[m++] = cells[i];
		qsort_r(cells, m, sizeof *cells, cmp_cell, names);
		for (size_t i = 0; i < m; i++) {
			grid_cell *c = &cells[i];
			if (fn(user, c->cy, c->cx, names[c->type], c->lat / (double)c->events, c->lon / (double)c->events,
			       c->events, c->killed, c->newest))
				break;
		}
	} else if (r == SR_ENOMEM) {
		snprintf(s->err, sizeof s->err, "out of memory");
	}
	free(cells);
	for (int i = 0; i < n_names; i++)
		free(names[i]);
	return r;
}

sr_status sr_store_grid(sr_store *s, const sr_query *q, double cell,
                        int (*fn)(void *user, long long cy, long long cx, const char *type, double lat, double lon,
                                  long long events, long long killed, long long newest),
                        void *user)
{
	if (!(cell > 0.0001 && cell <= 90)) {
		snprintf(s->err, sizeof s->err, "a cell of 0.0001 to 90 degrees");
		return SR_EINVAL;
	}
	/* SQLite: summed in a hash table here; PostgreSQL: grouped in SQL */
	if (!s->pg)
		return grid_in_c(s, q, cell, fn, user);
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT floor((e.lat + 90) / ?1) AS cy, floor((e.lon + 180) / ?1) AS cx, "
	                            "coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END) AS t, "
	                            "avg(e.lat), avg(e.lon), count(*), " KILLED_SUM ", max(e.id) "
	                            "FROM events e%s WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL",
	                            ROOT_TYPES, q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false, true);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " GROUP BY cy, cx, t ORDER BY cy, cx, t");
	/* ?1 is the cell; the filters' parameters follow it */
	sr_db_stmt *st;
	sr_status pr = prepare_query(s, sql, k, sizeof sql, &bd, 2, "map", &st);
	if (pr != SR_OK)
		return pr;
	sr_db_bind_double(st, 1, cell);
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_int64(st, 0), sr_db_int64(st, 1), col_text(st, 2), sr_db_double(st, 3), sr_db_double(st, 4),
		       sr_db_int64(st, 5), sr_db_int64(st, 6), sr_db_int64(st, 7)))
			break;
	sr_status r = stepped(s, rc, "map");
	sr_db_finalize(st);
	return r;
}
