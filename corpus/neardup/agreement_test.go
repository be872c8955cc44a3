package neardup

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestAgreementMarksEqualMinimums(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 63, 64, 65, 100, 128, 130, 1024} {
		for range 20 {
			a, b := Signature{Mins: make([]uint32, n)}, Signature{Mins: make([]uint32, n+r.IntN(3))}
			for i := range a.Mins {
				a.Mins[i] = uint32(r.IntN(4))
			}
			for i := range b.Mins {
				b.Mins[i] = uint32(r.IntN(4))
			}
			var m agreement
			m.of(&a, &b)
			eq := 0
			for i := range n {
				want := 0
				if a.Mins[i] == b.Mins[i] {
					want, eq = 1, eq+1
				}
				if m.bit(i) != want {
					t.Fatalf("n=%d: bit %d is %d, minimums %d and %d", n, i, m.bit(i), a.Mins[i], b.Mins[i])
				}
			}
			if m.n != n || m.eq != eq {
				t.Fatalf("n=%d: got n=%d eq=%d, want eq=%d", n, m.n, m.eq, eq)
			}
		}
	}
}

// longestRunBySearch is longestRun as first written, finding each pile by
// binary search over the piles' last entries.
func longestRunBySearch(ps, tails, prev []int16) (order float64, spread int) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && uint16(ps[j]) < uint16(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	piles := 0
	for i, p := range ps {
		lo, hi := 0, piles
		for lo < hi {
			m := (lo + hi) / 2
			if uint8(ps[tails[m]]) <= uint8(p) {
				lo = m + 1
			} else {
				hi = m
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		tails[lo] = int16(i)
		if lo == piles {
			piles++
		}
	}
	var binsA, binsB uint8
	for i := int(tails[piles-1]); i >= 0; i = int(prev[i]) {
		binsA |= 1 << (uint16(ps[i]) >> 13)
		binsB |= 1 << (uint8(ps[i]) >> 5)
	}
	return wilsonLower(float64(piles), float64(len(ps)), placeZ), max(bits.OnesCount8(binsA), bits.OnesCount8(binsB))
}

func TestLongestRunMatchesBinarySearch(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 2000 {
		n := 1 + r.IntN(300)
		ps := make([]int16, n)
		for i := range ps {
			a, b := r.IntN(256), r.IntN(256)
			if trial%3 == 0 { // mostly in order: many piles, past the linear count
				a, b = i*255/n, min(255, i*255/n+r.IntN(4))
			}
			ps[i] = int16(uint16(a)<<8 | uint16(b))
		}
		want := slices.Clone(ps)
		wo, ws := longestRunBySearch(want, make([]int16, n), make([]int16, n))
		for _, need := range []float64{0, topicMaxOrder, spunMinOrder, nearMinOrder} {
			got := slices.Clone(ps)
			o, s := longestRun(got, make([]int16, n), make([]int16, n), make([]uint8, n), leastRun(need, n))
			switch {
			case wo >= need && (o != wo || s != ws):
				t.Fatalf("trial %d (%d entries), need %v: got order %v spread %d, want %v %d", trial, n, need, o, s, wo, ws)
			case wo < need && o >= need:
				t.Fatalf("trial %d (%d entries), need %v: order %v, want below it (%v)", trial, n, need, o, wo)
			}
		}
	}
}

func TestLeastRun(t *testing.T) {
	for _, need := range []float64{topicMaxOrder, spunMinOrder, nearMinOrder, 0.5, math.Inf(1)} {
		for n := 1; n <= 300; n++ {
			k := leastRun(need, n)
			for j := 0; j < min(k, n+1); j++ {
				if wilsonLower(float64(j), float64(n), placeZ) >= need {
					t.Fatalf("need %v, n %d: least run %d, but %d reaches it", need, n, k, j)
				}
			}
			if k <= n && wilsonLower(float64(k), float64(n), placeZ) < need {
				t.Fatalf("need %v, n %d: least run %d does not reach it", need, n, k)
			}
		}
	}
	if leastRun(0, 10) != 0 || leastRun(math.Inf(1), 10) != 11 {
		t.Errorf("leastRun(0, 10) = %d, leastRun(+Inf, 10) = %d; want 0 and 11", leastRun(0, 10), leastRun(math.Inf(1), 10))
	}
}

// collidedBeforeByBits reads collidedBefore off a pair's agreement,
// word by word: the way clustering answered it before it compared the
// minimums band by band with an early exit.
func (m *agreement) collidedBeforeByBits(band, rows int) bool {
	end := band * rows // the minimums of the bands before band
	if rows == 2 {
		// Bits 2k and 2k+1 are band k; no band straddles a word.
		for w := 0; w*64 < end; w++ {
			x := m.bits[w]
			both := x & (x >> 1) & 0x5555555555555555
			if n := end - w*64; n < 64 {
				both &= 1<<n - 1
			}
			if both != 0 {
				return true
			}
		}
		return false
	}
next:
	for k := 0; k < band; k++ {
		for i := k * rows; i < (k+1)*rows; i++ {
			if m.bit(i) == 0 {
				continue next
			}
		}
		return true
	}
	return false
}

func TestCollidedBeforeMatchesBands(t *testing.T) {
	keepVector(t)
	r := rand.New(rand.NewPCG(9, 10))
	for _, shape := range []struct{ hashes, rows int }{{128, 2}, {256, 2}, {130, 2}, {128, 4}, {120, 3}, {128, 1}} {
		for range 3000 {
			a, b := Signature{Mins: make([]uint32, shape.hashes)}, Signature{Mins: make([]uint32, shape.hashes)}
			for i := range a.Mins {
				// One minimum in six agrees: a band of two collides now
				// early, now late, now nowhere.
				a.Mins[i], b.Mins[i] = uint32(r.IntN(6)), uint32(r.IntN(6))
			}
			var m agreement
			m.of(&a, &b)
			band := r.IntN(shape.hashes/shape.rows + 1)
			if got, _ := collidedBefore(a.Mins, b.Mins, band, shape.rows, pairSeen{}); got != m.collidedBeforeByBits(band, shape.rows) {
				t.Fatalf("%d hashes, %d rows, band %d: collidedBefore %v, by the agreement's bits %v", shape.hashes, shape.rows, band, got, !got)
			}
			// Marking while looking for the collision gives the same
			// answer, and the whole agreement when there is none, with
			// the vector compare and without.
			for _, vec := range kernelSets() {
				vector = vec
				var early agreement
				want, _ := collidedBefore(a.Mins, b.Mins, band, shape.rows, pairSeen{})
				if got := early.ofUnlessJudged(&a, &b, band, shape.rows, pairSeen{}); got != want {
					t.Fatalf("%d hashes, %d rows, band %d, vector %v: ofUnlessJudged %v, collidedBefore %v", shape.hashes, shape.rows, band, vec, got, want)
				} else if !got && early != m {
					t.Fatalf("%d hashes, %d rows, band %d, vector %v: ofUnlessJudged marked %+v, of %+v", shape.hashes, shape.rows, band, vec, early, m)
				}
			}
		}
	}
}

// estimateBinsByBranch is the bin-by-bin reading estimateBins replaced.
func estimateBinsByBranch(a, b []uint32) float64 {
	n, eq := 0, 0
	for i := range min(len(a), len(b)) {
		if a[i] == math.MaxUint32 && b[i] == math.MaxUint32 {
			continue
		}
		n++
		if a[i] == b[i] {
			eq++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(eq) / float64(n)
}

func TestEstimateBinsMatchesBranches(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pick := func() uint32 {
		// Empty bins, agreeing bins and values whose AND is all ones.
		switch r.IntN(4) {
		case 0:
			return math.MaxUint32
		case 1:
			return math.MaxUint32 ^ 1<<r.IntN(32)
		}
		return uint32(r.IntN(3))
	}
	for range 5000 {
		a, b := make([]uint32, r.IntN(70)), make([]uint32, r.IntN(70))
		for i := range a {
			a[i] = pick()
		}
		for i := range b {
			b[i] = pick()
		}
		if got, want := estimateBins(a, b), estimateBinsByBranch(a, b); got != want {
			t.Fatalf("estimateBins(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

// TestVectorCompares holds the vector compares, each set the CPU has,
// to the scalar ones: the minimums' agreement and the content-word bins.
func TestVectorCompares(t *testing.T) {
	keepVector(t)
	sets := kernelSets()[1:]
	if len(sets) == 0 {
		t.Log("no vector kernels on this CPU: the scalar compares are all there is")
		return
	}
	r := rand.New(rand.NewPCG(13, 14))
	var a, b [64]uint32
	for range 5000 {
		for i := range a {
			a[i], b[i] = uint32(r.IntN(3)), uint32(r.IntN(3))
			if r.IntN(4) == 0 {
				a[i] = math.MaxUint32
			}
			if r.IntN(4) == 0 {
				b[i] = math.MaxUint32
			}
		}
		vector = scalarOnly
		wantWord, wantBins := agreeWord(&a, &b), estimateBins(a[:], b[:])
		if wantWord != agreeWordScalar(&a, &b) {
			t.Fatal("agreeWord without vector kernels is not agreeWordScalar")
		}
		for _, v := range sets {
			vector = v
			if got := agreeWord(&a, &b); got != wantWord {
				t.Fatalf("agreeWord: %v %064b, scalar %064b", v, got, wantWord)
			}
			if got := estimateBins(a[:], b[:]); got != wantBins {
				t.Fatalf("estimateBins: %v %v, scalar %v", v, got, wantBins)
			}
		}
	}
}
