package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// A program said to be "open" on its days and hours ("Our PHP and IOP
// are open Monday through Friday", "The program is open Mon - Fri: 9am -
// 3pm") gives its schedule, where an office, a center or a team open then
// give theirs; openingHours and the clock ranges of a sentence ask here.

// openToPeople is a program open to people: whom it takes.
var openToPeople = prefilter.MustCompile(`\bopen\s+to\s+(?:all\s+|any\s+)?(?:adults|adolescents|teens|anyone|everyone|men|women|people|individuals|clients|patients|veterans|students)\b`)

// blankOpenToPeople blanks the "open" of each openToPeople in lower,
// offsets kept.
func blankOpenToPeople(lower string) string {
	locs := openToPeople.FindAllStringIndex(lower, -1)
	if locs == nil {
		return lower
	}
	b := []byte(lower)
	for _, l := range locs {
		copy(b[l[0]:], "    ")
	}
	return string(b)
}

// programOpenAt reports a program said to be open right before start,
// the clause opening at lo: "Our PHP and IOP are open Monday through
// Friday", "The program is open Mon - Fri: 9am - 3pm" (its days, then
// its hours); not "Our IOP office is open …", nor a center's.
func programOpenAt(s *sentence, masked string, lo, start int) bool {
	loc := programOpen.FindStringIndex(masked[lo:start])
	if loc == nil {
		return false
	}
	pre := masked[lo : lo+loc[0]]
	return !hasWord(pre, openingWords...) && !hasWord(pre, openPlaces...) && (programNamedOpen.MatchString(pre) ||
		slices.ContainsFunc(s.mentions, func(m mention) bool {
			return m.start >= lo && m.end <= lo+loc[0] && programSubject(m.subject) && !m.weak
		}))
}

// programOpen ends on something said to be open, right before the days
// or, after the days, the hours: "… are open", "… is usually open on",
// "… is open Mon - Fri:".
var programOpen = prefilter.MustCompile(`\b(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+)?open\s+(?:on\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s*(?:-|–|—|to|through|thru)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s*[,:]?\s*(?:from\s+)?)?$`)

// openedHours reports a sentence whose only opening word is a program's
// "open" right before the clock range q (see programOpenAt), which ends
// the sentence and spans no more than a long program day: "Our IOP is
// open Monday through Friday from 9 a.m. to 9 p.m., with morning and
// evening tracks", "… 8 a.m. to 5 p.m. for assessments" are when the
// doors are open.
func openedHours(s *sentence, q quantity.Quantity) bool {
	if !hasWord(s.lower, "open") || hasWord(strings.ReplaceAll(s.lower, "open", "    "), openingWords...) || !q.HasMax || q.Max > openDayMost ||
		!openHoursRest.MatchString(s.lower[q.End:]) {
		return false
	}
	lo, _ := clauseBounds(s.lower, q.Start, q.Start)
	return programOpenAt(s, s.lower, lo, q.Start)
}

// openDayMost is the longest day, in hours, a program said to be open
// may mean: longer is a building's hours.
const openDayMost = 7

// openDaysRest is what may follow a program's open days to the end of
// its sentence: holidays excepted, or the day's hours (see openedHours);
// anything else ("…, and most clients attend three days a week", "… for
// walk-in admissions") says the days are when the doors are open.
var openDaysRest = prefilter.MustCompile(`^\s*(?:,?\s*(?:except|excluding)\s+(?:on\s+)?(?:(?:major|public|national|bank)\s+)?holidays)?(?:\s*[:,]?\s*(?:from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:-|–|—|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon))?\s*[.!]?\s*$`)

// openHoursRest is what may follow a program's open hours: nothing but
// holidays excepted.
var openHoursRest = prefilter.MustCompile(`^\s*(?:,?\s*(?:except|excluding)\s+(?:on\s+)?(?:(?:major|public|national|bank)\s+)?holidays)?\s*[.!]?\s*$`)

// programNamedOpen is the program by its noun before programOpen: "The
// program", "Our groups".
var programNamedOpen = prefilter.MustCompile(`^\s*(?:the|our|this|these)\s+(?:[a-z-]+\s+)?(?:program|programs|groups|sessions)\s+$`)

// openPlaces are places whose opening days are not a program's.
var openPlaces = []string{"office", "offices", "clinic", "clinics", "center", "centers", "centre", "centres", "facility", "campus", "building", "doors", "desk", "lobby", "location", "locations", "site", "pharmacy", "cafe", "café", "gym",
	// ("Our IOP team is open …", "Our PHP waiting room is open …": people
	// and rooms, not the program.)
	"team", "staff", "room", "rooms", "phone", "phones", "line", "lines", "reception"}
