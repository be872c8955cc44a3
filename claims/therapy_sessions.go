package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// minutesSplit reports a sentence that splits a week's minutes of
// counseling into several meetings: another length, a count of more than
// one ("in three 15-minute sessions", "two sessions, 45 minutes every
// week") or words of splitting ("split", "in total", "on average").
func minutesSplit(s *sentence, q *quantity.Quantity) bool {
	for i := range s.qs {
		if o := &s.qs[i]; o.Start != q.Start && (o.Unit == quantity.Minute || o.Unit == quantity.Hour || o.HasMax && o.Max > 1) {
			return true
		}
	}
	return hasWord(s.lower, "split", "total", "across", "divided", "sessions", "blocks", "check-ins", "visits", "average")
}

// countedTherapy is the therapy a count of meetings names inside itself
// ("one individual therapy session per week"), "" when none.
func countedTherapy(s *sentence, q *quantity.Quantity) Subject {
	for _, m := range s.mentions {
		if q.Start <= m.start && m.end <= q.End && therapySubject(m.subject) {
			return m.subject
		}
	}
	return NoSubject
}

// therapySessionBefore is the therapy whose sessions are named right
// before i: "individual therapy session once a week", "family therapy
// sessions twice a month"; "" when there is none, or for group therapy.
func therapySessionBefore(s *sentence, i int) Subject {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.end > i {
			continue
		}
		// (A program's group sessions are its meetings: "group therapy
		// sessions at least once a week" is how often it meets.)
		if !therapySubject(m.subject) || m.subject == GroupTherapy {
			return NoSubject
		}
		// ("group and individual sessions three days per week": the
		// sessions of a list are the program's.)
		if w := wordBefore(s.lower, m.start); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(s.lower[:m.start], " "), ",") {
			return NoSubject
		}
		// ("a one-on-one with your clinician every week": the session
		// named before the person it is with.)
		if strings.HasSuffix(s.lower[m.start:m.end], " your") || strings.HasSuffix(s.lower[m.start:m.end], " their") {
			if therapistNouns[strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s.lower[m.end:i]), "primary"))] {
				return m.subject
			}
		}
		// ("individual therapy with a coordinator (a therapist) twice
		// weekly": the therapy, held with one person.)
		if therapyWithPerson.MatchString(strings.TrimSpace(s.lower[m.end:i])) {
			return m.subject
		}
		switch strings.TrimSpace(s.lower[m.end:i]) {
		case "", "session", "sessions", "appointment", "appointments":
			if strings.TrimSpace(s.lower[m.end:i]) == "" && !strings.HasSuffix(strings.TrimSpace(s.lower[m.start:m.end]), "session") &&
				!strings.HasSuffix(strings.TrimSpace(s.lower[m.start:m.end]), "sessions") {
				return NoSubject
			}
			return m.subject
		}
		return NoSubject
	}
	return NoSubject
}

// therapyWithPerson is all that stands between a therapy and its count
// when it names the one person it is held with: "with their therapist",
// "with your care coordinator (a therapist)".
var therapyWithPerson = prefilter.MustCompile(`^with\s+(?:their|your|his|her|a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:therapist|counselor|counsellor|clinician|psychiatrist|psychologist|coordinator|case\s+manager)(?:\s*\([^()]{1,30}\))?$`)

var therapistNouns = wordSet("therapist", "counselor", "counsellor", "clinician", "psychiatrist", "psychologist", "case manager")

// daysOfTherapy is the therapy (not group therapy) whose sessions a count
// of days counts: named right after it, right before it, or given the rate
// before a "then"; "" when the days are no therapy's.
func daysOfTherapy(s *sentence, q *quantity.Quantity) Subject {
	if t := therapyRightAfter(s, q.End); t != NoSubject {
		return t
	}
	if t := thenAfterTherapy(s, q); t != NoSubject {
		return t
	}
	if t := therapyAppositive(s, q); t != NoSubject {
		return t
	}
	return therapySessionBefore(s, q.Start)
}

// therapyAppositive is the therapy (not group therapy) a counted session
// is set beside after a comma or a dash: "individual counseling, usually
// one 50-minute session a week", "family therapy — two sessions a month",
// "individual counseling, most often once a week"; "" when there is none.
func therapyAppositive(s *sentence, q *quantity.Quantity) Subject {
	// ("includes individual counseling, most often once a week": a
	// meeting or two a week, counted by the times.)
	if !hasWord(lowerASCII(q.Text), "session", "sessions", "appointment", "appointments") && !(q.Unit == quantity.Times && q.Per == quantity.Week && q.HasMax && q.Max <= 2) {
		return NoSubject
	}
	var last *mention
	for k := range s.mentions {
		if m := &s.mentions[k]; m.end <= q.Start {
			last = m
		}
	}
	if last == nil || !therapySubject(last.subject) || last.subject == GroupTherapy {
		return NoSubject
	}
	// ("Outpatient treatment means individual counseling, most of the
	// time once a week": the program defined as the therapy.)
	switch wordBefore(s.lower, last.start) {
	case "means", "mean", "is", "are", "involves", "involve":
		return NoSubject
	}
	// ("Our IOP combines group therapy and individual counseling, three
	// sessions a week in all": the sessions of a list are the program's.)
	if w := wordBefore(s.lower, last.start); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(s.lower[:last.start], " "), ",") ||
		hasWord(s.lower[q.End:], "all", "total", "combined", "altogether") {
		return NoSubject
	}
	between := strings.TrimSpace(s.lower[last.end:q.Start])
	for _, p := range []string{",", "—", "–", "-", ":"} {
		if rest, ok := strings.CutPrefix(between, p); ok {
			switch strings.TrimSpace(rest) {
			case "", "usually", "typically", "generally", "normally", "often", "most often", "at first", "commonly", "most commonly", "mostly", "most of the time":
				return last.subject
			}
		}
	}
	return NoSubject
}

// thenAfterTherapy is the therapy an earlier rate of the sentence was
// given ("an individual therapy session twice a week …") when this one
// follows it after "then" with no program named between; "" otherwise.
func thenAfterTherapy(s *sentence, q *quantity.Quantity) Subject {
	for k := range s.qs {
		p := &s.qs[k]
		if p.End > q.Start || p.Per == quantity.None {
			continue
		}
		between := s.lower[p.End:q.Start]
		if !hasWord(between, "then") {
			continue
		}
		for _, m := range s.mentions {
			if m.start >= p.End && m.start < q.Start {
				return NoSubject
			}
		}
		if t := therapySessionBefore(s, p.Start); t != NoSubject {
			return t
		}
	}
	return NoSubject
}

// therapyRightAfter is the therapy (not group therapy, the program's own
// meetings) named right after a count of days: "one weekday individual
// session"; "" when there is none.
func therapyRightAfter(s *sentence, end int) Subject {
	for _, m := range s.mentions {
		// (A single space: "three days a week, individual counseling
		// included" gives the program its days.)
		if m.start >= end && strings.TrimLeft(s.lower[end:m.start], " ") == "" && m.start-end <= 2 && therapySubject(m.subject) && m.subject != GroupTherapy {
			return m.subject
		}
	}
	return NoSubject
}

func therapySubject(x Subject) bool {
	return x == IndividualTherapy || x == GroupTherapy || x == SupportGroup
}

// prescriberSeen is a client seen by a prescriber: "is seen by a child
// psychiatrist", "are seen by our nurse practitioner".
var prescriberSeen = prefilter.MustCompile(`\b(?:is|are|be|being|gets|get)\s+(?:also\s+)?seen\s+by\s+(?:a|an|the|our|their|your)?\s*(?:(?:child|adolescent|adult|staff|consulting|addiction|board-certified|attending)\s+){0,2}(?:psychiatrist|psychiatric\s+prescriber|prescriber|physician|doctor|nurse\s+practitioner)\b`)

// personSeen is personMeeting in the passive, a client seen by a
// therapist: "is seen one-on-one by a licensed counselor". It times only
// the figures right after it.
var personSeen = prefilter.MustCompile(`\b(?:is|are|be|being|gets|get)\s+(?:also\s+)?seen\s+(?:one-on-one\s+|individually\s+|privately\s+)?by\s+(?:her|his|their|your|a|an|the|our)?\s*(?:own\s+|primary\s+|licensed\s+|individual\s+)?(?:therapist|counselor|counsellor|clinician)\b`)

// personMeeting is a client seeing a person: "saw her therapist", "meets
// with a counselor", "visits with the unit's psychiatrist", "a
// psychiatrist will meet with each client".
var personMeeting = prefilter.MustCompile(`\b(?:(?:saw|see|sees|seeing|visit|visits|visited|visiting)\s+(?:with\s+)?|(?:meet|meets|met|meeting)\s+(?:(?:one-on-one\s+|individually\s+|privately\s+|weekly\s+|regularly\s+)?with\s+)?)(?:her|his|their|your|a|an|the|our)?\s*(?:[a-z]+['’]s\s+)?(?:(?:own|primary|individual|licensed|certified|assigned|dedicated|personal|medical|prescribing|registered|behavior|behavioral|behavioural)\s+){0,2}(?:therapist|therapists|counselor|counselors|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber|medical\s+director|dietitians?|dieticians?|nutritionists?)\b|\b(?:see|sees|meet\s+with|meets\s+with)\s+(?:that|this)\s+(?:therapist|counselor|counsellor|clinician)\s+one-on-one\b|\bone-on-one\s+with\s+(?:that|this)\s+(?:therapist|counselor|counsellor|clinician)\b|\b(?:therapist|counselor|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber)s?\s*(?:,\s*)?(?:\([^()]{1,24}\)\s+)?(?:who\s+)?(?:also\s+)?(?:(?:will|may|can|would|should)\s+)?(?:sees|see|meets with|meet with|meets|meet|visits|visit|checks in with|check in with|works with|working with)\b|\b(?:meet|meets|met|meeting)\s+(?:one-on-one|one-to-one|individually|privately)\s+with\s+(?:her|his|their|your|a|an|the|our)?\s*(?:[a-z-]+\s+){0,3}?(?:therapist|counselor|counsellor|clinician|psychologist|specialist)\b`)

// personContact is contact with one person of the staff, said as such:
// "psychiatrist contact", "nursing check-ins", "contact with your
// therapist".
var personContact = prefilter.MustCompile(`\b(?:therapist|counselor|counsellor|clinician|psychiatrist|psychiatric|doctor|physician|nurse|nursing|prescriber|medical)\s+(?:contacts?|check-ins?)\b|\bcontact\s+with\s+(?:her|his|their|your|a|an|the|our)?\s*(?:(?:own|primary|assigned)\s+)?(?:therapist|counselor|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber)\b`)

// careTeamMet is a client meeting the medical or nursing side of the
// staff, named by its team rather than a person's title: "meet with a
// member of our nursing team", "sees the psychiatric staff". (The words
// alone, "monitored by medical staff", name no meeting.)
var careTeamMet = prefilter.MustCompile(`\b(?:meet|meets|met|meeting|see|sees|seeing|visit|visits|check\s+in|checks\s+in)\s+(?:with\s+)?(?:(?:a|one|the)\s+members?\s+of\s+)?(?:the|our|their|your|a|an)\s+(?:medical|nursing|psychiatric)\s+(?:team|staff|provider|providers|professional|professionals)\b`)

// ownTeamMet is a client meeting the team that plans their care, its
// members or their own: "meet with members of the treatment team",
// "meet with your care team". ("IOP clients meet with our clinical team
// three evenings a week" is the program meeting.)
var ownTeamMet = prefilter.MustCompile(`\b(?:meet|meets|met|meeting|see|sees|seeing|visit|visits|check\s+in|checks\s+in)\s+(?:with\s+)?(?:(?:(?:a|one|the|some)\s+)?members?\s+of\s+(?:the|our|their|your|his|her)|their|your|his|her)\s+(?:own\s+)?(?:treatment|care|clinical)\s+team\b`)

// progressReview is a meeting held to review one client's care: "meeting
// with your doctors … to assess progress", "meet weekly with their
// counselor to monitor progress toward the goals of their treatment
// plan".
var progressReview = prefilter.MustCompile(`\b(?:meet|meets|meeting|meetings|check\s+in|checks\s+in)\s+(?:[a-z-]+\s+){0,2}?with\b[^.;]{0,80}?\bto\s+(?:assess|review|discuss|monitor|evaluate|track|go\s+over|check\s+on|update)\s+(?:(?:your|their|his|her|the|each)\s+)?(?:[a-z'’]+\s+)?(?:progress|treatment\s+plans?)\b`)

// teamMeetsClient is the team that plans care meeting the client, the
// team named first: "the treatment team meets with each patient daily",
// "our clinical team checks in with every resident". (The client named
// first, "IOP clients meet with our clinical team three evenings a
// week", is the program meeting.)
var teamMeetsClient = prefilter.MustCompile(`\b(?:treatment|care|clinical|medical|nursing|psychiatric)\s+team\s+(?:also\s+)?(?:meets|sees|checks\s+in|visits)\s+(?:with\s+)?(?:each|every|the|a|our|your)\s+(?:patient|client|resident|participant)s?\b`)

// supportPersonMet is a meeting with a case manager, care coordinator or
// peer or recovery coach, either way round: "a case manager meets with
// you", "check in with your peer recovery coach".
var supportPersonMet = prefilter.MustCompile(`\b(?:case\s+managers?|care\s+coordinators?|peer\s+(?:recovery\s+|support\s+)?(?:coach|coaches|specialists?|mentors?)|recovery\s+coach(?:es)?)\s+(?:meets?|sees?|checks?\s+in|visits?)\b|\b(?:meet|meets|see|sees|check\s+in|checks\s+in)\s+with\s+(?:your|a|an|the|their|our)\s+(?:case\s+manager|care\s+coordinator|peer\s+(?:recovery\s+|support\s+)?(?:coach|specialist|mentor)|recovery\s+coach)\b`)

// outpatientMeans opens a sentence on outpatient care and a verb that
// says what it is: "Outpatient therapy usually means", "Standard
// outpatient counseling (Level 1) is", "Standard outpatient care, in
// most cases, means".
var outpatientMeans = prefilter.MustCompile(`^\W*(?:standard\s+|traditional\s+|regular\s+|general\s+|routine\s+)?outpatient(?:\s+(?:therapy|counseling|counselling|treatment|care|services))?\s*(?:\([^)]*\)\s*)?(?:,\s*(?:in\s+most\s+cases|for\s+most\s+people|in\s+general|typically|usually|generally)\s*,\s*)?(?:usually\s+|typically\s+|generally\s+|often\s+|most\s+often\s+)?(?:means|is|involves|consists\s+of|looks\s+like|offers|provides)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:just\s+|about\s+|only\s+)?(?:one\s+|an?\s+)?$`)

// withPerson names the part of a program a meeting with a person is:
// individual therapy with a therapist or counselor, else another part.
// personMet is the subject of a meeting with a person the figure counts,
// "" when it counts none. The person words go first: the expression is
// asked only of sentences that name one.
func personMet(s *sentence, q *quantity.Quantity, kind Kind) Subject {
	// ("Weekly meeting with your doctors and therapists to assess
	// progress", "meet weekly with their counselor to review their
	// treatment plan": a review of one client's care, not the days the
	// program meets.)
	if kind == DaysPerWeek && q.HasMax && q.Max <= 2 && (s.contains("progress") || s.contains("treatment plan")) {
		// (In the figure's own clause: "The IOP meets twice a week, and
		// clients see their counselor monthly to review progress" keeps
		// the program's days.)
		lo, hi := clauseBounds(s.lower, q.Start, q.End)
		if k := strings.LastIndex(s.masked[lo:q.Start], ", and "); k >= 0 {
			lo += k + len(", and ")
		}
		if k := strings.Index(s.masked[q.End:hi], ", and "); k >= 0 {
			hi = q.End + k
		}
		// (A meeting with a therapist or counselor alone is individual
		// therapy, read below; a group's or a program's own meeting
		// "to review progress" is the program's.)
		if progressReview.MatchString(s.masked[lo:hi]) && (!hasWord(s.masked[lo:hi], "therapist", "counselor", "counsellor", "clinician") || hasWord(s.masked[lo:hi], "team", "doctors", "nurses", "providers", "psychiatrist")) {
			return Other
		}
	}
	// "How often do I see my therapist one-on-one? / Once a week, 50
	// minutes.": a short answer to a question about meeting someone
	// alone is that meeting's.
	// (Not when the question offers groups or brings family in, nor
	// when the answer speaks of groups or the program: "Do I see a
	// therapist alone or only in groups? / Groups meet four days a
	// week.")
	if (kind == DaysPerWeek || kind == SessionLength) && s.answers != "" && wordCount(s.text) <= 10 && withPerson(s.answers) == IndividualTherapy &&
		hasWord(s.answers, "one-on-one", "individually", "individual", "alone", "privately", "one-to-one") &&
		!hasWord(s.answers, "group", "groups", "family", "families", "partner", "spouse", "parents") &&
		!hasWord(s.lower, "group", "groups", "iop", "php", "program", "meets", "meet", "family") {
		return IndividualTherapy
	}
	// "Clients meet with a member of our nursing team once a week": a
	// weekly or twice-weekly visit to the medical side of the staff,
	// named by its team. (Five days a week with the nursing team on a
	// residential page is the program's week.)
	if kind == DaysPerWeek && q.HasMax && q.Max <= 2 && careTeamMet.MatchString(s.masked) && !personElsewhere(s.masked, q) {
		return Other
	}
	// ("Residents meet with members of their care team two or three
	// times a week": the team that plans one's care, met to go over it.)
	if kind == DaysPerWeek && (q.HasMax && q.Max <= 3 || !q.HasMax && q.Min <= 3) && ownTeamMet.MatchString(s.masked) && !personElsewhere(s.masked, q) {
		return Other
	}
	// ("The treatment team meets with each patient on a daily basis":
	// the staff's rounds, however often, not the days the patient
	// attends.)
	// ("Our clinical team meets with the patient group five days a week"
	// is the program's group.)
	if kind == DaysPerWeek {
		if loc := teamMeetsClient.FindStringIndex(s.masked); loc != nil && !hasWord(wordAfter(s.masked, loc[1]), "group", "groups") && !personElsewhere(s.masked, q) {
			return Other
		}
	}
	// "A case manager meets with you once a week", "you check in with a
	// peer recovery coach twice a week": one person's visits, met alone,
	// not the program's days. (A case manager among others, "meet with a
	// case manager, a therapist and peers", is the program's.)
	if kind == DaysPerWeek && q.HasMax && q.Max <= 2 && !hasWord(s.masked, "therapist", "therapists", "counselor", "counselors", "group", "groups", "peers") &&
		supportPersonMet.MatchString(s.masked) && !personElsewhere(s.masked, q) {
		return Other
	}
	// ("Psychiatrist contact at least three times a week", "contact with
	// your therapist twice weekly": a person's visits, named as contact.)
	if kind == DaysPerWeek || kind == SessionLength {
		if loc := lastMatch(personContact, s.masked[:q.Start]); loc != nil && q.Start-loc[1] <= 30 && !strings.ContainsAny(s.masked[loc[1]:q.Start], ",;") &&
			!hasWord(s.masked[loc[1]:q.Start], "and", "then") {
			if who := withPerson(s.masked[loc[0]:loc[1]]); who != NoSubject {
				return who
			}
			return Other
		}
	}
	p := withPerson(s.masked)
	if p == NoSubject {
		return NoSubject
	}
	// ("Each client is assigned a counselor and sees them once a week":
	// the person named before, met again by a pronoun right before the
	// figure.)
	if (kind == DaysPerWeek || kind == SessionLength) && q.HasMax && q.Max <= 2 {
		if loc := pronounMet.FindStringIndex(s.masked[:q.Start]); loc != nil {
			if who := withPerson(s.masked[:loc[0]]); who != NoSubject {
				return who
			}
		}
	}
	// ("In our IOP, clients meet with a nutritionist three days a week for
	// supported meals": a dietitian is seen once or twice a week; more
	// days than that are the program's.)
	if kind == DaysPerWeek && hasWord(s.masked, dietWords...) && (!q.HasMax || q.Max > 2) {
		return NoSubject
	}
	// The last meeting with a person before the figure, asked once for
	// the readings below.
	meet := lastMatch(personMeeting, s.masked[:q.Start])
	// ("Clients meet with a dietitian, a therapist and a psychiatrist in
	// our PHP five days a week": the program named between the people
	// and the figure owns it.)
	if meet != nil && programPlaceBetween(s, meet[1], q.Start) {
		return NoSubject
	}
	// "then weekly outpatient therapy with a counselor of ours": a
	// frequency right before a program's name is the
	// program's, whoever it is held with.
	if frequencyWord(q) && programNamedAt(s, q.End) {
		return NoSubject
	}
	// "The IOP group meets with a licensed therapist three evenings a
	// week": a group meeting its therapist is the program's meeting.
	if p == IndividualTherapy && meet != nil {
		switch wordBefore(s.masked, meet[0]) {
		case "group", "groups", "cohort", "cohorts":
			return NoSubject
		}
	}
	// "a 50-minute video session with their primary counselor one
	// weekday evening": the session with the person is theirs, its
	// length and its day.
	if loc := sessionWith.FindStringIndex(s.masked); loc != nil && p == IndividualTherapy {
		switch {
		case kind == SessionLength && q.Adjectival && q.End <= loc[0] && strings.TrimSpace(s.masked[q.End:loc[0]]) == "" || kind == SessionLength && q.Adjectival && q.End <= loc[0] && loc[0]-q.End <= 20 && !strings.ContainsAny(s.masked[q.End:loc[0]], ",;"):
			return p
		case kind == DaysPerWeek && loc[1] <= q.Start && q.Start-loc[1] <= 12:
			return p
		}
	}
	if kind == SessionLength && !q.Adjectival && meet != nil && (q.Per == quantity.Week || hasWord(s.masked[meet[1]:min(len(s.masked), q.End+20)], "weekly", "week")) {
		return p // "meets with a counselor for 45 minutes every week", "meets with a therapist weekly for 50 minutes"
	}
	// "One 45-minute session each week with your licensed counselor": the
	// count and the length of sessions held with the person named after
	// them.
	// ("Outpatient counseling typically means one session a week with a
	// therapist": the session is what outpatient care is.)
	if p == IndividualTherapy && (kind == DaysPerWeek && q.Unit == quantity.Session && q.HasMax && q.Max == 1 && q.Min == 1 || kind == SessionLength && q.Adjectival) && withPersonAfter.MatchString(s.lower[q.End:]) &&
		!outpatientMeans.MatchString(s.lower[:q.Start]) {
		return p
	}
	// "Once a week you meet one-on-one with your counselor for 50
	// minutes": the minutes the meeting takes.
	if kind == SessionLength && !q.Adjectival && q.Per == quantity.None && meetingFor(s.masked[:q.Start]) {
		return p
	}
	// "meets one-on-one with a primary counselor once a week for a
	// 50-minute session": the session is that meeting.
	// ("… see their counselor each week in a 45-minute phone session": a
	// word for how it is held may come between.)
	if kind == SessionLength && q.Adjectival && hasPrefixWord(skipSessionMode(s.masked[q.End:]), "session", "sessions", "meeting", "appointment", "visit") {
		// ("you meet with a counselor for intake and then join a
		// 3-hour session with the group" is the group's.)
		if meet != nil && !strings.Contains(s.masked[meet[1]:q.Start], ", and ") && !strings.ContainsAny(s.masked[meet[1]:q.Start], ";") &&
			!hasWord(s.masked[meet[1]:q.Start], "then", "join", "joins", "attend", "attends") && !hasWord(s.masked[q.End:min(len(s.masked), q.End+30)], "group", "groups") {
			return p
		}
	}
	// "Every client is also seen one-on-one by a licensed counselor for
	// 45 minutes once a week": the meeting's figures follow it closely.
	// ("IOP clients meet three evenings a week and are seen by their
	// therapist every other week" keeps the evenings the program's.)
	if kind == DaysPerWeek || kind == SessionLength {
		if loc := lastMatch(personSeen, s.masked[:q.Start]); loc != nil && q.Start-loc[1] <= 30 && !strings.ContainsAny(s.masked[loc[1]:q.Start], ",;") &&
			!hasWord(s.masked[loc[1]:q.Start], "and", "then") {
			return IndividualTherapy
		}
	}
	// "Every teen is seen by a staff psychiatrist two times a
	// week": a prescriber's visits, none of the program's days.
	if kind == DaysPerWeek || kind == SessionLength {
		if loc := lastMatch(prescriberSeen, s.masked[:q.Start]); loc != nil && q.Start-loc[1] <= 30 && !strings.ContainsAny(s.masked[loc[1]:q.Start], ",;") &&
			!hasWord(s.masked[loc[1]:q.Start], "and", "then") {
			return Other
		}
	}
	// "…, and your therapist at least once a week individually": the
	// person just before the figure, seen alone once or twice a week.
	// ("you work with your therapist five days a week individually and
	// in groups" is the program's week.)
	if kind == DaysPerWeek && (q.HasMax && q.Max <= 2 || !q.HasMax && q.HasMin && q.Min <= 2) {
		if w := wordAfter(s.masked, q.End); (w == "individually" || w == "one-on-one") && hasWord(s.masked[max(0, q.Start-30):q.Start], "therapist", "therapists", "counselor", "counselors", "counsellor", "clinician") {
			if n := wordAfter(s.masked, indexFrom(s.masked, w, q.End)+len(w)); n != "and" && n != "or" {
				return IndividualTherapy
			}
		}
	}
	if !frequencyWord(q) && (kind != DaysPerWeek || !personMeeting.MatchString(s.masked)) || personElsewhere(s.masked, q) {
		return NoSubject
	}
	// ("individual counseling with a clinician and group therapy on a
	// daily basis": the groups named right before the frequency are what
	// it times, not the person named earlier.)
	if groupJustBefore(s, q.Start) {
		return NoSubject
	}
	// ("Your primary therapist works with you once a week, and groups
	// meet three days a week": the groups' days are the program's.)
	// ("…, and your primary therapist one-on-one for 45 minutes once a
	// week": the second person, the verb left out, is the one met.)
	if meet != nil {
		between := s.masked[meet[1]:q.Start]
		if g := gappedPerson.FindStringIndex(between); g != nil {
			between = between[g[1]:]
		}
		if strings.Contains(between, ", and ") || strings.Contains(between, ";") {
			return NoSubject
		}
		// ("clients meet with a dietitian and attend groups five days a
		// week": the figure is what they attend after the meeting.)
		if hasWord(between, "attend", "attends", "join", "joins", "go", "goes", "participate", "participates") {
			return NoSubject
		}
	}
	return p
}

// groupJustBefore reports group therapy named right before i, at most
// two words between and no stop: "group therapy on a daily basis".
func groupJustBefore(s *sentence, i int) bool {
	var last *mention
	for k := range s.mentions {
		if m := &s.mentions[k]; m.end <= i {
			last = m
		}
	}
	if last == nil || last.subject != GroupTherapy {
		return false
	}
	between := s.lower[last.end:i]
	return !strings.ContainsAny(between, ",;:()") && len(strings.Fields(between)) <= 2
}

// personJustBefore reports a meeting or a session with a person ending at
// most two words before i, nothing between but words: "see your primary
// therapist once a week", "a session with your therapist every week",
// "are seen by a therapist twice a week".
func personJustBefore(masked string, i int) bool {
	if pronounMet.MatchString(masked[:i]) {
		return true
	}
	// ("clients in treatment are seen by a therapist twice each week":
	// the meeting in the passive.)
	for _, re := range []*prefilter.Regexp{personMeeting, sessionWith, personSeen} {
		if loc := lastMatch(re, masked[:i]); loc != nil {
			if between := masked[loc[1]:i]; !strings.ContainsAny(between, ",;:()") && len(strings.Fields(between)) <= 2 {
				return true
			}
		}
	}
	return false
}

// pronounMet ends on a meeting with a person named before, by a pronoun:
// "sees them ", "meets with that person ", "checks in with her ", "meets
// with them for a 45-minute session ", "who meets with you ".
var pronounMet = prefilter.MustCompile(`\b(?:meets?|met|meeting|sees?|seeing|checks?\s+in|talks?)\s+(?:with\s+)?(?:them|him|her|you|that\s+person|this\s+person)\s+(?:for\s+(?:a|an|one)\s+(?:[^\s,;.]+\s+){0,2}?sessions?\s+|for\s+(?:a|an|one)\s+)?$`)

// gappedPerson is a person joined to an earlier meeting's without its
// verb: ", and your primary therapist".
var gappedPerson = prefilter.MustCompile(`,?\s+and\s+(?:her|his|their|your|a|an|the|our)\s+(?:(?:own|primary|individual|licensed|assigned|main)\s+){0,2}(?:therapist|counselor|counsellor|clinician)\b`)

// skipSessionMode drops a word that says how a session is held from the
// start of rest: " video session" is " session".
func skipSessionMode(rest string) string {
	t := strings.TrimLeft(rest, " ")
	for _, w := range []string{"video ", "phone ", "telehealth ", "virtual ", "online ", "in-person ", "private "} {
		if strings.HasPrefix(t, w) {
			return " " + t[len(w):]
		}
	}
	return rest
}

// meetingFor reports pre ending on a meeting with a person and "for":
// "meet with your primary counselor for", "sees a therapist for about".
var metObject = wordSet("iop", "php", "clients", "client", "patients", "patient", "participants", "members", "each", "every", "current", "the", "our")

func meetingFor(pre string) bool {
	loc := lastMatch(personMeeting, pre)
	if loc == nil {
		return false
	}
	// "see a psychiatrist every two weeks, and your therapist one-on-one
	// for": a second person the same verb governs, the verb left out.
	if g := gappedPerson.FindStringIndex(pre[loc[1]:]); g != nil {
		loc = []int{loc[1] + g[0], loc[1] + g[1]}
	}
	rest := strings.Fields(pre[loc[1]:])
	// ("meet one-on-one with your primary counselor, usually for about".)
	// ("your primary therapist sees you privately once a week for an
	// hour": whom, how and how often come first.)
	// ("The addiction psychiatrist meets IOP clients once a week for 30
	// minutes": whom the person meets comes first too.)
	for len(rest) > 0 && (rest[0] == "," || rest[0] == "usually" || rest[0] == "typically" || rest[0] == "generally" || rest[0] == "often" ||
		rest[0] == "you" || rest[0] == "privately" || rest[0] == "individually" || rest[0] == "one-on-one" || rest[0] == "alone" || metObject[rest[0]]) {
		rest = rest[1:]
	}
	if len(rest) == 0 || rest[0] != "for" {
		return false
	}
	for _, w := range rest[1:] {
		switch w {
		case "about", "around", "roughly", "approximately", "at", "least", "up", "to":
		default:
			return false
		}
	}
	return true
}

// sessionWith is a session with a person: "session with their primary
// counselor", "appointments with your therapist".
var sessionWith = prefilter.MustCompile(`\b(?:session|sessions|appointment|appointments|check-in|check-ins|(?:one-on-one|one-to-one|individual|private)\s+time)\s+(?:(?:each|every|a|per)\s+week\s+)?with\s+(?:their|your|his|her|a|an|the|our)?\s*(?:own\s+|primary\s+|individual\s+|licensed\s+)?(?:therapist|counselor|counsellor|clinician)s?\b`)

// withPersonAfter opens on the person sessions are held with, a few words
// on: " session each week with your licensed counselor".
var withPersonAfter = prefilter.MustCompile(`^\s*(?:(?:session|sessions|each|every|a|per|week|weekly)\s+){0,4}with\s+(?:their|your|his|her|a|an|the|our)?\s*(?:own\s+|primary\s+|individual\s+|licensed\s+)?(?:therapist|counselor|counsellor|clinician)s?\b`)

// personElsewhere reports the meeting with a person in a predicate of its
// own after the figure: "attend group therapy three days a week, and meet
// one-on-one with a counselor every week" — the three days are the
// program's, the weekly meeting the counselor's.
func personElsewhere(masked string, q *quantity.Quantity) bool {
	loc := personMeeting.FindStringIndex(masked[q.End:])
	if loc == nil {
		return false
	}
	// "clients meet with a therapist twice a week, and see a
	// psychiatrist once a month": the figure's own predicate names its
	// person before it.
	own := masked[:q.Start]
	if k := lastIndex(own, ", and "); k >= 0 {
		own = own[k:]
	}
	if personMeeting.MatchString(own) {
		return false
	}
	// ("Clients come to group three evenings a week and see a counselor
	// once a week": a second predicate, comma or not.)
	// (Not a fronted time joined by "and", "Twice a week and more often
	// in the first month, your counselor meets with you", nor two
	// subjects joined: "Once a week, teens and their parents meet with
	// their therapist": a comma comes between.)
	between := masked[q.End : q.End+loc[0]]
	return strings.Contains(between, ", and ") || strings.Contains(between, "; ") || strings.Contains(between, " and ") && !strings.Contains(between, ",")
}

// programPlaceBetween reports a program named as where things happen
// between lo and start: "in our PHP", "at the IOP" (not "meets IOP
// members", whom the person sees).
func programPlaceBetween(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start < lo || m.end > start || !programSubject(m.subject) {
			continue
		}
		w := wordBefore(s.masked, m.start)
		if w == "our" || w == "the" {
			w = wordBefore(s.masked, lastIndex(s.masked[:m.start], w))
		}
		if w == "in" || w == "at" {
			return true
		}
	}
	return false
}

// dietWords name the staff who plan meals.
var dietWords = []string{"dietitian", "dietitians", "dietician", "dieticians", "nutritionist", "nutritionists"}

func withPerson(lower string) Subject {
	switch {
	case hasWord(lower, "therapist", "therapists", "counselor", "counselors", "counsellor", "clinician"):
		return IndividualTherapy
	// ("meets one-on-one with a licensed addiction specialist": a
	// clinician met alone, whatever the title.)
	case hasWord(lower, "specialist", "psychologist") && hasWord(lower, "one-on-one", "one-to-one", "individually", "privately"):
		return IndividualTherapy
	// ("meet with their dietitian once weekly": the meal plan's visits,
	// not the program's days. Not a case manager, met among others:
	// "meet with a case manager, a therapist and peers".)
	case hasWord(lower, "psychiatrist", "doctor", "physician", "nurse", "prescriber", "medical director") || hasWord(lower, dietWords...):
		return Other
	}
	return NoSubject
}

// programNamedAt reports a program's name starting right after i, past
// spaces only.
func programNamedAt(s *sentence, i int) bool {
	j := i
	for j < len(s.lower) && s.lower[j] == ' ' {
		j++
	}
	for _, m := range s.mentions {
		if m.start == j {
			return programSubject(m.subject)
		}
	}
	return false
}

// therapyInText reports a figure's own words naming a therapy: "one
// individual session a week", "two group sessions".
func therapyInText(t string) bool {
	return hasWord(t, "individual", "group", "groups", "family", "therapy", "counseling", "counselling")
}

// weeklyTherapyHours reports an hour or two a week of therapy with no
// more said of it, in a sentence naming no program: "one hour of weekly
// therapy", "a counseling session for an hour each week". (Individual,
// group and family therapy have subjects of their own, and the words
// before "therapy" here leave them out.)
func weeklyTherapyHours(s *sentence, q *quantity.Quantity) bool {
	// ("asks for more than an hour of therapy each week": more than the
	// hour the care is held up against is the figure's too.)
	top, ok := q.Max, q.HasMax
	if !ok && q.HasMin {
		top, ok = q.Min, true
	}
	if !ok || q.Unit != quantity.Hour && q.Unit != quantity.Minute || q.Unit == quantity.Hour && top > 2 || q.Unit == quantity.Minute && top > 120 {
		return false
	}
	// "far more than a 50-minute weekly therapy visit", "Unlike a
	// 60-minute weekly check-in with a counselor, IOP groups …": the
	// once-a-week visit held up against the program, whatever program
	// the sentence goes on to name.
	if q.Per == quantity.Week && weeklyVisitAfter.MatchString(s.lower[q.End:]) && comparedVisitBefore.MatchString(s.lower[max(0, q.Start-40):q.Start]) {
		return true
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) || m.subject == IndividualTherapy || m.subject == GroupTherapy {
			return false
		}
	}
	return therapyAfterHours.MatchString(s.lower[q.End:]) || therapyBeforeHours.MatchString(s.lower[:q.Start])
}

// weeklyVisitAfter follows "50-minute weekly" with the visit it times:
// " therapy visit", " counseling appointment", " check-in with a
// counselor".
var weeklyVisitAfter = prefilter.MustCompile(`^\s+(?:(?:talk|individual|outpatient|one-on-one)\s+)?(?:(?:therapy|counseling|counselling|psychotherapy)(?:\s+(?:session|sessions|visit|visits|appointment|appointments|hour))?\b|(?:session|visit|appointment|check-in)\s+with\s+(?:a|an|your|the)\s+(?:therapist|counselor|counsellor|clinician|psychologist)\b)`)

// comparedVisitBefore ends on the words that hold a visit up against
// the program: "more than a ", "Unlike a ", "compared with one ".
var comparedVisitBefore = prefilter.MustCompile(`\b(?:than|unlike|versus|vs\.?|beyond|instead\s+of|compared\s+(?:with|to)|in\s+contrast\s+to|from)\s+(?:a|an|one|the|your|just\s+a|only\s+a|the\s+usual|a\s+typical|a\s+standard)\s+$`)

// therapyAfterHours follows a figure with the therapy it measures: " of
// weekly therapy", " of talk therapy a week".
var therapyAfterHours = prefilter.MustCompile(`^\s+of\s+(?:weekly\s+|once-a-week\s+)?(?:talk\s+|outpatient\s+)?(?:therapy|counseling|counselling|psychotherapy)\b`)

// therapyBeforeHours ends on a session of therapy before its length: "a
// therapy session for", "a counseling appointment for about".
var therapyBeforeHours = prefilter.MustCompile(`\b(?:therapy|counseling|counselling)\s+(?:session|appointment)\s+(?:for\s+)?(?:about\s+|roughly\s+|around\s+|just\s+)?$`)

// weeklyCareOpens opens a sentence on once-a-week care as its subject:
// "Weekly counseling gives …", "Standard weekly therapy is usually …".
// ("Weekly sessions are 50 minutes" on a page about a therapy or a group
// are its own.)
var weeklyCareOpens = prefilter.MustCompile(`^\s*(?:standard\s+|traditional\s+|regular\s+|ordinary\s+)?weekly\s+(?:therapy|counseling|counselling)\s+(?:gives|give|offers|offer|provides|provide|is|are|means|mean|amounts|usually|typically|often|averages|adds|might|may|can)\b`)

// clinicianSees ends on a prescriber or nurse seeing the client: "a
// psychiatric provider sees you at least", "the nurse practitioner meets
// with each client".
var clinicianSees = prefilter.MustCompile(`\b(?:psychiatric\s+(?:provider|prescriber|nurse\s+practitioner)|psychiatrist|prescriber|nurse\s+practitioner|physician|doctor|medical\s+provider)s?\s+(?:sees|see|meets\s+with|meet\s+with|checks\s+in\s+with|visits)\s+(?:you|them|clients|patients|residents|each\s+client|each\s+patient|every\s+client|every\s+patient)\s+(?:at\s+least\s+|about\s+|roughly\s+|usually\s+|typically\s+)?$`)

// weeklyCareSpokenOf reports "weekly" before therapy or counseling that
// names a kind of care someone is in, comes from or finds too little:
// "stuck in weekly therapy", "from weekly counseling", "struggling …
// with weekly therapy".
func weeklyCareSpokenOf(lower string, start, end int) bool {
	// "Signs you need a higher level of care include missing weekly
	// sessions": the weekly care found wanting, among the signs.
	switch wordAfter(lower, end) {
	case "sessions", "appointments", "visits", "groups", "therapy", "counseling", "counselling":
		if strings.Contains(lower[:start], "need") && signsOfMoreCare.MatchString(lower[:start]) {
			return true
		}
	}
	switch wordAfter(lower, end) {
	case "therapy", "counseling", "counselling", "outpatient":
	default:
		return false
	}
	switch wordBefore(lower, start) {
	case "in", "from", "than", "beyond", "after",
		// ("people who have tried weekly therapy without enough
		// progress": the care tried before the program; "the
		// traditional once-a-week therapy approach falls short": the
		// usual care the program is held up against.)
		"tried", "try", "trying", "tries", "traditional", "conventional":
		return true
	case "with":
		return hasWord(lower[:start], "struggling", "struggle", "struggles", "enough", "stuck", "failed", "haven't", "hasn't")
	case "and":
		// "a step between residential care and weekly therapy": the
		// lighter end of a span of care, not a part of the program.
		return hasWord(lower[max(0, start-60):start], "between")
	case "when", "if", "once":
		// "When weekly therapy and even IOP are not enough, our PHP …":
		// the care that falls short, with another named beside it.
		clause := lower[end:]
		if k := strings.IndexAny(clause, ",;."); k >= 0 {
			clause = clause[:k]
		}
		return strings.Contains(clause, "enough") || hasWord(clause, "stalled", "failed", "fails", "working")
	case "or":
		// "(IOP or weekly therapy)": a kind of care offered as the
		// alternative to a level. ("group therapy, psychiatric care and
		// weekly therapy" lists a program's own parts.)
		switch wordBefore(lower, lastIndex(lower[:start], "or")) {
		case "iop", "iops", "php", "phps":
			return true
		}
	}
	// "when weekly therapy has stalled", "if weekly counseling is not
	// enough": the care that falls short, said of itself.
	return weeklyFallsShort.MatchString(lower[end:])
}

// signsOfMoreCare opens a list of the signs that someone needs more
// care than they have, up to the figure: "Signs you need a higher level
// of care include missing ", "Key indicators for needing more support
// include poor attendance at ".
var signsOfMoreCare = prefilter.MustCompile(`\b(?:signs?|indicators?|red\s+flags?|warning\s+signs?)\b[^.;]{0,60}?\b(?:need|needs|needing)\s+(?:more|a\s+higher|higher|additional|a\s+more\s+intensive|more\s+intensive|a\s+step\s+up)\b[^.;]{0,60}?\b(?:include|includes|including|are)\b[^.;]*$`)

// weeklyFallsShort follows weekly care that falls short: " therapy has
// stalled", " counseling isn't enough".
var weeklyFallsShort = prefilter.MustCompile(`^\s+(?:therapy|counseling|counselling|outpatient(?:\s+care|\s+therapy)?)\s+(?:(?:has|have|had)\s+(?:stalled|plateaued|failed|not\s+(?:worked|helped|been\s+enough))|(?:is|was)\s+(?:not|no\s+longer)\s+(?:enough|working|sufficient)|(?:isn't|isn’t|wasn't|wasn’t)\s+(?:enough|working|sufficient)|(?:stalls|stalled|falls\s+short|fell\s+short|fails|failed))\b`)

// oneOnOneWeekly reads an hour or two a week (or its minutes) spent with
// one person: SessionLength after a meeting with a therapist, counselor
// or medical staff before it in its clause (whose the meeting is,
// personMet says); no claim when the person, named right after, is one
// whose meetings no program figure counts ("with a peer recovery
// coach"). (A therapist named after, "60 minutes each week with your
// counselor", keeps the readings that follow.)
// ok is false when q is no such amount.
func oneOnOneWeekly(s *sentence, q *quantity.Quantity, lo int) (Kind, bool) {
	if q.Adjectival || !q.HasMax || !(q.Unit == quantity.Minute && q.Max <= 120 || q.Unit == quantity.Hour && q.Max <= 2) {
		return "", false
	}
	if q.Per != quantity.Week && !hasWord(s.masked[lo:min(len(s.masked), q.End+20)], "weekly", "week") {
		return "", false
	}
	// ("In standard outpatient, you meet with a counselor one to two
	// hours a week": that is what outpatient care is, its week.)
	// (Not "each outpatient client meets with a counselor …": whose
	// clients, no definition.)
	for _, m := range s.mentions {
		if m.subject == OP && !clientNouns[wordAfter(s.lower, m.end)] {
			return "", false
		}
	}
	if loc := lastMatch(personMeeting, s.masked[lo:q.Start]); loc != nil && withPerson(s.masked[lo+loc[0]:lo+loc[1]]) != NoSubject && !programPlaceBetween(s, lo+loc[1], q.Start) {
		return SessionLength, true
	}
	// ("meets with the youth therapist for one hour every week", "has an
	// individual therapist and meets with them weekly for 45 minutes": a
	// word of kind before the person, or a pronoun for the person named
	// before.)
	if loc := lastMatch(meetsPerson, s.masked[:q.Start]); loc != nil && !programPlaceBetween(s, loc[1], q.Start) {
		if p := withPerson(s.masked[loc[0]:loc[1]]); p != NoSubject || withPerson(s.masked[:loc[0]]) != NoSubject {
			return SessionLength, true
		}
	}
	if loc := personRightAfter.FindStringIndex(s.masked[q.End:]); loc != nil && withPerson(s.masked[q.End:q.End+loc[1]]) == NoSubject {
		return "", true
	}
	return "", false
}

// personRightAfter opens on one person met whose meetings are no
// therapy: " with a peer recovery coach", " with your case manager".
var personRightAfter = prefilter.MustCompile(`^\s+with\s+(?:a|an|your|their|his|her|the|our)\s+(?:[a-z-]+\s+){0,2}(?:coach|mentor|sponsor|case\s+manager|advocate)\b`)

// serviceAsked is the service a short answer's question asks how long or
// how often of, when the answer names programs only as where it is held:
// "How long is individual therapy? / 45 to 50 minutes, once a week in both
// PHP and IOP" (individual therapy), "How often are drug screens done? /
// Twice a week in PHP." (another service's). "" otherwise.
func (st *state) serviceAsked(s *sentence) Subject {
	q := st.questionSentence
	// (Only a question asking how often or how long: "How do I tell my
	// doctor about treatment?" asks of neither.)
	if s.answers == "" || q == nil || wordCount(s.text) > 14 || !asksHowOften.MatchString(s.answers) {
		return NoSubject
	}
	for i, m := range s.mentions {
		if !programSubject(m.subject) {
			return NoSubject
		}
		switch w, _ := wordBeforeArticle(s.lower, m.start); w {
		case "in", "during", "both", "at", "for":
		case "and", "or":
			// ("in both PHP and IOP")
			if i == 0 {
				return NoSubject
			}
		default:
			return NoSubject
		}
	}
	asked := NoSubject
	for _, m := range q.mentions {
		switch {
		case therapySubject(m.subject):
			asked = m.subject
		case programSubject(m.subject) && !clientNouns[wordAfter(q.lower, m.end)]:
			// ("How often do PHP clients see the psychiatrist?": the
			// program names whose clients.)
			return NoSubject
		}
	}
	if asked == NoSubject && hasWord(s.answers, serviceWords...) {
		asked = Other
	}
	return asked
}

// serviceWords name services held within a program, seen or done apart
// from its schedule.
var serviceWords = []string{"family", "psychiatrist", "doctor", "physician", "nurse", "prescriber", "screens", "screen", "screening", "screenings", "tests", "testing",
	"yoga", "meditation", "massage", "acupuncture", "dietitian", "chaplain"}

// asksHowOften opens a question on how often or how long: "how often will
// I see …", "how long is individual therapy", "how many times a week …".
var asksHowOften = prefilter.MustCompile(`^\W*(?:how\s+(?:often|long|many|frequently)\b|how\s+much\s+time\b)`)

// meetsPerson is a client meeting one person, with up to two words of
// kind before the person ("the youth therapist", "their assigned family
// counselor"), or a pronoun for one named before ("meets with them").
var meetsPerson = prefilter.MustCompile(`\b(?:meets?|met|meeting|sees?|seeing)\s+(?:(?:one-on-one|individually|privately|weekly|regularly)\s+)?(?:with\s+)?(?:(?:her|his|their|your|a|an|the|our)\s+)?(?:[a-z-]+\s+){0,2}?(?:therapist|therapists|counselor|counselors|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber)\b|\b(?:meets?|met|meeting)\s+with\s+(?:them|him|her)\b|\b(?:sees?|seeing)\s+(?:them|him|her)\b`)

// specialtyTherapy names a therapy of its own kind, no individual
// session: "equine therapy", "art therapy", "EMDR therapy".
var specialtyTherapy = prefilter.MustCompile(`\b(?:` + activityTherapyKinds + `|trauma|emdr)(?:-assisted|-based|-focused)?\s+therap(?:y|ies)\b`)

// individualRightAfter opens on individual care right after a figure:
// " individual", " of individual counseling", " (individual)", " one-on-one".
var individualRightAfter = prefilter.MustCompile(`^\s*(?:of\s+)?\(?\s*(?:individual|one-on-one|1:1)\b`)

// individualAlone reports individual care right after a figure
// (individualRightAfter) and no other care joined to it: not "hours per
// week of individual and group therapy".
func individualAlone(rest string) bool {
	loc := individualRightAfter.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	// ("… of individual, group and family therapy", "individual-focused":
	// other care listed, or another word glued on.)
	if after := rest[loc[1]:]; strings.HasPrefix(after, ",") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "/") {
		return false
	}
	switch wordAfter(rest, loc[1]) {
	case "and", "or", "&", "plus", "with":
		return false
	case "", "counseling", "counselling", "therapy", "psychotherapy", "session", "sessions", "time", "work", "care", "each", "a", "per", "every", "weekly":
		return true
	}
	return false
}
