/* render.c: the JSON renderers of a coding (see sitrep/code.h): an event
 * record a line (`sitrep code`), and the document's layers with its
 * actors, events, counts, sources, places and dates (`sitrep annotate`).
 * They print what the record says and decide nothing. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "code.h"
#include "../nlp/nlp.h"
#include "../util/json.h"

/* An event's actor: code, text, offsets, and what its code says: the
 * country (ISO 3166 alpha-3 or CAMEO's IGO, NGO ...; null for "---"),
 * the sectors (GOV, MIL, REB ...), the members of its compound. */
static void actor_obj(sr_jw *w, const char *key, const char *text, const sr_event_actor *a)
{
	sr_jw_key(w, key);
	if (!a->code[0] && a->start == a->end) {
		sr_jw_null(w);
		return;
	}
	sr_jw_obj_begin(w);
	sr_jw_key(w, "code");
	sr_jw_str(w, a->code);
	sr_jw_key(w, "text");
	sr_jw_strn(w, text + a->start, a->end - a->start);
	sr_jw_key(w, "start");
	sr_jw_int(w, (long long)a->start);
	sr_jw_key(w, "end");
	sr_jw_int(w, (long long)a->end);
	size_t n = strlen(a->code);
	sr_jw_key(w, "country");
	if (n >= 3 && strncmp(a->code, "---", 3) != 0)
		sr_jw_strn(w, a->code, 3);
	else
		sr_jw_null(w);
	sr_jw_key(w, "sector");
	sr_jw_arr_begin(w);
	for (size_t i = 3; i + 3 <= n; i += 3)
		sr_jw_strn(w, a->code + i, 3);
	sr_jw_arr_end(w);
	if (a->group[0]) {
		sr_jw_key(w, "members");
		sr_jw_arr_begin(w);
		for (const char *p = a->group; *p;) {
			size_t l = strcspn(p, "/");
			sr_jw_strn(w, p, l);
			p += l;
			if (*p == '/')
				p++;
		}
		sr_jw_arr_end(w);
	}
	sr_jw_obj_end(w);
}

/* Words of the text and where they are: {text, start, end}. */
static void words(sr_jw *w, const char *text, size_t start, size_t end)
{
	sr_jw_key(w, "text");
	sr_jw_strn(w, text + start, end - start);
	sr_jw_key(w, "start");
	sr_jw_int(w, (long long)start);
	sr_jw_key(w, "end");
	sr_jw_int(w, (long long)end);
}

static void ymd(sr_jw *w, const char *key, int32_t d)
{
	char v[16];
	snprintf(v, sizeof v, "%04d-%02d-%02d", d / 10000 % 10000, d / 100 % 100, d % 100);
	sr_jw_key(w, key);
	sr_jw_str(w, v);
}

static void count_obj(sr_jw *w, const sr_doc *doc, const sr_count *c)
{
	sr_jw_obj_begin(w);
	sr_jw_key(w, "kind");
	sr_jw_str(w, sr_count_kind_name(c->kind));
	static const char *const K[] = {"best", "low", "high"};
	const double V[] = {c->best, c->low, c->high};
	for (int k = 0; k < 3; k++)
		if (V[k] >= 0) {
			sr_jw_key(w, K[k]);
			sr_jw_num(w, V[k]);
		}
	if (c->hedged) {
		sr_jw_key(w, "hedged");
		sr_jw_bool(w, true);
	}
	sr_jw_key(w, "cumulative");
	sr_jw_bool(w, c->cumulative);
	words(w, doc->text, c->start, c->end);
	if (c->rejected) {
		sr_jw_key(w, "rejected");
		sr_jw_str(w, c->rejected);
	}
	sr_jw_obj_end(w);
}

static void source_obj(sr_jw *w, const sr_doc *doc, const sr_source *s)
{
	sr_jw_obj_begin(w);
	words(w, doc->text, s->start, s->end);
	sr_jw_key(w, "verb");
	sr_jw_strn(w, doc->text + s->verb_start, s->verb_end - s->verb_start);
	sr_jw_key(w, "type");
	sr_jw_str(w, sr_source_type_name(s->type));
	sr_jw_key(w, "status");
	sr_jw_str(w, sr_source_status_name(s->status));
	sr_jw_obj_end(w);
}

static void place_obj(sr_jw *w, const sr_doc *doc, const sr_place *p, const char *geo_source)
{
	sr_jw_obj_begin(w);
	words(w, doc->text, p->start, p->end);
	if (!p->resolved) {
		sr_jw_key(w, "resolved");
		sr_jw_bool(w, false);
	} else {
		sr_jw_key(w, "name");
		sr_jw_str(w, p->name);
		sr_jw_key(w, "geonameid");
		if (p->geonameid >= 0)
			sr_jw_int(w, p->geonameid);
		else
			sr_jw_null(w);
		sr_jw_key(w, "lat");
		sr_jw_num(w, p->lat);
		sr_jw_key(w, "lon");
		sr_jw_num(w, p->lon);
		sr_jw_key(w, "country");
		sr_jw_str(w, p->country);
		if (p->admin1[0]) {
			sr_jw_key(w, "admin1");
			sr_jw_str(w, p->admin1);
		}
		sr_jw_key(w, "fcode");
		sr_jw_str(w, p->fcode);
		sr_jw_key(w, "precision");
		sr_jw_str(w, sr_geo_precision_name(p->precision));
		/* ACLED's geo-precision: 1 the place itself (a town, a site), 2 a
		 * part of a region near it (a county, the dateline's town for an
		 * event), 3 a province, a country, or the text's focus */
		int geo = p->precision <= SR_GEO_CITY ? 1 : p->precision == SR_GEO_ADMIN2 ? 2 : 3;
		if (geo_source && !strcmp(geo_source, "dateline") && geo < 2)
			geo = 2;
		if (geo_source && !strcmp(geo_source, "focus"))
			geo = 3;
		sr_jw_key(w, "geo_precision");
		sr_jw_int(w, geo);
		sr_jw_key(w, "confidence");
		sr_jw_num(w, p->confidence);
		if (p->kind == SR_PLACE_DEMONYM) {
			sr_jw_key(w, "demonym");
			sr_jw_bool(w, true);
		}
		if (p->metonymy) {
			sr_jw_key(w, "metonymy");
			sr_jw_bool(w, true);
		}
	}
	if (geo_source) {
		sr_jw_key(w, "geo_source");
		sr_jw_str(w, geo_source);
	}
	sr_jw_obj_end(w);
}

static void date_obj(sr_jw *w, const sr_doc *doc, const sr_event_date *d)
{
	sr_jw_key(w, "date");
	sr_jw_obj_begin(w);
	sr_jw_key(w, "value");
	sr_jw_str(w, d->value);
	ymd(w, "first", d->first);
	ymd(w, "last", d->last);
	sr_jw_key(w, "precision");
	sr_jw_str(w, sr_timex_prec_name(d->precision));
	sr_jw_key(w, "source");
	sr_jw_str(w, sr_date_source_name(d->source));
	if (d->source != SR_DATE_PUBLICATION) {
		sr_jw_key(w, "text");
		sr_jw_strn(w, doc->text + d->start, d->end - d->start);
	}
	sr_jw_obj_end(w);
}

static void event_obj(sr_jw *w, const sr_coding *c, const sr_event_record *r, const char *article)
{
	const sr_doc *doc = c->doc;
	const sr_event *e = r->event;
	sr_jw_obj_begin(w);
	if (article) {
		sr_jw_key(w, "article");
		sr_jw_str(w, article);
	}
	sr_jw_key(w, "cameo");
	sr_jw_str(w, e->cameo);
	if (r->cameo_known) {
		sr_jw_key(w, "root");
		sr_jw_str(w, r->root);
		sr_jw_key(w, "quad_class");
		sr_jw_int(w, r->quad_class);
		sr_jw_key(w, "goldstein");
		sr_jw_num(w, r->goldstein);
		sr_jw_key(w, "plover");
		if (r->plover_type) {
			sr_jw_obj_begin(w);
			sr_jw_key(w, "type");
			sr_jw_str(w, r->plover_type);
			sr_jw_key(w, "mode");
			sr_jw_str(w, r->plover_mode);
			sr_jw_obj_end(w);
		} else {
			sr_jw_null(w);
		}
	}
	sr_jw_key(w, "acled");
	if (e->acled) {
		sr_jw_obj_begin(w);
		sr_jw_key(w, "event_type");
		sr_jw_str(w, sr_acled_event_type(e->acled));
		sr_jw_key(w, "sub_event_type");
		sr_jw_str(w, sr_acled_sub_event_type(e->acled));
		sr_jw_obj_end(w);
	} else {
		sr_jw_null(w);
	}
	actor_obj(w, "source", doc->text, &e->source);
	actor_obj(w, "target", doc->text, &e->target);
	sr_jw_key(w, "verb");
	sr_jw_obj_begin(w);
	words(w, doc->text, e->verb_start, e->verb_end);
	sr_jw_obj_end(w);
	if (e->sentence < doc->n_sentences) {
		const sr_sentence *st = &doc->sentences[e->sentence];
		sr_jw_key(w, "sentence");
		sr_jw_obj_begin(w);
		sr_jw_key(w, "index");
		sr_jw_int(w, (long long)e->sentence);
		sr_jw_key(w, "start");
		sr_jw_int(w, (long long)st->start);
		sr_jw_key(w, "end");
		sr_jw_int(w, (long long)st->end);
		sr_jw_obj_end(w);
	}
	sr_jw_key(w, "counts");
	sr_jw_arr_begin(w);
	for (size_t k = 0; k < r->n_counts; k++)
		count_obj(w, doc, &c->layers.counts[r->counts[k]]);
	sr_jw_arr_end(w);
	if (r->has_date)
		date_obj(w, doc, &r->date);
	sr_jw_key(w, "place");
	if (r->place)
		place_obj(w, doc, r->place, sr_geo_source_name(r->geo_source));
	else
		sr_jw_null(w);
	sr_jw_key(w, "attribution");
	if (r->attribution >= 0) {
		source_obj(w, doc, &c->layers.sources[r->attribution]);
	} else {
		sr_jw_obj_begin(w);
		sr_jw_key(w, "text");
		sr_jw_null(w);
		sr_jw_key(w, "type");
		sr_jw_str(w, "article");
		sr_jw_key(w, "status");
		sr_jw_str(w, sr_source_status_name(r->attribution_status));
		sr_jw_obj_end(w);
	}
	sr_jw_key(w, "negated");
	sr_jw_bool(w, e->negated);
	sr_jw_key(w, "hypothetical");
	sr_jw_bool(w, e->hypothetical);
	sr_jw_key(w, "grievance");
	sr_jw_bool(w, e->grievance);
	sr_jw_key(w, "passive");
	sr_jw_bool(w, e->passive);
	sr_jw_key(w, "rule");
	sr_jw_str(w, e->rule);
	sr_jw_key(w, "confidence");
	sr_jw_num(w, r->confidence);
	sr_jw_obj_end(w);
}

/* The end of a rendering into f through b: its status. */
static sr_status finish(sr_jw *w, sr_buf *b, bool io_error)
{
	bool ok = sr_jw_finish(w) && !io_error;
	bool mem = b->failed;
	sr_buf_clear(b);
	return mem ? SR_ENOMEM : ok ? SR_OK : SR_EIO;
}

sr_status sr_coding_write_events(const sr_coding *c, const char *article, FILE *f)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	bool io_error = false;
	for (size_t i = 0; i < c->n_events; i++) {
		io_error = io_error || w.io_error;
		sr_jw_init_file(&w, &b, f); /* one object a line */
		event_obj(&w, c, &c->records[i], article);
		sr_buf_putc(&b, '\n');
	}
	return finish(&w, &b, io_error);
}

/* One event record as JSON into b (no line end): the store's rendered copy. */
bool sr_record_json(const sr_coding *c, size_t i, const char *article, sr_buf *b)
{
	sr_jw w;
	sr_jw_init(&w, b);
	event_obj(&w, c, &c->records[i], article);
	return !b->failed;
}

/* A record's counts as a JSON array into b: the store's copy. */
bool sr_record_counts_json(const sr_coding *c, size_t i, sr_buf *b)
{
	sr_jw w;
	sr_jw_init(&w, b);
	const sr_event_record *r = &c->records[i];
	sr_jw_arr_begin(&w);
	for (size_t k = 0; k < r->n_counts; k++)
		count_obj(&w, c->doc, &c->layers.counts[r->counts[k]]);
	sr_jw_arr_end(&w);
	return !b->failed;
}

void sr_coding_annotation_json(sr_jw *w, const sr_coding *c, int with_tokens)
{
	const sr_doc *doc = c->doc;
	sr_doc_json_layers(w, doc, with_tokens);
	sr_jw_key(w, "actors");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < c->n_actors; i++) {
		const sr_mention *m = &c->actors[i];
		sr_jw_obj_begin(w);
		sr_jw_key(w, "sentence");
		sr_jw_int(w, (long long)m->sentence);
		sr_jw_key(w, "start");
		sr_jw_int(w, (long long)m->start);
		sr_jw_key(w, "end");
		sr_jw_int(w, (long long)m->end);
		sr_jw_key(w, "text");
		sr_jw_strn(w, doc->text + m->start, m->end - m->start);
		sr_jw_key(w, "code");
		sr_jw_str(w, m->code);
		sr_jw_obj_end(w);
	}
	sr_jw_arr_end(w);
	sr_jw_key(w, "events");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < c->n_events; i++)
		event_obj(w, c, &c->records[i], NULL);
	sr_jw_arr_end(w);
	sr_jw_key(w, "counts");
	sr_jw_arr_begin(w);
	for (size_t k = 0; k < c->layers.n_counts; k++)
		count_obj(w, doc, &c->layers.counts[k]);
	sr_jw_arr_end(w);
	sr_jw_key(w, "sources");
	sr_jw_arr_begin(w);
	for (size_t k = 0; k < c->layers.n_sources; k++)
		source_obj(w, doc, &c->layers.sources[k]);
	sr_jw_arr_end(w);
	sr_jw_key(w, "places");
	sr_jw_arr_begin(w);
	for (size_t k = 0; k < c->layers.n_places; k++)
		place_obj(w, doc, &c->layers.places[k], NULL);
	sr_jw_arr_end(w);
	sr_jw_key(w, "dates");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < c->layers.n_dates; i++) {
		static const char *const TYPE[] = {"", "DATE", "TIME", "DURATION", "SET"};
		const sr_timex *x = &c->layers.dates[i];
		sr_jw_obj_begin(w);
		sr_jw_key(w, "sentence");
		sr_jw_int(w, (long long)x->sentence);
		sr_jw_key(w, "start");
		sr_jw_int(w, (long long)x->start);
		sr_jw_key(w, "end");
		sr_jw_int(w, (long long)x->end);
		sr_jw_key(w, "text");
		sr_jw_strn(w, doc->text + x->start, x->end - x->start);
		sr_jw_key(w, "type");
		sr_jw_str(w, TYPE[x->type <= SR_TIMEX_SET ? x->type : 0]);
		sr_jw_key(w, "value");
		sr_jw_str(w, x->value);
		if (x->first) {
			ymd(w, "first", x->first);
			ymd(w, "last", x->last);
		}
		const char *prec = sr_timex_prec_name(x->precision);
		if (prec) {
			sr_jw_key(w, "precision");
			sr_jw_str(w, prec);
		}
		if (x->future) {
			sr_jw_key(w, "future");
			sr_jw_bool(w, true);
		}
		sr_jw_obj_end(w);
	}
	sr_jw_arr_end(w);
}

sr_status sr_coding_write_annotation(const sr_coding *c, int with_tokens, FILE *f)
{
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	sr_jw_obj_begin(&w);
	sr_coding_annotation_json(&w, c, with_tokens);
	sr_jw_obj_end(&w);
	return finish(&w, &b, false);
}
