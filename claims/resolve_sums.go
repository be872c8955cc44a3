package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// totalBefore reports a sum announced right before start: "a total of",
// "adds up to", "altogether".
func totalBefore(lower string, start int) bool {
	pre := lower[max(0, start-30):start]
	return strings.Contains(pre, "total") || addsUp(pre) || strings.Contains(pre, "altogether") || sumVerb(pre)
}

// summedWeek reports a week of groups a sentence opens by summing up from
// the schedule before it: "That's nine hours of group therapy each
// week". (Not a day's, "That is 2 hours of group therapy a day"; not a
// comparison, "… a week more than most programs"; not one part of the
// week, "…; the rest of the time is spent in skills classes".)
func summedWeek(lower string, start, end int) bool {
	if !summaryOpener(lower[:start]) {
		return false
	}
	_, hi := clauseBounds(lower, start, end)
	rest := lower[end:]
	if !hasWord(lower[end:hi], "week", "weekly") {
		return false
	}
	return !hasWord(rest, "more", "less", "fewer", "than", "rest", "remaining", "remainder", "extra", "additional")
}

// summaryOpener reports a sentence that opens by summing up the one
// before it, right before its figure: "That is 7.5 hours of group therapy
// a week", "That's nine hours of groups each week", "That works out to
// about 12 hours".
func summaryOpener(pre string) bool {
	switch strings.Trim(trimApprox(pre), " \"“‘'") {
	case "that is", "that's", "that’s", "this is", "that makes", "that works out to", "this works out to", "that comes to", "that adds up to", "in all, that is", "altogether, that is":
		return true
	}
	return false
}

// heldWords reports words that only say a meeting happens: "a family
// group held every Thursday", "the alumni group that meets".
// So do a hedge and "added" before how often it meets: "plus individual
// therapy roughly once a week", "with family sessions added twice a
// month" — the count is still the therapy's own. (Not before hours,
// weeks or a program's evenings: "includes individual therapy usually 9
// hours a week" is the program's week.)
func heldWords(between, figure string) bool {
	ws := strings.Fields(between)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "held", "meets", "meet", "meeting", "that", "which", "runs", "scheduled", "offered", "on", "for":
		case "added", "about", "around", "roughly", "approximately", "usually", "typically", "generally", "normally", "often":
			if !hasWord(figure, "once", "twice", "times", "weekly", "monthly", "session", "sessions") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// addedAfter reports words between a figure and a later mention that add
// the mention to the figure: "12, plus individual therapy", "nine hours,
// in addition to family sessions".
func addedAfter(between string) bool {
	// ("10 weeks, with an optional aftercare group", "10 to 12 weeks,
	// followed by a weekly aftercare group": what comes with the program
	// or after it.)
	return hasWord(between, "plus", "besides") || strings.Contains(between, "in addition to") || strings.Contains(between, "as well as") ||
		strings.Contains(between, "on top of") || strings.Contains(between, "followed by") || optionalWith.MatchString(between)
}

var optionalWith = prefilter.MustCompile(`^\s*,\s*with\s+(?:an?\s+)?(?:optional|voluntary|free)\b`)

// contentsAfter reports words between a figure and a later therapy that
// say what the figure is made of, past a comma: "Fewer than nine hours a
// week, usually one individual session and perhaps a group" is the
// level's week, the session a part of it.
func contentsAfter(between string) bool {
	k := strings.IndexByte(between, ',')
	if k < 0 || len(between) > 40 {
		return false
	}
	return hasWord(between[k:], "often", "usually", "typically", "mostly", "generally", "including", "e.g.", "like") || strings.Contains(between[k:], "such as")
}

// wholeWeekOfGroups reports a figure of group hours that is all the week
// holds: not a list's item beside others, not "up to" a figure, and no
// more care added after it ("along with a weekly individual session",
// "in addition to the core program", "for family members").
func wholeWeekOfGroups(s *sentence, start, end int) bool {
	if s.block.Kind == corpus.BlockListItem || strings.HasPrefix(s.lower[start:], "up to") {
		return false
	}
	rest := s.lower[end:]
	return !addedAfter(rest) && !anyIn(rest, []string{"along with", "in addition", "family members", "for families", "for parents"})
}

// totalLabel reports a line labelled as a sum: "Total:", "Weekly total:",
// "In total:", "Total time:".
func totalLabel(s *sentence) bool {
	label, e := s.label()
	if e <= 0 {
		return false
	}
	switch strings.Trim(lowerASCII(label), " :*•-") {
	case "total", "totals", "in total", "weekly total", "total time", "total hours", "total per week", "altogether":
		return true
	}
	return false
}

// comesNext reports words that set what follows after the figure before
// them: ", after which", ", and then", ", followed by".
func comesNext(between string) bool {
	t := strings.TrimLeft(between, " ,")
	for _, p := range []string{"after which ", "after that ", "and then ", "then ", "followed by ", "before "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// offeredBeside reports the provider offering something more before a
// therapy: "We also offer", "we additionally provide". (Not the program
// offering its own parts: "The program also provides group therapy
// three days a week", "As part of the IOP, we also provide …"; group
// therapy and a program named before stay the program's.)
func offeredBeside(pre string) bool {
	return hasWord(pre, "we") && hasWord(pre, "also", "additionally") && hasWord(pre, "offer", "provide", "run") && !hasWord(pre, "program", "part")
}

// listedAfter reports a therapy that opens its clause only because a list
// put a comma before it: "Clients attend group therapy, individual
// counseling and relapse-prevention classes three times per week" lists
// the program's meetings, whose days are the program's.
func listedAfter(s *sentence, m *mention) bool {
	pre := strings.TrimRight(s.lower[:m.start], " ")
	if !strings.HasSuffix(pre, ",") {
		return false
	}
	pre = strings.TrimRight(pre[:len(pre)-1], " ")
	for _, o := range s.mentions {
		if o.end == len(pre) && therapySubject(o.subject) {
			return true
		}
	}
	return false
}
