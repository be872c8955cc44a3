package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// statesDaysPerWeek: days with a weekly rate ("3–5 days a week", "Monday
// through Friday", "at least 3 days per week"). Canonical unit: days.
// Opening hours ("we're open 7 days a week", "admissions are available
// seven days a week") say when the doors are open, not how often clients
// attend, so a clause about them is not a claim.
// (Said as what is offered, not one of a list of the program's parts:
// "groups, medication management and psychiatric evaluations three days
// a week" are the program's days.)
var intakeDays = prefilter.MustCompile(`\b(?:offers?|provides?|holds?|schedules?|conducts?|does|do)\s+(?:free\s+|walk-in\s+|same-day\s+|no-cost\s+|confidential\s+)?(?:assessments?|consultations?|screenings?|intakes?|evaluations?|tours?)\s+(?:on\s+)?$`)

// whatHappensBefore ends on what goes on, asked about, right before a
// frequency: "what happens ", "what goes on ", "what you will do ".
var whatHappensBefore = prefilter.MustCompile(`\bwhat\s+(?:happens|goes\s+on|takes\s+place|you\s+(?:will\s+|'ll\s+|’ll\s+)?do)\s+$`)

// dosingVisit follows a count of visits with their purpose, a dose: " to
// get her daily dose", " to pick up their medication".
var dosingVisit = prefilter.MustCompile(`^[^.;]{0,30}?\bto\s+(?:get|receive|pick\s+up|take|collect)\s+(?:her|his|their|your|a|the|my)\s+(?:daily\s+|next\s+)?(?:dose|doses|medication|methadone|buprenorphine)(?:[\s.,;]|$)`)

// socialMeal is time people spend together over a meal or a walk: "for
// coffee", "for lunch", "for a hike".
// (People meeting for it: "with an hour for lunch" is the program's day.)
var socialMeal = prefilter.MustCompile(`\b(?:meets?|meeting|met|sees?|seeing|joins?|joining|gets?\s+together\s+with|grabs?)\b[^.;]{0,80}?\bfor\s+(?:a\s+)?(?:coffee|lunch|dinner|breakfast|brunch|meal|walk|hike|bike\s+ride|pizza|game\s+night)\b`)

// appointmentsOffered ends on appointments someone offers on the days
// after it: "We offer evening appointments on ", "appointments are also
// available on ". A client books one of them; the program does not meet
// on all.
var appointmentsOffered = prefilter.MustCompile(`\b(?:(?:offers?|provides?|has|have|holds?)\s+(?:[a-z-]+\s+){0,2}appointments?|appointments?\s+(?:are|is)\s+(?:also\s+)?(?:available|offered|open))\s+(?:on\s+|every\s+)?$`)

// daysOff follows days named as the program's days off.
var daysOff = prefilter.MustCompile(`^\s+(?:are|is)\s+(?:(?:our|your|their|the)\s+)?["“']?(?:home|off|free|rest|open|catch-up)\s+days?\b|^\s+(?:are|is)\s+(?:(?:our|your|their|the)\s+)?["“']?days?\s+off\b|^\s+(?:are|is)\s+(?:left\s+)?(?:unstructured|unscheduled|free|open|off|yours)\s*(?:[.;,]|$)`)

// schoolRuns ends on a school as the subject of its own days: "our
// accredited school runs ", "school is in session ".
var schoolRuns = prefilter.MustCompile(`\b(?:school|academy|classroom)\s+(?:runs?|meets?|is\s+held|is\s+in\s+session|operates|is\s+open)\s+(?:on\s+|every\s+|each\s+)?$`)

// closedOn ends on a denial of meeting right before the days it names:
// "no groups (are held) on", "closed", "are off", "nothing is
// scheduled". ("Groups kick off Monday, Wednesday and Friday" start
// then.)
var closedOn = prefilter.MustCompile(`(?:\bno\s+(?:groups?|sessions?|programming|program|classes|class|meetings?|treatment|services)(?:\s+(?:are|is)\s+(?:held|scheduled|offered|run))?|\b(?:closed|(?:are|is)\s+off|days?\s+off)|\bnothing\s+(?:is\s+)?(?:scheduled|planned|held|happens|runs)|\bnot\s+(?:open|in\s+session))\s+(?:on\s+)?(?:(?:every|each)\s+)?$`)

// stepsHeldOn is the passive of intakeDays: "Assessments happen on
// Mondays and Thursdays", "Interviews are held on Tuesdays".
var stepsHeldOn = prefilter.MustCompile(`^\s*(?:(?:the|our|all|new|initial|intake|free|job)\s+)?(?:assessments?|consultations?|screenings?|intakes?|evaluations?|interviews?|orientations?)\s+(?:are\s+|is\s+)?(?:held|happen|happens|run|runs|take\s+place|takes\s+place|scheduled)\s+(?:on\s+|every\s+|each\s+)?$`)

// shiftsOpen opens a sentence on a staff's shifts: "Shifts run 11 p.m.
// to 7 a.m., four or five nights a week" counts a job's nights.
var shiftsOpen = prefilter.MustCompile(`^\s*(?:(?:overnight|night|day|evening|weekend|our|all|most)\s+)?shifts?\s+(?:run|runs|are|is|last|lasts)\b`)

// trackChoice follows a part of the day named as one option of several:
// " (9 a.m.–noon) or an afternoon", " or evening cohort", " track".
// ("with a morning and an evening option": two tracks offered.)
var trackChoice = prefilter.MustCompile(`^\s*(?:\([^)]*\)\s*)?(?:or\b|cohort|track|group\b|option|slot|and\s+(?:an?\s+)?(?:morning|afternoon|evening|night|weekend|daytime|day)\s+(?:options?|tracks?|groups?|cohorts?|slots?)\b)`)

// daysLeftOpen follows days said to be left without the program.
var daysLeftOpen = prefilter.MustCompile(`^\s*(?:stay|stays|are|is|remain|remains)\s+(?:kept\s+|left\s+|always\s+)?(?:free|open|off|clear|unscheduled|reserved)\b`)

// noProgramOn ends on words that say nothing meets on the days after it:
// "There are no groups on", "the clinic is closed on".
var noProgramOn = prefilter.MustCompile(`\b(?:no\s+(?:groups?|sessions?|programming|treatment|meetings?)|closed|off)\s+on\s+$`)

// admissionBefore ends on taking people in, right before a count of
// days: "we admit", "admissions are available", "intake is open", "we
// admit new patients".
var admissionBefore = prefilter.MustCompile(`\b(?:admit|admits|admitting|admission|admissions|intake|intakes)(?:\s+(?:is|are)\s+(?:available|open|offered|held|done))?(?:\s+(?:new\s+)?(?:patients|clients|people|residents))?\s+$`)

func statesDaysPerWeek(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Per != quantity.Week {
		return false
	}
	switch q.Unit {
	case quantity.Day, quantity.Times, quantity.Session:
	default:
		return false
	}
	// (Most of the readings below ask of the days' own words: lower-cased
	// once, and whether they name a weekday.)
	qt := lowerASCII(q.Text)
	named := weekdayNamed(qt)
	if dayDifference(qt) || strings.HasPrefix(strings.TrimLeft(s.lower[q.End:], " "), "than ") {
		return false
	}
	// "symptoms too heavy for a few evenings a week", "a step up from two
	// evenings a week": the lighter care held up against the program.
	// ("too severe for weekly counseling" is outpatient care's, read as
	// such by the weekly word.)
	if !weeklyWord(qt) && tooMuchFor.MatchString(s.masked[max(0, q.Start-40):q.Start]) {
		return false
	}
	// "Saturday and Sunday sessions start at 9 a.m.", "Wednesday and
	// Thursday evenings include a family segment": named days opening
	// the sentence as the subject of what some of the week's days hold,
	// no count of the week's, when the page has given the week more days
	// ("Monday through Friday sessions start at 9 a.m." may be the
	// whole week).
	if named && q.HasMax && q.Max < s.daysStated && daysDescribed(s.lower, q.Start, q.End) {
		return false
	}
	// "All our IOP groups fall between Monday and Thursday": the
	// days the week's groups fall within, no count of them.
	if named && wordBefore(s.lower, q.Start) == "between" {
		return false
	}
	// "explain what happens on a daily basis", "Find out what happens
	// each day": what goes on in a day, asked about, no count of days.
	if whatHappensBefore.MatchString(s.lower[max(0, q.Start-40):q.Start]) {
		return false
	}
	// "Monday to Friday belongs to your employer": the reader's working
	// week, which the program stays out of.
	if daysForWork.MatchString(s.lower[q.End:]) {
		return false
	}
	// "She comes to the clinic six days a week to get her daily dose":
	// visits for a medication dose, not a program's days.
	if dosingVisit.MatchString(s.lower[q.End:]) {
		return false
	}
	// "We admit seven days a week", "Admissions are open 7 days a week":
	// when people are taken in, not when the program meets.
	if admissionBefore.MatchString(s.lower[max(0, q.Start-48):q.Start]) {
		return false
	}
	// "Peer mentors co-lead two groups a week": the groups a
	// member of staff leads, some of the program's, not its days.
	switch wordBefore(s.lower, q.Start) {
	case "lead", "leads", "co-lead", "co-leads", "colead", "coleads", "facilitate", "facilitates", "co-facilitate", "co-facilitates":
		return false
	}
	// "A Typical Day (Weekdays)", "Sample Schedule: Weekdays": the days a
	// heading's timetable shows, not how many the program meets (a live-in
	// program's weekends run another timetable).
	if (qt == "weekdays" || qt == "weekday") && sampleDayHeading(s, q.End) {
		return false
	}
	// "anyone whose weekdays are spoken for", "keep your weekdays free":
	// someone's own days, not the program's.
	if qt == "weekdays" && (clientPossessive[wordBefore(s.lower, q.Start)] || wordBefore(s.lower, q.Start) == "whose") {
		return false
	}
	// "parents who share custody on weekdays": people's own weekdays, in
	// the clause that says who they are.
	if (qt == "weekdays" || qt == "weekends") && wordBefore(s.lower, q.Start) == "on" {
		// ("For parents who share custody, we meet on weekdays": the
		// provider's own days, past the comma.)
		if lo, _ := clauseBounds(s.lower, q.Start, q.End); hasWord(s.lower[lo:q.Start], "who") && !anyWordIn(s.masked[lo:q.Start], programNouns) {
			if k := lastIndex(s.lower[:q.Start], "who"); !strings.ContainsAny(s.lower[k:q.Start], ",;") && !firstPerson(s.lower[k:q.Start]) {
				return false
			}
		}
	}
	// "IOPs usually hold groups on weekdays in the evening or morning",
	// "sessions for a few hours on weekdays": the part of the week a
	// program keeps to, said with the part of the day or a vague amount,
	// not that it meets every weekday ("our IOP meets on weekdays", "from
	// 9 to 5 on weekdays" are the week's five days).
	// ("on weekdays during the daytime, from 9 a.m. to 3 p.m." keeps its
	// days: the clock says when each of them runs.)
	if qt == "weekdays" && wordBefore(s.lower, q.Start) == "on" && (partOfDayAfter.MatchString(s.lower[q.End:]) && !dayTimed(s) || vagueHoursBefore(s, q.Start)) {
		return false
	}
	// "which leaves one weekday free", "two days off", "with Tuesdays and
	// Thursdays reserved for outside appointments": days without
	// treatment, not a count of the program's.
	if w := wordAfter(s.lower, q.End); w == "free" || w == "off" || w == "reserved" {
		return false
	}
	// "Tuesdays stay free for school", "Friday remains open for
	// check-ups": the days left over.
	if daysLeftOpen.MatchString(s.lower[q.End:]) || noProgramOn.MatchString(s.lower[max(0, q.Start-40):q.Start]) {
		return false
	}
	// "Friday through Sunday: no group.": days labelled as without
	// meetings.
	if rest := strings.TrimLeft(s.lower[q.End:], " "); strings.HasPrefix(rest, ":") {
		switch wordAfter(rest, 1) {
		case "no", "none", "off", "closed", "free", "rest":
			return false
		}
	}
	// "The psychiatrist keeps clinic hours on Monday and Wednesday":
	// a clinic's days, not the program's.
	if pre := strings.TrimRight(s.lower[max(0, q.Start-40):q.Start], " "); strings.HasSuffix(pre, "clinic hours on") || strings.HasSuffix(pre, "office hours on") {
		return false
	}
	// "New PHP groups start every Monday", "you can begin any Tuesday":
	// the days one may start on, not the days the program meets.
	// ("IOP groups start every Monday, Tuesday and Thursday at 6 pm",
	// "Sessions begin every Tuesday at 9 am": when each day's meeting
	// starts.)
	// (The quantity may hold its "every": "every Monday".)
	// ("For PHP, groups begin every Monday": one day named, no clock
	// time, is when clients start; no program meets one day a week.
	// "Our PHP orientation is every Monday" is the orientation's.)
	// (Only of an IOP or a PHP: an outpatient or aftercare group may meet
	// once a week.)
	if named && startsOn(s.lower[max(0, q.Start-30):q.Start], qt) && !clockOfDay.MatchString(s.lower) && (!meetingsStart(s.lower[max(0, q.Start-40):q.Start]) || oneDayNamed(qt) && namesIOPorPHP(s)) ||
		named && oneDayNamed(qt) && hasWord(s.lower[max(0, q.Start-40):q.Start], "orientation", "orientations") {
		return false
	}
	// "A two-day family retreat, held the first weekend of each month,
	// Saturday and Sunday", "Family weekend: Friday through Sunday,
	// every other month": an event's days, recurring monthly or less
	// often.
	if named && monthlyOrRarer(recurrenceAround(s.lower, q.Start, q.End)) {
		return false
	}
	// "…, and parents join one session a week", "caregivers come to one
	// session weekly", "when guardians attend the weekly sessions": the
	// family's sessions, not the program's days.
	if visitCount.MatchString(qt) || frequencyWord(q) && visitCount.MatchString(wordAfter(s.lower, q.End)) {
		lo, _ := clauseBounds(s.lower, q.Start, q.End)
		// ("Family therapy: one session per week" is the therapy's.)
		// (Only beside the program's own schedule, or on a page whose
		// program is for teens: "Parents attend three sessions a week" in
		// a program for mothers is its clients'.)
		if pre := s.lower[lo:q.Start]; hasWord(pre, "families", "family members", "caregivers", "guardians", "spouses", "partners", "loved ones") ||
			hasWord(pre, "parents", "parent") && (hasWord(pre, "also", "too") || i > 0 && s.qs[i-1].Per == quantity.Week || s.youngPage) {
			return false
		}
	}
	// "which leaves Tuesdays and Thursdays for appointments", "freeing
	// up weekends": the days left over, whatever they are left for.
	if leftOver(s.lower[:q.Start]) {
		return false
	}
	// "Tuesdays and Thursdays are \"home days\"": the days the program
	// does not meet.
	// (Not home days spent in the program another way: "Mondays and
	// Wednesdays are home days with a telehealth check-in, so clients
	// take part four days a week".)
	if daysOff.MatchString(s.lower[q.End:]) && !hasWord(s.lower[q.End:], "telehealth", "virtual", "virtually", "online", "video", "check-in", "take part", "attend", "attends") {
		return false
	}
	// "The schedule fills all seven days. Weekdays bring about five hours of
	// therapy": the weekdays as what the sentence is about, not how many
	// days a week anything meets.
	if strings.EqualFold(q.Text, "weekdays") && strings.TrimSpace(s.lower[:q.Start]) == "" && weekdaysAsSubject.MatchString(s.lower[q.End:]) {
		return false
	}
	// "every day, including Saturday and Sunday": days named among
	// the week's others, not a count of their own.
	if named && includedDays(s.lower, q.Start) {
		return false
	}
	// "What are your office hours? Monday through Friday, 8 a.m. to 6
	// p.m.": when the office is open.
	if officeQuestion(s.answers) || visitQuestion(s) || serviceWindowAsked(s) || serviceWindowSaid(s, q) {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	// ("We drove two hours there and two back, twice weekly": the trips
	// someone made, not the program's days.)
	if pre := s.lower[lo:q.Start]; hasWord(pre, "drove", "commuted", "flew") || strings.Contains(pre, "each way") || travelJustBefore.MatchString(pre) {
		return false
	}
	// "Our medical director sees patients on Tuesdays and Thursdays":
	// a staff member's days.
	// (How often one sees each client — "sees each client twice a
	// week" — is a meeting of its own, read elsewhere.)
	if named && staffSees.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "Your counselor will help you build a plan for Saturday and
	// Sunday": days planned for, not met on. "We … see clients Monday to
	// Saturday" on a page that names no program: the practice's days.
	// ("attend for five days (Monday to Friday) each week": a count of
	// days, its weekdays in an aside, is the week's still.)
	counted := q.Unit == quantity.Day && q.Per == quantity.Week && isNumberWord(leadingWord(qt, 0))
	if named && !counted && (wordBefore(s.masked, q.Start) == "for" || practiceSees.MatchString(s.masked[lo:q.Start]) && !namesProgram(s)) {
		return false
	}
	// "Our accredited school runs every weekday": a school's days beside
	// the program's. ("Our DWI school meets one evening a week" names a
	// service of its own, read as that.)
	if len(s.mentions) == 0 && schoolRuns.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "There are no groups Friday to Sunday", "We are closed Friday
	// through Sunday", "Nothing is scheduled Tuesday and Thursday": the
	// days the program leaves, not the ones it meets.
	if named && closedOn.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	if locationsEntry(s.block) || hoursHeading(s.block) || activityItem(s, q.Start) {
		return false
	}
	// "Andre Whitaker, LADC, teen group lead; Tuesday through Friday",
	// "Dr. Celeste Marr, PhD, program director; in the office Monday,
	// Tuesday and Thursday": a team page's line of one clinician and
	// the days they work.
	if named && clinicianDays(s.text, q.Start) {
		return false
	}
	// "She leads the Evening IOP on Monday and Thursday nights", "Anna
	// facilitates IOP on Mondays and Fridays", "She is with us Thursdays
	// and Fridays", "Office days: Tuesday and Wednesday": a bio's days of
	// one clinician.
	// ("Hannah provides medication management three days a week": a
	// clinician's service, counted too.)
	if named && (personWorksOn(s, lo, q.Start, personWorks) || officeDaysLabel(s)) || personWorksOn(s, lo, q.Start, personIn) ||
		personWorksOn(s, lo, q.Start, personServes) && !programBefore(s, lo, q.Start) {
		return false
	}
	// "offers free assessments six days a week": when intake is open, no
	// program's meetings.
	if intakeDays.MatchString(s.masked[lo:q.Start]) || appointmentsOffered.MatchString(s.masked[lo:q.Start]) || stepsHeldOn.MatchString(s.masked[lo:q.Start]) || shiftsOpen.MatchString(s.masked) {
		return false
	}
	// "a nurse practitioner visits four mornings a week": a visitor's
	// days. ("She joined Cedar Point in 2012 and sees PHP clients two
	// mornings a week": so are a clinician's in a bio; "Our team …
	// keeps things running Monday through Saturday" the staff's.)
	if staffVisits.MatchString(s.masked[max(0, lo-30):q.Start]) || personSees.MatchString(s.masked[lo:q.Start]) || peersMeet.MatchString(s.masked[lo:q.Start]) || peersCounted(s, q, lo, hi) || staffRunsOffice.MatchString(s.masked[lo:q.Start]) || staffDoesFor(s, lo, q.Start) ||
		staffWorks(s.masked[lo:q.Start]) || staffWeekBefore(s, q.Start) || sideStaffDays.MatchString(s.masked[max(0, lo-40):q.Start]) || serviceOpen.MatchString(s.masked[lo:q.Start]) ||
		// ("Counselors are on site from 3 to 10 p.m. on weekdays": when
		// staff are in; "… on weekdays to run the evening IOP" is when
		// the program meets.)
		staffHoursThen.MatchString(s.lower[lo:q.Start]) && !staffForProgram.MatchString(s.lower[q.End:]) {
		return false
	}
	// "Many clients go to the gym on Tuesdays and Saturdays", "On Tuesdays
	// and Fridays, most clients catch up on laundry": a client's own
	// week, no meeting of the program's.
	if everydayDays(s, q, lo, hi) {
		return false
	}
	// "He still meets two of his group members for coffee every
	// Saturday": friends' time together, no meeting of the program's.
	if socialMeal.MatchString(s.masked[lo:hi]) {
		return false
	}
	// "Our clinic offers buprenorphine and naltrexone. Visits are weekly
	// for the first month": how often a medication is managed, not the
	// days a program meets. ("Daily methadone dosing, 6 days a week" at
	// an opioid treatment program is how often its clients come.)
	if hasWord(s.masked[lo:q.Start], "visits", "visit", "appointments", "appointment", "check-ins") && anyIn(lowerASCII(s.block.Text), medicationWords) {
		return false
	}
	// "Do you drug test? / Yes, at random, about once a week", "clients
	// are tested weekly": how often someone is tested.
	// ("Our IOP includes drug testing and meets three days a week": the
	// program meets on them.)
	if hasWord(s.answers, testWords...) && !namesProgram(s) || hasWord(s.masked[max(lo, q.Start-30):q.Start], testWords...) && !meetsAfterLast(s.masked[max(lo, q.Start-30):q.Start], testWords) {
		return false
	}
	// "Once a week the nurse draws labs", "Three days a week staff take
	// your weight and vitals": a frequency opening its clause on the
	// checks that follow.
	if strings.TrimSpace(strings.Trim(s.masked[lo:q.Start], ",")) == "" && checksFollow(s.masked[q.End:hi]) {
		return false
	}
	// "The weekend IOP suits people who work weekdays", "clients who
	// work full-time Monday through Friday", "are employed Monday through
	// Friday": the clients' job, not the program. ("Members do step work
	// three days a week", "Our schedule works Monday through Thursday"
	// are the program's.)
	if clientsWork(s.masked, q.Start) {
		return false
	}
	// "Family visits are welcome on Saturdays and Sundays", "Visiting
	// hours 2–4 p.m. on Saturdays": the visitors' days.
	if hasWord(s.masked[lo:q.Start], visitorWords...) || strings.Contains(s.masked[lo:q.Start], "visits") && visitsReceived(s.masked[lo:hi]) {
		return false
	}
	// "The building opens at 8:30 a.m. on Saturdays and Sundays": when a
	// door opens, not the days the program meets.
	if buildingOpens.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "Sessions are held Monday, Wednesday and Friday; on the other
	// weekdays clients practise at home": the days the program leaves.
	switch wordBefore(s.masked, q.Start) {
	case "other", "remaining":
		return false
	}
	// ("laundry runs twice a week", "housekeeping comes on Fridays"; not
	// "Residents handle their own laundry, and groups meet five days a
	// week".)
	if hasWord(s.masked[max(lo, q.Start-20):q.Start], "laundry", "housekeeping") {
		return false
	}
	// ("Teens attend our on-site school all year and keep up their
	// credits. Classes meet four days a week": a school's classes.)
	// (Classes as the subject, opening the clause or after "and":
	// "Our IOP includes an education class three evenings a week" is the
	// program's.)
	if schoolClasses(s.masked[lo:q.Start]) && hasWord(lowerASCII(s.block.Text), "school", "schools", "academic", "academics", "credit", "credits", "teacher", "teachers") {
		return false
	}
	if openingHours(s, lo, hi, q.Start) || notMeetingBefore(s.masked[lo:q.Start]) || toursCounted(s, lo, q.Start) || hasWord(s.masked[max(lo, q.Start-24):q.Start], reviewWords...) || hasWord(s.masked[max(lo, q.Start-30):q.Start], houseWords...) || contactLine(s.text[lo:hi]) || addressLine(s.text[lo:hi]) || s.blockHoursLabel() || sentenceHoursLabel(s) ||
		transitTimetable(s, lo, q.Start) || testedBefore(s.masked[max(lo, q.Start-50):q.Start]) || curfewDays(s, lo, q.Start) {
		return false
	}
	// "Individual sessions are scheduled Monday through Friday between 8
	// a.m. and 7 p.m.": the window a session may be booked in, not the
	// days it meets.
	if hasWord(s.masked[lo:q.Start], "scheduled", "booked", "arranged", "appointments") && (betweenClock.MatchString(s.lower[q.End:hi]) || hasWord(s.masked[q.End:hi], "anytime", "any time")) {
		return false
	}
	// "present 24 hours a day, seven days a week" is round-the-clock
	// care spelled out, not a schedule of days.
	if _, e, ok := quantity.Supervision24x7(s.text[:q.Start]); ok && q.Start-e <= 6 {
		return false
	}
	// "four hours of treatment over five days of the week": after the
	// hours or sessions it shares out, "over" is "across", not "more than".
	if q.Qualifier == quantity.AtLeast && strings.HasPrefix(qt, "over ") &&
		hasWord(s.masked[lo:q.Start], "hours", "hour", "sessions", "therapy", "treatment", "programming", "groups") {
		q.Max, q.HasMax, q.Qualifier = q.Min, true, quantity.Exact
	}
	if n := weekendAdded(s, q) + plusDays(s, q); n > 0 {
		q.Min, q.Max = q.Min+n, q.Max+n
	}
	return true
}

func init() {
	register(KindSpec{
		ID: DaysPerWeek, Label: "days per week", Unit: "day", Units: dayUnits, Max: 7,
		Examples: []KindExample{
			// A frequency right after group therapy times the groups, not
			// the person named earlier in the list; meetings held one to
			// one are individual therapy.
			{"Our IOP\n\nOur clients book individual counseling with a clinician and group therapy on a daily basis.", "iop 5–7"},
			{"Our PHP\n\nAlongside groups, the PHP adds daily individual meetings with your primary clinician.", "individual-therapy 5–7"},
			{"Our PHP\n\nThe PHP meets five days a week, with individual meetings twice a week.", "php 5; individual-therapy 2"},
			// A bound on the amount of weekly care is no meeting once a
			// week.
			{"Day treatment\n\nInsurers rarely put a cap on the weekly care a PHP can give.", ""},
			{"Our IOP\n\nClients receive home visits from a case manager, and the IOP meets Monday, Wednesday and Friday.", "iop 3"},
			{"Our PHP\n\nOur PHP adds weekly vocational services to help clients return to work.", ""},
			{"Our IOP\n\nThere is a limit on the weekly individual therapy session of 50 minutes.", "individual-therapy 1"},
			{"Residential care\n\nResidents can receive visits on Saturday and Sunday afternoons.", ""},
			{"Our PHP\n\nOur PHP provides daily addiction services.", "php 5–7"},
			{"Our IOP\n\nMost health plans set a limit on weekly sessions for IOP clients.", ""},
			{"Residential care\n\nResidents can receive visits on Saturdays and Sundays from noon to 3 p.m.", ""},
			{"Our IOP\n\nThere is a limit on the weekly process group: no more than 12 members.", "group-therapy 1"},
			{"Our IOP\n\nClients in our in-home program receive visits three days a week from a nurse.", "iop 3"},
			{"Our IOP\n\nPatients receive visits from a family therapist on Mondays, Wednesdays and Fridays.", "iop 3"},
			{"Our IOP\n\nAlumni of our IOP are welcome at weekly recovery services held at the church.", ""},
			// A prescriber who "will meet with" each client is a person
			// met, not the program's days.
			{"Our PHP\n\nOur staff psychiatrist will meet with every client at least once weekly to adjust medication.", "other ≥1"},
			{"Family Visitation at Sunrise\n\nResidents take part in programming Monday through Friday from 8 am to 4 pm.", "residential 5"},
			// "Daily ... services" are the program's days; worship
			// services are not.
			{"Our PHP\n\nOur day program delivers daily clinical services to adults in crisis.", "php 5–7"},
			{"Residential care\n\nResidents may join weekly church services in town.", ""},
			// Multifamily therapy is the families' meeting, as the group is.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week.\n\nIn addition, parents must be willing to come to weekly multifamily therapy sessions with their teen.", "iop 3; other 1"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Teens and parents attend multi-family therapy once a week.", "iop 3; other 1"},
			// Walk-in hours are the door's, spelled with a hyphen or not.
			{"Outpatient services\n\nWe have walk in services Monday through Thursday from 9 am to 4 pm.", ""},
			// A bracket after a therapy's meetings times them.
			{"Our PHP\n\nOur PHP meets five days a week.\n\nWhat PHP includes\n\n- Routine individual therapy appointments (1-2 times weekly)\n\n- Group therapy every day", "php 5; individual-therapy 1–2"},
			// A line of nothing but the figure over a short caption naming
			// a meeting that is no program counts that meeting.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week.\n\nWhat to expect\n\nOnce a week\n\nFamily group for parents and teens", "iop 3; other 1"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week.\n\nThree days a week\n\nOur teen IOP groups", "iop 3; iop 3"},
			// Weekly care among the signs that one needs more is the care
			// found wanting.
			{"Our PHP\n\nOur PHP runs five days a week.\n\nSigns you need a higher level of care include missing weekly sessions.", "php 5; op 1"},
			{"Our PHP\n\nOur PHP runs five days a week.\n\nSigns that you need more care include poor attendance at weekly sessions and new cravings.", "php 5; op 1"},
			// What happens each day, asked about, counts no days.
			{"Choosing an IOP\n\nBefore you enroll, have the intake staff explain what happens on a daily basis, and what hours you keep.", ""},
			{"Choosing an IOP\n\nFind out what happens each day and how many hours you will attend.", ""},
			{"Our IOP\n\nHere is what happens every week: our IOP meets three days a week.", "iop 3"},
			// Applicants for a place in the program are its clients;
			// applicants for a job are staff.
			{"Our Programs\n\nApplicants accepted into our IOP attend three days a week.", "iop 3"},
			{"Careers\n\nApplicants for our IOP counselor opening work four days a week.", ""},
			{"Our Programs\n\nApplicants for the tech role cover our IOP four days a week.", ""},
			// Weekly care found wanting, "but" more is needed: the level
			// below, not the program's week.
			{"Day treatment\n\nWeekly therapy sessions are useful, but many clients find they need more structured care.\n\nOur PHP runs five days a week.", "op 1; php 5"},
			// So is a "partial inpatient" program, a spun page's name for it.
			{"Levels of care\n\nPartial inpatient programs let clients sleep at home but ask them to attend treatment five days a week.", "php 5"},
			// A figure in brackets or after a dash right after a program's
			// name describes it, even a level the page's is set against.
			{"Our IOP\n\nOur IOP meets three days a week. It sits between conventional outpatient therapy (perhaps once a week) and residential care.", "iop 3; op 1"},
			{"Our IOP\n\nOur IOP is a step up from standard outpatient therapy (where sessions are held once a week).", "op 1"},
			// (Not a bracket naming another program's clients, nor "in
			// which case".)
			{"Intensive Outpatient Program\n\nOur IOP meets on the campus of our residential program (where IOP clients attend groups three evenings a week).", "iop 3"},
			{"Outpatient\n\nYou can step down to outpatient care after residential treatment (in which case you will attend one session a week).", "op 1"},
			// A likeness denied leaves what follows its colon to the level
			// held up.
			{"Intensive Outpatient Program\n\nIOP is nowhere near as intensive as residential care: round-the-clock support, seven days a week.", "residential 7"},
			// A pronoun after a fronted program frame stands for what
			// the sentence before had happen, not for the frame.
			{"How Often Is Individual Therapy?\n\nIn our residential program, individual therapy happens twice a week. In our IOP, it happens once a week.", "individual-therapy 2; individual-therapy 1"},
			{"Our Programs\n\nOur IOP is flexible. In our evening track, it meets three nights a week.", "iop 3"},
			// "intensive outpatient" care another program gives names no
			// IOP; an intensive outpatient program offered does.
			{"Levels of Care\n\nPHPs provide intensive outpatient treatment five days a week.", "php 5"},
			{"Our Programs\n\nOur PHP offers an intensive outpatient program as a step down, three evenings a week.", "iop 3"},
			// A line whose label names an attribute of the program above
			// ("Setting:"), not a phase, keeps its bare "outpatient" the
			// program's kind.
			{"Intensive Outpatient Program at a Glance\n\nProgram: Intensive outpatient\nSetting: Outpatient, three evenings a week", "iop 3"},
			// A concession that names the program its main clause's
			// clients attend keeps it.
			{"Our Programs\n\nOur center runs a PHP and an IOP.\n\nAlthough the IOP is part-time, clients attend 4 days a week.", "iop 4"},
			// A frequency before a meeting of its own is not the group's
			// that a joined noun phrase names.
			{"Outpatient Care\n\nRoutine outpatient treatment usually involves a weekly therapy visit and a support group.", "op 1"},
			{"Outpatient Care\n\nOutpatient care usually means a support group and a weekly therapy session.", "op 1"},
			// Care someone cannot take up is not what the figure is about.
			{"Day Treatment\n\nAdults who want daily support but cannot enroll in inpatient care can join our day program.", "php 5–7"},
			{"Evening IOP\n\nOur IOP suits people who are unable to attend residential treatment because of work. It meets 3 evenings a week.", "iop 3"},
			// Care named only as not residential is no residential care:
			// a kind of its own heading the clause, or the page's program
			// it describes.
			{"Treatment Options\n\nResidential programs suit people who need round-the-clock care. Non-residential programs meet a few hours a day, three days a week.", "other 3"},
			{"Treatment Options\n\nResidential stays last 30 days, while non-residential programs meet three days a week.", "other 3"},
			{"Intensive Outpatient Program\n\nNon-residential programs like ours meet three days a week.", "iop 3"},
			{"Our IOP\n\nOur IOP is a non-residential program that meets three days a week.", "iop 3"},
			{"Day Treatment\n\nOur PHP is for adults leaving residential care. This non-residential program meets five days a week.", "php 5"},
			{"Our IOP\n\nOur IOP meets three days a week. Below it is regular outpatient counseling — typically one session a week.", "iop 3; op 1"},
			// Day/night treatment is a partial program.
			{"Levels of care\n\nDay and night treatment lets people live at home and meets at least four days per week.", "php ≥4"},
			// "Typical" outpatient care is the usual outpatient level.
			{"Day treatment\n\nOur PHP asks far more of clients than typical outpatient care, where groups may meet just once or twice a week.", "op 1–2"},
			// A program run in business hours keeps its days; an office
			// open then does not have any.
			{"Partial Hospitalization Program\n\nPHP runs during business hours, Monday through Friday, so plan on a full day.", "php 5"},
			{"Partial Hospitalization Program\n\nOur office is open during business hours, Monday through Friday.", ""},
			// Day-patient care is the day level; a daycare, for children
			// or elders, is none.
			{"Our day-patient service\n\nPatient timetable: Monday to Friday 10am-4pm.", "php 5"},
			{"Our clinic\n\nOutpatient counselling is weekly. Day-patient treatment can involve up to 5 full days a week.", "op 1; php ≤5"},
			{"Family support\n\nParents can use the on-site daycare from 9 to 3, Monday to Friday.", "other 5"},
			{"Family support\n\nThe on-site day care program for children runs five days a week.", "other 5"},
			{"Family support\n\nParents in our IOP can use the daycare service three days a week.", "iop 3"},
			// A line that only says a place's hours follow times no
			// program.
			{"Day service\n\n- Address: 12 Elm Road\n- Office Hours/Visiting Hours:\n\nMonday to Friday 8am – 6pm.\n\nPatient timetable: Monday to Thursday 10am-1pm.", "other 4"},
			// The days a resident must be home by a time are a curfew's.
			{"House rules\n\nCurfew\n- First month: home by 10:00 p.m. Sunday–Thursday and 11:00 p.m. Friday and Saturday", ""},
			{"Our sober homes\n\nResidents must be back by 11 p.m. Monday through Friday.", ""},
			{"Our residential program\n\nResidents must be in the house by 10 pm Sunday through Thursday, and by midnight on Friday and Saturday.", ""},
			{"Our residential program\n\nCurfew: Sun.–Thurs. 10 pm; Fri.–Sat. midnight.", ""},
			{"Our sober homes\n\nCurfew for the first month: Sunday – Thursday, 10 pm; Friday – Saturday, 11 pm. After the first month: Sun. – Thurs. 11 pm; Fri. – Sat. 1 am.", ""},
			{"Our IOP\n\nOur IOP sets no curfew. Its groups meet Monday through Friday.", "iop 5"},
			// The post's days, a resident's leave and the hours one may
			// drop in for an assessment are no one's meeting days.
			{"Our residential program\n\nMail days at the residence are every Monday and Thursday.", ""},
			{"Our sober homes\n\nResidents without a job must be out of the house Monday through Friday from 9 a.m. to 2 p.m.", ""},
			{"Our residential program\n\nResidents may earn day passes on Saturday and Sunday of their fifth week.", ""},
			{"Inpatient treatment\n\nFor an assessment, you can drop in between 9 a.m. and 11 a.m., Monday through Friday.", ""},
			// A bare "Hours:" after the place a paragraph gives is that
			// place's; the program's own line keeps its days.
			{"Inpatient treatment\n\nTo start, walk in to our assessment office at 22 Elm Street, Dayton. Hours: 8-10 am Mon-Fri, and 2-4 pm Mon, Wed, Fri.", ""},
			{"Evening IOP\n\nOur evening IOP meets at 40 Main Street, Dayton. Hours: Monday through Thursday, 6 p.m. to 9 p.m.", "iop 4"},
			// A program the sentence refers clients to is another's.
			{"Intensive Outpatient Program\n\nBrookfield offers IOP only. Our group meets three evenings a week downtown, and our intake team can refer you to a trusted PHP partner if you need more.", "iop 3"},
			// A list of the program's meetings before the count is the
			// program's week, whatever therapy the list names last.
			{"Intensive Outpatient Program\n\nClients attend group therapy, individual counseling and relapse-prevention classes three times per week.", "iop 3"},
			{"Intensive Outpatient Program\n\nClients attend relapse-prevention classes and individual counseling three times per week.", "iop 3"},
			{"Intensive Outpatient Program\n\nOur IOP meets three days a week, individual therapy once a week.", "iop 3; individual-therapy 1"},
			// ("one on one" without its hyphens names the kind of session,
			// not one of them.)
			{"Our IOP\n\nBetween groups, your counselor sees you for one on one sessions during the week.", ""},
			{"Our residential program\n\nGroup therapies are held five mornings a week.", "group-therapy 5"},
			// A short name of another level in brackets after a program's
			// name says which level the provider's program is.
			{"Our programs\n\nOur day treatment (IOP) meets three afternoons a week.", "iop 3"},
			{"Our programs\n\nOur day treatment (PHP) meets five days a week.", "php 5"},
			{"Partial Hospitalization\n\nThe next step after inpatient (PHP) meets five days a week.", "php 5"},
			// A level joined to one a need denies is denied with it, and
			// is no subject of the figures after it.
			{"Partial Hospitalization\n\nOur PHP serves adults.\n\nIt suits clients who no longer need detox or residential care but would gain from a program that offers daily monitoring.", "php 5–7"},
			// A program behind "for" that only says who the figure is for
			// leaves the figure with the program it follows.
			{"Next steps\n\nClients usually continue in our IOP, three evenings a week for residential clients and two for PHP clients.", "iop 3"},
			// The week may come several words after the hours it shares
			// out over days.
			{"Our IOP\n\nOur IOP offers 9-12 hours of care per week, usually conducted across 3 to 4 days.", "iop 3–4"},
			// A condition under "may not be a good fit if:" is no schedule.
			{"Day care at Alder Bend\n\nOur PHP meets five days a week.\n\nOur PHP may not be a good fit if:\n\n- You can come in only 2 days a week", "php 5"},
			// Weekly care a relative clause says the program outdoes is
			// the level below, not the program's week.
			{"Our IOP\n\nOur IOP meets three days a week. It gives a kind of structure that weekly therapy cannot match.", "iop 3; op 1"},
			{"Our IOP\n\nOften the traditional once-a-week therapy approach cannot give enough support.", "op 1"},
			{"Our PHP\n\nOur PHP meets daily. For teens who have tried weekly therapy with little to show for it, our PHP can be the next step.", "php 5–7; op 1"},
			// (Visits for a medication dose are no program's days.)
			{"Opioid treatment\n\nOur outpatient clinic offers methadone and counseling. Jo comes to the clinic five days a week to pick up her daily dose.", ""},
			{"MAT IOP\n\nClients in our MAT IOP come in three days a week to receive medication-assisted treatment and group therapy.", "iop 3"},
			{"Our PHP\n\nOur PHP runs Monday through Friday. Teens spend two days at home each week with family.", "php 5"},
			// Days, where they are spent, then the week they recur in.
			{"Our PHP\n\nYou will spend five days at our clinic each week.", "php 5"},
			{"Our PHP\n\nMost teens spend up to four full days here every week.", "php ≤4"},
			{"Our PHP\n\nClients spend five days on site a week and go home each evening.", "php 5"},
			{"Detox\n\nClients spend 5 days in detox, then a week in our PHP.", ""},
			// Weekly care opening a sentence on what it is defines the
			// level below, whatever program the sentence sets beside it.
			{"IOP or counseling?\n\nWeekly counseling is about an hour every seven days, while our IOP meets three evenings a week.", "op 1; iop 3"},
			{"Levels of care\n\nOur residential program is the most intensive level. The duration of our outpatient program varies with progress. Most clients attend twice a week.", "op 2"},
			// Spun copy's "extensive outpatient" program is the IOP, not
			// "extensive outpatient experience".
			{"Our clinic\n\nOur clinic has extensive outpatient experience; most clients come 2 days a week.", "other 2"},
			{"Day treatment\n\nOur PHP runs five or six days a week. Extensive outpatient programs usually meet 3 to 4 days a week.", "php 5–6; iop 3–4"},
			// A sentence opening on what a program costs or gives keeps
			// the page's program.
			{"Residential care\n\nOur residential program is the most intensive level. The purpose of an IOP is to step down from this level. Here, clients stay on site and attend groups seven days a week.", "residential 7"},
			// A sentence opening on "the core of" or "the defining
			// features of" a program is about that program.
			{"Levels of care\n\nStandard outpatient care means one session per week. The core of an intensive outpatient program is group work. Clients come four or five days each week.", "op 1; iop 4–5"},
			{"Our IOP\n\nOur IOP meets three evenings a week. We hear from clients at the end of their residential program. It meets on Mondays, Wednesdays and Thursdays.", "iop 3; iop 3"},
			{"Levels of care\n\nStandard outpatient care means one session per week. The defining features of an IOP are frequency and group structure. Clients come four or five days each week.", "op 1; iop 4–5"},
			{"Residential Treatment\n\nAt Alder House, nurses are on duty 24 hours, seven days a week.", ""},
			// "half day" after a count of days is how long each day is.
			{"Our programs\n\nEvening IOP – 3 days a week, half day", "iop 3"},
			{"Our programs\n\nOur IOP meets three days a week, a half day each time.", "iop 3"},
			{"Our programs\n\nDay treatment – 5 days a week, full day", "php 5"},
			{"Our IOP\n\nGroups meet on weekdays in the evening, for a few hours each time.", ""},
			// (A heading naming the days its sample day shows counts none;
			// one giving the days their hours is the week.)
			{"Residential Treatment\n\nA Typical Day (Weekdays)\n\nA full schedule keeps residents busy.\n\n- 7:00 a.m. Wake up", ""},
			{"Evening IOP\n\nIOP Schedule: Weekdays, 6-9 pm\n\nA full schedule keeps clients busy.", "iop 5"},
			{"Evening IOP\n\nIOP Schedule (Weekdays)\n\n6:00 pm check-in. 7:30 pm skills group.", "iop 5"},
			{"Our IOP\n\nGroups meet on weekdays in the evening; choose any 3 that fit your schedule.", ""},
			{"Our outpatient program offers not only individual therapy once a week but also a weekly family group.", "individual-therapy 1; other 1"},
			// A doctor's visits are no day of the program.
			{"Residential care\n\nEach teen on the unit gets nursing at any hour, weekly pediatrician visits and help with medications.", "other 1"},
			// A meeting to review one client's progress or plan is no
			// day of the program's, unless another clause holds it.
			{"Our IOP\n\nYou also have:\n\n- Weekly meeting with your care team to review progress and revise your treatment plan", "other 1"},
			{"Our IOP\n\nIn addition to groups, clients meet weekly with their care team to monitor progress on their treatment plan.", "other 1"},
			{"Our IOP\n\nClients meet with their therapist once a week to discuss progress.", "individual-therapy 1"},
			{"Our IOP\n\nTeens also meet with their behavior therapist twice a week.", "individual-therapy 2"},
			// A count before "weekly" counts the week's meetings.
			{"Our IOP\n\nClients join 6+ weekly skills groups.", ""},
			{"Our IOP\n\nEach client has 1+ weekly individual therapy sessions.", "individual-therapy 1"},
			{"Our IOP\n\nOur IOP meets two evenings a week to track progress in recovery.", "iop 2"},
			{"Our IOP\n\nThe IOP meets twice a week, and clients meet their counselor monthly to review progress.", "iop 2"},
			// A list right after a one-sentence paragraph that ends on
			// the program clients step down to tells of that program.
			{"Day Program\n\nEvery patient begins in our PHP.\n\n- Meets Monday to Friday with six hours of groups\n\nOnce the PHP is done, many clients later transition into our evening IOP.\n\n- Meets two or three days per week\n- Physician involvement", "php 5; iop 2–3"},
			{"Day Program\n\nThe PHP prepares you to transition to our IOP.\n\n- Meets five days a week", "php 5"},
			// A span of weekdays beside a range of days that fits in it
			// is when the days fall, not a second count.
			{"Our IOP\n\nThe IOP track runs on three to five days each week, Monday to Friday.", "iop 3–5"},
			{"Our IOP\n\nThe IOP meets Monday through Friday, 3 to 5 days a week.", "iop 3–5"},
			{"Our PHP\n\nOur PHP runs Monday–Friday (2-4 days a week for step-down clients).", "php 5; php 2–4"},
			{"Our IOP\n\nThe teen IOP has its groups five days each week, Monday to Friday.", "iop 5; iop 5"},
			// Days "of" a therapy are its days, also when a count of
			// another part follows after "and"; a list of parts with no
			// count between is the program's.
			{"Our IOP\n\nExpect two days per week of individual counseling and one day per week of family therapy.", "individual-therapy 2; other 1"},
			{"Our IOP\n\nThe IOP meets three days a week of individual therapy and group therapy.", "iop 3"},
			{"Our IOP\n\nThe IOP meets three days a week of group therapy and one to one counselling.", "iop 3"},
			{"Our IOP\n\nClients attend three days per week of group therapy and two sessions a month with a family therapist.", "iop 3"},
			// A line labelled by one group of the week, named by its
			// topic, is that group's; one named by whom it serves is a
			// track of the program.
			{"Our IOP\n\nWeekly schedule:\n\n- Adult group: 6:00-9:00 pm Mon, Wed, Thu\n- Teen group: 4:00-6:00 pm Tue, Thu", "iop 3; iop 2"},
			{"Our IOP\n\nWeekly schedule:\n\n- Skills group: 9:00 am to 11:00 am Mon, Wed\n- Mindfulness group: 1:00-3:00 Tue, Thu", "group-therapy 2; group-therapy 2"},
			{"Our IOP meets on weekdays, in the evening from 6 to 9 p.m.", "iop 5"},
			{"Our IOP\n\nUnlike inpatient rehab you attend just 3 days a week, so you can keep working.", "iop 3"},
			{"Our IOP\n\nUnlike going away to a residential rehab, our IOP members sleep in their own beds. They visit us 3-4 days a week for groups.", "iop 3–4"},
			{"Day Treatment\n\nDay programs keep a pace close to that of inpatient/residential care and usually run at least 5 days a week.", "php ≥5"},
			{"Our IOP\n\nIt is not a live-in program. It is also not just therapy once a week.", "op 1"},
			{"Our IOP\n\nOur IOP isn't only group counseling once a week.", "op 1"},
			{"Our IOP\n\nOur IOP is not just therapy: clients meet three times a week.", "iop 3"},
			{"Most IOPs hold groups on weekdays in the evening or morning.", ""},
			{"An IOP lets you keep your job while attending groups for a few hours on weekdays.", ""},
			{"In our PHP you attend from 9 to 5 on weekdays.", "php 5"},
			{"Our IOP meets on weekdays or weekends, as each client chooses.", ""},
			{"Our IOP keeps a few hours free for work, and on weekdays meets at six.", "iop 5"},
			{"Our PHP runs at least five days a week and sometimes up to seven days a week.", "php 5–7"},
			{"Our PHP runs at least five days a week, but up to seven days a week when clients ask.", "php 5–7"},
			{"Our PHP runs at least three days a week when working and up to six days a week if not.", "php ≥3; php ≤6"},
			{"Day programs meet at least 5 days each week but in some cases run up to 7 days a week.", "php 5–7"},
			{"Our PHP\n\nOur PHP consists of five treatment episodes per week, lasting six hours per episode.", "php 5"},
			{"Day Treatment for Anxiety\n\n- Time needed: 25-30 hours per week (usually 5-6 days)", "php 5–6"},
			{"Day Treatment for Anxiety\n\nYou tried weekly therapy, and one hour every seven days was not enough.", ""},
			{"What is IOP?\n\nOur IOP is a three-hour a day program held four times a week.", "iop 4"},
			{"Levels of care\n\n| Level | Days | Length |\n|---|---|---|\n| PHP | 5 days/week | 2 to 4 weeks |\n| SOP | 1–2 days/week | 8 to 16 weeks |\n\nCall us today.", "php 5; op 1–2"},
			{"Our IOP\n\nThe steps form a plan. This plan, when implemented on a daily basis, helps a sober life and gives a daily shape to sober living. IOP members meet in group three times weekly.", "iop 3"},
			{"Our IOP\n\nOur IOP totals 9 hours a week, usually as three 3 hour blocks.", "iop 3"},
			{"Our IOP\n\nThe morning and evening tracks are both three hours per day, MWF.", "iop 3"},
			{"Our MAT Program\n\nFirst phase\n- Meet with your medical doctor 1x per week\n- Join IOP groups three times a week", "other 1; iop 3"},
			{"What is IOP?\n\nIOPs often give 10 or more hours of care per week for 3 to 4 days.", "iop 3–4"},
			{"What is IOP?\n\nMost IOPs ask for at least 9 hours of care each week, often as 3, 3-hour sessions.", "iop 3"},
			// Another name a program is known by names no program of its own.
			{"Our Programs\n\nDay treatment, known in our state as Comprehensive Outpatient Care (COC) or partial hospitalization, runs 5 days a week for 5 hours each day.", "php 5"},
			{"Our Programs\n\nDay treatment, also called comprehensive outpatient treatment, meets 5 days a week.", "php 5"},
			{"Our Programs\n\nDay treatment (PHP) is also commonly referred to as \"intensive outpatient care\" and meets at least five days a week.", "php ≥5"},
			{"Our Programs\n\nDay treatment, known in our state as adult addiction comprehensive outpatient care, runs 5 days a week.", "php 5"},
			{"Our Programs\n\nOur IOP, known as a step down from PHP, meets 3 days a week.", "iop 3"},
			// A group that is the aftercare's own is the aftercare's.
			{"Recovery Center\n\nWe offer residential and outpatient treatment.\n\nAftercare consists of a weekly group led by a counselor.", "other 1"},
			{"Recovery Center\n\nWe offer residential and outpatient treatment.\n\nHarborview's alumni program is a weekly group for graduates.", "other 1"},
			{"Recovery Center\n\nWe offer residential and outpatient treatment.\n\nOur outpatient program adds a weekly group for families.", "op 1"},
			{"Our PHP meets at least five days a week, and some clients attend up to seven days a week.", "php ≥5; php ≤7"},
			// The page's program as a clause's subject, after another
			// program offered beside it, is what the next lines are about.
			{"Partial Hospitalization\n\nWe offer outpatient counseling for couples, and our day treatment program (PHP) is our fullest level of care.\n\nGroups meet four days a week.", "php 4"},
			// When someone new is seen is no program day.
			{"Our IOP\n\nOur IOP meets three evenings a week.\n\n- Free assessments Monday through Friday", "iop 3"},
			// Groups a day for some days, in a sentence about the week,
			// count the week's days; days attended, each as long as said,
			// are the week's; a bracket may name the program a count of
			// days is.
			{"Our IOP\n\nOur IOP is a 12-hour weekly program: three groups a day for 4 days.", "iop 4"},
			// Up to seven days "of attendance" are the week's.
			{"Levels compared\n\nBy contrast, an IOP is lighter, asking for about two to four days of attendance.", "iop 2–4"},
			{"Day Treatment\n\nFinishing the PHP takes 30 days of attendance.", ""},
			// "Most intensive outpatient option" with its article left off
			// is a superlative, no IOP.
			{"Types of programs\n\nPartial Hospitalization Program (PHP)\n\nMost intensive outpatient option, also known as day treatment. Attend treatment most of the day, 5-6 days per week.", "php 5–6"},
			// "once-a-week therapy" is weekly therapy.
			{"Our IOP\n\nOur IOP meets four days a week, a big step up from once-a-week therapy.", "iop 4; op 1"},
			{"Our IOP\n\nOur IOP meets four days a week, far more than once-per-week counseling.", "iop 4; op 1"},
			{"What to expect in an IOP\n\nSigns you may need an IOP:\n\n- Slow progress in once-a-week therapy\n- Trouble at work", ""},
			// A count of the week's meetings before "weekly".
			{"Telehealth IOP\n\nThe online IOP offers three weekly two-hour groups.", "iop 3"},
			{"Telehealth IOP\n\nThe online IOP offers several weekly two-hour groups.", ""},
			{"Our IOP\n\nClients join two groups a day for 3 days during orientation.", ""},
			{"Day program\n\nIt holds several groups a day for 5 days, plus one private session during the week.", "php 5"},
			{"Day program\n\nOur PHP requires four days of attendance for a full day, so plan ahead.", "php 4"},
			{"Our programs\n\nThe clinic runs a four-day (IOP-4) track.", "iop 4"},
			// A lead-in to several levels: each item's level carries to the
			// items after it; "low intensity outpatient" is the level
			// below IOP.
			{"Outpatient care\n\nOur outpatient program has 2 levels of care:\n\n- Intensive Outpatient (IOP)\n- Clients attend groups 3 evenings a week.\n- Low Intensity Outpatient (LIOP)\n- Clients meet once a week.", "iop 3; op 1"},
			{"Outpatient care\n\nOur outpatient program includes:\n\n- Groups on relapse prevention\n- Sessions 3 evenings a week.", "op 3"},
			// One outpatient program a relative clause describes is its
			// own, not the page's day program.
			{"Day program\n\nWithout our PHP, people would step down from a hospital stay into an outpatient program that meets three times a week.", "op 3"},
			// ASAM's fourth edition calls Level 2.5 high-intensity
			// outpatient treatment.
			{"Levels of care\n\nHigh-intensity outpatient treatment usually meets five days each week.", "php 5"},
			// A level opening its sentence with its own qualifier carries
			// to the next sentence, as a bare name does.
			{"Our programs\n\nOur IOP meets three times weekly. Basic continuing care is a step-down level for graduates. These groups meet twice weekly.", "iop 3; other 2"},
			// Days in brackets right after a week's hours spread them.
			{"Levels of care\n\n| Level | Time |\n|---|---|\n| Intensive outpatient | 10+ hours per week (4 days) |", "iop 4"},
			// "Here," after moving on to a program points at it.
			{"How care steps down\n\nIn PHP, you come in five days a week. After PHP, you would move to an IOP, which is more flexible. Here, you attend three evenings a week.", "php 5; iop 3"},
			{"How care steps down\n\nIn PHP, you come in five days a week. After PHP, you would move to an IOP. You still attend four days a week until then.", "php 5; php 4"},
			// "Following PHP," opening a sentence names the step before.
			{"Levels of care\n\nFollowing PHP, you would step into an IOP, which is more flexible. Here, you attend three evenings a week.", "iop 3"},
			{"Weekly schedule\n\nSee the following IOP timetable: groups meet three evenings a week.", "iop 3"},
			// The span of care as a whole is the program's, not the therapy
			// the sentence before named.
			{"Day treatment\n\nOur day treatment program is structured. Individual and group therapy, plus any medication needed.\n\nThe usual course of care is four days a week.", "php 4"},
			// Plans named by the provider: a "Level of care" row says which
			// level each column is.
			{"Our plans\n\n| | Basic | Plus |\n| Level of care | Standard outpatient | IOP |\n| Days per week | 1 | 4 |", "op 1; iop 4"},
			// A camp's days are recreation's, not the program's.
			{"Teen IOP\n\nTeens in our IOP come in on three afternoons a week. The day camp for siblings runs four days a week.", "iop 3; other 4"},
			// One-on-one time with a person is that person's meeting.
			{"Our IOP\n\nOur IOP gathers on three nights each week, and there is one-on-one time with a therapist about once a week.", "iop 3; individual-therapy 1"},
			// The days a week's groups fall within count none of them.
			{"Our IOP\n\nAny groups on Fridays? No. All of our IOP groups fall between Monday and Thursday.", ""},
			// A member of staff on site on some days keeps their hours,
			// not the program's.
			{"Our PHP\n\nOur PHP meets five days a week. Our psychiatric provider is at the clinic on Mondays and Wednesdays.", "php 5"},
			// A figure set right after a program named inside the clause
			// is that program's; after a fronted phrase it opens the main
			// clause.
			{"Teen PHP\n\nOur teen PHP meets Monday through Friday. Each teen then moves down to our after-school IOP, two afternoons a week, before going back to weekly counseling.", "php 5; iop 2"},
			{"Teen PHP\n\nOur teen PHP meets Monday through Friday. After our IOP, two afternoons a week go to school catch-up.", "php 5; php 2"},
			// A sober house's rule for whatever program residents choose
			// is no program's schedule; a definition of the kind is.
			{"Birchwood Sober Living\n\nHouse rules\nEach resident is expected to attend an outpatient program at least four days a week.", "other ≥4"},
			{"Birchwood Sober Living\n\nTreatment nearby\nBroadly speaking, an intensive outpatient program meets three to five days a week.", "iop 3–5"},
			// What kind of provider an organisation is sets no topic when
			// its sentence goes on to a program.
			{"Newsroom\n\nLarchfield Health, a detox and residential operator since 2009, has opened a morning intensive outpatient program. The new program meets four mornings a week.", "iop 4"},
			{"About us\n\nAcme Recovery is a residential treatment center on the coast. Clients meet with the nursing team five days a week.", "residential 5"},
			// A clinician with a bracketed aside before "who sees you" is
			// still a visit; figures bracketed right after individual
			// sessions are theirs, though a program is named inside.
			{"Day program (PHP)\n\nOur PHP runs Monday through Friday.\n\nWho you will work with\n- A staff psychiatrist (MD or DO) who sees you once a week\n- Your own counselor for individual sessions (three sessions a week during PHP)", "php 5; other 1; individual-therapy 3"},
			// The staff's weekly meeting and a prescriber's visits are none
			// of the program's days.
			{"Day program (PHP)\n\nOur PHP meets five days a week. Progress is reviewed at a weekly care-team meeting.", "php 5"},
			// The days people are taken in are no days the program meets.
			{"Day program (PHP)\n\nWe admit 7 days a week.", ""},
			{"Day program (PHP)\n\nCall us: we admit new patients seven days a week.", ""},
			// (So do interviews or intake appointments held on days.)
			{"Our residential program\n\nWe run a 9-month residential program. Interviews for new residents are held Monday-Friday between 10:00 am and 4:00 pm.", ""},
			{"Our IOP\n\nIntake appointments are scheduled 7 days a week.", ""},
			{"Partial Hospitalization\n\nAssessment groups are held four days a week in our PHP.", "php 4"},
			{"Our IOP\n\nOur groups are held Monday through Thursday from 6 to 9 pm.", "iop 4"},
			// A visit to the care team by its name, or to a psychiatric
			// provider, once or twice a week.
			{"Day program (PHP)\n\nOur PHP meets four days a week. Clients also meet with a member of the nursing staff once a week to go over their medications.", "php 4; other 1"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. The program includes:\n- Medication management\n- Weekly visits with a psychiatric provider", "iop 3; other 1"},
			{"Teen day program (PHP)\n\nOur PHP meets five days a week.\n\nStaffing\nTwo counselors lead each group of eight. Each teen gets seen by an adolescent psychiatrist at least two times a week.", "php 5; other ≥2"},
			// A dietitian or a case manager met is no program day either.
			{"Day program (PHP)\n\nOur PHP meets five days a week. Clients also meet with a registered dietitian once weekly to plan meals.", "php 5; other 1"},
			{"Day program (PHP)\n\nClients meet with a dietitian, a therapist and a psychiatrist in our PHP five days a week.", "php 5"},
			// A visit "with" the person, and a title the program or the
			// unit owns ("the unit's psychiatrist"), are the same meeting.
			{"Teen day program (PHP)\n\nOur PHP meets five days a week. Teens visit with the unit's psychiatrist twice a week on rounds.", "php 5; other 2"},
			{"Day program (PHP)\n\nClients attend for at least five days in each week.", "php ≥5"},
			// The therapy held with one person; the week's programming and its day's hours.
			{"Residential care\n\nEach resident has individual therapy with a coordinator (a therapist) twice weekly.", "individual-therapy 2"},
			{"Residential care\n\nResidents attend group therapy with their peers five days a week.", "residential 5"},
			{"Residential care\n\nWeekly programming starts at 6 am, runs through the day, and ends by 9 pm.", ""},
			{"Aftercare\n\nWeekly programming includes one alumni group.", "other 1"},
			{"Residential care\n\nClients in treatment here are seen by a therapist twice each week.", "individual-therapy 2"},
			{"Residential care\n\nEach patient sees the care team two times a week for psychiatry rounds.", "other 2"},
			{"Residential care\n\nResidents attend 12-Step program meetings three times a week.", "support-group 3"},
			{"Intensive outpatient\n\nOur IOP meets three times a week (instead of having weekly groups).", "iop 3; other 1"},
			// Contact with one person of the staff, named as contact.
			{"Day program (PHP)\n\nOur PHP meets Monday through Friday.\n\nPsychiatrist contact at least three times a week.", "php 5; other ≥3"},
			{"Evening IOP\n\nYou will have contact with your therapist twice a week.", "individual-therapy 2"},
			{"Day program (PHP)\n\nOur PHP offers contact with peers five days a week.", "php 5"},
			{"Day program (PHP)\n\nOur PHP meets five days a week. Clients see the program's nurse practitioner once a week.", "php 5; other 1"},
			// Members of the treatment team met a few times a week are
			// one person's visits at a time, not the program's days.
			{"Residential care\n\nResidents live on site. They meet with members of their care team two or three times a week.", "other 2–3"},
			{"Day program (PHP)\n\nOur PHP meets five days a week. Expect to meet with your treatment team twice a week to review your plan.", "php 5; other 2"},
			{"Residential care\n\nResidents live on site and meet with some members of the treatment team at least twice each week.", "other ≥2"},
			// (The clinical team met on the program's days is the program.)
			{"Evening IOP\n\nIOP clients meet with our clinical team three evenings a week.", "iop 3"},
			{"Day program (PHP)\n\nClients meet with their therapist and a psychiatrist in our PHP five days a week.", "php 5"},
			{"Evening IOP\n\nIn our IOP, clients meet with a nutritionist three days a week for supported meals.", "iop 3"},
			// Bible study's evenings are its own; drop-in sessions
			// "available" without "is", and a therapy available at a level,
			// are no schedule of the program's.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Bible study is held two evenings a week in the chapel.", "iop 3; other 2"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Drop-in sessions available six days a week for IOP clients.", "iop 3"},
			{"Day program\n\nOur PHP meets five days a week. Family therapy is available in the PHP level of care (one day a week).", "php 5"},
			{"Day program\n\nRather than one day a week, as in outpatient counseling, our PHP meets every weekday.", "op 1; php 5"},
			// (Nor the days attended after the meeting.)
			{"Day program (PHP)\n\nIn our PHP, clients meet with a dietitian and attend groups five days a week.", "php 5"},
			{"Evening IOP\n\nOur IOP meets three days a week, where clients meet with a case manager, a therapist and peers.", "iop 3"},
			// "Everyday" before a noun is the adjective.
			{"Evening IOP\n\nOur evening IOP is where treatment meets everyday routines, three nights a week.", "iop 3"},
			// Care a program is said to go beyond is held up, not spoken of.
			{"Teen day program (PHP)\n\nOur PHP is for teens whose needs reach beyond what an IOP can provide, though they can still sleep at home.\n\n| | Younger group | Older group |\n| Days | Mon – Fri | Mon – Fri |", "php 5; php 5"},
			// Time of one's own with a clinician is individual care.
			{"Our IOP\n\nOur IOP meets four days a week. Each client also gets individual time once a week.", "iop 4; individual-therapy 1"},
			// A site's office days under where it is are no program's.
			{"Weekly counseling\n\nOur outpatient group meets twice a week.\n\nFind us\n410 Alder Road, Suite 2. Late appointments until 8 p.m. Tuesday through Friday.", "op 2"},
			// Weekdays as the sentence's subject count no days.
			{"Residential care\n\nThe schedule fills all seven days a week. Weekdays bring about five hours of therapy.", "residential 7"},
			// The days staff work, right after "work a", are theirs.
			{"Join our team\n\nOur IOP meets 6 to 9 p.m., so therapists work a Tuesday to Saturday schedule.", ""},
			// A group meeting its therapist is the program meeting.
			{"Our IOP\n\nThe IOP group meets with a licensed counselor four evenings a week.", "iop 4"},
			// A therapist with a word of licence or role is still the
			// person met.
			{"Our IOP\n\nOur IOP meets three evenings a week. Each client also meets with a licensed therapist once a week.", "iop 3; individual-therapy 1"},
			// A program in brackets closed before the figure is an aside.
			{"Our programs\n\nOur IOP (not the same as our five-day PHP) meets three days a week.", "php 5; iop 3"},
			{"Teen residential\n\nOur on-site school is state accredited, and classes meet Monday through Thursday.", ""},
			{"Intensive Outpatient\n\nWe offer weekly counseling and an intensive outpatient program. Our most intensive outpatient level meets four days a week.", "iop 4"},
			// (On the PHP's own page the provider's top outpatient level is
			// the PHP.)
			{"Day program (PHP)\n\nOur most intensive outpatient level: full days, Monday through Friday, and home each night.", "php 5"},
			// The first end of a range of kinds of care.
			{"Choosing care\n\nOutpatient care spans a wide range, from one session once a week to whole days on a hospital unit.", ""},
			// (So near the sentence's start too.)
			{"Choosing care\n\nCare ranges from one session once a week to full days in a hospital.", ""},
			{"Our IOP\n\nOur IOP runs from Monday to Thursday, which covers a range of needs.", "iop 4"},
			// A column of care after the programs is none of them.
			{"Compare our programs\n\n| | IOP | PHP | Aftercare |\n|---|---|---|---|\n| Days a week | 3 | 5 | 1 |", "iop 3; php 5; other 1"},
			// A school's classes, a program's figures in brackets after its name.
			{"Teen residential\n\nTeens attend our on-site school all year and keep up their credits. Classes meet four days a week.", ""},
			{"Our PHP\n\nMost clients then step down to our IOP (two days a week, four hours a day) and keep their jobs.", "iop 2"},
			{"Intensive Outpatient\n\nOur IOP meets three days a week. Graduates of our IOP meet weekly.", "iop 3; other 1"},
			// "weekly" before "three-hour groups" with the days counted
			// says the groups recur; a fronted "Once a week" is the one
			// activity's the sentence names.
			{"Our IOP\n\nOur IOP is built around weekly three-hour groups on Monday, Wednesday and Thursday.", "iop 3"},
			{"Teen IOP\n\nTeen IOP meets three afternoons a week. Once a week the whole family meets with a clinician for a family session.", "iop 3; other 1"},
			{"Teen IOP\n\nTeen IOP meets three afternoons a week. A parent education group runs every Tuesday evening.", "iop 3; other 1"},
			{"Our IOP\n\nOur IOP meets three days a week. Our perinatal group meets once a week.", "iop 3; other 1"},
			// A short heading naming what the building keeps hours for heads
			// its times.
			{"Partial Hospitalization\n\nOur PHP runs Monday through Friday.\n\nLab draws\n\nSaturday and Sunday, 7 to 9 a.m.", "php 5; other 2"},
			{"Partial Hospitalization\n\nOur PHP runs Monday through Friday.\n\nVisiting\n\nSaturday and Sunday, 1 to 4 p.m.", "php 5; other 2"},
			// Plural days on which one starts or is admitted are when new
			// clients begin.
			{"Day Treatment\n\nOur PHP meets five days a week. The PHP starts on Mondays and Thursdays.", "php 5"},
			{"Evening IOP\n\nOur IOP meets Monday through Thursday. New members are admitted on Tuesdays and Fridays.", "iop 4"},
			{"Evening IOP\n\nOur IOP meets on Tuesdays and Thursdays.", "iop 2"},
			// A participle of attending after the program stepped to is
			// that program's.
			{"Day Treatment\n\nOur PHP meets five days a week. Later, most adults step down to our IOP, joining groups two evenings a week.", "php 5; iop 2"},
			{"Day Treatment\n\nOur PHP meets five days a week. Later, most adults move to IOP, attending four mornings a week.", "php 5; iop 4"},
			{"Levels\n\n- Day treatment (PHP): our most intensive outpatient option, five days a week", "php 5"},
			{"Residential Treatment at Tamarack Ridge\n\nPlenty of people start out in intensive outpatient care, which allows them to live at home.\n\nAt Tamarack Ridge you can keep your job while attending three evenings a week.", "iop 3"},
			// A verb joined by "and" shares its clause's subject.
			{"Our IOP\n\nOur IOP includes psychiatry appointments and meets three days a week.", "iop 3"},
			// A prescriber's visit on the line after a therapy's is its own.
			{"Our PHP\n\nEach week\nIndividual therapy: two sessions weekly\nPsychiatric follow-up: once weekly", "individual-therapy 2; other 1"},
			// Optional groups after a line on individual counseling are
			// not the counseling.
			{"Medication for opioid use disorder\n\nCounseling: for the first three months you have one 45-minute individual session a week with your own counselor.\nGroups: optional groups on budgeting and parenting run Monday and Wednesday afternoons.", "individual-therapy 1; other 2"},
			// A frequency right before a program's name is the
			// program's, whoever it is held with.
			{"Teen IOP\n\nOur teen IOP runs on three afternoons a week. After two months most teens go on to weekly outpatient therapy with a counselor of ours.", "iop 3; op 1"},
			// When a clinic takes appointments is no program's week.
			{"Outpatient counseling\n\nBoth of our offices see clients until 7:00 p.m. Monday through Thursday, and 9:00 a.m. to 1:00 p.m. on Saturdays.", ""},
			// A clinician met alone, whatever the title, before group on a
			// program night.
			{"Evening IOP\n\nOur evening IOP meets three nights a week. Each client also meets one-on-one with a certified addiction specialist once a week for 40 minutes, ahead of group on a program night.", "iop 3; individual-therapy 1"},
			// Nights counted are the program's, not the therapy's the
			// line before named.
			{"Our IOP\n\nWhat each week holds\nIndividual therapy: once a week, 50 minutes\n\nThree nights a week can feel like a lot at first.", "individual-therapy 1; iop 3"},
			// A group the page says is no IOP is not the IOP.
			{"The Deep Work Group\n\n- Meets once a week, Tuesday evenings, 5:30 to 7:00 p.m.\n\nIs this an IOP?\nNo. An IOP is a different level of care, with at least nine hours a week across three or more days.", "other 1; iop ≥3"},
			// The week's hours may follow what they are of.
			{"IOP guide\n\nOregon IOPs usually set aside 8 to 14 hours of care per week across two to four days; most run for 10 to 12 weeks.", "iop 2–4"},
			// (Unless it points back at the program.)
			{"Residential Treatment at Tamarack Ridge\n\nPlenty of people start out in intensive outpatient care, which allows them to live at home.\n\nAt Tamarack Ridge, it meets three evenings a week.", "iop 3"},
			// An event's days, held monthly or less often, are no week's;
			// a month-long program's are.
			{"Family program\n\n- A two-day family retreat, held the first weekend of each month, Saturday and Sunday, 9 a.m. to 3 p.m.\n- Family weekend: Friday through Sunday, every other month.", ""},
			{"Day treatment\n\nOur PHP meets Monday through Friday for about a month.", "php 5"},
			{"Evening IOP\n\nThe monthly rate covers our IOP Monday through Thursday.", "iop 4"},
			// A one-on-one with a counselor is individual therapy.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Once a week there is also a one-on-one with your therapist.", "iop 3; individual-therapy 1"},
			// A clinic's hours and a named clinician's days.
			{"Evening IOP\n\nOur IOP meets three evenings a week. The psychiatrist keeps clinic hours on Monday and Wednesday afternoons. Hannah provides medication management three days a week.", "iop 3"},
			// The days one may start on are no days of the program's.
			{"Day treatment\n\nOur PHP runs five full weekdays. New PHP cohorts begin every Monday, and teens can start any Tuesday.", "php 5"},
			{"Evening IOP\n\nIOP groups start every Monday, Tuesday and Thursday at 6 pm.", "iop 3"},
			{"Day treatment\n\nOur PHP runs five full weekdays. New PHP groups start every Monday.", "php 5"},
			{"Day treatment\n\nOur PHP runs five full weekdays. Enrollment opens every Monday and Wednesday.", "php 5"},
			{"Evening IOP\n\nFor the step-down track, treatment begins each Monday and Friday.", "iop 2"},
			// A schedule heading naming no program heads the page's
			// program's schedule, not the program named last before it.
			{"Intensive Outpatient Program\n\nMany clients step down to our IOP from our day program (PHP).\n\nYour weekly schedule\n\nYou attend three sessions a week.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets Monday and Wednesday evenings for ten weeks, plus a monthly family session.", "iop 2"},
			{"Evening IOP\n\nOur IOP meets Monday and Wednesday evenings. You also get a one-on-one with your clinician once a week.", "iop 2; individual-therapy 1"},
			{"Evening IOP\n\nOur IOP meets Monday and Wednesday evenings. Recovery coaches meet with each client once a week by video.", "iop 2; other 1"},
			{"Day treatment\n\nOur PHP runs Monday through Friday. PHP clients also meet with the medical director once weekly for medication checks.", "php 5; other 1"},
			// Weekly therapy listed beside a program is a kind of care,
			// outpatient care's once a week.
			{"Partial hospitalization\n\nOur PHP offers more structure than other outpatient care (an IOP or weekly therapy).", "op 1"},
			{"Day Treatment\n\nOur day treatment serves adults who need more support than can be provided at weekly or twice-monthly outpatient sessions.", "op 1"},
			// "Visit us Monday to Friday, 8:30 AM to 4:30 PM": when the office
			// takes visitors, no program's days or hours.
			{"Evening IOP\n\nVisit us Monday to Friday, 8:30 AM to 4:30 PM at our main office.", ""},
			// (Not "Hours are" saying no hours, nor a visit offered
			// after the program's own days.)
			{"Day treatment\n\nHours are set by your care team, and our PHP runs Monday through Friday.", "php 5"},
			// Weekly therapy among a program's own parts is its own.
			{"Day treatment\n\nOur PHP includes group therapy, psychiatric care and weekly therapy with your own counselor.", "individual-therapy 1"},
			// "Hours are …" opens a place's hours.
			{"Day treatment\n\nOur PHP helps adults. Hours are Monday through Friday, 8:30am to 4:30pm.", ""},
			// A program available on days runs on them; a phone line
			// available on days answers on them.
			{"Evening IOP\n\nThe program is available three to five days each week.", "iop 3–5"},
			{"Day treatment\n\nOur PHP programs are usually available on 5 or more days each week.", "php ≥5"},
			// Care said to be available, by phone or of another kind, is
			// no schedule of the program's.
			{"Day program\n\nCare is available seven days a week by phone for PHP families.", ""},
			{"Day program\n\nOur PHP meets five days a week. Medical care is available seven days a week.", "php 5"},
			{"Day program\n\nOur PHP meets five days a week. Child care is available three days a week for parents in the program.", "php 5"},
			{"Evening IOP\n\nOur intake line is available 6 days per week.", ""},
			// "The former" and "the latter" point at the first and the
			// last program named before, in their sentence or the one
			// before it.
			{"Partial hospitalization\n\nA PHP usually meets five days a week. Day programs ask more of you than standard outpatient care does. That is because the latter only asks you to come in once or twice a week.", "php 5; op 1–2"},
			{"Partial hospitalization\n\nPHP and standard outpatient care differ. The former meets five days a week, while the latter meets once or twice a week.", "php 5; op 1–2"},
			{"Partial hospitalization\n\nOur PHP is unlike an IOP or standard outpatient care, as the latter meets once a week.", "op 1"},
			{"Partial hospitalization\n\nPHP and standard outpatient care differ. Unlike the latter, our IOP meets three days a week.", "iop 3"},
			{"Intensive outpatient\n\nOur IOP is unlike PHP or standard outpatient care. The latter is flexible; groups here meet three days a week.", "iop 3"},
			{"Intensive outpatient\n\nStandard outpatient care and PHP are unlike our IOP. Our IOP group for the formerly incarcerated meets two days a week.", "iop 2"},
			// (A program named in the sentence itself is not one of the
			// sentence before's pair; copies for "both programs" keep
			// their programs.)
			{"Day treatment\n\nOur PHP meets five days a week, and our IOP is lighter. Our IOP, unlike the former, meets three days a week.", "php 5; iop 3"},
			{"Levels\n\nIOP vs PHP. Both programs offer group therapy, and the latter meets 5 days a week.", "iop 5; php 5"},
			{"Teen IOP\n\nGroups meet Monday, Wednesday and Friday. Tuesdays and Thursdays stay free for school.", "iop 3"},
			{"Teen IOP\n\nGroups meet Monday, Wednesday and Friday. There are no groups on Tuesdays and Thursdays, and the clinic is closed on Saturdays and Sundays.", "iop 3"},
			{"Our PHP\n\nPHP groups gather Monday, Wednesday and Friday; Tuesdays and Thursdays are reserved for counseling appointments.", "php 3"},
			{"Our programs\n\n- Evening IOP — Tue, Wed and Thu, 6:00–9:00 p.m.\n- Coping-skills group (outpatient) — Mondays 5:00–6:30 p.m., once weekly", "iop 3; op 1"},
			{"Evening IOP\n\nOur IOP meets two evenings a week, and clients get a one-on-one with their primary counselor every week.", "iop 2; individual-therapy 1"},
			{"Evening IOP\n\nOur IOP meets two evenings a week. Each client also sees the same counselor individually once a week.", "iop 2; individual-therapy 1"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nAftercare after IOP: one 60-minute group a week", "iop 3; other 1"},
			// What follows a program, on the program's page, is not the
			// program; what follows its start is.
			{"Evening IOP\n\nOur IOP meets three evenings a week. We suggest weekly therapy following IOP.", "iop 3; other 1"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Most people keep a weekly therapy slot after the IOP.", "iop 3; other 1"},
			{"Evening IOP\n\nClients meet four evenings a week after the IOP begins.", "iop 4"},
			// Days under a heading about visitors are the visits'.
			{"Residential care\n\nOur residential program runs seven days a week.\n\nVisitation\n\nTuesday and Thursday evenings, 6 to 8 p.m.", "residential 7"},
			// So are those of a page titled for its visiting schedule;
			// the program's own sentence there keeps its days.
			{"Visiting Schedule and Rules\n\nNorth Wing: Tuesdays and Fridays from 5-6 pm, Sundays from 1-2 pm", ""},
			{"Visiting Schedule and Rules\n\nOur residential program runs seven days a week.", "residential 7"},
			// (Short lines naming units between the visits' heading and
			// the days leave it in force; a heading of the program's
			// schedule ends it.)
			{"Visiting Hours and Guidelines\n\nFamilies may visit on the days and times below.\n\n1:00 – 2:00 p.m.\nAll Units\nRecovery Care Unit (RCU)\n\nMonday and Wednesday\n6 – 7 p.m.\nAll Units", ""},
			{"Visiting Hours\n\nFamilies may visit on the times below.\n\nAdult Unit\n\nMonday and Wednesday, 6 – 7 p.m.\n\nOur Program Schedule\n\nGroups meet Monday through Friday.", "other 5"},
			{"Visiting Hours\n\nFamilies may visit on Sundays from 1 to 3 p.m.\n\nPartial Hospitalization\n\nPatients attend Monday through Friday, 9 a.m. to 3 p.m.", "php 5"},
			{"Visiting Hours\n\nFamilies may visit on Sundays from 1 to 3 p.m.\n\nWomens Wing\n\nClients meet Monday through Friday, 9 a.m. to 3 p.m.", "other 5"},
			{"Our PHP\n\nNo visitors are allowed during program hours, which are:\n\n- Monday through Friday, 9 a.m. – 3 p.m.", "php 5"},
			{"Our PHP\n\nClients may visit the on-site gym during program hours, which are:\n\n- Monday through Friday, 8 a.m. – 2 p.m.", "php 5"},
			{"Our IOP\n\nGroups meet at these times, so plan family visits around them:\n\n- Monday through Friday, 9 a.m. – 1 p.m.", "iop 5"},
			// So are the items of a list whose lead-in speaks of visitors;
			// "visits to church" are outings.
			{"Who can visit?\n\nIf a resident says yes, relatives may come by during our visiting hours:\n\n- Tuesday and Thursday: 6 – 8 p.m.\n- Sunday: noon – 4 p.m.", ""},
			{"Our week\n\nWeekends include outreach and visits to church:\n\n- Saturday and Sunday: service projects", "other 2"},
			{"Residential care\n\nAfter the first week residents may receive visits from relatives on Tuesdays and Sundays from 2-4 pm.", ""},
			{"Our IOP\n\nOur IOP meets three days a week, with visits from a nurse each Monday.", "iop 3"},
			// (Not days the clause about the days off names itself.)
			{"Evening IOP\n\nOur IOP meets Monday through Thursday, as there is no group on Fridays.", "iop 4"},
			{"Evening IOP\n\nOur IOP meets four days a week, while the PHP does not meet on Fridays.", "iop 4"},
			// A section the page's program heads only as the step before
			// is about what follows it, up to the next heading.
			{"Evening IOP\n\nOur IOP meets Monday, Wednesday and Thursday evenings.\n\nAfter IOP\n\nWe help you keep up therapy once a week.\n\nHow to start\n\nWe meet three evenings a week.", "iop 3; other 1; iop 3"},
			// What follows a program's own first step is the program's.
			{"Evening IOP\n\nGroups meet three evenings a week after IOP orientation.", "iop 3"},
			// The program moved on to is what a pronoun or a bare figure
			// right after speaks of.
			{"Day Treatment\n\nMany patients start in our PHP and then step down to our IOP. They attend three evenings a week.", "iop 3"},
			// So does the time of the move, and a move from one program
			// into the next.
			{"Day Treatment\n\nOur PHP meets five days a week. Most patients move from PHP into our IOP within a month. At that point they attend three evenings a week.", "php 5; iop 3"},
			{"Day Treatment\n\nOur PHP meets five days a week. Patients step down to the IOP after a month. From then on, groups meet three evenings a week.", "php 5; iop 3"},
			{"Stories\n\nI began in the day program. Then I transferred to the evening IOP. Four nights a week, for ten weeks.", "iop 4"},
			// A short answer about a service asked of, held in a program,
			// is the service's.
			{"Day Treatment\n\nOur PHP meets five weekdays.\n\nHow often is family therapy?\n\nOnce a week in PHP.", "php 5; other 1"},
			{"Day Treatment\n\nOur PHP meets five weekdays.\n\nHow often are urine screens done?\n\nTwo times a week in PHP.", "php 5; other 2"},
			{"Day Treatment\n\nHow many days a week is the PHP?\n\nFive days a week in PHP.", "php 5"},
			// A client's own week outside treatment is no program's.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Plenty of clients hit the gym on Mondays and Fridays.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. On Saturdays and Sundays, most clients run errands.", "iop 3"},
			{"Teen IOP\n\nTeens keep their sports practice, because groups meet on Mondays and Wednesdays.", "iop 2"},
			// A prescriber's days with the program's patients, and a
			// visiting instructor's, are theirs; therapists leading groups
			// lead the program's.
			{"Day Treatment\n\nOur PHP meets Monday through Friday. Dr. Lind, our medical director, sees patients on Tuesdays and Fridays.", "php 5"},
			{"Day Treatment\n\nOur PHP meets Monday through Friday. A visiting art teacher leads the PHP studio group on Wednesdays and Fridays.", "php 5"},
			{"Evening IOP\n\nOur therapists lead groups on Mondays, Tuesdays and Thursdays.", "iop 3"},
			{"Stories\n\nShe went to PHP for two weeks, then to the evening IOP. \"Three nights a week, and I kept my job.\"", "iop 3"},
			{"Our team\n\nDr. Maya Chen, MD, medical director. Sees patients on Tuesdays and Fridays.", ""},
			{"Teen IOP\n\nTeens in our IOP, which meets three afternoons a week, often do homework on Tuesdays and Fridays.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nAfter IOP orientation\n\nGroups meet three evenings a week.", "iop 3; iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nAfter the IOP\n\nPatients usually continue with a dietitian and a therapist once a week.", "iop 3; other 1"},
			{"Day Treatment\n\nHow do I tell my doctor about treatment?\n\nYou attend three days a week in PHP.", "php 3"},
			{"Teen IOP\n\nTeens work on Tuesdays and Thursdays, when our IOP does not meet.", ""},
			// A specialty therapy is its own, not the individual sessions
			// named before.
			{"Residential care\n\nEach resident has one individual session a week. Art therapy is held on Mondays and Thursdays.", "individual-therapy 1; other 2"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. On Mondays and Saturdays, many clients volunteer at a shelter.", "iop 3"},
			{"Residential care\n\nEach resident has one individual session a week. Equine-assisted therapy is held on Mondays and Thursdays.", "individual-therapy 1; other 2"},
			// One day on which groups start, or orientation is held, is
			// when clients begin.
			{"Day Treatment\n\nOur PHP meets Monday through Friday. For PHP, groups begin every Tuesday.", "php 5"},
			{"Day Treatment\n\nOur PHP meets Monday through Friday. PHP orientation is every Monday morning.", "php 5"},
			{"Evening IOP\n\nIOP groups start every Monday, Tuesday and Thursday.", "iop 3"},
			{"Outpatient care\n\nOur outpatient group starts every Tuesday evening.", "op 1"},
			// The days a program does not meet are not its days.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Many teens work on Tuesdays and Thursdays, when we do not meet.", "iop 3"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. On Mondays and Fridays, when there are no groups, teens can see a tutor.", "iop 3"},
			{"Evening IOP\n\nFor most adults who keep working, our IOP is outpatient: nights are spent in your own bed, with group on four evenings a week.", "iop 4"},
			{"Evening IOP\n\nAfter the first month most people join a non-residential program: they sleep at home and come in on four evenings a week.", "iop 4"},
			// "Daily" before a meeting, beside a count of the days, is each
			// meeting day's: the count says how many.
			{"Day treatment\n\nClients participate in daily therapy, five days a week, six hours a day.", "php 5"},
			{"Evening IOP\n\nMost members come to the evening IOP three or four days a week, with daily sessions of about three hours.", "iop 3–4"},
			{"Our PHP\n\nOur PHP meets five days a week with daily groups running until mid-afternoon.", "php 5"},
			{"Our PHP\n\nOur PHP holds daily groups and meets weekdays only.", "php 5"},
			{"Our PHP\n\nIn our PHP, clients attend daily groups five days a week.", "php 5"},
			{"Our PHP\n\nThe PHP asks for daily attendance of 5/5.5 hours on weekdays.", "php 5"},
			// (Not days counted past another activity or program, nor
			// in another clause.)
			{"Our PHP\n\nOur PHP offers daily group therapy, while our IOP meets three days a week.", "group-therapy 5–7; iop 3"},
			{"Detox\n\nMedical detox includes daily groups and nursing checks, and the psychiatrist visits three days a week.", "detox 5–7"},
			{"Levels of care\n\nResidential clients join daily groups; outpatients come in two days a week.", "residential 5–7; op 2"},
			{"Our PHP\n\nOur PHP holds daily groups, plus individual therapy once a week.", "php 5–7; individual-therapy 1"},
			// How often clients are tested, and the days they work, are
			// not the program's.
			{"Evening IOP\n\nOur evening IOP meets three nights a week. Members leave a random urine specimen about once a week.", "iop 3"},
			// A frequency opening the clause on the checks a nurse makes is
			// the checks', not the days a resident is in treatment.
			{"Residential care\n\nResidents live on site. Twice a week the nurses draw labs before breakfast.", ""},
			{"Residential care\n\nResidents live on site. Four days a week staff record each resident's weight and vital signs.", ""},
			{"Day program (PHP)\n\nFive days a week, clients attend groups and give a urine sample.", "php 5"},
			{"Weekend IOP\n\nOur weekend IOP meets Saturday and Sunday mornings for parents who work weekdays.", "iop 2"},
			{"Weekend IOP\n\nOur weekend IOP suits nurses who work full-time Monday through Friday. Members give random UAs about twice a week.", ""},
			{"Evening IOP\n\nMembers of our IOP do step work three days a week. Our schedule works Monday through Thursday.", "iop 3; iop 4"},
			{"Evening IOP\n\nOur IOP includes urine testing and meets four days a week.", "iop 4"},
			// Care found wanting in other words is outpatient care, not the
			// page's program; ordinary counseling is the lightest level.
			{"Day treatment\n\nFor many people leaving residential care, dropping straight back to one counseling visit a week is too big a step down. Our PHP meets three days a week.", "op 1; php 3"},
			{"Intensive outpatient\n\nOur IOP meets three days a week. Afterwards most people step down to ordinary counseling, typically one session a week.", "iop 3; op 1"},
			// A place of weekly care held up after "than" is outpatient care.
			{"Our IOP\n\nWe built our IOP for adults whose recovery calls for more than a therapist's office once a week. Our IOP meets four days a week.", "op 1; iop 4"},
			{"Our IOP\n\nOur IOP is for people who have tried a therapist once a week and want more. It meets four days a week.", "op 1; iop 4"},
			{"Teen IOP\n\nWe built this for teens for whom one counseling appointment per week is no longer enough. It meets three afternoons a week.", "op 1; iop 3"},
			{"Teen IOP\n\nOur IOP meets three afternoons a week; parents join one session weekly.", "iop 3"},
			{"Evening IOP\n\nOur IOP serves people for whom a weekly therapy session is no longer enough. It meets three evenings a week.", "op 1; iop 3"},
			{"Evening IOP\n\nOur IOP is for adults who find one counseling visit a week not enough. It meets three evenings a week.", "op 1; iop 3"},
			{"Teen IOP\n\nOur IOP meets three afternoons a week, and parents attend one session each week.", "iop 3"},
			{"Teen IOP\n\nFamily therapy: one session per week, often by video.", "other 1"},
			// On a teen program's page the parents are family, however the
			// sentence puts them; guardians always are.
			{"Teen IOP\n\nOur IOP meets three afternoons a week.\n\nThings go best when parents reliably come to the weekly sessions.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Outcomes improve when guardians come to the weekly sessions.", "iop 3"},
			{"Mothers First IOP\n\nOur IOP is for mothers in early recovery. It meets four mornings a week. In the last month, parents come to one session a week as they step down.", "iop 4; iop 1"},
			// An outpatient counselor is the lightest level's.
			{"Partial hospitalization\n\nOur PHP meets Monday through Friday.\n\nWhat happens after I finish?\nGraduates can join our alumni group, and many continue with an outpatient counselor once a week.", "php 5; op 1"},
			// Ongoing counseling is the lightest level, not the program of
			// the section before.
			{"Harbor Fen\n\nPHP (partial hospitalization)\nA full-day program, Monday through Friday.\n\nOngoing counseling\nA counselor once or twice a week, for people finishing IOP.", "php 5; op 1–2"},
			// A service offered beside the program keeps its own count.
			// (Not the program's own parts: group therapy and what the program
			// itself provides stay the program's.)
			{"Intensive outpatient\n\nThe program also provides group therapy three days a week and individual counseling once a week.", "iop 3; individual-therapy 1"},
			// Ongoing counseling inside a program is part of it.
			{"Partial hospitalization\n\nPHP clients get ongoing counseling five days a week, six hours a day.", "php 5"},
			{"Our evening IOP\n\nOur evening IOP meets Monday through Thursday. We also offer individual and couples counseling during the day, usually one session a week.", "iop 4; individual-therapy 1"},
			{"Our evening IOP\n\nWe also offer individual counseling during the week, one session a week.", "individual-therapy 1"},
			// A hedge or "added" between a therapy and its count leaves the
			// count the therapy's.
			{"Evening IOP\n\nThe IOP runs four evenings a week, with individual therapy added once a week.", "iop 4; individual-therapy 1"},
			{"Evening IOP\n\nMembers come to group four nights a week, plus individual counseling roughly once a week.", "iop 4; individual-therapy 1"},
			{"Evening IOP\n\nEveryone in the IOP gets individual therapy typically twice a week.", "individual-therapy 2"},
			// A prescriber seen, named by the person, is no program's day.
			{"Day program\n\nWhat a week holds\n- Our PHP meets Monday through Friday\n- Appointments with your psychiatrist or the clinic's prescriber once or twice a week", "php 5; other 1–2"},
			{"Evening IOP\n\nOur IOP meets four evenings a week. Each client also has individual counseling, usually weekly, in 50-minute sessions.", "iop 4; individual-therapy 1"},
			// An appointment named after the program's days is no program the
			// sentence is about.
			{"Evening IOP\n\nThe IOP adds up to 10 hours a week. Groups run on Mondays, Wednesdays and Fridays after work, and each member also books therapy appointments as needed.", "iop 3"},
			// Outpatient care continued in after the program, with its sessions.
			{"Evening IOP\n\nOur IOP meets three evenings a week. After the IOP, most people remain in outpatient care with one or two appointments a week.", "iop 3; op 1–2"},
			// (Not when the program is named after the figure.)
			{"Evening IOP\n\nAfter detox, people continue in outpatient care with four sessions a week in our IOP.", "iop 4"},
			// (Not before the program's evenings.)
			{"Evening IOP\n\nOur IOP pairs process groups with individual therapy often three or four evenings a week.", "iop 3–4"},
			// Weekly care as one end of the range a program sits in is
			// outpatient care's.
			{"Our IOP\n\nIOP in brief\nSee an IOP as the option between weekly therapy and full-day care. Most IOPs meet three days a week.", "op 1; iop 3"},
			{"Evening IOP\n\nFamilies can choose between weekly IOP sessions and a residential stay.", "iop 1"},
			// A clinician named with what kind, doing their part, keeps
			// the days.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. A child and adolescent psychiatrist checks each client's medications once a week.", "iop 3"},
			// A label naming a meeting, then how often it meets.
			{"Evening IOP\n\nKey facts\nOne-on-one sessions: weekly, 45 minutes\nFamily therapy: every week", "individual-therapy 1; other 1"},
			{"Evening IOP\n\nKey facts\nBilling: weekly, by card", ""},
			// (Not "weekly" describing something else, nor a rate that
			// changes.)
			{"Evening IOP\n\nKey facts\nGroup therapy: weekly themes alternate\nIndividual counseling: weekly at first, then every other week", ""},
			// Group evenings and a counselor seen in a second predicate,
			// comma or not.
			// A group joined and pointed back at is what meets; members'
			// earlier programs are not.
			// (A family group runs beside the program; "It runs five days a
			// week" is the program again.)
			{"Partial hospitalization\n\nClients in PHP also attend a family group. It runs five days a week, 9 a.m. to 3 p.m.", "php 5"},
			{"Continuing care\n\nAlumni of our PHP and IOP can join a continuing-care group. It meets once a week for as long as it helps.", "other 1"},
			{"Our IOP\n\nOur IOP meets three days a week. Parents join a family group once a month. Most teens attend three days a week.", "iop 3; iop 3"},
			{"Evening IOP\n\nClients come to group three evenings a week and see a counselor once a week.", "iop 3; individual-therapy 1"},
			{"Evening IOP\n\nClients come to group three evenings a week, and see a counselor once a week.", "iop 3; individual-therapy 1"},
			{"Outpatient counseling\n\nMost clients meet with a counselor twice a week and join one group.", "individual-therapy 2"},
			// A fronted time joined by "and", or two subjects joined, is no
			// second predicate.
			{"Outpatient counseling\n\nTwice a week and more often in the first month, your counselor meets with you one-on-one.", "individual-therapy 2"},
			{"Teen outpatient\n\nOnce a week, teens and their parents meet with their therapist together.", "individual-therapy 1"},
			// "three weekly IOP sessions" counts three, not one.
			{"Weekend IOP\n\nThe Saturday group counts as one of your three weekly IOP sessions.", ""},
			// "…; it meets" is the clause before's subject, past people
			// named by their program.
			{"Our programs\n\nOur PHP shares a building with our IOP; it meets five days a week.", "php 5"},
			{"Our programs\n\nOur IOP pairs well with residential care; it meets two evenings a week.", "iop 2"},
			{"Our programs\n\nMany residents continue in our IOP after discharge; it meets three evenings a week.", "iop 3"},
			{"Our programs\n\nFollowing residential treatment, clients can join our IOP; it meets three evenings a week.", "iop 3"},
			{"Our programs\n\nLike our PHP, our IOP uses skills groups; it meets three evenings a week.", "iop 3"},
			{"Our programs\n\nDetox patients often continue in our PHP; it meets five days a week.", "php 5"},
			// A question about court-ordered outpatient care asks about
			// outpatient care, not the page's IOP.
			{"IOP FAQ\n\nHow many nights a week is IOP?\nOur IOP runs four nights a week.\n\nHow long is court-ordered outpatient?\nThe standard program is 16 weeks of group counseling, twice a week.", "iop 4; op 2"},
			// A question about the program's fit with a court order asks
			// about the program.
			{"IOP FAQ\n\nOur IOP meets three evenings a week.\n\nDoes your program satisfy court-ordered outpatient requirements?\nYes. It meets three evenings a week for twelve weeks.", "iop 3; iop 3"},
			// A slug in a path is no schedule; "24/7" and "Mon/Wed/Fri" are no
			// paths.
			{"Evening IOP\n\nSee /programs/is-iop-three-days-a-week/ for details. Our IOP meets Mon/Wed/Fri evenings.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets Tue/Thu/Sat-morning at the Elm Street office.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets two evenings a week. Read /why-iop-meets-five-days-a-week before you compare.", "iop 2"},
			// Care compared with a program is held up beside it; the next
			// section is still the program's.
			{"What is IOP?\n\nAn IOP gives 9 to 12 hours a week. That total is high compared with a single therapy appointment.\n\nWhat does a week look like?\nIn practice, most clients attend four days a week.", "iop 4"},
			// A therapy appointment is outpatient care.
			// Days given to recovery meetings are theirs, fronted after "on".
			{"Day treatment\n\nOur PHP meets Monday, Tuesday and Thursday. On Wednesdays and Fridays, clients go to recovery meetings of their choice.", "php 3; support-group 2"},
			// A staff member who joins the group is no program day.
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nOur team\nCounselors, and a psychiatrist who sits in on group one evening a week.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. A nurse practitioner joins the group one evening a week.", "iop 3"},
			{"Our programs\n\nCounselor-led outpatient — part time, two evenings a week", "op 2"},
			// One session a week with a named person is individual therapy.
			{"Evening IOP\n\nYour week\n• Groups Monday, Wednesday and Thursday evenings\n• One 50-minute session each week with your primary counselor", "iop 3; individual-therapy 1"},
			// Outpatient care said to be that session is the session.
			{"Levels of care\n\nOutpatient counseling typically means one session a week with a therapist, sometimes with a group added.", "op 1"},
			{"Levels of care\n\nRoutine outpatient care, for most people, means one session a week with a counselor.", "op 1"},
			// "daily" after the care attended, and kept to weekdays.
			{"Day treatment\n\nAdults in our PHP attend treatment daily.", "php 5–7"},
			{"Day treatment\n\nAdults in our PHP attend groups daily during the week.", "php 5"},
			// A program likened in an aside between commas is not the
			// sentence's.
			{"Levels of care\n\nIn our IOP, as with our PHP, adults meet 3 days a week.", "iop 3"},
			{"Levels of care\n\nClients in PHP, as in residential care, keep a schedule of five days a week.", "php 5"},
			// Days after the week's meetings, counted by no figure.
			{"Our IOP\n\nMembers join a few group sessions each week, usually on 3 or 4 days.", "iop 3–4"},
			// (Set off by a dash or a bracket as by a comma.)
			{"Our IOP\n\nMembers join a few group sessions each week—usually on 3 or 4 days—alongside work.", "iop 3–4"},
			// A pair of substances between "intensive" and "outpatient"
			// names the intensive level.
			{"State rules\n\nIntensive alcohol and drug outpatient treatment must run at least three hours a day, three days a week.", "iop 3"},
			// British and Australian copy spells a program's noun
			// "programme".
			{"Our day programme\n\nThe day programme runs three days a week for adults.", "php 3"},
			// A comma between "daily" and another adjective of the
			// meeting noun keeps the rate.
			{"Residential care\n\nResidents live on site and take part in daily, structured therapy groups.", "residential 5–7"},
			// A sober house named as where clients live is no program the
			// week after it is about.
			{"Partial hospitalization\n\nClients live at home or in a nearby sober living house and attend groups four days a week.", "php 4"},
			// A relative clause on a program held up beside the page's
			// times that program.
			{"Residential rehab\n\nResidential rehab often works better than outpatient programs that ask clients to come in 2-3 times a week.", "op 2–3"},
			// (The week may be named with "throughout" or "during"; the
			// opening days of a stay are no week's, whatever rate comes
			// later.)
			{"Our IOP\n\nOur IOP holds its groups throughout the week, typically across 3-4 days.", "iop 3–4"},
			{"Our PHP\n\nYour counselor reviews the plan with you after the first few days of care and it is updated weekly.", ""},
			{"Our IOP\n\nMembers join group sessions per week (typically 2 or 3 days) alongside work.", "iop 2–3"},
			{"Our IOP\n\nMembers join group sessions per week - typically on 4 days - alongside work.", "iop 4"},
			{"Our IOP\n\nThe program asks for treatment every week, often spread over four days.", "iop 4"},
			// A heading that names outpatient care on a page about it
			// heads its section, however long.
			{"Outpatient Care Near You\n\nMany people cannot leave work for inpatient treatment.\n\nHow Outpatient Counseling Programs Are Run\n\nMost programs offer at least three sessions per week.", "op ≥3"},
			{"Levels of care\n\nStandard outpatient (Level 1) involves one session a week with a counselor.", "op 1"},
			{"Levels of care\n\nTraditional outpatient therapy is typically one session per week with your therapist.", "op 1"},
			{"Teen IOP\n\nFor some teens a weekly therapy appointment is not enough support.", "op 1"},
			// A fact box's "Format:" line lists what the program is made
			// of; the box's schedule is still the program's.
			{"Day program at a glance\nFormat: Group therapy and weekly individual counseling\nSchedule: 5 days a week, 6 hours a day", "individual-therapy 1; php 5"},
			{"Day program at a glance\n\nModalities: DBT skills groups and family therapy\n\nSchedule: 5 days a week, 6 hours a day", "php 5"},
			// Abbreviated days keep their full stops.
			{"Evening IOP\n\nThe evening IOP meets Tues. and Thurs. from 6 to 9 p.m.", "iop 2"},
			// A prescriber's visits are no program days.
			{"Day treatment\n\nPatients come five days a week. A psychiatric provider sees you at least once a week.", "php 5; other ≥1"},
			// Days given to mutual-help meetings are theirs.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Many members keep Saturday and Sunday for recovery meetings.", "iop 3; support-group 2"},
			// The fellowships for families are mutual help too; a family's
			// sessions named by their treatment are the family's.
			{"For families\n\nOur IOP meets three days a week. Nar-Anon groups usually meet weekly in most towns.", "iop 3; support-group 1"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Each teen also attends one family-based treatment session every week.", "iop 3; other 1"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. Teens and a parent also attend one FBT session every week.", "iop 3; other 1"},
			// A court's driving class is no treatment program.
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nDUI classes\nHow long is DUI education?\nIt is a ten-week class. You attend one evening a week.", "iop 3; other 1"},
			{"Court programs\n\nOur 12-hour Risk Education class meets one evening a week for six weeks.", "other 1"},
			{"Day treatment and more\n\nOur PHP is our most structured program.\n\nDWI Services\nDrug and Alcohol Education: 16 hours, one evening a week for eight weeks.\nShort-Term Outpatient: one 90-minute group a week for twelve weeks.", "other 1; op 1"},
			{"Evening IOP\n\nOur IOP includes an education class three evenings a week, followed by group therapy. Our DWI school meets one evening a week.", "iop 3; other 1"},
			{"Evening IOP\n\nThe evening IOP meets Monday, Wednesday and Thursday for recovery support meetings and skills practice.", "iop 3"},
			// A contact block's hours are the office's; a fact box's, the
			// program's.
			{"Evening IOP in Dover\n\nIOP schedule\nOur IOP meets three days a week.\n\nAddress: 42 Birch Lane, Dover, DE 19901\nPhone: 302-555-0147\nHours: Monday to Thursday 8 a.m. to 9 p.m., Friday 8 a.m. to 4 p.m.", "iop 3"},
			{"Evening IOP in Dover\n\nOur IOP meets three nights a week.\n\nCall (302) 555-0147\n1200 Harbor Road, Suite 3\nMonday-Friday 8 a.m. to 6 p.m.", "iop 3"},
			{"Evening IOP in Dover\n\nOur IOP meets three nights a week.\n\nPhone: 302-555-0147\nMon-Fri 8:00 am - 6:00 pm EST", "iop 3"},
			{"Evening IOP in Dover\n\nOur IOP meets three nights a week.\n\nCall (302) 555-0147\nMonday - Friday 9 a.m. - 5 p.m. EST\nSaturday and Sunday 9:00 am - 1:00 pm EST", "iop 3"},
			{"Evening IOP in Dover\n\nOur IOP meets three nights a week.\n\nCall (302) 555-0147\n\nOffice Hours\n\nMonday - Friday 8:00 am - 8:00 pm", "iop 3"},
			// A program's own hours may name their zone.
			{"Virtual IOP\n\nOur virtual IOP meets Monday, Wednesday and Thursday, 6-9 pm EST.\n\nCall (302) 555-0147", "iop 3"},
			{"Evening IOP in Dover\n\nSchedule at a glance\n\nNights: Monday-Thursday\n\nHours: 6:00 to 9:00 p.m.\n\nPhone: 302-555-0147", "iop 4"},
			// Weekly therapy someone is stuck in or comes from is the
			// once-a-week care the program is held up against.
			{"Adult IOP\n\nOur IOP meets three mornings a week. Many clients come to us after months of feeling stuck in weekly therapy.", "iop 3; op 1"},
			// Brackets holding no figure of time keep the programs
			// together; a meeting beside the program's groups, or the
			// program's own, keeps the days the program's.
			{"Our programs\n\nIOP (one of three programs we run) and PHP meet five days a week.", "php 5; iop 5"},
			{"Evening IOP\n\nOn Mondays and Wednesdays, clients attend group and a recovery meeting.", "iop 2"},
			{"Day treatment\n\nEvery Monday and Friday, patients attend the support meeting for PHP, which is part of the day's schedule.", "php 2"},
			// Days opening a sentence about attending a mutual-help
			// meeting are the meeting's.
			{"Day treatment\n\nThe program runs Monday, Wednesday and Friday, 9 a.m. to 1 p.m. On Tuesdays and Thursdays, clients attend an AA or NA meeting in the community.", "php 3; support-group 2"},
			// Figures in words in brackets after each program are that
			// program's alone.
			{"Our programs\n\nResidential care is followed by PHP (five days a week) and IOP (three evenings a week).", "php 5; iop 3"},
			// FAQ answers: groups offered beside meeting alone, a schedule
			// after "but", a program's own hours asked for; a clinic's
			// heading, a staff's shift beside the program's week.
			{"Evening IOP FAQ\n\nDo I see a counselor alone or only in groups?\n\nGroups meet three evenings a week.", "iop 3"},
			{"Evening IOP FAQ\n\nCan I keep my job?\n\nYes, but groups meet up to four evenings a week.", "iop ≤4"},
			{"Day treatment FAQ\n\nWhat are your hours?\n\nMonday through Friday, 9 a.m. to 3 p.m. That's when the day program runs.", "php 5"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nSame-Day Clinic Hours\n\nMonday-Friday: 8:00 a.m.-4:00 p.m.", "iop 3"},
			{"Residential care\n\nOur residential program runs seven days a week.\n\nWeekend staffing: counselors are with clients Saturday and Sunday.", "residential 7"},
			{"Residential care\n\nOur residential program runs seven days a week. Our therapists are in the clinic Monday to Thursday.", "residential 7"},
			{"Day treatment\n\nOur PHP meets five days a week.\n\nDay treatment coverage: psychiatrist on site Tuesdays and Thursdays", "php 5"},
			// A part of a dash label's value labelled by a colon says
			// whose its days are; a heading or a label naming the program
			// is the program's.
			{"Evening IOP\n\nClinic hours - IOP groups: Mon, Wed, Thu 6:00-9:00 p.m.", "iop 3"},
			{"Residential care\n\nOur residential program runs seven days a week.\n\nResidential - Pharmacy: Mon-Fri 9:00 a.m.-5:00 p.m.", "residential 7"},
			{"Evening IOP\n\nIOP Clinic Hours\n\nMonday, Wednesday, Thursday: 6:00-9:00 p.m.", "iop 3"},
			{"Evening IOP\n\nIOP coverage: Monday, Wednesday and Thursday, 6:00-9:00 p.m.", "iop 3"},
			// A short answer to a question about meeting someone alone is
			// that meeting's; a limit conceded to a "Can I …?" is no
			// schedule; a question about the provider's hours is answered
			// with its door's.
			{"Evening IOP FAQ\n\nOur IOP meets four evenings a week.\n\nHow often do I meet with my counselor individually?\n\nOnce a week, for an hour.", "iop 4; individual-therapy 1"},
			{"Day treatment FAQ\n\nOur PHP meets five days a week.\n\nCan I step out for a doctor's visit?\n\nYes, with notice, but no more than once a week.", "php 5"},
			{"Evening IOP FAQ\n\nOur IOP meets three evenings a week.\n\nWhat are your hours?\n\nMonday to Friday 8 a.m. to 6 p.m. Evening groups begin at 6.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nFamily clinic hours - Weekdays: 8:00 a.m.-5:00 p.m.", "iop 3"},
			// A clinic's or a room's hours beside the program's days: the
			// label before a dash, a room "on site", a clinic's heading.
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nClinic hours - Mon-Thu: 8:00 a.m.-6:00 p.m. | Fri: 8:00 a.m.-2:00 p.m.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nLab on site: Mon-Fri 7:00 a.m.-11:00 a.m.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nHarbor Clinic hours\n\nMonday-Friday: 8:00 a.m.-4:00 p.m.", "iop 3"},
			// Seen "individually and in groups", the days are the program's.
			{"Day treatment\n\nIn our PHP, you work alongside your therapist four days a week individually and in groups.", "php 4"},
			// The counselor right before a frequency said to be seen
			// alone is individual therapy's.
			{"Evening IOP\n\nYou come to group three evenings a week, and your counselor at least once a week individually.", "iop 3; individual-therapy ≥1"},
			// The program's own days stay its own beside its family
			// therapy, its supervising physician, or a therapy that defines
			// it; one of its own sessions found wanting is the therapy's.
			{"Day program\n\nOur PHP meets every weekday and offers family therapy as well.", "php 5"},
			{"Day program\n\nOur PHP meets each weekday, with family therapy on Saturdays.", "php 5"},
			// "each weekday" beside a day's clock span, or after a visit
			// to the program's place, counts the days it is kept on; a
			// short span times one activity of the day.
			{"Day program\n\nOur PHP runs from 9 a.m. to 2 p.m. each weekday.", "php 5"},
			{"Evening IOP\n\nOur IOP is open from 6-9 pm on Monday, Wednesday, and Thursday evenings.", "iop 3"},
			// A heading speaking of "the program" is the page's own again
			// after a section that ended on the provider's other programs.
			{"Adult Partial Hospital Program\n\nOur partial hospital program helps adults with depression.\n\nWe also offer two intensive outpatient programs, which may suit some people better.\n\nHow does the program work?\n\nThe program runs on weekdays from 9 a.m. to 2 p.m.", "php 5"},
			// Support someone needs says when no program meets; support a
			// program offers does.
			{"Day program\n\nOur PHP is for adults who still need significant daily support after residential care.", ""},
			{"Day program\n\nOur PHP is for adults who need structure and daily support.", ""},
			{"Day program\n\nOur PHP is for adults who need steady, daily monitoring.", ""},
			{"Day program\n\nIn our PHP, clients need daily support groups.", "support-group 5–7"},
			{"Day program\n\nOur PHP offers structured daily support close to home.", "php 5–7"},
			{"Day program\n\nIn our PHP, adults who need more are offered daily support.", "php 5–7"},
			{"Evening IOP\n\nOur IOP is open to new clients Monday through Friday.", ""},
			{"Evening IOP\n\nOur IOP is open from 5 to 8 p.m. on Monday, Wednesday and Thursday evenings.", "iop 3"},
			{"Evening IOP\n\nOur IOP is available for intake assessments Monday to Friday, 8 am to 6 pm.", ""},
			{"Day program\n\nIn our PHP, clients come in each weekday from 9 to noon.", "php 5"},
			{"Day program\n\nIn our PHP you come to our riverside clinic every weekday.", "php 5"},
			{"Adolescent PHP\n\nTeens in our PHP come to Birchwood Center of Renewal daily.", "php 5–7"},
			{"Our IOP\n\nOur IOP asks for ten hours of group sessions every week.", ""},
			// Staff calling on clients keep days of their own.
			{"Residential\n\nStaff check in with residents on Monday, Wednesday and Sunday nights.", ""},
			{"Recovery house\n\nA paid staff member visits the house at least three days a week.", ""},
			{"Our IOP\n\nClients check in with staff on Monday, Wednesday and Friday.", "iop 3"},
			// Food given out each day is no day of the program.
			{"Our PHP\n\nClients attend Monday to Friday. Breakfast is provided each day.", "php 5"},
			{"Our residential program\n\nThree meals are served daily in the dining hall.", ""},
			{"Outpatient detox\n\nDuring outpatient detox you visit our treatment facility daily for medication.", "detox 5–7"},
			{"Our residential program\n\n- Morning meditation is from 7:30-8:30am each weekday.", ""},
			{"Day program\n\n- Medically supervised by a physician, five days a week", "php 5"},
			{"Outpatient counseling\n\nStandard outpatient care means individual counseling, most of the time once a week.", "op 1"},
			{"Evening IOP\n\nEven inside our IOP, one individual session a week isn't enough for some clients, so we add a second.", "individual-therapy 1"},
			// Days named as days off are not the program's.
			{"Day program\n\nOur PHP meets Monday, Wednesday and Friday. Tuesdays and Thursdays are \"home days\" for rest and errands.", "php 3"},
			{"Hybrid IOP\n\nOur hybrid IOP meets in person on Tuesdays and Fridays. Mondays and Thursdays are home days with an online check-in.", "iop 2; iop 2"},
			// A person met right before the figure, in a clause after the
			// program's own, is met that often: the program named earlier
			// does not take the meetings.
			{"Evening IOP\n\nThe program lasts ten weeks, and each client also sees an assigned counselor twice a week.", "individual-therapy 2"},
			{"Evening IOP\n\nThe program lasts ten weeks; every client meets with a primary clinician once a week.", "individual-therapy 1"},
			// So is one named before and met again by a pronoun.
			{"Evening IOP\n\nOur IOP meets four evenings a week. Each client is matched with a therapist and sees her once a week.", "iop 4; individual-therapy 1"},
			// Figures of what a sentence says is not the program are not
			// the program's.
			{"What counts as IOP\n\nA group that meets once a week for an hour is not really an IOP.", "other 1"},
			{"What counts as PHP\n\nAttending three days a week would not qualify as a PHP under most payer rules.", "other 3"},
			// A program fronted as what went before ("After the IOP, …")
			// does not own what comes after it; a part of it does ("After
			// IOP orientation, …").
			{"Adult IOP\n\nAfter IOP orientation, groups meet four evenings a week.\n\nAfter the IOP, most people continue with a counselor once a week.\n\nGroups run three hours.", "iop 4; other 1"},
			{"Adult IOP\n\nAfter the IOP, most people continue with a counselor once a week.\n\nGroups meet four evenings a week.", "other 1; iop 4"},
			// Visits, parcels, a school's days and days left unstructured
			// are no program's days.
			{"Residential care\n\nOur residential program runs groups six days a week.\n\nCan my family visit? Yes. Visiting is on Sunday afternoons and one weekday evening.", "residential 6"},
			{"Residential care\n\nOur residential program runs groups six days a week.\n\nCan parents send letters? Yes, twice a week.", "residential 6"},
			{"Teen residential\n\nGroups run six days a week. Our on-campus school runs Monday through Friday.", "residential 6"},
			{"Day program\n\nOur PHP meets Monday through Thursday. Fridays are left unstructured.", "php 4"},
			// The answer to a worry is the page's own.
			{"Evening IOP\n\nClients worry about their jobs, so our IOP meets four evenings a week after work.", "iop 4"},
			// Worrying less fears nothing.
			{"Evening IOP\n\nClients worry less once they see our IOP meets only three evenings a week.", "iop 3"},
			// When someone can be contacted is no meeting.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Questions? Contact our coordinator, Monday through Friday, 9 a.m. to 5 p.m.", "iop 3"},
			// Days a denial of meeting names are the ones the program leaves.
			{"Weekend IOP\n\nOur weekend IOP meets Friday through Sunday. No groups are held Monday to Thursday.", "iop 3"},
			{"Morning PHP\n\nThe PHP meets Monday through Friday. The building is closed Saturday and Sunday, and nothing is scheduled on holidays.", "php 5"},
			{"Evening IOP\n\nOur evening IOP meets four nights a week. Nothing happens on Friday and Saturday nights.", "iop 4"},
			// A mutual-help meeting is a support group's, not the IOP's.
			{"Evening IOP\n\nOur IOP meets Monday, Tuesday and Thursday. We also ask clients to go to a weekly mutual-help meeting they choose.", "iop 3; support-group 1"},
			// (Spelled out, or with no hyphen.)
			{"Evening IOP\n\nOur IOP meets three evenings a week. Twelve-step meetings are held on site five times a week.", "iop 3; support-group 5"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Clients can also join 12 step meetings six days a week.", "iop 3; support-group 6"},
			// A frequency a few words before aftercare is the aftercare's.
			{"Evening IOP\n\nMost people finish in ten weeks, then move to a weekly evening aftercare group.", "other 1"},
			// Nor are the program's days anyone else's under a name opening
			// on "Volunteers", on a "Center hours" line naming its groups,
			// after a label asking how often one attends, or given up to
			// attend.
			{"Volunteers of the Valley Recovery Services | Intensive Outpatient\n\nGroups meet three evenings a week, from 6 to 9 p.m.", "iop 3"},
			{"Evening IOP\n\nCenter hours: IOP groups Monday, Wednesday and Thursday, 6 to 9 p.m.; front office 9 to 5.", "iop 3"},
			{"Evening IOP\n\n- How often you will attend therapy: three days a week", "iop 3"},
			{"Evening IOP\n\nOur clients give up two evenings a week to attend the IOP.", "iop 2"},
			// One meeting a week found wanting is the level below.
			{"Evening IOP\n\nOur IOP is for adults for whom one therapy appointment a week isn't enough. It meets three evenings a week.", "op 1; iop 3"},
			// A heading naming a kind of care by how often it meets.
			{"Evening IOP\n\nWhat weekly therapy offers adults\n\nIt suits people who are fairly stable.", ""},
			// A therapy set beside its times, after a comma and a hedge.
			{"Evening IOP\n\nNearly every IOP includes individual therapy, usually once a week.", "individual-therapy 1"},
			{"Evening IOP\n\nMost IOPs add one-on-one counseling, most commonly once a week.", "individual-therapy 1"},
			// A list's staff and talks keep their own days.
			{"Evening IOP\n\nWhat the IOP includes\n- Groups four evenings a week\n- On-site psychiatric provider two days a week\n- Recovery talks twice a week", "iop 4"},
			// The staff's week is theirs only where the figure is: the
			// program's days said beside the staff stay the program's.
			{"Evening IOP\n\nBecause our staff schedule is set around working adults, the IOP meets Monday, Tuesday and Thursday evenings.", "iop 3"},
			{"Evening IOP\n\nIn our IOP, small groups and their counselors work through the workbook three evenings a week.", "iop 3"},
			{"Day program\n\nOur PHP clinicians work as a team five days a week with each patient.", "php 5"},
			{"Evening IOP\n\nIOP groups are led by a licensed counselor who comes in four evenings a week.", "iop 4"},
			{"Day program\n\nIn our PHP, classes and nursing evaluations are scheduled Monday through Friday.", "php 5"},
			// A client seen by someone else is not the program's days.
			{"Evening IOP\n\nIOP clients meet in group four evenings a week and are seen by their counselor every other week.", "iop 4"},
			// Two ways of attending offered as a choice are no one week.
			{"Hybrid IOP\n\nThere are three in-person days and three video days each week; each client picks one track.", "iop 3"},
			// A meeting priced is still a meeting.
			{"Alumni\n\nOur alumni group meets weekly at no cost to graduates.", "other 1"},
			// A price by the week is no meeting.
			{"Paying for IOP\n\nOur IOP meets three days a week. The IOP is invoiced at a weekly or group price.", "iop 3"},
			// A week counted in parts by the way each is attended is one
			// week: "two in-person days and one telehealth day weekly".
			{"Hybrid IOP\n\nOur hybrid IOP: two on-site days and two video days each week, three hours each.", "iop 4"},
			{"Hybrid IOP\n\nOur hybrid IOP has two in-person evenings and one online evening each week, three hours per evening.", "iop 3"},
			// A client seen one-on-one is in individual therapy.
			{"Evening IOP\n\nGroups meet four nights a week. Every client is also seen one-on-one by a licensed counselor once a week.", "iop 4; individual-therapy 1"},
			{"Stepping down\n\nOur PHP meets five days a week. Experts recommend stepping down gradually rather than going straight from residential care to a weekly therapy appointment.", "php 5; op 1"},
			{"Teen IOP opens\n\nThe director said groups will meet three afternoons a week after school.\n\n\"Parents tell us the only options were a counselor once a week or driving two hours,\" she said.", "iop 3; op 1"},
			{"Our team\n\nDr. Lee has led our IOP since 2016. She is at our clinic Tuesdays and Thursdays.", ""},
			{"Our IOP\n\nOur IOP falls between residential care and outpatient therapy and includes weekly individual therapy.", "individual-therapy 1"},
			{"Our programs\n\nPHP clients see their therapist individually twice a week; IOP clients, once a week.", "individual-therapy 2; individual-therapy 1"},
			{"Our IOP\n\nOur IOP meets no more than three days a week.", "iop ≤3"},
			{"Our programs\n\nPHP clients see their therapist individually twice a week; IOP clients once a week.", "individual-therapy 2; individual-therapy 1"},
			{"Our PHP\n\nOur PHP meets five days a week, two more days than our IOP.", "php 5"},
			{"Teen IOP\n\nTeens attend two afternoons a week. Each teen also has a private session with their therapist every week.", "iop 2; individual-therapy 1"},
			{"Our IOP\n\nOur IOP meets four mornings a week.\n\nAfter the program\n\nWe recommend our Monday continuing-care group, which meets once a week.", "iop 4; other 1"},
			{"Our programs\n\nOur PHP meets five days a week. Our IOP has a morning track and an evening track for clients stepping down from PHP. Both tracks meet three days a week.", "php 5; iop 3"},
			{"Our PHP\n\nDoes insurance cover outpatient care?\n\nMost plans cover our program. Clients attend four days a week for about four weeks.", "php 4"},
			{"Residential care\n\nResidents handle their own laundry, and groups meet five days a week.", "residential 5"},
			{"What comes after IOP?\n\nMost clients step down to standard outpatient therapy, usually one session a week, for a few more months.", "op 1"},
			{"Our IOP\n\nThe clinical team meets every Monday to review each client's plan.", ""},
			{"Weekend IOP\n\nClients and counselors meet every Saturday for a four-hour group.", "group-therapy 1"},
			{"Women's residential program\n\nEach woman meets her therapist twice a week.\n\nA typical week\nIndividual therapy: 1 session\nProcess groups: 10\nYoga: daily", "individual-therapy 2; individual-therapy 1"},
			{"Women's residential program\n\nTherapy\nIndividual therapy: 1 session\nProcess groups: 10", ""},
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nOur team\nLena leads the Evening IOP on Monday and Thursday nights.\nShe is with us Thursdays and Fridays.\nOffice days: Tuesday and Wednesday", "iop 3"},
			{"Teen IOP\n\nOur team\nAnna Lee, LCSW, runs the IOP Monday through Thursday.", "iop 4"},
			{"Our PHP\n\nProgramming works around school: PHP runs Monday, Tuesday and Wednesday in the summer.", "php 3"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Sheila Brandt, LCSW, runs the skills groups Monday through Wednesday.", "iop 3"},
			{"Teen IOP\n\nOur team\nDr. Lena Brandt, PhD, program director; in the office Monday, Tuesday and Thursday.\nMarco Ruiz, LADC, group lead; Tuesday through Friday.", ""},
			{"Eating disorder PHP\n\nOur PHP meets five days a week. A nurse checks weight and vital signs on weigh-in days, twice a week.", "php 5"},
			{"Adventure IOP\n\nAdventure IOP runs three days a week:\nTuesday and Thursday: groups at our office, 6 to 9 p.m.\nSaturday: outdoor session, 9 a.m. to noon", "iop 3"},
			{"Evening IOP\n\nOur IOP meets five days a week:\nTuesday and Thursday: groups at our office, 6 to 9 p.m.\nSaturday: family session, 9 a.m. to noon", "iop 5; iop 2"},
			{"Teen PHP at Brookfield\n\nOur teen PHP meets five days a week. Almost every client moves from PHP into our teen IOP, three afternoons a week for three hours.", "php 5; iop 3"},
			{"Teen PHP at Brookfield\n\nOur teen PHP meets five days a week. Most clients step down to our adolescent IOP, three afternoons a week, for two months.", "php 5; iop 3"},
			{"Partial hospitalization at Alder Creek\n\nOur PHP meets five days a week. Most clients step down to our IOP after three weeks, and then to outpatient sessions once a week.", "php 5; op 1"},
			{"Partial hospitalization at Alder Creek\n\nOur PHP meets five days a week. Later, clients move on to outpatient treatment once a week.", "php 5; op 1"},
			{"Partial hospitalization at Alder Creek\n\nOur PHP meets five days a week. Most clients step down to our IOP, and then to outpatient treatment (sessions, counselling) once a week.", "php 5; op 1"},
			{"Partial hospitalization at Cedar Hollow\n\nOur PHP meets five days a week. Most clients step down to our IOP after three weeks, and then to outpatient therapy once a week.", "php 5; op 1"},
			// (What the care moved to does, said after a comma.)
			{"Evening IOP\n\nOur IOP meets four evenings a week. Graduates move on to our outpatient program, running one or two times a week.", "iop 4; op 1–2"},
			{"Evening IOP\n\nOur IOP meets four evenings a week. Graduates then move to outpatient services, held once a week.", "iop 4; op 1"},
			{"Evening IOP\n\nWe offer a 3-day option for IOP clients who work full time.", "iop 3"},
			{"Our PHP\n\nPHP clients live in sober housing and attend treatment 6 hours a day, 5 days a week.", "php 5"},
			{"Our programs\n\nWe offer a PHP track and an IOP track. Both tracks meet four days a week.", "php 4; iop 4"},
			{"Authorizations\n\nMost plans approve PHP in 3- to 5-day blocks and IOP in 2- to 3-week blocks.", ""},
			{"Evening IOP\n\nOur evening IOP is a 4-day IOP for working adults.", "iop 4"},
			{"Our PHP\n\nCenter hours\n\nOur PHP runs Monday through Friday, 9 a.m. to 3 p.m.", "php 5"},
			{"Our IOP\n\nThe garage on Elm Street is free for clients, and groups meet Monday through Friday.", "iop 5"},
			{"Levels of care\n\nDetox is the first step before outpatient therapy, which meets once or twice a week.", "op 1–2"},
			{"Our PHP\n\nHours\n\nMonday to Friday, 8:00 a.m. to 6:00 p.m. (therapeutic day with meals and groups)", "php 5"},
			{"Our IOP\n\nOur IOP meets four evenings a week. Your counselor will help you build a plan for Saturday and Sunday.", "iop 4"},
			{"About Larkspur\n\nLarkspur Wellness is a small practice. We have been here for nine years and see clients Monday to Saturday.", ""},
			{"Our IOP\n\nGroups meet on Saturday and Sunday.", "iop 2"},
			{"Outpatient Programs at Harbor\n\n| Program | Days per week | Length |\n|---|---|---|\n| Virtual Outpatient | 2 | 12 weeks |", "op 2"},
			{"Our IOP\n\nCan my family visit me during IOP?\n\nThere is no need: our IOP meets three days a week and you live at home.", "iop 3"},
			{"Partial hospitalization\n\nPHP is the most intensive outpatient option: clients attend a full treatment day, five days a week.", "php 5"},
			{"Your path\n\nStep 2: IOP. Three days a week.\n\nStep 3: Outpatient aftercare. One 90-minute group a week.", "iop 3; op 1"},
			// The group a count and a length name may carry its kind.
			{"Your path\n\nStep 2: IOP. Three days a week.\n\nStep 3: Outpatient aftercare. One 90-minute relapse-prevention group a week.", "iop 3; op 1"},
			{"Our IOP\n\nOur IOP is built around smart recovery habits and meets three evenings a week.", "iop 3"},
			{"Our IOP\n\nOur IOP meets four days a week. Our nurse practitioner is onsite two days a week, and our psychiatrist is at our Elm Street clinic on Mondays.", "iop 4"},
			{"Residential care\n\nWhen can my family visit me?\n\nOn Saturdays and Sundays, after your first week.", ""},
			{"Our IOP meets in Larch Falls.\n\nFacility tours run Monday through Friday at 11 a.m.; call to book one.", ""},
			{"Our IOP\n\nWe hold information sessions for families on Tuesdays and Thursdays.", ""},
			{"Our IOP\n\nAfter your first tour, our IOP meets four days a week.", "iop 4"},
			{"Intensive outpatient\n\nWhen families hear \"outpatient\", they usually imagine one counseling visit a week. Our IOP meets four days a week.", "iop 4"},
			{"Our IOP, which families can tour any afternoon, meets four days a week.", "iop 4"},
			{"Residential care\n\nFamilies can tour the ranch Monday through Friday at 11 a.m.", ""},
			{"Outpatient counseling\n\nStandard outpatient care is two 45-minute sessions a week.", "op 2"},
			{"Our IOP\n\nEach client has one 50-minute individual session with their primary therapist every week.", "individual-therapy 1"},
			{"Our IOP\n\nOur IOP meets four days a week. A psychiatric nurse is at the center three mornings a week for medication checks.", "iop 4"},
			{"Residential care\n\nCan I have visitors?\n\nYes, on Saturdays and Sundays after your first week.", ""},
			{"Our PHP\n\nMost patients attend for three weeks. Your treatment team meets weekly to decide when you are ready to step down.", ""},
			{"Our PHP\n\nEvery patient is followed by a care team that meets daily to adjust the plan.", ""},
			{"Our PHP\n\nOur PHP meets five days a week, and the clinical staff hold weekly planning meetings to adjust each plan.", "php 5"},
			{"Our PHP\n\nOur PHP meets five days a week, and the team holds weekly family meetings.", "php 5; other 1"},
			{"Juniper Ridge\n\nLevels of care\n✔ Outpatient\n✔ Intensive outpatient\n✘ Partial hospitalization\n✘ Residential\n\nSchedule\nIntensive outpatient: 4 days/week, 3 hrs/day\nOutpatient: 1–2 sessions/week", "iop 4; op 1–2"},
			{"Outpatient Detox\n\nOutpatient detox patients visit the clinic every day, including Saturday and Sunday.", "detox 5–7"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Most people then step down to standard outpatient care, usually one or two sessions a week.", "iop 3; op 1–2"},
			{"Our IOP\n\nThe Wrenfield clinic has a prescriber on site Monday through Thursday.", ""},
			{"Programs\n\n- Intensive Outpatient (IOP): Tuesday and Thursday 6:00–9:00 p.m., plus Saturday 9:00 a.m.–12:00 p.m.", "iop 3"},
			{"Our PHP\n\nOur PHP runs five days a week. Clients attend four days per week, which leaves one weekday free for appointments.", "php 5; php 4"},
			{"About PHP\n\nA PHP usually means about 5 hours per day, 4 days per week, with nurses available during program hours.", "php 4"},
			{"Our IOP\n\nOur IOP team is here Monday through Friday, with walk-in hours from 9 a.m. to noon.", ""},
			{"Open positions\n\nNurse Practitioner – PHP (0.6 FTE)\nSchedule: three days a week, 8:30 a.m. to 4:00 p.m.", ""},
			{"A week in our IOP\n\nMonday, 6 p.m.: check-in, then a relapse-prevention group.\nFriday through Sunday: no group. You practise what you learned.", ""},
			{"Our programs\n\nEvening IOP\nSchedule: three evenings a week, 6 to 9 p.m.", "iop 3"},
			{"Our PHP\n\nPatients attend Monday, Wednesday and Friday, with Tuesdays and Thursdays reserved for outside appointments.", "php 3"},
			{"Our PHP\n\nProgram facts\n- Referrals accepted Monday through Friday, 8:00 a.m. to 4:30 p.m.", ""},
			{"Our PHP\n\nOur PHP is a referral-based program that meets 5 days a week, 9 a.m. to 3 p.m.", "php 5"},
			{"Medical Director's Message\n\nOur IOP is built around your week.\nSchedule: three evenings a week, 6 to 9 p.m.", "iop 3"},
			{"Peer Recovery Specialist Support Track\n\nOur IOP track for peers.\nSchedule: two evenings a week, 6 to 8 p.m.", "iop 2"},
			{"Our IOP\n\nGroups run on Mondays, Tuesdays and Thursdays, leaving Wednesdays and Fridays for work or school.", "iop 3"},
			{"Our PHP\n\nThe PHP meets four days a week, which frees up Fridays for family visits.", "php 4"},
			{"Our IOP\n\nFront desk hours: Monday–Friday, 8:00 a.m. – 6:00 p.m.", ""},
			{"Our IOP\n\nClinic: Monday–Friday, 7:30 a.m.–5:30 p.m. Nurse advice line: 24 hours a day.", ""},
			{"Our IOP\n\nVerify benefits: a benefits specialist will reply within one business day, Monday through Friday, 9 a.m. to 5 p.m.", ""},
			{"Our IOP\n\nOur IOP meets three evenings a week. Some clients then step down to the virtual outpatient group, which meets once a week.", "iop 3; op 1"},
			{"Our IOP\n\nA typical Cedar week has three or four group days, an individual session, and a medication check every two to four weeks.", "iop 3–4"},
			{"Our residential program\n\nFamily visits are welcome on Saturdays and Sundays from noon to 5 p.m.\n\n- Visiting hours: 2–4 p.m. on Saturdays and Sundays", ""},
			{"Outpatient Options\n\nNext, OP is offered two days a week for clients who finish IOP.", "op 2"},
			{"Our Eastside clinic\n\nThe clinic team includes two counselors and a psychiatrist two days a week.", ""},
			{"Our Eastside clinic\n\nOur outpatient team includes licensed counselors and a consulting psychiatrist three days a week.", ""},
			// Peers meeting the program's clients keep their own days.
			{"Evening IOP\n\nAlumni mentors\nTrained peer mentors meet current IOP clients twice a week in their final month.", ""},
			{"Evening IOP\n\nAlumni mentors\nTwice a week, volunteer sponsors from the community meet current IOP clients.", ""},
			{"Evening IOP\n\nAlumni mentors\nIOP clients meet their peer mentors twice a week.", ""},
			{"Evening IOP\n\nAlumni mentors\nPeer mentors meet with IOP clients twice a week, and the IOP itself meets three days a week.", "iop 3"},
			{"Evening IOP\n\nAlumni mentors\nPeer mentors meet with IOP clients twice a week and the IOP itself meets three days a week.", "iop 3"},
			{"Teen IOP\n\nA child and adolescent psychiatrist checks each client's medications once a week, and the IOP meets three days a week.", "iop 3"},
			{"Evening IOP\n\nPeer support specialists meet IOP participants twice a week. The IOP itself meets three evenings a week.", "iop 3"},
			// A prescriber meeting the program's clients is a visit of its own.
			{"Evening IOP\n\nOur IOP meets three evenings a week. The consulting physician meets IOP members once a week for medication checks.", "iop 3; other 1"},
			{"Our Tucson clinic\n\nHours: Mon–Fri 7:30 a.m.–8:00 p.m. · Sat 9:00 a.m.–1:00 p.m.", ""},
			{"Our virtual IOP\n\n- Live group: Monday and Wednesday evenings\n- 1:1 therapy: one video session each week", "iop 2; individual-therapy 1"},
			{"Our evening IOP\n\nOur IOP meets four evenings a week. Members also meet with an individual counselor every week.", "iop 4; individual-therapy 1"},
			{"Levels of care\n\nStandard outpatient\nTwo visits a week with a counselor, a good next step after IOP.", "op 2"},
			{"Our levels\n\nLevel\tDays a week\tHours a day\nPartial hospitalization\t5\t6\nIntensive outpatient\t3\t3", "php 5; iop 3"},
			{"Our IOP\n\nMany clients shift from PHP to our IOP and attend three days a week.", "iop 3"},
			{"Our IOP\n\nOur IOP meets three days a week.\n\n- Once a week, individual therapy sessions are held.", "iop 3; individual-therapy 1"},
			{"Our PHP\n\nOur PHP meets five days a week. Our psychiatrist is in on Mondays and Wednesdays.", "php 5"},
			{"Our PHP\n\nOur PHP meets five days a week.\n\nWhat are your office hours?\nMonday through Saturday, 8 a.m. to 5 p.m.", "php 5"},
			{"Our IOP\n\nPlan on about 12 hours a week: four days of treatment, each lasting three hours.", "iop 4"},
			{"Our Residential Program\n\n- Relapse-prevention process group every weekday\n- Individual counseling every week", "group-therapy 5; individual-therapy 1"},
			{"Our intensive outpatient program\n\nIndividual sessions\n\nEach client meets a therapist once a week.\n\nAttendance policy\n\nAttendance is required on all five weekdays.", "individual-therapy 1; iop 5"},
			{"Our IOP meets four days a week.\n\nIndividual counseling\n\nFrequency\n\nOnce a week, for about 50 minutes.", "iop 4; individual-therapy 1"},
			{"Intensive outpatient\n\nWhen families hear \"outpatient\", they usually expect it to be part-time; ours meets five days a week.", "iop 5"},
			{"Levels of care\n\nA partial hospitalization program asks for about 25 hours a week, typically five days.", "php 5"},
			{"Weekend IOP\n\nBuilt for parents and shift workers whose weekdays are already full.", ""},
			{"Our PHP\n\nOur PHP is right for adults leaving residential care who still need daily therapy.", "php 5–7"},
			{"Our PHP\n\nOur PHP is right for adults leaving residential care who still need daily therapy, or IOP clients whose symptoms are getting worse.", "php 5–7"},
			{"Our PHP\n\nOur PHP provides daily support and structure.", "php 5–7"},
			{"Our IOP\n\nMaximum flexibility: our evening IOP meets three days a week, so you can keep your job.", "iop 3"},
			{"Our PHP\n\nOur PHP meets five days a week. Family members are invited to a family group held every Thursday afternoon.", "php 5; other 1"},
			{"Our IOP\n\nEach client has an hour of individual counseling weekly plus an hour of family therapy weekly.", ""},
			{"Our IOP\n\nGraduates can join our alumni group, which meets every Saturday morning.", "other 1"},
			{"Our IOP\n\nParents join a multi-family group every Tuesday evening.", "other 1"},
			{"Our IOP\n\nOur IOP meets four evenings a week. A Spanish-speaking group meets every Wednesday at the north clinic.", "iop 4"},
			{"Our IOP\n\nOur IOP meets three days a week. Our men's group and our grief group each meet every Friday afternoon.", "iop 3"},
			{"Our IOP\n\nOur IOP groups meet every Monday.", "iop 1"},
			{"Our IOP\n\nOur IOP meets four days a week. Our clinic also prescribes buprenorphine; visits are weekly for the first month.", "iop 4"},
			{"Our IOP\n\nOur IOP meets four mornings a week.\n\n- DBT skills group, twice a week\n- Relapse prevention group, once a week", "iop 4"},
			{"Our IOP\n\n- Groups, three mornings a week\n- Individual therapy, once a week", "iop 3; individual-therapy 1"},
			{"Our residential program\n\nPhone calls home are allowed three times a week after the first 7 days.", ""},
			{"Our PHP\n\nOur PHP meets five days a week. Dr. Lund joined us in 2015 and sees PHP clients three mornings a week.", "php 5"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Our team also includes two coordinators who keep things running Monday through Saturday.", "iop 3"},
			{"Our IOP\n\nOur clinical team runs the IOP three evenings a week.", "iop 3"},
			{"Our IOP\n\n- Family session weekly.", "other 1"},
			{"Our IOP\n\nAfter IOP, clients join a weekly virtual aftercare group.", "other 1"},
			{"Our IOP\n\nOur office is open every Saturday.", ""},
			// A session with the client or the family is individual
			// therapy's.
			{"Our IOP\n\nEach client also attends at least one individual or family session every week.", "individual-therapy ≥1"},
			{"Outpatient Detox\n\nHours: Monday-Sunday, 8 a.m. to 6 p.m. | Call (555) 010-2200", ""},
			{"Evening IOP\n\nOur evening IOP is built for people who work during the day.\n\nHours: Monday through Thursday, 6 p.m. to 9 p.m.", "iop 4"},
			{"Careers\n\nOur residential unit provides round-the-clock care, so nursing shifts are 12 hours, three days a week.", ""},
			{"Our IOP\n\nDayton, OH | Mon-Fri 8am-8pm | Sat 9am-1pm", ""},
			{"Our IOP\n\nIn our IOP, clients meet with a therapist twice a week, and see a psychiatrist once a month.", "individual-therapy 2"},
			// "Intensive" with a word or two of kind before "outpatient"
			// is the intensive level; "another" outpatient program after
			// it is outpatient care itself; a comparison is no name.
			{"Outpatient services\n\nOur intensive evening outpatient program meets four evenings a week.", "iop 4"},
			{"Outpatient services\n\nOur intensive group outpatient program runs five mornings a week. Another adult outpatient program is held once weekly for an hour.", "iop 5; op 1"},
			{"Outpatient services\n\nIt is a less intensive group outpatient program that meets twice a week.", "op 2"},
			// An outpatient clinic or rehab center is where the program a
			// sentence points back at is given, no outpatient level; without
			// the pointer it names the level.
			{"Day programs\n\nDay programs give the most structure. In this program, clients spend four to six days a week in an outpatient rehab center.", "php 4–6"},
			{"Outpatient counseling\n\nClients come once a week to our outpatient office.", "op 1"},
			{"Our IOP\n\nOur IOP meets 3 days a week. Standard care is once a week at our outpatient clinic.", "iop 3; op 1"},
			{"Our IOP\n\nOur IOP meets 3 days a week. Clients then step down to 1 day a week at our outpatient clinic.", "iop 3; op 1"},
			// A meeting timed by a frequency word past a rarer rate or a
			// length beside it is that meeting's; so is a prescriber's
			// session named by its kind.
			{"Our IOP\n\nOur IOP meets four days a week. Most online IOPs add weekly or biweekly family therapy.", "iop 4; other ≤1"},
			{"Our IOP\n\nOur IOP meets four days a week. Clients also attend weekly, 90-minute group counseling sessions.", "iop 4; group-therapy 1"},
			{"Our IOP\n\nOur IOP meets four days a week. Clients also have weekly or biweekly individual therapy.", "iop 4; individual-therapy ≤1"},
			// A rate glued to a prefix by a hyphen is another rate: not
			// once a week.
			{"Our IOP\n\nOur IOP meets four days a week. Clients also have bi-weekly family therapy.", "iop 4"},
			{"Our IOP\n\nOur IOP meets four days a week. Clients also have weekly or bi-weekly individual therapy.", "iop 4; individual-therapy ≤1"},
			{"Our IOP\n\nOur IOP meets four days a week, with semi-weekly individual therapy.", "iop 4"},
			{"Our IOP\n\nOur IOP meets four days a week, with twice-weekly individual therapy.", "iop 4; individual-therapy 2"},
			{"Our IOP\n\nOur IOP meets four days a week. Where medication is needed, psychiatric sessions are booked once per week.", "iop 4; other 1"},
			{"Our IOP\n\nOur IOP meets four days a week. Medication management visits take place once a week.", "iop 4; other 1"},
			// Listed with the program's therapies, a part met three days
			// a week or more is the program's week; once a week, the
			// prescriber's.
			{"Day program\n\nOur PHP includes group therapy and psychiatric sessions five days a week.", "php 5"},
			{"Our IOP\n\nOur IOP offers skills groups, one-on-one counseling and medication management visits 4 days a week.", "iop 4"},
			{"Our IOP\n\nOur IOP includes group therapy and psychiatric sessions once a week.", "other 1"},
			{"Our IOP\n\nOur IOP meets weekly, and group sessions run three hours.", "iop 1"},
			{"Our IOP\n\nOur IOP group meets at 1200 Oak Street, Monday through Thursday.", "iop 4"},
			{"Our IOP\n\nOur IOP meets three days a week at 40 Harbor Road in the Main Building.", "iop 3"},
			{"Our IOP\n\nClients attend five groups a week, with two groups on Mondays.", "iop 5"},
			{"Outpatient therapy usually means a weekly or twice-weekly session of about an hour.", "op 1–2"},
			{"Outpatient care\n\nOur thrice-weekly outpatient program runs for ten weeks.", "op 3"},
			{"Our outpatient program offers twice-weekly sessions.", "op 2"},
			{"Our IOP\n\nClients also get one individual therapy session per week.", "individual-therapy 1"},
			{"Our IOP\n\nOur 3-day IOP track suits working adults.", "iop 3"},
			{"Our IOP\n\nOur IOP meets three days a week. Most people then step down to standard outpatient counseling once a week.", "iop 3; op 1"},
			{"Our PHP\n\nMost clients step down to our IOP three days a week after a month.", "iop 3"},
			{"Our IOP\n\nOnce a week you also meet one-on-one with your counselor.", "individual-therapy 1"},
			{"Our IOP\n\nEvery client also has a weekly one-on-one session.", "individual-therapy 1"},
			{"Medication treatment\n\nEach client books a weekly counseling appointment with a licensed therapist.", "individual-therapy 1"},
			{"Our IOP\n\nOnce you feel settled, most clients find the groups helpful.", ""},
			{"Outpatient counseling\n\nClients see a counselor twice a week, and our weekly relapse-prevention group meets on Mondays.", "individual-therapy 2; group-therapy 1"},
			{"Our programs\n\nDual diagnosis IOP, 10 hours per week over 4 days.", "iop 4"},
			{"Our IOP\n\nThe program runs over 12 weeks.", ""},
			{"Our IOP meets three days a week; call 207-555-0126 to enroll.", "iop 3"},
			{"Teen IOP\n\nIt is for teens who need more than a weekly counseling appointment. Groups meet three afternoons a week.", "op 1; iop 3"},
			{"Our IOP\n\nTreatment is spread across three to five weekdays.", "iop 3–5"},
			{"Our PHP\n\nCare is usually delivered over five weekdays.", "php 5"},
			{"Our IOP includes weekly counseling sessions with a therapist.", ""},
			{"Your PHP day, step by step\n\n1. Morning groups from 9 to 11.\n2. Afternoon: individual therapy, then a skills group.\n3. Repeat four days a week.", "php 4"},
			{"Our IOP\n\nSchedule: Mon / Tue / Thu, 6:00-9:00 pm", "iop 3"},
			{"Our IOP\n\nSun and surf are part of life here.", ""},
			{"Our PHP runs five days a week. After 30 days most clients move to our IOP (three days a week).", "php 5; iop 3"},
			{"Residential treatment\n\nOur residential stay is 30 days. Most residents then step down to our Partial Hospitalization Program (five days a week).", "php 5"},
			{"Levels of care\n\nSome patients may also move up to a PHP level of care (5 full days a week).", "php 5"},
			// A program of two words said to be available, and its levels,
			// each named before its own bracket.
			{"Young adults\n\nThe Next Step Program is available in a PHP level of care (5 full days a week) or an IOP level of care (3 half-days weekly).", "php 5; iop 3"},
			{"When weekly therapy isn't enough, our IOP adds structure three evenings a week.", "op 1; iop 3"},
			{"Day treatment\n\nOur PHP meets five days each week. It suits people for whom weekly therapy does not offer enough structure.", "php 5; op 1"},
			{"Day treatment\n\nOur PHP meets five days each week, a good fit where weekly sessions fall short.", "php 5; op 1"},
			{"About PHP\n\nOur PHP meets five days a week. Patients then step down to our intensive outpatient program or to weekly therapy.", "php 5; op 1"},
			{"Levels\n\nOur PHP meets five days a week. IOP is an outpatient option with more weekly treatment hours than standard outpatient care.", "php 5"},
			{"Our PHP is for adults whose symptoms make weekly therapy not enough.", "op 1"},
			{"When weekly therapy or even IOP isn't enough, our PHP offers the middle path five days a week.", "op 1; php 5"},
			{"Our IOP\n\nOur IOP meets three evenings a week. You and your counselor decide when you are ready for weekly outpatient care.", "iop 3; op 1"},
			{"Our PHP\n\nOur PHP meets five days a week. When you're ready for the IOP, we plan the move together. The program meets three evenings a week.", "php 5; iop 3"},
			{"Our IOP\n\nOur IOP is outpatient therapy at its most structured: three hours a day, three days a week.", "iop 3"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Many of our clients came to us after trying weekly therapy alone first.", "iop 3; op 1"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Almost half of our clients tried weekly therapy on its own first.", "iop 3; op 1"},
			{"Our IOP\n\nOur IOP meets three evenings a week, with weekly sessions alone with your counselor.", "iop 3; individual-therapy 1"},
			{"Juniper Row Counseling\n\nWhat Weekly Outpatient Counseling Actually Looks Like\n\nMost of our clients come in once or twice a week.", "op 1–2"},
			{"Our IOP\n\nWeekly family therapy\n\nFamilies meet with a therapist every week.", "other 1; other 1"},
			{"Teen day treatment\n\nWhen weekly counseling or an after-school program is not enough, our teen PHP meets five days a week.", "op 1; php 5"},
			{"Adult PHP\n\nOur PHP is for adults whose symptoms are too hard to manage with weekly therapy alone. It meets five days a week.", "op 1; php 5"},
			{"Our IOP is for adults who are struggling despite weekly therapy.", "op 1"},
			{"Most teens spend 6 to 10 weeks in our IOP before stepping down to weekly therapy.", "op 1"},
			{"Our outpatient clinic offers free assessments six days a week.", ""},
			{"Our PHP combines therapy groups, medication management and psychiatric evaluations three days a week.", "php 3"},
			{"Ohio has hundreds of programs, from weekly counseling to full-day treatment.", ""},
			{"A typical IOP runs for ten weeks. Many people continue with weekly outpatient counseling afterward.", "op 1"},
			{"Our IOP runs for ten weeks. Some clients then step down to weekly outpatient counseling.", "op 1"},
			{"Our PHP\n\nIt serves adults whose symptoms are too severe for weekly counseling. It meets four days a week.", "op 1; php 4"},
			{"Day Treatment\n\nWhen cravings are too strong for a couple of evenings a week, our PHP meets every weekday.", "php 5"},
			{"Day Treatment\n\nOur PHP is a step up from two evenings a week of group.", ""},
			{"Our PHP\n\nAfter the PHP, clients move to our evening outpatient program, which meets three evenings a week.", "op 3"},
			{"Our IOP office | (208) 555-0139 | Mon-Fri 8 a.m.-6 p.m.", ""},
			{"The IOP meets three to five days a week.", "iop 3–5"},
			{"Our PHP meets 5 days a week while our IOP meets 3.", "php 5; iop 3"},
			{"Our IOP is flexible. Clients attend group and individual sessions three days per week.", "iop 3"},
			// How often a therapy's own sessions are held.
			{"Our IOP meets four evenings a week. Every client also has a 50-minute individual therapy session once a week.", "iop 4; individual-therapy 1"},
			{"Weekend IOP: Saturdays and Sundays, plus one weekday individual session.", "iop 2; individual-therapy 1"},
			{"Our intensive outpatient program\n\nMost clients keep up individual counseling, typically one 45-minute session a week.", "individual-therapy 1"},
			{"Our PHP meets five days a week. Family therapy — two sessions a month — is included.", "php 5"},
			{"Our IOP combines group therapy and individual counseling, three sessions a week in all.", "iop 3"},
			{"Our outpatient program runs its group sessions at least once per week.", "op ≥1"},
			{"Our IOP meets three days a week, individual counseling included.", "iop 3"},
			{"Our IOP\n\nDays\tMonday, Tuesday and Thursday\nIndividual therapy\tone 45-minute session per week, within program hours", "iop 3; individual-therapy 1"},
			{"Our IOP\n\nClients have an individual therapy session twice a week in the first month, then once a week.", "individual-therapy 2; individual-therapy 1"},
			{"Our PHP meets five days a week. Most clients then step down to our Partial Hospitalization Program (or to IOP, three days a week).", "php 5; iop 3"},
			{"Our IOP is 12 hours a week: four mornings, three hours each.", "iop 4"},
			{"Our evening IOP is small. Each week, clients attend four evening sessions of three hours.", "iop 4"},
			{"Our evening IOP meets three evenings a week. During her first weeks, Dana also saw her therapist twice a week.", "iop 3; individual-therapy 2"},
			{"Clients attend IOP three days a week. Family members join a multi-family group that meets once a week.", "iop 3; other 1"},
			{"After IOP, clients can join our continuing care group, which meets once a week.", "other 1"},
			{"Our IOP\n\nMost clients attend for eight weeks, then step down to a once-weekly continuing care group.", "other 1"},
			{"Our IOP is lighter than our PHP, which fills most of the day, five days a week.", "php 5"},
			{"We offer a five-day IOP, three hours each morning.", "iop 5"},
			{"Outpatient Detox\n\nIn ambulatory detox you sleep in your own bed and visit the clinic each day for checks.", "detox 5–7"},
			{"Our IOP\n\nIn an IOP, clients live at home and go into the treatment center each day for groups.", "iop 5–7"},
			// On a daily basis after what clients do in their own lives
			// times that life, not the program.
			{"Outpatient care\n\nOutpatient care suits people who can keep coping with work and family on a daily basis.", ""},
			// ("the pressures they face on a daily basis", "what they deal
			// with on a daily basis": what life brings the clients, past a
			// verb of the program's: "provides".)
			{"Veterans IOP\n\nOur Homefront track is an intensive outpatient program for veterans.\n\nIt also provides a chance for clients to lean on peers who understand the pressures they face on a daily basis.", ""},
			{"Our IOP\n\nThe group offers members a place to talk through the triggers they deal with on a daily basis.", ""},
			{"Our IOP\n\nThe program gives teens tools for the conflicts they encounter on a daily basis at school.", ""},
			{"Residential care\n\nResidents face a full timetable of group therapy on a daily basis.", "residential 5–7"},
			{"Outpatient detox\n\nPatients come to our clinic on a daily basis for checks.", "detox 5–7"},
			{"Outpatient Detox\n\nOutpatient detox lets you live at home while visiting a clinic daily.", "detox 5–7"},
			{"Our IOP\n\nEach day is different, and every day brings new skills.", ""},
			{"Our IOP\n\n- One individual session with your primary counselor every week", "individual-therapy 1"},
			{"Our IOP\n\nEvery week is different, and the staff adapt the plan.", ""},
			{"Our IOP\n\nClients attend group therapy three hours a day, three days a week, and meet one-on-one with a counselor every week.", "iop 3; individual-therapy 1"},
			{"Our 3-day evening IOP suits working parents.", "iop 3"},
			{"Our five-day detox is medically supervised.", ""},
			{"Most clients then move to our evening outpatient track, which meets two nights a week.", "op 2"},
			{"Unlike our PHP, which runs all day, our IOP meets three days a week.", "iop 3"},
			// (After a connective, too: the care set apart meets once or twice a
			// week, not the program the sentence goes on to.)
			{"Partial hospitalization\n\nStill, unlike outpatient care, which usually meets once or twice a week, our PHP gives more structure.", "op 1–2"},
			{"Partial hospitalization\n\nBut unlike outpatient counseling, which meets once a week, our PHP meets five days a week.", "op 1; php 5"},
			// (A sentence that is the phrase alone, its relative clause
			// running to the end.)
			{"Outpatient care\n\nOutpatient care lets you keep working. Unlike inpatient treatments, where people stay on campus 7 days a week.", "residential 7"},
			// "weekly" before the unit is the count's rate.
			{"Outpatient care\n\nA standard outpatient program usually offers one or two weekly therapy sessions.", "op 1–2"},
			{"Our PHP meets five days a week. A psychiatrist sees each PHP client at least twice a week.", "php 5; other ≥2"},
			{"After PHP, most clients step down to IOP: three days a week, 9 a.m. to noon.", "iop 3"},
			{"Our PHP needs 20 hours a week, although it can often increase to 30.", ""},
			{"Our IOP meets three days a week. Outpatient therapy meets once a week.", "iop 3; op 1"},
			// The group a heading names, pointed at, is not the program
			// whose clients join it.
			{"Intensive Outpatient Program\n\nOur IOP meets four days a week.\n\nParent Skills Group\n\nIOP teens and their parents join this weekly group.", "iop 4; other 1"},
			{"Intensive Outpatient Program\n\nOur IOP meets four days a week.\n\nHow the week runs\n\nIOP clients also join this weekly group.", "iop 4; iop 1"},
			// The program its clients finished is not what meets after it;
			// aftercare hyphenated is aftercare.
			{"Intensive Outpatient Program\n\nOur IOP meets four evenings a week.\n\n- Support circle with weekly meetings for graduates of our IOP", "iop 4; other 1"},
			{"Intensive Outpatient Program\n\nOur IOP meets four evenings a week. After-care groups meet weekly.", "iop 4; other 1"},
			// A floor said after a frequency word.
			{"Our IOP\n\nIndividual therapy is held weekly, at a minimum.", "individual-therapy ≥1"},
			{"Our IOP\n\nIndividual therapy meets weekly at the very least.", "individual-therapy ≥1"},
			// The program's group therapy held on an outpatient basis is
			// the program's; the outpatient level's groups are its own.
			{"Intensive Outpatient Program\n\nOur IOP begins with an assessment. Clients attend outpatient group therapy three times a week.", "iop 3"},
			{"Intensive Outpatient Program\n\nOur IOP meets four days a week. Graduates then join outpatient groups once a week.", "iop 4; op 1"},
			{"In our outpatient program, people come to their daily sessions and then head back to the office.", ""},
			{"Outpatient clients fit treatment around their daily routines; the program meets twice a week.", "op 2"},
			{"Our PHP accepts walk-ins 7 days a week between 8 a.m. and 5 p.m.", ""},
			{"Drug testing happens twice a week in our IOP.", ""},
			{"Nurses are present in our residential program 24 hours a day, seven days a week.", ""},
			{"Residential care\n\nLakeview runs twenty four (24) hour, seven (7) day a week care for men.", ""},
			{"Our IOP accepts new clients 5 days a week.", ""},
			{"Our PHP office hours are 9 a.m. to 5 p.m., Monday through Friday.", ""},
			{"Our IOP\n\nCall us any time. Billing and insurance questions: Monday to Thursday, 8 to 4.", ""},
			{"For billing purposes, our PHP counts as five days a week of treatment.", "php 5"},
			{"Our IOP\n\nOur clinic is on the Route 9 bus line, which runs every 15 minutes on weekdays.", ""},
			{"Our IOP\n\nTeens are tested at random, about once a week.", ""},
			{"Fernquist Intensive Outpatient Program\n\nAfter IOP, most clients step down to weekly outpatient therapy.\n\nEvening groups meet three nights a week, so people who work days choose them.", "op 1; iop 3"},
			{"Our IOP\n\nThe county dial-a-ride van takes bookings a day ahead and runs Monday to Saturday.", ""},
			{"Our IOP meets three days a week, and clients also meet their primary therapist once a week.", "iop 3; individual-therapy 1"},
			{"Our IOP\n\nIn IOP, your primary therapist works with you once a week, and groups meet three days a week.", "individual-therapy 1; iop 3"},
			{"Our IOP\n\nEach client is paired with a primary therapist who sees them once a week.", "individual-therapy 1"},
			{"Our IOP\n\nWe offer a free shuttle from the station, and our IOP meets four days a week.", "iop 4"},
			{"Our IOP\n\nOur counselors train clients in coping skills three days a week in the IOP.", "iop 3"},
			{"Our IOP\n\nClients are tested weekly and join our IOP three evenings a week.", "iop 3"},
			{"Job Posting: Evening IOP Counselor\n\nShift and Schedule\n\n- Monday through Thursday, 1:00 p.m. to 9:30 p.m.", ""},
			{"IOP Guide\n\n- Usual schedule: three days a week\n\nOur own IOP runs Monday, Wednesday and Thursday from 6 p.m. to 9 p.m.", "iop 3; iop 3"},
			{"Our IOP\n\nIOP3 meets three days per week. Our IOP groups meet Monday, Wednesday and Friday from 9 a.m. to noon.", "iop 3"},
			{"Our IOP\n\nClearview Counseling · 88 Fairview Boulevard · Mon–Fri 8 a.m. – 6 p.m.", ""},
			{"Our outpatient counseling sessions are weekly, biweekly or monthly.", "op ≤1"},
			// Two rates offered as alternatives give no rate: neither is
			// the one the care meets at.
			{"Outpatient care\n\nOutpatient counseling can meet daily or weekly, as the plan needs.", ""},
			{"Outpatient care\n\nClients choose weekly or daily check-in sessions.", ""},
			{"Outpatient care\n\nOur outpatient counseling offers weekly or biweekly sessions.", "op ≤1"},
			{"Our outpatient counseling sessions are weekly or less often as clients progress.", "op ≤1"},
			{"An IOP is an outpatient service whose groups meet three days a week.", "iop 3"},
			{"Several of our IOP sites run daily two-hour sessions.", ""},
			{"PHP clients attend Monday through Friday.", "php 5"},
			{"Our IOP meets three evenings per week.", "iop 3"},
			{"Our programs\n\nThe intensive outpatient program meets three days a week and is available to residential graduates.", "iop 3"},
			{"Our IOP meets three days a week.\n\nOffice hours\n\nMonday-Thursday 8 a.m.-7 p.m.; Friday 8 a.m.-4 p.m.", "iop 3"},
			{"Our IOP meets three days a week.\n\nHours\n\nMonday to Friday 7:30 a.m. to 5:30 p.m.; Saturday 10:00 a.m. to 2:00 p.m.", "iop 3"},
			{"Evening IOP\n\nHours\n\nMonday, Wednesday and Thursday, 6 p.m. to 9 p.m.", "iop 3"},
			{"Adult IOP\n\nParking is free in the church lot across the street on weekdays.", ""},
			{"Our programs\n\n- Outpatient counseling (OP) – individual and group sessions, one or two visits a week\n- Intensive outpatient (IOP) – group therapy three evenings a week, plus one individual session a week", "op 1–2; iop 3; individual-therapy 1"},
			{"Programs near Akron\n\nDirectory help line: 555-0104 (weekdays 9–5).", ""},
			{"Our IOP\n\nGroups meet three days a week for three hours a day; choose a morning (9 a.m.–noon) or an afternoon (1–4 p.m.) cohort.", "iop 3"},
			// Weekdays offered as slots to pick one of count no week.
			{"Outpatient groups\n\nOur OP groups are held Monday mornings and Thursday evenings, and you pick the time that works for you.", ""},
			{"Outpatient groups\n\nOur OP groups meet Monday mornings and Thursday evenings; clients choose whichever one fits their week.", ""},
			{"Outpatient groups\n\nOur OP groups meet Monday and Thursday, and you pick the time that works for you: morning or evening.", "op 2"},
			{"Outpatient groups\n\nOur OP groups meet Monday morning and Thursday evening, and you attend both; you pick the time for your individual session.", "op 2"},
			{"Outpatient groups\n\nOur OP group meets Monday and Thursday evenings, so you can keep the job you choose.", "op 2"},
			{"Our IOP\n\nOur IOP meets three days a week.\n\nHow long is an outpatient appointment?\n\nIndividual outpatient sessions are 50 minutes. Most people come once or twice a week at first.", "iop 3; op 1–2"},
			{"Levels of care\n\nIntensive outpatient programs (IOPs) are the most structured outpatient option, more demanding even than standard counseling, and meet 3 to 5 days a week.", "iop 3–5"},
			{"Levels of care\n\nOur IOP clients step down to outpatient care, which meets once a week.", "op 1"},
			{"Residential care\n\nWhat should I pack?\n\nTen days of comfortable clothing (laundry runs twice a week) and your insurance card.", ""},
			{"Harbor Street Clinic\n\nPrograms: Intensive Outpatient (evenings), Partial Hospitalization (weekdays)\n\nBuilding hours: Monday-Friday 8:00 AM-9:00 PM", "php 5"},
			{"Our IOP\n\nOur IOP meets three evenings a week.\n\nWhat does outpatient look like after IOP?\n\nUsually one or two appointments a week.", "iop 3; op 1–2"},
			{"Our IOP\n\nOur IOP meets three evenings a week. What does outpatient look like after IOP? Usually one or two appointments a week.", "iop 3; op 1–2"},
			{"Our IOP\n\nWhat happens after detox?\n\nOur IOP meets three evenings a week.", "iop 3"},
			{"Adult IOP\n\nParking is free, and our IOP meets on weekdays.", "iop 5"},
			{"Our IOP\n\nGroups meet Monday, Wednesday and Friday from 9:00 a.m. to 12:00 p.m.\n\n\"Three mornings a week was doable with my job.\" - Sam, graduate", "iop 3; iop 3"},
			{"Our IOP\n\nMost IOPs ask for 9 to 15 hours per week, usually split into three-hour sessions on three to five days.", "iop 3–5"},
			// (A house's meeting is a rule of living there, no claim:
			// houseMeetingNext.)
			{"Our residential program\n\n- Weekly house meeting and chore rotation", ""},
			{"Our residential program\n\nStaff are on site around the clock, and a nurse practitioner visits four mornings a week.", ""},
			// Staff said to be in, with their hours before the days.
			{"Evening IOP\n\nOur IOP meets three evenings a week. Counselors are on site from noon to 9 p.m. on weekdays.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. A nurse is in the office from 8:30 to 4:30 on Tuesdays and Thursdays.", "iop 3"},
			{"Evening IOP\n\nGroups meet from 6 to 9 p.m. on Mondays, Tuesdays and Thursdays.", "iop 3"},
			// "Opened" as a launch is no door's hours.
			{"Evening IOP\n\nOur IOP, which opened in 2019, meets three evenings a week.", "iop 3"},
			{"Evening IOP\n\nOur IOP opened last spring and meets three evenings a week.", "iop 3"},
			{"Evening IOP\n\nOur clinic opened in 2015 and is open Monday through Saturday.", ""},
			// Days said to be free are no meeting days.
			{"Evening IOP\n\nOur IOP meets Tuesday, Wednesday and Thursday evenings. You keep your evenings at home on Monday, Friday and the weekend.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. You are free on Mondays and Fridays.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week: you keep your job and your evenings at home on Monday, Friday and the weekend.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets on Monday, Wednesday and Friday evenings, so you are free to work.", "iop 3"},
			// A rate set before the clause, of what the meetings open or
			// close with, is no count of the program's days.
			{"Evening IOP\n\nOur IOP meets four evenings a week. Twice a week, IOP groups end with a short breathing exercise.", "iop 4; other 2"},
			{"Evening IOP\n\nOur IOP meets four evenings a week. Once a week, the session opens with a family check-in.", "iop 4; other 1"},
			{"Evening IOP\n\nThree evenings a week, groups meet from 6 to 9 p.m.", "iop 3"},
			// (Staff in for the program's meetings keep the program's days.)
			{"Morning IOP\n\nOur clinicians are on site from 9 a.m. to noon, Monday through Friday, leading the morning IOP.", "iop 5"},
			{"Evening IOP\n\nCounselors are on site from 5 to 9 p.m. Monday through Thursday, and the IOP meets from 6 to 9 p.m. on those same evenings.", "iop 4"},
			{"Evening IOP\n\nTherapists are on site from 6 to 9 p.m. on weekdays to lead our evening IOP groups.", "iop 5"},
			{"Our teen IOP\n\n| Program days | Monday through Friday |\n| Hours | 3:30 to 6:30 p.m. |", "iop 5"},
			{"Teen IOP\n\nOur teen IOP meets four afternoons a week. A partner agency runs weekly multifamily groups on Saturday mornings.", "iop 4; other 1"},
			{"Partial Hospitalization at Alder Creek\n\nOur PHP runs six hours a day, five days a week.\n\nIntensive Outpatient (IOP)\n\nEvening groups meet three nights a week.", "php 5; iop 3"},
			{"Teen IOP\n\nOur teen IOP meets three evenings a week. Parents attend weekly parent groups.", "iop 3; other 1"},
			{"We are open seven days a week for the IOP.", ""},
			{"Our IOP\n\nEach client meets with a counselor for a 50-minute session.\n\nDay track: Tuesday, Thursday and Friday from 9 a.m. to noon.", "iop 3"},
			{"Our IOP meets three days a week.\n\nLocations\n\n- Main clinic, 12 Elm Street\n- Riverside office (Mondays and Wednesdays only)", "iop 3"},
			{"Our IOP\n\nOne-on-one sessions are booked Monday through Saturday, any time between 9 a.m. and 8 p.m.", ""},
			{"Our IOP\n\nIOP groups are scheduled Monday, Wednesday and Thursday from 6 to 9 p.m.", "iop 3"},
			// (A place fronted before the program's clause says where it meets.)
			{"Our IOP\n\nLocated at 12 Oak Street, Dalton, our evening IOP operates on Monday, Wednesday and Thursday nights.", "iop 3"},
			{"Contact\n\nLocated at 12 Oak Street, Dalton, the office is open Monday through Friday from 8 to 5.", ""},
			{"Admissions staff answer calls 7 days a week.", ""},
			{"Our IOP groups meet four times weekly.", "iop 4"},
			{"In the IOP, clients attend once or twice a week.", "iop 1–2"},
			{"The PHP schedules three to five treatment sessions each week.", "php 3–5"},
			{"Our IOP meets a few times a week.", "iop 2–4"},
			// Programs said to be open on named days meet then; days
			// someone has free do not.
			{"Schedules\n\nOur IOP and our PHP are open Monday through Thursday.", "php 4; iop 4"},
			{"Our IOP\n\nOur IOP is open Tuesday through Friday.", "iop 4"},
			{"Our PHP\n\nThe program is open Monday through Friday.", "php 5"},
			{"Our IOP\n\nThe program is open to new clients Monday through Friday.", ""},
			{"Our IOP\n\nWith the IOP, your evenings are open Monday through Friday.", ""},
			{"Levels of care\n\nIOP and PHP meet 3 and 5 days a week, respectively.", ""},
			// A frequency word with the meetings it times named after it
			// ("daily group sessions") needs no program named.
			{"Day treatment\n\nA PHP lets people live at home. They usually stay a month or two and have daily sessions at the clinic.", "php 5–7"},
			{"Day treatment\n\nMany people have daily cravings early in recovery.", ""},
			// A vague count said of no program by name is weak evidence,
			// unless the section's heading names the program.
			{"What happens in IOP?\n\nAs an example, clients may come to short sessions a couple of times a week.", "iop 2"},
			{"Getting started\n\nAs an example, clients may come to short sessions a couple of times a week.", ""},
			{"The IOP provides daily group therapy.", "group-therapy 5–7"},
			{"IOP is meant for clients who need more help than weekly therapy.", "op 1"},
			{"Compared with a weekly therapy appointment, an IOP asks a lot more of your week.", "op 1"},
			{"Unlike weekly counseling, a PHP fills most of the day.", "op 1"},
			{"Our IOP\n\nRegular counseling is usually a single hour, once a week. Our IOP meets three evenings a week.", "op 1; iop 3"},
			{"Our PHP\n\nIt suits adults whose symptoms have outgrown weekly therapy.", "op 1"},
			// Weekly care found wanting in other words, an adverb before
			// them.
			{"Our IOP\n\nIt is a step-up for anyone whose weekly therapy simply isn't cutting it these days.", "op 1"},
			{"Our IOP\n\nOur IOP helps anyone whose weekly counseling is not working.", "op 1"},
			{"An IOP is a step between weekly therapy and full-day treatment, and ours meets three days a week.", "op 1; iop 3"},
			{"Our IOP requires 9 hours a week, spread over three days.", "iop 3"},
			{"Our IOP\n\nMost IOPs give 9 to 15 hours of care each week over the course of three to five days.", "iop 3–5"},
			{"Clients in our IOP enjoy their daily routines again.", ""},
			// A house's meetings are a rule of living there.
			{"Sober living\n\nWeekly house meetings help residents build a sense of community.", ""},
			{"Our residential program\n\nResidents attend a weekly community house meeting.", ""},
			// Days set before a clause whose verb takes an activity are
			// the activity's.
			{"Our residential program\n\nOn Thursday and Friday residents do community service and other work projects.", "other 2"},
			{"Our residential program\n\nOn Tuesday and Thursday residents do yoga and art therapy.", "other 2"},
			{"Our residential program\n\nFrom Monday through Wednesday, residents take part in a wilderness survival outing.", "other 3"},
			{"Our IOP\n\nFrom Monday through Thursday, clients take part in our IOP groups.", "iop 4"},
			{"Our IOP\n\nOn Mondays and Wednesdays clients attend our IOP.", "iop 2"},
			// Worship in a faith-based program keeps days of its own.
			{"Our residential program\n\nChapel is held Sunday and Wednesday evenings.", "other 2"},
			{"Our residential program\n\nOur residential program meets Monday through Friday, with prayer each morning.", "residential 5"},
			// Weekly care found too little, "with just" it, is the level
			// below.
			{"Our IOP\n\nSome people cannot stay sober with only weekly counseling.", "op 1"},
			// A count of days with its weekdays in an aside, after "for".
			{"Our PHP\n\nClients attend for five days (Monday to Friday) each week.", "php 5"},
			// The program the clients do not need is not theirs.
			{"Teen IOP\n\nOur IOP lets teens who do not need a day program attend school and get treatment Monday through Thursday.", "iop 4"},
			// An education group's days are the group's.
			{"Our residential program\n\nPsycho-education groups about relapse are also held weekly.", "group-therapy 1"},
			// A count of meetings a week is no single weekly day.
			{"Our residential program\n\nResidents attend 15 classes weekly.", ""},
			{"Our IOP\n\nClients attend 3 groups weekly.", "iop 3"},
			// A residential program's clients live in: its week is the
			// whole of it, and fewer than five days count a part of it
			// (its groups, a house meeting, a sponsor's visit).
			{"Our residential program\n\nResidents attend 3 groups weekly.", ""},
			{"Our residential program\n\nOur Core Groups of eight residents meet twice a week.", ""},
			{"Sober Living and Residential Care\n\nAll residents must attend the house meeting once a week.", ""},
			{"Our residential program\n\nResidents take part in therapy Monday through Friday.", "residential 5"},
			// (A sentence naming the residential program keeps its week.)
			{"Residential care\n\nOur weekend residential program runs Friday through Sunday.", "residential 3"},
			// Skills of everyday life are taught, not held daily.
			{"Our residential program includes daily living skills classes and job coaching.", ""},
			{"Our residential program holds daily life skills groups.", "residential 5–7"},
			{"A few times a week, the staff reviews progress notes.", ""},
			{"Weekly counseling sessions help IOP clients stay on track.", ""},
			{"The IOP includes weekly individual counseling.", "individual-therapy 1"},
			{"Our IOP meets Tuesdays and Thursdays, 6 to 9 p.m.", "iop 2"},
			{"IOP clients meet with their primary therapist on a weekly basis.", "individual-therapy 1"},
			{"Our IOP. After it, clients continue at a regular outpatient level once per week.", "op 1"},
			{"Our IOP suits teens. It usually means group therapy a few days a week.", "iop 2–4"},
			{"Our IOP includes:\n- Support organizations such as Narcotics Anonymous help clients. The classes are usually held once a week.", "support-group 1"},
			{"Partial Hospitalization\n\nRehab comes in several forms, such as residential rehab and partial hospitalization. Most programs meet five days each week.", "php 5"},
			{"IOP clients attend group therapy four days per week and individual therapy once weekly.", "iop 4; individual-therapy 1"},
			{"IOP clients attend several weekly therapy sessions.", ""},
			{"Our PHP provides six hours of treatment over five days of the week.", "php 5"},
			{"Our IOP generally runs nine hours weekly, often three sessions of three hours apiece.", "iop 3"},
			// The program's clients attending its group sessions count its
			// days; a family group's sessions stay the family group's.
			{"Evening IOP\n\nOur evening IOP is for working adults. Clients attend three 3-hour group sessions a week.", "iop 3"},
			{"Evening IOP\n\nOur evening IOP meets for four group sessions a week.", "iop 4"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. Clients also attend one multifamily group session a week.", "iop 3"},
			{"Evening IOP\n\nIndividual therapy: 40 minutes each week with your counselor.", "individual-therapy 1"},
			// A program the provider says it does not run is not what the
			// table after it is about.
			{"Partial Hospitalization at Elm Ridge\n\nOur PHP is the most intensive service here, as we don't run residential care.\n\nProgram facts\n| Item | Detail |\n| Days | Mon–Fri |", "php 5"},
			{"Elm Ridge Programs\n\nWe don't run a PHP on weekends; it meets Monday to Friday.", "php 5"},
			// The program's plain groups meeting under its heading are its
			// days; a family program's are not.
			{"Lakeside\n\nHow the Lakeside IOP runs\nGroup sessions meet four evenings a week (Monday to Thursday), 6 to 9 p.m.", "iop 4; iop 4"},
			{"Lakeside IOP\n\nFamily program\nGroup sessions meet two evenings a week for parents and partners.", "group-therapy 2"},
			// A session joined to meetings counted by the week shares it.
			{"Outpatient counseling\n\nMost clients keep one individual session and two groups a week.", "individual-therapy 1; op 2"},
			{"Outpatient counseling\n\nMost clients keep one individual session and one group a week.", "individual-therapy 1"},
			{"Outpatient counseling\n\nMost clients keep one individual session and one phone call.", ""},
			// A range of sessions around their length counts meetings too.
			{"Outpatient Counseling\n\nClients usually come to two or three 45-minute counseling sessions per week.", "op 2–3"},
			{"Evening IOP\n\nOur IOP meets four days a week. Members also pick one to three 90-minute groups per week.", "iop 4"},
			{"Evening IOP\n\nOur IOP meets four days a week. After twelve weeks, members step down to one or two 50-minute sessions per week.", "iop 4"},
			// "one that …" after a program stands for it, when it is the
			// level moved to (testdata/across-pages/one-that.txtar: not a
			// program set apart in general).
			// A track labelled "Individual" is no individual therapy.
			{"Evening IOP\n\nTracks\n- Individual: three days a week, mornings\n- Couples: two evenings a week", "iop 3; iop 2"},
			// "one that …" after a program stands for it.
			{"Lakeview Residential\n\nOur residential stay lasts 28 days.\n\nLeaving residential\nMany alumni step down to a PHP near their family, generally one that runs five days a week.", "php 5"},
			// A week of group sessions opening its line, or after a colon
			// that follows the program, is the program's week; not when the
			// label names something else, nor beside another count of days.
			{"Daytime OP\n\n• Two group sessions a week, 90 minutes each\n• A monthly medication check", "op 2"},
			{"Morning IOP\n\nThe morning IOP keeps one plan in every county: four group sessions a week, two hours apiece.", "iop 4"},
			{"Morning IOP\n\nFamily night: two group sessions a week for relatives.", "group-therapy 2"},
			{"Morning IOP\n\nFour group sessions a week, plus one individual session a week.", "group-therapy 4; individual-therapy 1"},
			{"Morning IOP\n\nThe IOP runs five days a week: three group sessions a week and two skills labs.", "iop 5; group-therapy 3"},
			{"Morning IOP\n\nThe morning IOP is made of three parts: four group sessions a week, one individual session and one family session.", "group-therapy 4; individual-therapy 1"},
			{"Morning IOP\n\nOur IOP meets four days a week.\n\n- Four group sessions a week (two a day)", "iop 4; group-therapy 4"},
			{"Morning IOP\n\nOur IOP meets four days a week.\n\nAfter the IOP ends: two group sessions a week.", "iop 4; group-therapy 2"},
			{"Morning IOP\n\nOur IOP meets four days a week.\n\nFamily Program\n\nTwo group sessions a week for partners and grown children.", "iop 4; group-therapy 2"},
			// People's own weekdays are no program's.
			{"Weekend IOP\n\nOur weekend IOP meets Saturday and Sunday. It suits nurses, shift workers and parents who share custody on weekdays.", "iop 2"},
			{"Day IOP\n\nFor parents who share custody, we meet on weekdays.", "iop 5"},
			// A fact box row whose value has its own unit reads as before;
			// bare figures take the label's.
			{"Evening IOP\n\nAt a glance\nFamily week | 5 days\nGroup nights | 3", ""},
			// A frequency someone is said to need is no program's days.
			{"Evening IOP\n\nOur IOP meets three evenings a week.\n\nIOP may not fit you if you:\n• have an illness that requires daily monitoring", "iop 3"},
			// Two tracks offered ("a morning and an evening option") count
			// no day.
			{"Adult IOP\n\nOur adult IOP runs on three days a week with both a morning and an evening option.", "iop 3"},
			// Sessions a weekly total before them adds up to are the week's.
			{"Evening IOP\n\nThe evening IOP is 9 hours a week: three three-hour sessions.", "iop 3"},
			{"Evening IOP\n\nThe evening IOP is 10 hours a week: three three-hour sessions.", ""},
			{"Evening IOP\n\nThe evening IOP asks at least 9 hours a week, usually in three 3-hour sessions.", "iop 3"},
			{"Evening IOP\n\nThe evening IOP asks at least 12 hours a week, usually in three 3-hour sessions.", ""},
			{"Evening IOP\n\nThe evening IOP is 9 hours a week: three three-hour sessions over two days.", "iop 2"},
			{"Our IOP ends with three sessions of two hours each.", ""},
			{"Our IOP offers nine hours of weekly programming spread across three to five sessions.", "iop 3–5"},
			// The week's hours said first, then the sessions they are
			// divided into or held across: one a day. (Not a day's
			// parts.)
			{"Our IOP is usually ten hours a week, divided into four sessions.", "iop 4"},
			{"Our IOP gives about 9 hours of care a week, usually across three sessions.", "iop 3"},
			{"Our IOP gives 12 hours of care a week across four days.", "iop 4"},
			{"Our residential program delivers 35 hours of therapy a week over 45 days.", ""},
			{"Our IOP is 9 hours a week; each day is divided into two sessions.", ""},
			{"Our PHP day is divided into two sessions.", ""},
			// Times of day to choose from, said available after the
			// figure, are the program's; a place's are not.
			{"Our IOP: 3-4 days per week, evenings and weekends available.", "iop 3–4"},
			{"Our IOP meets 3 days a week (day and evening groups are also available).", "iop 3"},
			{"Our office: Monday through Friday, evenings available.", ""},
			{"Admissions: open 7 days a week, evenings available.", ""},
			{"Our IOP: 3 days a week (evening groups available).", "iop 3"},
			{"Our treatment programs: 7 days a week, day and evening options available.", ""},
			// A program said to be another kind of program keeps its
			// own figures.
			{"Partial hospitalization care is an intensive outpatient program of five days per week.", "php 5"},
			{"The PHP needs no overnight stay, and it is an intensive outpatient program of five days per week.", "php 5"},
			{"After detox, most clients join an intensive outpatient program of three days per week.", "iop 3"},
			{"Families who toured our residential campus say the evening track is an intensive outpatient program of three days per week.", "iop 3"},
			// So does one whose relative clause hangs on the kind it is
			// said to be, and one said to be a "highly" intensive kind.
			{"Our day program (PHP) is an intensive outpatient program that runs six days per week.", "php 6"},
			{"Partial hospitalization is a highly intensive outpatient track in which adults take part four days a week.", "php 4"},
			{"The PHP is a very intensive outpatient program where patients spend five days a week on site.", "php 5"},
			// The provider's own outpatient care under its IOP's heading
			// is the IOP; outpatient care itself is not.
			{"Pine Hollow\n\n# Intensive Outpatient Program\n\nOur outpatient program meets three days a week.", "iop 3"},
			{"Pine Hollow\n\n# Intensive Outpatient Program\n\nOutpatient therapy meets once a week.", "op 1"},
			{"Pine Hollow\n\n# Our programs\n\nWe run an IOP. Our outpatient program meets once a week.", "op 1"},
			{"Our IOP admissions line is open 7 days a week, evenings available.", ""},
			{"Outpatient clinic: 6 days a week, evenings and weekends available.", ""},
			{"Our program's individual sessions: 5 days a week, evenings available.", ""},
			{"Our IOP: 3 days a week, evening groups available.", "iop 3"},
			{"Our IOP meets every week; its workbook is divided into three sessions.", "iop 1"},
			{"Our IOP is 9 hours a week; its curriculum is divided into twelve sessions.", ""},
			{"Our IOP is 9 hours a week, and each group is divided into two sessions with a break.", ""},
			{"Our IOP offers 9 hours of care a week, and the intake assessment is split across two sessions.", ""},
			{"Our PHP is 25 hours a week, split into two sessions.", ""},
			{"Our IOP meets three days a week and adds weekly individual counseling.", "iop 3; individual-therapy 1"},
			{"Our outpatient detox is offered daily, seven days per week.", "detox 7"},
			{"Our IOP meets 9 a.m. to noon Monday through Friday and 10 a.m. to 1 p.m. on Saturdays.", "iop 6"},
			{"Our IOP meets Monday through Friday and is closed on Saturdays.", "iop 5"},
			{"Our PHP runs 20 hours a week and our IOP 9 hours. Respectively, that works out to four hours of care on each of five days of the week, or three hours on each of three days of the week.", "php 5; iop 3"},
			{"Our PHP runs 20 hours a week. Respectively, clients attend five days of the week.", "php 5"},
			{"Our IOP clients attend over three days a week.", "iop ≥3"},
			{"Our IOP meets three evenings a week. Our billing office (Tue–Sat, 9 am – 5 pm) checks your coverage.", "iop 3"},
			{"Virtual IOP\n\nOur IOP meets three evenings a week.\n\nTech help for IOP video groups: 4:30 to 9:00 p.m. on weekdays.", "iop 3"},
			{"Virtual IOP\n\nOur virtual IOP, with login support, meets two evenings a week.", "iop 2"},
			{"Evening IOP\n\nOur IOP meets Tuesday, Thursday and Saturday. Late pick-ups on weekdays are charged a fee.", "iop 3"},
			{"Day Treatment\n\nOur PHP meets three days a week. Treatment runs on weekdays; free parking is available behind the building.", "php 3; php 5"},
			{"Day Treatment\n\nEveryone is here three days a week.", "php 3"},
			{"Evening IOP\n\n| Evenings per week | 4 |", "iop 4"},
			{"Evening IOP\n\n| Curfew nights per week | 7 |", ""},
			{"Evening IOP\n\nOur IOP, designed for adults who struggle with alcohol, meets three evenings a week.", "iop 3"},
			{"Day Treatment\n\nYour copay covers a program that runs five days a week.", "php 5"},
			{"Intensive Outpatient\n\nOur IOP meets three mornings a week, and clients can pick up their medication at our pharmacy after group.", "iop 3"},
			{"Day Treatment\n\nEveryone works with a therapist and a nurse, and the program runs five days a week.", "php 5"},
			{"Day Treatment\n\nYou'll come in on weekdays, and parking is free.", "php 5"},
			{"Intensive Outpatient\n\nOur IOP meets three evenings a week. Family members join the IOP once a week for a multi-family group.", "iop 3; other 1"},
			{"Intensive Outpatient\n\nClients come in twice a week for a group and once a week for an individual session.", "iop 2; individual-therapy 1"},
			{"Outpatient counseling\n\nOur outpatient program meets once a week for a family session.", "op 1"},
			// An answer naming nothing times the service its question asks
			// about.
			{"IOP FAQ\n\nOur IOP meets three evenings a week. Is there a family session? Yes, once a week.", "iop 3; other 1"},
			{"IOP FAQ\n\nOur IOP meets three evenings a week. Do I see a psychiatrist? Yes, once a week.", "iop 3; other 1"},
			{"IOP FAQ\n\nHow often does the IOP group meet? Three evenings a week.", "iop 3"},
			{"IOP FAQ\n\nOur IOP meets three evenings a week. Is there group therapy every day? Yes, five days a week.", "iop 3; iop 5"},
			{"PHP FAQ\n\nIs there a doctor on staff? Yes, and we meet five days a week.", "php 5"},
			{"Intensive Outpatient\n\nOur IOP meets four days a week.\n\n• IOP: family members join the IOP once a week for a multi-family group", "iop 4; other 1"},
			{"Outpatient counseling\n\nIn our outpatient program, you come in once or twice a week for a visit with your counselor.", "op 1–2"},
			{"Day Treatment\n\nDay Treatment works around your family's routine, with groups five days a week.", "php 5"},
			{"Evening IOP\n\nEvening Treatment works for people with day jobs: groups meet three nights a week.", "iop 3"},
			{"Evening IOP\n\nOur IOP meets three evenings a week. She is on campus two days a week to meet with families.", "iop 3"},
			{"Evening IOP\n\nCan I still get my daily dose if I join IOP?\n\nYes. Our IOP meets Monday, Wednesday and Friday mornings.", "iop 3"},
			{"Detox\n\nSomeone who drinks two or three times a week may do well with ambulatory detox.", ""},
			{"Day Treatment\n\nOur PHP meets five days a week. PHP clients pay their copay once a week.", "php 5"},
			{"Evening IOP\n\nOur IOP meets four mornings a week.\n\nWhat are your dosing hours?\n\nMonday to Saturday, 5:30 to 11:00 in the morning.", "iop 4"},
			{"Day Treatment\n\nOur PHP meets five days a week. It helps anyone who finds it hard to stay sober without daily support.", "php 5"},
			{"Day Treatment\n\nNurse Ames works four days a week in our PHP.", ""},
			{"SOURCE: https://www.ferngate.example/careers/peer-specialist/\n\nPeer Recovery Specialist\n\nYou will support clients in our IOP. Your workweek is Tuesday through Saturday.", ""},
			{"SOURCE: https://www.ferngate.example/careers/intake-coordinator/\n\nIntake Coordinator\n\nYou will welcome new clients to our PHP and IOP. The schedule is Monday through Friday, 8 a.m. to 4:30 p.m.", ""},
			{"SOURCE: https://www.ferngate.example/careers/family-therapist/\n\nFamily Therapist\n\nThis is a part-time role of three days a week, built around our teen IOP.", ""},
			// (The program's own schedule on a job's page stays the program's.)
			{"SOURCE: https://www.ferngate.example/careers/iop-clinician/\n\nIOP Clinician\n\nIn this role, you will lead IOP groups that meet three evenings a week.", "iop 3"},
			{"SOURCE: https://www.ferngate.example/careers/group-counselor/\n\nGroup Counselor\n\nYou will lead groups in our evening IOP. The IOP schedule is Monday, Tuesday and Thursday, 6 to 9 p.m.", "iop 3"},
			{"SOURCE: https://www.ferngate.example/programs/iop/\n\nOur IOP\n\nYour schedule is Monday, Wednesday and Thursday evenings.", "iop 3"},
			{"Day Treatment\n\nDr. Ortiz is on campus four days a week.", ""},
			{"Intensive Outpatient\n\nGraduates of our PHP attend our IOP two evenings a week.", "iop 2"},
			{"Virtual IOP\n\nOur IOP meets three evenings a week. Our admissions line is answered from 8 a.m. to 10 p.m. Eastern, seven days a week.", "iop 3"},
			{"Our teen IOP is three two-hour afternoons a week.", "iop 3"},
			{"Our IOP groups are held every other day.", "iop 3–4"},
			{"Tucson programs\n\nRincon Path focuses on standard outpatient care: one 90-minute group each week.", "op 1"},
			{"Our PHP\n\nIndividuals receive approximately 30 hours of therapy weekly.", ""},
			{"Our IOP\n\nOur IOP meets three evenings a week.\n\nOffice hours\nTuesday through Saturday, 8 a.m. to 4:30 p.m. Groups are held at our main office on Waco Avenue.", "iop 3"},
			{"Our IOP\n\nOur IOP lets you keep working.\n\nTwo tracks\n| Track | When | Session length |\n| Day track | mornings | 3 hours |\n| Evening track | evenings | 2.5 hours |\nEvening track: 4 evenings a week, 2.5 hours each evening.", "iop 4"},
			{"Our outpatient program meets twice a week. Office hrs Tue-Sat 8-5.", "op 2"},
			{"Our evening IOP meets for four three-hour evenings each week.", "iop 4"},
			{"Our IOP adds two 90-minute evening groups a week.", "iop 2"},
			{"Our evening IOP\nThe IOP meets three evenings a week.\nAdmissions office hours\nTuesday – Saturday, 7:30 am – 5 pm", "iop 3"},
		},
	})
}

// buildingOpens is a clause on when a building or its door opens or
// closes: "The building opens at 8:30 a.m. on", "our doors are open".
var buildingOpens = prefilter.MustCompile(`\b(?:building|buildings|doors?|lobby|office|offices|front\s+desk|campus|center|centre|clinic|parking\s+lot|garage)\s+(?:opens|open|closes|close|is\s+open|are\s+open|is\s+closed|are\s+closed|unlocks|unlock)\b`)

// sampleDayHeading reports a heading that names a sample day or timetable
// ("A Typical Day", "Sample Daily Schedule") and ends at end, on the days
// it shows; "IOP Schedule (Weekdays)" and "IOP Schedule: Weekdays, 6-9
// pm" give the program's week.
func sampleDayHeading(s *sentence, end int) bool {
	if k := s.block.Kind; k != corpus.BlockHeading && k != corpus.BlockTitle || wordCount(s.lower) > 8 || strings.Trim(s.lower[end:], " )]") != "" {
		return false
	}
	return hasWord(s.lower, "typical", "sample", "example") && hasWord(s.lower, "schedule", "timetable", "routine", "day", "daily")
}
