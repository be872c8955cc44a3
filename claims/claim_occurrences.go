package claims

import (
	"iter"
	"strings"
)

// claimOccurrences yields each place c's text stands in s.text, in
// order, and whether it is the place c's source span maps to.
func claimOccurrences(s *sentence, c *Claim) iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		for from := 0; ; {
			k := strings.Index(s.text[from:], c.Text)
			if k < 0 {
				return
			}
			at := from + k
			if !yield(at, s.block.SourceSpan(s.off+at, s.off+at+len(c.Text)) == c.Span) {
				return
			}
			from = at + 1
		}
	}
}

// claimOffset is where c stands in s.text: the place its source span
// maps to, else its first occurrence; -1 when it is not found.
func claimOffset(s *sentence, c *Claim) int {
	first := -1
	for at, own := range claimOccurrences(s, c) {
		if own {
			return at
		}
		if first < 0 {
			first = at
		}
	}
	return first
}
