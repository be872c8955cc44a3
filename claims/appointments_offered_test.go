package claims_test

import "testing"

// Days a provider offers appointments on are slots a client books, not
// days the program meets; days the program's own sessions are held on
// stay its days.
func TestAppointmentsOffered(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"We offer evening appointments on Tuesdays and Thursdays.", ""},
		{"Our counselors have appointments open on Mondays and Fridays.", ""},
		{"Appointments are also available on Saturdays.", ""},
		{"The clinic provides telehealth appointments every Wednesday and Friday.", ""},
		{"Our IOP meets on Tuesdays and Thursdays.", "days-per-week iop 2"},
		{"IOP sessions are held on Mondays, Wednesdays and Fridays.", "days-per-week iop 3"},
	})
}
