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

Picking a partial hospitalization program (PHP) over an intensive outpatient program (IOP), or the reverse, is hard. Both are levels between inpatient care and weekly therapy, yet they ask very different amounts of your time.

In our PHP you come in 5 days a week.`
	checkPageLines(t, page, func(c claims.Claim) string { return string(c.Kind) + " " + c.Subject.String() },
		[]string{"3 days-per-week op", "5 days-per-week php"})
}

// A bare count a week under a label or a cell of hours is the week's
// hours, however small: the grammar alone reads seven or fewer a week as
// times.
func TestHoursLabelSmallCount(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/iop\n\nTeen IOP\n\nOur teen IOP meets Monday and Thursday evenings.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"- Hours: 6 per week", "days-per-week iop 2; hours-per-week iop 6"},
		{"Total hours: 5 each week", "days-per-week iop 2; hours-per-week iop 5"},
		{"| Item | Detail |\n| Hours | 6 per week |", "days-per-week iop 2; hours-per-week iop 6"},
		{"| Item | Detail |\n| Days | 2 per week |", "days-per-week iop 2; days-per-week iop 2"},
	})
}
