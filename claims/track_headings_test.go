package claims_test

import "testing"

// A page that heads its tracks for whom each serves ("Women's IOP",
// "Veterans IOP", "Standard IOP") gives each section's figures to that
// track, as it does for schedule tracks ("Evening IOP"). A lone heading
// of that kind heads the whole program: a women's center names its one
// IOP so.
func TestWhomForTrackHeadings(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larchmont.example/programs/iop-tracks/\n\nOur IOP Tracks\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Women's IOP\n\nNine hours a week for ten weeks.\n\nVeterans IOP\n\nTwelve hours a week for eight weeks.",
			"hours-per-week iop 9 women's; program-length iop 70 women's; hours-per-week iop 12 veterans; program-length iop 56 veterans"},
		{"Standard IOP\n\nTwelve hours a week.\n\nFirst Responders IOP\n\nNine hours a week.",
			"hours-per-week iop 12 weekday; hours-per-week iop 9 first-responders"},
		{"Women's IOP\n\nNine hours a week for ten weeks.", "hours-per-week iop 9; program-length iop 70"},
		// (What every track shares, said in the last track's section.)
		{"Women's IOP\n\nThree days a week.\n\nVeterans IOP\n\nFour days a week. All IOP tracks last 12 weeks.",
			"days-per-week iop 3 women's; days-per-week iop 4 veterans; program-length iop 84"},
	})
}

// A figure in brackets right after a track's name is that track's,
// whatever track the sentence names first; a standard program in
// brackets is the program as such.
func TestBracketedTrack(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larchmont.example/programs/iop/\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"We offer a Day IOP (three mornings a week) and an Evening IOP (four evenings a week).", "days-per-week iop 3 weekday; days-per-week iop 4 evening"},
		{"We run a morning IOP (three mornings a week) and an evening IOP (four evenings a week).", "days-per-week iop 3 morning; days-per-week iop 4 evening"},
		{"Compared to a standard IOP (three days a week), our track is lighter.", "days-per-week iop 3 compared"},
		// (The subject before a relative clause set between commas is the
		// predicate's after it.)
		{"The weekend track, which opened in January, meets for seven hours a week.", "hours-per-week iop 7 weekend"},
		{"Our IOP, which serves working adults, meets three evenings a week.", "days-per-week iop 3"},
	})
}

// A variant word before "ones" names the programs the word stands for,
// not the ones named before it.
func TestVariantOfOnes(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larchmont.example/blog/rehab-length/\n\nHow Long Is Rehab?\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Short-term residential programs last 28 to 30 days; long-term ones last 60 to 120 days.",
			"program-length residential 28–30 short-term; program-length residential 60–120 long-term"},
		{"Our residential program lasts 30 days, and loved ones visit on Sundays.", "program-length residential 30"},
	})
}
