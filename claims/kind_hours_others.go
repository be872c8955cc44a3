package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// wordStart moves i forward past the rest of a word it falls inside
// ("teamwork" cut to "work" is no job).
func wordStart(s string, i int) int {
	for i > 0 && i < len(s) && isWordByte(s[i-1]) && isWordByte(s[i]) {
		i++
	}
	return i
}

// hasJobWord reports a job word before hours; "after school" is when a
// teen group meets, and a total that "works out to" hours is no job.
func hasJobWord(pre string) bool {
	if !hasWord(pre, jobWords...) {
		return false
	}
	return hasWord(servedWorkers(notJob.Replace(pre)), jobWords...)
}

// lastClauseJoin is where the last clause joined by a comma and a
// conjunction (", and ", ", but ", ", so ", ", while ") or a semicolon
// begins in t, -1 when none does.
func lastClauseJoin(t string) int {
	k := -1
	for _, j := range []string{", and ", ", but ", ", so ", ", while ", "; "} {
		if i := strings.LastIndex(t, j); i >= 0 && i+len(j) > k {
			k = i + len(j)
		}
	}
	return k
}

// ("three hours of group work, for nine hours a week": the therapy's
// work. "Clients keep their jobs, yet spend nine hours a week with us":
// the job kept is no figure's; "…, working 40 hours a week" and "keep
// working 40 hours a week" still are.)
var notJob = strings.NewReplacer("keep their jobs", "", "keep their job", "", "keep your job", "", "keep your jobs", "", "keeps their job", "",
	"after school", "", "works out to", "", "work out to", "", "group work", "", "group-work", "", "clinical work", "", "skills work", "",
	"therapeutic work", "", "therapy work", "", "recovery work", "", "step work", "", "trauma work", "", "family work", "",
	// ("Our school-day IOP runs 25 hours a week": the program named by
	// when it meets.)
	"school-day", "", "school day iop", "", "school-based", "", "school campus", "",
	// ("For patients transitioning back to work, our PHP runs 15 hours
	// per week": the step back, no job's hours.)
	// ("Most patients return to work 40 hours a week" is the job's.)
	"going back to work", "", "transitioning back to work", "", "back to work,", ",", "returning to work,", ",", "return to work,", ",", "back to school,", ",")

// servedWorkers drops "working adults" (parents, professionals …) where
// a verb of giving or serving governs them: "gives working adults 14
// hours of treatment" says whom the program serves. ("Working
// professionals who put in 55 hours a week", "Working adults average 44
// hours" are the job's.)
func servedWorkers(pre string) string {
	for k := 0; ; {
		i := indexWord(pre, "working", k)
		if i < 0 {
			return pre
		}
		k = i + len("working")
		if !workerNouns[wordAfter(pre, k)] {
			continue
		}
		switch wordBefore(pre, i) {
		case "gives", "give", "giving", "offers", "offer", "provides", "provide", "serves", "serve", "helps", "help", "lets", "let", "allows", "for", "to", "with":
			end := k + 1 + len(wordAfter(pre, k))
			pre = pre[:i] + pre[min(end, len(pre)):]
			k = i
		}
	}
}

var workerNouns = wordSet("adults", "parents", "professionals", "people", "moms", "mothers", "dads", "fathers", "families", "women", "men", "students", "individuals", "clients", "patients")

// employmentTerm reports a job's terms opening before its hours:
// "Full-time, ", "Part-time: ".
func employmentTerm(pre string) bool {
	switch strings.Trim(pre, " ,:-–—") {
	case "full-time", "part-time", "full time", "part time":
		return true
	}
	return false
}

// afterLabel drops a label before its colon: in "Virtual IOP available
// statewide: 12 hours a week", "available" is said of the program's reach,
// not of the hours.
func afterLabel(pre string) string {
	if k := strings.LastIndexByte(pre, ':'); k >= 0 {
		return pre[k+1:]
	}
	return pre
}

// dayActivities are parts of a day whose own hours a sentence about the
// day may give: "On a typical program day, morning meditation takes an
// hour".
var dayActivities = []string{"meditation", "lunch", "break", "breaks", "yoga", "check-in", "nap", "recess", "exercise", "walk",
	"school", "homework", "meal", "meals", "travel", "commute", "group", "session", "class", "classes"}

var wholeDay = prefilter.MustCompile(`\b(?:all\s+day|full(?:\s+treatment)?\s+day|(?:typical|treatment|program)\s+(?:[a-z]+\s+)?day)\b`)

// needMoreThan reports text ending on a need for more than what follows:
// "who need more than", "needs more support than".
func needMoreThan(pre string) bool {
	t := strings.TrimRight(pre, " ")
	if !strings.HasSuffix(t, "than") {
		return false
	}
	k := len(t) - len("than")
	// ("needs more support than": past the thing needed.)
	if w := wordBefore(t, k); w != "more" {
		k = lastIndex(t[:k], w)
	}
	if wordBefore(t, k) != "more" {
		return false
	}
	return needWords[wordBefore(t, lastIndex(t[:k], "more"))]
}

var needWords = wordSet("need", "needs", "needed", "needing")

// notEnoughSoon is notEnoughAfter, run only on text that holds its words:
// it is asked of every figure of hours. ("would not be enough", "would
// fall short", and "Four hours a week falls short …" with the hours its
// subject: found wanting too; "…, so no one falls short" is not.)
func notEnoughSoon(t string) bool {
	return (strings.Contains(t, "enough") || strings.Contains(t, "sufficient") || strings.Contains(t, "short")) && (notEnoughAfter.MatchString(t) || fallsShortRight.MatchString(t))
}

var fallsShortRight = prefilter.MustCompile(`^(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+){0,2})?(?:\s+(?:a|each|per)\s+week|\s+weekly)?\s+(?:fall|falls|fell)\s+short\b`)

// tooLittle reports a figure at [start, end) of lower made or found too
// little (madeTooLittle): after "make(s)" before the figure, or said to be
// too little right after it.
func tooLittle(lower string, start, end int) bool {
	rest := lower[end:min(len(lower), end+70)]
	if !strings.Contains(rest, "too little") && !strings.Contains(rest, "too few") {
		return false
	}
	m := madeTooLittle.FindStringIndex(rest)
	if m == nil {
		return false
	}
	said := strings.Contains(rest[:m[1]], " is ") || strings.Contains(rest[:m[1]], " are ") || strings.Contains(rest[:m[1]], " feel") || strings.Contains(rest[:m[1]], " seem")
	return said && !strings.Contains(lower[max(0, start-12):start], "which") || hasWord(lower[max(0, start-40):start], "make", "makes", "making", "made")
}

var notEnoughAfter = prefilter.MustCompile(`^[^.;]{0,45}?\b(?:(?:is|are|was|were)(?:\s+not|n't|n’t)|(?:would|will|could|might)(?:\s+not|n't|n’t)\s+be|(?:wouldn't|won't|couldn't|wouldn’t|won’t|couldn’t)\s+be)\s+(?:enough|sufficient)\b|^[^.;]{0,45}?\b(?:would|will|could|might|may)\s+fall\s+short\b`)

// madeTooLittle follows a figure that something makes too little, or that
// is too little, in the same stretch of the sentence: "make a few hours of
// group a week too little", "an hour a week is far too little". ("Our IOP
// meets 9 hours a week, which is too little for …" and "— too few for
// some" keep the program's figure.)
var madeTooLittle = prefilter.MustCompile(`^[^.;,—–]{0,45}?\b(?:(?:is|are|feels?|seems?)\s+(?:far\s+|much\s+|simply\s+|way\s+)?)?too\s+(?:little|few)\b`)

var activityWords = wordSet("commuting", "commute", "driving", "traveling", "travelling", "sleeping", "working", "studying", "online", "scrolling", "drinking", "using",
	"exercising", "walking", "jogging", "journaling", "journalling", "meditating", "reading", "stretching", "napping")

// mutualHelpNamed reports a sentence about mutual-help groups: "AA and NA
// groups", "12-step meetings".
func mutualHelpNamed(s *sentence) bool {
	for _, m := range s.mentions {
		if m.subject == SupportGroup {
			return true
		}
	}
	for _, t := range append([]string{s.lower, lowerASCII(s.block.Text)}, s.block.Headings...) {
		if hasWord(lowerASCII(t), "aa", "na", "12-step", "twelve-step", "al-anon") {
			return true
		}
	}
	return false
}

var schoolWords = wordSet("classroom", "school", "schoolwork", "schooling", "academic", "academics", "tutoring", "homework", "class",
	"classes", "instruction", "recreation", "free", "lunch", "sleep", "rest",
	// ("three hours of visitation with family on Sundays": the
	// visitors' time.)
	"visitation", "visiting", "visitors")

// schoolAfterOf reports a school word among the two words after "of",
// or the third after a word that says what kind it is: "one hour of
// accredited schooling each day", "of accredited on-site schooling".
func schoolAfterOf(masked string, i int) bool {
	for n := 0; n < 3; n++ {
		w := wordAfter(masked, i)
		if w == "" {
			return false
		}
		if schoolWords[w] {
			return true
		}
		k := indexFrom(masked, w, i)
		if k < 0 || n == 1 && !schoolKinds[w] {
			return false
		}
		i = k + len(w)
	}
	return false
}

var schoolKinds = wordSet("accredited", "supervised", "certified", "on-site", "onsite", "in-house", "structured", "independent", "private", "quiet", "daily")

// schoolTime reports the time at q spent on school, lunch, a job or the like,
// its "of" right after it or after a block noun: "two hours of classroom
// instruction", "a two-hour block of on-site schooling".
func schoolTime(masked string, q *quantity.Quantity) bool {
	rest := strings.TrimLeft(masked[q.End:], " ")
	j := len(masked) - len(rest)
	if w := wordAfter(masked, j); timeBlocks[w] {
		rest = strings.TrimLeft(rest[len(w):], " ")
		j = len(masked) - len(rest)
	}
	return strings.HasPrefix(rest, "of ") && (schoolAfterOf(masked, j+2) || jobTimeOf.MatchString(rest))
}

// jobTimeOf opens on hours put into work rather than treatment: "of
// productive work", "of paid employment", "of community service".
// ("of group work", "of work on coping skills" are the program's.)
var jobTimeOf = prefilter.MustCompile(`^of\s+(?:(?:productive|paid|volunteer|part-time|full-time|outside|gainful)\s+work|(?:(?:paid|gainful|part-time|full-time)\s+)?employment|volunteering|job\s+searching|community\s+service|chores)\b`)

// attendsClasses ends on clients attending their lessons: "attend
// classes for ", "take academic classes ".
var attendsClasses = prefilter.MustCompile(`\b(?:attends?|attending|takes?|taking|have|has)\s+(?:(?:their|school|academic|regular|core)\s+)?(?:classes|lessons)\s+(?:for\s+)?$`)

var timeBlocks = wordSet("block", "blocks", "period", "periods", "stretch", "slot")

// atTheJob is where a job's hours are put in, right after them: "at
// their jobs", "at the office", "on the job", "in their day jobs". ("on
// work nights", "on job readiness" are when and what the program does.)
var atTheJob = prefilter.MustCompile(`^[^.;,]{0,20}?\b(?:at\s+(?:(?:their|your|his|her|the|a|an)\s+)?(?:(?:day|full-time|part-time|regular)\s+)?(?:jobs?|work|workplace|office)|on\s+the\s+job|in\s+(?:their|your|his|her)\s+(?:(?:day|full-time|part-time|regular)\s+)?jobs?)\b(?:[.;,!?)]|\s+(?:and|or|so|while|but|before|after|on|in|during|each|every|plus)\b|\s*$)`)

// jobSoughtAfter follows hours a job takes or its hunt does: " to look
// for a … job", " job", " to find work". ("It takes 40 hours a week to
// look for a full-time job.")
var jobSoughtAfter = prefilter.MustCompile(`^\s*(?:(?:to|of)\s+(?:look(?:ing)?|search(?:ing)?|hunt(?:ing)?)\s+for\s+(?:a\s+|an\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:jobs?|work|employment)\b|to\s+find\s+(?:a\s+)?(?:jobs?|work|employment)\b|jobs?\b)`)

// staffWords make hours the staff's: "our staff is available 8 hours a
// day" (an office's, too: see staffSaid).
var staffWords = []string{"staff", "staffed", "available", "availability", "phone", "phones"}

// staffSaid reports staffWords in t, but for an office named as where the
// program runs: "runs in two tracks at our Eastfield office, and both
// tracks provide 12 hours of treatment each week".
func staffSaid(t string) bool {
	// ("Our PHP is available Monday to Friday from 9 am-2 pm": the
	// program's own hours.)
	if hasWord(t, staffWords...) {
		return !programOpen(t)
	}
	// ("A clinical supervisor is on-site 12 hours a week": a staff
	// member's hours on site.)
	// (Not the staff clients meet: "clients meet with counselors on site
	// 20 hours a week" are the program's hours.)
	if loc := staffOnSite.FindStringIndex(t); loc != nil && !metWith(t, loc[0]) {
		return true
	}
	// ("Residents can reach a counselor 18 hours a day", "clients have
	// access to a nurse 20 hours a day": when help can be had, not the
	// program's hours.)
	if staffReached.MatchString(t) {
		return true
	}
	for i := range wordIndexes(t, "office") {
		if !officePlace(t, i) {
			return true
		}
	}
	return false
}

// staffOnSite ends on a staff member said to be on site, on duty or on
// call: "a clinical supervisor on-site ", "a nurse is on duty ".
var staffOnSite = prefilter.MustCompile(`\b(?:supervisors?|nurses?|physicians?|doctors?|psychiatrists?|counselors?|counsellors?|clinicians?|therapists?|directors?|managers?|prescribers?|lmhps?|staff\s+members?)\b[^.;]{0,24}?\b(?:on[\s-]site|onsite|on\s+duty|on\s+call|present)\s+(?:from\s+)?$`)

// staffReached ends on staff or help said to be reachable: "access to a
// nurse ", "can reach a counselor ".
var staffReached = prefilter.MustCompile(`\b(?:access\s+to|reach|contact|call|text|talk\s+(?:to|with)|speak\s+(?:to|with))\s+(?:a\s+|an\s+|our\s+|the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?(?:counselors?|counsellors?|counseling|counselling|staff|nurses?|nursing|therapists?|clinicians?|doctors?|physicians?|support|help|care)\s+(?:(?:for|up\s+to|about|around|nearly)\s+)?$`)

// metWith reports the staff word at i as whom clients meet: right after
// "with", "by" or a verb of seeing, a determiner and a word between.
func metWith(t string, i int) bool {
	j := i
	for n := 0; n < 3; n++ {
		w := wordBefore(t, j)
		switch w {
		case "with", "by", "see", "sees", "seeing", "meet", "meets", "visit", "visits":
			return true
		case "", "there", "is", "are":
			return false
		}
		j = lastIndex(t[:j], w)
		if j < 0 {
			return false
		}
	}
	return false
}

// officePlace reports the office at i named as a place, behind "at", "in"
// or "from" and a determiner with up to two words between: "at our
// Eastfield office".
func officePlace(t string, i int) bool {
	j := i
	for n := 0; n < 4 && j > 0; n++ {
		w := wordBefore(t, j)
		switch w {
		case "":
			return false
		case "our", "the", "its", "their":
			p := wordBefore(t, lastIndex(t[:j], w))
			return p == "at" || p == "in" || p == "from"
		}
		j = lastIndex(t[:j], w)
	}
	return false
}

var jobWords = []string{"work", "works", "working", "job", "jobs", "employment", "shift", "shifts", "school", "sleep", "sleeping",
	"schooling", "tutoring", "homework", "academics"}

// onceSubject reports a clause whose subject is a step done once:
// "Intake for teens includes …", "The assessment takes …".
func onceSubject(clause string) bool {
	w := leadWord(clause, "the", "your", "our", "each", "an", "a")
	// ("The first appointment lasts roughly two hours": the visit that
	// opens care, held once.)
	if w == "first" || w == "initial" {
		if k := indexWord(clause, w, 0); k >= 0 {
			switch wordAfter(clause, k+len(w)) {
			case "appointment", "visit", "session", "meeting", "consultation", "call",
				// ("The first sessions last about two hours": the opening
				// visits, before the follow-ups.)
				"appointments", "visits", "sessions", "meetings":
				return true
			}
		}
	}
	return slices.Contains(onceWords, w)
}

// onceWords name steps a client goes through once.
var onceWords = []string{"intake", "assessment", "assessments", "evaluation", "evaluations", "screening", "consultation", "orientation", "admission", "admissions", "interview"}

// callTakes ends on a phone call as what takes the time: "a call takes
// ", "the first phone call usually lasts about ".
var callTakes = prefilter.MustCompile(`\b(?:(?:phone|screening|intake|first|initial)\s+)?(?:call|calls|callback)\s+(?:usually\s+|typically\s+|often\s+|only\s+)?(?:takes?|lasts?)\s+(?:about\s+|around\s+|roughly\s+|less\s+than\s+|under\s+|just\s+)?$`)

// appUse ends on time spent in an app: "use the app for", "are in our app
// for about".
var appUse = prefilter.MustCompile(`\b(?:use|uses|using|open|opens|check|checks|spend|spends|are\s+in|is\s+in)\s+(?:the|our|their|your)\s+(?:mobile\s+|phone\s+|companion\s+)?app\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?$`)

// pauseFor reports text that opens on what a span is set aside for when
// it is a pause, and nothing else: "for lunch", "off for a break", "set
// aside for lunch", "for a break and a meal". ("for meals, groups and
// therapy", "for meal support", "for a break from the week's stress" are
// what the hours hold.)
func pauseFor(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	rest = strings.TrimPrefix(rest, "off ")
	rest = strings.TrimPrefix(rest, "set aside ")
	rest, ok := strings.CutPrefix(rest, "for ")
	if !ok {
		return false
	}
	for {
		rest = strings.TrimPrefix(rest, "a ")
		w := leadingWord(rest, 0)
		if !pauseNouns[w] {
			return false
		}
		rest = rest[len(w):]
		// ("1 hour for lunch each weekday".)
		for _, f := range []string{" each weekday", " every weekday", " each day", " every day", " daily"} {
			rest = strings.TrimPrefix(rest, f)
		}
		// ("an hour for lunch at midday", "… in the middle".)
		for _, f := range []string{" in the middle of the day", " in the middle", " at midday", " at noon", " around noon", " around midday", " in between", " between groups", " between sessions"} {
			rest = strings.TrimPrefix(rest, f)
		}
		if rest == "" || rest[0] == '.' || rest[0] == ';' || rest[0] == ')' || strings.HasPrefix(rest, ", ") && clauseGoesOn[leadingWord(rest, 2)] {
			return true
		}
		next, ok := strings.CutPrefix(rest, " and ")
		if !ok {
			return false
		}
		// ("1 hour for lunch and 15 minutes for breaks": two pauses.)
		if k := strings.Index(firstClause(next), " for "); k > 0 && !pauseNouns[leadingWord(next, 0)] {
			next = next[k+len(" for "):]
		}
		rest = next
	}
}

// pauseNamedAfter reports a pause named right after a length: "-long
// lunch break", " break at midday", " lunch".
func pauseNamedAfter(rest string) bool {
	// ("3 hours - breaks included" is the day's, breaks and all.)
	t, ok := strings.CutPrefix(rest, "-long ")
	if !ok {
		if t, ok = strings.CutPrefix(rest, " "); !ok {
			return false
		}
		t = strings.TrimPrefix(t, "long ")
	}
	switch w := leadingWord(t, 0); w {
	case "lunch", "break", "breaks", "meal", "snack", "recess", "pause":
		return true
	}
	return false
}

var pauseNouns = wordSet("lunch", "break", "breaks", "meal", "meals", "snack", "snacks", "rest")

// clauseGoesOn open what follows a pause after a comma, where a list of
// what the hours hold would name another activity: "…, which adds up to".
var clauseGoesOn = wordSet("which", "then", "and", "so", "after", "before", "followed", "making", "giving", "for", "with", "plus")

// habitVerbs are what a person does for a stretch of each day outside
// treatment.
var habitVerbs = wordSet("walk", "walking", "exercise", "exercising", "jog", "jogging", "journal", "journaling", "journalling",
	"meditate", "meditating", "read", "reading", "sleep", "sleeping", "nap", "napping", "stretch", "stretching", "study", "studying")

// everydayHabit reports hours of the day or night q spent on a habit: a
// habit's verb right before them ("walk for 30 minutes a day"), a school
// word right after them ("an hour a day for homework", "an hour a day
// free for schoolwork"), or six hours and more a night said of no
// program, which is sleep.
// (Not a list that names treatment too: "combines therapy and exercise
// for six hours a day", "six hours a day for school and treatment"; nor
// "Our evening PHP meets six hours a night".)
func everydayHabit(s *sentence, q *quantity.Quantity) bool {
	if q.Per != quantity.Day {
		return false
	}
	masked := s.masked
	w, k := wordBefore(masked, q.Start), q.Start
	if w == "for" {
		k = lastIndex(masked[:q.Start], "for")
		w = wordBefore(masked, k)
	}
	if habitVerbs[w] {
		v := lastIndex(masked[:k], w)
		// ("Between sessions, walk for 30 minutes a day": a comma
		// before the verb ends a phrase; "therapy and exercise" joins.)
		if !listJoins[wordBefore(masked, v)] {
			return true
		}
	}
	rest := strings.TrimLeft(masked[q.End:], " ")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "free "), "open ")
	if strings.HasPrefix(rest, "for ") && schoolWords[wordAfter(rest, len("for"))] {
		phrase := rest[:min(len(rest), 50)]
		if i := strings.IndexAny(phrase, ".;:"); i >= 0 {
			phrase = phrase[:i]
		}
		return !hasWord(phrase, "treatment", "therapy", "therapies", "group", "groups", "skills", "counseling", "counselling", "programming", "care")
	}
	if spentAt(rest) {
		return true
	}
	t := lowerASCII(q.Text)
	if q.Unit != quantity.Hour || q.Min < 6 || !strings.HasSuffix(t, " night") && !strings.HasSuffix(t, " nightly") {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= hi && programSubject(m.subject) {
			return false
		}
	}
	return !meetingVerbs[wordBefore(masked, q.Start)]
}

// spentAt reports the text after a day's hours saying where or on what
// they are spent, other than treatment: "in the gym", "on chores", "in
// a cooking class", "at the farm". ("in a skills class", "in group" are
// the program's.)
func spentAt(rest string) bool {
	w := wordAfter(rest, 0)
	if w != "in" && w != "at" && w != "on" && w != "doing" {
		return false
	}
	phrase := rest[:min(len(rest), 40)]
	if i := strings.IndexAny(phrase, ".;:,"); i >= 0 {
		phrase = phrase[:i]
	}
	return hasWord(phrase, spentAtWords...) && !hasWord(phrase, "treatment", "therapy", "therapies", "group", "groups", "skills", "counseling", "counselling", "programming", "session", "sessions")
}

var spentAtWords = []string{"gym", "chores", "kitchen", "classroom", "cooking", "farm", "garden", "barn", "pool", "fitness", "recreation", "exercise",
	"homework", "schoolwork", "school", "job", "jobs", "workouts", "sports"}

// listJoins join a word to a list before it.
var listJoins = wordSet("and", "or", "of", "with", "plus")

// tooMuchFor ends on something said to be too much for the figure after
// it, or on a step up from it: "too severe for a few ", "too strong for
// just ", "a step up " (the figure's own "from a few hours"). (Whatever
// the word after "too", what follows "for" is the care found wanting.)
var tooMuchFor = prefilter.MustCompile(`(?:\btoo\s+(?:[a-z-]+\s+){1,2}for|\bstep\s+(?:up|beyond|above)(?:\s+from)?)\s+(?:a|an|just|only|the|even)?\s*$`)
