/* muc4_eval: sitrep's dates, places and counts against the MUC-4 key
 * templates (../shared/data/events-dev/muc4/dev: 1,300 Latin American news
 * messages of 1989-91, in capitals, with key-dev-*.muc4 templates).
 *
 *   muc4_eval MUC4_DIR
 *
 * For each message whose key has an incident, the first template is the
 * message's incident:
 *   - date: sitrep's first date of day precision in the body, resolved
 *     against the dateline's ("SAN SALVADOR, 3 JAN 90 --"), else the
 *     dateline's day, against the template's INCIDENT: DATE (exact day;
 *     a range "- 30 DEC 89" counts its last day);
 *   - country: the country sitrep's places name most often, against
 *     INCIDENT: LOCATION's country;
 *   - deaths: the largest count of people killed sitrep finds, against the
 *     largest HUM TGT: NUMBER of a template whose effect is DEATH, among
 *     the messages that have one.
 * Reported, no floor: the texts are in capitals, which the tagger and the
 * place finder lean on. */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

static const char *const MON[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

/* "30 DEC 89" -> 19891230, 0 when not a day */
static int32_t day_of(const char *s)
{
	int d, y;
	char m[8];
	if (sscanf(s, "%d %3s %d", &d, m, &y) != 3)
		return 0;
	for (int k = 0; k < 12; k++)
		if (!strcmp(m, MON[k]))
			return (y < 100 ? 1900 + y : y) * 10000 + (k + 1) * 100 + d;
	return 0;
}

static const struct {
	const char *name, *cc;
} COUNTRY[] = {{"EL SALVADOR", "SV"}, {"GUATEMALA", "GT"}, {"COLOMBIA", "CO"}, {"PERU", "PE"},
               {"HONDURAS", "HN"},    {"NICARAGUA", "NI"}, {"BOLIVIA", "BO"},  {"CHILE", "CL"},
               {"ECUADOR", "EC"},     {"ARGENTINA", "AR"}, {"PANAMA", "PA"},   {"MEXICO", "MX"},
               {"VENEZUELA", "VE"},   {"CUBA", "CU"},      {"COSTA RICA", "CR"}, {"UNITED STATES", "US"},
               {"BRAZIL", "BR"},      {"SPAIN", "ES"}};

typedef struct gold {
	char id[32];
	bool incident;
	int32_t date;
	char cc[3];
	long deaths; /* -1: none said */
} gold;

/* the value after a slot's label on its line */
static const char *slot(const char *t, const char *end, const char *label)
{
	const char *p = strstr(t, label);
	if (!p || p > end)
		return NULL;
	p += strlen(label);
	while (*p == ' ')
		p++;
	return p;
}

static size_t read_keys(const char *dir, gold *g, size_t max)
{
	size_t n = 0;
	DIR *dh = opendir(dir);
	if (!dh)
		return 0;
	for (struct dirent *e; (e = readdir(dh));) {
		if (strncmp(e->d_name, "key-dev-", 8) != 0)
			continue;
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t len;
		char *x = tu_slurp(path, &len);
		if (!x)
			continue;
		x = realloc(x, len + 1);
		x[len] = '\0';
		for (char *t = strstr(x, "0.  MESSAGE: ID"); t; t = strstr(t + 1, "0.  MESSAGE: ID")) {
			char *next = strstr(t + 1, "0.  MESSAGE: ID");
			const char *end = next ? next : x + len;
			char id[32] = "";
			const char *v = slot(t, end, "MESSAGE: ID");
			if (v)
				sscanf(v, "%31s", id);
			/* the message's record, made on its first template */
			gold *gg = NULL;
			for (size_t k = 0; k < n; k++)
				if (!strcmp(g[k].id, id))
					gg = &g[k];
			bool first = !gg;
			if (!gg) {
				if (n == max)
					break;
				gg = &g[n++];
				memset(gg, 0, sizeof *gg);
				snprintf(gg->id, sizeof gg->id, "%s", id);
				gg->deaths = -1;
			}
			v = slot(t, end, "MESSAGE: TEMPLATE");
			if (!v || *v == '*')
				continue;
			gg->incident = true;
			if (first || !gg->date) {
				v = slot(t, end, "INCIDENT: DATE");
				if (v) {
					char line[64];
					sscanf(v, "%63[^\n]", line);
					const char *dash = strrchr(line, '-');
					gg->date = day_of(dash ? dash + 1 + (dash[1] == ' ') : line);
				}
				v = slot(t, end, "INCIDENT: LOCATION");
				for (size_t c = 0; v && c < sizeof COUNTRY / sizeof *COUNTRY && !gg->cc[0]; c++)
					if (!strncmp(v, COUNTRY[c].name, strlen(COUNTRY[c].name)))
						snprintf(gg->cc, sizeof gg->cc, "%s", COUNTRY[c].cc);
			}
			/* deaths: a template whose human targets died */
			const char *eff = slot(t, end, "HUM TGT: EFFECT OF INCIDENT");
			const char *num = slot(t, end, "HUM TGT: NUMBER");
			if (eff && num && strstr(eff, "DEATH") && strstr(eff, "DEATH") < strstr(eff, "\n24.") &&
			    strncmp(eff, "NO DEATH", 8) != 0 && strncmp(eff, "NO INJURY OR DEATH", 18) != 0) {
				long k = strtol(num, NULL, 10);
				if (k > gg->deaths)
					gg->deaths = k;
			}
		}
		free(x);
	}
	closedir(dh);
	return n;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: muc4_eval MUC4_DIR\n");
		return 2;
	}
	char dir[2048];
	snprintf(dir, sizeof dir, "%s/dev", argv[1]);
	static gold g[2000];
	size_t ng = read_keys(dir, g, 2000);
	if (!ng) {
		printf("SKIP: no MUC-4 keys at %s\n", dir);
		return 77;
	}
	long incidents = 0, date_ok = 0, cc_n = 0, cc_ok = 0, d_n = 0, d_ok = 0, d_found = 0;
	DIR *dh = opendir(dir);
	for (struct dirent *e; dh && (e = readdir(dh));) {
		if (strncmp(e->d_name, "dev-muc3-", 9) != 0)
			continue;
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t len;
		char *x = tu_slurp(path, &len);
		if (!x)
			continue;
		x = realloc(x, len + 1);
		x[len] = '\0';
		for (char *m = strstr(x, "DEV-MUC3-"); m; m = strstr(m + 1, "\nDEV-MUC3-")) {
			if (*m == '\n')
				m++;
			char id[32];
			sscanf(m, "%31s", id);
			char *next = strstr(m + 1, "\nDEV-MUC3-");
			size_t mlen = next ? (size_t)(next - m) : strlen(m);
			const gold *gg = NULL;
			for (size_t k = 0; k < ng; k++)
				if (!strcmp(g[k].id, id))
					gg = &g[k];
			if (!gg || !gg->incident)
				continue;
			/* the dateline: "SAN SALVADOR, 3 JAN 90 --" */
			const char *dl = memchr(m, ',', mlen);
			int32_t ref = dl ? day_of(dl + 2) : 0;
			if (!ref)
				continue;
			const char *body = strstr(m, "--");
			if (!body || body > m + mlen)
				continue;
			body += 2;
			size_t blen = (size_t)(m + mlen - body);
			sr_doc *doc = NULL;
			if (sr_analyze(body, blen, NULL, 0, &doc) != SR_OK)
				continue;
			incidents++;
			/* date */
			sr_timex *tx = NULL;
			size_t nt = 0;
			int32_t date = ref;
			if (sr_timex_find(doc, ref, &tx, &nt) == SR_OK)
				for (size_t k = 0; k < nt; k++)
					if (tx[k].type == SR_TIMEX_DATE && tx[k].precision == SR_TP_DAY) {
						date = tx[k].first;
						break;
					}
			free(tx);
			date_ok += date == gg->date;
			/* country: the one the places name most */
			sr_place *pl = NULL;
			size_t np = 0;
			if (gg->cc[0]) {
				cc_n++;
				if (sr_places_find(doc, &pl, &np) == SR_OK && np) {
					size_t best = 0, bc = 0;
					for (size_t k = 0; k < np; k++) {
						size_t c = 0;
						for (size_t q = 0; q < np; q++)
							c += pl[q].resolved && pl[k].resolved && !strcmp(pl[q].country, pl[k].country);
						if (c > bc)
							bc = c, best = k;
					}
					cc_ok += bc && !strcmp(pl[best].country, gg->cc);
				}
				free(pl);
			}
			/* deaths */
			if (gg->deaths >= 0) {
				d_n++;
				sr_count *c = NULL;
				size_t nc = 0;
				double most = -1;
				if (sr_counts_find(doc, &c, &nc) == SR_OK)
					for (size_t k = 0; k < nc; k++) {
						double v = c[k].best >= 0 ? c[k].best : c[k].low;
						if (c[k].kind == SR_COUNT_KILLED && !c[k].rejected && v > most)
							most = v;
					}
				free(c);
				d_found += most >= 0;
				d_ok += most == (double)gg->deaths;
			}
			sr_doc_free(doc);
		}
		free(x);
	}
	if (dh)
		closedir(dh);
	printf("MUC-4 dev (%ld messages with an incident):\n", incidents);
	printf("  incident date, exact day: %.3f (%ld)\n", incidents ? (double)date_ok / incidents : 0, date_ok);
	printf("  country (the one the places name most): %.3f (%ld of %ld)\n", cc_n ? (double)cc_ok / cc_n : 0, cc_ok,
	       cc_n);
	printf("  deaths: a killed count found in %.3f, the same number in %.3f (%ld of %ld messages with deaths)\n",
	       d_n ? (double)d_found / d_n : 0, d_n ? (double)d_ok / d_n : 0, d_ok, d_n);
	eval_result("muc4", "day", incidents ? (double)date_ok / incidents : 0, 0);
	eval_result("muc4", "country", cc_n ? (double)cc_ok / cc_n : 0, 0);
	eval_result("muc4", "deaths_exact", d_n ? (double)d_ok / d_n : 0, 0);
	return 0;
}
