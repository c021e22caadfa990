/* cause.c: what a protest is about.
 *
 * "Thousands rallied to mourn the demonstrators killed last month",
 * "students marched demanding justice for two classmates killed in a
 * road accident", "residents protested over the arrest of a local
 * chief": the killing, the accident and the arrest are the protest's
 * grievance, told as its reason, not what happened at the protest.  Their
 * words neither make the protest violent nor an incident of their own.
 *
 * A grievance begins after a word that introduces one ("mourn",
 * "commemorate", "justice for", "condemning", "the release of"), or after
 * a preposition or protest word followed by a deed done to people ("over
 * the killing of", "against the arrest of", "following the death of",
 * "protesting the shooting of"), and runs to the end of its clause: a
 * punctuation mark, a conjunction that opens another clause, or a verb
 * that is the sentence's own.  It counts only in a sentence that tells of
 * a protest outside it. */
#include "nlp.h"

static bool tok_prefix(const sr_doc *d, size_t i, const char *p)
{
	const sr_token *t = &d->tokens[i];
	size_t n = strlen(p);
	return t->end - t->start >= n && sr_ascii_ncaseeq(d->text + t->start, p, n);
}

static bool done_to(const sr_doc *d, size_t i)
{
	static const char *const W[] = {
	    "killed",  "murdered", "arrested", "detained", "shot",     "abducted", "kidnapped", "jailed",  "imprisoned",
	    "sentenced", "wounded", "injured", "hurt",     "beaten",   "tortured", "raped",     "disappeared", "executed",
	    "evicted", "held",     "taken",    "slain",    "gunned",   "lynched",  "died",      "accused", "charged",
	    "killing", "shooting", "detaining", "arresting", "jailing", "kill",    "kills",     "dying",   NULL};
	return sr_tok_in(d, i, W);
}

/* Words after which what follows is the grievance itself. */
static bool direct_opener(const sr_doc *d, size_t i, size_t to)
{
	static const char *const W[] = {"mourn",     "mourns",      "mourned",  "mourning", "memory",   "remembrance",
	                                "condemn",   "condemning",  "condemned", "condemns", "denounce", "denouncing",
	                                "denounced", "decry",       "decrying", "decried",  "honour",   "honouring",
	                                "honor",     "honoring",    NULL};
	if (sr_tok_in(d, i, W) || tok_prefix(d, i, "commemorat") || tok_prefix(d, i, "anniversar"))
		return true;
	/* "to mark one year since 10 demonstrators were shot dead" */
	if (sr_tok_is(d, i, "since") && i > 0 &&
	    (sr_tok_is(d, i - 1, "year") || sr_tok_is(d, i - 1, "years") || sr_tok_is(d, i - 1, "months") ||
	     sr_tok_is(d, i - 1, "month") || sr_tok_is(d, i - 1, "decade") || sr_tok_is(d, i - 1, "decades")))
		return true;
	/* "following reports that a police commander had raped a girl",
	 * "over allegations that": what was reported is the grievance */
	if (sr_tok_is(d, i, "that") && i > 0 &&
	    (sr_tok_is(d, i - 1, "reports") || sr_tok_is(d, i - 1, "allegations") || sr_tok_is(d, i - 1, "accusations") ||
	     sr_tok_is(d, i - 1, "claims") || sr_tok_is(d, i - 1, "rumours") || sr_tok_is(d, i - 1, "rumors")))
		return true;
	/* "justice for", "the release of", "an end to" */
	return i + 1 < to && (((sr_tok_is(d, i, "justice") || sr_tok_is(d, i, "accountability")) &&
	                       (sr_tok_is(d, i + 1, "for") || sr_tok_is(d, i + 1, "over"))) ||
	                      (sr_tok_is(d, i, "release") && sr_tok_is(d, i + 1, "of")));
}

/* A deed done to people that protests are held over. */
static bool grievance_noun(const sr_doc *d, size_t i)
{
	static const char *const W[] = {
	    "killing",   "killings",  "death",     "deaths",     "murder",      "murders",       "arrest",
	    "arrests",   "detention", "shooting",  "shootings",  "abduction",   "abductions",    "kidnapping",
	    "kidnappings", "rape",    "rapes",     "disappearance", "assassination", "lynching", "beating",
	    "brutality", "massacre",  "torture",   "execution",  "executions",  "jailing",       "imprisonment",
	    "violence",  "crackdown", "repression", "eviction",  "evictions",   "demolition",    "demolitions",
	    "airstrikes", "bombing",  "bombings",  "raid",       "raids",       "attack",        "attacks",
	    "detentions", "sentencing",
	    /* (and a town lost: "protesting the fall of Goma") */
	    "fall", "capture", "takeover", "occupation", NULL};
	return sr_tok_in(d, i, W);
}

/* Words after which a grievance follows when a deed names it ("over the
 * killing of", "against police brutality"). */
static bool noun_opener(const sr_doc *d, size_t i)
{
	static const char *const W[] = {"over", "against", "following", "after", "about", "at", NULL};
	/* "angered by the killing of" */
	static const char *const ANGER[] = {"angered", "outraged", "enraged", "incensed", "angry", "furious", NULL};
	if (sr_tok_is(d, i, "by") && i > 0 && sr_tok_in(d, i - 1, ANGER))
		return true;
	return sr_tok_in(d, i, W) || tok_prefix(d, i, "protest") || tok_prefix(d, i, "demand");
}

/* A protest word: a march, a rally, a sit-in, a riot, people gathered. */
static bool protest_word(const sr_doc *d, size_t i)
{
	static const char *const P[] = {"protest", "demonstrat", "rallie", "marche", "vigil", "sit-in", "riot",
	                                "picket",  "walkout",    "mourner", NULL};
	static const char *const W[] = {"rally",    "rallied", "rallying", "march",    "marched", "marching", "gathered",
	                                "strike",   "strikers", "mob",     "mobs",     "streets", "demanding", "chanting",
	                                "chanted",  NULL};
	if (sr_tok_in(d, i, W))
		return !(sr_tok_is(d, i, "march") && (d->tokens[i].flags & SR_TF_CAP));
	for (size_t k = 0; P[k]; k++)
		if (tok_prefix(d, i, P[k]))
			return true;
	return false;
}

/* Does a clause of its own begin at token i ("when", "but", "and
 * clashed")? */
static bool clause_break(const sr_doc *d, size_t i, size_t to)
{
	static const char *const W[] = {"when", "while", "whereas", "but", "as", "where", "before", "until", "then", NULL};
	const sr_token *t = &d->tokens[i];
	if (t->kind == SR_TOK_PUNCT) {
		char ch = d->text[t->start];
		return ch != '-' && ch != '\'' && ch != '"';
	}
	if (sr_tok_in(d, i, W))
		return true;
	if ((sr_tok_is(d, i, "and") || sr_tok_is(d, i, "or")) && i + 1 < to && d->tokens[i + 1].pos == SR_POS_VERB)
		return true;
	/* a verb of what was done to people ("demonstrators killed last
	 * month", "a man who died in custody") belongs to the grievance; any
	 * other is a clause of its own ("activists clashed with police") */
	if (t->pos == SR_POS_VERB && !done_to(d, i))
		return true;
	/* the sentence's own verb ("... in Dhaka are being held"), not a
	 * relative clause's ("who were killed") */
	if (t->pos == SR_POS_AUX && i > 0 &&
	    !(sr_tok_is(d, i - 1, "who") || sr_tok_is(d, i - 1, "that") || sr_tok_is(d, i - 1, "which")))
		return true;
	return false;
}

size_t sr_nlp_grievances(const sr_doc *d, size_t s, uint8_t *mask, size_t cap)
{
	const sr_sentence *st = &d->sentences[s];
	size_t from = st->first_token, to = from + st->n_tokens;
	if (to - from > cap)
		to = from + cap;
	memset(mask, 0, to - from);
	size_t marked = 0;
	for (size_t t = from; t < to; t++) {
		size_t begin = 0;
		bool clause = false; /* the grievance is a clause ("a man was shot"): its auxiliary is its own */
		if (direct_opener(d, t, to)) {
			begin = t + 1 + (sr_tok_is(d, t, "justice") || sr_tok_is(d, t, "accountability") ||
			                 sr_tok_is(d, t, "release"));
			/* "one year since 10 demonstrators were shot dead", "reports
			 * that a commander had raped a girl" */
			clause = sr_tok_is(d, t, "since") || sr_tok_is(d, t, "that");
		}
		else if (noun_opener(d, t))
			/* a deed within three words: "over the killing", "against
			 * police brutality", "following the death"; a clause of what
			 * was done to someone within five: "after a teenager was shot
			 * dead by police" */
			for (size_t k = t + 1; k < to && k <= t + 5 && !begin; k++) {
				if (d->tokens[k].kind == SR_TOK_PUNCT)
					break;
				if (k <= t + 3 && grievance_noun(d, k))
					begin = t + 1;
				else if ((sr_tok_is(d, t, "after") || sr_tok_is(d, t, "following") || sr_tok_is(d, t, "over")) &&
				         d->tokens[k].pos == SR_POS_VERB && done_to(d, k) && k > t + 1)
					begin = t + 1, clause = true;
			}
		if (!begin)
			continue;
		size_t k = begin;
		for (; k < to && k < begin + 20; k++) {
			if (clause_break(d, k, to) && !(clause && d->tokens[k].pos == SR_POS_AUX))
				break;
			mask[k - from] = 1;
			marked++;
		}
		t = k;
	}
	if (!marked)
		return 0;
	for (size_t t = from; t < to; t++)
		if (!mask[t - from] && protest_word(d, t))
			return marked;
	memset(mask, 0, to - from);
	return 0;
}
