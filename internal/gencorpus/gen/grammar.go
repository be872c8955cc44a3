package gen

import (
	"math/rand/v2"
	"strings"
)

// choose expands every "[a|b|c]" in s to one alternative. Brackets do not
// nest; "{slot}" names are left for fill, so that a family can fix its
// wording once and still vary place names and facts per member.
func choose(r *rand.Rand, s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			panic("gen: unbalanced [ in grammar: " + s)
		}
		b.WriteString(s[:i])
		b.WriteString(pickAlt(r, s[i+1:i+j]))
		s = s[i+j+1:]
	}
}

// pickAlt picks one |-separated alternative without allocating a slice;
// grammars are expanded hundreds of times per page.
func pickAlt(r *rand.Rand, alts string) string {
	k := strings.Count(alts, "|") + 1
	n := r.IntN(k)
	for ; n > 0; n-- {
		alts = alts[strings.IndexByte(alts, '|')+1:]
	}
	if e := strings.IndexByte(alts, '|'); e >= 0 {
		return alts[:e]
	}
	return alts
}

// fill replaces each "{name}" with vars(name).
func fill(s string, vars func(string) string) string {
	if strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 32)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic("gen: unbalanced { in text: " + s)
		}
		b.WriteString(s[:i])
		b.WriteString(vars(s[i+1 : i+j]))
		s = s[i+j+1:]
	}
}

// Marks bracket text whose line truth.json must report. They are control
// bytes that never occur in generated prose, and the page writer strips
// them while counting lines, so line numbers are exact by construction.
const (
	markStart = '\x1e'
	markEnd   = '\x1f'
)

func mark(id byte, text string) string {
	return string([]byte{markStart, id}) + text + string(markEnd)
}

// vary picks a word from the synonym group of every eligible word, giving
// unrelated pages of one topic different wording where a grammar has
// fixed words; a family's base is varied once, its members then spun.
func vary(r *rand.Rand, s string) string {
	out, _ := spin(r, s, 1)
	return out
}

// spin swaps words found in the synonym table with probability p, the way
// article spinners reword syndicated copy. Slots are skipped so place
// names and facts survive. It returns the new text and the swap count.
func spin(r *rand.Rand, s string, p float64) (string, int) {
	var b strings.Builder
	b.Grow(len(s) + 16)
	swaps := 0
	depth := 0
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '{':
			depth++
		case c == '}':
			depth--
		case depth == 0 && isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			w := s[i:j]
			if alts, ok := synonymIndex[strings.ToLower(w)]; ok && r.Float64() < p {
				repl := alts[r.IntN(len(alts))]
				if p >= 1 {
					// Varying, not spinning: the word itself is one of the choices.
					if k := r.IntN(len(alts) + 1); k < len(alts) {
						repl = alts[k]
					} else {
						repl = strings.ToLower(w)
					}
				}
				if w[0] >= 'A' && w[0] <= 'Z' {
					repl = strings.ToUpper(repl[:1]) + repl[1:]
				}
				b.WriteString(repl)
				swaps++
			} else {
				b.WriteString(w)
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), swaps
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// shuffled returns a permutation of 0..n-1.
func shuffled(r *rand.Rand, n int) []int { return r.Perm(n) }
