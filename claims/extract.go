package claims

import (
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
	// daysStated: the most days a week a sentence before, on the page,
	// gave a program (0 when none has).
	daysStated float64
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
	answers string
	// answerOf is the question whose answer the sentence is a part of,
	// lowercased: the question before, up to the next question or
	// heading ("" when none).
	answerOf string
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
	if st.topic == Detox && st.programTopic != NoSubject && deniesOwnDetox(r.Claims) {
		r, _ = x.read(doc, true)
	}
	return r
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
		if (b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle) && !b.Question && !isQuestion(b.Text) {
			st.asked = ""
		}
		unnamedFrom, unnamedTo = -1, -1
		for si := range b.Sentences {
			s := st.sentence(bi, b, si)
			s.weekBefore = si > 0 && st.weekHours
			s.answers = st.question
			s.answerOf = st.asked
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
			s.daysStated = st.daysStated
			out, subj = x.claimsOf(st, s, out)
			st.weekHours = slices.ContainsFunc(out[from:], func(c Claim) bool { return c.Kind == HoursPerWeek })
			for _, c := range out[from:] {
				if c.Kind == DaysPerWeek && c.Max != nil && programSubject(c.Subject) {
					st.daysStated = max(st.daysStated, *c.Max)
				}
			}
			out = dropInAddresses(s, out, from)
			if s.widened {
				out = dropWidened(out, from)
			}
			out = joinBounds(s, out, from)
			out = dropSessionParts(s, out, from)
			out = dropBracketRestated(s, out, from)
			comparedBound(s, out, from)
			out = relativeToFigure(s, out, from)
			gappedTherapy(s, out[from:])
			eventsOwn(s, out, from)
			out = whileOpen(s, out, from)
			detoxFormAfter(s, out[from:])
			if len(out) > from && st.jobPosting(s) {
				out = out[:from]
			}
			out = x.yesNoAnswer(st, s, out, from)
			pastSchedule(s, out, from)
			st.persona.note(s)
			if len(out) > from && (testimonial(b.Text) || underReviewHeader(doc, bi) || narrator(s) || clientStory(s) || friendStory(s) || seenElsewhere(s) || st.persona.tells(s)) {
				// "\"Twelve hours a week sounds like a lot …\" - Attorney,
				// Oak Park": one client's experience, an example of the
				// program rather than a statement of it.
				for i := from; i < len(out); i++ {
					out[i].Force = Example
				}
			}
			st.carryModality(s, out[from:])
			otherProviderFigures(s, out[from:])
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
			if len(named) == 0 || bothNamedOnlyInGroup(s) {
				out = pointBack(s, st.prevPrograms, out, from)
				chainBack(s, st.prevLastNamed, out[from:])
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
			facilityStayOfResidential(s, out, from)
			out = liveInSupervision(out, from)
			wholeOfParts(s, out, from)
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
			st.prevLastNamed = programsLastNamed(s, st.prevLastNamed[:0])
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
			st.ranLast = NoSubject
			if !article && !s.question {
				if v, _ := s.providerVerb(); v >= 0 {
					st.ranLast = st.last
				}
			}
			// "How long is the IOP? About 90 days.": a short answer reads
			// with the question before it.
			// ("Do therapists live on campus? No. They go home at night":
			// a bare yes or no leaves the rest of its answer to read with
			// the question.)
			if !bareYesNo(s.lower) {
				st.question = ""
			}
			st.questionSentence = nil
			// "Program length" / "Typically 8 to 12 weeks.": a heading
			// that names the question its first sentence answers (for
			// the length only: no rate or population comes of it).
			// ("Choose a length of stay" / "30 days: for …" / "45 days:
			// our standard program" / …: each line of lengths to choose
			// from answers it.)
			st.lengthAsked = s.lengthAsked && (lengthLabelLine(s.lower) || st.lengthsListed && lengthLabelled(s.lower))
			st.lengthsListed = st.lengthAsked && st.lengthsListed
			if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && !s.question && lengthHeading(s.lower) {
				st.lengthAsked = true
			}
			// ("Most programs are built around one of three lengths:" /
			// "30 days: …" / "60 days: more time for therapy" / …: each
			// line the sentence announces is a length, whatever it says
			// the length is for.)
			if !s.question && lengthsIntro(s.lower) {
				st.lengthAsked, st.lengthsListed = true, true
			}
			if s.question {
				st.question, st.questionSentence, st.asked = s.lower, s, s.lower
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
	out = dropPartWeeksOfLiveIn(out)
	markWeekLines(out)
	out = dropRepeatedAnswers(out)
	out = dropDisowned(out, doc, st.lower)
	answersTakeSite(out)
	definiteIsOwn(out, st.offered)
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
