package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/corpus"
)

type checkCmd struct {
	inputFlags
	Format        string   `help:"Output format: text, json, sarif, github, junit, markdown or csv." default:"text" short:"f"`
	Output        []string `help:"Write a report to a file instead of stdout: PATH for --format, or FORMAT=PATH (repeatable) for several formats at once." placeholder:"[FORMAT=]PATH" short:"o"`
	FailOn        string   `help:"Lowest severity that makes the exit code 1: error, warning, info or never (default: the config's fail_on, else error)." placeholder:"LEVEL" name:"fail-on"`
	Quiet         bool     `help:"Print only findings, no summary." short:"q"`
	Baseline      string   `help:"Report only findings not recorded in this baseline file, and list baseline entries that no longer occur." placeholder:"FILE" type:"path"`
	WriteBaseline string   `help:"Record the current findings in this baseline file." placeholder:"FILE" name:"write-baseline" type:"path"`
}

func (c checkCmd) Run(e *env) error {
	cfg, err := e.loadConfig()
	if err != nil {
		return err
	}
	failOn := cfg.FailOn
	if c.FailOn != "" {
		failOn = c.FailOn
	}
	threshold, err := failThreshold(failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	outputs, err := parseOutputs(c.Format, c.Output)
	if err != nil {
		return usageErr("%v", err)
	}
	enabled := checker.Enabled(checks.All, cfg)
	wantFamilies := false
	for _, ch := range enabled {
		wantFamilies = wantFamilies || ch.ID == checks.TemplateDrift.ID
	}
	ndOpt := checker.NearDupOptions(cfg)
	var perDoc func(*corpus.Document) any
	if wantFamilies {
		perDoc = func(d *corpus.Document) any { return checker.SignDocument(d, ndOpt) }
	}
	a, err := e.analyze(c.inputFlags, cfg, perDoc)
	if err != nil {
		return err
	}
	var families []checker.Family
	if wantFamilies {
		families = checker.Families(a, ndOpt)
	}
	nclaims := 0
	files := make([]string, len(a.Docs))
	for i, d := range a.Docs {
		nclaims += len(d.Claims)
		files[i] = d.File
	}
	findings, runErr := a.Check(cfg, enabled, families)
	if runErr != nil {
		fmt.Fprintln(e.stderr, "factlint:", runErr)
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
	ropt := report.Options{Color: e.color(), Quiet: c.Quiet, ToolVersion: version, Files: files}
	for _, o := range outputs {
		ro := ropt
		if o.path != "" {
			ro.Color = false
		}
		if err := withOutput(e, o.path, func(w io.Writer) error { return report.Write(o.format, w, res, ro) }); err != nil {
			return err
		}
	}
	if runErr != nil {
		return &exitError{code: exitUsage}
	}
	for _, f := range res.Findings {
		if threshold != 0 && f.Severity >= threshold {
			return &exitError{code: exitFindings}
		}
	}
	return nil
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
// --format to PATH; "FORMAT=PATH" adds another report.
func parseOutputs(format string, outs []string) ([]output, error) {
	if !report.Known(format) {
		return nil, fmt.Errorf("unknown --format %q (want one of %s)", format, strings.Join(report.Formats(), ", "))
	}
	var res []output
	primary := false
	for _, o := range outs {
		if f, p, ok := strings.Cut(o, "="); ok && report.Known(f) {
			res = append(res, output{f, p})
			continue
		}
		if primary {
			return nil, fmt.Errorf("--output %q: only one plain PATH is allowed; use FORMAT=PATH for more", o)
		}
		primary = true
		res = append(res, output{format, o})
	}
	if !primary {
		res = append([]output{{format, ""}}, res...)
	}
	return res, nil
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
