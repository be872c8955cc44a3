package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
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
		if g := valuePopulations(t, "SOURCE: https://www.newsdesk.example/health/iop-rules\n\nIOP rules\n\n"+tc.text+"\n", "hours-per-week"); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// "Teen Challenge" is the name of a network of programs, mostly for
// adults: the word in the name names no teens.
func TestTeenInName(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"SOURCE: https://www.newsdesk.example/archive/teen-challenge-outpatient/\n\nLocal Teen Challenge restarts its outpatient program\n\nThe outpatient program lasts eight weeks.\n", "56 "},
		{"SOURCE: https://www.newsdesk.example/archive/outpatient/\n\nOutpatient care at Adult & Teen Challenge\n\nThe outpatient program lasts eight weeks.\n", "56 "},
		{"SOURCE: https://www.newsdesk.example/archive/teen-outpatient/\n\nTeen Challenge opens a program for teens\n\nThe outpatient program lasts eight weeks.\n", "56 adolescent"},
	} {
		if g := valuePopulations(t, tc.page, "program-length"); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, g, tc.want)
		}
	}
}

// A program for children named in a page's title or headline ("Child
// Partial Hospitalization Program", "Partial Hospital Services – Child")
// is the young's, as a teen program is; a child named elsewhere in a
// title ("How to Help Your Child Through Rehab") names no program's
// population.
func TestChildProgramTitle(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"SOURCE: https://www.health.example/psychiatry/partial-child\n\nDepartment of Psychiatry\n\nPartial Hospital Services Child\n\nAverage length of stay is 3 weeks.\n", "21 adolescent"},
		{"SOURCE: https://www.health.example/programs/php\n\nChild Partial Hospitalization Program\n\nMost patients attend for three weeks.\n", "21 adolescent"},
		{"SOURCE: https://www.health.example/blog/helping\n\nHow to Help Your Child Through Rehab\n\nResidential rehab usually lasts 30 days.\n", "30 "},
	} {
		if g := valuePopulations(t, tc.page, "program-length"); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, g, tc.want)
		}
	}
}

// valuePopulations joins the value and population of a page's claims of
// one kind: "56 adolescent; 30 ".
func valuePopulations(t *testing.T, page string, kind claims.Kind) string {
	t.Helper()
	var got []string
	for _, c := range pageClaims(t, page) {
		if c.Kind == kind {
			got = append(got, c.FormatValue()+" "+c.Population)
		}
	}
	return strings.Join(got, "; ")
}
