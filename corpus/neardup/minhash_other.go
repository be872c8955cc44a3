//go:build !amd64

package neardup

// useAVX512 is false where there is no vector kernel.
var useAVX512 = false

func minHashBlocks(best, shingles, mul, add []uint64) bool { return false }
