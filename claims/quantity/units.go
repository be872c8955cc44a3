package quantity

import "strings"

var units = map[string]Unit{
	"s": Second, "sec": Second, "secs": Second, "second": Second, "seconds": Second,
	"m": Minute, "min": Minute, "mins": Minute, "minute": Minute, "minutes": Minute,
	"h": Hour, "hr": Hour, "hrs": Hour, "hour": Hour, "hours": Hour,
	"d": Day, "day": Day, "days": Day, "night": Day, "nights": Day,
	"evening": Day, "evenings": Day, "morning": Day, "mornings": Day, "afternoon": Day, "afternoons": Day,
	"w": Week, "wk": Week, "wks": Week, "week": Week, "weeks": Week,
	"mo": Month, "mos": Month, "month": Month, "months": Month,
	"y": Year, "yr": Year, "yrs": Year, "year": Year, "years": Year,
	"session": Session, "sessions": Session, "appointment": Session, "appointments": Session, "visit": Session, "visits": Session,
	// "three groups a week" counts meetings; the singular is left to
	// modify what follows ("three group sessions").
	"groups": Session,
	// "five treatment episodes per week, eight hours per episode": a
	// clinic's word for its meetings.
	"episodes": Session, "episode": Session,
	// "three 3-hour blocks of programming a week".
	"blocks": Session,
	"time":   Times, "times": Times,
}

// listJoin words join a counted meeting to a list before it.
var listJoin = map[string]bool{"and": true, "or": true, "plus": true}

// multiUnits are units worth several of another.
var multiUnits = map[string]struct {
	u Unit
	f float64
}{
	"fortnight": {Day, 14}, "fortnights": {Day, 14},
	"decade": {Year, 10}, "decades": {Year, 10},
	// "runs for eight weekends": a weekend program's weeks, counted by
	// the weekends they hold. (The singular is left alone: "a weekend
	// retreat" is no week.)
	"weekends": {Week, 1},
}

// shortUnits are abbreviations too terse to follow "a"/"an" or a vague
// word, and that need the number glued or the phrase to end ("3 h.").
var shortUnits = map[string]bool{"s": true, "m": true, "h": true, "d": true, "w": true, "y": true}

// singularAdj are the singular units that, after a number other than one,
// can only be a compound modifier ("a 90 day program").
var singularAdj = map[string]bool{"day": true, "week": true, "hour": true, "month": true, "year": true, "minute": true}

var unitRank = map[Unit]int{Second: 1, Minute: 2, Hour: 3, Day: 4, Week: 5, Month: 6, Year: 7}

// unitSeconds follows the spec data's convention: month = 30 days, year = 365.
var unitSeconds = map[Unit]float64{Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30 * 86400, Year: 365 * 86400}

// finer reports whether a is a smaller time unit than b.
func finer(a, b Unit) bool { return unitRank[a] > 0 && unitRank[b] > 0 && unitRank[a] < unitRank[b] }

// ratio is how many a's make one b.
func ratio(b, a Unit) float64 { return unitSeconds[b] / unitSeconds[a] }

// spanSeconds is unitSeconds with the calendar's average month and year
// (30.4375 and 365.25 days, what claims normalise a month and a year to):
// the two ends of one span said in two units ("from 28 days to 6 months")
// each keep the length they name, so that the far end of "28 days to 6
// months" is the "6 months" said alone. The spec data's 30-day month is
// its convention for one duration said in parts ("1 month 2 days").
var spanSeconds = map[Unit]float64{Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30.4375 * 86400, Year: 365.25 * 86400}

// spanRatio is how many a's make one b, one end of a span in units of the
// other (a year is still exactly 12 months).
func spanRatio(b, a Unit) float64 { return spanSeconds[b] / spanSeconds[a] }

// inFiner converts v b's to a's. Calendar units follow the spec data's
// convention (month = 30 days, year = 365 days) except that a year is
// exactly 12 months.
func inFiner(v float64, b, a Unit) float64 {
	if b == a {
		return v
	}
	if b == Year && a == Month {
		return v * 12
	}
	return v * ratio(b, a)
}

// unit reads a unit at i: "hours", "-week" (adjectival), "h" glued to a
// number. article says the number was "a"/"an", which needs a full word.
// It returns the unit, how many units one of it is (a fortnight is 14
// days), the index after it and whether it was a compound modifier.
func (p *parser) unit(i int, article bool) (Unit, float64, int, bool) {
	adj := false
	j := i
	if isHyphen(p.punct(j)) && p.glued(j) && p.glued(j+1) {
		adj = true
		j++
	}
	w := p.word(j)
	// ("25 day time hours a week": daytime hours, no days.)
	if w == "day" && p.dayTimeEnd(j+1) > 0 {
		return None, 0, i, false
	}
	// ("7–10 business days", "ten working days": days counted on
	// weekdays, taken as said.)
	if (w == "business" || w == "working") && (p.word(j+1) == "days" || p.word(j+1) == "day") {
		return Day, 1, j + 2, adj
	}
	if m, ok := multiUnits[w]; ok {
		return m.u, m.f, j + 1, adj
	}
	u, ok := units[w]
	// ("a month's stay", "a week’s treatment": a possessive span names
	// the noun after it by its length, as "a one-month stay" does.)
	if !ok && p.word(j+1) != "" {
		if u, ok = possessiveUnit(w); ok {
			adj = true
		}
	}
	// ("one group a week", "1 class per week": a singular meeting noun
	// counted at a rate right after it; "three group sessions" keeps the
	// singular as the noun's modifier, and "one individual session and
	// one group a week" the group as one meeting of a list.)
	if !ok && (w == "group" || w == "class") && !listJoin[p.word(i-2)] {
		if ru, _, rok := p.rate(j + 1); rok && ru == Week {
			u, ok = Session, true
		}
	}
	if !ok {
		return None, 0, i, false
	}
	if shortUnits[w] {
		if article || p.toks[j].space && (adj || p.word(j+1) != "" || p.isNum(j+1)) {
			return None, 0, i, false
		}
		if w == "m" && p.glued(j) && !p.standalone && p.text[p.toks[j].start] == 'M' {
			return None, 0, i, false // "10M" is ten million
		}
		// ("4D Recovery", "3D printing": a capital letter glued to a
		// figure names something, no span of days.)
		if w == "d" && p.glued(j) && p.text[p.toks[j].start] == 'D' {
			return None, 0, i, false
		}
	}
	if w == "second" && article {
		// "a second time", "a second opinion": an ordinal, not a second.
		switch nw := p.word(j + 1); nw {
		case "", "and", "or", "of", "per", "each", "every", "longer", "later":
		default:
			return None, 0, i, false
		}
	}
	if u == Times && adj {
		return None, 0, i, false
	}
	// "a years-long gap", "an hours-long wait": an article takes a
	// singular unit; a plural glued to a hyphen is an adjective.
	if article && strings.HasSuffix(w, "s") && !shortUnits[w] && isHyphen(p.punct(j+1)) && p.glued(j+1) {
		return None, 0, i, false
	}
	// "a 90 day program" has no plural, so it modifies what follows.
	if !adj && singularAdj[w] && !article && i > 0 && p.toks[i-1].kind == tNum && p.toks[i-1].num != 1 && p.punct(i-2) != "/" {
		adj = true
	}
	return u, 1, j + 1, adj
}

// meetingCounted are the meetings a count before "during the week"
// counts.
var meetingCounted = map[string]bool{"session": true, "sessions": true, "group": true, "groups": true, "time": true, "times": true,
	"visit": true, "visits": true, "meeting": true, "meetings": true, "appointment": true, "appointments": true}

// rate reads "per week", "a day", "each week", "every day", "/week",
// "weekly", "daily".
func (p *parser) rate(i int) (Unit, int, bool) {
	w := p.word(i)
	switch w {
	case "weekly":
		return Week, i + 1, true
	case "daily", "nightly":
		return Day, i + 1, true
	case "monthly":
		return Month, i + 1, true
	case "hourly":
		return Hour, i + 1, true
	case "yearly", "annually":
		return Year, i + 1, true
	}
	// "3x week", "3–5× week": after a times sign the bare week is the rate.
	if (w == "week" || w == "wk") && (p.word(i-1) == "x" || p.punct(i-1) == "×") {
		return Week, i + 1, true
	}
	j := i
	// "a four-day-a-week schedule", "a 5-day-per-week program": the rate
	// hyphenated to its unit. ("a once-a-week group" counts no days: the
	// adjective names a kind of care, and stays unread.)
	if hyphenRateUnits[p.word(i-1)] && isHyphen(p.punct(i)) && p.glued(i) && (p.word(i+1) == "a" || p.word(i+1) == "per") && p.glued(i+1) && isHyphen(p.punct(i+2)) && p.glued(i+2) && p.glued(i+3) {
		switch p.word(i + 3) {
		case "week":
			return Week, i + 4, true
		case "day":
			return Day, i + 4, true
		}
	}
	// "three days of the week", "spread across five days in the week",
	// "at least five days in each week".
	if (w == "of" || w == "in") && (p.word(i+1) == "the" || p.word(i+1) == "a" || p.word(i+1) == "each" || p.word(i+1) == "every") && p.word(i+2) == "week" {
		return Week, i + 3, true
	}
	// "therapy fills six hours of the day", "five hours of the day
	// in therapy": a share of each day.
	if w == "of" && p.word(i+1) == "the" && p.word(i+2) == "day" && (p.word(i-1) == "hours" || p.word(i-1) == "hour" || p.word(i-1) == "hrs") {
		return Day, i + 3, true
	}
	// "at least two individual sessions during the week", "3 groups during
	// the week": a count of meetings over the week. ("3 hours during the
	// week" may be each weekday's, and stays unread.)
	if w == "during" && p.word(i+1) == "the" && p.word(i+2) == "week" && meetingCounted[p.word(i-1)] {
		return Week, i + 3, true
	}
	// "9 to 20 hours of therapy across the week", "spread over the
	// week", "throughout the week", "over the course of a week": the
	// week's total. ("during the week" may be each weekday's, above.)
	if (w == "across" || w == "over" || w == "throughout") && (p.word(i+1) == "the" || p.word(i+1) == "a") {
		k := i + 2
		if w == "over" && p.word(k) == "course" && p.word(k+1) == "of" && (p.word(k+2) == "the" || p.word(k+2) == "a") {
			k += 3
		}
		if p.word(k) == "week" {
			return Week, k + 1, true
		}
	}
	// "at least five days out of every week", "four days out of the week".
	if w == "out" && p.word(i+1) == "of" {
		switch p.word(i + 2) {
		case "every", "each", "the", "a":
			if p.word(i+3) == "week" {
				return Week, i + 4, true
			}
		}
	}
	// "nine hours in a typical week", "in an average day".
	if w == "in" && (p.word(i+1) == "a" || p.word(i+1) == "an" || p.word(i+1) == "the") && typicalWords[p.word(i+2)] {
		switch p.word(i + 3) {
		case "week":
			return Week, i + 4, true
		case "day":
			return Day, i + 4, true
		}
	}
	switch {
	case p.punct(j) == "/":
		j++
	case w == "per" || w == "a" || w == "an" || w == "each" || w == "every":
		j++
		// ("two days per a week": an article after "per" slips into
		// real copy.)
		if p.word(j) == "each" || p.word(j) == "single" || w == "per" && (p.word(j) == "a" || p.word(j) == "an") {
			j++
		}
		// ("6 hours per scheduled day", "per treatment day", "each
		// program day": the day the program meets.)
		if (w == "per" || w == "each" || w == "every") && dayKinds[p.word(j)] && p.word(j+1) == "day" {
			j++
		}
	default:
		return None, i, false
	}
	switch p.word(j) {
	case "week", "wk", "w":
		// ("five to six hours each week day": a weekday written as two
		// words, each of which the hours are.)
		// ("6 days a week day/night program": a kind of program.)
		if p.word(j) == "week" && p.word(j+1) == "day" && p.punct(j+2) != "/" && !programWords[p.word(j+2)] {
			return Day, j + 2, true
		}
		return Week, j + 1, true
	case "day", "d", "night", "evening", "weekday":
		return Day, j + 1, true
	case "month", "mo":
		return Month, j + 1, true
	case "year", "yr":
		return Year, j + 1, true
	case "hour", "hr":
		return Hour, j + 1, true
	}
	return None, i, false
}

// programWords follow "day" where it names a kind of program ("a day
// program", "day treatment").
var programWords = map[string]bool{"program": true, "programs": true, "programme": true, "treatment": true, "hospital": true}

// hyphenRateUnits are the units a hyphenated rate may follow.
var hyphenRateUnits = map[string]bool{"day": true, "days": true, "hour": true, "hours": true, "night": true, "nights": true,
	"evening": true, "evenings": true, "morning": true, "mornings": true, "afternoon": true, "afternoons": true}

// dayKinds name a day as one the program meets on.
var dayKinds = map[string]bool{"scheduled": true, "treatment": true, "program": true, "programming": true, "attended": true}

var typicalWords = map[string]bool{"typical": true, "average": true, "normal": true, "usual": true, "given": true, "standard": true, "regular": true}

func isHyphen(s string) bool { return s == "-" || s == "‐" || s == "‑" }

func isDash(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "‐" || s == "‑" || s == "−"
}

// dayTimeEnd is where "time" or "-time" at i ends when an hour follows
// it ("day time hours", "day-time hours"), 0 when it does not.
func (p *parser) dayTimeEnd(i int) int {
	if isHyphen(p.punct(i)) && p.glued(i) {
		i++
	}
	if p.word(i) != "time" {
		return 0
	}
	if u, ok := units[p.word(i+1)]; !ok || u != Hour {
		return 0
	}
	return i + 1
}

// possessiveUnit reads w as a unit with a possessive "'s" or "’s" ("a
// month's", "a week’s"): no count of times, and no abbreviation ("hr's").
func possessiveUnit(w string) (Unit, bool) {
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		if stem, ok = strings.CutSuffix(w, "’s"); !ok {
			return None, false
		}
	}
	u, ok := units[stem]
	return u, ok && u != Times && !shortUnits[stem] && len(stem) > 2
}
