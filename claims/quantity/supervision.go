package quantity

import "strings"

// Supervision24x7 finds the first round-the-clock phrase in text ("24/7",
// "24-hour", "24 hours a day", "around the clock") and returns its byte
// span. Parse never reports these as durations: they say care never
// stops, not how long it lasts.
func Supervision24x7(text string) (start, end int, ok bool) {
	if !strings.Contains(text, "24") && !strings.Contains(text, "clock") && !strings.Contains(text, "wenty") {
		return 0, 0, false
	}
	// Only the words around each cue can hold the phrase ("around the
	// clock" starts a few words before "clock", "twenty-four hours a day"
	// ends a few after "wenty"): tokenizing those windows rather than the
	// whole sentence keeps a long sentence cheap.
	var toks []token
	for from := 0; from < len(text); {
		c := cueIndex(text, from)
		if c < 0 {
			break
		}
		lo := max(0, c-24)
		for lo > 0 && text[lo-1] != ' ' {
			lo--
		}
		hi := min(len(text), c+40)
		for hi < len(text) && text[hi] != ' ' {
			hi++
		}
		p := parser{text: text[lo:hi], toks: tokenize(text[lo:hi], toks[:0])}
		for i := range p.toks {
			if e, ok := p.clockPhrase(i); ok {
				return lo + p.toks[i].start, lo + p.toks[e-1].end, true
			}
		}
		toks = p.toks
		from = c + 2
	}
	return 0, 0, false
}

// cueIndex is the first "24", "clock" or "wenty" at or after from, -1 if
// none.
func cueIndex(text string, from int) int {
	best := -1
	for _, cue := range [...]string{"24", "clock", "wenty"} {
		if i := strings.Index(text[from:], cue); i >= 0 && (best < 0 || from+i < best) {
			best = from + i
		}
	}
	return best
}

// clockPhrase reads a round-the-clock phrase at i.
func (p *parser) clockPhrase(i int) (int, bool) {
	switch w := p.word(i); w {
	case "around", "round":
		if p.word(i+1) == "the" && p.word(i+2) == "clock" {
			return i + 3, true
		}
		if isHyphen(p.punct(i+1)) && p.word(i+2) == "the" && isHyphen(p.punct(i+3)) && p.word(i+4) == "clock" {
			return i + 5, true
		}
		return i, false
	case "twenty":
		if isHyphen(p.punct(i+1)) && p.word(i+2) == "four" {
			return p.dayLong(i, p.restated(i+3))
		}
		// ("twenty four hour care": the hyphen left out.)
		if p.word(i+1) == "four" {
			return p.dayLong(i, p.restated(i+2))
		}
		return i, false
	}
	if p.isNum(i) && p.toks[i].text == "24" {
		// ("24/7", and "24-7" as pages write it too.)
		// ("24-7-3" and "1-800-24-7" are some other number.)
		hyphen := isHyphen(p.punct(i + 1))
		if (p.punct(i+1) == "/" || hyphen) && p.isNum(i+2) && p.toks[i+2].text == "7" && p.glued(i+1) && p.glued(i+2) &&
			!(hyphen && (isHyphen(p.punct(i+3)) && p.glued(i+3) && p.isNum(i+4) || isHyphen(p.punct(i-1)) && p.glued(i))) {
			return i + 3, true
		}
		return p.dayLong(i, i+1)
	}
	return i, false
}

// restated steps over the figure a number word is restated as in
// brackets, as contracts and licences write it ("twenty-four (24)
// hour"): k is the token after the word.
func (p *parser) restated(k int) int {
	if p.punct(k) == "(" && p.isNum(k+1) && p.punct(k+2) == ")" {
		return k + 3
	}
	return k
}

// dayLong reads what makes 24 a supervision flag: "-hour", " hour",
// " hours a day", " hours daily", " hours, 7 days a week".
func (p *parser) dayLong(i, j int) (int, bool) {
	if isHyphen(p.punct(j)) && p.glued(j) && (p.word(j+1) == "hour" || p.word(j+1) == "hours") {
		return p.dayWeekLong(j + 2), true
	}
	switch p.word(j) {
	case "hour":
		return p.dayWeekLong(j + 1), true
	case "hours", "hrs":
		if per, e, ok := p.rate(j + 1); ok && per == Day {
			return p.weekLong(e), true
		}
		if p.word(j+1) == "of" && (p.word(j+2) == "supervision" || p.word(j+2) == "care") {
			return j + 1, true
		}
		// "24 hours, 7 days a week", "24 hours/7 days a week": the day
		// and the week said apart.
		if k := j + 1; p.punct(k) == "," || p.punct(k) == "/" {
			if (p.isNum(k+1) && p.toks[k+1].text == "7" || p.word(k+1) == "seven") && p.word(k+2) == "days" {
				if per, e, ok := p.rate(k + 3); ok && per == Week {
					return e, true
				}
			}
		}
	}
	return i, false
}

// dayWeekLong is weekLong past the day's own rate when a week follows it:
// "24-hour per day, 7 days per week".
func (p *parser) dayWeekLong(k int) int {
	if per, e, ok := p.rate(k); ok && per == Day {
		if w := p.weekLong(e); w != e {
			return w
		}
	}
	return p.weekLong(k)
}

// weekLong takes the week said after the day into the phrase: "24 hours
// per day, 7 days per week", "a 24 hour, 7 day per week unit", so that
// what follows the phrase is read as what it times. It returns k when no
// week follows.
func (p *parser) weekLong(k int) int {
	if p.punct(k) != "," && p.punct(k) != "/" {
		return k
	}
	if !(p.isNum(k+1) && p.toks[k+1].text == "7" || p.word(k+1) == "seven") {
		return k
	}
	// ("24-hour, 7-days-a-week supervision": the week hyphenated.)
	if isHyphen(p.punct(k+2)) && p.glued(k+2) && (p.word(k+3) == "days" || p.word(k+3) == "day") &&
		isHyphen(p.punct(k+4)) && p.word(k+5) == "a" && isHyphen(p.punct(k+6)) && p.word(k+7) == "week" {
		return k + 8
	}
	// ("24-hour, seven-day per-week nursing", "24-hour, 7-day a week
	// care": the day hyphenated to its count, then the week's rate.)
	if isHyphen(p.punct(k+2)) && p.glued(k+2) && (p.word(k+3) == "days" || p.word(k+3) == "day") {
		if e := k + 4; p.word(e) == "per" && isHyphen(p.punct(e+1)) && p.glued(e+1) && p.word(e+2) == "week" {
			return e + 3
		}
		if per, e, ok := p.rate(k + 4); ok && per == Week {
			return e
		}
		return k
	}
	if p.word(k+2) != "days" && p.word(k+2) != "day" {
		return k
	}
	if per, e, ok := p.rate(k + 3); ok && per == Week {
		return e
	}
	return k
}
