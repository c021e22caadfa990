/* lang.h: language identification of article text (exttextcat n-grams). */
#ifndef SR_LANG_H
#define SR_LANG_H
#include <stddef.h>

typedef struct sr_lang sr_lang;

/* NULL when the language models cannot be loaded (identification is then
 * skipped and the markup's language is used alone). */
sr_lang *sr_lang_new(void);
void sr_lang_free(sr_lang *l);
/* One instance for the whole process, made on first use: the models are
 * loaded once and shared by every thread (classification takes a lock, as
 * an exttextcat handle keeps per-call state).  Never freed. */
sr_lang *sr_lang_shared(void);
/* The primary BCP 47 subtag of the text's language into out, or "" when the
 * text is too short or unclear.  Uses at most a few KB of the text. */
void sr_lang_identify(sr_lang *l, const char *text, size_t n, char out[8]);
#endif
