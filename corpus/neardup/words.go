package neardup

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// wordScanner walks the words of a text without allocating. A word is a
// run of letters and digits; an apostrophe between letters ("client’s")
// and a point or comma between digits ("2.5", "1,000") stay inside it, so
// possessives and numbers are one word, while hyphens and dashes split
// ("10-15" is two numbers, which is how "ten to fifteen" reads too).
type wordScanner struct {
	s         string
	i         int
	sentStart bool
	// line counts the newlines passed: the text's line, which is the
	// document block, of the word returned last.
	line int
	// gap describes the characters skipped before the last word returned,
	// so that signing can cut the text into sentences and lines.
	gap gapKind
}

// gapKind flags what separated a word from the one before it.
type gapKind uint8

const (
	gapLine gapKind = 1 << iota // a newline: the word opens a line
	gapEnd                      // a sentence end: . ! ? or a bullet
	gapStop                     // a full stop in particular
)

func newWordScanner(s string) wordScanner { return wordScanner{s: s, sentStart: true} }

// next returns the byte span of the next word and whether it opens a sentence.
//
// It runs over every character of every page signed, so the scanner's
// fields are read into locals and written back once, not once a
// character, and an ASCII letter or digit costs a table look-up.
func (w *wordScanner) next() (start, end int, atStart, ok bool) {
	s, i, line := w.s, w.i, w.line
	var gap gapKind
	if i == 0 {
		gap = gapLine
	}
	sentStart := w.sentStart
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			break
		}
		switch r {
		case '.':
			gap |= gapEnd | gapStop
			sentStart = true
		case '!', '?', '•':
			gap |= gapEnd
			sentStart = true
		case '\n':
			gap |= gapLine
			sentStart = true
			line++
		case ':':
			sentStart = true
		}
		i += n
	}
	w.gap, w.line = gap, line
	if i >= len(s) {
		w.i, w.sentStart = i, sentStart
		return 0, 0, false, false
	}
	start = i
	for {
		if i = asciiWordEnd(s, i); i >= len(s) {
			break
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			i += n
			continue
		// What comes before an apostrophe or a point is always a letter
		// or a digit of this word, so it is read only here.
		case isApostrophe(r) && !endsInDigit(s[start:i]) && i+n < len(s) && startsWithLetter(s[i+n:]):
			i += n
			continue
		case (r == '.' || r == ',') && endsInDigit(s[start:i]) && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i += n
			continue
		}
		break
	}
	w.i, w.sentStart = i, false
	return start, i, sentStart, true
}

// asciiWordEnd is where the run of ASCII letters and digits that s[i:]
// opens ends. Eight bytes are tested at a time, which finds the end of
// most words in one step: a loop over the bytes missed its last turn
// once a word.
func asciiWordEnd(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// For bytes below 0x80, b + (0x80-lo) has its high bit set when
		// b ≥ lo, and b + (0x7f-hi) when b > hi; neither carries into
		// the next byte. Letters are tested with their case bit set.
		low := x &^ highs
		lower := low | 0x20*ones
		letter := (lower + (0x80-'a')*ones) &^ (lower + (0x7f-'z')*ones)
		digit := (low + (0x80-'0')*ones) &^ (low + (0x7f-'9')*ones)
		if other := ^(letter | digit) | x; other&highs != 0 {
			return i + bits.TrailingZeros64(other&highs)/8
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && asciiWord[s[i]] {
		i++
	}
	return i
}

// endsInDigit reports whether the last letter or digit of a word is a
// digit.
func endsInDigit(word string) bool {
	r := rune(word[len(word)-1])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeLastRuneInString(word)
		return unicode.IsDigit(r)
	}
	return r >= '0' && r <= '9'
}

// isWordRune is small enough to be inlined into the word scanner, which
// calls it for every character of every page; only a non-ASCII rune pays
// for a call.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return wideWordRune(r)
}

//go:noinline
func wideWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isCapital(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// appendKey appends the comparison form of a word: lower case, without
// apostrophes or thousands separators, so "Client’s"/"clients" and
// "1,000"/"1000" agree.
func appendKey(dst []byte, word string) []byte {
	// Signing keys every word of every page, nearly all of them ASCII:
	// those bytes are written into room made once, not appended one by
	// one, up to the first byte of a wider character, if any.
	n := len(dst)
	dst = slices.Grow(dst, len(word))[:n+len(word)]
	k := n
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= utf8.RuneSelf:
			return appendWideKey(dst[:k], word[i:])
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' || c == ',':
			continue
		}
		dst[k] = c
		k++
	}
	return dst[:k]
}

// appendWideKey is appendKey for what follows the first non-ASCII byte.
func appendWideKey(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '\'' || c == ',':
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		if isApostrophe(r) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

func hashWord(key string) uint64 { return xxhash.Sum64String(key) }

// token is a word with its position, for alignment where allocation is
// not the bottleneck and the original text has to be shown.
type token struct {
	text       string // as written
	key        string // appendKey form
	start, end int    // byte offsets
	runeStart  int    // rune offset of start
	atStart    bool   // first word of a sentence
	hyphenNext bool   // joined to the next word by a hyphen ("one-on-one")
}

func tokenize(s string) []token {
	var out []token
	sc := newWordScanner(s)
	runes, last := 0, 0
	var buf []byte
	for {
		st, en, atStart, ok := sc.next()
		if !ok {
			return out
		}
		runes += utf8.RuneCountInString(s[last:st])
		last = st
		buf = appendKey(buf[:0], s[st:en])
		if n := len(out); n > 0 && st == out[n-1].end+1 && s[out[n-1].end] == '-' {
			out[n-1].hyphenNext = true
		}
		out = append(out, token{text: s[st:en], key: string(buf), start: st, end: en, runeStart: runes, atStart: atStart})
	}
}
