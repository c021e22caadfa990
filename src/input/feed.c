/* feed.c: RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the items' links, titles,
 * dates and summaries, read as a stream (libxml2's xmlReader, no network);
 * see input.h.  A feed that declares entities in its DTD is refused: an
 * entity used many times can expand a small feed into gigabytes, and no
 * real feed needs one.  Every text taken from a feed is capped
 * (SR_MAX_FIELD, SR_MAX_SUMMARY), and entity references are never
 * expanded into it.
 *
 * libxml2 is loaded on the first feed (dlopen), not at start: with ICU
 * behind it, loading it costs 3 MB of resident memory that a run without
 * feeds never needs.  Strings it hands out are released with free(), which
 * is what xmlFree is unless a program changes libxml2's allocator (sitrep
 * does not). */
#include "input.h"

#include <dlfcn.h>
#include <libxml/uri.h>
#include <libxml/xmlreader.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* the functions used, typed from libxml2's headers */
static struct {
	__typeof__(&xmlBuildURI) xmlBuildURI;
	__typeof__(&xmlFreeDoc) xmlFreeDoc;
	__typeof__(&xmlFreeTextReader) xmlFreeTextReader;
	__typeof__(&xmlReadMemory) xmlReadMemory;
	__typeof__(&xmlReaderForIO) xmlReaderForIO;
	__typeof__(&xmlReaderForMemory) xmlReaderForMemory;
	__typeof__(&xmlReaderWalker) xmlReaderWalker;
	__typeof__(&xmlTextReaderBaseUri) xmlTextReaderBaseUri;
	__typeof__(&xmlTextReaderConstLocalName) xmlTextReaderConstLocalName;
	__typeof__(&xmlTextReaderCurrentNode) xmlTextReaderCurrentNode;
	__typeof__(&xmlTextReaderGetParserLineNumber) xmlTextReaderGetParserLineNumber;
	__typeof__(&xmlTextReaderDepth) xmlTextReaderDepth;
	__typeof__(&xmlTextReaderExpand) xmlTextReaderExpand;
	__typeof__(&xmlTextReaderGetAttribute) xmlTextReaderGetAttribute;
	__typeof__(&xmlTextReaderIsEmptyElement) xmlTextReaderIsEmptyElement;
	__typeof__(&xmlTextReaderNodeType) xmlTextReaderNodeType;
	__typeof__(&xmlTextReaderRead) xmlTextReaderRead;
	__typeof__(&xmlTextReaderSetStructuredErrorHandler) xmlTextReaderSetStructuredErrorHandler;
	bool ok;
	char error[200];
} X;

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;
static void xml_load(void)
{
	void *h = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(X.error, sizeof X.error, "libxml2 is not installed (%s)", dlerror());
		return;
	}
#define SYM(name)                                                                                                      \
	do {                                                                                                           \
		*(void **)(&X.name) = dlsym(h, #name);                                                                 \
		if (!X.name) {                                                                                         \
			snprintf(X.error, sizeof X.error, "libxml2 lacks %s", #name);                                  \
			return;                                                                                        \
		}                                                                                                      \
	} while (0)
	SYM(xmlBuildURI);
	SYM(xmlFreeDoc);
	SYM(xmlFreeTextReader);
	SYM(xmlReadMemory);
	SYM(xmlReaderForIO);
	SYM(xmlReaderForMemory);
	SYM(xmlReaderWalker);
	SYM(xmlTextReaderBaseUri);
	SYM(xmlTextReaderConstLocalName);
	SYM(xmlTextReaderCurrentNode);
	SYM(xmlTextReaderGetParserLineNumber);
	SYM(xmlTextReaderDepth);
	SYM(xmlTextReaderExpand);
	SYM(xmlTextReaderGetAttribute);
	SYM(xmlTextReaderIsEmptyElement);
	SYM(xmlTextReaderNodeType);
	SYM(xmlTextReaderRead);
	SYM(xmlTextReaderSetStructuredErrorHandler);
#undef SYM
	X.ok = true;
}

static bool xml_ready(sr_feed_result *res)
{
	pthread_once(&xml_once, xml_load);
	if (!X.ok)
		snprintf(res->error, sizeof res->error, "%s", X.error);
	return X.ok;
}

#include "../util/str.h"

bool sr_feed_sniff(const unsigned char *p, size_t n)
{
	size_t k = n < 2048 ? n : 2048;
	const char *s = (const char *)p;
	if (k >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		k -= 3;
	}
	while (k && sr_is_space((unsigned char)*s)) {
		s++;
		k--;
	}
	if (k < 5 || s[0] != '<')
		return false;
	/* the root element, after the XML declaration, comments and
	 * processing instructions */
	return sr_memcasemem(s, k, "<rss", 4) || sr_memcasemem(s, k, "<feed", 5) || sr_memcasemem(s, k, "<rdf:RDF", 8);
}


typedef struct feed_state {
	char first_error[200];
} feed_state;

static void on_error(void *arg, xmlErrorPtr e)
{
	feed_state *st = arg;
	if (!e || st->first_error[0] || e->level < XML_ERR_ERROR)
		return;
	char msg[160];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "malformed XML");
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	snprintf(st->first_error, sizeof st->first_error, "line %d, column %d: %s", e->line, e->int2, msg);
}

static char *xdup(const xmlChar *s)
{
	if (!s)
		return NULL;
	const char *a = (const char *)s;
	size_t n = strlen(a);
	sr_trim(&a, &n);
	if (!n)
		return NULL;
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, a, n);
		p[n] = '\0';
	}
	return p;
}

static void set(char **slot, char *v)
{
	if (*slot || !v) {
		free(v);
		return;
	}
	*slot = v;
}

static void clear_item(sr_feed_item *it)
{
	free(it->url);
	free(it->title);
	free(it->date);
	free(it->summary);
	memset(it, 0, sizeof *it);
}

/* The text of the current element, at most cap bytes (cut at a
 * character's start), its text and CDATA only: entity references are
 * not expanded.  Works streaming and over a whole document
 * (xmlTextReaderReadString cannot do the latter).  free() it. */
static xmlChar *text_of(xmlTextReaderPtr r, size_t cap)
{
	xmlNodePtr top = X.xmlTextReaderExpand(r);
	if (!top)
		return NULL;
	size_t n = 0, size = 256;
	char *out = malloc(size);
	if (!out)
		return NULL;
	bool full = false;
	/* depth-first over the element's descendants, without recursion */
	for (xmlNodePtr nd = top->children; nd && !full;) {
		if ((nd->type == XML_TEXT_NODE || nd->type == XML_CDATA_SECTION_NODE) && nd->content) {
			size_t l = strlen((const char *)nd->content);
			if (n + l > cap) {
				l = sr_utf8_cut((const char *)nd->content, l, cap - n);
				full = true;
			}
			if (n + l + 1 > size) {
				size_t ns = size;
				while (n + l + 1 > ns)
					ns *= 2;
				char *t = realloc(out, ns);
				if (!t) {
					free(out);
					return NULL;
				}
				out = t;
				size = ns;
			}
			memcpy(out + n, nd->content, l);
			n += l;
		}
		if (nd->type == XML_ELEMENT_NODE && nd->children) {
			nd = nd->children;
			continue;
		}
		while (nd && nd != top && !nd->next)
			nd = nd->parent;
		nd = nd && nd != top ? nd->next : NULL;
	}
	out[n] = '\0';
	return (xmlChar *)out;
}

/* Does the document declare entities of its own (<!ENTITY> in its DTD)?
 * Asked at the root element, through its node: xmlTextReaderCurrentDoc
 * would make the reader leave the document to the caller to free. */
static bool declares_entities(xmlTextReaderPtr r)
{
	xmlNodePtr nd = X.xmlTextReaderCurrentNode(r);
	xmlDocPtr doc = nd ? nd->doc : NULL;
	return doc && doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities);
}

/* An absolute URL for link against base (NULL when it cannot be made). */
static char *absolute(const char *link, const char *base)
{
	if (!link)
		return NULL;
	char tmp[8];
	if (sr_url_canonical(link, strlen(link), tmp, sizeof tmp) > 0 || strncmp(link, "http://", 7) == 0 ||
	    strncmp(link, "https://", 8) == 0)
		return strdup(link);
	if (!base)
		return NULL;
	xmlChar *u = X.xmlBuildURI((const xmlChar *)link, (const xmlChar *)base);
	if (!u)
		return NULL;
	char *r = NULL;
	if (strncmp((const char *)u, "http://", 7) == 0 || strncmp((const char *)u, "https://", 8) == 0)
		r = strdup((const char *)u);
	free(u);
	return r;
}

/* Walk a reader over a feed, handing items past the first `skip` to fn.
 * Returns the last xmlTextReaderRead result (0 at the end, -1 on error),
 * -2 when the feed is refused (res->error says why). */
static int walk(xmlTextReaderPtr r, const char *base_url, size_t skip, size_t max_items, sr_feed_item_fn fn,
                void *ctx, sr_feed_result *res)
{
	sr_feed_item it = {0};
	bool in_item = false;
	int item_depth = -1;
	char *channel_link = NULL;
	size_t seen = 0;
	int rc;
	while ((rc = X.xmlTextReaderRead(r)) == 1) {
		int type = X.xmlTextReaderNodeType(r);
		const char *name = (const char *)X.xmlTextReaderConstLocalName(r);
		int depth = X.xmlTextReaderDepth(r);
		if (!name)
			continue;
		if (type == XML_READER_TYPE_ELEMENT && depth == 0 && declares_entities(r)) {
			snprintf(res->error, sizeof res->error,
			         "line %d: the feed declares entities in its DTD (<!ENTITY>), which sitrep refuses",
			         X.xmlTextReaderGetParserLineNumber(r));
			rc = -2;
			break;
		}
		if (type == XML_READER_TYPE_ELEMENT) {
			if (!in_item && (strcmp(name, "item") == 0 || strcmp(name, "entry") == 0)) {
				in_item = true;
				item_depth = depth;
				clear_item(&it);
				/* RSS 1.0: <item rdf:about="URL"> */
				xmlChar *about = X.xmlTextReaderGetAttribute(r, (const xmlChar *)"rdf:about");
				if (about) {
					set(&it.url, xdup(about));
					free(about);
				}
				if (X.xmlTextReaderIsEmptyElement(r))
					in_item = false;
				continue;
			}
			if (!in_item) {
				/* the channel's own link, a base for relative item links */
				if (strcmp(name, "link") == 0 && !channel_link) {
					xmlChar *href = X.xmlTextReaderGetAttribute(r, (const xmlChar *)"href");
					if (href) {
						channel_link = xdup(href);
						free(href);
					} else if (!X.xmlTextReaderIsEmptyElement(r)) {
						xmlChar *t = text_of(r, SR_MAX_FIELD);
						channel_link = xdup(t);
						free(t);
					}
				}
				continue;
			}
			if (depth != item_depth + 1)
				continue;
			if (strcmp(name, "link") == 0) {
				xmlChar *href = X.xmlTextReaderGetAttribute(r, (const xmlChar *)"href");
				xmlChar *rel = X.xmlTextReaderGetAttribute(r, (const xmlChar *)"rel");
				if (href) {
					/* Atom: the alternate link is the article */
					if (!rel || strcmp((const char *)rel, "alternate") == 0) {
						xmlChar *base = X.xmlTextReaderBaseUri(r);
						char *abs = absolute((const char *)href, base && base[0] ? (const char *)base
						                                         : base_url       ? base_url
						                                                          : channel_link);
						free(base);
						free(it.url);
						it.url = abs;
					}
				} else if (!X.xmlTextReaderIsEmptyElement(r)) {
					xmlChar *t = text_of(r, SR_MAX_FIELD);
					char *v = xdup(t);
					free(t);
					xmlChar *base = X.xmlTextReaderBaseUri(r);
					char *abs = absolute(v, base && base[0] ? (const char *)base
					                        : base_url       ? base_url
					                                         : channel_link);
					free(base);
					free(v);
					if (abs) {
						free(it.url);
						it.url = abs;
					}
				}
				free(href);
				free(rel);
			} else if (strcmp(name, "guid") == 0 || strcmp(name, "id") == 0) {
				/* a permalink guid when there is no link */
				xmlChar *perma = X.xmlTextReaderGetAttribute(r, (const xmlChar *)"isPermaLink");
				bool is_link = !perma || strcmp((const char *)perma, "false") != 0;
				free(perma);
				if (is_link && !it.url && !X.xmlTextReaderIsEmptyElement(r)) {
					xmlChar *t = text_of(r, SR_MAX_FIELD);
					char *v = xdup(t);
					free(t);
					if (v && (strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0))
						it.url = v;
					else
						free(v);
				}
			} else if (strcmp(name, "title") == 0 || strcmp(name, "pubDate") == 0 ||
			           strcmp(name, "published") == 0 || strcmp(name, "updated") == 0 ||
			           strcmp(name, "date") == 0 || strcmp(name, "description") == 0 ||
			           strcmp(name, "summary") == 0) {
				if (X.xmlTextReaderIsEmptyElement(r))
					continue;
				bool summary = name[0] == 's' || (name[0] == 'd' && name[1] == 'e');
				xmlChar *t = text_of(r, summary ? SR_MAX_SUMMARY : SR_MAX_FIELD);
				char *v = xdup(t);
				free(t);
				if (name[0] == 't')
					set(&it.title, v);
				else if (name[0] == 'd' && name[1] == 'e')
					set(&it.summary, v);
				else if (name[0] == 's')
					set(&it.summary, v);
				else if (strcmp(name, "updated") == 0 && it.date)
					free(v); /* published wins over updated */
				else if (strcmp(name, "published") == 0 || strcmp(name, "pubDate") == 0) {
					free(it.date);
					it.date = v;
				} else
					set(&it.date, v);
			}
		} else if (type == XML_READER_TYPE_END_ELEMENT && in_item && depth == item_depth &&
		           (strcmp(name, "item") == 0 || strcmp(name, "entry") == 0)) {
			in_item = false;
			if (it.url && seen++ >= skip) {
				if (res->items >= max_items) {
					res->truncated = true;
					clear_item(&it);
					break;
				}
				res->items++;
				fn(ctx, &it);
			} else if (!it.url) {
				res->without_link++;
			}
			clear_item(&it);
		}
	}
	clear_item(&it);
	free(channel_link);
	return rc;
}

sr_status sr_feed_parse(const char *data, size_t n, const char *base_url, size_t max_items, sr_feed_item_fn fn,
                        void *ctx, sr_feed_result *res)
{
	memset(res, 0, sizeof *res);
	if (!xml_ready(res))
		return SR_EIO;
	if (n > INT32_MAX)
		return SR_ETOOBIG;
	feed_state st = {{0}};
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	xmlTextReaderPtr r = X.xmlReaderForMemory(data, (int)n, base_url, NULL, opts);
	if (!r)
		return SR_ENOMEM;
	X.xmlTextReaderSetStructuredErrorHandler(r, on_error, &st);
	int rc = walk(r, base_url, 0, max_items, fn, ctx, res);
	X.xmlFreeTextReader(r);
	if (rc == -2)
		return SR_EPARSE; /* refused: res->error says why */
	if ((rc < 0 || st.first_error[0]) && !res->truncated && n <= SR_FEED_MAX_RECOVER) {
		/* the streaming reader stops at the first error, sometimes before
		 * items that were whole; a recovering parse of the whole feed
		 * gives the rest */
		xmlDocPtr doc = X.xmlReadMemory(data, (int)n, base_url, NULL, opts | XML_PARSE_RECOVER);
		if (doc) {
			xmlTextReaderPtr w = X.xmlReaderWalker(doc);
			if (w) {
				size_t before = res->items;
				walk(w, base_url, before, max_items, fn, ctx, res);
				X.xmlFreeTextReader(w);
			}
			X.xmlFreeDoc(doc);
		}
	}
	if (st.first_error[0] || rc < 0) {
		snprintf(res->error, sizeof res->error, "%s", st.first_error[0] ? st.first_error : "malformed XML");
		return SR_EPARSE;
	}
	return SR_OK;
}

static int src_read(void *ctx, char *buf, int len)
{
	sr_src *s = ctx;
	size_t n = sr_src_fill(s, 1);
	if (!n)
		return s->broken ? -1 : 0;
	if (n > (size_t)len)
		n = (size_t)len;
	memcpy(buf, sr_src_data(s), n);
	sr_src_consume(s, n);
	return (int)n;
}

static int src_close(void *ctx)
{
	(void)ctx;
	return 0;
}

sr_status sr_feed_parse_src(sr_src *s, const char *base_url, size_t max_items, sr_feed_item_fn fn, void *ctx,
                            sr_feed_result *res)
{
	memset(res, 0, sizeof *res);
	if (!xml_ready(res))
		return SR_EIO;
	feed_state st = {{0}};
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	xmlTextReaderPtr r = X.xmlReaderForIO(src_read, src_close, s, base_url, NULL, opts);
	if (!r)
		return SR_ENOMEM;
	X.xmlTextReaderSetStructuredErrorHandler(r, on_error, &st);
	int rc = walk(r, base_url, 0, max_items, fn, ctx, res);
	X.xmlFreeTextReader(r);
	if (rc == -2)
		return SR_EPARSE;
	if (st.first_error[0] || rc < 0) {
		snprintf(res->error, sizeof res->error, "%s",
		         st.first_error[0] ? st.first_error : s->broken ? s->err : "malformed XML");
		return SR_EPARSE;
	}
	return SR_OK;
}
