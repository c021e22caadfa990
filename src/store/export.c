/* export.c: the store's incidents (or mentions) in the formats event-data
 * users already have (docs/exports.md): JSON Lines, CSV, GeoJSON, ACLED's
 * columns (one row an incident), and GDELT 2.0's event table and PLOVER
 * records (mention formats: one row a coded event).  Each is a renderer of
 * the columns a record was stored with (sr_query_row): what an incident is
 * was decided when it was made, and here it is only spelled each format's
 * way.  Rows are written as they come: nothing is held but the row at
 * hand. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"
#include "../geo/geo.h"
#include "../incident/incident.h"
#include "../util/csv.h"
#include "../util/json.h"

sr_export_format sr_export_format_of(const char *name)
{
	static const struct {
		const char *n;
		sr_export_format f;
	} F[] = {{"jsonl", SR_EXPORT_JSONL}, {"csv", SR_EXPORT_CSV},     {"geojson", SR_EXPORT_GEOJSON},
	         {"gdelt", SR_EXPORT_GDELT}, {"acled", SR_EXPORT_ACLED}, {"plover", SR_EXPORT_PLOVER},
	         {"acled-numeric", SR_EXPORT_ACLED_NUMERIC}};
	for (size_t i = 0; name && i < sizeof F / sizeof *F; i++)
		if (strcmp(name, F[i].n) == 0)
			return F[i].f;
	return 0;
}

typedef struct ex {
	sr_store *s;
	sr_export_format fmt;
	FILE *f;
	long n, left_out;
	bool io_error;
	sr_status failed; /* a store error while reading an incident's lists */
	/* ACLED's rows handed to a function (sr_store_acled_rows), not written */
	int (*acled_fn)(void *user, const char *const *cols);
	void *acled_user;
	bool stop;
} ex;

/* ACLED's columns, in its order. */
static const char *const ACLED_COLUMNS[] = {
    "event_id_cnty", "event_date", "year",        "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1",    "assoc_actor_1", "inter1",        "actor2",        "assoc_actor_2",
    "inter2",        "interaction", "civilian_targeting", "iso",     "region",        "country",
    "admin1",        "admin2",     "admin3",      "location",       "latitude",      "longitude",
    "geo_precision", "source",     "source_scale", "notes",         "fatalities",    "tags",
    "timestamp"};

const char *const *sr_acled_columns(size_t *n)
{
	*n = sizeof ACLED_COLUMNS / sizeof *ACLED_COLUMNS;
	return ACLED_COLUMNS;
}

/* An ACLED row: to the function that asked for rows, else as CSV. */
static void acled_out(ex *x, const char *const *f, size_t n)
{
	if (x->acled_fn) {
		x->stop = x->acled_fn(x->acled_user, f) != 0;
		return;
	}
	sr_csv_row(x->f, f, n);
}

/* ---- small writers --------------------------------------------------------- */

static const char *str(const char *v)
{
	return v ? v : "";
}

/* A number as JSON and the formats write it: integral values without a
 * fraction. */
static void num(char *buf, size_t cap, double v)
{
	snprintf(buf, cap, "%g", v);
}

/* The count as a column: its number, or empty when there is none. */
static void count(char *buf, size_t cap, long long v)
{
	buf[0] = '\0';
	if (v >= 0)
		snprintf(buf, cap, "%lld", v);
}

/* A GDELT field: tabs and line ends are the format's separators. */
static void tsv(FILE *f, const char *v, bool last)
{
	for (v = v ? v : ""; *v; v++)
		fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, f);
	fputc(last ? '\n' : '\t', f);
}

/* The i-th of an actor's roles ("GOV,MIL"), into out; "" when none. */
static const char *sector(const char *sectors, size_t i, char out[8])
{
	out[0] = '\0';
	for (const char *p = sectors; p && *p; i--) {
		size_t l = strcspn(p, ",");
		if (!i) {
			snprintf(out, 8, "%.*s", (int)(l < 7 ? l : 7), p);
			break;
		}
		p += l + (p[l] == ',');
	}
	return out;
}

/* The event's sentence, cut from the article's text by its offsets. */
static void sentence_of(const sr_query_row *r, char *out, size_t cap)
{
	out[0] = '\0';
	if (!r->text || r->sentence < 0 || r->sentence_end < r->sentence_start || r->sentence_end > r->text_len)
		return;
	size_t x = r->sentence_start, len = r->sentence_end - x;
	size_t n = sr_utf8_cut(r->text + x, len, cap - 1);
	memcpy(out, r->text + x, n);
	out[n] = '\0';
	for (char *p = out; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}

/* ACLED's interaction codes of an actor, from its CAMEO roles: 1 state
 * forces, 2 rebel groups, 3 political militias, 5 rioters, 6 protesters,
 * 7 civilians, 8 external/other forces; 0 unknown. */
static int inter_of(const sr_row_actor *a)
{
	if (!a->code && !a->text)
		return 0;
	static const struct {
		const char *role;
		int inter;
	} R[] = {{"GOV", 1}, {"MIL", 1}, {"COP", 1}, {"SPY", 1}, {"JUD", 1}, {"REB", 2}, {"INS", 2},
	         {"SEP", 2}, {"UAF", 2}, {"OPP", 6}, {"CVL", 7}, {"MED", 7}, {"EDU", 7}, {"HLH", 7},
	         {"REF", 7}, {"LAB", 7}, {"BUS", 7}, {"REL", 7}};
	char s[8];
	for (size_t i = 0; *sector(a->sectors, i, s); i++)
		for (size_t k = 0; k < sizeof R / sizeof *R; k++)
			if (!strcmp(s, R[k].role))
				return R[k].inter;
	return !strcmp(str(a->country), "IGO") || !strncmp(str(a->code), "IGO", 3) ? 8 : 0;
}

/* ---- the formats ------------------------------------------------------------ */

static void header(ex *x)
{
	switch (x->fmt) {
	case SR_EXPORT_CSV:
		fputs("id,date,date_last,date_precision,country,place,lat,lon,geonameid,cameo,root,quad_class,goldstein,"
		      "plover_type,plover_mode,acled_event_type,acled_sub_event_type,source_code,source_text,target_code,"
		      "target_text,killed,attribution_type,attribution_status,confidence,article,url,title\r\n",
		      x->f);
		break;
	case SR_EXPORT_ACLED:
	case SR_EXPORT_ACLED_NUMERIC:
		for (size_t c = 0; c < sizeof ACLED_COLUMNS / sizeof *ACLED_COLUMNS; c++)
			fprintf(x->f, "%s%s", c ? "," : "", ACLED_COLUMNS[c]);
		fputs("\r\n", x->f);
		break;
	case SR_EXPORT_GEOJSON:
		fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", x->f);
		break;
	default: break;
	}
}

static void footer(ex *x)
{
	if (x->fmt == SR_EXPORT_GEOJSON)
		fputs("\n]}\n", x->f);
}

static void write_csv(ex *x, const sr_query_row *r)
{
	char id[32], lat[32] = "", lon[32] = "", gid[32] = "", qc[16] = "", gs[32] = "", k[32], conf[16];
	snprintf(id, sizeof id, "%lld", r->id);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.5f", r->lat);
		snprintf(lon, sizeof lon, "%.5f", r->lon);
	}
	if (r->geonameid >= 0)
		snprintf(gid, sizeof gid, "%lld", r->geonameid);
	if (r->quad_class)
		snprintf(qc, sizeof qc, "%d", r->quad_class);
	if (r->has_goldstein)
		num(gs, sizeof gs, r->goldstein);
	num(conf, sizeof conf, r->confidence);
	count(k, sizeof k, r->killed);
	const char *f[] = {id,
	                   r->date,
	                   r->date_last,
	                   r->date_precision,
	                   r->country,
	                   r->place,
	                   lat,
	                   lon,
	                   gid,
	                   r->cameo,
	                   r->root,
	                   qc,
	                   gs,
	                   r->plover,
	                   r->plover_mode,
	                   r->acled_event_type,
	                   r->acled,
	                   r->source_actor.code,
	                   r->source_actor.text,
	                   r->target_actor.code,
	                   r->target_actor.text,
	                   k,
	                   r->attribution_type,
	                   r->attribution_status,
	                   conf,
	                   r->article,
	                   r->url,
	                   r->title};
	sr_csv_row(x->f, f, sizeof f / sizeof *f);
}

/* GeoJSON: a Feature a row, its id the event's, its properties flat and
 * typed (strings, numbers, null), as GIS tools read them. */
static void write_geojson(ex *x, const sr_query_row *r)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, x->f);
	if (x->n)
		sr_buf_puts(&b, ",\n");
	sr_jw_obj_begin(&w);
	sr_jw_key(&w, "type");
	sr_jw_str(&w, "Feature");
	sr_jw_key(&w, "id");
	sr_jw_int(&w, r->id);
	sr_jw_key(&w, "geometry");
	if (r->has_point) {
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "type");
		sr_jw_str(&w, "Point");
		sr_jw_key(&w, "coordinates");
		sr_jw_arr_begin(&w);
		sr_jw_fixed(&w, r->lon, 6);
		sr_jw_fixed(&w, r->lat, 6);
		sr_jw_arr_end(&w);
		sr_jw_obj_end(&w);
	} else {
		sr_jw_null(&w);
	}
	sr_jw_key(&w, "properties");
	sr_jw_obj_begin(&w);
	const struct {
		const char *k, *v;
	} S[] = {{"date", r->date},
	         {"date_last", r->date_last},
	         {"date_precision", r->date_precision},
	         {"event_type", r->acled_event_type},
	         {"sub_event_type", r->acled},
	         {"cameo", r->cameo},
	         {"root", r->root},
	         {"plover_type", r->plover},
	         {"plover_mode", r->plover_mode},
	         {"source_code", r->source_actor.code},
	         {"source_text", r->source_actor.text},
	         {"target_code", r->target_actor.code},
	         {"target_text", r->target_actor.text},
	         {"place", r->place},
	         {"country", r->country},
	         {"admin1", r->admin1},
	         {"place_precision", r->place_precision},
	         {"attribution_text", r->attribution_text},
	         {"attribution_type", r->attribution_type},
	         {"attribution_status", r->attribution_status},
	         {"article", r->article},
	         {"url", r->url},
	         {"title", r->title}};
	sr_jw_key(&w, "id");
	sr_jw_int(&w, r->id);
	for (size_t i = 0; i < sizeof S / sizeof *S; i++) {
		sr_jw_key(&w, S[i].k);
		sr_jw_str(&w, S[i].v);
	}
	const struct {
		const char *k;
		long long v;
		bool has;
	} N[] = {{"cluster", r->cluster, r->cluster > 0},
	         {"quad_class", r->quad_class, r->quad_class > 0},
	         {"geonameid", r->geonameid, r->geonameid >= 0},
	         {"killed", r->killed, r->killed >= 0},
	         {"wounded", r->wounded, r->wounded >= 0},
	         {"arrested", r->arrested, r->arrested >= 0}};
	for (size_t i = 0; i < sizeof N / sizeof *N; i++) {
		sr_jw_key(&w, N[i].k);
		if (N[i].has)
			sr_jw_int(&w, N[i].v);
		else
			sr_jw_null(&w);
	}
	sr_jw_key(&w, "goldstein");
	if (r->has_goldstein)
		sr_jw_num(&w, r->goldstein);
	else
		sr_jw_null(&w);
	sr_jw_key(&w, "confidence");
	sr_jw_num(&w, r->confidence);
	sr_jw_obj_end(&w);
	sr_jw_obj_end(&w);
	if (!sr_jw_finish(&w) || b.failed)
		x->io_error = true;
	sr_buf_clear(&b);
}

/* GDELT 2.0: 61 columns.  The place's country is GDELT's FIPS 10-4 code
 * (data/fips/fips10-4.tsv), its ADM1Code that code and the division's
 * (GeoNames keeps FIPS division codes for most countries); the actors'
 * countries are CAMEO's, as GDELT's are.  AvgTone is empty: sitrep
 * measures no tone.  Actor geography is empty (events are placed, actors
 * are not). */
static void write_gdelt(ex *x, const sr_query_row *r)
{
	char id[32], day[16] = "", month[8] = "", year[8] = "", frac[16] = "", qc[8] = "", gs[16] = "", root_ev[4];
	snprintf(id, sizeof id, "%lld", r->id);
	int y = 0, m = 0, dd = 0;
	if (r->date && sscanf(r->date, "%4d-%2d-%2d", &y, &m, &dd) == 3) {
		snprintf(day, sizeof day, "%04d%02d%02d", y, m, dd);
		snprintf(month, sizeof month, "%04d%02d", y, m);
		snprintf(year, sizeof year, "%04d", y);
		snprintf(frac, sizeof frac, "%.4f", y + ((m - 1) * 30.4375 + dd) / 365.25);
	}
	if (r->quad_class)
		snprintf(qc, sizeof qc, "%d", r->quad_class);
	if (r->has_goldstein)
		num(gs, sizeof gs, r->goldstein);
	snprintf(root_ev, sizeof root_ev, "%d", r->sentence >= 0 && r->sentence <= 1);
	const char *cameo = str(r->cameo);
	char base[8], s[8];
	snprintf(base, sizeof base, "%.3s", cameo);
	FILE *f = x->f;
	tsv(f, id, false);
	tsv(f, day, false);
	tsv(f, month, false);
	tsv(f, year, false);
	tsv(f, frac, false);
	for (int a = 0; a < 2; a++) {
		const sr_row_actor *ac = a ? &r->target_actor : &r->source_actor;
		const char *cc = str(ac->country);
		bool igo = !strcmp(cc, "IGO");
		tsv(f, ac->code, false);
		tsv(f, ac->text, false);
		tsv(f, igo ? "" : cc, false);
		tsv(f, igo ? sector(ac->sectors, 0, s) : "", false); /* KnownGroupCode */
		tsv(f, "", false);                                   /* EthnicCode */
		tsv(f, "", false);                                   /* Religion1Code */
		tsv(f, "", false);                                   /* Religion2Code */
		for (size_t t = 0; t < 3; t++)
			tsv(f, igo ? "" : sector(ac->sectors, t, s), false);
	}
	tsv(f, root_ev, false);
	tsv(f, cameo, false);
	tsv(f, base, false);
	tsv(f, r->root, false);
	tsv(f, qc, false);
	tsv(f, gs, false);
	tsv(f, "1", false); /* NumMentions */
	tsv(f, "1", false); /* NumSources */
	tsv(f, "1", false); /* NumArticles */
	tsv(f, "", false);  /* AvgTone: none measured */
	for (int g = 0; g < 2; g++) /* Actor1Geo_, Actor2Geo_: 8 columns each */
		for (int c = 0; c < 8; c++)
			tsv(f, "", false);
	/* ActionGeo_ */
	const char *prec = str(r->place_precision), *cc = str(r->country);
	bool us = !strcmp(cc, "US");
	const char *type = !r->has_point                    ? ""
	                   : !strcmp(prec, "country")       ? "1"
	                   : !strcmp(prec, "admin1")        ? (us ? "2" : "5")
	                   : !strcmp(prec, "region")        ? "1"
	                                                    : (us ? "3" : "4");
	char full[256], adm1[32] = "", lat[32] = "", lon[32] = "", fid[32] = "";
	/* FullName as GDELT's: the place, its division, its country, by name */
	const char *name = str(r->place), *a1 = sr_geo_admin1_name(cc, str(r->admin1));
	const sr_country_info *ci = sr_geo_country(cc);
	const char *parts[2] = {a1, ci ? ci->name : cc};
	size_t fk = (size_t)snprintf(full, sizeof full, "%s", name);
	for (int i = 0; i < 2; i++)
		if (parts[i] && parts[i][0] && strcmp(parts[i], name) && fk < sizeof full)
			fk += (size_t)snprintf(full + fk, sizeof full - fk, "%s%s", fk ? ", " : "", parts[i]);
	const char *fips = sr_geo_fips(cc);
	if (!fips)
		fips = cc; /* a territory FIPS names not: its ISO code */
	if (cc[0] && str(r->admin1)[0])
		snprintf(adm1, sizeof adm1, "%s%s", fips, r->admin1);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	if (r->geonameid >= 0)
		snprintf(fid, sizeof fid, "%lld", r->geonameid);
	tsv(f, type, false);
	tsv(f, r->has_point ? full : "", false);
	tsv(f, r->has_point ? fips : "", false);
	tsv(f, adm1, false);
	tsv(f, "", false); /* ADM2Code */
	tsv(f, lat, false);
	tsv(f, lon, false);
	tsv(f, fid, false);
	/* DATEADDED: when the store took it */
	char added[16] = "";
	int Y, M, D, h, mi, sec;
	if (r->ingested && sscanf(r->ingested, "%4d-%2d-%2dT%2d:%2d:%2d", &Y, &M, &D, &h, &mi, &sec) == 6)
		snprintf(added, sizeof added, "%04d%02d%02d%02d%02d%02d", Y, M, D, h, mi, sec);
	tsv(f, added, false);
	tsv(f, r->url, true);
}

/* ACLED's actor types and interactions as its API gives them: labels
 * ("State forces", "State forces-Rebel group", "Rebel group only"), or
 * with its inter_num=1 the codes (1, 12, 20). */
static void inter_text(const ex *x, int code, bool pair, char *out, size_t cap)
{
	static const char *const L[] = {"",         "State forces", "Rebel group", "Political militia",
	                                "Identity militia", "Rioters", "Protesters", "Civilians",
	                                "External/Other forces"};
	out[0] = '\0';
	if (code <= 0)
		return;
	if (x->fmt == SR_EXPORT_ACLED_NUMERIC) {
		snprintf(out, cap, "%d", code);
		return;
	}
	if (!pair) {
		snprintf(out, cap, "%s", code <= 8 ? L[code] : "");
		return;
	}
	int a = code / 10, b = code % 10;
	if (a < 1 || a > 8 || b > 8)
		return;
	if (!b)
		snprintf(out, cap, "%s only", L[a]);
	else
		snprintf(out, cap, "%s-%s", L[a], L[b]);
}

/* ACLED's row of an incident: its columns as the incident stage decided
 * them (actors named and typed, interaction, time and geo precision, the
 * conservative toll, its notes), its associated actors and sources from
 * its lists.  An incident placed nowhere, not even in a country, makes no
 * valid row: it is left out (and counted). */
static void write_acled_incident(ex *x, const sr_query_row *r)
{
	const sr_row_incident *ri = r->incident;
	const char *cc = str(r->country);
	const sr_country_info *ci = sr_geo_country(cc);
	if (!ci) {
		x->left_out++;
		return;
	}
	char id[64], year[8] = "", tp[4] = "", lat[32] = "", lon[32] = "", geo[4] = "", fat[32], i1[32] = "", i2[32] = "",
	    inter[64] = "", iso[8] = "", ts[32] = "";
	snprintf(id, sizeof id, "%s%lld", ci->cc3, r->id);
	snprintf(year, sizeof year, "%.4s", str(r->date));
	if (ri->time_precision)
		snprintf(tp, sizeof tp, "%d", ri->time_precision);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	if (ri->geo_precision)
		snprintf(geo, sizeof geo, "%d", ri->geo_precision);
	snprintf(fat, sizeof fat, "%lld", ri->killed_acled);
	inter_text(x, ri->inter1, false, i1, sizeof i1);
	inter_text(x, ri->inter2, false, i2, sizeof i2);
	inter_text(x, ri->interaction, true, inter, sizeof inter);
	if (ci->numeric[0])
		snprintf(iso, sizeof iso, "%d", atoi(ci->numeric));
	if (r->ingested_s > 0)
		snprintf(ts, sizeof ts, "%lld", r->ingested_s);
	const char *sources = ri->sources ? ri->sources : r->site;
	/* an incident placed in a country alone: ACLED's row needs a location
	 * and an admin-1, and event data places a national event at its
	 * capital, at the coarsest geo precision */
	const char *location = r->place, *admin1 = ri->admin1_name;
	char cap_admin[5] = "";
	if (!r->has_point || !strcmp(str(r->place_precision), "country")) {
		const char *cap = NULL;
		double clat, clon;
		if (sr_geo_capital(ci->cc2, &cap, &clat, &clon, cap_admin)) {
			location = cap;
			admin1 = sr_geo_admin1_name(ci->cc2, cap_admin);
			snprintf(lat, sizeof lat, "%.4f", clat);
			snprintf(lon, sizeof lon, "%.4f", clon);
			snprintf(geo, sizeof geo, "3");
		} else {
			location = ci->name;
		}
	}
	const char *f[] = {id,
	                   r->date,
	                   year,
	                   tp,
	                   ri->disorder_type,
	                   r->acled_event_type,
	                   r->acled,
	                   r->source_actor.text,
	                   ri->assoc1,
	                   i1,
	                   r->target_actor.text,
	                   ri->assoc2,
	                   i2,
	                   inter,
	                   ri->civilian_targeting ? "Civilian targeting" : "",
	                   iso,
	                   ci->acled_region,
	                   sr_geo_acled_country_name(ci->cc2),
	                   admin1 ? admin1 : "",
	                   "",
	                   "",
	                   location,
	                   lat,
	                   lon,
	                   geo,
	                   sources,
	                   "",
	                   ri->notes,
	                   fat,
	                   "",
	                   ts};
	acled_out(x, f, sizeof f / sizeof *f);
}

static void write_acled(ex *x, const sr_query_row *r)
{
	if (r->incident) {
		write_acled_incident(x, r);
		return;
	}
	char id[40], year[8] = "", lat[32] = "", lon[32] = "", fat[32], inter1[32] = "", inter2[32] = "", inter[64] = "";
	const char *cc = str(r->country), *d = str(r->date);
	/* the country as ACLED gives it: its alpha-3 code heads the id, its
	 * numeric code, region and name have their columns */
	const sr_country_info *ci = sr_geo_country(cc);
	snprintf(id, sizeof id, "%s%lld", ci ? ci->cc3 : cc[0] ? cc : "XXX", r->id);
	const char *admin1 = str(r->admin1), *a1 = sr_geo_admin1_name(cc, admin1);
	char iso[8] = ""; /* a number, as ACLED writes it: 4, not 004 */
	if (ci && ci->numeric[0])
		snprintf(iso, sizeof iso, "%d", atoi(ci->numeric));
	snprintf(year, sizeof year, "%.4s", d);
	const char *prec = str(r->date_precision);
	const char *tp = !strcmp(prec, "day") || !strcmp(prec, "time") ? "1" : !strcmp(prec, "week") ? "2" : "3";
	const char *et = str(r->acled_event_type);
	const char *disorder = !strcmp(et, "Protests")                  ? "Demonstrations"
	                       : !strcmp(et, "Riots")                   ? "Political violence; Demonstrations"
	                       : !strcmp(et, "Strategic developments") ? "Strategic developments"
	                       : et[0]                                   ? "Political violence"
	                                                                 : "";
	int i1 = inter_of(&r->source_actor), i2 = inter_of(&r->target_actor);
	inter_text(x, i1, false, inter1, sizeof inter1);
	inter_text(x, i2, false, inter2, sizeof inter2);
	if (i1 || i2) {
		int a = i1 && i2 ? (i1 < i2 ? i1 : i2) : (i1 ? i1 : i2), b = i1 && i2 ? (i1 < i2 ? i2 : i1) : 0;
		inter_text(x, a * 10 + b, true, inter, sizeof inter);
	}
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	const char *pp = str(r->place_precision);
	const char *geo = !r->has_point ? "" : !strcmp(pp, "city") || !strcmp(pp, "site") ? "1"
	                  : !strcmp(pp, "admin1") || !strcmp(pp, "admin2") ? "2"
	                                                                   : "3";
	snprintf(fat, sizeof fat, "%lld", r->killed > 0 ? r->killed : 0);
	char notes[1024];
	sentence_of(r, notes, sizeof notes);
	const char *source = str(r->attribution_text);
	if (!source[0])
		source = str(r->site);
	char ts[32] = "";
	if (r->ingested_s > 0)
		snprintf(ts, sizeof ts, "%lld", r->ingested_s);
	bool civilians = i2 == 7 && !strcmp(et, "Violence against civilians");
	const char *f[] = {id,
	                   d,
	                   year,
	                   tp,
	                   disorder,
	                   et,
	                   r->acled,
	                   r->source_actor.text,
	                   "",
	                   inter1,
	                   r->target_actor.text,
	                   "",
	                   inter2,
	                   inter,
	                   civilians ? "Civilian targeting" : "",
	                   iso,
	                   ci ? ci->acled_region : "",
	                   ci ? sr_geo_acled_country_name(ci->cc2) : cc,
	                   a1 ? a1 : admin1,
	                   "",
	                   "",
	                   r->place,
	                   lat,
	                   lon,
	                   geo,
	                   source,
	                   "",
	                   notes,
	                   fat,
	                   "",
	                   ts};
	acled_out(x, f, sizeof f / sizeof *f);
}

static json_t *str_or_null(const char *v)
{
	return v ? json_string(v) : json_null();
}

/* PLOVER: a JSON record a line (id, date, actor, recipient, event, mode,
 * event_loc, event_text, size, quad_code, cite_info, coder). */
static void write_plover(ex *x, const sr_query_row *r)
{
	json_t *rec = json_object();
	char id[32];
	snprintf(id, sizeof id, "sitrep-%lld", r->id);
	json_object_set_new(rec, "id", json_string(id));
	json_object_set_new(rec, "date", json_string(str(r->date)));
	const sr_row_actor *src = &r->source_actor, *tgt = &r->target_actor;
	json_object_set_new(rec, "actor", src->code || src->text ? json_pack("[s]", str(src->code)) : json_array());
	json_object_set_new(rec, "recipient", tgt->code || tgt->text ? json_pack("[s]", str(tgt->code)) : json_array());
	json_object_set_new(rec, "event", str_or_null(r->plover));
	json_object_set_new(rec, "mode", str_or_null(r->plover ? r->plover_mode : NULL));
	if (r->place && r->has_point)
		json_object_set_new(rec, "event_loc",
		                    json_pack("{s:s,s:f,s:f,s:s,s:o}", "name", r->place, "lat", r->lat, "lon", r->lon,
		                              "country", str(r->country),
		                              "geonameid", r->geonameid >= 0 ? json_integer(r->geonameid) : json_null()));
	char text[1024];
	sentence_of(r, text, sizeof text);
	json_object_set_new(rec, "event_text", json_string(text));
	json_t *size = json_object();
	const struct {
		const char *k;
		long long v;
	} K[] = {{"dead", r->killed}, {"injured", r->wounded}, {"arrested", r->arrested}};
	for (size_t i = 0; i < 3; i++)
		if (K[i].v >= 0)
			json_object_set_new(size, K[i].k, json_integer(K[i].v));
	json_object_set_new(rec, "size", size);
	json_object_set_new(rec, "quad_code", r->quad_class ? json_integer(r->quad_class) : json_null());
	json_object_set_new(rec, "cite_info",
	                    json_pack("{s:s?,s:s?,s:s?}", "url", r->url, "title", r->title, "article", r->article));
	json_object_set_new(rec, "coder", json_string("sitrep " SITREP_VERSION));
	if (json_dumpf(rec, x->f, JSON_COMPACT | JSON_REAL_PRECISION(10)) != 0)
		x->io_error = true;
	fputc('\n', x->f);
	json_decref(rec);
}

static int export_row(void *user, const sr_query_row *r)
{
	ex *x = user;
	switch (x->fmt) {
	case SR_EXPORT_JSONL:
		/* the rendered copy: an incident in its one shape, as `sitrep code`
		 * printed it (its cluster in it); a mention as `--mentions` did */
		fputs(r->json ? r->json : "{}", x->f);
		fputc('\n', x->f);
		break;
	case SR_EXPORT_CSV: write_csv(x, r); break;
	case SR_EXPORT_GEOJSON: write_geojson(x, r); break;
	case SR_EXPORT_GDELT: write_gdelt(x, r); break;
	case SR_EXPORT_ACLED:
	case SR_EXPORT_ACLED_NUMERIC: write_acled(x, r); break;
	case SR_EXPORT_PLOVER: write_plover(x, r); break;
	default: break;
	}
	x->n++;
	if (x->f && ferror(x->f))
		x->io_error = true;
	return x->io_error || x->failed != SR_OK || x->stop;
}

sr_status sr_store_acled_rows(sr_store *s, const sr_query *q, int numeric,
                              int (*fn)(void *user, const char *const *cols), void *user, long *left_out)
{
	ex x = {s, numeric ? SR_EXPORT_ACLED_NUMERIC : SR_EXPORT_ACLED, NULL, 0, 0, false, SR_OK, fn, user, false};
	sr_status st = sr_store_query(s, q, export_row, &x);
	if (left_out)
		*left_out = x.left_out;
	return st == SR_OK ? x.failed : st;
}

sr_status sr_store_export(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f, long *left_out)
{
	if (!fmt)
		return SR_EINVAL;
	ex x = {s, fmt, f, 0, 0, false, SR_OK, NULL, NULL, false};
	/* GDELT's event table and PLOVER's records are of coded events: mentions */
	sr_query qq = *q;
	if (fmt == SR_EXPORT_GDELT || fmt == SR_EXPORT_PLOVER)
		qq.mentions = 1;
	header(&x);
	sr_status st = sr_store_query(s, &qq, export_row, &x);
	footer(&x);
	if (left_out)
		*left_out = x.left_out;
	if (st == SR_OK && x.failed != SR_OK)
		st = x.failed;
	if (fflush(f) != 0 || ferror(f) || x.io_error)
		return st == SR_OK ? SR_EIO : st;
	return st;
}

/* ---- clusters --------------------------------------------------------------------- */

typedef struct cx {
	sr_export_format fmt;
	FILE *f;
	long n;
} cx;

static int export_cluster(void *user, const sr_cluster_row *r)
{
	cx *x = user;
	char id[32], na[32], ns[32], nev[32], killed[32] = "", lat[32] = "", lon[32] = "", rep[32];
	snprintf(id, sizeof id, "%lld", r->id);
	snprintf(na, sizeof na, "%lld", r->n_articles);
	snprintf(ns, sizeof ns, "%lld", r->n_sources);
	snprintf(nev, sizeof nev, "%lld", r->n_events);
	snprintf(rep, sizeof rep, "%lld", r->representative);
	count(killed, sizeof killed, r->killed);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	if (x->fmt == SR_EXPORT_CSV) {
		if (!x->n)
			fputs("cluster,articles,sources,events,first_seen,date_first,date_last,country,place,lat,lon,cameo,"
			      "plover,acled,source,target,killed,representative\r\n",
			      x->f);
		const char *f[] = {id,         na,       ns,       nev,      r->first_seen, r->date_first,
		                   r->date_last, r->country, r->place, lat,      lon,           r->cameo,
		                   r->plover,  r->acled, r->source, r->target, killed,       rep};
		sr_csv_row(x->f, f, sizeof f / sizeof *f);
	} else {
		sr_buf b;
		sr_buf_init(&b, 0);
		sr_jw w;
		sr_jw_init_file(&w, &b, x->f);
		sr_jw_obj_begin(&w);
		const struct {
			const char *k;
			long long v;
		} N[] = {{"cluster", r->id}, {"articles", r->n_articles}, {"sources", r->n_sources}, {"events", r->n_events}};
		for (size_t i = 0; i < sizeof N / sizeof *N; i++) {
			sr_jw_key(&w, N[i].k);
			sr_jw_int(&w, N[i].v);
		}
		const struct {
			const char *k, *v;
		} S[] = {{"first_seen", r->first_seen}, {"date_first", r->date_first}, {"date_last", r->date_last},
		         {"country", r->country},       {"place", r->place},           {"cameo", r->cameo},
		         {"plover", r->plover},         {"acled", r->acled},           {"source", r->source},
		         {"target", r->target}};
		for (size_t i = 0; i < sizeof S / sizeof *S; i++) {
			sr_jw_key(&w, S[i].k);
			sr_jw_str(&w, S[i].v);
		}
		sr_jw_key(&w, "representative");
		sr_jw_int(&w, r->representative);
		sr_jw_key(&w, "killed");
		if (r->killed >= 0)
			sr_jw_int(&w, r->killed);
		else
			sr_jw_null(&w);
		sr_jw_obj_end(&w);
		sr_buf_putc(&b, '\n');
		sr_jw_finish(&w);
		sr_buf_clear(&b);
	}
	x->n++;
	return ferror(x->f) != 0;
}

sr_status sr_store_export_clusters(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f)
{
	if (fmt != SR_EXPORT_CSV && fmt != SR_EXPORT_JSONL)
		return SR_EINVAL;
	cx x = {fmt, f, 0};
	sr_status st = sr_store_clusters(s, q, export_cluster, &x);
	if (fflush(f) != 0 || ferror(f))
		return st == SR_OK ? SR_EIO : st;
	return st;
}
