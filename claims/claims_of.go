package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// claimsOf appends the claims of s to out, and returns the subject of its
// last quantity claim ("" when none) for the sentences after it.
func (x *Extractor) claimsOf(st *state, s *sentence, out []Claim) ([]Claim, Subject) {
	if s.question && !presupposes(s) {
		// "Do you offer detox?" asserts nothing about the program, nor
		// does an FAQ question written without a question mark.
		return out, NoSubject
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
		return out, NoSubject
	}
	resolved := NoSubject
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
		if neededBeyond(s.lower, q) || optionRange(s.masked, q) || slotsToChoose(s.lower, q) || neededFrequency(s.lower, q) || respectiveValues(s.lower, q) || setAgainstFigures(s.lower, q) {
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
		// "Each resident has to remain employed, for at least 25 hours a week":
		// the hours of a job a house asks for, no program's.
		if (kind == HoursPerWeek || kind == HoursPerDay) && s.containsAny("employ") {
			if pre := s.masked[max(0, q.Start-40):q.Start]; employedFor.MatchString(pre) && !hasWord(pre, "treatment", "therapy", "program", "programs", "iop", "php", "group", "groups", "counseling", "sessions") {
				continue
			}
		}
		// "Residents who volunteer must do so at least 20 hours a week":
		// a house's rule for the week outside treatment, no program's
		// hours.
		if (kind == HoursPerWeek || kind == HoursPerDay) && s.containsAny("volunteer") {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); volunteeredHours.MatchString(s.masked[lo:q.Start]) {
				continue
			}
		}
		// "Interviews for new residents are held Monday-Friday between
		// 10 am and 4 pm": when a step of getting in is held, no
		// program's days or hours.
		if (kind == DaysPerWeek || kind == HoursPerDay) && stepHeldBefore(s, q.Start) {
			continue
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
		// A figure owned by an activity (see activityTimed) or by what
		// follows a program sets no subject the next sentences go on
		// about.
		notCarried := false
		if compared && optionSpan(s.masked, q) {
			// "programs from weekly counseling to full-day treatment":
			// the ends of a range of options, no one's schedule.
			continue
		}
		// "PHP clients pay their copay once a week", "Statements are
		// mailed once a week": billing's rate, no meetings.
		if kind == DaysPerWeek {
			// (Not beside the program's own attendance: "a plan with a $25
			// copay would cost $75 a week, since the program meets three
			// evenings a week".)
			// (Right before the figure: "Your copay covers a program that
			// runs five days a week", "billed for four days a week of IOP
			// treatment" count the program's days.)
			near := s.lower[max(0, q.Start-30):q.Start]
			if lo, hi := clauseBounds(s.lower, q.Start, q.End); hasWord(near, billingWords...) && !hasWord(near, "meet", "meets", "attend", "attends", "attending", "held", "run", "runs", "group", "groups", "program", "sessions") && !strings.Contains(lowerASCII(q.Text), "session") &&
				!hasWord(s.lower[lo:hi], "meet", "meets", "attend", "attends", "attending", "held") && !ofCareAfter.MatchString(s.lower[q.End:]) {
				continue
			}
		}
		// "Someone who drinks two or three times a week", "clients were
		// using daily": how often someone drinks or uses, no program's
		// days.
		if kind == DaysPerWeek && substanceUseBefore.MatchString(s.lower[max(0, q.Start-30):q.Start]) {
			continue
		}
		// "Our PHP is for adults who struggle to stay sober with a few
		// hours of care a week", "… who relapsed while getting 5 hours of
		// counseling a week": the care the people had before, no
		// program's.
		if (kind == HoursPerWeek || kind == DaysPerWeek || kind == HoursPerDay) && pastCareOfPeopleAt(s, q.Start) {
			continue
		}
		// "Late pick-ups on weekdays are charged a fee", "Please arrive
		// by 7 p.m. on weekdays": a rule for getting there, no count of
		// the program's days.
		if kind == DaysPerWeek && len(s.mentions) == 0 && strings.HasPrefix(lowerASCII(q.Text), "weekday") {
			// (In the figure's own clause, and not one where groups meet:
			// "Treatment runs on weekdays; free parking is …", "Sessions
			// are held on weekdays, and a late fee applies …".)
			if lo, hi := clauseBounds(s.lower, q.Start, q.End); hasWord(s.lower[lo:hi], logisticsWords...) && !hasWord(s.lower[lo:hi], "meet", "meets", "held", "run", "runs", "attend", "attends", "sessions", "groups", "treatment", "come", "here") {
				continue
			}
		}
		// "on three to five days each week, Monday to Friday": the
		// weekdays the count of days falls in, not a second count.
		if kind == DaysPerWeek && weekdayWindow(s, q) {
			continue
		}
		// "Some teens need more structure than three afternoons a week
		// can give them": a schedule held up for comparison, no one's.
		// ("more than three afternoons a week" is a bound the figure
		// holds itself.)
		if (kind == DaysPerWeek || kind == HoursPerWeek) && wordBefore(s.lower, q.Start) == "than" && !boundWords[wordBefore(s.lower, lastIndex(s.lower[:q.Start], "than"))] && !(q.HasMax && q.Max <= 1) {
			continue
		}
		// "weekly three-hour groups held on Monday, Wednesday and
		// Thursday": "weekly" says the groups recur each week, on the
		// days the sentence counts.
		if strings.EqualFold(q.Text, "weekly") && i+1 < len(s.qs) && s.qs[i+1].Adjectival && strings.TrimSpace(s.lower[q.End:s.qs[i+1].Start]) == "" && daysCountedElsewhere(s, i) {
			continue
		}
		if frequencyWord(q) && !compared && len(s.mentions) == 0 && !hasWord(s.masked, scheduleVerbs...) && !meetingsAfter.MatchString(s.lower[q.End:]) {
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
		// Where the frequency word's meeting noun may start: past "or
		// biweekly", ", hour-long".
		fEnd := frequencyEnd(s, q)
		if kind == DaysPerWeek {
			fq := *q
			fq.End = fEnd
			therapy = daysOfTherapy(s, &fq)
		}
		left := leftLevel(s, q)
		// (Asked once here rather than in the case and again for its
		// value.)
		asked, bar := NoSubject, barOwner(s, q)
		if len(s.mentions) == 0 && bareAnswerOf(s) {
			asked = askedService(st)
		}
		switch {
		case ratherThanFigure(s.lower[:q.Start]) && !namedAfterFigure(s, q):
			// "rather than one hour per week, teens attend three
			// sessions": the figure set aside is nobody's schedule.
			// ("Rather than 45 minutes of talk therapy every Monday, …"
			// names whose it is.)
			subj, compared = Other, true
		case compared:
			subj = OP
		case kind == DaysPerWeek && (strings.EqualFold(q.Text, "weekly") || strings.EqualFold(q.Text, "once-a-week")) && weeklyCareSpokenOf(s.lower, q.Start, q.End):
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
		case (kind == HoursPerWeek || kind == HoursPerDay) && individualAlone(s.lower[q.End:]) && !servicesAfter(s.lower[q.End:]):
			// "9 hours of group, plus 1 hour individual": the part of the
			// week with a counselor alone.
			subj = IndividualTherapy
		case asked != NoSubject:
			// "Is there a family session? Yes, once a week.", "Do I see a
			// psychiatrist? Yes, once a week.": the answer times the
			// service the question asks about, not the page's program.
			subj = asked
		case bar != NoSubject:
			// "The minimum for PHP is 20 hours a week": the level whose bar
			// the figure is.
			subj = bar
		case weeklyCareLabelled(s, q):
			// "- Weekly therapy: about 1 hour a week" beside "- Our IOP:
			// 12 hours a week": once-a-week care, the line's label.
			subj = OP
		case kind == HoursPerWeek && q.Per == quantity.Week && q.Unit == quantity.Minute && weeklyVisitAfter.MatchString(s.lower[q.End:]):
			// "Clients also have a 50-minute weekly therapy session": one
			// client's session with a therapist, no program's week.
			subj = IndividualTherapy
		case left != NoSubject:
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
		case alumniOfLast(s, q):
			// "Graduates of our IOP meet weekly", "People who finish our
			// IOP keep meeting every Monday for another 3 to 6 months":
			// the alumni's meetings, after the program.
			subj = Other
		case kind == ProgramLength && agreementLength(s, q):
			// "sign a practice agreement running for at least three
			// years", "on probation for two years": the term of an
			// agreement or a sentence, no program's length.
			subj = Other
		case kind == ProgramLength && hospitalStay(s, q):
			// "the average hospital stay is short, often about a week":
			// a hospital's stay, no treatment program's.
			subj = Other
		case kind == ProgramLength && phaseOfStay(s, q):
			// "New residents have a settling-in period of seven days",
			// "Methadone induction usually lasts one to two weeks": a
			// period within the stay, not the stay.
			subj = Other
		case kind == ProgramLength && therapyStepAfter(s, q):
			// "Most clients step down to weekly individual therapy for
			// three to six months": the therapy's length, after the
			// program.
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
			// "Twice a week house meetings and chores": life in the house,
			// not the program's meetings.
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
		case kind == DaysPerWeek && q.HasMax && q.Max <= 2 && forActivityAfter.MatchString(cutAt(s.lower[q.End:], ".;")) && !programOpensClause(s, q):
			// "Family members join the IOP once a week for a multi-family
			// group", "… meet with the nurse once a week for a medication
			// check": the meeting the rate is for.
			subj = Other
		case kind == DaysPerWeek && q.HasMax && q.Max == 1 && strings.TrimSpace(s.lower[:q.Start]) == "" && soleActivity(s) != NoSubject:
			// "Once a week the whole family meets with the clinician for a
			// family session": a fronted rate of the one activity the
			// sentence names.
			subj = soleActivity(s)
		case frequencyWord(q) && careAfter(s, fEnd):
			// "then move to a weekly evening aftercare group": the care the
			// frequency word describes, a few words on.
			subj = Other
		case frequencyWord(q) && groupAfter(s.masked, fEnd) && careOpens(s, q.Start):
			// "Aftercare consists of a weekly group", "Our alumni
			// program is a weekly group": the group is the care's.
			subj = Other
		case frequencyWord(q) && groupAfter(s.masked, fEnd) && !namesOwnProgram(s):
			// "our weekly relapse-prevention group runs for 90 minutes":
			// a group's own schedule.
			subj = GroupTherapy
		case personMet(s, q, kind) != NoSubject:
			// "meet with their primary therapist on a weekly basis", "saw
			// her therapist twice a week": the meetings with a person are
			// a part of the program.
			subj = personMet(s, q, kind)
			// ("The program runs 8 weeks, and you see your primary
			// therapist once a week": the person met right before the
			// figure, in its own clause.)
			metAlone = subj == IndividualTherapy && (hasWord(s.masked[:q.Start], "one-on-one", "one-to-one", "individually", "privately") || personJustBefore(s.masked, q.Start))
		case kind == SessionLength && groupsLast.MatchString(s.masked[max(0, q.Start-40):q.Start]) && (mentionedBefore(s, IndividualTherapy, q.Start) || opensOnGroups(s.lower) && (st.last == IndividualTherapy || st.namedNext(s, IndividualTherapy) && meetingLong(q))):
			// "Individual sessions are 50 minutes; groups run 90
			// minutes": the groups' own length, set beside the
			// individual sessions' (alone, a program's groups are its
			// meetings). The individual sessions may come right after:
			// "Groups run 90 minutes. Individual sessions are 50."
			subj = GroupTherapy
		case (kind == SessionLength || kind == HoursPerDay || kind == DaysPerWeek) && labelledGroup(s, q.Start, kind != SessionLength):
			// "Relapse-prevention group: 90 minutes" under "Individual
			// therapy: 60 minutes": a line labelled by a group names it,
			// whatever the line before named. So do its hours and days,
			// "Skills group: 10 am to noon, Mon and Wed": one part of
			// the program's week.
			subj = GroupTherapy
		case countedTherapy(s, q) != NoSubject:
			subj = countedTherapy(s, q)
		case therapy != NoSubject:
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
		case kind == ProgramLength && summedOpening(s.lower) && !programBefore(s, 0, q.Start) && len(st.prevPrograms) >= 2:
			// "PHP is 3 to 4 weeks and IOP 6 to 8 weeks. All together,
			// most people are with us for 4 to 6 months": the sum of the
			// programs just named, no one program's length.
			subj = Other
		case kind == ProgramLength && readyAfterDetox(s, q.Start):
			// "PHP begins with medically monitored withdrawal management
			// … Most people are ready to join full programming within
			// three to five days": how long the withdrawal care lasts.
			subj = Detox
		case steppedTo(s, q.Start) != NoSubject && !spanIn(s, q):
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
		case colonOwner(s, q.Start) != NoSubject:
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
		case comparedRelativeOwner(s, q.Start) != nil:
			// "works better than outpatient groups that ask clients to
			// come in 2-3 times a week": the figure of the program held
			// up beside the page's, general.
			subj, compared = comparedRelativeOwner(s, q.Start).subject, true
		default:
			subj = st.resolve(s, q.Start, q.End, q.Adjectival, nil)
			// "We recommend weekly therapy after IOP" on the IOP's page:
			// what follows a program is not that program, though the page
			// is about it.
			if programSubject(subj) && namedOnlyAsStepBefore(s, subj, q.End) {
				subj, notCarried = Other, true
			}
			// "Our IOP lets teens who do not need a day program attend
			// school and get treatment Monday through Thursday": the
			// program the clients do not need is not the one they attend.
			if programSubject(subj) && slices.Contains(needlessPrograms(s, q.Start), subj) {
				if p := st.resolve(s, q.Start, q.End, q.Adjectival, excluding(nil, subj)); p != NoSubject {
					subj = p
				}
			}
			// "Medical detox is available on site. It usually lasts 3 to 7
			// days … before a client joins the residential groups": the
			// pronoun's program, not the one it comes before.
			if programSubject(subj) && programSubject(st.last) && st.last != subj && startsWithPronoun(s.lower) && namedOnlyAsNext(s, subj, q.End) {
				subj = st.last
			}
			// "Lab draws" / "Saturday and Sunday, 7 to 9 a.m.": a line of
			// bare times under a short heading naming something the
			// building keeps hours for is that thing's.
			if programSubject(subj) && len(s.mentions) == 0 && timesOnly(s) && activityHeading(s.block.Headings) {
				subj = Other
			}
			// "Most clients go through detox and then stay for 30 to 45
			// days", "Including detox, residents are with us for about five
			// weeks": the stay detox is a step of, not detox's length.
			if kind == ProgramLength && subj == Detox && detoxAsStep.MatchString(s.lower[:q.Start]) {
				subj = Other
				if st.topic == Residential {
					subj = Residential
				}
			}
			// "Many residents move on to an IOP afterward. Most stays last
			// 60 to 90 days": a stay is the residential page's, not the
			// outpatient program named the sentence before.
			if kind == ProgramLength && (subj == IOP || subj == PHP || subj == OP) && len(s.mentions) == 0 && (st.topic == Residential || st.topic == Detox) && staysTimed.MatchString(s.lower[:q.Start]) {
				subj = st.topic
			}
			// "Equine therapy is held on Tuesday and Friday" after a
			// line about individual sessions: a therapy of its own.
			if subj == IndividualTherapy && specialtyTherapy.MatchString(s.lower[:q.Start]) && !mentionedBefore(s, IndividualTherapy, q.Start) {
				subj = Other
			}
			// "Music therapy is offered three times a week" on a
			// residential page: the activity's days, not the program's.
			if (programSubject(subj) || therapySubject(subj)) && activityTimed(s, q) {
				subj, notCarried = Other, true
			}
			// "a weekly youth group that meets on Tuesdays for 90
			// minutes": the group's meeting, not the program's week.
			if (kind == HoursPerWeek || kind == HoursPerDay || kind == SessionLength || kind == ProgramLength) && (programSubject(subj) || therapySubject(subj)) && groupMeetingLength(s, q) {
				subj, notCarried = Other, true
			}
			// "A program that meets two hours, once a week, is not really
			// an IOP": the figures of what the sentence says the program
			// is not.
			if programSubject(subj) && deniedAsProgram(s, q, subj) {
				subj = Other
			}
			// "Private counselors see clients an hour once a week, which
			// is not as intensive as our day program": the lighter care's
			// figures, held below the program.
			if programSubject(subj) && heldBelow(s, q, subj) {
				subj, notCarried = Other, true
			}
			// "Going from living here around the clock to just nine hours
			// a week": the care a move out of round-the-clock care lands
			// on.
			if programSubject(subj) && movedToFigure(s, q, subj) {
				subj, notCarried = Other, true
			}
			// "How long is individual therapy? / 45 to 50 minutes, once a
			// week in both PHP and IOP": the service asked about, held in
			// the programs named.
			if programSubject(subj) {
				if a := st.serviceAsked(s); a != NoSubject {
					subj = a
				}
			}
			// "Clients who finish our 60-day program usually attend PHP
			// next": the program finished is not the one attended next.
			if kind == ProgramLength && q.Adjectival && programSubject(subj) && finishedThenNext(s, subj, q) {
				subj = Other
			}
			// "Many IOP clients first spent 30 days in the lodge": the
			// stay before the outpatient program its clients are in now.
			// (Residential clients' stay in the lodge is residential care.)
			if kind == ProgramLength && (subj == IOP || subj == PHP || subj == OP) && stayBefore(s, subj, q.Start) {
				subj = Other
			}
			// "The intervention consists of skills groups, individual
			// counseling and drug screens delivered over a 16-week
			// period": a length after a list of the parts is the whole's,
			// the program before the list if one is named there.
			// "Our IOP offers 12 hours per week of group therapy,
			// individual therapy and family sessions": hours of a list of
			// the program's parts are the program's, the one the sentence
			// names before them.
			if (kind == HoursPerWeek || kind == HoursPerDay) && servicesAfter(s.lower[q.End:]) {
				if p := firstProgramBefore(s, q.Start); p != NoSubject {
					subj = p
				}
			}
			if k := partsListed(s.lower[:q.Start]); kind == ProgramLength && (therapySubject(subj) || subj == Other) && k >= 0 {
				if p := firstProgramBefore(s, k); p != NoSubject {
					subj = p
				} else if p := st.resolve(s, q.Start, q.End, q.Adjectival, programSubject); p != NoSubject {
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
				if p := st.programInView(); p != NoSubject {
					subj = p
				}
			}
			// "That is six hours a week of group therapy, skills practice
			// and recovery planning": the hours of a list of activities
			// are the program's week, group therapy one of them.
			// So is a day of it said to be hours of group therapy: "Each
			// evening is three hours of group therapy".
			if (kind == HoursPerWeek || kind == HoursPerDay) && subj == GroupTherapy && (activitiesAfter(s.lower, q.End) || kind == HoursPerDay && dayLasts.MatchString(s.masked[max(0, q.Start-40):q.Start])) {
				if p := st.programInView(); p != NoSubject {
					subj = p
				}
			}
			// "The IOP consists of 3-hour group sessions": a program's
			// group sessions are its meetings, their length its
			// session length.
			if kind == SessionLength && q.Adjectival && subj == GroupTherapy && consistsOf.MatchString(s.lower[max(0, q.Start-30):q.Start]) {
				if p := st.resolve(s, q.Start, q.End, false, programSubject); p != NoSubject && p != Other {
					subj = p
				}
			}
		}
		// "Residents attend 12-step meetings each evening, and our program
		// lasts 30 days": a length in a clause that names no support group
		// is not the meetings' the clause before named.
		if kind == ProgramLength && subj == SupportGroup && !mentionedInClause(s, SupportGroup, q) {
			if p := st.resolve(s, q.Start, q.End, q.Adjectival, programSubject); p != NoSubject {
				subj = p
			} else {
				subj = Other
			}
		}
		// "• Intensive outpatient (IOP) – group therapy three evenings a
		// week", "• Outpatient counseling (OP) – individual and group
		// sessions, one or two visits a week": on a line labelled with a
		// program, the days are the program's, unless the count names
		// its therapy ("one individual session a week").
		if therapySubject(subj) && kind == DaysPerWeek && therapy == NoSubject && !therapyInText(lowerASCII(q.Text)) {
			if p := labelProgram(st, s); p != NoSubject {
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
				if p := st.programInView(); p != NoSubject {
					subj = p
				}
			} else if p := st.weekOfGroups(s, q, lo); kind == DaysPerWeek && p != NoSubject {
				subj = p
			}
		}
		// "a one-hour individual session once a week. Many also join one
		// of our weekly 90-minute groups", "a weekly individual session
		// plus a 90-minute group": the groups' length, not the individual
		// session's named before, however that subject was found.
		if w := wordAfter(s.lower, q.End); kind == SessionLength && subj == IndividualTherapy && q.Adjectival && (w == "group" || w == "groups") {
			subj = GroupTherapy
		}
		// "Group sessions meet four nights a week, 6 to 9 p.m." under
		// the program's heading: the program's groups meeting are its
		// days and its day.
		if (kind == DaysPerWeek || kind == HoursPerDay) && subj == GroupTherapy {
			if lo, _ := clauseBounds(s.lower, q.Start, q.End); groupsMeetOpen.MatchString(s.lower[lo:]) && !hasWord(s.lower, audienceWords...) {
				if p := st.groupsHeadedBy(s); p != NoSubject {
					subj = p
				}
			}
		}
		// "Once a week" / "Family group for parents and teens": a line of
		// nothing but the figure, over a short line naming the meeting it
		// counts.
		if programSubject(subj) && len(s.mentions) == 0 {
			if c := st.captionBelow(s, q); c != NoSubject {
				subj, notCarried = c, true
			}
		}
		// (Not the hours kept for the meeting named right after them: "…
		// one hour or more reserved for individual and/or family
		// counseling".)
		if therapySubject(subj) && !mentionedBeside(s, subj, q.End) && !metAlone && (kind == ProgramLength || namesTreatment(s.masked)) && setAsideFor(s, q.End) != subj {
			// "Length: usually 3 to 5 weeks", "Treatment days are Monday
			// through Friday" after a line about group therapy: a therapy
			// carried from before has no length of its own, and the
			// treatment's days are the program's.
			// (With no program in view, the length is no one's: "a month
			// is usual, though needs vary" after a line about individual
			// sessions.)
			if p := st.programInView(); p != NoSubject {
				subj = p
			} else if kind == ProgramLength {
				subj = Other
			}
		}
		if kind == ProgramLength && st.residence && !namesOwnProgram(s) && !(subj != NoSubject && st.headingProgram(s) == subj) {
			subj = Other // "Minimum stay: 90 days" on a sober house's page
		}
		if st.residence && programSubject(subj) && anyProgram(s, subj, q.Start) {
			// "Every resident is expected to be in an outpatient program
			// four or more days a week": a sober house's rule for whatever program its
			// residents choose, no program's schedule.
			subj = Other
		}
		// "Our detox unit has six beds. Clients spend three to five days
		// there before joining residential care": "there" points back at
		// the one program the sentence before named.
		// ("Clients who start in our PHP spend two weeks there" point
		// back within the sentence.)
		if kind == ProgramLength && wordAfter(s.lower, q.End) == "there" && len(st.prevPrograms) == 1 && programSubject(st.prevPrograms[0]) && s.off > 0 && !programBefore(s, 0, q.Start) {
			subj = st.prevPrograms[0]
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
		// spans to detox). ("Withdrawal usually lasts 2 to 10 days" on a
		// page of no program: detox's too.)
		if kind == ProgramLength && (programSubject(subj) && subj != Detox || subj == Other && !partOnly) && withdrawalLasts(s, q.Start) {
			subj = Detox
		}
		// "Stabilization on the unit tends to take about three
		// days" on a page about an inpatient unit: a stay of ten days at
		// most, carried to residential care from the page or the sentence
		// before, is the withdrawal phase (the labelled pages give such
		// lengths to detox 120 times, to residential care five, each time
		// naming it beside the figure).
		// (Only with withdrawal in view: a 10-day program, a phone
		// blackout are residential care's own short spans; a family week
		// is an event of its own, see eventsOwn.)
		if kind == ProgramLength && subj == Residential && q.HasMax && q.Max*factor <= 10 && !mentionsSubject(s, Residential) && withdrawalInView(s) {
			subj = Detox
		}
		// "Rehab programs usually last at least 30 days", "a rehab
		// program will often run 30 to 45 days": rehab programs by
		// that name, opening the figure's clause, are the live-in stays
		// the labelled pages give such lengths to, whatever care the
		// clause before named ("While detox takes about a week, …").
		if kind == ProgramLength && rehabProgramsOpen(s, q.Start) {
			subj = Residential
		}
		c := newRangeClaim(s, q, kind, factor)
		c.Subject = subj
		if trackOfAnother(s, c.Variant, subj) {
			c.Variant = ""
		}
		if partOnly && c.Variant == "" {
			c.Variant = "phase"
		}
		// "Men are sent to our partner, Oak Hollow Lodge, which runs a
		// 60-day residential program": the figures of the
		// place referred to, another provider's program.
		// ("Residents must attend an outside IOP, three days a week at
		// least": a program the provider does not run.)
		// ("Adult programs in our area usually run three or four days a
		// week": other providers' programs of the region, see ourRegion.)
		if referredToWhich.MatchString(s.lower[:q.Start]) || referredToWhich.MatchString(cutAfterWhich(s.lower[:q.Start])) || outsideProgram(s, subj, q.Start) ||
			c.Scope == General && s.contains("our") && regionOnly(s.lower) {
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
		// ("Clients attend six hours a day. This includes three hours of
		// group therapy each day": a part of the day the sentence before
		// gave, pointed back at.)
		if (kind == HoursPerDay || kind == SessionLength) && (dayPartAfter(s.lower[q.End:]) || includesBack.MatchString(s.lower[:q.Start])) {
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
		// "There is also a 24-month program for repeat offenders": one
		// more program, named by whom it is for.
		if kind == ProgramLength && c.Variant == "" && q.Adjectival {
			if v := anotherProgramFor(s, q); v != "" {
				c.Variant = v
			}
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
		vague := vagueWords(q)
		if (vague || c.Attribution == "research") && !namedFor(s, q, kind, c.Subject) {
			if vague && kind == ProgramLength {
				// "Some need a few extra weeks": a vague length not said
				// of a program by name hedges an exception ("PHP usually
				// lasts a few weeks" is still the PHP's).
				continue
			}
			if vague && !startsWithPronoun(s.lower) && !(c.Subject == st.headingProgram(s) && programSubject(c.Subject)) || c.Attribution == "research" {
				// A research finding about "treatment" in general is about
				// no program of the page's.
				// "a few hours a day of practice": a vague amount is weak
				// evidence, so it must be said of a program by name, or be
				// the program's its section's heading names ("What happens
				// in IOP?"; not "Recovery takes … a few hours a day" there).
				continue
			}
		}
		// ("Participants come to the clinic twice a week for 12 weeks to
		// give a urine sample" on a page of the department's open
		// studies: a study's visits, no program's.)
		if st.researchPage && !namesProgram(s) {
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
		// ("Even after eight weeks of residential care, 60% of patients
		// relapse within a year": a statistic of those who had the span,
		// no program's length.)
		if kind == ProgramLength && wordBefore(s.lower, q.Start) == "after" && relapseStatistic(s.lower[q.End:]) {
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
		// ("… is of limited or no effectiveness": the same principle.)
		principle := (s.contains("limited effectiveness") || s.contains("limited or no effectiveness") || s.contains("little or no effectiveness")) &&
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
		if !compared && !notCarried {
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
				if p := programAfterComma(s); p != NoSubject {
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
			// "Our IOP has no overnight staff, so anyone who needs 24-hour
			// monitoring should start with residential treatment": the
			// people with the need go to the program named after it.
			// (Only where the need is told where to go: "… should start
			// with", "… belong in"; "Our residential program serves adults
			// who need 24/7 supervision before they step down to PHP" is
			// the residential program's.)
			if bk.kind == Supervision24x7 && h.value && needBefore(s.lower, h.start) && whoNeeds(s.lower, h.start) && sentOnAfter.MatchString(s.lower[h.end:]) {
				if p := firstProgramAfter(s, h.end); p != NoSubject {
					h.subject = p
				}
			}
			if need := whenNeeded(s.lower, h.start); need || inCondition(s.lower, h.start) {
				p := conditionedProgram(s)
				if need {
					p = programAfterComma(s)
				}
				if p != NoSubject || h.subject == NoSubject {
					h.subject = p
				}
			}
			out = x.boolClaim(st, s, bk, h, out)
		}
	}
	return out, resolved
}

// volunteeredHours ends on a clause about volunteering before the hours
// it asks: "residents who volunteer must do so at least ", "must
// volunteer at least ".
var volunteeredHours = prefilter.MustCompile(`\bvolunteer(?:s|ing|ed)?\b[^.;]{0,60}$`)

// namedFor reports the program of a claim of kind about subj named in
// s, as a vague figure or a research finding needs it. ("Withdrawal lasts a few days to a week":
// withdrawal names the span, as detox would, for a claim that is detox's
// already; not the wait before it starts, "symptoms may be delayed a few
// days".)
func namedFor(s *sentence, q *quantity.Quantity, kind Kind, subj Subject) bool {
	return namesProgram(s) || subj == Detox && kind == ProgramLength && withdrawalLasts(s, q.Start) &&
		!hasWord(s.lower[:q.Start], "delayed", "delay", "begin", "begins", "start", "starts", "appear", "appears", "emerge", "emerges")
}

// activityChoice lists work or school beside treatment as choices: "a
// job, classes or counseling", "a job or an IOP".
// employedFor ends on a job held, then how long: "remain employed, for
// at least ", "be employed at least ", "gainfully employed for ".
var employedFor = prefilter.MustCompile(`\b(?:employed|employment)\b[^.;]{0,30}$`)

var activityChoice = prefilter.MustCompile(`\b(?:work|working|job|employment|school|classes|volunteering|volunteer\s+work)\b[^.;]{0,60}?\bor\s+(?:(?:an?|in|at|be|attend|attending|receive|receiving|outpatient|intensive|day|group)\s+){0,3}(?:treatment|counseling|counselling|outpatient|iop|php|therapy|program)\b`)

// stepHeldBefore reports s opening on a step of getting in said to be
// held, and nothing between it and start that names a program or ends
// the clause: "Interviews for new residents are held …".
func stepHeldBefore(s *sentence, start int) bool {
	loc := stepHeld.FindStringIndex(s.lower)
	if loc == nil || loc[1] > start || strings.ContainsAny(s.lower[loc[1]:start], ";") {
		return false
	}
	return s.mentionAt(loc[1], start) == nil
}

// stepHeld opens a sentence on interviews, assessments, tours or
// admissions said to be held or scheduled: "Interviews for potential
// residents are held", "Intake assessments are scheduled".
// (The step itself, or the step for someone: not "Assessment groups
// are held", groups of the program.)
var stepHeld = prefilter.MustCompile(`^\W*(?:(?:the|our|all|new|intake|admission|admissions|pre-admission|initial)\s+)*(?:interviews?|assessments?|evaluations?|screenings?|tours?|consultations?|admissions?|intakes?|intake\s+appointments?)(?:\s+(?:for|of|with)\b[^.;]{0,60}?)?\s+(?:are|is)\s+(?:usually\s+|typically\s+|generally\s+|normally\s+|only\s+)?(?:held|conducted|scheduled|done|offered)\b`)
