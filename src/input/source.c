/* source.c: a byte source (file or memory) read through a window, gzip
 * undone member by member; see input.h.
 *
 * Gzip members (a WARC record each, as Common Crawl writes them) are
 * inflated whole by libdeflate, about 2.7 times as fast as zlib here, with
 * a megabyte of compressed input looked ahead so that a member is rarely
 * cut.  A member libdeflate cannot take at once (larger than the window's
 * cap, as in a whole-file gzip, or corrupt, or cut short) goes through
 * zlib's streaming inflate instead, which also says precisely what is
 * wrong with it. */
#include "input.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

enum {
	IN_CHUNK = 1 << 18,     /* one read */
	LOOKAHEAD = 1 << 20,    /* compressed bytes held before a member is inflated */
	FAST_OUT_MAX = 8 << 20, /* members inflating to more go to zlib */
};

static bool src_init(sr_src *s)
{
	s->w_cap = 1 << 20;
	s->w = malloc(s->w_cap);
	s->in_cap = LOOKAHEAD + IN_CHUNK;
	s->in = malloc(s->in_cap);
	return s->w && s->in;
}

/* Read into s->in after what is there (moving it to the front first);
 * false when nothing more came. */
static bool read_more(sr_src *s)
{
	if (s->in_pos > 0) {
		memmove(s->in, s->in + s->in_pos, s->in_len - s->in_pos);
		s->in_base += s->in_pos;
		s->in_len -= s->in_pos;
		s->in_pos = 0;
	}
	size_t room = s->in_cap - s->in_len;
	if (room > IN_CHUNK)
		room = IN_CHUNK;
	if (!room)
		return false;
	size_t k;
	if (s->f) {
		k = fread(s->in + s->in_len, 1, room, s->f);
	} else {
		k = s->mem_len - s->mem_pos;
		if (k > room)
			k = room;
		memcpy(s->in + s->in_len, s->mem + s->mem_pos, k);
		s->mem_pos += k;
	}
	s->in_len += k;
	return k > 0;
}

/* Hold at least n compressed bytes (fewer at the end of the input). */
static void look_ahead(sr_src *s, size_t n)
{
	while (s->in_len - s->in_pos < n && read_more(s))
		;
}

/* Bookkeeping for a member that starts at in_pos. */
static void begin_member(sr_src *s)
{
	s->member_at = s->in_base + s->in_pos;
	s->starts[s->members % 64].out = s->w_base + (s->w_end - s->w_start);
	s->starts[s->members % 64].file = s->member_at;
	s->members++;
}

static bool zlib_begin(sr_src *s)
{
	if (s->z_live)
		return inflateReset(&s->z) == Z_OK;
	if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK)
		return false;
	s->z_live = true;
	return true;
}

static bool open_common(sr_src *s)
{
	if (!src_init(s))
		return false;
	look_ahead(s, 2);
	if (s->in_len == 0) {
		s->eof = true;
		return true;
	}
	s->gz = s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b;
	if (s->gz) {
		s->dd = libdeflate_alloc_decompressor();
		if (!s->dd)
			return false;
	}
	return true;
}

bool sr_src_open_file(sr_src *s, FILE *f)
{
	memset(s, 0, sizeof *s);
	s->f = f;
	return open_common(s);
}

bool sr_src_open_mem(sr_src *s, const void *data, size_t len)
{
	memset(s, 0, sizeof *s);
	s->mem = data;
	s->mem_len = len;
	return open_common(s);
}

void sr_src_close(sr_src *s)
{
	if (s->z_live)
		inflateEnd(&s->z);
	if (s->dd)
		libdeflate_free_decompressor(s->dd);
	free(s->w);
	free(s->in);
	memset(s, 0, sizeof *s);
}

/* Room for at least n more bytes at the window's end. */
static bool make_room(sr_src *s, size_t n)
{
	if (s->w_start > 0 && (s->w_start >= s->w_cap / 2 || s->w_cap - s->w_end < n)) {
		memmove(s->w, s->w + s->w_start, s->w_end - s->w_start);
		s->w_end -= s->w_start;
		s->w_start = 0;
	}
	if (s->w_cap - s->w_end >= n)
		return true;
	size_t cap = s->w_cap;
	while (cap - s->w_end < n)
		cap *= 2;
	unsigned char *p = realloc(s->w, cap);
	if (!p)
		return false;
	s->w = p;
	s->w_cap = cap;
	return true;
}

static void gz_fail(sr_src *s, const char *what)
{
	s->broken = true;
	s->broken_at = s->member_at;
	snprintf(s->err, sizeof s->err, "%s (the gzip member at byte %llu)", what, (unsigned long long)s->member_at);
}

/* At a member boundary: skip zero padding, check the magic.  False at the
 * end of the input (or after data that is not gzip: s->broken). */
static bool next_member(sr_src *s)
{
	look_ahead(s, LOOKAHEAD);
	while (s->in_pos < s->in_len && s->in[s->in_pos] == 0) {
		s->in_pos++;
		if (s->in_pos == s->in_len)
			look_ahead(s, LOOKAHEAD);
	}
	if (s->in_pos >= s->in_len)
		return false;
	begin_member(s);
	if (s->in_len - s->in_pos < 2 || s->in[s->in_pos] != 0x1f || s->in[s->in_pos + 1] != 0x8b) {
		gz_fail(s, s->members > 1 ? "data that is not gzip after a gzip member" : "not gzip data");
		return false;
	}
	return true;
}

/* Inflate a whole member with libdeflate; false leaves it to zlib. */
static bool fast_member(sr_src *s)
{
	size_t in_n = s->in_len - s->in_pos;
	size_t space = in_n * 4 + (64 << 10);
	if (space > FAST_OUT_MAX)
		space = FAST_OUT_MAX;
	for (;;) {
		if (!make_room(s, space))
			return false;
		size_t ain = 0, aout = 0;
		enum libdeflate_result r = libdeflate_gzip_decompress_ex(s->dd, s->in + s->in_pos, in_n, s->w + s->w_end,
		                                                        s->w_cap - s->w_end, &ain, &aout);
		if (r == LIBDEFLATE_SUCCESS) {
			s->in_pos += ain;
			s->w_end += aout;
			return true;
		}
		if (r != LIBDEFLATE_INSUFFICIENT_SPACE || space >= FAST_OUT_MAX)
			return false; /* cut short, corrupt, or large: zlib */
		space *= 2;
		if (space > FAST_OUT_MAX)
			space = FAST_OUT_MAX;
	}
}

size_t sr_src_fill(sr_src *s, size_t n)
{
	while (sr_src_avail(s) < n && !s->eof && !s->broken) {
		size_t want = n - sr_src_avail(s);
		if (want < IN_CHUNK)
			want = IN_CHUNK;
		if (!s->gz) {
			if (!make_room(s, want)) {
				snprintf(s->err, sizeof s->err, "out of memory");
				s->eof = true;
				break;
			}
			if (s->in_pos >= s->in_len && !read_more(s)) {
				s->eof = true;
				break;
			}
			size_t k = s->in_len - s->in_pos;
			if (k > s->w_cap - s->w_end)
				k = s->w_cap - s->w_end;
			memcpy(s->w + s->w_end, s->in + s->in_pos, k);
			s->w_end += k;
			s->in_pos += k;
			continue;
		}
		if (!s->in_member) {
			if (!next_member(s)) {
				if (!s->broken)
					s->eof = true;
				break;
			}
			if (fast_member(s))
				continue;
			if (!zlib_begin(s)) {
				gz_fail(s, "out of memory");
				break;
			}
			s->in_member = true;
		}
		/* zlib, streaming through the member */
		if (!make_room(s, want)) {
			gz_fail(s, "out of memory");
			break;
		}
		if (s->in_pos >= s->in_len && !read_more(s)) {
			gz_fail(s, "truncated gzip stream");
			break;
		}
		s->z.next_in = s->in + s->in_pos;
		s->z.avail_in = (uInt)(s->in_len - s->in_pos);
		s->z.next_out = s->w + s->w_end;
		s->z.avail_out = (uInt)(s->w_cap - s->w_end > UINT32_MAX ? UINT32_MAX : s->w_cap - s->w_end);
		uInt before_out = s->z.avail_out;
		int rc = inflate(&s->z, Z_NO_FLUSH);
		s->in_pos = (size_t)(s->z.next_in - s->in);
		s->w_end += before_out - s->z.avail_out;
		if (rc == Z_STREAM_END) {
			s->in_member = false;
		} else if (rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR) {
			char m[100];
			snprintf(m, sizeof m, "corrupt gzip data: %s", s->z.msg ? s->z.msg : "bad stream");
			gz_fail(s, m);
		}
	}
	return sr_src_avail(s);
}

void sr_src_consume(sr_src *s, size_t n)
{
	if (n > sr_src_avail(s))
		n = sr_src_avail(s);
	s->w_start += n;
	s->w_base += n;
}

uint64_t sr_src_offset(const sr_src *s)
{
	if (!s->gz || s->members < 2)
		return s->w_base;
	/* the latest member that began at or before the window's start */
	for (int k = s->members - 1; k >= 0 && k > s->members - 64; k--)
		if (s->starts[k % 64].out <= s->w_base)
			return s->starts[k % 64].file;
	return s->member_at;
}

bool sr_src_resync(sr_src *s)
{
	s->broken = false;
	s->in_member = false;
	s->w_start = s->w_end = 0;
	if (!s->gz) {
		s->eof = true;
		return false;
	}
	/* the next gzip magic after the broken member's start */
	uint64_t from = s->broken_at + 1;
	for (;;) {
		look_ahead(s, 3);
		if (s->in_len - s->in_pos < 3) {
			s->eof = true;
			s->in_pos = s->in_len;
			return false;
		}
		size_t start = s->in_pos;
		if (s->in_base + start < from) {
			uint64_t skip = from - (s->in_base + start);
			start = skip < s->in_len - start ? start + (size_t)skip : s->in_len;
		}
		for (size_t i = start; i + 2 < s->in_len; i++)
			if (s->in[i] == 0x1f && s->in[i + 1] == 0x8b && s->in[i + 2] == 0x08) {
				s->in_pos = i;
				return true;
			}
		/* keep the last two bytes: a magic may be cut between reads */
		s->in_pos = s->in_len - 2 > start ? s->in_len - 2 : start;
		if (!read_more(s)) {
			s->eof = true;
			s->in_pos = s->in_len;
			return false;
		}
	}
}
