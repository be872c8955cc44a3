package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// A sentence that points back at the levels the one before listed and
// runs "from A, to B, to C" gives each figure its level, in the order
// the list names them (after a lead-in that names one of them first).
// A chain with a figure too many, or one that does not point back, is
// left to the usual reading.
func TestChainBackOverLevels(t *testing.T) {
	page := `Levels of care

Our clinic runs three kinds of outpatient care: a day program (PHP), an evening IOP and standard outpatient counseling. These vary in what they ask, from 5 full days a week, to 3 evenings a week, to about an hour a week.
`
	doc, err := corpus.Parse("levels.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range claims.Extract(doc) {
		got = append(got, fmt.Sprintf("%s %s %s", c.Kind, c.Subject, c.FormatValue()))
	}
	want := []string{
		"days-per-week php 5",
		"days-per-week iop 3",
		"hours-per-week op 1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
