package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// A table's column of someone else's hours ("Visiting window", "Office
// hours") times no program, whatever page it stands on; the program's own
// hours in a table beside it still count.
func TestOthersColumnTimesNoProgram(t *testing.T) {
	page := `Family Visits at Our Residential Program

Residents live on site throughout treatment.

| Day | Visiting window | Notes |
|---|---|---|
| Thursday | 5:30 PM – 7:00 PM | Call ahead |
| Sunday | 2:00 PM – 5:00 PM | Garden patio |

| Track | Hours |
|---|---|
| Residential groups | 9:00 AM – 3:00 PM |
`
	checkPageLines(t, page, func(c claims.Claim) string { return string(c.Kind) + " " + c.Text },
		[]string{"3 lives-at-home live on site", "12 hours-per-day 9:00 AM – 3:00 PM"})
}
