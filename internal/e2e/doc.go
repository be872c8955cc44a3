// Package e2e holds end-to-end tests that generate a corpus with
// internal/gencorpus, run it through the same pipeline as `factlint check`
// (corpus.Expand → checker.Analyze with near-duplicate signatures →
// checker.Families → Analysis.Check with checks.All)
// and compare the findings with the generator's truth.json.
//
// The floor subdirectory is a small program that only reads and parses the
// pages; scripts/bench uses it as the speed no checker can beat.
package e2e
