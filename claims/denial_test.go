package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDenialLastNeverRulesOutADenial: the last words declared for
// denialBefore (EndsOnWord) spare it the texts it cannot match, so the
// filtered expression must match every text the plain one does, here the
// expression's own phrasings and random strings of its words.
func TestDenialLastNeverRulesOutADenial(t *testing.T) {
	texts := []string{
		"we do not offer ", "we don't provide any ", "they don’t run a ",
		"the clinic does not currently operate an ", "we do not have medically supervised ",
		"we don't offer medical ", "there is no ", "no  ", "we do not offer\t",
		"we do not offer", "we do not offer any", "piano ", "notoffer ", "we do not offers ",
	}
	words := []string{"we", "do", "not", "don't", "n’t", "currently", "offer", "provide", "run", "have",
		"operate", "any", "a", "an", "medical", "medically", "supervised", "no", "x", "the", "offers", "nno"}
	seps := []string{" ", "  ", "\t", ", ", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := 1 + r.IntN(7); n > 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, x := range texts {
		if !denialBefore.Regexp.MatchString(x) {
			continue
		}
		matched++
		if !denialBefore.MatchString(x) {
			t.Errorf("denialBefore matches %q, but its last words rule it out", x)
		}
	}
	if matched < 100 {
		t.Fatalf("only %d texts matched: the test reaches too few denials", matched)
	}
}
