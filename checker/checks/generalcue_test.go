package checks

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestGeneralisingMatchesRegexp checks the ASCII fast path against
// generalCue on sentences built from the cue words, their neighbours
// (prefixes, suffixes, other cases) and separators.
func TestGeneralisingMatchesRegexp(t *testing.T) {
	pieces := []string{"typically", "Typically", "TYPICALLY", "atypically", "usually", "usual",
		"in general", "In  general", "in-general", "on average", "the average", "theaverage",
		"most", "Most", "almost", "mostly", "many", "manyfold", "IOPs", "iops", "IOP", "PHPs",
		"the", "The", "typical", "customary", "programs", "program", "programs_", "_most", "centers", "centres", "center", "facilities",
		"often", "oftentimes", "commonly", "normally", "generally", "clients", "attend", "9",
		"hours", "a", "week", "We", "our", "IOP", "ſ", "é", "\u212a"}
	seps := []string{" ", "", ", ", ". ", "-", "'", "(", ")", "\n", "_", "1"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		s := b.String()
		if got, want := generalising(s), generalCue.MatchString(s); got != want {
			t.Fatalf("generalising(%q) = %v, the expression says %v", s, got, want)
		}
		if _, ok := asciiWordMatch(s, generalCues); ok != !strings.ContainsAny(s, "ſé\u212a") {
			t.Fatalf("asciiWordMatch(%q): fast path taken = %v", s, ok)
		}
	}
}
