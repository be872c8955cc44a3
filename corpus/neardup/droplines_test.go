package neardup

import (
	"strings"
	"testing"
)

// Two pages of one site that share their first and last lines: once those
// lines are dropped, their units are gone and the minimums from them agree
// with nothing, and what is left is compared over the minimums left.
func TestDropLines(t *testing.T) {
	head := []string{"Alder Point Recovery", "Home | Programs | Admissions | Contact", "Call (555) 010-0142 any day"}
	foot := []string{"Alder Point Recovery, 9 Spruce Lane, Harlow Bay", "Copyright 2026 Alder Point Recovery. Privacy | Terms"}
	page := func(body ...string) string {
		return strings.Join(append(append(append([]string{}, head...), body...), foot...), "\n")
	}
	a := page("Our evening program meets on weekday nights for group therapy and skills practice.",
		"Most clients attend for about two months before moving to weekly counseling.",
		"Families can join a monthly education night held in the community room.")
	b := page("Admissions start with a phone screening that takes about twenty minutes.",
		"A nurse reviews any medication you take before your first visit.",
		"We check your insurance benefits and explain the costs before you commit.")
	o := DefaultOptions()
	o.MinWords = 10
	sa, sb := Sign("a", a, o), Sign("b", b, o)
	before := Similarity(sa, sb)
	if before == 0 {
		t.Fatal("the shared chrome gives no agreeing minimums; the test needs some")
	}
	chrome := func(line int) bool { return line < len(head) || line >= len(head)+3 }
	na := len(sa.Units)
	sa.DropLines(chrome)
	sb.DropLines(chrome)
	if len(sa.Units) != 3 {
		t.Errorf("%d units left of %d, want the article's 3", len(sa.Units), na)
	}
	if sa.lines != nil || sa.minUnits != nil {
		t.Error("the line index was kept after DropLines")
	}
	if s := Similarity(sa, sb); s != 0 {
		t.Errorf("similarity %.2f after the chrome left (%.2f before), want 0", s, before)
	}

	// A copy of a with the same chrome keeps the similarity of its own
	// text: the minimums both pages lost are not counted against it.
	c := Sign("c", a, o)
	sa2 := Sign("a", a, o)
	sa2.DropLines(chrome)
	c.DropLines(chrome)
	if s := Similarity(sa2, c); s != 1 {
		t.Errorf("a copy's similarity %.2f after the chrome left, want 1", s)
	}
	// A nil drop only forgets the lines.
	d := Sign("d", a, o)
	nd := len(d.Units)
	d.DropLines(nil)
	if len(d.Units) != nd || d.lines != nil {
		t.Errorf("DropLines(nil) changed the units (%d of %d) or kept the lines", len(d.Units), nd)
	}
}
