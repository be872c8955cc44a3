package checks

import (
	"fmt"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// WithinPage reports two statements on one page that cannot both be true.
var WithinPage = &checker.Check{
	ID:       "within-page",
	Title:    "Two claims on one page about the same program contradict each other",
	Severity: checker.Error,
	Doc: `within-page compares every claim on a page with the other claims of the
same kind about the same subject (IOP hours per week with IOP hours per week,
never with PHP's or with individual therapy's).

Ranges conflict when they are disjoint after tolerance: each bound widens by
tolerance.relative (5 %), approximate values ("about 15 hours") by
tolerance.approx (20 %), months by calendar slack (28–31 days), and open bounds
("up to a year", "at least 3 days", "and sometimes longer") only conflict past
their stated bound. Vague quantities ("several hours") never conflict.
Booleans conflict when the page says both yes and no ("a lack of detox
programs" vs "detoxification is available").

Severity: error when both sides are exact statements; warning when either
side is approximate, because "about" invites a reader to forgive some
distance. Each pair of distinct values is one finding; repeated identical
statements are listed as extra locations of the same side.`,
	Run: runWithinPage,
}

func runWithinPage(p *checker.Pass) error {
	tol := p.Config.Tolerance
	for _, d := range p.Docs {
		m, keys := byKey(d.Claims)
		for _, k := range keys {
			groups := groupByValue(m[k])
			for i := 0; i < len(groups); i++ {
				for j := i + 1; j < len(groups); j++ {
					a, b := groups[i], groups[j]
					sev, ok := conflict(a.claims[0], b.claims[0], tol)
					if !ok {
						continue
					}
					p.Report(checker.Finding{
						Severity:  sev,
						Kind:      string(k.kind),
						Subject:   string(k.subject),
						Message:   fmt.Sprintf("%s: %s vs %s", capitalize(topic(k)), quote(a.claims[0]), quote(b.claims[0])),
						Locations: locations(a.claims, b.claims),
						Values:    sortedValues(a.value, b.value),
					})
				}
			}
		}
	}
	return nil
}

// conflict decides whether two claims of one kind and subject contradict,
// and how surely.
func conflict(a, b *claims.Claim, tol checker.Tolerance) (checker.Severity, bool) {
	if a.Value != nil || b.Value != nil {
		if a.Value != nil && b.Value != nil && *a.Value != *b.Value {
			return checker.Error, true
		}
		return 0, false
	}
	if checker.Widen(a, tol).Overlaps(checker.Widen(b, tol)) {
		return 0, false
	}
	if a.Qualifier == claims.Approx || b.Qualifier == claims.Approx {
		return checker.Warning, true
	}
	return checker.Error, true
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
