/* cluster.c: cross-article clusters: which real-world event a record
 * reports.  A record joins a cluster of the same type whose days meet its
 * own and whose place is near (see sr_cluster_find); a cluster's figures
 * (its events, articles, sources, largest toll, representative) are
 * counted again from its events when an article joins or leaves it. */
#define _GNU_SOURCE /* timegm */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_int.h"
#include "../geo/geo.h"
#include "../util/json.h"

/* Are two actor codes compatible: either missing, one the other's prefix
 * ("SYR", "SYRMIL"), or no clash between their countries and their roles
 * ("---GOV" and "SYRGOV" are; "---GOV" and "---REB" are not)? */
static bool actors_agree(const char *a, const char *b)
{
	if (!a || !b || !*a || !*b)
		return true;
	size_t la = strlen(a), lb = strlen(b);
	if (!strncmp(a, b, la < lb ? la : lb))
		return true;
	if (la < 3 || lb < 3)
		return false;
	bool ca = strncmp(a, "---", 3) != 0, cb = strncmp(b, "---", 3) != 0;
	if (ca && cb && strncmp(a, b, 3) != 0)
		return false;
	/* the roles: their last three letters ("MUSREB" is a REB), and the
	 * state's forces one family (ACLED's "state forces": "government
	 * forces" and "troops" are one actor in the news) */
	const char *ra = a + 3, *rb = b + 3;
	if (!*ra || !*rb)
		return true;
	ra += strlen(ra) > 3 ? strlen(ra) - 3 : 0;
	rb += strlen(rb) > 3 ? strlen(rb) - 3 : 0;
	if (!strcmp(ra, rb))
		return true;
	static const char *const STATE[] = {"GOV", "MIL", "COP", "SPY"};
	bool sa = false, sb = false;
	for (size_t i = 0; i < sizeof STATE / sizeof *STATE; i++) {
		sa = sa || !strcmp(ra, STATE[i]);
		sb = sb || !strcmp(rb, STATE[i]);
	}
	return sa && sb;
}

/* A cluster's figures from its events, the cluster's id being ID (an SQL
 * expression): its events, articles, distinct sources (syndicated copies
 * of an article it holds counted once), the largest incident toll, and its
 * representative (kept while it is still one of its events). */
#define CLUSTER_FIGURES(ID)                                                                                    \
	" n_events = (SELECT count(*) FROM events WHERE cluster = " ID "),"                                          \
	" n_articles = (SELECT count(DISTINCT article) FROM events WHERE cluster = " ID "),"                         \
	" n_sources = (SELECT count(DISTINCT coalesce(a.site, a.id)) FROM events e JOIN articles a ON a.rowid = e.article"\
	"   WHERE e.cluster = " ID " AND (a.near_duplicate_of IS NULL OR NOT EXISTS (SELECT 1 FROM articles a2"         \
	"   JOIN events e2 ON e2.article = a2.rowid WHERE a2.id = a.near_duplicate_of AND e2.cluster = " ID "))),"     \
	" killed_best = (SELECT max(coalesce(killed_best, killed_low)) FROM events WHERE cluster = " ID              \
	"   AND coalesce(killed_cumulative, 0) = 0),"                                                                \
	" representative = CASE WHEN representative IN (SELECT id FROM events WHERE cluster = " ID ")"              \
	"   THEN representative ELSE (SELECT min(id) FROM events WHERE cluster = " ID ") END"

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
	                   " WHERE id IN (SELECT cluster FROM events WHERE article = ?1)",
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

/* Does cluster c's place and actors agree with event e's (whose place is
 * fine, see find_cluster), and how far apart are they? */
static bool place_and_actors_agree(const sr_cluster_key *e, const sr_cluster_key *c, double *km)
{
	*km = sr_geo_km(e->lat, e->lon, c->lat, c->lon);
	bool coarse = same(e->prec, "admin1") || same(c->prec, "admin1");
	bool near = coarse ? same(c->country, e->country ? e->country : "") && same(c->admin1, e->admin1 ? e->admin1 : "")
	                   : *km <= 25;
	return near && actors_agree(e->src ? e->src : "", c->src) && actors_agree(e->tgt ? e->tgt : "", c->tgt);
}

/* Its key: what its record says of its days, type, place and actors, as
 * its columns hold them (the numbers as its JSON copy gives them). */
void sr_cluster_key_of(const sr_event_record *r, sr_record_key *out)
{
	memset(out, 0, sizeof *out);
	sr_cluster_key *k = &out->k;
	const sr_event *e = r->event;
	if (r->has_date) {
		snprintf(out->first, sizeof out->first, "%04d-%02d-%02d", r->date.first / 10000 % 10000,
		         r->date.first / 100 % 100, r->date.first % 100);
		snprintf(out->last, sizeof out->last, "%04d-%02d-%02d", r->date.last / 10000 % 10000,
		         r->date.last / 100 % 100, r->date.last % 100);
		k->first = out->first;
		k->last = out->last;
		k->fine_date = r->date.precision == SR_TP_DAY || r->date.precision == SR_TP_TIME;
	}
	k->root = r->cameo_known ? r->root : NULL;
	k->acled = e->acled ? sr_acled_event_type(e->acled) : NULL;
	const sr_place *p = r->place;
	if (p && p->resolved) {
		k->country = p->country;
		k->admin1 = p->admin1[0] ? p->admin1 : NULL;
		k->prec = sr_geo_precision_name(p->precision);
		k->point = true;
		k->lat = sr_jw_num_value(p->lat);
		k->lon = sr_jw_num_value(p->lon);
	}
	k->src = e->source.code[0] || e->source.start != e->source.end ? e->source.code : NULL;
	k->tgt = e->target.code[0] || e->target.start != e->target.end ? e->target.code : NULL;
}

/* Events agree
 * when their days meet (a day either side), their places are within 25 km
 * (or in the same admin-1 division when one is only placed that coarsely),
 * their actors do not clash, and they share the CAMEO root or the ACLED
 * event type.  An event dated no finer than a day, or placed no finer than
 * a country, stays alone, and its cluster is joined by none (so the search
 * is a few days of one type's clusters, however big the store).  A
 * cluster's fields these compare are set when it is made, from its first
 * event. */
bool sr_cluster_find(sr_store *s, const sr_cluster_key *ekp, const sr_record_key *made, size_t n, int64_t *id, long *k)
{
	*id = -1;
	*k = -1;
	sr_cluster_key ek = *ekp;
	bool fine_place = ek.point && (same(ek.prec, "city") || same(ek.prec, "site") || same(ek.prec, "admin1"));
	if (!ek.fine_date || !fine_place)
		return true;
	char lo_buf[32], hi_buf[32];
	const char *lo = day_shift(ek.first, -1, lo_buf), *hi = day_shift(ek.last, 1, hi_buf);
	const char *root = ek.root ? ek.root : "", *acled = ek.acled ? ek.acled : "";
	bool end;
	sr_db_stmt *st = sr_store_stmt(s,
	                      "SELECT id, lat, lon, country, admin1, place_precision, source_code, target_code "
	                      "FROM clusters WHERE date_first >= ?1 AND date_first <= ?2 AND date_last = date_first "
	                      "AND (root = ?3 OR (?4 <> '' AND acled_event_type = ?4)) AND lat IS NOT NULL "
	                      "AND (lat BETWEEN ?5 AND ?6 OR place_precision = 'admin1' OR ?7 = 'admin1')",
	                      0, &end);
	if (!st) {
		sr_store_fail(s, SR_EIO, "finding a cluster");
		return false;
	}
	sr_db_bind_text(st, 1, lo, -1);
	sr_db_bind_text(st, 2, hi, -1);
	sr_db_bind_text(st, 3, root, -1);
	sr_db_bind_text(st, 4, acled, -1);
	/* within 25 km: within 0.23 degrees of latitude.  (The days are
	 * bounded with >= and <=, not BETWEEN: SQLite takes only those into
	 * each index of the OR.) */
	sr_db_bind_double(st, 5, ek.lat - 0.23);
	sr_db_bind_double(st, 6, ek.lat + 0.23);
	sr_db_bind_text(st, 7, ek.prec ? ek.prec : "", -1);
	double best_km = 1e9, km;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW) {
		sr_cluster_key c = {.lat = sr_db_double(st, 1), .lon = sr_db_double(st, 2), .country = sr_db_text(st, 3),
		                 .admin1 = sr_db_text(st, 4), .prec = sr_db_text(st, 5), .src = sr_db_text(st, 6),
		                 .tgt = sr_db_text(st, 7)};
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
	/* the clusters this article is making: what the query asks of the
	 * held ones, then the same test */
	for (size_t j = 0; j < n; j++) {
		const sr_cluster_key *c = &made[j].k;
		if (!c->first || !same(c->first, c->last) || strcmp(c->first, lo) < 0 || strcmp(c->first, hi) > 0 ||
		    !(same(c->root, root) || (*acled && same(c->acled, acled))) || !c->point ||
		    !(fabs(c->lat - ek.lat) <= 0.23 || same(c->prec, "admin1") || same(ek.prec, "admin1")))
			continue;
		if (place_and_actors_agree(&ek, c, &km) && km < best_km) {
			best_km = km;
			*id = -1;
			*k = (long)j;
		}
	}
	return true;
}


