package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
)

// implicitTables finds comparison tables that lost their markup — text
// exports write each cell on its own line:
//
//	Feature
//	Partial Hospitalization Program (PHP)
//	Intensive Outpatient Program (IOP)
//	Intensity
//	5–6 days a week
//	3–5 days a week
//
// A header row is k ≥ 2 consecutive short blocks each naming one distinct
// program; the short blocks after it are read as rows of k+1 cells (a row
// label, then one cell per program), and each cell is assigned its column's
// program. Without this, "5–6 days a week" in the PHP column would inherit
// the page's topic (IOP) and contradict the IOP column.
func implicitTables(mentions [][]mention, doc *corpus.Document) map[int]Subject {
	var out map[int]Subject
	bs := doc.Blocks
	for i := 0; i < len(bs); i++ {
		var cols []Subject
		j := i
		for j < len(bs) && len(cols) < 6 {
			subj, ok := headerCell(mentions[j], &bs[j])
			if !ok || contains(cols, subj) {
				break
			}
			cols = append(cols, subj)
			j++
		}
		if len(cols) < 2 {
			continue
		}
		k := len(cols)
		rows := 0
		for r := j; r+k < len(bs); r += k + 1 {
			if !allCells(bs[r:r+k+1]) || labelledLines(bs[r+1:r+k+1]) {
				break
			}
			for c := 0; c < k; c++ {
				if out == nil {
					out = map[int]Subject{}
				}
				out[r+1+c] = cols[c]
			}
			rows++
		}
		if rows > 0 {
			i = j + rows*(k+1) - 1
		}
	}
	return out
}

func contains(ss []Subject, s Subject) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// headerCell reports whether b is a short block naming exactly one program.
func headerCell(ms []mention, b *corpus.Block) (Subject, bool) {
	// "Location: outpatient clinic, clients live at home" is a label and
	// its value, not a column's name.
	if len(ms) == 0 || !cellLike(b) || wordCount(b.Text) > 8 || statement(b.Text) || labelEnd(b.Text) > 0 || strings.Contains(b.Text, ",") {
		return NoSubject, false
	}
	var subj Subject
	for _, m := range ms {
		if !programSubject(m.subject) {
			return NoSubject, false
		}
		if subj != NoSubject && subj != m.subject {
			return NoSubject, false
		}
		subj = m.subject
	}
	return subj, subj != NoSubject
}

// statement reports a short line that says something rather than names
// a column: it holds a figure or ends like a sentence ("Our IOP lasts 8
// weeks.", "How long is the PHP?"). A run of such lines is prose, each line about the program it
// names, not a table's header row.
func statement(text string) bool {
	t := strings.TrimSpace(text)
	return strings.ContainsAny(t, "0123456789") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// labelledLines reports a line that carries its own label ("Intensive
// outpatient: 4 days/week, 3 hrs/day"): a fact line of a listing, no cell
// under a column's program.
func labelledLines(bs []corpus.Block) bool {
	for i := range bs {
		if labelEnd(bs[i].Text) > 0 {
			return true
		}
	}
	return false
}

func allCells(bs []corpus.Block) bool {
	for i := range bs {
		if !cellLike(&bs[i]) {
			return false
		}
	}
	return true
}

// cellLike: short, not a list item or real table cell, and not a full
// sentence of prose.
func cellLike(b *corpus.Block) bool {
	if b.Kind == corpus.BlockTableCell || b.Kind == corpus.BlockListItem {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if t == "" || wordCount(t) > 15 {
		return false
	}
	return !(strings.HasSuffix(t, ".") && wordCount(t) > 8)
}

// wordCount counts space-separated words, stopping past 16: callers only
// ask whether a block is short, and blocks can be long.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s) && n <= 16; i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
