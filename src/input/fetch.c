/* fetch.c: one HTTP(S) GET with libcurl, bounded in every way (redirects,
 * time, size), conditional when asked; see input.h.
 *
 * libcurl is loaded on the first fetch (dlopen), not at start: with the TLS,
 * Kerberos, LDAP and IDN libraries it pulls in, loading it costs 7 MB of
 * resident memory, which a run over files never needs. */
#include "input.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../util/str.h"

/* the functions used, typed from curl.h */
static struct {
	__typeof__(&curl_global_init) global_init;
	__typeof__(&curl_easy_init) easy_init;
	__typeof__(&curl_easy_setopt) easy_setopt;
	__typeof__(&curl_easy_perform) easy_perform;
	__typeof__(&curl_easy_getinfo) easy_getinfo;
	__typeof__(&curl_easy_strerror) easy_strerror;
	__typeof__(&curl_easy_cleanup) easy_cleanup;
	__typeof__(&curl_slist_append) slist_append;
	__typeof__(&curl_slist_free_all) slist_free_all;
	bool ok;
	char error[200];
} C;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static void curl_load(void)
{
	void *h = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(C.error, sizeof C.error, "libcurl is not installed (%s)", dlerror());
		return;
	}
	/* dlsym gives an object pointer; POSIX guarantees it converts */
#define SYM(field, name)                                                                                               	do {                                                                                                           		*(void **)(&C.field) = dlsym(h, name);                                                                 		if (!C.field) {                                                                                        			snprintf(C.error, sizeof C.error, "libcurl lacks %s", name);                                   			return;                                                                                        		}                                                                                                      	} while (0)
	SYM(global_init, "curl_global_init");
	SYM(easy_init, "curl_easy_init");
	SYM(easy_setopt, "curl_easy_setopt");
	SYM(easy_perform, "curl_easy_perform");
	SYM(easy_getinfo, "curl_easy_getinfo");
	SYM(easy_strerror, "curl_easy_strerror");
	SYM(easy_cleanup, "curl_easy_cleanup");
	SYM(slist_append, "curl_slist_append");
	SYM(slist_free_all, "curl_slist_free_all");
#undef SYM
	C.ok = C.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
	if (!C.ok)
		snprintf(C.error, sizeof C.error, "libcurl could not start");
}

void sr_fetch_opts_default(sr_fetch_opts *o)
{
	memset(o, 0, sizeof *o);
	o->connect_timeout_ms = 10000;
	o->timeout_ms = 30000;
	o->max_bytes = SR_MAX_INPUT;
	o->max_redirects = 5;
	o->user_agent = "sitrep/" SITREP_VERSION " (news event extraction; +https://github.com/sitrep)";
}

void sr_fetch_result_clear(sr_fetch_result *r)
{
	free(r->body);
	free(r->effective_url);
	free(r->etag);
	free(r->last_modified);
	memset(r, 0, sizeof *r);
}

typedef struct sink {
	sr_buf body;
	bool over;
	bool public_only;
	char refused[64]; /* the address a connection was refused to */
	sr_fetch_result *r;
} sink;

static bool v4_is_public(uint32_t a)
{
	static const struct {
		uint32_t net, mask;
	} NOT_PUBLIC[] = {
	    {0x00000000, 0xff000000}, /* 0/8: this network */
	    {0x0a000000, 0xff000000}, /* 10/8: private */
	    {0x64400000, 0xffc00000}, /* 100.64/10: shared (CGNAT) */
	    {0x7f000000, 0xff000000}, /* 127/8: loopback */
	    {0xa9fe0000, 0xffff0000}, /* 169.254/16: link-local (metadata services) */
	    {0xac100000, 0xfff00000}, /* 172.16/12: private */
	    {0xc0000000, 0xffffff00}, /* 192.0.0/24: protocol assignments */
	    {0xc0a80000, 0xffff0000}, /* 192.168/16: private */
	    {0xc6120000, 0xfffe0000}, /* 198.18/15: benchmarking */
	    {0xe0000000, 0xf0000000}, /* 224/4: multicast */
	    {0xf0000000, 0xf0000000}, /* 240/4: reserved, broadcast */
	};
	for (size_t i = 0; i < sizeof NOT_PUBLIC / sizeof *NOT_PUBLIC; i++)
		if ((a & NOT_PUBLIC[i].mask) == NOT_PUBLIC[i].net)
			return false;
	return true;
}

bool sr_addr_is_public(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET)
		return v4_is_public(ntohl(((const struct sockaddr_in *)(const void *)sa)->sin_addr.s_addr));
	if (sa->sa_family != AF_INET6)
		return false;
	const unsigned char *b = ((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr.s6_addr;
	static const unsigned char MAPPED[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
	if (!memcmp(b, MAPPED, 12))
		return v4_is_public((uint32_t)b[12] << 24 | (uint32_t)b[13] << 16 | (uint32_t)b[14] << 8 | b[15]);
	static const unsigned char ZERO[15] = {0};
	if (!memcmp(b, ZERO, 15) && b[15] <= 1) /* :: and ::1 */
		return false;
	if ((b[0] & 0xfe) == 0xfc)                   /* fc00::/7: unique local */
		return false;
	if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) /* fe80::/10: link-local */
		return false;
	if (b[0] == 0xff) /* multicast */
		return false;
	return true;
}

/* libcurl's socket for each connection it makes: refused when the
 * address is not public and only public ones are allowed. */
static curl_socket_t open_socket(void *arg, curlsocktype purpose, struct curl_sockaddr *a)
{
	sink *s = arg;
	(void)purpose;
	if (s->public_only && !sr_addr_is_public(&a->addr)) {
		const void *ip = a->family == AF_INET ? (const void *)&((struct sockaddr_in *)(void *)&a->addr)->sin_addr
		                                      : (const void *)&((struct sockaddr_in6 *)(void *)&a->addr)->sin6_addr;
		if ((a->family != AF_INET && a->family != AF_INET6) ||
		    !inet_ntop(a->family, ip, s->refused, sizeof s->refused))
			snprintf(s->refused, sizeof s->refused, "an address of family %d", a->family);
		return CURL_SOCKET_BAD;
	}
	return socket(a->family, a->socktype, a->protocol);
}

static size_t on_body(char *p, size_t size, size_t nmemb, void *arg)
{
	sink *s = arg;
	size_t n = size * nmemb;
	if (!sr_buf_append(&s->body, p, n)) {
		s->over = true;
		return 0; /* aborts the transfer */
	}
	return n;
}

static char *header_value(const char *p, size_t n, const char *name)
{
	size_t nl = strlen(name);
	if (n <= nl + 1 || p[nl] != ':' || !sr_ascii_ncaseeq(p, name, nl))
		return NULL;
	const char *v = p + nl + 1;
	size_t vn = n - nl - 1;
	sr_trim(&v, &vn);
	char *out = malloc(vn + 1);
	if (out) {
		memcpy(out, v, vn);
		out[vn] = '\0';
	}
	return out;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *arg)
{
	sink *s = arg;
	size_t n = size * nmemb;
	/* a redirect starts a new set of headers: keep the last response's */
	if (n > 5 && memcmp(p, "HTTP/", 5) == 0) {
		free(s->r->etag);
		free(s->r->last_modified);
		s->r->etag = s->r->last_modified = NULL;
	}
	char *v;
	if ((v = header_value(p, n, "ETag")) != NULL) {
		free(s->r->etag);
		s->r->etag = v;
	} else if ((v = header_value(p, n, "Last-Modified")) != NULL) {
		free(s->r->last_modified);
		s->r->last_modified = v;
	}
	return n;
}

sr_status sr_fetch(const char *url, const sr_fetch_opts *o, sr_fetch_result *r)
{
	memset(r, 0, sizeof *r);
	pthread_once(&curl_once, curl_load);
	if (!C.ok) {
		snprintf(r->error, sizeof r->error, "%s", C.error);
		return SR_EIO;
	}
	sr_fetch_opts def;
	if (!o) {
		sr_fetch_opts_default(&def);
		o = &def;
	}
	CURL *c = C.easy_init();
	if (!c) {
		snprintf(r->error, sizeof r->error, "out of memory");
		return SR_ENOMEM;
	}
	sink s;
	sr_buf_init(&s.body, o->max_bytes);
	s.over = false;
	s.public_only = o->public_only;
	s.refused[0] = '\0';
	s.r = r;
	struct curl_slist *hdrs = NULL;
	char line[600];
	if (o->etag) {
		snprintf(line, sizeof line, "If-None-Match: %s", o->etag);
		hdrs = C.slist_append(hdrs, line);
	}
	if (o->last_modified) {
		snprintf(line, sizeof line, "If-Modified-Since: %s", o->last_modified);
		hdrs = C.slist_append(hdrs, line);
	}
	C.easy_setopt(c, CURLOPT_URL, url);
	C.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	C.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	C.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	C.easy_setopt(c, CURLOPT_MAXREDIRS, (long)o->max_redirects);
	C.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
	C.easy_setopt(c, CURLOPT_TIMEOUT_MS, o->timeout_ms);
	C.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	C.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding curl can undo: gzip, deflate, br */
	C.easy_setopt(c, CURLOPT_USERAGENT, o->user_agent);
	C.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
	C.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	C.easy_setopt(c, CURLOPT_WRITEDATA, &s);
	C.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	C.easy_setopt(c, CURLOPT_HEADERDATA, &s);
	C.easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, open_socket);
	C.easy_setopt(c, CURLOPT_OPENSOCKETDATA, &s);
	if (hdrs)
		C.easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	CURLcode cc = C.easy_perform(c);
	long status = 0;
	C.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	r->status = status;
	char *eff = NULL;
	if (C.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff)
		r->effective_url = strdup(eff);
	char *ct = NULL;
	if (C.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK && ct) {
		sr_http h;
		char fake[300];
		int fn = snprintf(fake, sizeof fake, "HTTP/1.1 200 X\r\nContent-Type: %s\r\n\r\n", ct);
		if (fn > 0 && (size_t)fn < sizeof fake && sr_http_parse(fake, (size_t)fn, &h)) {
			snprintf(r->content_type, sizeof r->content_type, "%s", h.content_type);
			snprintf(r->charset, sizeof r->charset, "%s", h.charset);
		}
	}
	sr_status st = SR_OK;
	if (cc != CURLE_OK && s.refused[0]) {
		snprintf(r->error, sizeof r->error,
		         "refused to connect to %s: not a public address (loopback, private, link-local or reserved)",
		         s.refused);
		st = SR_EIO;
	} else if (cc == CURLE_WRITE_ERROR && s.over) {
		snprintf(r->error, sizeof r->error, "body larger than the %zu-byte cap", o->max_bytes);
		st = SR_ETOOBIG;
	} else if (cc == CURLE_FILESIZE_EXCEEDED) {
		snprintf(r->error, sizeof r->error, "body larger than the %zu-byte cap", o->max_bytes);
		st = SR_ETOOBIG;
	} else if (cc == CURLE_TOO_MANY_REDIRECTS) {
		snprintf(r->error, sizeof r->error, "more than %d redirects (a redirect loop?)", o->max_redirects);
		st = SR_EIO;
	} else if (cc == CURLE_OPERATION_TIMEDOUT) {
		snprintf(r->error, sizeof r->error, "timed out (%.0f s connect, %.0f s in all)",
		         (double)o->connect_timeout_ms / 1000, (double)o->timeout_ms / 1000);
		st = SR_EIO;
	} else if (cc != CURLE_OK) {
		snprintf(r->error, sizeof r->error, "%s", C.easy_strerror(cc));
		st = SR_EIO;
	} else if (status == 304) {
		r->not_modified = true;
	} else if (status < 200 || status > 299) {
		snprintf(r->error, sizeof r->error, "HTTP status %ld", status);
		st = SR_EIO;
	}
	if (st == SR_OK && !r->not_modified) {
		r->len = s.body.len;
		r->body = sr_buf_steal(&s.body, &r->len);
		if (!r->body)
			r->body = calloc(1, 1);
	}
	sr_buf_clear(&s.body);
	C.slist_free_all(hdrs);
	C.easy_cleanup(c);
	return st;
}
