package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
)

// itemUnderFigure reads a card whose first line is a figure alone and
// whose next line names what meets that often: "One time per week" /
// "Family group for parents and teens together" is the family
// group's schedule, not the page's program's. It returns the subject the
// line names (a therapy, or Other for a meeting of its own) and false when
// s is no such figure or the next line names no meeting.
func (st *state) itemUnderFigure(s *sentence, cs []Claim) (Subject, bool) {
	b := s.block
	if len(cs) == 0 || s.bi+1 >= len(st.doc.Blocks) || !figureOnly(s.lower, cs) {
		return "", false
	}
	// (Entries of a list or cells of a table are items side by side: "-
	// 3 to 5 sessions per week" / "- Each session lasts 2 to 4 hours".)
	if k, n := b.Kind, st.doc.Blocks[s.bi+1].Kind; k == corpus.BlockListItem || n == corpus.BlockListItem || k == corpus.BlockTableCell || n == corpus.BlockTableCell {
		return "", false
	}
	for _, c := range cs {
		if c.Kind != DaysPerWeek {
			return "", false
		}
	}
	next := st.lower[s.bi+1]
	words := strings.Fields(next)
	if len(words) == 0 || len(words) > 12 {
		return "", false
	}
	for _, m := range st.mentions[s.bi+1] {
		if programSubject(m.subject) && !m.contrast {
			return "", false
		}
	}
	for _, m := range st.mentions[s.bi+1] {
		if therapySubject(m.subject) {
			return m.subject, true
		}
	}
	// A meeting named with a word before it ("Multi-family group",
	// "Relapse prevention class"), not a sentence about groups ("Groups
	// meet after school").
	for i := 1; i < min(4, len(words)); i++ {
		if cardMeetings[strings.Trim(words[i], "(),.:;")] {
			return Other, true
		}
	}
	return "", false
}

// figureOnly reports a line that is its claims' figures and little else:
// "One time per week", "3x weekly".
func figureOnly(lower string, cs []Claim) bool {
	rest := lower
	for _, c := range cs {
		rest = strings.Replace(rest, lowerASCII(c.Text), " ", 1)
	}
	return len(strings.Fields(strings.Trim(rest, " .:;–-"))) == 0
}

var cardMeetings = wordSet("group", "groups", "session", "sessions", "meeting", "meetings", "class", "classes", "visit", "visits", "check-in", "check-ins", "workshop", "workshops")
