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

// TestDirectoryRowsAndLinesByProvider checks that on a directory a table
// row headed by a provider whose name says how it serves ("Northgate
// Online IOP"), and a line that opens on a provider running its program,
// are that provider's listing, while a row naming one program's track
// ("Standard IOP") on one provider's listing is not.
func TestDirectoryRowsAndLinesByProvider(t *testing.T) {
	field := func(c claims.Claim) string { return c.Variant }
	checkPages(t, field, []pageCase{
		{"rows of providers with serving words", `SOURCE: https://www.findcarenow.example/directory/online-iop

Online IOP Directory

Listings are supplied by each provider.

| Program | Hours per week |
| Greyharbor Telehealth Virtual IOP | 9 |
| Northgate Online IOP | 6 |
| Meridian Virtual Care | 15 |
`, []string{"8 listing: greyharbor telehealth virtual iop", "9 listing: northgate online iop", "10 listing: meridian virtual care"}},
		{"lines opening on providers", `SOURCE: https://www.findcarenow.example/directory/online-iop

Online IOP Directory

Listings are supplied by each provider.

- Alder Online runs its IOP 3 days a week.
- Birch Virtual runs its IOP 5 mornings a week.
`, []string{"7 listing: alder online", "8 listing: birch virtual"}},
		{"one provider's tracks", `SOURCE: https://www.findcarenow.example/listings/ohio/cedar-vale-recovery

Cedar Vale Recovery - Akron, Ohio

Listing type: Outpatient addiction care
Accepts: Medicaid, self-pay

About this provider

Cedar Vale Recovery is an outpatient clinic offering day treatment and intensive outpatient care.

Programs at a glance

| Program | Schedule | Typical length |
| Standard IOP | 3 days a week, 3 hours a day | 8 weeks |
| Evening IOP | 4 evenings a week | 10 weeks |
`, []string{"15 weekday", "15 weekday", "15 weekday", "16 evening", "16 evening"}},
	})
}

// A count of days one listing of a directory states does not make another
// listing's timetable of as many days a restatement to drop.
func TestListingTimetableKept(t *testing.T) {
	page := "SOURCE: https://www.countyrecoveryguide.example/directory/iop/\n\nCounty IOP Directory\n\nThe listings below come from each agency's own description. Schedules differ between agencies.\n\nPine Gap Counseling (Adult IOP)\nGroups meet Monday, Wednesday, Thursday and Friday from 1 to 4 p.m. Most clients take part for 9 weeks.\n\nRiver Bend Health (Adult IOP)\nRiver Bend runs an IOP that meets four days a week, three hours a day.\n"
	checkPages(t, func(c claims.Claim) string {
		if c.Kind != claims.DaysPerWeek {
			return "-"
		}
		return c.Variant
	}, []pageCase{{"two listings", page, []string{"8 listing: pine gap counseling", "8 -", "8 -", "11 listing: river bend health", "11 -"}}})
}
