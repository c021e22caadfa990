#include "lang.h"
#include "../util/datadir.h"

#include <libexttextcat/textcat.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/charset.h"
#include "../util/lexicon.h"
#include "../util/str.h"

#ifndef SR_TEXTCAT_DIR
#define SR_TEXTCAT_DIR "/usr/share/libexttextcat/"
#endif
/* sitrep's per-script language lists (data/textcat/) */

/* Scripts whose languages are told apart by n-grams. */
enum { SET_LATIN, SET_CYRILLIC, SET_ARABIC, SET_DEVANAGARI, SET_ETHIOPIC, SET_ALL, N_SETS };

static const char *const SET_FILES[N_SETS] = {"latin.conf",      "cyrillic.conf", "arabic.conf",
                                              "devanagari.conf", "ethiopic.conf", NULL};

struct sr_lang {
	pthread_mutex_t mu; /* exttextcat handles keep state per call */
	void *tc[N_SETS];   /* loaded on first use */
	bool tried[N_SETS];
	char models[1024], data[1024];
};

sr_lang *sr_lang_new(void)
{
	sr_lang *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	const char *dir = getenv("SITREP_TEXTCAT_DIR");
	snprintf(l->models, sizeof l->models, "%s", dir ? dir : SR_TEXTCAT_DIR);
	size_t n = strlen(l->models);
	if (n && l->models[n - 1] != '/' && n + 1 < sizeof l->models)
		strcat(l->models, "/");
	snprintf(l->data, sizeof l->data, "%s", sr_data_dir());
	pthread_mutex_init(&l->mu, NULL);
	return l;
}

static sr_lang *shared;
static pthread_once_t shared_once = PTHREAD_ONCE_INIT;
static void make_shared(void)
{
	shared = sr_lang_new();
}

sr_lang *sr_lang_shared(void)
{
	pthread_once(&shared_once, make_shared);
	return shared;
}

void sr_lang_free(sr_lang *l)
{
	if (!l)
		return;
	for (int i = 0; i < N_SETS; i++)
		if (l->tc[i])
			textcat_Done(l->tc[i]);
	pthread_mutex_destroy(&l->mu);
	free(l);
}

/* The classifier for a set: its own list, else Debian's full list. */
static void *handle(sr_lang *l, int set)
{
	if (!l->tried[set]) {
		l->tried[set] = true;
		char conf[2200];
		if (SET_FILES[set])
			snprintf(conf, sizeof conf, "%s/textcat/%s", l->data, SET_FILES[set]);
		else
			snprintf(conf, sizeof conf, "%sfpdb.conf", l->models);
		FILE *f = fopen(conf, "r");
		if (f) {
			fclose(f);
			l->tc[set] = special_textcat_Init(conf, l->models);
		}
	}
	if (l->tc[set] || set == SET_ALL)
		return l->tc[set];
	return handle(l, SET_ALL);
}

typedef enum script {
	SC_LATIN,
	SC_CYRILLIC,
	SC_ARABIC,
	SC_GREEK,
	SC_HEBREW,
	SC_DEVANAGARI,
	SC_BENGALI,
	SC_TAMIL,
	SC_THAI,
	SC_GEORGIAN,
	SC_ARMENIAN,
	SC_HANGUL,
	SC_KANA,
	SC_HAN,
	SC_ETHIOPIC,
	SC_MYANMAR,
	SC_SINHALA,
	SC_OTHER,
	N_SCRIPTS
} script;

static script script_of(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	    (c >= 0x1E00 && c <= 0x1EFF))
		return SC_LATIN;
	if (c >= 0x400 && c <= 0x52F)
		return SC_CYRILLIC;
	if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFEFF))
		return SC_ARABIC;
	if (c >= 0x370 && c <= 0x3FF)
		return SC_GREEK;
	if (c >= 0x590 && c <= 0x5FF)
		return SC_HEBREW;
	if (c >= 0x900 && c <= 0x97F)
		return SC_DEVANAGARI;
	if (c >= 0x980 && c <= 0x9FF)
		return SC_BENGALI;
	if (c >= 0xB80 && c <= 0xBFF)
		return SC_TAMIL;
	if (c >= 0xD80 && c <= 0xDFF)
		return SC_SINHALA;
	if (c >= 0xE00 && c <= 0xE7F)
		return SC_THAI;
	if (c >= 0x10A0 && c <= 0x10FF)
		return SC_GEORGIAN;
	if (c >= 0x530 && c <= 0x58F)
		return SC_ARMENIAN;
	if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF))
		return SC_HANGUL;
	if (c >= 0x3040 && c <= 0x30FF)
		return SC_KANA;
	if (c >= 0x4E00 && c <= 0x9FFF)
		return SC_HAN;
	if (c >= 0x1200 && c <= 0x137F)
		return SC_ETHIOPIC;
	if (c >= 0x1000 && c <= 0x109F)
		return SC_MYANMAR;
	return SC_OTHER;
}

/* Function words of the most frequent Latin-script languages of news.  A
 * text where one list clearly outnumbers the others needs no n-gram
 * comparison; anything less clear goes to the n-gram models. */
static const struct {
	const char *lang;
	const char *words; /* space-separated, with a space at both ends */
} FUNCTION_WORDS[] = {
    {"en", " the and of to is that for with was are this have from which were been has their they said "},
    {"de", " der die und das ist nicht mit den von sich des auch eine auf dem wird sind wurde nach einer "},
    {"fr", " les et des est dans une pour qui pas sur par sont avec plus aux cette ont leur été "},
    {"es", " los las del por una con para como más pero sus fue este está también entre sobre "},
    {"it", " il che della per non sono gli delle alla anche nel dei come più stato questo "},
    {"pt", " os não uma com para mais foi pelo pela como são dos das também seu sua está "},
    {"nl", " het een van niet dat zijn voor met ook aan worden werd naar bij door wordt "},
    {"pl", " się nie jest że na do jak oraz przez dla jego był być które tym tak "},
};
enum { N_FW = sizeof FUNCTION_WORDS / sizeof FUNCTION_WORDS[0] };

/* The language whose function words clearly outnumber the others' (at
 * least min of them), or NULL. */
static const char *by_function_words_min(const char *s, size_t n, int min)
{
	int hits[N_FW] = {0};
	char w[24];
	for (size_t i = 0; i < n;) {
		while (i < n && !(sr_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
			i++;
		size_t k = 1;
		w[0] = ' ';
		while (i < n && (sr_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) {
			if (k < sizeof w - 2)
				w[k++] = (char)sr_lower((unsigned char)s[i]);
			i++;
		}
		if (k < 2 || k > 9) /* function words are short: "también" is the longest */
			continue;
		w[k++] = ' ';
		w[k] = '\0';
		for (int j = 0; j < N_FW; j++)
			if (strstr(FUNCTION_WORDS[j].words, w))
				hits[j]++;
	}
	int best = 0, second = -1;
	for (int j = 1; j < N_FW; j++)
		if (hits[j] > hits[best])
			best = j;
	for (int j = 0; j < N_FW; j++)
		if (j != best && (second < 0 || hits[j] > hits[second]))
			second = j;
	if (hits[best] >= min && hits[best] * 2 >= hits[second] * 5)
		return FUNCTION_WORDS[best].lang;
	return NULL;
}

static const char *by_function_words(const char *s, size_t n)
{
	return by_function_words_min(s, n, 12);
}

/* English's closed-class words, which the lexicon (WordNet: nouns,
 * verbs, adjectives, adverbs) does not hold. */
static const char ENGLISH_CLOSED[] =
    " a an the of in on at to for with by from into onto over under after before during since until"
    " about against among between through across along around near off out up down amid despite"
    " without within toward towards upon via per than as and or but nor so yet if while because"
    " although though whether that this these those which who whom whose what when where why how"
    " i me my we us our you your he him his she her it its they them their there here"
    " is are was were be been being am has have had having do does did done will would shall"
    " should can could may might must not no yes all any some each both every many much more most"
    " other another such own same one two three four five six seven eight nine ten"
    " said says told according ";

static bool english_closed(const char *w, size_t n)
{
	char key[16];
	if (n + 2 >= sizeof key)
		return false;
	key[0] = ' ';
	for (size_t i = 0; i < n; i++)
		key[i + 1] = (char)sr_lower((unsigned char)w[i]);
	key[n + 1] = ' ';
	key[n + 2] = '\0';
	return strstr(ENGLISH_CLOSED, key) != NULL;
}

/* How English a short text reads: of its words (letters only, two or
 * more), the share English's closed-class words or the English lexicon
 * know (a name the lexicon does not know, capitalised in a text that is
 * not all capitals, counts neither way); *words their number. */
static double english_share(const char *s, size_t n, int *words)
{
	size_t lower = 0, upper = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		lower += c >= 'a' && c <= 'z';
		upper += c >= 'A' && c <= 'Z';
	}
	bool all_caps = upper > lower * 3;
	int known = 0, counted = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && !sr_is_alpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		size_t b = i;
		bool ascii = true;
		while (i < n && (sr_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 ||
		                 (s[i] == '\'' && i + 1 < n && sr_is_alpha((unsigned char)s[i + 1])))) {
			ascii = ascii && (unsigned char)s[i] < 0x80;
			i++;
		}
		size_t wn = i - b;
		if (wn < 2 || wn > 30)
			continue;
		bool ok = false;
		if (ascii) {
			const char *ap = memchr(s + b, '\'', wn); /* "Kurds'", "Taliban's" */
			size_t stem = ap ? (size_t)(ap - (s + b)) : wn;
			sr_lexinfo li;
			sr_lexform f[4];
			ok = stem >= 2 && (english_closed(s + b, stem) || sr_lex_analyze(s + b, stem, &li, f, 4) > 0 ||
			                   li.lemma_pos || li.form_pos);
		}
		if (!ok && !all_caps && (s[b] >= 'A' && s[b] <= 'Z'))
			continue; /* a name */
		counted++;
		known += ok;
	}
	*words = counted;
	return counted ? (double)known / counted : 0;
}

void sr_lang_identify(sr_lang *l, const char *text, size_t n, char out[8])
{
	out[0] = '\0';
	if (!l || n < 12)
		return;
	/* A short text (a headline, a feed item, an event's note) is too
	 * short for n-grams: it is English when most of its words are
	 * English words, and another language's function words do not
	 * outnumber English's. */
	if (n < 400 && sr_lex_available()) {
		int words = 0;
		double share = english_share(text, n, &words);
		const char *fw = by_function_words_min(text, n, 2);
		if (((words >= 3 && share >= 0.75) || (words == 2 && share == 1)) && (!fw || strcmp(fw, "en") == 0)) {
			snprintf(out, 8, "en");
			return;
		}
	}
	if (n < 40)
		return;
	/* a sample from the middle of the text: titles and datelines at the
	 * start are less typical of the language */
	size_t want = 600;
	size_t off = n > want * 2 ? n / 3 : 0;
	while (off < n && ((unsigned char)text[off] & 0xC0) == 0x80)
		off++;
	size_t len = sr_utf8_cut(text + off, n - off, want);
	const unsigned char *s = (const unsigned char *)text + off;
	size_t count[N_SCRIPTS] = {0}, letters = 0;
	for (size_t i = 0; i < len;) {
		uint32_t c;
		i += sr_utf8_decode(s + i, len - i, &c);
		script sc = script_of(c);
		if (sc != SC_OTHER) {
			count[sc]++;
			letters++;
		}
	}
	if (letters < 20)
		return;
	script top = SC_LATIN;
	for (int i = 0; i < SC_OTHER; i++)
		if (count[i] > count[top])
			top = (script)i;
	/* Japanese mixes kana into Han */
	if ((top == SC_HAN || top == SC_KANA) && count[SC_KANA] * 10 > (count[SC_HAN] + count[SC_KANA]))
		top = SC_KANA;
	static const char *const ALONE[N_SCRIPTS] = {
	    [SC_GREEK] = "el", [SC_HEBREW] = "he",   [SC_BENGALI] = "bn",  [SC_TAMIL] = "ta",
	    [SC_THAI] = "th",  [SC_GEORGIAN] = "ka", [SC_ARMENIAN] = "hy", [SC_HANGUL] = "ko",
	    [SC_KANA] = "ja",  [SC_HAN] = "zh",      [SC_MYANMAR] = "my",  [SC_SINHALA] = "si",
	};
	if (ALONE[top]) {
		snprintf(out, 8, "%s", ALONE[top]);
		return;
	}
	if (top == SC_LATIN) {
		const char *fw = by_function_words(text + off, len);
		if (fw) {
			snprintf(out, 8, "%s", fw);
			return;
		}
	}
	int set = top == SC_CYRILLIC     ? SET_CYRILLIC
	          : top == SC_ARABIC     ? SET_ARABIC
	          : top == SC_DEVANAGARI ? SET_DEVANAGARI
	          : top == SC_ETHIOPIC   ? SET_ETHIOPIC
	                                 : SET_LATIN;
	pthread_mutex_lock(&l->mu);
	void *tc = handle(l, set);
	const char *r = tc ? textcat_Classify(tc, text + off, len) : NULL;
	char res[64] = "";
	if (r)
		snprintf(res, sizeof res, "%s", r); /* the handle's buffer: copied under the lock */
	pthread_mutex_unlock(&l->mu);
	r = res;
	if (r[0] != '[')
		return;
	/* "[en][de]" or "[en--utf8]": the first, up to '-' or ']' */
	size_t k = 0;
	for (const char *p = r + 1; *p && *p != '-' && *p != ']' && k < 7; p++)
		out[k++] = (char)sr_lower((unsigned char)*p);
	out[k] = '\0';
	if (k < 2 || k > 3)
		out[0] = '\0';
}
