package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// checkPageLines extracts the claims of a plain-text page and compares,
// claim by claim, its line and what field says of it ("3 example", "7
// listing: naches health") with want.
func checkPageLines(t *testing.T, page string, field func(claims.Claim) string, want []string) {
	t.Helper()
	doc, err := corpus.Parse("page.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range claims.Extract(doc) {
		got = append(got, fmt.Sprintf("%d %s", c.Pos.Line, field(c)))
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
}
