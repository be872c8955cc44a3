package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// A figure given as a median is told from an average or a plain figure,
// and a variant a "for" names right after a figure is that figure's, not
// the one an earlier figure of the list was given for.
func TestMedianAndVariantAfterFor(t *testing.T) {
	page := `How long residential treatment lasts

Figures from a federal survey show short-term residential programs keep people roughly 22 days on average, and long-term programs average about 120 days.

Medians run lower, with 40 days in long-term residential programs against 16 days for short-term residential programs.

In our own program, stays average 28 days, and the median stay is 25 days.

Most clients stay 30 days (median).

Our residential program usually lasts 30 days.
`
	got := positionedLines(extractPage(t, "stays.txt", page), func(c claims.Claim) string { return c.Variant + "/" + c.Statistic })
	want := []string{
		"3 residential 22 short-term/",
		"3 residential 120 long-term/",
		"5 residential 40 long-term/median",
		"5 residential 16 short-term/median",
		"7 residential 28 /",
		"7 residential 25 /median",
		"9 residential 30 /median",
		"11 residential 30 /",
	}
	sameLines(t, got, want)
}
