// Command gencorpus writes a synthetic corpus of addiction-treatment provider
// sites with a ground-truth file, so the extractor, the near-duplicate
// clustering and the checks can be measured on more pages than anyone
// would annotate by hand, and benchmarked at scale.
//
//	go run ./internal/gencorpus -n 10000 -seed 1 -out DIR
//
// The generation logic lives in package gen so that tests elsewhere can
// build a corpus in a temporary directory; this command only parses flags.
package main
