package claims_test

import (
	"strings"
	"testing"
)

// Bare "outpatient care" opening a clause of its own beside another
// level ("…, and outpatient care less than nine", "while outpatient
// treatment means …") is standard outpatient care; "an IOP is a form of
// outpatient care" is still the IOP.
func TestOutpatientClause(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://bayard.example/blog/levels-of-care\n\nLevels of care\n\nOur IOP meets twelve hours a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Day programs run 20 hours a week or more, IOPs 9 to 19, and outpatient care fewer than nine.",
			"hours-per-week iop 12; hours-per-week php ≥20; hours-per-week iop 9–19; hours-per-week op ≤9"},
		{"A PHP asks for at least 20 hours a week, whereas outpatient treatment asks for under nine.",
			"hours-per-week iop 12; hours-per-week php ≥20; hours-per-week op ≤9"},
		{"An IOP is a form of outpatient care that runs 9 to 19 hours a week.",
			"hours-per-week iop 12; hours-per-week iop 9–19"},
		{"Our IOP is outpatient, and outpatient treatment here meets ten hours a week.",
			"hours-per-week iop 12; hours-per-week iop 10"},
		{"Our IOP is not a residential program but outpatient care, with groups three evenings a week.",
			"hours-per-week iop 12; days-per-week iop 3; lives-at-home iop true"},
	})
}

// A run-in label opening a paragraph ("Teen IOP. …") that names a program
// for teens makes the paragraph's figures theirs, as a heading does.
func TestRunInLabelPopulation(t *testing.T) {
	page := "SOURCE: https://bayard.example/programs/\n\nPrograms\n\nAdult IOP. Groups meet four mornings a week.\n\nAdolescent IOP. For ages 14 to 17. Groups meet two afternoons a week.\n\nTeen and Adult IOP. Mixed groups meet one evening a week.\n"
	var got []string
	for _, c := range pageClaims(t, page) {
		got = append(got, string(c.Kind)+" "+c.FormatValue()+" "+c.Population)
	}
	if g, want := strings.Join(got, "; "), "days-per-week 4 ; days-per-week 2 adolescent; days-per-week 1 "; g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}
