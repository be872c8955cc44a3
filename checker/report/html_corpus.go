package report

import (
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus/neardup"
)

// Corpus is what the html format shows beyond the Result: the pages with
// their claims (for the "what the site says" charts and for quoting each
// side of a finding in its sentence), the near-duplicate families with
// their aligned differences, and the run's settings. The CLI fills it only
// when an html report is asked for; without it the html report still
// shows the findings, quoting the words the Result carries.
type Corpus struct {
	Pages    []Page
	Families []Family
	Run      RunInfo
}

// Page is one loaded page.
type Page struct {
	File string
	// URL is the live address of the page when known (crawled, canonical,
	// og:url, or base_url plus the page's path); findings link to it.
	URL    string
	Title  string
	Claims []claims.Claim
}

// Family is a near-duplicate family with its differences.
type Family struct {
	Canonical  string
	Files      []string
	Tier       string
	Similarity float64
	// Hunks are neardup.ClassifyFamily's, sorted by file and position.
	Hunks []neardup.Hunk
	// Sentences holds each page's sentences by file, so that a hunk can be
	// shown in the sentence it changes; pages that could not be read
	// again are missing and their hunks are shown without context.
	Sentences map[string][]neardup.Sentence

	view *familyView // set by Prepare
}

// Prepare works out now what the report will show of the family and
// drops its sentences and hunks: a run over many families then holds the
// few sentence pairs each shows, not every page's sentences until the
// report is written (at 100,000 generated pages those kept the collector
// busy for a fifth of the run). Safe to call for different families at
// once.
func (f *Family) Prepare() {
	v := familyViewOf(f)
	f.view = &v
	f.Sentences, f.Hunks = nil, nil
}

// RunInfo describes the run for the report's summary.
type RunInfo struct {
	// ConfigFile is the config's path, empty for the built-in default.
	ConfigFile string
	// Reference are the reference facts in force; ReferencePack says where
	// they come from ("built-in", "built-in and 2 from the config", …).
	Reference     []checker.ReferenceFact
	ReferencePack string
	// Tolerance is the config's, used to judge which values agree.
	Tolerance checker.Tolerance
	BaseURL   string
	// Date is when the report was made; the CLI takes SOURCE_DATE_EPOCH
	// when set so that reports can be reproduced byte for byte.
	Date time.Time
}
