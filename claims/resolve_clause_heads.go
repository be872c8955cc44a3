package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// asideOwner is the program an aside in brackets hangs on when m is named
// inside brackets closed before start: "Our IOP (not the same as our
// five-day PHP) meets three days a week" is the IOP's. nil when m is in
// no such aside, or no usable program stands before it in the clause.
func asideOwner(s *sentence, m *mention, lo, start int, usable func(mention) bool) *mention {
	open := strings.LastIndexByte(s.lower[:m.start], '(')
	if open < 0 || strings.Contains(s.lower[open:m.start], ")") || !strings.Contains(s.lower[m.end:start], ")") {
		return nil
	}
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if o := &s.mentions[i]; o.end <= open && o.start >= lo && usable(*o) && programSubject(o.subject) && !o.weak {
			return o
		}
	}
	return nil
}

// bracketNamesPrograms reads a bracket opening right after end that holds
// program names and nothing else but "or", "and" and the like: the one
// program it names, or Other for two or more joined by "or".
func bracketNamesPrograms(s *sentence, end int) (Subject, bool) {
	rest := s.lower[end:]
	t := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(t, "(") {
		return NoSubject, false
	}
	open := end + len(rest) - len(t)
	shut := strings.IndexByte(s.lower[open:], ')')
	if shut < 0 {
		return NoSubject, false
	}
	shut += open
	inside := []byte(s.lower[open+1 : shut])
	var subjects []Subject
	for _, m := range s.mentions {
		if m.start > open && m.end <= shut && programSubject(m.subject) && !m.contrast {
			for k := m.start - open - 1; k < m.end-open-1; k++ {
				inside[k] = ' '
			}
			if !slices.Contains(subjects, m.subject) {
				subjects = append(subjects, m.subject)
			}
		}
	}
	if len(subjects) == 0 {
		return NoSubject, false
	}
	either := false
	for _, w := range strings.FieldsFunc(string(inside), func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		switch w {
		case "or":
			either = true
		case "and", "the", "a", "an", "in", "for", "of", "program", "programs", "care", "treatment", "level", "levels",
			// ("2 hours a week (regular outpatient care or aftercare)": the
			// program named beside a kind of care that follows it.)
			"traditional", "standard", "regular", "aftercare", "continuing":
		default:
			return NoSubject, false
		}
	}
	if len(subjects) == 1 {
		return subjects[0], true
	}
	// ("3 hours a day (IOP and PHP)": each holds it, as programs in
	// coordination share a claim; "(IOP or PHP)": one or the other.)
	if either {
		return Other, true
	}
	return NoSubject, false
}

// bracketedAfter is the program whose name a bracket holding start opens
// right after: "our IOP (two days a week, four hours a day)"; nil
// when there is none.
func bracketedAfter(s *sentence, start int) *mention {
	open := strings.LastIndexByte(s.lower[:start], '(')
	if open < 0 || strings.IndexByte(s.lower[open:start], ')') >= 0 {
		return nil
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		// ("individual sessions (two a week while you are in PHP)": so
		// are those opened after individual therapy.)
		if m.end <= open && (programSubject(m.subject) || m.subject == IndividualTherapy) && !m.weak && strings.TrimSpace(s.lower[m.end:open]) == "" {
			return m
		}
	}
	return nil
}

// includedPart reports a name right after "including", "such as",
// "like" or "plus": a part of what the clause is about.
func includedPart(lower string, i int) bool {
	switch w := wordBefore(lower, i); w {
	case "including", "like", "plus":
		return true
	case "as":
		return wordBefore(lower, lastIndex(lower[:i], "as")) == "such"
	}
	return false
}

// setAsideFor is the meeting named right after the figure ending at end
// as what its time is kept for: "one hour set aside for individual
// therapy", "two hours devoted to family sessions"; "" when none is.
func setAsideFor(s *sentence, end int) Subject {
	// (Every resolved figure asks; the words that keep time for something
	// come within a few words of it, so most figures are answered by one
	// short look.)
	near := s.lower[end:min(len(s.lower), end+40)]
	if !strings.Contains(near, "aside") && !strings.Contains(near, "reserved") && !strings.Contains(near, "kept") && !strings.Contains(near, "devoted") && !strings.Contains(near, "dedicated") {
		return NoSubject
	}
	loc := keptFor.FindStringIndex(s.lower[end:])
	if loc == nil {
		return NoSubject
	}
	rest := s.lower[end+loc[1]:]
	for i := range s.mentions {
		if m := &s.mentions[i]; m.start == end+loc[1] && therapySubject(m.subject) {
			return m.subject
		}
	}
	// ("individual and/or family therapy": the first of the meetings
	// named, which no one term covers.)
	if !hasWord(firstClause(rest), "therapy", "therapies", "sessions", "session", "counseling", "counselling") {
		return NoSubject
	}
	switch leadingWord(rest, 0) {
	case "individual", "one-on-one":
		return IndividualTherapy
	case "group":
		return GroupTherapy
	case "family", "couples", "medication", "psychiatric":
		return Other
	}
	return NoSubject
}

var keptFor = prefilter.MustCompile(`^\s+(?:(?:each|every|a|per)\s+(?:day|week)\s+)?(?:is\s+|are\s+)?(?:set\s+aside|reserved|kept|devoted|dedicated)\s+(?:for|to)\s+(?:(?:the|an?|one-on-one)\s+)?`)

// pointedGroup reports a rate between "this" or "that" and a meeting
// noun: "this weekly group", "that twice-monthly class".
func pointedGroup(lower string, start, end int) bool {
	if w := wordBefore(lower, start); w != "this" && w != "that" {
		return false
	}
	return pointedGroupNouns[wordAfter(lower, end)]
}

var pointedGroupNouns = wordSet("group", "class", "workshop", "meeting", "seminar")

// headedByGroup reports the heading over the block as one that names a
// group, a class or a workshop and no program: "Family Education Group".
func (st *state) headedByGroup() bool {
	if st.headingBlock < 0 || st.headingBlock >= len(st.lower) {
		return false
	}
	h := st.lower[st.headingBlock]
	return hasWord(h, "group", "groups", "class", "classes", "workshop", "workshops", "seminar", "seminars") && !programSubject(st.headingSubject(st.doc.Blocks[st.headingBlock].Text))
}

// partOfItemHead reports m, detox, named as a part of the program a list
// item opens on: "- Residential care, including medical detox for …",
// "• Residential treatment, which includes detox, …". In running text
// "…, including detox for 5 to 7 days" gives detox its own length.
func partOfItemHead(s *sentence, m mention) bool {
	if m.subject != Detox || s.block.Kind != corpus.BlockListItem || !strings.Contains(s.lower[:m.start], "includ") {
		return false
	}
	for i, o := range s.mentions {
		if o.end > m.start {
			return false
		}
		if i > 0 || !programSubject(o.subject) || o.subject == Detox || o.weak || o.contrast {
			return false
		}
		head := strings.TrimLeft(s.lower[:o.start], " -–—•*")
		return (head == "" || articleWords[strings.TrimSpace(head)]) && includedAfterComma.MatchString(s.lower[o.end:m.start])
	}
	return false
}

var includedAfterComma = prefilter.MustCompile(`^(?:\s+(?:care|treatment|programs?|services?|stays?|rehab))?\s*,\s*(?:including|which\s+includes?|that\s+includes?)\s+(?:(?:a|an|the|medical|medically|supervised|managed|on-site|onsite|full)\s+){0,3}$`)

// sharesSubject reports words between an object and a figure that open
// a verb joined to the clause's own: "and meets", "and runs for".
func sharesSubject(between string) bool {
	t := strings.TrimLeft(between, " ,")
	rest, ok := strings.CutPrefix(t, "and ")
	if !ok {
		return false
	}
	switch leadingWord(rest, 0) {
	case "meets", "runs", "lasts", "takes", "requires", "continues", "operates":
		return true
	}
	return false
}

// insideRelativeOfOpener reports a mention at i inside a relative clause
// set off by commas that closes before end, hung on the usable program
// opening the sentence: "Detox, which often comes before residential
// treatment, usually takes …".
func insideRelativeOfOpener(s *sentence, i, end int, usable func(mention) bool) bool {
	return inClosedRelative(s.lower, i, end) && usable(s.mentions[0]) && opensSentence(s.lower, s.mentions[0].start)
}

// inClosedRelative reports i inside a relative clause set off by commas
// (", which …,", ", who …,") that closes before end.
func inClosedRelative(lower string, i, end int) bool {
	k := max(lastIndex(lower[:i], ", which "), lastIndex(lower[:i], ", who "))
	if k < 0 || strings.ContainsAny(lower[k+1:i], ",;") {
		return false
	}
	c := strings.IndexByte(lower[i:end], ',')
	return c >= 0
}

// opensClause reports whether the words [lo, i) are at most a
// determiner or two: the mention at i is the clause's subject.
func opensClause(lower string, lo, i, end int) bool {
	pre := lower[lo:i]
	// "In an IOP, individual therapy …": an opening phrase set off by a comma.
	if k := strings.LastIndexAny(pre, ",:"); k >= 0 {
		pre = pre[k+1:]
	}
	// "a support group that meets once a week": the subject of its own
	// relative clause.
	rest := strings.TrimLeft(lower[end:], " ")
	for _, w := range []string{"that ", "which ", "who "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	f := strings.Fields(pre)
	n := 0
	for _, w := range f {
		switch strings.Trim(w, ",:()") {
		case "", "the", "a", "an", "our", "your", "their", "its", "this", "these", "each", "every", "and", "in", "weekly", "daily", "typical", "typically", "individual", "group":
			continue
		// "Medical detox; most stays last four to seven days": the kind
		// of care named still opens its clause.
		case "medical", "medically", "supervised", "monitored", "managed":
			continue
		// ("Basic continuing care is a step-down level": the level's
		// own qualifier.)
		case "basic", "ongoing", "extended":
			continue
		}
		// "Trauma-informed process group every weekday": a compound
		// adjective still leaves the group opening its clause.
		if strings.Contains(w, "-") && n == 0 && len(f) <= 2 {
			continue
		}
		n++
	}
	return n == 0
}

// relativeHead returns the program a relative clause around start hangs
// on: "X, which …", "X that …", with no other program between.
func relativeHead(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		// "Day treatment is a type of outpatient rehab that …": a bare
		// "outpatient" there is the kind of care, not another program;
		// "our evening outpatient program, which …" is one.
		// ("standard outpatient therapy, which usually means an hour or
		// two a week" is outpatient care itself.)
		// ("step down to the virtual outpatient group, which meets …": a
		// level moved to is a program too.)
		if m.weak && !ownedBefore(s.lower, m.start) && !standardBefore(s.lower, m.start) && !movedTo(s.lower, m.start) {
			return nil
		}
		// "Our PHP is an intensive outpatient program that meets five
		// days a week": the clause hangs on the kind of care the PHP is
		// said to be, so it describes the PHP, which the sentence's own
		// subject gives.
		if m.classified {
			return nil
		}
		// ("Our IOP is a non-residential program that meets three days
		// a week": the clause hangs on care said not to be the one
		// named, and describes the IOP.)
		if nonAt(s.lower, m.start) >= 0 {
			return nil
		}
		between := s.lower[m.end:start]
		// "Next, teens move down to our after-school IOP, two afternoons
		// a week, before …": a figure set right after the program it
		// names, inside the clause (not after a fronted phrase: "After
		// detox, three days a week …" opens the main clause).
		// ("3 to 12 days for detox, 45 to 60 days for residential
		// care": a figure with its own program behind "for" is an item
		// of a list, not the appositive of the item before.)
		if strings.TrimSpace(between) == "," && programSubject(m.subject) && appositiveOf(s.lower, m.start) {
			// ("a week in detox, 30 days in residential care": so is a
			// stay with its own program behind "in", after a stay in one.)
			if q := s.quantityAt(start); q != nil && !programForAfter(s, q.End) && !(inPrepPhrase(s.lower, m.start) && programInAfter(s, q.End)) {
				return m
			}
		}
		t := strings.TrimLeft(between, " ")
		// ("our on-site withdrawal management unit, which usually lasts
		// five to seven days": the unit is the detox.)
		// ("our IOP evening track, which adds up to …": a track's time of
		// day before its noun.)
		for _, w := range []string{"evening", "day", "morning", "afternoon", "weekend", "virtual", "care", "treatment", "rehab", "programs", "program", "groups", "group", "tracks", "track", "therapy", "counseling", "counselling", "services"} {
			t = strings.TrimLeft(strings.TrimPrefix(t, w), " ")
		}
		if m.subject == Detox {
			for _, w := range []string{"unit", "suite", "wing"} {
				t = strings.TrimLeft(strings.TrimPrefix(t, w), " ")
			}
		}
		// ("an intensive outpatient program (IOP), which …": the
		// abbreviation in brackets closes the head.)
		t = strings.TrimLeft(t, ", )—–")
		// ("our alumni group at no cost, which meets …": a short phrase
		// of the head's may stand before the clause, and so may when it
		// follows: "continue in our outpatient program afterward, which
		// meets …".)
		if loc := headPhrase.FindStringIndex(t); loc != nil {
			t = t[loc[1]:]
		}
		// ("… move to an IOP nearer home, usually one that meets …":
		// "one" stands for a level moved to; "unlike an IOP, one that
		// …" speaks of IOPs in general.)
		if loc := oneStandsFor.FindStringIndex(t); loc != nil && movedTo(s.lower, m.start) {
			t = t[loc[1]:]
		}
		// (The stops of "a.m." and "p.m." end no clause.)
		t = clockStops.Replace(t)
		// ("… unlike residential care, in which clients sleep on campus":
		// a preposition may open the clause.)
		for _, p := range []string{"in ", "during ", "at ", "through "} {
			if r, ok := strings.CutPrefix(t, p); ok && strings.HasPrefix(r, "which ") {
				t = r
				break
			}
		}
		if !strings.HasPrefix(t, "which ") && !strings.HasPrefix(t, "that ") && !strings.HasPrefix(t, "where ") || strings.ContainsAny(t, ";.") {
			return nil
		}
		// "PHP, which takes up most of the day, five days a week": a
		// figure right after the clause's comma still describes its
		// head; words after the comma ("…, our IOP meets …") start a
		// clause of their own.
		// ("…, which meets 3 hours a day, 4 days a week, for another 4 to
		// 6 weeks": a phrase after the comma still goes on with it.)
		// ("which meets Monday, Wednesday and Friday from 10 to 1 for six
		// to eight weeks": a comma inside a list of days is no clause's.)
		k := strings.LastIndexByte(t, ',')
		for k >= 0 && weekdayNames[strings.TrimSuffix(strings.Trim(firstWord(t[k+1:]), ","), "s")] > 0 {
			k = strings.LastIndexByte(t[:k], ',')
		}
		if k >= 0 && strings.TrimSpace(t[k+1:]) != "" {
			switch f := strings.Fields(t[k+1:]); f[0] {
			case "for", "over", "across", "during", "usually", "typically", "often":
			default:
				return nil
			}
		}
		return m
	}
	return nil
}

// appositiveOf reports a program named at i inside its clause, past a
// verb: its comma closes the name, not a fronted phrase.
func appositiveOf(lower string, i int) bool {
	head := lower[:i]
	if strings.ContainsAny(head, ",;:") || frontingWords[firstWord(head)] {
		return false
	}
	return wordCount(head) >= 3
}

// programForAfter reports a program named right after i behind "for",
// ending an item of a list: "45 days for residential care, and …". (Not
// a program that only says who the figure is for: "three evenings a week
// for residential clients", "for PHP graduates".)
func programForAfter(s *sentence, i int) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool {
		return m.start >= i && programSubject(m.subject) && !m.weak && strings.TrimSpace(s.lower[i:m.start]) == "for" && itemEnds(s.lower[m.end:])
	})
}

// programInAfter reports a program right after i behind "in" or "at"
// ("30 days in residential care"), ending its list item.
func programInAfter(s *sentence, i int) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool {
		if m.start < i || !programSubject(m.subject) || m.weak {
			return false
		}
		switch strings.TrimSpace(s.lower[i:m.start]) {
		case "in", "in a", "in an", "in the", "in our", "at", "at a", "at the", "at our":
			return itemEnds(s.lower[m.end:])
		}
		return false
	})
}

// itemEnds reports what follows a list item's program, past a word of
// care: the list's next comma or joining word, or the sentence's end.
func itemEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if w := leadingWord(rest, 0); itemNouns[w] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	// ("90 days for residential treatment at our lakeside lodge, and
	// …": where the item's program is given may close it.)
	if w := leadingWord(rest, 0); w == "at" || w == "in" || w == "on" {
		r := strings.TrimLeft(rest[len(w):], " ")
		for n := 0; n < 4 && r != "" && isWordByte(r[0]); n++ {
			r = strings.TrimLeft(r[len(leadingWord(r, 0)):], " ")
		}
		if punctuationCloses(r) {
			return true
		}
	}
	if punctuationCloses(rest) {
		return true
	}
	w := leadingWord(rest, 0)
	return w == "and" || w == "or"
}

// punctuationCloses reports a list item closed where rest starts: by its
// end or a comma, semicolon, full stop or bracket.
func punctuationCloses(rest string) bool {
	return rest == "" || strings.ContainsAny(rest[:1], ",;.)")
}

var itemNouns = wordSet("care", "treatment", "program", "programs", "programme", "stay", "stays", "services", "rehab")

// ownedBefore reports "our" among the two words before i: "our evening
// outpatient program" names the provider's own program.
func ownedBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "our" {
		return true
	}
	k := lastIndex(lower[:i], w)
	return w != "" && k >= 0 && wordBefore(lower, k) == "our"
}

var oneStandsFor = prefilter.MustCompile(`^(?:(?:usually|typically|often|generally|ideally)\s+)?one\s+`)

var headPhrase = prefilter.MustCompile(`^(?:(?:at|in|on|for|with|near|close\s+to|closer\s+to)\s+(?:[a-z-]+\s+){0,3}[a-z-]+|afterwards?|later(?:\s+on)?|next|after\s+(?:that|graduation|discharge))\s*,\s*`)

// possessiveBefore reports a mention at [ms, me) written as a possessive
// ("IOP's", "the PHP’s") right before the figure at start.
func possessiveBefore(lower string, ms, me, start int) bool {
	t := lower[ms:me]
	rest := lower[me:start]
	switch {
	case strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s"):
	case strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s"):
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
	default:
		return false
	}
	return strings.TrimSpace(rest) == ""
}

// appositiveHead returns the program named last before start when only a
// comma stands between them and the program is where clients move to
// ("step down to our PHP, five days a week").
// steppedToFor is the program or group a client steps down to when the
// figure follows it after "for": "step down to a weekly continuing-care
// group for six months".
func steppedToFor(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		between := strings.TrimSpace(s.masked[m.end:start])
		for _, w := range []string{"groups", "group", "programs", "program", "sessions", "meetings"} {
			between = strings.TrimSpace(strings.TrimPrefix(between, w))
		}
		if between != "for" || !programSubject(m.subject) && m.subject != Other {
			return nil
		}
		k := m.start
		for {
			w := wordBefore(s.lower, k)
			if w != "our" && w != "the" && w != "a" && w != "an" && w != "weekly" {
				break
			}
			k = lastIndex(s.lower[:k], w)
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "down", "up", "move", "moves", "transition", "transitions", "graduate", "graduates":
			return m
		}
		return nil
	}
	return nil
}

func appositiveHead(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		// The figures of the appositive are masked out: "…, five days a
		// week for about a month" leaves ", for".
		between := s.masked[m.end:start]
		// ("step down to standard outpatient therapy, usually one
		// session a week": so may its service.)
		for _, w := range []string{"programs", "program", "treatment", "care", "therapy", "counseling", "counselling", "services"} {
			between = strings.TrimPrefix(strings.TrimLeft(between, " "), w)
		}
		// ("step down to counseling at the office nearest to
		// their home, typically once or twice a week": where the care is
		// given may come between.)
		between = placeBeforeComma(between)
		f := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(between, ",", " , "), ":", " , "))
		if len(f) == 0 || f[0] != "," || !programSubject(m.subject) {
			return nil
		}
		// ("step down to standard outpatient care, usually one or two
		// sessions a week": a hedge may lead the appositive.)
		for _, w := range f[1:] {
			switch w {
			case "for", "and", ",", "usually", "typically", "often", "generally", "normally", "commonly":
			default:
				return nil
			}
		}
		k := m.start
		// ("to our adolescent IOP, three afternoons a week": past the
		// words that say whose program or which track.)
		k = backOver(s.lower, k, 2, trackModifiers)
		if w := wordBefore(s.lower, k); w == "our" || w == "the" || w == "a" || w == "an" {
			k = lastIndex(s.lower[:k], w)
		}
		// ("moves from PHP into our IOP, three afternoons a week": the
		// program one goes into.)
		if wordBefore(s.lower, k) == "into" {
			return m
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "down", "up", "on", "move", "moves", "transition", "transitions", "progress", "progresses", "graduate", "graduates":
			return m
		}
		return nil
	}
	return nil
}

// placeBeforeComma drops a short phrase of place that opens between and
// ends at its first comma: " at the clinic nearest home, usually" is ",
// usually". A phrase that goes on to another clause is kept.
func placeBeforeComma(between string) string {
	t := strings.TrimLeft(between, " ")
	w, _, _ := strings.Cut(t, " ")
	switch w {
	case "at", "in", "near", "through", "with":
	default:
		return between
	}
	k := strings.IndexByte(t, ',')
	if k < 0 || wordCount(t[:k]) > 10 || hasWord(t[:k], "which", "who", "where", "and", "but", "then", "or") || strings.ContainsAny(t[:k], ";:.()") {
		return between
	}
	return t[k:]
}

// trackModifiers name whom a program is for or which of its tracks, before
// its name: "our adolescent IOP", "the evening PHP".
var trackModifiers = wordSet("adolescent", "teen", "adult", "young", "evening", "morning", "afternoon", "virtual", "online", "hybrid", "weekend", "daytime")

// standardBefore reports "standard", "traditional" or "regular" right
// before i: "standard outpatient therapy" names outpatient care itself.
func standardBefore(lower string, i int) bool {
	switch wordBefore(lower, i) {
	case "standard", "traditional", "regular", "routine", "conventional":
		return true
	}
	return false
}

var clockStops = strings.NewReplacer("a.m.", "am", "p.m.", "pm")

// countInBracket reports a bracket opened on a number right after a
// figure: " (30 ", " (about 24 ".
func countInBracket(between string) bool {
	t := strings.TrimLeft(between, " ")
	if !strings.HasPrefix(t, "(") {
		return false
	}
	t = strings.TrimLeft(t[1:], " ")
	for _, w := range []string{"about ", "around ", "roughly ", "approximately ", "up to ", "at least "} {
		t = strings.TrimPrefix(t, w)
	}
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// programHolds runs from a figure before a program's generic noun to the
// start of what the program holds: " program begins with a medical ",
// " treatment program includes ".
var programHolds = prefilter.MustCompile(`^\s*(?:(?:treatment|rehab|rehabilitation|recovery|addiction)\s+)?(?:program|programme|treatment|rehab|stay|course)\s+(?:(?:will|can|may|often|typically|usually|always|generally|normally|also)\s+)*(?:begins?|starts?|opens?|includes?|incorporates?|consists\s+of|combines?|covers?)\s+(?:with\s+)?(?:[a-z-]+\s+){0,3}$`)

// stayOver opens a sentence on the stay being over, naming no program:
// "Following discharge,", "Once discharged,", "After completing the
// program,", "When treatment ends,".
var stayOver = prefilter.MustCompile(`^\W*(?:after|following|upon|on|once|when)\s+(?:(?:your|their|his|her|a|the)\s+)?(?:discharge|discharged|graduation|graduating|completion|(?:completing|finishing)\s+(?:the\s+|this\s+|your\s+|their\s+)?(?:program|programme|treatment|stay)|(?:the\s+)?(?:program|programme|treatment|stay)\s+(?:ends|is\s+over|is\s+complete|is\s+completed))(?:\s+from\s+(?:the\s+|our\s+)?(?:program|programme|treatment))?\s*,`)

// stayOverOpening is where stayOver's clause ends in s, 0 when s opens on
// none.
func stayOverOpening(s *sentence) int {
	// (The expression opens on one of a few words: most sentences are
	// ruled out by their first.)
	k := 0
	for k < len(s.lower) && !isASCIIWordByte(s.lower[k]) {
		k++
	}
	switch leadingWord(s.lower, k) {
	case "after", "following", "upon", "on", "once", "when":
	default:
		return 0
	}
	// ("After completing the program, clients have spent 12 weeks …":
	// the stay looked back on is the program's.)
	if loc := stayOver.FindStringIndex(s.lower); loc != nil && !lookedBack.MatchString(s.lower[loc[1]:]) && !hasWord(s.lower[loc[1]:], stayTold...) {
		return loc[1]
	}
	return 0
}

// stayTold are words of the stay itself told after it is over: "the
// average stay comes to 90 days", "stays total 45 days", "a typical
// length of stay is 35 days", "logged 12 weeks".
var stayTold = []string{"stay", "stays", "length", "total", "totals", "totaled", "logged", "lived", "attendance", "certificate"}

// lookedBack holds a verb in the perfect, looking back on the stay: "will
// have stayed", "have spent", "has attended".
var lookedBack = prefilter.MustCompile(`\b(?:will\s+have|would\s+have|have|has|had)\s+(?:[a-z]+ly\s+)?(?:stayed|spent|attended|completed|finished|been|had|done|received)\b`)
