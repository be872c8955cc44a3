package neardup

import "unsafe"

// fetch asks for what judging entry j of a band reads of its page, so
// that it is in cache when the page's turn comes: the minimums and
// content-word bins, the positions and their ranks, the place units, the
// page's window in this band, and the signature of the entry after it.
// Pages meet in a bucket in no order of memory, and over 100,000 pages
// (some 100 MB of signatures, three times the cache) each entry of each
// band read them from memory, one miss after another: judging a pair
// cost twice what it did over 10,000 pages. Asked one entry ahead,
// clustering 100,000 generated pages took 15 % less time, 10,000 pages
// 11 % less.
func (w *bandWork) fetch(sigs []Signature, idx []int32, j int, win *windows, b int) {
	p := w.entries[j].pos
	s := &sigs[idx[p]]
	for k := 0; k < len(s.Mins); k += lineWords {
		prefetch(unsafe.Pointer(&s.Mins[k]))
	}
	for k := 0; k < len(s.Bag); k += lineWords {
		prefetch(unsafe.Pointer(&s.Bag[k]))
	}
	// Pos and posRank share one block (SignURL).
	pos := s.Pos[:cap(s.Pos)]
	for k := 0; k < len(pos); k += lineBytes {
		prefetch(unsafe.Pointer(&pos[k]))
	}
	if len(s.places) > 0 {
		prefetch(unsafe.Pointer(&s.places[0]))
	}
	if b < win.bands {
		prefetch(unsafe.Pointer(&win.off[int(p)*win.bands+b]))
		prefetch(unsafe.Pointer(&win.masks[p]))
	}
	if j+1 < len(w.entries) {
		prefetch(unsafe.Pointer(&sigs[idx[w.entries[j+1].pos]]))
	}
}

// A cache line's bytes, and the minimums it holds.
const (
	lineBytes = 64
	lineWords = lineBytes / 4
)
