package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// An activity a program holds — a specialty therapy, a yoga class, an
// outing — meets on days of its own: its figures are not the program's,
// though the page is about the program. A program named between the
// activity and the figure keeps the figure.
func TestActivityTimed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Horticultural therapy is offered three times a week in the greenhouse.", "days-per-week other 3"},
		{"Tai chi classes meet twice a week on the lawn.", "days-per-week other 2"},
		{"Adventure therapy takes place once a week, weather permitting.", "days-per-week other 1"},
		{"Most residents join equine-assisted therapy twice a week.", "days-per-week other 2"},
		// ("on" before the days.)
		{"Residents can join qigong sessions on Tuesdays and Fridays.", "days-per-week other 2"},
		{"Music therapy is offered on Mondays and Wednesdays.", "days-per-week other 2"},
		{"Sound bath sessions are held for an hour twice a week.", "session-length other 1; days-per-week other 2"},
		{"A grief group is held once a week in the chapel.", "days-per-week other 1"},
		{"Every resident also joins a twice-weekly nicotine group.", "days-per-week other 2"},
		{"A relapse-prevention group is held twice a week. Groups meet six days a week.", "days-per-week other 2; days-per-week residential 6"},
		{"Our process group meets six days a week.", "days-per-week group-therapy 6"},
		{"Our women's residential group meets six days a week.", "days-per-week residential 6"},
		{"Our residential program meets with clients six days a week.", "days-per-week residential 6"},
		{"Yoga is part of our residential program, which runs groups six days a week.", "days-per-week residential 6"},
		{"The program includes dance therapy and meets five days a week.", "days-per-week residential 5"},
		// The bare copula names the activity's days too, and the hours
		// said after them are its hours; so are a school's.
		{"Yoga is Tuesday and Thursday mornings.", "days-per-week other 2"},
		{"Meditation is Monday through Friday for an hour and a half.", "days-per-week other 5; hours-per-day other 1.5"},
		// (Less than an hour a day is no day's hours: a task's.)
		{"Meditation is Monday through Friday for half an hour.", "days-per-week other 5"},
		{"Classroom time is Monday through Thursday for two hours.", "days-per-week other 4; hours-per-day other 2"},
		{"Tutoring runs Monday to Friday for 90 minutes.", "days-per-week other 5"},
		{"Our residential program is six days a week for five hours.", "days-per-week residential 6; hours-per-day residential 5"},
	} {
		page := "Residential treatment at Larkspur\n\nOur residential program lasts 45 days.\n\n" + tc.text + "\n"
		if got := claimLines(t, page, claims.ProgramLength); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// A program's own figures said beside an activity, a closing, a pause, a
// denial of another thing or a daily return stay the program's.
func TestOwnFiguresKept(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"Our IOP\n\nOur IOP with yoga meets four days a week.", "days-per-week iop 4"},
		{"Our IOP\n\nOur IOP is a group that meets three days a week for three hours.", "days-per-week iop 3; hours-per-day iop 3"},
		{"Our IOP\n\nOur IOP meets three evenings a week. Clients attend one of two 90-minute groups each evening.", "days-per-week iop 3; session-length iop 1.5"},
		{"Our IOP\n\nOur IOP lasts 10 weeks. Graduates join a relapse-prevention group that meets weekly for 12 weeks.", "program-length iop 70; days-per-week other 1; program-length other 84"},
		{"Our IOP\n\nOur IOP lasts 10 weeks. Clients pick up buprenorphine twice a week at the pharmacy.", "program-length iop 70"},
		{"Our IOP\n\nOur IOP lasts 10 weeks. Judges often require 16 weeks of treatment.", "program-length iop 70; program-length other 112"},
		{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Most teens then step down to a weekly teen group that meets on Monday evenings for 90 minutes.", "days-per-week iop 3; days-per-week group-therapy 1; hours-per-week other 1.5"},
		{"Our IOP\n\nOur IOP is closed-cohort and runs for 12 weeks.", "program-length iop 84"},
		{"Our PHP\n\nOur PHP closes each afternoon and runs for 4 weeks.", "program-length php 28"},
		{"Our PHP\n\nOur PHP day is six hours for meals, groups and individual therapy.", "hours-per-day php 6"},
		{"Our IOP\n\nOur IOP lasts eight weeks, and time spent in detox does not count as IOP.", "program-length iop 56"},
		{"Our PHP\n\nOur PHP gives clients face-to-face contact with staff five days a week.", "days-per-week php 5"},
		{"Our IOP\n\nIOP groups kick off Monday, Wednesday and Friday at 6 p.m.", "days-per-week iop 3"},
	} {
		if got := claimLines(t, tc.page+"\n"); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.page, got, tc.want)
		}
	}
}

// Figures a sentence then says are less intensive than a program are the
// lighter care's, not that program's, unless the sentence names the
// program before the comparison.
func TestHeldBelow(t *testing.T) {
	page := func(text string) string {
		return "Our Day Program\n\nOur partial hospitalization program runs five days a week for six hours a day.\n\n" + text + "\n"
	}
	const own = "days-per-week php 5; hours-per-day php 6; "
	checkLines(t, page, []lineCase{
		{"Counselors in private practice usually meet clients for one hour once a week, which is not as intensive as the day program.", own + "session-length other 1; days-per-week other 1"},
		{"Weekly therapy sessions of about an hour are far less intensive than our PHP.", own + "days-per-week other 1; session-length other 1"},
		{"Our PHP is five days a week and is less intensive than inpatient care.", own + "days-per-week php 5"},
		{"Meeting five days a week, our PHP is not as intensive as a hospital stay.", own + "days-per-week php 5"},
	})
}

// A figure that a move out of round-the-clock care lands on ("from
// living here around the clock to just nine hours a week") is the care
// moved to, not the program the page is about, unless the sentence names
// that program before the figure.
func TestMovedToFigure(t *testing.T) {
	page := func(text string) string {
		return "Clinic opens day program\n\nThis new day treatment option is meant for adults leaving a residential stay.\n\n" + text + "\n"
	}
	checkLines(t, page, []lineCase{
		{"\"Going from living here around the clock to just nine hours a week was too big a jump,\" the director said.", "hours-per-week other 9"},
		{"Many clients found the drop from residential treatment to only six hours a week hard.", "hours-per-week other 6"},
		{"It was hard to go from staying with us for a month at a time to just eight hours a week.", "hours-per-week other 8"},
		{"Clients step down from inpatient care to our PHP, 25 hours a week.", "hours-per-week php 25"},
		{"Our PHP goes from 30 hours a week to 20 hours a week after the first month.", "hours-per-week php 30; hours-per-week php 20"},
	})
}

// A figure said as what a schedule or a length was before it changed
// ("(previously six weeks)", "up from eight weeks", "formerly 28 days")
// is the "before" variant, compared with no other; the figure it is now
// is the program's.
func TestPastValue(t *testing.T) {
	page := func(text string) string {
		return "SOURCE: https://alderbrook.example/residential\n\nResidential care\n\n" + text + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Our core program is now eight weeks long (previously six weeks).", "program-length residential 56; program-length residential 42 before"},
		{"Our IOP now runs ten weeks, up from eight weeks last year.", "program-length iop 70; program-length iop 56 before"},
		{"Our residential stay, formerly 28 days, is now 35 days.", "program-length residential 28 before; program-length residential 35"},
		{"Our IOP now meets four days a week, previously three days a week.", "days-per-week iop 4; days-per-week iop 3 before"},
		{"From the first day, residents stay 30 days.", "program-length residential 30"},
	})
}
