/* render.c: the one JSON shape of an incident, the same from `sitrep
 * code`, annotate's incidents layer, the HTTP API and the JSON Lines
 * export (the store fills an sr_incident from its columns and prints it
 * here).  It prints and decides nothing; unknown fields are null, never
 * absent. */
#include "incident.h"

#include "../code/code.h"
#include "../util/buf.h"
#include "../util/json.h"

const char *sr_date_source_name_ext(int source)
{
	return source == SR_DATE_PARAGRAPH ? "paragraph" : sr_date_source_name(source);
}

static void num_or_null(sr_jw *w, const char *k, double v)
{
	sr_jw_key(w, k);
	if (v >= 0)
		sr_jw_num(w, v);
	else
		sr_jw_null(w);
}

static void span(sr_jw *w, int64_t s, int64_t e)
{
	sr_jw_key(w, "start");
	if (s >= 0)
		sr_jw_int(w, s);
	else
		sr_jw_null(w);
	sr_jw_key(w, "end");
	if (e >= 0)
		sr_jw_int(w, e);
	else
		sr_jw_null(w);
}

static void actor(sr_jw *w, const sr_incident_actor *a)
{
	if (!a->inter && !a->name) {
		sr_jw_null(w);
		return;
	}
	sr_jw_obj_begin(w);
	sr_jw_key(w, "name");
	sr_jw_str(w, a->name);
	sr_jw_key(w, "code");
	sr_jw_str(w, a->code);
	sr_jw_key(w, "inter");
	if (a->inter)
		sr_jw_int(w, a->inter);
	else
		sr_jw_null(w);
	sr_jw_key(w, "text");
	sr_jw_str(w, a->text);
	span(w, a->start, a->end);
	sr_jw_obj_end(w);
}

static void assoc(sr_jw *w, const sr_incident_actor *v, size_t n)
{
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < n; i++)
		actor(w, &v[i]);
	sr_jw_arr_end(w);
}

/* A count: an incident's (with_marks: said again, a part of another) or
 * an article's statistic. */
static void count(sr_jw *w, const sr_incident_count *c, bool with_marks)
{
	sr_jw_obj_begin(w);
	sr_jw_key(w, "kind");
	sr_jw_str(w, sr_count_kind_name(c->kind));
	num_or_null(w, "best", c->best);
	num_or_null(w, "low", c->low);
	num_or_null(w, "high", c->high);
	if (with_marks) {
		sr_jw_key(w, "restated");
		sr_jw_bool(w, c->restated);
		sr_jw_key(w, "part");
		sr_jw_bool(w, c->part);
	}
	sr_jw_key(w, "text");
	sr_jw_str(w, c->text);
	span(w, c->start, c->end);
	sr_jw_obj_end(w);
}

void sr_incident_json(const sr_incident *x, sr_jw *w)
{
	sr_jw_obj_begin(w);
	sr_jw_key(w, "id");
	sr_jw_str(w, x->id);
	sr_jw_key(w, "article");
	sr_jw_str(w, x->article);
	sr_jw_key(w, "url");
	sr_jw_str(w, x->url);
	sr_jw_key(w, "cluster");
	if (x->cluster >= 0)
		sr_jw_int(w, x->cluster);
	else
		sr_jw_null(w);
	sr_jw_key(w, "event_type");
	sr_jw_str(w, sr_acled_event_type(x->acled));
	sr_jw_key(w, "sub_event_type");
	sr_jw_str(w, sr_acled_sub_event_type(x->acled));
	sr_jw_key(w, "disorder_type");
	sr_jw_str(w, sr_acled_disorder_type(x->acled));
	sr_jw_key(w, "cameo");
	sr_jw_str(w, x->cameo[0] ? x->cameo : NULL);
	sr_jw_key(w, "plover");
	sr_jw_str(w, x->plover);
	sr_jw_key(w, "actor1");
	actor(w, &x->actor1);
	sr_jw_key(w, "assoc_actor_1");
	assoc(w, x->assoc1, x->n_assoc1);
	sr_jw_key(w, "actor2");
	actor(w, &x->actor2);
	sr_jw_key(w, "assoc_actor_2");
	assoc(w, x->assoc2, x->n_assoc2);
	sr_jw_key(w, "interaction");
	if (x->interaction)
		sr_jw_int(w, x->interaction);
	else
		sr_jw_null(w);
	sr_jw_key(w, "civilian_targeting");
	sr_jw_bool(w, x->civilian_targeting);
	sr_jw_key(w, "date");
	if (x->has_date) {
		const sr_incident_date *d = &x->date;
		char first[16], last[16];
		snprintf(first, sizeof first, "%04d-%02d-%02d", d->first / 10000 % 10000, d->first / 100 % 100,
		         d->first % 100);
		snprintf(last, sizeof last, "%04d-%02d-%02d", d->last / 10000 % 10000, d->last / 100 % 100, d->last % 100);
		sr_jw_obj_begin(w);
		sr_jw_key(w, "value");
		sr_jw_str(w, d->value);
		sr_jw_key(w, "first");
		sr_jw_str(w, first);
		sr_jw_key(w, "last");
		sr_jw_str(w, last);
		sr_jw_key(w, "precision");
		sr_jw_str(w, sr_timex_prec_name(d->precision));
		sr_jw_key(w, "time_precision");
		sr_jw_int(w, d->time_precision);
		sr_jw_key(w, "source");
		sr_jw_str(w, sr_date_source_name_ext(d->source));
		span(w, d->start, d->end);
		sr_jw_obj_end(w);
	} else {
		sr_jw_null(w);
	}
	sr_jw_key(w, "place");
	const sr_incident_place *p = &x->place;
	if (p->has_point || p->text || p->country[0]) {
		sr_jw_obj_begin(w);
		sr_jw_key(w, "name");
		sr_jw_str(w, p->name);
		sr_jw_key(w, "text");
		sr_jw_str(w, p->text);
		sr_jw_key(w, "lat");
		if (p->has_point)
			sr_jw_fixed(w, p->lat, 4);
		else
			sr_jw_null(w);
		sr_jw_key(w, "lon");
		if (p->has_point)
			sr_jw_fixed(w, p->lon, 4);
		else
			sr_jw_null(w);
		sr_jw_key(w, "geonameid");
		if (p->geonameid >= 0)
			sr_jw_int(w, p->geonameid);
		else
			sr_jw_null(w);
		sr_jw_key(w, "country");
		sr_jw_str(w, p->country[0] ? p->country : NULL);
		sr_jw_key(w, "admin1");
		sr_jw_str(w, p->admin1_name);
		sr_jw_key(w, "precision");
		sr_jw_str(w, sr_geo_precision_name(p->precision));
		sr_jw_key(w, "geo_precision");
		if (p->geo_precision)
			sr_jw_int(w, p->geo_precision);
		else
			sr_jw_null(w);
		sr_jw_key(w, "source");
		sr_jw_str(w, sr_geo_source_name(p->source));
		span(w, p->start, p->end);
		sr_jw_obj_end(w);
	} else {
		sr_jw_null(w);
	}
	sr_jw_key(w, "fatalities");
	sr_jw_obj_begin(w);
	num_or_null(w, "best", x->fatalities_best);
	num_or_null(w, "low", x->fatalities_low);
	num_or_null(w, "high", x->fatalities_high);
	sr_jw_key(w, "acled");
	sr_jw_int(w, sr_incident_acled_fatalities(x));
	sr_jw_obj_end(w);
	sr_jw_key(w, "counts");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < x->n_counts; i++)
		count(w, &x->counts[i], true);
	sr_jw_arr_end(w);
	sr_jw_key(w, "sources");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < x->n_sources; i++) {
		const sr_incident_source *s = &x->sources[i];
		sr_jw_obj_begin(w);
		sr_jw_key(w, "text");
		sr_jw_str(w, s->text);
		sr_jw_key(w, "type");
		sr_jw_str(w, s->text ? sr_source_type_name(s->type) : "article");
		sr_jw_key(w, "status");
		sr_jw_str(w, sr_source_status_name(s->status));
		span(w, s->start, s->end);
		sr_jw_obj_end(w);
	}
	sr_jw_arr_end(w);
	sr_jw_key(w, "claim_status");
	sr_jw_str(w, sr_source_status_name(x->claim_status));
	sr_jw_key(w, "notes");
	sr_jw_str(w, x->notes);
	sr_jw_key(w, "mentions");
	sr_jw_arr_begin(w);
	for (size_t i = 0; i < x->n_mentions; i++) {
		const sr_incident_mention *m = &x->mentions[i];
		sr_jw_obj_begin(w);
		sr_jw_key(w, "index");
		sr_jw_int(w, m->index);
		sr_jw_key(w, "cameo");
		sr_jw_str(w, m->cameo[0] ? m->cameo : NULL);
		sr_jw_key(w, "sub_event_type");
		sr_jw_str(w, sr_acled_sub_event_type(m->acled));
		sr_jw_key(w, "text");
		sr_jw_str(w, m->text);
		span(w, m->start, m->end);
		sr_jw_obj_end(w);
	}
	sr_jw_arr_end(w);
	sr_jw_key(w, "confidence");
	sr_jw_num(w, x->confidence);
	sr_jw_obj_end(w);
}

sr_status sr_incidents_write(const sr_incidents *x, FILE *f)
{
	if (!x || !f)
		return SR_EINVAL;
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	bool io_error = false;
	for (size_t i = 0; i < x->n; i++) {
		io_error = io_error || w.io_error;
		sr_jw_init_file(&w, &b, f); /* one object a line */
		sr_incident_json(&x->items[i], &w);
		sr_buf_putc(&b, '\n');
	}
	bool ok = sr_jw_finish(&w) && !io_error;
	bool mem = b.failed;
	sr_buf_clear(&b);
	return mem ? SR_ENOMEM : ok ? SR_OK : SR_EIO;
}

sr_status sr_incidents_write_annotation(const sr_incidents *x, int with_tokens, FILE *f)
{
	if (!x || !x->coding || !f)
		return SR_EINVAL;
	sr_buf b;
	sr_buf_init(&b, 0);
	sr_jw w;
	sr_jw_init_file(&w, &b, f);
	sr_jw_obj_begin(&w);
	sr_coding_annotation_json(&w, x->coding, with_tokens);
	sr_jw_key(&w, "relevance");
	sr_jw_obj_begin(&w);
	sr_jw_key(&w, "relevant");
	sr_jw_str(&w, sr_relevance_name(x->relevance));
	sr_jw_key(&w, "score");
	sr_jw_num(&w, x->relevance_score);
	sr_jw_key(&w, "reason");
	sr_jw_str(&w, x->relevance_reason);
	sr_jw_key(&w, "topic");
	sr_jw_str(&w, sr_topic_name(x->topic));
	sr_jw_key(&w, "responsibility");
	if (x->responsibility) {
		sr_jw_obj_begin(&w);
		sr_jw_key(&w, "status");
		sr_jw_str(&w, x->responsibility == 2 ? "denied" : "claimed");
		span(&w, x->responsibility_start, x->responsibility_end);
		sr_jw_obj_end(&w);
	} else {
		sr_jw_null(&w);
	}
	sr_jw_obj_end(&w);
	/* each incident's mentions are indices into "events" */
	sr_jw_key(&w, "incidents");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < x->n; i++)
		sr_incident_json(&x->items[i], &w);
	sr_jw_arr_end(&w);
	sr_jw_key(&w, "statistics");
	sr_jw_arr_begin(&w);
	for (size_t i = 0; i < x->n_statistics; i++)
		count(&w, &x->statistics[i], false);
	sr_jw_arr_end(&w);
	sr_jw_obj_end(&w);
	bool ok = sr_jw_finish(&w);
	bool mem = b.failed;
	sr_buf_clear(&b);
	return mem ? SR_ENOMEM : ok ? SR_OK : SR_EIO;
}
