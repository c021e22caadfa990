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

/* A country's codes, name and ACLED region (countries.c). */
typedef struct sr_country_info {
	char cc2[3], cc3[4]; /* ISO 3166 alpha-2, alpha-3 */
	char numeric[4];     /* ISO 3166 numeric ("760"), empty when it has none */
	const char *name;    /* its common name ("Syria") */
	const char *acled_region; /* "Middle East", "Western Africa", ... */
	const char *other_names;  /* its official name and other spellings, '|' between ("" when none) */
} sr_country_info;
/* The country with ISO alpha-2 code cc2 (upper case); NULL when unknown or
 * when the table was not built. */
const sr_country_info *sr_geo_country(const char *cc2);
/* The country the resolved places v[0..n) name most, the first named on
 * a tie, into out ("" when none); returns how many of them name it. */
int sr_places_top_country(const sr_place *v, size_t n, char out[3]);
/* The country with ISO alpha-3 code cc3 (upper case); NULL when unknown. */
const sr_country_info *sr_geo_country_by_cc3(const char *cc3);
/* The country a user names, any case: its common name ("Syria"), its
 * official one ("Syrian Arab Republic") or another spelling ("DR Congo");
 * NULL when none. */
const sr_country_info *sr_geo_country_by_name(const char *name);
/* The country whose common name is nearest to name, when one is near
 * enough to suggest ("Syira": Syria); NULL when none is. */
const sr_country_info *sr_geo_country_nearest(const char *name);
/* The FIPS 10-4 code GDELT gives the country of ISO alpha-2 code cc2
 * ("SD": "SU"); NULL when it has none or the table is missing. */
const char *sr_geo_fips(const char *cc2);
/* The country of ISO 3166 numeric code numeric (760: Syria); NULL when
 * none. */
const sr_country_info *sr_geo_country_by_numeric(int numeric);
/* The country's name as ACLED writes it ("Democratic Republic of Congo",
 * "Turkey"), else its common name; NULL when unknown. */
const char *sr_geo_acled_country_name(const char *cc2);
/* Is the word a people's name in the gazetteer ("Syrian", "Afghans")?
 * Its country's ISO alpha-2 code into cc2 when so. */
bool sr_geo_demonym_country(const char *w, size_t n, char cc2[3]);
/* Is w[0, len) a common given name ("Karen"), an organisation whose name
 * is also a town's ("Nokia")?  (names.c, any case) */
bool sr_geo_given_name(const char *w, size_t len);
bool sr_geo_org_name(const char *w, size_t len);
/* Is token t of d a word of what joins towns ("the Negombo-Colombo
 * road", "highway", "axis")? */
bool sr_geo_route_word(const sr_doc *d, size_t t);
/* A country's capital (ISO alpha-2 cc2): its name, point and admin-1
 * code; false when the gazetteer has none. */
bool sr_geo_capital(const char *cc2, const char **name, double *lat, double *lon, char admin1[5]);
/* The name of the admin-1 division with GeoNames code admin1 in country
 * cc2 ("SY", "09" -> "Aleppo"); NULL when the gazetteer has none. */
const char *sr_geo_admin1_name(const char *cc2, const char *admin1);
/* A country named with a direction before it ("in northern Mali",
 * "south-east Turkey"): the part's point and name ("Northern Mali"),
 * where its towns lie (places.c); false when p is no such country. */
bool sr_geo_country_part(const sr_doc *d, const sr_place *p, double *lat, double *lon, const char **name);
#endif
