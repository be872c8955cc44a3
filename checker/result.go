package checker

// Skipped is an input that could not be checked, with the reason.
type Skipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Summary counts what a run saw.
type Summary struct {
	Files    int `json:"files"`
	Skipped  int `json:"skipped"`
	Claims   int `json:"claims"`
	Findings int `json:"findings"`
	// BySeverity counts findings per severity word.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Result is everything a report writer needs.
type Result struct {
	Findings []Finding
	Skipped  []Skipped
	Summary  Summary
	// Rules describes every check that ran, in ID order.
	Rules []RuleInfo
	// Stale lists baseline entries that no longer occur (see --baseline).
	Stale []Finding
}
