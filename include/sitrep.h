/* sitrep.h: the public interface of libsitrep.
 *
 * Ownership, the one rule: every object a function hands out through an
 * out-parameter is owned by the caller and released with the matching
 * *_free(); every pointer *inside* such an object (strings, arrays) belongs to
 * that object and lives exactly as long as it.  An article owns one arena that
 * holds all of its strings: sr_article_free() releases everything at once.
 *
 * Fallible functions return an sr_status; out-parameters are written only on
 * SR_OK; the details of a failure are in sr_ctx_error().  The library never
 * prints and never exits. */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SR_API __attribute__((visibility("default")))
#else
#define SR_API
#endif

#define SITREP_VERSION "0.1.0"

typedef enum sr_status {
	SR_OK = 0,
	SR_ENOMEM = 1,    /* out of memory */
	SR_EINVAL = 2,    /* bad argument or option */
	SR_EIO = 3,       /* file could not be read */
	SR_EPARSE = 4,    /* input could not be parsed */
	SR_ETOOBIG = 5,   /* input exceeds a size cap */
	SR_EENCODING = 6, /* unknown or unusable character set */
	SR_EEMPTY = 7,    /* input has no content at all */
	SR_EGZIP = 8      /* corrupt or truncated gzip stream */
} sr_status;

SR_API const char *sr_status_str(sr_status st);

/* A context: one per thread.  Holds the HTML parser, the language
 * identifier and the last error message. */
typedef struct sr_ctx sr_ctx;

SR_API sr_status sr_ctx_new(sr_ctx **out);
SR_API void sr_ctx_free(sr_ctx *ctx);
/* The message of the last failure on this context ("" if none). */
SR_API const char *sr_ctx_error(const sr_ctx *ctx);

/* ---- article extraction ------------------------------------------------ */

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

typedef struct sr_article {
	const char *url, *source_url;
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

typedef struct sr_extract_opts {
	const char *url;  /* the address the page was read from, or NULL */
	const char *date; /* a publication date to use when the page has none */
	const char *name; /* the input's name, for messages ("-" for stdin) */
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
/* The body text, paragraphs separated by one blank line, malloc'ed. */
SR_API char *sr_article_plain(const sr_article *a, size_t *len);

/* Size caps (bytes). */
#define SR_MAX_INPUT ((size_t)64 << 20) /* raw or decompressed page */

#ifdef __cplusplus
}
#endif
#endif
