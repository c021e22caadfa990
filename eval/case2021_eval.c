/* case2021_eval: sitrep's incidents against the CASE-2021 task 2 snippets
 * (../shared/data/events-dev/case2021-task2-dev.tsv: id, snippet, label),
 * each labelled with an ACLED-style sub-event type or one of the kinds of
 * news next to them (diplomacy, organised crime, natural and man-made
 * disasters, a claim of responsibility).
 *
 *   case2021_eval EVENTS_DEV_DIR [--show N] [--min F1]
 *
 * Each snippet goes through the language core, the coder (sitrep's own
 * dictionaries) and the incident stage; its label is ATTRIB when it
 * claims or denies responsibility for an attack, else the sub-event type
 * of its most confident incident, else its topic (DIPLO, ORG_CRIME,
 * NATURAL_DISASTER, MAN_MADE_DISASTER), else OTHER.  Prints micro, macro
 * and weighted F1 and the per-label figures; with --min, fails (exit 1)
 * when the weighted F1 is below it, and 77 (ctest's skip) when the data
 * is absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"
#include "eval.h"

static const struct {
	const char *acled, *label;
} MAP[] = {{"Armed clash", "ARMED_CLASH"},
           {"Government regains territory", "GOV_REGAINS_TERIT"},
           {"Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER"},
           {"Chemical weapon", "CHEM_WEAP"},
           {"Air/drone strike", "AIR_STRIKE"},
           {"Suicide bomb", "SUIC_BOMB"},
           {"Shelling/artillery/missile attack", "ART_MISS_ATTACK"},
           {"Remote explosive/landmine/IED", "REM_EXPLOS"},
           {"Grenade", "GRENADE"},
           {"Sexual violence", "SEX_VIOL"},
           {"Attack", "ATTACK"},
           {"Abduction/forced disappearance", "ABDUCT_DISSAP"},
           {"Peaceful protest", "PEACE_PROTEST"},
           {"Protest with intervention", "PROTEST_WITH_INTER"},
           {"Excessive force against protesters", "FORCE_AGAINST_PROTEST"},
           {"Violent demonstration", "VIOL_DEMONSTR"},
           {"Mob violence", "MOB_VIOL"},
           {"Agreement", "AGREEMENT"},
           {"Arrests", "ARREST"},
           {"Change to group/activity", "CHANGE_TO_GROUP_ACT"},
           {"Disrupted weapons use", "DISR_WEAP"},
           {"Headquarters or base established", "HQ_ESTABLISHED"},
           {"Looting/property destruction", "PROPERTY_DISTRUCT"},
           {"Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER"}};

typedef struct lab {
	char name[40];
	int tp, fp, fn;
} lab;

static lab labels[64];
static int n_labels;

static lab *get(const char *name)
{
	for (int i = 0; i < n_labels; i++)
		if (strcmp(labels[i].name, name) == 0)
			return &labels[i];
	if (n_labels == 64)
		return &labels[63];
	snprintf(labels[n_labels].name, sizeof labels[0].name, "%s", name);
	return &labels[n_labels++];
}

/* The label of a snippet's incidents. */
static const char *label_of(const sr_incidents *x)
{
	if (x->responsibility)
		return "ATTRIB";
	const sr_incident *best = NULL;
	for (size_t i = 0; i < x->n; i++)
		if (!best || x->items[i].confidence > best->confidence)
			best = &x->items[i];
	const char *sub = best ? sr_acled_sub_event_type(best->acled) : NULL;
	for (size_t k = 0; sub && k < sizeof MAP / sizeof *MAP; k++)
		if (strcmp(sub, MAP[k].acled) == 0)
			return MAP[k].label;
	switch (x->topic) {
	case SR_TOPIC_DIPLOMACY: return "DIPLO";
	case SR_TOPIC_CRIME: return "ORG_CRIME";
	case SR_TOPIC_NATURAL_DISASTER: return "NATURAL_DISASTER";
	case SR_TOPIC_MAN_MADE_DISASTER: return "MAN_MADE_DISASTER";
	default: return "OTHER";
	}
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: case2021_eval EVENTS_DEV_DIR [--show N] [--min F1]\n");
		return 2;
	}
	int show = 0;
	double min = -1;
	for (int i = 2; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--show") == 0)
			show = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--min") == 0)
			min = atof(argv[i + 1]);
	}
	char path[2048];
	snprintf(path, sizeof path, "%s/case2021-task2-dev.tsv", argv[1]);
	size_t len;
	char *tsv = tu_slurp(path, &len);
	if (!tsv) {
		printf("SKIP: no CASE-2021 snippets at %s\n", path);
		return 77;
	}
	tsv = realloc(tsv, len + 1);
	tsv[len] = '\0';
	sr_dict *d = NULL;
	sr_dict_new(&d);
	if (sr_dict_load_defaults(d) != SR_OK) {
		fprintf(stderr, "%s\n", sr_dict_error(d));
		return 1;
	}
	int total = 0, right = 0, shown = 0;
	char *save = NULL;
	for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *t1 = strchr(line, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2 || strncmp(line, "id\t", 3) == 0)
			continue;
		*t2 = '\0';
		const char *snippet = t1 + 1, *gold = t2 + 1;
		char g[40];
		snprintf(g, sizeof g, "%.*s", (int)strcspn(gold, "\r\t "), gold);
		sr_doc *doc = NULL;
		sr_coding *cd = NULL;
		sr_incidents *x = NULL;
		sr_layers layers;
		const char *pred = "OTHER";
		if (sr_analyze(snippet, strlen(snippet), NULL, 0, &doc) == SR_OK &&
		    sr_layers_find(doc, 20210101, &layers) == SR_OK &&
		    sr_code_doc(d, doc, 20210101, &layers, 0, 0, &cd) == SR_OK &&
		    sr_incidents_find(cd, NULL, NULL, &x) == SR_OK)
			pred = label_of(x);
		total++;
		if (strcmp(pred, g) == 0) {
			right++;
			get(g)->tp++;
		} else {
			get(g)->fn++;
			get(pred)->fp++;
			if (shown < show) {
				shown++;
				printf("MISS %s -> %s: %.160s\n", g, pred, snippet);
			}
		}
		sr_incidents_free(x);
		sr_coding_free(cd);
		sr_doc_free(doc);
	}
	double macro = 0, weighted = 0;
	int support_total = 0, n_gold = 0;
	for (int i = 0; i < n_labels; i++) {
		lab *l = &labels[i];
		int support = l->tp + l->fn;
		double p = l->tp + l->fp ? (double)l->tp / (l->tp + l->fp) : 0;
		double r = support ? (double)l->tp / support : 0;
		double f = p + r ? 2 * p * r / (p + r) : 0;
		if (support) {
			macro += f;
			n_gold++;
			weighted += f * support;
			support_total += support;
		}
		printf("  %-30s support %3d  P %.2f  R %.2f  F1 %.2f\n", l->name, support, p, r, f);
	}
	printf("CASE-2021 task 2 (%d snippets): micro F1 (accuracy) %.3f, macro F1 %.3f, weighted F1 %.3f\n", total,
	       total ? (double)right / total : 0, n_gold ? macro / n_gold : 0,
	       support_total ? weighted / support_total : 0);
	double wf1 = support_total ? weighted / support_total : 0;
	eval_result("case2021", "weighted_f1", wf1, min);
	sr_dict_free(d);
	free(tsv);
	if (min >= 0 && wf1 < min) {
		printf("FAIL: weighted F1 %.3f is below the floor %.2f\n", wf1, min);
		return 1;
	}
	return 0;
}
