package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// offeredByProgram reports an offering verb right before q (past an
// article), after a program named earlier in its clause, not as a
// contrast.
func offeredByProgram(s *sentence, q *quantity.Quantity) bool {
	at, ok := offerBefore(s, q)
	if !ok {
		return false
	}
	// ("Oakridge offers 30-, 60- and 90-day programs" on Oakridge's
	// page: the provider by its name, as "we".)
	// ("Oakridge offers a two-day intensive workshop": an event of its
	// own, no program's length.)
	verb := lastIndex(s.lower[:at], wordBefore(s.lower, at))
	return ownProgramBefore(s, at) || providerOffers(s.lower, at) || readerChooses(s.lower, at) || verb > 0 && ownNameBefore(s, verb) && !hasWord(s.lower[q.End:min(len(s.lower), q.End+30)], "workshop", "workshops", "seminar", "seminars", "class", "classes", "retreat", "retreats", "training", "webinar")
}

// providerOffers reports the provider as the subject of the verb of
// offering that ends at at: "We offer", "We also provide", "we currently
// run".
func providerOffers(lower string, at int) bool {
	v := wordBefore(lower, at)
	w, _ := wordPast(lower, lastIndex(lower[:at], v), offerAdverbs)
	return w == "we"
}

// readerChooses reports a choice among the provider's lengths whose
// verb ends at at, made by the reader or its clients: "You can choose",
// "clients select".
func readerChooses(lower string, at int) bool {
	verb := wordBefore(lower, at)
	if !chooseVerbs[verb] {
		return false
	}
	w, _ := wordPast(lower, lastIndex(lower[:at], verb), chooseModals)
	switch w {
	case "you", "clients", "patients", "residents", "guests", "families", "participants":
		return true
	}
	return false
}

// chooseVerbs choose among lengths on offer.
var chooseVerbs = wordSet("choose", "chooses", "select", "selects", "pick", "picks")

// chooseModals may stand between the one who chooses and "choose".
var chooseModals = wordSet("can", "may", "will", "could", "then", "also")

// offerAdverbs may stand between "we" and its verb of offering.
var offerAdverbs = wordSet("also", "now", "currently", "proudly")

// offerBefore finds the verb of offering right before q, past an
// article and one adjective ("offers a comprehensive 28-day", "offer
// 28-day"), and where it starts.
func offerBefore(s *sentence, q *quantity.Quantity) (int, bool) {
	at := q.Start
	for range 2 {
		w := wordBefore(s.lower, at)
		if w != "a" && w != "an" && !offerAdjectives[w] {
			break
		}
		at = lastIndex(s.lower[:at], w)
	}
	w := wordBefore(s.lower, at)
	switch w {
	case "offer", "offers", "provide", "provides", "run", "runs", "feature", "features":
		return at, true
	}
	// ("Clients can choose from 30, 60 or 90 day programs", "choose
	// between 30- and 60-day stays": the lengths on offer, chosen
	// among; the grammar takes "from" and "between" into the span.)
	if chooseVerbs[w] {
		lt := lowerASCII(q.Text)
		return at, strings.HasPrefix(lt, "from ") || strings.HasPrefix(lt, "between ")
	}
	return at, false
}

// rehabProgramsOpen reports a figure at i whose clause opens on rehab
// programs by that name, as the subject of a verb of lasting: "Most
// drug rehab programs last ", "a rehab program will often run ".
func rehabProgramsOpen(s *sentence, i int) bool {
	if !s.contains("rehab") {
		return false
	}
	lo, _ := clauseBounds(s.lower, i, i)
	seg := s.masked[lo:i]
	// ("While detox takes about a week, a rehab program …": the main
	// clause after a fronted one.)
	if k := strings.LastIndex(seg, ", "); k >= 0 && rehabProgramsLast.MatchString(seg[k+1:]) {
		return true
	}
	// ("Short-Term Rehab – 2 to 4 weeks": a line a class of rehab labels
	// by its length.)
	return rehabProgramsLast.MatchString(seg) || rehabClassLabel.MatchString(s.masked[:i])
}

// rehabClassLabel is a line's label naming rehab by its class of length,
// up to its span: "Short-Term Rehab – ", "Long-term rehab: about ".
var rehabClassLabel = prefilter.MustCompile(`^\W*(?:short|medium|mid|long)[- ]term\s+(?:residential\s+|inpatient\s+)?(?:rehab|rehabilitation)\s*[:–—-]\s*(?:(?:about|around|typically|usually|roughly|approximately)\s+)?$`)

// rehabProgramsLast opens a clause on rehab programs and a verb of
// lasting.
var rehabProgramsLast = prefilter.MustCompile(`^\W*(?:(?:most|many|some|typical|standard|traditional|a|the)\s+)*(?:(?:drug|alcohol|addiction|substance\s+abuse|drug\s+and\s+alcohol)\s+)?(?:rehab|rehabilitation)\s+(?:programs?|stays?)\s+(?:(?:usually|typically|generally|often|commonly|normally|will|can|may|tend\s+to)\s+)*(?:last|lasts|run|runs|take|takes|range|ranges)\b`)

// offeredCare name the care a program gives before the program's own noun
// ("rehab program", "treatment programs").
var offeredCare = wordSet("rehab", "rehabilitation", "treatment", "recovery", "live-in")

var offerAdjectives = wordSet("comprehensive", "structured", "intensive", "standard", "traditional")

// overAPeriod reports "over a" before q after a verb whose subject is the
// program ("Our IOP is delivered over a", "The model runs over a", "Our IOP is
// made up of 24 sessions over a"), or after the last part of a list the
// program consists of ("consists of groups, counseling and drug screens
// delivered over a").
func overAPeriod(s *sentence, q *quantity.Quantity, lo int) bool {
	a := wordBefore(s.masked, q.Start)
	if a != "a" && a != "an" {
		return false
	}
	over := lastIndex(s.lower[:lastIndex(s.masked[:q.Start], a)], "over")
	if over < 0 || wordAfter(s.lower, over+len("over")) != a {
		return false
	}
	verb := wordBefore(s.lower, over)
	// ("9 hours of groups per week over an 8-week period": the weeks a
	// weekly schedule runs for.)
	// (Not a person's past use, "used opioids several days a week over
	// a 10-year period", nor care after discharge, "alumni check in
	// weekly over a 6-month period"; a year at most.)
	if pre := strings.TrimRight(s.lower[:over], " "); (verb == "weekly" || verb == "week" && (strings.HasSuffix(pre, "per week") || strings.HasSuffix(pre, "a week") || strings.HasSuffix(pre, "each week") || strings.HasSuffix(pre, "every week"))) &&
		q.HasMax && q.Max*lengthUnits[string(q.Unit)] <= 366 && !hasWord(s.lower[lo:over], "used", "using", "drank", "drinking", "alumni", "aftercare", "discharge", "graduates", "graduation") {
		for k := range s.qs {
			r := &s.qs[k]
			if r.End <= over && r.Start >= lo && !strings.ContainsAny(s.lower[r.End:over], ",;") && (r.Per == quantity.Week || r.Unit == quantity.Hour || r.Unit == quantity.Session || r.Unit == quantity.Times || r.Unit == quantity.Day) {
				return true
			}
		}
	}
	at := lastIndex(s.lower[:over], verb)
	if !spreadVerbs[verb] || at < lo {
		return false
	}
	from := programEndBefore(s, lo, at)
	// ("It consists of 40 group sessions over …": a pronoun counting
	// sessions stands for the program.)
	counted := countedMeetings[verb] && countedBefore(s.lower, at)
	if n := wordBefore(s.lower, at); countedMeetings[n] && countedBefore(s.lower, lastIndex(s.lower[:at], n)) {
		counted = true // "consists of 36 sessions held over …"
	}
	if from < 0 && leadingWord(s.lower, 0) == "it" {
		return counted
	}
	if from < 0 {
		if !opensOnProgram(s.lower) {
			return false
		}
		from = len(leadingWord(s.lower, 0))
		if n := leadingWord(s.lower, min(len(s.lower), from+1)); n != "" {
			from += 1 + len(n)
		}
	}
	between := s.lower[from:at]
	// ("Our IOP is made up of 24 sessions over …": the program's own
	// meetings, counted.)
	if counted {
		return true
	}
	if onlyAuxiliaries(between) {
		return true
	}
	// ("The intervention consists of skills groups, individual counseling
	// and drug screens delivered over …": the list's last part carries the
	// verb for the whole.)
	k := strings.Index(between, "consists of")
	return k >= 0 && strings.Contains(between[k:], ",") && strings.Contains(between[k:], " and ") && !strings.ContainsAny(between[k:], ";")
}

// programEndBefore returns where the last program named in [lo, at) ends,
// or -1.
func programEndBefore(s *sentence, lo, at int) int {
	end := -1
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= at && programSubject(m.subject) && !m.contrast {
			end = m.end
		}
	}
	return end
}

// onlyAuxiliaries reports text between a subject and its verb that holds
// nothing but auxiliaries, hedges and the program's own noun: " is", "
// program is typically", " (IOP) was designed to".
func onlyAuxiliaries(t string) bool {
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(t)) {
		if !auxiliaryWords[w] {
			return false
		}
	}
	return true
}

var auxiliaryWords = wordSet("is", "are", "was", "were", "be", "been", "will", "can", "may", "typically", "usually", "generally",
	"normally", "often", "also", "program", "programme", "designed", "built", "intended", "meant", "to", "take", "takes", "iop", "php")

// countedMeetings are the nouns a program's meetings are counted in.
var countedMeetings = wordSet("sessions", "meetings", "groups", "classes")

// countedBefore reports a number right before the noun at i, or one word
// before it: "24 sessions", "36 group sessions".
func countedBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w != "" && !isNumberWord(w) {
		w = wordBefore(lower, lastIndex(lower[:i], w))
	}
	return isNumberWord(w)
}

// isNumberWord reports a count: a word opening on a digit, or one of
// countWords ("two" to "six", "several", "many", …).
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return countWords[w]
}

// ownAfterComma reports a clause after a comma opening on "this" or
// "our": "For adults leaving a hospital unit, this". ("When you look
// at options, the month-long program comes up often" names a kind.)
func ownAfterComma(pre string) bool {
	k := lastIndex(pre, ",")
	if k < 0 {
		return false
	}
	switch strings.TrimSpace(pre[k+1:]) {
	case "this", "our", "this new", "our new":
		return true
	}
	return false
}

// duringProgram ends on a phrase of time opening a sentence and the
// program's determiner: "During the", "Throughout our".
var duringStay = prefilter.MustCompile(`^\s*(?:during|throughout)\s+(?:a|an|the|this|your|their|our)\s*$`)

var duringProgram = prefilter.MustCompile(`^\s*(?:during|throughout|over\s+the\s+course\s+of)\s+(?:the|this|our)\s*$`)

// opensOnProgram reports a sentence opening on a program by a noun:
// "The model …", "This intervention …". ("It runs over a four-week
// period" after "Our IOP includes a family workshop" is the workshop.)
func opensOnProgram(lower string) bool {
	w := leadingWord(lower, 0)
	if w != "the" && w != "this" && w != "our" {
		return false
	}
	n := leadingWord(lower, min(len(lower), len(w)+1))
	return programNouns[n] || n == "intervention" || n == "model"
}

// spreadVerbs say how a program's sessions are laid out in time.
var spreadVerbs = wordSet("delivered", "provided", "offered", "held", "conducted", "spread", "place", "occur", "occurs",
	"sessions", "meetings", "groups", "run", "runs", "completed", "extends")

// anyPlaceBefore ends on someone's stay anywhere at all: "stayed
// anywhere for", "lasted in any program for".
var anyPlaceBefore = prefilter.MustCompile(`\b(?:stay|stays|stayed|staying|lasted|been|remained)\s+(?:in\s+|at\s+)?(?:anywhere|any\s+(?:program|programs|rehab|rehabs|facility|facilities|center|centers|place|treatment\s+center))\b[^,;]*$`)

// notOurDescription are words between "our" and a program's length that
// say it is not the program now run: "our former 28-day program".
var notOurDescription = wordSet("former", "old", "previous", "other", "next", "last", "original", "earlier")

// endsNamed opens on a course's two ends: "from intake to graduation",
// ", start to finish".
var endsNamed = prefilter.MustCompile(`^\s*,?\s*(?:from\s+)?(?:intake|admission|enrollment|enrolment|start|the\s+start|day\s+one|the\s+first\s+day|beginning|the\s+beginning|assessment)\s+(?:to|until|through)\s+(?:graduation|discharge|finish|completion|step-down)\b(?:\s*$|\s*[^o\s]|\s+o[^f])`)

// withUs ends on a client's time with the provider: "are with us",
// "stay with us".
// ("includes 3 days of family treatment" is a part of the program.)
var providesDays = wordSet("provide", "provides", "offer", "offers", "deliver", "delivers")

// countedCare reports q a span of care counted, "12 weeks of treatment",
// "three to five days of 24-hour care": no adjective, no rate, the care
// after it, and no week's rate, cover, leave or aftercare said after that.
func countedCare(s *sentence, q *quantity.Quantity) bool {
	return !q.Adjectival && q.Per == quantity.None && daysOfCare.MatchString(s.lower[q.End:]) &&
		!hasWord(s.lower[q.End:min(len(s.lower), q.End+80)], "week", "weekly", "weeks", "each", "per", "coverage", "funding", "leave", "benefits", "free", "after", "continuing")
}

// receivesDays before "12 weeks of treatment" are the client's side of
// providesDays.
var receivesDays = wordSet("receive", "receives", "attend", "attends")

// daysOfCare is what a counted span of care goes on with: "of care", "of
// medically monitored treatment", "of 24-hour care and monitoring".
var daysOfCare = prefilter.MustCompile(`^\s+of\s+(?:[a-z0-9/-]+\s+){0,3}?(?:care|treatment|programming|rehab|rehabilitation)\b`)

// programGives reports residential care, detox or a program named as the
// subject that gives a span of care between lo and at, and no payer,
// medication or the like: "Our residential program offers", "Detox
// services provide".
func programGives(s *sentence, lo, at int) bool {
	if payerNamed(s.masked[lo:at]) {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= at && programSubject(m.subject) && !m.weak && !m.contrast {
			return true
		}
	}
	return false
}

// payerNamed reports a payer, a medication or the like in text: what
// gives a span of care that is no program's.
func payerNamed(text string) bool {
	return hasWord(text, "plan", "plans", "insurance", "insurer", "insurers", "state", "fmla", "medication", "medications", "grant", "grants", "policy", "employer", "medicaid", "medicare")
}

var withUs = prefilter.MustCompile(`\b(?:clients|patients|residents|people|guests|teens|adults)\s+(?:(?:usually|typically|generally|often|normally)\s+)?(?:are|stay|remain|spend\s+time)\s+with\s+us\s*$`)

// standardProgram opens a clause on the provider's program by its noun:
// "The standard program is", "Our core program lasts".
// stayElsewhere is a stay in another place, or one before the program
// starts: "-day stay in a hospital", "-day stay elsewhere before
// starting …" ("before stepping down" is after the stay, which is the
// program's).
var stayElsewhere = prefilter.MustCompile(`^\s*stays?\s+(?:(?:in|at)\s+(?:a\s+|an\s+|the\s+)?(?:hospital|emergency|er\b|jail|shelter|hotel|sober)|elsewhere)|^\s*stays?\b[^.;]{0,40}\bbefore\s+(?:starting|beginning|entering|joining|admission|being\s+admitted|you\s+(?:start|begin|join|enter)|coming\s+to)\b`)

// stayWithUs is a stay at the provider's own place after its length:
// "-day stay in our lodge", "-day stay with us".
var stayWithUs = prefilter.MustCompile(`^\s*stays?\s+(?:in|at|with)\s+(?:our|us)\b`)

var standardProgram = prefilter.MustCompile(`^\s*(?:the|our)\s+(?:standard|core|main|typical|usual|full|basic)\s+(?:program|programme|stay|course)\s+(?:is|lasts)` + copulaHedge + `\s*$`)

// copulaHedge is an adverb between the copula and the span: "The program
// is typically 16 to 20 weeks".
var copulaHedge = `(?:\s+(?:` + strings.Join(copulaHedges, "|") + `))?`

// copulaHedges are the adverbs copulaHedge allows.
var copulaHedges = []string{"typically", "usually", "generally", "normally", "often", "about", "around", "approximately", "roughly"}

// bareProgram is standardProgram with the noun alone: "The program is".
var bareProgram = prefilter.MustCompile(`^\s*(?:the|our)\s+(?:program|programme|stay|course)\s+(?:is|lasts)` + copulaHedge + `\s*$`)

// spanEnds reports text after a span that leaves it the length of what
// it is said of: not "3 weeks out", "2 weeks shorter", "6 weeks in, when
// …", "90 days from the nearest bed", "4 weeks per phase".
func spanEnds(rest string) bool {
	switch w := wordAfter(rest, 0); w {
	case "out", "away", "shorter", "longer", "less", "more", "into", "from", "after", "before", "behind", "ahead", "ago", "old",
		"per", "each", "until", "since", "past", "later", "earlier", "sooner":
		return false
	case "in":
		// ("60 days in most cases" keeps it.)
		switch wordAfter(rest, strings.Index(rest, "in")+len("in")) {
		case "most", "total", "length", "all", "general", "many", "some", "practice":
			return true
		}
		return false
	}
	return true
}

// ownProgramBefore reports a program named before i that is no contrast.
func ownProgramBefore(s *sentence, i int) bool {
	lo, _ := clauseBounds(s.lower, i, i)
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= i && programSubject(m.subject) && !m.contrast && !strings.ContainsAny(s.lower[m.end:i], ";") {
			return true
		}
	}
	return false
}

// anyWordIn reports a word of text in set.
func anyWordIn(text string, set map[string]bool) bool {
	for _, w := range strings.Fields(text) {
		if set[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

func partOfDay(t string) bool {
	// ("a week and a half", "one and a half months": a fraction of a
	// length, no half-day.)
	t = strings.Replace(t, "and a half", "", 1)
	// ("from a month to half a year": half of a longer length, no
	// half-day.)
	for _, h := range []string{"half of a year", "half a year", "half-year", "half year", "half of a month", "half a month", "half-month"} {
		t = strings.ReplaceAll(t, h, "")
	}
	// ("eight weekends" counts a weekend program's weeks.)
	t = strings.TrimSuffix(t, "weekends")
	// ("a fortnight" is two weeks, no night.)
	t = strings.ReplaceAll(t, "fortnight", "")
	for _, w := range []string{"evening", "morning", "afternoon", "night", "half", "full", "all-day", "whole day", "weekday", "weekend"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// lengthCueSet is lengthCues as a set, for anyWordIn.
var lengthCueSet = wordSet(lengthCues...)

var lengthCues = []string{"commit", "commits", "committed", "commitment", "participation", "spend", "spends", "spent", "averages", "timeline", "timeframe", "time frame", "require", "requires", "need", "needs", "last", "lasts", "lasting", "lasted", "long", "length", "lengths", "duration", "durations", "course", "complete", "completes", "completing", "completion", "takes", "take", "runs", "run", "span", "spans", "stay", "stays", "period",
	// "An IOP ranges from 2 to 3 months."
	"range", "ranges", "ranging",
	// "… though the length can vary from 6 to 10 weeks."
	"vary", "varies", "varying"}

// programOfNouns name a program its length may follow with "of".
var programOfNouns = wordSet("program", "programs", "programme", "programmes", "iop", "php", "curriculum", "track", "stay", "stays", "rehab")

// attendVerbs before "3 days of treatment" count days someone attends,
// usually a week's.
var attendVerbs = wordSet("attend", "attends", "attending", "attended", "meet", "meets", "visit", "visits")

var lengthModifiers = wordSet("teen", "adolescent", "adult", "evening", "core", "full", "day", "weekend", "virtual", "outpatient", "residential", "intensive", "structured",
	// "Riverside Challenge is a 12-month recovery program": what the
	// program treats or how, before its noun.
	"recovery", "rehab", "rehabilitation", "addiction", "inpatient", "treatment", "christian", "faith-based", "wilderness", "sobriety", "live-in")

// shapeNouns and shapeVerbs: "follows a 10-week structure".
var shapeNouns = wordSet("timeline", "structure", "format", "framework", "model", "schedule", "curriculum", "course")
var shapeVerbs = wordSet("follow", "follows", "use", "uses", "run", "runs", "adopt", "adopts", "take", "takes")

var programNouns = wordSet("program", "programs", "programme", "programmes", "treatment", "course", "stay", "plan", "curriculum", "track", "rehab", "detox", "iop", "php", "intensive", "residential", "inpatient", "outpatient", "commitment", "journey")

// mentionAt reports whether a subject mention starts right after i.
// mentionPastDescribing reports a program named right after a comma and
// up to three words that describe it: "a 12-month, family-focused
// residential program", "a 30-day, medically supervised inpatient
// program".
func mentionPastDescribing(s *sentence, i int) bool {
	if !strings.HasPrefix(s.lower[i:], ", ") {
		return false
	}
	i++
	for range 3 {
		w := wordAfter(s.lower, i)
		if w == "" {
			return false
		}
		k := indexFrom(s.lower, w, i) + len(w)
		// ("family-focused": a compound, its parts joined by hyphens.)
		for k+1 < len(s.lower) && s.lower[k] == '-' && s.lower[k+1] >= 'a' && s.lower[k+1] <= 'z' {
			n := wordAfter(s.lower[k+1:], 0)
			k += 1 + len(n)
			w += "-" + n
		}
		if !lengthModifiers[w] && !quantity.DescribesProgram(w) {
			return false
		}
		if mentionAt(s, k) {
			return true
		}
		i = k
	}
	return false
}

func mentionAt(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start >= i && m.start-i <= 2 {
			return true
		}
	}
	return false
}
