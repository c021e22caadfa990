/* store_bench: the store at scale.  Builds an SQLite store of N generated
 * events (default 1,000,000; five an article, with the schema and indexes
 * sitrep ingest makes, written straight into the tables in one transaction:
 * what is measured here is reading), then times typical queries through
 * sr_store_query (a page of 100 events, newest first), and the dashboard's
 * sums (sr_store_timeline, sr_store_grid), and prints their latency p50 and
 * p99, and the store's bytes per event.  With --pg URI the same rows are
 * copied into that PostgreSQL database (COPY; the schema made by
 * sr_store_open, then ANALYZE) and the same queries timed there too.
 *
 *   store_bench [--events N] [--runs R] [--keep PATH] [--pg URI]
 *
 * The events: dates over ten years, 60 countries with places spread around
 * their centres, CAMEO roots and ACLED types as a coder gives them, killed
 * counts for a fifth of the violent ones, actor codes, and article texts of
 * twelve words drawn from 2,000 for full-text search. */
#include <libpq-fe.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sitrep.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long rng = 88172645463325252ULL;
static unsigned long long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static double unif(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static const struct {
	const char *cc, *c3;
	double lat, lon;
} COUNTRIES[] = {
    {"SY", "SYR", 35.0, 38.0},  {"IQ", "IRQ", 33.0, 44.0},  {"AF", "AFG", 33.9, 67.7},  {"YE", "YEM", 15.5, 48.5},
    {"LY", "LBY", 27.0, 17.0},  {"SD", "SDN", 15.0, 30.0},  {"SS", "SSD", 7.0, 30.0},   {"SO", "SOM", 5.0, 46.0},
    {"ML", "MLI", 17.0, -4.0},  {"NG", "NGA", 9.0, 8.0},    {"CD", "COD", -2.9, 23.6},  {"ET", "ETH", 9.1, 40.5},
    {"UA", "UKR", 49.0, 32.0},  {"RU", "RUS", 55.7, 37.6},  {"IL", "ISR", 31.5, 34.9},  {"PS", "PSE", 31.9, 35.2},
    {"LB", "LBN", 33.9, 35.9},  {"EG", "EGY", 27.0, 30.0},  {"TR", "TUR", 39.0, 35.0},  {"IR", "IRN", 32.0, 53.0},
    {"PK", "PAK", 30.0, 70.0},  {"IN", "IND", 22.0, 79.0},  {"MM", "MMR", 21.9, 95.9},  {"PH", "PHL", 13.0, 122.0},
    {"CO", "COL", 4.6, -74.1},  {"MX", "MEX", 23.6, -102.5}, {"VE", "VEN", 7.1, -66.2}, {"BR", "BRA", -14.2, -51.9},
    {"US", "USA", 38.0, -97.0}, {"FR", "FRA", 46.2, 2.2},   {"GB", "GBR", 54.0, -2.0},  {"DE", "DEU", 51.2, 10.5},
    {"KE", "KEN", 0.0, 38.0},   {"CM", "CMR", 6.0, 12.0},   {"BF", "BFA", 12.2, -1.6},  {"NE", "NER", 17.6, 8.1},
    {"TD", "TCD", 15.5, 18.7},  {"CF", "CAF", 6.6, 20.9},   {"MZ", "MOZ", -18.7, 35.5}, {"HT", "HTI", 19.0, -72.3},
    {"BD", "BGD", 23.7, 90.4},  {"LK", "LKA", 7.9, 80.8},   {"TH", "THA", 15.9, 100.9}, {"ID", "IDN", -0.8, 113.9},
    {"CN", "CHN", 35.0, 105.0}, {"KP", "PRK", 40.3, 127.5}, {"KR", "KOR", 35.9, 127.8}, {"JP", "JPN", 36.2, 138.3},
    {"AM", "ARM", 40.1, 45.0},  {"AZ", "AZE", 40.1, 47.6},  {"GE", "GEO", 42.3, 43.4},  {"BY", "BLR", 53.7, 28.0},
    {"ZW", "ZWE", -19.0, 29.2}, {"ZA", "ZAF", -30.6, 22.9}, {"DZ", "DZA", 28.0, 1.7},   {"TN", "TUN", 33.9, 9.5},
    {"MA", "MAR", 31.8, -7.1},  {"SA", "SAU", 23.9, 45.1},  {"JO", "JOR", 30.6, 36.2},  {"AE", "ARE", 23.4, 53.8},
};
#define N_COUNTRIES (sizeof COUNTRIES / sizeof *COUNTRIES)

static const struct {
	const char *cameo, *root, *plover, *acled, *sub;
} TYPES[] = {
    {"190", "19", "ASSAULT", "Battles", "Armed clash"},
    {"194", "19", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"195", "19", "ASSAULT", "Explosions/Remote violence", "Air/drone strike"},
    {"1823", "18", "ASSAULT", "Violence against civilians", "Attack"},
    {"181", "18", "ASSAULT", "Violence against civilians", "Abduction/forced disappearance"},
    {"141", "14", "PROTEST", "Protests", "Peaceful protest"},
    {"145", "14", "PROTEST", "Riots", "Violent demonstration"},
    {"173", "17", "COERCE", "Strategic developments", "Arrests"},
    {"057", "05", "AGREE", "Strategic developments", "Agreement"},
    {"073", "07", "AID", NULL, NULL},
    {"010", "01", NULL, NULL, NULL},
    {"111", "11", "ACCUSE", NULL, NULL},
};
#define N_TYPES (sizeof TYPES / sizeof *TYPES)

static const char *const ROLES[] = {"GOV", "MIL", "REB", "COP", "CVL", "OPP", "MED", ""};
/* article texts: 12 words drawn from 2,000 ("w0" .. "w1999"), so that a
 * word is in about 0.6% of the articles, as a name or a rare term is */
#define N_WORDS 2000

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static int count_row(void *user, const sr_query_row *r)
{
	(void)r;
	(*(long *)user)++;
	return 0;
}

static int count_bucket(void *user, const char *day, const char *type, long long events, long long killed)
{
	(void)day, (void)type, (void)events, (void)killed;
	(*(long *)user)++;
	return 0;
}

static int count_cell(void *user, long long cy, long long cx, const char *type, double lat, double lon,
                      long long events, long long killed, long long newest)
{
	(void)cy, (void)cx, (void)type, (void)lat, (void)lon, (void)events, (void)killed, (void)newest;
	(*(long *)user)++;
	return 0;
}

/* The rows of table's cols in the SQLite store, sent to PostgreSQL by
 * COPY (its text format: tab-separated, \N for NULL, backslash escapes). */
static int copy_table(sqlite3 *lite, PGconn *pg, const char *table, const char *cols)
{
	char sql[1024];
	snprintf(sql, sizeof sql, "COPY %s (%s) FROM STDIN", table, cols);
	PGresult *r = PQexec(pg, sql);
	if (PQresultStatus(r) != PGRES_COPY_IN) {
		fprintf(stderr, "store_bench: %s", PQerrorMessage(pg));
		PQclear(r);
		return -1;
	}
	PQclear(r);
	snprintf(sql, sizeof sql, "SELECT %s FROM %s", cols, table);
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(lite, sql, -1, &st, NULL);
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	int ok = buf != NULL;
	while (ok && sqlite3_step(st) == SQLITE_ROW) {
		for (int c = 0; c < sqlite3_column_count(st); c++) {
			const unsigned char *v = sqlite3_column_text(st, c);
			size_t len = v ? (size_t)sqlite3_column_bytes(st, c) : 0;
			if (n + 2 * len + 8 > cap) { /* flush: every escape at most doubles a byte */
				ok = PQputCopyData(pg, buf, (int)n) == 1;
				n = 0;
				if (2 * len + 8 > cap) {
					char *b = realloc(buf, cap = 2 * len + 8);
					ok = ok && b;
					buf = b ? b : buf;
				}
			}
			if (c)
				buf[n++] = '\t';
			if (!v) {
				buf[n++] = '\\';
				buf[n++] = 'N';
			}
			for (size_t i = 0; i < len; i++) {
				char ch = (char)v[i];
				if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
					buf[n++] = '\\';
					ch = ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : ch;
				}
				buf[n++] = ch;
			}
		}
		buf[n++] = '\n';
	}
	ok = ok && (!n || PQputCopyData(pg, buf, (int)n) == 1);
	free(buf);
	sqlite3_finalize(st);
	ok = PQputCopyEnd(pg, ok ? NULL : "store_bench failed") == 1 && ok;
	while ((r = PQgetResult(pg))) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			fprintf(stderr, "store_bench: COPY %s: %s", table, PQresultErrorMessage(r));
			ok = 0;
		}
		PQclear(r);
	}
	return ok ? 0 : -1;
}

/* The generated store's rows into the PostgreSQL database at uri (its
 * schema made by sr_store_open), then its statistics; its size, or -1. */
static long long load_pg(const char *lite_path, const char *uri)
{
	sr_store *s = NULL;
	if (sr_store_open(uri, &s) != SR_OK) {
		fprintf(stderr, "store_bench: %s\n", sr_store_error(s));
		sr_store_close(s);
		return -1;
	}
	sr_store_close(s);
	sqlite3 *lite = NULL;
	sqlite3_open_v2(lite_path, &lite, SQLITE_OPEN_READONLY, NULL);
	PGconn *pg = PQconnectdb(uri);
	long long size = -1;
	if (PQstatus(pg) == CONNECTION_OK &&
	    !copy_table(lite, pg, "articles",
	                "rowid, id, url, title, site, published, language, text, content_hash, ingested, n_events, json") &&
	    !copy_table(lite, pg, "events",
	                "id, article, seq, date, date_first, date_last, date_precision, date_source, source_code, "
	                "target_code, source_country, cameo, root, plover_type, acled_event_type, acled_sub_event_type, "
	                "place_name, lat, lon, country, place_precision, killed_best, killed_cumulative, json")) {
		PGresult *r = PQexec(pg, "VACUUM ANALYZE");
		PQclear(r);
		r = PQexec(pg, "SELECT pg_database_size(current_database())");
		if (PQresultStatus(r) == PGRES_TUPLES_OK)
			size = atoll(PQgetvalue(r, 0, 0));
		PQclear(r);
	} else if (PQstatus(pg) != CONNECTION_OK) {
		fprintf(stderr, "store_bench: %s", PQerrorMessage(pg));
	}
	PQfinish(pg);
	sqlite3_close(lite);
	return size;
}

/* Time the typical queries on the store at target (label names it in the
 * output): each query's p50 and p99 over runs (a tenth as many for the
 * dashboard's sums of the whole store), after a first run timed on its own
 * (first_ms: the connection's caches cold, FTS5's index structure not yet
 * read). */
static int run_queries(const char *target, const char *label, long runs, long long day0)
{
	sr_store *s = NULL;
	if (sr_store_open(target, &s) != SR_OK) {
		fprintf(stderr, "store_bench: %s\n", sr_store_error(s));
		sr_store_close(s);
		return 1;
	}
	static const char *const NAMES[] = {"country + month",    "CAMEO root + month",     "ACLED type + year",
	                                    "near 50 km + year", "min killed 40",          "bbox + month",
	                                    "full text + year",  "actor prefix",           "latest page",
	                                    "a page deep in time (cursor)",
	                                    "timeline: a country's months", "timeline: every day", "map: a country, 0.25 deg",
	                                    "map: the world, 5 deg"};
	size_t nq = sizeof NAMES / sizeof *NAMES;
	double *lat_ms = malloc(sizeof(double) * (size_t)runs);
	for (size_t qi = 0; qi < nq; qi++) {
		long rows = 0, nr = qi == 11 || qi == 13 ? (runs + 9) / 10 : runs;
		double first_ms = 0;
		for (long r = -1; r < nr; r++) {
			sr_query q;
			memset(&q, 0, sizeof q);
			q.limit = 100;
			char from[16], to[16];
			long long d = day0 + (long long)(next() % 3300);
			time_t tt = (time_t)(d * 86400);
			struct tm tm;
			gmtime_r(&tt, &tm);
			strftime(from, sizeof from, "%Y-%m-%d", &tm);
			tt += (time_t)(qi == 2 || qi == 3 || qi == 6 ? 365 : 30) * 86400;
			gmtime_r(&tt, &tm);
			strftime(to, sizeof to, "%Y-%m-%d", &tm);
			size_t c = (size_t)(next() % N_COUNTRIES);
			switch (qi) {
			case 0: q.country = COUNTRIES[c].cc, q.from = from, q.to = to; break;
			case 1: q.type = TYPES[next() % N_TYPES].root, q.from = from, q.to = to; break;
			case 2: q.type = "Battles", q.from = from, q.to = to; break;
			case 3:
				q.has_near = 1, q.near_lat = COUNTRIES[c].lat, q.near_lon = COUNTRIES[c].lon, q.near_km = 50;
				q.from = from, q.to = to;
				break;
			case 4: q.min_killed = 40; break;
			case 5:
				q.has_bbox = 1, q.bbox[0] = COUNTRIES[c].lon - 1, q.bbox[1] = COUNTRIES[c].lat - 1,
				q.bbox[2] = COUNTRIES[c].lon + 1, q.bbox[3] = COUNTRIES[c].lat + 1, q.from = from, q.to = to;
				break;
			case 6: {
				static char word[16];
				snprintf(word, sizeof word, "w%d", (int)(next() % N_WORDS));
				q.text = word, q.from = from, q.to = to;
				break;
			}
			case 7: q.actor = COUNTRIES[c].c3; break;
			case 9: q.has_cursor = 1, q.cursor_date = from, q.cursor_id = 1LL << 60; break;
			case 10: q.country = COUNTRIES[c].cc; break;
			case 12:
				q.has_bbox = 1, q.bbox[0] = COUNTRIES[c].lon - 4, q.bbox[1] = COUNTRIES[c].lat - 4,
				q.bbox[2] = COUNTRIES[c].lon + 4, q.bbox[3] = COUNTRIES[c].lat + 4;
				break;
			default: break;
			}
			double a = now();
			sr_status st = qi == 10 || qi == 11 ? sr_store_timeline(s, &q, qi == 10 ? "month" : "day", count_bucket, &rows)
			               : qi >= 12           ? sr_store_grid(s, &q, qi == 12 ? 0.25 : 5, count_cell, &rows)
			                                    : sr_store_query(s, &q, count_row, &rows);
			if (st != SR_OK) {
				fprintf(stderr, "store_bench: %s\n", sr_store_error(s));
				sr_store_close(s);
				free(lat_ms);
				return 1;
			}
			if (r < 0)
				first_ms = (now() - a) * 1000, rows = 0;
			else
				lat_ms[r] = (now() - a) * 1000;
		}
		qsort(lat_ms, (size_t)nr, sizeof *lat_ms, cmp_d);
		printf("{\"store\":\"%s\",\"query\":\"%s\",\"runs\":%ld,\"rows_avg\":%.1f,\"first_ms\":%.2f,\"p50_ms\":%.2f,"
		       "\"p99_ms\":%.2f}\n",
		       label, NAMES[qi], nr, (double)rows / (double)nr, first_ms, lat_ms[nr / 2], lat_ms[nr * 99 / 100]);
		fflush(stdout);
	}
	free(lat_ms);
	sr_store_close(s);
	return 0;
}

int main(int argc, char **argv)
{
	long n = 1000000, runs = 200;
	const char *keep = NULL, *pg = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--events") && i + 1 < argc)
			n = atol(argv[++i]);
		else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
			runs = atol(argv[++i]);
		else if (!strcmp(argv[i], "--keep") && i + 1 < argc)
			keep = argv[++i];
		else if (!strcmp(argv[i], "--pg") && i + 1 < argc)
			pg = argv[++i];
		else {
			fprintf(stderr, "usage: store_bench [--events N] [--runs R] [--keep PATH] [--pg URI]\n");
			return 2;
		}
	}
	char path[512];
	if (keep)
		snprintf(path, sizeof path, "%s", keep);
	else
		snprintf(path, sizeof path, "/tmp/sitrep-store-bench-%d.db", (int)getpid());
	unlink(path);
	/* the schema, as sitrep makes it */
	sr_store *s = NULL;
	if (sr_store_open(path, &s) != SR_OK) {
		fprintf(stderr, "store_bench: %s\n", sr_store_error(s));
		return 1;
	}
	sr_store_close(s);
	sqlite3 *db = NULL;
	sqlite3_open(path, &db);
	sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	sqlite3_stmt *ia = NULL, *ie = NULL, *fts = NULL;
	sqlite3_prepare_v2(db,
	                   "INSERT INTO articles (id, url, title, site, published, language, text, content_hash, ingested, "
	                   "n_events, json) VALUES (?, ?, ?, 'bench.example.org', ?, 'en', ?, ?, '2026-11-26T00:00:00Z', "
	                   "5, '{}')",
	                   -1, &ia, NULL);
	sqlite3_prepare_v2(db, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", -1, &fts, NULL);
	sqlite3_prepare_v2(db,
	                   "INSERT INTO events (article, seq, date, date_first, date_last, date_precision, date_source, "
	                   "source_code, target_code, source_country, cameo, root, plover_type, acled_event_type, "
	                   "acled_sub_event_type, place_name, lat, lon, country, place_precision, killed_best, "
	                   "killed_cumulative, json) VALUES (?, ?, ?, ?, ?, 'day', 'sentence', ?, ?, ?, ?, ?, ?, ?, ?, "
	                   "'Place', ?, ?, ?, 'city', ?, 0, ?)",
	                   -1, &ie, NULL);
	double t0 = now();
	long long day0 = 16071; /* 2014-01-01 */
	char date[16], text[256], id[32], json[512];
	sqlite3_int64 art = 0;
	for (long i = 0; i < n; i++) {
		if (i % 5 == 0) {
			size_t k = 0;
			for (int w = 0; w < 12; w++)
				k += (size_t)snprintf(text + k, sizeof text - k, "w%d ", (int)(next() % N_WORDS));
			snprintf(id, sizeof id, "%016llx", (unsigned long long)i);
			sqlite3_bind_text(ia, 1, id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(ia, 2, id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(ia, 3, text, 40, SQLITE_TRANSIENT);
			sqlite3_bind_text(ia, 4, "2020-01-01", -1, SQLITE_STATIC);
			sqlite3_bind_text(ia, 5, text, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(ia, 6, id, -1, SQLITE_TRANSIENT);
			sqlite3_step(ia);
			sqlite3_reset(ia);
			art = sqlite3_last_insert_rowid(db);
			sqlite3_bind_int64(fts, 1, art);
			sqlite3_bind_text(fts, 2, text, 40, SQLITE_TRANSIENT);
			sqlite3_bind_text(fts, 3, text, -1, SQLITE_TRANSIENT);
			sqlite3_step(fts);
			sqlite3_reset(fts);
		}
		long long d = day0 + (long long)(next() % 3650);
		time_t tt = (time_t)(d * 86400);
		struct tm tm;
		gmtime_r(&tt, &tm);
		strftime(date, sizeof date, "%Y-%m-%d", &tm);
		size_t c = (size_t)(next() % N_COUNTRIES), t = (size_t)(next() % N_TYPES);
		double lat = COUNTRIES[c].lat + (unif() - 0.5) * 6, lon = COUNTRIES[c].lon + (unif() - 0.5) * 6;
		char src[16], tgt[16];
		snprintf(src, sizeof src, "%s%s", next() % 3 ? COUNTRIES[c].c3 : "---", ROLES[next() % 8]);
		snprintf(tgt, sizeof tgt, "%s%s", next() % 3 ? COUNTRIES[c].c3 : "---", ROLES[next() % 8]);
		snprintf(json, sizeof json, "{\"cameo\":\"%s\",\"date\":{\"first\":\"%s\"},\"place\":{\"lat\":%.4f,\"lon\":%.4f}}",
		         TYPES[t].cameo, date, lat, lon);
		int col = 1;
		sqlite3_bind_int64(ie, col++, art);
		sqlite3_bind_int(ie, col++, (int)(i % 5));
		sqlite3_bind_text(ie, col++, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ie, col++, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ie, col++, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ie, col++, src, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ie, col++, tgt, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ie, col++, COUNTRIES[c].c3, -1, SQLITE_STATIC);
		sqlite3_bind_text(ie, col++, TYPES[t].cameo, -1, SQLITE_STATIC);
		sqlite3_bind_text(ie, col++, TYPES[t].root, -1, SQLITE_STATIC);
		sqlite3_bind_text(ie, col++, TYPES[t].plover, -1, SQLITE_STATIC);
		sqlite3_bind_text(ie, col++, TYPES[t].acled, -1, SQLITE_STATIC);
		sqlite3_bind_text(ie, col++, TYPES[t].sub, -1, SQLITE_STATIC);
		sqlite3_bind_double(ie, col++, lat);
		sqlite3_bind_double(ie, col++, lon);
		sqlite3_bind_text(ie, col++, COUNTRIES[c].cc, -1, SQLITE_STATIC);
		if (TYPES[t].root[0] == '1' && TYPES[t].root[1] >= '8' && next() % 5 == 0)
			sqlite3_bind_int(ie, col++, (int)(next() % 60));
		else
			sqlite3_bind_null(ie, col++);
		sqlite3_bind_text(ie, col++, json, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(ie) != SQLITE_DONE) {
			fprintf(stderr, "store_bench: %s\n", sqlite3_errmsg(db));
			return 1;
		}
		sqlite3_reset(ie);
	}
	sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE", NULL, NULL, NULL);
	sqlite3_finalize(ia);
	sqlite3_finalize(ie);
	sqlite3_finalize(fts);
	sqlite3_close(db);
	double build = now() - t0;
	FILE *f = fopen(path, "rb");
	long long bytes = 0;
	if (f) {
		fseek(f, 0, SEEK_END);
		bytes = ftell(f);
		fclose(f);
	}
	printf("{\"events\":%ld,\"build_s\":%.1f,\"store_mb\":%.1f,\"bytes_per_event\":%.0f}\n", n, build, bytes / 1e6,
	       (double)bytes / (double)n);
	if (run_queries(path, "sqlite", runs, day0))
		return 1;
	if (pg) {
		double t1 = now();
		long long size = load_pg(path, pg);
		if (size < 0)
			return 1;
		char shown[512];
		printf("{\"store\":\"%s\",\"events\":%ld,\"load_s\":%.1f,\"database_mb\":%.1f,\"bytes_per_event\":%.0f}\n",
		       sr_store_shown(pg, shown, sizeof shown), n, now() - t1, (double)size / 1e6, (double)size / (double)n);
		if (run_queries(pg, "postgresql", runs, day0))
			return 1;
	}
	if (!keep) {
		unlink(path);
		char side[600];
		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	return 0;
}
