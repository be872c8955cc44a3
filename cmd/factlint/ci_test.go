package main

// End-to-end tests of what a CI set-up leans on: report outputs, config
// lookup, paths, suppressions and changed-lines mode.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	_ = filepath.Join
}
