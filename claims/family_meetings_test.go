package claims_test

import "testing"

// A family's, parent's or caregiver's own meeting is no day of the
// program's week, in a sentence or a list item; a parent who joins the
// group once a week comes on one of its days.
func TestFamilyMeetings(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://willowbend-teens.example/programs/iop\n\nTeen Intensive Outpatient\n\nOur teen IOP meets on three afternoons a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Once a week, a parent joins the final hour of group.", "days-per-week iop 3; days-per-week other 1"},
		{"Every week, one parent or guardian sits in on the closing check-in.", "days-per-week iop 3"},
		{"Caregivers join a video session once a week.", "days-per-week iop 3; days-per-week other 1"},
		{"What a week includes:\n\n- Three afternoon groups\n- A caregiver meeting once a week", "days-per-week iop 3; days-per-week other 1"},
		{"A parent night takes place on Thursdays.", "days-per-week iop 3"},
		{"Family meetings are held every other week.", "days-per-week iop 3"},
		// The family's clause ends where another subject's begins.
		{"A parent joins a family group every week, and every teen also has individual sessions that last 50 minutes.", "days-per-week iop 3; session-length individual-therapy 0.8333"},
		// Clients coming in are the program's.
		{"Once a week, clients join a longer evening group.", "days-per-week iop 3; days-per-week iop 1"},
	})
}

// One group a client attends, named with "a" and its topic, meets on days
// of its own; a program's own groups (a track, a time of day, a length)
// meet on the program's.
func TestOneGroupAttended(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://cedarfall.example/programs/residential\n\nResidential Treatment\n\nOur residential program runs seven days a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Residents also attend a grief group twice a week.", "days-per-week residential 7; days-per-week group-therapy 2"},
		{"Most residents join an anger management group three times a week.", "days-per-week residential 7; days-per-week group-therapy 3"},
		{"Residents also join one weekly group for their families.", "days-per-week residential 7"},
		// (A live-in week is the whole of it: four nights are a part.)
		{"Residents attend an evening group four nights a week.", "days-per-week residential 7"},
		{"Residents attend a two-hour process group five days a week.", "days-per-week residential 7; days-per-week residential 5"},
	})
}
