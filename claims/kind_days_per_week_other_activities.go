package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// travelJustBefore ends on a trip right before its count: "asks you to
// travel only once a week". ("travel in to the clinic for group sessions a few
// days each week" counts the sessions.)
var travelJustBefore = prefilter.MustCompile(`\btravel(?:s|ling)?\s+(?:only\s+|just\s+|in\s+)?$`)

var daysForWork = prefilter.MustCompile(`^\s*(?:belongs?\s+to|(?:is|are)\s+(?:for|reserved\s+for|spent\s+at|taken\s+up\s+by))\s+(?:your|their|his|her|the)?\s*(?:day\s+)?(?:jobs?|work|employers?|shifts?)\b`)

// schoolClasses reports classes as the subject of the verb before a
// figure: "Classes meet four days a week", "our school is accredited, and
// classes meet Monday through Friday".
func schoolClasses(pre string) bool {
	t := trimLeftWords(pre)
	var rest string
	switch {
	case strings.HasPrefix(t, "classes "):
		rest = t[len("classes "):]
	case strings.HasPrefix(t, "class "):
		rest = t[len("class "):]
	default:
		k := lastIndex(t, "and classes ")
		if k < 0 || k > 0 && t[k-1] != ' ' {
			return false
		}
		rest = t[k+len("and classes "):]
	}
	return wordCount(rest) <= 3
}

var openingWords = []string{"open", "opened", "call", "calls", "answer", "answers", "answered", "admissions", "admission", "referrals accepted", "referrals received", "referral line", "referral hours", "staffed", "reach", "reached", "hotline", "helpline", "help line", "phone line", "phone", "phones", "available",
	"walk-in", "walk-ins", "walk in", "walk ins", "office hours", "business hours", "office hrs", "business hrs", "new clients", "new patients",
	// "A specialist will reply within one business day, Monday through
	// Friday, 9 a.m. to 5 p.m.": when the office answers.
	"reply", "replies", "respond", "responds", "business day", "business days",
	// "Stop by the front desk, Monday through Friday, 7:30 a.m. to 6
	// p.m.": when a place in the building can be visited.
	"front desk", "reception desk", "stop by", "drop by", "come by", "swing by",
	// "You can drop in for an assessment between 9 and 11 a.m., Monday
	// through Friday".
	"drop in", "drop-in", "drop ins", "drop-ins",
	// "Both offices see clients until 7 p.m. on weeknights": when a
	// clinic takes appointments.
	"see clients until", "sees clients until", "see patients until", "sees patients until",
	// "Our billing office (Mon–Fri, 8:30 am – 4:30 pm) can verify your
	// benefits": when the office that handles payment answers.
	"billing office", "billing department", "billing team", "business office",
	// "Questions? Contact our program coordinator, Monday through
	// Friday, 9 a.m. to 5 p.m.": when someone can be reached.
	// ("face-to-face contact with staff five days a week" is the
	// program's.)
	"contact us", "contact our", "contact the", "contact a", "contact an", "contact them", "email", "e-mail", "text us", "message us"}

// helpDeskWords name a help desk: "Tech help for IOP video groups: 4:30
// to 9 p.m. on weekdays" says when it answers, not when the program
// meets. They count only opening the clause ("Our virtual IOP, with login
// support, meets two evenings a week" is the program's).
var helpDeskWords = []string{"tech help", "tech support", "technical help", "technical support", "it help", "it support", "login help", "login support",
	"device help", "device support", "help desk", "helpdesk", "support desk", "tech desk"}

// helpDeskOpens reports a clause opening on a help desk, past an article
// or "our".
func helpDeskOpens(clause string) bool {
	t := strings.TrimLeft(clause, " ")
	for _, a := range []string{"our ", "the ", "a ", "free ", "live "} {
		t = strings.TrimPrefix(t, a)
	}
	return anyPrefix(t, helpDeskWords)
}

// testedBefore reports "tested" governing a frequency: "Teens are tested
// at random, roughly once a week" ("Clients are tested weekly and attend
// groups three days a week", "Our IOP model has been tested in two trials
// and runs three days a week" go on to the program).
func testedBefore(pre string) bool {
	k := indexWord(pre, "tested", 0)
	return k >= 0 && !strings.Contains(pre[k:], " and ") && !hasWord(pre[k:], "attend", "attends", "meet", "meets", "groups", "sessions", "iop", "php", "program")
}

// transitTimetable reports days that time a bus or train: "the Route 14
// bus line, which runs every 20 minutes on weekdays". The vehicle is the
// subject of the figure's clause, or of the clause a "which" or "that"
// clause hangs on, and no program is named between ("a short walk from
// the bus stop, our IOP meets three days a week" is the IOP's).
func transitTimetable(s *sentence, lo, start int) bool {
	from := lo
	if w := wordBefore(s.masked, lo); w == "which" || w == "that" {
		k := lastIndex(s.masked[:lo], w)
		from, _ = clauseBounds(s.lower, k, k)
	}
	if !hasWord(s.masked[from:start], transitWords...) {
		return false
	}
	// ("The garage on Elm Street is free, and groups meet Monday through
	// Friday": parking is no vehicle with a timetable; the meetings'
	// verb gives the days to them.)
	if !hasWord(s.masked[from:start], vehicleWords...) && hasWord(s.masked[from:start], "meet", "meets", "run", "runs", "held", "attend", "attends", "sessions", "groups") {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= from && m.end <= start && programSubject(m.subject) {
			return false
		}
	}
	return true
}

// vehicleWords are the transitWords that run on a timetable.
var vehicleWords = []string{"bus", "buses", "bus line", "shuttle", "shuttles", "trains", "transit", "light rail", "van", "vans", "dial-a-ride"}

// transitWords name a bus or train, whose timetable is no program's, or
// where to park ("Parking is in the church lot on weekdays").
var transitWords = append(slices.Clip(vehicleWords), "parking", "garage")

// notMeetingWords before a count of days name something done that often
// that is not the program meeting: "drug testing happens twice a week",
// "intake runs on Tuesdays and Thursdays".
var notMeetingWords = []string{"testing", "tests", "test", "screens", "screening", "screenings", "urinalysis", "intake", "intakes",
	// ("Walk-in assessments Tuesday to Saturday": when someone new
	// is seen.)
	"assessments",
	// ("Visiting for residents is on Saturdays and Sundays": when
	// families come, beside visitorWords; "visiting a clinic daily" is
	// the client's own.)
	"visiting for",

	// "nursing shifts are 12 hours, three days a week": the staff's
	// ("clients shift from PHP to our IOP" is no shift).
	"nursing shifts", "staff shifts", "work shifts", "shifts are", "shift is"}

// tourWords name visitors shown round: "Campus tours run Monday through
// Friday at 10 a.m.".
var tourWords = []string{"tour", "tours", "open house", "open houses", "info sessions", "information sessions"}

// toursCounted reports days counted of tours or open houses: a tour word
// in the clause before the figure, with no program named between ("After
// your first tour, our IOP meets four days a week" counts the IOP's), and
// not in an aside ("Our IOP, which families can tour any afternoon, meets
// four days a week").
func toursCounted(s *sentence, lo, start int) bool {
	at := lastWordIndex(s.masked[lo:start], tourWords)
	if at < 0 {
		return false
	}
	at += lo
	if k := lastIndex(s.masked[:at], ", which"); k >= lo-len(", which ") && k >= 0 && strings.Contains(s.masked[at:start], ",") {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.start > at && m.start < start {
			return false
		}
	}
	return true
}

// reviewWords right before a count of days name a part of the program
// done that often: "Psychiatric review once a week", "medication
// management twice a month". (Further back they may be one item of a list
// before the program's own: "a check-in, a skills group …, and every teen
// meets with a counselor once a week".)
var reviewWords = []string{"review", "reviews", "check-in", "check-ins", "medication management", "med management", "medication checks"}

// includedDays reports named days at i set among others: "including
// Saturday and Sunday", "even on weekends".
func includedDays(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "on" {
		w = wordBefore(lower, lastIndex(lower[:i], "on"))
	}
	return w == "including" || w == "even" || w == "also"
}

// notMeetingBefore reports one of the notMeetingWords before a count of
// days, unless the program meets after it: "drug testing happens twice a
// week" times the tests, "Our IOP includes drug testing and meets three
// days a week" the program.
func notMeetingBefore(pre string) bool {
	return hasWord(pre, notMeetingWords...) && !meetsAfterLast(pre, notMeetingWords)
}

// meetsAfterLast reports the program's own verb of meeting, joined by
// "and", after the last of words in pre: "includes drug testing and meets
// …". ("Drug testing runs twice a week" is the testing's.)
func meetsAfterLast(pre string, words []string) bool {
	last := lastWordIndex(pre, words)
	return last >= 0 && andMeets.MatchString(pre[last:])
}

var andMeets = prefilter.MustCompile(`\band\s+(?:meets|meet|runs|run)\b`)

// clientsWork reports days right after people working them: "people who
// work weekdays", "clients who work full-time Monday through Friday",
// "you work on weekdays", "are employed Monday through Friday".
func clientsWork(masked string, start int) bool {
	i := start
	w := wordBefore(masked, i)
	switch w {
	case "on", "full-time", "part-time", "regular", "standard", "normal", "traditional":
		i = lastIndex(masked[:i], w)
		w = wordBefore(masked, i)
	}
	switch w {
	case "employed":
		return true
	case "work", "works", "working":
	default:
		return false
	}
	return workers[wordBefore(masked, lastIndex(masked[:i], w))]
}

// workers are who may work: the clients, or a word that stands for them.
var workers = wordSet("who", "that", "people", "you", "they", "we", "i", "clients", "patients", "parents", "adults", "members", "students", "professionals",
	"employees", "residents", "he", "she", "to", "still", "also", "and", "or", "and/or")

// testWords name drug testing.
var testWords = []string{"test", "tests", "testing", "tested", "screen", "screens", "screening", "screenings", "breathalyzer", "breathalyzers", "toxicology", "urinalysis",
	// "Clients give a random urine sample about once a week."
	"urine", "saliva", "swab", "swabs", "uas", "ua", "breath",
	// "Lab work is drawn on Tuesday and Thursday mornings."
	"lab", "labs", "bloodwork", "blood", "drawn"}

// checkWords name the routine checks of a medical staff.
var checkWords = []string{"vitals", "vital", "weight", "weights", "weigh-in", "weigh-ins", "weighed"}

// checksFollow reports the rest of a clause after a fronted frequency
// naming tests or routine checks, and no meeting of the program's:
// " the nurses draw labs", " staff take your weight and vitals".
func checksFollow(rest string) bool {
	return (hasWord(rest, testWords...) || hasWord(rest, checkWords...)) &&
		!hasWord(rest, "attend", "attends", "meet", "meets", "group", "groups", "session", "sessions", "program", "iop", "php", "therapy", "treatment", "class", "classes")
}

// medicationNames name medications for addiction.
var medicationNames = []string{"buprenorphine", "naltrexone", "methadone", "suboxone", "vivitrol", "sublocade"}

// medicationWords name medications for addiction and their treatment.
var medicationWords = append(slices.Clone(medicationNames), "medication-assisted", "medications for opioid use")

// visitsReceived reports visits a client receives from family or friends:
// "Residents can receive visits on Sunday afternoons", "may receive visits
// from relatives" (not "home visits from a case manager" or "visits from
// their psychiatrist", a clinician's).
func visitsReceived(t string) bool {
	for _, v := range []string{"receive visits", "receives visits", "receiving visits", "visits from"} {
		k := strings.Index(t, v)
		if k < 0 {
			continue
		}
		rest := strings.TrimLeft(t[k+len(v):], " ")
		if v != "visits from" {
			// ("receive visits three days a week from a nurse": the
			// visitor named further on.)
			// ("… on Sundays from 1 to 4 p.m.": a time, no visitor.)
			f := strings.Index(rest[:min(len(rest), 40)], "from ")
			if f < 0 || visitTime(rest[f+len("from "):]) {
				return true
			}
			rest = rest[f+len("from "):]
		}
		ws := strings.Fields(rest)
		for n, w := range ws[:min(3, len(ws))] {
			// ("visits from a family therapist": a clinician.)
			if visitingKin[strings.Trim(w, ",.;:")] && !(n+1 < len(ws) && clinicianNouns[strings.Trim(ws[n+1], ",.;:")]) {
				return true
			}
		}
	}
	return false
}

// visitTime reports a time of day opening t: "1 to 4 p.m.", "noon".
func visitTime(t string) bool {
	return t != "" && (t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "noon") || strings.HasPrefix(t, "morning") || strings.HasPrefix(t, "afternoon") || strings.HasPrefix(t, "evening"))
}

var clinicianNouns = wordSet("therapist", "therapists", "counselor", "counselors", "counsellor", "nurse", "nurses", "doctor", "doctors", "physician", "psychiatrist", "clinician", "clinicians", "worker", "workers", "coach", "coaches", "advocate")

var visitingKin = wordSet("family", "families", "friends", "relatives", "loved", "parents", "spouse", "spouses", "partner", "partners", "children", "kids", "siblings", "visitors")

// visitorWords name visits to clients, not the clients' own meetings
// ("visits" alone may be a client's visits to an outpatient clinic).
var visitorWords = []string{"visiting hours", "visiting hour", "visiting day", "visiting days", "visitation", "visitors", "family visits", "family visit",
	// "Visiting is on Saturday and Sunday afternoons". ("Medication
	// management visits take place once a week" are the clinic's.)
	"visiting is", "visiting takes place", "care packages", "mail call",
	// "Visits are allowed on Saturdays …", "Families may visit on
	// Sundays from 1 to 4 p.m.".
	"visits are allowed", "visits are permitted", "visits are welcome", "may visit", "can visit", "are welcome to visit",
	// "Mail days are Tuesday and Thursday", "day passes on Saturday and
	// Sunday of the sixth week": the post's days, a resident's leave.
	"mail", "mail days", "mail day", "day pass", "day passes"}

// curfewDays reports days that say when a resident must be home or away,
// a house's rule: a line under a "Curfew" heading, every clause of a line
// opening on "Curfew:" ("Curfew: Sun.–Thurs. 10 pm; Fri.–Sat.
// midnight"), days after a curfew named earlier in the sentence or the
// paragraph with no meeting between ("… After the first month: Sun. –
// Thurs. 11 pm; Fri. – Sat. 1 am."), and in the days' own clause "home
// by 10:00 p.m. Sunday–Thursday", "must be in the house by 10 pm", "must
// be out of the house Monday through Friday".
func curfewDays(s *sentence, lo, start int) bool {
	if hs := s.block.Headings; len(hs) > 0 && hasWord(lowerASCII(hs[len(hs)-1]), "curfew", "curfews") {
		return true
	}
	if strings.HasPrefix(strings.TrimLeft(s.lower, " •*-–"), "curfew") {
		return true
	}
	before := lowerASCII(s.block.Text[:min(s.off, len(s.block.Text))]) + " " + s.lower[:start]
	if k := strings.LastIndex(before, "curfew"); k >= 0 && !hasWord(before[k:], "meet", "meets", "group", "groups", "session", "sessions", "program", "programs", "attend", "attends", "therapy") {
		return true
	}
	pre := s.lower[lo:start]
	return strings.Contains(pre, "curfew") || strings.Contains(pre, "home by") || strings.Contains(pre, "back by") || strings.Contains(pre, "in by") || inHouseBy.MatchString(pre) || outOfHouse.MatchString(pre)
}

// outOfHouse is the house rule the other way round, the hours a resident
// must be away: "must be out of the house ", "be off the property from
// 9 until noon ".
var outOfHouse = prefilter.MustCompile(`\b(?:out\s+of|off)\s+the\s+(?:house|property|premises|residence|home)\b`)

// inHouseBy ends on a time a resident must be in a house by: "must be in
// the house by 10 pm ", "be back at the residence by midnight on ".
var inHouseBy = prefilter.MustCompile(`\bbe\s+(?:back\s+)?(?:in|inside|at|home\s+at)\s+(?:the\s+)?(?:house|home|residence|dorm|facility)\s+by\b`)

// houseWords right before a count of days name life in a house, not a
// program meeting: "Chores, plus a shared dinner three nights a week",
// "House meeting every Sunday evening".
var houseWords = []string{"dinner", "dinners", "meal", "meals", "chores", "curfew", "house meeting", "house meetings"}

// houseMeetingAfter reports a count of days that times life in the house
// named right after it: "Twice a week house meetings and chores" ("five
// days a week and meals are provided" is the program's).
func houseMeetingAfter(s *sentence, end int) bool {
	rest := strings.TrimLeft(s.lower[end:], " ")
	for _, w := range []string{"house meeting", "house meetings", "house dinner", "house dinners", "chores", "chore"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// activityItem reports a list item naming one activity of a program, or
// one member of its staff, and how often: "• Equine-assisted therapy
// twice a week", "• Yoga class every morning", "• Nurse practitioner
// three days a week". The days are the activity's, not the days the
// program meets. (A therapy with a subject of its own, "Individual
// therapy twice a week", is read as that therapy's elsewhere.)
func activityItem(s *sentence, at int) bool {
	if s.block.Kind != corpus.BlockListItem {
		return false
	}
	for _, m := range s.mentions {
		if m.start < at {
			return false
		}
	}
	head := strings.TrimRight(s.lower[:at], " ,:–—-")
	// ("• How often you'll attend therapy: three days a week", "• Days in
	// session for DBT skills: …": the program's own attendance.)
	if hasWord(head, "attend", "attends", "attendance", "session", "sessions", "days", "how often", "meet", "meets", "meeting", "required") {
		return false
	}
	switch head[strings.LastIndexByte(head, ' ')+1:] {
	case "therapy", "counseling", "counselling", "class", "classes", "workshop", "workshops", "yoga", "meditation", "outing", "outings":
		return wordCount(head) <= 4
	case
		// Activities of a residential week: "Fitness or hiking: daily",
		// "Life skills, cooking and budgeting: three afternoons a week"
		// (a labelled activity may take a few more words).
		"budgeting", "cooking", "coaching", "tutoring", "mentoring", "fitness", "hiking", "exercise", "recreation", "chores", "gym", "sports",
		"volunteering", "schoolwork",
		// "• Lunch-and-learn topics twice a week".
		"topics", "talks", "lectures", "seminars", "lessons",
		// "• On-site psychiatric provider two days a week": a member of
		// staff's days on hand.
		"provider", "psychiatrist", "nurse", "practitioner", "physician", "doctor", "prescriber", "dietitian", "chaplain":
		// ("• Medically supervised by a physician, five days a week":
		// the program's days, its supervision said on the way.)
		return wordCount(head) <= 6 && !hasWord(head, "by", "with", "under")
	case "group", "groups":
		// "• DBT skills group, twice a week": one group of a kind
		// ("• Groups, three days a week" are the program's meetings).
		return wordCount(head) <= 4 && kindOfGroup(head+" ")
	}
	return false
}

// everydayDays reports a clause about a client's life outside treatment
// (the gym, homework, laundry, errands, sports, church) that names no
// meeting and no program.
func everydayDays(s *sentence, q *quantity.Quantity, lo, hi int) bool {
	// (Within the figure's commas: "Teens in our IOP, which meets three
	// afternoons a week, often do homework on Tuesdays and Fridays".)
	if k := strings.LastIndexByte(s.masked[lo:q.Start], ','); k >= 0 {
		lo += k + 1
	}
	// ("On Saturdays and Sundays, most clients run errands": fronted
	// days reach into the clause after their comma.)
	from := q.End
	if pre := strings.TrimSpace(s.masked[lo:q.Start]); (pre == "" || pre == "on") && strings.HasPrefix(strings.TrimLeft(s.masked[q.End:hi], " "), ",") {
		from = q.End + strings.IndexByte(s.masked[q.End:hi], ',') + 1
	}
	if k := strings.IndexByte(s.masked[from:hi], ','); k >= 0 {
		hi = from + k
	}
	c := s.masked[lo:hi]
	if !hasWord(c, everydayWords...) || hasWord(c, "group", "groups", "session", "sessions", "meet", "meets", "meeting", "meetings", "therapy", "treatment", "program", "class", "classes") {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= hi && programSubject(m.subject) {
			return false
		}
	}
	return true
}

// everydayWords name a client's life outside treatment.
var everydayWords = []string{"gym", "homework", "laundry", "errands", "chores", "groceries", "shopping", "soccer", "sports", "church", "worship", "hobbies", "volunteering", "volunteer"}
