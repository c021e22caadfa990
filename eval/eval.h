/* eval.h: what every evaluation prints last: its figures, a line each,
 * "RESULT EVAL METRIC VALUE FLOOR" (FLOOR "-" when none), which eval/run.sh
 * gathers into one table. */
#ifndef SR_EVAL_H
#define SR_EVAL_H
#include <stdio.h>

static inline void eval_result(const char *eval, const char *metric, double value, double floor)
{
	if (floor > 0)
		printf("RESULT %s %s %.4f %.4f\n", eval, metric, value, floor);
	else
		printf("RESULT %s %s %.4f -\n", eval, metric, value);
}
#endif
