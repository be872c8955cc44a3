package neardup

import (
	"math"
	"slices"
	"sync"

	"github.com/cespare/xxhash/v2"
)

// Signature is what clustering needs of a page: at the default 128 hashes
// 512 bytes of MinHash, 128 of placement, 256 of content words and 24 per
// sentence, so a corpus of 100k 600-word pages fits in ~170 MB.
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
	Pos []uint8
	// posRank[i] is the rank of Pos[i] among Pos (ties by index), so
	// comparing two pages' order needs no sort (shingleOrder); nil over
	// smallHashes hashes.
	posRank []uint8
	// Bag is the MinHash of the stemmed content words (stop words,
	// numbers and places left out): the spun tier's similarity.
	Bag []uint32
	// Units are the page's sentences and lines, in order (see Unit).
	Units []Unit
	// URLShape hashes the page's address with place names masked, and
	// URLFill the place names; both 0 when the address names no place
	// (see urlSlots).
	URLShape, URLFill uint32
	// URLTitle hashes the host and the title words of the address (see
	// urlTitle); 0 when it has too few.
	URLTitle uint32
	// URLPage hashes the address as one page of one site (see urlPage): two
	// files of one page, or a copy its CMS numbered; 0 without an address.
	URLPage uint32
	// URLNetwork hashes the address's domain name with the state in it
	// masked, and NetworkFill the state; both 0 when the domain names
	// none (see urlNetwork).
	URLNetwork, NetworkFill uint32
	// Host hashes the address's host, "www." left out; 0 without one.
	Host uint32
	// URLLevel is the level of care the address names (see urlLevel).
	URLLevel uint8
	// lines[i] is the text line Units[i] opens on, kept until DropLines
	// has been told which lines are a site's chrome.
	lines []uint16
	// minUnits[i] is the unit the shingle behind Mins[i] starts in
	// (noUnit: past the last unit), kept as long as lines.
	minUnits []uint8
	// chrome has bit i set when Mins[i] is a stand-in for a minimum
	// whose shingle was the site's chrome (DropLines): the shingle
	// similarity counts the minimums neither page lost.
	chrome []uint64
	// places are the units that name a place, in order: all slots looks
	// at, so it need not scan every unit of both pages (nil: none).
	places []placeUnit
	// placeShapes has bit shape%64 set for each of places: most pairs
	// judged share no place sentence's shape, and slots then compares
	// none of them.
	placeShapes uint64
	Words       int
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
	key    []byte
	joined []byte   // the page's keys joined by spaces, for the exact hash
	words  []uint64 // masked word hashes
	orig   []uint64 // unmasked word hashes, for slot fills
	stems  []uint64 // stemmed content-word hashes, 0 for stop words and masks
	// opens says of each word whether maskPlaces looks for a place
	// name there: a capitalised first word of one, not masked.
	opens []bool
	unit  []int32 // unit index of each word
	metas []unitMeta
	at    []int32
	// shingles holds minHash's shingle hashes.
	shingles []uint64
}

var signPool = sync.Pool{New: func() any { return &signBuf{key: make([]byte, 0, 64), words: make([]uint64, 0, 1024)} }}

// bagHashes is the length of the content-word MinHash: enough to tell
// 0.2 from 0.4 (±0.06), a quarter of the shingle signature's cost.
const bagHashes = 64

// Sign computes a page's signature. It is safe for concurrent use and
// allocates only the returned slices. The page's address, when the text
// names one on its first line ("SOURCE: https://…"), counts as a template
// slot (see urlSlots); SignURL takes it from the caller instead.
func Sign(id, text string, opt Options) Signature {
	return SignURL(id, pageURL(text), text, opt)
}

// SignURL is Sign for a page whose address is known apart from its text
// (a crawl, a canonical link); an empty url means none.
func SignURL(id, url, text string, opt Options) Signature {
	opt = opt.withDefaults()
	b := signPool.Get().(*signBuf)
	defer signPool.Put(b)
	exact, n := b.normalise(text)
	sig := Signature{ID: id, Exact: exact, Words: n}
	if n < opt.MinWords {
		return sig
	}
	b.at = slices.Grow(b.at[:0], opt.Hashes)[:opt.Hashes]
	// What judging a pair reads of a signature sits in two blocks, the
	// minimums beside the content-word bins and the positions beside their
	// ranks, because clustering reads signatures in no order: at 100,000
	// generated pages four scattered blocks cost 4 % more CPU time.
	words := make([]uint32, opt.Hashes+bagHashes)
	sig.Mins, b.shingles = minHash(words[:opt.Hashes:opt.Hashes], b.words, opt.Shingle, b.at, b.shingles)
	sig.Bag = bagHash(words[opt.Hashes:], b.stems)
	size := opt.Hashes
	if size <= smallHashes {
		size *= 2
	}
	pos := make([]uint8, size)
	sig.Pos = pos[:opt.Hashes:opt.Hashes]
	if last := len(b.words) - opt.Shingle; last > 0 {
		for i, at := range b.at {
			sig.Pos[i] = uint8(int(at) * 255 / last)
		}
	}
	if opt.Hashes <= smallHashes {
		sig.posRank = rankByPos(pos[opt.Hashes:], sig.Pos)
	}
	sig.Units, sig.lines = b.units()
	sig.minUnits = make([]uint8, len(b.at))
	for i, at := range b.at {
		sig.minUnits[i] = noUnit
		if int(at) < len(b.unit) && int(b.unit[at]) < len(sig.Units) {
			sig.minUnits[i] = uint8(b.unit[at])
		}
	}
	sig.indexPlaces()
	// One parse of the address serves all its readings.
	u, host := pageHost(url)
	sig.URLShape, sig.URLFill = urlSlots(u, host)
	sig.URLTitle = urlTitle(u, host)
	sig.URLPage = urlPage(u, host)
	sig.Host = hostHash(u, host)
	sig.URLNetwork, sig.NetworkFill = urlNetwork(host)
	sig.URLLevel = urlLevel(u)
	return sig
}

func (sig *Signature) indexPlaces() {
	sig.places = placeUnits(sig.Units)
	sig.placeShapes = 0
	for _, u := range sig.places {
		sig.placeShapes |= 1 << (u.shape & 63)
	}
}

// noUnit marks a shingle that starts in no unit (maxUnits < noUnit).
const noUnit = 255

// DropLines takes the lines drop reports (lines of the signed text, from
// 0) out of the signature, and forgets which line each unit came from.
//
// A site's header, menu and footer are the same lines on every page of
// it. On short pages they are about ten units that align in order from
// the top of the page to its bottom, which is what the spun tier asks of
// a rewritten article, and a third of the shingles, in order, which with
// one shared paragraph is what the near tier asks. Which lines they are
// is known only once every page of the site has been read
// (corpus.BoilerplateIndex), after the pages were signed, so they are
// taken out of the signature rather than out of the text: their units
// leave, and the MinHash minimums whose shingles start in them agree
// with no other page's, and the shingle similarity of a pair is read
// over the minimums left in both. A shared paragraph between two
// headers and footers is then a paragraph's share of two articles, while
// a template's shared text after its last own block, which the index
// cannot tell from a footer on a site of template pages alone, still
// agrees with the copies' own text around it. A nil drop only forgets the
// lines.
func (sig *Signature) DropLines(drop func(line int) bool) {
	lines, minUnits := sig.lines, sig.minUnits
	sig.lines, sig.minUnits = nil, nil
	if drop == nil || len(lines) != len(sig.Units) || len(minUnits) != len(sig.Mins) {
		return
	}
	var dropped [4]uint64 // by unit index; maxUnits < 256
	any := false
	for i, l := range lines {
		if drop(int(l)) {
			dropped[i>>6] |= 1 << (i & 63)
			any = true
		}
	}
	if !any {
		return
	}
	// Stand-ins unequal to any real minimum but by chance, and to every
	// other page's, exact copies' too: the page's ID varies them.
	id := uint32(xxhash.Sum64String(sig.ID))
	for i, u := range minUnits {
		if u != noUnit && dropped[u>>6]>>(u&63)&1 != 0 {
			sig.Mins[i] = id ^ uint32(i+1)*0x9e3779b9
			if sig.chrome == nil {
				sig.chrome = make([]uint64, (len(sig.Mins)+63)/64)
			}
			sig.chrome[i>>6] |= 1 << (i & 63)
		}
	}
	kept := sig.Units[:0]
	for i, u := range sig.Units {
		if dropped[i>>6]>>(i&63)&1 == 0 {
			kept = append(kept, u)
		}
	}
	sig.Units = kept
	sig.indexPlaces()
}

// rankByPos writes into out the rank of each position among pos, ties by
// index, and returns it: a counting sort, since positions are bytes. pos
// has at most 256 entries.
func rankByPos(out, pos []uint8) []uint8 {
	var start [257]int
	for _, p := range pos {
		start[int(p)+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	for i, p := range pos {
		out[i] = uint8(start[p])
		start[p]++
	}
	return out
}

// normalise leaves the masked word hashes in b.words (with their unmasked
// hashes, stems and units alongside) and returns the exact content hash
// and the word count.
func (b *signBuf) normalise(text string) (exact uint64, n int) {
	words, orig, stems, opens, unit := b.words[:0], b.orig[:0], b.stems[:0], b.opens[:0], b.unit[:0]
	metas := b.metas[:0]
	// The exact hash is of the keys joined by spaces, hashed at the end:
	// a streaming digest's two writes a word cost more than the copy.
	joined := b.joined[:0]
	sc := newWordScanner(text)
	for {
		st, en, atStart, ok := sc.next()
		if len(metas) > 0 && (!ok || sc.gap&(gapLine|gapEnd) != 0) {
			m := &metas[len(metas)-1]
			m.lineEnd = !ok || sc.gap&gapLine != 0
			m.stop = sc.gap&gapStop != 0
		}
		if !ok {
			break
		}
		if len(metas) == 0 || sc.gap&(gapLine|gapEnd) != 0 {
			metas = append(metas, unitMeta{lineStart: sc.gap&gapLine != 0, line: uint16(min(sc.line, math.MaxUint16))})
		}
		metas[len(metas)-1].words++
		n++
		w := text[st:en]
		if n > 1 {
			joined = append(joined, ' ')
		}
		// The key is written where the exact hash reads it, and copied
		// only for stemming, which cuts it in place.
		at := len(joined)
		joined = appendKey(joined, w)
		key := joined[at:]
		h := xxhash.Sum64(key)
		o, stem := h, uint64(0)
		class := wordClasses.get(h)
		switch {
		case isDigitKey(key) || class&classNumber != 0:
			if h == hashDozen && len(words) > 0 && words[len(words)-1] == hashA {
				words, orig, stems = words[:len(words)-1], orig[:len(orig)-1], stems[:len(stems)-1]
				opens, unit = opens[:len(opens)-1], unit[:len(unit)-1]
			}
			h = maskNumber
		case maskProperNouns && isCapital(w) && !atStart && !functionWordHashes[h] && placeSeqs[h] == nil:
			h = maskProper
		case class&classStop == 0 && len(key) > 1:
			stem = h
			b.key = append(b.key[:0], key...)
			if k := stemKey(b.key); len(k) != len(key) { // every rule shortens or lengthens the key
				stem = xxhash.Sum64(k)
			}
		}
		words, orig, stems = append(words, h), append(orig, o), append(stems, stem)
		// The class table knows the first words of place names, so the
		// place names' own map is asked only where one may start.
		opens = append(opens, class&classPlace != 0 && h == o && isCapital(w))
		unit = append(unit, int32(len(metas)-1))
	}
	b.words, b.orig, b.stems, b.opens, b.unit, b.metas, b.joined = words, orig, stems, opens, unit, metas, joined
	b.maskPlaces()
	return xxhash.Sum64(joined), n
}

// maskPlaces replaces capitalised place names, longest match first, in
// place; the place's words leave the content words, and its unmasked
// hashes stay in orig as the slot's fill.
func (b *signBuf) maskPlaces() {
	words := b.words
	out := 0
	for i := 0; i < len(words); {
		l := 0
		if b.opens[i] {
			l = matchSeq(words[i:], placeSeqs[words[i]])
		}
		if l > 0 {
			f := uint64(0)
			for _, o := range b.orig[i : i+l] {
				f = (f ^ o) * 0x9e3779b97f4a7c15
			}
			b.words[out], b.orig[out], b.stems[out], b.unit[out] = maskPlace, f, 0, b.unit[i]
			out++
			i += l
			continue
		}
		// Words before the first place stay where they are.
		if out != i {
			b.words[out], b.orig[out], b.stems[out], b.unit[out] = words[i], b.orig[i], b.stems[i], b.unit[i]
		}
		out++
		i++
	}
	b.words, b.orig, b.stems, b.unit = b.words[:out], b.orig[:out], b.stems[:out], b.unit[:out]
}

// units builds the page's units from the masked words.
func (b *signBuf) units() ([]Unit, []uint16) {
	nu := min(len(b.metas), maxUnits)
	out := make([]Unit, 0, nu)
	lines := make([]uint16, 0, nu)
	total := max(len(b.words), 1)
	for i := 0; i < len(b.words); {
		u := b.unit[i]
		if int(u) >= nu {
			break
		}
		j := i
		shape, fill := uint64(0x243f6a8885a308d3), uint64(0)
		var bits uint64
		content := 0
		place := false
		for ; j < len(b.words) && b.unit[j] == u; j++ {
			w := b.words[j]
			shape = (shape ^ w) * 0x9e3779b97f4a7c15
			shape ^= shape >> 29
			if w == maskNumber || w == maskPlace {
				fill = (fill ^ b.orig[j]) * 0xff51afd7ed558ccd
				fill ^= fill >> 32
				place = place || w == maskPlace
			}
			if s := b.stems[j]; s != 0 {
				bits |= bit(s)
				content++
			}
		}
		m := b.metas[u]
		out = append(out, Unit{
			Shape:   uint32(shape >> 32),
			Fill:    uint32(fill >> 32),
			Bits:    [2]uint32{uint32(bits), uint32(bits >> 32)},
			Pos:     uint8(i * 255 / total),
			Content: uint8(min(content, 255)),
			Heading: m.lineStart && m.lineEnd && !m.stop && j-i <= maxHeadingWords,
			Place:   place,
		})
		lines = append(lines, m.line)
		i = j
	}
	return out, lines
}

// bagHash is the one-permutation MinHash of a page's content words: each
// word's hash picks one of bagHashes bins by its top bits and the bin keeps
// the least of the rest. A set, so repeats and order do not count, which is
// what survives rewording; one hash per word rather than bagHashes of them
// keeps it at a tenth of the shingle signature's cost.
func bagHash(mins []uint32, stems []uint64) []uint32 {
	mins = mins[:bagHashes]
	for i := range mins {
		mins[i] = math.MaxUint32
	}
	for _, s := range stems {
		if s == 0 {
			continue
		}
		h := s * 0x9e3779b97f4a7c15
		if v := uint32(h); v < mins[h>>58] {
			mins[h>>58] = v
		}
	}
	return mins
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
// of the first shingle that gave mins[j]. shingles is scratch for the
// shingle hashes, returned grown.
//
// The shingle hashes are computed first and each hash function then runs
// over all of them, four at a time, so the minimums stay in registers: 15 %
// less time than a pass over the hash functions for each shingle. The
// multiply per hash and shingle is the floor of this hash scheme.
func minHash(mins []uint32, words []uint64, k int, at []int32, shingles []uint64) ([]uint32, []uint64) {
	hashes := len(mins)
	at = at[:hashes]
	for i := range mins {
		mins[i] = math.MaxUint32
		at[i] = 0
	}
	if len(words) == 0 {
		return mins, shingles
	}
	if k > len(words) {
		k = len(words)
	}
	shingles = shingles[:0]
	for i := 0; i+k <= len(words); i++ {
		s := uint64(0x243f6a8885a308d3)
		for _, w := range words[i : i+k] {
			s = (s ^ w) * 0x9e3779b97f4a7c15
			s ^= s >> 29
		}
		shingles = append(shingles, s)
	}
	// Each candidate is packed as value<<32 | index, so one 64-bit minimum
	// keeps the least value and, among equal ones, the first shingle.
	mul, add := hashMul[:hashes], hashAdd[:hashes]
	const low = 0xffffffff
	j := 0
	// Whole blocks of hash functions go to the vector kernel where the
	// CPU has one, up to 128 at a time; the rest, or all, below.
	for block := vector.block(); block > 0 && j+block <= hashes; {
		var best [128]uint64
		n := min(len(best), (hashes-j)/block*block)
		minHashBlocks(best[:n], shingles, j)
		for k, v := range best[:n] {
			mins[j+k], at[j+k] = uint32(v>>32), int32(uint32(v))
		}
		j += n
	}
	for ; j+4 <= hashes; j += 4 {
		m0, m1, m2, m3 := mul[j], mul[j+1], mul[j+2], mul[j+3]
		a0, a1, a2, a3 := add[j], add[j+1], add[j+2], add[j+3]
		b0, b1, b2, b3 := uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64)
		for i, s := range shingles {
			b0 = min(b0, (s*m0+a0)&^low|uint64(i))
			b1 = min(b1, (s*m1+a1)&^low|uint64(i))
			b2 = min(b2, (s*m2+a2)&^low|uint64(i))
			b3 = min(b3, (s*m3+a3)&^low|uint64(i))
		}
		mins[j], mins[j+1], mins[j+2], mins[j+3] = uint32(b0>>32), uint32(b1>>32), uint32(b2>>32), uint32(b3>>32)
		at[j], at[j+1], at[j+2], at[j+3] = int32(uint32(b0)), int32(uint32(b1)), int32(uint32(b2)), int32(uint32(b3))
	}
	for ; j < hashes; j++ {
		m, a := mul[j], add[j]
		best := uint64(math.MaxUint64)
		for i, s := range shingles {
			best = min(best, (s*m+a)&^low|uint64(i))
		}
		mins[j], at[j] = uint32(best>>32), int32(uint32(best))
	}
	return mins, shingles
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
	if a.chrome != nil || b.chrome != nil {
		n -= lostToChrome(a.chrome, b.chrome, n)
		if n == 0 {
			return 0
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
