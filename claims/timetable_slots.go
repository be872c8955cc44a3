package claims

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// slotRange is a table cell that holds nothing but a span of clock times:
// "9:00 – 10:30", "12:30-1:30 p.m.".
var slotRange = prefilter.MustCompile(`^\s*(\d{1,2})(?::(\d{2}))?\s*(?:[ap]\.?m\.?)?\s*[–—-]\s*(\d{1,2})(?::(\d{2}))?\s*(?:[ap]\.?m\.?)?\s*$`)

// daySlot reports a table cell that is one slot of a day's timetable: a
// bare span of clock times in a column of at least three such spans, each
// starting where the one before it ended ("| 9:00 – 10:30 | School
// services |", "| 10:30 – 12:00 | Group therapy |", …). It times one
// activity of the day, not the day. (Spans that do not chain, "| Morning
// track | 9:00–12:00 |" over "| Evening track | 6:00–9:00 |", are
// tracks' days.)
// A span that chains to another in a row of the same name is a slot too:
// "| Thursday | 6:00-7:00 p.m. | Individual session |" over "| Thursday
// | 7:00-9:00 p.m. | Family education |" splits one evening in two.
func daySlot(doc *corpus.Document, bi int) bool {
	b := &doc.Blocks[bi]
	m := slotRange.FindStringSubmatch(b.Text)
	if b.Kind != corpus.BlockTableCell || m == nil {
		return false
	}
	ownStart, ownEnd := clockMinutes(m[1], m[2]), clockMinutes(m[3], m[4])
	run, prevEnd := 0, -1
	best := 0
	for i := range doc.Blocks {
		o := &doc.Blocks[i]
		if o.Kind != corpus.BlockTableCell || o.ColHeader != b.ColHeader {
			continue
		}
		m := slotRange.FindStringSubmatch(o.Text)
		if m == nil {
			continue
		}
		start, end := clockMinutes(m[1], m[2]), clockMinutes(m[3], m[4])
		if i != bi && b.RowHeader != "" && o.RowHeader == b.RowHeader && (start == ownEnd || end == ownStart) {
			return true
		}
		if prevEnd >= 0 && start == prevEnd {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
		prevEnd = end
	}
	return best >= 3
}

// clockMinutes is h:mm on a twelve-hour dial, in minutes.
func clockMinutes(h, m string) int {
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	return hh%12*60 + mm
}

// labelledSlot is a line that labels one span of clock times:
// "Skills group: 10 - 10:50 a.m.", "- Lunch: 11:50 a.m. - 1 p.m.".
var labelledSlot = prefilter.MustCompile(`^[\s•*-]*[^:\d]{2,60}:\s*(\d{1,2})(?::(\d{2}))?\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]|to)\s*(\d{1,2})(?::(\d{2}))?\s*(?:[ap]\.?m\.?)?\s*\.?\s*$`)

// activitySlot reports a labelled span whose label names an activity:
// not a program or a track ("- Partial hospitalization (PHP): 9 a.m. - 3
// p.m.", "- Midday track: 12 - 3 p.m." are days, however they follow
// on).
func (st *state) activitySlot(bi int) bool {
	if !labelledSlot.MatchString(st.doc.Blocks[bi].Text) {
		return false
	}
	label, _, _ := strings.Cut(st.lower[bi], ":")
	return !programOrTrackLabel.MatchString(label)
}

// programOrTrackLabel names a program or a track ("Morning check-in"
// and "Day wrap-up" are activities).
var programOrTrackLabel = prefilter.MustCompile(`\b(?:track|tracks|iop|php|program|programme|partial|intensive|residential|inpatient|hospitalization)\b`)

// labelSlot reports a line of a day's timetable written as labelled
// spans: "Psychotherapy group: 10 - 10:50 a.m." among at least three
// lines of that form in a row, each starting at most a quarter of an
// hour after the one before it ends. It times one activity of the day,
// not the day. ("Morning track: 9 a.m. - noon" over "Evening track: 6 -
// 9 p.m." are tracks' days: they do not follow on.)
func (st *state) labelSlot(bi int) bool {
	doc := st.doc
	if !st.activitySlot(bi) {
		return false
	}
	lo, hi := bi, bi
	for lo > 0 && st.activitySlot(lo-1) {
		lo--
	}
	for hi+1 < len(doc.Blocks) && st.activitySlot(hi+1) {
		hi++
	}
	spans := make([]clockSpan, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		m := labelledSlot.FindStringSubmatch(doc.Blocks[i].Text)
		spans = append(spans, clockSpan{clockMinutes(m[1], m[2]), clockMinutes(m[3], m[4])})
	}
	return followOn(spans, bi-lo)
}

// clockSpan is a span of clock times in minutes on a twelve-hour dial.
type clockSpan struct{ start, end int }

// followOn reports spans[k] among three or more spans in a row that
// follow on, each starting at most a quarter of an hour after the one
// before it ends: slots of one day's timetable.
func followOn(spans []clockSpan, k int) bool {
	run := 0
	for i, sp := range spans {
		if i > 0 && (sp.start-spans[i-1].end+720)%720 > 15 {
			if i > k {
				return false
			}
			run = 0
		}
		run++
		if i >= k && run >= 3 {
			return true
		}
	}
	return false
}

// captionedSlot reports a line of nothing but a span of clock times in a
// timetable laid out as lines that take turns: a span, then a caption of
// what fills it ("7:00 – 8:00 a.m." over "Wake up and breakfast", "8:15 –
// 9:00 a.m." over "Morning group", …). Three spans or more that follow
// on, each starting at most a quarter of an hour after the one before it
// ends, time activities of one day, not the day, as labelSlot reads the
// same spans written "Label: span". (A span may lack its caption: "12:00
// – 1:00 p.m." alone before the next span. A caption naming a program or
// a track makes the spans tracks' days: "Morning IOP" over "9 – 12".)
func (st *state) captionedSlot(bi int) bool {
	doc := st.doc
	span := func(i int) (clockSpan, bool) {
		if i < 0 || i >= len(doc.Blocks) {
			return clockSpan{}, false
		}
		m := slotRange.FindStringSubmatch(doc.Blocks[i].Text)
		if m == nil {
			return clockSpan{}, false
		}
		return clockSpan{clockMinutes(m[1], m[2]), clockMinutes(m[3], m[4])}, true
	}
	caption := func(i int) bool {
		return wordCount(st.lower[i]) <= 16 && !programOrTrackLabel.MatchString(st.lower[i])
	}
	// next is the span after the one at i, one caption or none between.
	next := func(i int) int {
		if _, ok := span(i + 1); ok {
			return i + 1
		}
		if i+2 < len(doc.Blocks) && caption(i+1) {
			if _, ok := span(i + 2); ok {
				return i + 2
			}
		}
		return -1
	}
	if _, ok := span(bi); !ok {
		return false
	}
	// The first span of the run that holds bi: walk back while the span
	// before leads here.
	first := bi
	for {
		prev := -1
		for _, j := range []int{first - 1, first - 2} {
			if _, ok := span(j); ok && next(j) == first {
				prev = j
				break
			}
		}
		if prev < 0 {
			break
		}
		first = prev
	}
	var spans []clockSpan
	k := 0
	for i := first; i >= 0; i = next(i) {
		if i == bi {
			k = len(spans)
		}
		sp, _ := span(i)
		spans = append(spans, sp)
	}
	// (The caption under the last span names what fills it too.)
	return followOn(spans, k) && (bi+1 >= len(doc.Blocks) || caption(bi+1))
}

// chainedSlots reports clock ranges of which one starts where the one
// before it ends: "Monday: 6:00–7:30 PM process group, 7:30–9:00 PM skills
// group" times the groups of one day, each a slot of it, not the day (as
// daySlot reads a table's column of them).
func chainedSlots(cr []quantity.Quantity) bool {
	prevEnd := -1
	for _, q := range cr {
		m := slotRange.FindStringSubmatch(lowerASCII(q.Text))
		if m == nil {
			prevEnd = -1
			continue
		}
		if clockMinutes(m[1], m[2]) == prevEnd {
			return true
		}
		prevEnd = clockMinutes(m[3], m[4])
	}
	return false
}

// listedSlots reports three or more clock ranges listed one after
// another, nothing but commas and "and" between them: "from 8:30 to
// 9:20, 9:30 to 10:20, 10:30 to 11:20 and 12:30 to 1:20" times the day's
// sessions, each a slot of it, not the day. (Two, "9 a.m. to noon
// and 1 p.m. to 3 p.m.", may be a day split by lunch.)
func listedSlots(text string, cr []quantity.Quantity) bool {
	run := 1
	for i := 1; i < len(cr); i++ {
		if cr[i-1].End <= cr[i].Start && listSeparator(text[cr[i-1].End:cr[i].Start]) {
			if run++; run >= 3 {
				return true
			}
			continue
		}
		run = 1
	}
	return false
}

// listSeparator reports what stands between two entries of a list: a
// comma, a semicolon, "and", or a comma and "and".
func listSeparator(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", ";", "and", "&", ", and", "; and":
		return true
	}
	return false
}

// clockSpanEnds reads the two times of a clock range as written: "8:00 AM to
// 9:00 AM", "9-11 am", "12:30 – 2 p.m.".
var clockSpanEnds = prefilter.MustCompile(`^\D*?(\d{1,2})(?::(\d{2}))?\D+?(\d{1,2})(?::(\d{2}))?\D*$`)

// proseSlots reports clock spans of a sentence that are slots of a day
// told in running text, one sentence or line for each ("Morning
// reflection is from 8 to 9 a.m.", "From 9 a.m. to noon, teens …", "…
// chores from 12 to 1 p.m."): every span of the sentence is one of three
// or more on the page, in reading order, that follow on, each starting
// at most a quarter of an hour after the one before it ends. They time
// activities of one day, not the day, as labelSlot and captionedSlot
// read the same spans laid out as a timetable. (A sentence that names a
// program or a track keeps its span: "Our morning IOP meets 9 to noon".)
func (st *state) proseSlots(bi int, lower string, cr []quantity.Quantity) bool {
	// (A line of nothing but a span is captionedSlot's to read: its
	// caption may name a track.)
	if programOrTrackLabel.MatchString(lower) || slotRange.MatchString(lower) {
		return false
	}
	if st.clockSpans == nil {
		st.clockSpans = []clockSpan{}
		for i := range st.doc.Blocks {
			for _, q := range clockRanges(st.doc.Blocks[i].Text) {
				if sp, ok := spanOf(q.Text); ok {
					st.clockSpans = append(st.clockSpans, sp)
					st.clockBlocks = append(st.clockBlocks, i)
				}
			}
		}
	}
	for _, q := range cr {
		sp, ok := spanOf(q.Text)
		if !ok {
			return false
		}
		k := -1
		for j, o := range st.clockSpans {
			if o == sp && st.clockBlocks[j] == bi {
				k = j
				break
			}
		}
		if k < 0 || !followOn(st.clockSpans, k) {
			return false
		}
	}
	return true
}

// spanOf reads a clock range's two times.
func spanOf(text string) (clockSpan, bool) {
	m := clockSpanEnds.FindStringSubmatch(text)
	if m == nil {
		return clockSpan{}, false
	}
	return clockSpan{clockMinutes(m[1], m[2]), clockMinutes(m[3], m[4])}, true
}
