package neardup

import "golang.org/x/sys/cpu"

// useAVX512 picks the vector kernels below over the scalar code. Signing
// a page is a multiply per hash function and shingle (128 × some 600 a
// page), and judging a pair compares 128 minimums and 64 bins; AVX-512
// does eight multiplies or sixteen compares at once. The kernels give
// what the scalar code gives (TestMinHashKernels, TestVectorCompares).
var useAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// minsAVX512 writes to best[j], for each of the blocks×32 hash functions
// j, the least (s*mul[j]+add[j])&^0xffffffff | i over the n shingles s
// (i its index): the value in the high half, the first shingle that gave
// it in the low.
//
//go:noescape
func minsAVX512(best, shingles, mul, add *uint64, blocks, n int)

// minHashBlocks fills best (a non-zero multiple of 32 long) as
// minsAVX512 does, over at least one shingle.
func minHashBlocks(best, shingles, mul, add []uint64) {
	minsAVX512(&best[0], &shingles[0], &mul[0], &add[0], len(best)/32, len(shingles))
}

// agreeWordAVX512 is agreeWord in four vector compares.
//
//go:noescape
func agreeWordAVX512(a, b *[64]uint32) uint64

// binsAVX512 gives the bins of two 64-bin content-word signatures that
// agree and those empty in both, as masks.
//
//go:noescape
func binsAVX512(a, b *[64]uint32) (eq, empty uint64)
