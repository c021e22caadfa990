/* code.h: the coding stage's internals (public part in sitrep.h). */
#ifndef SR_CODE_H
#define SR_CODE_H
#include <stdbool.h>

#include "sitrep.h"

typedef struct sr_cameo_meaning {
	int root;          /* 1..20 */
	int quad;          /* GDELT's: 1 verbal cooperation .. 4 material conflict */
	double goldstein;  /* the root's value */
	const char *plover, *plover_mode; /* NULL when PLOVER has no such type */
	const char *acled, *acled_sub;    /* NULL when no ACLED event fits */
} sr_cameo_meaning;

/* What a CAMEO code ("19", "193", "1831") means; false for codes that
 * are not CAMEO event codes. */
bool sr_cameo_info(const char *code, sr_cameo_meaning *out);
#endif
