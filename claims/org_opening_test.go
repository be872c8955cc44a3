package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// TestOrgOpening checks that a sentence opening on another organisation's
// name gives that organisation's program on a page that compares two,
// and that a provider naming itself keeps its own.
func TestOrgOpening(t *testing.T) {
	// Each want is the line and variant of every claim, in order.
	checkPages(t, func(c claims.Claim) string { return c.Variant }, []pageCase{
		{"two providers compared", `SOURCE: https://www.valleyrehabguide.example/blog/two-iops

Yakima IOPs: Selah Creek Recovery vs. Naches Health

We toured Selah Creek Recovery and Naches Health this spring.

Selah Creek's IOP runs three mornings a week.

Naches Health meets four evenings a week.
`, []string{"7 listing: selah creek", "9 listing: naches health"}},
		{"a provider names only itself", `SOURCE: https://www.cascadiaoutpatient.example/iop

Selah Creek Recovery | Intensive Outpatient

Families across the valley trust Selah Creek Recovery.

Selah Creek's IOP runs three mornings a week.
`, []string{"7 "}},
		{"a standards body", `SOURCE: https://www.valleyrehabguide.example/blog/asam

What ASAM Says: Selah Creek Recovery vs. Naches Health

We held Selah Creek Recovery and Naches Health to ASAM's criteria.

ASAM's Level 2.1 calls for 9 to 19 hours a week, and both follow ASAM.

Naches Health meets four evenings a week.

Selah Creek Recovery runs three mornings a week.
`, []string{"7 elsewhere", "9 listing: naches health", "11 listing: selah creek recovery"}},
	})
}
