package checks

import (
	"fmt"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// restatedAcross reports one fact a site's pages give with two different
// exact figures that both can be true ("3 to 7 days a week" on one page,
// "3 to 5 days a week" on another): the pages no longer say one thing,
// and a reader cannot tell which holds. The same rules as on one page
// apply (restated); a page stating both figures is left to the page.
func restatedAcross(p *checker.Pass) {
	tol := p.Config.Tolerance
	type siteKey struct {
		key
		site string
	}
	groups := map[siteKey][]*claims.Claim{}
	var order []siteKey
	for _, d := range p.Docs {
		for i := range d.Claims {
			c := &d.Claims[i]
			if !usable(c) || !acrossForce(c) || c.Value != nil || negated(c) || c.Subject == claims.Other || timetable(c) {
				continue
			}
			k := siteKey{key: keyOf(c)}
			k.attribution = ""
			if !p.Config.AcrossSites {
				k.site = d.Site
			}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], c)
		}
	}
	twins := familyOf(p.Families)
	for _, k := range order {
		vs := groupByValue(groups[k])
		if len(vs) != 2 {
			continue
		}
		a, b := vs[0], vs[1]
		// One templated sentence of two family twins with its figure
		// changed is template-drift's.
		if sharePage(a.claims, b.claims) || templated(a.claims[0], b.claims, twins) {
			continue
		}
		x, y, ok := restatedPair(a, b, tol)
		if !ok {
			continue
		}
		p.Report(checker.Finding{
			Kind:    string(k.kind),
			Subject: string(k.subject),
			Message: fmt.Sprintf("%s: %s on one page vs %s on another; both can be true, but the site's pages no longer say one thing: state one figure, or say which program each is for",
				topic(k.key), attributedQuote(x), attributedQuote(y)),
			Locations: locations(withFirst(firstPerPage(a.claims), x), withFirst(firstPerPage(b.claims), y)),
			Values:    sortedValues(a.value, b.value),
		})
	}
}

// sharePage reports a page with claims in both lists.
func sharePage(xs, ys []*claims.Claim) bool {
	pages := map[string]bool{}
	for _, x := range xs {
		pages[x.File] = true
	}
	for _, y := range ys {
		if pages[y.File] {
			return true
		}
	}
	return false
}
