package claims

import "strings"

// comparedRelativeOwner returns the program held up beside the page's
// whose relative clause holds the figure at start: "works better than
// outpatient groups that ask clients to come in 2-3 times a week" times
// the outpatient groups, not the program the sentence is about. Nil when
// the figure is not in such a clause.
func comparedRelativeOwner(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		if !m.contrast || !programSubject(m.subject) {
			return nil
		}
		between := s.lower[m.end:start]
		if len(between) > 100 || strings.ContainsAny(between, ",;:.()") {
			return nil
		}
		rel := strings.TrimLeft(between, " ")
		for _, n := range []string{"programs ", "program ", "treatment ", "care ", "services ", "groups ", "therapy ", "counseling "} {
			rel = strings.TrimPrefix(rel, n)
		}
		if !strings.HasPrefix(rel, "that ") && !strings.HasPrefix(rel, "which ") {
			return nil
		}
		pre := s.lower[max(0, m.start-30):m.start]
		if !hasWord(pre, "than", "unlike") && comparedAt(pre) < 0 {
			return nil
		}
		return m
	}
	return nil
}
