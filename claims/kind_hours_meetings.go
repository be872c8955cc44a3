package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// meetingInBrackets reports a figure opening a bracket after how often
// something meets: "Individual therapy every week (50 minutes", or, for
// minutes, a phrase led by its rate, "Weekly individual counseling (50
// minutes". The figure is one meeting's length.
func meetingInBrackets(lower string, i int, minutes bool) bool {
	pre := strings.TrimRight(lower[:i], " ")
	if !strings.HasSuffix(pre, "(") {
		return false
	}
	pre = strings.TrimRight(pre[:len(pre)-1], " ")
	for _, f := range []string{"every week", "each week", "weekly", "a week", "per week"} {
		if strings.HasSuffix(strings.TrimRight(pre, " ,"), f) {
			return true
		}
	}
	if !minutes {
		return false
	}
	phrase := strings.TrimLeft(pre[sentenceStart(pre, len(pre)):], " -•*")
	if strings.ContainsAny(phrase, ",;:()") {
		return false
	}
	switch leadingWord(phrase, 0) {
	case "weekly", "daily", "nightly", "biweekly":
		return true
	}
	return false
}

// countBefore reports a count of sessions or times before the i-th
// quantity of qs, inside its clause from lo.
func countBefore(qs []quantity.Quantity, i, lo int) bool {
	for j := range i {
		if o := &qs[j]; o.Start >= lo && (o.Unit == quantity.Times || o.Unit == quantity.Session) {
			return true
		}
	}
	return false
}

// daysBefore is the end of a count of days a week right before the i-th
// quantity of s that a colon or a program's verb introduces (0 when there
// is none): "shifts: four evenings a week", not "work five days a week".
func daysBefore(s *sentence, i int) int {
	if i == 0 {
		return 0
	}
	p := &s.qs[i-1]
	if p.Unit != quantity.Day || p.Per != quantity.Week || p.End > s.qs[i].Start {
		return 0
	}
	// (Only for a program the sentence names, and not a job's own terms:
	// "Your shift: four days a week, 10 hours a day", "This IOP position
	// is a part-time shift: …".)
	if !programNamedBefore(s, p.Start) || hasWord(s.lower, "your", "position", "role", "hire", "hiring", "candidate", "candidates", "staff") {
		return 0
	}
	pre := strings.TrimRight(s.masked[:p.Start], " ")
	switch wordBefore(pre, len(pre)) {
	case "meets", "meet", "runs", "run":
		return p.End
	}
	if strings.HasSuffix(pre, ":") {
		return p.End
	}
	return 0
}

// countedSessions reports qs[j] as a count of sessions whose length the
// quantity after it gives: "three sessions of three hours each". The count
// is a quantity, so its noun is masked out of the sentence.
func countedSessions(s *sentence, j int) bool {
	if j < 0 || j+1 >= len(s.qs) {
		return false
	}
	o, n := &s.qs[j], &s.qs[j+1]
	return o.Unit == quantity.Session && o.Per == quantity.None && strings.TrimSpace(s.lower[o.End:n.Start]) == "of"
}

// blockFollows reports "blocks" or "groups" right after an adjectival
// length: "three-hour groups, four days a week", "in three-hour blocks".
// (Not past words that name a group's kind, "a 90-minute recovery
// group": such groups are often parts of a longer session, "Each session
// has a 90-minute process group followed by a 90-minute skills group".)
func blockFollows(s string, i int) bool {
	switch wordAfter(s, i) {
	case "block", "blocks", "group", "groups":
		return true
	}
	return false
}

// sessionNounFollows reports whether one of the next n words after i is a
// session noun: "one-hour individual counseling sessions".
func sessionNounFollows(s string, i, n int) bool {
	for k := 0; k < n; k++ {
		w := wordAfter(s, i)
		if w == "" {
			return false
		}
		if sessionNouns[w] {
			return true
		}
		i = strings.Index(s[i:], w) + i + len(w)
	}
	return false
}

var eachMeeting = prefilter.MustCompile(`\b(?:each|every|a|one)\s+(?:[a-z-]+\s+)?(?:visit|appointment|session|group|meeting|class|check-in)\s+(?:usually\s+|typically\s+|generally\s+)?(?:lasts|last|runs|takes)\s+(?:about\s+|around\s+|roughly\s+)?$`)

var meetingsLast = prefilter.MustCompile(`\b(?:groups|sessions|classes|meetings|visits|appointments)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:last|run|take)\s+(?:about\s+|around\s+|roughly\s+)?$`)

// ownPredicateEnd cuts the clause after a figure at a second predicate
// with a subject of its own: "Each morning is three hours of group
// therapy, and you also meet your counselor every week" (the week is the
// counselor's).
func ownPredicateEnd(masked string, end, hi int) int {
	for i := end; i < hi; {
		k := strings.Index(masked[i:hi], ", and ")
		if k < 0 {
			break
		}
		i += k + len(", and ")
		switch leadingWord(masked[i:hi], 0) {
		case "you", "we", "they", "clients", "patients", "participants", "members", "residents", "each", "every", "your", "our", "most", "many":
			// (Only a predicate of meetings of its own: "… and we build
			// your schedule around your job each week" still times the
			// hours.)
			if rest := masked[i:hi]; personMeeting.MatchString(rest) || hasWord(rest, "counselor", "counsellor", "therapist", "session", "sessions", "individually", "one-on-one") {
				return i - len(", and ")
			}
		}
	}
	// "A session runs about three hours, with a one-to-one check-in each
	// week": the week after "with" is the check-in's.
	for _, sep := range []string{", with ", ", plus "} {
		if k := strings.Index(masked[end:hi], sep); k >= 0 {
			if rest := masked[end+k+len(sep) : hi]; hasWord(rest, "check-in", "check-ins", "one-to-one", "one-on-one", "individual", "counselor", "counsellor", "therapist") {
				return end + k
			}
		}
	}
	return hi
}

// spreadOver opens on a span a total is spread over: "over three
// evenings", "across the week".
var spreadOver = prefilter.MustCompile(`^\s+(?:over|across|spread\s+over|in\s+total|in\s+all|a\s+week|per\s+week|each\s+week|every\s+week)\b`)

// weekCountIn reports days, times or sessions a week in [lo, hi) beside
// the quantity i: "groups meet for three hours on three days each week"
// are the days' hours.
func weekCountIn(qs []quantity.Quantity, i, lo, hi int) bool {
	for j := range qs {
		if o := &qs[j]; j != i && o.Start >= lo && o.End <= hi && o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times || o.Unit == quantity.Session) {
			return true
		}
	}
	return false
}

// meetingsMeetFor ends on meetings said to meet for a while, nothing
// between the verb and "for": "Groups meet for 90 minutes", "each group
// meets for about three hours". ("Groups meet two evenings a week for
// two and a half hours" times the evenings, read as a day's.)
var meetingsMeetFor = prefilter.MustCompile(`\b(?:(?:groups|sessions|classes|meetings)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:meet|run|last)|(?:each|every)\s+(?:[a-z-]+\s+)?(?:group|session|class|meeting)\s+(?:usually\s+|typically\s+|generally\s+)?(?:meets|runs|lasts))\s+for\s+(?:about\s+|around\s+|roughly\s+)?$`)

// dayOpens is a sentence opening on one day of a program: "Each IOP day
// includes …", "A typical day runs …".
var dayOpens = prefilter.MustCompile(`^\s*(?:a:\s*|answer:\s*)?(?:each|every|a|a\s+typical|one)\s+(?:[a-z]+\s+)?(?:day|evening|night|morning|afternoon)\b`)

// partOfDayLasts reports an evening's or a morning's length said as the
// program's day: "Each evening is three hours of group work", "Each
// evening is three hours long", "Each morning runs three hours" on a
// morning program's page. (A morning of a PHP day is part of it: "Each
// morning is three hours of group therapy"; so is an evening that is
// something else: "Each evening is an hour of twelve-step meetings".)
func partOfDayLasts(pre, after string) bool {
	of := strings.HasPrefix(strings.TrimLeft(after, " "), "of ")
	if of && !treatmentOf.MatchString(after) {
		return false
	}
	if strings.Contains(pre, "evening") || strings.Contains(pre, "night") {
		return true
	}
	return (strings.Contains(pre, "morning") || strings.Contains(pre, "afternoon")) && !of && hasWord(pre[max(0, len(pre)-20):], "runs", "run", "lasts", "last")
}

// treatmentOf opens on what a length is of when it is treatment: "three
// hours of group work", "of structured programming".
var treatmentOf = prefilter.MustCompile(`^\s+of\s+(?:[a-z-]+\s+){0,2}?(?:group|groups|treatment|programming|therapy|clinical|counseling|counselling|work|skills)\b`)

var dayLasts = prefilter.MustCompile(`\b(?:(?:treatment|program|programming|clinical|each|a|the|every|php|iop|group)\s+days?|(?:each|every)\s+(?:evening|night|morning|afternoon)|weekdays)\s+(?:lasts?|runs?|are|is|include|includes)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$|(?:\bwhere\s+|\bwhose\s+|,\s+|^\s*)days\s+(?:last|run)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$`)

// meetingList are what a "lasting" phrase can time.
// headedByMeeting reports a length after "which lasts" or "that runs"
// whose relative pronoun follows a meeting noun ("each group, which runs
// three hours").
func headedByMeeting(masked string, start int, before string) bool {
	switch before {
	case "lasts", "last", "runs", "run", "takes", "is":
	default:
		return false
	}
	k := lastIndex(masked[:start], before)
	if k < 0 {
		return false
	}
	pre := strings.TrimRight(masked[:k], " ")
	switch {
	case strings.HasSuffix(pre, "which"):
		pre = pre[:len(pre)-len("which")]
	case strings.HasSuffix(pre, "that"):
		pre = pre[:len(pre)-len("that")]
	default:
		return false
	}
	pre = strings.TrimRight(pre, " ,")
	for _, n := range sessionList {
		if strings.HasSuffix(pre, n) && wordAt(pre, len(pre)-len(n), len(n)) {
			return true
		}
	}
	return false
}

var meetingList = []string{"group", "groups", "session", "sessions", "meeting", "meetings", "class", "classes"}

var sessionList = []string{"session", "sessions", "meeting", "meetings", "appointment", "appointments", "class", "classes", "blocks"}

var sessionNouns = wordSet(sessionList...)

// eachMeetingLasts reports the i-th figure as what each of the meetings
// counted before it lasts: "two sessions that run for four hours
// apiece", "four groups lasting two hours each".
func eachMeetingLasts(s *sentence, i int) bool {
	q := &s.qs[i]
	// "three skills groups daily, each 50 minutes to an hour in
	// length": "each" before the figure, right after the count.
	if wordBefore(s.lower, q.Start) == "each" && eachAfterCount.MatchString(s.lower[max(0, q.Start-80):q.Start]) {
		return true
	}
	switch wordAfter(s.lower, q.End) {
	case "apiece":
	case "each":
		// ("… two hours each week" counts the week's hours.)
		if timeUnitWords[wordAfter(s.lower, q.End+strings.Index(s.lower[q.End:], "each")+len("each"))] {
			return false
		}
	default:
		return false
	}
	return i > 0 && meetingsThenLasting.MatchString(s.lower[s.qs[i-1].Start:q.Start]) && (s.qs[i-1].Unit == quantity.Session || meetingNounsCounted[wordAfter(s.lower, s.qs[i-1].End)])
}

var timeUnitWords = wordSet("week", "day", "month", "evening", "morning", "night", "weekday", "afternoon")

var meetingNounsCounted = wordSet("sessions", "groups", "meetings", "classes", "blocks")

// eachAfterCount runs from a count of meetings, with a kind and a rate
// at most, to "each" right before the figure: "three art groups
// daily, each ", "three sessions a week, each ".
var eachAfterCount = prefilter.MustCompile(`\b(?:two|three|four|five|six|seven|eight|[2-9])\s+(?:[a-z-]+\s+)?(?:sessions|groups|meetings|classes|blocks)(?:\s+(?:daily|weekly|a\s+day|a\s+week|per\s+day|per\s+week|each\s+day|each\s+week))?\s*,\s*each\s+$`)

// meetingsThenLasting runs from a count of meetings to a verb of lasting
// right before the figure: "three sessions that last for ", "four groups
// lasting ".
var meetingsThenLasting = prefilter.MustCompile(`^[a-z0-9-]+\s+(?:[a-z-]+\s+)?(?:sessions|groups|meetings|classes|blocks)\s+(?:(?:that|which)\s+(?:each\s+)?(?:last|lasts|run|runs)|lasting|running)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?$`)

// hoursSpreadOver joins hours to the days they are spread over: " of
// clinical programming spread over ", " of care across ".
// sharedAmong opens on hours shared out among the days or meetings: "
// shared between each day", " divided among the sessions", " of therapy
// split across those days".
var sharedAmong = prefilter.MustCompile(`^\s+(?:of\s+(?:[a-z-]+\s+){1,2})?(?:shared|split|divided|distributed|spread)\s+(?:evenly\s+)?(?:between|among|amongst|across|over)\s+(?:each\s+(?:day|session|meeting)|(?:the|those|these)\s+(?:days|sessions|meetings|visits|groups)|them)\b`)

var hoursSpreadOver = prefilter.MustCompile(`^\s+of\s+(?:[a-z-]+\s+){1,3}(?:spread\s+|split\s+)?(?:over|across)\s+$`)

// lengthAfterMeeting reports pre ending, past a bracket or a comma, on a
// meeting counted by its frequency: "a weekly group (", "Weekly group, ",
// "one monthly check-in: ".
func lengthAfterMeeting(pre string) bool {
	t := strings.TrimRight(pre, " ")
	u := strings.TrimRight(t, "(,:—–-")
	if len(u) == len(t) {
		return false
	}
	u = strings.TrimRight(u, " ")
	noun := u[strings.LastIndexByte(u, ' ')+1:]
	if !sessionNouns[noun] && noun != "group" && noun != "check-in" {
		return false
	}
	head := u[:len(u)-len(noun)]
	for range 2 {
		w := wordBefore(head, len(head))
		if meetingFrequencies[w] {
			return true
		}
		if w == "" {
			break
		}
		head = strings.TrimRight(head[:lastIndex(head, w)], " ")
	}
	return false
}

var meetingFrequencies = wordSet("weekly", "daily", "monthly", "nightly", "biweekly", "bi-weekly", "fortnightly")

// forGroupOpening reports a sentence opening on a group of clients: "For
// teens, …", "For adolescents it is …".
func forGroupOpening(lower string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(lower, " "), "for ")
	if !ok {
		return false
	}
	switch leadingWord(rest, 0) {
	case "teens", "adolescents", "adults", "youth", "children", "kids", "seniors", "veterans", "women", "men", "young", "older":
		return true
	}
	return false
}

// weekdayCue reports hours a day on weekdays: "meets every weekday for
// about five hours", "about five hours of groups … each weekday". The
// cue stands in the hours' own phrase (no comma between them: ", with
// sessions every weekday evening" is another), the hours are a day's
// (at most twelve: "20 hours of programming spread over each weekday" is
// the week's), and they are not an hour of it ("Each weekday includes
// two 90-minute groups and one hour of individual work").
func weekdayCue(s *sentence, q *quantity.Quantity, lo, hi int) bool {
	if !q.HasMax || q.Max > 12 || !q.HasMin || q.Min < 1.5 {
		return false
	}
	for _, cue := range []string{"every weekday", "each weekday"} {
		for k := range wordIndexes(s.lower[lo:hi], cue) {
			k += lo
			a, b := min(k, q.Start), max(k, q.End)
			// ("Each weekday, clients attend 6 hours of programming":
			// the cue opening the sentence is said of all of it.)
			if !strings.ContainsAny(s.lower[a:b], ",;") || strings.TrimLeft(s.lower[:k], " •*-") == "" {
				return true
			}
		}
	}
	return false
}

// oddDay reports a day of care set apart from the program's usual one:
// "Unlike the eight-hour treatment day at many hospitals, …", "we add a
// six-hour treatment day once a month".
// (Only words right before the figure, or a rarity in its clause: "Unlike
// many programs, our PHP offers a six-hour treatment day" keeps it.)
func oddDay(s *sentence, q *quantity.Quantity) bool {
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	return hasWord(lastWordsOf(s.masked[lo:q.Start], 3), "unlike", "than", "compared", "add", "adds", "added", "extra", "instead") ||
		hasWord(s.masked[q.End:hi], "monthly", "month", "occasional", "occasionally")
}

// careDayFollows reports a day of care right after an adjectival figure:
// "day", "treatment day", "program day", "clinical day" (not a work or
// school day).
func careDayFollows(masked string, end int) bool {
	w := wordAfter(masked, end)
	if w == "day" {
		return true
	}
	switch w {
	case "treatment", "program", "programming", "clinical", "therapy", "therapeutic", "structured":
		k := strings.Index(masked[end:], w)
		return k >= 0 && wordAfter(masked, end+k+len(w)) == "day"
	}
	return false
}

// timesAWeekIn reports a count of meetings a week ("a few times per
// week", "three sessions weekly") before the i-th quantity, from lo: the
// meetings the hours after it add up. (One after it may be another
// service's: "… with over ten hours of therapy, to an aftercare program
// of one group session per week".)
func timesAWeekIn(s *sentence, i, lo, hi int) bool {
	for j := range s.qs {
		if o := &s.qs[j]; j != i && o.Start >= lo && o.End <= s.qs[i].Start && o.Per == quantity.Week && (o.Unit == quantity.Times || o.Unit == quantity.Session) {
			return true
		}
	}
	return false
}
