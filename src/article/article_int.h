/* article_int.h: the article stage's own (internal): what its near-duplicate
 * index does to an article. */
#ifndef SR_ARTICLE_INT_H
#define SR_ARTICLE_INT_H
#include "sitrep.h"

/* Record that a is a near-duplicate of the article with this id (copied
 * into a's arena). */
void sr_article_set_near_duplicate(sr_article *a, const char *id);
#endif
