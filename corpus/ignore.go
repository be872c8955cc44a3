package corpus

import (
	"bytes"
	"strings"
)

const ignoreDirective = "factlint-ignore"

// parseIgnore reads a comment body ("factlint-ignore RULE reason…"). A
// directive without a reason is still returned so the checker can flag it.
func parseIgnore(body []byte, span Span) (Ignore, bool) {
	s := strings.TrimSpace(string(body))
	rest, ok := strings.CutPrefix(s, ignoreDirective)
	if !ok || (rest != "" && !isSpaceRune(rune(rest[0]))) {
		return Ignore{}, false
	}
	f := strings.Fields(rest)
	ig := Ignore{Span: span, Block: -1}
	if len(f) > 0 {
		ig.Rule = f[0]
		ig.Reason = strings.Join(f[1:], " ")
	}
	return ig, true
}

// comments calls fn with the [start, end) span of each <!-- … --> in
// src[from:to]; an unterminated comment runs to the end of the region,
// as browsers treat it.
func comments(src []byte, from, to int, fn func(start, end int)) {
	open, close := []byte("<!--"), []byte("-->")
	for from < to {
		i := bytes.Index(src[from:to], open)
		if i < 0 {
			return
		}
		s := from + i
		j := bytes.Index(src[s+4:to], close)
		e := to
		if j >= 0 {
			e = s + 4 + j + 3
		}
		fn(s, e)
		from = e
	}
}

// commentBody strips the comment delimiters from src[start:end].
func commentBody(src []byte, start, end int) []byte {
	b := src[start:end]
	b = bytes.TrimPrefix(b, []byte("<!--"))
	b = bytes.TrimSuffix(b, []byte("-->"))
	return b
}

func (d *Document) addIgnoreComment(start, end int) {
	if ig, ok := parseIgnore(commentBody(d.Source, start, end), Span{start, end}); ok {
		d.Ignores = append(d.Ignores, ig)
	}
}
