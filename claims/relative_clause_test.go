package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
)

// A relative clause that holds another program up beside the
// antecedent's gives neither a length ("…, which is much shorter than
// 30-day residential programs"), unlike a program the clause says comes
// next ("…, which is followed by a 30-day residential program that
// feels like home").
func TestRelativeClauseComparedProgram(t *testing.T) {
	for text, want := range map[string]string{
		"Our PHP\n\nOur PHP lasts two weeks, which is much shorter than 30-day residential programs.":                                       "php 14",
		"Detox\n\nOur detox lasts about a week, which is often followed by a 30-day residential stay elsewhere.":                            "detox 7",
		"Residential care\n\nClients spend 30 days in residential care, which is longer than a 7-day detox.":                                "residential 30",
		"Detox\n\nDetox takes about a week, which is followed by a 30-day residential stay and other aftercare.":                            "detox 7; residential 30",
		"Residential care\n\nDetox takes about a week, which is often followed by a 30-day residential program offered by other providers.": "detox 7",
		"Residential care\n\nDetox takes about a week, which is followed by a 30-day residential stay led by other people in recovery.":     "detox 7; residential 30",
		"Detox\n\nOur detox lasts 5 to 7 days, which is followed by a 30-day residential program that feels like home.":                     "detox 5–7; residential 30",
	} {
		if got := strings.Join(kindClaims(t, text, claims.ProgramLength), "; "); got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

// A relative clause after a level clients go on to, with when they go
// between ("continue in our outpatient program afterward, which meets
// once a week"), describes that level, not the page's program.
func TestRelativeClauseAfterWhen(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://ferncliff.example/programs/iop\n\nIntensive Outpatient Program\n\nOur IOP meets three evenings a week.\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Clients in our IOP often continue in our outpatient program afterward, which meets once a week.", "days-per-week iop 3; days-per-week op 1"},
		{"Many IOP graduates join our outpatient group later on, which meets weekly.", "days-per-week iop 3; days-per-week op 1"},
		{"Most people finish the IOP and enter our outpatient program next, which meets twice a week.", "days-per-week iop 3; days-per-week op 2"},
	})
}

// A relative clause timing a program someone else owns ("… from Harlow
// Medical's day program, which runs …") is that program's, another's,
// whoever's page names it; the provider's own possessive is its own.
func TestRelativeClauseOfOthersProgram(t *testing.T) {
	page := func(text string) string {
		return "SOURCE: https://www.tamsinbrook.example/blog/coming-to-us/\n\nComing to Tamsin Brook\n\n" + text + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Several of our clients step down to us from Harlow Medical's day program, which meets four days a week.", "days-per-week php 4 elsewhere"},
		{"Several of our clients step down to us from Tamsin Brook's day program, which meets four days a week.", "days-per-week php 4"},
		// (A program placed elsewhere right after its name, in a clause
		// about it there.)
		{"Before Lena found us, she had joined an IOP across town that met only four hours a week.", "hours-per-week iop 4 elsewhere"},
		{"She moved to a PHP in another city, where groups ran six hours a day.", "hours-per-day php 6 elsewhere"},
	})
}
