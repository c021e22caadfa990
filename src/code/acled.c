/* acled.c: the ACLED event and sub-event type of an event, from its CAMEO
 * code and the words of its sentence; and the events a sentence names
 * without a coded verb ("a car bomb exploded", "clashes broke out").
 *
 * ACLED's codebook tells its sub-event types apart by what a CAMEO code
 * does not say: the weapon (grenade, suicide bomb, air strike, artillery,
 * remote explosive, chemical weapon), who holds the ground after a battle
 * (the state regains it, a non-state actor overtakes it), how a protest
 * went (peaceful, met with intervention or with lethal force, violent),
 * and the strategic developments (arrests, agreements, weapons seized or
 * defused, bases set up, forces moved, property looted or destroyed).
 * The cue words below are written here from those definitions.  A cue is
 * one to three words; a word ending in '*' matches any word it begins. */
#include "code.h"

#include <pthread.h>
#include <string.h>

#include "../util/str.h"

enum cue {
	C_SUICIDE,
	C_GRENADE,
	C_CHEM,
	C_AIR,
	C_ARTY,
	C_REMOTE,
	C_PROTEST,
	C_INTERVENE,
	C_LETHAL,
	C_RIOT,
	C_MOB,
	C_SEXUAL,
	C_KIDNAP,
	C_ARREST,
	C_DISRUPT_VERB,
	C_WEAPON,
	C_BUILD,
	C_BASE,
	C_MOVE,
	C_LOOT,
	C_REGAIN,
	C_SEIZE,
	C_AGREE,
	C_CLASH,
	C_ATTACK,
	C_CIVILIAN,
	C_HANDOVER,
	C_ARMED,
	C_DISASTER,
	C_CRIME,
	C_NOT_USED,
	C_TERRAIN,
	C_DIED,
	C_SELF,
	C_DEFUSE,
	C_AIR_DEFENCE,
	C_MUTUAL,
	C_GUNFIRE,
	C_GROUND,
	C_UXO,
	C_GATHER,
	C_DISPERSE,
	C_SIGNED,
	C_COUNTER,
	N_CUES
};

_Static_assert(N_CUES <= 44, "sr_cues holds 44 classes");

static const char *const CUES[N_CUES][80] = {
    [C_SUICIDE] = {"suicide bomb*", "suicide attack*", "suicide car*", "suicide vest*", "suicide truck*",
                   "suicide blast*", "suicide explosion*", "suicide-bomb*", "suicide bomber*", "self-detonat*",
                   "blew himself up", "blew herself up", "blew themselves up", "explosive vest*", "explosive belt*"},
    [C_GRENADE] = {"grenade*", "hand-grenade*"},
    [C_CHEM] = {"chemical weapon*", "chemical attack*", "chemical agent*", "chlorine", "sarin", "mustard gas",
                "nerve agent*", "toxic gas*", "poison gas*", "poisonous gas*", "gas attack*", "chemical munition*",
                "novichok", "sulfur mustard", "sulphur mustard", "mustard agent*", "vx", "phosgene",
                "cs gas", "chloropicrin", "gas grenade*", "k-51"},
    [C_AIR] = {"airstrike*", "air strike*", "air-strike*", "air raid*", "air attack*", "warplane*", "war plane*",
               "fighter jet*", "jet", "jets", "military plane*", "drone*", "helicopter*", "gunship*", "aircraft", "air force*", "aerial",
               "bombing raid*", "sortie*", "barrel bomb*", "airstrikes", "uav", "uavs", "unmanned aerial vehicle*",
               "quadcopter*", "loitering munition*", "air interdiction*",
               /* bombs dropped from aircraft: "a KAB guided bomb", "glide bombs" */
               "guided bomb*", "glide bomb*", "guided aerial bomb*", "aerial bomb*", "kab", "kabs",
               /* a state's forces' strike, told by whose: "an Israeli strike
                * on a school", "a Turkish strike killed two PKK members" */
               "israeli strike*", "russian strike*", "ukrainian strike*", "turkish strike*", "us strike*",
               "u.s. strike*", "american strike*", "coalition strike*", "saudi-led strike*", "iranian strike*",
               "military strike*", "precision strike*", "targeted strike*"},
    [C_ARTY] = {"shell", "shells", "shelled", "shelling*", "artillery", "mortar*", "rocket*", "missile*",
                "howitzer*", "katyusha*", "projectile*", "tank fire", "bombard*",
                "tank attack*", "tank shell*", "tank round*", "rocket-propelled*", "mlrs", "grad", "grads",
                "multiple rocket launcher*", "rocket launcher*", "multiple-launch*", "himars", "cluster munition*"},
    [C_REMOTE] = {"ied", "ieds", "improvised explosive*", "roadside bomb*", "landmine*", "land mine*", "mine",
                  "mines", "car bomb*", "bomb", "bombs", "bombing", "bombings", "explosive*", "explosion*", "blast*",
                  "detonat*", "booby*", "exploded", "vbied*", "sticky bomb*", "bomb blast*", "parcel bomb*"},
    [C_PROTEST] = {"protest*", "demonstrat*", "rally", "rallies", "rallied", "march", "marched", "marches",
                   "marching", "rioters", "chanting", "chanted slogans", "in solidarity with", "stood in silence",
                   "minutes of silence", "silent march*", "silent protest*", "climate strike*", "school strike*",
                   "blocked traffic", "sit-in*", "die-in*", "walked out", "stage-in*", "picket*", "walkout*", "vigil*", "marchers", "strikers", "went on strike",
                   "on strike", "general strike", "hunger strike*", "took to the streets", "take to the streets",
                   "taken to the streets", "blockade*", "dharna*", "hartal*", "encampment*", "protest camp*",
                   "human chain*", "shutter-down*", "squatted on", "sat on the", "gheraoed", "gherao*"},
    [C_INTERVENE] = {"dispers*", "suppress*", "repress*", "tear gas", "teargas", "tear-gas", "water cannon*", "rubber bullet*", "baton*",
                     "arrest*", "detain*", "pepper spray", "stun grenade*", "broke up", "break up", "cracked down",
                     "crackdown", "charged at", "rounded up", "clashed with police", "clashed with security",
                     "police fired", "cleared", "pushed back", "pushed them back"},
    [C_LETHAL] = {"violently", "excessive force", "beat", "beaten", "beating", "injured", "wounded",
                  "live ammunition", "live fire", "live rounds", "opened fire", "shot dead", "killed", "killing",
                  "shot", "gunfire", "fired on", "fired at", "fired into the crowd*", "fired into a crowd",
                  "fired into crowds", "fired into protesters", "fired into demonstrators", "died", "dead", "death*"},
    [C_RIOT] = {"stone*", "stoning", "rocks", "torch*", "set fire", "set ablaze", "burn*", "clash*", "vandal*", "riot*",
                "on fire",
                "petrol bomb*", "molotov*", "loot*", "smash*", "threw", "throwing", "hurl*", "pelt*", "violent*",
                "ransack*", "attacked police", "attacked the police", "turned violent", "rampag*", "scuffle*",
                "unrest", "violence",
                "pull down", "pulled down", "tore down", "broke into", "stormed"},
    [C_MOB] = {"mob", "mobs", "vigilante*", "lynch*", "mob justice", "angry crowd*", "cow vigilant*"},
    [C_SEXUAL] = {"rape", "raped", "rapes", "raping", "rapist*", "sexual assault*", "sexually assault*",
                  "sexual violence", "sexually abus*", "sexual abuse", "sexual slavery", "gang-rape*", "gang rape*",
                  "molest*"},
    /* (the deed, not its doers: "arrested five suspected kidnappers" is
     * an arrest) */
    [C_KIDNAP] = {"kidnap", "kidnaps", "kidnapped", "kidnapping*", "kidnaped", "kidnaping*", "abduct",
                  "abducts", "abducted", "abducting", "abduction*", "hostage*", "disappeared", "enforced disappearance*", "forcibly disappeared",
                 "forced disappearance*",
                  "taken captive", "held captive",
                  /* taken where no one knows: forcibly disappeared */
                  "to an unknown location*", "to unknown location*", "to an unknown destination*",
                  "to an undisclosed location*", "whereabouts",
                  "bundled", "drove them away", "drove him away", "drove her away", "forced him into",
                  "forced her into", "forced them into"},
    [C_ARREST] = {"arrest*", "detain*", "detention", "custody", "apprehend*", "nabbed", "rounded up", "jailed",
                  "imprison*", "remanded", "captured"},
    [C_DISRUPT_VERB] = {"seiz*", "confiscat*", "recover*", "found", "discover*", "defus*", "dismantl*", "intercept*",
                        "shot down", "shoot down", "foil*", "thwart*", "neutraliz*", "neutralis*", "disposal",
                        "unearth*", "deactivat*", "made safe", "rendered safe", "cache", "caches", "stash*", "haul", "accidentally", "prematurely",
                        "suspicious"},
    [C_WEAPON] = {"weapon*", "arms", "ammunition", "ammo", "explosive*", "bomb", "bombs", "ied", "ieds",
                  "device*", "grenade*", "rifle*", "firearm*", "gun", "guns", "pistol*", "mine", "mines", "landmine*",
                  "missile*", "rocket*", "drone*", "package*", "detonator*", "munition*", "bullets", "cartridge*"},
    [C_BUILD] = {"set up", "sets up", "setting up", "establish", "established", "establishes", "establishing", "built", "build", "builds",
                 "building a", "building an", "building new", "opened", "open a", "open new", "erect*", "install*",
                 "construct", "constructs", "constructed", "constructing", "inaugurat*"},
    [C_BASE] = {"base", "bases", "military post*", "observation post*", "observation point*", "outpost*",
                "training camp*", "military camp*", "administration office*", "administrative office*", "camp",
                "camps",
                "headquarter*", "checkpoint*", "military camp*", "new post*", "post in", "position in",
                "office", "offices", "positions", "checkpost*", "garrison*", "barracks"},
    [C_MOVE] = {"deploy*", "reinforcement*", "redeploy*", "pull back", "pulled back", "pulls back", "pull out",
                "pulled out", "withdr*", "defect*", "merge*", "moved troops", "moving troops", "sent troops",
                "sends troops", "send troops", "convoy*", "dispatch*", "mobiliz*", "mobilis*", "recruit*", "disband*",
                "dissolv*", "splinter*", "has been set up", "was set up", "were set up", "formed", "forwarded",
                "amass*", "massing", "build-up", "buildup", "reposition*", "relocat*", "rebrand*",
                "additional troops", "more troops", "formation of", "creation of", "founding of",
                /* a group split or led anew: "had split from the ELN's
                 * leadership", "named a new commander" */
                "split from", "splits from", "broke away from", "broken away from", "new commander", "new leader",
                "new chief", "new head", "new emir"},
    [C_LOOT] = {"loot*", "torch*", "set fire", "set ablaze", "burned down", "burnt down", "demolish*", "vandaliz*",
                "broke into", "carried away", "made away with", "made off with",
                "vandalis*", "ransack*", "destroy*", "razed", "bulldoz*", "arson*", "plunder*", "pillag*",
                "set on fire", "damaged", "vandal*"},
    [C_REGAIN] = {"regain*", "recaptur*", "retak*", "retook", "liberat*", "recover*", "freed", "back under",
                  "reoccup*", "re-occup*", "re-entered", "re-took", "re-captur*",
                  "pushed back", "drove back", "driven back", "drove out", "driven out", "wrested control",
                  "wrest control", "flushed out", "ousted",
                  "reclaim*", "cleared", "clearing", "reassert*", "restored control", "restore control"},
    [C_SEIZE] = {"seized control", "seize control", "seizes control", "captur*", "overran", "overrun*",
                 "took control", "take control", "taken control", "takes control", "took full control", "taken full control", "took over", "taken over",
                 "seized", "fell to", "fall to", "occupy", "occupied", "gained control", "gain control",
                 "in control of", "under the control"},
    [C_AGREE] = {"agreement*", "agreed", "agree", "agrees", "ceasefire*", "cease-fire*", "truce*", "deal",
                 "surrender*", "laid down their arms", "lay down their arms", "peace talks",
                 "accord", "accords", "signed", "peace pact", "prisoner exchange*", "prisoner swap*", "peace treaty",
                 "memorandum", "reconcil*"},
    /* an agreement made, not one named ("the Government of National
     * Accord", "after N'Djamena ended its defence agreement") */
    [C_SIGNED] = {"signed an agreement", "signed a deal", "signed an accord", "signed a ceasefire", "signed a truce",
                  "signed a peace*", "signed the agreement", "signed the deal", "signed the accord",
                  "signed a memorandum", "signed a pact", "reached an agreement", "reached a deal",
                  "reached a ceasefire", "reached a truce", "agreed a ceasefire", "agreed to a ceasefire",
                  "brokered a ceasefire", "brokered a truce", "exchanged prisoners", "swapped prisoners",
                  "prisoner exchange*", "prisoner swap*"},
    [C_CLASH] = {"clash*", "fighting", "fought", "battle*", "gunfight*", "firefight*", "exchange of fire",
                 "exchanged fire", "exchanging fire", "exchange of gunfire", "exchanged gunfire",
                 "exchanging gunfire", "traded fire", "traded gunfire", "trading fire", "hours of gunfire",
                 "heavy gunfire", "intense gunfire", "skirmish*", "gun battle*", "gunbattle*", "offensive", "ambush*", "fierce",
                 "engaged", "confrontation*", "repelled", "repulsed", "counter-attack*", "counterattack*", "shootout*",
                 "vs", "versus",
                 "shoot-out*",
                 "heavy casualties"},
    [C_ATTACK] = {"attack*", "assault*", "gunmen", "gunman", "stabb*", "stabbing", "murder*", "massacre*", "executed", "execution*", "executing", "executes",
                  "beheaded", "behead*", "gunned down", "hacked", "shot dead", "killed", "opened fire", "lynch*",
                  "was shot", "were shot", "been shot", "chased and shot", "shot and wounded", "shot and injured",
                  "beaten", "beat", "tortur*", "raid*", "set upon", "perished", "gunned", "lynched", "found dead", "kill", "kills", "killing",
                  "fatally", "slain", "slaying*", "killings", "found the body", "found the bodies", "find body",
                  "finds body", "find the body", "found body", "body was found", "bodies were found", "body found",
                  "bodies found", "recovered the body", "recovered the bodies", "bodies recovered", "charred remains",
                  "decimat*", "stormed"},
    [C_CIVILIAN] = {"civilian*", "villager*", "resident*", "worshipper*", "student*", "farmer*", "passenger*",
                    "women", "children", "people", "family", "families", "man", "woman", "journalist*",
                    "shoppers", "pilgrims", "locals", "herders", "displaced", "refugee*", "teacher*", "doctor*",
                    "aid worker*", "activist*", "worker*", "traders"},
    [C_HANDOVER] = {"withdrew from", "withdrawn from", "withdraws from", "withdrawing from", "withdraw from",
                    "pulled out of", "pull out of", "pulls out of", "vacated", "vacate", "abandoned", "handed over", "hand over", "handover", "hands over", "handing over", "transferred control",
                    "transfer of control", "ceded", "without a fight", "without fighting", "without any fighting", "without any resistance", "peacefully took",
                    "took over from", "without resistance", "unopposed", "took possession"},
    [C_ARMED] = {"soldier*", "troops", "forces", "army", "militiamen", "militia*", "checkpoint*", "base", "bases",
                 "military", "police*", "fighters", "militants", "terrorists", "rebels", "insurgents",
                 "security personnel", "peshmerga", "guards", "convoy*", "patrol*", "positions", "barracks",
                 "outpost*", "gendarme*", "servicemen", "taliban", "insurgent", "militant", "terrorist", "rebel",
                 "guerrilla*", "jihadist*", "extremist*", "separatist*", "gunmen", "maoist*", "naxal*", "shabaab",
                 "shabab", "policemen", "policeman", "soldier", "combatants"},
    /* ("storm", not "stormed") */
    [C_DISASTER] = {"earthquake*", "quake*", "flood*", "cyclone*", "hurricane*", "typhoon*", "storm", "storms",
                    "rainstorm*", "snowstorm*", "sandstorm*", "landslide*",
                    "mudslide*", "drought*", "wildfire*", "bushfire*", "forest fire*", "tsunami*", "avalanche*",
                    "volcan*", "eruption*", "heavy rain*", "monsoon*", "tornado*", "fire broke out", "blaze*",
                    "caught fire", "accident*", "crash*", "crashed", "collaps*", "derail*", "leak*", "spill*",
                    "spilt", "gas explosion*", "gas cylinder*", "boiler*", "short circuit*", "stampede*", "capsiz*",
                    "sank", "shipwreck*", "factory fire*", "gas plant*", "chemical plant*", "chemical spill*",
                    "firefighter*", "fire crews", "fire brigade*", "rescue workers", "debris", "pandemic*",
                    "epidemic*", "covid*", "coronavirus", "virus", "disease*", "outbreak*", "heart attack*",
                    "cancer", "overdose*", "drowned", "drowning", "flu", "influenza", "measles", "malaria",
                    "dengue", "heat wave*", "heatwave*", "heatstroke", "hypothermia", "famine", "starvation"},
    [C_CRIME] = {"robber*", "robbed", "smuggl*", "traffick*", "drug*", "cartel*", "fraud*", "theft*", "thie*",
                 "burglar*", "narcotic*", "cocaine", "heroin", "extortion*", "money laundering", "pornograph*",
                 "counterfeit*", "poach*", "contraband"},
    [C_TERRAIN] = {"village*", "town*", "area*", "district*", "city", "cities", "region*", "territor*",
                   "neighbourhood*", "neighborhood*", "province*", "hill*", "crossing*", "road*", "highway*",
                   "airport*", "airbase*", "base", "bases", "outskirts", "suburb*", "countryside", "oilfield*",
                   "dam", "bridge*", "border", "port", "positions", "strongholds", "stronghold"},
    [C_DIED] = {"die", "dies", "died", "dead", "deaths", "death toll"},
    [C_SELF] = {"killing themselves", "killing himself", "killing herself", "killed themselves", "killed himself",
                "killed herself", "blowing themselves", "blowing himself", "blowing herself"},
    /* drones and missiles brought down by air defences: weapons not
     * used to their end */
    [C_AIR_DEFENCE] = {"air defence*", "air defense*", "iron dome", "downed", "shot down",
                       "intercepted", "intercepting", "interception*"},
    /* fire traded both ways: a fight, whatever the weapon ("exchanged
     * heavy machine-gun and mortar fire") */
    [C_MUTUAL] = {"exchanged", "exchanging", "traded", "trading", "both sides", "each other"},
    /* small arms, beside explosives in a complex attack */
    [C_GUNFIRE] = {"gunfire", "rifle fire", "small arms", "small-arms", "machine gun*", "machine-gun*",
                   "assault rifle*", "gun attack*", "gunmen stormed"},
    /* fighting on the ground, beside the shells and drones that support
     * it */
    [C_GROUND] = {"ground assault*", "ground attack*", "ground offensive*", "ground fighting", "gunfight*",
                  "gun battle*", "gunbattle*", "firefight*", "repelled", "repulsed", "exchange of fire",
                  "exchanged fire", "exchanging fire", "exchanged gunfire", "infantry"},
    /* a war's leftovers that go off ("an unexploded mortar shell the
     * children were playing with"): a landmine's kind, whatever weapon */
    /* a crowd gathered, and its dispersal: "police dispersed the
     * gathering", "to disperse PTI workers gathering near Liberty Chowk" */
    [C_GATHER] = {"gathered", "gathering", "gatherings", "gather", "assembled", "crowd", "crowds", "congregated",
                  "blocking", "blocked"},
    [C_DISPERSE] = {"dispers*", "broke up", "break up", "breaking up"},
    [C_COUNTER] = {"counter-protester*", "counter-demonstrator*", "counterprotester*", "counterdemonstrator*",
                   "counter protesters", "counter demonstrators"},
    [C_UXO] = {"unexploded", "uxo", "explosive remnant*", "leftover ordnance", "old ordnance",
               "explosive remnants of war"},
    /* a bomb made safe: weapons not used, whoever was near */
    [C_DEFUSE] = {"defus*", "deactivat*", "bomb disposal", "controlled explosion*", "clearance of", "demining",
                  "made safe", "rendered safe", "render safe", "make safe", "safely detonated",
                  "controlled detonation*",
                  "de-mining", "destroying stocks", "destroy stocks", "destruction of stocks"},
    [C_NOT_USED] = {"test", "tests", "tested", "testing", "test-fire*", "test-fired", "programme*", "program*",
                    "exercise*", "drill*", "parade*", "arsenal*", "development", "stockpile*", "procure*",
                    "purchase*", "sale*", "sell*", "buy*", "bought", "launch site*"},
};

/* Does the word match cue word p ("shell", "shelling*")? */
static bool word_is(const word *w, const char *p, size_t pn)
{
	bool prefix = pn && p[pn - 1] == '*';
	if (prefix)
		pn--;
	if (prefix ? w->n < pn : w->n != pn)
		return false;
	return sr_ascii_ncaseeq(w->s, p, pn);
}

/* Does the word match any of the cue words ps (NULL-ended; "#" matches
 * a number)? */
static bool word_in(const word *w, const char *const *ps)
{
	for (; *ps; ps++)
		if (word_is(w, *ps, strlen(*ps)) || (!strcmp(*ps, "#") && w->kind == SR_TOK_NUMBER))
			return true;
	return false;
}

/* Is cue phrase p at word i? */
static bool phrase_at(const word *w, size_t n, size_t i, const char *p)
{
	while (*p) {
		size_t pn = strcspn(p, " ");
		if (i >= n || !word_is(&w[i], p, pn))
			return false;
		i++;
		p += pn;
		while (*p == ' ')
			p++;
	}
	return true;
}

/* The cues by the first letter of their first word, built once. */
typedef struct cue_ref {
	uint8_t cls;
	bool prefix;       /* its first word ends in '*' */
	uint8_t len;       /* of its first word, without the '*' */
	const char *phrase;
	const char *rest;  /* after the first word: "" or the other words */
	uint8_t words;
} cue_ref;
enum { BUCKET_CAP = 56 };
static cue_ref by_letters[27 * 27][BUCKET_CAP];
static uint8_t n_by_letters[27 * 27];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;
static int index_dropped;

static int letter(unsigned char ch)
{
	ch = (unsigned char)(ch | 0x20);
	return ch >= 'a' && ch <= 'z' ? ch - 'a' : 26;
}

/* The first two letters of a word ("ab"; "a" and anything else share 26). */
static int bucket(const char *s, size_t n)
{
	return letter((unsigned char)s[0]) * 27 + (n > 1 ? letter((unsigned char)s[1]) : 26);
}

/* Is the capitalised "March" at w[i] a march named, not the month: after a
 * name or its possessive ("Women's March", "Peso March"), or before
 * "on", "for", "against", and beside no number ("12 March", "March
 * 2020")? */
static bool named_march(const word *w, size_t n, size_t i)
{
	if ((i > 0 && w[i - 1].kind == SR_TOK_NUMBER) || (i + 1 < n && w[i + 1].kind == SR_TOK_NUMBER))
		return false;
	bool named = i > 1 && ((w[i - 1].n == 2 && w[i - 1].s[0] == '\'' && (w[i - 1].s[1] | 0x20) == 's') ||
	                       ((w[i - 1].flags & SR_TF_CAP) && w[i - 1].kind == SR_TOK_WORD));
	bool purpose = i + 1 < n && ((w[i + 1].n == 2 && sr_ascii_ncaseeq(w[i + 1].s, "on", 2)) ||
	                             (w[i + 1].n == 3 && sr_ascii_ncaseeq(w[i + 1].s, "for", 3)) ||
	                             (w[i + 1].n == 7 && sr_ascii_ncaseeq(w[i + 1].s, "against", 7)));
	return named || purpose;
}

static void build_index(void)
{
	for (int c = 0; c < N_CUES; c++)
		for (size_t k = 0; k < sizeof CUES[c] / sizeof *CUES[c] && CUES[c][k]; k++) {
			const char *p = CUES[c][k];
			size_t n = strcspn(p, " ");
			bool prefix = n && p[n - 1] == '*';
			const char *rest = p + n;
			while (*rest == ' ')
				rest++;
			int b = bucket(p, n - prefix);
			/* every cue has a place: code_test checks sr_cues_index_ok */
			if (n_by_letters[b] < BUCKET_CAP && n - prefix >= 2)
			{
				uint8_t words = 1;
				for (const char *x = rest; *x; x++)
					words += *x == ' ';
				by_letters[b][n_by_letters[b]++] =
				    (cue_ref){(uint8_t)c, prefix, (uint8_t)(n - prefix), p, rest, (uint8_t)(words + (*rest != 0))};
			}
			else
				index_dropped++;
		}
}

void sr_cues_take_weapons(sr_cues *q, const sr_cues *part, size_t lo)
{
	static const int WEAPONS[] = {C_SUICIDE, C_GRENADE, C_CHEM, C_AIR, C_ARTY, C_REMOTE};
	/* what is looted or burnt is its own verb's ("shooting residents and
	 * torching homes": the shooting is no arson) */
	q->at[C_LOOT] = part->at[C_LOOT] ? part->at[C_LOOT] + lo : 0;
	q->words[C_LOOT] = part->words[C_LOOT];
	bool any = false;
	for (size_t k = 0; k < sizeof WEAPONS / sizeof *WEAPONS; k++)
		any = any || part->at[WEAPONS[k]];
	if (!any)
		return; /* none named near it: the sentence's */
	for (size_t k = 0; k < sizeof WEAPONS / sizeof *WEAPONS; k++) {
		int c = WEAPONS[k];
		q->at[c] = part->at[c] ? part->at[c] + lo : 0;
		q->words[c] = part->words[c];
	}
}

bool sr_cues_index_ok(void)
{
	pthread_once(&index_once, build_index);
	return index_dropped == 0;
}

/* The cues a protest's grievance does not give it: its setting (a
 * protest, people, armed men, places) is read there, its violence not. */
static bool grievance_neutral(int cls)
{
	return cls == C_PROTEST || cls == C_CIVILIAN || cls == C_TERRAIN || cls == C_ARMED;
}

/* The words a cue's context takes back: cue class cls, its word
 * (NULL: any of the class), and the words just before or just after it
 * that make it no cue (both NULL: the word never is one). */
typedef struct cue_exception {
	uint8_t cls;
	const char *word;
	const char *const *before, *const *after;
} cue_exception;

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})
static const cue_exception EXCEPTIONS[] = {
    /* goods or cattle recovered are no ground regained ("Gendarmes later
     * recovered 17 stolen zebu") */
    {C_REGAIN, "recover*", NULL,
     WORDS("stolen", "cattle", "livestock", "cows", "goats", "sheep", "camels", "zebu", "vehicles", "vehicle",
           "cars", "car", "motorcycles", "money", "cash", "goods", "items", "property", "phones", "loot")},
    /* ground taken before the event, in its "after" clause ("a day after
     * capturing Wad Madani, RSF fighters looted the market"): the story's
     * past, not its deed */
    {C_SEIZE, NULL, WORDS("after"), NULL},
    {C_REGAIN, NULL, WORDS("after"), NULL},
    /* a crowd that disperses of itself ("before dispersing", "dispersed
     * peacefully") met no force */
    {C_INTERVENE, "dispers*", WORDS("before", "later"), WORDS("peacefully", "without", "calmly", "voluntarily")},
    /* no fighting is none: "withdrew without any fighting", "no
     * fighting was reported" */
    {C_CLASH, "fight*", WORDS("without", "any", "no"), NULL},
    /* a gold mine is a place, no explosive */
    {C_REMOTE, "mine*", WORDS("gold", "coal", "diamond", "copper", "cobalt", "tin", "artisanal", "mining", "salt",
                              "uranium", "jade", "lithium", "iron", "coltan"), NULL},
    {C_WEAPON, "mine*", WORDS("gold", "coal", "diamond", "copper", "cobalt", "tin", "artisanal", "mining", "salt",
                              "uranium", "jade", "lithium", "iron", "coltan"), NULL},
    /* a petrol bomb is a rioter's weapon, no explosive */
    {C_REMOTE, "bomb*", WORDS("petrol", "fire", "gasoline", "molotov"), NULL},
    /* roads blocked with burning tyres are a protest's, no riot's (as
     * are barricades and roadblocks, which name no cue) */
    {C_RIOT, "burn*", NULL, WORDS("tyres", "tires", "tyre", "tire", "branches", "logs")},
    /* a grenade launcher is a gun of a firefight, no grenade thrown
     * ("attacked positions with small arms and grenade launchers") */
    {C_GRENADE, "grenade*", NULL, WORDS("launcher", "launchers")},
    /* riot police are police, no riot */
    {C_RIOT, "riot", NULL, WORDS("police", "gear", "control", "unit*", "squad")},
    /* a vigilante leader or group is a person or a body, no mob */
    {C_MOB, "vigilante*", NULL, WORDS("leader", "commander", "group*", "member*")},
    /* a tear gas grenade is the police's, no chemical weapon; nor are
     * its shells or canisters artillery */
    {C_CHEM, NULL, WORDS("tear*"), NULL},
    {C_ARTY, "shell*", WORDS("gas", "teargas", "tear-gas", "smoke"), NULL},
    /* spent shell casings are a gun's, found after the shooting */
    {C_ARTY, "shell", NULL, WORDS("casing", "casings")},
    /* stun, flash and smoke grenades are no weapons of war; a
     * rocket-propelled grenade is a rocket */
    {C_GRENADE, NULL, WORDS("stun", "tear", "flash", "smoke", "gas", "propelled*", "rocket-propelled*"), NULL},
    /* a dispatcher dispatches calls, not troops */
    {C_MOVE, "dispatcher*", NULL, NULL},
    /* "detainees" are prisoners, not people being detained */
    {C_INTERVENE, "detainee*", NULL, NULL},
    {C_ARREST, "detainee*", NULL, NULL},
    /* a bomb someone tried to defuse ("blew up as police were trying
     * to defuse it") went off */
    {C_DEFUSE, NULL, WORDS("to", "while", "when"), NULL},
    /* unrest of a month or a year named is unrest past ("people killed
     * during the December 2022 unrest") */
    {C_RIOT, "unrest", WORDS("#", "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "last", "previous", "past"),
     NULL},
    /* a blockade "on" or "of" a place or a good is a siege, no protest
     * ("enforcing the blockade on fuel imports") */
    {C_PROTEST, "blockade*", NULL, WORDS("on", "of")},
    /* a victim of a kidnapping past, named by it ("searching for a
     * kidnapped pilot", "the abducted girls", "rescuing 3 kidnapped
     * victims"), is no kidnapping now */
    {C_KIDNAP, NULL, WORDS("a", "an", "the", "recently", "previously", "#"), WORDS("victims", "victim", "persons", "people")},
    /* a campaign's rally is no protest */
    {C_PROTEST, "rall*", WORDS("campaign", "election", "electoral", "campaigning"), NULL},
    /* fire opened is no post opened */
    {C_BUILD, "opened", NULL, WORDS("fire", "mortar", "artillery", "heavy", "machine-gun", "machinegun", "sniper",
                                    "rocket", "tank", "automatic", "indiscriminate", "small-arms")},
    /* people seized are taken, no ground ("seized a man suspected of
     * theft", "captured two soldiers") */
    {C_SEIZE, "seized", NULL, WORDS("him", "her", "them", "man", "men", "woman", "women", "boy*", "girl*", "suspect*",
                                    "thief", "thieves", "person*", "people", "soldier*", "driver*", "journalist*")},
    {C_SEIZE, "captur*", NULL, WORDS("him", "her", "them", "man", "men", "woman", "women", "boy*", "girl*", "suspect*",
                                     "thief", "thieves", "person*", "people", "soldier*", "driver*", "journalist*")},
};
#undef WORDS

static bool cue_excepted(const word *w, size_t n, size_t i, int cls)
{
	/* a charge names no deed ("two men accused of abducting children",
	 * "suspecting her of being a child abductor") */
	static const char *const CHARGE[] = {"accused", "accusing", "suspected", "suspecting", "suspicion", "charged",
	                                     "convicted", NULL};
	for (size_t b = i, st = 0; b-- > 0 && st < 3; st++)
		if (word_is(&w[b], "of", 2) && b > 0 && b + 3 >= i) {
			for (size_t a = b, s2 = 0; a-- > 0 && s2 < 2; s2++)
				if (word_in(&w[a], CHARGE))
					return true;
			break;
		}
	/* (a blockade on a road is a protest's: "a peaceful blockade on the
	 * main access road to Buenaventura") */
	if (cls == C_PROTEST && word_is(&w[i], "blockade", 8)) {
		static const char *const ROADS[] = {"road", "roads", "highway", "highways", "street", "streets", "route",
		                                    "bridge", "motorway", NULL};
		for (size_t j = i + 1; j < n && j < i + 6; j++)
			if (word_in(&w[j], ROADS))
				return false;
	}
	for (size_t k = 0; k < sizeof EXCEPTIONS / sizeof *EXCEPTIONS; k++) {
		const cue_exception *x = &EXCEPTIONS[k];
		if (x->cls != cls || (x->word && !word_is(&w[i], x->word, strlen(x->word))))
			continue;
		if (!x->before && !x->after)
			return true;
		if (x->before && i > 0 && word_in(&w[i - 1], x->before))
			return true;
		/* (after an article or a number: "seized a man", "two men") */
		static const char *const DET[] = {"a", "an", "the", "two", "three", "four", "five", "several", NULL};
		if (x->after && i + 1 < n) {
			size_t j = word_in(&w[i + 1], DET) || w[i + 1].kind == SR_TOK_NUMBER ? i + 2 : i + 1;
			if (j < n && word_in(&w[j], x->after))
				return true;
		}
	}
	return false;
}

/* The words of the dead found ("the bodies of", "a corpse") */
static const char *const BODIES[] = {"body", "bodies", "corpse*", NULL};

void sr_cues_find(const word *w, size_t n, const uint8_t *skip, sr_cues *out)
{
	memset(out, 0, sizeof *out);
	pthread_once(&index_once, build_index);
	bool reporter = false; /* in "according to ...": who says so, not what happened */
	for (size_t i = 0; i < n; i++) {
		if (w[i].kind == SR_TOK_PUNCT)
			reporter = false;
		if (i + 1 < n && w[i].n == 9 && sr_ascii_ncaseeq(w[i].s, "according", 9) && w[i + 1].n == 2 &&
		    sr_ascii_ncaseeq(w[i + 1].s, "to", 2))
			reporter = true;
		if ((w[i].kind != SR_TOK_WORD && w[i].kind != SR_TOK_NUMBER) || !w[i].n || reporter)
			continue;
		int b = bucket(w[i].s, w[i].n);
		for (size_t k = 0; k < n_by_letters[b]; k++) {
			const cue_ref *r = &by_letters[b][k];
			if (out->at[r->cls] || (r->prefix ? w[i].n < r->len : w[i].n != r->len) ||
			    !sr_ascii_ncaseeq(w[i].s, r->phrase, r->len))
				continue;
			if (skip && skip[i] && !grievance_neutral(r->cls))
				continue;
			if (cue_excepted(w, n, i, r->cls))
				continue;
			/* a soldier deployed to do something is a soldier, no
			 * deployment told ("A soldier deployed to enforce the curfew
			 * was wounded"; not "troops deployed to the border") */
			if (r->cls == C_MOVE && i > 0 && i + 2 < n && w[i].n == 8 && sr_ascii_ncaseeq(w[i].s, "deployed", 8) &&
			    w[i - 1].pos == SR_POS_NOUN && w[i + 1].n == 2 && sr_ascii_ncaseeq(w[i + 1].s, "to", 2) &&
			    w[i + 2].pos == SR_POS_VERB)
				continue;
			/* a change of hands that was only tried ("an attack to capture
			 * the town") or is a name ("Oromo Liberation Army") is none */
			if ((r->cls == C_SEIZE || r->cls == C_REGAIN) && i > 0 &&
			    ((w[i].flags & SR_TF_CAP) || (w[i - 1].n == 2 && sr_ascii_ncaseeq(w[i - 1].s, "to", 2))))
				continue;
			/* bodies recovered are found, no ground regained */
			if (r->cls == C_REGAIN && word_is(&w[i], "recover*", 8)) {
				/* (before it too: "the bodies of 9 civilians were
				 * recovered") */
				bool body = false;
				for (size_t q = i, st = 0; q-- > 0 && st < 8 && !body; st++)
					body = word_in(&w[q], BODIES);
				for (size_t q = i + 1; q < n && q < i + 4 && !body; q++)
					body = word_in(&w[q], BODIES) || word_is(&w[q], "remains", 7);
				if (body)
					continue;
			}
			/* a protest reported on, filmed or written about is the
			 * topic of what is done ("arrested journalists for reporting
			 * on a protest"), no protest of this event */
			if (r->cls == C_PROTEST && i > 0) {
				bool topic = false;
				/* (the people who protest act now: "after protesters
				 * smashed windows") */
				static const char *const PEOPLE[] = {"protester*", "demonstrator*", "marcher*", NULL};
				static const char *const TOPIC[] = {"report*", "coveri*", "filmin*", "coverage", "about",
				                                    /* "accused of calling for protests" */
				                                    "calling", "call", "calls", "urging", "inciting", NULL};
				/* "days after the post-election protests": what came
				 * before, not this event */
				static const char *const BEFORE_IT[] = {"after", "following", "since", NULL};
				bool people = word_in(&w[i], PEOPLE);
				/* ("about 200 protesters": a figure, no topic) */
				for (size_t q = i, st = 0; q-- > 0 && st < 3 && !topic; st++)
					topic = (word_in(&w[q], TOPIC) &&
					         !(word_is(&w[q], "about", 5) && q + 1 < n && w[q + 1].kind == SR_TOK_NUMBER)) ||
					        (!people && word_in(&w[q], BEFORE_IT));
				if (topic)
					continue;
			}
			/* stones and rocks a road is blocked with are no stones
			 * thrown ("blocked the Pan-American Highway with tree
			 * trunks and rocks") */
			if (r->cls == C_RIOT && (word_is(&w[i], "rocks", 5) || word_is(&w[i], "stones", 6) ||
			                         word_is(&w[i], "boulders", 8))) {
				static const char *const BLOCK[] = {"blocked", "blocking", "blockaded", "barricaded", "block", NULL};
				bool with = false, material = false;
				for (size_t q = i, st = 0; q-- > 0 && st < 8 && !material; st++) {
					with = with || word_is(&w[q], "with", 4);
					material = with && word_in(&w[q], BLOCK);
				}
				if (material)
					continue;
			}
			/* "March 12": the month, not a march (but a march named:
			 * "the Women's March on Washington", "the Trillion Peso
			 * March against corruption") */
			if (r->cls == C_PROTEST && i > 0 && (w[i].flags & SR_TF_CAP) && w[i].n == 5 &&
			    sr_ascii_ncaseeq(w[i].s, "march", 5) && !named_march(w, n, i))
				continue;
			if (!*r->rest || phrase_at(w, n, i + 1, r->rest))
				out->at[r->cls] = i + 1, out->words[r->cls] = r->words;
		}
	}
	/* a protest told after the arrest it came before ("arrested the BNP
	 * secretary general at his residence, a day after the party's rally
	 * was broken up", "detained the director after a confrontation with
	 * the police chief at a protest"): the arrest's setting, when no crowd
	 * is what was arrested */
	if (out->at[C_ARREST] && out->at[C_PROTEST] > out->at[C_ARREST]) {
		static const char *const AFTER[] = {"after", "following", NULL};
		static const char *const CROWD[] = {"protesters", "demonstrators", "marchers", "activists", "supporters",
		                                    "people", "students", "workers", "members", "participants", NULL};
		size_t a = out->at[C_ARREST] - 1, pr = out->at[C_PROTEST] - 1, after = 0;
		bool crowd = false;
		/* (those arrested told before: "23 supporters were arrested
		 * after they began a slow march") */
		for (size_t i = a > 6 ? a - 6 : 0; i < a; i++)
			crowd = crowd || word_in(&w[i], CROWD);
		for (size_t i = a + 1; i < pr && i < n; i++) {
			if (!after && word_in(&w[i], AFTER))
				after = i;
			crowd = crowd || (!after && word_in(&w[i], CROWD));
		}
		if (after && !crowd && pr - after <= 10)
			out->at[C_PROTEST] = 0, out->words[C_PROTEST] = 0;
	}
	/* people who gather to demand or oppose something protest ("around
	 * 20 women gathered to demand the right to work", "gathered ...
	 * calling for their relatives to be demobilised") */
	if (!out->at[C_PROTEST]) {
		/* (or block a road to: "veterans blocked the main road through
		 * Mostar, demanding payment of benefits") */
		static const char *const GATHER[] = {"gathered", "assembled", "converged", "blocked", "blockaded", NULL};
		static const char *const DEMAND[] = {"demand*", "against", "denounc*", NULL};
		/* (or a crowd counted: "thousands gathered at Place de la
		 * Concorde", "hundreds of people assembled outside the court") */
		static const char *const CROWD[] = {"thousands", "hundreds", "dozens", "crowds", NULL};
		size_t at = 0;
		bool demand = false;
		for (size_t i = 0; i < n; i++) {
			if (!at && word_in(&w[i], GATHER) && !(skip && skip[i])) {
				at = i + 1;
				for (size_t k = i, steps = 0; k-- > 0 && steps < 3 && !demand; steps++)
					demand = word_in(&w[k], CROWD) && (k + 1 == i || word_is(&w[k + 1], "of", 2));
			}
			demand = demand || word_in(&w[i], DEMAND) || phrase_at(w, n, i, "calling for");
		}
		if (at && demand)
			out->at[C_PROTEST] = at, out->words[C_PROTEST] = 1;
	}
	/* people taken away ("took away 23 residents", "carried away two
	 * women"): abducted; bags and phones taken away are not */
	if (!out->at[C_KIDNAP])
		for (size_t i = 0; i + 2 < n && !out->at[C_KIDNAP]; i++) {
			static const char *const TOOK[] = {"took", "taken", "carried", "whisked", NULL};
			static const char *const WHO[] = {"residents", "villagers", "people", "women",      "children",
			                                  "men",       "girls",     "boys",   "passengers", "students",
			                                  "farmers",   "civilians", "worshippers", "travellers", "travelers", NULL};
			if (!word_is(&w[i + 1], "away", 4) || !word_in(&w[i], TOOK))
				continue;
			for (size_t q = i + 2; q < n && q < i + 6; q++) {
				if (w[q].kind == SR_TOK_NUMBER || word_in(&w[q], WHO)) {
					out->at[C_KIDNAP] = i + 1, out->words[C_KIDNAP] = 2;
					break;
				}
			}
		}
	/* someone forced into a vehicle ("forced a nurse into a car"):
	 * abducted */
	if (!out->at[C_KIDNAP])
		for (size_t i = 0; i + 3 < n && !out->at[C_KIDNAP]; i++) {
			static const char *const FORCED[] = {"forced", "dragged", "pushed", "bundled", NULL};
			static const char *const CAR[] = {"car", "vehicle", "van", "truck", "pickup", "suv", "minibus", NULL};
			if (!word_in(&w[i], FORCED))
				continue;
			for (size_t q = i + 1; q + 2 < n && q < i + 6; q++)
				if (word_is(&w[q], "into", 4) && (word_in(&w[q + 1], CAR) || (q + 2 < n && word_in(&w[q + 2], CAR)))) {
					out->at[C_KIDNAP] = i + 1, out->words[C_KIDNAP] = 1;
					break;
				}
		}
	/* bodies found with words between ("the bodies of 6 men with
	 * gunshot wounds were found"): the find, as "bodies found" is */
	/* (or dumped, and told of at length: "The bodies of six men, bound
	 * and with gunshot wounds, were dumped on a street", "the body of a
	 * former army commando bearing gunshot wounds was found") */
	for (size_t i = 1; i < n && !out->at[C_ATTACK]; i++) {
		static const char *const FOUND[] = {"found", "discovered", "dumped", NULL};
		if (!word_in(&w[i], FOUND) || (skip && skip[i]))
			continue;
		bool passive = word_is(&w[i - 1], "were", 4) || word_is(&w[i - 1], "was", 3) || word_is(&w[i - 1], "been", 4);
		for (size_t q = i, st = 0; q-- > 0 && st < (passive ? 16u : 10u); st++) {
			if (w[q].kind == SR_TOK_PUNCT && w[q].n == 1 && (w[q].s[0] == ';' || (w[q].s[0] == ',' && !passive)))
				break;
			if (word_in(&w[q], BODIES)) {
				out->at[C_ATTACK] = i + 1, out->words[C_ATTACK] = 1;
				break;
			}
		}
	}
}

static const char *const TYPES[][2] = {
    [SR_ACLED_NONE] = {NULL, NULL},
    [SR_ACLED_ARMED_CLASH] = {"Battles", "Armed clash"},
    [SR_ACLED_GOV_REGAINS] = {"Battles", "Government regains territory"},
    [SR_ACLED_NSA_OVERTAKES] = {"Battles", "Non-state actor overtakes territory"},
    [SR_ACLED_CHEMICAL] = {"Explosions/Remote violence", "Chemical weapon"},
    [SR_ACLED_AIR] = {"Explosions/Remote violence", "Air/drone strike"},
    [SR_ACLED_SUICIDE] = {"Explosions/Remote violence", "Suicide bomb"},
    [SR_ACLED_SHELLING] = {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    [SR_ACLED_REMOTE] = {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    [SR_ACLED_GRENADE] = {"Explosions/Remote violence", "Grenade"},
    [SR_ACLED_SEXUAL] = {"Violence against civilians", "Sexual violence"},
    [SR_ACLED_ATTACK] = {"Violence against civilians", "Attack"},
    [SR_ACLED_ABDUCTION] = {"Violence against civilians", "Abduction/forced disappearance"},
    [SR_ACLED_PEACEFUL] = {"Protests", "Peaceful protest"},
    [SR_ACLED_INTERVENTION] = {"Protests", "Protest with intervention"},
    [SR_ACLED_EXCESSIVE] = {"Protests", "Excessive force against protesters"},
    [SR_ACLED_VIOLENT_DEMO] = {"Riots", "Violent demonstration"},
    [SR_ACLED_MOB] = {"Riots", "Mob violence"},
    [SR_ACLED_AGREEMENT] = {"Strategic developments", "Agreement"},
    [SR_ACLED_ARRESTS] = {"Strategic developments", "Arrests"},
    [SR_ACLED_CHANGE] = {"Strategic developments", "Change to group/activity"},
    [SR_ACLED_DISRUPTED] = {"Strategic developments", "Disrupted weapons use"},
    [SR_ACLED_HQ] = {"Strategic developments", "Headquarters or base established"},
    [SR_ACLED_LOOTING] = {"Strategic developments", "Looting/property destruction"},
    [SR_ACLED_TRANSFER] = {"Strategic developments", "Non-violent transfer of territory"},
};

const char *sr_acled_event_type(int t)
{
	return t > 0 && t < SR_ACLED_N ? TYPES[t][0] : NULL;
}

const char *sr_acled_sub_event_type(int t)
{
	return t > 0 && t < SR_ACLED_N ? TYPES[t][1] : NULL;
}

const char *sr_acled_disorder_type(int t)
{
	if (t == SR_ACLED_EXCESSIVE || t == SR_ACLED_VIOLENT_DEMO || t == SR_ACLED_MOB)
		return "Political violence; Demonstrations";
	if (t == SR_ACLED_PEACEFUL || t == SR_ACLED_INTERVENTION)
		return "Demonstrations";
	if (t >= SR_ACLED_AGREEMENT && t < SR_ACLED_N)
		return "Strategic developments";
	return t > 0 && t < SR_ACLED_N ? "Political violence" : NULL;
}

int sr_acled_from_name(const char *sub)
{
	for (int t = 1; sub && t < SR_ACLED_N; t++)
		if (strcmp(TYPES[t][1], sub) == 0)
			return t;
	return SR_ACLED_NONE;
}

/* A state force: a country code with a government, military or police
 * role ("SYRMIL", "IRQGOV", "USACOP"), not rebels or unknown gunmen. */
static bool state_actor(const char *code)
{
	if (!code || strlen(code) < 6 || code[0] == '-')
		return false;
	const char *role = code + 3;
	return strncmp(role, "MIL", 3) == 0 || strncmp(role, "GOV", 3) == 0 || strncmp(role, "COP", 3) == 0 ||
	       strncmp(role, "SPY", 3) == 0;
}

#define CUE0(x) (q->at[x] != 0)
int sr_acled_classify(const char *cameo, const sr_cues *q, const char *src_code, size_t *why)
{
	size_t why_ = 0;
	if (!why)
		why = &why_;
	*why = 0;
	int root = cameo && cameo[0] && cameo[1] ? (cameo[0] - '0') * 10 + (cameo[1] - '0') : 0;
	sr_cameo_meaning m;
	int base = cameo && sr_cameo_info(cameo, &m) && m.acled_sub ? sr_acled_from_name(m.acled_sub) : 0;
	/* an event named by its words alone: not when the words tell of a
	 * disaster, an accident, a crime, or weapons not used */
	/* (a gunfight between the police and a gang is a clash, a crime's
	 * as it may be) */
	bool gang_fight = CUE0(C_CRIME) && !CUE0(C_DISASTER) && !CUE0(C_NOT_USED) && CUE0(C_CLASH) && CUE0(C_ARMED);
	/* (a bomb defused is no accident, hidden in a gas cylinder or not) */
	if (root == 0 && !gang_fight && ((CUE0(C_DISASTER) && !CUE0(C_DEFUSE)) || CUE0(C_CRIME) || CUE0(C_NOT_USED)) &&
	    !CUE0(C_PROTEST) &&
	    !CUE0(C_SUICIDE) && !CUE0(C_GRENADE) && !CUE0(C_KIDNAP) && !CUE0(C_SEXUAL) &&
	    !(CUE0(C_MOB) && !CUE0(C_DISASTER)))
		return SR_ACLED_NONE;
	/* a code that names its weapon (194 artillery, 195 air strike, 204
	 * weapons of mass destruction) keeps it */
	if (q->at[C_CHEM] && (root >= 18 || root == 0))
		return (*why = q->at[C_CHEM], SR_ACLED_CHEMICAL);
	if (base == SR_ACLED_AIR || base == SR_ACLED_CHEMICAL)
		return base;
	/* (missiles fired by jets are an air strike; a town shelled with
	 * artillery and drones, the artillery named first, is shelled) */
	/* (and artillery both sides use in a clash is the clash's: "clashed
	 * ..., with both sides using heavy artillery") */
	if (base == SR_ACLED_SHELLING && q->at[C_MUTUAL] && q->at[C_CLASH])
		return (*why = q->at[C_CLASH], SR_ACLED_ARMED_CLASH);
	if (base == SR_ACLED_SHELLING)
		return q->at[C_AIR] && !(q->at[C_ARTY] && q->at[C_ARTY] < q->at[C_AIR]) ? (*why = q->at[C_AIR], SR_ACLED_AIR)
		                                                                      : base;
	bool violent = root >= 18 || root == 0;              /* assault, fight, mass violence, or a trigger */
	bool coercive = violent || root == 17 || root == 15; /* and coerce, mobilise */
#define CUE(x) (q->at[x] != 0)
	/* the type, and the cue that told it (its word + 1) */
#define IS(t, x) return (*why = q->at[x], (t))
	/* who did it and how, the most telling cues first */
	if (CUE(C_SEXUAL) && coercive)
		IS(SR_ACLED_SEXUAL, C_SEXUAL);
	if (CUE(C_KIDNAP) && coercive && !CUE(C_PROTEST))
		IS(SR_ACLED_ABDUCTION, C_KIDNAP);
	/* a grenade thrown, by a crowd as by anyone, is a grenade */
	if (CUE(C_GRENADE) && (violent || root == 14) && !(CUE(C_DISRUPT_VERB) && CUE(C_WEAPON)))
		IS(SR_ACLED_GRENADE, C_GRENADE);
	/* (a gathering dispersed is a protest met by force: "police
	 * dispersed the gathering and detained 20 of them") */
	/* an agreement signed, made or reached is the event, whatever it
	 * ends ("signed an agreement ..., ending the protests", "signed a
	 * peace agreement, ending months of sectarian clashes") */
	if (CUE(C_SIGNED) && (root == 0 || root == 3 || root == 5 || root == 6 || root == 8) && !CUE(C_DIED))
		IS(SR_ACLED_AGREEMENT, C_SIGNED);
	/* (or met with tear gas, water cannon, batons before any arrest:
	 * "fired tear gas at hundreds of opposition supporters who tried to
	 * gather") */
	bool force = CUE(C_DISPERSE) || (CUE(C_INTERVENE) && (!CUE(C_ARREST) || q->at[C_INTERVENE] < q->at[C_ARREST]));
	bool dispersed = !CUE(C_PROTEST) && CUE(C_GATHER) && force &&
	                 (root == 0 || root == 17 || root == 14 || ((root == 18 || root == 19) && !CUE(C_DIED)));
	if (CUE(C_PROTEST) || root == 14 || dispersed) {
		int p = CUE(C_PROTEST) ? C_PROTEST : dispersed ? C_GATHER : -1;
		/* (the hurt of a crowd dispersed may be the police's: "66 people
		 * were detained and 50 police officers injured") */
		/* (a crowd that fought back is a riot: "blocked roads and
		 * clashed with police") */
		if (dispersed && !CUE(C_DIED) && !CUE(C_RIOT))
			IS(SR_ACLED_INTERVENTION, CUE(C_DISPERSE) ? C_DISPERSE : C_INTERVENE);
		if (CUE(C_MOB))
			IS(SR_ACLED_MOB, C_MOB);
		/* counter-protesters who attack a protest ("counter-protesters
		 * armed with sticks attacked the encampment, beating students"):
		 * a crowd's violence, with no demonstration of its own */
		if (CUE(C_COUNTER) && CUE(C_LETHAL) && q->at[C_COUNTER] < q->at[C_LETHAL] && violent)
			IS(SR_ACLED_MOB, C_COUNTER);
		/* the crowd itself does the violence ("demonstrators hurled
		 * petrol bombs at troops; 25 were injured"): a riot, whoever
		 * was hurt */
		bool crowd_did = src_code && strlen(src_code) >= 6 && !strncmp(src_code + 3, "OPP", 3);
		if (crowd_did && CUE(C_RIOT) && violent && root)
			IS(SR_ACLED_VIOLENT_DEMO, p >= 0 ? p : C_RIOT);
		if (CUE(C_LETHAL) && (CUE(C_INTERVENE) || (violent && root)))
			IS(SR_ACLED_EXCESSIVE, p >= 0 ? p : C_LETHAL);
		if (CUE(C_RIOT))
			IS(SR_ACLED_VIOLENT_DEMO, p >= 0 ? p : C_RIOT);
		if (CUE(C_INTERVENE))
			IS(SR_ACLED_INTERVENTION, p >= 0 ? p : C_INTERVENE);
		if (p >= 0 && (root == 14 || root == 0 || !violent))
			IS(SR_ACLED_PEACEFUL, p);
		if (root == 14)
			return SR_ACLED_PEACEFUL;
	}
	/* a deal that clears mines or destroys explosives ("signed an
	 * agreement ... the clearance of landmines"): the deal */
	if (root == 0 && CUE(C_AGREE) && CUE(C_DEFUSE) && q->at[C_AGREE] < q->at[C_DEFUSE])
		IS(SR_ACLED_AGREEMENT, C_AGREE);
	if (CUE(C_MOB) && violent)
		IS(SR_ACLED_MOB, C_MOB);
	if (CUE(C_CHEM) && violent)
		IS(SR_ACLED_CHEMICAL, C_CHEM);
	/* (not the guns found after a fight: "exchanged fire for an hour;
	 * police later found four bodies and several rifles") */
	/* (nor those seized after a clash: "clashed with armed men, killing 3
	 * gunmen and seizing rifles") */
	/* (nor what an air strike destroys: "drone strikes destroyed a camp
	 * ..., neutralising dozens") */
	/* (nor the arms found on those arrested: "arrested five suspected
	 * kidnappers ... and recovered two AK-47 rifles" is the arrest) */
	if (CUE(C_DISRUPT_VERB) && CUE(C_WEAPON) && coercive && (!CUE(C_CIVILIAN) || CUE(C_DEFUSE)) &&
	    !(CUE(C_AIR) && q->at[C_AIR] < q->at[C_DISRUPT_VERB] && !CUE(C_DEFUSE)) &&
	    !(root == 19 && CUE(C_MUTUAL) && q->at[C_MUTUAL] < q->at[C_DISRUPT_VERB]) &&
	    !(CUE(C_CLASH) && q->at[C_CLASH] < q->at[C_DISRUPT_VERB] && !CUE(C_DEFUSE))) {
		if (CUE(C_ARREST) && q->at[C_ARREST] < q->at[C_DISRUPT_VERB] && !CUE(C_DEFUSE))
			IS(SR_ACLED_ARRESTS, C_ARREST);
		IS(SR_ACLED_DISRUPTED, C_DISRUPT_VERB);
	}
	if (CUE(C_AIR_DEFENCE) && CUE(C_WEAPON) && !CUE(C_DIED) && (root == 0 || root == 17 || root == 19 || root == 18))
		IS(SR_ACLED_DISRUPTED, C_AIR_DEFENCE);
	if (CUE(C_BUILD) && CUE(C_BASE) && (coercive || root == 6 || root == 8))
		IS(SR_ACLED_HQ, C_BUILD);
	/* (ground given up after fighting was taken: "took control of
	 * Rutshuru after FARDC troops withdrew following fighting") */
	if (CUE(C_HANDOVER) && (root == 0 || root == 8 || root == 19 || root == 15) &&
	    !(cameo && !strcmp(cameo, "192") && CUE(C_CLASH)) &&
	    !(root == 19 && CUE(C_MUTUAL) && q->at[C_MUTUAL] < q->at[C_HANDOVER]))
		IS(SR_ACLED_TRANSFER, C_HANDOVER);
	/* "freed several villages" (coded as a release, 0841) */
	if (root == 8 && CUE(C_REGAIN) && CUE(C_TERRAIN) && !CUE(C_KIDNAP) && !CUE(C_ARREST))
		IS(SR_ACLED_GOV_REGAINS, C_REGAIN);
	if ((CUE(C_REGAIN) || CUE(C_SEIZE)) && (root == 19 || root == 0 || root == 17 || root == 15) &&
	    !CUE(C_WEAPON)) {
		if (CUE(C_REGAIN))
			IS(SR_ACLED_GOV_REGAINS, C_REGAIN);
		if (state_actor(src_code))
			IS(SR_ACLED_GOV_REGAINS, C_SEIZE);
		IS(SR_ACLED_NSA_OVERTAKES, C_SEIZE);
	}
	if (violent) {
		if (CUE(C_UXO) && !CUE(C_DEFUSE))
			IS(SR_ACLED_REMOTE, C_UXO);
		if (CUE(C_SUICIDE))
			IS(SR_ACLED_SUICIDE, C_SUICIDE);
		/* "detonated explosives, killing themselves" */
		if (CUE(C_SELF) && CUE(C_REMOTE))
			IS(SR_ACLED_SUICIDE, C_REMOTE);
		if (CUE(C_GRENADE))
			IS(SR_ACLED_GRENADE, C_GRENADE);
		/* a post stormed with explosives and gunfire ("attacked an FC
		 * camp with a vehicle-borne explosion followed by gunfire"): a
		 * battle, fought on the ground */
		/* (or with artillery, rockets or drones beside small arms or
		 * ground fighting: "attacked a FAMa position with small arms and
		 * rocket launchers", "artillery and drones, followed by ground
		 * assaults") */
		size_t blow = CUE(C_ATTACK) ? q->at[C_ATTACK] : q->at[C_CLASH];
		bool held = CUE(C_BASE) || (blow && q->at[C_ARMED] > blow);
		if (CUE(C_REMOTE) && CUE(C_GUNFIRE) && !CUE(C_AIR) && held)
			IS(SR_ACLED_ARMED_CLASH, C_GUNFIRE);
		if ((CUE(C_ARTY) || CUE(C_AIR) || CUE(C_REMOTE)) && (CUE(C_GUNFIRE) || CUE(C_GROUND)) && held)
			IS(SR_ACLED_ARMED_CLASH, CUE(C_GROUND) ? C_GROUND : C_GUNFIRE);
		if (CUE(C_AIR))
			IS(SR_ACLED_AIR, C_AIR);
		if (CUE(C_ARTY) && CUE(C_MUTUAL))
			IS(SR_ACLED_ARMED_CLASH, C_MUTUAL);
		if (CUE(C_ARTY))
			IS(SR_ACLED_SHELLING, C_ARTY);
		if (CUE(C_REMOTE))
			IS(SR_ACLED_REMOTE, C_REMOTE);
	}
	/* a sentence named by its words alone that tells of fighting first,
	 * then of an arrest ("clashes broke out ... after Radaa detained
	 * the 444 commander"): the fighting */
	if (root == 0 && CUE(C_CLASH) && CUE(C_ARREST) && q->at[C_CLASH] < q->at[C_ARREST])
		IS(SR_ACLED_ARMED_CLASH, C_CLASH);
	if (root == 17 && base == SR_ACLED_ARRESTS)
		return SR_ACLED_ARRESTS;
	/* (what is burnt or destroyed is no arrest, whoever is arrested in
	 * its sentence) */
	if (CUE(C_ARREST) && (root == 17 || root == 0) && !(cameo && !strcmp(cameo, "1712")))
		IS(SR_ACLED_ARRESTS, C_ARREST);
	/* (killing and fighting beside the looting or burning are the event:
	 * "executed 11 civilians and burnt down the market", "shot dead by
	 * gunmen who broke into her home") */
	if (CUE(C_LOOT) && coercive && root != 18 && !(root == 19 && CUE(C_DIED)))
		IS(SR_ACLED_LOOTING, C_LOOT);
	if (CUE(C_AGREE) && (root == 0 || root == 3 || root == 5 || root == 6 || root == 8))
		IS(SR_ACLED_AGREEMENT, C_AGREE);
	/* (and what a group announces of itself: "announced the formation of
	 * the Chinland Defense Force") */
	if (CUE(C_MOVE) && (root == 0 || root == 15 || root == 8 || root == 1))
		IS(SR_ACLED_CHANGE, C_MOVE);
	if (violent) {
		if (CUE(C_CLASH))
			IS(SR_ACLED_ARMED_CLASH, C_CLASH);
		/* an attack on armed men is a battle; on civilians, an attack */
		if (root == 0 && CUE(C_ATTACK)) {
			if (q->at[C_ARMED] > q->at[C_ATTACK] || (CUE(C_ARMED) && !CUE(C_CIVILIAN)))
				IS(SR_ACLED_ARMED_CLASH, C_ATTACK);
			IS(SR_ACLED_ATTACK, C_ATTACK);
		}
		if (root == 19 && CUE(C_CIVILIAN))
			return SR_ACLED_ATTACK;
		/* the dead of armed men or of violence ("thirty rebels, four
		 * soldiers die", "four dead in violence") */
		if (root == 0 && CUE(C_DIED) && (CUE(C_ARMED) || CUE(C_RIOT))) {
			if (CUE(C_ARMED) && !CUE(C_CIVILIAN))
				IS(SR_ACLED_ARMED_CLASH, C_DIED);
			IS(SR_ACLED_ATTACK, C_DIED);
		}
	}
#undef IS
#undef CUE
	/* force used on a crowd that kills or wounds no one is an intervention */
	if (base == SR_ACLED_EXCESSIVE && !q->at[C_LETHAL])
		return SR_ACLED_INTERVENTION;
	return base;
}

/* The CAMEO code an event found by its type alone is given. */
static const char *const TRIGGER_CAMEO[SR_ACLED_N] = {
    [SR_ACLED_ARMED_CLASH] = "190",   [SR_ACLED_GOV_REGAINS] = "190",  [SR_ACLED_NSA_OVERTAKES] = "192",
    [SR_ACLED_CHEMICAL] = "204",      [SR_ACLED_AIR] = "195",          [SR_ACLED_SUICIDE] = "1831",
    [SR_ACLED_SHELLING] = "194",      [SR_ACLED_REMOTE] = "183",       [SR_ACLED_GRENADE] = "183",
    [SR_ACLED_SEXUAL] = "1821",       [SR_ACLED_ATTACK] = "180",       [SR_ACLED_ABDUCTION] = "181",
    [SR_ACLED_PEACEFUL] = "141",      [SR_ACLED_INTERVENTION] = "175", [SR_ACLED_EXCESSIVE] = "175",
    [SR_ACLED_VIOLENT_DEMO] = "145",  [SR_ACLED_MOB] = "180",          [SR_ACLED_AGREEMENT] = "057",
    [SR_ACLED_ARRESTS] = "173",       [SR_ACLED_CHANGE] = "154",       [SR_ACLED_DISRUPTED] = "171",
    [SR_ACLED_HQ] = "150",            [SR_ACLED_LOOTING] = "171",      [SR_ACLED_TRANSFER] = "0874",
};

int sr_acled_trigger(size_t n, const sr_cues *q, size_t *first, size_t *last, const char **cameo)
{
	size_t why = 0;
	int t = sr_acled_classify(NULL, q, NULL, &why);
	if (t == SR_ACLED_NONE || !why || why > n)
		return SR_ACLED_NONE;
	/* the words: the longest cue that begins there ("car bomb") */
	size_t words = 1;
	for (int c = 0; c < N_CUES; c++)
		if (q->at[c] == why && q->words[c] > words)
			words = q->words[c];
	*first = why - 1;
	*last = why - 1 + words - 1 < n ? why - 1 + words - 1 : n - 1;
	*cameo = TRIGGER_CAMEO[t];
	return t;
}

bool sr_acled_weapons_said(const sr_cues *q)
{
	return q->at[C_SUICIDE] || q->at[C_REMOTE] || q->at[C_AIR] || q->at[C_ARTY] || q->at[C_GRENADE] ||
	       q->at[C_CHEM] || q->at[C_KIDNAP];
}

bool sr_acled_clash_word(const sr_cues *q, size_t at)
{
	return q->at[C_CLASH] == at + 1;
}

int sr_acled_counted_dead(const word *w, size_t n, const sr_cues *q, size_t *first, const char **cameo)
{
	/* an accident's, a disease's, a crime's dead are no one's violence */
	if (q->at[C_DISASTER] || q->at[C_CRIME] || q->at[C_NOT_USED])
		return SR_ACLED_NONE;
	for (size_t k = 1; k < n; k++) {
		bool dead = (w[k].n == 4 && sr_ascii_ncaseeq(w[k].s, "dead", 4)) ||
		            (w[k].n == 4 && sr_ascii_ncaseeq(w[k].s, "died", 4)) ||
		            (w[k].n == 6 && sr_ascii_ncaseeq(w[k].s, "bodies", 6));
		if (dead && (w[k - 1].kind == SR_TOK_NUMBER || w[k - 1].pos == SR_POS_NUM)) {
			*first = k;
			*cameo = TRIGGER_CAMEO[SR_ACLED_ATTACK];
			return SR_ACLED_ATTACK;
		}
	}
	return SR_ACLED_NONE;
}
