package claims

import "github.com/factlint/factlint/internal/prefilter"

// madeOfParts is a program said to be made of the parts named after it:
// " is made up of ", " consists of ", " is comprised of ".
var madeOfParts = prefilter.MustCompile(`\b(?:(?:is|are)\s+)?(?:made\s+up\s+of|comprised\s+of|composed\s+of|consists\s+of|consist\s+of|combines)\b`)

// wholeOfParts gives a program's length said before the parts it is made
// of to the whole, not to detox, the first part: "Our 30 day treatment
// program is made up of detox and rehabilitation" lasts 30 days, detox a
// few of them. The whole is the live-in or day level named among the
// parts ("detox followed by residential rehab"), else no level (other).
func wholeOfParts(s *sentence, out []Claim, from int) {
	if len(out) == from || !s.containsAny("made up", "comprised", "composed", "consist", "combines") {
		return
	}
	loc := madeOfParts.FindStringIndex(s.lower)
	if loc == nil {
		return
	}
	detoxAfter, whole := false, Subject(Other)
	for _, m := range s.mentions {
		// ("Detox lasts 5 days and consists of medication and rest": the
		// whole is detox, named before.)
		if m.start < loc[0] && m.subject == Detox {
			return
		}
		if m.start < loc[1] {
			continue
		}
		switch {
		case m.subject == Detox:
			detoxAfter = true
		case programSubject(m.subject) && whole == Other:
			whole = m.subject
		}
	}
	if !detoxAfter {
		return
	}
	at := s.block.Span.Start + s.off
	for i := from; i < len(out); i++ {
		c := &out[i]
		if k := startIn(c, at); c.Kind == ProgramLength && c.Subject == Detox && k >= 0 && k < loc[0] {
			c.Subject = whole
		}
	}
}
