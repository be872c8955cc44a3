package quantity

import "strings"

// Parse returns every quantity in text, in order and non-overlapping.
func Parse(text string) []Quantity {
	tp := tokPool.Get().(*[]token)
	p := parser{text: text, toks: tokenize(text, (*tp)[:0])}
	var out []Quantity
	for i := 0; i < len(p.toks); {
		q, next, ok := p.at(i)
		if ok {
			if q2, next2, ok2 := p.otherBound(q, next); ok2 {
				q, next = q2, next2
			} else if q2, next2, ok2 := p.rangeToFarEnd(q, next); ok2 {
				q, next = q2, next2
			}
			out = append(out, q)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	*tp = p.toks[:0]
	tokPool.Put(tp)
	return out
}

// ParseNumber reads a standalone number expression ("twenty-five",
// "1,000", "½", "-1.2M", "one over three"). Surrounding space and
// trailing punctuation are allowed; anything else is not.
func ParseNumber(s string) (float64, bool) {
	p := parser{text: s, toks: tokenize(s, nil), standalone: true}
	if len(p.toks) == 0 {
		return 0, false
	}
	n, ok := p.number(0)
	if !ok || n.article {
		return 0, false
	}
	for _, t := range p.toks[n.end:] {
		if t.kind != tPunct || t.text == "/" || t.text == "-" {
			return 0, false
		}
	}
	return n.v, true
}

type parser struct {
	text string
	toks []token
	// standalone widens the number grammar for ParseNumber, where
	// nothing around the number can be misread.
	standalone bool
	// single is set while suffix reads the words after one value, not a
	// range ("45 days minimum", not "5 to 7 days max").
	single bool
	// first is the token of the figure whose words suffix reads.
	first int
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].text
}

func (p *parser) punct(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return ""
	}
	return p.toks[i].text
}

func (p *parser) tokText(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind == tNum {
		return ""
	}
	return p.toks[i].text
}

// glued reports that no space precedes token i.
func (p *parser) glued(i int) bool { return i >= 0 && i < len(p.toks) && !p.toks[i].space }

func (p *parser) span(q *Quantity, i, j int) {
	q.Start, q.End = p.toks[i].start, p.toks[j-1].end
	q.Text = p.text[q.Start:q.End]
}

// starters are the words a quantity can begin with.
var starters = startWords()

func startWords() map[string]bool {
	starters := map[string]bool{
		"a": true, "an": true, "half": true, "quarter": true, "minus": true, "negative": true,
		"all": true, "full": true, "whole": true, "another": true, "weekdays": true, "most": true, "Most": true,
	}
	for _, m := range []map[string]float64{smallNumbers, tens, frequencies} {
		for k := range m {
			starters[k] = true
		}
	}
	for k := range weekdays {
		starters[k] = true
	}
	// ("M/W/F": letter codes, whose case the words keep.)
	for k := range dayLetters {
		starters[k], starters[strings.ToUpper(k[:1])+k[1:]] = true, true
	}
	for k := range qualWords {
		starters[k] = true
	}
	for k := range vagueWords {
		starters[k] = true
	}
	for k := range gluedDayCodes {
		starters[k] = true
	}
	starters["around"], starters["round"], starters["twenty"] = true, true, true
	return starters
}

// at tries to read a quantity starting at token i. next is where scanning
// continues, also when nothing was read (to skip past rejected numbers).
func (p *parser) at(i int) (Quantity, int, bool) {
	if i >= len(p.toks) {
		return Quantity{}, i + 1, false
	}
	t := &p.toks[i]
	switch t.kind {
	case tWord:
		if !starterBits.may(t.text) || !starters[t.text] {
			return Quantity{}, i + 1, false
		}
	case tPunct:
		// Commas and full stops are most of the punctuation: one byte
		// that opens no qualifier spares them two map lookups.
		if len(t.text) == 1 {
			switch t.text[0] {
			case '=', '<', '>', '~':
			default:
				return Quantity{}, i + 1, false
			}
		}
		if !qualWords[t.text] && unicodeFractions[t.text] == 0 {
			return Quantity{}, i + 1, false
		}
	}
	if j, ok := p.clockPhrase(i); ok {
		return Quantity{}, j, false
	}
	if t.kind == tNum {
		if q, j, ok := p.suspendedList(i); ok {
			return q, j, true
		}
		if q, j, ok := p.repeatedList(i); ok {
			return q, j, true
		}
	}
	if q, j, ok, done := p.daysBetween(i); done {
		return q, j, ok
	}
	if q, j, ok := p.weekdayRange(i); ok {
		return q, j, true
	}
	if q, j, ok := p.frequencyWord(i); ok {
		return q, j, true
	}
	if q, j, ok := p.wholeUnit(i); ok {
		return q, j, true
	}
	qual, between, j := p.prefix(i)
	// "built around 30-, 60- or 90-day stays": the list after the
	// qualifier, not its first number alone.
	if j > i && qual == Approx && p.isNum(j) {
		if q, k, ok := p.suspendedList(j); ok {
			q.Qualifier = qual
			p.span(&q, i, k)
			return q, k, true
		}
	}
	// "at least once a week", "up to twice weekly".
	if j > i && (qual == AtLeast || qual == UpTo) {
		if q, k, ok := p.frequencyWord(j); ok {
			// "therapy begins at once or twice a week": where a schedule
			// starts, a span of its own, not a floor.
			if startPhraseWords[p.word(i)] && q.HasMin && q.HasMax && q.Min != q.Max {
				p.span(&q, i, k)
				return q, k, true
			}
			q.Qualifier = qual
			if qual == AtLeast {
				q.Max, q.HasMax = 0, false
			} else {
				q.Min, q.HasMin = 0, false
			}
			p.span(&q, i, k)
			return q, k, true
		}
	}
	if q, k, ok := p.vague(i, j); ok {
		return q, k, true
	}
	if j > i && vagueWords[p.word(i)] {
		if q, k, ok := p.vague(i, i); ok {
			return q, k, true
		}
	}
	return p.quantity(i, j, qual, between)
}

// suspendedList reads numbers whose unit is written once, on the last:
// "30-, 60- and 90-day stays" is one span of named lengths, 30 to 90 days.
func (p *parser) suspendedList(i int) (Quantity, int, bool) {
	lo, hi := p.toks[i].num, p.toks[i].num
	j := i
	for n := 0; n < 6; n++ {
		// number, glued hyphen, then "," or "and"/"or" before the next.
		if !p.isNum(j) || !isHyphen(p.punct(j+1)) || !p.glued(j+1) {
			return Quantity{}, i, false
		}
		k := j + 2
		if p.punct(k) == "," {
			k++
		}
		last := false
		if w := p.word(k); w == "and" || w == "or" {
			k++
			last = true
		}
		if !p.isNum(k) || k == j+2 && !last {
			return Quantity{}, i, false
		}
		v := p.toks[k].num
		lo, hi = min(lo, v), max(hi, v)
		if last {
			u, _, e, adj := p.unit(k+1, false)
			if u == None || !adj {
				return Quantity{}, i, false
			}
			q := Quantity{Min: lo, Max: hi, HasMin: true, HasMax: true, Unit: u, Qualifier: Exact, Adjectival: true}
			// ("a 3- or 4-day weekly schedule": days of a week, as
			// "a 4-day weekly schedule" is.)
			if per, j2, ok := p.rate(e); ok && per != u {
				q.Per, e = per, j2
			}
			p.span(&q, i, e)
			return q, e, true
		}
		j = k
	}
	return Quantity{}, i, false
}

// repeatedList reads lengths listed each with its own unit, the unit
// glued on: "30-day, 60-day, and 90-day stays" is one span of named
// lengths, 30 to 90 days, as "30-, 60- and 90-day stays" is. The last
// follows "and" or "or", and every unit is the same ("a 5-day, 4-hour
// schedule" lists no lengths).
func (p *parser) repeatedList(i int) (Quantity, int, bool) {
	lo, hi := p.toks[i].num, p.toks[i].num
	var unit Unit
	j, last := i, false
	for n := 0; n < 6; n++ {
		if !p.isNum(j) || !isHyphen(p.punct(j+1)) || !p.glued(j+1) {
			return Quantity{}, i, false
		}
		u, _, e, adj := p.unit(j+1, false)
		if u == None || !adj || unit != None && u != unit {
			return Quantity{}, i, false
		}
		unit = u
		v := p.toks[j].num
		lo, hi = min(lo, v), max(hi, v)
		if last {
			q := Quantity{Min: lo, Max: hi, HasMin: true, HasMax: true, Unit: u, Qualifier: Exact, Adjectival: true}
			p.span(&q, i, e)
			return q, e, true
		}
		k := e
		if p.punct(k) == "," {
			k++
		}
		if w := p.word(k); w == "and" || w == "or" {
			k++
			last = true
		}
		if k == e {
			return Quantity{}, i, false
		}
		j = k
	}
	return Quantity{}, i, false
}

// quantity reads a number at j (after qualifier words from i) with its
// unit, range, continuation and rate.
func (p *parser) quantity(i, j int, qual Qualifier, between bool) (Quantity, int, bool) {
	n1, ok := p.number(j)
	ranked := false
	if !ok {
		n1, ok = p.rank(j, between || qual == AtLeast || qual == UpTo)
		if !ok {
			return Quantity{}, i + 1, false
		}
		ranked = true
	}
	if e, reject := p.notAQuantity(j, n1.end); reject {
		return Quantity{}, e, false
	}
	q := Quantity{Qualifier: qual}
	lo := n1.v
	u1, f1, end, adj := p.unitAfter(n1)
	leftUnit := u1 != None
	if u1 == None && n1.article {
		return Quantity{}, i + 1, false
	}
	if u1 == None && p.isPronounOne(j, n1) {
		return Quantity{}, n1.end, false
	}
	hi := lo * f1
	lo = hi
	plus := false
	// ("20+ hours", "20-plus hours")
	if k := end; p.punct(k) == "+" && p.glued(k) || isHyphen(p.punct(k)) && p.glued(k) && p.word(k+1) == "plus" && p.glued(k+1) {
		plus = true
		end++
		if p.word(end) == "plus" {
			end++
		}
		if u1 == None {
			if u, f, e, a := p.unitAfter(num{v: n1.v, end: end}); u != None {
				u1, end, adj, lo, hi = u, e, a, n1.v*f, n1.v*f
			}
		}
	}
	ranged := false
	if !plus {
		r, ok := p.rangeEnd(n1, u1, f1, end, between)
		// A rank reads only as one end of a range ("from the first to
		// the third week"): "from the first days of withdrawal" is no
		// quantity.
		if ranked && (!ok || r.reject) {
			return Quantity{}, n1.end, false
		}
		if ok {
			if r.reject {
				return Quantity{}, r.end, false
			}
			lo, hi, u1, end, adj = r.lo, r.hi, r.unit, r.end, adj || r.adj
			ranged = true
			if r.open {
				plus = true
			}
			// "spread over three to five days": a preposition before a
			// range says where it applies, not that it is a bound.
			if j == i+1 && prepositions[p.word(i)] {
				q.Qualifier, i = "", j
			}
			// "from 28-30 days to several months": a range that runs on
			// to a far end with no number is open above its low end, as
			// "from 30 days to several months" is; it is no 28-to-30-day
			// stay.
			if !plus && lo < hi && p.word(end) == "to" {
				if e, ok := p.vagueFarEnd(end+1, u1); ok {
					hi, end, plus = lo, e, true
				}
			}
			// "1–6 months+": a plus glued to the range's unit leaves it
			// open above, as "1–6+ months" does.
			if !plus && lo < hi && p.punct(end) == "+" && p.glued(end) {
				plus = true
				end++
			}
		}
	}
	// ("a six week program", "a 6 to 9 month stay": a span in the
	// singular before a noun modifies it, as "six-week" does.)
	if !adj && hi > 1 && singularSpanBeforeNoun(p, end) {
		adj = true
	}
	q.Unit, q.Adjectival = u1, adj
	switch {
	case u1 == None || lo != hi || unitRank[u1] == 0:
	case ranged:
		// "an hour to an hour and a half", "between an hour and an hour
		// and a half": what follows the right side adds to it alone.
		if v, u, e := p.compound(hi, u1, end); e > end {
			lo, hi, q.Unit, end = inFiner(lo, u1, u), v, u, e
		}
	default:
		e0 := end
		lo, q.Unit, end = p.compound(lo, u1, end)
		hi = lo
		// "between a month and a half and three months": the range's
		// right side follows the compound left one.
		// "an hour and a half to two hours": so does a "to" range's,
		// when the left side was a compound and the right one has a unit.
		if c := p.word(end); between && c == "and" || !between && c != "and" && end > e0 {
			if r, ok := p.rangeEnd(num{v: lo, end: end}, q.Unit, 1, end, between); ok && !r.reject && r.unit != None && r.hi > r.lo {
				lo, hi, q.Unit, end = r.lo, r.hi, r.unit, r.end
			}
		}
	}
	if plus {
		q.Qualifier = AtLeast
	}
	p.single, p.first = lo == hi, j
	end = p.suffix(end, &q)
	// ("extending to 90 days or more": how far stays go, and past it.)
	if q.OpenEnded && q.Qualifier == UpTo && (extendingTo[p.word(i)] || extendingTo[p.word(i+1)]) {
		q.Qualifier = AtLeast
	}
	if q.Unit == None && (q.OpenEnded || q.Qualifier == UpTo && p.word(end-2) == "or" && (p.word(end-1) == "fewer" || p.word(end-1) == "less")) {
		// "20 or more hours per week": the unit follows the continuation,
		// as it does a bound's: "nine or fewer hours a week".
		if u, f, e, a := p.unitAfter(num{v: hi, end: end}); u != None {
			q.Unit, q.Adjectival, end = u, a, e
			lo, hi = lo*f, hi*f
		}
	}
	// "two to four (2-4) weeks": figures restated in digits in brackets
	// before the unit.
	if q.Unit == None && p.punct(end) == "(" {
		if r, k, ok := p.quantity(end+1, end+1, "", false); ok && r.Unit == None && r.Min == lo && r.Max == hi && p.punct(k) == ")" {
			if u, f, e, a := p.unit(k+1, false); u != None && u != Times {
				q.Unit, q.Adjectival, end = u, a, e
				lo, hi = lo*f, hi*f
			}
		}
	}
	// "4 to 5, sometimes 6, weeks", "four or five, even six, days a
	// week", "4 to 5 even up to 6 days": a range stretched to a further
	// figure before its unit runs from its low end to that figure.
	if q.Unit == None && lo < hi && !plus {
		if c, ok := p.stretchedTo(end, hi); ok {
			if u, f, e, a := p.unitAfter(c); u != None && u != Times {
				q.Unit, q.Adjectival, end = u, a, e
				lo, hi = lo*f, c.v*f
			}
		}
	}
	if w := p.word(end); q.Unit == None && (w == "weekdays" || w == "weeknights" || w == "weekday") {
		// "three to five weekdays", "four weeknights": days of the week;
		// "over five weekdays" spreads something across them.
		q.Unit, q.Per = Day, Week
		end++
		if q.Qualifier == AtLeast && p.word(i) == "over" {
			q.Qualifier = ""
		}
		// "two weekday afternoons plus Saturday morning": one day more.
		j := end
		if partOfDayUnit[p.word(j)] {
			j++
		}
		if _, day := weekdays[p.word(j+1)]; day && p.word(j) == "plus" && lo == hi {
			lo, hi, end = lo+1, hi+1, j+2
			if partOfDayUnit[p.word(end)] {
				end++
			}
		}
	}
	if q.Unit == None && lo >= 1 && hi <= 7 && !adj {
		// "Sessions: 1-2 per week": a bare count with a rate counts
		// times.
		if w := p.word(end); w == "per" || w == "each" || w == "every" {
			if per, j2, ok := p.rate(end); ok && per == Week {
				q.Unit, q.Per, end = Times, Week, j2
			}
		}
	}
	// "on a four-evening week", "a five-day week": the week those days
	// make up. (Only of a week's days: "a 90-day stay" stays a length,
	// and "a four-day week-long retreat" a retreat.)
	// ("Our therapists work a four-day week": a job's week.)
	if q.Unit == Day && q.Per == None && adj && lo == hi && lo >= 1 && lo <= 7 && p.word(end) == "week" && !(isHyphen(p.punct(end+1)) && p.glued(end+1)) &&
		!workVerbs[p.word(i-2)] {
		q.Per, q.Adjectival = Week, false
		end++
	}
	if q.Unit != None && q.Per == None {
		// ("three days or evenings a week": the days named twice, then
		// their rate.)
		r := end
		if w := p.word(end + 1); q.Unit == Day && p.word(end) == "or" && (partOfDayUnit[w] || w == "days") {
			r = end + 2
		}
		if per, j2, ok := p.rate(r); ok && per != q.Unit && (r == end || per == Week) {
			q.Per, end = per, j2
			p.single, p.first = lo == hi, j
			end = p.suffix(end, &q)
		} else if k, ok := p.asideEnd(end); ok {
			// "3 to 5 days (or evenings) per week", "five days (Monday
			// to Friday) a week", "3 Days (Mon, Wed, Fri) A Week": an
			// aside between the unit and its rate. (Not a week of
			// something: "28 days (on average)" / "A week of family work
			// …" starts a line of its own.)
			if per, j2, ok := p.rate(k); ok && per != q.Unit && p.word(j2) != "of" {
				q.Per, end = per, j2
				p.single, p.first = lo == hi, j
				end = p.suffix(end, &q)
			}
		}
	}
	// "one or two weekly therapy sessions", "three weekly group
	// sessions": the count's rate said before its unit. (Not "18 weekly
	// counseling groups (36 hours)" nor "a cycle of six weekly sessions",
	// the weeks' meetings counted over a course, nor "five weekly sessions
	// on Saturday mornings", one a week.)
	if q.Unit == Session && q.Per == None && hi <= 3 && p.weeklyWithin(j, end) && !p.courseSaid() && !dayNamedAt(p.word(end), p.word(end+1)) &&
		!sessionsCounted[strings.ToLower(p.word(j-1))] && !(p.word(end) == "in" && p.word(end+1) == "a" && p.word(end+2) == "row") {
		q.Per = Week
	}
	// "three hours on four evenings": the hours of each of them. ("a
	// total of nine hours on three evenings", "12 hours on three evenings",
	// "25 hours on five days each week" are the week's.)
	if q.Unit == Hour && q.Per == None && p.word(end) == "on" && lo == hi && !p.totalBefore(i) {
		if n, ok := p.number(end + 1); ok && n.v >= 2 && n.v <= 7 {
			w := p.word(n.end)
			cap := 0.0
			switch {
			case dayParts[w]:
				cap = 6
			case w == "days", w == "weekdays", w == "weeknights":
				cap = 8
			}
			if hi <= cap && !p.weekAfter(n.end+1) {
				q.Per = Day
			}
		}
	}
	// "9-12 hours over 3-5 days per week", "ten hours across four
	// evenings a week": hours spread over the week's days are the week's.
	// (Not hours too few to spread: "3 hours over three days a week" may
	// be each day's.)
	if q.Unit == Hour && q.Per == None && (p.word(end) == "over" || p.word(end) == "across") {
		if days, ok := p.weekDaysAt(end + 1); ok && lo >= 2*days {
			q.Per = Week
		}
	}
	// "two nights a week plus a Saturday morning", "…, and a Saturday
	// session": one meeting day more. ("plus a Saturday, twice a month,
	// for family workshops", "plus a Friday for graduation": a day that
	// is no meeting of the week.)
	if q.Unit == Day && q.Per == Week && lo == hi {
		j := end
		if p.punct(j) == "," {
			j++
		}
		// (After "and" only with its article: "four weeknights and
		// Saturday morning" is read with the list it ends.)
		if w := p.word(j); w == "plus" || w == "and" && (p.word(j+1) == "a" || p.word(j+1) == "one") {
			j++
			if w := p.word(j); w == "a" || w == "one" {
				j++
			}
			if _, day := weekdays[p.word(j)]; day && len(p.word(j)) >= 6 && p.capitalised(j) && (partOfDayUnit[p.word(j+1)] || meetingNoun[p.word(j+1)]) {
				k := j + 2
				if meetingNoun[p.word(k)] {
					k++
				}
				if w := p.word(k); k >= len(p.toks) || p.punct(k) == "." || p.punct(k) == ";" || p.punct(k) == ")" || p.punct(k) == "," && !frequencyWord[p.word(k+1)] ||
					w == "for" || w == "with" || w == "at" || w == "in" {
					lo, hi, end = lo+1, hi+1, k
				}
			}
		}
	}
	if p.ageOrAgo(end, q.Unit) {
		return Quantity{}, end, false
	}
	// "an evening option is planned", "we added a morning group": the
	// part of the day names a kind of track, it counts no days.
	// ("a morning or evening cohort": the kinds are coordinated.)
	// ("every lodge has a night-shift counselor", "an evening-only
	// group": the part of the day joined to the next word names a kind.)
	if n1.article && q.Per == None && partOfDayUnit[p.word(end-1)] &&
		(trackNouns[p.word(end)] || movedToTrack(p.word(i-1), p.word(end)) || (p.word(end) == "or" || p.word(end) == "and") && partOfDayUnit[p.word(end+1)] && trackNouns[p.word(end+2)] ||
			p.punct(end) == "-" && p.glued(end) && p.word(end+1) != "") {
		return Quantity{}, end, false
	}
	q.Min, q.Max, q.HasMin, q.HasMax = lo, hi, true, true
	// "as little as four hours a day" is a floor; "as little as 12 to 14
	// days" names the short end as a range (the labelled pages read both
	// so).
	if q.Qualifier == Exact && lo == hi && asLittle(p.word(i), p.word(i+1), p.word(i+2)) {
		q.Qualifier = AtLeast
	}
	// "as long as three to six months" names the long end as a range,
	// as "as little as" names the short one; "as long as 12 weeks" is a
	// ceiling.
	// ("up to three to five weeks" is the span the most falls in, read
	// as the span, as the labelled pages read it; "up to 5 or 6
	// evenings" offers two ceilings, and stays one.)
	if q.Qualifier == UpTo && lo != hi && (asLong(p.word(i), p.word(i+1), p.word(i+2)) || p.word(i) == "up" && p.word(i+1) == "to" && !p.wordIn(i+2, end, "or")) {
		q.Qualifier = Exact
	}
	switch q.Qualifier {
	case AtLeast:
		// "more than 60 days to 2 years": a bound on the near end, whose
		// own unit sets it apart from the far one; the range keeps both.
		if ranged && leftUnit && !plus && lo < hi {
			q.Qualifier = Exact
			break
		}
		q.HasMax, q.Max = false, 0
		if lo != hi {
			// "more than 3-5 days" bounds the range from below.
			q.Min = lo
		}
	case UpTo:
		q.HasMin, q.Min = false, 0
	case "":
		q.Qualifier = Exact
	}
	p.span(&q, i, end)
	return q, end, true
}

// wordIn reports w among the words of tokens [from, to).
func (p *parser) wordIn(from, to int, w string) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if p.word(k) == w {
			return true
		}
	}
	return false
}

var prepositions = map[string]bool{"over": true, "under": true, "within": true, "above": true, "below": true}

// isPronounOne reports "one" used as a pronoun ("the one you mentioned").
func (p *parser) isPronounOne(j int, n num) bool {
	if n.end != j+1 || p.word(j) != "one" {
		return false
	}
	// "programs last one to three months": a range's first figure,
	// whatever word stands before it.
	if w := p.word(j + 1); w == "to" || w == "or" {
		if _, ok := p.unsigned(j + 2); ok {
			return false
		}
	}
	if pronounOne[p.word(j-1)] || ordinals[p.word(j-1)] != 0 {
		return true
	}
	switch p.word(j + 1) {
	case "another", "can", "could", "should", "would", "must", "might", "will", "cannot", "needs", "has", "is":
		return true
	}
	return false
}

// rank reads "the tenth" where a range or bound asks for one.
func (p *parser) rank(j int, wanted bool) (num, bool) {
	if !wanted || p.word(j) != "the" {
		return num{}, false
	}
	if v, ok := ordinals[p.word(j+1)]; ok {
		return num{v: v, end: j + 2, words: true}, true
	}
	return num{}, false
}

// unitAfter reads the unit that follows a number: "hours", "-week",
// "more minutes", "quarters of an hour".
func (p *parser) unitAfter(n num) (Unit, float64, int, bool) {
	k := n.end
	// ("ten consecutive weeks", "30 straight days", "five full days":
	// a word saying the units run unbroken stands between.)
	if w := p.word(k); (w == "more" || w == "extra" || w == "additional" || w == "less" || w == "fewer" || unbroken[w]) && !n.article {
		if u, f, e, a := p.unit(k+1, false); u != None && !a {
			return u, f, e, a
		}
	}
	if n.frac && p.word(k) == "of" {
		k2 := k + 1
		if w := p.word(k2); w == "a" || w == "an" || w == "the" {
			k2++
		}
		if u, f, e, a := p.unit(k2, false); u != None && u != Times {
			return u, f, e, a
		}
	}
	u, f, e, a := p.unit(k, n.article)
	if u == None && !n.article {
		u, f, e, a = p.modifiedCount(k)
	}
	// "3x weekly", "2x/week", "3× week": times, glued to the count.
	if u == None && !n.article && (p.word(k) == "x" || p.punct(k) == "×") && p.glued(k) {
		if _, _, ok := p.rate(k + 1); ok {
			return Times, 1, k + 1, false
		}
	}
	if u == Times && (n.frac || n.v != float64(int64(n.v))) {
		return None, 1, k, false
	}
	if u == None {
		return None, 1, k, false
	}
	return u, f, e, a
}

var unbroken = map[string]bool{"consecutive": true, "straight": true, "continuous": true, "full": true, "solid": true, "uninterrupted": true}

// compound collapses "1 hour and 30 minutes", "an hour and a half",
// "1 year, 2 days", "1 hour thirty" into one value in the finest unit.
func (p *parser) compound(v float64, u Unit, end int) (float64, Unit, int) {
	type part struct {
		v float64
		u Unit
	}
	parts := [8]part{{v, u}}
	n := 1
	finest := u
	// "four mornings, three hours each" counts days, then their hours: a
	// part of a day is no duration to add up.
	if w := p.word(end - 1); partOfDayUnit[w] {
		return v, u, end
	}
	for n < len(parts) {
		j := end
		if p.punct(j) == "," {
			j++
		}
		and := p.word(j) == "and"
		if and {
			j++
		}
		if and || j == end {
			if f, ok := p.fraction(j); ok {
				if fu, _, _, _ := p.unit(f.end, false); fu == None {
					parts[n-1].v += f.v
					end = f.end
					continue
				}
			}
		}
		m, ok := p.number(j)
		if !ok || m.article && !and {
			break
		}
		u2, f2, e2, adj := p.unit(m.end, m.article)
		if u2 == None && !m.article && finest == Hour && m.v < 60 && m.v == float64(int(m.v)) && !p.isNum(m.end) && p.word(m.end) == "" && p.punct(m.end) != "-" && p.punct(m.end) != "/" && p.punct(m.end) != ":" {
			// "1 hour thirty": minutes left unsaid.
			parts[n] = part{m.v, Minute}
			n++
			finest, end = Minute, m.end
			break
		}
		if u2 == None || adj || !finer(u2, finest) {
			break
		}
		// "three sessions a week, three hours each": a clock's hours after
		// a comma do not add to weeks, months or years.
		if j > end && unitRank[finest] >= unitRank[Day] && unitRank[u2] <= unitRank[Hour] {
			break
		}
		if _, _, ok := p.rate(e2); ok {
			break
		}
		parts[n] = part{m.v * f2, u2}
		n++
		finest, end = u2, e2
	}
	total := 0.0
	for _, pt := range parts[:n] {
		total += inFiner(pt.v, pt.u, finest)
	}
	return total, finest, end
}

// wholeUnit reads "all day", "a full week", "another month": one unit.
func (p *parser) wholeUnit(i int) (Quantity, int, bool) {
	w := p.word(i)
	if w != "all" && w != "full" && w != "whole" && w != "another" {
		return Quantity{}, i, false
	}
	j := i + 1
	adj := false
	if isHyphen(p.punct(j)) && p.glued(j) && p.glued(j+1) {
		j++
		adj = true
	}
	w2 := p.word(j)
	u, ok := units[w2]
	if !ok || shortUnits[w2] || u == Times || u == Session || w2[len(w2)-1] == 's' {
		return Quantity{}, i, false
	}
	if w == "all" && p.word(j+1) == "long" {
		return Quantity{}, i, false
	}
	q := Quantity{Min: 1, Max: 1, HasMin: true, HasMax: true, Unit: u, Qualifier: Exact, Adjectival: adj}
	end := j + 1
	if per, j2, ok := p.rate(end); ok && per != u {
		q.Per, end = per, j2
	}
	p.span(&q, i, end)
	return q, end, true
}

// modifiedCount reads a count unit behind a word or two that only says
// what kind of meeting it is: "three treatment sessions", "3–5 half days
// per week", "two group sessions weekly". Only counted units qualify, and
// only these modifiers: any noun could sit there, but then it is the noun
// that is counted ("3 program hours" is not hours of anything we know).
func (p *parser) modifiedCount(k int) (Unit, float64, int, bool) {
	j := k
	// ("25 day time hours a week", "day-time hours": one word of care
	// for hours, spelled apart.)
	daytime := false
	if p.word(k) == "day" {
		if e := p.dayTimeEnd(k + 1); e > 0 {
			j, daytime = e, true
		}
	}
	// (A word that only names hours as care, "nine therapeutic hours per
	// week", "9 contact hours a week", is read on too: the Hour case below
	// keeps it to hours at a rate.)
	for n := 0; !daytime && n < 2 && (countModifiers[p.word(j)] || programModifier(p.word(j)) || n == 0 && hourModifiers[p.word(j)]); n++ {
		j++
		// ("three half-days": the modifier hyphenated to its unit.)
		if isHyphen(p.punct(j)) && p.glued(j) {
			j++
		}
		// ("one individual or family session", "one group, individual
		// or family session": kinds of meeting, one of which is held;
		// not "three group and individual sessions", meetings of both
		// kinds counted together.)
		for m := 0; m < 3; m++ {
			l := j
			if p.punct(l) == "," {
				l++
			}
			if p.word(l) == "or" {
				l++
			}
			if l == j || !countModifiers[p.word(l)] && !listedModifiers[p.word(l)] {
				break
			}
			j = l + 1
		}
	}
	if j == k {
		return None, 1, k, false
	}
	u, f, e, a := p.unit(j, false)
	switch u {
	case Session, Day, Times:
		if !a {
			return u, f, e, false
		}
	case Hour:
		// "9 to 15 treatment hours per week", "20 clinical hours a
		// week": hours of care, said so by one word of care and a rate
		// after them. ("3 program hours" alone, or "40 credit hours",
		// stay unread; so does "one therapy hour a week", the hour of a
		// kind of care rather than a program's week.)
		// ("12 total hours of counseling per week": the rate may follow
		// what the hours are of.)
		if !a && (j == k+1 && hourModifiers[p.word(k)] || daytime) && p.word(j) != "hour" {
			if _, _, ok := p.rate(e); ok {
				return u, f, e, false
			}
			if p.word(e) == "of" && p.word(e+1) != "" {
				if _, _, ok := p.rate(e + 2); ok {
					return u, f, e, false
				}
			}
		}
	}
	return None, 1, k, false
}

// sessionsCounted before a count of weekly sessions make it a number of
// meetings, not a week's: "the first two weekly sessions", "misses three
// weekly sessions", "after two or three weekly sessions".
var sessionsCounted = map[string]bool{"first": true, "last": true, "next": true, "initial": true, "final": true, "after": true,
	"within": true, "miss": true, "misses": true, "missed": true, "missing": true, "skip": true, "skips": true, "skipped": true}

// courseSaid reports words in the text that make a count of weekly
// meetings a course's: "a cycle of", "a series of", "runs for".
func (p *parser) courseSaid() bool {
	for k := range p.toks {
		switch p.word(k) {
		case "cycle", "cycles", "course", "series", "curriculum", "module", "modules", "runs", "run", "lasts", "last", "over",
			// ("Most clients complete two weekly sessions before
			// graduating": a course's meetings, counted.)
			"complete", "completes", "completed", "completing", "graduate", "graduates", "graduating", "finish", "finishes":
			return true
		}
	}
	return false
}

// dayNamedAt reports "on Saturday", "on Tuesdays" at the words w, n.
func dayNamedAt(w, n string) bool {
	if w != "on" {
		return false
	}
	_, ok := weekdays[strings.ToLower(n)]
	return ok
}

// weeklyWithin reports "weekly" among the words of tokens [i, j).
func (p *parser) weeklyWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if p.word(k) == "weekly" {
			return true
		}
	}
	return false
}

// hourModifiers name hours as hours of care.
var hourModifiers = map[string]bool{
	"treatment": true, "therapy": true, "therapeutic": true, "clinical": true, "counseling": true, "counselling": true,
	"programming": true, "program": true, "programme": true, "contact": true, "service": true, "structured": true,
	"group": true, "daytime": true,
	// "from 10 to 12 total hours of therapy per week".
	"total": true,
}

// extendingTo open the bounds "extending to", "stretching to".
var extendingTo = map[string]bool{"extending": true, "stretching": true}

// workVerbs before "a four-day week" make it a job's.
var workVerbs = map[string]bool{"work": true, "works": true, "working": true, "worked": true}

// programModifier reports a program's name before a count: "three weekly
// IOP sessions". (Pages capitalise it, so it is no keyword of canon.)
func programModifier(w string) bool {
	switch w {
	case "iop", "IOP", "php", "PHP":
		return true
	}
	return false
}

var countModifiers = map[string]bool{
	"treatment": true, "therapy": true, "group": true, "counseling": true, "counselling": true,
	"half": true, "full": true, "clinical": true, "individual": true, "program": true,
	"programming": true, "structured": true, "separate": true, "outpatient": true, "weekly": true,
	"live": true, "virtual": true, "online": true, "in-person": true, "video": true, "telehealth": true,
	// "Five shorter days of about two hours each": an option's days.
	"short": true, "shorter": true, "long": true, "longer": true,
	// "one additional individual session each week".
	"additional": true, "extra": true, "maintenance": true,
}

// listedModifiers may follow a count modifier in a list of kinds of
// meeting: "individual or family".
var listedModifiers = map[string]bool{"family": true, "couples": true, "couple": true}

// trackNouns after "an evening" or "a morning" make the part of the day
// a kind of track: "an evening option", "a morning group".
var trackNouns = map[string]bool{"option": true, "track": true, "program": true, "programme": true, "group": true,
	"cohort": true, "class": true, "schedule": true, "shift": true, "service": true, "clinic": true, "iop": true,
	"php": true, "version": true, "section": true, "slot": true, "session": true, "sessions": true, "block": true}

// movedToTrack reports "to an evening IOP", "into a morning PHP": a
// program moved to, named by its track. (The tokens keep an acronym's
// capitals, which trackNouns, lowercase, does not hold; elsewhere "an
// evening IOP" is left as it was read.)
func movedToTrack(before, noun string) bool {
	return (before == "to" || before == "into") && (noun == "IOP" || noun == "PHP")
}

// partOfDayUnit are the day words that count a schedule's days.
// totalBefore reports a sum announced in the words before token i: "a
// total of", "adds up to", "clients log".
func (p *parser) totalBefore(i int) bool {
	for k := max(0, i-3); k < i; k++ {
		switch p.word(k) {
		case "total", "adds", "add", "log", "logs", "complete", "completes", "totals", "totaling", "totalling":
			return true
		}
	}
	return false
}

// weekDaysAt reads a count of a week's days at token i, giving its
// fewest: "3-5 days per week", "four evenings a week", "two to three
// weekdays each week".
func (p *parser) weekDaysAt(i int) (float64, bool) {
	n, ok := p.number(i)
	if !ok || n.v < 1 || n.v > 7 {
		return 0, false
	}
	k := n.end
	if isDash(p.punct(k)) || p.word(k) == "to" {
		if m, ok := p.number(k + 1); ok && m.v > n.v && m.v <= 7 {
			k = m.end
		}
	}
	switch p.word(k) {
	case "days", "evenings", "nights", "mornings", "afternoons", "weekdays", "weeknights":
		return n.v, p.weekAfter(k + 1)
	}
	return 0, false
}

// weekAfter reports "each week", "a week", "every week" or "per week"
// at token i, or one word on.
func (p *parser) weekAfter(i int) bool {
	for k := i; k <= i+2 && k < len(p.toks); k++ {
		if p.word(k) == "week" || p.word(k) == "weekly" {
			return true
		}
	}
	return false
}

// meetingNoun names a meeting after a day: "a Saturday session".
var meetingNoun = map[string]bool{"group": true, "session": true, "class": true, "meeting": true}

// frequencyWord opens how often something comes round: "…, twice a
// month".
var frequencyWord = map[string]bool{"once": true, "twice": true, "every": true, "each": true, "monthly": true, "quarterly": true, "yearly": true, "annually": true}

var partOfDayUnit = map[string]bool{"morning": true, "mornings": true, "afternoon": true, "afternoons": true,
	"evening": true, "evenings": true, "night": true, "nights": true}

// prefixBits has a bit for each first two bytes of a set of words: most
// words of a sentence start no quantity, and the bit test spares them the
// map lookup.
type prefixBits [1 << 16 / 64]uint64

func twoBytes(w string) uint16 {
	if len(w) == 1 {
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

func (b *prefixBits) add(w string) {
	if w != "" {
		k := twoBytes(w)
		b[k>>6] |= 1 << (k & 63)
	}
}

func (b *prefixBits) may(w string) bool {
	if w == "" {
		return true
	}
	k := twoBytes(w)
	return b[k>>6]&(1<<(k&63)) != 0
}

var starterBits = func() *prefixBits {
	var b prefixBits
	for w := range starters {
		b.add(w)
	}
	return &b
}()

// startPhraseWords open the bound phrases that say where something starts
// ("starting at", "begins at").
var startPhraseWords = map[string]bool{"starting": true, "starts": true, "start": true, "beginning": true, "begins": true, "begin": true}

// asideEnd reads a short aside in brackets at token i, "(or evenings)",
// "(Mon–Fri)", and returns the token after it. An aside holding a number
// is a figure of its own ("28 days (four weeks)"), and a long one more
// than an aside.
func (p *parser) asideEnd(i int) (int, bool) {
	if p.punct(i) != "(" {
		return i, false
	}
	for k := i + 1; k < len(p.toks) && k <= i+6; k++ {
		switch p.punct(k) {
		case ")":
			return k + 1, k > i+1
		case "(", ".", ";", ":", "?", "!":
			return i, false
		}
		if _, ok := p.number(k); ok || p.toks[k].kind == tNum {
			return i, false
		}
	}
	return i, false
}

// stretchWords say a further figure is reached only at times: "4 to 5,
// sometimes 6, weeks".
var stretchWords = map[string]bool{"even": true, "sometimes": true, "occasionally": true, "possibly": true, "perhaps": true, "maybe": true}

// stretchedTo reads, at token k after a range whose high end is hi, a
// further figure above it that a stretch word brings in (", or even 6,",
// "even up to 6"): that figure, its end past a closing comma.
func (p *parser) stretchedTo(k int, hi float64) (num, bool) {
	comma := p.punct(k) == ","
	if comma {
		k++
	}
	if w := p.word(k); w == "or" || w == "and" {
		k++
	}
	if !stretchWords[p.word(k)] {
		return num{}, false
	}
	k++
	if p.word(k) == "up" && p.word(k+1) == "to" {
		k += 2
	}
	n, ok := p.number(k)
	if !ok || n.article || n.v <= hi {
		return num{}, false
	}
	// (Set off by commas on both sides or on neither: "4 to 5, sometimes
	// 6 weeks" may list a second figure of its own.)
	if closing := p.punct(n.end) == ","; closing != comma {
		return num{}, false
	} else if closing {
		n.end++
	}
	return n, true
}

// singularSpanBeforeNoun reports a unit of days or longer, in the
// singular, ending right before end, that names a program coming a few
// words on: "a six week program", "a 10 week therapeutic day program",
// "a six week intensive group program". (Stays, periods and the like
// keep the reading they have in the plural.)
func singularSpanBeforeNoun(p *parser, end int) bool {
	switch p.word(end - 1) {
	case "day", "week", "month", "year":
	default:
		return false
	}
	if p.word(end) == "" || !p.toks[end].space {
		return false
	}
	// ("5 day a week program": a rate, no span.)
	switch p.word(end - 2) {
	case "a", "an", "per", "each", "every":
		return false
	}
	for k := end; k < end+5 && k < len(p.toks); k++ {
		w := p.word(k)
		if w == "" {
			if p.punct(k) == "," && k > end {
				continue
			}
			return false
		}
		switch w {
		case "program", "programs", "programme", "programmes", "course", "curriculum":
			return true
		}
		// (Only words that say how the program runs or what care it
		// is: "a twelve week skills course" keeps its plain reading; a
		// rate, a preposition or a verb ends the search too.)
		if !DescribesProgram(w) {
			return false
		}
	}
	return false
}

// DescribesProgram reports a word that may stand between a span and a
// program's noun as its modifier: how it runs or what care it gives
// ("intensive", "therapeutic", "structured", "group", "day",
// "faith-based"), not what it teaches ("skills", "education"). The claim
// reader asks it too, of the words between a length and its program.
func DescribesProgram(w string) bool {
	if programCareWords[w] || strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"ive", "al", "ic", "ed", "ous", "ful", "ly"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// programCareWords name a kind of care a program gives, or whom or when
// it serves.
var programCareWords = map[string]bool{
	"group": true, "groups": true, "day": true, "evening": true, "recovery": true, "treatment": true, "therapy": true, "psychotherapy": true,
	"outpatient": true, "residential": true, "inpatient": true, "partial": true, "hospitalization": true, "rehab": true, "rehabilitation": true,
	"addiction": true, "alcohol": true, "drug": true, "substance": true, "abuse": true, "use": true, "mental": true, "health": true, "dual": true,
	"diagnosis": true, "abstinence": true, "wellness": true, "teen": true, "adolescent": true, "adult": true, "women's": true, "men's": true,
	"christian": true, "weekend": true, "virtual": true, "core": true, "full": true, "detox": true, "sobriety": true,
}
