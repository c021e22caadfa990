/* sitrep: the command-line tool.  It parses arguments, reads files, calls
 * libsitrep and prints; all the work is in the library. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

static const command COMMANDS[] = {
    {"extract", "[--format json|text] [--url URL] [--date DATE] FILE...",
     "extract the article from web pages or crawled text",
     "  --format json|text  json (default): one article object per line;\n"
     "                      text: the body text only, paragraphs separated by one\n"
     "                      blank line (several files: a form feed line between)\n"
     "  --url URL           the address the page was read from (used when the page\n"
     "                      names no canonical URL, and for relative links)\n"
     "  --date DATE         publication date to use when the page has none\n"
     "  FILE                HTML or text, optionally gzip-compressed; - for stdin\n",
     cmd_extract},
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

/* Read a whole file (or stdin for "-"), at most cap bytes (+1 to detect
 * larger).  Returns 0, or an errno value; *toobig when over the cap. */
static int read_all(const char *path, size_t cap, char **out, size_t *len, int *toobig)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	*toobig = 0;
	if (!f)
		return errno ? errno : EIO;
	size_t size = 0, alloc = 1 << 16;
	struct stat stt;
	/* a regular file: one allocation of its size (+1 to see it end) */
	if (fstat(fileno(f), &stt) == 0 && S_ISREG(stt.st_mode) && stt.st_size >= 0 && (size_t)stt.st_size < cap + 1)
		alloc = (size_t)stt.st_size + 1;
	char *buf = malloc(alloc);
	int err = 0;
	if (!buf)
		err = ENOMEM;
	while (!err) {
		if (size == alloc) {
			if (alloc > cap) {
				*toobig = 1;
				break;
			}
			char *nb = realloc(buf, alloc * 2);
			if (!nb) {
				err = ENOMEM;
				break;
			}
			buf = nb;
			alloc *= 2;
		}
		size_t k = fread(buf + size, 1, alloc - size, f);
		size += k;
		if (k == 0) {
			if (ferror(f))
				err = errno ? errno : EIO;
			break;
		}
	}
	if (f != stdin)
		fclose(f);
	if (err || *toobig) {
		free(buf);
		return err;
	}
	*out = buf;
	*len = size;
	return 0;
}

static int cmd_extract(int argc, char **argv)
{
	const command *self = find_command("extract");
	const char *format = "json", *url = NULL, *date = NULL;
	int first_file = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage_one(stdout, self);
			return EXIT_OK;
		}
		const char **target = NULL;
		if (strcmp(a, "--format") == 0)
			target = &format;
		else if (strcmp(a, "--url") == 0)
			target = &url;
		else if (strcmp(a, "--date") == 0)
			target = &date;
		if (target) {
			if (i + 1 >= argc) {
				fprintf(stderr, "sitrep extract: %s needs a value\n", a);
				return EXIT_USAGE;
			}
			*target = argv[++i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			first_file = i + 1;
			break;
		}
		if (a[0] == '-' && a[1] != '\0') {
			fprintf(stderr, "sitrep extract: unknown option '%s'\n", a);
			return EXIT_USAGE;
		}
		first_file = i;
		break;
	}
	if (strcmp(format, "json") != 0 && strcmp(format, "text") != 0) {
		fprintf(stderr, "sitrep extract: --format must be json or text, not '%s'\n", format);
		return EXIT_USAGE;
	}
	if (!first_file || first_file >= argc) {
		fprintf(stderr, "sitrep extract: no input files (use - for stdin)\n");
		usage_one(stderr, self);
		return EXIT_USAGE;
	}
	/* files may not be interleaved with options after the first file,
	 * except that options are accepted anywhere before '--' */
	sr_ctx *ctx;
	if (sr_ctx_new(&ctx) != SR_OK) {
		fprintf(stderr, "sitrep: out of memory\n");
		return EXIT_INTERNAL;
	}
	int rc = EXIT_OK, printed = 0;
	for (int i = first_file; i < argc; i++) {
		const char *path = argv[i];
		if (path[0] == '-' && path[1] == '-' && path[2] && first_file != i) {
			/* a late option */
			const char **target = strcmp(path, "--format") == 0 ? &format
			                      : strcmp(path, "--url") == 0  ? &url
			                      : strcmp(path, "--date") == 0 ? &date
			                                                    : NULL;
			if (!target || i + 1 >= argc) {
				fprintf(stderr, "sitrep extract: bad option '%s'\n", path);
				rc = EXIT_USAGE;
				break;
			}
			*target = argv[++i];
			continue;
		}
		char *data = NULL;
		size_t len = 0;
		int toobig = 0;
		int err = read_all(path, SR_MAX_INPUT, &data, &len, &toobig);
		if (err || toobig) {
			fprintf(stderr, "sitrep: %s: %s\n", path,
			        toobig ? "file larger than the 64 MiB cap" : strerror(err));
			rc = EXIT_INPUT;
			continue;
		}
		sr_extract_opts o = {.url = url, .date = date, .name = path};
		sr_article *a = NULL;
		sr_status st = sr_extract(ctx, data, len, &o, &a);
		free(data);
		if (st != SR_OK) {
			fprintf(stderr, "sitrep: %s\n", sr_ctx_error(ctx));
			rc = st == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
			continue;
		}
		size_t n = 0;
		char *out = strcmp(format, "json") == 0 ? sr_article_json(a, &n) : sr_article_plain(a, &n);
		sr_article_free(a);
		if (!out) {
			fprintf(stderr, "sitrep: %s: out of memory\n", path);
			rc = EXIT_INTERNAL;
			continue;
		}
		if (strcmp(format, "text") == 0 && printed)
			fputs("\f\n", stdout);
		fwrite(out, 1, n, stdout);
		fputc('\n', stdout);
		free(out);
		printed++;
	}
	sr_ctx_free(ctx);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "sitrep: cannot write output: %s\n", strerror(errno));
		return EXIT_INTERNAL;
	}
	return rc;
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
