package neardup

import "math/bits"

// Two agreeing minimums whose shingles come one way round in the first
// page and the other way round in the second cannot both be in a run in
// order (longestRun). Given a set of such pairs, no two sharing a
// minimum, the longest run leaves out at least one minimum of each, so
// it is at most the agreeing minimums less the pairs. Most candidate
// pairs are pages of one topic whose shared shingles come in no order,
// and this bound, found in one pass, is far below what their order is
// compared with (orderAtLeast).
//
// Both passes below keep the minimums not yet paired on a stack and pair
// each new one with the top when the two are out of order, else push it.
// Whether they are goes either way as often as not, so neither pass
// branches on it: the top stays in a register, the entry is written
// above the entries under it whether it goes on or not, and the top is
// picked from it and the entry under. The first top is (0, 0), out of
// order with nothing.

// posScan is what one pass over the positions of a pair's agreeing
// minimums finds, for the order (orderAtLeast) and the placement (placed)
// of the pair, which most pairs judged need both of and which read the
// same minimums, those of m.bits up to m.n.
type posScan struct {
	done bool
	// k counts the minimums read, and crossed the pairs of them found
	// out of order in index order, which has nothing to do with
	// position: that needs no sort but misses pairs a pass in position
	// order finds (disorder).
	k, crossed int
	// aligned counts the minimums at the same place in both pages, and
	// bins has a bit for each eighth of the first page they fall in.
	aligned int
	bins    uint8
}

// scan makes the pass once for the pair and returns what it found.
// stack needs room for m.eq+1 entries; both pages need positions for
// the first m.n minimums.
func (m *agreement) scan(a, b *Signature, stack *[maxHashes + 1]uint16) *posScan {
	sc := &m.pos
	if sc.done {
		return sc
	}
	ap, bp := a.Pos, b.Pos
	top, sp := 0, 0
	k, crossed, aligned := 0, 0, 0
	var bins uint8
	for w, x := range m.bits[:(m.n+63)/64] {
		for ; x != 0; x &= x - 1 {
			i := w*64 + bits.TrailingZeros64(x)
			pa, pb := int(ap[i]), int(bp[i])
			// Out of order: the positions differ in opposite directions.
			out := b2i((pa-top>>8)*(pb-top&0xff) < 0)
			crossed += out
			under := int(stack[sp])
			stack[sp+1] = uint16(top)
			top = pa<<8 | pb
			if out != 0 {
				top = under
			}
			sp += 1 - 2*out
			k++
			// At the same place, within placeTolerance either way: in a
			// loop waiting on the stack's top, a flag costs less than a
			// branch that goes either way for pages that share text.
			in := b2i(uint(pa-pb+placeTolerance) <= 2*placeTolerance)
			aligned += in
			bins |= uint8(in) << (pa >> 5)
		}
	}
	*sc = posScan{done: true, k: k, crossed: crossed, aligned: aligned, bins: bins}
	return sc
}

// disorder finds such pairs over ps, each the first page's position
// (high byte) and the second's (low byte) of an agreeing minimum, sorted
// as sortTies leaves them. In that order the minimums on the stack are a
// run in order, so no two minimums left unpaired at the end are out of
// order with each other, and an entry is out of order with the top when
// its second position is lower. stack needs room for len(ps)+1 entries.
func disorder(ps []int16, stack *[maxHashes + 1]uint16) int {
	top, sp, d := uint16(0), 0, 0
	for _, p := range ps {
		v := uint16(p)
		out := b2i(uint8(top) > uint8(v))
		d += out
		under := stack[sp]
		stack[sp+1] = top
		top = v
		if out != 0 {
			top = under
		}
		sp += 1 - 2*out
	}
	return d
}
