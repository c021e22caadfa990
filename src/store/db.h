/* db.h: the two databases the store runs on, behind one small interface
 * (db.c): an SQLite file (the default) or a PostgreSQL server (libpq).
 *
 * The interface is SQLite's own shape (prepare, bind, step, column) so
 * store.c reads the same on both.  SQL is written once with SQLite's
 * parameters (? and ?N); on PostgreSQL they become $N.  Where the two
 * dialects differ (schema types, full-text search, dates) store.c asks
 * sr_db_pg and writes each.
 *
 * On PostgreSQL a statement's rows arrive one at a time (single-row mode),
 * so a query over millions of events streams as it does from SQLite. */
#ifndef SR_STORE_DB_H
#define SR_STORE_DB_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_db sr_db;
typedef struct sr_db_stmt sr_db_stmt;

enum { SR_DB_ROW = 1, SR_DB_DONE = 2, SR_DB_ERROR = 3, SR_DB_BUSY = 4, SR_DB_MISUSE = 5 };

/* Is target a PostgreSQL connection URI (postgresql:// or postgres://)? */
bool sr_db_is_pg(const char *target);

/* Open an SQLite file (created when missing) or connect to PostgreSQL.
 * On failure *out may still be set, for sr_db_errmsg; close it. */
bool sr_db_open(const char *target, sr_db **out);
void sr_db_close(sr_db *db);
bool sr_db_pg(const sr_db *db);
/* The last error's message. */
const char *sr_db_errmsg(const sr_db *db);
/* Did the last error come from the statement itself (bad SQL, a bad
 * full-text search, a failed constraint) rather than the database's
 * reach (disk, connection, lock)? */
bool sr_db_error_is_input(const sr_db *db);

/* Run statements (';'-separated) without parameters. */
bool sr_db_exec(sr_db *db, const char *sql);
/* Start, end and abandon a transaction.  sr_db_begin takes the store's
 * write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped
 * advisory lock), so writers queue one transaction at a time. */
bool sr_db_begin(sr_db *db);
bool sr_db_commit(sr_db *db);
void sr_db_rollback(sr_db *db);

/* Prepare the first statement of sql; *tail (when given) is set past it,
 * and NULL is returned with no error when only white space is left.
 * persistent: the statement will run many times (kept compiled). */
sr_db_stmt *sr_db_prepare(sr_db *db, const char *sql, const char **tail, bool persistent);
/* Parameters count from 1; text is copied. */
void sr_db_bind_text(sr_db_stmt *st, int i, const char *v, int len);
void sr_db_bind_int64(sr_db_stmt *st, int i, int64_t v);
void sr_db_bind_double(sr_db_stmt *st, int i, double v);
void sr_db_bind_null(sr_db_stmt *st, int i);
int sr_db_param_count(const sr_db_stmt *st);
/* While stop is set, a statement that runs long asks stop(arg) now and
 * then (SQLite: every few thousand steps of its program; PostgreSQL: every
 * 50 ms of waiting for a row) and is given up when it returns non-zero: the
 * step fails, as an interrupted or cancelled statement.  NULL: never. */
void sr_db_watch(sr_db *db, int (*stop)(void *arg), void *arg);
/* SR_DB_ROW, SR_DB_DONE or SR_DB_ERROR (sr_db_errmsg). */
int sr_db_step(sr_db_stmt *st);
/* Ready to run again: the rows left unread are dropped, bindings cleared. */
void sr_db_reset(sr_db_stmt *st);
void sr_db_finalize(sr_db_stmt *st);

/* The current row's columns, from 0.  Text is NULL for SQL NULL and lasts
 * until the next step. */
bool sr_db_is_null(sr_db_stmt *st, int i);
const char *sr_db_text(sr_db_stmt *st, int i);
size_t sr_db_bytes(sr_db_stmt *st, int i);
int64_t sr_db_int64(sr_db_stmt *st, int i);
double sr_db_double(sr_db_stmt *st, int i);

/* Step st once and take its first column as an id (a RETURNING clause or
 * a one-value query); -1 when there is no row or on failure (*ok false).
 * The statement is reset. */
int64_t sr_db_step_id(sr_db_stmt *st, bool *ok);

#endif
