package claims

import (
	"slices"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

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

// liveInSupervision keeps round-the-clock supervision said of a live-in
// level and day levels together for the live-in level alone: "Our
// residential care and our partial hospitalization track both offer
// 24-hour supervision", "our Teen Residential and Partial Hospital Unit
// gives 24-hour care". A day program sends its clients home at night,
// so the words are the live-in level's; giving them to the day level
// too put a page at odds with what a PHP is. (A denial, "Our PHP and
// IOP do not offer 24-hour supervision", names no live-in level.)
func liveInSupervision(out []Claim, from int) []Claim {
	var live []corpus.Span
	for _, c := range out[from:] {
		if c.Kind == Supervision24x7 && c.Value != nil && *c.Value && (c.Subject == Residential || c.Subject == Detox) {
			live = append(live, c.Span)
		}
	}
	if len(live) == 0 {
		return out
	}
	keep := out[:from]
	for _, c := range out[from:] {
		if c.Kind == Supervision24x7 && c.Value != nil && *c.Value && dayProgram(c.Subject) && slices.Contains(live, c.Span) {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
