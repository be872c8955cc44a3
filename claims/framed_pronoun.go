package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// framedPronoun is what a pronoun stands for when a program is fronted
// as the frame before it: "In our residential program, individual
// therapy happens twice a week. In our IOP, it happens once a week." The
// "it" is what the sentence before had happen (a therapy, or something
// else that is no program), not the IOP the frame names; ok is false
// when the sentence has no such shape or the one before names no such
// thing.
func (st *state) framedPronoun(s *sentence, start int) (Subject, bool) {
	if len(s.mentions) == 0 || !strings.HasPrefix(strings.TrimLeft(s.lower, " "), "in ") {
		return NoSubject, false
	}
	m := s.mentions[0]
	if !programSubject(m.subject) || !frameBefore.MatchString(s.lower[:m.start]) {
		return NoSubject, false
	}
	// ("In our IOP, it runs for 12 weeks", "… it is held three times a
	// week for 10 weeks": a span, or a figure further on, times the
	// framed program.)
	loc := pronounAfterFrame.FindStringIndex(s.lower[m.end:])
	if loc == nil || m.end+loc[1] > start || wordCount(s.lower[m.end+loc[1]:start]) > 1 {
		return NoSubject, false
	}
	ps, pe, ok := prevSpan(s)
	if !ok {
		return NoSubject, false
	}
	subj := NoSubject
	for _, o := range st.mentions[s.bi] {
		if o.start >= ps && o.end <= pe && !o.contrast && !programSubject(o.subject) {
			subj = o.subject
		}
	}
	return subj, subj != NoSubject
}

// frameBefore is what opens a sentence up to the program it is framed
// by: "In our ", "In the evening ".
var frameBefore = prefilter.MustCompile(`^\W*in\s+(?:our|the|an?|your|their|each)\s+(?:[a-z-]+\s+){0,2}$`)

// pronounAfterFrame follows the framing program with its comma and a
// pronoun that has something happen: " program, it happens ", ", this
// takes place " (not "it runs", "it meets": said of programs).
var pronounAfterFrame = prefilter.MustCompile(`^(?:\s+(?:program|programs|track|level|setting))?\s*,\s*(?:it|this|that|they|these)\s+(?:usually\s+|typically\s+|generally\s+|only\s+)?(?:happens|happen|takes\s+place|take\s+place|occurs|occur|is\s+(?:held|offered|scheduled|provided|done)|are\s+(?:held|offered|scheduled|provided|done))\b`)
