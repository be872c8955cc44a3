package claims

import (
	"testing"

	"github.com/factlint/factlint/corpus"
)

// A column of clock spans that chain end to start is a day's timetable;
// spans that do not chain are tracks' days.
func TestDaySlot(t *testing.T) {
	for _, tc := range []struct {
		rows string
		want bool
	}{
		{"| 8:30 – 9:00 | Check-in |\n| 9:00 – 10:30 | Group |\n| 10:30 – 12:00 | Skills |\n| 12:00 – 12:30 | Lunch |", true},
		{"| 9:00 – 12:00 | Morning track |\n| 1:00 – 4:00 | Afternoon track |\n| 6:00 – 9:00 | Evening track |", false},
		// One evening split in two slots under its day's name.
		{"| Day | Hours | Topic |\n| Tuesday | 5:30-8:30 p.m. | Skills group |\n| Friday | 5:30-6:30 p.m. | Check-in with a counselor |\n| Friday | 6:30-8:30 p.m. | Relapse prevention |", true},
		// The same day twice, hours apart: two tracks meeting that day.
		{"| Day | Hours | Track |\n| Wednesday | 9:00-12:00 | Morning IOP |\n| Wednesday | 5:00-8:00 p.m. | Evening IOP |", false},
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
