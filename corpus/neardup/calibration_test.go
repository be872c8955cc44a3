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

// TestCalibrateSeeds logs exact and estimated similarities of the seed pages;
// the numbers behind the thresholds in doc.go. Run with -v to see them.
func TestCalibrateSeeds(t *testing.T) {
	seeds := readSeeds(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range seeds {
			if !yield(n) {
				return
			}
		}
	})
	for _, proper := range []bool{false, true} {
		maskProperNouns = proper
		for _, k := range []int{1, 2, 3, 4} {
			sets := map[string]map[uint64]bool{}
			for _, n := range names {
				sets[n] = shingleSet(seeds[n], k)
			}
			opt := DefaultOptions()
			opt.Shingle = k
			for i, a := range names {
				for _, b := range names[i+1:] {
					est := Similarity(Sign(a, seeds[a], opt), Sign(b, seeds[b], opt))
					t.Logf("proper=%v k=%d %s %s jaccard=%.3f minhash=%.3f", proper, k, a[:3], b[:3], jaccard(sets[a], sets[b]), est)
				}
			}
		}
	}
	maskProperNouns = false
}

// TestCalibrateGenerated logs the similarity of spun variants of the
// hand-written fixture and of generated pages, against unrelated pages.
func TestCalibrateGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	opt := DefaultOptions()
	base, _ := spin(baseArticle, "Maine", 0, false, rng)
	t.Logf("base words=%d", len(strings.Fields(base)))
	for _, rate := range []float64{0.05, 0.1, 0.15, 0.2} {
		v, swaps := spin(baseArticle, "Ohio", rate, true, rng)
		t.Logf("fixture rate=%.2f swapped=%.1f%% jaccard=%.3f minhash=%.3f", rate,
			100*float64(len(swaps))/float64(len(strings.Fields(v))),
			jaccard(shingleSet(base, opt.Shingle), shingleSet(v, opt.Shingle)),
			Similarity(Sign("a", base, opt), Sign("b", v, opt)))
	}
	for i := range 3 {
		u := randomArticle(rng, 600)
		t.Logf("fixture vs unrelated %d: jaccard=%.3f", i, jaccard(shingleSet(base, opt.Shingle), shingleSet(u, opt.Shingle)))
	}
	pages := genCorpus(400, 600, 7)
	var fam, unrel []float64
	sets := make([]map[uint64]bool, len(pages))
	for i := range pages {
		sets[i] = shingleSet(pages[i].text, opt.Shingle)
	}
	for i := range pages {
		for j := i + 1; j < len(pages); j++ {
			s := jaccard(sets[i], sets[j])
			if pages[i].family >= 0 && pages[i].family == pages[j].family {
				fam = append(fam, s)
			} else {
				unrel = append(unrel, s)
			}
		}
	}
	slices.Sort(fam)
	slices.Sort(unrel)
	t.Logf("generated families: pairs=%d min=%.3f median=%.3f", len(fam), fam[0], fam[len(fam)/2])
	t.Logf("generated unrelated: pairs=%d median=%.3f p99.9=%.3f max=%.3f", len(unrel), unrel[len(unrel)/2], unrel[len(unrel)*999/1000], unrel[len(unrel)-1])
}
