package corpus

import (
	"strconv"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cellInfo names a table cell's row and column.
type cellInfo struct {
	rowHeader, colHeader string
}

// table lays out the cells of table n on a grid (colspan and rowspan
// honoured) and records each cell's headers: the header row is the first
// row of <thead>, else the first row; the row header is the row's first
// <th>, else its first cell.
func (e *htmlExtractor) table(n *html.Node) {
	var rows [][]*html.Node
	var headIdx = -1
	var collect func(p *html.Node, inHead bool)
	collect = func(p *html.Node, inHead bool) {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Table {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				var cells []*html.Node
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
						cells = append(cells, td)
					}
				}
				if inHead && headIdx < 0 {
					headIdx = len(rows)
				}
				rows = append(rows, cells)
			case atom.Thead:
				collect(c, true)
			default:
				collect(c, inHead)
			}
		}
	}
	collect(n, false)
	if len(rows) == 0 {
		return
	}
	if headIdx < 0 {
		headIdx = 0
	}
	if e.tables == nil {
		e.tables = map[*html.Node]*cellInfo{}
	}

	type slot struct {
		cell *html.Node
		col  int
	}
	grid := make([][]slot, len(rows))
	spanLeft := map[int]int{} // column → rows still covered by a rowspan above
	for r, cells := range rows {
		col := 0
		for _, c := range cells {
			for spanLeft[col] > 0 {
				spanLeft[col]--
				col++
			}
			cs := min(max(intAttr(c, "colspan"), 1), 100)
			rs := min(max(intAttr(c, "rowspan"), 1), 100)
			for k := 0; k < cs; k++ {
				grid[r] = append(grid[r], slot{c, col + k})
				if rs > 1 {
					spanLeft[col+k] = rs - 1
				}
			}
			col += cs
		}
		for c, left := range spanLeft {
			if c >= col && left > 0 {
				spanLeft[c]--
			}
		}
	}

	texts := map[*html.Node]string{}
	textOf := func(c *html.Node) string {
		if s, ok := texts[c]; ok {
			return s
		}
		s := e.plainText(c)
		texts[c] = s
		return s
	}
	colHeader := map[int]*html.Node{}
	for _, s := range grid[headIdx] {
		if _, ok := colHeader[s.col]; !ok {
			colHeader[s.col] = s.cell
		}
	}
	for r, cells := range rows {
		if len(cells) == 0 {
			continue
		}
		rowHead := cells[0]
		for _, c := range cells {
			if c.DataAtom == atom.Th {
				rowHead = c
				break
			}
		}
		seen := map[*html.Node]bool{}
		for _, s := range grid[r] {
			if seen[s.cell] {
				continue
			}
			seen[s.cell] = true
			info := &cellInfo{}
			if r != headIdx {
				if h := colHeader[s.col]; h != nil && h != s.cell {
					info.colHeader = textOf(h)
				}
				if rowHead != s.cell {
					info.rowHeader = textOf(rowHead)
				}
			}
			e.tables[s.cell] = info
		}
	}
}

func intAttr(n *html.Node, key string) int {
	v, ok := attr(n, key)
	if !ok {
		return 1
	}
	i, err := strconv.Atoi(v)
	if err != nil {
		return 1
	}
	return i
}

// plainText is an element's visible text, normalised like block text.
func (e *htmlExtractor) plainText(n *html.Node) string {
	save := e.buf
	if e.plainBuf == nil {
		e.plainBuf = newTextBuf()
	}
	e.buf = e.plainBuf
	e.buf.reset()
	e.inlineText(n)
	s := string(e.buf.text)
	e.buf = save
	return s
}

func (e *htmlExtractor) inlineText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sp := e.t.at[c]
			e.buf.addRaw(e.d.Source, sp.Start, sp.End, rawEntities)
		case html.ElementNode:
			if e.dropped(c) {
				continue
			}
			if c.DataAtom == atom.Br || isBlockLevel(c.DataAtom) {
				e.buf.breakSpace(0)
			}
			e.inlineText(c)
		}
	}
}
