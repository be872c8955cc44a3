package claims_test

import (
	"strings"
	"testing"
)

// "The IOP lasts eight weeks" on a page where the provider says it runs
// the IOP, with or without a figure of its own, is the provider's; on a
// page that does not, or said of most programs, it stays general.
func TestDefiniteProgramIsOwn(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{"SOURCE: https://www.countybh.example/programs/iop\n\nIntensive Outpatient Program\n\nOur IOP is for adults.\n\nSchedule\n\nThe IOP lasts eight weeks.\n", "program-length provider"},
		{"SOURCE: https://www.countybh.example/programs/iop\n\nIntensive Outpatient Program\n\nOur IOP is for adults.\n\nSchedule\n\nThe program is 10 weeks long.\n", "program-length provider"},
		{"SOURCE: https://www.countybh.example/programs/iop\n\nIntensive Outpatient Program\n\nOur IOP is for adults.\n\nSchedule\n\nMost programs last 12 weeks.\n", "program-length general"},
		{"SOURCE: https://www.countybh.example/guide/iop\n\nWhat is an IOP?\n\nThe IOP lasts eight weeks in many states.\n", "program-length general"},
	} {
		var got []string
		for _, c := range pageClaims(t, tc.page) {
			got = append(got, string(c.Kind)+" "+c.Scope.String())
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, g, tc.want)
		}
	}
}
