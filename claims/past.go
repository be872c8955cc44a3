package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// pastMarkers open a statement of how things were: "For the past five
// years the evening track met on Mondays, Tuesdays and Thursdays", "Ten
// years ago, IOP usually meant three nights a week". What a program was
// is no claim of what it is.
var pastMarkers = []string{"for the past ", "for the last ", "in the past", "previously", "formerly", "years ago", "decades ago", "a decade ago",
	"historically", "back then", "originally", "in years past", "until last ", "until this ", "until recently",
	"last year", "last month", "last spring", "last summer", "last fall", "last autumn", "last winter", "a year ago",
	// "until May 2024 the night group met five evenings a week".
	"until january", "until february", "until march", "until april", "until may ", "until june", "until july", "until august",
	"until september", "until october", "until november", "until december", "until 19", "until 20",
	// "When we opened in 1987, residential stays lasted 14 days".
	"when we opened", "when we first opened", "when we started", "when we began", "when we were founded", "when we launched", "at our founding"}

// timelineEntry opens a block on a year and a dash or colon: "1987 -
// Founding.", "2004: Evening IOP".
var timelineEntry = prefilter.MustCompile(`^\s*(?:19|20)[0-9]{2}\s*(?:[-–—:]|\|)\s`)

// pastVerbs are the schedule's verbs in the past: the marker must govern
// one ("Previously hospitalized clients attend PHP five days a week" is
// about the clients).
// ("Dr. Lee previously directed inpatient services at Mercy General,
// where stays averaged six days": a past workplace's figure. Not a
// career's verbs: "previously worked in emergency medicine and directs
// our 30-day residential program" is the program's now.)
var pastVerbs = []string{"met", "ran", "lasted", "meant", "was", "were", "took", "required", "had", "averaged"}

// relativeBefore reports a past marker inside a relative clause: "who
// previously", "which was originally".
func relativeBefore(pre string) bool {
	f := strings.Fields(pre)
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		switch strings.Trim(f[k], ",") {
		case "who", "which", "whom", "whose":
			return true
		}
	}
	return false
}

// presentVerbs are a schedule's verbs in the present: the past clause
// ends before them.
var presentVerbs = []string{"meets", "meet", "runs", "lasts", "offers", "provides", "includes", "is", "are", "takes"}

// indexAnyWord is the index in s of the first of ws found as a whole
// word, -1 when none is.
func indexAnyWord(s string, ws []string) int {
	at := -1
	for _, w := range ws {
		if k := indexWord(s, w, 0); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// presentMarkers end the past clause: "Previously the IOP met three
// nights; it now meets four", "…, but today most programs …".
var presentMarkers = []string{" now ", " now,", "today", "currently", "these days", "; ", " but ", "starting ", "beginning ", "as of ",
	", so ", " extended ", " expanded ", " shortened ", " lengthened ", " changed ", " moved ", " redesigned ", " added "}

// pastAfter are words that put the figure just before them in the past:
// "up from three nights previously", "three nights before the change".
var pastAfter = []string{" previously", " before the change", " until now", " earlier this year", " last year"}

// pastBefore are words that put the figure just after them in the past:
// "Our IOP now meets four nights a week, up from three". ("Rather than
// round-the-clock staff", "no longer offers detox" deny, they do not date.)
// ("now eight weeks long (previously six weeks)", "formerly 28 days",
// "extended from 30 days to 45".)
var pastBefore = []string{"up from ", "down from ", "previously ", "(previously ", "formerly ", "(formerly ", "originally ", "(originally ",
	"extended from ", "increased from ", "reduced from ", "shortened from ", "lengthened from ", "cut from ", "used to be "}

// pastSchedule marks the claims a sentence makes of a program's past as
// the "before" variant, which is compared with no other: the clause a
// past marker opens, up to a word of the present, and a figure said to be
// the old one.
func pastSchedule(s *sentence, out []Claim, from int) {
	if len(out) == from {
		return
	}
	l := s.lower
	lo, hi := -1, -1
	for _, m := range pastMarkers {
		if k := strings.Index(l, m); k >= 0 && (lo < 0 || k < lo) {
			lo = k
		}
	}
	// "1987 - Founding. … a stay was a fixed 28 days": an entry of a
	// timeline, under its year, tells how things were wherever its verbs
	// are in the past ("2016 - … Residents now stay …" is today's), its
	// label's sentence too ("2005: The first IOP ran three mornings a
	// week").
	if lo < 0 && timelineEntry.MatchString(s.block.Text) {
		lo = 0
	}
	if lo >= 0 {
		hi = len(l)
		for _, m := range presentMarkers {
			if k := strings.Index(l[lo:], m); k >= 0 && lo+k < hi {
				hi = lo + k
			}
		}
		// ("Founded 20 years ago, our IOP was designed for working adults
		// and meets three evenings a week": a verb in the present ends
		// the past.)
		if k := indexAnyWord(l[lo:hi], presentVerbs); k >= 0 {
			hi = lo + k
		}
		// ("For the past 20 years our IOP has met three evenings a week":
		// the perfect goes on to now.)
		pv := indexAnyWord(l[lo:hi], pastVerbs)
		// ("Our IOP was previously three mornings a week": the verb
		// before the marker.)
		// ("Clients who were previously in residential care attend …"
		// is about the clients.)
		if w := wordBefore(l, lo); pv < 0 && slices.Contains(pastVerbs, w) && w != "had" && !relativeBefore(l[:lo]) {
			pv = 0
		}
		if k := strings.Index(l[lo:hi], "used to"); k >= 0 && (pv < 0 || k < pv) {
			pv = k
		}
		switch {
		case pv < 0 || hasWord(l[lo:hi], "has", "have", "still"):
			lo = -1
		case relativeBefore(l[:lo]):
			// ("Our director, who previously ran a hospital PHP, built our
			// IOP around three evenings a week": a relative clause's past
			// closes at its comma; "Previously, the IOP was 8 weeks long,
			// and clients attended 3 days a week" goes on.)
			if k := strings.IndexByte(l[lo+pv:hi], ','); k >= 0 {
				hi = lo + pv + k
			}
		}
	}
	for i := from; i < len(out); i++ {
		c := &out[i]
		at := strings.Index(s.text, c.Text)
		if at >= 0 && (lo >= 0 && at >= lo && at < hi || pastFigure(l, at, at+len(c.Text))) {
			c.Variant = "before"
		}
	}
}

// pastFigure reports a figure said to be the old one: "up from three
// nights", "three nights previously".
func pastFigure(l string, start, end int) bool {
	if end > len(l) {
		return false
	}
	for _, w := range pastAfter {
		if strings.HasPrefix(l[end:], w) {
			return true
		}
	}
	before := l[:start]
	if strings.HasPrefix(l[start:], "from ") {
		// ("up from three nights": the figure's span may take the "from".)
		before = l[:start+len("from ")]
	}
	for _, w := range pastBefore {
		k := len(before) - len(w)
		// (A whole word: "a Saturday group from 10:00 to noon".)
		if !strings.HasSuffix(before, w) || k > 0 && isWordByte(before[k-1]) {
			continue
		}
		// ("a step up from weekly counseling" compares levels of care.)
		if p := wordBefore(before, k); p != "step" && p != "steps" && p != "stepping" && p != "move" && p != "moves" && p != "moving" {
			return true
		}
	}
	return false
}
