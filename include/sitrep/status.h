/* sitrep/status.h: what every part of libsitrep shares: the export macro,
 * the version, the status codes and the last error of a thread.
 *
 * The conventions of the whole library:
 *
 * - Fallible functions return an sr_status.  Out-parameters are written
 *   only on SR_OK; on failure they are left as they were.
 * - An object that fails says why through its own accessor
 *   (sr_ctx_error, sr_reader_error, sr_store_error, sr_dict_error); a
 *   function that makes an object, and so has none to ask when it fails
 *   (sr_store_open, sr_serve_start, sr_pipeline_new), leaves the reason in
 *   sr_error_last(), the last failure of the calling thread.
 * - Every object a function hands out through an out-parameter is owned
 *   by the caller and released with the matching *_free() (or *_close(),
 *   *_stop()); every pointer inside such an object lives exactly as long
 *   as it.
 * - A row or record handed to a callback lives until the callback returns:
 *   copy what must outlive it.
 * - Long calls can be stopped by one mechanism: an sr_stop callback that
 *   the call asks now and then, and that gives up the call when it
 *   returns non-zero (sr_store_watch, sr_watch, sr_pipeline_run).
 * - The library never prints and never exits. */
#ifndef SITREP_STATUS_H
#define SITREP_STATUS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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
	SR_EGZIP = 8,     /* corrupt or truncated gzip stream */
	SR_ESKIP = 9      /* a record that is not a page (counted, not an error) */
} sr_status;

SR_API const char *sr_status_str(sr_status st);

/* The message of the last failure of a call that makes an object, on the
 * calling thread ("" when none). */
SR_API const char *sr_error_last(void);

/* A stop request: stop(arg) is asked now and then by a long call, which
 * gives up when it returns non-zero.  A NULL stop never stops. */
typedef struct sr_stop {
	int (*stop)(void *arg);
	void *arg;
} sr_stop;

/* Size caps (bytes). */
#define SR_MAX_INPUT ((size_t)64 << 20) /* raw or decompressed page, WARC record, JSONL line */
#define SR_MAX_FIELD ((size_t)8 << 10)   /* a title, author, date, URL or other one-line field, from a page or a hint */
#define SR_MAX_SUMMARY ((size_t)64 << 10) /* a summary or description, from a page or a hint */

#ifdef __cplusplus
}
#endif
#endif
