package neardup

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// unitSim is how alike two sentences are, as alignment first read it: 1
// for equal shapes, else the Jaccard similarity of their content-word
// bits when at least alignMinBits; 0 when they do not pair.
func unitSim(x, y Unit) float64 {
	if x.Content == 0 || y.Content == 0 {
		return 0
	}
	if x.Shape == y.Shape {
		if x.Content >= alignMinContent || x.Heading && y.Heading {
			return 1
		}
		return 0
	}
	if x.Content < alignMinContent || y.Content < alignMinContent {
		return 0
	}
	xb, yb := x.bits64(), y.bits64()
	inter := bits.OnesCount64(xb & yb)
	v := float64(inter) / float64(bits.OnesCount64(xb|yb))
	if v < alignMinBits {
		return 0
	}
	return v
}

// alignUnitsBySim is alignUnits as first written, asking unitSim of
// every cell.
func alignUnitsBySim(a, b []Unit) (aligned int, cover float64, spread int) {
	if len(a) == 0 || len(b) == 0 {
		return
	}
	w := len(b) + 1
	dp := make([]int16, (len(a)+1)*w)
	for i := range a {
		for j := range b {
			v := max(dp[i*w+j+1], dp[(i+1)*w+j])
			if unitSim(a[i], b[j]) > 0 {
				v = max(v, dp[i*w+j]+1)
			}
			dp[(i+1)*w+j+1] = v
		}
	}
	return traceAlignment(dp, a, b)
}

func randomUnits(r *rand.Rand, n int) []Unit {
	us := make([]Unit, n)
	for i := range us {
		var b uint64
		content := r.IntN(8)
		for range content {
			b |= 1 << r.IntN(20) // few bits, so similar sets are common
		}
		if r.IntN(10) == 0 {
			b = r.Uint64()
		}
		us[i] = Unit{
			Shape:   uint32(r.IntN(6)),
			Bits:    [2]uint32{uint32(b), uint32(b >> 32)},
			Pos:     uint8(i * 255 / n),
			Content: uint8(content),
			Heading: r.IntN(3) == 0,
		}
		if content == 0 {
			us[i].Bits = [2]uint32{}
		}
	}
	return us
}

func TestAlignUnitsMatchesUnitSim(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := range 3000 {
		a, b := randomUnits(r, r.IntN(40)), randomUnits(r, r.IntN(40))
		n, c, s := alignUnits(a, b)
		wn, wc, ws := alignUnitsBySim(a, b)
		if n != wn || c != wc || s != ws {
			t.Fatalf("trial %d: got %d %v %d, want %d %v %d", trial, n, c, s, wn, wc, ws)
		}
		for i := range a {
			for j := range b {
				r, c := pairRowOf(a[i]), pairColOf(b[j])
				if got, want := r.pairs(&c) == 1, unitSim(a[i], b[j]) > 0; got != want {
					t.Fatalf("units %+v and %+v: pair %v, unitSim says %v", a[i], b[j], got, want)
				}
			}
		}
	}
}
