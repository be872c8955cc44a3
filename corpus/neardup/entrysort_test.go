package neardup

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The radix placement must give the comparison sort's order exactly: the
// scan's order of buckets and pages decides the families.
func TestEntrySorterOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s entrySorter
	for _, tc := range []struct {
		name string
		n    int
		key  func(i int) uint64
	}{
		{"few", 100, func(int) uint64 { return r.Uint64() }},
		{"hashes", 50_000, func(int) uint64 { return r.Uint64() }},
		// A band's stock phrase: thousands of pages in one bucket.
		{"one big bucket", 20_000, func(i int) uint64 {
			if i%3 == 0 {
				return 0x9e3779b97f4a7c15
			}
			return r.Uint64()
		}},
		// Buckets of a few pages, and keys equal in their top bits only.
		{"small buckets", 30_000, func(int) uint64 { return uint64(r.IntN(8000))<<40 | uint64(r.IntN(3)) }},
		// Place slots: a hash in the top half, a constant below.
		{"slot keys", 30_000, func(int) uint64 { return uint64(r.Uint32N(5000))<<32 | 0x5107 }},
	} {
		entries := make([]bandEntry, tc.n)
		for i := range entries {
			entries[i] = bandEntry{key: tc.key(i), sub: r.Uint32N(4), pos: int32(r.IntN(tc.n))}
		}
		want := slices.Clone(entries)
		slices.SortFunc(want, compareEntries)
		s.sort(entries)
		if !slices.Equal(entries, want) {
			t.Errorf("%s: order differs from the comparison sort", tc.name)
		}
	}
}
