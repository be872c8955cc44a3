package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
)

func render(t *testing.T, format string, r *checker.Result, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(format, &buf, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONRoundTrip(t *testing.T) {
	r := sampleResult()
	var got jsonReport
	if err := json.Unmarshal(render(t, "json", r, Options{}), &got); err != nil {
		t.Fatal(err)
	}
	if want := buildJSON(r); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}
	if got.Findings[0].Fingerprint != checker.Fingerprint(r.Findings[1]) {
		t.Error("missing fingerprints are not computed")
	}
}

func TestJSONEmptyArrays(t *testing.T) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(render(t, "json", &checker.Result{}, Options{}), &raw); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"findings", "skipped", "stale"} {
		if string(raw[key]) != "[]" {
			t.Errorf("%s = %s, want []", key, raw[key])
		}
	}
	if string(raw["version"]) != "1" {
		t.Errorf("version = %s, want 1", raw["version"])
	}
}

func TestJUnitParses(t *testing.T) {
	var doc junitSuites
	if err := xml.Unmarshal(render(t, "junit", sampleResult(), sampleOptions()), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Suites) != 1 || doc.Suites[0].Name != "factlint" {
		t.Fatalf("want one testsuite named factlint, got %+v", doc.Suites)
	}
	s := doc.Suites[0]
	var got []string
	for _, tc := range s.Cases {
		switch {
		case tc.Skipped != nil:
			got = append(got, tc.Classname+" skipped")
		case tc.Failure != nil:
			got = append(got, tc.Classname+" "+tc.Failure.Type+" | "+tc.Name)
		default:
			got = append(got, tc.Classname+" pass | "+tc.Name)
		}
	}
	// One testcase per finding, so a page with two findings has two.
	want := []string{
		"site/a.html within-page | within-page site/a.html:9:4",
		"site/a.html reference | reference site/a.html:20:1",
		"site/b.html across-pages | across-pages site/b.html:5:3",
		"site/broken.pdf skipped",
		"site/c.html unused-suppression | unused-suppression site/c.html:2:1",
		"site/d.html pass | site/d.html",
		"site/sub dir/e.html schedule-math | schedule-math site/sub dir/e.html:11:5",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("testcases:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.Tests != 7 || s.Failures != 5 || s.Skipped != 1 {
		t.Errorf("counts tests=%d failures=%d skipped=%d, want 7 5 1", s.Tests, s.Failures, s.Skipped)
	}
	if f := s.Cases[0].Failure; f.Type != "within-page" || !strings.Contains(f.Body, "site/a.html:98:12") {
		t.Errorf("first failure = %+v, want type within-page and both locations in the body", f)
	}
}

func TestJUnitWithoutFiles(t *testing.T) {
	var doc junitSuites
	if err := xml.Unmarshal(render(t, "junit", sampleResult(), Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Suites[0].Cases); n != 6 {
		t.Errorf("%d testcases from findings and skips, want 6 (5 findings, 1 skip)", n)
	}
}

func TestCSVParses(t *testing.T) {
	r := sampleResult()
	rows, err := csv.NewReader(bytes.NewReader(render(t, "csv", r, Options{}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], csvHeader) {
		t.Errorf("header = %v", rows[0])
	}
	nlocs := 0
	for _, f := range r.Findings {
		nlocs += len(f.Locations)
	}
	if len(rows)-1 != nlocs {
		t.Errorf("%d rows, want one per location (%d)", len(rows)-1, nlocs)
	}
	// The multi-line message and quoted text survive intact.
	var found bool
	for _, row := range rows[1:] {
		if row[7] == "between 6 and\n30 hours" && row[5] == "98" {
			found = true
		}
	}
	if !found {
		t.Error("a multi-line quoted text did not round-trip")
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := githubData("50% done\r\nnext: a,b"), "50%25 done%0D%0Anext: a,b"; got != want {
		t.Errorf("githubData = %q, want %q", got, want)
	}
	if got, want := githubProperty("C:\\x,y%\n"), "C%3A\\x%2Cy%25%0A"; got != want {
		t.Errorf("githubProperty = %q, want %q", got, want)
	}
	out := string(render(t, "github", sampleResult(), Options{}))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{
		`::error file=site/a.html,line=9,col=4,title=factlint within-page::IOP hours per week: "an hour" (a.html:9) vs "between 6 and 30 hours" (a.html:98) (see also site/a.html:98:12)`,
	}
	if lines[0] != want[0] {
		t.Errorf("first line:\n%s\nwant\n%s", lines[0], want[0])
	}
	if len(lines) != 5+1+1 {
		t.Errorf("%d lines, want 5 findings, 1 skipped file, 1 stale notice:\n%s", len(lines), out)
	}
	quiet := string(render(t, "github", sampleResult(), Options{Quiet: true}))
	if n := strings.Count(quiet, "\n"); n != 5 {
		t.Errorf("quiet: %d lines, want 5", n)
	}
}

func TestGitHubRoot(t *testing.T) {
	r := &checker.Result{Findings: []checker.Finding{{Rule: "x", Severity: checker.Info, Message: "m",
		Locations: []checker.Location{{File: "/repo/site/a.html", Line: 1, Column: 1}, {File: "/elsewhere/b.html", Line: 2, Column: 3}}}}}
	out := string(render(t, "github", r, Options{Root: "/repo", Quiet: true}))
	want := "::notice file=site/a.html,line=1,col=1,title=factlint x::m (see also /elsewhere/b.html:2:3)\n"
	if out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}

func TestMarkdownCap(t *testing.T) {
	r := &checker.Result{}
	for i := range markdownMaxFindings + 7 {
		r.Findings = append(r.Findings, checker.Finding{Rule: "within-page", Severity: checker.Warning, Message: "m",
			Locations: []checker.Location{{File: "a.html", Line: i + 1, Column: 1}}})
	}
	out := string(render(t, "markdown", r, Options{Quiet: true}))
	if n := strings.Count(out, "| warning |"); n != markdownMaxFindings {
		t.Errorf("%d rows, want %d", n, markdownMaxFindings)
	}
	if !strings.Contains(out, "…and 7 more findings.") {
		t.Errorf("missing the overflow line:\n%s", out)
	}
}

func TestMarkdownEscape(t *testing.T) {
	got := mdEscape("a|b\nc <!-- d --> *e* [f](g) `h`")
	want := `a\|b<br>c &lt;!-- d --&gt; \*e\* \[f\](g) \` + "`h\\`"
	if got != want {
		t.Errorf("mdEscape = %q, want %q", got, want)
	}
}

func TestTextCleansControlCharacters(t *testing.T) {
	r := &checker.Result{Findings: []checker.Finding{{Rule: "x", Severity: checker.Error, Message: "evil \x1b[2Jpage\nnext",
		Locations: []checker.Location{{File: "a.html", Line: 1, Column: 1}}}}}
	out := string(render(t, "text", r, Options{Quiet: true}))
	if strings.Contains(out, "\x1b") || strings.Count(out, "\n") != 2 {
		t.Errorf("control characters reached the terminal: %q", out)
	}
}

func TestSARIFRuleIndex(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(render(t, "sarif", sampleResult(), sampleOptions()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	for _, res := range run.Results {
		if rule := run.Tool.Driver.Rules[res.RuleIndex]; rule.ID != res.RuleID {
			t.Errorf("result %s points at rule %s", res.RuleID, rule.ID)
		}
		if res.PartialFingerprints[sarifFingerprintKey] == "" {
			t.Errorf("result %s has no fingerprint", res.RuleID)
		}
	}
	if got := pascalCase("unused-suppression"); got != "UnusedSuppression" {
		t.Errorf("pascalCase = %q", got)
	}
}

func TestSARIFURI(t *testing.T) {
	tests := []struct {
		file, root, want string
	}{
		{"site/a.html", "", "site/a.html"},
		{"site/sub dir/e.html", "", "site/sub%20dir/e.html"},
		{"/repo/a b.html", "", "file:///repo/a%20b.html"},
		{"/repo/site/a.html", "/repo", "site/a.html"},
		{"/elsewhere/a.html", "/repo", "file:///elsewhere/a.html"},
		{"a:b.html", "", "./a:b.html"},
		{"100%.html", "", "100%25.html"},
	}
	for _, tt := range tests {
		if got := sarifURI(tt.file, Options{Root: tt.root}); got != tt.want {
			t.Errorf("sarifURI(%q, root %q) = %q, want %q", tt.file, tt.root, got, tt.want)
		}
	}
}

// An annotation names a few other sides and counts the rest: a template
// repeated on hundreds of pages must not make a line of hundreds of places.
func TestGitHubSeeAlsoCap(t *testing.T) {
	f := checker.Finding{Rule: "across-pages", Severity: checker.Error, Message: "m"}
	for i := range 12 {
		f.Locations = append(f.Locations, checker.Location{File: fmt.Sprintf("p%02d.html", i), Line: 1, Column: 1})
	}
	out := string(render(t, "github", &checker.Result{Findings: []checker.Finding{f}}, Options{Quiet: true}))
	if !strings.Contains(out, "p05.html:1:1, and 6 more)") || strings.Contains(out, "p06.html") {
		t.Errorf("annotation: %q", out)
	}
}

// Text and Markdown list a bounded number of sides per finding too.
func TestSidesCapped(t *testing.T) {
	f := checker.Finding{Rule: "across-pages", Severity: checker.Error, Message: "m"}
	for i := range 30 {
		f.Locations = append(f.Locations, checker.Location{File: fmt.Sprintf("p%02d.html", i), Line: 1, Column: 1, Text: "x"})
	}
	r := &checker.Result{Findings: []checker.Finding{f}}
	if txt := string(render(t, "text", r, Options{Quiet: true})); !strings.Contains(txt, "and 19 more") || strings.Contains(txt, "p11.html") {
		t.Errorf("text:\n%s", txt)
	}
	if md := string(render(t, "markdown", r, Options{Quiet: true})); !strings.Contains(md, "and 24 more") || strings.Contains(md, "p06.html") {
		t.Errorf("markdown:\n%s", md)
	}
}
