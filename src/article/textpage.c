#define _GNU_SOURCE
#include "textpage.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/charset.h"
#include "../util/str.h"
#include "../util/vec.h"

bool sr_textpage_is_text(const char *s, size_t n)
{
	size_t i = 0, lim = n < 4096 ? n : 4096, tags = 0;
	while (i < lim && sr_is_space((unsigned char)s[i]))
		i++;
	if (i < lim && s[i] == '<')
		return false;
	static const char *const MARKS[] = {"<html", "<body", "<!doctype", "<div",  "<p>",
	                                    "<p ",   "<head", "<br",       "<span", "<a href"};
	for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++)
		if (sr_memcasemem(s, lim, MARKS[k], strlen(MARKS[k])))
			tags++;
	return tags < 2;
}

/* Whole-line furniture, compared case-insensitively after trimming. */
static const sr_phrase FURNITURE_EXACT[] = {
    SR_PH("kontakt"),
    SR_PH("contact"),
    SR_PH("contacto"),
    SR_PH("kontakt:"),
    SR_PH("contact:"),
    SR_PH("community"),
    SR_PH("quellenangaben"),
    SR_PH("quellenangaben:"),
    SR_PH("pdf"),
    SR_PH("originalartikel"),
    SR_PH("fragen an den autor"),
    SR_PH("anzeige"),
    SR_PH("werbung"),
    SR_PH("über den autor"),
    SR_PH("über die autorin"),
    SR_PH("about the author"),
    SR_PH("à propos de l'auteur"),
    SR_PH("sobre el autor"),
    SR_PH("bild anzeigen"),
    SR_PH("weiterführender link"),
    SR_PH("weiterführende links"),
    SR_PH("mehr themen"),
    SR_PH("themen"),
    SR_PH("schlagworte"),
    SR_PH("tags"),
    SR_PH("keywords"),
    SR_PH("drukuj"),
    SR_PH("imprimer"),
    SR_PH("drucken"),
    SR_PH("imprimir"),
    SR_PH("stampa"),
    SR_PH("permalien"),
    SR_PH("permalink"),
    SR_PH("teilen"),
    SR_PH("partager"),
    SR_PH("compartir"),
    SR_PH("udostępnij"),
    SR_PH("back to top"),
    SR_PH("top"),
    SR_PH("share"),
    SR_PH("share this"),
    SR_PH("share this article"),
    SR_PH("share this story"),
    SR_PH("tweet"),
    SR_PH("email"),
    SR_PH("e-mail"),
    SR_PH("print"),
    SR_PH("comments"),
    SR_PH("comment"),
    SR_PH("advertisement"),
    SR_PH("advertising"),
    SR_PH("related"),
    SR_PH("related stories"),
    SR_PH("related articles"),
    SR_PH("read more"),
    SR_PH("more"),
    SR_PH("skip to content"),
    SR_PH("skip to main content"),
    SR_PH("menu"),
    SR_PH("search"),
    SR_PH("subscribe"),
    SR_PH("sign up"),
    SR_PH("sign in"),
    SR_PH("log in"),
    SR_PH("login"),
    SR_PH("follow us"),
    SR_PH("like"),
    SR_PH("reply"),
    SR_PH("retweet"),
    SR_PH("favorite"),
    SR_PH("posted on"),
    SR_PH("posted"),
    SR_PH("updated"),
    SR_PH("share on facebook"),
    SR_PH("share on twitter"),
    SR_PH("facebook"),
    SR_PH("twitter"),
    SR_PH("linkedin"),
    SR_PH("whatsapp"),
    SR_PH("pinterest"),
    SR_PH("reddit"),
    SR_PH("copy link"),
    SR_PH("link"),
    SR_PH("view comments"),
    SR_PH("leave a comment"),
    SR_PH("show comments"),
    SR_PH("close"),
    SR_PH("next"),
    SR_PH("previous"),
    SR_PH("home"),
    SR_PH("view this image"),
    SR_PH("view this embed"),
    SR_PH("view this image \xE2\x80\xBA"),
    SR_PH("view this embed \xE2\x80\xBA"),
    SR_PH("view this video on youtube"),
    SR_PH("view this video on vimeo"),
    SR_PH("view entire post \xE2\x80\xBA"),
    SR_PH("image"),
    SR_PH("photo"),
    SR_PH("video"),
    SR_PH("getty images"),
    SR_PH("ad"),
    SR_PH("sponsored"),
    SR_PH("loading"),
    SR_PH("loading..."),
    SR_PH("you may also like"),
    SR_PH("recommended"),
    SR_PH("most popular"),
    SR_PH("trending"),
    SR_PH("newsletter"),
};

/* The lengths of FURNITURE_EXACT's phrases, as bits (all are under 64
 * bytes): most lines are turned away by their length alone. */
static uint64_t furniture_lengths(void)
{
	static uint64_t mask; /* computed the same by every thread: a benign race */
	uint64_t m = __atomic_load_n(&mask, __ATOMIC_RELAXED);
	if (!m) {
		for (size_t i = 0; i < SR_NPH(FURNITURE_EXACT); i++)
			m |= FURNITURE_EXACT[i].len < 64 ? 1ULL << FURNITURE_EXACT[i].len : 1ULL << 63;
		__atomic_store_n(&mask, m, __ATOMIC_RELAXED);
	}
	return m;
}

/* Lines that start with these are furniture. */
static const sr_phrase FURNITURE_PREFIX[] = {
    SR_PH("titelbild"),
    SR_PH("weitere beiträge"),
    SR_PH("dieser text wurde"),
    SR_PH("dieser artikel wurde"),
    SR_PH("this story was"),
    SR_PH("this post was"),
    SR_PH("this entry was posted"),
    SR_PH("zurück zur"),
    SR_PH("zurück zum"),
    SR_PH("abbildung "),
    SR_PH("abb. "),
    SR_PH("kommentierte artikel"),
    SR_PH("category:"),
    SR_PH("category :"),
    SR_PH("categories:"),
    SR_PH("kategorie:"),
    SR_PH("catégorie :"),
    SR_PH("sorted by"),
    SR_PH("sort by"),
    SR_PH("*werbung"),
    SR_PH("*anzeige"),
    SR_PH("kommentare"),
    SR_PH("themen:"),
    SR_PH("mehr themen:"),
    SR_PH("schlagworte:"),
    SR_PH("tags:"),
    SR_PH("warning: "),
    SR_PH("notice: "),
    SR_PH("deprecated: "),
    SR_PH("fatal error: "),
    SR_PH("der beitrag wurde am"),
    SR_PH("mire:"),
    SR_PH("lea también"),
    SR_PH("lee también"),
    SR_PH("te puede interesar"),
    SR_PH("le puede interesar"),
    SR_PH("lesen sie auch"),
    SR_PH("lesen sie weiter"),
    SR_PH("lire aussi"),
    SR_PH("à lire aussi"),
    SR_PH("read also"),
    SR_PH("also read:"),
    SR_PH("pour lire la suite"),
    SR_PH("para seguir leyendo"),
    SR_PH("continua a leggere"),
    SR_PH("leia também"),
    SR_PH("veja também"),
    SR_PH("czytaj też"),
    SR_PH("czytaj także"),
    SR_PH("zobacz też"),
    SR_PH("more:"),
    SR_PH("mehr:"),
    SR_PH("got a confidential tip"),
    SR_PH("share this"),
    SR_PH("share on "),
    SR_PH("subscribe to"),
    SR_PH("sign up for"),
    SR_PH("sign up to"),
    SR_PH("click here"),
    SR_PH("follow us on"),
    SR_PH("follow @"),
    SR_PH("like us on"),
    SR_PH("all rights reserved"),
    SR_PH("copyright \xC2\xA9"),
    SR_PH("\xC2\xA9 "),
    SR_PH("read more:"),
    SR_PH("read more at"),
    SR_PH("related:"),
    SR_PH("see also:"),
    SR_PH("more from "),
    SR_PH("this article was"),
    SR_PH("download the app"),
    SR_PH("get the app"),
    SR_PH("we use cookies"),
    SR_PH("this site uses cookies"),
    SR_PH("by using this site"),
    SR_PH("cookie"),
    SR_PH("advertisement"),
    SR_PH("to continue reading"),
    SR_PH("already a subscriber"),
    SR_PH("view this video on"),
    SR_PH("view this image"),
    SR_PH("view this embed"),
    SR_PH("watch:"),
    SR_PH("listen:"),
    SR_PH("get our newsletter"),
    SR_PH("join our newsletter"),
    SR_PH("send us a tip"),
    SR_PH("have a tip"),
    SR_PH("got a tip"),
    SR_PH("report an error"),
    SR_PH("report a typo"),
    SR_PH("comments are closed"),
};

static bool has_sentence_end(const char *s, size_t n);

/* Short lines that contain these are furniture wherever they stand. */
static const sr_phrase FURNITURE_SUBSTR[] = {
    SR_PH("jede kleine spende"),
    SR_PH("jetzt spenden"),
    SR_PH("donate now"),
    SR_PH("support our journalism"),
    SR_PH("become a member"),
    SR_PH("become a supporter"),
    SR_PH("support us"),
    SR_PH("unterstützen sie uns"),
    SR_PH("if you enjoyed"),
    SR_PH("if you liked this"),
    SR_PH("must be obtained before reprint"),
    SR_PH("without written permission"),
    SR_PH("ohne schriftliche genehmigung"),
    SR_PH("als pdf herunterladen"),
    SR_PH("download as pdf"),
    SR_PH("download pdf"),
    SR_PH("chroniony prawem"),
    SR_PH("prawa zastrzeżone"),
    SR_PH("tous droits réservés"),
    SR_PH("alle rechte vorbehalten"),
    SR_PH("todos los derechos reservados"),
    SR_PH("tutti i diritti riservati"),
    SR_PH("do subskrypcji"),
    SR_PH("crédits photo"),
    SR_PH("crédit photo"),
    SR_PH("image illustrative"),
    SR_PH("please subscribe"),
    SR_PH("already a subscriber"),
    SR_PH("log in for immediate access"),
    SR_PH("subscribe now"),
    SR_PH("jetzt abonnieren"),
    SR_PH("abonnez-vous"),
    SR_PH("suscríbete"),
    SR_PH("artikel teilen"),
    SR_PH("beitrag teilen"),
    SR_PH("seite teilen"),
    SR_PH("folgen sie uns"),
    SR_PH("liken sie uns"),
    SR_PH("partager cet article"),
    SR_PH("partager sur"),
    SR_PH("compartir en"),
    SR_PH("compartir este"),
    SR_PH("share on facebook"),
    SR_PH("share on twitter"),
    SR_PH("follow us on"),
    SR_PH("like us on"),
    SR_PH("sign up for our"),
    SR_PH("newsletter abonnieren"),
    SR_PH("abonnieren sie"),
    SR_PH("may not be published, broadcast, rewritten or redistributed"),
    SR_PH("all rights reserved"),
    SR_PH("cancel anytime"),
    SR_PH("unlimited access"),
    SR_PH("printer-friendly"),
    SR_PH("print this article"),
    SR_PH("e-mail this article"),
    SR_PH("email this article"),
    SR_PH("text size"),
    SR_PH("zaloguj si"),
    SR_PH("log in to comment"),
    SR_PH("sign in to comment"),
    SR_PH("login to comment"),
    SR_PH("to continue reading"),
    SR_PH("subscribers only"),
    SR_PH("for subscribers"),
    SR_PH("nur für abonnenten"),
    SR_PH("réservé aux abonnés"),
    SR_PH("exclusivo para suscriptores"),
    SR_PH("share this article"),
    SR_PH("share this story"),
};

/* Words of navigation menus. */
static const sr_phrase SECTION_WORDS[] = {
    SR_PH("home"),
    SR_PH("news"),
    SR_PH("politics"),
    SR_PH("world"),
    SR_PH("video"),
    SR_PH("videos"),
    SR_PH("quizzes"),
    SR_PH("more"),
    SR_PH("sport"),
    SR_PH("sports"),
    SR_PH("business"),
    SR_PH("opinion"),
    SR_PH("culture"),
    SR_PH("tech"),
    SR_PH("technology"),
    SR_PH("science"),
    SR_PH("health"),
    SR_PH("entertainment"),
    SR_PH("life"),
    SR_PH("lifestyle"),
    SR_PH("style"),
    SR_PH("travel"),
    SR_PH("weather"),
    SR_PH("local"),
    SR_PH("us"),
    SR_PH("uk"),
    SR_PH("europe"),
    SR_PH("africa"),
    SR_PH("asia"),
    SR_PH("americas"),
    SR_PH("middle"),
    SR_PH("east"),
    SR_PH("economy"),
    SR_PH("arts"),
    SR_PH("books"),
    SR_PH("food"),
    SR_PH("podcasts"),
    SR_PH("photos"),
    SR_PH("live"),
    SR_PH("latest"),
    SR_PH("newsletters"),
    SR_PH("subscribe"),
    SR_PH("menu"),
    SR_PH("search"),
    SR_PH("login"),
    SR_PH("register"),
    SR_PH("about"),
    SR_PH("contact"),
    SR_PH("archive"),
    SR_PH("nation"),
    SR_PH("region"),
    SR_PH("regional"),
    SR_PH("national"),
    SR_PH("international"),
    SR_PH("environment"),
    SR_PH("climate"),
    SR_PH("markets"),
    SR_PH("media"),
    SR_PH("investigations"),
    SR_PH("features"),
    SR_PH("magazine"),
    SR_PH("shop"),
    SR_PH("events"),
    SR_PH("jobs"),
    SR_PH("games"),
    SR_PH("startseite"),
    SR_PH("nachrichten"),
    SR_PH("politik"),
    SR_PH("wirtschaft"),
    SR_PH("kultur"),
    SR_PH("accueil"),
    SR_PH("actualités"),
    SR_PH("inicio"),
    SR_PH("noticias"),
    SR_PH("portada"),
    SR_PH("&"),
    SR_PH("and"),
    SR_PH("+"),
};

static bool section_word(const char *w, size_t n)
{
	char lw[32];
	if (n > sizeof lw)
		return false;
	sr_lower_copy(w, n, lw, sizeof lw);
	return sr_phrase_eq(SECTION_WORDS, SR_NPH(SECTION_WORDS), lw, n) >= 0;
}

/* "News Politics World Video More", "Home > News > World",
 * "Print | Email | Comments (3)". */
static bool menu_line(const char *s, size_t n)
{
	if (n > 200)
		return false;
	size_t seps = 0, words = 0, menu = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '|' || s[i] == '>' ||
		    (s[i] == '\xC2' && i + 1 < n && (s[i + 1] == '\xBB' || s[i + 1] == '\xB7')))
			seps++;
	}
	if (seps >= 2 && !has_sentence_end(s, n))
		return true;
	size_t ws[40], we[40];
	words = sr_words(s, n, ws, we, 40);
	for (size_t k = 0; k < words; k++)
		menu += section_word(s + ws[k], we[k] - ws[k]);
	return words >= 3 && menu * 10 >= words * 7;
}

static bool ends_with_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && sr_ascii_ncaseeq(s + n - k, w, k);
}

/* "Contact Miriam Berger at" / "Contact Miriam Berger at mb@example.com" */
static bool contact_line(const char *s, size_t n, const char **name, size_t *nn)
{
	if (!sr_starts_with_ci(s, n, "contact "))
		return false;
	const char *at = NULL;
	for (size_t i = 8; i + 3 <= n; i++)
		if (sr_ascii_ncaseeq(s + i, " at", 3) && (i + 3 == n || s[i + 3] == ' '))
			at = s + i;
	if (!at)
		return false;
	*name = s + 8;
	*nn = (size_t)(at - s - 8);
	return *nn > 2 && *nn < 60;
}

/* Headings of lists of other stories. */
static bool related_heading(const char *lw, size_t n)
{
	static const sr_phrase H[] = {
	    SR_PH("more news"),
	    SR_PH("most popular"),
	    SR_PH("most read"),
	    SR_PH("related"),
	    SR_PH("related stories"),
	    SR_PH("related articles"),
	    SR_PH("related news"),
	    SR_PH("related coverage"),
	    SR_PH("read more"),
	    SR_PH("more stories"),
	    SR_PH("more from"),
	    SR_PH("you may also like"),
	    SR_PH("you might also like"),
	    SR_PH("recommended"),
	    SR_PH("recommended for you"),
	    SR_PH("top stories"),
	    SR_PH("trending"),
	    SR_PH("more on this story"),
	    SR_PH("more on this"),
	    SR_PH("also read"),
	    SR_PH("see also"),
	    SR_PH("auch interessant"),
	    SR_PH("mehr zum thema"),
	    SR_PH("weitere artikel"),
	    SR_PH("lesen sie auch"),
	    SR_PH("lire aussi"),
	    SR_PH("à lire aussi"),
	    SR_PH("sur le même sujet"),
	    SR_PH("te puede interesar"),
	    SR_PH("le puede interesar"),
	    SR_PH("noticias relacionadas"),
	    SR_PH("leia também"),
	    SR_PH("veja também"),
	    SR_PH("czytaj też"),
	    SR_PH("czytaj także"),
	    SR_PH("leggi anche"),
	    SR_PH("schon gelesen?"),
	    SR_PH("schon gelesen"),
	    SR_PH("das könnte sie auch interessieren"),
	    SR_PH("weitere themen"),
	    SR_PH("ähnliche beiträge"),
	    SR_PH("ähnliche artikel"),
	    SR_PH("das könnte dich auch interessieren"),
	    SR_PH("zum weiterlesen"),
	    SR_PH("weiterführende links"),
	    SR_PH("weitere informationen"),
	    SR_PH("verwandte artikel"),
	    SR_PH("empfehlungen"),
	    SR_PH("meistgelesen"),
	    SR_PH("top-themen"),
	    SR_PH("vous aimerez aussi"),
	    SR_PH("à découvrir"),
	    SR_PH("également sur"),
	    SR_PH("lo más leído"),
	    SR_PH("más noticias"),
	    SR_PH("también te puede interesar"),
	    SR_PH("related posts"),
	    SR_PH("related content"),
	    SR_PH("more like this"),
	    SR_PH("what to read next"),
	    SR_PH("read next"),
	    SR_PH("popular stories"),
	    SR_PH("latest news"),
	    SR_PH("recent posts"),
	    SR_PH("most viewed"),
	    SR_PH("verwandte beiträge"),
	    SR_PH("weitere beiträge"),
	    SR_PH("ähnliche themen"),
	    SR_PH("artículos relacionados"),
	    SR_PH("articles similaires"),
	    SR_PH("articoli correlati"),
	    SR_PH("powiązane artykuły"),
	};
	while (n && (lw[n - 1] == ':' || lw[n - 1] == ' ' || lw[n - 1] == '!'))
		n--;
	if (sr_phrase_eq(H, SR_NPH(H), lw, n) >= 0)
		return true;
	return n < 40 && n > 10 && memcmp(lw, "more from ", 10) == 0;
}

static bool has_sentence_end(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '"'))
			return true;
	return false;
}

static size_t word_count(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static const sr_phrase ROLE_MARKS[] = {
    SR_PH("reporter"),  SR_PH("contributor"), SR_PH("correspondent"), SR_PH("editor"), SR_PH("writer"),
    SR_PH("columnist"), SR_PH("producer"),    SR_PH("journalist"),    SR_PH("staff"),
};

static bool role_line(const char *s, const char *lw, size_t n)
{
	if (n < 220 && (memmem(lw, n, " is a ", 6) || memmem(lw, n, " is an ", 7)) &&
	    (memmem(lw, n, " based in ", 10) || memmem(lw, n, " covering ", 10) || memmem(lw, n, " who covers ", 12))) {
		if (sr_phrase_in(ROLE_MARKS, SR_NPH(ROLE_MARKS), lw, n) >= 0)
			return true;
	}
	if (n > 120 || has_sentence_end(s, n))
		return false;
	return sr_phrase_in(ROLE_MARKS, SR_NPH(ROLE_MARKS), lw, n) >= 0;
}

static bool credit_line(const char *s, const char *lw, size_t n)
{
	if (n < 100 && (memmem(lw, n < 16 ? n : 16, "courtesy", 8)))
		return true;
	static const sr_phrase AGENCIES[] = {
	    SR_PH("reuters"),          SR_PH("getty images"), SR_PH("ap photo"), SR_PH("afp"),
	    SR_PH("associated press"), SR_PH("epa"),          SR_PH("anadolu"),  SR_PH("xinhua"),
	    SR_PH("shutterstock"),     SR_PH("via getty"),    SR_PH("photo:"),   SR_PH("image:"),
	    SR_PH("photograph:"),
	};
	if (n > 80 || has_sentence_end(s, n) || word_count(s, n) > 10)
		return false;
	bool slash = false;
	for (size_t i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
			slash = true;
	return slash || sr_phrase_in_words(AGENCIES, SR_NPH(AGENCIES), lw, n) >= 0;
}

/* "Kristina Dei@2kdei": a display name glued to a handle at the end. */
static bool post_author_line(const char *s, size_t n, size_t *at)
{
	if (n > 80 || n < 3)
		return false;
	const char *p = memchr(s, '@', n);
	if (!p || p == s || p[-1] == ' ')
		return false;
	for (const char *q = p + 1; q < s + n; q++)
		if (!sr_is_alnum((unsigned char)*q) && *q != '_')
			return false;
	if (p + 1 == s + n)
		return false;
	*at = (size_t)(p - s);
	return true;
}

/* "01:48 PM - 15 Apr 14ReplyRetweetFavorite" or the same without the
 * action words: the end of an embedded tweet. */
static bool post_end_line(const char *s, size_t n)
{
	if (ends_with_ci(s, n, "ReplyRetweetFavorite") || ends_with_ci(s, n, "ReplyRetweetLike"))
		return true;
	sr_date d;
	return n < 40 && sr_memcasemem(s, n, " - ", 3) && sr_date_parse(s, n, &d) && d.prec >= SR_PREC_MINUTE;
}

/* "05. Februar 2020", "April 15, 2014 at 10:12": a line that is a date. */
static bool date_only(const char *s, size_t n)
{
	sr_date d;
	if (word_count(s, n) > 6 || !sr_date_parse(s, n, &d) || d.prec < SR_PREC_DAY)
		return false;
	size_t letters = 0;
	for (size_t i = 0; i < n; i++)
		letters += sr_is_alpha((unsigned char)s[i]);
	return letters <= 14; /* a month name, "at", "Uhr" */
}

sr_line_class sr_textpage_line_class(const char *s, size_t n)
{
	sr_trim(&s, &n);
	if (!n)
		return SR_LINE_BLANK;
	/* the checks read a lower-case copy; furniture lines are short, so
	 * for long lines only their start matters */
	char lw[256];
	size_t ln = sr_lower_copy(s, n, lw, sizeof lw);
	bool whole = ln == n;
	if (ln >= 18 && memcmp(lw, "view this video on", 18) == 0)
		return SR_LINE_VIDEO;
	if (whole && related_heading(lw, n))
		return SR_LINE_RELATED;
	if (whole && n < 64 && (furniture_lengths() >> n & 1) &&
	    sr_phrase_eq(FURNITURE_EXACT, SR_NPH(FURNITURE_EXACT), lw, n) >= 0)
		return (n >= 6 && memcmp(lw, "posted", 6) == 0) || (n >= 7 && memcmp(lw, "updated", 7) == 0)
		           ? SR_LINE_DATELINE
		           : SR_LINE_FURNITURE;
	if (n < 400 && sr_phrase_prefix(FURNITURE_PREFIX, SR_NPH(FURNITURE_PREFIX), lw, ln) >= 0)
		return SR_LINE_FURNITURE;
	static const sr_phrase DATE_LEAD[] = {
	    SR_PH("posted "),        SR_PH("published "),         SR_PH("updated "),         SR_PH("last updated"),
	    SR_PH("erstellt am "),   SR_PH("veröffentlicht am "), SR_PH("aktualisiert am "), SR_PH("publié le "),
	    SR_PH("mis à jour le "), SR_PH("publicado el "),      SR_PH("actualizado el "),  SR_PH("pubblicato il "),
	    SR_PH("opublikowano "),
	};
	if (n < 100 && sr_phrase_prefix(DATE_LEAD, SR_NPH(DATE_LEAD), lw, ln) >= 0)
		return SR_LINE_DATELINE;
	if (n < 250 && sr_phrase_in(FURNITURE_SUBSTR, SR_NPH(FURNITURE_SUBSTR), lw, ln) >= 0)
		return SR_LINE_FURNITURE;
	if (n < 40 && date_only(s, n))
		return SR_LINE_DATELINE;
	if (whole && menu_line(s, n))
		return SR_LINE_FURNITURE;
	const char *nm;
	size_t nn;
	if (whole && contact_line(s, n, &nm, &nn))
		return SR_LINE_BYLINE;
	if (n < 100 && ln >= 3 && memcmp(lw, "by ", 3) == 0 && !has_sentence_end(s, n) && word_count(s, n) <= 12)
		return SR_LINE_BYLINE;
	size_t at;
	if (whole && (post_end_line(s, n) || post_author_line(s, n, &at)))
		return SR_LINE_POST;
	if (whole && credit_line(s, lw, n))
		return SR_LINE_CREDIT;
	if (whole && role_line(s, lw, n))
		return SR_LINE_AUTHORBOX;
	return SR_LINE_TEXT;
}

typedef struct line {
	const char *s;
	size_t n;
	sr_line_class c;
} line;

enum { MAX_LINES = 200000 };

/* Group the lines of an embedded post around its end line e: the author
 * line (Name@handle) and the text lines before it, up to a blank gap. */
static void take_post(line *L, size_t e, sr_arena *a, sr_media_list *media, sr_date *latest)
{
	sr_embed em = {0};
	em.type = SR_EMBED_POST;
	em.platform = "twitter";
	/* timestamp: the end line without the action words */
	sr_date d;
	if (sr_date_parse(L[e].s, L[e].n, &d)) {
		char tmp[40];
		sr_date_format(&d, tmp, sizeof tmp);
		em.time = sr_arena_strdup(a, tmp);
		if (!latest->prec || sr_date_cmp(&d, latest) > 0)
			*latest = d;
	}
	size_t start = e;
	for (size_t k = e; k-- > 0 && e - k <= 6;) {
		if (L[k].c == SR_LINE_BLANK) {
			/* a single blank line may separate parts of the post */
			if (k > 0 && L[k - 1].c == SR_LINE_BLANK)
				break;
			continue;
		}
		if (L[k].c != SR_LINE_TEXT && L[k].c != SR_LINE_POST)
			break;
		/* stop at a long article paragraph that precedes the post */
		size_t at;
		if (L[k].c == SR_LINE_POST && post_author_line(L[k].s, L[k].n, &at)) {
			em.author = sr_text_dup(a, L[k].s, at);
			em.handle = sr_text_dup(a, L[k].s + at, L[k].n - at);
			start = k;
			/* some crawls repeat the post's text before its author line:
			 * take that line only when it is the same text */
			size_t p = k;
			while (p > 0 && L[p - 1].c == SR_LINE_BLANK)
				p--;
			if (p > 0 && L[p - 1].c == SR_LINE_TEXT && em.text && strlen(em.text) == L[p - 1].n &&
			    memcmp(em.text, L[p - 1].s, L[p - 1].n) == 0)
				start = p - 1;
			break;
		}
		if (L[k].c == SR_LINE_TEXT && L[k].n < 300 && !em.text) {
			em.text = sr_text_dup(a, L[k].s, L[k].n);
			if (k < start)
				start = k;
			continue;
		}
		break;
	}
	for (size_t k = start; k <= e; k++)
		if (L[k].c != SR_LINE_BLANK)
			L[k].c = SR_LINE_POST;
	sr_embed_tags(a, &em);
	sr_media_push_embed(a, media, &em);
}

void sr_textpage_extract(const char *s, size_t n, const char *title, sr_arena *a, sr_meta *m, sr_buf *text,
                         sr_para_list *paras, sr_media_list *media)
{
	/* split into lines */
	size_t cap = 64, count = 0;
	line *L = sr_arena_alloc(a, cap * sizeof *L);
	if (!L)
		return;
	for (size_t i = 0; i <= n && count < MAX_LINES;) {
		size_t j = i;
		while (j < n && s[j] != '\n')
			j++;
		const char *ls = s + i;
		size_t ln = j - i;
		sr_trim(&ls, &ln);
		if (count == cap) {
			line *nl = sr_arena_alloc(a, cap * 2 * sizeof *nl);
			if (!nl)
				break;
			memcpy(nl, L, cap * sizeof *nl);
			L = nl;
			cap *= 2;
		}
		L[count++] = (line){ls, ln, sr_textpage_line_class(ls, ln)};
		if (j >= n)
			break;
		i = j + 1;
	}
	sr_date latest = {0};
	/* embedded posts */
	for (size_t i = 0; i < count; i++)
		if (L[i].c == SR_LINE_POST && post_end_line(L[i].s, L[i].n))
			take_post(L, i, a, media, &latest);
	/* lists of other stories: the lines after their heading, up to a
	 * blank line */
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_RELATED)
			continue;
		L[i].c = SR_LINE_FURNITURE;
		size_t j = i + 1;
		while (j < count && L[j].c == SR_LINE_BLANK)
			j++;
		for (; j < count && L[j].c != SR_LINE_BLANK; j++)
			if (L[j].c == SR_LINE_TEXT && L[j].n < 160)
				L[j].c = SR_LINE_FURNITURE;
	}
	/* role lines count as an author box only next to a byline or at the
	 * end of the page; elsewhere they are text (a short subheading) */
	size_t tail = count, seen = 0;
	while (tail > 0 && seen < 8)
		if (L[--tail].c != SR_LINE_BLANK)
			seen++;
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_AUTHORBOX || i >= tail)
			continue;
		bool near = false;
		for (size_t k = i > 3 ? i - 3 : 0; k < count && k <= i + 3; k++)
			if (L[k].c == SR_LINE_BYLINE)
				near = true;
		if (!near)
			L[i].c = SR_LINE_TEXT;
	}
	/* title: the first text line; deck: a short line right after it that
	 * is followed by a date or byline line */
	size_t first = count;
	for (size_t i = 0; i < count; i++)
		if (L[i].c == SR_LINE_TEXT) {
			first = i;
			break;
		}
	if (title) {
		const char *t = title;
		size_t tn = strlen(title);
		sr_trim(&t, &tn);
		m->title = tn ? sr_text_dup(a, t, tn) : NULL;
		if (first < count && !(L[first].n == tn && sr_ascii_ncaseeq(L[first].s, t, tn)))
			first = count; /* the text starts with its body */
		else if (first < count)
			L[first].c = SR_LINE_TITLE;
	} else if (first < count && L[first].n < 300) {
		L[first].c = SR_LINE_TITLE;
		m->title = sr_text_dup(a, L[first].s, L[first].n);
		size_t j = first + 1;
		while (j < count && L[j].c == SR_LINE_BLANK)
			j++;
		if (j < count && L[j].c == SR_LINE_TEXT && L[j].n < 250) {
			size_t k = j + 1;
			while (k < count && L[k].c == SR_LINE_BLANK)
				k++;
			if (k < count && (L[k].c == SR_LINE_DATELINE || L[k].c == SR_LINE_BYLINE)) {
				L[j].c = SR_LINE_DECK;
				m->subtitle = sr_text_dup(a, L[j].s, L[j].n);
			}
		}
	}
	/* author boxes: role lines next to a contact line or at the end */
	for (size_t i = 0; i < count; i++) {
		const char *nm;
		size_t nn;
		if (L[i].c == SR_LINE_BYLINE) {
			if (contact_line(L[i].s, L[i].n, &nm, &nn))
				sr_meta_add_byline(m, a, nm, nn);
			else
				sr_meta_add_byline(m, a, L[i].s, L[i].n);
		}
		if (L[i].c == SR_LINE_DATELINE && !m->published_source) {
			sr_date d;
			if (sr_date_parse(L[i].s, L[i].n, &d)) {
				m->published = d;
				m->published_source = "text";
			}
		}
	}
	/* credits become media items without a URL */
	for (size_t i = 0; i < count; i++) {
		if (L[i].c == SR_LINE_CREDIT) {
			sr_media md = {0};
			md.credit = sr_text_dup(a, L[i].s, L[i].n);
			sr_media_push_media(a, media, &md);
		} else if (L[i].c == SR_LINE_VIDEO) {
			sr_embed e = {0};
			e.type = SR_EMBED_VIDEO;
			const char *on = sr_memcasemem(L[i].s, L[i].n, " on ", 4);
			if (on) {
				char p[32];
				size_t k = 0;
				for (const char *q = on + 4; q < L[i].s + L[i].n && k < sizeof p - 1; q++)
					if (sr_is_alnum((unsigned char)*q))
						p[k++] = (char)sr_lower((unsigned char)*q);
				p[k] = '\0';
				e.platform = sr_arena_strdup(a, p);
			}
			sr_media_push_embed(a, media, &e);
		}
	}
	/* the text: the headline first, as a heading (an HTML page's text
	 * holds its <h1> the same way; a title given apart from a text that
	 * does not repeat it is put before it), then the body's lines */
	if (m->title && (first >= count || L[first].c != SR_LINE_TITLE)) {
		size_t tn = strlen(m->title);
		sr_append_collapsed(text, m->title, tn);
		sr_buf_nfc_tail(text, 0);
		if (SR_VEC_GROW(paras->v, paras->n, paras->cap, 32))
			paras->v[paras->n++] = (sr_paragraph){0, text->len, SR_PARA_HEADING};
	}
	for (size_t i = 0; i < count; i++) {
		if (L[i].c != SR_LINE_TEXT && L[i].c != SR_LINE_TITLE)
			continue;
		size_t st = text->len;
		if (st)
			sr_buf_append(text, "\n\n", 2), st += 2;
		sr_append_collapsed(text, L[i].s, L[i].n);
		sr_buf_nfc_tail(text, st);
		size_t en = text->len;
		while (en > st && text->data[en - 1] == ' ')
			en--;
		text->len = en;
		if (!SR_VEC_GROW(paras->v, paras->n, paras->cap, 32))
			break;
		paras->v[paras->n++] = (sr_paragraph){st, en, L[i].c == SR_LINE_TITLE ? SR_PARA_HEADING : SR_PARA_PARAGRAPH};
	}
	if (text->data)
		text->data[text->len] = '\0';
	/* no date on the page: estimate from the latest dated item */
	if (!m->published_source && latest.prec) {
		m->published = latest;
		m->published.prec = SR_PREC_DAY;
		m->published.has_tz = false;
		m->published_source = "estimated";
	}
}
