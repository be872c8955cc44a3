package claims

import (
	"iter"
	"strings"
	"unsafe"
)

// lowerASCII lowercases ASCII letters only, so byte offsets into the result
// stay valid offsets into s (strings.ToLower may change lengths).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			// b is this function's alone, so the string may take it
			// over: string(b) copied every lowered block a second time,
			// a seventh of what reading a page allocated.
			return unsafe.String(unsafe.SliceData(b), len(b))
		}
	}
	return s
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// wordAt reports whether s[i:i+n] is bounded by non-word bytes.
func wordAt(s string, i, n int) bool {
	if i > 0 && isWordByte(s[i-1]) && !openingMark(s, i) {
		return false
	}
	if j := i + n; j < len(s) && isWordByte(s[j]) && !closingMark(s, j) {
		return false
	}
	return true
}

// indexWord finds the first whole-word occurrence of w in s at or after from.
func indexWord(s, w string, from int) int {
	for from <= len(s)-len(w) {
		i := indexFrom(s, w, from)
		if i < 0 {
			return -1
		}
		if wordAt(s, i, len(w)) {
			return i
		}
		from = i + 1
	}
	return -1
}

// wordIndexes yields where w stands as a whole word in s, left to right,
// each search going on after the previous word.
func wordIndexes(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			i := indexWord(s, w, from)
			if i < 0 || !yield(i) {
				return
			}
			from = i + len(w)
		}
	}
}

// wordsAfter yields the next n words after i, left to right, each with
// where it ends; it stops at the end of s.
func wordsAfter(s string, i, n int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for range n {
			w := wordAfter(s, i)
			if w == "" {
				return
			}
			j := indexFrom(s, w, i)
			if j < 0 {
				return
			}
			i = j + len(w)
			if !yield(w, i) {
				return
			}
		}
	}
}

// wordAfterPast is the word after i, or the one after that when the
// first is one of skip ("weekly therapy session": past "therapy"), and
// where it ends; "" when there is none. (wordPast looks back.)
func wordAfterPast(s string, i int, skip map[string]bool) (string, int) {
	first := true
	for w, e := range wordsAfter(s, i, 2) {
		if first && skip[w] {
			first = false
			continue
		}
		return w, e
	}
	return "", i
}

// lastWordIndex is where the last of words stands as a whole word in s,
// -1 when none does.
func lastWordIndex(s string, words []string) int {
	last := -1
	for _, w := range words {
		for i := range wordIndexes(s, w) {
			last = max(last, i)
		}
	}
	return last
}

func indexFrom(s, w string, from int) int {
	if from > len(s) {
		return -1
	}
	i := strings.Index(s[from:], w)
	if i < 0 {
		return -1
	}
	return i + from
}

// hasWord reports whether any of ws occurs as a whole word in s.
func hasWord(s string, ws ...string) bool {
	for _, w := range ws {
		if indexWord(s, w, 0) >= 0 {
			return true
		}
	}
	return false
}

// cutAnySuffix cuts the first of suffixes s ends with: the rest, the
// suffix, and whether one did.
func cutAnySuffix(s string, suffixes ...string) (rest, suffix string, ok bool) {
	for _, w := range suffixes {
		if r, found := strings.CutSuffix(s, w); found {
			return r, w, true
		}
	}
	return s, "", false
}

// anyIn reports whether s contains any of stems.
func anyIn(s string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// anyPrefix reports whether s starts with any of ps.
func anyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// leadWord is the first word of t, or the word after it when the first
// is one of skip: the head of "Most clients …", "The assessment …".
func leadWord(t string, skip ...string) string {
	w := wordAfter(t, 0)
	for _, k := range skip {
		if w == k {
			return wordAfter(t, strings.Index(t, w)+len(w))
		}
	}
	return w
}

// lastIndex is strings.LastIndex, searching forward: LastIndex reads the
// text backward a byte at a time, and most of the extractor's searches
// are for a word before a figure in all of a long block, where Index's
// vector scan skips ahead to the few places the word starts. (Short
// needles, which start at many places, are left to LastIndex.)
func lastIndex(s, sep string) int {
	if len(sep) < 3 {
		return strings.LastIndex(s, sep)
	}
	last := -1
	for i := 0; ; {
		j := strings.Index(s[i:], sep)
		if j < 0 {
			return last
		}
		last = i + j
		i = last + 1
	}
}

// wordEndingBefore returns where the word before i starts: the run of
// ASCII letters that white space, at least one byte of it and nothing
// else, separates from i; -1 when there is none.
func wordEndingBefore(text string, i int) int {
	e := i
	for e > 0 && isSpace(text[e-1]) {
		e--
	}
	if e == i {
		return -1
	}
	b := e
	for b > 0 && isASCIILetter(text[b-1]) {
		b--
	}
	if b == e {
		return -1
	}
	return b
}

// wordEnd is where the run of ASCII letters from i ends.
func wordEnd(text string, i int) int {
	for i < len(text) && isASCIILetter(text[i]) {
		i++
	}
	return i
}

// isSpace reports what \s matches.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
