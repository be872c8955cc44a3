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
