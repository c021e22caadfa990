/* incident_eval: sitrep's incidents against human-coded events, scored on
 * the most confident incident of each text, the way event data is judged:
 *
 *   incident_eval SHARED_DATA_DIR FIXTURES_DIR LABELS_FILE [--show N] [--only SET]
 *                 [--min SET.METRIC=VALUE]... [--max SET.METRIC=VALUE]...
 *
 * - ucdp: the UCDP GED sample (events-dev/ucdp-ged-sample): each row's
 *   headlines as a JSON Lines record with its publication day; an
 *   incident found, its country, its place within 25 and 161 km, its day
 *   inside the event's days, deaths inside GED's [low, high]; and English
 *   identified on the rows given as they are.
 * - notes-a to notes-z, notes-aa to notes-ah, wire, none
 *   (FIXTURES_DIR/SET.jsonl, written for sitrep): event and sub-event
 *   type, fatalities exact where there are
 *   deaths, deaths where there are none, country, place within 25 km, day
 *   exact, exactly one incident (notes); incidents counted (wire); no
 *   incident at all (none).
 * - relevance: the English pages of extraction-dev with the labels of
 *   LABELS_FILE: violent incidents on pages that report no violence (per
 *   100 pages, and the share of such pages with one), protests on them,
 *   and recall on the pages that report violence or a protest.
 *
 * Each set is skipped with a message when its data is absent.  Prints
 * every figure as a RESULT line (eval.h); with --min or --max, fails (exit
 * 1) when a figure is past its bound, and exits 77 when no set ran. */
#include <jansson.h>
#include <stdbool.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "sitrep.h"
#include "eval.h"
#include "testutil.h"
#include "geo/geo.h"

static int show;
static const char *only;
static int sets_run;

/* The bounds asked for: "ucdp.country=0.9" (--min), "none.violent_incident=0.05" (--max). */
typedef struct bound {
	char key[64];
	double v;
	bool max;
} bound;
static bound bounds[32];
static int n_bounds, below;

static void check_bound(const char *set, const char *metric, double v)
{
	char key[64];
	snprintf(key, sizeof key, "%s.%s", set, metric);
	for (int i = 0; i < n_bounds; i++)
		if (!strcmp(bounds[i].key, key) && (bounds[i].max ? v > bounds[i].v : v < bounds[i].v)) {
			printf("FAIL: %s %.4f is %s the bound %.4f\n", key, v, bounds[i].max ? "above" : "below", bounds[i].v);
			below++;
		}
}

/* ---- what the pipeline gave, per input record ---------------------------------------- */

typedef struct top {
	int n;          /* incidents */
	int n_violent, n_protest;
	int found;      /* a most confident one */
	char event_type[48], sub[64], country[3], lang[8], date[16];
	int32_t first, last;
	double lat, lon;
	int has_point;
	long long fatalities;
	char summary[400];
} top;

typedef struct run {
	top *rows;
	size_t n, cap;
} run;

static bool violent(const char *et)
{
	return !strcmp(et, "Battles") || !strcmp(et, "Explosions/Remote violence") ||
	       !strcmp(et, "Violence against civilians") || !strcmp(et, "Riots");
}

static int take(void *user, const sr_result *r)
{
	run *rn = user;
	if (rn->n == rn->cap) {
		rn->cap = rn->cap ? rn->cap * 2 : 256;
		rn->rows = realloc(rn->rows, rn->cap * sizeof *rn->rows);
	}
	top *t = &rn->rows[rn->n++];
	memset(t, 0, sizeof *t);
	if (r->article && r->article->language)
		snprintf(t->lang, sizeof t->lang, "%s", r->article->language);
	const sr_incidents *x = r->incidents;
	if (!x || !x->n)
		return 0;
	t->n = (int)x->n;
	const sr_incident *best = NULL;
	for (size_t i = 0; i < x->n; i++) {
		const sr_incident *c = &x->items[i];
		const char *et = sr_acled_event_type(c->acled);
		if (et && violent(et))
			t->n_violent++;
		if (et && !strcmp(et, "Protests"))
			t->n_protest++;
		if (!best || c->confidence > best->confidence)
			best = c;
	}
	t->found = 1;
	snprintf(t->event_type, sizeof t->event_type, "%s", sr_acled_event_type(best->acled));
	snprintf(t->sub, sizeof t->sub, "%s", sr_acled_sub_event_type(best->acled));
	snprintf(t->country, sizeof t->country, "%s", best->place.country);
	t->has_point = best->place.has_point;
	t->lat = best->place.lat;
	t->lon = best->place.lon;
	t->fatalities = sr_incident_acled_fatalities(best);
	if (best->has_date) {
		t->first = best->date.first;
		t->last = best->date.last;
		snprintf(t->date, sizeof t->date, "%04d-%02d-%02d", best->date.first / 10000, best->date.first / 100 % 100,
		         best->date.first % 100);
	}
	snprintf(t->summary, sizeof t->summary, "%s | %s | %s vs %s | %s %s | %s | killed %lld | %zu incidents",
	         t->sub, best->place.name ? best->place.name : "-", best->actor1.name ? best->actor1.name : "-",
	         best->actor2.name ? best->actor2.name : "-", best->place.country, t->date, best->date.value,
	         t->fatalities, x->n);
	return 0;
}

/* Run the pipeline over the inputs (files), incidents made. */
static bool run_pipeline(const sr_dict *d, const char *const *inputs, size_t n, run *out)
{
	memset(out, 0, sizeof *out);
	sr_reader *rd = NULL;
	sr_pipeline *p = NULL;
	sr_pipeline_opts o = {.until = SR_STAGE_CODE, .threads = 0, .dict = d, .incidents = 1, .fallback_day = 20200101};
	if (sr_reader_new(inputs, n, &rd) != SR_OK || sr_pipeline_new(&o, &p) != SR_OK) {
		sr_reader_free(rd);
		return false;
	}
	sr_status st = sr_pipeline_run(p, rd, NULL, take, out);
	sr_pipeline_free(p);
	sr_reader_free(rd);
	return st == SR_OK;
}

/* ---- helpers ------------------------------------------------------------------------ */

static double km(double la1, double lo1, double la2, double lo2)
{
	double p = M_PI / 180, a = sin((la2 - la1) * p / 2), b = sin((lo2 - lo1) * p / 2);
	double h = a * a + cos(la1 * p) * cos(la2 * p) * b * b;
	return 2 * 6371.0 * asin(sqrt(h));
}

static int32_t ymd(const char *s)
{
	int y, m, d;
	return s && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 ? y * 10000 + m * 100 + d : 0;
}

static const char *jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static double jnum(json_t *o, const char *k, double dflt)
{
	json_t *v = json_object_get(o, k);
	return json_is_number(v) ? json_number_value(v) : dflt;
}

/* The rows of a JSON Lines file (NULL when absent). */
static json_t *read_rows(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	json_t *rows = json_array();
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) > 0) {
		if (n < 2)
			continue;
		json_error_t e;
		json_t *o = json_loads(line, 0, &e);
		if (o)
			json_array_append_new(rows, o);
		else
			fprintf(stderr, "%s: a line that is not JSON: %s\n", path, e.text);
	}
	free(line);
	fclose(f);
	return rows;
}

/* The rows as sitrep's JSON Lines input ({"text", "published"}) in a
 * temporary file, whose name goes to path. */
static bool write_input(json_t *rows, const char *text_key, const char *date_key, char *path, size_t cap)
{
	snprintf(path, cap, "/tmp/sitrep-incident-eval-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0)
		return false;
	FILE *f = fdopen(fd, "w");
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
	{
		json_t *o = json_object();
		json_object_set_new(o, "text", json_string(jstr(row, text_key) ? jstr(row, text_key) : ""));
		if (jstr(row, date_key))
			json_object_set_new(o, "published", json_string(jstr(row, date_key)));
		char url[64];
		snprintf(url, sizeof url, "https://eval.invalid/%zu", i);
		json_object_set_new(o, "url", json_string(url));
		char *s = json_dumps(o, JSON_COMPACT);
		fprintf(f, "%s\n", s);
		free(s);
		json_decref(o);
	}
	return fclose(f) == 0;
}

static void ratio(const char *set, const char *metric, int num, int den)
{
	double v = den ? (double)num / den : 0;
	printf("  %-10s %-26s %6.3f  (%d / %d)\n", set, metric, v, num, den);
	eval_result(set, metric, v, 0);
	check_bound(set, metric, v);
}

static bool wanted(const char *set)
{
	return !only || !strcmp(only, set);
}

/* ---- the sets ------------------------------------------------------------------------- */

/* The rows ({"text", "pub_date"}) through the pipeline as JSON Lines;
 * exits when it fails. */
static void run_rows(const sr_dict *d, json_t *rows, const char *set, run *r)
{
	char in[256];
	if (!write_input(rows, "text", "pub_date", in, sizeof in) || !run_pipeline(d, (const char *[]){in}, 1, r)) {
		fprintf(stderr, "%s: the pipeline failed\n", set);
		exit(1);
	}
	unlink(in);
}

/* Is cc2 GED's country gold?  GED files a conflict's events under the state
 * whose conflict it is: Gaza's and the West Bank's under Israel, Kosovo's
 * (1998-99) under Serbia (Yugoslavia), where ACLED and sitrep name the
 * territory (Palestine, Kosovo). */
static bool ged_country(const char *cc2, const char *gold)
{
	if (!strcmp(cc2, gold))
		return true;
	return (!strcmp(gold, "IL") && !strcmp(cc2, "PS")) || (!strcmp(gold, "RS") && !strcmp(cc2, "XK"));
}

static void eval_ucdp(const sr_dict *d, const char *data)
{
	char path[2048];
	snprintf(path, sizeof path, "%s/events-dev/ucdp-ged-sample/events.jsonl", data);
	json_t *rows = read_rows(path);
	if (!rows) {
		printf("SKIP ucdp: no %s\n", path);
		return;
	}
	run r;
	run_rows(d, rows, "ucdp", &r);
	int n = 0, found = 0, country = 0, near25 = 0, near161 = 0, day = 0, deaths = 0, texts = 0;
	int shown = 0;
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
	{
		if (i >= r.n)
			break;
		const top *t = &r.rows[i];
		const char *text = jstr(row, "text");
		n++;
		texts += text && *text;
		if (!t->found) {
			if (shown++ < show)
				printf("  MISS ucdp none: %.150s\n", text ? text : "");
			continue;
		}
		found++;
		bool c_ok = ged_country(t->country, jstr(row, "country") ? jstr(row, "country") : "");
		country += c_ok;
		double dist = t->has_point ? km(t->lat, t->lon, jnum(row, "lat", 0), jnum(row, "lon", 0)) : 1e9;
		near25 += dist <= 25;
		near161 += dist <= 161;
		int32_t a = ymd(jstr(row, "date")), b = ymd(jstr(row, "date_end"));
		bool d_ok = t->first && t->first >= a && t->first <= b;
		day += d_ok;
		double lo = jnum(row, "fatalities_low", -1), hi = jnum(row, "fatalities_high", -1);
		deaths += t->fatalities >= lo && t->fatalities <= hi;
		if ((!c_ok || dist > 161 || !d_ok) && shown++ < show)
			printf("  MISS ucdp%s%s%s: %.120s\n        gold %s %s..%s %s | got %s\n", c_ok ? "" : " country",
			       dist > 161 ? " place" : "", d_ok ? "" : " day", text ? text : "", jstr(row, "country"),
			       jstr(row, "date"), jstr(row, "date_end"), jstr(row, "location"), t->summary);
	}
	sets_run++;
	printf("UCDP GED sample (%d rows, %d with text):\n", n, texts);
	ratio("ucdp", "incident_found", found, n);
	ratio("ucdp", "country", country, n);
	ratio("ucdp", "place_25km", near25, n);
	ratio("ucdp", "place_161km", near161, n);
	ratio("ucdp", "day_in_span", day, n);
	ratio("ucdp", "deaths_in_range", deaths, n);
	free(r.rows);
	/* English, the rows given as they are */
	run raw;
	if (run_pipeline(d, (const char *[]){path}, 1, &raw)) {
		int en = 0, with_text = 0;
		json_array_foreach(rows, i, row)
		{
			if (i >= raw.n)
				break;
			if (!jstr(row, "text") || !*jstr(row, "text"))
				continue;
			with_text++;
			en += !strcmp(raw.rows[i].lang, "en");
		}
		ratio("ucdp", "english_as_jsonl", en, with_text);
		free(raw.rows);
	}
	json_decref(rows);
}

/* Is the country with ISO code cc2 the gold country, written as a code
 * or by name as event data names it ("Democratic Republic of Congo")? */
static bool same_country(const char *cc2, const char *gold)
{
	if (!*cc2)
		return false;
	if (strlen(gold) == 2)
		return !strcmp(cc2, gold);
	const sr_country_info *ci = sr_geo_country(cc2);
	if (ci && ci->name && !strcasecmp(ci->name, gold))
		return true;
	static const char *const NAMES[][2] = {
	    {"Democratic Republic of Congo", "CD"}, {"Republic of Congo", "CG"}, {"Turkey", "TR"}, {"Ivory Coast", "CI"},
	    {"United States", "US"}, {"United Kingdom", "GB"}, {"Russia", "RU"}, {"Palestine", "PS"}, {"Syria", "SY"},
	    {"Iran", "IR"}, {"South Korea", "KR"}, {"North Korea", "KP"}, {"eSwatini", "SZ"}, {"Laos", "LA"},
	    {"Vietnam", "VN"}, {"Bolivia", "BO"}, {"Venezuela", "VE"}, {"Tanzania", "TZ"}, {"Moldova", "MD"},
	    {"Czech Republic", "CZ"}, {"East Timor", "TL"}, {"Cape Verde", "CV"}, {"Myanmar", "MM"}};
	for (size_t k = 0; k < sizeof NAMES / sizeof *NAMES; k++)
		if (!strcasecmp(NAMES[k][0], gold))
			return !strcmp(NAMES[k][1], cc2);
	return false;
}

static void eval_notes(const sr_dict *d, const char *fixtures, const char *set)
{
	char path[2048];
	snprintf(path, sizeof path, "%s/%s.jsonl", fixtures, set);
	json_t *rows = read_rows(path);
	if (!rows) {
		printf("SKIP %s: no %s\n", set, path);
		return;
	}
	run r;
	run_rows(d, rows, set, &r);
	bool none = !strcmp(set, "none");
	int n = 0, found = 0, one = 0, type = 0, sub = 0, fat = 0, with_deaths = 0, false_deaths = 0, no_deaths = 0,
	    country = 0, near25 = 0, day = 0, count_right = 0, violent_n = 0, protest_n = 0, any_n = 0;
	int shown = 0;
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
	{
		if (i >= r.n)
			break;
		const top *t = &r.rows[i];
		json_t *gold = json_object_get(row, "incidents");
		size_t ng = json_array_size(gold);
		n++;
		const char *text = jstr(row, "text");
		if (none) {
			any_n += t->n > 0;
			violent_n += t->n_violent > 0;
			protest_n += t->n_protest > 0;
			if (t->n && shown++ < show)
				printf("  FALSE none: %.150s\n        got %s\n", text, t->summary);
			continue;
		}
		count_right += (size_t)t->n == ng;
		if (!ng)
			continue;
		json_t *g = json_array_get(gold, 0);
		/* of several, the gold incident the most confident one is */
		for (size_t k = 0; k < ng; k++) {
			json_t *gk = json_array_get(gold, k);
			if (t->found && jstr(gk, "sub_event_type") && !strcmp(jstr(gk, "sub_event_type"), t->sub)) {
				g = gk;
				break;
			}
		}
		found += t->found;
		one += t->n == 1;
		bool ty = t->found && jstr(g, "event_type") && !strcmp(t->event_type, jstr(g, "event_type"));
		bool su = t->found && jstr(g, "sub_event_type") && !strcmp(t->sub, jstr(g, "sub_event_type"));
		type += ty;
		sub += su;
		long long gf = (long long)jnum(g, "fatalities", 0);
		bool fa = t->fatalities == gf;
		if (gf > 0) {
			with_deaths++;
			fat += t->found && fa;
		} else {
			no_deaths++;
			false_deaths += t->found && t->fatalities > 0;
		}
		bool co = t->found && jstr(g, "country") && same_country(t->country, jstr(g, "country"));
		country += co;
		double dist = t->found && t->has_point ? km(t->lat, t->lon, jnum(g, "lat", 0), jnum(g, "lon", 0)) : 1e9;
		near25 += dist <= 25;
		bool da = t->found && jstr(g, "date") && !strcmp(t->date, jstr(g, "date"));
		day += da;
		if ((!su || !fa || !co || dist > 25 || !da || t->n != 1) && shown++ < show)
			printf("  MISS %s%s%s%s%s%s%s: %.200s\n        gold %s | %s | %s | %s | killed %lld\n        got  %s\n",
			       set, ty ? "" : " type", su ? "" : " sub", fa ? "" : " deaths", co ? "" : " country",
			       dist <= 25 ? "" : " place", da ? "" : " day", text, jstr(g, "sub_event_type"), jstr(g, "place"),
			       jstr(g, "country"), jstr(g, "date"), gf, t->summary);
	}
	sets_run++;
	if (none) {
		printf("%s (%d texts that report no political violence or protest):\n", set, n);
		ratio(set, "any_incident", any_n, n);
		ratio(set, "violent_incident", violent_n, n);
		ratio(set, "protest_incident", protest_n, n);
	} else {
		printf("%s (%d texts):\n", set, n);
		ratio(set, "incident_found", found, n);
		if (!strcmp(set, "wire"))
			ratio(set, "incidents_counted", count_right, n);
		else
			ratio(set, "exactly_one", one, n);
		ratio(set, "event_type", type, n);
		ratio(set, "sub_event_type", sub, n);
		ratio(set, "fatalities_exact", fat, with_deaths);
		ratio(set, "false_deaths", false_deaths, no_deaths);
		ratio(set, "country", country, n);
		ratio(set, "place_25km", near25, n);
		ratio(set, "day_exact", day, n);
	}
	free(r.rows);
	json_decref(rows);
}

static void eval_relevance(const sr_dict *d, const char *data, const char *labels)
{
	size_t len;
	char *text = tu_slurp(labels, &len);
	if (!text) {
		printf("SKIP relevance: no labels at %s\n", labels);
		return;
	}
	text = realloc(text, len + 1);
	text[len] = '\0';
	char dir[2048];
	snprintf(dir, sizeof dir, "%s/extraction-dev/pages", data);
	if (access(dir, R_OK) != 0) {
		printf("SKIP relevance: no pages at %s\n", dir);
		free(text);
		return;
	}
	size_t cap = 64, n = 0;
	char **files = malloc(cap * sizeof *files);
	char *labs = malloc(cap);
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#')
			continue;
		char *t1 = strchr(line, '\t');
		if (!t1)
			continue;
		*t1 = '\0';
		if (n == cap) {
			cap *= 2;
			files = realloc(files, cap * sizeof *files);
			labs = realloc(labs, cap);
		}
		char p[4096];
		snprintf(p, sizeof p, "%s/%s", dir, line);
		files[n] = strdup(p);
		labs[n] = t1[1]; /* v, p or n */
		n++;
	}
	run r;
	if (!run_pipeline(d, (const char *const *)files, n, &r)) {
		fprintf(stderr, "relevance: the pipeline failed\n");
		exit(1);
	}
	int none = 0, none_violent_pages = 0, none_violent = 0, none_protest = 0, viol = 0, viol_found = 0, prot = 0,
	    prot_found = 0;
	int shown = 0;
	for (size_t i = 0; i < n && i < r.n; i++) {
		const top *t = &r.rows[i];
		if (labs[i] == 'n') {
			none++;
			none_violent += t->n_violent;
			none_violent_pages += t->n_violent > 0;
			none_protest += t->n_protest > 0;
			if ((t->n_violent || t->n_protest) && shown++ < show)
				printf("  FALSE page %s: %s\n", strrchr(files[i], '/') + 1, t->summary);
		} else if (labs[i] == 'v') {
			viol++;
			viol_found += t->n_violent > 0;
			if (!t->n_violent && shown++ < show)
				printf("  MISSED violence page %s: %s\n", strrchr(files[i], '/') + 1, t->summary);
		} else if (labs[i] == 'p') {
			prot++;
			prot_found += t->n_protest > 0 || t->n_violent > 0;
			if (!t->n_protest && !t->n_violent && shown++ < show)
				printf("  MISSED protest page %s: %s\n", strrchr(files[i], '/') + 1, t->summary);
		}
	}
	sets_run++;
	printf("relevance (%zu labelled English pages of extraction-dev: %d none, %d violence, %d protest):\n", n, none,
	       viol, prot);
	double per100 = none ? 100.0 * none_violent / none : 0;
	printf("  %-10s %-26s %6.2f\n", "relevance", "violent_per_100_none", per100);
	eval_result("relevance", "violent_per_100_none", per100, 0);
	check_bound("relevance", "violent_per_100_none", per100);
	ratio("relevance", "none_pages_violent", none_violent_pages, none);
	ratio("relevance", "none_pages_protest", none_protest, none);
	ratio("relevance", "violence_recall", viol_found, viol);
	ratio("relevance", "protest_recall", prot_found, prot);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	free(labs);
	free(r.rows);
	free(text);
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: incident_eval SHARED_DATA_DIR FIXTURES_DIR LABELS_FILE [--show N] [--only SET]\n");
		return 2;
	}
	for (int i = 4; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--show"))
			show = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--only"))
			only = argv[i + 1];
		else if ((!strcmp(argv[i], "--min") || !strcmp(argv[i], "--max")) && n_bounds < 32) {
			const char *eq = strchr(argv[i + 1], '=');
			if (!eq || eq - argv[i + 1] >= 63) {
				fprintf(stderr, "incident_eval: %s wants SET.METRIC=VALUE\n", argv[i]);
				return 2;
			}
			bound *b = &bounds[n_bounds++];
			snprintf(b->key, sizeof b->key, "%.*s", (int)(eq - argv[i + 1]), argv[i + 1]);
			b->v = atof(eq + 1);
			b->max = argv[i][3] == 'a';
		}
	}
	sr_dict *d = NULL;
	if (sr_dict_new(&d) != SR_OK || sr_dict_load_defaults(d) != SR_OK) {
		fprintf(stderr, "the dictionaries: %s\n", d ? sr_dict_error(d) : "out of memory");
		return 1;
	}
	if (wanted("ucdp"))
		eval_ucdp(d, argv[1]);
	static const char *const NOTES[] = {"notes-a", "notes-b", "notes-c", "notes-d", "notes-e", "notes-f", "notes-g", "notes-h", "notes-i", "notes-j", "notes-k", "notes-l", "notes-m", "notes-n", "notes-o", "notes-p", "notes-q", "notes-r", "notes-s", "notes-t", "notes-u", "notes-v", "notes-w", "notes-x", "notes-y", "notes-z", "notes-aa", "notes-ab", "notes-ac", "notes-ad", "notes-ae", "notes-af", "notes-ag", "notes-ah", "notes-ai", "notes-aj", "wire", "none"};
	for (size_t k = 0; k < sizeof NOTES / sizeof *NOTES; k++)
		if (wanted(NOTES[k]))
			eval_notes(d, argv[2], NOTES[k]);
	if (wanted("relevance"))
		eval_relevance(d, argv[1], argv[3]);
	sr_dict_free(d);
	if (!sets_run) {
		printf("SKIP: no set's data was found\n");
		return 77;
	}
	return below ? 1 : 0;
}
