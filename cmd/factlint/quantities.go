package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

type quantitiesCmd struct {
	File   string `arg:"" optional:"" default:"-" help:"A file to read, or - for stdin." placeholder:"FILE"`
	Format string `help:"Output format: text or json (one object per line)." default:"text" enum:"text,json"`
}

type quantityRow struct {
	Text      string   `json:"text"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
	Unit      string   `json:"unit"`
	Per       string   `json:"per"`
	Qualifier string   `json:"qualifier"`
}

func (q quantitiesCmd) Run(e *env) error {
	cfg, err := e.loadConfig([]string{q.File})
	if err != nil {
		return err
	}
	opt := corpusOptions(cfg)
	opt.Stdin = e.stdin
	// A grammar debugging aid reads the file it is given, excluded or not.
	opt.Include, opt.Exclude = nil, nil
	in := corpus.Input{Path: q.File, Stdin: q.File == "-"}
	if !in.Stdin {
		ins, err := corpus.Expand([]string{q.File}, opt)
		if err != nil {
			return usageErr("%v", err)
		}
		if len(ins) != 1 {
			return usageErr("quantities reads one file; %s names %d", q.File, len(ins))
		}
		in = ins[0]
	}
	doc, err := corpus.Load(in, opt)
	if err != nil {
		return usageErr("%v", err)
	}
	enc := json.NewEncoder(e.stdout)
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		for _, s := range b.Sentences {
			for _, qt := range quantity.Parse(b.Text[s.Start:s.End]) {
				pos := doc.Position(b.SourceOffset(s.Start + qt.Start))
				row := rowOf(qt, pos)
				if q.Format == "json" {
					if err := enc.Encode(row); err != nil {
						return err
					}
					continue
				}
				printQuantity(e.stdout, doc.ID, row)
			}
		}
	}
	return nil
}

func rowOf(q quantity.Quantity, pos corpus.Position) quantityRow {
	r := quantityRow{Text: q.Text, Line: pos.Line, Column: pos.Column, Unit: string(q.Unit), Per: string(q.Per), Qualifier: string(q.Qualifier)}
	if q.HasMin {
		v := q.Min
		r.Min = &v
	}
	if q.HasMax {
		v := q.Max
		r.Max = &v
	}
	return r
}

func printQuantity(w io.Writer, file string, r quantityRow) {
	f := func(p *float64) string {
		if p == nil {
			return "_"
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	unit := r.Unit
	if r.Per != "" {
		unit += "/" + r.Per
	}
	fmt.Fprintf(w, "%s:%d:%d\t%s..%s %s\t%s\t%q\n", file, r.Line, r.Column, f(r.Min), f(r.Max), unit, r.Qualifier, r.Text)
}
