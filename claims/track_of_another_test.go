package claims_test

import (
	"strings"
	"testing"
)

// A track word that names another program's track ("our evening IOP" on
// a PHP page) is not the track of the claim beside it; one that stands
// alone or names the claim's own program is.
func TestTrackOfAnother(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Partial hospitalization sits between detox and our evening IOP: clients spend the day here and go home at night.", "lives-at-home php true "},
		{"Our PHP, a step above our morning IOP, lets clients go home each night.", "lives-at-home php true "},
		{"Partial hospitalization, which most clients follow with our weekend IOP, runs five days a week.", "days-per-week php 5 "},
		{"Our evening PHP runs four hours a day.", "hours-per-day php 4 evening"},
		{"The morning track of our PHP meets five days a week.", "days-per-week php 5 morning"},
		{"Clients in the evening track attend the PHP four hours a day.", "hours-per-day php 4 evening"},
		// (A bare "outpatient" on a PHP's page may name the PHP itself.)
		{"Our evening outpatient program runs four hours a day.", "hours-per-day php 4 evening"},
	} {
		page := "SOURCE: https://brookfield.example/programs/partial-hospitalization\n\nPartial Hospitalization Program\n\n" + tc.text + "\n"
		var got []string
		for _, c := range pageClaims(t, page) {
			got = append(got, string(c.Kind)+" "+c.Subject.String()+" "+c.FormatValue()+" "+c.Variant)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// A track named after a program and a comma, labelling a line ("Adult
// IOP, virtual: …"), is that line's track, as "(virtual)" is.
func TestTrackAfterComma(t *testing.T) {
	page := "SOURCE: https://novastep.example/programs/iop\n\nIntensive Outpatient\n\n- Adult IOP, in person: three mornings a week\n- Adult IOP, virtual: four evenings a week\n"
	if got, want := claimVariantLines(t, page), "days-per-week iop 3; days-per-week iop 4 virtual"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// On a page that says each clinic keeps its own schedule, lines labelled
// with a place, or opening on one, are that place's; "Days:" labels none.
func TestPlaceLabelledLines(t *testing.T) {
	page := "SOURCE: https://summitvale.example/programs/iop\n\nAdult IOP\n\nEach clinic sets its own days and hours.\n\n- Greeley: 9 hours a week\n- Loveland: 12 hours a week\n\nIn Greeley, the IOP meets three evenings a week. In Loveland, it meets four mornings a week.\n\n- Days: four days a week\n"
	want := "hours-per-week iop 9 at greeley; hours-per-week iop 12 at loveland; days-per-week iop 3 at greeley; days-per-week iop 4 at loveland; days-per-week iop 4"
	if got := claimVariantLines(t, page); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// Places the page's sentences open on after "In" are its sites too.
func TestPlaceOpenedLines(t *testing.T) {
	page := "SOURCE: https://summitvale.example/programs/iop\n\nAdult IOP\n\nHours vary by location.\n\nIn Greeley, the IOP meets three evenings a week. In Loveland, it meets four mornings a week.\n"
	if got, want := claimVariantLines(t, page), "days-per-week iop 3 at greeley; days-per-week iop 4 at loveland"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
