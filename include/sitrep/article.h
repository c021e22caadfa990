/* sitrep/article.h: extraction: one page (HTML or text, any supported
 * character set, optionally gzip-compressed) into an article: its body
 * text with paragraphs, title, authors, dates, language, media and
 * embedded posts; and the near-duplicates among the articles of a run. */
#ifndef SITREP_ARTICLE_H
#define SITREP_ARTICLE_H

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A context: one per thread.  Holds the HTML parser, the language
 * identifier and the last error message. */
typedef struct sr_ctx sr_ctx;

SR_API sr_status sr_ctx_new(sr_ctx **out);
SR_API void sr_ctx_free(sr_ctx *ctx);
/* The message of the last failure on this context ("" if none). */
SR_API const char *sr_ctx_error(const sr_ctx *ctx);

typedef enum sr_para_kind {
	SR_PARA_PARAGRAPH = 0,
	SR_PARA_HEADING,
	SR_PARA_LIST_ITEM,
	SR_PARA_QUOTE,
	SR_PARA_CAPTION,
	SR_PARA_PRE
} sr_para_kind;

typedef struct sr_paragraph {
	size_t start, end; /* byte offsets into sr_article.text */
	sr_para_kind kind;
} sr_paragraph;

typedef struct sr_media {
	const char *url, *caption, *credit; /* NULL when absent */
} sr_media;

typedef enum sr_embed_type { SR_EMBED_POST = 0, SR_EMBED_VIDEO } sr_embed_type;

typedef struct sr_embed {
	sr_embed_type type;
	const char *platform;                                 /* twitter, instagram, facebook, youtube, vimeo, ... */
	const char *author, *handle, *time, *text, *url, *id; /* NULL when absent */
	const char **hashtags;
	size_t n_hashtags;
	const char **mentions;
	size_t n_mentions;
} sr_embed;

#define SR_MINHASH 64

typedef struct sr_article {
	const char *id;                /* stable: 16 hex digits from the canonical url, else the text */
	const char *content_hash;      /* 16 hex digits over the normalised text: equal for exact copies */
	const char *near_duplicate_of; /* id of an earlier article of the same run with nearly the same text */
	/* MinHash signature of the text's word 3-shingles, for near-duplicates;
	 * n_minhash is 0 for texts too short to compare (under 24 words) */
	uint32_t minhash[SR_MINHASH];
	size_t n_minhash;
	const char *url, *source_url;
	const char *fetched; /* when the page was fetched (WARC-Date), ISO 8601 */
	const char *title, *subtitle, *site_name;
	const char **authors;
	size_t n_authors;
	const char *published;           /* ISO 8601 or NULL */
	const char *published_precision; /* year, month, day, minute, second */
	const char *published_source;    /* meta, json-ld, time, url, text, embedded, estimated, option */
	const char *modified;
	const char *language;        /* BCP 47 primary subtag or NULL */
	const char *language_source; /* markup, text, markup+text */
	const char *input_format;    /* html or text */
	const char *charset;         /* charset the input was decoded from */
	const char *text;
	size_t text_len;
	sr_paragraph *paragraphs;
	size_t n_paragraphs;
	sr_media *media;
	size_t n_media;
	sr_embed *embeds;
	size_t n_embeds;
	const char **warnings;
	size_t n_warnings;
} sr_article;

typedef enum sr_format { SR_FORMAT_AUTO = 0, SR_FORMAT_HTML, SR_FORMAT_TEXT } sr_format;

typedef struct sr_extract_opts {
	const char *url;     /* the address the page was read from, or NULL */
	const char *date;    /* a publication date to use when the page has none */
	const char *name;    /* the input's name, for messages ("-" for stdin) */
	const char *charset; /* the charset a transport declared (HTTP Content-Type) */
	const char *title;   /* a title to use when the page has none (feed item, JSONL) */
	const char *summary; /* a deck to use when the page has none (feed item; markup is dropped) */
	const char *fetched; /* when the page was fetched */
	sr_format format;    /* what the data is; AUTO sniffs */
} sr_extract_opts;

/* Extract the article from one page (HTML or plain text, any supported
 * character set, optionally gzip-compressed).  On SR_OK *out is a new article
 * (release with sr_article_free).  A page without an article is not an
 * error: it gives an article with empty text and a warning. */
SR_API sr_status sr_extract(sr_ctx *ctx, const void *data, size_t len, const sr_extract_opts *opts, sr_article **out);
SR_API void sr_article_free(sr_article *a);

/* The article as one line of JSON (no trailing newline), malloc'ed; the
 * caller frees it.  NULL when out of memory. */
SR_API char *sr_article_json(const sr_article *a, size_t *len);
/* The same JSON line written to f as it is made, never held whole in
 * memory.  SR_EIO when a write fails. */
SR_API sr_status sr_article_write_json(const sr_article *a, FILE *f);
/* The body text, paragraphs separated by one blank line, malloc'ed. */
SR_API char *sr_article_plain(const sr_article *a, size_t *len);


/* ---- near-duplicates ------------------------------------------------------ */

/* An index of the articles seen so far in a run.  sr_dedup_add() sets
 * a->near_duplicate_of when an earlier article has nearly the same text
 * (word 3-shingles with a Jaccard similarity of 0.5 or more, estimated by
 * MinHash and found by locality-sensitive hashing) and adds a. */
typedef struct sr_dedup sr_dedup;
SR_API sr_status sr_dedup_new(sr_dedup **out);
SR_API sr_status sr_dedup_add(sr_dedup *d, sr_article *a);
SR_API void sr_dedup_free(sr_dedup *d);

#ifdef __cplusplus
}
#endif
#endif
