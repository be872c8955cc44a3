package claims_test

import (
	"strings"
	"testing"
)

// A gerund denied after it ("Going home at night is not allowed"), a
// bound denied by "never exceed", and "while" before a gerund, which
// keeps its clause's subject and hedge.
func TestNegationForms(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ferncliff.example/programs/detox\n\nMedical Detox\n\n" + s + "\n"
	}
	for _, tc := range []struct{ text, want string }{
		{"Going home at night is not part of detox here.", "lives-at-home detox false asserted typical"},
		{"Patients rest on the unit; sleeping at home is not allowed.", "lives-at-home detox false asserted typical"},
		{"Going home each evening is part of the program.", "lives-at-home detox true asserted typical"},
		{"Clients go home each evening. Staying overnight is not part of the program.", "lives-at-home detox true asserted typical; lives-at-home detox true asserted typical"},
		{"Staying overnight is not allowed.", "lives-at-home detox true asserted typical"},
		{"Detox stays never exceed eight days.", "program-length detox ≤8 asserted universal"},
		{"Some patients can withdraw while living at home.", "lives-at-home detox true asserted existential"},
	} {
		var got []string
		for _, c := range pageClaims(t, page(tc.text)) {
			got = append(got, strings.Join([]string{string(c.Kind), c.Subject.String(), c.FormatValue(), c.Polarity.String(), c.Force.String()}, " "))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// A lead-in closed by a colon opens no subject: the residents after it
// are still the residential program's.
func TestResidentsAfterColon(t *testing.T) {
	page := "SOURCE: https://ferncliff.example/programs/php\n\nPartial Hospitalization\n\nOur PHP has no overnight supervision.\n\nThe main difference: residents have 24-hour supervision, while PHP clients go home.\n"
	var got []string
	for _, c := range pageClaims(t, page) {
		got = append(got, string(c.Kind)+" "+c.Subject.String()+" "+c.FormatValue())
	}
	if g, want := strings.Join(got, "; "), "supervision-24-7 php false; lives-at-home php true; supervision-24-7 residential true"; g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}

// "Neither A nor B <verb> …" denies the verb of both levels, outpatient
// care joined to a level by "nor" is a level of its own (not the program
// of the section before), and a clause after the pair is out of reach.
func TestNeitherNorPair(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ferncliff.example/programs/\n\nOur Programs\n\nOur PHP runs on weekdays for about five weeks.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Neither the IOP nor the outpatient program requires you to live on site.", "days-per-week php 5; program-length php 35; lives-at-home iop true; lives-at-home op true"},
		{"Neither our IOP nor our outpatient program provides 24/7 supervision.", "days-per-week php 5; program-length php 35; supervision-24-7 iop false; supervision-24-7 op false"},
		{"Neither IOP nor outpatient care asks clients to stay overnight.", "days-per-week php 5; program-length php 35; lives-at-home iop true; lives-at-home op true"},
		{"Neither the IOP nor the outpatient program is long, and the residential program requires you to live on site.", "days-per-week php 5; program-length php 35; lives-at-home residential false"},
		{"Our IOP and outpatient program both let clients sleep at home.", "days-per-week php 5; program-length php 35; lives-at-home iop true; lives-at-home op true"},
	})
}

// A sentence opening on all of the provider's clients says where the
// clients of every program just named live; a figure so said is no one
// program's schedule spread over the others.
func TestAllOurClients(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ferncliff.example/programs/\n\nOur Programs\n\nWe run an IOP and an outpatient program.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"All of our clients live at home.", "lives-at-home iop true; lives-at-home op true"},
		{"Everyone we serve sleeps at home each night.", "lives-at-home iop true; lives-at-home op true"},
		{"All of our clients attend at least nine hours a week.", "hours-per-week iop ≥9"},
	})
}

// A contraction typed without its apostrophe still denies.
func TestApostropheLessNegation(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ferncliff.example/programs/\n\nOur Programs\n\nOur IOP meets three evenings a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"We dont offer detox.", "days-per-week iop 3; detox-offered detox false"},
		{"Our residential unit isnt staffed 24/7.", "days-per-week iop 3; supervision-24-7 residential false"},
		{"We wont provide detox.", "days-per-week iop 3; detox-offered detox false"},
	})
}
