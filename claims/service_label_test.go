package claims_test

import "testing"

// A line labelled with a service for a program's clients ("Family
// sessions for PHP teens: once a week") times the service, not the
// program; a label naming the program alone ("PHP: five days a week")
// still times the program.
func TestServiceForProgramLabel(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://brightfield.example/teen-php/\n\nTeen PHP\n\nOur PHP meets five days a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"- Family sessions for PHP teens: once a week, 60 minutes", "days-per-week php 5; days-per-week other 1; session-length other 1"},
		{"- Individual therapy for PHP clients: twice a week, 50 minutes", "days-per-week php 5; days-per-week individual-therapy 2; session-length individual-therapy 0.8333"},
		{"- PHP: five days a week, six hours a day", "days-per-week php 5; days-per-week php 5; hours-per-day php 6"},
	})
}
