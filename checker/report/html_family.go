package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/corpus/neardup"
)

// Limits that keep the families section of a large site's report small:
// what is cut is counted in the report, never dropped silently.
const (
	familyMaxVariants = 2  // variants shown side by side per family
	familyMaxPairs    = 10 // changed sentence pairs per variant
)

type familyView struct {
	ID         string
	Canonical  string
	Size       int
	Tier       string
	Similarity string
	Facts      int
	Variants   []variantView
	// Others lists the variants not shown side by side, with their counts.
	Others []variantView
	More   bool
}

type variantView struct {
	File                           string
	Facts, Slots, Spins, Structure int
	Pairs                          []pairView
	MorePairs                      int
}

// pairView is a sentence of the canonical page beside the variant's
// version of it, each cut into segments marked by the class of change.
type pairView struct {
	Class     string
	CanonPos  string
	Pos       string
	Canonical []segment
	Variant   []segment
}

type segment struct {
	Text  string
	Class string // "" for unchanged words, else a neardup class
}

// classRank orders classes by how much a reader should care.
var classRank = map[string]int{neardup.ClassFact: 4, neardup.ClassStructure: 3, neardup.ClassSlot: 2, neardup.ClassSpin: 1}

func buildFamilies(c *Corpus) []familyView {
	out := make([]familyView, 0, len(c.Families))
	for i := range c.Families {
		f := &c.Families[i]
		if f.view != nil {
			out = append(out, *f.view)
			continue
		}
		out = append(out, familyViewOf(f))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Facts != out[j].Facts {
			return out[i].Facts > out[j].Facts
		}
		return out[i].Canonical < out[j].Canonical
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("d%d", i+1)
		out[i].More = i >= htmlPageSize
	}
	return out
}

// familyViewOf is what the report shows of one family: its variants with
// the most fact differences side by side, the others counted.
func familyViewOf(f *Family) familyView {
	fv := familyView{Canonical: f.Canonical, Size: len(f.Files), Tier: f.Tier, Similarity: fmt.Sprintf("%.2f", f.Similarity)}
	byFile := map[string][]neardup.Hunk{}
	for _, h := range f.Hunks {
		byFile[h.File] = append(byFile[h.File], h)
	}
	var variants []variantView
	for _, file := range f.Files {
		if file == f.Canonical {
			continue
		}
		v := variantOf(file, byFile[file], f.Sentences[f.Canonical], f.Sentences[file])
		fv.Facts += v.Facts
		variants = append(variants, v)
	}
	// Variants whose facts differ come first: they are what to fix.
	sort.SliceStable(variants, func(i, j int) bool { return variants[i].Facts > variants[j].Facts })
	if len(variants) > familyMaxVariants {
		fv.Others = variants[familyMaxVariants:]
		for i := range fv.Others {
			fv.Others[i].Pairs = nil
		}
		variants = variants[:familyMaxVariants]
	}
	fv.Variants = variants
	return fv
}

// mark is a run of changed runes in a sentence.
type mark struct {
	lo, hi int // rune offsets
	class  string
}

type pairBuild struct {
	ci, vi       int
	canon, varnt []mark
	class        string
}

func variantOf(file string, hunks []neardup.Hunk, canon, varnt []neardup.Sentence) variantView {
	v := variantView{File: file}
	var pairs []*pairBuild
	idx := map[[2]int]*pairBuild{}
	for _, h := range hunks {
		switch h.Class {
		case neardup.ClassFact:
			v.Facts++
		case neardup.ClassSlot:
			v.Slots++
		case neardup.ClassSpin:
			v.Spins++
		default:
			v.Structure++
		}
		ci, cm := -1, mark{}
		if h.A != "" {
			ci, cm = locate(canon, h.CanonLine, h.CanonColumn, h.A, h.Class)
		}
		vi, vm := -1, mark{}
		if h.B != "" {
			vi, vm = locate(varnt, h.Line, h.Column, h.B, h.Class)
		}
		if ci < 0 && vi < 0 {
			// No sentence to show the words in: show the words alone.
			pv := pairView{Class: h.Class, CanonPos: fmt.Sprintf("%d:%d", h.CanonLine, h.CanonColumn), Pos: fmt.Sprintf("%d:%d", h.Line, h.Column)}
			if h.A != "" {
				pv.Canonical = []segment{{Text: h.A, Class: h.Class}}
			}
			if h.B != "" {
				pv.Variant = []segment{{Text: h.B, Class: h.Class}}
			}
			v.Pairs = append(v.Pairs, pv)
			continue
		}
		k := [2]int{ci, vi}
		p := idx[k]
		if p == nil {
			p = &pairBuild{ci: ci, vi: vi}
			idx[k] = p
			pairs = append(pairs, p)
		}
		if classRank[h.Class] > classRank[p.class] {
			p.class = h.Class
		}
		if ci >= 0 {
			p.canon = append(p.canon, cm)
		}
		if vi >= 0 {
			p.varnt = append(p.varnt, vm)
		}
	}
	for _, p := range pairs {
		pv := pairView{Class: p.class}
		if p.ci >= 0 {
			pv.Canonical = segments(canon[p.ci].Text, p.canon)
			pv.CanonPos = fmt.Sprintf("%d:%d", canon[p.ci].Line, canon[p.ci].Column)
		}
		if p.vi >= 0 {
			pv.Variant = segments(varnt[p.vi].Text, p.varnt)
			pv.Pos = fmt.Sprintf("%d:%d", varnt[p.vi].Line, varnt[p.vi].Column)
		}
		v.Pairs = append(v.Pairs, pv)
	}
	v.Pairs, v.MorePairs = keepPairs(v.Pairs, familyMaxPairs)
	return v
}

// locate finds the sentence a hunk's words are in and their rune range
// there: by position first (the last sentence starting at or before it),
// then, when the words are not where the position says (markup shifted
// the columns), anywhere in that sentence or its neighbours.
func locate(ss []neardup.Sentence, line, col int, words, class string) (int, mark) {
	if len(ss) == 0 {
		return -1, mark{}
	}
	i := sort.Search(len(ss), func(i int) bool {
		return ss[i].Line > line || ss[i].Line == line && ss[i].Column > col
	}) - 1
	if i < 0 {
		i = 0
	}
	for _, j := range []int{i, i + 1, i - 1} {
		if j < 0 || j >= len(ss) {
			continue
		}
		s := ss[j].Text
		if j == i && ss[j].Line == line {
			off := col - ss[j].Column
			if off >= 0 && off <= utf8.RuneCountInString(s) && strings.HasPrefix(string([]rune(s)[off:]), words) {
				return j, mark{off, off + utf8.RuneCountInString(words), class}
			}
		}
		if b := strings.Index(s, words); b >= 0 {
			lo := utf8.RuneCountInString(s[:b])
			return j, mark{lo, lo + utf8.RuneCountInString(words), class}
		}
	}
	return -1, mark{}
}

// segments cuts text at the marks; overlapping marks keep the first.
func segments(text string, marks []mark) []segment {
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].lo < marks[j].lo })
	rs := []rune(text)
	var out []segment
	at := 0
	for _, m := range marks {
		if m.lo < at || m.hi > len(rs) {
			continue
		}
		if m.lo > at {
			out = append(out, segment{Text: string(rs[at:m.lo])})
		}
		out = append(out, segment{Text: string(rs[m.lo:m.hi]), Class: m.class})
		at = m.hi
	}
	if at < len(rs) {
		out = append(out, segment{Text: string(rs[at:])})
	}
	return out
}

// keepPairs keeps at most n pairs, those that matter most (facts, then
// added or removed sentences, then slots, then rewording), in their order
// on the page, and counts the rest.
func keepPairs(ps []pairView, n int) (kept []pairView, dropped int) {
	if len(ps) <= n {
		return ps, 0
	}
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return classRank[ps[idx[a]].Class] > classRank[ps[idx[b]].Class] })
	idx = idx[:n]
	sort.Ints(idx)
	for _, i := range idx {
		kept = append(kept, ps[i])
	}
	return kept, len(ps) - n
}
