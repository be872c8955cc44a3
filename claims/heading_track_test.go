package claims

import "testing"

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
