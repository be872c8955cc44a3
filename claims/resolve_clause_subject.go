package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

func punctBetween(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', '.', ':', '(', ')', '!', '?':
			return true
		}
	}
	return false
}

var pronouns = []string{"they", "it", "it's", "it’s", "that's", "that’s", "that is", "that adds", "that comes", "that works", "this", "these", "those", "such", "the program", "the programs", "this program", "these programs", "each program", "the track", "this track", "the length of stay", "the length of treatment", "the average length of stay", "the typical length of stay", "the duration", "others", "some", "most", "in most cases", "typically", "generally", "usually"}

// pointingPronouns are the pronouns that point back at what the sentence
// before named.
var pointingPronouns = []string{"it", "it's", "it’s", "they", "this", "these", "those", "the program", "this program", "these programs", "the track", "this track"}

// startsWithClient reports a sentence whose subject is the client:
// "Clients attend …", "Most clients typically attend …".
func startsWithClient(lower string) bool {
	switch leadWord(trimLeftWords(lower), "most", "many", "some", "all", "our") {
	case "you", "clients", "patients", "participants", "people", "individuals":
		return true
	}
	return false
}

func startsWithPronoun(lower string) bool {
	t := trimLeftWords(lower)
	// ("Yet it offers no 24/7 supervision": the connective
	// leaves the pronoun its reference. Only a pronoun that points back:
	// "However, most of the year it meets three afternoons" and "But some
	// people …" set something against what came before.)
	if loc := connectiveOpening.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
		for _, p := range pointingPronouns {
			if len(t) >= len(p) && t[:len(p)] == p && wordAt(t, 0, len(p)) {
				return true
			}
		}
		return false
	}
	for _, p := range pronouns {
		if len(t) >= len(p) && t[:len(p)] == p && wordAt(t, 0, len(p)) {
			return true
		}
	}
	return false
}

// ofTherapy finds a therapy named right after "of" behind the words
// ending at end, with at most one word between ("of daily group therapy").
func ofTherapy(s *sentence, end int) (*mention, bool) {
	if wordAfter(s.masked, end) != "of" {
		return nil, false
	}
	of := indexFrom(s.masked, "of", end) + 2
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start < of || programSubject(m.subject) {
			continue
		}
		gap := strings.TrimSpace(s.lower[of:m.start])
		if strings.Contains(gap, " ") || strings.ContainsAny(gap, ",;.()") {
			return nil, false
		}
		// "of group and individual therapy": the program's, not one
		// therapy's. ("of individual therapy and one day per week of a
		// skills group" goes on to a count of its own.)
		rest := strings.TrimSpace(s.lower[m.end:])
		if conj, ok := strings.CutPrefix(rest, "and "); ok && !weeklyCountOpens.MatchString(conj) || strings.HasPrefix(rest, "or ") || strings.HasPrefix(gap, "group") {
			return nil, false
		}
		return m, true
	}
	return nil, false
}

// programBefore reports a program mention in [lo, start): the clause
// already spoke of one program, so a second one after a quantity starts a
// coordinated claim ("30 days in residential and 8 weeks in IOP").
// programMeans reports a program said to be the figure that follows:
// "Standard outpatient typically means 10 to 12 hours …", "an IOP
// involves 9 hours …" (not "in an IOP, clients will join three
// hours of daily group therapy").
func programMeans(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		// ("A key part of our IOP is two hours …": the program is not
		// what the clause is about.)
		if m.start >= lo && m.end <= start && programSubject(m.subject) && opensClause(s.lower, lo, m.start, m.end) {
			between := strings.Fields(s.lower[m.end:start])
			if len(between) == 0 || len(between) > 3 {
				continue
			}
			for _, w := range between {
				switch w {
				case "means", "mean", "involves", "involve", "is", "are", "equals", "requires", "require":
					return true
				}
			}
		}
	}
	return false
}

func programBefore(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// setting reports a program word used for a place: "in an inpatient or
// outpatient setting", "a residential facility".
func setting(lower string, m mention) bool {
	// ("four to six days in our detox unit": a detox unit is the detox.)
	if m.subject == Detox {
		return false
	}
	w := wordAfter(lower, m.end)
	if w == "or" || w == "and" {
		w = wordAfter(lower, m.end+len(w)+1)
		w = wordAfter(lower, indexFrom(lower, w, m.end)+len(w))
	}
	// ("In this program, clients come five days a week to an
	// outpatient rehab center": where the program the sentence points
	// back at is given, not which outpatient level. Without that pointer
	// the clinic names the level: "Standard care is once a week at our
	// outpatient clinic".)
	if programPointer.MatchString(lower[:m.start]) && outpatientPlace(lower, m) {
		return true
	}
	switch w {
	case "setting", "settings", "facility", "facilities", "center", "centers", "environment", "unit", "hospital",
		"building", "buildings", "campus", "wing", "house", "housing", "residence", "residences", "dorm", "home", "homes",
		// "withdrawal management delivered on an outpatient basis": how
		// the care is given, not a program.
		"basis":
		return true
	}
	return false
}

// genericSubject reports a clause that opens on a generic name for
// treatment: "rehab programs", "the core treatment window in drug
// rehab", "the recovery journey".
func genericSubject(pre, after string) string {
	// "Because recovery takes time, most residents stay …": a fronted
	// clause says why or when; the clause after its comma has the
	// subject.
	if k := strings.IndexByte(pre, ','); k >= 0 && frontedClauseWords[firstWord(strings.TrimLeft(pre, " "))] {
		pre = pre[k+1:]
	}
	// "The usual course of care is four days a week": the
	// care as a whole, a program's.
	if careAsAWhole.MatchString(pre) {
		return "program"
	}
	f := strings.FieldsFunc(strings.TrimLeft(pre, " ,"), func(r rune) bool { return r == ' ' || r == '—' || r == '–' })
	for i, w := range f {
		if i >= 6 {
			break
		}
		switch strings.Trim(w, ",.:;()") {
		case "rehab", "rehabs", "rehabilitation":
			// "Programs" and "treatment" mostly point back at the
			// section's program ("most programs last 3-10 days" under a
			// detox heading); "rehab" names treatment in general.
			// ("Residential, which many call rehab, means you live on
			// site": a name given, not the subject.)
			if i > 0 {
				switch f[i-1] {
				case "call", "calls", "called", "as", "aka":
					continue
				}
			}
			return "rehab"
		case "recovery", "continuum", "entire", "whole":
			// ("Our recovery techs are on site": people named by their
			// work.)
			next := after
			if i+1 < len(f) {
				next = f[i+1]
			}
			if recoveryWorkers[strings.Trim(firstWord(next), ":;)")] {
				continue
			}
			return "recovery"
		case "program", "programs", "programme", "programmes":
			return "program"
		case "is", "are", "was", "last", "lasts", "takes", "take", "usually", "typically", "generally", "often":
			return ""
		}
	}
	return ""
}

// reasonBetween reports a clause of reason or concession opening between
// a figure and a program named after it: "The 45-day program is not for
// everyone, because detox takes up much of it" times no detox.
func reasonBetween(between string) bool {
	return hasWord(between, "because", "since", "although", "though", "whereas", "unless")
}

// frontedClauseWords open a clause fronted before the main one.
var frontedClauseWords = wordSet("because", "since", "although", "though", "while", "whereas", "if", "when", "once", "unless")

// careAsAWhole opens a clause on the span or course of care.
var careAsAWhole = prefilter.MustCompile(`^\s*(?:the|a|your)\s+(?:(?:typical|usual|average|normal|standard|expected)\s+)?(?:period|course|length|duration)\s+of\s+(?:care|treatment)\b`)

// (Not coaches, mentors or counselors: "recovery coaches meet with each
// client once a week" are meetings of their own, no program's days.)
var recoveryWorkers = wordSet("tech", "techs", "technician", "technicians", "staff", "team", "assistant", "assistants", "aide", "aides")

// pronounAfterSemicolon is the program a clause after a semicolon points
// back at when it opens with "it" or "this program": the first one the
// clause before names, its subject ("Our PHP shares a building with our
// IOP; it meets five days a week" is the PHP's), past people named by
// their program ("Lots of residents continue in our IOP after
// discharge; it meets …" is the IOP's). Nil when the first thing named is
// no program ("a 12-step group while in IOP; it meets …").
// itAfterConjunction is the program that opens a sentence as its
// subject when the clause of start, after ", and", ", but" or ", so",
// opens on "it" and the first clause denies what it names after its
// verb: "Our program doesn't include detox, and it doesn't require an
// overnight stay" goes on about the program, not the detox it lacks.
func itAfterConjunction(s *sentence, start int, usable func(mention) bool) *mention {
	// (Every figure's subject asks: the five clause openings are looked
	// for only where an "it" stands.)
	if len(s.mentions) < 2 || !strings.Contains(s.lower[:start], " it") {
		return nil
	}
	k := -1
	for _, c := range [...]string{", and it ", ", but it ", ", so it ", ", and it's ", ", but it's "} {
		if i := lastIndex(s.lower[:start], c); i > k {
			k = i
		}
	}
	if k < 0 || strings.ContainsAny(s.lower[k+2:start], ",;") {
		return nil
	}
	m := &s.mentions[0]
	if m.end > k || !programSubject(m.subject) || !usable(*m) || !subjectOpening.MatchString(s.lower[:m.start]) {
		return nil
	}
	// Only where what the first clause named after its verb is denied
	// there: "begins with detox, and it usually lasts five to seven
	// days" goes on about the detox.
	if !hasWord(s.lower[m.end:k], "not", "doesn't", "doesn’t", "don't", "don’t", "never", "no") {
		return nil
	}
	return m
}

// subjectOpening is what may stand before a sentence's subject: nothing,
// or an article, "our" or "this", and a word ("Our evening IOP").
var subjectOpening = prefilter.MustCompile(`^\W*(?:(?:the|our|this|an?)\s+)?(?:[a-z-]+\s+)?$`)

func pronounAfterSemicolon(s *sentence, start int, usable func(mention) bool) *mention {
	k := strings.LastIndexByte(s.lower[:start], ';')
	if k < 0 {
		return nil
	}
	rest := strings.TrimLeft(s.lower[k+1:start], " ")
	// ("…9 to 12 hours a week; usually lasting 6 to 8 weeks": a clause with
	// no subject of its own goes on about the one before it.)
	// ("Outpatient care has no set end; most clients stay four to nine
	// months": the program's clients, who point back as "it" does.)
	subjectless := !strings.HasPrefix(rest, "it ") && !strings.HasPrefix(rest, "this program ") && !strings.HasPrefix(rest, "that program ") && !clientsOpen.MatchString(rest)
	if subjectless && !subjectlessLength(rest) {
		return nil
	}
	from := strings.LastIndexByte(s.lower[:k], ';') + 1
	// ("Our detox program is followed by residential care; typically
	// lasting 28 days": with two programs before it, the clause with no
	// subject may go on about either.)
	if subjectless && programsBetween(s, from, k) > 1 {
		return nil
	}
	// ("Following residential treatment, clients can join our IOP; it
	// runs …", "Like our PHP, our IOP uses …; it meets …": a phrase
	// fronted before the clause's subject is not it.)
	if c := strings.IndexByte(s.lower[from:k], ','); c >= 0 && frontingWords[firstWord(strings.TrimLeft(s.lower[from:k], " "))] {
		from += c + 1
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		// ("Detox patients often continue in our residential program":
		// a program naming people is who, not what.)
		if m.start < from || m.end > k || personNoun[s.lower[m.start:m.end]] || personNoun[wordAfter(s.lower, m.end)] {
			continue
		}
		// (A bare "outpatient" points back only as the subject the
		// clause before the semicolon opens on.)
		if programSubject(m.subject) && (!m.weak || strings.TrimLeft(s.lower[from:m.start], " ") == "") && usable(*m) {
			return m
		}
		return nil
	}
	return nil
}

// personNoun are the people a program's name may stand for: "residents"
// are residential care's clients, not the care.
var personNoun = map[string]bool{"residents": true, "resident": true, "inpatients": true, "outpatients": true,
	"patients": true, "clients": true, "graduates": true, "members": true, "participants": true, "alumni": true}

// frontingWords open a phrase fronted before a clause's subject.
var frontingWords = map[string]bool{"following": true, "after": true, "like": true, "unlike": true, "before": true, "besides": true,
	"alongside": true, "beyond": true, "compared": true, "as": true, "from": true, "during": true, "once": true}

// soleProgramAfter is the one program a sentence names, strongly and not
// as a contrast, when it names it only after i; "" otherwise.
func soleProgramAfter(s *sentence, i int) Subject {
	var subj Subject
	for _, m := range s.mentions {
		// ("Groups meet Monday to Thursday, and every client also has a
		// weekly therapy appointment": an appointment is a visit, not
		// what the sentence is about.)
		if !programSubject(m.subject) || m.contrast || strings.Contains(s.lower[m.start:m.end], "appointment") {
			continue
		}
		if m.start < i || m.weak || subj != NoSubject && subj != m.subject {
			return NoSubject
		}
		// "Most patients stay on the unit for 3 to 5 days and start IOP
		// the following week": the program comes next, it is not where
		// the days are spent.
		// ("last 8 to 12 weeks, and many people continue in weekly
		// outpatient counseling afterward": the care after it.)
		if between := s.lower[i:m.start]; strings.Contains(between, " and start") || strings.Contains(between, " before ") ||
			strings.Contains(between, " then ") || strings.Contains(between, "followed by") || strings.Contains(between, " and move") ||
			strings.Contains(between, " continue ") || strings.Contains(between, " go on ") || hasWord(s.lower[m.end:], "afterward", "afterwards") ||
			// ("come in every morning for four to six days, and can join
			// PHP groups when ready": the program joined next.)
			strings.Contains(between, " join ") || strings.Contains(between, " step down") ||
			// ("about two hours a week, far below the nine-hour threshold
			// where IOP starts": the level held up against the figure.)
			strings.Contains(between, "threshold") || strings.Contains(between, " under the ") || strings.Contains(between, " below the ") || strings.Contains(between, "short of") ||
			// ("three to six months once IOP ends", "three to five days,
			// after which patients move into our IOP": the level left, or
			// moved to.)
			levelLeftOff(s.lower, m) || strings.Contains(between, "after which") || hasWord(between, "move", "moves", "moving", "transfer", "transfers", "transition", "transitions") ||
			// ("Programs often last 28 to 60 days, and many include
			// medical detox at the start": a part the program holds.)
			hasWord(between, "include", "includes", "including") || strings.Contains(between, "begin with") || strings.Contains(between, "begins with") ||
			strings.Contains(between, "start with") || strings.Contains(between, "starts with") ||
			// ("Our group meets three evenings a week, and our staff can
			// refer you to a trusted PHP partner": the program referred
			// to is another's.)
			hasWord(between, "refer", "refers", "referred", "referral", "referrals") ||
			// ("offers 90-day stays and has detox beds on campus",
			// "offers 90-day stays, and medical detox is done on its
			// own unit": a clause of its own says what else is there.)
			// (Only right after the figure's own phrase: past a clause
			// of more words, "Less than 20 hours a week would not meet
			// the PHP standard, and our IOP is well under that", the
			// program after "and" is the one the figure measures.)
			andVerb.MatchString(between) || len(between) <= 30 && commaAndClause.MatchString(between) ||
			// ("The 45-day program is not for everyone, because detox
			// takes up much of it": a reason's program is not the one
			// timed.)
			reasonBetween(between) {
			return NoSubject
		}
		subj = m.subject
	}
	return subj
}

// othersBefore is the program named in the clause before one that opens
// on "others" ("…, while others last 60 to 90 days"), nil when there is
// none.
func othersBefore(s *sentence, start int, usable func(mention) bool) *mention {
	for _, j := range []string{", while others ", ", whereas others ", ", but others ", ", and others ", "; others ", ", others "} {
		k := lastIndex(s.lower[:start], j)
		if k < 0 {
			continue
		}
		// (Only programs named in the plural: "…into our residential
		// program; others go home" are other clients.)
		var last *mention
		for i := range s.mentions {
			if m := &s.mentions[i]; m.end <= k && programSubject(m.subject) && !m.weak && usable(*m) {
				last = m
			}
		}
		if last == nil || !pluralProgram(s.lower, last) {
			return nil
		}
		return last
	}
	return nil
}

// pluralProgram reports a program named in the plural: "residential
// programs", "IOPs".
func pluralProgram(lower string, m *mention) bool {
	name := lower[m.start:m.end]
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return true
	}
	switch wordAfter(lower, m.end) {
	case "programs", "centers", "centres", "facilities", "clinics", "providers", "options", "tracks":
		return true
	}
	return false
}

// subjectlessLength reports the words before a figure as a clause with no
// subject: hedges and a verb of lasting at most ("typically lasting",
// "usually running for", "about").
func subjectlessLength(rest string) bool {
	for _, w := range strings.Fields(rest) {
		switch w {
		case "lasting", "running", "spanning", "continuing":
		default:
			if !onlyHedges(w) {
				return false
			}
		}
	}
	return true
}

// programsBetween counts the different programs named in [i, j).
func programsBetween(s *sentence, i, j int) int {
	var seen Subject
	n := 0
	for _, m := range s.mentions {
		if m.start >= i && m.end <= j && programSubject(m.subject) && m.subject != seen {
			seen = m.subject
			n++
		}
	}
	return n
}

// rehabPredicate is a clause of its own on rehab ending where a figure
// starts: "and rehab lasts", ", so when rehab only lasts", "but most
// rehabs take".
var rehabPredicate = prefilter.MustCompile(`(?:,|;|\band|\bbut|\bso|\bwhile|\bwhen|\bwhereas)\s+(?:(?:when|if|most|many|some|the|a|while)\s+)*rehabs?\s+(?:(?:only|usually|typically|generally|often|normally|itself|can|may|will|might|could|should)\s+)*(?:lasts?|takes?|runs?|spans?)\s+(?:(?:only|about|around|roughly|approximately|just)\s+)?$`)

// outpatientPlace reports a bare "outpatient" naming a place: "an
// outpatient clinic", "our outpatient rehab center".
func outpatientPlace(lower string, m mention) bool {
	if !m.weak || m.subject != OP {
		return false
	}
	w := wordAfter(lower, m.end)
	switch w {
	case "rehab", "treatment", "addiction", "recovery", "counseling", "counselling":
		w = wordAfter(lower, indexFrom(lower, w, m.end)+len(w))
	}
	switch w {
	case "clinic", "clinics", "office", "offices", "centre", "centres", "center", "centers", "facility", "facilities", "setting", "settings":
		return true
	}
	return false
}

// programPointer points back at the program named before: "In this
// program, ", "The program ".
var programPointer = prefilter.MustCompile(`(?:^|[.;:]\s+)\W*(?:in\s+)?(?:this|that|the|such\s+a)\s+(?:program|programme|level\s+of\s+care|option|track)\b`)

// commaAndClause ends on ", and" and at most a determiner and two
// modifiers before a program named as the subject of a clause of its own.
var commaAndClause = prefilter.MustCompile(`,\s+and\s+(?:(?:its|their|the|an?|our)\s+)?(?:[a-z-]+\s+){0,2}$`)

// andVerb joins another verb: " and has", " and also offers".
var andVerb = prefilter.MustCompile(`\band\s+(?:also\s+)?(?:has|have|offers|offer|runs|run|provides|provide|operates)\b`)

// weeklyCountOpens opens on a count of days or hours of its own: "one
// day per week", "six to eight hours per week", "twice a week" (not "one
// to one counselling", "one or two family sessions").
var weeklyCountOpens = prefilter.MustCompile(`^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:to|-|–)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?\s+(?:(?:days?|evenings?|nights?|hours?)\b|sessions?\s+(?:a|per|each|every)\s+week\b)|(?:once|twice)\s+(?:a|per|each|every)\s+week\b)`)
