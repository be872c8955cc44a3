package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

var stepAfter = prefilter.MustCompile(`^\s*before\s+(?:they|you|clients|patients|most|people|moving|stepping|transitioning|going)\b[^.;]{0,20}\b(?:step|steps|stepping|move|moves|moving|transition|transitions|transitioning|down)\b`)

// movingOn reports "before" at end followed by a step in care written
// as a gerund ("before stepping down", "before moving to outpatient"),
// not a date ("30 days before admission").
func movingOn(s *sentence, start, end int) bool {
	k := indexWord(s.masked, "before", end)
	if k < 0 {
		return false
	}
	w := wordAfter(s.masked, k+len("before"))
	// ("lasts four to six weeks before a step-down to IOP": so is a
	// step named as a noun, after a lasting verb: "rest for 2 days
	// before the move", "in the 2 weeks before the transition" are
	// times within the program.)
	if w == "a" || w == "an" || w == "the" {
		w = wordAfter(s.masked, indexWord(s.masked, w, k+len("before"))+len(w))
	}
	switch w {
	case "step-down", "step", "transition", "move", "graduation":
		return lastingVerbBefore(s.masked, start)
	case "clients", "patients", "residents", "members", "participants", "teens", "adults", "people", "you", "they", "most", "guests",
		"client", "patient", "resident", "member", "participant", "teen", "adult", "person", "guest":
		// ("lasts three to five weeks before patients step down to IOP": a
		// step the clients take, after a lasting verb; "last three to
		// seven days before a resident moves into the main program".)
		// ("… before patients are ready to step down": ready for the
		// step.)
		at := indexWord(s.masked, w, k+len("before")) + len(w)
		if readyTo := strings.Index(s.masked[at:min(len(s.masked), at+20)], " ready to "); readyTo >= 0 {
			at += readyTo + len(" ready to")
		}
		switch strings.Trim(wordAfter(s.masked, at), "“”\"") {
		case "step", "move", "transition", "graduate", "progress", "advance", "steps", "moves", "transitions", "graduates", "progresses", "advances", "join", "joins":
			return lastingVerbBefore(s.masked, start)
		}
	}
	return strings.HasSuffix(w, "ing") && w != "admitting" && w != "starting" && w != "entering" && w != "beginning"
}

// hoursJustBefore reports a figure of hours the i-th quantity of s
// follows as "in one day", with at most "of" and a few words between:
// "four hours of class in one day", "eight hours in a single day" (not
// "takes about 10 hours and is finished in one day").
func hoursJustBefore(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	q, o := &s.qs[i], &s.qs[i-1]
	if (o.Unit != quantity.Hour && o.Unit != quantity.Minute) || o.End > q.Start {
		return false
	}
	between := strings.TrimSuffix(strings.TrimSpace(s.lower[o.End:q.Start]), "in")
	between = strings.TrimSpace(between)
	if between == "" {
		return true
	}
	rest, ok := strings.CutPrefix(between, "of ")
	return ok && len(strings.Fields(rest)) <= 3 && !strings.ContainsAny(rest, ",;.")
}

// beforeThatStep reports "before" after end pointing back at a step in
// care told of already: "before that transition", "before this move".
func beforeThatStep(masked string, end int) bool {
	k := indexWord(masked, "before", end)
	if k < 0 || strings.ContainsAny(masked[end:k], ".;") {
		return false
	}
	rest := masked[k+len("before"):]
	w := wordAfter(rest, 0)
	if w != "that" && w != "this" {
		return false
	}
	switch wordAfter(rest, indexWord(rest, w, 0)+len(w)) {
	case "transition", "move", "step", "step-down", "switch", "transfer", "change":
		return true
	}
	return false
}

// lastingVerbBefore reports a verb of lasting right before start, past
// hedges: "usually lasts", "typically runs about".
func lastingVerbBefore(masked string, start int) bool {
	for i := start; ; {
		w := wordBefore(masked, i)
		switch w {
		case "usually", "typically", "generally", "often", "about", "around", "roughly", "approximately", "for", "anywhere", "from":
			i = lastIndex(masked[:i], w)
			continue
		case "lasts", "last", "lasted", "runs", "run", "takes", "take", "continues", "continue", "span", "spans":
			return true
		}
		return false
	}
}

// asksProgramLength reports a question about how long care lasts, not
// about waiting or anything else that takes time.
func asksProgramLength(question string) bool {
	if !strings.Contains(question, "how long") && !asksHowManyUnits(question) {
		return false
	}
	// "How long?" under a program's section: the question the page's
	// program answers, nothing else named.
	switch strings.Trim(question, " ?*#") {
	case "how long", "how long does it last", "how long does it take", "how long will it last", "how long will it take",
		// ("How Many Weeks?" heading a program page's section.)
		"how many weeks", "how many months":
		return true
	}
	for _, w := range []string{"program", "treatment", "rehab", "detox", "stay", "iop", "php", "residential", "outpatient", "hospitalization"} {
		if strings.Contains(question, w) {
			return true
		}
	}
	return false
}

// asksHowManyUnits reports a question counting weeks, months or days of
// something: "How many weeks does IOP take?" ("How many days a week …?"
// counts days of a week). Not of a wait, a time until, days missed,
// sobriety, visits, aftercare or what insurance covers: "How many days
// can I miss?", "How many weeks is the waitlist?".
func asksHowManyUnits(q string) bool {
	many := strings.Contains(q, "how many weeks") || strings.Contains(q, "how many months") ||
		strings.Contains(q, "how many days") && !strings.Contains(q, "week")
	return many && !hasWord(q, "until", "wait", "waitlist", "waiting", "miss", "missed", "sobriety", "sober", "visit", "visits", "aftercare", "alumni",
		"cover", "covers", "covered", "insurance", "before", "after", "notice")
}

// managedWithdrawal reports words before "managed" whose subject is
// withdrawal or detox itself: "Mild alcohol withdrawal is usually", not
// "Insurance claims for detox are".
func managedWithdrawal(ws []string) bool {
	for k := len(ws) - 1; k >= 0; k-- {
		switch w := strings.Trim(ws[k], ",."); w {
		case "is", "are", "usually", "typically", "generally", "often", "can", "be", "safely", "mostly", "normally", "commonly":
			continue
		case "withdrawal", "detox", "detoxification":
			// ("claims for detox", "referrals to detox": the detox
			// word is not the subject.)
			if k > 0 {
				switch strings.Trim(ws[k-1], ",.") {
				case "for", "of", "about", "to", "into", "regarding":
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return false
}

// detoxThenIn ends on "detox" as the verb of who goes through it, and
// what from, then "in" or "within": "most drinkers detox from alcohol in ",
// "clients detox within ".
var detoxThenIn = prefilter.MustCompile(`\b(?:people|patients|clients|you|they|most|drinkers|users|adults|individuals|someone|residents)\s+(?:(?:usually|typically|often|generally|can|will|may)\s+)?(?:detox|detoxes|detoxify)\s+(?:from\s+(?:[a-z-]+\s+){1,3}?)?(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$`)

// completionVerbs say when something is over: "resolves within a week".
var completionVerbs = wordSet("wraps", "wrap", "resolve", "resolves", "resolved", "clear", "clears", "cleared", "finish", "finishes",
	"finished", "end", "ends", "subside", "subsides", "complete", "completed", "completes", "done", "over", "taper", "tapers",
	// "ready to move on within three to five days", "stabilize within a
	// week". ("Clients who leave within 30 days" is a dropout window.)
	"ready", "stabilize", "stabilizes", "stabilized",
	// "alcohol withdrawal settles within 4 to 6 days".
	"settle", "settles", "settled", "eases", "ease", "passes", "pass")

// programLabel reports a duration introduced by a program's name and a
// separator: "Residential rehab – 30 days", "Detox: 3 to 10 days",
// "PHP (2–4 weeks)", "IOPs and PHPs – anywhere from 2 weeks to 45 days".
func (s *sentence) programLabel(start int) bool {
	t := strings.TrimRight(s.masked[:start], " ")
	// ("PHP (typically 2–4 weeks)", "Medical detox—usually 3 to 7
	// days—comes first": a hedge may open a bracket or a glued dash.)
	for _, w := range []string{"anywhere from", "from", "about", "around", "typically", "usually", "generally", "roughly", "approximately", "often", "commonly", "normally"} {
		if t == w || strings.HasSuffix(t, w) && strings.ContainsAny(t[len(t)-len(w)-1:len(t)-len(w)], " (") || strings.HasSuffix(t, "—"+w) {
			t = strings.TrimRight(strings.TrimSuffix(t, w), " ")
		}
	}
	sep, noun := false, false
	for _, p := range []string{":", "–", "—", " -", "("} {
		if strings.HasSuffix(t, p) {
			t, sep = strings.TrimRight(strings.TrimSuffix(t, p), " "), true
			break
		}
	}
	// ("Residential program: (6 weeks)": a bracket after the label's
	// colon.)
	if sep && strings.HasSuffix(t, ":") && strings.HasSuffix(strings.TrimRight(s.masked[:start], " "), "(") {
		t = strings.TrimRight(strings.TrimSuffix(t, ":"), " ")
	}
	if !sep {
		return false
	}
	// "(PHPs) –": the acronym in parentheses belongs to the name, and so
	// do the generic nouns after it ("Residential rehab –").
	for changed := true; changed; {
		changed = false
		t = strings.TrimRight(t, ") ")
		if k := strings.LastIndexByte(t, '('); k >= 0 && k > len(t)-8 {
			t, changed = strings.TrimRight(t[:k], " "), true
		}
		// ("Detox only: 4 days": the program alone.)
		for _, w := range []string{"rehab", "treatment", "care", "programs", "program", "services", "stays", "stay", "only", "alone", "center", "centre"} {
			if strings.HasSuffix(t, " "+w) {
				t, changed = strings.TrimRight(strings.TrimSuffix(t, w), " "), true
				noun = noun || w == "programs" || w == "program" || w == "rehab"
			}
		}
	}
	for _, m := range s.mentions {
		if (programSubject(m.subject) || m.subject == Other) && m.end >= len(t)-1 && m.end <= len(t)+1 {
			return true
		}
	}
	// "- Short-term programs: 2-3 weeks", "Extended programs: 6+ weeks":
	// programs named by their class of length, a line of the page's
	// program's lengths. ("- Short-term rehab: 28 to 30 days" in a list
	// of kinds of treatment on an IOP's page is no IOP's.)
	if noun && lengthClasses[strings.TrimLeft(t, " -•*")] && !kindsHeading(s.block.Headings) {
		return true
	}
	// "Long-term residential – …", "Sober houses – …": a short label
	// ending in a program word or a setting.
	return false
}

// kindsHeading reports a nearest heading over kinds of care ("Types of
// treatment", "Levels of care", "Kinds of rehab programs"): its lines
// are kinds, not the page's program.
func kindsHeading(hs []string) bool {
	return len(hs) > 0 && kindsOfCare.MatchString(lowerASCII(hs[len(hs)-1]))
}

// kindsOfCare heads a list of kinds of care ("Program options" and "Types
// of addiction we treat" head the program's own lines).
var kindsOfCare = prefilter.MustCompile(`\b(?:types|kinds|levels)\s+of\s+(?:addiction\s+|substance\s+use\s+)?(?:care|treatment|rehab|rehabs|programs|services)\b`)

// lengthClasses name programs by how long they run.
var lengthClasses = wordSet("short-term", "long-term", "medium-term", "mid-term", "extended", "standard", "typical", "brief", "shorter", "longer")

// copular reports "cocaine detox is between three and four days", "the
// average stay is 30 days", "an average would be about 12 weeks": a
// program or a length noun is the subject of a copula with the duration
// as its complement.
func copular(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	t := strings.TrimRight(s.masked[lo:start], " ")
	for changed := true; changed; {
		changed = false
		for _, w := range hedgeWords {
			if strings.HasSuffix(t, " "+w) {
				t, changed = strings.TrimRight(strings.TrimSuffix(t, w), " "), true
			}
		}
	}
	subj, _, ok := cutAnySuffix(t, " is", " are", " was", " were", " would be", " will be", " can be", " may be", " be")
	if !ok {
		return false
	}
	// ("The average wait for a bed was 1.6 days": how long before a
	// place opens.)
	if waitSubject(subj) {
		return false
	}
	if hasWord(subj, "time", "length", "duration", "stay", "stays", "timeline", "average", "timeframe", "window") {
		return true
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.start >= lo && m.end <= lo+len(subj) && !m.contrast {
			return true
		}
	}
	return itUnderProgramHeading(s, lo, subj)
}

// itUnderProgramHeading reports "it" as the copula's subject in the first
// sentence under a heading that names a program, or in the answer under
// one that asks how long:
// "Medical detox" / "Typically it is between 3 and 14 days".
func itUnderProgramHeading(s *sentence, lo int, subj string) bool {
	if lo != 0 || s.bi == 0 || s.doc.Blocks[s.bi-1].Kind != corpus.BlockHeading {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(subj, ",", " "))
	if len(f) == 0 || f[len(f)-1] != "it" || len(f) > 2 || len(f) == 2 && !slices.Contains(hedgeWords, f[0]) {
		return false
	}
	// ("It is 2 weeks before family visits begin", "It is 7 days since
	// your last drink": a time until or since, not a length.)
	for i := range s.qs {
		if q := &s.qs[i]; q.Start >= lo && untilAfter[wordAfter(s.lower, q.End)] {
			return false
		}
	}
	// (Under a heading that asks how long a program or treatment lasts,
	// any sentence of the answer: "How long is the stabilization stage?"
	// / "Its length depends on … Typically it is between 3-14 days". Not
	// how long before a visit, a bill or a bed.)
	h := lowerASCII(s.doc.Blocks[s.bi-1].Text)
	// ("How long does the first phase last?" may ask of any phase.)
	named := hasWord(h, "detox", "detoxification", "stabilization", "iop", "php", "outpatient", "residential", "inpatient", "rehab", "program", "programme", "stay")
	if strings.Contains(h, "how long") && (named || hasWord(h, "treatment")) &&
		!hasWord(h, "before", "until", "insurance", "cover", "covered", "pay", "bill", "wait", "waitlist", "visit", "visitors", "symptoms", "phone") {
		return true
	}
	return s.off == 0 && named
}

// untilAfter are words after a span that make it a time until or since.
var untilAfter = wordSet("before", "after", "until", "till", "since", "from", "ago", "between")

// detoxFirstDays is detox said to last the first days of treatment, up
// to the count: "detox usually lasts for the first".
// ("The worst of withdrawal lasts for the first 2 days": symptoms, not
// the care; detox opens the clause.)
var detoxFirstDays = prefilter.MustCompile(`(?:^|,)\s*(?:(?:the|our|your|medical|medically\s+(?:supervised|monitored|managed)|inpatient|outpatient|alcohol|opioid)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:(?:usually|typically|often|generally|normally|will|may|can)\s+)*(?:lasts?|takes?\s+up|spans?|covers?|occupies|occupy)\s+(?:for\s+)?the\s+first\s*$`)

// ("a full", "a whole": the stress a length may take after the copula,
// "Our residential program is a full 12 months".)
var hedgeWords = []string{"about", "around", "approximately", "typically", "usually", "generally", "often", "roughly", "between", "anywhere", "from", "only", "just", "normally", "anywhere from", "somewhere",
	"a full", "a whole"}

// programWithinWords reports a program mention among the n words after i:
// "a 90-day residential program", "our 30-day inpatient rehab".
func programWithinWords(s *sentence, i, n int) bool {
	end := i
	for k := 0; k < n; k++ {
		w := wordAfter(s.lower, end)
		if w == "" {
			break
		}
		end = indexFrom(s.lower, w, end) + len(w)
	}
	for _, m := range s.mentions {
		if m.start >= i && m.start < end && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// completedIn reports a completion verb among the six words before the
// "in" that precedes start.
func completedIn(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	ws := strings.Fields(s.masked[lo:start])
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-7; k-- {
		if completionVerbs[strings.Trim(ws[k], ",.")] {
			return true
		}
	}
	return false
}

// minimumOrMaximum reads "the recommended minimum is 90 days" as at
// least 90 days, "the maximum stay is 30 days" as at most 30.
func minimumOrMaximum(s *sentence, q *quantity.Quantity) {
	if q.Qualifier != quantity.Exact || !q.HasMin || !q.HasMax || q.Min != q.Max {
		return
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.masked[lo:q.Start]
	switch {
	case hasWord(pre, "minimum", "min"):
		q.Qualifier, q.HasMax = quantity.AtLeast, false
	case hasWord(pre, "maximum", "max"):
		q.Qualifier, q.HasMin = quantity.UpTo, false
	}
}

// mentionEndsAt reports a program mention ending just before i.
func (s *sentence) mentionEndsAt(i int) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.end <= i && strings.TrimSpace(s.lower[m.end:i]) == "" {
			return true
		}
	}
	return false
}

// rateOfEarlier reports an amount of hours or meetings earlier in the
// clause of qs[i] that has no rate of its own, which a bare "a week" after
// it is the rate of.
func rateOfEarlier(s *sentence, i int) bool {
	q := &s.qs[i]
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	for j := i - 1; j >= 0; j-- {
		o := &s.qs[j]
		if o.End <= lo {
			return false
		}
		if o.Per == quantity.None && (o.Unit == quantity.Hour || o.Unit == quantity.Minute || o.Unit == quantity.Session || o.Unit == quantity.Times) {
			return true
		}
	}
	return false
}

// onlyHedges reports text made of nothing but hedging words: "", "usually",
// "most often".
func onlyHedges(t string) bool {
	for _, w := range strings.Fields(t) {
		switch strings.Trim(w, ",") {
		case "typically", "usually", "generally", "normally", "often", "most", "commonly", "about", "around", "roughly", "approximately", "on", "average", "in", "cases", "many",
			// "Plan on 10 to 14 days at our center", "Expect to stay
			// about a week", "It usually takes five days".
			"plan", "for", "expect", "to", "stay", "spend", "allow", "it", "takes", "lasts", "runs", "we", "recommend",
			// ("A: Roughly nine weeks for most members, then …": the
			// answer's own label.)
			"a:", "answer:":
		default:
			return false
		}
	}
	return true
}

// countedMeetingsAWeek reports "a week" right after a counted meeting: "one
// outpatient group a week", "two sessions a week".
func countedMeetingsAWeek(s *sentence, q *quantity.Quantity, before string) bool {
	if !(q.HasMax && q.Min == 1 && q.Max == 1 && q.Unit == quantity.Week) || !(sessionNouns[before] || before == "group" || before == "groups") {
		return false
	}
	for _, o := range s.qs {
		if o.End <= q.Start && q.Start-o.End <= 30 && o.Unit == "" {
			return true
		}
	}
	return false
}

// totalOverPrograms reports a length said as a total ("a total stay of",
// "of total treatment", "combined") in a sentence that adds programs up
// ("both", "counting", "including", "together").
func totalOverPrograms(lower string, start, end int) bool {
	pre, post := lower[max(0, start-30):start], lower[end:min(len(lower), end+30)]
	total := strings.Contains(pre, "total stay") || strings.Contains(pre, "total length") || strings.Contains(pre, "total time") ||
		strings.Contains(pre, "combined stay") || strings.HasPrefix(strings.TrimLeft(post, " "), "of total ") || strings.HasPrefix(strings.TrimLeft(post, " "), "in total") ||
		// ("Plenty of people do both, so the whole course comes to about
		// three months".)
		(strings.Contains(pre, "whole course") || strings.Contains(pre, "full course") || strings.Contains(pre, "entire course") || strings.Contains(pre, "overall course")) && bothPrograms(lower)
	return total && hasWord(lower, "both", "counting", "including", "together", "combined", "plus")
}

// timesHours opens on a multiplication by hours: " x 5 hrs", " × 3 hours".
var timesHours = prefilter.MustCompile(`^\s*(?:x|×|\*)\s*\d+(?:\.\d+)?\s*(?:-|–|to)?\s*(?:\d+(?:\.\d+)?\s*)?(?:hours?|hrs?|h)\b`)

// bothPrograms reports "both" standing for the programs named before it
// ("Many people do both, so …", "do both, one after the other"), not for
// two things it names itself ("both the morning and evening tracks",
// "both group and individual work").
func bothPrograms(lower string) bool {
	for k := indexWord(lower, "both", 0); k >= 0; k = indexWord(lower, "both", k+4) {
		switch leadingWord(lower, k+len("both ")) {
		case "", "programs", "levels", "back", "one", "of", "in":
			return true
		}
		if k+4 < len(lower) && (lower[k+4] == ',' || lower[k+4] == '.' || lower[k+4] == ';') {
			return true
		}
	}
	return false
}

// rateOfNoun reports a counted noun or a price right before i: "therapy
// hour a week", "two groups a week", "one visit a month", "$1 a week".
func rateOfNoun(lower string, i int) bool {
	// "subscribe for $1 a week", "$2,400 a month": a price's rate.
	if pre := strings.TrimRight(lower[:i], " "); pre != "" && pre[len(pre)-1] >= '0' && pre[len(pre)-1] <= '9' {
		k := len(pre)
		for k > 0 && (pre[k-1] >= '0' && pre[k-1] <= '9' || pre[k-1] == ',' || pre[k-1] == '.') {
			k--
		}
		if k > 0 && pre[k-1] == '$' {
			return true
		}
	}
	switch wordBefore(lower, i) {
	case "hour", "hours", "session", "sessions", "visit", "visits", "group", "groups", "appointment", "appointments", "meeting", "meetings", "class", "classes", "check-in", "check-ins", "call", "calls", "time", "times", "evening", "evenings", "night", "nights", "morning", "mornings", "afternoon", "afternoons",
		// ("three meals a day", "six drinks a day": what is had each
		// day.)
		"meal", "meals", "snack", "snacks", "drink", "drinks", "dose", "doses", "pill", "pills", "cigarette", "cigarettes",
		// ("family group two Sundays a month", "one weekend a month": the
		// days counted each month.)
		"day", "days", "weekend", "weekends", "sunday", "sundays", "monday", "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays",
		"thursday", "thursdays", "friday", "fridays", "saturday", "saturdays":
		return true
	}
	return stuffAmountBefore(lower[:i])
}

// stuffAmountBefore reports pre ending on an amount of something: "8 glasses
// of water ", "plenty of fluids ", "two liters ", "a pack of
// cigarettes ". A period after an amount is the amount's rate: "drink
// two liters of fluids a day" times no stay.
func stuffAmountBefore(pre string) bool {
	ws := strings.Fields(lastWordsOf(pre, 7))
	if len(ws) == 0 || !strings.HasSuffix(pre, " ") {
		return false
	}
	for _, w := range ws {
		if strings.ContainsAny(w, ",.;:!?()") {
			return false // past a clause's edge, or a figure with its decimals
		}
	}
	n := len(ws)
	// "<count> [word] <plural noun> ": "eight glasses ", "3 large bottles ".
	if last := ws[n-1]; len(last) > 3 && strings.HasSuffix(last, "s") && !isNumberWord(last) {
		for k := n - 2; k >= 0 && k >= n-3; k-- {
			if isCount(ws[k]) {
				return true
			}
		}
	}
	// "<amount> [up to two words] of <one to three words> ".
	for of := n - 2; of >= 1 && of >= n-4; of-- {
		if ws[of] != "of" {
			continue
		}
		for _, w := range ws[of+1:] {
			if spanHedges[w] {
				return false
			}
		}
		for k := of - 1; k >= 0 && k >= of-3; k-- {
			if isCount(ws[k]) || amountWords[ws[k]] && (k+1 == of || !spanNouns[ws[k+1]]) {
				return true
			}
		}
		return false
	}
	return false
}

// isCount reports a count written in digits or as a number word, any
// of them: isNumberWord's, and the ones it leaves out.
func isCount(w string) bool {
	return isNumberWord(w) || spelledCounts[w]
}

var spelledCounts = wordSet("one", "seven", "eight", "nine", "ten", "eleven", "twelve")

// amountWords open an amount without a figure: "plenty of", "lots of",
// "a glass of".
var amountWords = wordSet("plenty", "lots", "lot", "a", "an", "couple")

// spanNouns after "a" measure time, not stuff: "a minimum of", "a
// span of".
var spanNouns = wordSet("minimum", "maximum", "total", "average", "period", "span", "stay", "course", "length", "matter", "duration", "stretch", "term")

// spanHedges bound or hedge a length: "a span of just a day", "a
// stay of about a week".
var spanHedges = wordSet("just", "only", "about", "around", "roughly", "approximately", "least", "at", "to", "up", "than", "less", "more", "over", "under", "nearly", "almost", "half", "merely", "barely", "even", "typically", "usually", "generally", "often", "as", "little", "long", "and", "or", "the", "one", "within", "in", "for")

// afterFronted drops a reason fronted with "for" before the clause and
// closed by its comma: in "For guests whose plan approves a shorter stay,
// a 21-day track is offered" the plan is why the track exists, not what
// the figure measures. ("If your insurance covers it, …" keeps its
// coverage.)
func afterFronted(pre string) string {
	t := trimLeftWords(pre)
	if !strings.HasPrefix(t, "for ") {
		return pre
	}
	if k := lastIndex(t, ", "); k >= 0 {
		return t[k+2:]
	}
	return pre
}

// lengthAfterBound follows a length with the bound it is said to be and
// what it bounds, a stay or time in treatment: "is the minimum treatment
// length", "is the shortest recommended stay", "is the minimum amount of
// treatment". (The bound itself is read where the claim is made.)
var lengthAfterBound = prefilter.MustCompile(`^\s+(?:is|was)\s+(?:[a-z]+\s+){1,3}?(?:minimum|shortest|maximum|longest)\s+(?:recommended\s+|effective\s+)?(?:(?:treatment|program|rehab)\s+)?(?:length|duration|stay|period|time\s+(?:in\s+treatment|needed|required)|amount\s+of\s+(?:treatment|time\s+in\s+treatment|care))\b`)

// comparedKind ends on a comparison before a program named by its
// length: "more than a ", "longer than the usual ".
var comparedKind = prefilter.MustCompile(`\b(?:more|longer|less|shorter|other)\s+than\s+(?:just\s+|only\s+)?(?:a|an|the|your)\s+(?:(?:usual|typical|standard|traditional|average|basic)\s+)?$`)

// stayWithMeasure reports a stay named right after end with a word of its
// measure before it: " minimum stay", " average stay", " length of stay".
func stayWithMeasure(masked string, end int) bool {
	w := wordAfter(masked, end)
	switch w {
	case "minimum", "maximum", "average", "typical", "initial", "length":
	default:
		return false
	}
	k := indexFrom(masked, w, end) + len(w)
	if w == "length" {
		return strings.HasPrefix(strings.TrimLeft(masked[k:], " "), "of stay")
	}
	next := wordAfter(masked, k)
	return next == "stay" || next == "stays"
}
