package quantity

import (
	"os"
	"strings"
	"testing"
)

func TestMayHold(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Groups meet three evenings a week.", true},
		{"Our program runs 12 weeks.", true},
		{"Clients attend M/W/F.", true},
		{"Groups meet R/T.", true},
		{"OPEN WEEKENDS", true},
		{"About ½ of clients stay longer.", true},
		{"A third of the day is spent in groups.", true},
		{"It meets twice.", true},
		{"Duration:EightWeeks", true},
		// Stems inside other words, and words that only modify a unit.
		{"Most families are satisfied with the support.", false},
		{"We walk through the moment of arrival together.", false},
		{"A group of peers meets the new member.", false},
		{"Clients learn coping skills.", false},
		{"", false},
	} {
		if got := MayHold(tc.text); got != tc.want {
			t.Errorf("MayHold(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if !tc.want && len(Parse(tc.text)) > 0 {
			t.Errorf("Parse(%q) reads %v, which MayHold refuses", tc.text, Parse(tc.text))
		}
	}
}

// MayHold lets through every text from which the spec suites and the
// prose sample read a quantity.
func TestMayHoldSpecs(t *testing.T) {
	var texts []string
	for _, name := range []string{"durations.jsonl", "negatives.jsonl", "number_ranges.jsonl", "numbers.jsonl"} {
		for _, r := range readSpec(t, name) {
			texts = append(texts, r.Text)
		}
	}
	prose, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, strings.Split(string(prose), "\n")...)
	read := 0
	for _, text := range texts {
		if qs := Parse(text); len(qs) > 0 {
			read++
			if !MayHold(text) {
				t.Errorf("MayHold(%q) is false, but Parse reads %q", text, qs[0].Text)
			}
		}
	}
	if read < 500 {
		t.Fatalf("only %d texts hold a quantity", read)
	}
}
