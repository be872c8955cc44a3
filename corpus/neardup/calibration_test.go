package neardup

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// shingleSet is the exact set MinHash estimates, for calibration only.
func shingleSet(text string, k int) map[uint64]bool {
	b := &signBuf{}
	b.normalise(text)
	set := map[uint64]bool{}
	w := b.words
	if k > len(w) {
		k = len(w)
	}
	for i := 0; i+k <= len(w); i++ {
		s := uint64(0)
		for _, h := range w[i : i+k] {
			s = (s ^ h) * 0x9e3779b97f4a7c15
			s ^= s >> 29
		}
		set[s] = true
	}
	return set
}

func jaccard(a, b map[uint64]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func readSeeds(t testing.TB) map[string]string {
	t.Helper()
	dir := sharedDir(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no seed pages in %s", dir)
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(data)
	}
	return out
}

// TestCalibrateSeeds: of the seed pages only 000 and 004 (one IOP article
// spun for Maine and Connecticut) are related. The masked shingle similarities behind doc.go are
// logged with -v.
func TestCalibrateSeeds(t *testing.T) {
	seeds := readSeeds(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range seeds {
			if !yield(n) {
				return
			}
		}
	})
	opt := DefaultOptions()
	sigs := map[string]Signature{}
	for _, n := range names {
		sigs[n] = Sign(n, seeds[n], opt)
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			e, tier := opt.judge(sigs[a], sigs[b])
			t.Logf("%s %s jaccard=%.3f minhash=%.3f order=%.2f bag=%.2f slots=%d tier=%q", a[:3], b[:3],
				jaccard(shingleSet(seeds[a], 3), shingleSet(seeds[b], 3)), e.Shingle, e.Order, e.Bag, e.Slots, tier)
			family := a[:3] == "000" && b[:3] == "004"
			switch {
			case family && tier == "":
				t.Errorf("%s and %s: unrelated, want one family", a, b)
			case !family && tier != "":
				t.Errorf("%s and %s: related (%q), want unrelated", a, b, tier)
			}
		}
	}
}

// TestCalibrateFixture: the hand-written article spun for another state at
// 5–20 % of its words stays in one family, in the template tier since the
// place differs, and is never related to unrelated same-topic pages.
func TestCalibrateFixture(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	opt := DefaultOptions()
	base, _ := spin(baseArticle, "Maine", 0, false, rng)
	a := Sign("maine", base, opt)
	for _, rate := range []float64{0.05, 0.1, 0.15, 0.2} {
		v, swaps := spin(baseArticle, "Ohio", rate, true, rng)
		e, tier := opt.judge(a, Sign("ohio", v, opt))
		t.Logf("rate=%.2f swapped=%.1f%% jaccard=%.3f minhash=%.3f slots=%d tier=%s", rate,
			100*float64(len(swaps))/float64(len(strings.Fields(v))),
			jaccard(shingleSet(base, opt.Shingle), shingleSet(v, opt.Shingle)), e.Shingle, e.Slots, tier)
		if tier != TierTemplate {
			t.Errorf("rate %.2f: tier %q, want %q (Maine → Ohio is a slot)", rate, tier, TierTemplate)
		}
	}
	for i := range 5 {
		u := randomArticle(rng, 600)
		if e, tier := opt.judge(a, Sign("u", u, opt)); tier != "" {
			t.Errorf("unrelated page %d related (%s): %+v", i, tier, e)
		}
	}
}
