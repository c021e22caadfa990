/* plover_eval: sitrep's events against the PLOVER gold standard records
 * (../shared/data/events-dev/PLOVER_GSR_CAMEO.txt: 322 wire sentences
 * coded by hand with PLOVER 0.5 event types and the source and target
 * actors' codes; a JSON array with trailing commas).
 *
 *   plover_gsr EVENTS_DEV_DIR [--dict PATH]... [--show N]
 *
 * Each sentence is coded with sitrep's own dictionaries (and any --dict),
 * on the record's date, in news mode.  The first event is compared with
 * the record:
 *   - type: sitrep's PLOVER type (it follows the 2021 manual) in the
 *     GSR's PLOVER 0.5 names: REQUEST is DEMAND, ACCUSE is DISAPPROVE or
 *     INVESTIGATE, ASSAULT is ASSAULT or FIGHT, the others keep theirs;
 *   - source and target: the first three letters of the actor's code (the
 *     country, or IGO, NGO ...) among those of the record's actors.
 * Accuracy is over all records (a record with no event is wrong), and for
 * the actors over the records that name one. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "code/code.h"
#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

/* sitrep's PLOVER type (the 2021 manual's) -> the GSR's (PLOVER 0.5) */
static const char *const ALIASES[][2] = {
    {"AGREE", "AGREE"},       {"CONSULT", "CONSULT"},   {"SUPPORT", "SUPPORT"},        {"CONCEDE", "CONCEDE"},
    {"COOPERATE", "COOPERATE"}, {"AID", "AID"},         {"RETREAT", "RETREAT"},        {"REQUEST", "DEMAND"},
    {"ACCUSE", "DISAPPROVE INVESTIGATE"}, {"REJECT", "REJECT"}, {"THREATEN", "THREATEN"}, {"PROTEST", "PROTEST"},
    {"SANCTION", "SANCTION"}, {"MOBILIZE", "MOBILIZE"}, {"COERCE", "COERCE"},          {"ASSAULT", "ASSAULT FIGHT"}};

/* the GSR is JSON with trailing commas: drop a comma before ] or } */
static void drop_trailing_commas(char *s)
{
	bool in_str = false;
	char *w = s;
	for (char *r = s; *r; r++) {
		if (in_str) {
			*w++ = *r;
			if (*r == '\\' && r[1])
				*w++ = *++r;
			else if (*r == '"')
				in_str = false;
			continue;
		}
		if (*r == '"')
			in_str = true;
		if (*r == ',') {
			char *q = r + 1;
			while (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t')
				q++;
			if (*q == ']' || *q == '}')
				continue;
		}
		*w++ = *r;
	}
	*w = '\0';
}

/* Is the first three letters of code among the actors' codes? */
static bool actor_match(const char *code, json_t *actors)
{
	if (!code || strlen(code) < 3 || !json_is_array(actors))
		return false;
	size_t i;
	json_t *a;
	json_array_foreach(actors, i, a)
	{
		const char *g = json_string_value(json_object_get(a, "code"));
		if (g && strlen(g) >= 3 && strncmp(g, code, 3) == 0)
			return true;
	}
	return false;
}

static bool has_actors(json_t *actors)
{
	return json_is_array(actors) && json_array_size(actors) > 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: plover_eval EVENTS_DEV_DIR [--dict PATH]... [--show N]\n");
		return 2;
	}
	sr_dict *d = NULL;
	sr_dict_new(&d);
	if (sr_dict_load_defaults(d) != SR_OK) {
		fprintf(stderr, "%s\n", sr_dict_error(d));
		return 1;
	}
	int show = 0;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0) {
			show = atoi(argv[i + 1]);
		} else if (strcmp(argv[i], "--dict") == 0 && sr_dict_load(d, argv[i + 1], SR_DICT_AUTO) != SR_OK) {
			fprintf(stderr, "%s\n", sr_dict_error(d));
			return 1;
		}
	}
	char path[2048];
	snprintf(path, sizeof path, "%s/PLOVER_GSR_CAMEO.txt", argv[1]);
	size_t len;
	char *text = tu_slurp(path, &len);
	if (!text) {
		printf("SKIP: no PLOVER gold records at %s\n", path);
		sr_dict_free(d);
		return 77;
	}
	text = realloc(text, len + 1);
	text[len] = '\0';
	drop_trailing_commas(text);
	json_error_t err;
	json_t *root = json_loads(text, 0, &err);
	free(text);
	if (!json_is_array(root)) {
		fprintf(stderr, "%s: line %d: %s\n", path, err.line, err.text);
		return 1;
	}
	int n = 0, typed = 0, type_right = 0, n_src = 0, src_right = 0, n_tgt = 0, tgt_right = 0, shown = 0;
	size_t i;
	json_t *r;
	json_array_foreach(root, i, r)
	{
		const char *gold = json_string_value(json_object_get(r, "event"));
		const char *sent = json_string_value(json_object_get(r, "text"));
		if (!gold || !sent || strcmp(gold, "DOCUMENT") == 0)
			continue;
		const char *date = json_string_value(json_object_get(r, "date"));
		int y = 2000, m = 1, dd = 1;
		if (date)
			sscanf(date, "%d-%d-%d", &y, &m, &dd);
		json_t *src = json_object_get(r, "source"), *tgt = json_object_get(r, "target");
		sr_doc *doc = NULL;
		sr_event *ev = NULL;
		size_t ne = 0;
		n++;
		if (sr_analyze(sent, strlen(sent), NULL, 0, &doc) == SR_OK)
			sr_code(d, doc, y * 10000 + m * 100 + dd, 0, &ev, &ne);
		/* the first event PLOVER has a type for */
		const sr_event *e = NULL;
		const char *types = NULL;
		for (size_t k = 0; k < ne && !e; k++) {
			sr_cameo_meaning cm;
			if (!sr_cameo_info(ev[k].cameo, &cm) || !cm.plover)
				continue;
			for (size_t q = 0; q < sizeof ALIASES / sizeof *ALIASES; q++)
				if (strcmp(ALIASES[q][0], cm.plover) == 0)
					types = ALIASES[q][1];
			if (types)
				e = &ev[k];
		}
		bool ok = false;
		if (e) {
			typed++;
			size_t gl = strlen(gold);
			for (const char *p = strstr(types, gold); p; p = strstr(p + 1, gold))
				if ((p == types || p[-1] == ' ') && (p[gl] == ' ' || p[gl] == '\0'))
					ok = true;
		}
		type_right += ok;
		if (has_actors(src)) {
			n_src++;
			src_right += e && actor_match(e->source.code, src);
		}
		if (has_actors(tgt)) {
			n_tgt++;
			tgt_right += e && actor_match(e->target.code, tgt);
		}
		if (!ok && shown < show) {
			shown++;
			printf("MISS %s -> %s %s>%s: %.150s\n", gold, e ? e->cameo : "-", e ? e->source.code : "",
			       e ? e->target.code : "", sent);
		}
		free(ev);
		sr_doc_free(doc);
	}
	printf("PLOVER gold records (%d): an event in %d (%.1f%%); type right %d (%.1f%%); source country right "
	       "%d of %d (%.1f%%); target country right %d of %d (%.1f%%)\n",
	       n, typed, n ? 100.0 * typed / n : 0, type_right, n ? 100.0 * type_right / n : 0, src_right, n_src,
	       n_src ? 100.0 * src_right / n_src : 0, tgt_right, n_tgt, n_tgt ? 100.0 * tgt_right / n_tgt : 0);
	eval_result("plover", "type", n ? (double)type_right / n : 0, 0);
	eval_result("plover", "source_country", n_src ? (double)src_right / n_src : 0, 0);
	json_decref(root);
	sr_dict_free(d);
	return 0;
}
