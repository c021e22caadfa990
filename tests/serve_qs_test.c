/* serve_qs_test.c: the HTTP API's query strings (src/serve/qs.c): what each
 * parameter takes and refuses, percent-decoding, cursors. */
#include <string.h>

#include "harness.h"
#include "serve/qs.h"

static bool parse(sr_api_query *a, const char *qs)
{
	sr_api_query_init(a);
	return sr_api_query_parse(a, qs, strlen(qs));
}

TEST(takes)
{
	sr_api_query a;
	CHECK(parse(&a, ""));
	CHECK(a.limit == SR_API_DEFAULT_LIMIT && !strcmp(a.unit, "day"));
	CHECK(parse(&a, "country=sy&from=2014-01-01&to=2014-12-31&type=Air%2Fdrone+strike&actor=SYRMIL&limit=500"));
	CHECK_STR(a.q.country, "SY");
	CHECK_STR(a.q.type, "Air/drone strike");
	CHECK(a.limit == 500);
	CHECK(parse(&a, "near=36.2,37.15,30&bbox=-10,30,40,60&min_confidence=0.5&per_cluster=true&min_killed=0"));
	CHECK(a.q.has_near && a.q.near_km == 30 && a.q.has_bbox && a.q.bbox[3] == 60 && a.q.per_cluster);
	CHECK(parse(&a, "text=%22air+strike%22+Homs&unit=week&format=acled"));
	CHECK_STR(a.q.text, "\"air strike\" Homs");
	CHECK(!strcmp(a.unit, "week") && !strcmp(a.format, "acled"));
	CHECK(parse(&a, "from=2016-02-29")); /* a leap day */
	CHECK(parse(&a, "&&limit=3&")); /* empty pairs */
	CHECK(a.limit == 3);
	/* the filters as users write them: a country's name, a type in any
	 * case, a year or a month */
	CHECK(parse(&a, "country=Syria&type=battles&from=2022&to=2022-02"));
	CHECK_STR(a.q.country, "SY");
	CHECK_STR(a.q.type, "Battles");
	CHECK_STR(a.q.from, "2022-01-01");
	CHECK_STR(a.q.to, "2022-02-28");
	CHECK(!parse(&a, "type=Batles") && strstr(a.err, "did you mean 'Battles'"));
	CHECK(!parse(&a, "country=Syira") && strstr(a.err, "did you mean Syria (SY)"));
}

TEST(refuses)
{
	static const char *const BAD[] = {
	    "limit=0", "limit=501", "limit=", "limit=1e3", "from=2015-02-29", "from=2014-1-01", "to=2014-01-01&from=2014-02-01",
	    "country=", "country=SYRI", "country=S%20", "near=0,0,0", "near=0,0", "near=a,b,c", "bbox=1,2,3",
	    "bbox=10,0,0,10", "min_confidence=1.5", "min_killed=-1", "per_cluster=2", "cursor=1", "cursor=.0",
	    "cursor=2014-13-01.5", "cursor=20140101.5", "text=a%00b", "text=%0a", "unit=hour", "format=xml", "nosuch=1",
	    "near=nan,0,1", "bbox=-inf,0,0,0"};
	for (size_t i = 0; i < sizeof BAD / sizeof *BAD; i++) {
		sr_api_query a;
		bool ok = parse(&a, BAD[i]);
		CHECK(!ok && a.err[0]);
		if (ok)
			printf("  took '%s'\n", BAD[i]);
	}
	/* too long: a value of 300 characters */
	char big[400] = "text=";
	memset(big + 5, 'a', 300);
	big[305] = '\0';
	sr_api_query a;
	CHECK(!parse(&a, big));
}

TEST(cursors)
{
	char c[64];
	sr_api_cursor(c, sizeof c, "2014-04-15", 1234);
	CHECK_STR(c, "2014-04-15.1234");
	sr_api_query a;
	CHECK(parse(&a, "cursor=2014-04-15.1234"));
	CHECK(a.q.has_cursor && a.q.cursor_id == 1234 && a.q.cursor_date && !strcmp(a.q.cursor_date, "2014-04-15"));
	sr_api_cursor(c, sizeof c, NULL, 7);
	CHECK_STR(c, ".7");
	CHECK(parse(&a, "cursor=.7"));
	CHECK(a.q.has_cursor && a.q.cursor_id == 7 && !a.q.cursor_date);
}

int main(void)
{
	RUN(takes);
	RUN(refuses);
	RUN(cursors);
	return h_summary("qs");
}
