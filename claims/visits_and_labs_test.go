package claims_test

import "testing"

// A prescriber's follow-up visits and a lab's draw days are timed on
// their own, not as the program's week.
func TestVisitsAndLabs(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/php\n\nPartial Hospitalization\n\nOur PHP runs on weekdays.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Psychiatric follow-ups are brief, about 25 minutes, and happen weekly while you attend.", "days-per-week php 5; hours-per-week other 0.4167; days-per-week other 1"},
		{"Medication checks take 15 minutes per week.", "days-per-week php 5; hours-per-week other 0.25"},
		{"- Lab work is drawn on Monday and Wednesday mornings.", "days-per-week php 5"},
		{"Labs are drawn on Tuesdays and Fridays.", "days-per-week php 5"},
	})
}

// Friends' time together over a meal and a families' circle meet on days
// of their own.
func TestSocialDays(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/iop\n\nIntensive Outpatient\n\nOur IOP meets three evenings a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Two years on, Dev still meets three of his group members for coffee every Saturday.", "days-per-week iop 3"},
		{"She still joins her old group for a hike on Sundays.", "days-per-week iop 3"},
		{"The family support circle meets every Monday.", "days-per-week iop 3; days-per-week other 1"},
		{"Once a week the IOP meets for an extra skills group.", "days-per-week iop 3; days-per-week iop 1"},
	})
}

// A break for lunch in the program's own day leaves its days the program's.
func TestLunchInTheDay(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/php\n\nPartial Hospitalization\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our PHP runs Monday through Friday from 9 a.m. to 3 p.m., with a break for lunch.", "days-per-week php 5; hours-per-day php 6"},
	})
}

// A pharmacy's, a billing office's or a family workshop's hours and days
// are their own.
func TestServicesHours(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/iop\n\nIntensive Outpatient\n\nOur IOP meets three evenings a week, 6 to 9 p.m.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Pharmacy hours are 8 am to 6 pm.", "days-per-week iop 3; hours-per-day iop 3"},
		{"Billing questions are handled Monday through Friday, 8 a.m. to 5 p.m.", "days-per-week iop 3; hours-per-day iop 3"},
		{"A family workshop is held every Sunday from 10 am to 4 pm.", "days-per-week iop 3; hours-per-day iop 3; days-per-week other 1; hours-per-day other 6"},
	})
}

// Days and hours when families may come are visiting, not the
// residents' program.
func TestVisitingDays(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/residential\n\nResidential Treatment\n\nResidents attend groups Monday through Friday.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Visits are allowed on Saturdays from 11 a.m. to 3 p.m. and Sundays from 2 to 5 p.m.", "days-per-week residential 5"},
		{"Partners of residents may visit on Saturdays and Sundays from 1 to 4 p.m.", "days-per-week residential 5"},
		{"Relatives are welcome to visit Sunday afternoons from 1 to 3 p.m.", "days-per-week residential 5"},
		{"Residents also meet with a counselor on Saturdays from 9 to 10 a.m.", "days-per-week residential 5; hours-per-day residential 1"},
	})
}

// A case manager's or a peer coach's weekly meeting with a client is that
// person's, not the program's days; met among the program's others it
// is the program's.
func TestSupportPersonMet(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/iop\n\nIntensive Outpatient\n\nOur IOP meets four evenings a week.\n\nCase management\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"A case manager meets with you once a week.", "days-per-week iop 4; days-per-week other 1"},
		{"You check in with your peer recovery coach twice a week.", "days-per-week iop 4; days-per-week other 2"},
		{"Clients meet with a case manager, a therapist and peers four days a week.", "days-per-week iop 4; days-per-week iop 4"},
	})
}

// The team that plans care meeting each client is the staff's rounds,
// however often; a clinician met weekly is individual therapy, with a
// comma before "who" or not.
func TestTeamMeetsClient(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/php\n\nPartial Hospitalization\n\nOur PHP runs five days a week.\n\nYour care team\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"The treatment team meets with each patient on a daily basis.", "days-per-week php 5; days-per-week other 5–7"},
		{"Our clinical team checks in with every client twice a day, six days a week.", "days-per-week php 5; days-per-week other 6"},
		{"Our clinical team meets with the patient group four days a week.", "days-per-week php 5; days-per-week php 4"},
		{"Every client is matched with a master's level clinician, who meets with each client at least once a week, one-on-one.", "days-per-week php 5; days-per-week individual-therapy ≥1"},
		{"Licensed counselors working with each client individually one or two times per week round out care.", "days-per-week php 5; days-per-week individual-therapy 1–2"},
	})
}
