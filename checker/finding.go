package checker

import (
	"fmt"
	"strings"
)

// Severity ranks findings. The zero value is invalid so that a forgotten
// severity is caught by tests rather than silently becoming "info".
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// MarshalText makes severities print as words in JSON and YAML.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity word.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Location is one side of a finding: where a claim was stated and its words.
type Location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	// Restated marks a further statement of a side already quoted on its
	// page: it has to change too, but it names no new side, so the
	// fingerprint leaves it out and a baseline keeps matching.
	Restated bool `json:"restated,omitempty"`
	// Block is the index of the document block the text is in (-1 when
	// unknown); inline suppressions match on it.
	Block int `json:"-"`
}

func (l Location) String() string { return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Column) }

// Finding is one problem reported by a check.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Kind     string   `json:"kind,omitempty"`
	Subject  string   `json:"subject,omitempty"`
	Message  string   `json:"message"`
	// Locations lists every side of a contradiction; the first is primary.
	Locations []Location `json:"locations"`
	// Fingerprint identifies the finding across edits that only move text:
	// it hashes rule, kind, subject, values and quoted words, never lines.
	Fingerprint string `json:"fingerprint"`
	// Values are the normalised values the fingerprint covers, e.g. "1..1".
	Values []string `json:"-"`
}
