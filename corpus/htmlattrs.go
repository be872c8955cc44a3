package corpus

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageAttrs gathers the attributes of a page's elements: one slice they
// all share and one string of all their keys and values, made when the
// tree is complete, instead of a growing slice and two strings per tag.
// Nothing reads attributes while the tree is being built.
type pageAttrs struct {
	list   []html.Attribute
	text   []attrText // where in buf the key and value of list[i] are
	owners []attrOwner
	buf    []byte

	// scan is the tokenizer's list of a tag's attributes, and name and
	// key hold lowercased names: scratch kept for the next page.
	scan      []attrSpan
	name, key []byte
}

// attrText locates an attribute's key (key < 0 when the key is a known
// atom's name, already set) and value in pageAttrs.buf.
type attrText struct{ key, val, end int }

// attrOwner says which of list are n's attributes.
type attrOwner struct {
	n        *html.Node
	from, to int
}

// maxPooledAttrs bounds the attributes a tree keeps for the next page.
const maxPooledAttrs = 8 * maxPooledNodes

func (a *pageAttrs) add(key, val []byte) {
	var attr html.Attribute
	t := attrText{key: -1}
	if k := atom.Lookup(key); k != 0 {
		attr.Key = k.String()
	} else {
		t.key = len(a.buf)
		a.buf = append(a.buf, key...)
	}
	t.val = len(a.buf)
	a.buf = append(a.buf, val...)
	t.end = len(a.buf)
	a.list = append(a.list, attr)
	a.text = append(a.text, t)
}

// startTag stages the attributes of z's current start tag for n and
// returns the tag's lowercased name, valid until the next call.
func (a *pageAttrs) startTag(z *tokenizer, n *html.Node) []byte {
	from := len(a.list)
	src := z.src
	if plainTag(z) {
		a.name = appendLower(a.name[:0], src[z.name.Start:z.name.End])
		for _, s := range z.attrs {
			a.key = appendLower(a.key[:0], src[s.key.Start:s.key.End])
			a.add(a.key, src[s.val.Start:s.val.End])
		}
	} else {
		// A tag is read the same wherever it stands, so the x/net
		// tokenizer can decode this rare one on its own.
		t := html.NewTokenizer(bytes.NewReader(src[z.start:z.p]))
		t.Next()
		nm, more := t.TagName()
		a.name = append(a.name[:0], nm...)
		for more {
			var k, v []byte
			k, v, more = t.TagAttr()
			a.add(k, v)
		}
	}
	if len(a.list) > from {
		a.owners = append(a.owners, attrOwner{n, from, len(a.list)})
	}
	return a.name
}

// plainTag is true when z's current tag has nothing the x/net
// tokenizer's TagName and TagAttr would change but the case of its name
// and keys: no NUL to replace, no carriage return to convert, no
// character reference to decode.
func plainTag(z *tokenizer) bool {
	if hasByte(z.src[z.name.Start:z.name.End], 0) {
		return false
	}
	for _, a := range z.attrs {
		if hasByte(z.src[a.key.Start:a.key.End], 0) || !plainValue(z.src[a.val.Start:a.val.End]) {
			return false
		}
	}
	return true
}

// plainValue is true for an attribute value the tokenizer returns as it
// is: no NUL to replace, no carriage return to convert, no character
// reference to decode.
func plainValue(v []byte) bool {
	for _, c := range v {
		if c == 0 || c == '\r' || c == '&' {
			return false
		}
	}
	return true
}

// endTag returns the lowercased name of z's current end tag, valid until
// the next call.
func (a *pageAttrs) endTag(z *tokenizer) []byte {
	name := z.src[z.name.Start:z.name.End]
	if hasByte(name, 0) {
		name = bytes.ReplaceAll(name, []byte{0}, []byte("\ufffd"))
	}
	a.name = appendLower(a.name[:0], name)
	return a.name
}

// finish makes the page's attribute strings and hands the elements theirs.
func (a *pageAttrs) finish() {
	s := string(a.buf)
	for i, t := range a.text {
		if t.key >= 0 {
			a.list[i].Key = s[t.key:t.val]
		}
		a.list[i].Val = s[t.val:t.end]
	}
	for _, o := range a.owners {
		o.n.Attr = a.list[o.from:o.to:o.to]
	}
}

// reset empties a for the next page.
func (a *pageAttrs) reset() {
	if cap(a.list) > maxPooledAttrs {
		*a = pageAttrs{}
		return
	}
	clear(a.list)
	clear(a.owners)
	a.list, a.text, a.owners, a.buf = a.list[:0], a.text[:0], a.owners[:0], a.buf[:0]
}
