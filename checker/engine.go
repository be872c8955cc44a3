package checker

import (
	"fmt"
	"sort"
	"sync"
)

// Enabled returns the checks the config leaves on, with severities applied.
func Enabled(all []*Check, cfg *Config) []*Check {
	var out []*Check
	for _, c := range all {
		if on, ok := cfg.Checks[c.ID]; ok && !on {
			continue
		}
		cc := *c
		if s, ok := cfg.Severity[c.ID]; ok {
			cc.Severity = s
		}
		out = append(out, &cc)
	}
	return out
}

// Run runs checks over the claims of a corpus and returns the findings
// sorted by file, position and rule. A check that fails is reported as an
// error but does not stop the others.
//
// The checks run at once, each on its own goroutine: they only read the
// claims, and one after the other they kept one core of two idle for the
// last tenth of a run. Their findings are joined in the order of checks,
// so the stable sort below sees what a sequential run gave it.
func Run(docs []*DocClaims, families []Family, cfg *Config, checks []*Check) ([]Finding, error) {
	found := make([][]Finding, len(checks))
	failed := make([]error, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Go(func() {
			p := &Pass{Check: c, Docs: docs, Families: families, Config: cfg}
			p.report = func(f Finding) { found[i] = append(found[i], f) }
			if err := c.Run(p); err != nil {
				failed[i] = fmt.Errorf("check %s: %w", c.ID, err)
			}
		})
	}
	wg.Wait()
	var findings []Finding
	var errs []error
	for i := range checks {
		findings = append(findings, found[i]...)
		if failed[i] != nil {
			errs = append(errs, failed[i])
		}
	}
	for i := range findings {
		if findings[i].Fingerprint == "" {
			findings[i].Fingerprint = Fingerprint(findings[i])
		}
	}
	SortFindings(findings)
	UniqueFingerprints(findings)
	if len(errs) > 0 {
		return findings, fmt.Errorf("%d checks failed: %v", len(errs), errs)
	}
	return findings, nil
}

// SortFindings orders findings by primary file, line, column, rule and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := primary(fs[i]), primary(fs[j])
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Message < fs[j].Message
	})
}

func primary(f Finding) Location {
	if len(f.Locations) == 0 {
		return Location{}
	}
	return f.Locations[0]
}

// Check is the corpus-wide half of `factlint check`: it runs checks over
// the analysed documents and applies their inline suppressions and the
// config's ignore rules. The findings are returned also when err reports
// a failed check.
func (a *Analysis) Check(cfg *Config, checks []*Check, families []Family) ([]Finding, error) {
	docs := make([]*DocClaims, len(a.Docs))
	var inline []Suppression
	for i, d := range a.Docs {
		docs[i] = &d.DocClaims
		inline = append(inline, d.Ignores...)
	}
	fs, err := Run(docs, families, cfg, checks)
	return ApplySuppressions(fs, inline, cfg), err
}
