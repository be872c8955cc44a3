package quantity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, number or symbol of the text. space says whether
// whitespace precedes it, which tells "8-week" (glued) from "8 - week".
type token struct {
	kind       tokKind
	space      bool
	start, end int
	text       string // lowercased for words; raw for numbers and punctuation
	num        float64
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// tokenize splits text into tokens. Words keep internal apostrophes
// ("o'clock"); hyphens and dashes are their own tokens so compounds can be
// read either way.
func tokenize(text string, toks []token) []token {
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) || r == '\u200b' {
				space = true
				i += size
				continue
			}
		}
		// "… intensive outpatient programs (IOPs).4": a note's number
		// glued to the sentence's end, no decimal ".4".
		note := 0
		if c == '.' {
			note = footnoteEnd(text, i)
		}
		switch {
		case note > 0:
			toks = append(toks, token{kind: tPunct, start: i, end: i + 1, text: ".", space: space},
				token{kind: tWord, start: i + 1, end: note, text: text[i+1 : note]})
			i = note
		case isDigit(c) || c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1])):
			j := i
			for j < len(text) && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			toks = append(toks, token{kind: tNum, start: i, end: j, text: text[i:j], num: parseDigits(text[i:j]), space: space})
			i = j
		case isLetter(r):
			j := i
			plain := true // lowercase ASCII only: the word is its own lowercase
			for j < len(text) {
				c2 := text[j]
				if isLetterByte(c2) {
					if c2 < 'a' {
						plain = false
					}
					// "IntensityThree": two words glued where a page put
					// a label and its value in adjacent elements. A
					// lowercase letter followed by an uppercase one and a
					// lowercase one starts a new word.
					if c2 >= 'A' && c2 <= 'Z' && j > i && text[j-1] >= 'a' && text[j-1] <= 'z' && j+1 < len(text) && text[j+1] >= 'a' && text[j+1] <= 'z' {
						break
					}
					j++
					continue
				}
				r2, s2 := rune(c2), 1
				if c2 >= 0x80 {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
					plain = false
				}
				if isLetter(r2) || (r2 == '\'' || r2 == '’') && j+s2 < len(text) && isLetterByte(text[j+s2]) {
					j += s2
					continue
				}
				break
			}
			w := text[i:j]
			if !plain {
				w = lowerWord(w)
			}
			toks = append(toks, token{kind: tWord, start: i, end: j, text: w, space: space})
			i = j
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + size, text: text[i : i+size], space: space})
			i += size
		}
		space = false
	}
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// footnoteEnd is the end of a footnote's number after the period at i,
// 0 when there is none: the period closes a word or a bracket and is
// followed, with no space, by one to three digits that end the text or
// precede a space or a closing mark, as pages copied from articles keep
// them ("programs (IOPs).4").
func footnoteEnd(text string, i int) int {
	if i == 0 || !(isLetterByte(text[i-1]) || text[i-1] == ')' || text[i-1] == ']') {
		return 0
	}
	j := i + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if n := j - i - 1; n < 1 || n > 3 {
		return 0
	}
	if j == len(text) || text[j] == ' ' || text[j] == '\n' || text[j] == '"' || text[j] == '\'' || text[j] >= 0x80 {
		return j
	}
	return 0
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// canon maps every word the grammar looks at to itself, so a capitalised
// keyword ("Between") lowercases without allocating. Other words only
// need to differ from every keyword, so they keep their own case.
var canon = map[string]string{}

func init() {
	for _, m := range []map[string]float64{smallNumbers, tens, scales, denominators, ordinalUnits, ordinals, frequencies} {
		for k := range m {
			canon[k] = k
		}
	}
	for k := range units {
		canon[k] = k
	}
	for k := range weekdays {
		canon[k] = k
	}
	for k := range months {
		canon[k] = k
	}
	for _, k := range strings.Fields(keywords) {
		canon[k] = k
	}
}

func lowerWord(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var buf [32]byte
	if len(s) <= len(buf) {
		n := 0
		ascii := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		if ascii {
			if w, ok := canon[string(buf[:n])]; ok {
				return w
			}
			return s
		}
	}
	// Non-ASCII words are keywords only through the curly apostrophe.
	if strings.EqualFold(s, "o’clock") {
		return "o'clock"
	}
	return s
}

// parseDigits reads "1,000", "1.5", ".5".
func parseDigits(s string) float64 {
	v, frac, scale := 0.0, false, 0.1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ',':
		case c == '.':
			frac = true
		case frac:
			v += float64(c-'0') * scale
			scale /= 10
		default:
			v = v*10 + float64(c-'0')
		}
	}
	return v
}
