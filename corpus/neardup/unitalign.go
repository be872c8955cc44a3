package neardup

import "math/bits"

// alignUnits pairs sentences in order (longest common subsequence, a pair
// being equal shapes or close content words, see pairRow) and reports how
// many pair, that count over the sentences of the page with fewer, and
// the eighths of a page the pairs reach (the wider of the two pages).
func alignUnits(a, b []Unit) (aligned int, cover float64, spread int) {
	if len(a) == 0 || len(b) == 0 {
		return
	}
	cols := make([]pairCol, len(b))
	for j, y := range b {
		cols[j] = pairColOf(y)
	}
	w := len(b) + 1
	dp := make([]int16, (len(a)+1)*w)
	for i, x := range a {
		prev, row := dp[i*w:(i+1)*w], dp[(i+1)*w:(i+2)*w]
		prev, row = prev[:len(cols)+1], row[:len(cols)+1]
		r := pairRowOf(x)
		// The cell to the left stays in a register: read back from the
		// row, each cell waited on the store before it.
		left := row[0]
		if r.never() {
			for j := range cols {
				left = max(prev[j+1], left)
				row[j+1] = left
			}
			continue
		}
		for j := range cols {
			// prev[j]+1 is at least 1 and v at least 0, so a cell that
			// does not pair leaves v as it is: no branch on a test that
			// goes either way.
			v := max(prev[j+1], left, (prev[j]+1)*int16(r.pairs(&cols[j])))
			row[j+1] = v
			left = v
		}
	}
	return traceAlignment(dp, a, b)
}

// traceAlignment reads the pairs back from alignUnits' table dp, of
// len(a)+1 rows of len(b)+1 cells.
func traceAlignment(dp []int16, a, b []Unit) (aligned int, cover float64, spread int) {
	w := len(b) + 1
	var binsA, binsB uint8
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case dp[i*w+j] == dp[(i-1)*w+j]:
			i--
		case dp[i*w+j] == dp[i*w+j-1]:
			j--
		default:
			i, j = i-1, j-1
			aligned++
			binsA |= 1 << (a[i].Pos >> 5)
			binsB |= 1 << (b[j].Pos >> 5)
		}
	}
	cover = float64(aligned) / float64(min(countable(a), countable(b)))
	return aligned, min(cover, 1), max(bits.OnesCount8(binsA), bits.OnesCount8(binsB))
}

// countable is the number of sentences that could pair at all.
func countable(us []Unit) int {
	n := 0
	for _, u := range us {
		if u.Content >= alignMinContent || u.Heading && u.Content > 0 {
			n++
		}
	}
	return max(n, 1)
}

// Two units pair when both have content words and
//
//   - their shapes are equal, and one of them has alignMinContent content
//     words or both are headings;
//   - or both have alignMinContent content words and the Jaccard
//     similarity of those (as Bloom bits) is alignMinBits or more.
//
// pairRow and pairCol hold what that reads of the unit of a row and of a
// column of the alignment, worked out once a unit: the alignment asks it
// of every pair of units, and asking it of Units, with a division for the
// similarity, was most of the alignment's time. alignMinBits is 2/5, so
// the similarity test is inter/union ≥ 2/5 with union = |x|+|y|−inter,
// that is 7·inter ≥ 2·|x| + 2·|y|, in integers.
type pairRow struct {
	bits  uint64 // content bits of a unit with alignMinContent of them, else 0
	pc2   int    // 2·|x| for such a unit; else out of reach, so the similarity test fails
	shape uint32
	// eq is the flags a column needs to pair on an equal shape: pairLive
	// for a unit with alignMinContent content words, pairHead for a
	// heading with fewer, none for a unit that pairs on no shape.
	eq uint8
}

type pairCol struct {
	bits  uint64 // as pairRow's
	pc2   int32
	shape uint32
	flags uint8 // pairLive, pairHead
}

const (
	pairLive = 1 << iota // content words
	pairHead             // a heading with content words
)

// unpairable is more than 7·64, the most the similarity test's left side
// can be.
const unpairable = 1 << 20

func pairRowOf(x Unit) pairRow {
	r := pairRow{shape: x.Shape, pc2: unpairable}
	switch {
	case x.Content >= alignMinContent:
		r.bits, r.eq = x.bits64(), pairLive
		r.pc2 = 2 * bits.OnesCount64(r.bits)
	case x.Content > 0 && x.Heading:
		r.eq = pairHead
	}
	return r
}

func pairColOf(y Unit) pairCol {
	c := pairCol{shape: y.Shape, pc2: unpairable}
	if y.Content > 0 {
		c.flags = pairLive
		if y.Heading {
			c.flags |= pairHead
		}
	}
	if y.Content >= alignMinContent {
		c.bits = y.bits64()
		c.pc2 = int32(2 * bits.OnesCount64(c.bits))
	}
	return c
}

// never reports a row whose unit pairs with no unit.
func (r *pairRow) never() bool { return r.eq == 0 }

// pairs is 1 when the row's unit and the column's pair, else 0.
func (r *pairRow) pairs(c *pairCol) int {
	return b2i(c.shape == r.shape && c.flags&r.eq != 0) | b2i(7*bits.OnesCount64(r.bits&c.bits) >= r.pc2+int(c.pc2))
}

// b2i compiles to a flag read, not a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
