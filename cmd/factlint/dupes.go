package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
	"github.com/olekukonko/tablewriter"
)

type dupesCmd struct {
	inputFlags
	Format string `help:"Output format: table or json." default:"table" enum:"table,json"`
	Output string `help:"Write to this file instead of stdout." placeholder:"PATH" short:"o"`
	Diff   bool   `help:"Show a word diff of every variant against its family's canonical page."`
}

type dupesGroup struct {
	Files         []string       `json:"files"`
	Canonical     string         `json:"canonical"`
	Tier          string         `json:"tier"`
	Similarity    float64        `json:"similarity"`
	MinSimilarity float64        `json:"min_similarity"`
	MaxSimilarity float64        `json:"max_similarity"`
	Hunks         []neardup.Hunk `json:"hunks"`
}

func (c dupesCmd) Run(e *env) error {
	cfg, err := e.loadConfig(c.configPaths())
	if err != nil {
		return err
	}
	opt := checker.NearDupOptions(cfg)
	// Families need signatures only; the hunks are read from the pages
	// again, family by family.
	a, err := e.analyze(c.inputFlags, cfg, docStage{perDoc: func(d *corpus.Document) any { return checker.SignForAlignment(d, opt) }})
	if err != nil {
		return err
	}
	groups, tooShort := checker.Groups(a, opt)
	out := make([]dupesGroup, len(groups))
	e.eachFamily(a, groups, corpusOptions(cfg), opt, c.Jobs, func(i int, _ []neardup.Page, hunks []neardup.Hunk) {
		if hunks == nil {
			hunks = []neardup.Hunk{} // "hunks": [], not null
		}
		g := groups[i]
		out[i] = dupesGroup{Files: g.Files, Canonical: g.Canonical, Tier: g.Tier, Similarity: round(g.Similarity),
			MinSimilarity: round(g.MinSimilarity), MaxSimilarity: round(g.MaxSimilarity), Hunks: hunks}
	})
	if len(tooShort) > 0 && c.Format != "json" {
		fmt.Fprintf(e.stderr, "factlint: %d pages too short to compare (under %d words)\n", len(tooShort), opt.MinWords)
	}
	return withOutput(e, c.Output, func(w io.Writer) error {
		if c.Format == "json" {
			return writeJSONArrays(w,
				jsonArray{"groups", len(out), func(i int) any { return out[i] }},
				jsonArray{"too_short", len(tooShort), func(i int) any { return tooShort[i] }})
		}
		return writeDupesTable(w, out, c.Diff, e.color() && c.Output == "")
	})
}

func writeDupesTable(w io.Writer, groups []dupesGroup, diff, color bool) error {
	t := tablewriter.NewWriter(w)
	t.Header("Family", "Size", "Tier", "Similarity", "Canonical", "Facts differ")
	for i, g := range groups {
		facts := 0
		for _, h := range g.Hunks {
			if h.Class == "fact" {
				facts++
			}
		}
		sim := fmt.Sprintf("%.2f–%.2f", g.MinSimilarity, g.MaxSimilarity)
		if err := t.Append([]string{fmt.Sprint(i + 1), fmt.Sprint(len(g.Files)), g.Tier, sim, g.Canonical, fmt.Sprint(facts)}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d near-duplicate families\n", len(groups))
	if !diff {
		return nil
	}
	for i, g := range groups {
		fmt.Fprintf(w, "\nFamily %d (%s, canonical %s)\n", i+1, g.Tier, g.Canonical)
		writeVariantDiffs(w, g, color)
	}
	return nil
}

// writeVariantDiffs lists, for each variant, the facts it states
// differently first (the differences a reader must check), then how many
// slot, spin and structure differences it has, each with the words around
// it.
func writeVariantDiffs(w io.Writer, g dupesGroup, color bool) {
	byFile := map[string][]neardup.Hunk{}
	for _, h := range g.Hunks {
		byFile[h.File] = append(byFile[h.File], h)
	}
	for _, f := range g.Files {
		if f == g.Canonical {
			continue
		}
		hs := byFile[f]
		count := map[string]int{}
		for _, h := range hs {
			count[h.Class]++
		}
		fmt.Fprintf(w, "  %s: %d fact, %d slot, %d spin, %d structure differences\n", f,
			count[neardup.ClassFact], count[neardup.ClassSlot], count[neardup.ClassSpin], count[neardup.ClassStructure])
		for _, class := range []string{neardup.ClassFact, neardup.ClassSlot, neardup.ClassSpin, neardup.ClassStructure} {
			for _, h := range hs {
				if h.Class != class {
					continue
				}
				line := fmt.Sprintf("    %s:%d:%d  %-9s %s", h.File, h.Line, h.Column, h.Class, inContext(h))
				if color && class == neardup.ClassFact {
					line = "\033[1;31m" + line + "\033[0m"
				}
				fmt.Fprintln(w, line)
			}
		}
	}
}

// inContext shows a change between the words around it:
// "… attend [15 → 9] hours per week …".
func inContext(h neardup.Hunk) string {
	change := quoteOr(h.A) + " → " + quoteOr(h.B)
	if h.Before == "" && h.After == "" {
		return change
	}
	var b strings.Builder
	if h.Before != "" {
		b.WriteString("…" + h.Before + " ")
	}
	b.WriteString("[" + change + "]")
	if h.After != "" {
		b.WriteString(" " + h.After + "…")
	}
	return b.String()
}

func quoteOr(s string) string {
	if strings.TrimSpace(s) == "" {
		return "∅"
	}
	return fmt.Sprintf("%q", s)
}

func round(v float64) float64 { return float64(int(v*1000+0.5)) / 1000 }
