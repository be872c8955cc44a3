package neardup

import "math"

// Tiers of a pair or a family, from the strictest. A family's tier is its
// weakest link's.
const (
	TierExact    = "exact"
	TierNear     = "near"
	TierTemplate = "template"
	TierSpun     = "spun"
)

// tierRank orders tiers from the strictest; 0 is no relation.
func tierRank(t string) int {
	switch t {
	case TierExact:
		return 1
	case TierNear:
		return 2
	case TierTemplate:
		return 3
	case TierSpun:
		return 4
	}
	return 0
}

// Thresholds below NearThreshold, measured on real pages in doc.go.
const (
	// nearMinShingle, nearMinOrder and nearMinSpread: a copy shifted by a
	// header, a table or a new paragraph shares its shingles nearly all in
	// order, all through the page. The near copies of pages-dev share
	// 0.24–0.45 of their shingles (order ≥ 0.87); republished copies of one
	// article on one site are reported from 0.14, so the floor is 0.12. No
	// unrelated pair of pages-dev at 0.05 or more has order above 0.80, and
	// the one shared paragraph that reaches 0.91 covers 6 eighths.
	nearMinShingle = 0.12
	nearMinOrder   = 0.85
	nearMinSpread  = 7
	// A template filled in for another place: a heading (or the address)
	// equal but for the place, on pages about the same things.
	slotMinBag = 0.2
	// urlSlotMinBag: pages whose addresses are equal but for the place
	// ("georgia.example.org/inpatient", "/ohio/" and "/michigan/") need
	// fewer content words in common. In five labelled sets every such
	// pair is a labelled template family (15 of 16; the other joins two
	// members of one template the labels list apart), sharing 0.16 to
	// 0.64 of their content words: location networks rewrite each
	// place's page around one outline. (At 0.2, four of them were lost.)
	urlSlotMinBag = 0.12
	slotMinSlots  = 2
	// slotMinShingle: without a place slot in the address too, two pages
	// that share only one place-slotted paragraph (a directory listing
	// quoting a location page's description) are no template's copies.
	// City-template pairs of the labelled sets whose addresses carry no
	// slot share 0.40 of their shingles or more; such listings 0.14–0.16.
	slotMinShingle = 0.25
	// Pages of one topic written separately (two articles of one site,
	// or the generator's articles drawn from one grammar) share many
	// content words, but their shared shingles come in any order.
	topicMinBag    = 0.4
	topicMaxOrder  = 0.6
	slotMinAligned = 3
	// spun: rewritten sentence by sentence on one outline.
	spunMinAligned = 10
	spunMinCover   = 0.4
	spunMinSpread  = 5
	spunMinBag     = 0.25
	spunMinOrder   = 0.65
	// respun: a copy spun word by word ("ordinarily convenes five days
	// per week" for "usually meets five days a week") shares fewer
	// words and shingles than spunMinBag, and is judged on its outline.
	respunMinShingle = 0.06
	respunMinBag     = 0.18
	// sameSiteMinShingle and sameSiteMinCover: two pages of one site
	// share its stock paragraphs ("Why choose us", the program blurb a
	// location page repeats), which are not a spun copy of one article.
	// In the labelled sets every spun pair is across sites; the pages of
	// one site judged spun that only shared such paragraphs shared at most
	// 0.31 of their shingles and 0.45 of their sentences, its real copies
	// 0.44 of their shingles, or 0.54 of their sentences.
	sameSiteMinShingle = 0.35
	sameSiteMinCover   = 0.5
	// reworded: an article rewritten phrase by phrase for another site
	// keeps its outline and most of its sentences, each reworded, but so
	// few shingles that their order's lower bound falls short of
	// spunMinOrder. Its sentences, paired in order all through both
	// pages, say what the shingles cannot.
	rewordMinOrder = 0.5
	// rewordMaxShingle: a reworded copy has lost its shingles with its
	// words; articles of one topic drawn from one pool of sentences keep
	// theirs (0.27–0.35 in the generator's), shuffled.
	rewordMaxShingle = 0.2
	rewordMinAligned = 12
	rewordMinCover   = 0.55
	rewordMinSpread  = 7
	// minOrderShared: below five shared minimums the order's lower bound
	// cannot reach spunMinOrder (5 of 5 in order bound at 0.65), so it is
	// not worth computing.
	minOrderShared = 5
)

// judge decides whether two signatures belong in one family and in which
// tier, from the cheapest evidence up: the sentence alignment runs only
// when the shingles have not settled it and the pages share enough
// content words for it to matter.
func (o Options) judge(a, b Signature) (Evidence, string) {
	var s orderScratch
	return o.judgeWith(a, b, &s)
}

// judgeWith is judge with the caller's scratch.
func (o Options) judgeWith(a, b Signature, s *orderScratch) (Evidence, string) {
	var m agreement
	if a.Exact != b.Exact {
		m.of(&a, &b)
	}
	return o.judgeAgreed(&a, &b, &m, s)
}

// judgeAgreed is judgeWith for a caller that has marked the pair's
// agreeing minimums in m already (unless the pages are exact copies). It
// takes the signatures by pointer, as judgeText and what they call do:
// a signature is some 300 bytes, and clustering judges millions of
// pairs.
// A pair no tier's text evidence joins is still one article published
// twice when the site gives both one title in their addresses and they
// share content words (urlTitle).
func (o Options) judgeAgreed(a, b *Signature, m *agreement, s *orderScratch) (Evidence, string) {
	e, tier := o.judgeText(a, b, m, s)
	if tier == "" && a.URLTitle != 0 && a.URLTitle == b.URLTitle && e.Bag >= urlTitleMinBag {
		e.URLTitle = true
		tier = TierSpun
	}
	if tier == "" && a.URLPage != 0 && a.URLPage == b.URLPage && e.Bag >= urlPageMinBag {
		e.URLPage = true
		tier = TierSpun
	}
	return e, tier
}

// judgeText judges a pair on what its texts share.
func (o Options) judgeText(a, b *Signature, m *agreement, s *orderScratch) (Evidence, string) {
	if a.Exact == b.Exact {
		return Evidence{Shingle: 1, Order: 1, Bag: 1}, TierExact
	}
	e := Evidence{Shingle: m.similarity(), Slots: slots(a, b)}
	e.URLSlot = urlSlot(a, b)
	e.URLNetwork = urlNetworked(a, b)
	filled := e.Slots > 0 || e.URLSlot || e.URLNetwork
	sameSite := a.Host != 0 && a.Host == b.Host
	if e.Shingle >= o.NearThreshold {
		return e, orTemplate(filled, TierNear)
	}
	// Two program pages of one site built from one template, each
	// about its own level: nothing short of near copies is a family.
	if siblingLevels(a, b) {
		return e, ""
	}
	e.Bag = estimateBins(a.Bag, b.Bag)
	// Whether an address may make the pair a template (addressBacked
	// decides what else it needs).
	addressed := e.URLNetwork || e.URLSlot && e.Bag >= urlSlotMinBag
	// Whether the reworded rule may join the pair (see rewordMinOrder):
	// two sites' pages of one outline, with words enough in common and
	// few shingles.
	mayReword := e.Bag >= spunMinBag && e.Shingle < rewordMaxShingle && !sameSite && outlineAlike(a.Units, b.Units)
	// Every rule below needs some shingles, some content words or some
	// place slots in common; most candidate pairs have none of them.
	// (Pages an address joins need only the lines they share.)
	if e.Shingle < min(nearMinShingle, o.TemplateThreshold) && e.Bag < min(slotMinBag, spunMinBag) && e.Slots < slotMinSlots && !addressed {
		return e, ""
	}
	// Order is needed by the near rule below, by the spun tier, and to
	// tell one topic from one template when many content words are shared.
	if e.Shingle >= nearMinShingle || e.Shingle*float64(len(a.Mins)) >= minOrderShared && (e.Bag >= min(spunMinBag, topicMinBag) || addressed) {
		// Below the least threshold the rules below apply to this
		// pair, every one of them reads the same, so the order is only
		// worked out that far; Evidence.Order is then an upper bound.
		need := math.Inf(1)
		if e.Shingle >= nearMinShingle {
			need = nearMinOrder
		}
		if e.Bag >= spunMinBag {
			need = min(need, spunMinOrder)
			if mayReword {
				need = min(need, rewordMinOrder)
			}
		}
		// Telling one topic from one template matters only to the rules
		// of place slots; without them the order is worked out no lower
		// than the spun tier's, which saves a tenth of it on pages of
		// one topic (nine in ten of the pairs judged).
		if e.Bag >= topicMinBag && (e.Slots >= slotMinSlots || e.URLSlot || e.URLNetwork) {
			need = min(need, topicMaxOrder)
		}
		e.Order, e.OrderSpread = m.orderAtLeast(a, b, need, s)
	}
	if e.Shingle >= nearMinShingle && e.Order >= nearMinOrder && e.OrderSpread >= nearMinSpread {
		return e, orTemplate(filled, TierNear)
	}
	switch {
	case e.Slots >= slotMinSlots && !e.sameTopicOnly() && (e.URLSlot || e.Shingle >= slotMinShingle):
		return e, TierTemplate
	case e.Shingle >= o.TemplateThreshold && (filled || !sameSite || e.Shingle >= sameSiteMinShingle) && o.placed(a, b, m, s):
		// Shingles shared in place all through both pages: one article,
		// reworded (spun) or filled in for another place (template).
		return e, orTemplate(filled, TierSpun)
	}
	// The sentence alignment is the costly part; run it only for pairs
	// that can still pass with it.
	urlSlot := addressed && !e.sameTopicOnly()
	spun := e.Bag >= spunMinBag && e.Order >= spunMinOrder
	reworded := !spun && mayReword && e.Order >= rewordMinOrder
	// A copy spun word by word keeps few words and fewer shingles, but its
	// outline: sentence for sentence the same length of page, and the
	// numbers and program names it keeps in their order.
	if !spun && !urlSlot && respunCandidate(e, outlineAlike(a.Units, b.Units)) {
		if e.Order == 0 {
			e.Order, e.OrderSpread = m.orderAtLeast(a, b, spunMinOrder, s)
		}
		spun = e.Order >= spunMinOrder
	}
	if !urlSlot && !spun && !reworded {
		return e, ""
	}
	e.Aligned, e.Cover, e.AlignSpread = alignUnits(a.Units, b.Units)
	switch {
	case urlSlot && e.Aligned >= slotMinAligned && addressBacked(e, a, b):
		return e, TierTemplate
	case spun && e.Aligned >= spunMinAligned && e.Cover >= spunMinCover && e.AlignSpread >= spunMinSpread &&
		(!sameSite || e.Shingle >= sameSiteMinShingle || e.Cover >= sameSiteMinCover):
		return e, TierSpun
	case reworded && e.Aligned >= rewordMinAligned && e.Cover >= rewordMinCover && e.AlignSpread >= rewordMinSpread:
		return e, TierSpun
	}
	return e, ""
}

// addressBacked reports whether a pair an address joins (see urlSlot and
// urlNetwork) shares enough besides: with a fifth of their content words
// in common, the lines already paired; below that, three sentences of
// three content words or more, not only a menu and headings ("Home",
// "Insurance", "Contact Us"); two sites of one network, five units
// paired, three of them such sentences.
func addressBacked(e Evidence, a, b *Signature) bool {
	switch {
	case e.URLSlot && e.Bag >= slotMinBag:
		return true
	case e.URLSlot && e.Bag >= urlSlotMinBag:
		return sentencesAligned(a.Units, b.Units) >= networkMinSentences
	}
	return e.Aligned >= networkMinAligned && sentencesAligned(a.Units, b.Units) >= networkMinSentences
}

// orTemplate is tier, or the template tier for a pair that fills a place
// slot: filled in for another place, whatever else the pages share.
func orTemplate(filled bool, tier string) string {
	if filled {
		return TierTemplate
	}
	return tier
}

// placed is the template tier's shingle test: shared shingles at the same
// places of both pages, all through them (see Placement).
func (o Options) placed(a, b *Signature, m *agreement, s *orderScratch) bool {
	lower, spread := m.placement(a, b, s, minPlacementSpread)
	return lower >= o.PlacementThreshold && spread >= minPlacementSpread
}

// sameTopicOnly: many content words in common, but the shingles the pages
// share are out of order, which a template or a spun copy never is.
func (e Evidence) sameTopicOnly() bool {
	return e.Bag >= topicMinBag && e.Order < topicMaxOrder
}

// respunCandidate reports a pair too far apart in words for the spun rule
// whose outline and figures may still be one article's.
func respunCandidate(e Evidence, outline bool) bool {
	return outline && e.Shingle >= respunMinShingle && e.Bag >= respunMinBag && e.Bag < spunMinBag
}

// outlineAlike reports pages of about as many sentences and headings, as
// a copy spun sentence by sentence keeps: within a tenth of each other.
func outlineAlike(a, b []Unit) bool {
	na, nb := len(a), len(b)
	return na >= spunMinAligned && nb >= spunMinAligned && 10*abs(na-nb) <= max(na, nb)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
