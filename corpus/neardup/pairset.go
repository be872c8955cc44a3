package neardup

import (
	"math/bits"
	"unsafe"
)

// pairSet is the set of page pairs the scan has met in the bands after
// the shingle bands (3.8 million at 100,000 generated pages). It is read
// and written on the scan's one core while the other judges the next
// band, and a Go map there missed the cache at every pair; this table is
// open addressing with linear probing, so a pair's place is known before
// it is read and the scan asks for it a page ahead (ahead).
type pairSet struct {
	slots []uint64 // 0: empty; no pair's key is 0 (its pages differ)
	n     int
	shift uint
}

// pairKey is the key of the pair of pages at positions a and b.
func pairKey(a, b int32) uint64 {
	return uint64(uint32(min(a, b)))<<32 | uint64(uint32(max(a, b)))
}

func (s *pairSet) home(key uint64) int {
	return int((key * 0x9e3779b97f4a7c15) >> s.shift)
}

// add adds key and reports whether it was new.
func (s *pairSet) add(key uint64) bool {
	if 4*(s.n+1) > 3*len(s.slots) {
		s.grow()
	}
	mask := len(s.slots) - 1
	for i := s.home(key); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = key
			s.n++
			return true
		case key:
			return false
		}
	}
}

// ahead asks for the line where key's search starts.
func (s *pairSet) ahead(key uint64) {
	if len(s.slots) > 0 {
		prefetch(unsafe.Pointer(&s.slots[s.home(key)]))
	}
}

func (s *pairSet) grow() {
	old := s.slots
	size := max(2*len(old), 1<<16)
	s.slots = make([]uint64, size)
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
	s.n = 0
	mask := size - 1
	for _, k := range old {
		if k == 0 {
			continue
		}
		i := s.home(k)
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = k
		s.n++
	}
}

// aheadBucket asks for the places of the pairs of a bucket the scan
// comes to next, when it is small enough for all of them to stay in
// cache until then (the buckets of the single-value bands are).
func (s *pairSet) aheadBucket(entries []bandEntry, bk [2]int32) {
	lo, hi := int(bk[0]), int(bk[1])
	if hi-lo > maxRareBucket {
		return
	}
	for j := lo + 1; j < hi; j++ {
		for i := lo; i < j; i++ {
			s.ahead(pairKey(entries[i].pos, entries[j].pos))
		}
	}
}
