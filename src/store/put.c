/* put.c: putting an article and its records into the store, in one
 * transaction; see sitrep/store.h.
 *
 * Every column is bound from the typed records as they are (sitrep/code.h):
 * nothing is decided here and nothing is read back.  The events' JSON,
 * rendered by the same renderer `sitrep code` prints with, is kept beside
 * the columns as a copy.  An article already held with the same text is
 * left alone (putting it again changes nothing); with another text it is
 * replaced, its events with it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_int.h"
#include "../code/code.h"
#include "../util/buf.h"
#include "../util/json.h"
#include "../util/vec.h"

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
#define EVIDENCE_PARAMS 11

/* ---- binding ------------------------------------------------------------------- */

void sr_store_bind_str(sr_db_stmt *st, int col, const char *v)
{
	if (v)
		sr_db_bind_text(st, col, v, -1);
	else
		sr_db_bind_null(st, col);
}

static void bind_strn(sr_db_stmt *st, int col, const char *v, size_t n)
{
	sr_db_bind_text(st, col, v, (int)n);
}

/* A number as the event's JSON copy has it: an integer when integral,
 * else to 6 significant digits. */
void sr_store_bind_num(sr_db_stmt *st, int col, double v)
{
	double x = sr_jw_num_value(v);
	if (x < 9e15 && x > -9e15 && x == (double)(long long)x)
		sr_db_bind_int64(st, col, (int64_t)x);
	else
		sr_db_bind_double(st, col, x);
}

void sr_store_bind_day(sr_db_stmt *st, int col, int32_t d)
{
	char v[16];
	snprintf(v, sizeof v, "%04d-%02d-%02d", d / 10000 % 10000, d / 100 % 100, d % 100);
	sr_db_bind_text(st, col, v, -1);
}

/* The article's columns (SR_ARTICLE_COLS), from parameter 1. */
static bool bind_article(sr_db_stmt *st, const sr_article *a, const char *ingested, int n_events, const char *json,
                         const sr_incidents *x, sr_buf *authors)
{
	sr_jw w;
	sr_buf_clear(authors);
	sr_jw_init(&w, authors);
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < a->n_authors; i++)
		sr_jw_str(&w, a->authors[i]);
	sr_jw_arr_end(&w);
	if (authors->failed)
		return false;
	const char *v[] = {a->id,        a->url,          a->source_url, a->title, a->subtitle, a->site_name, NULL,
	                   a->published, a->published_precision, a->published_source, a->language};
	int col = 1;
	for (size_t k = 0; k < sizeof v / sizeof *v; k++, col++)
		if (k == 6)
			bind_strn(st, col, authors->data, authors->len);
		else
			sr_store_bind_str(st, col, v[k]);
	bind_strn(st, col++, a->text ? a->text : "", a->text ? a->text_len : 0);
	sr_store_bind_str(st, col++, a->content_hash);
	sr_store_bind_str(st, col++, a->near_duplicate_of);
	sr_store_bind_str(st, col++, a->fetched);
	sr_db_bind_text(st, col++, ingested, -1);
	sr_db_bind_int64(st, col++, n_events);
	sr_db_bind_text(st, col++, json, -1);
	/* what it is about: its relevance, the reason, its topic, its incidents */
	if (x) {
		sr_store_bind_str(st, col++, sr_relevance_name(x->relevance));
		sr_store_bind_num(st, col++, x->relevance_score);
		sr_store_bind_str(st, col++, x->relevance_reason);
		sr_store_bind_str(st, col++, sr_topic_name(x->topic));
		sr_db_bind_int64(st, col++, (int64_t)x->n);
	} else {
		for (int k = 0; k < 4; k++)
			sr_db_bind_null(st, col++);
		sr_db_bind_int64(st, col++, 0);
	}
	return true;
}

/* An actor's columns: code, text, start, end, country (all NULL when the
 * event has none); then its sectors ("GOV,MIL"). */
static int bind_actor(sr_db_stmt *st, int col, const char *text, const sr_event_actor *a)
{
	size_t n = strlen(a->code);
	if (!a->code[0] && a->start == a->end) {
		for (int k = 0; k < 6; k++)
			sr_db_bind_null(st, col + k);
		return col + 6;
	}
	sr_db_bind_text(st, col++, a->code, (int)n);
	bind_strn(st, col++, text + a->start, a->end - a->start);
	sr_db_bind_int64(st, col++, (int64_t)a->start);
	sr_db_bind_int64(st, col++, (int64_t)a->end);
	return sr_store_bind_code_parts(st, col, a->code, n, false);
}

int sr_store_bind_code_parts(sr_db_stmt *st, int col, const char *code, size_t n, bool orgs)
{
	if (n >= 3 && strncmp(code, "---", 3) != 0 &&
	    !(orgs && (strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0)))
		sr_db_bind_text(st, col++, code, 3);
	else
		sr_db_bind_null(st, col++);
	char sectors[64];
	size_t k = 0;
	for (size_t i = 3; i + 3 <= n && k + 4 < sizeof sectors; i += 3)
		k += (size_t)snprintf(sectors + k, sizeof sectors - k, "%s%.3s", k ? "," : "", code + i);
	if (k)
		sr_db_bind_text(st, col++, sectors, (int)k);
	else
		sr_db_bind_null(st, col++);
	return col;
}

/* A record's columns (EVENT_COLS but its cluster), from parameter base + 1;
 * its JSON copy is json, its counts' counts. */
static void bind_event(sr_db_stmt *st, int base, int64_t article, int seq, const sr_coding *c,
                       const sr_event_record *r, const char *json, const char *counts)
{
	const char *text = c->doc->text;
	const sr_event *e = r->event;
	int col = base + 1;
	sr_db_bind_int64(st, col++, article);
	sr_db_bind_int64(st, col++, seq);
	if (e->sentence < c->doc->n_sentences) {
		sr_db_bind_int64(st, col++, (int64_t)e->sentence);
		sr_db_bind_int64(st, col++, (int64_t)c->doc->sentences[e->sentence].start);
		sr_db_bind_int64(st, col++, (int64_t)c->doc->sentences[e->sentence].end);
	} else {
		for (int k = 0; k < 3; k++)
			sr_db_bind_null(st, col++);
	}
	bind_strn(st, col++, text + e->verb_start, e->verb_end - e->verb_start);
	sr_db_bind_int64(st, col++, (int64_t)e->verb_start);
	sr_db_bind_int64(st, col++, (int64_t)e->verb_end);
	if (r->has_date) {
		sr_db_bind_text(st, col++, r->date.value, -1);
		sr_store_bind_day(st, col++, r->date.first);
		sr_store_bind_day(st, col++, r->date.last);
		sr_store_bind_str(st, col++, sr_timex_prec_name(r->date.precision));
		sr_store_bind_str(st, col++, sr_date_source_name(r->date.source));
	} else {
		for (int k = 0; k < 5; k++)
			sr_db_bind_null(st, col++);
	}
	col = bind_actor(st, col, text, &e->source);
	col = bind_actor(st, col, text, &e->target);
	sr_db_bind_text(st, col++, e->cameo, -1);
	if (r->cameo_known) {
		sr_db_bind_text(st, col++, r->root, -1);
		sr_db_bind_int64(st, col++, r->quad_class);
		sr_store_bind_num(st, col++, r->goldstein);
		sr_store_bind_str(st, col++, r->plover_type);
		sr_store_bind_str(st, col++, r->plover_type ? r->plover_mode : NULL);
	} else {
		for (int k = 0; k < 5; k++)
			sr_db_bind_null(st, col++);
	}
	sr_store_bind_str(st, col++, e->acled ? sr_acled_event_type(e->acled) : NULL);
	sr_store_bind_str(st, col++, e->acled ? sr_acled_sub_event_type(e->acled) : NULL);
	const sr_place *p = r->place;
	if (p) {
		bind_strn(st, col++, text + p->start, p->end - p->start);
		sr_db_bind_int64(st, col++, (int64_t)p->start);
		sr_db_bind_int64(st, col++, (int64_t)p->end);
	} else {
		for (int k = 0; k < 3; k++)
			sr_db_bind_null(st, col++);
	}
	if (p && p->resolved) {
		sr_store_bind_str(st, col++, p->name);
		if (p->geonameid >= 0)
			sr_db_bind_int64(st, col++, p->geonameid);
		else
			sr_db_bind_null(st, col++);
		sr_store_bind_num(st, col++, p->lat);
		sr_store_bind_num(st, col++, p->lon);
		sr_db_bind_text(st, col++, p->country, -1);
		sr_store_bind_str(st, col++, p->admin1[0] ? p->admin1 : NULL);
		sr_store_bind_str(st, col++, sr_geo_precision_name(p->precision));
	} else {
		for (int k = 0; k < 7; k++)
			sr_db_bind_null(st, col++);
	}
	sr_store_bind_str(st, col++, p ? sr_geo_source_name(r->geo_source) : NULL);
	int32_t killed = r->count_of[SR_COUNT_KILLED];
	if (killed >= 0) {
		const sr_count *k = &c->layers.counts[killed];
		const double V[] = {k->best, k->low, k->high};
		for (int i = 0; i < 3; i++)
			if (V[i] >= 0)
				sr_store_bind_num(st, col++, V[i]);
			else
				sr_db_bind_null(st, col++);
		sr_db_bind_int64(st, col++, k->cumulative != 0);
	} else {
		for (int k = 0; k < 4; k++)
			sr_db_bind_null(st, col++);
	}
	sr_db_bind_text(st, col++, counts, -1);
	if (r->attribution >= 0) {
		const sr_source *a = &c->layers.sources[r->attribution];
		bind_strn(st, col++, text + a->start, a->end - a->start);
		sr_store_bind_str(st, col++, sr_source_type_name(a->type));
	} else {
		sr_db_bind_null(st, col++);
		sr_db_bind_text(st, col++, "article", -1);
	}
	sr_store_bind_str(st, col++, sr_source_status_name(r->attribution_status));
	sr_db_bind_int64(st, col++, e->negated != 0);
	sr_db_bind_int64(st, col++, e->hypothetical != 0);
	sr_db_bind_int64(st, col++, e->passive != 0);
	sr_db_bind_text(st, col++, e->rule, -1);
	sr_db_bind_text(st, col++, json, -1);
	sr_store_bind_num(st, col++, r->confidence);
}

/* ---- several rows at once ---------------------------------------------------------- */

/* The statement that inserts n (1 to MAX_ROWS) rows of one kind at once,
 * made the first time n is asked for: what 'e' events, 'v' evidence. */
static sr_db_stmt *multi_insert(sr_store *s, char what, size_t n)
{
	sr_db_stmt **slot = what == 'v' ? &s->ins_evidence[n] : &s->ins_events[n];
	if (*slot)
		return *slot;
	const char *head = what == 'v' ? "INSERT INTO event_evidence (event, seq, role, kind, span_start, span_end, best, "
	                                 "low, high, hedged, cumulative) VALUES "
	                               : "INSERT INTO events (" EVENT_COLS ") VALUES ";
	int np = what == 'v' ? EVIDENCE_PARAMS : EVENT_PARAMS;
	size_t cap = strlen(head) + n * ((size_t)np * 2 + 16) + 32, k = 0;
	char *sql = malloc(cap);
	if (!sql) {
		sr_store_nomem(s);
		return NULL;
	}
	k += (size_t)snprintf(sql + k, cap - k, "%s", head);
	for (size_t r = 0; r < n; r++) {
		k += (size_t)snprintf(sql + k, cap - k, "%s(?", r ? "," : "");
		for (int c = 1; c < np; c++)
			sql[k++] = ',', sql[k++] = '?';
		sql[k++] = ')';
	}
	snprintf(sql + k, cap - k, "%s", what == 'e' ? " RETURNING id" : "");
	*slot = sr_db_prepare(s->db, sql, NULL, true);
	free(sql);
	if (!*slot)
		sr_store_fail(s, SR_EIO, "prepare");
	return *slot;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Step a multi-row INSERT ... RETURNING id: the m ids it gives, into ids
 * in the order the rows went in (they come back in no promised order;
 * one writer at a time holds the lock, so they rise in that order). */
static bool returned_ids(sr_store *s, sr_db_stmt *st, size_t m, int64_t *ids, const char *what)
{
	size_t got = 0;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (got < m)
			ids[got++] = sr_db_int64(st, 0);
	sr_db_reset(st);
	if (rc != SR_DB_DONE || got != m) {
		sr_store_fail(s, SR_EIO, what);
		return false;
	}
	qsort(ids, m, sizeof *ids, cmp_id);
	return true;
}

/* An article's records, in statements of up to MAX_ROWS rows; their ids
 * into ids[], in order.  json holds their JSON copies, a line each. */
static bool add_events(sr_store *s, int64_t article, const sr_coding *c, const char *const *json,
                       const char *const *counts, int64_t *ids)
{
	size_t n = c->n_events;
	for (size_t done = 0; done < n;) {
		size_t m = n - done < MAX_ROWS ? n - done : MAX_ROWS;
		sr_db_stmt *st = multi_insert(s, 'e', m);
		if (!st)
			return false;
		for (size_t r = 0; r < m; r++) {
			int base = (int)r * EVENT_PARAMS;
			bind_event(st, base, article, (int)(done + r), c, &c->records[done + r], json[done + r],
			           counts[done + r]);
			sr_db_bind_null(st, base + EVENT_PARAMS); /* its incident's cluster, set with the incident */
		}
		if (!returned_ids(s, st, m, ids + done, "adding the events"))
			return false;
		done += m;
	}
	return true;
}

/* Every record's evidence, in statements of up to MAX_ROWS rows. */
static bool add_evidence(sr_store *s, const sr_coding *c, const int64_t *ids)
{
	size_t total = 0;
	for (size_t i = 0; i < c->n_events; i++)
		total += c->records[i].n_evidence;
	size_t ev = 0, k = 0; /* the record and its evidence the next row is */
	for (size_t done = 0; done < total;) {
		size_t m = total - done < MAX_ROWS ? total - done : MAX_ROWS;
		sr_db_stmt *st = multi_insert(s, 'v', m);
		if (!st)
			return false;
		for (size_t i = 0; i < m; i++, k++) {
			while (k >= c->records[ev].n_evidence)
				ev++, k = 0;
			const sr_evidence *v = &c->records[ev].evidence[k];
			int col = (int)i * EVIDENCE_PARAMS + 1;
			sr_db_bind_int64(st, col++, ids[ev]);
			sr_db_bind_int64(st, col++, (int64_t)k);
			sr_db_bind_text(st, col++, sr_role_name(v->role), -1);
			sr_store_bind_str(st, col++, v->role == SR_ROLE_COUNT ? sr_count_kind_name(v->kind) : NULL);
			sr_db_bind_int64(st, col++, (int64_t)v->start);
			sr_db_bind_int64(st, col++, (int64_t)v->end);
			const sr_count *cn = v->count >= 0 ? &c->layers.counts[v->count] : NULL;
			const double V[] = {cn ? cn->best : -1, cn ? cn->low : -1, cn ? cn->high : -1};
			for (int j = 0; j < 3; j++)
				if (V[j] >= 0)
					sr_store_bind_num(st, col++, V[j]);
				else
					sr_db_bind_null(st, col++);
			if (cn) {
				sr_db_bind_int64(st, col++, cn->hedged != 0);
				sr_db_bind_int64(st, col++, cn->cumulative != 0);
			} else {
				sr_db_bind_null(st, col++);
				sr_db_bind_null(st, col++);
			}
		}
		if (!sr_store_step_done(st)) {
			sr_store_fail(s, SR_EIO, "adding the evidence");
			return false;
		}
		done += m;
	}
	return true;
}

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
	return sr_store_run_with_id(
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
	return sr_store_run_with_id(
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
	if (!(st = sr_store_stmt(s, sql, 0, &end)))
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
static const char CLUSTERS_OF[] = "SELECT DISTINCT cluster FROM incidents WHERE article = ?1 AND cluster IS NOT NULL";


/* ---- putting an article ---------------------------------------------------------- */

/* The records' JSON copies and their counts', in one buffer: the offsets
 * of each into off[] (2 a record), NUL-separated. */
static bool render_copies(const sr_coding *c, const char *article, sr_buf *b, size_t *off)
{
	for (size_t i = 0; c && i < c->n_events; i++) {
		off[2 * i] = b->len;
		if (!sr_record_json(c, i, article, b) || !sr_buf_putc(b, '\0'))
			return false;
		off[2 * i + 1] = b->len;
		if (!sr_record_counts_json(c, i, b) || !sr_buf_putc(b, '\0'))
			return false;
	}
	return true;
}

/* The article's new events (no cluster of their own: their incidents'),
 * their evidence, their actors and places; then its incidents, their
 * clusters, and the clusters' figures. */
static sr_status put_events(sr_store *s, int64_t rowid, const sr_coding *c, const sr_incidents *x,
                            const char *const *json, const char *const *counts, const char *now)
{
	size_t ne = c ? c->n_events : 0;
	sr_status st = SR_OK;
	int64_t *ids = ne ? calloc(ne, sizeof *ids) : NULL;
	if (ne && !ids)
		return sr_store_nomem(s);
	if (ne && (!add_events(s, rowid, c, json, counts, ids) || !add_evidence(s, c, ids) ||
	           !link_actors_places(s, rowid)))
		st = SR_EIO;
	if (st == SR_OK && x)
		st = sr_store_put_incidents(s, rowid, x, ids, now);
	if (st == SR_OK && x && x->n && !sr_clusters_refresh_of(s, rowid))
		st = SR_EIO;
	free(ids);
	return st;
}

/* A new version of a held article: its old text out of SQLite's index,
 * the clusters, actors and places of its old events noted (to count them
 * again once they are gone), its old events and their evidence out, the
 * article's row replaced. */
typedef struct old_version {
	int64_t *clusters, *actors, *places;
	size_t n_clusters, n_actors, n_places;
} old_version;

static sr_status replace_article(sr_store *s, int64_t rowid, old_version *old)
{
	sr_status st = SR_OK;
	bool pending = false; /* indexed when its batch is committed: not yet */
	for (size_t i = 0; i < s->n_fts_pending; i++)
		pending = pending || s->fts_pending[i] == rowid;
	if (s->old_text && !pending) { /* SQLite's FTS5 table: the old version's entry, if it had one */
		sr_db_bind_int64(s->old_text, 1, rowid);
		if (sr_db_step(s->old_text) == SR_DB_ROW && sr_db_int64(s->old_text, 2) > 0) {
			sr_db_bind_int64(s->fts_del, 1, rowid);
			for (int c = 0; c < 2; c++)
				sr_db_bind_text(s->fts_del, 2 + c, sr_db_text(s->old_text, c), (int)sr_db_bytes(s->old_text, c));
			if (!sr_store_step_done(s->fts_del))
				st = sr_store_fail(s, SR_EIO, "unindexing the old version");
		}
		sr_db_reset(s->old_text);
	}
	old->clusters = ids_of(s, CLUSTERS_OF, rowid, &old->n_clusters);
	old->actors = ids_of(s, ACTORS_OF, rowid, &old->n_actors);
	old->places = ids_of(s, PLACES_OF, rowid, &old->n_places);
	sr_db_stmt *const dels[] = {s->del_items, s->del_incidents, s->del_statistics};
	for (size_t i = 0; i < sizeof dels / sizeof *dels; i++) {
		sr_db_bind_int64(dels[i], 1, rowid);
		if (st == SR_OK && !sr_store_step_done(dels[i]))
			st = sr_store_fail(s, SR_EIO, "removing the old version's incidents");
	}
	sr_db_bind_int64(s->del_evidence, 1, rowid);
	if (st == SR_OK && !sr_store_step_done(s->del_evidence))
		st = sr_store_fail(s, SR_EIO, "removing the old version's evidence");
	sr_db_bind_int64(s->del_events, 1, rowid);
	if (st == SR_OK && !sr_store_step_done(s->del_events))
		st = sr_store_fail(s, SR_EIO, "removing the old version's events");
	return st;
}

/* The clusters, actors and places of the old version's events, counted
 * again (the new events' were counted up as they went in). */
static sr_status recount_old(sr_store *s, const old_version *old)
{
	for (size_t i = 0; i < old->n_clusters; i++)
		if (!sr_cluster_refresh(s, old->clusters[i]))
			return SR_EIO;
	for (size_t i = 0; i < old->n_actors; i++)
		if (!refresh_named(s, 0, old->actors[i]))
			return SR_EIO;
	for (size_t i = 0; i < old->n_places; i++)
		if (!refresh_named(s, 1, old->places[i]))
			return SR_EIO;
	return SR_OK;
}

/* Is the article held, and with this text?  *rowid its row (-1: not held). */
static sr_status look_up(sr_store *s, const sr_article *a, int64_t *rowid, bool *same)
{
	*rowid = -1;
	*same = false;
	sr_db_bind_text(s->find, 1, a->id, -1);
	int rc = sr_db_step(s->find);
	sr_status st = SR_OK;
	if (rc == SR_DB_ROW) {
		*rowid = sr_db_int64(s->find, 0);
		const char *h = sr_db_text(s->find, 1);
		*same = h && a->content_hash && strcmp(h, a->content_hash) == 0;
	} else if (rc != SR_DB_DONE) {
		st = sr_store_fail(s, SR_EIO, "looking the article up");
	}
	sr_db_reset(s->find);
	return st;
}

/* Everything of a put inside its transaction. */
static sr_status put_in_tx(sr_store *s, const sr_article *a, const sr_coding *c, const sr_incidents *x,
                           const char *ajson, const char *const *json, const char *const *counts, const char *now,
                           sr_put_result *done)
{
	int64_t rowid;
	bool same;
	sr_status st = look_up(s, a, &rowid, &same);
	if (st != SR_OK || same) {
		*done = SR_PUT_UNCHANGED;
		return st;
	}
	sr_buf authors;
	sr_buf_init(&authors, 0);
	old_version old = {0};
	int n_events = c ? (int)c->n_events : 0;
	if (rowid >= 0) {
		st = replace_article(s, rowid, &old);
		if (st == SR_OK && !bind_article(s->upd_article, a, now, n_events, ajson, x, &authors))
			st = sr_store_nomem(s);
		sr_db_bind_int64(s->upd_article, 24, rowid);
		if (st == SR_OK && !sr_store_step_done(s->upd_article))
			st = sr_store_fail(s, SR_EIO, "replacing the article");
		*done = SR_PUT_REPLACED;
	} else {
		if (!bind_article(s->ins_article, a, now, n_events, ajson, x, &authors))
			st = sr_store_nomem(s);
		bool ok = false;
		if (st == SR_OK)
			rowid = sr_db_step_id(s->ins_article, &ok);
		if (st == SR_OK && (!ok || rowid < 0))
			st = sr_store_fail(s, SR_EIO, "adding the article");
		*done = SR_PUT_NEW;
	}
	sr_buf_clear(&authors);
	/* the full-text index: the articles with events (schema 9) */
	bool indexed = c && c->n_events > 0;
	for (size_t i = 0; !indexed && i < s->n_fts_pending; i++)
		if (s->fts_pending[i] == rowid) /* a new version, without events, of one the batch holds */
			s->fts_pending[i] = s->fts_pending[--s->n_fts_pending];
	if (st == SR_OK && s->fts_ins && indexed && s->in_batch) {
		bool pending = false;
		for (size_t i = 0; i < s->n_fts_pending; i++)
			pending = pending || s->fts_pending[i] == rowid;
		if (!pending && !SR_VEC_GROW(s->fts_pending, s->n_fts_pending, s->cap_fts_pending, 64))
			st = sr_store_nomem(s);
		else if (!pending)
			s->fts_pending[s->n_fts_pending++] = rowid;
	} else if (st == SR_OK && s->fts_ins && indexed) {
		sr_db_bind_int64(s->fts_ins, 1, rowid);
		sr_store_bind_str(s->fts_ins, 2, a->title);
		bind_strn(s->fts_ins, 3, a->text ? a->text : "", a->text ? a->text_len : 0);
		if (!sr_store_step_done(s->fts_ins))
			st = sr_store_fail(s, SR_EIO, "indexing the article's text");
	}
	if (st == SR_OK)
		st = put_events(s, rowid, c, x, json, counts, now);
	if (st == SR_OK)
		st = recount_old(s, &old);
	free(old.clusters);
	free(old.actors);
	free(old.places);
	return st;
}

/* The statistics PostgreSQL plans by, brought up to date as a new store
 * first grows: they say its tables are empty (plans that read whole tables
 * once they are not, ten times slower), and the server's autovacuum only
 * catches up in time; after 32, 128, 512 ... articles, then every 32,768. */
static void analyze_now_and_then(sr_store *s, size_t written)
{
	if (!s->pg || !written)
		return;
	s->n_written += (long)written;
	if (s->n_written < s->next_analyze)
		return;
	while (s->next_analyze <= s->n_written)
		s->next_analyze = s->next_analyze < 32768 ? s->next_analyze * 4 : s->next_analyze + 32768;
	sr_store_exec(s, "ANALYZE articles, events, event_evidence, incidents, incident_items, clusters, actors, places");
	/* (a failure only costs speed) */
}

/* An article in a transaction of its own. */
static sr_status put_alone(sr_store *s, const sr_article *a, const sr_coding *c, const sr_incidents *x,
                           const char *ajson, const char *const *json, const char *const *counts, const char *now,
                           sr_put_result *done)
{
	if (!sr_db_begin(s->db))
		return sr_store_fail(s, SR_EIO, "starting a transaction");
	sr_status st = put_in_tx(s, a, c, x, ajson, json, counts, now, done);
	if (st == SR_OK && !sr_db_commit(s->db))
		st = sr_store_fail(s, SR_EIO, "committing the article");
	if (st != SR_OK)
		sr_db_rollback(s->db);
	else
		analyze_now_and_then(s, *done != SR_PUT_UNCHANGED);
	return st;
}

static double seconds_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* An article in the open batch, a savepoint of its own (a failure takes
 * back this article alone); the batch committed when it is full or old. */
static sr_status put_batched(sr_store *s, const sr_article *a, const sr_coding *c, const sr_incidents *x,
                             const char *ajson, const char *const *json, const char *const *counts, const char *now,
                             sr_put_result *done)
{
	if (!s->in_batch) {
		if (!sr_db_begin(s->db))
			return sr_store_fail(s, SR_EIO, "starting a transaction");
		s->in_batch = true;
		s->batch_n = 0;
		s->batch_t0 = seconds_now();
	}
	if (!sr_store_exec(s, "SAVEPOINT put")) {
		sr_store_prefix(s, "a savepoint");
		return SR_EIO;
	}
	size_t pending = s->n_fts_pending;
	sr_status st = put_in_tx(s, a, c, x, ajson, json, counts, now, done);
	if (st != SR_OK) {
		s->n_fts_pending = pending; /* (its row is taken back: a later one may have its rowid) */
		char keep[sizeof s->err];
		memcpy(keep, s->err, sizeof keep);
		bool back = sr_db_exec(s->db, "ROLLBACK TO SAVEPOINT put") && sr_db_exec(s->db, "RELEASE SAVEPOINT put");
		memcpy(s->err, keep, sizeof keep);
		if (!back) /* the transaction is lost (a connection gone): the batch with it */
			sr_store_flush(s, NULL);
		return st;
	}
	if (!sr_store_exec(s, "RELEASE SAVEPOINT put"))
		return SR_EIO;
	s->batch_n += *done != SR_PUT_UNCHANGED;
	if ((int)s->batch_n >= s->batch_max || seconds_now() - s->batch_t0 >= s->batch_secs) {
		size_t lost = 0;
		st = sr_store_flush(s, &lost);
	}
	return st;
}

void sr_store_batch(sr_store *s, int articles, double seconds)
{
	s->batch_max = articles > 1 ? articles : 0;
	s->batch_secs = seconds > 0 ? seconds : 1;
}

sr_status sr_store_flush(sr_store *s, size_t *lost)
{
	if (lost)
		*lost = 0;
	if (!s->in_batch)
		return SR_OK;
	s->in_batch = false;
	size_t n = s->batch_n;
	s->batch_n = 0;
	/* the batch's texts into SQLite's full-text index, then the commit */
	bool ok = true;
	if (s->n_fts_pending && !s->fts_from_row)
		ok = sr_store_prepare(s, &s->fts_from_row,
		                      "INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles "
		                      "WHERE rowid = ?");
	for (size_t i = 0; i < s->n_fts_pending && ok; i++) {
		sr_db_bind_int64(s->fts_from_row, 1, s->fts_pending[i]);
		ok = sr_store_step_done(s->fts_from_row);
	}
	s->n_fts_pending = 0;
	if (!ok || !sr_db_commit(s->db)) {
		sr_db_rollback(s->db);
		char what[96];
		snprintf(what, sizeof what, "committing the last %zu articles (none of them kept)", n);
		if (lost)
			*lost = n;
		return sr_store_fail(s, SR_EIO, what);
	}
	analyze_now_and_then(s, n);
	return SR_OK;
}

/* What one article may put into the store: its fields within the caps
 * extraction keeps (a library caller's article may not have been through
 * it), a text within SR_MAX_INPUT, at most SR_STORE_MAX_EVENTS coded
 * events and incidents.  One hostile page cannot fill the store or make
 * every later query answer gigabytes. */
static bool within_caps(sr_store *s, const sr_article *a, size_t ne, size_t ni)
{
	const char *what = NULL;
	if (a->title && strnlen(a->title, SR_MAX_FIELD + 1) > SR_MAX_FIELD)
		what = "title";
	else if (a->site_name && strnlen(a->site_name, SR_MAX_FIELD + 1) > SR_MAX_FIELD)
		what = "site name";
	else if (a->url && strnlen(a->url, SR_MAX_FIELD + 1) > SR_MAX_FIELD)
		what = "url";
	else if (a->subtitle && strnlen(a->subtitle, SR_MAX_SUMMARY + 1) > SR_MAX_SUMMARY)
		what = "subtitle";
	else if (a->text_len > SR_MAX_INPUT)
		what = "text";
	else if (ne > SR_STORE_MAX_EVENTS || ni > SR_STORE_MAX_EVENTS)
		what = "number of events";
	for (size_t i = 0; !what && i < a->n_authors; i++)
		if (a->authors[i] && strnlen(a->authors[i], SR_MAX_FIELD + 1) > SR_MAX_FIELD)
			what = "author";
	if (what)
		snprintf(s->err, sizeof s->err, "article %s: its %s is over the store's cap; not stored", a->id, what);
	return !what;
}

sr_status sr_store_put(sr_store *s, const sr_article *a, const sr_coding *c, const sr_incidents *x,
                       sr_put_result *res)
{
	if (!s || !s->db || !s->del_events || !a || !a->id) {
		if (s)
			snprintf(s->err, sizeof s->err, "%s", !s->del_events ? "the store is not open" : "no article to store");
		return SR_EINVAL;
	}
	size_t ne = c ? c->n_events : 0;
	if (!within_caps(s, a, ne, x ? x->n : 0))
		return SR_ETOOBIG;
	/* the article's JSON copy and its records' */
	char *ajson = sr_article_json(a, NULL);
	sr_buf copies;
	sr_buf_init(&copies, 0);
	size_t *off = ne ? malloc(2 * ne * sizeof *off) : NULL;
	const char **lines = ne ? malloc(2 * ne * sizeof *lines) : NULL;
	if (!ajson || (ne && (!off || !lines)) || !render_copies(c, a->id, &copies, off)) {
		free(ajson);
		free(off);
		free(lines);
		sr_buf_clear(&copies);
		return sr_store_nomem(s);
	}
	const char **json = lines, **counts = lines ? lines + ne : NULL;
	for (size_t i = 0; i < ne; i++) {
		json[i] = copies.data + off[2 * i];
		counts[i] = copies.data + off[2 * i + 1];
	}
	char now[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sr_put_result done = 0;
	sr_status st = s->batch_max > 0 ? put_batched(s, a, c, x, ajson, json, counts, now, &done)
	                                : put_alone(s, a, c, x, ajson, json, counts, now, &done);
	free(ajson);
	free(off);
	free(lines);
	sr_buf_clear(&copies);
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
		sr_store_fail(s, SR_EIO, "looking the article up");
		r = -1;
	}
	sr_db_reset(s->find);
	return r;
}
