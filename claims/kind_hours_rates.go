package claims

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// totalAfter reports a sum announced right after a figure: "nine hours
// total", "in total", "in all", "all told".
func totalAfter(masked string, end int) bool {
	rest := strings.TrimLeft(masked[end:], " ")
	if n := sumAhead(rest); n > 0 {
		return !dayRateAfter(rest[n:])
	}
	// "nine hours of programming in total", "12 hours of group and
	// individual therapy in all": the total past what the hours are of.
	// (Not a day's or a session's: "each session runs three hours of
	// group in total".)
	if strings.HasPrefix(rest, "of ") && !dayRateBefore(masked[max(0, end-60):end]) {
		rest = rest[len("of "):]
		for n := 0; n < 4; n++ {
			w := leadingWord(rest, 0)
			if w == "" || w == "in" || w == "all" || w == "altogether" || w == "total" || strings.HasPrefix(rest[len(w):], "-") {
				break
			}
			rest = strings.TrimLeft(rest[len(w):], " ")
			if k := sumAhead(rest); k > 0 {
				return !dayRateAfter(rest[k:])
			}
		}
	}
	return false
}

// sumAhead is the length of a word opening rest that makes what is before
// it a sum: "total", "in total", "in all", "all told", "altogether"; 0
// when there is none.
func sumAhead(rest string) int {
	for _, p := range []string{"total", "in total", "in all", "all told", "altogether"} {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isWordByte(rest[len(p)])) {
			return len(p)
		}
	}
	return 0
}

// dayRateAfter reports rest opening on a day's or a session's rate: the
// total before it is that day's ("six hours in total each day").
func dayRateAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	for _, p := range []string{"each day", "a day", "per day", "every day", "daily", "each night", "a night", "per night", "every night", "nightly", "each session", "per session", "a session", "each evening", "every evening", "each morning", "every morning"} {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isWordByte(rest[len(p)])) {
			return true
		}
	}
	return false
}

// courseTotal reports a total q said after a length of weeks or months
// that follows a weekly rate: the hours of the whole course.
func courseTotal(qs []quantity.Quantity, q *quantity.Quantity) bool {
	rate, course := 0.0, false
	hours := 0.0
	for j := range qs {
		o := &qs[j]
		if o.End > q.Start {
			break
		}
		switch {
		case o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times || o.Unit == quantity.Session) && o.HasMax:
			rate = o.Max
		case rate > 0 && o.Per == quantity.None && (o.Unit == quantity.Week || o.Unit == quantity.Month):
			course = true
		case o.Unit == quantity.Hour && o.Per != quantity.Week && o.HasMax:
			hours = o.Max
		case o.Unit == quantity.Minute && o.Per != quantity.Week && o.HasMax:
			hours = o.Max / 60
		}
	}
	// ("three evenings a week for 10 weeks, three hours each evening
	// (nine hours total)": the week's sessions add up to the total.)
	if course && rate > 0 && hours > 0 && q.HasMax && math.Abs(rate*hours-q.Max) < 0.01 {
		return false
	}
	return course
}

// meetingsPerWeekThen is what stands between a bare count of meetings
// and the length of each: " classes per week, ".
var meetingsPerWeekThen = prefilter.MustCompile(`^\s*(?:classes|class|groups|sessions|meetings|seminars|lectures)\s+(?:per|a|each)\s+week\s*,\s*$`)

var weeklyCues = []string{"every week", "each week", "per week", "a week", "weekly", "/week", "/wk", "each wk", "per wk",
	"a typical week", "an average week", "a given week", "a normal week", "a usual week",
	// ("10 to 18 hours of groups and skills work across the week": the week's
	// total, as "spread over the week" is.)
	"across the week", "across a week", "throughout the week", "over the week"}

// daysOfTheWeek is a count of days named in words before the week:
// "most days each week", "several days a week".
var daysOfTheWeek = prefilter.MustCompile(`\b(?:most|many|several|multiple)\s+days\s+(?:each|a|per|every|of\s+the)\s+week\b`)

// ("Most days include about six hours of therapy": the usual day.)
var dailyCues = []string{"every day", "each day", "per day", "a day", "daily", "/day", "everyday", "most days"}

// dailyAndPartCues add parts of the day to dailyCues: in "three hours of
// group each morning" each morning is a day the program meets. (Before
// the hours a part of the day may be one meeting: "Each evening is an
// hour of twelve-step meetings".)
var dailyAndPartCues = append(slices.Clip(dailyCues), "each morning", "every morning", "each afternoon", "every afternoon", "each evening", "every evening",
	"per evening", "each night", "every night", "a night", "per night", "nightly")

// listToRate is the rest of a list of a figure's parts that ends on its
// rate: ", education and skills work every week", ", skills groups, or
// recreation each weekday".
var listToRate = prefilter.MustCompile(`^,\s*(?:[a-z-]+\s+){0,3}(?:[a-z-]+,\s+)?(?:and|or)\s+(?:[a-z-]+\s+){0,3}(?:every|each|a|per)\s+(?:week|weekday|day|evening|night)\b`)

// rateAfter finds a rate cue in the phrase after a quantity of hours,
// before any punctuation other than parentheses: "of treatment per day",
// "of daily group therapy", "of clinical programming (…) a day".
func rateAfter(s string) (Kind, bool) { return rateAfterParts(s, false) }

// rateAfterParts is rateAfter, reading a part of the day ("each
// evening") as a day when parts is set: for a day's worth of hours, two
// or more ("three hours of group each morning"); an hour or so each
// evening is one activity of the day ("90 minutes of DBT skills every
// evening, followed by a process group").
func rateAfterParts(s string, parts bool) (Kind, bool) {
	end, depth := len(s), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth <= 0 && c == ',' && listToRate.MatchString(s[i:]):
			// "nine hours of group, education and skills work every
			// week": a list of what the hours hold, then their rate.
		case depth <= 0 && (c == ',' || c == ';' || c == '.' || c == ':'):
			end = i
		}
		if end < len(s) {
			break
		}
	}
	s = s[:end]
	week, day := -1, -1
	for _, c := range weeklyCues {
		if i := indexCue(s, c); i >= 0 && (week < 0 || i < week) {
			week = i
		}
	}
	cues := dailyCues
	if parts {
		cues = dailyAndPartCues
	}
	for _, c := range cues {
		if i := indexCue(s, c); i >= 0 && (day < 0 || i < day) {
			day = i
		}
	}
	// "… each weekday": every day the program meets. ("sessions every
	// weekday evening" names the part of the day a meeting takes.)
	for _, c := range [...]string{"each weekday", "every weekday"} {
		if i := indexWord(s, c, 0); i >= 0 && (day < 0 || i < day) && !dayParts[wordAfter(s, i+len(c))] {
			day = i
		}
	}
	switch {
	case week >= 0 && (day < 0 || week < day):
		return HoursPerWeek, true
	case day >= 0:
		return HoursPerDay, true
	}
	return "", false
}

// indexCue is indexWord, save that a cue opening on a slash may be glued
// to the word before it: "9 hours of service/week".
func indexCue(s, c string) int {
	if c[0] != '/' {
		return indexWord(s, c, 0)
	}
	for i := 0; ; {
		k := strings.Index(s[i:], c)
		if k < 0 {
			return -1
		}
		i += k
		if e := i + len(c); e == len(s) || !isWordByte(s[e]) {
			return i
		}
		i++
	}
}

// rateText is masked[from:to] with bare rate phrases the grammar read as
// one unit ("a day", "a week") put back: in "8 hours of programming (…)
// a day" they are the rate of the hours before them.
func (s *sentence) rateText(from, to int) string {
	t := s.masked[from:to]
	for i := range s.qs {
		q := &s.qs[i]
		if q.Start < from || q.End > to || !bareRate(lowerASCII(q.Text)) {
			continue
		}
		t = t[:q.Start-from] + s.lower[q.Start:q.End] + t[q.End-from:]
	}
	return t
}

func bareRate(t string) bool {
	switch t {
	case "a day", "a week", "each day", "each week", "every day", "every week", "per day", "per week":
		return true
	}
	return false
}

// sumVerb reports "which comes to", "that amounts to" ending the text: the
// figure after it sums what came before.
func sumVerb(pre string) bool {
	t := trimApprox(pre)
	return strings.HasSuffix(t, "comes to") || strings.HasSuffix(t, "come to") || strings.HasSuffix(t, "amounts to") || strings.HasSuffix(t, "amount to")
}

// trimApprox trims the words that make a figure after them approximate
// off the end of pre: "comes to about " is "comes to".
func trimApprox(pre string) string {
	t := strings.TrimRight(pre, " ")
	for _, w := range []string{"about", "around", "roughly", "approximately", "nearly", "almost", "just over", "just under"} {
		t = strings.TrimRight(strings.TrimSuffix(t, w), " ")
	}
	return t
}

// addsUp reports a figure announced as the sum of those before it, in
// any form of the verb: "adds up to", ", adding up to", ", added up to".
// (Without the comma, "are adding up to two hours of individual therapy"
// adds as much as that, no total.)
func addsUp(s string) bool {
	if strings.Contains(s, "adds up to") || strings.Contains(s, "add up to") {
		return true
	}
	return strings.Contains(s, ", adding up to") || strings.Contains(s, ", added up to")
}

// dayTotal ends on a day said to add up to what follows: "each day adds
// up to", "every day totals", "the day comes to".
// dayLasting ends on a day said to last what follows: "with each
// treatment day lasting ", "every program day runs ".
var dayLasting = prefilter.MustCompile(`\b(?:each|every)\s+(?:treatment\s+|program\s+|programme\s+|clinical\s+)?day\s+(?:lasting|lasts|running|runs|being|is)\s+$`)

// perDayAfter opens on the day a figure is given for, a kind of day
// named: " of programming each treatment day", " every program day".
var perDayAfter = prefilter.MustCompile(`^\s+(?:of\s+(?:[a-z-]+\s+){0,2})?(?:each|every|per|a)\s+(?:treatment|program|programme|clinical|attendance|group)\s+day\b`)

var dayTotal = prefilter.MustCompile(`\b(?:each|every|the|that)\s+(?:treatment\s+|program\s+)?day\s+(?:adds\s+up\s+to|totals|comes\s+to|amounts\s+to|works\s+out\s+to)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$`)

// dayParts name a part of the day.
var dayParts = wordSet("morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights")

// dayRateBefore reports a day's or a session's rate in pre: "each session
// runs three hours", "every day brings".
func dayRateBefore(pre string) bool {
	for _, p := range []string{"each day", "every day", "per day", "each night", "every night", "each session", "every session", "per session", "each evening", "every evening", "each morning", "every morning", "daily"} {
		if strings.Contains(pre, p) {
			return true
		}
	}
	return false
}

// oneMeetingSaid reports words that turn what follows to one meeting or
// one day: "with each session lasting", "a session is", "every day".
func oneMeetingSaid(between string) bool {
	return dayRateBefore(between) || strings.Contains(between, "a session is") || strings.Contains(between, "session lasting") ||
		strings.Contains(between, "sessions last") || strings.Contains(between, "session lasts") || strings.Contains(between, "a day is")
}
