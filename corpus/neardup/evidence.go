package neardup

import (
	"math"
	"math/bits"
	"slices"
	"sync"
)

// Evidence is what two signatures have in common, one measure per tier.
type Evidence struct {
	// Shingle estimates the Jaccard similarity of the masked 3-word
	// shingles: the near and template tiers' measure.
	Shingle float64
	// Order is the 95 % lower bound of the fraction of shared shingles
	// that come in the same order in both pages, and OrderSpread the
	// eighths of a page those in-order shingles reach (the wider of the
	// two pages). A copy shares text in order even when a header or a
	// table shifts it; stock phrases come in any order.
	Order       float64
	OrderSpread int
	// Bag estimates the Jaccard similarity of the stemmed content words.
	Bag float64
	// Aligned counts sentences paired in order (equal once places and
	// numbers are masked, or sharing enough content words); Cover is that
	// count over the sentences of the page with fewer, and AlignSpread the
	// eighths of a page the pairs reach (the wider of the two).
	Aligned     int
	Cover       float64
	AlignSpread int
	// Slots counts sentences and headings that are equal but for the
	// place named in them and come in the same order in both pages: a
	// template filled in for another place. URLSlot: the pages' addresses
	// are equal but for a place.
	Slots   int
	URLSlot bool
	// URLTitle: the pages' addresses on one site give one title (see
	// urlTitle).
	URLTitle bool
	// URLPage: the pages' addresses name one page of one site (see
	// urlPage).
	URLPage bool
	// URLNetwork: the pages sit on two sites of one network, one a state
	// (see urlNetwork).
	URLNetwork bool
}

// alignMinContent is the least number of content words a sentence needs
// to be paired by its words: shorter ones match by chance.
const alignMinContent = 3

// alignMinBits is the least Jaccard similarity of two sentences' content
// words (as Bloom bits) at which they are taken as one sentence reworded.
const alignMinBits = 0.4

// Compare measures two signatures against each other. It runs every
// measure; clustering takes them one at a time and stops as soon as a pair
// is settled (see judge).
func Compare(a, b Signature) Evidence {
	e := Evidence{Shingle: Similarity(a, b), Bag: estimateBins(a.Bag, b.Bag), Slots: slots(&a, &b)}
	e.URLSlot = urlSlot(&a, &b)
	e.URLNetwork = urlNetworked(&a, &b)
	e.Order, e.OrderSpread = shingleOrder(a, b)
	e.Aligned, e.Cover, e.AlignSpread = alignUnits(a.Units, b.Units)
	return e
}

// urlSlot says whether two pages' addresses are equal but for the place
// they name (see urlSlots).
func urlSlot(a, b *Signature) bool {
	return a.URLShape != 0 && a.URLShape == b.URLShape && a.URLFill != b.URLFill
}

// estimateBins estimates Jaccard from one-permutation MinHash bins: bins
// empty on both pages say nothing and are left out.
func estimateBins(a, b []uint32) float64 {
	if vector != scalarOnly && len(a) == 64 && len(b) == 64 {
		eq, empty := bins64((*[64]uint32)(a), (*[64]uint32)(b))
		n := 64 - bits.OnesCount64(empty)
		if n == 0 {
			return 0
		}
		return float64(bits.OnesCount64(eq&^empty)) / float64(n)
	}
	a, b = a[:min(len(a), len(b))], b[:min(len(a), len(b))]
	// Counted without branches, as the minimums are (agreeWord): this
	// runs for most candidate pairs, and whether two bins agree is a
	// coin toss to the branch predictor.
	eq, empty := 0, 0
	for i := range a {
		same := int((uint64(a[i]^b[i]) - 1) >> 63)
		both := int((uint64(a[i]&b[i]^math.MaxUint32) - 1) >> 63)
		eq += same - both
		empty += both
	}
	n := len(a) - empty
	if n == 0 {
		return 0
	}
	return float64(eq) / float64(n)
}

// shingleOrder takes the agreeing minimums and finds the longest run of
// them that is in order in both pages (longest non-decreasing subsequence
// of the second page's positions, the first page's sorted), returning its
// share's lower bound and its spread.
func shingleOrder(a, b Signature) (order float64, spread int) {
	var m agreement
	m.of(&a, &b)
	return m.order(&a, &b)
}

// agreement marks the minimums two signatures share. judge reads it for
// the shingle similarity, their order and their placement, instead of
// comparing the minimums once for each.
type agreement struct {
	bits  [maxHashes / 64]uint64
	n, eq int
	pos   posScan
}

func (m *agreement) of(a, b *Signature) { m.mark(a, b, 0, pairSeen{}) }

// ofUnlessJudged is of for a pair that meets in band. It reports true,
// leaving m unfinished, when the pair was judged in an earlier band it
// shares (seen.in), and also, m finished, when it shares an earlier band
// and is too far apart to have been worth judging there (seen.settled).
// With AVX-512's compare a word of 64 minimums costs less than
// collidedBefore's walk, so the words are marked one by one and the
// earlier bands read off each (with AVX2's the two measured the same, and
// it takes the same way); without a vector compare collidedBefore's early
// exit is the cheaper.
func (m *agreement) ofUnlessJudged(a, b *Signature, band, rows int, seen pairSeen) bool {
	var judged bool
	var shared int
	if vector != scalarOnly && rows == 2 {
		judged, shared = m.mark(a, b, band*rows, seen)
	} else if judged, shared = collidedBefore(a.Mins, b.Mins, band, rows, seen); !judged {
		m.of(a, b)
	}
	return judged || seen.settled(shared, m)
}

// mark marks the minimums a and b agree on. With end > 0 (bands of two
// rows) it stops as soon as a pair of minimums 2k, 2k+1 below end agrees
// and seen.in(k), and reports judged: the pair was judged in band k.
// Otherwise it marks them all and counts the bands below end the pair
// shares.
func (m *agreement) mark(a, b *Signature, end int, seen pairSeen) (judged bool, shared int) {
	n := min(len(a.Mins), len(b.Mins))
	am, bm := a.Mins[:n], b.Mins[:n]
	m.n, m.eq, m.pos = n, 0, posScan{}
	if a.chrome != nil || b.chrome != nil {
		m.n -= lostToChrome(a.chrome, b.chrome, n)
	}
	// Whole words of 64 minimums compare without bounds checks or
	// branches (a^b-1 has its top bit set only when a == b): 40 % less
	// time than a test and a branch per minimum, and this runs for every
	// candidate pair.
	for w := 0; w*64 < n; w++ {
		var x uint64
		if (w+1)*64 <= n {
			x = agreeWord((*[64]uint32)(am[w*64:]), (*[64]uint32)(bm[w*64:]))
		} else {
			for i := w * 64; i < n; i++ {
				x |= (uint64(am[i]^bm[i]) - 1) >> 63 << (i & 63)
			}
		}
		if w*64 < end {
			// Bits 2k and 2k+1 are band k; no band straddles a word.
			both := x & (x >> 1) & 0x5555555555555555
			if k := end - w*64; k < 64 {
				both &= 1<<k - 1
			}
			for ; both != 0; both &= both - 1 {
				if seen.in((w*64 + bits.TrailingZeros64(both)) / 2) {
					return true, shared
				}
				shared++
			}
		}
		m.bits[w] = x
		m.eq += bits.OnesCount64(x)
	}
	return false, shared
}

// lostToChrome counts the first n minimums that either page lost to its
// site's chrome: they tell nothing of the pair (see DropLines).
func lostToChrome(a, b []uint64, n int) int {
	lost := 0
	for w := 0; w*64 < n; w++ {
		var c uint64
		if w < len(a) {
			c = a[w]
		}
		if w < len(b) {
			c |= b[w]
		}
		if k := n - w*64; k < 64 {
			c &= 1<<k - 1
		}
		lost += bits.OnesCount64(c)
	}
	return lost
}

func agreeWordScalar(a, b *[64]uint32) uint64 {
	var x uint64
	for i := range a {
		x |= (uint64(a[i]^b[i]) - 1) >> 63 << i
	}
	return x
}

func (m *agreement) bit(i int) int { return int(m.bits[i>>6] >> (i & 63) & 1) }

// similarity is Similarity.
func (m *agreement) similarity() float64 {
	if m.n == 0 {
		return 0
	}
	return float64(m.eq) / float64(m.n)
}

// order is shingleOrder.
func (m *agreement) order(a, b *Signature) (order float64, spread int) {
	var s orderScratch
	return m.orderAtLeast(a, b, 0, &s)
}

// orderScratch is what finding the order of a pair needs besides the two
// signatures. A clustering worker keeps one for all its pairs: as fresh
// variables every pair zeroed 2.3 KB, and BenchmarkJudge took 10 % longer.
type orderScratch struct {
	slot            [smallHashes]uint16
	ps, tails, prev [smallHashes]int16
	tailPos         [smallHashes]uint8
	// stack is scan's and disorder's.
	stack [maxHashes + 1]uint16
}

// orderAtLeast is order for a caller that compares it only with need or
// more: once the in-order run cannot reach need, the sort stops and the
// order returned is an upper bound below need, with no spread. Most
// candidate pairs are pages of one topic whose shared shingles come in
// no order, and they are settled a third of the way in.
func (m *agreement) orderAtLeast(a, b *Signature, need float64, s *orderScratch) (order float64, spread int) {
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
		// longestRun gives up before the entry at which the longest run
		// still possible falls below least. From least entries or more
		// that bound falls by at most one an entry, so it gives up at
		// least-1, and it does whenever the longest run is shorter than
		// that. The pairs scan finds out of order, and disorder, bound
		// the run from above (see disorder.go): on the candidate pairs
		// of 10,000 generated pages the first settles five in six
		// without sorting them, the second, once sorted, nearly all the
		// rest without the piles.
		if sc := m.scan(a, b, &s.stack); least > 0 && sc.k >= least && sc.k-sc.crossed < least-1 {
			return givenUp(need, least, sc.k), 0
		}
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
		sortTies(ps)
		if least > 0 && len(ps) >= least && len(ps)-disorder(ps, &s.stack) < least-1 {
			return givenUp(need, least, len(ps)), 0
		}
		return longestSortedRun(ps, s.tails[:], s.prev[:], s.tailPos[:], least)
	}
	ps := make([]int16, 0, m.eq)
	for i := range n {
		if m.bit(i) != 0 {
			ps = append(ps, int16(uint16(a.Pos[i])<<8|uint16(b.Pos[i])))
		}
	}
	return longestRun(ps, make([]int16, len(ps)), make([]int16, len(ps)), make([]uint8, len(ps)), least)
}

// leastRun is the shortest in-order run among n shared minimums whose
// order reaches need: every shorter run's falls below it. It is n+1 when
// no run reaches need.
func leastRun(need float64, n int) int {
	if need <= 0 {
		return 0
	}
	if n <= smallHashes {
		t := leastRuns()
		for i, v := range orderThresholds {
			if v == need {
				return int(t[i][n])
			}
		}
	}
	return firstRun(need, n)
}

func firstRun(need float64, n int) int {
	k := 0
	for k <= n && wilsonLower(float64(k), float64(n), placeZ) < need {
		k++
	}
	return k
}

// orderThresholds are the orders judge compares with; leastRuns holds
// their leastRun for every count up to smallHashes.
var orderThresholds = [...]float64{nearMinOrder, spunMinOrder, topicMaxOrder}

var leastRuns = sync.OnceValue(func() *[len(orderThresholds)][smallHashes + 1]uint16 {
	var t [len(orderThresholds)][smallHashes + 1]uint16
	for i, need := range orderThresholds {
		for n := range t[i] {
			t[i][n] = uint16(firstRun(need, n))
		}
	}
	return &t
})

// givenUp is the order longestRun returns when it gives up on a run of
// least among n: that of a run one shorter. Most pairs judged end there,
// so for the thresholds and counts of leastRuns it is read from a table,
// worked out by the same call, rather than worked out again a pair.
func givenUp(need float64, least, n int) float64 {
	if n <= smallHashes {
		for i, v := range orderThresholds {
			if v == need && int(leastRuns()[i][n]) == least {
				return givenUps()[i][n]
			}
		}
	}
	return wilsonLower(float64(least-1), float64(n), placeZ)
}

var givenUps = sync.OnceValue(func() *[len(orderThresholds)][smallHashes + 1]float64 {
	var t [len(orderThresholds)][smallHashes + 1]float64
	for i, least := range leastRuns() {
		for n, l := range least {
			t[i][n] = wilsonLower(float64(int(l)-1), float64(n), placeZ)
		}
	}
	return &t
})

// smallHashes bounds the signatures whose order is found with scratch on
// the stack (the default is 128 hashes).
const smallHashes = 256

// sortTies sorts ps as uint16, each the first page's position (high
// byte) and the second's (low byte) of one agreeing minimum, given them
// sorted by the first page's position: only ties move, and they are few
// and short, so insertion sort finishes in about one pass.
func sortTies(ps []int16) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && uint16(ps[j]) < uint16(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// longestRun sorts ps, each the first page's position (high byte) and the
// second's (low byte) of one agreeing minimum, and finds the longest run
// in order in both, returning its share's lower bound and its spread.
// tails, prev and tailPos are scratch as long as ps. The values are uint16
// held in int16 so the scratch stays small; they compare as uint16. When
// the run cannot reach least entries it stops and returns the order of
// the longest run still possible, and no spread.
func longestRun(ps, tails, prev []int16, tailPos []uint8, least int) (order float64, spread int) {
	sortTies(ps)
	return longestSortedRun(ps, tails, prev, tailPos, least)
}

// longestSortedRun is longestRun for ps sorted already.
func longestSortedRun(ps, tails, prev []int16, tailPos []uint8, least int) (order float64, spread int) {
	// Patience sorting, keeping each pile's predecessor to recover the run.
	piles := 0
	// tailPos[k] is the second page's position at the end of pile k,
	// non-decreasing in k. Pairs share 28 minimums on average and make
	// few piles, so counting the piles a position may extend, without
	// branches, beats a binary search's mispredictions (25 % less time
	// on the candidate pairs of 10,000 generated pages).
	for i, p := range ps {
		// The run can grow by at most one entry an entry.
		if most := piles + len(ps) - i; most < least {
			return wilsonLower(float64(most), float64(len(ps)), placeZ), 0
		}
		v := uint8(p)
		lo := 0
		if piles <= 32 {
			for _, t := range tailPos[:piles] {
				if t <= v {
					lo++
				}
			}
		} else {
			for hi := piles; lo < hi; {
				m := int(uint(lo+hi) >> 1)
				if tailPos[m] <= v {
					lo = m + 1
				} else {
					hi = m
				}
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		tails[lo] = int16(i)
		tailPos[lo] = v
		if lo == piles {
			piles++
		}
	}
	var binsA, binsB uint8
	for i := int(tails[piles-1]); i >= 0; i = int(prev[i]) {
		binsA |= 1 << (uint16(ps[i]) >> 13)
		binsB |= 1 << (uint8(ps[i]) >> 5)
	}
	order = wilsonLower(float64(piles), float64(len(ps)), placeZ)
	return order, max(bits.OnesCount8(binsA), bits.OnesCount8(binsB))
}

// slots counts the place-bearing sentences and headings both pages have,
// filled in with different places, that come in the same order in both:
// a template keeps its outline; pages that merely use the same "… in
// <city>" phrasing do not.
func slots(a, b *Signature) int {
	if a.placeShapes&b.placeShapes == 0 {
		return 0
	}
	var buf [32]int
	js := buf[:0]
	for _, u := range a.places {
		if !u.slot || b.placeShapes&(1<<(u.shape&63)) == 0 {
			continue
		}
		at, same := -1, false
		for j, v := range b.places {
			if v.shape == u.shape {
				if v.fill == u.fill {
					same = true
				} else if at < 0 {
					at = j
				}
			}
		}
		if at >= 0 && !same {
			js = append(js, at)
		}
	}
	return lis(js)
}

// placeUnit is a unit that names a place, as slots compares it. slot: the
// unit may stand for a template slot (a heading or a sentence of enough
// content words) and is the first of the page's place units of its shape.
type placeUnit struct {
	shape, fill uint32
	slot        bool
}

func placeUnits(units []Unit) []placeUnit {
	var out []placeUnit
	for i, u := range units {
		if !u.Place {
			continue
		}
		slot := (u.Heading || u.Content >= alignMinContent) &&
			!slices.ContainsFunc(units[:i], func(x Unit) bool { return x.Place && x.Shape == u.Shape })
		out = append(out, placeUnit{shape: u.Shape, fill: u.Fill, slot: slot})
	}
	return out
}

// lis is the length of the longest strictly increasing subsequence.
func lis(xs []int) int {
	var buf [32]int
	tails := buf[:0]
	for _, x := range xs {
		k, _ := slices.BinarySearch(tails, x)
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	return len(tails)
}
