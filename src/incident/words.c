/* words.c: the word classes the incident stage reads a text by: who is
 * armed, who is a civilian, who protests; the words of sport, business,
 * technology, entertainment, weather, health and history that tell an
 * article is not about conflict, and the words of conflict that tell it
 * is.  Each class is a list of word forms written here; a token is looked
 * up as written (case folded) and as its lemma, in one hash table built
 * once per process. */
#include "incident.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/hash.h"
#include "../util/str.h"

static const char *const LISTS[W_N] = {
    [W_ARMED] = " soldier soldiers troop troops army armies military forces force militant militants rebel rebels"
                " insurgent insurgents fighter fighters gunman gunmen jihadist jihadists militia militias"
                " militiaman militiamen police policeman policemen policewoman gendarme gendarmes guard guards"
                " commando commandos paramilitary paramilitaries serviceman servicemen peshmerga terrorist"
                " terrorists attacker attackers assailant assailants bandit bandits pirate pirates guerrilla"
                " guerrillas guerillas mercenary mercenaries marine marines officer officers jawan jawans cadre cadres"
                " combatant combatants sniper snipers gunship paratroopers infantry battalion brigade"
                " regiment squad patrol convoy checkpoint garrison recruits vigilantes vigilante extremists"
                " extremist separatists separatist kidnappers bombers bomber policemen constable constables"
                " trooper troopers sailors airmen personnel maoist maoists naxal naxals naxalite naxalites ",
    [W_CIVILIAN] = " civilian civilians villager villagers resident residents people person persons man men"
                   " woman women child children boy boys girl girls family families farmer farmers student"
                   " students worshipper worshippers passenger passengers teacher teachers journalist journalists"
                   " worker workers trader traders shopper shoppers pilgrim pilgrims herder herders herdsmen"
                   " refugee refugees infant infants baby babies elderly local locals motorist motorists driver"
                   " drivers nurse nurses doctor doctors patient patients fisherman fishermen miner miners"
                   " villager teenager teenagers youth youths minor minors toddler vendor vendors businessman"
                   " businessmen shopkeeper shopkeepers priest priests imam cleric clerics pastor monk monks"
                   " missionary missionaries nun nuns pupil pupils schoolchildren schoolgirls schoolboys"
                   " labourer labourers laborer laborers"
                   " activist activists lawyer lawyers judge journalist reporter reporters photographer"
                   " volunteer volunteers mourners wedding guests congregation villages household households"
                   " individual individuals male female husband wife son daughter mother father brother sister"
                   " suspect suspects trader chief councillor councilor politician candidate mayor official"
                   " officials employee employees ",
    [W_PROTEST] = " protester protesters protestor protestors demonstrator demonstrators marcher marchers rioter"
                  " rioters crowd crowds mob mobs supporters strikers picketers sit-in ",
    [W_SPORT] = " match matches season seasons league leagues coach coaches goal goals scored score scores"
                " team teams tournament tournaments championship championships player players cup final"
                " finals semifinal semi-final quarterfinal quarter-final points innings wicket wickets"
                " quarterback touchdown striker midfielder defender goalkeeper referee stadium fans"
                " playoff playoffs nba nfl nhl mlb fifa uefa premier olympic olympics medal medals athlete"
                " athletes racing race races lap laps grand prix tennis golf football soccer basketball"
                " baseball hockey cricket rugby boxing wrestling ufc title titles victory win wins won"
                " defeat game games inning pitcher batting roster draft rookie sixers lakers knicks"
                " celtics warriors bulls cowboys patriots sprint marathon cyclist cycling skier ",
    [W_BUSINESS] = " shares share stock stocks market markets investor investors revenue revenues profit profits"
                   " earnings quarterly prices price economy economic company companies ceo sales percent"
                   " billion million trading trader inflation bank banks banking fund funds bond bonds"
                   " dividend merger acquisition takeover startup startups retail retailer consumer"
                   " consumers brand brands customers customer analysts forecast gdp dollar euro yen"
                   " nasdaq dow index indices portfolio ipo valuation quarter fiscal tariff tariffs"
                   " subscription pricing shareholders shareholder business businesses industry firm firms ",
    [W_TECH] = " software app apps user users code coding python javascript developer developers version"
               " release platform device devices smartphone iphone android package packages library"
               " libraries api server servers database cloud browser linux windows github compiler"
               " framework frameworks plugin plugins dependency dependencies install installed laptop"
               " computer computers chip chips processor gadget gadgets online website websites internet"
               " download downloads update updates bug bugs tutorial programming algorithm startup"
               " robot robots ai bitcoin crypto blockchain camera cameras headphones console gaming ",
    [W_ENT] = " film films movie movies album albums song songs actor actress actors singer band bands concert"
              " concerts episode episodes series show shows character characters novel novels book books"
              " author director studio box-office premiere netflix hbo music musical theatre theater"
              " comedy drama documentary celebrity celebrities fashion recipe recipes restaurant chef"
              " travel hotel hotels vacation museum exhibition artist artists painting gallery festival"
              " videogame video-game gameplay player boss enemies level levels quest ",
    [W_WEATHER] = " weather storm storms rain rainfall snow snowfall temperatures temperature forecast wind winds"
                  " hurricane typhoon cyclone tornado flood floods flooding drought heatwave heat climate"
                  " meteorologist meteorological celsius fahrenheit thunderstorm thunderstorms ",
    [W_HEALTH] = " patient patients vaccine vaccines vaccination virus viruses covid covid-19 coronavirus pandemic"
                 " epidemic infection infections disease diseases cancer diabetes symptoms treatment"
                 " therapy clinical hospitalised hospitalized diet fitness obesity nutrition pollution"
                 " health healthcare medicine medicines drug drugs flu influenza ",
    [W_HISTORY] = " century centuries ancient history historian historians historical medieval empire anniversary"
                  " commemoration commemorate commemorated memorial archive archives archaeologist"
                  " archaeologists dynasty ww1 ww2 wwi wwii veterans veteran remembrance ",
    [W_CONFLICT] = " soldiers troops militants rebels insurgents gunmen militia militias jihadists army military"
                   " police protesters demonstrators airstrike airstrikes air-strike shelling artillery mortar"
                   " bombing bombings explosion blast ied killed wounded injured clashes clash fighting"
                   " attack attacks attacked ambush ceasefire offensive casualties civilians massacre"
                   " kidnapped abducted hostage hostages insurgency terrorist terrorists militant rebel"
                   " riot riots protest protests demonstration demonstrations tear-gas teargas arrested"
                   " detained gunfire gunfight shot shooting stabbed killing killings dead deaths war"
                   " conflict troops checkpoint frontline front-line drone missile missiles rocket rockets"
                   " grenade landmine landmines suicide bomber raid raids siege besieged displaced refugees"
                   " fled security forces violence violent unrest bomb bombs blast blasts roadside"
                   " explosives gunmen insurgents airstrike shelled bombed ambushed stormed firearms"
                   " mob mobs lynched lynching vigilantes"
                   " ammunition weapons grenades ieds rifles pistols landmines mortars detonators"
                   " chlorine sarin tear-gassed arrests captured seized ",
    [W_AGENT] = " fighter fighters militant militants rebel rebels member members gunman gunmen force forces"
                " troop troops soldier soldiers insurgent insurgents supporter supporters loyalist loyalists"
                " jihadist jihadists militia militias militiaman militiamen men group groups cadre cadres"
                " army police unit units elements operatives terrorists terrorist guerrillas guerrilla"
                " commander commanders leader leaders faction factions"
                " the a an of 's ' suspected alleged armed heavily suspected ",
    [W_IDENTITY] = " ethnic communal tribal tribe tribes clan clans herders herdsmen vigilante vigilantes"
                   " self-defence self-defense sectarian militia-men ",
    /* peoples whose armed men conflict news names by them */
    [W_PEOPLE] = " fulani peul dogon dozo dozos bambara hema lendu nuer dinka murle misseriya rizeigat"
                 " masalit pokot turkana borana tiv jukun berom bachama ",
    [W_SUBSET] = " including include includes among ",
    [W_AGGREGATE] = " nationwide countrywide across throughout separate various different several-incidents"
                    " country-wide statewide province-wide ",
    [W_STATE_AGENT] = " soldier soldiers troop troops army military forces force police policeman policemen"
                      " policewoman gendarme gendarmes officer officers serviceman servicemen marines"
                      " paratroopers jawans commandos commando personnel constable constables troopers ",
    [W_RIOT] = " riot riots rioting rioters rioted stone stones stoned stone-throwing rocks torched torching"
               " arson looted looting vandalised vandalized vandalism smashed burned burnt ransacked"
               " petrol molotov clashed clashes violent violence barricades ",
    [W_NATURAL] = " earthquake earthquakes quake quakes flood floods flooding flooded cyclone cyclones hurricane"
                  " hurricanes typhoon typhoons storm storms landslide landslides mudslide mudslides drought"
                  " droughts wildfire wildfires bushfire bushfires tsunami tsunamis volcano volcanic eruption"
                  " avalanche avalanches monsoon tornado tornadoes downpour downpours rains rainfall heatwave"
                  " epidemic pandemic outbreak cholera ebola locust locusts magnitude tremor tremors"
                  " covid covid-19 coronavirus infections snowfall blizzard blizzards snowstorm ",
    [W_MANMADE] = " accident accidents crash crashes crashed collision collided derailed derailment capsized"
                  " capsize sank shipwreck collapse collapsed collapses blaze fire fires leak leaked leaks spill"
                  " spilled spilt stampede poisoning poisoned toxic gas cylinder boiler factory plant"
                  " refinery mine firefighters fire-fighters rescuers wreckage debris forklift tanker"
                  " short-circuit electrocuted overturned plunged wreck wrecked rollover ",
    [W_CRIME] = " robbery robberies robbed robber robbers theft thefts thief thieves smuggling smuggle smuggled"
                " smugglers trafficking trafficked traffickers drug drugs narcotics cocaine heroin"
                " methamphetamine cannabis marijuana cartel cartels fraud fraudulent burglary burglar"
                " burglars counterfeit extortion bribery laundering pornography poaching poachers contraband"
                " gang gangs scam scams embezzlement heist kidnap-for-ransom ransom ",
    [W_DIPLO] = " sanction sanctions embassy embassies ambassador ambassadors diplomat diplomats diplomatic"
                " envoy envoys consulate expel expelled expels expulsion summit talks bilateral treaty"
                " minister ministers foreign-minister condemned condemns condemnation visit visited"
                " negotiations negotiate negotiated retaliatory ",
    [W_WEAPON] = " artillery shelling shells mortar mortars rocket rockets missile missiles airstrike airstrikes"
                 " air-strike air-strikes bombing bombings bomb bombs ied ieds landmine landmines grenade"
                 " grenades explosives explosive chlorine sarin munitions ammunition ammo weapons firearms"
                 " rifles rifle gunfire gunshots gunshot warplanes warplane gunships gunship barrel"
                 " mustard nerve-agent detonators detonator pistols pistol rpg rpgs mortar-shells projectiles"
                 " bullets bullet car-bomb vbied vbieds suicide ",
};

typedef struct slot {
	uint64_t h;
	uint32_t classes;
} slot;

enum { TABLE = 1 << 13 };
static slot table[TABLE];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint64_t key_of(const char *s, size_t n)
{
	char low[48];
	if (n > sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)sr_lower((unsigned char)s[i]);
	return sr_hash64(low, n, 0x3a7) | 1;
}

static void put(const char *s, size_t n, int cls)
{
	uint64_t h = key_of(s, n);
	if (!h)
		return;
	for (size_t i = h & (TABLE - 1);; i = (i + 1) & (TABLE - 1)) {
		if (table[i].h == h || table[i].h == 0) {
			table[i].h = h;
			table[i].classes |= 1u << cls;
			return;
		}
	}
}

static void build(void)
{
	for (int c = 0; c < W_N; c++)
		for (const char *p = LISTS[c]; p && *p;) {
			while (*p == ' ')
				p++;
			size_t n = strcspn(p, " ");
			if (n)
				put(p, n, c);
			p += n;
		}
}

uint32_t sr_inc_word_classes(const char *s, size_t n)
{
	pthread_once(&once, build);
	uint64_t h = key_of(s, n);
	if (!h)
		return 0;
	for (size_t i = h & (TABLE - 1); table[i].h; i = (i + 1) & (TABLE - 1))
		if (table[i].h == h)
			return table[i].classes;
	return 0;
}

uint32_t sr_inc_token_classes(const sr_doc *d, size_t t)
{
	const sr_token *k = &d->tokens[t];
	if (k->kind != SR_TOK_WORD)
		return 0;
	uint32_t c = sr_inc_word_classes(d->text + k->start, k->end - k->start);
	if (c)
		return c;
	/* a noun by its lemma ("Guardsmen"); a verb's lemma may be a noun of
	 * another sense ("forced" is no force) */
	if (k->pos != SR_POS_NOUN && k->pos != SR_POS_PROPN)
		return 0;
	char lemma[48];
	size_t ln = sr_token_lemma(d, t, lemma, sizeof lemma);
	return ln && ln < sizeof lemma ? sr_inc_word_classes(lemma, ln) : 0;
}

bool sr_inc_tok_in(const sr_doc *d, size_t t, int cls)
{
	return t < d->n_tokens && (sr_inc_token_classes(d, t) >> cls & 1);
}
