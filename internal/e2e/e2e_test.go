package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
	"github.com/factlint/factlint/internal/gencorpus/gen"
)

const (
	corpusSize = 300
	// plantsSize is the corpus the findings must equal the plants on.
	plantsSize = 3000
	corpusSeed = 1
)

// run is one pass of the pipeline `factlint check` runs with the default
// configuration (see cmd/factlint/check.go and pipeline.go).
type run struct {
	analysis *checker.Analysis
	families []checker.Family
	findings []checker.Finding
}

func pipeline(t *testing.T, dir string, jobs int) *run {
	t.Helper()
	cfg := checker.DefaultConfig()
	copt := corpus.DefaultOptions()
	copt.MaxSize = cfg.MaxFileSize
	inputs, err := corpus.Expand([]string{dir}, copt)
	if err != nil {
		t.Fatal(err)
	}
	enabled := checker.Enabled(checks.All, cfg)
	ndOpt := checker.NearDupOptions(cfg)
	a := checker.Analyze(inputs, checker.AnalyzeOptions{
		Jobs:      jobs,
		Corpus:    copt,
		Extractor: claims.NewExtractor(claims.Options{}),
		PerDoc:    func(d *corpus.Document) any { return checker.SignDocument(d, ndOpt) },
		Sites:     generatedSites(t, dir),
	})
	for _, s := range a.Skipped {
		t.Errorf("skipped %s: %s", s.File, s.Reason)
	}
	fams := checker.Families(a, ndOpt)
	fs, err := a.Check(cfg, enabled, fams)
	if err != nil {
		t.Errorf("check: %v", err)
	}
	return &run{analysis: a, families: fams, findings: fs}
}

// generatedSites maps each top-level folder of the generated corpus
// (site-000, …) to a site of its own, as a sites: config would: the
// generator's folder names are not host names.
func generatedSites(t *testing.T, dir string) *checker.Sites {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := checker.DefaultConfig()
	for _, e := range entries {
		if e.IsDir() {
			cfg.Sites = append(cfg.Sites, checker.SiteRule{Path: e.Name(), Site: e.Name()})
		}
	}
	return checker.NewSites(cfg, []string{dir})
}

// TestGenerated generates a corpus, runs the pipeline with 1 and 4
// workers, and checks the planted contradictions and families against
// truth.json.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks a corpus of pages; skipped with -short")
	}
	dir := t.TempDir()
	truth, err := gen.Generate(gen.Options{N: corpusSize, Seed: corpusSeed, Out: dir})
	if err != nil {
		t.Fatal(err)
	}
	one := pipeline(t, dir, 1)
	four := pipeline(t, dir, 4)
	t.Run("Deterministic", func(t *testing.T) { checkDeterministic(t, one, four) })
	t.Run("Contradictions", func(t *testing.T) { checkContradictions(t, dir, truth, four) })
	t.Run("Families", func(t *testing.T) { checkFamilies(t, dir, truth, four) })
}

// TestGeneratedPlants checks at 3,000 pages that the findings are exactly
// the planted contradictions, rule by rule: every plant reported by each
// rule that should report it, and no other finding.
func TestGeneratedPlants(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks 3,000 pages; skipped with -short")
	}
	dir := t.TempDir()
	truth, err := gen.Generate(gen.Options{N: plantsSize, Seed: corpusSeed, Out: dir})
	if err != nil {
		t.Fatal(err)
	}
	checkContradictions(t, dir, truth, pipeline(t, dir, 0))
}

type fileLine struct {
	file string
	line int
}

func (fl fileLine) String() string { return fmt.Sprintf("%s:%d", fl.file, fl.line) }

func rel(t *testing.T, dir, p string) string {
	t.Helper()
	r, err := filepath.Rel(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

// checkContradictions checks that every planted contradiction is
// reported by each rule truth.json says should report it: a finding with
// that rule, kind and subject, with at least one location at one of the
// planted file:line sides; and that no other finding is reported.
func checkContradictions(t *testing.T, dir string, truth *gen.Truth, r *run) {
	if len(truth.Contradictions) == 0 {
		t.Fatal("truth.json plants no contradictions")
	}
	matched := make([]bool, len(r.findings))
	for ci, c := range truth.Contradictions {
		planted := map[fileLine]bool{}
		for i := range c.Files {
			planted[fileLine{c.Files[i], c.Lines[i]}] = true
		}
		for _, rule := range c.Rules {
			found := false
			for fi, f := range r.findings {
				if f.Rule != rule || f.Kind != c.Kind || f.Subject != c.Subject {
					continue
				}
				for _, l := range f.Locations {
					if planted[fileLine{rel(t, dir, l.File), l.Line}] {
						found, matched[fi] = true, true
						break
					}
				}
			}
			if !found {
				t.Errorf("contradiction %d (%s, %s/%s) not reported by %s\n  planted: %s\n  why: %s\n%s",
					ci, c.Rule, c.Kind, c.Subject, rule, describeSides(c), c.Why,
					diagnose(t, dir, r, c, rule))
			}
		}
	}
	byRule := map[string][2]int{}
	for fi, f := range r.findings {
		n := byRule[f.Rule]
		n[0]++
		if matched[fi] {
			n[1]++
		}
		byRule[f.Rule] = n
	}
	rules := make([]string, 0, len(byRule))
	for k := range byRule {
		rules = append(rules, k)
	}
	sort.Strings(rules)
	for _, k := range rules {
		t.Logf("%-16s %3d findings, %3d match a planted contradiction, %3d others", k, byRule[k][0], byRule[k][1], byRule[k][0]-byRule[k][1])
	}
	// The findings are exactly the plants: a finding that reports none is
	// a false one (the generator's traps — "for an evening", clock-timed
	// groups, job hours — must stay silent).
	for fi, f := range r.findings {
		if !matched[fi] {
			var locs []string
			for _, l := range f.Locations {
				locs = append(locs, fmt.Sprintf("%s:%d", rel(t, dir, l.File), l.Line))
			}
			t.Errorf("finding reports no planted contradiction: %s %s/%s at %s: %s", f.Rule, f.Kind, f.Subject, strings.Join(locs, ", "), f.Message)
		}
	}
}

func describeSides(c gen.Contradiction) string {
	var parts []string
	for i := range c.Files {
		parts = append(parts, fmt.Sprintf("%s:%d %q", c.Files[i], c.Lines[i], c.Texts[i]))
	}
	return strings.Join(parts, " | ")
}

// diagnose says what the pipeline made of a missed plant: the claims
// extracted on the planted lines and the findings of that rule that touch
// the planted files.
func diagnose(t *testing.T, dir string, r *run, c gen.Contradiction, rule string) string {
	var b strings.Builder
	files := map[string]bool{}
	lines := map[fileLine]bool{}
	for i := range c.Files {
		files[c.Files[i]] = true
		lines[fileLine{c.Files[i], c.Lines[i]}] = true
	}
	for _, d := range r.analysis.Docs {
		f := rel(t, dir, d.File)
		if !files[f] {
			continue
		}
		for _, cl := range d.Claims {
			if lines[fileLine{f, cl.Pos.Line}] {
				fmt.Fprintf(&b, "  claim at %s:%d: kind=%s subject=%s scope=%v %s text=%q\n",
					f, cl.Pos.Line, cl.Kind, cl.Subject, cl.Scope, claimValue(cl), cl.Text)
			}
		}
	}
	for _, f := range r.findings {
		if f.Rule != rule {
			continue
		}
		for _, l := range f.Locations {
			if files[rel(t, dir, l.File)] {
				fmt.Fprintf(&b, "  %s finding on a planted file: %s/%s %s\n", f.Rule, f.Kind, f.Subject, f.Message)
				break
			}
		}
	}
	if b.Len() == 0 {
		b.WriteString("  no claims on the planted lines and no findings of that rule on the planted files\n")
	}
	return b.String()
}

func claimValue(c claims.Claim) string {
	if c.Value != nil {
		return fmt.Sprintf("value=%v", *c.Value)
	}
	f := func(p *float64) string {
		if p == nil {
			return "_"
		}
		return fmt.Sprintf("%g", *p)
	}
	return fmt.Sprintf("range=%s..%s %s", f(c.Min), f(c.Max), c.Unit)
}

// checkFamilies checks that each planted family lands in one
// near-duplicate group and that no group joins two planted families.
// Groups that add pages outside the planted families, and groups made
// only of such pages, are logged as statistics.
func checkFamilies(t *testing.T, dir string, truth *gen.Truth, r *run) {
	famOf := map[string]int{}
	for fi, f := range truth.Families {
		for _, p := range f.Files {
			famOf[p] = fi
		}
	}
	groupOf := map[string]int{}
	for gi, g := range r.families {
		for _, p := range g.Files {
			groupOf[rel(t, dir, p)] = gi
		}
	}
	for fi, f := range truth.Families {
		groups := map[int][]string{}
		for _, p := range f.Files {
			gi, ok := groupOf[p]
			if !ok {
				gi = -1
			}
			groups[gi] = append(groups[gi], p)
		}
		if len(groups) != 1 || groups[-1] != nil {
			t.Errorf("planted family %d (%s, canonical %s) is split: %v", fi, f.Template, f.Canonical, groups)
		}
	}
	extraPages, extraGroups := 0, 0
	for gi, g := range r.families {
		fams := map[int]bool{}
		var outside []string
		for _, p := range g.Files {
			p = rel(t, dir, p)
			if fi, ok := famOf[p]; ok {
				fams[fi] = true
			} else {
				outside = append(outside, p)
			}
		}
		if len(fams) > 1 {
			var names []string
			for _, fi := range keys(fams) {
				names = append(names, fmt.Sprintf("%d (%s, canonical %s)", fi, truth.Families[fi].Template, truth.Families[fi].Canonical))
			}
			t.Errorf("group %d (%d pages, canonical %s) merges %d planted families:\n  %s",
				gi, len(g.Files), rel(t, dir, g.Canonical), len(fams), strings.Join(names, "\n  "))
		}
		switch {
		case len(fams) == 0:
			extraGroups++
			t.Logf("group %d holds no planted family: %d pages, canonical %s", gi, len(g.Files), rel(t, dir, g.Canonical))
		case len(outside) > 0:
			extraPages += len(outside)
			t.Logf("group %d adds %d pages outside planted families (first: %s)", gi, len(outside), outside[0])
		}
	}
	t.Logf("%d planted families, %d groups found, %d groups without a planted family, %d pages added to planted families",
		len(truth.Families), len(r.families), extraGroups, extraPages)
	if t.Failed() {
		logSimilarities(t, dir, truth, r)
	}
}

// logSimilarities shows, per planted family, the least similarity between
// two of its members and the greatest similarity of a member to a page
// outside it: a clustering threshold between the two separates them.
func logSimilarities(t *testing.T, dir string, truth *gen.Truth, r *run) {
	sigs := map[string]neardup.Signature{}
	for _, d := range r.analysis.Docs {
		if s, ok := d.Extra.(checker.Signed); ok {
			sigs[rel(t, dir, d.File)] = s.Sig
		}
	}
	lowIn, highOut := 1.0, 0.0
	for fi, f := range truth.Families {
		in := map[string]bool{}
		for _, p := range f.Files {
			in[p] = true
		}
		minIn, maxOut := 1.0, 0.0
		for _, a := range f.Files {
			for b, sb := range sigs {
				if a == b {
					continue
				}
				s := neardup.Similarity(sigs[a], sb)
				if in[b] {
					minIn = min(minIn, s)
				} else {
					maxOut = max(maxOut, s)
				}
			}
		}
		lowIn, highOut = min(lowIn, minIn), max(highOut, maxOut)
		t.Logf("family %2d %-22s %d pages: least similarity inside %.3f, greatest to a page outside %.3f", fi, f.Template, len(f.Files), minIn, maxOut)
	}
	t.Logf("all families: least inside %.3f, greatest outside %.3f; template threshold %.3f",
		lowIn, highOut, checker.NearDupOptions(checker.DefaultConfig()).TemplateThreshold)
}

func keys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// checkDeterministic checks that the findings do not depend on the
// number of workers: their JSON encodings must be identical.
func checkDeterministic(t *testing.T, one, four *run) {
	enc := func(r *run) []byte {
		data, err := json.MarshalIndent(r.findings, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	a, b := enc(one), enc(four)
	if bytes.Equal(a, b) {
		t.Logf("%d findings, identical with Jobs 1 and Jobs 4", len(one.findings))
		return
	}
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			t.Fatalf("findings differ between Jobs 1 and Jobs 4 at JSON line %d:\n  jobs 1: %s\n  jobs 4: %s", i+1, la[i], lb[i])
		}
	}
	t.Fatalf("findings differ between Jobs 1 (%d JSON lines) and Jobs 4 (%d)", len(la), len(lb))
}
