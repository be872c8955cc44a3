package claims

import "strings"

// grams is a Bloom filter of the three-byte substrings of a sentence. The
// cue filters ask it first: a stem with a trigram the sentence lacks is
// not in it, and a bit test costs a fraction of a scan. Most sentences
// hold none of a filter's stems, so most scans are saved.
type grams [64]uint64

// gramBit is the filter's bit for the trigram in the low 24 bits of x
// (Fibonacci hashing: one multiply, the top 12 bits).
func gramBit(x uint32) uint32 {
	return (x & 0xFFFFFF) * 0x9E3779B1 >> 20
}

func (g *grams) add(s string) {
	if len(s) < 3 {
		return
	}
	x := uint32(s[0])<<8 | uint32(s[1])
	for i := 2; i < len(s); i++ {
		x = x<<8 | uint32(s[i])
		h := gramBit(x)
		g[h>>6] |= 1 << (h & 63)
	}
}

// may reports whether s can hold stem: false is certain, true is likely.
func (g *grams) may(stem string) bool {
	if len(stem) < 3 {
		return true
	}
	x := uint32(stem[0])<<8 | uint32(stem[1])
	for i := 2; i < len(stem); i++ {
		x = x<<8 | uint32(stem[i])
		if h := gramBit(x); g[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// gramFilter holds the filter of the sentence that built it last: one
// buffer per page rather than half a kilobyte per sentence.
type gramFilter struct {
	owner *sentence
	g     grams
}

// contains is strings.Contains(s.lower, stem), asking the filter first.
func (s *sentence) contains(stem string) bool {
	f := s.filter
	if f == nil {
		return strings.Contains(s.lower, stem)
	}
	if f.owner != s {
		f.g = grams{}
		f.g.add(s.lower)
		f.owner = s
	}
	return f.g.may(stem) && strings.Contains(s.lower, stem)
}

// containsAny reports whether s.lower holds any of stems.
func (s *sentence) containsAny(stems ...string) bool {
	for _, st := range stems {
		if s.contains(st) {
			return true
		}
	}
	return false
}

// stemsIn appends to buf the stems s.lower holds, in order.
func (s *sentence) stemsIn(stems, buf []string) []string {
	for _, st := range stems {
		if s.contains(st) {
			buf = append(buf, st)
		}
	}
	return buf
}
