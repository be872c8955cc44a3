package checks

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
)

// driftReports gathers template-drift's findings so that one drift stated
// twice on a copy is reported once: a city page whose table says "5 hours"
// where the other copies' say "6 hours", and whose prose says "our PHP …
// 5 hours a day" where theirs say 6, has one figure to change in two
// places. The table cell and the sentence are read under two keys (the
// provider's own voice, the page's general table), so the check meets
// them apart.
type driftReports struct {
	findings []checker.Finding
	// at indexes findings by the copy, the fact and the values compared.
	at map[driftKey]int
}

// driftKey is what makes two drifts one: the copy that departs, the fact
// (its kind, subject, population and track; not the voice or the source
// it is said in), the two values and the severity.
type driftKey struct {
	file, values string
	k            key
	severity     checker.Severity
}

func (d *driftReports) add(file string, k key, f checker.Finding) {
	k.scope, k.attribution = 0, ""
	dk := driftKey{file: file, k: k, severity: f.Severity, values: strings.Join(f.Values, "\x00")}
	if i, ok := d.at[dk]; ok {
		d.findings[i].Locations = appendRestated(d.findings[i].Locations, f.Locations)
		return
	}
	if d.at == nil {
		d.at = map[driftKey]int{}
	}
	d.at[dk] = len(d.findings)
	d.findings = append(d.findings, f)
}

// report hands the gathered findings to the pass in the order they were met.
func (d *driftReports) report(p *checker.Pass) {
	for _, f := range d.findings {
		p.Report(f)
	}
}

// appendRestated adds the locations of more that are not in have yet,
// marked as restatements of the sides have already quotes.
func appendRestated(have, more []checker.Location) []checker.Location {
	for _, l := range more {
		if slices.ContainsFunc(have, func(h checker.Location) bool { return h.File == l.File && h.Line == l.Line && h.Column == l.Column }) {
			continue
		}
		l.Restated = true
		have = append(have, l)
	}
	return have
}
