/* geo.h: the places stage's internals (public part in sitrep.h): the
 * gazetteer made at build time, and the places of a text. */
#ifndef SR_GEO_H
#define SR_GEO_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"
#endif
