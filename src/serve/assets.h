/* assets.h: the dashboard's files, compiled in at build time
 * (tools/mkassets.c makes build/assets.c from web/ and its npm packages). */
#ifndef SR_SERVE_ASSETS_H
#define SR_SERVE_ASSETS_H
#include <stddef.h>

typedef struct sr_asset {
	const char *name, *type; /* "app.js", "text/javascript; charset=utf-8" */
	const unsigned char *data;
	size_t len;
} sr_asset;

extern const sr_asset SR_ASSETS[];
extern const size_t SR_N_ASSETS;
#endif
