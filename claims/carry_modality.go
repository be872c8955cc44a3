package claims

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// namedPhases are the phases medication treatment is told in.
var namedPhases = wordSet("induction", "stabilization", "stabilisation", "maintenance", "tapering", "taper")

// stepDownAfter follows a schedule with its being a step down: "… for
// teens, offered as a transition step down for a week or two".
var stepDownAfter = prefilter.MustCompile(`^[^.;:!?]{0,80}?\bas\s+an?\s+(?:transition(?:al)?\s+|temporary\s+|brief\s+)?step[- ]down\b`)

// optionsLeadIn reports a list item whose list follows a lead-in that
// offers choices: "Clients can choose from three housing options:".
func (st *state) optionsLeadIn(bi int) bool {
	for bi > 0 && st.doc.Blocks[bi-1].Kind == corpus.BlockListItem {
		bi--
	}
	if bi == 0 {
		return false
	}
	lead := st.lower[bi-1]
	return strings.HasSuffix(strings.TrimSpace(lead), ":") && hasWord(lead, "options", "choices", "choose", "choice", "either")
}

// courtLasts names a court program as what lasts: "DUI Court lasts",
// "treatment court runs", "drug court typically takes".
var courtLasts = prefilter.MustCompile(`\b(?:dui|dwi|drug|treatment|recovery|mental\s+health|veterans|family|wellness)\s+court\s+(?:program\s+)?(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:lasts?|runs?|takes?|is)\b`)

// socialDetox reports a page that speaks of detox without medicine:
// "social detox", "non-medical detox", "social model detox".
func (st *state) socialDetox() bool {
	for _, l := range st.lower {
		if strings.Contains(l, "social detox") || strings.Contains(l, "non-medical detox") || strings.Contains(l, "social model detox") || strings.Contains(l, "social-model detox") {
			return true
		}
	}
	return false
}

// isHybrid is hybridPage of the page, read once.
func (st *state) isHybrid() bool {
	if st.hybrid == 0 {
		st.hybrid = 1
		if hybridPage(st.lower) {
			st.hybrid = 2
		}
	}
	return st.hybrid == 2
}

// allTracks names every track of a program at once: "all IOP tracks",
// "each of our tracks", "both tracks", "all IOP clients".
var allTracks = prefilter.MustCompile(`\b(?:all|every|each|both)\s+(?:of\s+(?:our|the)\s+|our\s+|the\s+)?(?:[a-z]+\s+)?tracks?\b|\ball\s+(?:of\s+our\s+|our\s+)?(?:iop\s+|php\s+|program\s+)?(?:clients|participants|patients|members)\b`)

// tracksHeaded is how many tracks of a program the page's headings name,
// each a different one ("Women's IOP", "Veterans IOP", "Standard IOP",
// "Evening IOP"), read once a page.
func (st *state) tracksHeaded() int {
	if st.headedTracks >= 0 {
		return st.headedTracks
	}
	var seen []string
	for bi := range st.doc.Blocks {
		if st.doc.Blocks[bi].Kind != corpus.BlockHeading {
			continue
		}
		l := st.lower[bi]
		if wordCount(withoutBrackets(l)) > 6 || twoTracks(l) {
			continue
		}
		if v := variantOf(l, 0, len(l), len(l), len(l)); v != "" && !slices.Contains(seen, v) {
			seen = append(seen, v)
		}
	}
	st.headedTracks = len(seen)
	return st.headedTracks
}

// carryModality gives the claims of s what their context says of them:
// the phase of the section they sit in, the population and variant of
// the sentence before when s points back at it ("The young adult IOP
// meets three afternoons a week. The track lasts 8 weeks."), and the
// page title's population ("Teen IOP | …"). It then remembers s's own.
func (st *state) carryModality(s *sentence, cs []Claim) {
	// "Phase 1: Stabilize (weeks 1 to 6)", a label line a text export
	// kept as a paragraph, heads its phase as a heading does, for the
	// block right after it. ("Step 1: Residential" names a program, no
	// phase of one; "Together the two phases …" after a blank line is
	// past the phase.)
	if st.labelPhase != "" && s.bi > st.labelPhaseBlock+1 {
		if b := st.doc.Blocks[s.bi-1]; s.bi == st.labelPhaseBlock+2 && s.block.Kind == corpus.BlockListItem && b.Kind == corpus.BlockListItem && !namesProgram(s) {
			// ("Old schedule (through April 3):" / "- Monday, Tuesday,
			// Thursday" / "- 9 hours per week": a list under the label
			// goes on with it, up to an item naming a program, "- The
			// full IOP lasts 12 weeks".)
			st.labelPhaseBlock = s.bi - 1
		} else {
			if st.phase == st.labelPhase {
				st.phase = ""
			}
			st.labelPhase = ""
		}
	}
	if k := s.block.Kind; k == corpus.BlockParagraph && len(cs) == 0 && len(s.mentions) == 0 && len(s.block.Sentences) == 1 && wordCount(s.lower) <= 8 {
		if p := headingPhase(s.lower); p != "" && s.contains(":") {
			st.phase, st.labelPhase, st.labelPhaseBlock = p, p, s.bi
		}
	}
	// "Youth Intensive Outpatient. For teens 13 to 17. Groups meet three
	// afternoons a week": a run-in label opening a paragraph, naming a
	// program for teens or young adults, makes the paragraph theirs, as
	// a heading makes its section.
	if k := s.block.Kind; k == corpus.BlockParagraph && s.off == 0 && len(cs) == 0 && len(s.mentions) > 0 && len(s.qs) == 0 && wordCount(s.lower) <= 6 && !s.question {
		// ("Teen and Adult IOP." is a group of both.)
		if p := populationOf(s.lower); (p == "adolescent" || p == "young-adult") && !hasWord(s.lower, "adult", "adults", "parent", "parents", "family", "families") {
			st.labelPopulation, st.labelPopulationBlock = p, s.bi
		}
	}
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		st.phase = headingPhase(s.lower)
		// ("Previous hours:" heading a list, then "Our PHP meets …": the
		// schedule left behind heads its list alone, as a label does.)
		if st.phase == "before" {
			st.labelPhase, st.labelPhaseBlock = st.phase, s.bi
		}
		// "Evening Track" / "Weekend Track": a heading that names a
		// track makes its section that track's.
		st.track, st.detoxForm, st.sectionPopulation, st.substance = "", "", "", ""
		st.formBesideSubstance = false
		// "Opioids", "Benzodiazepines" over a section of a withdrawal
		// timeline: the section times that substance's withdrawal.
		// ("Cocaine, crack and other stimulants": the class listed last.)
		if k == corpus.BlockHeading && wordCount(s.lower) <= 10 && substanceLabel(s.lower) {
			st.substance = substanceVariant(s.lower)
		}
		// "Ambulatory opioid detox", "Outpatient alcohol withdrawal
		// management": a form of detox named with its substance between.
		// (A length there is the substance's withdrawal, however it is
		// told; "Inpatient vs. outpatient detox" heads both forms.)
		if k == corpus.BlockHeading && wordCount(s.lower) <= 8 && ambulatoryDetoxHeading.MatchString(s.lower) && !hasWord(s.lower, "inpatient", "residential") {
			st.detoxForm, st.formBesideSubstance = "outpatient", true
		}
		// "ADOLESCENT AFTER-SCHOOL IOP (ages 13–17)": a heading naming a
		// program for teens or young adults makes its section theirs.
		if k == corpus.BlockHeading && wordCount(s.lower) <= 8 && !s.question && len(s.mentions) > 0 && !hasWord(s.lower, "adult", "adults") {
			if p := populationOf(s.lower); p == "adolescent" || p == "young-adult" {
				st.sectionPopulation = p
			}
		}
		// ("Do you have a weekend track?" over its answer asks about the
		// track.)
		// (Only an answer that says yes: "Not right now. Our IOP meets
		// … mornings" is the whole program's.)
		askedTrack := strings.HasSuffix(strings.TrimSpace(s.lower), "?") && wordCount(s.lower) <= 8 && hasWord(s.lower, "track", "tracks", "option", "options") &&
			s.bi+1 < len(st.lower) && strings.HasPrefix(strings.TrimLeft(st.lower[s.bi+1], " "), "yes") &&
			// ("Yes. Our IOP runs eight weeks either way", "Every group can
			// be joined by video": the whole program's, whichever way.)
			!hasWord(st.lower[s.bi+1], "either way", "both", "same", "every group", "all groups", "any group")
		// "Summer (June – mid-August)" over a schedule: the season's.
		if f := strings.Fields(withoutBrackets(s.lower)); k == corpus.BlockHeading && len(f) >= 1 && len(f) <= 3 && (f[0] == "summer" || f[0] == "winter") {
			st.track = f[0]
		}
		// "Anchor Track: nurses and shift workers": a track the
		// heading names heads its section.
		if m := headingTrack.FindStringSubmatch(s.text); k == corpus.BlockHeading && m != nil && !notTrackNames[strings.ToLower(m[1])] {
			st.track = strings.ToLower(m[1]) + " track"
		}
		if k == corpus.BlockHeading && (wordCount(withoutBrackets(s.lower)) <= 4 || askedTrack || wordCount(s.lower) <= 6 && opensOnTrack(s.lower)) {
			// "Mental Health IOP" and "Substance Use IOP": one provider's
			// two programs of a level, for two kinds of client.
			if len(s.mentions) > 0 {
				st.track = focusTrack(s.lower)
			}
			// Only schedule tracks: "Alumni networks and mentors" heads
			// a section about life after the program, not a step-down
			// program's figures.
			switch v := variantOf(s.lower, 0, len(s.lower), len(s.lower), len(s.lower)); v {
			case "evening", "weekend", "weekday", "virtual", "full-day", "half-day", "summer", "winter":
				// ("Morning and evening IOP" heads both tracks.)
				// ("Summer schedule (June to August)" heads a season's.)
				if !twoTracks(s.lower) {
					st.track = v
				}
			case "veterans", "men's", "women's", "perinatal", "executive", "professionals", "first-responders", "lgbtq+", "older-adult":
				// "Women's IOP" / "Nine hours a week for 10 weeks." /
				// "Veterans IOP" / …: a page that heads its tracks for
				// whom each serves. (Only beside another track's heading:
				// a women's center's lone "Women's IOP" heads its whole
				// program, which its other pages name plainly.)
				if !twoTracks(s.lower) && st.tracksHeaded() >= 2 {
					st.track = v
				}
			case "short-term", "long-term", "medium-term":
				// "Long-Term Stays (60 to 90 Days)" and "Short-Term Stays
				// (21 Days)": a guide's sections on two lengths of stay.
				// ("Extended care" heads a step-down program, not a
				// length; "Short-term vs. long-term programs" heads both.)
				named := 0
				for _, words := range [][]string{{"short term", "short-term"}, {"long term", "long-term"}, {"medium term", "medium-term", "mid-term", "mid term"}} {
					if hasWord(s.lower, words...) {
						named++
					}
				}
				if named == 1 && !hasWord(s.lower, "extended") {
					st.track = v
				}
			case "inpatient", "outpatient":
				// "Ambulatory (outpatient) detox" heads what that
				// form of detox involves. ("Inpatient vs. outpatient
				// detox" heads both.)
				if !(hasWord(s.lower, "inpatient", "residential") && hasWord(s.lower, "outpatient", "ambulatory")) {
					st.detoxForm = v
				}
			}
		}
	}
	// "Teen IOP — Tuesday and Thursday afternoons, 3:30 to 6:30. Six
	// hours a week, …": a sentence of the same block that names nothing
	// and opens on its figure goes on about what the one before it named.
	fragment := st.prev.block == s.bi && len(s.mentions) == 0 && len(s.qs) > 0 && s.qs[0].Start == 0
	// ("Our summer track meets four mornings a week. Each morning holds
	// about four hours …": a day of the schedule just given.)
	back := len(cs) > 0 && (st.prev.block == s.bi || st.prev.block == s.bi-1 && s.block.Sentences[0].Start == s.off) && (startsWithPronoun(s.lower) && !quantifiedClass(s) || fragment || len(s.mentions) == 0 && eachDayOpens.MatchString(s.lower))
	if back && st.prev.from != nil {
		p := st.prev.from
		st.prev.population, st.prev.variant, st.prev.from = populationOf(p.masked), p.subjectVariant(), nil
	}
	// What the sentence's place on a listing says is the same for each of
	// its claims: work it out once (and not at all for a sentence with
	// none, as most are).
	itemListing := ""
	if s.block.Kind == corpus.BlockListItem && len(cs) > 0 {
		// ("- Individual Counseling: once a week" names a service.)
		if label, e := s.label(); e > 0 && providerName(label) && st.x.terms.find(label, lowerASCII(label)) == nil {
			itemListing = "listing: " + strings.ToLower(strings.TrimSpace(label))
		}
	}
	listingName := ""
	if st.directory && len(cs) > 0 {
		listingName = st.listingName(s.bi)
	}
	// ("Naches Health meets four evenings a week" on a blog comparing two
	// named providers: see orgOpening. So on a directory whose listings
	// are lines under no name of their own: "- Alder Online runs its IOP
	// 3 days a week.")
	if itemListing == "" && (!st.directory || listingName == "") && len(cs) > 0 {
		if name := st.orgOpening(s); name != "" {
			itemListing = "listing: " + strings.ToLower(name)
		} else if name := st.otherProviderLine(s); name != "" {
			itemListing = "listing: " + strings.ToLower(name)
		} else if st.newsOrg != "" && !fieldWide(s) {
			// ("The clinic will offer an IOP that meets three evenings a
			// week" in a story on Harbor Light's new clinic.)
			itemListing = "listing: " + strings.ToLower(st.newsOrg)
		} else if name := st.namedParagraph(s.bi); name != "" {
			itemListing = "listing: " + strings.ToLower(name)
		}
	}
	// So is what the row of a table cell says: "| Phase 1 – Stabilize |
	// 4 | 3 |" is a phase's row, and "| Hours weekly | 9 to 20 | 20 or
	// more |" on a directory a row of facts of the programs its columns
	// name, no listing's.
	b := s.block
	cell := b.Kind == corpus.BlockTableCell && b.RowHeader != ""
	rowPhase := ""
	if cell && len(cs) > 0 {
		// ("Program Phases" over "| 1 - Stabilize | 4 evenings a week |":
		// rows under a heading of phases are phases too.)
		if rh := lowerASCII(strings.TrimSpace(b.RowHeader)); phaseRow(rh) || phasesHeading(b) {
			rowPhase = "phase: " + rh
		}
	}
	linePhase := ""
	// dashPhaseFrom is where the line's text starts after a phase label
	// set off by a dash, -1 when none.
	dashPhaseFrom := -1
	if k := strings.IndexByte(s.text, ':'); !cell && k > 0 && k <= 60 && len(cs) > 0 {
		// "Phase 1 – Stabilization (Weeks 1–4): four days a week": a
		// line labelled with its phase gives that phase's schedule.
		if l := lowerASCII(strings.TrimSpace(strings.TrimLeft(s.text[:k], "*•- "))); phaseRow(l) && !careLevelOpening(strings.TrimLeft(s.lower, " -–—•*")) {
			linePhase = "phase: " + l
		}
	}
	// ("Phase III – Phase III is an elective three-month program": a
	// phase's label set off by a dash.)
	if linePhase == "" && !cell && len(cs) > 0 {
		for _, dash := range []string{" – ", " — ", " - "} {
			if k := strings.Index(s.text, dash); k > 0 && k <= 30 {
				// (A phase or stage only, whose line goes on to describe
				// it: not "Week 12 - graduation; the IOP meets …", nor
				// "Phase II — after 30 days of residential care, …",
				// which names what comes before it.)
				l := lowerASCII(strings.TrimSpace(strings.TrimLeft(s.text[:k], "*•- ")))
				if w := leadingWord(l, 0); phaseRow(l) && (w == "phase" || w == "stage") {
					switch leadingWord(lowerASCII(s.text[k+len(dash):]), 0) {
					case "after", "before", "once", "when", "following", "until":
					default:
						linePhase, dashPhaseFrom = "phase: "+l, k+len(dash)
					}
				}
				break
			}
		}
	}
	// "Induction 1-3 days" / "Stabilization 1-2 months": a line that
	// opens on a named phase of medication treatment, its figure right
	// after it, gives that phase's length (a table whose cells lost
	// their bars).
	if linePhase == "" && len(cs) > 0 {
		t := strings.TrimLeft(s.lower, " -•*")
		if w := leadingWord(t, 0); namedPhases[w] {
			if rest := strings.TrimLeft(t[len(w):], " :–-"); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				linePhase = "phase: " + w
			}
		}
	}
	// "During the three in-custody weeks, groups meet two mornings
	// a week": an opening that names some weeks of the program gives
	// their schedule, not the program's.
	if linePhase == "" && len(cs) > 0 {
		if m := duringWeeks.FindStringSubmatch(s.lower); m != nil {
			linePhase = "phase: " + strings.Join(strings.Fields(m[1]), " ")
		}
	}
	factCell := st.directory && cell && len(cs) > 0 && (!readHeader(b.RowHeader).empty() || featureRow(b.RowHeader))
	// (The page is read for both ways of attending only where a line or
	// a predicate names one: most sentences do not.)
	mode, hybrid := "", false
	if len(cs) > 0 {
		if mode = attendanceMode(s); mode != "" || daysModePossible(s) {
			hybrid = st.isHybrid()
		}
		if !hybrid {
			mode = ""
		}
	}
	// "PHP clients pick among flexible housing options:" / "- Stay in
	// our residence for more structure": each item is one choice, what
	// some clients do. (Not an item that names a program or labels a
	// track, "- IOP: 3-5 days/week" under "our three options:": each
	// item is that program's.)
	stepWord := len(cs) > 0 && strings.Contains(s.lower, "step")
	optionItem := len(cs) > 0 && b.Kind == corpus.BlockListItem && len(s.mentions) == 0 && !strings.Contains(s.text, ":") && st.optionsLeadIn(s.bi)
	// "two days a week at the clinic and three days in video groups from
	// home": each part of the week the way it is attended.
	if len(cs) > 1 && mode == "" {
		splitWeek(s, cs)
	}
	// The numbered part the sentence names, asked once for all its claims.
	part := ""
	if len(cs) > 0 && strings.Contains(s.text, "Part ") {
		part = numberedPart(s.text)
	}
	for i := range cs {
		c := &cs[i]
		if optionItem && c.Force == Typical {
			c.Force = Existential
		}
		if st.illustrativeFrom >= 0 && s.bi > st.illustrativeFrom {
			c.Force = Example
		}
		// "Example weekly schedules" / "- IOP: three evenings, 9 hours a
		// week": schedules a heading calls examples illustrate.
		// ("Examples of treatment programs" heads kinds of programs.)
		if hs := b.Headings; len(hs) > 0 && b.Kind != corpus.BlockHeading && (c.Force == Typical || c.Force == Universal) && exampleSchedules(lowerASCII(hs[len(hs)-1])) {
			c.Force = Example
		}
		// "In a 60-day inpatient program, you stay for 60 days" on the
		// page of a site's 60-day program: that program's length, one of
		// the lengths the site offers, not its usual stay. (The title's
		// own figure stays the page's: a rule the page gives all stays,
		// "a minimum length of 30 days", is held against it.)
		if c.Kind == ProgramLength && c.Variant == "" && st.titleLength != "" && b.Kind != corpus.BlockTitle && b.Kind != corpus.BlockHeading && c.Min != nil && c.Max != nil && *c.Min == *c.Max &&
			math.Abs(*c.Min-st.titleLengthDays) < 0.5 {
			c.Variant = st.titleLength
		}
		// "Virtual: Monday, Wednesday and Friday", "Tuesdays and
		// Thursdays are in person": the days a hybrid program meets one
		// way, a part of its week.
		if mode != "" && c.Variant == "" && (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) {
			c.Variant = mode
		}
		if hybrid && mode == "" && c.Variant == "" && c.Kind == DaysPerWeek {
			c.Variant = daysAttended(s, c)
		}
		// The row's phase goes before the "Phase" column's heading.
		if rowPhase != "" && (c.Variant == "" || c.Variant == st.phase || c.Variant == "phase") {
			c.Variant = rowPhase
			// (A phase whose row names no program is a phase of the
			// page's program: "| Phase 1 | 4 evenings a week |" on an
			// IOP's page.)
			if c.Subject == Other && programSubject(st.topic) && st.topic != Detox {
				c.Subject = st.topic
			}
		}
		// (Not a claim after a stay clients finish first, named after a
		// dash label: "Stage 2 - Having completed 28 days of residential
		// treatment, clients attend IOP three evenings a week".)
		if linePhase != "" && (c.Variant == "" || c.Variant == "phase") && !(dashPhaseFrom >= 0 && finishedBeforeClaim(s, c, dashPhaseFrom)) {
			c.Variant = linePhase
		}
		// ("Step 3: Detox, if you need it" heads a step of admission:
		// whether detox is offered is the same at every step.)
		if c.Variant == "" && st.phase != "" && c.Kind != DetoxOffered {
			c.Variant = st.phase
		}
		// ("All IOP tracks last 12 weeks" under the last track's heading:
		// every track's.)
		if c.Variant == "" && st.track != "" && c.Subject != Detox && !allTracks.MatchString(s.lower) {
			c.Variant = st.track
		}
		// "… less than nine hours a week, as a transition step down,
		// for one or two weeks": the step down's schedule, a phase apart.
		// ("Near the end, fewer than eight hours a week … as a transition
		// step down": the step down, whatever time it is set at.)
		if (c.Variant == "" || strings.HasPrefix(c.Variant, "phase: ")) && (c.Kind == HoursPerWeek || c.Kind == DaysPerWeek || c.Kind == HoursPerDay) && stepWord {
			if at := strings.Index(s.text, c.Text); at >= 0 && stepDownAfter.MatchString(s.lower[at+len(c.Text):]) {
				c.Variant = TransitionStepDown
			}
		}
		// "| Adolescent IOP | Monday–Thursday | 3:30–6:00 p.m. |": the row
		// names whose schedule its cells give.
		if c.Population == "" && cell {
			c.Population = populationOf(lowerASCII(b.RowHeader))
		}
		// "| | IOP for teens (13 to 17) | IOP for adults |": so does the
		// column.
		if c.Population == "" && cell {
			c.Population = columnPopulation(lowerASCII(b.ColHeader))
		}
		if c.Population == "" && st.sectionPopulation != "" {
			c.Population = st.sectionPopulation
		}
		if c.Population == "" && st.labelPopulation != "" && st.labelPopulationBlock == s.bi {
			c.Population = st.labelPopulation
		}
		if c.Variant == "" && st.detoxForm != "" && c.Subject == Detox && !(c.Kind == ProgramLength && st.formBesideSubstance) {
			c.Variant = st.detoxForm
		}
		// (A sentence naming residential care says it of residential care
		// whatever heads it.)
		if c.Variant == "" && c.Subject == Residential && s.section >= 0 && inpatientOnly(st.lower[s.section]) && !hasWord(s.lower, "residential") && st.inpatientApart() {
			c.Variant = "inpatient"
		}
		if c.Variant == "" && st.substance != "" && c.Kind == ProgramLength && (c.Subject == Detox || c.Subject == Other) {
			c.Variant = st.substance
		}
		if c.Variant == "" && st.withdrawn != "" && st.withdrawnBlock == s.bi && c.Kind == ProgramLength && (c.Subject == Detox || c.Subject == Other) && anaphoricOpening(s.lower) {
			c.Variant = st.withdrawn
		}
		// "How long is opioid detox? In a hospital unit it is usually
		// over in two to four days": the question names the withdrawal
		// its answer times.
		if c.Variant == "" && s.answers != "" && c.Kind == ProgramLength && c.Subject == Detox {
			// ("How long does detox from alcohol or opioids take?" names
			// two, and times neither.)
			if v := variantOf(s.answers, 0, len(s.answers), len(s.answers), len(s.answers)); substances[v] && soleSubstance(s.answers) != "" {
				c.Variant = v
			}
		}
		// ("Part 1 involves half-days … for 12 weeks" beside "opt into
		// Part 2, … for 8 weeks": numbered parts of a program.)
		if c.Variant == "" && part != "" {
			c.Variant = part
		}
		// "Our IOP sites are in Ohio, Maryland (with IOP on four nights
		// weekly) and Texas": the schedule of one place of the list.
		if c.Variant == "" && strings.Contains(s.text, "(") {
			if at := claimOffset(s, c); at >= 0 {
				if p := bracketedPlace(s.text, at); p != "" {
					c.Variant = "at " + p
				}
			}
		}
		// "Our Flex track meets twice a week": a track the provider names
		// is a program of its own.
		// "Our Plus tier has nine hours of groups each week": a plan the
		// provider names is the one its price table's row names.
		if c.Variant == "" && strings.Contains(s.text, " tier") {
			if m := namedTier.FindStringSubmatch(s.text); m != nil && !notTrackNames[strings.ToLower(m[1])] {
				c.Variant = "row: " + strings.ToLower(m[1])
			}
		}
		if c.Variant == "" && (strings.Contains(s.text, " track") || strings.Contains(s.text, " Track")) {
			if m := namedTrack.FindStringSubmatchIndex(s.text); m != nil && m[1] <= c.Span.Start-s.block.Span.Start+len(s.text) {
				if w := s.text[m[2]:m[3]]; !notTrackNames[strings.ToLower(w)] {
					c.Variant = strings.ToLower(w) + " track"
				}
			}
		}
		if back && c.Subject == st.prev.subject {
			if c.Population == "" {
				c.Population = st.prev.population
			}
			// ("… with an evening track from 5 to 8 p.m. Most clients
			// complete our IOP in 8 weeks": a sentence naming the
			// program itself speaks of all of it, not the track last
			// named.)
			// ("Our IOP used to last eight weeks. It now lasts twelve
			// weeks": what the program was stays with its own sentence.)
			// (Nor does a table row's variant reach the prose after the
			// table: "| 2 - Grow | 3 evenings a week | 2 weeks |" then
			// "Most people finish in 10 to 12 weeks" is the whole.)
			// ("Our Riverside location offers detox. This Lakeview location
			// has no detox beds": a sentence naming a place of its own is
			// that place's.)
			if c.Variant == "" && !renamesProgram(s, c.Subject) && (st.prev.variant != "before" || !presentTense(s.lower)) && !st.leftTable(s) &&
				!(strings.HasPrefix(st.prev.variant, "at ") && placeIn(s.text, st.places, 0, len(s.text)) != "") {
				c.Variant = st.prev.variant
			}
			// "Our PHP is our most intensive level. It meets five days a
			// week": the program pointed back at is the provider's own.
			// ("In most cases, most IOPs require …" speaks of IOPs in
			// general again.)
			if st.prev.provider && c.Scope == General && c.Attribution == "" && !ofProgramsInGeneral(s.lower) {
				c.Scope = Provider
			}
		}
		// "Adults come three evenings a week — Monday, Tuesday and
		// Thursday": on the provider's own page about the program, its
		// clients' schedule is the program's.
		if c.Scope == General && st.voiced && c.Subject == st.topic && c.Attribution == "" && clientsCome.MatchString(s.lower) &&
			!st.directory && !articlePage(s.doc.URL) && !ofProgramsInGeneral(s.lower) && !hasWord(s.lower, "centers", "centres", "typically", "usually", "generally", "meetings", "meeting", "aa", "na", "outside") {
			c.Scope = Provider
		}
		// "Our counselors lead IOP groups for adults. Groups last three
		// hours and meet three times a week": the groups the provider's
		// own account has just named, in its paragraph.
		if c.Scope == General && st.voicedBlock == s.bi+1 && c.Subject == st.topic && c.Attribution == "" && meetingsOpen.MatchString(s.lower) &&
			!st.directory && !articlePage(s.doc.URL) && !ofProgramsInGeneral(s.lower) && !hasWord(s.lower, "typically", "usually", "generally", "most", "many", "some") {
			c.Scope = Provider
		}
		// "Program schedule / Monday through Thursday, 9:00 a.m. to 1:00
		// p.m." on the provider's own page about the program: a bare
		// schedule line under its schedule heading is the program's.
		if c.Scope == General && st.voiced && c.Subject == st.topic && c.Attribution == "" && len(s.mentions) == 0 && scheduleHeadingOver(s.block) && wordCount(s.text) <= 12 &&
			!st.directory && !articlePage(s.doc.URL) && (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) {
			c.Scope = Provider
		}
		// "Our PHP runs Monday through Friday, 9 to 3. Clients typically
		// attend for three to four weeks": the next sentence of the
		// provider's own account hedges its clients, not programs at
		// large.
		// ("Most clients complete the program in 8 to 12 weeks": most of
		// its clients, not most programs.)
		if c.Scope == General && st.prev.provider && st.prev.block == s.bi && st.prev.subject == c.Subject && c.Attribution == "" && clientsHedged.MatchString(s.lower) &&
			!st.directory && !articlePage(s.doc.URL) && !ofProgramsInGeneral(strings.TrimPrefix(strings.TrimLeft(s.lower, " "), "most ")) &&
			!hasWord(s.lower, "centers", "centres", "facilities", "providers", "nationally", "nationwide", "industry", "elsewhere", "country", "general") {
			c.Scope = Provider
		}
		// "How many days a week does my teen attend? / Four afternoons a
		// week": the question says whose.
		if c.Population == "" && s.answers != "" {
			if p := populationOf(s.answers); p == "adolescent" || p == "young-adult" {
				c.Population = p
			}
		}
		// "Teen IOP / After school, three afternoons a week": a short
		// section heading naming whom the program is for says whose the
		// figures under it are.
		// (A line read as a heading itself, "After school, three
		// afternoons a week" under "Teen IOP", has the heading above it.)
		if c.Population == "" && programSubject(c.Subject) {
			hs := s.block.Headings
			if b := s.block; b.Kind == corpus.BlockHeading && s.bi > 0 && st.doc.Blocks[s.bi-1].Kind == corpus.BlockHeading {
				hs = []string{st.doc.Blocks[s.bi-1].Text}
			}
			c.Population = headingPopulation(hs)
			// ("Adolescent IOP (ages 12–17)" / "Mon/Tue/Thu" / "3:30–5:30
			// pm" / "Typical length: 8 weeks": short lines of a fact
			// block read as headings themselves stand under the one
			// that names whom it is for.)
			for k := s.bi - 1; c.Population == "" && k >= 0 && k >= s.bi-4 && (st.doc.Blocks[k].Kind == corpus.BlockHeading || wordCount(st.lower[k]) <= 6 && !strings.HasSuffix(strings.TrimSpace(st.lower[k]), ".")); k-- {
				c.Population = headingPopulation([]string{st.doc.Blocks[k].Text})
			}
		}
		if c.Population == "" {
			c.Population = st.titlePopulation
		}
		// "A 90-minute virtual skills group on Wednesday rounds out the
		// week, giving a total of about 9.5 hours": the week's total, of
		// the page's program, not of the part that rounds it out.
		if c.Kind == HoursPerWeek && trackVariant(c.Variant) && c.Variant != st.titleVariant && programSubject(c.Subject) && !namesProgram(s) && weekTotalAfterPart(s.lower, strings.Index(s.text, c.Text)) {
			c.Variant = st.titleVariant
		}
		if c.Variant == "" && programSubject(c.Subject) {
			// "Weekday Morning: Mon, Tue, Thu, Fri · 9:00 a.m.–12:00
			// p.m.", "Weekend: Saturday and Sunday": a line labelled
			// with a track's time is that track's, whatever the title.
			c.Variant = TimeTrackLabel(s.text)
		}
		// "Evening Virtual IOP for Working Adults": "our evening IOP" on
		// the page is the title's program, whichever of its tracks it
		// names.
		// ("Our in-person evening IOP" on that page is another.)
		if c.Variant != "" && c.Variant != st.titleVariant && c.Subject == st.topic && st.titleVariant != "" && slices.Contains(st.titleTracks, c.Variant) &&
			!s.contains("in-person") && !s.contains("in person") {
			c.Variant = st.titleVariant
		}
		// ("Adults under 55 can join our standard IOP, which meets
		// Monday through Thursday" on the Older Adult IOP's page: the
		// standard program set beside the title's track.)
		if c.Variant == "" && c.Subject == st.topic && st.titleVariant != "" && standardNamed(s.lower) {
			c.Variant = "weekday"
		}
		if c.Variant == "" && c.Subject == st.topic && st.titleVariant != "" {
			// On a page titled for its evening IOP, "IOP meets Monday,
			// Wednesday and Thursday" is the evening IOP's.
			c.Variant = st.titleVariant
		}
		// "Alcohol Detox | Lakeshore": on a page about one substance's
		// detox, a length of detox naming none is that withdrawal's.
		if c.Variant == "" && c.Subject == Detox && c.Kind == ProgramLength {
			c.Variant = st.titleSubstance
		}
		// "Our extended care lasts 6 to 9 months. It follows a traditional
		// 28-day residential program": a program clients complete before
		// this one, its length not this one's, whatever track or title
		// the page gives. (Not the provider's own: "after completing our
		// 30-day program".)
		if c.Kind == ProgramLength {
			if at := strings.Index(s.text, c.Text); at >= 0 && completedBeforeAt(s.lower, at) {
				c.Variant = "completed before"
			}
		}
		// "DUI Court lasts 18 to 24 months" beside a class that takes
		// four weeks: the court's own program is another's.
		if c.Kind == ProgramLength && c.Subject == Other && c.Variant == "" && courtLasts.MatchString(s.lower) {
			c.Variant = "court"
		}
		// "no medical detox here; our social detox uses no
		// medicine": on a page that offers detox without medicine, a
		// denial of medical detox denies that form only.
		if c.Kind == DetoxOffered && c.Variant == "" && c.Value != nil && !*c.Value && strings.Contains(lowerASCII(c.Text), "medical detox") && st.socialDetox() {
			c.Variant = "medical"
		}
		// "How long is the program? / Our minimum stay is 45 days" on a
		// residential site's FAQ whose only program named is detox: a
		// stay of three weeks or more that no detox word names is the
		// residential stay (withdrawal care is over in days).
		if c.Kind == ProgramLength && c.Subject == Detox && c.Min != nil && *c.Min >= 21 && !mentions(s, Detox) && !hasWord(s.lower, "withdrawal", "taper", "tapering") &&
			(len(s.block.Headings) == 0 || st.headingSubject(s.block.Headings[len(s.block.Headings)-1]) != Detox) {
			c.Subject = Residential
		}
		// "Outpatient counseling / … one-to-one counseling each week,
		// an hour at a time" on an IOP page: the therapy of the program
		// the section heads, not the IOP's one-on-one sessions.
		if c.Variant == "" && therapySubject(c.Subject) && programSubject(st.topic) && len(s.block.Headings) > 0 {
			if h := st.headingSubject(s.block.Headings[len(s.block.Headings)-1]); programSubject(h) && h != st.topic {
				c.Variant = "in " + strings.ToLower(h.String())
			}
		}
		// "Core IOP (adults): 3 days a week" beside "Flex IOP (adults):
		// two sessions a week": tracks the provider names, each its own.
		if c.Variant == "" || c.Variant == "virtual" {
			if t := st.namedTrackBefore(s, c); t != "" {
				c.Variant = t + " track"
			} else if f := st.focusTrackBefore(s, c); f != "" {
				c.Variant = f + " track"
			} else if f := focusTrackNamed(s, c); f != "" {
				c.Variant = f + " track"
			} else if v := askedTrack(s, c); v != "" {
				c.Variant = v
			}
		}
		if c.Variant == "" {
			at := max(strings.Index(s.text, c.Text), 0)
			if p := placeIn(s.text, st.places, at, at+len(c.Text)); p != "" {
				c.Variant = "at " + p
				// ("Detox is not offered at this campus; we arrange it at
				// Alder Falls" on Pinecrest's page: the site pointed at
				// nearer the claim is the one it is about.)
				if c.Kind == DetoxOffered && st.ownPlace != "" && p != st.ownPlace {
					if k := thisSiteAt(s.lower); k >= 0 && distance(k, at) < distance(strings.Index(s.lower, p), at) {
						c.Variant = "at " + st.ownPlace
					}
				}
			} else if cell && slices.Contains(st.places, strings.TrimSpace(b.RowHeader)) {
				// "| Springfield | 3 mornings a week |": the row's place.
				c.Variant = "at " + strings.ToLower(strings.TrimSpace(b.RowHeader))
			} else if c.Kind == DetoxOffered && atOtherLocations(s.lower) {
				// "At other sites, we coordinate detox placement":
				// the provider's other sites, not the one it runs detox at.
				c.Variant = "at other locations"
			} else if name := deniedAtFacility(c, s); name != "" {
				// "Larkspur House has no detox on site" on
				// …/larkspur-house-residential: that facility's, not the
				// provider's whole system.
				c.Variant = "at " + name
			} else if site := namedSite(s.text); c.Kind == DetoxOffered && c.Value != nil && !*c.Value && site != "" && severalSitesOrOne(st, s, c, site) {
				// "Our Columbus office does not provide detox" on a
				// location's page: that site's, not the provider's. (Detox
				// offered at one site is the provider's offer: "we do not
				// offer detox" denies it.) ("Our Dayton and Akron clinics"
				// are sites of several.)
				c.Variant = "at " + site
			} else if p := placeOfFolder(s, c); p != "" {
				c.Variant = "at " + p
			} else if c.Kind == DetoxOffered && st.prev.block == s.bi && st.prev.subject == c.Subject && strings.HasPrefix(st.prev.variant, "at ") &&
				st.prev.variant != "at other locations" && strings.HasPrefix(s.lower, "we ") && c.Value != nil && !*c.Value {
				// "… does not provide detox. We coordinate admission to a
				// partner unit": the next sentence goes on about that site.
				// ("We provide medical detox at our Indiana campus" names
				// another.)
				c.Variant = st.prev.variant
			} else if c.Kind == DetoxOffered && st.ownPlace != "" && (thisSite(s.lower) || c.Value != nil && !*c.Value && onSiteWords(s.lower)) {
				// ("Medical detox: not on site" in the Pine Hollow
				// campus's fact box: not at that campus.)
				// "We do not run detox at the Pine Hollow campus" and "this
				// site has its own detox unit" on Pine Hollow's page: one
				// site.
				c.Variant = "at " + st.ownPlace
			} else if c.Kind == DetoxOffered && (thisLocation(s.lower) && st.oneOfSites(s.lower) || c.Value != nil && !*c.Value && onSiteWords(s.lower) && ownDetoxUnitIn(st.lower[s.bi])) {
				// "There are no detox beds at this location; we'll admit
				// you to our main campus", "There is no detox on site.
				// Anyone who needs it is admitted to our Columbus detox
				// unit": one site's, not the provider's. Under a site's own
				// heading ("Riverside Outpatient Office (IOP and
				// outpatient)") it is that site's. (A provider with one
				// facility saying "not at this facility" answers for
				// itself.)
				c.Variant = "at this location"
				if hs := s.block.Headings; len(hs) > 0 {
					if site := siteHeading(hs[len(hs)-1]); site != "" {
						c.Variant = "at " + site
					}
				}
			} else if site := locationPage(s.doc.URL); c.Kind == DetoxOffered && site != "" && (sitePlaced(s.lower) || c.Value != nil && !*c.Value && referral(s.lower) && !everyLocationSaid(s.lower)) {
				// "Medical detox: not on site" on …/locations/greenville/:
				// not at that location, whatever the provider runs at its
				// others; "our on-site detox unit" there is that
				// location's. So is a location's referral ("| Detox |
				// Referred to the medical center |"): it sends its clients
				// on, perhaps to the provider's own unit elsewhere.
				c.Variant = "at " + site
			}
		}
		// "We do not run detox at the Pine Hollow campus" on that
		// campus's own page is the provider's word on its site.
		// (Not a plan, "will be available at the Durango campus next
		// spring"; nor a sentence naming another of the places, whose
		// site it may be about; nor another organisation's campus of the
		// same name, "the Durango campus of Mercy Regional".)
		if c.Scope == General && c.Kind == DetoxOffered && st.ownPlace != "" && c.Variant == "at "+st.ownPlace && c.Attribution == "" && !st.directory &&
			c.Force == Typical && !futureOrPlan(s.lower) && !otherPlaceNamed(s.lower, st.places, st.ownPlace) && !strings.Contains(s.lower, st.ownPlace+" campus of") {
			c.Scope = Provider
		}
		// "| Morning | Mon–Fri | 9:00 a.m.–12:00 p.m. |" on an IOP page:
		// the row is a track of the page's program.
		if c.Subject == Other && cell && !st.directory && programSubject(st.topic) && trackRow(lowerASCII(b.RowHeader)) != "" {
			c.Subject = st.topic
		}
		// "| Sunfield Center | 2 | 3 | 12 weeks |" on a directory's page
		// comparing IOPs: each row is a provider's program of the kind
		// the page lists.
		if c.Subject == Other && cell && st.directory && programSubject(st.topic) && st.listingLike(strings.TrimSpace(b.RowHeader)) && nameCased(strings.TrimSpace(b.RowHeader)) {
			c.Subject = st.topic
		}
		// "| Red Fork Recovery | 3 evenings a week | 10 weeks |" under a
		// "Program" column on a guide comparing IOPs: the same. (A row
		// that names its level, "| Linden Creek Health | PHP | …", is
		// that level's already.)
		if c.Subject == Other && cell && !st.directory && programSubject(st.topic) && providerRow(st.doc, s.bi) {
			c.Subject = st.topic
		}
		// "Riverbend Counseling Group / IOP meets 4 days a week" and
		// "Gem City Wellness / IOP meets three evenings per week" on a
		// directory page are two providers' programs.
		// "| Medication dosing | Monday-Saturday |" beside "| Counseling |
		// Monday-Friday |": rows of services, each its own schedule.
		// "| Standard Outpatient | 1 day a week |" above "| Outpatient
		// Plus | 4 days a week |": two tracks of one level, each its row's.
		if c.Variant == "" && cell && !st.directory && programSubject(c.Subject) && trackOfLevel.MatchString(lowerASCII(b.RowHeader)) {
			c.Variant = "row: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// (A row's header cell has no row header of its own, so "| 3 |
		// Weeks 8–9 | 3 |" gives its last cell the row's name too, though
		// the two read alike.)
		if c.Variant == "" && c.Subject == Other && cell && !factRow(b) {
			c.Variant = "row: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// "- Prairie Wind Recovery: day IOP, five mornings a week": a list
		// item labelled with a provider's name is that provider's, on any
		// page.
		if itemListing != "" {
			c.Variant = itemListing
		}
		// "| Linden Creek Health (Marston) | PHP | weekdays | 3-4 weeks |"
		// under a "Program" or "Provider" column on a guide comparing
		// programs: each row is one provider's.
		if c.Variant == "" && cell && !st.directory && providerRow(st.doc, s.bi) {
			c.Variant = "listing: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// ("Evening IOP: Tue/Thu" under a listed provider's name: the
		// provider's evening track, which no other listing's drifts
		// from.)
		// (A track the page's title names, "Virtual IOPs serving Ohio",
		// is every listing's: the listing's name still says whose.)
		// ("| Northgate Online IOP | 2 evenings | 6 |": a row headed by a
		// provider whose name says how it serves is still that
		// provider's.)
		if (c.Variant == "" || !cell && listingName != "" && (trackVariant(c.Variant) && listingLine(s.block.Text) || c.Variant == st.titleVariant && !firstPerson(s.lower)) && st.severalListings() ||
			cell && trackVariant(c.Variant) && st.providerRowName(strings.TrimSpace(b.RowHeader))) && st.directory && !factCell {
			// "| Red Fork Recovery | IOP | 3 evenings/week |": on a
			// directory, a row headed by a provider is that provider's.
			// ("| Marlow Health IOP | 3–4 | …": a provider named with its
			// level of care last.)
			if cell && (st.x.terms.find(b.RowHeader, lowerASCII(b.RowHeader)) == nil || st.listingLike(strings.TrimSpace(b.RowHeader))) {
				c.Variant = "listing: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
			} else if name := listingName; name != "" {
				c.Variant = "listing: " + strings.ToLower(name)
				// "4. Maple Street Teen Services" / "Adolescent IOP -
				// Ages 13-17" / "Two afternoons a week, …": the
				// listing's lines say whom its figures are for.
				if c.Population == "" {
					c.Population = st.listingPopulation(s, name)
				}
			} else if hs := s.block.Headings; len(hs) > 0 && st.listingLike(hs[len(hs)-1]) && nameCased(listingHead(hs[len(hs)-1])) && !countFound(lowerASCII(hs[len(hs)-1])) && !hostHolds(st.doc, hs[len(hs)-1]) {
				// ("4 programs found" and the site's own name head the
				// directory's words, no listing.)
				c.Variant = "listing: " + strings.ToLower(hs[len(hs)-1])
			}
		}
		// "For IOP, plan on three days a week with 3 hours of group
		// therapy; PHP adds up to five hours of group therapy": the groups
		// of the one program the sentence names (partsOfOneProgram keeps
		// the mark only where the page times a part in two programs).
		if c.Variant == "" && (c.Subject == GroupTherapy || c.Subject == IndividualTherapy) {
			if p := soleProgramNamed(s.mentions); p != NoSubject {
				c.Variant = sentenceProgram + p.String()
			}
		}
	}
	bracketedSteps(s, cs)
	// ("Our IOP is for adults for whom weekly therapy is no longer
	// enough. It meets …": care held up for comparison is not what the
	// next sentence points back at.)
	own := len(cs)
	for own > 0 && cs[own-1].Variant == "compared" {
		own--
	}
	switch {
	case own > 0:
		cs = cs[:own]
		last := &cs[len(cs)-1]
		st.prev.subject, st.prev.population, st.prev.variant, st.prev.block, st.prev.from = last.Subject, last.Population, tracksAgree(cs, last), s.bi, nil
		st.prev.provider = last.Scope == Provider
	case firstProgram(s) != NoSubject:
		// "Our half-day PHP is a transition option. It runs …": the
		// program a sentence opens with, and its variant, read only if
		// a sentence points back at it.
		st.prev.subject, st.prev.block, st.prev.from = firstProgram(s), s.bi, s
		// ("Detox rids our body of substances. This process …": the
		// sentence must name the program as the provider's.)
		st.prev.provider = s.provider && ownedFirstProgram(s)
	case st.prev.block != s.bi:
		st.prev.subject, st.prev.provider = NoSubject, false
	}
}

// renamesProgram reports a sentence that names the program subj itself
// and does not point back at the sentence before with a pronoun.
func renamesProgram(s *sentence, subj Subject) bool {
	return namesSubject(s, subj) && !realPronounOpens(s.lower)
}

// namesSubject reports a sentence naming the program subj itself as the
// provider's or a definite one: "our IOP", "the IOP" ("complete IOP in
// 14 weeks" may still be the track's).
func namesSubject(s *sentence, subj Subject) bool {
	for _, m := range s.mentions {
		if m.subject == subj && !m.contrast {
			if w := wordBefore(s.lower, m.start); w == "our" || w == "the" || w == "this" {
				return true
			}
		}
	}
	return false
}

// realPronounOpens reports a sentence opening on a pronoun that points
// back ("It lets working adults complete IOP …", "Most people in it …"),
// not on a quantifier of people ("Most clients complete our IOP …").
func realPronounOpens(lower string) bool {
	switch leadWord(trimLeftWords(lower), "most", "many", "some") {
	case "it", "they", "this", "these", "those", "that", "its", "their":
		return true
	}
	return strings.Contains(lower, " in it ") || strings.Contains(lower, " of it ")
}

// ownedFirstProgram reports the sentence's first program named as the
// provider's (ownedBefore): "Our evening IOP", "our partial
// hospitalization program".
func ownedFirstProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !m.contrast {
			return ownedBefore(s.lower, m.start)
		}
	}
	return false
}

// headingPhase names the phase a heading opens ("Phase 1 (weeks 1 to 4):
// Stabilization", "Weeks 5-8"), or "".
func headingPhase(lower string) string {
	t := strings.TrimLeft(lower, " -–—•*#")
	// "Old schedule (through April 3):": the schedule being left.
	if oldSchedule.MatchString(t) {
		return "before"
	}
	m := headingPhaseRe.FindString(t)
	if m == "" {
		return ""
	}
	return "phase: " + strings.Join(strings.Fields(m), " ")
}

// duringWeeks opens a sentence on some weeks of the program: "During
// the first two weeks,", "During the four in-custody weeks,".
var duringWeeks = prefilter.MustCompile(`^\s*(?:during|for|in|over|throughout)\s+(the\s+(?:first|last|final|opening|early|initial|\w+)\s+(?:[\w-]+\s+){0,2}?(?:weeks?|days?|months?|phase))\s*,`)

// oldSchedule opens a label or heading on a schedule left behind: "Old
// schedule", "Our previous schedule", "Former hours".
var oldSchedule = prefilter.MustCompile(`^(?:our\s+|the\s+)?(?:old|previous|former|prior|earlier)\s+(?:schedule|hours|timetable|times)\b`)

var headingPhaseRe = prefilter.MustCompile(`^(?:(?:phase|stage|step)\s+(?:\d+|i{1,3}|iv|one|two|three|four)|weeks?\s+\d+\s*(?:-|–|to|through)\s*\d+|month\s+\d+|(?:primary|secondary|tertiary)(?:\s*/\s*[a-z-]+)?\s+(?:care|treatment|rehab|programme|program|stage|phase))\b`)

// quantifiedClass reports a sentence that opens on a quantifier and the
// programs it quantifies ("Most IOPs involve 9 to 15 hours a week",
// "Some PHPs run six hours a day"): a statement about programs of that
// kind, which takes no track or population from the sentence before
// ("Weekend IOP tracks suit shift workers."), where a bare "Most run six
// hours a day" points back at it.
func quantifiedClass(s *sentence) bool {
	t := trimLeftWords(s.lower)
	at := len(s.lower) - len(t)
	for _, q := range []string{"most ", "some "} {
		if !strings.HasPrefix(t, q) {
			continue
		}
		for _, m := range s.mentions {
			if m.start == at+len(q) && programSubject(m.subject) {
				return true
			}
		}
	}
	return false
}

// futureOrPlan reports a sentence about what is planned, not what is:
// "will be available", "beginning next spring", "plans to open".
func futureOrPlan(lower string) bool {
	return strings.Contains(lower, " will ") || strings.Contains(lower, "'ll ") || strings.Contains(lower, "’ll ") || hasWord(lower, "next", "soon", "plan", "plans", "planned", "planning", "upcoming", "opening", "yet")
}

// phaseRow reports a table row headed by a phase of the program: "Phase
// 1 – Stabilize", "Stage two", "Weeks 1–4".
func phaseRow(rh string) bool {
	w := leadingWord(rh, 0)
	if w != "phase" && w != "stage" && w != "week" && w != "weeks" {
		return false
	}
	rest := strings.TrimLeft(rh[len(w):], " ")
	n := leadingWord(rest, 0)
	return n != "" && (n[0] >= '0' && n[0] <= '9' || n == "one" || n == "two" || n == "three" || n == "four" || n == "i" || n == "ii" || n == "iii")
}

// clientsCome opens a sentence on the clients coming to the program:
// "Adults come three evenings a week", "Clients attend Monday through
// Thursday", "Teens meet after school".
var clientsCome = prefilter.MustCompile(`^\s*(?:our\s+|the\s+)?(?:adults|teens|adolescents|clients|patients|participants|members|students|residents)\s+(?:come|come\s+in|attend|meet|gather|join\s+us)\b`)

// clientsHedged opens on clients doing what the program asks, hedged or
// not: "Clients typically attend for three to four weeks". Clients named
// by their program are still its own ("Our PHP meets Monday to Thursday.
// PHP members get 16 hours of care each week").
var clientsHedged = prefilter.MustCompile(`^\s*(?:our\s+|the\s+|most\s+(?:of\s+our\s+)?)?(?:(?:iop|php|op|program|day[- ]program)\s+)?(?:adults|teens|adolescents|clients|patients|participants|members|residents)\s+(?:(?:usually|typically|generally|often|normally)\s+)?(?:attend|stay|remain|spend|complete|finish|come|graduate|are\s+discharged|receive|get)\b`)

// presentTense reports a sentence that speaks of now: "It now lasts
// twelve weeks", "It meets four nights a week".
func presentTense(l string) bool {
	return hasWord(l, "now", "today", "currently", "meets", "runs", "lasts", "is", "are", "offers", "takes", "provides")
}

// phasesHeading reports a block under a short heading of phases or
// stages: "Program Phases", "Stages of care".
func phasesHeading(b *corpus.Block) bool {
	hs := b.Headings
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	return wordCount(h) <= 5 && hasWord(h, "phases", "stages")
}

// leftTable reports a sentence outside a table right after one read in a
// table cell.
func (st *state) leftTable(s *sentence) bool {
	p := st.prev.block
	return s.block.Kind != corpus.BlockTableCell && p >= 0 && p < len(st.doc.Blocks) && st.doc.Blocks[p].Kind == corpus.BlockTableCell
}

// meetingsOpen opens a sentence on the program's meetings, with no
// owner named: "Groups last three hours", "Sessions are held …".
var meetingsOpen = prefilter.MustCompile(`^\W*(?:the\s+|these\s+)?(?:groups?|sessions?|meetings?|classes)\s+(?:last|lasts|run|runs|are|is|meet|meets|take|takes)\b`)

// finishedBeforeClaim reports words of a stay finished first between
// from and the claim c in s, or in the claim's own words.
func finishedBeforeClaim(s *sentence, c *Claim, from int) bool {
	at := claimOffset(s, c)
	if at < from {
		return false
	}
	return hasWord(s.lower[from:min(len(s.lower), at+len(c.Text))], "finish", "finishes", "finished", "complete", "completes", "completed", "completing", "having", "step", "steps")
}

// completedBeforeAt reports the program of the figure at at in lower as
// one clients complete before this one (completedBefore,
// completingInitial).
func completedBeforeAt(lower string, at int) bool {
	pre := lower[max(0, at-60):at]
	return completedBefore.MatchString(pre) || completingInitial.MatchString(pre) && !hasWord(lower[at:], "us", "here", "our")
}

// completingInitial ends on a program clients are still finishing when
// they come, named as the one before: "are completing an initial ".
// (Not "are completing a 90-day residential program at our campus":
// the page's own.)
var completingInitial = prefilter.MustCompile(`\b(?:are|is|were|was)\s+(?:just\s+)?(?:completing|finishing)\s+(?:a|an|their)\s+(?:initial|prior|previous|first|primary|earlier)\s+(?:(?:traditional|standard|typical|usual|short|shorter|short-term|full|longer)\s+)*$`)

// completedBefore ends on a program completed before, named by its
// length with an indefinite article: "after completing a traditional ",
// "having completed a "; not "after the full 60-day treatment", the
// page's own program, nor "after a" or "follows a", which are as often
// the page's own stay ("leave our residence after a 60-day stay", "our
// program follows a 12-week curriculum").
var completedBefore = prefilter.MustCompile(`\b(?:after\s+(?:completing|finishing|graduating\s+from|leaving)|(?:having|have|has)\s+completed)\s+(?:a|an|their)\s+(?:(?:traditional|standard|typical|usual|short|shorter|short-term|initial|primary|full|longer)\s+)*$`)

// exampleSchedules reports a heading that calls what it heads example
// schedules: "Example weekly schedules", "An example week". ("Examples of
// what each day includes", "Examples of activities during your 28 days"
// head real statements.)
func exampleSchedules(h string) bool {
	if !hasWord(h, "example", "examples") || hasWord(h, "of") {
		return false
	}
	return hasWord(h, "schedule", "schedules", "timetable", "timetables") || strings.Contains(h, "example week") || strings.Contains(h, "example day")
}

// severalSitesOrOne reports the site a detox denial names as the
// denial's own: sites named together ("Our Dayton and Akron clinics")
// right before it, or one site on a page about one of several.
func severalSitesOrOne(st *state, s *sentence, c *Claim, site string) bool {
	if strings.Contains(site, " and ") {
		return siteInClause(s, c.Text)
	}
	return st.oneOfSites(s.lower)
}

// siteInClause reports the sites namedSite read in s named before the
// claim's words with no comma or semicolon between: "Our Dayton and
// Akron clinics do not provide detox", not "Our Dayton and Akron clinics
// offer outpatient care, and we do not offer detox at any site".
func siteInClause(s *sentence, text string) bool {
	at := strings.Index(s.text, text)
	m := namedSiteBefore.FindStringIndex(s.text)
	return at >= 0 && m != nil && m[1] <= at && !strings.ContainsAny(s.text[m[1]:at], ",;")
}

// standardProgramCues name the standard program beside a track: "our
// standard IOP", "the regular PHP".
var standardProgramCues = []string{"standard iop", "standard php", "standard adult iop", "standard adult php", "regular iop", "regular php", "standard program", "standard intensive outpatient", "standard partial"}

// standardNamed reports the standard program named in a sentence, not
// held up against the page's track: "our standard IOP, which meets …",
// not "Unlike our standard IOP, this program …".
func standardNamed(lower string) bool {
	for _, c := range standardProgramCues {
		k := strings.Index(lower, c)
		if k < 0 {
			continue
		}
		w := wordBefore(lower, k)
		if w == "our" || w == "the" || w == "a" {
			w = wordBefore(lower, lastIndex(lower[:k], w))
		}
		switch w {
		case "unlike", "than", "like", "versus", "vs", "with", "to":
			return false
		}
		return true
	}
	return false
}

// eachDayOpens opens a sentence on one day or session of a schedule:
// "Each morning …", "Every evening …", "Each session …".
var eachDayOpens = prefilter.MustCompile(`^\s*(?:each|every)\s+(?:morning|afternoon|evening|night|day|session|meeting)\b`)

// weekTotalAfterPart reports a figure at i told as the week's total after
// a clause about one part of it: "…, giving a total of about 9.5 hours",
// "…, for a total of 12 hours a week".
func weekTotalAfterPart(lower string, i int) bool {
	if i <= 0 {
		return false
	}
	pre := lower[max(0, i-40):i]
	k := strings.LastIndexByte(pre, ',')
	if k < 0 {
		return false
	}
	t := pre[k+1:]
	return strings.Contains(t, "total of") || strings.Contains(t, "totaling") || strings.Contains(t, "totalling") || strings.Contains(t, "adding up to") || strings.Contains(t, "bringing the week to")
}
