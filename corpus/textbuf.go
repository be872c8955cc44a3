package corpus

import (
	"bytes"
	"html"
	"unicode"
	"unicode/utf8"
)

// textBuf accumulates one block's normalised text together with the runs
// that map it back to the source. Every loader funnels text through it so
// whitespace collapsing and entity decoding keep exact positions the same
// way in every format.
type textBuf struct {
	text  []byte
	runs  []run
	space int  // source offset of pending collapsed whitespace, -1 when none
	plain bool // the pending whitespace is one ' ', so it can stay an exact byte
	// line says the pending whitespace ends a line (a <br>): the space it
	// becomes is recorded in breaks, so sentences can end there.
	line   bool
	breaks []int
}

func newTextBuf() *textBuf { return &textBuf{space: -1} }

func (t *textBuf) empty() bool { return len(t.text) == 0 }

// take hands the accumulated text and runs to a block and resets the
// buffer. Runs are carved out of one growing array with a capped slice so
// later appends never overwrite a block's runs.
func (t *textBuf) take(kind BlockKind, level int) Block {
	n := len(t.runs)
	b := Block{Kind: kind, Level: level, Text: string(t.text), runs: t.runs[:n:n]}
	if len(t.breaks) > 0 {
		b.breaks = t.breaks
		t.breaks = nil
	}
	t.runs = t.runs[n:]
	t.reset()
	return b
}

// reset drops the accumulated text of a block that is not kept. Its
// runs are nobody's, so the next block reuses their room.
func (t *textBuf) reset() {
	t.text = t.text[:0]
	t.runs = t.runs[:0]
	t.breaks = t.breaks[:0]
	t.space, t.line = -1, false
}

// lineBreak records a forced line break (<br>) at src: a word break that
// also ends a line, which is where a reader sees a sentence or a schedule
// line end.
func (t *textBuf) lineBreak(src int) {
	t.ws(src, false)
	t.line = true
}

// breakSpace records a word break (a <br>, a soft line break) that is not
// itself whitespace in the source.
func (t *textBuf) breakSpace(src int) { t.ws(src, false) }

// softBreak records a word break between two elements that have no
// source bytes of their own between them; the space maps to the end of the
// text before it.
func (t *textBuf) softBreak() {
	if len(t.runs) == 0 || len(t.text) == 0 {
		return
	}
	r := t.runs[len(t.runs)-1]
	end := r.src + r.m
	if r.exact {
		end = r.src + r.n
	}
	t.ws(int(end), false)
}

func (t *textBuf) ws(src int, plain bool) {
	if t.space < 0 {
		t.space, t.plain = src, plain
	} else {
		t.plain = false
	}
}

func (t *textBuf) flushSpace() {
	if t.space >= 0 {
		if len(t.text) > 0 {
			if t.line {
				t.breaks = append(t.breaks, len(t.text))
			}
			t.mapped(t.space, 1, " ")
		}
		t.space, t.line = -1, false
	}
}

func (t *textBuf) exact(src int, b []byte) {
	if t.space >= 0 && t.plain && t.space == src-1 && len(t.text) > 0 {
		// A lone space between words is kept byte for byte, so ordinary
		// prose becomes one run rather than two per word.
		t.space = -1
		t.appendExact(src-1, []byte{' '})
	} else {
		t.flushSpace()
	}
	t.appendExact(src, b)
}

func (t *textBuf) appendExact(src int, b []byte) {
	if len(t.runs) > 0 {
		r := &t.runs[len(t.runs)-1]
		if r.exact && int(r.src+r.n) == src && int(r.text+r.n) == len(t.text) {
			r.n += int32(len(b))
			t.text = append(t.text, b...)
			return
		}
	}
	t.addRun(newRun(len(t.text), src, len(b), 0, true))
	t.text = append(t.text, b...)
}

// addRun grows the run array in large steps itself: after take the slice
// is a short tail of the old array, and append would regrow it from a
// tiny size for every block.
func (t *textBuf) addRun(r run) {
	if len(t.runs) == cap(t.runs) {
		nr := make([]run, len(t.runs), max(256, 2*len(t.runs)))
		copy(nr, t.runs)
		t.runs = nr
	}
	t.runs = append(t.runs, r)
}

// mapped appends s as produced by the m source bytes at src.
func (t *textBuf) mapped(src, m int, s string) {
	if len(t.runs) > 0 {
		r := &t.runs[len(t.runs)-1]
		if !r.exact && int(r.src) == src && int(r.text+r.n) == len(t.text) {
			r.n += int32(len(s))
			t.text = append(t.text, s...)
			return
		}
	}
	t.addRun(newRun(len(t.text), src, len(s), m, false))
	t.text = append(t.text, s...)
}

// decoded appends the expansion of a character reference, which may itself
// be whitespace (&nbsp;, &#10;).
func (t *textBuf) decoded(src, m int, s string) {
	for i, r := range s {
		if isSpaceRune(r) {
			t.breakSpace(src)
			continue
		}
		if dropRune(r) {
			continue
		}
		t.flushSpace()
		t.mapped(src, m, s[i:i+utf8.RuneLen(r)])
	}
}

// rawFlags say how addRaw reads source text.
type rawFlags uint8

const (
	rawEntities  rawFlags = 1 << iota // decode &name; and &#n; references
	rawBackslash                      // Markdown backslash escapes
)

// addRaw appends src[start:end], collapsing whitespace and, per flags,
// decoding character references and backslash escapes.
func (t *textBuf) addRaw(src []byte, start, end int, flags rawFlags) {
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	i := start
	for i < end {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t.ws(i, c == ' ')
			i++
			continue
		case c < ' ' || c == 0x7f:
			i++
			continue
		case c == '&' && flags&rawEntities != 0:
			if s, n := decodeEntity(src[i:end]); n > 0 {
				t.decoded(i, n, s)
				i += n
				continue
			}
		case c == '\\' && flags&rawBackslash != 0 && i+1 < end && isASCIIPunct(src[i+1]):
			i++
			t.exact(i, src[i:i+1])
			i++
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(src[i:end])
			if isSpaceRune(r) {
				t.breakSpace(i)
				i += size
				continue
			}
			if dropRune(r) {
				i += size
				continue
			}
		}
		// An ordinary stretch: copy it as one exact run.
		j := i + 1
		if c >= utf8.RuneSelf {
			_, size := utf8.DecodeRune(src[i:end])
			j = i + size
		}
		for j < end {
			c := src[j]
			if c < utf8.RuneSelf {
				if c == ' ' && j+1 < end && plainByte(src[j+1]) {
					// A lone space before more of the stretch would
					// join its run anyway (see exact): keep going.
					j += 2
					continue
				}
				if c <= ' ' || c == '&' || c == '\\' {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRune(src[j:end])
			if isSpaceRune(r) || dropRune(r) {
				break
			}
			j += size
		}
		t.exact(i, src[i:j])
		i = j
	}
}

// plainByte is an ASCII byte addRaw copies as it is whatever the flags.
func plainByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '&' && c != '\\'
}

func isSpaceRune(r rune) bool {
	return r == 0xA0 || (r > 0x7f && unicode.IsSpace(r)) || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// dropRune is true for invisible characters that would split words for
// the claim matchers without being visible to a reader.
func dropRune(r rune) bool {
	// Private-use code points are icon-font glyphs, pictures to a reader.
	return r == 0x200B || r == 0xFEFF || r == 0xAD || r == 0 || r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF)
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// decodeEntity decodes the character reference at the start of b and
// returns it with the number of source bytes it spans, or n == 0 when b
// does not start with one the HTML5 tables know.
func decodeEntity(b []byte) (s string, n int) {
	if len(b) < 2 || b[0] != '&' {
		return "", 0
	}
	j := 1
	if b[1] == '#' {
		j = 2
		if j < len(b) && (b[j] == 'x' || b[j] == 'X') {
			j++
		}
	}
	for j < len(b) && j < 40 && isAlnum(b[j]) {
		j++
	}
	if j < len(b) && b[j] == ';' {
		j++
	}
	raw := string(b[:j])
	dec := html.UnescapeString(raw)
	if dec == raw {
		return "", 0
	}
	return dec, j
}

func isAlnum(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// addCells is addRaw for a line of plain text whose tabs are kept as tabs:
// a table copied from a browser separates its cells so, and pipeTables
// splits the row there. Other whitespace collapses as usual.
func (t *textBuf) addCells(src []byte, start, end int) {
	for start < end {
		k := bytes.IndexByte(src[start:end], '\t')
		if k < 0 {
			t.addRaw(src, start, end, 0)
			return
		}
		if k > 0 {
			t.addRaw(src, start, start+k, 0)
		}
		t.tab(start + k)
		start += k + 1
	}
}

// tab appends the tab at src in place of any whitespace pending before it.
func (t *textBuf) tab(src int) {
	t.space, t.line = -1, false
	t.mapped(src, 1, "\t")
}
