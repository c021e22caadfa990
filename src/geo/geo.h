/* geo.h: the places stage's internals (public part in sitrep.h): the
 * gazetteer made at build time, and the places of a text. */
#ifndef SR_GEO_H
#define SR_GEO_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"

/* Great-circle distance in km between two points (degrees). */
double sr_geo_km(double la1, double lo1, double la2, double lo2);
#endif
