package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

// state carries what subject resolution needs across sentences of one document.
type state struct {
	x   *Extractor
	doc *corpus.Document
	// topic is the page's main program, from its title and headings.
	topic Subject
	// last is the subject of the previous sentence, for pronouns;
	// lastProgram the last program named, for yes/no claims whose
	// previous sentence was about a therapy inside it.
	last, lastProgram Subject
	// section is the subject of the last heading that named one.
	section Subject
	// listSubject is what the list being read is about.
	listSubject Subject
	// question is the question sentence just read, for its answer.
	question string
	// prevPrograms are the programs the sentence just read named, in
	// order, for a "respectively" after it; spare is the other buffer.
	prevPrograms, spare []Subject
	// heading caches the subject a heading text names.
	heading map[string]Subject
	// table assigns blocks of a flattened comparison table to the program
	// of their column (see implicitTables).
	table map[int]Subject
	// mentions holds each block's mentions, found once per block and
	// shared by its sentences.
	mentions [][]mention
	// lower holds each block's text lowercased (ASCII only, so offsets hold).
	lower []string
}

func newState(x *Extractor, doc *corpus.Document) *state {
	st := &state{x: x, doc: doc, heading: map[string]Subject{}}
	st.topic = st.pageTopic()
	st.table = implicitTables(st.mentions, doc)
	return st
}

// pageTopic picks the program a page is about: title and headings weigh
// more than body mentions.
func (st *state) pageTopic() Subject {
	score := map[Subject]int{}
	add := func(ms []mention, w int) {
		for i, m := range ms {
			if !programSubject(m.subject) || m.contrast {
				continue
			}
			// "Outpatient Detox": the outpatient only says what kind of
			// detox the page is about.
			if m.weak && i+1 < len(ms) && ms[i+1].subject == Detox && ms[i+1].start-m.end <= 3 {
				continue
			}
			if !m.weak {
				score[m.subject] += w
			}
		}
	}
	add(st.x.terms.find(st.doc.Title, lowerASCII(st.doc.Title)), 5)
	st.mentions = make([][]mention, len(st.doc.Blocks))
	st.lower = make([]string, len(st.doc.Blocks))
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		st.lower[i] = lowerASCII(b.Text)
		st.mentions[i] = st.x.terms.find(b.Text, st.lower[i])
		switch b.Kind {
		case corpus.BlockTitle, corpus.BlockHeading:
			add(st.mentions[i], 3)
		default:
			add(st.mentions[i], 1)
		}
	}
	best, bestN := Subject(""), 0
	for _, s := range []Subject{IOP, PHP, OP, Residential} {
		if score[s] > bestN {
			best, bestN = s, score[s]
		}
	}
	// A detox page is about detox: detox comes before most programs, so
	// it is the topic only when it outweighs every program together.
	total := 0
	for _, s := range []Subject{IOP, PHP, OP, Residential} {
		total += score[s]
	}
	if score[Detox] > total {
		return Detox
	}
	return best
}

func (st *state) enterBlock(bi int, b *corpus.Block) {
	if b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle {
		// A heading that names a subject starts a section about it. One
		// that names none ("Duration & Frequency", or a short line a text
		// export took for a heading: "3 hours daily") keeps the subject of
		// the section it sits in.
		if subj := st.headingSubject(b.Text); subj != "" {
			st.last, st.section = subj, subj
			st.lastProgram = ""
			if programSubject(subj) && subj != Detox {
				st.lastProgram = subj
			}
		}
	}
	if b.Kind == corpus.BlockTableCell {
		st.last = ""
	}
	// A list that does not follow a lead-in ("Our IOP includes:") is
	// about its section's program, not about the paragraph before it.
	// Every item of a list is about what the list is about: "An IOP is a
	// great option for people who:" followed by "- have completed
	// residential treatment", "- need more than weekly therapy, but not
	// 24/7 supervision" speaks of the IOP in each item, whatever program
	// an earlier item named.
	switch {
	case b.Kind != corpus.BlockListItem:
		st.listSubject = ""
	case bi > 0 && st.doc.Blocks[bi-1].Kind != corpus.BlockListItem:
		prev := &st.doc.Blocks[bi-1]
		if !strings.HasSuffix(strings.TrimSpace(prev.Text), ":") && st.section != "" {
			st.last = st.section
		}
		st.listSubject = st.last
	case st.listSubject != "":
		st.last = st.listSubject
	}
	if _, ok := st.table[bi]; ok {
		st.last = ""
	}
}

func (st *state) sentence(bi int, b *corpus.Block, si int) *sentence {
	sp := b.Sentences[si]
	text := b.Text[sp.Start:sp.End]
	lower := st.lower[bi][sp.Start:sp.End]
	s := &sentence{doc: st.doc, block: b, bi: bi, off: sp.Start, text: text, lower: lower}
	for _, m := range st.mentions[bi] {
		if m.start >= sp.Start && m.end <= sp.End {
			m.start -= sp.Start
			m.end -= sp.Start
			s.mentions = append(s.mentions, m)
		}
	}
	s.qs = quantity.Parse(text)
	for i := range s.qs {
		if i+1 < len(s.qs) && s.qs[i+1].Qualifier == quantity.Vague && rangeTo(lower, s.qs[i].End, s.qs[i+1].Start) {
			// "from a few days to several weeks": the range's far end is
			// vague, so a value for the near end alone would cut it short.
			continue
		}
		vagueValue(&s.qs[i])
	}
	shareBound(s.qs, lower)
	elidedUnit(s.qs, lower)
	shareRate(s.qs, lower)
	// The frequency words join the quantities after masking: "daily" and
	// "weekly" stay visible as rate cues for the hours around them.
	s.masked = maskQuantities(lower, s.qs)
	if cr := clockRanges(text); len(cr) > 0 && !hasWord(lower, openingWords...) && !hasWord(lower, hoursOfOthers...) {
		s.qs = addFrequencies(s.qs, cr)
	}
	if hasFrequencyWord(lower) {
		s.qs = addFrequencies(s.qs, frequencyWords(lower, s.masked, s.qs))
	}
	s.provider = hasProviderVoice(lower)
	applyHeader(s, b)
	return s
}

// leaveSentence remembers the sentence's subject for a following pronoun:
// the first program it names, else the subject its quantities resolved to.
func (st *state) leaveSentence(s *sentence, resolved Subject) {
	// A subject met only as a contrast ("step down to our PHP, which
	// meets 5 days a week") held its own clause; it does not carry.
	if resolved != "" && !onlyContrast(s, resolved) {
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
	for _, m := range s.mentions {
		if st.carries(s, m) {
			// "They …" keeps the previous subject; "Most of our IOP
			// clients …" names its own within its first words.
			if st.last == "" || !startsWithPronoun(s.lower) || wordCount(s.lower[:m.start]) <= 4 {
				st.last = m.subject
			}
			return
		}
	}
}

// carries reports whether a mention can be what the next sentence is
// about: not a contrast, not detox (a step before most programs), not a
// program in an "of" phrase ("the benefits of residential care"), and a
// therapy only where it is the subject of its clause — "An IOP provides
// group and individual therapy" is still about the IOP.
func (st *state) carries(s *sentence, m mention) bool {
	// A bare "outpatient" in a section about the IOP or PHP is the kind
	// of care those are, not another program.
	if m.contrast || m.weak && (st.last == IOP || st.last == PHP) {
		return false
	}
	// Detox carries only where the sentence names no other program: it
	// is a step before most programs, and "detox, then IOP" is about the IOP.
	if m.subject == Detox {
		for _, o := range s.mentions {
			if programSubject(o.subject) && o.subject != Detox && !o.contrast {
				return false
			}
		}
		return true
	}
	if wordBefore(s.lower, m.start) == "of" || ofPhrase(s.lower, m.start) || listedExample(s.lower, m.start) {
		return false
	}
	if programSubject(m.subject) {
		return true
	}
	lo, _ := clauseBounds(s.lower, m.start, m.end)
	return opensClause(s.lower, lo, m.start, m.end)
}

// ofPhrase reports "of an inpatient program", "of the IOP".
func ofPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w != "a" && w != "an" && w != "the" && w != "our" && w != "their" {
		return false
	}
	k := strings.LastIndex(lower[:i], w)
	if wordBefore(lower, k) != "of" {
		return false
	}
	// "many of our IOP clients" is about the IOP's clients.
	q := wordBefore(lower, strings.LastIndex(lower[:k], "of"))
	return !quantifiers[q]
}

var quantifiers = wordSet("many", "most", "some", "all", "each", "one", "none", "few", "several", "half", "majority", "both", "any", "plenty", "lots", "of", "numerous", "countless", "number", "several", "plenty")

func (st *state) headingSubject(text string) Subject {
	if s, ok := st.heading[text]; ok {
		return s
	}
	// A heading about detox ("Outpatient Detox", "What to Expect in
	// Detox") is a detox section, unless it also names another program
	// ("IOP After Detox"), which is then what the section is about.
	var subj Subject
	for _, m := range st.x.terms.find(text, lowerASCII(text)) {
		if m.weak || m.contrast {
			continue
		}
		if m.subject != Detox {
			subj = m.subject
			break
		}
		if subj == "" {
			subj = Detox
		}
	}
	st.heading[text] = subj
	return subj
}

// resolve names the subject of the words at [start, end) in s.
// adjectival quantities ("one-hour individual sessions") belong to the noun
// right after them; want limits the subjects that may be chosen (yes/no
// claims are about programs, and for detox-offered detox is what is
// offered, not who offers it); nil allows any.
func (st *state) resolve(s *sentence, start, end int, adjectival bool, want func(Subject) bool) Subject {
	if want == nil {
		want = func(Subject) bool { return true }
	}
	usable := func(m mention) bool { return want(m.subject) && !m.contrast }
	b := s.block
	tableSubj, inTable := st.table[s.bi]
	if adjectival {
		for _, m := range s.mentions {
			if m.start >= end && m.start-end <= 40 && usable(m) && !punctBetween(s.lower[end:m.start]) {
				return m.subject
			}
		}
	}
	lo, hi := clauseBounds(s.lower, start, end)
	// "three hours of daily group therapy", "one hour of family therapy
	// weekly": the hours measure the therapy named right after "of" —
	// unless several are ("of group and individual therapy"), which is
	// the program's schedule.
	if m, ok := ofTherapy(s, end); ok && usable(*m) {
		return m.subject
	}
	// "Unlike residential care, which keeps you on-site": a relative
	// clause describes the program it hangs on, contrasted or not.
	if m := relativeHead(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	// "30 days in residential treatment and 8 weeks in IOP": a program
	// right after the quantity, behind "in" or "at", is where it holds.
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start >= end && m.start-end <= 12 && programSubject(m.subject) && usable(*m) && inPrepPhrase(s.lower, m.start) &&
			!punctBetween(s.lower[end:m.start]) && programBefore(s, lo, start) {
			if w := wordAfter(s.lower, end); w == "in" || w == "at" {
				return m.subject
			}
		}
		// "followed by 3 to 4 weeks in day or evening IOP": the program
		// may carry a few modifiers after the preposition.
		if m.start >= end && programSubject(m.subject) && usable(*m) && prepThenModifiers(s.lower[end:m.start]) && !partBefore(s, lo, start) && !setting(s.lower, *m) {
			return m.subject
		}
	}
	// The nearest mention before, inside the clause.
	var before, after *mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if !usable(*m) {
			continue
		}
		if m.end <= start && m.start >= lo {
			before = m
		}
		// A mention after the words only governs them when it is close:
		// "sessions last an hour in our IOP", not a noun a clause later,
		// nor a setting ("takes 3-10 days in an inpatient setting").
		if m.start >= end && m.end <= hi && m.start-end <= 50 && after == nil && !setting(s.lower, *m) {
			after = m
		}
	}
	// "Individual therapy in the IOP lasts an hour": a program named in a
	// prepositional phrase qualifies the subject before it, it is not the subject.
	if before != nil && programSubject(before.subject) && inPrepPhrase(s.lower, before.start) {
		for i := len(s.mentions) - 1; i >= 0; i-- {
			m := &s.mentions[i]
			if m.end <= before.start && m.start >= lo && usable(*m) {
				if !programSubject(m.subject) {
					before = m
				}
				break
			}
		}
	}
	// "Standard outpatient treatment involves group therapy sessions
	// once a week": a therapy named after the clause's verb is what the
	// program does; it is the subject only where it opens its clause
	// ("Individual therapy sessions last an hour").
	// "… and individual therapy once weekly": an individual or family
	// therapy right before its own figure is that figure's subject. (Group
	// therapy in a program is the program's meetings.)
	ownFigure := before != nil && before.subject != GroupTherapy && strings.TrimSpace(s.lower[before.end:start]) == ""
	if before != nil && !programSubject(before.subject) && !ownFigure && !opensClause(s.lower, lo, before.start, before.end) {
		var program *mention
		for i := len(s.mentions) - 1; i >= 0; i-- {
			m := &s.mentions[i]
			if m.end <= before.start && programSubject(m.subject) && usable(*m) && m.subject != Detox {
				program = m
				break
			}
		}
		switch {
		case program != nil:
			before = program
		case programSubject(st.last) && st.last != Detox && want(st.last):
			// "Adolescents in the program will go to group therapy three
			// days a week", in a section about the IOP.
			return st.last
		case st.lastProgram != "" && want(st.lastProgram):
			return st.lastProgram
		}
	}
	pick := func(m *mention) (Subject, bool) {
		if m == nil {
			return "", false
		}
		// A table column names the program; a program named inside a cell
		// is usually a comparison ("step down from PHP").
		if inTable && programSubject(m.subject) {
			return tableSubj, true
		}
		// "outpatient care with sessions 3 to 5 days a week" in a section
		// about the IOP: IOP and PHP are outpatient care too.
		if m.weak && (st.last == IOP || st.last == PHP) {
			return st.last, true
		}
		return m.subject, true
	}
	if subj, ok := pick(before); ok {
		return subj
	}
	// "9–15 hours per week of group and individual therapy": therapies
	// listed after "of" are what the hours hold, not whose they are.
	if after != nil && !programSubject(after.subject) && hasWord(s.lower[end:after.start], "of") {
		after = nil
	}
	if !startsWithPronoun(s.lower[lo:]) {
		if subj, ok := pick(after); ok {
			return subj
		}
	}
	if inTable {
		return tableSubj
	}
	if b.Kind == corpus.BlockTableCell {
		if subj, ok := st.cellSubject(b); ok && want(subj) {
			return subj
		}
	}
	// "Rehab programs usually last 30 to 45 days" after a sentence about
	// detox: a clause with a generic subject of its own is about the
	// page's program, not the previous sentence's.
	switch genericSubject(s.masked[lo:start]) {
	case "rehab":
		if st.topic != "" && st.topic != Detox && want(st.topic) {
			return st.topic
		}
		return Other
	case "recovery":
		// "the full recovery journey spans 6 to 12 months": a person's
		// recovery, not any program's length.
		return Other
	}
	// Mentions in earlier clauses of the same sentence are nearer than
	// the previous sentence: "PHPs give intensive care while they let
	// clients live at home".
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := s.mentions[i]; m.end <= start && usable(m) && st.carries(s, m) {
			return m.subject
		}
	}
	// In a section about another program, a detox named in passing does
	// not become what "the program" means.
	if st.last == Detox && st.section != "" && st.section != Detox && want(st.section) {
		return st.section
	}
	if st.last != "" && want(st.last) {
		return st.last
	}
	if st.lastProgram != "" && want(st.lastProgram) {
		return st.lastProgram
	}
	for i := len(b.Headings) - 1; i >= 0; i-- {
		if subj := st.headingSubject(b.Headings[i]); subj != "" {
			return subj
		}
	}
	if st.topic != "" {
		return st.topic
	}
	return Other
}

// inPrepPhrase reports whether the mention at i follows "in the", "at our", "of an" ….
func inPrepPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "the" || w == "an" || w == "a" || w == "our" || w == "their" || w == "your" {
		w = wordBefore(lower, strings.LastIndex(lower[:i], w))
	}
	switch w {
	case "in", "at", "of", "within", "during", "inside", "throughout":
		return true
	}
	return false
}

// partBefore reports a therapy or other part of a program named in the
// clause before start: "Individual sessions last an hour in our IOP" is
// about the sessions.
func partBefore(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && !programSubject(m.subject) && !m.contrast {
			return true
		}
	}
	return false
}

// prepThenModifiers reports text that is a preposition and at most three
// modifiers of the program named after it: " in day or evening ", " of ".
func prepThenModifiers(between string) bool {
	ws := strings.Fields(between)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	switch ws[0] {
	case "in", "at", "of":
	default:
		return false
	}
	for _, w := range ws[1:] {
		if !programModifiers[w] {
			return false
		}
	}
	return true
}

var programModifiers = wordSet("the", "a", "an", "our", "day", "evening", "morning", "or", "and", "virtual", "in-person", "adult", "adolescent", "teen")

func punctBetween(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', '.', ':', '(', ')', '!', '?':
			return true
		}
	}
	return false
}

var pronouns = []string{"they", "it", "it's", "it’s", "this", "these", "those", "such", "the program", "the programs", "this program", "these programs", "each program", "others", "some", "most", "in most cases", "typically", "generally", "usually"}

func startsWithPronoun(lower string) bool {
	t := trimLeftWords(lower)
	for _, p := range pronouns {
		if len(t) >= len(p) && t[:len(p)] == p && wordAt(t, 0, len(p)) {
			return true
		}
	}
	return false
}

// cellSubject names the program a table cell is about: the program its row
// names (detox included: a "Detox" row states detox's own length), else
// its column's. A row that names no program ("2-week rehab") is about
// something else, not about the page's topic.
func (st *state) cellSubject(b *corpus.Block) (Subject, bool) {
	for _, h := range []string{b.RowHeader, b.ColHeader} {
		ms := st.x.terms.find(h, lowerASCII(h))
		for _, m := range ms {
			// A row headed just "Outpatient" beside IOP and PHP rows is
			// standard outpatient care.
			if programSubject(m.subject) && (!m.weak || len(ms) == 1 && wordCount(h) <= 3) {
				return m.subject, true
			}
		}
	}
	if b.RowHeader != "" {
		return Other, true
	}
	return "", false
}

// rangeTo reports that only "to" (or a dash, "through") joins two
// quantities.
func rangeTo(lower string, end, start int) bool {
	if start < end {
		return false
	}
	switch strings.TrimSpace(lower[end:start]) {
	case "to", "-", "–", "—", "through", "or":
		return true
	}
	return false
}

// vagueValue gives the vague counts people read as numbers their usual
// value: "a few times a week" is 2–4, "a couple of hours" 2. "Several"
// and "many" stay vague: readers do not agree on them.
func vagueValue(q *quantity.Quantity) {
	if q.Qualifier != quantity.Vague {
		return
	}
	t := lowerASCII(q.Text)
	lo, hi := 0.0, 0.0
	switch {
	case strings.Contains(t, "few"):
		lo, hi = 2, 4
	case strings.Contains(t, "couple"):
		lo, hi = 2, 2
	default:
		return
	}
	q.Min, q.Max, q.HasMin, q.HasMax, q.Qualifier = lo, hi, true, true, quantity.Approx
}

func hasFrequencyWord(lower string) bool {
	return strings.Contains(lower, "daily") || strings.Contains(lower, "weekly") || strings.Contains(lower, "every")
}

// maskQuantities blanks the quantities out of lower.
func maskQuantities(lower string, qs []quantity.Quantity) string {
	if len(qs) == 0 {
		return lower
	}
	m := []byte(lower)
	for _, q := range qs {
		for i := q.Start; i < q.End; i++ {
			m[i] = ' '
		}
	}
	return string(m)
}

// ofTherapy finds a therapy named right after "of" behind the words
// ending at end, with at most one word between ("of daily group therapy").
func ofTherapy(s *sentence, end int) (*mention, bool) {
	if wordAfter(s.masked, end) != "of" {
		return nil, false
	}
	of := indexFrom(s.masked, "of", end) + 2
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start < of || programSubject(m.subject) {
			continue
		}
		gap := strings.TrimSpace(s.lower[of:m.start])
		if strings.Contains(gap, " ") || strings.ContainsAny(gap, ",;.()") {
			return nil, false
		}
		// "of group and individual therapy": the program's, not one therapy's.
		rest := strings.TrimSpace(s.lower[m.end:])
		if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") || strings.HasPrefix(gap, "group") {
			return nil, false
		}
		return m, true
	}
	return nil, false
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
		// "outpatient" there is the kind of care, not another program.
		if m.weak {
			return nil
		}
		between := s.lower[m.end:start]
		t := strings.TrimLeft(between, " ")
		for _, w := range []string{"care", "treatment", "rehab", "programs", "program"} {
			t = strings.TrimLeft(strings.TrimPrefix(t, w), " ")
		}
		t = strings.TrimLeft(t, ", ")
		if (strings.HasPrefix(t, "which ") || strings.HasPrefix(t, "that ") || strings.HasPrefix(t, "where ")) && !strings.ContainsAny(t, ",;.") {
			return m
		}
		return nil
	}
	return nil
}

// programBefore reports a program mention in [lo, start): the clause
// already spoke of one program, so a second one after a quantity starts a
// coordinated claim ("30 days in residential and 8 weeks in IOP").
func programBefore(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// shareBound carries a bound over "or": "at least three hours a day or 12
// hours per week" bounds both amounts.
func shareBound(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		a, b := &qs[i-1], &qs[i]
		if strings.TrimSpace(lower[a.End:b.Start]) != "or" || b.Qualifier != quantity.Exact || b.Min != b.Max {
			continue
		}
		switch a.Qualifier {
		case quantity.AtLeast:
			b.Qualifier, b.HasMax = quantity.AtLeast, false
		case quantity.UpTo:
			b.Qualifier, b.HasMin = quantity.UpTo, false
		}
	}
}

// setting reports a program word used for a place: "in an inpatient or
// outpatient setting", "a residential facility".
func setting(lower string, m mention) bool {
	w := wordAfter(lower, m.end)
	if w == "or" || w == "and" {
		w = wordAfter(lower, m.end+len(w)+1)
		w = wordAfter(lower, indexFrom(lower, w, m.end)+len(w))
	}
	switch w {
	case "setting", "settings", "facility", "facilities", "center", "centers", "environment", "unit", "hospital":
		return true
	}
	return false
}

// genericSubject reports a clause that opens on a generic name for
// treatment: "rehab programs", "the core treatment window for addiction
// rehab", "the recovery journey".
func genericSubject(pre string) string {
	f := strings.FieldsFunc(strings.TrimLeft(pre, " ,"), func(r rune) bool { return r == ' ' || r == '—' || r == '–' })
	for i, w := range f {
		if i >= 6 {
			break
		}
		switch strings.Trim(w, ",.:;()") {
		case "rehab", "rehabs", "rehabilitation":
			// "Programs" and "treatment" mostly point back at the
			// section's program ("most programs last 3-10 days" under a
			// detox heading); "rehab" names treatment in general.
			return "rehab"
		case "recovery":
			return "recovery"
		case "is", "are", "was", "last", "lasts", "takes", "take", "usually", "typically", "generally", "often":
			return ""
		}
	}
	return ""
}

// shareRate carries a rate along a list of amounts of one unit: "6-8
// hours daily in full-day programs, 3-5 hours in half-day programs, or
// 1-2 hours in remote sessions". It also gives a weekly rate to hours
// restated in parentheses after days of the week: "3-5 half days per week
// (10+ hours)".
func shareRate(qs []quantity.Quantity, lower string) {
	for i := 1; i < len(qs); i++ {
		b := &qs[i]
		// The amount before it, past parts of a day named on the way
		// ("6-8 hours daily in full-day programs, 3-5 hours in …").
		k := i - 1
		for k > 0 && qs[k].Adjectival && qs[k].Unit != b.Unit {
			k--
		}
		a := &qs[k]
		if b.Per != quantity.None || a.Per == quantity.None || b.Adjectival {
			continue
		}
		between := lower[a.End:b.Start]
		switch {
		case strings.TrimSpace(between) == "(" && a.Per == quantity.Week && b.Unit == quantity.Hour:
			b.Per = quantity.Week
		case a.Unit == b.Unit && len(between) <= 40 && !strings.ContainsAny(between, ";.:") &&
			(strings.Contains(between, ",") || hasWord(between, "or", "and")) && !ownRateAfter(lower, b.End):
			b.Per = a.Per
		}
	}
}

// hoursOfOthers are times of day that are not the program's: visitors',
// the office's.
var hoursOfOthers = []string{"visiting hours", "visitation", "visitors", "visits", "visiting", "office hours", "business hours"}

// elidedUnit reads a bare range with a rate after it as the unit named
// just before it: "more hours—often 9 to 15 weekly", "hours, typically 9
// to 12 per week".
func elidedUnit(qs []quantity.Quantity, lower string) {
	for i := range qs {
		q := &qs[i]
		if q.Unit != quantity.None || q.Qualifier == quantity.Vague {
			continue
		}
		rest := strings.TrimLeft(lower[q.End:], " ")
		var per quantity.Unit
		n := 0
		switch {
		case strings.HasPrefix(rest, "weekly"):
			per, n = quantity.Week, len("weekly")
		case strings.HasPrefix(rest, "per week"), strings.HasPrefix(rest, "a week"), strings.HasPrefix(rest, "each week"):
			per, n = quantity.Week, strings.IndexByte(rest, 'k')+1
		case strings.HasPrefix(rest, "daily"):
			per, n = quantity.Day, len("daily")
		case strings.HasPrefix(rest, "per day"), strings.HasPrefix(rest, "a day"), strings.HasPrefix(rest, "each day"):
			per, n = quantity.Day, strings.IndexByte(rest, 'y')+1
		default:
			continue
		}
		pre := lower[max(0, q.Start-30):q.Start]
		if !strings.Contains(pre, " hours") && !strings.Contains(pre, " hrs") {
			continue
		}
		q.Unit, q.Per = quantity.Hour, per
		q.End = len(lower) - len(rest) + n
		q.Text = lower[q.Start:q.End]
	}
}

// ownRateAfter reports a rate cue in the phrase after an amount ("9 to
// 15 hours of treatment each week"): the amount has its own rate.
func ownRateAfter(lower string, end int) bool {
	_, ok := rateAfter(lower[end:])
	return ok
}

// listedExample reports a program named in a list of examples ("many
// forms, including residential rehab, outpatient rehab and partial
// hospitalization"): the sentence is about all of them, and none is what
// the next sentence is about.
func listedExample(lower string, i int) bool {
	lo, _ := clauseBounds(lower, i, i)
	pre := lower[lo:i]
	k := strings.LastIndexAny(pre, ".;:")
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
