/* cameo.c: what a CAMEO code means for its users: quad class, Goldstein
 * value, PLOVER type and mode, ACLED event and sub-event type; see
 * code.h.
 *
 * Written here from the CAMEO 1.1b3 codebook's categories, PLOVER's type
 * definitions and ACLED's taxonomy.  Goldstein values are those of the 20
 * roots (each root's "not specified" base code); every code takes its
 * root's value.  Quad class follows GDELT (1 verbal
 * cooperation 01-05, 2 material cooperation 06-08, 3 verbal conflict
 * 09-13, 4 material conflict 14-20).  ACLED types apply only to codes that
 * name one of its events (fighting, shelling, air strikes, bombings,
 * abductions, attacks on civilians, protests, riots, arrests, agreements). */
#include "code.h"

#include <string.h>

typedef struct row {
	const char *code; /* prefix: "19" matches 19x; the longest listed prefix wins */
	double goldstein; /* roots only */
	const char *plover, *mode;
	const char *acled, *acled_sub;
} row;

static const row ROWS[] = {
    {"01", 0.0, NULL, NULL, NULL, NULL},
    {"02", 3.0, "REQUEST", NULL, NULL, NULL},
    {"03", 4.0, "AGREE", NULL, NULL, NULL},
    {"04", 1.0, "CONSULT", NULL, NULL, NULL},
    {"05", 3.5, "COOPERATE", NULL, NULL, NULL},
    {"051", 0, "SUPPORT", NULL, NULL, NULL},
    {"057", 0, "AGREE", NULL, "Strategic developments", "Agreement"},
    {"06", 6.0, "COOPERATE", NULL, NULL, NULL},
    {"07", 7.0, "AID", NULL, NULL, NULL},
    {"08", 5.0, "CONCEDE", NULL, NULL, NULL},
    {"084", 0, "RETREAT", "release", NULL, NULL},
    {"086", 0, "RETREAT", "access", NULL, NULL},
    {"087", 0, "RETREAT", "withdraw", NULL, NULL},
    {"0871", 0, "RETREAT", "ceasefire", "Strategic developments", "Agreement"},
    {"0872", 0, "RETREAT", "access", NULL, NULL},
    {"0873", 0, "RETREAT", "disarm", NULL, NULL},
    {"0874", 0, "RETREAT", "withdraw", "Strategic developments", "Non-violent transfer of territory"},
    {"09", -2.0, NULL, NULL, NULL, NULL},
    {"10", -5.0, "REQUEST", NULL, NULL, NULL},
    {"11", -2.0, "ACCUSE", NULL, NULL, NULL},
    {"12", -4.0, "REJECT", NULL, NULL, NULL},
    {"13", -4.4, "THREATEN", NULL, NULL, NULL},
    {"138", 0, "THREATEN", NULL, NULL, NULL},
    {"14", -6.5, "PROTEST", "demo", "Protests", "Peaceful protest"},
    {"143", 0, "PROTEST", "strike", "Protests", "Peaceful protest"},
    {"144", 0, "PROTEST", "obstruct", "Protests", "Peaceful protest"},
    {"145", 0, "PROTEST", "riot", "Riots", "Violent demonstration"},
    {"15", -7.2, "MOBILIZE", NULL, NULL, NULL},
    {"16", -4.0, "SANCTION", NULL, NULL, NULL},
    {"17", -7.0, "COERCE", NULL, NULL, NULL},
    {"171", 0, "COERCE", "seize", "Strategic developments", "Looting/property destruction"},
    {"1711", 0, "COERCE", "seize", "Strategic developments", "Looting/property destruction"},
    {"1712", 0, "ASSAULT", "destroy", "Strategic developments", "Looting/property destruction"},
    {"172", 0, "COERCE", "restrict", NULL, NULL},
    {"173", 0, "COERCE", "arrest", "Strategic developments", "Arrests"},
    {"174", 0, "COERCE", "deport", NULL, NULL},
    {"175", 0, "COERCE", "restrict", "Protests", "Excessive force against protesters"},
    {"18", -9.0, "ASSAULT", NULL, "Violence against civilians", "Attack"},
    {"181", 0, "ASSAULT", "abduct", "Violence against civilians", "Abduction/forced disappearance"},
    {"182", 0, "ASSAULT", "beat", "Violence against civilians", "Attack"},
    {"1821", 0, "ASSAULT", "sexual", "Violence against civilians", "Sexual violence"},
    {"1822", 0, "ASSAULT", "torture", "Violence against civilians", "Attack"},
    {"1823", 0, "ASSAULT", "targeted", "Violence against civilians", "Attack"},
    {"183", 0, "ASSAULT", "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"1831", 0, "ASSAULT", "suicide-attack", "Explosions/Remote violence", "Suicide bomb"},
    {"1832", 0, "ASSAULT", "suicide-attack", "Explosions/Remote violence", "Suicide bomb"},
    {"1833", 0, "ASSAULT", "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"184", 0, "ASSAULT", "primitive", "Violence against civilians", "Attack"},
    {"185", 0, "ASSAULT", "targeted", "Violence against civilians", "Attack"},
    {"186", 0, "ASSAULT", "targeted", "Violence against civilians", "Attack"},
    {"19", -10.0, "ASSAULT", "firearms", "Battles", "Armed clash"},
    {"191", 0, "MOBILIZE", NULL, NULL, NULL},
    {"192", 0, "ASSAULT", "firearms", "Battles", "Non-state actor overtakes territory"},
    {"193", 0, "ASSAULT", "firearms", "Battles", "Armed clash"},
    {"194", 0, "ASSAULT", "heavy-weapons", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"195", 0, "ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike"},
    {"1951", 0, "ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike"},
    {"1952", 0, "ASSAULT", "drone", "Explosions/Remote violence", "Air/drone strike"},
    {"196", 0, "ASSAULT", "firearms", "Battles", "Armed clash"},
    {"20", -10.0, "ASSAULT", "unconventional", "Violence against civilians", "Attack"},
    {"201", 0, "COERCE", "deport", NULL, NULL},
    {"202", 0, "ASSAULT", "unconventional", "Violence against civilians", "Attack"},
    {"203", 0, "ASSAULT", "unconventional", "Violence against civilians", "Attack"},
    {"204", 0, "ASSAULT", "unconventional", "Explosions/Remote violence", "Chemical weapon"},
};

bool sr_cameo_info(const char *code, sr_cameo_meaning *out)
{
	memset(out, 0, sizeof *out);
	size_t n = code ? strlen(code) : 0;
	if (n < 2 || n > 4)
		return false;
	for (size_t i = 0; i < n; i++)
		if (code[i] < '0' || code[i] > '9')
			return false;
	const row *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < sizeof ROWS / sizeof *ROWS; i++) {
		size_t l = strlen(ROWS[i].code);
		if (l <= n && l > best_len && memcmp(ROWS[i].code, code, l) == 0) {
			best = &ROWS[i];
			best_len = l;
		}
	}
	if (!best)
		return false;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 1 || root > 20)
		return false;
	out->root = root;
	out->quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
	/* the root's value */
	for (size_t i = 0; i < sizeof ROWS / sizeof *ROWS; i++)
		if (strlen(ROWS[i].code) == 2 && memcmp(ROWS[i].code, code, 2) == 0)
			out->goldstein = ROWS[i].goldstein;
	out->plover = best->plover;
	out->plover_mode = best->mode;
	out->acled = best->acled;
	out->acled_sub = best->acled_sub;
	return true;
}
