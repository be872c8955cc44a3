package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// timesAvailable is times of day or week said to be available after a
// figure: ", evenings and weekends available", ", evening groups are also
// available", "(day and evening times available)".
var timesAvailable = prefilter.MustCompile(`(?:,|\()\s*(?:(?:day|daytime|morning|afternoon|evening|weekend|night)s?(?:\s+(?:groups?|sessions?|tracks?|options?|hours|times))?(?:\s*(?:,|and|or|/|&)\s*)?){1,3}\s*(?:are\s+|is\s+)?(?:also\s+)?available\b`)

// officeQuestion reports a question about when a provider can be
// reached or visited, not when a program meets.
func officeQuestion(q string) bool {
	return q != "" && (strings.Contains(q, "office hours") || strings.Contains(q, "business hours") || strings.Contains(q, "hours of operation") ||
		hasWord(q, "open") && (hasWord(q, "when") || strings.Contains(q, "what time") || hasWord(q, "hours")) ||
		hasWord(q, "phone", "phones", "call", "reach"))
}

// serviceWindowAsked reports an answer to a question about one service's
// window ("What are your dosing hours?", "When can I pick up my
// medication?", "When is the prescriber available?") that names no
// program ("Yes. Our IOP meets Monday, Wednesday and Friday" answers "Can
// I still get my daily dose if I join IOP?" with the IOP's week).
func serviceWindowAsked(s *sentence) bool {
	q := s.answers
	if q == "" || namesProgram(s) {
		return false
	}
	return hasWord(q, "dosing", "dose", "doses", "pharmacy", "prescriber") || (hasWord(q, "pickup", "pick-up") || strings.Contains(q, "pick up")) && hasWord(q, pickedUpWords...)
}

// pickedUpWords name what is picked up at a medication window.
var pickedUpWords = append([]string{"medication", "medications", "meds", "dose", "doses", "prescription", "prescriptions", "take-homes"}, medicationNames...)

// serviceWindowSaid reports a sentence giving a medication pick-up or a
// dosing window: "IOP clients can pick up medications Monday through
// Saturday, 8 to noon".
//
// (In the figure's own clause, before it: "Our IOP meets three mornings a
// week, and clients can pick up their medication after group" is the
// IOP's week.)
func serviceWindowSaid(s *sentence, q *quantity.Quantity) bool {
	if !s.contains("pick up") && !s.contains("pick-up") && !s.contains("dosing") {
		return false
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.lower[lo:q.Start]
	return (strings.Contains(pre, "pick up") || strings.Contains(pre, "pick-up") || strings.Contains(pre, "dosing")) && hasWord(pre, pickedUpWords...) && !hasWord(pre, "meet", "meets", "attend", "attends", "runs")
}

// visitQuestion reports a question about visitors: "Can I have
// visitors?", "When can my family visit?". Its answer times the visits,
// unless it names a program's own schedule ("There is no need: our IOP
// meets three days a week").
func visitQuestion(s *sentence) bool {
	q := s.answers
	// ("Can we send care packages? / Yes, once a week": what the family
	// may send or call.)
	return q != "" && (hasWord(q, "visitors", "visitor", "visiting", "visitation", "care packages", "care package", "mail", "letters", "phone calls", "call home") ||
		hasWord(q, "visit", "visits", "see") && hasWord(q, "family", "families", "friends", "loved", "parents", "children", "kids", "partner", "spouse")) &&
		!namesProgram(s)
}

// startsOn reports words before a day naming when one starts: "start
// every", "can start any", "admits each"; days, the quantity's own words,
// may hold the "every" ("every Monday"). ("Groups start Monday and
// Wednesday at 6 p.m." and "begin on Mondays" may be the meetings.)
func startsOn(pre, days string) bool {
	b := strings.TrimRight(pre, " ")
	// ("PHP starts on Mondays and Wednesdays", "New members are admitted
	// on Tuesdays": days named in the plural, on which one starts, are
	// the days new clients start.)
	if on, ok := strings.CutSuffix(b, " on"); ok && pluralWeekday(days) {
		switch wordBefore(on, len(on)) {
		case "start", "starts", "begin", "begins", "enroll", "enrolls", "admitted", "admit", "admits", "accepted", "intakes":
			return true
		}
	}
	if !strings.HasPrefix(days, "every ") && !strings.HasPrefix(days, "each ") && !strings.HasPrefix(days, "any ") {
		var ok bool
		if b, _, ok = cutAnySuffix(b, " every", " any", " each"); !ok {
			return false
		}
	}
	switch wordBefore(b, len(b)) {
	case "start", "starts", "started", "begin", "begins", "began", "enroll", "enrolls", "admit", "admits", "admitted", "admissions", "intakes", "join", "joins":
		return true
	case "open", "opens":
		// ("Enrollment opens every Monday and Wednesday".)
		return hasWord(b, "enrollment", "enrolment", "admission", "admissions", "intake", "registration")
	}
	return false
}

// pluralWeekday reports days that open on a weekday in the plural:
// "mondays and wednesdays", "tuesdays or fridays".
func pluralWeekday(days string) bool {
	w := strings.TrimRight(firstWord(days), ",")
	_, ok := weekdayNames[strings.TrimSuffix(w, "s")]
	return ok && strings.HasSuffix(w, "s")
}

// clockOfDay is a clock time: "6 pm", "9:30 a.m.", "noon".
var clockOfDay = prefilter.MustCompile(`\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b|p\.?m\b)|\bnoon\b`)

// meetingsStart reports the program's meetings as what starts: "groups
// start every", "sessions begin each", "treatment begins every" (not "new
// groups start", "new cohorts begin").
func meetingsStart(pre string) bool {
	for _, n := range []string{"groups", "group", "sessions", "session", "treatment", "classes", "meetings", "programming"} {
		if k := indexWord(pre, n, 0); k >= 0 && !hasWord(pre[max(0, k-12):k], "new") {
			return true
		}
	}
	return false
}

// monthlyOrRarer reports a recurrence of once a month or less often.
func monthlyOrRarer(t string) bool {
	// ("Each month, the IOP meets Monday through Thursday", "the
	// monthly rate covers …": a month of meetings, a price.)
	for _, p := range []string{"of each month", "of every month", "held every month", "held each month", "once a month", "every other month", "of the month", "quarterly", "each quarter", "once a quarter", "twice a year", "once a year", "every few months"} {
		if strings.Contains(t, p) {
			return true
		}
	}
	for k := strings.Index(t, "monthly "); k >= 0; {
		switch leadingWord(t, k+len("monthly ")) {
		case "rate", "rates", "fee", "fees", "cost", "costs", "price", "payment", "payments", "bill", "billing", "charge", "premium", "subscription", "plan":
		default:
			return true
		}
		n := strings.Index(t[k+1:], "monthly ")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// recurrenceAround is the stretch of lower within 60 bytes of [start,
// end), not past a semicolon or a dash, nor past what the sentence adds
// after the days ("…, plus a monthly individual session"): a list item's
// commas keep its recurrence with its days.
func recurrenceAround(lower string, start, end int) string {
	lo := max(strings.LastIndexAny(lower[:start], ";—–")+1, start-60, 0)
	hi := min(len(lower), end+60)
	for _, stop := range []string{";", "—", "–", " plus ", " and ", " with ", " including ", " also "} {
		if k := strings.Index(lower[end:hi], stop); k >= 0 {
			hi = end + k
		}
	}
	return lower[lo:hi]
}

// weekdaysIn counts the days of the week t names in full ("tuesday" in
// "Tuesdays").
func weekdaysIn(t string) int {
	n := 0
	for d := range weekdayNames {
		if strings.Contains(t, d) {
			n++
		}
	}
	return n
}

// weekdayWindow reports q, a span of named weekdays, set right beside a
// range of days a week that fits inside it: "attend on three to five days
// each week, Monday to Friday", "Monday–Friday, 2 to 4 days a
// week". The count is the attendance; the span, the days it falls in.
// (A single count, "five days a week, Monday through Friday", says the
// same twice and keeps both; "Monday to Thursday, two days a week"
// counts past nothing.)
func weekdayWindow(s *sentence, q *quantity.Quantity) bool {
	if !q.HasMax || q.Min != q.Max || !weekdayNamed(s.lower[q.Start:q.End]) {
		return false
	}
	for k := range s.qs {
		p := &s.qs[k]
		if p == q || p.Unit != quantity.Day || p.Per != quantity.Week || !p.HasMax || p.Min >= p.Max || p.Max > q.Max || weekdayNamed(s.lower[p.Start:p.End]) {
			continue
		}
		// ("Monday–Friday (2-4 days a week for step-down clients)",
		// "1-2 days a week with the psychiatrist": a range of some
		// clients or of one part, not the attendance the span frames.)
		switch wordAfter(s.lower, p.End) {
		case "for", "with", "of", "in", "at", "during":
			continue
		}
		var between string
		switch {
		case p.End <= q.Start:
			between = s.lower[p.End:q.Start]
		case q.End <= p.Start:
			between = s.lower[q.End:p.Start]
		default:
			continue
		}
		if len(between) <= 12 && strings.Trim(between, " ,(–—-") == "" || strings.TrimSpace(between) == "each week," || strings.TrimSpace(between) == "a week," {
			return true
		}
	}
	return false
}

// weekdayNamed reports a day of the week named in t.
func weekdayNamed(t string) bool {
	for d := range weekdayNames {
		if strings.Contains(t, d[:3]) {
			return true
		}
	}
	return false
}

// locationsEntry reports an entry of a list of the provider's sites
// ("Locations" / "- Northgate office (Tuesdays and Thursdays only)"): the
// days a site is open, not the days a program meets.
func locationsEntry(b *corpus.Block) bool {
	if b.Kind != corpus.BlockListItem && b.Kind != corpus.BlockParagraph || len(b.Headings) == 0 {
		return false
	}
	// ("- Downtown: IOP meets Monday, Wednesday and Friday evenings" is
	// the program's schedule at that site.)
	l := lowerASCII(b.Text)
	if hasWord(l, "meets", "meet", "runs", "run", "attend", "attends", "groups", "iop", "php", "program", "sessions") {
		return false
	}
	// (A paragraph there gives the office's days when it says so:
	// "Evening appointments until 7 p.m. Monday through Thursday".)
	if b.Kind == corpus.BlockParagraph && !hasWord(l, "appointment", "appointments", "office", "open", "hours") {
		return false
	}
	h := lowerASCII(strings.TrimSpace(b.Headings[len(b.Headings)-1]))
	return wordCount(h) <= 4 && hasWord(h, "locations", "location", "offices", "sites", "clinics", "directions", "find us", "visit us", "where we are")
}

// sentenceHoursLabel is hoursLabel for a line later in a paragraph than a
// block's label can be: "Admissions: …" / "Clinic: Monday-Friday, 8:00
// a.m.-9:30 p.m." are lines of one block under "Hours".
//
// A bare "Hours:" in a paragraph that gives a street address or a phone
// number is the hours of the place it gives: "Walk in to our assessment
// office at 22 Elm Street. Hours: 8-10 am Mon-Fri." (A program page's
// "Hours:" line of its own is its schedule.)
func sentenceHoursLabel(s *sentence) bool {
	if s.off == 0 {
		return false
	}
	if hoursLabel(s.text, hoursSection(s.block)) {
		return true
	}
	label, e := labelSplit(s.text)
	return e > 0 && strings.EqualFold(strings.TrimSpace(label), "hours") && (contactLine(s.block.Text) || addressLine(s.block.Text))
}

// openingHours reports days that say when something is open or can be
// reached. "The IOP meets three days a week … and is available to
// residential graduates": the program meets on them, and whom it is
// available to is another matter.
func openingHours(s *sentence, lo, hi, start int) bool {
	masked := s.masked
	// ("Hours are Monday through Friday, 9 to 5": a place's hours.)
	if hoursAreBefore.MatchString(masked[lo:start]) {
		return true
	}
	if helpDeskOpens(masked[lo:start]) {
		return true
	}
	if !openingWordIn(masked[lo:hi]) {
		return false
	}
	// ("3 days per week, with medical staff available during program
	// hours": who is on hand while the program meets, in a phrase of its
	// own; ", with the front office open from 8 to 6" is when it opens.)
	if k := strings.Index(masked[start:hi], ", with "); k >= 0 && !openingWordIn(masked[lo:start+k]) {
		if with := masked[start+k : hi]; hasWord(with, "available") && hasWord(with, staffOnHand...) &&
			!hasWord(with, "open", "opened", "walk-in", "walk-ins", "answer", "answers", "answered", "phone", "phones", "office", "admissions", "call", "calls") {
			return false
		}
	}
	// ("The IOP is open from 5 to 8 p.m. on Monday, Wednesday and
	// Thursday evenings", "The program is available three to five days
	// each week": when the program itself runs, not a door's hours.)
	// (Care reached by phone is a line's hours: "Care is available seven
	// days a week by phone".)
	if (programOpen(masked[lo:start]) || programsOpen(s, lo, start)) && !hasWord(masked[lo:hi], "phone", "phones", "call", "calls", "hotline", "helpline", "chat", "text", "online") {
		return false
	}
	// ("PHP runs during business hours, Monday through Friday": the
	// program's own days, timed by the working day.)
	if programDuringHours.MatchString(masked[lo:start]) {
		return false
	}
	// ("IOP: 3-4 days per week, evenings and weekends available": the
	// program's times to choose from, not when a desk is open.)
	// ("Our office: Monday through Friday, evenings available" is a
	// place's.)
	// ("Outpatient clinic: 6 days a week, evenings available", "Individual
	// sessions: …", "Appointments can be scheduled …": when a place or
	// a clinician sees people.)
	// (A program named, not "Our treatment programs: 7 days a week,
	// evening options available" nor "AA and NA groups in the area: …".)
	if timesAvailable.MatchString(masked[start:hi]) && !openingWordIn(masked[lo:start]) &&
		slices.ContainsFunc(s.mentions, func(m mention) bool { return m.start >= lo && m.end <= start && programSubject(m.subject) && !m.weak }) &&
		!hasWord(masked[lo:start], "clinic", "office", "appointment", "appointments", "counseling", "counselling", "team", "therapist", "therapists", "individual", "scheduled", "visits", "rooms", "reserved") {
		return false
	}
	return openingWordIn(masked[lo:start]) || !hasWord(masked[lo:start], "meets", "meet", "runs", "run", "attend", "attends")
}

// programsOpen reports a clause that opens on programs said to be open,
// up to start: "Our Day Treatment (PHP) and our evening IOP are open " —
// the programs' own days, not a door's, nor days someone has free
// ("Your evenings are open").
func programsOpen(s *sentence, lo, start int) bool {
	loc := isOpenEnd.FindStringIndex(s.lower[lo:start])
	if loc == nil {
		return false
	}
	at := lo + loc[0]
	named, from := false, lo
	for _, m := range s.mentions {
		if m.start < lo || m.end > at {
			continue
		}
		if !programSubject(m.subject) || m.contrast || !joinedPrograms.MatchString(s.lower[from:m.start]) {
			return false
		}
		named, from = true, m.end
	}
	return named && programTail.MatchString(s.lower[from:at])
}

// isOpenEnd ends a clause's opening on its subject said to be open: " are
// open ", " is usually open on ".
var isOpenEnd = prefilter.MustCompile(`\s(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+)?open\s+(?:on\s+|every\s+|each\s+)?$`)

// joinedPrograms is what may come before a program named as a clause's
// subject, or between two: an article, "our", a bracketed abbreviation
// and "and".
var joinedPrograms = prefilter.MustCompile(`^\W*(?:(?:the|our|both|and)\W*|\([a-z]{2,5}\)\W*|(?:program|programs)\W*)*$`)

// programTail is what may follow the last program named before "is open":
// its noun and bracketed abbreviation.
var programTail = prefilter.MustCompile(`^\W*(?:programs?\W*)?(?:\([a-z]{2,5}\)\W*)?$`)

// programDuringHours opens on a program said to run in business hours,
// up to its days: "PHP runs during business hours, ", "Our IOP meets
// during regular office hours on ".
var programDuringHours = prefilter.MustCompile(`^\s*(?:(?:the|our|this)\s+)?(?:[a-z-]+\s+)?(?:program|iop|php|day\s+program|partial\s+hospitalization|intensive\s+outpatient)\s+(?:runs|meets|operates|is\s+held|takes\s+place)\s+(?:during|within)\s+(?:normal\s+|regular\s+|standard\s+)?(?:business|office|working)\s+hours\s*,?\s*(?:on\s+)?$`)

// programOpenBefore opens on a program said to be open or available: "The
// IOP is open from 5 to 8 p.m. on", "Our IOP groups are available ".
var programOpenBefore = prefilter.MustCompile(`^\s*(?:(?:the|our|this)\s+)?(?:[a-z-]+\s+)?(?:program|programs|iop|php|groups|sessions|treatment|day\s+program|partial\s+hospitalization(?:\s+programs?)?|intensive\s+outpatient(?:\s+programs?)?)\s+(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+)?(?:open|available)\b`)

// programOpen reports text before a schedule that says a program is open
// then: the program's own hours.
func programOpen(pre string) bool {
	// ("The Next Step Program is available in a PHP level of care (5 days
	// a week)": the level the program runs at, which owns the figure.)
	// (So is the next level the sentence lists: "… or an IOP level of
	// care (3 half-days weekly)".)
	if availableAtLevel.MatchString(pre) && levelBracket.MatchString(pre) {
		return true
	}
	loc := programOpenBefore.FindStringIndex(pre)
	if loc == nil || strings.Contains(pre[loc[1]:], ";") {
		return false
	}
	// ("open to new clients", "available for intake assessments": whom
	// it takes and when, not when it meets.)
	w := wordAfter(pre, loc[1])
	return w != "to" && w != "for"
}

// availableAtLevel holds a program said to be available at a level of
// care: "program is available in a PHP level of care" (not a therapy:
// "Family therapy is available in the PHP level of care (one day a
// week)" times the therapy).
var availableAtLevel = prefilter.MustCompile(`\b(?:program|programs|programme|track|tracks)\s+(?:is|are)\s+(?:offered|available)\s+(?:at|in)\s+(?:the|a|an|our)\s+(?:[a-z-]+\s+){1,2}level\s+of\s+care\b`)

// levelBracket ends on a level of care and the bracket after it: "a PHP
// level of care (".
var levelBracket = prefilter.MustCompile(`\blevel\s+of\s+care\s*\(\s*$`)

// betweenClock is a window between two clock times: "between 8:00 a.m.
// and 7:00 p.m." ("with short breaks between groups" is none).
var betweenClock = prefilter.MustCompile(`\bbetween\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)?\s+and\s+\d`)

// leftOver reports days named right after a verb that leaves them
// unscheduled, or says they cannot be given up: "leaves", "leaving",
// "frees up", "couldn't give up".
func leftOver(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	// ("couldn't give up three weekday evenings": what a client could not
	// spare, no schedule; "Clients give up two evenings a week to attend"
	// is the program's.)
	for _, v := range []string{"n't give up", "not give up", "cannot give up", "unable to give up", "n’t give up"} {
		if strings.HasSuffix(pre, v) {
			return true
		}
	}
	for _, v := range []string{" leaves", " leaving", " frees up", " freeing up", " free up", " leaves you", " leaving you"} {
		if strings.HasSuffix(pre, v) {
			return true
		}
	}
	return false
}

// staffOnHand are who may be available while a program meets.
var staffOnHand = []string{"staff", "nurse", "nurses", "nursing", "doctor", "doctors", "physician", "physicians", "clinician", "clinicians",
	"counselor", "counselors", "therapist", "therapists", "psychiatrist", "psychiatrists", "prescriber", "prescribers", "medical", "team"}

// partOfDayAfter follows "on weekdays" with the part of the day it
// happens in, or with weekends as the other choice ("on weekdays or
// weekends"; "and Saturdays" adds a day, still a count).
var partOfDayAfter = prefilter.MustCompile(`^\s*,?\s*(?:(?:in|during)\s+the\s+(?:mornings?|afternoons?|evenings?|daytime)|(?:or|and/or)\s+(?:on\s+)?(?:weekends?|evenings?))\b`)

// vagueHoursBefore reports a vague amount of hours right before start:
// "for a few hours on weekdays".
func vagueHoursBefore(s *sentence, start int) bool {
	for i := range s.qs {
		if q := &s.qs[i]; q.Unit == quantity.Hour && vagueWords(q) && q.End <= start && strings.TrimSpace(s.lower[q.End:start]) == "on" {
			return true
		}
	}
	return false
}

// dayTimed reports a day's hours in the sentence, by the clock ("from 6 to
// 9 p.m.") or in figures ("for 3 hours"), not a count of something else
// ("choose any 3 that fit").
func dayTimed(s *sentence) bool {
	for i := range s.qs {
		if q := &s.qs[i]; q.Unit == quantity.Hour && !vagueWords(q) {
			return true
		}
	}
	return false
}

// oneDayNamed reports days that name one weekday only: "every Monday",
// "Tuesdays".
func oneDayNamed(days string) bool {
	return weekdaysIn(days) == 1 && !strings.Contains(days, "through") && !strings.Contains(days, " to ") && !strings.ContainsAny(days, "-–")
}

// namesIOPorPHP reports a sentence naming an IOP or a PHP and no other
// program.
func namesIOPorPHP(s *sentence) bool {
	named := false
	for _, m := range s.mentions {
		switch {
		case m.subject == IOP || m.subject == PHP:
			named = true
		case programSubject(m.subject) || m.subject == Other:
			return false
		}
	}
	return named
}

// openingWordIn reports one of openingWords in t, but "opened" as a
// launch ("Our IOP, which opened in 2019, meets three evenings a week",
// "opened last spring"): when a program began, not a door's hours.
func openingWordIn(t string) bool {
	for _, w := range openingWords {
		if w == "opened" {
			for i := range wordIndexes(t, w) {
				if !launchedWhen.MatchString(t[i+len(w):]) {
					return true
				}
			}
			continue
		}
		if hasWord(t, w) {
			return true
		}
	}
	return false
}

// launchedWhen follows "opened" with when: " in 2019", " in march", "
// last spring", " this year", " two years ago".
var launchedWhen = prefilter.MustCompile(`^\s+(?:its\s+doors\s+)?(?:in\s+(?:(?:19|20)[0-9]{2}|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)|last\s+(?:year|month|spring|summer|fall|autumn|winter|week)|this\s+(?:year|month|spring|summer|fall|autumn|winter)|(?:[a-z0-9]+\s+){1,2}(?:years?|months?)\s+ago)\b`)
