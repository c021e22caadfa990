#include "lang.h"

#include <libexttextcat/textcat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"

#ifndef SR_TEXTCAT_DIR
#define SR_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif
/* sitrep's own list of languages (data/textcat.conf); Debian's full list
 * when it cannot be found */
#ifndef SR_TEXTCAT_CONF
#define SR_TEXTCAT_CONF ""
#endif

struct sr_lang {
	void *tc;
};

sr_lang *sr_lang_new(void)
{
	const char *dir = getenv("SITREP_TEXTCAT_DIR");
	if (!dir)
		dir = SR_TEXTCAT_DIR;
	const char *conf_env = getenv("SITREP_TEXTCAT_CONF");
	char prefix[1024], conf[1100];
	size_t dn = strlen(dir);
	if (dn + 2 > sizeof prefix)
		return NULL;
	memcpy(prefix, dir, dn + 1);
	if (dn && prefix[dn - 1] != '/') {
		prefix[dn++] = '/';
		prefix[dn] = '\0';
	}
	const char *own = conf_env ? conf_env : SR_TEXTCAT_CONF;
	FILE *f = own[0] ? fopen(own, "r") : NULL;
	if (f) {
		fclose(f);
		snprintf(conf, sizeof conf, "%s", own);
	} else {
		snprintf(conf, sizeof conf, "%sfpdb.conf", prefix);
	}
	sr_lang *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	l->tc = special_textcat_Init(conf, prefix);
	if (!l->tc) {
		free(l);
		return NULL;
	}
	return l;
}

void sr_lang_free(sr_lang *l)
{
	if (!l)
		return;
	textcat_Done(l->tc);
	free(l);
}

void sr_lang_identify(sr_lang *l, const char *text, size_t n, char out[8])
{
	out[0] = '\0';
	if (!l || n < 40)
		return;
	/* a sample from the middle of the text: titles and datelines at the
	 * start are less typical of the language */
	size_t want = 600;
	size_t off = n > want * 2 ? n / 3 : 0;
	while (off < n && ((unsigned char)text[off] & 0xC0) == 0x80)
		off++;
	size_t len = n - off < want ? n - off : want;
	while (len && off + len < n && ((unsigned char)text[off + len] & 0xC0) == 0x80)
		len--;
	const char *r = textcat_Classify(l->tc, text + off, len);
	if (!r || r[0] != '[')
		return;
	/* "[en--utf8][de--utf8]": take the first; ambiguous results with many
	 * candidates are still led by the best one */
	size_t k = 0;
	for (const char *p = r + 1; *p && *p != '-' && *p != ']' && k < 7; p++)
		out[k++] = (char)sr_lower((unsigned char)*p);
	out[k] = '\0';
	if (k < 2 || k > 3)
		out[0] = '\0';
}
