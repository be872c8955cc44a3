package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// practiceSees is the provider seeing its clients on certain days.
var practiceSees = prefilter.MustCompile(`\b(?:we|i)\s+(?:[a-z]+\s+){0,10}?(?:see|sees)\s+(?:clients|patients)\s+(?:on\s+)?$`)

// staffSees is a clinician who sees patients or is in on certain days.
// staffVisits ends on a member of staff coming in: "a nurse practitioner
// visits", "the psychiatrist comes in", "a nurse practitioner is at the
// clinic".
// ("Our staff includes two counselors, a nurse practitioner two days a
// week": the clinician named right before the days.)
// personWorks opens a clause on one clinician and the work they do on the
// days after it.
// ("Nurse Lee works four days a week in our PHP": a title before the
// name.)
var personWorks = prefilter.MustCompile(`^\s*(?:She|He|Dr\.\s+[A-Z][a-z]+|(?:(?:Nurse|Counselor|Therapist|Coach|Chaplain)\s+)?[A-Z][a-z]+)\s+(?:also\s+)?(?:leads|co-leads|facilitates|co-facilitates|teaches|works|is\s+with\s+us|is\s+in\s+the\s+office|joins\s+us|is\s+available|covers|supervises)\b`)

// personIn opens a clause on one clinician working or being in, whose
// days a count gives as well as named days: "Nurse Lee works four days a
// week in our PHP", "Dr. Ortiz is on campus four days a week".
// (A bare capitalised word only with "works": "Everyone is here three
// days a week" is the program's.)
var personIn = prefilter.MustCompile(`^\s*(?:(?:She|He|Nurse\s+[A-Z][a-z]+|Dr\.\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:also\s+)?works|(?:She|He|Dr\.\s+[A-Z][a-z]+|(?:Nurse|Counselor|Therapist|Coach|Chaplain)\s+[A-Z][a-z]+)\s+(?:also\s+)?(?:works|is\s+(?:with\s+us|in\s+the\s+(?:office|building)|on\s+campus|on\s+site|on-site|here)))\b`)

// personServes opens a clause on one clinician and a service they give:
// "Hannah provides medication management", "Dr. Lee sees patients".
var personServes = prefilter.MustCompile(`^\s*(?:She|He|Dr\.\s+[A-Z][a-z]+|[A-Z][a-z]+)\s+(?:also\s+)?(?:provides|offers|sees|holds|prescribes)\b`)

// personWorksOn reports re (personWorks, personServes) opening the clause before i, its
// clinician no name of the provider's own ("Birchwood teaches skills in
// the IOP on Monday, Wednesday and Thursday evenings" is the program's).
// slotsToChoose reports weekdays offered as slots a client picks one
// of: "Groups are held Monday mornings and Thursday evenings; pick the
// time that works for you" counts no two days a week of anyone's.
func slotsToChoose(lower string, q *quantity.Quantity) bool {
	if q.Unit != quantity.Day || !weekdaySpan(q.Text) || !slotsNamed(lowerASCII(q.Text)) {
		return false
	}
	rest := cutAt(lower[q.End:], ".!?")
	// ("Monday, Wednesday and Friday, and you pick the time: morning or
	// evening", "you attend both; pick a time for your individual
	// session", "choose a slot each day": every day is attended, only
	// the time is chosen.)
	return slotChoice.MatchString(rest) && !hasWord(rest, "both", "each day", "every day", "all three", "all of them", "morning or evening", "individual")
}

// slotsNamed reports weekdays each given its own part of the day, two
// different ones at least: "Tuesday evenings and Saturday mornings".
func slotsNamed(t string) bool {
	n := 0
	for _, part := range []string{"morning", "afternoon", "evening", "night"} {
		if strings.Contains(t, part) {
			n++
		}
	}
	return n >= 2
}

var slotChoice = prefilter.MustCompile(`\b(?:(?:you|clients|participants|patients|members|each\s+(?:client|participant|person))\s+(?:can\s+|may\s+|get\s+to\s+)?(?:choose|chooses|pick|picks|select|selects)\s+(?:the\s+|a\s+|one\s+|your\s+|whichever\s+|which\s+)(?:[a-z-]+\s+)?(?:slot|time|day|session|option|group|one|track|fits|works)|whichever\s+(?:slot|time|day|session|option|group|one|track)\s+(?:fits|works|suits))`)

func personWorksOn(s *sentence, lo, i int, re *prefilter.Regexp) bool {
	t := s.text[lo:i]
	if !re.MatchString(t) {
		return false
	}
	first := strings.Fields(t)[0]
	// ("Day Treatment works around your routine", "Intensive Outpatient
	// works well": a program's name, no person.)
	for _, m := range s.mentions {
		if m.start >= lo && m.start <= lo+len(first)+1 {
			return false
		}
	}
	// ("Evening Treatment works for people with day jobs": a name of
	// care, capitalised.)
	if f := strings.Fields(t); len(f) > 1 && careNameWords[strings.ToLower(strings.Trim(f[1], ",:"))] {
		return false
	}
	return first == "She" || first == "He" || first == "Dr." || !ownName(s.doc, first, s.bi) && !providerName(first) && !notPersons[strings.ToLower(first)]
}

// notPersons are words that open a sentence on what works, not who:
// "Programming works around school", "Treatment works best …".
var notPersons = wordSet("programming", "treatment", "therapy", "group", "groups", "care", "programs", "program", "staff", "everything", "recovery",
	"this", "that", "it", "our", "the", "each", "every", "what", "which", "counseling", "iop", "php", "detox", "medication", "scheduling", "attendance")

// officeDaysLabel reports a line labelled with a clinician's days in the
// office: "Office days: Tuesday and Wednesday".
func officeDaysLabel(s *sentence) bool {
	label, e := s.label()
	if e == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "office days", "in the office", "days in the office", "days in office", "clinic days":
		return true
	}
	return false
}

// clinicianDays reports days at i of a line naming a clinician by a
// credential after their name, set apart after the role: "Andre Whitaker,
// LADC, teen group lead; Tuesday through Friday". ("Anna Lee, LCSW, leads
// our Evening IOP, which meets Monday, Wednesday and Thursday" and a
// clinician quoted, "Maria Lopez, LCSW, explains: …", give the program's.)
func clinicianDays(text string, i int) bool {
	m := credentialAfterName.FindStringIndex(text)
	if m == nil || m[1] > i {
		return false
	}
	between := text[m[1]:i]
	if strings.ContainsAny(between, ":\"“”") {
		return false
	}
	l := lowerASCII(between)
	// ("Sheila Brandt, LCSW, runs the skills groups Monday through
	// Wednesday": groups of her own, no program named.)
	if hasWord(l, "runs", "leads", "teaches", "facilitates", "co-leads") && !hasWord(l, "iop", "php", "program", "intensive", "partial", "which", "meets") {
		return true
	}
	return (strings.Contains(between, ";") || strings.Contains(between, " – ") || strings.Contains(between, " - ") || strings.Contains(between, " — ")) &&
		!hasWord(l, "meets", "meet", "runs", "run", "leads", "which")
}

var credentialAfterName = prefilter.MustCompile(`^(?:Dr\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'’-]+,\s+(?:PhD|PsyD|MD|DO|RN|NP|APRN|PA-C|LCSW|LICSW|LMFT|LPC|LPCC|LMHC|LADC|LIMHP|LCADC|CADC|CAC|LAC|LCDC|MSW|MA|MS|MEd|LISW|LCPC|CSAC|NCC)\b`)

// weekdaysAsSubject follows "Weekdays" opening a sentence as its subject:
// "Weekdays include …", "Weekdays are busier …".
var weekdaysAsSubject = prefilter.MustCompile(`^\s+(?:include|are|have|bring|feature|hold|look|tend|start|begin|end|follow)\b`)

// staffDoes opens a clause on what a clinician does: "A nurse checks weight
// and vital signs on weigh-in days, twice a week".
var staffDoes = prefilter.MustCompile(`^\s*(?:(?:a|an|our|the)\s+)?(?:(?:child|and|adolescent|adult|addiction|staff|consulting|board-certified)\s+){0,3}(?:nurse|nurses|doctor|doctors|physician|physicians|psychiatrist|prescriber|dietitian|chaplain)\s+(?:checks|check|measures|measure|weighs|weigh|takes|take|reviews|review|draws|draw)\b`)

// staffWork and staffWeek time a job: "Our counselors work four days a
// week", "A common counselor week is four 10-hour days, Monday through
// Thursday".
var staffWork = prefilter.MustCompile(`\b(?:counselors?|therapists?|clinicians?|nurses?|technicians?|techs|staff|employees?|monitors?|aides?|(?:case|house|program|office)\s+managers?|directors?|coordinators?|psychiatrists?|physicians?|doctors?)\s+(?:often\s+|usually\s+|typically\s+|generally\s+|also\s+)?(?:work|works)\b((?:\s+[a-z0-9,-]+){0,3}?\s*)$`)

// staffWorks reports staffWork ending the text, the staff working alone:
// "Clients and counselors work together three days a week", "our staff
// work with you three days a week" count the clients' days.
// (The figure follows the verb: "work through the curriculum three days a
// week" is the program's, and so is the week of "groups and their
// therapists".)
func staffWorks(pre string) bool {
	m := staffWork.FindStringSubmatchIndex(pre)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(pre[m[2]:]) {
		switch w {
		case "only", "just", "usually", "typically", "generally", "often", "about", "roughly", "around", "full-time", "part-time", "on", "a", "an", "days,", "shifts,", "from":
		default:
			return false
		}
	}
	return !hasWord(pre[max(0, m[0]-24):m[0]], "clients", "patients", "residents", "you", "and")
}

// staffWeekBefore reports staffWeek before the figure at start, with no
// program named between: "A common counselor week is four 10-hour days,
// Monday through Thursday".
func staffWeekBefore(s *sentence, start int) bool {
	m := staffWeek.FindStringIndex(s.masked[:start])
	return m != nil && !programBefore(s, m[1], start)
}

var staffWeek = prefilter.MustCompile(`\b(?:counselor|therapist|nurse|clinician|staff|employee)(?:s|'s|’s)?\s+(?:work\s*)?(?:week|shift)s?\s+(?:is|are|runs?|looks)\b[^.;]*$`)

// staffPresent is members of staff said to be in: "counselors are on
// site ", "a nurse is in the office ", "our nurses are available ".
// staffIn and staffHoursThen go on from it.
const staffPresent = `\b(?:counselors|therapists|clinicians|nurses|staff|doctors|physicians|psychiatrists|prescribers|case\s+managers|(?:a|the|our)\s+(?:counselor|therapist|clinician|nurse|doctor|physician|psychiatrist|prescriber|nurse\s+practitioner))\s+(?:is|are)\s+(?:on\s+site|on-site|onsite|on\s+campus|available|in\s+the\s+(?:office|clinic|building))\s+`

// staffHoursThen ends on members of staff said to be in and the hours
// they are, right before the days: "counselors are on site from 3 to 10
// p.m. on ", "a nurse is in the office from 8:30 to 4:30 on ".
var staffHoursThen = prefilter.MustCompile(staffPresent + `(?:from\s+|between\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon)\s*(?:to|-|–|and|until)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?,?\s+(?:on\s+)?$`)

// staffForProgram follows staff's hours with what they are in for, the
// program's meetings: "… to run the evening IOP", "…, leading the morning
// IOP", "…, when groups meet", "… during PHP hours", "… and IOP meets
// those same evenings".
var staffForProgram = prefilter.MustCompile(`^[^;]*?\b(?:to\s+(?:run|lead|facilitate|staff|cover)|(?:leading|running|facilitating|staffing|covering)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,2}(?:iop|php|program|programs|groups?|sessions?)|(?:those|the\s+same)\s+(?:same\s+)?(?:days|evenings|nights|mornings|afternoons)|during\s+(?:the\s+|our\s+)?(?:iop|php|program|programs|group|groups|treatment|session|sessions)\b|when\s+(?:the\s+|our\s+)?(?:groups?|sessions?|iop|php|programs?)\s+(?:meets?|runs?|are\s+held|is\s+held))\b`)

var staffVisits = prefilter.MustCompile(`\b(?:(?:nurse\s+practitioner|nurse|doctor|physician|psychiatrist|prescriber|chaplain|dietitian|coordinator|case\s+manager|house\s+manager|(?:medical|clinical|program)\s+director|(?:psychiatric|medical)\s+provider)s?(?:,?\s+who\s+|\s+)|(?:counselor|therapist)s?\s+)(?:visits|visit|comes\s+in|come\s+in|stops\s+by|(?:comes|come|joins|join|sits\s+in)\s+(?:(?:on|in|to)\s+)?(?:the\s+|our\s+)?(?:group|groups|sessions?|program)|(?:is|are)\s+(?:on\s+site|on-site|onsite|on\s+campus|available|in|here|(?:at|in)\s+(?:the|our)\s+(?:[a-z]+\s+){0,2}(?:clinic|center|centre|office|house|facility|campus)))\s+(?:on\s+)?$|\b(?:a|an|our)\s+(?:(?:staff|consulting|visiting|part-time|on-site|onsite)\s+)?(?:nurse\s+practitioner|nurse|doctor|physician|psychiatrist|prescriber|chaplain|dietitian)\s+$`)

// staffRunsOffice ends on staff keeping the place going, not on meeting
// clients: "Our team also includes two coordinators who keep things
// running", "our receptionists answer the phones" ("Our team sees
// clients five days a week" and "our therapists lead groups Monday
// through Saturday" are the program's).
var staffRunsOffice = prefilter.MustCompile(`\b(?:keep|keeps|kept)\s+(?:things|everything|the\s+(?:office|desk|front\s+desk|lights\s+on|place))\s+(?:running|open|moving|staffed|going)?\s*(?:on\s+)?$|\b(?:answer|answers)\s+(?:the\s+|our\s+)?(?:phones?|calls|intake\s+line)\s+(?:on\s+)?$|\b(?:staff|staffs|cover|covers)\s+the\s+(?:front\s+desk|desk|phones)\s+(?:on\s+)?$`)

// peersMeet ends on peers meeting the program's clients: "Mentors meet
// current IOP clients", "Alumni volunteers visit our PHP patients": the
// peers' days, not the program's.
var peersMeet = prefilter.MustCompile(`^\s*(?:(?:our|the|trained|peer|alumni|volunteer)\s+){0,2}(?:mentors|volunteers|sponsors|coaches|alumni|graduates)\s+(?:meet|meets|visit|visits|see|sees|check\s+in\s+with|call)\s+(?:with\s+)?(?:(?:current|new|our|the|incoming)\s+)?(?:(?:iop|php|residential|outpatient|program)\s+)?(?:clients|patients|residents|members|participants)\s+$`)

// peersCounted reports a count of peers' meetings with the program's
// clients: the meeting named right before or after the count, not past a
// comma ("Peer mentors meet with IOP clients twice a week, and the IOP
// itself meets four days a week" keeps the program's four), unless the
// count opens the clause ("Twice a week, peer mentors meet …").
func peersCounted(s *sentence, q *quantity.Quantity, lo, hi int) bool {
	loc := peerMeeting.FindStringIndex(s.masked[lo:hi])
	if loc == nil {
		return false
	}
	a, b := lo+loc[0], lo+loc[1]
	switch {
	case b <= q.Start:
		// (Nor past the program's own clause: "… twice a week and the
		// IOP meets three days a week".)
		return !strings.Contains(s.lower[b:q.Start], ",") && !programAfterAnd(s, b, q.Start)
	case a >= q.End:
		return !strings.Contains(s.lower[q.End:a], ",") || strings.TrimSpace(s.lower[lo:q.Start]) == ""
	}
	return true
}

// peersTimed reports the length of peers' meetings given after them past a
// comma: "Peer support specialists meet IOP participants twice weekly,
// for 90 minutes each time" (not past the program's own clause).
func peersTimed(s *sentence, q *quantity.Quantity, lo, hi int) bool {
	loc := peerMeeting.FindStringIndex(s.masked[lo:hi])
	if loc == nil || lo+loc[1] > q.Start {
		return false
	}
	between := s.lower[lo+loc[1] : q.Start]
	return !strings.Contains(between, ";") && !programAfterAnd(s, lo+loc[1], q.Start) && !programBefore(s, lo+loc[1], q.Start)
}

// staffDoesFor reports a clause opening on what a clinician does, the
// count of days in it theirs: not past "and" and a program's own clause
// ("… checks medications once a week, and the IOP meets three days a
// week").
func staffDoesFor(s *sentence, lo, start int) bool {
	loc := staffDoes.FindStringIndex(s.masked[lo:start])
	return loc != nil && !programAfterAnd(s, lo+loc[1], start)
}

// programAfterAnd reports a program named after an "and" between from
// and to: the clause of the program's own.
func programAfterAnd(s *sentence, from, to int) bool {
	k := lastIndex(s.lower[from:to], " and ")
	return k >= 0 && programBefore(s, from+k, to)
}

// peerMeeting is a clause of peers and the program's clients meeting, the
// count anywhere in it: "Twice a week, trained peer mentors meet current
// IOP clients", "IOP clients meet their peer mentors twice a week", "Peer
// support specialists meet IOP participants". (A clinician or a recovery
// coach seen is a visit of its own, read as other care elsewhere.)
var peerMeeting = prefilter.MustCompile(`\b(?:(?:peer|alumni|volunteer|trained|support)\s+)*(?:mentors|sponsors|volunteers|specialists|alumni)\s+(?:[a-z]+\s+){0,5}?(?:meet|meets|visit|visits|see|sees)\s+(?:with\s+)?(?:(?:current|new|our|the|incoming)\s+)?(?:(?:iop|php|residential|outpatient|program)\s+)?(?:clients|patients|residents|members|participants)\b|\b(?:clients|patients|residents|members|participants)\s+(?:meet|meets)\s+(?:with\s+)?(?:(?:trained|peer|alumni|volunteer|support|their)\s+)*(?:mentors|sponsors|specialists)\b`)

var personSees = prefilter.MustCompile(`^\s*(?:she|he|dr\.?\s+[a-z]+)\s+(?:[a-z0-9,'’-]+\s+){0,10}?(?:sees|see|visits)\s+(?:(?:iop|php|residential|outpatient|adult|teen|new|our)\s+){0,2}(?:patients|clients|residents|members)\s+(?:on\s+)?$`)

var staffSees = prefilter.MustCompile(`\b(?:director|psychiatrist|doctor|physician|prescriber|practitioner|nurse|md|np)\s+(?:(?:is|are)\s+(?:board-certified|licensed)\s+[^,]*?\s+and\s+)?(?:sees|see|visits)\s+(?:patients|clients|residents|members)\s+(?:on\s+)?$|\b(?:director|psychiatrist|doctor|physician|prescriber|practitioner|nurse|md|np)\s+(?:is|are)\s+(?:available|on\s+site|on-site|in|here|at\s+(?:the|our)\s+(?:clinic|center|centre|office|house|facility))\s+(?:on\s+)?$|\b(?:has|have)\s+(?:a|an|one|two)\s+(?:psychiatrist|doctor|physician|prescriber|nurse\s+practitioner|nurse)\s+(?:on\s+site|on-site|available|in\s+the\s+clinic)\s+(?:on\s+)?$|^\s*(?:she|he)\s+(?:is|works)\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:clinic|center|centre|office|practice)\s+(?:on\s+)?$`)

// sideStaffDays ends on the days a prescriber sees a program's patients (a
// bio's line may open on the verb: "Sees patients on Mondays") or
// a visiting instructor leads one of its parts: "Dr. Okafor, Medical
// Director, sees patients on ", "Psychiatrists see PHP patients ", "A yoga
// instructor leads the PHP movement group on ", "Our dietitian joins PHP
// lunch on ". (A therapist leading groups leads the program's: "our
// therapists lead groups Monday through Thursday".)
var sideStaffDays = prefilter.MustCompile(`^\s*(?:sees|visits)\s+(?:(?:iop|php|residential|outpatient|adult|teen|new|our|all)\s+){0,2}(?:patients|clients|residents)\s+(?:on\s+)?$|\b(?:director|psychiatrists?|doctors?|physicians?|prescribers?|practitioners?|md|np)\s*,?\s+(?:sees|see|visits|visit)\s+(?:(?:iop|php|residential|outpatient|adult|teen|new|our|all|every|each)\s+){0,2}(?:patients|clients|residents|members)\s+(?:on\s+)?$|\b(?:instructors?|teachers?|coaches|coach|dietitians?|nutritionists?|chaplains?|trainers?)\s+(?:leads?|runs?|teach(?:es)?|joins?|visits?)\s+(?:the\s+|our\s+|a\s+)?(?:[a-z-]+\s+){0,3}(?:group|groups|class|classes|lunch|lunches|session|sessions|walk|walks)\s+(?:on\s+)?$`)

// serviceOpen ends on a phone line, an office or a desk being open, or
// on someone there to talk with: "a parent support line on", "Our office
// closes at 6 p.m. on", "can talk with you on". Its days are when the
// service answers, no program's. ("join each group by conference line
// on …" and "a counselor will talk with you on … in small groups" are
// the program's.)
var serviceOpen = prefilter.MustCompile(`\b(?:(?:support|help|phone|crisis|intake|family|parent|information|info|admissions|nurse|warm)\s+line|hotline|helpline|phones)\s+(?:(?:is|are)\s+)?(?:(?:open|staffed|answered|available)\b[^;,]{0,30}?\s+)?(?:on\s+)?$|\b(?:office|front\s+desk)\s+(?:(?:is|are)\s+)?(?:open|staffed|answered|closes|opens|closed)\b[^;,]{0,30}?\s+(?:on\s+)?$|\bcan\s+(?:talk|speak|chat)\s+with\s+you\s+(?:on\s+)?$|\b(?:billing|pharmacy|insurance)\s+(?:[a-z]+\s+){0,2}(?:is|are)\s+(?:open|handled|answered|staffed|available|processed)\b[^;]{0,30}?\s+(?:on\s+)?$`)

// careNameWords end a capitalised name of care, not of a person.
var careNameWords = wordSet("treatment", "program", "programs", "care", "recovery", "services", "outpatient", "therapy", "track", "group", "groups", "health", "center", "clinic")
