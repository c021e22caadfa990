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

#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct sr_store {
	sqlite3 *db;
	sqlite3_stmt *find, *ins_article, *upd_article, *del_events, *ins_event, *fts_ins, *fts_del, *old_text;
	char err[512];
};

/* Migration n brings the store from version n to n + 1. */
static const char *const MIGRATIONS[] = {
    /* 0 -> 1: articles, events, full-text search over articles */
    "CREATE TABLE articles ("
    " rowid INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"           /* sitrep's id: 16 hex digits */
    " url TEXT,"                          /* canonical: the page's own link, else where it was read */
    " source_url TEXT,"                   /* where it was read (WARC target, feed item, --url) */
    " title TEXT, subtitle TEXT, site TEXT,"
    " authors TEXT,"                      /* JSON array */
    " published TEXT, published_precision TEXT, published_source TEXT,"
    " language TEXT, text TEXT, content_hash TEXT,"
    " near_duplicate_of TEXT,"            /* id of an earlier copy */
    " fetched TEXT,"                      /* when the crawler fetched it */
    " ingested TEXT NOT NULL,"            /* when the store took it (UTC) */
    " n_events INTEGER NOT NULL,"
    " json TEXT NOT NULL"                 /* the article as `sitrep extract` prints it */
    ");"
    "CREATE INDEX articles_published ON articles(published);"
    "CREATE INDEX articles_site ON articles(site);"
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY,"
    " article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"              /* its place among the article's events */
    " sentence INTEGER, sentence_start INTEGER, sentence_end INTEGER,"
    " verb TEXT, verb_start INTEGER, verb_end INTEGER,"
    " date TEXT, date_first TEXT, date_last TEXT, date_precision TEXT, date_source TEXT,"
    " source_code TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,"
    " source_country TEXT, source_sector TEXT,"
    " target_code TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,"
    " target_country TEXT, target_sector TEXT,"
    " cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL,"
    " plover_type TEXT, plover_mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,"
    " place_text TEXT, place_start INTEGER, place_end INTEGER, place_name TEXT, geonameid INTEGER,"
    " lat REAL, lon REAL, country TEXT, admin1 TEXT, place_precision TEXT, geo_source TEXT,"
    " killed_best INTEGER, killed_low INTEGER, killed_high INTEGER, killed_cumulative INTEGER,"
    " counts TEXT,"                       /* JSON array: every count of the event */
    " attribution_text TEXT, attribution_type TEXT, attribution_status TEXT,"
    " negated INTEGER, hypothetical INTEGER, passive INTEGER, rule TEXT,"
    " json TEXT NOT NULL,"                /* the event as `sitrep code` prints it */
    " UNIQUE (article, seq)"
    ");"
    "CREATE INDEX events_article ON events(article);"
    "CREATE INDEX events_date ON events(date_first);"
    "CREATE INDEX events_country ON events(country, date_first);"
    "CREATE INDEX events_root ON events(root, date_first);"
    "CREATE INDEX events_cameo ON events(cameo);"
    "CREATE INDEX events_acled ON events(acled_event_type, acled_sub_event_type);"
    "CREATE INDEX events_plover ON events(plover_type);"
    "CREATE INDEX events_lat ON events(lat, lon);"
    "CREATE INDEX events_killed ON events(killed_best);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');",
    /* 1 -> 2: clusters: one real-world event however many articles report it */
    "CREATE TABLE clusters ("
    " id INTEGER PRIMARY KEY,"
    " first_seen TEXT NOT NULL,"          /* when the store first took one of its events */
    " n_events INTEGER NOT NULL, n_articles INTEGER NOT NULL,"
    " n_sources INTEGER NOT NULL,"        /* distinct sites, syndicated copies counted once */
    " date_first TEXT, date_last TEXT,"   /* the span its events' dates cover */
    " root TEXT, cameo TEXT, acled_event_type TEXT, acled_sub_event_type TEXT, plover_type TEXT,"
    " source_code TEXT, target_code TEXT,"
    " place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, place_precision TEXT,"
    " killed_best INTEGER,"               /* the largest incident count its events report */
    " representative INTEGER"             /* the event its fields come from */
    ");"
    "CREATE INDEX clusters_date ON clusters(date_first, date_last);"
    "CREATE INDEX clusters_country ON clusters(country, date_first);"
    "ALTER TABLE events ADD COLUMN cluster INTEGER REFERENCES clusters(id);"
    "CREATE INDEX events_cluster ON events(cluster);",
    /* 2 -> 3: the actors and places the events name, each once */
    "CREATE TABLE actors ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"          /* its CAMEO code, else its words in lower case */
    " code TEXT, name TEXT,"              /* the code, and the words first seen for it */
    " country TEXT, sectors TEXT,"
    " n_events INTEGER NOT NULL DEFAULT 0," /* as source or target */
    " first_date TEXT, last_date TEXT"    /* the span of its events' dates */
    ");"
    "CREATE TABLE places ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"          /* its GeoNames id, else name|country|admin1 */
    " geonameid INTEGER, name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, precision TEXT,"
    " n_events INTEGER NOT NULL DEFAULT 0,"
    " first_date TEXT, last_date TEXT"
    ");"
    "CREATE INDEX places_country ON places(country);"
    "ALTER TABLE events ADD COLUMN source_actor INTEGER REFERENCES actors(id);"
    "ALTER TABLE events ADD COLUMN target_actor INTEGER REFERENCES actors(id);"
    "ALTER TABLE events ADD COLUMN place INTEGER REFERENCES places(id);"
    "CREATE INDEX events_source_actor ON events(source_actor);"
    "CREATE INDEX events_target_actor ON events(target_actor);"
    "CREATE INDEX events_place ON events(place);"
    /* the events stored before: their actors and places */
    "INSERT OR IGNORE INTO actors (key, code, name, country, sectors) SELECT coalesce(source_code, lower(source_text)),"
    " source_code, coalesce(source_text, source_code), source_country, source_sector FROM events"
    " WHERE coalesce(source_code, source_text) IS NOT NULL ORDER BY id;"
    "INSERT OR IGNORE INTO actors (key, code, name, country, sectors) SELECT coalesce(target_code, lower(target_text)),"
    " target_code, coalesce(target_text, target_code), target_country, target_sector FROM events"
    " WHERE coalesce(target_code, target_text) IS NOT NULL ORDER BY id;"
    "INSERT OR IGNORE INTO places (key, geonameid, name, lat, lon, country, admin1, precision) SELECT"
    " coalesce(CAST(geonameid AS TEXT), place_name || '|' || coalesce(country, '') || '|' || coalesce(admin1, '')),"
    " geonameid, place_name, lat, lon, country, admin1, place_precision FROM events WHERE place_name IS NOT NULL ORDER BY id;"
    "UPDATE events SET"
    " source_actor = (SELECT id FROM actors WHERE key = coalesce(events.source_code, lower(events.source_text))),"
    " target_actor = (SELECT id FROM actors WHERE key = coalesce(events.target_code, lower(events.target_text))),"
    " place = (SELECT id FROM places WHERE key = coalesce(CAST(events.geonameid AS TEXT), events.place_name || '|' ||"
    "   coalesce(events.country, '') || '|' || coalesce(events.admin1, '')));"
    "UPDATE actors SET n_events = (SELECT count(*) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id),"
    " first_date = (SELECT min(date_first) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id),"
    " last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.source_actor = actors.id OR e.target_actor = actors.id);"
    "UPDATE places SET n_events = (SELECT count(*) FROM events e WHERE e.place = places.id),"
    " first_date = (SELECT min(date_first) FROM events e WHERE e.place = places.id),"
    " last_date = (SELECT max(coalesce(date_last, date_first)) FROM events e WHERE e.place = places.id);",
    /* 3 -> 4: each event's confidence (the coder's heuristic) */
    "ALTER TABLE events ADD COLUMN confidence REAL;"
    "UPDATE events SET confidence = json_extract(json, '$.confidence');"
    "CREATE INDEX events_confidence ON events(confidence);",
};
#define N_MIGRATIONS (sizeof MIGRATIONS / sizeof *MIGRATIONS)
_Static_assert(N_MIGRATIONS == SR_STORE_SCHEMA, "one migration a schema version");

static sr_status fail(sr_store *s, sr_status st, const char *what)
{
	snprintf(s->err, sizeof s->err, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
	return st;
}

static bool exec(sr_store *s, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return true;
	snprintf(s->err, sizeof s->err, "%s", msg ? msg : sqlite3_errmsg(s->db));
	sqlite3_free(msg);
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
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT version FROM schema_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Bring the store up to SR_STORE_SCHEMA, a migration a transaction. */
static sr_status migrate(sr_store *s)
{
	if (!exec(s, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"))
		return SR_EIO;
	for (;;) {
		if (!exec(s, "BEGIN IMMEDIATE"))
			return SR_EIO;
		int v = version_of(s);
		if (v < 0) {
			if (!exec(s, "INSERT INTO schema_version VALUES (0)")) {
				exec(s, "ROLLBACK");
				return SR_EIO;
			}
			v = 0;
		}
		if (v > SR_STORE_SCHEMA) {
			exec(s, "ROLLBACK");
			snprintf(s->err, sizeof s->err, "the store is at schema version %d, newer than this sitrep's %d", v,
			         SR_STORE_SCHEMA);
			return SR_EINVAL;
		}
		if (v == SR_STORE_SCHEMA)
			return exec(s, "COMMIT") ? SR_OK : SR_EIO;
		char bump[64];
		snprintf(bump, sizeof bump, "UPDATE schema_version SET version = %d", v + 1);
		if (!exec(s, MIGRATIONS[v]) || !exec(s, bump)) {
			char keep[sizeof s->err], pre[64];
			memcpy(keep, s->err, sizeof keep);
			exec(s, "ROLLBACK");
			memcpy(s->err, keep, sizeof keep);
			snprintf(pre, sizeof pre, "migration to schema version %d", v + 1);
			prefix(s, pre);
			return SR_EIO;
		}
		if (!exec(s, "COMMIT"))
			return SR_EIO;
	}
}

static bool prepare(sr_store *s, sqlite3_stmt **st, const char *sql)
{
	if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK)
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
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK)
		return fail(s, SR_EIO, path);
	sqlite3_busy_timeout(s->db, 30000); /* other ingesters hold the write lock a transaction at a time */
	/* WAL: readers never wait for the writer, a crash keeps the last
	 * committed transaction; NORMAL syncs at checkpoints, which is safe
	 * against the process dying (a power cut may lose the last few) */
	/* a new store's switch to WAL takes the file for itself, and SQLite
	 * does not wait for it: another ingester opening it at the same moment
	 * tries again (for as long as the busy timeout) */
	bool wal = exec(s, "PRAGMA journal_mode=WAL");
	for (int tries = 0; !wal && tries < 300 &&
	                    (sqlite3_errcode(s->db) == SQLITE_BUSY || sqlite3_errcode(s->db) == SQLITE_LOCKED);
	     tries++) {
		sqlite3_sleep(100);
		wal = exec(s, "PRAGMA journal_mode=WAL");
	}
	if (!wal || !exec(s, "PRAGMA synchronous=NORMAL") ||
	    !exec(s, "PRAGMA foreign_keys=ON")) {
		prefix(s, path);
		return SR_EIO;
	}
	sr_status st = migrate(s);
	if (st != SR_OK) {
		prefix(s, path);
		return st;
	}
	if (!prepare(s, &s->find, "SELECT rowid, content_hash FROM articles WHERE id = ?") ||
	    !prepare(s, &s->ins_article,
	             "INSERT INTO articles (" ARTICLE_COLS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") ||
	    !prepare(s, &s->upd_article,
	             "UPDATE articles SET (" ARTICLE_COLS ") = (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) WHERE rowid = ?") ||
	    !prepare(s, &s->del_events, "DELETE FROM events WHERE article = ?") ||
	    !prepare(s, &s->old_text, "SELECT title, text FROM articles WHERE rowid = ?") ||
	    !prepare(s, &s->fts_ins, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)") ||
	    !prepare(s, &s->fts_del,
	             "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)") ||
	    !prepare(s, &s->ins_event,
	             "INSERT INTO events (article, seq, sentence, sentence_start, sentence_end, verb, verb_start, "
	             "verb_end, date, date_first, date_last, date_precision, date_source, source_code, source_text, "
	             "source_start, source_end, source_country, source_sector, target_code, target_text, target_start, "
	             "target_end, target_country, target_sector, cameo, root, quad_class, goldstein, plover_type, "
	             "plover_mode, acled_event_type, acled_sub_event_type, place_text, place_start, place_end, "
	             "place_name, geonameid, lat, lon, country, admin1, place_precision, geo_source, killed_best, "
	             "killed_low, killed_high, killed_cumulative, counts, attribution_text, attribution_type, "
	             "attribution_status, negated, hypothetical, passive, rule, json, confidence) VALUES "
	             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
	             "?,?,?,?,?,?,?,?,?)"))
		return SR_EIO;
	return SR_OK;
}

const char *sr_store_error(const sr_store *s)
{
	return s ? s->err : "out of memory";
}

void sr_store_close(sr_store *s)
{
	if (!s)
		return;
	sqlite3_stmt *all[] = {s->find,    s->ins_article, s->upd_article, s->del_events,
	                       s->ins_event, s->fts_ins,   s->fts_del,     s->old_text};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		sqlite3_finalize(all[i]);
	sqlite3_close(s->db);
	free(s);
}

/* ---- binding JSON values ---------------------------------------------------- */

static int bind_json(sqlite3_stmt *st, int col, json_t *v)
{
	if (!v || json_is_null(v))
		return sqlite3_bind_null(st, col);
	if (json_is_string(v))
		return sqlite3_bind_text(st, col, json_string_value(v), (int)json_string_length(v), SQLITE_TRANSIENT);
	if (json_is_integer(v))
		return sqlite3_bind_int64(st, col, (sqlite3_int64)json_integer_value(v));
	if (json_is_real(v))
		return sqlite3_bind_double(st, col, json_real_value(v));
	if (json_is_boolean(v))
		return sqlite3_bind_int(st, col, json_is_true(v));
	/* arrays and objects: as JSON text */
	char *t = json_dumps(v, JSON_COMPACT);
	if (!t)
		return SQLITE_NOMEM;
	int rc = sqlite3_bind_text(st, col, t, -1, SQLITE_TRANSIENT);
	free(t);
	return rc;
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
static int bind_sectors(sqlite3_stmt *st, int col, json_t *v)
{
	if (!json_is_array(v) || !json_array_size(v))
		return sqlite3_bind_null(st, col);
	char buf[256];
	size_t k = 0, i;
	json_t *x;
	buf[0] = '\0';
	json_array_foreach(v, i, x)
	{
		if (json_is_string(x) && k + json_string_length(x) + 2 < sizeof buf)
			k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", k ? "," : "", json_string_value(x));
	}
	return sqlite3_bind_text(st, col, buf, (int)k, SQLITE_TRANSIENT);
}

static int bind_article(sqlite3_stmt *st, json_t *a, const char *ingested, int n_events, const char *json)
{
	static const char *const KEYS[] = {"id",       "url",        "source_url",          "title",
	                                   "subtitle", "site_name",  "authors",       "published",           "published_precision",
	                                   "published_source", "language", "text",    "content_hash",        "near_duplicate_of",
	                                   "fetched"};
	int rc = SQLITE_OK, col = 1;
	for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS && rc == SQLITE_OK; k++)
		rc = bind_json(st, col++, json_object_get(a, KEYS[k]));
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, col++, ingested, -1, SQLITE_TRANSIENT);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, col++, n_events);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, col++, json, -1, SQLITE_TRANSIENT);
	return rc;
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

static int bind_event(sqlite3_stmt *st, sqlite3_int64 article, int seq, json_t *e, const char *json)
{
	int rc = sqlite3_bind_int64(st, 1, article);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, 2, seq);
	json_t *killed = sr_store_count_of(e, "killed");
	json_t *v[] = {
	    at(e, "sentence", "index"), at(e, "sentence", "start"), at(e, "sentence", "end"),
	    at(e, "verb", "text"),      at(e, "verb", "start"),     at(e, "verb", "end"),
	    at(e, "date", "value"),     at(e, "date", "first"),     at(e, "date", "last"),
	    at(e, "date", "precision"), at(e, "date", "source"),    at(e, "source", "code"),
	    at(e, "source", "text"),    at(e, "source", "start"),   at(e, "source", "end"),
	    at(e, "source", "country"),
	};
	int col = 3;
	for (size_t k = 0; k < sizeof v / sizeof *v && rc == SQLITE_OK; k++)
		rc = bind_json(st, col++, v[k]);
	if (rc == SQLITE_OK)
		rc = bind_sectors(st, col++, at(e, "source", "sector"));
	json_t *w[] = {at(e, "target", "code"), at(e, "target", "text"), at(e, "target", "start"),
	               at(e, "target", "end"), at(e, "target", "country")};
	for (size_t k = 0; k < sizeof w / sizeof *w && rc == SQLITE_OK; k++)
		rc = bind_json(st, col++, w[k]);
	if (rc == SQLITE_OK)
		rc = bind_sectors(st, col++, at(e, "target", "sector"));
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
	for (size_t k = 0; k < sizeof x / sizeof *x && rc == SQLITE_OK; k++)
		rc = bind_json(st, col++, x[k]);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, col++, json, -1, SQLITE_TRANSIENT);
	if (rc == SQLITE_OK)
		rc = bind_json(st, col++, at(e, "confidence", NULL));
	return rc;
}

static bool step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE;
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


static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* The figures of cluster c brought up to date; an empty one is removed. */
static bool run_with_id(sr_store *s, const char *sql, sqlite3_int64 id, const char *what);

static bool refresh_cluster(sr_store *s, sqlite3_int64 c)
{
	const char *sql =
	    "UPDATE clusters SET"
	    " n_events = (SELECT count(*) FROM events WHERE cluster = ?1),"
	    " n_articles = (SELECT count(DISTINCT article) FROM events WHERE cluster = ?1),"
	    " n_sources = (SELECT count(DISTINCT coalesce(a.site, a.id)) FROM events e JOIN articles a ON a.rowid = e.article"
	    "   WHERE e.cluster = ?1 AND (a.near_duplicate_of IS NULL OR a.near_duplicate_of NOT IN"
	    "   (SELECT a2.id FROM events e2 JOIN articles a2 ON a2.rowid = e2.article WHERE e2.cluster = ?1))),"
	    " killed_best = (SELECT max(coalesce(killed_best, killed_low)) FROM events WHERE cluster = ?1"
	    "   AND coalesce(killed_cumulative, 0) = 0),"
	    " representative = coalesce((SELECT representative FROM clusters WHERE id = ?1 AND representative IN"
	    "   (SELECT id FROM events WHERE cluster = ?1)), (SELECT min(id) FROM events WHERE cluster = ?1))"
	    " WHERE id = ?1;"
	    "DELETE FROM clusters WHERE id = ?1 AND n_events = 0";
	return run_with_id(s, sql, c, "updating a cluster");
}

/* Put event id (its JSON e) into the cluster of the same real-world event,
 * or a new one.  Events agree when their days meet (a day either side), their
 * places are within 25 km (or in the same admin-1 division when one is only
 * placed that coarsely), their actors do not clash, and they share the CAMEO
 * root or the ACLED event type.  An event dated or placed no finer than a
 * country stays alone. */
static bool assign_cluster(sr_store *s, sqlite3_int64 id, json_t *e, const char *now)
{
	const char *prec = str_of(at(e, "date", "precision")), *first = str_of(at(e, "date", "first")),
	           *last = str_of(at(e, "date", "last"));
	json_t *lat = at(e, "place", "lat"), *lon = at(e, "place", "lon");
	bool point = json_is_number(lat) && json_is_number(lon);
	const char *pprec = str_of(at(e, "place", "precision")), *cc = str_of(at(e, "place", "country")),
	           *adm = str_of(at(e, "place", "admin1"));
	const char *root = str_of(at(e, "root", NULL)), *acled = str_of(at(e, "acled", "event_type"));
	const char *src = str_of(at(e, "source", "code")), *tgt = str_of(at(e, "target", "code"));
	bool fine_date = (!strcmp(prec, "day") || !strcmp(prec, "time")) && *first;
	bool fine_place = point && (!strcmp(pprec, "city") || !strcmp(pprec, "site") || !strcmp(pprec, "admin1"));
	sqlite3_int64 best = -1;
	if (fine_date && fine_place) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(s->db,
		                       "SELECT id, lat, lon, country, admin1, place_precision, source_code, target_code "
		                       "FROM clusters WHERE date_first <= date(?2, '+1 day') AND date_last >= date(?1, '-1 day') "
		                       "AND (root = ?3 OR (?4 <> '' AND acled_event_type = ?4)) AND lat IS NOT NULL",
		                       -1, &st, NULL) != SQLITE_OK) {
			fail(s, SR_EIO, "finding a cluster");
			return false;
		}
		sqlite3_bind_text(st, 1, first, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, *last ? last : first, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, root, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, acled, -1, SQLITE_TRANSIENT);
		double best_km = 1e9;
		while (sqlite3_step(st) == SQLITE_ROW) {
			double km = sr_geo_km(json_number_value(lat), json_number_value(lon), sqlite3_column_double(st, 1),
			                     sqlite3_column_double(st, 2));
			const char *ccc = col_text(st, 3), *cadm = col_text(st, 4), *cprec = col_text(st, 5);
			bool coarse = !strcmp(pprec, "admin1") || (cprec && !strcmp(cprec, "admin1"));
			bool near = coarse ? (ccc && cadm && !strcmp(ccc, cc) && !strcmp(cadm, adm)) : km <= 25;
			if (!near || !actors_agree(src, col_text(st, 6)) || !actors_agree(tgt, col_text(st, 7)))
				continue;
			if (km < best_km) {
				best_km = km;
				best = sqlite3_column_int64(st, 0);
			}
		}
		sqlite3_finalize(st);
	}
	if (best < 0) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(s->db,
		                       "INSERT INTO clusters (first_seen, n_events, n_articles, n_sources, date_first, date_last, "
		                       "root, cameo, acled_event_type, acled_sub_event_type, plover_type, source_code, "
		                       "target_code, place_name, lat, lon, country, admin1, place_precision, representative) "
		                       "SELECT ?, 0, 0, 0, date_first, coalesce(date_last, date_first), root, cameo, "
		                       "acled_event_type, acled_sub_event_type, plover_type, source_code, target_code, "
		                       "place_name, lat, lon, country, admin1, place_precision, id FROM events WHERE id = ?",
		                       -1, &st, NULL) != SQLITE_OK) {
			fail(s, SR_EIO, "making a cluster");
			return false;
		}
		sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, id);
		bool ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_finalize(st);
		if (!ok) {
			fail(s, SR_EIO, "making a cluster");
			return false;
		}
		best = sqlite3_last_insert_rowid(s->db);
	}
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(s->db, "UPDATE events SET cluster = ? WHERE id = ?", -1, &st, NULL) == SQLITE_OK;
	if (ok) {
		sqlite3_bind_int64(st, 1, best);
		sqlite3_bind_int64(st, 2, id);
		ok = sqlite3_step(st) == SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (!ok) {
		fail(s, SR_EIO, "joining a cluster");
		return false;
	}
	return refresh_cluster(s, best);
}

/* Run the statements of sql (several, ';'-separated) with ?1 bound to id. */
static bool run_with_id(sr_store *s, const char *sql, sqlite3_int64 id, const char *what)
{
	const char *tail = sql;
	while (tail && *tail) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(s->db, tail, -1, &st, &tail) != SQLITE_OK) {
			fail(s, SR_EIO, what);
			return false;
		}
		if (!st)
			break;
		if (sqlite3_bind_parameter_count(st) >= 1)
			sqlite3_bind_int64(st, 1, id);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
			fail(s, SR_EIO, what);
			return false;
		}
	}
	return true;
}

/* An event's actors and place: each kept once in actors and places, the
 * event linked to them. */
static bool link_actors_place(sr_store *s, sqlite3_int64 event)
{
	return run_with_id(
	    s,
	    "INSERT INTO actors (key, code, name, country, sectors) SELECT coalesce(source_code, lower(source_text)),"
	    " source_code, coalesce(source_text, source_code), source_country, source_sector FROM events"
	    " WHERE id = ?1 AND coalesce(source_code, source_text) IS NOT NULL ON CONFLICT (key) DO NOTHING;"
	    "INSERT INTO actors (key, code, name, country, sectors) SELECT coalesce(target_code, lower(target_text)),"
	    " target_code, coalesce(target_text, target_code), target_country, target_sector FROM events"
	    " WHERE id = ?1 AND coalesce(target_code, target_text) IS NOT NULL ON CONFLICT (key) DO NOTHING;"
	    "INSERT INTO places (key, geonameid, name, lat, lon, country, admin1, precision) SELECT"
	    " coalesce(CAST(geonameid AS TEXT), place_name || '|' || coalesce(country, '') || '|' || coalesce(admin1, '')),"
	    " geonameid, place_name, lat, lon, country, admin1, place_precision FROM events"
	    " WHERE id = ?1 AND place_name IS NOT NULL ON CONFLICT (key) DO NOTHING;"
	    "UPDATE events SET"
	    " source_actor = (SELECT id FROM actors WHERE key = coalesce(events.source_code, lower(events.source_text))),"
	    " target_actor = (SELECT id FROM actors WHERE key = coalesce(events.target_code, lower(events.target_text))),"
	    " place = (SELECT id FROM places WHERE key = coalesce(CAST(events.geonameid AS TEXT), events.place_name || '|'"
	    "   || coalesce(events.country, '') || '|' || coalesce(events.admin1, '')))"
	    " WHERE id = ?1",
	    event, "naming the actors and place");
}

/* The figures of an actor (kind 0) or a place (kind 1) brought up to date;
 * one no event names any more is removed. */
static bool refresh_named(sr_store *s, int kind, sqlite3_int64 id)
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
static sqlite3_int64 *ids_of(sr_store *s, const char *sql, sqlite3_int64 arg, size_t *n)
{
	*n = 0;
	sqlite3_stmt *st = NULL;
	sqlite3_int64 *v = NULL;
	size_t cap = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, arg);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			sqlite3_int64 *p = realloc(v, cap * sizeof *p);
			if (!p)
				break;
			v = p;
		}
		v[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
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
	if (!s || !s->db || !s->ins_event || !a || !a->id) {
		if (s)
			snprintf(s->err, sizeof s->err, "%s", !s->ins_event ? "the store is not open" : "no article to store");
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
	if (st == SR_OK && !exec(s, "BEGIN IMMEDIATE"))
		st = SR_EIO;
	bool open_tx = st == SR_OK;
	sqlite3_int64 rowid = -1, *old_clusters = NULL, *old_actors = NULL, *old_places = NULL;
	size_t n_old = 0, n_old_actors = 0, n_old_places = 0;
	if (st == SR_OK) {
		sqlite3_bind_text(s->find, 1, a->id, -1, SQLITE_TRANSIENT);
		int rc = sqlite3_step(s->find);
		bool same = false;
		if (rc == SQLITE_ROW) {
			rowid = sqlite3_column_int64(s->find, 0);
			const unsigned char *h = sqlite3_column_text(s->find, 1);
			same = h && a->content_hash && strcmp((const char *)h, a->content_hash) == 0;
		} else if (rc != SQLITE_DONE) {
			st = fail(s, SR_EIO, "looking the article up");
		}
		sqlite3_reset(s->find);
		sqlite3_clear_bindings(s->find);
		if (st == SR_OK && same) {
			done = SR_PUT_UNCHANGED;
		} else if (st == SR_OK && rowid >= 0) {
			/* a new version: its old text out of the index, its old events out */
			sqlite3_bind_int64(s->old_text, 1, rowid);
			if (sqlite3_step(s->old_text) == SQLITE_ROW) {
				sqlite3_bind_int64(s->fts_del, 1, rowid);
				sqlite3_bind_value(s->fts_del, 2, sqlite3_column_value(s->old_text, 0));
				sqlite3_bind_value(s->fts_del, 3, sqlite3_column_value(s->old_text, 1));
				if (!step_done(s->fts_del))
					st = fail(s, SR_EIO, "unindexing the old version");
			}
			sqlite3_reset(s->old_text);
			old_clusters = ids_of(s, CLUSTERS_OF, rowid, &n_old);
			old_actors = ids_of(s, ACTORS_OF, rowid, &n_old_actors);
			old_places = ids_of(s, PLACES_OF, rowid, &n_old_places);
			sqlite3_bind_int64(s->del_events, 1, rowid);
			if (st == SR_OK && !step_done(s->del_events))
				st = fail(s, SR_EIO, "removing the old version's events");
			if (st == SR_OK && (bind_article(s->upd_article, aj, now, (int)ne, ajson) != SQLITE_OK ||
			                    sqlite3_bind_int64(s->upd_article, 19, rowid) != SQLITE_OK ||
			                    !step_done(s->upd_article)))
				st = fail(s, SR_EIO, "replacing the article");
			done = SR_PUT_REPLACED;
		} else if (st == SR_OK) {
			if (bind_article(s->ins_article, aj, now, (int)ne, ajson) != SQLITE_OK || !step_done(s->ins_article))
				st = fail(s, SR_EIO, "adding the article");
			rowid = sqlite3_last_insert_rowid(s->db);
			done = SR_PUT_NEW;
		}
		if (st == SR_OK && done != SR_PUT_UNCHANGED) {
			sqlite3_bind_int64(s->fts_ins, 1, rowid);
			bind_json(s->fts_ins, 2, json_object_get(aj, "title"));
			bind_json(s->fts_ins, 3, json_object_get(aj, "text"));
			if (!step_done(s->fts_ins))
				st = fail(s, SR_EIO, "indexing the article's text");
			for (size_t i = 0; i < ne && st == SR_OK; i++) {
				if (bind_event(s->ins_event, rowid, (int)i, evs[i], lines[i]) != SQLITE_OK ||
				    !step_done(s->ins_event))
					st = fail(s, SR_EIO, "adding an event");
				else {
					sqlite3_int64 eid = sqlite3_last_insert_rowid(s->db);
					if (!link_actors_place(s, eid) || !assign_cluster(s, eid, evs[i], now))
						st = SR_EIO;
				}
			}
			/* the clusters, actors and places of the old version's events and
			 * of the new ones */
			for (size_t i = 0; i < n_old && st == SR_OK; i++)
				if (!refresh_cluster(s, old_clusters[i]))
					st = SR_EIO;
			size_t n_na = 0, n_np = 0;
			sqlite3_int64 *na = st == SR_OK ? ids_of(s, ACTORS_OF, rowid, &n_na) : NULL;
			sqlite3_int64 *np = st == SR_OK ? ids_of(s, PLACES_OF, rowid, &n_np) : NULL;
			for (size_t i = 0; i < n_old_actors && st == SR_OK; i++)
				if (!refresh_named(s, 0, old_actors[i]))
					st = SR_EIO;
			for (size_t i = 0; i < n_na && st == SR_OK; i++)
				if (!refresh_named(s, 0, na[i]))
					st = SR_EIO;
			for (size_t i = 0; i < n_old_places && st == SR_OK; i++)
				if (!refresh_named(s, 1, old_places[i]))
					st = SR_EIO;
			for (size_t i = 0; i < n_np && st == SR_OK; i++)
				if (!refresh_named(s, 1, np[i]))
					st = SR_EIO;
			free(na);
			free(np);
		}
	}
	if (open_tx) {
		if (st == SR_OK && !exec(s, "COMMIT"))
			st = SR_EIO;
		if (st != SR_OK) {
			char keep[sizeof s->err];
			memcpy(keep, s->err, sizeof keep);
			exec(s, "ROLLBACK");
			memcpy(s->err, keep, sizeof keep);
		}
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
	sqlite3_bind_text(s->find, 1, id, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s->find), r = 0;
	if (rc == SQLITE_ROW) {
		const unsigned char *h = sqlite3_column_text(s->find, 1);
		r = h && content_hash && strcmp((const char *)h, content_hash) == 0;
	} else if (rc != SQLITE_DONE) {
		fail(s, SR_EIO, "looking the article up");
		r = -1;
	}
	sqlite3_reset(s->find);
	sqlite3_clear_bindings(s->find);
	return r;
}

sr_status sr_store_counts(sr_store *s, long long *articles, long long *events)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", -1, &st,
	                       NULL) != SQLITE_OK)
		return fail(s, SR_EIO, "counting");
	sr_status r = SR_OK;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*articles = sqlite3_column_int64(st, 0);
		*events = sqlite3_column_int64(st, 1);
	} else {
		r = fail(s, SR_EIO, "counting");
	}
	sqlite3_finalize(st);
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
	const char *txt[16];
	double num[14];
	int kinds[30], nb, nt, nn; /* kinds: 0 text, 1 number */
} binds;

/* The same filters serve the clusters (aliased e as well: their columns
 * bear the events' names), where what only events have (actors' countries
 * and words, low counts, texts, confidence) is left out. */
static void where_of(const sr_query *q, char *sql, size_t cap, size_t *kp, binds *bd, bool clusters)
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
			ADD(" AND (e.plover_type = upper(?) OR e.acled_event_type = ? COLLATE NOCASE OR "
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
		ADD(" AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
		TXT(q->text);
	}
	if (q->min_confidence > 0 && !clusters) {
		ADD(" AND e.confidence >= ?");
		NUM(q->min_confidence);
	}
	if (q->per_cluster && !clusters)
		ADD(" AND e.id IN (SELECT representative FROM clusters)");
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

static void bind_all(sqlite3_stmt *st, const binds *bd, int first)
{
	for (int i = 0, ti = 0, ni = 0; i < bd->nb; i++) {
		if (bd->kinds[i] == 0)
			sqlite3_bind_text(st, first + i, bd->txt[ti++], -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_double(st, first + i, bd->num[ni++]);
	}
}

sr_status sr_store_query(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row), void *user)
{
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT e.id, e.date_first, e.date_last, e.country, e.place_name, e.cameo, "
	                            "e.plover_type, e.acled_sub_event_type, coalesce(e.source_code, e.source_text), "
	                            "coalesce(e.target_code, e.target_text), coalesce(e.killed_best, e.killed_low), "
	                            "e.lat, e.lon, a.id, a.url, a.title, e.json, a.site, a.ingested, a.text, "
	                            "CAST(strftime('%%s', a.ingested) AS INTEGER) "
	                            "FROM events e JOIN articles a ON a.rowid = e.article WHERE 1");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false);
#define ADD(clause) k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, "%s", clause)
	ADD(" ORDER BY e.date_first DESC, e.id DESC");
#undef ADD
	if (k >= sizeof sql - 1) {
		snprintf(s->err, sizeof s->err, "query too long");
		return SR_EINVAL;
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, SR_EIO, "query");
	bind_all(st, &bd, 1);
	long found = 0;
	sr_status r = SR_OK;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sr_query_row row;
		memset(&row, 0, sizeof row);
		row.id = sqlite3_column_int64(st, 0);
		row.date = (const char *)sqlite3_column_text(st, 1);
		row.date_last = (const char *)sqlite3_column_text(st, 2);
		row.country = (const char *)sqlite3_column_text(st, 3);
		row.place = (const char *)sqlite3_column_text(st, 4);
		row.cameo = (const char *)sqlite3_column_text(st, 5);
		row.plover = (const char *)sqlite3_column_text(st, 6);
		row.acled = (const char *)sqlite3_column_text(st, 7);
		row.source = (const char *)sqlite3_column_text(st, 8);
		row.target = (const char *)sqlite3_column_text(st, 9);
		row.killed = sqlite3_column_type(st, 10) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 10);
		row.has_point = sqlite3_column_type(st, 11) != SQLITE_NULL && sqlite3_column_type(st, 12) != SQLITE_NULL;
		row.lat = sqlite3_column_double(st, 11);
		row.lon = sqlite3_column_double(st, 12);
		row.article = (const char *)sqlite3_column_text(st, 13);
		row.url = (const char *)sqlite3_column_text(st, 14);
		row.title = (const char *)sqlite3_column_text(st, 15);
		row.json = (const char *)sqlite3_column_text(st, 16);
		row.site = (const char *)sqlite3_column_text(st, 17);
		row.ingested = (const char *)sqlite3_column_text(st, 18);
		row.text = (const char *)sqlite3_column_text(st, 19);
		row.text_len = (size_t)sqlite3_column_bytes(st, 19);
		row.ingested_s = sqlite3_column_int64(st, 20);
		if (q->has_near && !(row.has_point && sr_geo_km(q->near_lat, q->near_lon, row.lat, row.lon) <= q->near_km))
			continue;
		if (fn(user, &row))
			break;
		if (q->limit > 0 && ++found >= q->limit)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		r = fail(s, rc == SQLITE_ERROR ? SR_EINVAL : SR_EIO, "query");
	sqlite3_finalize(st);
	return r;
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
	                            "FROM events e JOIN articles a ON a.rowid = e.article WHERE 1",
	                            BY[w].expr);
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, false);
	/* days and months in order; with a top, the latest */
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " AND g IS NOT NULL GROUP BY g ORDER BY %s",
	                      BY[w].in_order ? (top ? "g DESC" : "g") : "2 DESC, g");
	if (top)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %zu", top);
	if (k >= sizeof sql - 1) {
		snprintf(s->err, sizeof s->err, "query too long");
		return SR_EINVAL;
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, SR_EIO, "stats");
	bind_all(st, &bd, 1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(user, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2)))
			break;
	sr_status r = rc == SQLITE_ROW || rc == SQLITE_DONE ? SR_OK : fail(s, rc == SQLITE_ERROR ? SR_EINVAL : SR_EIO, "stats");
	sqlite3_finalize(st);
	return r;
}

sr_status sr_store_clusters(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_cluster_row *row),
                            void *user)
{
	char sql[2048];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT id, n_events, n_articles, n_sources, first_seen, date_first, date_last, root, "
	                            "cameo, acled_event_type, plover_type, source_code, target_code, place_name, country, "
	                            "killed_best, lat, lon, representative FROM clusters e WHERE 1");
	binds bd;
	where_of(q, sql, sizeof sql, &k, &bd, true);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0,
	                      " ORDER BY n_articles DESC, n_sources DESC, date_first DESC, id DESC");
	if (q->limit > 0)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %ld", q->limit);
	if (k >= sizeof sql - 1) {
		snprintf(s->err, sizeof s->err, "query too long");
		return SR_EINVAL;
	}
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, SR_EIO, "clusters");
	bind_all(st, &bd, 1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sr_cluster_row r;
		memset(&r, 0, sizeof r);
		r.id = sqlite3_column_int64(st, 0);
		r.n_events = sqlite3_column_int64(st, 1);
		r.n_articles = sqlite3_column_int64(st, 2);
		r.n_sources = sqlite3_column_int64(st, 3);
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
		r.killed = sqlite3_column_type(st, 15) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 15);
		r.has_point = sqlite3_column_type(st, 16) != SQLITE_NULL;
		r.lat = sqlite3_column_double(st, 16);
		r.lon = sqlite3_column_double(st, 17);
		r.representative = sqlite3_column_int64(st, 18);
		if (fn(user, &r))
			break;
	}
	sr_status res = rc == SQLITE_ROW || rc == SQLITE_DONE ? SR_OK : fail(s, SR_EIO, "clusters");
	sqlite3_finalize(st);
	return res;
}
