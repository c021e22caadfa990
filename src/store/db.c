/* db.c: SQLite and PostgreSQL behind one interface (db.h).
 *
 * SQLite's calls are wrapped as they are.  On PostgreSQL a statement keeps
 * its SQL (SQLite's ? and ?N turned into $N) and its parameters as text;
 * a persistent one is prepared on the server the first time it runs, a
 * one-off one is sent with its parameters' types.  Rows come back in
 * single-row mode: one PGresult a row, so nothing is held but the row being
 * read.  One connection runs one statement at a time, as libpq requires;
 * the store reads each statement to its end (or resets it) before the next. */
#include "db.h"

#include <libpq-fe.h>
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The key of the store's write lock on PostgreSQL ("sitrep" in ASCII). */
#define WRITE_LOCK "7310309896663152"

/* PostgreSQL's type oids for the parameters a one-off statement sends
 * (pg_type.h): text, int8, float8; 0 lets the server infer. */
enum { OID_TEXT = 25, OID_INT8 = 20, OID_FLOAT8 = 701 };

struct sr_db {
	sqlite3 *lite;
	PGconn *conn;
	sr_db_stmt *running; /* PostgreSQL: the statement whose rows are being read */
	bool in_tx, input_err;
	unsigned n_prepared;
	int (*stop)(void *arg); /* sr_db_watch */
	void *stop_arg;
	char err[512];
};

struct sr_db_stmt {
	sr_db *db;
	sqlite3_stmt *lite;
	/* PostgreSQL */
	char *sql;
	int np;
	char **vals;
	unsigned *types;
	PGresult *row;
	bool persistent, prepared, finished;
	char name[24];
};

bool sr_db_is_pg(const char *target)
{
	return target && (!strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11));
}

static void pg_notice(void *arg, const char *msg)
{
	(void)arg;
	(void)msg; /* "already exists, skipping" and the like: not for the user */
}

/* The connection's last error, one line, said as a lost connection when
 * that is what it is. */
/* A message of libpq's (lines, a newline at the end) on one line. */
static void one_line(char *line)
{
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == ' '))
		line[--n] = '\0';
	for (char *p = line; *p; p++)
		if (*p == '\n')
			*p = ' ';
}

static void pg_error(sr_db *db, const char *msg, bool lost)
{
	char line[400];
	snprintf(line, sizeof line, "%s", msg && *msg ? msg : PQerrorMessage(db->conn));
	one_line(line);
	if (lost || PQstatus(db->conn) == CONNECTION_BAD)
		snprintf(db->err, sizeof db->err, "lost the connection to PostgreSQL: %s", line);
	else
		snprintf(db->err, sizeof db->err, "%s", line);
}

bool sr_db_open(const char *target, sr_db **out)
{
	sr_db *db = calloc(1, sizeof *db);
	*out = db;
	if (!db)
		return false;
	if (sr_db_is_pg(target)) {
		db->conn = PQconnectdb(target);
		if (!db->conn) {
			snprintf(db->err, sizeof db->err, "out of memory");
			return false;
		}
		if (PQstatus(db->conn) != CONNECTION_OK) {
			char line[400];
			snprintf(line, sizeof line, "%s", PQerrorMessage(db->conn));
			one_line(line);
			snprintf(db->err, sizeof db->err, "cannot connect to PostgreSQL: %s", line);
			return false;
		}
		PQsetNoticeProcessor(db->conn, pg_notice, NULL);
		/* JIT compiles a plan the planner guesses is costly: tens of
		 * milliseconds for statements that run in a fraction of one, each
		 * time (a store's tables grow faster than their statistics).  The
		 * store's statements find rows by keys whose values are alike
		 * (an article's events, a cluster's): one plan serves every run,
		 * where a plan made for each run's values costs more than the run */
		if (!sr_db_exec(db, "SET client_min_messages = warning; SET jit = off; "
		                    "SET plan_cache_mode = force_generic_plan"))
			return false;
		/* LZ4 compresses an article's text and JSON several times faster
		 * than pglz, the default, where the server has it (PostgreSQL 14
		 * built with it, as Debian's is); elsewhere pglz stays */
		PQclear(PQexec(db->conn, "SET default_toast_compression = lz4"));
		return true;
	}
	if (sqlite3_open_v2(target, &db->lite, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s", db->lite ? sqlite3_errmsg(db->lite) : "out of memory");
		return false;
	}
	sqlite3_busy_timeout(db->lite, 30000); /* other ingesters hold the write lock a transaction at a time */
	/* WAL: readers never wait for the writer, a crash keeps the last
	 * committed transaction; NORMAL syncs at checkpoints, which is safe
	 * against the process dying (a power cut may lose the last few) */
	/* a new store's switch to WAL takes the file for itself, and SQLite
	 * does not wait for it: another ingester opening it at the same moment
	 * tries again (for as long as the busy timeout) */
	bool wal = sr_db_exec(db, "PRAGMA journal_mode=WAL");
	for (int tries = 0; !wal && tries < 300 &&
	                    (sqlite3_errcode(db->lite) == SQLITE_BUSY || sqlite3_errcode(db->lite) == SQLITE_LOCKED);
	     tries++) {
		sqlite3_sleep(100);
		wal = sr_db_exec(db, "PRAGMA journal_mode=WAL");
	}
	return wal && sr_db_exec(db, "PRAGMA synchronous=NORMAL") && sr_db_exec(db, "PRAGMA foreign_keys=ON");
}

void sr_db_close(sr_db *db)
{
	if (!db)
		return;
	if (db->conn)
		PQfinish(db->conn);
	sqlite3_close(db->lite);
	free(db);
}

bool sr_db_pg(const sr_db *db)
{
	return db && db->conn;
}

const char *sr_db_errmsg(const sr_db *db)
{
	return db ? db->err : "out of memory";
}

bool sr_db_error_is_input(const sr_db *db)
{
	return db && db->input_err;
}

static void lite_error(sr_db *db)
{
	snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->lite));
	db->input_err = sqlite3_errcode(db->lite) == SQLITE_ERROR;
}

/* A failed result: its message, and whether the statement (not the
 * server's reach) was at fault, from the SQLSTATE's class. */
static void pg_result_error(sr_db *db, PGresult *r)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	/* 08: connection exceptions; 57P01-57P03: the server ending the
	 * session (shut down, terminated, cannot connect now) */
	pg_error(db, r ? PQresultErrorMessage(r) : NULL,
	         state && (!strncmp(state, "08", 2) || !strncmp(state, "57P0", 4)));
	/* 08 connection, 53 resources, 57 operator intervention, 58 system */
	db->input_err = state && strncmp(state, "08", 2) && strncmp(state, "53", 2) && strncmp(state, "57", 2) &&
	                strncmp(state, "58", 2) && PQstatus(db->conn) == CONNECTION_OK;
}

bool sr_db_exec(sr_db *db, const char *sql)
{
	db->input_err = false;
	if (db->conn) {
		PGresult *r = PQexec(db->conn, sql);
		ExecStatusType t = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
		bool ok = t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK;
		if (!ok)
			pg_result_error(db, r);
		PQclear(r);
		return ok;
	}
	char *msg = NULL;
	if (sqlite3_exec(db->lite, sql, NULL, NULL, &msg) == SQLITE_OK)
		return true;
	snprintf(db->err, sizeof db->err, "%s", msg ? msg : sqlite3_errmsg(db->lite));
	db->input_err = sqlite3_errcode(db->lite) == SQLITE_ERROR;
	sqlite3_free(msg);
	return false;
}

bool sr_db_begin(sr_db *db)
{
	bool ok = sr_db_exec(db, db->conn ? "BEGIN; SELECT pg_advisory_xact_lock(" WRITE_LOCK ")" : "BEGIN IMMEDIATE");
	db->in_tx = ok;
	if (!ok && db->conn && PQtransactionStatus(db->conn) != PQTRANS_IDLE)
		sr_db_rollback(db); /* (which keeps the message) */
	return ok;
}

bool sr_db_commit(sr_db *db)
{
	db->in_tx = false;
	if (!db->conn)
		return sr_db_exec(db, "COMMIT");
	/* COMMIT of a transaction that failed rolls it back without an error */
	PGresult *r = PQexec(db->conn, "COMMIT");
	bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK && !strcmp(PQcmdStatus(r), "COMMIT");
	if (!ok) {
		if (r && PQresultStatus(r) == PGRES_COMMAND_OK)
			snprintf(db->err, sizeof db->err, "the transaction failed and was rolled back");
		else
			pg_result_error(db, r);
	}
	PQclear(r);
	return ok;
}

void sr_db_rollback(sr_db *db)
{
	db->in_tx = false;
	if (db->conn && PQstatus(db->conn) != CONNECTION_OK)
		return;
	char keep[sizeof db->err];
	memcpy(keep, db->err, sizeof keep);
	bool input = db->input_err;
	sr_db_exec(db, "ROLLBACK");
	memcpy(db->err, keep, sizeof keep);
	db->input_err = input;
}

/* ---- statements ------------------------------------------------------------ */

/* The end of sql's first statement: its ';' outside quotes, or its end. */
static const char *statement_end(const char *sql)
{
	char q = 0;
	for (const char *p = sql; *p; p++) {
		if (q) {
			if (*p == q)
				q = 0;
		} else if (*p == '\'' || *p == '"') {
			q = *p;
		} else if (*p == ';') {
			return p;
		}
	}
	return sql + strlen(sql);
}

/* SQLite's parameters (? numbered in order, ?N) as PostgreSQL's $N; the
 * number of parameters in *np. */
static char *pg_sql(const char *sql, size_t len, int *np)
{
	char *out = malloc(len * 4 + 1);
	if (!out)
		return NULL;
	size_t k = 0;
	int next = 0, max = 0;
	char q = 0;
	for (size_t i = 0; i < len; i++) {
		char c = sql[i];
		if (q) {
			if (c == q)
				q = 0;
			out[k++] = c;
			continue;
		}
		if (c == '\'' || c == '"') {
			q = c;
			out[k++] = c;
			continue;
		}
		if (c != '?') {
			out[k++] = c;
			continue;
		}
		int n = 0;
		while (i + 1 < len && sql[i + 1] >= '0' && sql[i + 1] <= '9' && n < 1000)
			n = n * 10 + (sql[++i] - '0');
		if (!n)
			n = ++next;
		else if (n > next)
			next = n;
		if (n > max)
			max = n;
		k += (size_t)sprintf(out + k, "$%d", n);
	}
	out[k] = '\0';
	*np = max;
	return out;
}

sr_db_stmt *sr_db_prepare(sr_db *db, const char *sql, const char **tail, bool persistent)
{
	db->input_err = false;
	if (!db->conn) {
		sqlite3_stmt *ls = NULL;
		if (sqlite3_prepare_v3(db->lite, sql, -1, persistent ? SQLITE_PREPARE_PERSISTENT : 0, &ls, tail) !=
		    SQLITE_OK) {
			lite_error(db);
			return NULL;
		}
		if (!ls)
			return NULL;
		sr_db_stmt *st = calloc(1, sizeof *st);
		if (!st) {
			sqlite3_finalize(ls);
			snprintf(db->err, sizeof db->err, "out of memory");
			return NULL;
		}
		st->db = db;
		st->lite = ls;
		return st;
	}
	while (*sql == ' ' || *sql == '\n' || *sql == '\t' || *sql == ';')
		sql++;
	const char *end = statement_end(sql);
	if (tail)
		*tail = *end ? end + 1 : end;
	if (end == sql) {
		db->err[0] = '\0';
		return NULL;
	}
	sr_db_stmt *st = calloc(1, sizeof *st);
	if (!st || !(st->sql = pg_sql(sql, (size_t)(end - sql), &st->np)) ||
	    !(st->vals = calloc((size_t)st->np + 1, sizeof *st->vals)) ||
	    !(st->types = calloc((size_t)st->np + 1, sizeof *st->types))) {
		if (st) {
			free(st->sql);
			free(st->vals);
		}
		free(st);
		snprintf(db->err, sizeof db->err, "out of memory");
		return NULL;
	}
	st->db = db;
	st->persistent = persistent;
	if (persistent)
		snprintf(st->name, sizeof st->name, "sr%u", ++db->n_prepared);
	return st;
}

int sr_db_param_count(const sr_db_stmt *st)
{
	return st->lite ? sqlite3_bind_parameter_count(st->lite) : st->np;
}

static void pg_bind(sr_db_stmt *st, int i, char *v, unsigned type)
{
	if (i < 1 || i > st->np) {
		free(v);
		return;
	}
	free(st->vals[i - 1]);
	st->vals[i - 1] = v;
	st->types[i - 1] = type;
}

void sr_db_bind_text(sr_db_stmt *st, int i, const char *v, int len)
{
	if (st->lite) {
		sqlite3_bind_text(st->lite, i, v, len, SQLITE_TRANSIENT);
		return;
	}
	if (!v) {
		pg_bind(st, i, NULL, 0);
		return;
	}
	size_t n = len < 0 ? strlen(v) : (size_t)len;
	char *c = malloc(n + 1);
	if (c) {
		memcpy(c, v, n);
		c[n] = '\0';
	}
	pg_bind(st, i, c, OID_TEXT);
}

void sr_db_bind_int64(sr_db_stmt *st, int i, int64_t v)
{
	if (st->lite) {
		sqlite3_bind_int64(st->lite, i, (sqlite3_int64)v);
		return;
	}
	char *c = malloc(24);
	if (c)
		snprintf(c, 24, "%lld", (long long)v);
	pg_bind(st, i, c, OID_INT8);
}

void sr_db_bind_double(sr_db_stmt *st, int i, double v)
{
	if (st->lite) {
		sqlite3_bind_double(st->lite, i, v);
		return;
	}
	char *c = malloc(32);
	if (c) {
		if (isnan(v))
			snprintf(c, 32, "NaN");
		else if (isinf(v))
			snprintf(c, 32, v > 0 ? "Infinity" : "-Infinity");
		else
			snprintf(c, 32, "%.17g", v);
	}
	pg_bind(st, i, c, OID_FLOAT8);
}

void sr_db_bind_null(sr_db_stmt *st, int i)
{
	if (st->lite)
		sqlite3_bind_null(st->lite, i);
	else
		pg_bind(st, i, NULL, 0);
}

/* Ask the server to stop the running statement (its result is then the
 * cancellation's error). */
static void pg_cancel(sr_db *db)
{
	PGcancel *c = PQgetCancel(db->conn);
	char buf[256];
	if (c) {
		PQcancel(c, buf, sizeof buf);
		PQfreeCancel(c);
	}
}

static int lite_progress(void *arg)
{
	sr_db *db = arg;
	return db->stop(db->stop_arg);
}

void sr_db_watch(sr_db *db, int (*stop)(void *arg), void *arg)
{
	db->stop = stop;
	db->stop_arg = arg;
	if (db->lite)
		sqlite3_progress_handler(db->lite, stop ? 4000 : 0, stop ? lite_progress : NULL, db);
}

/* Wait until the running statement's next result is in, asking db->stop
 * every 50 ms; when it says stop, the statement is cancelled.  A failed
 * read is left for PQgetResult to report. */
static void pg_wait(sr_db *db)
{
	struct pollfd p = {.fd = PQsocket(db->conn), .events = POLLIN};
	while (PQisBusy(db->conn)) {
		if (poll(&p, 1, 50) < 0 && errno != EINTR)
			return;
		if (!PQconsumeInput(db->conn))
			return;
		if (PQisBusy(db->conn) && db->stop(db->stop_arg)) {
			pg_cancel(db);
			return;
		}
	}
}

/* Read what is left of the statement's results. */
static void pg_drain(sr_db_stmt *st)
{
	sr_db *db = st->db;
	PQclear(st->row);
	st->row = NULL;
	if (db->running != st)
		return;
	PGresult *r;
	while ((r = PQgetResult(db->conn)))
		PQclear(r);
	db->running = NULL;
}

static int pg_start(sr_db_stmt *st)
{
	sr_db *db = st->db;
	if (db->running) {
		snprintf(db->err, sizeof db->err, "a statement started while another's rows were being read");
		return SR_DB_MISUSE;
	}
	if (st->persistent && !st->prepared) {
		PGresult *r = PQprepare(db->conn, st->name, st->sql, st->np, NULL);
		bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
		if (!ok)
			pg_result_error(db, r);
		PQclear(r);
		if (!ok)
			return SR_DB_ERROR;
		st->prepared = true;
	}
	int sent = st->persistent
	               ? PQsendQueryPrepared(db->conn, st->name, st->np, (const char *const *)st->vals, NULL, NULL, 0)
	               : PQsendQueryParams(db->conn, st->sql, st->np, st->types, (const char *const *)st->vals, NULL,
	                                   NULL, 0);
	if (!sent) {
		pg_error(db, NULL, false);
		db->input_err = false;
		return SR_DB_ERROR;
	}
	PQsetSingleRowMode(db->conn);
	db->running = st;
	return 0;
}

int sr_db_step(sr_db_stmt *st)
{
	sr_db *db = st->db;
	db->input_err = false;
	if (st->lite) {
		int rc = sqlite3_step(st->lite);
		if (rc == SQLITE_ROW)
			return SR_DB_ROW;
		if (rc == SQLITE_DONE)
			return SR_DB_DONE;
		lite_error(db);
		return rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? SR_DB_BUSY : SR_DB_ERROR;
	}
	if (st->finished)
		return SR_DB_DONE;
	if (db->running != st) {
		int rc = pg_start(st);
		if (rc)
			return rc;
	}
	PQclear(st->row);
	st->row = NULL;
	if (db->stop)
		pg_wait(db);
	PGresult *r = PQgetResult(db->conn);
	ExecStatusType t = r ? PQresultStatus(r) : PGRES_COMMAND_OK;
	if (t == PGRES_SINGLE_TUPLE) {
		st->row = r;
		return SR_DB_ROW;
	}
	int res = SR_DB_DONE;
	if (t != PGRES_TUPLES_OK && t != PGRES_COMMAND_OK) {
		pg_result_error(db, r);
		res = SR_DB_ERROR;
	}
	PQclear(r);
	st->finished = true;
	pg_drain(st);
	return res;
}

void sr_db_reset(sr_db_stmt *st)
{
	if (!st)
		return;
	if (st->lite) {
		sqlite3_reset(st->lite);
		sqlite3_clear_bindings(st->lite);
		return;
	}
	sr_db *db = st->db;
	if (db->running == st && !st->persistent && !db->in_tx) {
		/* a long query left early (a --limit): the server stops it
		 * rather than sending every row */
		pg_cancel(db);
	}
	pg_drain(st);
	st->finished = false;
	for (int i = 0; i < st->np; i++) {
		free(st->vals[i]);
		st->vals[i] = NULL;
		st->types[i] = 0;
	}
}

void sr_db_finalize(sr_db_stmt *st)
{
	if (!st)
		return;
	if (st->lite) {
		sqlite3_finalize(st->lite);
		free(st);
		return;
	}
	sr_db_reset(st);
	if (st->prepared && PQstatus(st->db->conn) == CONNECTION_OK) {
		char sql[64];
		snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name);
		PQclear(PQexec(st->db->conn, sql));
	}
	free(st->sql);
	free(st->vals);
	free(st->types);
	free(st);
}

/* ---- columns ----------------------------------------------------------------- */

bool sr_db_is_null(sr_db_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_type(st->lite, i) == SQLITE_NULL;
	return !st->row || i >= PQnfields(st->row) || PQgetisnull(st->row, 0, i);
}

const char *sr_db_text(sr_db_stmt *st, int i)
{
	if (st->lite)
		return (const char *)sqlite3_column_text(st->lite, i);
	return sr_db_is_null(st, i) ? NULL : PQgetvalue(st->row, 0, i);
}

size_t sr_db_bytes(sr_db_stmt *st, int i)
{
	if (st->lite)
		return (size_t)sqlite3_column_bytes(st->lite, i);
	return sr_db_is_null(st, i) ? 0 : (size_t)PQgetlength(st->row, 0, i);
}

int64_t sr_db_int64(sr_db_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_int64(st->lite, i);
	const char *t = sr_db_text(st, i);
	return t ? strtoll(t, NULL, 10) : 0;
}

double sr_db_double(sr_db_stmt *st, int i)
{
	if (st->lite)
		return sqlite3_column_double(st->lite, i);
	const char *t = sr_db_text(st, i);
	return t ? strtod(t, NULL) : 0;
}

int64_t sr_db_step_id(sr_db_stmt *st, bool *ok)
{
	int rc = sr_db_step(st);
	int64_t id = -1;
	if (rc == SR_DB_ROW) {
		id = sr_db_int64(st, 0);
		rc = sr_db_step(st);
	}
	*ok = rc == SR_DB_DONE;
	sr_db_reset(st); /* (a reset leaves the step's message) */
	return *ok ? id : -1;
}
