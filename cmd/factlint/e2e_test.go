package main

// End-to-end tests of the CLI: every test goes through run() with its own
// writers, so that flag parsing, exit codes and report wiring are covered
// exactly as a user meets them.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/sarifschema"
)

// examplesDir is the bundled demo corpus, relative to this package.
const examplesDir = "../../examples"

type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs factlint in-process with stdin as its standard input.
func runCLI(t *testing.T, stdin string, args ...string) cliResult {
	t.Helper()
	return runCLIWith(t, stdin, nil, args...)
}

// runCLIWith runs the CLI with stdin and the environment variables vars.
func runCLIWith(t *testing.T, stdin string, vars map[string]string, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string { return vars[k] },
	}
	code := run(args, e)
	return cliResult{code: code, stdout: out.String(), stderr: errb.String()}
}

// mustCode fails the test when the exit code is not want.
func (r cliResult) mustCode(t *testing.T, want int, what string) {
	t.Helper()
	if r.code != want {
		t.Fatalf("%s: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", what, r.code, want, r.stdout, r.stderr)
	}
}

// writeFiles creates files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// jsonReport mirrors the JSON report for assertions.
type jsonReportT struct {
	Version  int `json:"version"`
	Findings []struct {
		Rule      string `json:"rule"`
		Severity  string `json:"severity"`
		Kind      string `json:"kind"`
		Subject   string `json:"subject"`
		Message   string `json:"message"`
		Locations []struct {
			File   string `json:"file"`
			Line   int    `json:"line"`
			Column int    `json:"column"`
			Text   string `json:"text"`
		} `json:"locations"`
		Fingerprint string `json:"fingerprint"`
	} `json:"findings"`
	Summary struct {
		Files    int `json:"files"`
		Skipped  int `json:"skipped"`
		Claims   int `json:"claims"`
		Findings int `json:"findings"`
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		Infos    int `json:"infos"`
	} `json:"summary"`
	Skipped []struct {
		File   string `json:"file"`
		Reason string `json:"reason"`
	} `json:"skipped"`
	Stale []struct {
		Fingerprint string `json:"fingerprint"`
		Rule        string `json:"rule"`
		Kind        string `json:"kind"`
		Subject     string `json:"subject"`
		File        string `json:"file"`
		Message     string `json:"message"`
	} `json:"stale"`
}

func parseReport(t *testing.T, data string) *jsonReportT {
	t.Helper()
	var r jsonReportT
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("JSON report does not parse: %v\n%s", err, data)
	}
	return &r
}

// rulesOf lists the rule of every finding, in report order.
func (r *jsonReportT) rulesOf() []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// --- 1. check on the bundled examples --------------------------------------

func TestCheckExamplesText(t *testing.T) {
	res := runCLI(t, "", "check", examplesDir)
	res.mustCode(t, exitFindings, "check examples")
	js := runCLI(t, "", "check", "--format", "json", examplesDir)
	js.mustCode(t, exitFindings, "check --format json examples")
	rep := parseReport(t, js.stdout)
	if len(rep.Findings) == 0 {
		t.Fatal("the demo corpus has planted contradictions but the JSON report has no findings")
	}
	// The text report groups findings by file under a header line holding
	// just the file name; every file with a finding must have one.
	headers := map[string]bool{}
	for _, line := range strings.Split(res.stdout, "\n") {
		if strings.HasPrefix(line, examplesDir+"/") && !strings.ContainsAny(line, " \t") {
			headers[line] = true
		}
	}
	withFindings := map[string]bool{}
	for _, f := range rep.Findings {
		withFindings[f.Locations[0].File] = true
	}
	for file := range withFindings {
		if !headers[file] {
			t.Errorf("text output has no header for %s, which has findings\n%s", file, res.stdout)
		}
	}
	for file := range headers {
		if !withFindings[file] {
			t.Errorf("text output has a header for %s, which has no findings in JSON", file)
		}
	}
	// The planted problems are spread over these pages.
	for _, name := range []string{"harbor-light-programs.html", "iop-guide-oregon.html", "iop-guide-vermont.html"} {
		if !withFindings[examplesDir+"/"+name] {
			t.Errorf("no finding reported for %s; files with findings: %v", name, withFindings)
		}
	}
	if !strings.Contains(res.stdout, "FINDINGS") {
		t.Errorf("text output has no summary table:\n%s", res.stdout)
	}
}

func TestCheckExamplesJSONShape(t *testing.T) {
	res := runCLI(t, "", "check", "--format", "json", examplesDir)
	res.mustCode(t, exitFindings, "check --format json")

	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(res.stdout), &top); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, res.stdout)
	}
	if got, want := keys(top), []string{"findings", "skipped", "stale", "summary", "version"}; !slices.Equal(got, want) {
		t.Errorf("top-level keys = %v, want %v", got, want)
	}
	if string(top["version"]) != "1" {
		t.Errorf("version = %s, want 1", top["version"])
	}

	var summary map[string]json.RawMessage
	if err := json.Unmarshal(top["summary"], &summary); err != nil {
		t.Fatalf("summary is not an object: %v", err)
	}
	for _, k := range []string{"files", "skipped", "claims", "findings"} {
		var n int
		if err := json.Unmarshal(summary[k], &n); err != nil {
			t.Errorf("summary.%s = %s is not an integer: %v", k, summary[k], err)
		}
	}

	var findings []map[string]json.RawMessage
	if err := json.Unmarshal(top["findings"], &findings); err != nil {
		t.Fatalf("findings is not an array of objects: %v", err)
	}
	if len(findings) == 0 {
		t.Fatal("no findings on the demo corpus")
	}
	wantFinding := []string{"fingerprint", "kind", "locations", "message", "rule", "severity", "subject"}
	wantLoc := []string{"column", "file", "line", "text"}
	for i, f := range findings {
		if got := keys(f); !slices.Equal(got, wantFinding) {
			t.Errorf("finding %d keys = %v, want %v", i, got, wantFinding)
		}
		for _, k := range []string{"rule", "severity", "kind", "subject", "message", "fingerprint"} {
			var s string
			if err := json.Unmarshal(f[k], &s); err != nil || s == "" {
				t.Errorf("finding %d: %s = %s, want a non-empty string", i, k, f[k])
			}
		}
		var locs []map[string]json.RawMessage
		if err := json.Unmarshal(f["locations"], &locs); err != nil || len(locs) == 0 {
			t.Errorf("finding %d: locations = %s, want a non-empty array of objects", i, f["locations"])
			continue
		}
		for j, l := range locs {
			if got := keys(l); !slices.Equal(got, wantLoc) {
				t.Errorf("finding %d location %d keys = %v, want %v", i, j, got, wantLoc)
			}
			var line, col int
			var file, text string
			if json.Unmarshal(l["line"], &line) != nil || line < 1 ||
				json.Unmarshal(l["column"], &col) != nil || col < 1 ||
				json.Unmarshal(l["file"], &file) != nil || file == "" ||
				json.Unmarshal(l["text"], &text) != nil || text == "" {
				t.Errorf("finding %d location %d is incomplete: %v", i, j, l)
			}
		}
	}

	rep := parseReport(t, res.stdout)
	if rep.Summary.Files != 5 || rep.Summary.Skipped != 0 {
		t.Errorf("summary files/skipped = %d/%d, want 5/0", rep.Summary.Files, rep.Summary.Skipped)
	}
	if rep.Summary.Findings != len(rep.Findings) {
		t.Errorf("summary.findings = %d, but %d findings listed", rep.Summary.Findings, len(rep.Findings))
	}
	if n := rep.Summary.Errors + rep.Summary.Warnings + rep.Summary.Infos; n != rep.Summary.Findings {
		t.Errorf("errors+warnings+infos = %d, want summary.findings %d", n, rep.Summary.Findings)
	}
	if rep.Summary.Claims == 0 {
		t.Error("summary.claims = 0 on the demo corpus")
	}
}

func TestCheckExamplesDeterministic(t *testing.T) {
	for _, format := range []string{"json", "text", "sarif"} {
		t.Run(format, func(t *testing.T) {
			first := runCLI(t, "", "check", "--format", format, examplesDir)
			first.mustCode(t, exitFindings, "first run")
			again := runCLI(t, "", "check", "--format", format, examplesDir)
			if again.stdout != first.stdout {
				t.Errorf("two runs differ:\n--- first\n%s\n--- second\n%s", first.stdout, again.stdout)
			}
			j1 := runCLI(t, "", "check", "--jobs", "1", "--format", format, examplesDir)
			j4 := runCLI(t, "", "check", "--jobs", "4", "--format", format, examplesDir)
			if j1.stdout != j4.stdout {
				t.Errorf("--jobs 1 and --jobs 4 differ:\n--- jobs 1\n%s\n--- jobs 4\n%s", j1.stdout, j4.stdout)
			}
			if j1.stdout != first.stdout {
				t.Errorf("--jobs 1 differs from the default")
			}
		})
	}
}

// TestCheckJobsLargeCorpus repeats the --jobs comparison on a corpus big
// enough for the workers to finish out of order.
func TestCheckJobsLargeCorpus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		switch i % 4 {
		case 0:
			files[fmt.Sprintf("p%02d-clean.md", i)] = cleanPage
		case 1:
			files[fmt.Sprintf("p%02d-length.md", i)] = lengthPage
		case 2:
			files[fmt.Sprintf("p%02d-warn.md", i)] = warningPage
		default:
			files[fmt.Sprintf("p%02d-state.md", i)] = fmt.Sprintf(iopStateTemplate, fmt.Sprintf("County %d", i), "the county seat", fmt.Sprint(9+i%3*5))
		}
	}
	writeFiles(t, dir, files)
	j1 := runCLI(t, "", "check", "--jobs", "1", "--format", "json", dir)
	j1.mustCode(t, exitFindings, "--jobs 1")
	for _, jobs := range []string{"4", "16"} {
		jn := runCLI(t, "", "check", "--jobs", jobs, "--format", "json", dir)
		if jn.stdout != j1.stdout || jn.code != j1.code {
			t.Errorf("--jobs %s differs from --jobs 1", jobs)
		}
	}
	if rep := parseReport(t, j1.stdout); rep.Summary.Files != 40 {
		t.Errorf("summary.files = %d, want 40", rep.Summary.Files)
	}
}

// TestColor: colour only on a terminal, and never with NO_COLOR or --no-color.
func TestColor(t *testing.T) {
	runColor := func(noColorEnv string, args ...string) string {
		var out, errb bytes.Buffer
		e := &env{
			stdin:    strings.NewReader(""),
			stdout:   &out,
			stderr:   &errb,
			terminal: true,
			getenv: func(k string) string {
				if k == "NO_COLOR" {
					return noColorEnv
				}
				return ""
			},
		}
		run(args, e)
		return out.String()
	}
	if out := runColor("", "check", examplesDir); !strings.Contains(out, "\x1b[") {
		t.Error("no colour on a terminal")
	}
	if out := runColor("1", "check", examplesDir); strings.Contains(out, "\x1b[") {
		t.Error("colour despite NO_COLOR")
	}
	if out := runColor("", "--no-color", "check", examplesDir); strings.Contains(out, "\x1b[") {
		t.Error("colour despite --no-color")
	}
	if out := runCLI(t, "", "check", examplesDir).stdout; strings.Contains(out, "\x1b[") {
		t.Error("colour when stdout is not a terminal")
	}
}

// --- 2. SARIF ------------------------------------------------------------------

func TestCheckExamplesSARIF(t *testing.T) {
	res := runCLI(t, "", "check", "--format", "sarif", examplesDir)
	res.mustCode(t, exitFindings, "check --format sarif")
	if err := sarifschema.Validate([]byte(res.stdout)); err != nil {
		t.Fatalf("SARIF output does not match the 2.1.0 schema: %v\n%s", err, res.stdout)
	}
	var doc struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 {
		t.Errorf("want one run with results, got %d runs", len(doc.Runs))
	}
}

// The validator must be able to fail, or the schema test proves nothing.
func TestValidateSARIFRejects(t *testing.T) {
	bad := []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"factlint"}},"results":[{"message":{"text":"m"},"level":"info"}]}]}`)
	if err := sarifschema.Validate(bad); err == nil {
		t.Error("schema accepted level \"info\", which SARIF does not have")
	}
}

// --- 3. exit codes ---------------------------------------------------------------

// Fixture pages, written for these tests.

// cleanPage states consistent facts only.
const cleanPage = `# Intensive outpatient care at Maple Street Recovery

Our intensive outpatient program helps adults who have finished detox or who
do not need round-the-clock care.

Clients attend group therapy 3 days a week for 3 hours a day, about 9 hours per week in total.

Our IOP lasts 8 to 12 weeks for most people, who then step down to standard
counselling.

Call our admissions line to check your insurance benefits.
`

// warningPage has one within-page contradiction that is only a warning,
// because one side is approximate.
const warningPage = `# Evening IOP at Riverbend

Our evening intensive outpatient program suits people who work during the day.

Clients in our IOP usually spend about 10 hours per week in group and individual sessions.

## Schedule

Our IOP schedule totals 15 to 19 hours per week across four evenings.
`

// lengthPage contradicts itself on IOP program length (exact on both sides:
// an error).
const lengthPage = `# Outpatient programs at Cedar Ridge

Cedar Ridge runs day and evening groups for adults in early recovery.

Our intensive outpatient program lasts 8 weeks for most clients.

Family sessions are offered every other Saturday morning.

Most people complete our IOP in 12 to 16 weeks.
`

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"clean/maple-street.md":   cleanPage,
		"warnings/riverbend.md":   warningPage,
		"errors/cedar-ridge.md":   lengthPage,
		"errors/maple-street.md":  cleanPage,
		"warnings/maple-copy.txt": cleanPage,
	})
	clean := filepath.Join(dir, "clean")
	warnings := filepath.Join(dir, "warnings")
	errs := filepath.Join(dir, "errors")
	missing := filepath.Join(dir, "no-such-dir")

	t.Run("missing path", func(t *testing.T) {
		r := runCLI(t, "", "check", missing)
		r.mustCode(t, exitUsage, "missing path")
		if !strings.Contains(r.stderr, missing) {
			t.Errorf("stderr does not name %s:\n%s", missing, r.stderr)
		}
	})
	t.Run("unknown flag", func(t *testing.T) {
		r := runCLI(t, "", "check", "--no-such-flag", clean)
		r.mustCode(t, exitUsage, "unknown flag")
		if !strings.Contains(r.stderr, "no-such-flag") {
			t.Errorf("stderr does not name the flag:\n%s", r.stderr)
		}
	})
	t.Run("unknown format", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "yaml", clean)
		r.mustCode(t, exitUsage, "unknown --format")
		if !strings.Contains(r.stderr, "yaml") {
			t.Errorf("stderr does not name the format:\n%s", r.stderr)
		}
	})
	t.Run("unknown fail-on", func(t *testing.T) {
		runCLI(t, "", "check", "--fail-on", "sometimes", clean).mustCode(t, exitUsage, "--fail-on sometimes")
	})
	t.Run("clean corpus", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "json", clean)
		r.mustCode(t, exitClean, "clean corpus")
		rep := parseReport(t, r.stdout)
		if len(rep.Findings) != 0 {
			t.Errorf("clean corpus has findings: %v", rep.rulesOf())
		}
		if rep.Summary.Files != 1 || rep.Summary.Claims == 0 {
			t.Errorf("summary = %+v, want 1 file with claims", rep.Summary)
		}
	})
	t.Run("errors", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "json", errs)
		r.mustCode(t, exitFindings, "corpus with errors")
		rep := parseReport(t, r.stdout)
		if got := rep.rulesOf(); !slices.Equal(got, []string{"within-page"}) {
			t.Errorf("rules = %v, want [within-page]", got)
		}
	})
	t.Run("fail-on never", func(t *testing.T) {
		r := runCLI(t, "", "check", "--fail-on", "never", errs)
		r.mustCode(t, exitClean, "--fail-on never")
		if !strings.Contains(r.stdout, "within-page") {
			t.Errorf("findings not printed with --fail-on never:\n%s", r.stdout)
		}
	})
	t.Run("only warnings", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "json", warnings)
		r.mustCode(t, exitClean, "warnings with the default fail-on error")
		rep := parseReport(t, r.stdout)
		if len(rep.Findings) == 0 {
			t.Fatal("the warnings corpus has no findings")
		}
		for _, f := range rep.Findings {
			if f.Severity != "warning" {
				t.Errorf("warnings corpus has a %s finding: %s", f.Severity, f.Message)
			}
		}
		runCLI(t, "", "check", "--fail-on", "warning", warnings).mustCode(t, exitFindings, "--fail-on warning")
		runCLI(t, "", "check", "--fail-on", "info", warnings).mustCode(t, exitFindings, "--fail-on info")
		runCLI(t, "", "check", "--fail-on", "error", warnings).mustCode(t, exitClean, "--fail-on error")
	})
}

func TestVersion(t *testing.T) {
	r := runCLI(t, "", "version")
	r.mustCode(t, exitClean, "version")
	if !strings.HasPrefix(r.stdout, "factlint ") {
		t.Errorf("version output = %q", r.stdout)
	}
}

func TestRulesAndExplain(t *testing.T) {
	r := runCLI(t, "", "rules")
	r.mustCode(t, exitClean, "rules")
	for _, id := range []string{"within-page", "across-pages", "reference", "schedule-math", "template-drift", "unused-suppression", "invalid-suppression"} {
		if !strings.Contains(r.stdout, id) {
			t.Errorf("rules does not list %s:\n%s", id, r.stdout)
		}
	}
	rj := runCLI(t, "", "rules", "--format", "json")
	rj.mustCode(t, exitClean, "rules --format json")
	var rows []struct{ ID, Title, Severity string }
	if err := json.Unmarshal([]byte(rj.stdout), &rows); err != nil {
		t.Fatalf("rules --format json: %v", err)
	}
	if len(rows) < 5 || rows[0].ID != "within-page" || rows[0].Severity != "error" {
		t.Errorf("rules --format json = %+v", rows)
	}

	x := runCLI(t, "", "explain", "within-page")
	x.mustCode(t, exitClean, "explain within-page")
	if !strings.HasPrefix(x.stdout, "within-page (default severity: error)") || !strings.Contains(x.stdout, "compares the claims of one page") {
		t.Errorf("explain within-page output:\n%s", x.stdout)
	}

	bad := runCLI(t, "", "explain", "nope")
	bad.mustCode(t, exitUsage, "explain nope")
	if !strings.Contains(bad.stderr, `"nope"`) || !strings.Contains(bad.stderr, "within-page") {
		t.Errorf("explain nope stderr should name the rule and the known IDs:\n%s", bad.stderr)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help", "check"}, {"check", "--help"}, {"check", "-h"}} {
		r := runCLI(t, "", args...)
		r.mustCode(t, exitClean, strings.Join(args, " "))
		if !strings.Contains(r.stdout, "Usage: factlint check") || !strings.Contains(r.stdout, "--fail-on") {
			t.Errorf("%v: no check usage on stdout:\n%s", args, r.stdout)
		}
	}
	for _, args := range [][]string{nil, {"--help"}} {
		r := runCLI(t, "", args...)
		r.mustCode(t, exitClean, fmt.Sprintf("%q", args))
		for _, cmd := range []string{"check", "claims", "quantities", "dupes", "rules", "explain", "init", "version"} {
			if !strings.Contains(r.stdout, cmd) {
				t.Errorf("%q: help does not mention %s:\n%s", args, cmd, r.stdout)
			}
		}
	}
	runCLI(t, "", "no-such-command").mustCode(t, exitUsage, "unknown command")
	runCLI(t, "", "help", "no-such-command").mustCode(t, exitUsage, "help for an unknown command")
}

// TestHelpCommandWithoutRequiredArgs covers `help` with no command and help
// for a command that has a required argument. Both print the right usage
// but exit 2 with a parse error on stderr, because helpCmd.Run re-parses
// "[COMMAND] --help" and treats kong's missing-argument error as fatal.
func TestHelpCommandWithoutRequiredArgs(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"help", "explain"}} {
		r := runCLI(t, "", args...)
		r.mustCode(t, exitClean, strings.Join(args, " "))
		if !strings.Contains(r.stdout, "Usage: factlint") || r.stderr != "" {
			t.Errorf("%v: stdout\n%s\nstderr\n%s", args, r.stdout, r.stderr)
		}
	}
}

// --- 4. unreadable files are skipped, not fatal ----------------------------------

func TestBadInputContinues(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"empty.md":       "",
		"binary.html":    "<html><body>IOP\x00\x00\x01\x02 meets 3 days a week</body></html>",
		"latin1.txt":     "Our clinic in Sm\xe5land offers IOP 3 days a week.\n",
		"cedar-ridge.md": lengthPage,
	})
	reasons := map[string]string{
		"empty.md":    "empty",
		"binary.html": "binary",
		"latin1.txt":  "UTF-8",
	}
	r := runCLI(t, "", "check", "--format", "json", dir)
	r.mustCode(t, exitFindings, "corpus with bad files and a contradiction")
	for name, reason := range reasons {
		found := false
		for _, line := range strings.Split(r.stderr, "\n") {
			if strings.Contains(line, "warning") && strings.Contains(line, name) && strings.Contains(line, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no warning line on stderr naming %s and %q:\n%s", name, reason, r.stderr)
		}
	}
	rep := parseReport(t, r.stdout)
	if rep.Summary.Skipped != 3 || len(rep.Skipped) != 3 {
		t.Errorf("summary.skipped = %d, skipped list has %d; want 3", rep.Summary.Skipped, len(rep.Skipped))
	}
	if rep.Summary.Files != 1 {
		t.Errorf("summary.files = %d, want 1 readable page", rep.Summary.Files)
	}
	for _, s := range rep.Skipped {
		if s.Reason == "" {
			t.Errorf("skipped %s has no reason", s.File)
		}
	}

	// With the contradiction gone the exit code follows the findings: 0.
	writeFiles(t, dir, map[string]string{"cedar-ridge.md": cleanPage})
	r = runCLI(t, "", "check", dir)
	r.mustCode(t, exitClean, "corpus with bad files and a clean page")
	if strings.Count(r.stderr, "warning: skipped") != 3 {
		t.Errorf("want 3 skipped warnings:\n%s", r.stderr)
	}

	// Nothing readable at all is a run error.
	only := t.TempDir()
	writeFiles(t, only, map[string]string{"empty.md": ""})
	runCLI(t, "", "check", only).mustCode(t, exitUsage, "no readable input")
}

// --- 5. stdin -------------------------------------------------------------------

func TestStdin(t *testing.T) {
	t.Run("check", func(t *testing.T) {
		r := runCLI(t, lengthPage, "check", "--format", "json", "-")
		r.mustCode(t, exitFindings, "check - with a contradicting page")
		rep := parseReport(t, r.stdout)
		if len(rep.Findings) != 1 || rep.Findings[0].Rule != "within-page" {
			t.Fatalf("findings = %v, want one within-page", rep.rulesOf())
		}
		if f := rep.Findings[0].Locations[0].File; f != "-" {
			t.Errorf("stdin findings name file %q, want -", f)
		}
		runCLI(t, cleanPage, "check", "-").mustCode(t, exitClean, "check - with a clean page")
	})
	t.Run("claims", func(t *testing.T) {
		r := runCLI(t, cleanPage, "claims", "--format", "json", "-")
		r.mustCode(t, exitClean, "claims -")
		var out struct {
			Claims []map[string]any `json:"claims"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatalf("claims --format json: %v\n%s", err, r.stdout)
		}
		kinds := map[string]bool{}
		for _, c := range out.Claims {
			kinds[fmt.Sprint(c["kind"])] = true
			if c["file"] != "-" {
				t.Errorf("claim file = %v, want -", c["file"])
			}
		}
		for _, k := range []string{"days-per-week", "hours-per-day", "hours-per-week", "program-length"} {
			if !kinds[k] {
				t.Errorf("no %s claim extracted from stdin; kinds: %v", k, kinds)
			}
		}
		tbl := runCLI(t, cleanPage, "claims", "-")
		tbl.mustCode(t, exitClean, "claims - (table)")
		if !strings.Contains(tbl.stdout, "-:") || !strings.Contains(tbl.stdout, fmt.Sprintf("%d claims", len(out.Claims))) {
			t.Errorf("claims table:\n%s", tbl.stdout)
		}
	})
	t.Run("quantities text", func(t *testing.T) {
		in := "Sessions run 3 hours a day.\nMost clients attend between 9 and 12 hours per week.\n"
		r := runCLI(t, in, "quantities", "-")
		r.mustCode(t, exitClean, "quantities -")
		lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("want 2 quantity lines, got %d:\n%s", len(lines), r.stdout)
		}
		if !strings.HasPrefix(lines[0], "-:1:") || !strings.Contains(lines[0], `"3 hours a day"`) {
			t.Errorf("line 1 = %q", lines[0])
		}
		if !strings.HasPrefix(lines[1], "-:2:") || !strings.Contains(lines[1], "9..12") {
			t.Errorf("line 2 = %q", lines[1])
		}
		// The file argument defaults to stdin.
		if d := runCLI(t, in, "quantities"); d.code != exitClean || d.stdout != r.stdout {
			t.Errorf("quantities without a file: code %d, output\n%s", d.code, d.stdout)
		}
	})
	t.Run("quantities json", func(t *testing.T) {
		in := "We offer IOP about 10 hours per week.\nPHP lasts up to 4 weeks.\n"
		r := runCLI(t, in, "quantities", "--format", "json", "-")
		r.mustCode(t, exitClean, "quantities --format json")
		want := []string{"column", "line", "max", "min", "per", "qualifier", "text", "unit"}
		n := 0
		dec := json.NewDecoder(strings.NewReader(r.stdout))
		for dec.More() {
			var obj map[string]json.RawMessage
			if err := dec.Decode(&obj); err != nil {
				t.Fatalf("object %d: %v\n%s", n, err, r.stdout)
			}
			if got := keys(obj); !slices.Equal(got, want) {
				t.Errorf("object %d keys = %v, want %v", n, got, want)
			}
			n++
		}
		if n < 2 {
			t.Errorf("want at least 2 quantities, got %d:\n%s", n, r.stdout)
		}
		if lines := strings.Count(r.stdout, "\n"); lines != n {
			t.Errorf("want one object per line: %d lines, %d objects", lines, n)
		}
	})
}

// --- 6. baseline ------------------------------------------------------------------

const baselinePageA = `# Outpatient programs at Cedar Ridge

Cedar Ridge runs day and evening groups for adults in early recovery.

Our intensive outpatient program lasts 8 weeks for most clients.

Family sessions are offered every other Saturday morning.

Most people complete our IOP in 12 to 16 weeks.

Parking is free in the lot behind the clinic.
`

// baselinePageAEdited moves the "8 weeks" paragraph to the end and adds a
// new contradiction: detox offered and not offered.
const baselinePageAEdited = `# Outpatient programs at Cedar Ridge

Cedar Ridge runs day and evening groups for adults in early recovery.

Family sessions are offered every other Saturday morning.

Most people complete our IOP in 12 to 16 weeks.

Our IOP team offers medical detox on site, supervised by nurses around the clock.

Parking is free in the lot behind the clinic.

Please note that we do not offer detox; clients who need withdrawal care are referred to a hospital first.

Our intensive outpatient program lasts 8 weeks for most clients.
`

// baselinePageAFixed drops the "8 weeks" paragraph: the recorded
// contradiction is gone, the detox one stays.
const baselinePageAFixed = `# Outpatient programs at Cedar Ridge

Cedar Ridge runs day and evening groups for adults in early recovery.

Family sessions are offered every other Saturday morning.

Most people complete our IOP in 12 to 16 weeks.

Our IOP team offers medical detox on site, supervised by nurses around the clock.

Parking is free in the lot behind the clinic.

Please note that we do not offer detox; clients who need withdrawal care are referred to a hospital first.
`

const baselinePageB = `# Partial hospitalization at Cedar Ridge

Our partial hospitalization program is for people who need more structure than outpatient care.

PHP clients attend 5 days a week for about 6 hours a day.

Most people stay in PHP for 2 to 4 weeks.
`

func TestBaselineEndToEnd(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"pages/cedar-ridge-iop.md": baselinePageA,
		"pages/cedar-ridge-php.md": baselinePageB,
	})

	before := runCLI(t, "", "check", "--format", "json", "pages")
	before.mustCode(t, exitFindings, "check before the baseline")
	repBefore := parseReport(t, before.stdout)
	if got := repBefore.rulesOf(); !slices.Equal(got, []string{"within-page"}) {
		t.Fatalf("before: rules = %v, want [within-page]", got)
	}
	oldFP := repBefore.Findings[0].Fingerprint

	w := runCLI(t, "", "check", "--write-baseline", "b.json", "pages")
	w.mustCode(t, exitClean, "check --write-baseline (findings just accepted)")
	if !strings.Contains(w.stderr, "wrote 1 findings to") {
		t.Errorf("--write-baseline stderr:\n%s", w.stderr)
	}
	var b struct {
		Version  int `json:"version"`
		Findings []struct {
			Fingerprint, Rule, File string
		} `json:"findings"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "b.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("baseline does not parse: %v\n%s", err, data)
	}
	if b.Version != 1 || len(b.Findings) != 1 || b.Findings[0].Fingerprint != oldFP {
		t.Fatalf("baseline = %s, want one entry with fingerprint %s", data, oldFP)
	}

	// Unchanged pages against their own baseline: nothing new, nothing stale.
	same := runCLI(t, "", "check", "--baseline", "b.json", "--format", "json", "pages")
	same.mustCode(t, exitClean, "check --baseline on unchanged pages")
	if rep := parseReport(t, same.stdout); len(rep.Findings) != 0 || len(rep.Stale) != 0 {
		t.Errorf("unchanged pages: findings %v, stale %d; want none", rep.rulesOf(), len(rep.Stale))
	}

	// Move the recorded paragraph and add a new contradiction.
	writeFiles(t, dir, map[string]string{"pages/cedar-ridge-iop.md": baselinePageAEdited})
	all := parseReport(t, runCLI(t, "", "check", "--format", "json", "pages").stdout)
	if len(all.Findings) != 2 {
		t.Fatalf("edited pages without a baseline: findings %v, want 2 within-page", all.rulesOf())
	}
	edited := runCLI(t, "", "check", "--baseline", "b.json", "--format", "json", "pages")
	edited.mustCode(t, exitFindings, "check --baseline after the edit")
	rep := parseReport(t, edited.stdout)
	if len(rep.Findings) != 1 {
		t.Fatalf("after moving the paragraph and adding a detox contradiction: %d findings %v, want only the new one\n%s",
			len(rep.Findings), rep.rulesOf(), edited.stdout)
	}
	f := rep.Findings[0]
	if f.Rule != "within-page" || f.Kind != "detox-offered" || f.Fingerprint == oldFP {
		t.Errorf("new finding = %s %s %s (%s), want the detox contradiction", f.Rule, f.Kind, f.Fingerprint, f.Message)
	}
	if len(rep.Stale) != 0 {
		t.Errorf("moved paragraph made the baseline entry stale: %+v", rep.Stale)
	}
	if rep.Summary.Findings != 1 {
		t.Errorf("summary.findings = %d after baseline filtering, want 1", rep.Summary.Findings)
	}

	// Remove the recorded contradiction: its entry is stale.
	writeFiles(t, dir, map[string]string{"pages/cedar-ridge-iop.md": baselinePageAFixed})
	fixed := runCLI(t, "", "check", "--baseline", "b.json", "--format", "json", "pages")
	fixed.mustCode(t, exitFindings, "check --baseline after the fix (detox contradiction remains)")
	rep = parseReport(t, fixed.stdout)
	if len(rep.Findings) != 1 || rep.Findings[0].Kind != "detox-offered" {
		t.Errorf("after the fix: findings %v, want only the detox contradiction", rep.rulesOf())
	}
	if len(rep.Stale) != 1 {
		t.Fatalf("stale = %+v, want the one baseline entry", rep.Stale)
	}
	s := rep.Stale[0]
	if s.Fingerprint != oldFP || s.Rule != "within-page" || s.Kind != "program-length" || !strings.HasSuffix(s.File, "cedar-ridge-iop.md") {
		t.Errorf("stale entry = %+v, want within-page program-length on cedar-ridge-iop.md with fingerprint %s", s, oldFP)
	}
	text := runCLI(t, "", "check", "--baseline", "b.json", "pages")
	if !strings.Contains(text.stdout, "1 baseline entry no longer occurs") || !strings.Contains(text.stdout, "cedar-ridge-iop.md") {
		t.Errorf("text report does not mention the stale entry:\n%s", text.stdout)
	}

	// A missing or malformed baseline is a usage error.
	runCLI(t, "", "check", "--baseline", "nope.json", "pages").mustCode(t, exitUsage, "missing baseline")
	writeFiles(t, dir, map[string]string{"bad.json": `{"version": 7, "findings": []}`})
	runCLI(t, "", "check", "--baseline", "bad.json", "pages").mustCode(t, exitUsage, "baseline version 7")
}

// --- 7. --output ------------------------------------------------------------------

func TestOutputFiles(t *testing.T) {
	dir := t.TempDir()
	out1 := filepath.Join(dir, "report.json")
	out2 := filepath.Join(dir, "report.sarif")
	r := runCLI(t, "", "check", "--output", "json="+out1, "--output", "sarif="+out2, "--format", "text", examplesDir)
	r.mustCode(t, exitFindings, "check with two --output files")
	plain := runCLI(t, "", "check", "--format", "text", examplesDir)
	if r.stdout != plain.stdout {
		t.Errorf("text on stdout differs from a plain run:\n%s", r.stdout)
	}
	jsonData, err := os.ReadFile(out1)
	if err != nil {
		t.Fatal(err)
	}
	want := runCLI(t, "", "check", "--format", "json", examplesDir).stdout
	if string(jsonData) != want {
		t.Errorf("json=%s differs from --format json on stdout", out1)
	}
	sarifData, err := os.ReadFile(out2)
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifschema.Validate(sarifData); err != nil {
		t.Errorf("sarif=%s: %v", out2, err)
	}

	out3 := filepath.Join(dir, "plain.json")
	r = runCLI(t, "", "check", "--format", "json", "--output", out3, examplesDir)
	r.mustCode(t, exitFindings, "check --format json --output PATH")
	if r.stdout != "" {
		t.Errorf("stdout should be empty when --output PATH takes the report:\n%s", r.stdout)
	}
	data, err := os.ReadFile(out3)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != want {
		t.Errorf("%s differs from --format json on stdout", out3)
	}
	parseReport(t, string(data))

	// Two plain paths are ambiguous.
	runCLI(t, "", "check", "-o", filepath.Join(dir, "a"), "-o", filepath.Join(dir, "b"), examplesDir).
		mustCode(t, exitUsage, "two plain --output paths")
	// An unwritable path is a run error.
	runCLI(t, "", "check", "--output", filepath.Join(dir, "no-dir", "x.json"), examplesDir).
		mustCode(t, exitUsage, "unwritable --output")
}

// --- 8. inline suppression -----------------------------------------------------------

const suppressedPage = `# Outpatient programs at Cedar Ridge

Cedar Ridge runs day and evening groups for adults in early recovery.

Our intensive outpatient program lasts 8 weeks for most clients.

<!-- factlint-ignore within-page the clinic confirmed both figures -->
Most people complete our IOP in 12 to 16 weeks.
`

const unusedSuppressionPage = `# Partial hospitalization at Cedar Ridge

<!-- factlint-ignore within-page checked with the program director -->
PHP clients attend 5 days a week for about 6 hours a day.
`

const invalidSuppressionPage = `# Outpatient programs at Cedar Ridge

Our intensive outpatient program lasts 8 weeks for most clients.

<!-- factlint-ignore within-page -->
Most people complete our IOP in 12 to 16 weeks.
`

// checkPage checks one page with --fail-on never and returns the report.
func checkPage(t *testing.T, page string) *jsonReportT {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"page.md": page})
	r := runCLI(t, "", "check", "--format", "json", "--fail-on", "never", dir)
	r.mustCode(t, exitClean, "check --fail-on never")
	return parseReport(t, r.stdout)
}

func TestInlineSuppression(t *testing.T) {
	t.Run("silences", func(t *testing.T) {
		rep := checkPage(t, suppressedPage)
		if len(rep.Findings) != 0 {
			t.Errorf("suppressed page still has findings %v", rep.rulesOf())
		}
		// And without the comment the contradiction is there.
		plain := checkPage(t, strings.Replace(suppressedPage, "<!-- factlint-ignore within-page the clinic confirmed both figures -->\n", "", 1))
		if got := plain.rulesOf(); !slices.Equal(got, []string{"within-page"}) {
			t.Errorf("without the suppression: %v, want [within-page]", got)
		}
	})
	t.Run("unused", func(t *testing.T) {
		rep := checkPage(t, unusedSuppressionPage)
		if got := rep.rulesOf(); !slices.Equal(got, []string{"unused-suppression"}) {
			t.Fatalf("rules = %v, want [unused-suppression]", got)
		}
		f := rep.Findings[0]
		if f.Severity != "info" || f.Locations[0].Line != 3 {
			t.Errorf("unused-suppression = %s at line %d, want info at line 3", f.Severity, f.Locations[0].Line)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		rep := checkPage(t, invalidSuppressionPage)
		got := rep.rulesOf()
		sort.Strings(got)
		if !slices.Equal(got, []string{"invalid-suppression", "within-page"}) {
			t.Fatalf("rules = %v, want invalid-suppression and the unsilenced within-page", got)
		}
		for _, f := range rep.Findings {
			if f.Rule == "invalid-suppression" && (f.Severity != "warning" || f.Locations[0].Line != 5) {
				t.Errorf("invalid-suppression = %s at line %d, want warning at line 5", f.Severity, f.Locations[0].Line)
			}
		}
	})
}

// --- 9. init and config --------------------------------------------------------------

func TestInitAndConfig(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"site/maple-street.md": cleanPage, "site/cedar-ridge.md": lengthPage})

	r := runCLI(t, "", "init")
	r.mustCode(t, exitClean, "init")
	if !strings.Contains(r.stdout, ".factlint.yaml") {
		t.Errorf("init stdout = %q", r.stdout)
	}
	first, err := os.ReadFile(filepath.Join(dir, ".factlint.yaml"))
	if err != nil {
		t.Fatalf("init wrote no .factlint.yaml: %v", err)
	}

	again := runCLI(t, "", "init")
	again.mustCode(t, exitUsage, "second init")
	if !strings.Contains(again.stderr, "already exists") {
		t.Errorf("second init stderr = %q", again.stderr)
	}

	if err := os.WriteFile(filepath.Join(dir, ".factlint.yaml"), []byte("# edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "", "init", "--force").mustCode(t, exitClean, "init --force")
	forced, err := os.ReadFile(filepath.Join(dir, ".factlint.yaml"))
	if err != nil || !bytes.Equal(forced, first) {
		t.Errorf("init --force did not rewrite the starter config (err %v)", err)
	}

	// The starter config loads, explicitly and when found by walking up.
	c := runCLI(t, "", "check", "--config", ".factlint.yaml", "site")
	if c.code == exitUsage {
		t.Fatalf("check --config .factlint.yaml: exit 2\n%s", c.stderr)
	}
	if c.code != exitFindings {
		t.Errorf("check with the starter config: exit %d, want 1 (the default fail_on is error)", c.code)
	}
	found := runCLI(t, "", "check", "site")
	if found.code != c.code || found.stdout != c.stdout {
		t.Errorf("check with the discovered config differs from --config: %d vs %d", found.code, c.code)
	}

	// An unknown key is a usage error naming file:line.
	writeFiles(t, dir, map[string]string{"bad.yaml": "fail_on: error\nseverity: {}\nfail_onn: warning\n"})
	bad := runCLI(t, "", "check", "--config", "bad.yaml", "site")
	bad.mustCode(t, exitUsage, "config with an unknown key")
	if !strings.Contains(bad.stderr, "bad.yaml:3") || !strings.Contains(bad.stderr, "fail_onn") {
		t.Errorf("stderr should name bad.yaml:3 and the key:\n%s", bad.stderr)
	}

	// Config values take effect: fail_on never turns findings into exit 0.
	writeFiles(t, dir, map[string]string{"never.yaml": "fail_on: never\n"})
	runCLI(t, "", "check", "--config", "never.yaml", "site").mustCode(t, exitClean, "config fail_on: never")
	runCLI(t, "", "check", "--config", "never.yaml", "--fail-on", "error", "site").mustCode(t, exitFindings, "--fail-on overrides the config")
	// A disabled check does not run.
	writeFiles(t, dir, map[string]string{"off.yaml": "checks:\n  within-page: false\n"})
	runCLI(t, "", "check", "--config", "off.yaml", "site").mustCode(t, exitClean, "within-page disabled")
}

// --- 10. dupes ---------------------------------------------------------------------

const iopStateTemplate = `# Intensive outpatient programs in %[1]s

Looking for an intensive outpatient program in %[1]s? This guide explains what to expect from IOP care in %[2]s and the surrounding towns, how programs are scheduled, and how to pay for treatment.

## What is an intensive outpatient program?

IOP, short for intensive outpatient program, lets people keep living at home while they take part in group and individual therapy on several days a week. Most programs in %[2]s meet in the morning or the evening so that clients can keep working or caring for family.

## How many hours a week is IOP?

Adult IOP clients in %[1]s typically attend %[3]s hours per week of treatment, spread across three or four days.

## Paying for IOP in %[1]s

Many %[1]s plans, including Medicaid, cover intensive outpatient care. Call the program before your first visit to confirm your benefits, ask about sliding-scale fees, and find out whether a referral from your doctor is needed. Staff can also help you arrange transport to sessions in %[2]s.
`

const familyPage = `# Supporting a family member in recovery

Watching someone you love struggle with alcohol or drugs is exhausting. Families often swing between hope and frustration, and it is normal to feel both on the same day.

## Look after yourself too

Support groups for families meet in most towns, often in church halls or community centres. Sharing experiences with other parents, partners and siblings can ease the isolation that so many relatives describe. A counsellor can help you set boundaries that protect your own health without cutting your loved one off.

## Talking about treatment

Choose a calm moment, speak about specific events rather than character, and offer to help find a program. Expect resistance the first time; many people need several conversations before they agree to an assessment. Keep the door open and remind them that help is available whenever they are ready.
`

func TestDupes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"iop-maine.md":    fmt.Sprintf(iopStateTemplate, "Maine", "Portland", "9"),
		"iop-idaho.md":    fmt.Sprintf(iopStateTemplate, "Idaho", "Boise", "15"),
		"family-guide.md": familyPage,
	})
	r := runCLI(t, "", "dupes", "--format", "json", dir)
	r.mustCode(t, exitClean, "dupes --format json")
	var out struct {
		Groups []struct {
			Files     []string `json:"files"`
			Canonical string   `json:"canonical"`
			Hunks     []struct {
				File  string `json:"file"`
				Class string `json:"class"`
				A     string `json:"a"`
				B     string `json:"b"`
				Line  int    `json:"line"`
			} `json:"hunks"`
		} `json:"groups"`
		TooShort []string `json:"too_short"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("dupes JSON: %v\n%s", err, r.stdout)
	}
	if len(out.Groups) != 1 {
		t.Fatalf("want exactly one group, got %d:\n%s", len(out.Groups), r.stdout)
	}
	g := out.Groups[0]
	var names []string
	for _, f := range g.Files {
		names = append(names, filepath.Base(f))
	}
	sort.Strings(names)
	if !slices.Equal(names, []string{"iop-idaho.md", "iop-maine.md"}) {
		t.Errorf("group files = %v, want the two IOP variants", g.Files)
	}
	if !slices.Contains(g.Files, g.Canonical) {
		t.Errorf("canonical %s is not in the group", g.Canonical)
	}
	facts := 0
	for _, h := range g.Hunks {
		if h.Class == "fact" {
			facts++
			if !(strings.Contains(h.A, "15") && strings.Contains(h.B, "9") || strings.Contains(h.A, "9") && strings.Contains(h.B, "15")) {
				t.Errorf("fact hunk %q → %q does not show the changed hours", h.A, h.B)
			}
		}
	}
	if facts != 1 {
		t.Errorf("want one fact hunk (the hours), got %d:\n%s", facts, r.stdout)
	}

	// The table view agrees, and check reports the drift.
	tbl := runCLI(t, "", "dupes", "--diff", dir)
	tbl.mustCode(t, exitClean, "dupes --diff")
	if !strings.Contains(tbl.stdout, "1 near-duplicate families") || !strings.Contains(tbl.stdout, "fact") {
		t.Errorf("dupes --diff output:\n%s", tbl.stdout)
	}
	chk := parseReport(t, runCLI(t, "", "check", "--format", "json", "--fail-on", "never", dir).stdout)
	if !slices.Contains(chk.rulesOf(), "template-drift") {
		t.Errorf("check on the variants: rules %v, want template-drift", chk.rulesOf())
	}
}

// TestDupesStdinVariant: a page read from stdin can join a family, but
// dupes re-reads each family member from disk to align it
// (cmd/factlint/dupes.go, corpus.Load(corpus.Input{Path: f}, …)), so "-"
// is looked up as a file: stderr warns "-: unreadable" and the family has
// no hunks at all, hiding the changed number.
func TestDupesStdinVariant(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"iop-idaho.md":    fmt.Sprintf(iopStateTemplate, "Idaho", "Boise", "15"),
		"family-guide.md": familyPage,
	})
	r := runCLI(t, fmt.Sprintf(iopStateTemplate, "Maine", "Portland", "9"), "dupes", "--format", "json", "-", dir)
	r.mustCode(t, exitClean, "dupes with a stdin variant")
	if r.stderr != "" {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, `"class": "fact"`) {
		t.Errorf("no fact hunk for the stdin variant:\n%s", r.stdout)
	}
}
