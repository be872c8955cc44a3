package neardup

import (
	"math/rand/v2"
	"testing"
)

// pairSet answers as a map would, through growth, for pairs given either
// way round.
func TestPairSet(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var s pairSet
	seen := map[[2]int32]bool{}
	for range 300_000 {
		a, b := int32(r.IntN(2000)), int32(r.IntN(2000))
		if a == b {
			continue
		}
		k := [2]int32{min(a, b), max(a, b)}
		if got, want := s.add(pairKey(a, b)), !seen[k]; got != want {
			t.Fatalf("add(%d, %d) = %v, want %v", a, b, got, want)
		}
		seen[k] = true
	}
	if s.n != len(seen) {
		t.Errorf("%d pairs held, want %d", s.n, len(seen))
	}
}
