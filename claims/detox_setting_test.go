package claims_test

import (
	"testing"
)

// "Our medical detox is inpatient" says where detox is given: "inpatient"
// there is no residential program, and what follows is the detox's. A
// detox denial naming two of a provider's sites is theirs.
func TestDetoxSettingAndSites(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		// (Detox at the site by its name is detox the site runs.)
		{"SOURCE: https://alderbrook.example/detox/\n\nDetox at Alderbrook is inpatient. The usual stay is four to six days.\n",
			"detox-offered detox true; program-length detox 4–6"},
		{"SOURCE: https://alderbrook.example/detox/\n\nOur medical detox is inpatient. Most stays run five to eight days.\n",
			"program-length detox 5–8"},
		{"SOURCE: https://alderbrook.example/detox/\n\nOur detox program is inpatient, and it usually lasts about a week.\n",
			"program-length detox 7; detox-offered detox true"},
		{"SOURCE: https://alderbrook.example/residential/\n\nOur residential program is inpatient. Most stays run 30 days.\n",
			"program-length residential 30"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe do not run partial hospitalization, residential or detox programs.\n",
			"detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe do not run partial hospitalization or detox.\n",
			"detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe do not offer PHP, residential care, or detox.\n",
			"detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/detox/\n\nWe run a medical detox unit.\n\nOur Linden and Marlow offices do not offer detox.\n",
			"detox-offered detox true; detox-offered detox false at linden and marlow offices"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur Linden and Marlow offices offer outpatient care, and we do not offer detox at any site.\n",
			"detox-offered detox false"},
		// (A word for the kind of site may stand between its name and
		// "office": still one site's denial.)
		{"SOURCE: https://alderbrook.example/detox/\n\nWe run a medical detox unit in Linden.\n\nDetox is not available at our Marlow counseling office; anyone who needs it is admitted at our Linden campus.\n",
			"detox-offered detox true; detox-offered detox false at marlow office"},
		// A block labelled with a form of detox speaks of that form
		// (twice here: care "on an outpatient basis" is care from home).
		{"SOURCE: https://alderbrook.example/detox/\n\nHome detox: Withdrawal care is given on an outpatient basis. Clients sleep at home and see a nurse daily.\n",
			"lives-at-home detox true outpatient; lives-at-home detox true outpatient"},
		// A denial said of one form of detox is that form's.
		{"SOURCE: https://alderbrook.example/detox/\n\nDetox is not offered as an outpatient service here.\n",
			"detox-offered detox false outpatient"},
		{"SOURCE: https://alderbrook.example/detox/\n\nWe do not provide detox on an outpatient basis.\n",
			"detox-offered detox false outpatient"},
		{"SOURCE: https://alderbrook.example/detox/\n\nDetox is not offered here.\n",
			"detox-offered detox false"},
		// A heading naming the form of detox with its substance between
		// heads what that form involves.
		{"SOURCE: https://alderbrook.example/detox/\n\nAmbulatory alcohol detox\n\nIn this track you sleep at home and come in each morning.\n",
			"lives-at-home detox true outpatient"},
		{"SOURCE: https://alderbrook.example/detox/\n\nInpatient and ambulatory opioid detox\n\nMost people stay with us for five days.\n",
			"program-length detox 5 opioid"},
	} {
		if got := claimVariantLines(t, tc.page); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, got, tc.want)
		}
	}
}

// A program a purpose clause leads to ("so you can start in residential
// care") or the step a program follows is not what the next sentences
// are about.
func TestPurposeAndFollowedSteps(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"SOURCE: https://alderbrook.example/detox/expect\n\nWhat to Expect\n\nDetox clears the body of substances so you can begin therapy in residential care.\n\nHow long does it last?\n\nFor most clients, four to eight days.\n",
			"program-length detox 4–8"},
		{"SOURCE: https://alderbrook.example/teen-php\n\nOur teen PHP offers a full day of care. It usually follows a residential stay.\nThe program meets on all five weekdays.\n",
			"days-per-week php 5"},
		{"SOURCE: https://alderbrook.example/residential\n\nOur residential program follows detox and lasts 30 days.\n",
			"program-length residential 30"},
	} {
		if got := claimVariantLines(t, tc.page); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, got, tc.want)
		}
	}
}

// Advice on how anyone should go through withdrawal says nothing of
// what the provider runs; the provider's own "is never done here" still
// denies it.
func TestDetoxAdvice(t *testing.T) {
	checkVariantPages(t, []pageWant{
		{"SOURCE: https://alderbrook.example/blog/withdrawal/\n\nWithdrawal\n\nAlcohol detox should never be done at home without a doctor.\n", ""},
		{"SOURCE: https://alderbrook.example/blog/withdrawal/\n\nWithdrawal\n\nDetox should be done under medical supervision.\n", ""},
		{"SOURCE: https://alderbrook.example/blog/withdrawal/\n\nWithdrawal\n\nOpioid detox ought to be done in a medical setting.\n", ""},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nDetox is never done on site; we refer clients to County General.\n", "detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/detox/\n\nDetox\n\nDetox can be done on site in our medical unit.\n", "detox-offered detox true"},
	})
}

// A denial of detox "at" a place the page's own address names as a
// folder is that place's, not the provider's; a denial that reaches
// every office stays the provider's.
func TestDetoxDeniedAtFolderPlace(t *testing.T) {
	checkVariantPages(t, []pageWant{
		{"SOURCE: https://alderbrook.example/sedona/residential\n\nResidential Care in Sedona\n\nWe do not provide detox at the Sedona Retreat. Guests who need it finish withdrawal first at our unit in Flagstaff.\n",
			"detox-offered detox false at sedona"},
		{"SOURCE: https://alderbrook.example/san-marcos/outpatient/\n\nOutpatient Care\n\nWe do not offer detox at the San Marcos house.\n",
			"detox-offered detox false at san marcos"},
		{"SOURCE: https://alderbrook.example/centers/san-marcos-house\n\nSan Marcos House\n\nWe do not offer detox at the San Marcos house.\n",
			"detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/sedona/residential\n\nResidential Care in Sedona\n\nWe do not provide detox at Sedona or at any of our offices.\n",
			"detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/programs/residential\n\nResidential Care\n\nWe do not provide detox at the Sedona Retreat.\n",
			"detox-offered detox false"},
	})
}

// A referral to the provider's own detox (its service, or its unit on
// one of its campuses) offers detox; one to a partner, or to programs in
// the area, denies it.
func TestReferralToOwnDetox(t *testing.T) {
	checkVariantPages(t, []pageWant{
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nIf you are still drinking, we will first refer you to our withdrawal management service.\n", "detox-offered detox true"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe can arrange an admission to the detox unit on our east campus.\n", "detox-offered detox true"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe refer clients to detox programs in our area.\n", "detox-offered detox false"},
		{"SOURCE: https://alderbrook.example/iop/\n\nOur IOP\n\nWe refer clients to our partner hospital for detox.\n", "detox-offered detox false"},
	})
}
