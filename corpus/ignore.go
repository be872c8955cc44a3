package corpus

import (
	"bytes"
	"strings"
)

// Directive is the form of an inline suppression comment.
type Directive string

const (
	// DirectiveIgnore, <!-- factlint-ignore RULE reason -->, silences RULE
	// on the next block.
	DirectiveIgnore Directive = "factlint-ignore"
	// DirectiveDisable and DirectiveEnable bound a range of lines:
	// <!-- factlint-disable RULE reason --> … <!-- factlint-enable RULE -->.
	DirectiveDisable Directive = "factlint-disable"
	DirectiveEnable  Directive = "factlint-enable"
	// DirectiveDisableFile silences RULE in the whole file.
	DirectiveDisableFile Directive = "factlint-disable-file"
	// DirectiveInvalid is a comment that was surely meant as one of the
	// above but is not written as one (FACTLINT-IGNORE, factlint-ignore:,
	// factlint-ignore-next-line, …). It is kept so that the checker can
	// say so with the fix rather than silently ignore it.
	DirectiveInvalid Directive = "invalid"
)

var directives = []Directive{DirectiveIgnore, DirectiveDisable, DirectiveEnable, DirectiveDisableFile}

// nearMisses maps directive words people carry over from other linters
// (ESLint, golangci-lint, Vale, markdownlint) to the factlint form.
var nearMisses = map[string]Directive{
	"factlint-ignore-next-line":  DirectiveIgnore,
	"factlint-disable-next-line": DirectiveIgnore,
	"factlint-disable-line":      DirectiveIgnore,
	"factlint-ignore-line":       DirectiveIgnore,
	"factlint-nolint":            DirectiveIgnore,
	"factlint-off":               DirectiveDisable,
	"factlint-ignore-start":      DirectiveDisable,
	"factlint-ignore-begin":      DirectiveDisable,
	"factlint-on":                DirectiveEnable,
	"factlint-ignore-end":        DirectiveEnable,
	"factlint-ignore-file":       DirectiveDisableFile,
	"factlint-file-ignore":       DirectiveDisableFile,
	"factlint-disable-all":       DirectiveDisableFile,
}

// parseIgnore reads a comment body ("factlint-ignore RULE reason…"). A
// directive without a reason is still returned so the checker can flag it,
// and so is a near miss, as DirectiveInvalid with the fix.
func parseIgnore(body []byte, span Span) (Ignore, bool) {
	s := strings.TrimSpace(string(body))
	var word, rest string
	if i := strings.IndexAny(s, " \t\r\n\f"); i >= 0 {
		word, rest = s[:i], s[i+1:]
	} else {
		word, rest = s, ""
	}
	ig := Ignore{Span: span, Block: -1, Written: word}
	fields := strings.Fields(rest)
	for _, d := range directives {
		if word == string(d) {
			ig.Directive = d
			if len(fields) > 0 {
				ig.Rule = fields[0]
				ig.Reason = strings.Join(fields[1:], " ")
			}
			return ig, true
		}
	}
	n := len(fields)
	d, ok := nearMiss(word, &fields)
	if !ok {
		return Ignore{}, false
	}
	if len(fields) < n {
		ig.Written = word + " " + strings.Fields(rest)[0]
	}
	ig.Directive = DirectiveInvalid
	if len(fields) > 0 {
		ig.Rule = strings.TrimSuffix(fields[0], ":")
		ig.Reason = strings.Join(fields[1:], " ")
	}
	fix := []string{string(d)}
	fix = append(fix, fields...)
	if len(fields) == 0 {
		fix = append(fix, "RULE", "reason")
	} else if len(fields) == 1 && d != DirectiveEnable {
		fix = append(fix, "reason")
	}
	ig.Fix = "<!-- " + strings.Join(fix, " ") + " -->"
	return ig, true
}

// nearMiss decides whether word (with the fields after it) was meant as
// a directive, and which. "factlint ignore" and "factlint: ignore" take
// the directive from the next field, which is then consumed.
func nearMiss(word string, fields *[]string) (Directive, bool) {
	norm := func(w string) string {
		w = strings.ToLower(strings.TrimRight(w, ":"))
		return strings.NewReplacer("_", "-", ":", "-", ".", "-").Replace(w)
	}
	w := norm(word)
	if w == "factlint" && len(*fields) > 0 {
		w = "factlint-" + norm((*fields)[0])
		*fields = (*fields)[1:]
	}
	if !strings.HasPrefix(w, "factlint-") {
		return "", false
	}
	for _, d := range directives {
		if w == string(d) {
			return d, true // only the case or a trailing colon was off
		}
	}
	if d, ok := nearMisses[w]; ok {
		return d, true
	}
	// A typo of a directive word: "factlint-ingore", "factlint-disabel".
	best, bestD := Directive(""), 3
	for _, d := range directives {
		if dist := editDistance(w, string(d)); dist < bestD {
			best, bestD = d, dist
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance between a and b in bytes;
// directive words are ASCII.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
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
