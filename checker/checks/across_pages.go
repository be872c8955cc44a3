package checks

import (
	"fmt"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// AcrossPages reports pages that disagree with the rest of the corpus.
var AcrossPages = &checker.Check{
	ID:       "across-pages",
	Title:    "A page states a value the rest of the corpus contradicts",
	Severity: checker.Error,
	Doc: `across-pages compares claims of the same kind and subject between pages.
For each value stated anywhere, it counts the pages that agree with it (state
an overlapping range after tolerance, as in within-page). The value most pages
agree with is the consensus (ties: stated on more pages, then bounded before
open, then narrower). Every value disjoint from the consensus is an outlier
and is reported once, naming the pages on each side: "1 h on 2 pages vs 6–30 h
on 4 pages". Overlapping ranges ("2 to 3 months" and "9 to 12 weeks") agree.

Claims in a provider's own voice ("our IOP meets three days a week") are
compared only with provider claims from the same site (the directory of the
page), because two providers may legitimately run different schedules; set
across_sites: true in the config to compare them corpus-wide. General claims
("IOPs typically last 90 days") are compared across the whole corpus.

For yes/no kinds, the minority answer is reported against the majority; a
tie is a warning. Pages that say both are left to within-page.

Severity: error for disjoint exact values; warning when either side is
approximate or when a yes/no question splits evenly.`,
	Run: runAcrossPages,
}

type groupKey struct {
	key
	site string
}

func runAcrossPages(p *checker.Pass) error {
	groups := map[groupKey][]*claims.Claim{}
	var order []groupKey
	for _, d := range p.Docs {
		for i := range d.Claims {
			c := &d.Claims[i]
			if !usable(c) {
				continue
			}
			g := groupKey{key: key{c.Kind, c.Subject}}
			if c.Scope == claims.Provider && !p.Config.AcrossSites {
				g.site = d.Site
			}
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			groups[g] = append(groups[g], c)
		}
	}
	for _, g := range order {
		cs := groups[g]
		if len(pagesOf(cs)) < 2 {
			continue
		}
		if cs[0].Value != nil {
			reportBoolSplit(p, g.key, cs)
			continue
		}
		reportOutliers(p, g.key, cs)
	}
	return nil
}

func pagesOf(cs []*claims.Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cs {
		if !seen[c.File] {
			seen[c.File] = true
			out = append(out, c.File)
		}
	}
	sort.Strings(out)
	return out
}

// firstPerPage keeps one claim per page, the first, so a finding lists each
// page once per side.
func firstPerPage(cs []*claims.Claim) []*claims.Claim {
	return firstBy(cs, func(c *claims.Claim) string { return c.File })
}

// firstBy keeps the first claim of each key, in order.
func firstBy(cs []*claims.Claim, key func(*claims.Claim) string) []*claims.Claim {
	seen := map[string]bool{}
	var out []*claims.Claim
	for _, c := range cs {
		if k := key(c); !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

type candidate struct {
	g       *valueGroup
	iv      checker.Interval
	support []*claims.Claim // first claim per page agreeing with the value
	pages   int             // pages stating the value itself
}

func reportOutliers(p *checker.Pass, k key, cs []*claims.Claim) {
	tol := p.Config.Tolerance
	var cands []*candidate
	for _, g := range groupByValue(cs) {
		c := &candidate{g: g, iv: checker.Widen(g.claims[0], tol)}
		var agree []*claims.Claim
		for _, o := range cs {
			if checker.Widen(o, tol).Overlaps(c.iv) {
				agree = append(agree, o)
			}
		}
		c.support = firstPerPage(agree)
		c.pages = len(pagesOf(g.claims))
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if len(a.support) != len(b.support) {
			return len(a.support) > len(b.support)
		}
		if a.pages != b.pages {
			return a.pages > b.pages
		}
		if a.iv.Bounded() != b.iv.Bounded() {
			return a.iv.Bounded()
		}
		return a.iv.Width() < b.iv.Width()
	})
	cons := cands[0]
	for _, c := range cands[1:] {
		sev, ok := conflict(c.g.claims[0], cons.g.claims[0], tol)
		if !ok {
			continue
		}
		outPages, consPages := pagesOf(c.g.claims), pagesOf(cons.support)
		if len(outPages) >= len(consPages) {
			sev = checker.Warning
		}
		side := firstPerPage(c.g.claims)
		agree := orderConsensus(cons, side)
		p.Report(checker.Finding{
			Severity: sev,
			Kind:     string(k.kind),
			Subject:  string(k.subject),
			Message: fmt.Sprintf("%s: %s on %s (%s) vs %s on %s (%s)", capitalize(topic(k)),
				unitLabel(k.kind, c.g.value), plural(len(outPages), "page", "pages"), strings.Join(outPages, ", "),
				unitLabel(k.kind, cons.g.value), plural(len(consPages), "page", "pages"), strings.Join(consPages, ", ")),
			Locations: locations(side, agree),
			Values:    sortedValues(c.g.value, cons.g.value),
		})
	}
}

// orderConsensus lists the consensus side: the claims stating the
// consensus value first, then agreeing claims from pages not yet named,
// skipping pages already on the outlier side.
func orderConsensus(cons *candidate, outlier []*claims.Claim) []*claims.Claim {
	skip := map[string]bool{}
	for _, c := range outlier {
		skip[c.File] = true
	}
	var out []*claims.Claim
	for _, c := range append(firstPerPage(cons.g.claims), cons.support...) {
		if !skip[c.File] {
			skip[c.File] = true
			out = append(out, c)
		}
	}
	return out
}

// reportBoolSplit reports the minority answer to a yes/no question.
func reportBoolSplit(p *checker.Pass, k key, cs []*claims.Claim) {
	byPage := map[string][2]bool{}
	for _, c := range cs {
		v := byPage[c.File]
		if *c.Value {
			v[1] = true
		} else {
			v[0] = true
		}
		byPage[c.File] = v
	}
	var yes, no []*claims.Claim
	for _, c := range firstBy(cs, func(c *claims.Claim) string { return c.File + "\x00" + valueKey(c) }) {
		if v := byPage[c.File]; v[0] && v[1] {
			continue
		}
		if *c.Value {
			yes = append(yes, c)
		} else {
			no = append(no, c)
		}
	}
	if len(yes) == 0 || len(no) == 0 {
		return
	}
	minority, majority := no, yes
	if len(yes) < len(no) {
		minority, majority = yes, no
	}
	sev := p.Check.Severity
	if len(yes) == len(no) {
		sev = checker.Warning
	}
	mv, Mv := valueKey(minority[0]), valueKey(majority[0])
	p.Report(checker.Finding{
		Severity: sev,
		Kind:     string(k.kind),
		Subject:  string(k.subject),
		Message: fmt.Sprintf("%s: %s on %s vs %s on %s; e.g. %s vs %s", capitalize(topic(k)),
			mv, plural(len(minority), "page", "pages"), Mv, plural(len(majority), "page", "pages"),
			quote(minority[0]), quote(majority[0])),
		Locations: locations(minority, majority),
		Values:    sortedValues(mv, Mv),
	})
}
