package claims

import (
	"strings"
	"unicode"
)

// bracketedPlace is the place whose bracket holds the figure at at in
// text, one entry of a list of places: "… Chicago, Maryland (with IOP on
// four nights weekly), Ohio …" gives "maryland". The bracket must open
// on what the place offers or how it runs ("offering", "where", "with"),
// so that "Our IOP (three evenings a week)" stays the program's.
func bracketedPlace(text string, at int) string {
	open := strings.LastIndexByte(text[:at], '(')
	if open < 0 || strings.IndexByte(text[open:at], ')') >= 0 {
		return ""
	}
	switch leadingWord(strings.ToLower(text[open+1:at]), 0) {
	case "offering", "offers", "where", "with", "running", "providing", "which":
	default:
		return ""
	}
	pre := strings.TrimRight(text[:open], " ")
	k := strings.LastIndexByte(pre, ' ')
	name := pre[k+1:]
	if !placeLike(name) || notPlaceWords[strings.ToLower(name)] {
		return ""
	}
	// One entry of a list of places: a comma, or "and", before the name,
	// and a capitalised entry (or one's closing bracket) before that.
	// ("Our evening program, Pathways (offering four nights a week),"
	// names a program.)
	before := strings.TrimRight(pre[:k+1], " ")
	switch {
	case strings.HasSuffix(before, ","):
		before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	case strings.HasSuffix(before, " and"):
		before = strings.TrimRight(strings.TrimSuffix(before, " and"), " ,")
	default:
		return ""
	}
	j := strings.LastIndexByte(before, ' ')
	prev := before[j+1:]
	if !strings.HasSuffix(prev, ")") && (!placeLike(prev) || notPlaceWords[strings.ToLower(strings.TrimRight(prev, ","))]) {
		return ""
	}
	return strings.ToLower(name)
}

// placeLike reports a word written as a place's name: a capital, then
// small letters ("Chicago"; not "IOP").
func placeLike(w string) bool {
	return len(w) > 1 && unicode.IsUpper(rune(w[0])) && strings.ToLower(w[1:]) == w[1:]
}

// notPlaceWords are capitalised words of a list that name no place: days,
// months and levels of care.
var notPlaceWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"outpatient", "inpatient", "residential", "hospitalization", "detox", "detoxification", "treatment", "care", "program", "programs",
	"therapy", "counseling", "counselling", "aftercare", "recovery", "intensive", "partial")
