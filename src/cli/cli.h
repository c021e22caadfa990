/* cli.h: what the command-line tool's files share.  The tool only reads
 * arguments, calls libsitrep and prints; all the work is in the library.
 *
 *   main.c          the command table, help and version, main()
 *   options.c       the option reader (getopt_long) and the dictionary options
 *   cmd_pipeline.c  extract, annotate, code, ingest: the pipeline's commands
 *   cmd_store.c     query, export, stats: reading a store
 *   cmd_serve.c     serve and watch: the long-running commands */
#ifndef SR_CLI_H
#define SR_CLI_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sitrep.h"

/* Exit codes (docs/cli.md). */
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

const command *cli_command(const char *name);
void cli_usage_one(FILE *f, const command *c);

/* ---- options (options.c) ------------------------------------------------------------ */

/* What an option takes. */
typedef enum {
	OPT_FLAG,  /* nothing: sets a bool */
	OPT_TEXT,  /* a value, kept as it is */
	OPT_DATE,  /* YYYY-MM-DD, kept as a string */
	OPT_COUNT, /* a whole number from lo to hi (long long) */
	OPT_REAL,  /* a number from lo to hi (double) */
	OPT_READ   /* a value its own function reads (false: refused) */
} opt_kind;

typedef struct option_spec {
	const char *name; /* "--quiet" */
	char short_name;  /* 'q', or 0 */
	opt_kind kind;
	void *to;         /* bool *, const char **, long long * or double *; OPT_READ: its function's */
	double lo, hi;    /* OPT_COUNT's and OPT_REAL's range (hi NO_MAX: none) */
	const char *want; /* OPT_READ: what the value should have been; else its unit ("threads") */
	bool (*read)(const char *v, void *to);
} option_spec;

/* An OPT_READ function's reason for refusing a value, said in place of
 * its want when it sets one. */
extern char cli_why[256];

/* An OPT_COUNT's hi when it has no upper bound. */
#define NO_MAX 1e15

/* The dictionary options of annotate, code and ingest: --dict PATH,
 * --dict-kind KIND, --dict-only; and PETRARCH2's rules, --petrarch and
 * --no-require-dyad. */
typedef struct dict_args {
	sr_dict *d;
	bool dict_only;
	bool petrarch, no_require_dyad;
	/* the --dict and --dict-kind options in order, loaded after parsing */
	struct dict_opt {
		bool kind;
		const char *v;
	} *opts;
	size_t n_opts;
} dict_args;

/* argv[1..] read with getopt_long against opts (--name VALUE,
 * --name=VALUE, unique abbreviations, -x VALUE and -xVALUE, "--" ending
 * the options): values stored; with da, the dictionary options too, then
 * the dictionaries loaded (sitrep's own first, unless --dict-only); the
 * other words are inputs (into inputs, or refused when it is NULL).  -h
 * or --help prints the command's usage and sets *help.  EXIT_OK, or
 * another exit code with the reason said. */
int cli_options(const command *self, const option_spec *opts, size_t n_opts, dict_args *da, int argc, char **argv,
                const char **inputs, size_t *n_inputs, bool *help);
void cli_dict_free(dict_args *da);
/* The coder's flags the options ask for (sr_code's). */
int cli_code_flags(const dict_args *da);
/* YYYY-MM-DD or YYYYMMDD as YYYYMMDD, 0 when it is neither. */
int32_t cli_day(const char *s);

/* ---- commands ---------------------------------------------------------------------------- */

int cmd_extract(int argc, char **argv);
int cmd_annotate(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_watch(int argc, char **argv);
#endif
