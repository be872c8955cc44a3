package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkList says whether the pending block is navigation rather than
// prose: mostly link text (a keyword link list, "see our other pages"), or
// nothing but addresses. This is the link-density test of jusText and
// trafilatura, applied to the blocks the extractor already cuts, so what
// is kept keeps its exact positions.
func (e *htmlExtractor) linkList(linkBytes int) bool {
	switch e.kind {
	case BlockParagraph, BlockListItem, BlockCaption:
	default:
		// Headings, table cells and quotes are read whatever their links.
		return false
	}
	text := e.buf.text
	if linkBytes > 0 && linkBytes*4 >= len(text)*3 {
		return true
	}
	return urlsOnly(text)
}

// linkShare holds the visible text bytes under a container element and
// how many of them are link text.
type linkShare struct{ text, link int32 }

// linkShares measures every container of the tree in one pass, so a menu,
// a footer link grid or a "quick links" column can be dropped whole, its
// headings and labels with it.
func linkShares(t *htmlTree, src []byte) map[*html.Node]linkShare {
	out := t.shares
	var walk func(n *html.Node, inLink bool) linkShare
	walk = func(n *html.Node, inLink bool) linkShare {
		var sum linkShare
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sp := t.at[c]
				// Indentation between tags is no text; spaces inside a
				// line weigh the same in links and out.
				k := int32(len(bytes.TrimSpace(src[sp.Start:sp.End])))
				sum.text += k
				if inLink {
					sum.link += k
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Title:
					continue
				}
				link := inLink
				if c.DataAtom == atom.A {
					href, ok := attr(c, "href")
					link = link || (ok && leavesPage(href))
				}
				cs := walk(c, link)
				sum.text += cs.text
				sum.link += cs.link
			}
		}
		if container(n.DataAtom) {
			out[n] = sum
		}
		return sum
	}
	walk(t.root, false)
	return out
}

func container(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Dl, atom.Header, atom.Footer, atom.Aside, atom.Nav:
		return true
	}
	return false
}

// linkContainer is a container that is mostly links: at least 40 visible
// bytes, three quarters of them link text.
func (e *htmlExtractor) linkContainer(n *html.Node) bool {
	s, ok := e.shares[n]
	return ok && s.text >= 40 && s.link*4 >= s.text*3
}

// urlsOnly is true for text made of web addresses and separators alone.
// It stops at the first word that is not an address, so prose costs a
// word's scan.
func urlsOnly(text []byte) bool {
	n := 0
	for i := 0; i < len(text); {
		for i < len(text) && urlSeparator(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !urlSeparator(text[j]) {
			j++
		}
		if j > i {
			if !looksURL(text[i:j]) {
				return false
			}
			n++
		}
		i = j
	}
	return n > 0
}

func urlSeparator(c byte) bool { return c == ' ' || c == ',' || c == '|' }

func looksURL(f []byte) bool {
	if hasPrefixFold(f, "http://") || hasPrefixFold(f, "https://") || hasPrefixFold(f, "www.") {
		return true
	}
	// "example.com/path": a dot before a slash, no sentence punctuation.
	dot, slash := bytes.IndexByte(f, '.'), bytes.IndexByte(f, '/')
	return dot > 0 && slash > dot+1 && !bytes.ContainsAny(f, "?!\"“”")
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p)
}

// shortText is n's raw text with whitespace collapsed, or "" when it is
// longer than limit bytes: enough to recognise a heading's phrase without
// a text buffer.
func (e *htmlExtractor) shortText(n *html.Node, limit int) string {
	b, ok := e.appendShort(e.scratch[:0], n, limit)
	e.scratch = b
	if !ok {
		return ""
	}
	return string(b)
}

func (e *htmlExtractor) appendShort(b []byte, n *html.Node, limit int) ([]byte, bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sp := e.t.at[c]
			for _, ch := range e.d.Source[sp.Start:sp.End] {
				if ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' {
					if len(b) > 0 && b[len(b)-1] != ' ' {
						b = append(b, ' ')
					}
					continue
				}
				if len(b) >= limit {
					return b, false
				}
				b = append(b, ch)
			}
		case html.ElementNode:
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
			var ok bool
			if b, ok = e.appendShort(b, c, limit); !ok {
				return b, false
			}
		}
	}
	return b, true
}

// relatedHeading is the heading of a section that points at other pages
// ("Related articles", "Check out our other pages"): its teasers describe
// those pages, not this one, so the section is skipped up to the next
// heading of its level.
func relatedHeading(h string) bool {
	if len(h) > 60 {
		return false
	}
	h = strings.ToLower(strings.TrimRight(strings.TrimSpace(h), ":.!…"))
	for _, p := range relatedPrefixes {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(h, "related "); ok {
		switch rest {
		case "articles", "posts", "reading", "resources", "content", "stories", "pages", "links",
			"blogs", "blog posts", "topics", "guides", "news":
			return true
		}
	}
	return false
}

var relatedPrefixes = []string{
	"you may also like", "you might also like", "you may also be interested", "recent posts",
	"recent articles", "latest posts", "latest articles", "latest news", "more articles",
	"more posts", "more from our blog", "from our blog", "popular posts", "popular articles",
	"read next", "keep reading", "check out our other", "check our other", "explore our other",
	"explore other", "other pages", "other articles", "other posts", "see our other",
}

// dropLeadingLabels drops the short labels ("Call 24/7", "Verify
// insurance", a logo's name set as a heading) that a page without <main>
// or <article> shows above its <h1>: the top bars of the site, whose
// headings would otherwise head every section of the page. Sentences
// there are kept.
func dropLeadingLabels(blocks []Block) []Block {
	h1 := -1
	for i := range blocks {
		if blocks[i].Kind == BlockHeading && blocks[i].Level == 1 {
			h1 = i
			break
		}
	}
	if h1 <= 0 {
		return blocks
	}
	// Some builders set the <h1> low on the page (an SEO line above the
	// footer): when half the text is above it, that is the page, not its
	// top bars.
	before, all := 0, 0
	for i := range blocks {
		all += len(blocks[i].Text)
		if i < h1 {
			before += len(blocks[i].Text)
		}
	}
	if before*2 > all {
		return blocks
	}
	kept := blocks[:0]
	for i, b := range blocks {
		if i < h1 && (b.Kind == BlockHeading || shortLabel(b.Text)) {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// shortLabel is a few words with no sentence end.
func shortLabel(s string) bool {
	if len(strings.Fields(s)) > 6 {
		return false
	}
	s = strings.TrimRight(s, " \"'”’)")
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}
