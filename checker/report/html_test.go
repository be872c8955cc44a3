package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

func fp(v float64) *float64 { return &v }

// rangeClaim builds a claim the way the extractor would, with the words
// and sentence of the project's own invented sentences.
func rangeClaim(file string, line, col int, kind claims.Kind, subject claims.Subject, lo, hi float64, text, sentence string) claims.Claim {
	unit := "hour"
	if kind == claims.ProgramLength {
		unit = "day"
	}
	return claims.Claim{
		Kind: kind, Subject: subject, Min: fp(lo), Max: fp(hi), Unit: unit, Qualifier: claims.Exact,
		Polarity: claims.Asserted, Force: claims.Typical, File: file,
		Pos: corpus.Position{Line: line, Column: col}, Text: text, Sentence: sentence,
	}
}

func boolClaim(file string, line, col int, v bool, text, sentence string) claims.Claim {
	return claims.Claim{
		Kind: claims.DetoxOffered, Subject: claims.IOP, Value: &v, Polarity: claims.Asserted, Force: claims.Typical,
		File: file, Pos: corpus.Position{Line: line, Column: col}, Text: text, Sentence: sentence,
	}
}

// sampleCorpus goes with sampleResult: the pages its findings name, with
// claims at the findings' locations, a page whose URL is a javascript:
// link (which must not become a link), and one near-duplicate family.
func sampleCorpus() *Corpus {
	return &Corpus{
		Pages: []Page{
			{File: "site/a.html", URL: "https://example.org/a", Title: "Our programs", Claims: []claims.Claim{
				rangeClaim("site/a.html", 9, 4, claims.HoursPerWeek, claims.IOP, 1, 1, "an hour", "Our IOP takes an hour a week."),
				rangeClaim("site/a.html", 20, 1, claims.HoursPerWeek, claims.PHP, 12, 12, "12 hours, Mon, Wed: 9:00", "PHP: 12 hours, Mon, Wed: 9:00."),
				rangeClaim("site/a.html", 40, 2, claims.ProgramLength, claims.IOP, 90, 90, "90 days", "Most people finish IOP in 90 days."),
				rangeClaim("site/a.html", 98, 12, claims.HoursPerWeek, claims.IOP, 6, 30, "between 6 and\n30 hours", "IOP runs between 6 and\n30 hours a week, depending on need."),
				boolClaim("site/a.html", 50, 1, true, "offers detox", "Our IOP offers detox on site."),
			}},
			{File: "site/b.html", URL: "javascript:alert(1)", Title: "About IOP", Claims: []claims.Claim{
				rangeClaim("site/b.html", 5, 3, claims.ProgramLength, claims.IOP, 56, 56, "8 weeks", "An IOP lasts 8 weeks for most clients."),
				rangeClaim("site/b.html", 8, 1, claims.HoursPerWeek, claims.IOP, 9, 12, "9 to 12 hours", "Expect 9 to 12 hours a week."),
				boolClaim("site/b.html", 12, 1, true, "detox", "Detox is part of the IOP."),
			}},
			{File: "site/c.html", Title: "FAQ", Claims: []claims.Claim{
				rangeClaim("site/c.html", 7, 1, claims.ProgramLength, claims.IOP, 84, 84, "12 weeks", "Plan on 12 weeks of IOP."),
				rangeClaim("site/c.html", 9, 1, claims.HoursPerWeek, claims.IOP, 9, 12, "nine to twelve hours", "IOP is nine to twelve hours each week."),
				boolClaim("site/c.html", 14, 1, false, "does not include detox", "Our IOP does not include detox."),
			}},
			{File: "site/d.html", Claims: []claims.Claim{
				rangeClaim("site/d.html", 3, 1, claims.HoursPerWeek, claims.IOP, 10, 10, "10 hours", "IOP meets for 10 hours a week."),
				rangeClaim("site/d.html", 4, 1, claims.ProgramLength, claims.IOP, 90, 90, "three months", "IOP lasts three months."),
			}},
			{File: "site/sub dir/e.html", Claims: []claims.Claim{}},
		},
		Families: []Family{{
			Canonical: "site/c.html", Files: []string{"site/c.html", "site/d.html"}, Tier: "template", Similarity: 0.82,
			Hunks: []neardup.Hunk{
				{File: "site/d.html", Class: neardup.ClassSlot, A: "Salem", B: "Eugene", Line: 2, Column: 12, CanonLine: 2, CanonColumn: 12},
				{File: "site/d.html", Class: neardup.ClassFact, A: "nine to twelve", B: "10", Line: 3, Column: 15, CanonLine: 9, CanonColumn: 8},
				{File: "site/d.html", Class: neardup.ClassSpin, A: "each", B: "a", Line: 3, Column: 24, CanonLine: 9, CanonColumn: 29},
				{File: "site/d.html", Class: neardup.ClassStructure, A: "", B: "Call us today.", Line: 6, Column: 1},
			},
			Sentences: map[string][]neardup.Sentence{
				"site/c.html": {{Text: "Welcome to Salem Recovery.", Line: 2, Column: 1}, {Text: "IOP is nine to twelve hours each week.", Line: 9, Column: 1}},
				"site/d.html": {{Text: "Welcome to Eugene Recovery.", Line: 2, Column: 1}, {Text: "IOP meets for 10 hours a week.", Line: 3, Column: 1}, {Text: "Call us today.", Line: 6, Column: 1}},
			},
		}},
		Run: RunInfo{
			ConfigFile:    "site/.factlint.yaml",
			Reference:     checker.BuiltinReference(),
			ReferencePack: "built-in",
			Tolerance:     checker.Tolerance{Relative: 0.05, Approx: 0.2},
			BaseURL:       "https://example.org/",
			Date:          time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		},
	}
}

func htmlOptions() Options {
	opt := sampleOptions()
	opt.Corpus = sampleCorpus()
	return opt
}

func TestHTMLGolden(t *testing.T) {
	for _, tt := range []struct {
		golden string
		r      *checker.Result
		opt    Options
	}{
		{"report.html", sampleResult(), htmlOptions()},
		{"result-only.html", sampleResult(), sampleOptions()},
		{"empty.html", &checker.Result{}, Options{}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteHTML(&buf, tt.r, tt.opt); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, withoutAssets(buf.Bytes()))
		})
	}
}

var (
	styleRe  = regexp.MustCompile(`(?s)<style>.*?</style>`)
	scriptRe = regexp.MustCompile(`(?s)<script>.*?</script>`)
)

// withoutAssets leaves the embedded stylesheet and script out of golden
// files: they are files of their own (html_assets), and a golden file
// should show what changed in the report's content.
func withoutAssets(b []byte) []byte {
	b = styleRe.ReplaceAll(b, []byte("<style>/* html_assets/report.css */</style>"))
	return scriptRe.ReplaceAll(b, []byte("<script>/* html_assets/report.js */</script>"))
}

// externalRef finds attributes that would load or link anything: the
// report may link to the pages it checks (a href to the live page) and
// nothing else.
var externalRef = regexp.MustCompile(`(?i)\b(src|href|action|srcset|poster|data|xlink:href|formaction)\s*=\s*"([^"]*)"`)

func TestHTMLLoadsNothing(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, sampleResult(), htmlOptions()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	live := map[string]bool{}
	for _, p := range sampleCorpus().Pages {
		if u := liveURL(p.URL); u != "" {
			live[u] = true
		}
	}
	links := 0
	for _, m := range externalRef.FindAllStringSubmatch(out, -1) {
		attr, v := strings.ToLower(m[1]), m[2]
		switch {
		case strings.HasPrefix(v, "#"):
			continue
		case attr == "href" && live[strings.SplitN(v, "#", 2)[0]]:
			links++
			continue
		}
		t.Errorf("%s=%q refers outside the report", attr, v)
	}
	if links == 0 {
		t.Error("no link to a live page: the test checks nothing")
	}
	for _, bad := range []string{"<link", "@import", "url(", "<iframe", "<img", "<object", "<embed"} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains %q", bad)
		}
	}
	if !strings.Contains(out, `default-src 'none'`) {
		t.Error("no Content-Security-Policy forbidding requests")
	}
}

// A family prepared as it is read (Family.Prepare, which drops its
// sentences and hunks) gives the report it would give unprepared, for a
// family with more variants than are shown side by side too.
func TestHTMLPreparedFamilies(t *testing.T) {
	wide := sampleCorpus().Families[0]
	wide.Files = append(wide.Files, "site/e.html", "site/f.html")
	wide.Sentences["site/e.html"] = []neardup.Sentence{{Text: "Welcome to Bend Recovery.", Line: 2, Column: 1}, {Text: "IOP is nine to twelve hours each week.", Line: 9, Column: 1}}
	wide.Hunks = append(wide.Hunks, neardup.Hunk{File: "site/e.html", Class: neardup.ClassSlot, A: "Salem", B: "Bend", Line: 2, Column: 12, CanonLine: 2, CanonColumn: 12},
		neardup.Hunk{File: "site/f.html", Class: neardup.ClassFact, A: "nine to twelve", B: "20", Line: 4, Column: 1, CanonLine: 9, CanonColumn: 8})
	render := func(prepare bool) string {
		opt := htmlOptions()
		f := wide
		f.Sentences = map[string][]neardup.Sentence{}
		for k, v := range wide.Sentences {
			f.Sentences[k] = v
		}
		f.Hunks = append([]neardup.Hunk(nil), wide.Hunks...)
		opt.Corpus.Families = append(opt.Corpus.Families, f)
		if prepare {
			for i := range opt.Corpus.Families {
				opt.Corpus.Families[i].Prepare()
				if opt.Corpus.Families[i].Sentences != nil || opt.Corpus.Families[i].Hunks != nil {
					t.Fatal("Prepare kept the family's sentences or hunks")
				}
			}
		}
		var buf bytes.Buffer
		if err := WriteHTML(&buf, sampleResult(), opt); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	plain, prepared := render(false), render(true)
	if !strings.Contains(plain, "site/f.html") || !strings.Contains(plain, "site/e.html") || !strings.Contains(plain, "20") {
		t.Fatalf("the report should show the wide family")
	}
	if prepared != plain {
		t.Errorf("a prepared family changes the report")
	}
}
