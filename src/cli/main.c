/* main.c: sitrep, the command-line tool: the command table (the one
 * source of every command's usage and help), help, version and main(). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

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
     "                      optionally gzip-compressed).  A directory's links are\n"
     "                      followed, each directory and file read once (a link\n"
     "                      cycle ends), regular files only (what is skipped is\n"
     "                      said); a FIFO named here is read, and waits for a writer\n",
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
    {"annotate", "[--input text] [--tokens] [-j N] [--dict PATH]... [--dict-only] [--petrarch] [--url URL] [--date DATE] INPUT...",
     "the layers of each document: sentences, tokens, phrases, numbers, actors, events, counts, sources, places, dates",
     "  --input text        take each input as the article's text exactly as it is\n"
     "                      (no extraction), so byte offsets refer to the file\n"
     "  --tokens            include every token (offsets and kind)\n"
     "  -j N                worker threads (default: one per core); the output keeps\n"
     "                      the input order whatever N is\n"
     "  --dict PATH, --dict-kind KIND, --dict-only, --petrarch, --no-require-dyad\n"
     "                      as for code\n"
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
    {"code", "[-j N] [--dict PATH]... [--dict-only] [--petrarch [--no-require-dyad]] [--date YYYY-MM-DD] [--input text] [--mentions] INPUT...",
     "code who did what to whom: CAMEO events with PLOVER and ACLED types",
     "  --dict PATH         a TABARI/PETRARCH dictionary file, or a folder of them\n"
     "                      (repeatable); the kind by name: *.actors.txt,\n"
     "                      *.agents.txt, *.verbs.txt or CAMEO*.txt, *.discards.txt,\n"
     "                      *IssueCoding*; or --dict-kind actors|agents|verbs|\n"
     "                      discards|issues before it.  Added to sitrep's own\n"
     "                      (countries, agents, verbs, discards); where both have\n"
     "                      a phrase, sitrep's comes first\n"
     "  --dict-only         use only the given dictionaries\n"
     "  --petrarch          PETRARCH2's rules: a source and a target for every\n"
     "                      event (require_dyad), its patterns alone (none of\n"
     "                      sitrep's readings of headlines, lone victims or\n"
     "                      intent), every input coded as English; with\n"
     "                      --dict-only and PETRARCH's dictionaries it codes as\n"
     "                      PETRARCH2 does\n"
     "  --no-require-dyad   with --petrarch: PETRARCH2's require_dyad = False\n"
     "  -j N                worker threads (default: one per core); the output keeps\n"
     "                      the input order whatever N is\n"
     "  --date YYYY-MM-DD   the date actor codes are resolved on when the article\n"
     "                      gives none (default: today)\n"
     "  --input text        take each input as the article's text exactly as it is,\n"
     "                      so byte offsets refer to the file\n"
     "  --mentions          the coded events (mentions) rather than the incidents\n"
     "  One incident per line by default: one real-world event, its ACLED type,\n"
     "  actors, day, place, toll and sources (docs/incidents.md).  With\n"
     "  --mentions, one JSON object per coded event: cameo, root, quad_class, goldstein,\n"
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
    {"ingest", "[--db PATH] [-j N] [--dict PATH]... [--dict-only] [--petrarch] [--date YYYY-MM-DD] [--quiet] INPUT...",
     "the whole pipeline into a store: articles and their coded events",
     "  --db PATH|URI       the store: an SQLite file (default sitrep.db; created\n"
     "                      when missing) or a PostgreSQL database\n"
     "                      (postgresql://[user[:password]@][host][:port]/db);\n"
     "                      either brought up to the current schema\n"
     "  -j N                worker threads for extraction, analysis and coding\n"
     "                      (default: one per core); the store is written from\n"
     "                      one, in input order\n"
     "  --dict PATH, --dict-kind KIND, --dict-only, --petrarch, --no-require-dyad\n"
     "                      as for code\n"
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
     "  --country CC        where the event happened: a name (\"Syria\") or two\n"
     "                      letters (ISO 3166, \"SY\"); three letters: an actor's\n"
     "                      country (CAMEO, \"SYR\")\n"
     "  --from, --to DATE   YYYY-MM-DD, YYYY-MM or YYYY: events whose dates meet the\n"
     "                      range (--from 2022 --to 2022: the whole year)\n"
     "  --type T            a CAMEO root (\"19\") or code prefix (\"190\"), a PLOVER type\n"
     "                      (\"ASSAULT\"), an ACLED event or sub-event type (\"Battles\"),\n"
     "                      in any case\n"
     "  --actor A           a source's or target's code prefix (\"SYRMIL\") or words\n"
     "  --min-killed N      at least N killed (the count's best, else its low bound)\n"
     "  --text Q            full-text search of the articles: every word and\n"
     "                      \"quoted phrase\" of Q, taken as written; \"fts:Q\" passes Q\n"
     "                      in the store's own syntax (SQLite FTS5; PostgreSQL web\n"
     "                      search: or, -word)\n"
     "  --near LAT,LON,KM   within KM kilometres of the point\n"
     "  --bbox W,S,E,N      inside the box (degrees)\n"
     "  --limit N           at most N events, newest first\n"
     "  --min-confidence C  events whose confidence is at least C (0 to 1)\n"
     "  --mentions          the coded events (mentions) rather than the incidents\n"
     "  --per-cluster       one event per real-world event: each cluster's first\n"
     "  --clusters          real-world events instead: the clusters that join the\n"
     "                      reports of one event across articles, most reported first\n"
     "                      (articles, distinct sources, dates, place, codes, killed)\n"
     "  --format F          table (the default on a terminal), jsonl (one event as\n"
     "                      `sitrep code` prints it, a line; the default otherwise)\n"
     "                      or csv (the columns of export --format csv)\n",
     cmd_query},
    {"export",
     "[--db PATH] --format jsonl|csv|geojson|gdelt|acled|acled-numeric|plover [--per-cluster] [the filters of query]",
     "the store's events in the formats event-data users have, streamed to stdout",
     "  --format jsonl      the events as `sitrep code` prints them, a line each\n"
     "           csv        one row per event: date, place, codes, actors, killed, source\n"
     "           geojson    a FeatureCollection: a Point per event (null when unplaced),\n"
     "                      its fields as flat properties\n"
     "           gdelt      GDELT 2.0's event table: 61 tab-separated columns in its\n"
     "                      order (places' countries in FIPS 10-4 as GDELT's;\n"
     "                      AvgTone empty: no tone is measured)\n"
     "           acled      ACLED's 31 columns (CSV) as its API gives them: inter1,\n"
     "                      inter2 and interaction as labels (\"State forces\",\n"
     "                      \"State forces-Rebel group\"); notes: the evidence\n"
     "           acled-numeric  the same with the inter codes as numbers (1, 12),\n"
     "                      as ACLED's inter_num=1 gives them\n"
     "           plover     PLOVER records (JSON Lines): id, date, actor, recipient,\n"
     "                      event, mode, event_loc, event_text, size, cite_info\n"
     "  --per-cluster       one row per real-world event (each cluster's first event),\n"
     "                      as ACLED merges the reports of one event\n"
     "  --db PATH, --country, --from, --to, --type, --actor, --min-killed, --text,\n"
     "  --near, --bbox, --min-confidence, --limit, --mentions  as for query\n",
     cmd_export},
    {"stats", "[--db PATH] [--top N] [the filters of query]",
     "what a store holds: events by day, country and type; the top actors and places",
     "  --top N             the N largest groups of each kind, the N latest days\n"
     "                      and months (default 10; 0: all)\n"
     "  --db PATH, --country, --from, --to, --type, --actor, --min-killed, --text,\n"
     "  --near (its box), --bbox, --mentions  as for query\n"
     "  Killed: what the events report as incident counts (cumulative tolls are\n"
     "  left out); events of one article may report the same dead twice.\n",
     cmd_stats},
    {"serve", "[--db PATH|URI] [--listen [HOST:]PORT] [--token T] [--read-only] [--max-body BYTES] [--threads N]\n"
             "      [--query-timeout S] [--fetch-private] [--max-connections N] [--per-client N] [--request-timeout S]",
     "the store behind an HTTP API, and the dashboard (a map, a timeline, the events and their words)",
     "  --db PATH|URI       the store (default sitrep.db; or postgresql://...)\n"
     "  --listen ADDR       where to listen: PORT (this machine only, as is the\n"
     "                      default 127.0.0.1:8080), HOST:PORT (an IPv4 address or\n"
     "                      a name: localhost:8093; 0.0.0.0:8093 every address) or\n"
     "                      [IPV6]:PORT ([::1]:8093; [::]:8093 every address);\n"
     "                      port 0: any free one, printed\n"
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
     "  --max-connections N connections open at once (default 1000)\n"
     "  --per-client N      connections open at once from one address (default 100)\n"
     "  --request-timeout S seconds a connection may take to send a whole request,\n"
     "                      however slowly it trickles it (default 30; 3 while the\n"
     "                      connections fill nine tenths of --max-connections)\n"
     "  Prints the address to open, then serves until interrupted (SIGINT, SIGTERM).\n"
     "  The API: GET /api/events, /api/events/ID, /api/articles/ID, /api/timeline,\n"
     "  /api/places, /api/actors, /api/export?format=F, /healthz, /metrics,\n"
     "  /api/openapi.json, /api/acled/read (ACLED's API); POST /api/ingest\n"
     "  (docs/api.md).\n",
     cmd_serve},
    {"help", "[COMMAND] | --man DIR | --completion", "show help for sitrep or one command",
     "  --man DIR           write the manual pages (sitrep.1, sitrep-COMMAND.1) into DIR\n"
     "  --completion        print the bash completion script\n",
     cmd_help},
    {"version", "", "print the version", "", cmd_version},
};

#define NCOMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

const command *cli_command(const char *name)
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

void cli_usage_one(FILE *f, const command *c)
{
	fprintf(f, "usage: sitrep %s %s\n\n%s\n", c->name, c->args, c->summary);
	if (c->options[0])
		fprintf(f, "\noptions:\n%s", c->options);
}

/* ---- man pages and shell completion, from the same table ---------------------------- */

/* s as roff text: backslashes escaped, a leading '.' or '\'' guarded,
 * dashes as minus signs (options copy and paste). */
static void roff(FILE *f, const char *s, size_t n)
{
	if (n && (s[0] == '.' || s[0] == '\''))
		fputs("\\&", f);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\')
			fputs("\\e", f);
		else if (s[i] == '-')
			fputs("\\-", f);
		else
			fputc(s[i], f);
	}
}

static size_t indent_of(const char *line)
{
	size_t k = 0;
	while (line[k] == ' ')
		k++;
	return k;
}

/* The options' help as roff: an option line ("  --db PATH   the store")
 * opens a tagged paragraph, deeper lines continue it, a value line
 * ("           csv  one row ...") is a tagged paragraph of its own, other
 * lines ("  Each article ...") are plain text. */
static void man_options(FILE *f, const char *text)
{
	bool in_list = false, prose = false;
	for (const char *line = text; *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		size_t ind = indent_of(line);
		const char *body = line + ind;
		size_t blen = len - ind;
		/* a tag: text, then two spaces or more, then its description */
		const char *gap = NULL;
		for (size_t i = 0; i + 1 < blen && ind < 20; i++)
			if (body[i] == ' ' && body[i + 1] == ' ') {
				gap = body + i;
				break;
			}
		if (ind == 2 && body[0] == '-' && (gap || blen)) {
			size_t tl = gap ? (size_t)(gap - body) : blen;
			fputs(".TP\n.B ", f);
			roff(f, body, tl);
			fputc('\n', f);
			if (gap) {
				const char *d = gap;
				while (*d == ' ' && d < line + len)
					d++;
				roff(f, d, (size_t)(line + len - d));
				fputc('\n', f);
			}
			in_list = true;
			prose = false;
		} else if (ind > 2 && ind < 20 && gap && in_list) {
			size_t tl = (size_t)(gap - body);
			fputs(".TP\n.I ", f);
			roff(f, body, tl);
			fputc('\n', f);
			const char *d = gap;
			while (*d == ' ' && d < line + len)
				d++;
			roff(f, d, (size_t)(line + len - d));
			fputc('\n', f);
		} else if (ind >= 20) {
			roff(f, body, blen);
			fputc('\n', f);
		} else if (blen) {
			if (!prose)
				fputs(".PP\n", f);
			prose = true;
			in_list = false;
			roff(f, body, blen);
			fputc('\n', f);
		}
		line = nl ? nl + 1 : line + len;
	}
}

static void man_header(FILE *f, const char *name, const char *summary)
{
	fprintf(f, ".TH \"%s\" 1 \"\" \"sitrep %s\" \"sitrep manual\"\n.SH NAME\n", name, SITREP_VERSION);
	roff(f, name, strlen(name));
	fputs(" \\- ", f);
	roff(f, summary, strlen(summary));
	fputc('\n', f);
}

/* sitrep.1 and sitrep-COMMAND.1 into dir. */
static int write_man(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/sitrep.1", dir);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		return EXIT_INPUT;
	}
	man_header(f, "sitrep", "news in, structured event data out");
	fputs(".SH SYNOPSIS\n.B sitrep\n.I COMMAND\n[\n.I OPTIONS\n]\n.SH DESCRIPTION\n"
	      "sitrep turns news (web pages, WARC crawls, JSON Lines dumps, feeds, URLs) into event data: who did "
	      "what to whom, where, when, how many were killed, and according to whom, as incidents with ACLED's "
	      "types and CAMEO and PLOVER codes, kept in SQLite or PostgreSQL, queried, exported and served.\n"
	      ".SH COMMANDS\n",
	      f);
	for (size_t i = 0; i < NCOMMANDS; i++) {
		fputs(".TP\n.B ", f);
		roff(f, COMMANDS[i].name, strlen(COMMANDS[i].name));
		fputc('\n', f);
		roff(f, COMMANDS[i].summary, strlen(COMMANDS[i].summary));
		fprintf(f, " (\\fBsitrep\\-%s\\fR(1))\n", COMMANDS[i].name);
	}
	fputs(".SH ENVIRONMENT\n.TP\n.B SITREP_DATA_DIR\nthe data folder (gazetteer, lexicon, dictionaries); by default "
	      "the one beside the program or under its installation prefix (share/sitrep)\n.TP\n.B SITREP_TOKEN\n"
	      "the bearer token of \\fBsitrep serve\\fR's writes\n.SH EXIT STATUS\n0 success; 1 bad input (said "
	      "with its file and position); 2 bad usage; 3 an internal failure.\n.SH SEE ALSO\n",
	      f);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "\\fBsitrep\\-%s\\fR(1)%s", COMMANDS[i].name, i + 1 < NCOMMANDS ? ",\n" : "\n");
	if (fclose(f) != 0) {
		perror(path);
		return EXIT_INPUT;
	}
	for (size_t i = 0; i < NCOMMANDS; i++) {
		const command *c = &COMMANDS[i];
		char name[64];
		snprintf(name, sizeof name, "sitrep-%s", c->name);
		snprintf(path, sizeof path, "%s/%s.1", dir, name);
		f = fopen(path, "w");
		if (!f) {
			perror(path);
			return EXIT_INPUT;
		}
		man_header(f, name, c->summary);
		fputs(".SH SYNOPSIS\n.B sitrep ", f);
		roff(f, c->name, strlen(c->name));
		fputc('\n', f);
		roff(f, c->args, strlen(c->args));
		fputs("\n.SH DESCRIPTION\n", f);
		roff(f, c->summary, strlen(c->summary));
		fputs(".\n", f);
		if (c->options[0]) {
			fputs(".SH OPTIONS\n", f);
			man_options(f, c->options);
		}
		fputs(".SH SEE ALSO\n\\fBsitrep\\fR(1)\n", f);
		if (fclose(f) != 0) {
			perror(path);
			return EXIT_INPUT;
		}
	}
	return EXIT_OK;
}

/* The options a command's help names ("--db", "-j"), space-separated. */
static void options_of(const command *c, char *out, size_t cap)
{
	size_t k = 0;
	out[0] = '\0';
	k += (size_t)snprintf(out, cap, "--help");
	for (const char *line = c->options; *line && k < cap;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		if (indent_of(line) == 2 && line[2] == '-') {
			/* the tag: up to the gap */
			const char *t = line + 2, *end = line + len;
			for (const char *g = t; g + 1 < end; g++)
				if (g[0] == ' ' && g[1] == ' ') {
					end = g;
					break;
				}
			while (t < end) {
				while (t < end && *t != '-')
					t++;
				const char *b = t;
				while (t < end && *t != ' ' && *t != ',' && *t != '=')
					t++;
				size_t n = (size_t)(t - b);
				if (n > 1 && k + n + 2 < cap) {
					char opt[64];
					snprintf(opt, sizeof opt, "%.*s", (int)n, b);
					if (!strstr(out, opt) || strstr(out, opt)[n] != ' ')
						k += (size_t)snprintf(out + k, cap - k, " %s", opt);
				}
				/* the rest of this item: its value word ("PATH") is no option */
				while (t < end && *t != ',')
					t++;
			}
		}
		line = nl ? nl + 1 : line + len;
	}
}

/* A bash completion script: the commands, each one's options, the values
 * the synopsis lists for an option ("--format json|text"), files
 * otherwise. */
static void write_completion(FILE *f)
{
	fputs("# bash completion for sitrep, made by `sitrep help --completion`\n_sitrep() {\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} opts=\"\" vals=\"\"\n"
	      "\tif [ \"$COMP_CWORD\" -eq 1 ]; then\n\t\tCOMPREPLY=($(compgen -W \"",
	      f);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "%s%s", i ? " " : "", COMMANDS[i].name);
	fputs(" --help --version\" -- \"$cur\"))\n\t\treturn\n\tfi\n\tcase ${COMP_WORDS[1]} in\n", f);
	for (size_t i = 0; i < NCOMMANDS; i++) {
		char opts[2048];
		options_of(&COMMANDS[i], opts, sizeof opts);
		fprintf(f, "\t%s) opts=\"%s\"\n", COMMANDS[i].name, opts);
		/* the values of "--opt a|b|c" in its synopsis */
		fputs("\t\tcase $prev in\n", f);
		for (const char *p = COMMANDS[i].args; (p = strstr(p, "--")) != NULL;) {
			const char *name = p;
			while (*p && *p != ' ' && *p != ']')
				p++;
			size_t nl = (size_t)(p - name);
			if (*p != ' ')
				continue;
			const char *v = p + 1, *ve = v;
			while (*ve && *ve != ' ' && *ve != ']')
				ve++;
			if (memchr(v, '|', (size_t)(ve - v)) && v[0] >= 'a' && v[0] <= 'z') {
				fprintf(f, "\t\t%.*s) vals=\"", (int)nl, name);
				for (const char *q = v; q < ve; q++)
					fputc(*q == '|' ? ' ' : *q, f);
				fputs("\" ;;\n", f);
			}
		}
		fputs("\t\tesac ;;\n", f);
	}
	fputs("\thelp) COMPREPLY=($(compgen -W \"", f);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "%s%s", i ? " " : "", COMMANDS[i].name);
	fputs("\" -- \"$cur\")); return ;;\n\tesac\n"
	      "\tif [ -n \"$vals\" ]; then\n\t\tCOMPREPLY=($(compgen -W \"$vals\" -- \"$cur\"))\n"
	      "\telif [[ $cur == -* ]]; then\n\t\tCOMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	      "\telse\n\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n\tfi\n}\n"
	      "complete -o filenames -o bashdefault -F _sitrep sitrep\n",
	      f);
}

static int cmd_help(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "--man"))
		return write_man(argv[2]);
	if (argc > 1 && !strcmp(argv[1], "--completion")) {
		write_completion(stdout);
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_INTERNAL;
	}
	if (argc > 1) {
		const command *c = cli_command(argv[1]);
		if (!c) {
			fprintf(stderr, "sitrep: unknown command '%s'\n", argv[1]);
			return EXIT_USAGE;
		}
		cli_usage_one(stdout, c);
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
	const command *c = cli_command(name);
	if (!c) {
		fprintf(stderr, "sitrep: unknown command '%s'\n\n", argv[1]);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	return c->run(argc - 1, argv + 1);
}
