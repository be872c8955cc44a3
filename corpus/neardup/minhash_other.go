//go:build !amd64

package neardup

// useAVX512 is false where there is no vector kernel.
var useAVX512 = false

func minHashBlocks(best, shingles, mul, add []uint64) { panic("no vector kernel") }

func agreeWordAVX512(a, b *[64]uint32) uint64 { panic("no vector kernel") }

func binsAVX512(a, b *[64]uint32) (eq, empty uint64) { panic("no vector kernel") }
