package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
)

// checkPageLines extracts the claims of a plain-text page and compares,
// claim by claim, its line and what field says of it ("3 example", "7
// listing: naches health") with want.
func checkPageLines(t *testing.T, page string, field func(claims.Claim) string, want []string) {
	t.Helper()
	var got []string
	for _, c := range extractPage(t, "page.txt", page) {
		got = append(got, fmt.Sprintf("%d %s", c.Pos.Line, field(c)))
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// pageCase is a plain-text page and what checkPageLines wants of it.
type pageCase struct {
	name, page string
	want       []string
}

// checkPages runs checkPageLines on each case as a subtest.
func checkPages(t *testing.T, field func(claims.Claim) string, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkPageLines(t, tc.page, field, tc.want)
		})
	}
}
