package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// A claim quotes what states it: the entry of a list after a colon, not
// the offer that opens the list, so a finding points at the entry.
func TestDetoxQuoteIsListEntry(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Fernway Recovery\n\nFernway offers a full range of care for adults: medically supervised detox on our campus, a PHP and an IOP.\n", "medically supervised detox"},
		{"Fernway Recovery\n\nWe offer medically supervised detox on our campus.\n", "offer medically supervised detox"},
		// Settings sharing one detox are one name, quoted whole; the last
		// of a list of programs is not.
		{"Fernway Recovery\n\nWe provide residential and outpatient detox, as well as a 12-week IOP.\n", "provide residential and outpatient detox"},
		{"Fernway Recovery\n\nWe offer PHP, IOP, residential and outpatient detox at our Dover campus.\n", "offer PHP, IOP, residential and outpatient detox"},
	} {
		var got []string
		for _, c := range extractPage(t, "fernway.txt", tc.text) {
			if c.Kind == claims.DetoxOffered {
				got = append(got, c.Text)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %q, want [%q]", tc.text, got, tc.want)
		}
	}
}
