/* article_fixture_test: every page under tests/fixtures/extract/ through the
 * library, compared with its NAME.expected.json (only the fields present
 * there are checked).  Each page is extracted twice: the two JSON outputs
 * must be identical byte for byte. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"
#include "testutil.h"

static const char *const EXTS[] = {".html", ".txt", ".html.gz", ".htm"};

static int failures_in_case;

static void fail(const char *name, const char *what, const char *exp, const char *got)
{
	printf("FAIL %s: %s: expected «%s», got «%s»\n", name, what, exp ? exp : "null", got ? got : "null");
	failures_in_case++;
}

static void check_str(const char *name, const char *field, json_t *exp, const char *got)
{
	if (!exp)
		return;
	const char *e = json_is_null(exp) ? NULL : json_string_value(exp);
	if ((e == NULL) != (got == NULL) || (e && strcmp(e, got) != 0))
		fail(name, field, e, got);
}

static const char *embed_field(const sr_embed *e, const char *key)
{
	if (strcmp(key, "type") == 0)
		return e->type == SR_EMBED_VIDEO ? "video" : "post";
	if (strcmp(key, "platform") == 0 || strcmp(key, "provider") == 0)
		return e->platform;
	if (strcmp(key, "author") == 0)
		return e->author;
	if (strcmp(key, "handle") == 0)
		return e->handle;
	if (strcmp(key, "time") == 0)
		return e->time;
	if (strcmp(key, "id") == 0)
		return e->id;
	if (strcmp(key, "url") == 0)
		return e->url;
	if (strcmp(key, "text") == 0)
		return e->text;
	return NULL;
}

static bool embed_matches(const sr_embed *e, json_t *exp)
{
	const char *k;
	json_t *v;
	json_object_foreach(exp, k, v)
	{
		const char *got = embed_field(e, k);
		const char *want = json_string_value(v);
		if (!want || !got || strcmp(want, got) != 0)
			return false;
	}
	return true;
}

static void check_article(const char *name, const sr_article *a, json_t *exp)
{
	check_str(name, "title", json_object_get(exp, "title"), a->title);
	check_str(name, "published", json_object_get(exp, "published"), a->published);
	check_str(name, "published_source", json_object_get(exp, "published_source"), a->published_source);
	check_str(name, "language", json_object_get(exp, "language"), a->language);
	check_str(name, "url", json_object_get(exp, "url"), a->url);
	json_t *au = json_object_get(exp, "authors");
	if (au) {
		char want[1024] = "", got[1024] = "";
		size_t i;
		json_t *v;
		json_array_foreach(au, i, v) snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
		                                      i ? "; " : "", json_string_value(v));
		for (size_t j = 0; j < a->n_authors; j++)
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", j ? "; " : "", a->authors[j]);
		if (strcmp(want, got) != 0)
			fail(name, "authors", want, got);
	}
	/* paragraphs tile the text: in order, separated by one blank line */
	for (size_t i = 0; i < a->n_paragraphs; i++) {
		const sr_paragraph *p = &a->paragraphs[i];
		size_t want_start = i == 0 ? 0 : a->paragraphs[i - 1].end + 2;
		if (p->start != want_start || p->end <= p->start || p->end > a->text_len ||
		    (i > 0 && memcmp(a->text + p->start - 2, "\n\n", 2) != 0)) {
			fail(name, "paragraph offsets", "paragraphs tiling the text", "a gap or overlap");
			break;
		}
		if (i + 1 == a->n_paragraphs && p->end != a->text_len)
			fail(name, "paragraph offsets", "last paragraph ending the text", "text after it");
	}
	char *text = tu_collapse(a->text ? a->text : "", a->text_len);
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(exp, "text_contains"), i, v)
	{
		char *s = tu_collapse(json_string_value(v), strlen(json_string_value(v)));
		if (!strstr(text, s))
			fail(name, "text_contains", s, "(missing)");
		free(s);
	}
	json_array_foreach(json_object_get(exp, "text_excludes"), i, v)
	{
		char *s = tu_collapse(json_string_value(v), strlen(json_string_value(v)));
		if (strstr(text, s))
			fail(name, "text_excludes", "(absent)", s);
		free(s);
	}
	free(text);
	json_t *mc = json_object_get(exp, "media_count");
	if (mc && (size_t)json_integer_value(mc) != a->n_media) {
		char w[32], g[32];
		snprintf(w, sizeof w, "%lld", (long long)json_integer_value(mc));
		snprintf(g, sizeof g, "%zu", a->n_media);
		fail(name, "media_count", w, g);
	}
	json_t *em = json_object_get(exp, "embeds");
	if (em) {
		bool used[256] = {0};
		json_array_foreach(em, i, v)
		{
			bool found = false;
			for (size_t j = 0; j < a->n_embeds && j < 256; j++) {
				if (!used[j] && embed_matches(&a->embeds[j], v)) {
					used[j] = found = true;
					break;
				}
			}
			if (!found) {
				char *d = json_dumps(v, JSON_COMPACT);
				fail(name, "embeds", d, "(no matching embed)");
				free(d);
			}
		}
	}
	if (json_is_true(json_object_get(exp, "no_article"))) {
		if (a->text_len > 200)
			fail(name, "no_article", "text under 200 bytes", "a longer text");
		if (a->n_warnings == 0)
			fail(name, "no_article", "a warning", "none");
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "tests/fixtures/extract";
	DIR *dh = opendir(dir);
	if (!dh) {
		printf("cannot open %s\n", dir);
		return 1;
	}
	char *names[512];
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dh)) && n < 512) {
		size_t l = strlen(de->d_name);
		if (l > 14 && strcmp(de->d_name + l - 14, ".expected.json") == 0)
			names[n++] = strndup(de->d_name, l - 14);
	}
	closedir(dh);
	qsort(names, n, sizeof *names, cmp_str);
	sr_ctx *ctx;
	if (sr_ctx_new(&ctx) != SR_OK)
		return 1;
	int passed = 0, failed = 0;
	for (size_t k = 0; k < n; k++) {
		char path[1024], input[1024] = "";
		snprintf(path, sizeof path, "%s/%s.expected.json", dir, names[k]);
		json_error_t err;
		json_t *exp = json_load_file(path, 0, &err);
		for (size_t e = 0; e < sizeof EXTS / sizeof EXTS[0] && !input[0]; e++) {
			snprintf(path, sizeof path, "%s/%s%s", dir, names[k], EXTS[e]);
			FILE *f = fopen(path, "rb");
			if (f) {
				fclose(f);
				snprintf(input, sizeof input, "%s", path);
			}
		}
		failures_in_case = 0;
		size_t len = 0;
		char *data = input[0] ? tu_slurp(input, &len) : NULL;
		if (!exp || !data) {
			printf("FAIL %s: %s\n", names[k], !exp ? err.text : "no input page");
			failed++;
			json_decref(exp);
			free(data);
			continue;
		}
		sr_extract_opts o = {.name = input};
		sr_article *a = NULL, *b = NULL;
		if (sr_extract(ctx, data, len, &o, &a) != SR_OK || sr_extract(ctx, data, len, &o, &b) != SR_OK) {
			printf("FAIL %s: extraction failed: %s\n", names[k], sr_ctx_error(ctx));
			failures_in_case++;
		} else {
			check_article(names[k], a, exp);
			size_t la, lb;
			char *ja = sr_article_json(a, &la), *jb = sr_article_json(b, &lb);
			if (!ja || !jb || la != lb || memcmp(ja, jb, la) != 0)
				fail(names[k], "determinism", "identical JSON twice", "different JSON");
			json_error_t e2;
			json_t *parsed = ja ? json_loadb(ja, la, 0, &e2) : NULL;
			if (!parsed)
				fail(names[k], "json", "valid JSON", ja ? e2.text : "none");
			json_decref(parsed);
			free(ja);
			free(jb);
		}
		sr_article_free(a);
		sr_article_free(b);
		if (failures_in_case)
			failed++;
		else
			passed++;
		json_decref(exp);
		free(data);
		free(names[k]);
	}
	sr_ctx_free(ctx);
	printf("fixtures: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
