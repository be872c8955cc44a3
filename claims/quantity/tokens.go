package quantity

import (
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
	start, end int
	text       string // lowercased for words; raw for numbers and punctuation
	num        float64
	space      bool
}

// tokenize splits text into tokens. Words keep internal apostrophes
// ("o'clock"); hyphens and dashes are their own tokens so compounds can be
// read either way.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
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
			if r == '\u00a0' || unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		switch {
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1])):
			j := i
			for j < len(text) && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			toks = append(toks, token{kind: tNum, start: i, end: j, text: text[i:j], num: parseDigits(text[i:j]), space: space})
			i = j
		case isLetter(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isLetter(r2) || (r2 == '\'' || r2 == '’') && j+s2 < len(text) && isLetterByte(text[j+s2]) && j > i {
					j += s2
					continue
				}
				break
			}
			toks = append(toks, token{kind: tWord, start: i, end: j, text: lowerWord(text[i:j]), space: space})
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

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				if r == '’' {
					r = '\''
				}
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return string(b)
		}
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
