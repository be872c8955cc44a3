package corpus

import "testing"

func TestTextBlocks(t *testing.T) {
	d := loadFixture(t, "page.txt")
	if d.Format != FormatText || d.Title != "Maple Grove Recovery: Outpatient Care" {
		t.Fatalf("format %s title %q", d.Format, d.Title)
	}
	checkBlocks(t, d, []blockWant{
		{BlockHeading, 1, "Maple Grove Recovery: Outpatient Care"},
		{BlockHeading, 2, "What is an IOP?"},
		{BlockParagraph, 0, "An intensive outpatient program lets you live at home while you attend treatment three days a week."},
		{BlockParagraph, 0, "Sessions run 3 hours a day."},
		{BlockListItem, 0, "Group therapy – three times a week"},
		{BlockListItem, 0, "Individual counseling once a week"},
		{BlockListItem, 0, "Family sessions on Saturdays"},
		{BlockListItem, 0, "Call our admissions team"},
		{BlockListItem, 0, "Verify insurance"},
		{BlockParagraph, 0, "Home » Programs » IOP"},
		{BlockParagraph, 0, "Clients stay 8–12 weeks on average."},
		{BlockParagraph, 0, "Our IOP lasts 10 weeks."},
	})
	if h := findBlock(t, d, "once a week").Headings; !eqStrings(h, []string{"Maple Grove Recovery: Outpatient Care", "What is an IOP?"}) {
		t.Errorf("headings %q", h)
	}
	wantPos(t, d, "Group therapy", 8, 5)
	wantPos(t, d, "three times", 8, 21)
	wantPos(t, d, "once a week", 9, 27)
	wantPos(t, d, "Family sessions", 10, 5)
	wantPos(t, d, "Call our", 11, 4)
	wantPos(t, d, "Verify", 12, 4)
	wantPos(t, d, "Programs »", 14, 8)
	wantPos(t, d, "8–12", 15, 14)
	wantPos(t, d, "attend", 5, 1) // the joined line keeps its own position
	wantPos(t, d, "10 weeks", 17, 15)
	if len(d.Ignores) != 1 || d.Blocks[d.Ignores[0].Block].Text != "Our IOP lasts 10 weeks." {
		t.Errorf("ignores %+v", d.Ignores)
	}
	checkInvariants(t, d)
}

func TestTextLines(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		// One paragraph per line, as pages are often exported.
		{"First paragraph ends here.\nSecond one starts here.\n", []string{"First paragraph ends here.", "Second one starts here."}},
		// A line ending on a connector runs on even before a capital.
		{"We accept most plans, including\nAetna and Cigna.\n", []string{"We accept most plans, including Aetna and Cigna."}},
		{"Where the 28-day stay came from\nResidential programs often run 28 days.\n", []string{"Where the 28-day stay came from", "Residential programs often run 28 days."}},
		{"Most of our clients travel here from\nOhio and Kentucky.\n", []string{"Most of our clients travel here from Ohio and Kentucky."}},
		{"What the three tracks really are\nEvening outpatient care is one group a week.\n", []string{"What the three tracks really are", "Evening outpatient care is one group a week."}},
		{"How long the first phase is\nMost clients stay in it for a month.\n", []string{"How long the first phase is", "Most clients stay in it for a month."}},
		{"The hardest part of these groups is\nFriday night, when the week catches up.\n", []string{"The hardest part of these groups is Friday night, when the week catches up."}},
		{"Programs\nIOP and PHP are offered.\n", []string{"Programs", "IOP and PHP are offered."}},
		{"- item one\n  continued here\n- item two\n", []string{"item one continued here", "item two"}},
		{"1.5 hours a day is typical.\n-5 is not a bullet.\n", []string{"1.5 hours a day is typical.", "-5 is not a bullet."}},
		{"Text <!-- want x \"y\" --> more.\n", []string{"Text more."}},
	}
	for _, c := range cases {
		d, err := Parse("t.txt", []byte(c.src), FormatText, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := texts(d); !eqStrings(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
		checkInvariants(t, d)
	}
}

func TestHeadingLike(t *testing.T) {
	for s, want := range map[string]bool{
		"What is an IOP?":                              true,
		"Benefits of an IOP":                           true,
		"The program includes:":                        true,
		"Sessions run 3 hours a day.":                  false,
		"Call us today!":                               false,
		"Home » Programs » IOP":                        false,
		"Home | Programs | Contact":                    false,
		"Programs | Blog":                              false,
		"Evening Partial Hospitalization | Tulsa":      true,
		"lowercase start line":                         false,
		"Intensive outpatient: 4 days/week, 3 hrs/day": false,
		"Phase 2: Stabilization":                       true,
		"Days: Tuesday, Wednesday, Thursday":           false,
		"Meets: weekday evenings":                      false,
		"Track two: Sunrise group":                     true,
		"Phase 1: Weekdays on Campus":                  true,
		"9:00 a.m. Group therapy (90 minutes)":         false,
		"10:45 Check-in":                               false,
		"7 p.m. Peer support meeting":                  false,
		"12 Steps to Recovery":                         true,
		"Tuesday, Thursday and Saturday":               false,
		"Mon – Fri":                                    false,
		"Tuesday – Saturday, 7:30 am – 5 pm":           false,
		"Sundays 10am-2pm":                             false,
		"Weekdays from 9:00 to 1:00":                   false,
		"Saturday 5K Fun Run":                          true,
		"Saturday Family Program":                      true,
		"Weekends":                                     true,
		"Lasts six weeks in all":                       false,
		"Meets 3 evenings a week":                      false,
		"Runs Deep: Our Story":                         true,
		"Setting: Inpatient, medically monitored":      false,
		"Levels of care: Outpatient, IOP":              false,
		"Beds: none – patients return home each day":   false,
		"Setting: Our Residential Campus":              true,
		"Setting: Outpatient":                          false,
		"Withdrawal care: No":                          false,
		"Overnight stays: Not offered":                 false,
		"Medical detox: Yes – on site":                 false,
		"Step 1: Notice the Pattern":                   true,
		"22 Ferry Street, Suite 4, Riverside":          false,
		"3100 Old Mill Road, Tallis Creek":             false,
		"45 days: our standard program, and most stay": false,
		"8-week: evening track":                        false,
		"Weeks 1-4: Stabilization":                     true,
		"This line has far too many words to be a heading in any page at all": false,
		"Why Our Evening Program Is a Good Fit for Working Parents":           true,
		"4 to 6 days":           false,
		"Usually up to 28 days": false,
		"6-10 weeks":            false,
		"90 Days of Care":       true,
		"What to expect in your first week of the evening program": true,
	} {
		if got := headingLike(s); got != want {
			t.Errorf("headingLike(%q) = %v", s, got)
		}
	}
}

// A text export's "SOURCE: <url>" line is the page's address; the line
// after it, a <title> with its bars, is the title.
func TestSourceLine(t *testing.T) {
	src := "SOURCE: https://www.example.org/programs/evening-iop/\n\nEvening IOP | Cedar Hollow Recovery | Boise, ID\nOur evening IOP meets three nights a week.\n"
	d, err := Parse("t.txt", []byte(src), FormatText, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if d.URL != "https://www.example.org/programs/evening-iop/" {
		t.Errorf("URL = %q", d.URL)
	}
	if d.Title != "Evening IOP | Cedar Hollow Recovery | Boise, ID" {
		t.Errorf("title = %q", d.Title)
	}
	if d.Blocks[0].Kind != BlockParagraph {
		t.Errorf("SOURCE line is a %v", d.Blocks[0].Kind)
	}
	for s, want := range map[string]bool{
		"Evening IOP | Cedar Hollow Recovery | Boise, ID": true,
		"Home | Programs | Contact":                       false,
		"About us | Careers":                              false,
	} {
		if got := pageTitleLine(s); got != want {
			t.Errorf("pageTitleLine(%q) = %v", s, got)
		}
	}
}

// TestNumberedHeadings: a short numbered line between paragraphs heads the
// paragraph after it; numbered lines in a run stay a list.
func TestNumberedHeadings(t *testing.T) {
	src := "Our levels of care\n" +
		"We offer three levels, from most to least intensive.\n" +
		"1. Inpatient detox\n" +
		"Nurses are on the unit day and night.\n" +
		"2. Residential treatment\n" +
		"Most residents stay four weeks.\n" +
		"How to start\n" +
		"1. Call admissions\n" +
		"2. Verify insurance\n" +
		"Intake takes about an hour.\n" +
		"3. Bring your medications.\n" +
		"We confirm your start date.\n" +
		"4. Medical detox comes first\n" +
		"If you need detox, we refer you.\n" +
		"5. Is outpatient detox available?\n" +
		"Some clinics offer it with daily visits.\n"
	d, err := Parse("t.txt", []byte(src), FormatText, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkBlocks(t, d, []blockWant{
		{BlockHeading, 1, "Our levels of care"},
		{BlockParagraph, 0, "We offer three levels, from most to least intensive."},
		{BlockHeading, 2, "Inpatient detox"},
		{BlockParagraph, 0, "Nurses are on the unit day and night."},
		{BlockHeading, 2, "Residential treatment"},
		{BlockParagraph, 0, "Most residents stay four weeks."},
		{BlockHeading, 2, "How to start"},
		{BlockListItem, 0, "Call admissions"},
		{BlockListItem, 0, "Verify insurance"},
		{BlockParagraph, 0, "Intake takes about an hour."},
		{BlockListItem, 0, "Bring your medications."},
		{BlockParagraph, 0, "We confirm your start date."},
		{BlockListItem, 0, "Medical detox comes first"},
		{BlockParagraph, 0, "If you need detox, we refer you."},
		{BlockHeading, 2, "Is outpatient detox available?"},
		{BlockParagraph, 0, "Some clinics offer it with daily visits."},
	})
	if h := findBlock(t, d, "four weeks").Headings; !eqStrings(h, []string{"Our levels of care", "Residential treatment"}) {
		t.Errorf("headings %q", h)
	}
	checkInvariants(t, d)
}

// The last line of an excerpt, cut off before its full stop, reads as the
// sentence it is; the same line between paragraphs may be a heading in
// sentence case.
func TestCutOffLastLine(t *testing.T) {
	src := "Our programs\n\n" +
		"What to expect when you start our evening program\n\n" +
		"Groups meet three evenings a week.\n\n" +
		"This eight-week evening program is meant to help working pa"
	d, err := Parse("t.txt", []byte(src), FormatText, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkBlocks(t, d, []blockWant{
		{BlockHeading, 1, "Our programs"},
		{BlockHeading, 2, "What to expect when you start our evening program"},
		{BlockParagraph, 0, "Groups meet three evenings a week."},
		{BlockParagraph, 0, "This eight-week evening program is meant to help working pa"},
	})
}

// A page copied from the web may put each bullet on a line of its own and
// its item on the next; the item is still a list item, and its positions
// are its own line's.
func TestLoneBulletLines(t *testing.T) {
	src := "Our evening track runs on one of two schedules:\n" +
		"-\n" +
		"Two evenings a week — for clients stepping down.\n" +
		"•\n" +
		"Four evenings a week — for new clients.\n" +
		"-\n" +
		"\n" +
		"A bullet before a blank line marks nothing.\n" +
		"2.\n" +
		"Family night on Thursdays\n"
	d, err := Parse("t.txt", []byte(src), FormatText, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkBlocks(t, d, []blockWant{
		{BlockParagraph, 0, "Our evening track runs on one of two schedules:"},
		{BlockListItem, 0, "Two evenings a week — for clients stepping down."},
		{BlockListItem, 0, "Four evenings a week — for new clients."},
		{BlockParagraph, 0, "A bullet before a blank line marks nothing."},
		{BlockListItem, 0, "Family night on Thursdays"},
	})
	wantPos(t, d, "Two evenings", 3, 1)
	wantPos(t, d, "Four evenings", 5, 1)
	wantPos(t, d, "Family night", 10, 1)
	checkInvariants(t, d)
}
