package quantity

import (
	"os"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"between 6 and 30 hours per week", "an hour and a half", "3–5 days a week", "6+ hours daily",
		"8- to 12-week program", "1 year, 2 days, 3 hours and 4 seconds", "24/7", "(207) 555-0100",
		"one hundred and three and two thirds", "thirty (30) days", "1.1^23", "- 1 4/5", "½", "Mon–Fri",
		"at least 6 and no more than 19 hours", "9 a.m. to 5 p.m.", "2025-01-21",
	} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/prose.txt"); err == nil {
		for _, para := range strings.Split(string(data), "\n\n") {
			f.Add(para)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, q := range Parse(text) {
			if q.Start < prev || q.End <= q.Start || q.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", q.Start, q.End, prev, text)
			}
			if q.Text != text[q.Start:q.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", q.Text, q.Start, q.End, text[q.Start:q.End])
			}
			prev = q.End
		}
		ParseNumber(text)
		if s, e, ok := Supervision24x7(text); ok && (s < 0 || e > len(text) || s >= e) {
			t.Fatalf("bad supervision span [%d,%d)", s, e)
		}
	})
}
