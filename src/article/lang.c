#include "lang.h"

#include <libexttextcat/textcat.h>
#include <stdlib.h>
#include <string.h>

#include "../util/str.h"

#ifndef SR_TEXTCAT_DIR
#define SR_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif

struct sr_lang {
	void *tc;
};

sr_lang *sr_lang_new(void)
{
	const char *dir = getenv("SITREP_TEXTCAT_DIR");
	if (!dir)
		dir = SR_TEXTCAT_DIR;
	char conf[1024];
	size_t dn = strlen(dir);
	if (dn + 16 > sizeof conf)
		return NULL;
	memcpy(conf, dir, dn);
	if (dn && conf[dn - 1] != '/')
		conf[dn++] = '/';
	memcpy(conf + dn, "fpdb.conf", 10);
	char prefix[1024];
	memcpy(prefix, conf, dn);
	prefix[dn] = '\0';
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
	size_t want = 1500;
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
