/* sitrep.h: the public interface of libsitrep, one header per stage.
 *
 *   sitrep/status.h    status codes, the library's conventions, errors, stops
 *   sitrep/article.h   extraction: pages into articles; near-duplicates
 *   sitrep/nlp.h       the language core: sentences, tokens, dates, counts, sources
 *   sitrep/geo.h       places and the gazetteer
 *   sitrep/dict.h      TABARI/PETRARCH dictionaries
 *   sitrep/code.h      the coder, the typed event record and its renderers
 *   sitrep/incident.h  incidents: one record per real-world event, as ACLED codes it
 *   sitrep/input.h     the input stage: files, WARC, JSON Lines, feeds, URLs
 *   sitrep/store.h     the store (SQLite, PostgreSQL), queries and exports
 *   sitrep/pipeline.h  the stages composed, on threads; the feed watcher
 *   sitrep/serve.h     the HTTP API and the dashboard
 *
 * The conventions every part keeps are in sitrep/status.h. */
#ifndef SITREP_H
#define SITREP_H

#include "sitrep/status.h"
#include "sitrep/article.h"
#include "sitrep/nlp.h"
#include "sitrep/geo.h"
#include "sitrep/dict.h"
#include "sitrep/code.h"
#include "sitrep/incident.h"
#include "sitrep/input.h"
#include "sitrep/store.h"
#include "sitrep/pipeline.h"
#include "sitrep/serve.h"

#endif
