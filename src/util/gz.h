/* gz.h: gzip detection and bounded decompression (zlib). */
#ifndef SR_GZ_H
#define SR_GZ_H
#include <stdbool.h>
#include <stddef.h>
#include "sitrep.h"
#include "buf.h"

bool sr_gz_is(const void *data, size_t len);
/* Inflate all gzip members of data into out (whose max caps the size).
 * SR_EGZIP with a message in err for corrupt or truncated input,
 * SR_ETOOBIG past the cap. */
sr_status sr_gz_inflate(const void *data, size_t len, sr_buf *out, char *err, size_t errlen);
#endif
