package claims

import (
	"testing"

	"github.com/factlint/factlint/internal/prefilter"
)

// Each cheap test the reader puts in front of an expression lets through
// every text the expression matches, and keeps out the texts it was
// written for. (Verify checks the first on every text the suites reach.)
func TestExpressionGates(t *testing.T) {
	for _, g := range []struct {
		name  string
		gate  func(string) bool
		re    *prefilter.Regexp
		cases []gateCase
	}{
		{"capitalisedBeforeVerb", capitalisedBeforeVerb, runsProgram, []gateCase{
			{"We offer detox.", true},
			{"Northgate also provides an IOP.", true},
			{"Cedar Hollow Ranch operates a PHP.", true},
			{"Ridgeway is a 24-bed facility.", true},
			{"We are an IOP.", true},
			{"After intake, We\tproudly run groups.", true},
			{"We Also offer detox.", true},
			{"Our team provides detox.", false},
			{"Clients who run late call ahead.", false},
			{"The program is a good fit.", false},
			{"Area51 offers parking.", false},
		}},
		{"storyOpens", storyOpens, storyOpening, []gateCase{
			{"Rosa, an electrician from Pender Mill, came to us in May.", true},
			{"Rosa, 34, joined the evening group.", true},
			{"One alumna, Rosa, likes to say it saved her.", true},
			{"Another client, Sam, completed the program.", true},
			{"A recent graduate, Lee, says the evenings helped.", true},
			{"One of our graduates, Rosa, spent ten weeks with us.", true},
			{"Our IOP, which meets three evenings, runs ten weeks.", false},
			{"Clients attend three evenings a week.", false},
		}},
		{"minutesAfterDigit", minutesAfterDigit, bareClockRange, []gateCase{
			{"Groups run 9:30-12:00.", true},
			{"from 6 to 7:30", true},
			{"9:00", true},
			{"Hours: Monday to Friday", false},
			{"Note: 9 to 5", false},
			{"Call 555:1", false},
			{"12:", false},
			{":30", false},
		}},
		{"atNamedSite", atNamedSite, atNamed, []gateCase{
			{"Typical timeframes at Legacy Point include detox.", true},
			{"Our IOP at Harbor Point meets weekly.", true},
			{"The length of stay\tat  Cedar Ridge varies.", true},
			{"Staff at Harbor Point note that most programs vary.", false},
			{"Groups meet at 6 p.m.", false},
			{"Daycare at Noon Street is separate.", false},
			{"", false},
		}},
		// Not a gate but the same answer, asked of a block's stretches
		// between full stops and semicolons.
		{"sameAtLocationsIn", sameAtLocationsIn, sameAtLocations, []gateCase{
			{"every location follows the same weekly schedule.", true},
			{"we have three clinics. every clinic follows the same schedule; hours vary.", true},
			{"at every clinic, the same schedule applies", true},
			{"all of our clinics use an identical schedule", true},
			{"every harbor lane location keeps to the same treatment philosophy and the same daily schedule", true},
			{"the same curriculum runs at every clinic. each clinic sets its own weekly schedule.", true},
			{"every clinic is open. the same schedule is not used.", false},
			{"every clinic; the same schedule", false},
			{"", false},
		}},
	} {
		for _, tc := range g.cases {
			got := g.gate(tc.text)
			if got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", g.name, tc.text, got, tc.want)
			}
			if g.re.MatchString(tc.text) && !got {
				t.Errorf("%s refuses %q, which %q matches", g.name, tc.text, g.re.String())
			}
		}
	}
}

type gateCase struct {
	text string
	want bool
}
