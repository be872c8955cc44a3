package corpus

import (
	"strings"
	"testing"
)

func TestPipeTablesInText(t *testing.T) {
	src := "Levels of care\n| Program | Weekly hours | Where clients sleep |\n|---|---|---|\n| Partial hospitalization | 25–30 hours | At home |\n| Residential | around the clock | On site |\nA closing line.\n"
	d := textDoc(t, src)
	var cells []Block
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			cells = append(cells, b)
		}
	}
	if len(cells) != 6 {
		t.Fatalf("want 6 cells, got %d: %+v", len(cells), d.Blocks)
	}
	c := cells[1]
	if c.Text != "25–30 hours" || c.ColHeader != "Weekly hours" || c.RowHeader != "Partial hospitalization" {
		t.Errorf("cell = %q col %q row %q", c.Text, c.ColHeader, c.RowHeader)
	}
	if got := string(d.Source[c.Span.Start:c.Span.End]); got != "25–30 hours" {
		t.Errorf("cell span covers %q", got)
	}
	checkCellAt(t, d, c, 4, 29)
	checkLastBlock(t, d, "A closing line.")
}

func TestPipeInRunningTextIsNoTable(t *testing.T) {
	d := textDoc(t, "Home | Programs\nOur IOP meets three days a week.\n")
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			t.Errorf("unexpected cell %q", b.Text)
		}
	}
}

// Two tables one after the other, a blank line between them, are two
// tables: the second one's header row names its own columns.
func TestPipeTablesBackToBack(t *testing.T) {
	src := "| Schedule | PHP | IOP |\n|---|---|---|\n| Days | Mon-Fri | Mon, Wed |\n\n| Program | Overnight stay |\n|---|---|\n| Residential | Yes |\n"
	got := cellLabels(t, src)
	want := []string{"Schedule/=Days", "PHP/Days=Mon-Fri", "IOP/Days=Mon, Wed", "Program/=Residential", "Overnight stay/Residential=Yes"}
	if len(got) != len(want) {
		t.Fatalf("cells %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// A two-column table of label and figure with no separator row has no
// header: its first row is a fact like the others.
func TestPipeTableKeyValueRows(t *testing.T) {
	src := "At a glance\n| Meetings a week | 3 |\n| Hours a meeting | 2-3 |\nA closing line.\n\nSchedule\n| Days | Monday–Thursday |\n| Hours | 6–9 p.m. |\nThe end.\n\nTimetable\n| Time | Monday-Friday |\n| 9-10 a.m. | Group |\nThe end.\n"
	got := cellLabels(t, src)
	want := []string{"/=Meetings a week", "/Meetings a week=3", "/=Hours a meeting", "/Hours a meeting=2-3",
		"/=Days", "/Days=Monday–Thursday", "/=Hours", "/Hours=6–9 p.m.",
		"Time/=9-10 a.m.", "Monday-Friday/9-10 a.m.=Group"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// A row labelled with a fact of a program over another two-cell row is a
// row of facts, whatever its value opens on; a row of column words heads
// its columns.
func TestPipeTableFactLabelRows(t *testing.T) {
	src := "Withdrawal care\n| Setting | Inpatient, third floor |\n| Usual stay | 4–6 days |\nThe end.\n\nCompare\n| Item | Details |\n| Usual stay | 4–6 days |\nThe end.\n"
	got := cellLabels(t, src)
	want := []string{"/=Setting", "/Setting=Inpatient, third floor", "/=Usual stay", "/Usual stay=4–6 days",
		"Item/=Usual stay", "Details/Usual stay=4–6 days"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// A figure in words opens a fact as a digit does: "| Schedule | Two
// evenings a week |" is no column header.
func TestPipeTableKeyValueInWords(t *testing.T) {
	src := "Fact sheet\n| Schedule | Two evenings a week |\n| Group length | Ninety minutes |\nThe end.\n\n" +
		"Hours\n| Weekly hours | Fifteen hours a week |\n| Session | Three hours |\nThe end.\n\n" +
		"Days\n| Schedule | Four-day week |\n| Session | Two hours |\nThe end.\n\n" +
		"Outpatient\n| Schedule | Once a week |\n| Session | One hour |\nThe end.\n"
	got := cellLabels(t, src)
	want := []string{"/=Schedule", "/Schedule=Two evenings a week", "/=Group length", "/Group length=Ninety minutes",
		"/=Weekly hours", "/Weekly hours=Fifteen hours a week", "/=Session", "/Session=Three hours",
		"/=Schedule", "/Schedule=Four-day week", "/=Session", "/Session=Two hours",
		"/=Schedule", "/Schedule=Once a week", "/=Session", "/Session=One hour"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// cellLabels parses src as text and names each table cell it finds as
// "column/row=text".
func cellLabels(t *testing.T, src string) []string {
	t.Helper()
	d := textDoc(t, src)
	var got []string
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			got = append(got, b.ColHeader+"/"+b.RowHeader+"="+b.Text)
		}
	}
	return got
}

// A table copied from a browser is lines of tab-separated cells: read as
// a table when two or more lines in a row have as many cells, the empty
// corner cell keeping the columns aligned, each cell at its source place.
func TestTabTablesInText(t *testing.T) {
	src := "Schedules\n\tDay track\tEvening track\nDays a week\t4\t3\nHours a day\t5 \t 3\nEnrollment is rolling.\n"
	got := cellLabels(t, src)
	want := []string{"/=Days a week", "Day track/Days a week=4", "Evening track/Days a week=3", "/=Hours a day", "Day track/Hours a day=5", "Evening track/Hours a day=3"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q\nwant  %q", got, want)
	}
	d := textDoc(t, src)
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && b.RowHeader == "Hours a day" && b.ColHeader == "Evening track" {
			checkCellAt(t, d, b, 4, 17)
		}
	}
	checkLastBlock(t, d, "Enrollment is rolling.")
}

// checkCellAt checks that cell c starts at line:col of its source.
func checkCellAt(t *testing.T, d *Document, c Block, line, col int) {
	t.Helper()
	if p := d.Position(c.SourceOffset(0)); p.Line != line || p.Column != col {
		t.Errorf("cell position = %d:%d, want %d:%d", p.Line, p.Column, line, col)
	}
}

// checkLastBlock checks that the text after a table is a block of its own.
func checkLastBlock(t *testing.T, d *Document, want string) {
	t.Helper()
	if last := d.Blocks[len(d.Blocks)-1]; last.Text != want {
		t.Errorf("text after the table = %q", last.Text)
	}
}

// One line with a tab, or lines with different numbers of cells, are no
// table: their tabs read as spaces.
func TestTabInRunningTextIsNoTable(t *testing.T) {
	d := textDoc(t, "Call the front desk:\t555 0100\nOur IOP meets\tthree days a week, in the evening\tfrom six.\nGroups run\ttwo hours.\n")
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			t.Errorf("unexpected cell %q", b.Text)
		}
		if strings.Contains(b.Text, "\t") {
			t.Errorf("block keeps a tab: %q", b.Text)
		}
	}
}

// textDoc parses src as a plain-text page.
func textDoc(t *testing.T, src string) *Document {
	t.Helper()
	d, err := Parse("t.txt", []byte(src), FormatText, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Rows of figures with no header row above them ("IOP | 3 days/week |
// 8–12 weeks") are rows, each headed by its first cell; a header row that
// names lengths ("| Program | 30 days | 60 days |") stays a header when the
// row under it holds no figures.
func TestPipeTableRowsWithoutHeader(t *testing.T) {
	d := textDoc(t, "Summary\nPHP | 5 days/week | 2–3 weeks\nIOP | 3 days/week | 8–12 weeks\n")
	var got []string
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			got = append(got, b.RowHeader+"/"+b.ColHeader+"/"+b.Text)
		}
	}
	if want := "/" + "/PHP,PHP//5 days/week,PHP//2–3 weeks,/" + "/IOP,IOP//3 days/week,IOP//8–12 weeks"; strings.Join(got, ",") != want {
		t.Errorf("cells %q, want %q", strings.Join(got, ","), want)
	}
	// A schedule cell opens on its days ("weekdays, 9 a.m.-3 p.m."): a
	// row of facts all the same. A timetable's header names bare days.
	d = textDoc(t, "At a glance\nPHP | weekdays, 9 a.m.-3 p.m. | 3-4 weeks\nIOP | Mon, Tue, Thu evenings, 6-9 p.m. | 8 weeks\n")
	got = nil
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && b.ColHeader != "" {
			got = append(got, b.ColHeader+"="+b.Text)
		}
	}
	if len(got) != 0 {
		t.Errorf("schedule rows read as under a header row: %q", got)
	}
	d = textDoc(t, "Week\nGroup | Monday | Wednesday\nProcess group | 6-9 p.m. | 6-9 p.m.\n")
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && b.Text == "6-9 p.m." && b.ColHeader == "" {
			t.Errorf("timetable cell %q lost its day header", b.Text)
		}
	}
	// A first row of words and figures over another with a figure in
	// the same column is a row too ("stays on campus" names no column).
	d = textDoc(t, "Side by side\nResidential | stays on campus | 24/7 staff | 28-60 days\nPHP | sleeps at home | 25-30 hrs/week | 3-5 weeks\n")
	got = nil
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell {
			got = append(got, b.RowHeader+"/"+b.ColHeader+"/"+b.Text)
		}
	}
	if want := "//Residential,Residential//stays on campus,Residential//24/7 staff,Residential//28-60 days,//PHP,PHP//sleeps at home,PHP//25-30 hrs/week,PHP//3-5 weeks"; strings.Join(got, ",") != want {
		t.Errorf("cells %q, want %q", strings.Join(got, ","), want)
	}
	// ("| Track | 6 weeks | 12 weeks |" names its columns.)
	d = textDoc(t, "Tracks\nTrack | 6 weeks | 12 weeks\nIOP evening | 3 days a week | 4 days a week\n")
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && b.Text == "3 days a week" && b.ColHeader != "6 weeks" {
			t.Errorf("cell %q lost its column header: %q", b.Text, b.ColHeader)
		}
	}
	// (Nor when the row under it holds prices: "18,000" counts nothing.)
	d = textDoc(t, "Compare\n| Program | 30 days | 60 days |\n| Family sessions | included | included |\n\nCost\n| Program | 30 days | 60 days |\n| Residential | 18,000 | 32,000 |\n")
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && (b.Text == "included" || strings.HasSuffix(b.Text, ",000")) && b.ColHeader != "30 days" && b.ColHeader != "60 days" {
			t.Errorf("cell %q lost its column header: %q", b.Text, b.ColHeader)
		}
	}
}

// A row whose first cell labels a figure ("Day treatment: 5 days a week")
// is a row of facts, the first row too: no column names it. Its label
// alone heads the row's other cells.
func TestPipeTableLabelledFigureRows(t *testing.T) {
	src := "Levels at a glance\nDay treatment: 5 days a week | 6 hours a day | home each night\nEvening IOP: three evenings a week | 3 hours an evening | home each night\nThe end.\n"
	got := cellLabels(t, src)
	want := []string{"/=Day treatment: 5 days a week", "/Day treatment=6 hours a day", "/Day treatment=home each night",
		"/=Evening IOP: three evenings a week", "/Evening IOP=3 hours an evening", "/Evening IOP=home each night"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// A first cell that labels a figure heads its column all the same when
// the other cells name columns: "Ages: 18 and older | Days per week".
func TestPipeTableLabelledHeaderRow(t *testing.T) {
	src := "Program grid\nAges: 18 and older | Days per week | Hours per day\nDay program | 5 | 6\nEvening IOP | 3 | 3\nThe end.\n"
	got := cellLabels(t, src)
	want := []string{"Ages: 18 and older/=Day program", "Days per week/Day program=5", "Hours per day/Day program=6",
		"Ages: 18 and older/=Evening IOP", "Days per week/Evening IOP=3", "Hours per day/Evening IOP=3"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// A table whose cells lost the spaces between them in the page's text
// ("Level of CareWeekly HoursWhere You Sleep" over "PHP20-25 hours/weekHome")
// is read as a table when three lines or more in a row part into as many
// cells; its cells keep their source positions.
func TestGluedTableRows(t *testing.T) {
	src := "Compare the levels\n\nLevel of CareWeekly HoursWhere You SleepBest For\nResidential24/7 careOn siteSevere symptoms\nPHP20-25 hours/weekHomeStable home (most clients)\nIOP9-12 hours/weekHomeWork or school\nA closing line.\n"
	got := cellLabels(t, src)
	want := []string{
		"Level of Care/=Residential", "Weekly Hours/Residential=24/7 care", "Where You Sleep/Residential=On site", "Best For/Residential=Severe symptoms",
		"Level of Care/=PHP", "Weekly Hours/PHP=20-25 hours/week", "Where You Sleep/PHP=Home", "Best For/PHP=Stable home (most clients)",
		"Level of Care/=IOP", "Weekly Hours/IOP=9-12 hours/week", "Where You Sleep/IOP=Home", "Best For/IOP=Work or school",
	}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("cells\n got  %q\n want %q", got, want)
	}
	d := textDoc(t, src)
	for _, b := range d.Blocks {
		if b.Kind == BlockTableCell && b.Text == "20-25 hours/week" {
			checkCellAt(t, d, b, 5, 4)
		}
	}
	checkLastBlock(t, d, "A closing line.")
}

// Running text with a brand name or two ("the BetterHelp app and
// YouTube videos") and two glued lines are no table: a glued table needs
// three lines or more in a row that part into as many cells.
func TestGluedWordsAreNoTable(t *testing.T) {
	for _, src := range []string{
		"Our IOP\nClients use the BetterHelp app, YouTube videos and MyChart messages between groups.\nGroups meet three days a week.\n",
		"Level of CareWeekly HoursBest For\nPHP20-25 hours/weekStable home\nA closing line.\n",
		"Level of CareWeekly HoursBest For\nPHP20-25 hours/weekStable home\nIOP9-12 hours/weekWork or school, SmartRecovery\n",
	} {
		d := textDoc(t, src)
		for _, b := range d.Blocks {
			if b.Kind == BlockTableCell {
				t.Errorf("%q: unexpected cell %q", src, b.Text)
			}
		}
	}
}

// A header row whose export dropped the empty corner cell ends on an
// empty cell instead: its names belong one column to the right, over the
// figures, not over the row labels. A header with an empty last column
// over rows that leave that column empty, or rows that open on figures,
// keeps its place.
func TestPipeTableCornerMovedToEnd(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Settings compared\nResidential | Day program | |\nLength | Often 4-8 weeks | Usually 2-3 weeks |\nHours | Around the clock | 5 hours a day |\nEnd.\n",
			"/=Length; Residential/Length=Often 4-8 weeks; Day program/Length=Usually 2-3 weeks; /=Hours; Residential/Hours=Around the clock; Day program/Hours=5 hours a day"},
		{"Groups\nTopic | Leader | |\nCoping skills | Dana | |\nRelapse prevention | Lee | |\nEnd.\n",
			"Topic/=Coping skills; Leader/Coping skills=Dana; Topic/=Relapse prevention; Leader/Relapse prevention=Lee"},
		{"Weeks\nPhase one | Phase two | |\n4 weeks | 6 weeks | 8 weeks |\n3 days a week | 2 days a week | 1 day a week |\nEnd.\n",
			"Phase one/=4 weeks; Phase two/4 weeks=6 weeks; /4 weeks=8 weeks; Phase one/=3 days a week; Phase two/3 days a week=2 days a week; /3 days a week=1 day a week"},
	}
	for _, c := range cases {
		if got := strings.Join(cellLabels(t, c.src), "; "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}
