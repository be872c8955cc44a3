package claims_test

import "testing"

// On a page of research studies, figures said of no program are a
// study's visits and spans; the provider's program named there keeps its
// own.
func TestResearchPage(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"SOURCE: https://medicine.example.edu/psychiatry/research/open-studies\n\nOpen Studies\n\n- Calm-Alc: a trial of an app for drinkers. Participants come to the clinic twice a week for 10 weeks.\n\nYou can join while you attend our IOP, which meets three evenings a week.\n", "days-per-week iop 3"},
		{"SOURCE: https://medicine.example.edu/psychiatry/addiction/\n\nClinical Trials in Addiction\n\nEnrolled patients visit twice a week for blood tests over six months.\n", ""},
		{"SOURCE: https://medicine.example.edu/psychiatry/addiction/iop\n\nIntensive Outpatient\n\nParticipants come to the clinic three evenings a week for 10 weeks.\n", "days-per-week iop 3; program-length iop 70"},
	} {
		if got := claimLines(t, tc.page); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.page, got, tc.want)
		}
	}
}
