package claims_test

import "testing"

// On a page about a day program, a sentence that names no program but
// speaks of a stay at some facility ("living at a rehab facility for
// about 28 days") says what living in is like, and how long it lasts,
// of residential care. The facility the program's own clients stay at
// ("the treatment center") and a sentence that names a program keep
// their reading.
func TestFacilityStayIsResidential(t *testing.T) {
	page := `When an IOP Is the Better Choice

An IOP lets students keep going to class. Living at a rehab facility for about 28 days makes keeping up with coursework hard.

A stay in a treatment center of around 45 days is hard to fit around a job.

On weeknights, clients in the program stay at the treatment center, then spend weekends at home.

Our IOP lasts 10 weeks.
`
	want := "program-length residential 28; lives-at-home residential false; program-length residential 45; " +
		"lives-at-home iop false; lives-at-home iop true; program-length iop 70"
	if got := claimLines(t, page); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
