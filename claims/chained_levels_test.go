package claims_test

import "testing"

// A sentence that points back at the levels the one before listed and
// runs "from A, to B, to C" gives each figure its level, in the order
// the list names them (after a lead-in that names one of them first).
// A chain with a figure too many, or one that does not point back, is
// left to the usual reading.
func TestChainBackOverLevels(t *testing.T) {
	page := `Levels of care

Our clinic runs three kinds of outpatient care: a day program (PHP), an evening IOP and standard outpatient counseling. These vary in what they ask, from 5 full days a week, to 3 evenings a week, to about an hour a week.
`
	want := "days-per-week php 5; days-per-week iop 3; hours-per-week op 1"
	if got := claimLines(t, page); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
