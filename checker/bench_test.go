package checker_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/e2e"
	"github.com/factlint/factlint/internal/gencorpus/gen"
	"github.com/factlint/factlint/internal/prefilter"
)

// The benchmarks run over a generated corpus, written once per test binary
// into a temporary directory that TestMain removes:
//
//	go test ./checker -run '^$' -bench . -benchpages 10000
var benchPages = flag.Int("benchpages", 2000, "pages in the generated corpus the benchmarks run over")

var bench struct {
	once   sync.Once
	dir    string
	inputs []corpus.Input
	bytes  int64
	err    error
}

func TestMain(m *testing.M) {
	flag.Parse()
	// Every expression the checks' examples reach is checked too (not
	// under -bench: see VerifyUnlessBenchmarking).
	prefilter.VerifyUnlessBenchmarking()
	code := m.Run()
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchCorpus generates the corpus on first use and returns its inputs in
// the order corpus.Expand gives them, with their total size in bytes.
func benchCorpus(b *testing.B) ([]corpus.Input, int64) {
	b.Helper()
	bench.once.Do(func() {
		bench.dir, bench.err = os.MkdirTemp("", "factlint-bench-")
		if bench.err != nil {
			return
		}
		if _, bench.err = gen.Generate(gen.Options{N: *benchPages, Seed: 1, Out: bench.dir}); bench.err != nil {
			return
		}
		bench.inputs, bench.err = corpus.Expand([]string{bench.dir}, corpus.DefaultOptions())
		for _, in := range bench.inputs {
			fi, err := os.Stat(in.Path)
			if err != nil {
				bench.err = err
				return
			}
			bench.bytes += fi.Size()
		}
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.inputs, bench.bytes
}

func reportRates(b *testing.B, pages int, size int64) {
	b.SetBytes(size) // one op is one pass over the corpus; MB/s is HTML read
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// analyzeOptions is the per-document stage as `factlint check` configures
// it with the default config: the extractor and near-duplicate signatures.
func analyzeOptions(jobs int) checker.AnalyzeOptions {
	ndOpt := checker.NearDupOptions(checker.DefaultConfig())
	return checker.AnalyzeOptions{
		Jobs:      jobs,
		Corpus:    corpus.DefaultOptions(),
		Extractor: claims.NewExtractor(claims.Options{}),
		PerDoc:    func(d *corpus.Document) any { return checker.SignDocument(d, ndOpt) },
	}
}

// BenchmarkAnalyze is the per-document stage: load, parse, extract claims
// and sign every page, on GOMAXPROCS workers.
func BenchmarkAnalyze(b *testing.B) {
	inputs, size := benchCorpus(b)
	opt := analyzeOptions(0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := checker.Analyze(inputs, opt)
		if len(a.Skipped) > 0 {
			b.Fatalf("skipped %s: %s", a.Skipped[0].File, a.Skipped[0].Reason)
		}
	}
	reportRates(b, len(inputs), size)
}

// BenchmarkAnalyzeJobs1 is BenchmarkAnalyze on one worker: per-core speed.
func BenchmarkAnalyzeJobs1(b *testing.B) {
	inputs, size := benchCorpus(b)
	opt := analyzeOptions(1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		checker.Analyze(inputs, opt)
	}
	reportRates(b, len(inputs), size)
}

// BenchmarkFamilies is the corpus-wide stage alone: near-duplicate
// clustering of the signatures Analyze made (Analyze runs once, untimed).
// It runs on one core whatever the corpus, so at 10,000 generated pages it
// is as long as the per-page stage on two.
func BenchmarkFamilies(b *testing.B) {
	inputs, size := benchCorpus(b)
	a := checker.Analyze(inputs, analyzeOptions(0))
	ndOpt := checker.NearDupOptions(checker.DefaultConfig())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		checker.Families(a, ndOpt)
	}
	reportRates(b, len(inputs), size)
}

// BenchmarkChecks is the checks and suppressions alone, over the claims and
// families of the corpus (Analyze and clustering run once, untimed).
func BenchmarkChecks(b *testing.B) {
	inputs, size := benchCorpus(b)
	a := checker.Analyze(inputs, analyzeOptions(0))
	cfg := checker.DefaultConfig()
	fams := checker.Families(a, checker.NearDupOptions(cfg))
	enabled := checker.Enabled(checks.All, cfg)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := a.Check(cfg, enabled, fams); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, len(inputs), size)
}

// BenchmarkPipeline is everything `factlint check` does before writing the
// report: Analyze, clustering, the checks and suppressions.
func BenchmarkPipeline(b *testing.B) {
	inputs, size := benchCorpus(b)
	opt := analyzeOptions(0)
	cfg := checker.DefaultConfig()
	ndOpt := checker.NearDupOptions(cfg)
	enabled := checker.Enabled(checks.All, cfg)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := checker.Analyze(inputs, opt)
		fams := checker.Families(a, ndOpt)
		if _, err := a.Check(cfg, enabled, fams); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, len(inputs), size)
}

// BenchmarkFloor reads the same files and parses them with goquery
// (NewDocumentFromReader, Find("body").Text()), on GOMAXPROCS goroutines:
// the speed no HTML checker can beat.
func BenchmarkFloor(b *testing.B) {
	inputs, size := benchCorpus(b)
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		next := make(chan string)
		errs := make(chan error, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range next {
					data, err := os.ReadFile(p)
					if err == nil {
						_, err = e2e.FloorText(bytes.NewReader(data))
					}
					if err != nil {
						select {
						case errs <- fmt.Errorf("%s: %w", p, err):
						default:
						}
					}
				}
			}()
		}
		for _, in := range inputs {
			next <- in.Path
		}
		close(next)
		wg.Wait()
		select {
		case err := <-errs:
			b.Fatal(err)
		default:
		}
	}
	reportRates(b, len(inputs), size)
}
