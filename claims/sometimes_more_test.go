package claims_test

import "testing"

// An aside after a figure that allows a larger one ("once a week,
// sometimes twice") widens the figure to it.
func TestSometimesMore(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://fernbrook.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our IOP group meets once a week, sometimes twice.", "days-per-week iop 1–2"},
		{"Our IOP meets three days a week, occasionally four.", "days-per-week iop 3–4"},
		{"Our IOP lasts eight weeks, or ten for some clients.", "program-length iop 56–70"},
		// (A second figure with a unit of its own is no aside.)
		{"Our IOP meets three days a week, or 9 hours.", "days-per-week iop 3"},
	})
}
