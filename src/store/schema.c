/* schema.c: the store's schema and its migrations.
 *
 * The schema is versioned: schema_version holds the version the store is
 * at, and each migration brings it one step further, in its own
 * transaction under the write lock (so two ingesters starting at once
 * migrate once).  The SQL is one for both databases but for the words each
 * spells its own way. */
#include <stdio.h>
#include <string.h>

#include "store_int.h"

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

/* 7 -> 8: the evidence of each event: every part's words (source,
 * target, action, place, date, attribution, sentence, each count) in its
 * record's order, and each count's figures.  The events held are given
 * theirs from their columns and their JSON. */
#define EVIDENCE_TABLE(REF, REAL, TAIL)                                                                        \
	"CREATE TABLE event_evidence ("                                                                              \
	" event " REF " NOT NULL REFERENCES events(id) ON DELETE CASCADE,"                                           \
	" seq INTEGER NOT NULL,"              /* its place in the record's order */                                \
	" role TEXT NOT NULL,"                /* source, target, action, place, date, attribution, sentence, count */\
	" kind TEXT,"                         /* a count's: killed, wounded ... */                                 \
	" span_start INTEGER NOT NULL, span_end INTEGER NOT NULL," /* bytes of the article's text */               \
	" best " REAL ", low " REAL ", high " REAL ", hedged INTEGER, cumulative INTEGER," /* a count's */           \
	" PRIMARY KEY (event, seq))" TAIL ";"
/* the parts the events' columns hold */
#define EVIDENCE_FROM_COLUMNS                                                                                  \
	"INSERT INTO event_evidence (event, seq, role, span_start, span_end)"                                        \
	" SELECT id, 0, 'source', source_start, source_end FROM events WHERE source_end > source_start"              \
	" UNION ALL SELECT id, 1, 'target', target_start, target_end FROM events WHERE target_end > target_start"    \
	" UNION ALL SELECT id, 2, 'action', verb_start, verb_end FROM events WHERE verb_end > verb_start"            \
	" UNION ALL SELECT id, 3, 'place', place_start, place_end FROM events WHERE place_end > place_start"         \
	" UNION ALL SELECT id, 6, 'sentence', sentence_start, sentence_end FROM events"                              \
	" WHERE sentence_end > sentence_start;"
#define MIGRATION_8_SQLITE                                                                                     \
	EVIDENCE_TABLE("INTEGER", "REAL", " WITHOUT ROWID") EVIDENCE_FROM_COLUMNS                                   \
	"INSERT INTO event_evidence (event, seq, role, span_start, span_end) SELECT id, 5, 'attribution',"          \
	" json_extract(json, '$.attribution.start'), json_extract(json, '$.attribution.end') FROM events"           \
	" WHERE json_extract(json, '$.attribution.end') > json_extract(json, '$.attribution.start');"               \
	"INSERT INTO event_evidence SELECT e.id, 7 + c.key, 'count', json_extract(c.value, '$.kind'),"              \
	" json_extract(c.value, '$.start'), json_extract(c.value, '$.end'), json_extract(c.value, '$.best'),"       \
	" json_extract(c.value, '$.low'), json_extract(c.value, '$.high'),"                                         \
	" coalesce(json_extract(c.value, '$.hedged'), 0), coalesce(json_extract(c.value, '$.cumulative'), 0)"       \
	" FROM events e, json_each(e.json, '$.counts') c"                                                            \
	" WHERE json_extract(c.value, '$.end') > json_extract(c.value, '$.start');"
#define PG_AT(J, A, B) "CAST(CAST(" J " AS jsonb) #>> '{" A "," B "}' AS BIGINT)"
#define PG_NUM(V, K) "CAST(" V " ->> '" K "' AS DOUBLE PRECISION)"
#define PG_FLAG(V, K) "CASE WHEN " V " ->> '" K "' = 'true' THEN 1 ELSE 0 END"
#define MIGRATION_8_PG                                                                                         \
	EVIDENCE_TABLE("BIGINT", "DOUBLE PRECISION", "") EVIDENCE_FROM_COLUMNS                                      \
	"INSERT INTO event_evidence (event, seq, role, span_start, span_end) SELECT id, 5, 'attribution', "         \
	PG_AT("json", "attribution", "start") ", " PG_AT("json", "attribution", "end") " FROM events WHERE "         \
	PG_AT("json", "attribution", "end") " > " PG_AT("json", "attribution", "start") ";"                         \
	"INSERT INTO event_evidence SELECT e.id, 6 + c.n, 'count', c.v ->> 'kind', CAST(c.v ->> 'start' AS BIGINT),"\
	" CAST(c.v ->> 'end' AS BIGINT), " PG_NUM("c.v", "best") ", " PG_NUM("c.v", "low") ", "                      \
	PG_NUM("c.v", "high") ", " PG_FLAG("c.v", "hedged") ", " PG_FLAG("c.v", "cumulative")                        \
	" FROM events e, jsonb_array_elements(CAST(e.json AS jsonb) -> 'counts') WITH ORDINALITY AS c(v, n)"         \
	" WHERE CAST(c.v ->> 'end' AS BIGINT) > CAST(c.v ->> 'start' AS BIGINT);"

/* 8 -> 9: the full-text index holds the articles that have events (the
 * text search finds events by their article's words; an article without
 * any is never asked for): on a crawl most articles have none, and their
 * texts cost the index most of its time.  SQLite's FTS5 table is made
 * anew; PostgreSQL's tsvector, a column the server computed for every
 * article, becomes one the store sets. */
#define FTS_OF_EVENTS "to_tsvector('simple', left(coalesce(title, '') || ' ' || coalesce(text, ''), 400000))"
#define MIGRATION_9_SQLITE                                                                                     \
	"INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');"                                             \
	"INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles WHERE n_events > 0;"
#define MIGRATION_9_PG                                                                                         \
	"ALTER TABLE articles DROP COLUMN fts;"                                                                      \
	"ALTER TABLE articles ADD COLUMN fts tsvector;"                                                              \
	"UPDATE articles SET fts = " FTS_OF_EVENTS " WHERE n_events > 0;"                                            \
	"CREATE INDEX articles_fts ON articles USING gin (fts);"

/* 9 -> 10: incidents: one row per real-world event an article reports,
 * made from its mentions (the events table); their lists (associated
 * actors, counts, sources, the mentions they merge) in incident_items;
 * the article's statistics (cumulative tolls, displacement) apart; and
 * the article's relevance.  Columns an incident shares with an event bear
 * the event's name (source_* is actor 1, target_* actor 2, source_text and
 * target_text ACLED's names, their words in *_words), so that one query
 * serves both.  Clusters group incidents from here on: the clusters of
 * mentions held are undone, and the articles held are marked to be made
 * again by the next ingest (their incidents do not exist yet). */
#define MIGRATION_10(KEY, REF, REAL, ITEMS_TAIL)                                                                \
	"CREATE TABLE incidents ("                                                                                   \
	" id " KEY ","                                                                                               \
	" article " REF " NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,"                                    \
	" seq INTEGER NOT NULL,"              /* its N in ARTICLE-N, from 1 in text order */                       \
	" cluster " REF " REFERENCES clusters(id),"                                                                  \
	" sentence INTEGER, sentence_start INTEGER, sentence_end INTEGER," /* its first mention's sentence */       \
	" date TEXT, date_first TEXT, date_last TEXT, date_precision TEXT, date_source TEXT,"                        \
	" date_start INTEGER, date_end INTEGER, time_precision INTEGER,"                                             \
	" source_code TEXT, source_text TEXT, source_words TEXT, source_start INTEGER, source_end INTEGER,"          \
	" source_country TEXT, source_sector TEXT, source_inter INTEGER,"                                             \
	" target_code TEXT, target_text TEXT, target_words TEXT, target_start INTEGER, target_end INTEGER,"          \
	" target_country TEXT, target_sector TEXT, target_inter INTEGER,"                                             \
	" interaction INTEGER, civilian_targeting INTEGER,"                                                          \
	" cameo TEXT, root TEXT, quad_class INTEGER, goldstein " REAL ", plover_type TEXT, plover_mode TEXT,"         \
	" acled_event_type TEXT, acled_sub_event_type TEXT, disorder_type TEXT,"                                     \
	" place_text TEXT, place_start INTEGER, place_end INTEGER, place_name TEXT, geonameid INTEGER,"              \
	" lat " REAL ", lon " REAL ", country TEXT, admin1 TEXT, admin1_name TEXT, place_precision TEXT,"            \
	" geo_precision INTEGER, geo_source TEXT,"                                                                   \
	" killed_best " REAL ", killed_low " REAL ", killed_high " REAL ", killed_acled INTEGER,"                    \
	" wounded " REAL ", arrested " REAL ", kidnapped " REAL ", displaced " REAL ","                               \
	" attribution_text TEXT, attribution_type TEXT, attribution_status TEXT," /* its first source */           \
	" claim_status TEXT, notes TEXT, confidence " REAL ","                                                       \
	" assoc_1 TEXT, assoc_2 TEXT, sources TEXT," /* ACLED's lists, "; "-joined */                               \
	" json TEXT NOT NULL,"                /* the incident as `sitrep code` prints it, its cluster in it */     \
	" UNIQUE (article, seq)"                                                                                     \
	");"                                                                                                         \
	"CREATE INDEX incidents_article ON incidents(article);"                                                      \
	"CREATE INDEX incidents_date ON incidents(date_first, id);"                                                  \
	"CREATE INDEX incidents_country ON incidents(country, date_first);"                                          \
	"CREATE INDEX incidents_acled ON incidents(acled_event_type, acled_sub_event_type);"                         \
	"CREATE INDEX incidents_cluster ON incidents(cluster);"                                                      \
	"CREATE INDEX incidents_confidence ON incidents(confidence);"                                                \
	"CREATE INDEX incidents_days ON incidents(date_first, acled_event_type, root, killed_best, killed_low);"     \
	"CREATE INDEX incidents_grid ON incidents(lat, lon, acled_event_type, root, killed_best, killed_low)"        \
	" WHERE lat IS NOT NULL;"                                                                                    \
	"CREATE TABLE incident_items ("                                                                              \
	" incident " REF " NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"                                     \
	" seq INTEGER NOT NULL,"                                                                                     \
	" what TEXT NOT NULL,"                /* assoc1, assoc2, count, source, mention */                         \
	" name TEXT, code TEXT, kind TEXT, inter INTEGER, type TEXT, status TEXT,"                                   \
	" best " REAL ", low " REAL ", high " REAL ", restated INTEGER, part INTEGER,"                                \
	" event " REF ", mention INTEGER,"    /* a mention's row in events, and its index in the coding */         \
	" span_start INTEGER, span_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,"                       \
	" PRIMARY KEY (incident, seq))" ITEMS_TAIL ";"                                                               \
	"CREATE INDEX incident_items_event ON incident_items(event) WHERE event IS NOT NULL;"                         \
	"CREATE TABLE statistics ("                                                                                  \
	" article " REF " NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,"                                    \
	" seq INTEGER NOT NULL, kind TEXT, best " REAL ", low " REAL ", high " REAL ","                              \
	" text TEXT, span_start INTEGER, span_end INTEGER,"                                                          \
	" PRIMARY KEY (article, seq))" ITEMS_TAIL ";"                                                                \
	"ALTER TABLE events ADD COLUMN incident " REF ";"                                                            \
	"CREATE INDEX events_incident ON events(incident);"                                                          \
	"ALTER TABLE articles ADD COLUMN relevance TEXT;"                                                            \
	"ALTER TABLE articles ADD COLUMN relevance_score " REAL ";"                                                  \
	"ALTER TABLE articles ADD COLUMN relevance_reason TEXT;"                                                     \
	"ALTER TABLE articles ADD COLUMN topic TEXT;"                                                                \
	"ALTER TABLE articles ADD COLUMN n_incidents INTEGER NOT NULL DEFAULT 0;"                                    \
	"ALTER TABLE clusters ADD COLUMN source_inter INTEGER;"                                                      \
	"ALTER TABLE clusters ADD COLUMN target_inter INTEGER;"                                                      \
	"UPDATE events SET cluster = NULL;"                                                                          \
	"DELETE FROM clusters;"                                                                                      \
	"UPDATE articles SET content_hash = NULL;"

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
    MIGRATION_8_SQLITE,
    MIGRATION_9_SQLITE,
    MIGRATION_10("INTEGER PRIMARY KEY", "INTEGER", "REAL", " WITHOUT ROWID"),
};
static const char *const PG_MIGRATIONS[] = {
    M1(PG_TYPES, FTS_PG),
    M2(PG_TYPES),
    M3(PG_TYPES),
    MIGRATION_4("DOUBLE PRECISION", "CAST(CAST(json AS jsonb) ->> 'confidence' AS DOUBLE PRECISION)"),
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7_PG,
    MIGRATION_8_PG,
    MIGRATION_9_PG,
    MIGRATION_10("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT", "DOUBLE PRECISION", ""),
};
#define N_MIGRATIONS (sizeof MIGRATIONS / sizeof *MIGRATIONS)
_Static_assert(N_MIGRATIONS == SR_STORE_SCHEMA, "one migration a schema version");

int sr_store_version(sr_store *s)
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
sr_status sr_store_migrate(sr_store *s)
{
	const char *const *steps = s->pg ? PG_MIGRATIONS : MIGRATIONS;
	for (;;) {
		if (!sr_db_begin(s->db)) {
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
			return SR_EIO;
		}
		if (!sr_store_exec(s, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);")) {
			sr_db_rollback(s->db); /* (s->err is the store's: the rollback leaves it) */
			return SR_EIO;
		}
		int v = sr_store_version(s);
		if (v < 0) {
			if (!sr_store_exec(s, "INSERT INTO schema_version VALUES (0)")) {
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
		if (!sr_store_exec(s, steps[v]) || !sr_store_exec(s, bump)) {
			char pre[64];
			sr_db_rollback(s->db);
			snprintf(pre, sizeof pre, "migration to schema version %d", v + 1);
			sr_store_prefix(s, pre);
			return SR_EIO;
		}
		if (!sr_db_commit(s->db)) {
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
			return SR_EIO;
		}
	}
}

