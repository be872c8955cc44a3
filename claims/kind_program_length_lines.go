package claims

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// stripCard reports a card's strip that a text export took for a heading
// of its own, right under the card's name: "Medical Detoxification" /
// "Top level of care • 4-8 days typical".
func stripCard(s *sentence) bool {
	return s.block.Kind == corpus.BlockHeading && strings.ContainsAny(s.text, "•·|") && cardFigure(s)
}

// lastSegment returns what follows the last bullet or bar of a card's
// line: "Highest level of care • " gives " ".
func lastSegment(pre string) string {
	for _, sep := range []string{"•", "·", "|"} {
		if k := lastIndex(pre, sep); k >= 0 {
			pre = pre[k+len(sep):]
		}
	}
	return pre
}

// spanTail reports what may follow a card's span: nothing, or "typical".
func spanTail(post string) bool {
	switch strings.Trim(post, " .") {
	case "", "typical", "on average", "average":
		return true
	}
	// "• Usually 3 to 4 weeks before stepping down", "• 2 to 3 weeks,
	// then IOP": the span up to the next level of care.
	return nextLevelTail.MatchString(post)
}

// sessionsAreBefore ends on sessions said to be or last some days: "most
// sessions are between ", "sessions last ".
var sessionsAreBefore = prefilter.MustCompile(`\bsessions\s+(?:are|last|run)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:between\s+|from\s+|about\s+)?$`)

// bracketAlone reports what follows a span being a bracket and nothing
// else: " (with medical supervision)".
func bracketAlone(post string) bool {
	t := strings.Trim(post, " .")
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

// nextLevelTail opens on the step to the next level of care: " before
// stepping down", ", then IOP", " followed by our IOP".
var nextLevelTail = prefilter.MustCompile(`^\s*,?\s*(?:(?:and\s+)?then|followed\s+by|before)\s+(?:(?:stepping|moving|transitioning|step|move|transition)\s+(?:down|up|on|to|into)\b|(?:our\s+|an\s+|a\s+)?(?:weekly\s+|standard\s+|optional\s+)?(?:iop|php|op|outpatient|aftercare|intensive\s+outpatient|step-down)\b)`)

// plainColumn reports a column header that says nothing of what its
// cells measure: "Details", "What to expect".
func plainColumn(h string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(h), ":")) {
	case "details", "detail", "description", "what to expect", "notes", "info", "information", "overview", "about",
		"what it involves", "what it includes", "what it looks like", "how it works", "what's involved", "what’s involved":
		return true
	}
	return false
}

func isHeading(k corpus.BlockKind) bool { return k == corpus.BlockHeading || k == corpus.BlockTitle }

// scheduleSegment reports a duration that is a segment of its own in a
// line that gives a program's schedule: "Schedule: Three afternoons a
// week, 8-week program", "Monday, Tuesday and Thursday evenings, 9 hours
// per week, 12 weeks", "Adolescent IOP · 3 afternoons/week · 8–10 weeks".
// A line of schedule facts ends on how many weeks they run.
func (s *sentence) scheduleSegment(q *quantity.Quantity) bool {
	if q.Unit != quantity.Week && q.Unit != quantity.Month {
		return false
	}
	open := strings.LastIndexAny(s.lower[:q.Start], ",·|;")
	if open < 0 {
		return false
	}
	if _, size := utf8.DecodeRuneInString(s.lower[open:]); !onlyHedges(s.lower[open+size : q.Start]) {
		return false
	}
	rest := s.lower[q.End:]
	if k := strings.IndexAny(rest, ",·|;"); k >= 0 {
		rest = rest[:k]
	}
	switch strings.Trim(rest, " .") {
	case "":
	case "program", "programme", "course", "track", "long", "in total", "total":
	default:
		return false
	}
	if q.Adjectival && strings.Trim(rest, " .") == "" {
		return false
	}
	// ("Drug testing: twice a week, 6 months" times the tests.)
	if k := strings.Index(s.lower, ": "); k > 0 && k < open {
		label := s.lower[:k]
		named := false
		for _, m := range s.mentions {
			if m.end <= k && programSubject(m.subject) {
				named = true
			}
		}
		if !named && !hasWord(label, "schedule", "hours", "track", "program", "format", "commitment", "time") {
			return false
		}
	}
	for _, o := range s.qs {
		if o.Start < open && (o.Per == quantity.Week || o.Per == quantity.Day) && (o.Unit == quantity.Day || o.Unit == quantity.Hour || o.Unit == quantity.Times || o.Unit == quantity.Session) {
			return true
		}
	}
	return false
}

// isNumber reports a bare figure, as a list of them has: "30", "60".
func isNumber(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// appositiveLength reports a duration set after a comma beside the
// program a line opens on: "Medically monitored detox on site, usually
// three to five days", "Residential care, typically 28 to 45 days",
// "Inpatient rehab, usually 30 to 90 days".
func (s *sentence) appositiveLength(start int) bool {
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast || m.end > start {
			continue
		}
		if wordCount(s.lower[:m.start]) > 3 {
			return false
		}
		between := s.lower[m.end:start]
		// "Detox: 24-hour medical care, 3–10 days": a label line's
		// short segments, the length one of its own.
		if t := strings.TrimLeft(between, " "); strings.HasPrefix(t, ":") {
			k := strings.LastIndexByte(t, ',')
			if k < 0 || strings.ContainsAny(t, ".;") || !onlyHedges(t[k+1:]) {
				return false
			}
			segs := strings.Split(t[1:k], ",")
			for _, seg := range segs {
				if wordCount(seg) > 5 {
					return false
				}
			}
			// ("progress reviews at 30, 60, 90 days": the last of a list
			// of checkpoints.)
			return !isNumber(strings.TrimSpace(segs[len(segs)-1]))
		}
		// ("Residential rehab, usually 30 to 90 days": so is "rehab"
		// after the setting.)
		for _, w := range []string{"on site", "on-site", "onsite", "program", "care", "treatment", "services", "rehab"} {
			between = strings.Replace(between, w, "", 1)
		}
		k := strings.IndexAny(between, ",—–")
		if k < 0 || !onlyHedges(strings.Trim(between[k:], " ,—–")) {
			return false
		}
		lead := strings.TrimSpace(between[:k])
		return lead == "" || (describedAs(lead) && programsBetween(s, m.end, start) == 0)
	}
	return false
}

// describedAs reports a copula and a short description of the program
// before its length: "Withdrawal management is the opening phase,
// typically four to seven days" (the program's own length, set after the
// comma as in "Detox, usually five days"). A description that puts the
// program in an order or inside something larger ("is followed by
// counseling", "is part of a longer stay") gives the length of what it
// names.
func describedAs(lead string) bool {
	ws := strings.Fields(lead)
	if len(ws) < 2 || len(ws) > 5 || (ws[0] != "is" && ws[0] != "are") {
		return false
	}
	for _, w := range ws[1:] {
		switch w {
		// ("is included in the program", "is the start of your
		// treatment", "is a doorway into recovery": a preposition
		// brings in the whole stay the length is of.)
		case "not", "no", "never", "by", "after", "before", "then", "followed", "preceded", "part", "in", "of", "into", "to", "within", "inside", "for":
			return false
		}
		if strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// lengthSegment reports a duration that is a segment of its own in a line
// of segments that opens on a program: "Adult IOP - Mon/Tue/Thu 5:30-8:30
// p.m. - 10-week program - BCBS", "Telehealth IOP - 3x weekly - 8-12
// weeks - Texas residents 18+".
func (s *sentence) lengthSegment(start, end int) bool {
	l := s.masked
	lo := lastIndex(l[:start], " - ")
	if lo < 0 {
		return false
	}
	first := strings.Index(l, " - ")
	if first == lo && strings.Count(l, " - ") < 2 {
		return false // one dash: a label line, read elsewhere
	}
	hi := len(l)
	if k := strings.Index(l[end:], " - "); k >= 0 {
		hi = end + k
	}
	rest := strings.Fields(strings.Trim(l[lo+3:start]+" "+l[end:hi], " .,;"))
	for _, w := range rest {
		switch strings.Trim(w, ".,;") {
		case "program", "programme", "stay", "average", "of", "typically", "usually", "about", "around", "avg", "avg.", "length", "course", "total":
		default:
			return false
		}
	}
	for _, m := range s.mentions {
		if m.start < first && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// featureStrip reports a line of short facts set apart by middle dots,
// as footers and sidebars list them: "On-site detox · 30-day residential
// · Evening IOP".
// ("Detox · 30-Day Residential · 60-Day Residential · IOP", every
// word capitalised, is a menu of pages, no facts.)
func featureStrip(text string) bool {
	parts := strings.Split(text, "·")
	if len(parts) < 2 {
		return false
	}
	titled := true
	for _, p := range parts {
		if n := wordCount(p); n == 0 || n > 4 {
			return false
		}
		for _, w := range strings.Fields(p) {
			if c := w[0]; c >= 'a' && c <= 'z' {
				titled = false
			}
		}
	}
	return !titled
}

// lengthHeading reports a short heading that names a program's length as
// its topic: "Program length", "How long IOP lasts", "Length of stay".
func lengthHeading(l string) bool {
	if wordCount(l) > 6 || hasWord(l, "session", "sessions", "wait", "waitlist", "waiting", "visit", "visits", "appointment", "group", "groups", "daily", "day", "week", "weekly") {
		return false
	}
	// ("Length" or "Duration" alone heads a program page's section on
	// how long it lasts.)
	if t := strings.Trim(l, " :"); t == "length" || t == "duration" {
		return true
	}
	return (strings.Contains(l, "how long") || hasWord(l, "length", "duration")) && hasWord(l, "program", "programs", "stay", "treatment", "iop", "php", "detox", "rehab", "residential", "lasts", "last", "of")
}

// heldPlace ends on a place kept for someone: "hold your IOP spot for",
// "keep your bed for".
// ("hold your IOP or PHP spot for", "save your bed in residential for",
// "your place in our IOP is held for".)
var heldPlace = prefilter.MustCompile(`(?:\b(?:hold|holds|keep|keeps|reserve|reserves|save|saves)\s+(?:(?:you|them|him|her)\s+)?(?:your|a|the|their|his|her)\s+(?:[a-z/-]+\s+){0,3}(?:spot|place|bed|seat|slot|space)s?|\b(?:spot|place|bed|seat|slot|space)s?\s+(?:[a-z-]+\s+){0,4}(?:is|are|will\s+be|can\s+be|stays|stay)\s+(?:held|kept|reserved|saved))\s+(?:(?:in|at)\s+(?:[a-z]+\s+){1,3})?(?:open\s+)?(?:for\s+(?:you|them|him|her|clients|patients|residents)\s+)?(?:for\s+)?(?:up\s+to\s+)?$`)

// programLabel reports a line labelled with a program before start:
// "Residential treatment — a 28-day stay", "Detox: a three-day stay".
func programLabel(s *sentence, start int) bool {
	label, e := s.label()
	return e > 0 && e <= start && programBefore(s, 0, len(label))
}

// bareSpanClause reports a clause holding nothing but a span and hedges:
// pre and post are the clause's words before and after it.
func bareSpanClause(pre, post string) bool {
	// (A comma ends the description before the span: "withdrawal
	// management on site, usually".)
	// ("progress reviews at 30, 60, 90 days": a list of figures, not a
	// clause.)
	// ("IOP: commonly 8 to 12 weeks": so does a label's colon.)
	if k := strings.LastIndexAny(pre, ",;:"); k >= 0 {
		if k > 0 && pre[k-1] >= '0' && pre[k-1] <= '9' {
			return false
		}
		pre = pre[k+1:]
	}
	for _, w := range strings.Fields(pre + " " + post) {
		switch strings.Trim(w, ",.;:()") {
		case "", "usually", "typically", "generally", "normally", "often", "commonly", "mostly", "about", "around", "roughly", "approximately", "on", "average", "in", "most", "cases":
		default:
			return false
		}
	}
	return true
}

// programRowHeader reports a row header that names a program and nothing
// else: "IOP", "Partial hospitalization (PHP)", "Residential treatment".
func programRowHeader(h string) bool {
	l := lowerASCII(h)
	if k := strings.IndexByte(l, '('); k >= 0 {
		if e := strings.IndexByte(l[k:], ')'); e >= 0 {
			l = l[:k] + " " + l[k+e+1:]
		}
	}
	named := false
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
		switch {
		case programRowNames[w]:
			named = true
		case !programRowWords[w]:
			return false
		}
	}
	return named
}

// programRowNames name a program in a table row's header; programRowWords
// may stand beside them.
var (
	programRowNames = wordSet("iop", "php", "op", "detox", "detoxification", "residential", "inpatient", "outpatient", "partial", "intensive", "rehab")
	programRowWords = wordSet("hospitalization", "hospitalisation", "program", "programme", "treatment", "care", "medical", "standard", "day", "evening", "adult", "teen", "adolescent", "level", "and", "withdrawal", "management", "services")
)

// spanEventWords name what else a line about a program may give a span
// of: a visit, a wait, a break.
var spanEventWords = []string{"weekend", "weekends", "visit", "visits", "visiting", "wait", "waits", "waiting", "waitlist", "orientation",
	"intake", "assessment", "notice", "holiday", "holidays", "break", "breaks", "pass", "passes", "leave", "appointment", "appointments", "trip", "trips", "retreat"}

// programHeadingOver reports a last heading that names a program: "Step 2:
// Intensive Outpatient (IOP)", "Residential treatment".
func programHeadingOver(hs []string) bool {
	return len(hs) > 0 && programHeading(hs[len(hs)-1])
}

// programHeading reports a heading that names a program.
func programHeading(h string) bool {
	return hasWord(lowerASCII(h), "iop", "php", "intensive outpatient", "partial hospitalization", "residential", "outpatient", "detox", "detoxification", "inpatient")
}

// listedUnderProgram reports a list item under a program's heading that
// opens on "a" or "an" right before a program named by its length.
func listedUnderProgram(s *sentence, pre string) bool {
	switch strings.TrimLeft(pre, " •*-–—") {
	case "a", "an":
		return s.block.Kind == corpus.BlockListItem && programHeadingOver(s.block.Headings)
	}
	return false
}

// programOpening reports what opens a sentence right before a program
// named by its length: "the", "our", "this" (and "new" after them).
func programOpening(pre string) bool {
	switch strings.TrimLeft(pre, " •*-–—\"“") {
	case "the", "our", "this", "the new", "our new", "this new":
		return true
	}
	return false
}

// cardFigure reports a one-line paragraph right under a heading that names
// a program, one alone, not a question and not the page's title: "Medical
// detox" / "4 to 6 days". (Under "Residential Treatment Options" the lines after
// the first are options; under "How soon can I start IOP?" the answer is
// a wait.)
func cardFigure(s *sentence) bool {
	if s.bi == 0 {
		return false
	}
	h := &s.doc.Blocks[s.bi-1]
	if h.Kind != corpus.BlockHeading || h.Level < 2 || isQuestion(h.Text) {
		return false
	}
	if !programHeading(h.Text) {
		return false
	}
	// ("Insurance pre-authorization for residential care" / "Usually 2 to
	// 3 days" times the paperwork: the heading must be the program's name
	// and nothing else.)
	for _, w := range strings.FieldsFunc(lowerASCII(h.Text), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ':' || r == '/' }) {
		if !cardNameWords[w] {
			return false
		}
	}
	return true
}

// cardNameWords are the words a card's program name is made of.
var cardNameWords = wordSet("medical", "medically", "supervised", "managed", "monitored", "detox", "detoxification", "withdrawal", "management",
	"residential", "inpatient", "outpatient", "intensive", "partial", "hospitalization", "day", "treatment", "care", "program", "programme",
	"rehab", "rehabilitation", "iop", "php", "op", "standard", "traditional", "general", "short-term", "long-term", "extended", "our", "the")

// bareItemRest is what may follow a bare span on a list item: nothing, a
// hedge ("for most clients", "on average", "in most cases") or when it
// starts (", starting in late June").
var bareItemRest = prefilter.MustCompile(`^\s*(?:(?:for\s+most\s+(?:clients|people|participants|patients|adults|teens|residents)|on\s+average|in\s+most\s+cases|total|in\s+all)\s*)?(?:,\s*(?:starting|beginning)\b[^.;]*)?[.;]?\s*$`)

// scheduleListed reports a list item beside another item of its list that
// gives the program's days or hours by the week or the day ("- Four days
// a week", "- 3 hours per session").
func scheduleListed(doc *corpus.Document, bi int) bool {
	for _, step := range []int{-1, 1} {
		for i := bi + step; i >= 0 && i < len(doc.Blocks) && doc.Blocks[i].Kind == corpus.BlockListItem; i += step {
			if scheduleItem.MatchString(lowerASCII(doc.Blocks[i].Text)) {
				return true
			}
		}
	}
	return false
}

var scheduleItem = prefilter.MustCompile(`\b(?:days?|evenings?|mornings?|afternoons?|nights?|hours?|sessions?)\s+(?:a|per|each)\s+(?:week|day|session)\b`)

// waitListed reports a bare span on a labelled list item under a heading
// of waits: "Wait times by service" over "- Residential (public): 2-8
// weeks" lists how long people wait for each program, not how long it
// lasts.
func waitListed(s *sentence, q *quantity.Quantity) bool {
	if s.block.Kind != corpus.BlockListItem || !slices.ContainsFunc(s.block.Headings, waitHeading) {
		return false
	}
	_, e := s.label()
	return e > 0 && q.Start >= e && bareSpanClause(s.lower[e:q.Start], s.lower[q.End:])
}

// waitHeading reports a heading that speaks of waiting: "Typical wait
// times", "Longest waits", "Waiting list times for rehab".
func waitHeading(h string) bool {
	return hasWord(lowerASCII(h), "wait", "waits", "waiting", "waitlist", "waitlists", "wait-list", "wait-lists")
}

// weekOfProgramHolds follows a week of a program with what the week
// holds: " of IOP often includes", " in our PHP involves", " of day
// treatment looks like".
var weekOfProgramHolds = prefilter.MustCompile(`^\s+(?:of|in)\s+(?:(?:an?|the|our|your)\s+)?(?:[a-z-]+\s+){1,4}?(?:(?:often|usually|typically|generally|might|may|will|can)\s+)?(?:includes?|involves?|looks?\s+like|consists?\s+of|contains?|features?|is\s+made\s+up\s+of)\b`)
