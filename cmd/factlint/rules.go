package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/olekukonko/tablewriter"
)

type rulesCmd struct {
	Format string `help:"Output format: table or json." default:"table" enum:"table,json"`
}

func init() {
	// The config loader validates check IDs against this list.
	checker.KnownChecks = nil
	for _, r := range allRules() {
		checker.KnownChecks = append(checker.KnownChecks, r.ID)
	}
}

func allRules() []checker.RuleInfo {
	var out []checker.RuleInfo
	for _, c := range checks.All {
		out = append(out, c.Info())
	}
	return append(out, checker.SuppressionRules...)
}

func (r rulesCmd) Run(e *env) error {
	rules := allRules()
	if r.Format == "json" {
		type row struct {
			ID       string `json:"id"`
			Title    string `json:"title"`
			Severity string `json:"severity"`
		}
		var rows []row
		for _, ri := range rules {
			rows = append(rows, row{ri.ID, ri.Title, ri.Severity.String()})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	t := tablewriter.NewWriter(e.stdout)
	t.Header("ID", "Default severity", "Title")
	for _, ri := range rules {
		if err := t.Append([]string{ri.ID, ri.Severity.String(), ri.Title}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "Run `factlint explain ID` for a rule's documentation.")
	return nil
}

type explainCmd struct {
	ID string `arg:"" help:"The rule ID, as listed by factlint rules."`
}

func (x explainCmd) Run(e *env) error {
	var ids []string
	for _, ri := range allRules() {
		if ri.ID == x.ID {
			fmt.Fprintf(e.stdout, "%s (default severity: %s)\n%s\n\n%s\n", ri.ID, ri.Severity, ri.Title, ri.Doc)
			return nil
		}
		ids = append(ids, ri.ID)
	}
	return usageErr("unknown rule %q (known: %s)", x.ID, strings.Join(ids, ", "))
}
