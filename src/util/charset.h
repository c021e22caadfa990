/* charset.h: find a page's character set and convert it to valid UTF-8. */
#ifndef SR_CHARSET_H
#define SR_CHARSET_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "sitrep.h"
#include "buf.h"

/* Decide the charset of data: BOM, then UTF-16 without BOM, then an XML
 * declaration or an HTML meta charset / http-equiv in the first 8 KB, then
 * (if undeclared) UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * Writes a canonical iconv name into name (e.g. "UTF-8", "WINDOWS-1256"),
 * and *skip = length of a BOM to drop. */
void sr_charset_detect(const unsigned char *p, size_t n, char *name, size_t namelen, size_t *skip);

/* Map a charset label as written in a page to an iconv name following the
 * WHATWG encoding table (latin1 -> WINDOWS-1252, ...).  False if unknown. */
bool sr_charset_canon(const char *label, size_t n, char *out, size_t outlen);

/* Convert p[0..n) from charset to UTF-8, appended to out; invalid or
 * unconvertible sequences become U+FFFD.  NUL bytes become U+FFFD too. */
sr_status sr_charset_to_utf8(const char *charset, const unsigned char *p, size_t n, sr_buf *out);

/* Append s[0..n) to out as valid UTF-8: invalid sequences, surrogates,
 * overlongs and NUL become U+FFFD. */
bool sr_utf8_sanitize(const unsigned char *s, size_t n, sr_buf *out);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
size_t sr_utf8_seqlen(const unsigned char *s, size_t n);
bool sr_utf8_valid(const unsigned char *s, size_t n);
/* Decode one code point at s; returns bytes used (1 on invalid, cp=0xFFFD). */
size_t sr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
size_t sr_utf8_encode(uint32_t cp, char out[4]);
/* Does s hold combining marks that NFC would compose (U+0300..U+036F,
 * Hangul jamo)?  A cheap test before normalising. */
bool sr_utf8_needs_nfc(const char *s, size_t n);
/* Normalise b->data[from..len) to NFC in place when it needs it (the
 * bytes after from are replaced); false when out of memory. */
bool sr_buf_nfc_tail(sr_buf *b, size_t from);
struct sr_arena;
/* s[0..n) as clean text in the arena: trimmed, white space collapsed,
 * composed to NFC; NULL when s is NULL or holds only white space. */
const char *sr_text_dup(struct sr_arena *a, const char *s, size_t n);
/* s in Unicode normalisation form C (utf8proc), malloc'ed; NULL on error. */
char *sr_utf8_nfc(const char *s, size_t n, size_t *outlen);
#endif
