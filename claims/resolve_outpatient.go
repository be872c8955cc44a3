package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// strongBefore returns, for a bare "outpatient" mention, the program the
// sentence names before it: in "An intensive outpatient program (IOP) is
// a form of outpatient care offering …" the outpatient care
// is the IOP, not another program. It returns nil for any other mention.
func strongBefore(s *sentence, m *mention) *mention {
	if !m.weak {
		return nil
	}
	// "from PHP … to intensive outpatient … and finally to outpatient
	// counseling once a week": the level stepped down to is outpatient
	// care of its own.
	if w := wordBefore(s.lower, m.start); w == "to" || w == "into" {
		switch wordBefore(s.lower, lastIndex(s.lower[:m.start], w)) {
		case "down", "finally", "then", "on", "move", "moves", "moving", "transition", "transitions", "transitioning", "continue", "continues":
			return nil
		}
	}
	// "IOPs give 9 to 19 hours a week, and outpatient care gives fewer
	// than 9", "…, while outpatient treatment means under nine hours":
	// outpatient care opening a clause of its own set beside the other
	// level is standard outpatient care.
	if clauseOpensOn(s.lower, *m) {
		return nil
	}
	var out *mention
	for i := range s.mentions {
		o := &s.mentions[i]
		if o.start >= m.start {
			break
		}
		// (Not across a semicolon: "Our residential program is only
		// the start; most graduates then see an outpatient counselor".)
		if programSubject(o.subject) && o.subject != Detox && !o.weak && !o.contrast && !strings.Contains(s.lower[o.end:m.start], ";") {
			out = o
		}
	}
	return out
}

// joinedLevels reports the words between two programs' names as only
// what joins them: "IOP nor our outpatient program", "PHP, IOP or
// outpatient care".
func joinedLevels(gap string) bool {
	t := strings.TrimLeft(gap, " ")
	t = strings.TrimPrefix(t, ",")
	t = strings.TrimLeft(t, " ")
	w := firstWord(t)
	switch w {
	case "and", "or", "nor":
		t = strings.TrimLeft(t[len(w):], " ")
	default:
		if len(t) == len(strings.TrimLeft(gap, " ")) {
			return false // no comma, no joining word
		}
	}
	switch firstWord(t) {
	case "our", "the", "an", "a", "its", "their":
		t = strings.TrimLeft(t[len(firstWord(t)):], " ")
	}
	return t == ""
}

// clauseOpensOn reports a mention opening a clause set beside the one
// before: after "while", "whereas" or ", and" (past an article).
// ("… isn't a residential program but outpatient care", "…, and
// outpatient treatment here meets 9 hours": the program itself, named
// again.)
func clauseOpensOn(lower string, m mention) bool {
	for w := range wordsAfter(lower, m.end, 3) {
		if w == "here" || w == "itself" || w == "this" {
			return false
		}
	}
	w, k := wordBeforeArticle(lower, m.start)
	switch w {
	case "while", "whereas":
		return true
	case "and":
		return strings.HasSuffix(strings.TrimRight(lower[:lastIndex(lower[:k], "and")], " "), ",")
	}
	return false
}

// opensSentence reports a mention with at most a determiner before it in
// its sentence ("Outpatient care …", "Our outpatient program …",
// "- Outpatient: …").
func opensSentence(lower string, i int) bool {
	pre := strings.Trim(lower[:i], " -–—•*:")
	switch pre {
	case "", "our", "the", "an", "a", "in", "for":
		return true
	}
	return false
}

// ownUnderHeading reports "our" right before the weak mention m, in a
// section whose heading names the program spoken of last.
func ownUnderHeading(st *state, s *sentence, m *mention) bool {
	return strings.Trim(s.lower[:m.start], " -–—•*:") == "our" && st.section == st.last
}

// movedToOutpatient is a bare "outpatient" moved to right before the figure
// at start: "then to outpatient treatment once a week", "and later to
// outpatient sessions twice a month".
func movedToOutpatient(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		if m.subject != OP {
			return nil
		}
		between := strings.TrimSpace(s.lower[m.end:start])
		// ("outpatient treatment (sessions, counselling) once a week".)
		if a, b := strings.IndexByte(between, '('), strings.LastIndexByte(between, ')'); a > 0 && b == len(between)-1 {
			between = strings.TrimSpace(between[:a])
		}
		// ("move on to our outpatient track, running twice a
		// week": what the program moved to does, said after a comma.)
		if loc := participleAfterComma.FindStringIndex(between); loc != nil {
			between = strings.TrimSpace(between[:loc[0]])
		}
		// ("outpatient care with a session or two each week".)
		if t, ok := strings.CutSuffix(between, "with"); ok {
			between = strings.TrimSpace(t)
			if between == "" {
				between = "care"
			}
		}
		switch between {
		case "treatment", "sessions", "session", "care", "counseling", "counselling", "psychotherapy", "therapy", "visits", "appointments", "program", "services":
		default:
			return nil
		}
		k := backOver(s.lower, m.start, 2, outpatientModifiers)
		// ("Graduates of the IOP remain in outpatient care with a
		// session or two each week": the care stayed in after it.)
		// (Not when the program is named after the figure: "… with three
		// sessions a week in our IOP".)
		if w := wordBefore(s.lower, k); w == "in" || w == "with" {
			switch wordBefore(s.lower, lastIndex(s.lower[:k], w)) {
			case "continue", "continues", "continuing", "remain", "remains", "stay", "stays":
				if !programAfter(s, start) {
					return m
				}
			}
			return nil
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "then", "down", "on", "later", "finally", "eventually", "move", "moves", "transition", "transitions", "step", "steps":
			return m
		}
		return nil
	}
	return nil
}

// participleAfterComma ends what is said of care on a comma and a verb
// of meeting: ", meeting", ", which meets", ", held".
var participleAfterComma = prefilter.MustCompile(`,\s*(?:meeting|meets|held|running|(?:which|that)\s+(?:meets|runs|is\s+held))\b[^,;.]*$`)

// programAfter reports a program other than outpatient care named from i
// on.
func programAfter(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start >= i && programSubject(m.subject) && m.subject != OP && !m.contrast {
			return true
		}
	}
	return false
}

var outpatientModifiers = wordSet("our", "the", "standard", "weekly", "regular", "traditional", "general")

// predicateOfProgram reports a bare "outpatient" said of a program named
// before it: "An intensive outpatient program (IOP) is the most
// demanding outpatient option": the kind of care the IOP is, no program
// of its own.
func predicateOfProgram(s *sentence, weak mention) bool {
	for _, m := range s.mentions {
		if m.end > weak.start {
			break
		}
		// ("Detox is the first step before outpatient therapy": another
		// program, the next one.)
		if between := s.lower[m.end:weak.start]; !m.weak && !m.contrast && programSubject(m.subject) && m.subject != weak.subject && copulaBefore.MatchString(between) &&
			!hasWord(between, "before", "after", "than", "into", "to", "from", "of") {
			return true
		}
	}
	return false
}

// kindOfCare reports "outpatient therapy" said of a program named before
// it: "Our IOP is outpatient therapy at its most structured", "IOP is a
// form of outpatient therapy"; or "intensive outpatient" care another
// program gives (careGivenAs). It names the kind of care the program is,
// no program of its own.
func kindOfCare(s *sentence, m mention) bool {
	if m.subject == IOP && strings.HasPrefix(s.lower[m.start:m.end], "intensive") {
		return careGivenAs(s, m)
	}
	if m.subject != OP || s.lower[m.start:m.end] != "outpatient therapy" {
		return false
	}
	return programJoinedBefore(s, m, kindOfBetween)
}

// programJoinedBefore reports a program other than m's named before it,
// joined to it by what joined matches in between: "IOP is a form of ",
// "PHPs provide ".
func programJoinedBefore(s *sentence, m mention, joined *prefilter.Regexp) bool {
	for _, o := range s.mentions {
		if o.end > m.start {
			break
		}
		if programSubject(o.subject) && o.subject != m.subject && joined.MatchString(s.lower[o.end:m.start]) {
			return true
		}
	}
	return false
}

// careGivenAs reports "intensive outpatient" care that another program,
// the sentence's subject, is said to give: "PHPs provide intensive
// outpatient treatment five days a week", "Our day program offers
// intensive outpatient services". The words describe how the program
// runs, and name no IOP. ("Our PHP offers IOP as a step down" names
// one.)
func careGivenAs(s *sentence, m mention) bool {
	name := s.lower[m.start:m.end]
	// (A word of what is treated may come first: "intensive outpatient
	// addiction treatment".)
	next, _ := wordAfterPast(s.lower, m.end, treatedWords)
	if !givenCare[next] && !givenCare[name[strings.LastIndexByte(name, ' ')+1:]] {
		return false
	}
	return programJoinedBefore(s, m, givesBetween)
}

// givenCare name care by what is given, not a program: "treatment",
// "services".
var givenCare = wordSet("treatment", "care", "services", "therapy", "programming", "support", "counseling", "counselling")

// treatedWords say what care treats: "addiction treatment", "mental
// health services".
var treatedWords = wordSet("addiction", "substance", "drug", "alcohol", "behavioral", "behavioural", "psychiatric", "mental", "recovery", "dual-diagnosis")

// givesBetween joins a program to care it gives: " (PHPs) provide ",
// " also offers highly structured ".
var givesBetween = prefilter.MustCompile(`^\)?\s*(?:\([^)]*\)\s*)?(?:programs?\s+)?(?:also\s+)?(?:provide|provides|offer|offers|deliver|delivers|give|gives)\s+(?:an?\s+|the\s+)?(?:(?:highly|more|very|structured|comprehensive)\s+)?$`)

var kindOfBetween = prefilter.MustCompile(`^\)?\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:(?:a|an|one)\s+(?:form|type|kind|level|mode)\s+of\s+)?$`)

// copulaBefore joins a program to what it is said to be: " (IOP) is the
// most demanding ", " is a ".
var copulaBefore = prefilter.MustCompile(`^\)?\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$`)

// programOfItsOwn reports a bare "outpatient" naming one program that a
// relative clause goes on to describe: "an outpatient program that met
// three hours at a time".
func programOfItsOwn(lower string, m mention) bool {
	if w := wordBefore(lower, m.start); w != "an" && w != "a" {
		return false
	}
	rest := strings.TrimLeft(lower[m.end:], " ")
	for _, n := range []string{"program ", "programme ", "group ", "clinic "} {
		if r, ok := strings.CutPrefix(rest, n); ok {
			w := leadingWord(strings.TrimLeft(r, " "), 0)
			return w == "that" || w == "which"
		}
	}
	return false
}

// levelPerLine reports a bare "outpatient" that a labelled line names as
// its level, right after its label, when the line before named a level
// plainly in the same place: "Week 3–10: Intensive outpatient, 3 hours a
// day" / "Week 11 and beyond: Outpatient, 1 hour a week" steps down to
// outpatient care, not back to the IOP.
func (st *state) levelPerLine(s *sentence, m mention) bool {
	// (Phase labels hold figures, "Week 11 and beyond:", which
	// labelSplit does not take as labels: the colon alone marks it.)
	c := strings.LastIndexByte(s.lower[:m.start], ':')
	if c <= 0 || s.bi == 0 || strings.Trim(s.lower[c+1:m.start], " ") != "" || strings.ContainsAny(s.lower[:c], ".;") {
		return false
	}
	// (A phase's label, "Week 11 and beyond:", "Phase 3:"; not an
	// attribute's, "Setting: Outpatient", "Care type: Outpatient", which
	// says what the program above is.)
	if !strings.ContainsAny(s.lower[:c], "0123456789") && !hasWord(s.lower[:c], "phase", "stage", "step", "week", "weeks", "month", "months", "then", "next", "finally", "after") {
		return false
	}
	if rest := strings.TrimLeft(s.lower[m.end:], " "); !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return false
	}
	prev := st.lower[s.bi-1]
	k := strings.IndexByte(prev, ':')
	if k < 0 {
		return false
	}
	for _, o := range st.mentions[s.bi-1] {
		if o.start > k && programSubject(o.subject) && !o.weak && strings.Trim(prev[k+1:o.start], " ") == "" {
			return true
		}
	}
	return false
}
