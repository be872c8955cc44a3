package claims

import (
	"math/bits"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// markWeekLines sets WeekLine on the days of a line that opens on a range
// of weekdays with its hours when no other line opening on a weekday with
// hours stands within four blocks of it: "Daily schedule / Monday through
// Thursday: 8:30 am – 2:30 pm / - 8:30 am check-in …" gives the program's
// week, where "Monday–Thursday: 6–9 p.m." over "Saturday: 9 a.m.–noon" is
// a timetable of two rows.
func markWeekLines(cs []Claim) {
	dayLine := func(c *Claim) bool {
		return (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) && weekdaySpan(strings.TrimLeft(c.Sentence, " -•*|")) && clockSentence(c.Sentence)
	}
	for i := range cs {
		c := &cs[i]
		// (Under a heading of the program's times, and a day no longer
		// than a program's: "Our hours / Monday–Friday, 8 a.m. to 7 p.m."
		// and "Visiting the clinic / Monday through Thursday, 10 a.m. – 1
		// p.m." are a door's hours.)
		if c.Kind != DaysPerWeek || !c.WhenHeading || !dayLine(c) || !weekdayRange(c.Text) || !strings.HasPrefix(strings.TrimLeft(c.Sentence, " -•*|"), c.Text) ||
			longestClockSpan(c.Sentence) > 8 {
			continue
		}
		alone := true
		for j := range cs {
			o := &cs[j]
			if o.Block != c.Block && o.Block >= c.Block-4 && o.Block <= c.Block+4 && dayLine(o) {
				alone = false
				break
			}
		}
		c.WeekLine = alone
	}
}

// weekdayRange reports days written as a range: "Monday through Thursday",
// "Mon–Fri", "Monday to Friday" (not a list, "Monday, Wednesday").
func weekdayRange(t string) bool {
	l := lowerASCII(t)
	return strings.Contains(l, " through ") || strings.Contains(l, " thru ") || strings.Contains(l, " to ") || strings.ContainsAny(l, "-–")
}

// dropTimetableDays drops the days of a timetable ("Our IOP groups gather
// Monday through Friday from 9:00 a.m. to 12:15 p.m.") when the page states
// the same number of days for that program in words of its own ("IOP5
// meets five days per week"): the timetable only restates it. A timetable
// that gives other days, or the only days on the page, stays; so does a
// provider's timetable beside what programs usually do ("Usual schedule:
// three days a week" in a blog's box of facts).
func dropTimetableDays(cs []Claim) []Claim {
	// (And the listing: another provider's count on a directory
	// restates no timetable of this one's.)
	type fact struct {
		subject Subject
		listing string
		days    string
	}
	listing := func(c *Claim) string {
		if strings.HasPrefix(c.Variant, "listing: ") {
			return c.Variant
		}
		return ""
	}
	stated := map[fact]bool{}
	for i := range cs {
		// (A client's "Three mornings a week was doable" states nothing
		// the schedule could repeat.)
		// (Nor does a "may" or an "if": "IOP may suit you if you can get
		// here three evenings a week" leaves the timetable the week.)
		if c := &cs[i]; c.Kind == DaysPerWeek && !clockSentence(c.Sentence) && c.Force != Example && c.Force != Existential && c.Force != Conditional &&
			!(c.Scope == General && hasWord(lowerASCII(c.Sentence), "usual", "usually", "typical", "typically", "generally", "most")) {
			stated[fact{c.Subject, listing(c), c.FormatValue()}] = true
		}
	}
	if len(stated) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == DaysPerWeek && stated[fact{c.Subject, listing(&c), c.FormatValue()}] && clockSentence(c.Sentence) && weekdaySpan(c.Text) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dropWeekParts drops the days of lines that break a stated week into its
// parts: "Adventure IOP runs three days a week:" over "Monday and
// Wednesday: process groups at our clinic, 5:30 to 8:30 p.m." and
// "Friday: outdoor session, 1:00 to 4:00 p.m." The labelled days of the
// lines together make the week the page states; each line's are a part of
// it. (Lines whose days do not add up to the stated week, "Monday–Thursday:
// 6 to 9 p.m." under "five days a week", stay, to be compared.)
func dropWeekParts(cs []Claim, doc *corpus.Document) []Claim {
	var labelled []bool
	for i := range cs {
		if c := &cs[i]; c.Kind == DaysPerWeek && c.Value == nil && dayLabel(doc, c) != 0 {
			if labelled == nil {
				labelled = make([]bool, len(cs))
			}
			labelled[i] = true
		}
	}
	if labelled == nil {
		return cs
	}
	drop := make([]bool, len(cs))
	dropped := false
	for i := range cs {
		c := &cs[i]
		if !labelled[i] || c.Max == nil {
			continue
		}
		total := weekOfLabels(doc, c.Block)
		if total == 0 || *c.Max >= float64(total) {
			continue
		}
		for j := range cs {
			o := &cs[j]
			if !labelled[j] && o.Kind == DaysPerWeek && o.Value == nil && o.Subject == c.Subject && o.Variant == c.Variant && o.Min != nil && o.Max != nil && *o.Min == float64(total) && *o.Max == float64(total) {
				drop[i], dropped = true, true
				break
			}
		}
	}
	if !dropped {
		return cs
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// dayLabel is the set of weekdays (one bit each) that label the line of c
// when c is that label ("Monday and Wednesday: process groups …"), 0
// otherwise.
func dayLabel(doc *corpus.Document, c *Claim) uint8 {
	if c.Block < 0 || c.Block >= len(doc.Blocks) {
		return 0
	}
	t := strings.TrimLeft(doc.Blocks[c.Block].Text, "-•* ")
	if !strings.HasPrefix(t, c.Text) {
		return 0
	}
	return labelDays(t)
}

// labelDays is the set of weekdays a line's label names, when the line
// opens on a label of weekdays only ("Monday and Wednesday:", "Friday:").
func labelDays(line string) uint8 {
	line = strings.TrimLeft(line, "-•* ")
	k := strings.IndexByte(line, ':')
	if k <= 0 || k > 40 {
		return 0
	}
	// ("Saturday: alumni meeting (optional)", "Sunday: family visiting
	// hours": a day of something else, no part of the program's week.)
	if hasWord(lowerASCII(line[k:]), "optional", "alumni", "visiting", "visitors", "visitation", "closed", "family", "families", "parents") {
		return 0
	}
	var days uint8
	for _, w := range strings.FieldsFunc(lowerASCII(line[:k]), func(r rune) bool { return r == ' ' || r == ',' || r == '&' }) {
		if w == "and" {
			continue
		}
		d, ok := weekdayNames[strings.TrimSuffix(w, "s")]
		if !ok {
			return 0
		}
		days |= 1 << (d - 1)
	}
	return days
}

// weekOfLabels counts the weekdays labelling the run of lines around block
// bi that each open on a label of weekdays.
func weekOfLabels(doc *corpus.Document, bi int) int {
	lo, hi := bi, bi
	for lo > 0 && labelDays(doc.Blocks[lo-1].Text) != 0 {
		lo--
	}
	for hi+1 < len(doc.Blocks) && labelDays(doc.Blocks[hi+1].Text) != 0 {
		hi++
	}
	var days uint8
	for k := lo; k <= hi; k++ {
		days |= labelDays(doc.Blocks[k].Text)
	}
	return bits.OnesCount8(days)
}

// clockSentence reports a sentence that gives clock times.
func clockSentence(s string) bool { return len(clockRanges(s)) > 0 }

// weekdaySpan reports days named as weekdays ("Monday through Friday",
// "weekdays", "Mon-Thu"), not counted ("five days a week").
func weekdaySpan(t string) bool {
	l := lowerASCII(t)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "mon", "tue", "wed", "thu", "fri"} {
		if strings.HasPrefix(l, d) {
			return true
		}
	}
	return false
}

// timeSlot reports the time column of a day's timetable: "| 8:30-10:00 |
// Group therapy |" times one activity of the day, not the day.
func timeSlot(b *corpus.Block) bool {
	if b.Kind != corpus.BlockTableCell || strings.TrimSpace(b.Text) != strings.TrimSpace(b.RowHeader) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(b.ColHeader)) {
	case "time", "times", "when", "hours", "slot":
		return true
	}
	return false
}

// slotLine reports a line of a timetable written as text: "8:30 – 9:00
// Arrival and check-in" beside "9:00 – 11:00 Group therapy" times one
// activity of the day, not the day, as a table's time column does.
func slotLine(doc *corpus.Document, bi int) bool {
	if !startsWithClock(&doc.Blocks[bi]) {
		return false
	}
	// ("7:30–7:45 Break" between two groups is a slot too short to be
	// read as a range: the line opening on a time is enough.)
	return bi > 0 && opensOnTime(doc.Blocks[bi-1].Text) || bi+1 < len(doc.Blocks) && opensOnTime(doc.Blocks[bi+1].Text)
}

// namesProgramIn reports a program among a block's mentions: "9:00 a.m.
// to 3:00 p.m. — Partial hospitalization, Monday through Friday" is the
// program's day, whatever timetable lines stand beside it.
func namesProgramIn(ms []mention) bool {
	for _, m := range ms {
		if programSubject(m.subject) && !m.weak && !m.contrast {
			return true
		}
	}
	return false
}

// opensOnTime reports a short line that opens on a time of day: "7:30–7:45
// Break", "9:00 Community meeting".
func opensOnTime(text string) bool {
	t := strings.TrimLeft(text, " \t•-*|")
	return wordCount(t) <= 16 && leadingTime.MatchString(t)
}

// ("9:00AM-9:45AM - Individual reading": the mark may be glued on.)
var leadingTime = prefilter.MustCompile(`^\d{1,2}(?::\d{2}(?:\b|[aApP]\.?[mM])|\s*(?:a\.?m\.?|p\.?m\.?)(?:\W|$))`)

// startsWithClock reports a short block that opens with a clock range.
func startsWithClock(b *corpus.Block) bool {
	t := strings.TrimLeft(b.Text, " \t•-*|")
	if t == "" || t[0] < '0' || t[0] > '9' || wordCount(t) > 16 {
		return false
	}
	cr := clockRanges(t)
	return len(cr) > 0 && cr[0].Start == 0
}
