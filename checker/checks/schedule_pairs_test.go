package checks

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// allSchedulePairs is the rule without the bound: every days claim of the
// hours claim's block, of its own sentence only the nearest that no other
// hours claim of the sentence is nearer to.
func allSchedulePairs(hpd, dpw []*claims.Claim) [][2]*claims.Claim {
	var out [][2]*claims.Claim
	for _, h := range hpd {
		var near *claims.Claim
		for _, d := range dpw {
			if h.Block == d.Block && h.Sentence == d.Sentence && (near == nil || dist(h, d) < dist(h, near)) && !nearerHours(hpd, h, d) {
				near = d
			}
		}
		for _, d := range dpw {
			if h.Block == d.Block && (h.Sentence != d.Sentence || d == near) {
				out = append(out, [2]*claims.Claim{h, d})
			}
		}
	}
	if len(out) == 0 && len(hpd) == 1 && len(dpw) == 1 {
		out = append(out, [2]*claims.Claim{hpd[0], dpw[0]})
	}
	return out
}

func scheduleClaim(kind claims.Kind, block, start int, sentence string) *claims.Claim {
	return &claims.Claim{Kind: kind, Block: block, Span: corpus.Span{Start: start, End: start + 5}, Sentence: sentence}
}

// Up to maxSchedulePartners days claims in a block, every one is paired as
// before; past it, an hours claim meets only the nearest, so a flattened
// list of thousands of schedules makes pairs in proportion to its length.
func TestSchedulePairsBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sentences := []string{"a", "b", "c"}
	for range 300 {
		var hpd, dpw []*claims.Claim
		for range rng.IntN(5) {
			hpd = append(hpd, scheduleClaim(claims.HoursPerDay, rng.IntN(3), rng.IntN(500), sentences[rng.IntN(3)]))
		}
		for range rng.IntN(maxSchedulePartners + 1) {
			dpw = append(dpw, scheduleClaim(claims.DaysPerWeek, rng.IntN(3), rng.IntN(500), sentences[rng.IntN(3)]))
		}
		if got, want := schedulePairs(hpd, dpw), allSchedulePairs(hpd, dpw); !slices.Equal(got, want) {
			t.Fatalf("schedulePairs differs from pairing every claim of the block:\n got %v\nwant %v", got, want)
		}
	}

	h := scheduleClaim(claims.HoursPerDay, 0, 5000, "x")
	var dpw []*claims.Claim
	for i := range 1000 {
		dpw = append(dpw, scheduleClaim(claims.DaysPerWeek, 0, i*10, "y"))
	}
	got := schedulePairs([]*claims.Claim{h}, dpw)
	if len(got) != maxSchedulePartners {
		t.Fatalf("%d pairs for one hours claim among 1,000 days claims, want %d", len(got), maxSchedulePartners)
	}
	for _, p := range got {
		if dist(h, p[1]) > 10*maxSchedulePartners/2 {
			t.Errorf("paired with a days claim %d bytes away, not among the nearest", dist(h, p[1]))
		}
	}
}

// shareSentence answers as comparing every pair does, for groups small
// enough to compare pair by pair and for the large ones it looks up.
func TestShareSentenceAsEveryPair(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 9))
	every := func(xs, ys []*claims.Claim) bool {
		for _, a := range xs {
			for _, b := range ys {
				if sameSentence(a, b) {
					return true
				}
			}
		}
		return false
	}
	group := func(n int) []*claims.Claim {
		var out []*claims.Claim
		for range n {
			out = append(out, &claims.Claim{File: []string{"a.html", "b.html"}[rng.IntN(2)], Block: rng.IntN(40), Sentence: []string{"s1", "s2", "s3"}[rng.IntN(3)]})
		}
		return out
	}
	seen := map[bool]int{}
	for range 2000 {
		xs, ys := group(rng.IntN(30)), group(rng.IntN(30))
		got, want := shareSentence(xs, ys), every(xs, ys)
		if got != want {
			t.Fatalf("shareSentence = %v, every pair says %v (%d and %d claims)", got, want, len(xs), len(ys))
		}
		seen[want]++
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("the random groups should both share and not share a sentence: %v", seen)
	}
}
