package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLReportFile: --output html=PATH writes the same bytes on every
// run when SOURCE_DATE_EPOCH is set, with that date, the config's
// base_url turned into live links, and charts of what the examples state.
func TestHTMLReportFile(t *testing.T) {
	dir := examplesWithBaseURL(t)
	var reports [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(t.TempDir(), "r.html")
		var stdout, stderr bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return "1767225600"
			}
			return ""
		}}
		if code := run([]string{"check", "--jobs", "2", "--output", "html=" + out, dir}, e); code != 1 {
			t.Fatalf("exit %d, want 1 (the examples have errors): %s", code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "error") {
			t.Errorf("the text report no longer goes to stdout beside the html file:\n%s", stdout.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, b)
	}
	if !bytes.Equal(reports[0], reports[1]) {
		t.Error("two runs wrote different html reports")
	}
	mustContain(t, "html report", string(reports[0]),
		"<dd>2026-01-01 00:00 UTC</dd>",
		`href="https://example.org/guides/`,
		`#:~:text=`,
		`<figure class="chart"`,
		`id="families"`)
}

// examplesWithBaseURL copies the examples to a temporary folder with a
// config that gives them a base_url, so local pages get live links.
func examplesWithBaseURL(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir(examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(examplesDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, dir, map[string]string{e.Name(): string(b)})
	}
	writeFiles(t, dir, map[string]string{".factlint.yaml": "base_url: https://example.org/guides/\n"})
	return dir
}

func TestReportDate(t *testing.T) {
	var stderr bytes.Buffer
	e := &env{stderr: &stderr, getenv: func(string) string { return "soon" }}
	if d := e.reportDate(); d.IsZero() || !strings.Contains(stderr.String(), "SOURCE_DATE_EPOCH") {
		t.Errorf("a bad SOURCE_DATE_EPOCH gave %v and warned %q", d, stderr.String())
	}
	e.getenv = func(string) string { return "0" }
	if d := e.reportDate(); d.Unix() != 0 {
		t.Errorf("SOURCE_DATE_EPOCH=0 gave %v", d)
	}
}
