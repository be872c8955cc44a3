package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// programsNamed appends to out the program subjects s names, in order,
// once each. Contrasted programs ("unlike residential", "IOP vs PHP")
// count: a later "both programs" or "respectively" points back at them too.
func programsNamed(s *sentence, out []Subject) []Subject {
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.classified || contains(out, m.subject) {
			continue
		}
		out = append(out, m.subject)
	}
	return out
}

// pointBack gives the claims out[from:] of a sentence that names no program
// to the programs prev the sentence before it named, where the sentence
// points back at them.
func pointBack(s *sentence, prev []Subject, out []Claim, from int) []Claim {
	respectively(s, prev, out[from:])
	return both(s, prev, out, from)
}

// respectively pairs the claims of a "respectively" sentence with the programs the sentence before it named, in order:
// "PHPs run 20 hours a week and IOPs 9. Respectively, that is four hours
// over five days or three hours over three days." Each kind is paired on
// its own, and only when the counts match, since a partial pairing would
// guess.
func respectively(s *sentence, prev []Subject, cs []Claim) {
	if len(prev) < 2 || indexWord(s.lower, "respectively", 0) < 0 {
		return
	}
	byKind := map[Kind][]int{}
	var kinds []Kind
	for i := range cs {
		k := cs[i].Kind
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], i)
	}
	for _, k := range kinds {
		idx := byKind[k]
		if len(idx) != len(prev) {
			continue
		}
		for n, i := range idx {
			cs[i].Subject = prev[n]
		}
	}
}

// formerLatter gives a figure that "the former" or "the latter" opens the
// clause of to the first or the last of the programs named before: those
// of its own sentence when it names two or more ahead of the words, else
// prev, those of the sentence before. "Day programs ask more of you than
// standard outpatient care. That is because the latter only asks you in
// once or twice a week": the figure is outpatient care's.
func formerLatter(s *sentence, prev []Subject, cs []Claim) {
	// (After "Both programs …" each claim was copied to both; neither
	// copy is the former's or the latter's alone.)
	if len(cs) == 0 || !s.containsAny("the former", "the latter") || opensWithBoth(s.lower) {
		return
	}
	at := s.block.Span.Start + s.off
	for i := range cs {
		c := &cs[i]
		k := c.Span.Start - at
		if k < 0 || k > len(s.lower) {
			continue
		}
		before := s.lower[:k]
		f, l := lastIndex(before, "the former"), lastIndex(before, "the latter")
		p, latter := max(f, l), l > f
		if p < 0 || strings.Contains(before[p:], ";") || !wordAt(before, p, len("the former")) {
			continue
		}
		// (The sentence before counts only where this one names no
		// program ahead of the words: "Our IOP, unlike the former, …"
		// sets its own program apart.)
		named := mentionsBefore(s, p)
		if len(named) == 0 {
			named = prev
		}
		if len(named) < 2 || programBefore(s, p, k) {
			continue
		}
		if latter {
			c.Subject = named[len(named)-1]
		} else {
			c.Subject = named[0]
		}
	}
}

// mentionsBefore lists the programs s names before i, each once, in order.
func mentionsBefore(s *sentence, i int) []Subject {
	var out []Subject
	for _, m := range s.mentions {
		if m.start < i && programSubject(m.subject) && !contains(out, m.subject) {
			out = append(out, m.subject)
		}
	}
	return out
}

// both gives the claims of a sentence that opens with "Both programs" to
// each of the two programs the sentence before named:
// "IOP vs PHP. Both programs offer therapy without overnight stays."
func both(s *sentence, prev []Subject, out []Claim, from int) []Claim {
	if len(prev) != 2 || !opensWithBoth(s.lower) {
		return out
	}
	n := len(out)
	for i := from; i < n; i++ {
		out[i].Subject = prev[0]
		c := out[i]
		c.Subject = prev[1]
		out = append(out, c)
	}
	return out
}

// bothNamedOnlyInGroup reports a sentence opening on "Both levels of
// part-time day treatment" whose every program is named inside that
// opening: the group is the two programs before, whatever kind of care
// the opening calls them.
func bothNamedOnlyInGroup(s *sentence) bool {
	if !strings.HasPrefix(s.lower, "both ") {
		return false
	}
	loc := bothGroupOpening.FindStringIndex(s.lower)
	if loc == nil {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.end > loc[1] {
			return false
		}
	}
	return true
}

// bothGroupOpening is a group of two named by its kind of care: "both
// levels of part-time day treatment", "both programs of outpatient
// care".
var bothGroupOpening = prefilter.MustCompile(`^both\s+(?:levels|programs|options)\s+of\s+(?:[a-z-]+\s+){0,3}?(?:care|treatment|programs?|programming)\b`)

func opensWithBoth(lower string) bool {
	for _, p := range []string{"both programs", "both of these programs", "both of them", "both levels", "both options"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// togetherUnlessTracks is together for the sentence s of the page st
// reads, unless its group is tracks of one program: "You choose a morning track … or an
// evening track …. Both tracks meet three days a week" speaks of the
// tracks the sentence before named, where "our day track (PHP) … our
// evening track (IOP). Both tracks last eight weeks" speaks of two
// programs. ("Our IOP has a morning track and an evening track for clients
// stepping down from PHP" names one.)
func (st *state) togetherUnlessTracks(s *sentence, out []Claim, from int) []Claim {
	if groupOpening(s.lower) == 2 && s.contains("tracks") {
		prev := -1
		for i, sp := range s.block.Sentences {
			if sp.End <= s.off {
				prev = i
			}
		}
		if prev >= 0 {
			sp := s.block.Sentences[prev]
			if strings.Contains(st.lower[s.bi][sp.Start:sp.End], "track") {
				var named []Subject
				for _, m := range st.mentions[s.bi] {
					if m.start >= sp.Start && m.end <= sp.End && programSubject(m.subject) && !m.contrast && !slices.Contains(named, m.subject) {
						named = append(named, m.subject)
					}
				}
				if len(named) < 2 {
					return out
				}
			}
		}
	}
	return together(s, st.prevPrograms, st.groupOf(s), out, from)
}

// together gives the claims of a sentence that speaks of the programs
// named before it as a group ("Neither level offers overnight care", "All
// three levels let you keep living at home", "None of them provides 24-hour
// supervision") to each of them. The group must match: "both" and
// "neither" two programs, "all three" three; "all" and "none" any number
// from two.
func together(s *sentence, prev, recent []Subject, out []Claim, from int) []Claim {
	if len(out) == from || len(recent) < 2 {
		return out
	}
	n := groupOpening(s.lower)
	if opensWithBoth(s.lower) {
		if len(prev) == 2 {
			return out // both() gave them to the sentence before's two
		}
		n = 2
	}
	if n == 0 || n > 0 && n != len(recent) {
		return out
	}
	end := len(out)
	clients := clientsOpening(s.lower)
	for i := from; i < end; i++ {
		// ("All of our clients live at home": where the clients live
		// is every program's; a figure said of them all is no one
		// program's schedule.)
		if clients && out[i].Value == nil {
			continue
		}
		// "both are a big step up from a weekly appointment": the
		// weekly care held up for comparison stays outpatient care's.
		// ("Both are built for adults who can live safely at home": a yes
		// or no the sentence says of no program it names is the pair's,
		// whatever program the page carried to it. A larger group may
		// hold a program named in passing.)
		if !slices.Contains(recent, out[i].Subject) && out[i].Subject != Other && out[i].Subject != NoSubject && (out[i].Value == nil || n != 2 || mentions(s, out[i].Subject)) {
			continue
		}
		// ("Across all levels, the usual stay comes to four months":
		// a length across the levels is all of them together, no one
		// level's.)
		if out[i].Kind == ProgramLength && out[i].Subject == Other && acrossOpening(s.lower) {
			continue
		}
		out[i].Subject = recent[0]
		for _, p := range recent[1:] {
			c := out[i]
			c.Subject = p
			out = append(out, c)
		}
	}
	return out
}

// groupOpening reads a sentence opening that speaks of a group of
// programs: how many it counts, -1 for "all"/"none" of any size, 0 when it
// does not open so.
func groupOpening(lower string) int {
	t := strings.TrimLeft(lower, " ")
	// Every opening below, or a preposition before it, starts with one of
	// these letters.
	if t == "" || !strings.ContainsRune("abnifwe", rune(t[0])) {
		return 0
	}
	// ("In all three …", "With all three, you sleep in your own home",
	// "Across both levels …".)
	for _, p := range []string{"in ", "with ", "across ", "for "} {
		t = strings.TrimPrefix(t, p)
	}
	for _, g := range []struct {
		prefix string
		n      int
	}{
		{"both are", 2}, {"both let", 2}, {"both allow", 2}, {"both offer", 2}, {"both levels", 2}, {"both tracks", 2}, {"neither level", 2}, {"neither program", 2},
		{"neither of them", 2}, {"neither option", 2}, {"neither one", 2}, {"neither tier", 2}, {"both tiers", 2},
		// ("With either one, you go home at night", "In both, you return
		// home each evening".)
		{"either one", 2}, {"either of them", 2}, {"either program", 2}, {"either option", 2}, {"either level", 2}, {"both,", 2},
		{"both programs", 2}, {"both options", 2}, {"both of them", 2}, {"neither of the two", 2},
		{"all three", 3}, {"none of the three", 3}, {"all four", 4},
		{"all of them", -1}, {"all of these programs", -1}, {"all of these levels", -1}, {"all levels", -1},
		{"all our programs", -1}, {"all of our programs", -1}, {"none of them", -1}, {"none of these programs", -1},
		{"none of our programs", -1},
	} {
		if strings.HasPrefix(t, g.prefix) {
			return g.n
		}
	}
	// ("All of our clients live at home", "Everyone we serve lives at
	// home": the clients of every program just named.)
	if clientsOpening(t) {
		return -1
	}
	return 0
}

// clientsOpening reports a sentence opening on all of the provider's
// clients ("All of our clients", "Everyone we serve") rather than on its
// programs.
func clientsOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	for _, p := range []string{"all of our clients", "all our clients", "everyone we serve", "all of our patients", "all our patients"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// namedAfterGroup lists the programs a sentence that opens on a group
// ("Neither level …") names only in a later clause, after a semicolon or a
// dash; nil when the sentence opens otherwise or names a program in its
// first clause.
func namedAfterGroup(s *sentence) []Subject {
	if groupOpening(s.lower) == 0 {
		return nil
	}
	end := strings.IndexAny(s.lower, ";—–")
	if end < 0 {
		return nil
	}
	var out []Subject
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.classified {
			continue
		}
		if m.start < end {
			return nil
		}
		if !contains(out, m.subject) {
			out = append(out, m.subject)
		}
	}
	return out
}

// fromTo pairs a change of figures with the change of programs the
// sentence names: "When you step down from PHP to IOP, your weekly time
// drops from 30 hours to 9 hours" gives PHP the 30 hours and IOP the 9;
// "move from residential care to PHP, from living on site to sleeping at
// home" gives each its own.
func fromTo(s *sentence, cs []Claim) {
	var from, to Subject
	for i, m := range s.mentions {
		if !programSubject(m.subject) || wordBefore(s.lower, m.start) != "from" || i+1 >= len(s.mentions) {
			continue
		}
		n := s.mentions[i+1]
		// ("from residential care to PHP": a noun may follow the name.)
		gap := strings.TrimSpace(s.lower[m.end:n.start])
		for _, w := range []string{"care", "treatment", "program"} {
			gap = strings.TrimSpace(strings.TrimPrefix(gap, w))
		}
		if programSubject(n.subject) && n.subject != m.subject && gap == "to" {
			from, to = m.subject, n.subject
			break
		}
	}
	if from == NoSubject {
		return
	}
	at := s.block.Span.Start + s.off
	for i := range cs {
		a := &cs[i]
		ka := a.Span.Start - at
		if ka < 0 || ka+len(a.Text) > len(s.lower) || a.Span.End-at > len(s.lower) {
			continue
		}
		ea := a.Span.End - at
		if !fromFigure(s.lower, ka) || !strings.HasPrefix(strings.TrimLeft(s.lower[ea:], " "), "to ") {
			continue
		}
		a.Subject = from
		if i+1 < len(cs) {
			b := &cs[i+1]
			if kb := b.Span.Start - at; kb > ea && strings.TrimSpace(s.lower[ea:kb]) == "to" {
				b.Subject = to
			}
		}
	}
}

// pairFigures gives two figures of one kind set against each other to the
// two levels of care named, the larger to the more intensive level: "PHP
// is more than three times the weekly time of IOP: 30 hours compared with
// 9", "Unlike our IOP, our PHP runs 25 hours a week compared with 9", and
// after a PHP sentence and an IOP sentence, "clients go from about 30 hours
// a week to about nine". (Which level is more intensive is what the levels
// are; the order they are named in is not.) Where the sentence names no
// level, the figures must be a move from one to the other ("go from …
// to …"), and the sentences before must have given both levels figures
// (not "Clients who need more than IOP can step up to our PHP. … you go
// from 12 hours a week to about 6", the IOP's own taper).
func pairFigures(s *sentence, names []Subject, cs []Claim, ownNames bool) {
	if len(names) != 2 || names[0] == names[1] || len(cs) == 0 || len(cs) > 2 || cs[0].Value != nil || cs[0].Min == nil || cs[0].Max == nil {
		return
	}
	// (The more intensive level has the more hours and days, not the
	// longer stay: residential care is shorter than IOP. Two lengths the
	// sentence could not tell apart go to the levels in the order it
	// names them: "Residential care versus IOP: 4 weeks compared with 12
	// weeks".)
	switch cs[0].Kind {
	case HoursPerWeek, HoursPerDay, DaysPerWeek:
	default:
		if ownNames && len(cs) == 2 && cs[0].Kind == cs[1].Kind && cs[0].Subject == cs[1].Subject && setAgainst(s, cs) {
			cs[0].Subject, cs[1].Subject = names[0], names[1]
		}
		return
	}
	hi, lo := names[0], names[1]
	if intensity(hi) < intensity(lo) {
		hi, lo = lo, hi
	}
	if intensity(lo) == 0 || intensity(hi) == intensity(lo) {
		return
	}
	at := s.block.Span.Start + s.off
	a, ea := cs[0].Span.Start-at, cs[0].Span.End-at
	if a < 0 || ea > len(s.lower) {
		return
	}
	if !ownNames && !movedFrom.MatchString(s.lower[:ea]) {
		return
	}
	if len(cs) == 1 {
		// The other figure a bare number: "30 hours compared with 9".
		m := againstNumber.FindStringSubmatch(s.lower[ea:])
		if m == nil || m[1] == "to" && !strings.Contains(s.lower[:ea], "from") {
			return
		}
		// (Only a figure whose written unit is its canonical one compares
		// with the bare number: "30 hours … 9", not "12 weeks … 8".)
		if cs[0].WrittenUnit != "" && cs[0].WrittenUnit != cs[0].Unit {
			return
		}
		// (The grammar reads the bare number, word or digits.)
		qs := quantity.Parse(m[2] + " " + cs[0].Unit + "s")
		if len(qs) != 1 || !qs[0].HasMin {
			return
		}
		other := qs[0].Min
		if *cs[0].Min > other {
			cs[0].Subject = hi
		} else if *cs[0].Max < other {
			cs[0].Subject = lo
		}
		return
	}
	if cs[0].Kind != cs[1].Kind || cs[1].Min == nil || cs[1].Max == nil {
		return
	}
	if !setAgainst(s, cs) {
		return
	}
	switch {
	case *cs[0].Min > *cs[1].Max:
		cs[0].Subject, cs[1].Subject = hi, lo
	case *cs[1].Min > *cs[0].Max:
		cs[0].Subject, cs[1].Subject = lo, hi
	}
}

// setAgainst reports two figures of a sentence joined as a comparison:
// "… compared with …", "versus", "from … to …".
func setAgainst(s *sentence, cs []Claim) bool {
	at := s.block.Span.Start + s.off
	ea, b := cs[0].Span.End-at, cs[1].Span.Start-at
	if ea < 0 || ea > b || b > len(s.lower) {
		return false
	}
	switch strings.Trim(strings.TrimSpace(s.lower[ea:b]), ", ") {
	case "compared with", "compared to", "versus", "vs", "vs.", "against":
		return true
	case "to":
		return strings.Contains(s.lower[:ea], "from")
	}
	return false
}

// intensity ranks the levels of care that set figures against each other;
// 0 for anything else.
func intensity(x Subject) int {
	switch x {
	case OP:
		return 1
	case IOP:
		return 2
	case PHP:
		return 3
	case Residential:
		return 4
	}
	return 0
}

// movedBetweenStated gives a move between two figures that names no level
// ("Going from 25 hours a week to 9 hours a week in stages …") the
// programs the page gave those figures to before: each the one program
// it stated that figure, of that kind, for.
func movedBetweenStated(s *sentence, cs, before []Claim) {
	a, b := &cs[0], &cs[1]
	if a.Kind != b.Kind || a.Value != nil || b.Value != nil || a.Min == nil || a.Max == nil || b.Min == nil || b.Max == nil || *a.Min == *b.Min {
		return
	}
	at := s.block.Span.Start + s.off
	ea, kb := a.Span.End-at, b.Span.Start-at
	if ea < 0 || kb < ea || kb > len(s.lower) || strings.TrimSpace(s.lower[ea:kb]) != "to" || !movedFrom.MatchString(s.lower[:ea]) {
		return
	}
	pa, pb := statedFor(before, a), statedFor(before, b)
	if pa == NoSubject || pb == NoSubject || pa == pb {
		return
	}
	a.Subject, b.Subject = pa, pb
}

// statedFor is the one program earlier claims gave c's exact figure, of
// c's kind; "" when none did or several did.
func statedFor(before []Claim, c *Claim) Subject {
	var out Subject
	for i := range before {
		o := &before[i]
		if o.Kind != c.Kind || o.Value != nil || o.Min == nil || o.Max == nil || *o.Min != *c.Min || *o.Max != *c.Max || !programSubject(o.Subject) {
			continue
		}
		if out != NoSubject && out != o.Subject {
			return NoSubject
		}
		out = o.Subject
	}
	return out
}

// movedFrom is a move from one level to another before a figure: "clients
// go from", "stepping down from".
var movedFrom = prefilter.MustCompile(`\b(?:go|goes|going|went|move|moves|moving|moved|step|steps|stepping|stepped)\s+(?:down\s+|up\s+)?from\b`)

// againstNumber is a bare number set against the figure before it:
// " compared with 9", " to about nine".
var againstNumber = prefilter.MustCompile(`^,?\s*(compared with|compared to|versus|vs\.?|against|to)\s+(?:about\s+|roughly\s+|around\s+|just\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s*[.,;]|\s*$)`)

// gappedTherapy gives a figure in a clause whose verb is left out the
// therapy of the clause before: "PHP clients see their therapist
// individually twice a week; IOP clients once a week" counts the IOP
// clients' individual sessions, not the IOP's days.
func gappedTherapy(s *sentence, cs []Claim) {
	at := s.block.Span.Start + s.off
	for j := 1; j < len(cs); j++ {
		b := &cs[j]
		if !programSubject(b.Subject) {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			a := &cs[i]
			if a.Kind != b.Kind || !therapySubject(a.Subject) {
				continue
			}
			ea, sb := a.Span.End-at, b.Span.Start-at
			if ea < 0 || sb > len(s.lower) || ea > sb {
				break
			}
			between := s.lower[ea:sb]
			if k := strings.LastIndexByte(between, ';'); k >= 0 && gappedSubject.MatchString(between[k+1:]) {
				b.Subject = a.Subject
			}
			break
		}
	}
}

// gappedSubject is a clause's subject with its verb left out: " IOP
// clients ", " and our teens ".
var gappedSubject = prefilter.MustCompile(`^\s*(?:and\s+|while\s+)?(?:our\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:clients|patients|participants|members|teens|adults|residents)\s*,?\s*$`)

// levelLeft gives up the program of the first figure of a change of
// level ("a transition from 40 hours a week of care to 2 hours per
// week", "going from 30 hours a week in PHP to 9"): the first figure is
// the care left behind, the second the care moved to, so one program
// cannot hold both, unless the sentence names it before the change (a
// taper of its own). fromTo has already paired them when the sentence
// names both programs; a first figure still of the second's program
// becomes Other.
func levelLeft(s *sentence, cs []Claim) {
	at := s.block.Span.Start + s.off
	for i := 0; i+1 < len(cs); i++ {
		a, b := &cs[i], &cs[i+1]
		ka, ea, kb := a.Span.Start-at, a.Span.End-at, b.Span.Start-at
		if ka < 0 || ea > kb || kb > len(s.lower) || a.Kind != b.Kind || a.Subject != b.Subject {
			continue
		}
		if !fromFigure(s.lower, ka) {
			continue
		}
		// ("Our IOP tapers from 12 hours a week to 6 hours a week": the
		// program the sentence names changes its own figures.)
		if levelChange.MatchString(s.lower[ea:kb]) && hasWord(s.lower[:ka], changeWords...) && !ownTaper(s, a.Subject, ka) {
			a.Subject = Other
		}
	}
}

// ownTaper reports the program subj named as the subject of the change
// before ka: "Our IOP tapers from …", "the IOP schedule drops from …"
// ("Our IOP is a step down: clients go from 25 hours a week …" moves
// clients into it from elsewhere).
func ownTaper(s *sentence, subj Subject, ka int) bool {
	for _, m := range s.mentions {
		if m.subject != subj || m.contrast || m.end > ka {
			continue
		}
		next := strings.Fields(s.lower[m.end:ka])
		for _, w := range next[:min(2, len(next))] {
			if slices.Contains(changeWords, strings.Trim(w, ",.;:")) {
				return true
			}
		}
	}
	return false
}

// fromFigure reports a figure at i opened by "from", inside its words
// ("from 40 hours a week") or right before them.
func fromFigure(lower string, i int) bool {
	return wordBefore(lower, i) == "from" || strings.HasPrefix(lower[i:], "from ")
}

// changeWords say a change of level ("from 3 days a week to 5 days a
// week" alone is a range).
var changeWords = []string{"transition", "transitions", "transitioning", "going", "go", "goes", "move", "moves", "moving",
	"step", "steps", "stepping", "drop", "drops", "dropping", "shift", "shifts", "shifting", "switch", "switching",
	"jump", "jumps", "reduce", "reduces", "reduced", "decrease", "decreases", "falls", "fall", "cut", "cuts", "taper", "tapers", "change", "changes"}

// levelChange is what joins the two figures of a change: "to", after
// at most a few words of what the first figure counts ("of therapeutic
// care to", "in our day program to").
var levelChange = prefilter.MustCompile(`^\s*(?:(?:of|in)\s+(?:[a-z’'-]+\s+){1,4})?to\s+$`)

// liveInOfResidential drops the copies of a live-in answer ("an overnight
// stay", "living on site") that a list of programs gave the day programs
// in it, when the answer is the second of two things the list requires:
// "day treatment or a residential stay, which require more
// hours or an overnight stay" gives the PHP the hours and residential
// care the stay. (Said alone, "PHP and residential care require an
// overnight stay" is what the page says of both.)
func liveInOfResidential(s *sentence, cs []Claim, from int) []Claim {
	at := s.block.Span.Start + s.off
	keep := cs[:from]
	for i := from; i < len(cs); i++ {
		c := &cs[i]
		if i0 := startIn(c, at); liveIn(c) && dayProgram(c.Subject) && i0 >= 0 && i0 < len(s.lower) && orBefore(s.lower, i0) && slices.ContainsFunc(cs[from:], func(o Claim) bool {
			return o.Subject == Residential && o.Kind == c.Kind && o.Span == c.Span
		}) {
			continue
		}
		keep = append(keep, *c)
	}
	return keep
}

// liveIn reports an answer that clients live in: no to living at home,
// yes to staff round the clock.
func liveIn(c *Claim) bool {
	return c.Value != nil && (c.Kind == LivesAtHome && !*c.Value || c.Kind == Supervision24x7 && *c.Value)
}

// startIn is where c starts in its sentence (which starts at at), -1
// when before it.
func startIn(c *Claim, at int) int {
	if c.Span.Start < at {
		return -1
	}
	return c.Span.Start - at
}

// orBefore reports "or" right before i, an article between them allowed:
// "more hours or an overnight stay".
func orBefore(lower string, i int) bool {
	w, _ := wordBeforeArticle(lower, i)
	return w == "or"
}
