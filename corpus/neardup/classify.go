package neardup

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// classifyWords decides a word edit's class from the sentence pair alone.
// Values are compared after reading number words as numbers, so "three to
// five weeks"/"3–5 weeks", "nine"/"9" and "an hour"/"one hour" are equal
// and only rewording.
func classifyWords(e *edit, at, bt []token) string {
	av, au := quantities(at, e.alo, e.ahi)
	bv, bu := quantities(bt, e.blo, e.bhi)
	if factChanged(av, bv, au, bu) {
		return ClassFact
	}
	if e.alo == e.ahi || e.blo == e.bhi {
		return ClassSpin
	}
	if isPlace(at[e.alo:e.ahi]) && isPlace(bt[e.blo:e.bhi]) {
		return ClassSlot
	}
	if isProper(at[e.alo:e.ahi]) && isProper(bt[e.blo:e.bhi]) {
		e.proper = true
		return ClassSlot
	}
	if gluedStates(at[e.alo:e.ahi], bt[e.blo:e.bhi]) {
		return ClassSlot
	}
	return ClassSpin
}

// gluedStates: one word a side, one name with two states glued on
// ("recoverycentersohio" / "recoverycentersmaine"), as a network's sites
// name themselves (see urlNetwork).
func gluedStates(a, b []token) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	ra, pa := maskState(strings.ToLower(a[0].text))
	rb, pb := maskState(strings.ToLower(b[0].text))
	return pa != "" && pb != "" && pa != pb && ra == rb && letters(ra) >= networkMinName
}

// factChanged compares what two sides state. A lone 1 against no number
// is the same statement ("once a week" / "weekly"), and a unit on one side
// only is rewording ("day program" / "program"); a unit swapped for
// another ("daily" / "weekly") is a change even without numbers.
func factChanged(av, bv []float64, au, bu []string) bool {
	one := func(v []float64) bool { return len(v) == 0 || len(v) == 1 && v[0] == 1 }
	if !slices.Equal(av, bv) && !(one(av) && one(bv)) {
		return true
	}
	return len(au) > 0 && len(bu) > 0 && !slices.Equal(au, bu)
}

func isPlace(t []token) bool {
	if len(t) == 0 || !isCapital(t[0].text) {
		return false
	}
	seqs := placeSeqs[hashWord(t[0].key)]
	if seqs == nil {
		return false
	}
	hs := make([]uint64, len(t))
	for i, x := range t {
		hs[i] = hashWord(x.key)
	}
	return matchSeq(hs, seqs) == len(t)
}

// isProper: every word capitalised and at least one not opening a sentence,
// since a capital there says nothing.
func isProper(t []token) bool {
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	mid := false
	for _, x := range t {
		if !isCapital(x.text) || functionWordHashes[hashWord(x.key)] {
			return false
		}
		mid = mid || !x.atStart
	}
	return mid
}

// ClassifyFamily aligns every page of a family with the canonical one and
// uses the family to settle slots: a capitalised name counts as a slot only
// when the variant replaces it the same way everywhere (a template filled
// in), otherwise it is spin. Places from the built-in list are always
// slots. Hunks are sorted by file, then position.
func ClassifyFamily(pages []Page, canonical string, opt Options) []Hunk {
	ci := slices.IndexFunc(pages, func(p Page) bool { return p.ID == canonical })
	if ci < 0 {
		return nil
	}
	ca := prepare(pages[ci])
	var out []Hunk
	for i, p := range pages {
		if i == ci {
			continue
		}
		va := prepare(p)
		edits := alignSents(ca, va)
		to := map[string]map[string]bool{} // name in canonical → what this variant wrote
		for _, e := range edits {
			if e.class == ClassSlot || e.class == ClassSpin && e.akey != "" && e.bkey != "" {
				if to[e.akey] == nil {
					to[e.akey] = map[string]bool{}
				}
				to[e.akey][e.bkey] = true
			}
		}
		for j := range edits {
			if edits[j].proper && len(to[edits[j].akey]) > 1 {
				edits[j].class = ClassSpin
			}
		}
		out = append(out, toHunks(p.ID, ca, va, edits)...)
	}
	slices.SortStableFunc(out, func(a, b Hunk) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.CanonLine, b.CanonLine), cmp.Compare(a.CanonColumn, b.CanonColumn))
	})
	return out
}

// toHunks places edits in both files. Columns assume the sentence text
// maps 1:1 onto its source line from the sentence's start: good for plain
// text and Markdown paragraphs, approximate where markup or entities sat
// inside the sentence or it wrapped onto another line.
func toHunks(file string, ca, va []sent, edits []edit) []Hunk {
	out := make([]Hunk, 0, len(edits))
	for _, e := range edits {
		h := Hunk{File: file, Class: e.class, A: e.a, B: e.b}
		if e.bi >= 0 {
			h.Line, h.Column = where(va[e.bi], e.blo, e.bhi > e.blo || e.class != ClassStructure)
			if e.class != ClassStructure {
				h.Before, h.After = around(va[e.bi], e.blo, e.bhi)
			}
		} else {
			// A removed sentence shows where it would have been.
			h.Line, h.Column = sentPos(va, e.near)
		}
		if e.ai >= 0 {
			h.CanonLine, h.CanonColumn = where(ca[e.ai], e.alo, e.ahi > e.alo || e.class != ClassStructure)
		}
		out = append(out, h)
	}
	return out
}

func where(s sent, lo int, words bool) (int, int) {
	if !words || len(s.toks) == 0 {
		return s.Line, s.Column
	}
	if lo >= len(s.toks) {
		return s.Line, s.Column + utf8.RuneCountInString(s.Text)
	}
	return s.Line, s.Column + s.toks[lo].runeStart
}

func sentPos(ss []sent, i int) (int, int) {
	switch {
	case len(ss) == 0:
		return 1, 1
	case i < len(ss):
		return ss[i].Line, ss[i].Column
	default:
		last := ss[len(ss)-1]
		return last.Line, last.Column + utf8.RuneCountInString(last.Text)
	}
}

// around is the text of up to contextWords words before token lo and after
// token hi of a sentence, as written.
func around(s sent, lo, hi int) (before, after string) {
	t := s.toks
	if b := max(lo-contextWords, 0); b < lo && lo <= len(t) {
		before = s.Text[t[b].start:t[lo-1].end]
	}
	if e := min(hi+contextWords, len(t)); hi < e {
		after = s.Text[t[hi].start:t[e-1].end]
	}
	return before, after
}
