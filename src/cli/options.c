/* options.c: one option reader for every command, on getopt_long: each
 * command lists its options (a flag, a value, a day, a count or a number
 * in a range, or a value read by its own function), and the dictionary
 * options of the coding commands are read here too. */
#define _GNU_SOURCE /* getopt_long's permutation and optind = 0 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

char cli_why[256];

int32_t cli_day(const char *s)
{
	int y, m, d;
	if (s && (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 || sscanf(s, "%4d%2d%2d", &y, &m, &d) == 3))
		return y * 10000 + m * 100 + d;
	return 0;
}

/* Is v a day, YYYY-MM-DD, and nothing more? */
static bool is_day(const char *v)
{
	int y, m, d, used = 0;
	return sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == 10 && !v[used] && m >= 1 && m <= 12 &&
	       d >= 1 && d <= 31;
}

/* v for option o into o->to: false (said) when refused. */
static bool option_value(const command *self, const option_spec *o, const char *v)
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
		fprintf(stderr, "sitrep %s: %s: '%s' is not YYYY-MM-DD\n", self->name, o->name, v);
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
		cli_why[0] = '\0';
		if (o->read(v, o->to))
			return true;
		if (cli_why[0]) {
			fprintf(stderr, "sitrep %s: %s: %s\n", self->name, o->name, cli_why);
			return false;
		}
		break;
	}
	char want[160];
	if (o->kind == OPT_READ)
		snprintf(want, sizeof want, "%s", o->want);
	else if (o->hi >= NO_MAX)
		snprintf(want, sizeof want, "a whole number, %.15g or more", o->lo);
	else
		snprintf(want, sizeof want, "%.15g to %.15g%s%s", o->lo, o->hi, o->want ? " " : "", o->want ? o->want : "");
	fprintf(stderr, "sitrep %s: %s: want %s, not '%s'\n", self->name, o->name, want, v);
	return false;
}

/* The long options that begin with what a user wrote (its "--" and any
 * "=value" left out), listed into out: how many. */
static int matches(const struct option *lo, const char *arg, char *out, size_t cap)
{
	const char *a = arg + 2;
	size_t n = strcspn(a, "="), k = 0;
	int count = 0;
	out[0] = '\0';
	for (; lo->name; lo++)
		if (!strncmp(lo->name, a, n)) {
			count++;
			if (k < cap)
				k += (size_t)snprintf(out + k, cap - k, "%s--%s", count > 1 ? ", " : "", lo->name);
		}
	return count;
}

/* The dictionaries: sitrep's own first, then each --dict in order, with
 * the --dict-kind before it; where two have a phrase, the one loaded
 * first keeps it (as in PETRARCH), so sitrep's own comes first. */
static int load_dicts(const command *self, dict_args *da)
{
	size_t paths = 0;
	for (size_t i = 0; i < da->n_opts; i++)
		paths += !da->opts[i].kind;
	if (da->dict_only && !paths) {
		fprintf(stderr, "sitrep %s: --dict-only without --dict: no dictionaries\n", self->name);
		return EXIT_USAGE;
	}
	if (sr_dict_new(&da->d) != SR_OK)
		return EXIT_INTERNAL;
	if (!da->dict_only && sr_dict_load_defaults(da->d) != SR_OK) {
		fprintf(stderr, "sitrep: %s\n", sr_dict_error(da->d));
		return EXIT_INPUT;
	}
	int rc = EXIT_OK;
	sr_dict_kind kind = SR_DICT_AUTO;
	for (size_t i = 0; i < da->n_opts && rc == EXIT_OK; i++) {
		const char *v = da->opts[i].v;
		if (!da->opts[i].kind) {
			if (sr_dict_load(da->d, v, kind) != SR_OK) {
				fprintf(stderr, "sitrep: %s\n", sr_dict_error(da->d));
				rc = EXIT_INPUT;
			}
			kind = SR_DICT_AUTO;
			continue;
		}
		kind = !strcmp(v, "actors")     ? SR_DICT_ACTORS
		       : !strcmp(v, "agents")   ? SR_DICT_AGENTS
		       : !strcmp(v, "verbs")    ? SR_DICT_VERBS
		       : !strcmp(v, "discards") ? SR_DICT_DISCARDS
		       : !strcmp(v, "issues")   ? SR_DICT_ISSUES
		                                : SR_DICT_AUTO;
		if (kind == SR_DICT_AUTO) {
			fprintf(stderr, "sitrep %s: --dict-kind: actors, agents, verbs, discards or issues, not '%s'\n",
			        self->name, v);
			rc = EXIT_USAGE;
		}
	}
	const char *const *warnings;
	size_t nw = sr_dict_warnings(da->d, &warnings);
	for (size_t i = 0; i < nw; i++)
		fprintf(stderr, "sitrep: %s\n", warnings[i]);
	return rc;
}

void cli_dict_free(dict_args *da)
{
	sr_dict_free(da->d);
	free(da->opts);
	memset(da, 0, sizeof *da);
}

enum {
	VAL_HELP = 'h',
	VAL_INPUT = 1,
	VAL_DICT = 2000,
	VAL_DICT_KIND,
	VAL_DICT_ONLY,
	VAL_PETRARCH,
	VAL_NO_DYAD,
	VAL_OPT = 3000
};

int cli_code_flags(const dict_args *da)
{
	return (da->petrarch ? SR_CODE_STRICT : 0) | (da->petrarch && da->no_require_dyad ? SR_CODE_NO_DYAD : 0);
}

int cli_options(const command *self, const option_spec *opts, size_t n_opts, dict_args *da, int argc, char **argv,
                const char **inputs, size_t *n_inputs, bool *help)
{
	*help = false;
	if (da)
		memset(da, 0, sizeof *da);
	/* the long options, the short ones ("-:" first: inputs in order, and
	 * ':' for a missing value) */
	struct option *lo = calloc(n_opts + 7, sizeof *lo);
	char shorts[64] = "-:h";
	size_t ns = 3;
	if (!lo || (da && !(da->opts = calloc((size_t)argc + 1, sizeof *da->opts)))) {
		free(lo);
		return EXIT_INTERNAL;
	}
	size_t n = 0;
	for (size_t i = 0; i < n_opts; i++) {
		lo[n++] = (struct option){opts[i].name + 2, opts[i].kind == OPT_FLAG ? no_argument : required_argument, NULL,
		                          VAL_OPT + (int)i};
		if (opts[i].short_name && ns + 3 < sizeof shorts) {
			shorts[ns++] = opts[i].short_name;
			if (opts[i].kind != OPT_FLAG)
				shorts[ns++] = ':';
		}
	}
	lo[n++] = (struct option){"help", no_argument, NULL, VAL_HELP};
	if (da) {
		lo[n++] = (struct option){"dict", required_argument, NULL, VAL_DICT};
		lo[n++] = (struct option){"dict-kind", required_argument, NULL, VAL_DICT_KIND};
		lo[n++] = (struct option){"dict-only", no_argument, NULL, VAL_DICT_ONLY};
		lo[n++] = (struct option){"petrarch", no_argument, NULL, VAL_PETRARCH};
		lo[n++] = (struct option){"no-require-dyad", no_argument, NULL, VAL_NO_DYAD};
	}
	shorts[ns] = '\0';
	int rc = EXIT_OK, c, idx;
	opterr = 0;
	optind = 0; /* a new scan */
	while (rc == EXIT_OK && (c = getopt_long(argc, argv, shorts, lo, &idx)) != -1) {
		const char *arg = argv[optind - 1];
		for (size_t i = 0; c > VAL_INPUT && c < 128 && c != VAL_HELP && i < n_opts; i++)
			if (opts[i].short_name == c)
				c = VAL_OPT + (int)i; /* -j: its long option's */
		if (c == VAL_INPUT) {
			if (!inputs) {
				fprintf(stderr, "sitrep %s: unexpected '%s'\n", self->name, optarg);
				cli_usage_one(stderr, self);
				rc = EXIT_USAGE;
			} else {
				inputs[(*n_inputs)++] = optarg;
			}
		} else if (c == VAL_HELP) {
			cli_usage_one(stdout, self);
			*help = true;
			break;
		} else if (c == VAL_DICT || c == VAL_DICT_KIND) {
			da->opts[da->n_opts++] = (struct dict_opt){c == VAL_DICT_KIND, optarg};
		} else if (c == VAL_DICT_ONLY) {
			da->dict_only = true;
		} else if (c == VAL_PETRARCH) {
			da->petrarch = true;
		} else if (c == VAL_NO_DYAD) {
			da->no_require_dyad = true;
		} else if (c >= VAL_OPT) {
			if (!option_value(self, &opts[c - VAL_OPT], optarg))
				rc = EXIT_USAGE;
		} else if (c == ':') {
			fprintf(stderr, "sitrep %s: %s needs a value\n", self->name, arg);
			rc = EXIT_USAGE;
		} else {
			char list[256];
			if (!strncmp(arg, "--", 2) && matches(lo, arg, list, sizeof list) > 1)
				fprintf(stderr, "sitrep %s: '%s' is ambiguous: %s\n", self->name, arg, list);
			else if (optopt && strncmp(arg, "--", 2))
				fprintf(stderr, "sitrep %s: unknown option '-%c'\n", self->name, optopt);
			else
				fprintf(stderr, "sitrep %s: unknown option '%s'\n", self->name, arg);
			rc = EXIT_USAGE;
		}
	}
	/* after "--": inputs all */
	while (rc == EXIT_OK && !*help && optind < argc) {
		if (!inputs) {
			fprintf(stderr, "sitrep %s: unexpected '%s'\n", self->name, argv[optind]);
			rc = EXIT_USAGE;
			break;
		}
		inputs[(*n_inputs)++] = argv[optind++];
	}
	free(lo);
	if (da && rc == EXIT_OK && !*help && da->no_require_dyad && !da->petrarch) {
		fprintf(stderr, "sitrep %s: --no-require-dyad is one of PETRARCH2's rules: it goes with --petrarch\n",
		        self->name);
		rc = EXIT_USAGE;
	}
	if (da && rc == EXIT_OK && !*help)
		rc = load_dicts(self, da);
	return rc;
}
