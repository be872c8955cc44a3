package neardup

import (
	"math"
	"slices"
	"sync"

	"github.com/cespare/xxhash/v2"
)

// Signature is what clustering needs of a page: 512 bytes of MinHash and
// 128 of placement at the default 128 hashes, so a corpus of 100k pages fits
// in ~70 MB.
type Signature struct {
	ID string
	// Exact hashes the normalised, unmasked words: equal only when the
	// pages say the same words, whatever the markup or spacing.
	Exact uint64
	// Mins is the MinHash of the masked shingles; nil for pages under
	// MinWords, which are not clustered.
	Mins []uint32
	// Pos[i] is where in the text the shingle behind Mins[i] starts, as a
	// fraction of the page scaled to 0–255. Spun copies keep an article's
	// order, so their shared shingles sit at about the same place; pages
	// that merely share stock phrases share them anywhere (see Placement).
	Pos   []uint8
	Words int
}

const maxHashes = 1024

// hashParams holds the multiply-shift constants that turn one 64-bit
// shingle hash into maxHashes independent-enough 32-bit hashes; hashing
// each shingle once and permuting it with a multiply and add is ~10× cheaper
// than seeding k separate xxhash runs.
var hashMul, hashAdd = func() (mul, add [maxHashes]uint64) {
	x := uint64(0x5eed_fac7_11e7_d00d)
	next := func() uint64 { // splitmix64: fixed, so signatures are stable across runs
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return z ^ z>>31
	}
	for i := range mul {
		mul[i] = next() | 1
		add[i] = next()
	}
	return
}()

// Masked words become these, so the template survives a change of place or
// number. They are hashes of strings no word can be.
var (
	maskNumber = hashWord("<#>")
	maskPlace  = hashWord("<place>")
	maskProper = hashWord("<name>")
	hashA      = hashWord("a")
	hashDozen  = hashWord("dozen")
)

// maskProperNouns masks capitalised words that do not open a sentence and
// are not function words. Measured in calibration_test.go; off, because it
// lifted unrelated same-topic pages more than it helped families (see doc.go).
var maskProperNouns = false

type signBuf struct {
	key   []byte
	words []uint64
	caps  []bool
	at    []int32
}

var signPool = sync.Pool{New: func() any { return &signBuf{key: make([]byte, 0, 64), words: make([]uint64, 0, 1024)} }}

// Sign computes a page's signature. It is safe for concurrent use and
// allocates only the returned Mins and Pos.
func Sign(id, text string, opt Options) Signature {
	opt = opt.withDefaults()
	b := signPool.Get().(*signBuf)
	defer signPool.Put(b)
	exact, n := b.normalise(text)
	sig := Signature{ID: id, Exact: exact, Words: n}
	if n < opt.MinWords {
		return sig
	}
	b.at = slices.Grow(b.at[:0], opt.Hashes)[:opt.Hashes]
	sig.Mins = minHash(b.words, opt.Shingle, opt.Hashes, b.at)
	sig.Pos = make([]uint8, opt.Hashes)
	if last := len(b.words) - opt.Shingle; last > 0 {
		for i, at := range b.at {
			sig.Pos[i] = uint8(int(at) * 255 / last)
		}
	}
	return sig
}

var space = []byte{' '}

// normalise leaves the masked word hashes in b.words and returns the exact
// content hash and the word count.
func (b *signBuf) normalise(text string) (exact uint64, n int) {
	words := b.words[:0]
	caps := b.caps[:0]
	var d xxhash.Digest
	d.Reset()
	sc := newWordScanner(text)
	for {
		st, en, atStart, ok := sc.next()
		if !ok {
			break
		}
		n++
		w := text[st:en]
		b.key = appendKey(b.key[:0], w)
		if n > 1 {
			d.Write(space)
		}
		d.Write(b.key)
		h := xxhash.Sum64(b.key)
		capital := isCapital(w)
		switch {
		case isDigitKey(string(b.key)) || numberWordHashes[h]:
			if h == hashDozen && len(words) > 0 && words[len(words)-1] == hashA {
				words = words[:len(words)-1]
				caps = caps[:len(caps)-1]
			}
			h = maskNumber
		case maskProperNouns && capital && !atStart && !functionWordHashes[h] && placeSeqs[h] == nil:
			h = maskProper
		}
		words = append(words, h)
		caps = append(caps, capital)
	}
	b.words, b.caps = maskPlaces(words, caps), caps
	return d.Sum64(), n
}

// maskPlaces replaces capitalised place names, longest match first, in place.
func maskPlaces(words []uint64, caps []bool) []uint64 {
	out := words[:0]
	for i := 0; i < len(words); {
		if caps[i] {
			if seqs := placeSeqs[words[i]]; seqs != nil {
				if l := matchSeq(words[i:], seqs); l > 0 {
					out = append(out, maskPlace)
					i += l
					continue
				}
			}
		}
		out = append(out, words[i])
		i++
	}
	return out
}

func matchSeq(words []uint64, seqs [][]uint64) int {
next:
	for _, seq := range seqs {
		if len(seq) > len(words) {
			continue
		}
		for j, h := range seq {
			if words[j] != h {
				continue next
			}
		}
		return len(seq)
	}
	return 0
}

// minHash hashes each k-word shingle once and keeps, per hash function, the
// least value of its multiply-shift permutation; at[j] is set to the index
// of the shingle that gave mins[j]. A new minimum is rare (about ln n times
// per hash over n shingles), so recording it costs next to nothing.
func minHash(words []uint64, k, hashes int, at []int32) []uint32 {
	mins := make([]uint32, hashes)
	for i := range mins {
		mins[i] = math.MaxUint32
		at[i] = 0
	}
	if len(words) == 0 {
		return mins
	}
	if k > len(words) {
		k = len(words)
	}
	mul, add := hashMul[:hashes], hashAdd[:hashes]
	at = at[:hashes]
	for i := 0; i+k <= len(words); i++ {
		s := uint64(0x243f6a8885a308d3)
		for _, w := range words[i : i+k] {
			s = (s ^ w) * 0x9e3779b97f4a7c15
			s ^= s >> 29
		}
		for j := range mins {
			if v := uint32((s*mul[j] + add[j]) >> 32); v < mins[j] {
				mins[j] = v
				at[j] = int32(i)
			}
		}
	}
	return mins
}

// Similarity estimates the Jaccard similarity of two signatures' shingle
// sets as the fraction of agreeing minimums.
func Similarity(a, b Signature) float64 {
	n := min(len(a.Mins), len(b.Mins))
	if n == 0 {
		return 0
	}
	eq := 0
	for i := range n {
		if a.Mins[i] == b.Mins[i] {
			eq++
		}
	}
	return float64(eq) / float64(n)
}

// functionWords are never proper nouns even when capitalised mid-sentence
// (headings in title case).
var functionWordHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
		"for", "with", "by", "from", "as", "is", "are", "be", "what", "how", "why", "when", "who",
		"you", "your", "we", "our", "it", "its", "this", "that", "these", "those", "do", "does",
		"can", "will", "i", "if", "not", "no", "yes", "about", "into", "vs"} {
		m[hashWord(w)] = true
	}
	return m
}()
