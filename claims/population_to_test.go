package claims_test

import (
	"strings"
	"testing"
)

// Hours given "to adults" and "to teens" are those populations' own, as
// "for adults" and "for teens" are; "to" before anything else names no
// one.
func TestPopulationAfterTo(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A state rule says an IOP must give at least nine hours per week to adults and at least six hours per week to teens.", "≥9 adult; ≥6 adolescent"},
		{"Programs offer at least nine hours per week to adult clients and six hours per week to adolescents.", "≥9 adult; 6 adolescent"},
		{"An IOP gives at least nine hours per week for adults and six hours per week for teens.", "≥9 adult; ≥6 adolescent"},
		{"Most IOPs run up to twelve hours per week to adults.", "≤12 adult"},
		{"Most IOPs give nine hours per week to group work.", "9 "},
	} {
		var got []string
		for _, c := range pageClaims(t, "SOURCE: https://www.newsdesk.example/health/iop-rules\n\nIOP rules\n\n"+tc.text+"\n") {
			if c.Kind == "hours-per-week" {
				got = append(got, c.FormatValue()+" "+c.Population)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
