package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

func newClaim(s *sentence, kind Kind, start, end int) Claim {
	sp := s.block.SourceSpan(s.off+start, s.off+end)
	scope := General
	if s.provider && !generalBeforeOwn(s.lower, end) || oursAmong(s.lower, start) {
		scope = Provider
	}
	m := modalityOf(s, start, end)
	// (Whether detox is offered at all is one fact whatever its model:
	// "Social detox with round-the-clock staff" offered, then withdrawal
	// management no longer offered, is one service withdrawn.)
	if kind == DetoxOffered && m.variant == "social-model" {
		m.variant = ""
	}
	k := s.block.Kind
	return Claim{
		Listed:      k == corpus.BlockTableCell || k == corpus.BlockListItem || s.headerFrom > 0 || figureIsLabel(s, start, end),
		FactBox:     factBoxHeading(s.block.Headings) && !(bareScheduleHeading(s.block.Headings) && (longestClockSpan(s.block.Text) >= 10 || otherSectionAbove(s.block.Headings))),
		WhenHeading: whenHeading(s.block.Headings),
		Section:     s.section,
		Kind:        kind,
		Scope:       scope,
		Polarity:    m.polarity,
		Force:       m.force,
		Attribution: m.attribution,
		Population:  m.population,
		Variant:     m.variant,
		Statistic:   m.statistic,
		File:        s.doc.ID,
		Span:        sp,
		Pos:         s.doc.Position(sp.Start),
		// Copies: a substring of the page would keep the whole page
		// text alive for as long as the claim, and claims outlive their
		// documents. The words are cut from the sentence's copy, which
		// the claim keeps anyway.
		Text:      s.sentenceCopy()[start:end],
		Sentence:  s.sentenceCopy(),
		Block:     s.bi,
		BlockHash: s.block.Hash,
	}
}

// generalBeforeOwn reports a figure in a clause about programs in
// general that a contrast then sets the provider's own against: "In
// general, IOPs run 6 to 12 weeks, but our compact format …". The
// provider's voice starts past the contrast, so the figure is not its.
func generalBeforeOwn(lower string, end int) bool {
	k := len(lower)
	// (", so ours sits in the middle", ", and ours runs longer": a
	// consequence or an addition the provider draws.)
	// ("… at most places but we do more": a "but" without its comma.)
	for _, sep := range []string{", but ", " but ", ", while ", ", whereas ", "; ", ", so ", ", and "} {
		if i := strings.Index(lower[end:], sep); i >= 0 {
			k = min(k, end+i)
		}
	}
	// ("While most IOPs last 8 weeks, ours lasts 12": a fronted
	// concession ends on its comma.)
	if opensOnConcession(lower) {
		if i := strings.Index(lower[end:], ", "); i >= 0 {
			k = min(k, end+i)
		}
	}
	if k == len(lower) {
		return false
	}
	pre := lower[:k]
	// ("Both programs last 12 weeks, but …", "All programs at Fern
	// Hollow last 90 days, but …": the provider's own programs.)
	return !firstPerson(pre) && !hasWord(pre, "here", "ours", "both", "all", "each", "these", "those") && firstPerson(lower[k:]) &&
		hasWord(pre, "iops", "phps", "programs", "programmes", "facilities", "centers", "centres", "providers", "places", "clinics", "rehabs")
}

// oursAmong reports the provider's own program set among the programs a
// clause speaks of, right before the figure starting at start: "Most day
// programs, including ours, run at least 20 hours a week", "Many houses,
// ours included, set a 90-day minimum". Only the figure the clause says
// of them all: not past "and", a dash or a comparison ("…, and IOPs
// usually run 9 hours", "…, compared with 9 hours for an IOP", "… longer
// than the 9 hours ASAM sets"), not of what is not a program ("Many
// states, including ours, require …"), not "not all" or "used to".
func oursAmong(lower string, start int) bool {
	if !strings.Contains(lower, "ours") {
		return false
	}
	pre := lower[:min(start, len(lower))]
	marker := ", including ours,"
	k := lastIndex(pre, marker)
	if k < 0 {
		marker = ", ours included,"
		k = lastIndex(pre, marker)
	}
	if k < 0 {
		return false
	}
	head := strings.Fields(pre[:k])
	if len(head) == 0 || !programPlurals[head[len(head)-1]] || hasWord(pre[:k], "not", "few", "no") {
		return false
	}
	between := pre[k+len(marker):]
	// (The first figure after it: "…, unlike IOPs, which run 9 hours"
	// follows the clause's own.)
	return !strings.ContainsAny(between, ";.—–0123456789") && !hasWord(between, "and", "but", "while", "whereas", "unlike", "which", "compared", "than", "as", "require", "requires",
		"recommend", "recommends", "sets", "used", "once", "longer", "shorter", "more", "less", "fewer", "short", "minimum", "maximum")
}

// programPlurals name programs by the many.
var programPlurals = wordSet("programs", "programmes", "phps", "iops", "houses", "residences", "centers", "centres", "facilities", "homes",
	"providers", "clinics", "detoxes")

func newRangeClaim(s *sentence, q *quantity.Quantity, kind Kind, factor float64) Claim {
	c := newClaim(s, kind, q.Start, q.End)
	c.Unit = registry[kind].Unit
	c.WrittenUnit = string(q.Unit)
	if q.HasMin {
		v := q.Min * factor
		c.Min = &v
	}
	if q.HasMax {
		v := q.Max * factor
		c.Max = &v
	}
	c.Qualifier, _ = ParseQualifier(string(q.Qualifier))
	if c.Qualifier == 0 {
		c.Qualifier = Exact
	}
	c.OpenEnded = q.OpenEnded
	// "Our IOP starts at 9 hours a week and steps down to 6": where a
	// schedule starts before it drops, no floor.
	if c.Qualifier == AtLeast && c.Min != nil && hasPrefixFold(q.Text, "start") && stepsDown(s.lower[q.End:]) {
		c.Qualifier, c.Max = Exact, c.Min
	}
	// "The minimum stay is 60 days", "the maximum length of stay is 30
	// days": a bound named as the sentence's subject.
	if c.Qualifier == Exact && c.Min != nil && c.Max != nil && *c.Min == *c.Max {
		bound := namedBound(s.lower[:q.Start])
		// "Minimum Recommended: 90 days": the label names the bound.
		if label, e := s.label(); bound == "" && e > 0 && e <= q.Start {
			// ("Maximum flexibility: …" bounds nothing.)
			l := strings.ToLower(label)
			lengthWord := wordCount(l) == 1 || hasWord(l, "stay", "length", "duration", "time", "commitment", "recommended", "requirement", "hours", "days", "weeks")
			switch {
			case lengthWord && strings.Contains(l, "minimum"):
				bound = "minimum"
			case lengthWord && strings.Contains(l, "maximum"):
				bound = "maximum"
			}
		}
		// "| Program | Medicare minimum |" over "| IOP | 9 hours/week |":
		// the column names the bound.
		if bound == "" && s.block.Kind == corpus.BlockTableCell {
			if l := lowerASCII(s.block.ColHeader); wordCount(l) <= 4 && !hasWord(l, "age", "ages", "price", "cost", "fee", "fees", "deposit") {
				switch {
				case hasWord(l, "minimum", "min", "floor"):
					bound = "minimum"
				case hasWord(l, "maximum", "max", "cap"):
					bound = "maximum"
				}
			}
		}
		switch bound {
		case "minimum":
			c.Qualifier, c.Max = AtLeast, nil
		case "maximum":
			c.Qualifier, c.Min = UpTo, nil
		}
	}
	// "6 to 12 months or longer", "10-20+ days", "3 months or longer":
	// the upper figure is not a bound. ("Up to a year or more" keeps its
	// only bound, and "9 to 12 weeks and sometimes longer" its usual
	// range.)
	if q.OpenEnded && c.Min != nil && c.Max != nil && *c.Max >= *c.Min && q.Qualifier != quantity.UpTo && !hedgedLonger(q.Text) {
		c.Max = nil
	}
	// "up to 14 weeks or even five months": a longer ceiling said after
	// the first is the ceiling.
	if kind == ProgramLength && c.Qualifier == UpTo && c.Max != nil {
		widerCeiling(s, q, &c, factor)
	}
	// "six hours of treatment per day or more", "30 days of care or
	// longer": the widening comes after what the figure counts. ("a
	// couple weeks or longer": a couple, read as two, widened too.)
	if (c.Qualifier == Exact || c.Qualifier == Approx && q.Qualifier == quantity.Approx && coupleCount(q.Text)) && c.Min != nil && c.Max != nil && *c.Min == *c.Max {
		if loc := orMoreAfter.FindStringSubmatchIndex(s.lower[q.End:]); loc != nil && (loc[3] > loc[2] || c.Qualifier == Approx) {
			c.Qualifier, c.Max, c.OpenEnded = AtLeast, nil, true
		}
	}
	return c
}

// dropWidened drops, from the claims of one sentence starting at from, a
// program length inside another's words: the longer ceiling widerCeiling
// folded into the first ("up to 14 weeks or even five months") is not a
// length of its own.
func dropWidened(out []Claim, from int) []Claim {
	for i := from; i < len(out); i++ {
		c := &out[i]
		if c.Kind != ProgramLength {
			continue
		}
		for j := from; j < len(out); j++ {
			if o := &out[j]; j != i && o.Kind == ProgramLength && o.Span.Start <= c.Span.Start && c.Span.End <= o.Span.End && o.Span.End-o.Span.Start > c.Span.End-c.Span.Start {
				out = append(out[:i], out[i+1:]...)
				i--
				break
			}
		}
	}
	return out
}

// widerCeiling raises c's ceiling to a longer one said right after it
// with "or even", "or possibly", "or sometimes": "Some IOPs can run up
// to 14 weeks or even five months" run at most five months.
func widerCeiling(s *sentence, q *quantity.Quantity, c *Claim, factor float64) {
	loc := orEvenAfter.FindStringIndex(s.lower[q.End:])
	if loc == nil {
		return
	}
	for j := range s.qs {
		o := &s.qs[j]
		if o.Start != q.End+loc[1] {
			continue
		}
		f, ok := lengthUnits[string(o.Unit)]
		if !ok || !o.HasMax || o.Per != quantity.None || o.Qualifier != "" && o.Qualifier != quantity.Exact && o.Qualifier != quantity.Approx {
			return
		}
		if v := o.Max * f; v > *c.Max {
			c.Max, c.WrittenUnit = &v, string(o.Unit)
			c.Span.End = s.block.SourceSpan(s.off+o.Start, s.off+o.End).End
			c.Text = c.Sentence[q.Start:o.End]
			s.widened = true
		}
		return
	}
}

var orEvenAfter = prefilter.MustCompile(`^,?\s+or\s+(?:even|possibly|perhaps|sometimes|occasionally)\s+(?:as\s+long\s+as\s+)?`)

// orMoreAfter is "or more" after what a figure counts or its rate (the
// first group): "… of treatment per day or more", "… a week or longer".
// Right after the figure the quantity grammar reads it itself.
var orMoreAfter = prefilter.MustCompile(`^((?:\s+of(?:\s+[a-z-]+){1,3}?)?(?:\s+(?:per|a|each|every)\s+(?:day|week))?)\s+or\s+(?:more|longer)\b`)

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// stepsDown reports a schedule dropping later in the clause.
func stepsDown(rest string) bool {
	if k := strings.IndexAny(rest, ".;"); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "down", "tapers", "taper", "decreases", "decrease", "drops", "drop", "reduces", "reduced")
}

// namedBound reads "the minimum stay is" or "the maximum length of stay
// is" right before a figure: "minimum", "maximum" or "".
func namedBound(pre string) string {
	m := boundSubject.FindStringSubmatch(pre)
	if m == nil {
		return ""
	}
	if m[5] != "" {
		return "maximum"
	}
	switch m[1] + m[2] + m[3] + m[4] {
	case "shortest", "floor", "lower", "least", "smallest", "lowest", "fewest":
		return "minimum"
	case "longest", "ceiling", "upper", "most", "greatest", "highest":
		return "maximum"
	}
	return m[2]
}

// boundSubject names a bound of the program right before its figure:
// "the minimum stay is", "the maximum length of stay is", or the bound
// alone as the subject ("For teens, the minimum is 6 hours a week", "the
// usual minimum requirement for IOP care is nine hours", "the usual
// floor is six hours weekly"), or set at it
// ("ASAM sets the adult minimum at 9 hours a week", "put the floor for
// adolescent IOP at 6 hours per week"). A limit or an amount named by its
// end is one too: "the upper limit of care is usually 19 hours",
// "the least amount of care a program gives is nine hours a week". So is
// a cap or limit set on the program: "Medicare caps IOP at 19 hours",
// "limits PHP to 30 days", "Stays are limited to 45 days".
var boundSubject = prefilter.MustCompile(`\b(?:(floor|ceiling)\s+for\s+[a-z0-9()' -]{1,60}?\s+at\s+(?:about\s+|roughly\s+)?$|` +
	`(minimum|maximum|shortest|longest|floor|ceiling)\s+(?:(?:recommended\s+|suggested\s+)?(?:length\s+of\s+)?(?:stay|length|duration|commitment|enrollment|program|period|course)\s+|requirement\s+(?:for\s+[a-z0-9()' -]{1,40}?\s+)?|for\s+[a-z0-9()' -]{1,40}?\s+)?(?:is|lasts|runs|at)\s+` + boundHedge + `$|` +
	`(upper|lower)\s+(?:limit|end|bound)\s+(?:(?:of|for)\s+[a-z0-9()' -]{1,40}?\s+)?is\s+` + boundHedge + `$|` +
	`(least|smallest|lowest|fewest|most|greatest|highest)\s+(?:amount|number)\s+of\s+[a-z0-9()' ,-]{1,60}?\s+is\s+` + boundHedge + `$|` +
	`\b(caps|cap|capping|capped|limits|limit|limiting|limited)\s+(?:[a-z0-9()' -]{1,40}?\s+)?(?:at|to)\s+` + boundHedge + `$)`)

const boundHedge = `(?:(?:about|roughly|around|typically|usually|generally|normally|often|set\s+at)\s+)?`

// plausible drops values no schedule can have (9 days a week, 30 hours a
// day): they come from misread text, never from a real claim.
func plausible(c *Claim) bool {
	limit := registry[c.Kind].Max
	for _, v := range []*float64{c.Min, c.Max} {
		if v != nil && (*v <= 0 || *v > limit) {
			return false
		}
	}
	// "Daily check-ins in the app (two minutes, we promise)": minutes a
	// task takes, not a meeting or a day of the program's.
	if floor := registry[c.Kind].Floor; c.Max != nil && *c.Max < floor {
		return false
	}
	return c.Min != nil || c.Max != nil
}

// minSession is the shortest session (or week) a program holds, in
// hours.
const minSession = 10.0 / 60

// tooShort reads a bound the sentence calls too little as the opposite
// bound: "treatment lasting less than 90 days has limited effectiveness"
// says at least 90 days are needed.
func tooShort(c *Claim, q *quantity.Quantity, lower string) {
	if c.Qualifier != UpTo || c.Max == nil {
		return
	}
	t := lowerASCII(q.Text)
	if !strings.HasPrefix(t, "less than") && !strings.HasPrefix(t, "fewer than") && !strings.HasPrefix(t, "under ") && !strings.HasPrefix(t, "shorter than") {
		return
	}
	if !insufficient.MatchString(lower[q.End:]) {
		return
	}
	c.Min, c.Max, c.Qualifier = c.Max, nil, AtLeast
}

var insufficient = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:is|are|has|have|was|were|shows?|showed|tends? to be|tend to have)\s+(?:of\s+)?(?:limited|little|less|reduced|insufficient|poor|no|minimal)(?:\s+(?:or|to)\s+(?:no|little|limited))?\s+(?:effect|effects|effectiveness|benefit|benefits|success|value|impact)\b|^[^.;]{0,40}?\b(?:is|are)\s+(?:not enough|too short|rarely enough|seldom enough)\b`)

// invertDeniedBound reads a denied bound as the opposite bound: "never
// lasts more than 12 weeks" is at most 12 weeks, "is not less than 9
// hours" at least 9. The claim is then asserted.
func invertDeniedBound(c *Claim, q *quantity.Quantity) {
	if c.Polarity != Negated {
		return
	}
	t := lowerASCII(q.Text)
	comparative := false
	for _, p := range []string{"more than", "longer than", "over ", "greater than", "beyond ", "exceeding ", "exceed ", "exceeds ", "past ", "less than", "fewer than", "shorter than", "under ",
		"runs past", "run past", "lasts past", "last past", "goes past", "go past", "extends past", "extend past", "continues past", "continue past"} {
		if strings.HasPrefix(t, p) {
			comparative = true
		}
	}
	if !comparative {
		return
	}
	// ("rarely less than 7 to 10 days": the bound was a range, of which
	// the grammar kept the end a bound reads; its denial is bounded by
	// the other end, at least 7.)
	lo, hi := 1.0, 1.0
	if k := strings.IndexAny(t, "0123456789"); k >= 0 {
		if r := quantity.Parse(q.Text[k:]); len(r) == 1 && r[0].HasMin && r[0].HasMax && r[0].Min > 0 && r[0].Min < r[0].Max {
			lo, hi = r[0].Min/r[0].Max, r[0].Max/r[0].Min
		}
	}
	switch c.Qualifier {
	case AtLeast:
		m := *c.Min * hi
		c.Max, c.Min, c.Qualifier = &m, nil, UpTo
	case UpTo:
		m := *c.Max * lo
		c.Min, c.Max, c.Qualifier = &m, nil, AtLeast
	default:
		return
	}
	c.Polarity = Asserted
}

// hedgedLonger reports "and sometimes longer", "or even more": the range
// is the usual one, and the text allows exceptions.
func hedgedLonger(t string) bool {
	return hasWord(lowerASCII(t), "sometimes", "often", "even", "possibly", "perhaps", "maybe", "occasionally")
}

// sentenceCopy returns the sentence's text detached from the page, made
// once however many claims the sentence holds.
func (s *sentence) sentenceCopy() string {
	if s.copy == "" {
		s.copy = strings.Clone(s.text)
	}
	return s.copy
}

// figureIsLabel reports a figure that labels its line: "30 days: for
// guests with a shorter history", one entry of lengths to choose from.
func figureIsLabel(s *sentence, start, end int) bool {
	return strings.TrimSpace(s.lower[:start]) == "" && strings.HasPrefix(s.lower[end:], ": ")
}
