package neardup

import "golang.org/x/sys/cpu"

// The vector kernels of minhash_amd64.s (AVX-512) and avx2_amd64.s. Signing
// a page is a multiply per hash function and shingle (128 × some 600 a
// page), and judging a pair compares 128 minimums and 64 bins; AVX-512
// does eight multiplies or sixteen compares at once, AVX2 four multiplies
// (from three of 32 bits each) or eight compares. The kernels give what
// the scalar code gives (TestMinHashKernels, TestVectorCompares).

func cpuHas(v vectorKernels) bool {
	switch v {
	case withAVX512:
		return cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ
	case withAVX2:
		return cpu.X86.HasAVX2
	}
	return true
}

// minsAVX512 writes to best[j], for each of the blocks×32 hash functions
// j, the least (s*mul[j]+add[j])&^0xffffffff | i over the n shingles s
// (i its index): the value in the high half, the first shingle that gave
// it in the low.
//
//go:noescape
func minsAVX512(best, shingles, mul, add *uint64, blocks, n int)

// minsAVX2 is minsAVX512 for blocks of 16 hash functions, given the
// multipliers' high halves and the addends plus 2⁶³ as well.
//
//go:noescape
func minsAVX2(best, shingles, mul, mulHi, addFlipped *uint64, blocks, n int)

// hashMulHi and hashAddFlipped are what minsAVX2 needs besides hashMul.
var hashMulHi, hashAddFlipped = func() (hi, flipped [maxHashes]uint64) {
	for i := range hashMul {
		hi[i] = hashMul[i] >> 32
		flipped[i] = hashAdd[i] + 1<<63
	}
	return
}()

// minHashBlocks fills best (a non-zero multiple of vector.block() long)
// for the hash functions from j on, as minsAVX512 does, over at least one
// shingle.
func minHashBlocks(best, shingles []uint64, j int) {
	_ = hashMul[j+len(best)-1]
	if vector == withAVX512 {
		minsAVX512(&best[0], &shingles[0], &hashMul[j], &hashAdd[j], len(best)/32, len(shingles))
		return
	}
	minsAVX2(&best[0], &shingles[0], &hashMul[j], &hashMulHi[j], &hashAddFlipped[j], len(best)/16, len(shingles))
}

// agreeWordAVX512 is agreeWord in four vector compares.
//
//go:noescape
func agreeWordAVX512(a, b *[64]uint32) uint64

// agreeWordAVX2 is agreeWord in eight vector compares.
//
//go:noescape
func agreeWordAVX2(a, b *[64]uint32) uint64

// binsAVX512 gives the bins of two 64-bin content-word signatures that
// agree and those empty in both, as masks.
//
//go:noescape
func binsAVX512(a, b *[64]uint32) (eq, empty uint64)

// binsAVX2 is binsAVX512 in eight vector compares.
//
//go:noescape
func binsAVX2(a, b *[64]uint32) (eq, empty uint64)
