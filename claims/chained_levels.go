package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// chainBack gives the figures of a sentence that names no program, and
// runs "from A, to B, to C" back over the levels the sentence before
// named, each its level in order: "We run a PHP, an IOP and weekly
// counseling. They vary from five days a week, to three evenings a week,
// to one hour a week." Only a sentence that opens by pointing back
// ("These", "They", "The three levels") and holds exactly one figure a
// level, each joined to the next by "to", is read so.
func chainBack(s *sentence, prev []Subject, cs []Claim) {
	if len(prev) < 2 || len(cs) != len(prev) || !chainOpens.MatchString(s.lower) {
		return
	}
	at := s.block.Span.Start + s.off
	for i := range cs {
		if cs[i].Value != nil {
			return
		}
		a := startIn(&cs[i], at)
		if a < 0 || a > len(s.lower) {
			return
		}
		if i == 0 {
			if !strings.HasSuffix(strings.TrimRight(s.lower[:a], " "), "from") && !strings.HasPrefix(s.lower[a:], "from ") {
				return
			}
			continue
		}
		e := cs[i-1].Span.End - at
		if e < 0 || e > a || !chainLink.MatchString(s.lower[e:a]) {
			return
		}
	}
	for i := range cs {
		cs[i].Subject = prev[i]
	}
}

// chainOpens opens a sentence on the levels the one before named: "These
// range", "They vary", "The three levels run".
var chainOpens = prefilter.MustCompile(`^\W*(?:these|they|those|the\s+(?:two|three|four|levels|programs|options)(?:\s+(?:levels|programs|options))?)\s+(?:range|ranges|vary|varies|run|runs|go|span|differ)\b`)

// chainLink joins one figure of a chain to the next: ", to ", " to ",
// ", and to ", ", and finally to ".
var chainLink = prefilter.MustCompile(`^\s*,?\s*(?:and\s+)?(?:then\s+|finally\s+)?(?:down\s+|up\s+)?to\s+(?:about\s+|roughly\s+|around\s+|just\s+)?$`)

// programsLastNamed appends to out the program subjects s names, once
// each, in the order of the last mention of each.
func programsLastNamed(s *sentence, out []Subject) []Subject {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if !programSubject(m.subject) || m.classified || contains(out, m.subject) {
			continue
		}
		out = append(out, m.subject)
	}
	slices.Reverse(out)
	return out
}
