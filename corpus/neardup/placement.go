package neardup

import (
	"math"
	"math/bits"
)

// placeTolerance is how far apart, in Pos units (1/255 of a page), two
// occurrences of a shared shingle may sit and still count as the same place
// in the article: 5 %, measured in doc.go (10 % and 15 % let stock phrases
// of unrelated pages through more often than they helped the spun pair).
const placeTolerance = 13

// minPlacementSpread is the least number of eighths of a page that text
// shared in place must reach for a template-tier pair (see Placement).
const minPlacementSpread = 5

// placeZ is the one-sided 95 % normal quantile for the Wilson bound below.
const placeZ = 1.645

// Placement is the evidence that two pages share text because one was
// spun from the other rather than because they use the same stock phrases
// or carry the same boilerplate block. Of the MinHash minimums the two agree
// on (shingles they share), it takes those found at the same place in both
// pages (within 5 % of the text) and returns
//
//   - the lower end of a 95 % Wilson interval for their fraction, so a
//     handful of agreeing minimums that happen to line up (common for
//     unrelated pages sharing a title phrase) does not pass for the twenty
//     that line up in a spun copy;
//   - how many eighths of the page they fall in: a spun copy shares text in
//     place all through the article, two pages that differ but embed the
//     same table or disclaimer share it in one region only.
//
// Both are 0 when the signatures agree nowhere. When either signature
// lacks positions there is nothing to judge by, and Placement returns
// (1, 8) so that Jaccard alone decides.
func Placement(a, b Signature) (lower float64, spread int) {
	var m agreement
	m.of(&a, &b)
	var s orderScratch
	return m.placement(&a, &b, &s, 0)
}

// placement is Placement, with the caller's scratch, for a caller that
// asks for a spread of minSpread or more: below it the lower bound is
// given as 0, not worked out. Most pairs judged fall short of the
// spread, a popcount, and the bound is a square root and three
// divisions.
func (m *agreement) placement(a, b *Signature, s *orderScratch, minSpread int) (lower float64, spread int) {
	n := m.n
	if len(a.Pos) < n || len(b.Pos) < n {
		return 1, 8
	}
	if m.eq == 0 {
		return 0, 0
	}
	sc := m.scan(a, b, &s.stack)
	if spread = bits.OnesCount8(sc.bins); spread < minSpread {
		return 0, spread
	}
	return wilsonLower(float64(sc.aligned), float64(m.eq), placeZ), spread
}

// wilsonLower is the lower bound of the Wilson score interval for k
// successes in n trials.
func wilsonLower(k, n, z float64) float64 {
	p := k / n
	z2 := z * z
	centre := p + z2/(2*n)
	spread := z * math.Sqrt(p*(1-p)/n+z2/(4*n*n))
	return max(0, (centre-spread)/(1+z2/n))
}
