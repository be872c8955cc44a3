package claims

import (
	"strings"
	"unicode"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// careerYears reports years someone has kept at something or spent in a
// role: "Hana has answered our intake line for six years", "Jamal has
// been in recovery for more than ten years", "Halvard Quist, who has led
// partial hospitalization programs for over a decade", "he spent five
// years as a crisis counselor". A program is timed in days, weeks or
// months; years in the perfect, or spent in a role, are a career or a
// life. The participle follows its auxiliary (one adverb may stand
// between), and a program named after it leaves the years the program's
// ("Men who have completed detox can stay in our long-term program for
// up to two years", "We have designed our program to last two years")
// unless a person is the perfect's subject ("who has led …", "she has").
func careerYears(s *sentence, lo int, q *quantity.Quantity) bool {
	if !strings.Contains(q.Text, "year") && !strings.Contains(q.Text, "decade") {
		return false
	}
	masked := s.masked
	f := fieldsAt(masked[lo:q.Start])
	for i, aux := range f {
		if w := aux.text; w != "has" && w != "have" && w != "had" && !strings.HasSuffix(w, "'ve") && !strings.HasSuffix(w, "’ve") {
			continue
		}
		j := i + 1
		if j < len(f) && perfectAdverbs[f[j].text] {
			j++
		}
		if j >= len(f) || !participles[f[j].text] && !(len(f[j].text) > 4 && strings.HasSuffix(f[j].text, "ed")) {
			continue
		}
		// Past the participle, another verb or a program named before
		// the years makes them its own.
		at, past := lo+f[j].at, lo+f[j].at+len(f[j].text)
		if hasWord(masked[past:q.Start], laterVerbs...) {
			continue
		}
		if personSubjects[wordBefore(masked, lo+aux.at)] || !programBefore(s, at, q.Start) {
			return true
		}
	}
	if w := wordBefore(masked, q.Start); w == "spent" || w == "spend" || w == "spends" || w == "spending" {
		after := wordAfter(masked, q.End)
		return after == "as" || roleVerbs[after]
	}
	// "later I worked at one for two years", "she
	// volunteered there for two years": a person's work, in the past.
	for i, w := range f {
		if (w.text == "worked" || w.text == "volunteered") && (i > 0 && personSubjects[f[i-1].text] || i > 1 && personSubjects[f[i-2].text]) {
			return true
		}
	}
	// "Dr. Lena Okafor, who ran an outpatient clinic for nine years": a
	// person's past work, told in a "who" clause.
	if strings.HasSuffix(masked[:lo], ", who ") && len(f) > 0 && pastRoleVerbs[f[0].text] {
		return true
	}
	return false
}

// pastRoleVerbs tell what someone did at work: "who ran", "who led".
var pastRoleVerbs = wordSet("ran", "led", "directed", "managed", "worked", "served", "taught", "practiced", "practised", "supervised", "headed", "founded", "owned", "operated", "coordinated")

// field is a word of fieldsAt and its byte offset.
type field struct {
	text string
	at   int
}

// fieldsAt splits s around white space as strings.Fields does, keeping
// each field's offset.
func fieldsAt(s string) []field {
	var out []field
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				out = append(out, field{s[start:i], start})
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, field{s[start:], start})
	}
	return out
}

// laterVerbs between a perfect and the years start a predicate of their
// own: "Men who have completed detox can stay … for up to two years".
var laterVerbs = []string{"can", "will", "may", "could", "should", "must", "stay", "stays", "last", "lasts", "run", "runs", "remain", "remains"}

var perfectAdverbs = wordSet("already", "also", "now", "since", "long", "proudly")

var personSubjects = wordSet("who", "he", "she", "i", "he's", "she's")

// roleVerbs after "spent N years" name work done in a role: "spent 9
// years running the consult service" ("spend two years completing the
// program's phases" is the program's).
var roleVerbs = wordSet("running", "leading", "directing", "managing", "working", "teaching", "serving", "practicing", "practising", "supervising", "counseling", "counselling", "nursing")

var participles = wordSet("been", "run", "led", "held", "taught", "spent", "done", "seen", "kept", "built", "grown")

// waitSubject reports a clause whose subject is a wait: "Our waitlist
// runs about three weeks", "the waiting list for a bed can run five
// weeks", "the longest wait is about two weeks" ("There is no waiting
// list, and our program runs 30 days" and "Don't wait: our IOP runs 12
// weeks" time the program).
func waitSubject(clause string) bool {
	f := strings.Fields(clause)
	// ("In 2024 the average wait for a bed was 1.6 days", "Right now,
	// the wait is about a week": a time said first.)
	for len(f) > 0 && (waitOpeners[strings.TrimRight(f[0], ",")] || yearLike(strings.TrimRight(f[0], ","))) {
		f = f[1:]
	}
	for len(f) > 0 && waitModifiers[f[0]] {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	if f[0] == "waiting" && len(f) > 1 && (f[1] == "list" || f[1] == "lists" || f[1] == "period" || f[1] == "time") {
		return true
	}
	return waitNouns[f[0]]
}

// admissionWait reports a span said as the wait before admission, not
// the stay: "it takes about three weeks to get into the program", "a
// waiting list that can run two to six weeks" (the wait a few words on
// from its noun, with no program named between).
func admissionWait(pre, rest string) bool {
	if takesBefore.MatchString(pre) && toBeAdmitted.MatchString(rest) {
		return true
	}
	// "may have to wait up to five weeks to begin": the span waited.
	if waitedFor.MatchString(pre) {
		return true
	}
	// "the care team can take as long as three working days to decide if
	// a transfer is safe": the time a decision takes.
	if decisionAfter.MatchString(rest) {
		return true
	}
	m := waitNounNear.FindStringIndex(pre)
	return m != nil && !anyWordIn(pre[m[1]:], programNouns)
}

var (
	takesBefore   = prefilter.MustCompile(`\b(?:takes?|took|taking)\s+(?:[a-z]+\s+){0,2}$`)
	toBeAdmitted  = prefilter.MustCompile(`^\s+(?:or\s+(?:so|more|less|longer)\s+)?(?:for\s+(?:a\s+)?(?:new\s+)?(?:clients?|patients?|people|someone|you|applicants?)\s+)?to\s+(?:get\s+(?:into|in|admitted|a\s+bed|a\s+spot|a\s+place)|enter|be\s+(?:admitted|placed|accepted)|gain\s+admission|(?:start|begin)\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:program|programme|treatment|stay|detox|rehab|withdrawal))\b`)
	decisionAfter = prefilter.MustCompile(`^\s+(?:or\s+(?:so|more|less|longer)\s+)?to\s+(?:determine|decide|respond|reply|approve|verify|confirm)\b`)
	waitedFor     = prefilter.MustCompile(`\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:another\s+|up\s+to\s+|about\s+|around\s+|roughly\s+|as\s+long\s+as\s+|as\s+much\s+as\s+)?$`)
	waitNounNear  = prefilter.MustCompile(`\b(?:wait(?:ing)?[\s-]?lists?|waitlists?|wait\s+times?|waiting\s+(?:times?|periods?))\b[^.;,:]{0,40}$`)
)

// adminSubject reports a clause whose subject is paperwork or a price
// rather than care: "Your fee level is good for", "Your sliding-fee
// discount lasts", "The approval stays valid for", "The referral stays
// active for". ("Our fee covers the IOP, which lasts eight weeks" times
// the program: the figure's own clause opens on the program.)
func adminSubject(clause string) bool {
	f := strings.Fields(clause)
	for len(f) > 0 && waitModifiers[f[0]] {
		f = f[1:]
	}
	// The noun phrase before the verb: a paper's name at its head, or
	// before a word of its kind ("fee level", "approval period";
	// "Scholarship clients stay 30 days" is the clients').
	admin := false
	for i := 0; i < len(f) && i < 5; i++ {
		w := strings.TrimRight(f[i], ",")
		if adminVerbs[w] {
			return admin && i > 0
		}
		isAdmin := adminNouns[w] || strings.HasSuffix(w, "-fee")
		admin = isAdmin || admin && adminHeads[w]
	}
	return false
}

var adminHeads = wordSet("level", "levels", "amount", "status", "period", "letter", "form", "forms")

var adminNouns = wordSet("fee", "fees", "discount", "discounts", "rate", "rates", "approval", "approvals", "referral", "referrals", "voucher", "vouchers",
	"scholarship", "scholarships", "waiver", "waivers", "application", "applications", "eligibility", "paperwork", "copay", "copays", "deposit",
	"prescription", "prescriptions", "certificate", "certificates", "card", "cards", "pass", "passes", "permit", "permits")

var adminVerbs = wordSet("is", "are", "was", "were", "lasts", "last", "runs", "run", "stays", "stay", "remains", "remain", "expires", "will", "can", "may", "holds", "takes", "means", "meets", "helps")

// notMeaning reports a clause denying what something means: "That does
// not mean", "this doesn't mean", "isn't the same as".
func notMeaning(pre string) bool { return anyIn(pre, notMeaningPhrases) }

var notMeaningPhrases = []string{"does not mean", "doesn't mean", "doesn’t mean", "do not mean", "don't mean", "don’t mean", "not necessarily mean"}

// weekDaysNext reports a count of a week's days set right after end, as
// an apposition: "a five-day program, Monday through Friday". (Not "a
// seven-day program, with nurses on site seven days a week".)
func weekDaysNext(s *sentence, end int) bool {
	for i := range s.qs {
		q := &s.qs[i]
		if q.Unit == quantity.Day && q.Per == quantity.Week && q.Start >= end && len(strings.Fields(s.lower[end:q.Start])) <= 4 &&
			strings.HasSuffix(strings.TrimRight(s.lower[end:q.Start], " "), ",") {
			return true
		}
	}
	return false
}

// lastPastDesign is the index in pre of the last phrase about how
// programs were once built ("were first designed as", "originally",
// "used to"), -1 when none is. Their figures are the programs' past
// (variant "before"), compared with nothing of today's.
func lastPastDesign(pre string) int {
	at := -1
	for _, p := range pastDesignPhrases {
		if k := lastIndex(pre, p); k > at {
			at = k
		}
	}
	return at
}

var pastDesignPhrases = []string{"first designed", "were designed", "was designed", "originally", "used to", "historically"}

var waitModifiers = wordSet("the", "our", "a", "your", "current", "typical", "average", "usual", "longest", "shortest", "expected", "present")

var waitOpeners = wordSet("in", "during", "last", "this", "year", "month", "quarter", "week", "spring", "summer", "fall", "autumn", "winter", "currently", "today", "lately", "recently", "right", "now", "on", "average", "as", "of")

func yearLike(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

var waitNouns = wordSet("wait", "waits", "waitlist", "waitlists", "wait-list", "backlog")

var notLengthBefore = wordSet("after", "every", "past", "previous", "first", "since", "per", "than", "ago", "each", "next", "final")

// enoughFor ends on a supply said to last: "enough cigarettes for ".
// (Not "enough time for", "enough support for": the care itself.)
var enoughFor = prefilter.MustCompile(`\benough\s+((?:[a-z-]+\s+){1,4}?)for\s+$`)

// suppliedFor reports pre ending on enoughFor with a supply, not time or
// care, between.
func suppliedFor(pre string) bool {
	m := enoughFor.FindStringSubmatch(pre)
	return m != nil && !hasWord(m[1], "time", "support", "care", "treatment", "structure", "days", "weeks")
}

var packedWords = wordSet(packedWordList...)

// packedWordList are packedWords as a list, for hasWord.
var packedWordList = []string{"clothing", "clothes", "outfits", "supply", "supplies", "medication", "medications", "toiletries", "cash", "money", "luggage"}

// peakedAt ends on a peak named right before a span, its subject said
// before: "…, peak at ", "and peaks within ", "reaching their peak
// between ". When the worst comes, not how long care lasts.
var peakedAt = prefilter.MustCompile(`\b(?:peak|peaks|peaking|peaked|(?:reach|reaches|reaching|reached)\s+(?:their|its|a)\s+peak)\s+(?:(?:at|in|within|after|around|about|by|between|roughly|on|day)\s+)+(?:the\s+)?$`)

// symptomsOnset ends on symptoms or withdrawal said to come, or to peak,
// right before a figure: "symptoms may not appear for", "withdrawal
// usually begins within", "cravings tend to peak around".
var symptomsOnset = prefilter.MustCompile(`\b(?:symptoms?|signs|withdrawal|cravings?)\s+(?:(?:may|can|could|will|might|usually|often|typically|generally|commonly|tend\s+to)\s+){0,2}(?:not\s+)?(?:appear|appears|begin|begins|start|starts|show\s+up|shows\s+up|emerge|emerges|set\s+in|sets\s+in|peak|peaks|kick\s+in|kicks\s+in)\s+(?:(?:for|within|after|in|about|around|roughly|at|between)\s+)*$`)

// lingeringWords name what outlasts care: post-acute withdrawal.
var lingeringWords = []string{"paws", "post-acute", "protracted"}

// symptomsLinger reports a clause in which something lingers or persists
// ("symptoms can linger for"), not a client persisting through a program
// ("Clients who persist through our 12-week IOP").
func symptomsLinger(clause string) bool {
	// ("Because cravings persist after residential care, our IOP
	// continues for another eight weeks": the reason before the comma.)
	if k := strings.LastIndexByte(clause, ','); k >= 0 {
		clause = clause[k+1:]
	}
	for _, w := range []string{"linger", "lingers", "lingering", "persist", "persists"} {
		for k := range wordIndexes(clause, w) {
			switch wordAfter(clause, k+len(w)) {
			case "through", "in", "with", "until":
			default:
				return true
			}
		}
	}
	return false
}

// soberWords before a duration make it time in recovery: "sober for 30 days".
var soberWords = []string{"sober", "clean", "abstinent", "sobriety", "drug-free", "alcohol-free"}

// soberFree is time in recovery said with "free" apart from its noun:
// "alcohol and drug free for two weeks", "free from alcohol and
// other drugs for six months" (an admission rule, no stay); or with
// "abstinence" right before the figure: "long-term abstinence (often
// five years)".
var soberFree = prefilter.MustCompile(`\b(?:drugs?|alcohol|substances?|chemicals?)(?:\s+(?:and|or|&)\s+(?:other\s+)?(?:drugs?|alcohol|substances?))?[\s-]+free\b|\bfree\s+(?:from|of)\s+(?:all\s+|any\s+)?(?:alcohol|drugs?|substances?|mood-altering|substance\s+use|drug\s+use|alcohol\s+use)\b|\babstinence\s+(?:\(\s*)?(?:(?:often|usually|typically|generally|about|around|roughly|for|of|at\s+least|a\s+minimum\s+of)\s+)*$`)

// historyWords make a duration the publisher's history or a career:
// "serving the community for 20 years", "founded over a decade ago".
var historyWords = []string{"serving", "served", "serve", "business", "experience", "experienced", "founded", "operating", "helped", "helping", "practice", "practicing", "licensed", "accredited", "existed", "open", "opened",
	"addicted", "using", "drinking", "struggling", "struggled", "abusing", "dependent", "career",
	// "more than half of our staff have been with us for five years",
	// "… have been with Northgate for more than ten years", "have worked
	// here for eight years"
	"been with us", "been with", "worked here", "worked with us", "worked for us", "tenure", "on staff",
	// what insurance pays for is not how long the program lasts
	"covered", "covers", "cover", "coverage", "insurance", "insurer", "authorized", "authorizes", "reimbursed", "pays",
	// nor what a client pays ahead for ("pay for two weeks in advance")
	"pay", "paid", "prepay", "prepays", "prepaid", "billed"}

// paidFor ends on a span's payer or approver governing it: "pay for 4
// weeks of IOP up front", "insurance covers 30 days of residential care",
// "plans often approve 14 days of". ("You pay one flat fee for all 8
// weeks of our IOP", "Residents who pay privately complete the same 60
// days" pay for the program's length, which it keeps.)
var paidFor = governedSpan(`\b`, `pay|pays|paid|prepay|prepays|prepaid|billed|bill|cover|covers|covered|authorize|authorizes|authorized|approve|approves|approved|reimburse|reimburses|reimbursed`,
	`only|often|usually|typically`, `additional|extra`)

// governedSpan ends on a verb of verbs, after lead, governing the span
// right after it: an adverb of adverbs, "for", and "up to", "only", "the
// first", "a(n) <one of dets>" or "another" may stand between.
func governedSpan(lead, verbs, adverbs, dets string) *prefilter.Regexp {
	return prefilter.MustCompile(lead + `(?:` + verbs + `)\s+(?:(?:` + adverbs + `)\s+)?(?:for\s+)?(?:up\s+to\s+|only\s+|the\s+first\s+|an?\s+(?:` + dets + `)\s+|another\s+)?$`)
}

// historyBefore reports history words in pre; "in practice" is an idiom
// ("In practice, most IOPs run 12 weeks"), not a practice's years.
func historyBefore(pre string) bool {
	if !hasWord(pre, historyWords...) || strings.Contains(pre, "in practice") && !hasWord(strings.ReplaceAll(pre, "in practice", ""), historyWords...) {
		return false
	}
	// "At a licensed facility, every detox stay lasts at least seven
	// days": a licence or an accreditation makes a history only of a
	// span it lasted for ("licensed for 20 years").
	if !hasWord(pre, historyCore...) {
		w := wordBefore(pre, len(pre))
		return w == "for" || w == "over" || w == "nearly" || w == "almost"
	}
	return true
}

// historyCore are the history words that make one of any duration after
// them; the others ("licensed", "accredited", "open") only of one they
// held for.
var historyCore = func() []string {
	var out []string
	for _, w := range historyWords {
		switch w {
		case "licensed", "accredited", "open", "opened":
		default:
			out = append(out, w)
		}
	}
	return out
}()

var notLengthAfter = wordSet("old", "ago", "sober", "clean", "later", "before", "prior", "earlier", "after", "since", "supply")

// notCareWords make a duration an absence, a drug's time in the body (or
// the window a test sees it in), an eligibility or how long records are
// kept, rather than how long care lasts.
var notCareWords = []string{"miss", "misses", "missed", "absence", "absences", "absent", "eligible for", "eligibility for",
	"in the body", "in your body", "in your system", "in the system", "detectable", "detected", "half-life",
	"can detect", "may detect", "will detect", "detects", "can be detected", "detection window", "tests can show", "test can show", "tests show", "test shows",
	"records are", "retained for", "keep your records", "keeps records", "keep records"}

// timeAwayWords make a duration the client's time away from life, which
// the program spares them: "parents who cannot step away from home for a
// month". ("living away from home for 30 days" is a residential stay.)
var timeAwayWords = []string{"step away", "stepping away", "time off", "off work"}

// awayFromWork reports the reader's planned time away from a job before the
// figure: "you should plan to be away from work for at least two weeks".
// (Time away from work is most often the stay itself: "You will be away
// from work for the length of the program, usually 28 days".)
func awayFromWork(pre string) bool {
	return hasWord(pre, "plan to be away from work", "plan on being away from work", "expect to be away from work", "plan to take time off work",
		"plan to be off work", "plan to take leave from work")
}

// usualAfter opens on what makes a length, or a stay named by its length,
// the usual one: " is typical", " are fairly common", " is the norm".
// ("45 to 60 days may be best", "90 days is often ideal": the length
// judged best, as the usual one is.)
var usualAfter = prefilter.MustCompile(`^\s+(?:(?:is|are)(?:\s+(?:often|usually|generally|typically|considered))?|(?:may|might|can|could|would)\s+be)\s+(?:(?:fairly|very|quite|more|most|the\s+most|still)\s+)?(?:typical|common|usual|normal|standard|customary|the\s+norm|average|recommended|ideal|best|optimal|advisable|the\s+(?:usual|typical|standard|average|recommended|ideal|best)\s+(?:length|stay|duration|minimum))\b`)

// usualAfterNoun is where usualAfter ends after the noun that follows a
// length at end ("a 90-day stay is typical": the noun "stay"), -1 when
// the noun is not there or is not called usual.
func usualAfterNoun(lower, noun string, end int) int {
	k := indexFrom(lower, noun, end)
	if k < 0 {
		return -1
	}
	e := wordEnd(lower, k)
	loc := usualAfter.FindStringIndex(lower[e:])
	if loc == nil {
		return -1
	}
	return e + loc[1]
}

var judgedAfter = prefilter.MustCompile(`^\s+(?:(?:is|are|seems?|sounds?|feels?|can\s+feel|may\s+seem)\s+(?:like\s+)?(?:a\s+)?(?:very\s+)?(?:long|short|lot|forever|nothing)\b|(?:is|are)\s+(?:rarely|seldom|not|never|often\s+not|usually\s+not)\s+(?:long\s+)?enough\b)`)

var stepVerbs = wordSet("step", "steps", "stepped", "stepping")

// reentry reports a length said of a return to care: "Stepping back up
// to IOP for a few weeks is common", "Clients who restart usually stay 10
// to 16 weeks" time a second stint, not the program's first.
//
// (Not a return each day: "Clients sleep at home and return to the day
// program each morning for 4 weeks".)
func reentry(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	loc := reentryBefore.FindStringIndex(s.masked[lo:q.Start])
	return loc != nil && !dailyReturn.MatchString(s.masked[lo+loc[1]:q.Start])
}

// dailyReturn opens on a return made every day or week: " each morning",
// " every evening", " daily".
var dailyReturn = prefilter.MustCompile(`^\s+(?:(?:each|every)\s+(?:morning|evening|afternoon|night|day|weekday|week)|daily|nightly)\b`)

// reentryBefore is a return to care after leaving it: "stepping back up
// to", "come back to", "who restart", "readmitted", "return to our IOP
// after a relapse", "returning to the IOP", "repeating IOP". (Returning
// "home" or "to work" after the program is no return to it.)
var reentryBefore = prefilter.MustCompile(`\b(?:step(?:s|ped|ping)?\s+back(?:\s+up|\s+down)?\s+(?:in)?to|(?:come|comes|came|coming|go|goes|went|going)\s+back\s+(?:in)?to|restart(?:s|ed|ing)?|re-?enter(?:s|ed|ing)?|re-?admit(?:s|ted|ting)?|re-?admission|return(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,3}after\s+(?:a\s+)?(?:relapse|slip|lapse|setback)` +
	`|(?:return(?:s|ed|ing)?\s+to|repeat(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|redo(?:es|ing)?)\s+(?:the\s+|our\s+|an\s+)?(?:iop|php|intensive\s+outpatient|partial\s+hospitalization|day\s+program|treatment))\b`)

// aimAfter is an aim after a span: "to build …", "for a new routine to
// stick"; the group is the aim's verb.
var aimAfter = prefilter.MustCompile(`^\s+(?:for\s+(?:[a-z'-]+\s+){1,4})?to\s+([a-z]+)\b`)

// buildingWork ends on building work or a building's opening as what a
// span right after measures: "construction of the new center will take ",
// "the new building is expected to be finished in ". (Not "construction
// skills during our", nor "after renovations, our program lasts ".)
var buildingWork = prefilter.MustCompile(`(?:\b(?:construction|renovations?|remodel(?:ing)?)(?:\s+(?:of|on)\s+(?:the|our|a)\s+(?:[a-z-]+\s+){0,3}?(?:building|facility|center|centre|campus|wing|home|house|residence|unit))?\s+(?:will\s+|should\s+|could\s+|may\s+|usually\s+|is\s+expected\s+to\s+)?(?:take|takes|last|lasts)|\bthe\s+new\s+(?:building|facility|center|centre|campus|wing)\s+(?:is|will\s+be)\s+(?:expected|set|scheduled|slated|due)\s+to\s+(?:be\s+)?(?:finished|completed|built|ready|open)|\b(?:will|set\s+to|expected\s+to|scheduled\s+to)\s+open(?:\s+its\s+doors)?|\b(?:this|the)\s+(?:building|construction|renovation|expansion)\s+project\s+(?:will\s+|should\s+|could\s+|may\s+|is\s+expected\s+to\s+)?(?:take|takes|last|lasts))\s+(?:in\s+|within\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?$`)

// projectTakes ends on a project's taking: "this project will take ".
var projectTakes = prefilter.MustCompile(`\b(?:this|the)\s+project\s+(?:will\s+|should\s+|could\s+|may\s+|is\s+expected\s+to\s+)?take\s+(?:about\s+|around\s+|up\s+to\s+)?$`)

// buildingAim opens on building work as what a span is taken for: " to
// finish construction", " to complete the renovation", " to reopen".
var buildingAim = prefilter.MustCompile(`^\s+to\s+(?:(?:finish|complete|start|begin)\s+)?(?:the\s+)?(?:construction|renovations?|remodel(?:ing)?|building\s+work|reopen|re-open)\b`)

// deliberation are aims that are a person's weighing of care, whatever
// care the sentence names: "a few days to decide whether detox is
// right".
var deliberation = wordSet("think", "decide", "consider", "reflect", "weigh", "research", "choose", "ponder")

// careVerbs are aims that are care itself: a span "to complete" or "to
// detox" is the care's length.
var careVerbs = wordSet("complete", "finish", "graduate", "detox", "detoxify", "withdraw", "stabilize", "stabilise", "attend", "stay", "participate")

// namesCare reports a sentence naming a program or care of any kind.
func namesCare(s *sentence) bool {
	return namesProgram(s) || hasWord(s.lower, "program", "programs", "programme", "treatment", "rehab", "care", "detox", "detoxification", "withdrawal",
		"therapy", "counseling", "counselling", "stay", "course", "level", "iop", "php")
}

// staffSpent ends on a member of staff, or a pronoun for one, spending the
// span: "our program director spent ", "she spent nearly ".
var staffSpent = prefilter.MustCompile(`\b(?:director|counselor|counsellor|therapist|clinician|founder|nurse|physician|psychiatrist|psychologist|lead|manager|coordinator|he|she)\b[^.;]{0,40}?\bspent\s+(?:nearly\s+|almost\s+|about\s+|over\s+|more\s+than\s+)?$`)

// staffTenure are verbs of someone's years at the work.
// (Not of clients: "Clients worked through the IOP for two years" is
// their stay.)
var staffTenure = []string{"worked", "working", "served", "practiced", "practicing", "practised", "practising", "taught", "employed", "run", "led"}

// yearsFronted is a sentence's opening "For" and a hedge before its years:
// "For more than ", "For nearly ".
var yearsFronted = prefilter.MustCompile(`^\W*for\s+(?:(?:more|longer)\s+than|over|nearly|almost|about|around|close\s+to|well\s+over)?\s*$`)

// presentPerfect opens the clause after fronted years on a present
// perfect: ", we have offered", " our program has helped", " we've run".
var presentPerfect = prefilter.MustCompile(`^\s*,?\s*(?:[a-z'’-]+\s+){1,4}?(?:have|has)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|been|run|led|taught|grown|kept)\b|^\s*,?\s*(?:we|they)(?:'ve|’ve)\s+[a-z]+`)

var personalTime = prefilter.MustCompile(`^\s+(?:in\s+a\s+row\s+|straight\s+)?of\s+(?:continuous\s+|consecutive\s+|documented\s+|verified\s+)?(?:recovery|sobriety|abstinence|clean\s+time|experience|lived\s+experience)\b`)

var timeOffAfter = prefilter.MustCompile(`^\s+of\s+(?:paid\s+|unpaid\s+|protected\s+|accrued\s+)?(?:pto|vacation|leave|sick\s+(?:leave|time|days?)|personal\s+(?:leave|time|days?)|family\s+leave|medical\s+leave|annual\s+leave|fmla(?:\s+leave)?|time\s+off)\b|^\s+off\s*(?:[,;.]|$|from\b|work\b|of\s+work\b)`)

var dischargeVerbs = wordSet("discharged", "released", "graduate", "graduates", "graduated", "leave", "leaves", "transition", "transitions")

// coverWords make a duration what insurance pays for.
var coverWords = []string{"cover", "covers", "covered", "coverage", "reimburse", "reimburses", "reimbursed", "insurer", "insurers", "insurance",
	// "Most plans authorize IOP for 14 days at a time".
	"authorize", "authorizes", "authorized", "authorization", "authorizations", "authorise", "authorises", "authorised"}

// financed reports a duration that is a loan's or a payment plan's term:
// "0% financing for up to 24 months", "pay in monthly installments over a
// year", and an approval's: "Many plans approve detox 3 days at a time".
// The words stand just before the figure ("Financing is available for our
// 30-day residential program" prices the program; "After approval from
// our admissions team, clients spend 30 days …" is admission).
func financed(s *sentence, lo, hi int, q *quantity.Quantity) bool {
	if q.Adjectival {
		return false
	}
	near := s.masked[max(lo, q.Start-30):q.Start]
	if hasWord(near, financeWords...) {
		return true
	}
	// "The county will pay for up to 45 days of residential care",
	// "Medicaid pays up to 30 days": a payer's limit. ("Many families pay
	// for our 30-day program" names the program by its length.)
	// (The payer is looked for only after a word of paying or approving.)
	pre := s.masked[lo:q.Start]
	paid, approved := hasWord(pre, "pay for", "pays for", "paid for", "pays", "funds", "will fund", "cost of"), hasWord(pre, approveWords...)
	if !paid && !approved {
		return false
	}
	payer := hasWord(s.masked, "plan", "plans", "insurer", "insurers", "insurance", "payer", "payers", "medicaid", "medicare", "county", "state", "grant", "employer", "fund")
	return payer || approved && strings.HasPrefix(strings.TrimLeft(s.masked[q.End:], " "), "at a time")
}

var financeWords = []string{"financing", "financed", "finance", "installment", "installments", "instalments", "loan", "loans", "lender", "interest-free",
	"payment plan", "payment plans", "monthly payments", "deferred payment", "deferred payments"}

// approvedFor ends on an approval governing the span after it.
// ("state-approved": no hyphen before it.)
var approvedFor = governedSpan(`(?:^|[^-\w])`, `approve|approves|approved|authorize|authorizes|authorized|authorise|authorises|authorised|approval|authorization|authorisation|reauthorized|reauthorization`,
	`only|often|usually|typically|generally|initially|first`, `initial|first|additional|extra`)

// approvalsHeading reports a section about what payers approve: "Typical
// approvals we see", "Prior authorization", "How authorizations work".
func approvalsHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	return hasWord(h, "approval", "approvals", "authorization", "authorizations", "authorisation", "authorisations", "reauthorization", "preauthorization", "pre-authorization")
}

var approveWords = []string{"approve", "approves", "approved", "approval", "approvals", "certify", "certifies", "certified"}

var closedWords = wordSet("close", "closes", "closed", "closing", "shut", "shuts", "pause", "pauses", "paused")

// stayAtAPlace follows a stay's noun with lodging or someone else's home:
// " at a nearby hotel", " in a relative's home", " at the lodge's guest
// rooms". (" in a structured, substance-free setting" is the program's.)
var stayAtAPlace = prefilter.MustCompile(`^\s+stays?\s+(?:at|in)\s+(?:(?:a|an|the|their|your)\s+)?(?:[a-z'’-]+\s+){0,3}?(?:hotel|hotels|motel|inn|airbnb|relative['’]s|family['’]s|friend['’]s|guest|guests|hospital)\b`)

// measuredAt reports a span in a phrase of time opening the sentence
// ("After …", "At …", "By …", up to its first comma) whose main clause
// reports a share of people: "After 60 days, 58% remained engaged".
// ("After 30 days of residential care, clients move to PHP" reports no
// share.)
func measuredAt(s *sentence, q *quantity.Quantity) bool {
	switch leadingWord(strings.TrimLeft(s.lower, " "), 0) {
	case "after", "at", "by", "within":
	default:
		return false
	}
	k := strings.IndexByte(s.lower, ',')
	return k >= 0 && q.End <= k && shareReported.MatchString(s.lower[k:])
}

// shareReported is a share of people: "nearly 80%", "63.0 percent",
// "half", "two-thirds", right before a verb of staying or a "of".
var shareReported = prefilter.MustCompile(`^,\s+(?:(?:nearly|about|almost|roughly|around|over|more than|less than|just over|just under)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent)|half|a third|two-thirds|a quarter|three-quarters)\s+(?:of\s+|remained|stayed|were|had|reported|completed|continued|was|are|still)`)

// onMedication reports the words before a figure keeping a client on a
// medication: "stay on it for", "remain on methadone for", "take
// naltrexone for".
func onMedication(s *sentence, pre string) bool {
	if takeMedication.MatchString(pre) {
		return true
	}
	if !strings.Contains(pre, " on ") {
		return false
	}
	for _, v := range []string{"stay on ", "stays on ", "staying on ", "remain on ", "remains on ", "continue on ", "continues on ", "kept on ", "stayed on "} {
		k := strings.Index(pre, v)
		if k < 0 {
			continue
		}
		rest := pre[k+len(v):]
		if anyIn(rest, medicationWords) || hasWord(rest, "medication", "medications", "medicine", "maintenance") {
			return true
		}
		// ("stay on it": what the question or the heading above named.)
		if strings.HasPrefix(rest, "it ") || strings.HasPrefix(rest, "them ") {
			asked := s.answers
			if hs := s.block.Headings; len(hs) > 0 {
				asked += " " + lowerASCII(hs[len(hs)-1])
			}
			return anyIn(asked, medicationWords) || hasWord(asked, "medication", "medications")
		}
	}
	return false
}

// takeMedication is a medication taken, its name the verb's object: "take
// buprenorphine for", "taking naltrexone".
var takeMedication = prefilter.MustCompile(`\b(?:take|takes|taking|took)\s+(?:buprenorphine|naltrexone|methadone|suboxone|vivitrol|sublocade|medications?|the\s+medication)\b`)

// medicationContinued ends on a medication a relative clause keeps
// clients on: "naltrexone, which most people continue for", "a
// medication that most people keep taking for".
var medicationContinued = prefilter.MustCompile(`\b(?:buprenorphine|naltrexone|methadone|suboxone|vivitrol|sublocade|medications?|medicines?)\b[^.;]{0,30}?\s+(?:which|that)\s+(?:[a-z]+\s+){0,3}?(?:continue|continues|keep|keeps|take|takes|use|uses|stay|stays|remain|remains)\b[^.;]*$`)

// beenFor ends on a time served so far: "once you have been here for",
// "after you've been with us for", "once their loved one has been in
// treatment for".
var beenFor = prefilter.MustCompile(`\b(?:once|after|until|when)\s+(?:you|they|residents|clients|patients|he|she|(?:your|their|a|the)\s+(?:loved\s+one|teen|son|daughter|child|resident|client|patient|family\s+member))\s+(?:have|has|'ve|’ve)\s+been\s+(?:here|with\s+us|in\s+(?:treatment|the\s+program|our\s+program|care|the\s+house))(?:\s+for)?\s*(?:at\s+least|about|roughly)?$`)

// courtBefore ends on a court's order that the span measures:
// "interlock for", "probation usually lasts", "a sentence of", "license
// is suspended for", "Diversion agreements commonly run".
var courtBefore = prefilter.MustCompile(`\b(?:interlock|probation|parole|jail|prison|suspension|incarceration|sentence|revocation|diversion)(?:\s+(?:device|devices|supervision|term|terms|period|periods|agreements?|contracts?))?\s+(?:usually\s+|typically\s+|often\s+|generally\s+|commonly\s+|normally\s+|can\s+|may\s+|will\s+|must\s+)?(?:(?:lasts?|runs?|continues?|extends?)(?:\s+for)?|is|are|of|for|ranges?\s+from)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|up\s+to\s+)?$|\b(?:suspended|revoked|sentenced|jailed|incarcerated)\s+(?:for|to)\s+(?:about\s+|around\s+|at\s+least\s+|up\s+to\s+)?$`)

// courtAfter opens on the order a span measures: "90-day license
// suspension", "six months of probation", "30 days in jail", "six years
// in a county jail …".
var courtAfter = prefilter.MustCompile(`^\s*(?:(?:driver's\s+|driver’s\s+)?licen[cs]e\s+(?:suspension|revocation)|suspension|revocation|jail\s+sentence|(?:of\s+)?(?:probation|parole|incarceration)|in\s+(?:a\s+|the\s+)?(?:county\s+|state\s+|federal\s+)?(?:jail|prison))\b`)

// delayAfterContact follows a span counted from a first contact: "…
// after they first phone us", "… of your first call", "… from your
// assessment".
var delayAfterContact = prefilter.MustCompile(`^\s*(?:after|of|from|following)\s+(?:(?:they|you|your|their|the|we|our|an?)\s+(?:first\s+|initial\s+)?(?:call|calls|called|phone|phoned|phones|contact|contacted|reach\s+out|reached\s+out|email|emailed|apply|applied|inquire|inquired|inquiry|enquiry|assessment|referral|screening|intake|consultation|visit)|(?:first\s+)?(?:calling|phoning|emailing|contacting|reaching\s+out|getting\s+in\s+touch))\b`)

// clearedFromBody follows a span with a substance leaving the body: " to
// exit the system", " for the drug to clear the bloodstream".
var clearedFromBody = prefilter.MustCompile(`^\s+(?:for\s+(?:the\s+|a\s+|most\s+)?(?:drug|drugs|substance|substances|alcohol|medication|medications)\s+)?to\s+(?:fully\s+|completely\s+)?(?:exit|leave|clear|clear\s+out\s+of|be\s+cleared\s+from|be\s+eliminated\s+from|be\s+flushed\s+(?:from|out\s+of)|flush\s+out\s+of|get\s+out\s+of|be\s+out\s+of)\s+(?:the|your|their|one's|a\s+person's)\s+(?:system|body|bloodstream|blood)\b`)

// startsIn ends on a verb of starting and the time it starts in or after.
var startsIn = prefilter.MustCompile(`\b(?:begins?|starts?|beginning|starting|commences?|kicks\s+in)\s+(?:in|after)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$`)

// startsBefore reports a verb of starting as the last verb before a span,
// or "within": "Most people begin treatment less than a week after …".
// ("Your program starts at intake and lasts 90 days from your assessment",
// "Clients who start our PHP stay three to four weeks after …" give the
// length.)
func startsBefore(pre string) bool {
	start := lastWordIndex(pre, startVerbs)
	return start >= 0 && start > lastWordIndex(pre, lastingVerbs)
}

var (
	startVerbs   = []string{"begin", "begins", "start", "starts", "started", "join", "joins", "admitted", "enroll", "enrolled", "seen", "within"}
	lastingVerbs = []string{"lasts", "last", "stay", "stays", "runs", "run", "takes", "take", "continues", "continue", "spend", "spends", "remain", "remains"}
)

// waitAround reports a span that is a wait: a wait named before it ("The
// waitlist is currently 3 weeks"), or the span running to a first
// contact ("2 weeks from your first call to your first group"). ("8
// weeks, after a wait of about 2 weeks" keeps its 8 weeks.)
func waitAround(pre, rest string) bool {
	if hasWord(pre, "wait", "waits", "waitlist", "wait-list", "waiting") {
		return true
	}
	c := firstClause(rest)
	return strings.Contains(c, "first call") || strings.Contains(c, "first phone call") || strings.Contains(c, "to your first") ||
		strings.Contains(c, "until your first") || strings.Contains(c, "before your first")
}

// agreementTerm ends on the term an agreement, a contract or a sentence
// runs for: "a practice agreement running for ", "on probation for ".
// ("Agreements last between 90 and 180 days", "Each contract runs 90 to
// 180 days", "The average agreement length is 134 days": the agreement
// as the subject of its own length.)
var agreementTerm = prefilter.MustCompile(`\b(?:agreement|agreements|contract|contracts|probation|parole|suspension)\s+(?:[a-z]+\s+){0,2}?for\s+(?:a\s+(?:period|term)\s+of\s+)?$`)

// agreementOpens opens a clause on agreements as what lasts (not a
// treatment agreement, which states the program's length): "Agreements
// last ", "Each contract runs ", "The average agreement length is ".
var agreementOpens = prefilter.MustCompile(`^\W*(?:each\s+|the\s+average\s+|most\s+|their\s+|these\s+|its\s+|our\s+|your\s+)?(?:(?:diversion|youth|court|behavior|behavioral)\s+)?(?:agreements?|contracts?)\s+(?:length\s+|term\s+)?(?:(?:usually|typically|generally|often|commonly|normally)\s+)?(?:lasts?|runs?|is|are)\s+(?:for\s+)?(?:between\s+|about\s+|around\s+|roughly\s+)?$`)

// agreementLength reports the length at q as an agreement's term, not
// care it covers: "a behavioral contract for 30 days of treatment" is
// the treatment's.
//
// (A court's requirement of "16 weeks of treatment" is the court's still,
// not the program's.)
func agreementLength(s *sentence, q *quantity.Quantity) bool {
	pre := s.lower[max(0, q.Start-60):q.Start]
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	return (agreementTerm.MatchString(pre) || agreementOpens.MatchString(s.lower[lo:q.Start])) && !coveredCare.MatchString(s.lower[q.End:]) || courtTerm(s, q)
}

// courtTerm reports a span a court or its supervision runs for, said of
// it as the subject or in a clause on it: "probation, which typically
// lasts one to three years", "Our diversion program runs for 12 months",
// "Judges in our county usually require 16 weeks of attendance". No
// program named between the court's word and the span.
func courtTerm(s *sentence, q *quantity.Quantity) bool {
	if !s.containsAny("probation", "parole", "diversion", "court", "judge", "sentence", "monitoring", "committed") {
		return false
	}
	lo := clauseStartPastWhich(s.lower, q)
	return matchNoProgramAfter(s, courtTermBefore, s.masked[lo:q.Start], lo, q)
}

// courtTermBefore is a court's term, order or supervision as what the span
// measures: "probation, which typically lasts ", "diversion program runs
// for ", "judges … require ", "monitoring agreements commonly last ", or
// an order that commits someone: "be committed to a locked unit for no
// more than ".
var courtTermBefore = prefilter.MustCompile(`\b(?:probation|parole|diversion(?:\s+programs?)?|drug\s+court|court\s+supervision|court\s+order|sentence|monitoring(?:\s+(?:agreements?|contracts?|period))?)\s*,?\s+(?:which\s+|that\s+)?(?:(?:typically|usually|generally|often|commonly|normally|can|may|will|must)\s+)?(?:lasts?|runs?|takes?|is|are)\s+(?:for\s+)?(?:about\s+|around\s+|at\s+least\s+|up\s+to\s+)?$|\b(?:judges?|courts?|probation\s+officers?)\b[^.;]{0,40}?\b(?:require|requires|order|orders|mandate|mandates)\s+(?:at\s+least\s+|about\s+|up\s+to\s+)?$|\b(?:be|is|are|was|were|been|being)\s+(?:involuntarily\s+)?committed\s+(?:to\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:facility|hospital|center|centre|unit)\s+)?for\s+(?:a\s+period\s+of\s+)?(?:about\s+|up\s+to\s+|at\s+least\s+|no\s+more\s+than\s+)?$`)

var coveredCare = prefilter.MustCompile(`^\s+of\s+(?:[a-z-]+\s+)?(?:treatment|care|programming|rehab|therapy|counseling|counselling)\b`)

// adminStepTakes ends on a step of getting into care as the subject of a
// verb of taking time: "verification usually takes", "getting your
// benefits checked takes", "most admissions are completed in", "the
// intake process can take up to".
var adminStepTakes = prefilter.MustCompile(`\b(?:verification|(?:verifying|checking)\s+(?:your\s+)?(?:benefits|insurance|coverage)|(?:getting\s+)?(?:your\s+)?benefits\s+(?:checked|verified)|benefits\s+checks?|admissions?|intake|paperwork|enrollment|enrolment|scheduling|pre-?certification|precertification|the\s+(?:admissions?|intake)\s+process)\s+(?:(?:process|call|appointment|interview)\s+)?(?:(?:usually|typically|often|generally|normally|can|may|will)\s+)?(?:takes?|(?:is|are)\s+(?:usually\s+|typically\s+|often\s+)?(?:completed|done|finished|processed)(?:\s+(?:in|within))?|happens?(?:\s+within)?)\s+(?:(?:less\s+than|under|about|around|roughly|up\s+to|no\s+more\s+than|just|only)\s+)?$`)

// countAsSpan reports a count of sessions or days in the clause at lo
// set equal to the span q right after it, as a payer's approval or a
// sum works it out: "12 approved sessions last about four weeks", "ten
// approved days last two weeks", "…, so 12 sessions is about four
// weeks". ("The program's 36 sessions last about 12 weeks" is the
// program's length, counted.)
func countAsSpan(s *sentence, o, q *quantity.Quantity, lo int) bool {
	if o.Start < lo || o.Per != quantity.None || o.Adjectival {
		return false
	}
	switch o.Unit {
	case quantity.Session, quantity.Day, quantity.None:
	default:
		return false
	}
	between := s.masked[o.End:q.Start]
	if !countEquals.MatchString(between) {
		return false
	}
	pre := strings.TrimRight(s.masked[lo:o.Start], " ")
	return hasWord(between, "approved", "authorized", "authorised", "covered") || strings.HasSuffix(pre, "so") || strings.HasSuffix(pre, "which means") || strings.HasSuffix(pre, "that means")
}

// countEquals is what stands between a count and the span it comes to:
// " approved sessions last about ", " sessions is roughly ".
var countEquals = prefilter.MustCompile(`^\s*(?:(?:approved|authorized|authorised|covered)\s+)?(?:sessions?|visits?|days?|groups?)?\s*(?:is|are|equals?|lasts?|covers?|means?|works\s+out\s+to|adds\s+up\s+to|comes\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$`)

// gettingInTakes ends on getting into a program as the subject of a verb
// of taking time: "Getting into our IOP usually takes", "Admission to our
// IOP typically takes", "A place in our IOP usually takes". It is a
// wait, not the program's length.
// waitTakes opens a clause on getting a place, up to "takes": "Residential
// admission usually takes ", "Getting a residential bed can take ".
var waitTakes = prefilter.MustCompile(`^\s*(?:(?:residential|inpatient|detox|iop|php|program)\s+(?:admission|admissions|intake|placement)|getting\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:bed|spot|place|slot|opening))\s+(?:usually\s+|typically\s+|often\s+|generally\s+|can\s+|may\s+|will\s+)?takes?\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$`)

var gettingInTakes = prefilter.MustCompile(`^\s*(?:(?:getting|admission|entry|acceptance|admittance)\s+(?:in)?to|(?:a|an)\s+(?:place|spot|slot|bed|opening)\s+in)\s+(?:our\s+|the\s+|an?\s+)?[a-z' -]{1,40}?\s+(?:usually\s+|typically\s+|often\s+|generally\s+|can\s+|may\s+|will\s+)?takes?\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$`)

// fundingWords name money or an agreement whose term a span after "of"
// gives: "eight years of funding", "four years of contracts".
var fundingWords = wordSet("funding", "financing", "grant", "grants", "contract", "contracts", "lease", "leases", "appropriations", "budget", "budgets", "subsidy", "subsidies")

// windowInApposition ends on a window named after "within" and set off
// by a comma, right before the figure that gives it: "within a set
// period, often ", "within a specific timeframe, usually ".
var windowInApposition = prefilter.MustCompile(`\bwithin\s+(?:a|the|that|this)\s+(?:[a-z-]+\s+){0,2}(?:period|timeframe|time\s+frame|window|span|look-?back(?:\s+period)?)\s*,\s*(?:(?:often|usually|typically|generally|commonly|normally|such\s+as|like|say|about|around|roughly)\s+)?$`)

// programForPeople follows an adjectival length with the program it names
// and whom the program is for: " program for repeat offenders", " track
// for veterans".
var programForPeople = prefilter.MustCompile(`^\s+(?:(?:[a-z'’-]+\s+){0,2}?)(?:program|track|course|class)\s+for\s+((?:[a-z'’-]+\s+){0,2}?(?:offenders|veterans|women|men|mothers|fathers|parents|families|spouses|partners|professionals|seniors|older\s+adults|young\s+adults|teens|adolescents|students|couples|first-time\s+offenders|repeat\s+offenders|drivers))\b`)

// anotherProgram opens a sentence on one more program than the page's
// own, up to the figure: "There is also a ", "We also offer a ",
// "Last, we run a ", "Another option is a ".
var anotherProgram = prefilter.MustCompile(`\b(?:also|another|additional|separate|second|finally|last|lastly)\b`)

// anotherProgramFor is the variant "for <people>" of a length that names
// one more program, for other people than the page's ("There is also a
// 24-month program for repeat offenders", "We also offer a 60-day track
// for veterans"), "" when the sentence names no such program. ("Our IOP
// is a 12-week program for adults" is the page's program.)
func anotherProgramFor(s *sentence, q *quantity.Quantity) string {
	m := programForPeople.FindStringSubmatch(s.lower[q.End:])
	if m == nil || !anotherProgram.MatchString(s.lower[sentenceStart(s.lower, q.Start):q.Start]) {
		return ""
	}
	return "for " + strings.TrimSpace(m[1])
}

// spanOfOther reports a span that times something other than a stay:
//
//   - the day its hours fill ("In our PHP, a day lasts between 6 and 8
//     hours"), the week a schedule is told over ("Over the course of a
//     week, groups cover …"; "runs over the course of three weeks" is a
//     length) and "a day programme", a program's name;
//   - how far off a date or another span falls ("handing back a phone a
//     day early", "stay one day longer");
//   - a day that frames a count ("four patients arrived in a single
//     day");
//   - a billing period ("costs are figured on a month to month basis";
//     "a couple of days to weeks" is a span);
//   - how long an exemption lasts ("After a c-section, a mother is
//     exempt for eight weeks");
//   - how long a dose works ("each naltrexone implant lasts up to three
//     months"; not a taper's withdrawal) or a prescription runs ("you
//     get a prescription for 14 days");
//   - the gap between visits ("the longest gap between visits is 4
//     weeks", "add a week to each next appointment, up to 6 weeks").
func spanOfOther(s *sentence, q *quantity.Quantity, qt string) bool {
	if qt == "a day" || qt == "a week" || qt == "one day" || qt == "one week" {
		if dayFilled.MatchString(s.lower[q.End:]) || courseOf.MatchString(s.lower[:q.Start]) || strings.HasPrefix(wordAfter(s.lower, q.End), "programme") {
			return true
		}
	}
	// "Our outpatient track is 40 weeks over the course of a year": the year the
	// weeks fall in, after the length itself.
	if (qt == "a year" || qt == "one year" || qt == "a month") && courseOf.MatchString(s.lower[:q.Start]) && lengthJustBefore(s, q.Start) {
		return true
	}
	switch wordAfter(s.lower, q.End) {
	case "early", "earlier", "late", "later", "ahead", "sooner", "longer", "shorter":
		return true
	}
	if qt == "a single day" || qt == "a single week" {
		if strings.HasSuffix(strings.TrimRight(s.lower[:q.Start], " "), " in") {
			return true
		}
	}
	if billingPeriod.MatchString(s.lower[q.End:]) {
		return true
	}
	// ("Residents may stay up to five days after the core program to
	// find housing": time added once the program is over.)
	if afterTheProgram.MatchString(s.lower[q.End:]) && hasWord(s.lower[sentenceStart(s.lower, q.Start):q.Start], "stay", "stays", "remain", "remains", "linger") {
		return true
	}
	// ("enough toiletries to last three weeks": a supply's run.)
	if pre := lastWordsOf(s.masked[:q.Start], 4); strings.HasSuffix(strings.TrimRight(s.lower[:q.Start], " "), " to last") && hasWord(pre, packedWordList...) && !hasWord(pre, programNounList...) {
		return true
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	// ("The average stay decreased nearly 5 days", "stays fell by a
	// week": the amount of a change, no length.)
	if changedBy.MatchString(s.masked[lo:q.Start]) && !strings.HasPrefix(qt, "from ") {
		return true
	}
	return hasWord(s.masked[lo:q.Start], "exempt", "exempted", "excused") || doseLasts(s.masked[lo:q.Start]) || scriptRun.MatchString(s.masked[lo:q.Start]) && !programWithinWords(s, q.End, 4) || visitGap.MatchString(s.masked[lo:q.Start])
}

// changedBy ends on a verb of change and the amount it changed by: "the
// average stay decreased nearly ", "fell by ", "was cut by about ". A
// change to a figure ("was shortened to 6 weeks") states the new length.
var changedBy = prefilter.MustCompile(`\b(?:decreased|increased|dropped|fell|rose|grew|declined\s+by|shrank|climbed|went\s+(?:down|up)|(?:was|were|has\s+been|have\s+been|is|are)\s+(?:reduced|cut|shortened|lengthened))\s+(?:by\s+)?(?:(?:nearly|almost|about|around|roughly|approximately|over|more\s+than|less\s+than|just|only|some|an\s+average\s+of|on\s+average)\s+)*$`)

// scriptRun ends on a prescription's or a supply's run right before the
// span: "a prescription for ", "prescription duration is ", "a supply
// of socks that will last ".
var scriptRun = prefilter.MustCompile(`(?:\b(?:prescriptions?|scripts?|refills?)\s+(?:duration\s+)?(?:(?:is|are|lasts?|runs?|covers?)\s+)?(?:for\s+)?|\b(?:a|the|your)\s+supply\s+of\s+(?:[a-z'-]+,?\s+){1,5}?(?:that\s+(?:will\s+|should\s+|can\s+|would\s+)?lasts?|to\s+last|lasting)\s+)(?:between\s+|up\s+to\s+|about\s+|around\s+|only\s+)?$`)

// visitGap names the time from one visit or appointment to the next:
// "the longest gap between visits is ", "add a week to each next
// appointment, up to ", "appointments spaced up to ".
var visitGap = prefilter.MustCompile(`\b(?:(?:gap|interval|time)\s+between\s+(?:your\s+|their\s+)?(?:visits|appointments|check-ins)|to\s+each\s+(?:next|subsequent|following)\s+(?:visit|appointment)|(?:visits|appointments)\s+(?:are\s+)?(?:spaced|further\s+apart))\b`)

// programNounList are the nouns a program's own length is said of,
// which no supply is.
var programNounList = []string{"program", "programs", "programme", "stay", "treatment", "course", "iop", "php", "detox"}

// afterTheProgram opens right after a span on the program it follows:
// " after the core program", " beyond the end of treatment".
var afterTheProgram = prefilter.MustCompile(`^\s+(?:after|beyond|past)\s+(?:the\s+end\s+of\s+)?(?:the|their|your|our)\s+(?:(?:core|main|primary|formal)\s+)?(?:program|programme|treatment)\b`)

// lengthJustBefore reports a length of days, weeks or months ending a
// few words before start: "40 weeks " in "40 weeks over the course of".
func lengthJustBefore(s *sentence, start int) bool {
	for _, p := range s.qs {
		if p.End <= start && start-p.End <= 30 && p.Per == quantity.None && (p.Unit == quantity.Day || p.Unit == quantity.Week || p.Unit == quantity.Month) {
			return true
		}
	}
	return false
}

// dayFilled follows a day as the subject of the hours it lasts: " lasts
// between 8-10 hours", " usually runs about six hours".
var dayFilled = prefilter.MustCompile(`^\s+(?:[a-z]+ly\s+)?(?:lasts|runs|is)\s+[^.;:]{0,25}?\bhours?\b`)

// courseOf ends on the span a schedule is told over: "over the course
// of ", "during the course of ".
var courseOf = prefilter.MustCompile(`\b(?:over|during|throughout|across)\s+the\s+course\s+of\s+$`)

// billingPeriod follows "a month" in "a month to month basis", "a
// month-to-month agreement": the period a bill or a lease renews on.
var billingPeriod = prefilter.MustCompile(`^(?:\s+to\s+|-to-)(?:month|week)\b`)

// doseLasts reports pre naming a dose of a medication as what the span
// after it is said of: an injection, a shot, an implant or a dose, or a
// medicine's form ("an extended-release formulation that lasts about a
// month").
func doseLasts(pre string) bool {
	return hasWord(pre, "injection", "injections", "shot", "shots", "implant", "implants", "dose", "doses", "formulation", "formulations", "injectable", "injectables",
		// Long-acting forms named by their brands.
		"vivitrol", "sublocade", "brixadi", "probuphine") && !hasWord(pre, "program", "programs", "treatment", "stay", "detox", "iop", "php", "withdrawal", "taper", "tapering", "tapered")
}
