package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// consistsOf ends on what a program is made of: "consists of",
// "offers", "is built around".
// attendGroups is a clause's opening up to the figure when the
// program's clients attend its groups, or the program meets as them:
// "Clients attend two ", "Our IOP meets for ".
var attendGroups = prefilter.MustCompile(`^\W*(?:(?:(?:our|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:iop|php|program)\s+)?(?:clients|participants|patients|members|you|adults|teens)(?:\s+will|'ll|’ll)?\s+(?:attend|join|come\s+to|take\s+part\s+in|participate\s+in)\s+(?:(?:one|two|three|four|five|\d+)\s+)?$|^\W*(?:our\s+|the\s+)(?:[a-z-]+\s+){0,2}?(?:iop|php|program)\s+(?:meets|runs)\s+(?:for\s+|as\s+)?(?:(?:one|two|three|four|five|\d+)\s+)?$`)

// weekOfGroups is the program whose week a count of group sessions a
// week opening its clause (from lo) is: the program named before the
// colon it follows, when what precedes the colon is the program's name or
// speaks of its schedule ("Our evening IOP keeps one plan at every
// clinic: four group sessions a week"), or, opening its line, the
// program in view under a heading that names it or no one else. It is ""
// when the sentence counts days another way too, adds something after
// the groups ("…, plus one individual session", "…, one individual
// session and one family session"), meets more than once a day ("Six
// group sessions a week (two each day)"), is for another audience or
// format ("… for spouses and parents", "Family Program", "Virtual
// option") or the label names another group or phase ("IOP graduates:",
// "After you finish IOP:", "Our IOP team also runs a relapse-prevention
// group:").
func (st *state) weekOfGroups(s *sentence, q *quantity.Quantity, lo int) Subject {
	open := s.lower[lo:q.Start]
	colon := strings.LastIndexByte(open, ':')
	rest := s.lower[q.End:]
	if strings.Trim(open[colon+1:], " •*-–—") != "" || q.Per != quantity.Week || q.Max > 5 || addedAfter(rest) ||
		hasWord(rest, otherMeetingWords...) || hasWord(rest, "day", "daily") {
		return NoSubject
	}
	for i := range s.qs {
		if o := &s.qs[i]; o.Start != q.Start && o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times) {
			return NoSubject
		}
	}
	if colon < 0 {
		if _, ok := st.groupsHeading(s); !ok {
			return NoSubject
		}
		return st.programInView()
	}
	label := open[:colon]
	var named *mention
	for i := range s.mentions {
		if m := &s.mentions[i]; m.end <= lo+colon {
			named = m
		}
	}
	if named == nil || !programSubject(named.subject) || named.subject == Detox || hasWord(label, otherMeetingWords...) {
		return NoSubject
	}
	if wordCount(label) > 4 && !hasWord(label, "schedule", "plan", "format", "structure", "routine", "week") {
		return NoSubject
	}
	return named.subject
}

// groupsMeetOpen opens a clause on the program's plain groups meeting:
// "Group sessions meet …", "Our groups run …".
var groupsMeetOpen = prefilter.MustCompile(`^\W*(?:our\s+|the\s+)?(?:group\s+sessions|groups|group\s+therapy(?:\s+sessions)?)\s+(?:meet|run|are\s+held|take\s+place)\b`)

// groupsHeadedBy is the program whose section a sentence sits in, when
// the section's heading names it and no other audience or format
// ("Family program", "Virtual option"): "" otherwise.
func (st *state) groupsHeadedBy(s *sentence) Subject {
	subj, ok := st.groupsHeading(s)
	if !ok {
		return NoSubject
	}
	return subj
}

// groupsHeading reads the heading a sentence sits under for groups: the
// program it names ("" when it names none, or there is no heading), and
// false when it names anything else, or another audience, format or phase.
func (st *state) groupsHeading(s *sentence) (Subject, bool) {
	h := st.headingBlock
	if h < 0 || h >= s.bi {
		return NoSubject, true
	}
	if hasWord(st.lower[h], otherMeetingWords...) {
		return NoSubject, false
	}
	subj := st.headingSubject(s.doc.Blocks[h].Text)
	if subj == NoSubject {
		return NoSubject, true
	}
	return subj, programSubject(subj) && subj != Detox
}

// audienceWords name meetings and audiences other than a program's own
// clients' groups; otherMeetingWords add formats and phases.
var (
	audienceWords = []string{"individual", "family", "families", "one-on-one", "couples", "spouses", "parents", "relatives", "loved",
		"alumni", "graduates", "community", "aftercare"}
	otherMeetingWords = append(slices.Clip(audienceWords), "continuing", "after", "phase", "step-down", "virtual", "video", "online",
		"telehealth", "group", "groups", "team")
)

// groupsOfFigure reports plain group sessions the figure counts or
// times: "two 3-hour group sessions", not a family or alumni group.
func groupsOfFigure(lower string, q *quantity.Quantity) bool {
	rest := lower[q.End:min(len(lower), q.End+30)]
	if q.Adjectival {
		// "3-hour group sessions a week".
		return strings.HasPrefix(rest, " group session") || strings.HasPrefix(rest, " group therapy session")
	}
	t := lowerASCII(q.Text)
	return strings.Contains(t, " group session") && !hasWord(t, "family", "alumni", "support", "multifamily", "parent", "parents")
}

var consistsOf = prefilter.MustCompile(`\b(?:consists?\s+of|made\s+up\s+of|built\s+around|offers?|provides?|includes?)\s+(?:a\s+|an\s+|the\s+)?$`)

// opensOnGroups reports a sentence whose subject is the groups: "Groups
// run 90 minutes" after "Individual sessions are 50 minutes."
func opensOnGroups(lower string) bool {
	t := trimLeftWords(lower)
	for _, p := range []string{"groups ", "group sessions ", "our groups ", "the groups ", "group therapy sessions ", "each group "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// groupAfter reports a group named within two words after i ("weekly
// relapse-prevention group", "weekly family group").
func groupAfter(masked string, i int) bool {
	for w := range wordsAfter(masked, i, 3) {
		if w == "group" || w == "groups" {
			return true
		}
		// "a once-weekly continuing care group", "a weekly family
		// group": care after or beside the program, not its therapy.
		if notTherapyGroup[w] {
			return false
		}
	}
	return false
}

// careAfter reports a mention of care other than a program (aftercare,
// continuing care, an alumni or family group) starting within a few words
// after end, nothing but words between.
func careAfter(s *sentence, end int) bool {
	for _, m := range s.mentions {
		// ("meets daily and includes family therapy": a clause of its
		// own, joined by "and".)
		if m.subject != Other || m.start < end || m.start-end > 20 {
			continue
		}
		if between := s.lower[end:m.start]; !strings.ContainsAny(between, ",;:.()") &&
			!hasWord(between, "and", "or", "with", "plus", "includes", "include", "offers", "offer", "on", "in", "to", "for", "of") {
			return true
		}
	}
	return false
}

// careOpens reports the clause before start opening on care after a
// program (aftercare, continuing care, an alumni program) as its subject:
// "Aftercare consists of ", "Our alumni program is ".
func careOpens(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	for _, m := range s.mentions {
		if m.start < lo || m.start >= start {
			continue
		}
		if m.subject != Other {
			return false
		}
		t := s.lower[m.start:m.end]
		if !strings.Contains(t, "aftercare") && !strings.Contains(t, "continuing") && !strings.Contains(t, "alumni") {
			return false
		}
		// Nothing but an owner before it: "Our", "The", "RITL's".
		before := strings.Fields(strings.Trim(s.lower[lo:m.start], " -•*"))
		if len(before) == 0 {
			return true
		}
		w := before[len(before)-1]
		return len(before) <= 2 && (w == "our" || w == "the" || w == "their" || w == "its" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
	}
	return false
}

var notTherapyGroup = wordSet("continuing", "continuing-care", "aftercare", "alumni", "family", "multi-family", "multifamily", "parent", "parents", "support", "peer")

// groupsLast ends on groups said to last: "groups run", "group sessions
// typically last about".
var groupsLast = prefilter.MustCompile(`(?:^|[;,.]\s*|\band\s+|\bwhile\s+)(?:(?:the\s+|our\s+|all\s+)?(?:groups|group\s+sessions|group\s+therapy\s+sessions)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:last|run|take|are|(?:meet|run|last)\s+for)|each\s+group\s+(?:session\s+)?(?:usually\s+|typically\s+|generally\s+)?(?:lasts|runs|takes|is|(?:meets|runs|lasts)\s+for))\s+(?:about\s+|around\s+|roughly\s+)?$`)

// meetingAttended is a mutual-help meeting someone attends: "attend a
// community support meeting", "go to an AA or NA meeting".
var meetingAttended = prefilter.MustCompile(`\b(?:attend|attends|attending|go\s+to|goes\s+to|join|joins)\s+(?:an?\s+|the\s+|their\s+|one\s+)?(?:[a-z-]+\s+){0,3}?(?:support|aa|na|12-step|twelve-step|mutual-help|smart\s+recovery)\s+(?:or\s+[a-z]+\s+)?(?:meeting|meetings)\b`)

// daysForMeetings follows days given to mutual-help meetings: "…
// Saturday and Sunday for recovery meetings", "… to attend AA meetings".
var daysForMeetings = prefilter.MustCompile(`^\s*(?:mornings?|afternoons?|evenings?|nights?)?\s*(?:for|to\s+attend|to\s+go\s+to)\s+(?:an?\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:support|recovery|aa|na|12-step|twelve-step|mutual-help|mutual-support|smart\s+recovery|community)\s+(?:group\s+)?meetings?\b`)

// ownMeeting reports a sentence that makes the meeting the program's:
// "our recovery support meetings", "the SMART Recovery meeting we host",
// "… which is part of the day's schedule", a meeting beside group
// therapy, or residents' house meeting.
func ownMeeting(lower string) bool {
	return hasWord(lower, "our", "we", "group", "groups", "therapy", "residents", "host", "hosts", "hosted") || strings.Contains(lower, "part of")
}

// frontedDays reports days opening their sentence: "On Tuesdays and
// Thursdays, …".
func frontedDays(pre string) bool {
	switch strings.Trim(pre, " •*-") {
	case "", "on", "every", "each":
		return true
	}
	return false
}

// meetingLong reports a length one group meeting may have, two hours at
// most: "Groups run six hours" is a program's day.
func meetingLong(q *quantity.Quantity) bool {
	switch q.Unit {
	case quantity.Minute:
		return true
	case quantity.Hour:
		return q.HasMax && q.Max <= 2
	}
	return false
}

// labelledGroup reports a figure on a line labelled by a group the
// subject terms do not name: "Relapse-prevention group: 90 minutes".
// With named, the label must name the group by its topic ("Skills
// group"), not by how or when the program's groups meet ("Live group",
// "Evening groups").
func labelledGroup(s *sentence, start int, named bool) bool {
	label, e := s.label()
	if e <= 0 || start < e || !groupTerm(lowerASCII(strings.TrimSpace(label))) || wordCount(label) > 4 {
		return false
	}
	if named && !anyWordIn(lowerASCII(label), groupTopics) {
		return false
	}
	for _, m := range s.mentions {
		if m.start < e {
			return false
		}
	}
	return true
}

// groupTopics name a group by what it works on ("Skills group",
// "Relapse prevention group"), not by whom it serves or when and how it
// meets ("Adult group", "Evening group", "Telehealth group": a track of
// the program).
var groupTopics = wordSet("skills", "skill", "mindfulness", "process", "relapse", "prevention", "dbt", "cbt", "psychoeducation", "psychoeducational",
	"education", "educational", "trauma", "anger", "grief", "art", "music", "yoga", "recreation", "recreational", "coping", "emotion", "emotions",
	"spirituality", "spiritual", "nutrition", "meditation", "expressive", "experiential", "motivational", "acceptance", "communication", "wellness",
	"exercise", "parenting", "seeking", "12-step", "shame", "boundaries", "stress")

func groupTerm(t string) bool {
	return strings.HasSuffix(t, " group") || strings.HasSuffix(t, " groups")
}

// joinedGroup reports a group that is the object of joining or
// attending: "can join a continuing-care group", "attend our aftercare
// group".
func joinedGroup(lower string, m mention) bool {
	if !strings.Contains(lower[m.start:m.end], "group") && wordAfter(lower, m.end) != "group" {
		return false
	}
	pre := strings.Fields(lower[max(0, m.start-30):m.start])
	if len(pre) > 0 {
		switch pre[len(pre)-1] {
		case "a", "an", "our", "the", "weekly":
			pre = pre[:len(pre)-1]
		}
	}
	if len(pre) == 0 {
		return false
	}
	switch pre[len(pre)-1] {
	case "join", "joins", "attend", "attends", "into":
		return true
	}
	return false
}

// groupPointedBack opens on a pronoun or "the group": "It meets once a
// week", "The group runs 90 minutes".
func groupPointedBack(next string) bool {
	t := strings.TrimLeft(next, " ")
	for _, p := range []string{"it ", "the group ", "this group ", "that group ", "each group "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// afterCareGroup reports a group clients go on to after the program:
// "continuing-care group", "aftercare group", "alumni group".
func afterCareGroup(t string) bool {
	return strings.Contains(t, "continuing") || strings.Contains(t, "aftercare") || strings.Contains(t, "alumni")
}
