package claims

import (
	"github.com/factlint/factlint/claims/quantity"
	"slices"
	"strings"

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
	// (Whether the sentence opens on a concession, asked once for all
	// the mentions usable tests.)
	conceded := opensOnConcession(s.lower)
	usable := func(m mention) bool {
		return want(m.subject) && !m.contrast && !(m.start >= end && (addedAfter(s.lower[end:m.start]) || therapySubject(m.subject) && contentsAfter(s.lower[end:m.start]))) && !levelLeftOff(s.lower, m) && !(m.weak && predicateOfProgram(s, m)) && !kindOfCare(s, m) &&
			// ("Detox: inpatient, typically 3 to 7 days", "Our detox is
			// outpatient": the setting of the detox named before.)
			!(m.subject != Detox && bareSetting(s.lower[m.start:m.end]) && settingEnds(s.lower, m) && detoxIsSetting(s, m)) &&
			!(m.subject == Other && prescriberVisit(s.lower[m.start:m.end]) && includedPart(s.lower, m.start)) &&
			// ("for people who have finished detox—such as a detox program
			// for alcohol—or who do not need 24-hour care": an example
			// set aside between dashes, closed before the figure.)
			!(m.end <= start && closedAside(s.lower, m.start, m.end, start)) &&
			// ("Although standard outpatient care helps plenty of people,
			// 24/7 supervision is vital …": a program named in a
			// concession fronted before the main clause is not what it
			// is about.)
			!(conceded && m.end <= start && inFrontedConcession(s.lower, m, start)) &&
			// ("- Residential care, including medical detox for 3 to 5 weeks":
			// a list item opening on its program, with detox set off as a
			// part of it, times the program.)
			!(m.end <= start && partOfItemHead(s, m))
	}
	// "Non-residential programs meet a few hours a day": care named
	// only as not residential, heading what the figure says, is no
	// program the page names, and not residential care the sentence
	// before may have carried.
	// ("An outpatient service is a non-residential service totaling
	// less than 12 hours": it describes the program named before it in
	// its clause.)
	if m := nonResidentialBefore(s, start); m != nil && want(Other) && !slices.ContainsFunc(s.mentions, func(o mention) bool {
		return usable(o) && (o.start >= m.end && o.end <= start || o.end <= m.start && !clauseBreak(s.lower[o.end:m.start]))
	}) {
		return Other
	}
	if subj, ok := st.framedPronoun(s, start); ok && want(subj) {
		return subj
	}
	// "Following discharge, they attend a weekly group for ten
	// weeks": what comes once the stay is over is no program's, unless
	// the sentence steps down to one ("After discharge, most clients
	// continue in our IOP three days a week").
	if e := stayOverOpening(s); e > 0 && e <= start {
		for _, m := range s.mentions {
			if m.start >= e && programSubject(m.subject) && usable(m) {
				return m.subject
			}
		}
		if want(Other) {
			return Other
		}
	}
	if subj, ok := insideUnlike(s, start, end, want); ok {
		return subj
	}
	// "… unlike a day treatment program (PHP), offering as
	// many as 30 hours a week": the figure a participle right after the
	// program set apart gives it.
	if m := describedAfterContrast(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	// "… plus at least an hour set aside for individual or family
	// therapy": the meeting the hours are kept for.
	if subj := setAsideFor(s, end); subj != NoSubject && want(subj) {
		return subj
	}
	// "Family Education Group / IOP clients and their families attend
	// this weekly group": the group its heading names, pointed at, not
	// the program whose clients join it.
	if pointedGroup(s.lower, start, end) && st.headedByGroup() && want(Other) {
		return Other
	}
	// "- Family sessions for PHP teens: once a week, 60 minutes": the
	// service a line's label opens on, for the program's clients.
	if svc, e := serviceForProgram(s); svc != NoSubject && e <= start && want(svc) {
		return svc
	}
	// "between conventional outpatient therapy (perhaps once a week) and
	// residential care", "Below it is regular outpatient counseling —
	// typically one session a week": a figure in brackets, or after a dash,
	// right after a program's name describes that program, even one
	// named only to set the page's program against it.
	if m := describedAfterName(s, start); m != nil && want(m.subject) {
		return m.subject
	}
	// "Weekly care runs from 1 to 3 hours (standard) to 20 or more hours
	// (day treatment)": a bracket right after the figure that names the
	// standard level names outpatient care.
	if standardLevelBracket.MatchString(s.lower[end:]) && want(OP) {
		return OP
	}
	b := s.block
	tableSubj, inTable := st.table[s.bi]
	// "| Medical detox | 10-14 days | Inpatient, 24/7 nursing |": the row
	// names the program; a cell's "inpatient" or "residential" says where.
	if b.Kind == corpus.BlockTableCell && b.RowHeader != "" && strings.TrimSpace(b.Text) != strings.TrimSpace(b.RowHeader) {
		// ("| PHP | 2 to 3 weeks | adults finishing a 45-day inpatient
		// program |": a setting named as a program right after a figure
		// inside a description is that program's; "| Medical detox | 5
		// to 7 days of inpatient care |" opens the cell on the row's
		// figure.)
		if subj, ok := st.namedInCell(b.RowHeader); ok && want(subj) && onlySettingsIn(s) && (strings.TrimSpace(s.lower[:start]) == "" || settingProgramAfter(s, end) == nil) {
			return subj
		}
	}
	// The meeting a frequency stands before, if any: "weekly therapy
	// session".
	meetEnd := 0
	if adjectival {
		meetEnd = ownMeetingEnd(s.lower, end)
		for _, m := range s.mentions {
			// "step down to weekly outpatient counseling": the figure
			// right before a program modifies it, contrasted or not.
			// ("The PHP is a three-week program, which holds group
			// therapy": what a relative clause says it holds is not
			// what the figure names.)
			// ("offers 90-day stays and has detox beds": a verb of its
			// own opens another clause.)
			// ("a six-week intensive group psychotherapy program": a
			// therapy naming the program's kind is no owner.)
			if therapySubject(m.subject) && programNounAt(s.lower, m.end) {
				continue
			}
			if m.start >= end && m.start-end <= 40 && (usable(m) || m.contrast && want(m.subject) && m.start-end <= 2) && !punctBetween(s.lower[end:m.start]) &&
				!hasWord(s.lower[end:m.start], "that", "which", "including", "includes", "include", "holds", "with") && !andVerb.MatchString(s.lower[end:m.start]) &&
				// ("a weekly therapy session and a support group": the
				// frequency's own meeting, then another noun phrase.)
				!(meetEnd > 0 && meetEnd <= m.start && joinedPhrase(s.lower[meetEnd:m.start])) {
				// ("Our two- to four-week outpatient treatment program"
				// under a partial hospitalization heading: the provider's
				// own outpatient care is the program the section is
				// about, as "Our outpatient program" there is.)
				if m.weak && m.subject == OP && (st.last == IOP || st.last == PHP) && st.section == st.last && strings.TrimRight(strings.Trim(s.lower[:start], " -–—•*:"), " ") == "our" && want(st.last) {
					return st.last
				}
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
	if m := itAfterConjunction(s, start, usable); m != nil {
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
		if p := st.programInView(); p != NoSubject && want(p) {
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
			!punctBetween(s.lower[end:m.start]) && programBefore(s, lo, start) && !setting(s.lower, *m) && !placeOfNamed(s, *m, lo, start) {
			if w := wordAfter(s.lower, end); w == "in" || w == "at" {
				return m.subject
			}
		}
		// "followed by 3 to 4 weeks in evening or day IOP": the program
		// may carry a few modifiers after the preposition.
		if m.start >= end && programSubject(m.subject) && usable(*m) && prepThenModifiers(s.lower[end:m.start]) && !partBefore(s, lo, start) && !setting(s.lower, *m) &&
			!placeOfNamed(s, *m, lo, start) {
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
		// ("PHP clients attend three days a week at our outpatient
		// clinic": the program named before, at its place.)
		if m.start >= end && m.end <= hi && m.start-end <= 50 && after == nil && !setting(s.lower, *m) && !strings.ContainsAny(s.lower[end:m.start], ",;") &&
			!(outpatientPlace(s.lower, *m) && before != nil && programSubject(before.subject) && !before.weak && !before.contrast) {
			after = m
		}
	}
	// ("Outpatient care usually means a support group and a weekly
	// therapy session": a frequency before a meeting of its own, in a
	// noun phrase joined to the one that names a group, is not that
	// group's.)
	if before != nil && meetEnd > 0 && joinedPhrase(s.lower[before.end:start]) {
		before = nil
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
	// ("Our PHP includes group therapy and psychiatric sessions five
	// days a week": a part listed with the program's therapies, met on
	// three days or more, is the program's week; "… and psychiatric
	// sessions once a week" are the prescriber's.)
	// (Only with the program named before, and the figure right after
	// the part: which program "the program" is, and whose a figure
	// further on is, the list does not say.)
	joinedOften := before != nil && before.subject == Other && (therapyJoined(s, before) || listedAfter(s, before)) && daysAtLeast(s, start, 3) &&
		strings.TrimSpace(s.lower[before.end:start]) == "" && programBefore(s, lo, before.start)
	if before != nil && !programSubject(before.subject) && (before.subject != Other || joinedOften) && before.subject != SupportGroup && !ownFigure &&
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
		case st.lastProgram != NoSubject && want(st.lastProgram):
			return st.lastProgram
		}
	}
	pick := func(m *mention) (Subject, bool) {
		if m == nil {
			return NoSubject, false
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
		// ("Another outpatient group is held once a week": a
		// program set beside the one before, outpatient care itself.)
		// ("Neither our IOP nor our outpatient program …": outpatient
		// care joined to a level named plainly is a level of its own.)
		if m.weak && !opener && (st.last == IOP || st.last == PHP) && (!opensSentence(s.lower, m.start) || ownUnderHeading(st, s, m)) && !anotherOpens.MatchString(s.lower[:m.start]) && !clauseOpensOn(s.lower, *m) &&
			!(strong != nil && joinedLevels(s.lower[strong.end:m.start])) && !st.levelPerLine(s, *m) {
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
	// "The 30-day program begins with detox", "Our 60-day program
	// includes medical detox and therapy": a program named as what the
	// figure's own program holds is a part of it, not its owner.
	// (Under the program's own heading, "The 12-week program includes IOP
	// groups" is that program's.)
	if adjectival && after != nil && programSubject(after.subject) && programHolds.MatchString(s.lower[end:after.start]) {
		// (Only the program the section heads when it is the one held, or
		// residential care, which holds detox and the levels below it;
		// the page's topic only when it is the one held: "Our IOP lasts
		// 12 weeks. Our 30-day program begins with detox" is no IOP's 30
		// days.)
		if programSubject(st.section) && (st.section == after.subject || st.section == Residential) && want(st.section) {
			return st.section
		}
		if hs := s.block.Headings; len(hs) > 0 {
			if subj := st.headingSubject(hs[len(hs)-1]); programSubject(subj) && (subj == after.subject || subj == Residential) && want(subj) {
				return subj
			}
		}
		if (st.topic == after.subject || st.last == after.subject) && want(after.subject) {
			return after.subject
		}
		return Other
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
	// ("12 to 16 hours each week in individual or group therapy": two kinds
	// of therapy joined are the program's hours, neither therapy's.)
	if after != nil && !programSubject(after.subject) && therapiesJoined.MatchString(s.lower[end:after.start]) {
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
		if p, weak := labelPrograms(st, s); p != NoSubject && want(p) && !weak {
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
		if st.topic != NoSubject && st.topic != Detox && want(st.topic) {
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
		if st.last != NoSubject && !programSubject(st.last) {
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
	if residentsOpen.MatchString(afterLabel(s.lower[lo:start])) && !st.residence && (st.last != Other || st.topic == Residential && !st.underNamedHeading(s)) && want(Residential) && !st.detoxDays(s, start, end) {
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
	if st.last == Detox && st.section != NoSubject && st.section != Detox && !(hasWord(s.lower[lo:start], "stay", "stays") && dayProgram(st.section)) && want(st.section) {
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
	if subj := soleProgramAfter(s, start); subj != NoSubject && want(subj) && !startsWithPronoun(s.lower) {
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
		if p := st.programInView(); p != NoSubject && want(p) {
			return p
		}
	}
	if own := st.ownAfterGeneral(s); own != NoSubject && want(own) {
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
	if st.last != NoSubject && programSubject(st.topic) && st.topic != st.last && want(st.topic) && s.bi > 0 && !st.directory && len(s.block.Sentences) == 1 {
		if _, e := s.label(); e > 0 && e <= start && st.labelNamed(s.bi-1) {
			return st.topic
		}
	}
	// A sentence that sets a program apart ("all the treatment of an
	// inpatient program, minus overnight stays at the facility") is not about
	// it, whatever the sentence before was about.
	if st.last != NoSubject && want(st.last) && carries && !onlyContrast(s, st.last) {
		return st.last
	}
	if st.lastProgram != NoSubject && want(st.lastProgram) && !onlyContrast(s, st.lastProgram) {
		return st.lastProgram
	}
	// ("After IOP" / "Patients usually continue with a therapist and
	// dietitian once a week": under a heading of what follows the
	// program, neither the heading's program nor the page's.)
	if st.beyond != nil && want(Other) {
		return Other
	}
	for i := len(b.Headings) - 1; i >= 0; i-- {
		if subj := st.headingSubject(b.Headings[i]); subj != NoSubject {
			return subj
		}
	}
	if st.topic != NoSubject {
		return st.topic
	}
	if st.last != NoSubject && want(st.last) && !otherThanTherapy {
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

// groupsOnly is "of group" ending the clause after a figure.
var groupsOnly = prefilter.MustCompile(`^\s+of\s+(?:group|groups)\s*(?:[.;,:)]|$)`)

// residentsOpen is a clause whose subject is the residents.
var residentsOpen = prefilter.MustCompile(`^\s*(?:(?:most|many|our|all|some|the|new|typical|of)\s+)*residents\s`)

// cohortOpens is a clause opening on a cohort or track of a program.
var trackGroupsOpen = prefilter.MustCompile(`^\s*(?:the\s+|our\s+)?(?:day|daytime|evening|morning|afternoon|weekend|night)\s+(?:groups?|sessions)\b`)

var cohortOpens = prefilter.MustCompile(`^\s*(?:a|an|the|our|each)\s+(?:[a-z-]+\s+)?(?:cohort|cohorts|track|tracks)\b`)

// inPrepPhrase reports whether the mention at i follows "in the", "at our", "of an" ….
func inPrepPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "the" || w == "an" || w == "a" || w == "our" || w == "their" || w == "your" || w == "any" {
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

// closedAside reports the mention at lower[ms:me] inside an example set
// aside between dashes ("—such as …—", "—for example …—") that closes
// before i. (A program named in brackets is often the figure's own:
// "Intensive Outpatient (IOP) 9-19 hrs/week".)
func closedAside(lower string, ms, me, i int) bool {
	k := lastIndex(lower[:ms], "—")
	if k < 0 || !anyPrefix(strings.TrimLeft(lower[k+len("—"):ms], " "), asideExamples) {
		return false
	}
	j := indexFrom(lower, "—", me)
	return j >= 0 && j < i
}

var asideExamples = []string{"such as ", "like ", "e.g.", "for example", "for instance", "including "}

// daysAtLeast reports the figure at start counting at least n days or
// meetings a week.
func daysAtLeast(s *sentence, start int, n float64) bool {
	q := s.quantityAt(start)
	return q != nil && q.Per == quantity.Week && (q.Unit == quantity.Day || q.Unit == quantity.Times || q.Unit == quantity.Session) && q.HasMin && q.Min >= n
}

// placeOfNamed reports m as an outpatient clinic where a program named
// before the figure at start meets: "PHP clients attend three days a
// week at our outpatient clinic" is the PHP's.
func placeOfNamed(s *sentence, m mention, lo, start int) bool {
	return outpatientPlace(s.lower, m) && programBefore(s, lo, start)
}

// anotherOpens opens a sentence on another program than the one before,
// a few words of its kind after it: "Another group ", "A separate ".
var anotherOpens = prefilter.MustCompile(`^\W*(?:another|a\s+second|a\s+separate|a\s+different)\s+(?:[a-z-]+\s+){0,3}$`)

// bareSetting reports a setting word standing alone as a mention.
func bareSetting(t string) bool {
	return t == "inpatient" || t == "outpatient" || t == "residential"
}

// settingEnds reports a setting word at m ending what is said of the
// detox before it: "inpatient, typically 3 to 7 days", "inpatient and
// usually lasts". ("residential treatment for 30 days" names a program.)
func settingEnds(lower string, m mention) bool {
	after := strings.TrimLeft(lower[m.end:], " ")
	if after == "" || strings.ContainsRune(",.;)", rune(after[0])) {
		return true
	}
	if w, ok := strings.CutPrefix(after, "and "); ok {
		switch wordAfter(w, 0) {
		case "typically", "usually", "generally", "often", "lasts", "takes", "runs":
			return true
		}
	}
	return false
}

// settingProgramAfter is a setting word named as a program right after a
// figure ("a 45-day inpatient program", "45 days of inpatient care"), nil
// when there is none.
func settingProgramAfter(s *sentence, end int) *mention {
	for i := range s.mentions {
		m := &s.mentions[i]
		if m.start < end || !programSubject(m.subject) {
			continue
		}
		switch strings.TrimSpace(s.lower[end:m.start]) {
		case "", "of", "-":
		default:
			return nil
		}
		switch wordAfter(s.lower, m.end) {
		case "program", "programs", "care", "treatment", "stay", "stays", "unit", "rehab":
			return m
		}
		return nil
	}
	return nil
}

// serviceForProgram is the service a line's label opens on when the
// label goes on to the program whose clients it serves ("Family sessions
// for PHP teens:", "Individual therapy for IOP clients:"), and where the
// label ends; "" for other lines.
func serviceForProgram(s *sentence) (Subject, int) {
	e := strings.IndexByte(s.lower, ':')
	if e < 0 || e > 60 || len(s.mentions) < 2 {
		return NoSubject, 0
	}
	first := s.mentions[0]
	if first.end > e || programSubject(first.subject) || strings.TrimSpace(s.lower[:first.start]) != "" {
		return NoSubject, 0
	}
	for _, m := range s.mentions[1:] {
		if m.end > e {
			break
		}
		if programSubject(m.subject) {
			if between := s.lower[first.end:m.start]; hasWord(between, "for") && !hasWord(between, "and", "or", "in", "after", "before") {
				return first.subject, e
			}
			return NoSubject, 0
		}
	}
	return NoSubject, 0
}

// standardLevelBracket opens on a bracket that names the standard level
// of care alone: " (standard)", " (traditional)", "(routine)".
var standardLevelBracket = prefilter.MustCompile(`^\s*\((?:standard|traditional|regular|routine|general)\)`)

// therapiesJoined ends on a kind of therapy joined by "and" or "or" to
// the one named next: "in individual or ", "in one-on-one and ".
var therapiesJoined = prefilter.MustCompile(`\b(?:individual|one-on-one|1:1|family)(?:,\s*(?:individual|family|group))*,?\s+(?:and|or|&)\s+$`)

// ownMeetingEnd is where a meeting noun right after a frequency ends, a
// word of its kind before it ("weekly therapy session", "daily
// check-ins"), or 0 when none follows.
func ownMeetingEnd(lower string, end int) int {
	if w, at := wordAfterPast(lower, end, meetingKind); oneMeeting[w] {
		return at
	}
	return 0
}

// meetingKind and oneMeeting: a meeting named with its kind, "therapy
// session", "family meeting", "check-in".
var (
	meetingKind = wordSet("therapy", "counseling", "counselling", "individual", "group", "family", "one-on-one", "check-in")
	oneMeeting  = wordSet("session", "sessions", "meeting", "meetings", "visit", "visits", "appointment", "appointments", "check-in", "check-ins")
)

// joinedPhrase reports the words between two noun phrases as a
// coordinator and at most an article: " and a ", " plus ", ", ".
func joinedPhrase(between string) bool {
	t := strings.TrimSpace(between)
	for _, a := range [...]string{"a", "an", "the"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, " "+a))
		if t == a {
			t = ""
		}
	}
	return t == "and" || t == "plus" || t == "or" || t == "," || t == ", and" || t == "as well as" || t == "along with"
}

// opensOnConcession reports a sentence opening on a concession:
// "Although standard outpatient care helps plenty of people, …", "While
// IOP suits most clients, …". ("While in our IOP, clients …", "While
// attending PHP, …" frame the program the main clause goes on about.)
func opensOnConcession(lower string) bool {
	t := strings.TrimLeft(lower, " •*-–—")
	if !hasPrefixWord(t, "while", "although", "though", "whereas") {
		return false
	}
	return !hasPrefixWord(t, "while") || !framingAfterWhile[wordAfter(t, len("while"))]
}

// inFrontedConcession reports m, in a sentence opensOnConcession holds
// true of, inside the concession, which closes with a comma before
// start.
func inFrontedConcession(lower string, m mention, start int) bool {
	// (A concession says something of the program before its comma:
	// "Whereas with a residential program, a commitment of 30 days is
	// required, …" is still the concession at the figure.)
	k := strings.IndexByte(lower[m.end:], ',')
	if k < 0 || m.end+k >= start || careNounsOnly(lower[m.end:m.end+k]) {
		return false
	}
	// ("Although the IOP is part-time, clients attend 3 hours a day":
	// the main clause goes on with the program's clients, so the
	// concession named its program.)
	return !concededOwn[leadingWord(strings.TrimLeft(lower[m.end+k+1:], " "), 0)]
}

// concededOwn open a main clause on the conceded program itself or its
// clients, bare: "it", "they", "clients", "patients" (not "our
// clients", "residents here", "the program", which the page's own
// program may be).
var concededOwn = wordSet("it", "they", "clients", "patients", "participants", "members")

// framingAfterWhile make "while" frame a stay, not concede: "while in",
// "while attending", "while enrolled".
var framingAfterWhile = wordSet("in", "at", "on", "attending", "enrolled", "participating", "living", "staying", "receiving", "completing", "there", "here")
