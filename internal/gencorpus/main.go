package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/factlint/factlint/internal/gencorpus/gen"
)

func main() {
	var opt gen.Options
	flag.IntVar(&opt.N, "n", 1000, "number of pages to write")
	flag.Uint64Var(&opt.Seed, "seed", 1, "seed; the same seed and n give byte-identical output")
	flag.StringVar(&opt.Out, "out", "", "output directory (created if missing; must not already hold a corpus)")
	flag.IntVar(&opt.Workers, "workers", 0, "goroutines rendering and writing pages (0: GOMAXPROCS)")
	quiet := flag.Bool("q", false, "do not print the summary line")
	flag.Parse()
	if opt.Out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -n N -seed S -out DIR")
		flag.PrintDefaults()
		os.Exit(2)
	}
	start := time.Now()
	t, err := gen.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Fprintf(os.Stderr, "gencorpus: %d pages, %d families, %d contradictions in %s\n",
			len(t.Pages), len(t.Families), len(t.Contradictions), time.Since(start).Round(time.Millisecond))
	}
}
