package corpus

import (
	"os"
	"strings"
	"testing"
)

// TestSentences runs testdata/sentences.txt: each case is a paragraph
// whose lines are its expected sentences.
func TestSentences(t *testing.T) {
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][]string
	var cur []string
	for _, l := range strings.Split(string(data)+"\n", "\n") {
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			if cur != nil {
				cases = append(cases, cur)
				cur = nil
			}
		default:
			cur = append(cur, l)
		}
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, want := range cases {
		text := strings.Join(want, " ")
		var got []string
		for _, s := range splitSentences(text, BlockParagraph, nil) {
			got = append(got, text[s.Start:s.End])
		}
		if !eqStrings(got, want) {
			t.Errorf("split %q\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestSentencesPerBlockKind(t *testing.T) {
	if got := splitSentences("Why IOP? Flexible care.", BlockHeading, nil); len(got) != 1 {
		t.Errorf("heading split into %v", got)
	}
	text := " Two sentences. In one item. "
	got := splitSentences(text, BlockListItem, nil)
	if len(got) != 2 || text[got[0].Start:got[0].End] != "Two sentences." || text[got[1].Start:got[1].End] != "In one item." {
		t.Errorf("list item split %v", got)
	}
}
