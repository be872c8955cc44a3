package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// activityNames are activities a program holds beside its own schedule,
// each on days and for times of its own: a specialty therapy, a class of
// body or mind, an outing.
const activityNames = `(?:(?:` + activityTherapyKinds + `)(?:-assisted|-based|-focused)?\s+therap(?:y|ies)` +
	`|yoga|meditation|tai\s+chi|qigong|acupuncture|sound\s+baths?|fitness|hiking|hikes|outings|recreation` +
	// A teen program's schooling keeps a timetable of its own: "Classroom
	// time is Monday through Thursday", "Tutoring runs Monday to Friday".
	`|academic|academics|school|schoolwork|classroom|study\s+hall|tutoring|homework` +
	// A faith-based program's worship keeps its own days too: "Chapel is
	// held Sunday and Wednesday evenings".
	`|chapel|worship|prayer|prayers|devotions|devotionals|bible\s+stud(?:y|ies))` +
	`(?:\s+(?:class|classes|sessions?|groups?|workshops?|time|hours?|blocks?|periods?))?`

// activityTherapyKinds are the kinds of therapy held as activities;
// specialtyTherapy adds the kinds held as sessions of their own (trauma,
// EMDR).
const activityTherapyKinds = `equine|art|music|experiential|recreation|recreational|adventure|wilderness|dance|drama|pet|animal|horticultural|massage|sound|movement`

// clauseSubjectOpen opens a clause up to its subject, past a fronted
// phrase closed by a comma and a few determiners: the activity named
// after it is what the clause is about ("Our IOP with yoga meets four
// days a week" is the IOP's).
const clauseSubjectOpen = `^(?:[^,]*,\s*)?\s*(?:(?:a|an|the|our|each|every|weekly|daily|optional|also|and|separate)\s+)*`

// takesPlace is a verb of taking place, its passive one of participles
// or the bare copula, and what may follow it before the figure: "is
// offered", "meets", "takes place on site", "is" ("Yoga is Tuesday and
// Thursday mornings").
func takesPlace(participles string) string {
	return `\s+(?:(?:is|are)(?:\s+(?:also\s+)?(?:` + participles + `))?|meets?|runs?|takes?\s+place|happens?|occurs?)\s+(?:(?:on-site|onsite|on\s+site|here)\s+)?`
}

// activityHeld is an activity as the subject of a verb of taking place,
// the figure right after it: "Music therapy is offered three times a
// week", "Yoga classes meet twice a week", "Equine therapy takes place
// on Fridays".
var activityHeld = prefilter.MustCompile(clauseSubjectOpen + activityNames + takesPlace(`offered|held|scheduled|available|provided|taught|led`) + `(?:for\s+|on\s+)?\s*$`)

// activityJoined is an activity as what clients take part in, the figure
// right after it: "Residents attend yoga twice a week", "clients join
// art therapy on Tuesdays".
var activityJoined = prefilter.MustCompile(`\b(?:attend|attends|join|joins|take|takes|do|does|practice|practices|practise|practises|enjoy|enjoys)\s+(?:(?:a|an|the|our)\s+)?` +
	activityNames + `(?:\s+on)?\s*$`)

// groupHeld is a group as the subject of a verb of taking place, the
// figure right after it: "A DBT skills group meets three times a week".
var groupHeld = prefilter.MustCompile(clauseSubjectOpen + `(?:[a-z'’-]+\s+){0,3}groups?` + takesPlace(`offered|held|scheduled|available|provided|led|run`) + `$`)

// groupThatHeld ends on a group a relative clause says meets, right
// before the figure: "a relapse-prevention group that meets ".
var groupThatHeld = prefilter.MustCompile(`(?:[a-z'’-]+\s+){0,3}groups?\s*,?\s+(?:that|which)\s+(?:meets?|runs?|(?:is|are)\s+held)\s+(?:on\s+)?$`)

// activityTimed reports a figure q that times one activity the clause is
// about, not the program that holds it: on a residential page "Music
// therapy is offered three times a week" says nothing of how often the
// residents' program meets; nor does "A relapse-prevention group is held
// once a week" or "a twice-weekly dual-diagnosis group" of how often the
// program's groups do. (A program named between the activity and the
// figure keeps it: "Yoga is part of our IOP, which meets three days a
// week", "Our women's IOP group meets four days a week".)
func activityTimed(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.masked[lo:q.Start]
	if activityHeld.MatchString(pre) || activityJoined.MatchString(pre) {
		return true
	}
	// ("Meditation is Monday through Friday for half an hour": the hours
	// said right after the activity's days are its hours.)
	for k := range s.qs {
		if d := &s.qs[k]; d.End <= q.Start && d.Start >= lo && d.Per == quantity.Week && forAfterDays.MatchString(s.lower[d.End:q.Start]) {
			return activityTimed(s, d)
		}
	}
	// ("Twice a week, IOP groups end with a short mindfulness practice":
	// a rate set before the clause, of what the meetings open or close
	// with.)
	if strings.TrimSpace(pre) == "" && partOfMeeting.MatchString(s.lower[q.End:]) {
		return true
	}
	// ("On Thursday and Friday residents do community service", "On
	// Sundays, residents attend chapel": days set before the clause,
	// and the activity its main verb takes.)
	if p := strings.TrimSpace(pre); (p == "" || p == "on" || p == "from") && activityAfterDays.MatchString(s.masked[q.End:]) {
		return true
	}
	if groupHeld.MatchString(pre) {
		return kindOfGroup(pre) && !programBefore(s, lo, q.Start)
	}
	// ("Graduates join a relapse-prevention group that meets weekly": a
	// relative clause on a group of a kind.)
	if loc := groupThatHeld.FindStringIndex(pre); loc != nil {
		return kindOfGroup(pre) && !programBefore(s, lo+loc[0], q.Start)
	}
	// ("a twice-weekly dual-diagnosis group": the figure said of the group
	// within the three words after it.)
	if q.Adjectival {
		rest := s.lower[q.End:]
		f := strings.Fields(rest[:len(rest)-len(wordsAfterOf(s.lower, q.End, 4))])
		for n, w := range f {
			if w = strings.Trim(w, ",;:.()"); w == "group" || w == "groups" {
				return kindOfGroup(" "+strings.Join(f[:n], " ")+" "+w+" ") && !programBefore(s, q.End, q.End+len(strings.Join(f[:n+1], " "))+1)
			}
		}
	}
	return false
}

// activityAfterDays follows fronted days with a clause whose verb takes
// an activity: ", residents attend chapel", " they do community service",
// ", students take part in a wilderness outing".
var activityAfterDays = prefilter.MustCompile(`^\s*,?\s*(?:[a-z'’-]+\s+){1,3}?(?:attend|attends|join|joins|do|does|take|takes|practice|practices|practise|practises|enjoy|enjoys|perform|performs|go\s+to|goes\s+to|go\s+on|goes\s+on|take\s+part\s+in|takes\s+part\s+in|participate\s+in|participates\s+in)\s+(?:(?:a|an|the|our|their)\s+)?(?:` + activityNames + `|community\s+services?(?:\s+projects?)?|(?:service|work)\s+projects?|(?:[a-z-]+\s+){0,3}?(?:trips?|outings?|excursions?|campouts?|expeditions?))\b`)

// forAfterDays is what comes between a week's days and the hours each
// of them holds: " for ", ", for ".
var forAfterDays = prefilter.MustCompile(`^\s*,?\s*for\s+$`)

// partOfMeeting follows a fronted rate with meetings that open or close
// on something: ", iop groups end with ", ", the session opens with ".
var partOfMeeting = prefilter.MustCompile(`^\s*,\s+(?:[a-z'’-]+\s+){0,4}?(?:ends?|closes?|opens?|begins?|starts?|finish(?:es)?|wraps?\s+up)\s+(?:with|by)\b`)

// belowProgram is a comparison that puts what came before below what
// follows: "is not as intensive as", "less intensive than", "a lower
// level of care than".
var belowProgram = prefilter.MustCompile(`\b(?:not\s+(?:as|so|nearly\s+as)\s+(?:intensive|intense|structured)\s+as|less\s+(?:intensive|intense|structured)\s+than|(?:a\s+)?lower\s+(?:level\s+of\s+care|intensity)\s+than)\b`)

// heldBelow reports a figure whose sentence goes on to say that what it
// describes is less intensive than a program, with subj named nowhere
// before the comparison: the figure is the lighter care's. ("Our PHP is
// five days a week and is less intensive than inpatient care" keeps the
// PHP's.)
func heldBelow(s *sentence, q *quantity.Quantity, subj Subject) bool {
	if !strings.Contains(s.lower, "intens") && !strings.Contains(s.lower, " lower ") {
		return false
	}
	loc := belowProgram.FindStringIndex(s.lower[q.End:])
	if loc == nil {
		return false
	}
	cmp := q.End + loc[0]
	for _, m := range s.mentions {
		if m.subject == subj && m.start < cmp {
			return false
		}
	}
	return true
}

// fromRoundTheClockTo ends on a move out of round-the-clock care right
// before the figure it lands on: "from living here around the clock to
// just ", "from residential treatment to only ", "from staying with us
// for a week or two to just ".
var fromRoundTheClockTo = prefilter.MustCompile(`\bfrom\s+(?:[a-z'’-]+\s+){0,4}?(?:residential|inpatient|hospital|hospitalization|around\s+the\s+clock|round\s+the\s+clock|round-the-clock|around-the-clock|24/7|24-hour|full-time|(?:living|staying)\s+(?:here|there|with\s+us|on\s+site|on-site))\b[^.;:,]{0,50}?\s+to\s+(?:just\s+|only\s+|merely\s+|about\s+|roughly\s+)?$`)

// movedToFigure reports a figure that fromRoundTheClockTo lands on with
// subj named nowhere before it in the sentence: the care moved to, not
// the program the page is about. ("Clients step down from inpatient care
// to our PHP, 25 hours a week" names where they go.)
func movedToFigure(s *sentence, q *quantity.Quantity, subj Subject) bool {
	if !strings.Contains(s.lower, "from ") || mentionedBefore(s, subj, q.Start) {
		return false
	}
	return fromRoundTheClockTo.MatchString(s.lower[max(0, q.Start-90):q.Start])
}

// notThatProgram ends on a predicate that denies what went before is a
// program, right before the program's name: "… is not really an ",
// "… doesn't qualify as ", "… would not count as an ".
var notThatProgram = prefilter.MustCompile(`\b(?:(?:is|are)\s+not|isn't|isn’t|aren't|aren’t|(?:does|do|would|will|can)\s+not\s+(?:qualify|count)\s+as|(?:doesn't|doesn’t|don't|don’t|wouldn't|wouldn’t|won't|won’t|can't|can’t)\s+(?:qualify|count)\s+as)\s+(?:(?:really|truly|quite|actually|technically|considered)\s+)?(?:an?\s+)?$`)

// deniedAsProgram reports a figure in what a sentence then says is not
// the program: "A program that meets two hours, once a week, is not
// really an IOP", "Two hours on one evening a week doesn't qualify as
// IOP". The figures describe something else.
//
// (Only where the sentence names the program nowhere before the figure,
// and no clause of its own comes between: "Our IOP lasts eight weeks,
// and time in detox does not count as IOP" states the IOP's length.)
func deniedAsProgram(s *sentence, q *quantity.Quantity, subj Subject) bool {
	if mentionedBefore(s, subj, q.Start) {
		return false
	}
	for _, m := range s.mentions {
		if m.subject != subj || m.start < q.End {
			continue
		}
		between := s.lower[q.End:m.start]
		if strings.ContainsAny(between, ".;!?") || clauseJoined.MatchString(between) {
			return false
		}
		return notThatProgram.MatchString(between)
	}
	return false
}

// clauseJoined is a clause of its own joined by a comma: ", and time
// spent …", ", though the first week …".
var clauseJoined = prefilter.MustCompile(`,\s+(?:and|but|though|although|while|so|whereas|yet)\s`)

// clauseStartPastWhich is where q's clause starts, past a relative
// clause to what it is said of: "probation, which typically lasts …", "a
// youth group, which meets on Tuesdays for …".
func clauseStartPastWhich(lower string, q *quantity.Quantity) int {
	lo, _ := clauseBounds(lower, q.Start, q.End)
	if k := strings.LastIndex(lower[:q.Start], ", which "); k >= 0 && k < lo {
		lo, _ = clauseBounds(lower, k, k)
	}
	return lo
}

// groupThatMeets ends on a group a relative clause says meets, up to how
// long: "a weekly youth group that meets on Tuesday afternoons for ".
var groupThatMeets = prefilter.MustCompile(`\b(?:group|groups|class|classes|meeting|meetings)\s*,?\s+(?:that|which)\s+(?:meets?|runs?|gathers?)\b[^.;,]{0,50}?\bfor\s+(?:about\s+|around\s+|roughly\s+)?$`)

// groupMeetingLength reports a length at q that a relative clause gives a
// group named just before: "Most teens step down to a weekly youth group
// that meets on Tuesday afternoons for 90 minutes" times the group, not
// the program's week. A program named in the clause keeps it ("Our IOP
// is a group that meets three days a week for three hours").
func groupMeetingLength(s *sentence, q *quantity.Quantity) bool {
	lo := clauseStartPastWhich(s.lower, q)
	return groupThatMeets.MatchString(s.masked[lo:q.Start]) && !programBefore(s, lo, q.Start)
}
