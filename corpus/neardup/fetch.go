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
	// A block a call, not a line: this runs for every entry of every
	// bucket judged.
	if len(s.Mins) > 0 {
		prefetchBytes(unsafe.Pointer(&s.Mins[0]), 4*len(s.Mins))
	}
	if len(s.Bag) > 0 {
		prefetchBytes(unsafe.Pointer(&s.Bag[0]), 4*len(s.Bag))
	}
	// Pos and posRank share one block (SignURL).
	if pos := s.Pos[:cap(s.Pos)]; len(pos) > 0 {
		prefetchBytes(unsafe.Pointer(&pos[0]), len(pos))
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
