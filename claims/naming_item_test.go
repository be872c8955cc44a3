package claims

import (
	"testing"

	"github.com/factlint/factlint/corpus"
)

// A page whose first block is a list item naming a program reads like any
// other: the item has no block before it to look back at.
func TestNamingItemOpensPage(t *testing.T) {
	doc, err := corpus.Parse("list.md", []byte("- Intensive outpatient\n\nIntensive outpatient meets 3 days a week.\n"), corpus.FormatMarkdown, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range Extract(doc) {
		got = append(got, string(c.Kind)+" "+c.Subject.String())
	}
	if len(got) != 1 || got[0] != "days-per-week iop" {
		t.Errorf("claims %q, want one IOP days-per-week claim", got)
	}
}
