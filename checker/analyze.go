package checker

import (
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// AnalyzeOptions configures the per-document stage.
type AnalyzeOptions struct {
	// Jobs is the number of documents processed at once (default GOMAXPROCS).
	Jobs      int
	Corpus    corpus.Options
	Extractor *claims.Extractor
	// PerDoc, when set, runs on every loaded document inside the worker
	// (for example to compute a near-duplicate signature) before the
	// document is dropped. Its result is stored in DocResult.Extra.
	PerDoc func(doc *corpus.Document) any
	// NoClaims skips claim extraction, for a run that needs only what
	// PerDoc returns (factlint dupes): extraction is most of the
	// per-document stage, and the claims kept until the end are most of
	// what stays in memory.
	NoClaims bool
	// Progress, when set, is called after each document with the count done.
	Progress func(done, total int)
	// Boilerplate says how often a block must recur on a site's pages to
	// be site-wide boilerplate, whose claims are dropped (zero: defaults).
	Boilerplate corpus.BoilerplateOptions
	// Sites decides each page's site (nil: the whole run is one site).
	Sites *Sites
}

// DocResult is what the per-document stage keeps of one document.
type DocResult struct {
	DocClaims
	Ignores []Suppression
	// Extra is what AnalyzeOptions.PerDoc returned.
	Extra any

	// hashes are the page's block hashes, kept until the site-wide
	// boilerplate is known.
	hashes corpus.PageHashes
}

// Analysis is the outcome of the per-document stage over a corpus.
type Analysis struct {
	// Docs are in input order, loaded documents only.
	Docs    []*DocResult
	Skipped []Skipped
}

// Analyze loads, parses and extracts every input on a pool of workers.
// Parsed trees never outlive their worker iteration, so memory holds claims
// and whatever PerDoc returns, not documents. The result does not depend
// on Jobs: outputs are stored by input index.
func Analyze(inputs []corpus.Input, opt AnalyzeOptions) *Analysis {
	opt = opt.withDefaults()
	results := make([]*DocResult, len(inputs))
	skips := make([]*Skipped, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < opt.Jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], skips[i] = analyzeOne(inputs[i], opt)
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(inputs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	a := &Analysis{}
	for i := range inputs {
		if results[i] != nil {
			a.Docs = append(a.Docs, results[i])
		}
		if skips[i] != nil {
			a.Skipped = append(a.Skipped, *skips[i])
		}
	}
	dropBoilerplate(a.Docs, opt.Boilerplate)
	return a
}

// dropBoilerplate removes the claims of blocks that recur on many pages of
// their site outside each page's own content (a pop-up, a call-to-action
// band, the same FAQ on every page): they say nothing about the page they
// sit on. The same blocks leave the pages' near-duplicate units, so that a
// site's header and footer do not make its short pages one family. Only block hashes are needed, so this runs after the documents
// are gone.
func dropBoilerplate(docs []*DocResult, opt corpus.BoilerplateOptions) {
	idx := corpus.NewBoilerplateIndex(opt)
	for _, d := range docs {
		idx.Add(d.Site, d.hashes)
	}
	for _, d := range docs {
		drop := idx.Boilerplate(d.Site, d.hashes)
		hashes := d.hashes.Hashes
		d.hashes = corpus.PageHashes{}
		if s, ok := d.Extra.(Signed); ok {
			// Signing reads the page's blocks one a line, so a line is
			// a block: the site's chrome leaves the near-duplicate units.
			var chrome func(int) bool
			if len(drop) > 0 {
				chrome = func(line int) bool { return line < len(hashes) && drop[hashes[line]] }
			}
			s.Sig.DropLines(chrome)
			d.Extra = s
		}
		if len(drop) == 0 {
			continue
		}
		kept := d.Claims[:0]
		for _, c := range d.Claims {
			if !drop[c.BlockHash] {
				kept = append(kept, c)
			}
		}
		d.Claims = kept
	}
}

// withDefaults fills in what the zero options leave to the run: a worker
// per CPU and the default extractor.
func (opt AnalyzeOptions) withDefaults() AnalyzeOptions {
	if opt.Jobs <= 0 {
		opt.Jobs = runtime.GOMAXPROCS(0)
	}
	if opt.Extractor == nil && !opt.NoClaims {
		opt.Extractor = claims.NewExtractor(claims.Options{})
	}
	return opt
}

func analyzeOne(in corpus.Input, opt AnalyzeOptions) (res *DocResult, skip *Skipped) {
	defer func() {
		// A bug in one page's handling must not take the run down: the page
		// is reported as skipped with the reason.
		if r := recover(); r != nil {
			res, skip = nil, &Skipped{File: in.Path, Reason: "internal error: " + strings.TrimSpace(toString(r))}
		}
	}()
	doc, err := corpus.Load(in, opt.Corpus)
	if err != nil {
		var se *corpus.SkipError
		if errors.As(err, &se) {
			return nil, &Skipped{File: se.File, Reason: se.Reason}
		}
		return nil, &Skipped{File: in.Path, Reason: err.Error()}
	}
	if doc.URL == "" {
		doc.URL = opt.Sites.Address(doc.ID)
	}
	site := opt.Sites.Of(doc.ID, doc.URL)
	if opt.NoClaims {
		// The block hashes tell the site's chrome, which leaves the
		// near-duplicate units too (dropBoilerplate).
		res = &DocResult{DocClaims: DocClaims{File: doc.ID, Site: site}, Ignores: suppressionsOf(doc), hashes: doc.PageHashes()}
		if opt.PerDoc != nil {
			res.Extra = opt.PerDoc(doc)
		}
		return res, nil
	}
	r := opt.Extractor.Read(doc)
	if !slices.ContainsFunc(r.Namings, claims.Naming.Mismatched) {
		// Only a page with a slip needs its names kept, to point at the
		// right spelling; the rest would hold memory on large corpora.
		r.Namings = nil
	}
	// Comparisons of two levels are kept: an inverted one is a finding,
	// and one in the right order is what the finding quotes against it,
	// on the page or on a near-duplicate twin. Superlatives that meet no
	// inversion of the page's are dropped.
	var inv []claims.Ranking
	for _, rk := range r.Rankings {
		if rk.Below != claims.NoSubject {
			inv = append(inv, rk)
		}
	}
	if slices.ContainsFunc(inv, claims.Ranking.Inverted) {
		for _, rk := range r.Rankings {
			if rk.Below == claims.NoSubject && slices.ContainsFunc(inv, rk.Contradicts) {
				inv = append(inv, rk)
			}
		}
	}
	res = &DocResult{
		DocClaims: DocClaims{File: doc.ID, Site: site, Claims: r.Claims, Namings: r.Namings, Rankings: inv, SharedSchedule: r.SharedSchedule, SharedPrograms: r.SharedPrograms, Offered: r.Offered, TitleTrack: r.TitleTrack, Address: pageAddress(doc.URL)},
		Ignores:   suppressionsOf(doc),
		hashes:    doc.PageHashes(),
	}
	if opt.PerDoc != nil {
		res.Extra = opt.PerDoc(doc)
	}
	return res, nil
}

func toString(v any) string {
	if e, ok := v.(error); ok {
		return e.Error()
	}
	if s, ok := v.(string); ok {
		return s
	}
	return "panic"
}
