package claims_test

import "testing"

// A family week's, weekend's or intensive's own length is the event's,
// not the length of the stay it is part of.
func TestFamilyStretch(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/residential/\n\nResidential Care\n\nResidents stay 30 to 45 days.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Family Week is five days long.", "program-length residential 30–45; program-length other 5"},
		{"The Family Intensive lasts three days.", "program-length residential 30–45; program-length other 3"},
		{"During Family Week, which lasts five days, relatives attend groups with residents.", "program-length residential 30–45; program-length other 5"},
		// (Only the event's own figure: the stay named after it keeps its.)
		{"Family Week is five days long, and residents stay 30 days in total.", "program-length residential 30–45; program-length other 5; program-length residential 30"},
		{"Family Week lasts five days. Residents usually stay 30 days.", "program-length residential 30–45; program-length other 5; program-length residential 30"},
	})
}

// Time the family spends ("Most families spend 2 to 3 hours a week with
// us", "Family involvement takes about 3 hours weekly") is the family's,
// not the program's week.
func TestFamilyTime(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/php/\n\nPartial Hospitalization\n\nOur PHP runs 30 hours a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Most families spend 2 to 3 hours a week with us.", "hours-per-week php 30; hours-per-week other 2–3"},
		{"Family involvement takes about 3 hours weekly.", "hours-per-week php 30; hours-per-week other 3"},
		{"Most clients spend 30 hours a week with us.", "hours-per-week php 30; hours-per-week php 30"},
	})
}

// The figures after an event's first one, in the same clause, are the
// event's too, however far its name is.
func TestEventClause(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/womens-iop/\n\nWomen's IOP\n\nOur women's IOP meets three days a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Some women choose to stay in our alumni group afterward, which meets once a week on Tuesday evenings for an hour and a half.",
			"days-per-week iop 3; days-per-week other 1; session-length other 1.5"},
		{"Our alumni group meets once a week, and the IOP itself runs three hours a day.",
			"days-per-week iop 3; days-per-week other 1; hours-per-day iop 3"},
		{"After graduation, alumni meet weekly while the IOP continues three days a week.",
			"days-per-week iop 3; days-per-week other 1; days-per-week iop 3"},
	})
}

// Days the family spends with the client, even after a fronted phrase
// ("At the close of the program, parents …"), are the family's, not the
// length of the program, whatever program it is.
func TestFamilyDays(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/wilderness/\n\nTeen wilderness program\n\nTeens spend at least 42 days hiking in the backcountry.\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"- Near the close of the program, parents get to spend three nights and four days at base camp.", "program-length other ≥42; program-length other 4 event: family"},
		{"- By the last week of the program, parents spend two nights and three days at base camp with their teen.", "program-length other ≥42; program-length other 3 event: family"},
		{"Families stay two nights and three days at the ranch.", "program-length other ≥42; program-length other 3 event: family"},
		{"The retreat is two nights and three days long.", "program-length other ≥42; program-length other 3"},
		{"- Parents may spend two days on the trail with their child before graduation.", "program-length other ≥42"},
		{"- Most teens stay 60 days.", "program-length other ≥42; program-length other 60"},
	})
}

// One more program a sentence names by its length and whom it is for is
// that program, not the page's own.
func TestAnotherProgramFor(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/dui/\n\nDUI education\n\nThe standard education program requires one session a week for 12 weeks.\n\n" + s + "\n"
	}
	const own = "days-per-week other 1; program-length other 84; "
	checkVariantLines(t, page, []lineCase{
		{"Last, we run a 24-month program for repeat offenders.", own + "program-length other 730.5 for repeat offenders"},
		{"We also offer a 60-day track for veterans.", own + "program-length other 60 for veterans"},
		{"It is a 12-week program for adults.", own + "program-length other 84"},
	})
}
