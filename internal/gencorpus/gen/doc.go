// Package gen builds a synthetic, deterministic corpus of provider web
// sites and the ground truth that goes with it (truth.json).
//
// It sits before the whole flow in ARCHITECTURE.md: its pages are what
// corpus.Load reads, and truth.json says which claims are consistent,
// which near-duplicate families exist and which contradictions each check
// should report, with exact file lines. Nothing in the tool imports it;
// tests and benchmarks do.
//
// Text comes from bracket grammars ("[a|b|c]" picks one) rather than fixed
// paragraphs, so that unrelated pages share few word shingles even at
// 100,000 pages, while members of one family share a base text and differ
// only by place names and synonym swaps, as spun articles do.
package gen
