package checker

import (
	"fmt"
	"math"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
)

// Suppression is an inline suppression comment with its position, kept
// after the document itself is dropped.
type Suppression struct {
	File   string
	Rule   string
	Reason string
	Block  int
	Line   int
	Column int
	// Directive is the form written; ranges (factlint-disable) run from
	// Line to EndLine, the line of the matching factlint-enable, or to the
	// end of the file when none follows.
	Directive corpus.Directive
	EndLine   int
	// Fix and Written describe a near miss (DirectiveInvalid).
	Fix, Written string
}

// suppressionsOf reads a document's suppression comments and pairs each
// factlint-enable with the latest open factlint-disable of the same rule.
// An enable that closes nothing is kept as invalid.
func suppressionsOf(doc *corpus.Document) []Suppression {
	var out []Suppression
	open := map[string][]int{} // rule → indexes into out of open ranges
	for _, ig := range doc.Ignores {
		pos := doc.Position(ig.Span.Start)
		s := Suppression{File: doc.ID, Rule: ig.Rule, Reason: ig.Reason, Block: ig.Block, Line: pos.Line, Column: pos.Column,
			Directive: ig.Directive, Fix: ig.Fix, Written: ig.Written}
		switch ig.Directive {
		case corpus.DirectiveDisable:
			s.EndLine = math.MaxInt
			open[s.Rule] = append(open[s.Rule], len(out))
		case corpus.DirectiveDisableFile:
			s.EndLine = math.MaxInt // Line stays where it is written, for reports
		case corpus.DirectiveEnable:
			if st := open[s.Rule]; len(st) > 0 {
				out[st[len(st)-1]].EndLine = pos.Line
				open[s.Rule] = st[:len(st)-1]
				continue
			}
		}
		out = append(out, s)
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
	{ID: RuleInvalidSuppression, Title: "A suppression comment is malformed or names no known rule", Severity: Warning,
		Doc: "invalid-suppression: every <!-- factlint-ignore RULE reason --> (and factlint-disable, factlint-disable-file) needs a known rule ID (or \"all\") and a reason, so that the next reviewer knows why a finding is silenced. Comments that look meant as one but are not written as one — FACTLINT-IGNORE, factlint-ignore:, factlint-ignore-next-line — are reported with the fix, and a misspelt rule with the closest known one. A suppression that is invalid silences nothing."},
	{ID: RuleUnusedSuppression, Title: "A suppression matches no finding", Severity: Info,
		Doc: "unused-suppression: an inline factlint-ignore, factlint-disable or factlint-disable-file, or a config ignore entry, silenced nothing in this run. Remove it, or it will silently hide a future finding it was never meant for."},
}

// knownSuppressionRules are the rule names a suppression may give: the
// run's rules (Config.Known), or nil, accepting any name, when the config
// was built without them.
func knownSuppressionRules(cfg *Config) []string {
	if len(cfg.Known) == 0 {
		return nil
	}
	ids := append([]string{"all"}, cfg.Known...)
	for _, r := range SuppressionRules {
		if !slices.Contains(ids, r.ID) {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// invalidReason says why s silences nothing, or "" when it is valid.
func invalidReason(s Suppression, known []string) string {
	if s.Directive == corpus.DirectiveInvalid {
		return fmt.Sprintf("%q is not a factlint directive; write %s", s.Written, s.Fix)
	}
	if s.Directive == corpus.DirectiveEnable {
		return fmt.Sprintf("factlint-enable %s follows no factlint-disable %s", s.Rule, s.Rule)
	}
	d := string(s.Directive)
	if d == "" {
		d = string(corpus.DirectiveIgnore)
	}
	if s.Rule == "" || s.Reason == "" {
		return fmt.Sprintf("%s %s needs a rule and a reason; it silences nothing", d, s.Rule)
	}
	if known != nil && s.Rule != "*" && !slices.Contains(known, s.Rule) {
		return fmt.Sprintf("%s names unknown rule %q (%s); it silences nothing", d, s.Rule, didYouMean(s.Rule, known, "known rules: "+strings.Join(known, ", ")))
	}
	return ""
}

// covers reports whether the valid suppression s applies to location l.
func (s Suppression) covers(l Location) bool {
	if l.File != s.File {
		return false
	}
	switch s.Directive {
	case corpus.DirectiveDisable:
		return l.Line >= s.Line && l.Line <= s.EndLine
	case corpus.DirectiveDisableFile:
		return true
	}
	return l.Block == s.Block && s.Block >= 0
}

// suppressionIndex finds the inline suppressions that may cover a
// location: those of its block, and the ranges and whole-file directives
// of its file. Every finding was tried against every suppression of the
// run, which a site with an ignore comment in its template made the
// square of its size.
type suppressionIndex struct {
	byBlock map[fileBlock][]int
	wide    map[string][]int // ranges and whole-file directives, by file
	scratch []int
}

type fileBlock struct {
	file  string
	block int
}

func indexSuppressions(inline []Suppression, invalid []string) *suppressionIndex {
	idx := &suppressionIndex{byBlock: map[fileBlock][]int{}, wide: map[string][]int{}}
	for i, s := range inline {
		if invalid[i] != "" {
			continue
		}
		switch s.Directive {
		case corpus.DirectiveDisable, corpus.DirectiveDisableFile:
			idx.wide[s.File] = append(idx.wide[s.File], i)
		default:
			if s.Block >= 0 {
				k := fileBlock{s.File, s.Block}
				idx.byBlock[k] = append(idx.byBlock[k], i)
			}
		}
	}
	return idx
}

// candidates are the suppressions that may cover l, valid ones only.
func (x *suppressionIndex) candidates(l Location) []int {
	block, wide := x.byBlock[fileBlock{l.File, l.Block}], x.wide[l.File]
	if len(wide) == 0 {
		return block
	}
	x.scratch = append(append(x.scratch[:0], block...), wide...)
	return x.scratch
}

// ApplySuppressions drops findings silenced by inline directives and config
// ignore rules, and adds findings for suppressions that are invalid or
// matched nothing.
func ApplySuppressions(fs []Finding, inline []Suppression, cfg *Config) []Finding {
	known := knownSuppressionRules(cfg)
	invalid := make([]string, len(inline))
	for i, s := range inline {
		invalid[i] = invalidReason(s, known)
	}
	usedInline := make([]bool, len(inline))
	usedCfg := make([]bool, len(cfg.Ignore))
	configDir := ""
	if len(cfg.Ignore) > 0 {
		configDir = cfg.Dir()
	}
	idx := indexSuppressions(inline, invalid)
	var out []Finding
	for _, f := range fs {
		silenced := false
		for _, l := range f.Locations {
			for _, i := range idx.candidates(l) {
				if s := inline[i]; ruleMatches(s.Rule, f.Rule) && s.covers(l) {
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
		written := s.Written
		if written == "" {
			written = string(corpus.DirectiveIgnore)
		}
		loc := []Location{{File: s.File, Line: s.Line, Column: s.Column, Text: strings.TrimSpace(written + " " + s.Rule), Block: -1}}
		switch {
		case invalid[i] != "":
			out = append(out, Finding{Rule: RuleInvalidSuppression, Severity: Warning, Message: invalid[i], Locations: loc, Values: []string{s.Rule}})
		case !usedInline[i]:
			where := "on the next block"
			switch s.Directive {
			case corpus.DirectiveDisable:
				where = "in its range"
			case corpus.DirectiveDisableFile:
				where = "in the file"
			}
			out = append(out, Finding{Rule: RuleUnusedSuppression, Severity: Info, Message: fmt.Sprintf("%s %s (%s) matches no finding %s", written, s.Rule, s.Reason, where), Locations: loc, Values: []string{s.Rule, s.Reason}})
		}
	}
	for i, r := range cfg.Ignore {
		if !usedCfg[i] {
			out = append(out, Finding{Rule: RuleUnusedSuppression, Severity: Info,
				Message:   fmt.Sprintf("config ignore {rule: %q, path: %q, kind: %q} matches no finding", r.Rule, r.Path, r.Kind),
				Locations: []Location{{File: cfg.Path, Line: 1, Column: 1, Text: "ignore", Block: -1}}, Values: []string{r.Rule, r.Path, r.Kind}})
		}
	}
	// The suppression rules are configured like checks: off, or at
	// another severity.
	kept := out[:0]
	for _, f := range out {
		if f.Rule == RuleUnusedSuppression || f.Rule == RuleInvalidSuppression {
			if on, ok := cfg.Checks[f.Rule]; ok && !on {
				continue
			}
			if sev, ok := cfg.Severity[f.Rule]; ok {
				f.Severity = sev
			}
		}
		kept = append(kept, f)
	}
	out = kept
	for i := range out {
		if out[i].Fingerprint == "" {
			out[i].Fingerprint = Fingerprint(out[i])
		}
	}
	SortFindings(out)
	UniqueFingerprints(out)
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
