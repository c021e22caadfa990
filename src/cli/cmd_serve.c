/* cmd_serve.c: the long-running commands: serve (the HTTP API and the
 * dashboard, until a signal) and watch (feeds polled, new articles
 * written). */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

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

static volatile sig_atomic_t watch_stop;
static void on_signal(int sig)
{
	(void)sig;
	watch_stop = 1;
}

static int watch_stopped(void *arg)
{
	(void)arg;
	return watch_stop != 0;
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

int cmd_watch(int argc, char **argv)
{
	const command *self = cli_command("watch");
	sr_watch_opts o;
	memset(&o, 0, sizeof o);
	long every_ms = 15 * 60 * 1000, delay_ms = 1000, timeout_ms = 0;
	bool once = false, help;
	const char **feeds = calloc((size_t)argc + 1, sizeof *feeds);
	size_t n_feeds = 0;
	if (!feeds)
		return EXIT_INTERNAL;
	static const char DURATION[] = "a duration (e.g. 30s, 15m, 1h)";
	const option_spec opts[] = {{"--out", 0, OPT_TEXT, &o.out_dir, 0, 0, NULL, NULL},
	                            {"--every", 0, OPT_READ, &every_ms, 0, 0, DURATION, read_duration},
	                            {"--delay", 0, OPT_READ, &delay_ms, 0, 0, DURATION, read_duration},
	                            {"--timeout", 0, OPT_READ, &timeout_ms, 0, 0, DURATION, read_duration},
	                            {"--once", 0, OPT_FLAG, &once, 0, 0, NULL, NULL}};
	int rc = cli_options(self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, feeds, &n_feeds, &help);
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
		cli_usage_one(stderr, self);
		return EXIT_USAGE;
	}
	o.feeds_file = list;
	o.stop = (sr_stop){watch_stopped, NULL};
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	sr_watch_stats st;
	sr_status ws = sr_watch(&o, watch_log, NULL, &st);
	if (ws != SR_OK)
		return ws == SR_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	return st.errors ? EXIT_INPUT : EXIT_OK;
}

int cmd_serve(int argc, char **argv)
{
	const command *self = cli_command("serve");
	sr_serve_opts o = {0};
	o.db = "sitrep.db";
	o.token = getenv("SITREP_TOKEN");
	bool read_only = false, fetch_private = false, help;
	long long max_body = 0, threads = 0, max_conns = 0, per_client = 0;
	const option_spec opts[] = {{"--db", 0, OPT_TEXT, &o.db, 0, 0, NULL, NULL},
	                            {"--listen", 0, OPT_TEXT, &o.listen, 0, 0, NULL, NULL},
	                            {"--token", 0, OPT_TEXT, &o.token, 0, 0, NULL, NULL},
	                            {"--read-only", 0, OPT_FLAG, &read_only, 0, 0, NULL, NULL},
	                            {"--fetch-private", 0, OPT_FLAG, &fetch_private, 0, 0, NULL, NULL},
	                            {"--max-body", 0, OPT_COUNT, &max_body, 1, 1 << 30, "bytes", NULL},
	                            {"--threads", 0, OPT_COUNT, &threads, 1, 64, "threads", NULL},
	                            {"--query-timeout", 0, OPT_REAL, &o.query_timeout, 0.001, 86400, "seconds", NULL},
	                            {"--max-connections", 0, OPT_COUNT, &max_conns, 1, 100000, "connections", NULL},
	                            {"--per-client", 0, OPT_COUNT, &per_client, 1, 100000, "connections", NULL},
	                            {"--request-timeout", 0, OPT_REAL, &o.request_timeout, 0.1, 86400, "seconds", NULL}};
	int rc = cli_options(self, opts, sizeof opts / sizeof *opts, NULL, argc, argv, NULL, NULL, &help);
	if (rc != EXIT_OK || help)
		return rc;
	o.read_only = read_only;
	o.fetch_private = fetch_private;
	o.max_body = (size_t)max_body;
	o.threads = (int)threads;
	o.max_conns = (unsigned)max_conns;
	o.per_client = (unsigned)per_client;
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
	sr_status st = sr_serve_start(&o, &srv);
	if (st != SR_OK) {
		fprintf(stderr, "sitrep serve: %s\n", sr_error_last());
		return st == SR_EINVAL ? EXIT_USAGE : EXIT_INPUT;
	}
	char shown[1024];
	const char *addr = sr_serve_address(srv);
	/* every address: this machine's is one to open */
	char here[96];
	if (!strncmp(addr, "0.0.0.0:", 8) || !strncmp(addr, "[::]:", 5))
		snprintf(here, sizeof here, "127.0.0.1:%d", sr_serve_port(srv));
	else
		snprintf(here, sizeof here, "%s", addr);
	printf("sitrep serve: http://%s/ (store %s%s)\n", here, sr_store_shown(o.db, shown, sizeof shown),
	       o.read_only ? ", read-only" : o.token && *o.token ? ", writes with the token" : ", no writes: no --token");
	fflush(stdout);
	int sig = 0;
	sigwait(&set, &sig);
	sr_serve_stop(srv);
	fprintf(stderr, "sitrep serve: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	return EXIT_OK;
}
