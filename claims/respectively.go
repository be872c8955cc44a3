package claims

import "strings"

// programsNamed lists the program subjects s names, in order, once each.
// Contrasted programs ("unlike residential", "IOP vs PHP") count: a later
// "both programs" or "respectively" points back at them too.
func programsNamed(s *sentence) []Subject {
	var out []Subject
	for _, m := range s.mentions {
		if !programSubject(m.subject) || contains(out, m.subject) {
			continue
		}
		out = append(out, m.subject)
	}
	return out
}

// respectively pairs the claims of a "respectively" sentence that names no
// program with the programs the sentence before it named, in order:
// "PHPs run 20 hours a week and IOPs 9. Respectively, that is four hours
// over five days or three hours over three days." Each kind is paired on
// its own, and only when the counts match, since a partial pairing would
// guess.
func respectively(s *sentence, prev []Subject, cs []Claim) {
	if len(prev) < 2 || len(programsNamed(s)) > 0 || indexWord(s.lower, "respectively", 0) < 0 {
		return
	}
	byKind := map[Kind][]int{}
	var kinds []Kind
	for i := range cs {
		k := cs[i].Kind
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], i)
	}
	for _, k := range kinds {
		idx := byKind[k]
		if len(idx) != len(prev) {
			continue
		}
		for n, i := range idx {
			cs[i].Subject = prev[n]
		}
	}
}

// both gives the claims of a sentence that opens with "Both programs" and
// names no program to each of the two programs the sentence before named:
// "IOP vs PHP. Both programs offer therapy without overnight stays."
func both(s *sentence, prev []Subject, out []Claim, from int) []Claim {
	if len(prev) != 2 || len(programsNamed(s)) > 0 || !opensWithBoth(s.lower) {
		return out
	}
	n := len(out)
	for i := from; i < n; i++ {
		out[i].Subject = prev[0]
		c := out[i]
		c.Subject = prev[1]
		out = append(out, c)
	}
	return out
}

func opensWithBoth(lower string) bool {
	for _, p := range []string{"both programs", "both of these programs", "both of them", "both levels of care", "both options"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}
