package claims_test

import "testing"

// A figure restated in brackets right after a claim of its kind and
// subject, with the claim's bound lost, is that claim said again; a copy
// that says the same is kept, and a bracket of another program's figure
// is a claim of its own.
func TestBracketRestated(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/php\n\nPartial Hospitalization\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"The shortest PHP stay is 3 weeks (21 days).", "program-length php ≥21"},
		{"A PHP stay lasts no more than 4 weeks (28 days).", "program-length php ≤28"},
		{"Our PHP meets four days a week (Monday, Tuesday, Thursday, Friday).", "days-per-week php 4; days-per-week php 4"},
		{"Our PHP asks for at least 60 days (8 weeks) of attendance.", "program-length php ≥60"},
		{"PHP stays average about 4 weeks (2-6 weeks).", "program-length php 28; program-length php 14–42"},
		{"Our PHP meets five days a week (our residential program runs seven days a week).", "days-per-week php 5; days-per-week residential 7"},
	})
}
