package neardup

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// minPairSimilarity is the least word overlap (Dice) at which a removed and
// an added sentence are taken as one sentence reworded rather than two
// unrelated ones; spun sentences keep about half their words.
const minPairSimilarity = 0.3

// sent is a sentence with its words, ready to diff.
type sent struct {
	Sentence
	toks []token
	key  string
}

func prepare(p Page) []sent {
	out := make([]sent, len(p.Sentences))
	for i, s := range p.Sentences {
		toks := tokenize(s.Text)
		keys := make([]string, len(toks))
		for j, t := range toks {
			keys[j] = t.key
		}
		out[i] = sent{Sentence: s, toks: toks, key: strings.Join(keys, " ")}
	}
	return out
}

// edit is a hunk before it becomes a Hunk: sentence indices (-1 when the
// side has none) and token ranges within them, plus what the family pass
// needs to decide slots.
type edit struct {
	class      string
	ai, bi     int
	alo, ahi   int
	blo, bhi   int
	a, b       string // as written
	akey, bkey string
	proper     bool // both sides are capitalised names (not places)
	near       int  // for a removed sentence: the variant sentence now in its place
}

// Align diffs a variant against the canonical page: sentences first, then
// words inside sentences that were reworded. Classes are decided from the
// pair alone; ClassifyFamily refines slots with the whole family.
func Align(canonical, variant Page, opt Options) []Hunk {
	ca, va := prepare(canonical), prepare(variant)
	return toHunks(variant.ID, ca, va, alignSents(ca, va))
}

func alignSents(ca, va []sent) []edit {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	ids := map[string]rune{}
	ra, rb := toRunes(ids, ca), toRunes(ids, va)
	diffs := dmp.DiffMainRunes(ra, rb, false)

	var edits []edit
	var gone [][2]int // unpaired canonical sentence, variant sentence in its place
	var added []int   // unpaired variant sentences
	// both feed move detection
	ia, ib := 0, 0
	var dels, ins []int
	flush := func() {
		pairs := pairSents(ca, va, dels, ins)
		pi := 0
		for _, d := range dels {
			if pi < len(pairs) && pairs[pi][0] == d {
				edits = append(edits, wordEdits(dmp, ca, va, d, pairs[pi][1])...)
				pi++
				continue
			}
			gone = append(gone, [2]int{d, ib})
		}
		paired := map[int]bool{}
		for _, p := range pairs {
			paired[p[1]] = true
		}
		for _, i := range ins {
			if !paired[i] {
				added = append(added, i)
			}
		}
		dels, ins = dels[:0], ins[:0]
	}
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			for range n {
				dels = append(dels, ia)
				ia++
			}
		case diffmatchpatch.DiffInsert:
			for range n {
				ins = append(ins, ib)
				ib++
			}
		}
	}
	flush()
	edits = append(edits, structural(ca, va, gone, added)...)
	return edits
}

func toRunes(ids map[string]rune, ss []sent) []rune {
	out := make([]rune, len(ss))
	for i, s := range ss {
		out[i] = runeFor(ids, s.key)
	}
	return out
}

// runeFor numbers distinct strings from 1, skipping the surrogate range so
// every number is a valid rune for go-diff.
func runeFor(ids map[string]rune, key string) rune {
	if r, ok := ids[key]; ok {
		return r
	}
	r := rune(len(ids) + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	ids[key] = r
	return r
}

// pairSents matches removed canonical sentences with added variant
// sentences in order, maximising total word overlap (a small LCS-style DP;
// blocks are a few sentences, or a whole page when it was spun throughout).
func pairSents(ca, va []sent, dels, ins []int) [][2]int {
	if len(dels) == 0 || len(ins) == 0 {
		return nil
	}
	n, m := len(dels), len(ins)
	sim := make([]float64, n*m)
	for i, d := range dels {
		for j, k := range ins {
			sim[i*m+j] = dice(ca[d].toks, va[k].toks)
		}
	}
	score := make([]float64, (n+1)*(m+1))
	at := func(i, j int) *float64 { return &score[i*(m+1)+j] }
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := max(*at(i-1, j), *at(i, j-1))
			if s := sim[(i-1)*m+j-1]; s >= minPairSimilarity {
				best = max(best, *at(i-1, j-1)+s)
			}
			*at(i, j) = best
		}
	}
	var pairs [][2]int
	for i, j := n, m; i > 0 && j > 0; {
		s := sim[(i-1)*m+j-1]
		switch {
		case s >= minPairSimilarity && *at(i, j) == *at(i-1, j-1)+s:
			pairs = append(pairs, [2]int{dels[i-1], ins[j-1]})
			i, j = i-1, j-1
		case *at(i, j) == *at(i-1, j):
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(pairs)-1; l < r; l, r = l+1, r-1 {
		pairs[l], pairs[r] = pairs[r], pairs[l]
	}
	return pairs
}

func dice(a, b []token) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	set := make(map[string]int, len(a))
	for _, t := range a {
		set[t.key]++
	}
	common := 0
	for _, t := range b {
		if set[t.key] > 0 {
			set[t.key]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// structural reports unpaired sentences; one removed here and added there
// with the same words is a single move.
func structural(ca, va []sent, gone [][2]int, added []int) []edit {
	var out []edit
	addedByKey := map[string][]int{}
	for _, i := range added {
		addedByKey[va[i].key] = append(addedByKey[va[i].key], i)
	}
	moved := map[int]bool{}
	for _, g := range gone {
		d := g[0]
		e := edit{class: ClassStructure, ai: d, bi: -1, near: g[1], a: ca[d].Text, akey: ca[d].key}
		if c := addedByKey[ca[d].key]; len(c) > 0 {
			e.bi, e.b, e.bkey = c[0], va[c[0]].Text, va[c[0]].key
			moved[c[0]] = true
			addedByKey[ca[d].key] = c[1:]
		}
		out = append(out, e)
	}
	for _, i := range added {
		if !moved[i] {
			out = append(out, edit{class: ClassStructure, ai: -1, bi: i, b: va[i].Text, bkey: va[i].key})
		}
	}
	return out
}

// wordEdits diffs two paired sentences word by word.
func wordEdits(dmp *diffmatchpatch.DiffMatchPatch, ca, va []sent, ai, bi int) []edit {
	at, bt := ca[ai].toks, va[bi].toks
	ids := map[string]rune{}
	ra, rb := make([]rune, len(at)), make([]rune, len(bt))
	for i, t := range at {
		ra[i] = runeFor(ids, t.key)
	}
	for i, t := range bt {
		rb[i] = runeFor(ids, t.key)
	}
	diffs := dmp.DiffMainRunes(ra, rb, false)
	// Semantic cleanup merges edits split by a lone common word ("in")
	// into one readable hunk; it never crosses a run longer than the edits.
	diffs = dmp.DiffCleanupSemantic(diffs)
	var out []edit
	ia, ib := 0, 0
	cur := edit{ai: ai, bi: bi, alo: -1}
	emit := func() {
		if cur.alo < 0 {
			return
		}
		for _, part := range splitAroundNumbers(cur, at, bt) {
			out = append(out, finishWordEdit(part, at, bt, ca[ai].Text, va[bi].Text))
		}
		cur = edit{ai: ai, bi: bi, alo: -1}
	}
	for _, d := range diffs {
		n := len([]rune(d.Text))
		if d.Type == diffmatchpatch.DiffEqual {
			emit()
			ia += n
			ib += n
			continue
		}
		if cur.alo < 0 {
			cur.alo, cur.ahi, cur.blo, cur.bhi = ia, ia, ib, ib
		}
		if d.Type == diffmatchpatch.DiffDelete {
			ia += n
			cur.ahi = ia
		} else {
			ib += n
			cur.bhi = ib
		}
	}
	emit()
	return out
}

// finishWordEdit widens an edit to whole number phrases, quotes both sides
// and classifies it from the pair alone.
func finishWordEdit(e edit, at, bt []token, atext, btext string) edit {
	if numberEdge(at, e.alo, e.ahi) || numberEdge(bt, e.blo, e.bhi) {
		e.alo, e.ahi = widenNumber(at, e.alo, e.ahi)
		e.blo, e.bhi = widenNumber(bt, e.blo, e.bhi)
	}
	e.a, e.akey = span(at, e.alo, e.ahi, atext)
	e.b, e.bkey = span(bt, e.blo, e.bhi, btext)
	e.class = classifyWords(&e, at, bt)
	return e
}

// splitAroundNumbers cuts the words before and after the numbers off an
// edit whose sides both hold numbers, so "spend 10-15" → "devote 6-30" is
// a spin and a fact rather than one fact that hides the rewording.
func splitAroundNumbers(e edit, at, bt []token) []edit {
	af, al := numberSpan(at, e.alo, e.ahi)
	bf, bl := numberSpan(bt, e.blo, e.bhi)
	if af < 0 || bf < 0 {
		return []edit{e}
	}
	var out []edit
	if af > e.alo && bf > e.blo {
		pre := e
		pre.ahi, pre.bhi = af, bf
		out = append(out, pre)
		e.alo, e.blo = af, bf
	}
	var post *edit
	if al < e.ahi && bl < e.bhi {
		p := e
		p.alo, p.blo = al, bl
		post = &p
		e.ahi, e.bhi = al, bl
	}
	out = append(out, e)
	if post != nil {
		out = append(out, *post)
	}
	return out
}

// numberSpan is the first and one past the last number word in [lo, hi),
// with a unit right after the last kept inside; -1 when there is none.
func numberSpan(t []token, lo, hi int) (first, last int) {
	first, last = -1, -1
	for i := lo; i < hi; i++ {
		if isNumberish(t[i].key) {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	if last > 0 && last < hi {
		if _, ok := unitWords[t[last].key]; ok {
			last++
		}
	}
	return first, last
}

func numberEdge(t []token, lo, hi int) bool {
	return lo > 0 && lo < len(t) && isNumberish(t[lo-1].key) && isNumberish(t[lo].key) ||
		hi > 0 && hi < len(t) && isNumberish(t[hi-1].key) && isNumberish(t[hi].key)
}

func widenNumber(t []token, lo, hi int) (int, int) {
	for lo > 0 && isNumberish(t[lo-1].key) {
		lo--
	}
	for hi < len(t) && isNumberish(t[hi].key) {
		hi++
	}
	return lo, hi
}

func span(t []token, lo, hi int, text string) (written, key string) {
	if lo >= hi {
		return "", ""
	}
	keys := make([]string, 0, hi-lo)
	for _, x := range t[lo:hi] {
		keys = append(keys, x.key)
	}
	return text[t[lo].start:t[hi-1].end], strings.Join(keys, " ")
}
