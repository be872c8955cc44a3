package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// plusDays counts the days a schedule adds after its named days with
// "plus": "Tuesday and Thursday 6:00–9:00 p.m., plus Saturday 9:00 a.m.–
// 12:00 p.m." meets three days.
func plusDays(s *sentence, q *quantity.Quantity) float64 {
	if !weekdayNamed(lowerASCII(q.Text)) || q.Min != q.Max {
		return 0
	}
	rest := s.lower[q.End:min(len(s.lower), q.End+80)]
	k := strings.Index(rest, "plus ")
	if k < 0 || strings.ContainsAny(rest[:k], ";") {
		return 0
	}
	n := 0.0
	for _, w := range strings.Fields(rest[k+len("plus "):]) {
		w = strings.Trim(w, ",")
		// ("…, plus a Saturday telehealth group": one more day, named
		// with its article.)
		if w == "and" || w == "on" || w == "a" || w == "one" {
			continue
		}
		if weekdayNames[strings.TrimSuffix(w, "s")] == 0 {
			break
		}
		n++
	}
	return n
}

// weekendAdded counts the weekend days a sentence adds to a Monday-to-
// Friday schedule: "9 a.m. to 3 p.m. Monday through Friday and 9 a.m. to
// noon on Saturdays" meets six days. A day that is closed, optional or
// excepted adds nothing.
func weekendAdded(s *sentence, q *quantity.Quantity) float64 {
	t := lowerASCII(q.Text)
	if !strings.HasPrefix(t, "mon") || q.Min != 5 || q.Max != 5 {
		return 0
	}
	rest := s.lower[q.End:min(len(s.lower), q.End+120)]
	and := indexWord(rest, "and", 0)
	if and < 0 || hasWord(rest, "closed", "except", "excluding", "not", "no", "optional", "some", "occasional", "occasionally") {
		return 0
	}
	n := 0.0
	for _, day := range [][]string{{"saturday", "saturdays"}, {"sunday", "sundays"}} {
		for _, w := range day {
			if k := indexWord(rest, w, and); k >= 0 && wordBefore(rest, k) == "on" {
				n++
				break
			}
		}
	}
	return n
}

// spreadOverDays reads a week's hours spread over days: "9 hours each week,
// spread over three to five days" and "sessions spread across four days"
// count days of the week, not how long the program lasts.
func spreadOverDays(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival {
		return false
	}
	before := wordBefore(s.masked, q.Start)
	// ("9 to 15 hours of care each week over the course of three to five
	// days": the course is the week's days.)
	if before == "of" && strings.HasSuffix(strings.TrimRight(s.masked[:q.Start], " "), "over the course of") {
		before = "over"
	}
	t := lowerASCII(q.Text)
	// The grammar reads "over three days" as a lower bound; after
	// "spread" the "over" is a preposition.
	overBound := q.Qualifier == quantity.AtLeast && strings.HasPrefix(t, "over ")
	// "at least 20 hours a week, usually five days": the days the
	// week's hours take, set off after them.
	if usualWords[before] && strings.HasSuffix(strings.TrimRight(s.masked[:lastIndex(s.masked[:q.Start], before)], " "), ",") &&
		q.Unit == quantity.Day && q.HasMax && q.Max <= 7 {
		for j := range s.qs {
			if o := &s.qs[j]; o.End <= q.Start && q.Start-o.End <= 14 && o.Unit == quantity.Hour && o.Per == quantity.Week {
				return true
			}
		}
	}
	// "nine hours a week, divided into four sessions", "nine hours of
	// care a week, mostly across three sessions": the week's hours,
	// said before in the sentence, in meetings of a day each.
	// ("The day is divided into two sessions" has no week's hours.)
	// (Right after the week: "… a week, and each group is divided into
	// two sessions", "the intake is split across two sessions" divide
	// something else.)
	if q.Unit == quantity.Session && q.HasMax && q.Max <= 7 && (before == "into" || before == "across" || before == "over") && weeklyHoursBefore(s, 0, q.Start) && !dayDivided(s, q.Start) {
		if k := lastIndex(s.lower[:q.Start], "week"); k >= 0 && weekThenSessions.MatchString(s.lower[k+len("week"):q.Start]) && !longSessions(s, q) {
			return true
		}
	}
	// ("split into three-hour sessions on three to five days".)
	if before != "over" && before != "across" && before != "on" && !overBound {
		return false
	}
	// ("30 hours of therapy a week over 30 days": more days than a week
	// has are how long.)
	if n := q.Min; q.Unit == quantity.Day && (q.HasMax && q.Max > 7 || !q.HasMax && n > 7) {
		return false
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	if q.Unit == quantity.Session && dayDivided(s, q.Start) {
		return false
	}
	if !hasWord(s.masked[lo:q.Start], "spread", "spreads", "split", "divided", "distributed") && !weeklyHoursBefore(s, lo, q.Start) {
		// "10 hours per week over 4 days": the week's hours share them.
		return false
	}
	if overBound {
		q.Max, q.HasMax, q.Qualifier = q.Min, true, quantity.Exact
	}
	return true
}

// longSessions reports a week's hours that the sessions at q would make
// longer than six hours each: "25 hours a week, split into two sessions:
// morning groups and afternoon therapy" splits a day, not the week.
func longSessions(s *sentence, q *quantity.Quantity) bool {
	for j := range s.qs {
		if o := &s.qs[j]; o.Unit == quantity.Hour && o.End <= q.Start {
			h := o.Min
			if o.HasMax {
				h = o.Max
			}
			return q.Max > 0 && h/q.Max > 6
		}
	}
	return false
}

// weekThenSessions is what may come between the week of a week's hours
// and the sessions they are held in: ", often divided into", ", usually
// across", " across".
var weekThenSessions = prefilter.MustCompile(`^\s*[,;]?\s*(?:(?:often|usually|typically|generally|commonly|mostly|normally|and|which\s+(?:is|are))\s+)*(?:(?:divided|split|broken\s+(?:down|up)|spread|held|delivered|offered|scheduled)\s+)?(?:into|across|over)\s*$`)

// dayDivided reports a day, or another thing than the week's care,
// named in the clause of the sessions at i: "each day is divided into two
// sessions", "the intake assessment is split across two sessions" count
// its parts.
func dayDivided(s *sentence, i int) bool {
	lo, _ := clauseBounds(s.lower, i, i)
	return hasWord(s.masked[lo:i], "day", "days", "daily", "morning", "afternoon", "evening",
		"intake", "assessment", "orientation", "curriculum", "module", "modules", "topic", "topics", "lesson", "lessons", "each")
}

var usualWords = wordSet("usually", "typically", "often", "generally", "normally", "mostly")

// sessionsOfHours reads the week's meetings counted with their length: "nine
// hours a week, often three sessions of three hours apiece". A session a
// day is how programs schedule them.
func sessionsOfHours(s *sentence, i int) bool {
	q := &s.qs[i]
	return countedSessions(s, i) && !q.Adjectival && s.qs[i+1].Unit == quantity.Hour && q.HasMax && q.Max <= 7
}

// restatedDays reads a bare count of days that restates a weekly rate
// said just before it in the sentence: "therapy on several days a
// week—usually 3 to 5 days".
// weekThenDays is what stands between a week's hours and the days they
// are given on: " of treatment per week for ", " a week over ".
// meetingsEachWeek ends on meetings held each week and, after a comma, a
// dash or an opening bracket, a hedge: "sessions each week, often
// ranging", "groups every week, usually on", "sessions per week—often".
var meetingsEachWeek = prefilter.MustCompile(`\b(?:sessions|groups|meetings|classes|treatment|therapy)\s+(?:(?:each|every|a|per)|throughout\s+the|during\s+the|over\s+the|across\s+the)\s+week(?:,\s+|\s*[—–]\s*|\s+-\s+|\s*\(\s*)(?:(?:often|usually|typically|generally|commonly|normally)\s+)?(?:ranging\s+|spread\s+)?(?:on\s+|over\s+|across\s+)?$`)

var weekThenDays = prefilter.MustCompile(`^` + ofWhatThen + `(?:per\s+week|a\s+week|each\s+week|weekly)\s+(?:for|over|across|on)\s+$`)

// bracketOpening reports t as an opening bracket, alone or with a hedge:
// "(", "(typically ", "(usually ".
func bracketOpening(t string) bool {
	t, ok := strings.CutPrefix(strings.TrimSpace(t), "(")
	return ok && onlyHedges(t)
}

func restatedDays(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival || !q.HasMax || q.Max > 7 {
		return false
	}
	// ("Phone calls home three times a week after the first 7 days": a
	// span of days, not the week's restated.)
	// "10 or more hours of care per week over 3 to 4 days": the days
	// a week's hours are given on.
	if i > 0 {
		if o := &s.qs[i-1]; o.Unit == quantity.Hour && (o.Per == quantity.Week || o.Per == quantity.None) && q.Unit == quantity.Day && weekThenDays.MatchString(s.lower[o.End:q.Start]) {
			q.Per = quantity.Week
			return true
		}
	}
	// "joins a few group sessions each week, usually on 3 or 4 days":
	// the days the week's meetings, counted by no figure, are held on.
	if q.Unit == quantity.Day && meetingsEachWeek.MatchString(s.lower[max(0, q.Start-80):q.Start]) {
		q.Per = quantity.Week
		return true
	}
	// ("one hour every seven days": how often, not how many days.)
	switch wordBefore(s.masked, q.Start) {
	case "first", "last", "next", "after", "within", "for", "past", "initial", "every":
		return false
	}
	for j := i - 1; j >= 0; j-- {
		o := &s.qs[j]
		// "9+ hours per week (3–5 days)", "20-30 hours per week
		// (typically 5-7 days)": the days the week's hours are spread
		// over, in brackets right after them.
		if o.Per == quantity.Week && o.Unit == quantity.Hour && bracketOpening(s.lower[o.End:q.Start]) && strings.HasPrefix(strings.TrimLeft(s.lower[q.End:], " "), ")") {
			q.Per = quantity.Week
			return true
		}
		if o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times) && q.Start-o.End < 40 {
			// ("runs four days a week: two days at the clinic and two by
			// video": fewer days than the week's are a part of it, read
			// by weekPart.)
			// ("admits seven days a week, and most clients finish detox in 5
			// to 7 days": a span, after a verb of time spent.)
			if weekPart(o, q) || spanVerb(s.masked[o.End:q.Start]) {
				return false
			}
			q.Per = quantity.Week
			return true
		}
	}
	return false
}

// weekPart reports a bare count of days q fewer than the week's count o
// said just before it: "runs four days a week: two days at the clinic
// and two by video" breaks the week into parts, neither a week nor a
// length.
func weekPart(o, q *quantity.Quantity) bool {
	return o.Qualifier != quantity.Vague && o.HasMin && q.HasMax && q.Max < o.Min
}

// partOfStatedWeek reports q, a bare count of days, as a part of a week counted
// just before it in the sentence (see weekPart).
func partOfStatedWeek(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival || q.Unit != quantity.Day {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		o := &s.qs[j]
		if o.Per == quantity.Week && o.Unit == quantity.Day && q.Start-o.End < 40 {
			return weekPart(o, q) && !spanVerb(s.masked[o.End:q.Start])
		}
	}
	return false
}

// daysOfPerWeek reads "5–7 days of treatment per week": the rate comes
// after what the days are of.
func daysOfPerWeek(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival || wordAfter(s.masked, q.End) != "of" {
		return false
	}
	// ("after the first few days of care, it is reviewed weekly": the
	// opening days of a stay are a span, whatever rate follows.)
	switch wordBefore(s.masked, q.Start) {
	case "first", "last", "next", "initial", "past", "opening", "final":
		return false
	}
	_, hi := clauseBounds(s.lower, q.Start, q.End)
	if k, ok := rateAfter(s.rateText(q.End, hi)); (!ok || k != HoursPerWeek) && !attendedDaysLong(s, q) {
		// "three to five days of group, each lasting around three
		// hours": days counted out with each one's length are meeting
		// days, a week's.
		if !(q.Unit == quantity.Day && q.HasMax && q.Max <= 7 && eachLasting.MatchString(s.masked[q.End:min(len(s.masked), q.End+60)])) {
			return false
		}
	}
	// The rate is the days' own: later quantities of the sentence see it.
	q.Per = quantity.Week
	return true
}

// daysThereEachWeek reads a few days, where they are spent, and then
// the week: "You will spend five days at our center each week", "four
// days in group every week". The rate is the days' own.
func daysThereEachWeek(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival || q.Unit != quantity.Day || !q.HasMax || q.Max > 7 || q.HasMin && q.Min < 1 {
		return false
	}
	if _, ok := placeThenWeekAt(s, q.End); !ok {
		return false
	}
	q.Per = quantity.Week
	return true
}

// placeThenWeekAt reports where days are spent and then the week they
// recur in, right after end, and where the week ends: " at our center
// each week", " here a week". (The week may be a figure of its own, "a
// week", which weekOfDaysBefore then leaves unread.)
func placeThenWeekAt(s *sentence, end int) (int, bool) {
	loc := placeThenWeek.FindStringIndex(s.lower[end:min(len(s.lower), end+48)])
	if loc == nil {
		return 0, false
	}
	// ("two days at home each week", "a day at school": days away from
	// the program.)
	if hasWord(s.lower[end:end+loc[1]], "home", "school", "work", "job", "jobs", "off", "away") {
		return 0, false
	}
	switch wordAfter(s.lower, end+loc[1]) {
	case "of", "long", "later", "earlier", "before", "after", "prior", "ahead":
		// ("a week of …", "a week before rehab": a span, no rate.)
		return 0, false
	}
	return end + loc[1], true
}

// weekOfDaysBefore reports qs[i] as the week of the days before it,
// where they are spent between: the "a week" of "four days here a week",
// no length.
func weekOfDaysBefore(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := &s.qs[i-1]
	if p.Unit != quantity.Day || p.Per != quantity.Week || s.qs[i].Per != quantity.None {
		return false
	}
	switch lowerASCII(s.qs[i].Text) {
	case "a week", "per week", "each week", "every week":
	default:
		return false
	}
	e, ok := placeThenWeekAt(s, p.End)
	return ok && e == s.qs[i].End
}

// placeThenWeek opens on where days are spent, then the week they
// recur in: " at our center each week", " in group every week", " here
// each week".
var placeThenWeek = prefilter.MustCompile(`^\s+(?:(?:at|in|on|with)\s+(?:[a-z'’-]+\s+){1,3}?|(?:here|there|on[- ]site|onsite)\s+)(?:each|every|per|a)\s+week\b`)

var eachLasting = prefilter.MustCompile(`^\s*of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*each\s+(?:lasting|running|about|around)\b`)

// weeklyHoursBefore reports an amount of hours a week in [lo, end).
func weeklyHoursBefore(s *sentence, lo, end int) bool {
	for j := range s.qs {
		if o := &s.qs[j]; o.Start >= lo && o.End <= end && o.Unit == quantity.Hour && o.Per == quantity.Week {
			return true
		}
		// ("12 hours of care a week across four days": the
		// week may follow what the hours are of.)
		if o := &s.qs[j]; o.Start >= lo && o.End <= end && o.Unit == quantity.Hour && o.Per == quantity.None {
			// ("9 to 12 hours of group per week, usually held across 3
			// to 4 days": the week within a few words, however far the
			// days.)
			if between := s.lower[o.End:min(end, o.End+40)]; strings.Contains(between, " per week") || strings.Contains(between, " a week") || strings.Contains(between, " each week") || strings.Contains(between, " every week") {
				return true
			}
		}
	}
	return false
}

// dayDifference reports days counted as a difference between programs, "two
// more days", "two extra days" (than IOP), not a count of days; a bound
// ("five or more days", "no more than three days", "more than three
// days") stays one.
func dayDifference(t string) bool {
	if !strings.Contains(t, " more ") && !strings.Contains(t, " fewer ") && !strings.Contains(t, " extra ") {
		return false
	}
	for _, bound := range []string{"or more", "or fewer", "no more", "not more", "no fewer", "not fewer", "more than", "fewer than"} {
		if strings.Contains(t, bound) {
			return false
		}
	}
	return true
}

// attendedDaysLong reads "four days of attendance for a full day":
// days attended, each as long as said, are the week's.
func attendedDaysLong(s *sentence, q *quantity.Quantity) bool {
	return q.Unit == quantity.Day && q.HasMax && q.Max <= 7 && attendanceDays.MatchString(s.lower[q.End:min(len(s.lower), q.End+60)])
}

var attendanceDays = prefilter.MustCompile(`^\s*of\s+(?:attendance|programming|treatment|groups?)\s*,?\s+(?:for\s+(?:a\s+)?(?:half|full|partial)\b|each\s+(?:lasting|running)\b)`)

// perDayForDays reads "two groups per day for 4 days" in a sentence
// about a week ("a 20-hour weekly requirement …"): the days the groups
// meet each week, no four-day program.
func perDayForDays(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.None || q.Adjectival || !q.HasMax || q.Max > 7 || q.Min < 2 || wordBefore(s.masked, q.Start) != "for" {
		return false
	}
	before := strings.TrimRight(s.lower[:lastIndex(s.lower[:q.Start], "for")], " ")
	if !strings.HasSuffix(before, "per day") && !strings.HasSuffix(before, "a day") && !strings.HasSuffix(before, "each day") {
		return false
	}
	// ("… for 5-7 days and one individual session during the week": so
	// is a sentence that names the week in words.)
	weekly := hasWord(s.lower, "week", "weekly")
	for j := 0; j < len(s.qs) && !weekly; j++ {
		weekly = j != i && s.qs[j].Per == quantity.Week
	}
	if weekly {
		q.Per = quantity.Week
	}
	return weekly
}

// daysDescribed reports named days at [start, end) that open the
// sentence as the subject of something other than meeting: "Saturday
// and Sunday sessions start at 9 a.m.", "The Wednesday and Thursday
// evenings include a family segment", "Saturday and Sunday mornings each
// include two groups". ("Monday, Wednesday and Friday sessions run 6 to 9
// p.m." and "… groups meet at noon" are the week's meetings.)
func daysDescribed(lower string, start, end int) bool {
	switch strings.TrimSpace(lower[:start]) {
	case "", "the", "on", "our":
	default:
		return false
	}
	return daysHold.MatchString(lower[end:])
}

// daysHold follows named days with what they are and a verb of what
// they hold, not of meeting: " sessions start at", " evenings include",
// " mornings each include".
var daysHold = prefilter.MustCompile(`^(?:\s+(?:sessions?|groups?|evenings?|mornings?|afternoons?|days?|nights?|classes|meetings))?\s+(?:each\s+|also\s+|usually\s+|typically\s+)?(?:start|starts|begin|begins|end|ends|finish|finishes|include|includes|add|adds|feature|features|focus|focuses|are\s+(?:longer|shorter|quieter|lighter|busier|calmer|slower|more\s+relaxed)|is\s+(?:longer|shorter|quieter|lighter|busier|calmer|slower))\b`)
