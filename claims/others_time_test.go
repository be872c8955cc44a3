package claims_test

import "testing"

// Time that volunteers, families or staff give, and leave an employer or
// the law allows, is no program's length or hours, however near the
// program is named; the clients' own time is.
func TestOthersTime(t *testing.T) {
	checkProgramsLines(t, []textWant{
		{"Peer volunteers give roughly three hours a week to greet newcomers at our IOP.", ""},
		{"Parents are asked to give ninety minutes a week to the IOP parent circle.", ""},
		{"Our therapists spend about four hours a week writing IOP treatment plans.", ""},
		{"Alumni mentors commit to one hour a week for a full year and check in with new PHP clients.", ""},
		{"Most employers allow unpaid leave for up to six weeks, and our PHP fits inside it.", ""},
		{"The FMLA protects your position for up to 12 weeks while you attend our IOP.", ""},
		{"At our PHP, the midday lunch break lasts 45 minutes each day.", ""},
		{"A tutor comes in for an hour each day so PHP teens keep up with school.", ""},
		{"Psychiatrists make rounds on Mondays and Thursdays at our PHP.", ""},
		{"The IOP is closed on holidays and for two weeks in August.", ""},
		{"With half an hour for lunch, that is about 25 hours of PHP each week.", "hours-per-week php 25"},
		{"In the first month, IOP patients come to the clinic six days a week for dosing.", ""},
		{"Methadone for IOP patients is dispensed Monday through Saturday.", ""},
		{"Our IOP meets three mornings a week after dosing.", "days-per-week iop 3"},
		{"Priya, one of our IOP therapists, leads the Monday and Friday groups.", ""},
		{"Each IOP counselor completes two hours of clinical supervision a week.", ""},
		{"Dana, our program director, oversees our IOP, which meets three evenings a week.", "days-per-week iop 3"},
		{"Each week, our counselors, nurses and doctors lead IOP groups on three evenings.", "days-per-week iop 3"},
		{"Jordan Lee, our program director, says: \"Our IOP meets three evenings a week.\"", "days-per-week iop 3"},
		{"Our IOP runs as a closed group for 12 weeks.", "program-length iop 84"},
		{"IOP clients spend nine hours a week in group.", "hours-per-week iop 9"},
		{"Clients commit to our IOP for ten weeks.", "program-length iop 70"},
	})
}

// How long a fee level, a discount, an approval or a referral holds is
// paperwork's time, not the program's; clients named by how they pay
// still stay the program's length.
func TestAdminTerms(t *testing.T) {
	checkProgramsLines(t, []textWant{
		{"Our IOP lasts eight weeks. Your fee level is good for 12 months.", "program-length iop 56"},
		{"Our IOP lasts eight weeks. Your sliding-fee discount lasts one year.", "program-length iop 56"},
		{"Our IOP lasts eight weeks. The approval stays valid for six months.", "program-length iop 56"},
		{"Our IOP lasts eight weeks. The referral stays active for 90 days.", "program-length iop 56"},
		{"Our fee covers the IOP, which lasts eight weeks.", "program-length iop 56"},
		{"Scholarship clients stay in our residential program for 30 days.", "program-length residential 30"},
	})
}

// textWant is a sentence and the claimLines it should give.
type textWant struct{ text, want string }

// checkProgramsLines checks each sentence's claims on a page headed "Our
// programs".
func checkProgramsLines(t *testing.T, cases []textWant) {
	t.Helper()
	for _, tc := range cases {
		if got := claimLines(t, "Our programs\n\n"+tc.text+"\n"); got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
