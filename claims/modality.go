package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// modality is what the clause around a claim says about how it holds: the
// checker compares like with like, so an example contradicts only an
// "every" and an adolescent schedule never contradicts an adult one.
type modality struct {
	polarity    Polarity
	force       Force
	attribution string
	population  string
	variant     string
}

// modalityOf reads the modality of the words at [start, end) of s. Force is
// judged on the clause (a hedge in another clause does not govern the
// claim), attribution and population on the sentence, since "According to
// ASAM, adolescent programs …" governs every clause after it.
func modalityOf(s *sentence, start, end int) modality {
	lo, hi := clauseBounds(s.lower, start, end)
	clause := s.masked[lo:hi]
	m := modality{polarity: Asserted, force: forceOf(s.masked, clause, lo, start, end)}
	// "A handful of IOPs …", "a few of our programs …": a vague count of
	// programs hedges like "some"; the masked text no longer shows it.
	if m.force == Typical && fewPrograms(s.lower[lo:start]) {
		m.force = Existential
	}
	// "Programs that follow the Matrix Model run 16 weeks": programs of
	// one kind, narrowed by what follows them, not all programs. (Not
	// the provider's own: "Programs which meet in the evening run 3
	// nights a week at our Hollis office".)
	if m.force == Typical && narrowedPrograms(s.lower[lo:]) && !s.provider {
		m.force = Existential
	}
	// "A few clients also take the Monday group, which makes three
	// visits a week":
	// the total the clause before makes holds as that clause does.
	if m.force == Typical && strings.HasSuffix(s.lower[:lo], ", which ") && totalVerb(s.lower[lo:start]) {
		k := lo - len(", which ")
		plo, _ := clauseBounds(s.lower, k, k)
		if f := forceOf(s.masked, s.masked[plo:k], plo, k, k); f == Existential || f == Example || f == Conditional {
			m.force = f
		}
	}
	// ("at least 9 hours a week without exceeding 19": "without" right
	// before a bound denies it, as "never more than 19" does.)
	if negatedClaim(s.masked, lo, start) || strings.HasSuffix(s.lower[lo:start], "without ") {
		m.polarity = Negated
	}
	// "A detox stay exceeding nine days is uncommon": what is said to be
	// rare is denied as the rule, as "it is rare for detox to take longer
	// than nine days" is (a bound denied turns round: at most nine days).
	if m.polarity == Asserted && rareAfter.MatchString(s.lower[end:hi]) {
		m.polarity = Negated
	}
	// "Whichever track you choose, you attend four days a week": said
	// of every track, a rule the tracks' own schedules must keep.
	// ("Whichever track you join, the program typically lasts 8
	// weeks" stays a usual length.)
	if m.force == Typical && everyTrackOf(s.lower, start) && !hasWord(s.lower[lo:start], "typically", "usually", "generally", "often", "normally", "most", "average", "about", "around", "roughly") {
		m.force = Universal
	}
	// Attribution and population are the sentence's: read them once.
	if !s.readWho {
		s.attribution, s.attributionAt = attributionAt(s.lower)
		s.population, s.readWho = populationOf(s.masked), true
		// Under "Level 2.5 - Partial Hospitalization", in a guide that
		// heads three levels or more by their numbers, the page sets out
		// ASAM's levels, not its own program, unless it says "our" or
		// "we" in the section, or keeps a timetable ("In Harlan, IOP
		// meets Monday and Thursday, 5 to 8 p.m.": only a program
		// someone runs has one). (A provider heading its own two levels
		// "Level 1: Outpatient counseling" and "Level 2.1: IOP" speaks of
		// them.)
		if s.attribution == "" && levelHeading(s.block.Headings) && !firstPerson(s.lower) && clockTimes(s.text) == 0 && levelGuide(s.doc, s.bi) {
			s.attribution = "ASAM"
		}
		// ("members under 18": the age is masked as a quantity.)
		if s.population == "" && underEighteen(s.lower) {
			s.population = "adolescent"
		}
	}
	m.attribution, m.population = s.attribution, s.population
	// "By definition a day program gives 20 hours or more a week, and
	// Medicare uses the same floor": a source named in a clause of its
	// own after the figure's is not the figure's.
	if m.attribution != "" && s.attributionAt > end && end <= len(s.lower) && clauseJoinedBetween(s.lower[end:s.attributionAt]) {
		m.attribution = ""
	}
	// "at least 9 hours of treatment per week for adults (6 hours for
	// members under 18)": minors named by age right after the figure.
	if m.population == "adult" && end <= len(s.lower) && underEighteen(ownPhrase(s.lower[end:min(len(s.lower), end+30)])) {
		m.population = "adolescent"
	}
	// "Unlike adult IOP, which runs 12 weeks, the teen program runs 8
	// weeks": a sentence naming two populations gives each claim the one
	// nearest before it.
	if s.population != "" && s.population != "adult" && hasWord(s.masked, "adult", "adults") {
		// "9 hours a week for adults and 6 hours a week for
		// adolescents": a "for …" right after the figure is its own.
		if p := populationAfter(s.masked, end); p != "" {
			m.population = p
		} else if p := populationLater(s.masked, end); p != "" {
			m.population = p
		} else if p := populationBefore(s.masked, start); p != "" {
			m.population = p
		}
	}
	// "Long-term residential – 6 to 12 months": a label before a dash
	// names the variant of the clause after it.
	vlo := lo
	if labelled(s.lower, lo) {
		vlo = 0
	}
	if s.mayHaveVariant() {
		m.variant = variantOf(s.masked, vlo, hi, start, end)
	}
	if m.variant == "" {
		m.variant = timedFor(s.lower, s.lower[start:end], end)
	}
	// "a hybrid week, with one or two of its sessions by video", "one
	// or two video sessions a week": the part of the week held remotely.
	// ("Available in person and by video, our IOP meets …" offers the
	// whole program both ways.)
	if m.variant == "" && (strings.Contains(s.lower[start:end], "video session") || byVideoAfter.MatchString(s.lower[end:])) {
		m.variant = "virtual"
	}
	if m.variant == "" {
		// "Alcohol - 4 to 6 days", "Benzodiazepines: 10 to 14 days": a
		// substance as the label is the withdrawal the value times.
		if label, e := s.label(); e > 0 && e <= start && substanceLabel(lowerASCII(label)) {
			m.variant = substanceVariant(lowerASCII(label))
		} else if v := leadSubstance(s.lower, start); v != "" {
			m.variant = v
		}
	}
	if m.variant == "" {
		// "Our full-day PHP runs 9 a.m. to 3 p.m., five days a week,
		// for 30 hours a week": the sentence's subject names the
		// variant for every clause.
		// ("In winter the IOP meets two evenings a week; the rest of
		// the year it meets four": not past the turn to the rest.)
		if m.variant = s.subjectVariant(); seasons[m.variant] && restOfYear(s.masked[:start]) {
			m.variant = ""
		}
	}
	if b := s.block; m.variant == "" && b.Kind == corpus.BlockTableCell && b.RowHeader != "" {
		// "| Evening IOP | 3 nights |": the row names the variant its
		// cells describe.
		h := lowerASCII(b.RowHeader)
		m.variant = variantOf(h, 0, len(h), len(h), len(h))
		// "| Morning | Mon–Fri | 9:00 a.m.–12:00 p.m. |": a row headed by
		// a part of the day is that track's.
		if m.variant == "" && (!qualifiedRow(h) || rowTracks(s.doc, h)) {
			m.variant = trackRow(h)
		}
		// "| IOP Day (adult) | …" beside "| IOP Evening (adult) | …":
		// a track word after the program's name, another row of the
		// same program naming another.
		// (Not under columns of options or lengths, "| Track | 6 weeks |
		// 12 weeks |", whose cells in one row are not one figure.)
		if ch := lowerASCII(b.ColHeader); m.variant == "" && !strings.ContainsAny(ch, "0123456789") && !strings.Contains(ch, "option") {
			if prog, tr := rowNamedTrack(h); tr != "" && otherNamedTrack(s.doc, prog, tr) {
				m.variant = tr
			}
			// "| Brightway IOP Lite | 6 hours weekly |" below "| Brightway
			// IOP | …": a plan named after the program, the program's own
			// row beside it.
			if prog, w := rowNamedPlan(h); m.variant == "" && w != "" && rowNamed(s.doc, prog) {
				m.variant = w
			}
		}
		// "| Mental Health IOP | 3 | 9 |" over "| Addiction IOP | 4 | 12
		// |": one provider's programs of a level for two kinds of client.
		// (Only where the rows set two or more kinds of client apart: on
		// an addiction provider's page a lone "Substance Use IOP" row is
		// its IOP.)
		if f := rowFocus(h); m.variant == "" && f != "" && s.rows.foci(s.doc) >= 2 {
			m.variant = f
		}
		// "| Dual Diagnosis IOP | Mon–Thu |" over "| Neighborhood clinic
		// IOPs | Tue–Thu |": rows naming one level with words of their
		// own are that level's several programs.
		if m.variant == "" {
			m.variant = ownRowProgram(s.rows.of(s.doc, s.bi), h)
		}
		// "| Alcohol | 3–7 days |": the substance whose withdrawal it is.
		if t := strings.TrimSpace(h); m.variant == "" && substanceLabel(t) {
			m.variant = substanceVariant(t)
		}
	}
	if b := s.block; m.variant == "" && b.Kind == corpus.BlockTableCell && b.ColHeader != "" {
		// "| | Inpatient detox | Ambulatory detox |" over "| Typical
		// length | 3–7 days | 5–7 days |": each column is a form of detox.
		h := lowerASCII(b.ColHeader)
		m.variant = variantOf(h, 0, len(h), len(h), len(h))
		// "| Individual counseling | 1 hour per week | 2 hours per week |"
		// under "| | IOP | PHP |": the counseling in each program.
		if r := lowerASCII(strings.TrimSpace(b.RowHeader)); m.variant == "" && therapyLabel(r) && measuresNothing(b.RowHeader) && programColumn(h) {
			m.variant = "in " + strings.TrimSpace(h)
		}
	}
	// "In weeks 1-4, clients attend four days a week" and "In weeks
	// 5-12, …" are two phases of one program, each its own variant.
	if m.variant == "" || m.variant == "phase" {
		if !s.phaseRead {
			s.phase, s.phaseRead = phaseOf(s.lower), true
			// "This program also tapers: in the final two weeks you come
			// in twice a week": a phase opening the clause after a colon.
			if k := strings.Index(s.lower, ": "); s.phase == "" && k > 0 && k < 80 {
				s.phase = phaseOf(s.lower[k+2:])
			}
			if s.phase == "" {
				s.phase = orientationPhase(s.lower)
			}
		}
		if s.phase != "" {
			m.variant = s.phase
		}
	}
	// "sessions usually drop to once a week", "met four days a week": a
	// later step, or what the program did before, is not what it does.
	// ("were first designed as 3- to 6-week inpatient stays": so is how
	// programs were once built.)
	// ("… was designed for working adults and meets three days a week":
	// a verb in the present after the design is the program now.)
	if pre := s.masked[lo:start]; m.variant == "" {
		if k := lastPastDesign(pre); k >= 0 && indexAnyWord(pre[k:], presentVerbs) < 0 {
			m.variant = "before"
		}
	}
	// (A track's schedule changed too: "the last month of the evening
	// IOP tapers to two nights a week" is the track's later schedule.)
	if track := m.variant; m.variant == "" || timeTrack[m.variant] {
		switch wordBefore(s.lower, start) {
		case "of":
			// ("most people shift to a lighter schedule of two evenings
			// weekly": the schedule moved to.)
			if lighterSchedule.MatchString(s.lower[lo:start]) {
				m.variant = "later"
			}
		case "to":
			k := lastIndex(s.lower[:start], "to")
			// ("Most clients move from four evenings to two evenings a
			// week after the first month": so is the figure a change
			// goes from one schedule to.)
			// (The clause may start after the "to": "…, compared to 9
			// hours a week".)
			if w := wordBefore(s.lower, k); changeVerbs[w] || w == "down" && wordBefore(s.lower, lastIndex(s.lower[:k], w)) == "step" || lo <= k && changedFrom.MatchString(s.lower[lo:k]) {
				m.variant = "later"
			}
		case "met", "used":
			// ("has met three evenings a week for 20 years" goes on.)
			if w := wordBefore(s.lower, lastIndex(s.lower[:start], wordBefore(s.lower, start))); w != "has" && w != "have" {
				m.variant = "before"
			}
		}
		// ("the schedule is adjusted to two hours a day, two days a
		// week": every figure of the list the change goes to.)
		if m.variant == track {
			if k := toBeforeList(s.masked, start); k >= 0 && changeVerbs[wordBefore(s.lower, k)] {
				m.variant = "later"
			}
		}
		// (A track's later schedule stays the track's: "evening, later"
		// is compared with no other track's.)
		if m.variant == "later" && track != "" {
			m.variant = track + ", later"
		}
	}
	// "step down to our weekly aftercare group after about six weeks of
	// IOP": the weeks are the IOP's, named right after them; the
	// aftercare is where the clients go next.
	if m.variant == "step-down" && ownProgramAfter(s, end) {
		m.variant = ""
	}
	// "A standard IOP course still runs about 12 weeks" on a page that
	// names no other track: the IOP as such, no weekday track of it.
	if m.variant == "weekday" && (s.contains("standard ") || s.contains("regular ")) && !s.contains("weekday") &&
		!s.contains("daytime") && !pageNamesTracks(s.doc) {
		m.variant = ""
	}
	// "Partial hospitalization - five days a week of structured daytime
	// treatment": a day program is daytime care, no track of it.
	// (Not a track by its name: "Daytime PHP meets five days a week"
	// beside a weekend PHP.)
	if m.variant == "weekday" && !hasWord(s.lower, "weekday", "track", "tracks", "cohort", "cohorts", "evening", "evenings") && mentionsSubject(s, PHP) && !daytimeTrack.MatchString(s.lower) {
		m.variant = ""
	}
	return m
}

// daytimeTrack names a track by its time of day: "daytime PHP".
var daytimeTrack = prefilter.MustCompile(`\b(?:daytime|day-time)\s+(?:php|iop|partial|intensive|group|groups|track|cohort)\b`)

// mentionsSubject reports a mention of subj in the sentence, as no
// contrast.
func mentionsSubject(s *sentence, subj Subject) bool {
	for _, m := range s.mentions {
		if m.subject == subj && !m.contrast {
			return true
		}
	}
	return false
}

// pageNamesTracks reports a page naming a track set apart from a weekday
// one: an evening, weekend, night, morning, virtual or online one.
func pageNamesTracks(doc *corpus.Document) bool {
	for i := range doc.Blocks {
		if hasWord(lowerASCII(doc.Blocks[i].Text), "evening", "evenings", "weekend", "weekends", "night", "nights", "morning", "mornings", "virtual", "online", "telehealth") {
			return true
		}
	}
	return false
}

// ownProgramAfter reports a program named right after a figure with "of"
// or "in": "six weeks of IOP", "eight weeks in our PHP".
func ownProgramAfter(s *sentence, end int) bool {
	switch wordAfter(s.lower, end) {
	case "of", "in":
	default:
		return false
	}
	for _, mt := range s.mentions {
		if mt.start >= end && mt.start-end <= 12 && programSubject(mt.subject) && !mt.contrast {
			return true
		}
	}
	return false
}

// phaseOf names the phase a sentence opens with ("in weeks 1-4", "during
// the first month", "phase 2:", "after the first four weeks"), or "".
func phaseOf(lower string) string {
	t := strings.TrimLeft(lower, " -–—•*")
	if !phaseStarters[leadingWord(t, 0)] {
		return "" // every opening starts on one of a few words; most sentences on none
	}
	// "The acute withdrawal phase tends to take 4 to 6 days": the worst of
	// detox, a part of it, not all of it.
	// ("Acute withdrawal management", "acute withdrawal services" name
	// detox itself.)
	if loc := acutePhase.FindStringIndex(t); loc != nil && !detoxItself[wordAfter(t, loc[1])] {
		return "phase: acute withdrawal"
	}
	// "The induction phase should take about ten days", "The stabilization
	// stage lasts 1 to 2 months": a phase named as the clause's subject.
	// (Not a phase named by a program, "the detox phase", which is the
	// program.)
	if m := namedPhase.FindStringSubmatch(t); m != nil && !hasWord(m[1], programPhaseWords...) {
		return "phase: " + strings.Join(strings.Fields(m[1]), " ")
	}
	// Both end in a comma or colon within their first hundred bytes, but
	// for a span of weeks the clause's subject follows ("In the final two
	// weeks you come in twice a week").
	if k := strings.IndexAny(t, ",:"); k < 0 || k > 100 {
		if !phaseSubject.MatchString(t) {
			return ""
		}
	} else if m := timeOpening.FindStringSubmatch(t); m != nil {
		// ("Since you stay at home overnight, IOP cannot replace
		// detox": a reason, not a time.)
		if !(strings.HasPrefix(m[1], "since ") && causeSubjects[wordAfter(m[1], len("since"))]) {
			return "phase: " + strings.Join(strings.Fields(m[1]), " ")
		}
	}
	if !strings.Contains(lower, "week") && !strings.Contains(lower, "month") && !strings.Contains(lower, "phase") &&
		!strings.Contains(lower, "stage") && !strings.Contains(lower, "day") {
		return ""
	}
	m := phaseOpening.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return "phase: " + strings.Join(strings.Fields(strings.ReplaceAll(m[1], "–", "-")), " ")
}

// orientationPhase reads the orientation a sentence speaks of, opening
// on it or not: "During orientation you attend group every weekday" is
// the first weeks' schedule, "Schedule: 3 days/week (after orientation)"
// the one after them, and neither is the other's.
func orientationPhase(lower string) string {
	i := strings.Index(lower, "orientation")
	if i < 0 {
		return ""
	}
	switch w := wordBefore(lower, i); {
	case w == "after":
		return "phase: after orientation"
	case w == "during", w == "the" && wordBefore(lower, lastIndex(lower[:i], "the")) == "during":
		return "phase: orientation"
	}
	return ""
}

// causeSubjects after "since" open a reason's clause ("since you stay at
// home", "since our program meets in the evening"), not a time ("since
// 2019", "since January").
var causeSubjects = wordSet("you", "we", "they", "it", "he", "she", "i", "there", "this", "these", "those", "our", "your", "their", "its",
	"most", "many", "some", "each", "every", "clients", "patients", "people", "residents", "iop", "php", "iops", "phps")

// timeOpening is a sentence opening on a time the rest holds for: "At
// the start, …", "After that, …", "Until December 2025, …", "Starting in
// January, …", "During the holiday weeks, …", "As symptoms improve, …".
// What a program did then, or does at that stage, is not what it does
// throughout.
var timeOpening = prefilter.MustCompile(`^((?:at (?:the )?(?:start|beginning|outset)|at first|initially|in the beginning|after that|afterwards?|later(?: on)?|then|over time|eventually|until [^,]{1,30}|starting (?:in|on|from) [^,]{1,30}|beginning (?:in|on) [^,]{1,30}|since [^,]{1,30}|before [^,]{1,30}|during (?:the )?(?:week|weeks|holiday|holidays|summer|winter|first|last|final|early|later|most)[^,]{0,60}|as (?:symptoms|clients|patients|they|you) [^,]{1,30}))\s*,`)

// acutePhase opens a clause on the acute part of withdrawal: "The acute
// withdrawal phase", "Peak withdrawal", "Acute withdrawal".
var acutePhase = prefilter.MustCompile(`^(?:the\s+)?(?:(?:acute|peak)\s+(?:withdrawal\s+|detox\s+)?(?:phase|stage|period)|(?:acute|peak)\s+withdrawal)\b`)

// detoxItself are the words after "acute withdrawal" that make it a name
// of detox, not its worst days.
var detoxItself = wordSet("management", "services", "service", "program", "programs", "unit", "units", "care", "treatment", "detox")

// phaseStarters are the first words timeOpening, phaseOpening and
// acutePhase can start on.
var phaseStarters = map[string]bool{
	"at": true, "initially": true, "in": true, "after": true, "afterward": true, "afterwards": true, "later": true,
	"then": true, "over": true, "eventually": true, "until": true, "starting": true, "beginning": true, "since": true,
	"before": true, "during": true, "as": true, "for": true, "throughout": true, "by": true, "the": true, "week": true,
	"weeks": true, "day": true, "days": true, "phase": true, "stage": true, "level": true, "first": true, "second": true,
	"third": true, "fourth": true, "final": true, "last": true, "remaining": true, "next": true, "initial": true, "early": true,
	"acute": true, "peak": true,
}

var phaseOpening = prefilter.MustCompile(`^((?:(?:in|during|for|throughout|after|by)\s+)?(?:the\s+|your\s+|their\s+)?(?:weeks?\s+\d+\s*(?:-|–|to|through)\s*\d+|weeks?\s+\d+|days?\s+\d+\s*(?:-|–|to|through)\s*\d+|(?:phase|stage|level)\s+(?:\d+|i{1,3}|iv|one|two|three|four)|(?:first|second|third|fourth|final|last|remaining|next|initial|early|later)\s+(?:\d+\s+|one\s+|two\s+|three\s+|four\s+|six\s+|eight\s+|few\s+|several\s+)?(?:weeks?|months?|phase|stage|days?)))\b(?:\s*\([^)]{0,30}\))?(?:\s*[,:]|\s+(?:you|clients|patients|participants|residents|members)\b)`)

// namedPhase opens a sentence on a phase named as its subject, before
// a verb of lasting.
var namedPhase = prefilter.MustCompile(`^the\s+((?:[a-z-]+\s+){1,2})(?:phase|stage)\s+(?:will\s+|should\s+|usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:lasts?|takes?|runs?|tends|can|may)\b`)

// programPhaseWords name a program, or a level of care, as a phase.
var programPhaseWords = []string{"detox", "detoxification", "withdrawal", "residential", "inpatient", "outpatient", "iop", "php", "treatment", "rehab", "rehabilitation", "program", "hospitalization", "aftercare"}

// phaseSubject is a phase of weeks or months the clause's subject
// follows without a comma.
var phaseSubject = prefilter.MustCompile(`^(?:in|during|for|throughout|after)\s+(?:the\s+)?(?:first|second|third|final|last|remaining|next|initial|early|later)\s+(?:\w+\s+)?(?:weeks?|months?)\s+(?:you|clients|patients|participants|residents|members)\b`)

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
		if s.subjectVar == "" && ownedElsewhere(s.lower, m.start) && !namedProvider(s) && !hostPossessive(s, m.start) {
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

// notAlways reports the claim at [start, end) said to hold only
// sometimes, in the same stretch of the sentence: "Going home every night
// isn't always the right next step". ("lasts 30 days, not always enough
// for everyone" and "go home every evening, even if that isn't always
// comfortable" hedge something else, past a comma.)
func notAlways(sentence string, start, end int) bool {
	if !strings.Contains(sentence, " always") {
		return false
	}
	for from := 0; ; {
		k := strings.Index(sentence[from:], "always")
		if k < 0 {
			return false
		}
		k += from
		from = k + len("always")
		pre := sentence[max(0, k-7):k]
		if !strings.HasSuffix(pre, "n't ") && !strings.HasSuffix(pre, "n’t ") && !strings.HasSuffix(pre, "not ") {
			continue
		}
		lo, hi := min(k, start), max(k, end)
		if !strings.ContainsAny(sentence[lo:hi], ",;:—–") {
			return true
		}
	}
}

// forceOf orders the cues by how much they change what a claim can
// contradict: an example or a condition takes a claim out of most
// comparisons, so they win over everything else.
func forceOf(sentence, clause string, lo, start, end int) Force {
	switch {
	case (hasPhrase(sentence, exampleCues) || illustration(sentence) || workedExample(sentence) || trajectory(sentence) || popularSchedule(sentence)) && !genericExample.MatchString(sentence):
		return Example
	case conditional(sentence, start) || hypothetical(sentence, end) || peopleWhoCan.MatchString(sentence[max(0, start-90):start]) || neededSetting.MatchString(sentence[lo:start]) && !settingOwned(sentence[end:]) || caseOf.MatchString(sentence[end:]):
		return Conditional
	case typicalSubject.MatchString(sentence[lo:start]):
		// ("A typical IOP might require 6 to 8 hours a day": what the
		// usual program asks, softened; not what some programs may do,
		// nor what every program must.)
		return Typical
	case existentialBefore(afterProgramColon(afterReason(withoutAlias(sentence[lo:start])))) || optionOpening.MatchString(sentence) || extendedTo(sentence[lo:start]) || hedgedAround(sentence[lo:start], clause[min(end, lo+len(clause))-lo:]) || startsWithExistential(sentence[lo:]) ||
		hasWord(clause, "not every", "not all") || optionsAvailable(clause[min(end, lo+len(clause))-lo:]) || notAlways(sentence, start, end) ||
		comparedVariant(sentence[:start]):
		// "Not every outpatient program offers detox": some do not.
		return Existential
	case universalIn(clause) || definition(sentence):
		return Universal
	}
	return Typical
}

// peopleWhoCan ends on a relative clause that picks out some people by
// what they can, will or would rather do, the claim its object: "those
// who don't feel safe living at home", "clients who cannot live at
// home", "people who prefer to stay overnight". Who
// they are is the condition; the program's own rule is said elsewhere.
// (The clause must open on the ability or the wish: in "those who
// attend our IOP do not need to stay overnight" the claim is the main
// verb's.)
var peopleWhoCan = prefilter.MustCompile(`\b(?:those|people|clients|patients|anyone|individuals|someone|persons|adults|adolescents|teens|residents|members|participants|men|women)\s+who\s+(?:(?:do|does)\s+not\s+|(?:don|doesn)['’]t\s+|cannot\s+|can['’]t\s+|can\s+not\s+|can\s+|(?:are|is)\s+(?:not\s+|un)?able\s+to\s+|would\s+rather\s+(?:not\s+)?|(?:prefer|want|wish|need|choose)\s+(?:not\s+)?to\s+|may\s+not\s+)(?:(?:feel|be)\s+(?:safe|comfortable|ready)\s+(?:to\s+)?|(?:want|wish|need|afford|manage)\s+to\s+|safely\s+)?$`)

// optionOpening opens a sentence on one of the options a page sets out:
// "In this option, patients live on our campus", "With the second option,
// …".
var optionOpening = prefilter.MustCompile(`^\W*(?:in|with|under|for)\s+(?:this|that|the\s+(?:first|second|third|other|latter|former))\s+option\b`)

// caseOf follows a figure with the case it holds in, or the case it is a
// sign of: "A stay of 3 to 5 days is common when a patient improves
// quickly", "… is typical for patients who …", "a stay nearing two
// weeks often suggests a harder case".
var caseOf = prefilter.MustCompile(`^[^.;!?]{0,30}?\b(?:(?:is|are|tends\s+to\s+be|may\s+be)\s+(?:most\s+|more\s+|fairly\s+)?(?:common|typical|usual|normal|likely|enough|appropriate)\s+(?:when|if|for\s+(?:people|patients|clients|those|someone|individuals|adults|teens)\s+(?:who|whose|with))|(?:often\s+|usually\s+|may\s+|can\s+)?(?:suggests?|indicates?|signals?)\s+(?:a|an|that)\b)`)

// comparedVariant reports a figure said of programs a comparative picks
// out from the rest: "Shorter programs (3–5 weeks) suit …", "Longer
// programs, such as those lasting 100 days or more, cost …". They are
// some of the programs the page speaks of, set beside its usual length,
// not another statement of it. ("A longer program than most, ours runs
// 12 weeks" compares, and "than" keeps it the program's own.)
func comparedVariant(pre string) bool {
	loc := variantOpening.FindStringIndex(pre)
	return loc != nil && !strings.Contains(pre[loc[1]:], " than ")
}

// variantOpening is a comparative and a program noun opening a clause.
var variantOpening = prefilter.MustCompile(`(?:^|[,;:(]\s*|\b(?:and|but|while|whereas)\s+)(?:the\s+)?(?:shorter|longer|extended|briefer|lengthier)\s+(?:[a-z-]+\s+)?(?:programs?|stays?|tracks?|courses?|versions?|options?|plans?|iops|phps)\b`)

// optionsAvailable reports a figure offered as an option: "Longer stays of
// 60 or 90 days are available", "… can be arranged".
//
// Right after the figure, with no comma: "Our residential program lasts 45
// days, is available to men and women" gives the program's length, and
// says whom it takes.
func optionsAvailable(after string) bool {
	t := strings.TrimLeft(after, " ")
	for _, p := range []string{"are available", "is available", "are also available", "is also available", "are offered", "can be arranged"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			w := strings.Fields(rest)
			return len(w) == 0 || w[0] != "to" && w[0] != "for"
		}
	}
	return false
}

// totalVerb reports a relative clause that sums up: "makes", "brings
// it to", "adds up to", "comes to".
func totalVerb(rel string) bool {
	return anyPrefix(strings.TrimLeft(rel, " "), []string{"makes ", "make ", "brings ", "adds up to ", "comes to ", "totals ", "means "})
}

// popularSchedule runs popularOption only where its words are: the
// expression, with blanked figures to try at every double space, is
// costly on every claim.
func popularSchedule(sentence string) bool {
	return (strings.Contains(sentence, "popular") || strings.Contains(sentence, "common") || strings.Contains(sentence, "favo") ||
		strings.Contains(sentence, "frequent")) && popularOption.MatchString(sentence)
}

// popularOption is a schedule held up as one common choice among
// others: "Monday and Friday evenings are a popular pairing". So is a
// length named as the next of several common ones: "The next common
// duration would be 45 days".
// ("IOP is a common choice for parents" is the program chosen.)
// (s.masked has blanked a schedule's own words: "   , which is …".)
// ("A popular combination is Monday, Tuesday and Thursday": the choice
// named first; "A usual pattern is two or three nights a week" is what
// programs usually do.)
var popularOption = prefilter.MustCompile(`(?:\b(?:days|weekdays|evenings|nights|mornings|afternoons|weekends|slots|times|schedule)|\s\s)\s*(?:,\s+which)?\s+(?:is|are|make|makes)\s+(?:a|one|the\s+most)\s+(?:popular|common|favorite|favourite|frequent)\s+(?:combination|choice|option|pattern|pairing|arrangement|setup|set-up|mix)\b|^\s*(?:a|one|the\s+most)\s+(?:popular|favorite|favourite)\s+(?:combination|choice|option|pairing|mix)\s+(?:is|are)\b|(?:\b(?:days|evenings|nights|mornings|afternoons)|\s\s)\s+(?:is|are)\s+(?:especially\s+|very\s+|most\s+)?popular\s+(?:with|among)\b|\b(?:next|another|second|third|other)\s+(?:most\s+)?(?:common|popular|frequent)\s+(?:duration|length|option|choice|program\s+length|length\s+of\s+stay)\s+(?:is|would\s+be)\b`)

// genericExample is an illustration that is itself a general statement:
// "For instance, day programs usually ask for 6 hours of treatment a
// day" says what programs do, not what one client might.
var genericExample = prefilter.MustCompile(`^(?:for example|for instance),\s+(?:most\s+|many\s+)?(?:[a-z-]+\s+){0,3}(?:programs|phps|iops|facilities|centers|providers)\s+(?:often|usually|typically|generally|commonly|normally)\b`)

var exampleCues = []string{"for example", "for instance", "e.g.", "e.g.,", "such as a", "as an example", "an example", "say,", "imagine", "let's say", "let’s say", "suppose"}

// trajectory reports one imagined person's path through several levels
// of care: "Someone who spends two weeks in detox and then eight in IOP
// has been in care for ten weeks" illustrates a total, it times none of
// the programs.
func trajectory(sentence string) bool {
	t := strings.TrimLeft(sentence, " ")
	opens := false
	for _, p := range []string{"a person who ", "someone who ", "a client who ", "a patient who ", "one person who ", "an individual who "} {
		if strings.HasPrefix(t, p) {
			opens = true
			break
		}
	}
	// ("A client who steps down from PHP to our IOP typically spends ten
	// weeks in it": the provider's usual course, stated.)
	if !opens || hasWord(t, "typically", "usually", "generally", "normally", "often", "us", "our", "we") {
		return false
	}
	levels := 0
	for _, names := range [][]string{{"detox", "withdrawal management"}, {"residential", "inpatient"}, {"php", "partial hospitalization", "day treatment"}, {"iop", "intensive outpatient"}, {"standard outpatient", "outpatient counseling", "aftercare"}} {
		if hasWord(t, names...) {
			levels++
		}
	}
	return levels >= 2
}

// illustration reports "as an illustration" or "to illustrate" opening a
// hypothetical ("a student could attend five mornings"): said of one's
// own schedule ("To illustrate, our current cohort meets four days a
// week") it gives the schedule itself.
func illustration(sentence string) bool {
	if !hasPhrase(sentence, illustrationCues) {
		return false
	}
	return hasWord(sentence, "could", "might", "would", "may")
}

var illustrationCues = []string{"as an illustration", "to illustrate"}

var existentialCues = []string{"some", "may", "might", "can", "could", "others", "sometimes", "certain", "occasionally", "possibly", "optional"}

// universalCues: "each" is left out, since it mostly sits in a rate
// ("three hours each day").
// everyTrackOf reports "whichever track", "both tracks" and the like
// said of the figure at start: in its own clause, or opening the sentence
// before a comma ("Whichever track you choose, you attend …"), not in a
// clause of its own ("Both tracks last eight weeks, and evening clients
// attend …").
// SaidOfEveryTrack reports that sentence says the figure starting at byte
// at of every track of its program, as everyTrackOf reads it for the
// claim's force: the checks hold such a figure as a rule over the tracks.
func SaidOfEveryTrack(sentence string, at int) bool {
	return everyTrackOf(lowerASCII(sentence), at)
}

func everyTrackOf(lower string, start int) bool {
	// Every alternative of the expression ends at one of these nouns,
	// and the expression has no literal prefix to skip ahead on: a look
	// for the nouns first spares most sentences its run.
	before := lower[:start]
	if !strings.Contains(before, "track") && !strings.Contains(before, "schedule") && !strings.Contains(before, "option") &&
		!strings.Contains(before, "format") && !strings.Contains(before, "group") {
		return false
	}
	loc := everyTrack.FindStringIndex(before)
	if loc == nil {
		return false
	}
	between := lower[loc[1]:start]
	if strings.Contains(between, " and ") || strings.ContainsAny(between, ";:") {
		return false
	}
	return !strings.Contains(between, ",") || strings.TrimLeft(lower[:loc[0]], " •*-–—") == ""
}

var everyTrack = prefilter.MustCompile(`\b(?:whichever|whatever|regardless\s+of\s+(?:the|which|your))\s+(?:[a-z-]+\s+)?(?:track|tracks|schedule|option|options|format|group)\b|\b(?:in|on|for)\s+(?:every|each|all|both)\s+(?:of\s+(?:our|the)\s+)?(?:[a-z-]+\s+)?(?:tracks?|schedules?|formats?)\b|\b(?:every|each|all|both)\s+(?:of\s+(?:our|the)\s+)?(?:[a-z-]+\s+)?(?:tracks?|formats?|options?)\s+(?:meet|meets|run|runs|include|includes|require|requires|last|lasts|provide|provides|offer|offers|deliver|delivers)\b`)

var universalCues = []string{"all", "every", "must", "required", "requires", "require", "always", "never", "mandatory", "minimum", "shortest"}

// hasPhrase reports whether any of the phrases occurs in s (phrases
// carry their own punctuation, so whole-word matching does not apply).
func hasPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if i := strings.Index(s, p); i >= 0 && (i == 0 || !isWordByte(s[i-1])) {
			return true
		}
	}
	return false
}

// workedExample spots arithmetic on the page ("3 days × 3 hours = 9
// hours"): the numbers illustrate a calculation, they do not define the
// program.
func workedExample(s string) bool {
	return strings.Contains(s, "×") || strings.Contains(s, "=") || strings.Contains(s, " x ") && strings.Count(s, "hour") >= 2
}

// conditional reports an "if"/"when"/"unless" clause that governs the
// position start: an opening one up to its comma, or a trailing one
// anywhere after a comma ("…, if needed").
func conditional(s string, start int) bool {
	if inCondition(s, start) || subgroupOpening.MatchString(s) && hedgedStay.MatchString(s) {
		return true
	}
	// "Longer stays of 60 to 90 days are usually reserved for people
	// with repeated relapses": a length kept for some clients.
	// (The length itself kept so, "… are usually reserved for"; not
	// "includes private rooms reserved for clients with medical needs".)
	if loc := reservedFor.FindStringIndex(s[start:]); loc != nil && !strings.ContainsAny(s[start:start+loc[0]], ",;") && copulaEnds.MatchString(s[start:start+loc[0]]) {
		return true
	}
	// ("Inpatient care, even when only for a few days, is …": the
	// length supposed, not stated.)
	// (Set off by commas only: "keeps running even when holidays fall on
	// a weekday and meets 5 days a week" states the week.)
	if k := lastIndex(s[:start], ", even when "); k >= 0 && !strings.ContainsAny(s[k+1:start], ",;") && strings.Contains(s[start:], ",") {
		return true
	}
	for _, w := range []string{"if", "unless", "depending on", "in case"} {
		i := indexWord(s, w, 0)
		// "If you join our evening track, you will attend three nights a
		// week": the condition picks a track, whose schedule it is.
		if w == "if" && i >= 0 && i < start && trackChosen.MatchString(s[i:]) {
			continue
		}
		switch {
		case i < 0:
		case i == 0:
			// "If you relapse, the IOP lasts 20 weeks": an opening
			// condition governs the whole sentence.
			return true
		case i > 0 && i < start && !strings.Contains(s[i:start], ","):
			// "if" later in the sentence but before the claim governs it
			// when no comma closes the condition before the claim.
			return true
		case i > start && !strings.ContainsAny(s[start:i], ",;"):
			// "meets 4 days a week if clients relapse".
			return true
		}
	}
	return false
}

// neededSetting ends on a setting some people should be cared for in,
// named by what it has: "should be cared for in a unit with nurses on
// duty day and night", "may need to be admitted to a facility that
// offers constant monitoring", "need a setting with". What the setting
// has is what those people need, wherever it is found.
var neededSetting = prefilter.MustCompile(`\b(?:(?:should|must|may|might)\s+(?:need\s+to\s+|have\s+to\s+)?be|needs?\s+to\s+be|are\s+better|is\s+better)\s+(?:(?:treated|cared\s+for|managed|seen|admitted|placed|referred|served|detoxed)\s+)?(?:in|at|to|by)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:setting|facility|unit|program|level\s+of\s+care|hospital|center|centre)\s+(?:with|that\s+(?:has|offers|provides|gives))\s+$|\b(?:need|needs|require|requires)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:setting|facility|unit|level\s+of\s+care)\s+(?:with|that\s+(?:has|offers|provides|gives))\s+$`)

// settingOwned reports the rest of a sentence claiming the needed
// setting for the provider: "…, which is exactly what our detox unit
// provides", "…, and our residential center is that kind of facility".
func settingOwned(rest string) bool {
	return strings.Contains(rest, "what our ") || strings.Contains(rest, "what we ") || strings.Contains(rest, "kind of facility") ||
		strings.Contains(rest, "kind of setting") || strings.Contains(rest, "kind of unit")
}

// trackChosen is a condition that only picks a track: "if you join our
// morning group,", "if you choose the evening IOP,".
var trackChosen = prefilter.MustCompile(`^if\s+you\s+(?:join|choose|pick|select|attend|are\s+in|enroll\s+in|sign\s+up\s+for)\s+(?:our\s+|the\s+)?(?:morning|evening|afternoon|day|daytime|weekend|night|virtual|online|teen|adult|adolescent)\s+(?:group|track|iop|php|program|programme|option|cohort)s?\s*,`)

// reservedFor keeps what goes before it for some people: "reserved for
// people with", "kept for those who".
var reservedFor = prefilter.MustCompile(`\b(?:reserved|kept|saved|meant\s+only)\s+for\s+(?:people|clients|patients|those|individuals|adults|teens|anyone|residents)\s+(?:who|with)\b`)

// copulaEnds ends on a copula and its hedges: "are usually ", "is ".
var copulaEnds = prefilter.MustCompile(`\b(?:is|are|was|were|tend\s+to\s+be|get|gets)\s+(?:(?:usually|often|typically|generally|mostly|normally)\s+)?$`)

// subgroupOpening opens on the people a condition sets apart: "People who
// also have a mental health condition or a long history of use often stay
// 60 or 90 days" is as "If you also have …" ("Clients who attend our IOP
// meet three days a week" describes the program's clients).
// ("Private-pay clients often stay 45 days or more": those who pay their
// own way.)
var subgroupOpening = prefilter.MustCompile(`^\s*(?:(?:people|clients|patients|those|individuals|adults|teens|residents)\s+(?:who\s+(?:also\s+)?(?:have|has)|with)\s+(?:a\s+|an\s+)?(?:co-occurring|long|history|mental|more\s+severe|severe|serious|complex|dual)\b|(?:self-pay|self-paying|private-pay|privately\s+paying|cash-pay|out-of-network|medicaid|medicare|uninsured)\s+(?:clients|patients|guests|residents|members|adults)\b)`)

// ownPhrase cuts the text after a figure at its first clause mark: "(6
// hours for members under 18)" is the figure's own, "; under 18: 6 hours"
// the next figure's.
func ownPhrase(after string) string {
	if k := strings.IndexAny(after, ";:,."); k >= 0 {
		return after[:k]
	}
	return after
}

// hedgedStay is how long a subgroup may stay: "often stay", "may need".
// ("Adults with co-occurring disorders attend our PHP five days a week"
// describes the program's clients.)
var hedgedStay = prefilter.MustCompile(`\b(?:often|may|usually|typically|tend\s+to|can|might|sometimes|generally|frequently)\s+(?:stay|stays|remain|need|needs|require)\b`)

// hypothetical reports a figure said of an indefinite program whose
// sentence goes on in the conditional: "A program billed as IOP but
// delivering 25 hours a week may be asked to justify the level of care".
func hypothetical(sentence string, end int) bool {
	t := trimLeftWords(sentence)
	if !strings.HasPrefix(t, "a program") && !strings.HasPrefix(t, "a facility") && !strings.HasPrefix(t, "a provider") &&
		!strings.HasPrefix(t, "a center") && !strings.HasPrefix(t, "an iop") && !strings.HasPrefix(t, "a php") {
		return false
	}
	if end > len(sentence) {
		return false
	}
	rest := sentence[end:]
	if k := strings.IndexAny(rest, ";."); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "may", "might", "could", "would")
}

// extendedTo reports a length a stay may be stretched to: "many choose
// to extend to 45 or 60 days", "stays can be extended to 90 days".
func extendedTo(pre string) bool {
	t := strings.TrimRight(pre, " ")
	// ("An extension to 60 days can be granted": so is the extension's.)
	return strings.HasSuffix(t, "extend to") || strings.HasSuffix(t, "extended to") || strings.HasSuffix(t, "extends to") ||
		strings.HasSuffix(t, "extending to") || strings.HasSuffix(t, "extend it to") ||
		(strings.HasSuffix(t, " to") || strings.HasSuffix(t, " of")) && hasWord(t[max(0, len(t)-45):], "extension", "extensions")
}

// afterReason drops an opening reason clause closed by a comma: in
// "Because withdrawal can be unpredictable, we ask families to plan on 7
// to 10 days", the "can" hedges the withdrawal, not the stay.
func afterReason(pre string) string {
	t := trimLeftWords(pre)
	if strings.HasPrefix(t, "because ") || strings.HasPrefix(t, "since ") || strings.HasPrefix(t, "as ") {
		if k := strings.IndexByte(t, ','); k >= 0 {
			return t[k+1:]
		}
	}
	return pre
}

// withoutAlias drops another name given in passing: "A PHP, sometimes
// called day treatment, is …" names the program, it hedges nothing.
func withoutAlias(pre string) string {
	if !strings.Contains(pre, "sometimes ") {
		return pre
	}
	// ("IOP is sometimes described as five days a week": said right
	// before the figure, the words hedge it.)
	var b strings.Builder
	last := 0
	for _, loc := range aliasAside.FindAllStringIndex(pre, -1) {
		if strings.TrimSpace(pre[loc[1]:]) != "" {
			b.WriteString(pre[last:loc[0]])
			last = loc[1]
		}
	}
	if last == 0 {
		return pre
	}
	b.WriteString(pre[last:])
	return b.String()
}

var aliasAside = prefilter.MustCompile(`\bsometimes\s+(?:called|known\s+as|referred\s+to\s+as)\b`)

// afterProgramColon drops what comes before a colon closing on a program's
// name: in "Graduates may continue in our evening IOP: two hours a night",
// the "may" is the graduates' choice, and what follows the colon describes
// the program.
func afterProgramColon(pre string) string {
	k := lastIndex(pre, ": ")
	if k < 0 {
		return pre
	}
	// (Only a choice of the clients': "Other providers may run a very
	// different IOP: …", "In rare cases we may extend the IOP: …" keep
	// their hedge.)
	switch wordBefore(pre, k) {
	case "iop", "iops", "php", "phps", "program", "programme", "track", "outpatient", "residential", "detox", "hospitalization":
		if clientsMay.MatchString(pre[:k]) {
			return pre[k+2:]
		}
	}
	return pre
}

// shareOfPeople is a blanked figure of the people a program serves: "half
// of the group", "two of our residents".
var shareOfPeople = prefilter.MustCompile(`(?:\s{3}|\b(?:half|third|quarter|fifth|portion|share|part))\s+of\s+(?:the|our|its)\s+(?:group|groups|clients|patients|residents|members|participants|people|teens|adults|women|men)\b`)

// clientsMay is the clients' choice: "Graduates may continue in", "Alumni
// can move on to", "Families may also enroll a loved one in".
var clientsMay = prefilter.MustCompile(`\b(?:graduates|clients|patients|alumni|families|you|residents|participants|people|members|teens|adults)\s+(?:may|can|could|might)\b`)

// existentialBefore reports an existential cue before the claim in its
// clause: "some IOPs may meet twice a week". One after it belongs to what
// follows ("complete the IOP in 8 to 12 weeks, and some continue …").
// "Several" hedges the programs it counts ("several centers offer …"),
// not meetings ("several weekly sessions").
// typicalSubject is a clause opening on the usual program and a modal:
// "a typical IOP might", "the average residential stay may".
var typicalSubject = prefilter.MustCompile(`(?:^|[,;:]\s*)(?:a|the|an)\s+(?:typical|average|usual|standard)\s+(?:[a-z-]+\s+){0,2}(?:iop|php|program|programme|stay|schedule|course)s?\s+(?:might|may|could|can|would)\s`)

// clientsChoose ends on people choosing, preferring or opting for the
// figure right after it ("many clients choose four mornings a week",
// "others prefer a four-day week"); not "whichever track you choose",
// nor "many people choose IOP, where you spend …", a program chosen.
var clientsChoose = prefilter.MustCompile(`\b(?:clients|patients|people|participants|members|families|adults|teens|students|many|others)\s+(?:often\s+|usually\s+|instead\s+)?(?:choose|prefer|opt\s+for|pick)\s+(?:to\s+(?:attend|come|meet)\s+(?:on\s+)?|an?\s+|the\s+)?$`)

func existentialBefore(pre string) bool {
	// "clients who can commit to three evenings a week": what they must
	// be able to give the program is its schedule, not a possibility.
	if strings.Contains(pre, " commit") {
		pre = strings.NewReplacer("can commit", "commit", "could commit", "commit", "able to commit", "commit").Replace(pre)
	}
	// ("so you can expect around 25 hours of care each week": what to
	// expect is the usual, no possibility.)
	if strings.Contains(pre, "can ") {
		pre = strings.NewReplacer("can expect", "expect", "can plan on", "plan on", "can plan for", "plan for", "can count on", "count on", "can anticipate", "anticipate").Replace(pre)
	}
	if hasWord(pre, existentialCues...) {
		return true
	}
	// ("Many clients choose three days a week; others prefer …": one
	// option clients pick among others.)
	if clientsChoose.MatchString(pre) {
		return true
	}
	// ("extensions are available when your team recommends them, and
	// about a third stay 45 days or longer": some clients' stays.)
	if hasPhrase(pre, []string{"extensions are available", "extensions available", "extended stays are available", "longer stays are available"}) {
		return true
	}
	// ("Clients also have the option to stay on campus", "some opt to
	// …": one choice offered, beside the usual.)
	if hasPhrase(pre, []string{"the option to", "the option of", "an option to", "the choice to", "the choice of", "opt to", "opt for", "elect to"}) {
		return true
	}
	// "In practice, a small number of programs meet five days a week".
	// ("Very few clients need more than 60 days", "few residents stay
	// past …": some do.)
	if hasPhrase(pre, []string{"a small number of", "a minority of", "a small share of", "very few", "few residents", "few clients", "few patients", "few people", "few members"}) {
		return true
	}
	// ("and about half of the group lives in our houses", "a third of
	// our clients": a share of them, its figure blanked by the mask.)
	if strings.Contains(pre, " of ") && shareOfPeople.MatchString(pre) {
		return true
	}
	for i := range wordIndexes(pre, "several") {
		switch wordAfter(pre, i+len("several")) {
		case "programs", "centers", "centres", "facilities", "providers", "clinics", "of", "iops", "phps":
			return true
		}
	}
	return false
}

// hedgedAround reports "in some cases", "sometimes" or "occasionally"
// governing the claim: before it in its clause, or after it with no comma
// between ("lasts 12 weeks in some cases"); after a comma the hedge
// belongs to what follows ("1 to 9 hours a week, sometimes paired with
// medication").
func hedgedAround(pre, post string) bool {
	pre = withoutAlias(pre)
	hedges := []string{"in some cases", "sometimes", "occasionally"}
	if k := strings.IndexAny(post, ",;("); k >= 0 {
		post = post[:k]
	}
	return hasPhrase(pre, hedges) || hasPhrase(post, hedges)
}

// fewPrograms reports a vague count of programs or clients before the
// claim: "a handful of IOPs", "a few of our programs", "a few clients".
func fewPrograms(pre string) bool {
	for _, w := range []string{"a handful of ", "a few of ", "few of "} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	for _, w := range []string{"a few ", "a handful "} {
		if i := strings.Index(pre, w); i >= 0 {
			switch wordAfter(pre, i+len(w)-1) {
			case "programs", "iops", "phps", "centers", "centres", "facilities", "providers", "clinics", "clients", "patients", "people":
				return true
			}
		}
	}
	return false
}

func startsWithExistential(clause string) bool {
	t := trimLeftWords(clause)
	for _, w := range []string{"some ", "in some cases", "occasionally", "sometimes", "others ", "a few ", "few ",
		"a small number of", "a minority of", "a number of", "a small share of", "a small percentage of"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	// "There are also plans that call for five sessions a week": plans
	// that exist beside the others, not every one.
	if existentialThere.MatchString(t) {
		return true
	}
	// "Many programs elsewhere require five days a week": many, not all,
	// whatever "require" says ("many clients" are this program's).
	if rest, ok := strings.CutPrefix(t, "many "); ok {
		w := leadingWord(rest, 0)
		return w == "programs" || w == "iops" || w == "phps" || w == "facilities" || w == "centers" || w == "centres" || w == "providers" || w == "rehabs"
	}
	return false
}

// definition marks a defining sentence ("IOP is defined as", "by
// definition"), which speaks for every program of the kind.
func definition(s string) bool {
	return strings.Contains(s, "defined as") || strings.Contains(s, "by definition") || strings.Contains(s, "definition of")
}

// negatedClaim reports whether a negator governs the claim inside its
// clause: "IOP is not 30 days long", "it never lasts 90 days". Bounds
// written as "no more than" or "not longer than" are read by the quantity
// grammar as bounds, not denials, so a negator directly followed by a
// comparative is skipped.
func negatedClaim(masked string, lo, start int) bool {
	pre := masked[lo:start]
	// "No residential stay here runs past 45 days": what no stay does,
	// every stay does not. ("No, our IOP …" answers a question.)
	if strings.HasPrefix(strings.TrimLeft(pre, " "), "no ") {
		return true
	}
	for _, n := range negators {
		for i := range wordIndexes(pre, n) {
			after := wordAfter(pre, i+len(n))
			if comparatives[after] {
				continue
			}
			// "not only", "no longer": idioms, not denials of the claim;
			// "it is not uncommon for IOP to run 10 hours a week" affirms.
			if after == "only" || after == "just" || after == "longer" && n == "no" || litotes[after] {
				continue
			}
			if relativeClauseClosed(pre, i+len(n)) || coordinateClauseAfter(pre[i+len(n):]) {
				continue
			}
			// "Our IOP (not to be confused with our PHP) meets three
			// evenings a week": a denial inside brackets closed before the
			// claim is the aside's.
			if asideClosed(pre, i) {
				continue
			}
			// "is not the same as our five-day PHP": a likeness denied,
			// not the figure. ("is not the same as five days a week of
			// PHP" denies the figure itself.)
			if after == "the" && wordAfter(pre, i+len(n)+len(" the")) == "same" && likenessOfNamed(pre, i) {
				continue
			}
			return true
		}
	}
	// "It is rare for detox to take longer than 10 days", "unusual for
	// PHP to last longer than 6 weeks": what is rare is denied as the
	// rule ("not rare for" is litotes, read above).
	for _, w := range []string{"rare", "unusual", "uncommon"} {
		for i := range wordIndexes(pre, w) {
			if wordAfter(pre, i+len(w)) == "for" && !litoteBefore(pre, i) {
				return true
			}
		}
	}
	return false
}

// rareAfter follows a figure said to be rare: " is uncommon", " are
// quite rare".
// ("Our stay of 90 days is unusual among local providers" sets the stay
// apart, and states it.)
var rareAfter = prefilter.MustCompile(`^\s*(?:is|are)\s+(?:very\s+|quite\s+|relatively\s+|fairly\s+|still\s+)?(?:rare|uncommon|unusual)\s*(?:[.;,!]|$)`)

// likenessOfNamed reports "not the same as" with something else between
// it and the figure: "not the same as our five-day PHP" or "as a day
// program, lasts eight weeks" compare; "not the same as five days a
// week" denies the figure right after it.
func likenessOfNamed(pre string, i int) bool {
	k := indexWord(pre, "as", i)
	if k < 0 {
		return false
	}
	between := strings.Fields(pre[k+len("as"):])
	switch len(between) {
	case 0:
		return false
	case 1:
		switch between[0] {
		case "our", "the", "a", "an", "their", "your", "its":
			return true
		}
		return false
	}
	return true
}

// asideClosed reports that the word at i sits inside brackets that close
// before the end of pre.
func asideClosed(pre string, i int) bool {
	open := strings.LastIndexByte(pre[:i], '(')
	return open >= 0 && strings.IndexByte(pre[open:i], ')') < 0 && strings.IndexByte(pre[i:], ')') >= 0
}

// litoteBefore reports "not" right before the word at i ("not rare").
func litoteBefore(pre string, i int) bool {
	w := wordBefore(pre, i)
	return w == "not" || w == "isn't" || w == "isn’t"
}

// litotes are the words a "not" affirms by denying: "not uncommon", "not
// unusual".
var litotes = wordSet("uncommon", "unusual", "rare", "atypical", "unheard", "impossible", "unlikely")

// relativeClauseClosed reports a negator inside a relative clause that
// ends before the claim: "four hours for those who have not been in
// treatment and more than seven hours for those who have" denies nothing
// of the seven hours.
func relativeClauseClosed(pre string, after int) bool {
	i := after
	rel := false
	for n := 0; n < 4; n++ {
		w := wordBefore(pre, i)
		if w == "" {
			break
		}
		if w == "who" || w == "which" || w == "that" || w == "whom" {
			rel = true
			break
		}
		for i > 0 && pre[i-1] == ' ' {
			i--
		}
		i -= len(w)
	}
	return rel && (hasWord(pre[after:], "and") || strings.Contains(pre[after:], ","))
}

// coordinateClauseAfter reports a clause of its own between a negator and
// the claim, joined by a comma, "and", "or" or "but" and opening on a
// modal or an auxiliary: in "adults who do not need detox, have a stable
// home and can commit to three evenings a week" the "not" ends with its
// clause.
//
// A bare auxiliary after "and" or "or" is a second verb under the same
// negator ("does not run all day or have sessions five days a week"), so
// only a modal opens a clause there; "have", "is" and their kin open one
// only after "but".
func coordinateClauseAfter(rest string) bool {
	for _, sep := range []string{", ", " and ", " or ", " but "} {
		for from := 0; ; {
			k := strings.Index(rest[from:], sep)
			if k < 0 {
				break
			}
			from += k + len(sep)
			w := leadingWord(rest[from:], 0)
			but := sep == " but "
			if w == "and" || w == "or" || w == "but" {
				but = but || w == "but"
				w = leadingWord(rest[from+len(w):], 1)
			}
			if coordinateModals[w] || but && coordinateAux[w] {
				return true
			}
		}
	}
	return false
}

var (
	coordinateModals = wordSet("can", "could", "will", "would", "should", "must", "may", "might")
	coordinateAux    = wordSet("have", "has", "is", "are", "was", "were")
)

var negators = []string{"not", "never", "isn't", "isn’t", "aren't", "aren’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "cannot", "can't", "can’t",
	// "IOP rarely lasts less than 6 weeks": as a rule it does not.
	"rarely", "seldom"}

var comparatives = wordSet("more", "longer", "less", "fewer", "shorter", "exceed", "exceeding", "over", "under", "beyond")

// attributionOf names a source the sentence cites for its figures.
func attributionOf(lower string) string {
	name, _ := attributionAt(lower)
	return name
}

// attributionAt is attributionOf and where its cue starts (-1 for none).
func attributionAt(lower string) (string, int) {
	// The source is the first of the list named; where is the first
	// place any source is named ("CMS describes …, and SAMHSA gives …").
	name, at := "", -1
	for _, a := range attributions {
		for from := 0; ; {
			i := indexWord(lower, a.cue, from)
			if i < 0 {
				break
			}
			from = i + len(a.cue)
			// ("a wide array of research-backed therapies", "study-proven
			// methods": the cue as a modifier of a compound cites no one.)
			if from < len(lower) && lower[from] == '-' {
				continue
			}
			// "Our ASAM Level 2.1 program meets three days a week": the
			// level names the provider's own program, it cites no one.
			if w := wordBefore(lower, i); w == "our" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue
			}
			// "Standard outpatient (ASAM Level 1) usually involves 10 to
			// 12 hours a week": a level's name in brackets after the
			// program, as the page's own words about it.
			if a.name == "ASAM" && strings.HasSuffix(strings.TrimRight(lower[:i], " "), "(") && levelAfter(lower[i+len(a.cue):]) {
				continue
			}
			// "In line with national guidelines, our adult IOP meets 12
			// hours a week": the provider's own figure, kept to the
			// guidelines, cites none.
			if a.name == "guidelines" && hasWord(lower, "our", "we") {
				continue
			}
			// ("Clients of our IOP put in at least ten hours a week,
			// consistent with ASAM Level 2.1": so with any standard the
			// provider says its figure keeps to.)
			if keptTo(lower[:i]) && hasWord(lower, "our", "we") {
				continue
			}
			if name == "" {
				name = a.name
			}
			if at < 0 || i < at {
				at = i
			}
			break
		}
	}
	return name, at
}

// clauseJoinedBetween reports a new clause opening in t: ", and", ", but",
// a semicolon.
func clauseJoinedBetween(t string) bool {
	return strings.Contains(t, ", and ") || strings.Contains(t, ", but ") || strings.Contains(t, ";") || strings.Contains(t, ", while ")
}

// keptTo reports words before a standard's name that say a figure keeps
// to it: "in line with", "consistent with", "meeting the".
func keptTo(before string) bool {
	t := strings.TrimSuffix(strings.TrimRight(before, " "), " the")
	for _, p := range []string{"in line with", "consistent with", "in keeping with", "aligned with", "in accordance with", "meets", "meeting", "exceeds", "exceeding", "which meets", "that meets"} {
		if strings.HasSuffix(t, " "+p) || t == p {
			return true
		}
	}
	return false
}

// levelAfter reports a level of care next in rest: "level 1", "2.1".
func levelAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "level"); ok {
		rest = strings.TrimLeft(r, " ")
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

var attributions = []struct{ cue, name string }{
	{"asam", "ASAM"}, {"american society of addiction medicine", "ASAM"},
	{"samhsa", "SAMHSA"}, {"substance abuse and mental health services administration", "SAMHSA"},
	{"tip 47", "SAMHSA"}, {"cms", "CMS"}, {"medicare", "CMS"}, {"nida", "NIDA"},
	{"national institute on drug abuse", "NIDA"}, {"research", "research"}, {"studies", "research"},
	{"study", "research"}, {"researchers", "research"}, {"survey", "research"}, {"surveys", "research"},
	// "National guidance for adolescents sets intensive outpatient care at
	// 6 to 19 hours a week": a standard, by what it is.
	{"national guidance", "guidelines"}, {"national guidelines", "guidelines"}, {"clinical guidelines", "guidelines"},
	{"federal guidelines", "guidelines"}, {"practice guidelines", "guidelines"},
	// "Federal criteria set the IOP minimum at nine hours": so are criteria
	// and standards named as a body's.
	{"national criteria", "guidelines"}, {"clinical criteria", "guidelines"}, {"federal criteria", "guidelines"},
	{"national standards", "guidelines"}, {"federal standards", "guidelines"},
}

// levelHeading reports a last heading that names a level of care by its
// ASAM number: "Level 2.1 - Intensive Outpatient", "Level 1: Outpatient".
func levelHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	return asamLevel.MatchString(hs[len(hs)-1])
}

// levelGuide reports a page that heads three sections or more by
// different ASAM level numbers, none of them with a word of the
// provider's in the section of block bi.
func levelGuide(doc *corpus.Document, bi int) bool {
	here := doc.Blocks[bi].Headings[len(doc.Blocks[bi].Headings)-1]
	var seen [4]string
	n := 0
	for i := range doc.Blocks {
		hs := doc.Blocks[i].Headings
		if len(hs) == 0 {
			continue
		}
		h := hs[len(hs)-1]
		if h == here && firstPerson(lowerASCII(doc.Blocks[i].Text)) {
			return false
		}
		lv := asamLevel.FindString(h)
		if lv == "" || slices.Contains(seen[:n], lv) {
			continue
		}
		if n < len(seen) {
			seen[n] = lv
			n++
		}
	}
	return n >= 3
}

var asamLevel = prefilter.MustCompile(`^\s*(?:ASAM\s+)?[Ll]evel\s+[0-4](?:\.[0-9])?\b`)

// populationAfter is the population a "for …" right after i names ("6
// hours a week for adolescents"), or a short bracket right after it
// ("three times a week (adults) or twice a week (teens)"); "" when none.
func populationAfter(lower string, i int) string {
	rest := strings.TrimLeft(lower[i:], " ")
	if inner, ok := strings.CutPrefix(rest, "("); ok {
		if k := strings.IndexByte(inner, ')'); k > 0 && wordCount(inner[:k]) <= 3 {
			return populationOf(strings.TrimPrefix(inner[:k], "for "))
		}
		return ""
	}
	if !strings.HasPrefix(rest, "for ") {
		return ""
	}
	w := wordAfter(rest, len("for"))
	if w == "young" {
		return "young-adult"
	}
	return populationBefore(rest, min(len(rest), len("for ")+len(w)+1))
}

// populationLater is the population a "for …" names after the figure's
// own words, before the clause's comma: "at least 9 hours of group work
// every week for adults, or 6 for teens".
func populationLater(lower string, i int) string {
	rest := lower[i:min(len(lower), i+70)]
	if k := strings.IndexAny(rest, ",;.()"); k >= 0 {
		rest = rest[:k]
	}
	k := indexWord(rest, "for", 0)
	if k < 0 {
		return ""
	}
	return populationAfter(rest, k)
}

// populationBefore is the population named nearest before i, "" when none.
func populationBefore(lower string, i int) string {
	best, at := "", -1
	for _, c := range []struct{ pop, word string }{
		{"adolescent", "adolescent"}, {"adolescent", "adolescents"}, {"adolescent", "teen"}, {"adolescent", "teens"},
		{"adolescent", "teenager"}, {"adolescent", "teenagers"}, {"adolescent", "youth"},
		{"adult", "adult"}, {"adult", "adults"}, {"young-adult", "young adult"}, {"young-adult", "young adults"},
		{"young-adult", "young-adult"}, {"young-adult", "young-adults"},
	} {
		for k := range wordIndexes(lower[:i], c.word) {
			// "young adult" and "young-adult" are no adult.
			if c.pop == "adult" && (wordBefore(lower, k) == "young" || strings.HasSuffix(lower[:k], "young-")) {
				continue
			}
			// ("a young-adult IOP track"; not "parents of young-adult
			// children", "including young-adult clients".)
			if strings.HasPrefix(c.word, "young-") && !youngAdultProgram[wordAfter(lower, k+len(c.word))] {
				continue
			}
			// ("a lower floor for adolescents than for adults: at least
			// six hours": whom the figure is compared against is not whom
			// it is for.)
			if comparedAgainst(lower, k) {
				continue
			}
			if k >= at {
				best, at = c.pop, k
			}
		}
	}
	return best
}

var youngAdultProgram = wordSet("iop", "php", "track", "tracks", "program", "programs", "programme", "cohort", "group")

// comparedAgainst reports a population word at k that a comparison sets
// against another: "than for adults", "than adults", "compared with
// adults".
func comparedAgainst(lower string, k int) bool {
	w := wordBefore(lower, k)
	if w == "for" {
		w = wordBefore(lower, lastIndex(lower[:k], "for"))
	}
	if w == "than" {
		return true
	}
	return w == "with" && wordBefore(lower, lastIndex(lower[:k], "with")) == "compared"
}

// populationOf reads the population a sentence is about.
func populationOf(lower string) string {
	// One substring scan per word family before the whole-word scans:
	// this is asked of every claim and most sentences name no one.
	adult := strings.Contains(lower, "adult")
	switch {
	case adult && (hasWord(lower, "young adult", "young adults") || youngAdultNamed(lower)):
		return "young-adult"
	case (strings.Contains(lower, "teen") || strings.Contains(lower, "adolescent") || strings.Contains(lower, "youth") ||
		strings.Contains(lower, "minors") || strings.Contains(lower, "high school")) &&
		hasWord(lower, "adolescent", "adolescents", "teen", "teens", "teenager", "teenagers", "youth", "minors", "high school"):
		return "adolescent"
	// "For younger clients, the level starts at 6 hours a week rather
	// than the 9 hours used for adults": the young set against adults.
	// (Only against adults, and not "older and younger clients alike"
	// or "younger people in their twenties".)
	// "For a client who is under age 18, …", "clients under the age of
	// 18": minors. (The age itself may be masked as a figure.)
	case (strings.Contains(lower, "under age") || strings.Contains(lower, "under the age")) && !adult:
		return "adolescent"
	case strings.Contains(lower, "younger ") && hasWord(lower, "younger clients", "younger patients", "younger people", "younger participants", "younger members") &&
		adult && !hasWord(lower, "older", "twenties", "20s", "thirties", "30s"):
		return "adolescent"
	case adult && adultsNamed(lower):
		return "adult"
	}
	return ""
}

// youngAdultNamed reports a program for young adults named with a hyphen:
// "our young-adult IOP", not "parents of young-adult children".
func youngAdultNamed(lower string) bool {
	for k := range wordIndexes(lower, "young-adult") {
		if youngAdultProgram[wordAfter(lower, k+len("young-adult"))] {
			return true
		}
	}
	return false
}

// adultsNamed reports "adult" or "adults" other than in "young-adult".
func adultsNamed(lower string) bool {
	for _, w := range []string{"adult", "adults"} {
		for k := range wordIndexes(lower, w) {
			if !strings.HasSuffix(lower[:k], "young-") {
				return true
			}
		}
	}
	return false
}

// underEighteen reports minors named by age: "members under 18", "ages
// 13-17".
func underEighteen(lower string) bool {
	if !strings.Contains(lower, "18") && !strings.Contains(lower, "ages 1") {
		return false
	}
	return strings.Contains(lower, "under 18") || strings.Contains(lower, "younger than 18") || strings.Contains(lower, "under the age of 18") ||
		strings.Contains(lower, "ages 12") || strings.Contains(lower, "ages 13") || strings.Contains(lower, "ages 14")
}

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
	consider := func(name string, i int) {
		i += lo
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
		if i >= end {
			switch w, _ := wordPast(masked, i, articles); w {
			case "to", "into", "before", "then":
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
				ok := v.standalone || modifiesProgram(clause, i+len(cue)) || trackPeople(v.name, clause, i+len(cue)) || bracketedAfterProgram(clause, i, i+len(cue))
				// "with a gradual step-down to one afternoon a week near
				// the end": the schedule stepped down to.
				if v.name == "step-down" && strings.HasPrefix(clause[i+len(cue):], " to ") && lo+i+len(cue) <= start && start-(lo+i+len(cue)) <= 8 {
					ok = true
				}
				if (v.name == "evening" || v.name == "morning" || v.name == "afternoon") && timeOfDay(clause, i) && !trackNoun[wordAfter(clause, i+len(cue))] {
					ok = false
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
	if !hasTrackName(clause) {
		return best
	}
	if m := trackName.FindStringIndex(clause); m != nil {
		consider(strings.ReplaceAll(strings.ReplaceAll(clause[m[0]:m[1]], " ", ""), "-", ""), m[0])
	}
	return best
}

// trackRow is the track a row header of a part of the day names:
// "Morning", "Evening track", "Weekend"; "" for any other header.
func trackRow(h string) string {
	// "| IOP (evening) | Mon–Thu |", "| Intensive Outpatient (IOP) –
	// day |": the track in brackets or after a dash.
	// (A row headed "Days" lists the days; "IOP (day)" is the day track.)
	if _, q, ok := splitRow(h); ok {
		if q == "day" || q == "daytime" {
			return "weekday"
		}
		h = q
	}
	return partOfWeek(strings.TrimSuffix(strings.TrimSpace(h), " track"))
}

// partOfWeek is the track a part of the day or the week names: "mornings"
// is `morning`, "nights" `evening`; "" for any other word.
func partOfWeek(w string) string {
	switch w {
	case "morning", "mornings":
		return "morning"
	case "afternoon", "afternoons":
		return "afternoon"
	case "evening", "evenings", "night", "nights":
		return "evening"
	case "weekend", "weekends":
		return "weekend"
	}
	return ""
}

// rowNamedTrack splits a row header whose program's name ends on a track
// word ("iop day (adult)", "iop evening") into the program and the track;
// tr is "" when it names none.
func rowNamedTrack(h string) (prog, tr string) {
	prog, w := programThenWord(h)
	if prog == "" {
		return "", ""
	}
	switch w {
	case "day", "daytime":
		return prog, "weekday"
	case "virtual", "online", "telehealth":
		return prog, "virtual"
	}
	if tr := partOfWeek(w); tr != "" {
		return prog, tr
	}
	return "", ""
}

// rowNamedPlan splits a row header naming a program and one more word
// after it, "brightway iop lite", into the program and the word; "" when
// the header does not end that way or the word is a generic noun.
func rowNamedPlan(h string) (prog, w string) {
	prog, w = programThenWord(h)
	if prog == "" || rowProgramWords[w] || planNotNames[w] || len(w) < 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "", ""
	}
	return prog, w
}

// programThenWord splits a row header naming a program and then one more
// word, "brightway iop lite" or "iop day (adult)", into the program and
// the word (its bracket or dash qualifier left out); "", "" when the
// header does not end on a word after a program's name.
func programThenWord(h string) (prog, w string) {
	base, _, _ := splitRow(h)
	k := strings.LastIndexByte(base, ' ')
	if k < 0 {
		return "", ""
	}
	prog, w = strings.TrimSpace(base[:k]), base[k+1:]
	if !rowProgramWords[lastWordsOf(prog, 1)] {
		return "", ""
	}
	return prog, w
}

// planNotNames are words after a program's name that name a part or an
// attribute of it, not a plan of its own.
var planNotNames = wordSet("track", "tracks", "schedule", "hours", "days", "length", "services", "service", "groups", "group", "sessions",
	"session", "fee", "fees", "cost", "price", "pricing", "rate", "rates", "only", "total", "level", "care", "therapy", "treatment", "plan", "plans")

// rowNamed reports a table row headed by exactly prog.
func rowNamed(doc *corpus.Document, prog string) bool {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind == corpus.BlockTableCell && b.RowHeader != "" && strings.TrimSpace(rowBase(lowerASCII(b.RowHeader))) == prog {
			return true
		}
	}
	return false
}

// rowProgramWords are the last words of a program's name in a row header.
var rowProgramWords = wordSet("iop", "php", "outpatient", "hospitalization", "program", "programme")

// otherNamedTrack reports a table row on the page naming another track
// of prog.
func otherNamedTrack(doc *corpus.Document, prog, tr string) bool {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if p, t := rowNamedTrack(lowerASCII(b.RowHeader)); p == prog && t != "" && t != tr {
			return true
		}
	}
	return false
}

// rowLevel splits a row header that names one level of care by its
// short name or its full one ("senior iop (age 60+)", "co-occurring
// disorders intensive outpatient") into the level and the words beside
// it, brackets and whom it is for left out ("iop", "co-occurring
// disorders"); "", "" for any other header.
func rowLevel(h string) (level, words string) {
	loc := rowLevelName.FindStringSubmatchIndex(h)
	if loc == nil {
		return "", ""
	}
	level = h[loc[2]:loc[3]]
	switch level {
	case "iops", "intensive outpatient", "intensive outpatient program", "intensive outpatient programs":
		level = "iop"
	case "phps", "partial hospitalization", "partial hospitalization program", "partial hospitalization programs":
		level = "php"
	}
	var kept []string
	for _, w := range strings.Fields(withoutBrackets(h[:loc[0]] + " " + h[loc[1]:])) {
		if w = strings.Trim(w, "-–—:|,"); w != "" && !rowPopulationWords[w] {
			kept = append(kept, w)
		}
	}
	return level, strings.Join(kept, " ")
}

// rowPopulationWords name whom a row's program is for: "Adult IOP" beside
// "Teen IOP" is one program's populations, which a claim keeps apart on
// their own.
var rowPopulationWords = wordSet("adult", "adults", "teen", "teens", "youth", "adolescent", "adolescents", "young", "senior", "seniors",
	"older", "child", "children", "kids", "men", "men's", "women", "women's", "18+")

var rowLevelName = prefilter.MustCompile(`\b(iops?|phps?|intensive outpatient(?: programs?)?|partial hospitalization(?: programs?)?)\b`)

// ownRowProgram is the words a row header sets beside its level ("dual
// diagnosis" in "Dual Diagnosis IOP") when another row of its table
// (whose rows are named by rows) names the same level with other words
// ("Neighborhood clinic IOPs"): each row one of the provider's programs
// of that level. It is "" when no other row does, or when the header
// names the level alone or only a track ("IOP (evening)", "Day IOP –
// Level 2.1", read as the track).
func ownRowProgram(rows []rowName, h string) string {
	level, words := rowLevel(rowBase(h))
	if level == "" || words == "" || len(words) > 40 || isTrackWord(words) {
		return ""
	}
	for _, r := range rows {
		// ("Lumen IOP" beside "Lumen IOP Lite": the plan named after
		// the program is the other row's own; this row is the program.)
		if r.level == level && r.words != "" && r.words != words && !strings.HasPrefix(r.words, words+" ") {
			return words
		}
	}
	return ""
}

// rowName is a table row's header read as a level and the words beside
// it (see rowLevel).
type rowName struct{ level, words string }

// pageRows remembers what a page's table rows say, for the figures of
// its cells: the row names of the table read last (the run of cells from
// lo to hi), and the page's rowFoci. Asked afresh for every figure, each
// read every cell of the page (quadratic in a long table).
type pageRows struct {
	read   bool
	lo, hi int
	rows   []rowName
	// nFoci is rowFoci of the page, once fociRead.
	fociRead bool
	nFoci    int
}

// foci is rowFoci of doc, read once a page.
func (t *pageRows) foci(doc *corpus.Document) int {
	if t == nil {
		return rowFoci(doc)
	}
	if !t.fociRead {
		t.fociRead, t.nFoci = true, rowFoci(doc)
	}
	return t.nFoci
}

// of returns the names of the distinct rows of the table holding block
// bi, read once a table.
func (t *pageRows) of(doc *corpus.Document, bi int) []rowName {
	if t == nil {
		t = &pageRows{}
	}
	if t.read && t.lo <= bi && bi <= t.hi {
		return t.rows
	}
	lo, hi := bi, bi
	for lo > 0 && doc.Blocks[lo-1].Kind == corpus.BlockTableCell {
		lo--
	}
	for hi+1 < len(doc.Blocks) && doc.Blocks[hi+1].Kind == corpus.BlockTableCell {
		hi++
	}
	t.read, t.lo, t.hi, t.rows = true, lo, hi, t.rows[:0]
	prev := ""
	for i := lo; i <= hi; i++ {
		h := doc.Blocks[i].RowHeader
		// (The cells of one row share its header.)
		if h == "" || h == prev {
			continue
		}
		prev = h
		if l, w := rowLevel(rowBase(lowerASCII(h))); l != "" {
			t.rows = append(t.rows, rowName{l, w})
		}
	}
	return t.rows
}

// isTrackWord reports words naming a track by the part of the day or
// week ("day", "evening"), which the track rules read.
func isTrackWord(w string) bool {
	return w == "day" || w == "daytime" || partOfWeek(w) != ""
}

// qualifiedRow reports a row header that qualifies its program in
// brackets or after a dash: "IOP (evening)", "IOP – day".
func qualifiedRow(h string) bool {
	_, _, ok := splitRow(h)
	return ok
}

// rowBase is a row header without its bracket or dash qualifier.
func rowBase(h string) string {
	base, _, _ := splitRow(h)
	return base
}

// splitRow splits a row header into its program and the qualifier in
// brackets or after a dash ("IOP (evening)" is "IOP" and "evening");
// ok is false, and base the whole header, when it has none.
func splitRow(h string) (base, qualifier string, ok bool) {
	h = strings.TrimSpace(h)
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") {
		return strings.TrimSpace(h[:k]), strings.TrimSpace(h[k+1 : len(h)-1]), true
	}
	for _, d := range []string{" – ", " - "} {
		if k := lastIndex(h, d); k > 0 {
			return strings.TrimSpace(h[:k]), strings.TrimSpace(h[k+len(d):]), true
		}
	}
	return h, "", false
}

// rowTracks reports a table on the page with another row of the same
// program qualified otherwise: "IOP (day)" beside "IOP (evening)" are two
// tracks; a lone "IOP (mornings)" only says when the IOP meets.
func rowTracks(doc *corpus.Document, h string) bool {
	base := rowBase(h)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if o := lowerASCII(b.RowHeader); strings.TrimSpace(o) != strings.TrimSpace(h) && qualifiedRow(o) && rowBase(o) == base {
			return true
		}
	}
	return false
}

// rowFocus names the kind of client a table row's program is for: "adult
// mental health php", "eating disorder iop"; "" for none.
func rowFocus(h string) string {
	m := rowFocusProgram.FindStringSubmatch(h)
	if m == nil {
		return ""
	}
	f := m[1]
	if f == "" {
		f = m[2]
	}
	switch f {
	case "co-occurring":
		return "dual diagnosis"
	case "substance abuse", "addiction", "chemical dependency":
		return "substance use"
	case "eating disorder", "eating disorders":
		return "eating disorder"
	}
	return f
}

// rowFoci counts the kinds of client the table rows of doc name.
func rowFoci(doc *corpus.Document) int {
	var seen []string
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if f := rowFocus(lowerASCII(b.RowHeader)); f != "" && !slices.Contains(seen, f) {
			seen = append(seen, f)
		}
	}
	return len(seen)
}

var rowFocusProgram = prefilter.MustCompile(`\b(?:(mental health|substance use|substance abuse|addiction|chemical dependency|dual diagnosis|co-occurring|eating disorders?|trauma|psychiatric)(?:\s+(?:disorders?|conditions?|recovery))?\s+(?:intensive\s+outpatient|iop|php|partial\s+hospitalization|day\s+program)|(?:iop|php|intensive\s+outpatient|partial\s+hospitalization)(?:\s+programs?)?\s*(?:\(|for\s+|[–—-]\s*)(mental health|substance use|addiction|co-occurring|dual diagnosis|eating disorders?|trauma))\b`)

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

// modifiesProgram reports a program word among the two words after i.
func modifiesProgram(clause string, i int) bool {
	for n := 0; n < 2; n++ {
		w := wordAfter(clause, i)
		if w == "" {
			return false
		}
		if programWords[w] {
			return true
		}
		// "the most common step-down from PHP": a preposition makes the
		// cue a noun of its own, the program after it another one.
		if variantPreps[w] {
			return false
		}
		j := indexFrom(clause, w, i)
		if j < 0 {
			return false
		}
		i = j + len(w)
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

var variantPreps = wordSet("from", "to", "after", "into", "for", "of", "than", "in")

var programWords = wordSet("program", "programs", "programme", "track", "tracks", "option", "options", "stay", "stays",
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

var byVideoAfter = prefilter.MustCompile(`^\s+(?:by|over|via|on)\s+(?:video|zoom|telehealth)\b`)

var variants = []struct {
	name       string
	cues       []string
	standalone bool // the cue names the variant without a program word after it
}{
	{"short-term", []string{"short-term", "short term", "short-stay", "short stay"}, false},
	{"long-term", []string{"long-term", "long term", "extended"}, false},
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
	// "Weekday clients attend our standard IOP": the track a weekend or
	// evening page sets itself apart from.
	{"weekday", []string{"standard iop", "standard php", "weekday iop", "weekday php", "regular iop", "daytime iop",
		"weekday program", "weekday track", "daytime program", "daytime track", "standard track", "day track", "day iop", "day cohort"}, true},
	// "A daytime cohort meets Tuesday, Wednesday and Friday" on an
	// evening program's page: the day track beside it.
	{"weekday", []string{"daytime", "day-time"}, false},
	// "Over the summer the groups shift to mornings": a season's schedule.
	{"summer", []string{"in summer", "in the summer", "during summer", "during the summer", "over the summer", "summer months", "summer schedule", "summer track", "summer session", "summer hours"}, true},
	// "In the winter months the IOP meets two evenings": another season's.
	{"winter", []string{"in winter", "in the winter", "during winter", "during the winter", "over the winter", "winter months", "winter schedule", "winter track", "winter session", "winter hours"}, true},
	// "Over the holidays the groups meet twice a week": a few weeks'
	// schedule, not the program's.
	{"holiday", []string{"over the holidays", "during the holidays", "holiday schedule", "holiday season", "holiday weeks", "holiday week"}, true},
	{"step-down", []string{"step-down", "step down"}, false},
	{"step-down", []string{"aftercare", "continuing care", "continuing-care", "alumni"}, true},
	{"therapeutic-community", []string{"therapeutic community", "therapeutic communities"}, true},
	{"phase", []string{"first phase", "second phase", "third phase", "phase 1", "phase 2", "phase 3", "the first week", "the first weeks"}, true},
	{"outpatient", []string{"outpatient detox", "ambulatory detox", "outpatient detoxification", "ambulatory detoxification", "ambulatory (outpatient) detox", "outpatient (ambulatory) detox", "outpatient withdrawal management", "ambulatory withdrawal management",
		// "We don't offer home detox": detox done from home is outpatient.
		"home detox", "at-home detox", "home-based detox", "home detoxification"}, true},
	{"inpatient", []string{"inpatient detox", "residential detox", "inpatient detoxification", "inpatient unit", "inpatient setting", "inpatient withdrawal management", "residential withdrawal management", "inpatient (residential) detox", "residential (inpatient) detox"}, true},
	// Withdrawal runs its own course per substance (see withdrawalOf).
	{"alcohol", []string{"alcohol", "drinkers", "drinker"}, false},
	{"opioid", []string{"opioid", "opioids", "opiate", "opiates", "heroin", "fentanyl", "oxycodone", "hydrocodone", "morphine", "codeine", "methadone"}, false},
	{"benzodiazepine", []string{"benzodiazepine", "benzodiazepines", "benzo", "benzos", "xanax"}, false},
	{"stimulant", []string{"cocaine", "meth", "methamphetamine", "stimulant", "stimulants", "crack"}, false},
	{"cannabis", []string{"marijuana", "cannabis"}, false},
}

// substanceVariant names the substance variant a label's word is a cue of.
func substanceVariant(label string) string {
	label = strings.TrimSpace(strings.Trim(label, "*•-–— "))
	if c := bracketedClass(label); c != "" {
		label = c
	}
	label = lastListed(label)
	w := substanceOf(label)
	// ("| Methadone | 2-3 weeks |": a long-acting opioid, one word or
	// two.)
	if w == "methadone" {
		return cueVariant("opioid", w)
	}
	for _, v := range variants {
		if substances[v.name] && slices.Contains(v.cues, w) {
			// "Short-acting opioids" and "Long-acting opioids" are two.
			l := strings.TrimSpace(strings.Trim(label, "*•-–— "))
			if k := strings.IndexByte(l, '('); k > 0 {
				l = strings.TrimSpace(l[:k])
			}
			for _, sep := range []string{" such as ", " like ", " including "} {
				if k := strings.Index(strings.ToLower(l), sep); k > 0 {
					l = strings.TrimSpace(l[:k])
				}
			}
			if f := strings.Fields(l); len(f) == 2 {
				return f[0] + " " + v.name
			}
			return v.name
		}
	}
	return ""
}

// soleSubstance is the one substance whose cue words text names, "" when
// it names none or several.
func soleSubstance(text string) string {
	sole, n := "", 0
	for _, v := range variants {
		if !substances[v.name] {
			continue
		}
		for _, cue := range v.cues {
			if indexWord(text, cue, 0) >= 0 {
				sole, n = v.name, n+1
				break
			}
		}
	}
	if n != 1 {
		return ""
	}
	return sole
}

// leadSubstance reads a longer lead-in naming a substance ("Short-acting
// opioids such as heroin: most people complete detox in 5 to 7 days"):
// a colon within the opening words, a substance among the first three.
func leadSubstance(lower string, start int) string {
	k := strings.IndexByte(lower, ':')
	if k <= 0 || k > 60 || k >= start {
		return ""
	}
	ws := strings.Fields(lower[:k])
	for n, w := range ws {
		if n == 3 {
			break
		}
		if v := substanceVariant(strings.Trim(w, ",.()")); v != "" {
			if n > 0 {
				v = strings.Trim(ws[n-1], ",.()-•*") + " " + v
			}
			return v
		}
	}
	return ""
}

// substances are the variants that only a detox or withdrawal has: "drug
// or alcohol addiction program" names no variant, "alcohol detox" and
// "detox from heroin" do.
var substances = wordSet("alcohol", "opioid", "benzodiazepine", "stimulant", "cannabis")

// withdrawalOf reports a detox or withdrawal word right after a substance
// at i, or right before it behind "from"/"for"/"of".
// cueVariant is the substance variant a cue of variant name gives:
// methadone ("| Methadone | 2-3 weeks |", "Methadone withdrawal lasts
// longer, often 2 to 3 weeks") is a long-acting opioid, whose withdrawal
// runs longer than opioids' in general.
func cueVariant(name, cue string) string {
	if cue == "methadone" {
		return "long-acting opioid"
	}
	return name
}

// withdrawalNamed is the substance whose withdrawal lower names
// ("Withdrawal from benzodiazepines can start within a day", "Alcohol
// withdrawal peaks on day two"), or "".
func withdrawalNamed(lower string) string {
	if !strings.Contains(lower, "withdraw") && !strings.Contains(lower, "detox") {
		return ""
	}
	// ("Withdrawal from benzodiazepines, such as Xanax, …": the
	// substance named after "from", a few words on.)
	for _, lead := range []string{"withdrawal from ", "detox from ", "detoxing from "} {
		if k := strings.Index(lower, lead); k >= 0 {
			rest := lower[k+len(lead):]
			if e := strings.IndexAny(rest, ",.;:("); e >= 0 {
				rest = rest[:e]
			}
			if v := substanceVariant(rest); v != "" {
				return v
			}
		}
	}
	for _, v := range variants {
		if !substances[v.name] {
			continue
		}
		for _, cue := range v.cues {
			for i := range wordIndexes(lower, cue) {
				if withdrawalOf(lower, i, i+len(cue)) {
					return cueVariant(v.name, cue)
				}
			}
		}
	}
	return ""
}

func withdrawalOf(clause string, i, end int) bool {
	switch w := wordAfter(clause, end); {
	case detoxWords[w]:
		return true
	// "Most benzo clients stay on our unit for three to five weeks": the
	// people a substance names, and the time they stay or need, are its
	// withdrawal's.
	case w == "patients" || w == "clients" || w == "users" || w == "residents":
		if hasWord(clause[end:], "stay", "stays", "need", "needs", "spend", "spends", "remain", "remains") {
			return true
		}
	}
	// "Long-acting opioids can need ten days or more": a substance
	// opening its clause, timed by what follows, is its withdrawal's.
	if len(strings.Fields(clause[:i])) <= 1 && substanceTimed.MatchString(clause[end:]) {
		return true
	}
	w := wordBefore(clause, i)
	if w == "from" || w == "for" || w == "of" {
		k := lastIndex(clause[:i], w)
		if detoxWords[wordBefore(clause, k)] {
			return true
		}
		// "For alcohol, medically managed detox takes five to seven
		// days": a substance fronted before the comma names the
		// withdrawal the sentence goes on to time.
		if w == "for" && strings.TrimSpace(clause[:k]) == "" && strings.HasPrefix(clause[end:], ",") {
			return hasWord(clause[end:], "detox", "detoxification", "withdrawal")
		}
	}
	return false
}

// substanceTimed follows a substance with the verb that times it:
// "often take", "usually last", "can need".
var substanceTimed = prefilter.MustCompile(`^\s+(?:(?:often|usually|typically|generally|commonly|may|can|tend\s+to)\s+)?(?:take|takes|last|lasts|need|needs|require|requires)\b`)

// timedFor is the substance a stay is timed for right after its figure:
// "three to five days for alcohol, and up to seven days for opioids"
// times the withdrawal from each. A rate ("three days a week for alcohol
// recovery") is a program's schedule, and "8 weeks for alcohol use
// disorder", "for alcohol clients" say whom a program treats.
func timedFor(lower, text string, end int) string {
	// The prefix test is cheap and fails for most claims; the rate
	// regexp runs only on the few it lets through.
	rest, ok := strings.CutPrefix(lower[end:], " for ")
	if !ok || rateWords.MatchString(text) {
		return ""
	}
	w := leadingWord(rest, 0)
	for _, v := range variants {
		if !substances[v.name] || !slices.Contains(v.cues, w) {
			continue
		}
		if strings.HasPrefix(rest[len(w):], "-") || notTimedFor[wordAfter(rest, len(w))] {
			return ""
		}
		return v.name
	}
	return ""
}

var rateWords = prefilter.MustCompile(`\b(?:days?|hours?|times|sessions?|nights?|evenings?|mornings?|afternoons?)\s+(?:a|per|each|every)\s+(?:week|day)\b|/\s*(?:week|wk|day)\b|\b(?:weekly|daily)\b`)

var notTimedFor = wordSet("use", "addiction", "dependence", "abuse", "misuse", "and", "or", "recovery", "treatment", "clients",
	"patients", "groups", "group", "programs", "program", "users", "disorder", "disorders")

var detoxWords = wordSet("detox", "detoxification", "withdrawal", "withdrawals", "detoxing", "taper", "tapers", "tapering")

// universalIn reports a universal cue in the clause that is not part of a
// rate: "every week" and "all day" say how often, not of which programs.
func universalIn(clause string) bool {
	for _, c := range universalCues {
		for i := range wordIndexes(clause, c) {
			// "6 hours a week in all", "not at all": idioms.
			if c == "all" && (wordBefore(clause, i) == "in" || wordBefore(clause, i) == "at") {
				continue
			}
			switch wordAfter(clause, i+len(c)) {
			case "day", "days", "week", "weeks", "month", "night", "evening", "morning", "session", "other", "weekday", "year":
				continue
			}
			// "Short-acting opioids typically require 7 to 10 days of
			// detox": what is usually required, not a rule without
			// exception.
			if (c == "require" || c == "requires" || c == "required") && hasWord(clause[:i], "typically", "usually", "generally", "often", "commonly", "normally") {
				continue
			}
			return true
		}
	}
	return false
}

// labelled reports a clause that starts right after a label's dash.
func labelled(lower string, lo int) bool {
	t := strings.TrimRight(lower[:lo], " ")
	return strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—")
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

// programColumn reports a column header that names a level of care.
func programColumn(h string) bool {
	return hasWord(h, "iop", "php", "op", "residential", "detox", "inpatient", "outpatient") || strings.Contains(h, "intensive outpatient") || strings.Contains(h, "partial hospitalization")
}

var genericPrograms = wordSet("programs", "iops", "phps", "facilities", "centers", "centres", "providers", "rehabs", "curricula")

// narrowedPrograms reports a clause opening on a plural of programs that a
// relative or participle narrows: "programs that follow", "IOPs built
// around", "programs modeled after" (not "programs that we run").
func narrowedPrograms(clause string) bool {
	t := trimLeftWords(clause)
	w := leadingWord(t, 0)
	if !genericPrograms[w] {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], " ")
	for _, r := range []string{"that ", "which ", "using ", "following ", "based on ", "built on ", "built around ", "modeled on ", "modelled on ", "modeled after ", "modelled after "} {
		if after, ok := strings.CutPrefix(rest, r); ok {
			switch leadingWord(after, 0) {
			case "we", "our", "you", "i":
				return false
			}
			return true
		}
	}
	return false
}

// existentialThere opens a clause on programs that exist among others.
var existentialThere = prefilter.MustCompile(`^there\s+(?:are|is)\s+(?:also\s+)?(?:other\s+|some\s+)?(?:[a-z-]+\s+)?(?:programs|plans|options|tracks|schedules|facilities|centers|centres|providers|iops|phps)\s+(?:that|which|where|with)\b`)
