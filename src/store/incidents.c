/* incidents.c: putting an article's incidents into the store: each
 * incident's row (the columns it shares with a mention bear the mention's
 * names: see schema.c), its cluster (a held one it joins, one an earlier
 * incident of the article made, or its own), its lists (associated actors,
 * counts, sources, the mentions it merges: incident_items), the mentions
 * linked to it, and the article's statistics.  Bound from the typed
 * incidents as they are: nothing is decided here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"
#include "../code/code.h"
#include "../incident/incident.h"
#include "../util/buf.h"
#include "../util/json.h"

#define INCIDENT_COLS                                                                                          \
	"article, seq, cluster, sentence, sentence_start, sentence_end, date, date_first, date_last, "              \
	"date_precision, date_source, date_start, date_end, time_precision, source_code, source_text, "             \
	"source_words, source_start, source_end, source_country, source_sector, source_inter, target_code, "        \
	"target_text, target_words, target_start, target_end, target_country, target_sector, target_inter, "        \
	"interaction, civilian_targeting, cameo, root, quad_class, goldstein, plover_type, plover_mode, "           \
	"acled_event_type, acled_sub_event_type, disorder_type, place_text, place_start, place_end, place_name, "    \
	"geonameid, lat, lon, country, admin1, admin1_name, place_precision, geo_precision, geo_source, "           \
	"killed_best, killed_low, killed_high, killed_acled, wounded, arrested, kidnapped, displaced, "             \
	"attribution_text, attribution_type, attribution_status, claim_status, notes, confidence, assoc_1, "       \
	"assoc_2, sources, json"
#define INCIDENT_PARAMS 72
#define ITEM_COLS                                                                                              \
	"incident, seq, what, name, code, kind, inter, type, status, best, low, high, restated, part, event, "       \
	"mention, span_start, span_end, sentence_start, sentence_end"
#define ITEM_PARAMS 20

/* a count's figure, NULL when it has none */
static void num_or_null(sr_db_stmt *st, int col, double v)
{
	if (v < 0)
		sr_db_bind_null(st, col);
	else
		sr_store_bind_num(st, col, v);
}

static void int_or_null(sr_db_stmt *st, int col, int64_t v, bool has)
{
	if (has)
		sr_db_bind_int64(st, col, v);
	else
		sr_db_bind_null(st, col);
}

/* An actor: code, ACLED's name, its words, start, end, country (alpha-3 of
 * its code), sectors, inter. */
static int bind_actor(sr_db_stmt *st, int col, const sr_incident_actor *a)
{
	sr_store_bind_str(st, col++, a->code);
	sr_store_bind_str(st, col++, a->name);
	sr_store_bind_str(st, col++, a->text);
	int_or_null(st, col++, a->start, a->start >= 0);
	int_or_null(st, col++, a->end, a->end >= 0);
	col = sr_store_bind_code_parts(st, col, a->code, a->code ? strlen(a->code) : 0, true);
	int_or_null(st, col++, a->inter, a->inter != 0);
	return col;
}

/* The incident's row, from parameter 1 (its JSON copy apart). */
static void bind_incident(sr_db_stmt *st, int64_t article, size_t seq, int64_t cluster, const sr_incident *x)
{
	int col = 1;
	sr_db_bind_int64(st, col++, article);
	sr_db_bind_int64(st, col++, (int64_t)seq);
	int_or_null(st, col++, cluster, cluster > 0);
	const sr_incident_mention *m0 = x->n_mentions ? &x->mentions[0] : NULL;
	int_or_null(st, col++, m0 ? m0->sentence : 0, m0 != NULL);
	int_or_null(st, col++, m0 ? m0->sentence_start : 0, m0 != NULL);
	int_or_null(st, col++, m0 ? m0->sentence_end : 0, m0 != NULL);
	if (x->has_date) {
		sr_db_bind_text(st, col++, x->date.value, -1);
		sr_store_bind_day(st, col++, x->date.first);
		sr_store_bind_day(st, col++, x->date.last);
		sr_store_bind_str(st, col++, sr_timex_prec_name(x->date.precision));
		sr_store_bind_str(st, col++, sr_date_source_name(x->date.source) ? sr_date_source_name(x->date.source)
		                                                            : x->date.source == SR_DATE_PARAGRAPH ? "paragraph"
		                                                                                                  : NULL);
		int_or_null(st, col++, x->date.start, x->date.start >= 0);
		int_or_null(st, col++, x->date.end, x->date.end >= 0);
		sr_db_bind_int64(st, col++, x->date.time_precision);
	} else {
		for (int k = 0; k < 8; k++)
			sr_db_bind_null(st, col++);
	}
	col = bind_actor(st, col, &x->actor1);
	col = bind_actor(st, col, &x->actor2);
	int_or_null(st, col++, x->interaction, x->interaction != 0);
	sr_db_bind_int64(st, col++, x->civilian_targeting != 0);
	sr_db_bind_text(st, col++, x->cameo, -1);
	sr_cameo_meaning cm;
	if (x->cameo[0] && sr_cameo_info(x->cameo, &cm)) {
		sr_db_bind_text(st, col++, x->cameo, 2);
		sr_db_bind_int64(st, col++, cm.quad);
		sr_db_bind_double(st, col++, sr_jw_num_value(cm.goldstein));
		sr_store_bind_str(st, col++, cm.plover);
		sr_store_bind_str(st, col++, cm.plover ? cm.plover_mode : NULL);
	} else {
		for (int k = 0; k < 5; k++)
			sr_db_bind_null(st, col++);
	}
	sr_store_bind_str(st, col++, sr_acled_event_type(x->acled));
	sr_store_bind_str(st, col++, sr_acled_sub_event_type(x->acled));
	sr_store_bind_str(st, col++, sr_acled_disorder_type(x->acled));
	const sr_incident_place *p = &x->place;
	sr_store_bind_str(st, col++, p->text);
	int_or_null(st, col++, p->start, p->start >= 0);
	int_or_null(st, col++, p->end, p->end >= 0);
	sr_store_bind_str(st, col++, p->has_point ? p->name : NULL);
	int_or_null(st, col++, p->geonameid, p->has_point && p->geonameid >= 0);
	if (p->has_point) {
		sr_db_bind_double(st, col++, sr_jw_num_value(p->lat));
		sr_db_bind_double(st, col++, sr_jw_num_value(p->lon));
	} else {
		sr_db_bind_null(st, col++);
		sr_db_bind_null(st, col++);
	}
	sr_store_bind_str(st, col++, p->country[0] ? p->country : NULL);
	sr_store_bind_str(st, col++, p->admin1[0] ? p->admin1 : NULL);
	sr_store_bind_str(st, col++, p->admin1_name);
	sr_store_bind_str(st, col++, p->has_point ? sr_geo_precision_name(p->precision) : p->country[0] ? "country" : NULL);
	int_or_null(st, col++, p->geo_precision, p->geo_precision != 0);
	sr_store_bind_str(st, col++, sr_geo_source_name(p->source));
	num_or_null(st, col++, x->fatalities_best);
	num_or_null(st, col++, x->fatalities_low);
	num_or_null(st, col++, x->fatalities_high);
	sr_db_bind_int64(st, col++, sr_incident_acled_fatalities(x));
	num_or_null(st, col++, sr_incident_total(x, SR_COUNT_WOUNDED));
	num_or_null(st, col++, sr_incident_total(x, SR_COUNT_ARRESTED));
	num_or_null(st, col++, sr_incident_total(x, SR_COUNT_KIDNAPPED));
	num_or_null(st, col++, sr_incident_total(x, SR_COUNT_DISPLACED));
	const sr_incident_source *s0 = x->n_sources ? &x->sources[0] : NULL;
	sr_store_bind_str(st, col++, s0 ? s0->text : NULL);
	sr_store_bind_str(st, col++, s0 ? (s0->text ? sr_source_type_name(s0->type) : "article") : NULL);
	sr_store_bind_str(st, col++, s0 ? sr_source_status_name(s0->status) : NULL);
	sr_store_bind_str(st, col++, sr_source_status_name(x->claim_status));
	sr_store_bind_str(st, col++, x->notes);
	sr_db_bind_double(st, col++, x->confidence);
	/* ACLED's lists: the associated actors and the sources, "; "-joined */
	char buf[3][600];
	for (int l = 0; l < 3; l++) {
		size_t k = 0, n = l == 0 ? x->n_assoc1 : l == 1 ? x->n_assoc2 : x->n_sources;
		buf[l][0] = '\0';
		for (size_t i = 0; i < n; i++) {
			const char *t = l == 0 ? x->assoc1[i].name : l == 1 ? x->assoc2[i].name : x->sources[i].text;
			if (t && k < sizeof buf[l] && !strstr(buf[l], t))
				k += (size_t)snprintf(buf[l] + k, sizeof buf[l] - k, "%s%s", k ? "; " : "", t);
		}
		sr_store_bind_str(st, col++, buf[l][0] ? buf[l] : NULL);
	}
}

/* One row of incident_items. */
typedef struct item {
	const char *what, *name, *code, *kind, *type, *status;
	int inter;
	double best, low, high;
	int restated, part;
	int64_t event, mention, start, end, s_start, s_end;
} item;

/* The items of an article waiting to go in, MAX_ROWS rows a statement. */
typedef struct items {
	item v[MAX_ROWS];
	int64_t incident[MAX_ROWS];
	int seq[MAX_ROWS];
	size_t n;
} items;

static sr_db_stmt *items_stmt(sr_store *s, size_t n)
{
	if (s->ins_items[n])
		return s->ins_items[n];
	size_t cap = 256 + n * (ITEM_PARAMS * 2 + 4), k = 0;
	char *sql = malloc(cap);
	if (!sql) {
		sr_store_nomem(s);
		return NULL;
	}
	k += (size_t)snprintf(sql, cap, "INSERT INTO incident_items (" ITEM_COLS ") VALUES ");
	for (size_t r = 0; r < n; r++) {
		k += (size_t)snprintf(sql + k, cap - k, "%s(?", r ? "," : "");
		for (int c = 1; c < ITEM_PARAMS; c++)
			sql[k++] = ',', sql[k++] = '?';
		sql[k++] = ')';
	}
	sql[k] = '\0';
	s->ins_items[n] = sr_db_prepare(s->db, sql, NULL, true);
	free(sql);
	if (!s->ins_items[n])
		sr_store_fail(s, SR_EIO, "prepare");
	return s->ins_items[n];
}

static void bind_item(sr_db_stmt *st, int base, int64_t incident, int seq, const item *it);

/* Write the items waiting: false (the store's error) on failure. */
static bool flush_items(sr_store *s, items *q)
{
	if (!q->n)
		return true;
	sr_db_stmt *st = items_stmt(s, q->n);
	if (!st)
		return false;
	for (size_t r = 0; r < q->n; r++)
		bind_item(st, (int)r * ITEM_PARAMS, q->incident[r], q->seq[r], &q->v[r]);
	q->n = 0;
	if (!sr_store_step_done(st)) {
		sr_store_fail(s, SR_EIO, "adding the incidents' lists");
		return false;
	}
	return true;
}

static bool put_item(sr_store *s, items *q, int64_t incident, int seq, const item *it)
{
	if (q->n == MAX_ROWS && !flush_items(s, q))
		return false;
	q->v[q->n] = *it;
	q->incident[q->n] = incident;
	q->seq[q->n++] = seq;
	return true;
}

static void bind_item(sr_db_stmt *st, int base, int64_t incident, int seq, const item *it)
{
	int col = base + 1;
	sr_db_bind_int64(st, col++, incident);
	sr_db_bind_int64(st, col++, seq);
	sr_db_bind_text(st, col++, it->what, -1);
	sr_store_bind_str(st, col++, it->name);
	sr_store_bind_str(st, col++, it->code);
	sr_store_bind_str(st, col++, it->kind);
	int_or_null(st, col++, it->inter, it->inter != 0);
	sr_store_bind_str(st, col++, it->type);
	sr_store_bind_str(st, col++, it->status);
	num_or_null(st, col++, it->best);
	num_or_null(st, col++, it->low);
	num_or_null(st, col++, it->high);
	sr_db_bind_int64(st, col++, it->restated);
	sr_db_bind_int64(st, col++, it->part);
	int_or_null(st, col++, it->event, it->event > 0);
	int_or_null(st, col++, it->mention, it->mention >= 0);
	int_or_null(st, col++, it->start, it->start >= 0);
	int_or_null(st, col++, it->end, it->end >= 0);
	int_or_null(st, col++, it->s_start, it->s_start >= 0);
	int_or_null(st, col++, it->s_end, it->s_end >= 0);
}

static const item NO_ITEM = {.best = -1, .low = -1, .high = -1, .event = 0, .mention = -1, .start = -1, .end = -1,
                             .s_start = -1, .s_end = -1};

/* An incident's lists, in the order the renderer prints them (queued in q). */
static bool put_items(sr_store *s, items *q, int64_t id, const sr_incident *x, const int64_t *ids)
{
	int seq = 0;
	for (int side = 0; side < 2; side++) {
		const sr_incident_actor *v = side ? x->assoc2 : x->assoc1;
		size_t n = side ? x->n_assoc2 : x->n_assoc1;
		for (size_t i = 0; i < n; i++) {
			item it = NO_ITEM;
			it.what = side ? "assoc2" : "assoc1";
			it.name = v[i].name;
			it.code = v[i].code;
			it.inter = v[i].inter;
			it.type = v[i].text;
			it.start = v[i].start;
			it.end = v[i].end;
			if (!put_item(s, q, id, seq++, &it))
				return false;
		}
	}
	for (size_t i = 0; i < x->n_counts; i++) {
		const sr_incident_count *c = &x->counts[i];
		item it = NO_ITEM;
		it.what = "count";
		it.kind = sr_count_kind_name(c->kind);
		it.best = c->best;
		it.low = c->low;
		it.high = c->high;
		it.restated = c->restated;
		it.part = c->part;
		it.name = c->text;
		it.start = c->start;
		it.end = c->end;
		if (!put_item(s, q, id, seq++, &it))
			return false;
	}
	for (size_t i = 0; i < x->n_sources; i++) {
		const sr_incident_source *c = &x->sources[i];
		item it = NO_ITEM;
		it.what = "source";
		it.name = c->text;
		it.type = c->text ? sr_source_type_name(c->type) : "article";
		it.status = sr_source_status_name(c->status);
		it.start = c->start;
		it.end = c->end;
		if (!put_item(s, q, id, seq++, &it))
			return false;
	}
	for (size_t i = 0; i < x->n_mentions; i++) {
		const sr_incident_mention *m = &x->mentions[i];
		item it = NO_ITEM;
		it.what = "mention";
		it.name = m->text;
		it.code = m->cameo[0] ? m->cameo : NULL;
		it.kind = sr_acled_sub_event_type(m->acled);
		it.event = ids && m->index >= 0 ? ids[m->index] : 0;
		it.mention = m->index;
		it.start = m->start;
		it.end = m->end;
		it.s_start = m->sentence_start;
		it.s_end = m->sentence_end;
		if (!put_item(s, q, id, seq++, &it))
			return false;
	}
	return true;
}

/* A new cluster for an incident, from its key; its figures are set when
 * the article is in (sr_clusters_refresh_of). */
static bool new_cluster(sr_store *s, const sr_incident *x, const sr_record_key *rk, const char *now, int64_t *id)
{
	bool end;
	sr_db_stmt *st = sr_store_stmt(s,
	                               "INSERT INTO clusters (first_seen, n_events, n_articles, n_sources, date_first, "
	                               "date_last, root, cameo, acled_event_type, acled_sub_event_type, plover_type, "
	                               "source_code, target_code, source_inter, target_inter, place_name, lat, lon, "
	                               "country, admin1, place_precision) VALUES (?1, 0, 0, 0, ?2, ?3, ?4, ?5, ?6, ?7, "
	                               "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) RETURNING id",
	                               0, &end);
	if (!st) {
		sr_store_fail(s, SR_EIO, "making a cluster");
		return false;
	}
	int col = 1;
	sr_db_bind_text(st, col++, now, -1);
	sr_store_bind_str(st, col++, rk->k.first);
	sr_store_bind_str(st, col++, rk->k.last ? rk->k.last : rk->k.first);
	sr_store_bind_str(st, col++, rk->k.root);
	sr_store_bind_str(st, col++, x->cameo[0] ? x->cameo : NULL);
	sr_store_bind_str(st, col++, rk->k.acled);
	sr_store_bind_str(st, col++, rk->k.sub);
	sr_store_bind_str(st, col++, x->plover);
	sr_store_bind_str(st, col++, rk->k.src);
	sr_store_bind_str(st, col++, rk->k.tgt);
	int_or_null(st, col++, rk->k.inter1, rk->k.inter1 != 0);
	int_or_null(st, col++, rk->k.inter2, rk->k.inter2 != 0);
	sr_store_bind_str(st, col++, x->place.has_point ? x->place.name : NULL);
	if (rk->k.point) {
		sr_db_bind_double(st, col++, rk->k.lat);
		sr_db_bind_double(st, col++, rk->k.lon);
	} else {
		sr_db_bind_null(st, col++);
		sr_db_bind_null(st, col++);
	}
	sr_store_bind_str(st, col++, rk->k.country);
	sr_store_bind_str(st, col++, rk->k.admin1);
	sr_store_bind_str(st, col++, rk->k.prec);
	bool ok = false;
	*id = sr_db_step_id(st, &ok);
	if (!ok || *id < 0) {
		sr_store_fail(s, SR_EIO, "making a cluster");
		return false;
	}
	return true;
}

sr_status sr_store_put_incidents(sr_store *s, int64_t rowid, const sr_incidents *x, const int64_t *ids,
                                 const char *now)
{
	if (!s->ins_incident &&
	    (!sr_store_prepare(s, &s->ins_incident,
	                       "INSERT INTO incidents (" INCIDENT_COLS ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
	                       "?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,"
	                       "?35,?36,?37,?38,?39,?40,?41,?42,?43,?44,?45,?46,?47,?48,?49,?50,?51,?52,?53,?54,?55,?56,"
	                       "?57,?58,?59,?60,?61,?62,?63,?64,?65,?66,?67,?68,?69,?70,?71,?72) RETURNING id") ||
	     !sr_store_prepare(s, &s->ins_statistic,
	                       "INSERT INTO statistics (article, seq, kind, best, low, high, text, span_start, span_end) "
	                       "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")))
		return SR_EIO;
	_Static_assert(INCIDENT_PARAMS == 72 && ITEM_PARAMS == 20, "the statements' parameters");
	/* the clusters this article makes: their keys, to join later incidents */
	sr_record_key *made = x->n ? calloc(x->n, sizeof *made) : NULL;
	int64_t *made_id = x->n ? calloc(x->n, sizeof *made_id) : NULL;
	size_t n_made = 0;
	if (x->n && (!made || !made_id)) {
		free(made);
		free(made_id);
		return sr_store_nomem(s);
	}
	sr_status st = SR_OK;
	sr_buf json;
	sr_buf_init(&json, 0);
	items *queue = malloc(sizeof *queue); /* (large: on the heap) */
	if (!queue) {
		free(made);
		free(made_id);
		return sr_store_nomem(s);
	}
	queue->n = 0;
	for (size_t i = 0; i < x->n && st == SR_OK; i++) {
		const sr_incident *in = &x->items[i];
		sr_record_key rk;
		sr_cluster_key_of(in, &rk);
		int64_t cl = -1;
		long k = -1;
		if (!sr_cluster_find(s, &rk.k, made, n_made, &cl, &k)) {
			st = SR_EIO;
			break;
		}
		if (cl < 0 && k >= 0)
			cl = made_id[k];
		if (cl < 0) {
			if (!new_cluster(s, in, &rk, now, &cl)) {
				st = SR_EIO;
				break;
			}
			made[n_made] = rk;
			sr_cluster_key_of(in, &made[n_made]); /* its strings point into itself */
			made_id[n_made++] = cl;
		}
		bind_incident(s->ins_incident, rowid, i + 1, cl, in);
		/* the rendered copy, its cluster in it: what the API and the JSON
		 * Lines export print */
		sr_incident copy = *in;
		copy.cluster = cl;
		sr_buf_clear(&json);
		sr_jw w;
		sr_jw_init(&w, &json);
		sr_incident_json(&copy, &w);
		if (json.failed) {
			st = sr_store_nomem(s);
			break;
		}
		sr_db_bind_text(s->ins_incident, INCIDENT_PARAMS, json.data, (int)json.len);
		bool ok = false;
		int64_t id = sr_db_step_id(s->ins_incident, &ok);
		if (!ok || id < 0) {
			st = sr_store_fail(s, SR_EIO, "adding an incident");
			break;
		}
		if (!put_items(s, queue, id, in, ids))
			st = SR_EIO;
	}
	if (st == SR_OK && !flush_items(s, queue))
		st = SR_EIO;
	/* the mentions' rows: their incident and its cluster */
	if (st == SR_OK && x->n &&
	    !sr_store_run_with_id(s,
	                          "UPDATE events SET incident = (SELECT ii.incident FROM incident_items ii WHERE "
	                          "ii.event = events.id AND ii.what = 'mention'), cluster = (SELECT i.cluster FROM "
	                          "incident_items ii JOIN incidents i ON i.id = ii.incident WHERE ii.event = events.id "
	                          "AND ii.what = 'mention') WHERE article = ?1",
	                          rowid, "linking the mentions"))
		st = SR_EIO;
	for (size_t i = 0; i < x->n_statistics && st == SR_OK; i++) {
		const sr_incident_count *c = &x->statistics[i];
		sr_db_stmt *q = s->ins_statistic;
		sr_db_bind_int64(q, 1, rowid);
		sr_db_bind_int64(q, 2, (int64_t)i);
		sr_store_bind_str(q, 3, sr_count_kind_name(c->kind));
		num_or_null(q, 4, c->best);
		num_or_null(q, 5, c->low);
		num_or_null(q, 6, c->high);
		sr_store_bind_str(q, 7, c->text);
		int_or_null(q, 8, c->start, c->start >= 0);
		int_or_null(q, 9, c->end, c->end >= 0);
		if (!sr_store_step_done(q))
			st = sr_store_fail(s, SR_EIO, "adding the article's statistics");
	}
	sr_buf_clear(&json);
	free(queue);
	free(made);
	free(made_id);
	return st;
}
