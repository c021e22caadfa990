/* cluster.c: cross-article clusters: which real-world event an incident
 * reports.  An incident joins a cluster of the same type whose days meet
 * its own, whose place is the same or nested, and whose actors do not
 * conflict (see sr_cluster_find); a cluster's figures (its reports,
 * articles, sources, the toll most of them give, its representative) are
 * counted again from its incidents when an article joins or leaves it. */
#define _GNU_SOURCE /* timegm */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_int.h"
#include "../geo/geo.h"
#include "../util/json.h"

/* A cluster's figures from its incidents, the cluster's id being ID (an
 * SQL expression): its reports (n_events), articles, distinct sources
 * (syndicated copies of an article it holds counted once), the toll most
 * of its reports give (of as many, the larger), and its representative
 * (kept while it is still one of its incidents, else the most confident). */
#define CLUSTER_FIGURES(ID)                                                                                    \
	" n_events = (SELECT count(*) FROM incidents WHERE cluster = " ID "),"                                       \
	" n_articles = (SELECT count(DISTINCT article) FROM incidents WHERE cluster = " ID "),"                      \
	" n_sources = (SELECT count(DISTINCT coalesce(a.site, a.id)) FROM incidents e JOIN articles a ON a.rowid = e.article"\
	"   WHERE e.cluster = " ID " AND (a.near_duplicate_of IS NULL OR NOT EXISTS (SELECT 1 FROM articles a2"         \
	"   JOIN incidents e2 ON e2.article = a2.rowid WHERE a2.id = a.near_duplicate_of AND e2.cluster = " ID "))),"  \
	" killed_best = (SELECT coalesce(killed_best, killed_low) FROM incidents WHERE cluster = " ID                \
	"   AND coalesce(killed_best, killed_low) IS NOT NULL GROUP BY coalesce(killed_best, killed_low)"             \
	"   ORDER BY count(*) DESC, coalesce(killed_best, killed_low) DESC LIMIT 1),"                                 \
	" representative = CASE WHEN representative IN (SELECT id FROM incidents WHERE cluster = " ID ")"           \
	"   THEN representative ELSE (SELECT id FROM incidents WHERE cluster = " ID                                   \
	"   ORDER BY confidence DESC, id LIMIT 1) END"

bool sr_cluster_refresh(sr_store *s, int64_t c)
{
	return sr_store_run_with_id(s,
	                   "UPDATE clusters SET" CLUSTER_FIGURES("?1") " WHERE id = ?1;"
	                   "DELETE FROM clusters WHERE id = ?1 AND n_events = 0",
	                   c, "updating a cluster");
}

bool sr_clusters_refresh_of(sr_store *s, int64_t a)
{
	return sr_store_run_with_id(s,
	                   "UPDATE clusters SET" CLUSTER_FIGURES("clusters.id")
	                   " WHERE id IN (SELECT cluster FROM incidents WHERE article = ?1)",
	                   a, "updating the clusters");
}

/* The day d days from day (YYYY-MM-DD) into out; day itself when it is
 * no such day. */
static const char *day_shift(const char *day, int d, char out[32])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
		return day;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_mday += d;
	tm.tm_hour = 12;
	time_t t = timegm(&tm);
	if (t == (time_t)-1 || !gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 8099)
		return day;
	snprintf(out, 32, "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000, (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
	return out;
}

/* What a cluster's search compares: a held cluster's columns, or the
 * first event of one the article being put is making. */

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Which side of a conflict an actor type is on: the state, non-state armed
 * men, foreign forces, crowds, civilians; 0 unknown. */
static int side_of(int inter)
{
	static const int SIDE[] = {0, 1, 2, 2, 2, 4, 4, 5, 3};
	return inter >= 0 && inter <= 8 ? SIDE[inter] : 0;
}

/* Two actors' codes of two countries' forces ("SYRMIL", "TURMIL") are
 * two actors; a code without a country ("---UAF", "IMGMUSREB") may be
 * either. */
static bool countries_agree(const char *a, const char *b)
{
	if (!a || !b || strlen(a) < 3 || strlen(b) < 3)
		return true;
	static const char *const NONE[] = {"---", "IGO", "NGO", "IMG", "MNC"};
	for (size_t i = 0; i < sizeof NONE / sizeof *NONE; i++)
		if (!strncmp(a, NONE[i], 3) || !strncmp(b, NONE[i], 3))
			return true;
	return !strncmp(a, b, 3);
}

static bool sides_agree(int a, int b)
{
	return !side_of(a) || !side_of(b) || side_of(a) == side_of(b);
}

/* Do two incidents' places, actors agree, and how far apart are they?
 * Places: the same or nested (a point within 10 km of the other, or inside
 * a division the other is placed at no finer than); actors: the same side
 * of the conflict, or one missing (the two sides of a battle may come the
 * other way round). */
static bool place_and_actors_agree(const sr_cluster_key *e, const sr_cluster_key *c, double *km)
{
	*km = sr_geo_km(e->lat, e->lon, c->lat, c->lon);
	bool coarse = same(e->prec, "admin1") || same(c->prec, "admin1") || same(e->prec, "admin2") ||
	              same(c->prec, "admin2");
	bool near = coarse ? same(c->country, e->country ? e->country : "") && same(c->admin1, e->admin1 ? e->admin1 : "")
	                   : *km <= 10;
	if (!near)
		return false;
	bool straight = sides_agree(e->inter1, c->inter1) && sides_agree(e->inter2, c->inter2) &&
	                countries_agree(e->src, c->src) && countries_agree(e->tgt, c->tgt);
	bool swapped = sides_agree(e->inter1, c->inter2) && sides_agree(e->inter2, c->inter1) &&
	               countries_agree(e->src, c->tgt) && countries_agree(e->tgt, c->src);
	return straight || swapped;
}

/* Its key: what its incident says of its days, type, place and actors, as
 * its columns hold them. */
void sr_cluster_key_of(const sr_incident *x, sr_record_key *out)
{
	memset(out, 0, sizeof *out);
	sr_cluster_key *k = &out->k;
	if (x->has_date) {
		snprintf(out->first, sizeof out->first, "%04d-%02d-%02d", x->date.first / 10000 % 10000,
		         x->date.first / 100 % 100, x->date.first % 100);
		snprintf(out->last, sizeof out->last, "%04d-%02d-%02d", x->date.last / 10000 % 10000,
		         x->date.last / 100 % 100, x->date.last % 100);
		k->first = out->first;
		k->last = out->last;
		k->fine_date = x->date.precision == SR_TP_DAY || x->date.precision == SR_TP_TIME;
	}
	k->root = NULL;
	k->acled = sr_acled_event_type(x->acled);
	k->sub = sr_acled_sub_event_type(x->acled);
	const sr_incident_place *p = &x->place;
	if (p->has_point) {
		k->country = p->country[0] ? p->country : NULL;
		k->admin1 = p->admin1[0] ? p->admin1 : NULL;
		k->prec = sr_geo_precision_name(p->precision);
		k->point = true;
		k->lat = sr_jw_num_value(p->lat);
		k->lon = sr_jw_num_value(p->lon);
	}
	k->src = x->actor1.code;
	k->tgt = x->actor2.code;
	k->inter1 = x->actor1.inter;
	k->inter2 = x->actor2.inter;
}

/* Incidents agree when their days meet, they are of one event type (and
 * one sub-event type among strategic developments), their places are the
 * same or nested, and their actors do not conflict (see
 * place_and_actors_agree).  An incident dated no finer than a day, or
 * placed no finer than a division, stays alone, and its cluster is joined
 * by none (so the search is a few days of one type's clusters, however big
 * the store).  A cluster's fields these compare are set when it is made,
 * from its first incident. */
bool sr_cluster_find(sr_store *s, const sr_cluster_key *ekp, const sr_record_key *made, size_t n, int64_t *id, long *k)
{
	*id = -1;
	*k = -1;
	sr_cluster_key ek = *ekp;
	bool fine_place = ek.point && (same(ek.prec, "city") || same(ek.prec, "site") || same(ek.prec, "admin2") ||
	                               same(ek.prec, "admin1"));
	if (!ek.fine_date || !fine_place || !ek.acled)
		return true;
	bool strategic = same(ek.acled, "Strategic developments");
	bool end;
	sr_db_stmt *st = sr_store_stmt(s,
	                      "SELECT id, lat, lon, country, admin1, place_precision, source_code, target_code, "
	                      "source_inter, target_inter FROM clusters WHERE acled_event_type = ?3 "
	                      "AND date_first <= ?2 AND date_first >= ?7 AND date_last >= ?1 "
	                      "AND (?4 = '' OR acled_sub_event_type = ?4) AND lat IS NOT NULL "
	                      "AND (lat BETWEEN ?5 AND ?6 OR place_precision = 'admin1' OR ?8 = 'admin1')",
	                      0, &end);
	if (!st) {
		sr_store_fail(s, SR_EIO, "finding a cluster");
		return false;
	}
	char lo_buf[32];
	sr_db_bind_text(st, 1, ek.first, -1);
	sr_db_bind_text(st, 2, ek.last ? ek.last : ek.first, -1);
	sr_db_bind_text(st, 3, ek.acled, -1);
	sr_db_bind_text(st, 4, strategic && ek.sub ? ek.sub : "", -1);
	/* within 10 km: within 0.1 degrees of latitude */
	sr_db_bind_double(st, 5, ek.lat - 0.1);
	sr_db_bind_double(st, 6, ek.lat + 0.1);
	/* the clusters begun within a month before (one index range by day) */
	sr_db_bind_text(st, 7, day_shift(ek.first, -31, lo_buf), -1);
	sr_db_bind_text(st, 8, ek.prec ? ek.prec : "", -1);
	double best_km = 1e9, km;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_cluster_key c = {.lat = sr_db_double(st, 1), .lon = sr_db_double(st, 2), .country = sr_db_text(st, 3),
		                    .admin1 = sr_db_text(st, 4), .prec = sr_db_text(st, 5), .src = sr_db_text(st, 6),
		                    .tgt = sr_db_text(st, 7), .inter1 = (int)sr_db_int64(st, 8),
		                    .inter2 = (int)sr_db_int64(st, 9)};
		/* the nearest; of as near, the oldest (whatever order the rows
		 * come in) */
		int64_t cid = sr_db_int64(st, 0);
		if (place_and_actors_agree(&ek, &c, &km) && (km < best_km || (km == best_km && cid < *id))) {
			best_km = km;
			*id = cid;
		}
	}
	sr_db_reset(st);
	if (rc != SR_DB_DONE) {
		sr_store_fail(s, SR_EIO, "finding a cluster");
		return false;
	}
	/* the clusters this article makes are not joined: its incidents are
	 * distinct by the incident stage's reading */
	(void)made;
	(void)n;
	return true;
}
