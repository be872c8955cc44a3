package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
)

// JUnit XML as CI services read it (Jenkins, GitLab, Azure): one suite,
// one failing testcase per finding (as golangci-lint writes it) with the
// file as its class, so a CI test view counts every problem and groups
// them by page; clean pages are passing testcases and skipped ones are
// skipped testcases.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure"`
	Skipped   *junitSkipped `xml:"skipped"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit renders one testsuite "factlint" with a failing testcase per
// finding, filed under the finding's primary file, a passing testcase per
// clean file and a skipped testcase per skipped file.
//
// Result only counts files, so the clean ones come from Options.Files,
// which the CLI fills with every checked file; without it the report has
// no passing testcases.
func WriteJUnit(w io.Writer, r *checker.Result, opt Options) error {
	byFile := map[string][]checker.Finding{}
	for _, f := range findingsOf(r) {
		file := primary(f).File
		byFile[file] = append(byFile[file], f)
	}
	skipped := map[string]string{}
	for _, s := range skippedOf(r) {
		if _, dup := skipped[s.File]; !dup {
			skipped[s.File] = s.Reason
		}
	}
	files := map[string]bool{}
	for _, f := range opt.Files {
		files[f] = true
	}
	for f := range byFile {
		files[f] = true
	}
	for f := range skipped {
		files[f] = true
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)

	suite := junitSuite{Name: "factlint"}
	if opt.ToolVersion != "" {
		suite.Properties = []junitProperty{{Name: "factlint.version", Value: opt.ToolVersion}}
	}
	for _, file := range names {
		for _, f := range byFile[file] {
			// The rule and position make the name unique within the class
			// and say at a glance what failed where.
			name := f.Rule + " " + position(file, primary(f))
			suite.Cases = append(suite.Cases, junitCase{Name: name, Classname: file,
				Failure: &junitFailure{Message: f.Message, Type: f.Rule, Body: junitBody(f)}})
			suite.Failures++
		}
		if len(byFile[file]) > 0 {
			continue
		}
		tc := junitCase{Name: file, Classname: file}
		if reason, ok := skipped[file]; ok {
			tc.Skipped = &junitSkipped{Message: reason}
			suite.Skipped++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	suite.Tests = len(suite.Cases)
	doc := junitSuites{Name: "factlint", Tests: suite.Tests, Failures: suite.Failures, Skipped: suite.Skipped, Suites: []junitSuite{suite}}

	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("junit report: %w", err)
	}
	buf.WriteByte('\n')
	return flush(w, &buf)
}

// junitBody spells out what a CI test view shows under the failure: the
// severity (JUnit has no levels) and every side of the contradiction.
func junitBody(f checker.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", f.Severity, f.Rule)
	if f.Kind != "" || f.Subject != "" {
		fmt.Fprintf(&b, " (%s)", strings.Trim(f.Kind+" "+f.Subject, " "))
	}
	b.WriteByte('\n')
	for _, l := range f.Locations {
		fmt.Fprintf(&b, "%s “%s”\n", position(l.File, l), l.Text)
	}
	fmt.Fprintf(&b, "fingerprint %s\n", fingerprint(f))
	return b.String()
}
