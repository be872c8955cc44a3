package main

// End-to-end tests of what a CI set-up leans on: report outputs, config
// lookup, paths, suppressions and changed-lines mode.

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// mustContain fails when s lacks any of want.
func mustContain(t *testing.T, what, s string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, s)
		}
	}
}

func TestOutputValidation(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"site/page.md": lengthPage})
	for _, tc := range []struct {
		arg  string
		want []string
	}{
		{"xml=foo.xml", []string{`unknown format "xml"`}},
		{"sraif=x.sarif", []string{`unknown format "sraif"`, `did you mean "sarif"?`}},
		{"json=", []string{"empty path"}},
		{"", []string{"empty path"}},
	} {
		r := runCLI(t, "", "check", "--output", tc.arg, "site")
		r.mustCode(t, exitUsage, "--output "+tc.arg)
		mustContain(t, "stderr of --output "+tc.arg, r.stderr, tc.want...)
		if r.stdout != "" {
			t.Errorf("--output %s printed a report:\n%s", tc.arg, r.stdout)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("--output %s left files behind: %v", tc.arg, entries)
		}
	}
	// Two reports on stdout would interleave.
	r := runCLI(t, "", "check", "--output", "json=-", "site")
	r.mustCode(t, exitUsage, "two reports on stdout")
	mustContain(t, "stderr", r.stderr, "stdout")
	// Two reports into one file would overwrite each other.
	runCLI(t, "", "check", "-o", "json=r.out", "-o", "sarif=./r.out", "site").mustCode(t, exitUsage, "two reports to one file")

	// A comma is part of the path, not a list separator.
	r = runCLI(t, "", "check", "--output", "json=a,b.json", "site")
	r.mustCode(t, exitFindings, "--output json=a,b.json")
	if _, err := os.Stat("a,b.json"); err != nil {
		t.Errorf("json=a,b.json did not write a,b.json: %v", err)
	}
	// A path holding "=" is still a path when it cannot be a format name.
	runCLI(t, "", "check", "--format", "json", "--output", "./x=y.json", "site").mustCode(t, exitFindings, "--output ./x=y.json")
	data, err := os.ReadFile("x=y.json")
	if err != nil {
		t.Fatal(err)
	}
	parseReport(t, string(data))
	// A bad --format suggests the right one.
	r = runCLI(t, "", "check", "--format", "jsn", "site")
	r.mustCode(t, exitUsage, "--format jsn")
	mustContain(t, "stderr", r.stderr, `did you mean "json"?`)
}

func TestInitTargets(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	// A trailing slash names a folder, made if missing.
	runCLI(t, "", "init", "sub/").mustCode(t, exitClean, "init sub/")
	if fi, err := os.Stat(filepath.Join("sub", ".factlint.yaml")); err != nil || fi.IsDir() {
		t.Fatalf("init sub/ did not write sub/.factlint.yaml: %v", err)
	}
	// An existing folder gets the file inside it.
	if err := os.Mkdir("site", 0o755); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", "init", "site")
	r.mustCode(t, exitClean, "init site")
	mustContain(t, "stdout", r.stdout, filepath.Join("site", ".factlint.yaml"))
	runCLI(t, "", "init", "site").mustCode(t, exitUsage, "second init site")
	// "-" prints the starter config and writes nothing.
	r = runCLI(t, "", "init", "-")
	r.mustCode(t, exitClean, "init -")
	mustContain(t, "stdout", r.stdout, "fail_on:")
	if _, err := os.Stat("-"); err == nil {
		t.Error("init - wrote a file named -")
	}
	if _, err := os.Stat(".factlint.yaml"); err == nil {
		t.Error("init - wrote .factlint.yaml")
	}
}

func TestJUnitTestcasePerFinding(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	// One page with two findings, one clean page.
	writeFiles(t, dir, map[string]string{
		"site/cedar.md": lengthPage + "\n<!-- factlint-ignore within-page nothing to silence here -->\nCall us today.\n",
		"site/maple.md": cleanPage,
	})
	r := runCLI(t, "", "check", "--fail-on", "never", "--format", "json", "--output", "junit=j.xml", "site")
	r.mustCode(t, exitClean, "check --output junit=j.xml")
	rep := parseReport(t, r.stdout)
	if len(rep.Findings) != 2 {
		t.Fatalf("fixture should have 2 findings, got %v", rep.rulesOf())
	}
	data, err := os.ReadFile("j.xml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suites []struct {
			Cases []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failures  []struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var failing, passing int
	names := map[string]bool{}
	for _, tc := range doc.Suites[0].Cases {
		if len(tc.Failures) > 1 {
			t.Errorf("testcase %q has %d failures, want one per testcase", tc.Name, len(tc.Failures))
		}
		if names[tc.Name] {
			t.Errorf("two testcases named %q", tc.Name)
		}
		names[tc.Name] = true
		if len(tc.Failures) == 1 {
			failing++
			if tc.Classname != "site/cedar.md" {
				t.Errorf("failing testcase %q has class %q", tc.Name, tc.Classname)
			}
		} else {
			passing++
		}
	}
	if failing != 2 || passing != 1 {
		t.Errorf("%d failing and %d passing testcases, want 2 and 1:\n%s", failing, passing, data)
	}
}

// runCLIEnv is runCLI with environment variables.
func runCLIEnv(t *testing.T, vars map[string]string, args ...string) cliResult {
	t.Helper()
	return runCLIWith(t, "", vars, args...)
}

func TestConfigLookupFromCheckedPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		".git/HEAD":              "ref: refs/heads/main\n",
		"site/.factlint.yaml":    "fail_on: never\n",
		"site/pages/cedar.md":    lengthPage,
		"other/cedar.md":         lengthPage,
		"ci/strict.factlint.yml": "fail_on: error\n",
	})
	// From the repository root, site/'s config applies to site/.
	runCLI(t, "", "check", "site").mustCode(t, exitClean, "check site (site/.factlint.yaml says fail_on: never)")
	runCLI(t, "", "check", "site/pages/cedar.md").mustCode(t, exitClean, "check a file under site/")
	runCLI(t, "", "check", "other").mustCode(t, exitFindings, "check other (no config)")

	r := runCLI(t, "", "config", "path", "site")
	r.mustCode(t, exitClean, "config path site")
	want, _ := filepath.Abs(filepath.Join("site", ".factlint.yaml"))
	if strings.TrimSpace(r.stdout) != want {
		t.Errorf("config path site = %q, want %q", r.stdout, want)
	}
	r = runCLI(t, "", "config", "path", "other")
	r.mustCode(t, exitClean, "config path other")
	if r.stdout != "" || !strings.Contains(r.stderr, "built-in defaults") {
		t.Errorf("config path other: stdout %q, stderr %q", r.stdout, r.stderr)
	}

	// FACTLINT_CONFIG names one; --config still wins over it.
	vars := map[string]string{"FACTLINT_CONFIG": "ci/strict.factlint.yml"}
	runCLIEnv(t, vars, "check", "site").mustCode(t, exitFindings, "FACTLINT_CONFIG with fail_on: error")
	r = runCLIEnv(t, vars, "config", "path", "site")
	if strings.TrimSpace(r.stdout) != "ci/strict.factlint.yml" || !strings.Contains(r.stderr, "FACTLINT_CONFIG") {
		t.Errorf("config path with FACTLINT_CONFIG: %q / %q", r.stdout, r.stderr)
	}
	runCLIEnv(t, vars, "--config", "site/.factlint.yaml", "check", "site").mustCode(t, exitClean, "--config over FACTLINT_CONFIG")
	runCLIEnv(t, map[string]string{"FACTLINT_CONFIG": "missing.yaml"}, "check", "site").mustCode(t, exitUsage, "FACTLINT_CONFIG naming no file")

	// Paths under different configs: a warning naming them.
	r = runCLI(t, "", "check", "site", "other")
	mustContain(t, "stderr", r.stderr, "different configs", want)
}

func TestConfigGlobsRelativeToConfig(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		".factlint.yaml": `exclude: ["site/drafts/**"]
ignore:
  - {rule: within-page, path: "site/legacy/*.md", reason: "retired pages"}
`,
		"site/legacy/old.md":   lengthPage,
		"site/drafts/draft.md": lengthPage,
		"site/current.md":      cleanPage,
	})
	// README's own example: the ignore path still matches when the check
	// is given site/ or a file, and from another working directory.
	for _, args := range [][]string{{"site"}, {"site/legacy/old.md"}, {"."}} {
		r := runCLI(t, "", append([]string{"check", "--format", "json"}, args...)...)
		r.mustCode(t, exitClean, fmt.Sprint("check ", args))
		if rep := parseReport(t, r.stdout); len(rep.Findings) != 0 {
			t.Errorf("check %v: findings %v, want the legacy one ignored and drafts excluded", args, rep.rulesOf())
		}
	}
	t.Chdir(filepath.Join(dir, "site"))
	r := runCLI(t, "", "check", "--format", "json", ".")
	r.mustCode(t, exitClean, "check . from site/")
	if rep := parseReport(t, r.stdout); rep.Summary.Files != 2 {
		t.Errorf("check . from site/ read %d files, want 2 (drafts excluded)", rep.Summary.Files)
	}
	// A file named explicitly, as pre-commit passes them, is excluded too.
	r = runCLI(t, "", "check", "--format", "json", "drafts/draft.md", "current.md")
	r.mustCode(t, exitClean, "check an excluded file by name")
	if rep := parseReport(t, r.stdout); rep.Summary.Files != 1 {
		t.Errorf("explicit excluded file: %d files read, want 1", rep.Summary.Files)
	}
}

func TestWalkSymlinkAndGitignore(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		".git/HEAD":      "ref: refs/heads/main\n",
		".gitignore":     "_site/\n",
		"site/cedar.md":  lengthPage,
		"_site/cedar.md": lengthPage,
	})
	if err := os.Symlink("cedar.md", filepath.Join("site", "cedar-link.md")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	r := runCLI(t, "", "check", "--format", "json", ".")
	r.mustCode(t, exitFindings, "check .")
	rep := parseReport(t, r.stdout)
	if rep.Summary.Files != 1 || len(rep.Findings) != 1 {
		t.Errorf("check . read %d files with %d findings, want 1 and 1 (symlink read once, _site/ ignored)", rep.Summary.Files, len(rep.Findings))
	}
	r = runCLI(t, "", "check", "--format", "json", "--no-gitignore", ".")
	if rep := parseReport(t, r.stdout); rep.Summary.Files != 2 {
		t.Errorf("--no-gitignore read %d files, want 2", rep.Summary.Files)
	}
}

// lengthPageWith is lengthPage with extra lines before the second side
// of its contradiction (line 9 of lengthPage).
func lengthPageWith(before, after string) string {
	return strings.Replace(lengthPage, "Most people complete our IOP", before+"Most people complete our IOP", 1) + after
}

func TestSuppressionForms(t *testing.T) {
	messages := func(rep *jsonReportT) string {
		var b strings.Builder
		for _, f := range rep.Findings {
			fmt.Fprintf(&b, "%s %d: %s\n", f.Rule, f.Locations[0].Line, f.Message)
		}
		return b.String()
	}
	t.Run("near misses", func(t *testing.T) {
		for _, c := range []struct{ comment, fix string }{
			{"<!-- FACTLINT-IGNORE within-page confirmed by phone -->", "<!-- factlint-ignore within-page confirmed by phone -->"},
			{"<!-- factlint-ignore: within-page confirmed by phone -->", "<!-- factlint-ignore within-page confirmed by phone -->"},
			{"<!-- factlint-ignore-next-line within-page confirmed by phone -->", "<!-- factlint-ignore within-page confirmed by phone -->"},
		} {
			rep := checkPage(t, lengthPageWith(c.comment+"\n", ""))
			got := messages(rep)
			// Not silenced, and reported with the fix.
			mustContain(t, c.comment, got, "within-page 5:", "invalid-suppression 9:", c.fix)
		}
	})
	t.Run("misspelt rule", func(t *testing.T) {
		rep := checkPage(t, lengthPageWith("<!-- factlint-ignore within-pgae confirmed by phone -->\n", ""))
		mustContain(t, "misspelt rule", messages(rep), "within-page 5:", "invalid-suppression 9:", `unknown rule "within-pgae"`, `did you mean "within-page"?`)
	})
	t.Run("range", func(t *testing.T) {
		page := strings.Replace(lengthPage, "Our intensive", "<!-- factlint-disable within-page both figures confirmed -->\nOur intensive", 1) +
			"<!-- factlint-enable within-page -->\n"
		if rep := checkPage(t, page); len(rep.Findings) != 0 {
			t.Errorf("disable…enable around both sides left:\n%s", messages(rep))
		}
		// A range that closes before the finding's lines leaves it, and is unused.
		got := messages(checkPage(t, lengthPageWith("<!-- factlint-disable within-page confirmed -->\n<!-- factlint-enable within-page -->\n", "")))
		mustContain(t, "empty range", got, "within-page 5:", "unused-suppression 9:", "in its range")
		// An enable without a disable is invalid.
		got = messages(checkPage(t, lengthPageWith("", "<!-- factlint-enable within-page -->\n")))
		mustContain(t, "stray enable", got, "invalid-suppression", "follows no factlint-disable")
	})
	t.Run("file", func(t *testing.T) {
		if rep := checkPage(t, lengthPage+"\n<!-- factlint-disable-file within-page archived page, kept as published -->\n"); len(rep.Findings) != 0 {
			t.Errorf("factlint-disable-file left:\n%s", messages(rep))
		}
		got := messages(checkPage(t, lengthPage+"\n<!-- factlint-disable-file within-page -->\n"))
		mustContain(t, "file form without reason", got, "within-page 5:", "invalid-suppression", "needs a rule and a reason")
	})
}

// gitRun runs git in the working directory for a test repository.
func gitRun(t *testing.T, args ...string) string {
	t.Helper()
	args = append([]string{"-c", "user.name=factlint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"}, args...)
	out, err := exec.Command("git", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("git is needed for changed-lines mode tests")
		}
		t.Skip("no git")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"site/cedar.md": lengthPage, // an old contradiction, not part of the change
		"site/maple.md": cleanPage,
	})
	gitRun(t, "init", "-q")
	gitRun(t, "add", ".")
	gitRun(t, "commit", "-q", "-m", "site")

	files := func(r cliResult) []string {
		t.Helper()
		var out []string
		for _, f := range parseReport(t, r.stdout).Findings {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Rule, f.Locations[0].File, f.Locations[0].Line))
		}
		return out
	}
	// Nothing changed: nothing to report, though the site has a finding.
	r := runCLI(t, "", "check", "--format", "json", "--new-from-rev", "HEAD", "site")
	r.mustCode(t, exitClean, "--new-from-rev HEAD on a clean tree")
	if got := files(r); len(got) != 0 {
		t.Errorf("clean tree: %v", got)
	}
	// An edit adds a contradiction to maple.md; an untracked new page adds another.
	maple := strings.Replace(cleanPage, "Call our admissions line", "Most clients stay in our IOP for 20 weeks.\n\nCall our admissions line", 1)
	writeFiles(t, dir, map[string]string{"site/maple.md": maple, "site/oak.md": lengthPage})
	r = runCLI(t, "", "check", "--format", "json", "--new-from-rev", "HEAD", "site")
	r.mustCode(t, exitFindings, "--new-from-rev HEAD with changes")
	got := files(r)
	for _, f := range got {
		if strings.Contains(f, "cedar.md") {
			t.Errorf("a finding outside the change was reported: %v", got)
		}
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "maple.md") }) ||
		!slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "oak.md") }) {
		t.Errorf("findings = %v, want the new ones in maple.md and oak.md", got)
	}
	// The same change as a patch file gives the same report for tracked files.
	gitRun(t, "add", "site/oak.md")
	patch := gitRun(t, "diff", "HEAD")
	writeFiles(t, dir, map[string]string{"change.patch": patch})
	p := runCLI(t, "", "check", "--format", "json", "--new-from-patch", "change.patch", "site")
	if !slices.Equal(files(p), got) {
		t.Errorf("--new-from-patch = %v, --new-from-rev = %v", files(p), got)
	}
	// A revision git does not know is a usage error naming it.
	bad := runCLI(t, "", "check", "--new-from-rev", "no-such-rev", "site")
	bad.mustCode(t, exitUsage, "unknown revision")
	mustContain(t, "stderr", bad.stderr, "no-such-rev")
}

func TestCheckFlagsForCI(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"site/cedar.md": lengthPage,
		"site/oak.md":   lengthPage,
		"site/elm.md":   lengthPage,
	})
	rules := func(r cliResult) []string { return parseReport(t, r.stdout).rulesOf() }

	t.Run("enable and disable", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "json", "--disable", "within-page,across-pages", "site")
		r.mustCode(t, exitClean, "--disable within-page,across-pages")
		if got := rules(r); len(got) != 0 {
			t.Errorf("disabled checks still report: %v", got)
		}
		writeFiles(t, dir, map[string]string{"off.yaml": "checks: {within-page: false}\n"})
		r = runCLI(t, "", "--config", "off.yaml", "check", "--format", "json", "--enable", "within-page", "site")
		r.mustCode(t, exitFindings, "--enable over the config")
		if !slices.Contains(rules(r), "within-page") {
			t.Errorf("--enable within-page: %v", rules(r))
		}
		bad := runCLI(t, "", "check", "--disable", "within-pgae", "site")
		bad.mustCode(t, exitUsage, "--disable with a typo")
		mustContain(t, "stderr", bad.stderr, `did you mean "within-page"?`)
	})
	t.Run("max-same-issues", func(t *testing.T) {
		all := rules(runCLI(t, "", "check", "--format", "json", "--disable", "across-pages", "site"))
		if len(all) != 3 {
			t.Fatalf("fixture: %v, want three within-page findings", all)
		}
		r := runCLI(t, "", "check", "--format", "json", "--disable", "across-pages", "--max-same-issues", "1", "site")
		r.mustCode(t, exitFindings, "--max-same-issues 1")
		if got := rules(r); len(got) != 1 {
			t.Errorf("--max-same-issues 1 kept %v", got)
		}
		mustContain(t, "stderr", r.stderr, "2 more findings hidden")
	})
	t.Run("color", func(t *testing.T) {
		if out := runCLI(t, "", "--color", "always", "check", "site").stdout; !strings.Contains(out, "\x1b[") {
			t.Error("--color always gave no colour off a terminal")
		}
		if out := runCLI(t, "", "--color", "never", "check", "site").stdout; strings.Contains(out, "\x1b[") {
			t.Error("--color never gave colour")
		}
		runCLI(t, "", "--color", "sometimes", "check", "site").mustCode(t, exitUsage, "--color sometimes")
	})
	t.Run("stdin-filename", func(t *testing.T) {
		writeFiles(t, dir, map[string]string{"web/.factlint.yaml": "fail_on: never\n"})
		r := runCLI(t, lengthPage, "check", "--format", "json", "--stdin-filename", "web/new-page.md", "-")
		r.mustCode(t, exitClean, "stdin named web/new-page.md, under web/'s fail_on: never")
		rep := parseReport(t, r.stdout)
		if len(rep.Findings) != 1 || rep.Findings[0].Locations[0].File != "web/new-page.md" {
			t.Errorf("stdin findings: %+v", rep.Findings)
		}
	})
	t.Run("line format", func(t *testing.T) {
		r := runCLI(t, "", "check", "--format", "line", "--disable", "across-pages", "site/cedar.md")
		r.mustCode(t, exitFindings, "--format line")
		want := "site/cedar.md:5:"
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], want) || !strings.Contains(lines[0], ": error: ") || !strings.HasSuffix(lines[0], " (within-page)") {
			t.Errorf("--format line:\n%s", r.stdout)
		}
	})
}

func TestRulesEffectiveSeverity(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		".git/HEAD":      "ref: refs/heads/main\n",
		".factlint.yaml": "severity: {within-page: warning}\nchecks: {schedule-math: false, unused-suppression: false}\n",
		"page.md":        lengthPage + "\n<!-- factlint-ignore reference nothing to silence -->\nCall us.\n",
	})
	r := runCLI(t, "", "rules", "--format", "json")
	r.mustCode(t, exitClean, "rules --format json")
	var rows []struct {
		ID, Severity    string
		DefaultSeverity string `json:"default_severity"`
		Enabled         bool
	}
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, row := range rows {
		got[row.ID] = fmt.Sprintf("%s/%s/%v", row.Severity, row.DefaultSeverity, row.Enabled)
	}
	for id, want := range map[string]string{"within-page": "warning/error/true", "schedule-math": "warning/warning/false", "reference": "error/error/true"} {
		if got[id] != want {
			t.Errorf("rules: %s = %s, want %s", id, got[id], want)
		}
	}
	table := runCLI(t, "", "rules")
	mustContain(t, "rules table", table.stdout, "off", ".factlint.yaml")
	// The suppression rules obey checks: like the others.
	c := runCLI(t, "", "check", "--format", "json", "page.md")
	if got := parseReport(t, c.stdout).rulesOf(); slices.Contains(got, "unused-suppression") || !slices.Contains(got, "within-page") {
		t.Errorf("with unused-suppression off: %v", got)
	}
}

// TestPreCommitHook runs the hook as pre-commit would: its entry with the
// staged file names appended.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID            string `yaml:"id"`
		Entry         string `yaml:"entry"`
		Files         string `yaml:"files"`
		PassFilenames *bool  `yaml:"pass_filenames"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0].PassFilenames == nil || !*hooks[0].PassFilenames {
		t.Fatalf("want one hook that passes file names: %+v", hooks)
	}
	entry := strings.Fields(hooks[0].Entry)
	if entry[0] != "factlint" {
		t.Fatalf("entry %q does not run factlint", hooks[0].Entry)
	}
	files := regexp.MustCompile(hooks[0].Files)

	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		".git/HEAD":                 "ref: refs/heads/main\n",
		"site/.factlint.yaml":       "exclude: [\"drafts/**\"]\n",
		"site/drafts/unfinished.md": lengthPage,
		"site/maple.md":             cleanPage,
		"site/logo.svg":             "<svg/>",
	})
	var staged []string
	for _, f := range []string{"site/drafts/unfinished.md", "site/maple.md", "site/logo.svg"} {
		if files.MatchString(f) {
			staged = append(staged, f)
		}
	}
	if len(staged) != 2 {
		t.Fatalf("the hook's files pattern picked %v", staged)
	}
	r := runCLI(t, "", append(entry[1:], staged...)...)
	r.mustCode(t, exitClean, "the hook on a staged draft excluded by site/.factlint.yaml")
}
