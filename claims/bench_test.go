package claims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/gencorpus/gen"
)

// benchPages are parsed pages of a small generated corpus: an IOP program
// page (schedules, hours, lengths, detox) and a blog article from a
// template family.
var benchPages struct {
	once sync.Once
	docs map[string]*corpus.Document
	err  error
}

func benchDoc(b *testing.B, name string) *corpus.Document {
	b.Helper()
	benchPages.once.Do(func() {
		dir, err := os.MkdirTemp("", "factlint-claims-bench-")
		if err != nil {
			benchPages.err = err
			return
		}
		defer os.RemoveAll(dir)
		t, err := gen.Generate(gen.Options{N: 40, Seed: 1, Out: dir})
		if err != nil {
			benchPages.err = err
			return
		}
		benchPages.docs = map[string]*corpus.Document{}
		pick := map[string]string{}
		for _, p := range t.Pages {
			switch {
			case pick["iop"] == "" && filepath.Base(p) == "iop.html":
				pick["iop"] = p
			case pick["blog"] == "" && filepath.Base(filepath.Dir(p)) == "blog":
				pick["blog"] = p
			}
		}
		for name, p := range pick {
			path := filepath.Join(dir, filepath.FromSlash(p))
			src, err := os.ReadFile(path)
			if err != nil {
				benchPages.err = err
				return
			}
			doc, err := corpus.Parse(p, src, corpus.DetectFormat(path, src), corpus.DefaultOptions())
			if err != nil {
				benchPages.err = err
				return
			}
			benchPages.docs[name] = doc
		}
	})
	if benchPages.err != nil {
		b.Fatal(benchPages.err)
	}
	doc := benchPages.docs[name]
	if doc == nil {
		b.Fatalf("the generated corpus has no %s page", name)
	}
	return doc
}

// BenchmarkExtract extracts claims from one parsed page; MB/s is over the
// page's block text, which is what extraction reads.
func BenchmarkExtract(b *testing.B) {
	x := claims.NewExtractor(claims.Options{})
	for _, name := range []string{"iop", "blog"} {
		b.Run(name, func(b *testing.B) {
			doc := benchDoc(b, name)
			size := 0
			for i := range doc.Blocks {
				size += len(doc.Blocks[i].Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			n := 0
			for i := 0; i < b.N; i++ {
				n = len(x.Extract(doc))
			}
			b.ReportMetric(float64(n), "claims/page")
		})
	}
}

// BenchmarkExtractLongBlock extracts a paragraph of 5,000 schedule lines
// joined by <br>: one block of thousands of sentences and mentions, which
// each sentence once read in full (its mentions, and the block's label
// for every figure). MB/s near the ordinary pages' says it is linear.
func BenchmarkExtractLongBlock(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><body><main><p>")
	for i := range 5000 {
		if i > 0 {
			sb.WriteString("<br>")
		}
		fmt.Fprintf(&sb, "Evening IOP group %d meets %d days a week", i, 3+i%3)
	}
	sb.WriteString("</p></main></body></html>")
	doc, err := corpus.Parse("long.html", []byte(sb.String()), corpus.FormatHTML, corpus.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for i := range doc.Blocks {
		size += len(doc.Blocks[i].Text)
	}
	x := claims.NewExtractor(claims.Options{})
	b.SetBytes(int64(size))
	n := 0
	for b.Loop() {
		n = len(x.Extract(doc))
	}
	b.ReportMetric(float64(n), "claims/page")
}

// BenchmarkExtractLongTable extracts a table of 3,000 rows, each naming
// a level of care with words of its own: every figure of a cell asks
// what the page's rows name, which once read every row of the page for
// every figure (6,000 such rows took 74 s; read once a table and once a
// page, 0.4 s).
func BenchmarkExtractLongTable(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Our programs\n| Program | Days |\n")
	for i := range 3000 {
		fmt.Fprintf(&sb, "| Dual Diagnosis IOP %d | Mon–Thu |\n", i%2)
	}
	doc, err := corpus.Parse("table.txt", []byte(sb.String()), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	x := claims.NewExtractor(claims.Options{})
	n := 0
	for b.Loop() {
		n = len(x.Extract(doc))
	}
	b.ReportMetric(float64(n), "claims/page")
}
