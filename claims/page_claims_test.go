package claims_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
)

// pageClaims extracts a plain-text page.
func pageClaims(t *testing.T, page string) []claims.Claim {
	t.Helper()
	return extractPage(t, "page.txt", page)
}

// positionedLines writes each claim as "line subject value" and what detail
// adds, one string a claim, for a test to set against its want.
func positionedLines(cs []claims.Claim, detail func(claims.Claim) string) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%d %s %s %s", c.Pos.Line, c.Subject, c.FormatValue(), detail(c)))
	}
	return out
}

// sameLines fails the test when got and want differ, showing both.
func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// claimLines extracts page and gives each claim, but those of the kinds
// skip lists, as "kind subject value", joined by "; ".
func claimLines(t *testing.T, page string, skip ...claims.Kind) string {
	t.Helper()
	var got []string
	for _, c := range pageClaims(t, page) {
		if !slices.Contains(skip, c.Kind) {
			got = append(got, string(c.Kind)+" "+c.Subject.String()+" "+c.FormatValue())
		}
	}
	return strings.Join(got, "; ")
}

// claimVariantLines is claimLines with each claim's variant after it.
func claimVariantLines(t *testing.T, page string) string {
	t.Helper()
	var got []string
	for _, c := range pageClaims(t, page) {
		line := string(c.Kind) + " " + c.Subject.String() + " " + c.FormatValue()
		if c.Variant != "" {
			line += " " + c.Variant
		}
		got = append(got, line)
	}
	return strings.Join(got, "; ")
}

// lineCase is a sentence and the claimLines its page should give.
type lineCase struct{ text, want string }

// checkVariantLines is checkLines with each claim's variant after it
// (claimVariantLines).
func checkVariantLines(t *testing.T, page func(string) string, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		if got := claimVariantLines(t, page(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// checkLines checks each case's sentence, set in a page by page.
func checkLines(t *testing.T, page func(string) string, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		if got := claimLines(t, page(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// pageWant is a page and the claimVariantLines it should give.
type pageWant struct{ page, want string }

// checkVariantPages checks each page's claims, with their variants.
func checkVariantPages(t *testing.T, cases []pageWant) {
	t.Helper()
	for _, tc := range cases {
		if got := claimVariantLines(t, tc.page); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.page, got, tc.want)
		}
	}
}
