package corpus

import (
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlTree is a document tree built straight from the tokenizer, so every
// text node keeps the source offsets of its raw bytes. The html5 tree
// builder would give a more faithful DOM for pathological markup, but it
// drops offsets and reorders text (foster parenting), and mapping text back
// afterwards is both slower and fragile. Pages checked here are ordinary
// enough that implied end tags and lenient nesting cover them.
type htmlTree struct {
	root *html.Node
	at   map[*html.Node]Span // raw source of text nodes and of <br>, <meta> and <link> tags

	// The nodes and the map are a worker's, reused page after page (see
	// release): a tree never outlives parseHTML, and building a fresh one
	// was half the bytes a page allocated (43 of 96 KB in parseHTML on
	// generated pages), all of it garbage for the collector to chase.
	chunks [][]html.Node
	used   int // nodes handed out of chunks
	stack  []*html.Node
	attrs  pageAttrs
	// shares is filled by linkShares, kept here to be reused likewise.
	shares map[*html.Node]linkShare
}

// treeChunk is the number of nodes allocated at once; a generated page
// has about 400.
const treeChunk = 512

// maxPooledNodes bounds what a tree keeps for the next page, so one huge
// page does not pin its memory for the rest of the run.
const maxPooledNodes = 64 * treeChunk

var treePool = sync.Pool{New: func() any {
	return &htmlTree{at: map[*html.Node]Span{}, shares: map[*html.Node]linkShare{}}
}}

// node hands out a zeroed node from the tree's chunks.
func (t *htmlTree) node() *html.Node {
	c, i := t.used/treeChunk, t.used%treeChunk
	if c == len(t.chunks) {
		t.chunks = append(t.chunks, make([]html.Node, treeChunk))
	}
	t.used++
	return &t.chunks[c][i]
}

// release clears the tree and keeps it for the next page. Nothing may
// hold a node of it afterwards.
func (t *htmlTree) release() {
	if t.used > maxPooledNodes {
		return
	}
	for c := 0; c*treeChunk < t.used; c++ {
		clear(t.chunks[c][:min(treeChunk, t.used-c*treeChunk)])
	}
	t.used, t.root = 0, nil
	clear(t.at)
	clear(t.shares)
	t.attrs.reset()
	clear(t.stack)
	t.stack = t.stack[:0]
	treePool.Put(t)
}

// buildHTMLTree tokenizes d.Source, records factlint-ignore comments on d
// and returns the tree, to be released when the page is done.
func buildHTMLTree(d *Document) *htmlTree {
	t := treePool.Get().(*htmlTree)
	t.root = t.node()
	t.root.Type = html.DocumentNode
	stack := append(t.stack[:0], t.root)
	defer func() { t.stack = stack }()
	top := func() *html.Node { return stack[len(stack)-1] }
	// popTo closes everything down to and including stack[i].
	popTo := func(i int) { stack = stack[:max(i, 1)] }
	// open finds the innermost open element named a, not looking past
	// the scope barriers.
	open := func(a atom.Atom, barriers ...atom.Atom) int {
		for i := len(stack) - 1; i > 0; i-- {
			n := stack[i]
			if n.DataAtom == a {
				return i
			}
			for _, b := range barriers {
				if n.DataAtom == b {
					return -1
				}
			}
		}
		return -1
	}
	closeOpen := func(a atom.Atom, barriers ...atom.Atom) {
		if i := open(a, barriers...); i > 0 {
			popTo(i)
		}
	}

	z := newTokenizer(d.Source, t.attrs.scan)
	defer func() { t.attrs.scan = z.attrs[:0] }()
	for {
		tt := z.next()
		if tt == html.ErrorToken {
			break
		}
		start, off := z.start, z.p
		switch tt {
		case html.TextToken:
			n := t.node()
			n.Type = html.TextNode
			top().AppendChild(n)
			t.at[n] = Span{start, off}
		case html.CommentToken:
			d.addIgnoreComment(start, off)
		case html.StartTagToken, html.SelfClosingTagToken:
			n := t.node()
			name := t.attrs.startTag(z, n)
			a := atom.Lookup(name)
			n.Type, n.DataAtom = html.ElementNode, a
			if a != 0 {
				n.Data = a.String()
			} else {
				n.Data = string(name)
			}
			switch a {
			case atom.Li:
				closeOpen(atom.Li, atom.Ul, atom.Ol, atom.Menu, atom.Table, atom.Td, atom.Th)
			case atom.Dt, atom.Dd:
				closeOpen(atom.Dt, atom.Dl, atom.Table)
				closeOpen(atom.Dd, atom.Dl, atom.Table)
			case atom.Td, atom.Th:
				closeOpen(atom.Td, atom.Tr, atom.Table)
				closeOpen(atom.Th, atom.Tr, atom.Table)
			case atom.Tr:
				closeOpen(atom.Tr, atom.Table)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				closeOpen(atom.Thead, atom.Table)
				closeOpen(atom.Tbody, atom.Table)
				closeOpen(atom.Tfoot, atom.Table)
			case atom.Option:
				closeOpen(atom.Option, atom.Select)
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if headingLevel(top().DataAtom) > 0 {
					popTo(len(stack) - 1)
				}
			}
			if closesP(a) {
				closeOpen(atom.P, atom.Table, atom.Td, atom.Th, atom.Button, atom.Caption)
			}
			top().AppendChild(n)
			if a == atom.Br || a == atom.Meta || a == atom.Link {
				t.at[n] = Span{start, off}
			}
			// Beyond maxDepth elements are kept as leaves: the tree walks
			// recurse, and a hostile page must not exhaust the stack.
			if tt == html.StartTagToken && !isVoid(a) && len(stack) < maxDepth {
				stack = append(stack, n)
			}
		case html.EndTagToken:
			name := t.attrs.endTag(z)
			a := atom.Lookup(name)
			var i int
			switch a {
			case atom.Table:
				i = open(a)
			case atom.Td, atom.Th, atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption:
				i = open(a, atom.Table)
			case 0:
				i = openNamed(stack, string(name))
			default:
				i = open(a, atom.Table, atom.Td, atom.Th, atom.Caption)
			}
			if i > 0 {
				popTo(i)
			}
		}
	}
	t.attrs.finish()
	return t
}

const maxDepth = 512

func openNamed(stack []*html.Node, name string) int {
	for i := len(stack) - 1; i > 0; i-- {
		if stack[i].DataAtom == 0 && stack[i].Data == name {
			return i
		}
	}
	return -1
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

// closesP lists the start tags that end an open <p>, as in HTML5.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Details, atom.Dialog,
		atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt:
		return true
	}
	return false
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
