// Package neardup finds families of pages built from one article — spun
// copies and location templates ("IOP in Maine", "IOP in Connecticut") —
// aligns each variant with its family's canonical page, and classifies what
// differs as fact, slot, spin or structure.
//
// It sits after claim extraction in the flow of ARCHITECTURE.md: Sign runs
// per document in the parallel extraction workers and keeps 640 bytes per
// page; Cluster runs once over all signatures; Align and ClassifyFamily run
// only on the pages of a family. Inputs are plain values (text, Page,
// Sentence), so the package does not depend on how documents are loaded.
//
// # Signatures
//
// Text is reduced to lower-case words; numbers (digits and number words,
// "a dozen") and capitalised US place names (states, DC, large cities) are
// masked, so "Maine"/"Connecticut" and "9"/"nine" do not break similarity.
// Masking every capitalised mid-sentence word was measured and left off: on
// the seeds it lowered the spun pair (3-shingle Jaccard 0.122 → 0.118) and
// raised unrelated pairs (max 0.012 → 0.017). Dropping stop words was also
// measured (pair 0.075, unrelated ≤0.010 at 3 words) and left off.
//
// Each 3-word shingle is hashed once (xxhash of the words, then a 64-bit
// mix); 128 MinHash values come from multiply-shift permutations of that
// one hash, which is an order of magnitude cheaper than 128 seeded hash
// runs. MinHash, LSH and union-find are our own ~300 lines: the Go MinHash
// libraries we know (ekzhu/minhash-lsh, dgryski/go-minhash,
// shawnohare/go-minhash) have been dormant for years, hash every shingle k
// times, and keep in-memory indexes we do not need; github.com/cespare/xxhash/v2
// is the maintained, fast 64-bit hash already in the module.
//
// # Thresholds (measured by TestCalibrateSeeds and TestCalibrateGenerated)
//
// Exact 3-shingle Jaccard on the masked text:
//
//	seeds 000 vs 004 (spun Maine/Connecticut pair)   0.122 (MinHash estimate 0.172)
//	seeds, every other pair (distinct IOP pages)     0.006–0.012 (estimates ≤ 0.031)
//	fixture article, 10 % / 14 % / 16 % of words swapped  0.57 / 0.46 / 0.42
//	generated families (5 % of words swapped per variant) 0.46–0.70, median 0.58
//	generated unrelated same-topic pages             median 0.026, max 0.050
//
// Real spinning is far heavier than a 10–20 % synonym swap: the seed pair
// shares only an eighth of its shingles. A template threshold of 0.4–0.5
// would never group it, so TemplateThreshold is 0.08, between the spun pair
// and the unrelated pages, and NearThreshold (0.5) separates lightly edited
// copies ("near") from spun ones ("template"). Shingles of 2 words (pair
// 0.246, unrelated up to 0.056) and of 1 word (0.52 vs up to 0.27)
// separate worse; 4 words leaves the pair at 0.072.
//
// LSH uses 64 bands of 2 rows, since a pair is a candidate with probability
// 1-(1-s²)^64: 0.60 at s = 0.12, 0.85 at 0.17, 0.9999 at 0.4, while an
// unrelated pair at 0.01 collides with probability 0.006. Candidates are
// verified on the full signature (next section). At 0.08 with 128 hashes
// the estimate's noise is about ±0.03, so families spun as hard as the seeds
// are found most of the time, not always; raise Hashes (and Bands) for
// better recall at proportionally more signing time.
//
// # Verification and linkage
//
// Jaccard alone cannot separate the template tier. On the generated corpus
// (internal/gencorpus, 300 pages, seed 1) planted families are 0.69–0.95
// (estimate), but 4,432 pairs of unrelated pages are also at 0.08 or more
// (median 0.22, max 0.41): pages written from one sentence grammar (every
// site's iop.html) share phrasing, though not an article. With single-link
// union-find at 0.08 they chained 161 of 300 pages into one group.
//
// So a pair joins on Jaccard alone only at NearThreshold (0.5); between
// TemplateThreshold and NearThreshold it must also pass Placement. Sign
// keeps, for each MinHash minimum, where its shingle starts (Pos, one byte,
// a fraction of the page). Spun copies keep the article's order, so shingles
// they share sit at the same place in both; shared stock phrases sit
// anywhere. Placement is the 95 % Wilson lower bound of the fraction of
// agreeing minimums within 5 % of the page of each other (PlacementThreshold
// 0.6), and the number of eighths of the page those aligned minimums fall in
// (at least 5): pages that embed the same table in the same place agree in
// one region only. Measured:
//
//	                                   estimate  placement  eighths
//	seeds 000/004 (spun pair)            0.172     0.703       7
//	other seed pairs                    ≤ 0.031    0           0
//	generated families (204 pairs)      ≥ 0.688   ≥ 0.881      8
//	generated others ≥ 0.08 (4,432)     ≤ 0.414   ≤ 0.479    ≤ 7, median 2
//
// Tolerances of 10 % and 15 % let the generated others reach 0.80; the
// Wilson bound rather than the raw fraction keeps eleven agreeing minimums
// that happen to line up (raw 0.73) below twenty-two in a spun copy (raw
// 0.86). Without the eighths rule, 24 and 26 groups of unrelated
// php.html/iop.html pages sharing the comparison table formed at 3,000
// generated pages (seeds 4, 5); with it, 0 and 2, and no planted family was
// split or merged at 300, 1,000 or 3,000 pages. Block-length shapes were
// measured first and left out: positional Σmin/Σmax of block word counts is
// 0.73 for the seed pair but up to 0.86 for unrelated generated pages
// (alternating short headings and 2–4-sentence paragraphs look alike), and
// an order-preserving alignment of lengths was worse (0.77 against up to
// 0.95). Recording where each minimum came from costs nothing measurable in
// Sign, since a new minimum is rare: 120–135 µs per 600-word page before and
// after.
//
// Single link would still chain A~B~C through pairs that each pass, so a
// union also requires the two components' roots (one member of each) to
// pass the same test: a page joins a family only when it resembles the
// family's core. Buckets are visited in a fixed order over pages in ID
// order, so the result does not depend on the order of the input.
//
// # Alignment
//
// Sentences are diffed first (each distinct sentence mapped to one rune,
// go-diff's lines-to-chars trick), removed and added sentences in a changed
// block are paired by word overlap, and paired sentences are diffed word by
// word (DiffTimeout 0, so a long sentence never degrades to delete-all,
// then DiffCleanupSemantic). A word hunk is a fact when the numbers it
// states differ once number words are read as numbers ("three to five
// weeks" = "3–5 weeks", "an hour" = "one hour") or one duration unit is
// swapped for another; a slot when both sides are places or capitalised
// names (ClassifyFamily keeps a non-place name as a slot only when the
// variant replaces it the same way everywhere); spin otherwise. Sentences
// left unpaired are structure (a removal, an addition, or a move when the
// same words appear elsewhere).
package neardup
