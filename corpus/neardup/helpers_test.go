package neardup

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/corpus"
)

// testPage splits text into sentences the simple way: each line, cut after
// ". ", "? " and "! ". Good enough for fixtures; the real splitter lives in
// package corpus.
func testPage(id, text string) Page {
	p := Page{ID: id}
	for li, line := range strings.Split(text, "\n") {
		col := 1
		for line != "" {
			cut := len(line)
			for _, sep := range []string{". ", "? ", "! "} {
				if i := strings.Index(line, sep); i >= 0 && i+1 < cut {
					cut = i + 1
				}
			}
			s := line[:cut]
			rest := line[cut:]
			trimmed := strings.TrimLeft(rest, " ")
			if t := strings.TrimSpace(s); t != "" {
				lead := utf8.RuneCountInString(s) - utf8.RuneCountInString(strings.TrimLeft(s, " "))
				p.Sentences = append(p.Sentences, Sentence{Text: t, Line: li + 1, Column: col + lead})
			}
			col += utf8.RuneCountInString(s) + utf8.RuneCountInString(rest) - utf8.RuneCountInString(trimmed)
			line = trimmed
		}
	}
	return p
}

// checkAddressKey asks key (urlTitle, urlPage) to give base's key to the
// addresses marked same, another to the rest, and none to those of none.
func checkAddressKey(t *testing.T, key func(*url.URL, string) uint32, base string, same map[string]bool, none []string) {
	t.Helper()
	want := key(pageHost(base))
	for addr, s := range same {
		if got := key(pageHost(addr)) == want; got != s {
			t.Errorf("%s: same key as %s %v, want %v", addr, base, got, s)
		}
	}
	for _, addr := range none {
		if k := key(pageHost(addr)); k != 0 {
			t.Errorf("%q: key %x, want none", addr, k)
		}
	}
}

// blocksText is a loaded document's text as Sign reads it: its blocks,
// one a line.
func blocksText(doc *corpus.Document) string {
	var b strings.Builder
	for i := range doc.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(doc.Blocks[i].Text)
	}
	return b.String()
}
