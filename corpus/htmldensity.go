package corpus

import (
	"strings"
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
	return urlsOnly(string(text))
}

// urlsOnly is true for text made of web addresses and separators alone.
func urlsOnly(s string) bool {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return isSpaceRune(r) || r == ',' || r == '|' || r == '•' || r == '·'
	}) {
		if !looksURL(f) {
			return false
		}
		n++
	}
	return n > 0
}

func looksURL(f string) bool {
	l := strings.ToLower(f)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return true
	}
	// "example.com/path": a dot before a slash, no sentence punctuation.
	dot, slash := strings.IndexByte(l, '.'), strings.IndexByte(l, '/')
	return dot > 0 && slash > dot+1 && !strings.ContainsAny(l, "?!\"“”")
}
