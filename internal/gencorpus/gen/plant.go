package gen

import (
	"math/rand/v2"
	"slices"
)

// plantCount is about one contradiction per 50 pages, and never fewer
// than three once the corpus is big enough to hold them, so small test
// corpora still exercise every check.
func plantCount(n int) int {
	if n < 20 {
		return n / 50
	}
	return max(3, (n+25)/50)
}

// plantContradictions picks pages for the plants. Each plant gets a site
// (or family) of its own when possible, so that one plant never changes
// the consensus another is measured against.
func (p *corpusPlan) plantContradictions(r *rand.Rand, n int) {
	usedSite := make([]bool, len(p.sites))
	usedFam := make([]bool, len(p.families))
	siteOrder := r.Perm(len(p.sites))
	famOrder := r.Perm(len(p.families))
	kinds := []plantKind{plantLow, plantDrift, plantDetox, plantSched}
	for k := 0; k < plantCount(n); k++ {
		kind := kinds[k%len(kinds)]
		if kind == plantDrift && !p.plantDrift(r, famOrder, usedFam, usedSite) {
			kind = plantLow
		}
		if kind == plantDrift {
			continue
		}
		si := pickSite(p, siteOrder, usedSite)
		if si < 0 {
			return
		}
		usedSite[si] = true
		iop := p.sites[si].pages[0]
		pg := &p.pages[iop]
		pg.plant = kind
		c := plannedContradiction{}
		c.Subject = "iop"
		switch kind {
		case plantLow:
			pg.marks = []string{"low_hpw", "iop_hpw"}
			c.Rule, c.Kind = "within-page", "hours-per-week"
			c.Rules = []string{"within-page", "reference", "across-pages"}
			c.Why = "IOP hours per week: 1 hour vs 9 to 15 hours on one page; 1 hour is also below the 9-hour IOP floor and against the site's other pages"
		case plantDetox:
			pg.marks = []string{"dtx_yes", "dtx_no"}
			// The provider's word on detox is its detox service's. (The
			// page that says both is reported once, by within-page.)
			c.Rule, c.Kind, c.Subject = "within-page", "detox-offered", "detox"
			c.Rules = []string{"within-page"}
			c.Why = "the IOP page says the provider offers detox and that it does not"
		case plantSched:
			pg.marks = []string{"sched", "high_hpw"}
			c.Rule, c.Kind = "schedule-math", "hours-per-week"
			c.Rules = []string{"schedule-math", "reference", "across-pages"}
			c.Why = "3 days a week × 3 hours a day is 9 hours, not 20; 20 hours also reaches past the 19-hour IOP ceiling (warning) and disagrees with the site's other pages"
		}
		for _, f := range pg.marks {
			c.sides = append(c.sides, side{page: iop, fact: f})
		}
		p.contras = append(p.contras, c)
	}
}

// pickSite returns an unused site that has both an IOP and a PHP page,
// because across-pages needs a second page of the same site to disagree
// with; it falls back to any site with an IOP page.
func pickSite(p *corpusPlan, order []int, used []bool) int {
	for _, si := range order {
		if !used[si] && len(p.sites[si].pages) >= 2 {
			return si
		}
	}
	for _, si := range order {
		if !used[si] {
			return si
		}
	}
	return -1
}

// plantDrift changes one fact on one non-canonical member of an unused
// family. Program length drifts to 3–5 weeks; IOP hours drift to 1–2
// hours only when the article states no days per week, so schedule-math
// stays out of it.
func (p *corpusPlan) plantDrift(r *rand.Rand, order []int, usedFam, usedSite []bool) bool {
	for pass := 0; pass < 2; pass++ {
		for _, fi := range order {
			f := p.families[fi]
			if usedFam[fi] {
				continue
			}
			m := 1 + r.IntN(len(f.pages)-1)
			variant, canon := f.pages[m], f.pages[0]
			if pass == 0 && (usedSite[p.pages[variant].site] || usedSite[p.pages[canon].site]) {
				continue
			}
			var fact string
			switch {
			case p.hasFact(f, "iop_hpw") && !p.hasFact(f, "iop_dpw") && (r.IntN(2) == 0 || !p.hasFact(f, "iop_len")):
				fact = "iop_hpw"
			case p.hasFact(f, "iop_len"):
				fact = "iop_len"
			default:
				continue
			}
			usedFam[fi] = true
			usedSite[p.pages[variant].site] = true
			usedSite[p.pages[canon].site] = true
			vp := &p.pages[variant]
			vp.plant, vp.drift, vp.marks = plantDrift, fact, []string{fact}
			cp := &p.pages[canon]
			cp.plant, cp.marks = plantAnchor, []string{fact}
			c := plannedContradiction{sides: []side{{variant, fact}, {canon, fact}}}
			c.Rule, c.Subject = "template-drift", "iop"
			// Twins of one family are template-drift's, one finding per
			// problem. across-pages reports the variant too when another
			// article of its site states the fact: an article's statements
			// are general, and general statements are compared with
			// general ones, not with the provider's own program page
			// (the labelling rule of the real pages).
			across := p.statedInGeneral(variant, fact)
			if fact == "iop_len" {
				c.Kind = "program-length"
				c.Rules = []string{"template-drift"}
				c.Why = "one variant of a templated article says an IOP lasts 3 to 5 weeks where the others say 8 to 12"
			} else {
				c.Kind = "hours-per-week"
				c.Rules = []string{"template-drift", "reference"}
				c.Why = "one variant of a templated article says 1 to 2 IOP hours a week where the others say 9 to 15; below the 9-hour floor too"
			}
			if across {
				c.Rules = append(c.Rules, "across-pages")
				c.Why += ", as does another article of its site"
			}
			p.contras = append(p.contras, c)
			return true
		}
	}
	return false
}

// statedInGeneral reports whether another article of page's site states
// fact: a member of a family with the fact, or an article planned to state
// it. Program pages speak in their provider's voice.
func (p *corpusPlan) statedInGeneral(page int, fact string) bool {
	for _, o := range p.sites[p.pages[page].site].pages {
		pg := &p.pages[o]
		if o == page || pg.kind != kindBlog {
			continue
		}
		switch {
		case pg.family >= 0:
			if p.hasFact(p.families[pg.family], fact) {
				return true
			}
		case slices.Contains(pg.facts, fact):
			return true
		}
	}
	return false
}
