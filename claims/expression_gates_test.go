package claims

import "testing"

// capitalisedBeforeVerb lets through every sentence runsProgram matches,
// and keeps out those whose verb follows a word in lower case.
func TestCapitalisedBeforeVerb(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
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
	} {
		if got := capitalisedBeforeVerb(tc.text); got != tc.want {
			t.Errorf("capitalisedBeforeVerb(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if runsProgram.MatchString(tc.text) && !capitalisedBeforeVerb(tc.text) {
			t.Errorf("runsProgram matches %q, which capitalisedBeforeVerb refuses", tc.text)
		}
	}
}

// storyOpens lets through every sentence storyOpening matches.
func TestStoryOpens(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Rosa, an electrician from Pender Mill, came to us in May.", true},
		{"Rosa, 34, joined the evening group.", true},
		{"One alumna, Rosa, likes to say it saved her.", true},
		{"Another client, Sam, completed the program.", true},
		{"A recent graduate, Lee, says the evenings helped.", true},
		{"One of our graduates, Rosa, spent ten weeks with us.", true},
		{"Our IOP, which meets three evenings, runs ten weeks.", false},
		{"Clients attend three evenings a week.", false},
	} {
		if got := storyOpens(tc.text); got != tc.want {
			t.Errorf("storyOpens(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if storyOpening.MatchString(tc.text) && !storyOpens(tc.text) {
			t.Errorf("storyOpening matches %q, which storyOpens refuses", tc.text)
		}
	}
}

// sameAtLocationsIn answers as sameAtLocations does over a whole block.
func TestSameAtLocationsIn(t *testing.T) {
	for _, l := range []string{
		"every location follows the same weekly schedule.",
		"we have three clinics. every clinic follows the same schedule; hours vary.",
		"the same curriculum runs at every clinic. each clinic sets its own weekly schedule.",
		"every clinic is open. the same schedule is not used.",
		"every clinic; the same schedule",
		"at every clinic, the same schedule applies",
		"all of our clinics use an identical schedule",
		"",
	} {
		if got, want := sameAtLocationsIn(l), sameAtLocations.MatchString(l); got != want {
			t.Errorf("sameAtLocationsIn(%q) = %v, want %v", l, got, want)
		}
	}
}

// atNamedSite lets through every sentence atNamed matches.
func TestAtNamedSite(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Typical timeframes at Legacy Point include detox.", true},
		{"Our IOP at Harbor Point meets weekly.", true},
		{"The length of stay\tat  Cedar Ridge varies.", true},
		{"Staff at Harbor Point note that most programs vary.", false},
		{"Groups meet at 6 p.m.", false},
		{"Daycare at Noon Street is separate.", false},
		{"", false},
	} {
		if got := atNamedSite(tc.text); got != tc.want {
			t.Errorf("atNamedSite(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if atNamed.MatchString(tc.text) && !atNamedSite(tc.text) {
			t.Errorf("atNamed matches %q, which atNamedSite refuses", tc.text)
		}
	}
}
