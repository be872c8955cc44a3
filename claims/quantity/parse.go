package quantity

import "strings"

// Parse returns every quantity in text, in order and non-overlapping.
func Parse(text string) []Quantity {
	p := &parser{text: text, toks: tokenize(text)}
	var out []Quantity
	for i := 0; i < len(p.toks); {
		q, next, ok := p.at(i)
		if ok {
			out = append(out, q)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

type parser struct {
	text string
	toks []token
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

func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].space }

// words reports whether the tokens from i spell ws, returning the index after.
func (p *parser) words(i int, ws ...string) (int, bool) {
	for _, w := range ws {
		if p.word(i) != w && p.punct(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

func (p *parser) make(i, j int) Quantity {
	s, e := p.toks[i].start, p.toks[j-1].end
	return Quantity{Start: s, End: e, Text: p.text[s:e], Qualifier: Exact, HasMin: true, HasMax: true}
}

// at tries to read a quantity starting at token i. next is where scanning
// continues, also when nothing was read (to skip past rejected numbers).
func (p *parser) at(i int) (Quantity, int, bool) {
	if q, j, ok := p.weekdayRange(i); ok {
		return q, j, true
	}
	if q, j, ok := p.frequencyWord(i); ok {
		return q, j, true
	}
	if j, ok := p.aroundTheClock(i); ok {
		return Quantity{}, j, false
	}
	qual, between, j := p.prefix(i)
	if q, k, ok := p.vague(i, j); ok {
		return q, k, true
	}
	n1, k, article, ok := p.number(j)
	if !ok {
		return Quantity{}, i + 1, false
	}
	if end, reject := p.notAQuantity(j, k); reject {
		return Quantity{}, end, false
	}
	q := Quantity{Qualifier: qual}
	lo, hi := n1, n1
	u1, ufac1, end, adj1 := p.unit(k, article)
	if ufac1 == 0 {
		end = k
	}
	// "6+ hours": a plus glued to the number.
	plus := false
	if p.punct(end) == "+" && p.glued(end) {
		plus = true
		end++
		if ufac1 == 0 {
			if u, f, e, adj := p.unit(end, false); f != 0 {
				u1, ufac1, end, adj1 = u, f, e, adj
			}
		}
	}
	ranged := false
	if !plus {
		r := end
		conn := p.punct(r) + p.word(r)
		if (conn == "-" || conn == "–" || conn == "—") && p.word(r+1) == "to" {
			r++
			conn = "to"
		}
		okConn := conn == "-" || conn == "–" || conn == "—" || conn == "to" || conn == "through" || conn == "thru" ||
			conn == "or" && !p.wordsAt(r+1, "more") && !p.wordsAt(r+1, "longer") && !p.wordsAt(r+1, "so") ||
			conn == "and" && ufac1 == 0
		if okConn {
			if n2, k2, art2, ok2 := p.number(r + 1); ok2 && !art2 && n2 >= n1 {
				if e2, reject := p.notAQuantity(r+1, k2); reject {
					return Quantity{}, e2, false
				}
				u2, ufac2, k3, adj2 := p.unit(k2, false)
				switch {
				case ufac2 != 0 && (ufac1 == 0 || u1 == u2):
					f1 := ufac2
					if ufac1 != 0 {
						f1 = ufac1
					}
					lo, hi = n1*f1, n2*ufac2
					u1, ufac1, end, adj1 = u2, 1, k3, adj1 || adj2
					ranged = true
				case ufac2 == 0 && ufac1 == 0 && (conn != "and" || between):
					lo, hi, end = n1, n2, k2
					ranged = true
				}
			}
		}
	}
	if !ranged {
		if ufac1 != 0 {
			lo, hi = n1*ufac1, n1*ufac1
		} else if article {
			return Quantity{}, i + 1, false
		}
	}
	q.Unit = u1
	q.Adjectival = adj1
	// "an hour and a half", "1 hour and 30 minutes".
	if q.Unit != None && !q.Adjectival {
		if j2, ok := p.words(end, "and", "a", "half"); ok && lo == hi {
			lo, hi, end = lo+0.5, hi+0.5, j2
		} else if p.word(end) == "and" {
			if n3, k4, _, ok := p.number(end + 1); ok {
				if u3, f3, k5, _ := p.unit(k4, false); f3 != 0 && finer(u3, q.Unit) && lo == hi {
					lo = lo*toFiner(q.Unit, u3) + n3*f3
					hi, q.Unit, end = lo, u3, k5
				}
			}
		}
	}
	if plus || p.punct(end) == "+" && p.glued(end) {
		if !plus {
			end++
		}
		q.Qualifier = AtLeast
	}

	// Rates.
	if q.Unit != None {
		if per, j2, ok := p.rate(end); ok && per != q.Unit {
			q.Per, end = per, j2
		}
	}
	// Open continuations and trailing qualifiers.
	switch {
	case p.wordsAt(end, "or", "more"), p.wordsAt(end, "or", "over"), p.wordsAt(end, "and", "up"), p.wordsAt(end, "or", "above"):
		end += 2
		q.OpenEnded = true
		if q.Qualifier != UpTo {
			q.Qualifier = AtLeast
		}
	case p.wordsAt(end, "or", "longer"), p.wordsAt(end, "and", "beyond"), p.wordsAt(end, "or", "even", "longer"):
		q.OpenEnded = true
		end += 2
		if p.word(end-1) == "even" {
			end++
		}
	case p.wordsAt(end, "and", "sometimes", "longer"), p.wordsAt(end, "and", "often", "longer"), p.wordsAt(end, "or", "sometimes", "longer"):
		q.OpenEnded = true
		end += 3
	case p.wordsAt(end, "or", "so"):
		q.Qualifier = Approx
		end += 2
	}
	if q.Unit != None && q.Per == None {
		if per, j2, ok := p.rate(end); ok && per != q.Unit {
			q.Per, end = per, j2
		}
	}
	if reject := p.afterUnit(end, q); reject {
		return Quantity{}, end, false
	}
	q.Min, q.Max = lo, hi
	q.HasMin, q.HasMax = true, true
	switch q.Qualifier {
	case AtLeast:
		q.HasMax = false
		q.Max = 0
	case UpTo:
		q.HasMin = false
		q.Min = 0
	case "":
		q.Qualifier = Exact
	}
	s, e := p.toks[i].start, p.toks[end-1].end
	q.Start, q.End, q.Text = s, e, p.text[s:e]
	return q, end, true
}

func (p *parser) wordsAt(i int, ws ...string) bool {
	_, ok := p.words(i, ws...)
	return ok
}

// prefix reads qualifier words before a number.
func (p *parser) prefix(i int) (Qualifier, bool, int) {
	if p.punct(i) == "~" {
		return Approx, false, i + 1
	}
	w := p.word(i)
	switch {
	case approxWords[w]:
		if w == "around" && p.word(i+1) == "the" {
			return "", false, i
		}
		return Approx, false, i + 1
	case w == "between":
		return "", true, i + 1
	case w == "from":
		return "", true, i + 1
	case w == "anywhere" && p.word(i+1) == "from", w == "anywhere" && p.word(i+1) == "between":
		return "", true, i + 2
	case w == "an" && p.word(i+1) == "estimated":
		return Approx, false, i + 2
	}
	for _, ph := range atLeastPhrases {
		if j, ok := p.words(i, ph...); ok {
			return AtLeast, false, j
		}
	}
	for _, ph := range upToPhrases {
		if j, ok := p.words(i, ph...); ok {
			return UpTo, false, j
		}
	}
	return "", false, i
}

// vague reads "several hours", "a few weeks", "a couple of days".
func (p *parser) vague(i, j int) (Quantity, int, bool) {
	k := j
	switch {
	case p.wordsAt(k, "a", "few"):
		k += 2
	case p.wordsAt(k, "a", "couple", "of"):
		k += 3
	case p.wordsAt(k, "a", "couple"):
		k += 2
	case vagueWords[p.word(k)] || p.word(k) == "some" && j == i:
		k++
	default:
		return Quantity{}, 0, false
	}
	if p.word(k) == "more" || p.word(k) == "extra" || p.word(k) == "additional" {
		k++
	}
	u, f, k2, _ := p.unit(k, true)
	if f == 0 {
		return Quantity{}, 0, false
	}
	q := p.make(i, k2)
	q.Unit, q.Qualifier, q.HasMin, q.HasMax = u, Vague, false, false
	if per, j2, ok := p.rate(k2); ok && per != u {
		q.Per = per
		q = Quantity{Start: q.Start, End: p.toks[j2-1].end, Unit: u, Per: per, Qualifier: Vague}
		q.Text = p.text[q.Start:q.End]
		return q, j2, true
	}
	return q, k2, true
}

// unit reads a unit word at i: "hours", "-week" (adjectival), "h" glued to
// a number. article says the number was "a"/"an", which needs a full word.
func (p *parser) unit(i int, article bool) (Unit, float64, int, bool) {
	adj := false
	j := i
	if (p.punct(j) == "-" || p.punct(j) == "‐") && p.glued(j) && p.glued(j+1) {
		adj = true
		j++
	}
	w := p.word(j)
	if w == "fortnight" || w == "fortnights" {
		return Week, 2, j + 1, adj
	}
	u, ok := units[w]
	if !ok {
		return None, 0, i, false
	}
	if shortUnit[w] && (article || p.toks[j].space && !adj && len(w) == 1) {
		return None, 0, i, false
	}
	if (w == "time" || w == "times") && adj {
		return None, 0, i, false
	}
	// "8-hour-a-day" and "one-hour" are adjectival; so is "90 day program" without a plural.
	if !adj && (w == "day" || w == "week" || w == "hour" || w == "month" || w == "year" || w == "minute") && !article {
		if p.toks[i-1].kind == tNum && p.toks[i-1].num != 1 {
			adj = true
		}
	}
	return u, 1, j + 1, adj
}

// number reads one number at i: digits, fractions, words, "a"/"an" before
// a unit, "half an hour", "a dozen".
func (p *parser) number(i int) (float64, int, bool, bool) {
	if i >= len(p.toks) {
		return 0, i, false, false
	}
	t := p.toks[i]
	switch t.kind {
	case tNum:
		v, j := t.num, i+1
		// "1/2"
		if p.punct(j) == "/" && p.glued(j) && j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.glued(j+1) &&
			p.punct(j+2) != "/" && p.toks[j+1].num != 0 && !strings.Contains(t.text, ".") {
			if t.num == 24 && p.toks[j+1].num == 7 {
				return 0, j + 2, false, false
			}
			return v / p.toks[j+1].num, j + 2, false, true
		}
		if f, ok := unicodeFractions[p.punct(j)]; ok && p.glued(j) {
			return v + f, j + 1, false, true
		}
		return v, j, false, true
	case tPunct:
		if f, ok := unicodeFractions[t.text]; ok {
			return f, i + 1, false, true
		}
		return 0, i, false, false
	}
	w := t.text
	switch w {
	case "a", "an":
		switch {
		case p.word(i+1) == "half" && p.word(i+2) != "of":
			return 0.5, i + 2, false, true
		case p.word(i+1) == "dozen":
			return 12, i + 2, false, true
		case p.word(i+1) == "hundred" || p.word(i+1) == "thousand":
			return p.numberWords(i + 1)
		}
		if _, ok := units[p.word(i+1)]; ok && !shortUnit[p.word(i+1)] && p.word(i+1) != "time" {
			return 1, i + 1, true, true
		}
		if p.word(i+1) == "fortnight" {
			return 1, i + 1, true, true
		}
		return 0, i, false, false
	case "half":
		if j, ok := p.words(i+1, "an"); ok {
			return 0.5, j, true, true
		}
		if j, ok := p.words(i+1, "a"); ok {
			return 0.5, j, true, true
		}
		return 0, i, false, false
	case "dozen":
		return 12, i + 1, false, true
	}
	return p.numberWords(i)
}

// numberWords reads "twenty-five", "one hundred and twenty", "three thousand",
// "one and a half".
func (p *parser) numberWords(i int) (float64, int, bool, bool) {
	total, cur := 0.0, 0.0
	j := i
	read := false
	for j < len(p.toks) {
		w := p.word(j)
		if v, ok := smallNumbers[w]; ok {
			cur += v
			j++
			read = true
		} else if v, ok := tens[w]; ok {
			cur += v
			j++
			read = true
			if (p.punct(j) == "-") && p.glued(j) {
				if v2, ok := smallNumbers[p.word(j+1)]; ok && v2 < 10 && v2 > 0 {
					cur += v2
					j += 2
				}
			}
		} else if v, ok := scales[w]; ok && (read || p.word(j-1) == "a") {
			if cur == 0 {
				cur = 1
			}
			if v >= 1000 {
				total += cur * v
				cur = 0
			} else {
				cur *= v
			}
			j++
			read = true
			if p.word(j) == "and" {
				if _, ok := smallNumbers[p.word(j+1)]; ok {
					j++
				} else if _, ok := tens[p.word(j+1)]; ok {
					j++
				}
			}
			continue
		} else {
			break
		}
		// A number word is one word unless a scale or compound follows.
		if _, ok := scales[p.word(j)]; !ok {
			break
		}
	}
	if !read {
		return 0, i, false, false
	}
	v := total + cur
	if k, ok := p.words(j, "and", "a", "half"); ok {
		if _, isUnit := units[p.word(k)]; isUnit {
			return v + 0.5, k, false, true
		}
	}
	return v, j, false, true
}

// rate reads "per week", "a day", "each week", "every day", "/week", "weekly", "daily".
func (p *parser) rate(i int) (Unit, int, bool) {
	w := p.word(i)
	switch w {
	case "weekly":
		return Week, i + 1, true
	case "daily":
		return Day, i + 1, true
	case "monthly":
		return Month, i + 1, true
	case "nightly":
		return Day, i + 1, true
	}
	j := i
	switch {
	case p.punct(j) == "/":
		j++
	case w == "per" || w == "a" || w == "an" || w == "each" || w == "every":
		j++
		if p.word(j) == "each" {
			j++
		}
	case w == "out" && p.word(i+1) == "of" && p.word(i+2) == "the":
		j += 3
	default:
		return None, i, false
	}
	switch p.word(j) {
	case "week", "wk", "weeks":
		return Week, j + 1, true
	case "day", "d", "weekday":
		return Day, j + 1, true
	case "month", "mo":
		return Month, j + 1, true
	case "night", "evening":
		return Day, j + 1, true
	}
	return None, i, false
}
