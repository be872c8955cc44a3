package neardup

import (
	"math/rand/v2"
	"testing"
)

// The table gives every word the class the map gives it, and 0 to the
// rest, the hash 0 included.
func TestClassTable(t *testing.T) {
	m := wordClassMap()
	m[0] = classStop
	tab := newClassTable(m)
	for h, c := range m {
		if got := tab.get(h); got != c {
			t.Errorf("get(%#x) = %d, want %d", h, got, c)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 100_000 {
		h := r.Uint64()
		if got := tab.get(h); got != m[h] {
			t.Fatalf("get(%#x) = %d, want %d", h, got, m[h])
		}
	}
	if got := wordClasses.get(hashWord("the")); got != classStop {
		t.Errorf("the: class %d, want a stop word", got)
	}
	if got := wordClasses.get(hashWord("twelve")); got&classNumber == 0 {
		t.Errorf("twelve: class %d, want a number", got)
	}
	if got := wordClasses.get(hashWord("counseling")); got != 0 {
		t.Errorf("counseling: class %d, want none", got)
	}
}
