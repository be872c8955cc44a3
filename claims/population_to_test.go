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
	const page = "SOURCE: https://www.newsdesk.example/health/iop-rules\n\nIOP rules\n\n"
	checkPopulations(t, claims.HoursPerWeek, []pageWant{
		{page + "A state rule says an IOP must give at least nine hours per week to adults and at least six hours per week to teens.", "≥9 adult; ≥6 adolescent"},
		{page + "Programs offer at least nine hours per week to adult clients and six hours per week to adolescents.", "≥9 adult; 6 adolescent"},
		{page + "An IOP gives at least nine hours per week for adults and six hours per week for teens.", "≥9 adult; ≥6 adolescent"},
		{page + "Most IOPs run up to twelve hours per week to adults.", "≤12 adult"},
		{page + "Most IOPs give nine hours per week to group work.", "9 "},
	})
}

// "Teen Challenge" is the name of a network of programs, mostly for
// adults: the word in the name names no teens.
func TestTeenInName(t *testing.T) {
	checkPopulations(t, claims.ProgramLength, []pageWant{
		{"SOURCE: https://www.newsdesk.example/archive/teen-challenge-outpatient/\n\nLocal Teen Challenge restarts its outpatient program\n\nThe outpatient program lasts eight weeks.\n", "56 "},
		{"SOURCE: https://www.newsdesk.example/archive/outpatient/\n\nOutpatient care at Adult & Teen Challenge\n\nThe outpatient program lasts eight weeks.\n", "56 "},
		{"SOURCE: https://www.newsdesk.example/archive/teen-outpatient/\n\nTeen Challenge opens a program for teens\n\nThe outpatient program lasts eight weeks.\n", "56 adolescent"},
	})
}

// A program for children named in a page's title or headline ("Child
// Partial Hospitalization Program", "Partial Hospital Services – Child")
// is the young's, as a teen program is; a child named elsewhere in a
// title ("How to Help Your Child Through Rehab") names no program's
// population.
func TestChildProgramTitle(t *testing.T) {
	checkPopulations(t, claims.ProgramLength, []pageWant{
		{"SOURCE: https://www.health.example/psychiatry/partial-child\n\nDepartment of Psychiatry\n\nPartial Hospital Services Child\n\nAverage length of stay is 3 weeks.\n", "21 adolescent"},
		{"SOURCE: https://www.health.example/programs/php\n\nChild Partial Hospitalization Program\n\nMost patients attend for three weeks.\n", "21 adolescent"},
		{"SOURCE: https://www.health.example/blog/helping\n\nHow to Help Your Child Through Rehab\n\nResidential rehab usually lasts 30 days.\n", "30 "},
	})
}

// checkPopulations checks each page's claims of one kind by value and
// population, joined: "56 adolescent; 30 ".
func checkPopulations(t *testing.T, kind claims.Kind, cases []pageWant) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, c := range pageClaims(t, tc.page) {
			if c.Kind == kind {
				got = append(got, c.FormatValue()+" "+c.Population)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, g, tc.want)
		}
	}
}
