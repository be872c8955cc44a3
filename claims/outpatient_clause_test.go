package claims_test

import "testing"

// Bare "outpatient care" opening a clause of its own beside another
// level ("…, and outpatient care less than nine", "while outpatient
// treatment means …") is standard outpatient care; "an IOP is a form of
// outpatient care" is still the IOP.
func TestOutpatientClause(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://bayard.example/blog/levels-of-care\n\nLevels of care\n\nOur IOP meets twelve hours a week.\n\n" + s + "\n"
	}
	for _, tc := range []struct{ text, want string }{
		{"Day programs run 20 hours a week or more, IOPs 9 to 19, and outpatient care fewer than nine.",
			"hours-per-week iop 12; hours-per-week php ≥20; hours-per-week iop 9–19; hours-per-week op ≤9"},
		{"A PHP asks for at least 20 hours a week, whereas outpatient treatment asks for under nine.",
			"hours-per-week iop 12; hours-per-week php ≥20; hours-per-week op ≤9"},
		{"An IOP is a form of outpatient care that runs 9 to 19 hours a week.",
			"hours-per-week iop 12; hours-per-week iop 9–19"},
	} {
		if got := claimLines(t, page(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}
