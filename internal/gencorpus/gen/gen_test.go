package gen

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func generate(t *testing.T, n int, seed uint64, workers int) (string, *Truth) {
	t.Helper()
	dir := t.TempDir()
	tr, err := Generate(Options{N: n, Seed: seed, Out: dir, Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	return dir, tr
}

// treeHash hashes every file name and content under dir in sorted order.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(filepath.ToSlash(rel) + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestDeterministic(t *testing.T) {
	a, _ := generate(t, 300, 7, 1)
	b, _ := generate(t, 300, 7, 5)
	if ha, hb := treeHash(t, a), treeHash(t, b); ha != hb {
		t.Fatalf("same seed and n gave different trees: %s vs %s", ha, hb)
	}
	c, _ := generate(t, 300, 8, 0)
	if treeHash(t, a) == treeHash(t, c) {
		t.Fatal("different seeds gave the same tree")
	}
}

func TestTruthFileMatchesReturn(t *testing.T) {
	dir, tr := generate(t, 120, 3, 0)
	b, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got Truth
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.N != 120 || got.Seed != 3 || len(got.Pages) != 120 || len(got.Contradictions) != len(tr.Contradictions) {
		t.Fatalf("truth.json disagrees with Generate's result: n=%d seed=%d pages=%d", got.N, got.Seed, len(got.Pages))
	}
}

func TestTruthLines(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		dir, tr := generate(t, 600, seed, 0)
		for _, c := range tr.Contradictions {
			if len(c.Files) != len(c.Lines) || len(c.Files) != len(c.Texts) || len(c.Files) < 2 {
				t.Fatalf("sides not parallel: %+v", c)
			}
			for i, f := range c.Files {
				lines := readLines(t, filepath.Join(dir, f))
				l := c.Lines[i]
				if l < 1 || l > len(lines) || !strings.Contains(lines[l-1], c.Texts[i]) {
					t.Errorf("%s %s: %q is not on line %d", c.Rule, f, c.Texts[i], l)
					continue
				}
				if art := lineOf(lines, "<article"); l <= art || l >= lineOf(lines, "</article>") {
					t.Errorf("%s %s:%d is outside the article", c.Rule, f, l)
				}
			}
		}
	}
}

func TestSizes(t *testing.T) {
	dir, tr := generate(t, 2000, 11, 0)
	for _, p := range tr.Pages {
		st, err := os.Stat(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		if st.Size() < 4<<10 || st.Size() > 12<<10 {
			t.Errorf("%s is %d bytes, want 4-12 KB", p, st.Size())
		}
	}
}

func TestPlantsAndFamilies(t *testing.T) {
	dir, tr := generate(t, 200, 1, 0)
	if len(tr.Contradictions) < 3 {
		t.Fatalf("%d contradictions at n=200, want at least 3", len(tr.Contradictions))
	}
	rules := map[string]bool{}
	for _, c := range tr.Contradictions {
		rules[c.Rule] = true
		if c.Rules[0] != c.Rule {
			t.Errorf("rules %v do not start with rule %s", c.Rules, c.Rule)
		}
	}
	for _, r := range []string{"within-page", "template-drift", "schedule-math"} {
		if !rules[r] {
			t.Errorf("no %s plant at n=200", r)
		}
	}
	if len(tr.Families) < 3 {
		t.Fatalf("%d families at n=200", len(tr.Families))
	}
	for _, f := range tr.Families {
		if len(f.Files) < 2 || f.Canonical != f.Files[0] {
			t.Errorf("family %v: want at least 2 files, canonical first", f.Files)
		}
		for _, p := range f.Files {
			if n := len(strings.Fields(articleText(t, filepath.Join(dir, p)))); n < 50 {
				t.Errorf("%s: %d words of article text", p, n)
			}
		}
	}
	// Small corpora still get their minimum of plants.
	if _, tr := generate(t, 20, 5, 0); len(tr.Contradictions) < 3 {
		t.Errorf("n=20: %d contradictions", len(tr.Contradictions))
	}
}

// TestSimilarity checks the property near-duplicate detection is measured
// on, after masking numbers and places: family members are close to their
// canonical page; pages of different templates are far apart; unrelated
// pages of one template stay well below any family member.
func TestSimilarity(t *testing.T) {
	opt := Options{N: 1500, Seed: 21}
	dir, tr := generate(t, opt.N, opt.Seed, 0)
	plan := planCorpus(opt)
	template := func(i int) int {
		if pg := plan.pages[i]; pg.kind == kindBlog {
			return 10 + pg.topic
		}
		return int(plan.pages[i].kind)
	}
	sh := map[string]map[string]bool{}
	get := func(p string) map[string]bool {
		if s, ok := sh[p]; ok {
			return s
		}
		s := shingles(mask(articleText(t, filepath.Join(dir, p))))
		sh[p] = s
		return s
	}
	famOf := map[string]int{}
	minIn := 1.0
	for fi, f := range tr.Families {
		for _, p := range f.Files {
			famOf[p] = fi
			if p != f.Canonical {
				minIn = min(minIn, jaccard(get(p), get(f.Canonical)))
			}
		}
	}
	maxCross, maxSame, worst := 0.0, 0.0, ""
	pages := tr.Pages
	for i := 0; i < len(pages); i += 3 {
		for j := i + 1; j < len(pages); j += 7 {
			fi, iok := famOf[pages[i]]
			fj, jok := famOf[pages[j]]
			if iok && jok && fi == fj {
				continue
			}
			s := jaccard(get(pages[i]), get(pages[j]))
			if template(i) != template(j) {
				if s > maxCross {
					maxCross, worst = s, pages[i]+" "+pages[j]
				}
			} else {
				maxSame = max(maxSame, s)
			}
		}
	}
	t.Logf("family members vs canonical: min %.2f; different templates: max %.2f; same template, unrelated: max %.2f", minIn, maxCross, maxSame)
	if minIn < 0.5 {
		t.Errorf("a family member has Jaccard %.2f with its canonical page, want >= 0.5", minIn)
	}
	if maxCross >= 0.3 {
		t.Errorf("pages of different templates %s have Jaccard %.2f, want < 0.3", worst, maxCross)
	}
	if maxSame >= minIn-0.1 || maxSame >= 0.45 {
		t.Errorf("unrelated pages of one template reach Jaccard %.2f, too close to families (min %.2f)", maxSame, minIn)
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

func lineOf(lines []string, sub string) int {
	for i, l := range lines {
		if strings.Contains(l, sub) {
			return i + 1
		}
	}
	return -1
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func articleText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	s = s[strings.Index(s, "<article"):strings.Index(s, "</article>")]
	return tagRE.ReplaceAllString(s, " ")
}

var numRE = regexp.MustCompile(`[0-9][0-9,.–-]*`)

func mask(s string) string {
	s = numRE.ReplaceAllString(s, " NUM ")
	for _, p := range PlaceNames() {
		s = strings.ReplaceAll(s, p, " PLACE ")
	}
	return strings.ToLower(s)
}

func shingles(s string) map[string]bool {
	w := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
	})
	out := map[string]bool{}
	for i := 0; i+3 <= len(w); i++ {
		out[w[i]+" "+w[i+1]+" "+w[i+2]] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	if u := len(a) + len(b) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}
