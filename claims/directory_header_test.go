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

A day program is a hospital-based form of outpatient care. Different day programs may be tailored to the needs of adolescents or adults.

What Are PHPs?

The ASAM recommends that PHPs provide 20 hours of programming per week, while IOPs provide 9 hours per week.
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
