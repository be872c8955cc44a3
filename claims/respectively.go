package claims

import "strings"

// programsNamed appends to out the program subjects s names, in order,
// once each. Contrasted programs ("unlike residential", "IOP vs PHP")
// count: a later "both programs" or "respectively" points back at them too.
func programsNamed(s *sentence, out []Subject) []Subject {
	for _, m := range s.mentions {
		if !programSubject(m.subject) || contains(out, m.subject) {
			continue
		}
		out = append(out, m.subject)
	}
	return out
}

// pointBack gives the claims out[from:] of a sentence that names no program
// to the programs prev the sentence before it named, where the sentence
// points back at them.
func pointBack(s *sentence, prev []Subject, out []Claim, from int) []Claim {
	respectively(s, prev, out[from:])
	return both(s, prev, out, from)
}

// respectively pairs the claims of a "respectively" sentence with the programs the sentence before it named, in order:
// "PHPs run 20 hours a week and IOPs 9. Respectively, that is four hours
// over five days or three hours over three days." Each kind is paired on
// its own, and only when the counts match, since a partial pairing would
// guess.
func respectively(s *sentence, prev []Subject, cs []Claim) {
	if len(prev) < 2 || indexWord(s.lower, "respectively", 0) < 0 {
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

// both gives the claims of a sentence that opens with "Both programs" to
// each of the two programs the sentence before named:
// "IOP vs PHP. Both programs offer therapy without overnight stays."
func both(s *sentence, prev []Subject, out []Claim, from int) []Claim {
	if len(prev) != 2 || !opensWithBoth(s.lower) {
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
