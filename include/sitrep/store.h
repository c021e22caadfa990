/* sitrep/store.h: the store: articles and their event records in SQLite
 * (the default, a file) or PostgreSQL (a postgresql:// URI), one schema
 * for both; cross-article clusters of the events that report one
 * real-world event; queries, reports and exports.  The store keeps
 * records and runs no stage: what it is given was coded already. */
#ifndef SITREP_STORE_H
#define SITREP_STORE_H

#include <stdbool.h>

#include "incident.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A store: an SQLite file (created when missing, WAL mode), or a
 * PostgreSQL database named by a postgresql:// URI; either is brought up to
 * the current schema by its migrations.  Safe for several processes at
 * once; one sr_store per thread. */
typedef struct sr_store sr_store;
typedef enum sr_put_result {
	SR_PUT_NEW = 1,   /* an article the store did not have */
	SR_PUT_UNCHANGED, /* the same id and text: nothing written */
	SR_PUT_REPLACED   /* the same id, another text: the article and its events replaced */
} sr_put_result;
/* Is target a PostgreSQL URI (postgresql:// or postgres://), not a file? */
SR_API int sr_store_is_pg(const char *target);
/* target as it may be shown: a URI's password replaced by "***". */
SR_API const char *sr_store_shown(const char *target, char *buf, size_t cap);
/* Open (or create) the store at target (a file or a PostgreSQL URI).  On
 * failure, the reason is in sr_error_last(). */
SR_API sr_status sr_store_open(const char *target, sr_store **out);
/* A handle that only asks (sr_store_has, the queries): it neither
 * migrates the store (which must be at the current schema) nor waits for
 * the write lock, so it can be opened while a writer holds it. */
SR_API sr_status sr_store_open_reader(const char *target, sr_store **out);
/* The target it was opened on (a second handle opens the same store). */
SR_API const char *sr_store_target(const sr_store *s);
/* What the last failure was. */
SR_API const char *sr_store_error(const sr_store *s);
/* While stop.stop is set, a call that runs long asks it now and then
 * (every few thousand steps of an SQLite statement, every 50 ms of waiting
 * for PostgreSQL) and is given up when it returns non-zero: the call fails
 * (a write rolls back).  A server sets it for a request's time limit and
 * for a client that went away.  A NULL stop: never. */
SR_API void sr_store_watch(sr_store *s, sr_stop stop);
/* Keep an article, its coding and its incidents (NULL: an article
 * without events, one in another language) in one transaction: after a
 * failure or a crash the store holds the article whole or not at all.
 * Its mentions' columns and evidence, its incidents' columns and lists,
 * its statistics and its relevance are bound from the records as they are
 * (the mentions' JSON kept as a rendered copy); its incidents join the
 * cross-article clusters.  *res says what was done.  An article over the
 * caps (a title, author or URL over SR_MAX_FIELD, a deck over
 * SR_MAX_SUMMARY, a text over SR_MAX_INPUT, more than SR_STORE_MAX_EVENTS
 * events or incidents) is refused with SR_ETOOBIG and nothing written. */
#define SR_STORE_MAX_EVENTS 20000
SR_API sr_status sr_store_put(sr_store *s, const sr_article *a, const sr_coding *c, const sr_incidents *x,
                              sr_put_result *res);
/* Put articles in batches from now on: a transaction holds up to
 * `articles` of them (at most `seconds` old), each a savepoint of its own,
 * so that a failed article is taken back alone and the rest go on; a
 * batch is committed whole or not at all.  An article sr_store_put said
 * was stored is kept only once its batch is committed (sr_store_flush, or
 * the next full batch): after a crash the store holds whole articles, and
 * the last batch's are gone.  articles 0 or 1: a transaction an article
 * (the default). */
SR_API void sr_store_batch(sr_store *s, int articles, double seconds);
/* Commit the open batch.  On failure none of its articles are kept:
 * *lost (may be NULL) says how many. */
SR_API sr_status sr_store_flush(sr_store *s, size_t *lost);
/* Does the store hold this article (id) with this text (content_hash)
 * already?  Then putting it again would change nothing, and coding it can
 * be skipped.  0 no, 1 yes, -1 on failure (sr_store_error). */
SR_API int sr_store_has(sr_store *s, const char *id, const char *content_hash);
/* Which incidents (or, with mentions set, which mentions: the coded
 * events incidents are made of) a query wants; zero (or NULL) fields do
 * not filter. */
typedef struct sr_query {
	int mentions;        /* the mentions, not the incidents */
	const char *country; /* two letters: the event's place ("SY"); three: an actor's country ("SYR") */
	const char *from, *to; /* YYYY-MM-DD: events whose date span meets [from, to] */
	const char *type;    /* CAMEO root ("19") or code prefix ("190"), PLOVER type ("ASSAULT"),
	                        ACLED event or sub-event type ("Battles", "Air/drone strike") */
	const char *actor;   /* a source's or target's code prefix ("SYRMIL") or words ("army") */
	long min_killed;     /* at least this many killed (best, else low); 0: no filter */
	const char *text;    /* an SQLite FTS5 query over the articles' titles and texts */
	int has_near;        /* within near_km of (near_lat, near_lon) */
	double near_lat, near_lon, near_km;
	int has_bbox;        /* inside (west, south, east, north), degrees */
	double bbox[4];
	long limit;          /* at most this many (0: no limit); newest first */
	double min_confidence; /* at least this confidence (0: no filter) */
	int per_cluster;     /* one event per real-world event: each cluster's representative */
	long long id;        /* this event only (0: no filter) */
	long long cluster;   /* the events of this cluster (0: no filter) */
	const char *article; /* the events of this article (its 16-hex id) */
	int has_cursor;      /* the events after (cursor_date, cursor_id) in the order they come:
	                        a page's last row (cursor_date NULL: an undated one) */
	const char *cursor_date;
	long long cursor_id;
} sr_query;
/* The filters as users write them, checked and made canonical, the same
 * for the command line and the HTTP API.  Each returns false with the
 * reason, and the nearest value sitrep knows when one is near, in why.
 * A country: two letters (a place's, ISO 3166), three (an actor's,
 * CAMEO) or a name in any case ("Syria", "Syrian Arab Republic"): out
 * gets the code. */
SR_API bool sr_filter_country(const char *v, char out[4], char *why, size_t cap);
/* An event type: a CAMEO code or root, a PLOVER type or an ACLED event
 * or sub-event type, in any case: out gets it as the store keeps it. */
SR_API bool sr_filter_type(const char *v, char *out, size_t cap_out, char *why, size_t cap);
/* A day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY) as the day that
 * opens it, or with last set the day that closes it. */
SR_API bool sr_filter_day(const char *v, int last, char out[11], char *why, size_t cap);
/* One stored event as a query hands it over: the columns its record was
 * stored with (every decision was made when it was coded: renderers
 * print these), and its article's.  A row and its strings live until the
 * callback that gets it returns; NULL strings are missing values. */
typedef struct sr_row_actor {
	const char *code, *text; /* its CAMEO code ("SYRMIL"), its words */
	const char *country;     /* the code's country (alpha-3, or IGO ...) */
	const char *sectors;     /* its roles, comma-separated: "GOV,MIL" */
} sr_row_actor;
/* What only an incident has (see sitrep/incident.h for their meanings). */
typedef struct sr_row_incident {
	long long seq;                      /* its N in ARTICLE-N */
	const char *actor1_words, *actor2_words;
	long long actor1_start, actor1_end, actor2_start, actor2_end; /* -1 when none */
	int inter1, inter2, interaction, civilian_targeting;
	const char *disorder_type;
	const char *date_value, *date_source;
	long long date_start, date_end;
	int time_precision;
	const char *place_text, *admin1_name, *geo_source;
	long long place_start, place_end;
	int geo_precision;
	double killed_best, killed_low, killed_high; /* -1 when none */
	long long killed_acled;
	double kidnapped, displaced;
	const char *claim_status, *notes;
	const char *assoc1, *assoc2, *sources; /* ACLED's lists, "; "-joined */
} sr_row_incident;
typedef struct sr_query_row {
	long long id;
	long long cluster; /* its cluster (0: none) */
	/* when: its first and last day (YYYY-MM-DD) and their precision */
	const char *date, *date_last, *date_precision;
	/* where: the place's name, country (alpha-2), admin-1 code, precision */
	const char *place, *country, *admin1, *place_precision;
	long long geonameid; /* -1 when none */
	int has_point;
	double lat, lon;
	/* what: CAMEO, PLOVER and ACLED */
	const char *cameo, *root, *plover, *plover_mode, *acled_event_type, *acled;
	int quad_class;    /* 0 when the code is not CAMEO's */
	int has_goldstein;
	double goldstein;
	/* who: the source and target as a table shows them (the code, else
	 * the words), and in full */
	const char *source, *target;
	sr_row_actor source_actor, target_actor;
	/* how many: the count of each kind its record shows (best, else low),
	 * -1 when none */
	long long killed, wounded, arrested;
	/* who says so, and how much it rests on */
	const char *attribution_text, *attribution_type, *attribution_status;
	double confidence;
	long long sentence; /* its sentence's index, and bytes in text */
	size_t sentence_start, sentence_end;
	/* its article */
	const char *article, *url, *title, *site, *ingested;
	long long ingested_s; /* the same as seconds since 1970 (UTC) */
	const char *text;     /* the article's text (the event's offsets point into it) */
	size_t text_len;
	const char *json;     /* the rendered copy: an incident as `sitrep code` prints it (its
	                         cluster in it), a mention as `sitrep code --mentions` does */
	/* an incident's own fields: NULL for a mention.  Of an incident,
	 * source and target are its actors 1 and 2 (their text ACLED's names),
	 * killed its best figure */
	const sr_row_incident *incident;
} sr_query_row;
/* Call fn for each incident (or mention) q wants (fn returns nonzero to
 * stop). */
SR_API sr_status sr_store_query(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row),
                                void *user);

/* The evidence of incident id (mentions 0) or mention id (1): every
 * part's words in its article's text (role, a count's kind, start, end):
 * a mention's in its record's order (source, target, action, place, date,
 * attribution, sentence, counts); an incident's actors, place and date,
 * then each mention's action and sentence, its counts and sources.  fn
 * gets each (it returns nonzero to stop). */
SR_API sr_status sr_store_evidence(sr_store *s, long long id, int mentions,
                                   int (*fn)(void *user, const char *role, const char *kind, long long start,
                                             long long end),
                                   void *user);
/* One cluster: a real-world event, however many articles report it.  A
 * row lives until the callback that gets it returns. */
typedef struct sr_cluster_row {
	long long id, n_events, n_articles, n_sources;
	const char *first_seen, *date_first, *date_last, *root, *cameo, *acled, *plover, *source, *target, *place,
	    *country;
	long long killed; /* -1 when none */
	int has_point;
	double lat, lon;
	long long representative; /* the event whose fields it shows */
} sr_cluster_row;
/* Call fn for each cluster q wants: --country (the place's), --from, --to,
 * --type, --actor (codes), --min-killed, --bbox and --near (as a box);
 * most reported first (articles, then sources). */
SR_API sr_status sr_store_clusters(sr_store *s, const sr_query *q,
                                   int (*fn)(void *user, const sr_cluster_row *row), void *user);
/* Export formats: JSON Lines (an incident in its one shape with its
 * cluster, article and URL; a mention as `sitrep code --mentions` prints
 * it), CSV (the query table's columns), GeoJSON (a FeatureCollection),
 * ACLED's columns (CSV, one row an incident), and the mention formats
 * GDELT 2.0's event table (61 tab-separated columns, in its order) and
 * PLOVER records (JSON Lines). */
typedef enum sr_export_format {
	SR_EXPORT_JSONL = 1,
	SR_EXPORT_CSV,
	SR_EXPORT_GEOJSON,
	SR_EXPORT_GDELT,
	SR_EXPORT_ACLED,        /* inter1, inter2, interaction as labels, as ACLED's API gives them */
	SR_EXPORT_PLOVER,
	SR_EXPORT_ACLED_NUMERIC /* ACLED's columns with the inter codes as numbers (its inter_num=1) */
} sr_export_format;
/* The format named ("jsonl", "csv", "geojson", "gdelt", "acled",
 * "acled-numeric", "plover"), or 0. */
SR_API sr_export_format sr_export_format_of(const char *name);
/* ACLED's column names in its order (n gets how many: 31). */
SR_API const char *const *sr_acled_columns(size_t *n);
/* Call fn with each ACLED row of the incidents q wants, its columns in
 * sr_acled_columns' order (empty strings where none); numeric: the inter
 * codes as numbers, else as ACLED's API labels them.  fn returns nonzero
 * to stop.  Incidents placed in no country make no row (*left_out). */
SR_API sr_status sr_store_acled_rows(sr_store *s, const sr_query *q, int numeric,
                                     int (*fn)(void *user, const char *const *cols), void *user, long *left_out);
/* Write the incidents (or mentions) q wants to f in format fmt, streamed
 * (a row at a time); GDELT and PLOVER always write mentions.  ACLED's
 * rows leave out incidents placed in no country (no valid row can be made
 * of them): *left_out (may be NULL) counts them.  SR_EIO when a write
 * fails. */
SR_API sr_status sr_store_export(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f, long *left_out);
/* The clusters q wants (as sr_store_clusters) written to f as JSON Lines
 * or CSV (cluster, articles, sources, events, first_seen, date_first,
 * date_last, country, place, lat, lon, cameo, plover, acled, source,
 * target, killed, representative). */
SR_API sr_status sr_store_export_clusters(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f);
/* Events grouped: by "day", "month", "country" (the place's), "root"
 * (CAMEO), "acled" (event type), "plover" (type), "actor" (the source's code,
 * else its words) or "place"; the top groups (0: all) by events; days and
 * months in order (with a top: the latest, newest first).  fn gets each group's key, its events and the killed
 * its events report (incident counts only, never cumulative ones); q
 * filters as for sr_store_query (--near as its box). */
SR_API sr_status sr_store_stats(sr_store *s, const sr_query *q, const char *by, size_t top,
                                int (*fn)(void *user, const char *key, long long events, long long killed),
                                void *user);
/* Articles and events (mentions) held. */
SR_API sr_status sr_store_counts(sr_store *s, long long *articles, long long *events);
/* Incidents held. */
SR_API sr_status sr_store_count_incidents(sr_store *s, long long *incidents);
/* Events counted by time and type: unit "day", "week" (ISO, its Monday)
 * or "month" (the first day); type is the ACLED event type (else the
 * CAMEO root's, else "Other").  fn gets each bucket's first day, type,
 * events and the dead they report (incident counts), in time order. */
SR_API sr_status sr_store_timeline(sr_store *s, const sr_query *q, const char *unit,
                                   int (*fn)(void *user, const char *day, const char *type, long long events,
                                             long long killed),
                                   void *user);
/* The events q wants that have a point, counted in cells of cell degrees
 * (latitude and longitude): fn gets each cell's (cell, type) group, the
 * mean point of its events, their number, the dead they report (incident
 * counts) and its newest event's id; type as for sr_store_timeline.  In
 * cell order (row by row from the south-west), then type. */
SR_API sr_status sr_store_grid(sr_store *s, const sr_query *q, double cell,
                               int (*fn)(void *user, long long cy, long long cx, const char *type, double lat,
                                         double lon, long long events, long long killed, long long newest),
                               void *user);
/* The article with id (16 hex digits) as `sitrep extract` prints it, its
 * text included (malloc'ed, *json; NULL when the store has no such
 * article). */
SR_API sr_status sr_store_article(sr_store *s, const char *id, char **json);
/* One actor or place the events name (sr_store_named).  A row lives
 * until the callback that gets it returns. */
typedef struct sr_named_row {
	long long id, n_events;
	const char *key, *code, *name, *country, *first_date, *last_date;
	int has_point; /* places */
	double lat, lon;
} sr_named_row;
/* The actors (places 0) or places (1) most named, in country (its
 * two-letter code for places, three for actors; NULL: all), at most limit. */
SR_API sr_status sr_store_named(sr_store *s, int places, const char *country, long limit,
                                int (*fn)(void *user, const sr_named_row *row), void *user);
SR_API void sr_store_close(sr_store *s);

#ifdef __cplusplus
}
#endif
#endif
