package claims

import (
	"strings"
	"testing"
)

// The filter may say yes wrongly, never no: a false no would drop a claim.
func TestGramsNeverMissAStem(t *testing.T) {
	texts := []string{
		"clients live at home and return each evening",
		"nurses are on the unit round-the-clock, 24/7",
		"the program meets daily; weekly groups run every monday",
		"",
		"ab",
	}
	stems := []string{"home", "liv", "round-the-clock", "24", "daily", "weekly", "every", "nurses", "resid", "overnight", "a", "ab", "zzz"}
	for _, text := range texts {
		s := &sentence{lower: text, filter: &gramFilter{}}
		for _, stem := range stems {
			if got, want := s.contains(stem), strings.Contains(text, stem); got != want {
				t.Errorf("contains(%q) in %q = %v, want %v", stem, text, got, want)
			}
		}
	}
	// A stem absent from the sentence is mostly rejected by the bits alone.
	var g grams
	g.add("the program meets three days a week for eight weeks")
	rejected := 0
	for _, stem := range []string{"resid", "overnight", "sleep", "premises", "inpatient", "supervis", "monitored", "watched"} {
		if !g.may(stem) {
			rejected++
		}
	}
	if rejected < 6 {
		t.Errorf("the filter let %d of 8 absent stems through", 8-rejected)
	}
}
