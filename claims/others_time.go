package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// othersTime reports a span that its clause gives to someone other than
// the program's clients: the time volunteers, mentors, families or staff
// give ("Volunteers give about two hours a week to welcome new IOP
// clients", "our counselors spend two hours a week preparing IOP lessons"),
// or the leave an employer or the law allows ("Many employers allow leave
// for up to four weeks"). A program named in the clause does not make it
// the program's.
func othersTime(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.masked[lo:q.Start]
	// ("Clients and counselors spend six hours a day together",
	// "Patients and their therapists spend five hours in group": the
	// clients' time too.)
	// (Only clients joined to them: "When residents arrive, mentors
	// spend an hour a day with them" is the mentors' time.)
	if loc := peopleGiveTime.FindStringIndex(pre); loc != nil && !clientsJoined(pre[:loc[0]]) {
		return true
	}
	// ("you are sober and busy for at least 25 hours a week", "clients
	// also volunteer about 25 hours a week", "20 hours of work a week":
	// a client's own week outside treatment.)
	// (Read on the unmasked text: "a week" after "of work" is a
	// quantity of its own.)
	if leaveAllowed.MatchString(pre) || ownBusyTime.MatchString(pre) || ownWorkAfter.MatchString(s.lower[q.End:]) {
		return true
	}
	// ("Lunch lasts 45 minutes each day", "A teacher comes in for one
	// hour each day", "Doctors make rounds on Tuesdays", "We are closed
	// on Sundays and for one week in late December": a pause in the day,
	// a visitor's time, the clinic's closing; none is the program's.)
	// ("With an hour for lunch, that is about 25 hours of therapy each
	// week": the hour a pause is given. "Our PHP runs 5 hours a day for
	// meals, groups and therapy" gives its day's hours, a rate of their
	// own.)
	if pauseOrVisit.MatchString(pre) || roundsOn.MatchString(pre) || staffCallsOn.MatchString(pre) || familyVisitAt.MatchString(pre) || closingFor(pre) || q.Per == quantity.None && pauseGiven(s.lower[q.End:]) {
		return true
	}
	// ("Ana, one of our counselors, runs the Monday and Wednesday IOP
	// groups", "Marcus, our lead counselor, is at the clinic Monday to
	// Thursday": a person of the staff, named and then set out by role,
	// and that person's days and hours. "Every counselor receives one
	// hour of clinical supervision a week": the staff's training.)
	if staffTraining.MatchString(s.lower[q.End:]) || staffOpening(s, q) {
		return true
	}
	// ("a minimum of three hours of case management weekly": a case
	// manager's time on the client's needs, not hours of the program.)
	if caseManagementOf.MatchString(s.lower[q.End:]) {
		return true
	}
	// ("Early on, patients visit the clinic six days a week for dosing",
	// "Dosing hours are 6:00 to 10:30 a.m. seven days a week": how often
	// and when medication is given out, not a program's meetings.)
	return medicationDosing(s, q)
}

// staffTraining opens on what a span of a clinician's time is given to:
// " of clinical supervision", " of continuing education".
var staffTraining = prefilter.MustCompile(`^\s+of\s+(?:weekly\s+|individual\s+|group\s+)?(?:clinical\s+supervision|continuing\s+education|professional\s+development|staff\s+training|in-service\s+training)\b`)

// caseManagementOf opens on case management as what a span is of: " of
// case management", " of individual case management".
var caseManagementOf = prefilter.MustCompile(`^\s+(?:a\s+week\s+|per\s+week\s+|weekly\s+)?of\s+(?:[a-z-]+\s+)?(?:case\s+management|care\s+coordination)\b`)

// staffAppositive opens a sentence, as written, on a person named and set
// out by a role on the staff: "Ana, one of our counselors, ", "Marcus,
// our lead counselor, ".
var staffAppositive = prefilter.MustCompile(`^\W*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?i:(?:one\s+of\s+)?(?:our|the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:counselors?|therapists?|clinicians?|director|coordinator|specialists?|nurses?|psychiatrists?|physicians?|doctors?|lead|manager|supervisor|case\s+managers?))\s*,`)

// notNames open a sentence as a capitalised word that names no person:
// "Each week, our counselors, …", "At Oakhaven, our therapists, …".
var notNames = wordSet("each", "every", "most", "many", "some", "at", "in", "on", "our", "the", "this", "when", "after", "before", "during", "for", "with")

// staffOpening reports a figure in a sentence that opens on a person of
// the staff (staffAppositive), with no relative clause between that may
// speak of a program ("…, has led our IOP, which meets three evenings a
// week, …").
func staffOpening(s *sentence, q *quantity.Quantity) bool {
	if !strings.Contains(s.lower[:min(len(s.lower), 60)], ", ") || notNames[leadingWord(strings.TrimLeft(s.lower, " "), 0)] {
		return false
	}
	// (The person's name as written, capitalised; and not a person
	// quoted on the program: "Jordan Lee, our program director, says:
	// \"Our IOP meets three evenings a week\"".)
	loc := staffAppositive.FindStringIndex(s.text)
	return loc != nil && loc[1] <= q.Start && !hasWord(s.masked[loc[1]:q.Start], "which", "that", "where", "says", "said", "explains") && !strings.ContainsAny(s.text[loc[1]:q.Start], "\"“")
}

// medicationDosing reports a figure whose clause is about medication
// being dosed, dispensed or picked up, with no program named before the
// figure in it but as whose clients are dosed.
func medicationDosing(s *sentence, q *quantity.Quantity) bool {
	if !s.containsAny("dos", "dispens", "take-home", "medication", "pick") {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	if !hasWord(s.masked[lo:hi], dosingWords...) {
		return false
	}
	// (A program's clients are still the ones dosed: "IOP patients come
	// in six days a week for dosing".)
	for _, m := range s.mentions {
		if m.start >= lo && m.start < q.Start && programSubject(m.subject) && !clientNouns[wordAfter(s.lower, m.end)] {
			return false
		}
	}
	return true
}

// dosingWords name medication given out at a clinic.
var dosingWords = []string{"dosing", "dosed", "doses", "dispense", "dispenses", "dispensed", "dispensing", "dispensary", "take-home", "take-homes",
	"collect their medication", "pick up their medication", "pick up medication", "medication pick-up", "medication window",
	"pick up buprenorphine", "pick up methadone", "pick up suboxone", "picks up buprenorphine", "picks up methadone", "picks up suboxone"}

// closingFor reports pre ending on a closing or a pause that the span
// after it times, with no verb of the program's own between: "Our PHP
// closes each afternoon and runs for 4 weeks" is the PHP's length.
func closingFor(pre string) bool {
	loc := closedFor.FindStringIndex(pre)
	return loc != nil && !hasWord(pre[loc[0]:], "runs", "run", "lasts", "last", "meets", "meet", "continues", "continue")
}

// pauseGiven reports rest opening on what a span is given to when that is
// a pause, not the first of a list ("six hours for meals, groups and
// individual therapy" is the day's).
func pauseGiven(rest string) bool {
	loc := pauseAfter.FindStringIndex(rest)
	return loc != nil && !listGoesOn.MatchString(rest[loc[1]:])
}

// listGoesOn opens on the rest of a list: ", groups and …", " and groups".
var listGoesOn = prefilter.MustCompile(`^(?:,?\s*(?:[a-z-]+\s+){0,2}(?:and|or)\s|\s+(?:and|or)\s)`)

// pauseAfter opens on what a span is given to when that is a pause: " for
// lunch", " of free time", " for breaks".
var pauseAfter = prefilter.MustCompile(`^\s+(?:for|of)\s+(?:a\s+)?(?:lunch|lunch\s+breaks?|breaks?|meals?|free\s+time|downtime|recess)\b`)

// pauseOrVisit ends on a part of the day that is no treatment, or on a
// visitor coming in, as the subject of its length: "lunch lasts ", "the
// van ride takes about ", "a tutor comes in for ".
var pauseOrVisit = prefilter.MustCompile(`(?:^|[,;]|\band|\bbut|\bthen)\s*(?:(?:the|a|an|our|each|every|your|their)\s+)?(?:(?:daily|morning|afternoon|midday|mid-day|short|quick|long|hot|family-style)\s+)?(?:lunch(?:\s+break)?|lunch\s+hour|breaks?|van\s+ride|bus\s+ride|shuttle(?:\s+ride)?|ride|drive|commute|nap|recess|free\s+time|(?:teacher|tutor|instructor)\s+(?:comes?\s+in|visits?|stops?\s+by))\s+(?:(?:usually|typically|generally|often|only|also)\s+)?(?:lasts?|takes?|runs?|is|are)?\s*(?:for\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+|at\s+most\s+)?$`)

// roundsOn ends on rounds made, right before their days: "Doctors make
// rounds on ", "Medical rounds are held ".
// staffCallsOn ends on staff visiting or checking in on clients, the
// days after it: "Staff check in with residents on ", "A house manager
// visits the home ", "Nurses stop by each resident's room every ".
var staffCallsOn = prefilter.MustCompile(`\b(?:staff(?:\s+(?:members?|persons?))?|nurses?|counselors?|counsellors?|managers?|volunteers?)\s+(?:also\s+|usually\s+)?(?:check(?:s)?\s+in\s+(?:with|on)|visit(?:s)?|stop(?:s)?\s+by|come(?:s)?\s+by|drop(?:s)?\s+by)\s+(?:[a-z'’-]+\s+){0,4}?(?:on\s+|every\s+|each\s+)?(?:at\s+least\s+)?$`)

// familyVisitAt ends on clients visiting with their families, the
// hours after it: "visit with family between ", "may visit with loved
// ones from ".
var familyVisitAt = prefilter.MustCompile(`\bvisit(?:s|ing)?\s+with\s+(?:their\s+|your\s+|his\s+|her\s+)?(?:family|families|loved\s+ones|friends|relatives|visitors)\s+(?:between|from|at|on)\s+$`)

var roundsOn = prefilter.MustCompile(`\brounds\s+(?:(?:are|is)\s+(?:held|made|done)\s+|happen\s+|take\s+place\s+)?(?:on\s+|every\s+|each\s+)?$`)

// closedFor ends on the clinic closing or the groups pausing for a span:
// "are closed on Sundays and for ", "shuts down over the holidays for ".
// ("Our IOP runs as a closed group for 12 weeks" is a cohort's length.)
var closedFor = prefilter.MustCompile(`\b(?:(?:is|are|be|remains?|stays?)\s+closed(?:[^a-z-]|$)|closes|shuts?\s+down|shut\s+down|pauses?|paused)\b[^.;:]{0,40}?\bfor\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$`)

// ownBusyTime ends on a client's own busy or volunteer time.
var ownBusyTime = prefilter.MustCompile(`\b(?:volunteer|volunteers|volunteering|busy|employed)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?$`)

// ownWorkAfter opens on what hours are spent at outside treatment: " of
// work a week", " of volunteering.", " of community service each week".
// ("12 hours of work on coping skills" is the program's.)
var ownWorkAfter = prefilter.MustCompile(`^\s+of\s+(?:paid\s+)?(?:work|volunteering|volunteer\s+work|community\s+service|job\s+searching|employment)(?:\s+(?:a|per|each|every)\s+week\b|\s*[.,;]|\s*$)`)

// peopleGiveTime ends on people who are not the program's clients giving
// their time, right before the span or before how long they give it
// ("Mentors commit to two hours a week for six months").
var peopleGiveTime = prefilter.MustCompile(`\b(?:volunteers?|mentors?|sponsors?|family\s+members?|parents|loved\s+ones|spouses|counselors?|counsellors?|therapists?|clinicians?|staff(?:\s+members?)?)\s+(?:(?:are|is)\s+asked\s+to\s+|(?:often|usually|typically|generally|also|may|can|will|each|all)\s+)*(?:give|gives|commit|commits|spend|spends|volunteer|volunteers|donate|donates|devote|devotes|contribute|contributes|dedicate|dedicates)(?:\s+to)?\s+(?:[^.;:,]{1,40}?\s+for\s+)?$`)

// leaveAllowed ends on an employer or the law allowing time off, a few
// words before the span: "employers allow leave for ", "FMLA protects
// your job for ". (Not "Employers can offer our 8-week IOP as a benefit".)
var leaveAllowed = prefilter.MustCompile(`\b(?:employers?|fmla|the\s+law|companies)\s+(?:(?:often|usually|typically|generally|also|may|can|must|will)\s+)*(?:allow|allows|grant|grants|give|gives|protect|protects|offer|offers|provide|provides|guarantee|guarantees)\b[^.;:,]{0,30}?\b(?:leave|time\s+off|job|jobs|position|absence|days\s+off)\b[^.;:,]{0,12}$`)

// clientsJoined reports pre ending on clients joined to the people after
// it: "clients and ", "patients and their ", "you and your ".
func clientsJoined(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	for _, w := range []string{"their", "your", "our", "the"} {
		pre = strings.TrimRight(strings.TrimSuffix(pre, " "+w), " ")
	}
	if !strings.HasSuffix(pre, " and") && pre != "and" {
		return false
	}
	switch wordBefore(pre, len(pre)-len("and")) {
	case "clients", "patients", "residents", "participants", "members", "teens", "adults", "you":
		return true
	}
	return false
}
