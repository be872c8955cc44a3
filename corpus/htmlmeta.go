package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// published reads what the page publishes outside its body, which search
// engines show and readers take at its word: the meta and Open Graph
// descriptions and the answers of a JSON-LD FAQPage. Each becomes a
// BlockMeta block whose runs point into the attribute value or the JSON
// string it came from. It also fills d.URL from the canonical link or
// og:url. The exclude selectors apply here too.
func (e *htmlExtractor) published() []Block {
	var out []Block
	var canonical, ogURL string
	seen := map[uint64]bool{}
	add := func() {
		if e.buf.empty() {
			e.buf.reset()
			return
		}
		b := e.buf.take(BlockMeta, 0)
		h, _ := blockHash(b.Text, nil)
		if seen[h] {
			return
		}
		seen[h] = true
		out = append(out, b)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if e.excluded[c] {
				// html.exclude can name "meta[property='og:description']".
				continue
			}
			switch c.DataAtom {
			case atom.Svg, atom.Math, atom.Template:
				continue
			case atom.Meta:
				key, _ := attr(c, "name")
				if key == "" {
					key, _ = attr(c, "property")
				}
				switch strings.ToLower(strings.TrimSpace(key)) {
				case "description", "og:description", "twitter:description":
					if sp, ok := e.t.at[c]; ok {
						if s, end, ok := attrValueSpan(e.d.Source[sp.Start:sp.End], "content"); ok {
							e.buf.addRaw(e.d.Source, sp.Start+s, sp.Start+end, rawEntities)
							add()
						}
					}
				case "og:url":
					ogURL, _ = attr(c, "content")
				}
			case atom.Link:
				if rel, _ := attr(c, "rel"); canonical == "" && hasToken(rel, "canonical") {
					canonical, _ = attr(c, "href")
				}
			case atom.Script:
				if typ, _ := attr(c, "type"); strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
					for t := c.FirstChild; t != nil; t = t.NextSibling {
						if t.Type == html.TextNode {
							e.faqAnswers(e.t.at[t], add)
						}
					}
				}
				continue
			}
			walk(c)
		}
	}
	walk(e.t.root)
	// (A copy: an attribute's value is a piece of one string holding all
	// of the page's attributes, which the document would otherwise keep
	// alive for as long as its address is kept.)
	if e.d.URL == "" {
		e.d.URL = strings.Clone(strings.TrimSpace(canonical))
		if e.d.URL == "" {
			e.d.URL = strings.Clone(strings.TrimSpace(ogURL))
		}
	}
	return out
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// attrValueSpan finds the value of attribute key in a raw start tag and
// returns its offsets in raw, without quotes.
func attrValueSpan(raw []byte, key string) (int, int, bool) {
	i := 1
	for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '>' && raw[i] != '/' {
		i++
	}
	for i < len(raw) {
		for i < len(raw) && (isTagSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			break
		}
		ns := i
		for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '=' && raw[i] != '>' && raw[i] != '/' {
			i++
		}
		name := raw[ns:i]
		for i < len(raw) && isTagSpace(raw[i]) {
			i++
		}
		if i >= len(raw) || raw[i] != '=' {
			continue
		}
		i++
		for i < len(raw) && isTagSpace(raw[i]) {
			i++
		}
		var vs, ve int
		if i < len(raw) && (raw[i] == '"' || raw[i] == '\'') {
			q := raw[i]
			vs = i + 1
			j := bytes.IndexByte(raw[vs:], q)
			if j < 0 {
				return 0, 0, false
			}
			ve = vs + j
			i = ve + 1
		} else {
			vs = i
			for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '>' {
				i++
			}
			ve = i
		}
		if strings.EqualFold(string(name), key) {
			return vs, ve, true
		}
	}
	return 0, 0, false
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// jsonNode is a parsed JSON value that remembers where its strings are.
type jsonNode struct {
	obj   map[string]*jsonNode
	arr   []*jsonNode
	str   string
	isStr bool
	span  Span // a string's raw contents, between the quotes
}

const maxJSONDepth = 64

// parseJSONSpans parses src with encoding/json's token stream, which
// reports where each token ends; a string starts at the quote that
// opens it.
func parseJSONSpans(src []byte) (*jsonNode, bool) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var value func(depth int) (*jsonNode, bool)
	value = func(depth int) (*jsonNode, bool) {
		if depth > maxJSONDepth {
			return nil, false
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				n := &jsonNode{obj: map[string]*jsonNode{}}
				for dec.More() {
					k, err := dec.Token()
					if err != nil {
						return nil, false
					}
					key, _ := k.(string)
					c, ok := value(depth + 1)
					if !ok {
						return nil, false
					}
					n.obj[key] = c
				}
				_, err := dec.Token()
				return n, err == nil
			case '[':
				n := &jsonNode{arr: []*jsonNode{}}
				for dec.More() {
					c, ok := value(depth + 1)
					if !ok {
						return nil, false
					}
					n.arr = append(n.arr, c)
				}
				_, err := dec.Token()
				return n, err == nil
			}
			return nil, false
		case string:
			end := int(dec.InputOffset()) - 1 // the closing quote
			start := openingQuote(src, end)
			if start < 0 {
				return nil, false
			}
			return &jsonNode{str: v, isStr: true, span: Span{start + 1, end}}, true
		default:
			return &jsonNode{}, true
		}
	}
	return value(0)
}

// openingQuote finds the quote that opens the JSON string whose closing
// quote is at end: the nearest quote before it not escaped by a backslash.
func openingQuote(src []byte, end int) int {
	if end < 0 || end >= len(src) || src[end] != '"' {
		return -1
	}
	for i := end - 1; i >= 0; i-- {
		if src[i] != '"' {
			continue
		}
		bs := 0
		for j := i - 1; j >= 0 && src[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 0 {
			return i
		}
	}
	return -1
}

// list is a value that may be one item or an array of them.
func (n *jsonNode) list() []*jsonNode {
	if n == nil {
		return nil
	}
	if n.arr != nil {
		return n.arr
	}
	return []*jsonNode{n}
}

func (n *jsonNode) isType(t string) bool {
	if n == nil || n.obj == nil {
		return false
	}
	for _, v := range n.obj["@type"].list() {
		if v.isStr && strings.EqualFold(v.str, t) {
			return true
		}
	}
	return false
}

// faqAnswers adds the accepted answers of every FAQPage in the JSON-LD
// script text at sp.
func (e *htmlExtractor) faqAnswers(sp Span, add func()) {
	src := e.d.Source[sp.Start:sp.End]
	if !bytes.Contains(src, []byte("FAQPage")) {
		return
	}
	root, ok := parseJSONSpans(src)
	if !ok {
		return
	}
	var walk func(n *jsonNode, depth int)
	walk = func(n *jsonNode, depth int) {
		if n == nil || depth > maxJSONDepth {
			return
		}
		if n.isType("FAQPage") {
			for _, q := range n.obj["mainEntity"].list() {
				if q.obj == nil {
					continue
				}
				for _, a := range q.obj["acceptedAnswer"].list() {
					if a.obj == nil {
						continue
					}
					if t := a.obj["text"]; t != nil && t.isStr {
						e.jsonText(sp.Start+t.span.Start, sp.Start+t.span.End)
						add()
					}
				}
			}
			return
		}
		for _, c := range n.arr {
			walk(c, depth+1)
		}
		for _, c := range n.obj {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
}

// jsonText appends the raw JSON string contents src[start:end] to the
// buffer: escapes decoded, HTML tags inside the answer read as breaks,
// character references decoded, each character mapped to its source.
func (e *htmlExtractor) jsonText(start, end int) {
	src := e.d.Source
	inTag := false
	for i := start; i < end; {
		c := src[i]
		var r rune = -1
		n := 1
		if c == '\\' && i+1 < end {
			n = 2
			switch src[i+1] {
			case 'n', 't', 'r', 'b', 'f':
				r = ' '
			case 'u':
				r, n = jsonUnicode(src[i:end])
			default:
				r = rune(src[i+1])
			}
		}
		switch {
		case inTag:
			if c == '>' || r == '>' {
				inTag = false
			}
			i += n
			continue
		case (c == '<' || r == '<') && i+n < end && tagStart(src[i+n]):
			inTag = true
			e.buf.breakSpace(i)
			i += n
			continue
		case r >= 0:
			e.buf.decoded(i, n, string(r))
			i += n
			continue
		}
		j := i + 1
		for j < end && src[j] != '\\' && src[j] != '<' {
			j++
		}
		e.buf.addRaw(src, i, j, rawEntities)
		i = j
	}
}

func tagStart(c byte) bool {
	return c == '/' || c == '!' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// jsonUnicode decodes a \uXXXX escape (and the low half of a surrogate
// pair after it) at the start of b.
func jsonUnicode(b []byte) (rune, int) {
	hex := func(b []byte) (rune, bool) {
		if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
			return 0, false
		}
		var r rune
		for _, c := range b[2:6] {
			switch {
			case c >= '0' && c <= '9':
				r = r<<4 | rune(c-'0')
			case c|0x20 >= 'a' && c|0x20 <= 'f':
				r = r<<4 | rune(c|0x20-'a'+10)
			default:
				return 0, false
			}
		}
		return r, true
	}
	r, ok := hex(b)
	if !ok {
		return utf8.RuneError, 2
	}
	if utf16.IsSurrogate(r) {
		if lo, ok := hex(b[6:]); ok {
			if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
				return d, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}
