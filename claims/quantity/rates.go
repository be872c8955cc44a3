package quantity

import (
	"math/bits"
	"strings"
)

// weekdayRange reads "Monday through Friday", "Mon–Fri" as days a week,
// "weekdays" as five, and "most weekdays" as about three to five.
func (p *parser) weekdayRange(i int) (Quantity, int, bool) {
	// "on most weekdays": more than half of them, about three to five.
	if p.word(i) == "most" && p.word(i+1) == "weekdays" {
		q := Quantity{Min: 3, Max: 5, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Approx}
		p.span(&q, i, i+2)
		return q, i + 2, true
	}
	// ("on specific weekdays", "certain weekdays": some of them, no
	// count.)
	if p.word(i) == "weekdays" && someOfThem[p.word(i-1)] {
		return Quantity{}, i, false
	}
	if p.word(i) == "weekdays" {
		q := Quantity{Min: 5, Max: 5, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
		p.span(&q, i, i+1)
		return q, i + 1, true
	}
	if q, end, ok := p.letterDays(i); ok {
		return q, end, true
	}
	a, ok := weekdays[p.word(i)]
	if !ok {
		return Quantity{}, i, false
	}
	j := i + 1
	if p.punct(j) == "." && p.glued(j) {
		j++
	}
	switch {
	case p.word(j) == "through" || p.word(j) == "to" || p.word(j) == "thru" || p.word(j) == "until":
	case isDash(p.punct(j)):
	default:
		return p.weekdayList(i)
	}
	j++
	b, ok := weekdays[p.word(j)]
	// ("Sunday through Thursday": a week that starts on Sunday.)
	if ok && a == 7 && b < 7 {
		a = 0
	}
	if !ok || b <= a {
		return Quantity{}, i, false
	}
	end := j + 1
	n := float64(b - a + 1)
	// "Tuesday-Wednesday-Thursday", "Mon-Wed-Fri": three days or more
	// joined by dashes are a list of the days named.
	for last, listed := b, 2; isDash(p.punct(end)); {
		c, ok := weekdays[p.word(end+1)]
		if !ok || c <= last {
			break
		}
		last, listed, end = c, listed+1, end+2
		n = float64(listed)
	}
	if p.punct(end) == "." && p.glued(end) && len(p.word(end-1)) <= 4 {
		end++
	}
	// "Monday through Thursday and Saturday", "Mon–Thu & Sat": a day
	// outside the range joined to it by "and" is one day more ("or" is
	// a choice, a day inside the range says nothing new, and after a
	// comma a clause may start: "Monday to Friday, and Saturday is
	// family day").
	for {
		k := end
		if p.word(k) != "and" && p.punct(k) != "&" {
			break
		}
		w := p.word(k + 1)
		c, ok := weekdays[w]
		if !ok || c >= a && c <= b || len(w) < 6 && !p.capitalised(k+1) {
			break
		}
		e := k + 2
		if dayParts[p.word(e)] {
			e++
		}
		// ("… and Saturday is family day", "and Saturday visits are
		// for families", "and Saturday groups meet in the evening":
		// the day opens a clause of its own.)
		if nw := p.word(e); nw != "" && !dayAfterRange[nw] {
			break
		}
		n++
		end = e
	}
	// "Monday to Thursday (9 a.m. to 2:30 p.m. Friday)": a day outside
	// the range in the bracket right after it, with its own hours, is
	// one day more.
	if d := p.dayInBracket(end); d > 0 && (d < a || d > b) {
		n++
	}
	q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, end)
	return q, end, true
}

// dayInBracket is the one full day name, capitalised, in a bracket
// opening at end that holds a clock time too and no word setting the
// day apart ("closed", "no", "except", "optional", "alternate", "every
// other"); 0 when there is none.
func (p *parser) dayInBracket(end int) int {
	if p.punct(end) != "(" {
		return 0
	}
	day, clock := 0, false
	for k := end + 1; k < len(p.toks) && k <= end+12; k++ {
		if p.punct(k) == ")" {
			if clock {
				return day
			}
			return 0
		}
		w := p.word(k)
		switch w {
		case "closed", "no", "not", "except", "optional", "alternate", "other", "or", "some", "occasional":
			return 0
		case "am", "pm", "a.m", "p.m", "noon", "a", "p":
			clock = true
		}
		if p.isNum(k) || strings.ContainsRune(w, ':') {
			clock = true
		}
		if d, ok := weekdays[w]; ok && len(w) >= 6 && p.capitalised(k) {
			if day != 0 {
				return 0
			}
			day = d
		}
	}
	return 0
}

// dayAfterRange may follow a day joined to a weekday range: the time or
// the place of the meetings, or the sentence's end.
var dayAfterRange = map[string]bool{"from": true, "at": true, "between": true, "for": true, "each": true, "every": true, "only": true,
	"in": true, "on": true, "until": true, "till": true, "to": true, "with": true, "and": true, "or": true}

// daysBetween reads two days after "between": the ends of a span, "meet
// between Monday and Thursday" (four days a week), or nothing, where the
// span runs backwards ("the gap between Thursday and Monday") or the
// days are a choice ("choose between Tuesday and Thursday evenings").
// done is false when i starts no such pair; a longer list after
// "between" ("between Monday, Wednesday and Friday mornings or …") is
// read as a list.
func (p *parser) daysBetween(i int) (q Quantity, next int, ok, done bool) {
	if p.word(i-1) != "between" {
		return Quantity{}, i, false, false
	}
	a, isDay := weekdays[p.word(i)]
	if !isDay || p.word(i+1) != "and" {
		return Quantity{}, i, false, false
	}
	b, isDay := weekdays[p.word(i+2)]
	if !isDay {
		return Quantity{}, i, false, false
	}
	end := i + 3
	if dayParts[p.word(end)] {
		end++
	}
	if _, day := weekdays[p.word(end+1)]; day && p.punct(end) == "," {
		return Quantity{}, i, false, false
	}
	switch p.word(i - 2) {
	case "choose", "choosing", "pick", "picking", "select", "alternate", "alternating", "alternates", "split", "splits", "rotate", "rotates":
		return Quantity{}, end, false, true
	// ("the gap between Tuesday and Thursday": the stretch between two
	// meeting days, not days met on; "all the days between Monday and
	// Friday" are.)
	case "gap", "gaps", "stretch", "interval":
		return Quantity{}, end, false, true
	case "time":
		// ("the time between Tuesday and Thursday", not "at the same
		// time between Monday and Thursday".)
		if w := p.word(i - 3); w == "the" && p.word(i-4) != "same" {
			return Quantity{}, end, false, true
		}
	}
	if b <= a {
		return Quantity{}, end, false, true
	}
	n := float64(b - a + 1)
	q = Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, i+3)
	return q, end, true, true
}

// weekdayList reads "Monday, Wednesday and Friday" as 3 days a week. Only
// full day names count: "sun" and "wed" are ordinary words too.
func (p *parser) weekdayList(i int) (Quantity, int, bool) {
	var seen uint8 // one bit per weekday
	j, end := i, i
	// ("Monday evening, Wednesday morning or Thursday evening" offers one
	// day of three; "Tuesday and Thursday or Monday and Wednesday" two.)
	joined, or, stops, andOr := false, false, false, false
	// Whether two days stood side by side with nothing between them.
	spaced := false
	// The list as it stood before a day joined by its stop alone
	// (savedEnd 0: none was).
	var savedSeen uint8
	savedEnd := 0
	// "Mon / Tue / Thu": abbreviated days count only in a slash list,
	// where "Sat" or "Sun" cannot be another word. (So do they in a
	// list of middle dots, "Mon · Wed · Thu", a table's or a card's.)
	sep := p.punct(i + 1)
	slash := sep == "/" || sep == "·"
	for {
		d, ok := weekdays[p.word(j)]
		short := len(p.word(j)) < 6 && !slash
		// ("Mon, Wed, Fri", "Sat and Sun": capitalised abbreviations in
		// a list of two or more are days too.)
		if !ok || short && !p.capitalised(j) || seen&(1<<d) != 0 {
			break
		}
		seen |= 1 << d
		end = j + 1
		// "Mon. and Wed.": an abbreviation's full stop is part of the
		// day, not the end of the list.
		if short && p.punct(end) == "." && p.abbrevStop(end) {
			// ("Tues. Thurs. and Sat. mornings": no separator but the
			// stop, when the day after it goes on as a list does; "Mon.
			// and Wed. Sat. is for families" starts a sentence.)
			if _, day := weekdays[p.word(end+1)]; !day {
				end++
				stops = true
			} else if !joined && p.listGoesOn(end+1) {
				savedSeen, savedEnd = seen, end
				end++
				stops = true
				j = end
				continue
			}
		}
		// "Friday evening, Saturday and Sunday": a part of the day
		// after a day is still that day.
		if dayParts[p.word(end)] && !slash {
			end++
		}
		bracketed := -1
		if !slash {
			bracketed = p.dayAfterBracket(end)
			if bracketed < 0 {
				bracketed = p.dayAfterClock(end)
			}
		}
		_, dayNext := weekdays[p.word(end)]
		switch {
		case bracketed >= 0:
			j = bracketed
		case !slash && dayNext && len(p.word(end)) >= 6 && p.capitalised(end):
			// "every Monday Wednesday and Friday": full names side
			// by side, the list's commas left out.
			j, spaced = end, true
		case slash && p.punct(end) == sep:
			j = end + 1
		case slash:
			j = -1
		case p.punct(end) == "," && (p.word(end+1) == "and" || p.word(end+1) == "or"):
			joined, or = joined || p.word(end+1) == "and", or || p.word(end+1) == "or"
			j = end + 2
		case p.punct(end) == "," || p.word(end) == "and" || p.punct(end) == "&":
			joined = joined || p.punct(end) != ","
			j = end + 1
		default:
			if _, day := weekdays[p.word(end+1)]; day && p.word(end) == "or" {
				or = true
			}
			j = -1
		}
		// ("Monday, Wednesday, and/or Friday": a choice.)
		if _, day := weekdays[p.word(j+2)]; j > 0 && day && p.punct(j) == "/" && p.word(j-1) == "and" && p.word(j+1) == "or" {
			andOr = true
			j += 2
		}
		if j < 0 {
			break
		}
	}
	// ("… meets on Fri. Sat. and Sun. are reserved for family visits":
	// days that are the subject of a verb are no schedule.)
	if stops && p.verbAfter(end) {
		if savedEnd == 0 {
			return Quantity{}, i, false
		}
		// ("Fri. Sat. and Sun. are reserved": the list ends at the stop
		// before the days a verb follows.)
		seen, end = savedSeen, savedEnd
	}
	if d, e := p.addedDay(end, seen, slash); e > end {
		seen |= 1 << d
		end = e
	}
	n := float64(bits.OnesCount8(seen))
	// (Side by side without "and" or "or" to close them, the days are a
	// timetable's header, "Sunday Monday Tuesday …", not days met on.)
	if n < 2 || p.choiceAfter(end) || or && !joined || andOr || spaced && !joined && !or {
		return Quantity{}, i, false
	}
	q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, end)
	return q, end, true
}

// addedDay reads a day added after a list with "+" or "plus" (after a
// slash list, "and" too): "Tue/Thu evenings + Sat morning" and "Mon &
// Wed evenings plus Sat" meet three days. It returns the day and the
// token after it, or end when no day is added. (The day must close the
// clause: "plus Saturday family sessions, which are optional" adds
// nothing.)
func (p *parser) addedDay(end int, seen uint8, slash bool) (int, int) {
	k := end
	if dayParts[p.word(k)] {
		k++
	}
	if p.punct(k) != "+" && p.word(k) != "plus" && !(slash && p.word(k) == "and") {
		return 0, end
	}
	d, ok := weekdays[p.word(k+1)]
	if !ok || !p.capitalised(k+1) || seen&(1<<d) != 0 {
		return 0, end
	}
	e := k + 2
	if dayParts[p.word(e)] {
		e++
	}
	// ("+ Sat morning from 9 to 12" goes on with the day's hours; "plus
	// Sunday, twice a month", "+ Sat morning (alternate weeks)" and "+
	// Sat morning*" over a footnote add a day that is no meeting of every
	// week.)
	if e < len(p.toks) && p.toks[e].kind != tPunct && p.word(e) != "from" && p.word(e) != "at" || p.punct(e) == "," && frequencyWord[p.word(e+1)] ||
		p.punct(e) == "(" || p.punct(e) == "*" {
		return 0, end
	}
	return d, e
}

// choiceAfter reports a list of days offered as a choice: "Monday and
// Wednesday evenings (choose one)" meets on one of them.
func (p *parser) choiceAfter(end int) bool {
	switch p.punct(end) {
	case "(", ",", ";", "–", "—":
	default:
		return false
	}
	k := end + 1
	if p.word(k) == "you" {
		k++
	}
	switch p.word(k) {
	case "choose", "pick", "select":
		// ("choose from three locations", "pick the 9 a.m. or 6 p.m.
		// group": a choice of something else.)
		switch p.word(k + 1) {
		case "one", "either", "which", "any", "a", "the":
			return p.word(k+1) != "the" || p.word(k+2) == "day" || p.word(k+2) == "days"
		}
		return false
	case "whichever":
		return true
	case "your":
		return p.word(k+1) == "choice"
	}
	return false
}

// dayAfterBracket is the token of the day that goes on with a list past
// a bracket at end, -1 when none: "Monday and Wednesday evenings
// (6:00–9:00 p.m.) and Saturday morning" (the hours in brackets do not
// end the list), but not "(5:30–8:30 p.m.) and Saturday family sessions
// are optional" (the day after it starts another subject).
func (p *parser) dayAfterBracket(end int) int {
	if p.punct(end) != "(" {
		return -1
	}
	for k := end + 1; k < len(p.toks) && k <= end+12; k++ {
		if p.punct(k) != ")" {
			continue
		}
		d := k + 2
		if p.punct(k+1) == "," && p.word(k+2) == "and" {
			d = k + 3
		}
		if _, day := weekdays[p.word(d)]; day && (p.word(k+1) == "and" || p.punct(k+1) == ",") && p.closesList(d) {
			return d
		}
		return -1
	}
	return -1
}

// dayAfterClock is the token of the day that goes on with a list past
// the clock span that times the days before it, -1 when none: "Monday
// and Wednesday, 6:00 to 9:00 p.m., and Sunday, 2:00 to 5:00 p.m." meets
// on three days, and so does "…, 6 to 9 p.m., Saturday from 9 a.m. to
// noon". The day must be timed in turn, or end the sentence: "…, and
// Saturday, families are invited to a potluck", "…, and Friday, 4:00 to
// 5:00 p.m., is our alumni hour" name a day of something else.
func (p *parser) dayAfterClock(end int) int {
	// ("Tuesday & Thursday 6-9 pm, Saturday 10 am - 1 pm": the span may
	// follow its days with no comma.)
	from := end
	if p.punct(end) == "," {
		from++
	}
	if from >= len(p.toks) {
		return -1
	}
	// ("Tuesday and Thursday from 4 to 7 p.m. and Saturday from 10 a.m.
	// to 1 p.m.": or with "and" alone after it, the next day's own span
	// following in turn.)
	k := p.clockSpanEnd(from)
	d := k + 1
	if k < 0 {
		if k = p.clockSpanEndBeforeAnd(from); k < 0 {
			return -1
		}
		d = k
	} else if p.punct(k) != "," {
		return -1
	}
	// ("…, plus Saturday 9 a.m. to noon": a day added with its own span.)
	if p.word(d) == "and" || p.word(d) == "plus" {
		d++
		// ("… and on Saturday mornings from 9 a.m. to noon".)
		if p.word(d) == "on" {
			d++
		}
	}
	// (A day's abbreviation, "Sat." or "Sat", counts when a time
	// follows it.)
	_, day := weekdays[p.word(d)]
	short := day && len(p.word(d)) < 6
	if !day || !p.capitalised(d) {
		return -1
	}
	after := d + 1
	if short && p.punct(after) == "." && p.toks[after].start == p.toks[d].end {
		after++
	}
	if short && (after >= len(p.toks) || p.toks[after].kind != tNum) {
		return -1
	}
	if dayParts[p.word(after)] {
		after++
	}
	if after >= len(p.toks) || p.punct(after) == "." {
		return d
	}
	from = after
	if p.punct(from) == "," {
		from++
	}
	e := p.clockSpanEnd(from)
	if e < 0 {
		return -1
	}
	// (After its span: the sentence ends, or goes on with where or
	// another day; not "…, is our alumni hour".)
	if e >= len(p.toks) || p.punct(e) == "." || p.punct(e) == ";" || p.punct(e) == "," && p.word(e+1) != "is" && p.word(e+1) != "are" {
		return d
	}
	return -1
}

// clockSpanEndBeforeAnd is the token "and" right after a span of clock
// times that starts at token i, as clockSpanEnd reads one; -1 when the
// span is followed by anything else.
func (p *parser) clockSpanEndBeforeAnd(i int) int {
	if e := p.clockSpanTo(i); e >= 0 && p.word(e) == "and" {
		return e
	}
	return -1
}

// clockSpanTo is the token after a span of clock times that starts at
// token i ("6:00 to 9:00 p.m.", "from 9 a.m. to noon"), whatever follows
// it; -1 when none starts there.
func (p *parser) clockSpanTo(i int) int {
	if p.word(i) == "from" {
		i++
	}
	e := p.clockTimeEnd(i)
	if e < 0 {
		return -1
	}
	if w := p.word(e); w == "to" || w == "until" || isDash(p.punct(e)) {
		e++
	} else {
		return -1
	}
	return p.clockTimeEnd(e)
}

// clockSpanEnd is the token after a span of clock times that starts at
// token i ("6:00 to 9:00 p.m.", "from 9 a.m. to noon") when a comma, a
// full stop, a semicolon or the end comes right after it; -1 otherwise.
func (p *parser) clockSpanEnd(i int) int {
	e := p.clockSpanTo(i)
	if e < 0 {
		return -1
	}
	if e < len(p.toks) && p.punct(e) != "," && p.punct(e) != ";" && p.punct(e) != "." {
		return -1
	}
	return e
}

// clockTimeEnd is the token after one clock time at token i ("6",
// "6:00", "9:00 p.m.", "noon"); -1 when none starts there.
func (p *parser) clockTimeEnd(i int) int {
	if w := p.word(i); w == "noon" || w == "midnight" {
		return i + 1
	}
	if !p.isNum(i) {
		return -1
	}
	e := i + 1
	if p.punct(e) == ":" && p.isNum(e+1) && p.glued(e) && p.glued(e+1) {
		e += 2
	}
	return p.clockSuffix(e)
}

// closesList reports a day at token d that goes on with the list: after
// it (and a part of the day) come punctuation, a bracket of its own, the
// text's end, or another day ("(9–12), Wednesday and Friday").
func (p *parser) closesList(d int) bool {
	k := d + 1
	if dayParts[p.word(k)] {
		k++
	}
	if k >= len(p.toks) {
		return true
	}
	if p.word(k) == "and" || p.punct(k) == "," {
		_, day := weekdays[p.word(k+1)]
		return day || p.punct(k) == ","
	}
	return p.toks[k].kind == tPunct
}

// capitalised reports a word token written with a capital first letter.
// listGoesOn reports a day at token d that a list of days goes on from:
// a separator, a conjunction, another day, a part of the day or a time
// after it (and its full stop), not a word of a new sentence ("Sat.
// sessions are optional", "Sun. Family Night").
func (p *parser) listGoesOn(d int) bool {
	k := d + 1
	if p.punct(k) == "." && k < len(p.toks) && p.toks[k].start == p.toks[d].end {
		k++
	}
	if k >= len(p.toks) {
		return true
	}
	switch p.punct(k) {
	case ",", "&", "/":
		return true
	}
	w := p.word(k)
	if _, day := weekdays[w]; day || dayParts[w] {
		return true
	}
	switch w {
	case "and", "from", "to", "through", "at", "in", "for", "on", "each", "every", "only", "until":
		return true
	}
	return p.toks[k].kind == tNum
}

// verbAfter reports a verb right after a list of days, past its last
// full stop: "Sat. and Sun. are reserved".
func (p *parser) verbAfter(end int) bool {
	if p.punct(end) == "." {
		end++
	}
	switch p.word(end) {
	case "are", "is", "were", "was", "will", "remain", "remains", "stay", "stays", "have", "has":
		return true
	}
	return false
}

// abbrevStop reports the full stop at i as an abbreviation's, touching
// the word before it and followed by more of the sentence: "Mon. and
// Wed.", "Tues., Thurs.", but not the stop that ends "… on Sat."
func (p *parser) abbrevStop(i int) bool {
	if i <= 0 || i+1 >= len(p.toks) || p.toks[i].start != p.toks[i-1].end {
		return false
	}
	switch p.punct(i + 1) {
	case ",", "&", "/", "-", "–", "(":
		return true
	}
	w := p.word(i + 1)
	if w == "and" || w == "or" || w == "to" || w == "through" || w == "thru" || dayParts[w] {
		return true
	}
	if _, day := weekdays[w]; day {
		return true
	}
	return i+1 < len(p.toks) && p.toks[i+1].kind == tNum
}

func (p *parser) capitalised(i int) bool {
	c := p.text[p.toks[i].start]
	return c >= 'A' && c <= 'Z'
}

var dayParts = map[string]bool{"morning": true, "mornings": true, "afternoon": true, "afternoons": true,
	"evening": true, "evenings": true, "night": true, "nights": true}

// frequencyWord reads "once a week", "twice weekly".
func (p *parser) frequencyWord(i int) (Quantity, int, bool) {
	n, ok := frequencies[p.word(i)]
	if !ok {
		return Quantity{}, i, false
	}
	hi, k := n, i+1
	// "once or twice a week", "two or three times a week" is read by the
	// range grammar; here only the frequency words pair up.
	if c := p.word(k); c == "or" || c == "to" {
		if m, ok := frequencies[p.word(k+1)]; ok && m > n {
			hi, k = m, k+2
		}
	}
	per, j, ok := p.rate(k)
	if !ok {
		return Quantity{}, i, false
	}
	q := Quantity{Min: n, Max: hi, HasMin: true, HasMax: true, Unit: Times, Per: per, Qualifier: Exact}
	// "twice weekly, at a minimum", "once a week at the very least": a
	// floor said after it.
	k2 := j
	if p.punct(k2) == "," {
		k2++
	}
	if p.word(k2) == "at" {
		if e, b := p.boundPhrase(k2); b == AtLeast && clauseClosesAt(p, e) {
			q.Qualifier, q.HasMax, q.Max = AtLeast, false, 0
			j = e
		}
	}
	p.span(&q, i, j)
	return q, j, true
}

// gluedDayCodes are weekday codes written as one word, in capitals, and
// how many days they name.
var gluedDayCodes = map[string]float64{"MWF": 3, "TTh": 2, "TuTh": 2, "MTWTh": 4, "MTWThF": 5}

// letterDays reads days written as capital letters joined by slashes,
// "M/W/F", "T/Th", "Tu/Th/Sa", as that many days a week (a bare "T" is
// Tuesday: "T/Th" is two days). Only in a slash
// list of two or more, every code capitalised: a lone "M" or "F" is a
// letter.
//
// ("M, W & F", "M, W, and F": a list with commas, of three codes or
// more, since "M, F" may be anything.)
func (p *parser) letterDays(i int) (Quantity, int, bool) {
	// "MWF", "TTh": the codes written with nothing between, as
	// timetables print them.
	if n, ok := gluedDayCodes[p.word(i)]; ok {
		q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
		p.span(&q, i, i+1)
		return q, i + 1, true
	}
	a, ok := dayLetters[strings.ToLower(p.word(i))]
	if !ok {
		return Quantity{}, i, false
	}
	// "M-F", "M–Th": a range of day letters, written tight.
	if isDash(p.punct(i+1)) && p.glued(i+1) && p.glued(i+2) && p.capitalised(i) && len(p.word(i)) <= 2 {
		if b, ok := dayLetters[strings.ToLower(p.word(i+2))]; ok && b > a && p.capitalised(i+2) && len(p.word(i+2)) <= 2 && !(p.glued(i+3) && p.toks[i+3].kind != tPunct) {
			n := float64(b - a + 1)
			q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
			p.span(&q, i, i+3)
			return q, i + 3, true
		}
	}
	listed := p.punct(i+1) == ","
	// (Not the tail of a list read from its head and refused, nor the
	// list after "or".)
	if _, ok := dayLetters[strings.ToLower(p.word(i-2))]; ok && listed && p.punct(i-1) == "," || listed && p.word(i-1) == "or" {
		return Quantity{}, i, false
	}
	if p.punct(i+1) != "/" && !listed {
		return Quantity{}, i, false
	}
	var seen uint8
	end := i
	for j := i; ; {
		code := strings.ToLower(p.word(j))
		d, ok := dayLetters[code]
		if !ok || !p.capitalised(j) || len(p.word(j)) > 2 {
			break
		}
		if seen&(1<<d) != 0 {
			return Quantity{}, i, false
		}
		seen |= 1 << d
		end = j + 1
		if !listed {
			if p.punct(j+1) != "/" {
				break
			}
			j += 2
			continue
		}
		k := j + 1
		if p.punct(k) == "," {
			k++
		}
		// ("M, T, W, or Th; pick one": days to choose from; "M, W, F,
		// and Saturday mornings": a list that goes on in other words.)
		if w := strings.ToLower(p.word(k)); w == "or" || weekdays[w] > 0 {
			return Quantity{}, i, false
		}
		if p.punct(k) == "&" || p.word(k) == "and" {
			k++
			if weekdays[strings.ToLower(p.word(k))] > 0 {
				return Quantity{}, i, false
			}
		}
		if k == j+1 {
			break
		}
		j = k
	}
	n := float64(bits.OnesCount8(seen))
	// ("M/F" is a sex, "T/F" true or false.)
	if n < 2 || listed && n < 3 || seen == 1<<1|1<<5 || seen == 1<<2|1<<5 {
		return Quantity{}, i, false
	}
	// ("Choose any three evenings: M, T, W, Th, F": days to choose
	// from.)
	if listed && p.choiceBefore(i) {
		return Quantity{}, i, false
	}
	q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, end)
	return q, end, true
}

// choiceBefore reports a word of choosing before token i in its
// sentence, "choose", "pick", "select", "options" or "any" before a
// number, with no verb of meeting between: "Choose any three evenings:
// M, T, W, Th, F", "attend any three of the evenings offered: M, T, W,
// Th, F", "Choose the three evenings that are best for you: M, T, W,
// Th, F"; not "Choose the evening IOP: groups meet M, T, Th", "Choose
// our evening IOP, where groups are held M, W, Th".
func (p *parser) choiceBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch p.punct(k) {
		case ".", ";", "!", "?":
			return false
		}
		switch w := strings.ToLower(p.word(k)); w {
		case "choose", "pick", "select", "options", "option":
			return true
		case "any":
			// ("attend any three of the evenings": a count to choose.)
			if _, ok := smallNumbers[strings.ToLower(p.word(k+1))]; ok || p.toks[k+1].kind == tNum {
				return true
			}
		case "meet", "meets", "run", "runs", "held":
			return false
		}
	}
	return false
}

// dayLetters are the letter codes of weekdays in schedules ("R" is the
// registrar's Thursday).
var dayLetters = map[string]int{"m": 1, "t": 2, "tu": 2, "w": 3, "th": 4, "r": 4, "f": 5, "sa": 6, "su": 7}

// someOfThem pick out some of the days after them, unnamed: "specific
// weekdays", "certain weekdays".
var someOfThem = map[string]bool{"specific": true, "certain": true, "select": true, "selected": true, "some": true, "particular": true,
	"several": true, "designated": true, "set": true, "scheduled": true, "chosen": true, "various": true, "alternate": true, "alternating": true}
