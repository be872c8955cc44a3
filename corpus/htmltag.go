package corpus

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tokenizer's TagName and TagAttr copy every tag name, attribute key
// and value (to replace NUL bytes, which pages almost never have) before
// lowercasing and unescaping them; those copies, and the strings made of
// them, were a third of the cost of building a tree. The scan below reads
// a tag's name and attributes from its raw bytes instead, mirroring
// Tokenizer.readTag step by step, and gives up on anything the
// tokenizer's accessors would change (a NUL, a character reference, a
// carriage return), which the caller then reads the old way.

// attrSpan is an attribute's key and value as offsets into a tag's raw bytes.
type attrSpan struct{ key, val Span }

// tagScan reads one tag's raw bytes as Tokenizer.readTag does; bad is set
// when it runs past their end, which a tag the tokenizer returned never
// does.
type tagScan struct {
	raw []byte
	p   int
	bad bool
}

func (s *tagScan) readByte() byte {
	if s.p >= len(s.raw) {
		s.bad = true
		return 0
	}
	s.p++
	return s.raw[s.p-1]
}

func (s *tagScan) skipWhiteSpace() {
	for !s.bad {
		if c := s.readByte(); !s.bad && !isTagSpace(c) {
			s.p--
			return
		}
	}
}

// name reads the tag name starting at from, the first letter after "<" or
// "</", and returns its end.
func (s *tagScan) name(from int) int {
	s.p = from + 1
	for {
		c := s.readByte()
		switch {
		case s.bad:
			return s.p
		case isTagSpace(c):
			return s.p - 1
		case c == '/' || c == '>':
			s.p--
			return s.p
		}
	}
}

func (s *tagScan) attrKey() Span {
	start := s.p
	for {
		c := s.readByte()
		if s.bad {
			return Span{start, s.p}
		}
		if c == '=' && start+1 == s.p {
			// An equals sign before the name begins is part of the name.
			continue
		}
		if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
			s.p--
			return Span{start, s.p}
		}
	}
}

func (s *tagScan) attrVal() Span {
	v := Span{s.p, s.p}
	if s.skipWhiteSpace(); s.bad {
		return v
	}
	c := s.readByte()
	if s.bad || c == '/' {
		return v
	}
	if c != '=' {
		s.p--
		return v
	}
	if s.skipWhiteSpace(); s.bad {
		return v
	}
	switch q := s.readByte(); {
	case s.bad:
		return v
	case q == '>':
		s.p--
		return v
	case q == '\'' || q == '"':
		v.Start = s.p
		i := bytes.IndexByte(s.raw[s.p:], q)
		if i < 0 {
			s.p, s.bad = len(s.raw), true
			return Span{v.Start, s.p}
		}
		s.p += i + 1
		return Span{v.Start, s.p - 1}
	default:
		v.Start = s.p - 1
		for {
			c := s.readByte()
			switch {
			case s.bad:
				return Span{v.Start, s.p}
			case isTagSpace(c):
				return Span{v.Start, s.p - 1}
			case c == '>':
				s.p--
				return Span{v.Start, s.p}
			}
		}
	}
}

// scanStartTag returns the name of the start tag raw ("<div k=v>") and
// appends to attrs the attributes the tokenizer keeps: those with a key,
// the first of each key. ok is false when the tokenizer's accessors would
// not return these bytes as they are.
func scanStartTag(raw []byte, attrs []attrSpan) (name Span, _ []attrSpan, ok bool) {
	s := tagScan{raw: raw}
	name = Span{1, s.name(1)}
	if s.skipWhiteSpace(); s.bad {
		return name, attrs, false
	}
	for {
		c := s.readByte()
		if s.bad || c == '>' {
			break
		}
		s.p--
		a := attrSpan{key: s.attrKey()}
		a.val = s.attrVal()
		if a.key.End > a.key.Start && !hasAttrKey(raw, attrs, a.key) {
			attrs = append(attrs, a)
		}
		if s.skipWhiteSpace(); s.bad {
			break
		}
	}
	if s.bad || s.p != len(raw) || hasByte(raw[name.Start:name.End], 0) {
		return name, attrs, false
	}
	for _, a := range attrs {
		if hasByte(raw[a.key.Start:a.key.End], 0) || !plainValue(raw[a.val.Start:a.val.End]) {
			return name, attrs, false
		}
	}
	return name, attrs, true
}

// scanEndTag returns the name of the end tag raw ("</div>"); ok is false
// when the tokenizer would not return it as it is.
func scanEndTag(raw []byte) (name Span, ok bool) {
	s := tagScan{raw: raw}
	name = Span{2, s.name(2)}
	return name, !s.bad && !hasByte(raw[name.Start:name.End], 0)
}

// hasAttrKey says whether attrs has key, compared as the tokenizer does:
// ASCII letters in either case.
func hasAttrKey(raw []byte, attrs []attrSpan, key Span) bool {
	k := raw[key.Start:key.End]
	for _, a := range attrs {
		if a.key.End-a.key.Start == len(k) && asciiEqualFold(raw[a.key.Start:a.key.End], k) {
			return true
		}
	}
	return false
}

func asciiEqualFold(a, b []byte) bool {
	for i := range a {
		if asciiLower(a[i]) != asciiLower(b[i]) {
			return false
		}
	}
	return true
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// appendLower appends b lowercased as the tokenizer lowercases names.
func appendLower(dst, b []byte) []byte {
	for _, c := range b {
		dst = append(dst, asciiLower(c))
	}
	return dst
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

func hasByte(b []byte, c byte) bool { return bytes.IndexByte(b, c) >= 0 }

// pageAttrs gathers the attributes of a page's elements: one slice they
// all share and one string of all their keys and values, made when the
// tree is complete, instead of a growing slice and two strings per tag.
// Nothing reads attributes while the tree is being built.
type pageAttrs struct {
	list   []html.Attribute
	text   []attrText // where in buf the key and value of list[i] are
	owners []attrOwner
	buf    []byte

	// scratch for the tag being read
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
func (a *pageAttrs) startTag(z *html.Tokenizer, n *html.Node) []byte {
	from := len(a.list)
	raw := z.Raw()
	name, spans, ok := scanStartTag(raw, a.scan[:0])
	a.scan = spans[:0]
	if ok {
		a.name = appendLower(a.name[:0], raw[name.Start:name.End])
		for _, s := range spans {
			a.key = appendLower(a.key[:0], raw[s.key.Start:s.key.End])
			a.add(a.key, raw[s.val.Start:s.val.End])
		}
	} else {
		nm, more := z.TagName()
		a.name = append(a.name[:0], nm...)
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			a.add(k, v)
		}
	}
	if len(a.list) > from {
		a.owners = append(a.owners, attrOwner{n, from, len(a.list)})
	}
	return a.name
}

// endTag returns the lowercased name of z's current end tag, valid until
// the next call.
func (a *pageAttrs) endTag(z *html.Tokenizer) []byte {
	raw := z.Raw()
	if name, ok := scanEndTag(raw); ok {
		a.name = appendLower(a.name[:0], raw[name.Start:name.End])
		return a.name
	}
	name, _ := z.TagName()
	return name
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
