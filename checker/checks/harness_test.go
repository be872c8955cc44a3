package checks_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/corpus"
	"golang.org/x/tools/txtar"
)

// Each check has a folder testdata/<check-id>/ of txtar mini-corpora. Every
// section is a page; expectations are HTML comments on the line where a
// finding's primary location lands:
//
//	<p>IOPs meet 1 hour a week.</p> <!-- want within-page "1 hour" -->
//
// or, for plain-text pages, lines in a "want" section:
//
//	page.txt:3 within-page "1 hour"
//
// The quoted text must occur in the finding's message; "… at N places"
// after it also asks for that many locations, and a severity last ("…
// info") for that severity. A want is met by one
// finding (several wants may ask for one finding's parts). The harness fails on findings nobody wanted (a problem
// reported twice among them) and on wants no finding matched, and runs the same
// engine as the CLI (load from disk, extract, cluster, check). Archives in
// testdata/all run every check at once, for what one check leaves to
// another (one finding per problem).
func TestChecks(t *testing.T) {
	all, _ := filepath.Glob(filepath.Join("testdata", "all", "*.txtar"))
	for _, f := range all {
		t.Run("all/"+strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			runArchive(t, checks.All, f)
		})
	}
	for _, c := range checks.All {
		dir := filepath.Join("testdata", c.ID)
		files, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
		if len(files) == 0 {
			t.Errorf("check %s has no testdata in %s", c.ID, dir)
			continue
		}
		for _, f := range files {
			t.Run(c.ID+"/"+strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
				runArchive(t, []*checker.Check{c}, f)
			})
		}
	}
}

type want struct {
	file   string
	line   int
	rule   string
	text   string
	places int // 0: any number of locations
	// severity, when the want names one ("… info"), must be the
	// finding's.
	severity string
	matched  bool
}

var wantComment = regexp.MustCompile(`<!--\s*want\s+(\S+)\s+"([^"]*)"(?:\s+at\s+(\d+)\s+places)?(?:\s+(error|warning|info))?\s*-->`)
var wantLine = regexp.MustCompile(`^(\S+):(\d+)\s+(\S+)\s+"([^"]*)"(?:\s+at\s+(\d+)\s+places)?(?:\s+(error|warning|info))?$`)

func runArchive(t *testing.T, cs []*checker.Check, path string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	var wants []*want
	for _, f := range ar.Files {
		if f.Name == "want" {
			for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
					continue
				}
				m := wantLine.FindStringSubmatch(l)
				if m == nil {
					t.Fatalf("bad want line %q", l)
				}
				n, _ := strconv.Atoi(m[2])
				places, _ := strconv.Atoi(m[5])
				wants = append(wants, &want{file: m[1], line: n, rule: m[3], text: m[4], places: places, severity: m[6]})
			}
			continue
		}
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(f.Data), "\n") {
			for _, m := range wantComment.FindAllStringSubmatch(l, -1) {
				places, _ := strconv.Atoi(m[3])
				wants = append(wants, &want{file: f.Name, line: i + 1, rule: m[1], text: m[2], places: places, severity: m[4]})
			}
		}
	}
	findings := runCorpus(t, root, cs)
	// Two different findings never share a fingerprint.
	seen := map[string]string{}
	for _, f := range findings {
		if prev, dup := seen[f.Fingerprint]; dup {
			t.Errorf("fingerprint %s shared by %q and %q", f.Fingerprint, prev, f.Message)
		}
		seen[f.Fingerprint] = f.Message
	}
	var unexpected []string
	for _, f := range findings {
		loc := f.Locations[0]
		rel, _ := filepath.Rel(root, loc.File)
		rel = filepath.ToSlash(rel)
		ok := false
		// (A want matches one finding: the same problem reported twice
		// is a finding nobody wanted.)
		for _, w := range wants {
			if !w.matched && w.file == rel && w.line == loc.Line && w.rule == f.Rule && strings.Contains(f.Message, w.text) && (w.places == 0 || w.places == len(f.Locations)) &&
				(w.severity == "" || w.severity == f.Severity.String()) {
				w.matched, ok = true, true
			}
		}
		if !ok {
			unexpected = append(unexpected, fmt.Sprintf("%s:%d: unexpected %s finding: %s", rel, loc.Line, f.Rule, f.Message))
		}
	}
	sort.Strings(unexpected)
	for _, u := range unexpected {
		t.Error(u)
	}
	for _, w := range wants {
		if !w.matched {
			t.Errorf("%s:%d: no %s finding with %q", w.file, w.line, w.rule, w.text)
		}
	}
}

func runCorpus(t *testing.T, root string, cs []*checker.Check) []checker.Finding {
	t.Helper()
	cfg := checker.DefaultConfig()
	if data, err := os.ReadFile(filepath.Join(root, ".factlint.yaml")); err == nil && len(data) > 0 {
		var err error
		if cfg, err = checker.LoadConfig(filepath.Join(root, ".factlint.yaml"), checks.All); err != nil {
			t.Fatal(err)
		}
	}
	opt := corpus.DefaultOptions()
	inputs, err := corpus.Expand([]string{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	nd := checker.NearDupOptions(cfg)
	a := checker.Analyze(inputs, checker.AnalyzeOptions{Corpus: opt, Sites: checker.NewSites(cfg, []string{root}),
		PerDoc: func(d *corpus.Document) any { return checker.SignDocument(d, nd) }})
	for _, s := range a.Skipped {
		t.Fatalf("skipped %s: %s", s.File, s.Reason)
	}
	fs, err := a.Check(cfg, checker.Enabled(cs, cfg), checker.Families(a, nd))
	if err != nil {
		t.Fatal(err)
	}
	return fs
}
