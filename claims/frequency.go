package claims

import (
	"sort"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// frequencyWords turns "daily" and "weekly" into days a week where they
// say how often a program meets: "daily group therapy", "meets on a
// daily basis", "weekly outpatient sessions". Daily is read as 5–7 days,
// approximately (programs say "daily" of weekdays as often as of every
// day); weekly as once. The word must govern a meeting noun or follow a
// meeting verb, because "daily life" and "weekly newsletter" are not
// schedules.
func frequencyWords(lower, masked string, qs []quantity.Quantity) []quantity.Quantity {
	var out []quantity.Quantity
	for _, f := range frequencyCues {
		for i := range wordIndexes(masked, f.word) {
			if ratePrefixed(masked, i) {
				continue
			}
			// "Residents attend 15 classes weekly": a count of meetings a
			// week, which the count reads; the word is no single day.
			if weeklyWord(f.word) && countedMeetingsBefore(lower, i) {
				continue
			}
			end := i + len(f.word)
			ok := false
			if wordBefore(masked, i) == "a" && wordBefore(masked, i-2) == "on" && wordAfter(masked, end) == "basis" {
				i = indexFrom(masked[:i], "on", max(i-6, 0))
				end = end + 1 + len("basis")
				// ("These habits, once applied on a daily basis, keep
				// …": how a practice is kept up, not when a program
				// meets.)
				ok = i >= 0 && !practiceVerbs[wordBefore(masked, i)]
				// ("people who can keep functioning at work and at home on
				// a daily basis": the clients' own life, not when a
				// program meets.)
				if ok {
					lo, _ := clauseBounds(lower, i, end)
					ok = !lifeVerbBefore(masked[lo:i])
				}
			} else {
				// "9 hours of weekly care", "three hours of daily group
				// therapy": the word is the rate of the hours before it.
				// ("weekly or biweekly sessions": the meeting named past a
				// rarer alternative.)
				// "more than a weekly counseling appointment", "weekly
				// counseling isn't enough": standard outpatient care,
				// held up against the program.
				compared := weeklyWord(f.word) && comparedWithWeekly(masked, &quantity.Quantity{Start: i, End: end, Min: 1, Max: 1, HasMax: true, Per: quantity.Week})
				ok = wordBefore(masked, i) != "of" && (meetingVerbs[wordBefore(masked, i)] || meetingNounAfter(masked, end) || weeklyWord(f.word) && meetingNounAfter(masked, pastLessOften(lower, end)) || attendedObject(masked, i)) ||
					f.word == "every day of the week" || compared
				// ("once-a-week therapy" is weekly care only held up against
				// the program, "a step up from once-a-week therapy", or
				// named as the usual kind, "traditional once-per-week
				// counseling"; "- Slow progress in once-a-week therapy"
				// under a list of signs says how often someone's therapy
				// met.)
				if ok && f.word != "weekly" && weeklyWord(f.word) && !compared && !outpatientModifiers[wordBefore(masked, i)] && !heldUpAgainst(masked[:i]) {
					ok = false
				}
				// "steady support rather than intensive daily treatment",
				// "instead of daily sessions": the alternative set aside.
				// (Weekly care set aside is outpatient care, read by
				// comparedWithWeekly.)
				if ok && !weeklyWord(f.word) && setAside(masked, i) {
					ok = false
				}
				// "combines evidence-based therapy with a weekly outdoor
				// session": how often one part of the program meets. ("plus
				// a weekly individual session" is the therapy's own.)
				if ok && (weeklyWord(f.word) || f.word == "daily") && wordBefore(masked, i) == "a" && !hasWord(masked[end:min(len(masked), end+30)], partsOwned...) && !sessionNouns[wordAfter(masked, end)] {
					switch wordBefore(masked, lastIndex(masked[:i], "a")) {
					case "with", "plus", "includes", "including", "adds", "add":
						ok = false
					}
				}
				// "visit the clinic each day", "checking in with a clinic
				// daily": a visit to a place, however its words fall.
				// "Your treatment team meets weekly to decide …": the
				// staff's meeting, not the program's.
				if ok && staffMeets(masked, i) {
					ok = false
				}
				// "Progress is reviewed at a weekly care-team meeting": the
				// staff's own meeting, named after the word.
				if ok && staffMeetingAfter.MatchString(masked[end:]) {
					ok = false
				}
				// "Payers seldom set a cap on the weekly care a program
				// gives": the amount a week, not a meeting once a week.
				if ok && amountNouns[wordAfter(masked, end)] && limitOn.MatchString(masked[max(0, i-40):i]) {
					ok = false
				}
				// "Weekly programming starts at 6 am and ends by 9 pm":
				// the week's programming and its day's hours, not a
				// meeting once a week.
				if ok && f.word == "weekly" && weekDayHours.MatchString(lower[end:]) {
					ok = false
				}
				// "Weekly house meetings build community": a house's own
				// meeting, as a rule of living there, not a program's.
				if ok && houseMeetingNext.MatchString(masked[end:]) {
					ok = false
				}
				// "the clinical team has weekly planning meetings": meetings
				// the staff hold, named after the word.
				if ok && staffHolds.MatchString(masked[:i]) && staffHeldMeeting.MatchString(masked[end:]) {
					ok = false
				}
				if f.word == "every day" || f.word == "each day" {
					// ("After each day of treatment" times a day's end.)
					ok = meetingVerbs[wordBefore(masked, i)] && wordBefore(masked, i) != "is" && wordBefore(masked, i) != "are"
				}
				// ("Breakfast is provided each day", "Meals are served
				// daily": food given out, however often, not a day of the
				// program.)
				if ok && !weeklyWord(f.word) {
					if lo, _ := clauseBounds(masked, i, end); hasWord(masked[lo:i], mealWords...) {
						ok = false
					}
				}
				// "where recovery meets everyday life": the adjective, a
				// noun after it; "meet everyday at 9" is the adverb.
				if ok && f.word == "everyday" {
					if w := wordAfter(masked, end); w != "" && !adverbFollowers[w] {
						ok = false
					}
				}
				if !ok && (f.word == "daily" || f.word == "every day" || f.word == "each day") && clinicVisit.MatchString(masked[max(0, i-60):i]) {
					ok = true
				}
				// "Family session weekly.", "Individual therapy weekly":
				// the frequency closing a fragment about a meeting.
				if !ok && weeklyWord(f.word) && (sessionNouns[wordBefore(masked, i)] || wordBefore(masked, i) == "therapy") && fragmentEnd(masked, end) && wordCount(masked) <= 6 {
					ok = true
				}
				if f.word == "every week" || f.word == "every weekday" || f.word == "each weekday" {
					// "meet one-on-one with a counselor every week", "one
					// individual session every week": only after a
					// meeting, a session or a person met.
					pre := masked[max(0, i-60):i]
					ok = meetingVerbs[wordBefore(masked, i)] && wordBefore(masked, i) != "is" && wordBefore(masked, i) != "are" ||
						sessionNouns[wordBefore(masked, i)] || withCounselor.MatchString(pre) ||
						// "Process group every weekday", "Individual
						// counseling every week": a list item naming a
						// meeting and when it meets.
						// ("9 to 15 hours of therapy every week" is the
						// hours' rate.)
						groupOrTherapy[wordBefore(masked, i)] && (f.word != "every week" || fragmentEnd(masked, end) && wordCount(masked) <= 7) && !amountBefore(qs, i) ||
						// "runs from 9 a.m. to 3 p.m. each weekday", "each
						// weekday from 9 to noon": the days a day's clock
						// span is kept on; "you come to our downtown clinic
						// every weekday": the days of a visit.
						f.word != "every week" && (clockSpanBeside(qs, masked, i, end) || clinicVisit.MatchString(masked[max(0, i-60):i]))
				}
				// "family counseling, usually weekly, for an hour": how
				// often, set beside a therapy after a comma.
				if !ok && f.word == "weekly" && hedgedBesideTherapy(masked, i) {
					ok = true
				}
				// "Individual sessions: weekly, 50 minutes": a label naming a
				// meeting, then how often it meets.
				if !ok && (weeklyWord(f.word) || f.word == "every week") && labelledMeeting(masked, i, end) {
					ok = true
				}
			}
			// "for adults who still need daily support", "clients who
			// require close daily monitoring": the care
			// someone needs, which says when no program meets. ("Our PHP
			// offers daily support" does.)
			if ok && neededCare(masked, i, end) {
				ok = false
			}
			// "approximately 30 hours of therapy weekly", "nine hours of
			// group meetings every week": the rate of the hours before it,
			// which they have taken already.
			if ok && (weeklyWord(f.word) || f.word == "daily" || f.word == "every week") && rateOfAmount(qs, masked, i) {
				ok = false
			}
			// "billed as a weekly or program rate", "a daily fee": a price
			// by the week or the day, no meetings.
			if ok && priceAfter(masked, end) {
				ok = false
			}
			// "meets daily or weekly", "weekly or daily sessions": two
			// rates offered, neither the one it meets at.
			if ok && otherRateBeside(masked, i, end, f.word) {
				ok = false
			}
			// "three weekly three-hour groups": the week's meetings,
			// counted.
			if ok && weeklyWord(f.word) {
				if k, n := countedWeekly(lower, qs, i); k >= 0 && meetingNounAfter(masked, end) {
					out = append(out, quantity.Quantity{Start: k, End: end, Text: lower[k:end], Min: n, Max: n, HasMin: true, HasMax: true,
						Unit: quantity.Times, Per: quantity.Week, Qualifier: quantity.Exact, Adjectival: true})
					continue
				}
			}
			// ("5+ weekly psycho-educational groups", "12 weekly groups": a
			// count of the week's meetings, not one a week.)
			if !ok || weeklyWord(f.word) && (countWords[wordBefore(masked, i)] || weekOfMeetings(masked, end, qs) || countJustBefore(lower, qs, i)) || f.hi >= 5 && hoursAfter(qs, end) ||
				// "three or four days a week, with daily sessions of about
				// three hours": each meeting day's session, the days
				// counted right beside it.
				f.hi >= 5 && meetingNounAfter(masked, end) && daysCountedBeside(masked, qs, i, end) ||
				f.hi >= 5 && clientPossessive[wordBefore(masked, i)] {
				// "clients come to their daily sessions and go home afterwards":
				// the client's day, not how often the program meets.
				// "several weekly sessions" meet more than once a week.
				continue
			}
			q := quantity.Quantity{Start: i, End: end, Text: lower[i:end], Min: f.lo, Max: f.hi, HasMin: true, HasMax: true,
				Unit: quantity.Times, Per: quantity.Week, Qualifier: f.qual,
				// "weekly individual sessions" are the sessions' frequency.
				Adjectival: meetingNounAfter(masked, end) && !meetingVerbs[wordBefore(masked, i)]}
			// "attend groups daily during the week": every
			// weekday, five days.
			if f.word == "daily" {
				if m := weekdaysAfter.FindStringIndex(lower[end:]); m != nil {
					q.Min, q.Max, q.Qualifier = 5, 5, quantity.Exact
					q.End = end + m[1]
					q.Text = lower[i:q.End]
				}
			}
			if prefix, n := timesPrefix(lower[:i]); weeklyWord(f.word) && n > 0 {
				// "twice-weekly sessions" are two a week, "a thrice-weekly
				// program" three, and "a weekly or twice-weekly session" one
				// or two.
				q.Start, q.Min, q.Max = i-len(prefix), n, n
				if pre := lower[:q.Start]; strings.HasSuffix(pre, "weekly or ") {
					q.Start, q.Min = q.Start-len("weekly or "), 1
				}
				q.Text = lower[q.Start:end]
			}
			if weeklyWord(f.word) && lessOftenAfter(masked, end) {
				// "weekly, biweekly, or monthly": at most once a week.
				q.HasMin, q.Min, q.Qualifier = false, 0, quantity.UpTo
			}
			// "is held weekly, at a minimum", "twice weekly at the
			// very least": the floor said after the word.
			if q.Qualifier == quantity.Exact && quantity.FloorAfter(lower[q.End:]) {
				q.HasMax, q.Max, q.Qualifier = false, 0, quantity.AtLeast
			}
			out = append(out, q)
		}
	}
	return append(out, everyWeekday(lower, masked)...)
}

// timesPrefix is the "twice-" or "thrice-" that ends pre, and how many
// times it says.
func timesPrefix(pre string) (string, float64) {
	switch {
	case strings.HasSuffix(pre, "twice-"):
		return "twice-", 2
	case strings.HasSuffix(pre, "thrice-"):
		return "thrice-", 3
	}
	return "", 0
}

// hedgedBesideTherapy reports a hedged frequency word set after a comma
// beside a therapy other than group therapy: "individual therapy,
// typically weekly", "family counseling, usually weekly".
func hedgedBesideTherapy(masked string, i int) bool {
	pre := strings.TrimRight(masked[:i], " ")
	hedged := false
	for _, h := range []string{"most often", "typically", "usually", "generally", "normally", "often", "mostly"} {
		if t, ok := strings.CutSuffix(pre, " "+h); ok {
			pre, hedged = strings.TrimRight(t, " "), true
			break
		}
	}
	pre, comma := strings.CutSuffix(pre, ",")
	// ("typically weekly or twice weekly" is a range of its own.)
	if !hedged || !comma || wordAfter(masked, i+len("weekly")) == "or" {
		return false
	}
	w := wordBefore(pre, len(pre))
	switch w {
	case "therapy", "counseling", "counselling", "session", "sessions":
		return wordBefore(pre, len(pre)-len(w)) != "group"
	}
	return false
}

// rangeOfCareAfter reports the other end of a range of care after weekly
// care: "… and full-day treatment", "… and residential care". ("split
// their time between weekly family therapy and group sessions" ranges
// over nothing.)
func rangeOfCareAfter(rest string) bool {
	// ("between weekly IOP groups and daily PHP groups": the weekly care
	// is a program named.)
	switch firstWord(strings.TrimLeft(rest, " ")) {
	case "iop", "iops", "php", "phps", "intensive", "partial", "residential", "program", "programs":
		return false
	}
	k := strings.Index(rest, " and ")
	if k < 0 || k > 40 {
		return false
	}
	after := rest[k+len(" and ") : min(len(rest), k+len(" and ")+40)]
	for _, w := range []string{"full-day", "full day", "day treatment", "day program", "inpatient", "residential", "hospital", "php", "partial", "intensive", "24-hour", "round-the-clock"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	// ("… and full-day care": the day read as a figure is masked out, care
	// left after it.)
	if t := strings.TrimLeft(after, " "); len(after)-len(t) >= 3 {
		switch firstWord(t) {
		case "care", "treatment", "program", "programs", "programming":
			return true
		}
	}
	return false
}

// labelledMeeting reports a frequency word that opens the value of a
// line's label naming a meeting: "Individual sessions: weekly", "Family
// therapy: every week". (Not a word describing something else, "Group
// therapy: weekly topics rotate", nor a rate that changes: "weekly at
// first, then every other week".)
func labelledMeeting(masked string, i, end int) bool {
	pre := strings.TrimRight(masked[:i], " ")
	if !strings.HasSuffix(pre, ":") || len(pre) > 40 || strings.Count(pre, ":") > 1 {
		return false
	}
	rest := strings.TrimLeft(masked[end:], " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ",.;(–—-") && !hasWord(wordAfter(masked, end), "at", "on") {
		return false
	}
	if hasWord(rest, "then", "first", "until", "later", "after") {
		return false
	}
	return groupOrTherapy[wordBefore(pre, len(pre)-1)]
}

// everyWeekday reads "meets every Saturday morning", "join a multi-family
// group every Tuesday evening": one day a week, where a meeting or a group
// goes before it.
func everyWeekday(lower, masked string) []quantity.Quantity {
	var out []quantity.Quantity
	for i := range wordIndexes(masked, "every") {
		end := i + len("every")
		day := wordAfter(masked, end)
		if _, ok := weekdayNames[day]; !ok {
			continue
		}
		end = indexFrom(masked, day, end) + len(day)
		switch wordAfter(masked, end) {
		case "morning", "afternoon", "evening", "night":
			w := wordAfter(masked, end)
			end = indexFrom(masked, w, end) + len(w)
		}
		pre := masked[max(0, i-40):i]
		if !meetingVerbs[wordBefore(masked, i)] && !hasWord(pre, "group", "groups", "session", "sessions", "meeting", "meetings", "class") {
			continue
		}
		if kindOfGroup(masked[max(0, i-60):i]) {
			continue
		}
		// "The team meets every Friday to decide …": the staff's meeting,
		// not the program's (as for "weekly" in frequencyWords).
		// ("Clients and counselors meet every Saturday" is the clients'
		// group.)
		if staffMeets(masked, i) && !hasWord(masked[max(0, i-40):i], "clients", "patients", "members", "residents", "teens", "participants", "you") {
			continue
		}
		out = append(out, quantity.Quantity{Start: i, End: end, Text: lower[i:end], Min: 1, Max: 1, HasMin: true, HasMax: true,
			Unit: quantity.Times, Per: quantity.Week, Qualifier: quantity.Exact})
	}
	return out
}

// staffMeets reports staff meeting right before i: "Your treatment team
// meets weekly", "The team meets every Friday".
func staffMeets(masked string, i int) bool {
	v := wordBefore(masked, i)
	if !meetingVerbs[v] {
		return false
	}
	j := lastIndex(masked[:i], v)
	n := wordBefore(masked, j)
	// ("a clinical team that meets daily": the noun the relative
	// clause hangs on.)
	if n == "that" || n == "which" || n == "who" {
		n = wordBefore(masked, lastIndex(masked[:j], n))
	}
	return staffNouns[n]
}

// setAsideRight reports pre ending on "instead of", "rather than" or
// "in place of": what follows is the alternative set aside ("Instead of 30
// days away from home", "a house manager rather than round-the-clock
// staff").
func setAsideRight(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	return strings.HasSuffix(pre, "instead of") || strings.HasSuffix(pre, "rather than") || strings.HasSuffix(pre, "in place of")
}

// setAside reports a frequency word in the alternative a sentence sets
// aside: "rather than (intensive) daily treatment", "instead of daily
// sessions", "unlike daily programs".
func setAside(masked string, i int) bool {
	j := i
	for n := 0; n < 3; n++ {
		w := wordBefore(masked, j)
		switch w {
		case "than":
			if wordBefore(masked, lastIndex(masked[:j], w)) == "rather" {
				return true
			}
			return false
		case "instead", "unlike":
			return true
		case "of":
			if wordBefore(masked, lastIndex(masked[:j], w)) == "instead" {
				return true
			}
			return false
		case "":
			return false
		}
		j = lastIndex(masked[:j], w)
	}
	return false
}

// kindOfGroup reports a group of one kind meeting on its day, named at
// the end of pre, the words before the figure:
// "Bilingual groups in Spanish meet every Tuesday", "Our women's group
// meets every Tuesday", "DBT skills group". One group among the
// program's, not the days the program meets: the group is named by a
// language, a population or a topic of its own within the three words
// before "group" ("Groups meet every Tuesday", "Our process group", "Adult
// group, three evenings a week" are the program's meetings).
func kindOfGroup(pre string) bool {
	k := max(lastIndex(pre, "group "), lastIndex(pre, "groups "))
	if k <= 0 || isWordByte(pre[k-1]) {
		return false
	}
	// (Whole words with their apostrophes: "women's", "veterans’".)
	f := strings.Fields(pre[:k])
	for n := len(f) - 1; n >= 0 && n >= len(f)-3; n-- {
		w := strings.ReplaceAll(strings.Trim(f[n], ",;:()"), "’", "'")
		if groupKindWords[w] {
			return true
		}
	}
	return false
}

// groupKindWords name a group by whom it is for or what it is about.
var groupKindWords = wordSet("spanish", "spanish-language", "spanish-speaking", "bilingual", "english-language", "asl",
	"women's", "womens", "women", "men's", "mens", "men", "lgbtq", "lgbtq+", "lgbtqia", "veterans", "veterans'", "veteran",
	"grief", "dbt", "cbt", "emdr", "mindfulness", "meditation", "yoga", "art", "music", "trauma", "anger", "smoking",
	"nicotine", "nutrition", "relapse", "relapse-prevention", "dual-diagnosis", "co-occurring", "codependency", "gambling", "spirituality", "faith", "parenting", "seeking",
	// "Our postpartum group meets once a week": a group for new mothers.
	"postpartum", "perinatal", "prenatal", "pregnancy", "mothers", "moms", "fathers", "dads", "caregivers", "grandparents")

// partsOwned are the words of a part of a program that has a subject of
// its own: a therapy, a meeting, a support group.
// practiceVerbs put into practice what a frequency after them times:
// "implemented on a daily basis", "practiced on a daily basis".
var practiceVerbs = wordSet("implemented", "practiced", "practised", "applied", "used", "followed", "reinforced", "performed", "taken", "done", "repeated")

// lifeVerbs name what clients do in their own lives, which a frequency
// after them times: "functioning … on a daily basis".
var lifeVerbs = []string{"function", "functions", "functioning", "cope", "copes", "coping", "struggle", "struggles", "struggling", "drink", "drinks", "drinking", "live their lives",
	// "the pressures they face on a daily basis": what life brings them.
	"face", "faces", "facing", "encounter", "encounters", "encountering", "deal with", "deals with", "dealing with", "navigate", "navigates", "navigating"}

// lifeVerbBefore reports one of lifeVerbs in pre with no meeting of a
// program after it: "the pressures they face ", not "Residents face a
// full schedule of group therapy ".
func lifeVerbBefore(pre string) bool {
	for _, v := range lifeVerbs {
		for k := range wordIndexes(pre, v) {
			if !hasWord(pre[k+len(v):], meetingWordsAfterLife...) {
				return true
			}
		}
	}
	return false
}

var meetingWordsAfterLife = []string{"group", "groups", "therapy", "session", "sessions", "schedule", "class", "classes", "program", "programming", "treatment", "counseling", "counselling", "meeting", "meetings"}

var partsOwned = []string{"individual", "family", "group", "groups", "therapy", "counseling", "counselling", "one-on-one", "aftercare", "alumni", "continuing", "check-in", "meeting", "support", "psychiatric", "medication", "therapist", "counselor", "counsellor", "doctor", "psychiatrist"}

var weekdayNames = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}

// fragmentEnd reports nothing but punctuation after end in its clause.
func fragmentEnd(s string, end int) bool {
	t := strings.TrimLeft(s[end:], " ")
	return t == "" || t[0] == '.' || t[0] == ';'
}

// daysCountedBeside reports a count of days a week among qs ("3 to 4 days
// per week", "weekdays") right beside the frequency word at i..end and its
// meeting: nothing but joining words between them ("five days a week,
// with daily groups", "daily therapy, five days a week"). (A count of
// meetings, "individual therapy once a week", may be another meeting's;
// so may days counted past another activity, "daily groups, with yoga
// two days a week".)
func daysCountedBeside(masked string, qs []quantity.Quantity, i, end int) bool {
	// The meeting the word is said of: "daily group therapy sessions".
	for n := 0; n < 3 && meetingNounAfter(masked, end); n++ {
		end += 1 + len(wordAfter(masked, end))
	}
	for k := range qs {
		q := &qs[k]
		if q.Per != quantity.Week || q.Unit != quantity.Day || q.Qualifier == quantity.Vague {
			continue
		}
		var between string
		switch {
		case q.End <= i:
			between = masked[q.End:i]
		case q.Start >= end:
			between = masked[min(end, q.Start):q.Start]
		default:
			continue
		}
		if len(between) <= 40 && onlyJoiningWords(between) {
			return true
		}
	}
	return false
}

// onlyJoiningWords reports text of nothing but the words that join a
// count of days to a meeting: "with", "and meets", "runs".
func onlyJoiningWords(t string) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) {
		// ("daily attendance for 6 hours on weekdays": the day's
		// hours may stand between, their figure masked.)
		if !joiningWords[w] {
			return false
		}
	}
	return true
}

var joiningWords = wordSet("with", "and", "meets", "meet", "runs", "run", "held", "is", "are", "for", "of", "the", "a", "its", "our", "their", "your",
	"attend", "attends", "join", "joins", "holds", "hold", "offers", "offer", "only", "on", "in", "at", "over", "across", "which", "that", "includes", "include", "including",
	"hour", "hours", "minutes", "each", "every", "per", "day", "about", "around")

// hoursAfter reports an amount of hours right after a daily word: in
// "daily three-hour sessions" the word is the rate of the hours, as in
// "three hours of daily group therapy", not a count of days.
func hoursAfter(qs []quantity.Quantity, end int) bool {
	for i := range qs {
		if q := &qs[i]; q.Start >= end && q.Start-end <= 2 && (q.Unit == quantity.Hour || q.Unit == quantity.Minute) {
			return true
		}
	}
	return false
}

// houseMeetingNext follows a frequency with a house meeting: " house
// meetings", " community house meeting". (A count of days before one
// is read as life in the house: houseMeetingAfter.)
var houseMeetingNext = prefilter.MustCompile(`^\s+(?:[a-z-]+\s+)?house\s+meetings?\b`)

// staffMeetingAfter opens on a meeting of the staff: " team meeting", "
// staff review", " case conference", " treatment-team meeting".
var staffMeetingAfter = prefilter.MustCompile(`^\s+(?:(?:multidisciplinary|interdisciplinary|clinical|care|treatment)[\s-]+)?(?:team|staff|case)[\s-]+(?:meetings?|reviews?|conferences?|huddles?|rounds)\b`)

// staffHolds ends on the staff as the subject of holding what follows:
// "the clinical team has ", "our clinicians hold ".
var staffHolds = prefilter.MustCompile(`\b(?:team|teams|staff|clinicians|therapists|counselors|doctors|physicians|nurses)\s+(?:has|have|holds?)\s+$`)

// staffHeldMeeting opens on a meeting, with at most one word of its kind
// before it: " strategy meetings", " case conferences". (Not the
// meetings clients or families join: " family meetings".)
var staffHeldMeeting = prefilter.MustCompile(`^\s+(?:(?:strategy|planning|case|clinical|staff|team|treatment|progress|review|consultation)\s+)?(?:meetings?|conferences?|huddles?|rounds|reviews?)\b`)

// adverbFollowers may follow "everyday" said as an adverb: "meet everyday
// at noon", "everyday except Sunday".
var adverbFollowers = wordSet("at", "from", "of", "for", "in", "on", "and", "or", "except", "during", "but", "until", "to", "between", "after", "before")

var frequencyCues = []struct {
	word   string
	lo, hi float64
	qual   quantity.Qualifier
}{
	{"every day of the week", 7, 7, quantity.Exact},
	{"everyday", 5, 7, quantity.Approx},
	{"daily", 5, 7, quantity.Approx},
	{"near-daily", 4, 7, quantity.Approx},
	{"weekly", 1, 1, quantity.Exact},
	{"once-a-week", 1, 1, quantity.Exact},
	{"once-per-week", 1, 1, quantity.Exact},
	{"every week", 1, 1, quantity.Exact},
	{"every day", 5, 7, quantity.Approx},
	// ("every other day": three or four days of a week.)
	{"every other day", 3, 4, quantity.Approx},
	{"every weekday", 5, 5, quantity.Exact},
	{"each weekday", 5, 5, quantity.Exact},
	{"each day", 5, 7, quantity.Approx},
}

// clinicVisit ends on a visit to a place of care: "visit the clinic",
// "checking in with a clinic", "come to our center for a dose", "go
// into the treatment center", a place by its name ("come to Birchwood
// Center daily").
var clinicVisit = prefilter.MustCompile(`\b(?:visit|visits|visiting|come|comes|coming|go|goes|going|check\s+in|checks\s+in|checking\s+in|report|reports|reporting)\s+(?:to\s+|into\s+|with\s+|at\s+|in\s+at\s+)?(?:(?:the|a|an|our|your)\s+(?:[a-z]+\s+)?|(?:[a-z]+\s+){1,2})?(?:clinic|center|centre|office|program|facility|campus)(?:\s+of\s+[a-z]+)?(?:\s+for\s+[a-z ]{1,30})?\s*$`)

// clockSpanBeside reports a span of clock times of two hours or more right
// before the frequency word at masked[i:end], or right after it (past
// "from"): "from 9 a.m. to 3 p.m. each weekday", "each weekday from 9 to
// noon".
func clockSpanBeside(qs []quantity.Quantity, masked string, i, end int) bool {
	for k := range qs {
		q := &qs[k]
		// (A span under two hours times one activity of the day:
		// "devotions are from 7:30 to 8:30 each weekday".)
		if q.Unit != quantity.Hour || clockTimes(q.Text) == 0 || q.Min < 2 {
			continue
		}
		if q.End <= i && strings.TrimSpace(masked[q.End:i]) == "" {
			return true
		}
		if q.Start >= end {
			if between := strings.TrimSpace(masked[end:q.Start]); between == "" || between == "from" {
				return true
			}
		}
	}
	return false
}

// withCounselor ends on the person a client meets: "with your primary
// counselor".
var withCounselor = prefilter.MustCompile(`\bwith\s+(?:her|his|their|your|a|an|the|our)?\s*(?:own\s+|primary\s+|individual\s+|licensed\s+)?(?:therapist|counselor|counsellor|clinician)s?\s*$`)

// rateOfAmount reports hours or minutes ending right
// before i but for "of" and a few words: "30 hours of therapy weekly".
func rateOfAmount(qs []quantity.Quantity, masked string, i int) bool {
	for _, q := range qs {
		if q.End > i || q.Unit != quantity.Hour && q.Unit != quantity.Minute {
			continue
		}
		between := masked[q.End:i]
		if strings.HasPrefix(strings.TrimLeft(between, " "), "of ") && !strings.ContainsAny(between, ",;.()") && wordCount(between) <= 5 {
			return true
		}
	}
	return false
}

// amountBefore reports hours or minutes before i: the time a frequency
// after them is the rate of.
func amountBefore(qs []quantity.Quantity, i int) bool {
	for _, q := range qs {
		if q.End <= i && (q.Unit == quantity.Hour || q.Unit == quantity.Minute) {
			return true
		}
	}
	return false
}

// groupOrTherapy words name a meeting a list item times.
var groupOrTherapy = wordSet("group", "groups", "therapy", "counseling", "counselling", "session", "sessions")

// clientPossessive words before "daily" make it the client's day.
var clientPossessive = wordSet("their", "your", "his", "her", "my")

// countedWeekly returns where a count of meetings right before "weekly"
// at i starts and its value ("three weekly", "4 weekly"), or -1: a bare
// whole number from two to seven, read as a quantity of no unit.
// ("several weekly sessions" counts none.)
func countedWeekly(lower string, qs []quantity.Quantity, i int) (int, float64) {
	for _, q := range qs {
		if q.End <= i && strings.TrimSpace(lower[q.End:i]) == "" && q.Unit == quantity.None && q.Per == quantity.None &&
			q.HasMin && q.HasMax && q.Min == q.Max && q.Min >= 2 && q.Min <= 7 && q.Min == float64(int(q.Min)) {
			return q.Start, q.Min
		}
	}
	return -1, 0
}

// countJustBefore reports a count with no unit and no ceiling ending
// right before i: "5+ " in "5+ weekly groups". ("8 weekly group meetings"
// may be a series of eight, one a week.)
func countJustBefore(lower string, qs []quantity.Quantity, i int) bool {
	for _, q := range qs {
		if q.End <= i && strings.TrimSpace(lower[q.End:i]) == "" && q.Unit == quantity.None && q.Per == quantity.None && q.HasMin && !q.HasMax && q.Min >= 2 {
			return true
		}
	}
	return false
}

// heldUpAgainst ends on words that set weekly care beside the program:
// "a step up from", "more than", "beyond", "above".
func heldUpAgainst(pre string) bool {
	_, _, ok := cutAnySuffix(strings.TrimRight(pre, " "), " from", " than", " beyond", " above", " over")
	return ok
}

// weeklyWord reports "weekly" or a hyphenated word that says it:
// "once-a-week therapy" is weekly therapy.
func weeklyWord(w string) bool {
	return w == "weekly" || w == "once-a-week" || w == "once-per-week"
}

// mealWords name food a program gives out.
var mealWords = []string{"breakfast", "breakfasts", "lunch", "lunches", "dinner", "dinners", "meal", "meals", "snack", "snacks"}

// countWords before "weekly" count the meetings of one week.
var countWords = wordSet("several", "multiple", "many", "numerous", "few", "two", "three", "four", "five", "six", "2", "3", "4", "5", "6")

// weekdaysAfter follows "daily" with the weekdays it is kept to: " during
// the week", " on weekdays", " during the workweek".
var weekdaysAfter = prefilter.MustCompile(`^\s+(?:during\s+the\s+(?:work\s*)?week|on\s+weekdays|during\s+weekdays|monday\s+(?:through|to)\s+friday)\b`)

// attendedObject reports the care attended, or a coming in, right before
// a frequency word: "attend treatment daily", "attend the program
// daily", "come in daily".
func attendedObject(masked string, i int) bool {
	w := wordBefore(masked, i)
	if !attendedCare[w] && w != "in" {
		return false
	}
	v, _ := wordPast(masked, lastIndex(masked[:i], w), attendedDeterminers)
	if w == "in" {
		return v == "come" || v == "comes" || v == "coming" || v == "check" || v == "checks"
	}
	return v == "attend" || v == "attends" || v == "attending"
}

var attendedCare = wordSet("treatment", "program", "programming", "groups", "sessions", "therapy", "it", "care", "classes")

// attendedDeterminers may stand between the verb and the care attended.
var attendedDeterminers = wordSet("the", "their", "our", "your", "his", "her")

var meetingVerbs = wordSet("meet", "meets", "met", "attend", "attends", "attending", "held", "run", "runs", "are", "is", "occur", "occurs", "happen", "happens", "provided", "offered", "scheduled")

// meetingNouns are what a program schedules as a whole; "weekly
// counseling" is left out, since counseling inside a program is one of its
// parts (the therapy terms name the parts that are subjects of their own).
var meetingNouns = wordSet("therapy", "therapies", "treatment", "treatments", "session", "sessions", "group", "groups",
	"support", "programming", "care", "attendance", "supervision", "monitoring",
	"program", "meetings", "meeting", "appointments", "visits", "check-ins", "classes", "psychotherapy",
	// "daily therapeutic services", "daily clinical services".
	"services")

// limitOn ends on a bound set on an amount: "upper limit on the ", "a
// cap on your ".
var limitOn = prefilter.MustCompile(`\b(?:limit|limits|cap|caps|ceiling|maximum|minimum)\s+(?:on|to|for)\s+(?:the\s+|your\s+|their\s+|its\s+)?$`)

// amountNouns name an amount a week may bound, as a plural does: "a cap
// on the weekly care a program gives", "a limit on weekly sessions" (not
// "a limit on the weekly individual session").
var amountNouns = wordSet("care", "treatment", "time", "programming", "support", "therapy", "attendance",
	"sessions", "groups", "meetings", "visits", "classes", "hours", "appointments")

// careServices are the words before "services" that make them care, a
// program's meeting: "daily clinical services".
var careServices = wordSet("clinical", "therapeutic", "treatment", "therapy", "counseling", "counselling", "psychiatric", "behavioral", "behavioural", "addiction", "rehabilitation", "health")

var staffNouns = wordSet("team", "teams", "staff", "clinicians", "doctors", "physicians", "therapists", "counselors", "nurses",
	"psychiatrist", "committee", "board", "supervisors", "managers")

var groupKinds = wordSet("aftercare", "alumni", "family", "multi-family", "multifamily", "relapse-prevention", "support", "process", "skills", "peer", "parent", "parents")

var componentWords = wordSet("counseling", "counselling", "psychiatric", "medication", "medical", "therapist", "doctor",
	"case", "nurse", "physician", "drug", "urine", "check-in", "check-ins")

// countedMeetingsBefore reports a plural noun counted by a figure right
// before i: "15 classes ", "twelve groups ".
func countedMeetingsBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	return isNumberWord(wordBefore(lower, lastIndex(lower[:i], w)))
}

// meetingNounAfter reports a meeting noun within two words after i:
// "daily group therapy", "weekly outpatient therapy".
func meetingNounAfter(s string, i int) bool {
	// ("daily, intensive programming": a comma between two adjectives of
	// the meeting noun.)
	if strings.HasPrefix(s[i:], ", ") && coordinateAdjectives[wordAfter(s, i+1)] {
		i++
	}
	prev, n := "", 0
	for w, end := range wordsAfter(s, i, 3) {
		// A third word only behind a kind of group: "a weekly virtual
		// aftercare group".
		if n == 2 && !groupKinds[prev] {
			return false
		}
		// "daily living skills classes": the skills of everyday life,
		// taught, not a class held daily.
		// ("daily life skills groups" is a life-skills group held daily.)
		if n == 0 && w == "living" {
			return false
		}
		// "weekly counseling sessions", "weekly psychiatric visits": a
		// part of the program meets weekly, not the program.
		if n == 0 && componentWords[w] {
			// "a weekly counseling appointment": one client's session,
			// a subject of its own.
			if w == "counseling" || w == "counselling" {
				switch wordAfter(s, end) {
				case "session", "appointment", "appointments":
					return true
				}
			}
			return false
		}
		// ("daily clinical services", not "weekly vocational services"
		// or "weekly chapel services": only care is the program's
		// meeting.)
		if w == "services" && !careServices[prev] {
			return false
		}
		if meetingNouns[w] {
			// ("more weekly treatment hours than a PHP": the hours a week,
			// not a weekly meeting.)
			switch wordAfter(s, end) {
			case "hours", "hour", "time", "total", "totals", "load":
				return false
			}
			return true
		}
		// "weekly individual counseling": a named part of the program,
		// whose therapy term is the subject.
		// "weekly outpatient counseling" is outpatient care's own.
		if (w == "counseling" || w == "counselling") && (prev == "individual" || prev == "group" || prev == "family" || prev == "outpatient") {
			return true
		}
		prev, n = w, n+1
	}
	return false
}

// coordinateAdjectives may follow a frequency word after a comma, before
// the meeting noun they both describe: "daily, intensive programming".
var coordinateAdjectives = wordSet("intensive", "structured", "clinical", "therapeutic", "individualized", "comprehensive", "supervised", "focused", "evidence-based", "hands-on", "in-person")

// addFrequencies merges the frequency words into qs, in order, dropping
// any that overlap a quantity the grammar read.
// dropBareUnder drops the unitless numbers a clock range covers: "9" of
// "9 to noon" is the range's start, not a count of its own.
func dropBareUnder(qs, ranges []quantity.Quantity) []quantity.Quantity {
	out := qs[:0]
	for _, q := range qs {
		covered := false
		for _, r := range ranges {
			// ("from 9" of "from 9 am to 3 pm" starts before the range
			// but is its start all the same.)
			if q.Unit == quantity.None && q.Start < r.End && r.Start < q.End && (r.Start <= q.Start || strings.HasPrefix(strings.ToLower(q.Text), "from ")) && q.End <= r.End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, q)
		}
	}
	return out
}

func addFrequencies(qs []quantity.Quantity, extra []quantity.Quantity) []quantity.Quantity {
	for _, e := range extra {
		clash, counts := false, false
		for _, q := range qs {
			// ("Monday and Wednesday evenings (6:00–9:00 p.m.) and
			// Saturday": the hours in brackets inside a list of days are
			// each day's.)
			inList := q.Unit == quantity.Day && q.Per == quantity.Week && e.Unit == quantity.Hour && q.Start < e.Start && e.End < q.End
			// ("three weekly groups": the bare count is the frequency's
			// own, read with it.)
			counted := q.Unit == quantity.None && q.Per == quantity.None && e.Start == q.Start && q.End < e.End
			counts = counts || counted
			if e.Start < q.End && q.Start < e.End && !inList && !counted || restatesDays(e, q) {
				clash = true
				break
			}
		}
		if !clash {
			if counts {
				qs = dropBareUnder(qs, []quantity.Quantity{e})
			}
			qs = append(qs, e)
		}
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	return qs
}

// restatesDays reports a frequency word that the count of days right
// beside it spells out: "provided daily, seven days per week" says seven
// days once, not also "daily" (5–7).
func restatesDays(e, q quantity.Quantity) bool {
	if !frequencyWord(&e) || q.Unit != quantity.Day || q.Per != quantity.Week {
		return false
	}
	return q.Start >= e.End && q.Start-e.End <= 3 || e.Start >= q.End && e.Start-q.End <= 3
}

// weekOfMeetings reports "weekly" standing for the week's whole schedule
// in a sentence that counts that schedule's days or sessions after it:
// "weekly programming spread across three to five sessions" is not one
// day a week.
func weekOfMeetings(masked string, end int, qs []quantity.Quantity) bool {
	switch wordAfter(masked, end) {
	case "programming", "program", "schedule", "treatment", "care":
	default:
		return false
	}
	for _, q := range qs {
		if q.Start >= end && (q.Unit == quantity.Session || q.Unit == quantity.Day || q.Unit == quantity.Times) {
			return true
		}
	}
	return false
}

// frequencyWord reports a quantity made by frequencyWords: a rate cue
// for other quantities as well as a count of its own.
func frequencyWord(q *quantity.Quantity) bool {
	return q.Unit == quantity.Times && q.Per == quantity.Week && q.Qualifier != quantity.Vague &&
		(q.Text == "daily" || q.Text == "weekly" || q.Text == "every week" || q.Text == "near-daily" || q.Text == "everyday" || strings.HasPrefix(q.Text, "every ") ||
			q.Text == "every day of the week" || strings.HasPrefix(q.Text, "on a "))
}

// frequencyEnd is where the meeting a frequency word times may start:
// right after the word, or past a rarer rate offered beside it ("weekly
// or biweekly family therapy") or a length set off by a comma ("weekly,
// hour-long group sessions").
func frequencyEnd(s *sentence, q *quantity.Quantity) int {
	if !frequencyWord(q) {
		return q.End
	}
	if loc := frequencyAside.FindStringIndex(s.lower[q.End:]); loc != nil {
		return q.End + loc[1]
	}
	return q.End
}

var frequencyAside = prefilter.MustCompile(`^(?:\s+or\s+(?:bi-?weekly|twice-weekly|twice\s+weekly|every\s+other\s+week|monthly|fortnightly)|,\s+(?:hour-long|half-hour|hour|one-hour|two-hour|(?:\d+|[a-z]+)-minute|(?:\d+|[a-z]+)-\s*to\s*(?:\d+|[a-z]+)-minute))\b`)

// thanWeeklyCare ends on a visit or place of care held up after "than":
// "than a counselor's office", "than a therapist's appointment".
var notJustCare = prefilter.MustCompile(`(?:\bnot|n't|n’t)\s+(?:just|only|merely|simply)\s+(?:a\s+|an\s+)?(?:[a-z'’]+\s+)?(?:therapy|counseling|counselling|sessions?|appointments?|visits?)\s*$`)

// weeklyOutdone opens on weekly care that a relative clause says falls
// short: " therapy cannot match", " sessions alone don't provide".
var weeklyOutdone = prefilter.MustCompile(`^\s+(?:individual\s+)?(?:therapy|counseling|counselling|sessions?|appointments?|visits?|outpatient(?:\s+care)?)\s+(?:alone\s+)?(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|won['’]t|will\s+not)\b`)

var thanWeeklyCare = prefilter.MustCompile(`\bthan\s+(?:a|an|one)\s+(?:[a-z'’]+\s+){0,2}(?:counselor|therapist|counsellor|office|session|visit|appointment)\s*$`)

// comparedWithWeekly reports "more support than weekly therapy", "a step
// up from weekly sessions": once-a-week therapy named as the level below
// is standard outpatient care, whatever program the sentence is about.
// weeklyThenMore follows weekly care with a "but" that asks for more
// than it: "… can help, but you may need more structured support".
var weeklyThenMore = prefilter.MustCompile(`^[^.;!?]{0,60}?\bbut\s+[^.;!?]{0,60}?\bmore\s+(?:structure|structured|intensive|intense|support|care|help|treatment)\b`)

// weeklyCareDefined follows "weekly" opening a sentence on the care it
// defines: " therapy is ", " counseling means ", " sessions are ".
var weeklyCareDefined = prefilter.MustCompile(`^\s+(?:(?:individual|outpatient|talk)\s+)?(?:therapy|counseling|counselling|sessions|appointments)\s+(?:is|are|means|involves|typically\s+(?:is|means|involves)|usually\s+(?:is|means|involves))\b`)

func comparedWithWeekly(masked string, q *quantity.Quantity) bool {
	if !q.HasMax || q.Max != 1 || q.Per != quantity.Week {
		return false
	}
	// ("the only options were a counselor once a week or …": weekly
	// counseling, held up as the alternative, with no verb of the
	// program's.)
	// ("Each client meets a therapist once a week" is the program's
	// individual sessions.)
	// ("calls for more than a counselor's office once a week": so is a
	// place of weekly care after "than".)
	if thanWeeklyCare.MatchString(masked[max(0, q.Start-50):q.Start]) {
		return true
	}
	// ("more support than can be provided at weekly sessions": weekly
	// care after a passive "than", as after a bare one below.)
	if thanProvidedVia.MatchString(masked[max(0, q.Start-60):q.Start]) {
		return true
	}
	// ("It's also not just therapy once a week": the weekly care the
	// program is more than.)
	// ("not only individual therapy once a week but also a family
	// group" affirms both.)
	if notJustCare.MatchString(masked[max(0, q.Start-50):q.Start]) && !strings.Contains(masked[q.End:min(len(masked), q.End+80)], "but also") {
		return true
	}
	// ("structure that weekly therapy cannot match", "support which weekly
	// sessions don't give": the care the program outdoes.)
	if w := wordBefore(masked, q.Start); (w == "that" || w == "which" || w == "what") && weeklyOutdone.MatchString(masked[q.End:]) {
		return true
	}
	// ("Weekly therapy sessions can help, but at times you may need more
	// structured support": the care found wanting, the program's after.)
	if weeklyThenMore.MatchString(masked[q.End:]) {
		return true
	}
	// ("Weekly therapy is roughly an hour every seven days; an IOP …":
	// weekly care opening the sentence as what it defines, the level
	// below.)
	if strings.TrimLeft(masked[:q.Start], " •*-–—") == "" && weeklyCareDefined.MatchString(masked[q.End:]) {
		return true
	}
	// ("not steady enough with just weekly therapy": the care found
	// too little, held up against more.)
	if w := wordBefore(masked, q.Start); w == "just" || w == "only" || w == "merely" {
		switch wordBefore(masked, lastIndex(masked[:q.Start], w)) {
		case "with", "by", "through", "on":
			return true
		}
	}
	if w := wordBefore(masked, q.Start); w == "counselor" || w == "therapist" || w == "counsellor" {
		k := lastIndex(masked[:q.Start], w)
		if a := wordBefore(masked, k); a == "a" || a == "an" {
			switch wordBefore(masked, lastIndex(masked[:k], a)) {
			// ("for those who tried a therapist once a week first": the
			// care tried before.)
			case "were", "was", "is", "are", "only", "just", "or", "either", "like", "than", "tried", "trying", "try", "tries":
				return true
			}
		}
	}
	j := q.Start
	for n := 0; n < 4; n++ {
		w := wordBefore(masked, j)
		// ("symptoms have outgrown weekly therapy": care left behind; "a
		// step above weekly therapy": the level below.)
		// ("who are struggling despite weekly therapy": care found
		// wanting.)
		// ("a step between weekly counseling and a residential
		// stay": one end of the range the program sits in.)
		if w == "than" || w == "from" || w == "beyond" || w == "above" || w == "outgrown" || w == "outgrow" || w == "outgrows" ||
			w == "unlike" || w == "versus" || w == "vs" || w == "despite" || w == "between" && rangeOfCareAfter(masked[q.End:]) {
			return true
		}
		// ("when you're ready for weekly outpatient care": the level
		// below, the step after the program.)
		if w == "for" && wordBefore(masked, lastIndex(masked[:j], w)) == "ready" {
			return true
		}
		// ("6 to 10 weeks in IOP before stepping down to weekly therapy":
		// the level below, stepped down to.)
		// ("stepping down to our once-weekly aftercare group" is the
		// group's own schedule.)
		// (Nor is "our weekly counseling group".)
		// (A step down only: "clients move to weekly sessions as they
		// prepare to graduate" tapers the program itself, and "…weekly
		// individual sessions with their IOP counselor" stays inside it.)
		// ("step down to our IOP or to weekly therapy": the other level
		// stepped down to.)
		// ("going straight from residential care to a weekly therapy
		// appointment": a move to the level below, too.)
		if k := lastIndex(masked[:j], w); w == "to" && (stepDownVerb(masked, k) || alsoSteppedTo(masked, k) || strings.Contains(masked[max(0, k-45):k], "from ")) {
			a := wordAfter(masked, q.End)
			b := wordAfter(masked, indexFrom(masked, a, q.End)+len(a))
			switch a {
			case "therapy", "counseling", "counselling", "outpatient", "care":
				if b != "group" && b != "groups" && b != "meeting" && b != "meetings" {
					return true
				}
			}
		}
		// ("Compared with a weekly therapy appointment, an IOP is a big
		// commitment": the level the program is held against.)
		if (w == "with" || w == "to") && wordBefore(masked, lastIndex(masked[:j], w)) == "compared" {
			return true
		}
		// "a step between weekly therapy and full-day treatment": the
		// level below of two the program sits between.
		// ("split their time between weekly family therapy and group
		// sessions" names two parts of the program.)
		if w == "between" && strings.HasPrefix(masked[q.End:], " ") && strings.Contains(firstClause(masked[q.End:]), " and ") && levelBetween[wordBefore(masked, lastIndex(masked[:j], "between"))] {
			return true
		}
		// ("An IOP sits between partial hospitalization and standard
		// weekly therapy": the level below, named second.)
		// ("falls between residential care and outpatient therapy and
		// includes weekly individual therapy": another "and".)
		if w == "and" {
			a := lastIndex(masked[:j], "and")
			if b := lastIndex(masked[:j], "between"); b >= 0 && a > b && j-b <= 60 && !strings.ContainsAny(masked[b:j], ",;.") && levelBetween[wordBefore(masked, b)] &&
				!strings.Contains(masked[b:a], " and ") {
				return true
			}
		}
		k := lastIndex(masked[:j], w)
		// "symptoms too serious for weekly therapy": care found
		// wanting, held up against the program.
		if w == "for" && k >= 0 {
			if a := wordBefore(masked, k); a != "" {
				if wordBefore(masked, lastIndex(masked[:k], a)) == "too" {
					return true
				}
			}
		}
		if w == "" || k < 0 {
			break
		}
		j = k
	}
	// "too much to manage with weekly therapy alone": so is care that
	// would have to do alone.
	// ("after trying weekly therapy alone first", "tried weekly therapy
	// on its own first": the care tried before. "weekly sessions alone
	// with a counselor" are one-on-one.)
	if m := aloneAfter.FindStringIndex(masked[q.End:]); m != nil && !strings.HasPrefix(strings.TrimLeft(masked[q.End+m[1]:], " "), "with") {
		if wordBefore(masked, q.Start) == "with" || hasWord(masked[max(0, q.Start-25):q.Start], "tried", "trying", "try", "tries") || strings.HasPrefix(strings.TrimLeft(masked[q.End+m[1]:], " "), "first") {
			return true
		}
	}
	// "When weekly therapy isn't enough, …", "for whom weekly therapy has
	// not been enough": weekly care found wanting. ("for whom one
	// counseling visit a week isn't enough": so is a count of one
	// meeting, found wanting right after it.)
	// (Not a therapy of the program's: "one individual session a week
	// isn't enough for some clients, so we add a second".)
	if notEnough.MatchString(masked[q.End:]) {
		return true
	}
	if !notEnoughRight.MatchString(masked[q.End:]) {
		return false
	}
	t := lowerASCII(q.Text)
	return visitCount.MatchString(t) && !hasWord(t, "individual", "group", "family")
}

// visitCount is one meeting counted by the week: "one counseling visit a
// week", "a single session per week".
var visitCount = prefilter.MustCompile(`\b(?:visits?|sessions?|appointments?)\b`)

// notEnoughWords says care is found wanting: "is not enough", "has not
// been sufficient", "no longer enough".
const notEnoughWords = `(?:(?:is|are|was|were|has|have)(?:\s+not|n't|n’t)(?:\s+been)?|not|(?:(?:is|are|was|were)\s+)?no\s+longer)\s+(?:enough|sufficient)\b`

// ("one counseling visit a week is too big a step down", "… is not
// cutting it": the same, in other words.)
var notEnoughRight = prefilter.MustCompile(`^\s+(?:` + notEnoughWords + `|(?:falls?|fell)\s+short\b|(?:is|are|was|would\s+be|will\s+be)\s+(?:too\s+(?:big|large|steep|sudden|abrupt)\s+an?\s+(?:step|drop|jump|change)|too\s+little\b|not\s+cutting\s+it\b)|(?:isn't|isn’t|aren't|aren’t)\s+cutting\s+it\b)`)

// ("symptoms make weekly therapy not enough", "weekly sessions no longer
// enough": the same, said without a verb of its own.)
// stepDownVerb reports "step(s/ped/ping) down" or "transition(s)" right
// before "to" at i.
func stepDownVerb(masked string, i int) bool {
	switch w := wordBefore(masked, i); w {
	case "transition", "transitions", "transitioning", "transitioned":
		return true
	case "down":
		return stepVerbs[wordBefore(masked, lastIndex(masked[:i], w))]
	}
	return false
}

// ("When weekly therapy or even IOP isn't enough": one more level named
// beside it. "when weekly therapy does not offer enough structure",
// "where weekly sessions fall short": found wanting in other words.)
var aloneAfter = prefilter.MustCompile(`^\s+(?:outpatient\s+)?(?:therapy|counseling|counselling|sessions?|appointments?|visits?)\s+(?:alone|on\s+its\s+own|on\s+their\s+own|by\s+itself)\b`)

var notEnough = prefilter.MustCompile(`^\s+(?:outpatient\s+)?(?:therapy|counseling|counselling|sessions?|appointments?|visits?)(?:\s+(?:sessions?|appointments?))?(?:\s+or\s+(?:even\s+)?(?:an?\s+)?[a-z-]+(?:\s+(?:iop|program|programs|group|groups))?)?\s+(?:(?:just|simply|really|clearly)\s+)?(?:` + notEnoughWords + `|(?:does|do|did)(?:\s+not|n't|n’t)\s+(?:offer|provide|give)\s+enough\b|(?:falls?|fell)\s+short\b|(?:is|are)(?:\s+not|n't|n’t)\s+(?:cutting\s+it|working|helping)\b)`)

// otherRateBeside reports a rate of another frequency joined to the word
// at [i, end) by "or": "daily or weekly", "weekly or daily". (Weekly and
// the rates less often than it are lessOftenAfter's: at most once a
// week.)
func otherRateBeside(masked string, i, end int, word string) bool {
	after, afterOr := strings.CutPrefix(strings.TrimLeft(masked[end:], " ,"), "or ")
	before, orBefore := strings.CutSuffix(strings.TrimRight(masked[:i], " "), " or")
	before = strings.TrimRight(before, " ,")
	for _, w := range rateAlternatives {
		if w == word {
			continue
		}
		if afterOr && strings.HasPrefix(after, w) && wordAt(after, 0, len(w)) ||
			orBefore && strings.HasSuffix(before, w) && wordAt(before, len(before)-len(w), len(w)) {
			return true
		}
	}
	return false
}

var rateAlternatives = []string{"daily", "nightly", "weekly", "every day", "each day", "every week", "each week"}

// lessOftenAfter reports alternatives less frequent than weekly listed
// right after it: "weekly, biweekly, or monthly", "weekly or less often".
func lessOftenAfter(masked string, end int) bool {
	return pastLessOften(masked, end) > end
}

// pastLessOften is where the alternatives lessOftenAfter reads end, or
// end when there are none.
func pastLessOften(text string, end int) int {
	at := end
	for {
		rest := strings.TrimLeft(text[at:], " ,")
		rest = strings.TrimPrefix(rest, "or ")
		next := at
		for _, w := range lessOftenWords {
			if strings.HasPrefix(rest, w) {
				next = len(text) - len(rest) + len(w)
				break
			}
		}
		if next == at {
			return at
		}
		at = next
	}
}

var lessOftenWords = []string{"biweekly", "bi-weekly", "every other week", "every two weeks", "fortnightly", "monthly", "less often", "less frequently"}

// firstClause is t up to its first comma, semicolon or full stop.
func firstClause(t string) string { return cutAt(t, ",;.") }

// cutAt is t up to the first of the bytes in stops.
func cutAt(t, stops string) string {
	if k := strings.IndexAny(t, stops); k >= 0 {
		return t[:k]
	}
	return t
}

// levelBetween are the words that set a level between two others: "a step
// between", "sits between", "falls between".
var levelBetween = wordSet("step", "sits", "sit", "falls", "fall", "bridge", "ground", "somewhere", "midway", "halfway", "level", "lies")

// alsoSteppedTo reports "or to" / "and to" at i, after a step down to
// another level in the same sentence: "step down to our IOP or to weekly
// therapy".
func alsoSteppedTo(masked string, i int) bool {
	if w := wordBefore(masked, i); w != "or" && w != "and" {
		return false
	}
	for k := range wordIndexes(masked[:i], "to") {
		if stepDownVerb(masked, k) {
			return true
		}
	}
	return false
}

// priceAfter reports a price noun as what the frequency word modifies:
// "weekly rate", "daily fee", "a weekly or program rate". ("meets weekly
// at no cost", "Weekly individual sessions cost $150" price meetings.)
func priceAfter(masked string, end int) bool {
	w := wordAfter(masked, end)
	if priceNouns[w] {
		return true
	}
	if w != "or" && w != "and" {
		return false
	}
	k := indexFrom(masked, w, end) + len(w)
	next := wordAfter(masked, k)
	if next == "" {
		return false
	}
	return priceNouns[wordAfter(masked, indexFrom(masked, next, k)+len(next))]
}

var priceNouns = wordSet("rate", "rates", "fee", "fees", "price", "prices", "pricing", "cost", "costs", "charge", "charges", "billing", "copay", "copays",
	"premium", "premiums", "deductible", "payment", "payments", "invoice", "invoices")

// neededCare reports the frequency word at masked[i:end] before support
// or monitoring (a word or two between), as the object of a need's verb
// at most three words before it: "still need daily support", "require
// close daily monitoring". ("need to attend daily support groups": a
// group's meetings, which a need does not govern.)
func neededCare(masked string, i, end int) bool {
	k, found := end, false
	for n := 0; n < 3 && !found; n++ {
		w := wordAfter(masked, k)
		if w == "" {
			return false
		}
		k = indexFrom(masked, w, k) + len(w)
		found = w == "support" || w == "monitoring"
	}
	if !found {
		return false
	}
	if w := wordAfter(masked, k); w == "group" || w == "groups" || w == "meeting" || w == "meetings" {
		return false
	}
	// ("need consistent, daily support", "need structure and daily
	// support": the words of the object may come first.)
	for j, n := i, 0; n < 3; n++ {
		j = len(strings.TrimRight(masked[:j], " ,"))
		w := wordBefore(masked, j)
		// ("hard to stay sober without daily support", "people who lack
		// daily support at home": the support someone goes without.)
		if needVerbs[w] || lackWords[w] {
			return true
		}
		if w == "" || notNeedObjects[w] {
			return false
		}
		j -= len(w)
	}
	return false
}

// notNeedObjects end a need's object before the frequency word: "who
// need it daily support" is no need of daily support.
var notNeedObjects = wordSet("it", "them", "this", "that", "to", "a", "an", "the")

// lackWords go without what follows them: "without daily support",
// "lack daily support".
var lackWords = wordSet("without", "lack", "lacks", "lacking", "lacked", "missing")

// ratePrefixed reports a cue at i that a prefix joined by a hyphen turns
// into another rate: "bi-weekly" (every other week, or twice a week),
// "semi-weekly", "tri-weekly". ("twice-weekly" keeps its cue: the count
// glued to it gives the rate.)
func ratePrefixed(s string, i int) bool {
	if i < 1 || s[i-1] != '-' {
		return false
	}
	switch wordBefore(s, i-1) {
	case "bi", "semi", "tri":
		return true
	}
	return false
}

// weekDayHours opens on the week's programme and the clock time its day
// starts at: " programming starts at 7", " schedule begins at 8:30".
var weekDayHours = prefilter.MustCompile(`^\s+(?:programming|schedule|activities)\s+(?:starts?|begins?|runs?|opens?)\s+(?:at\s+|from\s+)?(?:about\s+|around\s+)?\d`)
