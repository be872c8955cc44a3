package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// enquiryPurpose follows staff available around the clock for people
// asking about care, not for clients in it: "… to answer questions and
// start an admission", "… to take your call", "… to help you with
// insurance".
var enquiryPurpose = prefilter.MustCompile(`^\s*,?\s*to\s+(?:answer\s+(?:your\s+|any\s+|all\s+)?(?:questions|calls|enquiries|inquiries)|provide\s+answers|take\s+(?:your\s+)?calls?|(?:begin|start)\s+(?:the\s+|your\s+)?(?:admissions?|intake)|discuss\s+(?:your\s+)?(?:options|insurance|admission)|verify\s+(?:your\s+)?(?:insurance|benefits)|walk\s+you\s+through\s+(?:the\s+|your\s+)?(?:admissions?|intake|insurance)|help\s+you\s+(?:get\s+started|with\s+(?:admissions?|insurance|intake)|find\s+(?:the\s+right|a|the)\s+(?:level\s+of\s+care|program|treatment|provider)|understand\s+(?:your\s+)?(?:insurance|benefits|coverage|options))|(?:talk|speak)\s+(?:to|with)\s+(?:prospective|potential)\s+(?:clients|patients|residents|families|callers))\b`)

// admissionsStaff name the staff who take enquiries, before the staff
// noun: "Our admissions team is on call 24 hours a day".
// ("Upon admission nurses are available …": the time of admission, no
// staff's name; "admission nurses" on the unit are nurses.)
var admissionsStaff = wordSet("admissions", "intake", "enrollment", "enrolment")

// enquiryStaff reports the staff available round the clock at
// lower[start:end] as an enquiry line: their purpose says so, right
// after the hours or past a whole week, or they are named for
// admissions. (Nurses and doctors keep their care: "Our admissions nurses
// are available 24/7 on the detox unit", "Nurses are on hand 24 hours a
// day, 7 days a week, to answer any questions during withdrawal".)
func enquiryStaff(lower string, start, end int) bool {
	rest := lower[end:]
	if enquiryPurpose.MatchString(rest) {
		return true
	}
	if medicalStaff[leadingWord(lower, start)] {
		return false
	}
	if past := pastWholeWeek(rest); len(past) < len(rest) && enquiryPurpose.MatchString(past) {
		return true
	}
	return admissionsStaff[wordBefore(lower, start)]
}

// medicalStaff give care whatever else they are named for.
var medicalStaff = wordSet("nurse", "nurses", "doctor", "doctors", "physician", "physicians", "psychiatrist", "psychiatrists", "clinician", "clinicians")

// pastWholeWeek is rest past a whole week said after round-the-clock
// hours: ", seven days a week", " 7 days a week", ", 365 days a year".
func pastWholeWeek(rest string) string {
	t := strings.TrimPrefix(strings.TrimLeft(rest, " "), ", ")
	for _, w := range []string{"seven days a week", "7 days a week", "365 days a year", "seven days per week", "7 days per week"} {
		if after, ok := strings.CutPrefix(t, w); ok {
			return after
		}
	}
	return rest
}

// supervisionPhrase finds the words that promise round-the-clock care.
func (s *sentence) supervisionPhrase() (int, int, bool) {
	// "residents are not supervised overnight", "monitored day and
	// night".
	if s.supervisedWord() {
		// (Staff "available" or "on call" may be on a phone; staff on
		// the unit or on site are not, whatever else the sentence says
		// of phones.)
		// ("A doctor is on site at all times during program hours", "Care
		// is available 24/7 at the nearest emergency room": the span is
		// bounded, or the care is someone else's.)
		if loc := supervisedAround.FindStringIndex(s.lower); loc != nil && !phoneSupport(s) && !boundedOrElsewhere.MatchString(s.lower[loc[1]:]) && !(strings.Contains(s.lower[loc[0]:loc[1]], "available") && enquiryStaff(s.lower, loc[0], loc[1])) {
			return loc[0], loc[1], true
		}
		if loc := supervisionAvailable.FindStringIndex(s.lower); loc != nil && !phoneSupport(s) && !boundedOrElsewhere.MatchString(s.lower[loc[1]:]) {
			return loc[0], loc[1], true
		}
		if loc := staffedAround.FindStringIndex(s.lower); loc != nil && !othersOnSite(s.lower, loc[0]) {
			return loc[0], loc[1], true
		}
		if loc := someoneOnSite.FindStringIndex(s.lower); loc != nil && !presencePurpose.MatchString(s.lower[loc[1]:]) && !firstDaysOnly.MatchString(s.lower[:loc[0]]) && !othersOnSite(s.lower, loc[0]) {
			return loc[0], loc[1], true
		}
	}
	// ("Our access center is staffed 24/7 at (555) 010-2000": the
	// number after the hours is what is staffed.)
	// ("24-hour substance use disorder services … with 24-hour, seven-day
	// per-week nursing supervision": a clock phrase that times no care
	// leaves the next one to be read.)
	clocked := false
	for off := 0; off < len(s.text); {
		start, end, ok := quantity.Supervision24x7(s.text[off:])
		if !ok {
			break
		}
		start, end = start+off, end+off
		if phoneAfter(s.text, end) || lineAfter(s.lower, end) || (s.contains("line") || s.contains("phone") || s.contains("call") || s.contains("chat")) && phoneSupport(s) {
			break
		}
		if at, e, ok := s.clockCare(start, end); ok {
			return at, e, true
		}
		clocked = true
		off = end
	}
	if clocked {
		return 0, 0, false
	}
	for _, adj := range []string{"constant", "continuous", "overnight", "round-the-clock", "around-the-clock"} {
		if !s.contains(adj) {
			continue
		}
		if i := indexWord(s.lower, adj, 0); i >= 0 {
			// ("clients skip overnight facility stays": a stay, said
			// of where one sleeps, no care.)
			// ("recovery built on proven methods and continuous support":
			// support that never lets up is a promise of encouragement,
			// not staff on hand round the clock; "constant support and
			// supervision" still names the supervision.)
			// ("a comprehensive continuous care model": care that goes on
			// from one level to the next, a continuum, no watch kept.)
			if e, ok := careNounAfter(s.lower, i+len(adj), 2, false); ok && !stayNouns[wordAfter(s.lower, e)] && !(constantWords[adj] && supportAlone(s.lower, e)) &&
				!(adj == "continuous" && continuumNouns[wordAfter(s.lower, e)]) {
				return i, e, true
			}
		}
	}
	// "adults who don't require full-time supervision": supervision
	// that never stops, named by the working day's word ("full-time
	// care" or "a full-time program" is how much of the day it takes).
	if s.contains("full") {
		if loc := fullTimeWatch.FindStringIndex(s.lower); loc != nil {
			return loc[0], loc[1], true
		}
	}
	return 0, 0, false
}

// clockCare reads the care a clock phrase at [start, end) times, and
// where that care's words start and end.
func (s *sentence) clockCare(start, end int) (int, int, bool) {
	// The care noun follows within three words ("24/7 medical and
	// clinical supervision") or comes right before ("care 24 hours a day").
	if e, ok := careNounAfter(s.lower, end, 3, true); ok {
		return start, e, true
	}
	// ("provides treatment services around the clock": the care
	// named before its services.)
	at, b := start, wordBefore(s.lower, start)
	// ("offers brief stays with nursing care on a 24-hour-a-day
	// basis": the care, then the clock said as its basis. Not beside
	// a day program named: "needs that go past what a PHP gives,
	// with nursing care on a 24-hour basis" is another level's.)
	if (b == "a" || b == "an") && clockBasis.MatchString(s.lower[end:]) && !slices.ContainsFunc(s.mentions, func(m mention) bool { return dayProgram(m.subject) }) {
		if k := lastIndex(s.lower[:at], b); wordBefore(s.lower, k) == "on" {
			at = lastIndex(s.lower[:k], "on")
			b = wordBefore(s.lower, at)
		}
	}
	if b == "services" {
		at = lastIndex(s.lower[:at], b)
		b = wordBefore(s.lower, at)
	}
	if careNouns[b] || b == "treatment" {
		return lastIndex(s.lower[:at], b), end, true
	}
	// "on less than a 24-hour basis", "less than 24/7 residential
	// treatment": the round-the-clock care a program falls short of,
	// named by its clock alone or by a live-in level.
	if shortOf(s.lower, start) {
		if e, ok := clockFallenShortOf(s.lower, end); ok {
			return start, e, true
		}
	}
	// "Supervision: Around the clock (24/7)": a fact line's label
	// names the care its value times.
	if at, ok := careLabel(s.lower[:start]); ok {
		return at, end, true
	}
	// "We give attentive care to everyone in detox, 24 hours a day":
	// the care given, its receivers between it and the clock.
	if at, ok := careGivenTo(s, start, end); ok {
		return at, end, true
	}
	// "Our residential program operates 24 hours a day": a program
	// that never stops, its own subject. ("Our admissions line
	// operates 24/7": a line's.)
	if at, ok := programRunsAround(s, start); ok {
		return at, end, true
	}
	// "Residential is 24/7": the program itself said to never stop.
	if b := wordBefore(s.lower, start); b == "is" || b == "are" {
		k := lastIndex(s.lower[:start], b)
		// ("residents stay with us; care is round-the-clock": the care
		// said to never stop.)
		// (Not care reached by phone or app: "Access to care is 24/7
		// through our app", "Our support is round-the-clock: the nurse
		// line is answered …".)
		n := wordBefore(s.lower, k)
		nAt := lastIndex(s.lower[:k], n)
		if careNouns[n] && wordBefore(s.lower, nAt) != "to" && !remoteCare(s.lower) {
			return nAt, end, true
		}
		named := s.mentionEndsAt(k)
		if !named && programNouns[n] {
			named = s.mentionEndsAt(nAt) // "our residential program is 24/7"
		}
		// "Intake for our IOP is 24/7" times the intake: the program
		// must open the sentence, with no more than a determiner.
		if named && strings.Trim(s.lower[end:], " .!") == "" && opensWithProgram(s) {
			return k, end, true
		}
	}
	// "| Residential | 24/7 (168 hours) |" under "Hours Per Week":
	// a cell that opens with the phrase is the care its column counts.
	// So is "Residential: 7 days a week | around the clock | live on
	// site", a cell of a row headed by the program alone.
	// ("around the clock on-call clinician" is a phone's.)
	if b := s.block; b.Kind == corpus.BlockTableCell && strings.TrimSpace(s.lower[:start]) == "" && (careColumn(b.ColHeader) ||
		b.ColHeader == "" && programRowHeader(b.RowHeader) && strings.Trim(s.lower[end:], " .") == "") {
		return start, end, true
	}
	return 0, 0, false
}

// fullTimeWatch is supervision called full-time: "full-time supervision",
// "full-time medical monitoring".
var fullTimeWatch = prefilter.MustCompile(`\bfull[- ]time\s+(?:(?:medical|clinical|nursing|staff)\s+)?(?:supervision|monitoring|oversight|observation)\b`)

// supportAlone reports "support" ending at e with no supervision joined
// to it: "continuous support", not "constant support and supervision".
func supportAlone(lower string, e int) bool {
	if !strings.HasSuffix(lower[:e], "support") {
		return false
	}
	return !anyPrefix(strings.TrimLeft(lower[e:], " "), supervisionJoined)
}

var supervisionJoined = []string{"and supervision", "and monitoring", "and oversight", "and observation", "and medical", "and nursing"}

// phoneSupport reports care reached by phone or chat: "access to care
// 24/7 through our crisis line" is a line someone answers, not staff on
// site.
func phoneSupport(s *sentence) bool {
	return contactLine(s.text) || hasWord(s.lower, "helpline", "hotline", "call us", "call our", "call now", "call today", "text us",
		"by phone", "over the phone", "phone line", "admissions line", "live chat", "crisis line", "crisis hotline", "text line")
}

// lineAfter reports a phone line named right after a 24/7 phrase ending
// at i: "a 24/7 support line", "24/7 warmline", "24/7 nurse line".
// (Within three words, in the same phrase: "a 24/7 alumni support
// line"; not "24/7 supervision on site, plus a nurse line".)
func lineAfter(lower string, i int) bool {
	for n, w := range strings.Fields(lower[i:min(len(lower), i+40)]) {
		if n == 3 {
			return false
		}
		switch strings.TrimRight(w, ".,;:") {
		case "line", "lines", "warmline", "hotline", "helpline", "phone":
			return true
		}
		if strings.ContainsAny(w, ".,;:") {
			return false
		}
	}
	return false
}

// phoneAfter reports a phone number a word or two after i: "24/7 at
// (555) 010-2000", "around the clock: 555-010-2000".
func phoneAfter(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " :,–—-")
	for _, w := range []string{"at ", "on ", "via ", "by calling ", "by phone at "} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	// ("1-800-555-0199", "+1 800 555 0199": a country code first.)
	for _, cc := range []string{"+1 ", "+1-", "+1.", "1-", "1 ", "1."} {
		if r, ok := strings.CutPrefix(rest, cc); ok {
			rest = r
			break
		}
	}
	loc := phoneNumber.FindStringIndex(rest[:min(len(rest), 16)])
	return loc != nil && loc[0] == 0
}

// boundedOrElsewhere, after a round-the-clock phrase, bounds it to hours
// or sessions, or puts the care in another place.
var boundedOrElsewhere = prefilter.MustCompile(`^\s*,?\s*(?:during\s+(?:(?:the|our|your)\s+)?(?:(?:program|business|office|clinic|group|treatment|visiting)\s+)?(?:hours|sessions|groups|visits)\b|during\s+(?:[a-z-]+\s+){1,2}sessions\b|in\s+(?:program|business|office|clinic)\s+hours\b|(?:at|in)\s+(?:an?\s+|the\s+)?(?:nearest|nearby|local|closest)\s+(?:emergency|er\b|hospital)|(?:at|in)\s+(?:an?\s+|the\s+)?(?:emergency\s+room|emergency\s+department|er\b))`)

// clockBasis follows a round-the-clock phrase with the basis it names:
// " basis", "-a-day basis", " a day basis".
var clockBasis = prefilter.MustCompile(`^(?:-a-day|\s+a\s+day)?\s+basis\b`)

// supervisionAvailable is supervision or monitoring itself said to be
// there around the clock: "Supervision is available 24 hours a day",
// "medical monitoring is provided around the clock". (Kept out of
// supervisedAround: as one more of its alternatives it cost the reader
// 1.6 % more instructions on generated pages, measured.)
var supervisionAvailable = prefilter.MustCompile(`\b(?:(?:medical|staff|nursing|clinical)\s+)?(?:supervision|monitoring)\s+(?:is\s+|are\s+)?(?:not\s+)?(?:available|provided|present|on\s+hand|on\s+site|on-site)\s+(?:` + aroundTheClock + `)\b`)

// supervisedWord is the cheap test in front of supervisedAround, which
// would otherwise scan every sentence.
func (s *sentence) supervisedWord() bool {
	if !s.containsAny("night", "clock", "all times", "all hours", "twenty") && !s.contains("24") {
		return false
	}
	// Care words are everywhere; "care" counts only beside a word of
	// presence ("care is available day and night").
	who := s.containsAny("supervis", "monitored", "monitoring", "staff", "watched", "nurse", "practitioner", "aides", "techs", "technicians", "physicians", "doctors", "overse", " tech ", "rns ", "counselor", "counsellor", "care team", "nursing team", "medical team", "instructors", "guides", "medically managed", "professionals") ||
		s.containsAny("care", "support") && s.containsAny("available", "provided", "on duty", "on hand", "present", "on call", "on site", "on-site") ||
		s.containsAny("on site", "on-site", "onsite", "on duty", "on shift", "on hand", "present")
	return who
}

// aroundTheClock names the whole day and night in supervisedAround's
// alternatives: "overnight", "around the clock", "24/7" ("monitored
// round-the-clock": the adverb hyphenated, as pages write it).
const aroundTheClock = `overnight|day and night|around the clock|round the clock|around-the-clock|round-the-clock|at all times|at all hours|24/7|(?:24|twenty-four|twenty four) hours(?:,\s*|/)(?:7|seven) days (?:a|per) week|(?:24|twenty-four|twenty four) hours (?:a|per) day`

var supervisedAround = prefilter.MustCompile(`\b(?:(?:nurses|staff|clinicians|our\s+team|the\s+team|technicians|techs|physicians|doctors|(?:healthcare|health\s+care|medical|clinical)\s+professionals)\s+(?:(?:do|does|will)\s+not\s+|(?:don't|doesn't|don’t|doesn’t|won't|won’t)\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:closely\s+|carefully\s+|constantly\s+)?(?:monitor|monitors|monitoring|supervise|supervises|supervising|watch|watches|watching|oversee|oversees|overseeing|check\s+on|check(?:s|ing)?\s+(?:(?:your|their|each\s+patient['’]s|patients['’]?|clients['’]?|residents['’]?)\s+)?(?:vitals|vital\s+signs|heart\s+rate|blood\s+pressure|breathing|pulse)|care\s+for)\s+(?:[a-z']+\s+){0,3}?(?:` + aroundTheClock + `)|(?:supervised|monitored|staffed|watched|cared\s+for|medically\s+managed)\s+(?:by\s+(?:[a-z]+\s+){1,5}?)?(?:` + aroundTheClock + `)|(?:nurses|nurse|rns|staff)\s+(?:(?:who\s+)?(?:are|is)\s+)?(?:awake\s+and\s+)?(?:on|in)\s+(?:the\s+)?(?:residential\s+|detox\s+|inpatient\s+|medical\s+|treatment\s+)?(?:unit|site|house|floor)\s+(?:around the clock|round the clock|24/7|24 hours a day|all day and all night|day and night)|(?:nurses|staff|counselors|technicians|techs)\s+staff\s+(?:the|our|each|every)\s+(?:residential\s+|detox\s+|inpatient\s+|medical\s+)?(?:units?|houses?|homes?|residences?|facility|building|floors?)\s+(?:` + aroundTheClock + `)|supported\s+by\s+(?:our\s+)?(?:nurses|staff|counselors|clinicians|technicians|aides|doctors)(?:,?\s+and\s+(?:nurses|staff|counselors|clinicians|technicians|aides|doctors))?\s+(?:` + aroundTheClock + `)|(?:nurses|staff|counselors)(?:\s+and\s+(?:nurses|staff|counselors|clinicians|technicians|aides|doctors))?\s+support\s+(?:our\s+)?(?:residents|clients|patients)\s+(?:` + aroundTheClock + `)|supervises?\s+(?:\w+\s+){0,2}(?:` + aroundTheClock + `)|(?:staff|staff members|nurses|nursing staff|nursing team|medical team|clinical team|care team|treatment team|clinical staff|rns?|clinicians|counselors|techs|technicians|physicians|doctors|doctor|physician|practitioners?|aides|care|medical care|nursing care|support)(?:\s+and\s+(?:an?\s+|the\s+)?(?:hospitalists?|physicians?|doctors?|psychiatrists?|nurses?|counselors?|technicians?|aides?|staff))?(?:,\s+including\s+(?:[a-z-]+\s+){0,3}?[a-z-]+,)?\s+(?:(?:that|who)\s+)?(?:are\s+|is\s+)?(?:not\s+)?(?:awake\s+and\s+)?(?:present|on site|on-site|available(?:\s+on\s+site|\s+on-site|\s+onsite)?|provided|on duty|on call|on hand|awake|on\s+the\s+unit|with\s+(?:patients|clients|residents|you|students|teens|campers|the\s+group)),?\s+(?:(?:in|on|at)\s+(?:the|our|each|every)\s+[a-z]+\s+)?(?:` + aroundTheClock + `|through the night)|(?:field\s+)?(?:instructors|guides)\s+(?:are\s+|is\s+)?(?:not\s+)?(?:awake|with\s+(?:students|teens|campers|clients|residents|the\s+group))\s+(?:` + aroundTheClock + `)|access\s+to\s+(?:[a-z]+\s+){0,2}?(?:staff|nurses|clinicians|counselors|medical\s+care|nursing\s+care|care)(?:\s+and\s+(?:[a-z]+\s+){0,2}?(?:professionals|staff|nurses|clinicians|counselors|doctors|physicians))?\s+(?:` + aroundTheClock + `)|staff\s+overnight|overnight\s+staff)\b`)

// careColumn reports a table column that counts or describes care.
func careColumn(header string) bool {
	return anyIn(lowerASCII(header), []string{"hours", "care", "supervision", "staffing", "monitoring", "availability", "intensity"})
}

// careNounAfter finds a care noun among the n words after i and returns
// the end of it; with treatment set (after a phrase of the clock),
// treatment is one.
func careNounAfter(lower string, i, n int, treatment bool) (int, bool) {
	var before [2]string // the words read before w, nearest first
	k := 0
	for w, end := range wordsAfter(lower, i, n) {
		// ("around-the-clock treatment by doctors", "24-hour residential
		// evaluation and treatment": treatment that never stops is care
		// that never does; "a 24-hour treatment facility" is a building's
		// hours.)
		// (After a phrase of the clock only: "continuous treatment
		// engagement", "day and overnight treatment" time no care.)
		if treatment && w == "treatment" && !treatmentOfOther[wordAfter(lower, end)] {
			return end, true
		}
		if careNouns[w] || settingNouns[w] && (k == 0 && !kindedSettingNouns[w] || k == 1 && settingKinds[before[0]] || k == 2 && settingKinds[before[1]] && settingCare[before[0]]) {
			return end, true
		}
		// "24-hour medically monitored treatment", "24/7 clinically
		// managed or monitored care": the levels of care named by how
		// they watch over a patient.
		if (w == "monitored" || w == "managed") && (before[0] == "medically" || before[0] == "clinically") {
			return end, true
		}
		// ("24-hour professionally directed evaluation, care and
		// treatment": ASAM's words for a live-in level's watch.)
		if w == "directed" && before[0] == "professionally" {
			// (The care named after it ends the phrase when there is
			// one: "… directed care is not available" denies it.)
			if e, ok := careNounAfter(lower, end, 3, treatment); ok {
				return e, true
			}
			return end, true
		}
		before[0], before[1] = w, before[0]
		// "24/7 peer support" in an app or a chat is no care.
		if w == "peer" || w == "app" || w == "online" || w == "chat" || w == "text" || w == "virtual" {
			return 0, false
		}
		if w == "hotline" || w == "helpline" || w == "phone" || w == "line" || w == "call" || w == "calls" || w == "admissions" {
			return 0, false
		}
		k++
	}
	return 0, false
}

// treatmentOfOther after "treatment" make the clock a building's or a
// phone's: "24-hour treatment facility", "24/7 Treatment Help line".
var treatmentOfOther = wordSet("help", "facility", "facilities", "center", "centers", "centre", "centres", "campus", "building", "setting", "settings", "hotline", "line", "lines", "number", "referral", "referrals")

// careLabel reports pre as a fact line's label of care and a colon, with
// where the label starts: "supervision: ", "• medical supervision:".
func careLabel(pre string) (int, bool) {
	l, ok := strings.CutSuffix(strings.TrimRight(pre, " "), ":")
	label := strings.TrimLeft(l, " -–•*|")
	f := strings.Fields(label)
	if !ok || len(f) == 0 || len(f) > 3 || !labelledCare[f[len(f)-1]] || hasWord(label, remoteWords...) {
		return 0, false
	}
	return len(l) - len(label), true
}

// labelledCare are the care a fact line's label may name ("Support: 24/7"
// is as often a phone's as a unit's).
var labelledCare = wordSet("supervision", "monitoring", "staffing", "nursing", "care", "oversight", "observation", "staff")

// remoteWords name care given at a distance.
var remoteWords = []string{"phone", "line", "call", "calls", "chat", "text", "hotline", "helpline", "crisis", "admissions", "intake", "virtual", "online", "telehealth"}

// shortOfCare ends right before care the program is not, or falls short
// of.
var shortOfCare = []string{"outside a", "outside of a", "outside the", "less than", "less than a", "fewer than"}

// shortOf reports a round-the-clock phrase at start that care falls short
// of: "less than 24-hour care", "outside a 24-hour setting".
func shortOf(lower string, start int) bool {
	_, _, ok := cutAnySuffix(strings.TrimRight(lower[:start], " "), shortOfCare...)
	return ok
}

// clockFallenShortOf reads what follows a round-the-clock phrase that
// care falls short of: "basis", or a live-in level's treatment
// ("residential treatment"); it returns where that ends.
func clockFallenShortOf(lower string, end int) (int, bool) {
	var ws [2]string
	var ends [2]int
	n := 0
	for w, e := range wordsAfter(lower, end, 2) {
		ws[n], ends[n] = w, e
		n++
	}
	switch {
	case n >= 1 && ws[0] == "basis":
		return ends[0], true
	case n == 2 && settingKinds[ws[0]] && settingCare[ws[1]]:
		return ends[1], true
	}
	return 0, false
}

var stayNouns = wordSet("stay", "stays", "visit", "visits")

// continuumNouns after "continuous care" make it a continuum of care:
// "continuous care model", "continuous care approach".
var continuumNouns = wordSet("model", "models", "approach", "continuum", "plan", "plans", "philosophy", "system", "pathway", "framework")

var careNouns = wordSet("supervision", "monitoring", "care", "support", "staff", "staffing", "staffed", "nursing", "observation", "oversight", "supervised", "medical", "clinical",
	// "Nursing checks around the clock", "rounds around the clock".
	"checks", "rounds",
	// "People who do not need 24-hour hospitalization": a hospital's
	// round-the-clock care.
	"hospitalization", "hospitalisation")

// hospitalSetApart ends on words that set a program apart from the care
// after them: "Unlike", "a step down from", "less restrictive than",
// "helps people avoid", "prevent the need for", "an alternative to",
// "the structure of".
var hospitalSetApart = prefilter.MustCompile(`\b(?:unlike|from|than|avoid|avoids|avoiding|prevent|prevents|preventing|alternative\s+to|instead\s+of|rather\s+than|versus|vs\.?|compared\s+(?:with|to)|(?:structure|intensity|benefits|level)\s+of)\s+(?:(?:the|a|an|need|for|acute|costly|expensive)\s+){0,3}$`)

// settingNouns after a round-the-clock phrase make a round-the-clock
// program ("PHP is not a 24-hour setting"); before it they are where
// clients live ("live at the facility 24/7").
var settingNouns = wordSet("setting", "program", "facility", "unit")

// kindedSettingNouns are setting nouns that say nothing of living there
// without a kind before them: "a 24/7 inpatient unit", not "our 24/7
// unit" on the campus a day program shares.
var kindedSettingNouns = wordSet("unit")

// settingKinds may stand between a round-the-clock phrase and its setting
// noun: "a 24-hour residential setting", "a 24/7 inpatient facility".
// Only kinds where clients live: "a 24-hour treatment facility", "a 24/7
// secure facility" may house a day program. One word of care may follow
// the kind: "a 24-hour residential treatment facility".
var settingKinds = wordSet("residential", "inpatient", "live-in")

// settingCare may stand between a settingKinds word and its setting noun.
var settingCare = wordSet("treatment", "detox", "rehab", "rehabilitation", "recovery")

// careGiven ends on care given to people, the round-the-clock phrase
// right after it: "we give attentive care to everyone in detox, …",
// "providing steady support to our residents, …". (A comma may close
// the receivers; no other mark may fall between.)
var careGiven = prefilter.MustCompile(`\b(?:provid(?:e|es|ing)|offer(?:s|ing)?|giv(?:e|es|ing)|deliver(?:s|ing)?)\s+(?:[a-z-]+\s+){0,2}?(care|support|supervision|monitoring|attention)\s+(?:to|for)\s+([^.;:,()]{1,60}?),?\s*$`)

// careReceivers are who the care of careGiven is given to.
var careReceivers = wordSet("clients", "patients", "residents", "those", "everyone", "people", "individuals", "guests", "men", "women", "adults", "teens", "adolescents")

// careGivenTo reports where the care noun of careGiven stands when it
// ends right before the round-the-clock phrase [start, end). Support
// given round the clock is care only at a residential program or a
// detox, named in the sentence ("support to our detox clients"), or to
// its residents: coaches and clinicians "provide support to clients
// 24/7" on call, and a day program's staff give any care so. Nor is
// care reached by phone or app, or given if something happens ("…,
// 24/7, through our app", "… 24/7 if a crisis arises").
func careGivenTo(s *sentence, start, end int) (int, bool) {
	lower := s.lower
	lo := max(0, start-120)
	m := careGiven.FindStringSubmatchIndex(lower[lo:start])
	if m == nil {
		return 0, false
	}
	_, hi := clauseBounds(lower, start, end)
	if hasWord(lower[end:max(end, hi)], careOnCall...) {
		return 0, false
	}
	receivers := strings.Fields(lower[lo+m[4] : lo+m[5]])
	dayProgram := slices.ContainsFunc(s.mentions, func(x mention) bool { return (x.subject == IOP || x.subject == PHP || x.subject == OP) && !x.contrast })
	liveIn := slices.Contains(receivers, "residents") && !dayProgram || slices.ContainsFunc(s.mentions, func(x mention) bool {
		return (x.subject == Residential || x.subject == Detox) && !x.weak && !x.contrast
	})
	// ("Our IOP counselors give care to clients 24/7": a day program's
	// staff on call; "support to residents 24/7 while they attend our
	// IOP" is a sober house's.)
	if !liveIn && dayProgram {
		return 0, false
	}
	if noun := lower[lo+m[2] : lo+m[3]]; (noun == "support" || noun == "attention") && !liveIn {
		return 0, false
	}
	for _, w := range receivers {
		if careReceivers[w] {
			return lo + m[2], true
		}
	}
	return 0, false
}

// careOnCall after care given round the clock make it care on call:
// reached by phone, app or online, or given if something happens.
// ("… 24 hours a day through the withdrawal process", "… when symptoms
// peak", "… in our residential community" are care on site.)
var careOnCall = []string{"if", "whenever", "should", "online", "via", "text", "texting", "app", "phone", "telephone", "call", "calls", "hotline", "helpline", "chat", "virtual", "virtually", "remotely", "crisis", "between sessions"}

// programWithin finds the program that owns a supervision phrase: one
// named inside it ("24/7 inpatient care"), or right after it behind "of",
// "in" or "at" ("the 24-hour supervision of residential care").
func (s *sentence) programWithin(start, limit, end int) (Subject, bool) {
	if m := s.mentionAt(start, end); m != nil {
		return m.subject, true
	}
	for _, m := range s.mentions {
		if m.start < end || m.start > limit || !programSubject(m.subject) || m.weak {
			continue
		}
		switch wordAfter(s.lower, end) {
		case "of", "in", "at", "found", "provided", "offered":
			return m.subject, true
		}
		// ("the round-the-clock monitoring which is offered at a
		// residential program", "the 24-hour care that inpatient units
		// give": a relative clause gives the care to the program it
		// names.)
		if between := s.lower[end:m.start]; careGivenIn.MatchString(between) || careGivenBy.MatchString(between) && careGivenAfter(s.lower, m.end) {
			return m.subject, true
		}
		return NoSubject, false
	}
	return NoSubject, false
}

// careGivenIn is a relative clause that gives care in or by the program
// named after it: " that is provided in ", " which is available at the ".
var careGivenIn = prefilter.MustCompile(`^\s+(?:that|which)\s+(?:is|are)\s+(?:usually\s+|only\s+|typically\s+)?(?:provided|offered|available|given|found|delivered)\s+(?:in|at|by|through|within)\s+(?:an?\s+|the\s+|most\s+)?$`)

// careGivenBy opens a relative clause whose subject, named next, gives
// the care: " that ", " which the ".
var careGivenBy = prefilter.MustCompile(`^\s+(?:that|which)\s+(?:an?\s+|the\s+|most\s+)?$`)

// careGivenAfter reports a verb of giving care right after a program's
// name at i, past its noun: " provides", " programs offer".
func careGivenAfter(lower string, i int) bool {
	w, _ := wordAfterPast(lower, i, careNounsAfterName)
	return careGivingVerbs[w]
}

var careNounsAfterName = wordSet("treatment", "care", "program", "programs", "facility", "facilities", "center", "centers", "settings", "setting", "units", "unit")

var careGivingVerbs = wordSet("provides", "provide", "offers", "offer", "gives", "give", "delivers", "deliver")

// mentionAt returns a program mention inside [start, end).
func (s *sentence) mentionAt(start, end int) *mention {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start >= start && m.end <= end && programSubject(m.subject) {
			return m
		}
	}
	return nil
}

// referredNeed reports a need stated in a who-clause that the sentence
// sends elsewhere: "those who need 24/7 care are referred to …", "we
// refer clients who require overnight supervision to …".
func referredNeed(lower string, start, end int) bool {
	before := lower[max(0, start-60):start]
	i := max(lastIndex(before, "who need"), lastIndex(before, "who require"), lastIndex(before, "needing"),
		lastIndex(before, "requiring"), lastIndex(before, "in need of"))
	// "We are not a clinical match for adults with severe eating
	// disorders or self-harm that requires 24/7 monitoring": a condition
	// "that requires" the care is a need only in a list the program says
	// it is no match for. ("Our detox treats withdrawal that requires
	// 24-hour nursing" gives the care.)
	if k := max(lastIndex(before, "that requires"), lastIndex(before, "which requires")); k > i && !strings.ContainsAny(before[k:], ".;") {
		// ("…, which requires 24-hour monitoring in our inpatient unit":
		// the care given elsewhere, named after it.)
		if who := start - len(before) + k; listUnturned(notMatchFor, lower[max(0, who-260):who]) && !careGivenAt.MatchString(lower[end:]) {
			return true
		}
	}
	// "If a client needs care 24 hours a day, this is not the right
	// program": a need the program says it is not for.
	// ("If you need 24-hour care, we'll help arrange an inpatient
	// admission first": a need the provider sends elsewhere.)
	if k := lastIndex(before, "if "); k >= 0 && i < 0 && (strings.Contains(before[k:], " needs ") || strings.Contains(before[k:], " need ") || strings.Contains(before[k:], " requires ")) &&
		(notForThem.MatchString(lower[end:]) || arrangedElsewhere(lower[end:])) {
		i = k
	}
	if w := lastIndex(before, "who "); i < 0 && w >= 0 && (strings.Contains(before[w:], " need ") || strings.Contains(before[w:], " require ")) {
		i = w // "Teens who are in withdrawal or need 24-hour supervision"
	}
	if i < 0 || strings.ContainsAny(before[i:], ".;") {
		return false
	}
	// "The program is not for teens who are in withdrawal or who need
	// supervision around the clock": a need the program is not for; so
	// is one a label heads ("Not a fit: anyone who needs 24-hour
	// nursing", "Who it is not for: people who need …").
	if who := start - len(before) + i; listUnturned(notMeantFor, lower[max(0, who-160):who]) || notForLabel.MatchString(lower[:who]) && !itemSaysFor(lower[:who]) {
		return true
	}
	// "Those who need 24/7 care are referred to …" sends them elsewhere;
	// "Hospitals refer patients who need 24/7 care to our residential
	// program" sends them here.
	rest := lower[end:]
	if notForThem.MatchString(rest) || arrangedElsewhere(rest) {
		return true
	}
	loc := referredOut.FindStringIndex(rest)
	return loc != nil && !strings.HasPrefix(strings.TrimLeft(rest[loc[1]:], " "), "our ")
}

// notForThem is a program saying it is not the place for a need named
// before: "this is not the right program for them", "our IOP is not a
// good fit".
// ("… are not candidates for our IOP", "… are not eligible for PHP",
// "… are not thought suitable for our day program".)
var notForThem = prefilter.MustCompile(`^[^.;]*?\b(?:is|are)\s+not\s+(?:(?:considered|deemed|thought)\s+)?(?:(?:the\s+right|the\s+best|an\s+appropriate|a\s+good|a\s+suitable|the\s+appropriate)\s+(?:program|fit|level\s+of\s+care|choice|option|setting)\b|(?:(?:good|suitable|appropriate|ideal)\s+)?(?:candidates?|eligible|appropriate|suitable)\s+for\b)`)

// notForLabel opens a line on a label that says whom the program is not
// for, up to the people: "Not a fit: anyone ", "Who it is not for:
// people ", "Not recommended for: adults with acute medical problems ",
// an item of a list the label heads ("Not a fit: …; people with ").
var notForLabel = prefilter.MustCompile(`^\s*(?:who\s+(?:it|this|this\s+program|the\s+program)\s+is\s+not\s+for|(?:(?:it\s+is|it's|this\s+is)\s+)?not\s+(?:(?:a\s+(?:good\s+)?fit|right|suitable|recommended|appropriate|ideal|designed|meant)(?:\s+for)?|for))\s*:\s*(?:[^.:]{0,200}?;\s*)?(?:[a-z'’-]+\s+){1,6}$`)

// notMeantFor ends on a program said not to be for people, before the
// who-clause that names their need: "The program is not for teens ",
// "is not designed for anyone ", "is not meant for adults who are
// withdrawing or ", "is not designed for adults with co-occurring
// disorders ".
var notMeantFor = prefilter.MustCompile(`\b(?:is|are)\s+not\s+(?:(?:designed|meant|intended|built|made|set\s+up|suited|suitable|appropriate|right|recommended)\s+)?for\s+(?:(?:[a-z'’-]+\s+){1,3}(?:who\s+[^.;]{0,60}?\s+or\s+)?|(?:individuals|people|anyone|adults|teens|adolescents|clients|patients|those)\s+with\s+[^.;]{0,100})$`)

// notMatchFor ends on a list of conditions a program says it is no match
// for, before the need named last: "We are not a clinical match for
// adults with severe eating disorders or self-harm " (then "that
// requires 24/7 monitoring").
var notMatchFor = prefilter.MustCompile(`\b(?:is|are)\s+not\s+(?:an?\s+(?:clinical\s+|good\s+|appropriate\s+)?(?:match|fit)|(?:designed|meant|intended|built|right|appropriate|suitable|suited|recommended))\s+for\s+(?:individuals|people|anyone|adults|teens|adolescents|clients|patients|those)\s+with\s+[^.;]{0,220}$`)

// careGivenAt opens on the provider's own place where care is given: " in
// our ", " at our ".
var careGivenAt = prefilter.MustCompile(`^\s*(?:in|at)\s+our\s+`)

// listUnturned reports re matching pre, no word past the match's start
// turning the sentence round ("not designed for adults with unsafe homes,
// though our residential unit welcomes those who need …"). ("Since" and
// "because" give reasons, "while" may be time: none turns the
// sentence.)
func listUnturned(re *prefilter.Regexp, pre string) bool {
	loc := re.FindStringIndex(pre)
	return loc != nil && !hasWord(pre[loc[0]:], "but", "though", "although", "whereas")
}

// itemSaysFor reports a label's last item, up to a need, that says whom a
// program is for or names one ("Not a fit: …; our residential program is
// for teens ", "…; we offer residential care to teens "): an item of its
// own, not one of the label's ("people just leaving residential care who
// still need …" is the label's).
func itemSaysFor(pre string) bool {
	item := pre[strings.LastIndexAny(pre, ":;")+1:]
	t := strings.TrimLeft(item, " ")
	return strings.Contains(item, " is for ") || strings.Contains(item, " are for ") || strings.HasPrefix(t, "our ") || strings.HasPrefix(t, "we ")
}

// arrangedElsewhere reports the provider arranging care for a need
// somewhere else: "we'll help arrange an inpatient admission", "we can
// connect you with a detox partner" (not "… a stay in our residential
// unit").
func arrangedElsewhere(rest string) bool {
	loc := arrangeVerb.FindStringIndex(rest)
	return loc != nil && !strings.Contains(cutAt(rest[loc[1]:], ".;"), "our ")
}

var arrangeVerb = prefilter.MustCompile(`^[^.;]*?\bwe(?:'ll|’ll|\s+will|\s+can|\s+may)?\s+(?:help\s+(?:you\s+)?)?(?:arrange|coordinate|connect\s+you\s+with|find\s+you|help\s+you\s+find|set\s+up)\b`)

var referredOut = prefilter.MustCompile(`\b(?:(?:are|is|will\s+be|get|gets)\s+(?:usually\s+|often\s+|then\s+)?(?:referred|transferred|sent)|we\s+(?:refer|transfer)\s+them)\b[^.;]*?\bto\b|\b(?:should|must|will|need\s+to)\s+(?:start|begin|go)\s+(?:at|in|with|to)\s+(?:a\s+)?(?:higher|more\s+intensive)\b`)

// opensWithProgram reports a sentence whose first program mention comes
// after nothing but determiners ("Our residential program is 24/7").
func opensWithProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if !programSubject(m.subject) {
			continue
		}
		for _, w := range strings.Fields(s.lower[:m.start]) {
			switch w {
			case "our", "the", "a", "an", "this", "their", "your", "its":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// roundTheClock reports a phrase that names the whole day: "24/7",
// "24-hour", "round-the-clock".
func roundTheClock(l string) bool {
	return strings.Contains(l, "24") || strings.Contains(l, "clock")
}

// needlessBefore reports a clause that ends in doing without what
// follows: "who do not require", "without", "don't need".
func needlessBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if strings.HasSuffix(before, " without") || before == "without" {
		return true
	}
	// ("adults who don't meet the criteria for 24/7 inpatient care", "who
	// don't qualify for round-the-clock care": care someone is not
	// eligible for is care the program does without.)
	if pre, _, ok := cutAnySuffix(before, " meet the criteria for", " meet criteria for", " qualify for", " meet the requirements for"); ok {
		return strings.HasSuffix(pre, " not") || strings.HasSuffix(pre, "n't") || strings.HasSuffix(pre, "n’t") || strings.HasSuffix(pre, " no longer")
	}
	verb := wordBefore(before, len(before))
	// (wordBefore splits "don't" at its apostrophe: the words before the
	// verb are read whole.)
	pre := strings.TrimRight(before[:len(before)-len(verb)], " ")
	switch verb {
	case "require", "need":
		// ("who no longer need 24/7 inpatient supervision": care
		// someone has grown out of.)
		return strings.HasSuffix(pre, " not") || pre == "not" || strings.HasSuffix(pre, "n't") || strings.HasSuffix(pre, "n’t") || strings.HasSuffix(pre, " never") ||
			strings.HasSuffix(pre, " no longer") || pre == "no longer"
	case "requiring", "needing":
		// ("not requiring", "without requiring 24/7 inpatient care")
		// ("symptoms that never rise to the level of needing 24-hour
		// care": a level of need denied.)
		if p, _, ok := cutAnySuffix(pre, " rise to the level of", " rises to the level of"); ok {
			return strings.HasSuffix(p, " not") || strings.HasSuffix(p, "n't") || strings.HasSuffix(p, "n’t") || strings.HasSuffix(p, " never")
		}
		return strings.HasSuffix(pre, " not") || strings.HasSuffix(pre, " without") || pre == "without"
	}
	return false
}

// withoutReading reads a clause that ends in "without" after something
// someone cannot do: need when it is said in four words or fewer
// ("unable to stay safe or sober without"), unsure when in five or six
// ("who cannot get through the first weeks without" is a need; "who
// cannot take time off work recover without" is not).
func withoutReading(before string) (need, unsure bool) {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, " without") {
		return false, false
	}
	clause := before[clauseOpen(before, len(before)):]
	// (Not "it is not hard to stay sober without", and not a "without"
	// of a second verb: "who cannot leave home and want care without".)
	// ("IOP is not for people who cannot stay safe without 24/7
	// supervision", "does not suit anyone unable to …": the program
	// denies the people their need, so it lacks the care.)
	at := func(re *prefilter.Regexp) int {
		loc := re.FindStringIndex(clause)
		if loc == nil || hasWord(clause[loc[0]:], "and", "but") || deniedBefore(before[:len(before)-len(clause)+loc[0]]) {
			return -1
		}
		return loc[0]
	}
	if k := at(unableTo); k >= 0 && !orJoinsVerbs(clause[k:]) {
		return true, false
	}
	return false, at(unableToLong) >= 0
}

// orJoinsVerbs reports an "or" in what someone cannot do other than
// between its last two words: "unable to stay safe or sober" joins two
// words; "can't travel or prefer care" two verbs. (Only the words from
// the inability on count: "teens with depression or anxiety who cannot
// stay sober without".)
func orJoinsVerbs(t string) bool {
	ws := strings.Fields(t)
	for k := 0; k < len(ws)-3; k++ {
		if ws[k] == "or" {
			return true
		}
	}
	return false
}

// deniedBefore reports a denial in the sentence before an inability: "is
// not for people who ", "does not suit anyone ".
func deniedBefore(pre string) bool {
	return hasWord(pre, "not", "never", "no", "nor") || strings.Contains(pre, "n't") || strings.Contains(pre, "n’t")
}

// unableTo and unableToLong end on something someone cannot do, said in
// one to four words or in five or six, before "without".
const inability = `\b(?:unable|not\s+able|cannot|can't|can’t|can\s+not|could\s+not|couldn't|couldn’t|struggles?|struggling|hard|difficult|impossible)\s+(?:to\s+)?`

var (
	unableTo     = prefilter.MustCompile(inability + `(?:[a-z’']+\s+){1,4}without$`)
	unableToLong = prefilter.MustCompile(inability + `(?:[a-z’']+\s+){5,6}without$`)
)

// livesAtHomeToo reports a sentence whose clients live at home, not
// denied ("nobody lives at home").
func livesAtHomeToo(lower string) bool {
	loc := atHomeNights.FindStringIndex(lower)
	return loc != nil && !negated(lower, loc[0]) && !hasWord(lower[max(0, loc[0]-12):loc[0]], "nobody", "no one", "none")
}

var atHomeNights = prefilter.MustCompile(`\b(?:live|lives|living|reside|resides|residing|remain|remains|stay|stays|staying|sleep|sleeps|sleeping)\s+(?:at\s+|in\s+their\s+own\s+)?homes?\b`)

// remoteCare reports care reached from afar in the sentence: an app, a
// line, a phone, a call, a text or a chat.
func remoteCare(lower string) bool {
	return hasWord(lower, "app", "apps", "line", "hotline", "helpline", "phone", "phones", "call", "on-call", "text", "chat", "online", "telehealth", "virtual")
}

// programRunsAround reports a round-the-clock phrase at start right after
// a running verb whose subject is residential care or detox, named:
// "Our residential program operates", "Our detox unit runs", or the
// copula ("Residential programs are 24 hours per day"). It returns
// where the verb starts. (Not a call center, a facility or a program by
// its noun alone, "Our treatment center operates 24/7, so call any time";
// not what reaches or admits clients, "Residential admission operates
// 24 hours a day", "… through our on-call nurse line"; not some programs
// set against the provider's, "Some residential programs operate …, but
// ours closes on weekends".)
func programRunsAround(s *sentence, start int) (int, bool) {
	lo, _ := clauseBounds(s.lower, start, start)
	pre := s.lower[lo:start]
	loc := runsVerb.FindStringIndex(pre)
	if loc == nil || hasWord(pre, "line", "lines", "phone", "phones", "admission", "admissions", "intake", "office", "desk", "hotline", "helpline",
		"reception", "referral", "referrals", "process", "call", "calls", "app", "telehealth", "virtual", "online", "sober", "some", "many", "most", "other") ||
		reachedBy.MatchString(s.lower[start:min(len(s.lower), start+60)]) {
		return 0, false
	}
	subj, at := pre[:loc[0]], lo+loc[0]+1
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= lo+len(subj) && (m.subject == Residential || m.subject == Detox) && !m.weak && !m.contrast {
			return at, true
		}
	}
	return 0, false
}

// reachedBy is care reached by phone or app after a round-the-clock
// phrase: "… through our on-call nurse line", "… via our app".
var reachedBy = prefilter.MustCompile(`\b(?:through|via|by)\s+(?:(?:our|a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:line|lines|phone|phones|app|text|chat|telehealth|hotline)\b`)

var runsVerb = prefilter.MustCompile(`\s(?:operates|operate|runs|run|is|are)\s+$`)

// referredForNeed is the program a clause before start sends people to
// for the need that ends at start: "are referred to inpatient care,
// since they need … 24-hour supervision".
func referredForNeed(s *sentence, start int) (Subject, bool) {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		// (A program named as where people are sent is held up as a
		// contrast; it is still the one that meets the need.)
		if m.end > start || !programSubject(m.subject) || m.weak {
			continue
		}
		between := s.lower[m.end:start]
		if strings.ContainsAny(between, ".;") || !needReason.MatchString(between) {
			return NoSubject, false
		}
		if !referredTo.MatchString(s.lower[max(0, m.start-40):m.start]) {
			return NoSubject, false
		}
		return m.subject, true
	}
	return NoSubject, false
}

// referredTo ends on a referral to a program: "are referred to ",
// "are usually sent to an ", "we transfer them to the ".
var referredTo = prefilter.MustCompile(`\b(?:referred|transferred|sent|refer\s+them|transfer\s+them)\s+(?:on\s+)?to\s+(?:(?:an?|the|a\s+more\s+intensive)\s+)?$`)

// needReason is the rest of a program's name and the reason it is
// needed, up to the need: " treatment, since they need closer care and ",
// " care because they require ".
var needReason = prefilter.MustCompile(`^(?:\s+(?:treatment|care|program|programs|facility|facilities|setting|unit))?\s*,?\s+(?:since|because|as)\s+(?:they|he|she|(?:these|those|such)\s+[a-z]+)\s+(?:need|needs|require|requires)\b[^.;]*$`)
