package e2e

import (
	"io"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

var bodySel = cascadia.MustCompile("body")

// FloorText parses an HTML page and returns the text of its body: what
// goquery's NewDocumentFromReader(r) followed by Find("body").Text() does
// (html.Parse, a cascadia match, every text node's data concatenated),
// written against goquery's own dependencies because goquery is not in
// go.mod. Reading and parsing each page is work every HTML checker must do,
// so its speed is the floor the benchmarks compare factlint with.
func FloorText(r io.Reader) (string, error) {
	root, err := html.Parse(r)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, n := range cascadia.QueryAll(root, bodySel) {
		text(&b, n)
	}
	return b.String(), nil
}

func text(b *strings.Builder, n *html.Node) {
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		text(b, c)
	}
}
