package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// sessionsADay reads a count of sessions a day around the session length
// qs[i]: "two 3-hour sessions per day", "three 90-minute groups each
// day". It gives the count and the end of the rate, for the day's hours.
// (A count a week, "three 3-hour sessions a week", is the week's; a
// count with no rate, "two 3-hour sessions", may be the program's.) A
// comma may part the count from the length: "two, 3-hour sessions per
// day".
func sessionsADay(s *sentence, i int, q *quantity.Quantity) (float64, int, bool) {
	// (The length may go without its hyphen, "two, three hour
	// sessions": the meeting noun right after it, asked below, makes it
	// the sessions' length.)
	if i == 0 || !q.Adjectival && q.Per != quantity.None || !q.HasMin || !q.HasMax {
		return 0, 0, false
	}
	n := &s.qs[i-1]
	if n.Unit != quantity.None || !n.HasMin || !n.HasMax || n.Min != n.Max || n.Min < 2 || n.Min > 4 || n.Adjectival || s.lower[n.End:q.Start] != " " && s.lower[n.End:q.Start] != ", " {
		return 0, 0, false
	}
	// ("Clients attend one of two 90-minute groups each evening", "We
	// offer two 90-minute groups each evening; clients attend one":
	// one session of those offered.)
	if wordBefore(s.lower, n.Start) == "of" || oneChosen.MatchString(s.lower[q.End:]) {
		return 0, 0, false
	}
	k := q.End
	rest := strings.TrimLeft(s.lower[k:], " ")
	k += len(s.lower[k:]) - len(rest)
	w := leadingWord(rest, 0)
	switch w {
	case "sessions", "groups", "blocks":
	default:
		return 0, 0, false
	}
	k += len(w)
	after := s.lower[k:]
	for _, r := range dayRates {
		if strings.HasPrefix(after, r) && (len(after) == len(r) || !isWordByte(after[len(r)])) {
			return n.Min, k + len(r), true
		}
	}
	// ("Each evening has two 90-minute groups": the day named first.)
	if dayHolds.MatchString(s.lower[:n.Start]) {
		return n.Min, k, true
	}
	return 0, 0, false
}

// dayRates follow a count of sessions held on each day the program meets,
// whichever part of the day that is.
var dayRates = [...]string{" per day", " a day", " each day", " every day", " daily",
	" each evening", " every evening", " per evening", " an evening", " each night", " every night", " per night", " a night",
	" each morning", " every morning", " each afternoon", " every afternoon"}

// dayHolds ends on a day of the program said to hold what follows: "Each
// evening has ", "Every program day includes ".
var dayHolds = prefilter.MustCompile(`\b(?:each|every)\s+(?:(?:program|treatment|session)\s+)?(?:day|evening|night|morning|afternoon)\s+(?:has|includes|holds|brings|offers|is)\s+$`)

// oneChosen holds a choice of one of the sessions offered: "; clients
// attend one", ", and you choose one".
var oneChosen = prefilter.MustCompile(`\b(?:attend|attends|choose|chooses|pick|picks|join|joins|take|takes|select|selects)\s+(?:just\s+|only\s+)?(?:one|either)\b`)
