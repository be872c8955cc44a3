package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
	"github.com/factlint/factlint/internal/gencorpus/gen"
)

// dupes reads its families on several workers; what it prints must not
// depend on how many, nor on which worker finishes first.
func TestDupesSameForAnyJobs(t *testing.T) {
	dir := t.TempDir()
	if _, err := gen.Generate(gen.Options{N: 120, Seed: 3, Out: dir}); err != nil {
		t.Fatal(err)
	}
	j1 := runCLI(t, "", "dupes", "--jobs", "1", "--format", "json", dir)
	j1.mustCode(t, exitClean, "dupes --jobs 1")
	if strings.Count(j1.stdout, `"canonical"`) < 3 {
		t.Fatalf("the generated corpus should make several families:\n%.2000s", j1.stdout)
	}
	for _, jobs := range []string{"2", "8"} {
		jn := runCLI(t, "", "dupes", "--jobs", jobs, "--format", "json", dir)
		if jn.stdout != j1.stdout || jn.code != j1.code {
			t.Errorf("dupes --jobs %s differs from --jobs 1", jobs)
		}
	}
	diff1 := runCLI(t, "", "dupes", "--jobs", "1", "--diff", "--no-color", dir)
	diff8 := runCLI(t, "", "dupes", "--jobs", "8", "--diff", "--no-color", dir)
	if diff1.stdout != diff8.stdout {
		t.Errorf("dupes --diff differs between --jobs 1 and --jobs 8")
	}
}

// A family page that cannot be read again is left out and named in a
// warning; the warnings come in the families' order whatever the workers.
func TestEachFamilyWarningsInOrder(t *testing.T) {
	dir := t.TempDir()
	groups := []neardup.Group{
		{Files: []string{filepath.Join(dir, "a-gone.md"), filepath.Join(dir, "b-gone.md")}},
		{Files: []string{filepath.Join(dir, "c-gone.md")}},
		{Files: []string{filepath.Join(dir, "d-gone.md"), filepath.Join(dir, "e-gone.md")}},
	}
	var stderr bytes.Buffer
	e := &env{stderr: &stderr}
	var mu sync.Mutex
	seen := map[int]int{}
	e.eachFamily(&checker.Analysis{}, groups, corpus.DefaultOptions(), neardup.DefaultOptions(), 3, func(i int, pages []neardup.Page, _ []neardup.Hunk) {
		mu.Lock()
		defer mu.Unlock()
		seen[i] = len(pages)
	})
	if len(seen) != len(groups) {
		t.Fatalf("f was called for groups %v, want all %d", seen, len(groups))
	}
	var order []string
	for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		for _, name := range []string{"a-gone", "b-gone", "c-gone", "d-gone", "e-gone"} {
			if strings.Contains(l, name) {
				order = append(order, name)
			}
		}
	}
	if got := strings.Join(order, " "); got != "a-gone b-gone c-gone d-gone e-gone" {
		t.Errorf("warnings name %q, want every missing page in the groups' order:\n%s", got, stderr.String())
	}
}
