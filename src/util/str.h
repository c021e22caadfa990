/* str.h: small ASCII and string helpers (locale-independent). */
#ifndef SR_STR_H
#define SR_STR_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

static inline bool sr_is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline bool sr_is_digit(unsigned c)
{
	return c >= '0' && c <= '9';
}
static inline bool sr_is_alpha(unsigned c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static inline bool sr_is_alnum(unsigned c)
{
	return sr_is_digit(c) || sr_is_alpha(c);
}
static inline unsigned char sr_lower(unsigned c)
{
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static inline unsigned char sr_upper(unsigned c)
{
	return (unsigned char)(c >= 'a' && c <= 'z' ? c - 32 : c);
}

bool sr_ascii_ncaseeq(const char *a, const char *b, size_t n);
bool sr_ascii_caseeq(const char *a, size_t an, const char *b);
/* Case-insensitive search of needle in hay; NULL when absent. */
const char *sr_memcasemem(const char *hay, size_t hn, const char *needle, size_t nn);
bool sr_starts_with_ci(const char *s, size_t n, const char *prefix);
/* The edit distance of a and b, ASCII letters in any case (99 when either
 * is over 63 bytes): how near a user's word is to a name ("did you
 * mean"). */
int sr_edit_distance(const char *a, const char *b);
/* Trim ASCII and Unicode spaces (U+00A0, U+200B and friends) at both ends. */
void sr_trim(const char **s, size_t *n);
/* Append s[0..n) with every run of white space (ASCII, NBSP, thin and
 * zero-width spaces) collapsed into one ' '; leading space is dropped when
 * the buffer is empty or ends in a space or newline.  Returns bytes added. */
size_t sr_append_collapsed(sr_buf *b, const char *s, size_t n);
/* Width in bytes of a Unicode space at s (0 if none). */
size_t sr_uspace_len(const unsigned char *s, size_t n);
/* Lists of phrases with their lengths, matched against lower-case text. */
typedef struct sr_phrase {
	const char *s;
	size_t len;
} sr_phrase;
#define SR_PH(x)                                                                                                       \
	{                                                                                                              \
		x, sizeof(x) - 1                                                                                       \
	}
#define SR_NPH(a) (sizeof(a) / sizeof((a)[0]))
/* Index of the phrase equal to / starting / inside lw[0..n), or -1. */
int sr_phrase_eq(const sr_phrase *l, size_t count, const char *lw, size_t n);
int sr_phrase_prefix(const sr_phrase *l, size_t count, const char *lw, size_t n);
int sr_phrase_in(const sr_phrase *l, size_t count, const char *lw, size_t n);
/* Like sr_phrase_in, but only where the phrase stands as whole words. */
int sr_phrase_in_words(const sr_phrase *l, size_t count, const char *lw, size_t n);
/* ASCII-lower s into out (at most cap bytes); returns the length written. */
size_t sr_lower_copy(const char *s, size_t n, char *out, size_t cap);
/* The space-separated words of s: their start and end offsets, at most
 * max of them; returns how many. */
size_t sr_words(const char *s, size_t n, size_t *start, size_t *end, size_t max);
/* Count of UTF-8 characters (code points) in s[0..n). */
size_t sr_utf8_chars(const char *s, size_t n);
/* The longest prefix of s[0..len) of at most n bytes that cuts no UTF-8
 * character in two. */
size_t sr_utf8_cut(const char *s, size_t len, size_t n);
/* The day an ISO 8601 date names ("2014-04-15", "2014-04-15T10:00Z",
 * "20140415") as YYYYMMDD; a month ("2014-04") its first day; 0 for
 * anything else (a year alone, a malformed date). */
int32_t sr_day_of(const char *s);
#endif
