package checker

import (
	"sort"
	"sync"

	"github.com/factlint/factlint/corpus"
)

// AnalyzeStream is Analyze for inputs that are found while the run goes
// on, such as the pages of a crawl: each input is loaded, extracted and
// dropped as it arrives, so a crawl of any size holds claims, not pages,
// and a full channel makes the producer wait. It returns when inputs is
// closed and drained. Docs and Skipped are sorted by file, since arrival
// order depends on timing.
func AnalyzeStream(inputs <-chan corpus.Input, opt AnalyzeOptions) *Analysis {
	opt = opt.withDefaults()
	a := &Analysis{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range opt.Jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range inputs {
				res, skip := analyzeOne(in, opt)
				mu.Lock()
				if res != nil {
					a.Docs = append(a.Docs, res)
				}
				if skip != nil {
					a.Skipped = append(a.Skipped, *skip)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.SliceStable(a.Docs, func(i, j int) bool { return a.Docs[i].File < a.Docs[j].File })
	sort.SliceStable(a.Skipped, func(i, j int) bool { return a.Skipped[i].File < a.Skipped[j].File })
	dropBoilerplate(a.Docs, opt.Boilerplate)
	return a
}
