/* mkcountries: npm world-countries' countries.json -> a TABARI/PETRARCH
 * actors file of the world's countries, run at build time.
 *
 *   mkcountries COUNTRIES_JSON OUT [TABLE]
 *
 * Each country is one actor coded with its ISO 3166 alpha-3 code (as CAMEO
 * codes countries): its common and official names, its demonyms (and their
 * plurals: "Syrians"), its capitals (news says "Damascus" for the
 * government), alternative spellings of four letters or more (two- and
 * three-letter ones are too often words: "IN", "CAN"), and its common
 * name in Arabic.  Phrases end with '_' (whole words).
 *
 * TABLE, when given, gets a line a country for the exports: ISO 3166
 * alpha-2, alpha-3, numeric, the common name and the ACLED region, tab-
 * separated, sorted by alpha-2 (read by src/geo/countries.c). */
#include <ctype.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A phrase in the dictionary's form: words joined by '_', upper case
 * (ASCII), ending with '_'.  Empty when it holds characters the format
 * cannot carry ('[', '#', ';', '+' at the start). */
static void phrase(const char *s, char *out, size_t cap)
{
	size_t k = 0;
	int space = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && k + 3 < cap; p++) {
		if (*p == '[' || *p == ']' || *p == '#' || *p == ';' || *p == '{' || *p == '}' || *p == '!') {
			out[0] = '\0';
			return;
		}
		if (*p == ' ' || *p == '\t' || *p == '_') {
			space = 1;
			continue;
		}
		if (*p == ',' || *p == '(' || *p == ')')
			continue;
		if (space && k)
			out[k++] = '_';
		space = 0;
		out[k++] = (char)(*p < 0x80 ? toupper(*p) : *p);
	}
	if (!k) {
		out[0] = '\0';
		return;
	}
	out[k++] = '_';
	out[k] = '\0';
	if (out[0] == '+')
		out[0] = '\0';
}

static void line(FILE *f, const char *prefix, const char *s, const char *code, char seen[][128], int *n_seen)
{
	char p[128];
	phrase(s, p, sizeof p);
	/* (a common word among the spellings, Iceland's "Island", names no
	 * country in English news) */
	if (!p[0] || !strcmp(p, "ISLAND_"))
		return;
	for (int i = 0; i < *n_seen; i++)
		if (strcmp(seen[i], p) == 0)
			return;
	if (*n_seen < 64)
		strcpy(seen[(*n_seen)++], p);
	fprintf(f, "%s%s%s%s%s\n", prefix, p, code ? "  [" : "", code ? code : "", code ? "]" : "");
}

/* The region ACLED files a country under, from its UN subregion (as
 * world-countries gives it), with the countries ACLED files elsewhere:
 * Iran with the Middle East, the South Caucasus with Central Asia, Mexico
 * with Central America, Cyprus with Europe. */
static const char *acled_region(const char *cc2, const char *region, const char *sub)
{
	static const struct {
		const char *cc, *region;
	} EXCEPT[] = {{"IR", "Middle East"},
	              {"AM", "Caucasus and Central Asia"},
	              {"AZ", "Caucasus and Central Asia"},
	              {"GE", "Caucasus and Central Asia"},
	              {"MX", "Central America"},
	              {"CY", "Europe"}};
	for (size_t i = 0; i < sizeof EXCEPT / sizeof *EXCEPT; i++)
		if (!strcmp(cc2, EXCEPT[i].cc))
			return EXCEPT[i].region;
	static const struct {
		const char *sub, *region;
	} SUB[] = {{"Southern Asia", "South Asia"},
	           {"South-Eastern Asia", "Southeast Asia"},
	           {"Eastern Asia", "East Asia"},
	           {"Western Asia", "Middle East"},
	           {"Central Asia", "Caucasus and Central Asia"}};
	for (size_t i = 0; i < sizeof SUB / sizeof *SUB; i++)
		if (!strcmp(sub, SUB[i].sub))
			return SUB[i].region;
	if (!strcmp(region, "Europe"))
		return "Europe";
	if (!strcmp(region, "Oceania"))
		return "Oceania";
	if (!strcmp(region, "Antarctic"))
		return "Antarctica";
	return sub; /* the African subregions, the Caribbean, Central, South and North America: ACLED's names */
}

/* An alternate spelling news uses for another country: bare "Congo" is,
 * in news since 1997, mostly the Democratic Republic ("eastern Congo",
 * "Congo's army"); the other is "Congo Republic" or "Congo-Brazzaville". */
static bool others_name(const char *cc3, const char *alt)
{
	return !strcmp(cc3, "COG") && !strcmp(alt, "Congo");
}

/* Does a larger country share the people's name d ("Dominican": the
 * Dominican Republic's, not Dominica's)? */
static bool demonym_of_larger(json_t *root, json_t *c, const char *d)
{
	double area = json_number_value(json_object_get(c, "area"));
	size_t i;
	json_t *o;
	json_array_foreach(root, i, o)
	{
		json_t *dem = json_object_get(json_object_get(o, "demonyms"), "eng");
		const char *m = json_string_value(json_object_get(dem, "m")), *f = json_string_value(json_object_get(dem, "f"));
		if (o != c && ((m && !strcmp(m, d)) || (f && !strcmp(f, d))) &&
		    json_number_value(json_object_get(o, "area")) > area)
			return true;
	}
	return false;
}

/* The table of codes, names and regions (see the head of this file). */
static int write_table(json_t *root, const char *path)
{
	typedef struct row {
		char line[1024];
	} row;
	row *rows = calloc(json_array_size(root), sizeof *rows);
	size_t n = 0, i;
	json_t *c;
	if (!rows)
		return 1;
	json_array_foreach(root, i, c)
	{
		const char *cc2 = json_string_value(json_object_get(c, "cca2"));
		const char *cc3 = json_string_value(json_object_get(c, "cca3"));
		const char *num = json_string_value(json_object_get(c, "ccn3"));
		const char *name = json_string_value(json_object_get(json_object_get(c, "name"), "common"));
		const char *region = json_string_value(json_object_get(c, "region"));
		const char *sub = json_string_value(json_object_get(c, "subregion"));
		if (!cc2 || strlen(cc2) != 2 || !cc3 || !name || strchr(name, '\t'))
			continue;
		/* its other names, for users who write them: the official one and
		 * the alternate spellings of four letters or more ("Syrian Arab
		 * Republic", "DR Congo", "Ivory Coast") */
		char other[640] = "";
		size_t ol = 0, k;
		json_t *v;
		const char *official = json_string_value(json_object_get(json_object_get(c, "name"), "official"));
		if (official && !strchr(official, '\t') && !strchr(official, '|') && strcmp(official, name))
			ol += (size_t)snprintf(other + ol, sizeof other - ol, "%s", official);
		json_array_foreach(json_object_get(c, "altSpellings"), k, v)
		{
			const char *a = json_string_value(v);
			if (!a || strlen(a) < 4 || strchr(a, '\t') || strchr(a, '|') || !strcmp(a, name) || others_name(cc3, a) ||
			    (official && !strcmp(a, official)) || ol + strlen(a) + 2 >= sizeof other)
				continue;
			ol += (size_t)snprintf(other + ol, sizeof other - ol, "%s%s", ol ? "|" : "", a);
		}
		snprintf(rows[n++].line, sizeof rows->line, "%s\t%s\t%s\t%s\t%s\t%s\n", cc2, cc3, num ? num : "", name,
		         acled_region(cc2, region ? region : "", sub ? sub : ""), other);
	}
	qsort(rows, n, sizeof *rows, (int (*)(const void *, const void *))strcmp);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		free(rows);
		return 1;
	}
	for (i = 0; i < n; i++)
		fputs(rows[i].line, f);
	free(rows);
	if (fclose(f) != 0) {
		perror(path);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: mkcountries COUNTRIES_JSON OUT [TABLE]\n");
		return 2;
	}
	json_error_t err;
	json_t *root = json_load_file(argv[1], 0, &err);
	if (!root || !json_is_array(root)) {
		fprintf(stderr, "mkcountries: %s: line %d: %s\n", argv[1], err.line, err.text);
		return 1;
	}
	FILE *f = fopen(argv[2], "w");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	fprintf(f, "# Countries of the world, generated by tools/mkcountries from npm world-countries\n"
	           "# (ODbL-1.0, https://github.com/mledoze/countries). Do not edit: edit the generator.\n\n");
	size_t i, n = 0;
	json_t *c;
	json_array_foreach(root, i, c)
	{
		const char *code = json_string_value(json_object_get(c, "cca3"));
		json_t *name = json_object_get(c, "name");
		const char *common = json_string_value(json_object_get(name, "common"));
		if (!code || !common)
			continue;
		char seen[64][128];
		int n_seen = 0;
		line(f, "", common, code, seen, &n_seen);
		line(f, "+", json_string_value(json_object_get(name, "official")), NULL, seen, &n_seen);
		json_t *dem = json_object_get(json_object_get(c, "demonyms"), "eng");
		for (int g = 0; g < 2; g++) {
			const char *d = json_string_value(json_object_get(dem, g ? "f" : "m"));
			if (!d || demonym_of_larger(root, c, d))
				continue;
			line(f, "+", d, NULL, seen, &n_seen);
			char pl[128];
			size_t dl = strlen(d);
			if (dl > 0 && dl + 2 < sizeof pl && d[dl - 1] != 's' && !strchr(d, ' ')) {
				snprintf(pl, sizeof pl, "%ss", d);
				line(f, "+", pl, NULL, seen, &n_seen);
			}
		}
		size_t k;
		json_t *v;
		json_array_foreach(json_object_get(c, "capital"), k, v) line(f, "+", json_string_value(v), NULL, seen, &n_seen);
		json_array_foreach(json_object_get(c, "altSpellings"), k, v)
		{
			const char *a = json_string_value(v);
			if (a && strlen(a) >= 4 && !others_name(code, a))
				line(f, "+", a, NULL, seen, &n_seen);
		}
		const char *ara = json_string_value(
		    json_object_get(json_object_get(json_object_get(c, "translations"), "ara"), "common"));
		if (ara)
			line(f, "+", ara, NULL, seen, &n_seen);
		fputc('\n', f);
		n++;
	}
	if (fclose(f) != 0) {
		perror(argv[2]);
		json_decref(root);
		return 1;
	}
	if (argc == 4 && write_table(root, argv[3]) != 0) {
		json_decref(root);
		return 1;
	}
	json_decref(root);
	fprintf(stderr, "mkcountries: %zu countries\n", n);
	return 0;
}
