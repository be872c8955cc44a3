package claims

import "github.com/factlint/factlint/internal/prefilter"

// facilityStay is a stay at some facility named as a thing one might do,
// by a gerund or a noun and an indefinite article: "staying at a
// treatment center", "living at a rehab facility", "a stay in a
// hospital".
var facilityStay = prefilter.MustCompile(`\b(?:living|staying|residing|sleeping|a\s+stay|an\s+overnight\s+stay)\s+(?:at|in)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:center|centre|facility|hospital|rehab)\b`)

// facilityStayOfResidential gives residential care the claims a
// sentence naming no program makes of a stay at some facility, which the
// page's day program would otherwise take: "As for school, staying at a
// treatment center for about 30 days makes classes hard to finish" on a
// page about IOP says what living in is like, and how long it lasts, of
// the care clients live in, not of the IOP. Its no to living at home and
// a length in the same clause after the phrase are moved.
func facilityStayOfResidential(s *sentence, cs []Claim, from int) {
	if len(cs) == from || namesProgram(s) || !s.containsAny("living", "staying", "residing", "sleeping", "stay") {
		return
	}
	loc := facilityStay.FindStringIndex(s.lower)
	if loc == nil {
		return
	}
	_, hi := clauseBounds(s.lower, loc[0], loc[1])
	at := s.block.Span.Start + s.off
	for i := from; i < len(cs); i++ {
		c := &cs[i]
		i0 := startIn(c, at)
		if !dayProgram(c.Subject) || i0 < 0 {
			continue
		}
		switch {
		case c.Kind == LivesAtHome && c.Value != nil && !*c.Value && i0 >= loc[0] && i0 < loc[1]:
			c.Subject = Residential
		case c.Kind == ProgramLength && i0 >= loc[1] && i0 < hi:
			c.Subject = Residential
		}
	}
}
