/* cmd_store.c: the commands that read a store: query (a table on a
 * terminal, else JSON Lines or CSV), export (the formats event-data users
 * have) and stats.  They read incidents, or with --mentions the coded
 * events they are made of; they share the filters; every file format is
 * written by the library's exporters, the terminal's table here. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct query_out {
	int format; /* 0 table, 1 jsonl, 2 csv */
	long n;
} query_out;

/* s as a terminal may show it: control characters (ESC, BEL, the C1
 * range) as '?', cut to fit buf.  Returns buf ("" for NULL). */
static const char *term(const char *s, char *buf, size_t cap)
{
	size_t k = 0;
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p && k + 1 < cap; p++) {
		if (*p < 0x20 || *p == 0x7f)
			buf[k++] = '?';
		else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			buf[k++] = '?', p++;
		else
			buf[k++] = (char)*p;
	}
	buf[k] = '\0';
	return buf;
}
#define T(i, s) term(s, tb[i], sizeof tb[i])

static int print_row(void *user, const sr_query_row *r)
{
	query_out *o = user;
	char tb[8][256];
	char killed[32] = "";
	if (r->killed >= 0)
		snprintf(killed, sizeof killed, "%lld", r->killed);
	if (r->incident) {
		/* an incident: ACLED's type and its actors' names */
		if (!o->n)
			printf("%-10s %-2s %-18.18s %-26.26s %-24.24s %-24.24s %6s  %s\n", "date", "cc", "place",
			       "sub-event type", "actor 1", "actor 2", "killed", "title");
		printf("%-10s %-2s %-18.18s %-26.26s %-24.24s %-24.24s %6s  %.50s\n", T(0, r->date), T(1, r->country),
		       T(2, r->place), T(3, r->acled), T(4, r->source), T(5, r->target), killed, T(6, r->title));
		o->n++;
		return ferror(stdout) ? 1 : 0;
	}
	if (!o->n)
		printf("%-10s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s  %s\n", "date", "cc", "place", "cameo", "plover",
		       "source", "target", "killed", "title");
	printf("%-10s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s  %.60s\n", T(0, r->date), T(1, r->country),
	       T(2, r->place), T(3, r->cameo), T(4, r->plover), T(5, r->source), T(6, r->target), killed, T(7, r->title));
	o->n++;
	return ferror(stdout) ? 1 : 0;
}

static int print_cluster(void *user, const sr_cluster_row *r)
{
	query_out *o = user;
	char tb[7][256];
	char killed[32] = "";
	if (r->killed >= 0)
		snprintf(killed, sizeof killed, "%lld", r->killed);
	if (!o->n)
		printf("%-10s %-3s %-3s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s\n", "date", "art", "src", "cc",
		       "place", "cameo", "plover", "source", "target", "killed");
	printf("%-10s %3lld %3lld %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s\n", T(0, r->date_first), r->n_articles,
	       r->n_sources, T(1, r->country), T(2, r->place), T(3, r->cameo), T(4, r->plover), T(5, r->source),
	       T(6, r->target), killed);
	o->n++;
	return ferror(stdout) ? 1 : 0;
}

static int count_cluster(void *user, const sr_cluster_row *r)
{
	(void)r;
	(*(long *)user)++;
	return 0;
}

static int print_stat(void *user, const char *key, long long events, long long killed)
{
	char tb[1][256];
	printf("  %-40.40s %7lld %s %8lld killed\n", T(0, key), events, *(const bool *)user ? "mentions " : "incidents",
	       killed);
	return ferror(stdout) ? 1 : 0;
}

/* "a,b,c[,d]" into n doubles; false when malformed. */
static bool parse_doubles(const char *s, double *v, int n)
{
	char *end;
	for (int i = 0; i < n; i++) {
		v[i] = strtod(s, &end);
		if (end == s || (i + 1 < n && *end != ',') || (i + 1 == n && *end))
			return false;
		s = end + 1;
	}
	return true;
}

/* --near LAT,LON,KM into an sr_query. */
static bool read_near(const char *v, void *to)
{
	sr_query *q = to;
	double p[3];
	if (!parse_doubles(v, p, 3) || p[0] < -90 || p[0] > 90 || p[1] < -180 || p[1] > 180 || p[2] <= 0)
		return false;
	q->has_near = 1, q->near_lat = p[0], q->near_lon = p[1], q->near_km = p[2];
	return true;
}

/* --bbox WEST,SOUTH,EAST,NORTH into an sr_query. */
static bool read_bbox(const char *v, void *to)
{
	sr_query *q = to;
	q->has_bbox = parse_doubles(v, q->bbox, 4) && q->bbox[1] <= q->bbox[3] && q->bbox[0] <= q->bbox[2];
	return q->has_bbox;
}

/* The filters users write: a country by code or name, an event type in
 * any case, a day, month or year; the values live as long as the
 * command. */
static char country_v[4], type_v[80], from_v[11], to_v[11];

static bool read_country(const char *v, void *to)
{
	if (!sr_filter_country(v, country_v, cli_why, sizeof cli_why))
		return false;
	*(const char **)to = country_v;
	return true;
}

static bool read_type(const char *v, void *to)
{
	if (!sr_filter_type(v, type_v, sizeof type_v, cli_why, sizeof cli_why))
		return false;
	*(const char **)to = type_v;
	return true;
}

static bool read_from(const char *v, void *to)
{
	if (!sr_filter_day(v, 0, from_v, cli_why, sizeof cli_why))
		return false;
	*(const char **)to = from_v;
	return true;
}

static bool read_to(const char *v, void *to)
{
	if (!sr_filter_day(v, 1, to_v, cli_why, sizeof cli_why))
		return false;
	*(const char **)to = to_v;
	return true;
}

/* export's --format: one of sr_export_format_of's names. */
static bool read_export_format(const char *v, void *to)
{
	*(sr_export_format *)to = sr_export_format_of(v);
	return *(sr_export_format *)to != 0;
}

/* query's --format: table (0), jsonl (1), csv (2). */
static bool read_query_format(const char *v, void *to)
{
	int *f = to;
	*f = !strcmp(v, "table") ? 0 : !strcmp(v, "jsonl") ? 1 : !strcmp(v, "csv") ? 2 : -1;
	return *f >= 0;
}

/* The store's report: its size, then its events grouped each way. */
static sr_status print_stats(sr_store *s, const char *db, const sr_query *q, size_t top)
{
	long long na = 0, ne = 0, ni = 0;
	sr_status st = sr_store_counts(s, &na, &ne);
	if (st == SR_OK)
		st = sr_store_count_incidents(s, &ni);
	long nc = 0;
	sr_query all;
	memset(&all, 0, sizeof all);
	if (st == SR_OK)
		st = sr_store_clusters(s, &all, count_cluster, &nc);
	if (st == SR_OK)
		printf("%s: %lld articles, %lld incidents (%lld coded mentions), %ld real-world events (clusters); "
		       "below: %s\n",
		       db, na, ni, ne, nc, q->mentions ? "mentions" : "incidents");
	static const char *const BY[][2] = {{"country", "by country (where)"}, {"acled", "by ACLED event type"},
	                                    {"plover", "by PLOVER type"},     {"root", "by CAMEO root"},
	                                    {"actor", "top actors (source)"}, {"place", "top places"},
	                                    {"month", "by month (the latest)"},            {"day", "by day (the latest)"}};
	for (size_t b = 0; b < sizeof BY / sizeof *BY && st == SR_OK; b++) {
		printf("\n%s:\n", BY[b][1]);
		bool mentions = q->mentions;
		st = sr_store_stats(s, q, BY[b][0], top, print_stat, &mentions);
	}
	return st;
}

/* query (mode 0), export (1) and stats (2): the same filters */
static int query_or_export(int argc, char **argv, int mode)
{
	bool export = mode == 1, stats = mode == 2, clusters = false, per_cluster = false, mentions = false, help;
	const command *self = cli_command(stats ? "stats" : export ? "export" : "query");
	const char *db = "sitrep.db";
	sr_query q;
	memset(&q, 0, sizeof q);
	query_out o = {isatty(1) ? 0 : 1, 0};
	sr_export_format xf = 0;
	long long min_killed = 0, limit = 0, top = 10;
	/* the filters, then each command's own */
	option_spec opts[24] = {{"--db", 0, OPT_TEXT, &db, 0, 0, NULL, NULL},
	                        {"--country", 0, OPT_READ, &q.country, 0, 0, "a country's code or name", read_country},
	                        {"--from", 0, OPT_READ, &q.from, 0, 0, "YYYY-MM-DD, YYYY-MM or YYYY", read_from},
	                        {"--to", 0, OPT_READ, &q.to, 0, 0, "YYYY-MM-DD, YYYY-MM or YYYY", read_to},
	                        {"--type", 0, OPT_READ, &q.type, 0, 0, "an event type", read_type},
	                        {"--actor", 0, OPT_TEXT, &q.actor, 0, 0, NULL, NULL},
	                        {"--text", 0, OPT_TEXT, &q.text, 0, 0, NULL, NULL},
	                        {"--min-confidence", 0, OPT_REAL, &q.min_confidence, 0, 1, NULL, NULL},
	                        {"--min-killed", 0, OPT_COUNT, &min_killed, 0, NO_MAX, NULL, NULL},
	                        {"--limit", 0, OPT_COUNT, &limit, 0, NO_MAX, NULL, NULL},
	                        {"--near", 0, OPT_READ, &q, 0, 0, "LAT,LON,KM", read_near},
	                        {"--bbox", 0, OPT_READ, &q, 0, 0, "WEST,SOUTH,EAST,NORTH", read_bbox},
	                        {"--per-cluster", 0, OPT_FLAG, &per_cluster, 0, 0, NULL, NULL},
	                        {"--mentions", 0, OPT_FLAG, &mentions, 0, 0, NULL, NULL}};
	size_t n = 14;
	if (stats)
		opts[n++] = (option_spec){"--top", 0, OPT_COUNT, &top, 0, NO_MAX, NULL, NULL};
	else if (export)
		opts[n++] = (option_spec){"--format", 0, OPT_READ, &xf, 0, 0, "jsonl, csv, geojson, gdelt, acled, acled-numeric or plover",
		                          read_export_format};
	else {
		opts[n++] = (option_spec){"--format", 0, OPT_READ, &o.format, 0, 0, "table, jsonl or csv", read_query_format};
		opts[n++] = (option_spec){"--clusters", 0, OPT_FLAG, &clusters, 0, 0, NULL, NULL};
	}
	int rc = cli_options(self, opts, n, NULL, argc, argv, NULL, NULL, &help);
	if (rc != EXIT_OK || help)
		return rc;
	q.min_killed = (long)min_killed;
	q.limit = (long)limit;
	q.per_cluster = per_cluster;
	q.mentions = mentions;
	if (export && !xf) {
		fprintf(stderr, "sitrep export: --format is needed: jsonl, csv, geojson, gdelt, acled, acled-numeric or plover\n");
		return EXIT_USAGE;
	}
	if (!sr_store_is_pg(db) && access(db, F_OK) != 0) {
		fprintf(stderr, "sitrep %s: %s: no such store (make one with sitrep ingest)\n", self->name, db);
		return EXIT_INPUT;
	}
	sr_store *s = NULL;
	sr_status st = sr_store_open(db, &s);
	const char *err = st == SR_OK ? NULL : sr_error_last();
	if (st == SR_OK && stats)
		st = print_stats(s, db, &q, (size_t)top);
	else if (st == SR_OK && clusters && o.format)
		st = sr_store_export_clusters(s, &q, o.format == 1 ? SR_EXPORT_JSONL : SR_EXPORT_CSV, stdout);
	else if (st == SR_OK && clusters)
		st = sr_store_clusters(s, &q, print_cluster, &o);
	else if (st == SR_OK && (export || o.format)) {
		long left_out = 0;
		st = sr_store_export(s, &q, export ? xf : o.format == 1 ? SR_EXPORT_JSONL : SR_EXPORT_CSV, stdout, &left_out);
		if (left_out)
			fprintf(stderr, "sitrep %s: %ld incidents placed in no country left out: an ACLED row needs one\n",
			        self->name, left_out);
	}
	else if (st == SR_OK)
		st = sr_store_query(s, &q, print_row, &o);
	if (st != SR_OK)
		fprintf(stderr, "sitrep %s: %s\n", self->name,
		        err ? err : st == SR_EIO && (export || o.format) && !stats ? "cannot write the output" : sr_store_error(s));
	sr_store_close(s);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EXIT_INTERNAL;
	return st == SR_OK ? EXIT_OK : st == SR_ENOMEM ? EXIT_INTERNAL : st == SR_EINVAL ? EXIT_USAGE : EXIT_INPUT;
}

int cmd_stats(int argc, char **argv)
{
	return query_or_export(argc, argv, 2);
}

int cmd_query(int argc, char **argv)
{
	return query_or_export(argc, argv, 0);
}

int cmd_export(int argc, char **argv)
{
	return query_or_export(argc, argv, 1);
}
