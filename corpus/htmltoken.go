// This file ports the tokenizer state machine of golang.org/x/net/html
// (token.go, v0.61.0), whose licence follows:
//
// Copyright 2009 The Go Authors.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are
// met:
//
//    * Redistributions of source code must retain the above copyright
// notice, this list of conditions and the following disclaimer.
//    * Redistributions in binary form must reproduce the above
// copyright notice, this list of conditions and the following disclaimer
// in the documentation and/or other materials provided with the
// distribution.
//    * Neither the name of Google LLC nor the names of its
// contributors may be used to endorse or promote products derived from
// this software without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

package corpus

import (
	"bytes"

	"golang.org/x/net/html"
)

// tokenizer cuts a page into the tokens golang.org/x/net/html's Tokenizer
// returns, at the same offsets: it is that tokenizer's state machine (of
// x/net v0.61.0) reading the page in memory. The tree needs no more of a
// token than its type, its raw bytes and a tag's name and attributes,
// while the x/net tokenizer reads through an io.Reader one byte at a time
// and copies and interns every attribute key to drop duplicates; that
// was most of the cost of building a tree. Text and script bodies are
// scanned with IndexByte here. A test and a fuzz target compare the two
// token by token (htmltoken_test.go).
type tokenizer struct {
	src   []byte
	start int // of the current token
	p     int // read position: the end of the current token when it is returned
	eof   bool
	// rawTag is the element whose text comes next as raw text ("script",
	// "title"...), "" when none.
	rawTag string
	// name and attrs are the current tag's name and the attributes the
	// x/net tokenizer keeps, as offsets into src.
	name  Span
	attrs []attrSpan
}

func newTokenizer(src []byte, attrs []attrSpan) *tokenizer {
	return &tokenizer{src: src, attrs: attrs[:0]}
}

func (z *tokenizer) readByte() byte {
	if z.p >= len(z.src) {
		z.eof = true
		return 0
	}
	z.p++
	return z.src[z.p-1]
}

func (z *tokenizer) next() html.TokenType {
	z.start = z.p
	if z.eof {
		return html.ErrorToken
	}
	if z.rawTag != "" {
		if z.rawTag == "plaintext" {
			z.p, z.eof = len(z.src), true
		} else {
			z.readRawOrRCDATA()
		}
		if z.p > z.start {
			return html.TextToken
		}
	}
	for {
		i := bytes.IndexByte(z.src[z.p:], '<')
		if i < 0 {
			z.p, z.eof = len(z.src), true
			break
		}
		z.p += i + 1
		c := z.readByte()
		if z.eof {
			break
		}
		var tt html.TokenType
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			tt = html.StartTagToken
		case c == '/':
			tt = html.EndTagToken
		case c == '!' || c == '?':
			tt = html.CommentToken
		default:
			z.p-- // reconsume
			continue
		}
		// Text before the tag is a token of its own.
		if x := z.p - len("<a"); z.start < x {
			z.p = x
			return html.TextToken
		}
		switch tt {
		case html.StartTagToken:
			return z.readStartTag()
		case html.EndTagToken:
			c = z.readByte()
			if z.eof {
				return z.endOfInput()
			}
			if c == '>' {
				// "</>" is an empty comment.
				return html.CommentToken
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				z.readTag(false)
				if z.eof {
					return html.ErrorToken
				}
				return html.EndTagToken
			}
			z.p--
			z.readUntilCloseAngle()
			return html.CommentToken
		default:
			if c == '!' {
				return z.readMarkupDeclaration()
			}
			z.p--
			z.readUntilCloseAngle()
			return html.CommentToken
		}
	}
	return z.endOfInput()
}

// endOfInput returns what is left before the end of input as text.
func (z *tokenizer) endOfInput() html.TokenType {
	if z.start < z.p {
		return html.TextToken
	}
	return html.ErrorToken
}

// rawTags are the elements whose content the tokenizer reads as raw text.
var rawTags = []string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

func (z *tokenizer) readStartTag() html.TokenType {
	z.readTag(true)
	if z.eof {
		return html.ErrorToken
	}
	name := z.src[z.name.Start:z.name.End]
	for _, t := range rawTags {
		if len(name) == len(t) && asciiEqualFold(name, []byte(t)) {
			z.rawTag = t
			break
		}
	}
	// A "/" before the ">" makes the tag self-closing unless it ends the
	// last attribute's unquoted value (<p a=/>).
	n := len(z.attrs)
	if z.src[z.p-2] == '/' && (n == 0 || z.p-2 != z.attrs[n-1].val.End-1) {
		return html.SelfClosingTagToken
	}
	return html.StartTagToken
}

// readRawOrRCDATA reads up to the "</tag" closing z.rawTag.
func (z *tokenizer) readRawOrRCDATA() {
	tag := z.rawTag
	z.rawTag = ""
	if tag == "script" {
		z.readScript()
		return
	}
	for {
		i := bytes.IndexByte(z.src[z.p:], '<')
		if i < 0 {
			z.p, z.eof = len(z.src), true
			return
		}
		z.p += i + 1
		c := z.readByte()
		if z.eof {
			return
		}
		if c != '/' {
			z.p--
			continue
		}
		if z.readRawEndTag(tag) || z.eof {
			return
		}
	}
}

// readRawEndTag reads "</tag" after the "</" and backs up to its start
// when it is followed by a space, "/" or ">".
func (z *tokenizer) readRawEndTag(tag string) bool {
	for i := 0; i < len(tag); i++ {
		c := z.readByte()
		if z.eof {
			return false
		}
		if c != tag[i] && c != tag[i]-('a'-'A') {
			z.p--
			return false
		}
	}
	c := z.readByte()
	if z.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		z.p -= 3 + len(tag)
		return true
	}
	z.p--
	return false
}

// readScript reads up to the "</script" that closes a script, past the
// ones escaped in "<!--" sections.
func (z *tokenizer) readScript() {
	var c byte

scriptData:
	if i := bytes.IndexByte(z.src[z.p:], '<'); i >= 0 {
		z.p += i + 1
	} else {
		z.p, z.eof = len(z.src), true
		return
	}
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '/':
		if z.readRawEndTag("script") || z.eof {
			return
		}
		goto scriptData
	case '!':
		goto scriptDataEscapeStart
	}
	z.p--
	goto scriptData

scriptDataEscapeStart:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	z.p--
	goto scriptData

scriptDataEscapeStartDash:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	z.p--
	goto scriptData

scriptDataEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		if z.readRawEndTag("script") || z.eof {
			return
		}
		goto scriptDataEscaped
	}
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		goto scriptDataDoubleEscapeStart
	}
	z.p--
	goto scriptData

scriptDataDoubleEscapeStart:
	z.p--
	for i := 0; i < len("script"); i++ {
		c = z.readByte()
		if z.eof {
			return
		}
		if c != "script"[i] && c != "SCRIPT"[i] {
			z.p--
			goto scriptDataEscaped
		}
	}
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	z.p--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataDoubleEscapeEnd
	}
	z.p--
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapeEnd:
	if z.readRawEndTag("script") {
		z.p += len("</script>")
		goto scriptDataEscaped
	}
	if z.eof {
		return
	}
	goto scriptDataDoubleEscaped
}

// readMarkupDeclaration reads a comment, a doctype or a bogus comment
// after its "<!".
func (z *tokenizer) readMarkupDeclaration() html.TokenType {
	from := z.p
	var c [2]byte
	for i := range 2 {
		if c[i] = z.readByte(); z.eof {
			return html.CommentToken
		}
	}
	if c[0] == '-' && c[1] == '-' {
		z.readComment()
		return html.CommentToken
	}
	z.p -= 2
	if z.readDoctype(from) {
		return html.DoctypeToken
	}
	z.readUntilCloseAngle()
	return html.CommentToken
}

// readComment reads a comment after its "<!--".
func (z *tokenizer) readComment() {
	dashes := 0
	beginning := true
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return
			}
		case '!':
			if dashes >= 2 {
				c = z.readByte()
				if z.eof || c == '>' {
					return
				}
				if c == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
}

// readDoctype reads "DOCTYPE" in any case and what follows up to ">"; it
// backs up to from and reports false when the declaration is something
// else.
func (z *tokenizer) readDoctype(from int) bool {
	const s = "DOCTYPE"
	for i := 0; i < len(s); i++ {
		c := z.readByte()
		if z.eof {
			// Read the fragment again as a bogus comment, which meets
			// the end of input in its turn.
			z.p, z.eof = from, false
			return false
		}
		if c != s[i] && c != s[i]+('a'-'A') {
			z.p = from
			return false
		}
	}
	if z.skipWhiteSpace(); z.eof {
		return true
	}
	z.readUntilCloseAngle()
	return true
}

func (z *tokenizer) readUntilCloseAngle() {
	if i := bytes.IndexByte(z.src[z.p:], '>'); i >= 0 {
		z.p += i + 1
		return
	}
	z.p, z.eof = len(z.src), true
}
