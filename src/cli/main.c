/* sitrep: the command-line tool.  It parses arguments, reads files, calls
 * libsitrep and prints; all the work is in the library. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "sitrep.h"

/* Exit codes (documented in README.md). */
enum {
	EXIT_OK = 0,
	EXIT_INPUT = 1,   /* at least one input could not be processed */
	EXIT_USAGE = 2,   /* bad command line */
	EXIT_INTERNAL = 3 /* out of memory, cannot write output */
};

typedef struct command {
	const char *name;
	const char *args;
	const char *summary;
	const char *options; /* help text of the options */
	int (*run)(int argc, char **argv);
} command;

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);
static int cmd_extract(int argc, char **argv);
static int cmd_watch(int argc, char **argv);
static int cmd_annotate(int argc, char **argv);
static int cmd_code(int argc, char **argv);
static int cmd_ingest(int argc, char **argv);
static int cmd_query(int argc, char **argv);
static int cmd_export(int argc, char **argv);
static int cmd_stats(int argc, char **argv);
static int cmd_serve(int argc, char **argv);

static const command COMMANDS[] = {
    {"extract", "[--format json|text] [-j N] [--url URL] [--date DATE] [--quiet] INPUT...",
     "extract the articles from web pages, WARC crawls and JSON Lines dumps",
     "  --format json|text  json (default): one article object per line;\n"
     "                      text: the body text only, paragraphs separated by one\n"
     "                      blank line (several articles: a form feed line between)\n"
     "  -j N                worker threads (default: one per core); the output keeps\n"
     "                      the input order whatever N is\n"
     "  --url URL           the address pages were read from, when their input\n"
     "                      gives none (used when a page names no canonical URL)\n"
     "  --date DATE         publication date to use when a page has none\n"
     "  --quiet             no progress line and no summary on stderr\n"
     "  INPUT               a file or a directory (read recursively, in name order);\n"
     "                      - for stdin.  Each file is recognised by its content:\n"
     "                      WARC (plain, gzip per record or whole-file gzip: its\n"
     "                      HTML responses), JSON Lines (objects with html or text,\n"
     "                      and url, title, published), or one page (HTML or text,\n"
     "                      optionally gzip-compressed)\n",
     cmd_extract},
    {"watch", "FEEDS.txt --out DIR [--every 15m] [--delay 1s] [--timeout 30s] [--once]",
     "poll news feeds and extract new articles as they appear",
     "  FEEDS.txt           one RSS or Atom feed URL a line (# comments); read again\n"
     "                      each round\n"
     "  --out DIR           articles go to DIR/YYYY-MM-DD.jsonl (one JSON line each);\n"
     "                      what was seen is kept in DIR/.sitrep-watch across restarts\n"
     "  --every DURATION    time between rounds (default 15m; s, m, h)\n"
     "  --delay DURATION    between two requests to one host (default 1s; ms, s)\n"
     "  --timeout DURATION  per request (default 30s)\n"
     "  --once              one round, then exit\n"
     "  Items are fetched one request at a time per host, robots.txt honoured; an\n"
     "  item is fetched again only when its feed date changed (conditional GET),\n"
     "  and written again only when its text changed.  Ctrl-C ends after the\n"
     "  current item.\n",
     cmd_watch},
    {"annotate", "[--input text] [--tokens] [--dict PATH]... [--dict-only] [--url URL] [--date DATE] INPUT...",
     "the layers of each document: sentences, tokens, phrases, numbers, actors, events, counts, sources, places, dates",
     "  --input text        take each input as the article's text exactly as it is\n"
     "                      (no extraction), so byte offsets refer to the file\n"
     "  --tokens            include every token (offsets and kind)\n"
     "  --dict PATH, --dict-kind KIND, --dict-only  as for code\n"
     "  --url URL, --date DATE  as for extract; the date also resolves actor codes\n"
     "  INPUT               as for extract: pages, WARC, JSON Lines, feeds, URLs,\n"
     "                      directories, - for stdin\n"
     "  One JSON object per document, per line: text, sentences (offsets, paragraph,\n"
     "  token range), tokens (with --tokens: kind, pos, lemma), chunks (NP, VP),\n"
     "  clauses (verb, subject, object, agent, pps, passive, negated, modal,\n"
     "  intent, reporting, relative, reported_by), numbers (value, qualifier,\n"
     "  bounds, year), the dateline, actors (sentence, start, end, text, code),\n"
     "  events (as code prints them), counts, sources (who says so), places\n"
     "  (resolved with the gazetteer) and dates (text, type, TimeML value, first\n"
     "  and last day, precision, future), resolved against the article's date,\n"
     "  else --date, else today.\n",
     cmd_annotate},
    {"code", "[--dict PATH]... [--dict-only] [--date YYYY-MM-DD] [--input text] INPUT...",
     "code who did what to whom: CAMEO events with PLOVER and ACLED types",
     "  --dict PATH         a TABARI/PETRARCH dictionary file, or a folder of them\n"
     "                      (repeatable); the kind by name: *.actors.txt,\n"
     "                      *.agents.txt, *.verbs.txt or CAMEO*.txt, *.discards.txt,\n"
     "                      *IssueCoding*; or --dict-kind actors|agents|verbs|\n"
     "                      discards|issues before it.  Added to sitrep's own\n"
     "                      (countries, agents, verbs, discards); where both have\n"
     "                      a phrase, sitrep's comes first\n"
     "  --dict-only         use only the given dictionaries\n"
     "  --date YYYY-MM-DD   the date actor codes are resolved on when the article\n"
     "                      gives none (default: today)\n"
     "  --input text        take each input as the article's text exactly as it is,\n"
     "                      so byte offsets refer to the file\n"
     "  One JSON object per event, per line: cameo, root, quad_class, goldstein,\n"
     "  plover {type, mode}, acled {event_type, sub_event_type}, source and target\n"
     "  {code, text, start, end, country, sector, members} or null, verb, sentence,\n"
     "  counts (killed, wounded, displaced ...: best, low, high, cumulative), date\n"
     "  (its sentence's, else the article's), place (with lat, lon, geonameid,\n"
     "  country, geo_source), attribution (who says so: type, status), negated,\n"
     "  hypothetical, passive, rule (\"trigger ...\" for an event named without a\n"
     "  coded verb: \"a car bomb exploded\").\n"
     "  Articles the extractor finds in another language than English are not\n"
     "  coded (said on stderr); --input text takes the text as English.\n"
     "  Dictionary lines that cannot be read are reported on stderr as\n"
     "  FILE:LINE: reason and left out.\n",
     cmd_code},
    {"ingest", "[--db PATH] [-j N] [--dict PATH]... [--dict-only] [--date YYYY-MM-DD] [--quiet] INPUT...",
     "the whole pipeline into a store: articles and their coded events",
     "  --db PATH|URI       the store: an SQLite file (default sitrep.db; created\n"
     "                      when missing) or a PostgreSQL database\n"
     "                      (postgresql://[user[:password]@][host][:port]/db);\n"
     "                      either brought up to the current schema\n"
     "  -j N                extraction threads (default: one per core); coding and\n"
     "                      the store's writes run on one, in input order\n"
     "  --dict PATH, --dict-kind KIND, --dict-only  as for code\n"
     "  --date YYYY-MM-DD   as for code\n"
     "  --quiet             no progress line and no summary on stderr\n"
     "  INPUT               as for extract: pages, WARC, JSON Lines, feeds, URLs,\n"
     "                      directories, - for stdin\n"
     "  Each article goes in with its events in one transaction: an interrupted\n"
     "  ingest leaves whole articles only.  An article already held with the same\n"
     "  text is left alone; with another text it is replaced with its events.\n"
     "  Articles in other languages than English are kept, without events.\n",
     cmd_ingest},
    {"query",
     "[--db PATH] [--country CC] [--from DATE] [--to DATE] [--type T] [--actor A] [--min-killed N] [--text Q] "
     "[--near LAT,LON,KM] [--bbox W,S,E,N] [--min-confidence C] [--per-cluster] [--limit N] [--clusters] "
     "[--format table|jsonl|csv]",
     "the events a store holds, filtered",
     "  --db PATH|URI       the store (default sitrep.db; or postgresql://...)\n"
     "  --country CC        two letters: where the event happened (ISO 3166, \"SY\");\n"
     "                      three: an actor's country (CAMEO, \"SYR\")\n"
     "  --from, --to DATE   YYYY-MM-DD: events whose dates meet the range\n"
     "  --type T            a CAMEO root (\"19\") or code prefix (\"190\"), a PLOVER type\n"
     "                      (\"ASSAULT\"), an ACLED event or sub-event type (\"Battles\")\n"
     "  --actor A           a source's or target's code prefix (\"SYRMIL\") or words\n"
     "  --min-killed N      at least N killed (the count's best, else its low bound)\n"
     "  --text Q            full-text search of the articles (SQLite: FTS5 syntax;\n"
     "                      PostgreSQL: web search syntax, \"phrase\", or, -word)\n"
     "  --near LAT,LON,KM   within KM kilometres of the point\n"
     "  --bbox W,S,E,N      inside the box (degrees)\n"
     "  --limit N           at most N events, newest first\n"
     "  --min-confidence C  events whose confidence is at least C (0 to 1)\n"
     "  --per-cluster       one event per real-world event: each cluster's first\n"
     "  --clusters          real-world events instead: the clusters that join the\n"
     "                      reports of one event across articles, most reported first\n"
     "                      (articles, distinct sources, dates, place, codes, killed)\n"
     "  --format F          table (the default on a terminal), jsonl (one event as\n"
     "                      `sitrep code` prints it, a line; the default otherwise)\n"
     "                      or csv (the table's columns, RFC 4180)\n",
     cmd_query},
    {"export",
     "[--db PATH] --format jsonl|csv|geojson|gdelt|acled|plover [--per-cluster] [the filters of query]",
     "the store's events in the formats event-data users have, streamed to stdout",
     "  --format jsonl      the events as `sitrep code` prints them, a line each\n"
     "           csv        one row an event: date, place, codes, actors, killed, source\n"
     "           geojson    a FeatureCollection: a Point an event (null when unplaced),\n"
     "                      the event's JSON as properties\n"
     "           gdelt      GDELT 2.0's event table: 61 tab-separated columns in its\n"
     "                      order (country codes ISO 3166, not FIPS; no tone)\n"
     "           acled      ACLED's 31 columns (CSV); notes: the event's sentence\n"
     "           plover     PLOVER records (JSON Lines): id, date, actor, recipient,\n"
     "                      event, mode, event_loc, event_text, size, cite_info\n"
     "  --per-cluster       one row per real-world event (each cluster's first event),\n"
     "                      as ACLED merges the reports of one event\n"
     "  --db PATH, --country, --from, --to, --type, --actor, --min-killed, --text,\n"
     "  --near, --bbox, --min-confidence, --limit  as for query\n",
     cmd_export},
    {"stats", "[--db PATH] [--top N] [the filters of query]",
     "what a store holds: events by day, country and type; the top actors and places",
     "  --top N             the N largest groups of each kind (default 10)\n"
     "  --db PATH, --country, --from, --to, --type, --actor, --min-killed, --text,\n"
     "  --near (its box), --bbox  as for query\n"
     "  Killed: what the events report as incident counts (cumulative tolls are\n"
     "  left out); events of one article may report the same dead twice.\n",
     cmd_stats},
    {"serve", "[--db PATH|URI] [--listen HOST:PORT] [--token T] [--read-only] [--max-body BYTES] [--threads N]\n"
             "      [--query-timeout S] [--fetch-private]",
     "the store behind an HTTP API, and the dashboard (a map, a timeline, the events and their words)",
     "  --db PATH|URI       the store (default sitrep.db; or postgresql://...)\n"
     "  --listen HOST:PORT  where to listen (default 127.0.0.1:8080: this machine\n"
     "                      only; port 0: any free one, printed)\n"
     "  --token T           the bearer token POST /api/ingest needs (default: the\n"
     "                      SITREP_TOKEN variable; none: no writes)\n"
     "  --read-only         refuse writes whatever the token\n"
     "  --max-body BYTES    the largest request body (default 8388608)\n"
     "  --threads N         the server's threads (default: one per core, at least 2)\n"
     "  --query-timeout S   seconds a request may read the store before it is given\n"
     "                      up with 503 (default 30; exports are not limited); a\n"
     "                      request whose client hangs up is given up at once\n"
     "  --fetch-private     let POST /api/ingest fetch URLs on loopback, private and\n"
     "                      link-local addresses (default: public ones only, so a\n"
     "                      token holder cannot reach this machine's or its\n"
     "                      network's services)\n"
     "  Prints the address to open, then serves until interrupted (SIGINT, SIGTERM).\n"
     "  The API: GET /api/events, /api/events/ID, /api/articles/ID, /api/timeline,\n"
     "  /api/places, /api/actors, /api/export?format=F, /healthz, /metrics,\n"
     "  /api/openapi.json; POST /api/ingest (README: The HTTP API).\n",
     cmd_serve},
    {"help", "[COMMAND]", "show help for sitrep or one command", "", cmd_help},
    {"version", "", "print the version", "", cmd_version},
};

#define NCOMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static const command *find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(COMMANDS[i].name, name) == 0)
			return &COMMANDS[i];
	return NULL;
}

static void usage_all(FILE *f)
{
	fprintf(f, "sitrep %s: news in, structured event data out\n\nusage: sitrep COMMAND [OPTIONS]\n\ncommands:\n",
	        SITREP_VERSION);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
	fprintf(f, "\n'sitrep COMMAND --help' shows a command's options.\n");
}

static void usage_one(FILE *f, const command *c)
{
	fprintf(f, "usage: sitrep %s %s\n\n%s\n", c->name, c->args, c->summary);
	if (c->options[0])
		fprintf(f, "\noptions:\n%s", c->options);
}

static int cmd_help(int argc, char **argv)
{
	if (argc > 1) {
		const command *c = find_command(argv[1]);
		if (!c) {
			fprintf(stderr, "sitrep: unknown command '%s'\n", argv[1]);
			return EXIT_USAGE;
		}
		usage_one(stdout, c);
		return EXIT_OK;
	}
	usage_all(stdout);
	return EXIT_OK;
}

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("sitrep %s\n", SITREP_VERSION);
	return EXIT_OK;
}

/* The dictionary options shared by annotate and code: --dict PATH,
 * --dict-kind KIND, --dict-only.  dict_begin loads sitrep's own
 * dictionaries unless --dict-only is among the arguments. */
typedef struct dict_args {
	sr_dict *d;
	sr_dict_kind next_kind;
	size_t n_dicts;
	bool dict_only;
} dict_args;

static int dict_begin(dict_args *da, int argc, char **argv)
{
	memset(da, 0, sizeof *da);
	da->next_kind = SR_DICT_AUTO;
	if (sr_dict_new(&da->d) != SR_OK)
		return EXIT_INTERNAL;
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--dict-only") == 0)
			da->dict_only = true;
	/* sitrep's own dictionaries first: a user's come after and win ties */
	if (!da->dict_only && sr_dict_load_defaults(da->d) != SR_OK) {
		fprintf(stderr, "sitrep: %s\n", sr_dict_error(da->d));
		return EXIT_INPUT;
	}
	return EXIT_OK;
}

/* 1 if argv[*i] was a dictionary option (and *rc set on error), else 0. */
static int dict_option(dict_args *da, const char *cmd, int argc, char **argv, int *i, int *rc)
{
	const char *a = argv[*i];
	if (strcmp(a, "--dict-only") == 0)
		return 1;
	bool path = strcmp(a, "--dict") == 0, kind = strcmp(a, "--dict-kind") == 0;
	if (!path && !kind)
		return 0;
	if (*i + 1 >= argc) {
		fprintf(stderr, "sitrep %s: %s needs a value\n", cmd, a);
		*rc = EXIT_USAGE;
		return 1;
	}
	const char *v = argv[++*i];
	if (path) {
		if (sr_dict_load(da->d, v, da->next_kind) != SR_OK) {
			fprintf(stderr, "sitrep: %s\n", sr_dict_error(da->d));
			*rc = EXIT_INPUT;
		}
		da->n_dicts++;
		da->next_kind = SR_DICT_AUTO;
		return 1;
	}
	da->next_kind = strcmp(v, "actors") == 0     ? SR_DICT_ACTORS
	                : strcmp(v, "agents") == 0   ? SR_DICT_AGENTS
	                : strcmp(v, "verbs") == 0    ? SR_DICT_VERBS
	                : strcmp(v, "discards") == 0 ? SR_DICT_DISCARDS
	                : strcmp(v, "issues") == 0   ? SR_DICT_ISSUES
	                                             : SR_DICT_AUTO;
	if (da->next_kind == SR_DICT_AUTO) {
		fprintf(stderr, "sitrep %s: --dict-kind: actors, agents, verbs, discards or issues, not '%s'\n", cmd, v);
		*rc = EXIT_USAGE;
	}
	return 1;
}

/* After parsing: the --dict-only check and the loaders' warnings. */
static int dict_end(dict_args *da, const char *cmd, int rc)
{
	if (rc == EXIT_OK && da->dict_only && !da->n_dicts) {
		fprintf(stderr, "sitrep %s: --dict-only without --dict: no dictionaries\n", cmd);
		rc = EXIT_USAGE;
	}
	const char *const *warnings;
	size_t nw = sr_dict_warnings(da->d, &warnings);
	for (size_t i = 0; i < nw; i++)
		fprintf(stderr, "sitrep: %s\n", warnings[i]);
	return rc;
}

static int32_t date_int(const char *s)
{
	/* YYYY-MM-DD or YYYYMMDD, the first 10 characters of an ISO date */
	int y, m, d;
	if (s && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3)
		return y * 10000 + m * 100 + d;
	if (s && sscanf(s, "%4d%2d%2d", &y, &m, &d) == 3)
		return y * 10000 + m * 100 + d;
	return 0;
}

/* ---- options: one reader for every command's ---------------------------------------- */

/* What an option takes. */
typedef enum {
	OPT_FLAG,  /* nothing: sets a bool */
	OPT_TEXT,  /* a value, kept as it is */
	OPT_DATE,  /* YYYY-MM-DD, kept as a string */
	OPT_COUNT, /* a whole number from lo to hi (long long) */
	OPT_REAL,  /* a number from lo to hi (double) */
	OPT_READ   /* a value its own function reads (false: refused) */
} opt_kind;

typedef struct option {
	const char *name, *alias; /* "--quiet", "-q" */
	opt_kind kind;
	void *to;                 /* bool *, const char **, long long * or double *; OPT_READ: its function's */
	double lo, hi;            /* OPT_COUNT's and OPT_REAL's range (hi NO_MAX: none) */
	const char *want;         /* OPT_READ: what the value should have been; else its unit ("threads") */
	bool (*read)(const char *v, void *to);
} option;

/* An OPT_COUNT's hi when it has no upper bound. */
#define NO_MAX 1e15

static const option *option_named(const option *opts, size_t n, const char *a)
{
	for (size_t k = 0; k < n; k++)
		if (!strcmp(a, opts[k].name) || (opts[k].alias && !strcmp(a, opts[k].alias)))
			return &opts[k];
	return NULL;
}

/* Is v a day, YYYY-MM-DD, and nothing more? */
static bool is_day(const char *v)
{
	int y, m, d, used = 0;
	return sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == 10 && !v[used] && m >= 1 && m <= 12 &&
	       d >= 1 && d <= 31;
}

/* v for option o into o->to: false (said) when refused. */
static bool option_value(const command *self, const option *o, const char *a, const char *v)
{
	char *end = NULL;
	switch (o->kind) {
	case OPT_FLAG: *(bool *)o->to = true; return true;
	case OPT_TEXT: *(const char **)o->to = v; return true;
	case OPT_DATE:
		if (is_day(v)) {
			*(const char **)o->to = v;
			return true;
		}
		fprintf(stderr, "sitrep %s: %s: '%s' is not YYYY-MM-DD\n", self->name, a, v);
		return false;
	case OPT_COUNT: {
		long long n = strtoll(v, &end, 10);
		if (end != v && !*end && n >= o->lo && n <= o->hi) {
			*(long long *)o->to = n;
			return true;
		}
		break;
	}
	case OPT_REAL: {
		double x = strtod(v, &end);
		if (end != v && !*end && x >= o->lo && x <= o->hi) {
			*(double *)o->to = x;
			return true;
		}
		break;
	}
	case OPT_READ:
		if (o->read(v, o->to))
			return true;
		break;
	}
	char want[160];
	if (o->kind == OPT_READ)
		snprintf(want, sizeof want, "%s", o->want);
	else if (o->hi >= NO_MAX)
		snprintf(want, sizeof want, "a whole number, %.15g or more", o->lo);
	else
		snprintf(want, sizeof want, "%.15g to %.15g%s%s", o->lo, o->hi, o->want ? " " : "", o->want ? o->want : "");
	fprintf(stderr, "sitrep %s: %s: want %s, not '%s'\n", self->name, a, want, v);
	return false;
}

/* argv[1..] read against opts: values stored; with da, the dictionary
 * options too (sitrep's own dictionaries loaded first, unless
 * --dict-only); the other words are inputs (into inputs, or refused when
 * it is NULL), "-" among them, and all after "--".  A short option takes
 * its value attached too ("-j4").  -h or --help prints the command's
 * usage and sets *help.  EXIT_OK, or another exit code with the reason
 * said. */
static int read_options(const command *self, const option *opts, size_t n_opts, dict_args *da, int argc,
                        char **argv, const char **inputs, size_t *n_inputs, bool *help)
{
	*help = false;
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage_one(stdout, self);
			*help = true;
			return EXIT_OK;
		}
	int rc = da ? dict_begin(da, argc, argv) : EXIT_OK;
	bool opts_done = false;
	for (int i = 1; i < argc && rc == EXIT_OK; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || !a[1]) {
			if (!inputs) {
				fprintf(stderr, "sitrep %s: unexpected '%s'\n", self->name, a);
				usage_one(stderr, self);
				return EXIT_USAGE;
			}
			inputs[(*n_inputs)++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			opts_done = true;
			continue;
		}
		if (da && dict_option(da, self->name, argc, argv, &i, &rc))
			continue;
		const option *o = option_named(opts, n_opts, a);
		const char *v = NULL;
		if (!o && a[1] != '-' && a[2]) { /* "-j4" */
			char shortname[3] = {a[0], a[1], '\0'};
			o = option_named(opts, n_opts, shortname);
			if (o && o->kind != OPT_FLAG)
				v = a + 2, a = o->alias && strlen(o->alias) == 2 ? o->alias : o->name;
			else
				o = NULL;
		}
		if (!o) {
			fprintf(stderr, "sitrep %s: unknown option '%s'\n", self->name, a);
			return EXIT_USAGE;
		}
		if (o->kind != OPT_FLAG && !v) {
			if (i + 1 >= argc) {
				fprintf(stderr, "sitrep %s: %s needs a value\n", self->name, a);
				return EXIT_USAGE;
			}
			v = argv[++i];
		}
		if (!option_value(self, o, a, v))
			return EXIT_USAGE;
	}
	return da ? dict_end(da, self->name, rc) : rc;
}

/* --input: "text" reads inputs as plain text (true), "html" or "auto" as
 * they come. */
static bool read_input_kind(const char *v, void *to)
{
	*(bool *)to = !strcmp(v, "text");
	return *(bool *)to || !strcmp(v, "html") || !strcmp(v, "auto");
}

typedef struct extract_run {
	bool text;
	bool quiet, progress;
	int rc;
	uint64_t written, failed;
	uint64_t failed_by[16];
	sr_reader *reader;
	struct timespec t0, last;
} extract_run;

static double since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void progress_line(extract_run *x, bool final)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!final && since(&x->last, &now) < 0.5)
		return;
	x->last = now;
	sr_reader_stats st;
	sr_reader_stats_get(x->reader, &st);
	uint64_t done, total;
	sr_reader_progress(x->reader, &done, &total);
	double t = since(&x->t0, &now);
	if (t <= 0)
		t = 1e-9;
	char eta[32] = "";
	if (total && done && done <= total)
		snprintf(eta, sizeof eta, ", ETA %.0f s", (double)(total - done) * t / (double)done);
	fprintf(stderr, "\r\033[K%llu records, %llu articles, %.0f records/s, %.1f MB/s%s",
	        (unsigned long long)st.records, (unsigned long long)x->written, (double)st.records / t,
	        (double)done / 1e6 / t, eta);
	if (final)
		fputc('\n', stderr);
}

static int emit_article(void *user, const sr_record *rec, sr_article *a, sr_status st, const char *err)
{
	extract_run *x = user;
	if (st != SR_OK) {
		if (x->progress)
			fputs("\r\033[K", stderr);
		fprintf(stderr, "sitrep: %s\n", err && err[0] ? err : sr_status_str(st));
		if (!rec || rec->opts.format == SR_FORMAT_AUTO || strcmp(rec->container, "file") == 0)
			x->rc = st == SR_ENOMEM ? EXIT_INTERNAL : (x->rc == EXIT_OK ? EXIT_INPUT : x->rc);
		else
			x->rc = x->rc == EXIT_OK ? EXIT_INPUT : x->rc;
		x->failed++;
		x->failed_by[st < 16 ? st : 15]++;
		return 0;
	}
	if (x->text) {
		if (x->written)
			fputs("\f\n", stdout);
		fwrite(a->text ? a->text : "", 1, a->text_len, stdout);
	} else if (sr_article_write_json(a, stdout) == SR_ENOMEM) {
		fprintf(stderr, "sitrep: %s: out of memory\n", rec->opts.name);
		x->rc = EXIT_INTERNAL;
		return 0;
	}
	fputc('\n', stdout);
	x->written++;
	if (x->progress)
		progress_line(x, false);
	return ferror(stdout) ? 1 : 0;
}

static void summary(extract_run *x)
{
	sr_reader_stats st;
	sr_reader_stats_get(x->reader, &st);
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	fprintf(stderr, "sitrep: %llu input%s, %llu record%s, %llu article%s written in %.2f s",
	        (unsigned long long)st.inputs, st.inputs == 1 ? "" : "s", (unsigned long long)st.records,
	        st.records == 1 ? "" : "s", (unsigned long long)x->written, x->written == 1 ? "" : "s",
	        since(&x->t0, &now));
	const char *sep = "; skipped: ";
	for (int k = 0; k < SR_SKIP_COUNT; k++)
		if (st.skipped[k]) {
			fprintf(stderr, "%s%llu %s", sep, (unsigned long long)st.skipped[k], sr_skip_str((sr_skip)k));
			sep = ", ";
		}
	sep = "; errors: ";
	for (int k = 0; k < SR_IERR_COUNT; k++)
		if (st.errors[k]) {
			fprintf(stderr, "%s%llu %s", sep, (unsigned long long)st.errors[k],
			        sr_input_error_str((sr_input_error)k));
			sep = ", ";
		}
	for (int k = 0; k < 16; k++) {
		if (!x->failed_by[k] || k == SR_EIO || k == SR_EGZIP || k == SR_EPARSE)
			continue; /* reader errors are counted above */
		fprintf(stderr, "%s%llu extraction: %s", sep, (unsigned long long)x->failed_by[k],
		        sr_status_str((sr_status)k));
		sep = ", ";
	}
	fputc('\n', stderr);
}

static int cmd_extract(int argc, char **argv)
{
	const command *self = find_command("extract");
	const char *format = "json", *url = NULL, *date = NULL;
	long long threads = 0;
	bool quiet = false, help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	if (!inputs) {
		fprintf(stderr, "sitrep: out of memory\n");
		return EXIT_INTERNAL;
	}
	const option opts[] = {{"--format", NULL, OPT_TEXT, &format, 0, 0, NULL, NULL},
	                       {"--url", NULL, OPT_TEXT, &url, 0, 0, NULL, NULL},
	                       {"--date", NULL, OPT_TEXT, &date, 0, 0, NULL, NULL},
	                       {"--jobs", "-j", OPT_COUNT, &threads, 1, 256, "threads", NULL},
	                       {"--quiet", "-q", OPT_FLAG, &quiet, 0, 0, NULL, NULL}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, inputs, &n_inputs, &help);
	if (help) {
		free(inputs);
		return rc;
	}
	if (rc == EXIT_OK && strcmp(format, "json") != 0 && strcmp(format, "text") != 0) {
		fprintf(stderr, "sitrep extract: --format must be json or text, not '%s'\n", format);
		rc = EXIT_USAGE;
	}
	if (rc == EXIT_OK && n_inputs == 0) {
		fprintf(stderr, "sitrep extract: no input files (use - for stdin)\n");
		usage_one(stderr, self);
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_OK) {
		free(inputs);
		return rc;
	}
	extract_run x;
	memset(&x, 0, sizeof x);
	x.text = strcmp(format, "text") == 0;
	x.quiet = quiet;
	x.progress = !quiet && isatty(2);
	clock_gettime(CLOCK_MONOTONIC, &x.t0);
	x.last = x.t0;
	if (sr_reader_new(inputs, n_inputs, &x.reader) != SR_OK || sr_reader_defaults(x.reader, url, date) != SR_OK) {
		fprintf(stderr, "sitrep: out of memory\n");
		sr_reader_free(x.reader);
		free(inputs);
		return EXIT_INTERNAL;
	}
	sr_status st = sr_run(x.reader, (int)threads, emit_article, &x);
	if (st != SR_OK) {
		fprintf(stderr, "sitrep: %s\n", sr_status_str(st));
		x.rc = EXIT_INTERNAL;
	}
	if (x.progress)
		progress_line(&x, true);
	if (!quiet)
		summary(&x);
	sr_reader_free(x.reader);
	free(inputs);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "sitrep: cannot write output: %s\n", strerror(errno));
		return EXIT_INTERNAL;
	}
	return x.rc;
}

/* A document for annotate and code: a record, its article (unless the
 * input is taken as text), and the language layers of its text. */
typedef struct document {
	sr_record *rec;
	sr_article *a;
	sr_doc *doc;
} document;

static void document_free(document *d)
{
	sr_doc_free(d->doc);
	sr_article_free(d->a);
	sr_record_free(d->rec);
	memset(d, 0, sizeof *d);
}

/* The next document: 1 with *d filled, 0 at the end.  A bad record is
 * reported on stderr, sets *rc, and the reader goes on. */
/* english_only: an article the extractor finds in another language is
 * returned unanalysed (d->doc NULL): the coder's dictionaries are English,
 * and the language core's work on it would be thrown away. */
static int next_document_ex(sr_reader *r, sr_ctx *ctx, bool raw, bool english_only, document *d, int *rc);

static int next_document(sr_reader *r, sr_ctx *ctx, bool raw, document *d, int *rc)
{
	return next_document_ex(r, ctx, raw, false, d, rc);
}

static int next_document_ex(sr_reader *r, sr_ctx *ctx, bool raw, bool english_only, document *d, int *rc)
{
	for (;;) {
		memset(d, 0, sizeof *d);
		sr_status st = sr_reader_next(r, &d->rec);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s\n", sr_reader_error(r));
			*rc = EXIT_INPUT;
			continue;
		}
		if (!d->rec)
			return 0;
		const char *text = d->rec->data;
		size_t len = d->rec->len;
		const sr_paragraph *paras = NULL;
		size_t n_paras = 0;
		if (!raw) {
			st = sr_extract(ctx, d->rec->data, d->rec->len, &d->rec->opts, &d->a);
			if (st != SR_OK) {
				fprintf(stderr, "sitrep: %s\n", sr_ctx_error(ctx));
				*rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
				document_free(d);
				continue;
			}
			text = d->a->text ? d->a->text : "";
			len = d->a->text_len;
			paras = d->a->paragraphs;
			n_paras = d->a->n_paragraphs;
			if (english_only && d->a->language && strcmp(d->a->language, "en") != 0)
				return 1;
		}
		st = sr_analyze(text, len, paras, n_paras, &d->doc);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s: %s\n", d->rec->opts.name, sr_status_str(st));
			*rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
			document_free(d);
			continue;
		}
		return 1;
	}
}

/* The day actor codes are resolved on: the article's date, else --date,
 * else today. */
static int32_t coding_day(const document *doc, int32_t fallback)
{
	if (doc->a && doc->a->published && date_int(doc->a->published))
		return date_int(doc->a->published);
	if (fallback)
		return fallback;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static int cmd_annotate(int argc, char **argv)
{
	const command *self = find_command("annotate");
	const char *url = NULL, *date = NULL;
	bool raw = false, tokens = false, help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	dict_args da = {0};
	if (!inputs)
		return EXIT_INTERNAL;
	const option opts[] = {{"--tokens", NULL, OPT_FLAG, &tokens, 0, 0, NULL, NULL},
	                       {"--url", NULL, OPT_TEXT, &url, 0, 0, NULL, NULL},
	                       {"--date", NULL, OPT_DATE, &date, 0, 0, NULL, NULL},
	                       {"--input", NULL, OPT_READ, &raw, 0, 0, "text, html or auto", read_input_kind}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, &da, argc, argv, inputs, &n_inputs, &help);
	if (rc == EXIT_OK && !help && !n_inputs) {
		fprintf(stderr, "sitrep annotate: no input (use - for stdin)\n");
		usage_one(stderr, self);
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_OK || help) {
		sr_dict_free(da.d);
		free(inputs);
		return rc;
	}
	sr_reader *r = NULL;
	sr_ctx *ctx = NULL;
	if (sr_reader_new(inputs, n_inputs, &r) != SR_OK || sr_reader_defaults(r, url, date) != SR_OK ||
	    sr_ctx_new(&ctx) != SR_OK) {
		fprintf(stderr, "sitrep: out of memory\n");
		sr_reader_free(r);
		sr_dict_free(da.d);
		free(inputs);
		return EXIT_INTERNAL;
	}
	int32_t fallback = date_int(date);
	document doc;
	while (next_document(r, ctx, raw, &doc, &rc)) {
		sr_event *ev = NULL;
		sr_mention *men = NULL;
		size_t ne = 0, nm = 0;
		sr_timex *tx = NULL;
		size_t nt = 0;
		int32_t day = coding_day(&doc, fallback);
		sr_status st = sr_code_ex(da.d, doc.doc, day, 0, &ev, &ne, &men, &nm);
		if (st == SR_OK)
			st = sr_timex_find(doc.doc, day, &tx, &nt);
		if (st == SR_OK)
			st = sr_annotation_write_json(doc.doc, tokens, men, nm, ev, ne, tx, nt, day, stdout);
		free(tx);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s: %s\n", doc.rec->opts.name, sr_status_str(st));
			rc = EXIT_INTERNAL;
		} else {
			fputc('\n', stdout);
		}
		free(ev);
		free(men);
		document_free(&doc);
	}
	sr_ctx_free(ctx);
	sr_reader_free(r);
	sr_dict_free(da.d);
	free(inputs);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EXIT_INTERNAL;
	return rc;
}

static int cmd_code(int argc, char **argv)
{
	const command *self = find_command("code");
	const char *date = NULL;
	bool raw = false, help;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	dict_args da = {0};
	if (!inputs)
		return EXIT_INTERNAL;
	const option opts[] = {{"--date", NULL, OPT_DATE, &date, 0, 0, NULL, NULL},
	                       {"--input", NULL, OPT_READ, &raw, 0, 0, "text, html or auto", read_input_kind}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, &da, argc, argv, inputs, &n_inputs, &help);
	if (rc == EXIT_OK && !help && !n_inputs) {
		fprintf(stderr, "sitrep code: no input (use - for stdin)\n");
		usage_one(stderr, self);
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_OK || help) {
		free(inputs);
		sr_dict_free(da.d);
		return rc;
	}
	int32_t fallback = date_int(date);
	sr_reader *r = NULL;
	sr_ctx *ctx = NULL;
	if (sr_reader_new(inputs, n_inputs, &r) != SR_OK || sr_ctx_new(&ctx) != SR_OK) {
		sr_reader_free(r);
		sr_dict_free(da.d);
		free(inputs);
		return EXIT_INTERNAL;
	}
	document doc;
	while (next_document_ex(r, ctx, raw, true, &doc, &rc)) {
		sr_event *ev = NULL;
		size_t ne = 0;
		int32_t day = coding_day(&doc, fallback);
		/* the dictionaries are English: an article the extractor found in
		 * another language gives no events (said on stderr) */
		if (doc.a && doc.a->language && strcmp(doc.a->language, "en") != 0) {
			fprintf(stderr, "sitrep: %s: not coded: the article is in '%s', the dictionaries in English\n",
			        doc.rec->opts.name, doc.a->language);
			document_free(&doc);
			continue;
		}
		sr_status st = sr_code(da.d, doc.doc, day, 0, &ev, &ne);
		if (st == SR_OK)
			st = sr_events_write_json(doc.doc, ev, ne, doc.a ? doc.a->id : NULL, day, stdout);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s: %s\n", doc.rec->opts.name, sr_status_str(st));
			rc = st == SR_ENOMEM || st == SR_EIO ? EXIT_INTERNAL : EXIT_INPUT;
		}
		free(ev);
		document_free(&doc);
	}
	sr_ctx_free(ctx);
	sr_reader_free(r);
	sr_dict_free(da.d);
	free(inputs);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EXIT_INTERNAL;
	return rc;
}

static double mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One ingest: the store, the coder, and what was done. */
typedef struct ingest_run {
	sr_store *store;
	sr_dict *dict;
	sr_reader *reader;
	const char *db;
	int32_t fallback;
	int rc;
	bool tty;
	double t0, shown;
	long long n_new, n_same, n_repl, n_events, n_other, n_failed;
} ingest_run;

static void ingest_progress(ingest_run *x)
{
	double now = mono_now();
	if (!x->tty || now - x->shown < 0.5)
		return;
	x->shown = now;
	uint64_t done = 0, total = 0;
	sr_reader_progress(x->reader, &done, &total);
	long long n = x->n_new + x->n_same + x->n_repl + x->n_failed;
	double rate = n / (now - x->t0 > 1e-9 ? now - x->t0 : 1e-9);
	char eta[32] = "";
	if (total && done && done <= total)
		snprintf(eta, sizeof eta, ", ETA %.0f s", (now - x->t0) * (double)(total - done) / (double)done);
	fprintf(stderr, "\r%lld articles, %lld events, %.0f articles/s%s   ", n, x->n_events, rate, eta);
}

/* Each article, in input order, from the thread that runs the ingest: the
 * language core, the coder and the store (extraction ran on the workers). */
static int emit_ingest(void *user, const sr_record *rec, sr_article *a, sr_status st, const char *err)
{
	ingest_run *x = user;
	if (st != SR_OK || !a) {
		if (x->tty)
			fputs("\r\033[K", stderr);
		fprintf(stderr, "sitrep: %s\n", err && err[0] ? err : sr_status_str(st));
		x->rc = st == SR_ENOMEM ? EXIT_INTERNAL : (x->rc == EXIT_OK ? EXIT_INPUT : x->rc);
		x->n_failed++;
		return 0;
	}
	sr_ingest_result r;
	const char *name = rec ? rec->opts.name : "input";
	st = sr_store_ingest(x->store, x->dict, a, x->fallback, &r);
	if (st == SR_OK && r.put == SR_PUT_UNCHANGED) {
		x->n_same++;
		ingest_progress(x);
		return 0;
	}
	if (!r.stage && r.day) /* (day: it got past the store's lookup) */
		x->n_other += !r.coded;
	if (r.stage)
		fprintf(stderr, "sitrep: %s: %s\n", name, sr_status_str(r.stage));
	else if (st != SR_OK)
		fprintf(stderr, "sitrep: %s: not stored: %s\n", name,
		        sr_store_error(x->store)[0] ? sr_store_error(x->store) : sr_status_str(st));
	sr_put_result res = r.put;
	size_t ne = r.n_events;
	if (st != SR_OK) {
		x->rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		x->n_failed++;
		if (st == SR_EIO) {
			/* a full disk, a read-only file: the next article would fare no
			 * better; what is stored is whole */
			char shown[1024];
			fprintf(stderr, "sitrep ingest: stopping: %s cannot be written\n",
			        sr_store_shown(x->db, shown, sizeof shown));
			return 1;
		}
		return 0;
	}
	x->n_new += res == SR_PUT_NEW;
	x->n_same += res == SR_PUT_UNCHANGED;
	x->n_repl += res == SR_PUT_REPLACED;
	x->n_events += res == SR_PUT_UNCHANGED ? 0 : (long long)ne;
	ingest_progress(x);
	return 0;
}

static int cmd_ingest(int argc, char **argv)
{
	const command *self = find_command("ingest");
	const char *date = NULL, *db = "sitrep.db";
	bool quiet = false, help;
	long long threads = 0;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	dict_args da = {0};
	if (!inputs)
		return EXIT_INTERNAL;
	const option opts[] = {{"--date", NULL, OPT_DATE, &date, 0, 0, NULL, NULL},
	                       {"--db", NULL, OPT_TEXT, &db, 0, 0, NULL, NULL},
	                       {"-j", NULL, OPT_COUNT, &threads, 1, 256, "threads", NULL},
	                       {"--quiet", NULL, OPT_FLAG, &quiet, 0, 0, NULL, NULL}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, &da, argc, argv, inputs, &n_inputs, &help);
	if (help) {
		free(inputs);
		sr_dict_free(da.d);
		return rc;
	}
	if (rc == EXIT_OK && !n_inputs) {
		fprintf(stderr, "sitrep ingest: no input (use - for stdin)\n");
		usage_one(stderr, self);
		rc = EXIT_USAGE;
	}
	ingest_run x;
	memset(&x, 0, sizeof x);
	if (rc == EXIT_OK) {
		sr_status st = sr_store_open(db, &x.store);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep ingest: %s\n", sr_store_error(x.store));
			rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		}
	}
	if (rc != EXIT_OK || sr_reader_new(inputs, n_inputs, &x.reader) != SR_OK) {
		sr_store_close(x.store);
		free(inputs);
		sr_dict_free(da.d);
		return rc != EXIT_OK ? rc : EXIT_INTERNAL;
	}
	x.dict = da.d;
	x.db = db;
	x.fallback = date_int(date);
	x.tty = !quiet && isatty(2);
	x.t0 = mono_now();
	/* extraction on the workers, the rest here, in input order */
	sr_status st = sr_run(x.reader, (int)threads, emit_ingest, &x);
	if (st == SR_ENOMEM)
		x.rc = EXIT_INTERNAL;
	double secs = mono_now() - x.t0;
	if (x.tty)
		fprintf(stderr, "\r%*s\r", 70, "");
	long long held_a = 0, held_e = 0;
	char shown[1024], holds[1200] = "";
	if (sr_store_counts(x.store, &held_a, &held_e) != SR_OK) {
		fprintf(stderr, "sitrep ingest: %s\n", sr_store_error(x.store));
		if (x.rc == EXIT_OK)
			x.rc = EXIT_INTERNAL;
	} else {
		snprintf(holds, sizeof holds, "; %s now holds %lld articles, %lld events",
		         sr_store_shown(db, shown, sizeof shown), held_a, held_e);
	}
	if (!quiet)
		fprintf(stderr,
		        "sitrep: %lld articles in %.2f s: %lld new, %lld replaced, %lld unchanged, %lld failed; %lld events "
		        "stored; %lld not in English (kept without events)%s\n",
		        x.n_new + x.n_repl + x.n_same + x.n_failed, secs, x.n_new, x.n_repl, x.n_same, x.n_failed, x.n_events,
		        x.n_other, holds);
	sr_reader_free(x.reader);
	sr_store_close(x.store);
	sr_dict_free(da.d);
	free(inputs);
	return x.rc;
}

typedef struct query_out {
	int format; /* 0 table, 1 jsonl, 2 csv */
	long n;
} query_out;

static void csv_field(const char *v, bool last)
{
	v = v ? v : "";
	bool quote = strpbrk(v, ",\"\r\n") != NULL;
	if (quote) {
		putchar('"');
		for (; *v; v++) {
			if (*v == '"')
				putchar('"');
			putchar(*v);
		}
		putchar('"');
	} else {
		fputs(v, stdout);
	}
	putchar(last ? '\n' : ',');
}

static int print_row(void *user, const sr_query_row *r)
{
	query_out *o = user;
	char killed[32] = "", lat[32] = "", lon[32] = "";
	if (r->killed >= 0)
		snprintf(killed, sizeof killed, "%lld", r->killed);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	if (o->format == 1) {
		puts(r->json ? r->json : "{}");
	} else if (o->format == 2) {
		if (!o->n) {
			fputs("id,date,date_last,country,place,lat,lon,cameo,plover,acled,source,target,killed,article,url,title\n",
			      stdout);
		}
		char id[32];
		snprintf(id, sizeof id, "%lld", r->id);
		const char *f[] = {id,       r->date,   r->date_last, r->country, r->place,  lat,
		                   lon,      r->cameo,  r->plover,    r->acled,   r->source, r->target,
		                   killed,   r->article, r->url,      r->title};
		for (size_t i = 0; i < sizeof f / sizeof *f; i++)
			csv_field(f[i], i + 1 == sizeof f / sizeof *f);
	} else {
		if (!o->n)
			printf("%-10s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s  %s\n", "date", "cc", "place", "cameo",
			       "plover", "source", "target", "killed", "title");
		printf("%-10s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s  %.60s\n", r->date ? r->date : "",
		       r->country ? r->country : "", r->place ? r->place : "", r->cameo ? r->cameo : "",
		       r->plover ? r->plover : "", r->source ? r->source : "", r->target ? r->target : "", killed,
		       r->title ? r->title : "");
	}
	o->n++;
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

static int query_or_export(int argc, char **argv, int mode);

static int count_cluster(void *user, const sr_cluster_row *r)
{
	(void)r;
	(*(long *)user)++;
	return 0;
}

static int print_cluster(void *user, const sr_cluster_row *r)
{
	query_out *o = user;
	char killed[32] = "", lat[32] = "", lon[32] = "";
	if (r->killed >= 0)
		snprintf(killed, sizeof killed, "%lld", r->killed);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	if (o->format == 1) {
		printf("{\"cluster\":%lld,\"articles\":%lld,\"sources\":%lld,\"events\":%lld,\"first_seen\":\"%s\","
		       "\"date_first\":\"%s\",\"date_last\":\"%s\",\"representative\":%lld,\"killed\":%s}\n",
		       r->id, r->n_articles, r->n_sources, r->n_events, r->first_seen ? r->first_seen : "",
		       r->date_first ? r->date_first : "", r->date_last ? r->date_last : "", r->representative,
		       killed[0] ? killed : "null");
	} else if (o->format == 2) {
		if (!o->n)
			fputs("cluster,articles,sources,events,first_seen,date_first,date_last,country,place,lat,lon,cameo,plover,"
			      "acled,source,target,killed\n",
			      stdout);
		char id[32], na[32], ns[32], nev[32];
		snprintf(id, sizeof id, "%lld", r->id);
		snprintf(na, sizeof na, "%lld", r->n_articles);
		snprintf(ns, sizeof ns, "%lld", r->n_sources);
		snprintf(nev, sizeof nev, "%lld", r->n_events);
		const char *f[] = {id,        na,       ns,       nev,       r->first_seen, r->date_first, r->date_last,
		                   r->country, r->place, lat,      lon,       r->cameo,      r->plover,     r->acled,
		                   r->source, r->target, killed};
		for (size_t i = 0; i < sizeof f / sizeof *f; i++)
			csv_field(f[i], i + 1 == sizeof f / sizeof *f);
	} else {
		if (!o->n)
			printf("%-10s %-3s %-3s %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s\n", "date", "art", "src", "cc",
			       "place", "cameo", "plover", "source", "target", "killed");
		printf("%-10s %3lld %3lld %-2s %-18.18s %-5s %-9.9s %-14.14s %-14.14s %6s\n", r->date_first ? r->date_first : "",
		       r->n_articles, r->n_sources, r->country ? r->country : "", r->place ? r->place : "",
		       r->cameo ? r->cameo : "", r->plover ? r->plover : "", r->source ? r->source : "",
		       r->target ? r->target : "", killed);
	}
	o->n++;
	return ferror(stdout) ? 1 : 0;
}

typedef struct stats_out {
	size_t n;
} stats_out;

static int print_stat(void *user, const char *key, long long events, long long killed)
{
	stats_out *o = user;
	printf("  %-40.40s %7lld events %8lld killed\n", key ? key : "", events, killed);
	o->n++;
	return ferror(stdout) ? 1 : 0;
}

static int cmd_stats(int argc, char **argv)
{
	return query_or_export(argc, argv, 2);
}

static int cmd_query(int argc, char **argv)
{
	return query_or_export(argc, argv, 0);
}

static int cmd_export(int argc, char **argv)
{
	return query_or_export(argc, argv, 1);
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

/* query (mode 0), export (1) and stats (2): the same filters */
static int query_or_export(int argc, char **argv, int mode)
{
	bool export = mode == 1, stats = mode == 2, clusters = false, per_cluster = false, help;
	const command *self = find_command(stats ? "stats" : export ? "export" : "query");
	const char *db = "sitrep.db";
	sr_query q;
	memset(&q, 0, sizeof q);
	query_out o = {isatty(1) ? 0 : 1, 0};
	sr_export_format xf = 0;
	long long min_killed = 0, limit = 0, top = 10;
	/* the filters, then each command's own */
	option opts[24] = {{"--db", NULL, OPT_TEXT, &db, 0, 0, NULL, NULL},
	                   {"--country", NULL, OPT_TEXT, &q.country, 0, 0, NULL, NULL},
	                   {"--from", NULL, OPT_DATE, &q.from, 0, 0, NULL, NULL},
	                   {"--to", NULL, OPT_DATE, &q.to, 0, 0, NULL, NULL},
	                   {"--type", NULL, OPT_TEXT, &q.type, 0, 0, NULL, NULL},
	                   {"--actor", NULL, OPT_TEXT, &q.actor, 0, 0, NULL, NULL},
	                   {"--text", NULL, OPT_TEXT, &q.text, 0, 0, NULL, NULL},
	                   {"--min-confidence", NULL, OPT_REAL, &q.min_confidence, 0, 1, NULL, NULL},
	                   {"--min-killed", NULL, OPT_COUNT, &min_killed, 0, NO_MAX, NULL, NULL},
	                   {"--limit", NULL, OPT_COUNT, &limit, 0, NO_MAX, NULL, NULL},
	                   {"--near", NULL, OPT_READ, &q, 0, 0, "LAT,LON,KM", read_near},
	                   {"--bbox", NULL, OPT_READ, &q, 0, 0, "WEST,SOUTH,EAST,NORTH", read_bbox},
	                   {"--per-cluster", NULL, OPT_FLAG, &per_cluster, 0, 0, NULL, NULL}};
	size_t n = 13;
	if (stats)
		opts[n++] = (option){"--top", NULL, OPT_COUNT, &top, 0, NO_MAX, NULL, NULL};
	else if (export)
		opts[n++] = (option){"--format", NULL, OPT_READ, &xf, 0, 0, "jsonl, csv, geojson, gdelt, acled or plover",
		                     read_export_format};
	else {
		opts[n++] = (option){"--format", NULL, OPT_READ, &o.format, 0, 0, "table, jsonl or csv", read_query_format};
		opts[n++] = (option){"--clusters", NULL, OPT_FLAG, &clusters, 0, 0, NULL, NULL};
	}
	int rc = read_options(self, opts, n, NULL, argc, argv, NULL, NULL, &help);
	if (rc != EXIT_OK || help)
		return rc;
	q.min_killed = (long)min_killed;
	q.limit = (long)limit;
	q.per_cluster = per_cluster;
	const char *name = stats ? "stats" : export ? "export" : "query";
	if (export && !xf) {
		fprintf(stderr, "sitrep export: --format is needed: jsonl, csv, geojson, gdelt, acled or plover\n");
		return EXIT_USAGE;
	}
	if (!sr_store_is_pg(db) && access(db, F_OK) != 0) {
		fprintf(stderr, "sitrep %s: %s: no such store (make one with sitrep ingest)\n", name, db);
		return EXIT_INPUT;
	}
	sr_store *s = NULL;
	sr_status st = sr_store_open(db, &s);
	if (st == SR_OK && stats) {
		long long na = 0, ne = 0;
		st = sr_store_counts(s, &na, &ne);
		long nc = 0;
		sr_query all;
		memset(&all, 0, sizeof all);
		if (st == SR_OK)
			st = sr_store_clusters(s, &all, count_cluster, &nc);
		if (st == SR_OK)
			printf("%s: %lld articles, %lld events, %ld real-world events (clusters)\n", db, na, ne, nc);
		static const char *const BY[][2] = {{"country", "by country (where)"}, {"acled", "by ACLED event type"},
		                                    {"plover", "by PLOVER type"},     {"root", "by CAMEO root"},
		                                    {"actor", "top actors (source)"}, {"place", "top places"},
		                                    {"month", "by month"},            {"day", "by day (the latest)"}};
		for (size_t b = 0; b < sizeof BY / sizeof *BY && st == SR_OK; b++) {
			printf("\n%s:\n", BY[b][1]);
			stats_out so = {0};
			st = sr_store_stats(s, &q, BY[b][0], !strcmp(BY[b][0], "month") ? 0 : (size_t)top, print_stat, &so);
		}
	} else if (st == SR_OK && clusters) {
		st = sr_store_clusters(s, &q, print_cluster, &o);
	} else if (st == SR_OK) {
		st = export ? sr_store_export(s, &q, xf, stdout) : sr_store_query(s, &q, print_row, &o);
	}
	if (st != SR_OK)
		fprintf(stderr, "sitrep %s: %s\n", name, st == SR_EIO && export ? "cannot write the output" : sr_store_error(s));
	sr_store_close(s);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EXIT_INTERNAL;
	return st == SR_OK ? EXIT_OK : st == SR_ENOMEM ? EXIT_INTERNAL : st == SR_EINVAL ? EXIT_USAGE : EXIT_INPUT;
}

/* "15m", "30s", "1h", "500ms", "2" (seconds) in milliseconds; -1 if bad. */
static long parse_duration_ms(const char *s)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || v < 0)
		return -1;
	double mult = strcmp(end, "") == 0 || strcmp(end, "s") == 0 ? 1000
	              : strcmp(end, "ms") == 0                       ? 1
	              : strcmp(end, "m") == 0                        ? 60000
	              : strcmp(end, "h") == 0                        ? 3600000
	                                                             : -1;
	if (mult < 0 || v * mult > 1e12)
		return -1;
	return (long)(v * mult);
}

static volatile int watch_stop;
static void on_signal(int sig)
{
	(void)sig;
	watch_stop = 1;
}

static void watch_log(void *ctx, const char *msg)
{
	(void)ctx;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	char ts[32];
	strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(stderr, "%s sitrep watch: %s\n", ts, msg);
}

/* A duration ("30s", "15m", "1h", "250ms") into a long of milliseconds. */
static bool read_duration(const char *v, void *to)
{
	long ms = parse_duration_ms(v);
	*(long *)to = ms;
	return ms >= 0;
}

static int cmd_watch(int argc, char **argv)
{
	const command *self = find_command("watch");
	sr_watch_opts o;
	memset(&o, 0, sizeof o);
	long every_ms = 15 * 60 * 1000, delay_ms = 1000, timeout_ms = 0;
	bool once = false, help;
	const char **feeds = calloc((size_t)argc + 1, sizeof *feeds);
	size_t n_feeds = 0;
	if (!feeds)
		return EXIT_INTERNAL;
	static const char DURATION[] = "a duration (e.g. 30s, 15m, 1h)";
	const option opts[] = {{"--out", NULL, OPT_TEXT, &o.out_dir, 0, 0, NULL, NULL},
	                       {"--every", NULL, OPT_READ, &every_ms, 0, 0, DURATION, read_duration},
	                       {"--delay", NULL, OPT_READ, &delay_ms, 0, 0, DURATION, read_duration},
	                       {"--timeout", NULL, OPT_READ, &timeout_ms, 0, 0, DURATION, read_duration},
	                       {"--once", NULL, OPT_FLAG, &once, 0, 0, NULL, NULL}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, feeds, &n_feeds, &help);
	const char *list = n_feeds ? feeds[0] : NULL; /* (a word of argv) */
	if (rc == EXIT_OK && n_feeds > 1) {
		fprintf(stderr, "sitrep watch: one feed list, not '%s' too\n", feeds[1]);
		rc = EXIT_USAGE;
	}
	free(feeds);
	if (rc != EXIT_OK || help)
		return rc;
	if (every_ms < 1000) {
		fprintf(stderr, "sitrep watch: --every: at least a second\n");
		return EXIT_USAGE;
	}
	o.once = once;
	o.every_s = every_ms / 1000;
	o.delay_ms = delay_ms;
	o.timeout_ms = timeout_ms;
	if (!list || !o.out_dir) {
		fprintf(stderr, "sitrep watch: needs a feed list and --out DIR\n");
		usage_one(stderr, self);
		return EXIT_USAGE;
	}
	o.feeds_file = list;
	o.stop = &watch_stop;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	sr_watch_stats st;
	sr_status ws = sr_watch(&o, watch_log, NULL, &st);
	if (ws != SR_OK)
		return ws == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	return st.errors ? EXIT_INPUT : EXIT_OK;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage_all(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
		name = "help";
	if (strcmp(name, "--version") == 0)
		name = "version";
	const command *c = find_command(name);
	if (!c) {
		fprintf(stderr, "sitrep: unknown command '%s'\n\n", argv[1]);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	return c->run(argc - 1, argv + 1);
}

static int cmd_serve(int argc, char **argv)
{
	const command *self = find_command("serve");
	sr_serve_opts o = {0};
	o.db = "sitrep.db";
	o.token = getenv("SITREP_TOKEN");
	bool read_only = false, fetch_private = false, help;
	long long max_body = 0, threads = 0;
	const option opts[] = {{"--db", NULL, OPT_TEXT, &o.db, 0, 0, NULL, NULL},
	                       {"--listen", NULL, OPT_TEXT, &o.listen, 0, 0, NULL, NULL},
	                       {"--token", NULL, OPT_TEXT, &o.token, 0, 0, NULL, NULL},
	                       {"--read-only", NULL, OPT_FLAG, &read_only, 0, 0, NULL, NULL},
	                       {"--fetch-private", NULL, OPT_FLAG, &fetch_private, 0, 0, NULL, NULL},
	                       {"--max-body", NULL, OPT_COUNT, &max_body, 1, 1 << 30, "bytes", NULL},
	                       {"--threads", NULL, OPT_COUNT, &threads, 1, 64, "threads", NULL},
	                       {"--query-timeout", NULL, OPT_REAL, &o.query_timeout, 0.001, 86400, "seconds", NULL}};
	int rc = read_options(self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, NULL, NULL, &help);
	if (rc != EXIT_OK || help)
		return rc;
	o.read_only = read_only;
	o.fetch_private = fetch_private;
	o.max_body = (size_t)max_body;
	o.threads = (int)threads;
	if (!sr_store_is_pg(o.db) && access(o.db, F_OK) != 0) {
		fprintf(stderr, "sitrep serve: %s: no such store (make one with sitrep ingest)\n", o.db);
		return EXIT_INPUT;
	}
	/* the signals that end it, waited for here (the server's threads
	 * inherit the mask) */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	sr_server *srv = NULL;
	char err[512];
	sr_status st = sr_serve_start(&o, &srv, err, sizeof err);
	if (st != SR_OK) {
		fprintf(stderr, "sitrep serve: %s\n", err);
		return st == SR_EINVAL ? EXIT_USAGE : EXIT_INPUT;
	}
	char shown[1024], host[64] = "127.0.0.1";
	const char *l = o.listen ? o.listen : "127.0.0.1:8080", *colon = strrchr(l, ':');
	if (colon && (size_t)(colon - l) < sizeof host)
		snprintf(host, sizeof host, "%.*s", (int)(colon - l), l);
	printf("sitrep serve: http://%s:%d/ (store %s%s)\n", strcmp(host, "0.0.0.0") ? host : "127.0.0.1",
	       sr_serve_port(srv), sr_store_shown(o.db, shown, sizeof shown),
	       o.read_only ? ", read-only" : o.token && *o.token ? ", writes with the token" : ", no writes: no --token");
	fflush(stdout);
	int sig = 0;
	sigwait(&set, &sig);
	sr_serve_stop(srv);
	fprintf(stderr, "sitrep serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	return EXIT_OK;
}
