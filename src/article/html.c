/* html.c: myhtml as a token stream; see html.h. */
#include "html.h"
#include "../util/vec.h"

#include <stdlib.h>

/* the internal header: the token pools (tree->token) are not in api.h */
#include <myhtml/myhtml.h>

struct sr_html {
	myhtml_t *mh;
	myhtml_tree_t *tree;
	sr_html_attr *attrs;
	size_t attr_cap;
	bool failed;
	/* the token before the current one: myhtml's raw-text states read the
	 * previous token's tag, so each token is let go one step late */
	myhtml_token_node_t *prev;
	sr_html_token_fn fn;
	void *ctx;
};

sr_html *sr_html_new(void)
{
	sr_html *h = calloc(1, sizeof *h);
	if (!h)
		return NULL;
	h->mh = myhtml_create();
	if (!h->mh || myhtml_init(h->mh, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK)
		goto fail;
	h->tree = myhtml_tree_create();
	if (!h->tree || myhtml_tree_init(h->tree, h->mh) != MyHTML_STATUS_OK)
		goto fail;
	myhtml_tree_parse_flags_set(h->tree, MyHTML_TREE_PARSE_FLAGS_WITHOUT_BUILD_TREE);
	return h;
fail:
	if (h->tree)
		myhtml_tree_destroy(h->tree);
	if (h->mh)
		myhtml_destroy(h->mh);
	free(h);
	return NULL;
}

void sr_html_free(sr_html *h)
{
	if (!h)
		return;
	myhtml_tree_destroy(h->tree);
	myhtml_destroy(h->mh);
	free(h->attrs);
	free(h);
}

static void *on_token(myhtml_tree_t *tree, myhtml_token_node_t *tok, void *ctx)
{
	sr_html *h = ctx;
	if (h->prev)
		myhtml_token_delete(tree->token, h->prev);
	h->prev = tok;
	/* the tree builder would mark the token done; the tokenizer waits on
	 * that mark before it reads "<![CDATA[" (and crashes without it) */
	tree->token_last_done = tok;
	if (h->failed)
		return h;
	sr_html_token t = {0};
	t.tag = (uint32_t)myhtml_token_node_tag_id(tok);
	if (t.tag == MyHTML_TAG__COMMENT || t.tag == MyHTML_TAG__DOCTYPE || t.tag == MyHTML_TAG__END_OF_FILE ||
	    t.tag == MyHTML_TAG__UNDEF)
		return h;
	if (t.tag == MyHTML_TAG__TEXT) {
		t.text = myhtml_token_node_text(tok, &t.text_len);
		if (!t.text || !t.text_len)
			return h;
		h->fn(h->ctx, &t);
		return h;
	}
	t.close = myhtml_token_node_is_close(tok);
	t.self_closing = myhtml_token_node_is_close_self(tok);
	size_t n = 0;
	for (myhtml_tree_attr_t *a = myhtml_token_node_attribute_first(tok); a; a = myhtml_attribute_next(a)) {
		size_t kn = 0, vn = 0;
		const char *k = myhtml_attribute_key(a, &kn);
		const char *v = myhtml_attribute_value(a, &vn);
		if (!k || !kn)
			continue;
		if (!SR_VEC_GROW(h->attrs, n, h->attr_cap, 16)) {
			h->failed = true;
			return h;
		}
		h->attrs[n++] = (sr_html_attr){k, v ? v : "", kn, v ? vn : 0};
	}
	t.attrs = h->attrs;
	t.n_attrs = n;
	h->fn(h->ctx, &t);
	return h;
}

bool sr_html_tokenize(sr_html *h, const char *s, size_t n, sr_html_token_fn fn, void *ctx)
{
	myhtml_tree_clean(h->tree);
	h->prev = NULL;
	h->failed = false;
	h->fn = fn;
	h->ctx = ctx;
	myhtml_callback_after_token_done_set(h->tree, on_token, h);
	mystatus_t st = myhtml_parse(h->tree, MyENCODING_UTF_8, s, n);
	if (h->prev)
		myhtml_token_delete(h->tree->token, h->prev);
	h->prev = NULL;
	return st == MyHTML_STATUS_OK && !h->failed;
}

const char *sr_html_tag_name(const sr_html *h, uint32_t tag, size_t *len)
{
	return myhtml_tag_name_by_id(h->tree, tag, len);
}
