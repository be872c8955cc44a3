package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// classify decides which kind of claim the i-th quantity of s states, and
// the factor that converts its unit to the kind's canonical unit.
func classify(s *sentence, i int) (Kind, float64, bool) {
	q := &s.qs[i]
	if othersTime(s, q) || q.Per == quantity.None && (soberSpan(s, q) || useSpan(s, q)) || (q.Per != quantity.None && q.Unit != quantity.Week && q.Unit != quantity.Month && q.Unit != quantity.Year || clockOrDays(q)) && visitingHeading(s) {
		return "", 0, false
	}
	switch q.Unit {
	case quantity.Hour, quantity.Minute, quantity.Second:
		k, ok := hoursKind(s, i)
		if !ok && (detoxHours(s, i) || mixedLength(s, i)) {
			return ProgramLength, 1.0 / 24, true
		}
		return k, hourUnits[string(q.Unit)], ok
	case quantity.Times, quantity.Session:
		// "five groups a week, with two groups on Mondays": a count of
		// groups is a week's only with its own weekly rate.
		if q.Per != quantity.Week && strings.Contains(lowerASCII(q.Text), "group") {
			return "", 0, false
		}
		if statesDaysPerWeek(s, i) {
			return DaysPerWeek, 1, true
		}
		// "weekly programming spread across three to five sessions": the
		// week's sessions, one a day.
		if q.Unit == quantity.Session && (spreadOverDays(s, i) || sessionsOfHours(s, i)) && aboutTheWeek(s) {
			return DaysPerWeek, 1, true
		}
	case quantity.Day:
		// "choose a morning (9 a.m.–noon) or an afternoon (1–4 p.m.)
		// cohort": a choice of track, no count of days.
		if t := lowerASCII(q.Text); q.Per == quantity.None && (strings.HasPrefix(t, "a ") || strings.HasPrefix(t, "an ")) && trackChoice.MatchString(s.lower[q.End:]) {
			return "", 0, false
		}
		if partOfStatedWeek(s, i) || offDays(s, q) {
			return "", 0, false
		}
		if statesDaysPerWeek(s, i) || spreadOverDays(s, i) || daysOfPerWeek(s, i) || daysThereEachWeek(s, i) || restatedDays(s, i) || fewDayOutpatient(s, q) || allDaysAttended(s, q) || perDayForDays(s, i) {
			return DaysPerWeek, 1, true
		}
		if q.Per == quantity.None && !overlapOfPrograms(s, q) && statesProgramLength(s, i) {
			return ProgramLength, 1, true
		}
	case quantity.Week, quantity.Month, quantity.Year:
		if useLasting(s, q) || rateOfHoursBefore(s, i) || weekOfDaysBefore(s, i) {
			return "", 0, false
		}
		if q.Per == quantity.None && !overlapOfPrograms(s, q) && !inPhaseBack(s, q) && statesProgramLength(s, i) {
			return ProgramLength, lengthUnits[string(q.Unit)], true
		}
	}
	return "", 0, false
}

// allDaysAttended reads "teens attend all four days", "you come all
// three days": attending every one of a few days is attending the week's
// meeting days, not a stay of that length. ("Attend all five days of
// orientation" counts the days of something named.)
func allDaysAttended(s *sentence, q *quantity.Quantity) bool {
	if q.Per != quantity.None || q.Adjectival || !q.HasMax || q.Min != q.Max || q.Max < 2 || q.Max > 7 {
		return false
	}
	k := lastIndex(s.masked[:q.Start], "all")
	if k < 0 || strings.TrimSpace(s.masked[k+len("all"):q.Start]) != "" || wordBefore(s.masked, q.Start) != "all" {
		return false
	}
	switch wordBefore(s.masked, k) {
	case "attend", "attends", "come", "comes", "join", "joins":
	default:
		return false
	}
	switch wordAfter(s.masked, q.End) {
	case "of", "in":
		return false
	}
	return true
}

// fewDayOutpatient reads "a five-day IOP", "our 3-day PHP track": an
// outpatient program named by at most seven days is named by the days it
// meets each week (no IOP lasts five days; a five-day detox does).
func fewDayOutpatient(s *sentence, q *quantity.Quantity) bool {
	if !q.Adjectival || !q.HasMax || q.Max > 7 || q.Min < 2 {
		return false
	}
	for _, m := range s.mentions {
		// ("a five-day (IOP-5) program": the bracket names it.)
		if m.start >= q.End && m.start-q.End <= 12 && (!punctBetween(s.lower[q.End:m.start]) || strings.TrimSpace(s.lower[q.End:m.start]) == "(") {
			// ("approve PHP in 5- to 7-day blocks and IOP in …": the
			// days name a block of something else, and a new phrase
			// names the program.)
			if between := s.lower[q.End:m.start]; hasWord(between, "and", "or", "but") || hasWord(wordAfter(s.lower, q.End), "block", "blocks", "increment", "increments", "period", "periods", "chunk", "chunks") {
				return false
			}
			return m.subject == IOP || m.subject == PHP || m.subject == OP
		}
	}
	return false
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// wordBefore returns the lowercase word ending just before i, skipping spaces.
func wordBefore(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isWordByte(s[k-1]) || s[k-1] == '-') && !openingMark(s, k) {
		k--
	}
	return s[k:j]
}

// wordAfter returns the lowercase word starting just after i, skipping spaces.
func wordAfter(s string, i int) string {
	if i > len(s) {
		return ""
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && (isWordByte(s[k]) || s[k] == '-') && !closingMark(s, k) {
		k++
	}
	return strings.TrimRight(s[j:k], "-")
}

// lastWordsOf is the tail of t holding its last n words.
func lastWordsOf(t string, n int) string {
	t = strings.TrimRight(t, " ")
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] == ' ' {
			if n--; n == 0 {
				return t[i+1:]
			}
		}
	}
	return t
}

// firstWordsOf is the head of t holding its first n words.
func firstWordsOf(t string, n int) string {
	t = strings.TrimLeft(t, " ")
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			if n--; n == 0 {
				return t[:i]
			}
		}
	}
	return t
}

// aboutTheWeek reports a sentence about a week's schedule: a weekly word
// or a quantity with a weekly rate ("nine hours a week", masked out of
// the words).
func aboutTheWeek(s *sentence) bool {
	if hasWord(s.masked, "week", "weekly", "weeks") {
		return true
	}
	for i := range s.qs {
		if s.qs[i].Per == quantity.Week {
			return true
		}
		// ("9 hours of treatment a week": the rate read apart from the
		// hours, and masked.)
		if q := &s.qs[i]; q.Unit == quantity.Week && q.Per == quantity.None {
			switch lowerASCII(q.Text) {
			case "a week", "per week", "each week", "every week":
				return true
			}
		}
	}
	return false
}

// useLasting reports a length that says how long someone has used:
// "a decade-long opioid addiction", "a years-long drinking habit".
func useLasting(s *sentence, q *quantity.Quantity) bool {
	rest, ok := strings.CutPrefix(s.lower[q.End:], "-long")
	if !ok {
		rest, ok = strings.CutPrefix(s.lower[q.End:], " long")
	}
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	for k := 0; k < len(f) && k < 3; k++ {
		if useNouns[strings.Trim(f[k], ",.;:")] {
			return true
		}
	}
	return false
}

var useNouns = wordSet("addiction", "addictions", "habit", "history", "dependence", "dependency", "struggle", "battle", "use", "drinking", "disorder", "problem")

// detoxHours reads a detox's length given in hours: "Detox usually lasts
// 72 hours", "detoxification takes between 24 and 72 hours". Only detox
// is measured so, only from half a day up to ten days, and only said of
// detox itself by a lasting verb right before the figure: "Detox takes
// 24 hours to arrange", "detox intake takes a day", "detox is complete
// once a client has gone 72 hours without symptoms", "detox can last 72
// hours longer" and "a 24-hour detox unit" time something else.
func detoxHours(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Unit != quantity.Hour || q.Per != quantity.None || q.Adjectival || !q.HasMax || q.Max < 24 || q.Max > 240 || q.HasMin && q.Min < 12 {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	if !detoxLasts.MatchString(s.lower[lo:q.Start]) || !lengthEnds(s.lower[q.End:hi]) {
		return false
	}
	return statesProgramLength(s, i)
}

// detoxLasts ends on detox as the subject of a lasting verb, hedges
// between ("the detox process is approximately ", "detoxification
// typically takes between "), or on detox completed within the figure
// ("most patients complete detox within ").
var detoxLasts = prefilter.MustCompile(`\b(?:complete|completes|finish|finishes)\s+(?:their\s+|the\s+|medical\s+)?(?:detox|detoxification)\s+(?:(?:in|within)\s+)?$|\b(?:detox|detoxification)(?:\s+(?:process|period|phase|program|stay|itself))?(?:\s+(?:at|in|here\s+at)\s+(?:our|the|this)\s+[a-z-]+(?:\s+[a-z-]+)?|\s+here)?\s+(?:(?:typically|usually|generally|often|normally|commonly|can|may|will|should|might|tends\s+to|on\s+average)\s+)*(?:lasts?|takes?|is|runs?|spans?|requires?)\s+(?:(?:about|around|roughly|approximately|typically|usually|generally|anywhere|only|just|some)\s+)*$`)

// lengthEnds reports what follows a length in its clause as leaving it
// the length ("long", "here", "for alcohol", "to complete"); not an extra
// amount ("longer"), another span's edge ("without symptoms", "after
// admission") or what the time is for ("to arrange").
func lengthEnds(post string) bool {
	switch w := wordAfter(post, 0); w {
	case "longer", "more", "less", "without", "after", "before", "of", "later", "until", "since", "ago", "earlier", "than", "beyond":
		return false
	case "to":
		w := wordAfter(post, indexFrom(post, "to", 0)+len("to"))
		return w == "complete" || w == "finish" || w == "clear"
	}
	return true
}

// mixedLength reads a span from hours to days or weeks as a length in
// days: "Stays run from 48 hours to up to 30 days" is no day's hours.
func mixedLength(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Unit != quantity.Hour || q.Per != quantity.None || q.Adjectival || !q.HasMin || q.Min < 12 || !q.HasMax || q.Max < 48 {
		return false
	}
	t := lowerASCII(q.Text)
	if !strings.Contains(t, "day") && !strings.Contains(t, "week") && !strings.Contains(t, "month") {
		return false
	}
	return statesProgramLength(s, i)
}

// rateOfHoursBefore reports qs[i] as only the rate of the hours before it,
// past what they are of: the "a week" of "About 27 hours of treatment a
// week" after a question that asked for the week's hours, no length.
func rateOfHoursBefore(s *sentence, i int) bool {
	if i == 0 || rateOnly(&s.qs[i]) != quantity.Week {
		return false
	}
	h := &s.qs[i-1]
	return (h.Unit == quantity.Hour || h.Unit == quantity.Minute) && h.End <= s.qs[i].Start && weeklyAfter.MatchString(s.lower[h.End:])
}

// dayOffBefore ends on days said to be free, right before them: "you keep
// your evenings at home on ", "you keep your job and your evenings at
// home on ", "you are free on ", "your days off are ".
var dayOffBefore = prefilter.MustCompile(`\b(?:(?:are|is|stay|stays|remain|remains)\s+(?:free|off|open)|(?:keep|have)\s+(?:(?:your|their)\s+[a-z]+\s+and\s+)?(?:your|their)\s+(?:evenings?|days?|nights?|mornings?|afternoons?)\s+(?:at\s+home|free|open|to\s+(?:yourself|yourselves|themselves))|days?\s+off\s+(?:are|is|fall))\s+(?:on\s+)?$`)

// offDays reports days q said to be the ones the program does not meet
// (daysNotMet), where the clause saying so names no days of its own and no
// program: "Our IOP meets Monday through Thursday, as there is no group on
// Fridays" and "…, while the PHP doesn't meet on Fridays" keep theirs.
func offDays(s *sentence, q *quantity.Quantity) bool {
	// ("You keep your evenings at home on Monday, Friday and the
	// weekend", "You are free on Mondays and Fridays": the days said
	// before to be off.)
	// ("The program is open Monday through Friday": the program, by its
	// noun, open then, as a named one is.)
	if lo, _ := clauseBounds(s.lower, q.Start, q.End); dayOffBefore.MatchString(s.lower[lo:q.Start]) && !programsOpen(s, lo, q.Start) && !programOpen(s.masked[lo:q.Start]) {
		return true
	}
	loc := daysNotMet.FindStringIndex(s.lower[q.End:])
	if loc == nil {
		return false
	}
	from := q.End + loc[0]
	to := len(s.lower)
	if k := strings.IndexAny(s.lower[from:], ".;:"); k >= 0 {
		to = from + k
	}
	clause := s.lower[from:to]
	if weekdaysIn(clause) > 0 || strings.Contains(clause, "weekend") {
		return false
	}
	// (A program of the clause other than the one the days' own clause
	// names: "Our IOP meets four days a week, while the PHP is not in
	// session". "Teens work on Tuesdays and Thursdays, when our IOP does
	// not meet" names the days off.)
	own := offDaysProgram(s, q.Start)
	if own == NoSubject {
		return true
	}
	for _, m := range s.mentions {
		if m.start >= from && m.end <= to && programSubject(m.subject) && m.subject != own {
			return false
		}
	}
	return true
}

// offDaysProgram is the last program s names before i, "" when none.
func offDaysProgram(s *sentence, i int) Subject {
	var last Subject
	for _, m := range s.mentions {
		if m.end <= i && programSubject(m.subject) && !m.contrast {
			last = m.subject
		}
	}
	return last
}

// daysNotMet follows days said to be the ones the program does not meet:
// "on Wednesdays and Fridays, when we don't meet", "Tuesdays and
// Thursdays, when there is no group".
var daysNotMet = prefilter.MustCompile(`^\s*,?\s*(?:when|while|as)\s+(?:(?:we|the\s+(?:program|group|groups|iop|php|clinic)|groups?|our\s+(?:program|group|groups|iop|php|clinic))\s+(?:(?:do|does|is|are)\s+not|don't|don’t|doesn't|doesn’t|isn't|isn’t|aren't|aren’t)\s+(?:meet|run|open|held|in\s+session)|there\s+(?:is|are)\s+no\s+(?:group|groups|program|programming|sessions?|class|classes)|there's\s+no\s+(?:group|program|programming|session|class))\b`)

// overlapOfPrograms reports a span its clause gives to two programs at
// once, the time they overlap or hand over: "Many clients overlap PHP and
// IOP for about a week", "attend PHP and IOP at the same time for a few
// days", "a transition period of about a week between PHP and IOP".
// Neither program lasts that long.
func overlapOfPrograms(s *sentence, q *quantity.Quantity) bool {
	if !s.containsAny("overlap", "same time", "simultaneous", "concurrent", "transition period", "transitional period") {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	// The cue comes before the span, said of it ("overlap PHP and IOP for
	// about a week"), and is not denied ("the two programs do not
	// overlap", "without a transition period", "unlike programs that
	// overlap …"); a length named before it ("Our 30-day residential
	// program and our detox unit operate at the same time") is a
	// program's own.
	pre := s.lower[lo:q.Start]
	// ("For about one week, PHP and IOP overlap": a span fronted before
	// its clause.)
	if t := strings.TrimSpace(pre); (t == "" || t == "for") && strings.HasPrefix(s.lower[q.End:], ",") {
		pre = s.lower[q.End:hi]
	}
	cue := -1
	for _, w := range []string{"overlap", "simultaneously", "concurrently", "at the same time", "transition period", "transitional period"} {
		if k := strings.LastIndex(pre, w); k > cue {
			cue = k
		}
	}
	if cue < 0 || hasWord(pre[max(0, cue-24):cue], "not", "no", "without", "never", "unlike", "don't", "doesn't", "don’t", "doesn’t") {
		return false
	}
	c := s.lower[lo:hi]
	if strings.Contains(c, "two programs") || strings.Contains(c, "both programs") || strings.Contains(c, "two levels") || strings.Contains(c, "both levels") {
		return true
	}
	var first Subject
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= hi && programSubject(m.subject) {
			if first != NoSubject && m.subject != first {
				return true
			}
			first = m.subject
		}
	}
	return false
}

// visitingHeading reports a sentence under a section heading about
// visitors ("Visiting Hours for Residential Clients", "Family visits",
// a page titled "Visitation Schedule and Policy"): its days and hours
// time the visits, not the program. (Not a question, "Can my family visit
// me during IOP?", answered on its own terms, nor a heading of the
// program's schedule beside its visits.)
func visitingHeading(s *sentence) bool {
	b := s.block
	if b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle {
		return false
	}
	// ("… may come during visiting hours, which are:" over
	// "• Evening: 5 – 8 p.m.": a list the lead-in says is of visits.)
	if b.Kind == corpus.BlockListItem && visitsLeadIn(s) {
		return visitsOnly(s)
	}
	// ("• Business Hours/Visiting Hours:" over "Monday to Friday 9am –
	// 5pm.", "May have visitors on the weekends:" over "Friday: 4-9 pm" /
	// "Saturday: 12-9 pm": the line before the times names whose hours
	// they are.)
	if hoursLabelAbove(s) {
		return visitsOnly(s)
	}
	if len(b.Headings) == 0 {
		return false
	}
	// ("Visiting Hours" over "Tuesday and Thursday" under a short line
	// naming a unit, "All Adult Units": the unit lines in between leave
	// the visits' heading in force.)
	visits := false
	for k := len(b.Headings) - 1; k >= 0 && !visits; k-- {
		h := b.Headings[k]
		l := lowerASCII(h)
		// ("What are the visitation hours?" asks for the visits' times,
		// which the lines under it give.)
		if strings.HasSuffix(strings.TrimSpace(h), "?") {
			// (Not one that asks of the program too: "… and when does
			// the IOP meet?")
			if !(visitingTimes(l) || strings.Contains(l, "visitation hour") || strings.Contains(l, "visitation time") || visitsScheduled.MatchString(l)) ||
				hasWord(l, "iop", "php", "program", "programs", "group", "groups", "meet", "meets", "session", "sessions", "treatment") {
				return false
			}
			// (The lines may name whose visits, "Monday Adult Program
			// 6:45 pm – 8:00 pm", but not a level of care nor a verb of
			// the program's: "Our PHP runs 8 am to 2 pm".)
			return !mentionsCare(s) && !hasWord(s.lower, programDoings...) && !hasWord(s.lower, "run", "runs", "busy", "day")
		}
		scheduled := visitsScheduled.MatchString(l)
		if hasWord(l, "program", "programs") || hasWord(l, "schedule") && !scheduled {
			return false
		}
		visits = visitingTimes(l) || strings.Contains(l, "visiting day") || hasWord(l, "visitation") || scheduled
		// (Only a line naming a unit, a wing or a floor passes: "Partial
		// Hospitalization" or "Evening Track" after the visits starts
		// the program's own.)
		if !visits && (!hasWord(l, "unit", "units", "wing", "wings", "floor", "floors", "ward", "wards") || hasWord(l, "therapy", "treatment", "group", "groups", "iop", "php", "residential", "outpatient", "detox", "hours", "day", "days", "week")) {
			return false
		}
	}
	if !visits {
		return false
	}
	return visitsOnly(s)
}

// visitsOnly reports a sentence under a visits heading or lead-in that
// says nothing of the program's own: "Visitation" over "Residents have
// therapy six hours a day" keeps its figures.
func visitsOnly(s *sentence) bool {
	return !mentionsCare(s) && !hasWord(s.lower, programDoings...) && !hasWord(s.lower, "program")
}

// mentionsCare reports a program or a therapy among s's mentions.
func mentionsCare(s *sentence) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool { return programSubject(m.subject) || therapySubject(m.subject) })
}

// programDoings are the words of a program's own meetings and stays, which
// no line of visits holds.
var programDoings = []string{"therapy", "treatment", "group", "groups", "session", "sessions", "stay", "stays", "lasts", "programming", "classes", "meet", "meets", "met", "meeting", "meetings", "attend", "attends"}

// visitsLeadIn reports the lead-in of the list a sentence is an item of,
// the paragraph right before the list, ending on a colon and speaking of
// visits: "… may come during visiting hours, which are:".
func visitsLeadIn(s *sentence) bool {
	for i := s.bi - 1; i >= 0; i-- {
		b := &s.doc.Blocks[i]
		if b.Kind == corpus.BlockListItem {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle || !strings.HasSuffix(t, ":") {
			return false
		}
		l := lowerASCII(t[sentenceStart(t, len(t)):])
		// (Visiting times as what the lead-in gives: not "No visitors
		// are allowed during program hours, which are:".)
		// (Nor one that times the program: "Groups meet at these times,
		// so plan family visits around them:".)
		return (visitingTimes(l) || strings.Contains(l, "visitation hour") || strings.Contains(l, "visitation time")) &&
			!hasWord(l, "not", "no", "never", "group", "groups", "meet", "meets", "run", "runs", "session", "sessions", "program", "iop", "php")
	}
	return false
}

// hoursLabelAbove reports the line above s, past other lines of bare days
// and times, as one that says a place's or the visits' hours follow.
func hoursLabelAbove(s *sentence) bool {
	// ("Patient timetable: Monday to Friday 10am-4pm." under them names
	// its own.)
	if !dayTimesLine(strings.TrimSpace(s.block.Text)) {
		return false
	}
	for i := s.bi - 1; i >= 0 && i >= s.bi-8; i-- {
		t := strings.TrimSpace(s.doc.Blocks[i].Text)
		if dayTimesLine(t) {
			continue
		}
		l := strings.TrimLeft(lowerASCII(t), "•*-–— ")
		if !strings.HasSuffix(l, ":") || len(l) > 80 {
			return false
		}
		// (The label's own last sentence, naming visitors and nothing
		// of the program: not "IOP schedule, visitors welcome on
		// Sundays:", "Hours for visitors and patients:".)
		l = l[sentenceStart(l, len(l)):]
		if placeHoursLabel.MatchString(l) {
			return true
		}
		if !hasWord(l, "visitors", "visitor", "visiting", "visitation") || hasWord(l, "no", "not", "never", "program", "programs", "group", "groups", "session", "sessions", "iop", "php", "parking", "sit", "join") {
			return false
		}
		// ("Visiting days:", "Visitor schedule:", "Visiting hours for
		// residents:": a label that opens on the visits.)
		switch leadingWord(l, 0) {
		case "visiting", "visitor", "visitors", "visitation":
			return true
		}
		if hasWord(l, "schedule", "members", "days") {
			return false
		}
		// ("Residents may have visitors on weekends:" is the residents'
		// visits; "Hours for visitors and patients:" the patients' too.)
		return !hasWord(l, "patients", "clients", "residents") || strings.Contains(l, "have visitors") || strings.Contains(l, "receive visitors")
	}
	return false
}

// dayTimesLine reports a line of a day or days and clock times, maybe
// labelled by the day: "Friday: 4-9 pm", "Monday to Friday 9am – 5pm".
func dayTimesLine(t string) bool {
	return len(t) < 60 && (bareTimes(strings.ReplaceAll(t, ":", " ")) || bareTimes(t))
}

// placeHoursLabel is a line that only says a place's hours follow:
// "Business Hours/Visiting Hours:", "Office hours:", "Visiting times:".
var placeHoursLabel = prefilter.MustCompile(`^(?:(?:business|office|opening|visiting|visitation|visitor|visitors|clinic|reception|phone)\s+(?:hours|times)\s*(?:/|&|\band\b|,)?\s*)+:$`)

// visitingTimes reports the words a heading or a lead-in gives visiting
// times by: "visiting hours", "visiting times", "family visits".
func visitingTimes(l string) bool {
	return strings.Contains(l, "visiting hour") || strings.Contains(l, "visiting time") || strings.Contains(l, "family visit")
}

// visitsScheduled names a schedule of visits: "visitation schedule",
// "visiting schedule" (not "program schedule and visiting hours").
var visitsScheduled = prefilter.MustCompile(`\b(?:visitation|visiting|visitor|visitors|visit)\s+schedules?\b`)

// clockOrDays reports a clock span or named days: what visiting hours are
// given as.
func clockOrDays(q *quantity.Quantity) bool {
	t := lowerASCII(q.Text)
	return weekdaysIn(t) > 0 || strings.Contains(t, "a.m") || strings.Contains(t, "p.m") || strings.Contains(t, "am") || strings.Contains(t, "pm") || strings.Contains(t, "noon") || strings.Contains(t, ":")
}

// soberSpan reports a span of a person's abstinence or recovery, no
// program's: "you must be fully off opioids for about a week", "stay off
// opioids for two weeks", "they have been in recovery for about three
// months", "abstain from all opioids for ten days".
func soberSpan(s *sentence, q *quantity.Quantity) bool {
	// ("All new clients are quarantined for at least 10 days": a stay
	// apart for health's sake, no program's length.)
	if s.containsAny("quarantin", "isolated", "in isolation") && quarantinedFor.MatchString(s.masked[max(0, q.Start-60):q.Start]) {
		return true
	}
	if !s.containsAny(" off ", "-free", "free of", "sober", "abstain", "abstinent", "in recovery", "clean") {
		return false
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	return soberBefore.MatchString(s.masked[lo:q.Start])
}

// quarantinedFor ends on people kept apart for a span: "are quarantined
// for ", "are isolated in their rooms for ", "stay in isolation for " (not
// "adults who feel isolated can join our IOP for ").
var quarantinedFor = prefilter.MustCompile(`\b(?:(?:are|is|be|being|were|was|kept|get|gets)\s+(?:[a-z]+\s+)?(?:quarantined|isolated)\s+(?:in|on|at|for)\b|in\s+(?:isolation|quarantine)\b)[^.;]{0,40}?\bfor\s+(?:at\s+least\s+|about\s+|up\s+to\s+)?$|\b(?:are|is|be|being|were|was|kept|get|gets)\s+(?:[a-z]+\s+)?(?:quarantined|isolated)\s+for\s+(?:at\s+least\s+|about\s+|up\s+to\s+)?$`)

var soberBefore = prefilter.MustCompile(`\b(?:be|being|been|stay|stays|stayed|remain|remains|remained|are|is|were|was)\s+(?:fully\s+|completely\s+|totally\s+)?(?:off\s+(?:all\s+|of\s+)?(?:opioids|opiates|alcohol|drugs|substances|benzodiazepines|benzos)|(?:opioid|opiate|alcohol|drug|substance)-free|free\s+of\s+[a-z]+|sober|abstinent|clean|in\s+recovery)\s+(?:for\s+)?(?:about\s+|around\s+|at\s+least\s+|roughly\s+|nearly\s+)?$|\babstain(?:s|ed|ing)?\s+from\s+(?:all\s+)?[a-z]+\s+for\s+(?:about\s+|at\s+least\s+|around\s+)?$`)

// useSpan reports how long someone has used a drug, no program's span:
// "anyone who has been taking sedatives for more than three weeks", "she
// had been drinking heavily for ten years".
func useSpan(s *sentence, q *quantity.Quantity) bool {
	// ("Daily use of sedatives above therapeutic doses for greater than
	// one month, or with alcohol for greater than six weeks": how long
	// someone has used, an admission criterion.)
	if s.contains("use of") {
		if loc := useOfBefore.FindStringIndex(s.masked[:q.Start]); loc != nil && !careUsed(s.masked[loc[0]:q.Start]) && anyWordIn(s.masked[loc[0]:q.Start], substanceWords) {
			return true
		}
	}
	if !s.containsAny("taking", "using", "drinking", "misusing", "abusing", "smoking", "injecting") {
		return false
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	loc := usedBefore.FindStringIndex(s.masked[lo:q.Start])
	return loc != nil && !careUsed(s.masked[lo+loc[0]:q.Start])
}

// careUsed reports a use that names care: "Clients have been using our
// IOP for 12 weeks", "were taking part in group for 12 weeks": care used
// is the program's time.
func careUsed(used string) bool {
	return namesProgramText(used) || hasWord(used, "program", "programs", "treatment", "services", "care", "therapy", "part", "group", "groups", "sessions", "classes")
}

// substanceWords name what someone uses, in a use that is no program's
// ("use of DBT for 12 weeks" is the program's).
var substanceWords = wordSet("alcohol", "drug", "drugs", "opioid", "opioids", "opiate", "opiates", "sedative", "sedatives", "benzodiazepine", "benzodiazepines", "benzos",
	"stimulant", "stimulants", "cocaine", "heroin", "methamphetamine", "meth", "cannabis", "marijuana", "painkiller", "painkillers", "substance", "substances", "fentanyl", "nicotine", "tobacco")

// useOfBefore ends on a use of something and then how long, as a bound:
// "daily use of sedatives … for greater than ".
var useOfBefore = prefilter.MustCompile(`\buse\s+of\s+[^.;]{0,200}?\bfor\s+(?:(?:greater|more|longer)\s+than\s+)?$`)

var usedBefore = prefilter.MustCompile(`\b(?:been|was|were)\s+(?:taking|using|drinking|misusing|abusing|smoking|injecting)\s+(?:[a-z-]+\s+){0,3}?for\s+(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|around\s+|roughly\s+|nearly\s+|longer\s+than\s+)?$`)

// inPhaseBack reports a span spent "in it" or "in the last of them",
// pointing back at a phase its block names ("there" and "in each" may be
// the facility or the tracks): "Everyone reaches
// the Launch phase before leaving. Many residents spend two or three
// months in it." The phase's length, not the stay's.
func inPhaseBack(s *sentence, q *quantity.Quantity) bool {
	if !phaseBack.MatchString(s.lower[q.End:]) {
		return false
	}
	b := lowerASCII(s.block.Text)
	return hasWord(b, "phase", "phases", "stage", "stages")
}

var phaseBack = prefilter.MustCompile(`^\s+(?:in\s+it|in\s+that\s+(?:one|phase|stage)|in\s+this\s+(?:phase|stage)|in\s+the\s+(?:last|first|final|second|third)\s+(?:of\s+them|one|phase|stage)|in\s+each\s+(?:phase|stage))\b`)
