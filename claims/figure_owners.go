package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// Readings claimsOf asks before the sentence's own resolution of a
// figure's subject: the service a bare answer times, the level a bar is
// named for, the meeting a rate is for, a line labelled by once-a-week
// care, a program's graduates.

// soleActivity is the subject of the sentence's mentions when they all
// name one activity of no program (family sessions, a parents' group),
// "" otherwise.
func soleActivity(s *sentence) Subject {
	var out Subject
	for _, m := range s.mentions {
		if programSubject(m.subject) || m.subject == IndividualTherapy || m.subject == GroupTherapy || out != NoSubject && m.subject != out {
			return NoSubject
		}
		out = m.subject
	}
	return out
}

// alumniOfLast reports a sentence opening on a program's graduates
// (alumniOpening) with no other program named after that opening:
// "Graduates of our IOP meet weekly", not "Graduates of our PHP attend
// our IOP two evenings a week" nor "… spend 8 more weeks in IOP".
func alumniOfLast(s *sentence, q *quantity.Quantity) bool {
	loc := alumniOpening.FindStringIndex(s.lower[:q.Start])
	if loc == nil {
		return false
	}
	return !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.start >= loc[1] && programSubject(m.subject) })
}

// weeklyCareLabelled reports a line labelled by once-a-week care before
// the figure (see weeklyCareName).
//
// (Only a figure once-a-week care can be: "- Weekly therapy: 6 hours of
// group" on an IOP's page is the program's week.)
func weeklyCareLabelled(s *sentence, q *quantity.Quantity) bool {
	label, e := s.label()
	if e == 0 || e > q.Start || !weeklyCareName(lowerASCII(strings.TrimSpace(strings.TrimLeft(label, "-•* ")))) {
		return false
	}
	top := q.Max
	if !q.HasMax {
		top = q.Min
	}
	if strings.HasPrefix(strings.TrimLeft(s.lower[q.End:], " "), "of group") {
		return false
	}
	switch q.Unit {
	case quantity.Hour:
		return top <= 3
	case quantity.Minute:
		return top <= 180
	}
	return q.Per == quantity.Week && top <= 2
}

// barOwner is the level a bar is named for right before the figure that
// is the bar: "The minimum for PHP is 20 hours a week", "the floor for
// adult intensive outpatient care is 9 hours"; "" when there is none.
func barOwner(s *sentence, q *quantity.Quantity) Subject {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.end > q.Start {
			continue
		}
		if !programSubject(m.subject) || !barIsAfter.MatchString(s.lower[m.end:q.Start]) || !barForBefore.MatchString(s.lower[max(0, m.start-40):m.start]) {
			return NoSubject
		}
		return m.subject
	}
	return NoSubject
}

var (
	// barForBefore ends on a bar named for what follows: "the minimum
	// for ", "the usual floor for adult ".
	barForBefore = prefilter.MustCompile(`\b(?:minimum|floor|threshold|cutoff|cut-off|maximum|ceiling|standard)\s+for\s+(?:an?\s+|the\s+)?(?:(?:adult|adolescent|teen|standard)\s+)?$`)
	// barIsAfter runs from the level to its bar's figure: " is ", " care
	// is about ", ": ".
	barIsAfter = prefilter.MustCompile(`^\s*(?:(?:care|programs?|treatment|services)\s+)?(?:(?:is|are|sits\s+at|stands\s+at|at)\s+(?:about\s+|roughly\s+|set\s+at\s+)?|:\s*)$`)
)

// forActivityAfter opens on the one meeting a rate is for, after it: " for
// a multi-family group", " for a medication check", " for a family
// session", " for psychiatry rounds".
// (A group named by its kind only: "twice a week for a group", "every
// Saturday for a four-hour group" are the program's own.)
var forActivityAfter = prefilter.MustCompile(`^[^,]{0,40}?\bfor\s+(?:(?:a|an|the|their|your)\s+(?:(?:medication|med|nurse|family|multi-family|multifamily|parent|parents|alumni|psychiatric|progress)\s+(?:[a-z-]+\s+)?(?:group|check|check-in|session|meeting|visit|review|appointment)|(?:[a-z-]+\s+)?(?:check|check-in|visit|review))|(?:the\s+)?(?:psychiatry|psychiatric|medical|medication|physician)\s+rounds)\b`)

// programOpensClause reports a program named in the first words of the
// figure's clause, as its subject or its setting: "Our outpatient program
// meets once a week for …", "In our outpatient program, you come in …",
// "Standard outpatient clients meet …".
func programOpensClause(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	// (A line's label is no subject: "• IOP: family members join the IOP
	// once a week for a multi-family group".)
	if _, e := s.label(); e > lo && e < q.Start {
		lo = e
	}
	for _, m := range s.mentions {
		if m.start >= lo && m.start < q.Start && programSubject(m.subject) && wordCount(s.lower[lo:m.start]) <= 3 {
			return true
		}
	}
	return false
}

// askedService is the one service the question just before asks about
// when it names no program ("Is there individual therapy too?" →
// individual therapy; "Do I see a psychiatrist?" → other), "" otherwise.
func askedService(st *state) Subject {
	q := st.questionSentence
	if q == nil {
		return NoSubject
	}
	// (A program's groups are its meetings: "Is there group therapy
	// every day? Yes, five days a week" is the program's week.)
	var out Subject
	for _, m := range q.mentions {
		if programSubject(m.subject) || m.subject == GroupTherapy || out != NoSubject && m.subject != out {
			return NoSubject
		}
		out = m.subject
	}
	if out == NoSubject && hasWord(q.lower, "psychiatrist", "prescriber", "doctor", "physician", "nurse") {
		out = Other
	}
	return out
}

// bareAnswerOf reports an answer of little but its figures: "Yes, once a
// week.", "A: Yes, one session a week, 50 minutes long." (not "Yes, and
// most people stay five to seven days", which says whose).
func bareAnswerOf(s *sentence) bool {
	n := 0
	for _, w := range strings.Fields(s.masked) {
		switch strings.Trim(w, ",.;:!()") {
		case "", "yes", "no", "a", "q", "usually", "typically", "about", "roughly", "long", "each", "one", "session", "sessions", "visit", "visits":
			continue
		}
		if strings.ContainsAny(w, "0123456789#") || strings.Trim(w, "_") == "" {
			continue
		}
		n++
	}
	return n <= 1
}

// captionBelow is the meeting the next line names when s is a line of
// nothing but the figure q ("Once a week") and that line is a short
// caption opening on a meeting that is no program ("Family group for
// parents and teens"), "" otherwise: a card's figure over its caption.
func (st *state) captionBelow(s *sentence, q *quantity.Quantity) Subject {
	if strings.Trim(s.text[:q.Start], captionTrim) != "" || strings.Trim(s.text[q.End:], captionTrim) != "" || s.bi+1 >= len(st.doc.Blocks) {
		return NoSubject
	}
	// (Lines of prose or a list only: a table's cell over the next row's
	// label, "| Residential | 25–30 days |" / "| Family sessions | …", is
	// the row's.)
	next := &st.doc.Blocks[s.bi+1]
	if !captionKind(s.block) || !captionKind(next) || wordCount(next.Text) > 12 || strings.ContainsAny(next.Text, "0123456789") {
		return NoSubject
	}
	ms := st.mentions[s.bi+1]
	if len(ms) == 0 || ms[0].contrast || programSubject(ms[0].subject) || strings.TrimSpace(st.lower[s.bi+1][:ms[0].start]) != "" {
		return NoSubject
	}
	return ms[0].subject
}

// captionTrim is what may stand around a card's figure on its line.
const captionTrim = " .:;,–—-"

// captionKind reports a block a card's figure or its caption may be: a
// line of prose, a list item or a short line a text export reads as a
// heading, with no cells in it.
func captionKind(b *corpus.Block) bool {
	return (b.Kind == corpus.BlockParagraph || b.Kind == corpus.BlockListItem || b.Kind == corpus.BlockHeading) && !strings.ContainsAny(b.Text, "\t|")
}
