#include "gz.h"

#include <stdio.h>
#include <zlib.h>

bool sr_gz_is(const void *data, size_t len)
{
	const unsigned char *p = data;
	return len >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

sr_status sr_gz_inflate(const void *data, size_t len, sr_buf *out, char *err, size_t errlen)
{
	z_stream zs = {0};
	if (inflateInit2(&zs, 15 + 16) != Z_OK) {
		snprintf(err, errlen, "cannot start gzip decoder");
		return SR_ENOMEM;
	}
	const unsigned char *in = data;
	size_t off = 0;
	sr_status st = SR_OK;
	for (;;) {
		size_t chunk = len - off > (1u << 30) ? (1u << 30) : len - off;
		zs.next_in = (unsigned char *)(in + off);
		zs.avail_in = (uInt)chunk;
		if (!sr_buf_reserve(out, 64 * 1024)) {
			st = out->max && out->len + 64 * 1024 > out->max ? SR_ETOOBIG : SR_ENOMEM;
			if (st == SR_ETOOBIG)
				snprintf(err, errlen, "decompressed page exceeds %zu bytes", out->max);
			break;
		}
		zs.next_out = (unsigned char *)out->data + out->len;
		zs.avail_out = (uInt)(out->cap - out->len - 1);
		size_t before_out = zs.avail_out;
		int rc = inflate(&zs, Z_NO_FLUSH);
		off += chunk - zs.avail_in;
		out->len += before_out - zs.avail_out;
		out->data[out->len] = '\0';
		if (rc == Z_STREAM_END) {
			/* another member follows? skip padding zeros */
			while (off < len && in[off] == 0)
				off++;
			if (off >= len)
				break;
			if (!sr_gz_is(in + off, len - off)) {
				snprintf(err, errlen, "trailing garbage after gzip stream at byte %zu", off);
				st = SR_EGZIP;
				break;
			}
			inflateReset(&zs);
			continue;
		}
		if (rc == Z_BUF_ERROR && zs.avail_in == 0 && off >= len) {
			snprintf(err, errlen, "truncated gzip stream (ends at byte %zu)", len);
			st = SR_EGZIP;
			break;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			snprintf(err, errlen, "corrupt gzip stream near byte %zu: %s", off,
			         zs.msg ? zs.msg : "inflate failed");
			st = SR_EGZIP;
			break;
		}
	}
	inflateEnd(&zs);
	return st;
}
