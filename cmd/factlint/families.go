package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

// eachFamily reads every group's pages again and aligns them (documents
// were dropped after signing), calling f with the pages and their
// differences. Groups are read on jobs workers (GOMAXPROCS when 0), so f
// runs concurrently for different groups and must only store what it is
// given under i: done one group after another, this left a core idle for
// half of `factlint dupes` at 100,000 pages. Only one group's pages per
// worker are held at a time. A page that cannot be read is left out and
// reported, in the groups' order, once all are read.
func (e *env) eachFamily(a *checker.Analysis, groups []neardup.Group, copt corpus.Options, opt neardup.Options, jobs int,
	f func(i int, pages []neardup.Page, hunks []neardup.Hunk)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	stored := checker.StoredPages(a)
	warnings := make([][]error, len(groups))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(jobs, len(groups)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(groups) {
					return
				}
				pages, errs := familyPages(stored, groups[i], copt)
				warnings[i] = errs
				f(i, pages, neardup.ClassifyFamily(pages, groups[i].Canonical, opt))
			}
		})
	}
	wg.Wait()
	for _, errs := range warnings {
		for _, err := range errs {
			fmt.Fprintf(e.stderr, "factlint: warning: %v\n", err)
		}
	}
}

// familyPages reads a family's pages again, taking those that cannot be
// read again (standard input, fetched pages) from stored. A page that
// cannot be read is left out, with its error.
func familyPages(stored map[string]neardup.Page, g neardup.Group, copt corpus.Options) (pages []neardup.Page, errs []error) {
	for _, f := range g.Files {
		if p, ok := stored[f]; ok {
			pages = append(pages, p)
			continue
		}
		if !checker.Rereadable(f) {
			continue
		}
		doc, err := corpus.Load(corpus.Input{Path: f}, copt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pages = append(pages, checker.Page(doc))
	}
	return pages, errs
}
