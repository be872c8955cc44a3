package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// On a page about a day program, a sentence that names no program but
// speaks of a stay at some facility ("living at a rehab facility for
// about 28 days") says what living in is like, and how long it lasts,
// of residential care. The facility the program's own clients stay at
// ("the treatment center") and a sentence that names a program keep
// their reading.
func TestFacilityStayIsResidential(t *testing.T) {
	page := `When an IOP Is the Better Choice

An IOP lets students keep going to class. Living at a rehab facility for about 28 days makes keeping up with coursework hard.

A stay in a treatment center of around 45 days is hard to fit around a job.

On weeknights, clients in the program stay at the treatment center, then spend weekends at home.

Our IOP lasts 10 weeks.
`
	doc, err := corpus.Parse("iop.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range claims.Extract(doc) {
		got = append(got, fmt.Sprintf("%d %s %s %s", c.Pos.Line, c.Kind, c.Subject, c.FormatValue()))
	}
	want := []string{
		"3 program-length residential 28",
		"3 lives-at-home residential false",
		"5 program-length residential 45",
		"7 lives-at-home iop false",
		"7 lives-at-home iop true",
		"9 program-length iop 70",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
