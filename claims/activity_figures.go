package claims

import "github.com/factlint/factlint/internal/prefilter"

// activityNames are activities a program holds beside its own schedule,
// each on days and for times of its own: a specialty therapy, a class of
// body or mind, an outing.
const activityNames = `(?:(?:equine|art|music|experiential|recreation|recreational|adventure|wilderness|dance|drama|pet|animal|horticultural|massage|sound|movement)(?:-assisted|-based|-focused)?\s+therap(?:y|ies)` +
	`|yoga|meditation|tai\s+chi|qigong|acupuncture|sound\s+baths?|fitness|hiking|hikes|outings|recreation)` +
	`(?:\s+(?:class|classes|sessions?|groups?|workshops?|time))?`

// activityHeld is an activity as the subject of a verb of taking place,
// the figure right after it: "Music therapy is offered three times a
// week", "Yoga classes meet twice a week", "Equine therapy takes place
// on Fridays".
var activityHeld = prefilter.MustCompile(`(?:^|[^a-z-])` + activityNames +
	`\s+(?:(?:is|are)\s+(?:also\s+)?(?:offered|held|scheduled|available|provided|taught|led)|meets?|runs?|takes?\s+place|happens?|occurs?)\s+(?:(?:on-site|onsite|on\s+site|here)\s+)?(?:for\s+)?\s*$`)

// activityJoined is an activity as what clients take part in, the figure
// right after it: "Residents attend yoga twice a week", "clients join
// art therapy on Tuesdays".
var activityJoined = prefilter.MustCompile(`\b(?:attend|attends|join|joins|take|takes|do|does|practice|practices|practise|practises|enjoy|enjoys)\s+(?:(?:a|an|the|our)\s+)?` +
	activityNames + `\s*$`)

// activityTimed reports a figure at i that times one activity the clause
// is about, not the program that holds it: on a residential page "Music
// therapy is offered three times a week" says nothing of how often the
// residents' program meets. (A program named between the activity and
// the figure keeps it: "Yoga is part of our IOP, which meets three days
// a week".)
func activityTimed(s *sentence, i int) bool {
	lo, _ := clauseBounds(s.lower, i, i)
	pre := s.masked[lo:i]
	return activityHeld.MatchString(pre) || activityJoined.MatchString(pre)
}
