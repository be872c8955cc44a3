package claims

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

// headerContext is what a table header or the label of a "Label: value"
// line says about the bare quantities under it: a "Weekly hours" column
// makes "9 to 12" hours a week, a "Typical length" column makes "2–4
// weeks" a program length.
type headerContext struct {
	per     quantity.Unit      // the rate's denominator ("per week")
	unit    quantity.Unit      // the unit of bare numbers ("Days a week": day)
	length  bool               // "Length", "Duration", "Typical stay"
	session bool               // "Session length"
	bound   quantity.Qualifier // "Minimum stay": at least; "Maximum": up to
}

func (h headerContext) empty() bool { return h == headerContext{} }

// readHeader reads a header or label. Words are matched as stems, so
// "Hours/week", "Weekly hours" and "Hours per week" read alike.
func readHeader(h string) headerContext {
	var c headerContext
	l := lowerASCII(h)
	switch {
	case hasStem(l, "week", "wk"):
		c.per = quantity.Week
	case hasStem(l, "daily", "per day", "a day", "each day", "/day"):
		c.per = quantity.Day
	case scheduleRowLabel(l) && hasStem(l, "per evening", "per night", "per morning", "per afternoon", "each evening", "each night", "each morning", "each afternoon"):
		// ("| Hours per evening | 3 |": an evening program's day; not
		// "| Quiet hours per night | 9 |".)
		c.per = quantity.Day
	case l == "typical day" || l == "a typical day" || l == "length of day" || l == "day length" || l == "program day" || l == "treatment day":
		// ("| Typical day | 2-3 hours after school |": a row of the
		// hours of a day.)
		c.per, c.unit = quantity.Day, quantity.Hour
	}
	switch {
	case c.per == quantity.None && therapyLabel(l):
		// "Individual therapy: 50 minutes, every other week": how long
		// one meeting of it lasts.
		c.session = true
	case hasStem(l, "session"):
		// "Hours per session", "Session length".
		c.session = hasStem(l, "length", "duration", "long") || c.per == quantity.None && hasStem(l, "hour", "hrs", "minute")
		if c.session && hasStem(l, "hour", "hrs") {
			c.unit = quantity.Hour
		}
		if c.per != quantity.None {
			c.unit = quantity.Session
		}
	case hasStem(l, "hour", "hrs", "time commitment", "intensity"):
		c.unit = quantity.Hour
	case hasStem(l, "days", "frequency") || scheduleRowLabel(l) && hasStem(l, "evenings", "nights", "mornings", "afternoons"):
		// ("| Evenings per week | 4 |": the days an evening program
		// meets; not "| Curfew nights per week | 7 |".)
		if c.per == quantity.Week {
			c.unit = quantity.Day
		}
	}
	// ("Typical time commitment" over "3-7 days" and "20 or more hours
	// per week": a level's length or its hours, each cell says which.)
	if c.per == quantity.None && (hasStem(l, "length", "duration", "how long", "stay", "timeline", "time frame", "timeframe", "program lengths", "time commitment") ||
		hasStem(l, "enrollment", "enrolment") && hasStem(l, "typical", "average", "usual", "length", "duration") ||
		substanceLabel(l) || wholeProgramLabel(l) ||
		hasStem(l, "range") && !hasStem(l, "age", "price", "cost", "fee", "dose") ||
		// ("Minimum recommended: 90 days": a bound advised for the stay.)
		hasStem(l, "minimum", "maximum") && hasStem(l, "recommended", "required", "suggested", "advised")) {
		c.length = true
	}
	if c.per == quantity.Week && c.unit == quantity.None && hasStem(l, "schedule", "frequency", "attendance") {
		c.unit = quantity.Day
	}
	if !c.empty() {
		switch {
		case hasStem(l, "minimum", "min.", "at least"):
			c.bound = quantity.AtLeast
		case hasStem(l, "maximum", "max.", "up to"):
			c.bound = quantity.UpTo
		}
	}
	return c
}

// countedThingHeader reports a column header counting a thing that is no
// meeting of a program: "| Time in treatment | Take-home doses |" over
// "| Days 91–180 | up to 2 per week |" counts doses, "Drug screens" or
// "Phone calls home" count those.
func countedThingHeader(h string) bool {
	l := lowerASCII(h)
	return hasStem(l, "dose", "doses", "take-home", "take-homes", "takehome", "screens", "screenings", "drug test", "drug tests", "urine", "phone calls", "calls home")
}

// wholeProgramLabel reports a label naming the program as a whole, whose
// value is how long it runs: "Core program: 6 weeks", "Program: 8
// weeks".
func wholeProgramLabel(l string) bool {
	switch strings.TrimSpace(strings.Trim(l, "*•-–—: ")) {
	case "program", "core program", "full program", "main program", "whole program", "entire program", "the program":
		return true
	}
	return false
}

// onsetHeader reports a column header naming when something begins or
// peaks: "When symptoms start", "Onset", "Symptoms peak", "Worst
// symptoms".
func onsetHeader(h string) bool {
	l := lowerASCII(h)
	// ("When withdrawal usually starts", "First symptoms", "Symptoms
	// usually begin".)
	return hasStem(l, "onset", "symptoms start", "symptoms begin", "symptoms peak", "when symptoms", "starts after", "begins after", "peak",
		"first symptoms", "worst symptoms", "symptoms worst", "most intense", "most severe", "at their worst") || hasStem(l, "when", "symptom", "symptoms", "side effects", "withdrawal") && hasStem(l, "start", "starts", "begin", "begins", "appear", "appears", "set in", "sets in") && !hasStem(l, "stay", "length", "last", "duration")
}

// therapyLabel reports a label that is one kind of meeting: "Individual
// therapy", "Group sessions", "Family counseling".
func therapyLabel(l string) bool {
	l = strings.TrimSpace(strings.Trim(l, "*•-–— "))
	return wordCount(l) <= 3 && hasStem(l, "individual", "group", "family", "one-on-one") &&
		hasStem(l, "therapy", "counseling", "counselling", "session", "sessions", "groups", "group")
}

// substanceLabel reports a label that is only a substance ("Alcohol",
// "Opioids", "Benzodiazepines"): in a list of withdrawal timelines its
// value is how long detox from it lasts.
func substanceLabel(l string) bool { return substanceOf(l) != "" }

// substanceOf is the substance a label names, "" when it names none:
// "Alcohol", "Stimulants (meth, cocaine)", "Short-acting opioids".
func substanceOf(l string) string {
	if c := bracketedClass(l); c != "" {
		return substanceOf(c)
	}
	l = lastListed(strings.TrimSpace(strings.Trim(l, "*•-–— ")))
	if k := strings.IndexByte(l, '('); k > 0 {
		l = strings.TrimSpace(l[:k])
	}
	// "Opioids such as heroin or fentanyl", "Stimulants like cocaine":
	// the class, its examples after it.
	for _, sep := range []string{" such as ", " like ", " including ", ", e.g."} {
		if k := strings.Index(l, sep); k > 0 {
			l = strings.TrimSpace(l[:k])
		}
	}
	if substanceNames[l] {
		return l
	}
	if k := strings.LastIndexByte(l, ' '); k > 0 && wordCount(l) == 2 && substanceNames[l[k+1:]] {
		return l[k+1:]
	}
	return ""
}

// bracketedClass is the substance class a label names in brackets after
// its drugs ("Morphine, codeine (short-acting opioids)"), "" when it
// names none there.
func bracketedClass(l string) string {
	k, e := strings.IndexByte(l, '('), strings.LastIndexByte(l, ')')
	if k <= 0 || e <= k {
		return ""
	}
	if c := l[k+1 : e]; substanceOf(c) != "" {
		return c
	}
	return ""
}

// lastListed is the last of a list of substances a label names
// ("Cocaine, crack and other stimulants" → "stimulants", "Xanax and other
// benzos" → "benzos"), which names the class the label is about; l
// itself when it is no such list.
func lastListed(l string) string {
	if !strings.Contains(l, ",") && !strings.Contains(l, " and ") && !strings.Contains(l, " or ") {
		return l
	}
	// (A part names a substance only if the line holds its name: most
	// lists hold none, and splitting them was most of what asking cost.)
	if !slices.ContainsFunc(substanceNameList, func(n string) bool { return strings.Contains(l, n) }) {
		return l
	}
	parts := listSeparators.Split(l, -1)
	if len(parts) < 2 {
		return l
	}
	for i, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "other "))
		if p == "" || wordCount(p) > 2 || substanceOf(p) == "" {
			return l
		}
		parts[i] = p
	}
	return parts[len(parts)-1]
}

var listSeparators = regexp.MustCompile(`\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)

// substanceNameList is substanceNames' keys.
var substanceNameList = slices.Sorted(maps.Keys(substanceNames))

var substanceNames = wordSet("alcohol", "opioids", "opiates", "opioid", "heroin", "fentanyl", "benzodiazepines", "benzos", "methamphetamine",
	"meth", "stimulants", "cocaine", "marijuana", "cannabis", "kratom", "methadone", "suboxone", "buprenorphine", "xanax", "oxycodone", "hydrocodone", "morphine", "crack", "codeine")

// hasStem reports whether any of the stems starts a word of l.
func hasStem(l string, stems ...string) bool {
	for _, st := range stems {
		for from := 0; ; {
			i := indexFrom(l, st, from)
			if i < 0 {
				break
			}
			if i == 0 || !isWordByte(l[i-1]) || st[0] == '/' {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// labelEnd returns the end of a "Label:" opening a sentence ("Typical
// duration: 6–12 weeks"), or 0 when it has none. A label is a few words
// with no number, so "Day 1–7: detox" is not one.
func labelEnd(text string) int {
	_, from := labelSplit(text)
	return from
}

// labelSplit returns a line's label and where its value starts ("Typical
// duration: 6–12 weeks" → "Typical duration", 17); "" and 0 when the line
// opens with none. The label is without its colon or dash.
func labelSplit(text string) (string, int) {
	i, end := strings.IndexByte(text, ':'), 0
	if i >= 0 {
		end = i + 1
		// "Clinic hours - Mon-Thu: 7:30 a.m.-6:30 p.m.": a dash before
		// the colon closes the line's label; the colon labels a part of
		// its value.
		if d, de := dashLabel(text[:i]); d > 0 {
			i, end = d, de
		}
	} else {
		// "Alcohol - 4 to 6 days": a dash after a short label.
		i, end = dashLabel(text)
		// "Weekly hours | 12": a fact box's row exported as one line,
		// its two cells set apart by a bar.
		if i < 0 && barRow(text) {
			if k := strings.Index(text, " | "); k > 0 && barValueNeedsLabel(text[k+len(" | "):]) {
				i, end = k, k+len(" | ")
			}
		}
	}
	// ("Opioids such as heroin or fentanyl: 5 to 10 days": a short
	// label with its examples.)
	examples := i > 0 && i <= 56 && strings.Contains(text[:i], " such as ") && wordCount(text[:i]) <= 8
	if i <= 0 || (i > 40 || wordCount(text[:i]) > 4) && !examples {
		return "", 0
	}
	for j := 0; j < i; j++ {
		if text[j] >= '0' && text[j] <= '9' {
			return "", 0
		}
	}
	return text[:i], end
}

// barValueNeedsLabel reports a bar row's value that says nothing without
// its label: bare figures ("12", "10 (day) or 6 (evening)") or a yes or
// no. A value with its own unit or clock times ("5 days", "9 am to 12
// pm") reads as it always did.
func barValueNeedsLabel(v string) bool {
	l := strings.TrimSpace(lowerASCII(v))
	if yesNoWord(l) != "" {
		return true
	}
	for {
		i, j := strings.IndexByte(l, '('), strings.IndexByte(l, ')')
		if i < 0 || j < i {
			break
		}
		l = l[:i] + l[j+1:]
	}
	if !strings.ContainsAny(l, "0123456789") || strings.ContainsAny(l, ":") {
		return false
	}
	if !strings.ContainsFunc(l, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
		return true
	}
	// ("12 or 9", "9 to 12", "at least 9", "up to 12": words of a range
	// or a bound, no unit.)
	for _, w := range strings.Fields(l) {
		switch strings.Trim(w, ".,;+") {
		case "or", "to", "and", "at", "least", "up", "about", "around", "approx", "approximately", "minimum", "maximum", "min", "max":
			continue
		}
		if strings.Trim(w, "0123456789.,;+–-") != "" {
			return false
		}
	}
	return true
}

// label is labelSplit(s.text), read once a sentence.
func (s *sentence) label() (string, int) {
	if !s.labelRead {
		s.labelRead = true
		s.labelText, s.labelEnd = labelSplit(s.text)
	}
	return s.labelText, s.labelEnd
}

// dashLabel returns where a " - " or " – " after the opening words of
// text starts and where the value after it starts; -1 when there is none.
func dashLabel(text string) (int, int) {
	// Only the opening can hold a label: looking further would scan
	// every block for dashes.
	head := text[:min(len(text), 46)]
	if strings.IndexByte(head, '-') < 0 && strings.IndexByte(head, 0xE2) < 0 {
		return -1, 0
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.Index(head, d); i > 0 && i <= 40 {
			return i, i + len(d)
		}
	}
	return -1, 0
}

// applyHeader gives the quantities of s what their header says; from is
// where the values start (past a label).
func applyHeader(s *sentence, b *corpus.Block) {
	var ctx headerContext
	from := 0
	if b.Kind == corpus.BlockTableCell {
		// "| Substance | When symptoms start | Typical detox length |":
		// a column of when something begins holds no length ("1–4 days"
		// after the last dose).
		if onsetHeader(b.ColHeader) || countedThingHeader(b.ColHeader) {
			s.qs = s.qs[:0]
			return
		}
		// ("| Program | Intensive outpatient, three days a week |" over
		// "| Detox | Referred to the medical center, 5 North |": a first
		// row stating a figure of its own is a row of a fact box, no
		// column's name.)
		if !statesFigure(b.ColHeader) {
			ctx = readHeader(b.ColHeader)
		}
		if b.RowHeader == "" && b.ColHeader != "" && ctx.empty() {
			// A row's first cell names the row ("2-Week Program"); its
			// numbers are a name, not a value, unless its column says
			// what they measure.
			s.qs = s.qs[:0]
			return
		}
		// "| Typical length | 3 to 4 weeks |" under "| Feature | Details |":
		// the row says what the cell measures.
		if ctx.empty() && b.RowHeader != "" {
			ctx = readHeader(b.RowHeader)
		}
	}
	if ctx.empty() {
		// ("Nine hours a week: three sessions of three hours each": a
		// label that states a figure of its own is no header of what
		// follows.)
		// ("Kalamazoo office hours: Monday-Thursday 9-7": a door's hours,
		// whose bare numbers are clock times, not hours of care.)
		if label, e := s.label(); e > 0 && !figureBefore(s.qs, e) && !(hasWord(lowerASCII(label), "hours") && s.blockHoursLabel()) {
			ctx, from = readHeader(label), e
		}
	}
	if ctx.empty() {
		return
	}
	s.header = ctx
	s.headerFrom = from
	for i := range s.qs {
		q := &s.qs[i]
		if q.Start < from || q.Qualifier == quantity.Vague {
			continue
		}
		if q.Unit == quantity.None && ctx.unit != quantity.None {
			q.Unit = ctx.unit
		}
		if ctx.bound != "" && (q.Qualifier == "" || q.Qualifier == quantity.Exact) && q.Min == q.Max {
			// "Minimum stay: 90 days" is at least 90 days.
			q.Qualifier = ctx.bound
			if ctx.bound == quantity.AtLeast {
				q.Max, q.HasMax = 0, false
			} else {
				q.Min, q.HasMin = 0, false
			}
		}
		if q.Per == quantity.None && ctx.per != quantity.None && !q.Adjectival {
			switch q.Unit {
			case quantity.Hour, quantity.Minute, quantity.Day, quantity.Times, quantity.Session:
				q.Per = ctx.per
			}
		}
	}
}

// figureBefore reports a quantity with a unit that ends before end.
func figureBefore(qs []quantity.Quantity, end int) bool {
	for i := range qs {
		if qs[i].End <= end && qs[i].Unit != quantity.None {
			return true
		}
	}
	return false
}

// measuresNothing reports a label that names something without saying
// what its value measures: "Individual counseling" names a service, while
// "Weekly group hours" and "Group session length" say what the figure is.
func measuresNothing(label string) bool {
	h := readHeader(label)
	return h.per == quantity.None && h.unit == quantity.None && !h.length && h.bound == "" &&
		!hasStem(lowerASCII(label), "length", "duration", "minute", "hour", "hrs")
}

// statesFigure reports a header holding a figure with its unit ("three
// days a week"), which a header naming a column does not.
func statesFigure(h string) bool {
	if !strings.ContainsAny(h, "0123456789") && !hasWord(lowerASCII(h), "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve") {
		return false
	}
	for _, q := range quantity.Parse(h) {
		if q.Unit != quantity.None && q.Per != quantity.None {
			return true
		}
	}
	return false
}

// scheduleRowLabel reports a row label of schedule words alone: "Evenings
// per week", "Hours each evening", "Group nights per week" (not "Curfew
// nights per week", "Quiet hours per night").
func scheduleRowLabel(l string) bool {
	for _, w := range strings.Fields(l) {
		switch strings.Trim(w, ":()|") {
		case "", "evenings", "nights", "mornings", "afternoons", "evening", "night", "morning", "afternoon", "per", "each", "a", "week", "weekly",
			"hours", "hour", "hrs", "group", "groups", "session", "sessions", "program", "treatment", "of", "in", "iop", "php", "number":
		default:
			return false
		}
	}
	return true
}
