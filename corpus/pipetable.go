package corpus

import "strings"

// pipeTables turns runs of "A | B | C" lines in plain text into table
// cells with their row and column headers. Text exports of web pages keep
// a table's rows this way (often with a "|---|" separator under the
// header), and a cell such as "9-15 hours" only means hours a week through
// its column header, so reading the line as one sentence loses the fact.
// A table copied from a browser comes as lines of tab-separated cells,
// which are read the same way when two or more lines in a row have the
// same number of cells. A table whose cells a page's text lost the
// spaces between ("Level of CareTreatment HoursCost" over
// "PHP4-6 hours/day, 5 days/weekModerate") is read too, when three lines
// or more in a row part into as many cells (see gluedCells).
func pipeTables(blocks []Block) []Block {
	var out []Block
	for i := 0; i < len(blocks); {
		sep := rowSeparator(&blocks[i])
		// Tab and glued rows of one table have as many cells as its
		// first row.
		width := 0
		if sep == '\t' || sep == gluedSep {
			width = len(tableCells(&blocks[i], sep))
		}
		n := 0
		for i+n < len(blocks) && sep != 0 && rowSeparator(&blocks[i+n]) == sep &&
			(sep == '|' || len(tableCells(&blocks[i+n], sep)) == width) {
			n++
		}
		if n < 2 || sep == gluedSep && n < 3 {
			b := blocks[i]
			if sep == '\t' {
				// A lone line with a tab is no table: its tabs are
				// spaces, as in any other text.
				b.Text = strings.ReplaceAll(b.Text, "\t", " ")
			}
			out = append(out, b)
			i++
			continue
		}
		header := tableCells(&blocks[i], sep)
		rows := blocks[i+1 : i+n]
		if second := tableCells(&blocks[i+1], sep); !separatorRow(second) && (keyValueRow(header) || factLabelRow(header, second) || labelledFigure(header) && figureIn(header[1:]) || figuresRow(header) && figuresRow(second) && !columnWord(header[0].Text) || figuresAlike(header, second)) {
			// "| Days per week | 4 |" opening a two-column table with
			// no separator: a row of facts, not column headers. So is
			// "PHP | 5 days/week | 2–3 weeks" over "IOP | 3 days/week |
			// 8–12 weeks": rows of figures with no header row at all,
			// and "Day program: 5 days a week | 6 hours a day | lives
			// at home", a row that labels its own first figure and has
			// another; and "| Setting | Inpatient, on our campus |" over
			// "| Staffing | Nurses around the clock |", a fact's label and
			// its value over another. (Column headers name their columns: "Ages: 18 and
			// older | Days per week | Hours per day".)
			header, rows = nil, blocks[i:i+n]
		}
		header = cornerRestored(header, rows, sep)
		for ri := range rows {
			cells := tableCells(&rows[ri], sep)
			if separatorRow(cells) {
				continue
			}
			// A row with a separator under it heads a new table: two
			// tables one after the other (a blank line between them
			// is no block) are not one.
			if ri+1 < len(rows) && separatorRow(tableCells(&rows[ri+1], sep)) {
				header = cells
				continue
			}
			rowHeader := ""
			if len(cells) > 0 {
				rowHeader = cells[0].Text
			}
			if labelledFigure(cells) {
				// "Outpatient: 1 day a week | 1 to 2 hours a week": the
				// label heads the row, its figure is the row's first fact.
				rowHeader = rowHeader[:strings.Index(rowHeader, ": ")]
			}
			for ci, c := range cells {
				if c.Text == "" {
					continue // an empty cell keeps the columns aligned, it holds no text
				}
				c.Kind = BlockTableCell
				c.RowHeader = rowHeader
				if ci < len(header) {
					c.ColHeader = header[ci].Text
				}
				if ci == 0 {
					c.RowHeader = ""
				}
				out = append(out, c)
			}
		}
		i += n
	}
	return out
}

// cornerRestored puts back the empty corner cell a text export dropped
// from a header row: "Inpatient | Outpatient | |" over "Duration | 30-90
// days | 3-4 months |" names the columns of the figures, not of the row
// labels, and its trailing empty cell is the corner moved to the end.
// The header is shifted one column right when its last cell alone is
// empty and every body row fills that column and opens on a label.
func cornerRestored(header, rows []Block, sep byte) []Block {
	n := len(header)
	if n < 3 || header[n-1].Text != "" {
		return header
	}
	for _, c := range header[:n-1] {
		if c.Text == "" {
			return header
		}
	}
	filled := 0
	for ri := range rows {
		cells := tableCells(&rows[ri], sep)
		if separatorRow(cells) {
			continue
		}
		if len(cells) != n || cells[0].Text == "" || figureCell(cells[0].Text) || cells[n-1].Text == "" {
			return header
		}
		filled++
	}
	if filled == 0 {
		return header
	}
	return append([]Block{{Kind: BlockTableCell}}, header[:n-1]...)
}

// rowSeparator is '|' for a line with at least two pipes (one is too
// common in running text, "Home | Blog", to mean a table), '\t' for a
// line of tab-separated cells, 0 for any other line.
func rowSeparator(b *Block) byte {
	switch {
	case b.Kind == BlockListItem:
		return 0
	case strings.Count(b.Text, "|") >= 2:
		return '|'
	case strings.Contains(b.Text, "\t"):
		return '\t'
	case len(gluedCuts(b.Text)) >= 2:
		return gluedSep
	}
	return 0
}

// gluedSep marks a row of glued cells: no byte parts them.
const gluedSep = 0x1d

// gluedCells parts a line at each place where a cell's text runs into
// the next one's with no space (see gluedCuts). Nil when the line has
// none.
func gluedCells(b *Block) []Block {
	cuts := gluedCuts(b.Text)
	if cuts == nil {
		return nil
	}
	cells := make([]Block, 0, len(cuts)+1)
	start := 0
	for _, i := range cuts {
		cells = append(cells, b.slice(start, i))
		start = i
	}
	return append(cells, b.slice(start, len(b.Text)))
}

// gluedCuts are the places in t where one cell's text runs into the
// next: a lowercase letter or a closing bracket before a capital
// ("careOn-site", "(taper dependent)Never"), a letter or a closing
// bracket before a digit ("PHP4-6 hours", "Alcohol6-12 hours").
func gluedCuts(t string) []int {
	var cuts []int
	for i := 1; i < len(t); i++ {
		p, c := t[i-1], t[i]
		if (isLowerASCII(p) || p == ')') && c >= 'A' && c <= 'Z' || (isLowerASCII(p) || p >= 'A' && p <= 'Z' || p == ')') && isDigit(c) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// keyValueRow reports two cells, a label and a figure: "| Days per week
// | 4 |". Column headers are words ("| Feature | Details |"); a table
// whose header names lengths ("| Program | 30 days | 60 days |") has more
// columns.
func keyValueRow(cells []Block) bool {
	if len(cells) != 2 || cells[0].Text == "" || cells[1].Text == "" {
		return false
	}
	first, second := cells[0].Text[0], cells[1].Text[0]
	// ("| Days | Monday–Thursday |" is a fact; "| Time | Monday-Friday |"
	// heads a timetable's columns.)
	l := strings.ToLower(cells[0].Text)
	return !isDigit(first) && (isDigit(second) || numberWordStart(cells[1].Text) || weekdayStart(cells[1].Text) && (strings.Contains(l, "day") || strings.Contains(l, "schedule") || strings.Contains(l, "meets")))
}

// factLabelRow reports a two-cell row labelled with a fact of a program
// ("| Setting | Inpatient, on our campus |") over another two-cell row:
// column headers name what a column holds ("| Item | Details |"), not
// such a fact and its value.
func factLabelRow(header, second []Block) bool {
	if len(header) != 2 || len(second) != 2 || header[1].Text == "" || second[0].Text == "" {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(header[0].Text)) {
	case "setting", "staffing", "location", "care setting", "level of care", "care level", "format", "ages", "age range", "who it's for",
		"length of stay", "average length of stay", "average stay", "typical stay", "duration", "program length", "schedule",
		"hours", "days", "frequency", "group size", "medications", "supervision", "housing", "cost", "insurance":
		return true
	}
	return false
}

// figuresRow reports a row of three or more cells whose first names
// something and whose others all open on a figure of something: "IOP | 3
// days/week | 8–12 weeks". A header naming lengths ("| Program | 30 days | 60 days |")
// is one too, which is why the row after it must be one as well.
func figuresRow(cells []Block) bool {
	if len(cells) < 3 || cells[0].Text == "" || isDigit(cells[0].Text[0]) {
		return false
	}
	for _, c := range cells[1:] {
		// ("PHP | weekdays, 9 a.m.-3 p.m. | 3-4 weeks": a schedule cell
		// opens on its days and holds its hours; a timetable's header
		// cell, "Monday", holds no figure.)
		if weekdayStart(c.Text) && strings.ContainsAny(c.Text, "0123456789") {
			continue
		}
		if !figureCell(c.Text) {
			return false
		}
	}
	return true
}

// figuresAlike reports two rows with a figure of time in the same column
// after their labels: "Residential | stays on campus | 24/7 staff | 28-60
// days" over "PHP | sleeps at home | 25-30 hrs/week | 3-5 weeks" are two
// rows of facts, the first no header (a column header names its column
// and gives no figure).
func figuresAlike(a, b []Block) bool {
	// ("Sunday | 9:00 a.m. – 3:30 p.m. | two groups" over "Tuesday | 6:00
	// – 9:00 p.m. | process group": a timetable's days, read as such.)
	// ("| Track | 6 weeks | 12 weeks |": a first cell naming what the
	// rows list heads the columns.)
	if len(a) < 3 || len(a) != len(b) || a[0].Text == "" || isDigit(a[0].Text[0]) || weekdayStart(a[0].Text) || weekdayStart(b[0].Text) || columnWord(a[0].Text) {
		return false
	}
	for j := 1; j < len(a); j++ {
		if figureCell(a[j].Text) && figureCell(b[j].Text) {
			return true
		}
	}
	return false
}

// columnWord reports a first cell that names what a table's rows are:
// "Track", "Program", "Level of care".
func columnWord(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "track", "tracks", "program", "programs", "level", "levels", "level of care", "service", "services", "option", "options",
		"type", "plan", "plans", "name", "provider", "facility":
		return true
	}
	return false
}

// figureCell reports a cell that opens on a figure with its unit: "3
// days/week", "two weeks".
func figureCell(t string) bool {
	return t != "" && (isDigit(t[0]) || numberWordStart(t)) && unitAfterFigure(t)
}

// labelledFigure reports a row whose first cell is a label and a colon
// before a figure of time: "Intensive outpatient: 3 to 5 days a week".
func labelledFigure(cells []Block) bool {
	if len(cells) < 2 {
		return false
	}
	t := cells[0].Text
	k := strings.Index(t, ": ")
	if k <= 0 || isDigit(t[0]) {
		return false
	}
	v := strings.TrimLeft(t[k+2:], " ")
	return v != "" && (isDigit(v[0]) || numberWordStart(v)) && timeUnitIn(v)
}

// figureIn reports a cell that holds a figure: a digit, or a number in
// words opening it.
func figureIn(cells []Block) bool {
	for _, c := range cells {
		if strings.IndexFunc(c.Text, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 || numberWordStart(c.Text) {
			return true
		}
	}
	return false
}

// timeUnitIn reports a word of time or of a schedule's count in t: "3
// to 5 days a week", "two evenings", "6 hours".
func timeUnitIn(t string) bool {
	l := strings.ToLower(t)
	for _, u := range []string{"day", "week", "hour", "month", "evening", "morning", "afternoon", "night", "session", "time", "minute"} {
		if strings.Contains(l, u) {
			return true
		}
	}
	return false
}

// unitAfterFigure reports a cell whose figure is followed by a word, as a
// count of something is ("5 days/week", "2–3 weeks", "three hours"):
// a price, a share or a bare number ("18,000", "62%") is no such count.
func unitAfterFigure(t string) bool {
	if strings.ContainsAny(t, "%$€£") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// numberWordStart reports a value that opens on a number in words:
// "| Schedule | Three days a week |" is a fact, as "| Schedule | 3 days |" is.
func numberWordStart(t string) bool {
	w := strings.ToLower(t)
	if i := strings.IndexAny(w, " -"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "once", "twice":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// weekdayStart reports a value that opens on a day's name: "| Days |
// Monday–Thursday |" is a fact, not a column header.
func weekdayStart(t string) bool {
	t = strings.ToLower(t)
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun", "weekday", "weeknight"} {
		if strings.HasPrefix(t, d) {
			return true
		}
	}
	return false
}

func separatorRow(cells []Block) bool {
	for _, c := range cells {
		if strings.Trim(c.Text, "-: ") != "" {
			return false
		}
	}
	return true
}

// tableCells splits a row at sep into cell blocks that keep their exact
// source positions. Empty cells at a pipe row's ends come from its outer
// pipes; a tab row's first cell may be empty (the corner above the row
// headers) and keeps the columns aligned.
func tableCells(b *Block, sep byte) []Block {
	if sep == gluedSep {
		return gluedCells(b)
	}
	var cells []Block
	start := 0
	for i := 0; i <= len(b.Text); i++ {
		if i < len(b.Text) && b.Text[i] != sep {
			continue
		}
		s, e := start, i
		for s < e && (b.Text[s] == ' ' || b.Text[s] == '\t') {
			s++
		}
		for e > s && (b.Text[e-1] == ' ' || b.Text[e-1] == '\t') {
			e--
		}
		if s < e {
			cells = append(cells, b.slice(s, e))
		} else if (start > 0 || sep == '\t') && i < len(b.Text) {
			cells = append(cells, Block{Kind: BlockTableCell}) // an empty inner cell keeps the columns aligned
		}
		start = i + 1
	}
	return cells
}

// slice returns the block's text [s, e) as a block of its own whose
// offsets still map to the source.
func (b *Block) slice(s, e int) Block {
	nb := Block{Kind: b.Kind, Text: b.Text[s:e]}
	if len(b.runs) == 0 {
		nb.Span = Span{b.Span.Start + s, b.Span.Start + e}
		nb.runs = []run{newRun(0, b.Span.Start+s, e-s, e-s, true)}
		return nb
	}
	for _, r := range b.runs {
		rs, re := int(r.text), int(r.text+r.n)
		if re <= s || rs >= e {
			if !(r.n == 0 && rs >= s && rs < e) {
				continue
			}
		}
		lo, hi := max(rs, s), min(re, e)
		nr := r
		nr.text = int32(lo - s)
		nr.n = int32(max(hi-lo, 0))
		if r.exact {
			nr.src = r.src + int32(lo-rs)
			nr.m = nr.n
		}
		nb.runs = append(nb.runs, nr)
	}
	return nb
}
