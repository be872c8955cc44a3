package checker

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// analyzeFixture writes n small pages, each stating an IOP schedule, and
// returns them as inputs in path order.
func analyzeFixture(t *testing.T, n int) []corpus.Input {
	t.Helper()
	return analyzeFixtureIn(t, t.TempDir(), n)
}

// analyzeFixtureIn writes the pages into host-named folders of dir, as a
// crawler saves them.
func analyzeFixtureIn(t *testing.T, dir string, n int) []corpus.Input {
	t.Helper()
	var in []corpus.Input
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("site%d-example.org", i%3), fmt.Sprintf("page-%02d.html", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		html := fmt.Sprintf("<html><head><title>IOP %d</title></head><body><main><h1>Intensive Outpatient Program</h1>"+
			"<p>Our IOP meets %d days a week for 3 hours a day, about %d hours per week.</p>"+
			"<p>Most clients stay %d weeks.</p></main></body></html>\n", i, 3+i%3, 9+i%7, 8+i%5)
		if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
		in = append(in, corpus.Input{Path: p})
	}
	return in
}

func TestAnalyzeIndependentOfJobs(t *testing.T) {
	dir := t.TempDir()
	in := analyzeFixtureIn(t, dir, 24)
	sites := NewSites(DefaultConfig(), []string{dir})
	one := Analyze(in, AnalyzeOptions{Jobs: 1, Sites: sites})
	for _, jobs := range []int{2, 5, 0} {
		got := Analyze(in, AnalyzeOptions{Jobs: jobs, Sites: sites})
		if !reflect.DeepEqual(one, got) {
			t.Errorf("Jobs %d gives a different analysis than Jobs 1", jobs)
		}
	}
	if len(one.Docs) != len(in) {
		t.Fatalf("%d docs for %d inputs", len(one.Docs), len(in))
	}
	claims := 0
	for i, d := range one.Docs {
		if d.File != in[i].Path {
			t.Errorf("doc %d is %s, want input order (%s)", i, d.File, in[i].Path)
		}
		if want := filepath.Base(filepath.Dir(in[i].Path)); d.Site != want {
			t.Errorf("doc %d site %q, want its host-named folder %q", i, d.Site, want)
		}
		claims += len(d.Claims)
	}
	if claims == 0 {
		t.Error("no claims extracted from pages that state schedules")
	}
}

func TestAnalyzeSkipsUnreadable(t *testing.T) {
	in := analyzeFixture(t, 4)
	missing := filepath.Join(t.TempDir(), "gone.html")
	in = append(in[:2], append([]corpus.Input{{Path: missing}}, in[2:]...)...)
	a := Analyze(in, AnalyzeOptions{Jobs: 2})
	if len(a.Docs) != 4 {
		t.Errorf("%d docs, want the 4 readable pages", len(a.Docs))
	}
	if len(a.Skipped) != 1 || a.Skipped[0].File != missing || a.Skipped[0].Reason == "" {
		t.Errorf("skipped = %+v, want %s with a reason", a.Skipped, missing)
	}
}

func TestAnalyzePerDocAndProgress(t *testing.T) {
	in := analyzeFixture(t, 9)
	var calls atomic.Int64
	last := 0
	a := Analyze(in, AnalyzeOptions{
		Jobs:     3,
		PerDoc:   func(d *corpus.Document) any { calls.Add(1); return len(d.Blocks) },
		Progress: func(done, total int) { last = max(last, done); _ = total },
	})
	if calls.Load() != int64(len(in)) {
		t.Errorf("PerDoc ran %d times for %d pages", calls.Load(), len(in))
	}
	for _, d := range a.Docs {
		if n, ok := d.Extra.(int); !ok || n == 0 {
			t.Errorf("%s: Extra = %v, want PerDoc's block count", d.File, d.Extra)
		}
	}
	if last != len(in) {
		t.Errorf("Progress reached %d, want %d", last, len(in))
	}
}

// NoClaims runs PerDoc on every page and extracts nothing: the pages of
// the fixture all state claims, which a normal run finds.
func TestAnalyzeNoClaims(t *testing.T) {
	in := analyzeFixture(t, 6)
	if a := Analyze(in, AnalyzeOptions{Jobs: 2}); len(a.Docs) != len(in) || len(a.Docs[0].Claims) == 0 {
		t.Fatalf("the fixture should give claims on %d pages: %d pages, %d claims on the first", len(in), len(a.Docs), len(a.Docs[0].Claims))
	}
	a := Analyze(in, AnalyzeOptions{Jobs: 2, NoClaims: true, PerDoc: func(d *corpus.Document) any { return d.ID }})
	if len(a.Docs) != len(in) {
		t.Fatalf("%d pages analysed, want %d", len(a.Docs), len(in))
	}
	for i, d := range a.Docs {
		if len(d.Claims) != 0 || d.Namings != nil || d.Rankings != nil {
			t.Errorf("%s: %d claims, namings %v, inversions %v; want none with NoClaims", d.File, len(d.Claims), d.Namings, d.Rankings)
		}
		if d.Extra != in[i].Path || d.File != in[i].Path {
			t.Errorf("page %d: File %q, Extra %v; want PerDoc's result for %s", i, d.File, d.Extra, in[i].Path)
		}
	}
}

// A page saved under a host-named folder reads as the same page fetched
// from that host: the site's own name in it speaks for the provider, and
// a canonical address the page names itself still wins.
func TestAnalyzeHostFolderAddress(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) corpus.Input {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return corpus.Input{Path: p}
	}
	page := "Questions\n\nTamsin Brook offers a residential program that lasts 45 days.\n"
	in := []corpus.Input{
		write("tamsinbrook.org/faq.txt", page),
		write("notahost/faq.txt", page),
		write("odellhouse.org/faq.txt", "SOURCE: https://www.odellhouse.org/faq/\n\n"+page),
	}
	opt := AnalyzeOptions{Jobs: 1, Sites: NewSites(DefaultConfig(), []string{dir}), Extractor: claims.NewExtractor(claims.Options{})}
	a := Analyze(in, opt)
	want := []claims.Scope{claims.Provider, claims.General, claims.General}
	for i, d := range a.Docs {
		if len(d.Claims) != 1 || d.Claims[0].Scope != want[i] {
			t.Errorf("%s: claims %+v, want one of scope %s", d.File, d.Claims, want[i])
		}
	}
}
