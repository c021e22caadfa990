/* who_did_what.c: libsitrep from another program.  Codes the sentences
 * given as arguments (or a sample) with sitrep's own dictionaries and
 * prints each event: its CAMEO code, its ACLED sub-event type, who did it
 * and to whom.  Build it against an installed sitrep:
 *
 *   cc who_did_what.c $(pkg-config --cflags --libs sitrep) -o who_did_what
 *   ./who_did_what "Syrian troops shelled rebel positions near Aleppo."
 *
 * (docs/setup.md says how to link the static archive instead.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sitrep.h>

int main(int argc, char **argv)
{
	const char *sample = "Syrian troops shelled rebel positions near Aleppo on Tuesday, killing 12 fighters.";
	sr_dict *d = NULL;
	if (sr_dict_new(&d) != SR_OK || sr_dict_load_defaults(d) != SR_OK) {
		fprintf(stderr, "who_did_what: cannot load the dictionaries: %s\n", d ? sr_dict_error(d) : "out of memory");
		sr_dict_free(d);
		return 1;
	}
	int rc = 0;
	for (int i = 1; i < argc || i == 1; i++) {
		const char *text = argc > 1 ? argv[i] : sample;
		sr_doc *doc = NULL;
		sr_event *ev = NULL;
		size_t n = 0;
		if (sr_analyze(text, strlen(text), NULL, 0, &doc) != SR_OK ||
		    sr_code(d, doc, 20240101, 0, &ev, &n) != SR_OK) {
			fprintf(stderr, "who_did_what: cannot code '%s'\n", text);
			rc = 1;
		}
		for (size_t k = 0; k < n; k++) {
			const char *sub = sr_acled_sub_event_type(ev[k].acled);
			printf("%s\t%s\t%s\t%s\n", ev[k].cameo, sub ? sub : "-", ev[k].source.code[0] ? ev[k].source.code : "-",
			       ev[k].target.code[0] ? ev[k].target.code : "-");
		}
		free(ev);
		sr_doc_free(doc);
		if (argc <= 1)
			break;
	}
	sr_dict_free(d);
	return rc;
}
