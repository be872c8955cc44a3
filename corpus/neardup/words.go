package neardup

import (
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
func (w *wordScanner) next() (start, end int, atStart, ok bool) {
	s := w.s
	w.gap = 0
	if w.i == 0 {
		w.gap = gapLine
	}
	for w.i < len(s) {
		r, n := rune(s[w.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[w.i:])
		}
		if isWordRune(r) {
			break
		}
		switch r {
		case '.':
			w.gap |= gapEnd | gapStop
			w.sentStart = true
		case '!', '?', '•':
			w.gap |= gapEnd
			w.sentStart = true
		case '\n':
			w.gap |= gapLine
			w.sentStart = true
			w.line++
		case ':':
			w.sentStart = true
		}
		w.i += n
	}
	if w.i >= len(s) {
		return 0, 0, false, false
	}
	start = w.i
	prevLetter, prevDigit := false, false
	for w.i < len(s) {
		r, n := rune(s[w.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[w.i:])
		}
		switch {
		case isWordRune(r):
			prevDigit = r >= '0' && r <= '9' || (r >= utf8.RuneSelf && unicode.IsDigit(r))
			prevLetter = !prevDigit
			w.i += n
			continue
		case isApostrophe(r) && prevLetter && w.i+n < len(s) && startsWithLetter(s[w.i+n:]):
			w.i += n
			continue
		case (r == '.' || r == ',') && prevDigit && w.i+1 < len(s) && s[w.i+1] >= '0' && s[w.i+1] <= '9':
			w.i += n
			continue
		}
		break
	}
	atStart = w.sentStart
	w.sentStart = false
	return start, w.i, atStart, true
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
