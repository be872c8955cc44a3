package claims

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// lastIndex answers as strings.LastIndex does, overlapping occurrences
// included.
func TestLastIndex(t *testing.T) {
	cases := [][2]string{
		{"aaaa", "aaa"}, {"the cat and the hat", "the"}, {"the cat", "dog"}, {"", "abc"},
		{"abc", ""}, {"a b", " "}, {"xxabcxxabc", "abc"}, {"abcabcab", "cab"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteByte("ab c"[r.IntN(4)])
		}
		n := r.IntN(5)
		var sep strings.Builder
		for range n {
			sep.WriteByte("ab c"[r.IntN(4)])
		}
		cases = append(cases, [2]string{b.String(), sep.String()})
	}
	for _, c := range cases {
		if got, want := lastIndex(c[0], c[1]), strings.LastIndex(c[0], c[1]); got != want {
			t.Errorf("lastIndex(%q, %q) = %d, want %d", c[0], c[1], got, want)
		}
	}
}

// hostLetters answers from its table as it does the first time, for
// addresses that share a slot too.
func TestHostLettersKept(t *testing.T) {
	want := map[string]string{}
	for i := range 600 {
		addr := fmt.Sprintf("https://www.clinic-%d.example.org/programs/iop", i)
		want[addr] = fmt.Sprintf("www.clinic%d.example.org", i)
	}
	want["://bad"] = ""
	for range 3 {
		for addr, w := range want {
			if got := hostLetters(addr); got != w {
				t.Fatalf("hostLetters(%q) = %q, want %q", addr, got, w)
			}
		}
	}
}
