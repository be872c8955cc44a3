package neardup

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// orderAtLeastByPiles is orderAtLeast before the bounds of disorder.go:
// every pair's minimums sorted and laid in piles.
func (m *agreement) orderAtLeastByPiles(a, b *Signature, need float64, s *orderScratch) (order float64, spread int) {
	n := m.n
	if len(a.Pos) < n || len(b.Pos) < n {
		return 1, 8
	}
	if m.eq == 0 {
		return 0, 0
	}
	least := leastRun(need, m.eq)
	if least > m.eq {
		return wilsonLower(float64(m.eq), float64(m.eq), placeZ), 0
	}
	if len(a.posRank) == len(a.Mins) && len(a.Mins) <= smallHashes {
		// Each agreeing minimum goes to its rank in the first page's
		// position order, so reading the ranks in order gives them sorted
		// but for ties, which are few and short: insertion sort finishes in
		// about one pass where a full sort took most of clustering's time.
		slot := &s.slot
		var occ [smallHashes / 64]uint64
		for w, x := range m.bits[:(n+63)/64] {
			for ; x != 0; x &= x - 1 {
				i := w*64 + bits.TrailingZeros64(x)
				r := a.posRank[i]
				slot[r] = uint16(a.Pos[i])<<8 | uint16(b.Pos[i])
				occ[r>>6] |= 1 << (r & 63)
			}
		}
		ps := s.ps[:0]
		for w, x := range occ {
			for ; x != 0; x &= x - 1 {
				ps = append(ps, int16(slot[w*64+bits.TrailingZeros64(x)]))
			}
		}
		return longestRun(ps, s.tails[:], s.prev[:], s.tailPos[:], least)
	}
	ps := make([]int16, 0, m.eq)
	for i := range n {
		if m.bit(i) != 0 {
			ps = append(ps, int16(uint16(a.Pos[i])<<8|uint16(b.Pos[i])))
		}
	}
	return longestRun(ps, make([]int16, len(ps)), make([]int16, len(ps)), make([]uint8, len(ps)), least)
}

// TestOrderBoundsKeepOrder checks that orderAtLeast, which settles most
// pairs by the bounds of disorder.go, returns what laying every pair's
// minimums in piles returns, for pairs in order, out of order and in
// between, and with minimums lost to chrome.
func TestOrderBoundsKeepOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	sig := func(pos []uint8, mins []uint32) Signature {
		s := Signature{Mins: mins, Pos: pos}
		s.posRank = rankByPos(make([]uint8, len(pos)), pos)
		return s
	}
	var s1, s2 orderScratch
	for trial := range 20000 {
		n := 128
		if trial%5 == 0 {
			n = 1 + r.IntN(200)
		}
		pa, pb := make([]uint8, n), make([]uint8, n)
		ma, mb := make([]uint32, n), make([]uint32, n)
		shuffled := r.IntN(n + 1) // how many positions of b are random
		agree := 0.05 + 0.9*r.Float64()
		for i := range n {
			pa[i] = uint8(r.IntN(256))
			pb[i] = uint8(min(255, int(pa[i])+r.IntN(8)))
			if i < shuffled {
				pb[i] = uint8(r.IntN(256))
			}
			ma[i], mb[i] = uint32(i), uint32(i)
			if r.Float64() > agree {
				mb[i] = uint32(n + i)
			}
		}
		a, b := sig(pa, ma), sig(pb, mb)
		if trial%7 == 0 {
			a.chrome = make([]uint64, (n+63)/64)
			for range r.IntN(n) {
				a.chrome[r.IntN(n)/64] |= 1 << r.IntN(64)
			}
		}
		var m agreement
		m.of(&a, &b)
		for _, need := range []float64{0, topicMaxOrder, spunMinOrder, nearMinOrder} {
			o, sp := m.orderAtLeast(&a, &b, need, &s1)
			wo, wsp := m.orderAtLeastByPiles(&a, &b, need, &s2)
			if o != wo || sp != wsp {
				t.Fatalf("trial %d (n %d, eq %d), need %v: got %v %d, want %v %d", trial, n, m.eq, need, o, sp, wo, wsp)
			}
		}
	}
}

// The table's orders are those worked out a pair, to the bit.
func TestGivenUpTable(t *testing.T) {
	for _, need := range orderThresholds {
		for n := 1; n <= smallHashes+2; n++ {
			least := leastRun(need, n)
			if least == 0 || least > n {
				continue
			}
			if got, want := givenUp(need, least, n), wilsonLower(float64(least-1), float64(n), placeZ); got != want {
				t.Fatalf("need %v, n %d: %v, want %v", need, n, got, want)
			}
		}
	}
}
