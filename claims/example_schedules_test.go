package claims

import "testing"

// A heading calls what it heads example schedules only when it says
// example and schedule (or "example week"): "Examples of levels of care"
// heads kinds of programs, and "Examples of what each day includes" real
// statements.
func TestExampleSchedules(t *testing.T) {
	for h, want := range map[string]bool{
		"example weekly schedules":                   true,
		"an example week":                            true,
		"examples of what each day includes":         false,
		"examples of activities during your 28 days": false,
		"schedule examples":                          true,
		"examples of levels of care":                 false,
		"our weekly schedule":                        false,
		"example questions to ask a rehab":           false,
	} {
		if got := exampleSchedules(h); got != want {
			t.Errorf("%q: %v, want %v", h, got, want)
		}
	}
}
