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
	Format string   `help:"Output format: table or json." default:"table" enum:"table,json"`
	Paths  []string `arg:"" sep:"none" optional:"" help:"Show the severities under the config that applies to these paths (default: the current directory's)." placeholder:"PATH"`
}

func allRules() []checker.RuleInfo {
	var out []checker.RuleInfo
	for _, c := range checks.All {
		out = append(out, c.Info())
	}
	return append(out, checker.SuppressionRules...)
}

// effective is a rule's severity under cfg, and whether cfg leaves it on.
func effective(ri checker.RuleInfo, cfg *checker.Config) (checker.Severity, bool) {
	sev := ri.Severity
	if s, ok := cfg.Severity[ri.ID]; ok {
		sev = s
	}
	on, set := cfg.Checks[ri.ID]
	return sev, !set || on
}

func (r rulesCmd) Run(e *env) error {
	path, _ := e.configFile(r.Paths)
	cfg, err := loadConfigFile(path)
	if err != nil {
		return err
	}
	rules := allRules()
	if r.Format == "json" {
		type row struct {
			ID              string `json:"id"`
			Title           string `json:"title"`
			Severity        string `json:"severity"`
			DefaultSeverity string `json:"default_severity"`
			Enabled         bool   `json:"enabled"`
		}
		var rows []row
		for _, ri := range rules {
			sev, on := effective(ri, cfg)
			rows = append(rows, row{ri.ID, ri.Title, sev.String(), ri.Severity.String(), on})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	t := tablewriter.NewWriter(e.stdout)
	t.Header("ID", "Severity", "Default", "Title")
	for _, ri := range rules {
		sev, on := effective(ri, cfg)
		shown := sev.String()
		if !on {
			shown = "off"
		}
		if err := t.Append([]string{ri.ID, shown, ri.Severity.String(), ri.Title}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if path != "" {
		fmt.Fprintf(e.stdout, "Severities as set by %s.\n", path)
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
