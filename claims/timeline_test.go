package claims_test

import "testing"

// An entry of a timeline, under its year ("1998 – …", "2012: …"), tells
// how things were wherever its verbs are in the past: its figures are
// the program's before, compared with no other. An entry that says what
// holds now ("… the IOP now meets four days a week", "… it still meets
// three nights") is today's.
func TestTimelineEntries(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/about/history/\n\nOur History\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"1998 – Our first residential house opened with ten beds. Stays lasted 21 days.", "program-length residential 21 before"},
		{"2012: Evening IOP. The evening group met two nights a week.", "days-per-week iop 2 before"},
		{"2005: The first IOP ran three mornings a week.", "days-per-week iop 3 before"},
		{"2009 - New home. In the new building, residential stays were 35 days.", "program-length residential 35 before"},
		{"2019 – Saturday group. The IOP now meets four days a week.", "days-per-week iop 4"},
		{"2004 - Evening IOP. A small group began meeting three nights a week, and it still meets three nights.", "days-per-week iop 3; days-per-week iop 3"},
		// (A year that is no entry's label: "2012 marked …" opens a
		// sentence of the present page.)
		{"2012 marked our tenth year. Residential stays are 35 days.", "program-length residential 35"},
	})
}

// A list under a label of the schedule being left ("Old schedule (through
// April 3):") is the past; the list under the next label is today's. A
// label of a phase heads every item of the list right under it.
func TestOldScheduleList(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://alderbrook.example/news/evening-iop-adds-a-night/\n\nEvening IOP Adds a Night\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Old schedule (through April 3):\n\n- Monday, Tuesday, Thursday\n- 9 hours per week\n\nNew schedule (from April 7):\n\n- Monday through Thursday\n- 12 hours per week",
			"days-per-week iop 3 before; hours-per-week iop 9 before; days-per-week iop 4 evening; hours-per-week iop 12 evening"},
		{"Phase 1: Stabilize (weeks 1 to 4):\n\n- Groups five days a week\n- Two individual sessions each week\n\nOur IOP then meets three days a week.",
			"days-per-week iop 5 phase: phase 1; days-per-week individual-therapy 2 phase: phase 1; days-per-week iop 3 evening"},
		// (The old schedule heads its list alone, even as a heading; an
		// item naming the program ends a phase's list.)
		{"Previous hours\n\n- Monday, Wednesday and Friday\n\nOur IOP now meets four evenings a week.",
			"days-per-week iop 3 before; days-per-week iop 4 evening"},
		{"Phase 1: Stabilize (weeks 1 to 4):\n\n- Four days a week\n- The full IOP lasts 12 weeks",
			"days-per-week iop 4 phase: phase 1; program-length iop 84 evening"},
	})
}
