package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

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

// partNamedBefore returns, for a sentence opening on a part of the
// program ("This part of the program lasts …", "Typically, this phase
// takes …"), the program the sentence before it in the block names (the
// last one), or Other when it names none: the part's length is that
// part's, never the whole program's.
func (st *state) partNamedBefore(s *sentence) (Subject, bool) {
	loc := partOpening.FindStringIndex(s.lower)
	if loc == nil || loc[0] > 40 {
		return NoSubject, false
	}
	prev := -1
	for i, sp := range s.block.Sentences {
		if sp.End <= s.off {
			prev = i
		}
	}
	bi := s.bi
	if prev < 0 {
		// ("2. Stabilization is a period to keep him safe." / "This
		// period lasts …": the block before names it, when it is prose
		// of the same section.)
		bi = s.bi - 1
		if bi < 0 || len(st.doc.Blocks[bi].Sentences) == 0 || !proseBlock(st.doc.Blocks[bi].Kind) || !slices.Equal(st.doc.Blocks[bi].Headings, s.block.Headings) {
			return NoSubject, false
		}
		prev = len(st.doc.Blocks[bi].Sentences) - 1
	}
	sp := st.doc.Blocks[bi].Sentences[prev]
	subj := Other
	for _, m := range st.mentions[bi] {
		if m.start >= sp.Start && m.end <= sp.End && programSubject(m.subject) && !m.contrast && !m.weak {
			subj = m.subject
		}
	}
	return subj, true
}

func proseBlock(k corpus.BlockKind) bool {
	return k == corpus.BlockParagraph || k == corpus.BlockListItem
}

// partOpening names a part of a program as a clause's subject.
var partOpening = prefilter.MustCompile(`(?:^|,\s+)this\s+(?:part|phase|stage|portion|step|period)(?:\s+of\s+(?:the\s+|our\s+)?(?:program|treatment|process|care))?\s+(?:lasts|takes|runs|typically|usually|generally|often|can|may|will|is)\b`)

// illustrativeNote says the figures that follow only illustrate: "The
// quantities listed are illustrative", "numbers below are for
// illustration only".
var illustrativeNote = prefilter.MustCompile(`\b(?:quantities|numbers|figures|amounts|values|hours)\b[^.;]{0,30}\b(?:are|is)\s+(?:only\s+|merely\s+|purely\s+)?(?:illustrative|for\s+illustration)\b`)

// leaveSentence remembers the sentence's subject for a following pronoun:
// the first program it names, else the subject its quantities resolved to.
func (st *state) leaveSentence(s *sentence, resolved Subject) {
	st.voiced = st.voiced || s.provider
	// (Only the provider speaking of its own: "We often hear questions
	// about IOP" speaks of IOPs in general.)
	if s.provider && hasWord(s.lower, "our") {
		st.voicedBlock = s.bi + 1
	}
	if s.contains("illustrat") && illustrativeNote.MatchString(s.lower) {
		st.illustrativeFrom = s.bi
	}
	own := st.ownAfterGeneral(s)
	prevLast, prevProgram, moved := st.last, st.lastProgram, st.movedOnTo
	st.carrySubject(s, resolved)
	st.movedOnTo = NoSubject
	if !s.question && st.last != prevLast {
		st.movedOnTo = nextStepOnly(s, st.last)
	}
	// "This clinic does not run residential care or inpatient detox": a program
	// named only as one the provider does not run is not what the next
	// lines speak of.
	if st.last != prevLast && onlyDenied(s, st.last) {
		st.last = prevLast
		if st.lastProgram != prevProgram && onlyDenied(s, st.lastProgram) {
			st.lastProgram = prevProgram
		}
	}
	// "… our team books your next step: residential care, a day program
	// (PHP), an IOP or a counselor near you": a sentence listing three or
	// more programs and stating nothing of them names options, none of
	// which the next lines speak of.
	if resolved == NoSubject && st.last != prevLast && optionsListed(s) {
		st.last, st.lastProgram = prevLast, prevProgram
	}
	if own != NoSubject {
		st.last, st.lastGeneral = own, false
	}
	// "PHP is our most intensive level; we do not operate a residential
	// unit.": a program the sentence flatly denies running, beside one it
	// names plainly, is not what the next lines are about.
	if d := flatlyDenied(s); d != NoSubject && (st.last == d || st.lastProgram == d) {
		if run := plainProgramBut(s, d); run != NoSubject {
			if st.last == d {
				st.last = run
			}
			if st.lastProgram == d {
				st.lastProgram = run
			}
		}
	}
	for _, m := range s.mentions {
		if m.subject == st.last && !m.contrast {
			st.lastGeneral = generalStatement(s)
			st.lastNamedIn = s.bi
			break
		}
	}
	// "So the 28 days residential then IOP for how long?": the answer
	// is about the program asked about, the one nearest "how long".
	// (Not one the provider plans: "We do not offer IOP yet, but one
	// opens next spring" goes on about that IOP.)
	// ("…, and we have no plans to", "will not open one soon" deny the
	// plan too.)
	if s.containsAny("not ", "n't", "n’t") && (!hasWord(s.lower, "yet", "soon", "next", "will", "plan", "plans", "planning", "opens", "opening", "launch", "launching", "coming") ||
		s.containsAny("no plan", "will not", "won't", "won’t", "never")) {
		for _, m := range s.mentions {
			if programSubject(m.subject) && onlyDenied(s, m.subject) {
				st.notRun = m.subject
			}
		}
	}
	if s.question {
		if subj := askedProgram(s); subj != NoSubject {
			st.last = subj
		} else if moved != NoSubject && st.last == moved && len(s.mentions) == 0 && programSubject(st.topic) && st.topic != st.last {
			// "Our IOP meets three evenings a week. When IOP ends, most
			// clients continue with weekly outpatient therapy. / How many
			// nights a week do I attend?": the question asks of the page's
			// program, not of the one its clients move on to.
			st.last = st.topic
			if st.lastProgram == moved {
				st.lastProgram = st.topic
			}
		} else if (st.topic == OP || st.topic != IOP && st.topic != PHP && s.containsAny("your outpatient", "our outpatient")) && askedOutpatient(s) {
			// "How long does outpatient last?" on an outpatient page: a
			// bare "outpatient" the question asks of is outpatient care,
			// whatever program the page named last. (On an IOP's page it
			// may be the IOP.) So is "How long is your outpatient
			// program?" on a page of residential care.
			st.last = OP
		} else if st.notRun != NoSubject && st.last == st.notRun && len(s.mentions) == 0 && programSubject(st.topic) && st.topic != st.notRun {
			// "How is PHP different from IOP? / An IOP runs 9 to 19 hours
			// a week. We do not offer IOP. / How many hours a week is it?"
			// on the PHP's page: the next question asks about the page's
			// program, not the one the provider does not run.
			st.last = st.topic
			if st.lastProgram == st.notRun {
				st.lastProgram = st.topic
			}
		}
	}
	// (A line going on about the service, "Duration: 90 minutes" after
	// "Family group: once a week", keeps it in view.)
	st.serviceLine = serviceLabelled(s) || st.serviceLine && s.off == s.block.Sentences[0].Start && len(s.mentions) == 0 && !programSubject(st.last)
	st.lastPhase = ""
	if st.last == Detox {
		st.lastPhase = phaseOf(s.lower)
	}
}

// optionsListed reports a sentence listing three or more programs as
// options, by commas and an "or": "residential care, a day program
// (PHP), an IOP or a counselor near you". ("A
// residential and detox provider has announced an evening IOP" names
// its subject among them.)
func optionsListed(s *sentence) bool {
	var seen [8]Subject
	n, first, last := 0, -1, -1
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if first < 0 {
			first = m.start
		}
		last = m.end
		if !slices.Contains(seen[:n], m.subject) && n < len(seen) {
			seen[n] = m.subject
			n++
		}
	}
	if n < 3 {
		return false
	}
	// (The "or" may come before the last program or after it: "…, an
	// IOP or a counselor near you".)
	span := s.lower[first:min(len(s.lower), last+8)]
	return strings.Contains(span, ", ") && strings.Contains(span, " or ")
}

// generalStatement reports a sentence that says something of programs in
// general ("Many people begin with an IOP, which lets them live at
// home"): not the provider's, not a question, nor a heading or a short
// line that only names a program ("2. Residential treatment").
func generalStatement(s *sentence) bool {
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		return false
	}
	return !s.provider && !s.question && wordCount(s.lower) >= 6
}

// askedProgram is the program a question asks how long or how much of:
// the first named after "how long" / "how many" / "how much", else the
// last named before it; "" when the question asks neither or names none.
func askedProgram(s *sentence) Subject {
	at := -1
	for _, w := range []string{"how long", "how many", "how much"} {
		if k := strings.Index(s.lower, w); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	if at < 0 {
		return NoSubject
	}
	var before Subject
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.weak {
			continue
		}
		if m.start > at {
			return m.subject
		}
		before = m.subject
	}
	return before
}

// askedOutpatient reports a question asking how long or how much of a
// bare "outpatient" as its subject.
func askedOutpatient(s *sentence) bool {
	at := strings.Index(s.lower, "how ")
	if at < 0 {
		return false
	}
	for _, m := range s.mentions {
		if m.weak && m.subject == OP && m.start > at && askedOf.MatchString(s.lower[at:m.start]) {
			return true
		}
	}
	return false
}

// askedOf is a question's opening up to the program it asks about as its
// subject: "how long does ", "how many hours a week is ", "how long is
// your ".
var askedOf = prefilter.MustCompile(`^how\s+(?:long|many\s+[a-z]+(?:\s+(?:a|per)\s+(?:week|day))?|much\s+time)\s+(?:does|do|is|will|should|would)\s+(?:the\s+|an?\s+|your\s+|our\s+|this\s+)?$`)

// carrySubject sets what the next sentence is about when it names nothing.
func (st *state) carrySubject(s *sentence, resolved Subject) {
	if from := st.joinedFrom; from != NoSubject {
		st.joinedFrom = NoSubject
		defer func() {
			if st.last == Other && !mentionedBefore(s, Other, len(s.lower)) {
				st.last = from
			}
		}()
	}
	// "| Setting | Inpatient, private rooms |" on a detox page's fact
	// table says where the page's program happens, not what the next
	// row is about.
	if b := s.block; b.Kind == corpus.BlockTableCell && settingRow(b.RowHeader) {
		return
	}
	// (Nor does "Setting: Inpatient, medically monitored" under a
	// listing of a detox: a line labelled as the setting. "Setting:
	// Outpatient (ambulatory) detox" names the detox, and its form.)
	// (Where the listing's heading named no program, "Setting:
	// Outpatient" names it.)
	if label, e := s.label(); e > 0 && settingRow(label) {
		// (Only where detox is the setting's program, not one referred
		// elsewhere or denied: "Outpatient; detox referrals available",
		// "Residential (no detox on site)".)
		if onlyDetoxNamed(s) && !hasWord(s.lower, "referral", "referrals", "refer", "refers", "no", "not", "without") {
			st.last = Detox
			return
		}
		if programSubject(st.section) {
			return
		}
		for _, m := range s.mentions {
			if programSubject(m.subject) && m.subject != Detox && !m.contrast {
				st.last = m.subject
				return
			}
		}
		return
	}
	// "Format: Group therapy plus individual counseling" in a program's
	// fact box lists what the program is made of; the box's next line,
	// "Schedule: 4 days a week", is still the program's.
	// ("Services: intensive outpatient, outpatient, DUI assessment" names
	// the program first.)
	if label, e := s.label(); e > 0 && formatRow(label) {
		for _, m := range s.mentions {
			if programSubject(m.subject) && !m.weak && !m.contrast {
				st.last = m.subject
				break
			}
		}
		return
	}
	// A subject met only as a contrast ("step down to our PHP, which
	// meets 5 days a week") held its own clause; it does not carry.
	if resolved != NoSubject && !onlyContrast(s, resolved) {
		st.last = resolved
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.subject != Detox && !m.weak && !m.contrast {
			st.lastProgram = m.subject
		}
	}
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		return // enterBlock already took the heading's subject
	}
	// (What follows only picks one of the sentence's mentions.)
	if len(s.mentions) == 0 {
		return
	}
	// "When a residential stay is more than you need, our PHP gives you a
	// full day": the opening clause sets the scene, the main clause's
	// program is what the next sentence is about.
	main := openingClauseEnd(s.lower)
	// "Alumni of our PHP and IOP can join a continuing-care group. It
	// meets once a week": the group joined is what the next sentence
	// goes on about, not the programs its members come from.
	// ("… parents are expected to join a family group once a month. /
	// Most teens stay about twelve weeks": only the group pointed back at.)
	// (Only a group of its own after the program, continuing care or
	// aftercare; a family group runs beside it, and "It runs five days a
	// week" after one is the program again.)
	next := st.nextSentence(s)
	if groupPointedBack(next) {
		for _, m := range s.mentions {
			if m.subject == Other && joinedGroup(s.lower, m) && afterCareGroup(s.lower[m.start:m.end]) {
				st.joinedFrom = st.last
				if st.joinedFrom == NoSubject || st.joinedFrom == Other {
					st.joinedFrom = resolved
				}
				st.last = Other
				return
			}
		}
	}
	// "After PHP, you would move to an IOP, which is more flexible.
	// Here, you attend …": the program a client is said to move on to
	// is where "Here" and "There" point next.
	// ("Many start in our PHP and then step down to our IOP. They attend
	// three evenings a week", "Then I moved to the evening IOP. Four
	// nights a week, three hours a night": so does a pronoun, or a
	// figure standing alone, right after.)
	if pointsToPlace(next) || opensOnFigure(next) {
		for i := len(s.mentions) - 1; i >= 0; i-- {
			if m := s.mentions[i]; programSubject(m.subject) && !m.weak && movedOnTo(s.lower, m.start) {
				if pointsToPlace(next) || i == lastProgramMention(s) {
					st.last = m.subject
					return
				}
				break
			}
		}
	}
	// "For most people, alcohol rehab starts with medical detox. This
	// usually takes 5 to 10 days": "This" points to the step the
	// sentence ends on, not to the care it opens.
	if thisLasts.MatchString(strings.TrimLeft(next, " ")) {
		if m, ok := endsOnFirstStep(s); ok {
			st.last = m.subject
			return
		}
	}
	for i, m := range s.mentions {
		if m.start < main && st.carriesAfter(s, main) {
			continue
		}
		if st.carries(s, m) {
			// "Larchfield Health, a detox and residential operator, has
			// opened an evening IOP": what the provider is sets no
			// topic when the sentence goes on to a program that can.
			if describesProvider(s.lower, m) && slices.ContainsFunc(s.mentions[i+1:], func(n mention) bool { return st.carries(s, n) }) {
				continue
			}
			// "They …" keeps the previous subject; "Most of our IOP
			// clients …" names its own within its first words.
			if st.last == NoSubject || !startsWithPronoun(s.lower) || wordCount(s.lower[:m.start]) <= 4 {
				st.last = m.subject
				// ("We offer outpatient therapy, and our IOP is our most
				// structured service" on the IOP's page: the page's
				// program, a clause's subject, over one offered beside it.)
				if m.subject != st.topic && programSubject(st.topic) && topicSubjectAfter(s, st.topic, i) {
					st.last = st.topic
				}
			}
			return
		}
	}
}

// topicSubjectAfter reports the page's program named after the i-th
// mention as the subject of its own clause: "…, and our IOP is …",
// "…; the IOP meets …".
func topicSubjectAfter(s *sentence, topic Subject, i int) bool {
	for _, m := range s.mentions[i+1:] {
		if m.subject != topic || m.contrast {
			continue
		}
		end := m.end
		// ("our day treatment program (PHP) is …": past the
		// noun and the abbreviation.)
		if w := wordAfter(s.lower, end); w == "program" || w == "programme" {
			end = indexFrom(s.lower, w, end) + len(w)
		}
		if rest := strings.TrimLeft(s.lower[end:], " "); strings.HasPrefix(rest, "(") {
			if k := strings.IndexByte(rest, ')'); k > 0 && k < 12 {
				end = len(s.lower) - len(rest) + k + 1
			}
		}
		switch wordAfter(s.lower, end) {
		case "is", "meets", "runs", "lasts", "provides", "offers", "includes":
		default:
			continue
		}
		switch wordBefore(s.lower, m.start) {
		case "our", "the", "this":
			return true
		}
	}
	return false
}

// describesProvider reports a mention that says what kind of provider an
// organisation is: "a residential and detox provider", "an outpatient
// treatment center".
func describesProvider(lower string, m mention) bool { return providerNoun(lower, m) != "" }

// providerNoun is the noun of kind a mention describes a provider by
// ("provider", "center", "operator"), "" when it describes none.
func providerNoun(lower string, m mention) string {
	// ("a detox and residential operator": past the levels before it.)
	j := m.start
	for n := 0; ; n++ {
		w := wordBefore(lower, j)
		if w == "a" || w == "an" {
			if k := providerKind.FindStringSubmatch(lower[m.end:]); k != nil {
				return k[1]
			}
			return ""
		}
		if n == 4 || !providerDescriptors[w] {
			return ""
		}
		j = lastIndex(lower[:j], w)
	}
}

var providerDescriptors = wordSet("and", "or", "&", "detox", "residential", "outpatient", "inpatient", "addiction", "treatment", "behavioral", "recovery", "medical")

var providerKind = prefilter.MustCompile(`^(?:\s*(?:and|&|,|treatment|detox|care|addiction|recovery|rehab|substance|use|mental|health|behavioral))*\s+(provider|providers|center|centre|facility|organization|organisation|company|operator|network|nonprofit|agency)\b`)

// nextStepOnly is subj when s names it only as where clients go next
// ("most clients continue with weekly outpatient therapy", "then step
// down to our IOP"), "" otherwise.
func nextStepOnly(s *sentence, subj Subject) Subject {
	if !mentionedOnlyAs(s, subj, func(m mention) bool {
		return movedOnTo(s.lower, m.start) || continueWith.MatchString(s.lower[max(0, m.start-40):m.start])
	}) {
		return NoSubject
	}
	return subj
}

// continueWith ends on care clients go on with, a few words of its kind
// between: "continue with weekly ", "continue on in our ".
var continueWith = prefilter.MustCompile(`\b(?:continue|continues|continuing|go\s+on)\s+(?:on\s+)?(?:with|in)\s+(?:[a-z-]+\s+){0,3}$`)

// afterStep are the words before a program a question names as the step
// before the one it asks about.
var afterStep = wordSet("after", "following", "completing", "finishing", "leaving")

// namesStepBefore reports a question naming a program after one of
// afterStep.
func namesStepBefore(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && afterStep[wordBefore(s.lower, m.start)] {
			return true
		}
	}
	return false
}

// settingRow reports a table row that says where a program happens.
func formatRow(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "format", "program format", "approach", "treatment approach", "includes", "program includes", "treatment includes", "services", "services offered",
		"modalities", "therapies", "therapies offered", "therapy types", "components", "what's included", "what’s included", "what you'll get", "what you’ll get",
		"what you get", "focus", "methods", "core services":
		return true
	}
	return false
}

func settingRow(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "setting", "location", "where", "where you live", "where you stay", "housing", "treatment setting":
		return true
	}
	return false
}

// carries reports whether a mention can be what the next sentence is
// about: not a contrast, not detox (a step before most programs), not a
// program in an "of" phrase ("the benefits of residential care"), and a
// therapy only where it is the subject of its clause — "An IOP provides
// group and individual therapy" is still about the IOP.
func (st *state) carries(s *sentence, m mention) bool {
	// A bare "outpatient" in a section about the IOP or PHP is the kind
	// of care those are, not another program.
	// ("PHP — full days; IOP — evenings; Outpatient — an hour or two
	// each week": outpatient as a line's whole label is a level of its
	// own.)
	// ("What does outpatient look like after IOP?": a question naming the
	// program it follows asks about the other one, even a bare
	// "outpatient".)
	if s.question && afterStep[wordBefore(s.lower, m.start)] {
		return false
	}
	if m.contrast || m.weak && (st.last == IOP || st.last == PHP) && !labelOfLine(s, m) && !(s.question && namesStepBefore(s)) {
		return false
	}
	// "outpatient (ambulatory) detox": the setting of the detox named.
	if m.subject != Detox && detoxAfter(s.lower, m.end) {
		return false
	}
	// ("Detox at Clearwater is inpatient, so you stay with us": the
	// detox's setting too.)
	if m.subject == Residential && detoxIsSetting(s, m) {
		return false
	}
	// Detox carries only where the sentence names no other program: it
	// is a step before most programs, and "detox, then IOP" is about the IOP.
	if m.subject == Detox {
		// ("Ambulatory detox is withdrawal management delivered on an
		// outpatient basis": the setting of the detox names no program.)
		for _, o := range s.mentions {
			if programSubject(o.subject) && o.subject != Detox && !o.contrast && !setting(s.lower, o) {
				return false
			}
		}
		// "They receive detox, counseling and therapy": a service a
		// program's clients receive is no subject of its own; "During
		// the detox stay, …" frames what follows.
		lo, _ := clauseBounds(s.lower, m.start, m.end)
		return opensClause(s.lower, lo, m.start, m.end) || framingPhrase(s.lower, m.start)
	}
	if (wordBefore(s.lower, m.start) == "of" || ofPhrase(s.lower, m.start)) && !ofSubject(s, m) || listedExample(s.lower, m.start) || referralTarget(s.lower, m.start) || m.subject == OP && readyFor(s.lower, m.start) ||
		wordAfter(s.lower, m.end) == "basis" {
		return false
	}
	if programSubject(m.subject) {
		return true
	}
	lo, _ := clauseBounds(s.lower, m.start, m.end)
	return opensClause(s.lower, lo, m.start, m.end)
}

// prescriberVisit reports a name of a psychiatric or medication visit.
func prescriberVisit(name string) bool {
	return strings.HasPrefix(name, "psychiatr") || strings.HasPrefix(name, "medication")
}

// referralTarget reports a program clients are sent on to ("arrange a
// referral to a residential or inpatient program", "are referred to
// inpatient care"): elsewhere, not what the next sentence is about.
func referralTarget(lower string, i int) bool {
	return verbThenTo(lower, i, 4, referralVerbs) || connectedWith(lower, i)
}

// connectedWith reports a program named as what clients are put in touch
// with, another provider's: "before discharge, our team links each client
// with a residential or outpatient program near home".
func connectedWith(lower string, i int) bool {
	j := lastIndex(lower[:i], " with ")
	if j < 0 || wordCount(lower[j:i]) > 4 {
		return false
	}
	return hasWord(lower[max(0, j-40):j], "connect", "connects", "connected", "link", "links", "linked", "match", "matches", "matched")
}

// readyFor reports the care a client will be ready for, the next step:
// "when you're ready for weekly outpatient care". The next sentence is not
// about standard outpatient care so named. ("When you're ready for the
// IOP, we make the move together. The program meets three evenings a
// week" goes on about the IOP.)
func readyFor(lower string, i int) bool {
	k := backOver(lower, i, 2, readyForSkips)
	return wordBefore(lower, k) == "for" && wordBefore(lower, lastIndex(lower[:k], "for")) == "ready"
}

var readyForSkips = wordSet("weekly", "standard", "our", "the", "a", "an", "traditional", "regular", "routine")

// backOver moves i back over at most n words of set right before it:
// past "our adolescent" to the "to" of "to our adolescent IOP".
func backOver(lower string, i, n int, set map[string]bool) int {
	for ; n > 0; n-- {
		w := wordBefore(lower, i)
		if !set[w] {
			break
		}
		i = lastIndex(lower[:i], w)
	}
	return i
}

var referralVerbs = wordSet("referral", "referrals", "refer", "refers", "referred", "referring", "transfer", "transfers", "transferred", "sent")

// ofPhrase reports "of an inpatient program", "of the IOP".
func ofPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w != "a" && w != "an" && w != "the" && w != "our" && w != "their" {
		return false
	}
	k := lastIndex(lower[:i], w)
	if wordBefore(lower, k) != "of" {
		return false
	}
	// "many of our IOP clients" is about the IOP's clients.
	q := wordBefore(lower, lastIndex(lower[:k], "of"))
	return !quantifiers[q]
}

// ofSubject reports a program named in an "of" phrase after a noun of
// what it is made of, opening the sentence: "The core of an intensive
// outpatient program is group work" is about the program.
func ofSubject(s *sentence, m mention) bool {
	k := lastIndex(s.lower[:m.start], " of ")
	if k < 0 {
		return false
	}
	noun := wordBefore(s.lower, k+1)
	return definingNouns[noun] && opensOnNoun(s.lower, k-len(noun))
}

// definingNouns say what a program is made of, how it runs or how long, not what it
// costs or gives beside another ("The cost of an IOP is lower" on a
// residential page keeps the page's program).
var definingNouns = wordSet("core", "heart", "hallmark", "hallmarks", "foundation", "backbone", "features", "feature", "structure",
	"format", "schedule", "centerpiece", "basis", "duration", "length")

var quantifiers = wordSet("many", "most", "some", "all", "each", "one", "none", "few", "several", "half", "majority", "both", "any", "plenty", "lots", "of", "numerous", "countless", "number", "several", "plenty")

// abbrevStops hides the stops of "e.g." and "i.e.", which end no part of
// a sentence (the replacement keeps every byte where it was).
var abbrevStops = strings.NewReplacer("e.g.", "e_g_", "i.e.", "i_e_")

// listedExample reports a program named in a list of examples ("many
// forms, such as residential rehab, outpatient rehab and partial
// hospitalization"): the sentence is about all of them, and none is what
// the next sentence is about.
func listedExample(lower string, i int) bool {
	if before := lower[:i]; !strings.Contains(before, "including ") && !strings.Contains(before, "such as ") && !strings.Contains(before, "e.g.") {
		return false // the clause is a part of lower[:i]: no cue, no need to find it
	}
	lo, _ := clauseBounds(lower, i, i)
	pre := lower[lo:i]
	// The stops of "e.g." and "i.e." end no sentence part.
	k := strings.LastIndexAny(abbrevStops.Replace(pre), ".;:")
	if k >= 0 {
		pre = pre[k+1:]
	}
	return strings.Contains(pre, "including ") || strings.Contains(pre, "such as ") || strings.Contains(pre, "e.g.")
}

// onlyContrast reports whether every mention of subj in s is a contrast.
func onlyContrast(s *sentence, subj Subject) bool {
	seen := false
	for _, m := range s.mentions {
		if m.subject == subj {
			if !m.contrast {
				return false
			}
			seen = true
		}
	}
	return seen
}

// framingPhrase reports a mention inside a sentence's opening phrase set
// off by a comma ("During the detox stay, …", "In our IOP, …"): the
// sentence is about it.
func framingPhrase(lower string, i int) bool {
	f := strings.Fields(lower)
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "during", "in", "throughout", "within", "at":
	default:
		return false
	}
	k := strings.IndexByte(lower, ',')
	return k > i && !strings.ContainsAny(lower[:i], ";:.")
}

// groupOf is the programs a sentence opening on a group ("Neither level
// …") speaks of: those named in its section, else, under a heading of its
// own, the last sections' programs when they are as many as the group.
func (st *state) groupOf(s *sentence) []Subject {
	// ("If you are leaving detox or residential care, the next step is a
	// PHP or an IOP. Both let you live at home": the two joined last.)
	if len(st.recent) > 2 && len(st.lastPair) == 2 && groupOpening(s.lower) == 2 {
		return st.lastPair
	}
	if len(st.recent) >= 2 {
		return st.recent
	}
	if n := groupOpening(s.lower); n >= 2 && len(st.headed) >= n {
		return st.headed[len(st.headed)-n:]
	}
	return st.recent
}

// labelOfLine reports m as all of its line's label ("Outpatient —",
// "Outpatient care:").
func labelOfLine(s *sentence, m mention) bool {
	label, e := s.label()
	if e == 0 || s.off != s.block.Sentences[0].Start {
		return false
	}
	l := strings.TrimSpace(strings.Trim(lowerASCII(label), " -–—•*"))
	name := s.lower[m.start:m.end]
	if !strings.HasPrefix(l, name) || !opensSentence(s.lower, m.start) {
		return false
	}
	// ("Outpatient sessions — Monday through Friday" in an IOP's section
	// are the IOP's sessions.)
	switch strings.TrimSpace(l[len(name):]) {
	case "", "care", "treatment", "therapy", "counseling", "counselling", "program", "(op)":
		return true
	}
	return false
}

// carriesAfter reports a mention from i on that can carry to the next
// sentence.
func (st *state) carriesAfter(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start >= i && programSubject(m.subject) && st.carries(s, m) {
			return true
		}
	}
	return false
}

// detoxIsSetting reports a residential word said of detox named before it
// ("Detox at Clearwater is inpatient").
func detoxIsSetting(s *sentence, m mention) bool {
	for _, d := range s.mentions {
		// ("The next step after detox is residential treatment", "What
		// follows detox is inpatient rehab": detox as the step before.)
		if d.subject == Detox && d.end <= m.start && detoxSetting.MatchString(s.lower[d.end:m.start]) && !detoxStepWords[wordBefore(s.lower, d.start)] {
			return true
		}
	}
	return false
}

var detoxStepWords = wordSet("after", "follows", "following", "than", "beyond")

var detoxSetting = prefilter.MustCompile(`^\s*(?:at\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s+|here\s+)?(?:is|are)\s+(?:an?\s+|fully\s+|always\s+)?$|^\s*:\s*$`)

// onlyDetoxNamed reports a sentence naming detox and no other program.
func onlyDetoxNamed(s *sentence) bool {
	detox := false
	for _, m := range s.mentions {
		switch {
		case m.subject == Detox:
			detox = true
		case programSubject(m.subject) && !m.weak:
			return false
		}
	}
	return detox
}

// nextSentence is the lower-case sentence after s in its block ("" at
// its end).
func (st *state) nextSentence(s *sentence) string {
	if start, end, ok := nextSpan(s); ok {
		return st.lower[s.bi][start:end]
	}
	return ""
}

// prevSpan is where the sentence before s stands in its block's text; ok
// is false at the block's start.
func prevSpan(s *sentence) (start, end int, ok bool) {
	for _, sp := range s.block.Sentences {
		if sp.End > s.off {
			break
		}
		start, end, ok = sp.Start, sp.End, true
	}
	return start, end, ok
}

// nextSpan is where the sentence after s stands in its block's text; ok
// is false at the block's end.
func nextSpan(s *sentence) (start, end int, ok bool) {
	after := s.off + len(s.text)
	for _, sp := range s.block.Sentences {
		if sp.Start >= after {
			return sp.Start, sp.End, true
		}
	}
	return 0, 0, false
}

// pointsToPlace reports a sentence opening on "Here," or "There,".
func pointsToPlace(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "here,") || strings.HasPrefix(t, "there,") || strings.HasPrefix(t, "here you") || strings.HasPrefix(t, "in this program") ||
		afterTheMove.MatchString(t)
}

// afterTheMove opens a sentence on the time of a move told just before:
// "At that point treatment drops to …", "From then on, …", "After the
// switch, …".
var afterTheMove = prefilter.MustCompile(`^(?:at\s+that\s+(?:point|stage)|from\s+(?:then|that\s+point)\s+on|after\s+the\s+(?:move|switch|transition|step-down|step\s+down)|once\s+there)\b`)

// movedOnTo reports a program named as where a client moves on to:
// "move to an IOP", "step down to our PHP", "transition into IOP", "moved
// to the evening IOP", "then to IOP".
func movedOnTo(lower string, i int) bool {
	w, at := wordBeforeArticle(lower, i)
	if w != "to" && w != "into" {
		// (Past one word of kind: "the evening IOP".)
		if w == "" || strings.ContainsAny(lower[max(0, at-len(w)-2):at], ",;.") {
			return false
		}
		w, at = wordBeforeArticle(lower, lastIndex(lower[:at], w))
		if w != "to" && w != "into" {
			return false
		}
	}
	switch wordBefore(lower, lastIndex(lower[:at], w)) {
	case "move", "moves", "moving", "moved", "down", "transition", "transitions", "transitioning", "transitioned", "progress", "progresses", "progressed",
		"step", "steps", "transfer", "transfers", "transferred", "then":
		return true
	}
	// ("move from PHP into our IOP": past where the move starts.)
	k := lastIndex(lower[:at], w)
	return k >= 0 && movedFromInto.MatchString(lower[max(0, k-60):k+len(w)+1])
}

// movedFromInto ends on a move from one program to the next, up to "to"
// or "into": "move from PHP into ", "stepped down from residential to ".
var movedFromInto = prefilter.MustCompile(`\b(?:move|moves|moving|moved|step|steps|stepped|stepping|transition|transitions|transitioned|transitioning|progress|progresses|progressed|transfer|transfers|transferred)\s+(?:down\s+|up\s+)?from\s+(?:[a-z()-]+\s+){1,4}?(?:in)?to\s$`)

// lastProgramMention is the index of the last program s names, -1 when
// none.
func lastProgramMention(s *sentence) int {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if programSubject(s.mentions[i].subject) && !s.mentions[i].weak {
			return i
		}
	}
	return -1
}

// opensOnFigure reports a sentence opening on a pronoun for a program and
// its meeting ("They attend …", "It meets …", "Groups run …") or on a
// week's count of meetings standing alone ("Four nights a week, …",
// "Twice a week …"). ("They have already spent three weeks with us",
// "Six hours a day is a lot" look back on the program left.)
func opensOnFigure(lower string) bool {
	// (A quoted story's next line: "\"Three nights a week, …")
	lower = strings.TrimLeft(lower, " \"“‘'")
	return pronounMeets.MatchString(lower) || weekCountOpening.MatchString(lower)
}

// pronounMeets opens on a pronoun or the program's meetings and a verb of
// meeting.
var pronounMeets = prefilter.MustCompile(`^(?:they|it|groups|sessions)\s+(?:(?:usually|typically|generally|then|now|also|still|normally)\s+)?(?:attend|attends|meet|meets|run|runs|go|goes|come|comes|gather|gathers|are\s+held|is\s+held)\b`)

// weekCountOpening opens on a count of a week's meetings.
var weekCountOpening = prefilter.MustCompile(`^(?:once|twice|(?:one|two|three|four|five|six|seven|[1-7])\s+(?:days?|nights?|evenings?|mornings?|afternoons?|times|sessions?|groups?))\s+(?:a|per|each|every)\s+week\b`)

// joinedPair appends to out the last two programs s names joined by "or"
// or "and", with at most an article between ("a PHP or an IOP", "IOP and
// PHP"); out is left empty when there are none.
func joinedPair(s *sentence, out []Subject) []Subject {
	out = out[:0]
	var prev *mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if prev != nil && prev.subject != m.subject && prev.end <= m.start {
			conj, article, _ := strings.Cut(strings.Trim(s.lower[prev.end:m.start], " ,()"), " ")
			switch strings.TrimSpace(article) {
			case "", "a", "an", "the", "our":
				if conj == "or" || conj == "and" {
					out = append(out[:0], prev.subject, m.subject)
				}
			}
		}
		prev = m
	}
	return out
}

// noteWithdrawal keeps the substance whose withdrawal s names, for a
// sentence after it that points back ("It usually lasts …"); a sentence
// that points back itself keeps the one before.
func (st *state) noteWithdrawal(s *sentence) {
	if w := withdrawalNamed(s.lower); w != "" || st.withdrawnBlock != s.bi || !anaphoricOpening(s.lower) {
		st.withdrawn = w
	}
	st.withdrawnBlock = s.bi
}

// thisLasts opens a sentence on "This" (or "This step", "This process")
// and how long it lasts: "This usually takes", "This process can last".
var thisLasts = prefilter.MustCompile(`^this\s+(?:(?:step|stage|phase|process|part)\s+)?(?:(?:usually|typically|generally|often|normally|commonly|can|may|will)\s+)*(?:lasts?|takes?|runs?)\b`)

// endsOnFirstStep is the program s ends on as the step the care it
// speaks of begins with: "… begins with medical detox.", "… starts
// with detox and stabilization.".
func endsOnFirstStep(s *sentence) (mention, bool) {
	n := len(s.mentions)
	if n == 0 {
		return mention{}, false
	}
	m := s.mentions[n-1]
	if !programSubject(m.subject) || m.contrast || wordCount(strings.TrimRight(s.lower[m.end:], " .!")) > 2 {
		return mention{}, false
	}
	return m, firstStepBefore.MatchString(s.lower[max(0, m.start-50):m.start])
}

// firstStepBefore ends on a verb of beginning with, and at most two
// words between it and the step: "begins with medical ", "starts with ".
var firstStepBefore = prefilter.MustCompile(`\b(?:begins?|starts?|opens?|beginning|starting)\s+with\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}$`)
