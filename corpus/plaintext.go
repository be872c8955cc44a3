package corpus

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textLine is one source line of a plain-text page, already normalised.
type textLine struct {
	Block
	bullet bool
	// numbered: the bullet was a number ("2. Residential treatment").
	numbered bool
	lines    int
	last     string // the text of the last line joined
	joined   []byte // the text once lines have been joined
	end      int    // source offset of the line's end (its newline)
}

// parseText reads plain text. Pages exported from the web often put one
// paragraph per line with no blank lines between, so a line break only
// joins two lines when the first plainly runs on into the second.
func parseText(d *Document) {
	src := d.Source
	var skips []Span // HTML comments: directives and test expectations, not text
	comments(src, 0, len(src), func(s, e int) {
		d.addIgnoreComment(s, e)
		skips = append(skips, Span{s, e})
	})
	buf := newTextBuf()
	d.Blocks = make([]Block, 0, bytes.Count(src, []byte{'\n'})/2+1)
	var cur *textLine
	first := true
	// numberedHeads are the blocks of short numbered lines that may head
	// the paragraphs after them (see numberedHeadings).
	var numberedHeads []int
	// loneBullet is where a line held a bullet and nothing else, for the
	// line right after it (-1 when the line before was not one).
	loneBullet := -1
	flush := func() {
		if cur == nil {
			return
		}
		b := cur.Block
		if cur.joined != nil {
			b.Text = string(cur.joined)
		}
		// A text export's "SOURCE: <url>" line says where the page came
		// from: its address, not its title, which is the line after it
		// ("Intensive Outpatient Program | Brightwater | Tampa, FL").
		source := first && cur.lines == 1 && strings.HasPrefix(b.Text, "SOURCE:")
		switch {
		case source:
			b.Kind = BlockParagraph
			if d.URL == "" {
				d.URL = strings.TrimSpace(strings.TrimPrefix(b.Text, "SOURCE:"))
			}
		case cur.bullet:
			b.Kind = BlockListItem
			// ("4. Is outpatient detox available?" heads its answer, as
			// an FAQ's question does, verb and all.)
			if cur.numbered && cur.lines == 1 && headingLike(b.Text) && (!hasVerb(b.Text) || strings.HasSuffix(b.Text, "?")) {
				numberedHeads = append(numberedHeads, len(d.Blocks))
			}
		case cur.lines == 1 && (headingLike(b.Text) || first && pageTitleLine(b.Text)):
			b.Kind, b.Level = BlockHeading, 2
			if first {
				b.Level = 1
			}
		default:
			b.Kind = BlockParagraph
		}
		first = source
		d.Blocks = append(d.Blocks, b)
		cur = nil
	}
	for ls := 0; ls < len(src); {
		le := ls
		for le < len(src) && src[le] != '\n' {
			le++
		}
		next := le + 1
		cs, bullet := lineContent(src, ls, le)
		if !bullet && bytes.IndexByte(src[cs:le], '\t') >= 0 {
			// A row whose first cell is empty (the corner above the row
			// headers) starts on a tab that is no indentation.
			for i := ls; i < cs; i++ {
				if src[i] == '\t' {
					buf.tab(i)
				}
			}
		}
		// Add the line's text around any comments it contains.
		from := cs
		for _, sk := range skips {
			if sk.End <= from || sk.Start >= le {
				continue
			}
			if sk.Start > from {
				buf.addCells(src, from, sk.Start)
			}
			buf.breakSpace(sk.Start)
			from = max(from, sk.End)
		}
		if from < le {
			buf.addCells(src, from, le)
		}
		if buf.empty() {
			buf.space = -1
			flush()
			// "-" / "Three evenings a week — …": a page copied from the
			// web may put an item's bullet on a line of its own, and the
			// item on the next.
			loneBullet = -1
			if bullet {
				loneBullet = skipSpace(src, ls, le)
			}
			ls = next
			continue
		}
		mark := -1
		if bullet {
			mark = skipSpace(src, ls, le)
		} else if loneBullet >= 0 {
			bullet, mark = true, loneBullet
		}
		loneBullet = -1
		line := textLine{Block: buf.take(BlockParagraph, 0), bullet: bullet, lines: 1, end: le}
		if bullet {
			c := src[mark]
			line.numbered = c >= '0' && c <= '9'
		}
		line.last = line.Text
		if cur != nil && !bullet && runsOn(cur.last, line.Text) {
			cur.join(&line)
		} else {
			flush()
			cur = &line
		}
		ls = next
	}
	flush()
	numberedHeadings(d.Blocks, numberedHeads)
	// "This eight-week evening program is meant to help working pa": the
	// last line of an excerpt cut off before its full stop, its words in
	// lower case around a verb, is a sentence, not a heading over nothing.
	// (Anywhere else such a line may be a heading in sentence case: "What
	// to expect when you start our detox program".)
	if n := len(d.Blocks); n > 0 && d.Blocks[n-1].Kind == BlockHeading && d.Blocks[n-1].Level > 1 && cutOffSentence(d.Blocks[n-1].Text) {
		d.Blocks[n-1].Kind, d.Blocks[n-1].Level = BlockParagraph, 0
	}
	d.Blocks = pipeTables(d.Blocks)
}

// hasVerb reports a line holding a common verb: "1. Medical detox comes
// first" is a step of a list, said in a sentence, not a section's name.
func hasVerb(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch strings.Trim(w, ",.;:!?") {
		case "is", "are", "was", "were", "be", "comes", "come", "begins", "begin", "starts", "start", "meets", "meet", "lasts", "last",
			"runs", "run", "takes", "take", "includes", "include", "offers", "offer", "provides", "provide", "helps", "help", "gives",
			"give", "will", "can", "may", "should", "must", "do", "does", "get", "gets", "need", "needs", "call", "ask", "bring", "visit":
			return true
		}
	}
	return false
}

// numberedHeadings makes headings of the short numbered lines (at the
// indexes heads) that stand between paragraphs: "1. Medically monitored
// withdrawal" over a paragraph about it, then "2. Residential treatment"
// over the next, number their sections; a numbered list of short items
// ("1. Detox", "2. Residential") lists them.
func numberedHeadings(blocks []Block, heads []int) {
	for _, i := range heads {
		if i+1 >= len(blocks) || blocks[i+1].Kind != BlockParagraph || i > 0 && blocks[i-1].Kind == BlockListItem {
			continue
		}
		blocks[i].Kind, blocks[i].Level = BlockHeading, 2
	}
}

// join appends line to l with a space that maps to the line break. The
// text grows in a byte slice: a run-on of many lines must stay linear.
func (l *textLine) join(line *textLine) {
	if l.joined == nil {
		l.joined = append([]byte(nil), l.Text...)
		l.runs = append([]run(nil), l.runs...)
	}
	off := len(l.joined) + 1
	l.runs = append(l.runs, newRun(len(l.joined), l.end, 1, 1, false))
	for _, r := range line.runs {
		r.text += int32(off)
		l.runs = append(l.runs, r)
	}
	l.joined = append(append(l.joined, ' '), line.Text...)
	l.last = line.Text
	l.end = line.end
	l.lines++
}

// lineContent returns where the text of src[ls:le] starts, past
// indentation and a list bullet.
func lineContent(src []byte, ls, le int) (int, bool) {
	i := skipSpace(src, ls, le)
	if i >= le {
		return le, false
	}
	j := i
	r, size := utf8.DecodeRune(src[i:le])
	switch r {
	case '•', '-', '*', '·', '‣', '◦', '▪', '●', '▸', '➢', '✓', '✔':
		j = i + size
	default:
		k := i
		for k < le && k-i < 3 && src[k] >= '0' && src[k] <= '9' {
			k++
		}
		if k == i || k >= le || (src[k] != '.' && src[k] != ')') {
			return i, false
		}
		j = k + 1
	}
	if j < le {
		r, _ := utf8.DecodeRune(src[j:le])
		if !isSpaceRune(r) {
			return i, false
		}
	}
	return skipSpace(src, j, le), true
}

func skipSpace(src []byte, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRune(src[i:end])
		if !isSpaceRune(r) {
			break
		}
		i += size
	}
	return i
}

// runsOn says whether next continues the sentence prev was cut in: a soft
// wrap, not a new paragraph, heading or item.
func runsOn(prev, next string) bool {
	// A row of a table copied as tab-separated text never wraps.
	if strings.Contains(prev, "\t") && strings.Contains(next, "\t") {
		return false
	}
	// Nor does a row of a table whose cells lost their spaces
	// ("Level of CareWeekly HoursBest For" over "PHP20-25 hours/weekHome").
	if len(gluedCuts(prev)) >= 2 && len(gluedCuts(next)) >= 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;", last) {
		return false
	}
	if last == '"' || last == '”' || last == ')' {
		p := strings.TrimRight(prev, "\"”)")
		if l, _ := utf8.DecodeLastRuneInString(p); strings.ContainsRune(".!?", l) {
			return false
		}
	}
	if first, _ := utf8.DecodeRuneInString(next); unicode.IsLower(first) {
		return true
	}
	if last == ',' || last == '-' || last == '–' || last == '—' || last == '&' {
		return true
	}
	i := strings.LastIndexByte(prev, ' ')
	w := strings.ToLower(prev[i+1:])
	// ("Where the 30-day number came from" over "Residential programs
	// commonly run …": a short line opening on a question word, without
	// a comma, and ending on a preposition before a capitalised line is
	// a heading asked as a question, not a wrapped sentence. "Most of
	// our clients travel here from / Ohio" wraps. So does one ending on
	// its verb: "What the two levels actually are" over "Standard
	// outpatient therapy is …".)
	if (headingPrepositions[w] || w == "is" || w == "are") && utf8.RuneCountInString(prev) < 45 && !strings.Contains(prev, ",") && questionWords[strings.ToLower(strings.Fields(prev)[0])] {
		return false
	}
	return connectors[w]
}

var questionWords = map[string]bool{"where": true, "what": true, "who": true, "how": true, "when": true, "why": true, "which": true}

var headingPrepositions = map[string]bool{"from": true, "for": true, "about": true, "with": true, "to": true, "into": true, "on": true, "in": true, "of": true, "at": true}

// connectors are words a sentence cannot end on; a line ending on one
// was wrapped.
var connectors = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true,
	"in": true, "for": true, "with": true, "by": true, "at": true, "from": true, "that": true,
	"which": true, "who": true, "our": true, "your": true, "their": true, "is": true,
	"are": true, "as": true, "on": true, "than": true, "but": true, "including": true,
	"such": true, "like": true, "into": true, "about": true, "over": true,
}

// pageTitleLine is a page's <title> as a text export keeps it: names
// joined by bars, the first of several words ("Intensive Outpatient
// Program | Brightwater Behavioral Health | Tampa, FL"), where a menu's
// items are a word or two each.
func pageTitleLine(s string) bool {
	parts := strings.Split(s, " | ")
	if len(parts) < 2 || len(parts) > 4 || utf8.RuneCountInString(s) > 120 {
		return false
	}
	if f := strings.Fields(parts[0]); len(f) < 2 || !unicode.IsUpper([]rune(f[0])[0]) {
		return false
	}
	long := false
	for _, p := range parts {
		long = long || len(strings.Fields(p)) >= 3
	}
	if !long {
		return false // "About us | Careers"
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != '!' && last != '?'
}

// clockOpening is a line opening on a time of day: "9:00 a.m.", "10:45",
// "7 p.m.".
var clockOpening = regexp.MustCompile(`^\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s|$)`)

// weekdaysClocked opens on a day of the week and carries a clock time.
var weekdaysClocked = regexp.MustCompile(`(?i)^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?s?|weekdays?|weekends?)\b.*\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)`)

// streetLine opens on a house number and a name, and goes on past a
// comma: "3100 Old Mill Road, Tallis Creek".
var streetLine = regexp.MustCompile(`^\d{1,5}\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z.]*)*,\s`)

// phaseLabel labels a part of a program: "Phase 1", "Step two", "Week 3".
var phaseLabel = regexp.MustCompile(`(?i)^(?:phase|step|stage|level|part|week|weeks|month)\s+\S+$`)

// weekdayValue names a day of the week or the weekdays.
var weekdayValue = regexp.MustCompile(`(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?s?\b|\bweekdays?\b|\bweekends?\b`)

// factLabels label a listing's or a fact box's lines: "Setting:
// Inpatient, medically monitored" gives a fact, it heads nothing.
var factLabels = map[string]bool{"setting": true, "location": true, "locations": true, "type": true, "insurance": true, "accepts": true,
	"ages": true, "age": true, "languages": true, "language": true, "payment": true, "cost": true, "phone": true, "email": true,
	"address": true, "services": true, "amenities": true, "specialties": true, "gender": true, "levels of care": true, "level of care": true,
	"format": true, "population": true, "serves": true, "accreditation": true, "beds": true, "visiting hours": true, "visiting": true}

// yesNoValue answers a fact line's label: "Detox: No", "Overnight stays:
// Not offered", "Medical detox: Yes – on site".
var yesNoValue = regexp.MustCompile(`(?i)^\s*(?:yes|no|none|not\s+(?:offered|available|provided)|offered|available|provided)\s*(?:$|[-–—,;(.])`)

// titleCased reports a value of two or more words of four letters or
// more, all opening on a capital, with no comma: "Our Residential Campus"
// names a section ("Setting: Our Residential Campus"); "Inpatient,
// medically monitored" and "Outpatient" give a fact.
func titleCased(v string) bool {
	if strings.Contains(v, ",") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(v) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// weekdaysOnly reports a line of two or more weekday names and nothing
// else but the words and marks joining them: "Monday through Friday",
// "Mon, Wed & Thu".
func weekdaysOnly(s string) bool {
	days := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "and", "or", "through", "thru", "to", "plus":
			continue
		}
		if !weekdayValue.MatchString(w) || strings.Contains(strings.ToLower(w), "week") {
			return false
		}
		days++
	}
	return days >= 2
}

// figurePredicate reports a line opening on a verb of duration or
// schedule and giving a figure: "Lasts eight weeks in total", "Meets 3
// evenings a week".
func figurePredicate(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "runs", "lasts", "meets", "takes", "spans", "continues", "requires", "involves":
	default:
		return false
	}
	for _, w := range f[1:] {
		w = strings.ToLower(strings.TrimRight(w, ",.;:"))
		if strings.ContainsAny(w, "0123456789") || numberWordStart(w) {
			return true
		}
	}
	return false
}

// headingLike is a short line without sentence punctuation at its end.
func headingLike(s string) bool {
	if utf8.RuneCountInString(s) > 90 {
		return false
	}
	words := len(strings.Fields(s))
	if words == 0 || words > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', ',', ';', '!', '…':
		return false
	case ':':
		if words > 8 {
			return false
		}
	}
	if strings.Contains(s, ";") || strings.Contains(s, "»") || strings.Contains(s, " > ") || strings.Contains(s, "›") {
		return false
	}
	// "9:00 a.m. Group therapy (90 minutes)" is an entry of a day's
	// timetable; "22 Ferry Street, Suite 4, Riverside" an address.
	// So is "Monday – Friday, 8:00 am – 6:00 pm": the days a time is
	// kept on, a line of a schedule.
	if clockOpening.MatchString(s) || streetLine.MatchString(s) || weekdaysClocked.MatchString(s) {
		return false
	}
	// "Intensive outpatient: 4 days/week, 3 hrs/day" is a fact line, its
	// label's value given in figures ("Phase 2: Stabilization" heads).
	// So is "Days: Tuesday, Wednesday, Thursday", its value a schedule.
	// ("Phase 1: Weekdays on Campus" heads its phase.)
	if l, v, ok := strings.Cut(s, ": "); ok && (strings.ContainsAny(v, "0123456789") || weekdayValue.MatchString(v) && !phaseLabel.MatchString(l) ||
		factLabels[strings.ToLower(strings.TrimSpace(l))] && !titleCased(v) || yesNoValue.MatchString(v)) {
		return false
	}
	// "45 days: our standard program, and the length most guests
	// complete" is one of a list of lengths to choose from, its label a
	// figure.
	if l, _, ok := strings.Cut(s, ": "); ok && figureLabel.MatchString(l) {
		return false
	}
	// "Runs eight weeks, followed by weekly aftercare" under a track's
	// name goes on about the track: a predicate without its subject.
	if figurePredicate(s) {
		return false
	}
	// "3 to 7 days", "Typically up to 30 days" under a program's name on a
	// card of levels of care: the program's figure, a line of its own.
	if figureLine.MatchString(s) {
		return false
	}
	// "Monday, Wednesday and Thursday" under "Teen IOP – after school"
	// is the track's schedule, not a section of its own.
	if weekdaysOnly(s) {
		return false
	}
	// "Home | Programs | Contact" is a menu; "Weekend Intensive
	// Outpatient Program | El Paso" a page's headline with its place.
	if k := strings.Index(s, " | "); k >= 0 && (strings.Count(s, " | ") > 1 || len(strings.Fields(s[:k])) < 3) {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsTitle(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// cutOffSentence reports a line that reads as a sentence: eight words
// or more, a verb, and four or more words in lower case.
func cutOffSentence(s string) bool {
	return len(strings.Fields(s)) >= 8 && hasVerb(s) && lowerWords(s) >= 4
}

// lowerWords counts the words of four letters or more that begin in
// lower case: a heading capitalises its words, or is short.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 4 && unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// figureLine is a line that is only a figure of time, with a hedge or a
// bound before it: "3 to 7 days", "Typically up to 30 days", "2-4
// weeks", "Usually 6 hours a day".
var figureLine = regexp.MustCompile(`^(?i:(?:typically|usually|generally|often|about|around|approximately|roughly|most often)\s+)?(?i:(?:up to|at least|as few as|as many as|a minimum of|a maximum of)\s+)?[0-9]+(?:\.[0-9]+)?(?:\s*(?:-|–|to|or)\s*[0-9]+(?:\.[0-9]+)?)?\+?\s+(?i:days?|weeks?|months?|hours?|minutes?)(?i:\s+(?:a|per|each)\s+(?:day|week)|\s+(?:daily|weekly))?\s*$`)

// figureLabel is a label that is a length: "30 days", "8-week", "90 Days".
var figureLabel = regexp.MustCompile(`^\s*[0-9]+(?:\s*(?:-|–|to)\s*[0-9]+)?[\s-](?i:days?|weeks?|months?|hours?|nights?)\s*$`)
