/* store.h: the event store (store.c).  Its public face is the sr_store_*
 * part of sitrep.h; this header holds what the store's own tests and the
 * CLI share with it. */
#ifndef SR_STORE_H
#define SR_STORE_H
#include "sitrep.h"

/* The schema version the code writes; migrations bring older stores up. */
#define SR_STORE_SCHEMA 7

#include <jansson.h>

/* The count of kind ("killed", "wounded") an event's JSON reports that the
 * store's columns and the exports show: the first not rejected, an
 * incident's before a cumulative one; NULL when none (store.c). */
json_t *sr_store_count_of(json_t *ev, const char *kind);

#endif
