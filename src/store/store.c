/* store.c: the store's handle: opening a store (an SQLite file or a
 * PostgreSQL database) and bringing it to the current schema, closing it,
 * its errors, and the statements it keeps compiled; see sitrep/store.h.
 *
 * Every article goes in with its events in one transaction (put.c): a
 * failure rolls it back, and a crash leaves the last committed state, so
 * the store never holds part of an article. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"
#include "../util/error.h"

sr_status sr_store_nomem(sr_store *s)
{
	snprintf(s->err, sizeof s->err, "out of memory");
	return SR_ENOMEM;
}

sr_status sr_store_fail(sr_store *s, sr_status st, const char *what)
{
	snprintf(s->err, sizeof s->err, "%s: %s", what, s->db ? sr_db_errmsg(s->db) : "no database");
	return st;
}

bool sr_store_exec(sr_store *s, const char *sql)
{
	if (sr_db_exec(s->db, sql))
		return true;
	snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
	return false;
}

void sr_store_prefix(sr_store *s, const char *pre)
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

bool sr_store_prepare(sr_store *s, sr_db_stmt **st, const char *sql)
{
	if ((*st = sr_db_prepare(s->db, sql, NULL, true)))
		return true;
	sr_store_fail(s, SR_EIO, "prepare");
	return false;
}

sr_db_stmt *sr_store_stmt(sr_store *s, const char *sql, int part, bool *end)
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

bool sr_store_run_with_id(sr_store *s, const char *sql, int64_t id, const char *what)
{
	for (int part = 0;; part++) {
		bool end;
		sr_db_stmt *st = sr_store_stmt(s, sql, part, &end);
		if (end)
			return true;
		if (!st) {
			sr_store_fail(s, SR_EIO, what);
			return false;
		}
		if (sr_db_param_count(st) >= 1)
			sr_db_bind_int64(st, 1, id);
		int rc = sr_db_step(st);
		while (rc == SR_DB_ROW)
			rc = sr_db_step(st);
		sr_db_reset(st);
		if (rc != SR_DB_DONE) {
			sr_store_fail(s, SR_EIO, what);
			return false;
		}
	}
}

bool sr_store_step_done(sr_db_stmt *st)
{
	int rc = sr_db_step(st);
	sr_db_reset(st); /* the step's message stays for fail() */
	return rc == SR_DB_DONE;
}

/* An article's row (SR_ARTICLE_COLS, the same parameters in each; ?24 the
 * row to update); on PostgreSQL its tsvector too, when it has events
 * (?17): the full-text index holds those (schema 9). */
#define ARTICLE_PARAMS "?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23"
#define PG_FTS "CASE WHEN ?17 > 0 THEN to_tsvector('simple', left(coalesce(?4, '') || ' ' || coalesce(?12, ''), 400000)) END"
#define SQLITE_INSERT_ARTICLE "INSERT INTO articles (" SR_ARTICLE_COLS ") VALUES (" ARTICLE_PARAMS ") RETURNING rowid"
#define SQLITE_UPDATE_ARTICLE "UPDATE articles SET (" SR_ARTICLE_COLS ") = (" ARTICLE_PARAMS ") WHERE rowid = ?24"
#define PG_INSERT_ARTICLE                                                                                      \
	"INSERT INTO articles (" SR_ARTICLE_COLS ", fts) VALUES (" ARTICLE_PARAMS ", " PG_FTS ") RETURNING rowid"
#define PG_UPDATE_ARTICLE                                                                                      \
	"UPDATE articles SET (" SR_ARTICLE_COLS ", fts) = (" ARTICLE_PARAMS ", " PG_FTS ") WHERE rowid = ?24"

/* Open: the database, the schema brought up to date, the statements every
 * article runs.  On failure the message is the thread's last error. */
static sr_status open_store(sr_store *s, const char *target, bool reader)
{
	s->pg = sr_db_is_pg(target);
	s->next_analyze = 32;
	/* a PostgreSQL URI's password is not repeated in messages */
	const char *shown = s->pg ? "PostgreSQL" : target;
	if (!sr_db_open(target, &s->db)) {
		if (s->pg) /* the message says it is PostgreSQL, and which database */
			snprintf(s->err, sizeof s->err, "%s", sr_db_errmsg(s->db));
		else
			sr_store_fail(s, SR_EIO, shown);
		return SR_EIO;
	}
	if (reader) {
		/* no migration, no write lock: the store must be current */
		if (sr_store_version(s) != SR_STORE_SCHEMA) {
			snprintf(s->err, sizeof s->err, "%s: not at schema version %d", shown, SR_STORE_SCHEMA);
			return SR_EINVAL;
		}
		return sr_store_prepare(s, &s->find, "SELECT rowid, content_hash FROM articles WHERE id = ?") ? SR_OK
		                                                                                              : SR_EIO;
	}
	sr_status st = sr_store_migrate(s);
	if (st != SR_OK) {
		sr_store_prefix(s, shown);
		return st;
	}
	if (!sr_store_prepare(s, &s->find, "SELECT rowid, content_hash FROM articles WHERE id = ?") ||
	    !sr_store_prepare(s, &s->ins_article, s->pg ? PG_INSERT_ARTICLE : SQLITE_INSERT_ARTICLE) ||
	    !sr_store_prepare(s, &s->upd_article, s->pg ? PG_UPDATE_ARTICLE : SQLITE_UPDATE_ARTICLE) ||
	    !sr_store_prepare(s, &s->del_evidence,
	                      "DELETE FROM event_evidence WHERE event IN (SELECT id FROM events WHERE article = ?)") ||
	    !sr_store_prepare(s, &s->del_events, "DELETE FROM events WHERE article = ?") ||
	    !sr_store_prepare(s, &s->del_items,
	                      "DELETE FROM incident_items WHERE incident IN (SELECT id FROM incidents WHERE article = ?)") ||
	    !sr_store_prepare(s, &s->del_incidents, "DELETE FROM incidents WHERE article = ?") ||
	    !sr_store_prepare(s, &s->del_statistics, "DELETE FROM statistics WHERE article = ?"))
		return SR_EIO;
	/* SQLite's FTS5 table is kept here; PostgreSQL keeps its tsvector */
	if (!s->pg &&
	    (!sr_store_prepare(s, &s->old_text, "SELECT title, text, n_events FROM articles WHERE rowid = ?") ||
	     !sr_store_prepare(s, &s->fts_ins, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)") ||
	     !sr_store_prepare(s, &s->fts_del,
	                       "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)")))
		return SR_EIO;
	return SR_OK;
}

static sr_status open_as(const char *target, bool reader, sr_store **out)
{
	if (!target || !*target) {
		sr_error_set("no store path");
		return SR_EINVAL;
	}
	sr_store *s = calloc(1, sizeof *s);
	if (!s || !(s->target = strdup(target))) {
		free(s);
		sr_error_set("out of memory");
		return SR_ENOMEM;
	}
	sr_status st = open_store(s, target, reader);
	if (st != SR_OK) {
		sr_error_set("%s", s->err);
		sr_store_close(s);
		return st;
	}
	*out = s;
	return SR_OK;
}

sr_status sr_store_open(const char *target, sr_store **out)
{
	return open_as(target, false, out);
}

sr_status sr_store_open_reader(const char *target, sr_store **out)
{
	return open_as(target, true, out);
}

const char *sr_store_target(const sr_store *s)
{
	return s->target;
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

void sr_store_watch(sr_store *s, sr_stop stop)
{
	if (s && s->db)
		sr_db_watch(s->db, stop.stop, stop.arg);
}

void sr_store_close(sr_store *s)
{
	if (!s)
		return;
	sr_store_flush(s, NULL); /* an open batch is kept */
	sr_db_stmt *all[] = {s->find,          s->ins_article,  s->upd_article,  s->del_events,    s->del_evidence,
	                     s->fts_ins,       s->fts_del,      s->old_text,     s->fts_from_row,  s->del_incidents,
	                     s->del_items,     s->del_statistics, s->ins_incident, s->ins_statistic};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		sr_db_finalize(all[i]);
	for (size_t i = 0; i <= MAX_ROWS; i++) {
		sr_db_finalize(s->ins_events[i]);
		sr_db_finalize(s->ins_evidence[i]);
		sr_db_finalize(s->ins_items[i]);
	}
	for (size_t i = 0; i < s->n_cache; i++)
		sr_db_finalize(s->cache[i].st);
	sr_db_close(s->db);
	free(s->fts_pending);
	free(s->target);
	free(s);
}
