package corpus

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Format is the syntax a document was read as.
type Format string

const (
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
	FormatText     Format = "text"
)

// BlockKind says what role a block plays on the page.
type BlockKind string

const (
	BlockTitle     BlockKind = "title"
	BlockHeading   BlockKind = "heading"
	BlockParagraph BlockKind = "paragraph"
	BlockListItem  BlockKind = "list-item"
	BlockTableCell BlockKind = "table-cell"
	BlockQuote     BlockKind = "blockquote"
	BlockCaption   BlockKind = "caption"
	// BlockMeta is text the page publishes outside its body: the meta and
	// Open Graph descriptions and JSON-LD FAQ answers. It follows the
	// title, before the body's blocks.
	BlockMeta BlockKind = "meta"
)

// Span is a half-open range of byte offsets [Start, End) into Document.Source.
type Span struct {
	Start, End int
}

// Position is a 1-based line and column; Column counts characters (runes),
// not bytes, so editors and CI annotations land on the right character.
type Position struct {
	Line, Column int
}

// Document is one loaded page.
type Document struct {
	// ID is the path as given (or "-" for stdin); it is what reports print.
	ID     string
	Format Format
	Title  string
	// Source is the page as UTF-8: the file's bytes, or their decoding when
	// the page declares another charset (a BOM or <meta charset>). Lines
	// and columns of Source are those of the file.
	Source []byte
	Blocks []Block
	// URL is the page's address when known: the URL it was fetched from,
	// else its <link rel=canonical> or og:url. Empty for local files
	// that name none.
	URL string
	// Ignores are the inline `<!-- factlint-ignore RULE reason -->`
	// directives found in the source, in order.
	Ignores []Ignore

	lines []int // byte offset of the start of each line, built lazily
	// col is the last position Position worked out, to count a column
	// on from: a minified page is one line, and counting every claim's
	// column from the line's start made a page's positions quadratic
	// in its size.
	col struct{ line, off, runes int }
}

// Block is a unit of main content in reading order.
type Block struct {
	Kind BlockKind
	// Level is the heading level (1–6) for headings, 0 otherwise.
	Level int
	// Text is the normalised text: entities decoded, whitespace collapsed.
	Text string
	// Span covers the block's source bytes.
	Span Span
	// Headings is the heading path above the block, outermost first.
	Headings []string
	// RowHeader and ColHeader name a table cell's row and column.
	RowHeader, ColHeader string
	// Sentences split Text; their offsets are into Text.
	Sentences []Sentence
	// Hash identifies the block's normalised text (letters lowercased,
	// digits as they are, whitespace and punctuation folded; xxhash64), so
	// the same block on many pages of a site can be found without keeping
	// the pages (see BoilerplateIndex).
	Hash uint64
	// Question marks a block that asks rather than states: an FAQ
	// question (accordion or toggle title, <summary>, <dt>, a schema.org
	// Question's name) or a single line ending in "?", also when a
	// disclosure glyph (▼ + ›) follows it. Claims are not read from it.
	Question bool

	// breaks are the offsets in Text of the spaces that stand for forced
	// line breaks (<br>); a sentence ends there unless the line plainly
	// runs on.
	breaks []int
	// runs map Text offsets to Source offsets, sorted by Text offset.
	runs []run
}

// Ignore is an inline suppression: it silences Rule on the block that
// follows it (Block is that block's index, or -1 when none follows), or,
// by Directive, from here to the matching enable or over the whole file.
type Ignore struct {
	Rule   string
	Reason string
	Span   Span
	Block  int
	// Directive is which form was written; see ignore.go.
	Directive Directive
	// Fix, for DirectiveInvalid, is the comment as it should have been
	// written; Written is the directive word as it was.
	Fix, Written string
}

// Sentence is a sentence of a block; Start and End are byte offsets into Block.Text.
type Sentence struct {
	Start, End int
}

// run says Text[text:text+n] came from Source[src:src+n] byte for byte when
// exact, or from the single source construct Source[src:src+m] (an entity, a
// collapsed whitespace run) when not.
//
// Offsets are 32 bits (pages are at most maxSource bytes): runs are a
// large share of what reading a page allocates.
type run struct {
	text, src, n, m int32
	exact           bool
}

// newRun is a run of ints, which every caller computes in.
func newRun(text, src, n, m int, exact bool) run {
	return run{text: int32(text), src: int32(src), n: int32(n), m: int32(m), exact: exact}
}

// SourceOffset maps a byte offset in b.Text to a byte offset in the document source.
func (b *Block) SourceOffset(textOff int) int {
	if len(b.runs) == 0 {
		return b.Span.Start + textOff
	}
	r := b.runAt(textOff)
	if !r.exact {
		return int(r.src)
	}
	d := textOff - int(r.text)
	if d > int(r.n) {
		d = int(r.n)
	}
	return int(r.src) + d
}

// runAt is the run that holds Text[textOff] (the first one for an
// offset before every run); b has runs.
func (b *Block) runAt(textOff int) run {
	i := sort.Search(len(b.runs), func(i int) bool { return int(b.runs[i].text) > textOff }) - 1
	return b.runs[max(i, 0)]
}

// sourceEnd is the source offset just past the byte that produced
// Text[textOff], so a span ending in an entity covers the whole entity.
func (b *Block) sourceEnd(textOff int) int {
	if len(b.runs) == 0 {
		return b.Span.Start + textOff + 1
	}
	r := b.runAt(textOff)
	if !r.exact {
		return int(r.src) + max(int(r.m), 1)
	}
	return b.SourceOffset(textOff) + 1
}

// SourceSpan maps a [start, end) range of b.Text to source offsets.
func (b *Block) SourceSpan(start, end int) Span {
	s := b.SourceOffset(start)
	e := s
	if end > start {
		e = b.sourceEnd(end - 1)
		if e < s {
			e = s
		}
	}
	return Span{Start: s, End: e}
}

// SentenceText returns the text of sentence i.
func (b *Block) SentenceText(i int) string {
	s := b.Sentences[i]
	return b.Text[s.Start:s.End]
}

// Position converts a byte offset in Source to a line and column.
func (d *Document) Position(off int) Position {
	if d.lines == nil {
		d.lines = lineStarts(d.Source)
	}
	if off < 0 {
		off = 0
	}
	if off > len(d.Source) {
		off = len(d.Source)
	}
	i := sort.SearchInts(d.lines, off+1) - 1 // the last line starting at or before off
	from, runes := d.lines[i], 0
	if c := d.col; c.line == i+1 && c.off <= off {
		// Positions are asked for mostly in reading order.
		from, runes = c.off, c.runes
	}
	runes += runeCount(d.Source[from:off])
	// (Counted on only from the start of a character, where counts add.)
	if off == len(d.Source) || utf8.RuneStart(d.Source[off]) {
		d.col.line, d.col.off, d.col.runes = i+1, off, runes
	}
	return Position{Line: i + 1, Column: runes + 1}
}

func lineStarts(src []byte) []int {
	// Counted first and found with IndexByte, which read many bytes a
	// step: one allocation of the right size (growing it was 2 % of the
	// bytes a page allocated), and no test of every byte.
	ls := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i := 0; ; {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			return ls
		}
		i += k + 1
		ls = append(ls, i)
	}
}

// runeCount is utf8.RuneCount, which copies a slice's tail into a new
// string when it meets a non-ASCII byte (go1.26): an allocation the size
// of the line's rest for every position on a line with an accent or a
// dash. Invalid bytes count one each, as there.
func runeCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRune(p[i:])
		i += w
	}
	return n
}
