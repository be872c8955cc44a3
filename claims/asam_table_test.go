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
		doc, err := corpus.Parse("t.txt", []byte(head+tc.rows+"\n"), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range claims.Extract(doc) {
			if c.Kind != claims.HoursPerWeek {
				continue
			}
			n++
			if c.Attribution != tc.want {
				t.Errorf("%q: %s %q attributed to %q, want %q", tc.rows, c.Subject, c.Text, c.Attribution, tc.want)
			}
		}
		if n < 2 {
			t.Errorf("%q: %d hours-per-week claims, want every row's", tc.rows, n)
		}
	}
}
