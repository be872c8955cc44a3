package checker

import (
	"fmt"
	"path"
	"path/filepath"

	"github.com/factlint/factlint/corpus"
)

// Suppression is an inline `<!-- factlint-ignore RULE reason -->` with its
// position, kept after the document itself is dropped.
type Suppression struct {
	File   string
	Rule   string
	Reason string
	Block  int
	Line   int
	Column int
}

func suppressionsOf(doc *corpus.Document) []Suppression {
	var out []Suppression
	for _, ig := range doc.Ignores {
		pos := doc.Position(ig.Span.Start)
		out = append(out, Suppression{File: doc.ID, Rule: ig.Rule, Reason: ig.Reason, Block: ig.Block, Line: pos.Line, Column: pos.Column})
	}
	return out
}

// Rule IDs of the findings suppression handling itself reports.
const (
	RuleUnusedSuppression  = "unused-suppression"
	RuleInvalidSuppression = "invalid-suppression"
)

// SuppressionRules describes the engine's own rules for `factlint rules` and SARIF.
var SuppressionRules = []RuleInfo{
	{ID: RuleInvalidSuppression, Title: "An inline factlint-ignore has no rule or no reason", Severity: Warning,
		Doc: "invalid-suppression: every <!-- factlint-ignore RULE reason --> needs a rule ID (or \"all\") and a reason, so that the next reviewer knows why a finding is silenced. A suppression without one silences nothing."},
	{ID: RuleUnusedSuppression, Title: "A suppression matches no finding", Severity: Info,
		Doc: "unused-suppression: an inline factlint-ignore or a config ignore entry silenced nothing in this run. Remove it, or it will silently hide a future finding it was never meant for."},
}

// ApplySuppressions drops findings silenced by inline directives and config
// ignore rules, and adds findings for suppressions that are invalid or
// matched nothing.
func ApplySuppressions(fs []Finding, inline []Suppression, cfg *Config) []Finding {
	usedInline := make([]bool, len(inline))
	usedCfg := make([]bool, len(cfg.Ignore))
	configDir := ""
	if len(cfg.Ignore) > 0 {
		configDir = cfg.Dir()
	}
	var out []Finding
	for _, f := range fs {
		silenced := false
		for i, s := range inline {
			if s.Reason == "" || s.Rule == "" || !ruleMatches(s.Rule, f.Rule) {
				continue
			}
			for _, l := range f.Locations {
				if l.File == s.File && l.Block == s.Block && s.Block >= 0 {
					usedInline[i], silenced = true, true
				}
			}
		}
		for i, r := range cfg.Ignore {
			if ignoreMatches(r, f, configDir) {
				usedCfg[i], silenced = true, true
			}
		}
		if !silenced {
			out = append(out, f)
		}
	}
	for i, s := range inline {
		loc := []Location{{File: s.File, Line: s.Line, Column: s.Column, Text: "factlint-ignore " + s.Rule, Block: -1}}
		switch {
		case s.Rule == "" || s.Reason == "":
			out = append(out, Finding{Rule: RuleInvalidSuppression, Severity: Warning, Message: fmt.Sprintf("factlint-ignore %s needs a rule and a reason; it silences nothing", s.Rule), Locations: loc, Values: []string{s.Rule}})
		case !usedInline[i]:
			out = append(out, Finding{Rule: RuleUnusedSuppression, Severity: Info, Message: fmt.Sprintf("factlint-ignore %s (%s) matches no finding on the next block", s.Rule, s.Reason), Locations: loc, Values: []string{s.Rule, s.Reason}})
		}
	}
	for i, r := range cfg.Ignore {
		if !usedCfg[i] {
			out = append(out, Finding{Rule: RuleUnusedSuppression, Severity: Info,
				Message:   fmt.Sprintf("config ignore {rule: %q, path: %q, kind: %q} matches no finding", r.Rule, r.Path, r.Kind),
				Locations: []Location{{File: cfg.Path, Line: 1, Column: 1, Text: "ignore", Block: -1}}, Values: []string{r.Rule, r.Path, r.Kind}})
		}
	}
	for i := range out {
		if out[i].Fingerprint == "" {
			out[i].Fingerprint = Fingerprint(out[i])
		}
	}
	SortFindings(out)
	return out
}

func ruleMatches(pattern, rule string) bool {
	return pattern == rule || pattern == "all" || pattern == "*"
}

// ignoreMatches matches r against f. A path glob is relative to the
// config file's folder (configDir), as include and exclude are, so it
// means the same whichever folder factlint is run from or on; a pattern
// without a slash also matches base names.
func ignoreMatches(r IgnoreRule, f Finding, configDir string) bool {
	if r.Rule != "" && !ruleMatches(r.Rule, f.Rule) {
		return false
	}
	if r.Kind != "" && r.Kind != f.Kind {
		return false
	}
	if r.Path == "" {
		return true
	}
	for _, l := range f.Locations {
		p := filepath.ToSlash(l.File)
		if abs, err := filepath.Abs(l.File); err == nil && configDir != "" {
			if rel, err := filepath.Rel(configDir, abs); err == nil {
				p = filepath.ToSlash(rel)
			}
		}
		if corpus.MatchGlob(r.Path, p) || corpus.MatchGlob(r.Path, path.Base(p)) {
			return true
		}
	}
	return false
}
