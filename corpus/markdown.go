package corpus

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// goldmark keeps source segments on its AST nodes, which is what lets
// Markdown text map back to exact offsets.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table))

type mdExtractor struct {
	d    *Document
	body []byte // the source after front matter; segments are relative to it
	base int    // offset of body in d.Source
	buf  *textBuf
	// quiet is set while reading header text a second time, so its
	// comments are not recorded twice.
	quiet bool
}

func parseMarkdown(d *Document) {
	if tooDeep(d.Source) {
		// goldmark's container matching is superlinear in nesting depth;
		// no real page nests hundreds of quotes or lists, so such input
		// is read as plain text rather than allowed to stall the run.
		parseText(d)
		return
	}
	base := frontMatterEnd(d.Source)
	m := &mdExtractor{d: d, body: d.Source[base:], base: base, buf: newTextBuf()}
	root := markdown.Parser().Parse(text.NewReader(m.body))
	m.blocks(root, BlockParagraph)
}

// tooDeep reports a line whose container prefix (indentation, quote and
// list markers) is longer than any real page's. A line of nothing but
// markers is a thematic break, however long.
func tooDeep(src []byte) bool {
	const limit = 128
	n := 0
	for _, c := range src {
		switch c {
		case '\n':
			n = 0
		case ' ', '\t', '>', '-', '*', '+', '.', ')', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			if n >= 0 {
				n++
			}
		default:
			if n > limit {
				return true
			}
			n = -1
		}
	}
	return false
}

// frontMatterEnd returns the offset just past a leading "---" YAML block,
// or 0 when there is none.
func frontMatterEnd(src []byte) int {
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	first, rest, ok := cutLine(src[start:])
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return 0
	}
	off := start + len(src[start:]) - len(rest)
	for len(rest) > 0 {
		line, next, _ := cutLine(rest)
		lineEnd := off + len(rest) - len(next)
		if l := string(bytes.TrimRight(line, " \t\r")); l == "---" || l == "..." {
			return lineEnd
		}
		off, rest = lineEnd, next
	}
	return 0
}

func cutLine(b []byte) (line, rest []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, len(b) > 0
	}
	return b[:i], b[i+1:], true
}

func (m *mdExtractor) blocks(n ast.Node, kind BlockKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			m.inlines(c)
			m.emit(BlockHeading, c.Level, nil)
		case *ast.Paragraph, *ast.TextBlock:
			m.inlines(c)
			m.emit(kind, 0, nil)
		case *ast.ListItem:
			m.blocks(c, BlockListItem)
		case *ast.Blockquote:
			m.blocks(c, BlockQuote)
		case *extast.Table:
			m.table(c)
		case *ast.HTMLBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				s := lines.At(i)
				m.comments(s.Start, s.Stop)
			}
			if c.HasClosure() {
				m.comments(c.ClosureLine.Start, c.ClosureLine.Stop)
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak:
		default:
			m.blocks(c, kind)
		}
	}
}

// comments records ignore directives in body[start:stop].
func (m *mdExtractor) comments(start, stop int) {
	if m.quiet {
		return
	}
	comments(m.d.Source, m.base+start, m.base+stop, m.d.addIgnoreComment)
}

func (m *mdExtractor) emit(kind BlockKind, level int, cell *cellInfo) {
	if m.buf.empty() {
		m.buf.space = -1
		return
	}
	b := m.buf.take(kind, level)
	if cell != nil {
		b.RowHeader, b.ColHeader = cell.rowHeader, cell.colHeader
	}
	m.d.Blocks = append(m.d.Blocks, b)
}

func (m *mdExtractor) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			m.buf.addRaw(m.d.Source, m.base+c.Segment.Start, m.base+c.Segment.Stop, rawEntities|rawBackslash)
			if c.SoftLineBreak() || c.HardLineBreak() {
				m.buf.breakSpace(m.base + c.Segment.Stop)
			}
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					m.buf.addRaw(m.d.Source, m.base+t.Segment.Start, m.base+t.Segment.Stop, 0)
				}
			}
		case *ast.AutoLink:
			label := c.Label(m.body)
			// Label is a subslice of body; its capacity gives its offset.
			off := cap(m.body) - cap(label)
			if off >= 0 && off+len(label) <= len(m.body) {
				m.buf.addRaw(m.d.Source, m.base+off, m.base+off+len(label), 0)
			}
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				s := c.Segments.At(i)
				m.comments(s.Start, s.Stop)
				if isBreakTag(m.body[s.Start:s.Stop]) {
					m.buf.breakSpace(m.base + s.Start)
				}
			}
		case *ast.Image, *ast.String:
		default:
			m.inlines(c)
		}
	}
}

func isBreakTag(b []byte) bool {
	b = bytes.ToLower(b)
	return bytes.HasPrefix(b, []byte("<br")) && (len(b) == 3 || b[3] == '>' || b[3] == '/' || b[3] == ' ')
}

func (m *mdExtractor) table(t *extast.Table) {
	var rows [][]*extast.TableCell
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []*extast.TableCell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if c, ok := c.(*extast.TableCell); ok {
				cells = append(cells, c)
			}
		}
		rows = append(rows, cells)
	}
	plain := func(c *extast.TableCell) string {
		save := m.buf
		m.buf, m.quiet = newTextBuf(), true
		m.inlines(c)
		s := string(m.buf.text)
		m.buf, m.quiet = save, false
		return s
	}
	var header []string
	if len(rows) > 0 {
		for _, c := range rows[0] {
			header = append(header, plain(c))
		}
	}
	for r, cells := range rows {
		var rowHead string
		if r > 0 && len(cells) > 0 {
			rowHead = plain(cells[0])
		}
		for i, c := range cells {
			info := &cellInfo{}
			if r > 0 {
				if i < len(header) {
					info.colHeader = header[i]
				}
				if i > 0 {
					info.rowHeader = rowHead
				}
			}
			m.inlines(c)
			m.emit(BlockTableCell, 0, info)
		}
	}
}
