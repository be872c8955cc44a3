package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

type checkCmd struct {
	inputFlags
	Format        string   `help:"Output format: text, json, sarif, github, junit, markdown, csv, line (file:line:col: severity: message (rule)) or html (one self-contained page to share)." default:"text" short:"f"`
	Output        []string `sep:"none" help:"Write a report to a file instead of stdout: PATH for --format, or FORMAT=PATH (repeatable) for several formats at once; FORMAT=- is stdout." placeholder:"[FORMAT=]PATH" short:"o"`
	FailOn        string   `help:"Lowest severity that makes the exit code 1: error, warning, info or never (default: the config's fail_on, else error)." placeholder:"LEVEL" name:"fail-on"`
	Quiet         bool     `help:"Print only findings, no summary." short:"q"`
	Baseline      string   `help:"Report only findings not recorded in this baseline file, and list baseline entries that no longer occur." placeholder:"FILE" type:"path"`
	WriteBaseline string   `help:"Record the current findings in this baseline file." placeholder:"FILE" name:"write-baseline" type:"path"`
	Enable        []string `help:"Turn these checks on (comma-separated or repeated), whatever the config says." placeholder:"ID"`
	Disable       []string `help:"Turn these checks off (comma-separated or repeated)." placeholder:"ID"`
	MaxSameIssues int      `help:"Show at most N findings of one rule, kind and subject; 0 shows all. The exit code still counts every finding." placeholder:"N" name:"max-same-issues" default:"0"`
	NewFromRev    string   `help:"Report only findings with a location in lines changed since this git revision (the whole site is still checked)." placeholder:"REV" name:"new-from-rev"`
	NewFromPatch  string   `help:"Report only findings with a location in lines this unified diff adds." placeholder:"FILE" name:"new-from-patch" type:"path"`
}

func (c checkCmd) Run(e *env) error {
	cfg, err := e.loadConfig(c.configPaths())
	if err != nil {
		return err
	}
	failOn := cfg.FailOn
	if c.FailOn != "" {
		failOn = c.FailOn
	}
	if err := applyEnable(cfg, c.Enable, c.Disable); err != nil {
		return err
	}
	threshold, err := failThreshold(failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	outputs, err := parseOutputs(c.Format, c.Output)
	if err != nil {
		return usageErr("%v", err)
	}
	changed, err := changedLines(c.NewFromRev, c.NewFromPatch)
	if err != nil {
		return usageErr("%v", err)
	}
	enabled := checker.Enabled(checks.All, cfg)
	wantFamilies := checker.Need(enabled, checker.NeedFamilies)
	ndOpt := checker.NearDupOptions(cfg)
	var perDoc func(*corpus.Document) any
	if wantFamilies {
		perDoc = func(d *corpus.Document) any { return checker.SignDocument(d, ndOpt) }
	}
	html := wantsHTML(outputs)
	var pages pageRecorder
	if html {
		// The html report shows the site's families whatever the checks
		// are, and links pages to their URLs.
		perDoc = func(d *corpus.Document) any {
			pages.record(d)
			return checker.SignForAlignment(d, ndOpt)
		}
	}
	a, err := e.analyze(c.inputFlags, cfg, docStage{claims: true, perDoc: perDoc})
	if err != nil {
		return err
	}
	// The checks that need no families run while the pages are clustered.
	checking := a.StartCheck(cfg, enabled)
	var families []checker.Family
	var groups []neardup.Group
	if wantFamilies || html {
		groups, _ = checker.Groups(a, ndOpt)
	}
	if wantFamilies {
		families = checker.FamiliesOf(groups)
	}
	nclaims := 0
	files := make([]string, len(a.Docs))
	for i, d := range a.Docs {
		nclaims += len(d.Claims)
		files[i] = d.File
	}
	findings, runErr := checking.Finish(families)
	if runErr != nil {
		fmt.Fprintln(e.stderr, "factlint:", runErr)
	}
	if changed != nil {
		findings = changed.Filter(findings)
	}
	res := &checker.Result{Findings: findings, Skipped: a.Skipped}
	if c.Baseline != "" {
		b, err := checker.ReadBaseline(c.Baseline)
		if err != nil {
			return usageErr("%v", err)
		}
		res.Findings, res.Stale = b.Filter(res.Findings)
	}
	if c.WriteBaseline != "" {
		if err := writeBaselineFile(c.WriteBaseline, findings); err != nil {
			return usageErr("%v", err)
		}
		fmt.Fprintf(e.stderr, "factlint: wrote %d findings to %s\n", len(findings), c.WriteBaseline)
	}
	res.Summary = checker.Summarize(res, len(a.Docs), nclaims)
	for _, ch := range enabled {
		res.Rules = append(res.Rules, ch.Info())
	}
	res.Rules = append(res.Rules, checker.SuppressionRules...)
	failed := false
	for _, f := range res.Findings {
		failed = failed || threshold != 0 && f.Severity >= threshold
	}
	if c.MaxSameIssues > 0 {
		var hidden int
		res.Findings, hidden = capSame(res.Findings, c.MaxSameIssues)
		if hidden > 0 {
			fmt.Fprintf(e.stderr, "factlint: %d more findings hidden by --max-same-issues %d\n", hidden, c.MaxSameIssues)
		}
	}
	ropt := report.Options{Color: e.color(), Quiet: c.Quiet, ToolVersion: version, Files: files}
	if html {
		ropt.Corpus = e.htmlCorpus(a, groups, cfg, &pages, ndOpt, c.Jobs)
	}
	for _, o := range outputs {
		ro := ropt
		if o.path != "-" {
			ro.Color = false
		}
		if err := withOutput(e, o.path, func(w io.Writer) error { return report.Write(o.format, w, res, ro) }); err != nil {
			return err
		}
	}
	if runErr != nil {
		return &exitError{code: exitUsage}
	}
	if c.WriteBaseline != "" {
		// The findings were just accepted; failing the run that records
		// them would break the set-up step of every CI adopting a baseline.
		return nil
	}
	if failed {
		return &exitError{code: exitFindings}
	}
	return nil
}

// applyEnable applies --enable and --disable over the config's checks
// section; an ID that names no check is a usage error with a suggestion.
func applyEnable(cfg *checker.Config, enable, disable []string) error {
	known := checker.IDs(checks.All)
	for _, set := range []struct {
		flag string
		ids  []string
		on   bool
	}{{"--enable", enable, true}, {"--disable", disable, false}} {
		for _, id := range set.ids {
			id = strings.TrimSpace(id)
			if !slices.Contains(known, id) {
				return usageErr("%s: unknown check %q (%s)", set.flag, id, checker.Suggest(id, known, "known: "+strings.Join(known, ", ")))
			}
			if cfg.Checks == nil {
				cfg.Checks = map[string]bool{}
			}
			cfg.Checks[id] = set.on
		}
	}
	for _, id := range enable {
		if slices.Contains(disable, id) {
			return usageErr("check %q is both enabled and disabled", id)
		}
	}
	return nil
}

// capSame keeps the first n findings (in report order) of each rule, kind
// and subject: a template error repeated on two hundred pages is one
// problem to read about.
func capSame(fs []checker.Finding, n int) (kept []checker.Finding, hidden int) {
	count := map[string]int{}
	for _, f := range fs {
		k := f.Rule + "\x00" + f.Kind + "\x00" + f.Subject
		count[k]++
		if count[k] > n {
			hidden++
			continue
		}
		kept = append(kept, f)
	}
	return kept, hidden
}

// failThreshold maps --fail-on to a severity; 0 means never fail.
func failThreshold(s string) (checker.Severity, error) {
	if s == "never" {
		return 0, nil
	}
	return checker.ParseSeverity(s)
}

type output struct{ format, path string }

// parseOutputs reads --format and the repeatable --output: "PATH" sends
// --format to PATH; "FORMAT=PATH" adds another report. A prefix before
// "=" that could be a format name (letters only) is taken as one, so a
// typo such as "sraif=x.sarif" is an error rather than a text report in a
// file named after the typo; a path with "=" in it can be given as
// "./a=b". At most one report goes to stdout ("-"), and no two to one file.
func parseOutputs(format string, outs []string) ([]output, error) {
	known := strings.Join(report.Formats(), ", ")
	if !report.Known(format) {
		return nil, fmt.Errorf("unknown --format %q (%s)", format, checker.Suggest(format, report.Formats(), "want one of "+known))
	}
	var res []output
	primary := false
	for _, o := range outs {
		if f, p, ok := strings.Cut(o, "="); ok && isFormatName(f) {
			if !report.Known(f) {
				return nil, fmt.Errorf("--output %q: unknown format %q (%s)", o, f, checker.Suggest(f, report.Formats(), "want one of "+known))
			}
			if p == "" {
				return nil, fmt.Errorf("--output %q: empty path (write %s=- for stdout)", o, f)
			}
			res = append(res, output{f, p})
			continue
		}
		if o == "" {
			return nil, fmt.Errorf("--output: empty path")
		}
		if primary {
			return nil, fmt.Errorf("--output %q: only one plain PATH is allowed; use FORMAT=PATH for more", o)
		}
		primary = true
		res = append(res, output{format, o})
	}
	if !primary {
		res = append([]output{{format, "-"}}, res...)
	}
	seen := map[string]string{}
	for _, o := range res {
		key := o.path
		if key != "-" {
			key = filepath.Clean(key)
		}
		if prev, dup := seen[key]; dup {
			if key == "-" {
				return nil, fmt.Errorf("--output: both %s and %s would go to stdout; give one of them a file", prev, o.format)
			}
			return nil, fmt.Errorf("--output: %s and %s both write %s", prev, o.format, o.path)
		}
		seen[key] = o.format
	}
	return res, nil
}

// isFormatName reports whether s has the shape of a format name, as
// opposed to a path that happens to contain "=".
func isFormatName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

func writeBaselineFile(path string, fs []checker.Finding) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := checker.WriteBaseline(f, fs); err != nil {
		f.Close()
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	return f.Close()
}
