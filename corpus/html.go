package corpus

import (
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlExtractor walks the tree in document order and cuts main-content
// text into blocks. Inline content accumulates in buf; every block-level
// boundary flushes it as a block of the kind the nearest block element set.
type htmlExtractor struct {
	d   *Document
	t   *htmlTree
	buf *textBuf
	// excluded are the elements the configured exclude selectors match.
	excluded map[*html.Node]bool
	// heuristics enables class/id boilerplate guesses; keep is the set of
	// elements they must never drop (ancestors of the content landmarks).
	heuristics bool
	keep       map[*html.Node]bool

	kind      BlockKind
	level     int
	cell      *cellInfo
	inContent int // depth inside <main>/<article>, where header/footer are content
	tables    map[*html.Node]*cellInfo

	// faqState says where in FAQ markup the walk is (htmlquestion.go).
	faqState
	// inLink is the depth inside <a href>; linkBytes counts the text the
	// pending block took from links, for its link density.
	inLink    int
	linkBytes int
	// shares are the link densities of container elements.
	shares map[*html.Node]linkShare
	// scratch is reused to read short texts, plainBuf to read table
	// cells' text.
	scratch  []byte
	plainBuf *textBuf
}

func parseHTML(d *Document, opts Options) {
	// The blocks are gathered in a slice a pool lends and copied out once
	// at their number: appending to a fresh slice per page grew it by
	// doubling, a tenth of the bytes reading a page allocated, and the
	// page's descriptions were inserted by copying the whole list again.
	scratch := blockScratch.Get().(*[]Block)
	d.Blocks = (*scratch)[:0]
	meta, nTitle := extractHTML(d, opts)
	out := make([]Block, 0, len(d.Blocks)+len(meta))
	out = append(append(append(out, d.Blocks[:nTitle]...), meta...), d.Blocks[nTitle:]...)
	// Blocks a shortened list left past its end hold text too.
	clear(d.Blocks[:cap(d.Blocks)])
	if cap(d.Blocks) <= maxScratchBlocks {
		*scratch = d.Blocks[:0]
		blockScratch.Put(scratch)
	}
	d.Blocks = out
}

var blockScratch = sync.Pool{New: func() any { return new([]Block) }}

// maxScratchBlocks: a page of more blocks than this does not leave its
// slice in the pool for the next.
const maxScratchBlocks = 4096

// extractHTML reads d's blocks into d.Blocks, all but the page's
// descriptions (meta), which belong after its first nTitle blocks.
func extractHTML(d *Document, opts Options) (meta []Block, nTitle int) {
	t := buildHTMLTree(d)
	defer t.release()
	// goquery runs the configured selectors over the offset-keeping tree:
	// one query per selector instead of matching every element.
	gq := goquery.NewDocumentFromNode(t.root)
	e := &htmlExtractor{d: d, t: t, buf: newTextBuf(), excluded: selected(gq, opts.ExcludeSelectors), heuristics: true}
	e.keep = landmarkAncestors(t.root)
	e.shares = linkShares(t, d.Source)
	e.title()
	meta = e.published()
	included := len(opts.IncludeSelectors) > 0
	if included {
		// The user named the content area; descriptions are outside it.
		meta = nil
	}
	nTitle = len(d.Blocks)

	var roots []*html.Node
	if included {
		roots = includedRoots(t.root, selected(gq, opts.IncludeSelectors))
	} else if r := contentRoot(t.root); r != nil {
		roots = []*html.Node{r}
	}
	e.extract(roots)
	if len(roots) == 1 && roots[0] == t.root && !included {
		d.Blocks = append(d.Blocks[:nTitle], dropLeadingLabels(d.Blocks[nTitle:])...)
	}
	if len(d.Blocks) == nTitle && !included {
		// The landmark or the heuristics may be wrong for this page;
		// some text beats none.
		e.extract([]*html.Node{t.root})
		if len(d.Blocks) == nTitle {
			e.heuristics = false
			e.extract([]*html.Node{t.root})
		}
	}
	if len(d.Blocks) == nTitle {
		// A title alone is not a page worth checking, nor are its
		// descriptions without a body.
		d.Blocks = d.Blocks[:0]
		return nil, 0
	}
	return meta, nTitle
}

func (e *htmlExtractor) extract(roots []*html.Node) {
	for _, r := range roots {
		e.kind, e.level, e.cell, e.inContent = BlockParagraph, 0, nil, 0
		e.faqState, e.inLink, e.linkBytes = faqState{}, 0, 0
		if isContentLandmark(r) {
			e.inContent = 1
		}
		e.children(r)
		e.flush()
	}
}

// title emits the first <title> outside SVG as the title block.
func (e *htmlExtractor) title() {
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Svg || c.DataAtom == atom.Math {
				continue
			}
			if c.DataAtom == atom.Title {
				return c
			}
			if t := find(c); t != nil {
				return t
			}
		}
		return nil
	}
	if t := find(e.t.root); t != nil {
		e.text(t)
		if !e.buf.empty() {
			e.d.Blocks = append(e.d.Blocks, e.buf.take(BlockTitle, 0))
		}
	}
}

func (e *htmlExtractor) text(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			sp := e.t.at[c]
			e.buf.addRaw(e.d.Source, sp.Start, sp.End, rawEntities)
		}
	}
}

func (e *htmlExtractor) flush() {
	links := e.linkBytes
	e.linkBytes = 0
	if e.buf.empty() {
		e.buf.reset()
		return
	}
	if e.heuristics && e.linkList(links) {
		e.buf.reset()
		return
	}
	b := e.buf.take(e.kind, e.level)
	if e.cell != nil {
		b.RowHeader, b.ColHeader = e.cell.rowHeader, e.cell.colHeader
	}
	b.Question = e.question
	e.d.Blocks = append(e.d.Blocks, b)
}

func (e *htmlExtractor) children(n *html.Node) {
	prevElem := false
	skipBelow := 0 // inside a "Related articles" section: its heading's level
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e.heuristics && c.Type == html.ElementNode {
			if l := headingLevel(c.DataAtom); l > 0 {
				if skipBelow > 0 && l <= skipBelow {
					skipBelow = 0
				}
				if skipBelow == 0 && l > 1 && relatedHeading(e.shortText(c, 60)) {
					skipBelow = l
				}
			}
		}
		if skipBelow > 0 {
			continue
		}
		switch c.Type {
		case html.TextNode:
			sp := e.t.at[c]
			before := len(e.buf.text)
			e.buf.addRaw(e.d.Source, sp.Start, sp.End, rawEntities)
			if e.inLink > 0 {
				e.linkBytes += len(e.buf.text) - before
			}
			prevElem = false
		case html.ElementNode:
			if prevElem && separates(c.DataAtom) {
				// Label and value spans laid out side by side by CSS
				// are two words to a reader, not one.
				e.buf.softBreak()
			}
			e.element(c)
			prevElem = true
		}
	}
}

// separates is false for the inline elements that attach to the word
// before them.
func separates(a atom.Atom) bool {
	return a != atom.Sup && a != atom.Sub && a != atom.Wbr
}

func (e *htmlExtractor) element(n *html.Node) {
	if n.DataAtom == atom.Title || e.dropped(n) {
		return
	}
	if n.DataAtom == atom.Br {
		e.buf.lineBreak(e.t.at[n].Start)
		return
	}
	if n.DataAtom == atom.A {
		if href, ok := attr(n, "href"); ok && leavesPage(href) {
			e.inLink++
			defer func() { e.inLink-- }()
		}
	}
	if fs := e.faqContext(n); fs != e.faqState {
		save := e.faqState
		if fs.question != e.question {
			// A question and its answer are blocks of their own.
			e.flush()
		}
		e.faqState = fs
		defer func() {
			if e.question != save.question {
				e.flush()
			}
			e.faqState = save
		}()
	}
	landmark := isContentLandmark(n)
	if landmark {
		e.inContent++
		defer func() { e.inContent-- }()
	}
	kind, level, ok := blockKindOf(n.DataAtom, e.kind)
	if !ok {
		if isBlockLevel(n.DataAtom) || landmark {
			e.flush()
			if n.DataAtom == atom.Table {
				e.table(n)
			}
			e.children(n)
			e.flush()
		} else {
			e.children(n)
		}
		return
	}
	e.flush()
	saveKind, saveLevel, saveCell := e.kind, e.level, e.cell
	e.kind, e.level = kind, level
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		e.cell = e.tables[n]
	}
	e.children(n)
	e.flush()
	e.kind, e.level, e.cell = saveKind, saveLevel, saveCell
}

// leavesPage is false for the empty, "#" and script links that
// accordion and tab toggles are written with; they are not navigation.
func leavesPage(href string) bool {
	h := strings.TrimSpace(href)
	return h != "" && h != "#" && !strings.HasPrefix(strings.ToLower(h), "javascript:")
}

// blockKindOf says which block kind an element starts. Paragraph-like
// wrappers inherit the enclosing kind, so a <p> inside a list item or a
// table cell is still that list item or cell.
func blockKindOf(a atom.Atom, outer BlockKind) (BlockKind, int, bool) {
	if l := headingLevel(a); l > 0 {
		return BlockHeading, l, true
	}
	switch a {
	case atom.P, atom.Pre, atom.Dt, atom.Dd, atom.Summary:
		if outer == BlockHeading {
			outer = BlockParagraph
		}
		return outer, 0, true
	case atom.Li:
		return BlockListItem, 0, true
	case atom.Td, atom.Th:
		return BlockTableCell, 0, true
	case atom.Figcaption, atom.Caption:
		return BlockCaption, 0, true
	case atom.Blockquote:
		return BlockQuote, 0, true
	}
	return "", 0, false
}

func isBlockLevel(a atom.Atom) bool {
	if closesP(a) {
		return true
	}
	switch a {
	case atom.Html, atom.Body, atom.Head, atom.Center, atom.Dir, atom.Legend, atom.Tbody,
		atom.Thead, atom.Tfoot, atom.Tr, atom.Option, atom.Noscript, atom.Address:
		return true
	}
	return false
}

func isContentLandmark(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return true
	}
	r, _ := attr(n, "role")
	return r == "main"
}

// contentRoot prefers <main> (or role=main), then a lone <article>.
func contentRoot(root *html.Node) *html.Node {
	var main, article *html.Node
	articles := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && main == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Main {
				main = c
				return
			}
			if r, _ := attr(c, "role"); r == "main" {
				main = c
				return
			}
			if c.DataAtom == atom.Article {
				articles++
				if article == nil {
					article = c
				}
			}
			walk(c)
		}
	}
	walk(root)
	if main != nil {
		return main
	}
	if articles == 1 {
		return article
	}
	return root
}

// selected returns the set of elements any of the selectors match.
func selected(gq *goquery.Document, sels []string) map[*html.Node]bool {
	if len(sels) == 0 {
		return nil
	}
	set := map[*html.Node]bool{}
	for _, sel := range sels {
		// An invalid selector matches nothing here; Options.Validate
		// reports it when the config is loaded.
		for _, n := range gq.Find(sel).Nodes {
			set[n] = true
		}
	}
	return set
}

// includedRoots are the outermost elements in the content-area set, in document order.
func includedRoots(root *html.Node, set map[*html.Node]bool) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if set[c] {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// landmarkAncestors marks the elements that contain the page's content
// landmarks (main, article, h1), so a layout class on a wrapper such as
// "content-sidebar-wrap" cannot take the whole page with it. An <h1> in
// the site's chrome (a logo in the header, a builder's header template)
// does not count when the page has another <h1>.
func landmarkAncestors(root *html.Node) map[*html.Node]bool {
	var marks, chromeH1 []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case isContentLandmark(c):
				marks = append(marks, c)
			case c.DataAtom == atom.H1:
				// Headings are few: their ancestors are read only for them.
				if inChrome(c) {
					chromeH1 = append(chromeH1, c)
				} else {
					marks = append(marks, c)
				}
			}
			walk(c)
		}
	}
	walk(root)
	if len(marks) == 0 {
		marks = chromeH1
	}
	keep := map[*html.Node]bool{}
	for _, c := range marks {
		for p := c; p != nil && !keep[p]; p = p.Parent {
			keep[p] = true
		}
	}
	return keep
}

// inChrome says whether n sits in the site's chrome, below the nearest
// content landmark if any.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isContentLandmark(p) {
			return false
		}
		if isChrome(p) {
			return true
		}
	}
	return false
}

// isChrome is a site header or other element whose role or name says it
// is the site's chrome rather than the page's content.
func isChrome(n *html.Node) bool {
	if n.DataAtom == atom.Header {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if r := strings.ToLower(a.Val); r == "banner" || r == "navigation" {
				return true
			}
		case "class", "id":
			if boilerplateName(a.Val) {
				return true
			}
		}
	}
	return false
}
