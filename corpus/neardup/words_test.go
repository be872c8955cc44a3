package neardup

import (
	"math/rand/v2"
	"testing"
	"unicode"
	"unicode/utf8"
)

// isWordRune's table and its call for other runes say what Unicode says:
// a letter or a digit.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestASCIIWordEndMatchesByteLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	// Mostly letters and digits, so runs cross eight bytes, and the
	// bytes next to them in and out of their ranges.
	const word = "azAZ09qM5"
	const other = " -.,'’\n\x7f\x80\xff@[`{/:"
	for trial := range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			switch r.IntN(8) {
			case 0:
				b[i] = other[r.IntN(len(other))]
			case 1:
				b[i] = byte(r.IntN(256))
			default:
				b[i] = word[r.IntN(len(word))]
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && s[want] < utf8.RuneSelf && asciiWord[s[want]] {
				want++
			}
			if got := asciiWordEnd(s, i); got != want {
				t.Fatalf("trial %d: asciiWordEnd(%q, %d) = %d, want %d", trial, s, i, got, want)
			}
		}
	}
}
