package checker

import "slices"

// Check is one rule of factlint. Checks are plain values listed in
// checker/checks/all.go; ID never changes once released because baselines,
// suppressions and SARIF rule IDs refer to it.
type Check struct {
	ID    string
	Title string // one line, shown by `factlint rules`
	Doc   string // the full explanation, shown by `factlint explain ID` and SARIF help
	// Severity is the default; the config may override it.
	Severity Severity
	// Requires lists what the check needs beyond the claims, so that the
	// engine computes costly inputs only when an enabled check asks for
	// them (as analysis.Analyzer.Requires does).
	Requires []Requirement
	// Run reports findings through pass.Report. It returns an error only
	// when the check itself could not work.
	Run func(pass *Pass) error
}

// Requirement is an input a check may need.
type Requirement string

// NeedFamilies asks for near-duplicate families in Pass.Families.
const NeedFamilies Requirement = "near-duplicate families"

// Need reports whether any of checks requires r.
func Need(checks []*Check, r Requirement) bool {
	for _, c := range checks {
		if slices.Contains(c.Requires, r) {
			return true
		}
	}
	return false
}

// RuleInfo is what reports need to know about a check.
type RuleInfo struct {
	ID       string
	Title    string
	Doc      string
	Severity Severity
}

// Info returns the reportable description of c.
func (c *Check) Info() RuleInfo {
	return RuleInfo{ID: c.ID, Title: c.Title, Doc: c.Doc, Severity: c.Severity}
}

// IDs returns the IDs that config entries may name: every check's, then
// the engine's own suppression rules.
func IDs(checks []*Check) []string {
	var out []string
	for _, c := range checks {
		out = append(out, c.ID)
	}
	for _, r := range SuppressionRules {
		out = append(out, r.ID)
	}
	return out
}
