/* sitrep/geo.h: places: names found in a text, resolved with the gazetteer
 * built at set-up (GeoNames' places of 1,000 people or more, countries,
 * sitrep's aliases). */
#ifndef SITREP_GEO_H
#define SITREP_GEO_H

#include "nlp.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sr_geo_precision {
	SR_GEO_SITE = 1,
	SR_GEO_CITY,
	SR_GEO_ADMIN2, /* a county, district, parish */
	SR_GEO_ADMIN1,
	SR_GEO_COUNTRY,
	SR_GEO_REGION
} sr_geo_precision;
enum { SR_PLACE_TOPONYM = 0, SR_PLACE_DEMONYM = 1 };
typedef struct sr_place {
	size_t sentence;
	size_t start, end;  /* the words as written */
	int32_t geonameid;  /* GeoNames id; -1 for a country */
	double lat, lon;
	char country[3];    /* ISO 3166 alpha-2 */
	char admin1[5];     /* GeoNames admin-1 code */
	char fcode[7];      /* GeoNames feature code: "PPLA", "PPLC"; "PCLI" for a country */
	uint8_t precision;  /* sr_geo_precision */
	uint8_t kind;       /* SR_PLACE_TOPONYM, or SR_PLACE_DEMONYM ("Syrian": Syria) */
	uint8_t metonymy;   /* "Jordan said": the place stands for its government */
	uint8_t dateline;   /* the dateline's place ("BEIRUT (AP) --") */
	uint8_t resolved;   /* 0: a place the gazetteer does not know ("in Kelleyland"),
	                       kept with its words and no point */
	float confidence;   /* 0.5 close call .. 0.95 clear */
	const char *name;   /* the gazetteer's name (lives as long as the process) */
} sr_place;
/* The places of doc; *out malloc'ed.  With no gazetteer, none (check
 * sr_gazetteer_available). */
SR_API sr_status sr_places_find(const sr_doc *doc, sr_place **out, size_t *n);
SR_API int sr_gazetteer_available(void);
SR_API const char *sr_geo_precision_name(int precision); /* "city" ... */

#ifdef __cplusplus
}
#endif
#endif
