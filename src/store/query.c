/* query.c: what the store is asked: events by their filters, newest
 * first, with their columns and their article's; an event's evidence;
 * the clusters; an article; the actors and places named; the counts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"
#include "../geo/geo.h"

#define SR_STR_(x) #x
#define SR_STR(x) SR_STR_(x)

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


/* The words and "quoted phrases" of a text search, each as its own
 * string into out (NUL-separated), with no syntax of either store's
 * search left in them: a word is a phrase of one.  Returns how many (at
 * most SR_STORE_MAX_TERMS; -1: more).  A term without a letter or a digit
 * ("-", "'") is no term; an unclosed quote runs to the end. */
static int search_terms(const char *text, char *out, size_t cap, const char **terms)
{
	int n = 0;
	size_t k = 0;
	for (const char *p = text; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		const char *b = p, *e;
		if (*p == '"') {
			b = ++p;
			while (*p && *p != '"')
				p++;
			e = p;
			if (*p)
				p++;
		} else {
			while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '"')
				p++;
			e = p;
		}
		bool word = false;
		for (const char *c = b; c < e && !word; c++)
			word = (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
			       (unsigned char)*c >= 0x80;
		if (!word)
			continue;
		if (n == SR_STORE_MAX_TERMS)
			return -1;
		if (k + (size_t)(e - b) + 1 > cap)
			return -1;
		terms[n++] = out + k;
		memcpy(out + k, b, (size_t)(e - b));
		k += (size_t)(e - b);
		out[k++] = '\0';
	}
	return n;
}

/* The same filters serve the clusters (aliased e as well: their columns
 * bear the events' names), where what only events have (actors' countries
 * and words, low counts, texts, confidence) is left out. */
void sr_store_where(const sr_query *q, char *sql, size_t cap, size_t *kp, sr_binds *bd, bool clusters, bool pg)
{
	size_t k = *kp;
	bd->nb = bd->nt = bd->nn = 0;
	bd->err = NULL;
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
		/* the actor's words as they are: LIKE's % and _ (and the escape
		 * character) escaped */
		size_t a = 0;
		for (const char *c = q->actor; *c && a + 2 < sizeof bd->actor; c++) {
			if (*c == '%' || *c == '_' || *c == '\\')
				bd->actor[a++] = '\\';
			bd->actor[a++] = *c;
		}
		bd->actor[a] = '\0';
		if (strlen(q->actor) > 256)
			bd->err = "the actor filter is over 256 bytes";
		ADD(clusters ? " AND (e.source_code LIKE ? || '%' ESCAPE '\\' OR e.target_code LIKE ? || '%' ESCAPE '\\')"
		             : " AND (e.source_code LIKE ? || '%' ESCAPE '\\' OR e.target_code LIKE ? || '%' ESCAPE '\\' OR "
		               "e.source_text LIKE '%' || ? || '%' ESCAPE '\\' OR e.target_text LIKE '%' || ? || '%' ESCAPE '\\')");
		for (int i = 0; i < (clusters ? 2 : 4); i++)
			TXT(bd->actor);
	}
	if (q->min_killed > 0) {
		ADD(clusters ? " AND e.killed_best >= ?" : " AND coalesce(e.killed_best, e.killed_low) >= ?");
		NUM((double)q->min_killed);
	}
	if (q->text && *q->text && !clusters) {
		/* words and "phrases", every one of them in the article, the same
		 * on both stores and with neither's query syntax: each a quoted
		 * FTS5 phrase (its quotes doubled) on SQLite, a phraseto_tsquery
		 * on PostgreSQL; the stores' tokenizers split "al-Assad" and
		 * "Houthi's" into the words they index */
		const char *terms[SR_STORE_MAX_TERMS];
		char raw[SR_STORE_MAX_SEARCH + SR_STORE_MAX_TERMS + 1];
		/* "fts:" asks for the store's own syntax, for those who want its
		 * operators: SQLite's FTS5 query syntax, PostgreSQL's web search
		 * syntax */
		bool own = !strncmp(q->text, "fts:", 4);
		int nt = strlen(q->text) > SR_STORE_MAX_SEARCH ? -1 : own ? 1 : search_terms(q->text, raw, sizeof raw, terms);
		if (own && nt > 0) {
			if (pg)
				ADD(" AND e.article IN (SELECT rowid FROM articles WHERE fts @@ websearch_to_tsquery('simple', ?))");
			else
				ADD(" AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
			TXT(q->text + 4);
		} else if (nt < 0) {
			bd->err = "the text search is over " SR_STR(SR_STORE_MAX_TERMS) " words and phrases or "
			          SR_STR(SR_STORE_MAX_SEARCH) " bytes";
		} else if (nt == 0) {
			ADD(" AND FALSE"); /* nothing to look for: nothing found */
		} else if (pg) {
			size_t t = 0;
			ADD(" AND e.article IN (SELECT rowid FROM articles WHERE fts @@ (");
			for (int i = 0; i < nt; i++) {
				ADD(i ? " && phraseto_tsquery('simple', ?)" : "phraseto_tsquery('simple', ?)");
				size_t l = strlen(terms[i]) + 1;
				memcpy(bd->terms + t, terms[i], l);
				TXT(bd->terms + t);
				t += l;
			}
			ADD("))");
		} else {
			size_t t = 0;
			for (int i = 0; i < nt; i++) {
				if (i)
					bd->terms[t++] = ' ';
				bd->terms[t++] = '"';
				for (const char *c = terms[i]; *c; c++) {
					if (*c == '"')
						bd->terms[t++] = '"';
					bd->terms[t++] = *c;
				}
				bd->terms[t++] = '"';
			}
			bd->terms[t] = '\0';
			ADD(" AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
			TXT(bd->terms);
		}
	}
	if (q->min_confidence > 0 && !clusters) {
		ADD(" AND e.confidence >= ?");
		NUM(q->min_confidence);
	}
	if (q->per_cluster && !clusters)
		ADD(q->mentions ? " AND e.incident IN (SELECT representative FROM clusters)"
		                : " AND e.id IN (SELECT representative FROM clusters)");
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

static void bind_all(sr_db_stmt *st, const sr_binds *bd, int first)
{
	for (int i = 0, ti = 0, ni = 0; i < bd->nb; i++) {
		if (bd->kinds[i] == 0)
			sr_db_bind_text(st, first + i, bd->txt[ti++], -1);
		else
			sr_db_bind_double(st, first + i, bd->num[ni++]);
	}
}

sr_status sr_store_prepare_query(sr_store *s, const char *sql, size_t k, size_t cap, const sr_binds *bd, int first,
                                 const char *what, sr_db_stmt **out)
{
	*out = NULL;
	if (bd->err) {
		snprintf(s->err, sizeof s->err, "%s", bd->err);
		return SR_EINVAL;
	}
	if (k >= cap - 1) {
		snprintf(s->err, sizeof s->err, "query too long");
		return SR_EINVAL;
	}
	if (!(*out = sr_db_prepare(s->db, sql, NULL, false)))
		return sr_store_fail(s, SR_EIO, what);
	bind_all(*out, bd, first);
	return SR_OK;
}

sr_status sr_store_stepped(sr_store *s, int rc, const char *what)
{
	return rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK
	                                                                                      : sr_store_fail(s, sr_db_error_is_input(s->db) ? SR_EINVAL : SR_EIO, what);
}

/* The columns a row shows, in the order read_row reads them: those an
 * incident and a mention share (their counts of the wounded and arrested
 * are an incident's columns, a mention's evidence), then an incident's own. */
#define SHARED_COLS(WOUNDED, ARRESTED, JSON)                                                                   \
	"e.id, e.cluster, e.date_first, e.date_last, e.date_precision, e.place_name, e.country, e.admin1, "          \
	"e.place_precision, e.geonameid, e.lat, e.lon, e.cameo, e.root, e.plover_type, e.plover_mode, "              \
	"e.acled_event_type, e.acled_sub_event_type, e.quad_class, e.goldstein, e.source_code, e.source_text, "      \
	"e.source_country, e.source_sector, e.target_code, e.target_text, e.target_country, e.target_sector, "       \
	"coalesce(e.killed_best, e.killed_low), " WOUNDED ", " ARRESTED ", "                                          \
	"e.attribution_text, e.attribution_type, e.attribution_status, e.confidence, e.sentence, e.sentence_start, " \
	"e.sentence_end, a.id, a.url, a.title, a.site, a.ingested, a.text, " JSON ", "
#define ROW_COLS SHARED_COLS(COUNT_OF("wounded"), COUNT_OF("arrested"), "e.json")
#define INCIDENT_ROW_COLS SHARED_COLS("e.wounded", "e.arrested", "e.json")
#define INCIDENT_OWN_COLS                                                                                      \
	", e.seq, e.source_words, e.source_start, e.source_end, e.source_inter, e.target_words, e.target_start, "    \
	"e.target_end, e.target_inter, e.interaction, e.civilian_targeting, e.disorder_type, e.date, e.date_source, " \
	"e.date_start, e.date_end, e.time_precision, e.place_text, e.place_start, e.place_end, e.admin1_name, "      \
	"e.geo_precision, e.geo_source, e.killed_best, e.killed_low, e.killed_high, e.killed_acled, e.kidnapped, "  \
	"e.displaced, e.claim_status, e.notes, e.assoc_1, e.assoc_2, e.sources"
/* The count of a kind an event shows: its first, an incident's before a
 * cumulative one; best, else low */
#define COUNT_OF(KIND)                                                                                         \
	"(SELECT coalesce(v.best, v.low) FROM event_evidence v WHERE v.event = e.id AND v.role = 'count' AND "       \
	"v.kind = '" KIND "' ORDER BY v.cumulative, v.seq LIMIT 1)"

static long long int_or(sr_db_stmt *st, int i, long long none)
{
	return sr_db_is_null(st, i) ? none : sr_db_int64(st, i);
}

static sr_row_actor actor_at(sr_db_stmt *st, int i)
{
	return (sr_row_actor){sr_db_text(st, i), sr_db_text(st, i + 1), sr_db_text(st, i + 2), sr_db_text(st, i + 3)};
}

static double num_or(sr_db_stmt *st, int i, double none)
{
	return sr_db_is_null(st, i) ? none : sr_db_double(st, i);
}

/* An incident's own columns, from column i. */
static void read_incident(sr_db_stmt *st, int i, sr_row_incident *x)
{
	memset(x, 0, sizeof *x);
	x->seq = sr_db_int64(st, i++);
	x->actor1_words = sr_db_text(st, i++);
	x->actor1_start = int_or(st, i++, -1);
	x->actor1_end = int_or(st, i++, -1);
	x->inter1 = (int)int_or(st, i++, 0);
	x->actor2_words = sr_db_text(st, i++);
	x->actor2_start = int_or(st, i++, -1);
	x->actor2_end = int_or(st, i++, -1);
	x->inter2 = (int)int_or(st, i++, 0);
	x->interaction = (int)int_or(st, i++, 0);
	x->civilian_targeting = (int)int_or(st, i++, 0);
	x->disorder_type = sr_db_text(st, i++);
	x->date_value = sr_db_text(st, i++);
	x->date_source = sr_db_text(st, i++);
	x->date_start = int_or(st, i++, -1);
	x->date_end = int_or(st, i++, -1);
	x->time_precision = (int)int_or(st, i++, 0);
	x->place_text = sr_db_text(st, i++);
	x->place_start = int_or(st, i++, -1);
	x->place_end = int_or(st, i++, -1);
	x->admin1_name = sr_db_text(st, i++);
	x->geo_precision = (int)int_or(st, i++, 0);
	x->geo_source = sr_db_text(st, i++);
	x->killed_best = num_or(st, i++, -1);
	x->killed_low = num_or(st, i++, -1);
	x->killed_high = num_or(st, i++, -1);
	x->killed_acled = int_or(st, i++, 0);
	x->kidnapped = num_or(st, i++, -1);
	x->displaced = num_or(st, i++, -1);
	x->claim_status = sr_db_text(st, i++);
	x->notes = sr_db_text(st, i++);
	x->assoc1 = sr_db_text(st, i++);
	x->assoc2 = sr_db_text(st, i++);
	x->sources = sr_db_text(st, i++);
}

static void read_row(sr_db_stmt *st, sr_query_row *r)
{
	memset(r, 0, sizeof *r);
	int i = 0;
	r->id = sr_db_int64(st, i++);
	r->cluster = int_or(st, i++, 0);
	r->date = sr_db_text(st, i++);
	r->date_last = sr_db_text(st, i++);
	r->date_precision = sr_db_text(st, i++);
	r->place = sr_db_text(st, i++);
	r->country = sr_db_text(st, i++);
	r->admin1 = sr_db_text(st, i++);
	r->place_precision = sr_db_text(st, i++);
	r->geonameid = int_or(st, i++, -1);
	r->has_point = !sr_db_is_null(st, i) && !sr_db_is_null(st, i + 1);
	r->lat = sr_db_double(st, i++);
	r->lon = sr_db_double(st, i++);
	r->cameo = sr_db_text(st, i++);
	r->root = sr_db_text(st, i++);
	r->plover = sr_db_text(st, i++);
	r->plover_mode = sr_db_text(st, i++);
	r->acled_event_type = sr_db_text(st, i++);
	r->acled = sr_db_text(st, i++);
	r->quad_class = (int)int_or(st, i++, 0);
	r->has_goldstein = !sr_db_is_null(st, i);
	r->goldstein = sr_db_double(st, i++);
	r->source_actor = actor_at(st, i);
	i += 4;
	r->target_actor = actor_at(st, i);
	i += 4;
	r->source = r->source_actor.code ? r->source_actor.code : r->source_actor.text;
	r->target = r->target_actor.code ? r->target_actor.code : r->target_actor.text;
	r->killed = int_or(st, i++, -1);
	r->wounded = int_or(st, i++, -1);
	r->arrested = int_or(st, i++, -1);
	r->attribution_text = sr_db_text(st, i++);
	r->attribution_type = sr_db_text(st, i++);
	r->attribution_status = sr_db_text(st, i++);
	r->confidence = sr_db_double(st, i++);
	r->sentence = int_or(st, i++, -1);
	r->sentence_start = (size_t)int_or(st, i++, 0);
	r->sentence_end = (size_t)int_or(st, i++, 0);
	r->article = sr_db_text(st, i++);
	r->url = sr_db_text(st, i++);
	r->title = sr_db_text(st, i++);
	r->site = sr_db_text(st, i++);
	r->ingested = sr_db_text(st, i++);
	r->text = sr_db_text(st, i);
	r->text_len = sr_db_bytes(st, i++);
	r->json = sr_db_text(st, i++);
	r->ingested_s = sr_db_int64(st, i++);
}

/* The first column an incident's own columns start at. */
enum { INCIDENT_OWN_AT = 46 };

/* sr_store_query's rows of one statement (the dated events q wants, or
 * with a cursor those its clause says); *found counts what fn got,
 * *stopped says fn asked to stop. */
static sr_status query_part(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_query_row *row), void *user,
                            long *found, bool *stopped)
{
	char sql[6144];
	const char *epoch = s->pg ? "CAST(extract(epoch FROM CAST(a.ingested AS timestamptz)) AS BIGINT)"
	                          : "CAST(strftime('%s', a.ingested) AS INTEGER)";
	size_t k = q->mentions ? (size_t)snprintf(sql, sizeof sql,
	                                          "SELECT " ROW_COLS "%s FROM events e JOIN articles a ON a.rowid = "
	                                          "e.article WHERE TRUE",
	                                          epoch)
	                       : (size_t)snprintf(sql, sizeof sql,
	                                          "SELECT " INCIDENT_ROW_COLS "%s" INCIDENT_OWN_COLS
	                                          " FROM incidents e JOIN articles a ON a.rowid = e.article WHERE TRUE",
	                                          epoch);
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, false, s->pg);
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
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 1, "query", &st);
	if (pr != SR_OK)
		return pr;
	long n = 0;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_query_row row;
		sr_row_incident inc;
		read_row(st, &row);
		if (!q->mentions) {
			read_incident(st, INCIDENT_OWN_AT, &inc);
			row.incident = &inc;
			/* an incident's actors as a table shows them: ACLED's names */
			row.source = row.source_actor.text ? row.source_actor.text : row.source_actor.code;
			row.target = row.target_actor.text ? row.target_actor.text : row.target_actor.code;
		}
		if (q->has_near && !(row.has_point && sr_geo_km(q->near_lat, q->near_lon, row.lat, row.lon) <= q->near_km))
			continue;
		if ((*stopped = fn(user, &row) != 0))
			break;
		if (q->limit > 0 && ++n >= q->limit)
			break;
	}
	sr_status r = sr_store_stepped(s, rc, "query");
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


sr_status sr_store_clusters(sr_store *s, const sr_query *q, int (*fn)(void *user, const sr_cluster_row *row),
                            void *user)
{
	char sql[2048];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT id, n_events, n_articles, n_sources, first_seen, date_first, date_last, root, "
	                            "cameo, acled_event_type, plover_type, source_code, target_code, place_name, country, "
	                            "killed_best, lat, lon, representative FROM clusters e WHERE TRUE");
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, true, s->pg);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0,
	                      s->pg ? " ORDER BY n_articles DESC, n_sources DESC, date_first DESC NULLS LAST, id DESC"
	                            : " ORDER BY n_articles DESC, n_sources DESC, date_first DESC, id DESC");
	if (q->limit > 0)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %ld", q->limit);
	sr_db_stmt *st;
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 1, "clusters", &st);
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
		r.first_seen = sr_db_text(st, 4);
		r.date_first = sr_db_text(st, 5);
		r.date_last = sr_db_text(st, 6);
		r.root = sr_db_text(st, 7);
		r.cameo = sr_db_text(st, 8);
		r.acled = sr_db_text(st, 9);
		r.plover = sr_db_text(st, 10);
		r.source = sr_db_text(st, 11);
		r.target = sr_db_text(st, 12);
		r.place = sr_db_text(st, 13);
		r.country = sr_db_text(st, 14);
		r.killed = sr_db_is_null(st, 15) ? -1 : sr_db_int64(st, 15);
		r.has_point = !sr_db_is_null(st, 16);
		r.lat = sr_db_double(st, 16);
		r.lon = sr_db_double(st, 17);
		r.representative = sr_db_int64(st, 18);
		if (fn(user, &r))
			break;
	}
	sr_status res = rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK : sr_store_fail(s, SR_EIO, "clusters");
	sr_db_finalize(st);
	return res;
}

sr_status sr_store_article(sr_store *s, const char *id, char **json)
{
	*json = NULL;
	sr_db_stmt *st = sr_db_prepare(s->db, "SELECT json FROM articles WHERE id = ?", NULL, false);
	if (!st)
		return sr_store_fail(s, SR_EIO, "article");
	sr_db_bind_text(st, 1, id, -1);
	int rc = sr_db_step(st);
	sr_status r = SR_OK;
	if (rc == SR_DB_ROW) {
		const char *t = sr_db_text(st, 0);
		if (t && !(*json = strdup(t)))
			r = SR_ENOMEM;
	} else if (rc != SR_DB_DONE) {
		r = sr_store_fail(s, SR_EIO, "article");
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
		return sr_store_fail(s, SR_EIO, places ? "places" : "actors");
	sr_db_bind_text(st, 1, country ? country : "", -1);
	sr_db_bind_text(st, 2, country ? country : "", -1);
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_named_row r = {.id = sr_db_int64(st, 0), .n_events = sr_db_int64(st, 1), .key = sr_db_text(st, 2),
		                  .code = sr_db_text(st, 3), .name = sr_db_text(st, 4), .country = sr_db_text(st, 5),
		                  .first_date = sr_db_text(st, 6), .last_date = sr_db_text(st, 7),
		                  .has_point = !sr_db_is_null(st, 8), .lat = sr_db_double(st, 8), .lon = sr_db_double(st, 9)};
		if (fn(user, &r))
			break;
	}
	sr_status res = rc == SR_DB_ROW || rc == SR_DB_DONE ? SR_OK : sr_store_fail(s, SR_EIO, places ? "places" : "actors");
	sr_db_finalize(st);
	return res;
}

/* The evidence rows of sql (one parameter: the incident's or the event's
 * id), each given to fn until it returns nonzero. */
static sr_status evidence_rows(sr_store *s, const char *sql, long long id,
                               int (*fn)(void *user, const char *role, const char *kind, long long start,
                                         long long end),
                               void *user)
{
	bool end;
	sr_db_stmt *st = sr_store_stmt(s, sql, 0, &end);
	if (!st)
		return sr_store_fail(s, SR_EIO, "evidence");
	sr_db_bind_int64(st, 1, id);
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_text(st, 0), sr_db_text(st, 1), sr_db_int64(st, 2), sr_db_int64(st, 3)))
			break;
	sr_status r = sr_store_stepped(s, rc, "evidence");
	sr_db_reset(st);
	return r;
}

sr_status sr_store_evidence(sr_store *s, long long id, int mentions,
                            int (*fn)(void *user, const char *role, const char *kind, long long start, long long end),
                            void *user)
{
	/* an incident's: its actors', place's and date's words (its columns),
	 * then its lists' (each mention's action and sentence, each count,
	 * each source) */
	static const char *const INCIDENT =
	    "SELECT 'source', NULL, source_start, source_end, 0 FROM incidents WHERE id = ?1 "
	    "AND source_end > source_start UNION ALL "
	    "SELECT 'target', NULL, target_start, target_end, 1 FROM incidents WHERE id = ?1 "
	    "AND target_end > target_start UNION ALL "
	    "SELECT 'place', NULL, place_start, place_end, 2 FROM incidents WHERE id = ?1 "
	    "AND place_end > place_start UNION ALL "
	    "SELECT 'date', NULL, date_start, date_end, 3 FROM incidents WHERE id = ?1 "
	    "AND date_end > date_start UNION ALL "
	    "SELECT CASE what WHEN 'mention' THEN 'action' WHEN 'source' THEN 'attribution' "
	    "ELSE what END, kind, span_start, span_end, 10 + 3 * seq FROM incident_items "
	    "WHERE incident = ?1 AND what IN ('mention', 'count', 'source') "
	    "AND span_end > span_start UNION ALL "
	    "SELECT 'sentence', NULL, sentence_start, sentence_end, 11 + 3 * seq FROM "
	    "incident_items WHERE incident = ?1 AND what = 'mention' "
	    "AND sentence_end > sentence_start ORDER BY 5";
	static const char *const EVENT =
	    "SELECT role, kind, span_start, span_end FROM event_evidence WHERE event = ?1 ORDER BY seq";
	return evidence_rows(s, mentions ? EVENT : INCIDENT, id, fn, user);
}

sr_status sr_store_count_incidents(sr_store *s, long long *incidents)
{
	sr_db_stmt *st = sr_db_prepare(s->db, "SELECT count(*) FROM incidents", NULL, false);
	if (!st)
		return sr_store_fail(s, SR_EIO, "counting");
	sr_status r = SR_OK;
	if (sr_db_step(st) == SR_DB_ROW)
		*incidents = sr_db_int64(st, 0);
	else
		r = sr_store_fail(s, SR_EIO, "counting");
	sr_db_finalize(st);
	return r;
}

sr_status sr_store_counts(sr_store *s, long long *articles, long long *events)
{
	sr_db_stmt *st = NULL;
	if (!(st = sr_db_prepare(s->db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", NULL, false)))
		return sr_store_fail(s, SR_EIO, "counting");
	sr_status r = SR_OK;
	if (sr_db_step(st) == SR_DB_ROW) {
		*articles = sr_db_int64(st, 0);
		*events = sr_db_int64(st, 1);
	} else {
		r = sr_store_fail(s, SR_EIO, "counting");
	}
	sr_db_finalize(st);
	return r;
}
