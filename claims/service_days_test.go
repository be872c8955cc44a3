package claims_test

import "testing"

// The days a member of staff works or visits, or a phone line or an
// office is open, are theirs, not the days a program meets.
func TestStaffAndServiceDays(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://willowbend.example/programs/residential\n\nResidential Treatment\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our program director works Monday through Friday.", ""},
		{"The clinical director visits three days a week.", ""},
		{"Our house managers work Sunday to Thursday.", ""},
		{"Counselors work days, Tuesday through Saturday.", ""},
		{"We run a family help line on weekdays.", ""},
		{"The admissions office opens at 8 a.m. on weekdays.", ""},
		{"A family liaison can speak with you on weekdays.", ""},
		{"Groups meet at our Birch Street office on weekdays.", "days-per-week residential 5"},
		{"Residents work with their counselors five days a week.", "days-per-week residential 5"},
		// (Fewer than five days are a part of a live-in week, not the
		// stay's: on a residential page they make no claim.)
		{"Residents join the evening group by conference line on Monday, Wednesday and Friday.", ""},
		{"In our program, a counselor will talk with you on Tuesday and Thursday evenings in small groups.", ""},
	})
	iop := func(s string) string {
		return "SOURCE: https://willowbend.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, iop, []lineCase{
		{"Clients join the evening group by conference line on Monday, Wednesday and Friday.", "days-per-week iop 3"},
		{"In our program, a counselor will talk with you on Tuesday and Thursday evenings in small groups.", "days-per-week iop 2"},
	})
}

// A group clients keep after the program (maintenance, step-down,
// continuing care) meets on days of its own.
func TestGroupsAfterProgram(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://willowbend.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Graduates may join our maintenance group, which meets once a week.", "days-per-week other 1"},
		{"Our continuing-care group meets twice a week.", "days-per-week other 2"},
		{"Our IOP meets four days a week.", "days-per-week iop 4"},
		{"Our IOP, a step-down group for PHP graduates, meets four days a week.", "days-per-week iop 4"},
	})
}

// When a building opens is no day the program meets, and a week's total
// told after the part that rounds it out ("a virtual group … rounds out
// the week, giving a total of …") is the page's program's, not the
// part's track.
func TestBuildingOpensAndWeekTotal(t *testing.T) {
	checkVariantPages(t, []pageWant{
		{"SOURCE: https://greyfield.example/programs/weekend-iop\n\nWeekend IOP\n\nGroups meet on Saturdays from 8 a.m. to noon.\n\nGetting here\n\nThe building opens at 7:30 a.m. on Saturdays and Sundays.\n",
			"hours-per-day iop 4 weekend"},
		{"SOURCE: https://greyfield.example/programs/weekend-iop\n\nWeekend IOP\n\nGroups meet Saturday and Sunday from 8 a.m. to noon. A one-hour virtual check-in group on Tuesday rounds out the week, giving a total of about 9 hours.\n",
			"days-per-week iop 2 weekend; hours-per-day iop 4 weekend; hours-per-week iop 9 weekend"},
		{"SOURCE: https://greyfield.example/faq\n\nQuestions\n\nVirtual IOP meets three days a week for three hours a day, for a total of 9 hours weekly.\n",
			"days-per-week iop 3 virtual; hours-per-day iop 3 virtual; hours-per-week iop 9 virtual"},
	})
}
