package quantity

import (
	"math"
	"strings"
)

// num is one number read from the tokens.
type num struct {
	v   float64
	end int // token index after the number
	// article marks "a"/"an" (or "half an") standing for one: only a
	// unit after it makes it a number.
	article bool
	// frac marks a value that ends in a fraction word, which lets "of"
	// come before the unit ("three quarters of an hour").
	frac bool
	// words marks a number spelled (at least partly) in words.
	words bool
	// scale is the scale word the number ended on ("two million"), which
	// "and a half" after it is a fraction of.
	scale float64
}

// number reads one number at i, sign included.
func (p *parser) number(i int) (num, bool) {
	w := p.word(i)
	neg := w == "minus" || w == "negative"
	if !neg && isDash(p.punct(i)) && p.isNum(i+1) && (p.standalone || p.glued(i+1) && i > 0 && strings.Contains("<>=≤≥", p.punct(i-1))) {
		neg = true
	}
	if !neg {
		return p.unsigned(i)
	}
	n, ok := p.unsigned(i + 1)
	if !ok || n.article {
		return num{}, false
	}
	n.v = -n.v
	return n, true
}

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

// unsigned reads digits, fractions and number words at i.
func (p *parser) unsigned(i int) (num, bool) {
	if i >= len(p.toks) {
		return num{}, false
	}
	var n num
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		n = p.digitNumber(i)
	case tPunct:
		f, ok := unicodeFractions[t.text]
		if !ok {
			return num{}, false
		}
		n = num{v: f, end: i + 1, frac: true}
	default:
		var ok bool
		if n, ok = p.wordNumber(i); !ok {
			return num{}, false
		}
	}
	if n.article {
		return n, true
	}
	return p.numberTail(n), true
}

// numberTail extends a number with what may follow it: "and a half",
// "two thirds of a million", and in a standalone number "one over three".
func (p *parser) numberTail(n num) num {
	j := n.end
	if p.word(j) == "and" {
		if f, ok := p.fraction(j + 1); ok {
			s, ok := scales[p.word(f.end)]
			switch {
			case ok && s >= 1e3 && n.scale > s:
				n.v, n.end = n.v+f.v*s, f.end+1 // "one billion and a half million"
			case ok && s >= 1e3:
				n.v, n.end = (n.v+f.v)*s, f.end+1 // "five and a half million"
			case n.scale >= 1e6:
				n.v, n.end = n.v+f.v*n.scale, f.end // "two million and a half"
			default:
				n.v, n.end = n.v+f.v, f.end
			}
			n.frac = true
			j = n.end
		}
	}
	// "a three-and-a-half-hour session": the fraction hyphenated to
	// its number (read as "three and a half", not "half-hour").
	if isHyphen(p.punct(j)) && p.glued(j) && p.word(j+1) == "and" && isHyphen(p.punct(j+2)) && p.glued(j+2) {
		k := j + 3
		if (p.word(k) == "a" || p.word(k) == "an") && isHyphen(p.punct(k+1)) && p.glued(k+1) {
			k += 2
		}
		if f := map[string]float64{"half": 0.5, "quarter": 0.25}[p.word(k)]; f > 0 && !n.frac {
			n.v, n.end, n.frac = n.v+f, k+1, true
			j = n.end
		}
	}
	// "thirty (30) days": a restatement in digits.
	if p.punct(j) == "(" {
		if r, ok := p.unsigned(j + 1); ok && r.v == n.v && p.punct(r.end) == ")" {
			n.end = r.end + 1
			j = n.end
		}
	}
	if p.word(j) == "of" && (p.word(j+1) == "a" || p.word(j+1) == "an") && n.frac {
		if s, ok := scales[p.word(j+2)]; ok && s >= 1e3 {
			n.v, n.end = n.v*s, j+3
		}
	}
	if p.standalone {
		j = n.end
		k := j + 1
		switch {
		case p.word(j) == "over":
		case p.word(j) == "out" && p.word(j+1) == "of":
			k++
		default:
			return n
		}
		if d, ok := p.unsigned(k); ok && d.v != 0 && !d.article {
			n.v, n.end = n.v/d.v, d.end
		}
	}
	return n
}

// fraction reads "a half", "half", "a quarter", "three fifths",
// "fifty-four hundredths" at i: what may follow "and" after a number.
func (p *parser) fraction(i int) (num, bool) {
	w := p.word(i)
	if w == "a" || w == "an" {
		if d, ok := denominators[p.word(i+1)]; ok {
			return num{v: 1 / d, end: i + 2, frac: true, words: true}, true
		}
		return num{}, false
	}
	if w == "half" || w == "quarter" {
		return num{v: 1 / denominators[w], end: i + 1, frac: true, words: true}, true
	}
	if _, ok := smallNumbers[w]; !ok {
		if _, ok := tens[w]; !ok {
			return num{}, false
		}
	}
	c, ok := p.cardinal(i)
	if !ok {
		return num{}, false
	}
	if d, e, ok := p.denominator(c.end); ok {
		return num{v: c.v / d, end: e, frac: true, words: true}, true
	}
	return num{}, false
}

// denominator reads "fifths", "twenty-first", "twenty firsts" at i,
// optionally after a hyphen ("one-eighth", "five - eighths").
func (p *parser) denominator(i int) (float64, int, bool) {
	j := i
	if isDash(p.punct(j)) && (p.glued(j) && p.glued(j+1) || p.standalone) {
		j++
	}
	w := p.word(j)
	if t, ok := tens[w]; ok {
		k := j + 1
		if isDash(p.punct(k)) && p.glued(k) {
			k++
		}
		if u, ok := ordinalUnits[p.word(k)]; ok {
			return t + u, k + 1, true
		}
	}
	if d, ok := denominators[w]; ok {
		return d, j + 1, true
	}
	return 0, i, false
}

// wordNumber reads a number that starts with a word.
func (p *parser) wordNumber(i int) (num, bool) {
	w := p.word(i)
	switch w {
	case "a", "an":
		nw := p.word(i + 1)
		switch {
		case nw == "half" && (p.word(i+2) == "dozen" || p.word(i+2) == "dozens"):
			return num{v: 6, end: i + 3, words: true}, true
		case dozens[nw]:
			return num{v: 12, end: i + 2, words: true}, true
		case nw == "pair" && p.standalone:
			return num{v: 2, end: i + 2, words: true}, true
		case nw == "single":
			// "a single day of the week" is one day.
			if _, ok := units[p.word(i+2)]; ok {
				return num{v: 1, end: i + 2, words: true}, true
			}
		}
		// "a half day", "a quarter hour" are fractions; "a third session
		// each week", "a fourth day" rank their noun.
		if d, e, ok := p.denominator(i + 1); ok && e == i+2 && (nw == "half" || nw == "quarter" || p.word(i+2) == "") {
			return num{v: 1 / d, end: e, frac: true, words: true}, true
		} else if ok && p.standalone {
			return num{v: 1 / d, end: e, frac: true, words: true}, true
		}
		if _, ok := scales[nw]; ok {
			return p.withDenominator(p.cardinalFrom(i+1, 1, true))
		}
		if _, ok := multiUnits[nw]; ok {
			return num{v: 1, end: i + 1, article: true, words: true}, true
		}
		// ("a yr", "a wk", "a hr": the abbreviations of two letters that
		// stand for a unit after "a".)
		if u, ok := units[nw]; ok && !shortUnits[nw] && u != Times && (len(nw) > 2 || nw == "yr" || nw == "wk" || nw == "hr") {
			return num{v: 1, end: i + 1, article: true, words: true}, true
		}
		// ("a month's stay": the unit read possessive, see unit.)
		if _, ok := possessiveUnit(nw); ok {
			return num{v: 1, end: i + 1, article: true, words: true}, true
		}
		return num{}, false
	case "half", "quarter":
		f := 1 / denominators[w]
		nw := p.word(i + 1)
		if (nw == "a" || nw == "an") && dozens[p.word(i+2)] {
			return num{v: f * 12, end: i + 3, words: true}, true
		}
		if nw == "a" || nw == "an" {
			if _, ok := units[p.word(i+2)]; ok {
				return num{v: f, end: i + 2, article: true, words: true}, true
			}
		}
		if s, ok := scales[nw]; ok && s >= 1e3 {
			return num{v: f * s, end: i + 2, words: true}, true
		}
		if w == "quarter" && !p.standalone {
			return num{}, false
		}
		return num{v: f, end: i + 1, frac: true, words: true}, true
	case "single", "nil":
		if p.standalone {
			return num{v: map[bool]float64{true: 1, false: 0}[w == "single"], end: i + 1, words: true}, true
		}
		return num{}, false
	case "point":
		if p.standalone {
			if d, e, ok := p.decimals(i + 1); ok {
				return num{v: d, end: e, words: true}, true
			}
		}
		return num{}, false
	}
	if _, ok := scales[w]; ok && p.standalone {
		return p.withDenominator(p.cardinalFrom(i, 1, true)) // "hundred thousand"
	}
	return p.withDenominator(p.cardinal(i))
}

// withDenominator turns a cardinal followed by an ordinal into a
// fraction: "a hundred trillionths", "twenty-three fifths".
func (p *parser) withDenominator(c num, ok bool) (num, bool) {
	if !ok {
		return c, false
	}
	// "three half-days a week", "two half days": a count of days each
	// half long, not three halves ("one half" still is a half).
	if w := p.word(c.end); (w == "half" || w == "quarter") && c.v > 1 && halfUnit(p.word(c.end+1), p.word(c.end+2)) {
		return c, true
	}
	if d, e, ok := p.denominator(c.end); ok {
		return num{v: c.v / d, end: e, frac: true, words: true}, true
	}
	return c, true
}

// halfUnit reports the unit after "half" that a count of half-units
// names: "days", "-days", "day sessions".
func halfUnit(a, b string) bool {
	for _, w := range []string{a, b} {
		switch w {
		case "day", "days", "session", "sessions":
			return true
		}
	}
	return false
}

// digitNumber reads a number that starts with digits: "1,000", "1/2",
// "1½", "2 1/4", "6-1/2", "10k", "2 million", and in a standalone number "1e10",
// "1.1^23", "1 234 567".
func (p *parser) digitNumber(i int) num {
	t := &p.toks[i]
	v, j := t.num, i+1
	plain := !strings.ContainsAny(t.text, ".,")
	if p.standalone && plain && len(t.text) <= 3 {
		for p.isNum(j) && p.toks[j].space && len(p.toks[j].text) >= 3 && p.toks[j].text[3:] == strings.TrimLeft(p.toks[j].text[3:], "0123456789") && !strings.Contains(p.toks[j].text, ",") {
			if len(p.toks[j].text) > 3 && p.toks[j].text[3] != '.' {
				break
			}
			v = v*1000 + p.toks[j].num
			j++
		}
	}
	switch {
	case p.punct(j) == "/" && p.glued(j) && p.isNum(j+1) && p.glued(j+1) && plain && p.toks[j+1].num == v+1 && countedTimes[p.word(j+2)]:
		// "3/4 evenings per week": two counts, which rangeEnd joins.
		return num{v: v, end: j}
	case p.punct(j) == "/" && p.glued(j) && p.isNum(j+1) && p.glued(j+1) && p.punct(j+2) != "/" && plain &&
		!strings.ContainsAny(p.toks[j+1].text, ".,") && p.toks[j+1].num != 0 && !(v == 24 && p.toks[j+1].num == 7) &&
		// ("28/30-day programs": two lengths, no fraction.)
		!(v >= 10 && p.toks[j+1].num > v):
		return num{v: v / p.toks[j+1].num, end: j + 2, frac: true}
	case p.glued(j) && p.punct(j) != "" && unicodeFractions[p.punct(j)] != 0:
		return num{v: v + unicodeFractions[p.punct(j)], end: j + 1, frac: true}
	case plain && p.isNum(j) && p.toks[j].space && p.punct(j+1) == "/" && p.glued(j+1) && p.isNum(j+2) && p.glued(j+2) &&
		p.punct(j+3) != "/" && p.toks[j].num < p.toks[j+2].num && !strings.ContainsAny(p.toks[j].text+p.toks[j+2].text, ".,"):
		return num{v: v + p.toks[j].num/p.toks[j+2].num, end: j + 3, frac: true}
	case plain && isHyphen(p.punct(j)) && p.glued(j) && p.isNum(j+1) && p.glued(j+1) && p.punct(j+2) == "/" && p.glued(j+2) && p.isNum(j+3) && p.glued(j+3) &&
		p.punct(j+4) != "/" && !p.isNum(j+4) && p.toks[j+1].num == 1 && p.toks[j+3].num == 2:
		// "6-1/2 hours": a whole and a half, joined by a hyphen. (Only a
		// half: "2-3/4 evenings" are two or three of them.)
		return num{v: v + p.toks[j+1].num/p.toks[j+3].num, end: j + 4, frac: true}
	}
	if p.standalone {
		if e, end, ok := p.exponent(j); ok {
			return num{v: v * e, end: end}
		}
		if p.punct(j) == "^" && p.glued(j) {
			if x, ok := p.signedInt(j + 1); ok {
				return num{v: math.Pow(v, x.v), end: x.end}
			}
		}
	}
	if m, e, ok := p.magnitude(j); ok {
		v *= m
		if sc, ok := scales[p.word(e)]; !ok || sc < 1e3 {
			return num{v: v, end: e}
		}
		j = e
	}
	if _, ok := scales[p.word(j)]; ok || dozens[p.word(j)] {
		if c, ok := p.cardinalFrom(j, v, false); ok {
			return c
		}
	}
	if p.word(j) == "point" && plain {
		if d, e, ok := p.decimals(j + 1); ok {
			return num{v: v + d, end: e, words: true}
		}
	}
	return num{v: v, end: j}
}

// exponent reads "e10", "e+14", "x10^6" glued to a mantissa.
func (p *parser) exponent(j int) (float64, int, bool) {
	if !p.glued(j) {
		return 0, j, false
	}
	switch p.word(j) {
	case "e":
		if x, ok := p.signedInt(j + 1); ok && p.glued(j+1) {
			return math.Pow(10, x.v), x.end, true
		}
	case "x":
		if p.isNum(j+1) && p.toks[j+1].text == "10" && p.glued(j+1) && p.punct(j+2) == "^" {
			if x, ok := p.signedInt(j + 3); ok {
				return math.Pow(10, x.v), x.end, true
			}
		}
	}
	return 0, j, false
}

func (p *parser) signedInt(j int) (num, bool) {
	sign := 1.0
	if s := p.punct(j); (s == "+" || isDash(s)) && p.glued(j+1) {
		if s != "+" {
			sign = -1
		}
		j++
	}
	if !p.isNum(j) || !p.glued(j) {
		return num{}, false
	}
	return num{v: sign * p.toks[j].num, end: j + 1}, true
}

// magnitude reads a multiplier suffix: "10k", "1.2M", "2mil", "1MM",
// "10G", "1.2b". In running text only the capitals count, since "2m" is
// two minutes and "5 g" five grams; a standalone number takes either
// case, and the suffix may stand apart ("2.33 k").
func (p *parser) magnitude(j int) (float64, int, bool) {
	w := p.word(j)
	if w == "" || !p.glued(j) && !(p.standalone && p.word(j+1) == "" && !p.isNum(j+1)) {
		return 0, j, false
	}
	upper := p.text[p.toks[j].start] < 'a'
	switch w {
	case "k":
		return 1e3, j + 1, true
	case "mm", "mil", "mln":
		return 1e6, j + 1, true
	case "m":
		if upper || p.standalone {
			return 1e6, j + 1, true
		}
	case "g", "b", "bn":
		if upper || p.standalone {
			return 1e9, j + 1, true
		}
	}
	return 0, j, false
}

// decimals reads what follows "point": digits, digit words ("zero
// three") or one compound ("seventy-one").
func (p *parser) decimals(j int) (float64, int, bool) {
	if p.isNum(j) && !strings.ContainsAny(p.toks[j].text, ".,") {
		return parseDigits("." + p.toks[j].text), j + 1, true
	}
	var b [24]byte
	n := 0
	for n < len(b)-2 {
		w := p.word(j)
		if v, ok := smallNumbers[w]; ok && v < 10 {
			b[n] = byte('0' + v)
			n++
			j++
			continue
		}
		if t, ok := tens[w]; ok && n == 0 {
			b[0], n = byte('0'+t/10), 1
			j++
			if isDash(p.punct(j)) && p.glued(j) {
				j++
			}
			if v, ok := smallNumbers[p.word(j)]; ok && v > 0 && v < 10 {
				b[1], n = byte('0'+v), 2
				j++
			}
			break
		}
		break
	}
	if n == 0 {
		return 0, j, false
	}
	return parseDigits("." + string(b[:n])), j, true
}

// cardinal reads a whole number in words at i: "twenty-five", "one
// hundred and twenty", "three thousand", "4 thousand 3 hundred and 21".
func (p *parser) cardinal(i int) (num, bool) { return p.cardinalFrom(i, 0, false) }

type atom uint8

const (
	aNone atom = iota
	aSmall
	aTens
	aScale
	aAnd
	aDigits
)

// cardinalFrom accumulates number words from i; cur is a value already
// read (digits before "thousand", the one of "a hundred").
func (p *parser) cardinalFrom(i int, cur float64, article bool) (num, bool) {
	total, segBase := 0.0, 0.0
	last := aNone
	if cur != 0 || article {
		last = aDigits
	}
	big := 0.0      // the last scale of a thousand or more
	andScale := 0.0 // the scale an "and" followed: what comes after must be smaller
	type snap struct {
		total, cur float64
		j          int
	}
	var atAnd snap
	j := i
	words := article
loop:
	for j < len(p.toks) {
		w := p.word(j)
		switch {
		case p.isNum(j) && (last == aScale || last == aAnd) && !strings.ContainsAny(p.toks[j].text, ".,") && p.toks[j].num < 1000:
			cur += p.toks[j].num
			last = aDigits
			j++
		case w == "":
			break loop
		case smallNumbers[w] != 0 || w == "zero" || w == "nought" || w == "naught":
			v := smallNumbers[w]
			switch {
			case last == aNone || last == aScale || last == aAnd:
			case last == aTens && v > 0 && v < 10:
				// "fifty two": a spaced tens and unit
			default:
				break loop
			}
			if last == aTens && (v == 0 || v >= 10) {
				break loop
			}
			cur += v
			last = aSmall
			words = true
			j++
		case tens[w] != 0:
			v := tens[w]
			switch {
			case last == aNone || last == aScale || last == aAnd:
			case p.standalone && last == aSmall && cur > 0 && cur < 10 && total == 0:
				if _, _, ok := p.denominator(j); ok {
					break loop
				}
				cur *= 100 // "one twenty two"
			default:
				break loop
			}
			cur += v
			last = aTens
			words = true
			j++
			k := j
			if isDash(p.punct(k)) && (p.glued(k) && p.glued(k+1) || p.standalone) {
				k++
			}
			if u, ok := smallNumbers[p.word(k)]; ok && u > 0 && u < 10 && k > j {
				cur += u
				j = k + 1
				last = aSmall
			}
		case scales[w] != 0:
			s := scales[w]
			if last == aNone || last == aAnd {
				break loop
			}
			if andScale != 0 && (s == andScale || andScale >= 1e3 && s > andScale) {
				total, cur, j = atAnd.total, atAnd.cur, atAnd.j
				break loop
			}
			if s == 100 {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else {
				if cur == 0 && total > 0 && s > big {
					total *= s // "three thousand millions", "three lakh crore"
				} else {
					total += cur * s
				}
				cur = 0
				big = s
			}
			last = aScale
			words = true
			j++
		case dozens[w]:
			if last == aNone || last == aAnd {
				break loop
			}
			cur = segBase + (cur-segBase)*12
			last = aScale
			words = true
			j++
		case w == "and":
			// "hundred and six", "twenty and four"; never "6 and 30".
			nw := p.word(j + 1)
			_, small := smallNumbers[nw]
			_, isTens := tens[nw]
			ok := last == aScale && (small || isTens || p.isNum(j+1)) ||
				last == aTens && small && smallNumbers[nw] > 0 && smallNumbers[nw] < 10 && p.word(j+2) != "or"
			if !ok {
				break loop
			}
			if _, isFrac := p.fraction(j + 1); isFrac {
				break loop
			}
			atAnd = snap{total, cur, j}
			andScale = 1e18
			if last == aScale {
				andScale = big
				if cur >= 100 {
					andScale = 100
				}
				if andScale == 0 {
					andScale = 100
				}
			}
			segBase = cur
			last = aAnd
			j++
		case w == "point":
			d, e, ok := p.decimals(j + 1)
			if !ok || last == aNone {
				break loop
			}
			cur += d
			j = e
			last = aDigits
		default:
			break loop
		}
	}
	if last == aAnd {
		j--
	}
	if j == i && !article {
		return num{}, false
	}
	n := num{v: total + cur, end: j, words: words}
	if last == aScale && cur == 0 {
		n.scale = big
	}
	return n, true
}
