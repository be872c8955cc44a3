package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// resolve names the subject of the words at [start, end) in s.
// adjectival quantities ("one-hour individual sessions") belong to the noun
// right after them; want limits the subjects that may be chosen (yes/no
// claims are about programs, and for detox-offered detox is what is
// offered, not who offers it); nil allows any.
func (st *state) resolve(s *sentence, start, end int, adjectival bool, want func(Subject) bool) Subject {
	if want == nil {
		want = func(Subject) bool { return true }
	}
	// "Across groups, individual therapy and case management, clients
	// receive about 12 hours a week": the parts listed up front add up
	// to the program's figure; none of them owns it.
	if e := frontedList(s.lower); e > 0 && e <= start {
		prev := want
		want = func(x Subject) bool { return x != IndividualTherapy && x != GroupTherapy && prev(x) }
	}
	// "Hours per week: 12, plus individual therapy": what is added
	// after the figure is not what the figure measures.
	// ("Individual therapy sessions, including psychiatric follow-up,
	// last 50 minutes": a visit named as a part of them is not what
	// the figure measures.)
	usable := func(m mention) bool {
		return want(m.subject) && !m.contrast && !(m.start >= end && (addedAfter(s.lower[end:m.start]) || therapySubject(m.subject) && contentsAfter(s.lower[end:m.start]))) && !levelLeftOff(s.lower, m) && !(m.weak && predicateOfProgram(s, m)) && !kindOfCare(s, m) &&
			!(m.subject == Other && prescriberVisit(s.lower[m.start:m.end]) && includedPart(s.lower, m.start))
	}
	if subj, ok := insideUnlike(s, start, end, want); ok {
		return subj
	}
	// "between conventional outpatient therapy (perhaps once a week) and
	// residential care", "Below it is regular outpatient counseling —
	// typically one session a week": a figure in brackets, or after a dash,
	// right after a program's name describes that program, even one
	// named only to set the page's program against it.
	if m := describedAfterName(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	b := s.block
	tableSubj, inTable := st.table[s.bi]
	// "| Medical detox | 10-14 days | Inpatient, 24/7 nursing |": the row
	// names the program; a cell's "inpatient" or "residential" says where.
	if b.Kind == corpus.BlockTableCell && b.RowHeader != "" && strings.TrimSpace(b.Text) != strings.TrimSpace(b.RowHeader) {
		if subj, ok := st.namedInCell(b.RowHeader); ok && want(subj) && onlySettingsIn(s) {
			return subj
		}
	}
	if adjectival {
		for _, m := range s.mentions {
			// "step down to weekly outpatient counseling": the figure
			// right before a program modifies it, contrasted or not.
			// ("The PHP is a three-week program, which holds group
			// therapy": what a relative clause says it holds is not
			// what the figure names.)
			if m.start >= end && m.start-end <= 40 && (usable(m) || m.contrast && want(m.subject) && m.start-end <= 2) && !punctBetween(s.lower[end:m.start]) &&
				!hasWord(s.lower[end:m.start], "that", "which", "including", "includes", "include", "holds", "with") {
				return m.subject
			}
		}
	}
	// "Compared to IOP's 9 hours a week, PHP requires at least 20": a
	// figure right after a program's possessive is that program's, even
	// where the program is named as a contrast.
	for i := range s.mentions {
		if m := &s.mentions[i]; m.end <= start && want(m.subject) && possessiveBefore(s.lower, m.start, m.end, start) {
			return m.subject
		}
	}
	// "Lots of residents continue in our IOP after discharge; it meets
	// three evenings a week": the pronoun opening a clause after a
	// semicolon is the program named last before it.
	if m := pronounAfterSemicolon(s, start, usable); m != nil {
		return m.subject
	}
	// "A few residential programs take 30 days, while others take twelve
	// weeks": "others" opening the clause stands for the programs of the
	// clause before it.
	if m := othersBefore(s, start, usable); m != nil {
		return m.subject
	}
	lo, hi := clauseBounds(s.lower, start, end)
	// "Fewer than nine hours is routine outpatient care, and 20 hours or more a
	// week is partial hospitalization": a figure opening its clause and
	// said to be a level of care is that level's, not the one the clause
	// before it named.
	if m := levelNamedAfter(s, lo, start, end, usable); m != nil {
		return m.subject
	}
	// "Once a week, individual therapy sessions are held": a figure
	// fronted before its clause's subject is that subject's.
	// ("On Tuesdays and Thursdays, clients go to community recovery
	// meetings": so is a day fronted after "on".)
	if pre := strings.Trim(s.lower[:start], " •*-–—"); (pre == "" || pre == "on") && strings.HasPrefix(s.lower[end:], ",") {
		for i := range s.mentions {
			// (Not past the program's own meetings: "On Mondays and
			// Wednesdays, clients attend group and a recovery meeting".)
			// (Nor past what comes next: "Six to eight weeks, after which
			// most clients continue with outpatient counseling" answers
			// for the program asked about.)
			if m := &s.mentions[i]; m.start > end && usable(*m) && !strings.ContainsAny(s.lower[end+1:m.start], ",;") && !(pre == "on" && hasWord(s.lower[end:m.start], "group", "groups", "session", "sessions", "program", "treatment")) &&
				!comesNext(s.lower[end:m.start]) {
				return m.subject
			}
		}
	}
	// "three hours of daily group therapy", "one hour of family therapy
	// weekly": the hours measure the therapy named right after "of" —
	// unless several are ("of group and individual therapy"), which is
	// the program's schedule.
	// ("a total of nine hours of group therapy each week" is the
	// program's week, added up.)
	// ("Standard outpatient means 10 to 12 hours a week of group therapy":
	// a program's groups are its meetings, and their hours its own.)
	// ("Recovery IOP" over "About 12 hours a week of group therapy for
	// adults in early recovery": a program's line opening on its week of
	// groups is the program's.)
	if m, ok := ofTherapy(s, end); ok && usable(*m) && !totalBefore(s.lower, start) && !(m.subject == GroupTherapy && summedWeek(s.lower, start, end)) && !(m.subject == GroupTherapy && programMeans(s, lo, start)) &&
		!(m.subject == GroupTherapy && onlyHedges(s.lower[:start]) && programSubject(st.section) && st.section != Detox && st.headedByProgram(s) && wholeWeekOfGroups(s, start, end)) {
		return m.subject
	}
	// "- 6 hours/wk of group", a line of a week's parts opening on the
	// figure: the groups' hours, as "of group therapy" are ("of
	// groups and therapy" is the program's week, and "each day adds up
	// to 2.5 hours of groups" the program's day).
	if strings.TrimLeft(s.lower[:start], " -•*") == "" && groupsOnly.MatchString(s.lower[end:]) && want(GroupTherapy) {
		return GroupTherapy
	}
	// "Total: 9 hours a week over two days" under a timetable whose last
	// row was a process group: the week added up is the program's.
	// (Not under a section of a therapy or of an add-on: "Individual
	// therapy add-on" over its rows and their total.)
	// (Nor after rows of a support group: "alumni support group" then
	// "Total: 90 minutes a week" is the group's.)
	if len(s.mentions) == 0 && !therapySubject(st.section) && st.section != Other && st.last != SupportGroup && st.last != Other && totalLabel(s) {
		if p := st.programInView(); p != "" && want(p) {
			return p
		}
	}
	// "Most clients then step down to our IOP (two days a week, four
	// hours a day)": figures in brackets opened right after a program are that
	// program's.
	if m := bracketedAfter(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	// "from 2 hours per week (standard outpatient) to 25 hours per week
	// (IOP or PHP)": a bracket
	// right after the figure that names programs and nothing else says
	// whose it is; two or more programs share it, and none of them alone
	// holds it.
	if subj, ok := bracketNamesPrograms(s, end); ok && (subj == Other || want(subj)) {
		return subj
	}
	// "Unlike residential treatment, which keeps you on-site": a relative
	// clause describes the program it hangs on, contrasted or not.
	if m := relativeHead(s, start); m != nil && want(m.subject) && !kindOfCare(s, *m) {
		return m.subject
	}
	// "Clients then step down to our PHP, five days a week for about a
	// month": figures set right after the program a client moves to
	// describe it.
	// "… step down to our IOP after three weeks, and then to outpatient
	// treatment once a week": the outpatient care moved to, its noun and
	// the figure right after it.
	if m := movedToOutpatient(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	if m := appositiveHead(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	// "Graduates step down to a weekly continuing-care group for six
	// months": the time in the group stepped down to.
	if m := steppedToFor(s, start); m != nil {
		return m.subject
	}
	// "at least 9 hours a week for IOP and 20 hours a week for PHP": a
	// program right behind "for", after another program in the clause,
	// is the one the figure is required of.
	for i := range s.mentions {
		if m := &s.mentions[i]; m.start >= end && programSubject(m.subject) && usable(*m) && strings.TrimSpace(s.lower[end:m.start]) == "for" && programBefore(s, lo, start) {
			return m.subject
		}
	}
	// "30 days in residential treatment and 8 weeks in IOP": a program
	// right after the quantity, behind "in" or "at", is where it holds.
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start >= end && m.start-end <= 12 && programSubject(m.subject) && usable(*m) && inPrepPhrase(s.lower, m.start) &&
			!punctBetween(s.lower[end:m.start]) && programBefore(s, lo, start) && !setting(s.lower, *m) {
			if w := wordAfter(s.lower, end); w == "in" || w == "at" {
				return m.subject
			}
		}
		// "followed by 3 to 4 weeks in evening or day IOP": the program
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
		// ("Inpatient detox takes place in a hospital or residential
		// facility where nurses provide 24-hour care": a setting named on
		// the way is where, not what.)
		if m.end <= start && m.start >= lo && !(before != nil && before.subject == Detox && m.subject != Detox && setting(s.lower, *m)) {
			before = m
		}
		// A mention after the words only governs them when it is close:
		// "sessions last an hour in our IOP", not a noun a clause later,
		// nor a setting ("takes 3-10 days in an inpatient setting").
		// ("Teens do not stay overnight, and we do not provide detox":
		// not across a comma into the next clause.)
		if m.start >= end && m.end <= hi && m.start-end <= 50 && after == nil && !setting(s.lower, *m) && !strings.ContainsAny(s.lower[end:m.start], ",;") {
			after = m
		}
	}
	// ("Detox, which often comes before residential treatment, usually
	// takes three to seven days": a program named inside a relative
	// clause set off by commas is not the subject the clause hangs on.)
	if before != nil && s.mentions[0].start < before.start && insideRelativeOfOpener(s, before.start, start, usable) {
		before = &s.mentions[0]
	}
	if before != nil {
		if m := asideOwner(s, before, lo, start, usable); m != nil {
			before = m
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
	// "Our IOP includes psychiatry appointments and meets three days a
	// week": a verb joined by "and" shares the clause's subject, not the
	// object named before it.
	if before != nil && !programSubject(before.subject) && sharesSubject(s.lower[before.end:start]) {
		for i := range s.mentions {
			if m := &s.mentions[i]; m.end <= before.start && m.start >= lo && programSubject(m.subject) && usable(*m) && opensClause(s.lower, lo, m.start, m.end) {
				before = m
				break
			}
		}
	}
	// "Standard outpatient care means a group therapy session once a
	// week": a therapy named after the clause's verb is what the
	// program does; it is the subject only where it opens its clause
	// ("Individual therapy sessions last an hour").
	// "… and individual therapy once weekly": an individual or family
	// therapy right before its own figure is that figure's subject. (Group
	// therapy in a program is the program's meetings.)
	// ("Clients attend group and individual sessions three days a week":
	// therapies named together are the program's schedule.)
	ownFigure := before != nil && before.subject != GroupTherapy && (strings.TrimSpace(s.lower[before.end:start]) == "" || heldWords(s.lower[before.end:start], s.lower[start:end])) &&
		!therapyJoined(s, before)
	// (Care beside the program — an alumni group, family sessions —
	// keeps its own figure: "join our alumni group at no cost, which
	// meets for one hour each week".)
	// ("We also offer individual counseling during the day, usually one
	// session a week": a service offered beside the program keeps its
	// figure too.)
	if before != nil && !programSubject(before.subject) && before.subject != Other && before.subject != SupportGroup && !ownFigure &&
		(!opensClause(s.lower, lo, before.start, before.end) || listedAfter(s, before)) && !(before.subject != GroupTherapy && offeredBeside(s.lower[lo:before.start]) && !programBefore(s, lo, before.start)) {
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
			// "Adolescents in this program attend group therapy three
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
		// "outpatient care, with sessions 3 to 5 days a week" in a section
		// about the IOP: IOP and PHP are outpatient care too.
		// A sentence that opens with it ("Outpatient therapy meets once a
		// week") is about outpatient care itself.
		// ("… stepped from a hospital stay into an outpatient program that
		// met three times a week": one outpatient program, with a
		// schedule of its own, is not the section's.)
		if m.weak && programOfItsOwn(s.lower, *m) {
			return m.subject, true
		}
		// ("# Intensive Outpatient Program" / "Our outpatient program
		// meets three days a week": the provider's own outpatient care,
		// under the heading of its IOP, is the IOP.)
		// ("A PHP brings the greatest outpatient intensity, with …" after
		// a line on the IOP: a program that opens the sentence, named
		// plainly, comes first.)
		strong := strongBefore(s, m)
		opener := strong != nil && !s.mentions[0].weak && s.mentions[0].subject == strong.subject && opensSentence(s.lower, s.mentions[0].start)
		if m.weak && !opener && (st.last == IOP || st.last == PHP) && (!opensSentence(s.lower, m.start) || ownUnderHeading(st, s, m)) {
			return st.last, true
		}
		if strong != nil {
			return strong.subject, true
		}
		return m.subject, true
	}
	// "Detox takes a week, so when rehab only lasts 28 days, …": the
	// figure's own predicate is said of rehab, treatment at large, not of
	// the program named before it.
	// (Rehab set beside another program is residential care on a
	// residential page, and treatment at large on others: "Detox may
	// take a week, and rehab lasts 30 days" on an IOP page is not the
	// IOP's.)
	if before != nil && rehabPredicate.MatchString(s.masked[before.end:start]) {
		if st.topic == Residential && want(st.topic) {
			return st.topic
		}
		return Other
	}
	if subj, ok := pick(before); ok {
		return subj
	}
	// "9–15 hours per week of individual and group therapy": therapies
	// listed after "of" are what the hours hold, not whose they are.
	// ("six hours, with group therapy and individual sessions": so are
	// those listed after "with" or "including".)
	// ("lasts three hours and combines group therapy, a skills lesson
	// …": the therapy is the object of a predicate of its own.)
	if after != nil && !programSubject(after.subject) && hasWord(s.lower[end:after.start], "of", "with", "including", "and", "includes", "combines", "covers") {
		after = nil
	}
	// ("Duration: 10 weeks (30 group sessions)": a count in brackets
	// after the figure says what the span holds, not whose it is.)
	if after != nil && !programSubject(after.subject) && countInBracket(s.lower[end:after.start]) {
		after = nil
	}
	// "discharged after as little as three days and continue care in an
	// outpatient program": a program after "and" belongs to the next
	// predicate.
	if after != nil && programSubject(after.subject) && hasWord(s.lower[end:after.start], "and") && !prepThenModifiers(s.lower[end:after.start]) {
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
	// "• Medical detox — usually five to seven days": the program that
	// labels the line owns a figure its clause leaves unnamed.
	// (A bare "outpatient" label, "Outpatient sessions — Tuesday …" under
	// "IOP schedule", may be the section's IOP.)
	if label, e := s.label(); e > 0 && e <= start {
		if p, weak := labelPrograms(st, s); p != "" && want(p) && !weak {
			return p
		}
		// "- Individual: one 45-minute visit weekly": a label of
		// the kind of session alone, the line naming nothing else.
		// ("- Individual: three days a week" names a track, "Individual:
		// Monday through Friday" a desk's hours: only a session is; and
		// only on a line of one sentence, which the label heads.)
		if l := strings.ToLower(strings.TrimSpace(label)); (l == "individual" || l == "one-on-one") && want(IndividualTherapy) && len(s.block.Sentences) == 1 &&
			hasWord(s.lower[e:], "session", "sessions", "visit", "visits", "appointment", "appointments") &&
			!slices.ContainsFunc(s.mentions, func(m mention) bool { return m.start >= e }) {
			return IndividualTherapy
		}
	}
	if b.Kind == corpus.BlockTableCell {
		if subj, ok := st.cellSubject(s.bi); ok && want(subj) {
			return subj
		}
	}
	// "Our core program is a 28-day stay" after a section on the detox
	// that comes first: the page's own program.
	if pre := s.masked[lo:start]; (strings.Contains(pre, "core program") || strings.Contains(pre, "main program") || strings.Contains(pre, "primary program") ||
		strings.Contains(pre, "flagship program") || strings.Contains(pre, "standard program")) && programSubject(st.topic) && st.topic != Detox && want(st.topic) {
		return st.topic
	}
	// "After our IOP ends, graduates meet weekly": figures of what comes
	// after a program are no program's.
	for _, m := range s.mentions {
		if m.ended && m.end <= start {
			// ("…, clients move into one of our residential lodges":
			// the program the words themselves name.)
			for _, o := range s.mentions {
				if o.start >= start && o.end <= end && usable(o) && programSubject(o.subject) {
					return o.subject
				}
			}
			// ("Step two: residential care. After detox, clients move
			// into one of our cabins": the program the sentence before
			// spoke of, when it is not the one left behind.)
			if programSubject(st.last) && st.last != m.subject && want(st.last) {
				return st.last
			}
			return Other
		}
	}
	// "Rehab programs usually last 30 to 45 days" after a sentence about
	// detox: a clause with a generic subject of its own is about the
	// page's program, not the previous sentence's.
	switch genericSubject(s.masked[lo:start], s.masked[start:]) {
	case "rehab":
		if st.topic != "" && st.topic != Detox && want(st.topic) {
			return st.topic
		}
		return Other
	case "recovery":
		// "the full recovery journey spans 6 to 12 months": a person's
		// recovery, not any program's length.
		return Other
	case "program":
		// "Some programs may last six months" after a sentence about
		// individual therapy: programs are the section's programs, not
		// the therapy inside them.
		if st.last != "" && !programSubject(st.last) {
			for _, subj := range []Subject{st.lastProgram, st.section, st.topic} {
				if programSubject(subj) && want(subj) {
					return subj
				}
			}
		}
	}
	// Mentions in earlier clauses of the same sentence are nearer than
	// the previous sentence: "PHPs give intensive care while they let
	// clients live at home".
	// ("Participants receive many of the same services found in
	// inpatient care, but they return home each night": a pronoun
	// opening the clause points at the sentence's subject, not at a
	// program named in passing.)
	pronounClause := startsWithPronoun(s.lower[lo:])
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := s.mentions[i]; m.end <= start && usable(m) && st.carries(s, m) && !(pronounClause && lo > 0 && !opensSentence(s.lower, m.start)) &&
			!(i > 0 && insideRelativeOfOpener(s, m.start, start, usable)) {
			return m.subject
		}
	}
	// "Most residents stay 28 to 45 days" after a sentence about detox:
	// residents are the residential program's clients. (A sober home's
	// are not a program's, on its page or after "Our sober living homes
	// …".)
	// ("Most residents stay three to five days" on a detox page, under
	// "How long is detox?": a stay of days there is the detox.)
	// (On a residential program's page, after a line about its family
	// therapy, residents are still the program's.)
	if residentsOpen.MatchString(s.lower[lo:start]) && !st.residence && (st.last != Other || st.topic == Residential && !st.underNamedHeading(s)) && want(Residential) && !st.detoxDays(s, start, end) {
		return Residential
	}
	// ("…first admitted to the Medical Withdrawal Unit. Most patients
	// stay on the unit for 3 to 5 days and start IOP the following week":
	// the unit just named is the detox's, and so is the stay on it.)
	if want(Detox) && (s.contains("the unit") || s.contains("that unit")) {
		if before := lowerASCII(s.block.Text[:min(s.off, len(s.block.Text))]); strings.Contains(before, "withdrawal unit") || strings.Contains(before, "detox unit") ||
			strings.Contains(before, "detoxification unit") || st.last == Detox {
			return Detox
		}
	}
	// In a section about another program, a detox named in passing does
	// not become what "the program" means.
	// ("Our detox unit has six beds. Most stays last four to seven days":
	// a stay is the detox's, which keeps clients overnight.)
	// (In a section on residential care, which keeps clients overnight
	// too, "Most stays last 28 to 35 days" is the residence's.)
	if st.last == Detox && st.section != "" && st.section != Detox && !(hasWord(s.lower[lo:start], "stay", "stays") && dayProgram(st.section)) && want(st.section) {
		return st.section
	}
	// "Day 1-7: Medical detox. Day 8-21: Daily therapy (4-6 hours)":
	// the phase after detox is the program that follows it.
	if st.last == Detox && st.lastPhase != "" {
		if p := phaseOf(s.lower); p != "" && p != st.lastPhase {
			for _, subj := range []Subject{st.lastProgram, st.section, st.topic} {
				if programSubject(subj) && subj != Detox && want(subj) {
					return subj
				}
			}
			// (On a page about detox, "Days 3-5: stabilization" is
			// still the detox's.)
			if st.topic != Detox {
				return Other
			}
		}
	}
	// A therapy does not carry to a sentence about the client: "You will
	// need to commit about 3 hours per week" after a sentence about
	// individual counseling is about the program ("The classes are held
	// once a week" still points back at the therapy).
	// "Clients live at home but attend sessions in day programs": the
	// one program the sentence names is what it is about, though named
	// last, rather than the sentence before's ("They …" points back).
	if subj := soleProgramAfter(s, start); subj != "" && want(subj) && !startsWithPronoun(s.lower) {
		return subj
	}
	// "Evening groups meet three nights a week" on a page about the IOP,
	// after a sentence about weekly outpatient therapy: a track's groups
	// are the page's program's.
	// ("Intensive Outpatient (IOP)" heading its section on a page about
	// PHP: the groups are the section's program's.)
	if program := st.sectionOr(st.topic); trackGroupsOpen.MatchString(s.lower[lo:start]) && dayProgram(program) && st.last != program && want(program) && !namesOwnProgram(s) {
		return program
	}
	// "A daytime cohort meets Tuesday, Wednesday and Friday" after a
	// sentence about individual sessions: a cohort or track of the
	// program meets, not the therapy.
	if !programSubject(st.last) && cohortOpens.MatchString(s.lower[lo:start]) {
		if p := st.programInView(); p != "" && want(p) {
			return p
		}
	}
	if own := st.ownAfterGeneral(s); own != "" && want(own) {
		return own
	}
	// "Family group: once a week, 90 minutes" then "Length: 8 to 10
	// weeks" in a fact box: a service named by one line's label governs
	// that line; the next labelled line, naming nothing, is the program's.
	if st.serviceLine && !programSubject(st.last) && programAttributeLine(s) {
		// (A detox page's "Length: 5 to 7 days" is the detox's.)
		for _, p := range []Subject{st.programInView(), st.section, st.topic} {
			if programSubject(p) && want(p) {
				return p
			}
		}
	}
	// Individual therapy named before does not carry to optional groups
	// ("Groups: optional groups on parenting run …"), nor to evenings or
	// nights counted ("Four nights a week may sound like a lot"): those
	// are the program's, which meets then; a therapist's hour is no night.
	otherThanTherapy := st.last == IndividualTherapy && (groupsBefore(s.lower[:start]) || partsOfDayCounted(s.lower[start:end]) && !therapyInText(s.lower))
	carries := (programSubject(st.last) || !startsWithClient(s.lower)) && !otherThanTherapy
	// "Detox length: 5 to 7 days" over "Supervision: 24/7 nursing" in a
	// box of facts on a residential page: the line before named its own
	// program in its label; a line whose label names none is the box's,
	// the page's program.
	// (A directory's listing names its own provider's programs.)
	if st.last != "" && programSubject(st.topic) && st.topic != st.last && want(st.topic) && s.bi > 0 && !st.directory && len(s.block.Sentences) == 1 {
		if _, e := s.label(); e > 0 && e <= start && st.labelNamed(s.bi-1) {
			return st.topic
		}
	}
	// A sentence that sets a program apart ("all the treatment of an
	// inpatient program, minus overnight stays at the facility") is not about
	// it, whatever the sentence before was about.
	if st.last != "" && want(st.last) && carries && !onlyContrast(s, st.last) {
		return st.last
	}
	if st.lastProgram != "" && want(st.lastProgram) && !onlyContrast(s, st.lastProgram) {
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
	if st.last != "" && want(st.last) && !otherThanTherapy {
		return st.last
	}
	return Other
}

// partsOfDayCounted reports a figure counting evenings, nights, mornings
// or afternoons: "four nights a week", "three evenings".
func partsOfDayCounted(t string) bool {
	return hasWord(t, "evenings", "nights", "mornings", "afternoons")
}

// groupsBefore reports groups as what the words before a figure speak of,
// with no one-to-one care among them: "Groups: optional groups on
// parenting run …" after a line on individual counseling is not about the
// counseling.
func groupsBefore(pre string) bool {
	return hasWord(pre, "group", "groups") && !hasWord(pre, "individual", "individually", "one-on-one", "1:1", "therapist", "counselor", "counsellor", "session", "sessions", "each", "every")
}

// ownAfterGeneral is the provider's program in view (the section's, else
// the page's) when s speaks as the provider, names no program, and the
// program it would carry from before was spoken of in general: "Many
// people start with an IOP, which lets them live at home. At Pinecrest
// you stay with us …" is about the page's residential program. "" when
// it does not apply.
func (st *state) ownAfterGeneral(s *sentence) Subject {
	// ("At Pinecrest, it meets three evenings a week", "the program
	// meets …", "we run it …": the sentence points back at the program.)
	// ("'They're with us nine hours a week,' said its director": a
	// speaker quoted after a program named in a news report speaks for
	// whoever runs it, not for the page's publisher.)
	if !s.provider || s.answers != "" || !st.lastGeneral || !programSubject(st.last) || namesProgram(s) || startsWithPronoun(s.lower) || st.quotedForLast(s) ||
		hasWord(s.lower, "it", "its", "it's", "this", "that", "these", "those", "same", "such", "program", "programs", "group", "groups", "track", "option") {
		return ""
	}
	own := st.sectionOr(st.topic)
	if !programSubject(own) || own == st.last {
		return ""
	}
	// ("At Stonebridge you can keep your job while attending three
	// evenings a week" on a residential page after a general IOP
	// sentence: what it says fits the program spoken of, not a stay.)
	if stays, day := own == Residential || own == Detox, dayProgram(st.last); stays && day && hasWord(s.lower, dayProgramWords...) ||
		dayProgram(own) && (st.last == Residential || st.last == Detox) && hasWord(s.lower, stayWords...) {
		return ""
	}
	return own
}

// quotedForLast reports words set in quotation marks and said by someone
// who speaks for the program named last: "'…,' said the director",
// "'…,' director Ana Ruiz said". A speaker whose organisation the
// attribution names ("the Pine Valley director said") speaks for it, and
// for the program last named only when the paragraph before named it
// too.
func (st *state) quotedForLast(s *sentence) bool {
	for _, q := range []string{"\" ", "\u201d "} {
		k := strings.Index(s.text, q)
		if k <= 0 || !strings.ContainsAny(s.text[:k], "\"\u201c") {
			continue
		}
		org, ok := quoteAttribution(s.text[k+len(q):])
		if !ok {
			continue
		}
		if org == "" {
			return true
		}
		return s.bi > 0 && strings.Contains(s.doc.Blocks[s.bi-1].Text, org)
	}
	return false
}

// quoteAttribution reads the words after a closing quotation mark for a verb
// of saying within five words ("said the director", "she added",
// "director Ana Ruiz said") and the organisation named before a role
// noun among them ("the Pine Valley director said": "Pine Valley").
func quoteAttribution(rest string) (org string, ok bool) {
	words := strings.Fields(rest)
	for i := 0; i < len(words) && i < 6; i++ {
		w := strings.Trim(words[i], ".,")
		switch w {
		case "said", "says", "added", "explained", "noted":
			ok = true
		case "director", "manager", "spokesperson", "spokesman", "spokeswoman", "founder", "officer", "president", "administrator", "coordinator":
			var name []string
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				c := strings.Trim(words[j], ".,")
				if c == "" || c[0] < 'A' || c[0] > 'Z' || c == "The" {
					break
				}
				name = append([]string{strings.TrimSuffix(strings.TrimSuffix(c, "'s"), "’s")}, name...)
			}
			if len(name) > 0 {
				org = strings.Join(name, " ")
			}
		}
	}
	return org, ok
}

// dayProgramWords and stayWords say what fits a day program and a stay.
var (
	dayProgramWords = []string{"evening", "evenings", "night", "nights", "week", "weekly", "job", "jobs", "work", "working", "school", "afternoon", "afternoons", "morning", "mornings"}
	stayWords       = []string{"live", "lives", "living", "stay", "stays", "overnight", "campus", "residence", "bed", "beds", "room", "rooms"}
)

// asideOwner is the program an aside in brackets hangs on when m is named
// inside brackets closed before start: "Our IOP (not the same as our
// five-day PHP) meets three days a week" is the IOP's. nil when m is in
// no such aside, or no usable program stands before it in the clause.
func asideOwner(s *sentence, m *mention, lo, start int, usable func(mention) bool) *mention {
	open := strings.LastIndexByte(s.lower[:m.start], '(')
	if open < 0 || strings.Contains(s.lower[open:m.start], ")") || !strings.Contains(s.lower[m.end:start], ")") {
		return nil
	}
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if o := &s.mentions[i]; o.end <= open && o.start >= lo && usable(*o) && programSubject(o.subject) && !o.weak {
			return o
		}
	}
	return nil
}

// groupsOnly is "of group" ending the clause after a figure.
var groupsOnly = prefilter.MustCompile(`^\s+of\s+(?:group|groups)\s*(?:[.;,:)]|$)`)

// bracketNamesPrograms reads a bracket opening right after end that holds
// program names and nothing else but "or", "and" and the like: the one
// program it names, or Other for two or more joined by "or".
func bracketNamesPrograms(s *sentence, end int) (Subject, bool) {
	rest := s.lower[end:]
	t := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(t, "(") {
		return "", false
	}
	open := end + len(rest) - len(t)
	shut := strings.IndexByte(s.lower[open:], ')')
	if shut < 0 {
		return "", false
	}
	shut += open
	inside := []byte(s.lower[open+1 : shut])
	var subjects []Subject
	for _, m := range s.mentions {
		if m.start > open && m.end <= shut && programSubject(m.subject) && !m.contrast {
			for k := m.start - open - 1; k < m.end-open-1; k++ {
				inside[k] = ' '
			}
			if !slices.Contains(subjects, m.subject) {
				subjects = append(subjects, m.subject)
			}
		}
	}
	if len(subjects) == 0 {
		return "", false
	}
	either := false
	for _, w := range strings.FieldsFunc(string(inside), func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		switch w {
		case "or":
			either = true
		case "and", "the", "a", "an", "in", "for", "of", "program", "programs", "care", "treatment", "level", "levels":
		default:
			return "", false
		}
	}
	if len(subjects) == 1 {
		return subjects[0], true
	}
	// ("3 hours a day (IOP and PHP)": each holds it, as programs in
	// coordination share a claim; "(IOP or PHP)": one or the other.)
	if either {
		return Other, true
	}
	return "", false
}

// bracketedAfter is the program whose name a bracket holding start opens
// right after: "our IOP (two days a week, four hours a day)"; nil
// when there is none.
func bracketedAfter(s *sentence, start int) *mention {
	open := strings.LastIndexByte(s.lower[:start], '(')
	if open < 0 || strings.IndexByte(s.lower[open:start], ')') >= 0 {
		return nil
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		// ("individual sessions (two a week while you are in PHP)": so
		// are those opened after individual therapy.)
		if m.end <= open && (programSubject(m.subject) || m.subject == IndividualTherapy) && !m.weak && strings.TrimSpace(s.lower[m.end:open]) == "" {
			return m
		}
	}
	return nil
}

// includedPart reports a name right after "including", "such as",
// "like" or "plus": a part of what the clause is about.
func includedPart(lower string, i int) bool {
	switch w := wordBefore(lower, i); w {
	case "including", "like", "plus":
		return true
	case "as":
		return wordBefore(lower, lastIndex(lower[:i], "as")) == "such"
	}
	return false
}

// sharesSubject reports words between an object and a figure that open
// a verb joined to the clause's own: "and meets", "and runs for".
func sharesSubject(between string) bool {
	t := strings.TrimLeft(between, " ,")
	rest, ok := strings.CutPrefix(t, "and ")
	if !ok {
		return false
	}
	switch leadingWord(rest, 0) {
	case "meets", "runs", "lasts", "takes", "requires", "continues", "operates":
		return true
	}
	return false
}

// insideRelativeOfOpener reports a mention at i inside a relative clause
// set off by commas that closes before end, hung on the usable program
// opening the sentence: "Detox, which often comes before residential
// treatment, usually takes …".
func insideRelativeOfOpener(s *sentence, i, end int, usable func(mention) bool) bool {
	return inClosedRelative(s.lower, i, end) && usable(s.mentions[0]) && opensSentence(s.lower, s.mentions[0].start)
}

// inClosedRelative reports i inside a relative clause set off by commas
// (", which …,", ", who …,") that closes before end.
func inClosedRelative(lower string, i, end int) bool {
	k := max(lastIndex(lower[:i], ", which "), lastIndex(lower[:i], ", who "))
	if k < 0 || strings.ContainsAny(lower[k+1:i], ",;") {
		return false
	}
	c := strings.IndexByte(lower[i:end], ',')
	return c >= 0
}

// residentsOpen is a clause whose subject is the residents.
var residentsOpen = prefilter.MustCompile(`^\s*(?:(?:most|many|our|all|some|the|new|typical|of)\s+)*residents\s`)

// underNamedHeading reports a sentence whose own heading names a subject
// ("Sober housing" over "Most residents stay 6 to 12 months").
func (st *state) underNamedHeading(s *sentence) bool {
	hs := s.block.Headings
	return len(hs) > 0 && st.headingSubject(hs[len(hs)-1]) != ""
}

// headingProgram is the program the heading over s names, "" when it
// names none: on a sober house's page that sets residential treatment
// beside its homes ("Residential treatment" over "- Stays are usually 30
// to 90 days"), the section's figures are the program's, not the house's.
func (st *state) headingProgram(s *sentence) Subject {
	hs := s.block.Headings
	if len(hs) == 0 {
		return ""
	}
	if subj := st.headingSubject(hs[len(hs)-1]); programSubject(subj) {
		return subj
	}
	return ""
}

// sectionOr is the program the section's heading names, when it is a day
// program, else subj.
func (st *state) sectionOr(subj Subject) Subject {
	if dayProgram(st.section) {
		return st.section
	}
	return subj
}

// dayProgram reports a program whose clients go home every day: no stay
// of its own.
func dayProgram(subj Subject) bool { return subj == IOP || subj == PHP || subj == OP }

// cohortOpens is a clause opening on a cohort or track of a program.
var trackGroupsOpen = prefilter.MustCompile(`^\s*(?:the\s+|our\s+)?(?:day|daytime|evening|morning|afternoon|weekend|night)\s+(?:groups?|sessions)\b`)

var cohortOpens = prefilter.MustCompile(`^\s*(?:a|an|the|our|each)\s+(?:[a-z-]+\s+)?(?:cohort|cohorts|track|tracks)\b`)

// totalBefore reports a sum announced right before start: "a total of",
// "adds up to", "altogether".
func totalBefore(lower string, start int) bool {
	pre := lower[max(0, start-30):start]
	return strings.Contains(pre, "total") || addsUp(pre) || strings.Contains(pre, "altogether") || sumVerb(pre)
}

// summedWeek reports a week of groups a sentence opens by summing up from
// the schedule before it: "That's nine hours of group therapy each
// week". (Not a day's, "That is 2 hours of group therapy a day"; not a
// comparison, "… a week more than most programs"; not one part of the
// week, "…; the rest of the time is spent in skills classes".)
func summedWeek(lower string, start, end int) bool {
	if !summaryOpener(lower[:start]) {
		return false
	}
	_, hi := clauseBounds(lower, start, end)
	rest := lower[end:]
	if !hasWord(lower[end:hi], "week", "weekly") {
		return false
	}
	return !hasWord(rest, "more", "less", "fewer", "than", "rest", "remaining", "remainder", "extra", "additional")
}

// summaryOpener reports a sentence that opens by summing up the one
// before it, right before its figure: "That is 7.5 hours of group therapy
// a week", "That's nine hours of groups each week", "That works out to
// about 12 hours".
func summaryOpener(pre string) bool {
	switch strings.Trim(trimApprox(pre), " \"“‘'") {
	case "that is", "that's", "that’s", "this is", "that makes", "that works out to", "this works out to", "that comes to", "that adds up to", "in all, that is", "altogether, that is":
		return true
	}
	return false
}

// heldWords reports words that only say a meeting happens: "a family
// group held every Thursday", "the alumni group that meets".
// So do a hedge and "added" before how often it meets: "plus individual
// therapy roughly once a week", "with family sessions added twice a
// month" — the count is still the therapy's own. (Not before hours,
// weeks or a program's evenings: "includes individual therapy usually 9
// hours a week" is the program's week.)
func heldWords(between, figure string) bool {
	ws := strings.Fields(between)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "held", "meets", "meet", "meeting", "that", "which", "runs", "scheduled", "offered", "on", "for":
		case "added", "about", "around", "roughly", "approximately", "usually", "typically", "generally", "normally", "often":
			if !hasWord(figure, "once", "twice", "times", "weekly", "monthly", "session", "sessions") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// inPrepPhrase reports whether the mention at i follows "in the", "at our", "of an" ….
func inPrepPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "the" || w == "an" || w == "a" || w == "our" || w == "their" || w == "your" {
		w = wordBefore(lower, lastIndex(lower[:i], w))
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
	// Read at most five words: between runs to any later mention, and a
	// run-on sentence of a thousand figures made splitting all of it, for
	// every figure and mention, most of a page's time.
	var buf [5]string
	ws := buf[:0]
	for w := range strings.FieldsSeq(between) {
		if len(ws) == len(buf) {
			return false
		}
		ws = append(ws, w)
	}
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

var programModifiers = wordSet("the", "a", "an", "our", "day", "evening", "morning", "or", "and", "virtual", "in-person", "adult", "adolescent", "teen",
	// "three to five days in our on-site detox suite".
	"on-site", "onsite", "on-campus", "medical")

func punctBetween(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', '.', ':', '(', ')', '!', '?':
			return true
		}
	}
	return false
}

var pronouns = []string{"they", "it", "it's", "it’s", "that's", "that’s", "that is", "that adds", "that comes", "that works", "this", "these", "those", "such", "the program", "the programs", "this program", "these programs", "each program", "the track", "this track", "the length of stay", "the length of treatment", "the average length of stay", "the typical length of stay", "the duration", "others", "some", "most", "in most cases", "typically", "generally", "usually"}

// startsWithClient reports a sentence whose subject is the client:
// "Clients attend …", "Most clients typically attend …".
func startsWithClient(lower string) bool {
	switch leadWord(trimLeftWords(lower), "most", "many", "some", "all", "our") {
	case "you", "clients", "patients", "participants", "people", "individuals":
		return true
	}
	return false
}

func startsWithPronoun(lower string) bool {
	t := trimLeftWords(lower)
	for _, p := range pronouns {
		if len(t) >= len(p) && t[:len(p)] == p && wordAt(t, 0, len(p)) {
			return true
		}
	}
	return false
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
		// "Medical detox; most stays last four to seven days": the kind
		// of care named still opens its clause.
		case "medical", "medically", "supervised", "monitored", "managed":
			continue
		// ("Basic continuing care is a step-down level": the level's
		// own qualifier.)
		case "basic", "ongoing", "extended":
			continue
		}
		// "Trauma-informed process group every weekday": a compound
		// adjective still leaves the group opening its clause.
		if strings.Contains(w, "-") && n == 0 && len(f) <= 2 {
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
		// "outpatient" there is the kind of care, not another program;
		// "our evening outpatient program, which …" is one.
		// ("standard outpatient therapy, which usually means an hour or
		// two a week" is outpatient care itself.)
		// ("step down to the virtual outpatient group, which meets …": a
		// level moved to is a program too.)
		if m.weak && !ownedBefore(s.lower, m.start) && !standardBefore(s.lower, m.start) && !movedTo(s.lower, m.start) {
			return nil
		}
		between := s.lower[m.end:start]
		// "Next, teens move down to our after-school IOP, two afternoons
		// a week, before …": a figure set right after the program it
		// names, inside the clause (not after a fronted phrase: "After
		// detox, three days a week …" opens the main clause).
		// ("3 to 12 days for detox, 45 to 60 days for residential
		// care": a figure with its own program behind "for" is an item
		// of a list, not the appositive of the item before.)
		if strings.TrimSpace(between) == "," && programSubject(m.subject) && appositiveOf(s.lower, m.start) {
			if k := slices.IndexFunc(s.qs, func(q quantity.Quantity) bool { return q.Start == start }); k >= 0 && !programForAfter(s, s.qs[k].End) {
				return m
			}
		}
		t := strings.TrimLeft(between, " ")
		// ("our on-site withdrawal management unit, which usually lasts
		// five to seven days": the unit is the detox.)
		for _, w := range []string{"care", "treatment", "rehab", "programs", "program", "groups", "group", "tracks", "track", "therapy", "counseling", "counselling", "services"} {
			t = strings.TrimLeft(strings.TrimPrefix(t, w), " ")
		}
		if m.subject == Detox {
			for _, w := range []string{"unit", "suite", "wing"} {
				t = strings.TrimLeft(strings.TrimPrefix(t, w), " ")
			}
		}
		// ("an intensive outpatient program (IOP), which …": the
		// abbreviation in brackets closes the head.)
		t = strings.TrimLeft(t, ", )—–")
		// ("our alumni group at no cost, which meets …": a short phrase
		// of the head's may stand before the clause.)
		if loc := headPhrase.FindStringIndex(t); loc != nil {
			t = t[loc[1]:]
		}
		// ("… move to an IOP nearer home, usually one that meets …":
		// "one" stands for a level moved to; "unlike an IOP, one that
		// …" speaks of IOPs in general.)
		if loc := oneStandsFor.FindStringIndex(t); loc != nil && movedTo(s.lower, m.start) {
			t = t[loc[1]:]
		}
		// (The stops of "a.m." and "p.m." end no clause.)
		t = clockStops.Replace(t)
		// ("… unlike residential care, in which clients sleep on campus":
		// a preposition may open the clause.)
		for _, p := range []string{"in ", "during ", "at ", "through "} {
			if r, ok := strings.CutPrefix(t, p); ok && strings.HasPrefix(r, "which ") {
				t = r
				break
			}
		}
		if !strings.HasPrefix(t, "which ") && !strings.HasPrefix(t, "that ") && !strings.HasPrefix(t, "where ") || strings.ContainsAny(t, ";.") {
			return nil
		}
		// "PHP, which takes up most of the day, five days a week": a
		// figure right after the clause's comma still describes its
		// head; words after the comma ("…, our IOP meets …") start a
		// clause of their own.
		// ("…, which meets 3 hours a day, 4 days a week, for another 4 to
		// 6 weeks": a phrase after the comma still goes on with it.)
		// ("which meets Monday, Wednesday and Friday from 10 to 1 for six
		// to eight weeks": a comma inside a list of days is no clause's.)
		k := strings.LastIndexByte(t, ',')
		for k >= 0 && weekdayNames[strings.TrimSuffix(strings.Trim(firstWord(t[k+1:]), ","), "s")] > 0 {
			k = strings.LastIndexByte(t[:k], ',')
		}
		if k >= 0 && strings.TrimSpace(t[k+1:]) != "" {
			switch f := strings.Fields(t[k+1:]); f[0] {
			case "for", "over", "across", "during", "usually", "typically", "often":
			default:
				return nil
			}
		}
		return m
	}
	return nil
}

// appositiveOf reports a program named at i inside its clause, past a
// verb: its comma closes the name, not a fronted phrase.
func appositiveOf(lower string, i int) bool {
	head := lower[:i]
	if strings.ContainsAny(head, ",;:") || frontingWords[firstWord(head)] {
		return false
	}
	return wordCount(head) >= 3
}

// programForAfter reports a program named right after i behind "for",
// ending an item of a list: "45 days for residential care, and …". (Not
// a program that only says who the figure is for: "three evenings a week
// for residential clients", "for PHP graduates".)
func programForAfter(s *sentence, i int) bool {
	return slices.ContainsFunc(s.mentions, func(m mention) bool {
		return m.start >= i && programSubject(m.subject) && !m.weak && strings.TrimSpace(s.lower[i:m.start]) == "for" && itemEnds(s.lower[m.end:])
	})
}

// itemEnds reports what follows a list item's program, past a word of
// care: the list's next comma or joining word, or the sentence's end.
func itemEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if w := leadingWord(rest, 0); itemNouns[w] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	// ("90 days for residential treatment at our lakeside lodge, and
	// …": where the item's program is given may close it.)
	if w := leadingWord(rest, 0); w == "at" || w == "in" || w == "on" {
		r := strings.TrimLeft(rest[len(w):], " ")
		for n := 0; n < 4 && r != "" && isWordByte(r[0]); n++ {
			r = strings.TrimLeft(r[len(leadingWord(r, 0)):], " ")
		}
		if punctuationCloses(r) {
			return true
		}
	}
	if punctuationCloses(rest) {
		return true
	}
	w := leadingWord(rest, 0)
	return w == "and" || w == "or"
}

// punctuationCloses reports a list item closed where rest starts: by its
// end or a comma, semicolon, full stop or bracket.
func punctuationCloses(rest string) bool {
	return rest == "" || strings.ContainsAny(rest[:1], ",;.)")
}

var itemNouns = wordSet("care", "treatment", "program", "programs", "programme", "stay", "stays", "services", "rehab")

// ownedBefore reports "our" among the two words before i: "our evening
// outpatient program" names the provider's own program.
func ownedBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "our" {
		return true
	}
	k := lastIndex(lower[:i], w)
	return w != "" && k >= 0 && wordBefore(lower, k) == "our"
}

var oneStandsFor = prefilter.MustCompile(`^(?:(?:usually|typically|often|generally|ideally)\s+)?one\s+`)

var headPhrase = prefilter.MustCompile(`^(?:at|in|on|for|with|near|close\s+to|closer\s+to)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s*`)

// programBefore reports a program mention in [lo, start): the clause
// already spoke of one program, so a second one after a quantity starts a
// coordinated claim ("30 days in residential and 8 weeks in IOP").
// programMeans reports a program said to be the figure that follows:
// "Standard outpatient typically means 10 to 12 hours …", "an IOP
// involves 9 hours …" (not "in an IOP, clients will join three
// hours of daily group therapy").
func programMeans(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		// ("A key part of our IOP is two hours …": the program is not
		// what the clause is about.)
		if m.start >= lo && m.end <= start && programSubject(m.subject) && opensClause(s.lower, lo, m.start, m.end) {
			between := strings.Fields(s.lower[m.end:start])
			if len(between) == 0 || len(between) > 3 {
				continue
			}
			for _, w := range between {
				switch w {
				case "means", "mean", "involves", "involve", "is", "are", "equals", "requires", "require":
					return true
				}
			}
		}
	}
	return false
}

func programBefore(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// setting reports a program word used for a place: "in an inpatient or
// outpatient setting", "a residential facility".
func setting(lower string, m mention) bool {
	// ("four to six days in our detox unit": a detox unit is the detox.)
	if m.subject == Detox {
		return false
	}
	w := wordAfter(lower, m.end)
	if w == "or" || w == "and" {
		w = wordAfter(lower, m.end+len(w)+1)
		w = wordAfter(lower, indexFrom(lower, w, m.end)+len(w))
	}
	switch w {
	case "setting", "settings", "facility", "facilities", "center", "centers", "environment", "unit", "hospital",
		"building", "buildings", "campus", "wing", "house", "housing", "residence", "residences", "dorm", "home", "homes",
		// "withdrawal management delivered on an outpatient basis": how
		// the care is given, not a program.
		"basis":
		return true
	}
	return false
}

// genericSubject reports a clause that opens on a generic name for
// treatment: "rehab programs", "the core treatment window in drug
// rehab", "the recovery journey".
func genericSubject(pre, after string) string {
	// "Because recovery takes time, most residents stay …": a fronted
	// clause says why or when; the clause after its comma has the
	// subject.
	if k := strings.IndexByte(pre, ','); k >= 0 && frontedClauseWords[firstWord(strings.TrimLeft(pre, " "))] {
		pre = pre[k+1:]
	}
	// "The usual course of care is four days a week": the
	// care as a whole, a program's.
	if careAsAWhole.MatchString(pre) {
		return "program"
	}
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
			// ("Residential, which many call rehab, means you live on
			// site": a name given, not the subject.)
			if i > 0 {
				switch f[i-1] {
				case "call", "calls", "called", "as", "aka":
					continue
				}
			}
			return "rehab"
		case "recovery", "continuum", "entire", "whole":
			// ("Our recovery techs are on site": people named by their
			// work.)
			next := after
			if i+1 < len(f) {
				next = f[i+1]
			}
			if recoveryWorkers[strings.Trim(firstWord(next), ":;)")] {
				continue
			}
			return "recovery"
		case "program", "programs", "programme", "programmes":
			return "program"
		case "is", "are", "was", "last", "lasts", "takes", "take", "usually", "typically", "generally", "often":
			return ""
		}
	}
	return ""
}

// reasonBetween reports a clause of reason or concession opening between
// a figure and a program named after it: "The 45-day program is not for
// everyone, because detox takes up much of it" times no detox.
func reasonBetween(between string) bool {
	return hasWord(between, "because", "since", "although", "though", "whereas", "unless")
}

// frontedClauseWords open a clause fronted before the main one.
var frontedClauseWords = wordSet("because", "since", "although", "though", "while", "whereas", "if", "when", "once", "unless")

// careAsAWhole opens a clause on the span or course of care.
var careAsAWhole = prefilter.MustCompile(`^\s*(?:the|a|your)\s+(?:(?:typical|usual|average|normal|standard|expected)\s+)?(?:period|course|length|duration)\s+of\s+(?:care|treatment)\b`)

// (Not coaches, mentors or counselors: "recovery coaches meet with each
// client once a week" are meetings of their own, no program's days.)
var recoveryWorkers = wordSet("tech", "techs", "technician", "technicians", "staff", "team", "assistant", "assistants", "aide", "aides")

// pronounAfterSemicolon is the program a clause after a semicolon points
// back at when it opens with "it" or "this program": the first one the
// clause before names, its subject ("Our PHP shares a building with our
// IOP; it meets five days a week" is the PHP's), past people named by
// their program ("Lots of residents continue in our IOP after
// discharge; it meets …" is the IOP's). Nil when the first thing named is
// no program ("a 12-step group while in IOP; it meets …").
func pronounAfterSemicolon(s *sentence, start int, usable func(mention) bool) *mention {
	k := strings.LastIndexByte(s.lower[:start], ';')
	if k < 0 {
		return nil
	}
	rest := strings.TrimLeft(s.lower[k+1:start], " ")
	// ("…9 to 12 hours a week; usually lasting 6 to 8 weeks": a clause with
	// no subject of its own goes on about the one before it.)
	// ("Outpatient care has no set end; most clients stay four to nine
	// months": the program's clients, who point back as "it" does.)
	subjectless := !strings.HasPrefix(rest, "it ") && !strings.HasPrefix(rest, "this program ") && !strings.HasPrefix(rest, "that program ") && !clientsOpen.MatchString(rest)
	if subjectless && !subjectlessLength(rest) {
		return nil
	}
	from := strings.LastIndexByte(s.lower[:k], ';') + 1
	// ("Our detox program is followed by residential care; typically
	// lasting 28 days": with two programs before it, the clause with no
	// subject may go on about either.)
	if subjectless && programsBetween(s, from, k) > 1 {
		return nil
	}
	// ("Following residential treatment, clients can join our IOP; it
	// runs …", "Like our PHP, our IOP uses …; it meets …": a phrase
	// fronted before the clause's subject is not it.)
	if c := strings.IndexByte(s.lower[from:k], ','); c >= 0 && frontingWords[firstWord(strings.TrimLeft(s.lower[from:k], " "))] {
		from += c + 1
	}
	for i := range s.mentions {
		m := &s.mentions[i]
		// ("Detox patients often continue in our residential program":
		// a program naming people is who, not what.)
		if m.start < from || m.end > k || personNoun[s.lower[m.start:m.end]] || personNoun[wordAfter(s.lower, m.end)] {
			continue
		}
		// (A bare "outpatient" points back only as the subject the
		// clause before the semicolon opens on.)
		if programSubject(m.subject) && (!m.weak || strings.TrimLeft(s.lower[from:m.start], " ") == "") && usable(*m) {
			return m
		}
		return nil
	}
	return nil
}

// detoxDays reports a stay of ten days at most, in words at [start,
// end), on a page or under a heading about detox.
func (st *state) detoxDays(s *sentence, start, end int) bool {
	if st.topic != Detox && !(len(s.block.Headings) > 0 && hasWord(lowerASCII(s.block.Headings[len(s.block.Headings)-1]), "detox", "withdrawal")) {
		return false
	}
	for i := range s.qs {
		if q := &s.qs[i]; q.Start == start && shortStay(q) {
			return true
		}
	}
	return false
}

// shortStay reports a stay of ten days at most: a detox's, not a
// residential program's.
func shortStay(q *quantity.Quantity) bool {
	return q.Unit == quantity.Day && q.HasMax && q.Max <= 10
}

// labelNamed reports a fact line at block bi whose label names a program:
// "Detox length: usually 5 to 7 days".
func (st *state) labelNamed(bi int) bool {
	b := &st.doc.Blocks[bi]
	if b.Kind != corpus.BlockParagraph && b.Kind != corpus.BlockListItem {
		return false
	}
	label, e := labelSplit(b.Text)
	if e <= 0 || len(b.Sentences) != 1 {
		return false
	}
	for _, m := range st.x.terms.find(label, lowerASCII(label)) {
		if programSubject(m.subject) {
			return true
		}
	}
	return false
}

// personNoun are the people a program's name may stand for: "residents"
// are residential care's clients, not the care.
var personNoun = map[string]bool{"residents": true, "resident": true, "inpatients": true, "outpatients": true,
	"patients": true, "clients": true, "graduates": true, "members": true, "participants": true, "alumni": true}

// frontingWords open a phrase fronted before a clause's subject.
var frontingWords = map[string]bool{"following": true, "after": true, "like": true, "unlike": true, "before": true, "besides": true,
	"alongside": true, "beyond": true, "compared": true, "as": true, "from": true, "during": true, "once": true}

// strongBefore returns, for a bare "outpatient" mention, the program the
// sentence names before it: in "An intensive outpatient program (IOP) is
// a form of outpatient care offering …" the outpatient care
// is the IOP, not another program. It returns nil for any other mention.
func strongBefore(s *sentence, m *mention) *mention {
	if !m.weak {
		return nil
	}
	// "from PHP … to intensive outpatient … and finally to outpatient
	// counseling once a week": the level stepped down to is outpatient
	// care of its own.
	if w := wordBefore(s.lower, m.start); w == "to" || w == "into" {
		switch wordBefore(s.lower, lastIndex(s.lower[:m.start], w)) {
		case "down", "finally", "then", "on", "move", "moves", "moving", "transition", "transitions", "transitioning", "continue", "continues":
			return nil
		}
	}
	var out *mention
	for i := range s.mentions {
		o := &s.mentions[i]
		if o.start >= m.start {
			break
		}
		// (Not across a semicolon: "Our residential program is only
		// the start; most graduates then see an outpatient counselor".)
		if programSubject(o.subject) && o.subject != Detox && !o.weak && !o.contrast && !strings.Contains(s.lower[o.end:m.start], ";") {
			out = o
		}
	}
	return out
}

// opensSentence reports a mention with at most a determiner before it in
// its sentence ("Outpatient care …", "Our outpatient program …",
// "- Outpatient: …").
func opensSentence(lower string, i int) bool {
	pre := strings.Trim(lower[:i], " -–—•*:")
	switch pre {
	case "", "our", "the", "an", "a", "in", "for":
		return true
	}
	return false
}

// ownUnderHeading reports "our" right before the weak mention m, in a
// section whose heading names the program spoken of last.
func ownUnderHeading(st *state, s *sentence, m *mention) bool {
	return strings.Trim(s.lower[:m.start], " -–—•*:") == "our" && st.section == st.last
}

// soleProgramAfter is the one program a sentence names, strongly and not
// as a contrast, when it names it only after i; "" otherwise.
func soleProgramAfter(s *sentence, i int) Subject {
	var subj Subject
	for _, m := range s.mentions {
		// ("Groups meet Monday to Thursday, and every client also has a
		// weekly therapy appointment": an appointment is a visit, not
		// what the sentence is about.)
		if !programSubject(m.subject) || m.contrast || strings.Contains(s.lower[m.start:m.end], "appointment") {
			continue
		}
		if m.start < i || m.weak || subj != "" && subj != m.subject {
			return ""
		}
		// "Most patients stay on the unit for 3 to 5 days and start IOP
		// the following week": the program comes next, it is not where
		// the days are spent.
		// ("last 8 to 12 weeks, and many people continue in weekly
		// outpatient counseling afterward": the care after it.)
		if between := s.lower[i:m.start]; strings.Contains(between, " and start") || strings.Contains(between, " before ") ||
			strings.Contains(between, " then ") || strings.Contains(between, "followed by") || strings.Contains(between, " and move") ||
			strings.Contains(between, " continue ") || strings.Contains(between, " go on ") || hasWord(s.lower[m.end:], "afterward", "afterwards") ||
			// ("come in every morning for four to six days, and can join
			// PHP groups when ready": the program joined next.)
			strings.Contains(between, " join ") || strings.Contains(between, " step down") ||
			// ("about two hours a week, far below the nine-hour threshold
			// where IOP starts": the level held up against the figure.)
			strings.Contains(between, "threshold") || strings.Contains(between, " under the ") || strings.Contains(between, " below the ") || strings.Contains(between, "short of") ||
			// ("three to six months once IOP ends", "three to five days,
			// after which patients move into our IOP": the level left, or
			// moved to.)
			levelLeftOff(s.lower, m) || strings.Contains(between, "after which") || hasWord(between, "move", "moves", "moving", "transfer", "transfers", "transition", "transitions") ||
			// ("Programs often last 28 to 60 days, and many include
			// medical detox at the start": a part the program holds.)
			hasWord(between, "include", "includes", "including") || strings.Contains(between, "begin with") || strings.Contains(between, "begins with") ||
			strings.Contains(between, "start with") || strings.Contains(between, "starts with") ||
			// ("Our group meets three evenings a week, and our staff can
			// refer you to a trusted PHP partner": the program referred
			// to is another's.)
			hasWord(between, "refer", "refers", "referred", "referral", "referrals") ||
			// ("The 45-day program is not for everyone, because detox
			// takes up much of it": a reason's program is not the one
			// timed.)
			reasonBetween(between) {
			return ""
		}
		subj = m.subject
	}
	return subj
}

// possessiveBefore reports a mention at [ms, me) written as a possessive
// ("IOP's", "the PHP’s") right before the figure at start.
func possessiveBefore(lower string, ms, me, start int) bool {
	t := lower[ms:me]
	rest := lower[me:start]
	switch {
	case strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s"):
	case strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s"):
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
	default:
		return false
	}
	return strings.TrimSpace(rest) == ""
}

// appositiveHead returns the program named last before start when only a
// comma stands between them and the program is where clients move to
// ("step down to our PHP, five days a week").
// steppedToFor is the program or group a client steps down to when the
// figure follows it after "for": "step down to a weekly continuing-care
// group for six months".
func steppedToFor(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		between := strings.TrimSpace(s.masked[m.end:start])
		for _, w := range []string{"groups", "group", "programs", "program", "sessions", "meetings"} {
			between = strings.TrimSpace(strings.TrimPrefix(between, w))
		}
		if between != "for" || !programSubject(m.subject) && m.subject != Other {
			return nil
		}
		k := m.start
		for {
			w := wordBefore(s.lower, k)
			if w != "our" && w != "the" && w != "a" && w != "an" && w != "weekly" {
				break
			}
			k = lastIndex(s.lower[:k], w)
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "down", "up", "move", "moves", "transition", "transitions", "graduate", "graduates":
			return m
		}
		return nil
	}
	return nil
}

func appositiveHead(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		// The figures of the appositive are masked out: "…, five days a
		// week for about a month" leaves ", for".
		between := s.masked[m.end:start]
		// ("step down to standard outpatient therapy, usually one
		// session a week": so may its service.)
		for _, w := range []string{"programs", "program", "treatment", "care", "therapy", "counseling", "counselling", "services"} {
			between = strings.TrimPrefix(strings.TrimLeft(between, " "), w)
		}
		// ("step down to counseling at the office nearest to
		// their home, typically once or twice a week": where the care is
		// given may come between.)
		between = placeBeforeComma(between)
		f := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(between, ",", " , "), ":", " , "))
		if len(f) == 0 || f[0] != "," || !programSubject(m.subject) {
			return nil
		}
		// ("step down to standard outpatient care, usually one or two
		// sessions a week": a hedge may lead the appositive.)
		for _, w := range f[1:] {
			switch w {
			case "for", "and", ",", "usually", "typically", "often", "generally", "normally", "commonly":
			default:
				return nil
			}
		}
		k := m.start
		// ("to our adolescent IOP, three afternoons a week": past the
		// words that say whose program or which track.)
		k = backOver(s.lower, k, 2, trackModifiers)
		if w := wordBefore(s.lower, k); w == "our" || w == "the" || w == "a" || w == "an" {
			k = lastIndex(s.lower[:k], w)
		}
		// ("moves from PHP into our IOP, three afternoons a week": the
		// program one goes into.)
		if wordBefore(s.lower, k) == "into" {
			return m
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "down", "up", "on", "move", "moves", "transition", "transitions", "progress", "progresses", "graduate", "graduates":
			return m
		}
		return nil
	}
	return nil
}

// placeBeforeComma drops a short phrase of place that opens between and
// ends at its first comma: " at the clinic nearest home, usually" is ",
// usually". A phrase that goes on to another clause is kept.
func placeBeforeComma(between string) string {
	t := strings.TrimLeft(between, " ")
	w, _, _ := strings.Cut(t, " ")
	switch w {
	case "at", "in", "near", "through", "with":
	default:
		return between
	}
	k := strings.IndexByte(t, ',')
	if k < 0 || wordCount(t[:k]) > 10 || hasWord(t[:k], "which", "who", "where", "and", "but", "then", "or") || strings.ContainsAny(t[:k], ";:.()") {
		return between
	}
	return t[k:]
}

// movedToOutpatient is a bare "outpatient" moved to right before the figure
// at start: "then to outpatient treatment once a week", "and later to
// outpatient sessions twice a month".
func movedToOutpatient(s *sentence, start int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start {
			continue
		}
		if m.subject != OP {
			return nil
		}
		between := strings.TrimSpace(s.lower[m.end:start])
		// ("outpatient treatment (sessions, counselling) once a week".)
		if a, b := strings.IndexByte(between, '('), strings.LastIndexByte(between, ')'); a > 0 && b == len(between)-1 {
			between = strings.TrimSpace(between[:a])
		}
		// ("outpatient care with a session or two each week".)
		if t, ok := strings.CutSuffix(between, "with"); ok {
			between = strings.TrimSpace(t)
			if between == "" {
				between = "care"
			}
		}
		switch between {
		case "treatment", "sessions", "session", "care", "counseling", "counselling", "psychotherapy", "therapy", "visits", "appointments":
		default:
			return nil
		}
		k := backOver(s.lower, m.start, 2, outpatientModifiers)
		// ("Graduates of the IOP remain in outpatient care with a
		// session or two each week": the care stayed in after it.)
		// (Not when the program is named after the figure: "… with three
		// sessions a week in our IOP".)
		if w := wordBefore(s.lower, k); w == "in" || w == "with" {
			switch wordBefore(s.lower, lastIndex(s.lower[:k], w)) {
			case "continue", "continues", "continuing", "remain", "remains", "stay", "stays":
				if !programAfter(s, start) {
					return m
				}
			}
			return nil
		}
		if wordBefore(s.lower, k) != "to" {
			return nil
		}
		switch wordBefore(s.lower, lastIndex(s.lower[:k], "to")) {
		case "then", "down", "on", "later", "finally", "eventually", "move", "moves", "transition", "transitions", "step", "steps":
			return m
		}
		return nil
	}
	return nil
}

// othersBefore is the program named in the clause before one that opens
// on "others" ("…, while others last 60 to 90 days"), nil when there is
// none.
func othersBefore(s *sentence, start int, usable func(mention) bool) *mention {
	for _, j := range []string{", while others ", ", whereas others ", ", but others ", ", and others ", "; others ", ", others "} {
		k := lastIndex(s.lower[:start], j)
		if k < 0 {
			continue
		}
		// (Only programs named in the plural: "…into our residential
		// program; others go home" are other clients.)
		var last *mention
		for i := range s.mentions {
			if m := &s.mentions[i]; m.end <= k && programSubject(m.subject) && !m.weak && usable(*m) {
				last = m
			}
		}
		if last == nil || !pluralProgram(s.lower, last) {
			return nil
		}
		return last
	}
	return nil
}

// pluralProgram reports a program named in the plural: "residential
// programs", "IOPs".
func pluralProgram(lower string, m *mention) bool {
	name := lower[m.start:m.end]
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return true
	}
	switch wordAfter(lower, m.end) {
	case "programs", "centers", "centres", "facilities", "clinics", "providers", "options", "tracks":
		return true
	}
	return false
}

// programAfter reports a program other than outpatient care named from i
// on.
func programAfter(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start >= i && programSubject(m.subject) && m.subject != OP && !m.contrast {
			return true
		}
	}
	return false
}

var outpatientModifiers = wordSet("our", "the", "standard", "weekly", "regular", "traditional", "general")

// trackModifiers name whom a program is for or which of its tracks, before
// its name: "our adolescent IOP", "the evening PHP".
var trackModifiers = wordSet("adolescent", "teen", "adult", "young", "evening", "morning", "afternoon", "virtual", "online", "hybrid", "weekend", "daytime")

// therapyJoined reports a therapy coordinated with another named right
// before it ("group and individual sessions", "group or family therapy").
func therapyJoined(s *sentence, m *mention) bool {
	w := wordBefore(s.lower, m.start)
	if w != "and" && w != "or" && w != "&" {
		w = ""
	}
	k := m.start
	if w != "" {
		k = lastIndex(s.lower[:m.start], w)
	}
	if w == "" {
		return false
	}
	// The word before the conjunction: "group" of "group and individual".
	switch wordBefore(s.lower, k) {
	case "group", "individual", "family", "group therapy", "therapy", "counseling", "counselling",
		// ("relapse-prevention classes and individual counseling three
		// times per week": a list of the program's meetings.)
		"classes", "workshops", "education", "psychoeducation", "training", "coaching":
		return true
	}
	return false
}

// onlySettingsIn reports a cell whose program words only say where care
// happens: "Inpatient, 24/7 nursing", "Outpatient".
func onlySettingsIn(s *sentence) bool {
	for _, m := range s.mentions {
		if !programSubject(m.subject) {
			continue
		}
		switch w := strings.TrimSpace(s.lower[m.start:m.end]); w {
		case "inpatient", "outpatient", "residential":
		default:
			return false
		}
	}
	return true
}

// standardBefore reports "standard", "traditional" or "regular" right
// before i: "standard outpatient therapy" names outpatient care itself.
func standardBefore(lower string, i int) bool {
	switch wordBefore(lower, i) {
	case "standard", "traditional", "regular", "routine", "conventional":
		return true
	}
	return false
}

var clockStops = strings.NewReplacer("a.m.", "am", "p.m.", "pm")

// frontedList is where a sentence's opening list of parts ends ("Across
// groups, individual therapy and case management,"), 0 when it opens on
// none: a word that gathers, then items joined by commas and "and".
func frontedList(lower string) int {
	t := strings.TrimLeft(lower, " ")
	off := len(lower) - len(t)
	w := leadingWord(t, 0)
	switch w {
	case "across", "between", "combining", "counting", "including":
	default:
		return 0
	}
	a := strings.Index(t, " and ")
	if a < 0 || !strings.Contains(t[:a], ",") || strings.ContainsAny(t[:a], ".;:") {
		return 0
	}
	e := strings.IndexByte(t[a:], ',')
	if e < 0 || strings.ContainsAny(t[a:a+e], ".;:") {
		return 0
	}
	return off + a + e
}

// addedAfter reports words between a figure and a later mention that add
// the mention to the figure: "12, plus individual therapy", "nine hours,
// in addition to family sessions".
func addedAfter(between string) bool {
	// ("10 weeks, with an optional aftercare group", "10 to 12 weeks,
	// followed by a weekly aftercare group": what comes with the program
	// or after it.)
	return hasWord(between, "plus", "besides") || strings.Contains(between, "in addition to") || strings.Contains(between, "as well as") ||
		strings.Contains(between, "on top of") || strings.Contains(between, "followed by") || optionalWith.MatchString(between)
}

var optionalWith = prefilter.MustCompile(`^\s*,\s*with\s+(?:an?\s+)?(?:optional|voluntary|free)\b`)

// contentsAfter reports words between a figure and a later therapy that
// say what the figure is made of, past a comma: "Fewer than nine hours a
// week, usually one individual session and perhaps a group" is the
// level's week, the session a part of it.
func contentsAfter(between string) bool {
	k := strings.IndexByte(between, ',')
	if k < 0 || len(between) > 40 {
		return false
	}
	return hasWord(between[k:], "often", "usually", "typically", "mostly", "generally", "including", "e.g.", "like") || strings.Contains(between[k:], "such as")
}

// thresholdFor is the program a threshold right after a figure is for:
// "the nine-hour weekly threshold for intensive outpatient", "the
// 20-hour minimum for PHP". Such a figure is a line drawn between levels,
// no program's schedule: it is read as no claim.
func thresholdFor(s *sentence, end int) *mention {
	m := thresholdAfter.FindStringIndex(s.lower[end:])
	if m == nil {
		return nil
	}
	at := end + m[1]
	for i := range s.mentions {
		if x := &s.mentions[i]; x.start >= at && x.start-at <= 12 && programSubject(x.subject) {
			return x
		}
	}
	return nil
}

var thresholdAfter = prefilter.MustCompile(`^\s+(?:(?:a|per)\s+)?(?:weekly\s+|daily\s+)?(?:threshold|minimum|cutoff|cut-off|floor|ceiling|maximum|limit)\s+(?:for|of|where|at\s+which|above\s+which)\s+`)

// levelLeftOff reports a level named as where another begins: "PHP
// takes over where an IOP stops, at 20 hours a week": the level left off is not
// what the figure measures.
// ("One group a week, for three to six months once IOP ends": so is the
// level a clause says is over.)
func levelLeftOff(lower string, m mention) bool {
	switch w, _ := wordBeforeArticle(lower, m.start); w {
	case "where", "once", "after", "when":
	default:
		return false
	}
	switch w := wordAfter(lower, m.end); w {
	case "ends", "stops", "finishes", "tops", "leaves":
		return true
	}
	return false
}

// levelNamedAfter is the program a figure is said to be, when the figure
// opens its clause ("…, and 20 hours or more counts as a PHP"): the
// program right after the copula. Nil when anything but a conjunction
// comes before the figure in its clause, or anything but an article or a
// hedge between the copula and the program.
func levelNamedAfter(s *sentence, lo, start, end int, usable func(mention) bool) *mention {
	// (A clause opened by ", and" is one clauseBounds leaves joined.)
	pre := s.lower[lo:start]
	if k := strings.LastIndexAny(pre, ",;"); k >= 0 {
		pre = pre[k+1:]
	}
	switch strings.TrimSpace(pre) {
	case "", "and", "but", "while", "whereas", "yet":
	default:
		return nil
	}
	loc := figureIsLevel.FindStringIndex(s.lower[end:])
	if loc == nil {
		return nil
	}
	at := end + loc[1]
	for i := range s.mentions {
		if m := &s.mentions[i]; m.start == at && programSubject(m.subject) && usable(*m) {
			return m
		}
	}
	return nil
}

var figureIsLevel = prefilter.MustCompile(`^\s+(?:is|are|counts\s+as|count\s+as|qualifies\s+as|qualify\s+as|is\s+considered|are\s+considered|is\s+classed\s+as|is\s+called)\s+(?:(?:a|an|usually|typically|generally|already|considered)\s+)*`)

// predicateOfProgram reports a bare "outpatient" said of a program named
// before it: "An intensive outpatient program (IOP) is the most
// demanding outpatient option": the kind of care the IOP is, no program
// of its own.
func predicateOfProgram(s *sentence, weak mention) bool {
	for _, m := range s.mentions {
		if m.end > weak.start {
			break
		}
		// ("Detox is the first step before outpatient therapy": another
		// program, the next one.)
		if between := s.lower[m.end:weak.start]; !m.weak && !m.contrast && programSubject(m.subject) && m.subject != weak.subject && copulaBefore.MatchString(between) &&
			!hasWord(between, "before", "after", "than", "into", "to", "from", "of") {
			return true
		}
	}
	return false
}

// wholeWeekOfGroups reports a figure of group hours that is all the week
// holds: not a list's item beside others, not "up to" a figure, and no
// more care added after it ("along with a weekly individual session",
// "in addition to the core program", "for family members").
func wholeWeekOfGroups(s *sentence, start, end int) bool {
	if s.block.Kind == corpus.BlockListItem || strings.HasPrefix(s.lower[start:], "up to") {
		return false
	}
	rest := s.lower[end:]
	return !addedAfter(rest) && !anyIn(rest, []string{"along with", "in addition", "family members", "for families", "for parents"})
}

// headedByProgram reports a sentence in the first block under a heading
// that names the section's program ("Recovery IOP").
func (st *state) headedByProgram(s *sentence) bool {
	if s.bi == 0 {
		return false
	}
	if k := s.doc.Blocks[s.bi-1].Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
		return false
	}
	for _, m := range st.mentions[s.bi-1] {
		if m.subject == st.section && !m.weak {
			return true
		}
	}
	return false
}

// kindOfCare reports "outpatient therapy" said of a program named before
// it: "Our IOP is outpatient therapy at its most structured", "IOP is a
// form of outpatient therapy". It names the kind of care the program is,
// no program of its own.
func kindOfCare(s *sentence, m mention) bool {
	if m.subject != OP || s.lower[m.start:m.end] != "outpatient therapy" {
		return false
	}
	for _, o := range s.mentions {
		if o.end > m.start {
			break
		}
		if programSubject(o.subject) && o.subject != OP && kindOfBetween.MatchString(s.lower[o.end:m.start]) {
			return true
		}
	}
	return false
}

var kindOfBetween = prefilter.MustCompile(`^\)?\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:(?:a|an|one)\s+(?:form|type|kind|level|mode)\s+of\s+)?$`)

// copulaBefore joins a program to what it is said to be: " (IOP) is the
// most demanding ", " is a ".
var copulaBefore = prefilter.MustCompile(`^\)?\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$`)

// totalLabel reports a line labelled as a sum: "Total:", "Weekly total:",
// "In total:", "Total time:".
func totalLabel(s *sentence) bool {
	label, e := s.label()
	if e <= 0 {
		return false
	}
	switch strings.Trim(lowerASCII(label), " :*•-") {
	case "total", "totals", "in total", "weekly total", "total time", "total hours", "total per week", "altogether":
		return true
	}
	return false
}

// comesNext reports words that set what follows after the figure before
// them: ", after which", ", and then", ", followed by".
func comesNext(between string) bool {
	t := strings.TrimLeft(between, " ,")
	for _, p := range []string{"after which ", "after that ", "and then ", "then ", "followed by ", "before "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// offeredBeside reports the provider offering something more before a
// therapy: "We also offer", "we additionally provide". (Not the program
// offering its own parts: "The program also provides group therapy
// three days a week", "As part of the IOP, we also provide …"; group
// therapy and a program named before stay the program's.)
func offeredBeside(pre string) bool {
	return hasWord(pre, "we") && hasWord(pre, "also", "additionally") && hasWord(pre, "offer", "provide", "run") && !hasWord(pre, "program", "part")
}

// programOfItsOwn reports a bare "outpatient" naming one program that a
// relative clause goes on to describe: "an outpatient program that met
// three hours at a time".
func programOfItsOwn(lower string, m mention) bool {
	if w := wordBefore(lower, m.start); w != "an" && w != "a" {
		return false
	}
	rest := strings.TrimLeft(lower[m.end:], " ")
	for _, n := range []string{"program ", "programme ", "group ", "clinic "} {
		if r, ok := strings.CutPrefix(rest, n); ok {
			w := leadingWord(strings.TrimLeft(r, " "), 0)
			return w == "that" || w == "which"
		}
	}
	return false
}

// insideUnlike gives a figure inside a sentence's opening "Unlike …,"
// phrase to what the phrase sets apart: "Unlike residential patients who
// live at the facility, PHP clients go home at night" says residential
// patients live there; "Unlike other kinds of care that make clients stay
// overnight, …" says it of care we cannot name (other); "Unlike a 30-day
// residential program, …" names the program by its length. The figure
// must sit in a relative clause of the phrase or right before the
// program it names: "Unlike inpatient rehab you attend just 3 days a week,
// so …" has no comma to close the phrase, and the figure is the
// sentence's own.
// inUnlikePhrase reports end inside a sentence's opening "Unlike …"
// phrase, relative clauses in it included: "Unlike other programs, which
// run six weeks, ours …".
func inUnlikePhrase(lower string, end int) bool {
	_, c, ok := unlikePhrase(lower)
	return ok && end <= c
}

// unlikePhrase returns where a sentence's opening "Unlike …" phrase
// starts and the end of the comma that closes it, past the commas of a
// relative clause inside it ("Unlike a residential stay, where you live
// on campus, …").
func unlikePhrase(lower string) (at, c int, ok bool) {
	pre := strings.TrimLeft(lower, " •*-–—")
	if !strings.HasPrefix(pre, "unlike ") {
		return 0, 0, false
	}
	at = len(lower) - len(pre)
	c = at
	for {
		k := strings.IndexByte(lower[c:], ',')
		if k < 0 {
			return 0, 0, false
		}
		c += k + 1
		if w := wordAfter(lower, c); w != "where" && w != "who" && w != "which" {
			return at, c, true
		}
	}
}

func insideUnlike(s *sentence, start, end int, want func(Subject) bool) (Subject, bool) {
	at, c, ok := unlikePhrase(s.lower)
	if !ok || c <= end {
		return "", false
	}
	relative := hasWord(s.lower[at:start], "who", "which", "where", "that")
	subj := Other
	for _, m := range s.mentions {
		switch {
		case m.start >= at && m.end <= start:
			subj = m.subject
		case !relative && m.start >= end && m.end < c && strings.TrimSpace(s.lower[end:m.start]) == "":
			// "Unlike a 30-day residential program, …"
			subj, relative = m.subject, true
		}
	}
	if !relative {
		return "", false
	}
	// (Care we cannot name stays other, whatever the caller would
	// rather have.)
	if subj != Other && !want(subj) {
		return "", false
	}
	return subj, true
}

// subjectlessLength reports the words before a figure as a clause with no
// subject: hedges and a verb of lasting at most ("typically lasting",
// "usually running for", "about").
func subjectlessLength(rest string) bool {
	for _, w := range strings.Fields(rest) {
		switch w {
		case "lasting", "running", "spanning", "continuing":
		default:
			if !onlyHedges(w) {
				return false
			}
		}
	}
	return true
}

// programsBetween counts the different programs named in [i, j).
func programsBetween(s *sentence, i, j int) int {
	var seen Subject
	n := 0
	for _, m := range s.mentions {
		if m.start >= i && m.end <= j && programSubject(m.subject) && m.subject != seen {
			seen = m.subject
			n++
		}
	}
	return n
}

// rehabPredicate is a clause of its own on rehab ending where a figure
// starts: "and rehab lasts", ", so when rehab only lasts", "but most
// rehabs take".
var rehabPredicate = prefilter.MustCompile(`(?:,|;|\band|\bbut|\bso|\bwhile|\bwhen|\bwhereas)\s+(?:(?:when|if|most|many|some|the|a|while)\s+)*rehabs?\s+(?:(?:only|usually|typically|generally|often|normally|itself|can|may|will|might|could|should)\s+)*(?:lasts?|takes?|runs?|spans?)\s+(?:(?:only|about|around|roughly|approximately|just)\s+)?$`)

// countInBracket reports a bracket opened on a number right after a
// figure: " (30 ", " (about 24 ".
func countInBracket(between string) bool {
	t := strings.TrimLeft(between, " ")
	if !strings.HasPrefix(t, "(") {
		return false
	}
	t = strings.TrimLeft(t[1:], " ")
	for _, w := range []string{"about ", "around ", "roughly ", "approximately ", "up to ", "at least "} {
		t = strings.TrimPrefix(t, w)
	}
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// listedAfter reports a therapy that opens its clause only because a list
// put a comma before it: "Clients attend group therapy, individual
// counseling and relapse-prevention classes three times per week" lists
// the program's meetings, whose days are the program's.
func listedAfter(s *sentence, m *mention) bool {
	pre := strings.TrimRight(s.lower[:m.start], " ")
	if !strings.HasSuffix(pre, ",") {
		return false
	}
	pre = strings.TrimRight(pre[:len(pre)-1], " ")
	for _, o := range s.mentions {
		if o.end == len(pre) && therapySubject(o.subject) {
			return true
		}
	}
	return false
}
