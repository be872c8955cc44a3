package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// subjectVariant is the variant of the program that opens the sentence
// ("Our veterans' residential program …"), read once per sentence.
func (s *sentence) subjectVariant() string {
	if s.subjectVariantRead {
		return s.subjectVar
	}
	s.subjectVariantRead = true
	// ("Intensive Outpatient (IOP): Hollins runs an evening IOP only,
	// …": past a label naming the program plainly, the line's own
	// opening may name its track.)
	from, labelEnd := 0, 0
	if strings.IndexByte(s.lower, ':') > 0 {
		_, labelEnd = s.label()
	}
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		// Read in the unmasked words: "full-day" is also a part of a
		// day to the grammar.
		if from > 0 && m.end <= from {
			continue
		}
		// ("Short-term crisis programs, sometimes called acute or
		// urgent residential services, …": the other name the opening
		// gives is the same program's.)
		if m.start < from || wordCount(s.lower[from:m.start]) > 6 && !knownAsName(s.lower[from:m.start]) {
			break
		}
		if hasVariantStem(s.lower[from:m.end]) {
			s.subjectVar = variantOf(s.lower, from, m.end, m.end, m.end)
		}
		// "The county hospital's IOP meets five mornings a week": a
		// program someone names as theirs is another program than the
		// page's own.
		if s.subjectVar == "" && othersProgramAt(s, m.start) {
			s.subjectVar = "elsewhere"
		}
		if s.subjectVar == "" && labelEnd > 0 && m.end <= labelEnd && from == 0 {
			from = labelEnd
			continue
		}
		break
	}
	return s.subjectVar
}

// changedFrom ends on a change from one schedule, before "to" and the new
// one: "move from four evenings", "step down from five days".
var changedFrom = prefilter.MustCompile(`\b(?:drop|drops|dropped|taper|tapers|tapered|move|moves|moved|go|goes|step|steps|shift|shifts|transition|transitions|reduce|reduces|increase|increases)\s+(?:down\s+|up\s+)?from\s+[^.;]{1,40}$`)

// toBeforeList returns where the "to" is that a list of figures ending
// right before start follows ("to   ,   " once its figures are masked),
// or -1. The figure right after "to" is not one: it has "to" before it.
func toBeforeList(masked string, start int) int {
	k := lastIndex(masked[:start], " to ")
	if k < 0 {
		return -1
	}
	k++
	between := masked[k+len("to") : start]
	list := strings.Fields(strings.ReplaceAll(between, ",", " "))
	if len(list) == 0 && !strings.Contains(between, ",") {
		return -1
	}
	for _, w := range list {
		if w != "and" {
			return -1
		}
	}
	return k
}

// changeVerbs move a schedule to a new figure.
// timeTrack are the variants a program's time of attending names.
var timeTrack = map[string]bool{"evening": true, "morning": true, "afternoon": true, "weekend": true, "weekday": true}

// lighterSchedule ends on a lighter schedule clients move to, before its
// figure: "move to a lighter schedule of".
var lighterSchedule = prefilter.MustCompile(`\b(?:move|moves|moving|step|steps|stepping|drop|drops|switch|switches|shift|shifts|go|goes)\s+(?:down\s+)?(?:to|into)\s+(?:a\s+)?(?:lighter|lower|reduced|smaller|lighter-touch|less\s+intensive)\s+(?:schedule|load|week)\s+of\s+$`)

var changeVerbs = wordSet("drop", "drops", "dropped", "decrease", "decreases", "decreased", "reduce", "reduces", "reduced",
	"adjust", "adjusts", "adjusted", "shorten", "shortens", "shortened", "lower", "lowers", "lowered",
	"taper", "tapers", "tapered", "increase", "increases", "increased", "rise", "rises", "go", "goes", "move", "moves",
	"dropping", "decreasing", "reducing", "tapering", "increasing", "rising", "moving")

// lightenedBy are the verbs that, with "down" or "back", lighten a
// schedule: "step down to", "cut back to", "scaled down to".
var lightenedBy = wordSet("step", "steps", "stepped", "stepping", "cut", "cuts", "cutting", "scale", "scales", "scaled", "scaling",
	"pull", "pulls", "pulled", "wind", "winds", "ramp", "ramps", "ramped", "taper", "tapers", "tapered", "tapering")

// othersProgramAt reports the program named at i as someone else's by
// the possessive before it ("the county hospital's IOP"), the sentence
// naming no program of the provider's by its name.
func othersProgramAt(s *sentence, i int) bool {
	return ownedElsewhere(s.lower, i) && !namedProvider(s) && !hostPossessive(s, i)
}

// ownedElsewhere reports a program mention right after a possessive
// that is not the page's own voice ("the county hospital's IOP", "other
// centers' programs").
func ownedElsewhere(lower string, i int) bool {
	who, mark, pre := possessorAt(lower, i)
	// "the young people's IOP", "our women's program": whom a program is
	// for, not whose it is; so is any possessive after "our" ("our
	// mothers' residential program").
	return mark != "" && !forWhomPossessive[who] && wordBefore(pre, len(pre)-len(mark)-len(who)) != "our"
}

// possessorAt is the word whose possessive mark ("'s", "’s", "'", "’")
// ends right before i, the mark, and the text before i it was read in;
// mark is "" when none does.
func possessorAt(lower string, i int) (who, mark, pre string) {
	pre = strings.TrimRight(lower[:i], " ")
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(pre, p) {
			return wordBefore(pre, len(pre)-len(p)), p, pre
		}
	}
	return "", "", pre
}

// hostPossessive reports the possessive before i naming the provider the
// page's address holds: "What Harborlight's IOP Looks Like" on
// harborlightrecovery.com is the page's own program.
func hostPossessive(s *sentence, i int) bool {
	who, mark, _ := possessorAt(s.lower, i)
	return (mark == "'s" || mark == "’s") && hostHolds(s.doc, who)
}

var forWhomPossessive = wordSet("people", "children", "kids", "women", "men", "teens", "adolescents", "adults", "veterans",
	"families", "family", "patients", "clients", "youth", "girls", "boys", "parents", "professionals", "seniors",
	"mothers", "moms", "fathers", "dads", "students", "couples", "responders", "nurses", "physicians", "executives", "athletes")

// hasVariantStem reports whether s holds any variant cue's first letters.
func hasVariantStem(s string) bool {
	for _, stem := range variantStems {
		if strings.Contains(s, stem) {
			return true
		}
	}
	return false
}

// mayHaveVariant is a cheap filter for variantOf: whether the sentence
// holds any variant cue's first letters at all.
func (s *sentence) mayHaveVariant() bool {
	if s.variantChecked {
		return s.variantPossible
	}
	s.variantChecked = true
	for _, stem := range variantStems {
		// The filter reads lower: a stem in masked is in lower too.
		if s.contains(stem) && strings.Contains(s.masked, stem) {
			s.variantPossible = true
			break
		}
	}
	if !s.variantPossible && (s.contains("iop") || s.contains("php")) {
		s.variantPossible = hasTrackName(s.masked)
	}
	return s.variantPossible
}

// variantStems are prefixes shared by the variant cues, for mayHaveVariant.
var variantStems = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range variants {
		for _, c := range v.cues {
			// The cue's longest word: a stem of "the first week" from
			// "the " would be in every sentence.
			stem := ""
			for _, w := range strings.Fields(c) {
				if len(w) > len(stem) {
					stem = w
				}
			}
			if len(stem) > 4 {
				stem = stem[:4]
			}
			if !seen[stem] {
				seen[stem] = true
				out = append(out, stem)
			}
		}
	}
	return out
}()

// variantOf reads a sub-variant of the program inside the claim's clause
// ("short-term residential", "our evening IOP", "alcohol detox", "IOP5",
// "the first phase"), preferring the one nearest before the claim. A
// variant word must modify a program ("evening IOP", "long-term stays"):
// "short evening blocks" is a time of day, not an evening track.
// bracketNamesAnother reports a variant other than name in the bracket
// that opens at open.
func bracketNamesAnother(masked string, open int, name string) bool {
	b := masked[open:]
	if k := strings.IndexByte(b, ')'); k > 0 {
		b = b[:k]
	}
	for _, v := range variants {
		if v.name == name || substances[v.name] {
			continue
		}
		for _, cue := range v.cues {
			if indexLetters(b, cue, 0) >= 0 {
				return true
			}
		}
	}
	return false
}

// seasons are the variants a time of year names.
var seasons = wordSet("summer", "winter", "holiday")

// seasonSetAside reports a season's cue at i that the figure at start:end
// is set against rather than held to: an exception or a contrast before
// the cue ("except during the holidays", "apart from holiday weeks",
// "even over the holidays", "unlike programs that slow down in winter"),
// an exception between the figure and a cue after it ("three days a week
// except over the holidays"), or the rest of the year between the cue
// and the figure.
// ("…, except over the holidays, when it meets twice a week": the
// figure in the season's own clause is the season's.)
func seasonSetAside(masked string, i, start, end int) bool {
	if i < start {
		between := masked[i:start]
		if restOfYear(between) {
			return true
		}
		if hasWord(between, "when", "while") {
			return false
		}
		pre := masked[sentenceStart(masked, i):i]
		return hasWord(lastWordsOf(pre, 4), "except", "excepting", "apart", "aside", "other", "outside", "even", "besides", "beyond") || hasWord(pre, "unlike")
	}
	return i >= end && hasWord(masked[end:i], "except", "excepting", "apart", "aside", "other", "outside", "besides", "beyond")
}

// restOfYear reports words that turn from a season to the rest of the
// year: "the rest of the year", "otherwise".
func restOfYear(t string) bool {
	return strings.Contains(t, "rest of the year") || strings.Contains(t, "rest of the time") || strings.Contains(t, "otherwise") ||
		strings.Contains(t, "remainder of the year") || strings.Contains(t, "all other")
}

// articles are the words that may stand between a verb and the program
// it names ("into our evening IOP").
var articles = wordSet("the", "a", "an", "our", "their", "your")

func variantOf(masked string, lo, hi, start, end int) string {
	// "12 (day) or 9 (evening)": a bracket right after the figure that
	// names nothing but a track is the figure's track.
	if v := bracketTrack(masked[end:min(hi, len(masked))]); v != "" {
		return v
	}
	clause := masked[lo:hi]
	best, at := "", -1
	own := ""
	consider := func(name string, i int) {
		i += lo
		// ("35 days for long-term stays and 19 days for short-term
		// stays": a variant a "for" names right after the figure is the
		// figure's own, whatever the one before it is.)
		if i >= end && own == "" && variantForAfter.MatchString(masked[end:i]) {
			own = name
			return
		}
		// Nearest before the claim wins; one after it counts only when
		// nothing comes before and it follows the claim closely ("3
		// hours in our evening IOP"), not a later item of a list.
		if i >= end && (i-end > 24 || strings.ContainsAny(masked[end:i], ",;·")) {
			return
		}
		// "Hours: 3 per day (morning track 9 a.m.–noon, evening track
		// 6–9 p.m.)": a bracket after the figure that names two tracks
		// times each; the figure is every track's.
		if i >= end {
			if open := strings.LastIndexByte(masked[end:i], '('); open >= 0 && !strings.Contains(masked[end+open:i], ")") && bracketNamesAnother(masked, end+open, name) {
				return
			}
		}
		// "14 weeks before moving to aftercare": where clients go next
		// is not what the figure is about.
		// ("… and then move into our evening IOP": with its article.)
		// ("Our IOP lasts six weeks and is followed by aftercare": what
		// follows it.)
		if i >= end {
			switch w, _ := wordPast(masked, i, articles); w {
			case "to", "into", "before", "then", "by":
				return
			}
		}
		if i < start && i > at || at < 0 && best == "" {
			best, at = name, i
			if i >= start {
				at = -1
			}
		}
	}
	// A hundred cues are looked for in every clause asked, and most
	// clauses hold none: a cue with a trigram the clause lacks is not
	// scanned for.
	var g grams
	g.add(clause)
	for _, v := range variants {
		for _, cue := range v.cues {
			if !g.may(cue) {
				continue
			}
			for from := 0; ; {
				i := indexLetters(clause, cue, from)
				if i < 0 {
					break
				}
				from = i + len(cue)
				// "our 3-day IOP track" is a track named by its days, and
				// "each day IOP clients attend" counts days.
				if strings.HasPrefix(cue, "day") && i > 0 && (clause[i-1] == '-' || clause[i-1] == ' ' && i > 1 && clause[i-2] >= '0' && clause[i-2] <= '9' || strings.HasPrefix(cue, "day ") && notDayTrack[wordBefore(clause, i)]) {
					continue
				}
				ok := v.standalone || modifiesProgram(clause, i+len(cue)) || trackPeople(v.name, clause, i+len(cue)) || bracketedAfterProgram(clause, i, i+len(cue)) || commaAfterProgram(clause, i, i+len(cue)) ||
					figureBracketed(masked, lo+i+len(cue), start, end)
				// "with a gradual step-down to one afternoon a week near
				// the end": the schedule stepped down to.
				if v.name == "step-down" && strings.HasPrefix(clause[i+len(cue):], " to ") && lo+i+len(cue) <= start && start-(lo+i+len(cue)) <= 8 {
					ok = true
				}
				if (v.name == "evening" || v.name == "morning" || v.name == "afternoon") && timeOfDay(clause, i) && !trackNoun[wordAfter(clause, i+len(cue))] {
					ok = false
				}
				// ("Severe withdrawal: 7-10 days", "Mild withdrawal usually
				// clears in …": a degree opening the words read names
				// the figure's withdrawal; "the safer choice for severe
				// withdrawal" says whom a care suits.)
				if severities[v.name] {
					ok = strings.TrimLeft(clause[:i], " -•*–—") == ""
				}
				if substances[v.name] {
					ok = withdrawalOf(clause, i, i+len(cue))
					// "some heavy drinkers need 10 to 14 days of
					// medically supervised detox": the drinkers' detox
					// is alcohol's.
					if !ok && strings.HasPrefix(cue, "drinker") {
						ok = hasWord(clause, "detox", "detoxification", "withdrawal")
					}
				}
				// ("Except during the holidays, the IOP meets three days a
				// week", "Unlike programs that slow down in winter, …",
				// "…; the rest of the year it meets four evenings": the
				// usual schedule, set against the season.)
				if ok && seasons[v.name] && seasonSetAside(masked, lo+i, start, end) {
					ok = false
				}
				// ("more hours than our evening IOP: six hours a day": the
				// track compared with is not the one described.)
				if ok && !comparedTrack(masked, lo+i) {
					consider(cueVariant(v.name, cue), i)
				}
			}
		}
	}
	if hasTrackName(clause) {
		if m := trackName.FindStringIndex(clause); m != nil {
			consider(strings.ReplaceAll(strings.ReplaceAll(clause[m[0]:m[1]], " ", ""), "-", ""), m[0])
		}
	}
	if own != "" {
		return own
	}
	return best
}

// figureBracketed reports a bracket opening right at i that holds the
// figure at [start, end): "short-term (28-30 days)", a kind of stay and
// its span.
func figureBracketed(masked string, i, start, end int) bool {
	if i > start || end > len(masked) {
		return false
	}
	t := strings.TrimLeft(masked[i:start], " ")
	if !strings.HasPrefix(t, "(") || strings.TrimSpace(t[1:]) != "" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(masked[end:], " "), ")")
}

// severities are the degrees of withdrawal variants name.
var severities = map[string]bool{"mild": true, "moderate": true, "severe": true}

// variantForAfter is the "for" between a figure and the variant it is
// given for: " for ", " for the ".
var variantForAfter = prefilter.MustCompile(`^\s*for\s+(?:the\s+|a\s+|an\s+)?$`)

// comparedTrack reports a variant word right after "than", "unlike" or
// "versus" (past a determiner): a program held up for comparison.
func comparedTrack(clause string, i int) bool {
	w := wordBefore(clause, i)
	switch w {
	case "our", "the", "a", "an", "their", "its":
		w = wordBefore(clause, lastIndex(clause[:i], w))
	}
	switch w {
	case "than", "unlike", "versus", "vs":
		return true
	}
	return false
}

// timeOfDay reports an evening word used as a time ("return home every
// evening after group", "in the evening"), not as a track's name.
func timeOfDay(clause string, i int) bool {
	switch w := wordBefore(clause, i); w {
	case "every", "each", "per", "at", "that", "this", "one", "by", "tonight":
		return true
	case "the":
		p := wordBefore(clause, lastIndex(clause[:i], w))
		return p == "in" || p == "during" || p == "at" || p == "by"
	}
	return false
}

// trackNoun names a track after a time of day: "in the evening IOP" is
// the track's clients, "in the evening" alone a time.
var trackNoun = wordSet("iop", "iops", "php", "program", "programs", "track", "tracks", "cohort", "cohorts", "group", "groups")

// bracketedAfterProgram reports a cue alone in brackets right after a
// program that labels a line: "Adult IOP (morning): …" names the IOP's
// morning track. (A table's lone row "IOP (afternoons)" is the IOP
// itself; trackRow reads rows.)
func bracketedAfterProgram(clause string, i, j int) bool {
	if i < 2 || j+1 >= len(clause) || clause[i-1] != '(' || clause[j] != ')' || clause[j+1] != ':' {
		return false
	}
	return programWords[wordBefore(clause, i-1)]
}

// commaAfterProgram reports a cue alone after a program and a comma that
// labels a line: "Adult IOP, virtual: four evenings a week" names the
// IOP's virtual track, as "Adult IOP (virtual):" does.
func commaAfterProgram(clause string, i, j int) bool {
	if i < 3 || j >= len(clause) || clause[i-2:i] != ", " || clause[j] != ':' {
		return false
	}
	return programWords[wordBefore(clause, i-2)]
}

// modifiesProgram reports a program word among the two words after i.
func modifiesProgram(clause string, i int) bool {
	for w := range wordsAfter(clause, i, 2) {
		if programWords[w] {
			return true
		}
		// "the most common step-down from PHP": a preposition makes the
		// cue a noun of its own, the program after it another one.
		// ("Most veterans finish IOP in 10 weeks": so does a verb, the
		// cue its subject, the people in the program.)
		if variantPreps[w] || peopleVerbs[w] {
			return false
		}
	}
	return false
}

// trackPeople reports the clients of a track named by its time: "our day
// program clients spend six hours with us, and evening clients come in
// three nights a week" are the evening track's.
func trackPeople(variant, clause string, i int) bool {
	switch variant {
	case "evening", "weekend", "morning", "afternoon":
		return peopleNouns[wordAfter(clause, i)]
	}
	return false
}

var peopleNouns = wordSet("clients", "participants", "patients", "members", "attendees")

// peopleVerbs are what people do in or with a program, after the people
// a cue names: "veterans finish IOP", "executives attend the PHP".
var peopleVerbs = wordSet("finish", "finishes", "complete", "completes", "attend", "attends", "spend", "spends", "stay", "stays", "start", "starts",
	"begin", "begins", "enter", "enters", "join", "joins", "leave", "leaves", "need", "needs", "choose", "chooses", "use", "uses", "graduate", "graduates",
	"remain", "remains", "move", "moves", "step", "steps", "do", "does", "take", "takes", "go", "goes", "come", "comes", "continue", "continues")

var variantPreps = wordSet("from", "to", "after", "into", "for", "of", "than", "in")

var programWords = wordSet("program", "programs", "programme", "track", "tracks", "ones", "option", "options", "stay", "stays",
	"rehab", "treatment", "care", "detox", "detoxification", "withdrawal", "iop", "iops", "php", "phps", "residential",
	"inpatient", "outpatient", "hospitalization", "hospitalisation", "group", "groups", "level", "service", "services", "session", "sessions", "cohort", "cohorts")

// trackName finds a numbered track of a program: "IOP5", "IOP-3", "PHP 2".
// hasTrackName is trackName.MatchString by hand: the expression ran on
// nearly every sentence of an IOP page.
func hasTrackName(l string) bool {
	for _, p := range []string{"iop", "php"} {
		for from := 0; ; {
			i := indexFrom(l, p, from)
			if i < 0 {
				break
			}
			from = i + 1
			if i > 0 && isASCIIWordByte(l[i-1]) {
				continue
			}
			j := i + 3
			if j < len(l) && (l[j] == ' ' || l[j] == '-') {
				j++
			}
			if j < len(l) && l[j] >= '1' && l[j] <= '9' && (j+1 == len(l) || !isASCIIWordByte(l[j+1])) {
				return true
			}
		}
	}
	return false
}

var trackName = prefilter.MustCompile(`\b(?:iop|php)[ -]?[1-9]\b`)

// bracketTrack is the track a bracket opening rest names alone: " (day)",
// "(evening track)"; "" when it names none or more.
func bracketTrack(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	inner, ok := strings.CutPrefix(rest, "(")
	if !ok {
		return ""
	}
	k := strings.IndexByte(inner, ')')
	if k < 0 {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSpace(inner[:k]), " track")
	switch w {
	case "day", "daytime", "weekday":
		return "weekday"
	case "morning", "afternoon", "evening", "weekend", "virtual":
		return w
	case "night":
		return "evening"
	}
	return ""
}

var variants = []struct {
	name       string
	cues       []string
	standalone bool // the cue names the variant without a program word after it
}{
	{"short-term", []string{"short-term", "short term", "short-stay", "short stay"}, false},
	{"long-term", []string{"long-term", "long term", "extended"}, false},
	// "The social model of detox relies on peers, with no medical staff
	// on hand": detox without medical care, another service than a
	// medical detox.
	{"social-model", []string{"social model", "social-model", "social detox", "social detoxification", "non-medical detox"}, true},
	// "Medium-term Programs (30-60 days)" between the short and the long.
	{"medium-term", []string{"medium-term", "medium term", "mid-term", "mid term"}, false},
	{"evening", []string{"evening", "evenings", "night", "nights"}, false},
	// "Morning track: four mornings a week" beside "| Morning | Mon–Fri |".
	{"morning", []string{"morning", "mornings"}, false},
	{"afternoon", []string{"afternoon", "afternoons"}, false},
	{"weekend", []string{"weekend", "weekends", "saturday", "saturdays"}, false},
	{"virtual", []string{"virtual", "online", "telehealth", "remote"}, false},
	{"full-day", []string{"full-day", "full day"}, false},
	{"half-day", []string{"half-day", "half day"}, false},
	{"veterans", []string{"veterans", "veterans'", "veteran"}, false},
	{"men's", []string{"men's", "men’s", "male"}, false},
	{"women's", []string{"women's", "women’s", "female"}, false},
	// "Our perinatal IOP", "the pregnancy and postpartum PHP": a track
	// for expecting and new mothers, on its own days.
	{"perinatal", []string{"perinatal", "postpartum", "post-partum", "pregnancy", "prenatal", "maternity"}, false},
	// "Our executive IOP", "our LGBTQ+ IOP": a track for whom it serves,
	// on its own days.
	// ("Our physician-led PHP", "Professional residential treatment",
	// "Our LGBTQ-affirming IOP" describe the whole program; "Our
	// Professionals Program" is a track.)
	{"executive", []string{"executive", "executives"}, false},
	{"professionals", []string{"professionals"}, false},
	{"first-responders", []string{"first responder", "first responders", "first-responder"}, false},
	// "Older teens attend four afternoons a week" beside "Younger teens
	// come two afternoons": an age group's own schedule.
	{"older-teens", []string{"older teens", "older adolescents", "older teenagers"}, true},
	{"younger-teens", []string{"younger teens", "younger adolescents", "younger teenagers"}, true},
	{"lgbtq+", []string{"lgbtq+", "lgbtqia+"}, false},
	// "Our Older Adult IOP", "a senior IOP": a track for clients in later
	// life, beside the standard program.
	{"older-adult", []string{"older adult", "older adults", "older-adult", "senior", "seniors", "later-life", "later life"}, false},
	// "Weekday clients attend our standard IOP": the track a weekend or
	// evening page sets itself apart from.
	{"weekday", []string{"standard iop", "standard php", "standard adult iop", "standard adult php", "weekday iop", "weekday php", "regular iop", "daytime iop",
		"weekday program", "weekday track", "daytime program", "daytime track", "standard track", "day track", "day iop", "day cohort"}, true},
	// "A daytime cohort meets Tuesday, Wednesday and Friday" on an
	// evening program's page: the day track beside it.
	{"weekday", []string{"daytime", "day-time"}, false},
	// "Over the summer the groups shift to mornings": a season's schedule.
	{"summer", []string{"in summer", "in the summer", "during summer", "during the summer", "over the summer", "summer months", "summer schedule", "summer track", "summer session", "summer hours",
		// "Summer groups meet two mornings a week", "our summer IOP".
		"summer groups", "summer group", "summer iop", "summer php", "summer sessions", "summer intensive"}, true},
	// "In the winter months the IOP meets two evenings": another season's.
	{"winter", []string{"in winter", "in the winter", "during winter", "during the winter", "over the winter", "winter months", "winter schedule", "winter track", "winter session", "winter hours",
		"winter groups", "winter group", "winter iop", "winter php", "winter sessions", "winter intensive"}, true},
	// "Over the holidays the groups meet twice a week": a few weeks'
	// schedule, not the program's.
	// ("PHP runs Monday, Tuesday and Friday during Christmas week",
	// "Because of the holiday, the PHP meets Monday through Wednesday".)
	{"holiday", []string{"over the holidays", "during the holidays", "holiday schedule", "holiday season", "holiday weeks", "holiday week",
		"christmas week", "thanksgiving week", "week of christmas", "week of thanksgiving", "because of the holiday", "due to the holiday", "for the holiday"}, true},
	{"step-down", []string{"step-down", "step down"}, false},
	{"step-down", []string{"aftercare", "continuing care", "continuing-care", "alumni"}, true},
	{"therapeutic-community", []string{"therapeutic community", "therapeutic communities"}, true},
	{"phase", []string{"first phase", "second phase", "third phase", "phase 1", "phase 2", "phase 3", "the first week", "the first weeks",
		"phase one", "phase two", "phase three"}, true},
	{"outpatient", []string{"outpatient detox", "ambulatory detox", "outpatient detoxification", "ambulatory detoxification", "ambulatory (outpatient) detox", "outpatient (ambulatory) detox", "outpatient withdrawal management", "ambulatory withdrawal management",
		// "Most people complete outpatient withdrawal care in seven to
		// ten days".
		"outpatient withdrawal care", "ambulatory withdrawal care", "outpatient withdrawal treatment", "ambulatory withdrawal treatment",
		// "We don't offer home detox": detox done from home is outpatient.
		"home detox", "at-home detox", "home-based detox", "home detoxification"}, true},
	{"inpatient", []string{"inpatient detox", "residential detox", "inpatient detoxification", "inpatient unit", "inpatient setting", "inpatient withdrawal management", "residential withdrawal management", "inpatient withdrawal care", "residential withdrawal care", "inpatient (residential) detox", "residential (inpatient) detox"}, true},
	// "Mild withdrawal: 3-5 days" beside "Severe withdrawal: 7-10
	// days": each degree of withdrawal runs its own course.
	// "For short-acting opioids, withdrawal takes 2 to 5 days" beside
	// "for long-acting ones, 7 to 14": each kind of drug its course.
	// (Named as a table row's label names them: "Short-acting opioids
	// (heroin, …)".)
	{"short-acting opioid", []string{"short-acting opioids", "short-acting opioid", "short acting opioids", "short acting opioid"}, true},
	{"long-acting opioid", []string{"long-acting opioids", "long-acting opioid", "long acting opioids", "long acting opioid"}, true},
	{"short-acting benzodiazepine", []string{"short-acting benzodiazepines", "short-acting benzodiazepine", "short-acting benzos", "short-acting benzo"}, true},
	{"long-acting benzodiazepine", []string{"long-acting benzodiazepines", "long-acting benzodiazepine", "long-acting benzos", "long-acting benzo"}, true},
	{"mild", []string{"mild withdrawal"}, true},
	{"moderate", []string{"moderate withdrawal"}, true},
	{"severe", []string{"severe withdrawal"}, true},
	// Withdrawal runs its own course per substance (see withdrawalOf).
	{"alcohol", []string{"alcohol", "drinkers", "drinker"}, false},
	{"opioid", []string{"opioid", "opioids", "opiate", "opiates", "heroin", "fentanyl", "oxycodone", "hydrocodone", "morphine", "codeine", "methadone", "buprenorphine", "suboxone", "subutex"}, false},
	{"benzodiazepine", []string{"benzodiazepine", "benzodiazepines", "benzo", "benzos", "xanax"}, false},
	// ("| Cocaine | 3–5 days |" over "| Methamphetamine | 7–10 days |":
	// two stimulants whose withdrawal runs its own course.)
	{"cocaine", []string{"cocaine", "crack"}, false},
	{"methamphetamine", []string{"meth", "methamphetamine"}, false},
	{"stimulant", []string{"stimulant", "stimulants"}, false},
	{"cannabis", []string{"marijuana", "cannabis"}, false},
}

// indexLetters finds w in s at or after from, bounded by non-letters: a
// digit glued to it still ends it ("Alcohol6-12 hours" in a table whose
// cells lost their breaks).
func indexLetters(s, w string, from int) int {
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
	for from <= len(s)-len(w) {
		i := indexFrom(s, w, from)
		if i < 0 {
			return -1
		}
		if (i == 0 || !isLetter(s[i-1])) && (i+len(w) == len(s) || !isLetter(s[i+len(w)])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// notDayTrack are words before "day IOP" that make the day a count or a
// time, not the day track: "each day IOP clients attend".
var notDayTrack = wordSet("each", "every", "per", "a", "one", "same", "first", "last", "next", "that", "any", "whole", "full", "typical")
