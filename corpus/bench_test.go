package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchHTML builds a page shaped like real provider pages: a large head
// with inline scripts and styles, navigation menus, a cookie banner, a
// content area of headings, paragraphs, lists and a table, and a footer.
func benchHTML() []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=utf-8><title>Intensive Outpatient Program &amp; PHP – Example Recovery</title>\n")
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, "<script>window.dataLayer=window.dataLayer||[];function gtag%d(){dataLayer.push(arguments)}var cfg={\"a\":%d,\"b\":\"<p>x</p>\"};</script>\n", i, i)
		fmt.Fprintf(&b, "<style>.c%d{margin:0 auto;padding:%dpx;color:#333}.menu-item a:hover{text-decoration:underline}</style>\n", i, i)
	}
	b.WriteString("</head><body class=\"page-template-default has-sidebar\">\n<header class=\"site-header\"><nav><ul class=\"menu\">")
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&b, "<li class=\"menu-item menu-item-%d\"><a href=\"/programs/p%d/\">Program %d</a></li>", i, i, i)
	}
	b.WriteString("</ul></nav></header>\n<div id=\"cookie-consent\"><p>We use cookies.</p><button>Accept</button></div>\n<main id=\"main\" class=\"site-main\">\n<h1>Intensive Outpatient Program</h1>\n")
	for s := 0; s < 20; s++ {
		fmt.Fprintf(&b, "<h2>Section %d: what to expect</h2>\n", s)
		for p := 0; p < 3; p++ {
			b.WriteString("<p>Our intensive outpatient program (IOP) meets 3 days a week for about 3 hours a day, so most clients spend 9&nbsp;to 12 hours a week in treatment. Sessions run from 9 a.m. to 12 p.m., e.g. on weekdays, and Dr.&nbsp;Smith leads group at St. Mary&#8217;s. <a href=\"/contact/\">Contact us</a> to learn <strong>more</strong>.</p>\n")
		}
		b.WriteString("<ul><li>Group therapy three times a week</li><li>Individual sessions once a week</li><li>Family night on Thursdays – all welcome</li></ul>\n")
	}
	b.WriteString("<table><thead><tr><th>Feature</th><th>PHP</th><th>IOP</th></tr></thead><tbody>")
	for r := 0; r < 6; r++ {
		fmt.Fprintf(&b, "<tr><td>Row %d</td><td>5–6 days a week</td><td>3–5 days a week</td></tr>", r)
	}
	b.WriteString("</tbody></table>\n</main>\n<aside class=\"sidebar\">")
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "<div class=\"widget\"><h3>Recent post %d</h3><p>Short teaser text for a related article number %d.</p></div>", i, i)
	}
	b.WriteString("</aside><footer class=\"site-footer\">")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "<p><a href=\"/l%d\">Footer link %d</a> | Example Recovery, 123 Main St.</p>", i, i)
	}
	b.WriteString("<script>(function(){var s=document.createElement('script');s.src='//x.example/analytics.js';document.body.appendChild(s)})();</script></footer></body></html>\n")
	return []byte(b.String())
}

func benchText() []byte {
	var b strings.Builder
	b.WriteString("What Is an Intensive Outpatient Program?\n\n")
	for b.Len() < 48<<10 {
		b.WriteString("Why Choose an IOP?\n\n")
		b.WriteString("Our intensive outpatient program meets 3 days a week for about 3 hours a day. Sessions run from 9 a.m. to 12 p.m., e.g. on weekdays, and Dr. Smith leads group at St. Mary’s.\n")
		b.WriteString("Most clients stay 8–12 weeks, which is about 90 days of structured care and support from licensed staff.\n")
		b.WriteString("  • Group therapy three times a week\n  • Individual sessions once a week\n  • Family night on Thursdays\n\n")
	}
	return []byte(b.String())
}

func benchParse(b *testing.B, src []byte, f Format) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench", src, f, DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) { benchParse(b, benchHTML(), FormatHTML) }
func BenchmarkParseText(b *testing.B) { benchParse(b, benchText(), FormatText) }

func BenchmarkParseMarkdown(b *testing.B) {
	src := strings.ReplaceAll(string(benchText()), "  • ", "- ")
	benchParse(b, []byte(src), FormatMarkdown)
}

func TestBenchPagesParse(t *testing.T) {
	d, err := Parse("bench.html", benchHTML(), FormatHTML, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	for _, b := range d.Blocks {
		if strings.Contains(b.Text, "Footer link") || strings.Contains(b.Text, "Recent post") || strings.Contains(b.Text, "Program 3") {
			t.Errorf("boilerplate kept: %q", b.Text)
		}
	}
}

// BenchmarkParseBuilderHTML reads page-builder markup: deep wrappers with
// many classes, FAQ toggles, icon fonts, pop-ups and JSON-LD, the bodies
// of the markup-family fixtures repeated.
func BenchmarkParseBuilderHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html><head><title>Builder</title></head><body>")
	for _, f := range []string{"elementor.html", "webflow.html", "builder.html", "faq.html"} {
		src, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			b.Fatal(err)
		}
		s := string(src)
		i := strings.Index(s, "<body")
		i += strings.IndexByte(s[i:], '>') + 1
		j := strings.LastIndex(s, "</body>")
		for range 20 {
			sb.WriteString(s[i:j])
		}
	}
	sb.WriteString("</body></html>\n")
	benchParse(b, []byte(sb.String()), FormatHTML)
}

// BenchmarkPositionMinified asks the position of every sentence of a
// 1 MB page written on one line, as minifiers write pages, in reading
// order: linear in the page since Position counts a column on from the
// last one (before, 100,000 table rows on one line took 56 s to check).
func BenchmarkPositionMinified(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><body><main>")
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "<p>Our café IOP meets %d days a week — about %d hours.</p>", 3+i%3, 9+i%7)
	}
	sb.WriteString("</main></body></html>")
	src := []byte(sb.String())
	doc, err := Parse("min.html", src, FormatHTML, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	var offs []int
	for bi := range doc.Blocks {
		blk := &doc.Blocks[bi]
		for _, s := range blk.Sentences {
			offs = append(offs, blk.SourceOffset(s.Start))
		}
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		d := *doc
		d.col = doc.col
		d.col.line = 0
		for _, off := range offs {
			d.Position(off)
		}
	}
	b.ReportMetric(float64(len(offs)), "positions/op")
}
