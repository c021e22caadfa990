/* source.c: a byte source (file or memory) read through a window, gzip
 * undone member by member; see input.h. */
#include "input.h"

#include <stdlib.h>
#include <string.h>

enum { IN_CHUNK = 1 << 18 };

static bool src_init(sr_src *s)
{
	s->w_cap = 1 << 20;
	s->w = malloc(s->w_cap);
	s->in = malloc(IN_CHUNK);
	return s->w && s->in;
}

/* Read more compressed (or plain) bytes into s->in; false at the end. */
static bool read_in(sr_src *s)
{
	if (s->in_pos < s->in_len)
		return true;
	s->in_base += s->in_len;
	s->in_pos = s->in_len = 0;
	if (s->f) {
		s->in_len = fread(s->in, 1, IN_CHUNK, s->f);
	} else {
		size_t k = s->mem_len - s->mem_pos;
		if (k > IN_CHUNK)
			k = IN_CHUNK;
		memcpy(s->in, s->mem + s->mem_pos, k);
		s->mem_pos += k;
		s->in_len = k;
	}
	return s->in_len > 0;
}

static void start_member(sr_src *s)
{
	s->member_at = s->in_base + s->in_pos;
	s->starts[s->members % 64].out = s->w_base + (s->w_end - s->w_start);
	s->starts[s->members % 64].file = s->member_at;
	s->members++;
	if (s->z_live)
		inflateReset(&s->z);
	else if (inflateInit2(&s->z, 16 + MAX_WBITS) == Z_OK)
		s->z_live = true;
}

static bool open_common(sr_src *s)
{
	if (!src_init(s))
		return false;
	if (!read_in(s)) {
		s->eof = true;
		return true;
	}
	if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
		s->gz = true;
		start_member(s);
		if (!s->z_live)
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

size_t sr_src_fill(sr_src *s, size_t n)
{
	while (sr_src_avail(s) < n && !s->eof && !s->broken) {
		size_t want = n - sr_src_avail(s);
		if (want < IN_CHUNK)
			want = IN_CHUNK;
		if (!make_room(s, want)) {
			snprintf(s->err, sizeof s->err, "out of memory");
			s->eof = true;
			break;
		}
		if (!read_in(s)) {
			if (s->gz && s->z_live && s->z.total_in > 0)
				gz_fail(s, "truncated gzip stream");
			s->eof = true;
			break;
		}
		if (!s->gz) {
			size_t k = s->in_len - s->in_pos;
			if (k > s->w_cap - s->w_end)
				k = s->w_cap - s->w_end;
			memcpy(s->w + s->w_end, s->in + s->in_pos, k);
			s->w_end += k;
			s->in_pos += k;
			continue;
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
			/* another member may follow */
			if (!read_in(s)) {
				s->z.total_in = 0;
				s->eof = true;
				break;
			}
			if (s->in_len - s->in_pos >= 1 && s->in[s->in_pos] != 0x1f) {
				/* padding zeros at the end are common; anything else is not gzip */
				size_t k = s->in_pos;
				while (k < s->in_len && s->in[k] == 0)
					k++;
				if (k == s->in_len) {
					s->in_pos = k;
					continue;
				}
				gz_fail(s, "data that is not gzip after a gzip member");
				break;
			}
			start_member(s);
			s->z.total_in = 0;
		} else if (rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR) {
			{
			char m[100];
			snprintf(m, sizeof m, "corrupt gzip data: %s", s->z.msg ? s->z.msg : "bad stream");
			gz_fail(s, m);
		}
			break;
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
	s->w_start = s->w_end = 0;
	if (!s->gz) {
		s->eof = true;
		return false;
	}
	/* the next gzip magic after the broken member's start */
	uint64_t from = s->broken_at + 1;
	for (;;) {
		if (s->in_pos >= s->in_len && !read_in(s)) {
			s->eof = true;
			return false;
		}
		while (s->in_pos < s->in_len) {
			uint64_t at = s->in_base + s->in_pos;
			if (at >= from && s->in[s->in_pos] == 0x1f) {
				/* need the next two bytes; a magic split across reads is
				 * handled by peeking what is there */
				if (s->in_pos + 2 < s->in_len) {
					if (s->in[s->in_pos + 1] == 0x8b && s->in[s->in_pos + 2] == 0x08) {
						start_member(s);
						s->z.total_in = 0;
						return true;
					}
				} else {
					/* keep the tail, read on */
					size_t k = s->in_len - s->in_pos;
					memmove(s->in, s->in + s->in_pos, k);
					s->in_base += s->in_pos;
					s->in_pos = 0;
					size_t got = s->f ? fread(s->in + k, 1, IN_CHUNK - k, s->f) : 0;
					if (!s->f) {
						size_t m = s->mem_len - s->mem_pos;
						if (m > IN_CHUNK - k)
							m = IN_CHUNK - k;
						memcpy(s->in + k, s->mem + s->mem_pos, m);
						s->mem_pos += m;
						got = m;
					}
					s->in_len = k + got;
					if (got == 0) {
						s->eof = true;
						return false;
					}
					continue;
				}
			}
			s->in_pos++;
		}
	}
}
