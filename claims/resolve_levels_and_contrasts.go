package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// thresholdFor is the program a threshold right after a figure is for:
// "the nine-hour weekly threshold for intensive outpatient", "the
// 20-hour minimum for PHP". Such a figure is a line drawn between levels,
// no program's schedule: it is read as no claim.
func thresholdFor(s *sentence, end int) *mention {
	m := thresholdAfter.FindStringIndex(s.lower[end:])
	if m == nil {
		return nil
	}
	at := end + m[1]
	for i := range s.mentions {
		if x := &s.mentions[i]; x.start >= at && x.start-at <= 12 && programSubject(x.subject) {
			return x
		}
	}
	return nil
}

var thresholdAfter = prefilter.MustCompile(`^\s+(?:(?:a|per)\s+)?(?:weekly\s+|daily\s+)?(?:threshold|minimum|cutoff|cut-off|floor|ceiling|maximum|limit)\s+(?:for|of|where|at\s+which|above\s+which)\s+`)

// levelLeftOff reports a level named as where another begins: "PHP
// takes over where an IOP stops, at 20 hours a week": the level left off is not
// what the figure measures.
// ("One group a week, for three to six months once IOP ends": so is the
// level a clause says is over.)
func levelLeftOff(lower string, m mention) bool {
	switch w, _ := wordBeforeArticle(lower, m.start); w {
	case "where", "once", "after", "when":
	default:
		return false
	}
	switch w := wordAfter(lower, m.end); w {
	case "ends", "stops", "finishes", "tops", "leaves":
		return true
	}
	return false
}

// levelNamedAfter is the program a figure is said to be, when the figure
// opens its clause ("…, and 20 hours or more counts as a PHP"): the
// program right after the copula. Nil when anything but a conjunction
// comes before the figure in its clause, or anything but an article or a
// hedge between the copula and the program.
func levelNamedAfter(s *sentence, lo, start, end int, usable func(mention) bool) *mention {
	// (A clause opened by ", and" is one clauseBounds leaves joined.)
	pre := s.lower[lo:start]
	if k := strings.LastIndexAny(pre, ",;"); k >= 0 {
		pre = pre[k+1:]
	}
	switch strings.TrimSpace(pre) {
	case "", "and", "but", "while", "whereas", "yet":
	default:
		return nil
	}
	loc := figureIsLevel.FindStringIndex(s.lower[end:])
	if loc == nil {
		return nil
	}
	at := end + loc[1]
	for i := range s.mentions {
		if m := &s.mentions[i]; m.start == at && programSubject(m.subject) && usable(*m) {
			return m
		}
	}
	return nil
}

var figureIsLevel = prefilter.MustCompile(`^\s+(?:is|are|counts\s+as|count\s+as|qualifies\s+as|qualify\s+as|is\s+considered|are\s+considered|is\s+classed\s+as|is\s+called)\s+(?:(?:a|an|usually|typically|generally|already|considered)\s+)*`)

// insideUnlike gives a figure inside a sentence's opening "Unlike …,"
// phrase to what the phrase sets apart: "Unlike residential patients who
// live at the facility, PHP clients go home at night" says residential
// patients live there; "Unlike other kinds of care that make clients stay
// overnight, …" says it of care we cannot name (other); "Unlike a 30-day
// residential program, …" names the program by its length. The figure
// must sit in a relative clause of the phrase or right before the
// program it names: "Unlike inpatient rehab you attend just 3 days a week,
// so …" has no comma to close the phrase, and the figure is the
// sentence's own.
// inUnlikePhrase reports end inside a sentence's opening "Unlike …"
// phrase, relative clauses in it included: "Unlike other programs, which
// run six weeks, ours …".
func inUnlikePhrase(lower string, end int) bool {
	_, c, ok := unlikePhrase(lower)
	return ok && end <= c
}

// unlikePhrase returns where a sentence's opening "Unlike …" phrase
// starts and the end of the comma that closes it, past the commas of a
// relative clause inside it ("Unlike a residential stay, where you live
// on campus, …"). A connective may open the sentence before it
// ("Still, unlike outpatient counseling, which meets once a week, …").
//
// ("Compared with hospital-based PHPs, which often run eight hours a day,
// …", "In contrast to residential stays, which …", "As opposed to …"
// hold other care up as "Unlike" does.)
func unlikePhrase(lower string) (at, c int, ok bool) {
	pre := strings.TrimLeft(lower, " •*-–—")
	if !heldUpOpening(pre) {
		if loc := connectiveOpening.FindStringIndex(pre); loc != nil {
			pre = pre[loc[1]:]
		}
		if !heldUpOpening(pre) {
			return 0, 0, false
		}
	}
	at = len(lower) - len(pre)
	c = at
	for {
		k := strings.IndexByte(lower[c:], ',')
		if k < 0 {
			// "Unlike inpatient treatment, where one lives in a facility
			// 7 days a week.": a sentence that is the phrase alone, its
			// relative clause running to the end. (Not one whose comma
			// is missing before its main clause: "…, where you would
			// live on campus for 30 days you can stay at home during our
			// 8-week IOP".)
			if c > at && !mainClauseAfter(lower[c:]) {
				return at, len(lower), true
			}
			return 0, 0, false
		}
		c += k + 1
		if w := wordAfter(lower, c); w != "where" && w != "who" && w != "which" {
			return at, c, true
		}
	}
}

// heldUpOpening reports a text opening on words that hold other care up
// against the sentence's: "unlike", "compared with", "as opposed to".
func heldUpOpening(pre string) bool {
	for _, o := range heldUpOpenings {
		if strings.HasPrefix(pre, o) {
			return true
		}
	}
	return false
}

var heldUpOpenings = []string{"unlike ", "compared with ", "compared to ", "in contrast to ", "as opposed to ", "in comparison with ", "in comparison to "}

// connectiveOpening is a sentence's opening connective, with its comma:
// "However, ", "But ", "In contrast, ".
var connectiveOpening = prefilter.MustCompile(`^(?:however|but|and|yet|still|also|plus|importantly|in\s+contrast|by\s+contrast|in\s+comparison|by\s+comparison),?\s+`)

func insideUnlike(s *sentence, start, end int, want func(Subject) bool) (Subject, bool) {
	at, c, ok := unlikePhrase(s.lower)
	if !ok || c <= end {
		return NoSubject, false
	}
	relative := hasWord(s.lower[at:start], "who", "which", "where", "that")
	subj := Other
	for _, m := range s.mentions {
		switch {
		case m.start >= at && m.end <= start:
			subj = m.subject
		case !relative && m.start >= end && m.end < c && strings.TrimSpace(s.lower[end:m.start]) == "":
			// "Unlike a 30-day residential program, …"
			subj, relative = m.subject, true
		}
	}
	if !relative {
		return NoSubject, false
	}
	// (Care we cannot name stays other, whatever the caller would
	// rather have.)
	if subj != Other && !want(subj) {
		return NoSubject, false
	}
	return subj, true
}

// ratherThanFigure reports text before a figure that ends on "rather
// than" or "instead of", a word or two such as "just the usual" between:
// the figure is the alternative set aside.
func ratherThanFigure(before string) bool {
	t := strings.TrimRight(before, " ")
	for range 2 {
		w := wordBefore(t, len(t))
		if !setAsideFillers[w] {
			break
		}
		t = strings.TrimRight(t[:len(t)-len(w)], " ")
	}
	// ("as compared to ninety-minute therapy sessions", "as opposed to
	// weekly groups": the figure held up against, right after the words.)
	// ("compared with 9 hours per week for adults" is the same level's,
	// for other people.)
	return strings.HasSuffix(t, "rather than") || strings.HasSuffix(t, "instead of") || strings.HasSuffix(t, "as compared to") ||
		strings.HasSuffix(t, "as opposed to")
}

// (A gerund may stand between: "instead of having weekly groups".)
var setAsideFillers = map[string]bool{"just": true, "only": true, "merely": true, "simply": true, "the": true, "a": true, "an": true,
	"usual": true, "typical": true, "standard": true, "traditional": true, "having": true, "attending": true, "getting": true, "receiving": true}

// namedAfterFigure reports a subject named after q before the clause's
// next comma: "45 minutes of talk therapy every Monday, …", or in an aside
// right after it: "Rather than one day a week, as in outpatient
// counseling, …".
func namedAfterFigure(s *sentence, q *quantity.Quantity) bool {
	end := len(s.lower)
	if k := strings.IndexAny(s.lower[q.End:], ",;"); k >= 0 {
		end = q.End + k
		if rest := strings.TrimLeft(s.lower[end+1:], " "); strings.HasPrefix(rest, "as in ") || strings.HasPrefix(rest, "as with ") || strings.HasPrefix(rest, "like ") {
			if k2 := strings.IndexAny(s.lower[end+1:], ",;"); k2 >= 0 {
				end = end + 1 + k2
			}
		}
	}
	for _, m := range s.mentions {
		if m.start >= q.End && m.end <= end {
			return true
		}
	}
	return false
}

// mentionedInClause reports subj named before q with no new clause
// about a program between: not "12-step meetings each evening, and our
// program lasts 30 days".
func mentionedInClause(s *sentence, subj Subject, q *quantity.Quantity) bool {
	last := -1
	for i, m := range s.mentions {
		if m.subject == subj && m.end <= q.Start {
			last = i
		}
	}
	if last < 0 {
		return true // named after the figure, or resolved from elsewhere
	}
	return !programClauseAfter.MatchString(s.lower[s.mentions[last].end:q.Start])
}

// programClauseAfter opens a clause on the program: ", and our program ",
// "; the stay ".
var programClauseAfter = prefilter.MustCompile(`(?:,\s*and|;)\s+(?:our|the|this)\s+(?:[a-z-]+\s+)?(?:program|programme|stay)\b`)

// mainClauseAfter reports words in rest that open a main clause of their
// own: "you can", "our IOP", "we offer".
func mainClauseAfter(rest string) bool {
	return hasWord(rest, "our", "we", "you can", "you will", "you'll", "clients can", "patients can")
}
