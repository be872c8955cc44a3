package claims_test

import "testing"

// Hours in brackets after a week's days, said of each meeting, are no
// week's total; a talk's or a webinar's hours are the event's; years a
// program has run are no stay.
func TestEventsAndBrackets(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://tamsin.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our IOP meets four days a week (about 3 hours each).", "days-per-week iop 4; session-length iop 3"},
		{"Our IOP meets four half days weekly (12 hours).", "days-per-week iop 4; hours-per-week iop 12"},
		{"Community Webinar, 6 to 7 p.m. Our IOP meets four days a week.", "hours-per-day other 1; days-per-week iop 4"},
		{"This month we celebrate ten years of our IOP.", ""},
		{"Our IOP lasts about a year for some clients.", "program-length iop 365.25"},
	})
}

// Sentences opening on providers running programs, or lines labelled
// with their names, are their listings when the page sets two or more
// side by side, none the site's own; a provider naming itself once,
// under any address, keeps its program.
func TestOtherProviderLines(t *testing.T) {
	for _, tc := range []struct{ url, text, want string }{
		{"https://valleyguide.example/tucson-iop-options",
			"Saguaro Bend Recovery runs an IOP that meets three days a week.\n\nPalo Verde Health runs an IOP that meets four days a week.",
			"days-per-week iop 3 listing: saguaro bend recovery; days-per-week iop 4 listing: palo verde health"},
		{"https://valleyguide.example/tucson-iop-options",
			"Saguaro Bend Recovery: IOP three days a week.\n\nPalo Verde Health: IOP four days a week.",
			"days-per-week iop 3 listing: saguaro bend recovery; days-per-week iop 4 listing: palo verde health"},
		{"https://sbrecovery.example/programs/iop",
			"Saguaro Bend Recovery runs an IOP that meets three days a week.\n\nOur IOP meets four days a week.",
			"days-per-week iop 3; days-per-week iop 4"},
		{"https://valleyguide.example/tucson-iop-options",
			"Our Valley Program offers an IOP that meets three days a week.\n\nPalo Verde Health runs an IOP that meets four days a week.",
			"days-per-week iop 3; days-per-week iop 4"},
		{"https://copperleafrecovery.example/how-we-compare",
			"Copperleaf Recovery runs an IOP that meets three evenings a week.\n\nBramble Hill Health runs an IOP that meets four evenings a week.",
			"days-per-week iop 3; days-per-week iop 4 listing: bramble hill health"},
		{"https://mthope.example/programs/iop",
			"Mount Hope Recovery runs an IOP that meets three evenings a week.\n\nCedar Run Health runs an IOP that meets four evenings a week.",
			"days-per-week iop 3; days-per-week iop 4 listing: cedar run health"},
		{"https://shrewsburyclinic.example/compare",
			"Sunrise Hills Recovery runs an IOP that meets three evenings a week.\n\nOakmont Health runs an IOP that meets four evenings a week.",
			"days-per-week iop 3 listing: sunrise hills recovery; days-per-week iop 4 listing: oakmont health"},
		{"https://www.bhrc.example/programs/iop",
			"Blue Heron Recovery Center runs an IOP that meets three evenings a week.\n\nFallow Creek Health runs an IOP that meets four evenings a week.",
			"days-per-week iop 3; days-per-week iop 4 listing: fallow creek health"},
		// The provider as the place ("At … ,") or after a short fronted
		// phrase opens the sentence as well.
		{"https://valleyguide.example/news/evening-groups",
			"At Saguaro Bend Counseling, the IOP meets three evenings a week, its director said.\n\nAcross the valley, Palo Verde Health runs an IOP that meets four evenings a week.",
			"days-per-week iop 3 listing: saguaro bend counseling; days-per-week iop 4 listing: palo verde health"},
	} {
		page := "SOURCE: " + tc.url + "\n\nIntensive Outpatient\n\n" + tc.text + "\n"
		if got := claimVariantLines(t, page); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}
