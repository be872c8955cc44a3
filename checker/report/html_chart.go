package report

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// Chart geometry, in SVG user units; the SVG scales to its container.
const (
	chartW      = 760
	chartLabelW = 130 // value labels left of the plot
	chartPlotX  = 140
	chartPlotW  = 500 // the rest, right of the plot, holds page counts
	chartRowH   = 22
	chartTop    = 20 // room for the bands' labels
	chartAxisH  = 34
	// chartMaxRows keeps a chart readable: values stated by the fewest
	// pages beyond it are counted in a note, not drawn.
	chartMaxRows = 30
	// chartMaxPages is how many page names a value's list shows.
	chartMaxPages = 20
)

type chartView struct {
	ID      string
	Kind    string
	Subject string
	Title   string
	// Caption says in words what the chart shows, for readers who
	// cannot see it and for print.
	Caption string
	Pages   int
	Bool    bool
	Width   int
	Height  int
	Rows    []chartRow
	Ticks   []chartTick
	AxisY   int
	PlotX   int
	PlotEnd int
	Unit    string
	// Consensus and Reference are vertical bands across the rows.
	Consensus *chartBand
	Reference *chartBand
	// Hidden counts values not drawn (beyond chartMaxRows) and their pages.
	HiddenValues, HiddenPages int
}

type chartBand struct {
	X, W float64
	// LabelX is where the band's name is written above it.
	LabelX float64
	Label  string
	Source string
}

type chartTick struct {
	X     float64
	Label string
}

type chartRow struct {
	Y int
	// Geometry the template draws with: text baseline, bar top, dot
	// centre, bar width, label and count positions.
	TextY, BarY, CY int
	W               float64
	LabelX, CountX  int
	Label           string
	X1, X2          float64
	Dot             bool
	Open            bool // the range is open above and runs off the plot
	Count           string
	Pages           []chartPage
	More            int
	Outlier         bool
	// Finding is the anchor of a finding about this value, "" when none.
	Finding string
	// Yes/no charts draw one stacked bar per answer.
	Answer string
}

type chartPage struct {
	File    string
	Finding string
}

// valueRow is one distinct value stated for a kind and subject.
type valueRow struct {
	key    string
	claims []*claims.Claim
	pages  []string
	iv     checker.Interval // widened by the tolerance
	stated checker.Interval
}

// buildCharts draws, for every kind and subject stated on two pages or
// more, each distinct value with the pages that state it, the consensus
// (the value most pages agree with, as across-pages picks it) and the
// reference range.
func buildCharts(c *Corpus, anchors map[claimKey]string) []chartView {
	type key struct{ kind, subject string }
	groups := map[key][]*claims.Claim{}
	for i := range c.Pages {
		p := &c.Pages[i]
		for j := range p.Claims {
			cl := &p.Claims[j]
			if cl.Qualifier == claims.Vague {
				continue
			}
			k := key{string(cl.Kind), cl.Subject.String()}
			groups[k] = append(groups[k], cl)
		}
	}
	var out []chartView
	for k, cs := range groups {
		if len(checker.Pages(cs)) < 2 {
			continue
		}
		var ch chartView
		if cs[0].IsBool() {
			ch = boolChart(k.kind, k.subject, cs, anchors)
		} else {
			ch = rangeChart(k.kind, k.subject, cs, c.Run, anchors)
		}
		out = append(out, ch)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Pages != b.Pages {
			return a.Pages > b.Pages
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Subject < b.Subject
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("c%d", i+1)
	}
	return out
}

func valueKey(c *claims.Claim) string {
	if c.IsBool() {
		if *c.Value {
			return "yes"
		}
		return "no"
	}
	v := claims.FormatRange(c.Min, c.Max)
	if c.Qualifier == claims.Approx {
		v = "~" + v
	}
	if c.OpenEnded && c.Max != nil {
		v += "+"
	}
	return v
}

func rowsOf(cs []*claims.Claim, tol checker.Tolerance) []*valueRow {
	idx := map[string]*valueRow{}
	var rows []*valueRow
	for _, c := range cs {
		k := valueKey(c)
		r := idx[k]
		if r == nil {
			r = &valueRow{key: k, iv: checker.Widen(c, tol), stated: checker.Stated(c)}
			idx[k] = r
			rows = append(rows, r)
		}
		r.claims = append(r.claims, c)
	}
	for _, r := range rows {
		r.pages = checker.Pages(r.claims)
	}
	return rows
}

// consensusOf picks the value most pages agree with: overlapping ranges
// after tolerance agree; ties go to the value stated on more pages, then
// bounded before open, then narrower, then the smaller value.
func consensusOf(rows []*valueRow, cs []*claims.Claim, tol checker.Tolerance) *valueRow {
	support := map[*valueRow]int{}
	for _, r := range rows {
		seen := map[string]bool{}
		for _, c := range cs {
			if !seen[c.File] && checker.Widen(c, tol).Overlaps(r.iv) {
				seen[c.File] = true
			}
		}
		support[r] = len(seen)
	}
	best := rows[0]
	for _, r := range rows[1:] {
		a, b := r, best
		switch {
		case support[a] != support[b]:
			if support[a] > support[b] {
				best = r
			}
		case len(a.pages) != len(b.pages):
			if len(a.pages) > len(b.pages) {
				best = r
			}
		case a.iv.Bounded() != b.iv.Bounded():
			if a.iv.Bounded() {
				best = r
			}
		case a.iv.Width() != b.iv.Width():
			if a.iv.Width() < b.iv.Width() {
				best = r
			}
		case a.stated.Lo < b.stated.Lo:
			best = r
		}
	}
	return best
}

func rangeChart(kind, subject string, cs []*claims.Claim, run RunInfo, anchors map[claimKey]string) chartView {
	tol := run.Tolerance
	rows := rowsOf(cs, tol)
	cons := consensusOf(rows, cs, tol)
	unit := cs[0].Unit
	ch := chartView{Kind: kind, Subject: subject, Title: capitalizeFirst(topicLabel(kind, subject)), Pages: len(checker.Pages(cs)), Unit: unit}

	drawn := rows
	if len(rows) > chartMaxRows {
		drawn = append([]*valueRow(nil), rows...)
		sort.SliceStable(drawn, func(i, j int) bool {
			if drawn[i] == cons || drawn[j] == cons {
				return drawn[i] == cons
			}
			return len(drawn[i].pages) > len(drawn[j].pages)
		})
		for _, r := range drawn[chartMaxRows:] {
			ch.HiddenValues++
			ch.HiddenPages += len(r.pages)
		}
		drawn = drawn[:chartMaxRows]
	}
	sort.SliceStable(drawn, func(i, j int) bool {
		a, b := drawn[i].stated, drawn[j].stated
		if a.Lo != b.Lo {
			return a.Lo < b.Lo
		}
		return a.Hi < b.Hi
	})

	var ref *checker.ReferenceFact
	for i := range run.Reference {
		f := &run.Reference[i]
		if f.Kind == kind && f.Subject == subject && f.Audience == "" {
			ref = f
			break
		}
	}
	hi := 0.0
	for _, r := range drawn {
		hi = math.Max(hi, r.stated.Lo)
		if !math.IsInf(r.stated.Hi, 1) {
			hi = math.Max(hi, r.stated.Hi)
		}
	}
	if ref != nil {
		if ref.Min != nil {
			hi = math.Max(hi, *ref.Min)
		}
		if ref.Max != nil {
			hi = math.Max(hi, *ref.Max)
		}
	}
	step, top := niceScale(hi * 1.05)
	x := func(v float64) float64 {
		if math.IsInf(v, 1) || v > top {
			v = top
		}
		return round1(chartPlotX + v/top*chartPlotW)
	}

	ch.Width = chartW
	ch.PlotX, ch.PlotEnd = chartPlotX, chartPlotX+chartPlotW
	for i, r := range drawn {
		row := chartRow{
			Label: unitText(r.key, unit),
			X1:    x(r.stated.Lo),
			X2:    x(r.stated.Hi),
			Dot:   r.stated.Lo == r.stated.Hi,
			Open:  math.IsInf(r.stated.Hi, 1),
			Count: fmt.Sprintf("%d %s", len(r.pages), plural(len(r.pages), "page", "pages")),
		}
		row.Outlier = r != cons && !r.iv.Overlaps(cons.iv)
		row.place(i)
		row.Pages, row.More, row.Finding = pagesOfRow(r, anchors)
		ch.Rows = append(ch.Rows, row)
	}
	ch.AxisY = chartTop + len(drawn)*chartRowH + 4
	ch.Height = ch.AxisY + chartAxisH
	for v := 0.0; v <= top+step/2; v += step {
		ch.Ticks = append(ch.Ticks, chartTick{X: x(v), Label: claims.FormatRange(&v, &v)})
	}
	c1, c2 := x(cons.stated.Lo), x(cons.stated.Hi)
	ch.Consensus = &chartBand{X: c1 - 3, W: round1(c2 - c1 + 6), LabelX: c1 - 3, Label: "consensus " + unitText(cons.key, unit)}
	if ref != nil {
		iv := ref.Interval()
		r1, r2 := x(iv.Lo), x(iv.Hi)
		ch.Reference = &chartBand{X: r1, W: round1(r2 - r1), LabelX: r2, Label: "reference " + unitText(claims.FormatRange(ref.Min, ref.Max), unit), Source: ref.Citation}
	}
	ch.Caption = rangeCaption(ch, cons, rows, unit)
	return ch
}

// rangeCaption says what the chart shows: "12 pages state it: 9 agree on
// 9–12 hours; 1 hour on 2 pages; …".
func rangeCaption(ch chartView, cons *valueRow, rows []*valueRow, unit string) string {
	var parts []string
	for _, r := range rows {
		if r == cons || r.iv.Overlaps(cons.iv) {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s on %d %s", unitText(r.key, unit), len(r.pages), plural(len(r.pages), "page", "pages")))
	}
	s := fmt.Sprintf("%d pages state it; most agree with %s (%d %s exactly that)", ch.Pages, unitText(cons.key, unit), len(cons.pages), plural(len(cons.pages), "page states", "pages state"))
	if len(parts) > 0 {
		s += "; disagreeing: " + strings.Join(parts, ", ")
	}
	if ch.Reference != nil {
		s += "; " + ch.Reference.Label
	}
	return s + "."
}

// place fills in the geometry of a row drawn at index i.
func (r *chartRow) place(i int) {
	r.Y = chartTop + i*chartRowH
	r.TextY, r.BarY, r.CY = r.Y+15, r.Y+5, r.Y+11
	r.W = max(round1(r.X2-r.X1), 2)
	r.LabelX, r.CountX = chartPlotX-8, chartPlotX+chartPlotW+8
}

func pagesOfRow(r *valueRow, anchors map[claimKey]string) (pages []chartPage, more int, first string) {
	anchorOf := map[string]string{}
	for _, c := range r.claims {
		if a := anchors[claimKey{c.File, c.Pos.Line, c.Pos.Column}]; a != "" && anchorOf[c.File] == "" {
			anchorOf[c.File] = a
		}
	}
	for _, f := range r.pages {
		if first == "" {
			first = anchorOf[f]
		}
		if len(pages) < chartMaxPages {
			pages = append(pages, chartPage{File: f, Finding: anchorOf[f]})
		} else {
			more++
		}
	}
	return pages, more, first
}

// boolChart draws one bar per answer, its length the number of pages.
func boolChart(kind, subject string, cs []*claims.Claim, anchors map[claimKey]string) chartView {
	rows := rowsOf(cs, checker.Tolerance{})
	sort.Slice(rows, func(i, j int) bool { return rows[i].key > rows[j].key }) // yes, then no
	ch := chartView{Kind: kind, Subject: subject, Title: capitalizeFirst(topicLabel(kind, subject)), Pages: len(checker.Pages(cs)), Bool: true, Width: chartW}
	most := 0
	for _, r := range rows {
		most = max(most, len(r.pages))
	}
	ch.PlotX, ch.PlotEnd = chartPlotX, chartPlotX+chartPlotW
	var parts []string
	for i, r := range rows {
		row := chartRow{
			Label:  r.key,
			Answer: r.key,
			X1:     chartPlotX,
			X2:     round1(chartPlotX + float64(len(r.pages))/float64(most)*chartPlotW),
			Count:  fmt.Sprintf("%d %s", len(r.pages), plural(len(r.pages), "page", "pages")),
		}
		row.Outlier = len(r.pages) < most
		row.place(i)
		row.Pages, row.More, row.Finding = pagesOfRow(r, anchors)
		ch.Rows = append(ch.Rows, row)
		parts = append(parts, fmt.Sprintf("%s on %d %s", r.key, len(r.pages), plural(len(r.pages), "page", "pages")))
	}
	ch.AxisY = chartTop + len(rows)*chartRowH + 4
	ch.Height = ch.AxisY + 8
	ch.Caption = fmt.Sprintf("%d pages answer it: %s.", ch.Pages, strings.Join(parts, ", "))
	return ch
}

// niceScale picks a tick step of 1, 2 or 5 times a power of ten giving at
// most eight ticks, and the axis end, a multiple of it.
func niceScale(hi float64) (step, top float64) {
	if hi <= 0 {
		return 1, 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(hi)))
	for _, m := range []float64{0.1, 0.2, 0.5, 1, 2, 5, 10} {
		step = m * mag
		if hi/step <= 8 {
			break
		}
	}
	return step, math.Ceil(hi/step) * step
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// unitText writes a canonical value with its unit: "9–12 hours", "≥90 days".
func unitText(v, unit string) string {
	if unit == "" {
		return v
	}
	if v == "1" {
		return v + " " + unitWord(unit, 1)
	}
	return v + " " + unitWord(unit, 2)
}

func capitalizeFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
