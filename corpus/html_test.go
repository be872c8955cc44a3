package corpus

import (
	"strings"
	"testing"
)

func TestHTMLBlocks(t *testing.T) {
	d := loadFixture(t, "compare.html")
	if d.Format != FormatHTML || d.Title != "PHP vs. IOP & Detox – Cedar Ridge" {
		t.Fatalf("format %s title %q", d.Format, d.Title)
	}
	checkBlocks(t, d, []blockWant{
		{BlockTitle, 0, "PHP vs. IOP & Detox – Cedar Ridge"},
		{BlockHeading, 1, "Cedar Ridge Programs"},
		{BlockParagraph, 0, "Cedar Ridge’s day program runs 5 days a week & most clients stay 2–4 weeks."},
		{BlockHeading, 2, "Compare our programs"},
		{BlockTableCell, 0, "Feature"},
		{BlockTableCell, 0, "Partial Hospitalization (PHP)"},
		{BlockTableCell, 0, "Intensive Outpatient Program (IOP)"},
		{BlockTableCell, 0, "Intensity"},
		{BlockTableCell, 0, "5–6 days a week"},
		{BlockTableCell, 0, "3–5 days a week"},
		{BlockTableCell, 0, "Hours"},
		{BlockTableCell, 0, "About 20 hours a week"},
		{BlockHeading, 3, "What a week looks like"},
		{BlockListItem, 0, "Group therapy three times a week"},
		{BlockListItem, 0, "Each group lasts 1.5 hours"},
		{BlockListItem, 0, "Individual sessions once a week"},
		{BlockParagraph, 0, "Family members can join a support group on Saturdays."},
		{BlockParagraph, 0, "Our IOP meets 9 hours a week."},
		{BlockHeading, 2, "Contact"},
		{BlockQuote, 0, "“The staff treated me like family.”"},
		{BlockCaption, 0, "Our campus in St. Paul"},
	})

	c := findBlock(t, d, "3–5 days a week")
	if c.RowHeader != "Intensity" || c.ColHeader != "Intensive Outpatient Program (IOP)" {
		t.Errorf("cell headers %q / %q", c.RowHeader, c.ColHeader)
	}
	if c := findBlock(t, d, "Intensity"); c.RowHeader != "" || c.ColHeader != "Feature" {
		t.Errorf("row-header cell headers %q / %q", c.RowHeader, c.ColHeader)
	}
	if c := findBlock(t, d, "About 20 hours"); c.RowHeader != "Hours" || c.ColHeader != "Partial Hospitalization (PHP)" {
		t.Errorf("colspan cell headers %q / %q", c.RowHeader, c.ColHeader)
	}

	if h := findBlock(t, d, "1.5 hours").Headings; !eqStrings(h, []string{"Cedar Ridge Programs", "Compare our programs", "What a week looks like"}) {
		t.Errorf("list item headings %q", h)
	}
	if h := findBlock(t, d, "Contact").Headings; !eqStrings(h, []string{"Cedar Ridge Programs"}) {
		t.Errorf("h2 after h3 headings %q", h)
	}
	if h := findBlock(t, d, "staff treated").Headings; !eqStrings(h, []string{"Cedar Ridge Programs", "Contact"}) {
		t.Errorf("quote headings %q", h)
	}

	wantPos(t, d, "day program", 14, 24)
	wantPos(t, d, "’s day", 14, 15) // an entity maps to its '&'
	wantPos(t, d, "days a week &", 14, 48)
	wantPos(t, d, "& most", 14, 60)
	wantPos(t, d, "4 weeks", 14, 86) // after a multi-byte en dash
	wantPos(t, d, "3–5 days", 19, 51)
	wantPos(t, d, "20 hours", 20, 41)
	wantPos(t, d, "1.5 hours", 26, 28)
	wantPos(t, d, "times a week", 25, 42)
	wantPos(t, d, "Saturdays", 30, 72)
	wantPos(t, d, "St. Paul", 38, 59)
	wantPos(t, d, "& Detox", 5, 20)

	for _, bad := range []string{"not text", "cookies", "Home", "Share this page", "Hidden promo", "Also hidden", "Related", "rights reserved"} {
		for _, b := range d.Blocks {
			if strings.Contains(b.Text, bad) {
				t.Errorf("boilerplate %q kept in %q", bad, b.Text)
			}
		}
	}

	if len(d.Ignores) != 2 {
		t.Fatalf("ignores %+v", d.Ignores)
	}
	ig := d.Ignores[0]
	if ig.Rule != "within-page" || ig.Reason != "the table rounds hours up" || d.Blocks[ig.Block].Text != "Our IOP meets 9 hours a week." {
		t.Errorf("ignore %+v", ig)
	}
	if p := d.Position(ig.Span.Start); p != (Position{33, 1}) {
		t.Errorf("ignore at %v", p)
	}
	if ig := d.Ignores[1]; ig.Rule != "reference" || ig.Reason != "" || d.Blocks[ig.Block].Text != "Contact" {
		t.Errorf("reasonless ignore %+v", ig)
	}
}

func TestHTMLSpans(t *testing.T) {
	d := loadFixture(t, "compare.html")
	b := findBlock(t, d, "Cedar Ridge’s")
	// The span runs from the first to the last text byte, entities included.
	if got := string(d.Source[b.Span.Start:b.Span.End]); !strings.HasPrefix(got, "Cedar Ridge&#8217;s") || !strings.HasSuffix(got, "2–4 weeks.") {
		t.Errorf("span %q", got)
	}
	i := strings.Index(b.Text, "’")
	if sp := b.SourceSpan(i, i+len("’")); string(d.Source[sp.Start:sp.End]) != "&#8217;" {
		t.Errorf("entity span %q", d.Source[sp.Start:sp.End])
	}
}

func parseHTMLString(t *testing.T, src string, opts Options) *Document {
	t.Helper()
	d, err := Parse("t.html", []byte(src), FormatHTML, opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func texts(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, b.Text)
	}
	return out
}

// textCase is an HTML snippet and the texts of the blocks it must give.
type textCase struct {
	name, src string
	want      []string
}

// checkTexts parses each case with the default options and compares its
// block texts.
func checkTexts(t *testing.T, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseHTMLString(t, c.src, DefaultOptions())
			if got := texts(d); !eqStrings(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestHTMLStructure(t *testing.T) {
	checkTexts(t, []textCase{
		{"loose text in div", `<div>Call us today.<p>We answer 24/7.</p>Or visit.</div>`, []string{"Call us today.", "We answer 24/7.", "Or visit."}},
		{"inline stays in block", `<p>We <a href="#">offer</a> <strong>IOP</strong><br>and PHP.</p>`, []string{"We offer IOP and PHP."}},
		{"implied end tags", `<ul><li>One<li>Two</ul><p>Three<p>Four`, []string{"One", "Two", "Three", "Four"}},
		{"nested li", `<ul><li>Outer<ul><li>Inner</li></ul>tail</li></ul>`, []string{"Outer", "Inner", "tail"}},
		{"broken markup", `<p>Open <b>bold <i>both</p><div>Next</span></div></td>`, []string{"Open bold both", "Next"}},
		{"dl", `<dl><dt>Length</dt><dd>8 weeks</dd></dl>`, []string{"Length", "8 weeks"}},
		{"nbsp and zero width", "<p>5&nbsp;days\u00a0a\u200bweek</p>", []string{"5 days aweek"}},
		{"false-positive classes", `<main class="menu-free"><div class="social-support has-sidebar">Peer groups meet weekly.</div></main>`, []string{"Peer groups meet weekly."}},
		{"article header kept", `<body><header>Site</header><article><header><h1>IOP guide</h1></header><p>Body.</p><footer>By staff</footer></article></body>`, []string{"IOP guide", "Body.", "By staff"}},
		{"main preferred", `<div>Promo outside</div><main><p>Inside</p></main>`, []string{"Inside"}},
		{"aria hidden and role", `<p aria-hidden="true">x</p><div role="navigation">y</div><div role="contentinfo">z</div><p>kept</p>`, []string{"kept"}},
		{"wrapper form", `<form id="aspnetForm"><h1>Title</h1><p>Text</p></form>`, []string{"Title", "Text"}},
		{"pre and entity name without semicolon", `<pre>A &amp B   C</pre>`, []string{"A & B C"}},
	})
}

func TestHTMLSelectors(t *testing.T) {
	src := `<div class="promo"><p>Promo</p></div><div id="content"><p>One</p><p class="ad">Ad</p></div><div id="content2"><p>Two</p></div>`
	o := DefaultOptions()
	o.IncludeSelectors = []string{"#content, #content2"}
	o.ExcludeSelectors = []string{".ad"}
	if got := texts(parseHTMLString(t, src, o)); !eqStrings(got, []string{"One", "Two"}) {
		t.Errorf("got %q", got)
	}
	o = DefaultOptions()
	o.IncludeSelectors = []string{"#missing"}
	if _, err := Parse("t.html", []byte(src), FormatHTML, o); err == nil {
		t.Error("no content area matched, want a skip")
	}
}

func TestValidate(t *testing.T) {
	o := DefaultOptions()
	o.ExcludeSelectors = []string{".ok", "div[["}
	o.Exclude = []string{"[bad"}
	err := o.Validate()
	if err == nil || !strings.Contains(err.Error(), `"div[["`) || !strings.Contains(err.Error(), `"[bad"`) {
		t.Errorf("Validate = %v", err)
	}
	if err := DefaultOptions().Validate(); err != nil {
		t.Error(err)
	}
}
