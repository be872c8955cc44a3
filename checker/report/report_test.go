package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// sampleResult has what every format must handle: all severities, findings
// with one, two and three locations, a rule the Result does not describe,
// text that needs escaping in each format, a skipped file and stale
// baseline entries. Findings are deliberately out of order.
func sampleResult() *checker.Result {
	stale1 := checker.BaselineEntry{Fingerprint: "00112233445566778899aabbccddeeff", Rule: "within-page", Kind: "program-length", Subject: "php", File: "site/old.html", Message: `PHP program length: "4 weeks" vs "6 weeks"`}
	stale2 := checker.BaselineEntry{Fingerprint: "ffeeddccbbaa99887766554433221100", Rule: "reference", Kind: "hours-per-week", Subject: "iop", File: "site/a.html", Message: "IOP hours per week: 40 is above the reference range"}
	return &checker.Result{
		Findings: []checker.Finding{
			{
				Rule: "across-pages", Severity: checker.Warning, Kind: "program-length", Subject: "iop",
				Message: "IOP program length differs across pages: \"8 weeks\" (b.html:5) vs \"12 weeks\" (c.html:7) vs \"90 days\" (a.html:40)\nsee 100%, a|b, <!-- x --> and *this*",
				Locations: []checker.Location{
					{File: "site/b.html", Line: 5, Column: 3, Text: "8 weeks"},
					{File: "site/c.html", Line: 7, Column: 1, Text: "12 weeks"},
					{File: "site/a.html", Line: 40, Column: 2, Text: "90 days"},
				},
				Values: []string{"56..56", "84..84", "90..90"},
			},
			{
				Rule: "within-page", Severity: checker.Error, Kind: "hours-per-week", Subject: "iop",
				Message: `IOP hours per week: "an hour" (a.html:9) vs "between 6 and 30 hours" (a.html:98)`,
				Locations: []checker.Location{
					{File: "site/a.html", Line: 9, Column: 4, Text: "an hour"},
					{File: "site/a.html", Line: 98, Column: 12, Text: "between 6 and\n30 hours"},
				},
				Values: []string{"1..1", "6..30"},
			},
			{
				Rule: "unused-suppression", Severity: checker.Info,
				Message:   "factlint-ignore within-page (seasonal schedule) matches no finding on the next block",
				Locations: []checker.Location{{File: "site/c.html", Line: 2, Column: 1, Text: "factlint-ignore within-page"}},
				Values:    []string{"within-page", "seasonal schedule"},
			},
			{
				Rule: "reference", Severity: checker.Warning, Kind: "hours-per-week", Subject: "php",
				Message:   `PHP hours per week: "12 hours" is below the ASAM 2.5 minimum of 20 hours`,
				Locations: []checker.Location{{File: "site/a.html", Line: 20, Column: 1, Text: "12 hours, Mon, Wed: 9:00"}},
				Values:    []string{"12..12"},
			},
			{
				Rule: "schedule-math", Severity: checker.Warning, Kind: "hours-per-week", Subject: "iop",
				Message:   "3 days × 3 hours is 9 hours, not \"12 hours a week\"",
				Locations: []checker.Location{{File: `site/sub dir/e.html`, Line: 11, Column: 5, Text: "3 days a week, 3 hours a day"}},
			},
		},
		Skipped: []checker.Skipped{{File: "site/broken.pdf", Reason: "unsupported format .pdf"}},
		Summary: checker.Summary{Files: 5, Skipped: 1, Claims: 42, Findings: 5, Errors: 1, Warnings: 3, Infos: 1},
		Rules: []checker.RuleInfo{
			{ID: "within-page", Title: "A page contradicts itself", Doc: "within-page: one page states two values for the same fact.", Severity: checker.Error},
			{ID: "across-pages", Title: "Pages of one site disagree", Doc: "across-pages: two pages of a site state different values.", Severity: checker.Warning},
			{ID: "reference", Title: "A value is outside the reference range", Doc: "reference: a value falls outside accepted clinical ranges.", Severity: checker.Warning},
			checker.SuppressionRules[0],
			checker.SuppressionRules[1],
		},
		Stale: []checker.Finding{stale2.Finding(), stale1.Finding()},
	}
}

func sampleOptions() Options {
	return Options{
		ToolVersion: "1.2.3",
		Files:       []string{"site/a.html", "site/b.html", "site/c.html", "site/d.html", "site/sub dir/e.html"},
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		golden, format string
		edit           func(*Options)
	}{
		{"text.txt", "text", nil},
		{"text-color.txt", "text", func(o *Options) { o.Color = true }},
		{"text-quiet.txt", "text", func(o *Options) { o.Quiet = true }},
		{"report.json", "json", nil},
		{"report.sarif", "sarif", nil},
		{"report.github", "github", nil},
		{"report.junit.xml", "junit", nil},
		{"report.md", "markdown", nil},
		{"report.csv", "csv", nil},
		{"report.line", "line", nil},
		{"empty.txt", "text", nil},
		{"empty.json", "json", nil},
		{"empty.sarif", "sarif", nil},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			r, opt := sampleResult(), sampleOptions()
			if strings.HasPrefix(tt.golden, "empty.") {
				r, opt = &checker.Result{}, Options{}
			}
			if tt.edit != nil {
				tt.edit(&opt)
			}
			var buf bytes.Buffer
			if err := Write(tt.format, &buf, r, opt); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, buf.Bytes())
		})
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./checker/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./checker/report -update rewrites it)\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// TestDeterministic checks that output depends on the Result's content
// only, not on the order of its slices, and that writers leave it alone.
func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			r := sampleResult()
			var first bytes.Buffer
			if err := Write(format, &first, r, sampleOptions()); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r, sampleResult()) {
				t.Error("writer modified the Result")
			}
			slices.Reverse(r.Findings)
			slices.Reverse(r.Stale)
			opt := sampleOptions()
			slices.Reverse(opt.Files)
			var second bytes.Buffer
			if err := Write(format, &second, r, opt); err != nil {
				t.Fatal(err)
			}
			if first.String() != second.String() {
				t.Errorf("output depends on input order:\n%s\n---\n%s", first.String(), second.String())
			}
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	err := Write("yaml", &bytes.Buffer{}, &checker.Result{}, Options{})
	if err == nil {
		t.Fatal("no error for an unknown format")
	}
	want := `unknown format "yaml" (want one of csv, github, html, json, junit, line, markdown, sarif, text)`
	if err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if Known("yaml") || !Known(DefaultFormat) {
		t.Error("Known disagrees with Writers")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	for _, format := range Formats() {
		if err := Write(format, failWriter{}, sampleResult(), sampleOptions()); err == nil {
			t.Errorf("%s: write error was not returned", format)
		}
	}
}
