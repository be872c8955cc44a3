package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// suspendedDetox follows a setting word that shares the detox named
// after the next one: "(inpatient) vs. outpatient detox".
var suspendedDetox = prefilter.MustCompile(`^\s*(?:vs\.?|versus|or|and|/)\s*(?:inpatient|outpatient|residential|ambulatory)\s+(?:medical\s+|medically\s+(?:supervised|monitored|managed)\s+)?(?:detox|detoxification|withdrawal\s+management)\b`)

// settingOfDetox returns where a detox name ends when a setting word ending
// at e goes on to it with its care words: "inpatient medical detox",
// "inpatient, medically monitored withdrawal management" are the setting
// of the detox, not a residential program beside it. 0 when it does not.
// (Read here rather than as names of their own: four settings by four care
// phrases by three nouns, two ways, were 96 names on the setting words, and
// the setting words are on most pages.)
func settingOfDetox(lower string, e int) int {
	rest := lower[e:]
	if strings.HasPrefix(rest, ", ") {
		rest = rest[2:]
	} else if strings.HasPrefix(rest, " ") {
		rest = rest[1:]
	} else {
		return 0
	}
	care := false
	for _, c := range []string{"medically supervised ", "medically monitored ", "medically managed ", "medical "} {
		if strings.HasPrefix(rest, c) {
			rest, care = rest[len(c):], true
			break
		}
	}
	if !care {
		return 0
	}
	for _, n := range []string{"detoxification", "detox", "withdrawal management"} {
		if strings.HasPrefix(rest, n) && (len(rest) == len(n) || !isWordByte(rest[len(n)])) {
			return len(lower) - len(rest) + len(n)
		}
	}
	return 0
}

// superlativeOf reports "the most intensive outpatient" at i, a
// superlative said of one level, not most IOPs; and "our most intensive
// outpatient level" right after a program it is said of ("Day
// treatment (PHP): our most intensive outpatient option"). Opening
// a sentence, "Our most intensive outpatient level meets …" names the
// IOP.
func superlativeOf(lower string, ms []mention, i int) bool {
	switch wordBefore(lower, lastIndex(lower[:i], "most")) {
	case "the":
		return true
	case "our", "its", "their":
		// ("Our most intensive outpatient level (PHP) meets …": the
		// bracket names the level.)
		if strings.HasPrefix(strings.TrimLeft(wordsAfterOf(lower, i, 4), " "), "(") {
			return true
		}
		if len(ms) == 0 {
			return false
		}
		last := ms[len(ms)-1]
		return programSubject(last.subject) && !last.weak && i-last.end <= 40 && !strings.ContainsAny(lower[last.end:i], ".!?")
	}
	return false
}

// optionNouns name one option among levels of care.
var optionNouns = wordSet("option", "level", "choice", "alternative", "form", "tier")

// ownMostIntensive reports "our most intensive outpatient" at i, opening
// its sentence: the provider's top outpatient level, whichever it is.
func ownMostIntensive(lower string, i int) bool {
	if !strings.HasPrefix(lower[i:], "intensive") || wordBefore(lower, i) != "most" {
		return false
	}
	k := lastIndex(lower[:i], "most")
	w := wordBefore(lower, k)
	return (w == "our" || w == "its" || w == "their") && strings.Trim(lower[:k-len(w)-1], " ") == ""
}

// leadingWord returns the run of letters and digits at s[i:].
// gluedAcronym is IOP or PHP for an all-capital word of one to three
// capitals and then "IOP" or "PHP" ("MHIOP", "AIOP", "CDPHP"), with an
// "s" for more than one, and the level HIOP (PHP) or LIOP (OP) names;
// "" otherwise.
func gluedAcronym(w string) Subject {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 4 || len(w) > 6 {
		return NoSubject
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return NoSubject
		}
	}
	// ("HIOP", "LIOP": high- and low-intensity outpatient programs, whose
	// "IOP" is no intensive outpatient program: they name the levels
	// above and below it, as "high-intensity outpatient" and
	// "low-intensity outpatient" do.)
	switch w {
	case "HIOP":
		return PHP
	case "LIOP":
		return OP
	}
	switch w[len(w)-3:] {
	case "IOP":
		return IOP
	case "PHP":
		return PHP
	}
	return NoSubject
}

// leadingWord returns the word starting at i. A glued dash or closing
// curly quote ends it: "detox—usually" opens on "detox".
func leadingWord(s string, i int) string {
	j := i
	for j < len(s) && isWordByte(s[j]) && !closingMark(s, j) {
		j++
	}
	return s[i:j]
}

// find returns the non-overlapping mentions in s (lower is lowerASCII(s)),
// in order of position; at each word the longest name wins.
func (st *subjectTerms) find(s, lower string) []mention {
	var ms []mention
	for i := 0; i < len(lower); {
		if openingMark(lower, i+3) {
			i += 3
			continue
		}
		if !isWordByte(lower[i]) || closingMark(lower, i) || i > 0 && isWordByte(lower[i-1]) && !openingMark(lower, i) {
			i++
			continue
		}
		w := leadingWord(lower, i)
		next := i + len(w)
		// "CDIOP and MHIOP", "EIOP": a program's acronym with a letter or
		// three of its kind in front (chemical dependency, mental health,
		// evening) is that program.
		if c := s[i]; c >= 'A' && c <= 'Z' && next-i >= 4 {
			if subj := gluedAcronym(s[i:next]); subj != NoSubject {
				ms = append(ms, mention{start: i, end: next, subject: subj})
				i = next
				continue
			}
		}
		if !st.mayStart(w) {
			i = next
			continue
		}
		for _, t := range st.byFirst[w] {
			hay := lower
			if t.acronym {
				hay = s
			}
			e := i + len(t.text)
			// ("an artist-in-residence program": a name glued on in front
			// is another thing.)
			if e > len(hay) || hay[i:e] != t.text || e < len(hay) && isWordByte(hay[e]) && !closingMark(hay, e) || i > 0 && lower[i-1] == '-' && strings.HasPrefix(t.text, "in-") {
				continue
			}
			// ("post-detox rehab", "a pre-detox assessment": the time
			// after or before detox names another program, or none.)
			if t.subject == Detox && aroundDetox(lower[:i]) {
				continue
			}
			// "full-day programs", "half-day treatment": a length of day,
			// not a day program.
			// ("our 28 day rehab program", "shorter 7-14 day programs",
			// "a thirty day program": a number of days, written without
			// the hyphen.)
			// ("a three-hour a day program": hours a day, then the
			// program.)
			if strings.HasPrefix(t.text, "day ") && (i > 0 && lower[i-1] == '-' || countedDays(lower, i) || hoursADay(lower, i)) {
				continue
			}
			// ("Ongoing counseling" heads the lightest level, and clients
			// step down "to ordinary counseling"; "Residents receive
			// ongoing counseling throughout their stay" is a part of
			// theirs.)
			if counselingLevel[t.text] && strings.TrimLeft(lower[:i], " •*-–—") != "" && wordBefore(lower, i) != "to" && wordBefore(lower, i) != "into" {
				continue
			}
			m := mention{start: i, end: e, subject: t.subject, weak: t.text == "outpatient" || t.text == "outpatients"}
			// "Standard adolescent outpatient", "traditional adult
			// outpatient care": the standard level, for whom it is
			// named between.
			if m.weak && t.text == "outpatient" {
				if k := standardFor(lower, i); k >= 0 {
					m.start, m.weak = k, false
				}
				// "Level 1: Outpatient", "Level 1 is outpatient
				// treatment", "ASAM Level I (outpatient services)": the
				// first of ASAM's levels is the standard outpatient one,
				// not an IOP or a PHP on their page.
				if levelOneNamed(lower, i) {
					m.weak = false
				}
			}
			// "Clients go to outpatient group therapy three days a week"
			// under an IOP's description: the program's group therapy,
			// held on an outpatient basis, as a bare "outpatient" is;
			// "weekly outpatient groups" stay the outpatient level's.
			if t.text == "outpatient group" && groupMeetingNouns[wordAfter(lower, e)] {
				m.weak = true
			}
			switch t.text {
			case "inpatient", "outpatient", "residential":
				if d := settingOfDetox(lower, e); d > 0 {
					m = mention{start: i, end: d, subject: Detox}
					e = d
				} else if loc := suspendedDetox.FindStringIndex(lower[e:]); loc != nil && !strings.HasSuffix(strings.TrimRight(lower[:i], " "), ",") {
					// "Inpatient vs. outpatient detox", "inpatient or
					// outpatient detox": both settings of detox, one
					// name. (Not the last of a list: "PHP, IOP,
					// residential and outpatient detox".)
					m = mention{start: i, end: e + loc[1], subject: Detox}
					e = m.end
				}
			}
			// "less intensive outpatient services", "a more intensive
			// outpatient option": a comparative, not the IOP's name
			// ("most intensive outpatient programs" is most IOPs).
			// ("PHP is the most intensive outpatient option": a
			// superlative, said of PHP; "the most intensive outpatient
			// programs" are still the most of IOPs.)
			if t.subject == IOP && strings.HasPrefix(t.text, "intensive") {
				// ("Most intensive outpatient option, also known as day
				// treatment": a superlative with its article left off, of
				// one option; "most intensive outpatient programs" are
				// most IOPs.)
				if w := wordBefore(lower, i); w == "less" || w == "more" || w == "least" ||
					w == "most" && (superlativeOf(lower, ms, i) || optionNouns[wordAfter(lower, e)]) && !strings.HasSuffix(wordAfter(lower, e), "s") {
					m.subject, m.weak = OP, true
				}
			}
			// "a wing beside our residential building", "a quiet
			// residential neighborhood": a kind of building or street,
			// no program.
			if t.text == "residential" && residentialPlaces[wordAfter(lower, e)] {
				next = e
				break
			}
			ms = append(ms, m)
			next = e
			break
		}
		i = next
	}
	// "individual IOP treatment": an adjective two words before a therapy noun.
	if loose := individualLoose(lower, ms); len(loose) > 0 {
		ms = append(ms, loose...)
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	// "an intensive evening outpatient program", "intensive group
	// outpatient services": the intensive level, its kind named between.
	for i := range ms {
		if m := &ms[i]; m.subject == OP && strings.HasPrefix(lower[m.start:m.end], "outpatient") {
			if k := intensiveBefore(lower, m.start); k >= 0 {
				m.start, m.subject, m.weak = k, IOP, false
			}
		}
	}
	// "Substance Abuse Day Treatment (IOP)": the short name of another
	// level in brackets right after a program's name is the provider's
	// own name for it, and says which level it is.
	for i := 0; i+1 < len(ms); i++ {
		// ("The next step after inpatient (PHP)": the bracket names the
		// step, not the care it follows.)
		if a, b := &ms[i], &ms[i+1]; programSubject(a.subject) && programSubject(b.subject) && a.subject != b.subject && bracketedAcronym(s, lower, a.end, b.start, b.end) &&
			!stepPrepositions[wordBefore(lower, a.start)] {
			a.subject, a.weak = b.subject, false
		}
	}
	starts := sentenceStarts{lower: lower}
	for i := range ms {
		// What opens the mention's sentence (mentions are found per
		// block, and come in order).
		open := lower[starts.before(ms[i].start):ms[i].start]
		ms[i].ended = endedClause(lower, ms[i], open)
		ms[i].contrast = ms[i].ended || contrasted(lower, ms, i)
		// "fewer hours than a partial hospitalization track (PHP),
		// meeting …": a short name in brackets after the name it
		// abbreviates is held up as that name is.
		if i > 0 && !ms[i].contrast && ms[i-1].contrast && ms[i-1].subject == ms[i].subject && aliasGap(lower[ms[i-1].end:ms[i].start]) {
			ms[i].contrast = true
		}
		// ("Clients live at home or in a nearby sober living house and
		// attend groups four days a week": where clients live during the
		// program, no program the figures after it are about.)
		// ("Graduates may live in a re-entry home for six months": the
		// stay there is the home's own.)
		if m := &ms[i]; m.subject == Other && !m.contrast && livedIn.MatchString(lower[max(0, m.start-50):m.start]) && livedThenAnd.MatchString(lower[m.end:]) {
			m.contrast = true
		}
		// "This is an outpatient program; every teen goes home": on an
		// IOP or PHP page, a classification, not standard outpatient care.
		if m := &ms[i]; m.subject == OP && classifiedAs(lower, m.start) {
			m.weak, m.contrast, m.classified = true, true, true
		}
		// "Day treatment here … is an intensive outpatient program of five
		// days a week": the kind the program named first is said to be,
		// not a program of its own.
		if m := &ms[i]; m.subject != OP && programSubject(m.subject) && classifiedAs(lower, m.start) && namedBeforeCopula(lower, ms[:i], m) {
			m.contrast, m.classified = true, true
		}
		// "Our medical detox is inpatient", "Detox here is inpatient and
		// medically supervised": the setting of the program named before
		// the copula, no residential care of its own.
		if m := &ms[i]; m.subject != OP && bareSetting(lower[m.start:m.end]) && isOrAreBefore(lower, m.start) && namedBeforeCopula(lower, ms[:i], m) {
			m.contrast, m.classified = true, true
		}
		// ("Medically supervised detox … This is usually inpatient,
		// lasting 3-10 days": a pronoun's setting, said of the program
		// the sentence before named.)
		if m := &ms[i]; m.subject != OP && !m.contrast && bareSetting(lower[m.start:m.end]) && pronounCopula.MatchString(open) && settingEnds(lower, *m) {
			m.contrast, m.classified = true, true
		}
		// "Neither program is residential; everyone goes home", "None
		// of our programs are residential": a kind of care no program
		// of the page's is, not a program of its own.
		if m := &ms[i]; programSubject(m.subject) && noneIsKind.MatchString(open) {
			m.contrast, m.classified = true, true
		}
		// "Is this a residential program?": a kind of care the page's
		// program is asked about, not a program of its own.
		if m := &ms[i]; askedKind(open) {
			m.contrast, m.classified = true, true
		}
		// "Day treatment, known in North Carolina as Comprehensive
		// Outpatient Treatment (COT), meets …": another name for the
		// program named before, not a program of its own.
		if m := &ms[i]; i > 0 && !m.contrast && knownAsName(lower[max(0, m.start-70):m.start]) {
			m.contrast, m.classified = true, true
		}
		// "Structured outpatient therapy … offers a path between
		// weekly outpatient therapy and hospital care":
		// outpatient care set between the two is the levels in between,
		// IOP and PHP together, no standard outpatient care.
		if m := &ms[i]; m.subject == OP && !m.contrast && outpatientBetween.MatchString(lower[m.end:min(len(lower), m.end+160)]) {
			m.subject, m.weak = Other, false
		}
		// "a locked inpatient setting for older adults in acute
		// psychiatric crisis": a mental health crisis's hospital stay,
		// no addiction program.
		if m := &ms[i]; m.subject == Residential && strings.HasPrefix(lower[m.start:m.end], "inpatient") && inpatientForCrisis(lower[m.end:min(len(lower), m.end+120)]) {
			m.subject, m.weak = Other, false
		}
	}
	return ms
}

// stepPrepositions before a program's name make it a step before or
// after another, or a level held up against it.
var stepPrepositions = wordSet("after", "before", "from", "to", "into", "than", "like", "unlike", "vs", "versus", "following")

// bracketedAcronym reports s[start:end] as an all-capital short name
// alone in brackets right after a name ending at after: " (IOP)".
func bracketedAcronym(s, lower string, after, start, end int) bool {
	if start-after != 2 || lower[after:start] != " (" || !strings.HasPrefix(lower[end:], ")") || end-start < 2 {
		return false
	}
	for i := start; i < end; i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && c != 's' {
			return false
		}
	}
	return true
}

// psychiatricCrisisAfter follows an inpatient mention, in its sentence,
// with the acute psychiatric care it gives: " setting for older adults
// in acute psychiatric crisis", " unit treats patients facing mental
// health emergencies".
var psychiatricCrisisAfter = prefilter.MustCompile(`^[^.;!?]{0,80}?\b(?:for|with|treats|treating|serves|serving|facing|focused\s+on)\b[^.;!?]{0,40}?\b(?:acute\s+psychiatric|psychiatric\s+(?:crisis|crises|emergency|emergencies)|mental\s+health\s+(?:crisis|crises|emergency|emergencies))\b`)

// inpatientForCrisis reports psychiatricCrisisAfter with no addiction
// named on the way: "our inpatient program treats alcohol addiction
// alongside acute psychiatric symptoms" is residential care.
func inpatientForCrisis(after string) bool {
	loc := psychiatricCrisisAfter.FindStringIndex(after)
	return loc != nil && !hasWord(after[:loc[1]], "addiction", "addictions", "substance", "alcohol", "drug", "drugs", "detox", "withdrawal", "sud", "chemical", "dependency", "recovery")
}

// intensiveBefore is where "intensive" starts when one or two words of
// kind stand between it and an outpatient mention at i ("intensive evening
// ", "intensive adolescent group "), -1 when none does. (Not a
// comparison, "less intensive than outpatient", nor "intensive therapy
// in outpatient programs".)
func intensiveBefore(lower string, i int) int {
	from := max(0, i-40)
	loc := intensiveKind.FindStringSubmatchIndex(lower[from:i])
	if loc == nil {
		return -1
	}
	at := from + loc[0]
	ws := strings.Fields(lower[from+loc[2] : from+loc[3]])
	// ("intensive alcohol or drug outpatient treatment": a pair of
	// substances, the only three words allowed between.)
	if len(ws) == 3 {
		if ws[1] != "or" && ws[1] != "and" || !substanceKinds[ws[0]] || !substanceKinds[ws[2]] {
			return -1
		}
		ws = nil
	}
	for _, w := range ws {
		switch w {
		case "and", "or", "than", "but", "nor", "to", "of", "in", "for", "with", "as", "is", "are", "care", "treatment", "therapy", "support", "services", "program", "programs":
			return -1
		}
	}
	switch wordBefore(lower, at) {
	case "less", "more", "most", "least", "very", "highly", "fairly", "as":
		return -1
	}
	return at
}

var intensiveKind = prefilter.MustCompile(`\bintensive\s+((?:[a-z'’-]+\s+){1,3})$`)

// substanceKinds name what a program treats, paired in "alcohol or drug".
var substanceKinds = wordSet("alcohol", "drug", "drugs", "substance", "chemical", "addiction", "gambling", "opioid")

// outpatientBetween follows a kind of outpatient care, in its sentence, with
// the two levels it sits between.
var outpatientBetween = prefilter.MustCompile(`^[^.;!?]{0,80}?\bbetween\s+(?:traditional|standard|regular|routine|weekly|basic)\s+outpatient\s+(?:care|therapy|treatment|counseling|services)\s+and\s+(?:full(?:-time)?\s+|24-hour\s+)?(?:residential|inpatient|hospital)`)

// knownAs ends on the words that give a name another is known by, and
// at most three words of the name before the program's word (the
// group): "known in Ohio as substance abuse comprehensive ", "also
// called ", "referred to as the ".
var knownAs = prefilter.MustCompile(`\b(?:(?:also\s+|sometimes\s+|often\s+)?(?:(?:commonly|frequently|usually|typically|widely)\s+)?(?:known|referred\s+to)\s+(?:[a-z]+\s+){0,4}?as|(?:also|sometimes|often)\s+(?:(?:commonly|frequently|usually|typically|widely)\s+)?called)\s+["“'‘]?(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3})$`)

// knownAsName reports pre ending on knownAs, the name's words before the
// program's word being words of a name ("known as a step down from" is
// no name: it ranks the program after it).
func knownAsName(pre string) bool {
	m := knownAs.FindStringSubmatch(pre)
	return m != nil && !hasWord(m[1], "from", "to", "than", "after", "before", "of", "for", "in", "with", "like")
}

// aliasGap reports what stands between a name and its short name in
// brackets: the bracket, after at most a word that ends the name ("partial
// hospitalization program (PHP)").
func aliasGap(between string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(between, " "), "(")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return len(rest) <= 12 && !strings.ContainsAny(rest, " ,.;:()")
}

// hoursADay reports "hour a" or "hours a" right before the word at i:
// "a three-hour a day program", "a 6 hours a day program".
func hoursADay(lower string, i int) bool {
	if wordBefore(lower, i) != "a" {
		return false
	}
	w := wordBefore(lower, lastIndex(lower[:i], "a"))
	return strings.HasSuffix(w, "hour") || strings.HasSuffix(w, "hours")
}

// countedDays reports a number of days right before the word at i: "28
// day", "7-14 day", "thirty day". A week's days or fewer ("Our PHP is a 5
// day program") are how many days a week the day program meets, and a
// label's number ("Phase 2 day program", "Level 10 day program") names it.
func countedDays(lower string, i int) bool {
	w := wordBefore(lower, i)
	n := w
	if k := strings.LastIndexByte(n, '-'); k >= 0 {
		n = n[k+1:]
	}
	if n == "" {
		return false
	}
	v, ok := quantity.ParseNumber(n)
	if !ok || v <= 7 {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:i], w)) {
	case "phase", "level", "track", "step", "stage", "tier", "group", "room", "unit", "building", "suite":
		return false
	}
	return true
}

// openingMark reports a curly opening quote or a dash ending right before
// i: a “continuing care” group names continuing care, though the bytes
// of the marks count as word bytes elsewhere (they are not ASCII).
func openingMark(s string, i int) bool {
	return i >= 3 && i <= len(s) && s[i-3] == 0xE2 && s[i-2] == 0x80 && (s[i-1] == 0x9C || s[i-1] == 0x98 || s[i-1] == 0x93 || s[i-1] == 0x94)
}

// closingMark reports a curly closing double quote or a dash starting at i.
func closingMark(s string, i int) bool {
	return i+3 <= len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x9D || s[i+2] == 0x93 || s[i+2] == 0x94)
}

// namedBeforeCopula reports another program, named strongly, opening the
// sentence of m before its copula: "Our PHP runs weekdays and is an".
func namedBeforeCopula(lower string, before []mention, m *mention) bool {
	starts := sentenceStarts{lower: lower}
	open := starts.before(m.start)
	for _, o := range before {
		if o.start < open || o.weak || o.contrast || !programSubject(o.subject) || o.subject == m.subject {
			continue
		}
		// ("Our medical detox is inpatient": one word of kind between.)
		// ("Despite the name, a PHP is …", "In short, …": a short phrase
		// fronted before its comma opens no other subject.)
		pre := lower[open:o.start]
		if k := strings.LastIndex(pre, ", "); k >= 0 && wordCount(pre[:k]) <= 6 && !strings.ContainsAny(pre[:k], ",;:") {
			pre = pre[k+2:]
		}
		ws := strings.Fields(pre)
		if len(ws) > 0 && articleWords[ws[0]] {
			ws = ws[1:]
		}
		if len(ws) <= 1 {
			return true
		}
	}
	return false
}

// askedKind reports a program named after "is this a", "is it an"
// opening a question; open is what opens the sentence up to the name.
func askedKind(open string) bool {
	switch strings.TrimRight(open, " ") {
	case "is this a", "is this an", "is it a", "is it an", "is this", "is this program a", "is this program an":
		return true
	}
	return false
}

// isOrAreBefore reports "is" or "are" right before i.
func isOrAreBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	return w == "is" || w == "are"
}

// noneIsKind opens a sentence on no program of several being of a kind,
// the copula last: "Neither program is ", "None of our programs are ",
// "No part of our program is a ".
var noneIsKind = prefilter.MustCompile(`^\s*(?:neither|none\s+of|no\s+part\s+of|not\s+one\s+of)\b[^,;:]{0,40}?\s(?:is|are)\s+(?:a\s+|an\s+)?$`)

// classifiedAs reports a program word after "is a", "is an" or "are":
// the kind of care something is said to be.
func classifiedAs(lower string, i int) bool {
	// ("is a structured, intensive outpatient program": words that
	// describe it may stand before the kind, a comma between.)
	i = pastModifiers(lower, i)
	w := wordBefore(lower, i)
	// ("is a type of intensive outpatient treatment", "a form of
	// intensive outpatient care": the kind named through its class.)
	if w == "of" {
		k := lastIndex(lower[:i], w)
		switch t := wordBefore(lower, k); t {
		case "type", "kind", "form", "sort", "variety":
			i = lastIndex(lower[:k], t)
			w = wordBefore(lower, i)
		}
	}
	// ("is a highly intensive outpatient program": a degree word
	// between the article and the kind.)
	if degreeWords[w] {
		w = wordBefore(lower, lastIndex(lower[:i], w))
	}
	if w == "are" {
		return true
	}
	if w != "a" && w != "an" {
		return false
	}
	v := wordBefore(lower, lastIndex(lower[:i], w))
	return v == "is" || v == "it's" || v == "it’s" || v == "remains"
}

// degreeWords say how much of a kind of care something is.
var degreeWords = wordSet("highly", "very", "more", "most", "less", "fairly", "relatively", "extremely", "especially")

func overlaps(ms []mention, start, end int) bool {
	for _, m := range ms {
		if start < m.end && m.start < end {
			return true
		}
	}
	return false
}

var therapyNouns = []string{"therapy", "treatment", "counseling", "counselling", "sessions", "session"}

// standardFor is where "standard" (or "traditional", "routine", "regular")
// starts when it and a word of whom care is for come right before i:
// "standard adolescent outpatient"; -1 when they do not.
func standardFor(lower string, i int) int {
	w := wordBefore(lower, i)
	if !forWhomWords[w] {
		return -1
	}
	k := lastIndex(lower[:i], w)
	switch wordBefore(lower, k) {
	case "standard", "traditional", "routine", "regular":
		return lastIndex(lower[:k], wordBefore(lower, k))
	}
	return -1
}

// groupMeetingNouns after "outpatient group" make it the group's meetings,
// not the outpatient level's groups.
var groupMeetingNouns = wordSet("therapy", "sessions", "session", "meetings", "counseling", "counselling")

// levelOneNamed reports ASAM's first level named right before i: "level
// 1: ", "level 1 is ", "level i (", "level one – ".
func levelOneNamed(lower string, i int) bool {
	if !strings.Contains(lower[max(0, i-40):i], "level") {
		return false
	}
	return levelOneBefore.MatchString(lower[max(0, i-40):i])
}

var levelOneBefore = prefilter.MustCompile(`\blevel\s+(?:1|i|one)(?:\.0)?\s*(?::|\(|[–—-]|,|\s(?:is|means|covers|includes))\s*(?:(?:the|an?|standard|general|traditional|routine|regular)\s+)?$`)

var forWhomWords = wordSet("adolescent", "adolescents", "teen", "teens", "adult", "adults", "youth", "child", "children")

// individualLoose finds "individual X therapy" with one word between, which
// the fixed terms miss; the found span replaces any mention inside it.
func individualLoose(lower string, ms []mention) []mention {
	var out []mention
	for from := 0; ; {
		i := indexWord(lower, "individual", from)
		if i < 0 {
			return out
		}
		from = i + len("individual")
		// The second field after "individual", read in place: the
		// block's rest split into fields was most of what finding names
		// cost.
		_, f1e, ok := nextField(lower, from)
		if !ok {
			continue
		}
		f2s, f2e, ok := nextField(lower, f1e)
		if !ok {
			continue
		}
		noun := strings.TrimRight(lower[f2s:f2e], ".,;:!?)")
		for _, n := range therapyNouns {
			if noun == n {
				end := f2s + len(noun)
				// Drop the mentions this phrase swallows ("IOP" in "individual IOP treatment").
				for k := range ms {
					if ms[k].start >= i && ms[k].end <= end {
						ms[k].subject = IndividualTherapy
					}
				}
				if !overlaps(ms, i, end) {
					out = append(out, mention{start: i, end: end, subject: IndividualTherapy})
				}
				break
			}
		}
	}
}

// nextField returns the bounds of the first run of non-space bytes at or
// after i, as strings.Fields would split it.
func nextField(s string, i int) (int, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
		j++
	}
	return i, j, j > i
}

var residentialPlaces = wordSet("building", "buildings", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "area", "areas", "street", "streets", "address", "addresses", "zone", "zoning", "property", "properties", "district", "subdivision")

// endedClause reports a program named in an opening clause as over
// ("After our intensive outpatient program ends, graduates meet weekly",
// "Once residential treatment is over, …"): the figures after the comma
// are of what follows it. open is what opens the sentence up to m.
func endedClause(lower string, m mention, open string) bool {
	rest := strings.TrimLeft(lower[m.end:], " ")
	for _, w := range []string{"program ", "programs ", "treatment ", "care ", "stay "} {
		rest = strings.TrimPrefix(rest, w)
	}
	// "After detox, clients move into one of our lodges": "after" and
	// the program alone open the clause.
	if strings.HasPrefix(rest, ",") && strings.HasPrefix(open, "after ") && strings.TrimSpace(open[len("after "):]) == "" {
		return true
	}
	// "When you finish IOP, most people move to …": the client finishing
	// it opens the clause.
	if strings.HasPrefix(rest, ",") && finishedOpening.MatchString(open) {
		return true
	}
	end := false
	for _, e := range endings {
		if strings.HasPrefix(rest, e) {
			rest, end = strings.TrimLeft(rest[len(e):], " "), true
			break
		}
	}
	if !end || !strings.HasPrefix(rest, ",") {
		return false
	}
	first, _, _ := strings.Cut(open, " ")
	return first == "after" || first == "once" || first == "when"
}

// sentenceStart is where the sentence holding i begins in a block's
// text: after the last full stop, question or exclamation mark and space
// before it.
func sentenceStart(lower string, i int) int {
	k := 0
	for _, p := range []string{". ", "? ", "! "} {
		if j := lastIndex(lower[:i], p); j >= 0 && j+2 > k {
			k = j + 2
		}
	}
	return k
}

// sentenceStarts answers sentenceStart for positions asked in order, in
// one pass over the text: find asks it of every mention, and a search
// back to the block's start for each made long blocks cost more than
// their length.
type sentenceStarts struct {
	lower    string
	from, at int // the next byte to look at; the start found so far
}

// before is sentenceStart(s.lower, i); i may not be less than the last.
func (s *sentenceStarts) before(i int) int {
	for ; s.from+2 <= i; s.from++ {
		if c := s.lower[s.from]; s.lower[s.from+1] == ' ' && (c == '.' || c == '?' || c == '!') {
			s.at = s.from + 2
		}
	}
	return s.at
}

// finishedOpening is a clause opening on someone finishing a program:
// "when you finish", "once clients complete their", "after graduating from".
var finishedOpening = prefilter.MustCompile(`^(?:when|once|after)\s+(?:(?:you|clients|patients|participants|people|most\s+people)\s+)?(?:finish|finishes|finishing|complete|completes|completing|graduate\s+from|graduating\s+from|leave|leaving)\s+(?:the\s+|our\s+|your\s+|their\s+)?$`)

var endings = []string{"ends", "has ended", "is over", "is complete", "is completed", "is finished", "is done",
	"concludes", "has concluded", "wraps up", "comes to an end", "draws to a close"}

// wordsAfterOf is what follows the n words from i on: "(PHP) meets" after
// "intensive outpatient level".
func wordsAfterOf(lower string, i, n int) string {
	j := i
	for ; n > 0 && j < len(lower); n-- {
		for j < len(lower) && lower[j] == ' ' {
			j++
		}
		if j < len(lower) && lower[j] == '(' {
			break
		}
		for j < len(lower) && lower[j] != ' ' {
			j++
		}
	}
	return lower[j:]
}

// aroundDetox reports text ending on a prefix that makes the detox word
// after it a time before or after detox: "post-", "post ", "pre-".
func aroundDetox(before string) bool {
	return strings.HasSuffix(before, "post-") || strings.HasSuffix(before, "post ") || strings.HasSuffix(before, "pre-") || strings.HasSuffix(before, "post–")
}

// pronounCopula is a sentence's opening up to a setting said of a
// pronoun: "This is usually ", "It is ".
var pronounCopula = prefilter.MustCompile(`^\W*(?:it|this|that)\s+(?:is|was)\s+(?:(?:usually|typically|generally|often|mostly|normally|always|sometimes|commonly)\s+)?$`)

// livedThenAnd opens on the rest of a place's name and a clause joined
// to it: " residences and come", " and attend".
var livedThenAnd = prefilter.MustCompile(`^(?:\s+(?:residences?|homes?|houses?|environments?|apartments?|settings?))?\s+and\s`)

// livedIn ends on where someone lives: "live at home or in a nearby ",
// "residing at a ".
var livedIn = prefilter.MustCompile(`\b(?:live|lives|living|reside|resides|residing)\s+(?:at\s+home\s+or\s+)?(?:in|at)\s+(?:(?:an?|the|our|their|outside|nearby|supportive|local|structured|approved|off-site|offsite)\s+)*$`)
