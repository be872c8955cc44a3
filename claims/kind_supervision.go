package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// leftBehind ends on a move away from the care named next: "transition
// from ", "stepping down from the ", "coming out of ".
var leftBehind = prefilter.MustCompile(`\b(?:transition|transitions|transitioning|move|moves|moving|step|steps|stepping|graduate|graduates|graduating|discharged|coming)\s+(?:(?:down|back|out)\s+)?(?:from|out\s+of)\s+(?:(?:the|a|an)\s+)?$`)

// matchSupervision reads whether a program provides round-the-clock
// supervision: a round-the-clock phrase about care ("24-hour medical
// monitoring", "24/7 medical and clinical supervision", "provides care 24
// hours a day") or constant or overnight supervision. Whom a program is
// for speaks for it: "for people who need 24-hour supervision" is a
// program that provides it, "for clients who do not need constant
// supervision" one that does not. A phone line answered around the clock
// is not care.
func matchSupervision(s *sentence) (bool, int, int, bool) {
	start, end, ok := s.supervisionPhrase()
	// "Overnight, the residence is unstaffed", "the house is unstaffed
	// at night": nobody is there then.
	if !ok && (s.contains("unstaffed") || s.contains("not staffed") || s.contains("n't staffed") || s.contains("n’t staffed") || s.contains("no staff")) {
		// ("Our admissions office is unstaffed after hours" is the
		// office.)
		if loc := unstaffed.FindStringIndex(s.lower); loc != nil && !hasWord(s.lower[:loc[0]], "office", "admissions", "desk", "phone", "phones", "line", "reception", "lobby") {
			return false, loc[0], loc[1], true
		}
	}
	// "No staff stay overnight", "Staff do not stay on site overnight":
	// nobody is there at night.
	if !ok && (s.contains("overnight") || s.contains("at night")) {
		// ("Counselors do not stay overnight, but aides are awake all
		// night": someone else covers it; "Unlike some sober homes, where
		// no staff stay overnight": another place.)
		if loc := staffAway.FindStringIndex(s.lower); loc != nil && !hasWord(s.lower[:loc[0]], "unlike", "some", "other", "many") {
			if rest := s.lower[:loc[0]] + " " + s.lower[loc[1]:]; !overnightCover.MatchString(rest) && !coveredInPerson(rest) {
				return false, loc[0], loc[1], true
			}
		}
	}
	// "After lights out, residents are on their own", "the overnight
	// house manager goes off duty at 11 p.m.": nobody watches at night.
	if !ok && (s.contains("own") || s.contains("off duty") || s.contains("unsupervised")) {
		if loc := aloneAtNight.FindStringIndex(s.lower); loc != nil {
			return false, loc[0], loc[1], true
		}
	}
	// "Smaller units may only have a nurse during the day", "nurses are
	// on site only in the daytime": nobody is there at night.
	// ("… and a night technician covers the rest" is someone.)
	if !ok && (s.contains("during the day") || s.contains("daytime") || s.contains("business hours")) {
		if loc := daytimeOnly.FindStringIndex(s.lower); loc != nil && !nightCovered.MatchString(s.lower[loc[1]:]) && !overnightCover.MatchString(s.lower) && !staffOvernight.MatchString(s.lower[loc[1]:]) {
			return false, loc[0], loc[1], true
		}
	}
	// "Clinical staff are on site during program hours only", "clients
	// are not supervised outside group hours": nobody watches the rest of
	// the day.
	if !ok && s.contains("hours") && (s.contains("only") || s.contains("outside")) {
		if loc := programHoursOnly.FindStringIndex(s.lower); loc != nil {
			return false, loc[0], loc[1], true
		}
	}
	// "Crisis calls are routed to the county line, which is staffed
	// 24/7": a phone, no care. ("Our front desk is staffed 24 hours, seven
	// days a week": nor is a desk said to be staffed.)
	// ("This website is not monitored 24/7", "the inbox is not checked
	// around the clock": where messages go, no care either.)
	// ("Login support is available 24 hours a day": a help desk.)
	if ok && (hasWord(s.lower[max(0, start-40):start], "line", "lines", "hotline", "helpline", "phone", "phones", "calls") || messagesMonitored(s, start) || deskStaffed(s.lower[:start]) || helpDeskOpens(s.lower)) {
		return false, 0, 0, false
	}
	// ("We offer 24/7 crisis care", "24/7 crisis support": help at any
	// hour in a crisis, a way in, not watch kept over a stay; "24/7
	// crisis care and supervision by nurses" keeps the watch.)
	if ok && (wordAfter(s.lower, end) == "crisis" || hasWord(s.lower[start:end], "crisis")) &&
		!hasWord(s.lower[end:], "supervision", "supervised", "monitoring", "monitored", "nurses", "nursing", "staffed") {
		return false, 0, 0, false
	}
	if !ok {
		// "Staff are on site from 7:00 a.m. to 11:00 p.m.": staffed for
		// part of the day only.
		// ("… and a registered nurse stays overnight": someone is.)
		// ("The house is staffed from 8 a.m. to 10 p.m.", "the nursing
		// station will be staffed from 7 a.m. to 11 p.m.": so is a
		// place.)
		if s.contains(" from ") && (s.contains("site") || s.contains("present") || s.contains("duty") || s.contains("staffed") || s.contains(" the unit") || s.contains(" the floor") ||
			s.contains(" the house") || s.contains(" the building") || s.contains(" the premises")) &&
			!overnightCover.MatchString(s.lower) && !s.contains("24/7") {
			// ("staffed from 7 a.m. to 7 p.m. by day-shift nurses and
			// from 7 p.m. to 7 a.m. by night-shift nurses" covers the
			// clock; "a house manager lives on site" covers the night.)
			// ("… and residential aides are there around the clock",
			// "with night technicians awake until morning": others cover
			// the night; "for individual therapy", "to help with housing":
			// one service's hours.)
			if loc := staffHours.FindStringIndex(s.lower); loc != nil && strings.Count(s.lower, " from ") == 1 && !liveInCover.MatchString(s.lower) &&
				!nightCovered.MatchString(s.lower) && !serviceHours.MatchString(s.lower[loc[1]:]) && !otherShift(s.lower[loc[1]:]) {
				// ("Clinical staff are on site from 8 a.m. to 6 p.m.",
				// "counselors are on site from 9 to 5": the part of the
				// staff that runs therapy keeps office hours, whoever
				// covers the night.)
				// (Unless the sentence says the night goes uncovered:
				// "…, and residents are on their own overnight".)
				switch w := wordBefore(s.lower, loc[0]); {
				case w == "admissions" || w == "office" || w == "billing" || w == "administrative" || w == "intake" || w == "support" || w == "desk" || w == "case":
				case (w == "clinical" || w == "therapy" || leadingWord(s.lower, loc[0]) == "counselors" || leadingWord(s.lower, loc[0]) == "clinicians") && !nightUncovered.MatchString(s.lower):
				default:
					return false, loc[0], loc[1], true
				}
			}
		}
		return false, 0, 0, false
	}
	// "programs that ask residents to stay on the campus 24/7 during
	// care": how long one stays, which lives-at-home reads, not who
	// watches over the stay.
	if stayedAtPlace.MatchString(s.lower[:start]) {
		return false, 0, 0, false
	}
	// "helps adults move from 24-hour care toward living on their
	// own", "stepping down from round-the-clock care": the care left
	// behind, no program's named.
	if leftBehind.MatchString(s.lower[max(0, start-40):start]) && s.mentionAt(start, end) == nil {
		return false, 0, 0, false
	}
	// "able to live safely outside a 24-hour setting": the care the
	// program is not. ("less than 24-hour care", "on a less than
	// 24-hour basis": short of the clock.)
	if shortOf(s.lower, start) {
		return false, start, end, true
	}
	// "a house manager rather than round-the-clock staff": the
	// supervision set aside.
	if setAsideRight(s.lower[:start]) {
		return false, start, end, true
	}
	// "staff are not present around the clock": the denial inside the
	// phrase.
	if span := s.lower[start:end]; strings.Contains(span, " not ") || strings.Contains(span, "n't ") || strings.Contains(span, "n’t ") {
		return false, start, end, true
	}
	// "No, if you have had seizures … or need around-the-clock medical
	// supervision": the answer turns away whom it cannot supervise.
	if needBefore(s.lower, start) && strings.HasPrefix(s.lower, "no,") && hasWord(s.lower[:start], "if") {
		return false, start, end, true
	}
	// "People who need 24-hour monitoring are not a fit", "… are
	// referred to residential care": whom the program turns away.
	if !negated(s.lower, start) && needBefore(s.lower, start) && turnedAway.MatchString(s.lower[end:]) {
		return false, start, end, true
	}
	// "PHP is not the right level for someone who needs 24-hour
	// supervision": the program turns away whom it cannot supervise.
	if needBefore(s.lower, start) && notRightFor.MatchString(s.lower[:start]) {
		return false, start, end, true
	}
	// ("IOP is not the right fit if you are in withdrawal, need
	// round-the-clock supervision, or …": the same, said of a condition.)
	if needBefore(s.lower, start) && notRightIf.MatchString(s.lower[:start]) {
		return false, start, end, true
	}
	// ("IOP is not the right level for anyone who needs medical detox or
	// round-the-clock support": the need may name another first.)
	if m := needsOneOr.FindStringIndex(s.lower[:start]); m != nil && notRightFor.MatchString(s.lower[:m[0]]+"needs ") {
		return false, start, end, true
	}
	// "well enough to not need continuous, round-the-clock care": the
	// denial reaches past an adjective set off by its comma.
	if pre := strings.TrimRight(s.lower[:start], " "); strings.HasSuffix(pre, ",") {
		if w := wordBefore(pre, len(pre)-1); constantWords[w] && negated(s.lower, len(pre)-1-len(w)) {
			return false, start, end, true
		}
	}
	// "enough stability to make 24-hour supervision unnecessary": the care
	// said to be needless. ("… is not needed" is read below, with the
	// clause it sits in.)
	if needlessAfter.MatchString(s.lower[end:]) {
		return false, start, end, true
	}
	return !negated(s.lower, start), start, end, true
}

// stayedAtPlace ends on a stay at a place, right before a phrase of the
// clock: "remain at a facility ", "live on campus ".
var stayedAtPlace = prefilter.MustCompile(`\b(?:remain|remains|remaining|stay|stays|staying|live|lives|living|reside|resides|residing)\s+(?:at|in|on)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:[a-z-]+\s+)?(?:facility|center|centre|site|campus|premises|property|unit|hospital|residence)\s+$`)

var needlessAfter = prefilter.MustCompile(`^\s*(?:unnecessary|unneeded|needless)\b`)

// constantWords describe care that never stops, before a comma and a
// round-the-clock phrase.
var constantWords = wordSet("constant", "continuous", "continual", "close", "intensive", "full")

// daytimeOnly is care staff present by day alone: "only have a nurse
// during the day", "nurses are on site only during business hours".
// programHoursOnly is supervision said to last only the program's hours:
// "staff are on site during scheduled group hours only", "supervision is
// provided during treatment hours only", "you are not supervised outside
// group hours".
var programHoursOnly = prefilter.MustCompile(`\b(?:(?:clinical\s+)?(?:staff|staff\s+members|clinicians|counselors|nurses|personnel)\s+(?:are|is)\s+(?:on\s+site|on-site|onsite|present|available|on\s+duty)|supervision\s+is\s+(?:provided|available|offered)|(?:staff|personnel|clinicians|counselors)\s+supervise\s+(?:you|clients|patients|participants))\s+(?:only\s+(?:during|in)\s+` + programHours + `|(?:during|in)\s+` + programHours + `\s+only)|\b(?:are|is)\s+not\s+supervised\s+outside\s+(?:of\s+)?` + programHours + `\b`)

// programHours names a program's hours: "scheduled group hours", "our
// program hours".
const programHours = `(?:(?:the|our|your)\s+)?(?:scheduled\s+)?(?:program|group|treatment|clinic|session)\s+(?:hours|times)`

var daytimeOnly = prefilter.MustCompile(`\b(?:only|just)\s+(?:have|has|keep|keeps|staff|staffs)\s+(?:a\s+|one\s+)?(?:nurses?|staff|staff\s+members?|technicians?|aides?)\s+(?:on\s+(?:site|the\s+unit|the\s+floor|duty)\s+)?(?:during\s+the\s+day|in\s+the\s+daytime|during\s+(?:daytime|business)\s+hours)\b|\b(?:nurses?|staff|staff\s+members?|technicians?|aides?)\s+(?:are\s+|is\s+)?(?:on\s+site\s+|on\s+duty\s+|present\s+|there\s+)?only\s+(?:during\s+the\s+day|in\s+the\s+daytime|during\s+(?:daytime|business)\s+hours)\b`)

// aloneAtNight is residents left alone at night, or the night's staff
// leaving.
var aloneAtNight = prefilter.MustCompile(`\b(?:after\s+lights\s+out|overnight|at\s+night|after\s+hours|after\s+\d{1,2}(?::\d{2})?\s*p\.?m\.?)[^.;]{0,40}?\b(?:residents|clients|guests|patients|you)\s+(?:are|will\s+be|stay)\s+(?:on\s+(?:their|your)\s+own|unsupervised|alone)\b|\b(?:overnight|night)\s+(?:house\s+)?(?:manager|staff|staffer|monitor|technician)s?\s+(?:goes|go|is|are)\s+off\s+duty\b`)

// nightCovered is someone else covering the hours the staffed span
// leaves.
var nightCovered = prefilter.MustCompile(`\b(?:around\s+the\s+clock|round\s+the\s+clock|24/7|24\s+hours|awake|until\s+morning|through\s+the\s+night|overnight\s+(?:staff|nurses?|technicians?|techs?|aides?))\b`)

// coveredInPerson reports someone there through the night in text: a
// clause where nightCovered matches and no phone answers ("a nurse is
// awake until morning", not "the director answers a phone until
// morning").
func coveredInPerson(text string) bool {
	for _, loc := range nightCovered.FindAllStringIndex(text, -1) {
		lo := strings.LastIndexAny(text[:loc[0]], ",;") + 1
		hi := len(text)
		if k := strings.IndexAny(text[loc[1]:], ",;"); k >= 0 {
			hi = loc[1] + k
		}
		if clause := text[lo:hi]; !strings.Contains(clause, "phone") && !strings.Contains(clause, "on call") && !strings.Contains(clause, "on-call") {
			return true
		}
	}
	return false
}

// serviceHours is the purpose after a staffed span: one service's hours.
var serviceHours = prefilter.MustCompile(`^[^.;]{0,20}?\b(?:for|to\s+help)\b`)

// liveInCover is staff who live where the clients do.
var liveInCover = prefilter.MustCompile(`\b(?:manager|managers|staff|counselor|monitor|mentor)s?\s+(?:who\s+)?(?:lives?|resides?)\s+(?:on\s+site|on-site|onsite|in\s+the\s+(?:house|home|residence))|\blive-in\s+(?:house\s+)?(?:manager|staff|counselor|monitor)`)

// otherShift reports others covering the rest of the day after a staffed
// span: "… and by licensed practical nurses overnight", "… and by
// technicians at all other times".
func otherShift(after string) bool {
	if andByStaff.MatchString(after) || strings.Contains(after, "all other times") || strings.Contains(after, "night nurse") ||
		hasWord(after, "cover", "covers") && !strings.Contains(after, "phone") && !strings.Contains(after, "on-call") && !strings.Contains(after, "on call") {
		return true
	}
	// ("; overnight, a nurse is available by phone", "residents are on
	// their own overnight": nobody there.)
	loc := staffOvernight.FindStringIndex(after)
	return loc != nil && !strings.Contains(after[loc[0]:loc[1]], "phone") && !strings.Contains(after[loc[0]:loc[1]], "call")
}

// andByStaff is a second shift's staff: "… and by licensed practical nurses".
var andByStaff = prefilter.MustCompile(`\band by (?:[a-z-]+\s+){0,3}?(?:nurses?|staff|technicians?|techs?|aides?|counselors?|managers?|lpns|rns|coaches|specialists|assistants)\b`)

// staffOvernight is someone on hand overnight: "by licensed practical
// nurses overnight", "overnight, a night technician does bed checks".
var staffOvernight = prefilter.MustCompile(`\b(?:nurses?|staff|technicians?|techs?|aides?|monitors?|managers?|attendants?|coaches|specialists|assistants?)\b[^.;]{0,30}\b(?:overnight|at night)\b|\b(?:overnight|by night|at night)\b[^.;]{0,40}\b(?:nurses?|staff|technicians?|techs?|aides?|monitors?|managers?|assistants?)\b[^.;]{0,30}`)

// staffHours is staff present between two clock times.
var staffHours = prefilter.MustCompile(`\b(?:(?:staff(?:\s+members)?|(?:house\s+)?managers|counselors|clinicians|nurses|techs|technicians|aides|monitors)\s+(?:are|is|will\s+be)\s+(?:on\s+site|on-site|onsite|present|on\s+duty)|(?:staff(?:\s+members)?|nurses|techs|technicians|aides)\s+(?:are|is|will\s+be)\s+(?:on\s+the\s+(?:unit|floor|premises)|in\s+the\s+(?:house|building|unit|residence))|(?:house|home|residence|lodge|unit|station)\s+(?:is|are|will\s+be)\s+staffed(?:\s+by\s+(?:our\s+|a\s+)?(?:nurses?|nursing\s+staff|staff|clinical\s+staff|registered\s+nurses|lpns|rns|house\s+managers?|technicians))?)\s+from\s+(?:roughly\s+|about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:to|until|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)`)

// someoneOnSite is a person there all day and night, or nobody: "a
// house manager is on site 24/7 in every home", "peer recovery
// specialists are on site 24 hours a day", "someone is on shift 24 hours
// a day", "our team is not on site overnight", "we do not staff the homes
// 24 hours a day". (Only presence on the spot: "a counselor is available
// 24/7" may be on a phone; "house managers are on site overnight" is no
// word of the day.)
var someoneOnSite = prefilter.MustCompile(`\b(?:(?:counselors?|(?:house\s+)?managers?|specialists|coaches|monitors?|someone|somebody|(?:our|the)\s+team|team\s+members?|staffers?|staff\s+member)\s+(?:(?:are|is)\s+)?(?:awake\s+and\s+)?(?:present|on\s+site|on-site|onsite|on\s+duty|on\s+shift|on\s+hand)\s+(?:(?:in|on|at)\s+(?:the|our|each|every)\s+[a-z]+\s+)?(?:day\s+and\s+night|around\s+the\s+clock|round\s+the\s+clock|at\s+all\s+times|at\s+all\s+hours|24/7|24\s+hours\s+a\s+day)|(?:our|the)\s+team\s+(?:is|are)\s+not\s+(?:present|on\s+site|on-site|onsite|on\s+duty)\s+(?:overnight|at\s+night|around\s+the\s+clock|24/7|24\s+hours\s+a\s+day)|staff\s+(?:the|our|each|every)\s+(?:homes?|houses?|residences?|units?|facility|building)\s+(?:24/7|24\s+hours\s+a\s+day|around\s+the\s+clock|round\s+the\s+clock|overnight))\b`)

// presencePurpose follows a presence that serves one purpose or is
// reached by a means, or lasts while something else does: "… on hand
// 24/7 to answer your questions", "… for maintenance emergencies", "… by
// text message", "… at all times during group sessions".
var presencePurpose = prefilter.MustCompile(`^\s*,?\s*(?:to|for|by|via|through|during|while|when|whenever|over\s+the\s+phone)\b`)

// firstDaysOnly is a span of the stay before a presence: "During a
// resident's first week, a manager is on site 24 hours a day".
var firstDaysOnly = prefilter.MustCompile(`\b(?:during|for|in|throughout)\s+(?:the|a|an|your|their|each|every)?\s*(?:[a-z']+\s+){0,2}?(?:first|initial|opening)\s+(?:\d+\s+|few\s+|two\s+|three\s+)?(?:days?|nights?|weeks?|month)\b`)

// staffedAround is someone there all night said in other words: "nurses
// and technicians are on the unit 24 hours a day", "a nurse is present
// around the clock", "no staff in the house overnight", "a house tech
// awake overnight".
var staffedAround = prefilter.MustCompile(`\b(?:nurses?|staff|technicians?|techs?|aides?|counselors?|counsellors?|care\s+team)\b[^.;:]{0,50}?\b(?:are|is)\s+(?:awake\s+and\s+)?(?:present\s+)?(?:on|in|at)\s+(?:the\s+)?(?:(?:detox|medical|residential|inpatient|withdrawal)\s+)?(?:unit|site|floor|wing|` + staffPlaces + `)\s+(?:around the clock|round the clock|24/7|24 hours a day|day and night|overnight)|\b(?:a|one)\s+(?:registered\s+|licensed\s+|certified\s+)?nurse\s+is\s+(?:present|on duty|on site|on-site|available)\s+(?:around the clock|round the clock|24/7|24 hours a day|day and night|overnight|at\s+(?:every|all)\s+hours?\s+of\s+the\s+day\s+and\s+night|at\s+all\s+hours)|\bstaff\s+(?:in|on)\s+(?:the\s+)?(?:house|unit|home|residence)\s+overnight|\b(?:techs?|technicians?|staff|monitors?|nurses?)\s+(?:is\s+|are\s+)?awake\s+overnight`)

// unstaffed is a place left without staff at night.
var unstaffed = prefilter.MustCompile(`\b(?:overnight|at night|nights|after hours|after\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|between\s+\d{1,2}(?::\d{2})?\s*p\.?m\.?\s+and\s+\d{1,2}(?::\d{2})?\s*a\.?m\.?)[^;]{0,40}?\b(?:unstaffed|not\s+staffed|isn't\s+staffed|isn’t\s+staffed|no\s+staff(?:\s+members?)?\s+(?:in|on)\s+(?:the\s+)?(?:house|home|unit|residence|premises))\b|\bunstaffed\s+(?:overnight|at night|nights|after hours|after \d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))`)

// othersOnSite reports a presence at i that is no care of the program's:
// a guard's or a cleaner's ("where security staff are on campus 24 hours
// a day"), or another place's, set against the provider's ("Unlike some
// sober homes, where staff are on the property around the clock, …").
func othersOnSite(lower string, i int) bool {
	switch wordBefore(lower, i) {
	case "security", "maintenance", "custodial", "housekeeping", "kitchen", "dining", "cleaning", "parking", "front-desk", "desk", "reception":
		return true
	}
	// ("Unlike some sober homes, our aides are in the house around the
	// clock": the provider's own, set against others.)
	k := lastIndex(lower[:i], "unlike")
	return k >= 0 && hasWord(lower[:i], "unlike") && !hasWord(lower[k:i], "our", "we")
}

// staffPlaces are the places where staff stay with residents.
const staffPlaces = `house|home|apartments?|residence|building|premises|property|grounds|campus|ranch|farm|lodge|facility`

// staffAway is staff said not to stay the night.
var staffAway = prefilter.MustCompile(`\b(?:no\s+(?:staff|staff\s+members?)\s+(?:stay|stays|remain|remains|is|are)|(?:staff|staff\s+members)\s+(?:do|does)\s+not\s+(?:stay|remain)|(?:staff|staff\s+members)\s+(?:don't|don’t|doesn't|doesn’t|never)\s+(?:stay|remain))\s+(?:on\s+site\s+|on-site\s+|(?:in|on|at)\s+the\s+(?:` + staffPlaces + `)\s+)?(?:overnight|at\s+night)\b|\bno\s+staff\s+(?:in|on)\s+(?:the\s+)?(?:house|home|apartments?|residence|building|site)\s+(?:overnight|at\s+night)\b|\b(?:overnight|at\s+night),?\s+no\s+(?:staff|staff\s+members?)\s+(?:stay|stays|remain|remains|is|are)\b`)

// overnightCover is someone staying the night: "a registered nurse stays
// overnight", "overnight staff".
var overnightCover = prefilter.MustCompile(`\b(?:nurses?|staff|someone|technicians?|techs?|counselors?|aides?|monitors?)\s+(?:stays?|is|are|remains?|works?)\s+(?:on\s+site\s+|on-site\s+)?overnight\b|\bovernight\s+(?:staff|nurses?|technicians?|aides?|monitors?)\b`)

// needBefore reports "need" or "require" among the three words before i.
func needBefore(lower string, i int) bool {
	j := i
	for n := 0; n < 3 && j > 0; n++ {
		w := wordBefore(lower, j)
		switch w {
		case "need", "needs", "require", "requires", "needing", "requiring":
			return true
		case "":
			return false
		}
		j = lastIndex(lower[:j], w)
	}
	return false
}

// notRightFor ends on a program said to be wrong for someone who needs
// what follows: "is not the right level for someone who needs".
// ("… is a poor match for clients who need", "We do not recommend PHP
// for a teen who needs".)
var notRightFor = prefilter.MustCompile(`\b(?:(?:is|are)(?:\s+not|n't|n’t)\s+(?:the\s+right|a\s+good|a\s+fit|a\s+match|intended|an\s+appropriate|the\s+best|a\s+safe|appropriate|suitable|designed|meant|built|right)|(?:is|are)\s+(?:a\s+poor|the\s+wrong|an\s+inappropriate)|(?:do|does)\s+not\s+recommend\s+[a-z]+|(?:don't|don’t|doesn't|doesn’t)\s+recommend\s+[a-z]+)(?:\s+(?:level|fit|match|choice|option|setting|place|program))?\s+for\s+(?:someone|anyone|people|those|clients|patients|individuals|a\s+person|teens|adults|students|adolescents|youth|children|kids|young\s+(?:people|adults)|an?\s+(?:client|patient|teen|teenager|adult|resident|person|individual|student|adolescent|child|kid|young\s+(?:person|adult))|your\s+(?:child|teen|teenager|son|daughter|loved\s+one))\s+(?:who|that)\s+(?:needs?|requires?)\s+$`)

// notRightIf ends on a program said to be wrong when someone needs what
// follows, past a list of other conditions: "is not the right fit if you
// are in active withdrawal, need ", "may not be right if you need ".
var notRightIf = prefilter.MustCompile(`\b(?:is|are|may|might)(?:\s+not|n't|n’t)\s+(?:be\s+)?(?:the\s+right|a\s+good|a\s+fit|a\s+match|an\s+appropriate|the\s+best|a\s+safe|appropriate|suitable|right)(?:\s+(?:level|fit|choice|option|setting|place|program))?(?:\s+for\s+(?:you|them|your\s+(?:child|teen|loved\s+one)))?\s+(?:if|when)\s+(?:you|someone|a\s+person|they|he|she)\b[^.;:]{0,80}?\b(?:needs?|requires?)\s+(?:[a-z-]+\s+){0,2}$`)

// needsOneOr ends on a need naming another thing first: "needs medical
// detox or ", "require a hospital bed and ".
var needsOneOr = prefilter.MustCompile(`\b(?:needs?|requires?|needing|requiring)\s+(?:[a-z0-9/'’-]+\s+){1,3}(?:or|and)\s+$`)

var turnedAway = prefilter.MustCompile(`\b(?:(?:is|are)\s+not\s+(?:a\s+(?:good\s+)?fit|right|appropriate|eligible)|(?:is|are)n[’']t\s+(?:a\s+(?:good\s+)?fit|right|appropriate|eligible)|(?:are|is|will\s+be|get)\s+referred|need\s+a\s+higher)\b`)

func init() {
	register(KindSpec{
		ID: Supervision24x7, Label: "24/7 supervision", Bool: true,
		YesNo: &YesNo{Hits: first(matchSupervision), Holds: programSubject},
		Examples: []KindExample{
			// What someone cannot do without is care they need, not
			// care gone without.
			{"Residential care\n\nThe house is meant for adults unable to stay safe without 24/7 supervision.", "residential true"},
			// A sober-living or transitional residence the clause is about
			// holds what it says, whatever program the page is about.
			{"Residential care\n\nResidents stay with us for 30 days. Afterwards, sober homes give round-the-clock support.", "other true"},
			{"Residential care\n\nResidents stay with us for 30 days. Our partner halfway houses do not have round-the-clock staff.", "other false"},
			{"Residential care\n\nUnlike sober homes, our residential program has round-the-clock staff.", "residential true"},
			// A dash glued to its words before a pronoun opens the pronoun's
			// clause: the program it points back to keeps the care.
			{"Inpatient care\n\nA good inpatient unit is more than a calm place to detox—it is a home with 24-hour nursing.", "residential true"},
			{"Day treatment\n\nPHP clients may stay in our sober living residence, which has 24-hour staff.", "other true"},
			{"Our IOP\n\nOur IOP does not provide 24-hour supervision. IOP clients may live in our transitional house, which has 24-hour staff.", "iop false; other true"},
			// A clock phrase that times no care leaves the next one to be
			// read; ASAM's "professionally directed" care is watch kept.
			{"Residential care\n\nThese 24-hour addiction services run in hospital units with 24-hour, seven-day per-week nursing oversight.", "residential true"},
			{"Residential care\n\nLevel 3.7 gives 24-hour professionally directed assessment, care and treatment.", "residential true"},
			{"Our IOP\n\n24-hour professionally directed care is not part of our IOP.", "iop false"},
			// "Not to mention", "not to speak of" and "not least" add an
			// item to a list; they deny nothing.
			{"Residential care\n\nGuests enjoy daily yoga and art, not to mention 24/7 nursing support.", "residential true"},
			{"Residential care\n\nThe house offers a quiet garden, not least round-the-clock staffing.", "residential true"},
			{"Residential care\n\nThe house offers a quiet garden, not to speak of round-the-clock staffing.", "residential true"},
			// After a denial they mean "let alone", and deny too.
			{"Residential care\n\nWe do not offer detox, not to mention 24/7 nursing.", "residential false"},
			// A need named in a "Not a fit" list, however many words on
			// or items in, is one the program does not meet; "is not"
			// closing a clause denies what it leaves out.
			{"Teen IOP\n\n- Not a fit: teens in acute withdrawal; teens at risk of harm needing 24/7 supervision; eating disorders", "iop false"},
			{"Teen IOP\n\nOur IOP suits families when structure is needed but round-the-clock care is not.", "iop false"},
			{"Teen IOP\n\nOur IOP suits families when structure is needed and round-the-clock care is too.", "iop true"},
			// A level of need denied ("do not rise to the level of
			// requiring") is care the program does without.
			{"Outpatient care\n\nOur outpatient groups serve adults whose symptoms don't rise to the level of needing 24-hour nursing.", "op false"},
			{"Residential care\n\nResidential care is for needs that rise to the level of requiring 24/7 supervision.", "residential true"},
			// A level someone is too ill for is held below the program
			// the sentence is about.
			{"Levels of care\n\nDay treatment (PHP) is usually advised when symptoms are too severe for routine outpatient counseling but do not call for 24-hour hospital care.", "php false"},
			// Staff there around the clock for people asking about care
			// are an enquiry line; for the clients, care.
			{"Residential care\n\nOur staff is available 24/7 to help you with insurance questions.", ""},
			{"Residential care\n\nNurses are available 24 hours a day to manage withdrawal symptoms.", "residential true"},
			// (So is a purpose past a whole week said after the hours, and
			// staff named for enrollment or intake; nurses keep their care,
			// however named.)
			{"Evening IOP\n\nOne of our counselors is available 24 hours a day, 365 days a year, to answer questions.", ""},
			{"Evening IOP\n\nOur enrollment counselors are available around the clock for you.", ""},
			{"Medical detox\n\nUpon admission nurses are available 24/7 to monitor your withdrawal.", "detox true"},
			{"Medical detox\n\nOur admissions nurses are available 24/7 on the detox unit.", "detox true"},
			{"Residential care\n\nOne of our nurses is available day and night, 365 days a year, to look after residents.", "residential true"},
			// (At the edges: care given to clients, a need that belongs to
			// a second verb, a condition the program treats, a "but" that
			// turns the sentence round, an item that names its own
			// program.)
			{"Medical detox\n\nMedical staff are available 24/7 to guide you through withdrawal safely.", "detox true"},
			{"Our IOP\n\nOur IOP is for people who cannot leave home and want care without 24-hour supervision.", "iop false"},
			{"Medical detox\n\nOur inpatient detox treats withdrawal that requires 24-hour nursing care, and patients are usually transferred to a residential program afterward.", "detox true"},
			{"Residential care\n\nOur residential program is not a fit for people with a mild habit, but for those with an addiction that requires round-the-clock supervision.", "residential true"},
			{"Teen IOP\n\nNot a fit: teens in acute withdrawal; teens with unsafe homes; our residential program is for teens needing 24/7 supervision", "residential true"},
			// (An enquiry about paperwork; an inability said in four words
			// or fewer is a need, in five or six unsure; needs a program
			// says it is not right or designed for, or a "Not a fit"
			// label names.)
			{"Residential care\n\nOur staff are available 24/7 to walk you through the admissions paperwork.", ""},
			{"Residential care\n\nWe admit people who are unable to stay safe or sober without round-the-clock supervision.", "residential true"},
			{"Residential care\n\nWe admit adults who cannot get through the first weeks without 24-hour supervision.", ""},
			{"Our IOP\n\nOur IOP is not right for people with severe withdrawal that requires round-the-clock medical care.", "iop false"},
			{"Our IOP\n\nOur IOP is not designed for adults with co-occurring disorders who need 24-hour supervision.", "iop false"},
			{"Teen IOP\n\nNot a fit: teens in our county who need 24/7 supervision.", "iop false"},
			// (An "or" between two verbs; a need placed elsewhere after
			// it; a turning word; a label's item naming its own program.)
			{"Our IOP\n\nOur IOP suits people who can't travel or prefer care without 24/7 supervision.", "iop false"},
			{"Our IOP\n\nOur IOP is not a fit for people with severe withdrawal that requires 24/7 monitoring in a hospital setting.", "iop false"},
			{"Our IOP\n\nOur IOP is not designed for adults with unsafe homes, though our residential unit welcomes those who need 24/7 supervision.", "residential true"},
			{"Teen IOP\n\nNot a fit: teens in acute withdrawal; our residential program serves teens who need 24/7 supervision.", "residential true"},
			// (A reason after "since"; a label's item about people leaving
			// another level; an "or" among conditions before the
			// inability.)
			{"Our IOP\n\nOur IOP is not intended for adults with serious medical conditions, since those who need 24-hour nursing care are better served in a hospital.", "iop false"},
			{"Our IOP\n\nNot a fit: people just leaving residential care who still need 24/7 supervision.", "iop false"},
			{"Residential care\n\nWe admit teens with depression or anxiety who cannot stay sober without 24-hour supervision.", "residential true"},
			// A program that denies people their need lacks the care; one
			// that admits them has it.
			{"Intensive Outpatient Program\n\nIOP is not for people who cannot stay safe without 24/7 supervision; they are referred to residential care.", "iop false"},
			{"Partial Hospitalization\n\nThis level of care does not suit anyone unable to stay safe without round-the-clock monitoring.", "php false"},
			{"Residential care\n\nWe admit people who cannot get through early recovery without round-the-clock supervision.", "residential true"},
			{"Our IOP\n\nOur IOP suits people who can keep sober without 24-hour supervision.", "iop false"},
			// A need named last in a list of conditions a program says
			// it is no match for is a need it does not meet; care
			// needed earlier in the list is not what lacks it.
			{"Sober Living\n\nOur house is not a good match for people with an eating disorder, a drinking problem requiring detox, or mania that requires 24-hour monitoring.", "other false"},
			{"Residential care\n\nWe care for adults with self-harm that requires 24-hour monitoring.", "residential true"},
			{"Our Day Program\n\nOur PHP provides less than 24-hour care.", "php false"},
			{"Residential care\n\nLakeview House is staffed twenty-four (24) hours a day, seven (7) days a week.", "residential true"},
			// ("… may not be right for you if you need 24/7 care": whom
			// the program turns away.)
			{"Partial hospitalization\n\nDay treatment is not right for you when you face a crisis or you need 24-hour care.", "php false"},
			// Treatment that never stops is care that never does; a
			// building's hours are not.
			{"Our residential program\n\nOur residential program gives treatment services around the clock, every day of the year.", "residential true"},
			{"Our center\n\nOur staff give around-the-clock treatment, with a nurse always on the floor.", "other true"},
			// Care continued from level to level is a continuum, no watch.
			{"Our IOP\n\nOur IOP is one part of a continuous care model that runs from detox to aftercare.", ""},
			{"Our residential program\n\nResidents have continuous care and monitoring.", "residential true"},
			// Round-the-clock care set apart names no program's.
			{"Our IOP\n\nUnlike 24-hour care, our IOP meets three evenings a week.", ""},
			{"Our IOP\n\nUnlike 24/7 residential care, our IOP meets three evenings a week.", "residential true"},
			// A stay at a place said to last around the clock is no
			// supervision; staff there around the clock are.
			{"Inpatient care\n\nInpatient programs ask clients to stay on the campus 24/7 while receiving care from staff.", ""},
			{"Inpatient care\n\nResidents live on campus around the clock, and nurses are on duty 24/7.", "residential true"},
			// An aside naming some of the staff may stand before the verb.
			{"Medical detox\n\nIn our detox unit, medical staff, including two physicians, are on duty around the clock.", "detox true"},
			// The day's hours in words are the day's hours in figures.
			{"Medical detox\n\nIn our detox unit, nurses are on duty twenty-four hours a day.", "detox true"},
			{"Intensive outpatient programs\n\nOur IOP does not ask teens to move into a treatment center, provide medical detox, or 24-hour care.", "iop false"},
			// The unit named by its kind, and a nurse on duty at every
			// hour.
			{"Medical detox\n\nOur detox usually lasts five days. Nurses are on the detox wing 24 hours a day.", "detox true"},
			{"Residential care\n\nOur residential program lasts 30 days. A nurse is on duty at every hour of the day and night.", "residential true"},
			{"Our Day Program\n\nOur PHP does not give clients round-the-clock supervision.", "php false"},
			{"Our Day Program\n\nOur PHP suits people who have finished withdrawal care—such as a detox program for alcohol—or who do not need 24-hour hospital care.", "php false"},
			{"Our evening IOP\n\nOur IOP meets three evenings a week. If you need 24-hour care, we will help arrange an inpatient admission first.", "iop false"},
			{"Our evening IOP\n\nOur IOP meets three evenings a week. Clients who need round-the-clock supervision: we can help you find a residential program.", "iop false"},
			{"Our evening IOP\n\nOur IOP meets three evenings a week. If you need 24-hour care, we can arrange a stay in our residential unit.", "residential true"},
			{"Our residential program\n\nResidents stay 30 days.\n\nAt a glance\nSetting: Residential, 12 beds\nDetox: Medically supervised detox on site\nDetox length: usually 4 to 6 days\nSupervision: 24/7 nursing and clinical staff", "residential true"},
			{"Our evening IOP\n\nOur IOP meets three evenings a week. Detox is not offered at this clinic, and we do not provide 24/7 supervision.", "iop false"},
			{"Our residential program\n\nResidents stay 30 days.\n\nAt a glance\nSupervision: Around the clock (24/7)", "residential true"},
			{"Our residential program\n\nResidents stay 30 days.\n\nAt a glance\nPhone support: around the clock", ""},
			// Round-the-clock care grown out of is the program's lack;
			// a hospital's 24-hour stay is such care.
			{"Our PHP\n\nOur PHP is for adults who no longer need 24/7 inpatient supervision.", "php false"},
			// Turned away, whoever needs it, when the need names another
			// thing first or the program is "not a fit".
			{"Intensive Outpatient Program\n\nThat is why IOP is not the right level for anyone who needs a hospital bed or round-the-clock nursing.", "iop false"},
			{"Intensive Outpatient Program\n\nAn IOP is not a fit for people who need 24/7 supervision.", "iop false"},
			// Supervision said to last only the program's hours.
			{"Intensive Outpatient Program\n\nIs there 24/7 supervision? No. Clinical staff are on site during program hours only.", "iop false"},
			{"Intensive Outpatient Program\n\nClients are not supervised outside group hours.", "iop false"},
			{"Residential\n\nNurses are on site around the clock, and counselors are available during program hours only.", "residential true"},
			{"Our PHP\n\nIt suits adults who do not need 24-hour hospitalization yet want a lot of structure.", "php false"},
			{"Our PHP\n\nUnlike 24-hour hospitalization, our PHP lets you sleep in your own bed each night.", ""},
			{"Our PHP\n\nOur PHP is a step down from 24-hour hospitalization.", ""},
			{"Detox\n\nOur detox unit offers 24-hour hospitalization and nursing care.", "detox true"},
			{"Our PHP\n\nOur PHP can prevent the need for 24-hour hospitalization.", ""},
			{"Our PHP\n\nOur PHP offers the structure of 24-hour hospitalization without the overnight stay.", ""},
			{"Day program\n\nOur day program gives full days of care, and clients skip overnight facility stays.", ""},
			{"Residential care\n\nResidents receive overnight facility care from our nurses.", "residential true"},
			{"Detox\n\nOn the detox unit everyone is medically managed 24 hours a day.", "detox true"},
			// Care given to people, the clock right after them; not
			// support given by phone, nor to whoever calls.
			{"Detox\n\nWe provide compassionate care to everyone in detox, 24 hours a day, 7 days a week.", "detox true"},
			{"Detox\n\nProviding steady support to our detox residents, 24/7, is our promise.", "detox true"},
			{"Detox\n\nWe offer free support to anyone who calls, 24 hours a day.", ""},
			{"Our IOP\n\nWe give support to clients' families, 24 hours a day, by phone.", ""},
			{"Our IOP\n\nWe give care to patients each morning, and the pharmacy next door is open 24 hours a day.", ""},
			// A round-the-clock setting of a kind; not any facility.
			{"Residential treatment\n\nClients live in a 24-hour residential setting.", "residential true"},
			{"Residential treatment\n\nClients live in a 24/7 inpatient facility for 30 days.", "residential true"},
			// A unit is a setting too, and the week said
			// after the day belongs to the phrase.
			{"Residential treatment\n\nOur 24 hour, 7 day per week inpatient unit treats adults.", "residential true"},
			{"Residential treatment\n\nThis is a 24 hours per day, 7 days per week residential program.", "residential true"},
			{"Residential treatment\n\nOur residential program gives 24-hour per day, 7 days per week clinical support.", "residential true"},
			// A denied degree reaches the need it would lead to.
			{"Intensive outpatient\n\nOur IOP suits adults whose symptoms won't be so severe that they need 24-hour supervision.", "iop false"},
			{"Residential treatment\n\nOur residential program is for adults whose symptoms are so severe that they need 24-hour supervision.", "residential true"},
			// A sentence opening on "neither" denies what it says.
			{"Intensive outpatient\n\nNeither will an IOP client have medical needs that call for 24-hour care.", "iop false"},
			// (A unit alone says nothing of living there.)
			{"Day treatment\n\nOur PHP runs 5 days a week on the same campus as our 24/7 unit.", ""},
			// ("A 24/7 environment is recommended" for those who need one
			// is no program's setting.)
			{"Day treatment\n\nIf withdrawal is still severe, a 24/7 environment is recommended instead of our PHP.", ""},
			{"Sober living\n\nResidents may use our 24-hour fitness facility.", ""},
			{"Our PHP\n\nOur PHP runs in a 24-hour treatment facility, but clients go home each evening.", ""},
			{"Our IOP\n\nOur IOP meets in a 24/7 secure facility next to our residential unit.", ""},
			{"Residential care\n\nClients live in a 24-hour residential treatment facility.", "residential true"},
			{"Our IOP\n\nOur clinicians offer support to clients 24/7 if a crisis arises.", ""},
			{"Our IOP\n\nOur recovery coaches provide support to clients 24/7.", ""},
			{"Our IOP\n\nOur IOP counselors provide support to clients 24/7.", ""},
			{"Our IOP\n\nWe give care to clients 24 hours a day through our app.", ""},
			{"Detox\n\nNurses provide care to patients 24 hours a day through the withdrawal process.", "detox true"},
			{"Detox\n\nOur nurses provide care to patients 24 hours a day from admission through discharge.", "detox true"},
			{"Residential care\n\nOur staff provide support to residents 24/7.", "residential true"},
			{"Our IOP\n\nOur IOP counselors give care to clients 24/7.", ""},
			{"Our IOP\n\nOur sober living staff provide support to residents 24/7 while they attend our IOP.", ""},
			{"Treatment\n\nOur therapists provide care to residential clients 24/7 whenever they need to talk.", ""},
			{"Detox\n\nDetox is medically managed during program hours.", ""},
			{"Levels of care\n\nResidential care and PHP both add group therapy or round-the-clock nursing.", "residential true"},
			// A condition listed under a heading or lead-in that says the
			// program is not for whoever meets it states nothing of it,
			// but a need for care round the clock says the program has
			// none; under "who it suits" a need is the program's.
			{"# Day care at Alder Bend\n\n## When Our PHP Might Not Be The Right Fit\n\n- You require nursing 24/7\n\n## Who our PHP suits\n\n- You require structure but not 24/7 nursing", "php false; php false"},
			{"Day care at Alder Bend\n\nOur PHP may not be a good fit if:\n\n- You require nursing 24/7\n- You have no safe place to sleep\n- You can come in only 2 days a week\n- You prefer a room with 24/7 nursing", "php false"},
			{"Day care at Alder Bend\n\nIf our PHP is not the right fit we help you find another program\n\n- Our residential program gives 24/7 nursing", "residential true"},
			// A paragraph between the heading and a list ends its reach.
			{"Day care at Alder Bend\n\nWhen our PHP is not recommended\n\n- You need nursing 24/7\n\nOtherwise it fits well. Here is what our PHP offers:\n\n- Nurses on call 24/7", "php false; php true"},
			// Only a lead-in's last sentence leads in, only list lines are
			// the conditions, and a heading that asks, or says the program
			// is not for everyone, heads no conditions.
			{"Day care at Alder Bend\n\nOur PHP is not the right choice if you need a bed on site. It suits adults who:\n\n- Can sleep safely at home without nursing 24/7", "php false"},
			{"# Day care at Alder Bend\n\n## When Our PHP Is Not Ideal\n\nOur residential program gives 24/7 nursing.", "residential true"},
			{"# Residential care at Alder Bend\n\n## Is Outpatient Care Not Right for You? Try Residential\n\n- Nurses on site 24/7", "residential true"},
			{"# Residential care at Alder Bend\n\n## Why Residential Care Is Not a Fit for Everyone, and Who Thrives\n\n- Adults who want nurses on site 24/7", "residential true"},
			// Care "outside" round-the-clock care is without it; a place
			// outside something is where it is.
			{"Day treatment\n\nOur PHP suits adults who can live safely outside 24/7 care.", "php false"},
			{"Day treatment\n\nOur PHP is for adults who can live safely outside of round-the-clock care.", "php false"},
			{"Our ranch\n\nOur residential clients live outside the city with 24/7 care.", "residential true"},
			// "The defining features of" or "The cost of" a program
			// opening a sentence do not hold it up for comparison, as
			// "more than the benefits of" does.
			{"Levels of care\n\nThe defining features of residential treatment include round-the-clock support.", "residential true"},
			{"Levels of care\n\nThe cost of residential treatment covers round-the-clock support.", "residential true"},
			// Life after residential care or detox, "outside" the care
			// they give, is no lack of theirs: the care is theirs. A need
			// for more listed under "not a good fit if:" on their pages
			// says nothing of theirs.
			{"Residential care\n\nOur residential program gives 24/7 supervision. Residents rehearse the skills they will use outside 24/7 care.", "residential true; residential true"},
			{"Medical detox\n\nQuitting alcohol can be risky outside of round-the-clock care, which is why our detox unit exists.", "detox true"},
			{"Residential care\n\nOur residential program is not a good fit if:\n\n- You need hospital nursing around the clock", ""},
			{"Our PHP\n\nOur PHP is a day program. Our building's front desk is staffed 24 hours, seven days a week.", ""},
			// A denial ends where "or" opens a clause with a subject of its
			// own.
			{"Levels of care\n\nIf your home is not stable or you need round-the-clock supervision, residential care is the right level.", "residential true"},
			// A hospital unit's care, the sentence's subject, is not the
			// page's program's.
			{"Partial hospitalization\n\nOur PHP runs on weekdays. Acute psychiatric units keep nurses on duty around the clock.", "other true"},
			{"Residential care\n\nLike a psychiatric hospital, we keep nurses on duty around the clock.", "residential true"},
			// The day and the week said apart are round the clock too.
			{"Residential Treatment\n\nAt Alder House, nurses are on duty 24 hours, 7 days a week.", "residential true"},
			// Staff checking on patients, a clinical team on site, nurses on
			// the floor all day and all night; not an admissions team on
			// call.
			{"Medical Detox\n\nWhile you detox, nurses check your heart rate around the clock.", "detox true"},
			{"Medical Detox\n\nThroughout detox, medical professionals check your blood pressure around the clock.", "detox true"},
			{"Residential Treatment\n\nAt Alder House our clinical team is on site around the clock.", "residential true"},
			{"Medical Detox\n\nAt Alder House, nurses are awake and on the floor all day and all night.", "detox true"},
			{"Residential Treatment\n\nAt Alder House our admissions team is available 24/7.", ""},
			{"Medical detox\n\nWe offer 24/7 crisis care, so detox can start whenever you are ready.", ""},
			{"Residential care\n\nOur residential program offers 24/7 crisis care and supervision by nurses.", "residential true"},
			{"Intensive Outpatient\n\nAt Alder House our admissions staff check insurance coverage around the clock.", ""},
			{"Intensive Outpatient\n\nAt Alder House our staff check messages around the clock.", ""},
			{"Intensive Outpatient\n\nAt Alder House a doctor is on site at all times during program hours.", ""},
			// So is care called continuous or constant in a day program,
			// unless the night or the clock is said.
			{"Partial Hospitalization\n\nOur PHP gives each client continuous nursing oversight while they attend groups.", ""},
			{"Partial Hospitalization\n\nOur PHP gives each client continuous nursing oversight, day and night.", "php true"},
			{"Residential Treatment\n\nOur residential program gives each client continuous nursing oversight.", "residential true"},
			{"Partial Hospitalization\n\nOur PHP clients sleep in our supervised apartments, where staff give constant supervision after groups end.", "php true"},
			{"Outpatient Counseling\n\nAt Alder House a physician is present at all times during infusion sessions.", ""},
			{"Intensive Outpatient\n\nCare is available, 24/7, at the nearest emergency room.", ""},
			{"Medical Detox\n\nAt Alder House doctors monitor you around the clock while you detox.", "detox true"},
			{"Medical Detox\n\nAt Alder House patients are monitored 24/7 in a hospital setting.", "detox true"},
			{"Residential Treatment\n\nAt Alder House staff supervise residents at all times during the day and overnight.", "residential true"},
			{"Medical Detox\n\nAt Alder House nurses check vital signs around the clock.", "detox true"},
			// One doctor on site at all times, "available on site", a
			// comma before the span, an adverb before the verb.
			{"Residential Treatment\n\nAt Alder House a doctor is on site at all times.", "residential true"},
			{"Residential Treatment\n\nNurses staff the residential unit 24 hours a day.", "residential true"},
			{"Residential Treatment\n\nResidents are supported by nurses and counselors around the clock.", "residential true"},
			{"Residential Treatment\n\nCounselors and nurses support residents around the clock.", "residential true"},
			{"Residential Treatment\n\nNurses are on the residential unit around the clock.", "residential true"},
			{"Residential Treatment\n\nA registered nurse is on duty 24 hours a day.", "residential true"},
			{"Our IOP\n\nClients are supported around the clock by our recovery app.", ""},
			// A day program staffed "at all times" is staffed while it runs.
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week, with adult staff present at all times.", ""},
			{"Residential Treatment\n\nAlder House keeps an addiction doctor on-site, at all times, for emergencies.", "residential true"},
			{"Medical Detox\n\nAt Alder House a doctor is available on site 24 hours a day, seven days a week.", "detox true"},
			{"Medical Detox\n\nAt Alder House our doctors carefully monitor each patient 24/7.", "detox true"},
			{"Intensive Outpatient\n\nAt Alder House a doctor is on call 24/7 by phone.", ""},
			{"Medical Detox\n\nAt Alder House patients are cared for 24 hours a day by nurses.", "detox true"},
			{"Medical Detox\n\nAt Alder House nurses are on the unit 24 hours per day.", "detox true"},
			{"Residential Treatment\n\nOur staff supervise residents 24 hours/7 days a week.", "residential true"},
			{"Residential Treatment\n\nClients who don't require 24/7 inpatient care can step down to our PHP. Our residential program provides 24/7 care.", "php false; residential true"},
			{"Our IOP\n\nOur IOP clients live at home. Access to care is 24/7 through our app.", ""},
			{"Our PHP\n\nOur support is round-the-clock: the nurse line is answered at any hour.", ""},
			{"Our IOP\n\nClients must show enough stability to make 24-hour supervision unnecessary.", "iop false"},
			{"Levels of care\n\nResidential treatment: clients live on site; care is round-the-clock.", "residential true"},
			{"Our residential program\n\nNursing care is available 24/7.", "residential true"},
			{"Our PHP serves adults who need structure every day, though they don't require 24/7 inpatient care.", "php false"},
			{"Our IOP offers real support without requiring 24/7 inpatient care.", "iop false"},
			{"Our IOP suits adults not requiring 24/7 inpatient care.", "iop false"},
			{"No one at an outpatient clinic is watched 24 hours a day.", "op false"},
			{"No one at our residential facility is ever left alone, and staff are on site 24 hours a day.", "residential true"},
			{"No one in our detox unit is alone because nurses are present 24/7.", "detox true"},
			{"Our PHP is for adults who do not need twenty four hour care.", "php false"},
			{"No one in our detox unit is left alone; nurses watch 24/7.", "detox true"},
			{"Our detox unit\n\nNo one at our front desk is a nurse, but nurses staff the unit 24/7.", "detox true"},
			// Nobody watching a program's clients at night denies it them.
			{"Day program\n\nOur PHP runs on weekdays. No one supervises PHP patients overnight.", "php false"},
			// A phone number right after the hours is what is staffed.
			{"Residential Program\n\nThe intake desk is staffed 24/7 at (555) 010-4477 for new referrals.", ""},
			{"Residential Program\n\nOur residence is staffed 24/7, and you can reach it at (555) 010-4477.", "residential true"},
			{"Residential Program\n\nOur admissions team is staffed around the clock at 1-800-555-0142 for families.", ""},
			// An "unless" that names who has it denies nothing.
			{"Our programs\n\nUnless they are in our residential unit with 24/7 nursing, clients return home each evening.", "residential true"},
			// "not needed" denies once, not twice.
			{"Our programs\n\nWhen round-the-clock care is not needed, our IOP is a good fit.", "iop false"},
			// Whom a program is not for, by age or by kin, needs what it
			// does not give.
			{"Teen IOP\n\nOur IOP is not a good match for your son or daughter if they need watching day and night.", ""},
			{"Teen IOP\n\nOur IOP is not the right fit for a young person who needs round-the-clock supervision.", "iop false"},
			{"Teen IOP\n\nOur IOP is not designed for students who need round-the-clock supervision.", "iop false"},
			// Each item of a list of "no"s is denied by its own: the bare
			// one is not.
			{"Residential care\n\nNo waitlist, no judgment, 24-hour supervision from nurses or counselors.", "residential true"},
			// Someone on the spot all day and night, or the team not.
			{"Cedar Row Sober Living\n\nA resident manager is on site around the clock in each house.", "other true"},
			{"Residential\n\nLicensed counselors are on shift 24 hours a day.", "residential true"},
			{"Residential\n\nOur team is not on site overnight; an on-call clinician answers the main number.", "residential false"},
			{"Sober Living\n\nWe do not staff the homes 24 hours a day.", "other false"},
			{"Residential\n\nA crisis counselor is available 24/7 by phone.", ""},
			{"Day program\n\nOur day program has no overnight staff. Alumni can reach a 24/7 support line answered by peer coaches.", "php false"},
			{"Day program\n\nWe keep a 24/7 warmline for anyone in the day program.", ""},
			{"Detox\n\nOur detox unit is monitored 24/7 by nurses, and families can reach our nurse line after discharge.", "detox true"},
			{"Sober Living\n\nHouse managers are on site overnight and most evenings.", ""},
			{"Residential\n\nOur team is on hand 24/7 to answer your questions about insurance.", ""},
			{"Sober Living\n\nDuring a resident's first week, a manager is on site 24 hours a day.", ""},
			// Staff coordinated, staff caring for patients, RNs on the unit.
			{"Inpatient detox\n\nOur detox unit has 14 beds. Nurses and a hospitalist are available 24/7.", "detox true"},
			{"Inpatient detox\n\nOur detox unit has 14 beds. Nurses care for patients 24 hours a day.", "detox true"},
			{"Inpatient detox\n\nOur detox unit has 14 beds.\n\n- RNs on the unit 24 hours a day", "detox true"},
			// A row's cell that goes on past the phrase is something else's
			// round-the-clock: an on-call line.
			{"Levels compared\n\nEvening IOP: 3 evenings a week | 3 hours an evening | around the clock on-call clinician\nOutpatient: 1 day a week | 1 hour | phone line", ""},
			// Supervision set aside is denied; a transitional residence's
			// page speaks of the house.
			{"Cedar Sober House\n\nCedar House is a sober living home. Like most, it has a house manager rather than round-the-clock staff.", "other false"},
			{"Birch Transitional Residence\n\nResidents attend our residential program nearby. A house manager lives on site, but no staff stay overnight.", "other false"},
			{"Recovery apartments\n\nA house manager works days. No staff stay overnight, but the manager can be reached by phone.", "other false"},
			{"Recovery apartments\n\nStaff do not stay in the apartments at night.", "other false"},
			{"Residential care\n\nThe house is staffed by nurses from 8 a.m. to 10 p.m. and by our residential care staff at night.", ""},
			{"Residential care\n\nStaff are on site from 8 a.m. to 10 p.m., and an on-call clinician covers emergencies overnight by phone.", "residential false"},
			// The staff who run therapy keep office hours, whoever covers
			// the night.
			{"Residential care\n\nResidents are supervised day and night. Our clinical staff are on site from 8 a.m. to 5 p.m.", "residential true"},
			{"Residential care\n\nResidents are supervised day and night. The counselors are on site from 9 a.m. to 4 p.m.", "residential true"},
			{"Withdrawal care\n\nThe detox unit is staffed by a nurse from 8 a.m. to 8 p.m.", "detox false"},
			{"Withdrawal care\n\nOur detox unit is staffed by nurses from 8 a.m. to 10 p.m. every day.", "detox false"},
			{"Withdrawal care\n\nOur detox unit offers 24-hour nursing care. The unit is staffed by an addiction psychiatrist from 9 a.m. to 5 p.m.", "detox true"},
			{"Withdrawal care\n\nOur detox unit is staffed by registered nurses from 7 a.m. to 7 p.m. and by licensed practical nurses overnight.", ""},
			{"Residential care\n\nIn most residential programs, staff are on site from about 8 a.m. until 11 p.m.", "residential false"},
			{"Medical detox\n\nWe do not provide medical detox for benzodiazepines; for alcohol and opioids, patients stay in our detox unit with 24/7 nursing.", "detox true"},
			{"Residential care at Elm House\n\nAfter lights out, residents are on their own until the morning staff arrive.", "residential false"},
			{"Outpatient levels of care\n\nNone of these programs offers 24-hour supervision. When you need round-the-clock care or medical withdrawal care, residential treatment or a hospital detox should come first.", "op false; residential true"},
			// A program named in the need is needed, not the one that meets it.
			{"Outpatient levels of care\n\nNone of these programs offers 24-hour supervision. When you need round-the-clock care or medical detox, residential treatment or a hospital should come first.", "op false; residential true"},
			{"Residential care\n\nOur overnight house manager goes off duty at 11 p.m.", "residential false"},
			{"Outpatient detox\n\nCan I do outpatient detox?\n\nNo, if you have had seizures in past withdrawal or need around-the-clock medical care.", "detox false"},
			{"Our IOP\n\nCrisis calls after hours are routed to the county line, which is staffed 24/7.", ""},
			{"Our detox\n\nThe contact inbox is not monitored 24 hours a day; in a crisis, dial 911.", ""},
			{"Our detox\n\nEmail us any time, our withdrawal unit is staffed 24/7.", "detox true"},
			{"Our detox\n\nEmail us any time, nurses staff the unit 24/7.", "detox true"},
			{"Our detox\n\nVisit our website to read about the 24/7 nursing care in our withdrawal unit.", "detox true"},
			{"Our detox\n\nResidents can check email at night while staff supervise the unit 24/7.", "detox true"},
			{"Our residential program\n\nOur residential program operates 24 hours a day, 7 days a week.", "residential true"},
			{"Our IOP\n\nOur treatment center operates 24/7, so reach out at any hour.", ""},
			{"Our residential program\n\nResidential admission operates 24 hours a day.", ""},
			{"Our residential program\n\nSome residential programs operate 24 hours a day, but ours closes on weekends.", ""},
			{"Our residential program\n\nOur residential program operates 24/7, with nurses and a physician on call.", "residential true"},
			{"Our residential program\n\nOur residential program operates 24 hours a day, but visiting hours are limited.", "residential true"},
			{"Medical detox\n\nOutpatient detox operates around the clock through our on-call nurse line.", ""},
			{"Our residential program\n\nOur admissions line operates 24 hours a day.", ""},
			{"Our residential program\n\nThe program's intake office operates 24 hours a day.", ""},
			{"Our IOP\n\nOur day program operates 24 hours a day.", ""},
			{"Our sober house\n\nAfter 10 p.m. there is no staff member in the house.", "other false"},
			{"Teen IOP\n\nOur teen IOP meets three afternoons a week. If a teen needs more, we help families arrange a referral to a residential or inpatient program. Larkspur does not provide overnight care.", "iop false"},
			{"Our detox\n\nRegistered nurses and behavioral health technicians are on the unit 24 hours a day.", "detox true"},
			{"Our detox\n\nPatients stay on our unit, where a nurse is present around the clock.", "detox true"},
			{"Our sober house\n\nThere is no staff in the house overnight.", "other false"},
			{"Residential care\n\nAt night the counselors drive home. No staff member stays on the grounds overnight.", "residential false"},
			{"Residential care\n\nSupport staff are at the farm around the clock, and a doctor visits twice a week.", "residential true"},
			{"Residential care\n\nOur recovery techs are on the property 24 hours a day.", "residential true"},
			{"Residential care\n\nA licensed counselor is in the lodge 24 hours a day.", "residential true"},
			{"Residential care\n\nAfter evening group the counselors leave. At night, no staff member stays in the cabins; the director answers a phone until morning.", "residential false"},
			{"Residential care\n\nOur aides are in the house 24/7, and a psychiatrist is available by phone on weekends.", "residential true"},
			{"Our IOP\n\nOur IOP meets on the Mercy Hospital campus, where security staff are on campus 24 hours a day.", ""},
			{"Our sober homes\n\nUnlike some sober homes, where aides are on the grounds around the clock, our houses are run by residents.", ""},
			{"Our sober homes\n\nUnlike some sober homes, our aides are in the house around the clock.", "other true"},
			{"Our sober house\n\nOur house manager lives off-site. Between 11 p.m. and 7 a.m. the house is not staffed.", "other false"},
			{"Our residential program\n\nResidents live in the house with a house tech awake overnight.", "residential true"},
			{"Residential care\n\nClinical staff are on site from 8 a.m. to 10 p.m., and residents are on their own overnight.", "residential false"},
			// (The clinical staff's hours alone deny nothing; the night
			// said unstaffed does.)
			{"Our residential home\n\nClinical staff are on site from 8 a.m. to 8 p.m. Overnight, the house is not staffed by clinicians.", "residential false"},
			{"Levels of care\n\nPHP is not the right level for someone who needs 24-hour supervision.", "php false"},
			{"Levels of care\n\nPHP is not the right choice if you have unstable housing, need 24-hour supervision, or are still drinking daily.", "php false"},
			// The people with the need go to the program named after it,
			// whatever program the sentence opened on.
			{"Levels of care\n\nOur PHP has no night staff, so adults who need round-the-clock monitoring should begin in residential care.", "residential true"},
			{"Residential\n\nOur residential program serves adults who need 24/7 supervision before they step down to PHP.", "residential true"},
			{"Virtual IOP\n\nLogin support is available 24 hours a day, seven days a week.", ""},
			{"Residential\n\nSupervision is available 24 hours a day in every house.", "residential true"},
			{"Medical detox\n\nMedical monitoring is provided around the clock.", "detox true"},
			{"Our IOP\n\nSupervision is not provided overnight.", "iop false"},
			{"Detox\n\nOur social detox unit offers brief stays with nursing care on a 24-hour-a-day basis.", "detox true"},
			{"Levels of care\n\nThis level is for adults whose needs go past what a PHP gives and who need nursing care on a 24-hour basis.", ""},
			{"Our PHP\n\nTeens in need of supervision around the clock are not thought suitable for our day program.", "php false"},
			{"Our PHP\n\nClients needing 24/7 supervision are not deemed suitable for this program.", "php false"},
			{"Levels of care\n\nOur detox and residential units are 24 hours per day, 7 days per week, all year.", "residential true; detox true"},
			{"Residential\n\nOur residential admissions office is 24/7.", ""},
			// Round-the-clock care said of a live-in level and a day level
			// together is the live-in level's.
			{"Programs\n\nOur residential care and our partial hospitalization track both offer 24-hour supervision.", "residential true"},
			{"Programs\n\nOur Teen Residential and Partial Hospital Unit gives 24-hour care.", "residential true"},
			{"Day program\n\nThe PHP is not a fit for a client who needs round-the-clock supervision.", "php false"},
			{"Day program\n\nOur PHP is a poor match for adults who need 24/7 monitoring.", "php false"},
			{"Day program\n\nWe do not recommend PHP for teens who need 24/7 supervision.", "php false"},
			{"Levels of care\n\nResidential rehab has clinicians overseeing residents around the clock.", "residential true"},
			{"Our residential program\n\nResidents live on our ranch with 24-hour supervision from trained staff. Overnight, the residence is unstaffed.", "residential true; residential false"},
			{"Our sober house\n\nThe house is unstaffed at night.", "other false"},
			{"Our sober house\n\nThe office is unstaffed on holidays.", ""},
			{"Detox\n\nRegistered nurses and a nurse practitioner are with patients 24 hours a day.", "detox true"},
			{"Ridge Residential\n\nOur residential program does not judge anyone, and offers meals or overnight supervision.", "residential true"},
			{"Our IOP\n\nIOP clients have access to care 24/7 through our crisis line.", ""},
			{"Teen IOP\n\nTeens who are in withdrawal or need 24-hour supervision should start at a higher level of care.", "iop false"},
			{"Residential\n\nClients who need 24-hour supervision should start with our residential program.", "residential true"},
			{"Harbor Sober Homes\n\nMost residents attend an intensive outpatient program in town three days a week.\n\nWho runs the house?\nWe are not a 24-hour staffed facility.", "other false"},
			{"Residential\n\nWe keep staff awake and on duty around the clock.", "residential true"},
			{"Residential\n\nResidents live on our campus and have access to nursing staff at all hours.", "residential true"},
			{"Weekend IOP\n\nOur weekend IOP meets Saturday and Sunday. People in active withdrawal or who need 24-hour monitoring are not a fit.", "iop false"},
			{"Residential\n\nOur residential program is for adults who need 24-hour monitoring.", "residential true"},
			{"Our Outpatient Clinic\n\nWe do not offer detox, medication for opioid use disorder, or overnight care.", "op false"},
			{"Detox\n\nRegistered nurses are on the unit 24/7 and a physician sees every patient daily.", "detox true"},
			{"Detox\n\nA nurse is on the floor 24 hours a day, seven days a week.", "detox true"},
			{"Sober Living\n\nA house manager lives on site, but staff are not present around the clock.", "other false"},
			{"Residential\n\nFamilies have access to our care team at all hours by phone.", ""},
			{"Detox\n\nOur nurses monitor you around the clock.", "detox true"},
			{"Residential\n\nOur residential staff are on site from 8 a.m. to 10 p.m.; overnight, residents can phone an on-call counselor.", "residential false"},
			// A place staffed for part of the day, and more than one
			// kind of staff on site for part of it.
			{"Residential\n\nOur sober residence is staffed from 9 a.m. to 9 p.m., and residents hold keys after that.", "residential false"},
			{"Residential\n\nThe new unit's nursing station will be staffed from 6 a.m. to 10 p.m.", "residential false"},
			{"Residential\n\nCounselors and techs are on site from 8 a.m. to 11 p.m.", "residential false"},
			{"Residential\n\nOur admissions office is staffed from 8 a.m. to 5 p.m.", ""},
			{"Detox\n\nOur detox nurses are on the unit from 6 a.m. to 10 p.m.", "detox false"},
			{"Residential\n\nCounselors are in the house from 9 a.m. to 5 p.m., and residential aides are there around the clock.", ""},
			{"Residential\n\nOur case managers are in the building from 8 a.m. to 4 p.m. to help with housing and jobs.", ""},
			{"Residential\n\nThe house is staffed from 8 a.m. to 10 p.m. by counselors, and a house manager lives on site.", ""},
			{"Detox\n\nOur detox unit is staffed from 7 a.m. to 7 p.m. by day nurses and from 7 p.m. to 7 a.m. by night nurses.", ""},
			{"Residential\n\nThe clinical wing is staffed from 8 a.m. to 6 p.m. on weekdays for therapy appointments.", ""},
			{"Withdrawal care\n\nIn our detox unit, doctors check on you around the clock.", "detox true"},
			{"Detox\n\nDuring detox you are watched by a nurse and a doctor 24 hours a day.", "detox true"},
			{"Residential\n\nOur residential home has nursing staff who are awake and on the floor 24/7.", "residential true"},
			{"Our IOP\n\nClients must be able to live safely outside a 24-hour setting.", "iop false"},
			{"Levels of care\n\nOur IOP meets three days a week. Our PHP meets five days a week. Neither level offers overnight care.", "iop false; php false"},
			{"PHP vs IOP\n\nPartial hospitalization\n\nA PHP meets five days a week.\n\nIntensive outpatient\n\nAn IOP meets three days a week.\n\nWhat neither level provides\n\nNeither level provides 24-hour supervision; that is the role of residential care.", "php false; iop false"},
			{"Levels of care\n\nOur IOP meets three days a week. Our PHP meets five days a week. Neither level offers overnight care; if you need supervision around the clock, residential treatment is the better fit.", "residential true"},
			{"Levels of care\n\n| Level | Length | Setting |\n|---|---|---|\n| Medical detox | 5-7 days | Inpatient, 24/7 nursing |", "detox true"},
			{"Levels of care\n\nWe offer outpatient counseling, an IOP and a PHP. None of them provides 24-hour supervision.", "op false; iop false; php false"},
			// (Round-the-clock staff go against what an IOP is: said of
			// "all three levels", no program of them is named.)
			{"Levels of care\n\nWe offer an IOP and a PHP. All three levels are staffed around the clock.", ""},
			// A level's word against what the page's program is, under a
			// heading of no program, is another level's; the program
			// named keeps its word.
			{"Partial Hospitalization\n\n## Our continuum\n\nAround-the-clock medical supervision for the first days of withdrawal.", ""},
			{"Partial Hospitalization\n\n## Our continuum\n\nOur PHP has medical supervision around the clock.", "php true"},
			{"Our IOP\n\nIntake for our IOP is 24/7.", ""},
			{"Residential\n\nHospitals refer patients who need round-the-clock supervision to our residential program.", "residential true"},
			{"Residential\n\nNurses are on duty around the clock to answer residents' questions.", "residential true"},
			{"A house for women in recovery\n\nStaff are present in the house around the clock.\n\nStaffing\n\nMost residents also attend an outpatient program in town. There is no overnight staff.", "other true; other false"},
			{"Our PHP\n\nOur PHP runs five days a week. There is no overnight supervision.", "php false"},
			{"Our PHP\n\nOvernight supervision is not provided.", "php false"},
			{"Sober living\n\nOur sober house is not a 24-hour staffed facility.", "other false"},
			{"Residential\n\nTrained staff are present in the house around the clock.", "residential true"},
			{"Detox\n\nRegistered nurses are with patients 24 hours a day.", "detox true"},
			{"Residential Treatment\n\nCare is available day and night.", "residential true"},
			{"Residential Treatment\n\nLicensed nurses and behavioral health techs are on duty around the clock.", "residential true"},
			{"Our residential program is 24/7.", "residential true"},
			{"Detox\n\nDuring your stay\n- Bed checks around the clock", "detox true"},
			{"Residential\n\nTrained staff are awake and at the lodge around the clock.", "residential true"},
			// Staff awake, and guides who stay with the group, are there
			// around the clock; guides reachable by text are not.
			{"Residential\n\nEvery cottage has a trained house parent awake 24 hours a day, and nursing staff awake 24 hours a day.", "residential true"},
			{"Residential\n\nOut on the trail, our field instructors are with students around the clock.", "residential true"},
			{"Residential\n\nOur trip guides are available 24/7 by text message.", ""},
			{"Detox unit\n\nWhat to expect\n\n- A registered nurse (RN) checks vitals every four hours\n- RN on duty 24/7", "detox true"},
			{"Residential\n\nAt the lodge, two staff members are on duty through the night.", "residential true"},
			{"Detox unit\n\nPatients are looked after by a medical team who are on the unit 24/7.", "detox true"},
			{"Detox unit\n\nOur nursing team is on the unit around the clock.", "detox true"},
			{"Our IOP\n\nOur IOP meets three evenings a week. The counselor on call through the night answers the crisis line.", ""},
			// A column of sober living is no residential program; a term
			// in quotes that the sentence explains states nothing.
			{"Compare\n\n| Feature | Residential | Sober living home |\n| Staff on site 24/7 | Yes | No |", "residential true"},
			{"Reading the chart\n\n\"Nurses on site 24/7\" means a nurse is in the building at every hour.", ""},
			{"Partial hospitalization\n\nOur PHP is no replacement for residential treatment; nobody supervises clients overnight.", "php false"},
			{"Partial hospitalization\n\nOur PHP is no replacement for medically supervised detox, and nobody supervises clients overnight.", "php false"},
			{"Our unit\n\nOur unit has \"nurses on site 24/7\" and a doctor on call.", "other true"},
			{"Residential Treatment\n\nOur admissions team is available 24/7; call us any time.", ""},
			{"Residential Treatment\n\nSupport is available around the clock by phone.", ""},
			{"Our PHP serves teens. Teens who need round-the-clock supervision are referred to a residential program.", "php false"},
			// The adverb hyphenated after its verb, as pages write it.
			{"Detox\n\nPatients in our detox unit are monitored round-the-clock by nurses.", "detox true"},
			{"Our IOP\n\nIOP clients are not monitored around-the-clock.", "iop false"},
			// The need given as the reason for a referral is met where
			// they are sent.
			{"Our IOP\n\nIOP is not right for severe addiction. Those clients are referred to inpatient care, since they need closer care and 24-hour supervision.", "residential true"},
			{"Our IOP\n\nSome adults are sent to a residential program because they require round-the-clock supervision.", "residential true"},
			{"Our IOP\n\nClients are referred to inpatient care because they relapse, and our IOP gives 24-hour phone support.", ""},
			{"Our PHP serves teens. Those who need medical detox are referred to a residential program. We do not provide overnight care.", "php false"},
			{"Residential treatment provides 24/7 supervision.", "residential true"},
			{"Residential treatment is the most intensive level. If you do not need 24/7 supervision, a partial hospitalization program is your best option.", "php false"},
			{"Our IOP does not offer 24-hour supervision.", "iop false"},
			{"Residential care includes 24/7 medical and clinical supervision.", "residential true"},
			{"Our IOP suits people who do not need constant monitoring.", "iop false"},
			// Care of a live-in level named inside a denied phrase: the
			// level has it, the clause's program does not.
			{"Our IOP\n\nOur evening groups offer no round-the-clock residential supervision.", "residential true; iop false"},
			// Detox named after it as another need is no holder of it.
			{"Our IOP\n\nIt suits adults who need more than weekly counseling but do not need 24-hour monitoring or medically supervised detox.", "iop false"},
			// Care said after it to be unnecessary is denied.
			{"Day treatment\n\nOur PHP helps adults who need a lot of support, but for whom 24/7 hospitalization isn't necessary.", "php false"},
			{"Day treatment\n\nIn our PHP, round-the-clock supervision is unnecessary.", "php false"},
			// Supervision called full-time never stops; a full-time
			// program is one that fills the working day.
			{"Our IOP is right for adults who don't require full-time supervision.", "iop false"},
			{"Residential care\n\nResidents have full-time nursing oversight.", "residential true"},
			{"Day treatment\n\nOur PHP is a full-time program with full-time staff.", ""},
			// A denial reaches past an adjective set off by its comma.
			{"Our IOP\n\nTo join, a client must be well enough to not need continuous, round-the-clock care.", "iop false"},
			// Support that never lets up is encouragement, not staff on
			// hand; joined to supervision it is supervision.
			{"Day treatment (PHP)\n\nOur PHP helps people stay well through proven therapies and continuous support.", ""},
			{"Residential care\n\nOur residence gives every client constant support and supervision.", "residential true"},
			{"Residential care\n\nOur residential program gives constant, round-the-clock care.", "residential true"},
			// A need the program says it is not for.
			{"Day program\n\nIf a client needs care around the clock, our PHP is not the right program for them.", "php false"},
			{"Day program\n\nAdults who need 24/7 monitoring will find our PHP is not a good fit.", "php false"},
			{"Day program\n\nOur PHP is not for teens who are still withdrawing or who need supervision around the clock.", "php false"},
			{"Day program\n\nThe program is not designed for anyone who needs nursing care 24 hours a day.", "php false"},
			{"Day program\n\nAdults who need 24-hour nursing are not candidates for our PHP.", "php false"},
			{"Residential care\n\nOur residential program is for adults who are withdrawing or who need supervision around the clock.", "residential true"},
			{"Day program\n\nOur PHP runs on weekdays.\n\nNot a good fit: anyone who needs nursing 24 hours a day.", "php false"},
			{"Day program\n\nOur PHP runs on weekdays.\n\nWho it is not for: people who need supervision around the clock.", "php false"},
			{"Residential care\n\nOur residential program is small.\n\nBest suited to: adults who need supervision around the clock.", "residential true"},
			{"Residential care\n\nIf you need 24/7 care, our residential program is the right place.", "residential true"},
			// Care someone can do without is not residential's lack.
			{"Our PHP suits adults who do not require 24/7 inpatient monitoring.", "php false"},
			// Staff who do not (need to) watch around the clock: a denial
			// inside the staff's own phrase.
			{"Partial hospitalization\n\nIn our PHP, staff do not need to watch clients around the clock.", "php false"},
			{"Our IOP\n\nOur nurses don’t monitor clients 24/7, since clients sleep at home.", "iop false"},
			// A second word of the clock set off by a comma stays under the
			// denial.
			{"Our PHP suits adults who don’t require 24-hour, around-the-clock nursing.", "php false"},
			{"Residential care\n\nOur residential unit gives 24/7, round-the-clock nursing.", "residential true"},
			// Care someone does not qualify for, and care the program
			// falls short of, named with its own program inside.
			{"Our IOP is meant for adults who don't meet the criteria for 24/7 inpatient care.", "iop false"},
			{"Clients who don't qualify for round-the-clock hospital care may start in our PHP, which serves them.", "php false"},
			{"Our day program is for teens who need more than an hour of counseling but less than 24/7 residential care.", "residential true; php false"},
			// Round-the-clock care a client moves away from is no one's
			// here.
			{"Day Treatment\n\nOur PHP helps adults move from 24-hour care toward living on their own.", ""},
			{"Day Treatment\n\nOur PHP suits adults stepping down from round-the-clock care.", ""},
			// The clock a program falls short of, named by itself or by a
			// live-in level's treatment; the level held up as the measure
			// is not the program.
			{"Our IOP gives more structure than counseling alone but less than 24/7 inpatient treatment.", "residential true; iop false"},
			// A program named in a concession fronted before the main
			// clause is not what the main clause is about.
			{"Inpatient Treatment\n\nAlthough standard outpatient care helps plenty of people, 24/7 supervision is vital in early recovery for some.", "residential true"},
			{"Our IOP\n\nAlthough our IOP is flexible, it has no 24/7 staff.", "iop false"},
			// (Held up with a passive verb: "than can be offered through".)
			{"Intensive Outpatient Program\n\nOur IOP is a good fit for adults who:\n\n* Need a higher level of care than can be offered through standard outpatient visits but do not require 24-hour supervision", "iop false"},
			{"Partial Hospitalization\n\nOur PHP helps teens who need more help than is available in weekly outpatient counseling but who do not need round-the-clock care.", "php false"},
			{"Our PHP\n\nThe program gives hospital-level therapy, but on less than a 24-hour basis.", "php false"},
			{"Our PHP\n\nThe program runs at an intensity equal to an inpatient stay, though on a less than 24-hour basis.", "php false"},
			{"Our PHP\n\nThe answering service takes calls on a 24-hour basis.", ""},
			// Care named by how it watches over a patient.
			{"Our IOP suits adults who don't need 24/7 clinically managed or monitored treatment.", "iop false"},
			{"Residential care\n\nOur residential campus gives 24-hour clinically managed treatment.", "residential true"},
			{"Our IOP\n\nOur IOP office uses a 24-hour medically trained answering service.", ""},
			// Watched constantly while there, by clients who live at home,
			// is not round the clock.
			{"Day program\n\nOur PHP serves adults well enough to live at home whose moods still call for constant monitoring.", ""},
			{"Residential care\n\nResidential care offers constant monitoring; clients do not live at home.", "residential true"},
			{"The PHP is built for adults who need daily structure to avoid a hospital or to leave an inpatient stay, offering care without 24/7 supervision.", "php false"},
			{"Long-term residential programs provide care 24 hours a day.", "residential true"},
			{"Our hotline is answered 24/7.", ""},
			{"Our residential program lasts 45 days. Staff leave at 10 p.m., and residents are not supervised overnight.", "residential false"},
			{"Our residential program is small. Staff supervise residents 24/7.", "residential true"},
			{"Our PHP is a day program. PHP is not a 24-hour setting.", "php false"},
			{"Unlike residential care, where clients live on site 24/7, our IOP bends around your week.", ""},
			{"Our detox unit is small and staffed by nurses around the clock.", "detox true"},
			{"Our residential program is small. Nurses are present around the clock.", "residential true"},
			{"Our residential program is small. The house has no staff overnight.", "residential false"},
			{"Our detox unit is a quiet place. Detox patients are monitored around the clock.", "detox true"},
			{"Both residential care and detox offer 24/7 supervision.", "detox true; residential true"},
			{"Our residential alumni app offers 24/7 peer support.", ""},
			{"Our IOP is a day program. There is no 24-hour supervision in PHP.", "php false"},
			{"None of our outpatient programs include 24/7 supervision.", "op false"},
			{"Our IOP lacks the round-the-clock supervision of residential treatment.", "residential true; iop false"},
			// One "no" opening a list closed by "or" denies its last item,
			// however long the list.
			{"Outpatient counseling\n\nWeekly counseling fits when a screening finds no sign of serious danger to self or others, a need for medical detoxification, or 24-hour nursing.", "op false"},
			// (Not past a clause of its own: a subject and its verb.)
			{"Residential care\n\nWithout a referral, you can come to us for detox, residential treatment, or 24-hour supervision.", "residential true"},
			{"Residential care\n\nFor adults with no safe place to live, our residential program provides a bed, medical detox, or 24-hour supervision.", "residential true"},
			{"Our PHP offers structure without the 24-hour supervision provided in residential care.", "residential true; php false"},
			// (So does a relative clause that gives the care to a program.)
			{"Our IOP\n\nOur IOP suits adults who don't require the round-the-clock monitoring which is offered at a residential program.", "residential true; iop false"},
			{"Our PHP\n\nOur PHP gives structure without the round-the-clock supervision that residential programs offer.", "residential true; php false"},
			{"Our PHP\n\nOur PHP has 24/7 care that our clients value.", "php true"},
			{"| Program | Hours of care | Where you sleep |\n|---|---|---|\n| Residential | 24/7 (168 hours) | At the facility |", "residential true"},
			{"| Program | Admissions line |\n|---|---|\n| Residential | 24/7 |", ""},
			{"Admissions staff take calls 24 hours a day.", ""},
			{"An IOP is a good fit for people who:\n- have completed residential treatment\n- need structure, but not 24/7 supervision", "iop false"},
		},
	})
}

// deskStaffed reports a desk or lobby right before "staffed …": "our
// front desk is staffed", "the lobby is".
func deskStaffed(before string) bool {
	b := strings.TrimRight(before, " ")
	b = strings.TrimSuffix(strings.TrimSuffix(b, " is"), " are")
	switch wordBefore(b, len(b)) {
	case "desk", "desks", "lobby", "reception", "switchboard":
		return true
	}
	return false
}

// messagesMonitored reports the figure at start said of where messages
// go, the subject of its being monitored: "This website is not monitored
// 24/7", "Messages sent through this form are not checked around the
// clock". ("Visit our website to learn about 24/7 nursing care" and
// "Email us any time, our unit is staffed 24/7" are the care's.)
func messagesMonitored(s *sentence, start int) bool {
	return messagesWatched.MatchString(s.lower[max(0, start-80):start])
}

var messagesWatched = prefilter.MustCompile(`\b(?:website|web\s+site|inbox|email|e-mail|emails|mailbox|voicemail|voicemails|messages|chat|form)\s+(?:[a-z]+\s+){0,4}?(?:is|are|will|isn['’]t|aren['’]t|won['’]t)\s+(?:not\s+)?(?:be\s+)?(?:(?:monitored|checked|answered|staffed|read|reviewed|watched)\s+)?$`)

// nightUncovered says nobody covers the night: "residents are on their own
// overnight", "no one stays in the house overnight", "with nobody there at
// night".
var nightUncovered = prefilter.MustCompile(`\b(?:alone|on\s+their\s+own|no\s+one|nobody|no\s+staff|unstaffed|not\s+staffed|unsupervised)\b[^.;]{0,40}\b(?:overnight|at\s+night|overnights)\b|\b(?:overnight|at\s+night),?\s+(?:residents\s+are\s+|clients\s+are\s+)?(?:alone|on\s+their\s+own|unsupervised|no\s+one|nobody)\b`)

// sentOnAfter opens on where people with a need are told to go: "
// should start with", " are better served by", " belong in".
var sentOnAfter = prefilter.MustCompile(`^[^.;]{0,20}?\b(?:should|must|need\s+to|ought\s+to|are\s+better\s+served|belong|would\s+be\s+better|(?:are|is|will\s+be|would\s+be|gets?)\s+referred|go\s+to)\b`)

// whoNeeds reports the need before i said in a relative clause: "anyone
// who needs ", "people that require round-the-clock ".
func whoNeeds(lower string, i int) bool {
	pre := lower[max(0, i-60):i]
	k := max(lastIndex(pre, " who "), lastIndex(pre, " that "))
	return k >= 0 && wordCount(pre[k:]) <= 4
}

// firstProgramAfter is the first program named after end in s (not as a
// weak "outpatient"), "" when none is.
func firstProgramAfter(s *sentence, end int) Subject {
	for _, m := range s.mentions {
		if m.start >= end && programSubject(m.subject) && !m.weak {
			return m.subject
		}
	}
	return NoSubject
}

// whileOpen drops round-the-clock care said of a day program only "at all
// times" ("Our teen IOP runs seven hours a week, with adult staff present
// at all times"): a program clients leave every day has staff there at
// all times it runs, which says nothing of the night. (Said with the
// night or the clock, "24/7" or "overnight", it stays.)
// So does care called constant or continuous ("Our PHP offers continuous
// monitoring while clients take part in therapy"): care that does not let
// up while the day program runs.
func whileOpen(s *sentence, out []Claim, from int) []Claim {
	if len(out) == from || s.containsAny("night", "clock", "24", "around-the-clock") {
		return out
	}
	allTimes := strings.Contains(s.lower, "all times") || strings.Contains(s.lower, "all hours")
	// (Care said to go on past the program's day, in its housing or
	// through the week, is no day program's hours: "constant supervision
	// after groups end in our apartments", "168 hours a week".)
	if !allTimes && (!s.containsAny("constant", "continuous", "continual") || s.containsAny("168", "seven days", "7 days", "lodging", "housing", "apartment", "sleep", "after", "weekend")) {
		return out
	}
	kept := out[:from]
	for _, c := range out[from:] {
		if c.Kind == Supervision24x7 && c.Value != nil && *c.Value && (c.Subject == IOP || c.Subject == PHP || c.Subject == OP) && (allTimes || unbrokenCare(c.Text)) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// unbrokenCare reports care named by a word of its not letting up:
// "continuous monitoring", "constant supervision".
func unbrokenCare(text string) bool {
	w := leadingWord(lowerASCII(text), 0)
	return w == "constant" || w == "continuous" || w == "continual"
}
