package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

// The three hour-valued kinds — hours-per-week, hours-per-day and
// session-length — are decided in one place because the same words ("3
// hours") can state any of them; only the rate and the words around them
// tell which. Canonical unit: hours.

// careOf reports "of" and a word of care after hours: "7 days of 16
// hours of nursing care" ("of structured programming" is the day's).
func careOf(lower string, end int) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(lower[end:], " "), "of ")
	return ok && notDayLength[leadingWord(rest, 0)]
}

// notDayLength follow hours that are no day's length: "16 hours in
// total", "24 hours medical monitoring".
var notDayLength = wordSet("in", "total", "medical", "nursing", "monitoring", "supervision", "supervised", "staff")

// hoursKind reads an amount of hours: per week, per day, or one session.
func hoursKind(s *sentence, i int) (Kind, bool) {
	q := &s.qs[i]
	if officeQuestion(s.answers) || visitQuestion(s) || serviceWindowAsked(s) || serviceWindowSaid(s, q) {
		return "", false // "What are your office hours?"
	}
	// "3 hrs x 3 afternoons": the hours of each of the days they are
	// multiplied by, whatever
	// rate a column header gives the row.
	if i+1 < len(s.qs) && s.qs[i+1].Unit == quantity.Day && q.Unit == quantity.Hour && q.HasMax && q.Max <= 8 {
		switch strings.TrimSpace(s.lower[q.End:s.qs[i+1].Start]) {
		case "x", "×", "*":
			return HoursPerDay, true
		}
	}
	// "Three days multiplied by three hours gives nine hours weekly",
	// "3 days × 3 hours": the hours of each of the days before them,
	// whatever rate the total after them has.
	if i > 0 && s.qs[i-1].Unit == quantity.Day && s.qs[i-1].End <= q.Start && q.Unit == quantity.Hour && q.Per == quantity.None && q.HasMax && q.Max <= 12 {
		switch strings.TrimSpace(s.lower[s.qs[i-1].End:q.Start]) {
		case "x", "×", "*", "times", "multiplied by":
			return HoursPerDay, true
		}
	}
	// "Friday 3 hours, Saturday 4 hours, Sunday 4 hours", "3 hours on
	// Friday and 4 hours on Saturday": each day's own hours, unequal, no
	// figure of the program's day or week.
	if q.Unit == quantity.Hour && !strings.Contains(lowerASCII(q.Text), "week") && dayLabelledHours(s, q) && slices.ContainsFunc(s.qs, func(o quantity.Quantity) bool {
		return o.Start != q.Start && o.Unit == quantity.Hour && dayLabelledHours(s, &o)
	}) {
		return "", false
	}
	// "45- to 60-minute weekly sessions", "50-minute weekly session":
	// the minutes are a session's, and "weekly" counts the sessions.
	// (A session's size only: "30-hour weekly sessions of structured
	// care" are the week's.)
	if q.Per == quantity.Week && sessionNouns[wordAfter(s.lower, q.End)] {
		if qt := lowerASCII(q.Text); strings.HasSuffix(qt, "-minute weekly") || strings.HasSuffix(qt, "-hour weekly") && q.HasMax && q.Max <= 4 {
			return SessionLength, true
		}
	}
	// "a weekly group (60–90 min)", "Weekly group, 60–90 minutes": the
	// length set right after a meeting counted by its frequency is the
	// meeting's.
	if q.Per == quantity.None && (q.Unit == quantity.Minute || q.Unit == quantity.Hour && q.HasMax && q.Max <= 3) && lengthAfterMeeting(s.lower[:q.Start]) {
		return SessionLength, true
	}
	// "about 25 hours of structured care spread over five days": the
	// hours of the week those days make. ("five hours of daily care
	// across four days each week" are each day's.)
	if q.Unit == quantity.Hour && q.Per == quantity.None && i+1 < len(s.qs) {
		if o := &s.qs[i+1]; o.Unit == quantity.Day && (o.Per == quantity.Week || o.Per == quantity.None && o.HasMax && o.Max <= 7) && hoursSpreadOver.MatchString(s.lower[q.End:o.Start]) &&
			!hasWord(s.lower[q.End:o.Start], "daily", "nightly") {
			return HoursPerWeek, true
		}
	}
	// "meets 3 times per week, for 10 to 20 hours shared between each
	// day": hours shared out among the week's meetings are the week's.
	if q.Unit == quantity.Hour && q.Per == quantity.None && !q.Adjectival && sharedAmong.MatchString(s.lower[q.End:]) && weekCountIn(s.qs, i, 0, len(s.lower)) {
		return HoursPerWeek, true
	}
	// "held as two sessions that run for four hours apiece",
	// "four groups lasting two hours each": one meeting's length, with
	// the meetings counted right before it.
	if q.Per == quantity.None && (q.Unit == quantity.Hour || q.Unit == quantity.Minute) && eachMeetingLasts(s, i) {
		return SessionLength, true
	}
	// "three sessions of three hours each week": the hours are each
	// session's; "each week" counts the sessions.
	if i > 0 && s.qs[i-1].Unit == quantity.Session && s.qs[i-1].End <= q.Start && strings.TrimSpace(s.lower[s.qs[i-1].End:q.Start]) == "of" {
		return SessionLength, true
	}
	// "2 classes per week, 2 hours each": each of the meetings counted,
	// the grammar reading the count bare and the week after its noun.
	if i > 0 && s.qs[i-1].Unit == quantity.None && s.qs[i-1].End <= q.Start && meetingsPerWeekThen.MatchString(s.lower[s.qs[i-1].End:q.Start]) &&
		wordAfter(s.lower, q.End) == "each" {
		return SessionLength, true
	}
	// The figure's clause, read by most of the tests below.
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	// "people open the app for a quarter of an hour a day": time on an
	// app, not treatment hours.
	if appUse.MatchString(s.lower[lo:q.Start]) {
		return "", false
	}
	// "most connection issues are solved in under 15 minutes": how long
	// a task takes, not treatment.
	if w := wordBefore(s.masked, q.Start); w == "in" || w == "within" {
		switch wordBefore(s.masked, lastIndex(s.masked[:q.Start], w)) {
		case "solved", "resolved", "answered", "returned", "handled", "fixed", "processed", "approved", "reviewed", "done":
			return "", false
		}
	}
	// "keep working 40 hours a week" is the client's job, not the program.
	// (Within the few words before the hours: "lets you keep your job …
	// meeting three evenings a week from 6 to 9 p.m." times the program.)
	// So are "40 hours a week at their jobs" and "… on the job".
	// (Nor past the program's days just before: "built around rotating
	// shifts: four evenings a week, two hours each".)
	// ("Groups meet after school, Monday through Wednesday, from 4 to 7
	// p.m.": the few words may begin between "after" and "school".)
	jobFrom := wordStart(s.masked, max(lo, q.Start-40, daysBefore(s, i)))
	if wordBefore(s.masked, jobFrom) == "after" {
		jobFrom = lastIndex(s.masked[:jobFrom], "after")
	}
	// ("Teens keep going to school, and our IOP is 9 hours a week": a
	// clause of the program's own after the job's.)
	if k := lastClauseJoin(s.masked[jobFrom:q.Start]); k >= 0 {
		jobFrom += k
	}
	if hasJobWord(s.masked[jobFrom:q.Start]) || staffSaid(afterLabel(s.masked[lo:q.Start])) || atTheJob.MatchString(s.masked[q.End:]) || jobSoughtAfter.MatchString(s.masked[q.End:]) {
		// ("after school" is when a teen group meets, not school hours.)
		return "", false
	}
	// "one 60-minute session a week": the length of the meetings the
	// count around it counts.
	if q.Adjectival && i > 0 {
		if o := &s.qs[i-1]; o.Unit == quantity.Session && o.Start < q.Start && q.End <= o.End {
			return SessionLength, true
		}
		// "three two-hour afternoons a week": each day's length.
		if o := &s.qs[i-1]; o.Unit == quantity.Day && o.Per == quantity.Week && o.Start < q.Start && q.End <= o.End {
			return HoursPerDay, true
		}
	}
	// "25 to 50 mg every six hours": how often, not how long.
	if wordBefore(s.lower, q.Start) == "every" {
		return "", false
	}
	// "10-minute breaks between sessions", "a 30-minute lunch": the
	// pause's length, not a session's or the day's.
	if q.Adjectival {
		switch wordAfter(s.lower, q.End) {
		case "break", "breaks", "lunch", "lunches", "meal", "snack", "recess", "rest", "pause", "drive", "commute", "walk", "wait":
			return "", false
		}
	}
	// ("includes an hour-long lunch break", "with an hour break at
	// midday": the pause's length too.)
	if q.Per == quantity.None && !q.Adjectival && pauseNamedAfter(s.lower[q.End:]) {
		return "", false
	}
	// "9 a.m. to 3 p.m. with an hour for lunch", "30 minutes off for a
	// break": the pause inside the day.
	if q.Per == quantity.None && pauseFor(s.lower[q.End:]) {
		return "", false
	}
	// "three evenings of three hours", "four days of six hours each":
	// each day's length, whatever rate the sentence gives the week (the
	// week's rate is shared to the hours when the weekly figure opens
	// the sentence: "About nine hours per week: three evenings of three
	// hours").
	if i > 0 && (q.Per == quantity.None || q.Per == quantity.Week && !strings.Contains(q.Text, "week")) && !q.Adjectival && q.Unit == quantity.Hour {
		// ("seven days of 24 hours medical monitoring", "two days of 16
		// hours in total": round-the-clock care, a sum.)
		if p := &s.qs[i-1]; p.Unit == quantity.Day && (p.Per == quantity.None || p.Per == quantity.Week) && strings.TrimSpace(s.lower[p.End:q.Start]) == "of" &&
			q.HasMax && q.Max < 24 && !notDayLength[wordAfter(s.lower, q.End)] && !careOf(s.lower, q.End) {
			return HoursPerDay, true
		}
	}
	// "Full-time, 40 hours per week" on a job listing: a staff member's
	// hours.
	if employmentTerm(s.lower[sentenceStart(s.lower, q.Start):q.Start]) {
		return "", false
	}
	// "2 hours a day commuting", "8 hours a day sleeping": what the
	// hours are spent on follows them.
	if w := wordAfter(s.masked, q.End); activityWords[w] {
		return "", false
	}
	// "Try to walk for 30 minutes a day", "set aside an hour a day for
	// homework", "most adults need seven to nine hours a night": a habit
	// of the day, or sleep, not treatment hours.
	if everydayHabit(s, q) {
		return "", false
	}
	// "nearly two hours round trip": a drive; "an hour a week in a
	// therapist's office isn't enough": care found wanting, held up
	// against the program.
	if rest := s.masked[q.End:]; strings.HasPrefix(rest, " round trip") || strings.HasPrefix(rest, " round-trip") || strings.HasPrefix(rest, " each way") ||
		strings.HasPrefix(rest, " one way") || notEnoughSoon(rest[:min(len(rest), 70)]) || tooLittle(s.masked, q.Start, q.End) ||
		// ("symptoms too severe for a few hours of group each week").
		tooMuchFor.MatchString(s.masked[max(0, q.Start-40):q.Start]) {
		return "", false
	}
	// "need more than an hour a week with a therapist": the care the
	// program goes beyond, no hours of its own.
	// (A person's need: "Aftercare groups rarely need more than two hours
	// a week" is the groups'.)
	if q.Min <= 2 && (needMoreThan(s.masked[:q.Start]) || strings.HasPrefix(lowerASCII(q.Text), "more than ") && needWords[wordBefore(s.masked, q.Start)]) &&
		hasWord(s.lower[max(0, q.Start-100):q.Start], "who", "you", "clients", "people", "adults", "teens", "someone", "those", "patients") {
		return "", false
	}
	// "two hours of classroom instruction", "an hour of homework", "a
	// two-hour block of on-site schooling": time of the day spent on
	// something other than treatment.
	if schoolTime(s.masked, q) {
		return "", false
	}
	// "… 15 hours of treatment per week, with each treatment day lasting
	// at least 3 hours": the day named before the figure.
	if dayLasting.MatchString(s.lower[max(0, q.Start-50):q.Start]) {
		return HoursPerDay, true
	}
	// "Tall Oaks is an accredited school too, and residents attend
	// classes for four hours every weekday": lessons' hours, on a page
	// that says it teaches.
	if attendsClasses.MatchString(s.masked[max(0, q.Start-40):q.Start]) && hasWord(lowerASCII(s.block.Text), "school", "schools", "academic", "academics", "academy", "accredited", "teacher", "teachers", "credit", "credits", "students") {
		return "", false
	}
	// "meets with a psychiatrist within the first 72 hours", "in the
	// first 48 hours": when something happens, not how long anything
	// lasts.
	if pre := strings.TrimRight(s.lower[:q.Start], " "); strings.HasSuffix(pre, "within") || strings.HasSuffix(pre, "the first") || strings.HasPrefix(s.lower[q.Start:], "within ") {
		return "", false
	}
	// "meets one-on-one with a counselor for 45 minutes every week": the
	// minutes are one meeting's, held weekly.
	if q.Per == quantity.Week && q.Unit == quantity.Minute && q.HasMax && q.Max <= 120 && !q.Adjectival && personMeeting.MatchString(s.masked[:q.Start]) {
		return SessionLength, true
	}
	// "meets with an individual therapist weekly for 45 to 60 minutes",
	// "see your counselor for an hour each week": an hour or two a week
	// with one person is that meeting's length; "an hour a week with a
	// peer recovery coach" is a meeting with someone the program's
	// figures are not.
	if k, ok := oneOnOneWeekly(s, q, lo); ok {
		return k, k != ""
	}
	switch q.Per {
	case quantity.Week:
		return HoursPerWeek, true
	case quantity.Day:
		return HoursPerDay, true
	case quantity.None:
	default:
		return "", false
	}
	if s.header.session && q.Start >= s.headerFrom {
		return SessionLength, true
	}
	// "Grown-ups receive 9 to 16 hours a week. For teens it is 6 to 12 hours.":
	// the week said once, for the next group of clients too.
	if s.weekBefore && q.Unit == quantity.Hour && !q.Adjectival && forGroupOpening(s.lower) {
		return HoursPerWeek, true
	}
	// "| Individual counseling | weekly | 50 min |" under "Length": no
	// program lasts minutes, so minutes there are one meeting's.
	// (A timetable's rows of a program's groups, "| Coping skills (OP) |
	// Thu | 60 min |", each time a group of their own: read as before.)
	if s.header.length && q.Start >= s.headerFrom && q.Unit == quantity.Minute && !q.Adjectival &&
		!(s.block.Kind == corpus.BlockTableCell && hasWord(lowerASCII(s.block.RowHeader), "iop", "php", "op", "outpatient", "residential", "detox", "program", "track")) {
		return SessionLength, true
	}
	// "Individual therapy every week (50 minutes)", "Weekly family
	// therapy (60 minutes)": the rate is how often the meeting is held,
	// the figure in brackets one meeting's.
	if meetingInBrackets(s.lower, q.Start, q.Unit == quantity.Minute) {
		return SessionLength, true
	}
	// "One individual session with your counselor each week, 50
	// minutes": a bare length closing the line after a meeting and its
	// rate is one meeting's.
	// (Minutes only, after one meeting: "four group sessions and one
	// individual session, 22 hours" is the week's total.)
	if q.Per == quantity.None && !q.Adjectival && q.Unit == quantity.Minute && strings.HasSuffix(strings.TrimRight(s.lower[:q.Start], " "), ",") &&
		strings.Trim(s.lower[q.End:], " .") == "" && hasWord(s.lower[:q.Start], "session", "appointment", "meeting") {
		return SessionLength, true
	}
	// "commonly in blocks of three hours": one block's length.
	if blockOf(s.lower, q.Start) {
		return SessionLength, true
	}
	before, after := wordBefore(s.masked, q.Start), wordAfter(s.masked, q.End)
	// "Three sessions a week, three hours each (nine hours total)": a
	// total beside a week's count is the week's.
	if totalAfter(s.masked, q.End) && !q.Adjectival {
		// "one two-hour group each week for 12 weeks, 24 hours in all":
		// a total after the program's length is the whole course's, no
		// week's or day's.
		if courseTotal(s.qs, q) {
			return "", false
		}
		// ("Teens spend six hours a week in group, plus the family group,
		// for about nine hours in all": the week's hours, added up.)
		for j := range s.qs {
			// (Not a session's, said between: "9 hours a week, with each
			// session lasting 3 hours in all".)
			if o := &s.qs[j]; o.End <= q.Start && o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times || o.Unit == quantity.Session ||
				o.Unit == quantity.Hour && !oneMeetingSaid(s.lower[o.End:q.Start])) {
				return HoursPerWeek, true
			}
		}
		// "Each IOP day includes two 90-minute groups and a check-in,
		// three and a half hours in all": the day's, added up.
		if dayOpens.MatchString(s.masked) {
			return HoursPerDay, true
		}
	}
	// "Intake includes a 60-minute interview and a 30-minute meeting with
	// a parent", "The first appointment lasts roughly two hours": a
	// clause about a step done once, timed. ("you meet with a counselor
	// for intake and then join a 3-hour session" goes on to the program.)
	if pre := s.masked[lo:q.Start]; onceSubject(pre) && (q.Adjectival || q.Per == quantity.None && hasWord(pre, "takes", "lasts", "runs", "is", "will take", "take", "last", "run", "are")) {
		return "", false
	}
	if q.Adjectival {
		switch {
		case before == "daily":
			return HoursPerDay, true
		case careDayFollows(s.masked, q.End) && q.HasMax && q.Max < 24 && !oddDay(s, q):
			// "a six-hour treatment day", "a five-hour program day":
			// the day's length.
			return HoursPerDay, true
		case sessionNounFollows(s.masked, q.End, 3) || blockFollows(s.masked, q.End):
			return SessionLength, true
		case programNouns[wordAfter(s.masked, q.End)] && q.HasMax && q.Max <= 12 && daysAWeekIn(s.qs):
			// "a four- to five-hour program that runs four days a
			// week": the program's day, with the days it is held on.
			return HoursPerDay, true
		}
		return "", false
	}
	// ("one or two counseling sessions lasting 50 to 60 minutes": the
	// sessions, masked as a count of their own, right before.)
	sessionsBefore := i > 0 && s.qs[i-1].Unit == quantity.Session && strings.TrimSpace(s.masked[s.qs[i-1].End:q.Start]) == before
	if (before == "lasting" || before == "last" && (wordBefore(s.masked, lastIndex(s.masked[:q.Start], "last")) == "that" || wordBefore(s.masked, lastIndex(s.masked[:q.Start], "last")) == "which")) && (hasWord(s.masked[lo:q.Start], meetingList...) || sessionsBefore) {
		// "3 groups lasting 3 hours": each meeting's length.
		return SessionLength, true
	}
	// "your counseling session, which lasts one hour": the relative
	// clause times the meeting it hangs on, beyond the clause's comma.
	// ("We hold an intake appointment, which takes about 90 minutes":
	// a step done once, which the relative clause times.)
	if k := lastIndex(s.masked[:q.Start], ", which "); k >= 0 && hasWord(s.masked[max(0, k-30):k], onceWords...) {
		return "", false
	}
	if headedByMeeting(s.masked, q.Start, before) {
		return SessionLength, true
	}
	if hasWord(s.masked[lo:q.Start], onceWords...) {
		// "The intake appointment takes about two hours": a step done
		// once, not the program's sessions.
		return "", false
	}
	// "…, and a call takes 15 minutes": a phone call's length.
	if callTakes.MatchString(s.masked[lo:q.Start]) {
		return "", false
	}
	// "for a total of 12 hours of treatment every week", "across the week
	// that adds up to nine hours": a total is the week's (or the day's),
	// never one session's.
	if pre := s.lower[max(0, q.Start-60):q.Start]; hasWord(pre, "total", "totals", "totaling", "totalling") || addsUp(pre) || strings.Contains(pre, "altogether") || strings.Contains(pre, "works out to") || sumVerb(pre) {
		// "adds up to 16 hours of programming a week": the rate after
		// the hours, masked as a quantity of its own, is the total's.
		if k, ok := rateAfter(s.rateText(q.End, hi)); ok {
			return k, true
		}
		// ("… which works out to six hours of programming each treatment
		// day and 30 hours across the week": the day named right after
		// the figure.)
		if perDayAfter.MatchString(s.lower[q.End:hi]) {
			return HoursPerDay, true
		}
		// ("works out to three evenings a week and roughly nine hours":
		// the days beside it make the total a week's.)
		// ("altogether the day lasts 6 hours" is the day's.)
		// ("… three hours a day, so the weekly total usually lands
		// somewhere between 9 and 15 hours": the total says whose.)
		// ("… three days a week, and each day adds up to three and a half
		// hours": the day the sum is said of.)
		// ("… and the day adds up to nine hours over the week" is the
		// week's.)
		if dayTotal.MatchString(pre) && !hasWord(firstClause(s.lower[q.End:]), "week", "weekly") {
			return HoursPerDay, true
		}
		if hasWord(pre, "weekly", "week's", "week") && !hasWord(pre, "daily", "day's") {
			return HoursPerWeek, true
		}
		if hasWord(s.masked[lo:q.Start], "day", "daily") {
			return HoursPerDay, true
		}
		weekly := false
		// ("two weeknights plus a Saturday morning still add up to the
		// full nine hours": so do the days of a total added up.)
		if strings.Contains(pre, "works out to") || sumVerb(pre) || addsUp(pre) {
			for j := range s.qs {
				if j != i && s.qs[j].Per == quantity.Week && (s.qs[j].Unit == quantity.Day || s.qs[j].Unit == quantity.Times) && s.qs[j].End <= q.Start {
					weekly = true
				}
			}
		}
		switch {
		case weekly || hasWord(s.masked, "week", "weekly", "weeks"):
			return HoursPerWeek, true
		case hasWord(s.masked, "day", "daily"):
			return HoursPerDay, true
		}
		return "", false
	}
	// "Treatment days last five to six hours", "each day runs four
	// hours", "Each evening is three hours of group work": the length of a
	// day of the program.
	// ("Group days run about 90 minutes longer on Fridays": a difference,
	// no length of day.)
	// (A morning or an afternoon is part of a day; an evening is a day of
	// an evening program when it runs or lasts so long, or is so long of
	// treatment: not "each evening is an hour of twelve-step meetings".)
	if pre := s.masked[lo:q.Start]; (strings.Contains(pre, "day") || partOfDayLasts(pre, s.lower[q.End:])) && dayLasts.MatchString(pre[max(0, len(pre)-40):]) {
		switch wordAfter(s.lower, q.End) {
		case "longer", "shorter", "more", "less", "fewer", "extra", "earlier", "later":
			return "", false
		}
		return HoursPerDay, true
	}
	// "Each visit lasts one to two hours": one meeting's length; so do
	// "IOP groups typically last three hours".
	if (before == "lasts" || before == "last" || before == "runs" || before == "run" || before == "takes" || before == "take") && (eachMeeting.MatchString(s.masked[lo:q.Start]) || meetingsLast.MatchString(s.masked[lo:q.Start])) {
		return SessionLength, true
	}
	// (Not mutual-help groups, "Most AA and NA groups meet for about an
	// hour", nor a week's total: "Groups meet for nine hours over three
	// evenings".)
	if before == "for" && meetingsMeetFor.MatchString(s.lower[lo:q.Start]) && !weekCountIn(s.qs, i, lo, hi) && !mutualHelpNamed(s) && !spreadOver.MatchString(s.lower[q.End:]) {
		return SessionLength, true
	}
	// "Each client also meets weekly with a counselor for 50 minutes":
	// the length of a meeting with a person, however often it comes.
	if before == "for" && q.Unit == quantity.Minute && q.HasMax && q.Max <= 120 && meetingFor(s.masked[lo:q.Start]) {
		return SessionLength, true
	}
	// "Each group is 90 minutes long": a meeting's length.
	if after == "long" && hasWord(s.masked[lo:q.Start], meetingList...) {
		return SessionLength, true
	}
	rest := strings.TrimLeft(s.masked[q.End:hi], " ")
	// "3 evenings/week, 3 hrs each": each of the meetings just counted.
	// ("3 afternoons a week, 2.5 hours each" are the afternoons' hours,
	// read below as a day's.)
	if strings.HasPrefix(rest, "each") && (len(rest) == 4 || !isWordByte(rest[4])) && i > 0 && s.qs[i-1].Per == quantity.Week &&
		(s.qs[i-1].Unit == quantity.Times || s.qs[i-1].Unit == quantity.Session) {
		return SessionLength, true
	}
	// (The lower-case text, since "a session" is masked as a count of
	// its own: "three evenings a week, three hours a session".)
	restLower := strings.TrimLeft(s.lower[q.End:hi], " ")
	for _, p := range sessionRates {
		if strings.HasPrefix(rest, p) || strings.HasPrefix(restLower, p) {
			return SessionLength, true
		}
	}
	// "3 hours of group per session", "90 minutes of therapy each
	// session": what the time is of, then the session it is the length of.
	if r, ok := strings.CutPrefix(restLower, "of "); ok {
		for n := 0; n < 2; n++ {
			w := leadingWord(r, 0)
			if w == "" {
				break
			}
			r = strings.TrimLeft(r[len(w):], " ")
			if anyPrefix(r, sessionRates) {
				return SessionLength, true
			}
		}
	}
	// "Each session lasts two and a half hours, for 10 hours of
	// treatment per week": hours of something with a rate after them are
	// that rate's, whatever meeting the clause spoke of before.
	// ("for three hours, or nine hours of programming per week": the
	// rate after a second figure of hours is that figure's.)
	rateEnd := hi
	for j := i + 1; j < len(s.qs); j++ {
		if o := &s.qs[j]; o.Start >= q.End && o.Start < rateEnd && (o.Unit == quantity.Hour || o.Unit == quantity.Minute) {
			rateEnd = o.Start
			break
		}
	}
	dayLong := q.Unit == quantity.Hour && q.HasMin && q.Min >= 2
	if strings.HasPrefix(rest, "of ") {
		if k, ok := rateAfterParts(s.rateText(q.End, rateEnd), dayLong); ok {
			return k, true
		}
	}
	// "come to group sessions several times weekly, with a minimum of 9
	// hours of therapy": a floor no one meeting is held to is the week's.
	// (A day program's day may be held to six: "five times a week for at
	// least 6 hours" is each day's.)
	if q.Qualifier == quantity.AtLeast && q.Min >= 9 && timesAWeekIn(s, i, lo, hi) {
		return HoursPerWeek, true
	}
	if sessionNouns[after] || hasWord(s.masked[lo:q.Start], sessionList...) || countedSessions(s, i-1) {
		return SessionLength, true
	}
	// "6 hours of treatment per day", "three hours of daily group
	// therapy", "18–20 hours of treatments per week": the nearest rate
	// after the hours, within the phrase, is theirs.
	if k, ok := rateAfterParts(s.rateText(q.End, rateEnd), dayLong); ok {
		return k, true
	}
	var daysPerWeek, timesPerWeek bool
	for j := range s.qs {
		o := &s.qs[j]
		if j == i || o.End <= lo || o.Start >= hi || frequencyWord(o) {
			continue
		}
		daysPerWeek = daysPerWeek || (o.Unit == quantity.Day && o.Per == quantity.Week)
		timesPerWeek = timesPerWeek || (o.Unit == quantity.Times || o.Unit == quantity.Session) && o.Per == quantity.Week
	}
	clause := s.masked[lo:ownPredicateEnd(s.masked, q.End, hi)]
	// "Each week includes nine hours of group and one individual
	// session": the hours are one part of what a week holds, neither a
	// session's length nor the program's whole week, so they give no
	// claim. ("Each week, clients attend four sessions of three hours"
	// gives each session's.)
	if timesPerWeek && strings.HasPrefix(rest, "of ") && weekOpening(s.lower) && !countBefore(s.qs, i, lo) {
		return "", false
	}
	switch {
	case timesPerWeek:
		// "once a week for one hour", "2 sessions per week, each lasting
		// an hour": the hour is one meeting.
		return SessionLength, true
	case daysPerWeek:
		// "3 hours of therapy, 5 days a week" and "four hours over five
		// days of the week" are hours on each of those days. Large
		// amounts ("12 hours, 3 days a week") read as the week's total
		// to as many people: say nothing rather than guess.
		if q.HasMax && q.Max <= 8 {
			return HoursPerDay, true
		}
		return "", false
	case q.HasMax && q.Max <= 12 && daysOfTheWeek.MatchString(clause):
		// "offers 5 to 7 hours of care, most days each week":
		// the week is the days', the hours are each day's.
		return HoursPerDay, true
	case hasWord(clause, weeklyCues...):
		return HoursPerWeek, true
	case hasWord(clause, dailyCues...):
		return HoursPerDay, true
	case weekdayCue(s, q, lo, hi):
		return HoursPerDay, true
	case q.HasMin && q.Min >= 2 && q.HasMax && q.Max <= 12 && s.contains("day") && wholeDay.MatchString(s.lower) &&
		!hasWord(s.masked[lo:q.Start], dayActivities...):
		// "attend treatment all day, typically six to eight hours", "a
		// full treatment day, usually six hours", "on a typical IOP day
		// … for three to four hours": the hours of that day.
		return HoursPerDay, true
	}
	return "", false
}

func init() {
	register(KindSpec{
		ID: HoursPerWeek, Label: "hours per week", Unit: "hour", Units: hourUnits, Max: 168, Floor: minSession,
		Examples: []KindExample{
			// "between X and Y" holds up only the level right after its
			// "and"; a level named later in the clause is the figure's.
			{"Levels of care\n\nThe difference between inpatient care and outpatient care is that outpatient clients attend 2 hours a week.", "op 2"},
			// A bare "outpatient" right after a line's label, below a line
			// that named a level there plainly, is the level stepped down
			// to; a line whose level is the section's keeps it.
			{"Treatment Timeline\n\nWeek 1–2: Partial hospitalization, 6 hours a day\nWeek 3–10: Intensive outpatient, 3 hours a day\nWeek 11 and beyond: Outpatient, 1 hour a week", "op 1"},
			{"Intensive Outpatient Program\n\nGroups meet three evenings a week.\nSchedule: Outpatient, 9 hours a week", "iop 9"},
			// Hours of clinicians' visits at home are the program's.
			{"In-home IOP\n\nOur in-home IOP provides 9 hours of home visits a week.", "iop 9"},
			// A job's hours a house asks for; the program's beside a job.
			{"Sober living\n\nEach resident has to remain employed, for at least 25 hours a week.", ""},
			{"Intensive outpatient\n\nClients stay employed while attending our IOP for 9 hours a week.", "iop 9"},
			// A bracket right after a figure that names the standard level
			// is outpatient care's; the next figure's bracket is its own.
			{"Levels of care\n\nWeekly care runs from 1 to 3 hours (standard) to 20 or more hours (day treatment).", "op 1–3; php ≥20"},
			// Hours spread across the week are the week's.
			{"Our IOP\n\nIOP usually means some 10–18 hours of groups and skills work across the week.", "iop 10–18"},
			{"Our IOP\n\nOur IOP offers 9 hours across the week.", "iop 9"},
			// A rate glued to the noun by a slash: "of service/week".
			{"Levels of care\n\nLevel 2.1 intensive outpatient care gives 9 or more hours of service/week for adults.", "iop ≥9"},
			{"Our PHP\n\nOur PHP gives 20 hours of care/week.", "php 20"},
			// Two kinds of therapy joined hold the program's hours.
			{"How does an IOP work?\n\nPlan on 12 to 16 hours each week in individual or group therapy sessions.", "iop 12–16"},
			{"Our IOP\n\nClients spend 12 hours a week in group therapy.", "group-therapy 12"},
			// Hours a house asks of its volunteers are no program's.
			{"Our sober homes\n\nAnyone who opts for volunteering is expected to put in at least 20 hours a week.", ""},
			{"Our residential program\n\nResidents receive 30 hours of therapy a week, and many volunteer in the kitchen.", "residential 30"},
			// A position's hours on a job's page are not the program it serves.
			{"SOURCE: https://www.ferngate.example/careers/teen-counselor/\n\nTeen Counselor\n\nThis is a part-time position of about 24 hours a week, built around our adolescent IOP.", ""},
			{"SOURCE: https://www.ferngate.example/careers/teen-counselor/\n\nTeen Counselor\n\nYou will lead groups in our adolescent IOP, which meets 9 hours a week.", "iop 9"},
			// A program's acronym with letters of its kind in front is it.
			{"Our programs\n\nBoth our CDIOP and our MHIOP add up to nine treatment hours each week, over three evenings.", "iop 9"},
			// A schedule a client no longer needs is the one being left.
			{"Our IOP\n\nWhen progress no longer calls for ten hours per week of groups for adults or five hours per week for teens, we taper care.", ""},
			{"What is IOP?\n\nIOP care for adults runs a minimum of ten hours with a maximum of 16 hours per week.", "iop 10–16"},
			{"Day Treatment\n\nA PHP means about 25 hours of structured care spread over five days.", "php 25"},
			// When a step of getting in is held is no program's day.
			{"Our residential program\n\nInterviews for new residents are held Monday-Friday between 10:00 am and 4:00 pm.", ""},
			// Hours shared out among the week's meetings are the week's.
			{"Our IOP\n\nIOP usually meets 4 times per week, for a period of 12 hours shared between each day.", "iop 12"},
			{"Our IOP\n\nIOP meets 3 times a week, with 9 to 12 hours divided among the sessions.", "iop 9–12"},
			// A bound carries to the same amount restated at another rate.
			{"Day Treatment\n\nOur PHP runs Monday through Friday, with a minimum of four hours of care per day, twenty hours per week.", "php ≥20"},
			// An hour or so of therapy a week on a higher level's page is
			// ordinary outpatient care; named individual therapy is not.
			{"Day Treatment\n\nOur PHP runs 25 hours a week. Plenty of people try one hour of weekly therapy first.", "php 25; op 1"},
			// Care the program is too much for, or a step up from, is
			// not its own.
			{"Day Treatment\n\nOur PHP suits adults whose cravings are too strong for a few hours of weekly counseling.", ""},
			{"Day Treatment\n\nOur PHP serves people whose lives are too chaotic for just two hours of group each week.", ""},
			{"Day Treatment\n\nOur PHP is a step up from a few hours of weekly counseling.", ""},
			// A weekly visit held up against the program is outpatient
			// care's; one the clients have is one client's session.
			{"Intensive Outpatient\n\nOur IOP meets three evenings a week. That is far more than a 50-minute weekly therapy visit.", "op 0.8333"},
			{"Intensive Outpatient\n\nUnlike a 60-minute weekly check-in with a counselor, our IOP groups fill three evenings.", "op 1"},
			{"Intensive Outpatient\n\nOur IOP meets three evenings a week. Each client also has a 50-minute weekly therapy session.", ""},
			// Once-a-week care heading a column or labelling a line is
			// outpatient care's; an hour named individual, the therapy's.
			{"Intensive Outpatient\n\n| | Weekly therapy | Our IOP |\n| Time each week | about 1 hour | 12 hours |", "op 1; iop 12"},
			{"Intensive Outpatient\n\n- Weekly counseling: about 1 hour a week\n- Our IOP: 12 hours a week", "op 1; iop 12"},
			{"Intensive Outpatient\n\n| Hours per week | 10 hours of group, plus 1 hour individual |", "iop 10; individual-therapy 1"},
			// A staff member's hours on site are not the program's; the
			// staff clients meet on site are.
			{"Partial hospitalization\n\nOur program has a clinical supervisor on-site 12 hours a week.", ""},
			{"Partial hospitalization\n\nA registered nurse is on duty 30 hours a week.", ""},
			{"Partial hospitalization\n\nClients meet with our counselors on site 22 hours a week.", "php 22"},
			// A figure set aside ("rather than", "instead of") is nobody's
			// schedule.
			{"Teen IOP\n\nMore sessions each week: rather than one hour per week, teens attend three sessions a week.", "other 1"},
			{"Evening IOP\n\nInstead of just an hour a week with a counselor, our IOP gives clients nine hours a week.", "other 1; iop 9"},
			{"Day Treatment\n\nOur PHP runs 25 hours a week. Sitting in a therapy session for an hour each week leaves the rest of the week alone.", "php 25; op 1"},
			{"Day Treatment\n\nOur PHP runs 25 hours a week, with one hour of individual therapy a week.", "php 25; individual-therapy 1"},
			{"Day Treatment\n\nOur PHP runs 25 hours a week.\n\nWho it is for\n- Needs no overnight care, but needs more than one hour of therapy a week", "php 25; op ≥1"},
			{"Day Treatment\n\nA PHP gives 6 hours of structured care over two weeks.", ""},
			{"Our IOP\n\nExpect from 10 to 12 total hours of therapy per week.", "iop 10–12"},
			// An office named as where the program runs is no staff's
			// hours.
			{"Morning and Evening IOP\n\nOur adult IOP runs in two tracks at our Eastfield office, and both tracks provide 12 hours of treatment each week.", "iop 12"},
			{"Our IOP\n\nOur IOP meets 3 days a week, 3 hours a day, for 9 hours in total.", "iop 9"},
			// ("of programming", "of group work": what the hours are of,
			// between them and their total.)
			{"Our IOP\n\nOur evening IOP gathers four times a week, twelve hours of programming in total.", "iop 12"},
			// (Four words between, too; not a day's total.)
			{"Our IOP\n\nEach week brings four sessions and ten hours of group and individual therapy in total.", "iop 10"},
			{"Day Treatment\n\nOur PHP meets five days a week, six hours of treatment in total each day.", ""},
			// A ceiling at a vague amount is no figure.
			{"Outpatient counseling\n\nStandard counseling needs up to a few hours a week.", ""},
			{"Outpatient counseling\n\nStandard counseling needs a few hours a week at most.", ""},
			// An hour a week with one person, named with a word of kind or
			// by a pronoun, is that meeting's.
			{"Our IOP\n\nOur IOP runs 12 hours a week. Each family meets with the family therapist for one hour every week.", "iop 12"},
			{"Our IOP\n\nOur IOP runs 12 hours a week. Every client has a primary therapist and meets with them weekly for 50 minutes.", "iop 12"},
			// A total after a week's hours is the week's, added up.
			{"Teen IOP\n\nTeens spend six hours a week in group, plus a family session, for about eight hours in all.", "iop 6; other 8"},
			{"Outpatient counseling\n\nIn standard outpatient care, you meet with a counselor one to two hours a week.", "op 1–2"},
			{"Partial hospitalization: questions\n\nDo you have an IOP?\n\nWe do not run an IOP, and we have no plans to.\n\nHow many hours a week is it?\n\nAbout 26 hours a week.", "php 26"},
			// A track's time of day before its noun keeps the relative
			// clause on the program's track.
			{"Day Treatment\n\nOur PHP runs about 30 hours a week. Later, clients move to our IOP evening track, which adds up to ten hours a week.", "php 30; iop 10"},
			// (A total said of one session after the week is the session's;
			// an outpatient program's clients meeting a counselor are no
			// definition of outpatient care.)
			{"Our IOP\n\nOur IOP meets 9 hours a week, with each session lasting 3 hours in all.", "iop 9"},
			{"Outpatient care\n\nOur outpatient program meets 3 hours a week. Each outpatient client meets with a counselor for one hour every week.", "op 3"},
			{"Our IOP\n\nOur IOP runs 12 hours a week. Clients have a primary therapist and see them for an hour weekly.", "iop 12"},
			// A client's own busy, volunteer or work hours are no program's.
			{"Sober living\n\nMany residents attend an IOP while they live with us. We ask that you stay busy for at least 30 hours a week.", ""},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Many clients also volunteer about 20 hours a week.", ""},
			{"Sober living\n\nOur IOP partners expect 25 hours of work a week from residents.", ""},
			{"Evening IOP\n\nOur IOP gives 12 hours of work on coping skills a week.", "iop 12"},
			// A number naming a week is a label, no amount of hours.
			// An hour a week with a coach is the coach's meeting.
			{"Our IOP\n\nOur IOP runs 12 hours a week. Each client also spends an hour a week with a peer recovery mentor.", "iop 12"},
			// The next question on the page's program is about the page's
			// program, not one the provider says it does not run.
			{"Partial hospitalization: questions\n\nHow does PHP differ from IOP?\n\nAn IOP usually runs 9 to 15 hours a week. We do not run an IOP.\n\nHow many hours a week is it?\n\nAbout 26 hours of care a week.", "iop 9–15; php 26"},
			// (Not a program the provider plans to open.)
			{"Partial hospitalization: questions\n\nDo you have an IOP?\n\nWe do not run an IOP yet, but one opens in the spring.\n\nHow many hours a week will it meet?\n\nAbout 10 hours a week.", "iop 10"},
			{"Our IOP\n\nOur IOP meets 10 hours a week; IOP members are paired with a peer coach in week three.", "iop 10"},
			{"Day Treatment\n\nOur PHP runs 24 hours a week, and PHP patients see the dietitian from week 2.", "php 24"},
			{"Our IOP\n\nThe group meets four times a week, eight hours of skills work in all, plus a check-in call.", "iop 8"},
			{"Outpatient phases\n\nOur outpatient program runs in phases.\n\nPhase 1\nFour days a week, 3 hours a day: 12 hours each week. This phase meets the standard for intensive outpatient (IOP) care.", "iop 12"},
			{"Outpatient phases\n\nOur outpatient program runs in phases.\n\nPhase 1\nFour days a week, 3 hours a day: 12 hours each week. This phase is followed by IOP.", "op 12"},
			{"Medicare and PHP\n\nTo qualify, your doctor has to state that you would otherwise require inpatient care and that you need at least 20 hours of therapy per week.", "php ≥20"},
			// A week said once holds for the next group of clients.
			{"What an IOP involves\n\nGrown-ups usually receive 9 to 16 hours a week. For teens it is 6 to 12 hours.", "iop 9–16; iop 6–12"},
			// The care a program is more than, or keeps clients from,
			// does not carry to the next list.
			{"Teen Intensive Outpatient\n\nOur intensive outpatient program helps teens.\n\n- Needs more help than what anyone could reasonably offer inside a traditional outpatient setting\n- Steady housing\n\n- Teens attend 12 hours per week of therapy.", "iop 12"},
			{"Teen Intensive Outpatient\n\nOur intensive outpatient program helps teens.\n\n- Moods that could call for more intensive inpatient or PHP care later\n- Steady housing\n\n- Teens attend 12 hours per week of therapy.", "iop 12"},
			{"Teen Intensive Outpatient\n\nOur intensive outpatient program helps teens.\n\n- Moods that could call for more intensive inpatient and PHP care later\n- Steady housing\n\n- Teens attend 12 hours per week of therapy.", "iop 12"},
			// "non residential", and "non- residential" split at a line
			// break, say what a program is not.
			{"State definitions\n\nAn intensive outpatient service is a non- residential service that provides 8 to 16 hours a week.", "iop 8–16"},
			{"State definitions\n\nAn intensive outpatient service is a non residential service that provides 8 to 16 hours a week.", "iop 8–16"},
			// The figure a client moves from, where only the level moved
			// to is named, is not that level's; named before the "to",
			// it is the level left.
			{"Stepping down\n\nRather than dropping from 35 hours a week of structured care to one hour a week in standard outpatient counseling, clients step into our IOP for 12 hours a week.", "other 35; op 1; iop 12"},
			{"Stepping down\n\nClients go from 30 hours a week in our PHP to 10 hours a week in our IOP.", "php 30; iop 10"},
			// A program held up for comparison, named in full and then
			// by its short name in brackets, is held up under both.
			{"Evening IOP\n\nOur evening IOP takes up less of the week than a partial hospitalization track (PHP), adding up to about 11 hours a week.", "iop 11"},
			{"Evening IOP\n\nOur evening IOP takes up less of the week than a partial hospitalization track, adding up to about 11 hours a week.", "iop 11"},
			{"Day program\n\nOur partial hospitalization track (PHP) adds up to about 25 hours a week.", "php 25"},
			{"Stepping down\n\nIn our PHP, clients go from 25 hours a week of care to 9 hours a week in our IOP.", "php 25; iop 9"},
			{"Stepping down\n\nRather than dropping from 35 hours a week of structured care to 1.5 hours a week in standard outpatient counseling, clients step into our IOP.", "other 35; op 1.5"},
			// "of group" ending a line of the week's parts is the groups'
			// hours; "of groups and therapy" is the program's week.
			{"Teen IOP\n\nWhat a week holds\n\n- 6 hours/wk of group", "group-therapy 6"},
			{"Teen IOP\n\nOur IOP gives 9 hours a week of groups and therapy.", "iop 9"},
			{"Teen IOP\n\nWhat a week holds: 6 hours/wk of group", "iop 6"},
			{"Teen IOP\n\nWhat a week holds\n\n6 hours/wk of group", "group-therapy 6"},
			// A bracket right after the figure that names programs and
			// nothing else says whose it is; two programs share it.
			{"Outpatient FAQ\n\nWeekly time runs from 2 hours per week (standard outpatient) to 25 hours per week (IOP or PHP).", "op 2; other 25"},
			{"Outpatient FAQ\n\nMost clients attend 9 hours a week (IOP) at first.", "iop 9"},
			// A figure after "from", then "to" and a ceiling: one span.
			{"Our IOP\n\nWeekly contact usually runs from about eight hours to as much as eighteen hours.", "iop 8–18"},
			// (So does one program beside a kind of care that follows
			// it, whatever program the sentence named before.)
			{"Outpatient FAQ\n\nClients come in for anywhere from 15 hours a week (IOP) down to 2 hours weekly (regular outpatient care or aftercare).", "iop 15; op 2"},
			{"Outpatient FAQ\n\nOur hours range from 12 per week (IOP) to 1 hour a week (standard outpatient or continuing care).", "iop 12; op 1"},
			{"Intensive Outpatient\n\nGroups add up to 9 hours a week (IOP and PHP).", "iop 9"},
			{"Outpatient FAQ\n\nMost clients attend 9 hours a week (IOP, at first) and fewer later.", "op 9"},
			// Where the sentence names neither level, the figure moved
			// from is still not the level's the page is about; a bare
			// count after it counts the same hours. A range written with
			// its unit twice is no change.
			{"Outpatient Counseling\n\nAfter a residential stay, many clients join our outpatient counseling. Moving from 35 hours a week of care to 2 per week can feel abrupt.", "other 35; op 2"},
			{"Outpatient Counseling\n\nAfter a residential stay, many clients join our outpatient counseling. Moving from 35 hours a week of care to 2 hours per week can feel abrupt.", "other 35; op 2"},
			{"Intensive Outpatient\n\nOur IOP meets from 9 hours a week to 12 hours a week, depending on the track.", "iop 9; iop 12"},
			// Outpatient care set between standard outpatient care and
			// residential care is the levels in between, no standard
			// outpatient care.
			{"Step-Down Care for Teens\n\nStructured outpatient therapy for teens offers a steady path between weekly outpatient therapy and hospital care. These programs give your teen five to 30 hours of therapy per week.", "other 5–30"},
			// "talk therapy" is one client's hour with a therapist.
			{"Teen IOP\n\nRather than 45 minutes of talk therapy every Monday, your teen takes part in 10 to 18 hours of treatment per week.", "individual-therapy 0.75; iop 10–18"},
			{"Intensive Outpatient\n\nOur IOP tapers from 12 hours a week to 3 times per week.", "iop 12"},
			{"Intensive Outpatient\n\nOur IOP tapers from 12 hours a week to 6 hours a week in the last month.", "iop 12; iop 6"},
			{"Intensive Outpatient\n\nOur IOP is a step down: clients go from 25 hours a week to 9 hours a week.", "other 25; iop 9"},
			{"Intensive Outpatient\n\nThe IOP schedule drops from 12 hours a week to 6 hours a week near the end.", "iop 12; iop 6"},
			{"Intensive Outpatient\n\nOur IOP tapers from 12 hours a week to twice weekly.", "iop 12"},
			{"Outpatient Counseling\n\nAfter a residential stay, many clients join our outpatient counseling. Moving from 35 hours a week of care to 1 or 2 per week can feel abrupt.", "other 35; op 1–2"},
			// "The lightest level of outpatient care" names the level by
			// its rank: no comparison, and not the IOP or PHP the page
			// is about.
			{"Partial hospitalization program\n\nStandard outpatient programs offer counseling and groups. The lightest level of outpatient care usually asks for two to five hours of treatment per week.", "op 2–5"},
			{"Partial hospitalization program\n\nStandard outpatient programs offer counseling and groups. As the lowest level of outpatient care, they usually ask for two to five hours of treatment per week.", "op 2–5"},
			// A source cited in a table cell is no figure.
			{"Levels compared\n\n| | IOP | Residential |\n|---|---|---|\n| Hours per week | 10–18 [3] | 168 |", "iop 10–18; residential 168"},
			// A bracketed number after a level's name is the level's.
			{"Levels of care\n\nIntensive outpatient runs 9 to 19 hours a week, partial hospitalization (2.5).", "iop 9–19"},
			// "Intense outpatient" is intensive outpatient; New Jersey's
			// "Partial Care" is partial hospitalization.
			{"Levels of care\n\nOur intense outpatient therapy runs 12 hours a week. Our Partial Care program runs 25 hours a week.", "iop 12; php 25"},
			// A house rule met by work, school or treatment alike.
			{"House expectations\n\n- Hold down a job, take classes, or be in outpatient treatment at least 35 hours each week", ""},
			{"Our IOP\n\nMany clients keep their jobs or school while our IOP provides 12 hours a week.", "iop 12"},
			{"Our PHP\n\nPatients going back to work attend our PHP 15 hours per week.", "php 15"},
			{"Our PHP\n\nIf you are returning to work, our PHP runs 16 hours per week.", "php 16"},
			{"Our PHP\n\nMost patients return to work 40 hours a week after PHP.", ""},
			{"Class format\n\n- Weeknight track: Monday and Wednesday, 6:00-8:00 PM, over 3 weeks (two classes per week, 2 hours each)", ""},
			// A bare count before a rate that modifies a noun counts that
			// noun, not the hours before it; "9 to 15 weekly—" keeps them.
			{"Evening IOP\n\nOur evening IOP gathers on three days each week for three hours, plus one weekly nutrition appointment.", ""},
			{"Intensive outpatient\n\nIOP asks for more hours, often 10 to 14 weekly, while you keep working.", "iop 10–14"},
			// A rate after "with" a meeting of one's own is that
			// meeting's, not the hours'.
			{"IOP basics\n\nA program day runs close to three hours, with a short one-on-one check-in every week.", ""},
			// A level named as where another begins is left off.
			{"Levels of care\n\nDay treatment takes over where an IOP stops, at 20 hours a week or more.", "php ≥20"},
			// A figure opening its clause and said to be a level of care
			// is that level's, not the level the clause before named.
			{"Levels of care\n\nFewer than nine hours a week is routine outpatient care, and 20 hours or more counts as a PHP.", "op ≤9; php ≥20"},
			// A participle right after a program set apart gives that
			// program its figure.
			{"Outpatient Counseling\n\nOur counseling is light, unlike a day treatment program (PHP), offering as many as 30 hours a week.", "php ≤30"},
			// Hours of work or service the program asks of its clients are
			// no hours of treatment; the program's "group work" is.
			{"Sober living with IOP\n\nResidents attend our evening IOP and complete 25 hours of productive work each week.", ""},
			{"Our IOP\n\nOur IOP includes nine hours of group work each week.", "iop 9"},
			// Hours a job hunt takes, or a job, are no program's.
			{"Sober House Rules\n\nEach resident works full time or attends a day program; it takes 30 hours a week to look for full-time work.", ""},
			// Hours kept for one kind of meeting are that meeting's.
			{"Our PHP\n\nOur PHP gives 22 hours of group therapy every week, plus at least an hour set aside for individual or family therapy.", "group-therapy 22; individual-therapy ≥1"},
			// (Kept for meetings named with "and/or" too, not the hours of
			// a list of the program's parts.)
			{"Partial hospitalization\n\nOur day program includes at least 20 hours of groups each week, with one hour or more reserved for individual and/or family counseling.", "php ≥20; individual-therapy ≥1"},
			// Hours of daily care spread over the week's days are each
			// day's, no week's.
			{"Day Treatment\n\nOur PHP plan gives five hours of daily programming across four days each week.", ""},
			{"Day Treatment\n\nOur PHP plan gives 22 hours of programming across four days each week.", "php 22"},
			// ASAM's first level named by its number is the standard
			// outpatient level, on an IOP's or a PHP's page too.
			{"Partial Hospitalization Program\n\nOur PHP is a day program.\n\n- Level 1: Outpatient – Level 1 means standard outpatient care, up to eight hours a week.", "op ≤8"},
			{"Intensive Outpatient Program\n\nOur IOP is an evening program.\n\n- Level 1 (outpatient services): fewer than 9 hours a week.", "op ≤9"},
			{"Our IOP\n\nOur IOP meets on three days, and 9 hours a week is what most clients need.", "iop 9"},
			// The figure a step changes from is the level left.
			{"Outpatient counseling\n\nLeaving PHP for outpatient care often means dropping from 25 hours a week to one counseling session.", "php 25"},
			// A part of what a week holds, before a count of sessions, is
			// neither the week nor a session.
			{"Evening IOP\n\nEvery week includes ten hours of group and one individual counseling session.", ""},
			{"Day treatment\n\nPHP includes 30-hour weekly sessions of structured care.", "php 30"},
			// A figure held up against a level's bar, or said to fall
			// short of the level, is no program's.
			{"Common questions\n\nAnything below 20 hours a week sits under the usual PHP floor.", "other ≤20"},
			{"Common questions\n\nFewer than 20 hours a week would not meet the PHP standard.", "other ≤20"},
			{"Common questions\n\nA schedule under 20 hours a week is too light to be PHP.", "other ≤20"},
			// A position in a program and its terms; a phone call's length.
			{"Careers\n\nIOP Therapist - part-time, 20 hours a week.", ""},
			{"Our IOP\n\nOur IOP meets three days a week. Our helpline is answered day and night, and a call takes about 10 minutes.", ""},
			// The level a bar is named for, right before the bar's figure.
			{"Intensive Outpatient\n\nOur IOP meets twelve hours a week. The minimum for PHP is 20 hours a week.", "iop 12; php ≥20"},
			{"Intensive Outpatient\n\nFederal rules set the minimum for partial hospitalization care at 20 hours a week.", "php ≥20"},
			// The care the people had before is no program's.
			{"Day Treatment\n\nOur PHP is for adults who relapsed while getting 5 hours of counseling a week.", ""},
			{"Intensive Outpatient\n\n- Weekly therapy: 6 hours of group", "iop 6"},
			{"Intensive Outpatient\n\n- Weekly counseling: 3 hours a week", "op 3"},
			{"Intensive Outpatient\n\nOur IOP includes 9 hours of group a week, plus 1 hour individual psychotherapy weekly.", "iop 9; individual-therapy 1"},
			{"Intensive Outpatient\n\nOur IOP provides 12 hours a week of individual, group and family therapy.", "iop 12"},
			// A floor named before a colon or a dash is the figure's.
			{"Teen IOP\n\nGuidelines set a weekly minimum for adult IOP: nine hours a week.", "iop ≥9"},
			{"Teen IOP\n\nThere is a weekly minimum for adult IOP — nine hours a week.", "iop ≥9"},
			// A schedule held up after "than" is no one's; "more than" is a
			// bound.
			{"Day treatment\n\nSome adults need more structure than nine hours a week can give.", ""},
			{"Day treatment\n\nOur PHP runs five days a week and more than 20 hours weekly.", "php ≥20"},
			// A figure beside "floor" is the floor.
			{"Teen IOP\n\nFor students the state uses a smaller floor, six hours a week, since class comes first.", "iop ≥6"},
			{"Our IOP\n\nOur IOP meets on the lower floor, nine hours a week, in the group rooms.", "iop 9"},
			{"Teen IOP\n\nFor teens the state sets a lower floor, six hours a week.", "iop ≥6"},
			{"Our IOP\n\nFor an IOP the rules set an upper limit, nineteen hours a week.", "iop ≤19"},
			{"Our IOP\n\nFor an IOP the rules set an upper limit, nineteen hours a week. Within that upper limit, twelve hours a week is what our IOP schedules.", "iop ≤19; iop 12"},
			// "Measure - Program: value | Program: value": the label before
			// the dash says what each program's value measures.
			{"Levels compared\n\nHours per week - PHP: 25 or more | IOP: 10 to 14", "php ≥25; iop 10–14"},
			{"Our PHP\n\nOur PHP runs five days a week, 9 a.m. to 3 p.m.\n\nAlumni\n\nWednesday | 6:00 – 7:30 p.m. | alumni support group\nTotal: 90 minutes a week", "support-group 1.5"},
			// Once-a-week care as the sentence's subject owns its hours.
			{"Teen IOP\n\nIs weekly counseling enough?\n\nStandard weekly therapy gives a young person roughly an hour of help. Our teen IOP gives seven hours a week.", "op 1; iop 7"},
			{"New day program\n\nHe drove to a day program five days a week, nearly two hours round trip. An hour a week in a therapist's office isn't enough for him, his doctor said.", ""},
			{"Our IOP\n\nOur IOP meets 12 hours a week. Clients who need more than IOP can step up to our PHP. As you progress, you go from 12 hours a week to about 6.", "iop 12; iop 12"},
			{"Levels compared\n\nPHP runs 20 hours a week, compared to 9 hours a week for IOP.", "php 20; iop 9"},
			{"Levels compared\n\nUnlike our IOP, our PHP runs 25 hours a week compared with 9.", "php 25"},
			{"Levels compared\n\nOur PHP meets five days a week. Our IOP meets three evenings a week. Over time, IOP clients taper from about 9 hours a week to about six.", "iop 9"},
			{"Levels compared\n\nPHP takes more than three times the weekly time of IOP: 25 hours compared with 9.", "php 25"},
			{"Levels compared\n\nA typical PHP asks for five hours a day, five days a week. A typical IOP asks for three hours a day, three days a week. So clients go from about 25 hours a week to about nine.", "php 25"},
			{"Day Treatment at Larkin\n\nOur day program (partial hospitalization) gives you a full clinical day, five days a week. We also step people up to it when evening IOP has not been enough.\n\nHours\n\nMonday through Friday, 9 a.m. to 3 p.m. That is 30 hours of programming a week.", "php 30"},
			{"Our programs\n\nClients attend three days instead of five in our IOP, for 9 hours a week.", "iop 9"},
			{"Evening IOP\n\nEach evening is three hours of step work, for nine hours a week in all.", "iop 9"},
			{"Evening IOP\n\nEach evening is three hours of group work, for nine hours a week in all.", "iop 9"},
			{"Our DUI track\n\nOutpatient DUI counseling: one 90-minute group each week for 16 weeks, 24 hours in all.", ""},
			{"Evening IOP\n\nThree evenings a week, three hours each, for 10 weeks: nine hours a week in all.", "iop 9"},
			{"Evening IOP\n\nClients attend three evenings a week for 10 weeks, three hours each evening (nine hours total).", "iop 9"},
			{"Our IOP\n\nOur IOP is for adults who need more than an hour a week with a therapist. It meets nine hours a week.", "iop 9"},
			{"Day treatment\n\nOur PHP fits people whose cravings make a few hours of group a week too little. It meets 30 hours a week.", "php 30"},
			{"Our IOP\n\nSome clients need more support than one hour a week can give. Our IOP meets nine hours a week.", "iop 9"},
			{"Groups at Birchwood\n\nRecovery IOP\n\nAbout 12 hours a week of group therapy for adults in early recovery. It runs four evenings a week.", "iop 12"},
			{"Our IOP\n\nWhat treatment includes\n\nNine hours a week of group therapy, plus individual sessions.", "group-therapy 9"},
			{"Evening virtual IOP\n\nWeekly structure\nGroup therapy: 9 hours\nIndividual counseling: 1 session (50 minutes)", "group-therapy 9"},
			{"Our IOP\n\nCourts often pair our IOP with a 40-hour minimum of community service.", ""},
			{"Levels of care\n\nPartial hospitalization is one step below inpatient care and must offer at least 20 hours of programming each week.", "php ≥20"},
			// A list item naming one program alone, followed by a paragraph
			// naming it again, heads what follows, as a heading does.
			{"Kinds of outpatient care\n\n1. Partial Hospitalization (PHP)\nAlso called day treatment\nPHP is the most structured kind of outpatient care.\n- Hours: 22–28 hours per week\n2. Intensive Outpatient Program (IOP)\nIOP fits around a job or classes.\n- Hours: 9–12 hours per week", "php 22–28; iop 9–12"},
			// Nor does an item naming two programs, or saying something
			// of one.
			{"Our IOP\n\nOur IOP runs in the evening.\n\n- Residential care or PHP\nPHP comes first for some of our clients.\n- Hours: 9 hours per week", "iop 9"},
			// "Hours" opening the sentence names what the bare figures count.
			{"What is IOP?\n\nHours typically range from 9 to 15 per week, spread over three to five days.", "iop 9–15"},
			// Programs at large giving the same measure in a clause of their own.
			{"What is IOP?\n\nIOPs can run anywhere from 5 to 25 hours weekly, though most programs aim for 10 – 15.", "iop 5–25; iop 10–15"},
			// A bound standing alone as the subject.
			{"What is IOP?\n\nFor adults, the minimum is 9 hours a week.", "iop ≥9"},
			{"What is IOP?\n\nThe guidelines set the adult minimum at 9 hours a week.", "iop ≥9"},
			{"Teen IOP\n\nThe guidelines put the floor for adolescent intensive outpatient at 6 hours per week.", "iop ≥6"},
			// A limit or an amount named by its end is a bound too.
			{"What is IOP?\n\nFor adults, the usual minimum requirement for IOP care is nine hours a week.", "iop ≥9"},
			{"What is IOP?\n\nThe upper limit of IOP care is typically 19 hours a week.", "iop ≤19"},
			{"What is IOP?\n\nThe lower end of the range is 9 hours a week.", "iop ≥9"},
			{"What is IOP?\n\nThe least amount of care given at this level is nine hours a week.", "iop ≥9"},
			{"What is IOP?\n\nThe highest number of hours most plans allow is 19 hours a week.", "iop ≤19"},
			{"What is IOP?\n\nThe most common schedule is 9 hours a week.", "iop 9"},
			// A figure set beside a bound for another group is a bound too.
			{"Teen IOP\n\nThe guidelines put the floor for teen intensive outpatient at 6 hours per week, compared with 9 hours per week for adults.", "iop ≥6; iop ≥9"},
			{"Teen IOP\n\nOur teen IOP meets 6 hours per week, compared with 9 hours per week for adults.", "iop 6; iop 9"},
			// A column that names the bound bounds its cells.
			{"Coverage\n\n| Program | Medicare minimum | Typical schedule |\n|---|---|---|\n| IOP | 9 hours/week | 3 days a week |", "iop ≥9"},
			// One meeting's length after the week's hours is no week.
			{"What is IOP?\n\nIOPs range from 9 to 20 hours per week, although most groups meet for about 3 hours at a time.", "iop 9–20"},
			{"Our IOP\n\nOur IOP runs in the evening.\n\n- Some start in our PHP.\nPHP clients move to the IOP after two weeks.\n- Hours: 9 hours per week", "iop 9"},
			{"Our IOP\n\nOur IOP runs in the evening.\n\n- Many of our clients later join our PHP for extra support\nPHP clients move to the IOP after two weeks.\n- Hours: 9 hours per week", "iop 9"},
			// The last of several items each naming a program heads
			// nothing either.
			{"Residential care\n\nPrograms we run:\n- Residential treatment\n- Intensive outpatient\nIntensive outpatient groups meet in two towns.\n- Hours: 30 hours per week", "residential 30"},
			// The last item of a list of services heads nothing.
			{"Day treatment\n\nOur PHP meets in the main building.\n\nWhat we offer:\n- Partial hospitalization\n- Intensive outpatient\n\nOur staff bring a lot of experience to both.\n- Hours: 25 hours per week", "php 25"},
			{"Levels of care\n\nPartial hospitalization ranks below complete residential treatment and adds up to 25 hours or more each week.", "php ≥25"},
			{"Our PHP\n\nEach PHP day has a 10-hour minimum on site, including meals.", ""},
			{"Evening IOP\n\nThat is three hours per evening and nine hours of group, education and skills work every week.", "iop 9"},
			{"Our IOP\n\nInsurers expect a 9-hour weekly minimum for IOP.", "iop ≥9"},
			{"Most IOPs ask for a minimum of 9 hours of care per week without exceeding 19 hours.", "iop 9–19"},
			{"An IOP asks clients to come in several times a week, with at least 9 hours of therapy.", "iop ≥9"},
			{"Our services range from an intensive track with at least ten hours of therapy, to aftercare with one group session per week.", ""},
			{"An IOP asks clients to come to group sessions a few times a week, with a minimum of nine hours of care.", "iop ≥9"},
			{"Our IOP runs without exceeding 19 hours a week.", "iop ≤19"},
			{"Our IOP requires at least 9 hours a week, and Medicaid pays for up to 19 hours a week.", "iop ≥9; iop ≤19"},
			{"Our IOP asks at least 9 hours a week of adults and up to 19 hours a week of teens.", "iop ≥9; iop ≤19"},
			{"Our IOP asks at least 9 hours a week; the state allows up to 19 hours a week.", "iop ≥9; iop ≤19"},
			{"Our IOP asks at least 12 hours a week and up to 8 hours a week in its step-down phase.", "iop ≥12; iop ≤8"},
			{"Partial hospitalization\n\nASAM's 20-hour minimum for partial hospitalization shapes our schedule.", "php ≥20"},
			{"Individual therapy\n\nEach client sees a therapist twice a week. Our IOP runs 12 hours a week, above the 9-hour minimum for intensive outpatient.", "iop 12; iop ≥9"},
			{"Our PHP\n\nEach day has a 4-hour minimum of groups.", ""},
			{"Our PHP\n\nOur PHP runs six hours a day, five days a week. You also meet your individual therapist twice a week.\n\nThat adds up to 30 hours of structured care each week.", "php 30"},
			// A sentence summing up the schedule before it sums the program's
			// week, whatever the hours are hours of.
			{"Evening IOP\n\nSchedule\nGroups meet Monday, Wednesday and Friday from 6 to 9 p.m. That's nine hours of group therapy each week.", "iop 9"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. That is about nine hours of group counseling a week.", "iop 9"},
			// Hours of treatment after a line about a therapy are the
			// program's, the therapy added after them too.
			{"Evening IOP\n\nWeekly schedule\nIndividual therapy: one 45-minute session each week\n\nOver the group evenings members put in roughly 10 hours of treatment a week, plus a counseling session.", "iop 10"},
			// A fact table's row naming a measure of the program, under a
			// column header that names nothing ("Info").
			{"Day Treatment (PHP)\n\nProgram snapshot\n| Item | Info |\n| Schedule | weekdays only |\n| Clinical time | roughly 24 hours per week |", "php 24"},
			{"Morning IOP\n\nAt a glance\n| Item | Details |\n| Sessions per week | 3 |\n| Total hours per week | 9 |", "iop 9"},
			// A bare figure ending a comparison takes the hours and the week
			// of the figure before it, the week read apart after "of care".
			{"Levels of care\n\nAcross the country, IOPs give 9 to 15 hours of treatment a week and PHPs at least 20.", "iop 9–15; php ≥20"},
			// A hedge between a therapy and hours leaves them the program's.
			{"Evening IOP\n\nMembers get individual therapy usually 9 hours a week.", "iop 9"},
			// (Not another therapy's week so summed, nor a comparison.)
			{"Evening IOP\n\nOur IOP meets Tuesday and Thursday from 6 to 9 p.m. That is one hour of individual therapy a week, booked apart.", "individual-therapy 1"},
			{"Evening IOP\n\nOur IOP meets Tuesday and Thursday from 6 to 9 p.m. That is 2 hours of group therapy a week more than most clinics offer.", "group-therapy 2"},
			// (Not a therapy's own hours in a sentence of its own.)
			{"Evening IOP\n\nOur IOP meets three evenings a week. Clients also get two hours of individual therapy a week.", "individual-therapy 2"},
			{"Insurance\n\nMost plans ask for at least 9 hours a week for IOP and 20 hours a week for PHP.", "iop ≥9; php ≥20"},
			{"Our IOP\n\nThe state asks for at least 10 hours a week for adults or 7 hours a week for teens.", "iop ≥10; iop ≥7"},
			{"Intensive outpatient programs near Corliss\n\nShowing 2 of 12 listings.\n\n| Program | City | Hours per week |\n|---|---|---|\n| Stonebridge Outpatient | Corliss | 15 |\n| Alder Recovery | Halvey | 12 |", "iop 15; iop 12"},
			{"Our IOP\n\nHow many hours a week is the IOP?\n\nAbout twelve hours per week: four evenings of three hours.", "iop 12"},
			{"Our IOP requires more than 9 hours a week of group and individual work.", "iop ≥9"},
			// A threshold between levels is no program's figure.
			{"Outpatient counseling\n\nOur outpatient counseling sits below the nine-hour weekly threshold for intensive outpatient.", ""},
			// What is added after the figure is not what it measures.
			{"Our IOP\n\nIOP at a Glance\n\nProgram length\t8 weeks\nHours per week\t12, plus individual therapy", "iop 12"},
			{"Our PHP runs 25 hours a week, in addition to family sessions on Saturdays.", "php 25"},
			{"Our IOP\n\nHow many days a week?\n\nUsually three days, with sessions of about three hours.", ""},
			// The hours of a list of activities are the program's week;
			// activities with figures of their own keep them.
			{"Our IOP\n\nWhen: Monday and Wednesday evenings, 6 to 9 pm\nThat is six hours a week of group therapy, relapse prevention and family education.", "iop 6"},
			{"Our IOP includes four hours a week of group therapy, one hour of individual therapy each week, and family sessions.", "group-therapy 4; individual-therapy 1"},
			{"Our IOP gives clients 6 hours a week of group therapy, covering coping skills, trauma and relapse prevention.", "group-therapy 6"},
			{"Our IOP\n\n• One individual session with your primary counselor each week, 50 minutes", ""},
			{"Our IOP\n\nEach week of our IOP includes four group sessions and one individual session, 22 hours.", "iop 22"},
			{"Our IOP\n\nPeople who need more than 9 hours a week of care may fit a PHP better.", ""},
			{"Our PHP\n\nOur PHP suits people who need much more than an hour or two of care each week.", ""},
			{"Intensive outpatient programs near Tucson\n\nShowing 3 of 9 listings\n\nName | Levels offered | IOP times | Weekly hrs\nMesa Quail Counseling | IOP, OP | Tue/Thu/Sat 9:00–12:00 | 9\nCholla Bend Recovery | PHP, IOP, OP | Mon–Thu 6–9 pm | 12", "iop 9; iop 12"},
			{"Our IOP\n\nOur IOP meets ten hours a week. Clients also sit down with a primary therapist for an hour every week.", "iop 10; individual-therapy 1"},
			// (Longer than an hour, a weekly total.)
			{"Evening IOP\n\nIndividual therapy: 90 minutes each week, over two visits.", "individual-therapy 1.5"},
			{"Evening IOP\n\nIndividual therapy: 40 minutes each week with your counselor.", ""},
			{"Evening IOP\n\nIndividual therapy: 45 minutes each week, split into two short check-ins.", "individual-therapy 0.75"},
			{"Evening IOP\n\nIndividual therapy: 60 minutes each week with your counselor.", "individual-therapy 1"},
			// A job kept is no figure's; a job's own hours still are.
			{"Evening IOP\n\nMembers keep their jobs, yet they spend ten hours a week in group.", "iop 10"},
			{"Evening IOP\n\nMembers keep their jobs, working 40 hours a week, and come to group at night.", ""},
			// A speaker quoted in a news report after a program named
			// speaks for the program's provider, not the publisher's page.
			{"Alder Bend PHP\n\nAlder Bend operates its adult partial hospitalization service downtown.\n\nA second clinic opened an evening IOP in April.\n\n\"Our clients are here for 25 hours a week,\" the Alder Bend director said.", "php 25"},
			{"Local clinics widen outpatient care\n\nHarlow Counseling starts an evening intensive outpatient track in March. Groups meet three evenings a week.\n\n\"Nobody moves in here, but clients spend nine hours a week with us,\" the clinic's director said.", "iop 9"},
			{"New clinic opens\n\nBefore it opened, locals traveled far for anything more than an hour of counseling each week. Its IOP meets nine hours a week.", "iop 9"},
			{"Intensive Outpatient Program\n\nOur IOP builds on teamwork and then meets in the evenings for 9 hours a week.", "iop 9"},
			{"Our IOP\n\nTeens in our adolescent IOP meet fewer hours (six a week), and their parents join family sessions.", "iop 6"},
			{"Our IOP\n\nAcross groups, individual therapy and case management, clients receive about 12 hours of treatment each week.", "iop 12"},
			{"Intensive outpatient program\n\n- Structured programming of 9 to 19 hours per week for adults\n- At least 6 hours per week for members under 18", "iop 9–19; iop ≥6"},
			{"Levels of care\n\nStandard outpatient typically means 2 to 3 hours a week of group therapy.", "op 2–3"},
			{"Our IOP\n\nIOP falls between standard outpatient therapy, which usually means an hour or two a week, and partial hospitalization.", "op 1–2"},
			{"Intensive Outpatient Program\n\nOur IOP starts at 9 hours a week and steps down to 6 hours a week.", "iop 9; iop 6"},
			{"Our IOP\n\nGraduates can join our Wednesday alumni group at no cost, which meets for one hour each week.", "other 1"},
			{"Evening IOP\n\nThat works out to three evenings a week and roughly nine hours of clinical time.", "iop 9"},
			{"Our IOP\n\nClients attend three to five days a week for about three hours a day, so the weekly total lands between 9 and 15 hours.", "iop 9–15"},
			{"Evening IOP\n\nOur evening IOP suits adults who work outside the home 40 hours a week.", ""},
			{"Careers › Licensed Counselor, Evening IOP\n\nYour schedule\n\n36 hours per week: Tuesday–Friday, 11 a.m.–8 p.m.", ""},
			{"Careers › Licensed Counselor, Evening IOP\n\nAbout the program\n\nThe IOP runs 9 hours per week.", "iop 9"},
			{"Careers › Licensed Counselor, Evening IOP\n\nProgram snapshot\n\nGroups run 9 hours per week.", "iop 9"},
			{"Evening IOP\n\nClients come four evenings per week and receive twelve hours of treatment in a typical week.", "iop 12"},
			{"Our PHP\n\nOur PHP meets five days a week. You see a psychiatrist within the first 48 hours and weekly after that.", ""},
			{"Our PHP\n\nOur PHP meets five days a week. A nurse checks your vitals within 24 hours each week you attend.", ""},
			{"Our PHP\n\nPHP meets Monday through Friday from 9 a.m. to 3 p.m., which works out to about 30 hours of programming a week.", "php 30"},
			{"Our PHP\n\nOur PHP meets on weekdays from 8:30 to 2:30, which works out to six hours of care each program day.", ""},
			{"Our PHP\n\nOur PHP offers 24 hours of treatment per week, with each treatment day lasting 6 hours.", "php 24"},
			{"Levels of care\n\nA PHP usually runs 4 hours a day, three days a week, which comes to about 12 hours of treatment.", "php 12"},
			{"Our IOP\n\nGroups meet three evenings a week, for a total of nine hours of group therapy each week.", "iop 9"},
			{"Our IOP\n\nClients also get one hour of weekly individual therapy.", "individual-therapy 1"},
			{"Programs near you\n\nVirtual IOP available statewide: 12 hours a week over four days.", "iop 12"},
			{"Our IOP\n\nThe track meets three evenings a week. That adds up to nine hours of programming a week.", "iop 9"},
			{"Our virtual IOP\n\nEach session runs three hours, with a ten-minute break, for a total of 12 hours of live, camera-on treatment every week.", "iop 12"},
			{"Our IOP\n\nGroups run three evenings. Across the week that adds up to nine hours of clinical time.", "iop 9"},
			{"Basic outpatient\n\nClients see a counselor one or two times a week, adding up to fewer than eight hours.", "op ≤8"},
			{"Our IOP\n\nEvery cohort meets four times a week for two hours, or eight hours of care per week.", "iop 8"},
			{"Evening IOP\n\nThree weeknights in the evening track add up to the full nine hours.", "iop 9"},
			{"Partial Hospitalization Program\n\nProgram type: Full-time, 30 hours/week of structured treatment", "php 30"},
			{"SOURCE: https://www.larkspur.example/careers/counselor-evening-iop/\n\nCareers | Larkspur Recovery\n\nLicensed Counselor – Evening IOP\nLocation: Millbrook, OH (on site)\nType: Full-time, 40 hours/week, non-exempt", ""},
			{"Our IOP\n\nOur IOP is nine hours of programming per week. Clients who want more support are adding up to two hours of individual therapy per week.", "iop 9; individual-therapy 2"},
			{"Our IOP\n\nFour short groups a week, added up to roughly ten hours, fit around a workday.", "iop 10"},
			{"Our staff\n\nEach counselor completes a total of 40 hours of training.", ""},
			{"Outpatient counseling\n\nMost clients spend two to three hours a week in treatment, well under the nine-hour threshold for intensive outpatient care.", "op 2–3"},
			{"Our IOP\n\nClients choose four sessions a week. Each session lasts two and a half hours, for 10 hours of treatment per week.", "iop 10"},
			{"Our IOP\n\nThe weekly schedule tops out at 12 hours.", "iop ≤12"},
			{"IOP coverage\n\nMost plans cap IOP at 16 hours a week.", "iop ≤16"},
			{"IOP coverage\n\nThe state plan limits IOP to 15 hours a week.", "iop ≤15"},
			// Hours of a list of the program's parts are the program's.
			{"Outpatient Services\n\nOur IOP gives 11 hours per week of skills groups, individual therapy and family sessions.", "iop 11"},
			{"Our Services\n\nOur outpatient program gives up to 5 hours per week of individual therapy, group counseling and medication checks, as each plan needs.", "op ≤5"},
			// A school named before a clause of the program's own, or as
			// when or where the program meets, leaves the program's hours.
			{"Teen IOP\n\nStudents stay enrolled in school, and our teen IOP is 8 hours a week.", "iop 8"},
			{"Teen IOP\n\nOur school-day IOP gives students 20 hours of treatment a week.", "iop 20"},
			{"Teen IOP\n\nMost students go to school 30 hours a week.", ""},
			{"Our IOP\n\nMost clients attend anywhere from nine up to twenty hours a week.", "iop 9–20"},
			{"Outpatient (Level 1)\n\nTime: fewer than 9 hours of counseling a week.", "op ≤9"},
			{"IOP sits at Level 2.1. Twenty hours or more moves you to Level 2.5, partial hospitalization. Most IOPs ask for 9 to 12 hours a week.", "iop 9–12"},
			{"Our IOP provides 9 to 12 hours of therapy per week.", "iop 9–12"},
			{"Our PHP is a full day. Compared to IOP's 9 hours a week, PHP asks for much more.", "iop 9"},
			{"Our standard outpatient program meets twice a week. Individual counseling sessions last one hour. You will need to commit about 3 hours per week.", "op 3"},
			{"A PHP offers at least 20 hours of care each week.", "php ≥20"},
			{"Many clients keep working 40 hours a week during the IOP.", ""},
			{"The PHP schedules 20 to 25 hours of treatment per week.", "php 20–25"},
			{"| Program | Weekly hours |\n|---|---|\n| IOP | 9–12 hours |", "iop 9–12"},
			{"Weekly hours: 10 to 12 for our IOP.", "iop 10–12"},
			{"Our IOP usually means 3-5 half days each week (10+ hours).", "iop ≥10"},
			{"Our IOP: 9–15 hours per week of individual and group therapy.", "iop 9–15"},
			{"Our IOP asks for more hours—often 9 to 15 weekly.", "iop 9–15"},
			{"Weekly load\n\nTreatment hours (IOP): roughly 10 a week.", "iop 10"},
			// A position and its terms on one line are a job's, and a cookie
			// banner is the site's.
			{"Evening IOP\n\nOur IOP meets nine hours a week.\n\nJoin us\nCase Manager — full time, 40 hours a week\nRecovery Coach — part time, 16 hours a week, evenings", "iop 9"},
			{"Our IOP\n\nOur IOP takes more hours than outpatient care, about 10 to 12 a week.", "iop 10–12"},
			{"Our IOP\n\nIOP treatment hours range from 10 to 12 a week.", "iop 10–12"},
			// A week in a second predicate with a subject of its own is
			// its own: the counselor's, not the morning's hours.
			{"Our IOP\n\nEach morning is three hours of group therapy, and you also meet your counselor every week.", ""},
			{"Our IOP\n\nEach evening is three hours of group therapy, and clients see a counselor weekly.", ""},
			// A second predicate of no meeting leaves the week to the hours.
			{"Our IOP\n\nPlan on about 12 hours, and we build your schedule around your job each week.", "iop 12"},
			// A count after "hours" and a clause of its own counts something
			// else.
			{"Our IOP\n\n- Mutual-help meetings outside treatment hours (members attend three or four a week)", ""},
			{"Our IOP scores 9 to 15 weekly on the survey.", ""},
			{"IOP clients attend three days a week, three hours a day, for about 9 to 15 hours of treatment each week.", "iop 9–15"},
			{"Intensive Outpatient. Level 1 outpatient (usually 1 to 9 hours per week) suits milder needs.", "op 1–9"},
			{"ASAM Level 2.1 programs provide 9 to 19 hours per week.", "iop 9–19"},
			// (The levels in Roman numerals, as state standards write them.)
			{"Outpatient services\n\nState rules define Level II.1 care as at least nine hours of structured services each week.", "iop ≥9"},
			{"Our PHP\n\nOutpatient help can stretch from a single hour of therapy each week to whole days at a clinic.", ""},
			{"Intensive outpatient\n\nAn IOP calls for at least 9 hours weekly, usually in blocks of three hours.", "iop ≥9"},
			// A label that states a figure heads nothing after it.
			{"Our IOP\n\nTwelve hours a week: four sessions of three hours each, on four different days.", "iop 12"},
			// A figure that "is the floor" is a minimum.
			{"How many hours is IOP?\n\nTen hours a week serves as the baseline most plans use for IOP, and nine hours a week is generally the floor ASAM sets for adults.", "iop ≥10; iop ≥9"},
			{"How many hours is IOP?\n\nNine hours a week is the usual minimum for adult IOP, and ours is above it.", "iop ≥9"},
			// (A threshold may be a ceiling.)
			{"How many hours is IOP?\n\nFor adult IOP, 19 hours a week is the threshold; more than that counts as partial hospitalization.", "iop 19"},
			// Whom the program serves is no one's job.
			{"Evening IOP\n\nOur evening IOP gives working parents 11 hours of care each week.", "iop 11"},
			{"Evening IOP\n\nOur evening IOP suits working adults who put in 40 hours a week at their jobs.", ""},
			{"Evening IOP\n\nWorking professionals who log 50 hours a week can still join our evening IOP.", ""},
			{"Evening IOP\n\nOur evening IOP offers 10 hours a week on work nights, with a focus on job readiness.", "iop 10"},
			{"Evening IOP\n\nMany of our clients clock 45 hours a week at the office.", ""},
			// The program likened to is not the one spoken of.
			{"Our PHP\n\nOur PHP offers the same services as our IOP but with 20 hours each week.", "php 20"},
			{"Our PHP\n\nJust like our IOP, our PHP gives 20 hours each week.", "php 20"},
			// A case manager's time is not the program's hours.
			{"Residential\n\nEach resident gets at least two hours of case management a week.", ""},
			{"Our IOP\n\nClients get 9 hours of group therapy a week and one hour of case management a week.", "group-therapy 9"},
			{"Our virtual IOP\n\nThree live video sessions a week, three hours each (nine hours total).", "iop 9"},
			{"Our PHP\n\nOur PHP runs 25 hours a week.\n\nBy comparison, outpatient counseling usually involves two to three hours per week.", "php 25; op 2–3"},
			// The standard level for a group of clients is still the
			// standard level.
			{"Teen IOP\n\nOur teen IOP adds up to six hours a week.\n\nIOP or regular counseling?\nTraditional teen outpatient normally takes one or two hours a week.", "iop 6; op 1–2"},
		},
	})
	register(KindSpec{
		ID: HoursPerDay, Label: "hours per day", Unit: "hour", Units: hourUnits, Max: 24,
		// "clients put in twenty minutes daily on breathing drills": no
		// program's day is shorter than an hour, so minutes a day are a
		// task's, and a slot of a timetable ("Tuesday 1:00 - 1:30
		// Meditation", "Check-in is 8:30 to 9:00") is one activity's, not
		// the day's.
		Floor: 1,
		Examples: []KindExample{
			// A rate glued to the noun by a slash: "of group/day".
			{"Our IOP\n\nOur IOP gives 3 hours of group/day.", "iop 3"},
			// A figure after the first in a program's bracket is the
			// program's too.
			{"Step-down care\n\nClients then step down to an IOP (which can meet three mornings a week for four hours) for ten weeks.", "iop 4"},
			// (The end named by "runs until", as by "ends at".)
			{"Day Treatment\n\nOur PHP starts at 8:15 a.m. and runs until 2:45 p.m.", "php 6.5"},
			{"Evening IOP\n\nOur IOP groups start at 5:30 p.m. and go until 8:30 p.m.", "iop 3"},
			// A location's hours for the day are the door's, and so are
			// a facility's.
			{"Our programs\n\nFacility Hours\n\n08:00 am - 05:30 pm\n\nDay treatment and IOP groups both meet in this building.", ""},
			{"Weekly schedule\n\nMonday 9:00 - 9:30 Morning check-in\n\nTuesday 2:00 - 2:45 Guided meditation", ""},
			{"Residential\n\nOn weekends residents may attend church and visit with relatives between 2 and 6pm.", ""},
			{"Our PHP\n\nThe PHP day runs from 9 am to 3 pm. Sign-in is 8:40 to 9:00.", "php 6"},
			// A location's hours for the day are the door's.
			{"Hillcrest Residential Program\n\nHours Today: 7:30 a.m. - 5 p.m. (see all hours)\n\nOur residential program offers a safe place to heal.", ""},
			{"Our Residential Program\n\nToday's hours: 9 a.m. – 5 p.m.", ""},
			// A program of so many hours, held so many days a week, is
			// the program's day.
			{"Day treatment\n\nOur PHP is a six-hour program held five days a week.", "php 6"},
			{"Day treatment\n\nIt is mostly a four- to five-hour program that runs four days a week.", "php 4–5"},
			{"Day treatment\n\nOur PHP is a six-hour program.", ""},
			// A minimum (or maximum) named as the day's duration bounds it.
			{"Our IOP meets for a minimum duration of four hours per treatment day.", "iop ≥4"},
			// A day's hours spent somewhere other than treatment are
			// that activity's; in group or a skills class, the program's.
			{"Day Treatment\n\nOur PHP runs weekdays from 8 a.m. to 2 p.m. Everyone also gets an hour each day at the gym.", "php 6"},
			{"Residential care\n\nResidents put in about two hours each weekday on farm work.", ""},
			{"Residential care\n\nResidents spend an hour each day in a cooking class.", ""},
			{"Residential care\n\nResidents spend three hours each day in group.", "residential 3"},
			{"Residential care\n\nTherapy in our residential program takes up six to seven hours of the day.", "residential 6–7"},
			{"Residential care\n\nThe first two hours of the day are for chores.", ""},
			{"Residential care\n\nResidents spend an hour each day in a coping skills class.", "residential 1"},
			// When staff are in is no program's day.
			{"Evening IOP\n\nOur IOP meets three evenings a week, three hours a night. Counselors are on site from 3 to 10 p.m. on weekdays and from 8 a.m. to 2 p.m. on weekends.", "iop 3"},
			{"Day treatment\n\nOur PHP runs five days a week. Our nurses are available between 7 a.m. and 7 p.m.", ""},
			{"Evening IOP\n\nCounselors lead groups from 6 to 9 p.m. on weekdays.", "iop 3"},
			// (Only the staff's hours: the program's after them stay.)
			{"Day treatment\n\nA nurse is in the office from 9 a.m. to 3 p.m. during PHP hours, Monday through Friday.", "php 6"},
			{"Evening IOP\n\nOur counselors are on site from 3 to 10 p.m. and lead IOP groups from 6 to 9 p.m.", "iop 3"},
			{"Day treatment\n\nA nurse is on site from 8 a.m. to 4 p.m., and our PHP runs from 9 a.m. to 3 p.m.", "php 6"},
			// A habit of the day, or a night's sleep, is no program's day;
			// an evening program's night is.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Teens should try to jog for 40 minutes a day.", ""},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. We ask teens to keep one hour a day free for schoolwork.", ""},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Growing teens need eight or nine hours a night.", ""},
			{"Evening IOP\n\nOur evening IOP meets three hours a night, four nights a week.", "iop 3"},
			// A pause's length named after it is no day's.
			{"Day Treatment\n\nOur PHP meets five days a week and includes an hour-long lunch break.", ""},
			{"Day Treatment\n\nOur PHP runs five days a week with an hour break at midday.", ""},
			{"Residential care\n\nResidents have therapy six hours a day.\n\nVisitation\n\nResidents have therapy six hours a day.", "residential 6; residential 6"},
			{"Visitation Schedule\n\nFamilies are welcome on the South Unit on Sundays from 2-4 pm.", ""},
			// A program said to be a kind of care, words that describe
			// it before the kind, is the program the sentence opens on.
			{"Day treatment\n\nOur PHP is a focused, intensive outpatient service, usually running six hours a day.", "php 6"},
			// (A short phrase fronted before its comma changes nothing.)
			{"Day treatment\n\nDespite its name, a day hospital is a focused, intensive outpatient service, usually running six hours a day.", "php 6"},
			// A place's hours are no program's day.
			{"Day hospital\n\nThe clinic's hours are 8 a.m. to 6 p.m.", ""},
			// ("each day" before "patient care" is no day-patient care.)
			{"Residential care\n\nEach day patient care plan includes 6 hours of therapy.", "residential 6"},
			// So does a line saying visitors may come, over the days'
			// times.
			{"House rules\n\n- Residents may have visitors on weekends:\n\nFriday: 5-8 pm\n\nSunday: 11 am-3 pm", ""},
			// A question asking for the visits' times heads them too,
			// the lines naming whose visits.
			{"Questions\n\n4. What are the visiting hours?\n\nPlease phone ahead so staff expect you.\n\nSunday Adult Program 2:30 pm – 4:00 pm", ""},
			{"Residential care\n\nThe house sets aside three hours of visitation with family on Saturdays and Sundays.", ""},
			{"Residential care\n\nAfter the first week residents may receive visits from relatives on Tuesdays and Sundays from 2-4 pm.", ""},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Between sessions, walk for 40 minutes a day.", ""},
			{"Residential care\n\nWhen residents arrive, mentors spend an hour a day with them.", ""},
			{"Evening PHP\n\nOur evening PHP meets six hours a night, five nights a week.", "php 6"},
			{"Teen PHP\n\nTeens attend six hours a day for school and treatment.", "php 6"},
			{"Day Treatment\n\nOur PHP combines therapy and exercise for six hours a day.", "php 6"},
			{"Day Treatment\n\nOur PHP meets five days a week, six hours of treatment in total each day.", "php 6"},
			{"Day Treatment\n\nIn our PHP, clients and counselors spend six hours a day together.", "php 6"},
			// A program said to be open keeps its own hours; one open to
			// new clients says when it takes them.
			{"Day program\n\nThe program is open Mon - Fri: 9am - 2pm.", "php 5"},
			{"Day program\n\nOur PHP is open to new clients Monday through Friday, 9am to 5pm.", ""},
			// Hours under a heading about visitors time the visits.
			{"Residential care\n\nResidents have six hours of therapy a day.\n\nVisiting hours for families\n\nSundays: noon to 5 p.m.", "residential 6"},
			// A staff member's hours on site are theirs.
			{"Residential care\n\nOur therapists are on site from 10 a.m. to 4 p.m.", ""},
			{"Residential care\n\nA psychiatrist is on duty from 8 a.m. to noon.", ""},
			{"Day program\n\nOur PHP is available Monday to Friday from 9 am-2 pm.", "php 5"},
			{"Day program\n\nOur intake staff are available Monday to Friday from 9 am-2 pm.", ""},
			{"Day program\n\nOur PHP is open for admissions Monday to Friday, 8 am to 6 pm.", ""},
			// A program that opens its line, named plainly, owns the figure
			// though a bare "outpatient" stands nearer it.
			{"Levels of care\n\n- Intensive outpatient programs usually ask for 9 to 12 hours per week.\n- Partial hospitalization programs bring the greatest outpatient intensity, with 5 to 6 hours of programming a day.", "php 5–6"},
			// Several sessions a day of one length: the day holds them all.
			{"Day program\n\nOur PHP runs four days a week, with two 3-hour groups each day.", "php 6"},
			{"Day program\n\nOur teen day program is the most intensive we run: two, three-hour sessions each day, Monday through Friday.", "php 6"},
			{"Day program\n\nOur PHP meets five days per week, with two, three hour sessions per day.", "php 6"},
			// Each evening or night the program meets is its day.
			{"Evening IOP\n\nOur IOP meets three nights a week, with two 90-minute groups each night.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three nights a week. Each evening has two 90-minute groups.", "iop 3"},
			{"Day program\n\nOur PHP adds two 90-minute sessions a week of family work.", ""},
			// A list of what the hours hold, its last item after a comma,
			// then the rate: each weekday's hours.
			{"Day program\n\nOur PHP fills four to five hours of counseling, art therapy, or movement classes each weekday.", "php 4–5"},
			// Hours said with "most days each week" are each day's.
			{"Veterans outpatient care\n\nDay treatment (PHP) is a structured program that offers 5 to 7 hours of care, most days each week.", "php 5–7"},
			// Hours a day given to one thing are that part of the day.
			{"Teen Day Treatment\n\nTeens attend PHP five days a week from 9am to 3pm. Each day, two hours of the schedule are set aside for school work.", "php 6; other 2"},
			// A day's school time is one part of the program's day.
			{"Partial Hospital Program\n\nOur partial hospital program serves children with medical and psychiatric illness.\n\nServices include:\n\n  • Group therapy\n  • 75 minutes daily of educational activities, set with the child's own school", "other 1.25"},
			{"Our Programs\n\nWe run an IOP and a partial program.\n\n- Day hospital track: up to five hours daily, weekdays only.", "php ≤5"},
			{"Our Day Program\n\nOur PHP lasts at least 5 hours per scheduled day.", "php ≥5"},
			// A day's agenda times its parts, not the day.
			{"Day Treatment\n\nA typical day of day treatment:\n\n- 9:00AM-9:45AM - Reading assignment\n- 10:00AM-11:30AM - Relapse prevention group\n- 1:00PM-2:30PM - Process group\n\nClients go home each evening.", ""},
			{"What is IOP?\n\nOur IOP is a three-hour a day program held four times a week.", "iop 3"},
			{"Our IOP\n\nGroups run Monday to Thursday between the hours of 9 AM and 1 PM.", "iop 4"},
			{"Day Treatment\n\nA day program with five hours of care per day or more is a PHP.", "php ≥5"},
			{"Day Treatment\n\nOur PHP runs 6 hours a day or longer when needed.", "php ≥6"},
			{"Day Treatment\n\nPartial hospitalization programs share the structure of inpatient/residential care and typically run 5-6 hours a day.", "php 5–6"},
			{"Day Treatment\n\nDay programs carry more structure than that of weekly therapy and run 5 hours a day.", "php 5"},
			// (So is a level likened with "as … as".)
			{"Levels of Care\n\nPHP is almost as intensive as residential care: six hours a day, five days a week.", "php 6"},
			{"Levels of Care\n\nOur PHP is nearly as structured as inpatient care, with 6 hours of therapy a day.", "php 6"},
			// A row headed "Typical day" holds a day's hours.
			{"Teen programs\n\n| | Teen IOP | Teen PHP |\n|---|---|---|\n| Typical day | 2-3 hours after school | 5-6 hours |", "iop 2–3; php 5–6"},
			// (A program behind "for" that says who the hours are for
			// leaves them with the program they follow.)
			{"Next steps\n\nClients usually continue in our PHP, six hours a day for detox patients who are medically stable.", "php 6"},
			{"Evening IOP\n\nOur IOP meets Monday, Wednesday and Thursday evenings from 6 to 9 pm; visit us for a tour any time.", "iop 3"},
			// A place's hours, but for a span said to be the programs'.
			{"Day treatment\n\nOur PHP helps adults. Hours are Monday through Friday, 8:30am to 4:30pm (9:00am to 1:30pm for programs).", "php 4.5"},
			{"Day treatment\n\nOur PHP helps adults. Our office hours are Monday through Friday, 8:30am to 4:30pm.", ""},
			// Bare "days" that last some hours are the program's day.
			{"Our IOP\n\nOur IOP meets three mornings a week. Many clients join after our PHP, where days run five and a half hours.", "php 5.5"},
			// Time on an app is no treatment.
			{"Our virtual IOP\n\nGroups meet on three nights weekly, three hours a night. Between groups, most members open the app for 15 to 25 minutes a day.", "iop 3"},
			// Hours multiplied by days are each day's, under any column.
			{"Programs\n\n| Level | Weekly schedule | Length |\n| IOP | 4 hrs x 3 evenings | 10 weeks |", "iop 4"},
			// A short line of days and hours gives a day's hours, unless
			// the hours are the week's.
			{"Options\n\nWeekend PHP: 2 days, 7 hours", "php 7"},
			{"Options\n\nWeekend PHP: 2 days, 14 hours of care per week", ""},
			// A job word before the program's days, introduced by a colon,
			// is not the hours' job; right before them it is.
			// The schedule staff work is none of the program's.
			{"Join our team\n\nOur IOP meets 6 to 9 p.m., so therapists work a Tuesday to Saturday schedule of roughly 1:00 to 9:30.", "iop 3"},
			{"Evening IOP\n\nOur IOP is planned around rotating shifts: four evenings a week, two hours each.", "iop 2"},
			{"Evening IOP\n\nClients who work five days a week, 8 hours a day, join us in the evening.", ""},
			{"IOP Counselor\n\nThe IOP role is a part-time shift: four evenings a week, five hours each.", ""},
			// A day of the program said to be hours of group therapy is
			// the program's day.
			{"Our IOP\n\nEach evening is three hours of group therapy.", "iop 3"},
			// An office's hours give clock times, not hours of care.
			{"Evening IOP\n\nOur IOP meets 6 to 9 p.m.\n\nWestfield office hours: Monday-Thursday 8-6, Friday 8-2", "iop 3"},
			{"Evening IOP in Dover\n\nAddress: 42 Birch Lane, Dover, DE 19901\nPhone: 302-555-0147\nHours: Monday to Thursday 8 a.m. to 9 p.m., Friday 8 a.m. to 4 p.m.", ""},
			{"Outpatient counseling\n\nOutpatient counseling usually lasts 10 to 14 weeks.\n\nMain office: 40 Elm St, Ketchum, ID 83340\n\nCall (208) 555-0199 · Fax (208) 555-0198\nHours: Mon–Fri, 8 a.m. to 4:30 p.m.; groups as scheduled", ""},
			// A program's own zoned hours beside the phone stay its own;
			// an office's from 7 hours, and its weekend line after, do not.
			{"Virtual IOP\n\nVirtual IOP schedule\nMon, Wed, Thu 6:00-9:00 pm EST\nQuestions? Call (877) 555-0144", "iop 3"},
			{"Virtual PHP\n\nSchedule\nMonday - Friday 9:00 am - 3:00 pm EST\nCall (877) 555-0144", "php 6"},
			{"Virtual PHP\n\nVirtual PHP schedule\nMonday - Friday 9:00 am - 4:00 pm EST\nQuestions? Call (877) 555-0144", "php 7"},
			{"Evening IOP\n\nOur IOP meets 6 to 9 p.m.\n\nCall (412) 555-0190\nMonday - Friday 8:00 am - 5:00 pm EST\nSaturday 9:00 am - 1:00 pm EST", "iop 3"},
			// A fact box's hours beside its phone, and a short span, are
			// the program's.
			{"Evening IOP in Dover\n\nNights: Monday-Thursday\nHours: 6:00 to 9:00 p.m.\nPhone: 302-555-0147", "iop 3"},
			{"Morning IOP in Dover\n\nHours: 9:00 a.m. to 11:00 a.m.\nCall: 302-555-0147 to reserve a spot.", "iop 2"},
			// A bare line of days and times by the phone is when it is
			// answered.
			{"Evening IOP in Dover\n\nBook an assessment: (302) 555-0147\nMonday-Thursday 8 a.m.-8 p.m., Friday 8 a.m.-5 p.m.", ""},
			{"Day program in Dover\n\nQuestions? Call (302) 555-0147.\nMonday-Friday 9 a.m.-3 p.m.", "php 6"},
			{"Day program in Dover\n\nMonday-Friday, 8:00 a.m.-4:30 p.m.\nEnroll: (302) 555-0147", "php 8.5"},
			// "… a day adds up to" adds a rate up: the sum is no day's.
			{"Our IOP\n\nThree days at three hours a day adds up to nine hours.", "iop 3"},
			// A total said of each day is the day's, whatever week came
			// before it.
			{"Evening IOP\n\nYou come in three evenings a week, and each day adds up to two and a half hours of groups.", "iop 2.5"},
			{"Teen IOP\n\nStudents attend 1.5 hours of group each weekday after school.", "iop 1.5"},
			{"Residential care\n\nResidents attend 11 hours of structured activities each weekday.", "residential 11"},
			{"Day treatment\n\nEach weekday, clients attend 6 hours of programming.", "php 6"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nClinic hours - Treatment team meetings: Wednesdays 8-9 a.m.", ""},
			// "each weekday" times the day only in the hours' own phrase,
			// and not an hour of it.
			{"Day treatment\n\nOur PHP runs 9 a.m. to 3 p.m. There is 1 hour for lunch each weekday.", "php 6"},
			{"Evening IOP\n\nOur IOP offers 9 hours of group therapy, with sessions every weekday evening except Friday.", ""},
			// A label naming the program is the program's line.
			{"Day treatment\n\nPHP clinic hours: Monday-Friday, 8:30 a.m.-2:30 p.m.", "php 6"},
			// A staff's coverage is no program's day.
			{"Day treatment\n\nOur PHP meets five days a week, 9 a.m. to 2 p.m.\n\nPsychiatrist coverage: on the unit 8 a.m.-6 p.m.", "php 5"},
			// Hours a day that hold meals among other things are the
			// day's; two pauses are both pauses.
			{"Day treatment\n\nOur PHP runs 5 hours a day for meals, groups and therapy.", "php 5"},
			{"Day treatment\n\nOur PHP meets weekdays from 9 a.m. to 3 p.m., with 1 hour for lunch and 15 minutes for breaks.", "php 6"},
			// "each weekday" is a day's rate as "each day" is.
			{"Day treatment\n\nClients spend about four hours in groups each weekday.", "php 4"},
			// A pause set aside inside the day is no day's length.
			{"Day treatment\n\nEach day of our PHP holds four hours of groups, 8 a.m. to 1 p.m. with an hour for lunch.", "php 4; php 5"},
			{"Day treatment\n\nOur PHP meets weekdays, 9 to 3 with an hour for a break.", ""},
			{"Day treatment\n\nOur PHP meets five days a week, 9 a.m. to 4 p.m., with an hour for lunch around noon.", "php 7"},
			// An hour or so each morning is one activity of the day.
			{"Evening IOP\n\nOur IOP meets Monday, Wednesday and Thursday from 6 to 9 p.m. It includes 75 minutes of skills training every evening, then a process group.", "iop 3"},
			{"Day program\n\nOur PHP runs five days a week. Patients spend about an hour each morning on goals and check-ins.", ""},
			// A part of the day after what the hours hold times them as a
			// day does; a weekly meeting added after is its own.
			{"Morning IOP\n\nClients get two and a half hours of group each morning plus a weekly visit with their counselor.", "iop 2.5"},
			{"Evening IOP\n\nWe offer four hours of skills work every evening, plus one family session weekly.", "iop 4"},
			{"Day Treatment at Orla\n\nOur PHP meets five days a week. We also run an evening IOP for clients who work.\n\nHours\n\nMonday, Wednesday and Thursday, 6 to 9 p.m.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Each evening is three hours long.", "iop 3"},
			{"Our programs\n\nOur PHP with sober housing runs 6 hours a day, five days a week.", "php 6"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Each evening runs three hours, for nine hours of treatment a week.", "iop 3"},
			{"Our PHP\n\nOur PHP runs from 9 a.m. to 3 p.m. Each morning is three hours of group therapy, followed by lunch.", "php 6"},
			{"Residential care\n\nOur residential program lasts 30 days. Each evening is an hour of twelve-step meetings.", ""},
			{"Evening IOP\n\nEach evening is three hours of group work.", "iop 3"},
			{"Our PHP\n\nPlan on three weeks of PHP before stepping down to our evening IOP and then to weekly outpatient sessions.\n\nProgram hours\n\nMonday through Thursday, 9 a.m. to 3 p.m.", "php 6"},
			{"Our PHP\n\n9:00 a.m. to 3:00 p.m. — Partial hospitalization, Monday through Friday\n\n6 p.m. — Free family information night", "php 6"},
			{"Our PHP\n\nProgram hours\n\nMon–Fri | 9:00 a.m. – 2:00 p.m. | lunch provided on site", "php 5"},
			{"Evening IOP\n\nMonday, Tuesday and Thursday, 5:30 to 9:00 p.m.\n\n• 5:30–7:00 Process group\n• 7:00–7:15 Break\n• 7:15–9:00 Skills group", "iop 3.5"},
			// Labelled spans that follow on are a day's timetable, each
			// an activity's slot; tracks' spans that do not follow on
			// are each a track's day.
			{"PHP day schedule\n\n- Check-in group: 9 - 9:45 a.m.\n- Coping skills: 10 - 10:45 a.m.\n- Lunch: 10:45 a.m. - 12 p.m.\n- Relapse prevention: 12 - 12:50 p.m.", ""},
			// "after school" is when a teen group meets, however far before
			// the hours.
			{"Teen IOP\n\nGroups are held after school, Monday through Wednesday, from 4 to 7 p.m.", "iop 3"},
			// So are spans on lines of their own, each over a caption of
			// what fills it (a caption may be missing); captions that
			// name programs or tracks make them the programs' days.
			{"A day in residential care\n\n6:30 – 7:30am\n\nWake-up, chores and breakfast\n\n7:45 – 8:30am\n\nSpeaker meeting\n\n8:30 – 10:00am\n\nSkills class\n\n10:00 – 11:00am\n\nFree hour\n\n11:00am – 12:00pm\n\n12:00 – 1:30pm\n\nProcess group", ""},
			{"Outpatient schedules\n\nMorning IOP\n\n9:00 – 12:00pm\n\nMidday IOP\n\n12:00 – 3:00pm\n\nEvening IOP\n\n3:00 – 6:00pm", "iop 3; iop 3; iop 3"},
			// A day told in running text, a sentence for each span, is
			// slots too; a sentence naming a program keeps its span.
			{"A day in our residential program\n\nResidents rise at 6:30. Journaling and a walk fill the time from 7 a.m. to 8 a.m.\n\nFrom 8 a.m. to 11:30 a.m., residents take part in process groups.\n\nKitchen duty and lunch run from 11:30 a.m. to 12:30 p.m.", ""},
			{"Outpatient schedules\n\nOur morning IOP meets from 9 a.m. to 12 p.m.\n\nOur midday IOP meets from 12 p.m. to 3 p.m.\n\nOur evening IOP meets from 3 p.m. to 6 p.m.", "iop 3; iop 3; iop 3"},
			// (Two lines alone are too few to tell a timetable from two
			// tracks; but no track's day is shorter than an hour.)
			{"PHP day schedule\n\n- Check-in group: 9 - 9:45 a.m.\n- Coping skills: 10 - 10:45 a.m.", ""},
			{"PHP day schedule\n\n- Morning track: 9 - 11:30 a.m.\n- Afternoon track: 1 - 3:30 p.m.", "php 2.5; php 2.5"},
			{"Our IOP tracks\n\n- Morning track: 9 a.m. - 12 p.m.\n- Afternoon track: 1 - 4 p.m.\n- Evening track: 6 - 9 p.m.", "iop 3; iop 3; iop 3"},
			// Lines that name a program or a track are days, even back to
			// back.
			{"Our IOP tracks\n\n- Early track: 8 - 11 a.m.\n- Late-morning track: 11 a.m. - 2 p.m.\n- Afternoon track: 2 - 5 p.m.", "iop 3; iop 3; iop 3"},
			{"Our Programs\n\nHours by program:\n\n- Partial hospitalization (PHP): 8 a.m. - 2 p.m.\n- Intensive outpatient (IOP): 2 - 5 p.m.\n- Evening IOP: 5 - 8 p.m.", "php 6; iop 3; iop 3"},
			{"Day Program\n\n## A typical PHP day\n\n- Morning check-in: 9 - 9:30 a.m.\n- Coping skills: 9:30 - 11 a.m.\n- Lunch: 11 - 11:30 a.m.\n- Afternoon workshop: 11:30 a.m. - 1 p.m.", ""},
			{"Partial Hospitalization\n\nPHP is five days of 6 hours of structured programming each week.", "php 6"},
			{"Partial Hospitalization\n\nPHP runs six hours a day, with 10-minute breaks between groups and a 30-minute lunch.", "php 6"},
			{"Residential care\n\nThe first seven days of 24 hours medical monitoring take place in our lodge.", ""},
			{"Our IOP\n\nHow many hours a week is the IOP?\n\nAbout twelve hours per week: four evenings of three hours.", "iop 3"},
			{"Residential care\n\nCan I have visitors?\n\nAfter the first week, on Sunday afternoons from 1 to 4 p.m.", ""},
			{"Intensive Outpatient Program\n\nOur IOP is totally flexible and meets three evenings a week for 3 hours.", "iop 3"},
			{"Partial Hospitalization Program\n\nOur PHP meets Monday through Friday, and altogether the day lasts 6 hours.", "php 6"},
			{"Partial Hospitalization Program\n\nOur PHP meets from 8 am to 2 pm on weekdays.", "php 6"},
			{"Virtual IOP\n\nOur help desk is open 7 a.m. to 9 p.m. daily, and most login problems are solved in under 10 minutes.", ""},
			{"Partial Hospitalization Program\n\nOn a typical PHP day, the process group runs for two hours.", ""},
			{"Teen PHP\n\nTeens attend Monday through Friday, which includes one hour of accredited schooling each day.", ""},
			{"Teen residential\n\nOur academy is accredited, and residents attend classes for four hours every weekday.", ""},
			{"Our IOP\n\nClients attend classes for two hours each evening on relapse prevention.", "iop 2"},
			// School time in a block is no session of the program's.
			{"Teen PHP\n\nOur teen PHP meets on weekdays. Each day pairs three hours of therapy with a two-hour block of on-site schooling.", "php 3"},
			{"Teen PHP\n\nOur teen PHP meets on weekdays. Students also have a 90-minute period of supervised schoolwork.", ""},
			{"Our IOP\n\nOur program lets you keep your job and still get real clinical care, with our IOP meeting three evenings a week from 6 to 9 p.m. so that parents can attend.", "iop 3"},
			{"Our IOP\n\nMany clients keep working 40 hours a week.", ""},
			{"Teen IOP\n\nAdolescent IOP: 3 afternoons a week after school, 2.5 hours each.", "iop 2.5"},
			{"Our PHP\n\nEach client has individual therapy twice a week. Each day runs roughly four to five hours, including lunch.", "php 4–5"},
			{"Our PHP\n\nOur PHP clients attend programming every day (6 hours).", "php 6"},
			{"Our PHP\n\nOn a typical program day, morning meditation takes an hour.", ""},
			{"Our IOP\n\nOur IOP group meets at 1200 Oak Street, Monday through Thursday, 6 to 9 p.m.", "iop 3"},
			{"Teen Day Program\n\n| Time | Activity |\n|---|---|\n| 8:30-10:00 | Group therapy |\n| 10:00-12:00 | School block |", ""},
			{"Residential\n\nWeekdays include roughly five hours of clinical programming.", "residential 5"},
			{"Our IOP\n\nOur IOP meets Monday, Wednesday and Friday mornings, 9 to noon, for 8 to 10 weeks.", "iop 3"},
			{"Our PHP\n\nProgramming is delivered Monday through Friday between 9 a.m. and 3 p.m.", "php 6"},
			{"Our PHP\n\nParticipants attend treatment all day, typically six to eight hours, and go home at night.", "php 6–8"},
			{"Our PHP\n\nExpect a full treatment day, usually six hours, with groups and individual sessions.", "php 6"},
			{"Our IOP\n\nOn a typical IOP day, clients spend three to four hours in groups.", "iop 3–4"},
			{"Our PHP day includes lunch and runs from 9 a.m. to 3 p.m.", "php 6"},
			{"Our PHP\n\nTreatment days last five to six hours.", "php 5–6"},
			{"Frequently asked questions\n\nPHP days run about five hours, from 8 in the morning until 1, so afternoons stay free.", "php 5"},
			{"Our PHP\n\nOur PHP day runs six hours. Group days run about 90 minutes longer on Fridays.", "php 6"},
			{"Our IOP\n\nIOP days last three hours.", "iop 3"},
			{"Our PHP runs weekdays from 8:30 a.m. to 2:30 p.m., with lunch provided.", "php 6"},
			{"Adolescent PHP\n\nEach PHP day includes two hours of classroom instruction with a teacher.", ""},
			{"Questions about our PHP? Call 207-555-0126 (8 a.m.-8 p.m., seven days).", ""},
			{"PHP participants attend for six hours a day.", "php 6"},
			{"Where PHP runs six hours daily, IOP runs three.", "php 6; iop 3"},
			{"Lunch break is from 12 to 1 p.m. for PHP clients.", ""},
			{"Our PHP staff is available for questions 8 hours a day.", ""},
			// Help said to be reachable for so many hours is no schedule.
			{"Residents of our residential program can reach a counselor 18 hours a day.", ""},
			{"Our residential program gives clients access to nursing care for 20 hours a day.", ""},
			{"Clients in our PHP meet with a counselor 6 hours a day.", "php 6"},
			// An office's own hours still are.
			{"IOP\n\nThe front office at our clinic answers calls 10 hours a day.", ""},
			{"Our teen PHP includes on-site schooling for 2 hours a day.", ""},
			{"Teens in our IOP attend after school on Monday, Tuesday and Thursday from 3:30 to 6:30 p.m.", "iop 3"},
			{"Several of our IOP sites run daily two-hour sessions.", "iop 2"},
			{"The IOP runs three hours per day.", "iop 3"},
			{"Our PHP requires 6 hours of treatment per day.", "php 6"},
			{"IOP groups are held Monday through Friday from 9:00 a.m. to 12:30 p.m.", "iop 3.5"},
			{"The IOP runs three hours of therapy, four days a week.", "iop 3"},
			{"Our office is open from 9 a.m. to 5 p.m. for IOP questions.", ""},
			{"Some clients work 8 hours a day while in our IOP.", ""},
			{"Our PHP runs 6-8 hours daily in full programs, or 3-5 hours in half programs.", "php 6–8; php 3–5"},
			{"Our PHP may ask for up to 8 hours of clinical work (groups, case management) a day.", "php ≤8"},
			{"In our detox, plan on 6-8 hours daily on the full-day track, or 1-2 hours in remote sessions.", "detox 6–8; detox 1–2"},
			{"Visiting hours at our residential center are 2 to 5 p.m. on Sundays.", ""},
			{"Residential care\n\nBreakfast is served from 7 to 8:30 a.m. in the dining hall.", ""},
			{"Inpatient treatment\n\nFor an assessment, you can drop in between 9 a.m. and 11 a.m., Monday through Friday.", ""},
			{"Inpatient treatment\n\nTo start, walk in to our assessment office at 22 Elm Street, Dayton. Hours: 8-10 am Mon-Fri. Call (555) 010-2233 with questions.", ""},
			{"Evening IOP\n\nOur evening IOP meets at 40 Main Street, Dayton. Hours: Monday through Thursday, 6 p.m. to 9 p.m.", "iop 3"},
			{"Outpatient Detox\n\nA typical taper starts at 25 to 50 mg every six hours on the first day.", ""},
			{"Careers\n\nAddiction Counselor\nFull-time, 40 hours per week. You co-lead our evening IOP groups.\n\nPeer Recovery Supporter\nPart-time, 20 hours per week, including Saturday mornings.", ""},
			{"Our residential program\n\nWeekends are lighter, with family visits on Sunday afternoons from 1:00 to 4:00 p.m.", ""},
			{"Our IOP meets Tuesdays and Thursdays, 6 to 9 p.m.", "iop 3"},
			{"IOP clients typically spend 2 hours a day commuting to work.", ""},
			{"Our PHP can require up to 8 hours of programming (group therapy, case management) a day.", "php ≤8"},
			{"Residential Treatment\n\nFamily visits at our residential center are allowed on Sundays from 1 to 4 p.m.", ""},
			{"Residential Treatment\n\nMany clients step down to our PHP, which meets 5 days a week. Clients here attend 6 hours of therapy per day.", "residential 6"},
			{"Our PHP runs four hours a day for clients who have not been in treatment before, and more than six hours a day for those who have.", "php 4; php ≥6"},
			{"Our PHP does not run more than six hours a day.", "php ≤6"},
			{"Our PHP\n\nMost clients then step down to our IOP (two days a week, four hours a day) and keep their jobs.", "iop 4"},
			// A day of care named by its hours.
			{"Day treatment\n\nOur PHP offers a six-hour treatment day.", "php 6"},
			{"Our IOP\n\nMost clients keep an eight-hour work day and still attend.", ""},
			{"Our PHP\n\nUnlike the eight-hour treatment day in many hospitals, our PHP keeps the day short.", ""},
			{"Our PHP\n\nUnlike many programs, our PHP offers a six-hour treatment day.", "php 6"},
			{"Our residential program\n\nMost days include about six hours of structured therapy.", "residential 6"},
			{"Our residential program\n\nOn most days, residents spend roughly five hours in groups.", "residential 5"},
			{"Our IOP\n\nOur IOP meets three evenings a week, 6 to 9 p.m.\n\nMonday: 6:00–7:30 PM process group, 7:30–9:00 PM skills group", "iop 3"},
			// Three or more clock ranges listed one after another are the
			// day's sessions, each a slot of it, not the day; two may be
			// a day split by lunch, and stay spans.
			{"Our PHP\n\nOur PHP holds four group sessions a day, from 8:30 a.m. to 9:20 a.m., 9:30 a.m. to 10:20 a.m., 10:30 a.m. to 11:20 a.m. and 12:30 p.m. to 1:20 p.m.", ""},
			{"Our IOP\n\nGroups meet 9:00-10:15, 10:30-11:45 and 12:30-1:45 on program days.", ""},
			{"Our IOP\n\nOur IOP meets from 9 a.m. to noon and 1 p.m. to 3 p.m.", "iop 3; iop 2"},
			{"Our PHP\n\nClients take part in treatment for six hours each day, five days a week, using a wide array of research-backed therapies.", "php 6"},
			{"Our teen IOP is three two-hour afternoons a week.", "iop 2"},
			{"Our evening IOP meets for four three-hour evenings each week.", "iop 3"},
			{"Our IOP adds two 90-minute evening groups a week.", ""},
		},
	})
	register(KindSpec{
		ID: SessionLength, Label: "session length", Unit: "hour", Units: hourUnits, Max: 12, Floor: minSession,
		Examples: []KindExample{
			// How late or early someone comes is no length.
			{"Our IOP\n\nWe cannot let anyone into a group or an individual session once they are over ten minutes late for it.", ""},
			{"Our IOP\n\nAn individual session is cancelled when the client is more than ten minutes late.", ""},
			{"Our IOP\n\nOur evening groups run for three hours late in the evening.", "iop 3"},
			{"Our IOP\n\nPlease come 20 minutes early to your first individual session, which lasts an hour.", "individual-therapy 1"},
			// The figure held up against.
			{"Intensive outpatient\n\nEach IOP group runs three hours, as compared to ninety-minute therapy sessions elsewhere.", "iop 3; other 1.5"},
			// A session broken into parts after a colon is one session;
			// parts that do not add up to it stay sessions of their own.
			{"Our IOP\n\nEach IOP evening is a 3-hour session: 1.5 hours of skills teaching and 1.5 hours of process group.", "iop 3"},
			{"Our IOP\n\nEach IOP evening is a 3-hour session: 1 hour of skills teaching and 1 hour of process group.", "iop 3; iop 1; group-therapy 1"},
			{"Our IOP\n\nOur IOP is a 4-hour session that includes 2 hours of skills teaching and 2 hours of process group.", "iop 4"},
			{"Our PHP\n\nOur PHP consists of five treatment episodes per week, lasting six hours per episode.", "php 6"},
			// What each of the meetings counted right before lasts, after
			// a week's hours.
			{"Our IOP\n\nOur IOP gives twelve hours of care every week, spread over four sessions that each last three hours apiece.", "iop 3"},
			{"Our IOP\n\nOur IOP gives nine hours of care each week in three groups lasting three hours each.", "iop 3"},
			{"Day Treatment\n\nThe day runs from 9 a.m. to 2 p.m. Clients attend three skills groups daily, each 50 minutes to one hour in length.", "php 0.8333–1"},
			// Outpatient care defined as one session with a counselor:
			// the session is outpatient care's.
			{"Levels of care\n\nRoutine outpatient care means one 45-minute session a week with a counselor.", "op 0.75"},
			// A length right before "group" is the group's, whatever the
			// sentence's subject.
			{"Outpatient counseling\n\nIndividual sessions last 50 minutes. Each week includes one 50-minute individual session and one 90-minute group.", "individual-therapy 0.8333; individual-therapy 0.8333; group-therapy 1.5"},
			// Groups of a named kind may be parts of a session: their
			// lengths are no session's.
			{"Our IOP\n\nOur IOP sessions run three hours. Each session has a 90-minute process group followed by a 90-minute skills group.", "iop 3"},
			{"Recovery Center\n\nAftercare is one weekly group (60–90 min), with a check-in each month.", "other 1–1.5"},
			{"What aftercare looks like\n\n- Weekly group, 60–90 minutes, led by a counselor you know.", "other 1–1.5"},
			{"Our IOP\n\nOur IOP adds a family night (90 minutes) once a month.", ""},
			// A parallel figure after a noun with its article is an amount;
			// a label only after a preposition ("in week two").
			{"Our programs\n\nA PHP day lasts 6 hours, and an IOP session 3.", "iop 3"},
			// An hour or so a week with one person is that meeting's length.
			{"Our IOP\n\nOur IOP runs 12 hours a week. Each client meets with a primary therapist weekly for 30 to 60 minutes.", "individual-therapy 0.5–1"},
			{"Our IOP\n\nOur IOP runs 12 hours a week. You will also see your counselor for an hour every week.", "individual-therapy 1"},
			// The sessions of a list of the program's meetings are the
			// program's, whatever therapy the list names last.
			{"Intensive Outpatient Program\n\nClients attend group therapy, individual counseling and relapse-prevention classes three times per week, each session running three hours.", "iop 3"},
			// Minutes under a "Length" column are one meeting's.
			{"Our clinic\n\n| Care | Frequency | Length |\n| Individual counseling | every week | 45 min |", "individual-therapy 0.75"},
			// A meeting with a person held by video is still that
			// person's session.
			{"Our virtual IOP\n\nGroups run three hours. Members also meet their therapist every week in a 45-minute video session.", "iop 3; individual-therapy 0.75"},
			{"Our IOP meets three times a week for at least three hours.", "iop ≥3"},
			{"Clients attend our PHP five times a week for at least 6 hours.", "php ≥6"},
			// The visit that opens care, held once, is no session.
			{"Teen IOP\n\nOur teen IOP groups run two hours. The first appointment lasts roughly an hour and a half, with a parent there.", "iop 2"},
			// (The opening visits too, before the follow-ups.)
			{"Outpatient detox\n\nYou come in every day for checks. The first visits take about 2 hours, with a full exam. Each follow-up session lasts about 30 minutes.", "detox 0.5"},
			{"Our IOP\n\nThe initial sessions last three hours while you settle in; later ones are shorter.", ""},
			// Each of the meetings a bare count and its week count.
			{"Class format\n\n- Weeknight track: Monday and Wednesday, 6:00-8:00 PM, over 3 weeks (two classes per week, 2 hours each)", "other 2"},
			// "One-to-one" is individual care, as "one-on-one" is.
			{"Our IOP\n\nGroups run three evenings a week. One-to-one sessions come every other week and last 50 minutes.", "individual-therapy 0.8333"},
			// A meeting with a person, how often said before "with", lasts
			// the minutes after "for".
			{"Our IOP\n\nEvery client also meets weekly with an assigned therapist for 45 minutes.", "individual-therapy 0.75"},
			{"Evening IOP\n\nOur IOP meets three evenings a week, in three-hour sessions.\n\nMedication care\nOur psychiatrist meets IOP clients once a week for 20 minutes.", "iop 3; other 0.3333"},
			{"Evening IOP\n\nOur IOP meets three evenings a week, in three-hour sessions.\n\nPeers\nOur peer support specialists meet IOP members twice a week, for an hour each time.", "iop 3"},
			// The length of peers' meetings with the program's clients is
			// none of the program's.
			{"Evening IOP\n\nOur IOP meets three evenings a week, in three-hour sessions.\n\nAlumni mentors\nTrained peer mentors meet current IOP clients twice a week for 2 hours.", "iop 3"},
			// A meeting with "that" counselor is the individual session.
			{"Evening IOP\n\nEach evening runs three hours. Every other week you will see that counselor one-on-one for a 45-minute session.", "individual-therapy 0.75"},
			// A visit named as a part of the sessions is not what is timed.
			{"Our IOP\n\nIndividual therapy sessions, including psychiatric follow-up, last 50 minutes.", "individual-therapy 0.8333"},
			// A fact box's row, or a therapy's section, says nothing of the
			// program's day after it.
			{"Evening IOP\n\nAt a glance\nEvening track | Tue–Thu, 5:30–8:30 p.m.\nHours each week | 9\nIndividual therapy | one 45-minute session per week\n\nWhat your week looks like\nA three-hour block begins the evening with a short check-in.", "individual-therapy 0.75; iop 3"},
			// Minutes of counseling a week, an hour or less, are one
			// session's.
			{"Evening IOP\n\nIndividual therapy: 40 minutes each week with your counselor.", "individual-therapy 0.6667"},
			// A line labelled with the kind of session alone.
			{"Outpatient counseling\n\nWhat you get\n- Groups: one two-hour skills group each week\n- Individual: a 45-minute session twice a month", "op 2; individual-therapy 0.75"},
			{"Evening IOP\n\nIndividual therapy\n\nYou see your counselor weekly in a 45-minute session.\n\nA typical day\n\nEach three-hour block begins with a short check-in and ends with a process group.", "individual-therapy 0.75; iop 3"},
			// (Not a paragraph pointing back at the row, nor a "Schedule"
			// of the therapy's own section.)
			{"Evening IOP\n\nAt a glance\nEvening track | Tue–Thu, 5:30–8:30 p.m.\nHours each week | 9\nIndividual therapy | one 45-minute session per week\n\nThese sessions may grow to an hour when your counselor suggests it.", "individual-therapy 0.75; individual-therapy 1"},
			{"Evening IOP\n\nIndividual therapy\n\nYou see your counselor weekly.\n\nSchedule\n\nSessions are 45 minutes long.", "individual-therapy 0.75"},
			// "50-minute weekly sessions": the minutes are a session's.
			{"Adult IOP\n\nOur IOP meets three mornings a week, and clients also see a therapist in 50-minute weekly sessions.", "individual-therapy 0.8333"},
			// "Weekly sessions" on a therapy's page are its own.
			{"Individual therapy\n\nWeekly sessions are 50 minutes long, with the same counselor each time.", "individual-therapy 0.8333"},
			// A length set before "groups" is the groups', even after an
			// individual session. ("Groups run 90 minutes" after or before
			// a sentence about individual sessions is the groups' length.)
			{"Outpatient counseling\n\nEach client has a 50-minute individual session every week. Many also join one of our two-hour groups.", "individual-therapy 0.8333; group-therapy 2"},
			{"Outpatient counseling\n\nIndividual sessions last 45 minutes. Groups run two hours on Monday evenings.", "individual-therapy 0.75; group-therapy 2"},
			{"Outpatient counseling\n\nSessions\n\nGroups run 90 minutes. Individual sessions are 50 minutes.", "group-therapy 1.5; individual-therapy 0.8333"},
			{"Outpatient counseling\n\nMost clients come in once a week. Groups meet for 75 minutes. Individual counseling is available on request.", "group-therapy 1.25"},
			{"Outpatient counseling\n\nIndividual sessions last 45 minutes. Each group meets for two hours.", "individual-therapy 0.75; group-therapy 2"},
			// Groups meeting for a while, alone, are the program's meetings;
			// with the evenings they meet on, the evenings' length.
			{"Our IOP\n\nOur IOP meets three evenings a week. Each group meets for about three hours.", "iop 3"},
			{"Our IOP\n\nGroups meet two evenings a week for two and a half hours.", ""},
			{"Our IOP\n\nHow long is a day? Groups meet for three hours on three days each week.", ""},
			// Mutual-help groups' meetings are no session of a program's, and
			// a total spread over evenings is no one meeting's.
			{"What to expect at your first AA meeting\n\nMost AA and NA groups meet for about an hour. Some groups meet for 90 minutes on weekends.", ""},
			{"Our IOP\n\nGroups meet for nine hours over three evenings.", ""},
			// The meeting with a person, whom and how said before its
			// length, is individual therapy's.
			{"Our IOP\n\nEach IOP day is a three-hour block. Your primary therapist also sees you privately once a week for an hour.", "iop 3; individual-therapy 1"},
			{"Our IOP\n\nYou meet with your counselor individually once a week, usually for about an hour.", "individual-therapy 1"},
			// A line labelled by a group the terms do not name is the group's,
			// whatever the line before named.
			{"Our IOP\n\nSession lengths\nIndividual therapy: 60 minutes\nRelapse-prevention group: 90 minutes", "individual-therapy 1; group-therapy 1.5"},
			// A length a group meeting cannot have is the program's, whoever
			// is named next.
			{"Partial hospitalization\n\nGroups run six hours. Individual sessions happen once a week.", "php 6"},
			{"Outpatient counseling\n\nOne hour at a time, one day at a time: that is how we work. Sessions are 50 minutes.", "op 0.8333"},
			// A therapy appointment is outpatient care, not the IOP the page
			// compares it with.
			{"IOP or outpatient therapy?\n\nA 45-minute therapy appointment every two weeks suits some people; our IOP suits others.", "op 0.75"},
			{"Outpatient counseling\n\nYou meet with your counselor one hour at a time, twice a week.", "op 1"},
			{"Outpatient counseling\n\nSteady support, one hour at a time. Sessions are 50 minutes.", "op 0.8333"},
			{"Outpatient counseling\n\nStandard outpatient care is two 45-minute sessions a week.", "op 0.75"},
			{"Partial Hospitalization\n\nGroups hold 8 to 12 people, with 10-minute breaks between sessions and a 30-minute lunch.", ""},
			{"Our IOP\n\n• One individual session with your primary counselor each week, 50 minutes", "individual-therapy 0.8333"},
			// A question asking for days: the hours in its answer time the
			// sessions, not the week.
			{"Our IOP\n\nHow many days a week?\n\nUsually three days, with sessions of about three hours.", "iop 3"},
			{"Our IOP\n\nOnce a week you also meet one-on-one with your primary counselor, usually for about 50 minutes.", "individual-therapy 0.8333"},
			{"Our IOP\n\nExpect a one-on-one session with a counselor once a week, typically 45 to 60 minutes long.", "individual-therapy 0.75–1"},
			{"Our IOP\n\nIOP clients attend three days a week; each session lasts three hours.", "iop 3"},
			{"Our IOP\n\nOur evening IOP meets four nights a week, two and a half hours a session.", "iop 2.5"},
			{"Our IOP\n\nOur IOP meets four evenings a week. Every client also meets one-on-one with a counselor for 45 minutes every week.", "individual-therapy 0.75"},
			{"Our IOP\n\nEvery client also meets one-on-one with a primary counselor once a week for a 45-minute session.", "individual-therapy 0.75"},
			{"Our IOP\n\nEach client sees a therapist individually every week for a 90-minute session.", "individual-therapy 1.5"},
			{"Our IOP\n\nOur IOP holds four sessions of two and a half hours each week.", "iop 2.5"},
			{"Our IOP\n\nIOP sessions last three hours. On Monday nights family members can come to a 90-minute education session.", "iop 3; other 1.5"},
			{"Our IOP\n\nIOP sessions last three hours. On Friday nights, parents are invited to a 90-minute education session.", "iop 3; other 1.5"},
			{"Evening IOP\n\nEach group session lasts three hours. Once a week each client also meets one-on-one with a primary counselor for 50 minutes before group.", "group-therapy 3; individual-therapy 0.8333"},
			{"Our PHP\n\nTwice a week clients also meet with a counselor for 45 minutes.", "individual-therapy 0.75"},
			{"What a week includes\n\n- Weekly individual counseling (50 minutes)\n- Daily group therapy (90 minutes)", "individual-therapy 0.8333; group-therapy 1.5"},
			{"Standard Outpatient\n\nIndividual sessions last 45 minutes; groups run two hours.", "individual-therapy 0.75; group-therapy 2"},
			{"Outpatient Detox\n\nYou come to the clinic each morning. Visits take about 20 to 40 minutes.", "detox 0.3333–0.6667"},
			{"Weekend IOP\n\nWeekend clients also get a 50-minute video session with their own counselor one weekday evening.", "individual-therapy 0.8333"},
			{"IOP directory\n\n| Provider | Level | Schedule |\n|---|---|---|\n| Birch Counseling | IOP | 3 sessions/week, 3 hrs each |", "iop 3"},
			{"Our IOP\n\nOn Fridays, IOP clients also join a one-hour group session on relapse prevention.", "group-therapy 1"},
			{"Our IOP\n\nThe IOP consists of 3-hour group sessions held three evenings a week.", "iop 3"},
			{"Our IOP\n\nIOP clients attend three-hour groups, four days a week.", "iop 3"},
			{"Our IOP\n\nMost IOPs meet three to five days a week, usually in three-hour blocks.", "iop 3"},
			{"Our IOP\n\nIOP groups typically last three hours.", "iop 3"},
			{"Our IOP\n\n- Individual therapy every week (50 minutes)", "individual-therapy 0.8333"},
			{"Detox\n\nEach visit lasts one to two hours.", "detox 1–2"},
			{"Our IOP\n\nIndividual therapy: 50 minutes, every other week", "individual-therapy 0.8333"},
			{"Our IOP\n\nGroup therapy: 3 hours a day", ""},
			{"Our IOP\n\nEach group is 90 minutes long.", "iop 1.5"},
			{"Our IOP\n\nThe drive to the clinic is 90 minutes long.", ""},
			{"Individual therapy sessions last 50 minutes.", "individual-therapy 0.8333"},
			{"Evening IOP\n\nAfter eight weeks clients step down to a weekly alumni group.\n\nWhy short evenings help\n\nWe keep each session to 90 minutes.", "iop 1.5"},
			{"Our clinic\n\nWe do not run an inpatient unit. At each visit you also have your counseling session, which lasts 45 minutes.", "individual-therapy 0.75"},
			{"Individual sessions last 50 minutes. Psychiatry appointments, when needed, are 30 minutes.", "individual-therapy 0.8333; other 0.5"},
			{"Each week, our IOP clients attend 3 groups lasting 3 hours.", "iop 3"},
			{"For our IOP, the intake appointment takes about two hours.", ""},
			{"Our IOP offers 3-hour group sessions.", "iop 3"},
			{"The IOP meets for three to four hours per session.", "iop 3–4"},
			{"Our IOP meets three days a week and offers two hours of group per session.", "iop 2"},
			{"Each of our IOP sessions lasts only a few hours at a time.", "iop 2–4"},
			{"Our IOP generally runs nine hours weekly, often three sessions of three hours apiece.", "iop 3"},
		},
	})
}

// sessionRates follow a length that is one meeting's: "three hours per
// session".
var sessionRates = []string{"per session", "each session", "a session", "per group", "at a time", "per meeting", "each time"}

// dayLabelledHours reports hours labelled by one weekday, right before
// ("Friday 3 hours") or right after ("3 hours on Friday").
func dayLabelledHours(s *sentence, q *quantity.Quantity) bool {
	if _, ok := weekdayNames[strings.TrimSuffix(wordBefore(s.lower, q.Start), "s")]; ok {
		return true
	}
	n := 0
	for w := range wordsAfter(s.lower, q.End, 2) {
		if n == 0 && w != "on" {
			return false
		}
		if n == 1 {
			_, ok := weekdayNames[strings.TrimSuffix(w, "s")]
			return ok
		}
		n++
	}
	return false
}

// daysAWeekIn reports a count of days a week among qs: "five days a week".
func daysAWeekIn(qs []quantity.Quantity) bool {
	for _, o := range qs {
		if o.Per == quantity.Week && o.Unit == quantity.Day {
			return true
		}
	}
	return false
}
