/* actors.c: what an actor is in ACLED's terms, and what ACLED calls it.
 *
 * A CAMEO code says a country and roles ("SYRMIL": Syria's military,
 * "---UAF": unidentified gunmen, "IGOUNOMIL": UN peacekeepers); ACLED
 * types actors by what they are in a conflict (its inter codes: state
 * forces, rebels, political and identity militias, rioters, protesters,
 * civilians, external forces) and names them by role and country
 * ("Military Forces of Syria", "Civilians (Mali)", "Unidentified Armed
 * Group (Nigeria)") or, for a group that has a name, by that name ("Al
 * Shabaab").  Organisations that report, aid or judge (the UN's agencies,
 * rights groups, courts) are never combatants. */
#include "incident.h"

#include <stdio.h>
#include <string.h>

#include "../geo/geo.h"
#include "../util/str.h"

static bool has_role(const char *code, const char *role)
{
	for (const char *p = code; p && strlen(p) >= 3; p += 3)
		if (!strncmp(p, role, 3))
			return true;
	return false;
}

void sr_cc2_of(const char *cc3, char out[3])
{
	out[0] = '\0';
	if (!cc3 || strlen(cc3) < 3)
		return;
	const sr_country_info *c = sr_geo_country_by_cc3(cc3);
	if (c)
		snprintf(out, 3, "%s", c->cc2);
}

/* What its people are, for ACLED's associated actors. */
static const struct {
	const char *role, *assoc;
} ASSOC[] = {{"EDU", "Students"}, {"LAB", "Labour Group"}, {"MED", "Journalists"},   {"HLH", "Health Workers"},
             {"REL", "Religious Group"}, {"BUS", "Business Group"}, {"REF", "Refugees/IDPs"}, {"AGR", "Farmers"},
             {"NGO", "Aid Workers"}};

static const struct {
	const char *word, *assoc;
} ASSOC_WORDS[] = {{"women", "Women"},         {"woman", "Women"},           {"children", "Children"},
                   {"child", "Children"},      {"students", "Students"},     {"student", "Students"},
                   {"farmers", "Farmers"},     {"farmer", "Farmers"},        {"journalists", "Journalists"},
                   {"journalist", "Journalists"}, {"teachers", "Teachers"},  {"teacher", "Teachers"},
                   {"workers", "Labour Group"}, {"refugees", "Refugees/IDPs"}, {"herders", "Pastoralists"},
                   {"herdsmen", "Pastoralists"}, {"christians", "Christian Group"}, {"muslims", "Muslim Group"},
                   {"lawyers", "Lawyers"},     {"doctors", "Health Workers"}, {"nurses", "Health Workers"},
                   {"fishermen", "Fishers"},   {"traders", "Traders"},       {"miners", "Miners"}};

static void assoc_of_words(const sr_doc *d, size_t tf, size_t tt, char *out, size_t cap)
{
	for (size_t t = tf; t < tt && !*out; t++)
		for (size_t k = 0; k < sizeof ASSOC_WORDS / sizeof *ASSOC_WORDS; k++)
			if (sr_tok_is(d, t, ASSOC_WORDS[k].word)) {
				snprintf(out, cap, "%s", ASSOC_WORDS[k].assoc);
				break;
			}
}

/* The tokens [*tf, *tt) of the bytes [start, end). */
static void tokens_of(const sr_doc *d, size_t start, size_t end, size_t *tf, size_t *tt)
{
	size_t t = sr_tok_at(d, start);
	if (t < d->n_tokens && d->tokens[t].end <= start)
		t++; /* a gap before start: the next token */
	*tf = t;
	while (t < d->n_tokens && d->tokens[t].start < end)
		t++;
	*tt = t;
}

/* Do the words name themselves: a word left that is no role, article
 * or qualifier, and capitalised ("Al Shabaab", "Boko Haram"), and that
 * is not the name of a country or a people ("Afghan", "Syrian")? */
static bool self_named(const sr_doc *d, size_t tf, size_t tt, const char *cc3)
{
	bool agent = false;
	for (size_t t = tf; t < tt; t++) {
		const sr_token *k = &d->tokens[t];
		/* (the men's place after them is no name: "rebels in Mali") */
		if (agent && (sr_tok_is(d, t, "in") || sr_tok_is(d, t, "near") || sr_tok_is(d, t, "across") ||
		              sr_tok_is(d, t, "around")))
			return false;
		agent = agent || sr_inc_tok_in(d, t, W_AGENT);
		if (k->kind != SR_TOK_WORD || sr_inc_tok_in(d, t, W_AGENT) || !(k->flags & SR_TF_CAP))
			continue;
		/* a demonym of the actor's own country ("Afghan militants") */
		char cc[3] = "";
		if (cc3 && *cc3 && sr_geo_demonym_country(d->text + k->start, k->end - k->start, cc)) {
			char own[3];
			sr_cc2_of(cc3, own);
			if (!strcmp(own, cc))
				continue;
		}
		if (sr_geo_demonym_country(d->text + k->start, k->end - k->start, cc))
			continue;
		return true;
	}
	return false;
}

bool sr_actor_kind_words(const sr_doc *d, size_t tf, size_t tt, sr_actor_kind *out)
{
	memset(out, 0, sizeof *out);
	for (size_t t = tf; t < tt; t++) {
		uint32_t c = sr_inc_token_classes(d, t);
		if (c >> W_STATE_AGENT & 1) {
			out->inter = SR_INTER_STATE;
			out->state = 1;
			snprintf(out->role, sizeof out->role, "%s",
			         sr_tok_is(d, t, "police") || sr_tok_is(d, t, "policemen") || sr_tok_is(d, t, "policeman") ||
			                 sr_tok_is(d, t, "officers") || sr_tok_is(d, t, "officer") || sr_tok_is(d, t, "constables")
			             ? "COP"
			             : "MIL");
			return true;
		}
		if (c >> W_ARMED & 1) {
			bool rebels = sr_tok_is(d, t, "rebels") || sr_tok_is(d, t, "rebel") || sr_tok_is(d, t, "insurgents") ||
			              sr_tok_is(d, t, "guerrillas") || sr_tok_is(d, t, "separatists");
			out->inter = rebels ? SR_INTER_REBELS : SR_INTER_POLITICAL_MILITIA;
			snprintf(out->role, sizeof out->role, "%s", rebels ? "REB" : "UAF");
			return true;
		}
		if (c >> W_PROTEST & 1) {
			bool riot = sr_tok_is(d, t, "rioters") || sr_tok_is(d, t, "rioter") || sr_tok_is(d, t, "mob") ||
			            sr_tok_is(d, t, "mobs");
			out->inter = riot ? SR_INTER_RIOTERS : SR_INTER_PROTESTERS;
			snprintf(out->role, sizeof out->role, "%s", "OPP");
			return true;
		}
		if (c >> W_CIVILIAN & 1) {
			out->inter = SR_INTER_CIVILIANS;
			snprintf(out->role, sizeof out->role, "%s", "CVL");
			assoc_of_words(d, t, t + 1, out->assoc, sizeof out->assoc);
			return true;
		}
	}
	return false;
}

bool sr_actor_people(const sr_doc *d, size_t from, size_t to, sr_actor_kind *k)
{
	for (size_t t = from; t < to && t < d->n_tokens; t++)
		if ((d->tokens[t].flags & SR_TF_CAP) && sr_inc_tok_in(d, t, W_PEOPLE)) {
			size_t n = d->tokens[t].end - d->tokens[t].start;
			if (k)
				snprintf(k->people, sizeof k->people, "%.*s", (int)(n < 20 ? n : 20), d->text + d->tokens[t].start);
			return true;
		}
	return false;
}

void sr_actor_kind_of(const char *code, const sr_doc *d, size_t start, size_t end, sr_actor_kind *out)
{
	memset(out, 0, sizeof *out);
	size_t tf = 0, tt = 0;
	if (end > start)
		tokens_of(d, start, end, &tf, &tt);
	if (!code || !*code) {
		if (tt > tf)
			sr_actor_kind_words(d, tf, tt, out);
		return;
	}
	/* the first of a compound ("FRO/BIL") */
	char c[32];
	snprintf(c, sizeof c, "%.*s", (int)strcspn(code, "/"), code);
	const char *roles = c;
	if (strlen(c) >= 3 && strncmp(c, "---", 3) && strncmp(c, "IGO", 3) && strncmp(c, "NGO", 3) &&
	    strncmp(c, "IMG", 3) && strncmp(c, "MNC", 3)) {
		char cc2[3];
		sr_cc2_of(c, cc2);
		if (*cc2) {
			memcpy(out->cc3, c, 3);
			out->cc3[3] = '\0';
			roles = c + 3;
		}
	} else if (!strncmp(c, "---", 3)) {
		roles = c + 3;
	}
	bool igo = !strncmp(c, "IGO", 3), ngo = !strncmp(c, "NGO", 3) || has_role(roles, "NGO");
	if (igo) {
		if (has_role(c + 3, "MIL") || has_role(c + 6, "MIL")) {
			out->inter = SR_INTER_EXTERNAL;
			snprintf(out->role, sizeof out->role, "MIL");
		} else {
			out->institution = 1;
		}
		out->named = 1;
		return;
	}
	if (ngo) {
		/* aid workers are people; an aid or rights organisation is not a party */
		if (tt > tf && (sr_inc_tok_in(d, tt - 1, W_CIVILIAN))) {
			out->inter = SR_INTER_CIVILIANS;
			snprintf(out->role, sizeof out->role, "CVL");
			snprintf(out->assoc, sizeof out->assoc, "Aid Workers");
		} else {
			out->institution = 1;
			out->named = 1;
		}
		return;
	}
	static const char *const STATE[] = {"MIL", "COP", "SPY", "GOV", "JUD", "LEG"};
	/* (a rebel group's commanders or fighters, "KIA commanders": the
	 * rebels') */
	bool rebel = has_role(roles, "REB") || has_role(roles, "INS");
	for (size_t k = 0; k < sizeof STATE / sizeof *STATE && !rebel; k++)
		if (has_role(roles, STATE[k])) {
			out->state = 1;
			out->inter = SR_INTER_STATE;
			snprintf(out->role, sizeof out->role, "%s", STATE[k]);
			/* "government forces", "regime troops": the state's armed men */
			if (!strcmp(STATE[k], "GOV"))
				for (size_t t = tf; t < tt; t++)
					if (sr_inc_tok_in(d, t, W_STATE_AGENT)) {
						snprintf(out->role, sizeof out->role, "%s",
						         sr_tok_is(d, t, "police") || sr_tok_is(d, t, "policemen") ? "COP" : "MIL");
						break;
					}
			/* a court or a parliament reports, rules and sits: it does not fight */
			out->institution = !strcmp(STATE[k], "JUD") || !strcmp(STATE[k], "LEG");
			/* community leaders, village elders, a tribal chief: people,
			 * not the state */
			if (!strcmp(STATE[k], "GOV"))
				for (size_t t = tf >= 2 ? tf - 2 : 0; t < tt; t++)
					if (sr_tok_is(d, t, "community") || sr_tok_is(d, t, "village") || sr_tok_is(d, t, "tribal") ||
					    sr_tok_is(d, t, "clan") || sr_tok_is(d, t, "traditional") || sr_tok_is(d, t, "religious") ||
					    sr_tok_is(d, t, "elder") || sr_tok_is(d, t, "elders")) {
						out->state = 0;
						out->inter = SR_INTER_CIVILIANS;
						snprintf(out->role, sizeof out->role, "CVL");
						break;
					}
			return;
		}
	if (has_role(roles, "REB") || has_role(roles, "INS")) {
		out->named = tt > tf && self_named(d, tf, tt, out->cc3);
		snprintf(out->role, sizeof out->role, "REB");
		bool identity = false, militia = false, rebels = out->named;
		/* the people its men are named by, just before them too ("Fulani
		 * militia", "Dogon militiamen") */
		identity = sr_actor_people(d, tf >= 2 ? tf - 2 : 0, tt, out);
		for (size_t t = tf; t < tt; t++) {
			identity = identity || sr_inc_tok_in(d, t, W_IDENTITY);
			militia = militia || sr_tok_is(d, t, "militia") || sr_tok_is(d, t, "militias") ||
			          sr_tok_is(d, t, "militiamen") || sr_tok_is(d, t, "militiaman");
			rebels = rebels || sr_tok_is(d, t, "rebels") || sr_tok_is(d, t, "rebel") ||
			         sr_tok_is(d, t, "insurgents") || sr_tok_is(d, t, "insurgent") ||
			         sr_tok_is(d, t, "guerrillas") || sr_tok_is(d, t, "separatists");
		}
		out->inter = identity ? SR_INTER_IDENTITY_MILITIA
		             : rebels ? SR_INTER_REBELS
		                      : SR_INTER_POLITICAL_MILITIA;
		if (militia && !identity && !out->named)
			out->inter = SR_INTER_POLITICAL_MILITIA;
		return;
	}
	if (has_role(roles, "UAF")) {
		out->inter = SR_INTER_POLITICAL_MILITIA;
		snprintf(out->role, sizeof out->role, "UAF");
		return;
	}
	if (has_role(roles, "OPP")) {
		/* "opposition fighters", "Syrian opposition forces": armed men
		 * of the opposition are rebels */
		for (size_t t = tf; t <= tt && t < d->n_tokens; t++)
			if (sr_tok_is(d, t, "fighters") || sr_tok_is(d, t, "forces") || sr_tok_is(d, t, "militants") ||
			    sr_tok_is(d, t, "gunmen") || sr_tok_is(d, t, "rebels") || sr_tok_is(d, t, "insurgents") ||
			    sr_tok_is(d, t, "militiamen") || sr_tok_is(d, t, "combatants")) {
				out->inter = SR_INTER_REBELS;
				snprintf(out->role, sizeof out->role, "REB");
				return;
			}
		bool riot = false;
		for (size_t t = tf; t < tt; t++)
			riot = riot || sr_tok_is(d, t, "rioters") || sr_tok_is(d, t, "rioter") || sr_tok_is(d, t, "mob");
		bool protest = false;
		for (size_t t = tf; t < tt; t++)
			protest = protest || sr_inc_tok_in(d, t, W_PROTEST);
		out->inter = riot ? SR_INTER_RIOTERS : protest ? SR_INTER_PROTESTERS : SR_INTER_CIVILIANS;
		snprintf(out->role, sizeof out->role, "OPP");
		if (out->inter == SR_INTER_CIVILIANS)
			snprintf(out->assoc, sizeof out->assoc, "Activists");
		return;
	}
	for (size_t k = 0; k < sizeof ASSOC / sizeof *ASSOC; k++)
		if (has_role(roles, ASSOC[k].role)) {
			out->inter = SR_INTER_CIVILIANS;
			snprintf(out->role, sizeof out->role, "CVL");
			snprintf(out->assoc, sizeof out->assoc, "%s", ASSOC[k].assoc);
			return;
		}
	if (has_role(roles, "CVL")) {
		out->inter = SR_INTER_CIVILIANS;
		snprintf(out->role, sizeof out->role, "CVL");
		assoc_of_words(d, tf, tt, out->assoc, sizeof out->assoc);
		return;
	}
	if (*out->cc3 && !*roles) {
		/* a country alone ("Israel struck", "Turkey shelled"): its state */
		out->state = 1;
		out->inter = SR_INTER_STATE;
		snprintf(out->role, sizeof out->role, "GOV");
		return;
	}
	if (tt > tf)
		sr_actor_kind_words(d, tf, tt, out);
}

/* The words of a group that names itself, without its roles, articles
 * and qualifiers at either end: "the Al-Shabaab fighters" -> "Al-Shabaab". */
static void own_name(const sr_doc *d, size_t start, size_t end, char *buf, size_t cap)
{
	size_t tf, tt;
	tokens_of(d, start, end, &tf, &tt);
	while (tf < tt && (sr_inc_tok_in(d, tf, W_AGENT) || d->tokens[tf].kind == SR_TOK_PUNCT ||
	                   !(d->tokens[tf].flags & SR_TF_CAP)))
		tf++;
	/* (and the arms it names itself by: "RSF drones", "Houthi missiles";
	 * not a word of its own capitalised name: "Rapid Support Forces") */
	static const char *const NAMING[] = {"forces", "force", "army", "group", "units", "militia", "militias", NULL};
	while (tt > tf && ((sr_inc_tok_in(d, tt - 1, W_AGENT) &&
	                    !(tt - 1 > tf && (d->tokens[tt - 1].flags & SR_TF_CAP) &&
	                      !(d->tokens[tt - 1].flags & SR_TF_UPPER) && sr_tok_in(d, tt - 1, NAMING) &&
	                      (d->tokens[tt - 2].flags & SR_TF_CAP) && d->tokens[tt - 2].kind == SR_TOK_WORD)) ||
	                   d->tokens[tt - 1].kind == SR_TOK_PUNCT ||
	                   (d->tokens[tt - 1].flags & SR_TF_CLITIC) ||
	                   (!(d->tokens[tt - 1].flags & SR_TF_CAP) &&
	                    (sr_inc_tok_in(d, tt - 1, W_WEAPON) || sr_tok_is(d, tt - 1, "drones") ||
	                     sr_tok_is(d, tt - 1, "drone") || sr_tok_is(d, tt - 1, "jets") ||
	                     sr_tok_is(d, tt - 1, "aircraft")))))
		tt--;
	if (tt <= tf) {
		buf[0] = '\0';
		return;
	}
	size_t s = d->tokens[tf].start, e = d->tokens[tt - 1].end;
	/* as written, white space made single */
	size_t k = 0;
	bool space = false;
	for (size_t i = s; i < e && k + 1 < cap; i++) {
		char ch = d->text[i];
		if (ch == ' ' || ch == '\n' || ch == '\t') {
			space = true;
			continue;
		}
		if (space && k + 2 < cap)
			buf[k++] = ' ';
		space = false;
		buf[k++] = ch;
	}
	buf[k] = '\0';
	/* an all-capitals name of an all-capitals text: as a name is written */
	bool upper = k > 4;
	for (size_t i = 0; i < k; i++)
		if (buf[i] >= 'a' && buf[i] <= 'z')
			upper = false;
	/* (an acronym in a text in small letters stays one: "ISWAP") */
	for (size_t q = 0; upper && q < d->n_sentences; q++) {
		const sr_sentence *se = &d->sentences[q];
		if (s < se->start || s >= se->end)
			continue;
		size_t lower = 0;
		for (size_t i = se->start; i < se->end && i < d->text_len; i++)
			lower += d->text[i] >= 'a' && d->text[i] <= 'z';
		upper = lower * 4 < se->end - se->start;
	}
	if (upper)
		for (size_t i = 1; i < k; i++)
			if (buf[i] >= 'A' && buf[i] <= 'Z' && buf[i - 1] != ' ' && buf[i - 1] != '-')
				buf[i] = (char)(buf[i] + ('a' - 'A'));
}

void sr_actor_name(const sr_actor_kind *k, const char *cc2, const sr_doc *d, size_t start, size_t end, char *buf,
                   size_t cap)
{
	buf[0] = '\0';
	char own_cc2[3] = "";
	if (*k->cc3)
		sr_cc2_of(k->cc3, own_cc2);
	const char *cc = *own_cc2 ? own_cc2 : cc2;
	const sr_country_info *ci = cc && *cc ? sr_geo_country(cc) : NULL;
	const char *country = ci ? ci->name : NULL;
	if (k->named && end > start) {
		own_name(d, start, end, buf, cap);
		if (*buf)
			return;
	}
	switch (k->inter) {
	case SR_INTER_STATE:
	case SR_INTER_EXTERNAL:
		if (!strcmp(k->role, "COP"))
			snprintf(buf, cap, country ? "Police Forces of %s" : "Police Forces", country);
		else if (!strcmp(k->role, "GOV") || !strcmp(k->role, "JUD") || !strcmp(k->role, "LEG"))
			snprintf(buf, cap, country ? "Government of %s" : "Government", country);
		else if (k->inter == SR_INTER_EXTERNAL && !*k->cc3)
			snprintf(buf, cap, "United Nations");
		else
			snprintf(buf, cap, country ? "Military Forces of %s" : "Military Forces", country);
		break;
	case SR_INTER_REBELS:
		snprintf(buf, cap, "Rebel Forces");
		break;
	default: {
		/* the people of a country: "Civilians (Syria)" */
		static const char *const PEOPLE[] = {[SR_INTER_POLITICAL_MILITIA] = "Unidentified Armed Group",
		                                     [SR_INTER_IDENTITY_MILITIA] = "Communal Militia",
		                                     [SR_INTER_RIOTERS] = "Rioters",
		                                     [SR_INTER_PROTESTERS] = "Protesters",
		                                     [SR_INTER_CIVILIANS] = "Civilians"};
		const char *who = k->inter < sizeof PEOPLE / sizeof *PEOPLE ? PEOPLE[k->inter] : NULL;
		if (k->inter == SR_INTER_IDENTITY_MILITIA && *k->people) {
			/* "Fulani Ethnic Militia (Nigeria)", in the people's name as written */
			char p[24];
			snprintf(p, sizeof p, "%s", k->people);
			if (p[0] >= 'a' && p[0] <= 'z')
				p[0] = (char)(p[0] - ('a' - 'A'));
			for (size_t i = 1; p[i]; i++)
				if (p[i] >= 'A' && p[i] <= 'Z')
					p[i] = (char)(p[i] + ('a' - 'A'));
			snprintf(buf, cap, country ? "%s Ethnic Militia (%s)" : "%s Ethnic Militia", p, country);
		} else if (who)
			snprintf(buf, cap, country ? "%s (%s)" : "%s", who, country);
		break;
	}
	}
}

const char *sr_inter_name(int inter)
{
	static const char *const N[] = {NULL,          "state forces", "rebels",     "political militia",
	                                "identity militia", "rioters",  "protesters", "civilians",
	                                "external/other forces"};
	return inter > 0 && inter <= SR_INTER_EXTERNAL ? N[inter] : NULL;
}
