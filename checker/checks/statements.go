package checks

import (
	"maps"

	"github.com/factlint/factlint/claims"
)

// statements remembers, while one family is compared, each claim's content
// words and value key. Every variant's claims are compared with the base's
// and their words were worked out again for each pair: in a family of
// hundreds of copies of one city template that was most of template-drift's
// time (2.1 of its CPU seconds at 100,000 generated pages).
type statements struct {
	words  map[*claims.Claim]map[string]bool
	leads  map[*claims.Claim]map[string]bool
	values map[*claims.Claim]string
	// spare is the buffer a variant's base is filtered into.
	spare []*claims.Claim
}

// reset forgets the last family's claims, keeping the maps' room.
func (s *statements) reset() {
	if s.words == nil {
		s.words = map[*claims.Claim]map[string]bool{}
		s.leads = map[*claims.Claim]map[string]bool{}
		s.values = map[*claims.Claim]string{}
	}
	clear(s.words)
	clear(s.leads)
	clear(s.values)
}

func (s *statements) wordsOf(c *claims.Claim) map[string]bool {
	w, ok := s.words[c]
	if !ok {
		w, s.leads[c] = statementWords(c)
		s.words[c] = w
	}
	return w
}

// leadOf is the words of c's clause before its figure (statementWords).
func (s *statements) leadOf(c *claims.Claim) map[string]bool {
	s.wordsOf(c)
	return s.leads[c]
}

func (s *statements) value(c *claims.Claim) string {
	v, ok := s.values[c]
	if !ok {
		v = valueKey(c)
		s.values[c] = v
	}
	return v
}

// same is sameStatement, except that two bare entries of an enumeration
// (a table's "6 hours" cell in two copies of a city template) are known
// to be one statement: the claims were grouped by their fact, and a
// fact's row and column are the cell's words.
func (s *statements) same(a, b *claims.Claim) (same, known bool) {
	wa, wb := s.wordsOf(a), s.wordsOf(b)
	if len(wa) == 0 && len(wb) == 0 && a.Listed && b.Listed {
		return true, true
	}
	same, known = sameWords(wa, wb)
	// "Most programs last about 90 days, after which clients often join
	// …" and "Most programs run about 30 days, and afterward many clients
	// attend …": a spinner that reworded the tail kept the sentence's
	// lead, which is the statement.
	if !same && known && sameLead(s.leadOf(a), s.leadOf(b)) {
		return true, true
	}
	return same, known
}

// sameLead reports two leads of two or more words that are the same words.
func sameLead(a, b map[string]bool) bool {
	return len(a) >= 2 && maps.Equal(a, b)
}

// strongSame is sameStatement asking most of the words to be shared (strongSameWords).
func (s *statements) strongSame(a, b *claims.Claim) bool {
	return strongSameWords(s.wordsOf(a), s.wordsOf(b))
}
