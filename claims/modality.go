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
	statistic   string
}

// modalityOf reads the modality of the words at [start, end) of s. Force is
// judged on the clause (a hedge in another clause does not govern the
// claim), attribution and population on the sentence, since "According to
// ASAM, adolescent programs …" governs every clause after it.
func modalityOf(s *sentence, start, end int) modality {
	lo, hi := clauseBounds(s.lower, start, end)
	clause := withoutDashAside(s.masked[lo:hi], start-lo, end-lo)
	m := modality{polarity: Asserted, force: forceOf(s.masked, clause, lo, start, end), statistic: statisticOf(s.lower, start, end)}
	// "A handful of IOPs …", "a few of our programs …": a vague count of
	// programs hedges like "some"; the masked text no longer shows it.
	if m.force == Typical && fewPrograms(s.lower[lo:start]) {
		m.force = Existential
	}
	// "Supervision varies from 24-hour monitoring to on-call support",
	// "Programs range from one or two hours a week up to a few hours a
	// day": one end of a range of options holds for some.
	if m.force == Typical && rangeOfOptions(s, lo, start, end) {
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
	// "You're not just dropping in once a week", "Our IOP isn't only a
	// weekly group": the weekly visit the program is set against, denied.
	if m.polarity == Asserted && onceAWeekBelittled(s.lower, lo, start, end, hi) {
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
		// ("Here is how the levels are commonly defined:" over "-
		// Intensive outpatient (IOP): 9 to 19 hours per week": the
		// field's definitions, set out as a list.)
		if s.attribution == "" && s.block.Kind == corpus.BlockListItem && !firstPerson(s.lower) && definitionsListed(s.doc, s.bi) {
			s.attribution = "guidelines"
		}
		// ("| Partial hospitalization | Level 2.5 | 20 or more |" under
		// an "ASAM level" column: the criteria, set out as a table.)
		if s.attribution == "" && s.block.Kind == corpus.BlockTableCell && s.rows.asam(s.doc, s.bi) {
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
	if s.mayHaveVariant() {
		m.variant = variantOf(s.masked, variantFrom(s.lower, lo, start), hi, start, end)
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
		// ("Minimum recommended: 90 days": advice on the stay, set beside
		// what the program does, not against it.)
		label, e := s.label()
		labelled := e > 0 && e <= start
		if labelled {
			label = lowerASCII(label)
		}
		switch {
		case labelled && substanceLabel(label):
			m.variant = substanceVariant(label)
		case labelled && hasWord(label, "recommended", "suggested", "advised"):
			m.variant = "recommended"
		default:
			if v := leadSubstance(s.lower, start); v != "" {
				m.variant = v
			}
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
			// ("attendance is later cut back to one day a week",
			// "scaled down to two evenings": a schedule lightened later.)
			if w := wordBefore(s.lower, k); changeVerbs[w] || (w == "down" || w == "back") && lightenedBy[wordBefore(s.lower, lastIndex(s.lower[:k], w))] || lo <= k && changedFrom.MatchString(s.lower[lo:k]) {
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
	// "a Day IOP (three mornings a week) and an Evening IOP (four
	// evenings a week)": a figure in brackets right after a track's name
	// is that track's, whatever the sentence names first.
	// (Only over another track: "Compared to a standard IOP (three days
	// a week), …" sets a program apart, whatever its track.)
	if v := bracketedTrack(s.lower, start); v != "" && (m.variant == "" || timeTrack[m.variant]) {
		m.variant = v
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

var byVideoAfter = prefilter.MustCompile(`^\s+(?:by|over|via|on)\s+(?:video|zoom|telehealth)\b`)

// labelled reports a clause that starts right after a label's dash.
func labelled(lower string, lo int) bool {
	t := strings.TrimRight(lower[:lo], " ")
	return strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—")
}

// programColumn reports a column header that names a level of care.
func programColumn(h string) bool {
	return hasWord(h, "iop", "php", "op", "residential", "detox", "inpatient", "outpatient") || strings.Contains(h, "intensive outpatient") || strings.Contains(h, "partial hospitalization")
}

// relativeAfterComma is where the clause before a relative clause
// opening at lo starts (", which …", ", who …"), -1 when lo opens none.
func relativeAfterComma(lower string, lo int) int {
	t := strings.TrimLeft(lower[lo:], " ")
	if !strings.HasPrefix(t, "which ") && !strings.HasPrefix(t, "that ") {
		return -1
	}
	pre := strings.TrimRight(lower[:lo], " ")
	if !strings.HasSuffix(pre, ",") {
		return -1
	}
	pre = pre[:len(pre)-1]
	return max(strings.LastIndexAny(pre, ",;:")+1, 0)
}

// variantFrom is where the words that may name a figure's variant start,
// for a figure at start in the clause opening at lo (asked only of a
// sentence that may name one: most claims' sentences do not).
func variantFrom(lower string, lo, start int) int {
	// "Long-term residential – 6 to 12 months": a label before a dash
	// names the variant of the clause after it.
	vlo := lo
	if labelled(lower, lo) {
		vlo = 0
	}
	// "our standard IOP, which meets Monday through Thursday": a
	// relative clause goes on about the program named right before it.
	if k := relativeAfterComma(lower, lo); k >= 0 {
		vlo = k
	}
	// "The weekend track, which opened in January, meets Saturday and
	// Sunday mornings": the predicate after a relative clause set
	// between commas goes on about the subject before it.
	if k := subjectBeforeRelative(lower, start); k >= 0 && k < vlo {
		vlo = k
	}
	return vlo
}

// subjectBeforeRelative is where the subject starts when the figure at
// start sits in a predicate that follows a relative clause set between
// commas ("the weekend track, which opened in january, meets …"), -1
// otherwise.
func subjectBeforeRelative(lower string, start int) int {
	pre := lower[:start]
	k := max(strings.LastIndex(pre, ", which "), strings.LastIndex(pre, ", who "))
	if k < 0 {
		return -1
	}
	c := strings.IndexByte(pre[k+1:], ',')
	if c < 0 {
		return -1
	}
	c += k + 1
	if strings.ContainsAny(pre[c+1:], ",;:") {
		return -1
	}
	switch leadingWord(strings.TrimLeft(pre[c+1:], " "), 0) {
	case "meets", "meet", "runs", "run", "lasts", "last", "is", "are", "offers", "provides", "includes", "takes", "gives":
	default:
		return -1
	}
	return clauseOpen(pre, k)
}

// bracketedTrack is the track named right before the bracket a figure at
// start opens ("an evening IOP (four evenings a week)" → evening), ""
// when the figure is not the first thing in brackets after one.
func bracketedTrack(lower string, start int) string {
	k := strings.LastIndexByte(lower[:start], '(')
	if k < 0 || strings.TrimSpace(lower[k+1:start]) != "" {
		return ""
	}
	before := strings.TrimRight(lower[:k], " ")
	name := before[max(0, len(before)-40):]
	if i := strings.LastIndexAny(name, ",;:.()"); i >= 0 {
		name = name[i+1:]
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	switch f[len(f)-1] {
	case "iop", "php", "program", "track", "group":
	default:
		return ""
	}
	// ("Compared to a standard IOP (three days a week)": the program as
	// such, no weekday track of it.)
	if slices.Contains(f, "standard") || slices.Contains(f, "regular") || slices.Contains(f, "traditional") {
		return ""
	}
	// (The name's last two words first: "a day iop" reads "a day" as
	// a count.)
	for n := 2; n <= 3 && n <= len(f); n++ {
		t := strings.Join(f[len(f)-n:], " ")
		if v := variantOf(t, 0, len(t), len(t), len(t)); v != "" {
			return v
		}
	}
	return ""
}

// withoutDashAside blanks an aside set between two em dashes in clause
// that does not hold the claim at [start, end) (offsets into clause):
// "Our IOP—no overnight stays required—meets three evenings a week" is
// no rule of the evenings. Spaced dashes part clauses already; glued ones
// do not.
func withoutDashAside(clause string, start, end int) string {
	const dash = "—"
	i := strings.Index(clause, dash)
	if i < 0 {
		return clause
	}
	j := strings.Index(clause[i+len(dash):], dash)
	if j < 0 {
		return clause
	}
	j += i + len(dash)
	if start < j+len(dash) && end > i {
		return clause
	}
	return clause[:i+len(dash)] + strings.Repeat(" ", j-i-len(dash)) + clause[j:]
}
