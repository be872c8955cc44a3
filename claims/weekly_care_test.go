package claims

import (
	"strings"
	"testing"
)

// Weekly care that is said to fall short is care held up, not a count of
// the program's days.
func TestWeeklyCareFallsShort(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"clinicians suggest it when weekly therapy has stalled", true},
		{"for adults whose weekly counseling isn't enough", true},
		{"groups add weekly therapy sessions on site", false},
		{"both are steps between a hospital stay and weekly counseling", true},
		{"days combine group work, family sessions and weekly therapy", false},
		{"when weekly therapy and even a day program are not enough, we admit", true},
		{"when weekly therapy sessions begin, clients also join groups", false},
	} {
		i := strings.Index(tc.text, "weekly")
		if got := weeklyCareSpokenOf(tc.text, i, i+len("weekly")); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
