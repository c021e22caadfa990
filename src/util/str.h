/* str.h: small ASCII and string helpers (locale-independent). */
#ifndef SR_STR_H
#define SR_STR_H
#include <stdbool.h>
#include <stddef.h>
#include "buf.h"

static inline bool sr_is_space(unsigned c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static inline bool sr_is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static inline bool sr_is_alpha(unsigned c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline bool sr_is_alnum(unsigned c) { return sr_is_digit(c) || sr_is_alpha(c); }
static inline unsigned char sr_lower(unsigned c) { return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c); }

bool sr_ascii_ncaseeq(const char *a, const char *b, size_t n);
bool sr_ascii_caseeq(const char *a, size_t an, const char *b);
/* Case-insensitive search of needle in hay; NULL when absent. */
const char *sr_memcasemem(const char *hay, size_t hn, const char *needle, size_t nn);
bool sr_starts_with_ci(const char *s, size_t n, const char *prefix);
/* Trim ASCII and Unicode spaces (U+00A0, U+200B and friends) at both ends. */
void sr_trim(const char **s, size_t *n);
/* Append s[0..n) with every run of white space (ASCII, NBSP, thin and
 * zero-width spaces) collapsed into one ' '; leading space is dropped when
 * the buffer is empty or ends in a space or newline.  Returns bytes added. */
size_t sr_append_collapsed(sr_buf *b, const char *s, size_t n);
/* Width in bytes of a Unicode space at s (0 if none). */
size_t sr_uspace_len(const unsigned char *s, size_t n);
/* Count of UTF-8 characters (code points) in s[0..n). */
size_t sr_utf8_chars(const char *s, size_t n);
#endif
