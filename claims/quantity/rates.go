package quantity

import "math/bits"

// weekdayRange reads "Monday through Friday", "Mon–Fri" as days a week,
// and "weekdays" as five.
func (p *parser) weekdayRange(i int) (Quantity, int, bool) {
	if p.word(i) == "weekdays" {
		q := Quantity{Min: 5, Max: 5, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
		p.span(&q, i, i+1)
		return q, i + 1, true
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
	if !ok || b <= a {
		return Quantity{}, i, false
	}
	end := j + 1
	if p.punct(end) == "." && p.glued(end) && len(p.word(j)) <= 4 {
		end++
	}
	n := float64(b - a + 1)
	q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, end)
	return q, end, true
}

// weekdayList reads "Monday, Wednesday and Friday" as 3 days a week. Only
// full day names count: "sun" and "wed" are ordinary words too.
func (p *parser) weekdayList(i int) (Quantity, int, bool) {
	// "the gap between Thursday and Monday", "between Monday and
	// Thursday": two ends of a span, not the days of a list.
	if p.word(i-1) == "between" {
		return Quantity{}, i, false
	}
	var seen uint8 // one bit per weekday
	j, end := i, i
	// "Mon / Tue / Thu": abbreviated days count only in a slash list,
	// where "Sat" or "Sun" cannot be another word.
	slash := p.punct(i+1) == "/"
	for {
		d, ok := weekdays[p.word(j)]
		// ("Mon, Wed, Fri", "Sat and Sun": capitalised abbreviations in
		// a list of two or more are days too.)
		if !ok || len(p.word(j)) < 6 && !slash && !p.capitalised(j) || seen&(1<<d) != 0 {
			break
		}
		seen |= 1 << d
		end = j + 1
		// "Friday evening, Saturday and Sunday": a part of the day
		// after a day is still that day.
		if dayParts[p.word(end)] && !slash {
			end++
		}
		// "Monday and Wednesday evenings (6:00–9:00 p.m.) and Saturday
		// morning": the hours in brackets do not end the list.
		next := end
		if p.punct(end) == "(" && !slash {
			for k := end + 1; k < len(p.toks) && k <= end+12; k++ {
				if p.punct(k) == ")" {
					if _, day := weekdays[p.word(k+2)]; day && (p.word(k+1) == "and" || p.punct(k+1) == ",") {
						next = k + 1
					}
					break
				}
			}
		}
		switch {
		case next != end:
			j = next + 1
		case slash && p.punct(end) == "/":
			j = end + 1
		case slash:
			j = -1
		case p.punct(end) == "," && (p.word(end+1) == "and" || p.word(end+1) == "or"):
			j = end + 2
		case p.punct(end) == "," || p.word(end) == "and" || p.punct(end) == "&":
			j = end + 1
		default:
			j = -1
		}
		if j < 0 {
			break
		}
	}
	n := float64(bits.OnesCount8(seen))
	if n < 2 {
		return Quantity{}, i, false
	}
	q := Quantity{Min: n, Max: n, HasMin: true, HasMax: true, Unit: Day, Per: Week, Qualifier: Exact}
	p.span(&q, i, end)
	return q, end, true
}

// capitalised reports a word token written with a capital first letter.
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
	p.span(&q, i, j)
	return q, j, true
}
