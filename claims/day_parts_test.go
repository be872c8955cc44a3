package claims_test

import "testing"

// A sentence pointing back at the day the one before gave ("This
// includes …") times a part of that day, not the program's day.
func TestDayPartPointedBack(t *testing.T) {
	page := `Day Treatment

In our PHP, clients attend six hours a day. This includes three hours of group therapy and counseling each day.
`
	want := "hours-per-day php 6; hours-per-day other 3"
	if got := claimLines(t, page); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
