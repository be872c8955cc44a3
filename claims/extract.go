package claims

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// Options tunes extraction.
type Options struct {
	// Synonyms adds site-specific names for subjects ("Evening Program" → iop).
	Synonyms map[Subject][]string
}

// Extractor extracts claims; it is safe for concurrent use.
type Extractor struct {
	terms *subjectTerms
}

// NewExtractor compiles the subject names once for many documents.
func NewExtractor(opt Options) *Extractor {
	return &Extractor{terms: newSubjectTerms(opt.Synonyms)}
}

var defaultExtractor = NewExtractor(Options{})

// Extract returns doc's claims with the built-in subject names.
func Extract(doc *corpus.Document) []Claim { return defaultExtractor.Extract(doc) }

// sentence is the working view of one sentence while extracting.
type sentence struct {
	doc   *corpus.Document
	block *corpus.Block
	bi    int
	off   int // start of the sentence in block.Text
	text  string
	lower string
	// masked is lower with every quantity blanked out, so cue words are
	// only searched outside other quantities.
	masked string
	// widened: widerCeiling folded a later ceiling into a claim of the
	// sentence, whose own claim dropWidened then drops.
	widened bool
	// stepped: bracketedSteps made phases of the sentence's claims, whose
	// copies for coordinated programs oneOfEach then merges.
	stepped bool
	// section is the index of the heading block the sentence sits under,
	// -1 before the first.
	section int
	// youngPage: the page's title or address says its program is for
	// teens or young adults, whose parents are not its clients.
	youngPage bool
	// weekBefore: the sentence before, in the same block, gave hours a
	// week ("Grown-ups receive 9 to 16 hours a week. For teens it is 6 to 12
	// hours.").
	weekBefore bool
	mentions   []mention
	qs         []quantity.Quantity
	provider   bool
	// header is what a table header or a "Label:" says about the
	// quantities from headerFrom on.
	header     headerContext
	headerFrom int
	// lengthAsked marks the first sentence under a heading that names a
	// program's length ("Program length").
	lengthAsked bool
	// answers is the question the sentence follows, lowercased ("" when
	// none); question says the sentence is one itself.
	answers  string
	question bool
	// unmet: the sentence is a line under "not a good fit if:" (see
	// unmetNeed), read once in claimsOf for its figures and yes/no hits.
	unmet bool
	// copy is the sentence's text cloned once for all its claims.
	copy string
	// Sentence-wide modality, read once for all its claims.
	readWho                         bool
	attribution, population         string
	attributionAt                   int // where attribution's cue starts
	variantChecked, variantPossible bool
	subjectVariantRead              bool
	subjectVar                      string
	phaseRead                       bool
	phase                           string
	// labelRead, labelText and labelEnd hold labelSplit(text), asked by
	// many readings of one sentence.
	labelRead bool
	labelText string
	labelEnd  int
	// verbRead, verbEnd and verbIsA hold readProviderVerb(s), asked by
	// offeredIn and by the page's note of what the provider runs.
	verbRead bool
	verbEnd  int
	verbIsA  bool
	// filter is the page's trigram filter, shared by its sentences.
	filter *gramFilter
	// hours is the page's memo of its current block's hoursLabel, shared
	// by its sentences: asked of the block's whole text for every figure,
	// it scanned a long block once a figure.
	hours *blockHours
	// rows is the page's memo of what its table rows say, shared by its
	// sentences: every figure of a table asked about every row of the
	// page.
	rows *pageRows
}

// blockHours remembers hoursLabel of the block read last.
type blockHours struct {
	bi          int
	read, label bool
}

// blockHoursLabel is hoursLabel of s's block, read once a block.
func (s *sentence) blockHoursLabel() bool {
	h := s.hours
	if h == nil {
		return hoursLabel(s.block.Text, hoursSection(s.block)) || contactHours(s.doc, s.bi)
	}
	if !h.read || h.bi != s.bi {
		h.bi, h.read, h.label = s.bi, true, hoursLabel(s.block.Text, hoursSection(s.block)) || contactHours(s.doc, s.bi)
	}
	return h.label
}

// Extract returns doc's claims in document order.
func (x *Extractor) Extract(doc *corpus.Document) []Claim { return x.Read(doc).Claims }

// Read returns doc's claims in document order and the program names it
// spells out with their abbreviations.
func (x *Extractor) Read(doc *corpus.Document) Reading {
	r, st := x.read(doc, false)
	// "Do you offer detox? / Detox isn't something we do here": a page
	// that names detox most but says its provider does not do it is
	// about the program it does run. Read again with that topic: the
	// topic decides the subject of every unnamed figure before it.
	if st.topic == Detox && st.programTopic != "" && deniesOwnDetox(r.Claims) {
		r, _ = x.read(doc, true)
	}
	return r
}

// deniesOwnDetox reports a claim, in the provider's own words, that the
// provider does not offer detox, on a page that offers none. ("We do not
// offer outpatient detox" on a page of an inpatient detox unit denies
// one kind of it; so does a page that offers detox at one place and not
// at another.)
func deniesOwnDetox(cs []Claim) bool {
	denied := false
	for i := range cs {
		c := &cs[i]
		if c.Kind != DetoxOffered || c.Value == nil {
			continue
		}
		if *c.Value {
			return false
		}
		if l := lowerASCII(c.Sentence); c.Subject == Detox && c.Variant == "" && c.Force == Typical && firstPerson(l) && !qualifiedDetoxDenial(l) {
			denied = true
		}
	}
	return denied
}

// qualifiedDetoxDenial reports a denial of one kind of detox: "We don't
// offer detox in people's homes", "… for teens".
func qualifiedDetoxDenial(l string) bool {
	k := strings.Index(l, "detox")
	if k < 0 {
		return false
	}
	// ("We'll refer you to a hospital-based detox instead" on a page of
	// outpatient detox: another setting's.)
	switch wordBefore(l, k) {
	case "hospital-based", "hospital", "inpatient", "residential", "in-hospital":
		return true
	case "for":
		// ("We'll refer you to a hospital for detox".)
		if strings.HasSuffix(strings.TrimRight(l[:k], " "), "hospital for") {
			return true
		}
	}
	k += len("detox")
	for k < len(l) && isWordByte(l[k]) {
		k++
	}
	return qualifiedAfter(l[k:])
}

// levelSaidAfter opens a sentence saying which level of care the one
// before described: "This phase meets the standard for IOP care", "This
// is standard outpatient (OP) care", "That level counts as PHP".
var levelSaidAfter = prefilter.MustCompile(`^\s*(?:this|that)\s+(?:(?:phase|stage|level|step|part|track|schedule)\s+)?(?:is|meets\s+the\s+(?:standard|definition|criteria)\s+(?:for|of)|counts\s+as|qualifies\s+as|is\s+considered|corresponds\s+to)\b`)

// levelSaidOf reports a sentence opening on levelSaidAfter with the
// program it names right after: "This phase is standard outpatient (OP)
// care", not "This phase is followed by IOP".
func levelSaidOf(s *sentence) bool {
	loc := levelSaidAfter.FindStringIndex(s.lower)
	if loc == nil {
		return false
	}
	for _, m := range s.mentions {
		if m.start < loc[1] || !programSubject(m.subject) {
			continue
		}
		between := s.lower[loc[1]:m.start]
		return wordCount(between) <= 4 && !hasWord(between, "followed", "preceded", "before", "after", "then", "not", "unlike", "than", "like")
	}
	return false
}

// read is Read with the page's topic taken from its programs alone when
// noDetox is set.
func (x *Extractor) read(doc *corpus.Document, noDetox bool) (Reading, *state) {
	st := newState(x, doc, noDetox)
	// (A blog post that mentions the provider's IOP still writes of
	// IOPs in general, as a client's story writes of one client.)
	article := notProgramPage(doc.URL)
	var out []Claim
	// The claims of the sentence before, in this block, when it named no
	// program of its own (see levelSaidAfter).
	unnamedFrom, unnamedTo := -1, -1
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		st.enterBlock(bi, b)
		unnamedFrom, unnamedTo = -1, -1
		for si := range b.Sentences {
			s := st.sentence(bi, b, si)
			s.weekBefore = si > 0 && st.weekHours
			s.answers = st.question
			s.lengthAsked = st.lengthAsked
			if q := st.questionSentence; q != nil && !s.provider && st.providerAnswer(q, s) {
				s.provider = true
			}
			if s.provider && !slices.Contains(st.voicedSections, s.section) {
				st.voicedSections = append(st.voicedSections, s.section)
			}
			answerRate(s)
			s.question = b.Question || isQuestion(s.text)
			var subj Subject
			from := len(out)
			out, subj = x.claimsOf(st, s, out)
			st.weekHours = slices.ContainsFunc(out[from:], func(c Claim) bool { return c.Kind == HoursPerWeek })
			out = dropInAddresses(s, out, from)
			if s.widened {
				out = dropWidened(out, from)
			}
			out = joinBounds(s, out, from)
			comparedBound(s, out, from)
			out = relativeToFigure(s, out, from)
			gappedTherapy(s, out[from:])
			eventsOwn(s, out, from)
			if len(out) > from && st.jobPosting(s) {
				out = out[:from]
			}
			out = x.yesNoAnswer(st, s, out, from)
			pastSchedule(s, out, from)
			st.persona.note(s)
			if len(out) > from && (testimonial(b.Text) || narrator(s) || clientStory(s) || seenElsewhere(s) || st.persona.tells(s)) {
				// "\"Twelve hours a week sounds like a lot …\" - Attorney,
				// Oak Park": one client's experience, an example of the
				// program rather than a statement of it.
				for i := from; i < len(out); i++ {
					out[i].Force = Example
				}
			}
			st.carryModality(s, out[from:])
			st.noteWithdrawal(s)
			if s.stepped {
				out = append(out[:from], oneOfEach(out[from:])...)
			}
			st.ranked = st.rankings(s, st.ranked)
			named := programsNamed(s, st.spare[:0])
			// "Four days a week, 3 hours a day: 12 hours each week. This
			// phase meets the standard for intensive outpatient (IOP)
			// care.": the sentence after the figures says which level
			// they are.
			if len(named) == 1 && programSubject(named[0]) && unnamedFrom >= 0 && levelSaidOf(s) {
				for i := unnamedFrom; i < unnamedTo; i++ {
					if c := &out[i]; c.Value == nil && (c.Subject == st.topic || c.Subject == Other) {
						c.Subject = named[0]
					}
				}
			}
			unnamedFrom, unnamedTo = -1, -1
			if len(named) == 0 && len(out) > from {
				unnamedFrom, unnamedTo = from, len(out)
			}
			if len(named) == 0 {
				out = pointBack(s, st.prevPrograms, out, from)
				out = st.togetherUnlessTracks(s, out, from)
				if n := len(out) - from; n > 0 && n <= 2 && len(st.recent) == 2 && figuresFor(out[:from], st.recent, bi) {
					pairFigures(s, st.recent, out[from:], false)
				} else if n == 2 {
					movedBetweenStated(s, out[from:], out[:from])
				}
			} else if len(named) >= 2 {
				fromTo(s, out[from:])
				pairFigures(s, named, out[from:], true)
			}
			levelLeft(s, out[from:])
			out = liveInOfResidential(s, out, from)
			formerLatter(s, st.prevPrograms, out[from:])
			if later := namedAfterGroup(s); len(named) > 0 && len(later) > 0 {
				// "Neither level provides 24-hour supervision; that is the
				// role of residential care": the group is the levels
				// before, residential is named only to say who does.
				// (A claim of the later clause stays with its own:
				// "…; if you need supervision around the clock,
				// residential treatment is the better fit".)
				first := strings.IndexAny(s.lower, ";—–")
				for i := from; i < len(out); i++ {
					if k := strings.Index(s.text, out[i].Text); contains(later, out[i].Subject) && k >= 0 && k < first {
						out[i].Subject = Other
					}
				}
				out = st.togetherUnlessTracks(s, out, from)
			}
			if k := b.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
				st.recent = st.recent[:0]
			}
			for _, p := range named {
				if !contains(st.recent, p) {
					st.recent = append(st.recent, p)
				}
			}
			// The two buffers take turns, so naming programs allocates
			// only while they grow.
			st.spare, st.prevPrograms = st.prevPrograms, named
			st.lastPair = joinedPair(s, st.lastPair)
			if !article {
				st.offered = offeredIn(s, st.offered)
				st.offered = st.ownSectionOffers(s, st.offered)
				st.offered = st.pricedOffers(s, st.offered)
			}
			for i := from; i < len(out); i++ {
				out[i].NamedHere = st.namedHere(s, out[i].Subject)
				out[i].Named = out[i].NamedHere || st.namedNear(s, out[i].Subject)
			}
			out = st.offDefinition(s, out, from)
			st.leaveSentence(s, subj)
			// "We also run an evening IOP for clients who work.": the
			// program a heading over hours may go on about.
			st.ranLast = ""
			if !article && !s.question {
				if v, _ := s.providerVerb(); v >= 0 {
					st.ranLast = st.last
				}
			}
			// "How long is the IOP? About 90 days.": a short answer reads
			// with the question before it.
			st.question, st.questionSentence = "", nil
			// "Program length" / "Typically 8 to 12 weeks.": a heading
			// that names the question its first sentence answers (for
			// the length only: no rate or population comes of it).
			// ("Choose a length of stay" / "30 days: for …" / "45 days:
			// our standard program" / …: each line of lengths to choose
			// from answers it.)
			st.lengthAsked = s.lengthAsked && lengthLabelLine(s.lower)
			if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && !s.question && lengthHeading(s.lower) {
				st.lengthAsked = true
			}
			if s.question {
				st.question, st.questionSentence = s.lower, s
				st.unnamedAnswer, st.unnamedFrom = -1, 0
				if !namesProgram(s) {
					st.unnamedAnswer, st.unnamedFrom = bi, s.off+len(s.text)
				}
			}
		}
	}
	own := st.ownTitle()
	for i := range out {
		out[i].OwnSection = own || slices.Contains(st.voicedSections, out[i].Section)
	}
	out = dropTimetableDays(out)
	out = dropWeekParts(out, doc)
	markWeekLines(out)
	out = dropRepeatedAnswers(out)
	answersTakeSite(out)
	definiteIsOwn(out)
	partsOfOneProgram(out)
	st.markTopical(out)
	// Claims outlive the page by the whole run: drop the slack appending
	// left (a quarter of the slice on average, 304 bytes a claim).
	if cap(out) > len(out) {
		out = append([]Claim(nil), out...)
	}
	shared, sharedPrograms := sharedSchedule(st)
	r := Reading{Claims: out, Namings: st.namings(nil), Rankings: st.ranked, SharedSchedule: shared, SharedPrograms: sharedPrograms, Offered: st.offered, TitleTrack: st.soleTitleTrack()}
	st.releaseSentences()
	return r, st
}

// providerAnswer reports s answering question q about the provider's own
// program: "How long is detox at Mountain Laurel? / Detox usually takes
// three to five days.", and, on a page in the provider's voice, "How long
// will I be in treatment?" (on its blog, the reader's question about
// programs in general). On its questions page, "How long is the evening
// IOP?" asks about its own, unless the question or the answer speaks of
// programs at large.
func (st *state) providerAnswer(q, s *sentence) bool {
	if askedOfProvider(q) {
		return true
	}
	if definiteAsked.MatchString(q.lower) && (st.voiced || faqAddress(s.doc.URL) && !generalQuestion(q.lower) &&
		!hasWord(s.lower, "programs", "iops", "phps", "centers", "centres", "facilities", "providers")) {
		return true
	}
	// ("How long will I be in detox? Plan on three to five days. Our
	// nurses …": the provider's voice may come after the answer's figure.)
	return (st.voiced || st.pageVoiced() && !hasWord(s.lower, "programs", "iops", "phps", "nationwide", "nationally", "facilities", "centers", "centres")) &&
		hasWord(q.lower, "i", "my", "me") && !articlePage(s.doc.URL)
}

// claimsOf appends the claims of s to out, and returns the subject of its
// last quantity claim ("" when none) for the sentences after it.
func (x *Extractor) claimsOf(st *state, s *sentence, out []Claim) ([]Claim, Subject) {
	if s.question && !presupposes(s) {
		// "Do you offer detox?" asserts nothing about the program, nor
		// does an FAQ question written without a question mark.
		return out, ""
	}
	// "PHP may not be right if:" / "• Your home is unsafe": a condition
	// the heading says the program is not for states nothing of the
	// program, but a need for round-the-clock care says the program has
	// none ("• You need 24/7 medical monitoring").
	s.unmet = unmetNeed(s)
	// "Many people assume rehab means a month away from home": a belief
	// the page sets out to correct states nothing, up to the correction
	// ("…, but our IOP lasts 8 weeks").
	// (Read once, and only for a sentence that holds something to drop.)
	believed := -1
	belief := func() int {
		if believed < 0 {
			believed = believedUntil(s.lower)
		}
		return believed
	}
	// "| 9:00 – 10:30 | School services |": one slot of a day's
	// timetable times an activity, not the day.
	if s.block.Kind == corpus.BlockTableCell && daySlot(s.doc, s.bi) {
		return out, ""
	}
	resolved := Subject("")
	noLonger := strings.Contains(s.lower, "no longer")
	for i := range s.qs {
		if s.unmet {
			break
		}
		q := &s.qs[i]
		if q.Qualifier == quantity.Vague || inCondition(s.lower, q.Start) || noLonger && noLongerNeeded(s.lower, q.Start) || q.Start < belief() || (askedWithin(s.text, q.End) || s.question) && !presupposed(s, q) {
			continue
		}
		if insideName(s, q) || tracksName(s, q) {
			continue // "a day program", "day treatment": a program's name
		}
		if neededBeyond(s.lower, q) || optionRange(s.masked, q) || slotsToChoose(s.lower, q) || neededFrequency(s.lower, q) {
			continue
		}
		kind, factor, ok := classify(s, i)
		if !ok {
			continue
		}
		// "most need at least 120 days of some form of care":
		// a length of care of any kind, no program's.
		if kind == ProgramLength && anyCareAfter.MatchString(s.lower[q.End:]) {
			continue
		}
		// "Across the three group days, …": days a week meets on, named
		// by its groups, no length.
		if kind == ProgramLength && q.Unit == quantity.Day && hasWord(lowerASCII(q.Text), "group", "groups") {
			continue
		}
		// "Peer mentors meet current IOP clients twice a week for 2 hours":
		// the length of the peers' meeting, none of the program's.
		if kind == SessionLength || kind == HoursPerDay {
			if lo, hi := clauseBounds(s.lower, q.Start, q.End); peersCounted(s, q, lo, hi) || peersTimed(s, q, lo, hi) {
				continue
			}
		}
		// "so therapists work a Tuesday to Saturday schedule of roughly 1 to
		// 5": the staff's hours, no program's.
		if s.containsAny("work") {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); staffShift.MatchString(s.masked[lo:q.Start]) {
				continue
			}
		}
		// "Residents must hold a job, go to school or attend outpatient
		// treatment for 30 hours a week": a house rule met by any of
		// them, no program's hours.
		if (kind == HoursPerWeek || kind == HoursPerDay) && s.containsAny("work", "school", "job", "employ") {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); activityChoice.MatchString(s.masked[lo:q.Start]) {
				continue
			}
		}
		// "below the nine-hour weekly threshold for intensive
		// outpatient": a line between levels, no program's figure.
		if q.Adjectival && thresholdFor(s, q.End) != nil {
			continue
		}
		// "Can I leave early for an appointment? Yes, …, but not more
		// than once a week.": a limit on what is allowed, no schedule.
		// (The limit is conceded right after "but": "Yes, …, but not
		// more than once a week". "Yes, but groups meet up to four
		// evenings a week" gives the schedule.)
		if kind == DaysPerWeek && q.Qualifier == quantity.UpTo && permissionAsked(s.answers) && strings.HasSuffix(strings.TrimRight(s.lower[:q.Start], " "), "but") {
			continue
		}
		compared := kind == DaysPerWeek && comparedWithWeekly(s.masked, q)
		if compared && optionSpan(s.masked, q) {
			// "programs from weekly counseling to full-day treatment":
			// the ends of a range of options, no one's schedule.
			continue
		}
		if frequencyWord(q) && !compared && len(s.mentions) == 0 && !hasWord(s.masked, scheduleVerbs...) {
			// "Weekly treatment had insufficient results", "trips you
			// make on a daily basis": a frequency word says how often a
			// program meets only where a program or a meeting is named.
			continue
		}
		var subj Subject
		// Whose sessions a count of days is, asked once here rather than
		// once in the case and again for its value.
		var therapy Subject
		// Whether the figure counts meetings with a person alone, which
		// no mention of the program around them makes its own.
		metAlone := false
		if kind == DaysPerWeek {
			therapy = daysOfTherapy(s, q)
		}
		left := leftLevel(s, q)
		switch {
		case compared:
			subj = OP
		case kind == DaysPerWeek && strings.EqualFold(q.Text, "weekly") && weeklyCareSpokenOf(s.lower, q.Start, q.End):
			// "months of feeling stuck in weekly therapy", "struggling
			// to stay sober with weekly therapy": once-a-week care the
			// program is held up against.
			subj = OP
		case kind != DaysPerWeek && programSubject(st.topic) && weeklyCareOpens.MatchString(s.masked) && !programBefore(s, 0, q.Start):
			// "Weekly counseling gives a teen about an hour of support":
			// the once-a-week care the program is held up against.
			subj = OP
		case kind == HoursPerWeek && weeklyTherapyHours(s, q):
			// "Many people try one hour of weekly therapy first": the
			// hour of therapy a week is ordinary outpatient care, which
			// a page about a higher level holds itself up against.
			subj = OP
		case left != "":
			// "Leaving IOP for counseling means dropping from 10 hours a
			// week to one session": the figure before the change is the
			// level left.
			subj = left
		case kind == ProgramLength && len(s.mentions) == 0 && beforeThatStep(s.masked, q.End):
			// "Most patients go on to our PHP. Expect roughly seven days
			// in the unit before that transition": the time before
			// the step the sentence before told of, whose program is where
			// the step leads, not what lasted: the page's own program,
			// when it is another.
			subj = Other
			if programSubject(st.topic) && st.topic != st.last {
				subj = st.topic
			}
		case kind == ProgramLength && hospitalStay(s, q):
			// "the average hospital stay is short, often about a week":
			// a hospital's stay, no treatment program's.
			subj = Other
		case kind == ProgramLength && continuedGroup(s, q):
			// "After that, many clients continue with our weekly recovery
			// group for three to six months": the group's length, after
			// the program.
			subj = Other
		case kind == ProgramLength && (acrossLevels(s, q.End) || st.summedUp(s, q.End)):
			// "about 90 days across all levels of care": the whole of
			// treatment, no one program's length.
			subj = Other
		case kind == DaysPerWeek && houseMeetingAfter(s, q.End):
			// "Weekly house meeting and chore rotation": life in the
			// house, not the program's meetings.
			subj = Other
		case kind == DaysPerWeek && !frequencyWord(q) && weekdaySpan(q.Text) && frontedDays(s.lower[:q.Start]) && meetingAttended.MatchString(cutAt(s.lower[q.End:], ".;!?")) && !ownMeeting(s.lower):
			// "On Tuesdays and Thursdays, PHP clients are encouraged to
			// attend a community support meeting": the days of a
			// mutual-help meeting outside the program.
			subj = SupportGroup
		case kind == DaysPerWeek && weekdaySpan(q.Text) && daysForMeetings.MatchString(s.lower[q.End:]) && !ownMeeting(clauseOf(s.lower, q.Start, q.End)) &&
			!hasWord(s.lower[max(0, q.Start-40):q.Start], "meets", "meet", "runs", "run", "holds", "hold"):
			// "Many clients use Saturday and Sunday for recovery
			// meetings": the days of mutual-help meetings outside the
			// program. ("The evening IOP meets Monday, Wednesday and
			// Thursday for recovery support meetings and skills
			// practice" are its own.)
			subj = SupportGroup
		case kind == DaysPerWeek && !weekdaySpan(q.Text) && !strings.Contains(lowerASCII(q.Text), "day") && clinicianSees.MatchString(s.lower[max(0, q.Start-70):q.Start]):
			// "A psychiatric provider sees you at least once a week": a
			// prescriber's visits, not the program's days. ("In our PHP,
			// doctors see patients five days a week" counts the PHP's
			// days.)
			subj = Other
		case frequencyWord(q) && careAfter(s, q.End):
			// "then move to a weekly evening aftercare group": the care the
			// frequency word describes, a few words on.
			subj = Other
		case frequencyWord(q) && groupAfter(s.masked, q.End) && careOpens(s, q.Start):
			// "Aftercare consists of a weekly group", "Our alumni
			// program is a weekly group": the group is the care's.
			subj = Other
		case frequencyWord(q) && groupAfter(s.masked, q.End) && !namesOwnProgram(s):
			// "our weekly relapse-prevention group runs for 90 minutes":
			// a group's own schedule.
			subj = GroupTherapy
		case personMet(s, q, kind) != "":
			// "meet with their primary therapist on a weekly basis", "saw
			// her therapist twice a week": the meetings with a person are
			// a part of the program.
			subj = personMet(s, q, kind)
			metAlone = subj == IndividualTherapy && hasWord(s.masked[:q.Start], "one-on-one", "one-to-one", "individually", "privately")
		case kind == SessionLength && groupsLast.MatchString(s.masked[max(0, q.Start-40):q.Start]) && (mentionedBefore(s, IndividualTherapy, q.Start) || opensOnGroups(s.lower) && (st.last == IndividualTherapy || st.namedNext(s, IndividualTherapy) && meetingLong(q))):
			// "Individual sessions are 50 minutes; groups run 90
			// minutes": the groups' own length, set beside the
			// individual sessions' (alone, a program's groups are its
			// meetings). The individual sessions may come right after:
			// "Groups run 90 minutes. Individual sessions are 50."
			subj = GroupTherapy
		case kind == SessionLength && labelledGroup(s, q.Start):
			// "Relapse-prevention group: 90 minutes" under "Individual
			// therapy: 60 minutes": a line labelled by a group names it,
			// whatever the line before named.
			subj = GroupTherapy
		case countedTherapy(s, q) != "":
			subj = countedTherapy(s, q)
		case therapy != "":
			// "plus one weekday individual session", "a 50-minute
			// individual therapy session once a week", "… twice a week in
			// the first month, then once a week": the therapy's days.
			subj = therapy
		case kind == ProgramLength && totalOverPrograms(s.lower, q.Start, q.End) && !programBefore(s, 0, q.Start):
			// "Many people do both, back to back, so a total stay of five
			// to seven weeks is common", "at least three months of total
			// treatment, counting outpatient care": a sum over programs,
			// no one program's length. ("Our residential program lasts 45
			// days in total, including the first week of detox" is the
			// program's, named before it.)
			subj = Other
		case kind == ProgramLength && readyAfterDetox(s, q.Start):
			// "PHP begins with medically monitored withdrawal management
			// … Most people are ready to join full programming within
			// three to five days": how long the withdrawal care lasts.
			subj = Detox
		case steppedTo(s, q.Start) != "" && !spanIn(s, q):
			// "then step down to standard outpatient counseling once a
			// week": the figure right after the program clients move on to
			// is that program's.
			subj = steppedTo(s, q.Start)
		case kind == ProgramLength && q.Adjectival && wordAfter(s.lower, q.End) == "program" && ownAfterComma(s.lower[:q.Start]):
			// "After medical detox, our 30-day program helps …": the
			// page's program, not the one the fronted phrase names.
			subj = Other
			if p := st.sectionOr(st.topic); programSubject(p) {
				subj = p
			}
		case kind == ProgramLength && stripCard(s):
			// "Medical Detoxification" / "Top level of care • 4-8
			// days typical": the card's name heading over its strip.
			subj = st.headingSubject(s.doc.Blocks[s.bi-1].Text)
		case colonOwner(s, q.Start) != "":
			// "Next, they move to our IOP: two evenings a week,
			// usually for six to eight weeks": what the colon sets out is
			// the program's before it.
			subj = colonOwner(s, q.Start)
		case parenOwner(s, q.Start) != nil:
			// "then move to our IOP (three days a week)": a figure in
			// brackets right after a program is that program's.
			m := parenOwner(s, q.Start)
			subj = m.subject
			// ("Compared to a standard IOP (three days a week), our
			// intensive track meets five": the program held up beside the
			// page's, and its figure, are general. "step down to our IOP
			// (three days a week)" names where clients go, and its figure.)
			compared = compared || m.contrast && comparedAt(s.lower[:m.start]) >= 0
		default:
			subj = st.resolve(s, q.Start, q.End, q.Adjectival, nil)
			// "a one-hour individual session once a week. Many also join
			// one of our weekly 90-minute groups": the groups' length,
			// not the individual session's named before.
			if w := wordAfter(s.lower, q.End); kind == SessionLength && subj == IndividualTherapy && q.Adjectival && (w == "group" || w == "groups") {
				subj = GroupTherapy
			}
			// "The intervention consists of skills groups, individual
			// counseling and drug screens delivered over a 16-week
			// period": a length after a list of the parts is the whole's,
			// the program before the list if one is named there.
			if k := partsListed(s.lower[:q.Start]); kind == ProgramLength && (therapySubject(subj) || subj == Other) && k >= 0 {
				if p := firstProgramBefore(s, k); p != "" {
					subj = p
				} else if p := st.resolve(s, q.Start, q.End, q.Adjectival, programSubject); p != "" {
					subj = p
				}
			}
			// "Q: How long will I stay? A: Most residents stay 60 to 90
			// days" on a site's FAQ whose pages are mostly about detox:
			// residents are a residential program's clients. (A sober
			// house's residents are its own, read as no program.)
			if kind == ProgramLength && (subj == Detox || subj == OP || subj == IOP || subj == PHP) && residentsStay(s, q.Start) &&
				!(subj == Detox && shortStay(q)) {
				subj = Residential
			}
			// "Expect a one-on-one session with a counselor once a week,
			// typically 45 to 60 minutes long": the session timed is the
			// one named.
			if kind == SessionLength && programSubject(subj) {
				var last *mention
				for k := range s.mentions {
					if s.mentions[k].end <= q.Start {
						last = &s.mentions[k]
					}
				}
				// (Not one item of a list of the program's meetings:
				// "Clients attend group therapy, individual counseling and
				// relapse-prevention classes three times per week, with each
				// session lasting three hours".)
				if last != nil && last.subject == IndividualTherapy && q.Start-last.end <= 80 && !strings.ContainsAny(s.lower[last.end:q.Start], ";.") &&
					!listedAfter(s, last) && !therapyJoined(s, last) {
					subj = IndividualTherapy
				}
			}
			// "Each day runs roughly four to five hours" after a sentence
			// about individual therapy: a day is the program's.
			// So is a track's ("Day track: Tuesday, Thursday and Friday").
			// ("That adds up to 30 hours of structured care each week"
			// after a line about individual therapy: a week's total is
			// the program's.)
			if (kind == HoursPerDay || trackLabel(s.text) || kind == HoursPerWeek && sumWords(s.lower)) && subj == IndividualTherapy && len(s.mentions) == 0 {
				if p := st.programInView(); p != "" {
					subj = p
				}
			}
			// "That is six hours a week of group therapy, skills practice
			// and recovery planning": the hours of a list of activities
			// are the program's week, group therapy one of them.
			// So is a day of it said to be hours of group therapy: "Each
			// evening is three hours of group therapy".
			if (kind == HoursPerWeek || kind == HoursPerDay) && subj == GroupTherapy && (activitiesAfter(s.lower, q.End) || kind == HoursPerDay && dayLasts.MatchString(s.masked[max(0, q.Start-40):q.Start])) {
				if p := st.programInView(); p != "" {
					subj = p
				}
			}
			// "The IOP consists of 3-hour group sessions": a program's
			// group sessions are its meetings, their length its
			// session length.
			if kind == SessionLength && q.Adjectival && subj == GroupTherapy && consistsOf.MatchString(s.lower[max(0, q.Start-30):q.Start]) {
				if p := st.resolve(s, q.Start, q.End, false, programSubject); p != "" && p != Other {
					subj = p
				}
			}
		}
		// "• Intensive outpatient (IOP) – group therapy three evenings a
		// week", "• Outpatient counseling (OP) – individual and group
		// sessions, one or two visits a week": on a line labelled with a
		// program, the days are the program's, unless the count names
		// its therapy ("one individual session a week").
		if therapySubject(subj) && kind == DaysPerWeek && therapy == "" && !therapyInText(lowerASCII(q.Text)) {
			if p := labelProgram(st, s); p != "" {
				subj = p
			}
		}
		// "Clients attend three 2-hour group sessions a week", "Our IOP
		// meets for three group sessions a week": the program's clients
		// attending its groups are its days and its day.
		// So is a week of groups opening its clause, on a line or after a
		// colon: "Our evening IOP keeps one plan at every clinic: four
		// group sessions a week", "• Two group sessions a week, 90
		// minutes each" under the program's heading.
		if (kind == DaysPerWeek || kind == SessionLength) && subj == GroupTherapy && groupsOfFigure(s.lower, q) {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); attendGroups.MatchString(s.lower[lo:q.Start]) {
				if p := st.programInView(); p != "" {
					subj = p
				}
			} else if p := st.weekOfGroups(s, q, lo); kind == DaysPerWeek && p != "" {
				subj = p
			}
		}
		// "Group sessions meet four nights a week, 6 to 9 p.m." under
		// the program's heading: the program's groups meeting are its
		// days and its day.
		if (kind == DaysPerWeek || kind == HoursPerDay) && subj == GroupTherapy {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); groupsMeetOpen.MatchString(s.lower[lo:]) && !hasWord(s.lower, audienceWords...) {
				if p := st.groupsHeadedBy(s); p != "" {
					subj = p
				}
			}
		}
		if therapySubject(subj) && !mentionedBeside(s, subj, q.End) && !metAlone && (kind == ProgramLength || namesTreatment(s.masked)) {
			// "Length: usually 3 to 5 weeks", "Treatment days are Monday
			// through Friday" after a line about group therapy: a therapy
			// carried from before has no length of its own, and the
			// treatment's days are the program's.
			if p := st.programInView(); p != "" {
				subj = p
			}
		}
		if kind == ProgramLength && st.residence && !namesOwnProgram(s) && !(subj != "" && st.headingProgram(s) == subj) {
			subj = Other // "Minimum stay: 90 days" on a sober house's page
		}
		if st.residence && programSubject(subj) && anyProgram(s, subj, q.Start) {
			// "Every resident is expected to be in an outpatient program
			// four or more days a week": a sober house's rule for whatever program its
			// residents choose, no program's schedule.
			subj = Other
		}
		if kind == ProgramLength && substanceLabelled(s, q.Start) && !namesOwnProgram(s) {
			// "Alcohol - 4 to 6 days": how long withdrawal from it lasts,
			// whatever program the page is about.
			subj = Detox
		}
		// "… starts the detox process. Typically, this part of the
		// program lasts four to nine days": the part the sentence before
		// named, not the program the page is about; a part named by no
		// program ("we move into the rehab phase") is none of them.
		// (A part no program names, "Stabilization is a period to keep
		// him safe" / "This period lasts 30 to 90 days", is a phase of the
		// program, timed apart from it.)
		partOnly := false
		if kind == ProgramLength && !programBefore(s, 0, q.Start) {
			if p, ok := st.partNamedBefore(s); ok {
				subj, partOnly = p, p == Other
			}
		}
		// "Acute withdrawal is usually over within a week" on a page
		// about an IOP: the span withdrawal takes is detox's, not the
		// program's the page is about (the labelled pages give such
		// spans to detox).
		if kind == ProgramLength && programSubject(subj) && subj != Detox && withdrawalLasts(s, q.Start) {
			subj = Detox
		}
		// "Stabilization on the unit tends to take about three
		// days" on a page about an inpatient unit: a stay of ten days at
		// most, carried to residential care from the page or the sentence
		// before, is the withdrawal phase (the labelled pages give such
		// lengths to detox 120 times, to residential care five, each time
		// naming it beside the figure).
		// (Only with withdrawal in view: a family week, a 10-day program,
		// a phone blackout are residential care's own short spans.)
		if kind == ProgramLength && subj == Residential && q.HasMax && q.Max*factor <= 10 && !mentionsSubject(s, Residential) && withdrawalInView(s) {
			subj = Detox
		}
		c := newRangeClaim(s, q, kind, factor)
		c.Subject = subj
		if partOnly && c.Variant == "" {
			c.Variant = "phase"
		}
		// "Men are sent to our partner, Oak Hollow Lodge, which runs a
		// 60-day residential program": the figures of the
		// place referred to, another provider's program.
		// ("Residents must attend an outside IOP, three days a week at
		// least": a program the provider does not run.)
		if referredToWhich.MatchString(s.lower[:q.Start]) || referredToWhich.MatchString(cutAfterWhich(s.lower[:q.Start])) || outsideProgram(s, subj, q.Start) {
			c.Scope, c.Variant = General, "elsewhere"
		}
		// "struggling despite weekly therapy": the level below, held
		// against the program, is outpatient care in general, whoever's
		// page it is on.
		// (Kept apart, too, from the page's own outpatient figures,
		// which the page's voice would otherwise lift it beside: "Our
		// outpatient program meets twice a week. Clients struggling
		// despite weekly therapy elsewhere often join us.")
		if compared {
			c.Scope = General
			if c.Variant == "" {
				c.Variant = "compared"
			}
		}
		// "- 75 minutes daily of educational activities, set with
		// the child's own school": the school time the program holds,
		// one part of its day.
		// ("Two hours of programming each day are set aside for school
		// work": a part of the day, named by what it is given to.)
		if (kind == HoursPerDay || kind == SessionLength) && dayPartAfter(s.lower[q.End:]) {
			c.Subject = Other
		}
		// "Unlike most residential programs, where stays run a
		// few weeks, long-term centers …": the programs held up against
		// the page's, each figure theirs.
		if c.Variant == "" && inUnlikePhrase(s.lower, q.End) {
			c.Variant = "compared"
		}
		if kind == ProgramLength && c.Variant == "" && reentry(s, q) {
			c.Variant = "re-entry"
		}
		invertDeniedBound(&c, q)
		tooShort(&c, q, s.lower)
		if kind == ProgramLength && q.Adjectival {
			// ("How long will I stay? / Our six-week residential program
			// gives …": the length the question asks for.)
			// ("The six-week program will run weekdays …": the sentence
			// opens on the program its length names, and goes on about
			// it.)
			c.Predicate = lengthPredicate(s.lower, q.Start) || strings.Contains(s.answers, "how long") && wordBefore(s.lower, q.Start) == "our" ||
				wordAfter(s.lower, q.End) == "program" && (programOpening(strings.TrimSpace(s.lower[:q.Start])) || listedUnderProgram(s, strings.TrimSpace(s.lower[:q.Start]))) &&
					!headedByLength(s.doc, s.block.Headings, s.lower[q.Start:q.End])
		}
		if !plausible(&c) {
			continue
		}
		if vagueWords(q) && kind == ProgramLength && !namesProgram(s) {
			// "Some need a few extra weeks": a vague length not said of a
			// program by name hedges an exception ("PHP usually lasts a
			// few weeks" is still the PHP's).
			continue
		}
		if (vagueWords(q) && !startsWithPronoun(s.lower) || c.Attribution == "research") && !namesProgram(s) {
			// A research finding about "treatment" in general is about no
			// program of the page's.
			// "a few hours a day of practice": a vague amount is weak
			// evidence, so it must be said of a program by name.
			continue
		}
		if c.Attribution == "research" && studyCondition(s.lower, q.Start) {
			// "people who stayed in residential care for 90 days or
			// more were more likely to …": how long a study's
			// participants stayed, not how long a program lasts.
			continue
		}
		// ("People who stayed in any program for 90 days or more had
		// better results": an outcome of those who stayed, no length.)
		if kind == ProgramLength && studyCondition(s.lower, q.Start) && outcomeAfter.MatchString(s.lower[q.End:]) {
			continue
		}
		if c.Attribution == "NIDA" && !namesProgram(s) && !startsWithPronoun(s.lower) {
			// "NIDA research shows that staying in treatment for at least
			// 90 days …": treatment in general, as NIDA speaks of it
			// ("This type of treatment, according to NIDA, should …"
			// points back at its program).
			c.Subject = Other
		}
		// NIDA's principle that under 90 days in residential or
		// outpatient treatment has limited effectiveness counts time in
		// treatment across levels, no one program's length.
		// ("residential or outpatient treatment lasting less than 90
		// days has limited effectiveness": treatment in general, however
		// the principle is worded, when it names more than one level.)
		// ("Together, PHP and IOP usually take 10 to 16 weeks": the two
		// programs one after the other, neither program's length.)
		principle := s.contains("limited effectiveness") &&
			(s.contains("participation") || len(s.coordinated(subj, q.Start)) > 0)
		summed := kind == ProgramLength && summedClause(s.lower, q.Start) && wordAfter(s.lower, q.End) != "each" && (len(s.coordinated(subj, q.Start)) > 0 || combinedOpening(s.lower))
		totalTreatment := kind == ProgramLength && (principle || summed)
		if totalTreatment {
			c.Subject = Other
		}
		// "Individual therapy: 45 minutes each week": one session of
		// that length a week, as counseling is booked, not a weekly total
		// of shorter visits.
		// (Not a total the sentence splits or counts in sessions: "…,
		// split into two check-ins", "… in three 15-minute sessions";
		// nor an hour, which is as often two half-hours.)
		if c.Kind == HoursPerWeek && c.Subject == IndividualTherapy && q.Unit == quantity.Minute && q.Min == q.Max && q.Max >= 40 && q.Max <= 55 && !minutesSplit(s, q) {
			c.Kind = SessionLength
			d := c
			one := 1.0
			d.Kind, d.Min, d.Max, d.Unit, d.WrittenUnit = DaysPerWeek, &one, &one, "day", "day"
			out = append(out, d)
		}
		// "four days a week, with two 3-hour groups each day": the day
		// holds the sessions together, its hours their sum.
		if c.Kind == SessionLength && programSubject(c.Subject) {
			if n, end, ok := sessionsADay(s, i, q); ok {
				d := c
				d.Kind = HoursPerDay
				lo, hi := *c.Min*n, *c.Max*n
				d.Min, d.Max = &lo, &hi
				d.Span = s.block.SourceSpan(s.off+s.qs[i-1].Start, s.off+end)
				d.Pos = s.doc.Position(d.Span.Start)
				d.Text = s.sentenceCopy()[s.qs[i-1].Start:end]
				out = append(out, d)
			}
		}
		out = append(out, c)
		if totalTreatment {
			continue
		}
		// "IOPs and PHPs – anywhere from 2 weeks to 45 days" says it of both.
		for _, other := range s.coordinated(subj, q.Start) {
			d := c
			d.Subject = other
			out = append(out, d)
		}
		if !compared {
			// "more than a weekly counseling appointment": the care held
			// up for comparison is not what the next sentence is about.
			resolved = subj
		}
	}
	if s.question {
		// A question takes a figure as given, never a yes or a no.
		return out, resolved
	}
	bks := boolKinds()
	if headingWithoutProgram(st, s) {
		// "Living at Home While in Treatment", "24/7 Medical
		// Supervision": a heading that names no program titles what
		// follows; whose it is the section says, not the sentence
		// before.
		bks = nil
	}
	if b := s.block; b.Kind == corpus.BlockTableCell {
		switch {
		case b.RowHeader == "" && yesNoRow(st, s.bi):
			// "| Overnight stay | No | No |": the row's label is the
			// question its cells answer, not a statement.
			bks = nil
		case yesNoWord(s.lower) != "" && !(livingColumn(b) && readsLiving(s)):
			// ("| Residential | On site |" under "Where you stay" says
			// where clients sleep, which livingCell reads, not yes.)
			return st.yesNoCell(s, out), resolved
		}
	}
	for bi := range bks {
		bk := &bks[bi]
		for _, h := range bk.Hits(s) {
			if h.start < belief() {
				continue
			}
			if s.unmet {
				if bk.kind != Supervision24x7 || !h.value || !hasWord(s.lower, "need", "needs", "require", "requires", "requiring") {
					continue
				}
				h.value = false
			}
			// "Unless you need 24/7 medical monitoring, our PHP may be
			// enough": the program after the comma has none of it, as
			// "If you do not need 24-hour care, PHP …" says.
			// ("When IOP isn't enough but round-the-clock care isn't
			// necessary, our PHP …": the program after the comma's.)
			if unneeded(s.lower, h.start, h.end) {
				h.value = !h.value
				if p := programAfterComma(s); p != "" {
					h.subject = p
				}
			}
			// "and whether you can safely live at home during treatment":
			// a question left open says neither yes nor no. ("Whether you
			// are in day or evening IOP, you return home": its comma
			// closes a concession.)
			if lo, _ := clauseBounds(s.lower, h.start, h.end); hasWord(s.lower[max(lo, strings.LastIndexByte(s.lower[:h.start], ',')+1):h.start], "whether") {
				continue
			}
			// "If you want to live at home, an IOP may be right for you":
			// the condition says what the program after it is for.
			// ("When you require round-the-clock care, residential
			// treatment should come first": the need names the program
			// after it as well.)
			// ("When you are ready to go home at night, our PHP and IOP keep
			// you connected": the program after the condition, whatever the
			// section before was about.)
			// ("When you need round-the-clock care or medical withdrawal
			// care, residential treatment …": the care needed is no
			// program that holds it.)
			if need := whenNeeded(s.lower, h.start); need || inCondition(s.lower, h.start) {
				p := conditionedProgram(s)
				if need {
					p = programAfterComma(s)
				}
				if p != "" || h.subject == "" {
					h.subject = p
				}
			}
			out = x.boolClaim(st, s, bk, h, out)
		}
	}
	return out, resolved
}

// explainedTerm reports the words at [start, end) inside quotation marks
// that the sentence goes on to explain: "“On-site 24/7” means …", "the
// label \"around the clock\" refers to …".
func explainedTerm(lower string, start, end int) bool {
	open := strings.LastIndexAny(lower[:start], "\"“")
	if open < 0 {
		return false
	}
	k := strings.IndexAny(lower[end:], "\"”")
	if k < 0 || strings.ContainsAny(lower[open+1:start], "\"”") {
		return false
	}
	rest := strings.TrimLeft(lower[end+k+1:], " ,")
	for _, p := range []string{"means ", "refers to ", "is defined as ", "stands for ", "indicates "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// boolClaim appends the claim of one yes/no statement.
func (x *Extractor) boolClaim(st *state, s *sentence, bk *boolKind, h boolHit, out []Claim) []Claim {
	v, start, end := h.value, h.start, h.end
	// "Does IOP Include Detox? What Families Should Know": a heading's
	// question, which the page goes on to answer, asserts nothing.
	if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && askedWithin(s.text, end) {
		return out
	}
	// "Detox and Overnight Care" heads a section about it and says
	// nothing of whether there is any; "Withdrawal management with 24/7
	// nursing care" says there is.
	if k := s.block.Kind; bk.kind == Supervision24x7 && (k == corpus.BlockHeading || k == corpus.BlockTitle) && !roundTheClock(s.lower[start:end]) {
		return out
	}
	// "PHP suits patients well enough to live at home whose symptoms
	// still need constant monitoring": watched constantly while there,
	// not around the clock, since they sleep at home.
	if bk.kind == Supervision24x7 && v && !roundTheClock(s.lower[start:end]) && livesAtHomeToo(s.lower) {
		return out
	}
	// ("\"Staff present 24/7\" means a clinician is in the building
	// at all hours": a term explained, no statement of the care.)
	if explainedTerm(s.lower, start, end) {
		return out
	}
	if deniedAfter(s.lower[end:]) {
		// "Overnight supervision is not provided", "Detox included: no":
		// the denial follows the phrase.
		v = !v
	}
	// "| Overnight stay | None – clients return home each evening |": a
	// table row's own header names the fact; its cell gives the answer.
	if rowHeaderCell(st.doc, s.bi) {
		return out
	}
	{
		var subj Subject
		// Whether living at home here is said of a program other than
		// residential care (set in the default case below).
		homeNotResidential := false
		want := bk.Holds
		// A detox item of the provider's own list of services (read once:
		// both the holder and the scope ask).
		listed := bk.kind == DetoxOffered && s.block.Kind == corpus.BlockListItem && servicesListItem(s)
		referred := bk.kind == Supervision24x7 && v && referredNeed(s.lower, start, end)
		if referred {
			// "Teens who need round-the-clock supervision are referred
			// to a residential program": the program described lacks it.
			// (The care they are sent to, named after the need, is not
			// the one described: "… we can help you find a residential
			// program".)
			v = false
			for _, m := range s.mentions {
				if m.start >= end && programSubject(m.subject) {
					want = excluding(want, m.subject)
				}
			}
		}
		if bk.kind == Supervision24x7 {
			// "detox or 24/7 supervision": two things a person needs,
			// not detox's supervision.
			if coordinatedDetox(s, start) {
				want = func(x Subject) bool { return programSubject(x) && x != Detox }
			}
		}
		// "People who do not require 24/7 inpatient monitoring",
		// "offering care without 24/7 supervision": round-the-clock
		// care someone can do without is never residential's own lack;
		// "inpatient" only says what kind of care it is.
		needless := bk.kind == Supervision24x7 && !v && !referred && needlessBefore(s.lower[:start])
		if needless {
			want = excluding(want, Residential)
		}
		// ("Unlike 24-hour hospitalization, our PHP …", "a step down from
		// 24-hour hospitalization": a hospital's care, named to set the
		// program apart from it, says nothing of the program; a need for
		// it denied, "people who do not need 24-hour hospitalization",
		// says the program has none, and "Our detox unit offers 24-hour
		// hospitalization" that it has it.)
		if bk.kind == Supervision24x7 && !needless && hasWord(s.lower[start:end], "hospitalization", "hospitalisation") && hospitalSetApart.MatchString(s.lower[max(0, start-40):start]) {
			return out
		}
		if bk.kind == Supervision24x7 && !referred {
			// "the 24-hour supervision of residential care" is
			// residential's, whatever the clause says of its subject;
			// "24/7 inpatient care" names its program inside the phrase.
			if owner, ok := s.programWithin(start, end+30, end); ok && !(needless && owner == Residential) {
				// ("Nobody supervises PHP clients overnight": the clients
				// of the program named inside the denied phrase go
				// without.)
				if !v && s.mentionAt(start, end) != nil && supervisesClients.MatchString(s.lower[start:end]) && negated(s.lower, start) {
					c := newClaim(s, bk.kind, start, end)
					c.Subject, c.Value, c.Polarity = owner, &v, Asserted
					return append(out, c)
				}
				if !v && s.mentionAt(start, end) == nil && wordAfter(s.lower, end) != "of" && thereIsNo(s.lower, start) {
					// "There is no 24-hour supervision in PHP": the
					// program named after it is where it is missing
					// ("without the supervision provided in residential
					// care" still says residential care has it).
					c := newClaim(s, bk.kind, start, end)
					c.Subject, c.Value, c.Polarity = owner, &v, Asserted
					return append(out, c)
				}
				t := true
				c := newClaim(s, bk.kind, start, end)
				c.Subject, c.Value, c.Polarity = owner, &t, Asserted
				out = append(out, c)
				if v || s.mentionAt(start, end) != nil {
					return out
				}
				want = func(x Subject) bool { return programSubject(x) && x != owner }
			}
		}
		switch {
		case h.subject != "" && want(h.subject):
			subj = h.subject
		case st.topic == Other && st.residence && !namesOwnProgram(s) && st.headingProgram(s) == "":
			// "We are not a 24-hour staffed facility" on a sober house's
			// page is the house's, not the IOP its residents attend.
			subj = Other
		case st.answersUnnamed(s) && !namesOwnProgram(s) && st.programInView() != "" && !st.backInAnswer(s):
			// "Will my teen sleep here? / No. This is an outpatient
			// program; every teen goes home": neither the question nor
			// the answer names a program, so the page's is meant, not
			// the one the FAQ answer before spoke of.
			subj = st.programInView()
		case thereIs(s.lower) && !namesProgram(s):
			// "There is no overnight staff": the place the page is
			// about, not the program the sentence before mentioned.
			subj = st.placeSubject()
		case bk.kind == DetoxOffered && admitsForDetox.MatchString(s.lower[start:end]):
			// "Tollison admits adults for medically monitored detox": the
			// provider's detox service itself.
			subj = Detox
		case bk.kind == DetoxOffered && s.contains("-bed ") && bedsOfDetox.MatchString(s.lower[start:end]):
			// "Our 30-bed residence, with a 6-bed detox unit, …":
			// the unit is detox of its own, not the residence's.
			subj = Detox
		case listed && (detoxServiceLine(s) > 0 || start == 0):
			// "What we offer / • Medical detox – …", "Services at the
			// Center / • Social detox (withdrawal management) with
			// 24-hour staff": the provider's detox service itself.
			subj = Detox
		case bk.kind == DetoxOffered:
			subj = st.detoxHolder(s, start, end, v)
		default:
			if bk.kind == LivesAtHome || bk.kind == Supervision24x7 {
				// "We do not offer detox or residential care; every
				// client lives at home": a program the sentence says
				// the provider does not run is not where clients live.
				if denied := deniedPrograms(s); len(denied) > 0 {
					want = excluding(want, denied...)
				}
				// "for young people who do not need detox or 24-hour
				// supervision and who can safely live at home": care the
				// clients need or need not is not where they live.
				if needless := needlessPrograms(s, start); len(needless) > 0 {
					want = excluding(want, needless...)
				}
			}
			// "A PHP is nearly as intense as a residential program, but
			// you go home in the evening": living at home is not
			// residential care's own where the sentence names another
			// program beside it, or names none ("In our residential
			// program, clients go home each evening" says it of
			// residential care, and contradicts its page).
			homeNotResidential = bk.kind == LivesAtHome && v && !residentialLivesHome(s, start)
			if homeNotResidential {
				want = excluding(want, Residential)
			}
			subj = st.resolve(s, start, end, false, want)
			// "Most people step down to PHP or IOP and live at home
			// again": where they live in the program moved on to.
			if bk.kind == LivesAtHome {
				if p := movedOnAndLive(s, start); p != "" {
					subj = p
				}
				// (Where resolving still lands on residential care, carried
				// from the sentence before: "Residential care gives
				// structure around the clock. Some people need to keep
				// living at home while they work" is no program's.)
				if homeNotResidential && subj == Residential {
					subj = Other
				}
			}
			// ("Clients who don't require 24/7 inpatient care can step
			// down to our PHP" on a residential page: the care done
			// without is the PHP's no, not residential care's, which the
			// page's topic would give.)
			if needless && subj == Residential {
				subj = Other
				for _, m := range s.mentions {
					if programSubject(m.subject) && m.subject != Residential && m.subject != Detox {
						subj = m.subject
						break
					}
				}
			}
			// "does not offer detox, medication, or overnight care",
			// "round-the-clock supervision or detox": detox listed
			// beside the care is another service, not its holder.
			if subj == Detox && detoxListedBeside(s, start, end) {
				subj = st.resolve(s, start, end, false, excluding(want, Detox))
			}
		}
		if bk.kind == DetoxOffered && subj == Detox && detoxLabel.MatchString(s.lower) && !detoxOnSiteLabel(s.lower) {
			// "Detox included: no" on a program's fact card is whether
			// the program includes detox, not a fact about detox.
			if p := st.programInView(); p != "" {
				subj = p
			}
		}
		// "Clients go to St. Anne's, which has its own withdrawal unit":
		// the detox of the place referred to, not the provider's.
		if bk.kind == DetoxOffered && v && referredToWhich.MatchString(s.lower[:start]) {
			return out
		}
		// "… is helped by our intake team to set up supervised
		// withdrawal, usually at Bayview General":
		// withdrawal care arranged at another place, or by the admissions
		// office with no place of the provider's named, is a referral.
		if bk.kind == DetoxOffered && v && hasWord(s.lower[max(0, start-30):end], "set up", "sets up", "arrange", "arranges", "arranged", "coordinate", "coordinates", "book", "books") &&
			(arrangedAt.MatchString(s.lower[end:]) || strings.Contains(s.lower[max(0, start-40):end], "admissions") && !onSite(s.lower) && !hasWord(s.lower, "our detox", "our unit", "in-house", "here")) {
			return out
		}
		// ("the skills residents will need outside 24/7 care", "withdrawal
		// is dangerous outside round-the-clock care": life beyond the
		// care residential and detox give, no lack of theirs; the care
		// named is theirs, as it was read before "outside" denied it. A
		// need for more under "not a good fit if:" on their pages says
		// nothing of theirs.)
		if bk.kind == Supervision24x7 && !v && (subj == Residential || subj == Detox) {
			if outsideCare(s.lower, start) {
				v = true
			} else if s.unmet {
				return out
			}
		}
		c := newClaim(s, bk.kind, start, end)
		c.Subject = subj
		// "During the week, PHP patients stay overnight at the
		// facility": where they sleep on program days is where they
		// live while in it, no phase of the program.
		// ("During the week, clients stay at our house. On weekends they
		// go home": a weekday and weekend arrangement keeps its phase.)
		if bk.kind == LivesAtHome && c.Variant == "phase: during the week" && !strings.Contains(lowerASCII(s.block.Text), "weekend") {
			c.Variant = ""
		}
		// "If you're still drinking, the first step may be our on-site
		// detox unit": the condition is the client's; the unit is there.
		// So is "If you are at risk of withdrawal, you can begin with
		// detox in our on-site suite", and "if needed, we provide detox".
		// ("If our state grant is approved, we will offer detox": the
		// condition is the provider's own, and stays one.)
		// (So is "If your withdrawal is expected to be mild, Harborline
		// offers ambulatory detox": the provider named as the one who
		// offers it.)
		if bk.kind == DetoxOffered && c.Force == Conditional && (ourDetoxUnit.MatchString(lowerASCII(c.Text)) || v && (ownDetoxHere(s.lower) || ownNameBefore(s, start)) && clientCondition.MatchString(s.lower)) {
			c.Force = Typical
		}
		// "Patients can start with medical detox in our six-bed unit":
		// the clients' option, in a unit that exists.
		if bk.kind == DetoxOffered && v && c.Force == Existential && clientsMay.MatchString(s.lower[:start]) && unitAfter.MatchString(s.lower[end:]) {
			c.Force = Typical
			// ("… in New Dawn's six-bed unit" on New Dawn's page: its own.)
			if m := namedUnitAfter.FindStringSubmatch(s.text[end:]); m != nil && ownName(s.doc, m[1], s.bi) {
				c.Scope = Provider
			}
		}
		if bk.kind == DetoxOffered && subj == Detox && (onSite(s.lower) || ownNameBefore(s, start) || hasBefore(s, start) || detoxServiceLine(s) > 0 || atOwnPlace(s, start, end) ||
			start == 0 && !st.directory && listed) {
			// "Medical detox is available on site", "Pathway Bridge does
			// not provide detox services", "Detox: Yes" in its list of
			// services, "Services at the Center / • Social detox", "no
			// longer offered at the Crisis Center" on the center's page:
			// the provider's own.
			c.Scope = Provider
		}
		c.Value = &v
		// A yes/no claim's denial is its value ("does not offer detox"
		// is detox-offered = false), so its polarity is always asserted.
		c.Polarity = Asserted
		out = append(out, c)
		// "Neither our IOP nor our PHP offers detox", "residential and
		// PHP clients receive detox": coordinated programs share it.
		// ("inpatient or residential detox" is one detox, its setting
		// words coordinated, so such a sentence shares nothing.)
		if h.subject == "" && !settingDetoxNamed(s) {
			for _, other := range s.coordinated(subj, start) {
				// (Living at home is not shared with residential care
				// named beside the program.)
				if bk.Holds(other) && !(homeNotResidential && other == Residential) {
					d := c
					d.Subject = other
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// unitAfter follows detox with the unit it is given in: "in our six-bed
// unit", "in the hospital's detox wing" (any owner's: whose it is, the
// scope says).
var unitAfter = prefilter.MustCompile(`^\s+(?:in|at|on)\s+[^,.;]{0,40}?\b(?:unit|wing)\b`)

// namedUnitAfter names whose unit follows detox: " in Pine Lodge's
// eight-bed unit".
var namedUnitAfter = prefilter.MustCompile(`^\s+(?:in|at|on)\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})['’]s\s`)

// activityChoice lists work or school beside treatment as choices: "a
// job, classes or counseling", "a job or an IOP".
var activityChoice = prefilter.MustCompile(`\b(?:work|working|job|employment|school|classes|volunteering|volunteer\s+work)\b[^.;]{0,60}?\bor\s+(?:(?:an?|in|at|be|attend|attending|receive|receiving|outpatient|intensive|day|group)\s+){0,3}(?:treatment|counseling|counselling|outpatient|iop|php|therapy|program)\b`)

func newClaim(s *sentence, kind Kind, start, end int) Claim {
	sp := s.block.SourceSpan(s.off+start, s.off+end)
	scope := General
	if s.provider && !generalBeforeOwn(s.lower, end) || oursAmong(s.lower, start) {
		scope = Provider
	}
	m := modalityOf(s, start, end)
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
	c.Qualifier = Qualifier(q.Qualifier)
	if c.Qualifier == "" {
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
	// longer": the widening comes after what the figure counts.
	if c.Qualifier == Exact && c.Min != nil && c.Max != nil && *c.Min == *c.Max {
		if loc := orMoreAfter.FindStringSubmatchIndex(s.lower[q.End:]); loc != nil && loc[3] > loc[2] {
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

// minutesSplit reports a sentence that splits a week's minutes of
// counseling into several meetings: another length, a count of more than
// one ("in three 15-minute sessions", "two sessions, 45 minutes every
// week") or words of splitting ("split", "in total", "on average").
func minutesSplit(s *sentence, q *quantity.Quantity) bool {
	for i := range s.qs {
		if o := &s.qs[i]; o.Start != q.Start && (o.Unit == quantity.Minute || o.Unit == quantity.Hour || o.HasMax && o.Max > 1) {
			return true
		}
	}
	return hasWord(s.lower, "split", "total", "across", "divided", "sessions", "blocks", "check-ins", "visits", "average")
}

// consistsOf ends on what a program is made of: "consists of",
// "offers", "is built around".
// attendGroups is a clause's opening up to the figure when the
// program's clients attend its groups, or the program meets as them:
// "Clients attend two ", "Our IOP meets for ".
var attendGroups = prefilter.MustCompile(`^\W*(?:(?:(?:our|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:iop|php|program)\s+)?(?:clients|participants|patients|members|you|adults|teens)(?:\s+will|'ll|’ll)?\s+(?:attend|join|come\s+to|take\s+part\s+in|participate\s+in)\s+(?:(?:one|two|three|four|five|\d+)\s+)?$|^\W*(?:our\s+|the\s+)(?:[a-z-]+\s+){0,2}?(?:iop|php|program)\s+(?:meets|runs)\s+(?:for\s+|as\s+)?(?:(?:one|two|three|four|five|\d+)\s+)?$`)

// weekOfGroups is the program whose week a count of group sessions a
// week opening its clause (from lo) is: the program named before the
// colon it follows, when what precedes the colon is the program's name or
// speaks of its schedule ("Our evening IOP keeps one plan at every
// clinic: four group sessions a week"), or, opening its line, the
// program in view under a heading that names it or no one else. It is ""
// when the sentence counts days another way too, adds something after
// the groups ("…, plus one individual session", "…, one individual
// session and one family session"), meets more than once a day ("Six
// group sessions a week (two each day)"), is for another audience or
// format ("… for spouses and parents", "Family Program", "Virtual
// option") or the label names another group or phase ("IOP graduates:",
// "After you finish IOP:", "Our IOP team also runs a relapse-prevention
// group:").
func (st *state) weekOfGroups(s *sentence, q *quantity.Quantity, lo int) Subject {
	open := s.lower[lo:q.Start]
	colon := strings.LastIndexByte(open, ':')
	rest := s.lower[q.End:]
	if strings.Trim(open[colon+1:], " •*-–—") != "" || q.Per != quantity.Week || q.Max > 5 || addedAfter(rest) ||
		hasWord(rest, otherMeetingWords...) || hasWord(rest, "day", "daily") {
		return ""
	}
	for i := range s.qs {
		if o := &s.qs[i]; o.Start != q.Start && o.Per == quantity.Week && (o.Unit == quantity.Day || o.Unit == quantity.Times) {
			return ""
		}
	}
	if colon < 0 {
		if _, ok := st.groupsHeading(s); !ok {
			return ""
		}
		return st.programInView()
	}
	label := open[:colon]
	var named *mention
	for i := range s.mentions {
		if m := &s.mentions[i]; m.end <= lo+colon {
			named = m
		}
	}
	if named == nil || !programSubject(named.subject) || named.subject == Detox || hasWord(label, otherMeetingWords...) {
		return ""
	}
	if wordCount(label) > 4 && !hasWord(label, "schedule", "plan", "format", "structure", "routine", "week") {
		return ""
	}
	return named.subject
}

// groupsMeetOpen opens a clause on the program's plain groups meeting:
// "Group sessions meet …", "Our groups run …".
var groupsMeetOpen = prefilter.MustCompile(`^\W*(?:our\s+|the\s+)?(?:group\s+sessions|groups|group\s+therapy(?:\s+sessions)?)\s+(?:meet|run|are\s+held|take\s+place)\b`)

// groupsHeadedBy is the program whose section a sentence sits in, when
// the section's heading names it and no other audience or format
// ("Family program", "Virtual option"): "" otherwise.
func (st *state) groupsHeadedBy(s *sentence) Subject {
	subj, ok := st.groupsHeading(s)
	if !ok {
		return ""
	}
	return subj
}

// groupsHeading reads the heading a sentence sits under for groups: the
// program it names ("" when it names none, or there is no heading), and
// false when it names anything else, or another audience, format or phase.
func (st *state) groupsHeading(s *sentence) (Subject, bool) {
	h := st.headingBlock
	if h < 0 || h >= s.bi {
		return "", true
	}
	if hasWord(st.lower[h], otherMeetingWords...) {
		return "", false
	}
	subj := st.headingSubject(s.doc.Blocks[h].Text)
	if subj == "" {
		return "", true
	}
	return subj, programSubject(subj) && subj != Detox
}

// audienceWords name meetings and audiences other than a program's own
// clients' groups; otherMeetingWords add formats and phases.
var (
	audienceWords = []string{"individual", "family", "families", "one-on-one", "couples", "spouses", "parents", "relatives", "loved",
		"alumni", "graduates", "community", "aftercare"}
	otherMeetingWords = append(slices.Clip(audienceWords), "continuing", "after", "phase", "step-down", "virtual", "video", "online",
		"telehealth", "group", "groups", "team")
)

// groupsOfFigure reports plain group sessions the figure counts or
// times: "two 3-hour group sessions", not a family or alumni group.
func groupsOfFigure(lower string, q *quantity.Quantity) bool {
	rest := lower[q.End:min(len(lower), q.End+30)]
	if q.Adjectival {
		// "3-hour group sessions a week".
		return strings.HasPrefix(rest, " group session") || strings.HasPrefix(rest, " group therapy session")
	}
	t := lowerASCII(q.Text)
	return strings.Contains(t, " group session") && !hasWord(t, "family", "alumni", "support", "multifamily", "parent", "parents")
}

var consistsOf = prefilter.MustCompile(`\b(?:consists?\s+of|made\s+up\s+of|built\s+around|offers?|provides?|includes?)\s+(?:a\s+|an\s+|the\s+)?$`)

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// stepsDown reports a schedule dropping later in the clause.
func stepsDown(rest string) bool {
	if k := strings.IndexAny(rest, ".;"); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "down", "tapers", "taper", "decreases", "decrease", "drops", "drop", "reduces", "reduced")
}

// optionSpan reports a frequency word opening a "from … to …" span: "from
// weekly counseling to full-day treatment".
func optionSpan(masked string, q *quantity.Quantity) bool {
	pre := masked[max(0, q.Start-6):q.Start]
	if !strings.HasSuffix(strings.TrimRight(pre, " "), "from") {
		return false
	}
	rest := masked[q.End:min(len(masked), q.End+40)]
	k := strings.Index(rest, " to ")
	return k >= 0 && !strings.ContainsAny(rest[:k], ",;.")
}

// optionRange reports a figure inside the first end of a range of kinds
// of care: "outpatient care spans a wide range, from one session once
// a week to whole days on a hospital unit".
func optionRange(masked string, q *quantity.Quantity) bool {
	from := max(0, q.Start-45)
	pre := masked[from:q.Start]
	k := lastIndex(pre, "from ")
	if k < 0 || strings.ContainsAny(pre[k:], ",;:.") {
		return false
	}
	rest := masked[q.End:min(len(masked), q.End+40)]
	if t := strings.Index(rest, " to "); t < 0 || strings.ContainsAny(rest[:t], ",;.") {
		return false
	}
	lead := masked[max(0, from-60) : from+k]
	return hasWord(lead, "covers", "cover", "covering", "range", "ranges", "ranging", "spans", "span", "spanning", "anything", "everything", "anywhere", "gamut")
}

// namedBound reads "the minimum stay is" or "the maximum length of stay
// is" right before a figure: "minimum", "maximum" or "".
func namedBound(pre string) string {
	m := boundSubject.FindStringSubmatch(pre)
	if m == nil {
		return ""
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
// usual minimum requirement for IOP care is nine hours"), or set at it
// ("ASAM sets the adult minimum at 9 hours a week", "put the floor for
// adolescent IOP at 6 hours per week"). A limit or an amount named by its
// end is one too: "the upper limit of care is usually 19 hours",
// "the least amount of care a program gives is nine hours a week".
var boundSubject = prefilter.MustCompile(`\b(?:(floor|ceiling)\s+for\s+[a-z0-9()' -]{1,60}?\s+at\s+(?:about\s+|roughly\s+)?$|` +
	`(minimum|maximum|shortest|longest)\s+(?:(?:length\s+of\s+)?(?:stay|length|duration|commitment|enrollment|program)\s+|requirement\s+(?:for\s+[a-z0-9()' -]{1,40}?\s+)?|for\s+[a-z0-9()' -]{1,40}?\s+)?(?:is|lasts|runs|at)\s+` + boundHedge + `$|` +
	`(upper|lower)\s+(?:limit|end|bound)\s+(?:(?:of|for)\s+[a-z0-9()' -]{1,40}?\s+)?is\s+` + boundHedge + `$|` +
	`(least|smallest|lowest|fewest|most|greatest|highest)\s+(?:amount|number)\s+of\s+[a-z0-9()' ,-]{1,60}?\s+is\s+` + boundHedge + `$)`)

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

// inCondition reports whether i lies in an opening conditional clause:
// "If you've been sober for 30 days, you may be ready" states a condition,
// not a fact about the program.
func inCondition(lower string, i int) bool {
	switch openedBy(lower, i, conditionOpeners) {
	case "":
		return false
	case "once ":
		return !onceRate.MatchString(trimLeftWords(lower)) // "Once a week you meet with your counselor"
	}
	return true
}

var conditionOpeners = []string{"if ", "once ", "unless ", "until ", "whether "}

// noLongerNeeded reports a figure at i that the words before it say a
// client no longer needs: "when progress no longer requires nine hours
// per week of treatment" gives the schedule being left, no program's.
// ("… no longer requires nine hours a week for adults or six for
// adolescents": so is a figure coordinated with it.)
func noLongerNeeded(lower string, i int) bool {
	return noLongerBefore.MatchString(lower[max(0, i-110):i])
}

var noLongerBefore = prefilter.MustCompile(`\bno\s+longer\s+(?:requires?|required|needs?|needed|calls?\s+for)\s+(?:[^.;:!?]{1,80}?\s+(?:or|and)\s+)?(?:[a-z-]+\s+){0,3}$`)

// openedBy is the first of openers the sentence opens with, when i lies
// in the opening clause (before the first comma); "" otherwise.
func openedBy(lower string, i int, openers []string) string {
	t := trimLeftWords(lower)
	for _, w := range openers {
		if strings.HasPrefix(t, w) {
			if comma := strings.IndexByte(lower, ','); comma >= 0 && i >= comma {
				return ""
			}
			return w
		}
	}
	return ""
}

// whenNeeded reports i inside an opening "When you need …," or "When
// you require …,": the need a program after the comma meets.
func whenNeeded(lower string, i int) bool {
	t := trimLeftWords(lower)
	if !strings.HasPrefix(t, "when you need ") && !strings.HasPrefix(t, "when you require ") && !readyTo(t) {
		return false
	}
	comma := strings.IndexByte(lower, ',')
	return comma > i
}

// unneeded reports a yes/no phrase inside an opening condition that says
// it is not needed, without a denial of its own before the phrase:
// "Unless you need 24/7 medical monitoring, …", "If round-the-clock
// supervision is not necessary, …".
func unneeded(lower string, start, end int) bool {
	comma := strings.IndexByte(lower, ',')
	if comma < 0 || start > comma {
		return false
	}
	t := trimLeftWords(lower[:comma])
	// ("Unless they are in our residential unit with 24/7 nursing, …"
	// names who has it; only a need unless-ed is denied.)
	if strings.HasPrefix(t, "unless ") {
		return hasWord(t, "need", "needs", "require", "requires", "necessary") && !namesProgramText(t)
	}
	// ("not needed" and "not required" after the phrase deny it already.)
	return (strings.HasPrefix(t, "if ") || strings.HasPrefix(t, "when ")) && anyIn(lower[end:comma], []string{"not necessary", "isn't necessary", "isn’t necessary"})
}

// namesProgramText reports a program's name in t: "residential", "iop",
// "php", "detox", "inpatient".
func namesProgramText(t string) bool {
	return hasWord(t, "residential", "inpatient", "iop", "php", "detox", "hospital", "hospitalization", "intensive")
}

// programAfterComma is the first program named after the sentence's first
// comma, "" when none is.
func programAfterComma(s *sentence) Subject {
	comma := strings.IndexByte(s.lower, ',')
	for _, m := range s.mentions {
		if comma >= 0 && m.start > comma && programSubject(m.subject) && !m.contrast {
			return m.subject
		}
	}
	return ""
}

// opensOnGroups reports a sentence whose subject is the groups: "Groups
// run 90 minutes" after "Individual sessions are 50 minutes."
func opensOnGroups(lower string) bool {
	t := trimLeftWords(lower)
	for _, p := range []string{"groups ", "group sessions ", "our groups ", "the groups ", "group therapy sessions ", "each group "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// readyTo opens a sentence on the client being ready for what the main
// clause offers: "When you are ready to go home at night, our PHP …".
func readyTo(t string) bool {
	for _, p := range []string{"when you are ready ", "when you're ready ", "when you’re ready ", "once you are ready ", "once you're ready ", "once you’re ready "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

var onceRate = prefilter.MustCompile(`^once\s+(?:a|an|per|each|every)\s+(?:week|day|month|evening|night|morning)\b|^once\s+(?:weekly|daily|monthly)\b`)

// headingWithoutProgram reports a heading (not a flattened table's cell)
// that names no program. Text exports make short lines look like
// headings, so a "Label: value" line or one that ends like a sentence is
// not taken for one.
func headingWithoutProgram(st *state, s *sentence) bool {
	if k := s.block.Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
		return false
	}
	if t := strings.TrimSpace(s.text); labelEnd(t) > 0 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") {
		return false
	}
	if _, ok := st.table[s.bi]; ok {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return false
		}
	}
	return true
}

// thereIsNo reports "there is no", "there are no" or "there's no" right
// before i.
func thereIsNo(lower string, i int) bool {
	if wordBefore(lower, i) != "no" {
		return false
	}
	k := lastIndex(lower[:i], "no")
	switch wordBefore(lower, k) {
	case "is", "are", "there's", "s":
		return true
	}
	return false
}

// outcomeAfter follows the clause about people who stayed with what
// became of them: "… had notably better outcomes", "… were more likely to".
var outcomeAfter = prefilter.MustCompile(`^(?:\s+or\s+(?:more|longer))?\s+(?:had|were|was|did|showed|reported|achieved|tended)\s+(?:[a-z]+\s+){0,2}?(?:better|worse|higher|lower|more|less|fewer|greater|improved|improvements?|gains|stronger|longer)\b`)

// studyCondition reports a figure inside a relative clause about people
// ("those who stayed …", "people who remained in treatment for …").
func studyCondition(lower string, i int) bool {
	// ("Adults treated in a day program for 14 months reported …": a
	// participle says whom the study followed as "who" does.)
	for _, w := range studyWords {
		if k := lastIndex(lower[:i], w); k >= 0 && !strings.ContainsAny(lower[k:i], ",;") {
			return true
		}
	}
	return false
}

// studyWords open a clause on the people a study followed.
var studyWords = []string{" who ", " treated ", " enrolled ", " randomized "}

// lengthPredicate reports a compound length said of the program: after a
// copula ("is a six-week program", "runs as a 12-week program") or
// "the full/whole/entire" ("complete the full 12-week program").
func lengthPredicate(lower string, i int) bool {
	w := wordBefore(lower, i)
	// "follow the same 8-week curriculum".
	if w == "same" {
		i = lastIndex(lower[:i], w)
		w = wordBefore(lower, i)
	}
	// ("Clients complete our ten-week curriculum", "Over our ten-week
	// curriculum you will build a plan": the provider's own course,
	// finished or gone through, is as long.)
	if w == "a" || w == "an" || w == "the" || w == "our" || w == "your" {
		k := lastIndex(lower[:i], w)
		w2 := wordBefore(lower, k)
		if w == "our" || w == "your" {
			switch w2 {
			case "over", "throughout", "across":
				return true
			}
		}
		// "such as the 28-day program" names an example.
		if w2 == "as" && wordBefore(lower, lastIndex(lower[:k], w2)) == "such" {
			return false
		}
		// ("Our IOP is now an eight-week program": an adverb between the
		// copula and its article.)
		switch w2 {
		case "now", "still", "currently", "typically", "usually", "generally", "also", "officially":
			w2 = wordBefore(lower, lastIndex(lower[:k], w2))
		}
		// ("Participants work through a ten-week curriculum": going
		// through the course is finishing it.)
		if w2 == "through" {
			switch wordBefore(lower, lastIndex(lower[:k], w2)) {
			case "move", "moves", "moving", "go", "goes", "going", "work", "works", "working", "progress", "progresses", "progressing":
				return true
			}
		}
		// "Most clients complete the 10-week program": finishing it
		// states its length too.
		return w2 == "is" || w2 == "are" || w2 == "as" || w2 == "be" || w2 == "was" ||
			w2 == "complete" || w2 == "completes" || w2 == "completing" || w2 == "finish" || w2 == "finishes" || w2 == "finishing" ||
			w2 == "follow" || w2 == "follows" || w2 == "share" || w2 == "shares"
	}
	return w == "full" || w == "whole" || w == "entire"
}

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

var insufficient = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:is|are|has|have|was|were|shows?|showed|tends? to be|tend to have)\s+(?:of\s+)?(?:limited|little|less|reduced|insufficient|poor|no|minimal)\s+(?:effect|effects|effectiveness|benefit|benefits|success|value|impact)\b|^[^.;]{0,40}?\b(?:is|are)\s+(?:not enough|too short|rarely enough|seldom enough)\b`)

// insideName reports a quantity whose words run into a program's name:
// "a day" in "Our PHP is a day program".
func insideName(s *sentence, q *quantity.Quantity) bool {
	for _, m := range s.mentions {
		if q.Start < m.end && m.start < q.End {
			// "one individual therapy session per week": a count of a
			// therapy's meetings holds the therapy's name, and is its.
			// ("one therapy appointment a week": outpatient care's.)
			if (therapySubject(m.subject) || m.subject == OP && strings.Contains(s.lower[m.start:m.end], "appointment")) && (q.Unit == quantity.Session || q.Unit == quantity.Times) && q.Per == quantity.Week {
				continue
			}
			return true
		}
	}
	return false
}

// tracksName reports "an evening" or "a morning" that names a track of
// the program right after it ("than weekly counseling or an evening IOP
// can give"), no count of evenings.
func tracksName(s *sentence, q *quantity.Quantity) bool {
	if q.Per != quantity.None || !q.HasMax || q.Max != 1 || q.Unit != quantity.Day {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= q.End && programSubject(m.subject) {
			return strings.TrimSpace(s.lower[q.End:m.start]) == ""
		}
	}
	return false
}

// sumWords reports a sentence adding its figures up: "That adds up to
// 30 hours", "in total", "altogether".
func sumWords(lower string) bool {
	return addsUp(lower) || strings.Contains(lower, "in total") ||
		strings.Contains(lower, "altogether") || strings.Contains(lower, "a total of") || strings.Contains(lower, "all told")
}

// activitiesAfter reports a list of activities after a figure: "… of
// group therapy, skills practice and recovery planning".
func activitiesAfter(lower string, end int) bool {
	rest, ok := strings.CutPrefix(lower[end:], " of ")
	if !ok {
		return false
	}
	if k := strings.IndexAny(rest, ".;:("); k >= 0 {
		rest = rest[:k]
	}
	// ("two hours of group therapy daily, an hour of individual therapy
	// weekly and …": each activity with its own figure.)
	if strings.Contains(rest, "hour") || strings.Contains(rest, "minute") || strings.ContainsAny(rest, "0123456789") || strings.Contains(rest, "weekly") || strings.Contains(rest, "daily") {
		return false
	}
	// ("3 hours of group therapy, such as relapse prevention, anger
	// management and family roles": the group's topics, not activities
	// beside it.)
	for _, w := range []string{"such as", "covering", "including", "like ", "on topics", "topics"} {
		if strings.Contains(rest, w) {
			return false
		}
	}
	c := strings.Index(rest, ", ")
	return c > 0 && c < 40 && strings.Contains(rest[c:], " and ")
}

// countedTherapy is the therapy a count of meetings names inside itself
// ("one individual therapy session per week"), "" when none.
func countedTherapy(s *sentence, q *quantity.Quantity) Subject {
	for _, m := range s.mentions {
		if q.Start <= m.start && m.end <= q.End && therapySubject(m.subject) {
			return m.subject
		}
	}
	return ""
}

// therapySessionBefore is the therapy whose sessions are named right
// before i: "individual therapy session once a week", "family therapy
// sessions twice a month"; "" when there is none, or for group therapy.
func therapySessionBefore(s *sentence, i int) Subject {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.end > i {
			continue
		}
		// (A program's group sessions are its meetings: "group therapy
		// sessions at least once a week" is how often it meets.)
		if !therapySubject(m.subject) || m.subject == GroupTherapy {
			return ""
		}
		// ("group and individual sessions three days per week": the
		// sessions of a list are the program's.)
		if w := wordBefore(s.lower, m.start); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(s.lower[:m.start], " "), ",") {
			return ""
		}
		// ("a one-on-one with your clinician every week": the session
		// named before the person it is with.)
		if strings.HasSuffix(s.lower[m.start:m.end], " your") || strings.HasSuffix(s.lower[m.start:m.end], " their") {
			if therapistNouns[strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s.lower[m.end:i]), "primary"))] {
				return m.subject
			}
		}
		switch strings.TrimSpace(s.lower[m.end:i]) {
		case "", "session", "sessions", "appointment", "appointments":
			if strings.TrimSpace(s.lower[m.end:i]) == "" && !strings.HasSuffix(strings.TrimSpace(s.lower[m.start:m.end]), "session") &&
				!strings.HasSuffix(strings.TrimSpace(s.lower[m.start:m.end]), "sessions") {
				return ""
			}
			return m.subject
		}
		return ""
	}
	return ""
}

var therapistNouns = wordSet("therapist", "counselor", "counsellor", "clinician", "psychiatrist", "psychologist", "case manager")

// factBoxHeading reports a section headed as a program's fact box: "At a
// glance", "Program at a glance", "Quick facts", "Key facts", "Program
// details", "A typical week".
func factBoxHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(hs[len(hs)-1]))
	// ("PHP schedule", "Program schedule": the program's schedule
	// section.)
	return len(h) <= 40 && (strings.Contains(h, "at a glance") || strings.Contains(h, "at-a-glance") || strings.HasSuffix(h, "quick facts") ||
		strings.HasSuffix(h, "key facts") || strings.HasSuffix(h, "fast facts") || h == "program details" || h == "program facts" || h == "the basics" ||
		// ("A typical week" over "Five days a week, 9 a.m.–3 p.m.".)
		h == "a typical week" || h == "typical week" || h == "your week" ||
		bareScheduleHeading(hs) ||
		programScheduleHeading(h))
}

// whenHeading reports a last heading that says when the program meets,
// or names the program or its week: "When we meet", "Group nights",
// "Schedule", "Evening IOP", a line "12 hours of programming each week"
// taken for a heading. Not one over someone else's hours: "Contact us",
// "Family visits", "Drug testing", "Office hours".
func whenHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	named := hasWord(h, "iop", "php", "program", "programme", "programming", "group", "groups", "intensive", "outpatient", "partial", "hospitalization")
	return len(h) <= 60 && (named || hasWord(h, "when", "meet", "meets", "schedule", "schedules", "times", "nights", "evenings", "mornings", "days", "week", "weekly", "basics")) &&
		!hasWord(h, "visit", "visits", "visiting", "visitors", "contact", "office", "test", "testing", "tests", "lab", "pharmacy", "family", "families", "phone", "call", "admission", "admissions", "intake", "location", "locations", "directions", "parking") &&
		(named || !hasWord(h, "hours"))
}

// bareScheduleHeading reports a last heading "Schedule" that names nothing
// else: on a program's page it heads the program's week ("Schedule" over
// "Monday–Thursday, 6:00–9:00 p.m."), unless the line is open longer than
// any program's day (a clinic's door) or a heading above it names another
// service (otherSectionAbove).
func bareScheduleHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(strings.TrimRight(hs[len(hs)-1], ":"))) {
	case "schedule", "weekly schedule", "the schedule":
		return true
	}
	return false
}

// otherSectionAbove reports a heading above the last naming a service that
// is no program's: "Family support group" over "Schedule".
func otherSectionAbove(hs []string) bool {
	for _, h := range hs[:max(0, len(hs)-1)] {
		if hasWord(lowerASCII(h), "group", "groups", "family", "families", "support", "alumni", "aftercare", "dosing", "clinic", "office", "visiting", "visitors", "parents") {
			return true
		}
	}
	return false
}

// namesTreatment reports the treatment or the program named as what a
// figure is of; "within program hours", "on program days" only say when.
func namesTreatment(masked string) bool {
	if hasWord(masked, "treatment", "programming") {
		return true
	}
	for i := range wordIndexes(masked, "program") {
		switch wordAfter(masked, i+len("program")) {
		case "hours", "day", "days", "time", "schedule":
		default:
			return true
		}
	}
	return false
}

// daysOfTherapy is the therapy (not group therapy) whose sessions a count
// of days counts: named right after it, right before it, or given the rate
// before a "then"; "" when the days are no therapy's.
func daysOfTherapy(s *sentence, q *quantity.Quantity) Subject {
	if t := therapyRightAfter(s, q.End); t != "" {
		return t
	}
	if t := thenAfterTherapy(s, q); t != "" {
		return t
	}
	if t := therapyAppositive(s, q); t != "" {
		return t
	}
	return therapySessionBefore(s, q.Start)
}

// therapyAppositive is the therapy (not group therapy) a counted session
// is set beside after a comma or a dash: "individual counseling, usually
// one 50-minute session a week", "family therapy — two sessions a month",
// "individual counseling, most often once a week"; "" when there is none.
func therapyAppositive(s *sentence, q *quantity.Quantity) Subject {
	// ("includes individual counseling, most often once a week": a
	// meeting or two a week, counted by the times.)
	if !hasWord(lowerASCII(q.Text), "session", "sessions", "appointment", "appointments") && !(q.Unit == quantity.Times && q.Per == quantity.Week && q.HasMax && q.Max <= 2) {
		return ""
	}
	var last *mention
	for k := range s.mentions {
		if m := &s.mentions[k]; m.end <= q.Start {
			last = m
		}
	}
	if last == nil || !therapySubject(last.subject) || last.subject == GroupTherapy {
		return ""
	}
	// ("Outpatient treatment means individual counseling, most of the
	// time once a week": the program defined as the therapy.)
	switch wordBefore(s.lower, last.start) {
	case "means", "mean", "is", "are", "involves", "involve":
		return ""
	}
	// ("Our IOP combines group therapy and individual counseling, three
	// sessions a week in all": the sessions of a list are the program's.)
	if w := wordBefore(s.lower, last.start); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(s.lower[:last.start], " "), ",") ||
		hasWord(s.lower[q.End:], "all", "total", "combined", "altogether") {
		return ""
	}
	between := strings.TrimSpace(s.lower[last.end:q.Start])
	for _, p := range []string{",", "—", "–", "-", ":"} {
		if rest, ok := strings.CutPrefix(between, p); ok {
			switch strings.TrimSpace(rest) {
			case "", "usually", "typically", "generally", "normally", "often", "most often", "at first", "commonly", "most commonly", "mostly", "most of the time":
				return last.subject
			}
		}
	}
	return ""
}

// residentsStay reports a length said of residents in a sentence that
// names no program: "Most residents stay 60 to 90 days".
func residentsStay(s *sentence, start int) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return false
		}
	}
	lo, _ := clauseBounds(s.lower, start, start)
	pre := s.lower[max(lo, start-25):start]
	if !hasWord(pre, "residents", "resident") || hasWord(pre, "withdrawal", "detox") {
		return false
	}
	// ("Out-of-area residents stay three weeks in nearby hotels": where
	// people live.)
	k := lastIndex(pre, "resident")
	switch wordBefore(pre, k) {
	case "out-of-area", "out-of-state", "local", "area", "county", "city", "state", "nearby", "rural", "urban":
		return false
	}
	return !hasWord(s.lower[start:], "hotel", "hotels")
}

// readyAfterDetox reports a length of time before clients are ready to
// join a program, in a paragraph about withdrawal care.
//
// The paragraph, or the heading over it, must speak of detox or
// withdrawal management, not only of withdrawal symptoms ("PHP helps
// with post-acute withdrawal … ready to move on to IOP within four weeks"
// is the PHP's length), and the withdrawal care must be the provider's
// own (no referral in it).
func readyAfterDetox(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	ready := readyToJoin.FindStringIndex(s.lower[lo:start])
	if ready == nil {
		return false
	}
	b := strings.ToLower(s.block.Text)
	// ("How long does detox take at Mossgate?" over "Most clients are
	// ready to begin residential treatment in three to seven days": the
	// heading's question names the withdrawal care.)
	// (Only a heading about detox alone, "How long does detox take?",
	// over a sentence naming no program but the one joined: "Do I need
	// detox before PHP?", "After detox" and "… after three to four weeks
	// in PHP" time another program.)
	if hs := s.block.Headings; len(hs) > 0 && !strings.Contains(b, "detox") && !strings.Contains(b, "withdrawal management") {
		if h := strings.ToLower(hs[len(hs)-1]); (strings.Contains(h, "detox") || strings.Contains(h, "withdrawal management")) &&
			// ("Outpatient detox" names a form of detox.)
			!hasWord(detoxForms.Replace(h), "php", "iop", "residential", "outpatient", "partial", "intensive", "inpatient", "rehab", "after", "following", "beyond", "before", "from", "then",
				"referral", "referrals", "refer", "partner", "partners", "elsewhere") &&
			onlyJoinedProgram(s, lo+ready[1]) {
			b = h + " " + b
		}
	}
	return (strings.Contains(b, "withdrawal management") || strings.Contains(b, "detox")) && !referralVerb.MatchString(b)
}

var detoxForms = strings.NewReplacer("outpatient detox", "detox", "inpatient detox", "detox", "residential detox", "detox", "ambulatory detox", "detox")

// onlyJoinedProgram reports that the programs s names are the one
// joined right after "ready to …", which ends at end, and none other.
func onlyJoinedProgram(s *sentence, end int) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && (m.start < end || m.start-end > 25) {
			return false
		}
	}
	return true
}

var readyToJoin = prefilter.MustCompile(`\bready\s+to\s+(?:join|start|begin|move\s+(?:on|into|to)|step\s+into)\b`)

// thenAfterTherapy is the therapy an earlier rate of the sentence was
// given ("an individual therapy session twice a week …") when this one
// follows it after "then" with no program named between; "" otherwise.
func thenAfterTherapy(s *sentence, q *quantity.Quantity) Subject {
	for k := range s.qs {
		p := &s.qs[k]
		if p.End > q.Start || p.Per == quantity.None {
			continue
		}
		between := s.lower[p.End:q.Start]
		if !hasWord(between, "then") {
			continue
		}
		for _, m := range s.mentions {
			if m.start >= p.End && m.start < q.Start {
				return ""
			}
		}
		if t := therapySessionBefore(s, p.Start); t != "" {
			return t
		}
	}
	return ""
}

// programScheduleHeading reports a heading naming a program's schedule:
// "PHP schedule", "Program schedule", "IOP hours and schedule".
func programScheduleHeading(h string) bool {
	// ("Program hours", "PHP hours": the program's day. "Our hours",
	// "Treatment center hours", "Our office hours" are the door's.)
	if strings.HasSuffix(h, "hours") && len(h) <= 30 {
		return hasWord(h, "program", "programme", "iop", "php", "op", "group", "groups") && !hasWord(h, "office", "admissions", "phone", "center", "centre", "clinic", "visiting")
	}
	if !strings.HasSuffix(h, "schedule") || len(h) > 30 {
		return false
	}
	for _, w := range []string{"program", "iop", "php", "op", "treatment", "our"} {
		if hasWord(h, w) {
			return true
		}
	}
	return false
}

// therapyRightAfter is the therapy (not group therapy, the program's own
// meetings) named right after a count of days: "one weekday individual
// session"; "" when there is none.
func therapyRightAfter(s *sentence, end int) Subject {
	for _, m := range s.mentions {
		// (A single space: "three days a week, individual counseling
		// included" gives the program its days.)
		if m.start >= end && strings.TrimLeft(s.lower[end:m.start], " ") == "" && m.start-end <= 2 && therapySubject(m.subject) && m.subject != GroupTherapy {
			return m.subject
		}
	}
	return ""
}

// conditionedProgram is the program the main clause after an opening
// condition names, when the condition names none: "If you do not need
// 24/7 care, a partial care program is your best option." A bare
// "outpatient" counts ("…, outpatient may be the best choice").
func conditionedProgram(s *sentence) Subject {
	comma := strings.IndexByte(s.lower, ',')
	if comma < 0 {
		return ""
	}
	for _, m := range s.mentions {
		if m.start < comma && programSubject(m.subject) && !m.contrast {
			return ""
		}
	}
	return programAfterComma(s)
}

var detoxLabel = prefilter.MustCompile(`^\W*(?:medical\s+)?(?:detox|detoxification|withdrawal\s+management)\s+(?:included|offered|available|provided|on[\s-]site)\s*[:?]`)

// thereIs reports an existential opening: "There is no …", "There are
// nurses …".
func thereIs(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "there is ") || strings.HasPrefix(t, "there are ") || strings.HasPrefix(t, "there's ") ||
		strings.HasPrefix(t, "there’s ")
}

// placeSubject is what an existential sentence's place is: the section's
// program, else the page's topic.
func (st *state) placeSubject() Subject {
	if st.section != "" {
		return st.section
	}
	if st.topic != "" {
		return st.topic
	}
	// A page about no program (a sober house, a clinic's staffing page)
	// speaks of its own place.
	return Other
}

// answersUnnamed reports a sentence of the answer to a question that
// named no program ("Will my teen sleep here?"): in the answer's own
// block, or in the block after the question's.
func (st *state) answersUnnamed(s *sentence) bool {
	if st.unnamedAnswer < 0 {
		return false
	}
	return s.bi == st.unnamedAnswer && s.off >= st.unnamedFrom || s.bi == st.unnamedAnswer+1
}

// backInAnswer reports a sentence that points back ("It requires …",
// "They stay …") to the program an earlier sentence of its own paragraph
// named: under "What is rehab?", "Inpatient rehab suits long-term use.
// It asks patients to stay on site" speaks of inpatient rehab, not
// of the page's program.
func (st *state) backInAnswer(s *sentence) bool {
	return st.lastNamedIn == s.bi && programSubject(st.last) && s.off > s.block.Sentences[0].Start && startsWithPronoun(s.lower)
}

// programInView is the program the text around is about: the section's,
// else the previous sentence's, else the page's, detox aside; "" if none.
func (st *state) programInView() Subject {
	for _, p := range []Subject{st.section, st.last, st.topic} {
		if programSubject(p) && p != Detox {
			return p
		}
	}
	return ""
}

func therapySubject(x Subject) bool {
	return x == IndividualTherapy || x == GroupTherapy || x == SupportGroup
}

// mentionedBeside reports whether s names subj other than as added after
// the figure ending at end: "roughly ten hours of care each week, plus a
// counseling session" does not name the session as what the hours are
// of.
func mentionedBeside(s *sentence, subj Subject, end int) bool {
	for _, m := range s.mentions {
		if m.subject == subj && !(m.start >= end && addedAfter(s.lower[end:m.start])) {
			return true
		}
	}
	return false
}

// mentions reports whether s names subj itself.
func mentions(s *sentence, subj Subject) bool {
	for _, m := range s.mentions {
		if m.subject == subj {
			return true
		}
	}
	return false
}

// groupAfter reports a group named within two words after i ("weekly
// relapse-prevention group", "weekly family group").
func groupAfter(masked string, i int) bool {
	for n := 0; n < 3; n++ {
		w := wordAfter(masked, i)
		if w == "" {
			return false
		}
		if w == "group" || w == "groups" {
			return true
		}
		// "a once-weekly continuing care group", "a weekly family
		// group": care after or beside the program, not its therapy.
		if notTherapyGroup[w] {
			return false
		}
		j := indexFrom(masked, w, i)
		if j < 0 {
			return false
		}
		i = j + len(w)
	}
	return false
}

// careAfter reports a mention of care other than a program (aftercare,
// continuing care, an alumni or family group) starting within a few words
// after end, nothing but words between.
func careAfter(s *sentence, end int) bool {
	for _, m := range s.mentions {
		// ("meets daily and includes family therapy": a clause of its
		// own, joined by "and".)
		if m.subject != Other || m.start < end || m.start-end > 20 {
			continue
		}
		if between := s.lower[end:m.start]; !strings.ContainsAny(between, ",;:.()") &&
			!hasWord(between, "and", "or", "with", "plus", "includes", "include", "offers", "offer", "on", "in", "to", "for", "of") {
			return true
		}
	}
	return false
}

// careOpens reports the clause before start opening on care after a
// program (aftercare, continuing care, an alumni program) as its subject:
// "Aftercare consists of ", "Our alumni program is ".
func careOpens(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	for _, m := range s.mentions {
		if m.start < lo || m.start >= start {
			continue
		}
		if m.subject != Other {
			return false
		}
		t := s.lower[m.start:m.end]
		if !strings.Contains(t, "aftercare") && !strings.Contains(t, "continuing") && !strings.Contains(t, "alumni") {
			return false
		}
		// Nothing but an owner before it: "Our", "The", "RITL's".
		before := strings.Fields(strings.Trim(s.lower[lo:m.start], " -•*"))
		if len(before) == 0 {
			return true
		}
		w := before[len(before)-1]
		return len(before) <= 2 && (w == "our" || w == "the" || w == "their" || w == "its" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
	}
	return false
}

var notTherapyGroup = wordSet("continuing", "continuing-care", "aftercare", "alumni", "family", "multi-family", "multifamily", "parent", "parents", "support", "peer")

// substanceLabelled reports a value after a label that names a substance.
func substanceLabelled(s *sentence, i int) bool {
	label, e := s.label()
	return e > 0 && e <= i && substanceLabel(lowerASCII(label))
}

// deniedAfter reports a denial right after a yes/no phrase: a passive
// "is not provided" or a label's "…: no".
func deniedAfter(rest string) bool {
	// Every denial holds a "not", an "n't" or a label's colon or
	// question mark within its first words.
	head := rest[:min(len(rest), 60)]
	if !strings.ContainsAny(head, ":?–—-") && !strings.Contains(head, "not") && !strings.Contains(head, "n't") && !strings.Contains(head, "n’t") {
		return false
	}
	return denialAfter.MatchString(rest)
}

// ("Overnight stay - no", "Overnight stay - PHP: no | IOP: no": a
// line's label, a dash, and the answer, for a program or none.)
var denialAfter = prefilter.MustCompile(`^\s*(?:(?:is|are)(?:\s+not|n't|n’t)\s+(?:provided|available|offered|included|part\s+of|required|needed|an\s+option)\b|(?:\s*(?:included|offered|available|provided|required|needed|on\s+site|on-site))?\s*(?:[:?]|\s[-–—])\s*(?:(?:php|iop|op|residential|detox)\s*:\s*)?(?:no|none|not\s+(?:usually|generally|typically)|(?:usually|generally|typically)\s+(?:not|no))\s*(?:[.;,)!|]|$))`)

// spanIn reports a span followed by the program it is spent in: "after
// about four to six weeks in PHP".
func spanIn(s *sentence, q *quantity.Quantity) bool {
	if w := wordAfter(s.masked, q.End); w != "in" && w != "of" {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= q.End && m.start-q.End <= 12 && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// arrangedAt opens on where care arranged is held, elsewhere: ", most
// often at Mercy Coastal Hospital", " at a partner hospital".
var arrangedAt = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:at|through|with)\s+(?:a\s+|an\s+|the\s+|one\s+of\s+(?:our\s+)?)?(?:[a-z'’.-]+\s+){0,3}(?:hospital|hospitals|medical\s+center|partner|partners|detox\s+center|withdrawal\s+center)\b`)

// cutAfterWhich is pre up to the last relative pronoun after a comma and
// the pronoun, so that referredToWhich can read the clause the figure's
// predicate opens ("…, which offers a" → "…, which ").
func cutAfterWhich(pre string) string {
	k := -1
	for _, w := range []string{", which ", ", who ", ", where ", ", that "} {
		if i := lastIndex(pre, w); i > k {
			k = i + len(w)
		}
	}
	if k < 0 || strings.ContainsAny(pre[k:], ",;") || wordCount(pre[k:]) > 6 {
		return ""
	}
	return pre[:k]
}

// referredToWhich ends on a place clients are referred to and a relative
// pronoun that goes on to say what it runs: "we refer people to St.
// Anne's Hospital, which".
var referredToWhich = prefilter.MustCompile(`\b(?:refer|refers|referred|referring|send|sends|sent|transfer|transfers|transferred|direct|directs|connect|connects)\b[^.;]*?\bto\s+[^;]{2,80}?,\s*(?:which|who|that|where)\s+(?:also\s+|now\s+)?$`)

// movedTo reports a "step down to", "transition to" at most three words
// before i: "step down to the virtual outpatient group".
func movedTo(lower string, i int) bool {
	return verbThenTo(lower, i, 3, movedToVerbs)
}

// verbThenTo reports one of verbs right before the last " to " before i,
// with at most words words from " to " to i: "step down to the …",
// "a referral to a residential or …".
func verbThenTo(lower string, i, words int, verbs map[string]bool) bool {
	j := lastIndex(lower[:i], " to ")
	if j < 0 || wordCount(lower[j:i]) > words {
		return false
	}
	return verbs[wordBefore(lower, j+1)]
}

var movedToVerbs = wordSet("down", "transition", "transitions", "move", "moves", "moved",
	"graduate", "graduates", "progress", "progresses")

// steppedTo is the program a "step down to" / "move to" / "transition
// to" names right before i (at most two words between, no verb), "" when
// there is none.
func steppedTo(s *sentence, i int) Subject {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.end > i {
			continue
		}
		if !programSubject(m.subject) || !m.contrast || wordCount(s.lower[m.end:i]) > 2 || strings.ContainsAny(s.lower[m.end:i], ",;:(") {
			return ""
		}
		if movedTo(s.lower, m.start) {
			return m.subject
		}
		return ""
	}
	return ""
}

// colonOwner is the program named right before a colon in the middle of
// the sentence that the figure at i follows, with no other mention, no
// semicolon and no new sentence-like break between; "" when there is
// none. (A label opening the line is read as a label.)
func colonOwner(s *sentence, i int) Subject {
	// (A spaced dash sets out as a colon does: "… move to our IOP –
	// two evenings a week, usually for ten weeks".)
	k := max(strings.LastIndexByte(s.lower[:i], ':'), lastIndex(s.lower[:i], " – "), lastIndex(s.lower[:i], " — "))
	if k < 0 || strings.ContainsAny(s.lower[k:i], ";()") {
		return ""
	}
	if _, e := s.label(); e > 0 && k < e {
		return ""
	}
	var owner *mention
	for j := range s.mentions {
		m := &s.mentions[j]
		if m.start > k && m.start < i {
			return ""
		}
		if m.end <= k && m.start > 0 {
			between := strings.TrimSpace(s.lower[m.end:k])
			if between == "" || between == "program" || between == "programme" || between == "track" || placeNamed(s.text[m.end:k]) {
				owner = m
			}
		}
	}
	// ("IOP is outpatient: you sleep at home", "a non-residential
	// program: participants …", "after IOP: one group a week": a kind
	// of care said of something, or set aside; "move to our IOP: …"
	// names where clients go.)
	if owner == nil || !programSubject(owner.subject) || owner.classified || owner.weak || owner.ended || owner.contrast && !movedTo(s.lower, owner.start) {
		return ""
	}
	// ("Before you start at our IOP in Wausau: most clients first
	// complete 30 days of residential care": the figure's own program
	// follows it.)
	hi := len(s.lower)
	if c := strings.IndexAny(s.lower[i:], ",;"); c >= 0 {
		hi = i + c
	}
	for j := range s.mentions {
		if m := &s.mentions[j]; m.start >= i && m.end <= hi && programSubject(m.subject) && m.subject != owner.subject {
			return ""
		}
	}
	return owner.subject
}

// placeNamed reports words that only say where: "in La Crosse", "at our
// Elm Street office" (a capitalised place within four words).
func placeNamed(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 4 || f[0] != "in" && f[0] != "at" {
		return false
	}
	w := f[1]
	if w == "our" && len(f) > 2 {
		w = f[2]
	}
	return w[0] >= 'A' && w[0] <= 'Z'
}

// parenOwner is the mention of the program named right before the bracket
// that opens just before i ("IOP (3 days a week)"), nil when there is
// none.
func parenOwner(s *sentence, i int) *mention {
	k := strings.LastIndexByte(s.lower[:i], '(')
	if k < 0 || strings.ContainsAny(s.lower[k:i], ")") || wordCount(s.lower[k:i]) > 3 {
		return nil
	}
	for _, m := range s.mentions {
		if m.start > k && m.start < i {
			return nil
		}
	}
	for j := range s.mentions {
		m := &s.mentions[j]
		// ("our Partial Hospitalization Program (five days a week)": the
		// program's noun may follow its name; "(or to IOP, three days a
		// week)" names another program inside the bracket.)
		if between := strings.TrimSpace(s.lower[min(m.end, k):k]); programSubject(m.subject) && m.end <= k && (between == "" || between == "program" || between == "programme" || between == "track") {
			return m
		}
	}
	return nil
}

// askedWithin reports a figure inside a question that does not end its
// sentence: "Is 28 Days Enough? How Long Rehab Really Takes" asks about
// the 28 days, as a question of its own would.
func askedWithin(text string, end int) bool {
	k := strings.IndexAny(text[end:], "?.!")
	return k >= 0 && text[end+k] == '?' && strings.TrimSpace(text[end+k+1:]) != ""
}

func isQuestion(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, "?")
}

func hasProviderVoice(lower string) bool {
	return providerVoiceIn(lower, func(w string) bool { return strings.Contains(lower, w) })
}

// providerVoiceIn is hasProviderVoice with holds(w) for
// strings.Contains(lower, w): a sentence asks its trigram filter first,
// as every sentence of every page asks.
func providerVoiceIn(lower string, holds func(string) bool) bool {
	if !firstPerson(lower) {
		// "Granite Peak's own IOP": the publisher naming its program.
		// ("Teen IOP here runs 10 to 12 weeks": the program at the
		// provider's own place.)
		return holds("s own ") && (holds("'s own ") || holds("’s own ")) ||
			holds(" here ") && programHere.MatchString(lower)
	}
	// "In our experience, most programs …": the provider speaking of
	// programs in general, not of its own. Every aside is in the first
	// person, so only first-person sentences pay for the look.
	if holds("experience") || holds("our view") || holds("our opinion") ||
		holds("found") || holds("find that") {
		for _, aside := range []string{"in our experience", "in our view", "in our opinion", "our experience is", "we find that", "we have found", "we've found"} {
			if holds(aside) && !hasWord(strings.Replace(lower, aside, "", 1), "our", "we", "us") {
				return false
			}
		}
	}
	// "Across the programs we have worked alongside, most people finish
	// IOP in 6 to 10 weeks": other programs, which the provider knows.
	// ("Compared with centers we have visited, IOP here lasts 12
	// weeks": "here" is the provider's.)
	if holds("we") {
		if loc := othersWeKnow.FindStringIndex(lower); loc != nil {
			if rest := lower[:loc[0]] + lower[loc[1]:]; !firstPerson(rest) && !hasWord(rest, "here") {
				return false
			}
		}
	}
	return true
}

// programHere is a program named at the provider's own place: "IOP here
// runs", "treatment here lasts".
var programHere = prefilter.MustCompile(`\b(?:iop|php|program|treatment|detox|stays?|residential|outpatient|care)\s+here\s+(?:runs|lasts|meets|takes|is|are|usually|typically|generally)\b`)

// othersWeKnow is programs the provider has seen or worked with, named
// with a first-person relative clause.
var othersWeKnow = prefilter.MustCompile(`\b(?:programs|providers|centers|centres|facilities|clinics|hospitals|iops|phps|treatment\s+teams)\s+(?:that\s+|which\s+)?we(?:'ve|’ve|\s+have)?\s+(?:worked\s+(?:alongside|with)|work\s+(?:alongside|with)|seen|toured|partnered\s+with|partner\s+with|reviewed|visited|studied|surveyed|compared|referred\s+(?:clients\s+|patients\s+)?to|refer\s+(?:clients\s+|patients\s+)?to)\b`)

// firstPerson is hasWord(lower, "our", "we", "we're", "we’re", "us") in one
// pass over the words' first letters: it is asked of every sentence.
func firstPerson(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		// (The first letter first: most bytes open none of the words.)
		if c := l[i]; c != 'w' && c != 'u' && c != 'o' || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		var n int
		switch {
		case l[i] == 'w' && l[i+1] == 'e':
			n = 2
		case l[i] == 'u' && l[i+1] == 's':
			n = 2
		case l[i] == 'o' && strings.HasPrefix(l[i:], "ours"):
			// "Ours works differently: …" ("Unlike ours, many IOPs last
			// 12 weeks", "Programs like ours …" speak of others.)
			switch wordBefore(l, i) {
			case "like", "unlike", "than", "as", "including":
				continue
			}
			n = 4
		case l[i] == 'o' && strings.HasPrefix(l[i:], "our"):
			n = 3
		default:
			continue
		}
		if i+n == len(l) || !isWordByte(l[i+n]) {
			return true
		}
		for _, w := range [...]string{"we're", "we’re"} {
			if strings.HasPrefix(l[i:], w) && (i+len(w) == len(l) || !isWordByte(l[i+len(w)])) {
				return true
			}
		}
	}
	return false
}

// askedOfProvider reports a question put to the provider: in its own
// voice ("do you", "your", "our"), or about it by name ("How long is detox
// at Mountain Laurel?").
func askedOfProvider(q *sentence) bool {
	if q.provider || hasWord(q.lower, "you", "your") {
		return true
	}
	for _, m := range atName.FindAllStringSubmatch(q.text, -1) {
		if ownName(q.doc, m[1], q.bi) {
			return true
		}
	}
	return false
}

// articlePage reports an address under a blog or articles path, where a
// provider writes about programs in general.
func articlePage(u string) bool {
	l := strings.ToLower(u)
	for _, p := range []string{"/blog/", "/blogs/", "/articles/", "/article/", "/news/", "/resources/", "/insights/", "/learn/"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// definiteAsked is a question about "the" program: on a page that speaks
// as the provider ("Here are the questions our admissions team hears"),
// "How long does the intensive outpatient program last?" asks about its
// own.
var definiteAsked = prefilter.MustCompile(`\bthe\s+(?:(?:evening|morning|day|daytime|weekend|adult|teen|adolescent|virtual)\s+)?(?:intensive\s+outpatient\s+program|partial\s+hospitalization\s+program|residential\s+program|detox\s+program|iop|php|program)\b`)

var atName = prefilter.MustCompile(`\b(?:at|with|from)\s+([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})`)

// namedProvider reports a program named with its provider's name in the
// possessive ("Cedarview's adult IOP meets …"): the publisher's own.
// (Each expression runs only where its words are: a possessive, a "the".)
func namedProvider(s *sentence) bool {
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		window := s.text[max(0, m.start-40):m.start]
		possessive, the := strings.Contains(window, "'s") || strings.Contains(window, "’s"), strings.Contains(window, "he")
		if possessive {
			if sub := ownerBefore.FindStringSubmatch(window); sub != nil && !notOwners[sub[2]] && ownName(s.doc, sub[1], s.bi) {
				return true
			}
		}
		// ("Wickmere IOP nights are Monday and Thursday": the name may
		// open the sentence without "the".)
		// (One program, named in full: not "Tennessee outpatient rehabs",
		// "Teen PHPs", "Ferncliff Outpatient Pharmacy".)
		opening := m.start > 0 && m.start <= 40 && s.text[0] >= 'A' && s.text[0] <= 'Z' && !strings.ContainsAny(s.text[:m.start], ",;:") &&
			!m.weak && !strings.HasSuffix(s.lower[m.start:m.end], "s") && !capitalAfter(s.text, m.end)
		if !the && !opening {
			continue
		}
		// "The Wickmere IOP is held three evenings a week": the name as
		// the program's modifier.
		// (Only a name the site's address opens on, on no article or
		// directory page, and not another's program: "The Denver IOP at
		// Front Range Clinic", "The Austin IOP run by the county", "The
		// Matrix IOP" curriculum.)
		// (A page with no address, a local file, has its title.)
		var sub []string
		if the {
			sub = nameModifierBefore.FindStringSubmatch(window)
		}
		// (Only a name the address opens on: a capitalised first word
		// is often none, "Several IOPs …". The address is asked first:
		// most sentences open on a capital.)
		if w := lowerASCII(firstWord(s.text)); sub == nil && opening && len(w) >= 3 && strings.Contains(lowerASCII(s.doc.URL), w) {
			if sub = nameOpens.FindStringSubmatch(s.text[:m.start]); sub != nil && !hostOpensOn(s.doc.URL, sub[1]) {
				sub = nil
			}
		}
		if sub != nil && !notOwners[sub[2]] && sub[2] != "Matrix" &&
			(hostOpensOn(s.doc.URL, sub[1]) || s.doc.URL == "" && ownName(s.doc, sub[1], s.bi)) &&
			!articlePage(s.doc.URL) && !othersProgram.MatchString(s.lower[m.end:]) {
			return true
		}
	}
	return false
}

// atOwnOpening reports a sentence that opens at the provider's own place:
// "At Lakeshore, IOP meets three or four evenings a week".
func atOwnOpening(s *sentence) bool {
	if strings.HasPrefix(s.text, "At ") {
		m := atOpening.FindStringSubmatch(s.text)
		return m != nil && ownName(s.doc, m[1], s.bi)
	}
	// "Typical timeframes at Legacy Point include medical detox (5–10
	// days)": care, a program or its times at the provider's own place,
	// named by its name, make the sentence the provider's. The name may
	// run on past the host's letters ("Legacy Point Center" on
	// legacypoint.com). Staff or arrivals at the place do not ("Staff at
	// Harbor Point note that, nationally, …"), nor does a sentence
	// setting the place against others ("Unlike most programs, …").
	// (Most sentences hold an "at" and few a name after it: the
	// expression runs only on those, and its gate asks for one of its
	// words before the "at".)
	if !atCapital(s.text) || s.contains("unlike") || s.contains("national") {
		return false
	}
	for _, m := range atNamed.FindAllStringSubmatch(s.text, -1) {
		words := strings.Fields(m[1])
		for n := len(words); n >= min(2, len(words)); n-- {
			if ownName(s.doc, strings.Join(words[:n], " "), s.bi) {
				return true
			}
		}
	}
	return false
}

// everyOwnSite reports the provider's sites named all at once by its
// name: "Across every Larchmont clinic, the IOP runs ten weeks", "All
// Larchmont locations offer …".
// (Not a question, an exception, another time or a comparison with
// another provider's sites: "Does every Larchmont clinic offer detox?",
// "every Larchmont clinic except Rye", "By 2027 every Larchmont clinic
// will …", "…, while every Harborview clinic runs …"; and the name must
// be the provider's, not a city the address holds too.)
// (The name match comes first: every sentence asks, and few hold one.)
func everyOwnSite(s *sentence) bool {
	if !s.containsAny("every ", "each ", "all ", "any ") {
		return false
	}
	ms := everyNamedSite.FindAllStringSubmatch(s.text, -1)
	if len(ms) == 0 || s.question || strings.HasSuffix(strings.TrimSpace(s.text), "?") ||
		hasWord(s.lower, "except", "excluding", "until", "will", "plan", "plans", "planned", "example", "while", "whereas", "unlike") {
		return false
	}
	for _, m := range ms {
		if !siteNamed(s.doc, m[1]) {
			return false
		}
	}
	return true
}

var everyNamedSite = prefilter.MustCompile(`\b(?:[Ee]very|[Ee]ach|[Aa]ll|[Aa]ny)\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:clinics?|locations?|sites?|centers?|centres?|campus(?:es)?|offices?|programs?)\b`)

// atCapital reports an " at " followed by a capital letter.
func atCapital(t string) bool {
	for i := 0; ; {
		k := strings.Index(t[i:], " at ")
		if k < 0 {
			return false
		}
		i += k + len(" at ")
		if i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
			return true
		}
	}
}

// atNamedSite reports "at" between white space, a capital after it,
// right after one of the words atNamed opens on (in any case, white
// space between): every match of the expression has one, and the
// expression, folding case, has no literal to skip ahead to.
func atNamedSite(t string) bool {
	if len(t) < len("a at X") {
		return false
	}
	for i := 1; ; {
		k := strings.Index(t[i:], "at")
		if k < 0 {
			return false
		}
		at := i + k
		i = at + 1
		if !isSpace(t[at-1]) || at+2 >= len(t) || !isSpace(t[at+2]) {
			continue
		}
		next := at + 2
		for next < len(t) && isSpace(t[next]) {
			next++
		}
		if next == len(t) || t[next] < 'A' || t[next] > 'Z' {
			continue
		}
		if w := wordEndingBefore(t, at); w >= 0 && atNamedWords[strings.ToLower(t[w:wordEnd(t, w)])] {
			return true
		}
	}
}

// atNamedWords are the last words of atNamed's openers.
var atNamedWords = wordSet("program", "programs", "treatment", "care", "stay", "stays", "timeframes", "frames", "schedule", "schedules",
	"services", "iop", "php", "detox", "sessions", "groups")

var (
	// ("At Pinecrest you stay with us": the comma may be left out.)
	// ("At Birch & Lowe, …": two names joined by an ampersand.)
	atOpening = prefilter.MustCompile(`^At\s+([A-Z][A-Za-z]+(?:\s(?:&\s)?[A-Z][A-Za-z]+){0,2})(?:,|\s+[a-z])`)
	atNamed   = prefilter.MustCompile(`\b(?i:programs?|treatment|care|stays?|timeframes|time\s?frames|schedules?|services|iop|php|detox|length\s+of\s+stay|sessions|groups)\s+at\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})\b`).Gate(atNamedSite)
)

// ownerBefore is a capitalised name in the possessive and at most two
// modifiers right before a program's name ("Pinecrest's 12-bed detox
// unit").
// hostOpensOn reports a site address whose name opens on the name's
// letters: "Wickmere" on wickmererecovery.com.
func hostOpensOn(addr, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	host := strings.TrimPrefix(hostLetters(addr), "www.")
	if len(key) < 4 || !strings.HasPrefix(host, key) {
		return false
	}
	// (The whole name: "Tampa" on tampabayrecovery.com is a part of it.)
	rest := host[len(key):]
	for _, w := range []string{".", "recovery", "health", "behavioral", "bh", "treatment", "center", "centre", "rehab", "wellness", "clinic", "house", "lodge", "counseling", "addiction", "care", "services", "women", "men", "ranch", "hospital", "medical", "med", "foundation", "institute", "retreat", "residence", "village", "farm", "children"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// othersProgram follows a program named as someone else's: "at Front
// Range Clinic", "run by the county", "according to its brochure".
var othersProgram = prefilter.MustCompile(`^[^.;]{0,20}?\b(?:at|run\s+by|operated\s+by|offered\s+by|according\s+to|as\s+published|published\s+by)\b`)

// nameModifierBefore ends on "the" and a name before a program: "The
// Wickmere IOP", "the Lantern Bay evening IOP".
// (A name is capitalised and not in capitals: "The IOPs assist in
// detoxification" names no one; one modifier may follow it.)
var nameModifierBefore = prefilter.MustCompile(`\b[Tt]he\s+(([A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s+(?:(?:evening|day|daytime|morning|adult|adults'|teen|adolescent|weekend|virtual|outpatient|intensive)\s+)?$`)

// capitalAfter reports a capitalised word right after i: the name runs on.
func capitalAfter(t string, i int) bool {
	r := strings.TrimLeft(t[i:], " ")
	return r != "" && r[0] >= 'A' && r[0] <= 'Z'
}

// nameOpens is a sentence opening on a name and at most one modifier
// before a program: "Wickmere IOP", "Lantern Bay evening IOP".
var nameOpens = prefilter.MustCompile(`^(([A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s+(?:(?:evening|day|daytime|morning|adult|adults'|teen|adolescent|weekend|virtual|outpatient|intensive)\s+)?$`)

var ownerBefore = prefilter.MustCompile(`\b(([A-Z][A-Za-z]+)(?:\s[A-Z][A-Za-z]+)?)['’]s\s+(?:[a-z0-9-]+\s+){0,2}$`)

// ownName reports whether name is the publisher's: its letters run in the
// page's host ("Summit View" on summitviewhealth.com) or its title.
func ownName(doc *corpus.Document, name string, bi int) bool {
	key := lettersOnly(name)
	if len(key) < 4 {
		return false
	}
	if strings.Contains(hostLetters(doc.URL), key) {
		return true
	}
	// "Oakridge Tulsa" on oakridgerecovery.com/locations/tulsa/: the
	// provider's name and the place of the location page it is on.
	// ("Beacon Path Akron": the brand may be of more words than one.)
	if ws := strings.Fields(name); len(ws) >= 2 && len(ws) <= 4 {
		host := hostLetters(doc.URL)
		for k := 1; k < len(ws); k++ {
			brand := lettersOnly(strings.Join(ws[:k], ""))
			if len(brand) < 4 || !strings.Contains(host, brand) {
				continue
			}
			if p := lettersOnly(strings.Join(ws[k:], "")); strings.Contains(lettersOnly(urlWords(doc.URL)), p) || strings.Contains(lettersOnly(doc.Title), p) {
				return true
			}
		}
	}
	// The title and a text export's first lines ("SOURCE: …", the
	// masthead) name the page, but only before the sentence itself: a
	// name is not its own evidence.
	if bi > 0 && strings.Contains(lettersOnly(doc.Title), key) && (len(doc.Blocks) == 0 || doc.Blocks[bi].Text != doc.Title) {
		return true
	}
	for i := 0; i < len(doc.Blocks) && i < 3 && i < bi; i++ {
		if strings.Contains(lettersOnly(doc.Blocks[i].Text), key) {
			return true
		}
	}
	return false
}

// lettersOnly lowercases s and drops everything but letters and digits:
// "Summit View Health" and "summitviewhealth.com" meet.
func lettersOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

// notOwners are possessives that name no provider: "today's IOPs",
// "SAMHSA's definition of IOP".
var notOwners = wordSet("Today", "Tomorrow", "Yesterday", "America", "Nation", "World", "Country", "State", "Everyone",
	"Anyone", "Someone", "SAMHSA", "ASAM", "NIDA", "CMS", "Medicare", "Medicaid", "Joint", "Year", "Week", "Month")

// clauseBounds returns the clause of s around [start, end): clauses split at
// semicolons, dashes, contrastive joins and relative and concessive
// clauses, where a new subject usually begins. One pass looks only at
// spaces, commas and semicolons: it runs for every claim.
func clauseBounds(lower string, start, end int) (int, int) {
	lo, hi := 0, len(lower)
	mark := func(i, n int) {
		if i+n <= start && i+n > lo {
			lo = i + n
		}
		if i >= end && i < hi {
			hi = i
		}
	}
	for i := 0; i < len(lower); i++ {
		var seps []string
		switch lower[i] {
		case ';':
			mark(i, 1)
			continue
		case ',':
			seps = commaSeps
		case ' ':
			// Every separator's second byte is one of a few: most
			// spaces are followed by none of them.
			if i+1 >= len(lower) || !spaceSepSecond[lower[i+1]] {
				continue
			}
			seps = spaceSeps
		default:
			continue
		}
		for _, sep := range seps {
			if strings.HasPrefix(lower[i:], sep) {
				mark(i, len(sep))
				break
			}
		}
	}
	return lo, hi
}

var (
	commaSeps = []string{", but ", ", though ", ", although ", ", even though ", ", which ", ", who "}
	spaceSeps = []string{" while ", " whereas ", " but ", " compared to ", " compared with ", " than ", " unlike ", " – ", " — "}
	// spaceSepSecond marks the bytes right after the space of a
	// spaceSeps entry.
	spaceSepSecond = func() (t [256]bool) {
		for _, sep := range spaceSeps {
			t[sep[1]] = true
		}
		return t
	}()
)

func trimLeftWords(s string) string { return strings.TrimLeft(s, " ,") }

// dayPartAfter reports what follows a day's hours naming them one part
// of the day: its schooling, or what they are given to.
func dayPartAfter(rest string) bool {
	return schoolTimeAfter.MatchString(rest) || partGivenTo.MatchString(rest)
}

// partGivenTo follows a day's hours, in their clause, with what they
// are given to: "… each day are dedicated to", "… is set aside for".
var partGivenTo = prefilter.MustCompile(`^[^.;,]{0,40}?\b(?:are|is)\s+(?:dedicated|devoted|set\s+aside|reserved|given\s+over)\b`)

// schoolTimeAfter follows a day's hours with the schooling they are:
// " daily of educational programming", " a day of academic instruction".
var schoolTimeAfter = prefilter.MustCompile(`^\s+(?:(?:daily|a\s+day|per\s+day|each\s+day)\s+)?(?:of\s+)(?:educational|academic|school|schooling|classroom|tutoring)\b`)

func vagueWords(q *quantity.Quantity) bool {
	return hasWord(lowerASCII(q.Text), "few", "couple")
}

func namesProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return true
		}
	}
	return false
}

// neededBeyond reports a figure a person needs more (or less) than: "You
// need more than an hour a week", "people who need more than a few hours
// of support", "for anything more than weekly therapy" say what someone
// needs beyond, no program's figure.
// neededFrequency reports medical watching someone is said to need: "an
// illness that requires daily monitoring" is the person's need,
// not the program's days. ("adults who still need daily therapy" are
// the program's clients, and their need its days.)
func neededFrequency(lower string, q *quantity.Quantity) bool {
	if !frequencyWord(q) {
		return false
	}
	v := wordBefore(lower, q.Start)
	if !needVerbs[v] || !medicalWatch[wordAfter(lower, q.End)] {
		return false
	}
	// Whose need: a condition ("an illness that requires …"), or people
	// a provider will not admit ("we cannot admit people who need …");
	// "Our PHP requires daily supervision" is the program's.
	k := lastIndex(lower[:q.Start], v)
	rel := wordBefore(lower, k)
	if rel != "that" && rel != "which" && rel != "who" {
		return false
	}
	if needHolders[wordBefore(lower, lastIndex(lower[:k], rel))] {
		return true
	}
	return rel == "who" && hasWord(lower[:k], "not", "cannot", "can't", "can’t", "unable")
}

var (
	needVerbs    = wordSet("need", "needs", "needed", "needing", "require", "requires", "required", "requiring")
	medicalWatch = wordSet("monitoring", "medical", "nursing", "medication", "observation", "injections", "supervision")
	needHolders  = wordSet("condition", "conditions", "illness", "illnesses", "symptoms", "problem", "problems", "issue", "issues", "disorder", "wound", "wounds")
)

func neededBeyond(lower string, q *quantity.Quantity) bool {
	t := lowerASCII(q.Text)
	if !strings.HasPrefix(t, "more than") && !strings.HasPrefix(t, "less than") && !strings.HasPrefix(t, "fewer than") {
		return false
	}
	at := q.Start
	// ("people who need a lot more than one weekly hour of therapy": the need,
	// however much more.)
	for n := 0; n < 2; n++ {
		switch w := wordBefore(lower, at); w {
		case "far", "much", "a", "lot", "well", "somewhat", "considerably", "significantly", "quite", "bit", "little":
			at = lastIndex(lower[:at], w)
		}
	}
	switch w := wordBefore(lower, at); w {
	case "anything", "something", "nothing":
		// "had to drive an hour for anything more than an hour a week
		// of counseling": a class of care beyond the figure, no
		// program's.
		return true
	case "need", "needs", "needed", "needing", "require", "requires", "requiring", "want", "wants":
		// Someone's need ("Some people need more than a month",
		// "Clients requiring more than 12 weeks …"), not a program's
		// ("Our IOP requires more than 9 hours a week").
		k := lastIndex(lower[:at], w)
		return hasWord(lower[max(0, k-40):k], "you", "people", "clients", "patients", "someone", "anyone", "adults", "teens", "individuals", "who", "many", "some", "most")
	}
	return false
}

// namesOwnProgram reports a program the sentence names, other than the
// kind of care it says something is ("this is an outpatient program").
func namesOwnProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !m.classified {
			return true
		}
	}
	return false
}

// leftLevel is the program a step leaves ("stepping down from IOP"), when
// the figure q is what the step changes from ("going from 9 hours a
// week to one session"); "" otherwise.
func leftLevel(s *sentence, q *quantity.Quantity) Subject {
	at := q.Start
	if !strings.HasPrefix(s.lower[q.Start:], "from ") {
		if wordBefore(s.lower, at) != "from" {
			return ""
		}
		at = lastIndex(s.lower[:at], "from")
	}
	switch wordBefore(s.lower, at) {
	case "going", "goes", "go", "moving", "moves", "dropping", "drops", "drop", "shifting", "shifts", "stepping", "cutting", "changing", "tapering", "reducing":
	default:
		return ""
	}
	for _, m := range s.mentions {
		if m.end > at || !programSubject(m.subject) {
			continue
		}
		if w := wordBefore(s.lower, m.start); w == "from" || w == "leaving" {
			return m.subject
		}
	}
	// "going from 40 hours a week of support to 2 hours a week in
	// outpatient counseling": where only the level moved to is named,
	// after the "to", the figure moved from is an unnamed level's.
	// ("from 30 hours a week in PHP to 10 in IOP" names the level left
	// before the "to", and the figure is that level's.)
	// ("In our PHP, clients go from 25 hours a week … to 9 in our IOP"
	// names the level left before the figure.)
	if programBefore(s, 0, q.Start) {
		return ""
	}
	rest := s.lower[q.End:]
	if k := strings.IndexAny(rest, ",;:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, ". "); k >= 0 {
		rest = rest[:k] // (not the point of "1.5 hours")
	}
	to := indexWord(rest, "to", 0)
	if to < 0 {
		return ""
	}
	for _, m := range s.mentions {
		if m.start < q.End || !programSubject(m.subject) {
			continue
		}
		if m.start < q.End+to {
			return ""
		}
		if m.start < q.End+len(rest) {
			return Other
		}
	}
	return ""
}

// anyProgram reports that the last mention of subj before i names no
// program in particular, as a house rule does: "are expected to be in an
// outpatient program", "are required to join any IOP".
func anyProgram(s *sentence, subj Subject, i int) bool {
	k := -1
	for j, m := range s.mentions {
		if m.subject == subj && m.start < i {
			k = j
		}
	}
	if k < 0 {
		return false
	}
	at := s.mentions[k].start
	switch wordBefore(s.lower, at) {
	case "a", "an", "any":
		// (Only as a rule laid on residents: "an IOP usually takes 9 to 19
		// hours" is the kind in general.)
		return hasWord(s.lower[max(0, at-40):at], "must", "required", "expected", "agree", "obligated")
	}
	return false
}

// outsideProgram reports the last mention of subj before i called
// outside or external: "must attend an outside
// IOP", "signed up with an external PHP".
func outsideProgram(s *sentence, subj Subject, i int) bool {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		if m := s.mentions[k]; m.subject == subj && m.start < i {
			// (The abbreviation bracketed after the name: "an outside
			// day program (PHP)".)
			if m.start > 0 && s.lower[m.start-1] == '(' {
				continue
			}
			w := wordBefore(s.lower, m.start)
			return w == "outside" || w == "external"
		}
	}
	return false
}

// coordinated returns the other programs coordinated with the last
// mention of subj before i: "IOPs and PHPs", "IOP or PHP",
// "inpatient/residential" (the same program twice is one).
func (s *sentence) coordinated(subj Subject, i int) []Subject {
	if !programSubject(subj) {
		return nil
	}
	k := -1
	for j, m := range s.mentions {
		if m.subject == subj && m.end <= i && !m.contrast {
			k = j
		}
	}
	if k < 0 {
		return nil
	}
	var out []Subject
	joined := func(a, b mention) bool {
		// "medical detox (4–8 days), residential care (30–45 days) and
		// PHP": each name with a figure of its own is its own.
		if figureInBrackets(s.lower[a.end:b.start]) {
			return false
		}
		between := coordinator(s.lower[a.end:b.start])
		// "Intensive outpatient programs (IOPs)": a name and its acronym
		// are one mention.
		if between == "" {
			return a.subject == b.subject
		}
		return between == "and" || between == "or" || between == "nor" || between == "/" || between == "&" || between == ", and" || between == ", or" ||
			between == "as well as" // "In PHP as well as IOP, patients live at home"
	}
	for d := -1; d <= 1; d += 2 {
		for a, b := k, k+d; b >= 0 && b < len(s.mentions); a, b = b, b+d {
			x, y := s.mentions[min(a, b)], s.mentions[max(a, b)]
			// (A name given as another's, "known here as comprehensive
			// outpatient care or partial hospitalization", names no
			// second program.)
			if !joined(x, y) || !programSubject(s.mentions[b].subject) || s.mentions[b].classified {
				break
			}
			if o := s.mentions[b].subject; o != subj && !contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// combinedOpening reports a sentence opening on what its figure adds to:
// "Combined with primary residential treatment, many clients are with us
// for four to five months in total" is the sum of two programs.
func combinedOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "combined with") || strings.HasPrefix(t, "together with")
}

// summedClause reports the clause before a figure at start adding up the
// programs it names: "Together, PHP and IOP usually take 10 to 16 weeks"
// ("PHP and IOP each last 4 to 8 weeks, and together they take 8 to 16"
// gives each its 4 to 8 weeks).
func summedClause(lower string, start int) bool {
	if combinedOpening(lower) {
		return true
	}
	lo, _ := clauseBounds(lower, start, start)
	if k := lastIndex(lower[:start], "together"); k >= 0 && k < lo && k >= lo-12 {
		lo = k // "Together, PHP and IOP …": the opening word before its comma
	}
	pre := lower[lo:start]
	// ("many continue in PHP and IOP for another two to three months":
	// the time spent in both, one after the other.)
	return hasWord(pre, "together", "combined", "altogether", "in total", "back to back") && !hasWord(pre, "each") || inBothFor.MatchString(pre)
}

var inBothFor = prefilter.MustCompile(`\bin\s+(?:our\s+)?[a-z]+\s+(?:and|then)\s+(?:our\s+)?[a-z]+\s+for\s+(?:another\s+|an\s+additional\s+|a\s+further\s+)?$`)

// figureInBrackets reports a parenthesised part holding a digit.
func figureInBrackets(t string) bool {
	depth, from := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '(':
			depth++
			from = i + 1
		case c == ')':
			// ("PHP (five days a week, six hours a day) and IOP": a
			// figure in words opening the brackets is one too. "IOP (one
			// of three programs we run) and PHP" holds none.)
			if depth > 0 && bracketFigure.MatchString(t[from:i]) {
				return true
			}
			depth--
		case depth > 0 && c >= '0' && c <= '9':
			return true
		}
	}
	return false
}

// bracketFigure opens on a figure in words with its unit: "five days a
// week", "about three hours", "two to four weeks".
var bracketFigure = prefilter.MustCompile(`^\s*(?:about\s+|around\s+|usually\s+|typically\s+|roughly\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)(?:\s+(?:to|or)\s+[a-z]+)?\s+(?:days?|weeks?|hours?|evenings?|mornings?|afternoons?|nights?|months?|sessions?|minutes?)(?:\s*(?:,|;|$)|\s+(?:a|per|each|every|of|in|long|total)\b)`)

// invertDeniedBound reads a denied bound as the opposite bound: "never
// lasts more than 12 weeks" is at most 12 weeks, "is not less than 9
// hours" at least 9. The claim is then asserted.
func invertDeniedBound(c *Claim, q *quantity.Quantity) {
	if c.Polarity != Negated {
		return
	}
	t := lowerASCII(q.Text)
	comparative := false
	for _, p := range []string{"more than", "longer than", "over ", "greater than", "beyond ", "exceeding ", "past ", "less than", "fewer than", "shorter than", "under ",
		"runs past", "run past", "lasts past", "last past", "goes past", "go past", "extends past", "extend past", "continues past", "continue past"} {
		if strings.HasPrefix(t, p) {
			comparative = true
		}
	}
	if !comparative {
		return
	}
	switch c.Qualifier {
	case AtLeast:
		c.Max, c.Min, c.Qualifier = c.Min, nil, UpTo
	case UpTo:
		c.Min, c.Max, c.Qualifier = c.Max, nil, AtLeast
	default:
		return
	}
	c.Polarity = Asserted
}

// scheduleVerbs say that someone attends or a program provides: a
// frequency word in a sentence without them describes something else.
var scheduleVerbs = []string{"attend", "attends", "attending", "meet", "meets", "meeting", "participate", "participates",
	"need", "needs", "require", "requires", "provide", "provides", "offer", "offers", "involve", "involves", "schedule",
	"scheduled", "held", "visit", "visits", "receive", "receives", "go", "goes", "come", "comes", "run", "runs"}

// coordinator strips what may sit between coordinated program names
// besides the conjunction: parenthesised acronyms and generic nouns
// ("programs (IOPs) and" → "and").
func coordinator(between string) string {
	var b strings.Builder
	depth := 0
	for _, r := range between {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth <= 0:
			b.WriteRune(r)
		}
	}
	var out []string
	for _, w := range strings.Fields(b.String()) {
		switch w {
		case "programs", "program", "treatment", "care", "rehab", "our", "the":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// hedgedLonger reports "and sometimes longer", "or even more": the range
// is the usual one, and the text allows exceptions.
func hedgedLonger(t string) bool {
	return hasWord(lowerASCII(t), "sometimes", "often", "even", "possibly", "perhaps", "maybe", "occasionally")
}

// staffShift ends on the schedule staff work, the figure next: "counselors
// work a Tuesday to Saturday schedule of roughly", "our nurses work 12-hour
// shifts from".
var staffShift = prefilter.MustCompile(`\b(?:counselors?|counsellors?|therapists?|nurses?|clinicians?|staff|employees|techs?|technicians?|physicians?|doctors?)\s+(?:(?:usually|typically|generally|often|also|will)\s+)?(?:work|works)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:schedule|shift|shifts|day|days|week)\s+(?:of|from)\s+(?:(?:about|roughly|around|approximately)\s+)?$`)

// supervisesClients opens on supervising a program's clients: "supervises
// php clients", "monitor iop patients".
var supervisesClients = prefilter.MustCompile(`^(?:supervises?|monitors?|watch(?:es)?|oversees?)\s+(?:the\s+|our\s+)?[a-z-]+\s+(?:clients|patients|participants|members|residents)\b`)

// prescriberSeen is a client seen by a prescriber: "is seen by a child
// psychiatrist", "are seen by our nurse practitioner".
var prescriberSeen = prefilter.MustCompile(`\b(?:is|are|be|being|gets|get)\s+(?:also\s+)?seen\s+by\s+(?:a|an|the|our|their|your)?\s*(?:(?:child|adolescent|adult|staff|consulting|addiction|board-certified|attending)\s+){0,2}(?:psychiatrist|psychiatric\s+prescriber|prescriber|physician|doctor|nurse\s+practitioner)\b`)

// anyCareAfter follows a length of care of any kind: " of some kind of
// treatment", " of any form of care", " in some form of treatment".
var anyCareAfter = prefilter.MustCompile(`^\s+(?:of|in)\s+(?:some|any)\s+(?:kind|form|sort|type|level)\s+of\s+(?:treatment|care|support|help)\b`)

// personSeen is personMeeting in the passive, a client seen by a
// therapist: "is seen one-on-one by a licensed counselor". It times only
// the figures right after it.
var personSeen = prefilter.MustCompile(`\b(?:is|are|be|being|gets|get)\s+(?:also\s+)?seen\s+(?:one-on-one\s+|individually\s+|privately\s+)?by\s+(?:her|his|their|your|a|an|the|our)?\s*(?:own\s+|primary\s+|licensed\s+|individual\s+)?(?:therapist|counselor|counsellor|clinician)\b`)

// personMeeting is a client seeing a person: "saw her therapist", "meets
// with a counselor".
var personMeeting = prefilter.MustCompile(`\b(?:(?:saw|see|sees|seeing|visit|visits|visited)\s+|(?:meet|meets|met|meeting)\s+(?:(?:one-on-one\s+|individually\s+|privately\s+|weekly\s+|regularly\s+)?with\s+)?)(?:her|his|their|your|a|an|the|our)?\s*(?:(?:own|primary|individual|licensed|certified|assigned|dedicated|personal|medical|prescribing)\s+){0,2}(?:therapist|therapists|counselor|counselors|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber|medical\s+director)\b|\b(?:see|sees|meet\s+with|meets\s+with)\s+(?:that|this)\s+(?:therapist|counselor|counsellor|clinician)\s+one-on-one\b|\bone-on-one\s+with\s+(?:that|this)\s+(?:therapist|counselor|counsellor|clinician)\b|\b(?:therapist|counselor|counsellor|clinician|psychiatrist|doctor|physician|nurse|prescriber)s?\s+(?:\([^()]{1,24}\)\s+)?(?:who\s+)?(?:also\s+)?(?:sees|see|meets with|meet with|meets|meet|visits|visit|checks in with|check in with|works with)\b|\b(?:meet|meets|met|meeting)\s+(?:one-on-one|one-to-one|individually|privately)\s+with\s+(?:her|his|their|your|a|an|the|our)?\s*(?:[a-z-]+\s+){0,3}?(?:therapist|counselor|counsellor|clinician|psychologist|specialist)\b`)

// careTeamMet is a client meeting the medical or nursing side of the
// staff, named by its team rather than a person's title: "meet with a
// member of our nursing team", "sees the psychiatric staff". (The words
// alone, "monitored by medical staff", name no meeting.)
var careTeamMet = prefilter.MustCompile(`\b(?:meet|meets|met|meeting|see|sees|seeing|visit|visits|check\s+in|checks\s+in)\s+(?:with\s+)?(?:(?:a|one|the)\s+members?\s+of\s+)?(?:the|our|their|your|a|an)\s+(?:medical|nursing|psychiatric)\s+(?:team|staff|provider|providers|professional|professionals)\b`)

// outpatientMeans opens a sentence on outpatient care and a verb that
// says what it is: "Outpatient therapy usually means", "Standard
// outpatient counseling (Level 1) is".
var outpatientMeans = prefilter.MustCompile(`^\W*(?:standard\s+|traditional\s+|regular\s+|general\s+|routine\s+)?outpatient(?:\s+(?:therapy|counseling|counselling|treatment|care|services))?\s*(?:\([^)]*\)\s*)?(?:usually\s+|typically\s+|generally\s+|often\s+|most\s+often\s+)?(?:means|is|involves|consists\s+of|looks\s+like|offers|provides)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:just\s+|about\s+|only\s+)?$`)

// withPerson names the part of a program a meeting with a person is:
// individual therapy with a therapist or counselor, else another part.
// personMet is the subject of a meeting with a person the figure counts,
// "" when it counts none. The person words go first: the expression is
// asked only of sentences that name one.
func personMet(s *sentence, q *quantity.Quantity, kind Kind) Subject {
	// "How often do I see my therapist one-on-one? / Once a week, 50
	// minutes.": a short answer to a question about meeting someone
	// alone is that meeting's.
	// (Not when the question offers groups or brings family in, nor
	// when the answer speaks of groups or the program: "Do I see a
	// therapist alone or only in groups? / Groups meet four days a
	// week.")
	if (kind == DaysPerWeek || kind == SessionLength) && s.answers != "" && wordCount(s.text) <= 10 && withPerson(s.answers) == IndividualTherapy &&
		hasWord(s.answers, "one-on-one", "individually", "individual", "alone", "privately", "one-to-one") &&
		!hasWord(s.answers, "group", "groups", "family", "families", "partner", "spouse", "parents") &&
		!hasWord(s.lower, "group", "groups", "iop", "php", "program", "meets", "meet", "family") {
		return IndividualTherapy
	}
	// "Clients meet with a member of our nursing team once a week": a
	// weekly or twice-weekly visit to the medical side of the staff,
	// named by its team. (Five days a week with the nursing team on a
	// residential page is the program's week.)
	if kind == DaysPerWeek && q.HasMax && q.Max <= 2 && careTeamMet.MatchString(s.masked) && !personElsewhere(s.masked, q) {
		return Other
	}
	p := withPerson(s.masked)
	if p == "" {
		return ""
	}
	// "then weekly outpatient therapy with a counselor of ours": a
	// frequency right before a program's name is the
	// program's, whoever it is held with.
	if frequencyWord(q) && programNamedAt(s, q.End) {
		return ""
	}
	// "The IOP group meets with a licensed therapist three evenings a
	// week": a group meeting its therapist is the program's meeting.
	if p == IndividualTherapy {
		if loc := lastMatch(personMeeting, s.masked[:q.Start]); loc != nil {
			switch wordBefore(s.masked, loc[0]) {
			case "group", "groups", "cohort", "cohorts":
				return ""
			}
		}
	}
	// "a 50-minute video session with their primary counselor one
	// weekday evening": the session with the person is theirs, its
	// length and its day.
	if loc := sessionWith.FindStringIndex(s.masked); loc != nil && p == IndividualTherapy {
		switch {
		case kind == SessionLength && q.Adjectival && q.End <= loc[0] && strings.TrimSpace(s.masked[q.End:loc[0]]) == "" || kind == SessionLength && q.Adjectival && q.End <= loc[0] && loc[0]-q.End <= 20 && !strings.ContainsAny(s.masked[q.End:loc[0]], ",;"):
			return p
		case kind == DaysPerWeek && loc[1] <= q.Start && q.Start-loc[1] <= 12:
			return p
		}
	}
	if kind == SessionLength && !q.Adjectival && q.Per == quantity.Week && personMeeting.MatchString(s.masked[:q.Start]) {
		return p // "meets with a counselor for 45 minutes every week"
	}
	// "One 45-minute session each week with your licensed counselor": the
	// count and the length of sessions held with the person named after
	// them.
	// ("Outpatient counseling typically means one session a week with a
	// therapist": the session is what outpatient care is.)
	if p == IndividualTherapy && (kind == DaysPerWeek && q.Unit == quantity.Session && q.HasMax && q.Max == 1 && q.Min == 1 || kind == SessionLength && q.Adjectival) && withPersonAfter.MatchString(s.lower[q.End:]) &&
		!outpatientMeans.MatchString(s.lower[:q.Start]) {
		return p
	}
	// "Once a week you meet one-on-one with your counselor for 50
	// minutes": the minutes the meeting takes.
	if kind == SessionLength && !q.Adjectival && q.Per == quantity.None && meetingFor(s.masked[:q.Start]) {
		return p
	}
	// "meets one-on-one with a primary counselor once a week for a
	// 50-minute session": the session is that meeting.
	// ("… see their counselor each week in a 45-minute phone session": a
	// word for how it is held may come between.)
	if kind == SessionLength && q.Adjectival && hasPrefixWord(skipSessionMode(s.masked[q.End:]), "session", "sessions", "meeting", "appointment", "visit") {
		// ("you meet with a counselor for intake and then join a
		// 3-hour session with the group" is the group's.)
		if loc := lastMatch(personMeeting, s.masked[:q.Start]); loc != nil && !strings.Contains(s.masked[loc[1]:q.Start], ", and ") && !strings.ContainsAny(s.masked[loc[1]:q.Start], ";") &&
			!hasWord(s.masked[loc[1]:q.Start], "then", "join", "joins", "attend", "attends") && !hasWord(s.masked[q.End:min(len(s.masked), q.End+30)], "group", "groups") {
			return p
		}
	}
	// "Every client is also seen one-on-one by a licensed counselor for
	// 45 minutes once a week": the meeting's figures follow it closely.
	// ("IOP clients meet three evenings a week and are seen by their
	// therapist every other week" keeps the evenings the program's.)
	if kind == DaysPerWeek || kind == SessionLength {
		if loc := lastMatch(personSeen, s.masked[:q.Start]); loc != nil && q.Start-loc[1] <= 30 && !strings.ContainsAny(s.masked[loc[1]:q.Start], ",;") &&
			!hasWord(s.masked[loc[1]:q.Start], "and", "then") {
			return IndividualTherapy
		}
	}
	// "Every teen is seen by a staff psychiatrist two times a
	// week": a prescriber's visits, none of the program's days.
	if kind == DaysPerWeek || kind == SessionLength {
		if loc := lastMatch(prescriberSeen, s.masked[:q.Start]); loc != nil && q.Start-loc[1] <= 30 && !strings.ContainsAny(s.masked[loc[1]:q.Start], ",;") &&
			!hasWord(s.masked[loc[1]:q.Start], "and", "then") {
			return Other
		}
	}
	// "…, and your therapist at least once a week individually": the
	// person just before the figure, seen alone once or twice a week.
	// ("you work with your therapist five days a week individually and
	// in groups" is the program's week.)
	if kind == DaysPerWeek && (q.HasMax && q.Max <= 2 || !q.HasMax && q.HasMin && q.Min <= 2) {
		if w := wordAfter(s.masked, q.End); (w == "individually" || w == "one-on-one") && hasWord(s.masked[max(0, q.Start-30):q.Start], "therapist", "therapists", "counselor", "counselors", "counsellor", "clinician") {
			if n := wordAfter(s.masked, indexFrom(s.masked, w, q.End)+len(w)); n != "and" && n != "or" {
				return IndividualTherapy
			}
		}
	}
	if !frequencyWord(q) && (kind != DaysPerWeek || !personMeeting.MatchString(s.masked)) || personElsewhere(s.masked, q) {
		return ""
	}
	// ("Your primary therapist works with you once a week, and groups
	// meet three days a week": the groups' days are the program's.)
	// ("…, and your primary therapist one-on-one for 45 minutes once a
	// week": the second person, the verb left out, is the one met.)
	if loc := lastMatch(personMeeting, s.masked[:q.Start]); loc != nil {
		between := s.masked[loc[1]:q.Start]
		if g := gappedPerson.FindStringIndex(between); g != nil {
			between = between[g[1]:]
		}
		if strings.Contains(between, ", and ") || strings.Contains(between, ";") {
			return ""
		}
	}
	return p
}

// gappedPerson is a person joined to an earlier meeting's without its
// verb: ", and your primary therapist".
var gappedPerson = prefilter.MustCompile(`,?\s+and\s+(?:her|his|their|your|a|an|the|our)\s+(?:(?:own|primary|individual|licensed|assigned|main)\s+){0,2}(?:therapist|counselor|counsellor|clinician)\b`)

// skipSessionMode drops a word that says how a session is held from the
// start of rest: " video session" is " session".
func skipSessionMode(rest string) string {
	t := strings.TrimLeft(rest, " ")
	for _, w := range []string{"video ", "phone ", "telehealth ", "virtual ", "online ", "in-person ", "private "} {
		if strings.HasPrefix(t, w) {
			return " " + t[len(w):]
		}
	}
	return rest
}

// meetingFor reports pre ending on a meeting with a person and "for":
// "meet with your primary counselor for", "sees a therapist for about".
var metObject = wordSet("iop", "php", "clients", "client", "patients", "patient", "participants", "members", "each", "every", "current", "the", "our")

func meetingFor(pre string) bool {
	loc := lastMatch(personMeeting, pre)
	if loc == nil {
		return false
	}
	// "see a psychiatrist every two weeks, and your therapist one-on-one
	// for": a second person the same verb governs, the verb left out.
	if g := gappedPerson.FindStringIndex(pre[loc[1]:]); g != nil {
		loc = []int{loc[1] + g[0], loc[1] + g[1]}
	}
	rest := strings.Fields(pre[loc[1]:])
	// ("meet one-on-one with your primary counselor, usually for about".)
	// ("your primary therapist sees you privately once a week for an
	// hour": whom, how and how often come first.)
	// ("The addiction psychiatrist meets IOP clients once a week for 30
	// minutes": whom the person meets comes first too.)
	for len(rest) > 0 && (rest[0] == "," || rest[0] == "usually" || rest[0] == "typically" || rest[0] == "generally" || rest[0] == "often" ||
		rest[0] == "you" || rest[0] == "privately" || rest[0] == "individually" || rest[0] == "one-on-one" || rest[0] == "alone" || metObject[rest[0]]) {
		rest = rest[1:]
	}
	if len(rest) == 0 || rest[0] != "for" {
		return false
	}
	for _, w := range rest[1:] {
		switch w {
		case "about", "around", "roughly", "approximately", "at", "least", "up", "to":
		default:
			return false
		}
	}
	return true
}

// mentionedBefore reports subj named before i in s.
func mentionedBefore(s *sentence, subj Subject, i int) bool {
	for _, m := range s.mentions {
		if m.subject == subj && m.end <= i {
			return true
		}
	}
	return false
}

// namedNext reports subj named in the sentence after s in its block.
func (st *state) namedNext(s *sentence, subj Subject) bool {
	start, end, ok := nextSpan(s)
	if !ok {
		return false
	}
	for _, m := range st.mentions[s.bi] {
		if m.start >= start && m.end <= end && m.subject == subj {
			return true
		}
	}
	return false
}

// groupsLast ends on groups said to last: "groups run", "group sessions
// typically last about".
var groupsLast = prefilter.MustCompile(`(?:^|[;,.]\s*|\band\s+|\bwhile\s+)(?:(?:the\s+|our\s+|all\s+)?(?:groups|group\s+sessions|group\s+therapy\s+sessions)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:last|run|take|are|(?:meet|run|last)\s+for)|each\s+group\s+(?:session\s+)?(?:usually\s+|typically\s+|generally\s+)?(?:lasts|runs|takes|is|(?:meets|runs|lasts)\s+for))\s+(?:about\s+|around\s+|roughly\s+)?$`)

// sessionWith is a session with a person: "session with their primary
// counselor", "appointments with your therapist".
var sessionWith = prefilter.MustCompile(`\b(?:session|sessions|appointment|appointments|check-in|check-ins|(?:one-on-one|one-to-one|individual|private)\s+time)\s+(?:(?:each|every|a|per)\s+week\s+)?with\s+(?:their|your|his|her|a|an|the|our)?\s*(?:own\s+|primary\s+|individual\s+|licensed\s+)?(?:therapist|counselor|counsellor|clinician)s?\b`)

// withPersonAfter opens on the person sessions are held with, a few words
// on: " session each week with your licensed counselor".
var withPersonAfter = prefilter.MustCompile(`^\s*(?:(?:session|sessions|each|every|a|per|week|weekly)\s+){0,4}with\s+(?:their|your|his|her|a|an|the|our)?\s*(?:own\s+|primary\s+|individual\s+|licensed\s+)?(?:therapist|counselor|counsellor|clinician)s?\b`)

// personElsewhere reports the meeting with a person in a predicate of its
// own after the figure: "attend group therapy three days a week, and meet
// one-on-one with a counselor every week" — the three days are the
// program's, the weekly meeting the counselor's.
func personElsewhere(masked string, q *quantity.Quantity) bool {
	loc := personMeeting.FindStringIndex(masked[q.End:])
	if loc == nil {
		return false
	}
	// "clients meet with a therapist twice a week, and see a
	// psychiatrist once a month": the figure's own predicate names its
	// person before it.
	own := masked[:q.Start]
	if k := lastIndex(own, ", and "); k >= 0 {
		own = own[k:]
	}
	if personMeeting.MatchString(own) {
		return false
	}
	// ("Clients come to group three evenings a week and see a counselor
	// once a week": a second predicate, comma or not.)
	// (Not a fronted time joined by "and", "Twice a week and more often
	// in the first month, your counselor meets with you", nor two
	// subjects joined: "Once a week, teens and their parents meet with
	// their therapist": a comma comes between.)
	between := masked[q.End : q.End+loc[0]]
	return strings.Contains(between, ", and ") || strings.Contains(between, "; ") || strings.Contains(between, " and ") && !strings.Contains(between, ",")
}

func withPerson(lower string) Subject {
	switch {
	case hasWord(lower, "therapist", "therapists", "counselor", "counselors", "counsellor", "clinician"):
		return IndividualTherapy
	// ("meets one-on-one with a licensed addiction specialist": a
	// clinician met alone, whatever the title.)
	case hasWord(lower, "specialist", "psychologist") && hasWord(lower, "one-on-one", "one-to-one", "individually", "privately"):
		return IndividualTherapy
	case hasWord(lower, "psychiatrist", "doctor", "physician", "nurse", "prescriber", "medical director"):
		return Other
	}
	return ""
}

// excluding narrows want (nil: any subject) to subjects other than drop.
func excluding(want func(Subject) bool, drop ...Subject) func(Subject) bool {
	return func(x Subject) bool { return !slices.Contains(drop, x) && (want == nil || want(x)) }
}

// residentialLivesHome reports residential care as what the living
// phrase at i is said of: every program named before it is residential
// care, named plainly, with no turn after it ("In our residential
// program, clients go home each evening"; not "Outpatient care asks less
// than inpatient treatment, since clients live at home", "as
// intense as an inpatient program; however, patients reside at home").
func residentialLivesHome(s *sentence, i int) bool {
	last := -1
	for j, m := range s.mentions {
		if m.end > i || !programSubject(m.subject) {
			continue
		}
		if m.subject != Residential || m.contrast {
			return false
		}
		last = j
	}
	return last >= 0 && !hasWord(s.lower[s.mentions[last].end:i], "however", "but", "while", "whereas", "unlike", "instead", "although", "though", "yet")
}

// programNamedAt reports a program's name starting right after i, past
// spaces only.
func programNamedAt(s *sentence, i int) bool {
	j := i
	for j < len(s.lower) && s.lower[j] == ' ' {
		j++
	}
	for _, m := range s.mentions {
		if m.start == j {
			return programSubject(m.subject)
		}
	}
	return false
}

// sentenceCopy returns the sentence's text detached from the page, made
// once however many claims the sentence holds.
func (s *sentence) sentenceCopy() string {
	if s.copy == "" {
		s.copy = strings.Clone(s.text)
	}
	return s.copy
}

// detoxListedBeside reports a detox mention listed beside the words at
// [start, end): "detox, medication for opioid use disorder, or overnight
// care", "supervision or detox".
func detoxListedBeside(s *sentence, start, end int) bool {
	for _, m := range s.mentions {
		if m.subject != Detox {
			continue
		}
		switch {
		case m.end <= start:
			between := strings.TrimSpace(s.lower[m.end:start])
			// The care is the list's last item: what comes between closes
			// on "or", "and" or "nor".
			last := wordBefore(s.lower, start)
			listed := (strings.HasPrefix(between, ",") || strings.HasPrefix(between, "or ") || strings.HasPrefix(between, "and ") || strings.HasPrefix(between, "nor ") || between == "or" || between == "and") &&
				(last == "or" || last == "and" || last == "nor")
			if listed && !strings.ContainsAny(between, ".;:") && wordCount(between) <= 8 {
				return true
			}
		case m.start >= end:
			switch strings.Trim(s.lower[end:m.start], " ,") {
			case "or", "and", "nor", "":
				return true
			}
		}
	}
	return false
}

// coordinatedDetox reports a detox mention joined to the words at start by
// "or" or "and".
func coordinatedDetox(s *sentence, start int) bool {
	for _, m := range s.mentions {
		if m.subject == Detox && m.end <= start {
			between := strings.TrimSpace(s.lower[m.end:start])
			if between == "or" || between == "and" || between == "nor" {
				return true
			}
		}
	}
	return false
}

// settingDetoxNamed reports a detox named with its setting ("residential
// detox", "outpatient detoxification").
func settingDetoxNamed(s *sentence) bool {
	for _, m := range s.mentions {
		if m.subject == Detox && strings.Contains(s.lower[m.start:m.end], " ") {
			switch wordAfter(s.lower, m.start) {
			case "inpatient", "outpatient", "residential", "ambulatory", "medical":
				return true
			}
		}
	}
	return false
}

// yesNoWord is a cell's bare answer, "yes" or "no" ("" when it says more).
func yesNoWord(lower string) string {
	switch strings.Trim(lower, " .!*") {
	case "yes", "✓", "✔", "✅", "included", "offered", "available", "provided":
		return "yes"
	}
	// "| Detox | On-site, 6-bed medically monitored unit |": where it is
	// offered.
	// ("| Detox | On-site screening, then referral |" is no detox.)
	if t := strings.Trim(lower, " .!*"); onSiteAnswer(firstClause(t)) && !hasWord(t, "refer", "referral", "referred", "partner", "screening", "assessment") {
		return "yes"
	}
	// "Available on site before treatment begins", "Offered here": the
	// answer, said where, whatever follows it (unless it says whose).
	if w, rest, ok := strings.Cut(strings.Trim(lower, " .!*"), " "); ok && (w == "available" || w == "offered" || w == "provided") && placedHere(rest) && !notOffered(rest) {
		return "yes"
	}
	// ("Not offered on site": the provider's own answer, said where.)
	switch placeless(strings.Trim(lower, " .!*")) {
	// ("Not on site", "Not in-house": "not", once the place is cut.)
	case "no", "✗", "✘", "❌", "none", "not", "not included", "not offered", "not available", "not provided":
		return "no"
	}
	// "| Detox | Referred to partner providers |": provided elsewhere.
	if t := strings.Trim(lower, " .!*"); strings.HasPrefix(t, "referred to ") || strings.HasPrefix(t, "referred out") || strings.HasPrefix(t, "referral to ") ||
		strings.HasPrefix(t, "referral only") || strings.HasPrefix(t, "by referral") {
		return "no"
	}
	return ""
}

// placedHere reports t opening on the provider's own place: "on site",
// "here", "in-house".
func placedHere(t string) bool {
	for _, w := range ownPlaceWords {
		if r, ok := strings.CutPrefix(t, w); ok && (r == "" || !isWordByte(r[0])) {
			return true
		}
	}
	return false
}

// placeless is t without a closing "on site", "here" or "in-house".
func placeless(t string) string {
	for _, w := range ownPlaceWords {
		if r, ok := strings.CutSuffix(t, " "+w); ok {
			return r
		}
	}
	return t
}

// ownPlaceWords say a service is at the provider's own place.
var ownPlaceWords = []string{"on site", "on-site", "onsite", "in-house", "here"}

// yesNoCell reads a table cell that answers its header: under "Overnight
// stay" a "No" in the PHP column says PHP clients live at home. The
// header is read as a statement, the cell gives its value, and the
// claim is the cell's, for the program its row or column names.
func (st *state) yesNoCell(s *sentence, out []Claim) []Claim {
	b := s.block
	subj, ok := st.cellSubject(s.bi)
	// "| Medical detox | Not included |" under a "PHP" column: the row
	// names what is offered, the column whose program offers it.
	if subj == Detox {
		if col, ok := st.namedInCell(b.ColHeader); ok && col != Detox {
			subj = col
		}
	}
	if !ok || !programSubject(subj) {
		return out
	}
	answer := yesNoWord(s.lower) == "yes"
	for _, header := range []string{b.ColHeader, b.RowHeader} {
		if header == "" {
			continue
		}
		h := &sentence{doc: s.doc, block: b, bi: s.bi, text: header, lower: lowerASCII(header)}
		h.masked = h.lower
		h.mentions = st.x.terms.find(h.text, h.lower)
		bks := boolKinds()
		found := false
		for bi := range bks {
			bk := &bks[bi]
			hits := bk.Hits(h)
			// "| Medical detox | Not included |": a header that only
			// names detox asks whether it is offered.
			if len(hits) == 0 && bk.kind == DetoxOffered && wordCount(h.text) <= 3 && strings.Contains(h.lower, "detox") {
				hits = []boolHit{{value: true}}
			}
			if len(hits) == 0 || !bk.Holds(subj) {
				continue
			}
			v := hits[0].value == answer
			c := newClaim(s, bk.kind, 0, len(s.text))
			c.Subject, c.Value, c.Polarity = subj, &v, Asserted
			// "| Medical detox | No |" in a table of services: the
			// provider's own answer, as "Detox: No" is.
			if bk.kind == DetoxOffered && subj == Detox && serviceDetox.MatchString(lowerASCII(strings.TrimSpace(b.RowHeader))) {
				c.Scope = Provider
			}
			out = append(out, c)
			found = true
		}
		if found {
			return out
		}
	}
	return out
}

// yesNoRow reports a row-label cell whose row's cells answer it yes or
// no: "| Medical detox included | Rarely | No |" asks, whatever the first
// program's answer is.
func yesNoRow(st *state, bi int) bool {
	bs := st.doc.Blocks
	for _, b := range bs[bi+1:] {
		if b.Kind != corpus.BlockTableCell || b.RowHeader != bs[bi].Text {
			return false
		}
		if yesNoWord(lowerASCII(b.Text)) != "" {
			return true
		}
	}
	return false
}

// figuresFor reports figures of block bi's claims for every one of
// subjects: both levels a sentence may set against each other.
func figuresFor(cs []Claim, subjects []Subject, bi int) bool {
	for _, subj := range subjects {
		found := false
		for i := len(cs) - 1; i >= 0 && cs[i].Block == bi; i-- {
			if cs[i].Subject == subj && cs[i].Value == nil {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// answersTakeSite gives a bare "No." the site of the statement it opens:
// "Do you offer detox in Dayton? / No. Our Dayton office does not provide
// detox" answers for the Dayton office, not for the provider.
func answersTakeSite(cs []Claim) {
	for i := 0; i+1 < len(cs); i++ {
		c, n := &cs[i], &cs[i+1]
		t := strings.Trim(c.Text, " .!")
		if c.Value == nil || n.Value == nil || c.Variant != "" || !strings.EqualFold(t, "yes") && !strings.EqualFold(t, "no") {
			continue
		}
		if n.Block == c.Block && n.Kind == c.Kind && n.Subject == c.Subject && *n.Value == *c.Value && strings.HasPrefix(n.Variant, "at ") {
			c.Variant = n.Variant
		}
	}
}

// dropRepeatedAnswers keeps one yes/no claim per sentence for each
// program and value: "a safe place to go home to at night … without an
// overnight stay" says once that clients live at home.
func dropRepeatedAnswers(cs []Claim) []Claim {
	out := cs[:0]
	for i := range cs {
		c := &cs[i]
		dup := false
		if c.Value != nil {
			for j := len(out) - 1; j >= 0; j-- {
				o := &out[j]
				if o.Block != c.Block || o.Sentence != c.Sentence {
					break
				}
				if o.Kind == c.Kind && o.Subject == c.Subject && o.Value != nil && *o.Value == *c.Value &&
					o.Variant == c.Variant && o.Population == c.Population && o.Scope == c.Scope {
					// Keep the fuller wording: "Riverbend does not offer
					// detox" over the bare "No." that answered first.
					if len(c.Text) > len(o.Text) {
						*o = *c
					}
					dup = true
					break
				}
			}
		}
		if !dup {
			out = append(out, *c)
		}
	}
	return out
}

// markWeekLines sets WeekLine on the days of a line that opens on a range
// of weekdays with its hours when no other line opening on a weekday with
// hours stands within four blocks of it: "Daily schedule / Monday through
// Thursday: 8:30 am – 2:30 pm / - 8:30 am check-in …" gives the program's
// week, where "Monday–Thursday: 6–9 p.m." over "Saturday: 9 a.m.–noon" is
// a timetable of two rows.
func markWeekLines(cs []Claim) {
	dayLine := func(c *Claim) bool {
		return (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) && weekdaySpan(strings.TrimLeft(c.Sentence, " -•*|")) && clockSentence(c.Sentence)
	}
	for i := range cs {
		c := &cs[i]
		// (Under a heading of the program's times, and a day no longer
		// than a program's: "Our hours / Monday–Friday, 8 a.m. to 7 p.m."
		// and "Visiting the clinic / Monday through Thursday, 10 a.m. – 1
		// p.m." are a door's hours.)
		if c.Kind != DaysPerWeek || !c.WhenHeading || !dayLine(c) || !weekdayRange(c.Text) || !strings.HasPrefix(strings.TrimLeft(c.Sentence, " -•*|"), c.Text) ||
			longestClockSpan(c.Sentence) > 8 {
			continue
		}
		alone := true
		for j := range cs {
			o := &cs[j]
			if o.Block != c.Block && o.Block >= c.Block-4 && o.Block <= c.Block+4 && dayLine(o) {
				alone = false
				break
			}
		}
		c.WeekLine = alone
	}
}

// weekdayRange reports days written as a range: "Monday through Thursday",
// "Mon–Fri", "Monday to Friday" (not a list, "Monday, Wednesday").
func weekdayRange(t string) bool {
	l := lowerASCII(t)
	return strings.Contains(l, " through ") || strings.Contains(l, " thru ") || strings.Contains(l, " to ") || strings.ContainsAny(l, "-–")
}

// dropTimetableDays drops the days of a timetable ("Our IOP groups gather
// Monday through Friday from 9:00 a.m. to 12:15 p.m.") when the page states
// the same number of days for that program in words of its own ("IOP5
// meets five days per week"): the timetable only restates it. A timetable
// that gives other days, or the only days on the page, stays; so does a
// provider's timetable beside what programs usually do ("Usual schedule:
// three days a week" in a blog's box of facts).
func dropTimetableDays(cs []Claim) []Claim {
	type fact struct {
		subject Subject
		days    string
	}
	stated := map[fact]bool{}
	for i := range cs {
		// (A client's "Three mornings a week was doable" states nothing
		// the schedule could repeat.)
		// (Nor does a "may" or an "if": "IOP may suit you if you can get
		// here three evenings a week" leaves the timetable the week.)
		if c := &cs[i]; c.Kind == DaysPerWeek && !clockSentence(c.Sentence) && c.Force != Example && c.Force != Existential && c.Force != Conditional &&
			!(c.Scope == General && hasWord(lowerASCII(c.Sentence), "usual", "usually", "typical", "typically", "generally", "most")) {
			stated[fact{c.Subject, c.FormatValue()}] = true
		}
	}
	if len(stated) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == DaysPerWeek && stated[fact{c.Subject, c.FormatValue()}] && clockSentence(c.Sentence) && weekdaySpan(c.Text) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dropWeekParts drops the days of lines that break a stated week into its
// parts: "Adventure IOP runs three days a week:" over "Monday and
// Wednesday: process groups at our clinic, 5:30 to 8:30 p.m." and
// "Friday: outdoor session, 1:00 to 4:00 p.m." The labelled days of the
// lines together make the week the page states; each line's are a part of
// it. (Lines whose days do not add up to the stated week, "Monday–Thursday:
// 6 to 9 p.m." under "five days a week", stay, to be compared.)
func dropWeekParts(cs []Claim, doc *corpus.Document) []Claim {
	var labelled []bool
	for i := range cs {
		if c := &cs[i]; c.Kind == DaysPerWeek && c.Value == nil && dayLabel(doc, c) != 0 {
			if labelled == nil {
				labelled = make([]bool, len(cs))
			}
			labelled[i] = true
		}
	}
	if labelled == nil {
		return cs
	}
	drop := make([]bool, len(cs))
	dropped := false
	for i := range cs {
		c := &cs[i]
		if !labelled[i] || c.Max == nil {
			continue
		}
		total := weekOfLabels(doc, c.Block)
		if total == 0 || *c.Max >= float64(total) {
			continue
		}
		for j := range cs {
			o := &cs[j]
			if !labelled[j] && o.Kind == DaysPerWeek && o.Value == nil && o.Subject == c.Subject && o.Variant == c.Variant && o.Min != nil && o.Max != nil && *o.Min == float64(total) && *o.Max == float64(total) {
				drop[i], dropped = true, true
				break
			}
		}
	}
	if !dropped {
		return cs
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// dayLabel is the set of weekdays (one bit each) that label the line of c
// when c is that label ("Monday and Wednesday: process groups …"), 0
// otherwise.
func dayLabel(doc *corpus.Document, c *Claim) uint8 {
	if c.Block < 0 || c.Block >= len(doc.Blocks) {
		return 0
	}
	t := strings.TrimLeft(doc.Blocks[c.Block].Text, "-•* ")
	if !strings.HasPrefix(t, c.Text) {
		return 0
	}
	return labelDays(t)
}

// labelDays is the set of weekdays a line's label names, when the line
// opens on a label of weekdays only ("Monday and Wednesday:", "Friday:").
func labelDays(line string) uint8 {
	line = strings.TrimLeft(line, "-•* ")
	k := strings.IndexByte(line, ':')
	if k <= 0 || k > 40 {
		return 0
	}
	// ("Saturday: alumni meeting (optional)", "Sunday: family visiting
	// hours": a day of something else, no part of the program's week.)
	if hasWord(lowerASCII(line[k:]), "optional", "alumni", "visiting", "visitors", "visitation", "closed", "family", "families", "parents") {
		return 0
	}
	var days uint8
	for _, w := range strings.FieldsFunc(lowerASCII(line[:k]), func(r rune) bool { return r == ' ' || r == ',' || r == '&' }) {
		if w == "and" {
			continue
		}
		d, ok := weekdayNames[strings.TrimSuffix(w, "s")]
		if !ok {
			return 0
		}
		days |= 1 << (d - 1)
	}
	return days
}

// weekOfLabels counts the weekdays labelling the run of lines around block
// bi that each open on a label of weekdays.
func weekOfLabels(doc *corpus.Document, bi int) int {
	lo, hi := bi, bi
	for lo > 0 && labelDays(doc.Blocks[lo-1].Text) != 0 {
		lo--
	}
	for hi+1 < len(doc.Blocks) && labelDays(doc.Blocks[hi+1].Text) != 0 {
		hi++
	}
	var days uint8
	for k := lo; k <= hi; k++ {
		days |= labelDays(doc.Blocks[k].Text)
	}
	return bits.OnesCount8(days)
}

// clockSentence reports a sentence that gives clock times.
func clockSentence(s string) bool { return len(clockRanges(s)) > 0 }

// weekdaySpan reports days named as weekdays ("Monday through Friday",
// "weekdays", "Mon-Thu"), not counted ("five days a week").
func weekdaySpan(t string) bool {
	l := lowerASCII(t)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "mon", "tue", "wed", "thu", "fri"} {
		if strings.HasPrefix(l, d) {
			return true
		}
	}
	return false
}

// hasPrefixWord reports whether t, past spaces, opens with one of the words.
func hasPrefixWord(t string, words ...string) bool {
	t = strings.TrimLeft(t, " ")
	for _, w := range words {
		if strings.HasPrefix(t, w) && (len(t) == len(w) || !isWordByte(t[len(w)])) {
			return true
		}
	}
	return false
}

// trackLabel reports a line labelled by a track of the program: "Day
// track: …", "Evening cohort: …".
func trackLabel(text string) bool {
	label, e := labelSplit(text)
	if e <= 0 {
		return false
	}
	l := lowerASCII(label)
	return wordCount(l) <= 3 && hasWord(l, "track", "cohort", "schedule", "option")
}

// definiteIsOwn gives the provider's voice to "The program is 12 weeks
// long", "The IOP runs a minimum of six weeks" on a page where the provider
// speaks of that program as its own elsewhere ("our IOP meets four days a
// week"): the definite program is the one the page offers. ("Most
// programs …", "The IOPs in Ohio …" stay general.)
func definiteIsOwn(cs []Claim) {
	own := map[Subject]bool{}
	for i := range cs {
		if cs[i].Scope == Provider && programSubject(cs[i].Subject) {
			own[cs[i].Subject] = true
		}
	}
	if len(own) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Scope != General || !own[c.Subject] || c.Attribution != "" {
			continue
		}
		if definiteProgram.MatchString(c.Sentence) && !ofProgramsInGeneral(lowerASCII(c.Sentence)) {
			c.Scope = Provider
		}
	}
}

// ofProgramsInGeneral reports words that make a sentence speak of a class
// of programs, not of one: "most", "all", "programs", "typical".
func ofProgramsInGeneral(lower string) bool {
	return hasWord(lower, "most", "many", "all", "some", "any", "every", "programs", "iops", "phps", "typical", "average")
}

// definiteProgram opens a sentence on one program named with "the" or
// "this": "The program …", "The IOP …", "This partial hospitalization
// program …", "Typically the program …".
var definiteProgram = prefilter.MustCompile(`^\s*(?:(?:Typically|Usually|Generally|Normally|Often),?\s+(?:the|this)|The|This)\s+(?:(?:adult|adolescent|teen|evening|day|daytime|virtual|intensive|outpatient|partial|hospitalization|residential|treatment|recovery|day\s+treatment)\s+){0,3}(?:program|programme|IOP|PHP|track|curriculum)\b`)

// onSiteAnswer reports a cell's first clause that only says where: "On-site",
// "in-house", "on-site unit".
func onSiteAnswer(t string) bool {
	t = strings.TrimSpace(t)
	for _, p := range []string{"on-site", "onsite", "on site", "in-house"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = strings.TrimSpace(rest)
			return rest == "" || rest == "unit" || rest == "detox unit" || rest == "detox"
		}
	}
	return false
}

// detoxOnSiteLabel reports "Detox on site: No": whether the provider has
// detox where it is, not whether a program includes it.
func detoxOnSiteLabel(l string) bool {
	label, _, ok := strings.Cut(l, ":")
	return ok && (strings.HasSuffix(strings.TrimSpace(label), "on site") || strings.HasSuffix(strings.TrimSpace(label), "on-site"))
}

// acrossLevels reports a span said of treatment across its levels right
// after end: "across all levels of care", "across multiple levels of care".
func acrossLevels(s *sentence, end int) bool {
	_, hi := clauseBounds(s.lower, end, end)
	t := s.lower[end:hi]
	// ("Someone who goes through each step stays with us five to nine
	// months": the whole path.)
	return (strings.Contains(t, "levels of care") || strings.Contains(t, "all levels")) && hasWord(t, "across", "through", "throughout") ||
		fromOneToAnother(s, end) || throughEveryStep(s, end) || acrossOpening(s.lower) && !programBefore(s, 0, end)
}

// acrossOpening reports a sentence opening on every level of care, fronted
// before its figure: "Across all levels of care, the usual stay with us
// comes to about four months".
func acrossOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	for _, p := range []string{"across all levels", "across every level", "across the levels", "across all of our levels", "across all our levels", "across levels of care", "throughout all levels",
		"across all our programs", "across all of our programs", "across all programs", "across our programs"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// throughEveryStep reports a span said of someone who goes through every
// step of care, naming no program before the figure: "Someone who goes
// through each step stays with us five to nine months". ("We support you
// every step of the way", "each step of our IOP" are no path.)
func throughEveryStep(s *sentence, end int) bool {
	pre := s.lower[:end]
	if !hasWord(pre, "every step", "each step", "every level", "each level", "every phase") || strings.Contains(pre, "of the way") {
		return false
	}
	for _, m := range s.mentions {
		if m.start < end && programSubject(m.subject) {
			return false
		}
	}
	return true
}

// summedUp reports a sentence that opens by summing up what came before
// and names no program of its own: "Altogether, many people are in
// treatment for about three months" after a PHP and an IOP stay. Only
// after two programs or more in its block: "In all, clients stay about
// six weeks" on a PHP's page is the PHP's.
func (st *state) summedUp(s *sentence, end int) bool {
	if !anyPrefix(s.lower, []string{"altogether,", "all told,", "all in all,", "in total,", "in all,", "taken together,", "combined,"}) {
		return false
	}
	for _, m := range s.mentions {
		if m.end <= end && programSubject(m.subject) {
			return false
		}
	}
	return st.programCount(s.block.Text[:min(s.off, len(s.block.Text))]) >= 2
}

// fromOneToAnother reports a span the sentence counts from one program to
// another before it: "From the first day of residential care to the end
// of IOP, the path often takes four to six months": the whole path's.
func fromOneToAnother(s *sentence, end int) bool {
	// (Fronted, and closed by a comma before the span: "step you up from
	// IOP to PHP for a week or two" is the stay in PHP.)
	if !strings.HasPrefix(s.lower, "from ") {
		return false
	}
	if c := strings.IndexByte(s.lower, ','); c < 0 || c >= end {
		return false
	}
	var first Subject
	to := -1
	for _, m := range s.mentions {
		if m.end > end || !programSubject(m.subject) {
			continue
		}
		switch {
		case first == "":
			// ("From detox through IOP, most clients are in our care for
			// four to six months".)
			first = m.subject
			to = -1
			for _, w := range []string{"to", "through", "until", "into"} {
				if k := indexWord(s.lower[:end], w, m.end); k >= 0 && (to < 0 || k < to) {
					to = k
				}
			}
		case to >= 0 && m.start > to && m.subject != first:
			return true
		}
	}
	return false
}

// needlessPrograms returns the programs named before start as what someone
// does not need ("who do not need detox", "clients who don't require
// residential care").
func needlessPrograms(s *sentence, start int) []Subject {
	var out []Subject
	for _, m := range s.mentions {
		if m.end > start || !programSubject(m.subject) || slices.Contains(out, m.subject) {
			continue
		}
		if needVerbBefore.MatchString(s.lower[max(0, m.start-30):m.start]) {
			out = append(out, m.subject)
		}
	}
	return out
}

// needVerbBefore ends on a denied need: "do not need ", "doesn't require ",
// "do not need medical ".
var needVerbBefore = prefilter.MustCompile(`\b(?:(?:do|does|did)\s+not|don't|doesn't|don’t|doesn’t|not|never)\s+(?:need|require)\s+(?:(?:a|an|any|medical|medically\s+supervised|supervised|inpatient|formal)\s+)*$`)

// deniedPrograms returns the programs a sentence says its provider does
// not run: "We do not offer detox or residential care", "we have no
// residential beds". Only programs named right after the denial, or
// coordinated with one that is, are denied: "We do not offer outpatient
// or at-home detox" denies a kind of detox, not detox.
func deniedPrograms(s *sentence) []Subject {
	var out []Subject
	for i, denied := range deniedMentions(s.lower, s.mentions) {
		if denied && !slices.Contains(out, s.mentions[i].subject) {
			out = append(out, s.mentions[i].subject)
		}
	}
	return out
}

// deniedMentions reports, mention by mention, the programs lower says its
// provider does not run (see deniedPrograms); nil when it denies none.
func deniedMentions(lower string, ms []mention) []bool {
	if !strings.Contains(lower, "not") && !strings.Contains(lower, "n't") && !strings.Contains(lower, "n’t") && !strings.Contains(lower, "no ") {
		return nil
	}
	var out []bool
	prevEnd := -1
	for i, m := range ms {
		if !programSubject(m.subject) {
			continue
		}
		lo, _ := clauseBounds(lower, m.start, m.end)
		denied := denialBefore.MatchString(lower[lo:m.start]) || programDeniedAfter.MatchString(lower[m.end:]) ||
			prevEnd >= 0 && prevEnd <= m.start && deniedAlongside.MatchString(lower[prevEnd:m.start])
		// ("We do not provide medical detox for benzodiazepines": a
		// part of the program denied, not the program.)
		if denied && qualifiedAfter(lower[m.end:]) {
			denied = false
		}
		if !denied {
			prevEnd = -1
			continue
		}
		prevEnd = m.end
		if out == nil {
			out = make([]bool, len(ms))
		}
		out[i] = true
	}
	return out
}

// qualifiedAfter reports a program's name followed by what narrows it:
// "detox for benzodiazepines", "detox in people's homes", "detox at home".
func qualifiedAfter(rest string) bool {
	switch wordAfter(rest, 0) {
	case "for", "to", "without", "during":
		return true
	}
	// ("detox at the Lodge", "detox on site" deny it all; "detox in
	// people's homes" one kind of it.)
	t := strings.TrimLeft(rest, " ")
	return strings.HasPrefix(t, "in people") || strings.HasPrefix(t, "in your home") || strings.HasPrefix(t, "in the home") ||
		strings.HasPrefix(t, "in homes") || strings.HasPrefix(t, "at home") || strings.HasPrefix(t, "in-home")
}

// denialBefore ends on a denial of what follows: "do not offer ", "we
// have no ". (Asked of the clause before every program mentioned, it
// reads the clause's last word first.)
var denialBefore = prefilter.MustCompile(`(?:\bnot|n't|n’t)\s+(?:currently\s+)?(?:offer|provide|run|have|operate)\s+(?:any\s+|an?\s+)?(?:medical(?:ly)?\s+(?:supervised\s+)?)?$|\bno\s+$`).
	EndsOnWord("offer", "provide", "run", "have", "operate", "any", "a", "an", "medical", "medically", "supervised", "no")

// programDeniedAfter denies a program named before it: "Detox is not offered
// here", "residential care isn't available at this site".
var programDeniedAfter = prefilter.MustCompile(`^\s+(?:(?:care|treatment|services?|programs?)\s+)?(?:is|are)(?:\s+not|n't|n’t)\s+(?:currently\s+)?(?:offered|available|provided)\b`)

// deniedAlongside joins a program to one denied before it: "detox or
// residential", "detox, PHP or".
var deniedAlongside = prefilter.MustCompile(`^\s*(?:care|treatment|programs?|services?)?\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+)(?:medical\s+)?$`)

// generalQuestion asks about programs elsewhere or in general: "How long
// does the residential program at most rehabs last?", "How do I know
// whether the IOP is right for me?".
func generalQuestion(lower string) bool {
	return hasWord(lower, "most", "other", "others", "typical", "typically", "usually", "generally", "rehabs", "programs", "centers", "centres", "facilities", "right for me", "right for you")
}

// faqAddress reports a provider's own questions page: ".../faq/",
// ".../faqs", ".../frequently-asked-questions/". Its questions about "the
// IOP" ask about the provider's.
func faqAddress(u string) bool {
	l := strings.ToLower(u)
	if notProgramPage(u) {
		return false
	}
	return strings.Contains(l, "/faq") || strings.Contains(l, "frequently-asked")
}

// therapyInText reports a figure's own words naming a therapy: "one
// individual session a week", "two group sessions".
func therapyInText(t string) bool {
	return hasWord(t, "individual", "group", "groups", "family", "therapy", "counseling", "counselling")
}

// labelProgram is the program the label of a labelled line names ("•
// Intensive outpatient (IOP) – …"), "" when the line has no such label.
func labelProgram(st *state, s *sentence) Subject {
	subj, _ := labelPrograms(st, s)
	return subj
}

// labelPrograms is labelProgram, and whether the label names a bare
// "outpatient" (which may be the section's IOP).
func labelPrograms(st *state, s *sentence) (subj Subject, weak bool) {
	label, e := s.label()
	if e == 0 || s.off != s.block.Sentences[0].Start {
		return "", false
	}
	for _, m := range st.x.terms.find(label, lowerASCII(label)) {
		// ("Coping-skills group (outpatient) — Mondays": a label
		// that files its line under outpatient care in brackets means
		// it.)
		weak = weak || m.weak && !(m.start > 0 && label[m.start-1] == '(' && m.end < len(label) && label[m.end] == ')')
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if subj != "" && subj != m.subject {
			return "", weak
		}
		subj = m.subject
	}
	return subj, weak
}

// movedOnAndLive is the program clients move on to in the clause joined
// by "and" to where they live ("step down to PHP or IOP and live at
// home"): the first program of the ones moved to; "" when there is none.
func movedOnAndLive(s *sentence, start int) Subject {
	k := lastIndex(s.lower[:start], " and ")
	// ("… and keep attending while they live at home": the same
	// clients, going on in the program moved to.)
	if k < 0 || wordCount(s.lower[k:start]) > 3 && !(wordCount(s.lower[k:start]) <= 7 && goingOn.MatchString(s.lower[k:start])) {
		return ""
	}
	for _, m := range s.mentions {
		if m.end <= k && programSubject(m.subject) && movedTo(s.lower, m.start) && !strings.ContainsAny(s.lower[m.end:k], ",;.") {
			return m.subject
		}
	}
	return ""
}

// goingOn is "and" going on in care while living somewhere: "and
// continue treatment while", "and keep attending while".
var goingOn = prefilter.MustCompile(`^ and (?:continue|continues|keep|keeps|carry on)\s+(?:(?:with\s+)?(?:treatment|care|therapy|attending|their\s+treatment|their\s+care)\s+)?(?:while|from)\s`)

// rowHeaderCell reports the header cell of a table row (the cell the next
// cells of its row name as their row header).
func rowHeaderCell(doc *corpus.Document, bi int) bool {
	b := &doc.Blocks[bi]
	if b.Kind != corpus.BlockTableCell || b.RowHeader != "" || bi+1 >= len(doc.Blocks) {
		return false
	}
	n := &doc.Blocks[bi+1]
	return n.Kind == corpus.BlockTableCell && n.RowHeader == b.Text
}

// weeklyTherapyHours reports an hour or two a week of therapy with no
// more said of it, in a sentence naming no program: "one hour of weekly
// therapy", "a counseling session for an hour each week". (Individual,
// group and family therapy have subjects of their own, and the words
// before "therapy" here leave them out.)
func weeklyTherapyHours(s *sentence, q *quantity.Quantity) bool {
	// ("asks for more than an hour of therapy each week": more than the
	// hour the care is held up against is the figure's too.)
	top, ok := q.Max, q.HasMax
	if !ok && q.HasMin {
		top, ok = q.Min, true
	}
	if !ok || q.Unit != quantity.Hour && q.Unit != quantity.Minute || q.Unit == quantity.Hour && top > 2 || q.Unit == quantity.Minute && top > 120 {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) || m.subject == IndividualTherapy || m.subject == GroupTherapy {
			return false
		}
	}
	return therapyAfterHours.MatchString(s.lower[q.End:]) || therapyBeforeHours.MatchString(s.lower[:q.Start])
}

// therapyAfterHours follows a figure with the therapy it measures: " of
// weekly therapy", " of talk therapy a week".
var therapyAfterHours = prefilter.MustCompile(`^\s+of\s+(?:weekly\s+|once-a-week\s+)?(?:talk\s+|outpatient\s+)?(?:therapy|counseling|counselling|psychotherapy)\b`)

// therapyBeforeHours ends on a session of therapy before its length: "a
// therapy session for", "a counseling appointment for about".
var therapyBeforeHours = prefilter.MustCompile(`\b(?:therapy|counseling|counselling)\s+(?:session|appointment)\s+(?:for\s+)?(?:about\s+|roughly\s+|around\s+|just\s+)?$`)

// weeklyCareOpens opens a sentence on once-a-week care as its subject:
// "Weekly counseling gives …", "Standard weekly therapy is usually …".
// ("Weekly sessions are 50 minutes" on a page about a therapy or a group
// are its own.)
var weeklyCareOpens = prefilter.MustCompile(`^\s*(?:standard\s+|traditional\s+|regular\s+|ordinary\s+)?weekly\s+(?:therapy|counseling|counselling)\s+(?:gives|give|offers|offer|provides|provide|is|are|means|mean|amounts|usually|typically|often|averages|adds|might|may|can)\b`)

// permissionAsked reports a question asking whether something is
// allowed: "Can I leave early …?", "May my family visit?".
func permissionAsked(q string) bool {
	return hasPrefixWord(q, "can i", "may i", "can we", "may we", "can my", "may my", "am i allowed", "are we allowed", "is it ok", "is it okay")
}

// meetingAttended is a mutual-help meeting someone attends: "attend a
// community support meeting", "go to an AA or NA meeting".
var meetingAttended = prefilter.MustCompile(`\b(?:attend|attends|attending|go\s+to|goes\s+to|join|joins)\s+(?:an?\s+|the\s+|their\s+|one\s+)?(?:[a-z-]+\s+){0,3}?(?:support|aa|na|12-step|twelve-step|mutual-help|smart\s+recovery)\s+(?:or\s+[a-z]+\s+)?(?:meeting|meetings)\b`)

// clinicianSees ends on a prescriber or nurse seeing the client: "a
// psychiatric provider sees you at least", "the nurse practitioner meets
// with each client".
var clinicianSees = prefilter.MustCompile(`\b(?:psychiatric\s+(?:provider|prescriber|nurse\s+practitioner)|psychiatrist|prescriber|nurse\s+practitioner|physician|doctor|medical\s+provider)s?\s+(?:sees|see|meets\s+with|meet\s+with|checks\s+in\s+with|visits)\s+(?:you|them|clients|patients|residents|each\s+client|each\s+patient|every\s+client|every\s+patient)\s+(?:at\s+least\s+|about\s+|roughly\s+|usually\s+|typically\s+)?$`)

// daysForMeetings follows days given to mutual-help meetings: "…
// Saturday and Sunday for recovery meetings", "… to attend AA meetings".
var daysForMeetings = prefilter.MustCompile(`^\s*(?:mornings?|afternoons?|evenings?|nights?)?\s*(?:for|to\s+attend|to\s+go\s+to)\s+(?:an?\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:support|recovery|aa|na|12-step|twelve-step|mutual-help|mutual-support|smart\s+recovery|community)\s+(?:group\s+)?meetings?\b`)

// clauseOf is the clause of lower around [start, end).
func clauseOf(lower string, start, end int) string {
	lo, hi := clauseBounds(lower, start, end)
	return lower[lo:hi]
}

// ownMeeting reports a sentence that makes the meeting the program's:
// "our recovery support meetings", "the SMART Recovery meeting we host",
// "… which is part of the day's schedule", a meeting beside group
// therapy, or residents' house meeting.
func ownMeeting(lower string) bool {
	return hasWord(lower, "our", "we", "group", "groups", "therapy", "residents", "host", "hosts", "hosted") || strings.Contains(lower, "part of")
}

// frontedDays reports days opening their sentence: "On Tuesdays and
// Thursdays, …".
func frontedDays(pre string) bool {
	switch strings.Trim(pre, " •*-") {
	case "", "on", "every", "each":
		return true
	}
	return false
}

// weeklyCareSpokenOf reports "weekly" before therapy or counseling that
// names a kind of care someone is in, comes from or finds too little:
// "stuck in weekly therapy", "from weekly counseling", "struggling …
// with weekly therapy".
func weeklyCareSpokenOf(lower string, start, end int) bool {
	switch wordAfter(lower, end) {
	case "therapy", "counseling", "counselling", "outpatient":
	default:
		return false
	}
	switch wordBefore(lower, start) {
	case "in", "from", "than", "beyond", "after":
		return true
	case "with":
		return hasWord(lower[:start], "struggling", "struggle", "struggles", "enough", "stuck", "failed", "haven't", "hasn't")
	case "and":
		// "a step between residential care and weekly therapy": the
		// lighter end of a span of care, not a part of the program.
		return hasWord(lower[max(0, start-60):start], "between")
	case "when", "if", "once":
		// "When weekly therapy and even IOP are not enough, our PHP …":
		// the care that falls short, with another named beside it.
		clause := lower[end:]
		if k := strings.IndexAny(clause, ",;."); k >= 0 {
			clause = clause[:k]
		}
		return strings.Contains(clause, "enough") || hasWord(clause, "stalled", "failed", "fails", "working")
	case "or":
		// "(IOP or weekly therapy)": a kind of care offered as the
		// alternative to a level. ("group therapy, psychiatric care and
		// weekly therapy" lists a program's own parts.)
		switch wordBefore(lower, lastIndex(lower[:start], "or")) {
		case "iop", "iops", "php", "phps":
			return true
		}
	}
	// "when weekly therapy has stalled", "if weekly counseling is not
	// enough": the care that falls short, said of itself.
	return weeklyFallsShort.MatchString(lower[end:])
}

// weeklyFallsShort follows weekly care that falls short: " therapy has
// stalled", " counseling isn't enough".
var weeklyFallsShort = prefilter.MustCompile(`^\s+(?:therapy|counseling|counselling|outpatient(?:\s+care|\s+therapy)?)\s+(?:(?:has|have|had)\s+(?:stalled|plateaued|failed|not\s+(?:worked|helped|been\s+enough))|(?:is|was)\s+(?:not|no\s+longer)\s+(?:enough|working|sufficient)|(?:isn't|isn’t|wasn't|wasn’t)\s+(?:enough|working|sufficient)|(?:stalls|stalled|falls\s+short|fell\s+short|fails|failed))\b`)

// hospitalStay reports a length of a stay in a hospital named in its
// clause before it: "the average hospital stay is … about a week",
// "psychiatric hospitalization usually lasts 5 to 10 days".
// The stay must be what the figure is said of: no program named between
// them ("Unlike a hospital stay, our residential program lasts 30 days"),
// and not a program named by it ("partial-hospitalization program", "day
// hospitalization program").
// continuedGroup reports a length of a group gone on with after the
// program: "continue with our weekly recovery group for three to six
// months", "keep attending an alumni circle for a year", "keep
// quarterly check-ins for two years". Not where a
// program is named after the verb ("continue in our IOP group for eight
// weeks"), nor "stay in group for ten weeks", the program's own groups.
func continuedGroup(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.lower[lo:q.Start]
	if !strings.Contains(pre, "continu") && !strings.Contains(pre, "keep") {
		return false
	}
	m := continuedGroupBefore.FindStringIndex(pre)
	if m == nil {
		return false
	}
	for _, mt := range s.mentions {
		if mt.start >= lo+m[0] && mt.start < q.Start && programSubject(mt.subject) {
			return false
		}
	}
	return true
}

var continuedGroupBefore = prefilter.MustCompile(`\b(?:continues?|continued|continuing|keeps?|kept)\s+(?:on\s+)?(?:(?:with|in|attending|going to|coming to|to attend|at)\s+(?:an?|our|the|their|your|weekly)\s+(?:[a-z'’-]+\s+){0,4}(?:group|groups|circle|circles|meeting|meetings)|(?:(?:with|up)\s+)?(?:their\s+|your\s+|the\s+|occasional\s+|regular\s+|monthly\s+|quarterly\s+|weekly\s+)*(?:check-ins|check-in|follow-ups|follow-up\s+visits|booster\s+sessions))\s+(?:for\s+)?(?:another\s+|up to\s+|about\s+|around\s+)?$`)

func hospitalStay(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.lower[lo:q.Start]
	ms := hospitalStayWords.FindAllStringIndex(pre, -1)
	if ms == nil {
		return false
	}
	m := ms[len(ms)-1]
	before := pre[max(0, m[0]-10):m[0]]
	if strings.HasSuffix(before, "-") || strings.Contains(before, "partial") || strings.Contains(before, "day") {
		return false
	}
	rest := pre[m[1]:]
	// ("The average hospital stay is 2 to 10 days, and 35 to 50 days for
	// residential care": a figure with its own program behind "for" is
	// that program's.)
	if programBefore(s, lo+m[1], q.Start) || hasWord(rest, "our", "program", "programs", "we") || programForAfter(s, q.End) {
		return false
	}
	return true
}

// hospitalStayWords name a hospital's stay.
var hospitalStayWords = prefilter.MustCompile(`\bhospital\s+stays?\b|\bhospitali[sz]ations?\b`)

// lengthLabelLine reports a line labelled by a length: "30 days: for
// guests with a shorter history".
// (The line says whom or what the length is for; "60 days: partial
// hospitalization and IOP" is a milestone of a continuum, "3-5 days:
// symptoms peak" a timeline.)
func lengthLabelLine(lower string) bool {
	label, value, ok := strings.Cut(lower, ": ")
	if !ok || wordCount(label) > 3 {
		return false
	}
	if v := strings.TrimSpace(value); !strings.HasPrefix(v, "for ") && !hasWord(v, "program", "programme", "stay", "track", "option", "standard", "recommended", "typical", "most", "our", "guests", "clients", "residents") {
		return false
	}
	qs := quantity.Parse(label)
	return len(qs) == 1 && strings.TrimSpace(label) == strings.TrimSpace(qs[0].Text) &&
		(qs[0].Unit == quantity.Day || qs[0].Unit == quantity.Week || qs[0].Unit == quantity.Month)
}

// figureIsLabel reports a figure that labels its line: "30 days: for
// guests with a shorter history", one entry of lengths to choose from.
func figureIsLabel(s *sentence, start, end int) bool {
	return strings.TrimSpace(s.lower[:start]) == "" && strings.HasPrefix(s.lower[end:], ": ")
}

// meetingLong reports a length one group meeting may have, two hours at
// most: "Groups run six hours" is a program's day.
func meetingLong(q *quantity.Quantity) bool {
	switch q.Unit {
	case quantity.Minute:
		return true
	case quantity.Hour:
		return q.HasMax && q.Max <= 2
	}
	return false
}

// labelledGroup reports a figure on a line labelled by a group the
// subject terms do not name: "Relapse-prevention group: 90 minutes".
func labelledGroup(s *sentence, start int) bool {
	label, e := s.label()
	if e <= 0 || start < e || !groupTerm(lowerASCII(strings.TrimSpace(label))) || wordCount(label) > 4 {
		return false
	}
	for _, m := range s.mentions {
		if m.start < e {
			return false
		}
	}
	return true
}

// headedByLength reports the nearest heading naming the length figure
// names, on a page whose headings name another length too: under
// "60-Day Programs", beside "30-Day Programs", "The 60-day program adds
// deeper work" speaks of one of the lengths the page offers, by its name,
// as "our 30-day and 60-day programs" do. (Under "The 30-Day Program"
// alone, it is the program's length.)
func headedByLength(doc *corpus.Document, headings []string, figure string) bool {
	if len(headings) == 0 {
		return false
	}
	fig := strings.ReplaceAll(figure, "-", " ")
	if indexWord(strings.ReplaceAll(lowerASCII(headings[len(headings)-1]), "-", " "), fig, 0) < 0 {
		return false
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockHeading {
			continue
		}
		if m := lengthName.FindString(lowerASCII(b.Text)); m != "" && strings.ReplaceAll(m, "-", " ") != fig {
			return true
		}
	}
	return false
}

// lengthName is a length named as a program's: "30-day", "12 week".
var lengthName = prefilter.MustCompile(`\b[0-9]+[- ](?:day|week|month)\b`)

// withdrawalInView reports withdrawal named in the sentence or its
// nearest heading: "The medical stabilization phase …", "… during detox",
// "Medical detox" / "3 to 7 days".
func withdrawalInView(s *sentence) bool {
	hs := s.block.Headings
	return namesWithdrawal(s.lower) || len(hs) > 0 && namesWithdrawal(lowerASCII(hs[len(hs)-1]))
}

// withdrawalLasts reports withdrawal as what the clause before start is
// about, with no program named there: "Acute alcohol withdrawal usually
// eases within 5 to 7 days", not "After withdrawal, our IOP runs 8 weeks".
func withdrawalLasts(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	pre := s.lower[lo:start]
	k := lastIndex(pre, "withdrawal")
	if k < 0 || !wordAt(pre, k, len("withdrawal")) {
		return false
	}
	switch wordBefore(pre, k) {
	case "after", "post", "following", "before", "for", "from", "of", "to", "post-acute", "protracted":
		return false
	}
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && programSubject(m.subject) && m.subject != Detox {
			return false
		}
	}
	return true
}

func namesWithdrawal(t string) bool {
	return strings.Contains(t, "withdraw") || strings.Contains(t, "detox") || strings.Contains(t, "stabiliz") || strings.Contains(t, "stabilis")
}

// partsListed returns where a list of parts opens with a verb of holding,
// with a comma and an "and" after it ("consists of groups, individual
// therapy and …"), or -1.
func partsListed(pre string) int {
	for _, v := range []string{"consists of", "consist of", "is made up of", "are made up of", "combines", "includes", "include"} {
		if k := lastIndex(pre, v); k >= 0 && strings.Contains(pre[k:], ",") && strings.Contains(pre[k:], " and ") {
			return k
		}
	}
	return -1
}

// firstProgramBefore returns the first program named before i, not as a
// contrast; "" when none is.
func firstProgramBefore(s *sentence, i int) Subject {
	for _, m := range s.mentions {
		if m.end <= i && programSubject(m.subject) && !m.contrast {
			return m.subject
		}
	}
	return ""
}

// unmetNeed reports a sentence under a heading or lead-in that says the
// program is not for whoever it describes: "Our IOP may not be a fit
// if:" / "You need care around the clock" / "You cannot sleep at home".
func unmetNeed(s *sentence) bool {
	if s.block.Kind != corpus.BlockListItem {
		return false
	}
	// The list's own heading or lead-in, right before its items: a
	// paragraph between ends the heading's reach ("Otherwise, IOP is a
	// great option. Here is what it includes:"). In plain text the
	// lead-in line is a paragraph; only its last sentence leads in ("IOP
	// is not the right choice if you need 24/7 care. It is a good fit
	// if:" introduces who it suits).
	for i := s.bi - 1; i >= 0; i-- {
		b := &s.doc.Blocks[i]
		if b.Kind == corpus.BlockListItem {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if b.Kind == corpus.BlockHeading {
			return notSuitedIf.MatchString(lowerASCII(t))
		}
		t = t[sentenceStart(t, len(t)):]
		return strings.HasSuffix(t, ":") && notSuitedIf.MatchString(lowerASCII(t))
	}
	return false
}

// notSuitedIf heads a list of needs a program is not for: "may not be
// appropriate if", "is not right for you if", "isn't a fit when", "When
// PHP Is Not Ideal" (not "Not a Fit for Everyone", nor a question).
var notSuitedIf = prefilter.MustCompile(`\b(?:not|n['’]t)\s+(?:be\s+)?(?:appropriate|right|suitable|ideal|recommended|(?:a|the)\s+(?:good\s+|right\s+)?(?:fit|choice|option)|for\s+you)(?:\s+for\s+you)?(?:\s+(?:if|when)\b[^?]*|\s*:?)\s*$`)
