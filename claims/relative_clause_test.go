package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
)

// A relative clause that holds another program up beside the
// antecedent's gives that program no length of its own: the figure
// there is a comparison ("…, which is much shorter than 30-day
// residential programs"), unlike a program the clause says comes next
// ("…, which is then followed by a four-week residential programme").
func TestRelativeClauseComparedProgram(t *testing.T) {
	for _, text := range []string{
		"Our PHP\n\nOur PHP lasts two weeks, which is much shorter than 30-day residential programs.",
		"Detox\n\nOur detox lasts about a week, which is often followed by a 30-day residential stay elsewhere.",
	} {
		for _, c := range kindClaims(t, text, claims.ProgramLength) {
			if strings.HasPrefix(c, "residential") {
				t.Errorf("%q: %s, want no residential length", text, c)
			}
		}
	}
}
