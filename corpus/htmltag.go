package corpus

import "bytes"

// attrSpan is an attribute's key and value as offsets into the page.
type attrSpan struct{ key, val Span }

// readTag reads a tag's name and attributes; the "<a" or "</a" has been
// read. The attributes are kept only when save is set.
func (z *tokenizer) readTag(save bool) {
	z.attrs = z.attrs[:0]
	z.name.Start = z.p - 1 // the first letter, already read
	z.name.End = z.readTagName()
	if z.skipWhiteSpace(); z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof || c == '>' {
			return
		}
		z.p--
		a := attrSpan{key: z.attrKey()}
		a.val = z.attrVal()
		if save && a.key.End > a.key.Start && !hasAttrKey(z.src, z.attrs, a.key) {
			z.attrs = append(z.attrs, a)
		}
		if z.skipWhiteSpace(); z.eof {
			return
		}
	}
}

func (z *tokenizer) skipWhiteSpace() {
	for !z.eof {
		if c := z.readByte(); !z.eof && !isTagSpace(c) {
			z.p--
			return
		}
	}
}

// readTagName reads the rest of a tag's name and returns its end.
func (z *tokenizer) readTagName() int {
	for {
		c := z.readByte()
		switch {
		case z.eof:
			return z.p
		case isTagSpace(c):
			return z.p - 1
		case c == '/' || c == '>':
			z.p--
			return z.p
		}
	}
}

func (z *tokenizer) attrKey() Span {
	start := z.p
	for {
		c := z.readByte()
		if z.eof {
			return Span{start, z.p}
		}
		if c == '=' && start+1 == z.p {
			// An equals sign before the name begins is part of the name.
			continue
		}
		if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
			z.p--
			return Span{start, z.p}
		}
	}
}

func (z *tokenizer) attrVal() Span {
	v := Span{z.p, z.p}
	if z.skipWhiteSpace(); z.eof {
		return v
	}
	c := z.readByte()
	if z.eof || c == '/' {
		return v
	}
	if c != '=' {
		z.p--
		return v
	}
	if z.skipWhiteSpace(); z.eof {
		return v
	}
	switch q := z.readByte(); {
	case z.eof:
		return v
	case q == '>':
		z.p--
		return v
	case q == '\'' || q == '"':
		v.Start = z.p
		i := bytes.IndexByte(z.src[z.p:], q)
		if i < 0 {
			z.p, z.eof = len(z.src), true
			return Span{v.Start, z.p}
		}
		z.p += i + 1
		return Span{v.Start, z.p - 1}
	default:
		v.Start = z.p - 1
		for {
			c := z.readByte()
			switch {
			case z.eof:
				return Span{v.Start, z.p}
			case isTagSpace(c):
				return Span{v.Start, z.p - 1}
			case c == '>':
				z.p--
				return Span{v.Start, z.p}
			}
		}
	}
}

// hasAttrKey says whether attrs has key, compared as the x/net tokenizer
// compares them: ASCII letters in either case.
func hasAttrKey(src []byte, attrs []attrSpan, key Span) bool {
	k := src[key.Start:key.End]
	for _, a := range attrs {
		if a.key.End-a.key.Start == len(k) && asciiEqualFold(src[a.key.Start:a.key.End], k) {
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

func hasByte(b []byte, c byte) bool { return bytes.IndexByte(b, c) >= 0 }
