/* meta.h: article metadata from markup: meta tags, OpenGraph, JSON-LD,
 * microdata, <time>, bylines and the URL. */
#ifndef SR_META_H
#define SR_META_H
#include "dom.h"
#include "date.h"
#include "../util/arena.h"

enum { SR_MAX_AUTHORS = 16 };

typedef struct sr_meta {
	const char *url, *title, *subtitle, *site_name, *modified;
	const char *h1; /* first heading of the page, for the title */
	sr_date published;
	const char *published_source; /* NULL when none */
	const char *authors[SR_MAX_AUTHORS];
	size_t n_authors;
	const char *lang; /* from markup, normalised primary subtag */
} sr_meta;

/* Fill m from the DOM; strings are copied into a.  opts_url is the address
 * the page came from (may be NULL). */
void sr_meta_extract(const sr_dom *d, sr_arena *a, const char *opts_url, sr_meta *m);
/* Clean a byline ("By Jane Doe and John Roe, Staff Writers") into names
 * added to m (deduplicated). */
void sr_meta_add_byline(sr_meta *m, sr_arena *a, const char *s, size_t n);
/* Strip a site-name suffix or prefix from a page title. */
const char *sr_meta_clean_title(sr_arena *a, const char *title, const char *site, const char *h1);
/* Normalise a BCP 47 tag to its lower-case primary subtag into out. */
bool sr_meta_lang_tag(const char *s, size_t n, char out[8]);
#endif
