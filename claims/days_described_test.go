package claims_test

import "testing"

// Named days opening a sentence as the subject of what they hold
// ("Tuesday and Thursday sessions start at 5 p.m.") are some of the days
// the page already gave the week, no count of it; alone on the page, or
// when they meet, they count.
func TestDaysDescribed(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://cobalt.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our IOP meets four days a week.\n\nTuesday and Thursday sessions start at 5 p.m.", "days-per-week iop 4"},
		{"Our IOP meets four days a week.\n\nThe Monday and Friday evenings each include a family hour.", "days-per-week iop 4"},
		{"Our IOP meets four days a week.\n\nSaturday and Sunday groups begin with a check-in.", "days-per-week iop 4"},
		{"Our IOP meets four days a week.\n\nMonday and Tuesday groups meet at the Pine Street office.", "days-per-week iop 4; days-per-week iop 2"},
		{"Monday through Thursday sessions start at 5 p.m.", "days-per-week iop 4"},
		{"Our IOP meets Monday through Friday.\n\nSaturdays and Sundays are quieter, with one group each morning.", "days-per-week iop 5"},
		{"Our IOP meets Monday through Friday.\n\nVisiting for clients is on Saturdays and Sundays.", "days-per-week iop 5"},
		{"Tuesday, Wednesday and Thursday evenings include three hours of group.", "days-per-week iop 3; hours-per-day iop 3"},
	})
}

// A schedule table's rows headed by their days ("| Tuesday, Thursday |",
// "| 3 evenings |") describe the program the page is about.
func TestScheduleRowsByDays(t *testing.T) {
	for _, tc := range []struct{ row, want string }{
		{"| Tuesday, Thursday, Friday | 6:00 – 9:00 p.m. | 9 hours | 8 weeks |", "hours-per-day iop 3; hours-per-week iop 9; program-length iop 56"},
		{"| 3 evenings | 6:00 – 9:00 p.m. | 9 hours | 8 weeks |", "hours-per-day iop 3; hours-per-week iop 9; program-length iop 56"},
	} {
		page := "SOURCE: https://cobalt.example/programs/iop\n\nEvening Intensive Outpatient Program\n\n| Days | Time | Weekly hours | Length |\n|---|---|---|---|\n" + tc.row + "\n"
		if got := claimLines(t, page); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.row, got, tc.want)
		}
	}
}
