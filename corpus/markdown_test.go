package corpus

import (
	"strings"
	"testing"
)

func TestMarkdownBlocks(t *testing.T) {
	d := loadFixture(t, "guide.md")
	if d.Format != FormatMarkdown || d.Title != "Pinecrest Intensive Outpatient" {
		t.Fatalf("format %s title %q", d.Format, d.Title)
	}
	checkBlocks(t, d, []blockWant{
		{BlockHeading, 1, "Pinecrest Intensive Outpatient"},
		{BlockParagraph, 0, "Pinecrest’s IOP meets three days a week – see our schedule for 9 a.m. start times & more."},
		{BlockHeading, 2, "Levels of care"},
		{BlockTableCell, 0, "Feature"},
		{BlockTableCell, 0, "PHP"},
		{BlockTableCell, 0, "IOP"},
		{BlockTableCell, 0, "Intensity"},
		{BlockTableCell, 0, "5–6 days a week"},
		{BlockTableCell, 0, "3–5 days a week"},
		{BlockTableCell, 0, "Length"},
		{BlockTableCell, 0, "2 weeks"},
		{BlockTableCell, 0, "8_weeks"},
		{BlockHeading, 3, "What to expect"},
		{BlockListItem, 0, "Group therapy three times a week"},
		{BlockListItem, 0, "Each group lasts 1.5 hours"},
		{BlockListItem, 0, "Family night on Thursdays"},
		{BlockQuote, 0, "“I finally felt heard.”"},
		{BlockParagraph, 0, "Most clients finish in 8 weeks."},
	})
	if c := findBlock(t, d, "3–5 days"); c.RowHeader != "Intensity" || c.ColHeader != "IOP" {
		t.Errorf("cell headers %q / %q", c.RowHeader, c.ColHeader)
	}
	if h := findBlock(t, d, "1.5 hours").Headings; !eqStrings(h, []string{"Pinecrest Intensive Outpatient", "Levels of care", "What to expect"}) {
		t.Errorf("headings %q", h)
	}
	wantPos(t, d, "IOP meets", 9, 15)
	wantPos(t, d, "three days", 9, 28)
	wantPos(t, d, "– see", 9, 47)
	wantPos(t, d, "our schedule", 9, 54)
	wantPos(t, d, "9 a.m.", 9, 84)
	wantPos(t, d, "more.", 9, 110)
	wantPos(t, d, "3–5 days", 15, 33)
	wantPos(t, d, "_weeks", 16, 24) // past a backslash escape
	wantPos(t, d, "1.5 hours", 21, 22)
	wantPos(t, d, "finally", 24, 6)
	if len(d.Ignores) != 1 || d.Ignores[0].Rule != "within-page" || d.Ignores[0].Reason != "schedule changed in May" ||
		d.Blocks[d.Ignores[0].Block].Text != "Most clients finish in 8 weeks." {
		t.Errorf("ignores %+v", d.Ignores)
	}
	checkInvariants(t, d)
}

func TestFrontMatter(t *testing.T) {
	for src, want := range map[string]int{
		"---\na: 1\n---\n# x\n":   13,
		"---\r\na: 1\r\n...\r\nx": 16,
		"---\nno close\n":         0,
		"# no front matter\n":     0,
	} {
		if got := frontMatterEnd([]byte(src)); got != want {
			t.Errorf("frontMatterEnd(%q) = %d, want %d", src, got, want)
		}
	}
}

func TestTooDeep(t *testing.T) {
	for src, want := range map[string]bool{
		"- a\n  - b\n":                        false,
		strings.Repeat("-", 300) + "\n":       false,
		strings.Repeat("> ", 100) + "quote\n": true,
		strings.Repeat(" ", 300) + "- x\n":    true,
	} {
		if got := tooDeep([]byte(src)); got != want {
			t.Errorf("tooDeep(%.20q…) = %v", src, got)
		}
	}
}
