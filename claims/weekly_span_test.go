package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// Weekly care at the light end of a span of care ("between residential
// rehab and weekly therapy") is outpatient care once a week, not a count
// of the days of the programs the page compares.
func TestWeeklyCareEndsASpan(t *testing.T) {
	page := `PHP or IOP: Which Fits?

Deciding between a partial hospitalization program (PHP) and an intensive outpatient program (IOP) is hard. Both are levels between inpatient care and weekly therapy, yet they ask very different amounts of your time.

In our PHP you come in 5 days a week.`
	checkPageLines(t, page, func(c claims.Claim) string { return string(c.Kind) + " " + string(c.Subject) },
		[]string{"3 days-per-week op", "5 days-per-week php"})
}
