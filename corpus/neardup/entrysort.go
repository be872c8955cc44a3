package neardup

import (
	"cmp"
	"math/bits"
	"slices"
)

// entrySorter orders a band's entries by key, then sub, then pos: the
// order the scan meets buckets and their pages in, which decides the
// families. Band keys are hashes, spread evenly over their range, so the
// entries are first placed by the top bits of their key in one counting
// pass, and each run of equal top bits (one or two entries on average)
// is then sorted alone. Every band is sorted before any of its pairs is
// judged, on one core: over 100,000 pages and 81 bands a comparison sort
// of the whole band took 0.9 s of clustering's 8.
type entrySorter struct {
	buf   []bandEntry
	count []int32
}

// Below radixMinEntries a comparison sort is as quick; runs longer than
// insertionMax (a bucket of many pages sharing one band) are sorted by
// comparison too.
const (
	radixMinEntries = 1024
	radixMaxBits    = 16
	insertionMax    = 16
)

func (s *entrySorter) sort(entries []bandEntry) {
	n := len(entries)
	if n < radixMinEntries {
		slices.SortFunc(entries, compareEntries)
		return
	}
	shift := 64 - min(bits.Len(uint(n)), radixMaxBits)
	runs := 1 << (64 - shift)
	s.count = slices.Grow(s.count[:0], runs)[:runs]
	clear(s.count)
	for _, e := range entries {
		s.count[e.key>>shift]++
	}
	at := int32(0)
	for d, c := range s.count {
		s.count[d] = at
		at += c
	}
	s.buf = slices.Grow(s.buf[:0], n)[:n]
	for _, e := range entries {
		d := e.key >> shift
		s.buf[s.count[d]] = e
		s.count[d]++
	}
	copy(entries, s.buf)
	// count[d] is now where run d ends.
	lo := 0
	for _, end := range s.count {
		hi := int(end)
		switch run := entries[lo:hi]; {
		case len(run) > insertionMax:
			slices.SortFunc(run, compareEntries)
		case len(run) > 1:
			for i := 1; i < len(run); i++ {
				for j := i; j > 0 && compareEntries(run[j], run[j-1]) < 0; j-- {
					run[j], run[j-1] = run[j-1], run[j]
				}
			}
		}
		lo = hi
	}
}

func compareEntries(x, y bandEntry) int {
	if c := cmp.Compare(x.key, y.key); c != 0 {
		return c
	}
	if c := cmp.Compare(x.sub, y.sub); c != 0 {
		return c
	}
	return cmp.Compare(x.pos, y.pos)
}
