package checks

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// The rule every check applies before it compares two claims, written once
// here and quoted in each check's doc (compareRule), so that `explain`,
// SARIF help and the README say the same thing the code does.
const compareRule = `Two claims are compared only when they speak of the same thing: the same
kind, subject, population (adults, adolescents) and variant ("evening",
"short-term"; a variant is never compared with another variant or with the
plain program), the same scope (a provider's own program, or programs in
general) and the same attribution (what ASAM says is not what the page
says). Then their force decides: an example ("for example 2 days × 4 hours")
or a condition ("if you need detox") never contradicts anything; an
existential ("some programs may last 90 days") contradicts only a universal
("every program lasts 30 days"), or, for a yes/no fact, a plain no ("we do
not offer detox" against "our doctors can run a home detox"); typical and universal statements
contradict each other when their values are disjoint after tolerance.
Denials take part with their polarity: "does not offer detox" is a no, and
"does not last 90 days" contradicts only a claim of 90 days. A length
counted in the days a client attends ("12 to 18 treatment days") is not
compared with one of the calendar ("three to four weeks").`

// force reads an unset force as typical: an unmarked statement in the
// generic present is how pages state what normally happens.
func force(c *claims.Claim) claims.Force {
	if c.Force == 0 {
		return claims.Typical
	}
	return c.Force
}

func negated(c *claims.Claim) bool { return c.Polarity == claims.Negated }

// truth is a yes/no claim's meaning. The claims package folds a denial
// into the value ("does not offer detox" is detox-offered=false, marked
// negated; "clients do not live at the facility" is lives-at-home=true),
// so the value already carries the polarity and is not flipped again.
func truth(c *claims.Claim) bool { return *c.Value }

// forcesMeet reports whether claims of these forces can contradict at all.
func forcesMeet(a, b *claims.Claim) bool {
	fa, fb := force(a), force(b)
	// "Northstar does not offer detox" against "our physicians can run an
	// at-home detox protocol": a plain denial is a "never", which a "can"
	// contradicts.
	if a.Value != nil && b.Value != nil && (fa == claims.Existential) != (fb == claims.Existential) {
		ex, plain := a, b
		if fb == claims.Existential {
			ex, plain = b, a
		}
		if truth(ex) && !truth(plain) && force(plain) == claims.Typical {
			return true
		}
	}
	switch {
	case fa == claims.Conditional || fb == claims.Conditional:
		return false
	case fa == claims.Example || fb == claims.Example, fa == claims.Existential || fb == claims.Existential:
		// An example or a "some" is a counterexample only to an "every":
		// "every detox stay lasts at least seven days" against "for
		// example, … discharged after as little as three days".
		return fa == claims.Universal && (fb == claims.Example || fb == claims.Existential) ||
			fb == claims.Universal && (fa == claims.Example || fa == claims.Existential)
	}
	return true
}

// sameTopic reports whether a and b are about the same thing (see compareRule).
func sameTopic(a, b *claims.Claim) bool {
	return a.Kind == b.Kind && a.Subject == b.Subject && a.Population == b.Population &&
		a.Variant == b.Variant && a.Scope == b.Scope && a.Attribution == b.Attribution && a.Statistic == b.Statistic
}

// comparable is sameTopic and forcesMeet: the pair may contradict.
func comparable(a, b *claims.Claim) bool { return sameTopic(a, b) && forcesMeet(a, b) }

// conflict decides whether two comparable claims contradict, and how
// surely: yes against no is an error; disjoint ranges are an error unless
// either side is approximate. A denied range ("not 90 days") contradicts an
// asserted range only when the assertion lies inside what was denied.
func conflict(a, b *claims.Claim, tol checker.Tolerance) (checker.Severity, bool) {
	// "12 to 18 treatment days" counts the days attended, which take
	// "three to four weeks" of the calendar at five a week: compared as
	// the calendar they span at three to seven days a week, and only
	// approximately.
	if attendedDays(a) != attendedDays(b) {
		a, b = asCalendar(a), asCalendar(b)
	}
	if a.Value != nil || b.Value != nil {
		if a.Value != nil && b.Value != nil && truth(a) != truth(b) {
			return checker.Error, true
		}
		return 0, false
	}
	switch na, nb := negated(a), negated(b); {
	case na && nb:
		return 0, false
	case na || nb:
		deny, say := a, b
		if nb {
			deny, say = b, a
		}
		d, s := checker.Stated(deny), checker.Stated(say)
		if d.Lo <= s.Lo && s.Hi <= d.Hi {
			return checker.Error, true
		}
		return 0, false
	}
	// The program's day from one clock time to another holds its lunch
	// and breaks: "six hours of treatment" fits "9 a.m. to 4 p.m.", on
	// one page or on two.
	if span, stated, ok := spanAndStated(a, b); ok && fitsSpan(span, stated, tol) {
		return 0, false
	}
	a, b = lowEnd(a), lowEnd(b)
	if checker.Widen(a, tol).Overlaps(checker.Widen(b, tol)) && !breaksRule(a, b) && !breaksRule(b, a) {
		return 0, false
	}
	if a.Qualifier == claims.Approx || b.Qualifier == claims.Approx {
		return checker.Warning, true
	}
	return checker.Error, true
}

// breaksRule reports an exact figure outside a minimum or maximum the
// page sets as a rule ("We require a minimum stay of 30 days" against
// "our 28-day residential program"): a rule has no slack, so the two are
// compared as written. (Two figures, or a figure and an "at least" that is
// no rule, keep the tolerance: "28 days" and "30 days" are one month.)
//
// Both must be written in one unit: "four weeks" against "a minimum stay
// of 30 days", or "12 weeks" against "a minimum of 90 days", are the same
// length said two ways. A recommended minimum is no rule.
func breaksRule(rule, c *claims.Claim) bool {
	if rule.Qualifier != claims.AtLeast && rule.Qualifier != claims.UpTo || c.Qualifier != claims.Exact || c.Min == nil || c.Max == nil ||
		rule.WrittenUnit != c.WrittenUnit || containsFold(rule.Sentence, "recommend") {
		return false
	}
	// ("Our minimum stay is 30 days": the rule's words may come before
	// its figure.)
	words := rule.Text
	if i := strings.Index(rule.Sentence, rule.Text); i >= 0 {
		words = rule.Sentence[max(0, i-30) : i+len(rule.Text)]
	}
	if !containsFold(words, "minimum") && !containsFold(words, "maximum") {
		return false
	}
	return !checker.Stated(rule).Overlaps(checker.Stated(c))
}

// lowEnd reads "as little as three days" (a floor, as claims states it)
// as the short stay it names when comparing: some stay is that short,
// which "every stay lasts at least seven days" denies. The claim is
// copied, never changed in place.
func lowEnd(c *claims.Claim) *claims.Claim {
	if c.Qualifier != claims.AtLeast || c.Min == nil || c.Max != nil {
		return c
	}
	if !hasPrefixFold(c.Text, "as little as") && !hasPrefixFold(c.Text, "as few as") && !hasPrefixFold(c.Text, "as short as") {
		return c
	}
	d := *c
	d.Max, d.Qualifier = d.Min, claims.Exact
	return &d
}

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// sameSentence reports whether two claims come from one sentence. A
// sentence that states two values for one fact lists alternatives
// ("full-day or half-day", "anywhere from 45 minutes to two hours, sometimes
// longer"); a writer does not contradict themselves mid-sentence.
func sameSentence(a, b *claims.Claim) bool {
	return a.File == b.File && a.Block == b.Block && a.Sentence == b.Sentence
}

// timetable reports whether a claim was read from clock times ("9 a.m. to
// 2 p.m."): such an entry says when one day's or one track's session runs,
// and two entries with different hours are different days or tracks
// (Tuesday and Wednesday, morning and afternoon), not a contradiction.
// Days stated beside clock times ("from 6 p.m. to 12 a.m., seven days a
// week") are a timetable's too: when something is open, not how many days
// the program meets — unless they count the program's meetings
// (meetsDays).
func timetable(c *claims.Claim) bool {
	// ("House managers are on site from 8 a.m. to 8 p.m." answers a
	// yes/no question with clock times: no timetable entry.)
	if c.Value != nil {
		return false
	}
	// "Schedule: Monday through Friday, 9:00 a.m. – 3:00 p.m." on a
	// program's fact list is the program's own day and week.
	if scheduleLabel(c.Sentence) || trackLabel(c.Sentence) || programDays.MatchString(c.Sentence) || trackLine(c) || c.WeekLine {
		return false
	}
	// "Program at a glance / Monday through Thursday, 9:30 a.m. – 12:30
	// p.m.": a fact box gives the program's own days and hours.
	// (A row headed by its days, "Tuesday and Thursday: 9 a.m.–1 p.m.",
	// is one day's timetable even there.)
	if c.FactBox && (c.Kind == claims.DaysPerWeek || c.Kind == claims.HoursPerDay) && !weekdayLabelled(c.Sentence) {
		return false
	}
	if hasClockTime(c.Text) {
		// "Our day program meets from 9 a.m. to 1 p.m., Monday through
		// Friday": the program's own day, not one group's or track's.
		// So is "Teens attend three afternoons a week, from 3:30 to 6:30
		// p.m.": when the clients come, and "Here is a typical day, 9
		// a.m. to 1 p.m.": the day the page walks through.
		return !(c.Kind == claims.HoursPerDay && (programDay.MatchString(c.Sentence) && !conditionalFuture(c.Sentence) && !seasonLabel(c.Sentence) || clientsAttend.MatchString(c.Sentence) || (groupsMeet.MatchString(c.Sentence) || typicalDay(c)) && !partOfDay(c.Sentence)))
	}
	// "Tuesday 7:30 p.m. - NA open meeting, 90 minutes": a meeting list
	// gives each meeting's length.
	if (c.Kind == claims.SessionLength || c.Kind == claims.HoursPerDay) && dayTimeOpening(c.Sentence) {
		return true
	}
	return c.Kind == claims.DaysPerWeek && hasClockTime(c.Sentence) && !meetsDays(c)
}

// dayTimeOpening reports a line that opens on a weekday and a clock time:
// "Monday 7:00 p.m. - AA Big Book study", "Sat., 10 a.m.: speaker meeting".
func dayTimeOpening(sentence string) bool {
	t := strings.TrimLeft(sentence, " -•*–—|")
	w := t
	if i := strings.IndexAny(t, " ,.:"); i > 0 {
		w = t[:i]
	}
	if !weekdayWord(strings.ToLower(w)) {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], " ,.:")
	if rest == "" || !isDigit(rest[0]) || !hasClockTime(rest[:min(len(rest), 12)]) {
		return false
	}
	// "Monday 6:00 p.m. is when each new cohort starts" is a sentence:
	// a verb follows the time.
	f := strings.Fields(strings.ToLower(rest))
	for i, w := range f {
		if i >= 6 {
			break
		}
		switch strings.Trim(w, ",.;:") {
		case "is", "are", "was", "were", "starts", "start", "begins", "begin", "marks", "will", "opens":
			return false
		}
	}
	return true
}

func weekdayWord(w string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if w == d || w == d+"s" || len(w) >= 3 && len(w) <= 4 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// weekdayLabelled reports a line whose label is days of the week:
// "Monday, Wednesday, Friday: 9 a.m.–3 p.m.".
func weekdayLabelled(sentence string) bool {
	// (A label's colon is followed by a space; a clock time's, "9:30",
	// by digits.)
	label, _, ok := strings.Cut(strings.TrimLeft(sentence, " -•*–—"), ": ")
	return ok && len(label) <= 40 && weekdayName.MatchString(label) && !hasClockTime(label) && !strings.ContainsAny(label, "0123456789")
}

// scheduleLabel reports a line labelled as the program's schedule.
func scheduleLabel(sentence string) bool {
	t := strings.TrimLeft(sentence, " -•*–—")
	// The labels are ASCII: an ASCII opening is read without lowering
	// the whole sentence, which this did for every claim of a run.
	if head := t[:min(len(t), len("program schedule |"))]; isASCII(head) {
		return slices.ContainsFunc(scheduleLabels, func(l string) bool { return len(head) >= len(l) && equalFoldASCII(head[:len(l)], l) })
	}
	t = strings.ToLower(t)
	return slices.ContainsFunc(scheduleLabels, func(l string) bool { return strings.HasPrefix(t, l) })
}

// trackLine reports a list entry that is nothing but a track's days and
// hours, in the track's section ("Adult Evening IOP" over "- Mon–Thu,
// 6:00–9:00 p.m."): the track's own week, as a labelled track line is.
func trackLine(c *claims.Claim) bool {
	// (An entry of the track's list: "Our hours / Monday–Friday, 8:00 a.m.
	// to 7:00 p.m." on an evening IOP's page is when the office opens.)
	if c.Kind != claims.DaysPerWeek || !c.Listed || !trackVariant(c.Variant) || !hasClockTime(c.Sentence) {
		return false
	}
	t := strings.TrimLeft(c.Sentence, " -•*–—")
	return strings.HasPrefix(t, c.Text) && len(strings.Fields(t)) <= 6
}

// trackLabel reports a line labelled with a track of the program:
// "Evening track: Monday through Thursday, 6:00 to 9:00 p.m." gives the
// track's days and day, no one group's.
func trackLabel(sentence string) bool {
	label, value, ok := strings.Cut(strings.TrimLeft(sentence, " -•*–—"), ":")
	if !ok || len(label) > 30 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(label))
	// ("Evening IOP: Monday through Thursday, 6:00 to 9:00 p.m.": a
	// track named by its program.)
	// ("Weekday Morning: Mon, Tue, Thu, Fri · 9:00 a.m.–12:00 p.m.",
	// "Weekend: Saturday and Sunday": a track named by its time.)
	// (A day's parts, "Morning: check-in and process group", name no
	// days: a track's line does.)
	// ("Weekend: Saturday and Sunday, plus two weekday evenings online":
	// the days named are not all the track's.)
	// ("Day Treatment (PHP): five days a week, 10 a.m.–1 p.m.":
	// the program's own line.)
	// ("IOP schedule: Tuesday to Friday, 5:30–8:30 p.m.", "Evening
	// IOP hours: …": the program's own week under a label that names it;
	// "Clinic hours: …" are the office's.)
	// (Not a line that goes on to several tracks: "IOP schedule: morning
	// track Monday, Wednesday and Friday; evening track Tuesday and
	// Thursday".)
	if l, ok := cutAnySuffix(l, " schedule", " hours", " days"); ok && (trackProgramLabel.MatchString(l) || programLabel.MatchString(l)) {
		value = strings.ToLower(value)
		return !strings.Contains(value, ";") && !strings.Contains(value, "track") && !strings.Contains(value, " or ")
	}
	return strings.HasSuffix(l, " track") || trackProgramLabel.MatchString(l) || programLabel.MatchString(l) ||
		claims.TimeTrackLabel(sentence) != "" && !strings.Contains(strings.ToLower(sentence), " plus ")
}

// cutAnySuffix cuts the first of suffixes that s ends with.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if t, ok := strings.CutSuffix(s, x); ok {
			return t, true
		}
	}
	return s, false
}

var trackProgramLabel = regexp.MustCompile(`^(?:day|daytime|evening|morning|afternoon|weekend|night|virtual|online)\s+(?:iop|php|op|program|intensive\s+outpatient|partial\s+hospitalization)$`)

// programLabel is a label that names a program and nothing else:
// "Partial Hospitalization (PHP)", "IOP", "Intensive outpatient program".
var programLabel = regexp.MustCompile(`^(?:(?:partial\s+hospitalization|intensive\s+outpatient|day\s+treatment)(?:\s+program(?:me)?)?|iop|php)(?:\s*\((?:php|iop)\))?$`)

var scheduleLabels = []string{"schedule:", "program schedule:", "weekly schedule:", "program hours:", "program day:",
	// ("Schedule | Tue, Wed, Fri · 5:30–8:30 p.m.": a fact box row.)
	"schedule |", "program schedule |", "weekly schedule |", "program hours |", "program day |"}

// clientsAttend opens on the clients attending on days and hours of the
// week: "Teens attend three afternoons a week, … from 3:30 to 6:30 p.m.".
var clientsAttend = regexp.MustCompile(`(?i)^\s*(?:our\s+|the\s+)?(?:clients|patients|teens|adolescents|adults|participants|members|students)\s+(?:attend|come\s+in)\s+(?:[a-z-]+\s+){1,2}(?:days|mornings|afternoons|evenings|nights)\s+(?:a|per|each)\s+week\b`)

// groupsMeet opens on the program's groups meeting, unqualified: "Groups
// meet Monday, Wednesday and Thursday from 6:00 to 9:00 p.m." ("Family
// groups meet on Saturdays" are one group's.)
var groupsMeet = regexp.MustCompile(`(?i)^\s*(?:our\s+|the\s+)?(?:groups|group\s+sessions)\s+(?:meet|run|are\s+held)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|weekday|every|three|four|five|two)`)

// partOfDay reports a clock range the sentence goes on past ("from 6:00
// to 7:30 p.m., followed by individual check-ins … until 9:00", "opens
// with a process group from 6 to 7:30, then …"): one part of the day.
func partOfDay(sentence string) bool {
	l := strings.ToLower(sentence)
	return strings.Contains(l, "followed by") || strings.Contains(l, " then ") || strings.Contains(l, "opens with") ||
		strings.Contains(l, "starts with") || strings.Contains(l, "begins with") || strings.Contains(l, " until ")
}

// conditionalFuture reports a program's future schedule held to a
// condition or a time: "The program will run … if enrollment keeps
// growing", "…, starting in March", "…, until the new building opens".
func conditionalFuture(sentence string) bool {
	l := strings.ToLower(sentence)
	if !strings.Contains(l, " will ") {
		return false
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' }) {
		switch w {
		case "if", "unless", "until", "pending", "starting", "beginning", "during", "once", "when", "after", "temporarily", "while":
			return true
		}
	}
	return false
}

// programDays opens on the program's own days or hours: "Program days are
// Monday, Tuesday, Thursday and Friday, from 10 a.m. to 2 p.m.".
// ("Treatment hours are 8 a.m. to 6 p.m." are when the doors are open.)
var programDays = regexp.MustCompile(`(?i)^\s*(?:our\s+)?(?:program|programme|php|iop)\s+(?:days|schedule)\s+(?:are|is|run)\b`)

// seasonLabel reports a line labelled with a season or a part of the week
// ("Summer hours: PHP runs …"): a schedule for a while, not the program's
// own day.
func seasonLabel(sentence string) bool {
	label, _, ok := strings.Cut(sentence, ":")
	if !ok || len(label) > 40 {
		return false
	}
	l := strings.ToLower(label)
	for _, w := range []string{"summer", "winter", "spring", "fall", "autumn", "holiday", "holidays", "weekend", "saturday", "sunday"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// programDay opens on the program itself meeting: "Our day program meets
// from …", "The PHP runs …", "Each PHP day runs from …", and, announced,
// "The program will run …"; also after a label of hours ("Dayton hours:
// PHP runs …").
var programDay = regexp.MustCompile(`(?i)^\s*(?:(?:[a-z]+(?:\s+[a-z]+){0,2}\s+(?:hours|schedule)|(?:hours|schedule)\s+(?:in|at)\s+[a-z]+(?:\s+[a-z]+){0,2})\s*:\s*)?(?:(?:(?:our|the)\s+(?:[a-z-]+\s+){0,2})?(?:program|programme|php|iop|day\s+program|day\s+treatment|partial\s+hospitalization(?:\s+program)?|intensive\s+outpatient(?:\s+program)?)\s+(?:meets|runs|operates|takes\s+place|will\s+(?:meet|run|operate|take\s+place))|(?:each|every|a|our)\s+(?:php|iop|program|treatment)\s+day\s+(?:runs|lasts|is))\b`)

// meetsDays reports days said of the program's own meetings beside a
// clock time ("our track meets three days a week in three-hour blocks,
// 9 a.m.-noon"): a count of meeting days, which every day of the week or
// an opening time ("answered … seven days a week") is not.
func meetsDays(c *claims.Claim) bool {
	if c.Max == nil || *c.Max >= 7 {
		return false
	}
	return (countedDays.MatchString(c.Text) || len(weekdayName.FindAllStringIndex(c.Text, 3)) >= 2) &&
		meetingVerb.MatchString(c.Sentence) && !openingVerb.MatchString(c.Sentence)
}

var (
	meetingVerb = regexp.MustCompile(`(?i)\b(?:meets?|meeting|attend|attends|held|runs?|sessions?|groups?)\b`)
	// countedDays is a count of days or meetings ("three days a week",
	// "4 evenings"), not a frequency word ("weekly house meeting every
	// Sunday at 7 p.m." times one event).
	countedDays = regexp.MustCompile(`(?i)\b(?:\d+|one|two|three|four|five|six)\b.*\b(?:days?|times|evenings?|nights?|mornings?|afternoons?|sessions?)\b`)
	// weekdayName: two or more name the days a group meets ("groups
	// meet Monday through Friday, 9 a.m. to noon"); one is a single
	// event's day ("every Sunday at 7 p.m.").
	weekdayName = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)s?\b`)
	openingVerb = regexp.MustCompile(`(?i)\b(?:open|opens|answered|answer|call|available|office|visiting|visits?)\b`)
)

// hasClockTime reports whether s names a time of day: a digit, maybe
// spaces, then "am", "a.m", "pm", "p.m" (as a word, any case) or a colon
// and two digits; or the word "noon" or "midnight". It is the regular
// expression
//
//	(?i)\d\s*(a\.?m\b|p\.?m\b|a\.m\.|p\.m\.|:\d\d)|\bnoon\b|\bmidnight\b
//
// scanned by hand (compare_test.go holds them to the same answers): the
// checks ask it of every pair of claims they compare, and the regular
// expression, with no literal to skip ahead to, took 4 % of a check run.
func hasClockTime(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
				j++
			}
			if j == len(s) {
				continue
			}
			switch {
			case s[j] == ':':
				if j+2 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) {
					return true
				}
			case s[j]|0x20 == 'a' || s[j]|0x20 == 'p':
				k := j + 1
				if k < len(s) && s[k] == '.' {
					k++
				}
				if k < len(s) && s[k]|0x20 == 'm' && (k+1 == len(s) || !isWordByte(s[k+1])) {
					return true
				}
			}
		case c|0x20 == 'n' || c|0x20 == 'm':
			if (i == 0 || !isWordByte(s[i-1])) && (isWordAt(s, i, "noon") || isWordAt(s, i, "midnight")) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordAt reports whether the lower-case ASCII word w is at s[i:], in
// any case, with no word character after it.
func isWordAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return false
		}
	}
	return i+len(w) == len(s) || !isWordByte(s[i+len(w)])
}

// inVoice reads a page's unmarked statements about a program in the
// voice the page uses for that program. On a page where the provider
// speaks of its own IOP ("our IOP meets three days a week"), a plain
// "IOP clients attend 9 to 15 hours a week" is about the same IOP, not
// about programs in general, so within one page both are compared as the
// provider's. Attributed statements ("ASAM defines …") and hedged or
// illustrative ones keep their scope, and so do generalisations marked as
// such ("IOPs typically last 12 weeks", "most programs"): those speak of
// programs in general even on a provider's page.
//
// offered are programs the page says its provider runs, whose unmarked
// figures are lifted too (across pages only: see across-pages' doc).
//
// It appends to ptrs a pointer to each of the page's claims, or to a
// copy appended to copies for a claim the page's voice lifts: cs is never
// changed, and only what changes is copied (copying a page's every claim
// whenever one was lifted was a fifth of what the checks allocated).
func inVoice(d *checker.DocClaims, offered []claims.Subject, ptrs []*claims.Claim, copies []claims.Claim) ([]*claims.Claim, []claims.Claim) {
	cs := soleNamedLength(d.Claims, d.Address)
	return voicedBy(cs, ownVoice(cs, offered, articleAddress(d.Address)), ptrs, copies)
}

// voicedBy is inVoice with the claims read and the page's voice known.
func voicedBy(cs []claims.Claim, lift []bool, ptrs []*claims.Claim, copies []claims.Claim) ([]*claims.Claim, []claims.Claim) {
	n := 0
	for _, l := range lift {
		if l {
			n++
		}
	}
	// Grown to n first, so no pointer taken below goes stale.
	copies = slices.Grow(copies, n)
	for i := range cs {
		if lift != nil && lift[i] {
			copies = append(copies, cs[i])
			c := &copies[len(copies)-1]
			c.Scope = claims.Provider
			ptrs = append(ptrs, c)
			continue
		}
		ptrs = append(ptrs, &cs[i])
	}
	return ptrs, copies
}

// voiced is inVoice in g's buffers, good until its next call: the checks
// that group one page after another keep nothing of it.
func (g *grouper) voiced(p *checker.Pass, i int) []*claims.Claim {
	// (Within a page, only figures in the provider's voice lift others:
	// lifting the figures of a page that only says it runs the program
	// split its statements of one program into two scopes, and hid
	// contradictions between them.)
	d := p.Docs[i]
	cs := soleNamedLength(d.Claims, d.Address)
	g.ptrs, g.copies = voicedBy(cs, pageVoice(p, i, cs), g.ptrs[:0], g.copies[:0])
	return g.ptrs
}

// pageVoice is ownVoice of the claims cs (soleNamedLength's) of page i
// of the run, with no programs offered, read once a run: five checks ask
// it of every page, and reading it was most of what grouping a page cost
// them. (A slot a page: the run's pages are read by several checks at
// once, and at 100,000 pages a map of them cost megabytes.)
func pageVoice(p *checker.Pass, i int, cs []claims.Claim) []bool {
	read := p.Shared("page voice", func() any { return make([]atomic.Pointer[[]bool], len(p.Docs)) }).([]atomic.Pointer[[]bool])
	if lift := read[i].Load(); lift != nil {
		return *lift
	}
	lift := ownVoice(cs, nil, articleAddress(p.Docs[i].Address))
	if lift == nil {
		read[i].Store(&noLift)
	} else {
		read[i].Store(&lift)
	}
	return lift
}

// noLift is the voice of a page none of whose claims it lifts.
var noLift []bool

// pointers is cs as byKey takes it.
func pointers(cs []claims.Claim) []*claims.Claim {
	out := make([]*claims.Claim, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}

// clockedOwn reports a program's hours given by the clock ("| Adult IOP
// | 6:00–9:00 p.m. |", "meets Tuesday and Thursday, 6 to 9 p.m."): only a
// program someone runs has a timetable, so the page speaks of its own.
// ("A typical PHP day runs from 9 a.m. to 3 p.m." describes programs of
// the kind, as an article does.)
func clockedOwn(c *claims.Claim) bool {
	return c.Kind == claims.HoursPerDay && c.Subject != claims.Other && c.Subject != claims.IndividualTherapy && c.Subject != claims.GroupTherapy && c.Attribution == "" && acrossForce(c) &&
		hasClockTime(c.Text) && !generalisingClaim(c) && !typicalDay(c) && usable(c)
}

// typicalDay reports a clock time said of "a typical" or "an average" day.
func typicalDay(c *claims.Claim) bool {
	k := strings.Index(c.Sentence, c.Text)
	if k < 0 {
		k = len(c.Sentence)
	}
	if m, ok := asciiWordMatch(c.Sentence[:k], typicalDayCues); ok {
		return m
	}
	pre := strings.ToLower(c.Sentence[:k])
	return strings.Contains(pre, "a typical ") || strings.Contains(pre, "an average ")
}

var typicalDayCues = []string{"a typical", "an average"}

// ownVoice reports, claim by claim, the unmarked statements inVoice
// reads as the provider's; nil when there are none.
func ownVoice(cs []claims.Claim, offered []claims.Subject, article bool) []bool {
	// The subjects a page speaks of are few: a slice on the stack, not a
	// map per page and check.
	var buf [8]claims.Subject
	own := buf[:0]
	for i := range cs {
		// ("Ironwood Ridge does not provide detox": a program the
		// provider says it does not run is not its own; the page's detox
		// lengths stay programs' in general.)
		if c := &cs[i]; (c.Scope == claims.Provider && !denial(c) && (force(c) != claims.Conditional || ownCondition(c.Sentence)) || clockedOwn(c)) && !slices.Contains(own, c.Subject) {
			own = append(own, c.Subject)
		}
	}
	// ("We offer IOP and PHP": the programs the page says its provider
	// runs are its own too, though more loosely: "Clients in an IOP
	// attend 9 to 15 hours a week" still speaks of IOPs in general.)
	byFigure := len(own)
	for _, s := range offered {
		own = appendNew(own, s)
	}
	if len(own) == 0 {
		return nil
	}
	var lift []bool
	var levels map[int]bool
	var tables []bool
	var ownSecs map[sectionSubject]bool
	for i := range cs {
		c := &cs[i]
		if c.Scope == claims.General && slices.Contains(own, c.Subject) && c.Attribution == "" && acrossForce(c) && (!generalisingClaim(c) || hedgedAnswer(c)) && usable(c) && !countered(cs, c) {
			if levels == nil {
				levels = levelsSideBySide(cs)
			}
			if levels[c.Block] {
				continue
			}
			// "PHP | 5 | 3–4 | Home / IOP | 3–5 | 3 | Home": a table or
			// list setting levels side by side in an article compares
			// levels of care, whatever the author says of its own.
			// ("Standard outpatient" over "an hour of counseling once or
			// twice a week" on a blog whose later section says how the
			// provider does it: the level explained in general. On an
			// article only the sections where the provider speaks of its
			// own program are its own.)
			if article && !c.OwnSection {
				if ownSecs == nil {
					ownSecs = providerSections(cs)
				}
				if !ownSecs[sectionSubject{c.Section, c.Subject}] {
					continue
				}
			}
			if article && c.Listed {
				if tables == nil {
					tables = listedLevels(cs)
				}
				if tables[i] {
					continue
				}
			}
			if !slices.Contains(own[:byFigure], c.Subject) && (indefiniteProgram.MatchString(c.Sentence) && !labelledDescription.MatchString(c.Sentence) || definingSentence.MatchString(c.Sentence)) {
				continue
			}
			if lift == nil {
				lift = make([]bool, len(cs))
			}
			lift[i] = true
		}
	}
	return lift
}

// sectionSubject is a program in a section (the blocks under one heading).
type sectionSubject struct {
	section int
	subject claims.Subject
}

// providerSections are the sections where the provider speaks of its own
// program, by program: a claim of the provider's that denies nothing.
func providerSections(cs []claims.Claim) map[sectionSubject]bool {
	out := map[sectionSubject]bool{}
	for i := range cs {
		if o := &cs[i]; o.Scope == claims.Provider && !denial(o) {
			out[sectionSubject{o.Section, o.Subject}] = true
		}
	}
	return out
}

// countered reports a rule the page states of a program in general
// ("detox always means nights on a ward") and answers itself with a
// general exception ("some mild cases detox by day and go home at
// night"): the two are the page's account of programs in general,
// compared as such, so the rule is not lifted to the provider's.
func countered(cs []claims.Claim, c *claims.Claim) bool {
	if force(c) != claims.Universal || c.Value == nil {
		return false
	}
	for i := range cs {
		o := &cs[i]
		if o.Kind == c.Kind && o.Subject == c.Subject && o.Scope == claims.General && o.Value != nil && *o.Value != *c.Value &&
			force(o) == claims.Existential && o.Attribution == "" {
			return true
		}
	}
	return false
}

// hedgedAnswer reports an answer or fact line that opens on a hedge and
// says nothing of programs in general: "How long is OP? Usually about 8
// weeks", "Typically three evenings a week." On a page where the provider
// speaks of its own program, the hedge rounds the provider's figure. (A
// sentence naming programs in the plural or "an IOP" still generalises.)
//
// The question must be in the claim's own sentence, where it can be read:
// one on a line or heading of its own ("How long do IOPs last at most
// treatment centers?") is out of sight.
func hedgedAnswer(c *claims.Claim) bool {
	t := c.Sentence
	k := strings.LastIndex(t, "? ")
	if k < 0 {
		return false
	}
	t = t[k+2:]
	t = strings.TrimLeft(t, " -•*–—:")
	w := t
	if k := strings.IndexAny(t, " ,"); k > 0 {
		w = t[:k]
	}
	switch strings.ToLower(w) {
	case "usually", "typically", "normally", "generally":
	default:
		return false
	}
	// (The question counts too: "How long do IOPs last? Usually …".)
	if m, ok := asciiWordMatch(c.Sentence, pluralPrograms); m || !ok || generalCue.MatchString(c.Sentence[:len(c.Sentence)-len(t)]) {
		return false
	}
	if indefiniteProgramCue.MatchString(t) {
		return false
	}
	lt := strings.ToLower(t)
	for _, g := range []string{"in general", "average", "across the country", "nationwide", "nationally", "in the u.s", "in the us", "industry", "most states"} {
		if strings.Contains(lt, g) {
			return false
		}
	}
	return true
}

// indefiniteProgram is a program named with an indefinite article: "an
// IOP", "a day program", "any residential treatment".
var indefiniteProgram = regexp.MustCompile(`(?i)\b(?:an?|any)\s+(?:(?:intensive|outpatient|partial|hospitalization|residential|inpatient|day|evening|morning|adult|teen|adolescent|medical|medically|supervised|structured|substance|addiction|virtual|standard|typical|weekend|treatment)\s+){0,3}(?:program|programme|iop|php|treatment|facility|center|centre|rehab|detox)\b`)

// labelledDescription is a line labelled with its program and described
// with an indefinite article: "Partial Hospitalization (PHP) — a
// structured day program, five days a week". The article describes the
// program the label names; it does not speak of such programs in general.
var labelledDescription = regexp.MustCompile(`^[^.—–:]{2,60}?\s[—–-]\s+an?\s`)

// definingSentence is a sentence that defines a level of care: "IOP is a
// level of care in which clients attend three days a week", "PHP refers
// to …".
var definingSentence = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:level|type|form|kind|category|step)\s+of\b|\brefers?\s+to\b|\b(?:is|are)\s+defined\s+as\b|\bstands?\s+for\b`)

var indefiniteProgramCue = regexp.MustCompile(`(?i)\b(?:an?|any|most|many|some)\s+(?:[a-z-]+\s+){0,3}?(?:program|programme|iop|php|op|treatment|facility|center|centre|rehab|detox|stay|client|clients|people|patients)\b`)

// listedLevels marks the claims of runs of listed entries (a table's
// rows, a list's items: blocks close together) that name two or more
// programs.
func listedLevels(cs []claims.Claim) []bool {
	// A row's label and its cells that state nothing are blocks too.
	const maxEntryGap = 4
	out := make([]bool, len(cs))
	for i := 0; i < len(cs); {
		if !cs[i].Listed {
			i++
			continue
		}
		j := i + 1
		for j < len(cs) && cs[j].Listed && cs[j].Block-cs[j-1].Block <= maxEntryGap {
			j++
		}
		var first claims.Subject
		many := false
		for k := i; k < j; k++ {
			switch cs[k].Subject {
			case claims.IOP, claims.PHP, claims.OP, claims.Residential, claims.Detox:
				if first == claims.NoSubject {
					first = cs[k].Subject
				} else if cs[k].Subject != first {
					many = true
				}
			}
		}
		for k := i; many && k < j; k++ {
			out[k] = true
		}
		i = j
	}
	return out
}

// levelsSideBySide reports the blocks that set three or more levels of
// care side by side in general terms, with no statement of the provider's
// own and no first person: "Partial hospitalization (PHP) provides at
// least 20 hours a week … Intensive outpatient (IOP) provides 9 to 19
// hours … Standard outpatient care is fewer than 9 hours" defines the
// levels, even on a page that goes on to describe the provider's.
func levelsSideBySide(cs []claims.Claim) map[int]bool {
	// Claims come block by block: each run of one block is read once,
	// and its sentences only when the run names three levels (most name
	// one), since every check reads a page's voice.
	var out map[int]bool
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Block == cs[i].Block {
			j++
		}
		if levelsDefined(cs[i:j]) {
			if out == nil {
				out = map[int]bool{}
			}
			out[cs[i].Block] = true
		}
		i = j
	}
	return out
}

// levelsDefined reports the claims of one block defining three or more
// levels: no claim of the provider's own, no first person, and each level
// bounded ("at least 20 hours", "9 to 19 hours", "fewer than 9") or the
// block saying what it defines. A summary of the provider's own programs
// in the third person gives their figures ("Residential treatment lasts
// 30 days. Intensive outpatient meets three evenings a week").
func levelsDefined(cs []claims.Claim) bool {
	var buf [5]claims.Subject
	subjects := buf[:0]
	spans, figures := 0, 0
	for i := range cs {
		c := &cs[i]
		if c.Scope == claims.Provider {
			return false
		}
		switch c.Subject {
		case claims.IOP, claims.PHP, claims.OP, claims.Residential, claims.Detox:
			if !slices.Contains(subjects, c.Subject) {
				subjects = append(subjects, c.Subject)
			}
		}
		if c.Value == nil {
			figures++
			if c.Qualifier == claims.AtLeast || c.Qualifier == claims.UpTo || c.Min != nil && c.Max != nil && *c.Min != *c.Max {
				spans++
			}
		}
	}
	if len(subjects) < 3 {
		return false
	}
	named := false
	for i := range cs {
		if firstPersonWords(cs[i].Sentence) {
			return false
		}
		named = named || levelsNamed.MatchString(cs[i].Sentence)
	}
	return named || 2*spans >= figures
}

// levelsNamed is a sentence naming what a paragraph of levels defines.
var levelsNamed = regexp.MustCompile(`(?i)\blevels?\s+of\s+care\b|\bASAM\b|\bdefined\b|\bdefinition\b|\bacross\s+the\s+(?:industry|country)\b|\bnationally\b`)

// asCalendar is a length in days attended as the span of the calendar it
// takes at three to seven days a week, approximately; any other claim as
// it is. The claim is copied, never changed.
func asCalendar(c *claims.Claim) *claims.Claim {
	if !attendedDays(c) {
		return c
	}
	cp := *c
	if c.Max != nil {
		hi := *c.Max * 7 / 3
		cp.Max = &hi
	}
	cp.Qualifier = claims.Approx
	return &cp
}

// attendedDays reports a program length counted in the days a client
// attends: "10 to 15 program days", "20 treatment-days", "12 days of
// programming". (A live-in program's days are the calendar's: "90 program
// days" of residential care.)
func attendedDays(c *claims.Claim) bool {
	return c.Kind == claims.ProgramLength && c.Subject != claims.Residential && c.Subject != claims.Detox && attendedDaysText.MatchString(c.Text)
}

var attendedDaysText = regexp.MustCompile(`(?i)\b(?:program|programme|treatment|session|attendance|clinical|group)[\s-]+days\b|\bdays\s+of\s+programming\b`)

// ownCondition reports a condition put in the provider's own words: "Our
// residential program may be right for you if …", "At Pineview, the
// evening IOP may suit you if …" name a program the provider runs; "IOP
// may fit if you do not need detox" names none.
func ownCondition(sentence string) bool {
	return firstPersonWords(sentence) || strings.HasPrefix(strings.TrimLeft(sentence, " "), "At ")
}

// firstPersonWords reports the provider speaking: "we", "our", "us".
func firstPersonWords(sentence string) bool {
	m, ok := asciiWordMatch(sentence, []string{"we", "our", "us", "ours"})
	if !ok {
		return firstPerson.MatchString(sentence)
	}
	return m
}

var firstPerson = regexp.MustCompile(`(?i)\b(?:we|our|us|ours)\b`)

// denial reports the provider's word that it does not run detox ("Our
// IOP does not offer detox" denies detox in the IOP, not the IOP).
func denial(c *claims.Claim) bool {
	return c.Kind == claims.DetoxOffered && c.Subject == claims.Detox && c.Value != nil && !*c.Value
}

// soleNamedLength reads a length written as a program's name ("Pinecrest
// offers a 28-day residential program") as the program's length when it
// is the only such name the page gives its program: "our 30-day and
// 60-day programs" are two programs, but one named length beside "stays
// last 45 to 60 days for every guest" is one program said to last both.
// The claims are copied when changed, never changed in place.
func soleNamedLength(cs []claims.Claim, addr string) []claims.Claim {
	names := map[claims.Subject]map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.ProgramLength || c.Variant != "" || c.Predicate {
			continue
		}
		if v := variantOf(c); v != "" {
			if names[c.Subject] == nil {
				names[c.Subject] = map[string]bool{}
			}
			names[c.Subject][v] = true
		}
	}
	// "Our residential program lasts 60 days for clients with a dual
	// diagnosis": a page that gives a length to a group of its clients
	// runs more than one program of the kind, and "our 30-day
	// residential program" is one of them.
	grouped := map[claims.Subject]bool{}
	for i := range cs {
		if c := &cs[i]; c.Kind == claims.ProgramLength && forGroup(c) {
			grouped[c.Subject] = true
		}
	}
	var out []claims.Claim
	for i := range cs {
		c := &cs[i]
		if c.Kind != claims.ProgramLength || c.Variant != "" || c.Predicate || len(names[c.Subject]) != 1 || variantOf(c) == "" ||
			!offersOne(c, addr) || grouped[c.Subject] && ourNamed(c) {
			continue
		}
		if out == nil {
			out = make([]claims.Claim, len(cs))
			copy(out, cs)
		}
		out[i].Predicate = true
	}
	if out == nil {
		return cs
	}
	return out
}

// offersOne reports a named length the provider offers as its program
// ("offers a 28-day residential program"); "Our 30-day program suits most
// clients" names one program among others.
//
// addr is the page's address ("" when unknown): the provider's name in
// the possessive ("Northgate's six-week PHP" on northgaterecovery.org)
// names its program as "our" does.
func offersOne(c *claims.Claim, addr string) bool {
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 {
		return false
	}
	if offerBefore.MatchString(c.Sentence[:i]) {
		return true
	}
	// "A 30-day residential stay in the foothills above Merrow.": a
	// headline's pitch of the page's program, no verb in it.
	if t := strings.TrimSpace(c.Sentence[:i]); (t == "A" || t == "An") && c.Block <= 3 && taglineWords(c.Sentence) {
		return true
	}
	// ("Jordan's 28-day residential stay" on jordanrecovery.example's
	// stories is a client's stay: the name must head a program, on a
	// page that presents one.)
	m := possessiveBefore.FindStringSubmatch(c.Sentence[:i])
	if m == nil || !namesProgramAfter(c.Sentence[i+len(c.Text):]) || articleAddress(addr) {
		return false
	}
	name := strings.ToLower(strings.ReplaceAll(m[1], " ", ""))
	return len(name) >= 4 && strings.Contains(hostLetters(addr), name)
}

// taglineWords reports a short line without a verb: "A 30-day
// residential stay in the foothills" pitches, "A 30-day program is not
// enough for most people" states.
func taglineWords(t string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(t, ".!")))
	if len(words) > 14 {
		return false
	}
	for _, w := range words {
		switch strings.Trim(w, ",;:") {
		// (Nor a story's or history's: "An 18-month residential program
		// in another state, then a relapse.", "A 14-day program when we
		// opened in 1998.")
		case "then", "when", "after", "before", "since", "until", "ago", "another", "other", "former", "once",
			"is", "are", "was", "were", "be", "isn't", "aren't", "can", "may", "might", "will", "would", "should", "must",
			"do", "does", "don't", "doesn't", "has", "have", "had", "last", "lasts", "run", "runs", "offer", "offers", "gives", "give", "help", "helps", "work", "works":
			return false
		}
	}
	return true
}

// namesProgramAfter reports a program's noun within the few words after
// a named length: "six-week Partial Hospitalization Program", "28-day
// residential track".
func namesProgramAfter(rest string) bool {
	words := strings.Fields(strings.ToLower(rest))
	for i, w := range words {
		if i == 5 {
			break
		}
		w = strings.Trim(w, ".,;:()")
		switch w {
		case "program", "programme", "programs", "track", "iop", "php":
			return true
		}
	}
	return false
}

// possessiveBefore is a capitalised name of one to three words in the
// possessive right before a figure.
var possessiveBefore = regexp.MustCompile(`\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})['’]s\s+$`)

// hostLetters is the lowercase letters and digits of an address's host:
// "northgaterecoverygroup" for "northgate-recovery-group.org/php".
func hostLetters(addr string) string {
	host, _, _ := strings.Cut(addr, "/")
	if k := strings.LastIndexByte(host, '.'); k > 0 {
		host = host[:k]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ourNamed reports a length named with "our" ("Our 28-day residential
// program …") rather than offered ("offers a 28-day program").
func ourNamed(c *claims.Claim) bool {
	i := strings.Index(c.Sentence, c.Text)
	return i >= 0 && strings.HasSuffix(strings.ToLower(strings.TrimRight(c.Sentence[:i], " ")), "our")
}

// forGroup reports a length given to a group of clients: "60 days for
// clients with a dual diagnosis".
func forGroup(c *claims.Claim) bool {
	i := strings.Index(c.Sentence, c.Text)
	return i >= 0 && groupAfter.MatchString(c.Sentence[i+len(c.Text):])
}

var groupAfter = regexp.MustCompile(`(?i)^\s*(?:[a-z-]+\s+){0,3}?for\s+(?:clients|people|those|residents|patients|anyone|adults|men|women|veterans|guests)\s+(?:with|who)\b`)

// offerBefore ends on the words that make a named length the program's:
// "offers a", "our", "is built around a" ("Our residential program is
// built around a 28-day stay").
var offerBefore = regexp.MustCompile(`(?i)\b(?:(?:offers?|provides?|runs?|operates?|is|(?:is\s+)?(?:built|designed|structured|organized|organised|planned)\s+around)\s+(?:a|an)|our)\s+$`)

// generalisingClaim is generalising said of the words up to the claim's
// figure and the plural program nouns anywhere: "PHP clients attend three
// days a week, typically Monday, Wednesday and Friday" names the usual
// days of the page's PHP, it does not generalise over programs.
func generalisingClaim(c *claims.Claim) bool {
	k := strings.Index(c.Sentence, c.Text)
	if k < 0 {
		return generalising(c.Sentence)
	}
	if generalising(c.Sentence[:k]) {
		return true
	}
	// ("Eight weeks is typical for IOP", "six to eight weeks is common
	// in the field": the figure said to be the usual one.)
	if typicalAfter(c.Sentence[k+len(c.Text):]) {
		return true
	}
	m, ok := asciiWordMatch(c.Sentence[k:], pluralPrograms)
	if !ok {
		return generalising(c.Sentence[k:])
	}
	return m
}

// typicalAfter reports the words right after a figure saying it is the
// usual one: " is typical", " is common in the field", " is the norm".
func typicalAfter(rest string) bool {
	for _, p := range typicalPredicates {
		if len(rest) > len(p) && equalFoldASCII(rest[:len(p)], p) && !isWordByte(rest[len(p)]) {
			// ("Eight weeks is typical here", "… is standard in our
			// IOP": the provider's own usual.)
			after := strings.ToLower(rest[len(p):])
			return !strings.HasPrefix(after, " here") && !strings.HasPrefix(after, " at our") && !strings.HasPrefix(after, " in our") && !strings.HasPrefix(after, " for our") && !strings.HasPrefix(after, " with us")
		}
	}
	return false
}

var typicalPredicates = []string{" is typical", " are typical", " is common", " are common", " is most common", " is the most common", " is the norm", " is usual", " is the usual", " is standard"}

var pluralPrograms = []string{"programs", "iops", "phps", "facilities", "centers", "centres"}

// generalising reports whether a sentence marks itself as a statement
// about programs in general.
func generalising(sentence string) bool {
	if nationalOpening(sentence) || usualProgram.MatchString(sentence) {
		return true
	}
	if m, ok := asciiWordMatch(sentence, generalCues); ok {
		return m
	}
	return generalCue.MatchString(sentence)
}

// usualProgram names the usual kind of program, set against the
// provider's own: "The usual IOP meets on three to five days each week. Ours
// meets twice." ("The typical day in our PHP" is the provider's day, and
// has no program word after the cue.)
// ("A typical IOP meets three days a week", "the traditional IOP model is
// three days a week" too; not "a standard IOP", which may be the
// provider's standard track.)
var usualProgram = regexp.MustCompile(`(?i)\b(?:the|a|an)\s+(?:usual|typical|customary|traditional|conventional|average)\s+(?:adult\s+)?(?:iop|php|intensive\s+outpatient|partial\s+hospitali[sz]ation|outpatient|residential|rehab|treatment\s+program|program)\b`)

// nationalCues name the country as a figure's scope.
var nationalCues = []string{"nationally", "nationwide", "across the country", "across the u.s.", "in the united states", "in the u.s."}

// national reports a figure said of programs across the country, wherever
// the sentence says so ("Across the country, most intensive outpatient
// programs run for 8 to 12 weeks", "the national average"): a reader can
// tell it from what one page says of the site's own program.
func national(c *claims.Claim) bool {
	l := strings.ToLower(c.Sentence)
	return slices.ContainsFunc(nationalCues, func(p string) bool { return strings.Contains(l, p) }) ||
		strings.Contains(l, "national average") || strings.Contains(l, "industry-wide") || strings.Contains(l, "across the industry")
}

// nationalOpening reports a sentence opening on the country as its scope:
// "Nationally, most partial hospitalization stays last two to three
// weeks", "Across the country, …". (Said of something else, "a nationally
// known curriculum", "clients from across the country", it is no cue.)
func nationalOpening(sentence string) bool {
	t := strings.TrimLeft(sentence, " \t•*-–—")
	for _, p := range nationalCues {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && (t[len(p)] == ',' || t[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// generalCues are generalCue's alternatives, lowercase. Four checks ask
// generalising of every claim, and the regular expression was most of the
// time the checks took; asciiWordMatch answers the same for ASCII text.
// "Most" and "many" count clients as often as programs: "most programs"
// generalises by its noun, "most clients complete our program in 10
// weeks" speaks of the provider's clients.
var generalCues = []string{"typically", "usually", "generally", "in general", "normally", "often",
	"commonly", "on average", "the average", "programs", "iops", "phps",
	"facilities", "centers", "centres",
	// "In a traditional PHP, clients go back to their own homes each
	// evening. Ours works differently": the usual kind, set against the
	// provider's own.
	"a traditional", "in traditional", "a conventional", "in conventional",
	// "The national average for IOP is about nine hours a week": the
	// country's, set against the provider's own. (See nationalOpening.)
	"national average"}

// asciiWordMatch reports whether one of words (lowercase ASCII letters and
// spaces) occurs in s as a whole word, letter case aside, exactly as
// `(?i)\b(word|word…)\b` would; ok is false when s has a non-ASCII byte,
// where the expression's Unicode case folding ("ſ" for "s") could differ.
func asciiWordMatch(s string, words []string) (match, ok bool) {
	if !isASCII(s) {
		return false, false
	}
	for i := range asciiWordStarts(s, &wordBytes) {
		rest := s[i:]
		for _, w := range words {
			if len(rest) >= len(w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) && equalFoldASCII(rest[:len(w)], w) {
				return true, true
			}
		}
	}
	return false, true
}

// asciiWordPrefix reports whether a word of s (a run of ASCII letters)
// starts with one of stems, lower-case: strings.FieldsFunc over
// strings.ToLower(s) splitting at all but a to z, without allocating. ok
// is false when s is not ASCII.
func asciiWordPrefix(s string, stems []string) (match, ok bool) {
	if !isASCII(s) {
		return false, false
	}
	for i := range asciiWordStarts(s, &letterBytes) {
		for _, p := range stems {
			if len(s)-i >= len(p) && equalFoldASCII(s[i:i+len(p)], p) {
				return true, true
			}
		}
	}
	return false, true
}

// asciiWordStarts yields where each word of s starts: a byte inWord holds
// after one it does not. inWord is a table, not a function: it is read
// twice a byte.
func asciiWordStarts(s string, inWord *[256]bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < len(s); i++ {
			if inWord[s[i]] && (i == 0 || !inWord[s[i-1]]) && !yield(i) {
				return
			}
		}
	}
}

// wordBytes and letterBytes hold isWordByte and isLetter for every byte.
var wordBytes, letterBytes = byteTable(isWordByte), byteTable(isLetter)

func byteTable(f func(byte) bool) (t [256]bool) {
	for c := range t {
		t[c] = f(byte(c))
	}
	return t
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isWordByte is \w in RE2: ASCII letters, digits and underscore.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// equalFoldASCII compares s with lower, which is lowercase.
func equalFoldASCII(s, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

var generalCue = regexp.MustCompile(`(?i)\b(typically|usually|generally|in general|normally|often|commonly|on average|the average|programs|IOPs|PHPs|facilities|centers|centres|a traditional|in traditional|a conventional|in conventional|national average|the\s+(?:usual|typical|customary)\s+(?:adult\s+)?(?:iop|php|intensive\s+outpatient|partial\s+hospitali[sz]ation|outpatient|residential|rehab|treatment\s+program|program))\b`)

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}
