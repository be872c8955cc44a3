package checker

import (
	"fmt"
	"slices"
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
func Run(docs []*DocClaims, families []Family, cfg *Config, checks []*Check) ([]Finding, error) {
	r := Start(docs, cfg, checks)
	return r.Finish(families)
}

// Running is a run of checks under way: those that need no families run
// from Start, the rest from Finish.
type Running struct {
	docs   []*DocClaims
	cfg    *Config
	checks []*Check
	found  [][]Finding
	failed []error
	wg     sync.WaitGroup
	shared shared
}

// Start starts the checks that need no near-duplicate families, each on
// its own goroutine, and returns at once: they read only the claims, so
// they run while the caller clusters the pages, on the cores clustering
// leaves idle (a third of the time at 100,000 pages). Finish runs the
// rest and joins the findings.
func Start(docs []*DocClaims, cfg *Config, checks []*Check) *Running {
	r := &Running{docs: docs, cfg: cfg, checks: checks, found: make([][]Finding, len(checks)), failed: make([]error, len(checks)), shared: shared{m: map[string]*sharedValue{}}}
	for i, c := range checks {
		if !needsFamilies(c) {
			r.run(i, nil)
		}
	}
	return r
}

func needsFamilies(c *Check) bool { return slices.Contains(c.Requires, NeedFamilies) }

// run runs check i on its own goroutine.
func (r *Running) run(i int, families []Family) {
	c := r.checks[i]
	r.wg.Go(func() {
		p := &Pass{Check: c, Docs: r.docs, Families: families, Config: r.cfg, shared: &r.shared}
		p.report = func(f Finding) { r.found[i] = append(r.found[i], f) }
		if err := c.Run(p); err != nil {
			r.failed[i] = fmt.Errorf("check %s: %w", c.ID, err)
		}
	})
}

// Finish runs the checks that need families, waits for every check, and
// returns the findings sorted by file, position and rule. They are joined
// in the order of the checks, so the stable sort sees what a run of one
// check after the other gave it, whichever finished first.
func (r *Running) Finish(families []Family) ([]Finding, error) {
	for i, c := range r.checks {
		if needsFamilies(c) {
			r.run(i, families)
		}
	}
	r.wg.Wait()
	var findings []Finding
	var errs []error
	for i := range r.checks {
		findings = append(findings, r.found[i]...)
		if r.failed[i] != nil {
			errs = append(errs, r.failed[i])
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
	return a.StartCheck(cfg, checks).Finish(families)
}

// StartCheck is Check in two halves: the checks that need no families
// start at once, and Finish, given the families, runs the rest, waits
// for all of them and applies the suppressions.
func (a *Analysis) StartCheck(cfg *Config, checks []*Check) *Checking {
	docs := make([]*DocClaims, len(a.Docs))
	var inline []Suppression
	for i, d := range a.Docs {
		docs[i] = &d.DocClaims
		inline = append(inline, d.Ignores...)
	}
	return &Checking{run: Start(docs, cfg, checks), inline: inline, cfg: cfg}
}

// Checking is a corpus-wide check under way (see StartCheck).
type Checking struct {
	run    *Running
	inline []Suppression
	cfg    *Config
}

// Finish completes the check with the near-duplicate families.
func (c *Checking) Finish(families []Family) ([]Finding, error) {
	fs, err := c.run.Finish(families)
	return ApplySuppressions(fs, c.inline, c.cfg), err
}
