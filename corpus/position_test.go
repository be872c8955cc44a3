package corpus

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// naivePosition is Position counted from the line's start every time.
func naivePosition(src []byte, off int) Position {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return Position{Line: line, Column: utf8.RuneCount(src[start:off]) + 1}
}

// Position counts a column on from the last one it worked out; whatever
// order the offsets come in, on a long line or among short ones, on a
// character's first byte or inside it, it must say what counting from
// the line's start says.
func TestPositionCountsOnAsFromLineStart(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	pieces := []string{"IOP meets ", "3 days", " — ", "café ", "9–12 hours", "\n", "\xff", "日本語 ", "\u00e9", "<td>", "\r\n"}
	for round := range 30 {
		var b strings.Builder
		n := 200 + rng.IntN(3000)
		for range n {
			p := pieces[rng.IntN(len(pieces))]
			if round%3 == 0 && (p == "\n" || p == "\r\n") {
				continue // one long line, as a minified page is
			}
			b.WriteString(p)
		}
		src := []byte(b.String())
		offs := make([]int, 400)
		for k := range offs {
			offs[k] = rng.IntN(len(src) + 1)
		}
		if round%2 == 0 {
			sort.Ints(offs) // reading order, the common case
		}
		d := &Document{Source: src}
		for _, off := range offs {
			if got, want := d.Position(off), naivePosition(src, off); got != want {
				t.Fatalf("round %d: Position(%d) = %+v, want %+v", round, off, got, want)
			}
		}
	}
}

// runeCount counts as utf8.RuneCount does, invalid bytes included.
func TestRuneCountAsUTF8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for range 2000 {
		p := make([]byte, rng.IntN(40))
		for i := range p {
			switch rng.IntN(4) {
			case 0:
				p[i] = byte('a' + rng.IntN(26))
			default:
				p[i] = byte(rng.IntN(256))
			}
		}
		if got, want := runeCount(p), utf8.RuneCount(p); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", p, got, want)
		}
	}
	for _, s := range []string{"", "café", "9–12", "日本語", "\xe2\x82", "\xf0\x9f\x98\x80!", "\x80\x80"} {
		if got, want := runeCount([]byte(s)), utf8.RuneCount([]byte(s)); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
