package neardup

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/gencorpus/gen"
)

type devPage struct{ name, text string }

func readDevPages(t testing.TB) ([]devPage, map[[2]string]string) {
	dir := sharedDir(t, "eval", "pages-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var pages []devPage
	for _, f := range files {
		doc, err := corpus.Load(corpus.Input{Path: f}, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, devPage{filepath.Base(f), blocksText(doc)})
	}
	var groups []struct {
		Files []string `json:"files"`
		Kind  string   `json:"kind"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "dupes.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &groups); err != nil {
		t.Fatal(err)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		return groups[i].Kind == "shared-boilerplate" && groups[j].Kind != "shared-boilerplate"
	})
	kind := map[[2]string]string{}
	for _, g := range groups {
		fs := slices.Sorted(slices.Values(g.Files))
		for i := range fs {
			for j := i + 1; j < len(fs); j++ {
				kind[[2]string{fs[i], fs[j]}] = g.Kind
			}
		}
	}
	return pages, kind
}

// TestPagesDev holds clustering to the bars of the labelled real pages
// (../shared/eval/pages-dev): pair recall ≥ 0.80 over exact, near and
// city-template pairs, ≥ 0.50 over spun pairs, pair precision ≥ 0.90 with
// pairs that only share boilerplate counted wrong. Run with -v for the
// measurements behind the thresholds in doc.go.
func TestPagesDev(t *testing.T) {
	pages, kind := readDevPages(t)
	opt := DefaultOptions()
	sigs := make([]Signature, len(pages))
	for i, p := range pages {
		sigs[i] = Sign(p.name, p.text, opt)
	}
	type row struct {
		a, b, kind string
		e          Evidence
	}
	var rows []row
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			rows = append(rows, row{sigs[i].ID, sigs[j].ID, kind[[2]string{sigs[i].ID, sigs[j].ID}], Compare(sigs[i], sigs[j])})
		}
	}
	groups, _ := Cluster(sigs, opt)
	found := map[[2]string]bool{}
	for _, g := range groups {
		t.Logf("group %s %v", g.Tier, g.Files)
		for i := range g.Files {
			for j := i + 1; j < len(g.Files); j++ {
				found[[2]string{g.Files[i], g.Files[j]}] = true
			}
		}
	}
	hit, total := map[string]int{}, map[string]int{}
	for p, k := range kind {
		if k == "shared-boilerplate" {
			continue
		}
		cls := "copy"
		if k == "spun" {
			cls = "spun"
		}
		total[cls]++
		if found[p] {
			hit[cls]++
		}
	}
	right := 0
	for p := range found {
		if k := kind[p]; k != "" && k != "shared-boilerplate" {
			right++
		} else {
			t.Logf("wrong pair %v (%q)", p, k)
		}
	}
	recall := func(c string) float64 { return float64(hit[c]) / float64(max(total[c], 1)) }
	precision := float64(right) / float64(max(len(found), 1))
	t.Logf("recall exact/near/city-template %d/%d, spun %d/%d; precision %d/%d",
		hit["copy"], total["copy"], hit["spun"], total["spun"], right, len(found))
	if recall("copy") < 0.8 || recall("spun") < 0.5 || precision < 0.9 {
		t.Errorf("below the bars: recall %.2f (exact/near/city-template), %.2f (spun), precision %.2f",
			recall("copy"), recall("spun"), precision)
	}
	show := func(r row) {
		e := r.e
		t.Logf("%s %s %-18s sh=%.3f ord=%.2f/%d bag=%.2f al=%d cov=%.2f/%d slots=%d url=%v", r.a[:3], r.b[:3], r.kind,
			e.Shingle, e.Order, e.OrderSpread, e.Bag, e.Aligned, e.Cover, e.AlignSpread, e.Slots, e.URLSlot)
	}
	for _, r := range rows {
		if r.kind != "" {
			show(r)
		}
	}
	for _, by := range []string{"sh", "bag", "cov", "slots"} {
		var un []row
		for _, r := range rows {
			if r.kind == "" {
				un = append(un, r)
			}
		}
		key := func(e Evidence) float64 {
			switch by {
			case "sh":
				return e.Shingle
			case "bag":
				return e.Bag
			case "cov":
				return e.Cover
			}
			return float64(e.Slots)
		}
		sort.SliceStable(un, func(i, j int) bool { return key(un[i].e) > key(un[j].e) })
		t.Logf("top unlabelled by %s", by)
		for _, r := range un[:10] {
			show(r)
		}
	}
	_ = strings.TrimSpace
}

// TestJudgeGenerated: on the generator's corpus every pair of pages of one
// planted family is related, and almost no pair across families is, though
// pages of one topic there come from one grammar and share a third of their
// content words. Almost: over seeds 1–4, 1 to 7 of some 44,600 pairs
// across families are judged related, program pages beside articles that
// embed the same comparison table (spun: twenty table cells aligned) and
// articles of one topic sharing two place-slotted sentences in order
// (template). A seed that passes with none says little; the bound is a
// share, held on four seeds.
func TestJudgeGenerated(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { judgeGenerated(t, seed) })
	}
}

// maxFalseShare bounds the share of pairs across the generator's families
// that judge may relate.
const maxFalseShare = 1.0 / 5000

func judgeGenerated(t *testing.T, seed uint64) {
	dir := t.TempDir()
	truth, err := gen.Generate(gen.Options{N: 300, Seed: seed, Out: dir})
	if err != nil {
		t.Fatal(err)
	}
	famOf := map[string]int{}
	for fi, f := range truth.Families {
		for _, p := range f.Files {
			famOf[p] = fi + 1
		}
	}
	opt := DefaultOptions()
	var sigs []Signature
	for _, p := range truth.Pages {
		doc, err := corpus.Load(corpus.Input{Path: filepath.Join(dir, p)}, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i := range doc.Blocks {
			b.WriteString(doc.Blocks[i].Text)
			b.WriteByte('\n')
		}
		sigs = append(sigs, Sign(p, b.String(), opt))
	}
	counts := map[string]int{}
	falsePairs, across := 0, 0
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			fa, fb := famOf[sigs[i].ID], famOf[sigs[j].ID]
			e, tier := opt.judge(sigs[i], sigs[j])
			same := fa != 0 && fa == fb
			counts[fmt.Sprintf("%v/%s", same, tier)]++
			if !same {
				across++
				if tier != "" {
					falsePairs++
				}
			}
			if !same && tier != "" || same && tier == "" {
				t.Logf("same=%v %s %s %s sh=%.3f ord=%.2f/%d bag=%.2f al=%d cov=%.2f/%d slots=%d", same, tier, sigs[i].ID, sigs[j].ID,
					e.Shingle, e.Order, e.OrderSpread, e.Bag, e.Aligned, e.Cover, e.AlignSpread, e.Slots)
			}
		}
	}
	t.Logf("%v", counts)
	if n := counts["true/"]; n > 0 {
		t.Errorf("%d pairs of one planted family judged unrelated", n)
	}
	if float64(falsePairs) > maxFalseShare*float64(across) {
		t.Errorf("%d of %d pairs across families judged related, over %.4f %%", falsePairs, across, 100*maxFalseShare)
	}
}
