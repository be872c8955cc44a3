package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// A table with an ASAM level column giving three levels or more sets out
// the criteria, unless the provider speaks in it or keeps a timetable.
func TestASAMTable(t *testing.T) {
	const head = "Care levels\n\n| Care | ASAM level | Weekly hours |\n"
	for _, tc := range []struct {
		rows string
		want string
	}{
		{"| Standard outpatient | Level 1 | Under 9 |\n| IOP | Level 2.1 | 9 to 19 |\n| Day hospital | Level 2.5 | 20 or more |", "ASAM"},
		{"| Standard outpatient | 1 | Under 9 |\n| IOP | 2.1 | 9 to 19 |\n| Day hospital | 2.5 | 20 or more |", "ASAM"},
		// The provider's own levels.
		{"| Our outpatient groups | Level 1 | Under 9 |\n| IOP | Level 2.1 | 9 to 19 |\n| Day hospital | Level 2.5 | 20 or more |", ""},
		{"| Outpatient | Level 1 | Under 9 |\n| IOP, Mon/Wed/Thu 6-9 p.m. | Level 2.1 | 9 |\n| Day hospital | Level 2.5 | 20 or more |", ""},
		// Two levels are no guide to the criteria.
		{"| IOP | Level 2.1 | 9 to 19 |\n| Day hospital | Level 2.5 | 20 or more |", ""},
	} {
		checkWeeklyAttribution(t, head+tc.rows+"\n", tc.want)
	}
}

// checkWeeklyAttribution checks that page gives two hours-per-week
// claims or more, each attributed to want.
func checkWeeklyAttribution(t *testing.T, page, want string) {
	t.Helper()
	doc, err := corpus.Parse("t.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range claims.Extract(doc) {
		if c.Kind != claims.HoursPerWeek {
			continue
		}
		n++
		if c.Attribution != want {
			t.Errorf("%q: %s %q attributed to %q, want %q", page, c.Subject, c.Text, c.Attribution, want)
		}
	}
	if n < 2 {
		t.Errorf("%q: %d hours-per-week claims, want every line's", page, n)
	}
}

// A list under a lead-in that says it defines the levels gives the
// field's definitions, not the provider's figures.
func TestDefinitionsListed(t *testing.T) {
	for _, tc := range []struct {
		lead string
		want string
	}{
		{"Coverage is decided by level. This is how the levels are usually defined:", "guidelines"},
		{"The standard definitions:", "guidelines"},
		{"Our programs are defined as follows:", ""},
		{"What each of our programs involves:", ""},
	} {
		checkWeeklyAttribution(t, "SOURCE: https://fairhaven.example/insurance\n\nInsurance\n\n"+tc.lead+"\n\n- Intensive outpatient (IOP): 9 to 19 hours a week\n- Partial hospitalization (PHP): 20 or more hours a week\n", tc.want)
	}
}
