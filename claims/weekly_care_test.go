package claims

import (
	"github.com/factlint/factlint/corpus"
	"strings"
	"testing"
)

// Weekly care that is said to fall short is care held up, not a count of
// the program's days.
func TestWeeklyCareFallsShort(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"clinicians suggest it when weekly therapy has stalled", true},
		{"for adults whose weekly counseling isn't enough", true},
		{"groups add weekly therapy sessions on site", false},
	} {
		i := strings.Index(tc.text, "weekly")
		if got := weeklyCareSpokenOf(tc.text, i, i+len("weekly")); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A heading that opens on a track of a program and says whom it is for
// heads that track's section.
func TestOpensOnTrack(t *testing.T) {
	for _, tc := range []struct {
		heading string
		want    bool
	}{
		{"evening iop for working parents", true},
		{"weekend program for nurses", true},
		{"evening iop", false},
		{"how our evening iop works", false},
		{"groups for working parents", false},
	} {
		if got := opensOnTrack(tc.heading); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.heading, got, tc.want)
		}
	}
}

// A column of clock spans that chain end to start is a day's timetable;
// spans that do not chain are tracks' days.
func TestDaySlot(t *testing.T) {
	for _, tc := range []struct {
		rows string
		want bool
	}{
		{"| 8:30 – 9:00 | Check-in |\n| 9:00 – 10:30 | Group |\n| 10:30 – 12:00 | Skills |\n| 12:00 – 12:30 | Lunch |", true},
		{"| 9:00 – 12:00 | Morning track |\n| 1:00 – 4:00 | Afternoon track |\n| 6:00 – 9:00 | Evening track |", false},
	} {
		doc, err := corpus.Parse("t.txt", []byte("A day\n\n"+tc.rows+"\n"), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for i := range doc.Blocks {
			got = got || daySlot(doc, i)
		}
		if got != tc.want {
			t.Errorf("%q: %v, want %v", tc.rows, got, tc.want)
		}
	}
}
