/* names.c: the names that tell a person or an organisation from a place
 * of the same name, written here (CC0): common given names across the
 * languages of the news ("Karen Johnson", "Chelsea Clinton": the word
 * before or after is a person's), and organisations whose names are also
 * towns' (Nokia, Toyota, Xinhua).  Sorted, lower case; see geo.h. */
#include <stdlib.h>
#include <string.h>

#include "geo.h"

static const char *const GIVEN[] = {
    "aaron", "abdel", "abdul", "abdullah", "abdulrahman", "abu", "adam", "adel", "adrian", "ahmad", "ahmed",
    "aisha", "akbar", "alan", "albert", "alejandro", "alex", "alexander", "alexandra", "alexei", "ali",
    "alice", "alicia", "alina", "alison", "amal", "amanda", "amber", "amina", "amir", "amira", "amy", "ana",
    "anastasia", "andre", "andrea", "andreas", "andrei", "andrew", "andy", "angela", "angelina", "anil",
    "ann", "anna", "anne", "annie", "anthony", "antonio", "anwar", "arjun", "arthur", "ashley", "asif",
    "asma", "ayesha", "bashar", "ben", "benjamin", "bernard", "beth", "betty", "bill", "billy", "blessing",
    "bob", "bobby", "boris", "brad", "brandon", "brenda", "brian", "bruce", "bryan", "carl", "carla",
    "carlos", "carmen", "carol", "caroline", "catherine", "charles", "charlie", "charlotte", "chelsea",
    "cheng", "chris", "christian", "christina", "christine", "christopher", "cindy", "claire", "clara",
    "claudia", "colin", "craig", "cristina", "dan", "daniel", "daniela", "danny", "daria", "dave", "david",
    "dawit", "deborah", "denis", "dennis", "derek", "diana", "diego", "dmitry", "donald", "donna", "doris",
    "dorothy", "douglas", "dylan", "ebrahim", "eden", "edward", "elena", "eli", "elias", "elizabeth", "ellen",
    "emily", "emma", "emmanuel", "eric", "erik", "ernest", "esther", "ethan", "eva", "evelyn", "faisal",
    "faith", "farah", "farid", "fatima", "fatma", "felipe", "fernando", "florence", "frances", "francis",
    "frank", "fred", "gabriel", "gary", "george", "georgia", "gerald", "gloria", "gordon", "grace", "greg",
    "gregory", "hailey", "hamid", "hana", "hannah", "hans", "harold", "harry", "hassan", "heather", "helen",
    "henry", "hiba", "hillary", "howard", "hugo", "hussein", "ian", "ibrahim", "igor", "imran", "irina",
    "isaac", "isabel", "ivan", "jack", "jacob", "jake", "jamal", "james", "jan", "jane", "janet", "jason",
    "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy", "joan", "joe",
    "joel", "john", "johnny", "jonathan", "jordan", "jorge", "jose", "joseph", "josh", "joshua", "joy",
    "juan", "judith", "julia", "julian", "julie", "justin", "kamal", "karen", "karim", "kate", "katherine",
    "kathy", "keith", "kelly", "ken", "kenneth", "kevin", "khalid", "kim", "kimberly", "kyle", "larry",
    "laura", "lauren", "lawrence", "layla", "leila", "leo", "leon", "leonard", "linda", "lisa", "liz",
    "lucas", "lucy", "luis", "luke", "lydia", "madison", "maha", "mahmoud", "majid", "malik", "manuel",
    "marc", "marco", "margaret", "maria", "marie", "marina", "mario", "mark", "martha", "martin", "mary",
    "matthew", "maxim", "maya", "megan", "melissa", "michael", "michelle", "miguel", "mike", "mikhail",
    "mohamed", "mohammad", "mohammed", "mona", "muhammad", "musa", "mustafa", "nadia", "nancy", "naomi",
    "natalia", "natasha", "nathan", "nicholas", "nicole", "nikolai", "noah", "nora", "nour", "olga", "oliver",
    "olivia", "omar", "oscar", "pablo", "pamela", "patricia", "patrick", "paul", "paula", "pedro", "peter",
    "philip", "pierre", "rachel", "rahul", "rajesh", "ralph", "ramon", "rana", "rashid", "raul", "ray",
    "rebecca", "regina", "richard", "rick", "rita", "rob", "robert", "roberto", "robin", "roger", "ronald",
    "rosa", "ruth", "ryan", "said", "salim", "sally", "salma", "sam", "samir", "samuel", "sandra", "sara",
    "sarah", "scott", "sean", "sergei", "sergey", "shane", "sharon", "shirley", "simon", "sofia", "sophia",
    "stephanie", "stephen", "steve", "steven", "sunil", "susan", "sydney", "tamara", "tanya", "tariq", "ted",
    "teresa", "thomas", "tim", "timothy", "tina", "todd", "tom", "tony", "tracy", "tyler", "valentina",
    "valeria", "vanessa", "victor", "victoria", "vikram", "viktor", "vincent", "vladimir", "walid", "walter",
    "wang", "wayne", "wei", "william", "yasmin", "yuri", "yusuf", "zain", "zainab", "zeynep", "zhang", NULL};

static const char *const ORGS[] = {
    "aramco", "baidu", "boeing", "cisco", "exxon", "fano", "ford", "honda", "huawei", "lukoil", "mobil",
    "nokia", "oracle", "rosneft", "siemens", "tass", "toyota", "wagner", "xinhua", NULL};

static int cmp(const void *k, const void *e)
{
	return strcmp(k, *(const char *const *)e);
}

static bool in(const char *const *list, size_t n, const char *w, size_t len)
{
	char key[32];
	if (len == 0 || len >= sizeof key)
		return false;
	for (size_t i = 0; i < len; i++)
		key[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	key[len] = '\0';
	return bsearch(key, list, n, sizeof *list, cmp) != NULL;
}

bool sr_geo_given_name(const char *w, size_t len)
{
	return in(GIVEN, sizeof GIVEN / sizeof *GIVEN - 1, w, len);
}

bool sr_geo_org_name(const char *w, size_t len)
{
	return in(ORGS, sizeof ORGS / sizeof *ORGS - 1, w, len);
}
