package claims

import "strings"

// grams is a Bloom filter of the three-byte substrings of a sentence. The
// cue filters ask it first: a stem with a trigram the sentence lacks is
// not in it, and a bit test costs a fraction of a scan. Most sentences
// hold none of a filter's stems, so most scans are saved.
type grams [64]uint64

func gramHash(a, b, c byte) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) >> 20 & 4095
}

func (g *grams) add(s string) {
	for i := 0; i+3 <= len(s); i++ {
		h := gramHash(s[i], s[i+1], s[i+2])
		g[h>>6] |= 1 << (h & 63)
	}
}

// may reports whether s can hold stem: false is certain, true is likely.
func (g *grams) may(stem string) bool {
	for i := 0; i+3 <= len(stem); i++ {
		h := gramHash(stem[i], stem[i+1], stem[i+2])
		if g[h>>6]&(1<<(h&63)) == 0 {
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
