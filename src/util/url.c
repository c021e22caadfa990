/* url.c: canonical URLs; see sitrep.h. */
#include "sitrep.h"
#include "buf.h"
#include "str.h"

#include <stdbool.h>
#include <string.h>



/* Query parameters that identify a click or a campaign, not a page. */
static bool tracking_param(const char *k, size_t n)
{
	static const char *const exact[] = {
	    "fbclid", "gclid",  "dclid",    "gclsrc",  "msclkid", "yclid",   "igshid", "mc_cid",   "mc_eid",  "_ga",
	    "_gl",    "ocid",   "cmpid",    "ncid",    "sr_share", "ref_src", "ref_url", "smid",    "smtyp",   "cid",
	    "mbid",   "wt.mc_id", "wt_mc_id", "at_medium", "at_campaign", "guccounter", "guce_referrer",
	    "guce_referrer_sig", "__twitter_impression", "s_cid", "ito", "amp", "outputtype", "vero_id", "mkt_tok",
	};
	static const char *const prefix[] = {"utm_", "pk_", "hsa_", "oly_", "__hs", "_hs", "spm"};
	char low[32];
	if (n >= sizeof low)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)sr_lower((unsigned char)k[i]);
	low[n] = '\0';
	for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
		if (strcmp(low, exact[i]) == 0)
			return true;
	for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++)
		if (strncmp(low, prefix[i], strlen(prefix[i])) == 0)
			return true;
	return false;
}

static bool is_default_port(const char *scheme, size_t sn, const char *port, size_t pn)
{
	return (sn == 4 && pn == 2 && memcmp(port, "80", 2) == 0) || (sn == 5 && pn == 3 && memcmp(port, "443", 3) == 0);
}

size_t sr_url_canonical(const char *url, size_t n, char *out, size_t cap)
{
	if (!cap)
		return 0;
	out[0] = '\0';
	/* trim */
	while (n && sr_is_space((unsigned char)*url)) {
		url++;
		n--;
	}
	while (n && sr_is_space((unsigned char)url[n - 1]))
		n--;
	const char *colon = memchr(url, ':', n);
	if (!colon || colon == url || (size_t)(colon - url) + 3 > n || colon[1] != '/' || colon[2] != '/')
		return 0;
	size_t sn = (size_t)(colon - url);
	char scheme[8];
	if (sn >= sizeof scheme)
		return 0;
	for (size_t i = 0; i < sn; i++)
		scheme[i] = (char)sr_lower((unsigned char)url[i]);
	scheme[sn] = '\0';
	if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0)
		return 0;
	const char *p = colon + 3, *end = url + n;
	/* authority */
	const char *auth_end = p;
	while (auth_end < end && *auth_end != '/' && *auth_end != '?' && *auth_end != '#')
		auth_end++;
	const char *host = p;
	for (const char *q = p; q < auth_end; q++)
		if (*q == '@')
			host = q + 1; /* credentials are dropped */
	const char *port = NULL;
	const char *host_end = auth_end;
	for (const char *q = auth_end; q > host; q--)
		if (q[-1] == ':') {
			port = q;
			host_end = q - 1;
			break;
		} else if (q[-1] == ']') {
			break;
		}
	if (host_end == host)
		return 0;
	sr_buf b;
	sr_buf_init(&b, cap - 1);
	sr_buf_append(&b, scheme, sn);
	sr_buf_append(&b, "://", 3);
	size_t host_at = b.len;
	for (const char *q = host; q < host_end; q++)
		sr_buf_putc(&b, (char)sr_lower((unsigned char)*q));
	while (b.len > host_at && b.data[b.len - 1] == '.')
		b.len--; /* "example.com." */
	/* Google's AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path */
	const char *path = auth_end;
	size_t hl = b.len - host_at;
	bool amp_cache = hl > 19 && memcmp(b.data + b.len - 19, ".cdn.ampproject.org", 19) == 0;
	if (amp_cache) {
		const char *q = path;
		size_t rest = (size_t)(end - q);
		size_t skip = rest >= 5 && memcmp(q, "/c/s/", 5) == 0 ? 5 : rest >= 3 && memcmp(q, "/c/", 3) == 0 ? 3 : 0;
		if (skip) {
			sr_buf_clear(&b);
			char tmp[4096];
			size_t tn = 0;
			const char *s = skip == 5 ? "https://" : "http://";
			size_t sl = strlen(s);
			if (sl + rest - skip >= sizeof tmp)
				return 0;
			memcpy(tmp, s, sl);
			memcpy(tmp + sl, q + skip, rest - skip);
			tn = sl + rest - skip;
			return sr_url_canonical(tmp, tn, out, cap);
		}
	}
	if (port && !is_default_port(scheme, sn, port, (size_t)(auth_end - port)) && auth_end > port) {
		sr_buf_putc(&b, ':');
		sr_buf_append(&b, port, (size_t)(auth_end - port));
	}
	/* path, without the AMP suffixes */
	const char *path_end = path;
	while (path_end < end && *path_end != '?' && *path_end != '#')
		path_end++;
	size_t pl = (size_t)(path_end - path);
	size_t path_at = b.len;
	if (pl == 0)
		sr_buf_putc(&b, '/');
	else
		sr_buf_append(&b, path, pl);
	char *ps = b.data + path_at;
	size_t plen = b.len - path_at;
	if (plen >= 4 && memcmp(ps + plen - 4, "/amp", 4) == 0 && plen > 4)
		b.len -= 3; /* /story/amp -> /story/ */
	else if (plen >= 5 && memcmp(ps + plen - 5, "/amp/", 5) == 0 && plen > 5)
		b.len -= 4;
	else if (plen > 9 && memcmp(ps + plen - 9, ".amp.html", 9) == 0) {
		b.len -= 9;
		sr_buf_append(&b, ".html", 5);
	} else if (plen > 4 && memcmp(ps, "/amp/", 5) == 0) {
		memmove(ps, ps + 4, plen - 4);
		b.len -= 4;
	}
	/* query without tracking parameters, order kept */
	if (path_end < end && *path_end == '?') {
		const char *q = path_end + 1;
		const char *q_end = q;
		while (q_end < end && *q_end != '#')
			q_end++;
		bool first = true;
		while (q < q_end) {
			const char *amp = memchr(q, '&', (size_t)(q_end - q));
			const char *pe = amp ? amp : q_end;
			const char *eq = memchr(q, '=', (size_t)(pe - q));
			size_t kn = (size_t)((eq ? eq : pe) - q);
			if (pe > q && !tracking_param(q, kn)) {
				sr_buf_putc(&b, first ? '?' : '&');
				sr_buf_append(&b, q, (size_t)(pe - q));
				first = false;
			}
			q = amp ? amp + 1 : q_end;
		}
	}
	if (b.failed || b.len >= cap) {
		sr_buf_clear(&b);
		return 0;
	}
	memcpy(out, b.data, b.len);
	out[b.len] = '\0';
	size_t len = b.len;
	sr_buf_clear(&b);
	return len;
}
