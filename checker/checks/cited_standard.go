package checks

import (
	"fmt"

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
	for _, k := range keys {
		if !standardBodies[k.attribution] || k.scope != claims.General {
			continue
		}
		own := k
		own.attribution = ""
		cited := clusters(groupByValue(m[k]), tol)
		stated := clusters(groupByValue(m[own]), tol)
		for _, x := range cited {
			for _, y := range stated {
				a, b, sev, ok := contradictingPair(x, y, tol)
				if !ok {
					continue
				}
				p.Report(pairFinding(own, b, a, sev,
					fmt.Sprintf("%s: %s vs %s, the standard the page itself cites; make the page's figure agree with it, or say why this program differs", topic(own), quote(b), attributedQuote(a)),
					locations(withFirst(y.claims, b), withFirst(x.claims, a))))
			}
		}
	}
}
