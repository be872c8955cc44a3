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
