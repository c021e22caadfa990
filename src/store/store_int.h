/* store_int.h: what the store's files share (public part in
 * sitrep/store.h): the handle, its statement cache, its error helpers,
 * the filters as SQL, and the schema's version.
 *
 *   store.c    the handle: open, close, errors, statements kept compiled
 *   schema.c   the schema and its migrations
 *   put.c      putting an article and its records
 *   incidents.c putting an article's incidents, their lists and statistics
 *   cluster.c  cross-article clusters: which real-world event an incident reports
 *   query.c    events, clusters, articles, actors and places asked for
 *   report.c   sums: by group, over time, on a grid
 *   export.c   the export formats */
#ifndef SR_STORE_INT_H
#define SR_STORE_INT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"
#include "db.h"

/* The schema version the code writes; migrations bring older stores up. */
#define SR_STORE_SCHEMA 10

/* The most rows one INSERT writes (59 parameters an event: 3,776 in all,
 * under SQLite's 32,766 and PostgreSQL's 65,535). */
#define MAX_ROWS 64

/* The articles' columns, as put.c binds them. */
#define SR_ARTICLE_COLS                                                                                        \
	"id, url, source_url, title, subtitle, site, authors, published, published_precision, "                    \
	"published_source, language, text, content_hash, near_duplicate_of, fetched, ingested, n_events, json, "    \
	"relevance, relevance_score, relevance_reason, topic, n_incidents"

struct sr_store {
	sr_db *db;
	bool pg; /* PostgreSQL, else SQLite */
	char *target;
	sr_db_stmt *find, *ins_article, *upd_article, *del_events, *del_evidence, *fts_ins, *fts_del, *old_text;
	sr_db_stmt *del_incidents, *del_items, *del_statistics, *ins_incident, *ins_statistic;
	/* inserting n events or evidence rows in one statement (put.c) */
	sr_db_stmt *ins_events[MAX_ROWS + 1], *ins_evidence[MAX_ROWS + 1], *ins_items[MAX_ROWS + 1];
	/* the statements each event runs, prepared once (see sr_store_stmt) */
	struct cached {
		const char *sql; /* the string it comes from (a constant: its address is the key) */
		int part;        /* which of its ';'-separated statements */
		sr_db_stmt *st;  /* NULL: sql has no such part */
	} cache[40];
	size_t n_cache;
	long n_written; /* articles this store has written: when to ANALYZE (PostgreSQL) */
	/* batches (sr_store_batch): at most batch_max articles, or batch_secs
	 * seconds, a transaction; each article a savepoint of its own */
	int batch_max;
	double batch_secs, batch_t0;
	bool in_batch;
	size_t batch_n; /* articles written in the open batch */
	/* SQLite: the rows of the open batch's articles, indexed for full text
	 * when it is committed (FTS5 writes its index at every savepoint) */
	int64_t *fts_pending;
	size_t n_fts_pending, cap_fts_pending;
	sr_db_stmt *fts_from_row;
	long next_analyze;
	char err[512];
};

/* The error "what: the database's message" kept in s->err; returns st. */
sr_status sr_store_fail(sr_store *s, sr_status st, const char *what);
/* "out of memory" kept in s->err; SR_ENOMEM. */
sr_status sr_store_nomem(sr_store *s);
/* Run sql (no parameters); false with s->err set on failure. */
bool sr_store_exec(sr_store *s, const char *sql);
/* "pre: " before the message already in s->err, cut to fit. */
void sr_store_prefix(sr_store *s, const char *pre);
/* Prepare a statement kept until the store is closed; false (s->err) on failure. */
bool sr_store_prepare(sr_store *s, sr_db_stmt **st, const char *sql);
/* The part-th statement of sql (a string constant), prepared the first
 * time it is asked for and kept until the store is closed.  NULL with
 * *end set when sql has no such part, NULL alone on failure. */
sr_db_stmt *sr_store_stmt(sr_store *s, const char *sql, int part, bool *end);
/* Run the statements of sql (several, ';'-separated) with ?1 bound to id. */
bool sr_store_run_with_id(sr_store *s, const char *sql, int64_t id, const char *what);
/* Step a statement that returns no rows and reset it: did it run to its end? */
bool sr_store_step_done(sr_db_stmt *st);
/* The schema version the store is at, -1 when it has none (schema.c). */
int sr_store_version(sr_store *s);
/* The migrations: SQLite's and PostgreSQL's, one a version (schema.c). */
sr_status sr_store_migrate(sr_store *s);

/* ---- clusters (cluster.c) ------------------------------------------------------ */

/* What a cluster's search compares: a held cluster's columns, or the
 * first record of one the article being put is making. */
typedef struct sr_cluster_key {
	const char *first, *last, *root, *acled, *sub; /* NULL when missing */
	const char *country, *admin1, *prec, *src, *tgt;
	int inter1, inter2; /* ACLED's actor types, 0 when none */
	double lat, lon;
	bool point;
	bool fine_date; /* dated to a day or finer */
} sr_cluster_key;
/* An incident's key: its days (YYYY-MM-DD in buffers of the key's own),
 * type, place and actors. */
typedef struct sr_record_key {
	sr_cluster_key k;
	char first[16], last[16];
} sr_record_key;
void sr_cluster_key_of(const sr_incident *x, sr_record_key *out);
/* The cluster of the real-world event an incident (its key) reports: a
 * held one (*id), one of the n the article is making (their keys in
 * made[]; *k), or none (both -1).  False on failure. */
bool sr_cluster_find(sr_store *s, const sr_cluster_key *ek, const sr_record_key *made, size_t n, int64_t *id,
                     long *k);
/* The figures of cluster c brought up to date; an empty one is removed. */
bool sr_cluster_refresh(sr_store *s, int64_t c);
/* The figures of every cluster the incidents of article a are in. */
bool sr_clusters_refresh_of(sr_store *s, int64_t a);

/* ---- incidents (incidents.c) ------------------------------------------------------ */

/* Article rowid's incidents x (their mentions' rows are ids[], in the
 * coding's order), their clusters, lists and statistics; the events linked
 * to them.  SR_OK, else the store's error. */
/* Bind a string (NULL when v is), a number as the JSON copies write it
 * (an integer when integral), a YYYYMMDD day as "YYYY-MM-DD" (put.c). */
void sr_store_bind_str(sr_db_stmt *st, int col, const char *v);
void sr_store_bind_num(sr_db_stmt *st, int col, double v);
void sr_store_bind_day(sr_db_stmt *st, int col, int32_t d);
/* Bind a CAMEO code's parts from parameter col: its country (its first
 * three letters, NULL for "---" and, with orgs, for IGO/NGO) and its
 * sectors ("REB,UAF"; NULL when none); returns the next parameter. */
int sr_store_bind_code_parts(sr_db_stmt *st, int col, const char *code, size_t n, bool orgs);

sr_status sr_store_put_incidents(sr_store *s, int64_t rowid, const sr_incidents *x, const int64_t *ids,
                                 const char *now);


/* ---- the filters of a query as SQL (query.c) ------------------------------------- */

/* The text search's limits: its bytes, its words and phrases. */
#define SR_STORE_MAX_SEARCH 1000
#define SR_STORE_MAX_TERMS 8
typedef struct sr_binds {
	const char *txt[24];
	double num[24];
	int kinds[48], nb, nt, nn; /* kinds: 0 text, 1 number (ids fit a double's 53 bits) */
	/* the user's words made safe: the text search's terms, the actor's
	 * LIKE pattern escaped */
	char terms[SR_STORE_MAX_SEARCH * 2 + 64], actor[520];
	const char *err; /* a filter refused: the query is not run */
} sr_binds;
/* The filters of q as SQL (appended to sql at *k) and their values; for
 * the clusters (aliased e) what only events have is left out. */
void sr_store_where(const sr_query *q, char *sql, size_t cap, size_t *kp, sr_binds *bd, bool clusters, bool pg);
/* The statement of a query sr_store_where helped make (k bytes of a
 * buffer of cap), the filters' values bound from parameter first on: SR_OK
 * with *out set; SR_EINVAL when the SQL did not fit, SR_EIO when it could
 * not be prepared (the store's error says so, what naming the call). */
sr_status sr_store_prepare_query(sr_store *s, const char *sql, size_t k, size_t cap, const sr_binds *bd, int first,
                                 const char *what, sr_db_stmt **out);
/* What a query's last step says: SR_OK at its end or where its reader
 * stopped, else the failure said (SR_EINVAL for what the query asked). */
sr_status sr_store_stepped(sr_store *s, int rc, const char *what);

#endif
