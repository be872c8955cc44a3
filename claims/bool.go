package claims

import "strings"

// boolKind finds a yes/no claim in a sentence. match returns the value and
// the span of the words that said it.
type boolKind struct {
	kind  Kind
	match func(s *sentence) (value bool, start, end int, ok bool)
	// all, when set, finds every statement of the kind in the sentence
	// ("Unlike residential care, which keeps you on-site, our IOP lets
	// you sleep at home" states one for each program).
	all func(s *sentence) []boolHit
	// offers says which subjects can hold the property: programs, not
	// therapy modalities inside them.
	offers func(Subject) bool
}

var boolKinds = []boolKind{
	{DetoxOffered, matchDetox, nil, programSubject},
	{LivesAtHome, matchLivesAtHome, livesAtHomeHits, programSubject},
	{Supervision24x7, matchSupervision, nil, programSubject},
}

// cue is a phrase that decides a boolean claim; neg says the phrase itself
// denies it ("lack of").
type cue struct {
	text string
	neg  bool
}

// negated reports whether a negator governs the words at i: one of the
// six words before them in the same clause ("does not offer", "are
// unable to provide", "rarely include", "no longer require"), or a
// negating contraction. A clause break (comma, semicolon, "but") ends its
// scope: "we do not judge, and we offer detox" offers detox.
func negated(lower string, i int) bool {
	j := i
	for n := 0; n < 6 && j > 0; n++ {
		w := wordBefore(lower, j)
		if w == "" {
			break
		}
		// "providers—without requiring": a dash glued between words.
		if k := strings.LastIndex(w, "—"); k >= 0 {
			w = w[k+len("—"):]
		} else if k := strings.LastIndex(w, "–"); k >= 0 {
			w = w[k+len("–"):]
		}
		if negatorWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		// "don't" reads as "don" + "'" + "t" to wordBefore.
		if k := strings.LastIndex(lower[:j], w); w == "t" && k > 0 && (strings.HasSuffix(lower[:k], "n'") || strings.HasSuffix(lower[:k], "n’")) {
			return true
		}
		if w == "but" || w == "and" && n > 1 {
			break
		}
		k := strings.LastIndex(lower[:j], w)
		if k < 0 {
			break
		}
		j = k
		if p := strings.TrimRight(lower[:j], " "); strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") || strings.HasSuffix(p, ":") {
			break
		}
	}
	return false
}

// negatorWords deny what follows them within their clause.
var negatorWords = wordSet("not", "no", "never", "without", "cannot", "nor", "neither", "lack", "lacks", "lacking",
	"absence", "unable", "rarely", "seldom", "instead", "unavailable", "except", "alternative", "minus")

// findCue returns the first cue found in lower and its position.
func findCue(lower string, cues []cue) (cue, int, bool) {
	best, at := cue{}, -1
	for _, c := range cues {
		if i := indexWord(lower, c.text, 0); i >= 0 && (at < 0 || i < at) {
			best, at = c, i
		}
	}
	return best, at, at >= 0
}

// findLastCue returns the cue nearest the end of lower.
func findLastCue(lower string, cues []cue) (cue, int, bool) {
	best, at := cue{}, -1
	for _, c := range cues {
		for from := 0; ; {
			i := indexWord(lower, c.text, from)
			if i < 0 {
				break
			}
			if i > at {
				best, at = c, i
			}
			from = i + 1
		}
	}
	return best, at, at >= 0
}

// spanAround widens [a, b) to cover [c, d).
func spanAround(a, b, c, d int) (int, int) {
	return min(a, c), max(b, d)
}

// boolHit is one yes/no statement found in a sentence.
type boolHit struct {
	value      bool
	start, end int
}

// hits returns every statement of the kind in s.
func (bk *boolKind) hits(s *sentence) []boolHit {
	if bk.all != nil {
		return bk.all(s)
	}
	if v, start, end, ok := bk.match(s); ok {
		return []boolHit{{v, start, end}}
	}
	return nil
}
