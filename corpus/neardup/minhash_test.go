package neardup

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// minHashOneByOne is minHash as first written: every shingle runs through
// every hash function before the next. The register-blocked minHash must
// give the same minimums and the same (first) shingle indexes.
func minHashOneByOne(mins []uint32, words []uint64, k int, at []int32) {
	for i := range mins {
		mins[i] = math.MaxUint32
		at[i] = 0
	}
	if len(words) == 0 {
		return
	}
	k = min(k, len(words))
	for i := 0; i+k <= len(words); i++ {
		s := uint64(0x243f6a8885a308d3)
		for _, w := range words[i : i+k] {
			s = (s ^ w) * 0x9e3779b97f4a7c15
			s ^= s >> 29
		}
		for j := range mins {
			if v := uint32((s*hashMul[j] + hashAdd[j]) >> 32); v < mins[j] {
				mins[j] = v
				at[j] = int32(i)
			}
		}
	}
}

func TestMinHashMatchesOneByOne(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var scratch []uint64
	for trial := range 300 {
		n := r.IntN(700)
		words := make([]uint64, n)
		for i := range words {
			// A small vocabulary repeats shingles, so ties and first
			// occurrences are exercised.
			words[i] = hashWord(string(rune('a' + r.IntN(6))))
		}
		hashes := []int{1, 3, 4, 7, 64, 128, 130}[trial%7]
		k := 1 + r.IntN(4)
		want, wantAt := make([]uint32, hashes), make([]int32, hashes)
		minHashOneByOne(want, words, k, wantAt)
		got, gotAt := make([]uint32, hashes), make([]int32, hashes)
		got, scratch = minHash(got, words, k, gotAt, scratch)
		if !slices.Equal(got, want) || !slices.Equal(gotAt, wantAt) {
			t.Fatalf("trial %d (%d words, k=%d, %d hashes): minimums or indexes differ\ngot  %v %v\nwant %v %v", trial, n, k, hashes, got, gotAt, want, wantAt)
		}
	}
}

// TestMinHashKernels holds each vector kernel the CPU has to the scalar
// loop on the same shingles: every hash count that splits into whole
// blocks and a rest, ties included.
func TestMinHashKernels(t *testing.T) {
	keepVector(t)
	sets := kernelSets()[1:]
	if len(sets) == 0 {
		t.Log("no vector kernels on this CPU: the scalar loop is all there is (TestMinHashMatchesOneByOne)")
		return
	}
	r := rand.New(rand.NewPCG(3, 4))
	var scratch []uint64
	for trial := range 400 {
		words := make([]uint64, 1+r.IntN(900))
		for i := range words {
			words[i] = hashWord(string(rune('a' + r.IntN(8))))
		}
		hashes := []int{15, 16, 17, 32, 33, 48, 64, 96, 127, 128, 160, 256, 300}[trial%13]
		k := 1 + r.IntN(4)
		vector = scalarOnly
		sca, scaAt := make([]uint32, hashes), make([]int32, hashes)
		sca, scratch = minHash(sca, words, k, scaAt, scratch)
		for _, v := range sets {
			vector = v
			vec, vecAt := make([]uint32, hashes), make([]int32, hashes)
			vec, scratch = minHash(vec, words, k, vecAt, scratch)
			if !slices.Equal(vec, sca) || !slices.Equal(vecAt, scaAt) {
				t.Fatalf("trial %d (%d words, k=%d, %d hashes): %v and the scalar loop differ\nvector %v %v\nscalar %v %v", trial, len(words), k, hashes, v, vec, vecAt, sca, scaAt)
			}
		}
	}
}
