package checker

import "testing"

// Two findings in the same words (one schedule stated twice on a page)
// get different fingerprints; moving paragraphs keeps them all.
func TestUniqueFingerprints(t *testing.T) {
	mk := func(line18, line24, other int) []Finding {
		a, b, c := sampleFinding(), sampleFinding(), sampleFinding()
		a.Locations[0].Line, b.Locations[0].Line = line18, line24
		c.Locations[0].Text, c.Locations[0].Line = "two hours", other
		fs := []Finding{a, b, c}
		for i := range fs {
			fs[i].Fingerprint = Fingerprint(fs[i])
		}
		SortFindings(fs)
		UniqueFingerprints(fs)
		return fs
	}
	before := mk(18, 24, 40)
	seen := map[string]bool{}
	for _, f := range before {
		if seen[f.Fingerprint] {
			t.Fatalf("fingerprint %s shared", f.Fingerprint)
		}
		seen[f.Fingerprint] = true
	}
	// A paragraph moved above the others, and every line shifted by a header.
	after := mk(30, 36, 3)
	for _, f := range after {
		if !seen[f.Fingerprint] {
			t.Errorf("fingerprint of %q at line %d changed when text moved", f.Locations[0].Text, f.Locations[0].Line)
		}
	}
}

func TestSuppressionRulesObeyConfig(t *testing.T) {
	inline := []Suppression{{File: "a.html", Rule: "within-page", Reason: "checked", Block: 3, Line: 2, Column: 1}, {File: "a.html", Rule: "", Block: 4, Line: 5, Column: 1}}
	rules := func(cfg *Config) map[string]Severity {
		out := map[string]Severity{}
		for _, f := range ApplySuppressions(nil, inline, cfg) {
			out[f.Rule] = f.Severity
		}
		return out
	}
	cfg := DefaultConfig()
	if got := rules(cfg); got[RuleUnusedSuppression] != Info || got[RuleInvalidSuppression] != Warning {
		t.Errorf("defaults: %v", got)
	}
	cfg.Checks[RuleUnusedSuppression] = false
	cfg.Severity[RuleInvalidSuppression] = Error
	got := rules(cfg)
	if _, on := got[RuleUnusedSuppression]; on {
		t.Error("unused-suppression: false still reports")
	}
	if got[RuleInvalidSuppression] != Error {
		t.Errorf("invalid-suppression severity %v, want the config's error", got[RuleInvalidSuppression])
	}
}
