package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker"
)

// jsonVersion is the version of the JSON report's shape; scripts check it
// before trusting the fields.
const jsonVersion = 1

// The JSON report has its own types rather than checker's json tags so that
// its shape is fixed here, in one place, whatever checker's structs become.
type jsonReport struct {
	Version  int                     `json:"version"`
	Findings []jsonFinding           `json:"findings"`
	Summary  checker.Summary         `json:"summary"`
	Skipped  []checker.Skipped       `json:"skipped"`
	Stale    []checker.BaselineEntry `json:"stale"`
}

type jsonFinding struct {
	Rule        string         `json:"rule"`
	Severity    string         `json:"severity"`
	Kind        string         `json:"kind"`
	Subject     string         `json:"subject"`
	Message     string         `json:"message"`
	Locations   []jsonLocation `json:"locations"`
	Fingerprint string         `json:"fingerprint"`
}

type jsonLocation struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	// Restated: a further statement of a side quoted before it.
	Restated bool `json:"restated,omitempty"`
}

func buildJSON(r *checker.Result) jsonReport {
	// Empty lists are [] rather than null so that scripts can iterate
	// without checking.
	rep := jsonReport{
		Version:  jsonVersion,
		Findings: []jsonFinding{},
		Summary:  r.Summary,
		Skipped:  append([]checker.Skipped{}, skippedOf(r)...),
		Stale:    staleOf(r),
	}
	for _, f := range findingsOf(r) {
		jf := jsonFinding{
			Rule:        f.Rule,
			Severity:    f.Severity.String(),
			Kind:        f.Kind,
			Subject:     f.Subject,
			Message:     f.Message,
			Locations:   []jsonLocation{},
			Fingerprint: fingerprint(f),
		}
		for _, l := range f.Locations {
			jf.Locations = append(jf.Locations, jsonLocation{File: l.File, Line: l.Line, Column: l.Column, Text: l.Text, Restated: l.Restated})
		}
		rep.Findings = append(rep.Findings, jf)
	}
	return rep
}

// WriteJSON renders the result as one indented JSON object.
func WriteJSON(w io.Writer, r *checker.Result, _ Options) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// Quoted page text is full of <, > and &; escaping them would only make
	// the report harder to read.
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(buildJSON(r)); err != nil {
		return err
	}
	return flush(w, &buf)
}
