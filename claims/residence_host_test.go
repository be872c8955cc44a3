package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// A sober living operator's site (its address names sober living) is
// about its houses: a house-rules page's stay and staffing are no
// program's, unless its headings name one.
func TestSoberLivingHost(t *testing.T) {
	subject := func(c claims.Claim) string { return string(c.Kind) + " " + c.Subject.String() }
	checkPages(t, subject, []pageCase{
		{"rules", "SOURCE: https://www.pinecovesoberliving.example/house-rules\n\nHouse Rules\n\nLength of Stay\nThe minimum commitment is 45 days.\n\nDaytime\n- Residents without a full-time job must attend an IOP program or classes.\n\nStaffing\nOur homes are peer-run, and staff are not on site around the clock.\n",
			[]string{"6 program-length other", "12 supervision-24-7 other"}},
		{"program", "SOURCE: https://www.pinecovesoberliving.example/iop\n\nOur Intensive Outpatient Program\n\nThe IOP lasts 8 weeks.\n",
			[]string{"5 program-length iop"}},
	})
}

// A page whose address or first sentence names a sober house is about the
// house on a treatment provider's site too: its residents' stays are the
// house's, not the residential program's its graduates come from.
func TestSoberLivingPage(t *testing.T) {
	subject := func(c claims.Claim) string { return string(c.Kind) + " " + c.Subject.String() }
	checkPages(t, subject, []pageCase{
		{"first sentence", "SOURCE: https://www.larkmoor.example/alumni/houses/\n\nLarkmoor Houses\n\nLarkmoor Houses are sober living homes for women finishing our residential program. Residents stay at least four months.\n",
			[]string{"5 program-length other"}},
		{"address", "SOURCE: https://www.larkmoor.example/reentry-homes/\n\nAfter Graduation\n\nGraduates of our residential program may move on. Residents stay at least four months.\n",
			[]string{"5 program-length other"}},
		{"a treatment page", "SOURCE: https://www.larkmoor.example/residential/\n\nResidential Care\n\nLarkmoor is a residential program for women. Residents stay at least four months.\n",
			[]string{"5 program-length residential"}},
		{"a re-entry home named", "SOURCE: https://www.larkmoor.example/residential/\n\nResidential Care\n\nLarkmoor is a residential program for women. Graduates may then live in a re-entry home for six months.\n",
			[]string{"5 program-length other"}},
	})
}
