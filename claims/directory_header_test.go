package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// TestDirectoryHeaderNoListing checks that the lines a directory site
// puts over its own articles, a call to act ("Call (555) 201-3344") and
// the directory's name ("Harbor National Rehab Directory"), name no
// listing the article's figures belong to, and lend them no population of
// a listing's text.
func TestDirectoryHeaderNoListing(t *testing.T) {
	// Each want is the line and variant, then population, of every claim.
	field := func(c claims.Claim) string { return c.Variant + "|" + c.Population }
	checkPages(t, field, []pageCase{
		{"call and directory name over an article", `SOURCE: https://www.harborrehabs.example/day-treatment/

Get help today (555) 201-3344 or sign up for text support.
Harbor National Rehab Directory
Call (555) 201-3344

Day Treatment Guide

Day care of this kind runs out of a hospital. Some day programs are shaped for adolescents or for adults.

What Are PHPs?

The guidelines say PHPs should deliver 20 hours of care weekly, while IOPs should offer 9 hours weekly.
`, []string{"13 |", "13 |"}},
		{"a listing under the directory's name", `SOURCE: https://www.harborrehabs.example/ohio/

Harbor National Rehab Directory

Outpatient Programs in Akron

Cherry Creek Recovery
Our IOP meets three evenings a week.

Maple Hill Counseling
The IOP meets four mornings a week.
`, []string{"8 listing: cherry creek recovery|", "11 listing: maple hill counseling|"}},
	})
}
