package corpus

import (
	"strings"
	"testing"
)

// Each fixture imitates one family of real provider markup; the wanted
// blocks are everything a reader sees as the page's content, in order.

func TestWebflowPage(t *testing.T) {
	d := loadFixture(t, "webflow.html")
	checkInvariants(t, d)
	checkBlocks(t, d, []blockWant{
		{BlockTitle, 0, "Day Treatment | Juniper Hollow"},
		{BlockHeading, 1, "Day Treatment at Juniper Hollow"},
		{BlockHeading, 2, "How the day program works"},
		{BlockParagraph, 0, "Our day program meets 5 days a week for about 6 hours a day."},
		{BlockParagraph, 0, "Check-in: 8:30 a.m. Groups end: 2:30 p.m."},
		{BlockParagraph, 0, "Most people stay for four to six weeks."},
		{BlockParagraph, 0, "Staff ratio"},
		{BlockParagraph, 0, "1:4"},
		{BlockParagraph, 0, "Beds 16"},
		{BlockParagraph, 0, "Ask about openings this week."},
	})
	if d.URL != "https://www.example.org/day-treatment" {
		t.Errorf("URL %q", d.URL)
	}
	// A <br> ends a line and the sentence on it, unless the line runs on.
	b := findBlock(t, d, "Check-in")
	if len(b.Sentences) != 2 || b.SentenceText(1) != "Groups end: 2:30 p.m." {
		t.Errorf("schedule lines split as %q", sentenceTexts(b))
	}
	if b := findBlock(t, d, "Most people"); len(b.Sentences) != 1 {
		t.Errorf("wrapped line split as %q", sentenceTexts(b))
	}
	wantPos(t, d, "Groups end", 17, 27)
}

func TestHashedClassBuilderPage(t *testing.T) {
	d := loadFixture(t, "builder.html")
	checkInvariants(t, d)
	checkBlocks(t, d, []blockWant{
		{BlockTitle, 0, "Evening IOP – Alder Creek"},
		{BlockMeta, 0, "Alder Creek's evening IOP meets 3 nights a week."},
		{BlockHeading, 1, "Evening Intensive Outpatient"},
		{BlockParagraph, 0, "The evening IOP meets 3 nights a week from 6 p.m. to 9 p.m."},
		{BlockParagraph, 0, "Clients usually attend for 10 weeks."},
		{BlockParagraph, 0, "Phone 555-0199"},
		// No name says what this is; the site-wide index does.
		{BlockParagraph, 0, "Counselors answer within 15 minutes, day or night."},
	})
	if d.URL != "https://aldercreek.example/evening-iop" {
		t.Errorf("URL %q", d.URL)
	}
	wantPos(t, d, "Alder Creek's", 3, 35)
	wantPos(t, d, "evening IOP meets 3 nights", 3, 53)
	b := findBlock(t, d, "Alder Creek's")
	i := strings.Index(b.Text, "'")
	if sp := b.SourceSpan(i, i+1); string(d.Source[sp.Start:sp.End]) != "&#39;" {
		t.Errorf("entity in a meta description spans %q", d.Source[sp.Start:sp.End])
	}
}

func TestFAQAccordions(t *testing.T) {
	d := loadFixture(t, "faq.html")
	checkInvariants(t, d)
	checkBlocks(t, d, []blockWant{
		{BlockTitle, 0, "FAQ – Birch Point"},
		{BlockMeta, 0, "PHP at Birch Point lasts about 3 weeks."},
		{BlockMeta, 0, `Yes & it’s staffed "around the clock".`},
		{BlockHeading, 1, "Frequently asked questions"},
		{BlockParagraph, 0, "Do PHP clients live at home during treatment"},
		{BlockParagraph, 0, "Most PHP clients live at home and come in 5 days a week."},
		{BlockParagraph, 0, "Can family members visit"},
		{BlockParagraph, 0, "Visits happen on Sundays for 2 hours."},
		{BlockParagraph, 0, "Where do residential clients sleep"},
		{BlockParagraph, 0, "Residential clients sleep on campus for 30 days."},
		{BlockHeading, 3, "Which insurance plans are accepted"},
		{BlockParagraph, 0, "Most major plans cover 28 days of care."},
		{BlockParagraph, 0, "How many hours a day is IOP? ▼"},
		{BlockParagraph, 0, "IOP runs 3 hours a day."},
		{BlockParagraph, 0, "Is IOP right for me? IOP suits people who can stay sober at home."},
		{BlockParagraph, 0, "Groups meet 4 days a week."},
	})
	questions := map[string]bool{
		"Do PHP clients live at home during treatment": true,
		"Can family members visit":                     true,
		"Where do residential clients sleep":           true,
		"Which insurance plans are accepted":           true,
		"How many hours a day is IOP? ▼":               true,
	}
	for _, b := range d.Blocks {
		if b.Question != questions[b.Text] {
			t.Errorf("%q: Question %v", b.Text, b.Question)
		}
	}
	// JSON-LD answers point into the script: escapes and entities map
	// to the source bytes that wrote them.
	wantPos(t, d, "PHP at Birch", 6, 100)
	wantPos(t, d, "Yes &", 7, 104)
	wantPos(t, d, "& it", 7, 108)
	wantPos(t, d, "’s staffed", 7, 116)
	wantPos(t, d, "around the clock", 7, 134)
}

func TestBuilderChromeAndIcons(t *testing.T) {
	d := loadFixture(t, "elementor.html")
	checkInvariants(t, d)
	checkBlocks(t, d, []blockWant{
		{BlockTitle, 0, "Detox Program - Maple Rise"},
		{BlockHeading, 1, "Medical Detox at Maple Rise"},
		{BlockParagraph, 0, "Detox at Maple Rise takes 5 to 7 days with nurses on site."},
		{BlockListItem, 0, "Medication support every day"},
		{BlockListItem, 0, "Private rooms"},
		{BlockParagraph, 0, "Nurses check vitals 4 times a day."},
		{BlockParagraph, 0, "2 beds left"},
		{BlockParagraph, 0, "Click to call: open 24 hours."},
	})
	for _, b := range d.Blocks {
		if len(b.Headings) > 0 && b.Headings[0] != "Medical Detox at Maple Rise" {
			t.Errorf("%q under %q: the header's logo heading leaked", b.Text, b.Headings)
		}
	}
	wantPos(t, d, "4 times", 13, 131)
}

func TestHTMLReaderText(t *testing.T) {
	checkTexts(t, []textCase{
		{"label and value spans", `<div><span class="l">Hours</span><span class="v">9–5</span></div>`, []string{"Hours 9–5"}},
		{"footnote stays attached", `<p>Licensed<sup>1</sup> staff.</p>`, []string{"Licensed1 staff."}},
		{"glyph in icon element", `<p><i class="icon-phone">p</i>Call <span class="fa fa-arrow"></span>now today.</p>`, []string{"Call now today."}},
		{"icon class with real text kept", `<p><span class="elementor-icon-list-text">Open on weekends</span></p>`, []string{"Open on weekends"}},
		{"ligature icon", `<p><span class="material-icons">schedule</span> Groups meet at noon.</p>`, []string{"Groups meet at noon."}},
		{"private-use glyph", "<p>\ue0b0 Nurses on site.</p>", []string{"Nurses on site."}},
		{"link list dropped", `<main><p>Our program.</p><p><a href="/a">rehab near me</a> <a href="/b">detox near me</a></p></main>`, []string{"Our program."}},
		{"link grid dropped with its heading", `<p>Our program.</p><div class="k9x"><h4>Quick links</h4><ul><li><a href="/a">Admissions process</a></li><li><a href="/b">Insurance we accept</a></li><li><a href="/c">Contact our team</a></li></ul></div>`, []string{"Our program."}},
		{"labels above the h1 of a page without main", `<div class="t1"><h4>Call 24/7</h4><span>Verify insurance</span></div><div class="t2"><p>New building.</p><h1>Detox</h1><p>Detox takes 5 days with nurses on site around the clock, and a doctor sees every client each morning before breakfast.</p><h3>Rooms</h3><p>Private</p></div>`, []string{"New building.", "Detox", "Detox takes 5 days with nurses on site around the clock, and a doctor sees every client each morning before breakfast.", "Rooms", "Private"}},
		{"an h1 low on the page keeps what is above it", `<div><h2>Programs</h2><p>IOP</p><p>Our IOP meets three days a week in the evening.</p><h1>Rehab in Austin</h1></div>`, []string{"Programs", "IOP", "Our IOP meets three days a week in the evening.", "Rehab in Austin"}},
		{"labels above the h1 inside main are kept", `<main><p>Updated June</p><h1>Detox</h1><p>Detox takes 5 days.</p></main>`, []string{"Updated June", "Detox", "Detox takes 5 days."}},
		{"url list dropped", `<p>Intro text here.</p><p>www.example.org/a, https://example.org/b</p>`, []string{"Intro text here."}},
		{"link inside prose kept", `<p>Our <a href="/iop">IOP</a> meets 3 days a week.</p>`, []string{"Our IOP meets 3 days a week."}},
		{"toggle links are not links", `<p><a href="#">Show the schedule</a></p>`, []string{"Show the schedule"}},
		{"dialog dropped", `<p>Body text.</p><div role="dialog"><p>Pop-up text.</p></div><dialog open><p>More.</p></dialog>`, []string{"Body text."}},
		{"related section skipped to the next heading", `<main><h2>Detox</h2><p>Detox takes 5 days.</p><h2>Related articles</h2><p>Why IOP lasts 12 weeks.</p><h3>Older post</h3><p>PHP runs 6 hours a day.</p><h2>Contact</h2><p>Call us.</p></main>`, []string{"Detox", "Detox takes 5 days.", "Contact", "Call us."}},
		{"related heading names a topic", `<h2>Related conditions we treat</h2><p>Anxiety and depression.</p>`, []string{"Related conditions we treat", "Anxiety and depression."}},
		{"inactive tab read", `<div role="tablist"><a href="#a">IOP</a></div><div role="tabpanel" hidden><p>IOP meets 3 days a week.</p></div>`, []string{"IOP meets 3 days a week."}},
		{"tailwind and webflow visibility", `<p class="hidden md:block">Desktop.</p><p class="md:hidden">Phone.</p><p class="hidden">Never.</p><div class="w-dyn-empty"><p>No items found.</p></div><p class="w-condition-invisible">Off.</p>`, []string{"Desktop."}},
		{"bootstrap desktop copy kept", `<p class="d-none d-lg-block">Desktop copy.</p><p class="d-lg-none">Phone copy.</p><p class="d-none">Never shown.</p>`, []string{"Desktop copy."}},
	})
}

func TestFAQContainers(t *testing.T) {
	src := `<div class="common-questions"><h3>Length of stay</h3><p>IOP lasts 12 weeks.</p></div>
<div class="faq"><div class="faq-title" aria-expanded="false">Is there a waitlist</div><div class="faq-content" style="display:none" aria-hidden="true"><p>Beds open within 2 days.</p></div>
<div class="promo" style="display:none"><p>Hidden promo.</p></div></div>`
	src += `<div class="accordion"><div class="accordion-title">Cost</div><div class="accordion-content"><p>Call <span class="text-label">now</span> for a quote within 1 day.</p></div></div>`
	d := parseHTMLString(t, src, DefaultOptions())
	if got := texts(d); !eqStrings(got, []string{"Length of stay", "IOP lasts 12 weeks.", "Is there a waitlist", "Beds open within 2 days.", "Cost", "Call now for a quote within 1 day."}) {
		t.Fatalf("got %q", got)
	}
	want := map[string]bool{"Length of stay": true, "Is there a waitlist": true, "Cost": true}
	for _, b := range d.Blocks {
		if b.Question != want[b.Text] {
			t.Errorf("%q: Question %v", b.Text, b.Question)
		}
	}
}

func TestQuestionsByText(t *testing.T) {
	d := parseHTMLString(t, `<h2>How long is detox?</h2><p>Detox lasts a week.</p><p>Do you take insurance? +</p><p>We offer IOP. Want to know more?</p>`, DefaultOptions())
	want := map[string]bool{"How long is detox?": true, "Do you take insurance? +": true}
	for _, b := range d.Blocks {
		if b.Question != want[b.Text] {
			t.Errorf("%q: Question %v", b.Text, b.Question)
		}
	}
}

func TestUserSelectorsOverride(t *testing.T) {
	// An exclude selector drops what the heuristics keep; an include
	// selector reads only the named area.
	src := `<div class="promo-x"><p>Our beds are full until May.</p></div><div class="body-y"><p>IOP meets 3 days a week.</p></div>`
	o := DefaultOptions()
	o.ExcludeSelectors = []string{".promo-x"}
	if got := texts(parseHTMLString(t, src, o)); !eqStrings(got, []string{"IOP meets 3 days a week."}) {
		t.Errorf("exclude: got %q", got)
	}
	o = DefaultOptions()
	o.IncludeSelectors = []string{".promo-x"}
	if got := texts(parseHTMLString(t, src, o)); !eqStrings(got, []string{"Our beds are full until May."}) {
		t.Errorf("include: got %q", got)
	}
}

func TestDescriptionsAndSelectors(t *testing.T) {
	src := `<head><meta name="description" content="Detox lasts 5 days."><meta property="og:description" content="Detox lasts a week."></head><body><div class="c"><p>Body text.</p></div></body>`
	if got := texts(parseHTMLString(t, src, DefaultOptions())); !eqStrings(got, []string{"Detox lasts 5 days.", "Detox lasts a week.", "Body text."}) {
		t.Errorf("default: got %q", got)
	}
	o := DefaultOptions()
	o.ExcludeSelectors = []string{"meta[property='og:description']"}
	if got := texts(parseHTMLString(t, src, o)); !eqStrings(got, []string{"Detox lasts 5 days.", "Body text."}) {
		t.Errorf("exclude: got %q", got)
	}
	o = DefaultOptions()
	o.IncludeSelectors = []string{".c"}
	if got := texts(parseHTMLString(t, src, o)); !eqStrings(got, []string{"Body text."}) {
		t.Errorf("include: got %q", got)
	}
	// A description alone is no page.
	if _, err := Parse("t.html", []byte(`<meta name="description" content="Only this.">`), FormatHTML, DefaultOptions()); err == nil {
		t.Error("a page with only a description was read")
	}
}

func sentenceTexts(b *Block) []string {
	var out []string
	for i := range b.Sentences {
		out = append(out, b.SentenceText(i))
	}
	return out
}

func TestTopBarHeadingDoesNotHeadTheArticle(t *testing.T) {
	d := parseHTMLString(t, `<div><h4>Call 24/7</h4></div><div><h1>Detox</h1><p>Detox takes 5 days.</p></div>`, DefaultOptions())
	if h := findBlock(t, d, "5 days").Headings; !eqStrings(h, []string{"Detox"}) {
		t.Errorf("headings %q", h)
	}
}
