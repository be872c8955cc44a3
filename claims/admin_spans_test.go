package claims_test

import "testing"

// How long a step of getting in takes, and a count of sessions or
// approved days worked out as weeks, are no program's length; a level
// of care no program of the page's is names none of them.
func TestAdminSpansAndKindsDenied(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ridgewell.example/programs/partial-hospitalization\n\nPartial Hospitalization\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Benefits verification typically takes under a day.", ""},
		{"Most admissions are finished within two days.", ""},
		{"The intake process can take up to three days.", ""},
		{"Checking your insurance takes under a day.", ""},
		{"Enrollment usually takes ten weeks from the first group to graduation.", "program-length php 70"},
		{"Getting into our PHP usually takes one to two weeks.", ""},
		{"Admission to graduation in our PHP usually takes five weeks.", "program-length php 35"},
		{"A spot in our day program can take two weeks to open up.", ""},
		{"Completing our PHP usually takes four weeks.", "program-length php 28"},
		{"Diversion contracts commonly run nine months, and our PHP is one part of them.", ""},
		{"For adults the usual floor is 20 hours weekly.", "hours-per-week php ≥20"},
		{"Our PHP meets five days a week, so 15 sessions is roughly three weeks.", "days-per-week php 5"},
		{"Most plans cover 10 approved days, and ten approved days last two weeks.", ""},
		{"The program's 20 sessions last about four weeks.", "program-length php 28"},
		{"Our PHP lasts four weeks.", "program-length php 28"},
		{"Neither of our programs is residential; clients sleep at home.", "lives-at-home php true"},
		{"Our PHP is not residential, so clients sleep at home.", "lives-at-home php true"},
	})
}

// Hours found wanting ("would not be enough", "would fall short", "too
// severe for a few hours …") are held up against the program, none of its.
func TestHoursFoundWanting(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ridgewell.example/programs/partial-hospitalization\n\nPartial Hospitalization\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Day treatment fits when two hours of counseling a week would not be enough.", ""},
		{"For PHP clients, three hours of therapy each week would fall short.", ""},
		{"Some clients are too unstable for a few hours of therapy each week.", ""},
		{"Our PHP gives 25 hours of care a week, enough for most clients.", "hours-per-week php 25"},
		{"Our PHP gives 25 hours of care a week, so no one falls short of the minimum.", "hours-per-week php 25"},
		{"Eight hours a week falls short of what a day program gives.", ""},
	})
}

// A bare count opening the answer to "How many hours a week …?" is the
// hours asked for, within what a week of care can hold.
func TestBareHoursAnswer(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ridgewell.example/programs/partial-hospitalization\n\nPartial Hospitalization\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"How many hours a week is the PHP?\n\nAt least 20.", "hours-per-week php ≥20"},
		{"How many hours a week is the PHP?\n\nAbout 25, over five days.", "hours-per-week php 25; days-per-week php 5"},
		{"How many hours a week do most people work?\n\n40 or more.", ""},
	})
}
