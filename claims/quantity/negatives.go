package quantity

import "strings"

// otherMeasures are units of things other than time and count: a number
// before them is not a quantity factlint reads.
var otherMeasures = map[string]bool{
	"mg": true, "mcg": true, "kg": true, "g": true, "lb": true, "lbs": true, "pounds": true, "ml": true,
	"oz": true, "ounces": true, "cc": true, "liters": true, "litres": true, "gallons": true,
	"miles": true, "mile": true, "mi": true, "km": true, "kilometers": true, "meters": true,
	"metres": true, "feet": true, "ft": true, "foot": true, "inches": true, "calories": true,
	"kcal": true, "mph": true, "acres": true, "beds": false, "percent": true, "pct": true,
	"dollars": true, "dollar": true, "usd": true, "cents": true, "mmhg": true, "bpm": true,
}

// rangeWords join two numbers of a range.
var rangeWords = map[string]bool{"to": true, "and": true, "or": true, "from": true, "through": true, "thru": true}

// nameWords take a number as a name, not an amount: "Step 2", "Level 3.5".
var nameWords = map[string]bool{
	"step": true, "level": true, "phase": true, "stage": true, "chapter": true, "section": true,
	"part": true, "page": true, "no": true, "number": true, "room": true, "suite": true, "floor": true,
	"route": true, "highway": true, "unit": true, "tier": true, "type": true, "grade": true,
	"version": true, "article": true, "title": true, "rule": true, "figure": true, "table": true,
	"form": true, "box": true, "exit": true, "interstate": true, "i": true, "us": true, "covid": true,
	"schedule": true, "class": true, "ste": true, "apt": true, "po": true, "zip": true, "dsm": true,
}

var ageWords = map[string]bool{
	"ages": true, "age": true, "aged": true, "adults": true, "adult": true, "teens": true,
	"teenagers": true, "adolescents": true, "children": true, "kids": true, "youth": true,
	"boys": true, "girls": true, "men": true, "women": true, "seniors": true, "patients": false,
}

var infantWords = map[string]bool{
	"babies": true, "baby": true, "infants": true, "infant": true, "newborns": true, "newborn": true,
	"toddlers": true, "toddler": true, "children": true, "kids": true,
}

// notAQuantity rejects the number at tokens [j, k) when it only looks
// like a quantity. It returns the token index to continue from.
func (p *parser) notAQuantity(j, k int) (int, bool) {
	t := &p.toks[j]
	prev, next := p.word(j-1), p.word(k)
	// Clock times: "9 a.m.", "6pm", "12:30", "twelve o'clock".
	if p.punct(k) == ":" && p.isNum(k+1) && p.glued(k) && p.glued(k+1) {
		e := k + 2
		for p.clockSuffix(e) > e {
			e = p.clockSuffix(e)
		}
		return e, true
	}
	if e := p.clockSuffix(k); e > k {
		return e, true
	}
	if prev == "till" || prev == "until" || prev == "til" {
		return k, true
	}
	// Percentages, prices, other measures.
	if p.punct(k) == "%" || otherMeasures[next] || next == "per" && p.word(k+1) == "cent" {
		return k + 1, true
	}
	if pp := p.punct(j - 1); pp == "$" || pp == "£" || pp == "€" || prev == "usd" {
		return k, true
	}
	// "24/7" and "24-hour" are Supervision24x7's.
	if _, ok := p.clockPhrase(j); ok {
		e, _ := p.clockPhrase(j)
		return e, true
	}
	// "12-step", "twelve steps".
	if next == "step" || next == "steps" || isHyphen(p.punct(k)) && (p.word(k+1) == "step" || p.word(k+1) == "steps") {
		return k + 1, true
	}
	// "one-on-one", "one-to-one".
	if isHyphen(p.punct(k)) && (p.word(k+1) == "on" || p.word(k+1) == "to") && isHyphen(p.punct(k+2)) && p.word(k+3) == "one" {
		return k + 4, true
	}
	// "one on one counseling in a given week", the hyphens left
	// out: the kind of session, no count of them. (Not "one to one",
	// which may open a span: "one to one and a half hours".)
	if p.word(j) == "one" && next == "on" && p.word(k+1) == "one" {
		return k + 2, true
	}
	// Dates and years.
	if p.month(j-1) || p.month(k) || next == "th" || next == "st" || next == "nd" || next == "rd" {
		return k, true
	}
	if p.punct(k) == "," && p.isNum(k+1) && isYear(&p.toks[k+1]) {
		return k + 2, true
	}
	// Phone numbers, then numeric dates ("1/21/2025", "2025-01-21").
	if e, ok := p.phone(j); ok {
		return e, true
	}
	if s := p.punct(k); (s == "/" || s == "-" || s == ".") && p.glued(k) && p.isNum(k+1) && p.glued(k+1) && p.punct(k+2) == s && p.glued(k+2) && p.isNum(k+3) && p.glued(k+3) {
		return k + 4, true
	}
	if t.kind == tNum && isYear(t) && k == j+1 {
		if _, ok := units[next]; !ok || shortUnits[next] {
			return k, true
		}
	}
	// Ages: "ages 18-25", "aged 18 to 25", "adults 18+", "18 and older".
	if ageWords[prev] || ageWords[p.word(j-2)] && (prev == "over" || prev == "under") {
		if u, ok := units[next]; !ok || u == Year {
			return p.skipRange(k), true
		}
	}
	// "babies under six months", "infants younger than 12 weeks": a
	// young child's age, told in weeks and months too.
	// (The child may open the sentence: "Infants under …".)
	if (prev == "under" || prev == "over") && infantWords[strings.ToLower(p.word(j-2))] ||
		prev == "than" && (p.word(j-2) == "younger" || p.word(j-2) == "older") && infantWords[strings.ToLower(p.word(j-3))] {
		return p.skipRange(k), true
	}
	if (next == "and" || next == "or") && (p.word(k+1) == "older" || p.word(k+1) == "up" && ageWords[prev]) {
		return k + 2, true
	}
	// ("US 30" and "I 95" are roads; "stay with us 45 to 90 days" and
	// "I 3 times a week" are not: only the capitals name one.)
	if nameWords[prev] && t.kind == tNum && !((prev == "us" || prev == "i") && p.toks[j-1].text != strings.ToUpper(p.toks[j-1].text)) {
		// "Level 2" is a name, but "PHPs schedule 5–7 days" is an amount:
		// a time unit after the number (or its range) says so.
		if u, _, _, _ := p.unit(p.skipRange(k), false); u == None || u == Times || prev != "schedule" {
			return k, true
		}
	}
	if t.kind == tNum {
		// Model names and codes: "SCP-173", "B12", "COVID-19". A number
		// glued to a range word or a unit ("6 to12 months", "24-72
		// hours5-7 days", a table exported without its cell breaks) is
		// still an amount.
		gluedTo := p.word(j - 1)
		_, afterUnit := units[gluedTo]
		if j > 0 && !t.space && (p.toks[j-1].kind == tWord && !rangeWords[gluedTo] && !afterUnit || isHyphen(p.punct(j-1)) && p.word(j-2) != "" && !connectors[p.word(j-2)] && p.glued(j-1) && !p.isNum(j-3)) {
			return k, true
		}
		if _, isUnit := units[next]; !isUnit && p.footnote(j, k) {
			return k, true
		}
	}
	return k, false
}

var connectors = map[string]bool{"to": true, "and": true, "or": true, "through": true, "thru": true}

func isYear(t *token) bool {
	return len(t.text) == 4 && t.num >= 1800 && t.num <= 2100
}

// month reads a month name at i; "May" and "March" only capitalised,
// since "may" is mostly a verb.
func (p *parser) month(i int) bool {
	w := p.word(i)
	if !months[w] {
		return false
	}
	if w == "may" || w == "march" || w == "sun" {
		c := p.text[p.toks[i].start]
		return c >= 'A' && c <= 'Z'
	}
	return true
}

// skipRange steps over the rest of a rejected range ("18-25", "18 to 25").
func (p *parser) skipRange(k int) int {
	c := p.tokText(k)
	if isDash(c) || c == "to" || c == "and" || c == "through" {
		if n, ok := p.number(k + 1); ok {
			return n.end
		}
	}
	if p.punct(k) == "+" {
		return k + 1
	}
	return k
}

// clockSuffix returns the index after an a.m./p.m./o'clock marker at i, or i.
func (p *parser) clockSuffix(i int) int {
	switch w := p.word(i); w {
	case "am", "pm", "o'clock", "oclock", "noon", "midnight", "est", "pst", "cst", "et", "pt", "ct":
		// "if 6 am I…" is too rare to guess; "6 am" ends a phrase, or
		// opens a range: "8 am to 6 pm".
		if next := p.word(i + 1); w == "am" && p.toks[i].space && next != "" && next != "to" && next != "until" && next != "till" && next != "through" && next != "and" {
			return i
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

// phone recognises (207) 555-0100, 207-555-0100, 207.555.0100, 1-800-662-4357.
func (p *parser) phone(j int) (int, bool) {
	t := &p.toks[j]
	if t.kind != tNum {
		return j, false
	}
	digits := func(k, n int) bool {
		return p.isNum(k) && len(p.toks[k].text) == n && !strings.ContainsAny(p.toks[k].text, ",.")
	}
	sep := func(k int) bool { s := p.punct(k); return (s == "-" || s == "." || s == "–") && p.glued(k) }
	k := j
	if t.text == "1" && sep(k+1) && digits(k+2, 3) {
		k += 2
	}
	if digits(k, 3) && p.punct(k-1) == "(" && p.punct(k+1) == ")" && digits(k+2, 3) && sep(k+3) && digits(k+4, 4) {
		return k + 5, true
	}
	if digits(k, 3) && sep(k+1) && digits(k+2, 3) && sep(k+3) && digits(k+4, 4) {
		return k + 5, true
	}
	if digits(k, 3) && sep(k+1) && digits(k+2, 4) {
		return k + 3, true
	}
	// "207.555.0100" tokenises as a decimal; a long bare digit run is a code.
	if strings.Count(t.text, ".") > 1 || len(t.text) >= 10 && !strings.ContainsAny(t.text, ",.") && !p.standalone {
		return j + 1, true
	}
	return j, false
}

// footnote reports a bare number at [j, k) that marks a footnote or a list
// item rather than a quantity.
func (p *parser) footnote(j, k int) bool {
	t := &p.toks[j]
	if len(t.text) > 2 || strings.ContainsAny(t.text, ".,") {
		return false
	}
	// "10–18 [3]", "three hours a day.[12]": a number alone in square
	// brackets cites a source, as a superscript would in print.
	if p.punct(j-1) == "[" && p.punct(k) == "]" {
		return true
	}
	// "care.2": a digit glued to a sentence's end.
	if j > 1 && !t.space && (p.punct(j-1) == "." || p.punct(j-1) == ",") && p.word(j-2) != "" && p.glued(j-1) {
		return true
	}
	lineStart := j == 0 || strings.ContainsRune(p.text[p.toks[j-1].end:t.start], '\n')
	atStart := lineStart || p.punct(j-1) == "." || p.punct(j-1) == "!" || p.punct(j-1) == "?" || p.punct(j-1) == "•"
	if !atStart {
		return false
	}
	if s := p.punct(k); s == "." && !p.isNum(k+1) || s == ")" {
		return true
	}
	if k < len(p.toks) && p.toks[k].kind == tWord && !lineStart {
		c := p.text[p.toks[k].start]
		return c >= 'A' && c <= 'Z'
	}
	return false
}

// ageOrAgo rejects "18 years old", "ages of 18", "5 yo", "a year ago".
func (p *parser) ageOrAgo(end int, u Unit) bool {
	w := p.word(end)
	switch {
	case w == "old" || w == "ago" || w == "yo" || w == "younger" || w == "older":
		return u == None || unitRank[u] > 0 || w == "yo"
	case w == "of" && p.word(end+1) == "age":
		return true
	case isHyphen(p.punct(end)) && p.word(end+1) == "old":
		return true
	}
	return false
}
