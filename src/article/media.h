/* media.h: images with captions and credits, embedded posts and videos. */
#ifndef SR_MEDIA_H
#define SR_MEDIA_H
#include "dom.h"
#include "sitrep.h"
#include "../util/arena.h"

typedef struct sr_media_list {
	sr_media *media;
	size_t n_media, cap_media;
	sr_embed *embeds;
	size_t n_embeds, cap_embeds;
} sr_media_list;

/* Collect media inside the subtree of root (or the whole body when root is
 * -1) and embeds anywhere in the body.  base resolves relative URLs. */
void sr_media_extract(const sr_dom *d, int32_t root, const char *base, sr_arena *a, sr_media_list *out);
/* Split a caption into caption and credit ("... Photo: Jane Doe / AP"). */
void sr_media_split_credit(sr_arena *a, const char *s, size_t n, const char **caption, const char **credit);
/* Resolve href against base into an arena string. */
const char *sr_url_resolve(sr_arena *a, const char *base, const char *href, size_t hn);
/* Hashtags and @mentions of a post's text. */
void sr_embed_tags(sr_arena *a, sr_embed *e);
bool sr_media_push_embed(sr_arena *a, sr_media_list *l, const sr_embed *e);
bool sr_media_push_media(sr_arena *a, sr_media_list *l, const sr_media *m);
#endif
