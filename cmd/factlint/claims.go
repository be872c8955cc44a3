package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
	"github.com/olekukonko/tablewriter"
)

type claimsCmd struct {
	inputFlags
	Format string `help:"Output format: table, json or csv." default:"table" enum:"table,json,csv"`
	Output string `help:"Write to this file instead of stdout." placeholder:"PATH" short:"o"`
}

func (c claimsCmd) Run(e *env) error {
	cfg, err := e.loadConfig(c.configPaths())
	if err != nil {
		return err
	}
	a, err := e.analyze(c.inputFlags, cfg, docStage{claims: true})
	if err != nil {
		return err
	}
	var all []*claims.Claim
	for _, d := range a.Docs {
		for i := range d.Claims {
			all = append(all, &d.Claims[i])
		}
	}
	return withOutput(e, c.Output, func(w io.Writer) error {
		switch c.Format {
		case "json":
			return writeJSONArrays(w, jsonArray{"claims", len(all), func(i int) any { return all[i].Record() }})
		case "csv":
			return writeClaimsCSV(w, all)
		}
		recs := make([]claims.Record, len(all))
		written := make([]string, len(all))
		for i, c := range all {
			recs[i], written[i] = c.Record(), checker.WrittenValue(c)
		}
		return writeClaimsTable(w, recs, written)
	})
}

// writeClaimsTable shows each value in the unit the page wrote it in
// (written[i] for recs[i]); JSON and CSV keep the canonical unit.
func writeClaimsTable(w io.Writer, recs []claims.Record, written []string) error {
	t := tablewriter.NewWriter(w)
	t.Header("Location", "Kind", "Subject", "Value", "Qualifier", "Modality", "Text")
	for i, r := range recs {
		v := written[i]
		if err := t.Append([]string{fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Column), string(r.Kind), r.Subject.String(), v, r.Qualifier, modality(r), r.Text}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d claims\n", len(recs))
	return err
}

// modality names what sets a claim apart from a plain assertion about the
// program as a whole ("negated", "existential", "ASAM", "adolescent",
// "evening"); a plain typical assertion shows nothing.
func modality(r claims.Record) string {
	var parts []string
	if r.Polarity == claims.Negated {
		parts = append(parts, "negated")
	}
	if r.Force != 0 && r.Force != claims.Typical {
		parts = append(parts, r.Force.String())
	}
	for _, s := range []string{r.Attribution, r.Population, r.Variant, r.Statistic} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// writeClaimsCSV writes a row a claim, each flattened as it is written:
// the rows of a large corpus are never all in memory at once.
func writeClaimsCSV(w io.Writer, all []*claims.Claim) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"file", "line", "column", "kind", "subject", "min", "max", "unit", "qualifier", "value", "text", "scope", "sentence",
		"polarity", "force", "attribution", "population", "variant", "statistic"})
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	for _, c := range all {
		r := c.Record()
		v := ""
		if r.Value != nil {
			v = strconv.FormatBool(*r.Value)
		}
		_ = cw.Write([]string{r.File, strconv.Itoa(r.Line), strconv.Itoa(r.Column), string(r.Kind), r.Subject.String(), f(r.Min), f(r.Max), r.Unit, r.Qualifier, v, r.Text, r.Scope.String(), r.Sentence,
			r.Polarity.String(), r.Force.String(), r.Attribution, r.Population, r.Variant, r.Statistic})
	}
	cw.Flush()
	return cw.Error()
}
