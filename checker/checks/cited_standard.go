package checks

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// standardBodies are the sources whose figures define a level of care: a
// page citing one and stating a figure outside it contradicts itself.
// (NIDA's principles and "research" report findings, not definitions.)
var standardBodies = map[string]bool{"ASAM": true, "CMS": true, "SAMHSA": true}

// citedStandards reports a page's own general statement of a fact that
// lies outside the standard the same page cites for it: "According to
// ASAM, Level 1 outpatient adds up to less than nine hours a week" and
// "Standard outpatient usually involves 10 to 15 hours per week". The
// keys are compared as within-page compares, but across the attribution.
// A provider's own figure outside a standard is the reference check's,
// and two cited sources that disagree are the page quoting others: only
// the page's general statements meet the standards it cites.
func citedStandards(p *checker.Pass, m map[key][]*claims.Claim, keys []key, tol checker.Tolerance) {
	var reported []*claims.Claim
	for _, k := range keys {
		if !standardBodies[k.attribution] || k.scope != claims.General {
			continue
		}
		own := k
		own.attribution = ""
		cited := clusters(groupByValue(m[k]), tol)
		stated := clusters(groupByValue(pageAccounts(m[own])), tol)
		for _, x := range cited {
			for _, y := range stated {
				a, b, sev, ok := contradictingPair(x, y, tol)
				// (A figure outside two standards it cites is one finding.)
				if !ok || slices.Contains(reported, b) {
					continue
				}
				reported = append(reported, b)
				p.Report(pairFinding(own, b, a, sev,
					fmt.Sprintf("%s: %s vs %s, the standard the page itself cites; make the page's figure agree with it, or say why this program differs", topic(own), quote(b), attributedQuote(a)),
					locations(withFirst(y.claims, b), withFirst(x.claims, a))))
			}
		}
	}
}

// pageAccounts keeps the claims in which the page gives its own account of
// the programs: typical or universal, not what many programs do "in
// practice", which may well fall short of a standard.
func pageAccounts(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if f := force(c); (f == claims.Typical || f == claims.Universal) && !strings.Contains(strings.ToLower(c.Sentence), "in practice") {
			out = append(out, c)
		}
	}
	return out
}
