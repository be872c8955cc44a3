package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// TestNewsSubject checks that a news item about another provider gives
// that provider's programs, that the field's figures it cites stay
// general, and that a provider's own press release keeps its voice.
func TestNewsSubject(t *testing.T) {
	// Each want is the line and variant of every claim, in order.
	checkPages(t, func(c claims.Claim) string { return c.Variant }, []pageCase{
		{"a dateline and another provider", `SOURCE: https://www.valleycourier.example/local/2025/03/clinic-opens

Tamarack Bay Recovery Opens Evening Clinic in Millbrook

By Courier Staff | March 3, 2025

MILLBROOK, Vt. — Tamarack Bay Recovery opened an outpatient clinic beside the old mill on Tuesday.

The clinic runs an intensive outpatient program that meets four evenings a week.

Across the state, IOPs usually ask for nine hours a week or more.
`, []string{"9 listing: tamarack bay recovery", "11 "}},
		{"a news folder, no dateline", `SOURCE: https://www.recoveryreport.example/news/ridgeline-expands

Ridgeline Wellness Adds a Weekend Track

Ridgeline Wellness will launch a weekend IOP in May.

The weekend group meets Saturday and Sunday for four hours each day.
`, []string{"7 listing: ridgeline wellness", "7 listing: ridgeline wellness"}},
		{"the provider's own press release", `SOURCE: https://www.ridgelinewellness.example/news/weekend-track

Ridgeline Wellness Adds a Weekend Track

Ridgeline Wellness will launch a weekend IOP in May.

The weekend group meets Saturday and Sunday for four hours each day.
`, []string{"7 weekend", "7 weekend"}},
		{"a blog post that opens on a provider", `SOURCE: https://www.recoveryreport.example/blog/choosing-an-iop

Choosing an IOP

Ridgeline Wellness opened a clinic near us last year, which got us thinking.

An IOP usually meets three days a week.
`, []string{"7 "}},
	})
}
