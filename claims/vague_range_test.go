package claims

import (
	"testing"

	"github.com/factlint/factlint/claims/quantity"
)

// A vague near end past the far one ("a few weeks to ten days") spans
// nothing: the two stay apart rather than make a range that runs back.
func TestVagueToFigureKeepsBackwardSpansApart(t *testing.T) {
	text := "Stays last a few weeks to ten days."
	qs := quantity.Parse(text)
	for i := range qs {
		vagueValue(&qs[i])
	}
	if got := vagueToFigure(qs, text, lowerASCII(text)); len(got) != 2 {
		t.Errorf("got %+v, want the two quantities apart", got)
	}
}
