package checks

import (
	"fmt"
	"slices"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// RestatedAcross reports pages of one site that state one fact with
// different figures that can both be true.
var RestatedAcross = &checker.Check{
	ID:       "restated-across-pages",
	Title:    "Pages of one site give the same fact with different exact figures",
	Severity: checker.Info,
	Requires: []checker.Requirement{checker.NeedFamilies},
	Doc: `restated-across-pages is restated-differently across the pages of one site,
grouped as across-pages groups them: where across-pages leaves a fact
alone because the pages' figures overlap, but one page says "PHP usually
lasts 2 to 4 weeks" and another "most people spend 3 to 6 weeks in PHP",
a reader of the site cannot tell which holds.

` + compareRule + `

The site's consensus for the fact is found as across-pages finds it; each
other figure that overlaps it, but whose range differs from it at a bound
by more than 10 %, is reported once, quoting each side as written and
naming at most three pages on each side. As in restated-differently, both
statements must be bounded, not timetable entries, and say what normally
happens; a single figure strictly inside the other's range is a typical
value of it, a single figure at one of its bounds names that end (a month,
28 to 31 days, at the end of "3 to 4 weeks"), and a range strictly inside
the other is its usual part. A bare floor on one page ("at least three
days a week") beside a range on another whose own floor is more than 10 %
above it ("five to seven days a week") is reported too. A
page stating both figures is on one side only, one templated sentence of
two near-duplicate twins is template-drift's, and a figure said of
programs across the country ("Across the country, most intensive
outpatient programs run for 8 to 12 weeks") is set only against another
such figure.

Severity: info, because both statements can be true. To fix: state one
figure across the site, or say on each page which program or phase the
figure is for.`,
	Run: runRestatedAcross,
}

func runRestatedAcross(p *checker.Pass) error {
	tol := p.Config.Tolerance
	groups := gatherSites(p)
	twins := familyOf(p.Families)
	for i, k := range groups.keys {
		cs := groups.claims[i]
		if onePage(cs) || cs[0].Value != nil {
			continue
		}
		cands := candidates(cs, tol)
		cons := cands[0]
		for _, c := range cands[1:] {
			if _, ok := conflict(c.g.claims[0], cons.g.claims[0], tol); ok {
				continue // across-pages' finding
			}
			// A page stating both figures, on either side, restates the
			// fact itself: restated-differently's finding.
			side := notOn(firstPerPage(c.g.claims), cons.g.claims)
			agree := notOn(stating(cons, side, twins), c.g.claims)
			a, b := restatedAcross(side, agree, tol)
			if a == nil {
				continue
			}
			side, agree = withFirst(side, a), withFirst(agree, b)
			p.Report(checker.Finding{
				Kind:    string(k.kind),
				Subject: k.subject.String(),
				Message: fmt.Sprintf("%s: %q on %s (%s) vs %q on %s (%s); both can be true, but a reader of the site cannot tell which applies: state one figure, or say which program each page describes",
					topic(k), a.Text, plural(len(side), "page", "pages"), pageList(side),
					b.Text, plural(len(agree), "page", "pages"), pageList(agree)),
				Locations: slices.Concat(locations(firstN(side, maxListedPages)), restatedLocations(restatedOn(firstN(side, maxListedPages), c.g.claims)),
					locations(firstN(agree, maxListedPages)), restatedLocations(restatedOn(firstN(agree, maxListedPages), cons.g.claims))),
				Values: sortedValues(c.g.value, cons.g.value),
			})
		}
	}
	return nil
}

// stating lists the first claim of each page stating the consensus value
// itself, leaving out pages on the other side and their near-duplicate
// twins' templated sentences.
func stating(cons *candidate, other []*claims.Claim, twins map[string]int) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range firstPerPage(cons.g.claims) {
		if !onPages(c, other) && !templated(c, other, twins) {
			out = append(out, c)
		}
	}
	return out
}

// notOn keeps the claims of cs on pages none of others is on.
func notOn(cs, others []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if !onPages(c, others) {
			out = append(out, c)
		}
	}
	return out
}

func onPages(c *claims.Claim, cs []*claims.Claim) bool {
	for _, o := range cs {
		if o.File == c.File {
			return true
		}
	}
	return false
}

// restatedAcross finds the first pair of the two sides that restated
// reads as one fact given twice with different figures.
func restatedAcross(xs, ys []*claims.Claim, tol checker.Tolerance) (*claims.Claim, *claims.Claim) {
	for _, a := range xs {
		for _, b := range ys {
			if (restated(a, b, tol) || floorsApart(a, b) || floorsApart(b, a)) && !endOfRange(a, b) && !endOfRange(b, a) && national(a) == national(b) {
				return a, b
			}
		}
	}
	return nil, nil
}

// endOfRange reports a single figure at a bound of the other's range:
// "a 12-week program" on one page and "10 to 12 weeks" on another name
// the longest stay and the span, which restated leaves to a page only
// when the figure lies strictly inside.
//
// A figure in months stands for 28 to 31 days, so "one month" on one page
// is at the end of "3 to 4 weeks" on another, and "a 3-month program" at
// the end of "1 to 3 months".
func endOfRange(point, rng *claims.Claim) bool {
	if point.Min == nil || point.Max == nil || *point.Min != *point.Max || point.OpenEnded {
		return false
	}
	p, r := checker.Stated(point), checker.Stated(rng)
	if r.Lo >= r.Hi {
		return false
	}
	return p.Lo <= r.Lo && r.Lo <= p.Hi || p.Lo <= r.Hi && r.Hi <= p.Hi
}

// floorsApart reports a bare floor on one page ("at least three days a
// week") beside a range on another whose own floor is well above it
// ("five to seven days a week"): both can be true, but the site gives
// the least two ways.
func floorsApart(floor, rng *claims.Claim) bool {
	if floor.Value != nil || rng.Value != nil || floor.Qualifier != claims.AtLeast || floor.Min == nil || floor.Max != nil ||
		rng.Qualifier != claims.Exact || rng.Min == nil || rng.Max == nil || rng.OpenEnded || negated(floor) || negated(rng) || !forcesMeet(floor, rng) {
		return false
	}
	return *rng.Min > *floor.Min*1.1
}
