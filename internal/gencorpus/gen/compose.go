package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// topic is one base template: a grammar for titles, headings, sentences
// and list items, and the facts its articles state.
type topic struct {
	name      string
	slug      string   // grammar for the file name; {place} is the place slug
	facts     []string // fact names; a "?" suffix makes one optional
	titles    []string
	headings  []string
	sentences []string
	items     []string
}

// block is one element of an article body. Text is stage-one text:
// alternatives chosen, {slots} still open.
type block struct {
	tag   string     // "h2", "p", "ul" or "table"
	sents []string   // p: sentences
	text  string     // h2
	items []string   // ul
	rows  [][]string // table, first row is the header
}

type article struct {
	title  string
	blocks []block
}

// factFrame picks a frame for a fact and fixes its wording index, so every
// later rendering of this text says the value the same way.
func factFrame(r *rand.Rand, frames map[string][]string, name string) string {
	fs := frames[name]
	s := choose(r, fs[r.IntN(len(fs))])
	return fixWording(r, s)
}

// fixWording turns each {fact} into {fact:k}. It scans rather than
// ranging over factWordings because map order would make output vary.
func fixWording(r *rand.Rand, s string) string {
	if strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}') + i
		name := s[i+1 : j]
		b.WriteString(s[:i+1])
		b.WriteString(name)
		if ws, ok := factWordings[name]; ok {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(r.IntN(len(ws))))
		}
		b.WriteByte('}')
		s = s[j+1:]
	}
}

type composeSpec struct {
	facts []string // stage-one fact sentences, each placed in its own paragraph when possible
	traps int
	// program: a program page in its provider's voice, which may carry
	// programTraps too.
	program bool
	table   bool
	target  int // approximate bytes of article HTML to aim for
}

// compose writes an article from a topic. Facts are spread over distinct
// paragraphs so that two sides of a planted contradiction never share a
// block, which is what "in one paragraph … in another" means.
func compose(r *rand.Rand, t *topic, spec composeSpec) *article {
	a := &article{title: choose(r, t.titles[r.IntN(len(t.titles))])}
	sentOrder := shuffled(r, len(t.sentences))
	si, cycles := 0, 0
	nextSentence := func() string {
		if si == len(sentOrder) {
			sentOrder, si = shuffled(r, len(t.sentences)), 0
			cycles++
		}
		si++
		return vary(r, choose(r, t.sentences[sentOrder[si-1]]))
	}
	headOrder := shuffled(r, len(t.headings))
	itemOrder := shuffled(r, len(t.items))

	budget := spec.target
	for _, f := range spec.facts {
		budget -= len(f) + 1
	}
	budget -= spec.traps * 90
	if spec.table {
		budget -= 900
	}
	size := 0
	paras := 0
	addPara := func(k int) {
		p := block{tag: "p"}
		for j := 0; j < k; j++ {
			p.sents = append(p.sents, nextSentence())
		}
		for _, s := range p.sents {
			size += len(s) + 1
		}
		size += 16
		paras++
		a.blocks = append(a.blocks, p)
	}
	addPara(2)
	// Each sentence frame is used at most twice (re-expanded, so worded
	// differently); past that a page would read as the spam it is not.
	for h := 0; (size < budget && cycles < 2) || paras < len(spec.facts)+1; h++ {
		a.blocks = append(a.blocks, block{tag: "h2", text: vary(r, choose(r, t.headings[headOrder[h%len(headOrder)]]))})
		size += 40
		if spec.table && h == 1 {
			a.blocks = append(a.blocks, comparisonTable(r))
		}
		for k := 1 + r.IntN(2); k > 0; k-- {
			addPara(2 + r.IntN(3))
		}
		if r.IntN(10) < 3 && len(t.items) > 0 {
			ul := block{tag: "ul"}
			n := 3 + r.IntN(3)
			if n > len(itemOrder) {
				n = len(itemOrder)
			}
			off := r.IntN(len(itemOrder))
			for j := 0; j < n; j++ {
				it := vary(r, choose(r, t.items[itemOrder[(off+j)%len(itemOrder)]]))
				ul.items = append(ul.items, it)
				size += len(it) + 16
			}
			a.blocks = append(a.blocks, ul)
		}
	}
	if spec.table && !hasTable(a) {
		a.blocks = append(a.blocks, comparisonTable(r))
	}

	// A fact goes into a paragraph outside the sections about one track
	// ("Evening programs"): a reader, and factlint, take what such a
	// section says as the track's, and the facts are the program's.
	var pidx, fidx []int
	narrow := false
	for i, b := range a.blocks {
		switch b.tag {
		case "h2":
			narrow = namesTrack(b.text)
		case "p":
			pidx = append(pidx, i)
			if !narrow {
				fidx = append(fidx, i)
			}
		}
	}
	if len(fidx) == 0 {
		fidx = pidx
	}
	order := shuffled(r, len(fidx))
	for i, f := range spec.facts {
		b := &a.blocks[fidx[order[i%len(order)]]]
		b.sents = insertAt(b.sents, r.IntN(len(b.sents)+1), f)
	}
	pool := traps
	if spec.program {
		pool = programPageTraps
	}
	for i := 0; i < spec.traps; i++ {
		b := &a.blocks[pidx[r.IntN(len(pidx))]]
		b.sents = insertAt(b.sents, r.IntN(len(b.sents)+1), choose(r, pool[r.IntN(len(pool))]))
	}
	return a
}

// namesTrack reports a heading about one schedule track of a program.
func namesTrack(heading string) bool {
	h := strings.ToLower(heading)
	for _, w := range []string{"evening", "weekend", "after-hours", "after-work", "virtual", "online"} {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

func hasTable(a *article) bool {
	for _, b := range a.blocks {
		if b.tag == "table" {
			return true
		}
	}
	return false
}

func insertAt(s []string, i int, v string) []string {
	s = append(s, "")
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

// comparisonTable is the PHP-versus-IOP table many provider sites carry.
// Its figures are the consistent facts, so it agrees with the prose.
func comparisonTable(r *rand.Rand) block {
	rows := [][]string{
		{"Feature", "Partial Hospitalization (PHP)", "Intensive Outpatient (IOP)"},
		{"Intensity", "[5 days a week, 6 hours a day|five days a week, six hours a day]", "[3 to 5 days a week, 3 hours a day|three to five days a week, three hours a day]"},
		{"[Hours per week|Weekly time]", "{php_hpw}", "{iop_hpw}"},
		{"[Typical length|Usual duration]", "{php_len}", "{iop_len}"},
		{"[Where you sleep|Living arrangement]", "At home", "At home"},
		{"Best for", "[Stepping down from inpatient care|People who need daily structure]", "[People who work or study|Building skills while living at home]"},
	}
	if r.IntN(2) == 0 {
		rows = append(rows[:4], rows[5:]...)
	}
	for _, row := range rows {
		for j := range row {
			row[j] = fixWording(r, choose(r, row[j]))
		}
	}
	return block{tag: "table", rows: rows}
}
