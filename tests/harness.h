/* harness.h: a tiny test harness.  CHECK records a failure and goes on;
 * the summary line "N passed, N failed" is what CI reads. */
#ifndef SR_HARNESS_H
#define SR_HARNESS_H
#include <stdio.h>
#include <string.h>

static int h_passed, h_failed;
static const char *h_case = "";

#define CHECK(cond)                                                                                                    \
	do {                                                                                                           \
		if (cond) {                                                                                            \
			h_passed++;                                                                                    \
		} else {                                                                                               \
			h_failed++;                                                                                    \
			printf("FAIL %s (%s:%d): %s\n", h_case, __FILE__, __LINE__, #cond);                            \
		}                                                                                                      \
	} while (0)

#define CHECK_STR(got, want)                                                                                           \
	do {                                                                                                           \
		const char *g_ = (got), *w_ = (want);                                                                  \
		if ((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0)) {                                 \
			h_passed++;                                                                                    \
		} else {                                                                                               \
			h_failed++;                                                                                    \
			printf("FAIL %s (%s:%d): got «%s», want «%s»\n", h_case, __FILE__, __LINE__,                   \
			       g_ ? g_ : "(null)", w_ ? w_ : "(null)");                                                \
		}                                                                                                      \
	} while (0)

#define TEST(name) static void name(void)
#define RUN(name)                                                                                                      \
	do {                                                                                                           \
		h_case = #name;                                                                                        \
		name();                                                                                                \
	} while (0)

static inline int h_summary(const char *suite)
{
	printf("%s: %d passed, %d failed\n", suite, h_passed, h_failed);
	return h_failed ? 1 : 0;
}
#endif
