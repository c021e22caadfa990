/* guard.h: protect the HTML parser from pathological nesting.
 *
 * HTML5 tree construction checks "element in scope" by walking the stack
 * of open elements, so a page nested 100,000 deep costs the parser time
 * quadratic in the depth (about 20 s).  Before parsing, a linear scan
 * estimates the nesting depth and cuts the page where it passes a cap; the
 * article keeps a warning. */
#ifndef SR_GUARD_H
#define SR_GUARD_H
#include <stdbool.h>
#include <stddef.h>

enum { SR_MAX_NESTING = 2000 };

/* Bytes of s to keep so that the estimated depth stays within max_depth
 * (n when it does). */
size_t sr_guard_depth_cut(const char *s, size_t n, size_t max_depth);

struct sr_buf;
/* The page without what extraction never reads: the bodies of <script>
 * (except JSON-LD) and <style> elements, and comments, which are a third of
 * a typical page's bytes.  Written to out; false when nothing was removed
 * (out is then left empty: parse s itself). */
bool sr_guard_strip(const char *s, size_t n, struct sr_buf *out);
#endif
