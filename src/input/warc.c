/* warc.c: WARC records and the HTTP responses inside them; see input.h. */
#include "input.h"

#include <brotli/decode.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/str.h"

enum { MAX_HEADER = 1 << 16 };

void sr_rec_out_clear(sr_rec_out *o)
{
	free(o->data);
	free(o->url);
	free(o->date);
	free(o->charset);
	free(o->title);
	free(o->fetched);
	free(o->summary);
	memset(o, 0, sizeof *o);
}

bool sr_warc_sniff(const unsigned char *p, size_t n)
{
	return n >= 6 && memcmp(p, "WARC/", 5) == 0 && sr_is_digit(p[5]);
}

static char *dup_n(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* The value of header `name` in the block [p, p+n) of "Name: value" lines. */
static bool header(const char *p, size_t n, const char *name, const char **v, size_t *vn)
{
	size_t nl = strlen(name);
	const char *end = p + n;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *le = eol ? eol : end;
		if ((size_t)(le - p) > nl && p[nl] == ':' && sr_ascii_ncaseeq(p, name, nl)) {
			const char *a = p + nl + 1, *b = le;
			while (a < b && (*a == ' ' || *a == '\t'))
				a++;
			while (b > a && (b[-1] == '\r' || b[-1] == ' ' || b[-1] == '\t'))
				b--;
			*v = a;
			*vn = (size_t)(b - a);
			return true;
		}
		p = eol ? eol + 1 : end;
	}
	return false;
}

/* End of a header block: the offset just past the blank line, 0 if none. */
static size_t header_end(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (p[i] != '\n')
			continue;
		if (p[i + 1] == '\n')
			return i + 2;
		if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

bool sr_http_is_page(const char *ct)
{
	return !ct[0] || strstr(ct, "html") || strcmp(ct, "text/plain") == 0 || strcmp(ct, "application/xml") == 0;
}

bool sr_http_parse(const char *msg, size_t n, sr_http *h)
{
	memset(h, 0, sizeof *h);
	if (n < 12 || memcmp(msg, "HTTP/", 5) != 0)
		return false;
	const char *sp = memchr(msg, ' ', n < 32 ? n : 32);
	if (!sp || (size_t)(sp - msg) + 4 > n || !sr_is_digit((unsigned char)sp[1]))
		return false;
	h->status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
	size_t he = header_end((const unsigned char *)msg, n);
	if (!he)
		return false;
	h->body_at = he;
	const char *v;
	size_t vn;
	if (header(msg, he, "Content-Type", &v, &vn)) {
		size_t k = 0;
		while (k < vn && v[k] != ';' && k + 1 < sizeof h->content_type) {
			h->content_type[k] = (char)sr_lower((unsigned char)v[k]);
			k++;
		}
		while (k && h->content_type[k - 1] == ' ')
			k--;
		h->content_type[k] = '\0';
		const char *cs = sr_memcasemem(v, vn, "charset=", 8);
		if (cs) {
			cs += 8;
			size_t m = 0;
			while (cs < v + vn && (*cs == '"' || *cs == '\''))
				cs++;
			while (cs + m < v + vn && cs[m] != ';' && cs[m] != '"' && cs[m] != '\'' && cs[m] != ' ' &&
			       m + 1 < sizeof h->charset) {
				h->charset[m] = cs[m];
				m++;
			}
			h->charset[m] = '\0';
		}
	}
	if (header(msg, he, "Content-Encoding", &v, &vn)) {
		size_t k = 0;
		while (k < vn && k + 1 < sizeof h->content_encoding) {
			h->content_encoding[k] = (char)sr_lower((unsigned char)v[k]);
			k++;
		}
		h->content_encoding[k] = '\0';
	}
	if (header(msg, he, "Transfer-Encoding", &v, &vn) && sr_memcasemem(v, vn, "chunked", 7))
		h->chunked = true;
	return true;
}

bool sr_http_dechunk(const char *p, size_t n, sr_buf *out)
{
	size_t i = 0;
	for (;;) {
		/* chunk size in hex, optional extensions, CRLF */
		size_t size = 0;
		int digits = 0;
		while (i < n) {
			unsigned c = (unsigned char)p[i];
			int d = sr_is_digit(c) ? (int)(c - '0') : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (int)((c | 0x20) - 'a' + 10) : -1;
			if (d < 0)
				break;
			if (size > (SIZE_MAX >> 4))
				return false;
			size = size * 16 + (size_t)d;
			digits++;
			i++;
		}
		if (!digits)
			return false;
		const char *eol = memchr(p + i, '\n', n - i);
		if (!eol)
			return false;
		i = (size_t)(eol - p) + 1;
		if (size == 0)
			return true; /* trailers follow; ignored */
		if (size > n - i)
			return false;
		if (!sr_buf_append(out, p + i, size))
			return false;
		i += size;
		if (i < n && p[i] == '\r')
			i++;
		if (i < n && p[i] == '\n')
			i++;
		if (i >= n)
			return true; /* a last chunk without the terminator: keep what came */
	}
}

static sr_status inflate_all(const char *p, size_t n, int wbits, sr_buf *out)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, wbits) != Z_OK)
		return SR_ENOMEM;
	z.next_in = (Bytef *)(uintptr_t)p;
	z.avail_in = (uInt)n;
	int rc = Z_OK;
	while (rc == Z_OK) {
		if (!sr_buf_reserve(out, 1 << 16)) {
			inflateEnd(&z);
			return SR_ETOOBIG;
		}
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = (uInt)(out->cap - out->len - 1);
		size_t before = z.avail_out;
		rc = inflate(&z, Z_NO_FLUSH);
		out->len += before - z.avail_out;
		if (rc == Z_BUF_ERROR && z.avail_in == 0)
			break; /* truncated: keep what came */
		if (rc == Z_BUF_ERROR)
			rc = Z_OK;
	}
	inflateEnd(&z);
	if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR || rc == Z_STREAM_ERROR)
		return SR_EGZIP;
	return SR_OK;
}

sr_status sr_http_decode(const char *enc, const char *p, size_t n, sr_buf *out)
{
	if (!enc[0] || strcmp(enc, "identity") == 0 || strcmp(enc, "none") == 0 || strcmp(enc, "utf-8") == 0)
		return sr_buf_append(out, p, n) ? SR_OK : SR_ETOOBIG;
	if (strcmp(enc, "gzip") == 0 || strcmp(enc, "x-gzip") == 0)
		return inflate_all(p, n, 16 + MAX_WBITS, out);
	if (strcmp(enc, "deflate") == 0) {
		/* zlib-wrapped as the standard says, or raw as some servers send */
		sr_status st = inflate_all(p, n, MAX_WBITS, out);
		if (st == SR_EGZIP) {
			out->len = 0;
			out->failed = false;
			st = inflate_all(p, n, -MAX_WBITS, out);
		}
		return st;
	}
	if (strcmp(enc, "br") == 0) {
		BrotliDecoderState *bs = BrotliDecoderCreateInstance(NULL, NULL, NULL);
		if (!bs)
			return SR_ENOMEM;
		const uint8_t *next_in = (const uint8_t *)p;
		size_t avail_in = n;
		BrotliDecoderResult r = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
		sr_status st = SR_OK;
		while (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
			if (!sr_buf_reserve(out, 1 << 16)) {
				st = SR_ETOOBIG;
				break;
			}
			uint8_t *next_out = (uint8_t *)out->data + out->len;
			size_t avail_out = out->cap - out->len - 1;
			size_t before = avail_out;
			r = BrotliDecoderDecompressStream(bs, &avail_in, &next_in, &avail_out, &next_out, NULL);
			out->len += before - avail_out;
		}
		if (st == SR_OK && r == BROTLI_DECODER_RESULT_ERROR)
			st = SR_EGZIP;
		BrotliDecoderDestroyInstance(bs);
		return st;
	}
	return SR_EINVAL;
}

/* Skip CR and LF between records. */
static void skip_newlines(sr_src *s)
{
	for (;;) {
		if (sr_src_fill(s, 1) == 0)
			return;
		const unsigned char *p = sr_src_data(s);
		size_t n = sr_src_avail(s), k = 0;
		while (k < n && (p[k] == '\r' || p[k] == '\n'))
			k++;
		sr_src_consume(s, k);
		if (k < n)
			return;
	}
}

/* The bytes of a plain input (a file's or memory's), UINT64_MAX when not
 * known (gzip, a pipe). */
static uint64_t stream_size(const sr_src *s)
{
	if (s->gz)
		return UINT64_MAX;
	if (!s->f)
		return s->mem_len;
	struct stat st;
	if (fstat(fileno(s->f), &st) == 0 && S_ISREG(st.st_mode))
		return (uint64_t)st.st_size;
	return UINT64_MAX;
}

/* Drop bytes up to the next line that starts a WARC record. */
static void resync_warc(sr_src *s)
{
	for (;;) {
		size_t n = sr_src_fill(s, 1 << 16);
		if (n < 8)
			break;
		const unsigned char *p = sr_src_data(s);
		if (memcmp(p, "WARC/1.", 7) == 0)
			return;
		for (size_t i = 1; i + 7 <= n; i++)
			if (p[i - 1] == '\n' && memcmp(p + i, "WARC/1.", 7) == 0) {
				sr_src_consume(s, i);
				return;
			}
		sr_src_consume(s, n - 7);
		if (s->broken)
			return;
	}
	sr_src_consume(s, sr_src_avail(s));
}

static void set_error(sr_rec_out *o, sr_input_error e, uint64_t at, const char *msg)
{
	o->kind = SR_REC_ERROR;
	o->error = e;
	o->offset = at;
	snprintf(o->msg, sizeof o->msg, "%s", msg);
}

static void gz_error(sr_src *s, sr_rec_out *o)
{
	set_error(o, SR_IERR_GZIP, s->broken_at, s->err);
	sr_src_resync(s);
}

/* Turn the HTTP response in [p, p+n) into a page or a skip. */
static void http_page(const char *p, size_t n, sr_rec_out *o)
{
	sr_http h;
	if (!sr_http_parse(p, n, &h)) {
		set_error(o, SR_IERR_HTTP, o->offset, "unreadable HTTP response headers");
		return;
	}
	if (h.status < 200 || h.status > 299) {
		o->kind = SR_REC_SKIP;
		o->skip = SR_SKIP_HTTP_STATUS;
		return;
	}
	if (!sr_http_is_page(h.content_type)) {
		o->kind = SR_REC_SKIP;
		o->skip = SR_SKIP_NOT_HTML;
		return;
	}
	const char *body = p + h.body_at;
	size_t bn = n - h.body_at;
	sr_buf dechunked;
	sr_buf_init(&dechunked, SR_MAX_INPUT);
	if (h.chunked && sr_http_dechunk(body, bn, &dechunked)) {
		body = dechunked.data ? dechunked.data : "";
		bn = dechunked.len;
	}
	sr_buf dec;
	sr_buf_init(&dec, SR_MAX_INPUT);
	sr_status st = sr_http_decode(h.content_encoding, body, bn, &dec);
	sr_buf_clear(&dechunked);
	if (st == SR_ETOOBIG) {
		sr_buf_clear(&dec);
		o->kind = SR_REC_SKIP;
		o->skip = SR_SKIP_TOO_LARGE;
		return;
	}
	if (st != SR_OK) {
		sr_buf_clear(&dec);
		char m[120];
		snprintf(m, sizeof m, st == SR_EINVAL ? "unknown Content-Encoding '%s'" : "corrupt %s body",
		         h.content_encoding);
		set_error(o, SR_IERR_HTTP, o->offset, m);
		return;
	}
	if (dec.len == 0) {
		sr_buf_clear(&dec);
		o->kind = SR_REC_SKIP;
		o->skip = SR_SKIP_EMPTY;
		return;
	}
	o->kind = SR_REC_PAGE;
	o->data = sr_buf_steal(&dec, &o->len);
	if (h.charset[0])
		o->charset = dup_n(h.charset, strlen(h.charset));
	o->format = strcmp(h.content_type, "text/plain") == 0 ? SR_FORMAT_TEXT : SR_FORMAT_AUTO;
}

void sr_warc_next(sr_src *s, sr_rec_out *o)
{
	memset(o, 0, sizeof *o);
	/* a gzip error stops the data at the window's end: what is before it
	 * is still good, so it is reported only when a record runs into it */
	skip_newlines(s);
	if (sr_src_avail(s) == 0) {
		if (s->broken)
			gz_error(s, o);
		else
			o->kind = SR_REC_END;
		return;
	}
	o->offset = sr_src_offset(s);
	sr_src_fill(s, MAX_HEADER);
	const unsigned char *p = sr_src_data(s);
	size_t n = sr_src_avail(s);
	if (!sr_warc_sniff(p, n)) {
		if (s->broken) {
			gz_error(s, o);
			return;
		}
		set_error(o, SR_IERR_WARC, o->offset, "not the start of a WARC record");
		resync_warc(s);
		return;
	}
	size_t he = header_end(p, n < MAX_HEADER ? n : MAX_HEADER);
	if (!he) {
		if (s->broken) {
			gz_error(s, o);
			return;
		}
		set_error(o, n < MAX_HEADER ? SR_IERR_TRUNCATED : SR_IERR_WARC, o->offset,
		          n < MAX_HEADER ? "input ends inside a WARC header" : "WARC header over 64 KB");
		sr_src_consume(s, 5);
		resync_warc(s);
		return;
	}
	const char *hp = (const char *)p;
	const char *v;
	size_t vn;
	char type[32] = "";
	if (header(hp, he, "WARC-Type", &v, &vn))
		snprintf(type, sizeof type, "%.*s", (int)(vn < 31 ? vn : 31), v);
	uint64_t clen = 0;
	bool len_ok = header(hp, he, "Content-Length", &v, &vn) && vn > 0 && vn < 20;
	for (size_t i = 0; len_ok && i < vn; i++) {
		if (!sr_is_digit((unsigned char)v[i]))
			len_ok = false;
		else
			clen = clen * 10 + (uint64_t)(v[i] - '0');
	}
	if (!len_ok) {
		set_error(o, SR_IERR_WARC, o->offset, "WARC record without a valid Content-Length");
		sr_src_consume(s, he);
		resync_warc(s);
		return;
	}
	bool response = strcmp(type, "response") == 0;
	bool resource = strcmp(type, "resource") == 0;
	char ctype[64] = "";
	if (header(hp, he, "Content-Type", &v, &vn))
		for (size_t i = 0; i < vn && i + 1 < sizeof ctype && v[i] != ';'; i++) {
			ctype[i] = (char)sr_lower((unsigned char)v[i]);
			ctype[i + 1] = '\0';
		}
	/* a length that runs past the input's end (when its size is known) is
	 * damage: the reader resyncs at the next "WARC/" line after the
	 * header rather than swallow the records after it.  Any other length
	 * is trusted: a record is skipped by it, so that bytes inside its
	 * block can never pass for a record */
	uint64_t size = stream_size(s);
	if (size != UINT64_MAX && o->offset + he + clen > size) {
		set_error(o, SR_IERR_WARC_LENGTH, o->offset,
		          "the WARC record's Content-Length runs past the end of the input: resynced at the next record");
		sr_src_consume(s, he);
		resync_warc(s);
		return;
	}
	if ((!response && !resource) || clen > SR_MAX_INPUT + MAX_HEADER) {
		o->kind = SR_REC_SKIP;
		o->skip = response || resource ? SR_SKIP_TOO_LARGE : SR_SKIP_WARC_NOT_RESPONSE;
		sr_src_consume(s, he);
		/* stream past the block */
		uint64_t left = clen;
		while (left) {
			size_t got = sr_src_fill(s, left < (1 << 20) ? (size_t)left : (1 << 20));
			if (!got)
				break;
			size_t k = got < left ? got : (size_t)left;
			sr_src_consume(s, k);
			left -= k;
		}
		if (left) {
			if (s->broken)
				gz_error(s, o);
			else
				set_error(o, SR_IERR_TRUNCATED, o->offset, "input ends inside a WARC record");
		}
		return;
	}
	char *url = NULL, *date = NULL;
	if (header(hp, he, "WARC-Target-URI", &v, &vn)) {
		if (vn >= 2 && v[0] == '<' && v[vn - 1] == '>') {
			v++;
			vn -= 2;
		}
		url = dup_n(v, vn);
	}
	if (header(hp, he, "WARC-Date", &v, &vn))
		date = dup_n(v, vn);
	sr_src_consume(s, he);
	size_t got = sr_src_fill(s, (size_t)clen);
	if (got < clen) {
		free(url);
		free(date);
		if (s->broken) {
			gz_error(s, o);
			return;
		}
		/* the length ran past the end of a stream of unknown size: the
		 * records after the header are looked for in what there is */
		set_error(o, SR_IERR_WARC_LENGTH, o->offset,
		          "the WARC record's Content-Length runs past the end of the input: resynced at the next record");
		resync_warc(s);
		return;
	}
	const char *block = (const char *)sr_src_data(s);
	o->url = url;
	o->fetched = date;
	if (response || strstr(ctype, "application/http")) {
		http_page(block, (size_t)clen, o);
	} else if (sr_http_is_page(ctype)) {
		o->kind = clen ? SR_REC_PAGE : SR_REC_SKIP;
		o->skip = SR_SKIP_EMPTY;
		if (clen) {
			o->data = dup_n(block, (size_t)clen);
			o->len = (size_t)clen;
		}
	} else {
		o->kind = SR_REC_SKIP;
		o->skip = SR_SKIP_NOT_HTML;
	}
	sr_src_consume(s, (size_t)clen);
	if (o->kind == SR_REC_PAGE && !o->data) {
		sr_rec_out_clear(o);
		set_error(o, SR_IERR_IO, 0, "out of memory");
	}
}
