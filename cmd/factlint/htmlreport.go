package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

// pageInfo is what the html report keeps of a document beyond its claims.
type pageInfo struct{ url, title string }

// pageRecorder collects each document's URL and title inside the
// per-document stage, where the document still exists.
type pageRecorder struct {
	mu    sync.Mutex
	pages map[string]pageInfo
}

func (r *pageRecorder) record(d *corpus.Document) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pages == nil {
		r.pages = map[string]pageInfo{}
	}
	r.pages[d.ID] = pageInfo{url: d.URL, title: d.Title}
}

func wantsHTML(outputs []output) bool {
	return slices.ContainsFunc(outputs, func(o output) bool { return o.format == "html" })
}

// htmlCorpus gathers what the html report shows beyond the Result: pages
// with their claims and live URLs, the near-duplicate families with
// their aligned differences, and the run's settings.
func (e *env) htmlCorpus(a *checker.Analysis, groups []neardup.Group, cfg *checker.Config, rec *pageRecorder, ndOpt neardup.Options, jobs int) *report.Corpus {
	c := &report.Corpus{Run: report.RunInfo{
		ConfigFile:    shortPath(cfg.Path),
		Reference:     cfg.ReferenceFacts(),
		ReferencePack: referencePack(cfg),
		Tolerance:     cfg.Tolerance,
		BaseURL:       cfg.BaseURL,
		Date:          e.reportDate(),
	}}
	// (A local page's address, from its host folder or base_url, is
	// the one analysis read it at: checker.Sites.Address.)
	for _, d := range a.Docs {
		info := rec.pages[d.File]
		c.Pages = append(c.Pages, report.Page{File: d.File, URL: info.url, Title: info.title, Claims: d.Claims})
	}
	c.Families = make([]report.Family, len(groups))
	e.eachFamily(a, groups, corpusOptions(cfg), ndOpt, jobs, func(i int, pages []neardup.Page, hunks []neardup.Hunk) {
		g := groups[i]
		f := report.Family{Canonical: g.Canonical, Files: g.Files, Tier: g.Tier, Similarity: g.Similarity,
			Sentences: map[string][]neardup.Sentence{}, Hunks: hunks}
		for _, p := range pages {
			f.Sentences[p.ID] = p.Sentences
		}
		f.Prepare()
		c.Families[i] = f
	})
	return c
}

// shortPath shows path relative to the working directory when it is
// inside it: the report is read on another machine, where the absolute
// path means nothing.
func shortPath(path string) string {
	if path == "" {
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(rel)
	}
	return path
}

// reportDate is now, or SOURCE_DATE_EPOCH when set, so that a report can
// be rebuilt byte for byte (reproducible-builds.org's convention).
func (e *env) reportDate() time.Time {
	if s := e.getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(sec, 0).UTC()
		}
		fmt.Fprintf(e.stderr, "factlint: warning: SOURCE_DATE_EPOCH %q is not a number of seconds; using the current time\n", s)
	}
	return time.Now().UTC()
}

// referencePack says where the reference facts in force come from.
func referencePack(cfg *checker.Config) string {
	n := len(cfg.Reference.Facts)
	facts := fmt.Sprintf("%d facts", n)
	if n == 1 {
		facts = "1 fact"
	}
	switch {
	case cfg.Reference.Replace:
		return fmt.Sprintf("%s from %s (the built-in pack is replaced)", facts, shortPath(cfg.Path))
	case n > 0:
		return fmt.Sprintf("built-in (ASAM Criteria, Medicare), with %s from %s", facts, shortPath(cfg.Path))
	}
	return "built-in (ASAM Criteria, Medicare)"
}
