/* report.c: the store's sums: incidents (or mentions) and their dead by a
 * grouping, over time by type, and on a grid of cells for the map. */
#define _GNU_SOURCE /* qsort_r */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* An event's type when it has no ACLED one: its CAMEO root's (the
 * timeline's and the map's CASE e.root ... ELSE 'Other' END) */
#define ROOT_TYPES                                                                                             \
	"WHEN '18' THEN 'Assault' WHEN '19' THEN 'Fight' WHEN '20' THEN 'Mass violence' "                          \
	"WHEN '14' THEN 'Protest' WHEN '17' THEN 'Coerce' WHEN '13' THEN 'Threaten'"
/* A mention's incident dead (cumulative tolls left out); an incident's
 * (which never holds a cumulative toll) */
#define KILLED_ONE                                                                                             \
	"CASE WHEN coalesce(e.killed_cumulative, 0) = 0 THEN coalesce(e.killed_best, e.killed_low, 0) ELSE 0 END"
#define INCIDENT_KILLED_ONE "coalesce(e.killed_best, e.killed_low, 0)"

/* The table a query reads and the dead of a row of it. */
static const char *table_of(const sr_query *q)
{
	return q->mentions ? "events" : "incidents";
}

static const char *killed_of(const sr_query *q)
{
	return q->mentions ? KILLED_ONE : INCIDENT_KILLED_ONE;
}


sr_status sr_store_stats(sr_store *s, const sr_query *q, const char *by, size_t top,
                         int (*fn)(void *user, const char *key, long long events, long long killed), void *user)
{
	static const struct {
		const char *by, *expr;
		bool in_order;
	} BY[] = {{"day", "e.date_first", true},
	          {"month", "substr(e.date_first, 1, 7)", true},
	          {"country", "e.country", false},
	          {"root", "e.root", false},
	          {"acled", "e.acled_event_type", false},
	          {"plover", "e.plover_type", false},
	          {"actor", "coalesce(e.source_code, e.source_text)", false},
	          {"place", "e.place_name || coalesce(', ' || e.country, '')", false}};
	size_t w = 0;
	while (w < sizeof BY / sizeof *BY && strcmp(BY[w].by, by ? by : "") != 0)
		w++;
	if (w == sizeof BY / sizeof *BY) {
		snprintf(s->err, sizeof s->err, "no grouping '%s': day, month, country, root, acled, plover, actor, place",
		         by ? by : "");
		return SR_EINVAL;
	}
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT %s AS g, count(*), sum(%s) FROM %s e JOIN articles a ON a.rowid = e.article "
	                            "WHERE TRUE",
	                            BY[w].expr, killed_of(q), table_of(q));
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, false, s->pg);
	/* days and months in order; with a top, the latest */
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " AND (%s) IS NOT NULL GROUP BY g ORDER BY %s", BY[w].expr,
	                      BY[w].in_order ? (top ? "g DESC" : "g") : "2 DESC, g");
	if (top)
		k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " LIMIT %zu", top);
	sr_db_stmt *st;
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 1, "stats", &st);
	if (pr != SR_OK)
		return pr;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_text(st, 0), sr_db_int64(st, 1), sr_db_int64(st, 2)))
			break;
	sr_status r = sr_store_stepped(s, rc, "stats");
	sr_db_finalize(st);
	return r;
}

sr_status sr_store_timeline(sr_store *s, const sr_query *q, const char *unit,
                            int (*fn)(void *user, const char *day, const char *type, long long events, long long killed),
                            void *user)
{
	/* the bucket's first day, spelled per database */
	const char *bucket;
	if (!unit || !strcmp(unit, "day"))
		bucket = "e.date_first";
	else if (!strcmp(unit, "month"))
		bucket = "substr(e.date_first, 1, 7) || '-01'";
	else if (!strcmp(unit, "week"))
		bucket = s->pg ? "to_char(date_trunc('week', CAST(e.date_first AS date)), 'YYYY-MM-DD')"
		               : "date(e.date_first, '-' || ((CAST(strftime('%w', e.date_first) AS INTEGER) + 6) % 7) || ' days')";
	else {
		snprintf(s->err, sizeof s->err, "no time unit '%s': day, week or month", unit);
		return SR_EINVAL;
	}
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT %s AS b, coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END) AS t, "
	                            "count(*), sum(%s) FROM %s e%s WHERE e.date_first IS NOT NULL",
	                            bucket, ROOT_TYPES, killed_of(q), table_of(q),
	                            /* the articles only when a filter reads them */
	                            q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, false, s->pg);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " GROUP BY b, t ORDER BY b, t");
	sr_db_stmt *st;
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 1, "timeline", &st);
	if (pr != SR_OK)
		return pr;
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_text(st, 0), sr_db_text(st, 1), sr_db_int64(st, 2), sr_db_int64(st, 3)))
			break;
	sr_status r = sr_store_stepped(s, rc, "timeline");
	sr_db_finalize(st);
	return r;
}

/* SQLite groups by sorting: a million events' cells would be sorted for
 * each map.  Here the events' points stream from the grid index and are
 * summed in a hash table of (cell, type), then handed over in order. */
typedef struct grid_cell {
	long long cy, cx, events, killed, newest;
	int type;
	double lat, lon;
} grid_cell;

static int cmp_cell(const void *a, const void *b, void *names)
{
	const grid_cell *x = a, *y = b;
	if (x->cy != y->cy)
		return x->cy < y->cy ? -1 : 1;
	if (x->cx != y->cx)
		return x->cx < y->cx ? -1 : 1;
	char *const *n = names;
	return strcmp(n[x->type], n[y->type]);
}

static sr_status grid_in_c(sr_store *s, const sr_query *q, double cell,
                           int (*fn)(void *user, long long cy, long long cx, const char *type, double lat, double lon,
                                     long long events, long long killed, long long newest),
                           void *user)
{
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT e.lat, e.lon, coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END), "
	                            "%s, e.id FROM %s e%s WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL",
	                            ROOT_TYPES, killed_of(q), table_of(q),
	                            q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, false, false);
	sr_db_stmt *st;
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 1, "map", &st);
	if (pr != SR_OK)
		return pr;
	char *names[64];
	int n_names = 0;
	size_t cap = 1024, n = 0;
	grid_cell *cells = calloc(cap, sizeof *cells);
	sr_status r = cells ? SR_OK : SR_ENOMEM;
	int rc;
	while (r == SR_OK && (rc = sr_db_step(st)) == SR_DB_ROW) {
		double lat = sr_db_double(st, 0), lon = sr_db_double(st, 1);
		const char *t = sr_db_text(st, 2);
		int ti = 0;
		while (ti < n_names && strcmp(names[ti], t ? t : "Other"))
			ti++;
		if (ti == n_names) {
			if (n_names == 64) {
				ti = 0; /* more than 64 types: the first takes the rest */
			} else if (!(names[n_names] = strdup(t ? t : "Other"))) {
				r = SR_ENOMEM;
				break;
			} else {
				n_names++;
			}
		}
		long long cy = (long long)((lat + 90) / cell), cx = (long long)((lon + 180) / cell);
		/* open addressing on (cy, cx, type); the table at most half full */
		if (2 * (n + 1) > cap) {
			grid_cell *bigger = calloc(cap * 2, sizeof *bigger);
			if (!bigger) {
				r = SR_ENOMEM;
				break;
			}
			for (size_t i = 0; i < cap; i++)
				if (cells[i].events) {
					grid_cell *c = &cells[i];
					size_t h = ((size_t)c->cy * 73856093u ^ (size_t)c->cx * 19349663u ^ (size_t)c->type * 83492791u) &
					           (cap * 2 - 1);
					while (bigger[h].events)
						h = (h + 1) & (cap * 2 - 1);
					bigger[h] = *c;
				}
			free(cells);
			cells = bigger;
			cap *= 2;
		}
		size_t h = ((size_t)cy * 73856093u ^ (size_t)cx * 19349663u ^ (size_t)ti * 83492791u) & (cap - 1);
		while (cells[h].events && (cells[h].cy != cy || cells[h].cx != cx || cells[h].type != ti))
			h = (h + 1) & (cap - 1);
		grid_cell *c = &cells[h];
		if (!c->events) {
			c->cy = cy, c->cx = cx, c->type = ti;
			n++;
		}
		c->events++;
		c->killed += sr_db_int64(st, 3);
		c->lat += lat;
		c->lon += lon;
		long long id = sr_db_int64(st, 4);
		if (id > c->newest)
			c->newest = id;
	}
	if (r == SR_OK)
		r = sr_store_stepped(s, rc, "map");
	sr_db_finalize(st);
	if (r == SR_OK) {
		/* the cells in order, packed to the front */
		size_t m = 0;
		for (size_t i = 0; i < cap; i++)
			if (cells[i].events)
				cells[m++] = cells[i];
		qsort_r(cells, m, sizeof *cells, cmp_cell, names);
		for (size_t i = 0; i < m; i++) {
			grid_cell *c = &cells[i];
			if (fn(user, c->cy, c->cx, names[c->type], c->lat / (double)c->events, c->lon / (double)c->events,
			       c->events, c->killed, c->newest))
				break;
		}
	} else if (r == SR_ENOMEM) {
		snprintf(s->err, sizeof s->err, "out of memory");
	}
	free(cells);
	for (int i = 0; i < n_names; i++)
		free(names[i]);
	return r;
}

sr_status sr_store_grid(sr_store *s, const sr_query *q, double cell,
                        int (*fn)(void *user, long long cy, long long cx, const char *type, double lat, double lon,
                                  long long events, long long killed, long long newest),
                        void *user)
{
	if (!(cell > 0.0001 && cell <= 90)) {
		snprintf(s->err, sizeof s->err, "a cell of 0.0001 to 90 degrees");
		return SR_EINVAL;
	}
	/* SQLite: summed in a hash table here; PostgreSQL: grouped in SQL */
	if (!s->pg)
		return grid_in_c(s, q, cell, fn, user);
	char sql[4096];
	size_t k = (size_t)snprintf(sql, sizeof sql,
	                            "SELECT floor((e.lat + 90) / ?1) AS cy, floor((e.lon + 180) / ?1) AS cx, "
	                            "coalesce(e.acled_event_type, CASE e.root %s ELSE 'Other' END) AS t, "
	                            "avg(e.lat), avg(e.lon), count(*), sum(%s), max(e.id) "
	                            "FROM %s e%s WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL",
	                            ROOT_TYPES, killed_of(q), table_of(q),
	                            q->article && *q->article ? " JOIN articles a ON a.rowid = e.article" : "");
	sr_binds bd;
	sr_store_where(q, sql, sizeof sql, &k, &bd, false, true);
	k += (size_t)snprintf(sql + k, k < sizeof sql ? sizeof sql - k : 0, " GROUP BY cy, cx, t ORDER BY cy, cx, t");
	/* ?1 is the cell; the filters' parameters follow it */
	sr_db_stmt *st;
	sr_status pr = sr_store_prepare_query(s, sql, k, sizeof sql, &bd, 2, "map", &st);
	if (pr != SR_OK)
		return pr;
	sr_db_bind_double(st, 1, cell);
	int rc;
	while ((rc = sr_db_step(st)) == SR_DB_ROW)
		if (fn(user, sr_db_int64(st, 0), sr_db_int64(st, 1), sr_db_text(st, 2), sr_db_double(st, 3), sr_db_double(st, 4),
		       sr_db_int64(st, 5), sr_db_int64(st, 6), sr_db_int64(st, 7)))
			break;
	sr_status r = sr_store_stepped(s, rc, "map");
	sr_db_finalize(st);
	return r;
}
