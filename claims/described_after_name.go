package claims

import "strings"

// describedAfterName is the program named right before an opening bracket
// or a dash that the figure at start follows, with at most a hedge
// between ("(maybe once a week)", "— usually one session a week"); nil
// when there is none.
func describedAfterName(s *sentence, start int) *mention {
	pre := s.lower[:start]
	cut := -1
	if k := strings.LastIndexByte(pre, '('); k >= 0 && !strings.Contains(pre[k:], ")") {
		cut = k
	}
	for _, d := range [...]string{" — ", " – ", " - "} {
		if k := strings.LastIndex(pre, d); k > cut {
			cut = k
		}
	}
	if cut < 0 || !onlyHedgeWords(pre[cut:]) {
		return nil
	}
	name := strings.TrimRight(pre[:cut], " ")
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := &s.mentions[i]; programSubject(m.subject) && !m.weak && m.end <= len(name) && careNounsOnly(name[m.end:]) {
			return m
		}
	}
	return nil
}

// careNounsOnly reports the words after a program's name, up to the
// bracket or dash, as only nouns of care: "outpatient" + " therapy".
func careNounsOnly(t string) bool {
	for _, w := range strings.Fields(t) {
		switch w {
		case "therapy", "care", "treatment", "program", "programs", "counseling", "counselling", "sessions", "services", "hospitalization", "hospitalisation", "unit", "units", "stay", "stays", "setting":
		default:
			return false
		}
	}
	return true
}

// onlyHedgeWords reports a bracket's or dash's opening, up to the figure,
// that holds nothing but hedges: "(maybe ", " — usually ", "(".
func onlyHedgeWords(t string) bool {
	for _, w := range strings.Fields(strings.Trim(t, "(—–- ")) {
		switch w {
		case "maybe", "usually", "typically", "often", "about", "around", "roughly", "approximately", "generally", "just", "only", "perhaps", "commonly":
		default:
			return false
		}
	}
	return true
}
