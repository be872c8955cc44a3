package checker

// Check is one rule of factlint. Checks are plain values listed in
// checker/checks/all.go; ID never changes once released because baselines,
// suppressions and SARIF rule IDs refer to it.
type Check struct {
	ID    string
	Title string // one line, shown by `factlint rules`
	Doc   string // the full explanation, shown by `factlint explain ID` and SARIF help
	// Severity is the default; the config may override it.
	Severity Severity
	// Run reports findings through pass.Report. It returns an error only
	// when the check itself could not work.
	Run func(pass *Pass) error
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
