/* article_test: the article stage's parts one by one: dates, bylines,
 * titles, the text-line classifier, the guard, stripping, paragraph kinds
 * and HTML5 tree construction. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "testutil.h"
#include "sitrep.h"
#include "article/date.h"
#include "article/dom.h"
#include "article/guard.h"
#include "article/meta.h"
#include "article/textpage.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/str.h"

static void date_is(const char *in, const char *want, const char *prec)
{
	sr_date d;
	char buf[48] = "";
	bool ok = sr_date_parse(in, strlen(in), &d);
	if (ok)
		sr_date_format(&d, buf, sizeof buf);
	h_case = in;
	CHECK_STR(ok ? buf : NULL, want);
	if (ok && prec)
		CHECK_STR(sr_date_prec_name(d.prec), prec);
}

TEST(dates)
{
	date_is("2014-04-15", "2014-04-15", "day");
	date_is("2014-04-15T13:48:00Z", "2014-04-15T13:48:00Z", "second");
	date_is("2014-04-15T13:48:00+00:00", "2014-04-15T13:48:00+00:00", "second");
	date_is("2021-09-28T06:00:00-0400", "2021-09-28T06:00:00-04:00", "second");
	date_is("2022-03-01T14:52+00:00", "2022-03-01T14:52:00+00:00", "minute");
	date_is("2022-01-05T10:00:00.512Z", "2022-01-05T10:00:00Z", "second");
	date_is("Tue, 15 Apr 2014 13:48:00 GMT", "2014-04-15T13:48:00Z", "second");
	date_is("April 15, 2014", "2014-04-15", "day");
	date_is("Apr. 15 2014", "2014-04-15", "day");
	date_is("15th April 2014", "2014-04-15", "day");
	date_is("01:48 PM - 15 Apr 14", "2014-04-15T13:48:00", "minute");
	date_is("Posted on March 3, 2015, at 10:12 a.m. ET", "2015-03-03T10:12:00", "minute");
	date_is("Veröffentlicht am 17. Oktober 2019, 14:32 Uhr", "2019-10-17T14:32:00", "minute");
	date_is("17 de octubre de 2019", "2019-10-17", "day");
	date_is("Publié le 3 février 2020 à 08h15", "2020-02-03T08:15:00", "minute");
	date_is("15.04.2014", "2014-04-15", "day");
	date_is("04/15/2014", "2014-04-15", "day");
	date_is("20140415", "2014-04-15", "day");
	date_is("2014/04/15", "2014-04-15", "day");
	date_is("2014-02", "2014-02", "month");
	date_is("February 2014", "2014-02", "month");
	date_is("31 February 2014", "2014-02", "month"); /* the day is impossible, the month stands */
	date_is("1812-06-01", NULL, NULL);
	date_is("no date here", NULL, NULL);
	date_is("the 12:30 train", NULL, NULL);
	CHECK(sr_date_weekday(2014, 4, 15) == 2); /* a Tuesday */
	sr_date d;
	h_case = "url dates";
	CHECK(sr_date_from_url("https://example.org/2021/03/09/slug/", &d) && d.d == 9 && d.prec == SR_PREC_DAY);
	CHECK(sr_date_from_url("https://example.org/news/2021-03-09-slug", &d) && d.m == 3);
	CHECK(sr_date_from_url("https://example.org/2019/10/slug", &d) && d.prec == SR_PREC_MONTH);
	CHECK(!sr_date_from_url("https://example.org/item/123456789", &d));
	CHECK(!sr_date_from_url("https://2019.example.org/a", &d));
}

static void byline_is(const char *in, const char *want)
{
	sr_meta m;
	sr_arena a;
	memset(&m, 0, sizeof m);
	sr_arena_init(&a);
	sr_meta_add_byline(&m, &a, in, strlen(in));
	char got[512] = "";
	for (size_t i = 0; i < m.n_authors; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? "; " : "", m.authors[i]);
	h_case = in;
	CHECK_STR(got, want);
	sr_arena_clear(&a);
}

TEST(bylines)
{
	byline_is("By Jane Doe and John Roe", "Jane Doe; John Roe");
	byline_is("By Jane Doe, Staff Writer", "Jane Doe");
	byline_is("Reporting by Marek Dudek; Editing by Clara Voss", "Marek Dudek");
	byline_is("(Reporting by Marek Dudek; Editing by Clara Voss)", "Marek Dudek");
	byline_is("Von Katrin Lehmann und Stefan Brandt", "Katrin Lehmann; Stefan Brandt");
	byline_is("Por Lucía Herrera y Diego Salas", "Lucía Herrera; Diego Salas");
	byline_is("Par Claire Dubois et Julien Marchand", "Claire Dubois; Julien Marchand");
	byline_is("By Ines Carvalho, Chief Asia Correspondent, and Luka Horvat", "Ines Carvalho; Luka Horvat");
	byline_is("Balkans correspondent Jovan Petrić", "Jovan Petrić");
	byline_is("By Anke Vermeulen in Brussels", "Anke Vermeulen");
	byline_is("Analysis by Olga Brenner, International Security Editor", "Olga Brenner");
	byline_is("Posted by Daniel Okoro", "Daniel Okoro");
	byline_is("By Sven Aalto \xC2\xB7 2 December 2019, 16:45 CET", "Sven Aalto");
	byline_is("By Miguel Ferraro | Published 14 September 2020", "Miguel Ferraro");
	byline_is("Contact: jdoe@example.com", "");
	byline_is("by the editors", "");
	byline_is("Beitragvon root", "");
	byline_is("Leszek Jażdżewski" "Redakcja Liberte! Polityka", "Leszek Jażdżewski");
	byline_is("\xC2\xA9 Kathrin Führes", "Kathrin Führes");
	byline_is("By Ludwig van Beethoven", "Ludwig van Beethoven");
}

TEST(titles)
{
	sr_arena a;
	sr_arena_init(&a);
	CHECK_STR(sr_meta_clean_title(&a, "Headline of the story - The Daily Example", "The Daily Example", NULL),
	          "Headline of the story");
	CHECK_STR(sr_meta_clean_title(&a, "Big Story | Site", NULL, NULL), "Big Story");
	CHECK_STR(sr_meta_clean_title(&a, "Site: A much longer headline about things", NULL,
	                              "A much longer headline about things"),
	          "A much longer headline about things");
	CHECK_STR(sr_meta_clean_title(&a, "No separators here", NULL, NULL), "No separators here");
	sr_arena_clear(&a);
	char tag[8];
	CHECK(sr_meta_lang_tag("en-GB", 5, tag));
	CHECK_STR(tag, "en");
	CHECK(!sr_meta_lang_tag("english", 7, tag));
}

static void line_is(const char *s, sr_line_class want)
{
	h_case = s;
	CHECK(sr_textpage_line_class(s, strlen(s)) == want);
}

TEST(text_lines)
{
	line_is("back to top", SR_LINE_FURNITURE);
	line_is("View this video on YouTube", SR_LINE_VIDEO);
	line_is("01:48 PM - 15 Apr 14ReplyRetweetFavorite", SR_LINE_POST);
	line_is("Kristina Dei@2kdei", SR_LINE_POST);
	line_is("Contact Miriam Berger at", SR_LINE_BYLINE);
	line_is("By Jamie Ortega", SR_LINE_BYLINE);
	line_is("Got a confidential tip? Submit it here.", SR_LINE_FURNITURE);
	line_is("Stringer / Reuters", SR_LINE_CREDIT);
	line_is("Posted on", SR_LINE_DATELINE);
	line_is("Posted on March 3, 2015, at 10:12 a.m. ET", SR_LINE_DATELINE);
	line_is("News Politics World Video Quizzes More", SR_LINE_FURNITURE);
	line_is("Home > News > World", SR_LINE_FURNITURE);
	line_is("Print | Email | Comments (3)", SR_LINE_FURNITURE);
	line_is("More News", SR_LINE_RELATED);
	line_is("Former BuzzFeed World Reporter, Current BuzzFeed News Contributor", SR_LINE_AUTHORBOX);
	line_is("Activists uploaded videos to YouTube that they claimed showed government warplanes bombing Homs.",
	        SR_LINE_TEXT);
	line_is("Court Jails Twelve Students Over Campus Protest In Derevan", SR_LINE_TEXT);
	CHECK(sr_textpage_is_text("Just a line of text.\nAnother one.", 33));
	CHECK(!sr_textpage_is_text("  <!DOCTYPE html><html>", 23));
}

TEST(guard)
{
	char page[64 * 1024];
	size_t n = 0;
	for (int i = 0; i < 5000 && n + 5 < sizeof page; i++) {
		memcpy(page + n, "<div>", 5);
		n += 5;
	}
	size_t keep = sr_guard_depth_cut(page, n, 100);
	CHECK(keep == 100 * 5);
	const char *flat = "<p>a<p>b<li>c<br><img src=x><!-- <div><div> --><script>'<div>'</script>";
	CHECK(sr_guard_depth_cut(flat, strlen(flat), 1) == strlen(flat));
}

TEST(strip)
{
	const char *page = "<html><head><script>var a = '<p>not text</p>';</script>"
	                   "<script type=\"application/ld+json\">{\"@type\":\"Article\"}</script>"
	                   "<style>p{color:red}</style><!-- a <div> comment --></head>"
	                   "<body><p>text<scripted>kept</scripted></p><script src=x></script></body></html>";
	sr_buf b;
	sr_buf_init(&b, 0);
	CHECK(sr_guard_strip(page, strlen(page), &b));
	CHECK(b.data && !strstr(b.data, "not text") && !strstr(b.data, "color:red") && !strstr(b.data, "comment"));
	CHECK(b.data && strstr(b.data, "{\"@type\":\"Article\"}") && strstr(b.data, "<scripted>kept</scripted>"));
	CHECK(b.data && strstr(b.data, "<script>") && strstr(b.data, "</script>"));
	sr_buf_clear(&b);
	sr_buf_init(&b, 0);
	CHECK(!sr_guard_strip("<p>nothing to strip</p>", 23, &b));
	CHECK(b.len == 0);
	sr_buf_clear(&b);
	const char *svg = "<p>a<svg viewBox=\"0 0 1 1\"><svg><path d=\"M0\"/></svg><text>x</text></svg>b</p>";
	sr_buf_init(&b, 0);
	CHECK(sr_guard_strip(svg, strlen(svg), &b));
	CHECK(b.data && strcmp(b.data, "<p>a<svg viewBox=\"0 0 1 1\"></svg>b</p>") == 0);
	sr_buf_clear(&b);
	const char *unclosed = "<svg class=i><path/><div><p>the article</p></div>";
	sr_buf_init(&b, 0);
	sr_guard_strip(unclosed, strlen(unclosed), &b);
	CHECK(b.len == 0 || (b.data && strstr(b.data, "the article")));
	sr_buf_clear(&b);
	const char *open = "<p>a</p><script>never closed";
	sr_buf_init(&b, 0);
	CHECK(sr_guard_strip(open, strlen(open), &b));
	CHECK(b.data && strcmp(b.data, "<p>a</p><script>") == 0);
	sr_buf_clear(&b);
}

/* Paragraph kinds and offsets from a small page through the library. */
TEST(paragraph_kinds)
{
	const char *page =
	    "<html lang=en><head><title>Kinds - Site</title></head><body><nav><a href=/>Home</a></nav><article>"
	    "<h2>Shelling resumed on Tuesday in the northern districts</h2>"
	    "<p>The army shelled the northern districts of the city on Tuesday, residents said, after a week of calm, "
	    "and aid groups suspended deliveries to the area.</p>"
	    "<blockquote>We have nowhere left to go, said a teacher who fled with her family, three children and "
	    "her mother.</blockquote>"
	    "<ul><li>Water supplies were cut in four districts, according to the city council.</li>"
	    "<li>Two hospitals were running on generators, doctors said on Tuesday evening.</li></ul>"
	    "<pre>Casualties  12\nDisplaced   4,000</pre>"
	    "<table><caption>Figures from the health ministry, updated daily</caption><tr><td>12 killed, 40 "
	    "wounded in the northern districts</td></tr></table>"
	    "<p>The United Nations said it was ready to resume deliveries, with convoys waiting at the border "
	    "crossing, once the fighting stopped.</p>"
	    "</article><footer>Copyright</footer></body></html>";
	sr_ctx *ctx;
	CHECK(sr_ctx_new(&ctx) == SR_OK);
	sr_article *a = NULL;
	sr_extract_opts o = {.name = "kinds.html"};
	CHECK(sr_extract(ctx, page, strlen(page), &o, &a) == SR_OK);
	if (a) {
		bool seen[6] = {false};
		for (size_t i = 0; i < a->n_paragraphs; i++)
			seen[a->paragraphs[i].kind] = true;
		CHECK(seen[SR_PARA_HEADING]);
		CHECK(seen[SR_PARA_PARAGRAPH]);
		CHECK(seen[SR_PARA_QUOTE]);
		CHECK(seen[SR_PARA_LIST_ITEM]);
		CHECK(seen[SR_PARA_PRE]);
		CHECK(seen[SR_PARA_CAPTION]);
		CHECK(a->n_paragraphs && a->paragraphs[0].start == 0 && strncmp(a->text, "Shelling resumed", 16) == 0);
		CHECK(strstr(a->text, "Casualties  12\nDisplaced") != NULL); /* preformatted keeps its spaces */
		CHECK(!strstr(a->text, "Home") && !strstr(a->text, "Copyright"));
		CHECK_STR(a->title, "Kinds");
		CHECK_STR(a->language, "en");
	}
	sr_article_free(a);
	sr_ctx_free(ctx);
}

/* The tree as nested tags, text in quotes: "body(p('a') p('b'))". */
static void dom_render(const sr_dom *d, int32_t i, sr_buf *b)
{
	const sr_dnode *x = &d->n[i];
	if (x->flags & DF_TEXT) {
		sr_buf_putc(b, '\'');
		sr_buf_append(b, x->text, x->tlen);
		sr_buf_putc(b, '\'');
		return;
	}
	size_t n = 0;
	const char *name = sr_dom_tag_name(d, i, &n);
	sr_buf_append(b, name, n);
	if (x->first < 0)
		return;
	sr_buf_putc(b, '(');
	for (int32_t c = x->first; c >= 0; c = d->n[c].next) {
		dom_render(d, c, b);
		if (d->n[c].next >= 0)
			sr_buf_putc(b, ' ');
	}
	sr_buf_putc(b, ')');
}

/* The body of html, rendered. */
static char *tree_of(sr_html *h, sr_dom *d, sr_arena *a, const char *html)
{
	static char out[2048];
	bool parsed = false;
	bool ok = sr_dom_build(d, h, html, strlen(html), a, &parsed);
	sr_buf b;
	sr_buf_init(&b, 1 << 20);
	if (ok && parsed && d->body >= 0)
		dom_render(d, d->body, &b);
	snprintf(out, sizeof out, "%.*s", (int)b.len, b.data ? b.data : "");
	sr_buf_clear(&b);
	return out;
}

TEST(tree_construction)
{
	sr_html *h = sr_html_new();
	sr_dom d = {0};
	sr_arena a;
	sr_arena_init(&a);
	CHECK(h != NULL);
	if (!h)
		return;
	/* implied end tags */
	CHECK_STR(tree_of(h, &d, &a, "<p>a<p>b"), "body(p('a') p('b'))");
	CHECK_STR(tree_of(h, &d, &a, "<ul><li>a<li>b</ul>c"), "body(ul(li('a') li('b')) 'c')");
	CHECK_STR(tree_of(h, &d, &a, "<dl><dt>a<dd>b<dt>c</dl>"), "body(dl(dt('a') dd('b') dt('c')))");
	CHECK_STR(tree_of(h, &d, &a, "<p>a<div>b</div>"), "body(p('a') div('b'))");
	CHECK_STR(tree_of(h, &d, &a, "<h2>a<h3>b</h2>c"), "body(h2('a') h3('b') 'c')");
	CHECK_STR(tree_of(h, &d, &a, "<table><tr><td>a<td>b<tr><td>c</table>d"),
	          "body(table(tr(td('a') td('b')) tr(td('c'))) 'd')");
	/* end tags: matched within scope, stray ones ignored */
	CHECK_STR(tree_of(h, &d, &a, "<div><span>a</div>b"), "body(div(span('a')) 'b')");
	CHECK_STR(tree_of(h, &d, &a, "<div>a</span>b</div>"), "body(div('a' 'b'))");
	CHECK_STR(tree_of(h, &d, &a, "<div><table><tr><td></div>a</td></tr></table>b</div>c"),
	          "body(div(table(tr(td('a'))) 'b') 'c')");
	CHECK_STR(tree_of(h, &d, &a, "<p>a</p></p>b"), "body(p('a') 'b')");
	/* a formatting element let go leaves the block inside it open */
	CHECK_STR(tree_of(h, &d, &a, "<b><p>a</b>b</p>c"), "body(b(p('a' 'b')) 'c')");
	CHECK_STR(tree_of(h, &d, &a, "<a href=1>a<a href=2>b</a>"), "body(a('a') a('b'))");
	/* void elements, white space between blocks and inline elements */
	CHECK_STR(tree_of(h, &d, &a, "<p>a<br>b<img src=x>c</p>\n  <p><i>x</i> <i>y</i></p>"),
	          "body(p('a' br 'b' img 'c') p(i('x') ' ' i('y')))");
	/* raw text, character references, JSON-LD kept, scripts and styles not */
	CHECK_STR(tree_of(h, &d, &a, "<p>a &amp; b&eacute;</p><script>x<y</script><style>p{}</style>"),
	          "body(p('a & bé') script style)");
	CHECK_STR(tree_of(h, &d, &a, "<p>a</p><script type=\"application/ld+json\">{\"a\":\"<p>x</p>\"}</script>"),
	          "body(p('a') script('{\"a\":\"<p>x</p>\"}'))");
	CHECK(d.n_ldjson == 1);
	/* head and body made when missing; head elements stay in the head */
	tree_of(h, &d, &a, "<title>a <b> c</title><meta name=x content=y>text");
	CHECK(d.head >= 0 && d.title >= 0 && d.n[d.title].parent == d.head && d.n_metas == 1);
	CHECK(d.title >= 0 && d.n[d.title].first >= 0 && d.n[d.n[d.title].first].tlen == 7);
	CHECK_STR(tree_of(h, &d, &a, "text<body class=x><p>a"), "body('text' p('a'))");
	/* CDATA outside SVG and MathML is a bogus comment (myhtml's tokenizer
	 * asks the tree about it: fuzz-cdata-without-tree.bin) */
	CHECK_STR(tree_of(h, &d, &a, "<p>a<![CDATA[x]]>b</p>"), "body(p('a' 'b'))");
	/* HTML breaks out of SVG and MathML */
	CHECK_STR(tree_of(h, &d, &a, "<svg><path d=1/><p>a</p>"), "body(svg p('a'))");
	/* attributes: the ones extraction reads are kept, first one wins */
	tree_of(h, &d, &a, "<html lang=de><a href=\"/x?a=1&amp;b=2\" data-big=\"zzz\" href=2 class=\"byline\">x</a>");
	CHECK(d.lang && d.lang_len == 2 && memcmp(d.lang, "de", 2) == 0);
	int32_t link = d.n_links == 0 && d.body >= 0 ? d.n[d.body].first : -1;
	size_t n = 0;
	CHECK(link >= 0 && sr_dom_attr(&d, link, "href", &n) && n == 10 &&
	      strcmp(sr_dom_attr(&d, link, "href", NULL), "/x?a=1&b=2") == 0);
	CHECK(link >= 0 && sr_dom_attr(&d, link, "data-big", NULL) == NULL);
	CHECK(link >= 0 && (d.n[link].flags & DF_AUTHOR_HINT));
	/* one document after another on the same parser */
	CHECK_STR(tree_of(h, &d, &a, "<p>again</p>"), "body(p('again'))");
	sr_dom_clear(&d);
	sr_arena_clear(&a);
	sr_html_free(h);
}

int main(void)
{
	RUN(dates);
	RUN(bylines);
	RUN(titles);
	RUN(text_lines);
	RUN(guard);
	RUN(strip);
	RUN(paragraph_kinds);
	RUN(tree_construction);
	return h_summary("article");
}
