package claims_test

import "testing"

// Named days opening a sentence as the subject of what some of the
// week's days hold ("Tuesday and Thursday sessions start at 5 p.m.") are
// no count of the week's days; named days that meet or run are.
func TestDaysDescribed(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://cobalt.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	for _, tc := range []struct{ text, want string }{
		{"Tuesday and Thursday sessions start at 5 p.m.", ""},
		{"The Monday and Friday evenings each include a family hour.", ""},
		{"Saturday and Sunday groups begin with a check-in.", ""},
		{"Monday, Tuesday and Thursday groups meet at the Pine Street office.", "days-per-week iop 3"},
		{"Tuesday and Thursday evenings are for our IOP.", "days-per-week iop 2"},
	} {
		if got := claimLines(t, page(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}
