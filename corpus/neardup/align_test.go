package neardup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestAlignClassifiesFixtureFamily(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	canon, _ := spin(baseArticle, "Maine", 0, false, rng)
	variant, swaps := spin(baseArticle, "Ohio", 0.12, true, rng)
	hunks := Align(testPage("maine.txt", canon), testPage("ohio.txt", variant), DefaultOptions())
	classes := map[string]int{}
	for _, h := range hunks {
		classes[h.Class]++
		t.Logf("%s:%d:%d %s %q → %q", h.File, h.Line, h.Column, h.Class, h.A, h.B)
	}
	want := func(class, a, b string) {
		t.Helper()
		for _, h := range hunks {
			if h.Class == class && h.A == a && h.B == b {
				return
			}
		}
		t.Errorf("no %s hunk %q → %q", class, a, b)
	}
	want(ClassFact, "10-15", "6-30")
	want(ClassSlot, "Maine", "Ohio")
	if classes[ClassSlot] != strings.Count(baseArticle, "{{place}}") {
		t.Errorf("slots = %d, want one per {{place}} (%d)", classes[ClassSlot], strings.Count(baseArticle, "{{place}}"))
	}
	if classes[ClassFact] != 1 || classes[ClassStructure] != 0 {
		t.Errorf("classes = %v, want exactly one fact and no structure", classes)
	}
	if classes[ClassSpin] == 0 || classes[ClassSpin] > len(swaps) {
		t.Errorf("spin hunks = %d for %d synonym swaps", classes[ClassSpin], len(swaps))
	}
	for _, sw := range swaps[:3] {
		found := false
		for _, h := range hunks {
			if h.Class == ClassSpin && strings.Contains(h.A, sw.from) && strings.Contains(h.B, sw.to) {
				found = true
			}
		}
		if !found {
			t.Errorf("swap %q → %q not reported as spin", sw.from, sw.to)
		}
	}
	// The fact sits on the line of the variant that says "6-30".
	for _, h := range hunks {
		if h.Class == ClassFact {
			line := strings.Split(variant, "\n")[h.Line-1]
			if got := string([]rune(line)[h.Column-1:][:4]); got != "6-30" {
				t.Errorf("fact hunk points at %q, want 6-30", got)
			}
		}
	}
}

func TestAlignEqualValuesAreNotFacts(t *testing.T) {
	cases := []struct{ a, b, class string }{
		{"The program lasts three to five weeks for most adults.", "The program lasts 3–5 weeks for most adults.", ClassSpin},
		{"Groups meet for nine hours every week here.", "Groups meet for 9 hours every week here.", ClassSpin},
		{"Individual sessions last an hour each week.", "Individual sessions last one hour each week.", ClassSpin},
		{"Clients attend a dozen sessions in all.", "Clients attend 12 sessions in all.", ClassSpin},
		{"Clients attend twenty five sessions in all.", "Clients attend 25 sessions in all.", ClassSpin},
		{"Groups meet for nine hours every week here.", "Groups meet for 12 hours every week here.", ClassFact},
		{"Groups meet for nine hours every week here.", "Groups meet for nine days every week here.", ClassFact},
		{"Most clients spend 10-15 hours per week in care.", "Most clients spend 6-30 hours per week in care.", ClassFact},
		{"Our clinic in Portland serves adults.", "Our clinic in New York City serves adults.", ClassSlot},
		{"Call the Harbor Center team today.", "Call the Beacon Center team today.", ClassSlot},
		{"Our caring staff will help you today.", "Our caring staff will assist you today.", ClassSpin},
		{"Visit soberlivingcentersohio.com for more.", "Visit soberlivingcentersmaine.com for more.", ClassSlot},
		{"Visit soberlivingcentersohio.com for more.", "Visit gentlerecoveryhomesohio.com for more.", ClassSpin},
	}
	for _, c := range cases {
		hunks := Align(testPage("a", c.a), testPage("b", c.b), DefaultOptions())
		if len(hunks) != 1 || hunks[0].Class != c.class {
			t.Errorf("%q → %q: got %s, want one %s", c.a, c.b, fmtHunks(hunks), c.class)
		}
	}
}

func TestAlignStructure(t *testing.T) {
	a := "First we talk about groups. Then we talk about money. Finally we talk about family. Last words here."
	b := "Then we talk about money. First we talk about groups. Finally we talk about family. A brand new sentence appears."
	hunks := Align(testPage("a", a), testPage("b", b), DefaultOptions())
	for _, h := range hunks {
		if h.Class != ClassStructure {
			t.Errorf("unexpected %s", fmtHunks([]Hunk{h}))
		}
	}
	if len(hunks) != 3 { // one move, one removal, one addition
		t.Errorf("got %s, want a move, a removal and an addition", fmtHunks(hunks))
	}
}

func TestClassifyFamilySlotsNeedConsistency(t *testing.T) {
	canon := "Harbor House helps adults recover. Call Harbor House today for a visit. We are near the river."
	consistent := "Beacon Lodge helps adults recover. Call Beacon Lodge today for a visit. We are near the river."
	mixed := "Beacon Lodge helps adults recover. Call Summit Place today for a visit. We are near the river."
	pages := []Page{testPage("a", canon), testPage("b", consistent), testPage("c", mixed)}
	hunks := ClassifyFamily(pages, "a", DefaultOptions())
	for _, h := range hunks {
		want := ClassSlot
		if h.File == "c" {
			want = ClassSpin
		}
		if h.Class != want {
			t.Errorf("%s: got %s, want %s", fmtHunks([]Hunk{h}), h.Class, want)
		}
	}
	if len(hunks) != 4 {
		t.Errorf("got %s", fmtHunks(hunks))
	}
}

func fmtHunks(hs []Hunk) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "[%s %q→%q @%d:%d]", h.Class, h.A, h.B, h.Line, h.Column)
	}
	return b.String()
}
