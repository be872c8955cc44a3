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
	} {
		i := strings.Index(tc.text, "weekly")
		if got := weeklyCareSpokenOf(tc.text, i, i+len("weekly")); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A heading that opens on a track of a program and says whom it is for
// heads that track's section.
func TestOpensOnTrack(t *testing.T) {
	for _, tc := range []struct {
		heading string
		want    bool
	}{
		{"evening iop for working parents", true},
		{"weekend program for nurses", true},
		{"evening iop", false},
		{"how our evening iop works", false},
		{"groups for working parents", false},
	} {
		if got := opensOnTrack(tc.heading); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.heading, got, tc.want)
		}
	}
}
