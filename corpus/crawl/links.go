package crawl

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLinks is what the crawl needs of a page's markup.
type pageLinks struct {
	hrefs     []string
	base      string
	canonical string
	nofollow  bool
}

// scanLinks reads <a href>, <area href>, <base href>, <link
// rel=canonical> and <meta name=robots> with the tokenizer alone: far
// cheaper than the tree corpus builds later, and it never holds more than
// one token.
func scanLinks(body []byte) pageLinks {
	var pl pageLinks
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return pl
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr {
				continue
			}
			a := atom.Lookup(name)
			if a != atom.A && a != atom.Area && a != atom.Base && a != atom.Link && a != atom.Meta {
				continue
			}
			attrs := map[string]string{}
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch a {
			case atom.A, atom.Area:
				if h, ok := attrs["href"]; ok {
					pl.hrefs = append(pl.hrefs, h)
				}
			case atom.Base:
				if pl.base == "" {
					pl.base = attrs["href"]
				}
			case atom.Link:
				if pl.canonical == "" && hasToken(attrs["rel"], "canonical") {
					pl.canonical = attrs["href"]
				}
			case atom.Meta:
				n := strings.ToLower(attrs["name"])
				if (n == "robots" || n == robotsAgent) && hasToken(strings.ReplaceAll(attrs["content"], ",", " "), "nofollow") {
					pl.nofollow = true
				}
			}
		}
	}
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
