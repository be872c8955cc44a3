package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// pointInStay reports a span that marks a point reached during a stay,
// not its end: a wait "before" something a stay allows partway through
// (waitBefore), or a span opening the sentence with "after": "After 7 days in residential care,
// phones are returned", "After about three weeks in treatment, most
// clients are ready for a family session". When the clause it leads to
// moves the client on ("After 30 days of residential care, clients move
// to PHP", "…, most are ready for outpatient care"), or brings no
// privilege or visit of a stay's, the span is the stay's.
func pointInStay(s *sentence, q *quantity.Quantity) bool {
	if waitBefore(s.lower[q.End:]) {
		return true
	}
	// ("still in a state of detoxification 30 days into rehab", "two
	// weeks into the program": a point reached in the stay, no length.)
	if !q.Adjectival && wordAfter(s.lower, q.End) == "into" {
		k := indexFrom(s.lower, "into", q.End) + len("into")
		w := wordAfter(s.lower, k)
		switch w {
		case "the", "their", "your", "a", "his", "her", "our":
			w = wordAfter(s.lower, indexFrom(s.lower, w, k)+len(w))
		}
		if intoStayNouns[w] {
			return true
		}
	}
	pre := strings.TrimRight(s.masked[:q.Start], " ")
	// ("Residents earn weekend passes after 21 days of residential
	// care", "Residents are put on a work schedule after
	// 30 days in treatment": the point trails the clause it times.)
	if w := wordAfter(s.lower, q.End); (w == "in" || w == "of") && !q.Adjectival && (strings.HasSuffix(pre, " after") || strings.HasSuffix(pre, " after about")) {
		at := lastIndex(pre, " after")
		lo, _ := clauseBounds(s.lower, at, at)
		clause := s.lower[lo:at]
		if (midStay(clause) || workInStay(clause)) && !movesOnBetween(s, lo, at) && !hasWord(clause, "return", "returns", "back", "resume", "resumes") {
			return true
		}
	}
	if leadingWord(strings.TrimLeft(s.lower, " "), 0) != "after" {
		return false
	}
	k := strings.IndexByte(s.lower, ',')
	if k < q.End || !strings.HasSuffix(pre, "after") && !strings.HasSuffix(pre, "after about") {
		return false
	}
	switch wordAfter(s.lower, q.End) {
	case "in", "of", "at", "with":
		return midStay(s.lower[k:]) && !movesOn(s, k)
	}
	return false
}

// waitBefore reports a span followed by what a stay allows partway
// through, "before" it: "remain in treatment at least 45 days before
// their first family visit", "30 days before phone privileges". The span is
// the wait, not the stay. ("30 days before discharge" is the stay's.)
func waitBefore(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "before ") {
		return false
	}
	clause := rest[len("before "):]
	if k := strings.IndexAny(clause, ".;,:"); k >= 0 {
		clause = clause[:k]
	}
	if len(clause) > 60 {
		clause = clause[:60]
	}
	return midStay(clause) && !hasWord(clause, "discharge", "graduation", "leaving", "going")
}

// midStay reports a clause of something a stay allows or brings partway
// through: phones, visits, passes, privileges, outings, a family session.
// (Whatever else follows the span, "residents head home", "treatment
// ends", "graduation", may end the stay.)
func midStay(clause string) bool {
	return hasWord(clause, "phone", "phones", "visit", "visits", "visitors", "visiting", "pass", "passes", "privilege", "privileges",
		"outing", "outings", "invited") || strings.Contains(clause, "family session") || strings.Contains(clause, "family therapy")
}

// workInStay reports a clause giving residents work while they stay:
// "a full-time work schedule", "a part-time job". (Going back to work
// ends a day program: the caller asks that apart.)
func workInStay(clause string) bool {
	return hasWord(clause, "job", "jobs", "employment") || strings.Contains(clause, "work schedule") || strings.Contains(clause, "work assignment")
}

// movesOn reports the words of s from i on moving a client on from a
// stay: a step, a discharge, a move, or another level of care named.
func movesOn(s *sentence, i int) bool {
	return movesOnBetween(s, i, len(s.lower))
}

// movesOnBetween is movesOn over s.lower[i:j].
func movesOnBetween(s *sentence, i, j int) bool {
	t := s.lower[i:j]
	if hasWord(t, "move", "moves", "moving", "step", "steps", "stepping", "discharge", "discharged", "graduate", "graduates",
		"transition", "transitions", "leave", "leaves", "complete", "completes", "finish", "finishes", "continue", "continues",
		"join", "joins", "enter", "enters", "switch", "switches") || strings.Contains(t, "go home") || strings.Contains(t, "return home") {
		return true
	}
	for _, m := range s.mentions {
		if m.start >= i && m.end <= j && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// intoStayNouns name the stay a point is reached in: "30 days into
// treatment", "two weeks into the program".
var intoStayNouns = wordSet("treatment", "rehab", "rehabilitation", "recovery", "program", "programme", "stay", "care", "detox", "sobriety", "residential", "iop", "php")
