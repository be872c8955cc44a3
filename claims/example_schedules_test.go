package claims

import "testing"

// A heading calls what it heads example schedules only when it says both
// example and schedule (or week, day): "Examples of levels of care" heads
// kinds of programs, whose figures are real statements.
func TestExampleSchedules(t *testing.T) {
	for h, want := range map[string]bool{
		"example weekly schedules":         true,
		"a typical week, for example":      true,
		"schedule examples":                true,
		"examples of levels of care":       false,
		"our weekly schedule":              false,
		"example questions to ask a rehab": false,
	} {
		if got := exampleSchedules(h); got != want {
			t.Errorf("%q: %v, want %v", h, got, want)
		}
	}
}
