package neardup

import (
	"testing"
	"unicode"
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
