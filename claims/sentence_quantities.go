package claims

import (
	"math"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// rangeTo reports that only "to" (or a dash, "through") joins two
// quantities.
func rangeTo(lower string, end, start int) bool {
	if start < end {
		return false
	}
	switch strings.TrimSpace(lower[end:start]) {
	case "to", "-", "–", "—", "through", "or":
		return true
	}
	return false
}

// vagueValue gives the vague counts people read as numbers their usual
// value: "a few times a week" is 2–4, "a couple of hours" 2. "Several"
// and "many" stay vague: readers do not agree on them.
func vagueValue(q *quantity.Quantity) {
	if q.Qualifier != quantity.Vague {
		return
	}
	t := lowerASCII(q.Text)
	// "at least a couple of weeks": a couple is two, so the floor is
	// plain. ("at least a few weeks" names none and stays vague.)
	if strings.HasPrefix(t, "at least a couple") {
		q.Min, q.HasMin, q.Max, q.HasMax, q.Qualifier = 2, true, 0, false, quantity.AtLeast
		return
	}
	// "more than a few hours of therapy a week" is past the usual
	// value, by how much nobody says: it stays vague.
	// (So are "at least a few hours" and "a few more hours".)
	// ("up to a few hours a week", "no more than a few days": a ceiling
	// at a value nobody gives stays vague too.)
	if anyPrefix(t, []string{"more than", "over ", "beyond", "fewer than", "less than", "under ", "at least", "up to", "no more than", "not more than", "at most"}) ||
		strings.Contains(t, " more ") || strings.Contains(t, " extra ") {
		return
	}
	lo, hi := 0.0, 0.0
	switch {
	case strings.Contains(t, "few"):
		lo, hi = 2, 4
	case strings.Contains(t, "couple"):
		lo, hi = 2, 2
	default:
		return
	}
	q.Min, q.Max, q.HasMin, q.HasMax, q.Qualifier = lo, hi, true, true, quantity.Approx
}

// attendedWeek reads a week's count of days "of attendance" as days a
// week: "an IOP asks for about two to four days of attendance", "a PHP
// asks six days of attendance, each a full day". A program
// lasts weeks; a count of up to seven days attended is its week.
// ("30 days of attendance" is a length.)
func attendedWeek(qs []quantity.Quantity, lower string) {
	for i := range qs {
		q := &qs[i]
		if q.Unit == quantity.Day && q.Per == quantity.None && !q.Adjectival && q.HasMax && q.Max <= 7 &&
			strings.HasPrefix(lower[q.End:], " of attendance") {
			q.Per = quantity.Week
		}
	}
}

// maskQuantities blanks the quantities out of lower.
func maskQuantities(lower string, qs []quantity.Quantity) string {
	if len(qs) == 0 {
		return lower
	}
	m := []byte(lower)
	for _, q := range qs {
		for i := q.Start; i < q.End; i++ {
			m[i] = ' '
		}
	}
	return string(m)
}

// boundNamed reads a figure the sentence calls a minimum or a maximum:
// "Nine hours a week is the minimum that most insurers use", "30 days is
// the longest we keep anyone".
func boundNamed(qs []quantity.Quantity, lower string) {
	for i := range qs {
		q := &qs[i]
		// "The minimum length of stay is between 45 and 60 days": the
		// floor is itself given as a span, so stays run from its near end
		// up, as "a minimum of 30 to 45 days" does.
		if q.HasMin && q.HasMax && q.Min < q.Max && q.Per == quantity.None && lengthUnits[string(q.Unit)] > 0 &&
			strings.Contains(lower[max(0, q.Start-50):q.Start], "minimum") && minimumSpanBefore.MatchString(lower[max(0, q.Start-50):q.Start]) {
			q.Qualifier, q.HasMax, q.Max = quantity.AtLeast, false, 0
			continue
		}
		if q.Qualifier != quantity.Exact || !q.HasMin || !q.HasMax || q.Min != q.Max {
			continue
		}
		// "the 9-hour weekly minimum payers require for IOP", "the
		// nine-hour floor for adults", "ASAM's 20-hour minimum for
		// partial hospitalization": a week's hours named as its floor
		// (without "weekly", only a count no day holds).
		if q.Adjectival && q.Unit == quantity.Hour && (q.Per == quantity.None || q.Per == quantity.Week) {
			rest := strings.TrimLeft(lower[q.End:], " ")
			weekly := q.Per == quantity.Week
			if !weekly && anyPrefix(rest, []string{"weekly ", "per-week ", "a-week "}) {
				weekly = true
				rest = rest[strings.IndexByte(rest, ' ')+1:]
			}
			// ("a 40-hour minimum of community service", "a 72-hour
			// minimum stay", "Each PHP day has a 10-hour minimum": no
			// week's treatment.)
			daily := anyPrefix(rest, []string{"minimum per", "minimum each", "minimum a day", "minimum daily", "minimum of", "minimum stay", "minimum hold"}) ||
				hasWord(lower[max(0, q.Start-40):q.Start], "day", "daily")
			if anyPrefix(rest, []string{"minimum", "floor"}) && (weekly || q.Min >= 9 && !daily) && !anyPrefix(rest, []string{"minimum of", "minimum stay", "minimum hold"}) {
				q.Per, q.Adjectival, q.Qualifier, q.HasMax = quantity.Week, false, quantity.AtLeast, false
			}
			continue
		}
		// ("a 4-month minimum stay", "a 90-day minimum commitment": the
		// shortest stay allowed.)
		if q.Adjectival && (q.Unit == quantity.Day || q.Unit == quantity.Week || q.Unit == quantity.Month || q.Unit == quantity.Year) &&
			anyPrefix(strings.TrimLeft(lower[q.End:], " "), []string{"minimum stay", "minimum length", "minimum commitment", "minimum program"}) {
			q.Qualifier, q.HasMax = quantity.AtLeast, false
			continue
		}
		// ("is the most common schedule", "is the least intensive" name
		// no bound.)
		switch rest := strings.TrimLeft(lower[q.End:], " "); {
		// ("Nine hours a week is the floor used by ASAM", "… serves as
		// the baseline", "… is the usual minimum for adult IOP": a floor
		// is a minimum too; a threshold may be a ceiling: "19 hours is
		// the threshold; more counts as PHP".)
		case anyPrefix(rest, []string{"is the minimum", "is the bare minimum", "is a minimum", "is the shortest"}) || floorAfter.MatchString(rest):
			q.Qualifier, q.HasMax = quantity.AtLeast, false
		case anyPrefix(rest, []string{"is the maximum", "is a maximum", "is the longest"}):
			q.Qualifier, q.HasMin = quantity.UpTo, false
		// ("the state uses a smaller floor, six hours a week": the figure
		// put beside "floor" or "minimum" is one.)
		// ("Guidelines set a weekly minimum for adult IOP: nine hours a
		// week", "… a lower weekly minimum than for adults: six hours":
		// the floor, named before the colon.)
		case floorBefore(lower[max(0, q.Start-25):q.Start]) || floorLabelled.MatchString(lower[max(0, q.Start-60):q.Start]):
			q.Qualifier, q.HasMax = quantity.AtLeast, false
		// ("set a ceiling, twenty hours a week", "an upper limit: nine
		// hours": a maximum.)
		case ceilingBefore(lower[max(0, q.Start-25):q.Start]):
			q.Qualifier, q.HasMin = quantity.UpTo, false
		default:
			// "The shortest stay we accept is 30 days", "the longest
			// anyone has stayed is a year": the end of a range.
			// (Asked of every exact figure: the expression runs only
			// where its words are.)
			pre := lower[max(0, q.Start-60):q.Start]
			if !strings.Contains(pre, "shortest") && !strings.Contains(pre, "longest") {
				break
			}
			if m := extremeBefore.FindStringSubmatch(pre); m != nil {
				if m[1] == "shortest" {
					q.Qualifier, q.HasMax = quantity.AtLeast, false
				} else {
					q.Qualifier, q.HasMin = quantity.UpTo, false
				}
			}
		}
	}
}

// minimumSpanBefore ends on a minimum stay the figure after it gives:
// "the minimum length of stay is between ", "a minimum stay of ".
var minimumSpanBefore = prefilter.MustCompile(`\bminimum\s+(?:(?:length\s+of\s+)?(?:stay|treatment|program|programme|duration|length|time)\s+)?(?:(?:is|of|will\s+be|would\s+be)\s+)?(?:(?:typically|usually|generally)\s+)?(?:between\s+|from\s+)?$`)

// floorBefore reports a floor or minimum named right before a figure in
// apposition: "a lower floor, ", "a minimum: ", "the floor of ".
// extremeBefore is the shortest or longest of something named as the
// subject of the figure after it; group 1 says which.
var extremeBefore = prefilter.MustCompile(`\b(?:the|our)\s+(shortest|longest)\s+(?:[a-z]+\s+)?(?:stay|program|programme|course|admission|episode|length|time)\b[^.;:,]{0,30}?\s(?:is|was|would\s+be|will\s+be)\s+$`)

func floorBefore(pre string) bool {
	b, w, ok := cutAnySuffix(strings.TrimRight(pre, " "), "floor,", "floor:", "floor of", "minimum,", "minimum:", "floor —", "minimum —", "floor at",
		// ("a minimum duration of four hours per program day".)
		"minimum duration of", "minimum length of", "minimum period of", "minimum stay of")
	// ("meets on the lower floor, nine hours a week": a storey.)
	return ok && !(strings.HasPrefix(w, "floor") && storey(b))
}

// floorLabelled ends on a floor named before a colon or a dash: "a
// weekly minimum for adult IOP: ", "a minimum for teens — ".
var floorLabelled = prefilter.MustCompile(`\b(?:minimum|floor)\b[^.;:—–]{0,40}(?::|—|–|\s-)\s*$`)

// ceilingBefore reports a ceiling or maximum named right before a figure
// in apposition: "a ceiling, ", "an upper limit: ", "a cap of ".
//
// The bound must be named as one, "a"/"an" before it: "Within that upper
// limit, fifteen hours a week is what we schedule" names a figure inside
// a bound set before.
func ceilingBefore(pre string) bool {
	b, _, ok := cutAnySuffix(strings.TrimRight(pre, " "), "ceiling,", "ceiling:", "ceiling of", "upper limit,", "upper limit:", "upper limit of", "maximum,", "maximum:",
		"maximum duration of", "maximum length of", "maximum period of", "maximum stay of")
	if !ok {
		return false
	}
	a := wordBefore(b, len(b))
	if a != "a" && a != "an" {
		a = wordBefore(b, lastIndex(b, a))
	}
	return a == "a" || a == "an"
}

// storey reports the words before "floor" naming a floor of a building:
// "on the lower", "the second", "our ground".
func storey(b string) bool {
	switch w := wordBefore(b, len(b)); w {
	case "ground", "first", "second", "third", "fourth", "fifth", "top", "upper", "main", "basement":
		return true
	case "lower":
		k := lastIndex(b, w)
		a := wordBefore(b, k)
		return (a == "the" || a == "our") && (wordBefore(b, lastIndex(b[:k], a)) == "on" || wordBefore(b, lastIndex(b[:k], a)) == "to")
	}
	return false
}

// floorAfter names a figure as the floor: "is the floor", "is generally
// the floor", "serves as the baseline", "is the accepted lower bound",
// "to be the recommended minimum".
var floorAfter = prefilter.MustCompile(`^(?:is|to\s+be|serves\s+as|remains)\s+(?:(?:generally|usually|typically|often|widely)\s+)?(?:the|a)\s+(?:(?:usual|accepted|common|standard|clinical|federal|national|recognized|recognised|recommended|suggested)\s+)?(?:floor|baseline|lower\s+limit|lower\s+bound|minimum)\b`)

// shareBound carries a bound over "or": "at least three hours a day or 12
// hours a week" bounds both amounts. So does a comma that sets the same
// amount beside it at another rate: "a minimum of three hours of
// care a day, fifteen hours a week".
func shareBound(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		a, b := &qs[i-1], &qs[i]
		if b.Qualifier != quantity.Exact || b.Min != b.Max {
			continue
		}
		if strings.TrimSpace(lower[a.End:b.Start]) != "or" && !restatedAtRate(a, b, lower[a.End:b.Start]) {
			continue
		}
		switch a.Qualifier {
		case quantity.AtLeast:
			b.Qualifier, b.HasMax = quantity.AtLeast, false
		case quantity.UpTo:
			b.Qualifier, b.HasMin = quantity.UpTo, false
		}
	}
}

// restatedAtRate reports b set after a comma beside a, of a's unit at
// another rate, with nothing between but a's own rate and what it is of:
// " of care a day, ".
func restatedAtRate(a, b *quantity.Quantity, between string) bool {
	if a.Unit != b.Unit || b.Per == quantity.None || !rateThenComma.MatchString(between) {
		return false
	}
	// (The rate may stand after a's words rather than in its figure.)
	per := a.Per
	if per == quantity.None {
		per = quantity.Week
		if hasWord(between, "day", "daily") {
			per = quantity.Day
		}
	}
	return per != b.Per
}

// rateThenComma is a figure's rate and a comma, and at most two words of
// what it measures: " of group time per day, ", " a day, ".
var rateThenComma = prefilter.MustCompile(`^(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:(?:per|a|each|every)\s+(?:day|week)|daily|weekly),\s*$`)

// spanVerb reports a verb of time spent in between, the words from a
// weekly rate to a later figure: "three to five days per week, and most
// programs last about 90 days", "seven days a week, and most guests
// complete detox in 5 to 7 days". The later figure is a length of its own.
func spanVerb(between string) bool {
	return hasWord(between, "last", "lasts", "run", "runs", "take", "takes", "complete", "completes", "finish", "finishes", "stay", "stays", "spend", "spends")
}

// shareRate carries a rate along a list of amounts of one unit: "7
// hours daily on the full-day track, 4 hours on the half-day track, or
// 1-2 hours online". It also gives a weekly rate to hours restated in
// parentheses after days of the week: "4 half days weekly (12+ hours)",
// and the week of hours to the days before them: "four
// evenings and twelve hours of treatment each week".
func shareRate(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		b := &qs[i]
		// The amount before it, past parts of a day named on the way
		// ("6-8 hours daily for full-day programs, 3-5 hours for …").
		k := i - 1
		for k > 0 && qs[k].Adjectival && qs[k].Unit != b.Unit {
			k--
		}
		a := &qs[k]
		if b.Per != quantity.None || a.Per == quantity.None || b.Adjectival {
			continue
		}
		between := lower[a.End:b.Start]
		switch {
		// ("three days a week (about 3 hours each)", "(2 hours per
		// meeting day)": each day's, not the week's.)
		case strings.TrimSpace(between) == "(" && a.Per == quantity.Week && b.Unit == quantity.Hour && !eachAfter(lower[b.End:]):
			b.Per = quantity.Week
		// ("five groups a week, with two groups on Mondays": a part of
		// the week, after "with", keeps its own.)
		// "two days a week with us at the Elm Street clinic and three
		// days in video groups from home": the week split by where it is
		// spent, its second part said after "and".
		case a.Unit == quantity.Day && b.Unit == quantity.Day && a.Per == quantity.Week && b.HasMax && b.Max <= 7 && len(between) <= 70 &&
			!strings.ContainsAny(between, ";.:,") && wordBefore(lower, b.Start) == "and" && placeAfter(lower, b.End):
			b.Per = a.Per
		case a.Unit == b.Unit && len(between) <= 40 && !strings.ContainsAny(between, ";.:") &&
			(strings.Contains(between, ",") || hasWord(between, "or", "and")) && !hasWord(between, "with", "including") && !ownRateAfter(lower, b.End) &&
			// ("three to five days per week, and most programs last about
			// 90 days": a length of its own, no days of a week.)
			// ("admits seven days a week, and most clients finish detox in
			// 4 to 6 days": the time it takes, no days of a week either.)
			!spanVerb(between) && !(b.Unit == quantity.Day && a.Per == quantity.Week && b.Max > 7) &&
			// ("three hours a day, so the weekly total lands between 9 and
			// 15 hours": a total of its own.)
			!hasWord(between, "total", "totals", "weekly", "altogether") &&
			// ("3 hours a day, for 9 hours in total": the total after it
			// is its own, the week's.)
			!totalAfter(lower, b.End) &&
			// ("9 to 20 hours per week, although most groups meet for
			// about 3 hours at a time": one meeting's length.)
			!strings.HasPrefix(lower[b.End:], " at a time") && !strings.HasPrefix(lower[b.End:], " each time") &&
			// ("9 hours weekly, commonly in blocks of three hours": a
			// block's length.)
			!blockOf(lower, b.Start) &&
			// ("3 days a week, half day", "5 days a week, full day": how
			// long each day is, no count.)
			!(b.Unit == quantity.Day && b.HasMax && (b.Max < 1 || b.Max == 1 && hasWord(lower[b.Start:b.End], "full", "whole"))):
			b.Per = a.Per
		}
	}
	// (Days counted by the week: seven at most.)
	for i := 0; i+1 < len(qs); i++ {
		a, b := &qs[i], &qs[i+1]
		if a.Per != quantity.None || a.Adjectival || a.Unit != quantity.Day || !a.HasMax || a.Max > 7 || b.Unit != quantity.Hour ||
			strings.TrimSpace(lower[a.End:b.Start]) != "and" {
			continue
		}
		// ("six hours of programming a day and 30 hours a week": "a day"
		// is a rate, no count of days.)
		switch wordAfter(lower, a.Start) {
		case "a", "an", "per", "each", "every":
			continue
		}
		if k, ok := rateAfter(lower[b.End:]); b.Per == quantity.Week || b.Per == quantity.None && ok && k == HoursPerWeek {
			a.Per = quantity.Week
		}
	}
}

// placeAfter reports a place or a way of attending right after a count
// of days: "three days in video groups", "two days at the clinic", "two
// days from home", "three days online".
func placeAfter(lower string, end int) bool {
	next := lower[end:min(len(lower), end+30)]
	switch wordAfter(lower, end) {
	case "online", "onsite", "on-site", "remotely", "virtually":
		return true
	case "at", "from":
		return hasWord(next, "clinic", "center", "centre", "office", "home", "campus", "site")
	case "in", "on":
		// ("three days in group sessions" is what the days hold.)
		return hasWord(next, "video", "zoom", "person", "site", "campus", "clinic", "office", "telehealth")
	}
	return false
}

// othersHours reports a clock range that times one of hoursOfOthers:
// the word opens the range's clause ("Family visits are allowed on
// Sundays from 1 to 4 p.m."), stands just before the range ("Lunch: 12 to
// 1 p.m.") or right after it ("12 to 1 p.m. lunch break"); not anywhere in
// the sentence ("includes lunch and runs from 9 a.m. to 3 p.m.", "9 a.m.
// to 2:30 p.m., with lunch provided" time the day).
func othersHours(lower string, cr []quantity.Quantity) bool {
	from := 0
	for _, q := range cr {
		lo, _ := clauseBounds(lower, q.Start, q.End)
		lo = max(lo, min(from, q.Start))
		from = q.End
		opening := lower[lo:q.Start]
		if f := strings.Fields(opening); len(f) > 3 {
			opening = strings.Join(f[:3], " ")
		}
		// ("schools dismiss between 2:15 and 2:45 p.m.": a verb and
		// "between" may stand between.)
		// ("with family visits on Sunday afternoons from 1 to 4 p.m.": the
		// visitors' words name whose hours a little further back.)
		if hasWord(opening, hoursOfOthers...) || hasWord(lower[max(lo, q.Start-12):q.Start], hoursOfOthers...) || hasWord(lower[max(lo, q.Start-64):q.Start], visitorWords...) || visitsReceived(lower[max(lo, q.Start-64):min(len(lower), q.End+48)]) ||
			strings.HasSuffix(strings.TrimRight(lower[lo:q.Start], " "), "between") && hasWord(lower[max(lo, q.Start-28):q.Start], hoursOfOthers...) {
			return true
		}
		// ("9:00 a.m. – 2:00 p.m. | lunch provided on site": the next
		// cell says what the day holds.)
		after := lower[q.End:min(len(lower), q.End+20)]
		if i := strings.IndexAny(after, ",;.(|"); i >= 0 {
			after = after[:i]
		}
		if hasWord(after, hoursOfOthers...) {
			return true
		}
	}
	return false
}

// dropStaffHours drops the clock ranges of cr that are staff's hours
// (staffHoursIn), and those that go on with them: "… from 3 to 10 p.m. on
// weekdays and from 8 a.m. to 2 p.m. on weekends".
func dropStaffHours(lower string, cr []quantity.Quantity) []quantity.Quantity {
	out, staffEnd := cr[:0], -1
	for _, q := range cr {
		if staffHoursIn(lower, q) || staffEnd >= 0 && onlyDaysBetween(lower[staffEnd:q.Start]) {
			staffEnd = q.End
			continue
		}
		staffEnd = -1
		out = append(out, q)
	}
	return out
}

// onlyDaysBetween reports words between two clock ranges that only name
// days and join the ranges: " on weekdays and from ", ", and between ".
func onlyDaysBetween(gap string) bool {
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' }) {
		switch strings.TrimSuffix(w, "s") {
		case "on", "and", "or", "from", "between", "weekday", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through", "to":
		default:
			return false
		}
	}
	return true
}

// staffHoursIn reports a clock range q right after members of staff said
// to be in ("counselors are on site from 3 to 10 p.m.", "our nurses are
// available between 7 a.m. and 7 p.m.") and not said to be in for the
// program's meetings ("…, when groups meet").
func staffHoursIn(lower string, q quantity.Quantity) bool {
	lo, _ := clauseBounds(lower, q.Start, q.End)
	return staffIn.MatchString(lower[lo:q.Start]) && !staffForProgram.MatchString(lower[q.End:])
}

// staffIn ends on members of staff said to be in, right before the hours
// they are: "counselors are on site from", "our nurses are available
// between".
var staffIn = prefilter.MustCompile(staffPresent + `(?:from\s+|between\s+)?$`)

// hoursOfOthers are times of day that are not the program's: visitors',
// the office's, a meal's.
var hoursOfOthers = []string{"visiting hours", "visitation", "visitors", "visits", "visiting", "office hours", "business hours", "office hrs", "business hrs",
	"lunch", "break", "breaks", "meal", "meals", "dinner", "breakfast", "brunch", "supper", "intake", "intakes",
	// "Most high schools dismiss between 2:15 and 2:45 p.m."
	"dismiss", "dismissal", "dismisses",
	// "Pharmacy hours are 9 am to 7 pm", "Billing questions are handled
	// …, 9 a.m. to 4 p.m.": a service's own hours.
	"pharmacy", "billing", "cafeteria", "gym"}

// ageBefore ends on the words that give an age: "when i was ", "at age ",
// "aged ", "she turned ".
// ("over the age of 24", "under the age of 30": a bound on who is
// admitted.)
var ageBefore = prefilter.MustCompile(`\b(?:(?:i|he|she|they|you|we)\s+(?:was|were|turned)|(?:at|by|over|under|above|below|past)\s+(?:the\s+)?age(?:\s+of)?|aged|turned)\s+$`)

// parallelFigure reads the bare number that ends a comparison as the
// figure before it says: "PHP meets 5 days a week while IOP meets 3",
// "Where PHP runs six hours daily, IOP runs three". Another program must
// open the number's clause, and the number must close it (nothing is
// counted after it).
func parallelFigure(qs []quantity.Quantity, lower string, ms []mention) {
	for i := 1; i < len(qs); i++ {
		q := &qs[i]
		if q.Unit != quantity.None || q.Per != quantity.None || q.Adjectival || q.Qualifier == quantity.Vague {
			continue
		}
		rest := strings.TrimLeft(lower[q.End:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)!") {
			continue
		}
		// ("… runs 9 to 19 hours a week, partial hospitalization (2.5)": a
		// bracketed number after a level's name is the level's number.)
		if strings.HasSuffix(strings.TrimRight(lower[:q.Start], " "), "(") && strings.HasPrefix(rest, ")") {
			continue
		}
		// ("IOP clients get a mentor in week two", "moves to phase 3":
		// a number naming a week or a stage is a label, no amount. "A PHP
		// day runs 6 hours, and an IOP session 3" is a parallel figure.)
		if w := wordBefore(lower, q.Start); labelNouns[w] && labelPreps[wordBefore(lower, lastIndex(lower[:q.Start], w))] {
			continue
		}
		// ("I spent 45 days in residential when I was 17", "… at age 16":
		// an age, no amount of the figure's unit.)
		if ageBefore.MatchString(lower[max(0, q.Start-24):q.Start]) {
			continue
		}
		p := &qs[i-1]
		if p.Unit == quantity.None {
			continue
		}
		// ("9 to 15 hours of treatment a week and PHPs at least 20": the week
		// read apart after "of care" is the rate of the hours before it.)
		unit, per := p.Unit, p.Per
		if r := rateOnly(p); r != quantity.None && i >= 2 && qs[i-2].Unit != quantity.None && qs[i-2].Per == quantity.None {
			unit, per = qs[i-2].Unit, r
		}
		// The other program is the subject of the number's own clause
		// ("while IOP meets 3"), not one named in passing before it.
		lo, _ := clauseBounds(lower, q.Start, q.End)
		named := false
		for _, m := range ms {
			if m.start >= max(p.End, lo) && m.end <= q.Start && programSubject(m.subject) && !m.contrast {
				named = true
			}
		}
		// ("IOPs can run from 5 to 25 hours weekly, though most programs
		// aim for 10 – 15": programs at large, the figure's
		// own clause's subject, give the same measure.)
		if !named && !programsAim.MatchString(lower[max(p.End, lo):q.Start]) {
			continue
		}
		q.Unit, q.Per = unit, per
	}
}

// labelNouns are named by a number after them: "week two", "phase 3";
// labelPreps put such a label in time or place: "in week two".
var labelPreps = wordSet("in", "by", "from", "during", "until", "till", "after", "before", "of", "on", "through", "into", "to", "at", "for")

var labelNouns = wordSet("week", "day", "month", "year", "phase", "stage", "step", "level", "module", "session", "lesson", "unit", "part", "grade", "room")

// programsAim is a clause of programs at large saying what they give:
// "though most programs aim for", ", but many programs offer".
var programsAim = prefilter.MustCompile(`^\W*(?:(?:though|although|but|while|and|whereas)\s+)?(?:most|many|some|typical|the\s+typical)\s+(?:programs|iops|phps)\s+(?:aim\s+for|target|offer|provide|run|schedule|deliver)\s+(?:about\s+|around\s+|roughly\s+)?$`)

// rateOnly is the period a quantity that is only a rate names ("a week",
// "per day"), quantity.None for any other.
func rateOnly(q *quantity.Quantity) quantity.Unit {
	switch strings.ToLower(strings.TrimSpace(q.Text)) {
	case "a week", "per week", "each week", "every week":
		return quantity.Week
	case "a day", "per day", "each day", "every day":
		return quantity.Day
	}
	return quantity.None
}

// frontedWeek gives the counts of a sentence that opens on "Each week,"
// their rate: "Each week, clients attend four evening sessions of three
// hours" is four sessions a week (the hours stay each session's).
func frontedWeek(qs []quantity.Quantity, lower string) {
	t := strings.TrimLeft(lower, " ")
	if !strings.Contains(t, "week") || !weekOpening(t) && !strings.HasPrefix(t, "in a typical week,") && !strings.HasPrefix(t, "in a given week,") {
		return
	}
	for i := range qs {
		q := &qs[i]
		if q.Per == quantity.None && !q.Adjectival && (q.Unit == quantity.Session || q.Unit == quantity.Times || q.Unit == quantity.Day) {
			q.Per = quantity.Week
		}
	}
}

// weekOpening reports a sentence that opens on what a week holds: "Each
// week, …", "Each week includes …".
func weekOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "each week,") || strings.HasPrefix(t, "every week,") || weekHolds.MatchString(t)
}

// weekHolds opens a sentence on what a week holds: "A typical week has
// three group days", "Each week includes four sessions" (a name may stand
// before "week": "a typical Cedar week").
var weekHolds = prefilter.MustCompile(`^(?:a|each|every|your|the)\s+(?:typical\s+|normal\s+|usual\s+|regular\s+)?(?:[a-z]+\s+)?week\s+(?:has|includes|contains|consists\s+of|holds|brings)\b`)

// weekBreakdown reads the days and hours that break down a weekly figure
// after a colon or dash: "12 hours a week: four mornings, three hours
// each" is four days a week of three hours a day.
func weekBreakdown(qs []quantity.Quantity, lower string) {
	for i := 0; i+1 < len(qs); i++ {
		w := &qs[i]
		if w.Per != quantity.Week || w.Unit != quantity.Hour {
			continue
		}
		if w.End > qs[i+1].Start {
			continue
		}
		gap := strings.TrimSpace(lower[w.End:qs[i+1].Start])
		if gap != ":" && gap != "—" && gap != "–" && gap != "-" && gap != "," {
			continue
		}
		d := &qs[i+1]
		if d.Unit != quantity.Day || d.Per != quantity.None || d.Adjectival {
			continue
		}
		d.Per = quantity.Week
		if i+2 < len(qs) {
			h := &qs[i+2]
			if h.Unit == quantity.Hour && h.Per == quantity.None && strings.HasPrefix(strings.TrimLeft(lower[h.End:], " "), "each") {
				h.Per = quantity.Day
			}
		}
	}
}

// weekHeading reports a block under a heading naming one week of the
// program: "A typical week", "Weekly structure", "Each week".
func weekHeading(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(strings.TrimRight(b.Headings[len(b.Headings)-1], ":"))) {
	case "a typical week", "typical week", "a sample week", "sample week", "weekly structure", "your week", "each week", "every week", "in a typical week", "a week in the program", "weekly schedule at a glance":
		return true
	}
	return false
}

// weekLine gives the week's rate to the count or hours that is the value
// of a labelled line under a heading naming a week: "A typical week" over
// "Individual therapy: 1 session" and "Group therapy: 12 hours". The
// caller passes a line's only quantity.
func weekLine(qs []quantity.Quantity, lower string) {
	k := strings.IndexByte(lower, ':')
	if k <= 0 || k > 40 {
		return
	}
	// ("Individual therapy: 1 session", not "Each day: 6 hours", "Group
	// length: 3 hours", "Monday: 3 hours" or "Total program: 90 hours".)
	if l := lower[:k]; !hasWord(l, "therapy", "group", "groups", "counseling", "counselling", "session", "sessions", "individual", "family", "skills", "process", "education", "psychoeducation") ||
		hasWord(l, "day", "days", "each", "evening", "evenings", "night", "nights", "length", "total", "orientation", "intake", "program", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time", "duration") {
		return
	}
	q := &qs[0]
	if q.Start <= k || q.Per != quantity.None || q.Adjectival || strings.TrimSpace(lower[k+1:q.Start]) != "" || strings.TrimSpace(strings.Trim(lower[q.End:], ".")) != "" {
		return
	}
	switch q.Unit {
	case quantity.Session, quantity.Times:
		q.Per = quantity.Week
	case quantity.Hour:
		// ("Individual session: 1 hour" is one session's.)
		if !hasWord(lower[:k], "session", "sessions") {
			q.Per = quantity.Week
		}
	}
}

// compactSchedule reads a short label of days and hours, as headings of
// a program's options write them: "Day PHP — 5 Days, 6 Hours", "Evening
// IOP — 3 Nights, 3 Hours" are days a week and hours a day. Only in a
// line of a few words: in prose, "5 days, 6 hours" may be anything.
func compactSchedule(qs []quantity.Quantity, lower string) {
	// (Most sentences hold fewer than two figures; the words are counted
	// only for those that do.)
	if len(qs) < 2 || wordCount(lower) > 10 {
		return
	}
	for i := 0; i+1 < len(qs); i++ {
		d, h := &qs[i], &qs[i+1]
		if d.Unit != quantity.Day || d.Per != quantity.None || d.Adjectival || !d.HasMax || d.Max > 7 ||
			h.Unit != quantity.Hour || h.Per != quantity.None || h.Adjectival || strings.TrimSpace(lower[d.End:h.Start]) != "," {
			continue
		}
		// ("Weekend PHP: two days, 14 hours of care per week": the
		// hours have a week of their own.)
		if weeklyAfter.MatchString(lower[h.End:]) {
			d.Per = quantity.Week
			continue
		}
		d.Per, h.Per = quantity.Week, quantity.Day
	}
}

// weeklyAfter follows hours with the week they are counted in: "of
// programming a week", "per week", "weekly".
var weeklyAfter = prefilter.MustCompile(`^\s+(?:of\s+(?:[a-z-]+\s+){1,3})?(?:(?:a|per|each|every)\s+week\b|weekly\b)`)

// answerRate gives a short answer's figures the rate its question asked
// for: "How many hours a week is the IOP?" / "Around 9 to 12 hours,
// spread across three days." is 9 to 12 hours a week.
func answerRate(s *sentence) {
	if s.answers == "" || wordCount(s.text) > 12 {
		return
	}
	per := quantity.None
	switch {
	case hasWord(s.answers, "a week", "per week", "each week", "every week", "weekly"):
		per = quantity.Week
	case hasWord(s.answers, "a day", "per day", "each day", "every day", "daily"):
		per = quantity.Day
	default:
		return
	}
	for i := range s.qs {
		q := &s.qs[i]
		// "four mornings, three hours each": each morning's hours; "6
		// min read" under the question is the article's reading time.
		if next := strings.TrimLeft(s.lower[q.End:], " "); q.Per != quantity.None || q.Adjectival || strings.HasPrefix(next, "each") || strings.HasPrefix(next, "read") {
			continue
		}
		switch {
		case (q.Unit == quantity.Hour || q.Unit == quantity.Minute) && hasWord(s.answers, "how many days", "how often"):
			// "How many days a week? / Typically three to five days, with
			// sessions of about three hours": the question asks for days,
			// the hours time each session.
			continue
		case q.Unit == quantity.Hour || q.Unit == quantity.Minute:
		case q.Unit == quantity.Day && per == quantity.Week && hasWord(s.answers, "how many days"):
		case q.Unit == quantity.None && per == quantity.Week && hasWord(s.answers, "how many days") && strings.TrimLeft(s.lower[:q.Start], " ") == "" &&
			q.HasMax && q.Max <= 7:
			// "How many days a week is IOP? / Three.": the bare count
			// opening the answer is the days asked for.
			q.Unit = quantity.Day
		case q.Unit == quantity.None && hasWord(s.answers, "how many hours") && bareAnswerCount(s.lower, q, per):
			// "How many hours a week is PHP? / At least 20.": so are
			// the hours.
			q.Unit = quantity.Hour
		default:
			continue
		}
		q.Per = per
	}
}

// bareAnswerCount reports a bare count opening a short answer, within
// what a week's (35) or a day's (12) hours of care can be: "At least 20.",
// "About 9 to 12.".
func bareAnswerCount(lower string, q *quantity.Quantity, per quantity.Unit) bool {
	limit := 35.0
	if per == quantity.Day {
		limit = 12
	}
	if strings.TrimLeft(lower[:q.Start], " ") != "" {
		return false
	}
	return q.HasMax && q.Max <= limit || !q.HasMax && q.HasMin && q.Min <= limit
}

// onAverage makes a figure approximate when the sentence gives it as an
// average: "On average, residential clients stay 35 days", "2 to 8 days
// on average" ("an average of 10 weeks" the grammar reads itself).
func onAverage(q *quantity.Quantity, lower string) {
	if q.Qualifier != "" && q.Qualifier != quantity.Exact || !strings.Contains(lower, "average") {
		return
	}
	lo, hi := clauseBounds(lower, q.Start, q.End)
	if strings.HasPrefix(strings.TrimLeft(lower[q.End:hi], " "), "on average") || strings.Contains(lower[:q.Start], "on average,") && strings.TrimSpace(lower[:lo]) == "" {
		q.Qualifier = quantity.Approx
	}
}

// elisionEnds reports the word after an elided unit's rate ("9 to 15
// weekly") as one that can follow the figure: none, or a word that goes
// on to another phrase rather than a noun the rate modifies.
func elisionEnds(after string) bool {
	// ("9 to 15 weekly—to build habits", "weekly, in groups": punctuation
	// closes the figure.)
	if after == "" || after[0] != ' ' {
		return true
	}
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	switch strings.TrimRight(w, ".,;:!?)") {
	case "", "and", "or", "but", "for", "in", "at", "with", "on", "during", "over", "across", "depending", "so", "which", "while", "of", "to", "is", "are":
		return true
	}
	return false
}

// elidedUnit reads a bare range with a rate after it as the unit named
// just before it: "more hours—often 9 to 15 weekly", "hours, typically 9
// to 12 per week"; and a bare count after a change of hours: "from 40 hours
// a week of care to 1 or 2 per week".
func elidedUnit(qs []quantity.Quantity, lower string) []quantity.Quantity {
	grown := false
	for i := range qs {
		q := &qs[i]
		// ("from 40 hours a week of care to 2 per week": the bare count
		// a week after the change counts hours too.)
		if q.Unit == quantity.Times && q.Per != quantity.None && i > 0 && hoursChangedFrom(lower, qs[i-1], q.Start, q.Per) && bareCount(q.Text) {
			q.Unit = quantity.Hour
			grown = true
			continue
		}
		// "Detox takes several days — typically three to seven": the
		// figures that make a vague amount exact take its unit.
		// (Only figures that end their clause: "several days, three if
		// you are lucky" is a case, not the amount.)
		if q.Unit == quantity.None && q.Per == quantity.None && i > 0 && qs[i-1].Unit != quantity.None && restatesRough(lower, &qs[i-1], q) && clauseEndsAt(lower, q.End) {
			q.Unit, q.Per = qs[i-1].Unit, qs[i-1].Per
			continue
		}
		// ("Hours: 6 per week", "Total hours: 6 each week": a bare count
		// under a label of hours is hours, small as it is; the grammar
		// reads a count of seven or fewer a week as times.)
		if q.Unit == quantity.Times && q.Per == quantity.Week && bareCount(q.Text) && hoursElided(lower[max(0, q.Start-30):q.Start]) && strings.Contains(lower[:q.Start], ":") {
			q.Unit = quantity.Hour
			grown = true
			continue
		}
		if q.Unit != quantity.None || q.Qualifier == quantity.Vague {
			continue
		}
		rest := strings.TrimLeft(lower[q.End:], " ")
		var per quantity.Unit
		n := 0
		switch {
		case strings.HasPrefix(rest, "weekly"):
			per, n = quantity.Week, len("weekly")
		case strings.HasPrefix(rest, "per week"), strings.HasPrefix(rest, "a week"), strings.HasPrefix(rest, "each week"):
			per, n = quantity.Week, strings.IndexByte(rest, 'k')+1
		case strings.HasPrefix(rest, "daily"):
			per, n = quantity.Day, len("daily")
		case strings.HasPrefix(rest, "per day"), strings.HasPrefix(rest, "a day"), strings.HasPrefix(rest, "each day"):
			per, n = quantity.Day, strings.IndexByte(rest, 'y')+1
		default:
			continue
		}
		pre := lower[max(0, q.Start-30):q.Start]
		if !hoursElided(pre) {
			continue
		}
		// ("…for three hours, plus one weekly nutrition visit":
		// "weekly" modifies a noun; the number counts appointments.)
		if (per == quantity.Week && strings.HasPrefix(rest, "weekly") || per == quantity.Day && strings.HasPrefix(rest, "daily")) && !elisionEnds(rest[n:]) {
			continue
		}
		q.Unit, q.Per = quantity.Hour, per
		q.End = len(lower) - len(rest) + n
		q.Text = lower[q.Start:q.End]
		grown = true
	}
	if !grown {
		return qs
	}
	// "(six a week)": the rate the figure took in is no quantity of its
	// own any more.
	out := qs[:0]
	end := -1
	for _, q := range qs {
		if q.Start < end {
			continue
		}
		out = append(out, q)
		end = q.End
	}
	return out
}

// roughAmount reports an amount given by a word of quantity: "several
// days", "a few weeks", "a couple of hours".
func roughAmount(q *quantity.Quantity) bool {
	return q.Qualifier == quantity.Vague || vagueWords(q)
}

// restatesRough reports q right after a rough amount it makes exact:
// "several days, typically three to seven", "a few days (usually three
// to five)", "several days — typically three to seven".
func restatesRough(lower string, rough, q *quantity.Quantity) bool {
	return roughAmount(rough) && rough.End <= q.Start && vagueRestated.MatchString(lower[rough.End:q.Start])
}

// clauseEndsAt reports nothing but closing punctuation between i and the
// end of lower's clause.
func clauseEndsAt(lower string, i int) bool {
	rest := strings.TrimLeft(lower[i:], " )")
	return rest == "" || strings.ContainsRune(".;,!?", rune(rest[0]))
}

// vagueRestated stands between a vague amount and the figures that make
// it exact: " — typically ", ", usually ", " (about ".
var vagueRestated = prefilter.MustCompile(`^\s*(?:(?:—|–|-)+|,|\()\s*(?:typically|usually|often|generally|normally|mostly|about|around|roughly|approximately)?\s*$`)

// hoursCell makes a bare count a week in a cell of hours ("| Hours | 6
// per week |", a "Weekly hours" column) the week's hours, as
// "Hours: 6 per week" is in a line.
func hoursCell(qs []quantity.Quantity, b *corpus.Block) {
	if !hoursHeader(b.RowHeader) && !hoursHeader(b.ColHeader) {
		return
	}
	for i := range qs {
		if q := &qs[i]; q.Unit == quantity.Times && q.Per == quantity.Week && bareCount(q.Text) {
			q.Unit = quantity.Hour
		}
	}
}

// hoursHeader reports a table header that ends on hours: "Hours",
// "Weekly hours", "Total hrs".
func hoursHeader(h string) bool {
	t := strings.TrimSpace(lowerASCII(h))
	return (strings.HasSuffix(t, "hours") || strings.HasSuffix(t, "hrs")) && hoursElided(t)
}

// hoursElided reports "hours" in pre with nothing between it and the
// count that names who does what: "more hours—often", "hours, typically",
// "more hours than outpatient care, about", "treatment hours range from".
// ("outside program hours (most clients go to two or three a week)": a
// clause of its own, in brackets or with its own subject, counts
// something else.)
func hoursElided(pre string) bool {
	// (" " first: "Hours can range from 6 to 30 per week" opens on the
	// word.)
	pre = " " + pre
	k := max(lastIndex(pre, " hours"), lastIndex(pre, " hrs"))
	if k < 0 {
		return false
	}
	gap := pre[k+1:]
	// ("fewer hours (six a week)": the bracket holds the count alone.)
	if o := strings.LastIndexByte(gap, '('); o >= 0 && !strings.Contains(gap[o:], ")") && strings.TrimSpace(gap[o+1:]) != "" {
		return false
	}
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if elisionSubjects[w] {
			return false
		}
	}
	return true
}

var elisionSubjects = wordSet("clients", "people", "members", "patients", "participants", "residents", "they", "you", "we", "most", "many", "some", "everyone", "who")

// ownRateAfter reports a rate cue in the phrase after an amount ("9 to
// 15 hours of treatment each week"): the amount has its own rate.
func ownRateAfter(lower string, end int) bool {
	_, ok := rateAfter(lower[end:])
	return ok
}

// mottoEnds reports what follows "one hour at a time" in a motto: the end
// of the sentence, a colon or dash, or the next "one day at a time" (not
// ", twice a week", which goes on to a schedule).
func mottoEnds(rest string) bool {
	r := strings.TrimLeft(rest, " ")
	return strings.Trim(r, " .!") == "" || strings.HasPrefix(r, ":") || strings.HasPrefix(r, "—") || strings.HasPrefix(r, "–") ||
		strings.HasPrefix(r, ", one ") || strings.HasPrefix(r, ", a day") || strings.HasPrefix(r, ", an hour")
}

// byIdiom drops a unit repeated with "by" ("A Day-by-Day Look", "week by
// week"), a motto's "one day at a time", a lateness and a story's "one
// day": no length of anything.
func byIdiom(qs []quantity.Quantity, lower string) []quantity.Quantity {
	out := qs[:0]
next:
	for _, q := range qs {
		for _, by := range []string{"-by-", " by "} {
			if rest, ok := strings.CutPrefix(lower[q.End:], by); ok && sameUnit(lower[q.Start:q.End], leadingWord(rest, 0)) {
				continue next
			}
		}
		// "Steady support, one hour at a time", "one day at a time": a
		// motto, not a length.
		if t := lower[q.Start:q.End]; (t == "one hour" || t == "an hour" || t == "one day" || t == "a day") && strings.HasPrefix(lower[q.End:], " at a time") &&
			mottoEnds(lower[q.End+len(" at a time"):]) {
			continue
		}
		// "anyone who is more than twenty minutes late to group",
		// "arrive ten minutes early": how late or early someone comes,
		// not how long anything lasts.
		// ("three hours late in the evening", "early in the day": a time
		// of day, after which the length stands.)
		if w := wordAfter(lower, q.End); (w == "late" || w == "early" || w == "tardy") && lengthOfTime(lower[q.Start:q.End]) &&
			!timeOfDayAfter[wordAfter(lower, indexWord(lower, w, q.End)+len(w))] {
			continue
		}
		// "I woke up one day and realized …", "one day she called us": a
		// day of a story, no length.
		if t := lower[q.Start:q.End]; t == "one day" && (strings.HasSuffix(lower[:q.Start], " up ") || storyPronoun[wordAfter(lower, q.End)]) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// lengthOfTime reports a quantity's text ending on a unit of clock time.
func lengthOfTime(text string) bool {
	for _, u := range []string{"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"} {
		if sameUnit(text, u) {
			return true
		}
	}
	return false
}

// timeOfDayAfter follow "late" or "early" in a time of day: "late in
// the evening", "early morning", "late at night".
var timeOfDayAfter = wordSet("in", "into", "at", "on", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "day", "days")

// storyPronoun opens a clause of a story: "one day I …", "one day she …".
var storyPronoun = wordSet("i", "he", "she", "they", "we", "my", "his", "her", "their", "our")

// sameUnit reports a quantity's text ending on the word w, or its plural.
func sameUnit(text, w string) bool {
	if w == "" {
		return false
	}
	k := len(text)
	for k > 0 && isWordByte(text[k-1]) {
		k--
	}
	return strings.TrimSuffix(text[k:], "s") == strings.TrimSuffix(w, "s")
}

// openSpan drops a figure that opens a span whose far end is no figure:
// "Outpatient care ranges from an hour of counseling a week to full days
// of programming" spans levels of care, and its one number is neither a
// program's hours nor a bound of them. A far end that is a figure
// ("from 6 to 30 hours") is a range the grammar reads.
func openSpan(qs []quantity.Quantity, lower string) []quantity.Quantity {
	out := qs[:0]
	for i, q := range qs {
		if q.HasMin && q.HasMax && q.Min == q.Max && q.Unit != quantity.None && strings.HasPrefix(lower[q.Start:q.End], "from ") && openTo(qs[i+1:], lower, q.End) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// openTo reports a " to " within the clause after end, within a few
// words, that no figure follows: the figure before it is one end of a
// span in words.
func openTo(next []quantity.Quantity, lower string, end int) bool {
	rest := lower[end:min(len(lower), end+48)]
	if k := strings.IndexAny(rest, ".;:,()"); k >= 0 {
		rest = rest[:k]
	}
	k := strings.Index(rest, " to ")
	if k < 0 {
		return false
	}
	at := end + k + len(" to ")
	for _, q := range next {
		if q.Start >= at-1 && q.Start <= at+1 {
			return false
		}
	}
	w := leadingWord(lower, at)
	return w != "" && (w[0] < '0' || w[0] > '9')
}

// blockOf reports a quantity at i after "blocks of", "sessions of" and
// the like: "in blocks of three hours" is one block's length, not a
// share of the rate before it.
func blockOf(lower string, i int) bool {
	pre := strings.TrimRight(lower[:i], " ")
	if !strings.HasSuffix(pre, " of") {
		return false
	}
	switch wordBefore(pre, len(pre)-len("of")) {
	case "blocks", "block", "sessions", "chunks", "stretches":
		return true
	}
	return false
}

// countAroundLength reads the count of meetings a session's length sits
// inside: "one 60-minute session a week", "two 90-minute groups per week"
// are one and two meetings a week, besides their length. The grammar
// reads the count as a bare number and the week as a span of its own;
// the count takes both words and the week. ("one or two 50-minute
// sessions each week": so does a range of counts, with its week; "3,
// 3-hour sessions": a comma may part the count from the length.)
func countAroundLength(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	for i := 1; i < len(qs); i++ {
		q, c := qs[i], qs[i-1]
		if !q.Adjectival || q.Unit != quantity.Minute && q.Unit != quantity.Hour || c.Unit != quantity.None || c.Per != quantity.None ||
			!c.HasMax || !c.HasMin || c.Min < 1 || c.Min > c.Max || c.Max > 7 || strings.Trim(lower[c.End:q.Start], " ,") != "" {
			continue
		}
		m := meetingsAWeek.FindStringIndex(lower[q.End:])
		unit := quantity.Session
		// "three two-hour afternoons a week", "four three-hour evenings
		// each week": days of the week, each of that length.
		if m == nil && c.Min == c.Max {
			if m = daysAWeek.FindStringIndex(lower[q.End:]); m != nil {
				unit = quantity.Day
			}
		}
		// (A range of sessions added to a program's days, or stepped
		// down to, counts no days of its own: "clients also choose one
		// to three 90-minute groups a week", "… alongside their group
		// days", "step down to one or two 50-minute sessions".)
		if c.Min != c.Max && (m == nil || hasWord(lower, "also", "alongside", "addition", "elective", "electives", "optional", "extra", "down")) {
			continue
		}
		if m == nil {
			// "The evening IOP is 9 hours a week: three three-hour sessions": the
			// sessions a weekly total before them adds up to.
			// ("four three-hour sessions over two days": the days are
			// counted apart.)
			if m = sessionsNoun.FindStringIndex(lower[q.End:]); m == nil || !weekOfSessions(qs[:i-1], c.Max, q, lower) || hasWord(cutAt(lower[q.End+m[1]:], ".;"), "day", "days") {
				continue
			}
		}
		end := q.End + m[1]
		c.End, c.Text, c.Unit, c.Per = end, text[c.Start:end], unit, quantity.Week
		qs[i-1] = c
		// The week the count now holds is no span of its own.
		for j := i + 1; j < len(qs) && qs[j].Start < end; {
			qs = append(qs[:j], qs[j+1:]...)
		}
	}
	return qs
}

// meetingsJoined reads "one individual session and two groups a week":
// a count of sessions joined by "and" to meetings counted by the week
// shares that week. (The bare count of the group after it, whose singular
// the grammar leaves to modify what follows, as in "three group
// sessions", is left as it is.)
func meetingsJoined(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		a, b := &qs[i-1], &qs[i]
		if a.Unit != quantity.Session || a.Per != quantity.None || a.Adjectival || strings.TrimSpace(lower[a.End:b.Start]) != "and" {
			continue
		}
		if b.Unit == quantity.Session && b.Per == quantity.Week ||
			b.Unit == quantity.None && b.Per == quantity.None && b.HasMax && b.Min == b.Max && b.Max >= 1 && b.Max <= 7 && meetingsAWeek.MatchString(lower[b.End:]) {
			a.Per = quantity.Week
		}
	}
}

// sessionsNoun is the meetings a count and a length before it time:
// " sessions", " group sessions".
var sessionsNoun = prefilter.MustCompile(`^\s+(?:(?:individual|group|therapy|counseling|counselling)\s+)?(?:sessions|groups|meetings|blocks)\b`)

// weekOfSessions reports a weekly total of hours among qs that n
// sessions of length's hours make exactly.
func weekOfSessions(qs []quantity.Quantity, n float64, length quantity.Quantity, lower string) bool {
	h := length.Max
	if length.Unit == quantity.Minute {
		h /= 60
	}
	for _, w := range qs {
		// ("at least 9 hours per week, often three 3-hour sessions": a
		// floor the sessions make exactly.) ("at least 9 hours of care
		// each week": the week may follow what the hours are of.)
		weekly := w.Per == quantity.Week || w.Per == quantity.None && weekRateAfter.MatchString(lower[w.End:])
		if w.Unit == quantity.Hour && weekly && w.HasMin && (w.HasMax && w.Min == w.Max || !w.HasMax) && math.Abs(w.Min-n*h) < 0.01 {
			return true
		}
	}
	return false
}

// weekRateAfter opens on a week's rate after hours, past what they are
// of: " of care each week", " a week".
var weekRateAfter = prefilter.MustCompile(`^` + ofWhatThen + `(?:(?:each|a|per|every)\s+week\b|weekly\b)`)

// ofWhatThen is what an amount is of, a word or two, and the space after:
// " of care ", " of group therapy ", or a space alone.
const ofWhatThen = `(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+`

// meetingsAWeek is what follows a session's length in a count of weekly
// meetings: " session a week", " individual sessions each week".
var meetingsAWeek = prefilter.MustCompile(`^\s+(?:(?:individual|group|therapy|counseling|counselling|family|morning|afternoon|evening|night|day|skills|process|support|peer|aftercare|alumni|recovery|[a-z]+(?:-[a-z]+)+)\s+){0,2}(?:sessions?|groups?|visits?|appointments?)\s+(?:(?:with\s+(?:your|a|an|their)\s+(?:own\s+|primary\s+)?(?:therapist|counselor|counsellor|clinician))\s+)?(?:a|per|each|every)\s+week\b`)

// daysAWeek is what follows a day's length in a count of days a week:
// " afternoons a week", " evenings each week".
var daysAWeek = prefilter.MustCompile(`^\s+(?:mornings|afternoons|evenings|nights|days|weekdays)\s+(?:a|per|each|every)\s+week\b`)

// sharedBound carries a lower bound over a coordination of figures of one
// unit, each for its own program: "at least 9 hours a week for IOP and 20
// hours a week for PHP" requires at least 20 of PHP too.
func sharedBound(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		a, b := &qs[i-1], &qs[i]
		if a.Qualifier != quantity.AtLeast || b.Qualifier != quantity.Exact || a.Unit != b.Unit || a.Per != b.Per || b.Min != b.Max {
			continue
		}
		between := lower[a.End:b.Start]
		// ("at least 10 hours a week for adults or 7 hours a week for
		// teens": the floor of each group, joined by "or".)
		if !strings.HasPrefix(between, " for ") || !strings.HasSuffix(between, " and ") && !strings.HasSuffix(between, " or ") || strings.ContainsAny(between, ",;.") || wordCount(between) > 6 {
			continue
		}
		b.Qualifier, b.HasMax, b.Max = quantity.AtLeast, false, 0
	}
}

// modeWeek joins a week counted in parts by how each is attended, "two
// in-person days and one telehealth day weekly" ("three in-person
// evenings and one virtual evening each week"), into the week's count:
// the rate after the second part is the whole week's, and each part alone
// counts no week.
func modeWeek(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	for i := 0; i+1 < len(qs); i++ {
		a, b := &qs[i], &qs[i+1]
		if b.Unit != quantity.Day || a.Per != quantity.None || b.Per != quantity.Week || a.Adjectival || b.Adjectival ||
			!a.HasMin || !a.HasMax || !b.HasMin || !b.HasMax || a.Max > 6 || b.Max > 6 || a.Max+b.Max > 7 || !modeWords(lower[b.Start:b.End]) {
			continue
		}
		// ("two in-person days": the grammar reads the number alone when
		// a way of attending stands between it and its days.)
		switch between := lower[a.End:b.Start]; {
		case a.Unit == quantity.Day && between == " and " && modeWords(lower[a.Start:a.End]):
		case a.Unit == quantity.None && modePart.MatchString(between):
		default:
			continue
		}
		// ("three in-person days and three online days each week; each
		// client picks one track": options, no one week.)
		if hasWord(lower, "pick", "picks", "choose", "chooses", "either", "option", "options", "track", "tracks", "or") {
			continue
		}
		m := *b
		m.Start, m.Text = a.Start, text[a.Start:b.End]
		m.Min, m.Max = a.Min+b.Min, a.Max+b.Max
		if a.Qualifier != quantity.Exact {
			m.Qualifier = a.Qualifier
		}
		qs[i] = m
		qs = append(qs[:i+1], qs[i+2:]...)
	}
	return qs
}

var modePart = prefilter.MustCompile(`^ (?:in-person|in person|on-site|onsite|telehealth|virtual|online|remote|video|clinic|office|campus) (?:days?|evenings?|mornings?|afternoons?|nights?) and $`)

// modeWords reports a way of attending inside a count of days: "two
// in-person days", "one telehealth day".
func modeWords(t string) bool {
	return hasWord(t, "in-person", "in person", "on-site", "onsite", "telehealth", "virtual", "online", "remote", "video", "clinic", "office", "campus")
}

// hoursChangedFrom reports the hours prev at the start of a change of level
// ("from 40 hours a week of care to"), ending right before at: the
// figure after it counts the same hours.
func hoursChangedFrom(lower string, prev quantity.Quantity, at int, per quantity.Unit) bool {
	return prev.Unit == quantity.Hour && prev.Per == per && prev.End <= at &&
		fromFigure(lower, prev.Start) && levelChange.MatchString(lower[prev.End:at])
}

// bareCount reports a count with its rate and no noun: "2 per week", "1
// or 2 a week" (not "2 sessions per week", "3 times a week").
func bareCount(text string) bool {
	f := strings.Fields(lowerASCII(text))
	if len(f) < 3 {
		return false
	}
	// (The last two words are the rate: "per week", "a week".)
	for _, w := range f[:len(f)-2] {
		if w != "or" && w != "to" && (w[0] < '0' || w[0] > '9') {
			return false
		}
	}
	return true
}

// quantityAt is the sentence's quantity that starts at start, nil when
// none does.
func (s *sentence) quantityAt(start int) *quantity.Quantity {
	for i := range s.qs {
		if s.qs[i].Start == start {
			return &s.qs[i]
		}
	}
	return nil
}

// vagueCeilingAfter reports a vague amount's "at most" said after it: "a
// few hours a week at most", "a couple of days, at the most".
func vagueCeilingAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	return strings.HasPrefix(rest, "at most") || strings.HasPrefix(rest, "at the most") || strings.HasPrefix(rest, "tops") || strings.HasPrefix(rest, "max")
}

// eachAfter reports words right after hours that make them each
// meeting's or each day's: " each", " a session", " per group day".
func eachAfter(rest string) bool {
	return anyPrefix(strings.TrimLeft(rest, " "), eachWords)
}

var eachWords = []string{"each", "a session", "per session", "a day", "per day", "a meeting", "per meeting", "per group day", "a group day", "per visit", "a visit"}

// sometimesMore widens a figure by the larger one an aside after it
// allows: "meets once a week, sometimes twice" is once or twice a week,
// "three days a week, occasionally four" three or four, "eight weeks,
// sometimes ten" eight to ten. The bare number of the aside, read as a
// quantity of its own, goes.
func sometimesMore(qs []quantity.Quantity, lower string) []quantity.Quantity {
	for i := 0; i < len(qs); i++ {
		q := &qs[i]
		if !q.HasMin || !q.HasMax || q.Min != q.Max || q.Qualifier != quantity.Exact || q.Unit == quantity.None {
			continue
		}
		m := sometimesMoreAfter.FindStringSubmatchIndex(lower[q.End:])
		if m == nil {
			continue
		}
		word := lower[q.End+m[2] : q.End+m[3]]
		n, ok := asideNumbers[word]
		if !ok {
			// The aside's digits or number word, read as a bare quantity.
			if i+1 >= len(qs) || qs[i+1].Start != q.End+m[2] || qs[i+1].Unit != quantity.None || !qs[i+1].HasMin || qs[i+1].Min != qs[i+1].Max {
				continue
			}
			n = qs[i+1].Min
			qs = append(qs[:i+1], qs[i+2:]...)
		}
		if n > q.Max {
			q.Max = n
		}
	}
	return qs
}

// sometimesMoreAfter is the aside after a figure that names a larger one:
// ", sometimes twice", ", occasionally four", ", or ten for some clients".
var sometimesMoreAfter = prefilter.MustCompile(`^,\s+(?:and\s+)?(?:sometimes|occasionally|at\s+times|now\s+and\s+then|or\s+sometimes|or\s+occasionally|or)\s+(twice|three\s+times|thrice|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)\b(?:\s+for\s+(?:some|a\s+few)\b|\s*[.;,]|\s*$)`)

// asideNumbers are the rates an aside names in words the grammar reads as
// no quantity of its own.
var asideNumbers = map[string]float64{"twice": 2, "thrice": 3, "three times": 3}
