package quantity

import "strings"

// notAQuantity rejects numbers at tokens [j, k) that only look like
// quantities. It returns the token index to continue from.
func (p *parser) notAQuantity(j, k int) (int, bool) {
	t := p.toks[j]
	prev, next := p.word(j-1), p.word(k)
	// Clock times: "9 a.m.", "6pm", "12:30", "twelve o'clock".
	if p.punct(k) == ":" && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && p.glued(k) && p.glued(k+1) {
		e := k + 2
		for p.clockSuffix(e) > e {
			e = p.clockSuffix(e)
		}
		return e, true
	}
	if e := p.clockSuffix(k); e > k {
		return e, true
	}
	if prev == "till" || prev == "until" || prev == "noon" {
		return k, true
	}
	// Percentages and prices.
	if p.punct(k) == "%" || next == "percent" || next == "per" && p.word(k+1) == "cent" || next == "pct" {
		return k + 1, true
	}
	if pp := p.punct(j - 1); pp == "$" || pp == "£" || pp == "€" || next == "dollars" || next == "usd" || prev == "usd" {
		return k, true
	}
	// "24/7" and "24-hour" are a supervision flag, not a duration.
	if t.kind == tNum && t.num == 24 {
		if p.punct(k) == "/" || p.punct(k) == "-" && (p.word(k+1) == "hour" || p.word(k+1) == "hours") ||
			(next == "hour" || next == "hours") && (p.wordsAt(k+1, "a", "day") || p.wordsAt(k+1, "per", "day") || p.wordsAt(k+1, "each", "day") || p.wordsAt(k+1, "daily")) ||
			next == "hour" {
			return k + 2, true
		}
	}
	// "12-step", "twelve steps".
	if next == "step" || next == "steps" || p.punct(k) == "-" && (p.word(k+1) == "step" || p.word(k+1) == "steps") {
		return k + 2, true
	}
	// Dates and years.
	if months[prev] || months[next] || next == "th" && months[p.word(k+2)] {
		return k, true
	}
	if p.punct(k) == "," && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && p.toks[k+1].num >= 1900 && p.toks[k+1].num <= 2100 && len(p.toks[k+1].text) == 4 {
		return k + 2, true
	}
	if t.kind == tNum && len(t.text) == 4 && t.num >= 1800 && t.num <= 2100 && !strings.Contains(t.text, ",") {
		if _, ok := units[next]; !ok || next == "s" {
			return k, true
		}
	}
	if p.punct(k) == "/" && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && p.punct(k+2) == "/" {
		return k + 4, true
	}
	if (p.punct(k) == "-") && p.glued(k) && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && len(p.toks[k+1].text) == 2 && p.punct(k+2) == "-" && len(t.text) == 4 {
		return k + 4, true
	}
	// Phone numbers.
	if e, ok := p.phone(j); ok {
		return e, true
	}
	// Ages: "ages 18-25", "aged 18 to 25", "adults 18+".
	switch prev {
	case "ages", "age", "aged", "adults", "adult", "teens", "teenagers", "children", "kids", "youth", "over", "under":
		if prev == "over" || prev == "under" {
			if _, ok := units[next]; ok || p.punct(k) == "-" {
				break
			}
			if next != "and" && next != "or" && next != "to" {
				break
			}
		}
		if _, isUnit := units[next]; !isUnit || next == "years" || next == "year" {
			return p.skipRange(k), true
		}
	}
	// Names with numbers: "Step 2", "Level 2.1", "Phase 3".
	switch prev {
	case "step", "level", "phase", "stage", "chapter", "section", "part", "page", "no", "number", "room", "suite", "floor", "route", "highway", "unit", "tier", "type", "grade", "version", "article", "title", "rule", "figure", "table", "form":
		return k, true
	}
	if t.kind == tNum {
		// List numbering and footnote markers: a bare number opening the
		// text ("2 Those who…", "1. Call us") or glued to a period ("care.2").
		_, isUnit := units[next]
		if !isUnit && p.footnote(j, k) {
			return k, true
		}
	}
	return k, false
}

// skipRange steps over the rest of a rejected range ("18-25", "18 to 25").
func (p *parser) skipRange(k int) int {
	c := p.punct(k) + p.word(k)
	if c == "-" || c == "–" || c == "to" || c == "and" || c == "through" {
		if k+1 < len(p.toks) && p.toks[k+1].kind == tNum {
			return k + 2
		}
	}
	return k
}

// clockSuffix returns the index after an a.m./p.m./o'clock marker at i, or i.
func (p *parser) clockSuffix(i int) int {
	switch w := p.word(i); w {
	case "am", "pm", "a.m", "p.m", "o'clock", "oclock", "noon", "hrs.":
		if (w == "am" || w == "pm") && !p.glued(i) && p.word(i+1) != "" && p.punct(i+1) == "" {
			// "9 am" is still a clock; "I am" never follows a number.
		}
		e := i + 1
		if p.punct(e) == "." && p.glued(e) {
			e++
		}
		return e
	case "a", "p":
		if p.punct(i+1) == "." && p.glued(i+1) && p.word(i+2) == "m" && p.glued(i+2) {
			e := i + 3
			if p.punct(e) == "." && p.glued(e) {
				e++
			}
			return e
		}
	}
	return i
}

// phone recognises (207) 555-0100, 207-555-0100, 207.555.0100, 1-800-555-0199.
func (p *parser) phone(j int) (int, bool) {
	t := p.toks[j]
	if t.kind != tNum {
		return j, false
	}
	digits := func(k, n int) bool {
		return k < len(p.toks) && p.toks[k].kind == tNum && len(p.toks[k].text) == n && !strings.ContainsAny(p.toks[k].text, ",")
	}
	sep := func(k int) bool { s := p.punct(k); return s == "-" || s == "." || s == "–" }
	k := j
	if len(t.text) == 1 && t.text == "1" && sep(k+1) && digits(k+2, 3) {
		k += 2
	}
	if len(p.toks[k].text) == 3 && p.punct(k-1) == "(" && p.punct(k+1) == ")" && digits(k+2, 3) && sep(k+3) && digits(k+4, 4) {
		return k + 5, true
	}
	if digits(k, 3) && sep(k+1) && digits(k+2, 3) && sep(k+3) && digits(k+4, 4) {
		return k + 5, true
	}
	// "555-0100"
	if digits(k, 3) && p.punct(k+1) == "-" && p.glued(k+1) && digits(k+2, 4) {
		return k + 3, true
	}
	// 7+ digit runs.
	if len(t.text) >= 7 && !strings.ContainsAny(t.text, ",.") {
		return j + 1, true
	}
	return j, false
}

// footnote reports a bare number at [j, k) that marks a footnote or a list
// item rather than a quantity.
func (p *parser) footnote(j, k int) bool {
	t := p.toks[j]
	if len(t.text) > 2 || strings.ContainsAny(t.text, ".,") {
		return false
	}
	atStart := j == 0 || p.punct(j-1) == "." || p.punct(j-1) == "!" || p.punct(j-1) == "?" || p.punct(j-1) == "•"
	glued := j > 0 && !t.space && (p.punct(j-1) == "." || p.punct(j-1) == ",") && p.toks[j-1].start > 0
	if glued && p.word(j-2) != "" {
		return true
	}
	if atStart {
		if p.punct(k) == "." || p.punct(k) == ")" {
			return true
		}
		if k < len(p.toks) && p.toks[k].kind == tWord {
			c := p.text[p.toks[k].start]
			return c >= 'A' && c <= 'Z'
		}
	}
	return false
}

// afterUnit rejects "18 years old", "a year ago".
func (p *parser) afterUnit(end int, q Quantity) bool {
	if q.Unit == None {
		return false
	}
	w := p.word(end)
	if w == "old" || w == "ago" || w == "of" && p.word(end+1) == "age" || p.punct(end) == "-" && p.word(end+1) == "old" {
		return true
	}
	return false
}

// aroundTheClock skips "24/7"-style phrases, which Supervision24x7 reports.
func (p *parser) aroundTheClock(i int) (int, bool) {
	if e, ok := p.clockPhrase(i); ok {
		return e, true
	}
	return i, false
}

func (p *parser) clockPhrase(i int) (int, bool) {
	switch {
	case p.wordsAt(i, "around", "the", "clock"), p.wordsAt(i, "round", "the", "clock"):
		return i + 3, true
	case p.wordsAt(i, "around", "-", "the", "-", "clock"), p.wordsAt(i, "round", "-", "the", "-", "clock"):
		return i + 5, true
	}
	if i < len(p.toks) && p.toks[i].kind == tNum && p.toks[i].num == 24 {
		switch {
		case p.punct(i+1) == "/" && i+2 < len(p.toks) && p.toks[i+2].kind == tNum && p.toks[i+2].num == 7:
			return i + 3, true
		case p.punct(i+1) == "-" && (p.word(i+2) == "hour" || p.word(i+2) == "hours"):
			return i + 3, true
		case p.word(i+1) == "hour":
			return i + 2, true
		case p.word(i+1) == "hours" && (p.wordsAt(i+2, "a", "day") || p.wordsAt(i+2, "per", "day") || p.wordsAt(i+2, "each", "day")):
			return i + 4, true
		case p.word(i+1) == "hours" && p.word(i+2) == "daily":
			return i + 3, true
		}
	}
	if p.word(i) == "twenty" && p.punct(i+1) == "-" && p.word(i+2) == "four" && p.punct(i+3) == "-" && p.word(i+4) == "hour" {
		return i + 5, true
	}
	return i, false
}

// Supervision24x7 finds the first round-the-clock phrase in text ("24/7",
// "24-hour", "24 hours a day", "around the clock") and returns its byte span.
func Supervision24x7(text string) (start, end int, ok bool) {
	if !strings.Contains(text, "24") && !strings.Contains(text, "clock") && !strings.Contains(text, "twenty") {
		return 0, 0, false
	}
	p := &parser{text: text, toks: tokenize(text)}
	for i := range p.toks {
		if e, ok := p.clockPhrase(i); ok {
			return p.toks[i].start, p.toks[e-1].end, true
		}
	}
	return 0, 0, false
}

// weekdayRange reads "Monday through Friday" as 5 days a week.
func (p *parser) weekdayRange(i int) (Quantity, int, bool) {
	a, ok := weekdays[p.word(i)]
	if !ok {
		return Quantity{}, i, false
	}
	j := i + 1
	switch {
	case p.word(j) == "through" || p.word(j) == "to" || p.word(j) == "thru" || p.word(j) == "until":
		j++
	case p.punct(j) == "-" || p.punct(j) == "–" || p.punct(j) == "—":
		j++
	default:
		return Quantity{}, i, false
	}
	b, ok := weekdays[p.word(j)]
	if !ok || b <= a {
		return Quantity{}, i, false
	}
	q := p.make(i, j+1)
	n := float64(b - a + 1)
	q.Min, q.Max, q.Unit, q.Per = n, n, Day, Week
	return q, j + 1, true
}

// frequencyWord reads "once a week", "twice weekly".
func (p *parser) frequencyWord(i int) (Quantity, int, bool) {
	n := map[string]float64{"once": 1, "twice": 2, "thrice": 3}[p.word(i)]
	if n == 0 {
		return Quantity{}, i, false
	}
	per, j, ok := p.rate(i + 1)
	if !ok {
		return Quantity{}, i, false
	}
	q := p.make(i, j)
	q.Min, q.Max, q.Unit, q.Per = n, n, Times, per
	return q, j, true
}

// ParseNumber reads a standalone number expression ("twenty-five", "1,000", "½").
func ParseNumber(s string) (float64, bool) {
	p := &parser{text: s, toks: tokenize(s)}
	for i := range p.toks {
		if v, k, art, ok := p.number(i); ok && !art {
			if _, reject := p.notAQuantity(i, k); !reject {
				return v, true
			}
		}
	}
	return 0, false
}
