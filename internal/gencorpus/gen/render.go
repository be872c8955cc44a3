package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// hit is where a marked text landed in the written file.
type hit struct {
	line int
	text string
}

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var authors = []string{"Clinical Team", "Admissions Staff", "Dr. Maria Ellison", "Jordan Reyes, LCSW",
	"Sam Whitaker, LPC", "Editorial Team", "Dana Brooks, RN"}

// pageFacts lists the provider-voice facts a program page states.
func pageFacts(r *rand.Rand, s *site, pg *pagePlan) []string {
	detox := "dtx_no"
	if s.detox {
		detox = "dtx_yes"
	}
	var names []string
	switch pg.kind {
	case kindIOP:
		names = []string{"iop_dpw", "iop_hpd", "iop_hpw", "iop_len", "session", "iop_home", detox}
		switch pg.plant {
		case plantLow:
			names = append(names, "low_hpw")
		case plantDetox:
			names = []string{"iop_dpw", "iop_hpd", "iop_hpw", "iop_len", "session", "iop_home", "dtx_yes", "dtx_no"}
		case plantSched:
			names = []string{"sched", "high_hpw", "iop_len", "session", "iop_home", detox}
		}
	case kindPHP:
		names = []string{"php_dpw", "php_hpd", "php_hpw", "php_len", "php_home", "php_iop"}
		if r.IntN(2) == 0 {
			names = append(names, detox)
		}
	case kindDetox:
		if s.detox {
			names = []string{"dtx_yes", "dtx_len", "dtx_24"}
		} else {
			names = []string{"dtx_no"}
		}
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = factFrame(r, providerFacts, n)
	}
	return out
}

// buildArticle returns the stage-one article for a page.
func (p *corpusPlan) buildArticle(r *rand.Rand, pg *pagePlan, target int) *article {
	s := p.sites[pg.site]
	switch pg.kind {
	case kindIOP:
		table := r.IntN(10) < 4 && pg.plant != plantSched
		return compose(r, iopPage, composeSpec{facts: pageFacts(r, s, pg), traps: 1 + r.IntN(2), program: true, table: table, target: target})
	case kindPHP:
		return compose(r, phpPage, composeSpec{facts: pageFacts(r, s, pg), traps: 1 + r.IntN(2), program: true, table: r.IntN(10) < 6, target: target})
	case kindDetox:
		return compose(r, detoxPage, composeSpec{facts: pageFacts(r, s, pg), traps: r.IntN(2), program: true, target: target})
	}
	if pg.family >= 0 {
		base := p.families[pg.family].base
		if pg.spinP == 0 {
			return base
		}
		return spinArticle(r, base, pg.spinP)
	}
	t := blogTopics[pg.topic]
	var facts []string
	for _, name := range pg.facts {
		facts = append(facts, factFrame(r, generalFacts, name))
	}
	return compose(r, t, composeSpec{facts: facts, traps: 1 + r.IntN(2), table: t.name == "php-vs-iop" && r.IntN(2) == 0, target: target})
}

// spinArticle rewords a family's base for one member.
func spinArticle(r *rand.Rand, a *article, p float64) *article {
	sp := func(s string) string { out, _ := spin(r, s, p); return out }
	out := &article{title: sp(a.title), blocks: make([]block, len(a.blocks))}
	for i, b := range a.blocks {
		nb := block{tag: b.tag, text: sp(b.text), rows: b.rows}
		for _, s := range b.sents {
			nb.sents = append(nb.sents, sp(s))
		}
		for _, s := range b.items {
			nb.items = append(nb.items, sp(s))
		}
		out.blocks[i] = nb
	}
	return out
}

// renderPage writes page i into buf and returns the final bytes with
// marks stripped, plus where each marked fact first appeared.
func (p *corpusPlan) renderPage(i int, buf *bytes.Buffer) ([]byte, map[string]hit) {
	pg := &p.pages[i]
	s := p.sites[pg.site]
	r := rand.New(rand.NewPCG(pg.seed, uint64(i)))

	// The shell takes about 3.4 KB; aiming the whole page at 4.6–10.4 KB
	// keeps it inside 4–12 KB after a section's overshoot.
	target := 4600 + r.IntN(5800) - 3400
	a := p.buildArticle(r, pg, target)

	vars := func(name string) string {
		switch name {
		case "city":
			return pg.place.City
		case "state":
			return pg.place.State
		case "abbr":
			return pg.place.Abbr
		case "site":
			return s.name
		case "phone":
			return s.phone
		}
		k := strings.IndexByte(name, ':')
		if k < 0 {
			panic("gen: unknown slot {" + name + "}")
		}
		fact := name[:k]
		idx, _ := strconv.Atoi(name[k+1:])
		ws := factWordings[fact]
		if pg.drift == fact {
			ws = driftWordings[fact]
		}
		v := ws[idx%len(ws)]
		for j, m := range pg.marks {
			if m == fact {
				return mark(byte('A'+j), v)
			}
		}
		return v
	}
	fillText := func(t string) string { return fill(t, vars) }

	sh := &shell{site: s, path: strings.TrimPrefix(pg.path, s.dir+"/"), title: fillText(a.title)}
	sh.desc = description(sh.title, s)
	if pg.kind == kindBlog {
		sh.byline = fmt.Sprintf("Posted %s %d, %d by %s", months[r.IntN(12)], 1+r.IntN(28), 2019+r.IntN(6), authors[r.IntN(len(authors))])
		for _, pi := range s.pages {
			if pi != i && p.pages[pi].kind == kindBlog && len(sh.recent) < 4 {
				sh.recent = append(sh.recent, strings.TrimPrefix(p.pages[pi].path, s.dir+"/"))
			}
		}
	}

	buf.Reset()
	w := &htmlw{b: buf, indent: s.indented}
	writeHead(w, sh, r)
	writeArticle(w, sh, a, fillText)
	writeTail(w, sh, r)
	return stripMarks(buf.Bytes(), pg.marks)
}

// description is the meta description. It is built from the title, not
// the body, so the head never repeats a claim at a line truth.json does
// not know about.
func description(title string, s *site) string {
	return title + " from " + s.name + " in " + s.place.City + ", " + s.place.Abbr + ". Confidential assessments for adults and families."
}

// stripMarks removes mark bytes and records the line and text of the
// first occurrence of each mark.
func stripMarks(raw []byte, names []string) ([]byte, map[string]hit) {
	if len(names) == 0 {
		return append([]byte(nil), raw...), nil
	}
	out := make([]byte, 0, len(raw))
	hits := map[string]hit{}
	line := 1
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case '\n':
			line++
		case markStart:
			id := int(raw[i+1] - 'A')
			end := bytes.IndexByte(raw[i:], markEnd) + i
			text := string(raw[i+2 : end])
			if _, ok := hits[names[id]]; !ok {
				hits[names[id]] = hit{line: line, text: text}
			}
			out = append(out, text...)
			line += strings.Count(text, "\n")
			i = end
			continue
		}
		out = append(out, c)
	}
	return out, hits
}
