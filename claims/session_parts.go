package claims

import (
	"math"
	"slices"
	"strings"
)

// dropSessionParts removes the parts a session's length is broken into
// after a colon, a dash or words of containing: "Each IOP day is a
// 3-hour session: 1.5 hours of skills teaching and 1.5 hours of process group",
// "a 4-hour session that includes 2 hours of …" is one session, not
// three sessions of two lengths. The parts follow the whole in the same
// sentence, are session lengths of its subject (or of a therapy or other
// part of it), and add up to it.
func dropSessionParts(s *sentence, out []Claim, from int) []Claim {
	for i := from; i < len(out); i++ {
		whole := &out[i]
		if whole.Kind != SessionLength || whole.Min == nil || whole.Max == nil || *whole.Min != *whole.Max {
			continue
		}
		at := strings.Index(s.text, whole.Text)
		if at < 0 {
			continue
		}
		rest := s.text[at+len(whole.Text):]
		sum, parts, first := 0.0, []int{}, -1
		for j := i + 1; j < len(out); j++ {
			p := &out[j]
			if p.Kind != SessionLength || p.Subject != whole.Subject && !therapySubject(p.Subject) && p.Subject != Other || p.Min == nil || p.Max == nil || *p.Min != *p.Max {
				continue
			}
			k := strings.Index(rest, p.Text)
			if k < 0 {
				continue
			}
			if first < 0 {
				first = k
			}
			sum += *p.Min
			parts = append(parts, j)
		}
		if len(parts) < 2 || math.Abs(sum-*whole.Min) > 0.01 || !partsOpen(strings.ToLower(rest[:first])) {
			continue
		}
		for n := len(parts) - 1; n >= 0; n-- {
			out = slices.Delete(out, parts[n], parts[n]+1)
		}
	}
	return out
}

// partsOpen reports the words between a whole and its first part as
// opening a list of its parts.
func partsOpen(gap string) bool {
	return strings.ContainsAny(gap, ":—–") || hasWord(gap, "includes", "including", "include", "consists of", "made up of", "divided into", "split into", "broken into", "broken up into")
}
