/* libFuzzer target: the coder on arbitrary text, with a small dictionary
 * written here (actors, agents, verbs with synsets and slots, discards). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sr_dict *dict;

static void load(void)
{
	static const char actors[] = "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\nFRO_ [FRO/BIL/SAM]\n"
	                             "ELROND_\n\t[ARNGOV 19500101-19601231]\n\t[GON]\n";
	static const char agents[] = "SOLDIER [~MIL]\nPOLICE {} [~COP]\nAGENCY [NGO~]\n";
	static const char verbs[] = "&WEAPON\n+GUN\n+RIFLE_\n--- ATTACK [190] ---\nATTACK\nSHELL\n"
	                            "- * &WEAPON [195]\n- + HOSTING * ^ $ [042]\n- NOT * [904]\n"
	                            "--- MEET [031:032] ---\nMEET {MET MEETS MEETING}\n";
	static const char discards[] = "+WORLD CUP\nBASEBALL\n";
	sr_dict_new(&dict);
	sr_dict_load_mem(dict, "a", actors, sizeof actors - 1, SR_DICT_ACTORS);
	sr_dict_load_mem(dict, "b", agents, sizeof agents - 1, SR_DICT_AGENTS);
	sr_dict_load_mem(dict, "c", verbs, sizeof verbs - 1, SR_DICT_VERBS);
	sr_dict_load_mem(dict, "d", discards, sizeof discards - 1, SR_DICT_DISCARDS);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dict)
		load();
	sr_doc *d = NULL;
	if (sr_analyze((const char *)data, size, NULL, 0, &d) != SR_OK)
		return 0;
	sr_coding *c = NULL;
	int32_t day = size & 2 ? 20140415 : 19891102;
	sr_layers layers;
	if (sr_layers_find(d, day, &layers) == SR_OK && sr_code_doc(dict, d, day, &layers, (int)(size & 1), 1, &c) == SR_OK) {
		for (size_t i = 0; i < c->n_events; i++) {
			const sr_event *ev = &c->events[i];
			const sr_event_record *r = &c->records[i];
			if (ev->source.end > size || ev->target.end > size || ev->verb_end > size ||
			    ev->source.start > ev->source.end)
				abort();
			for (size_t k = 0; k < r->n_evidence; k++)
				if (r->evidence[k].start >= r->evidence[k].end || r->evidence[k].end > size)
					abort();
			if (r->confidence < 0.05 || r->confidence > 0.95 || (r->has_date && r->date.first > r->date.last))
				abort();
		}
		for (size_t i = 0; i < c->n_actors; i++)
			if (c->actors[i].start > c->actors[i].end || c->actors[i].end > size)
				abort();
		for (size_t i = 0; i < c->layers.n_dates; i++)
			if (c->layers.dates[i].start > c->layers.dates[i].end || c->layers.dates[i].end > size ||
			    !memchr(c->layers.dates[i].value, 0, sizeof c->layers.dates[i].value))
				abort();
		/* what `sitrep annotate` and `sitrep code` write, to a sink */
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			sr_coding_write_annotation(c, 1, sink);
			sr_coding_write_events(c, "0123456789abcdef", sink);
			fclose(sink);
		}
		sr_coding_free(c);
	}
	sr_doc_free(d);
	return 0;
}
