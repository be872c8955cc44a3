package neardup

import (
	"flag"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var benchSizes = flag.String("neardup.sizes", "10000,100000", "comma-separated corpus sizes for BenchmarkSignAndCluster")

var benchCorpora = map[int][]corpusPage{}

// BenchmarkSignAndCluster signs a generated corpus in parallel workers, as
// the CLI does, then clusters it. Pages are ~600 words; families of 2–10
// and singletons are about half the pages each.
func BenchmarkSignAndCluster(b *testing.B) {
	var prev struct {
		n   int
		per time.Duration
	}
	for _, f := range strings.Split(*benchSizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			b.Fatalf("bad -neardup.sizes: %v", err)
		}
		pages := benchCorpora[n]
		if pages == nil {
			pages = genCorpus(n, 600, 42)
			benchCorpora[n] = pages
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			opt := DefaultOptions()
			var groups []Group
			start := time.Now()
			for b.Loop() {
				sigs := signAll(pages, opt)
				groups, _ = Cluster(sigs, opt)
			}
			per := time.Since(start) / time.Duration(b.N)
			b.ReportMetric(float64(n)/per.Seconds(), "pages/s")
			b.ReportMetric(float64(len(groups)), "groups")
			if prev.n > 0 {
				b.Logf("%d→%d pages: time ×%.1f for size ×%.1f", prev.n, n,
					float64(per)/float64(prev.per), float64(n)/float64(prev.n))
			}
			prev.n, prev.per = n, per
		})
	}
}

func signAll(pages []corpusPage, opt Options) []Signature {
	sigs := make([]Signature, len(pages))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(pages); i += workers {
				sigs[i] = Sign(pages[i].id, pages[i].text, opt)
			}
		})
	}
	wg.Wait()
	return sigs
}

func BenchmarkSign(b *testing.B) {
	pages := genCorpus(100, 600, 1)
	opt := DefaultOptions()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Sign(pages[i%len(pages)].id, pages[i%len(pages)].text, opt)
		i++
	}
}

// BenchmarkJudge judges each page of a generated corpus against the next
// 19, as a clustering worker does: one scratch for all pairs.
func BenchmarkJudge(b *testing.B) {
	pages := genCorpus(2000, 600, 42)
	opt := DefaultOptions()
	sigs := signAll(pages, opt)
	var s orderScratch
	for b.Loop() {
		for i := range sigs {
			for j := i + 1; j < min(len(sigs), i+20); j++ {
				opt.judgeWith(sigs[i], sigs[j], &s)
			}
		}
	}
}
