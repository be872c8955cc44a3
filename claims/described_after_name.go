package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// describedAfterName is the program named right before an opening bracket
// or a dash that the figure at start follows, with at most a hedge
// between ("(maybe once a week)", "— usually one session a week") or a
// bracket's relative clause of place ("(where stays run 30 days)"); nil
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
	if cut < 0 {
		return nil
	}
	if !onlyHedgeWords(pre[cut:]) {
		// ("(where IOP clients attend groups three evenings a week)": a
		// bracket naming another program's clients is theirs.)
		if pre[cut] != '(' || !bracketRelative(pre[cut+1:]) || slices.ContainsFunc(s.mentions, func(o mention) bool { return o.start > cut && o.end <= start && programSubject(o.subject) }) {
			return nil
		}
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

// bracketRelative reports a bracket opening on a short relative clause
// of place, up to the figure: "inpatient care (where you would live at
// the center" says how the care named before it runs.
func bracketRelative(t string) bool {
	t = strings.TrimLeft(t, " ")
	return (strings.HasPrefix(t, "where ") || strings.HasPrefix(t, "in which ") && !strings.HasPrefix(t, "in which case")) && wordCount(t) <= 6 && !strings.ContainsAny(t, ",;:")
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

// describedAfterContrast is the program set apart ("in contrast to",
// "unlike", "compared with") right before a participle or relative that
// the figure at start follows: "unlike day programs (PHPs), with
// about 25 hours"; nil when there is none.
// (A program a sentence steps down from, "IOP is a step down from PHP,
// offering 3 hours …", is no contrast of this kind: the participle goes
// on about the sentence's subject.)
func describedAfterContrast(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		// (The acronym in brackets after the name: the name is what is
		// set apart.)
		if i > 0 && m.start > 0 && s.lower[m.start-1] == '(' && s.mentions[i-1].subject == m.subject {
			continue
		}
		if !programSubject(m.subject) || !m.contrast || !setApartBefore.MatchString(s.lower[max(0, m.start-30):m.start]) {
			return nil
		}
		if participleToFigure.MatchString(s.lower[m.end:start]) {
			return m
		}
		return nil
	}
	return nil
}

// setApartBefore ends on words that set the program after them apart
// from the sentence's: "in contrast to ", "unlike the ", "compared with ".
var setApartBefore = prefilter.MustCompile(`\b(?:in\s+contrast\s+(?:to|with)|unlike|compared\s+(?:to|with)|as\s+opposed\s+to)\s+(?:(?:the|a|an|most|many|traditional|typical)\s+)?$`)

// participleToFigure runs from a program's name, past its acronym in
// brackets, to the figure a participle or relative gives it: "
// (PHPs), offering as many as ", ", which offer about ".
var participleToFigure = prefilter.MustCompile(`^(?:\s+(?:programs?|care|treatment|services))?(?:\s*\([^)]{1,12}\))?\s*,\s*(?:including|offering|providing|involving|with|(?:which|that)\s+(?:offers?|provides?|includes?|involves?|requires?))\s+(?:(?:up\s+to|about|around|roughly|approximately|as\s+many\s+as)\s+)?$`)
