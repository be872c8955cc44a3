package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// programInView is the program the text around is about: the section's,
// else the previous sentence's, else the page's, detox aside; "" if none.
func (st *state) programInView() Subject {
	for _, p := range []Subject{st.section, st.last, st.topic} {
		if programSubject(p) && p != Detox {
			return p
		}
	}
	return NoSubject
}

// mentionedBeside reports whether s names subj other than as added after
// the figure ending at end: "roughly ten hours of care each week, plus a
// counseling session" does not name the session as what the hours are
// of.
func mentionedBeside(s *sentence, subj Subject, end int) bool {
	for _, m := range s.mentions {
		if m.subject == subj && !(m.start >= end && addedAfter(s.lower[end:m.start])) {
			return true
		}
	}
	return false
}

// mentions reports whether s names subj itself.
func mentions(s *sentence, subj Subject) bool {
	for _, m := range s.mentions {
		if m.subject == subj {
			return true
		}
	}
	return false
}

// movedTo reports a "step down to", "transition to" at most three words
// before i: "step down to the virtual outpatient group".
func movedTo(lower string, i int) bool {
	return verbThenTo(lower, i, 3, movedToVerbs)
}

// verbThenTo reports one of verbs right before the last " to " before i,
// with at most words words from " to " to i: "step down to the …",
// "a referral to a residential or …".
func verbThenTo(lower string, i, words int, verbs map[string]bool) bool {
	j := lastIndex(lower[:i], " to ")
	if j < 0 || wordCount(lower[j:i]) > words {
		return false
	}
	return verbs[wordBefore(lower, j+1)]
}

var movedToVerbs = wordSet("down", "transition", "transitions", "move", "moves", "moved",
	"graduate", "graduates", "progress", "progresses")

// steppedTo is the program a "step down to" / "move to" / "transition
// to" names right before i (at most two words between, no verb), "" when
// there is none.
func steppedTo(s *sentence, i int) Subject {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.end > i {
			continue
		}
		if !programSubject(m.subject) || !m.contrast || (wordCount(s.lower[m.end:i]) > 2 || strings.ContainsAny(s.lower[m.end:i], ",;:(")) && !attendingClause(s.lower[m.end:i]) {
			return NoSubject
		}
		if movedTo(s.lower, m.start) {
			return m.subject
		}
		return NoSubject
	}
	return NoSubject
}

// attendingClause reports a participle of attending opening a clause
// right before a figure: "step down to IOP, attending three days a
// week", ", joining groups four mornings a week".
func attendingClause(between string) bool {
	t, ok := strings.CutPrefix(strings.TrimLeft(between, " "), ",")
	if !ok {
		return false
	}
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 3 || !attendingWords[f[0]] {
		return false
	}
	for _, w := range f[1:] {
		if !attendedWords[w] {
			return false
		}
	}
	return true
}

var (
	attendingWords = wordSet("attending", "joining", "coming", "meeting", "going", "spending", "participating")
	attendedWords  = wordSet("in", "there", "for", "groups", "group", "sessions", "classes")
)

// colonOwner is the program named right before a colon in the middle of
// the sentence that the figure at i follows, with no other mention, no
// semicolon and no new sentence-like break between; "" when there is
// none. (A label opening the line is read as a label.)
func colonOwner(s *sentence, i int) Subject {
	// (A spaced dash sets out as a colon does: "… move to our IOP –
	// two evenings a week, usually for ten weeks".)
	k := max(strings.LastIndexByte(s.lower[:i], ':'), lastIndex(s.lower[:i], " – "), lastIndex(s.lower[:i], " — "))
	if k < 0 || strings.ContainsAny(s.lower[k:i], ";()") {
		return NoSubject
	}
	if _, e := s.label(); e > 0 && k < e {
		return NoSubject
	}
	var owner *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start > k && m.start < i {
			return NoSubject
		}
		if m.end <= k && m.start > 0 {
			between := strings.TrimSpace(s.lower[m.end:k])
			if between == "" || between == "program" || between == "programme" || between == "track" || placeNamed(s.text[m.end:k]) {
				owner = m
			}
		}
	}
	// ("IOP is outpatient: you sleep at home", "a non-residential
	// program: participants …", "after IOP: one group a week": a kind
	// of care said of something, or set aside; "move to our IOP: …"
	// names where clients go.)
	if owner == nil || !programSubject(owner.subject) || owner.classified || owner.weak || owner.ended || owner.contrast && !movedTo(s.lower, owner.start) {
		return NoSubject
	}
	// ("Before you start at our IOP in Wausau: most clients first
	// complete 30 days of residential care": the figure's own program
	// follows it.)
	hi := len(s.lower)
	if c := strings.IndexAny(s.lower[i:], ",;"); c >= 0 {
		hi = i + c
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start >= i && m.end <= hi && programSubject(m.subject) && m.subject != owner.subject {
			return NoSubject
		}
	}
	return owner.subject
}

// placeNamed reports words that only say where: "in La Crosse", "at our
// Elm Street office" (a capitalised place within four words).
func placeNamed(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 4 || f[0] != "in" && f[0] != "at" {
		return false
	}
	w := f[1]
	if w == "our" && len(f) > 2 {
		w = f[2]
	}
	return w[0] >= 'A' && w[0] <= 'Z'
}

// parenOwner is the mention of the program named right before the bracket
// that opens just before i ("IOP (3 days a week)"), nil when there is
// none.
func parenOwner(s *sentence, i int) *mention {
	k := strings.LastIndexByte(s.lower[:i], '(')
	if k < 0 {
		return nil
	}
	// ("step down to an IOP (three days a week) for eight weeks": "for"
	// right after the bracket goes on with the program before it, when
	// the bracket's own figure is that program's.)
	if c := strings.IndexByte(s.lower[k:i], ')'); c >= 0 {
		if strings.TrimSpace(s.lower[k+c+1:i]) != "for" {
			return nil
		}
		for j := range s.qs {
			if q := &s.qs[j]; q.Start > k && q.End <= k+c {
				return parenOwner(s, q.Start)
			}
		}
		return nil
	}
	// ("(which can meet three mornings a week for four hours)": a figure
	// after the bracket's first, in the same bracket, is its program's
	// too.)
	if wordCount(s.lower[k:i]) > 3 && !slices.ContainsFunc(s.qs, func(q quantity.Quantity) bool {
		return q.Start > k && q.End <= i && wordCount(s.lower[k:q.Start]) <= 3
	}) {
		return nil
	}
	for _, m := range s.mentions {
		if m.start > k && m.start < i {
			return nil
		}
	}
	for j := range s.mentions {
		m := &s.mentions[j]
		// ("our Partial Hospitalization Program (five days a week)", "the
		// PHP level of care (5 days a week)": the
		// program's noun may follow its name; "(or to IOP, three days a
		// week)" names another program inside the bracket.)
		if between := strings.TrimSpace(s.lower[min(m.end, k):k]); programSubject(m.subject) && m.end <= k && programNounAfter[between] {
			return m
		}
		// ("Routine individual therapy appointments (1-2 times
		// weekly)": a therapy's meetings, timed in the bracket after
		// them.)
		if between := strings.TrimSpace(s.lower[min(m.end, k):k]); therapySubject(m.subject) && m.end <= k && therapyMeetingNoun[between] {
			return m
		}
	}
	return nil
}

// therapyMeetingNoun may stand between a therapy's name and a bracket that
// times its meetings.
var therapyMeetingNoun = map[string]bool{"": true, "appointments": true, "appointment": true, "sessions": true, "session": true, "visits": true, "meetings": true}

// programNounAfter may stand between a program's name and a bracket that
// gives its figure.
var programNounAfter = map[string]bool{"": true, "program": true, "programme": true, "track": true, "level of care": true, "level": true}

func namesProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return true
		}
	}
	return false
}

// namesOwnProgram reports a program the sentence names, other than the
// kind of care it says something is ("this is an outpatient program").
func namesOwnProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !m.classified {
			return true
		}
	}
	return false
}

// leftLevel is the program a step leaves ("stepping down from IOP"), when
// the figure q is what the step changes from ("going from 9 hours a
// week to one session"); "" otherwise.
func leftLevel(s *sentence, q *quantity.Quantity) Subject {
	at := q.Start
	if !strings.HasPrefix(s.lower[q.Start:], "from ") {
		if wordBefore(s.lower, at) != "from" {
			return NoSubject
		}
		at = lastIndex(s.lower[:at], "from")
	}
	switch wordBefore(s.lower, at) {
	case "going", "goes", "go", "moving", "moves", "dropping", "drops", "drop", "shifting", "shifts", "stepping", "cutting", "changing", "tapering", "reducing":
	default:
		return NoSubject
	}
	for _, m := range s.mentions {
		if m.end > at || !programSubject(m.subject) {
			continue
		}
		if w := wordBefore(s.lower, m.start); w == "from" || w == "leaving" {
			return m.subject
		}
	}
	// "going from 40 hours a week of support to 2 hours a week in
	// outpatient counseling": where only the level moved to is named,
	// after the "to", the figure moved from is an unnamed level's.
	// ("from 30 hours a week in PHP to 10 in IOP" names the level left
	// before the "to", and the figure is that level's.)
	// ("In our PHP, clients go from 25 hours a week … to 9 in our IOP"
	// names the level left before the figure.)
	if programBefore(s, 0, q.Start) {
		return NoSubject
	}
	rest := s.lower[q.End:]
	if k := strings.IndexAny(rest, ",;:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, ". "); k >= 0 {
		rest = rest[:k] // (not the point of "1.5 hours")
	}
	to := indexWord(rest, "to", 0)
	if to < 0 {
		return NoSubject
	}
	for _, m := range s.mentions {
		if m.start < q.End || !programSubject(m.subject) {
			continue
		}
		if m.start < q.End+to {
			return NoSubject
		}
		if m.start < q.End+len(rest) {
			return Other
		}
	}
	return NoSubject
}

// anyProgram reports that the last mention of subj before i names no
// program in particular, as a house rule does: "are expected to be in an
// outpatient program", "are required to join any IOP".
func anyProgram(s *sentence, subj Subject, i int) bool {
	k := -1
	for j, m := range s.mentions {
		if m.subject == subj && m.start < i {
			k = j
		}
	}
	if k < 0 {
		return false
	}
	at := s.mentions[k].start
	switch wordBefore(s.lower, at) {
	case "a", "an", "any":
		// (Only as a rule laid on residents: "an IOP usually takes 9 to 19
		// hours" is the kind in general.)
		return hasWord(s.lower[max(0, at-40):at], "must", "required", "expected", "agree", "obligated")
	}
	return false
}

// outsideProgram reports the last mention of subj before i called
// outside or external, or placed elsewhere right after its name: "must
// attend an outside IOP", "signed up with an external PHP", "had tried
// an IOP across town that met six hours a week".
func outsideProgram(s *sentence, subj Subject, i int) bool {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		if m := s.mentions[k]; m.subject == subj && m.start < i {
			// (The abbreviation bracketed after the name: "an outside
			// day program (PHP)".)
			if m.start > 0 && s.lower[m.start-1] == '(' {
				continue
			}
			w := wordBefore(s.lower, m.start)
			return w == "outside" || w == "external" || placedElsewhere.MatchString(s.lower[m.end:i])
		}
	}
	return false
}

// placedElsewhere opens right after a program's name on a place that is
// not the provider's, and a clause about the program there: " across
// town that met …", " in another city, which …".
var placedElsewhere = prefilter.MustCompile(`^\s+(?:across\s+town|elsewhere|down\s+the\s+(?:street|road)|in\s+(?:another|a\s+different)\s+(?:city|town|state|county)|at\s+(?:another|a\s+different)\s+(?:center|centre|clinic|facility|provider|hospital|agency))\b,?\s+(?:that|which|where)\b`)

// coordinated returns the other programs coordinated with the last
// mention of subj before i: "IOPs and PHPs", "IOP or PHP",
// "inpatient/residential" (the same program twice is one).
func (s *sentence) coordinated(subj Subject, i int) []Subject {
	if !programSubject(subj) {
		return nil
	}
	k := -1
	for j, m := range s.mentions {
		if m.subject == subj && m.end <= i && !m.contrast {
			k = j
		}
	}
	if k < 0 {
		return nil
	}
	var out []Subject
	joined := func(a, b mention) bool {
		// "medical detox (4–8 days), residential care (30–45 days) and
		// PHP": each name with a figure of its own is its own.
		if figureInBrackets(s.lower[a.end:b.start]) {
			return false
		}
		between := coordinator(s.lower[a.end:b.start])
		// "Intensive outpatient programs (IOPs)": a name and its acronym
		// are one mention.
		if between == "" {
			return a.subject == b.subject
		}
		return between == "and" || between == "or" || between == "nor" || between == "/" || between == "&" || between == ", and" || between == ", or" ||
			between == "as well as" // "In PHP as well as IOP, patients live at home"
	}
	for d := -1; d <= 1; d += 2 {
		for a, b := k, k+d; b >= 0 && b < len(s.mentions); a, b = b, b+d {
			x, y := s.mentions[min(a, b)], s.mentions[max(a, b)]
			// (A name given as another's, "known here as comprehensive
			// outpatient care or partial hospitalization", names no
			// second program.)
			if !joined(x, y) || !programSubject(s.mentions[b].subject) || s.mentions[b].classified {
				break
			}
			if o := s.mentions[b].subject; o != subj && !contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// figureInBrackets reports a parenthesised part holding a digit.
func figureInBrackets(t string) bool {
	depth, from := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '(':
			depth++
			from = i + 1
		case c == ')':
			// ("PHP (five days a week, six hours a day) and IOP": a
			// figure in words opening the brackets is one too. "IOP (one
			// of three programs we run) and PHP" holds none.)
			if depth > 0 && bracketFigure.MatchString(t[from:i]) {
				return true
			}
			depth--
		case depth > 0 && c >= '0' && c <= '9':
			return true
		}
	}
	return false
}

// bracketFigure opens on a figure in words with its unit: "five days a
// week", "about three hours", "two to four weeks".
var bracketFigure = prefilter.MustCompile(`^\s*(?:about\s+|around\s+|usually\s+|typically\s+|roughly\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)(?:\s+(?:to|or)\s+[a-z]+)?\s+(?:days?|weeks?|hours?|evenings?|mornings?|afternoons?|nights?|months?|sessions?|minutes?)(?:\s*(?:,|;|$)|\s+(?:a|per|each|every|of|in|long|total)\b)`)

// coordinator strips what may sit between coordinated program names
// besides the conjunction: parenthesised acronyms and generic nouns
// ("programs (IOPs) and" → "and").
func coordinator(between string) string {
	var b strings.Builder
	depth := 0
	for _, r := range between {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth <= 0:
			b.WriteRune(r)
		}
	}
	var out []string
	for _, w := range strings.Fields(b.String()) {
		switch w {
		case "programs", "program", "treatment", "care", "rehab", "our", "the":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// mentionedBefore reports subj named before i in s.
func mentionedBefore(s *sentence, subj Subject, i int) bool {
	for _, m := range s.mentions {
		if m.subject == subj && m.end <= i {
			return true
		}
	}
	return false
}

// namedNext reports subj named in the sentence after s in its block.
func (st *state) namedNext(s *sentence, subj Subject) bool {
	start, end, ok := nextSpan(s)
	if !ok {
		return false
	}
	for _, m := range st.mentions[s.bi] {
		if m.start >= start && m.end <= end && m.subject == subj {
			return true
		}
	}
	return false
}

// labelProgram is the program the label of a labelled line names ("•
// Intensive outpatient (IOP) – …"), "" when the line has no such label.
func labelProgram(st *state, s *sentence) Subject {
	subj, _ := labelPrograms(st, s)
	return subj
}

// labelPrograms is labelProgram, and whether the label names a bare
// "outpatient" (which may be the section's IOP).
func labelPrograms(st *state, s *sentence) (subj Subject, weak bool) {
	label, e := s.label()
	if e == 0 || s.off != s.block.Sentences[0].Start {
		return NoSubject, false
	}
	for _, m := range st.x.terms.find(label, lowerASCII(label)) {
		// ("Coping-skills group (outpatient) — Mondays": a label
		// that files its line under outpatient care in brackets means
		// it.)
		weak = weak || m.weak && !(m.start > 0 && label[m.start-1] == '(' && m.end < len(label) && label[m.end] == ')')
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if subj != NoSubject && subj != m.subject {
			return NoSubject, weak
		}
		subj = m.subject
	}
	return subj, weak
}

// firstProgramBefore returns the first program named before i, not as a
// contrast; "" when none is.
func firstProgramBefore(s *sentence, i int) Subject {
	for _, m := range s.mentions {
		if m.end <= i && programSubject(m.subject) && !m.contrast {
			return m.subject
		}
	}
	return NoSubject
}
