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
	sr_event *ev = NULL;
	sr_mention *m = NULL;
	size_t n = 0, nm = 0;
	if (sr_code_ex(dict, d, 20140101, (int)(size & 1), &ev, &n, &m, &nm) == SR_OK) {
		for (size_t i = 0; i < n; i++)
			if (ev[i].source.end > size || ev[i].target.end > size || ev[i].verb_end > size ||
			    ev[i].source.start > ev[i].source.end)
				abort();
		for (size_t i = 0; i < nm; i++)
			if (m[i].start > m[i].end || m[i].end > size)
				abort();
		/* what `sitrep annotate` writes, to a sink */
		sr_timex *tx = NULL;
		size_t nt = 0;
		sr_timex_find(d, size & 2 ? 20140415 : 19891102, &tx, &nt);
		for (size_t i = 0; i < nt; i++)
			if (tx[i].start > tx[i].end || tx[i].end > size || !memchr(tx[i].value, 0, sizeof tx[i].value))
				abort();
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			sr_annotation_write_json(d, 1, m, nm, ev, n, tx, nt, size & 2 ? 20140415 : 19891102, sink);
			fclose(sink);
		}
		free(tx);
	}
	free(ev);
	free(m);
	sr_doc_free(d);
	return 0;
}
