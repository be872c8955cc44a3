package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// yesNoAnswer reads a bare answer to a yes/no question: "Do I live at the
// center during IOP?" / "No." says the IOP's clients do not live at the
// center, and "Is there 24/7 supervision in the PHP?" / "No, PHP runs
// during the day only." that the PHP has none. The question's yes/no
// statement is read with the answer's value: a yes keeps it, a no turns
// it round. The claim sits on the answer's "Yes" or "No", its subject
// the program the question names. Kinds the answer states itself are
// left to the answer.
func (x *Extractor) yesNoAnswer(st *state, s *sentence, out []Claim, from int) []Claim {
	q := st.questionSentence
	if q == nil || s.answers == "" {
		return out
	}
	word, wEnd := answerWord(s.lower)
	if word == "" {
		return out
	}
	bks := boolKinds()
	for bi := range bks {
		bk := &bks[bi]
		if stated(out[from:], bk.kind) {
			continue
		}
		for _, h := range bk.Hits(q) {
			subj := h.subject
			if subj == NoSubject {
				subj = firstProgram(q)
			}
			if subj == NoSubject || !bk.Holds(subj) {
				continue
			}
			v := h.value == (word == "yes")
			c := newClaim(s, bk.kind, 0, wEnd)
			c.Subject, c.Value, c.Polarity = subj, &v, Asserted
			// "Do you offer outpatient detox? / No." answers for that
			// form of detox only.
			if bk.kind == DetoxOffered {
				if f := variantOf(q.lower, 0, len(q.lower), len(q.lower), len(q.lower)); f == "inpatient" || f == "outpatient" {
					c.Variant = f
				}
			}
			out = append(out, c)
			break
		}
	}
	return out
}

// stated reports a claim of kind k among cs.
func stated(cs []Claim, k Kind) bool {
	for i := range cs {
		if cs[i].Kind == k {
			return true
		}
	}
	return false
}

// firstProgram is the first program a sentence names, not as a contrast.
func firstProgram(s *sentence) Subject {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !m.contrast {
			return m.subject
		}
	}
	return NoSubject
}

// answerWord reads a short answer's yes or no and where it ends: "Yes.",
// "No, …", "It does not.", "We don't.", "Usually not.", "Generally no."
// A longer answer that restates the question ("No, our IOP does not
// include detox") is read as a statement of its own.
func answerWord(lower string) (string, int) {
	if w := wordAfter(lower, 0); w == "yes" || w == "no" {
		return w, strings.Index(lower, w) + len(w)
	}
	t := strings.TrimLeft(lower, " ")
	for _, a := range shortAnswers {
		if strings.HasPrefix(t, a.text) {
			rest := strings.TrimLeft(t[len(a.text):], " ")
			if rest == "" || rest[0] == '.' || rest[0] == ',' || rest[0] == ';' || rest[0] == '!' {
				return a.word, len(lower) - len(t) + len(a.text)
			}
		}
	}
	return "", 0
}

var shortAnswers = []struct{ text, word string }{
	{"it does not", "no"}, {"it doesn't", "no"}, {"it doesn’t", "no"}, {"we do not", "no"}, {"we don't", "no"},
	{"we don’t", "no"}, {"they do not", "no"}, {"they don't", "no"}, {"usually not", "no"}, {"generally no", "no"},
	{"generally not", "no"}, {"not usually", "no"}, {"it does", "yes"}, {"we do", "yes"},
	{"they do", "yes"}, {"generally yes", "yes"}, {"not at all", "no"},
	// "Do you offer detox? / Not on site. …": not where the provider is.
	{"not on site", "no"}, {"not on-site", "no"}, {"not onsite", "no"}, {"not in-house", "no"}, {"not here", "no"},
	// "Not at this location. Clients must be past …", "Not directly. If
	// you are at risk …", "Do IOPs offer detox? / Most do not."
	{"not at this location", "no"}, {"not at this site", "no"}, {"not at this clinic", "no"}, {"not at this campus", "no"},
	{"not directly", "no"}, {"most do not", "no"}, {"most don't", "no"}, {"most don’t", "no"},
}

// presupposed reports whether a question takes the figure of q as given.
// "Where do I go once I complete the 10-week IOP?" asks what follows a
// program whose length it states as known; "Do you offer a 30-day
// program?" asks whether there is one, and states nothing. Only a figure
// written into a definite description of a program ("the 8-week IOP",
// "your 12-week program") is taken as given.
func presupposed(s *sentence, q *quantity.Quantity) bool {
	// (A rate is no length: "What is the weekly alumni group?" asks
	// what the group is.)
	if !q.Adjectival || q.Per != quantity.None {
		return false
	}
	switch wordBefore(s.lower, q.Start) {
	case "the", "your", "our", "this":
	default:
		return false
	}
	return mentionAt(s, q.End) || programNouns[wordAfter(s.masked, q.End)]
}

// presupposes reports whether a figure of a question is taken as given:
// one alone, in a question that offers no choice ("How is the 8-week
// IOP different from the 12-week IOP?", "Is the 90-day program right for
// me, or should I choose the 30-day one?" set lengths side by side).
func presupposes(s *sentence) bool {
	n := 0
	for i := range s.qs {
		if presupposed(s, &s.qs[i]) {
			n++
		}
	}
	return n == 1 && !hasWord(s.lower, "or", "vs", "versus")
}

// bareYesNo reports a sentence that is nothing but "Yes." or "No.",
// the rest of its answer in the sentences after it.
func bareYesNo(lower string) bool {
	switch strings.Trim(lower, " .!") {
	case "yes", "no":
		return true
	}
	return false
}
