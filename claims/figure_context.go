package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// optionSpan reports a frequency word opening a "from … to …" span: "from
// weekly counseling to full-day treatment".
func optionSpan(masked string, q *quantity.Quantity) bool {
	pre := masked[max(0, q.Start-6):q.Start]
	if !strings.HasSuffix(strings.TrimRight(pre, " "), "from") {
		return false
	}
	rest := masked[q.End:min(len(masked), q.End+40)]
	k := strings.Index(rest, " to ")
	return k >= 0 && !strings.ContainsAny(rest[:k], ",;.")
}

// respectiveValues reports a list of figures given "respectively" to as
// many things named before it: "Detox, hospital care and residential
// care take 4, 16 and 90 days, respectively". Each value is one
// program's, so the list read as one span ("4 to 90 days") is no one's.
func respectiveValues(lower string, q *quantity.Quantity) bool {
	if !strings.HasPrefix(strings.TrimLeft(lower[q.End:], " ,"), "respectively") {
		return false
	}
	t := lowerASCII(q.Text)
	return strings.Count(t, ",") >= 1 || strings.Contains(t, " and ") || strings.Contains(t, " or ")
}

// optionRange reports a figure inside the first end of a range of kinds
// of care: "outpatient care spans a wide range, from one session once
// a week to whole days on a hospital unit".
func optionRange(masked string, q *quantity.Quantity) bool {
	from := max(0, q.Start-45)
	pre := masked[from:q.Start]
	k := lastIndex(pre, "from ")
	if k < 0 || strings.ContainsAny(pre[k:], ",;:.") {
		return false
	}
	rest := masked[q.End:min(len(masked), q.End+40)]
	if t := strings.Index(rest, " to "); t < 0 || strings.ContainsAny(rest[:t], ",;.") {
		return false
	}
	// ("range from short-term (21-28 days) to long-term (60 days or
	// more)": a kind named at the range's end, with its own span in
	// brackets.)
	if strings.HasSuffix(strings.TrimRight(pre, " "), "(") && strings.HasPrefix(strings.TrimLeft(masked[q.End:], " "), ")") {
		return false
	}
	lead := masked[max(0, from-60) : from+k]
	return hasWord(lead, "covers", "cover", "covering", "range", "ranges", "ranging", "spans", "span", "spanning", "anything", "everything", "anywhere", "gamut")
}

// setAgainstFigures reports the last of figures set against one another
// ("30 vs 60 vs 90 days", "60 versus 90 days"): lengths weighed as
// options, none of them stated.
func setAgainstFigures(lower string, q *quantity.Quantity) bool {
	if !strings.Contains(lower[max(0, q.Start-12):q.Start], "v") {
		return false
	}
	return figuresVersus.MatchString(lower[max(0, q.Start-40):q.Start])
}

var figuresVersus = prefilter.MustCompile(`\d+(?:-day|-week|-month)?\s+(?:vs\.?|versus)\s+$`)

// insideName reports a quantity whose words run into a program's name:
// "a day" in "Our PHP is a day program".
func insideName(s *sentence, q *quantity.Quantity) bool {
	for _, m := range s.mentions {
		if q.Start < m.end && m.start < q.End {
			// "one individual therapy session per week": a count of a
			// therapy's meetings holds the therapy's name, and is its.
			// ("one therapy appointment a week": outpatient care's.)
			if (therapySubject(m.subject) || m.subject == OP && strings.Contains(s.lower[m.start:m.end], "appointment")) && (q.Unit == quantity.Session || q.Unit == quantity.Times) && q.Per == quantity.Week {
				continue
			}
			return true
		}
	}
	return false
}

// tracksName reports "an evening" or "a morning" that names a track of
// the program right after it ("than weekly counseling or an evening IOP
// can give"), no count of evenings.
func tracksName(s *sentence, q *quantity.Quantity) bool {
	if q.Per != quantity.None || !q.HasMax || q.Max != 1 || q.Unit != quantity.Day {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= q.End && programSubject(m.subject) {
			return strings.TrimSpace(s.lower[q.End:m.start]) == ""
		}
	}
	return false
}

// sumWords reports a sentence adding its figures up: "That adds up to
// 30 hours", "in total", "altogether".
func sumWords(lower string) bool {
	return addsUp(lower) || strings.Contains(lower, "in total") ||
		strings.Contains(lower, "altogether") || strings.Contains(lower, "a total of") || strings.Contains(lower, "all told")
}

// activitiesAfter reports a list of activities after a figure: "… of
// group therapy, skills practice and recovery planning".
func activitiesAfter(lower string, end int) bool {
	rest, ok := strings.CutPrefix(lower[end:], " of ")
	if !ok {
		return false
	}
	if k := strings.IndexAny(rest, ".;:("); k >= 0 {
		rest = rest[:k]
	}
	// ("two hours of group therapy daily, an hour of individual therapy
	// weekly and …": each activity with its own figure.)
	if strings.Contains(rest, "hour") || strings.Contains(rest, "minute") || strings.ContainsAny(rest, "0123456789") || strings.Contains(rest, "weekly") || strings.Contains(rest, "daily") {
		return false
	}
	// ("3 hours of group therapy, such as relapse prevention, anger
	// management and family roles": the group's topics, not activities
	// beside it.)
	for _, w := range []string{"such as", "covering", "including", "like ", "on topics", "topics"} {
		if strings.Contains(rest, w) {
			return false
		}
	}
	c := strings.Index(rest, ", ")
	return c > 0 && c < 40 && strings.Contains(rest[c:], " and ")
}

// namesTreatment reports the treatment or the program named as what a
// figure is of; "within program hours", "on program days" only say when.
func namesTreatment(masked string) bool {
	if hasWord(masked, "treatment", "programming") {
		return true
	}
	for i := range wordIndexes(masked, "program") {
		switch wordAfter(masked, i+len("program")) {
		case "hours", "day", "days", "time", "schedule":
		default:
			return true
		}
	}
	return false
}

// substanceLabelled reports a value after a label that names a substance.
func substanceLabelled(s *sentence, i int) bool {
	label, e := s.label()
	return e > 0 && e <= i && substanceLabel(lowerASCII(label))
}

// cutAfterWhich is pre up to the last relative pronoun after a comma and
// the pronoun, so that referredToWhich can read the clause the figure's
// predicate opens ("…, which offers a" → "…, which ").
func cutAfterWhich(pre string) string {
	k := -1
	for _, w := range []string{", which ", ", who ", ", where ", ", that "} {
		if i := lastIndex(pre, w); i > k {
			k = i + len(w)
		}
	}
	if k < 0 || strings.ContainsAny(pre[k:], ",;") || wordCount(pre[k:]) > 6 {
		return ""
	}
	return pre[:k]
}

// referredToWhich ends on a place clients are referred to and a relative
// pronoun that goes on to say what it runs: "we refer people to St.
// Anne's Hospital, which".
var referredToWhich = prefilter.MustCompile(`\b(?:refer|refers|referred|referring|send|sends|sent|transfer|transfers|transferred|direct|directs|connect|connects)\b[^.;]*?\bto\s+[^;]{2,80}?,\s*(?:which|who|that|where)\s+(?:also\s+|now\s+)?$`)

// askedWithin reports a figure inside a question that does not end its
// sentence: "Is 28 Days Enough? How Long Rehab Really Takes" asks about
// the 28 days, as a question of its own would.
func askedWithin(text string, end int) bool {
	k := strings.IndexAny(text[end:], "?.!")
	return k >= 0 && text[end+k] == '?' && strings.TrimSpace(text[end+k+1:]) != ""
}

func isQuestion(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, "?")
}

// includesBack opens a sentence on what the one before gave, said to
// include what comes next, up to the figure: "This includes ", "It also
// includes about ".
var includesBack = prefilter.MustCompile(`^\W*(?:this|that|it|each\s+day|the\s+day)\s+(?:also\s+)?(?:includes|included|contains|covers)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$`)

// dayPartAfter reports what follows a day's hours naming them one part
// of the day: its schooling, or what they are given to.
func dayPartAfter(rest string) bool {
	return schoolTimeAfter.MatchString(rest) || partGivenTo.MatchString(rest)
}

// partGivenTo follows a day's hours, in their clause, with what they
// are given to: "… each day are dedicated to", "… is set aside for".
var partGivenTo = prefilter.MustCompile(`^[^.;,]{0,40}?\b(?:are|is)\s+(?:dedicated|devoted|set\s+aside|reserved|given\s+over)\b`)

// schoolTimeAfter follows a day's hours with the schooling they are:
// " daily of educational programming", " a day of academic instruction".
var schoolTimeAfter = prefilter.MustCompile(`^\s+(?:(?:daily|a\s+day|per\s+day|each\s+day)\s+)?(?:of\s+)(?:educational|academic|school|schooling|classroom|tutoring)\b`)

func vagueWords(q *quantity.Quantity) bool {
	return hasWord(lowerASCII(q.Text), "few", "couple")
}

// scheduleVerbs say that someone attends or a program provides: a
// frequency word in a sentence without them describes something else.
var scheduleVerbs = []string{"attend", "attends", "attending", "meet", "meets", "meeting", "participate", "participates",
	"need", "needs", "require", "requires", "provide", "provides", "offer", "offers", "involve", "involves", "schedule",
	"scheduled", "held", "visit", "visits", "receive", "receives", "go", "goes", "come", "comes", "run", "runs"}

// meetingsAfter opens on the meetings a frequency word times, a word or
// two of what they are between: " therapy sessions", " group meetings",
// " classes".
var meetingsAfter = prefilter.MustCompile(`^\s+(?:[a-z-]+\s+){0,2}?(?:sessions|groups|meetings|classes|appointments)\b`)

// staffShift ends on the schedule staff work, the figure next: "counselors
// work a Tuesday to Saturday schedule of roughly", "our nurses work 12-hour
// shifts from".
var staffShift = prefilter.MustCompile(`\b(?:counselors?|counsellors?|therapists?|nurses?|clinicians?|staff|employees|techs?|technicians?|physicians?|doctors?)\s+(?:(?:usually|typically|generally|often|also|will)\s+)?(?:work|works)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:schedule|shift|shifts|day|days|week)\s+(?:of|from)\s+(?:(?:about|roughly|around|approximately)\s+)?$`)

// anyCareAfter follows a length of care of any kind: " of some kind of
// treatment", " of any form of care", " in some form of treatment".
var anyCareAfter = prefilter.MustCompile(`^\s+(?:of|in)\s+(?:some|any)\s+(?:kind|form|sort|type|level)\s+of\s+(?:treatment|care|support|help)\b`)

// hasPrefixWord reports whether t, past spaces, opens with one of the words.
func hasPrefixWord(t string, words ...string) bool {
	t = strings.TrimLeft(t, " ")
	for _, w := range words {
		if strings.HasPrefix(t, w) && (len(t) == len(w) || !isWordByte(t[len(w)])) {
			return true
		}
	}
	return false
}

// permissionAsked reports a question asking whether something is
// allowed: "Can I leave early …?", "May my family visit?".
func permissionAsked(q string) bool {
	return hasPrefixWord(q, "can i", "may i", "can we", "may we", "can my", "may my", "am i allowed", "are we allowed", "is it ok", "is it okay")
}

// partsListed returns where a list of parts opens with a verb of holding,
// with a comma and an "and" after it ("consists of groups, individual
// therapy and …"), or -1.
func partsListed(pre string) int {
	for _, v := range []string{"consists of", "consist of", "is made up of", "are made up of", "combines", "includes", "include"} {
		if k := lastIndex(pre, v); k >= 0 && strings.Contains(pre[k:], ",") && strings.Contains(pre[k:], " and ") {
			return k
		}
	}
	return -1
}

// servicesAfter reports a list of two or more services right after hours
// ("… of group therapy, individual therapy and family sessions", "… of
// individual therapy, group counseling and medication management"): the
// parts the hours are made of.
func servicesAfter(rest string) bool {
	t, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "of ")
	if !ok {
		return false
	}
	if k := strings.IndexAny(t, ".;:("); k >= 0 {
		t = t[:k]
	}
	k := strings.Index(t, " and ")
	if k < 0 || !strings.Contains(t[:k], ",") {
		return false
	}
	// (The list ends with its "and" item: ", depending on …" is not one.)
	if e := strings.IndexByte(t[k:], ','); e >= 0 {
		t = t[:k+e]
	}
	// Three services or more, each one named and none timed on its own
	// ("four hours a week of group therapy, one hour of individual
	// therapy each week, and …" times each; "… of group therapy,
	// covering coping skills, trauma and relapse prevention" lists
	// topics).
	items := strings.FieldsFunc(strings.ReplaceAll(t, " and ", ","), func(r rune) bool { return r == ',' })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if !anyWordIn(it, hoursPartWords) || strings.ContainsAny(it, "0123456789") || hasWord(it, "hour", "hours", "minutes", "one", "two", "three", "weekly", "daily") {
			return false
		}
	}
	return true
}

var hoursPartWords = wordSet("therapy", "counseling", "counselling", "sessions", "session", "groups", "group", "management", "education", "psychiatry",
	"care", "checks", "visits", "classes", "support")
