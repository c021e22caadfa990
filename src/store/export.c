/* export.c: the store's events in the formats event-data users already
 * have (see README "Export formats"): JSON Lines, CSV, GeoJSON, GDELT 2.0's
 * event table, ACLED's columns and PLOVER records.  Each event is read back
 * from its stored JSON (jansson) and written as it comes: nothing is held
 * but the row at hand. */
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "../geo/geo.h"

sr_export_format sr_export_format_of(const char *name)
{
	static const struct {
		const char *n;
		sr_export_format f;
	} F[] = {{"jsonl", SR_EXPORT_JSONL}, {"csv", SR_EXPORT_CSV},     {"geojson", SR_EXPORT_GEOJSON},
	         {"gdelt", SR_EXPORT_GDELT}, {"acled", SR_EXPORT_ACLED}, {"plover", SR_EXPORT_PLOVER}};
	for (size_t i = 0; name && i < sizeof F / sizeof *F; i++)
		if (strcmp(name, F[i].n) == 0)
			return F[i].f;
	return 0;
}

typedef struct ex {
	sr_export_format fmt;
	FILE *f;
	long n;
	bool io_error;
} ex;

/* ---- small writers --------------------------------------------------------- */

static const char *str(json_t *v)
{
	return json_is_string(v) ? json_string_value(v) : "";
}

static json_t *get(json_t *o, const char *a, const char *b)
{
	json_t *v = json_object_get(o, a);
	return b ? (json_is_object(v) ? json_object_get(v, b) : NULL) : v;
}

/* A CSV field (RFC 4180), then ',' or the line's end. */
static void csv(FILE *f, const char *v, bool last)
{
	v = v ? v : "";
	if (strpbrk(v, ",\"\r\n")) {
		fputc('"', f);
		for (; *v; v++) {
			if (*v == '"')
				fputc('"', f);
			fputc(*v, f);
		}
		fputc('"', f);
	} else {
		fputs(v, f);
	}
	fputs(last ? "\r\n" : ",", f);
}

/* A GDELT field: tabs and line ends are the format's separators. */
static void tsv(FILE *f, const char *v, bool last)
{
	for (v = v ? v : ""; *v; v++)
		fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, f);
	fputc(last ? '\n' : '\t', f);
}

static void num(char *buf, size_t cap, json_t *v)
{
	if (json_is_integer(v))
		snprintf(buf, cap, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		snprintf(buf, cap, "%g", json_real_value(v));
	else
		buf[0] = '\0';
}

/* The count of kind an event reports (best, else low), -1 when none: the
 * same choice as the store's killed columns. */
static long long count_of(json_t *e, const char *kind)
{
	json_t *best = sr_store_count_of(e, kind);
	if (!best)
		return -1;
	json_t *v = json_object_get(best, "best");
	if (!json_is_integer(v))
		v = json_object_get(best, "low");
	return json_is_integer(v) ? (long long)json_integer_value(v) : -1;
}

/* The event's sentence, cut from the article's text by its offsets. */
static void sentence_of(const sr_query_row *r, json_t *e, char *out, size_t cap)
{
	out[0] = '\0';
	json_t *s = json_object_get(e, "sentence");
	json_t *a = json_object_get(s, "start"), *b = json_object_get(s, "end");
	if (!r->text || !json_is_integer(a) || !json_is_integer(b))
		return;
	long long x = json_integer_value(a), y = json_integer_value(b);
	if (x < 0 || y < x || (size_t)y > r->text_len)
		return;
	size_t n = (size_t)(y - x) < cap - 1 ? (size_t)(y - x) : cap - 1;
	/* never cut a UTF-8 sequence */
	while (n && n < (size_t)(y - x) && ((unsigned char)r->text[x + (long long)n] & 0xC0) == 0x80)
		n--;
	memcpy(out, r->text + x, n);
	out[n] = '\0';
	for (char *p = out; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}

/* ACLED's interaction codes of an actor, from its CAMEO roles: 1 state
 * forces, 2 rebel groups, 3 political militias, 5 rioters, 6 protesters,
 * 7 civilians, 8 external/other forces; 0 unknown. */
static int inter_of(json_t *actor)
{
	if (!json_is_object(actor))
		return 0;
	const char *code = str(json_object_get(actor, "code"));
	const char *cc = str(json_object_get(actor, "country"));
	json_t *sec = json_object_get(actor, "sector"), *x;
	size_t i;
	int r = 0;
	json_array_foreach(sec, i, x)
	{
		const char *s = str(x);
		if (!strcmp(s, "GOV") || !strcmp(s, "MIL") || !strcmp(s, "COP") || !strcmp(s, "SPY") || !strcmp(s, "JUD"))
			r = r ? r : 1;
		else if (!strcmp(s, "REB") || !strcmp(s, "INS") || !strcmp(s, "SEP") || !strcmp(s, "UAF"))
			r = r ? r : 2;
		else if (!strcmp(s, "OPP"))
			r = r ? r : 6;
		else if (!strcmp(s, "CVL") || !strcmp(s, "MED") || !strcmp(s, "EDU") || !strcmp(s, "HLH") ||
		         !strcmp(s, "REF") || !strcmp(s, "LAB") || !strcmp(s, "BUS") || !strcmp(s, "REL"))
			r = r ? r : 7;
	}
	if (!r && (!strcmp(cc, "IGO") || !strncmp(code, "IGO", 3)))
		r = 8;
	return r;
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
		fputs("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
		      "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
		      "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
		      "fatalities,tags,timestamp\r\n",
		      x->f);
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

static void write_csv(ex *x, const sr_query_row *r, json_t *e)
{
	char id[32], lat[32] = "", lon[32] = "", gid[32], qc[16], gs[32], k[32] = "", conf[16];
	snprintf(id, sizeof id, "%lld", r->id);
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.5f", r->lat);
		snprintf(lon, sizeof lon, "%.5f", r->lon);
	}
	num(gid, sizeof gid, get(e, "place", "geonameid"));
	num(qc, sizeof qc, get(e, "quad_class", NULL));
	num(gs, sizeof gs, get(e, "goldstein", NULL));
	num(conf, sizeof conf, get(e, "confidence", NULL));
	long long kl = count_of(e, "killed");
	if (kl >= 0)
		snprintf(k, sizeof k, "%lld", kl);
	const char *f[] = {id,
	                   str(get(e, "date", "first")),
	                   str(get(e, "date", "last")),
	                   str(get(e, "date", "precision")),
	                   str(get(e, "place", "country")),
	                   str(get(e, "place", "name")),
	                   lat,
	                   lon,
	                   gid,
	                   str(get(e, "cameo", NULL)),
	                   str(get(e, "root", NULL)),
	                   qc,
	                   gs,
	                   str(get(e, "plover", "type")),
	                   str(get(e, "plover", "mode")),
	                   str(get(e, "acled", "event_type")),
	                   str(get(e, "acled", "sub_event_type")),
	                   str(get(e, "source", "code")),
	                   str(get(e, "source", "text")),
	                   str(get(e, "target", "code")),
	                   str(get(e, "target", "text")),
	                   k,
	                   str(get(e, "attribution", "type")),
	                   str(get(e, "attribution", "status")),
	                   conf,
	                   r->article,
	                   r->url,
	                   r->title};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		csv(x->f, f[i], i + 1 == sizeof f / sizeof *f);
}

static void write_geojson(ex *x, const sr_query_row *r, json_t *e)
{
	json_t *props = json_deep_copy(e);
	json_object_set_new(props, "id", json_integer(r->id));
	json_object_set_new(props, "url", r->url ? json_string(r->url) : json_null());
	json_object_set_new(props, "title", r->title ? json_string(r->title) : json_null());
	json_t *feat = json_object();
	json_object_set_new(feat, "type", json_string("Feature"));
	if (r->has_point)
		json_object_set_new(feat, "geometry",
		                    json_pack("{s:s,s:[f,f]}", "type", "Point", "coordinates", r->lon, r->lat));
	else
		json_object_set_new(feat, "geometry", json_null());
	json_object_set_new(feat, "properties", props);
	if (x->n)
		fputs(",\n", x->f);
	if (json_dumpf(feat, x->f, JSON_COMPACT | JSON_REAL_PRECISION(10)) != 0)
		x->io_error = true;
	json_decref(feat);
}

/* GDELT 2.0: 61 columns.  Country codes are ISO 3166 (GDELT uses FIPS
 * 10-4, which no registry package carries); AvgTone is 0 (sitrep has no
 * tone); actor geography is empty (events are placed, actors are not). */
static void write_gdelt(ex *x, const sr_query_row *r, json_t *e)
{
	char id[32], day[16] = "", month[8] = "", year[8] = "", frac[16] = "", qc[8], gs[16], root_ev[4];
	snprintf(id, sizeof id, "%lld", r->id);
	const char *d = str(get(e, "date", "first"));
	int y = 0, m = 0, dd = 0;
	if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) == 3) {
		snprintf(day, sizeof day, "%04d%02d%02d", y, m, dd);
		snprintf(month, sizeof month, "%04d%02d", y, m);
		snprintf(year, sizeof year, "%04d", y);
		snprintf(frac, sizeof frac, "%.4f", y + ((m - 1) * 30.4375 + dd) / 365.25);
	}
	num(qc, sizeof qc, get(e, "quad_class", NULL));
	num(gs, sizeof gs, get(e, "goldstein", NULL));
	json_t *si = get(e, "sentence", "index");
	snprintf(root_ev, sizeof root_ev, "%d", json_is_integer(si) && json_integer_value(si) <= 1);
	const char *cameo = str(get(e, "cameo", NULL));
	char base[8];
	snprintf(base, sizeof base, "%.3s", cameo);
	FILE *f = x->f;
	tsv(f, id, false);
	tsv(f, day, false);
	tsv(f, month, false);
	tsv(f, year, false);
	tsv(f, frac, false);
	for (int a = 0; a < 2; a++) {
		json_t *ac = get(e, a ? "target" : "source", NULL);
		json_t *sec = get(ac, "sector", NULL);
		const char *cc = str(get(ac, "country", NULL));
		tsv(f, str(get(ac, "code", NULL)), false);
		tsv(f, str(get(ac, "text", NULL)), false);
		tsv(f, strcmp(cc, "IGO") ? cc : "", false);
		tsv(f, !strcmp(cc, "IGO") ? str(json_array_get(sec, 0)) : "", false); /* KnownGroupCode */
		tsv(f, "", false);                                                    /* EthnicCode */
		tsv(f, "", false);                                                    /* Religion1Code */
		tsv(f, "", false);                                                    /* Religion2Code */
		for (size_t t = 0; t < 3; t++)
			tsv(f, strcmp(cc, "IGO") ? str(json_array_get(sec, t)) : "", false);
	}
	tsv(f, root_ev, false);
	tsv(f, cameo, false);
	tsv(f, base, false);
	tsv(f, str(get(e, "root", NULL)), false);
	tsv(f, qc, false);
	tsv(f, gs, false);
	tsv(f, "1", false); /* NumMentions */
	tsv(f, "1", false); /* NumSources */
	tsv(f, "1", false); /* NumArticles */
	tsv(f, "0", false); /* AvgTone */
	for (int g = 0; g < 2; g++) /* Actor1Geo_, Actor2Geo_: 8 columns each */
		for (int c = 0; c < 8; c++)
			tsv(f, "", false);
	/* ActionGeo_ */
	json_t *pl = get(e, "place", NULL);
	const char *prec = str(get(pl, "precision", NULL)), *cc = str(get(pl, "country", NULL));
	bool us = !strcmp(cc, "US");
	const char *type = !r->has_point                    ? ""
	                   : !strcmp(prec, "country")       ? "1"
	                   : !strcmp(prec, "admin1")        ? (us ? "2" : "5")
	                   : !strcmp(prec, "region")        ? "1"
	                                                    : (us ? "3" : "4");
	char full[256], adm1[32] = "", lat[32] = "", lon[32] = "", fid[32];
	/* FullName as GDELT's: the place, its division, its country, by name */
	const char *name = str(get(pl, "name", NULL)), *a1 = sr_geo_admin1_name(cc, str(get(pl, "admin1", NULL)));
	const sr_country_info *ci = sr_geo_country(cc);
	const char *parts[2] = {a1, ci ? ci->name : cc};
	size_t fk = (size_t)snprintf(full, sizeof full, "%s", name);
	for (int i = 0; i < 2; i++)
		if (parts[i] && parts[i][0] && strcmp(parts[i], name) && fk < sizeof full)
			fk += (size_t)snprintf(full + fk, sizeof full - fk, "%s%s", fk ? ", " : "", parts[i]);
	if (cc[0] && str(get(pl, "admin1", NULL))[0])
		snprintf(adm1, sizeof adm1, "%s%s", cc, str(get(pl, "admin1", NULL)));
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	num(fid, sizeof fid, get(pl, "geonameid", NULL));
	tsv(f, type, false);
	tsv(f, r->has_point ? full : "", false);
	tsv(f, r->has_point ? cc : "", false);
	tsv(f, adm1, false);
	tsv(f, "", false); /* ADM2Code */
	tsv(f, lat, false);
	tsv(f, lon, false);
	tsv(f, fid, false);
	/* DATEADDED: when the store took it */
	char added[16] = "";
	int Y, M, D, h, mi, s;
	if (r->ingested && sscanf(r->ingested, "%4d-%2d-%2dT%2d:%2d:%2d", &Y, &M, &D, &h, &mi, &s) == 6)
		snprintf(added, sizeof added, "%04d%02d%02d%02d%02d%02d", Y, M, D, h, mi, s);
	tsv(f, added, false);
	tsv(f, r->url, true);
}

static void write_acled(ex *x, const sr_query_row *r, json_t *e)
{
	char id[40], year[8] = "", lat[32] = "", lon[32] = "", fat[32], inter1[4] = "", inter2[4] = "", inter[8] = "";
	json_t *pl = get(e, "place", NULL), *src = get(e, "source", NULL), *tgt = get(e, "target", NULL);
	const char *cc = str(get(pl, "country", NULL)), *d = str(get(e, "date", "first"));
	/* the country as ACLED gives it: its alpha-3 code heads the id, its
	 * numeric code, region and name have their columns */
	const sr_country_info *ci = sr_geo_country(cc);
	snprintf(id, sizeof id, "%s%lld", ci ? ci->cc3 : cc[0] ? cc : "XXX", r->id);
	const char *admin1 = str(get(pl, "admin1", NULL)), *a1 = sr_geo_admin1_name(cc, admin1);
	char iso[8] = ""; /* a number, as ACLED writes it: 4, not 004 */
	if (ci && ci->numeric[0])
		snprintf(iso, sizeof iso, "%d", atoi(ci->numeric));
	snprintf(year, sizeof year, "%.4s", d);
	const char *prec = str(get(e, "date", "precision"));
	const char *tp = !strcmp(prec, "day") || !strcmp(prec, "time") ? "1" : !strcmp(prec, "week") ? "2" : "3";
	const char *et = str(get(e, "acled", "event_type"));
	const char *disorder = !strcmp(et, "Protests")                  ? "Demonstrations"
	                       : !strcmp(et, "Riots")                   ? "Political violence; Demonstrations"
	                       : !strcmp(et, "Strategic developments") ? "Strategic developments"
	                       : et[0]                                   ? "Political violence"
	                                                                 : "";
	int i1 = inter_of(src), i2 = inter_of(tgt);
	if (i1)
		snprintf(inter1, sizeof inter1, "%d", i1);
	if (i2)
		snprintf(inter2, sizeof inter2, "%d", i2);
	if (i1 || i2) {
		int a = i1 && i2 ? (i1 < i2 ? i1 : i2) : (i1 ? i1 : i2), b = i1 && i2 ? (i1 < i2 ? i2 : i1) : 0;
		snprintf(inter, sizeof inter, "%d%d", a, b);
	}
	if (r->has_point) {
		snprintf(lat, sizeof lat, "%.4f", r->lat);
		snprintf(lon, sizeof lon, "%.4f", r->lon);
	}
	const char *pp = str(get(pl, "precision", NULL));
	const char *geo = !r->has_point ? "" : !strcmp(pp, "city") || !strcmp(pp, "site") ? "1" : !strcmp(pp, "admin1") ? "2" : "3";
	long long k = count_of(e, "killed");
	snprintf(fat, sizeof fat, "%lld", k > 0 ? k : 0);
	char notes[1024];
	sentence_of(r, e, notes, sizeof notes);
	const char *source = str(get(e, "attribution", "text"));
	if (!source[0])
		source = r->site ? r->site : "";
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
	                   str(get(e, "acled", "sub_event_type")),
	                   str(get(src, "text", NULL)),
	                   "",
	                   inter1,
	                   str(get(tgt, "text", NULL)),
	                   "",
	                   inter2,
	                   inter,
	                   civilians ? "Civilian targeting" : "",
	                   iso,
	                   ci ? ci->acled_region : "",
	                   ci ? ci->name : cc,
	                   a1 ? a1 : admin1,
	                   "",
	                   "",
	                   str(get(pl, "name", NULL)),
	                   lat,
	                   lon,
	                   geo,
	                   source,
	                   "",
	                   notes,
	                   fat,
	                   "",
	                   ts};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		csv(x->f, f[i], i + 1 == sizeof f / sizeof *f);
}

/* PLOVER: a JSON record a line (id, date, actor, recipient, event, mode,
 * event_loc, event_text, size, quad_code, cite_info, coder). */
static void write_plover(ex *x, const sr_query_row *r, json_t *e)
{
	json_t *rec = json_object();
	char id[32];
	snprintf(id, sizeof id, "sitrep-%lld", r->id);
	json_object_set_new(rec, "id", json_string(id));
	json_object_set_new(rec, "date", json_string(str(get(e, "date", "first"))));
	json_t *src = get(e, "source", NULL), *tgt = get(e, "target", NULL);
	json_object_set_new(rec, "actor", json_is_object(src) ? json_pack("[s]", str(get(src, "code", NULL))) : json_array());
	json_object_set_new(rec, "recipient",
	                    json_is_object(tgt) ? json_pack("[s]", str(get(tgt, "code", NULL))) : json_array());
	json_object_set(rec, "event", get(e, "plover", "type") ? get(e, "plover", "type") : json_null());
	json_object_set(rec, "mode", get(e, "plover", "mode") ? get(e, "plover", "mode") : json_null());
	json_t *pl = get(e, "place", NULL);
	if (json_is_object(pl) && r->has_point)
		json_object_set_new(rec, "event_loc",
		                    json_pack("{s:s,s:f,s:f,s:s,s:O}", "name", str(get(pl, "name", NULL)), "lat", r->lat, "lon",
		                              r->lon, "country", str(get(pl, "country", NULL)), "geonameid",
		                              get(pl, "geonameid", NULL) ? get(pl, "geonameid", NULL) : json_null()));
	char text[1024];
	sentence_of(r, e, text, sizeof text);
	json_object_set_new(rec, "event_text", json_string(text));
	json_t *size = json_object();
	static const char *const K[][2] = {{"dead", "killed"}, {"injured", "wounded"}, {"arrested", "arrested"}};
	for (size_t i = 0; i < 3; i++) {
		long long v = count_of(e, K[i][1]);
		if (v >= 0)
			json_object_set_new(size, K[i][0], json_integer(v));
	}
	json_object_set_new(rec, "size", size);
	json_object_set(rec, "quad_code", get(e, "quad_class", NULL) ? get(e, "quad_class", NULL) : json_null());
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
	if (x->fmt == SR_EXPORT_JSONL) {
		fputs(r->json ? r->json : "{}", x->f);
		fputc('\n', x->f);
	} else {
		json_error_t err;
		json_t *e = r->json ? json_loads(r->json, 0, &err) : NULL;
		if (!e)
			e = json_object();
		switch (x->fmt) {
		case SR_EXPORT_CSV: write_csv(x, r, e); break;
		case SR_EXPORT_GEOJSON: write_geojson(x, r, e); break;
		case SR_EXPORT_GDELT: write_gdelt(x, r, e); break;
		case SR_EXPORT_ACLED: write_acled(x, r, e); break;
		case SR_EXPORT_PLOVER: write_plover(x, r, e); break;
		default: break;
		}
		json_decref(e);
	}
	x->n++;
	if (ferror(x->f))
		x->io_error = true;
	return x->io_error;
}

sr_status sr_store_export(sr_store *s, const sr_query *q, sr_export_format fmt, FILE *f)
{
	if (!fmt)
		return SR_EINVAL;
	ex x = {fmt, f, 0, false};
	header(&x);
	sr_status st = sr_store_query(s, q, export_row, &x);
	footer(&x);
	if (fflush(f) != 0 || ferror(f) || x.io_error)
		return st == SR_OK ? SR_EIO : st;
	return st;
}
