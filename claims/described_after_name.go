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
			// "Standard outpatient care is lighter than IOP — usually one
			// or two hours a week": a dash after the program compared
			// with goes on about the sentence's subject.
			if pre[cut] != '(' && thanBefore(s.lower, m.start) {
				return nil
			}
			return m
		}
	}
	return nil
}

// thanBefore reports a program named at i as what something is
// compared with: "than IOP", "than standard outpatient care".
func thanBefore(lower string, i int) bool {
	for range 3 {
		w := wordBefore(lower, i)
		if w == "than" {
			return true
		}
		if !articleWords[w] && !plainCareWords[w] {
			return false
		}
		i = lastIndex(lower[:i], w)
	}
	return false
}

// plainCareWords describe a level of care as the usual kind of it.
var plainCareWords = wordSet("standard", "traditional", "regular", "conventional", "typical", "routine", "weekly", "ordinary")

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
