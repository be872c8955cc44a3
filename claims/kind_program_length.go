package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// statesProgramLength decides whether a bare duration ("three to five
// weeks", "90 days", "up to a year") is how long a program lasts. It needs
// a cue — a lasting verb, a length noun, "for" before it, or a program noun
// after an adjectival form ("a 90-day program") — because durations also
// say how long someone has been sober, how old they are, or when something
// happens ("after 30 days", "within 90 days of discharge").
func statesProgramLength(s *sentence, i int) bool {
	q := &s.qs[i]
	qt := lowerASCII(q.Text)
	if qt == "all day" || qt == "all-day" {
		// "attend treatment all day": the whole of a day, no length.
		return false
	}
	// "He never stayed anywhere for more than two days", "had not lasted
	// in any program longer than a week": one person's history, no
	// program's length.
	if lo, _ := clauseBounds(s.lower, q.Start, q.End); anyPlaceBefore.MatchString(s.masked[lo:q.Start]) ||
		// "Both have run outpatient groups for more than a decade",
		// "worked for eight years in residential treatment": a staff
		// member's years at the work, no program's length.
		q.Unit == quantity.Year && hasWord(s.masked[lo:q.Start], staffTenure...) && !hasWord(s.masked[lo:q.Start], "clients", "patients", "residents", "participants", "members") ||
		// ("Our program director spent six years at a residential
		// treatment center": so are years a member of staff spent.)
		q.Unit == quantity.Year && staffSpent.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "After treatment for 30 days, about 70% were still enrolled", "At
	// 90 days, half remained in care": a study's point of measure,
	// opening the sentence before the share it reports.
	if measuredAt(s, q) {
		return false
	}
	// ("Oakview charges $6,100 for a 30-day residential program", "more
	// than $1,500 for an outpatient program of up to 45 days": a price,
	// and the program it buys named by its length.)
	if pricedFor(s.lower, q.Start) {
		return false
	}
	// "This month we celebrate ten years of our IOP", "This spring marks
	// five years of our PHP": how long the program has run, no stay.
	if q.Unit == quantity.Year && hasWord(s.masked[sentenceStart(s.masked, q.Start):q.Start], "celebrate", "celebrates", "celebrating", "celebrated", "marks", "marking", "mark", "anniversary") {
		return false
	}
	// "For more than ten years we have offered a place to heal", "For
	// over eight years, our program has helped women recover": how long
	// the provider has done its work, fronted before a present perfect.
	if q.Unit == quantity.Year && yearsFronted.MatchString(s.masked[sentenceStart(s.masked, q.Start):q.Start]) && presentPerfect.MatchString(s.masked[q.End:min(len(s.masked), q.End+60)]) {
		return false
	}
	if pointInStay(s, q) {
		return false
	}
	if waitListed(s, q) {
		return false
	}
	// "Most PHP sessions are between four and five days in duration":
	// sessions last hours, so a few days said of them count the week's
	// meeting days, no length of the program.
	if q.Unit == quantity.Day && q.HasMax && q.Max <= 7 {
		if lo, _ := clauseBounds(s.lower, q.Start, q.End); sessionsAreBefore.MatchString(s.masked[lo:q.Start]) {
			return false
		}
	}
	// "90 days is the minimum treatment length", "3 months is the
	// minimum amount of treatment needed": a length named as the bound
	// of a stay.
	if !q.Adjectival && q.Per == quantity.None && lengthAfterBound.MatchString(s.lower[q.End:]) {
		return true
	}
	// ("Construction of the new center will take 12 to 18 months", "the
	// new building is expected to open in a year", "it will take a year
	// to finish construction": a building's schedule, no stay.)
	// ("this project will take three to five years": a project of
	// years is building work; "16 weeks of outpatient treatment" a
	// project takes is care.)
	if lo, _ := clauseBounds(s.lower, q.Start, q.End); buildingWork.MatchString(s.masked[lo:q.Start]) || buildingAim.MatchString(s.masked[q.End:]) || q.Unit == quantity.Year && projectTakes.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	if spanOfOther(s, q, qt) {
		return false
	}
	// "one therapy hour a week is not cutting it": "a week" is the rate
	// of what comes right before it, no length.
	if (qt == "a week" || qt == "a month" || qt == "a day" || qt == "per week" || qt == "each week") && rateOfNoun(s.lower, q.Start) {
		return false
	}
	// "PHP 5 days x 5 hrs", "4 mornings × 3 hours": days multiplied by a
	// day's hours are a week's days, no length.
	// ("28 days x 24-hour supervision" is a stay.)
	if q.Unit == quantity.Day && q.HasMax && q.Max <= 7 && timesHours.MatchString(s.lower[q.End:]) {
		return false
	}
	// ("fit IOP around a day job": a job by the day, no length.)
	switch wordAfter(s.lower, q.End) {
	case "job", "jobs", "shift", "shifts", "trip", "trips", "pass", "passes":
		return false
	}
	// "reviewed every 30 days", "a check-in every two weeks": how often,
	// never how long, under a length label too.
	if wordBefore(s.masked, q.Start) == "every" && !q.Adjectival {
		return false
	}
	// "at least two years of continuous recovery", "six months of
	// sobriety": a person's time in recovery, no program's.
	if personalTime.MatchString(s.lower[q.End:]) {
		return false
	}
	// "seven years of funding for 45 residential drug treatment beds":
	// how long money or a contract runs, no stay.
	if wordAfter(s.lower, q.End) == "of" && fundingWords[wordAfter(s.lower, q.End+len(" of"))] {
		return false
	}
	// "Goal: drug tests negative for 4 months": time tested clean, no
	// program's.
	if strings.HasSuffix(strings.TrimRight(s.masked[:q.Start], " "), "negative for") {
		return false
	}
	// "We chose three days because the gap between sessions felt too
	// long": days a week chosen, no length.
	switch wordBefore(s.lower, q.Start) {
	case "chose", "choose", "picked", "pick":
		if q.Unit == quantity.Day && q.HasMax && q.Max <= 7 {
			return false
		}
	}
	// "Detox usually takes several days — typically three to seven": the
	// figures that make a rough span exact are a length when the span's
	// own clause, before the dash, is one.
	if i > 0 && s.qs[i-1].Unit == q.Unit && restatesRough(s.lower, &s.qs[i-1], q) {
		plo, phi := clauseBounds(s.lower, s.qs[i-1].Start, s.qs[i-1].End)
		if anyWordIn(s.masked[plo:phi], lengthCueSet) {
			return true
		}
	}
	// "It takes 21 days to build a new habit", "about 66 days for a new
	// routine to stick", "two weeks to get an appointment": the time some
	// aim named after the figure takes. With no care in the sentence it
	// is no program's length ("90 days to complete our program" is one).
	if m := aimAfter.FindStringSubmatch(s.masked[q.End:]); m != nil && (!careVerbs[m[1]] && !namesCare(s) || deliberation[m[1]]) {
		return false
	}
	// ("take a few days and decide later")
	if wordAfter(s.masked, q.End) == "and" && deliberation[wordAfter(s.masked, q.End+len(" and"))] {
		return false
	}
	// "take three days of PTO", "two weeks of unpaid leave": time off a
	// job, which the employer grants; the program's length is not in it.
	if timeOffAfter.MatchString(s.lower[q.End:]) {
		return false
	}
	// "Most people begin treatment less than a week after they first
	// phone us": how long until treatment starts.
	// ("The program runs 12 weeks after your assessment" is its length.)
	if delayAfterContact.MatchString(s.lower[q.End:]) && startsBefore(s.lower[max(0, q.Start-60):q.Start]) {
		return false
	}
	// "Recent addiction (under 4 months): about 28 days of rehab": a
	// bracket after the addiction says how long it has lasted, no
	// program's length.
	if pre := strings.TrimRight(s.lower[:q.Start], " "); strings.HasSuffix(pre, "(") {
		switch wordBefore(pre, len(pre)-1) {
		case "addiction", "use", "dependence", "dependency", "drinking", "disorder", "habit", "misuse", "abuse":
			return false
		}
	}
	// "Many substances take up to 30 days to leave the body": how long a
	// drug stays in the body, no program's length.
	if clearedFromBody.MatchString(s.lower[q.End:]) {
		return false
	}
	// "a period that begins in 30 to 90 days", "the work phase starts
	// after 60 days": when something starts, not how long it lasts.
	if startsIn.MatchString(s.lower[max(0, q.Start-30):q.Start]) {
		return false
	}
	// "moves to late mornings on the same two days", "on those three
	// days": which days of the week, no length.
	// ("Our detox lasts the same 5 to 7 days as hospital detox" is one.)
	// ("attendance on all five program days": the days of each week;
	// "on all 12 program days" counts the program's days.)
	if w := wordBefore(s.masked, q.Start); (w == "same" || w == "those" || w == "these" || w == "all" && q.HasMax && q.Max <= 7) && !q.Adjectival && strings.Contains(qt, "day") {
		k := lastIndex(s.masked[:q.Start], w)
		if w == "same" {
			k = lastIndex(s.masked[:k], "the")
		}
		if k >= 0 && wordBefore(s.masked, k) == "on" {
			return false
		}
	}
	// "Pack for about a week": what to bring, no stay's length.
	if packedFor.MatchString(s.masked[max(0, q.Start-40):q.Start]) {
		return false
	}
	// "Most clients finish after 24 days of group", "Clients need to
	// attend 20 days of treatment to graduate": days attended, counted,
	// not how long the program runs. (Not a stay: "complete 30 days of
	// residential treatment", "attend 28 days of inpatient care".)
	if q.Unit == quantity.Day && !q.Adjectival && (attendedDaysOf.MatchString(s.masked[q.End:]) || hasWord(wordBefore(s.masked, q.Start), "attend", "attends", "attended", "attending")) &&
		!hasWord(s.masked, "residential", "inpatient", "detox", "detoxification", "residents", "stay", "live-in") {
		return false
	}
	// "Groups run three hours at a time on three days": which days the
	// hours before fall on, not how long.
	if wordBefore(s.masked, q.Start) == "on" && q.Unit == quantity.Day && q.HasMax && q.Max <= 7 && !q.Adjectival && i > 0 && s.qs[i-1].Unit == quantity.Hour {
		return false
	}
	// The figure's clause, read by most of the tests below.
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	// "Zero-interest financing over 18 months": a loan's term.
	if !q.Adjectival && hasWord(s.lower[max(lo, q.Start-50):q.Start], "payment", "payments", "interest", "interest-free", "financing", "financed", "installment", "installments", "loan", "loans") {
		return false
	}
	// "drive with an ignition interlock for a year or more", "probation
	// usually lasts 18 months", "a 90-day license suspension": what a
	// court orders, no program's length. (Only the order itself: "Our IOP
	// lasts 12 weeks and meets probation requirements", "Residents on
	// parole stay with us for 60 days" give the program's.)
	// ("An interlock fitted to every car you drive for at least 12
	// months": the device's term, however far the figure follows.)
	if courtBefore.MatchString(s.lower[max(lo, q.Start-40):q.Start]) || courtAfter.MatchString(s.lower[q.End:]) || hasWord(s.lower[lo:q.Start], "interlock") {
		return false
	}
	// "How long will I take buprenorphine? / Most of our patients stay on
	// it for at least 12 months": time on a medication, no program's.
	if onMedication(s, s.masked[lo:q.Start]) || medicationContinued.MatchString(s.masked[:q.Start]) {
		return false
	}
	// "That does not mean three months in residential care": what a
	// figure does not mean is no length of anything.
	if notMeaning(s.masked[lo:q.Start]) {
		return false
	}
	// "Verification usually takes less than a day", "Most admissions
	// are completed in less than a day": how long a step of getting in
	// takes, not the program. (Days at most: "Enrollment typically takes
	// 12 weeks from the first group to graduation" is the program's; a
	// step of getting in other than enrollment may take a few weeks:
	// "Our intake process takes two weeks".)
	if (q.Unit == quantity.Day || q.Unit == quantity.Hour || q.Unit == quantity.Week && q.HasMax && q.Max <= 4 && !hasWord(s.masked[lo:q.Start], "enrollment", "enrolment")) &&
		adminStepTakes.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "Getting into our IOP usually takes two to three weeks": a wait.
	// ("Admission to graduation in our IOP usually takes ten weeks" is
	// the whole stay.)
	// ("Residential admission usually takes one to three weeks",
	// "Getting a residential bed usually takes one to three weeks": the
	// wait too.)
	if (gettingInTakes.MatchString(s.masked[lo:q.Start]) || waitTakes.MatchString(s.masked[lo:q.Start])) && !hasWord(s.masked[lo:q.Start], "graduation", "discharge", "completion", "finish", "finishing") {
		return false
	}
	// "Repeat convictions within a set period, often seven years, …": the
	// window the words before name, given in apposition.
	if windowInApposition.MatchString(s.masked[max(0, q.Start-80):q.Start]) {
		return false
	}
	// ("Most drinkers detox from alcohol in under a week": detox the verb
	// of the people who go through it; not "get you into detox within 24
	// hours", an admission's wait.)
	before := wordBefore(s.masked, q.Start)
	peopleDetox := (before == "in" || before == "within") && detoxThenIn.MatchString(s.masked[lo:q.Start])
	if strings.HasPrefix(qt, "within") || strings.HasPrefix(qt, "in ") || before == "within" || peopleDetox {
		// "within 90 days of discharge" is a deadline; "withdrawal
		// resolves within 5 to 7 days" is how long detox lasts.
		if wordAfter(s.masked, q.End) == "of" || before == "first" || strings.Contains(qt, " first ") {
			// "within 30 days of admission", "completed within the first
			// two weeks": a deadline, a window.
			return false
		}
		// ("… detox within five days" is at most five; "… detox in about
		// five days" stays about five.)
		if peopleDetox {
			if before == "within" && q.Qualifier != quantity.UpTo && q.HasMax && q.HasMin && q.Min == q.Max {
				q.Qualifier, q.Min, q.HasMin = quantity.UpTo, 0, false
			}
			return true
		}
		ws := strings.Fields(s.masked[lo:q.Start])
		for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
			// ("Opioid withdrawal is usually managed within a week": so
			// is withdrawal seen through.)
			w := strings.Trim(ws[k], ",.")
			if completionVerbs[w] || w == "managed" && managedWithdrawal(ws[:k]) {
				// "finish detox within about a week": at most that long.
				// ("within three to five days" keeps its range.)
				if q.Qualifier != quantity.UpTo && q.HasMax && q.HasMin && q.Min == q.Max {
					q.Qualifier, q.Min, q.HasMin = quantity.UpTo, 0, false
				}
				return true
			}
		}
		return false
	}
	// "Two to six weeks is typical", "90 days is the usual minimum": a
	// length opening its clause, judged by what follows.
	if !q.Adjectival && q.Per == quantity.None {
		if judgedAfter.MatchString(s.masked[q.End:]) {
			return false // "30 days is a long time to stay sober"
		}
		// ("For teens in residential care, 45 to 60 days may be best":
		// after a phrase fronted by a comma.)
		if pre := strings.TrimSpace(s.masked[lo:q.Start]); (pre == "" || frontedPhrase.MatchString(pre)) && usualAfter.MatchString(s.masked[q.End:]) {
			return true
		}
	}
	if strings.Contains(qt, "minimum stay of") || strings.Contains(qt, "maximum stay of") || strings.Contains(qt, "minimum length of") {
		return true // "a minimum stay of 90 days": the bound names the stay
	}
	if (bareRate(qt) || qt == "a month") && strings.HasSuffix(strings.TrimRight(s.lower[:q.Start], " "), ")") {
		return false // "8 hours of programming (…) a day": the rate of what came before
	}
	if bareRate(qt) && rateOfEarlier(s, i) {
		// "fewer than 9 hours of treatment a week": the week is the
		// hours' rate, already read with them.
		return false
	}
	// "no more than four hours of class in one day", "eight hours in a
	// single day": the day the hours fill, no length.
	if q.Unit == quantity.Day && q.HasMax && q.Max == 1 && wordBefore(s.masked, q.Start) == "in" && hoursJustBefore(s, i) {
		return false
	}
	if partOfDay(qt) {
		// "for an evening", "a half-day", "full-day programming": a part
		// of one day's schedule, not how long a program lasts.
		return false
	}
	after := wordAfter(s.masked, q.End)
	// "Self-pay IOP is $2,400 for four weeks of programming": what a
	// price buys.
	if before == "for" && strings.Contains(s.lower[lo:q.Start], "$") {
		return false
	}
	// "A 5-day outpatient detox is $1,200 self-pay": a package priced.
	if q.Adjectival && s.contains("$") && hasWord(s.lower, "self-pay", "cost", "costs", "price", "priced", "fee") {
		return false
	}
	// "a week in an IOP may cost less than two days of inpatient care":
	// a day of care as what a price is held against.
	// ("A week of IOP usually costs …": so is the price of one.)
	if wordAfter(s.masked, q.End) == "of" {
		costWords := []string{"cost", "costs", "costing", "price", "priced", "cheaper", "pricier", "pay", "pays", "paid", "spend", "spends"}
		if hasWord(lastWordsOf(s.masked[lo:q.Start], 3), costWords...) || hasWord(firstWordsOf(s.masked[q.End:hi], 6), costWords...) {
			return false
		}
	}
	// "we will hold your IOP spot for up to two weeks": how long a place
	// is kept.
	if heldPlace.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// ("Our 28-day residential program gives you space to step away
	// from daily pressures": a program named by its length, the time
	// away after it what the program gives.)
	awayTo := hi
	if q.Adjectival {
		awayTo = q.Start
	}
	if hasWord(afterFronted(s.masked[lo:q.Start]), coverWords...) || awayFromWork(s.masked[lo:q.Start]) || financed(s, lo, hi, q) || hasWord(s.masked[lo:hi], notCareWords...) || hasWord(s.masked[lo:awayTo], timeAwayWords...) ||
		strings.HasPrefix(strings.TrimLeft(s.masked[q.End:hi], " "), "of coverage") {
		// "insurance covers up to 30 days": what is paid for; "may miss
		// no more than 2 days", "stays in the body for up to 3 days",
		// "eligible for alumni events for 2 years": not care's length.
		return false
	}
	// "Residential is often approved for 14 days first", "detox is
	// authorized for up to 5 days": the span a payer approves, renewed
	// at each review, not how long the stay lasts.
	// ("Our state-approved 28-day program", "approved for 28-day stays"
	// name the program by its length.)
	if !q.Adjectival && approvedFor.MatchString(s.masked[lo:q.Start]) {
		return false
	}
	// "…, so 12 sessions is about four weeks of care", "ten approved days
	// last two weeks": a count of sessions or days worked out as weeks,
	// no length of the program's.
	if i > 0 && countAsSpan(s, &s.qs[i-1], q, lo) {
		return false
	}
	// "Typical approvals / PHP: 3 to 5 days to start": under a heading
	// about approvals a labelled line or a list's item is an approval,
	// unless the provider speaks of its own program. (A sentence there,
	// "The residential program itself lasts 30 days", keeps its length.)
	if approvalsHeading(s.block.Headings) && (s.block.Kind == corpus.BlockListItem || programLabel(s, q.Start)) && !hasWord(s.lower, "our", "we", "we're", "we’re") {
		return false
	}
	// "Methadone: withdrawal symptoms can linger for two to three weeks"
	// (under a substance label too): how long symptoms last, not care.
	if symptomsLinger(s.masked[lo:q.Start]) {
		return false
	}
	// "symptoms may not appear for 1 to 4 days", "withdrawal usually
	// peaks within two to three days": when symptoms come, not how long
	// care lasts.
	if symptomsOnset.MatchString(s.masked[lo:q.Start]) || !q.Adjectival && peakedAt.MatchString(s.masked[lo:q.Start]) && withdrawalBlock(s) {
		return false
	}
	// "Most symptoms appear within a day and are worst on day two. They
	// can last ten days": "They" points back to the symptoms the
	// sentence before opened on.
	if lo == 0 && symptomsPronoun.MatchString(s.masked[:q.Start]) && symptomsOpenedBefore(s) {
		return false
	}
	if s.header.length && q.Start >= s.headerFrom && !q.Adjectival {
		return true
	}
	if q.Per == quantity.None && (s.lengthSegment(q.Start, q.End) || s.appositiveLength(q.Start) || s.scheduleSegment(q)) {
		return true
	}
	// "• Usually 2 to 3 weeks" in the list under a program's heading: a
	// duration alone on its item is the program's length. (So is one
	// alone on its line right under the heading, a card's figure:
	// "Medical detox" / "4 to 6 days" / "Nurses watch …".)
	// (A card's strip taken for a heading counts too.)
	strip := stripCard(s)
	if q.Per == quantity.None && !q.Adjectival && (s.block.Kind == corpus.BlockListItem || s.block.Kind == corpus.BlockParagraph && len(s.block.Sentences) == 1 && cardFigure(s) || strip) &&
		(q.Unit == quantity.Week || q.Unit == quantity.Month || q.Unit == quantity.Day) &&
		onlyHedges(strings.TrimLeft(lastSegment(s.lower[:q.Start]), " -•*–")) && spanTail(s.lower[q.End:]) && (strip || programHeadingOver(s.block.Headings)) {
		return true
	}
	// (An answer may run on after the figure that opens it: "Ten to
	// twelve weeks for most teens, with a gradual step-down …".)
	// ("Typically 60 to 90 days, with step-down to outpatient care
	// afterward": a hedge may open it.)
	// (Not a wait: "Expect about 2 weeks from your first call to your
	// first group", "The waitlist is currently 3 weeks".)
	if !q.Adjectival && (asksProgramLength(s.answers) || s.lengthAsked) && (wordCount(s.text) <= 8 || onlyHedges(s.lower[:q.Start])) &&
		!waitAround(s.lower[:q.Start], s.lower[q.End:]) {
		return true // "How long is the IOP? About 90 days."
	}
	// "How Long Does Detox Last?" over "- Mild withdrawal: 3-5 days",
	// "- Moderate withdrawal: up to 7 days": every item of the answer's
	// list that labels a span is a length, not only the first.
	if !q.Adjectival && q.Per == quantity.None && s.block.Kind == corpus.BlockListItem && asksProgramLength(s.answerOf) {
		if _, e := s.label(); e > 0 && q.Start >= e && onlyHedges(s.lower[e:q.Start]) && (spanTail(s.lower[q.End:]) || bracketAlone(s.lower[q.End:])) {
			return true
		}
	}
	// "The standard program is 45 days": the provider's program, named by
	// its noun.
	// (The expressions end in the copula or one of its hedges: most
	// figures are asked for neither.)
	if !q.Adjectival && q.Per == quantity.None && (before == "is" || before == "lasts" || slices.Contains(copulaHedges, before)) {
		if standardProgram.MatchString(s.masked[lo:q.Start]) {
			return true
		}
		// "The program is 8 to 10 weeks.": the noun alone, when the
		// figure ends what is said of it. ("The program is 3 weeks out
		// right now", "… 2 weeks shorter than …", "… 6 weeks in, when
		// …" time something else.)
		if bareProgram.MatchString(s.masked[lo:q.Start]) && spanEnds(s.lower[q.End:]) {
			return true
		}
	}
	if !q.Adjectival && (s.programLabel(q.Start) || copular(s, q.Start)) {
		minimumOrMaximum(s, q)
		return true
	}
	// "clients in our program two to four months": a program named right
	// before a bare duration, with no verb between.
	// ("one outpatient group a week for three months": a count of the
	// meetings a week, not a week's length.)
	// ("She was in detox a year back", "went through PHP a few months
	// ago": when, not how long.)
	if !q.Adjectival && (programNouns[before] && before != "detox" || s.mentionEndsAt(q.Start)) && q.Per == quantity.None && !countedMeetingsAWeek(s, q, before) && after != "back" && after != "ago" {
		return true
	}
	// "Clients can extend to 60 or 75 days": the longer stay on offer.
	// ("Some insurance plans extend to 90 days of coverage" is what is
	// paid for.)
	if before == "to" && !q.Adjectival && q.Per == quantity.None && !hasWord(s.masked, "insurance", "coverage", "covered", "plan", "plans", "benefits") {
		switch wordBefore(s.masked, lastIndex(s.masked[:q.Start], "to")) {
		case "extend", "extends", "extended", "extending", "lengthen", "lengthened":
			return true
		}
	}
	// "Some programs may extend up to 16 weeks": the longest stay on
	// offer, as "extend to" is. (What insurance plans extend to is
	// coverage, dropped above.)
	if before == "extend" || before == "extends" || before == "extended" {
		if strings.HasPrefix(qt, "up to ") && !q.Adjectival && q.Per == quantity.None {
			return true
		}
	}
	// "complete the program in 8 to 12 weeks before moving on": the span
	// the program is completed in.
	if before == "in" && completedIn(s, q.Start) {
		return true
	}
	if after == "before" && movingOn(s, q.Start, q.End) {
		// "stay for three to five weeks before stepping down": the span
		// ends where the next step begins.
		after = ""
	}
	// "Most alcohol detox patients are discharged after 3 to 5 days":
	// the span ends with the discharge.
	if before == "after" && !q.Adjectival {
		at := lastIndex(s.masked[:q.Start], "after")
		v := wordBefore(s.masked, at)
		// "Most clients step down after 3 to 4 weeks": so does a step down.
		if dischargeVerbs[v] || v == "down" && stepVerbs[wordBefore(s.masked, lastIndex(s.masked[:at], "down"))] {
			return true
		}
		lo, _ := clauseBounds(s.lower, at, at)
		clause := s.masked[lo:at]
		// "Teens typically finish our IOP after 10 to 12 weeks".
		if hasWord(clause, "finish", "finishes", "complete", "completes", "graduate", "graduates") {
			return true
		}
		// "Most detox stays end after 3 to 7 days", "Detox usually ends
		// after five days": a stay or a program that ends then.
		if (v == "end" || v == "ends" || v == "over") && (mentions(s, Detox) || hasWord(clause, "stay", "stays", "program", "programs")) && !hasWord(clause, "symptoms", "withdrawal", "cravings", "sleep") {
			return true
		}
	}
	// "After 30 days of residential care, clients move to PHP": the
	// program's span, ended by the move ("after 30 days of sobriety" is
	// time sober, read below).
	// ("transition to our IOP after about four to six weeks in PHP": so
	// is a span in a program.)
	if (before == "after" || before == "about" && wordBefore(s.masked, lastIndex(s.masked[:q.Start], "about")) == "after") &&
		(after == "of" || after == "in") && !q.Adjectival && programWithinWords(s, q.End, 3) && !hasWord(s.masked[:q.Start], soberWords...) {
		return true
	}
	// "Most people are in PHP for two to three weeks before they step
	// down to IOP": the span before the step down is the program's.
	if after == "before" && before == "for" && stepAfter.MatchString(s.masked[q.End:]) && programBefore(s, 0, q.Start) &&
		!hasWord(s.masked[:q.Start], soberWords...) {
		return true
	}
	// "12 hours of therapy a week over ten weeks": the span a weekly
	// schedule is kept up over is the program's.
	if before == "over" && q.Per == quantity.None && !q.Adjectival && i > 0 {
		// ("6 hours a day over 20 days" counts the days attended.)
		switch wordBefore(s.lower, lastIndex(s.lower[:q.Start], "over")) {
		case "week", "weekly":
			return true
		case "sessions", "groups", "meetings", "classes":
			// "some 30 sessions over ten weeks": the
			// program's sessions, counted over its span. (A count of
			// more than a week's: "three sessions over two days" is
			// no program.)
			if o := &s.qs[i-1]; o.Unit == quantity.Session && o.Per == quantity.None && o.HasMax && o.Max >= 8 {
				return true
			}
		}
	}
	// "our medical team manages withdrawal over three to five days": how
	// long withdrawal care takes ("… before you join group" after it
	// is what follows it, not a time before something).
	if before == "over" && q.Per == quantity.None {
		if hasWord(s.masked[lo:q.Start], "withdrawal", "detox", "detoxification") {
			return true
		}
	}
	// "Detox usually lasts for the first three to six days of
	// treatment": detox, the opening phase, as long as the days it
	// takes of the whole.
	if before == "first" && q.Per == quantity.None && !q.Adjectival && detoxFirstDays.MatchString(s.masked[lo:q.Start]) {
		return true
	}
	// ("during your last two weeks": a part of the stay; "can last two
	// weeks" is a length.)
	if before == "last" && articles[wordBefore(s.masked, lastIndex(s.masked[:q.Start], "last"))] {
		return false
	}
	if notLengthBefore[before] || notLengthAfter[after] {
		return false
	}
	// "The house should be finished three months from today": a
	// time from today, no length of anything's.
	if after == "from" {
		if w := wordAfter(s.masked, q.End+strings.Index(s.masked[q.End:], "from")+len("from")); w == "now" || w == "today" {
			return false
		}
	}
	// "After completion of six months, residents may move to the next
	// phase", "after completing 90 days": a point reached, as "after six
	// months" is, not a length.
	if (before == "of" || before == "completing") && !q.Adjectival && completionBefore.MatchString(s.masked[max(0, q.Start-30):q.Start]) {
		return false
	}
	// "Comfortable clothing for a week": what to pack, not how long
	// care lasts.
	// ("bring enough cigarettes for 28 days": a supply sized to the
	// stay, not the stay said.)
	if before == "for" && (packedWords[wordBefore(s.masked, lastIndex(s.masked[:q.Start], "for"))] || suppliedFor(s.masked[:q.Start])) {
		return false
	}
	// "Instead of 30 days away from home, you might spend three months
	// …": the length set aside. "once you have been here for two weeks":
	// a time served before something else, no length of care.
	// ("Residents graduate once they have been in the program for 90
	// days": the time served is the program's length.)
	if pre := strings.TrimRight(s.masked[:q.Start], " "); setAsideRight(pre) || beenFor.MatchString(pre) && !hasWord(s.lower, "graduate", "graduates", "complete",
		"completes", "finish", "finishes", "discharge", "discharged", "move", "moves", "step", "steps", "transition", "transitions") {
		return false
	}
	// "Ten days of comfortable clothing": an amount to pack.
	if after == "of" {
		k := indexFrom(s.masked, "of", q.End) + len("of")
		if w := wordAfter(s.masked, k); packedWords[w] || packedWords[wordAfter(s.masked, indexFrom(s.masked, w, k)+len(w))] {
			return false
		}
	}
	// "four weeks at five days a week, then four weeks at three": a
	// stretch of the program at one schedule, not its length.
	if after == "at" && q.Per == quantity.None && (strings.Contains(s.lower[q.End:], " then ") || strings.Contains(s.lower[:q.Start], ":")) {
		for _, o := range s.qs {
			if o.Start > q.End && o.Start-q.End <= 5 && o.Per == quantity.Week {
				return false
			}
		}
	}
	// "approved 14 days at a time": a block of coverage, renewed.
	if strings.HasPrefix(strings.TrimLeft(s.lower[q.End:], " "), "at a time") {
		return false
	}
	// "the office closes for 2 weeks in August": a break, no care.
	if before == "for" && closedWords[wordBefore(s.masked, lastIndex(s.masked[:q.Start], "for"))] {
		return false
	}
	// "the last 30 days" is a time window; "programs last 30 days" a length.
	if before == "last" {
		if p := wordBefore(s.masked, lastIndex(s.masked[:q.Start], "last")); p == "the" || p == "past" || p == "at" {
			return false
		}
	}
	// "followed by 3 to 4 weeks in evening or day IOP", "eight weeks of
	// intensive outpatient care": a span spent in a program named right
	// after it.
	// ("What a day in partial hospitalization looks like" is a typical
	// day, not a one-day program.)
	// ("A week in PHP" as a heading, "what a week in our IOP looks like",
	// "a typical week in PHP" show a week, they do not time the program;
	// so do "A week of day treatment" as a heading and "what a week of
	// PHP looks like".)
	if (qt == "a week" || qt == "one week") && (after == "in" || after == "of") && (isHeading(s.block.Kind) || before == "what" || before == "typical" || before == "average") {
		return false
	}
	// ("A single week of IOP often includes group therapy and …", "a
	// week in our PHP involves …": what one week holds, no length.)
	if (qt == "a week" || qt == "one week" || qt == "a single week") && (after == "in" || after == "of") && weekOfProgramHolds.MatchString(s.lower[q.End:min(len(s.lower), q.End+70)]) {
		return false
	}
	if !q.Adjectival && q.Per == quantity.None && (after == "in" || after == "of") && programWithinWords(s, q.End, 5) && !(qt == "a day" || qt == "one day") &&
		!hasWord(s.masked[:q.Start], soberWords...) && !attendVerbs[before] && !paidFor.MatchString(s.masked[lo:q.Start]) {
		return true
	}
	if q.Adjectival {
		// ("Many need more than a 30-day inpatient program", "longer
		// than the usual 28-day stay": a kind of program held up for
		// comparison, no length of one.)
		if comparedKind.MatchString(s.lower[:q.Start]) {
			return false
		}
		// "our 28-day treatment program", "a 30-day rehab program": a
		// program named by the care it gives is a program still.
		head := after
		if offeredCare[after] {
			if n := wordAfter(s.masked, indexFrom(s.masked, after, q.End)+len(after)); n == "program" || n == "programs" || n == "programme" {
				head = n
			}
		}
		// "a 90-day residential program" states the program's length;
		// "30-Day Rehab" as a heading, or "the 28-day program comes up so
		// much", names a kind of program the page talks about.
		// ("On-site detox · 30-day residential · Evening IOP" is a strip
		// of the provider's facts, however short its line.)
		// ("Our 28-Day Residential Program" heads the provider's own
		// program, named by its length.)
		// ("Where do I go once I complete the 10-week IOP?": a question
		// heading that takes the program's length as given.)
		if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && !featureStrip(s.text) && !strings.HasPrefix(s.lower, "our ") && !(s.question && presupposed(s, q)) {
			return false
		}
		// ("a 4-month minimum stay", "a 60-day length of stay": a stay
		// still, with a word of its measure between.)
		if after != "stay" && after != "stays" && stayWithMeasure(s.masked, q.End) {
			after = "stay"
		}
		if after == "stay" || after == "stays" {
			// ("Most people require a 5-7 day stay in a hospital before
			// starting our IOP": a stay elsewhere, before the program.)
			if stayElsewhere.MatchString(s.lower[q.End:]) {
				return false
			}
			// "a 90-day stay at a residential treatment center": where the
			// stay is comes a few words on, or was named before it ("our
			// residential program offers a 28-day stay").
			// "We offer 30-, 60- and 90-day stays": the stays offered.
			// ("Every resident completes a minimum 30-day stay": the
			// stay each client completes.)
			// ("We offer a 30-day stay", "may only require a two to
			// three-week stay": an article, and a word of its measure, may
			// stand between.)
			w := wordBefore(s.lower, q.Start)
			for range 2 {
				if w == "minimum" || w == "maximum" || w == "full" || w == "standard" || w == "a" || w == "an" || w == "the" {
					w = wordBefore(s.lower, lastIndex(s.lower[:q.Start], w))
				}
			}
			switch w {
			case "offer", "offers", "provide", "provides", "complete", "completes", "finish", "finishes", "require", "requires",
				// ("We recommend a 90-day stay", "we encourage a 9- to
				// 12-month stay": the stay the provider asks for.)
				"recommend", "recommends", "encourage", "encourages":
				return true
			case "to":
				// ("On admission, every client agrees to a 30-day stay",
				// "residents commit to a six-week stay": the stay each
				// client takes on; not one somewhere else, "at a
				// relative's home", "at a nearby hotel".)
				at := lastIndex(s.lower[:q.Start], " to ") + 1
				switch wordBefore(s.lower, at) {
				case "agree", "agrees", "agreed", "commit", "commits", "committed", "consent", "consents":
					if !stayAtAPlace.MatchString(s.lower[q.End:]) {
						return true
					}
				}
			}
			// ("A 90-day stay is typical", "a three-month stay is common
			// at most centers": the usual stay, by its length.)
			if usualAfterNoun(s.lower, after, q.End) >= 0 {
				return true
			}
			// ("Our core program is a 28-day stay": the program, named
			// by its noun, is the stay.)
			if lengthPredicate(s.lower, q.Start) && anyWordIn(s.masked[lo:q.Start], programNouns) {
				return true
			}
			// ("Residential treatment — a 30- to 45-day stay": the
			// program labels the line the stay is given on.)
			// ("A 30-day stay in our lakeside lodge": a stay at the
			// provider's own place.)
			// ("During a 28-day stay, clients …": the span things happen
			// in, as "during the 8-week program" is.)
			return programWithinWords(s, q.End, 5) || programBefore(s, lo, q.Start) || programLabel(s, q.Start) || stayWithUs.MatchString(s.lower[q.End:]) ||
				duringStay.MatchString(s.lower[:q.Start])
		}
		// ("Our PHP is now a five-day program, Monday through Friday": a
		// week's days, with the days beside them, are no length.)
		if q.Unit == quantity.Day && q.HasMax && q.Max <= 7 && weekDaysNext(s, q.End) {
			return false
		}
		// "Our IOP is a six-week program", "complete the full 12-week
		// program": said of the program named before.
		// ("complete the 12-week teen curriculum": a word of who or when
		// may stand between.)
		// ("a 10-week therapeutic day recovery program", "a structured
		// 8-week, intensive therapeutic program": words that describe it
		// may stand between.)
		if (programNouns[after] || lengthModifiers[after] && programNouns[wordAfter(s.masked, indexFrom(s.masked, after, q.End)+len(after))] || programPastModifiers(s.masked, q.End) && copulaArticleBefore(s.lower, q.Start) && !partOfSubject.MatchString(s.lower[lo:q.Start])) && lengthPredicate(s.lower, q.Start) {
			return true
		}
		// ("A 28-day program is typical", "21- or 28-day programs are
		// common program lengths": the usual program, by its length, as
		// "a 90-day stay is typical" is the usual stay.)
		// ("A 30-day program is typical of what insurers cover":
		// like it, not the usual stay.)
		if programNouns[after] {
			if e := usualAfterNoun(s.lower, after, q.End); e >= 0 && wordAfter(s.lower, e) != "of" {
				return true
			}
		}
		// ("Residents make a 10-month commitment to finish the program":
		// the stay asked of a client, committed to. "Make a 30-day
		// commitment to yourself" is a pledge to oneself.)
		if after == "commitment" && madeCommitment.MatchString(s.lower[:q.Start]) && !selfPledge.MatchString(s.lower[q.End:]) {
			return true
		}
		// "Our Phoenix IOP at a glance" / "- 10-week program with
		// individual counseling included": a fact box's item opening on
		// the program named by its length states it.
		if programNouns[after] && s.block.Kind == corpus.BlockListItem && strings.Trim(s.lower[:q.Start], " -•*") == "" && factBoxHeading(s.block.Headings) {
			return true
		}
		// "Most adults finish within the four to eight-week range", "stays
		// fall in the 30- to 60-day range": the span a length falls in.
		if after == "range" && wordBefore(s.masked, q.Start) == "the" {
			switch wordBefore(s.masked, lastIndex(s.masked[:q.Start], "the")) {
			case "within", "in", "into", "inside":
				return true
			}
		}
		// "Our programs come in 28-, 45- and 60-day lengths",
		// "residential care comes in 28- and 45-day options": the lengths
		// a program named before comes in.
		if q.Adjectival && (after == "lengths" || after == "options" || after == "versions") && anyWordIn(s.masked[lo:q.Start], programNouns) {
			return true
		}
		// "Most virtual IOPs follow a 7 to 11-week timeline", "our IOP
		// uses a 14-week format": the shape a program named before its
		// verb takes, by its length.
		if art := wordBefore(s.masked, q.Start); shapeNouns[after] && articles[art] && shapeVerbs[wordBefore(s.masked, lastIndex(s.masked[:q.Start], art))] &&
			(programBefore(s, lo, q.Start) || anyWordIn(s.masked[lo:q.Start], programNouns)) {
			return true
		}
		// "Our IOP is delivered over a 10-week period", "24 sessions over
		// a 12-week period": the span the program is spread over.
		// ("Over a 60-day period of staying sober, …": a person's time.)
		if after == "period" && overAPeriod(s, q, lo) {
			return true
		}
		// "Our residential center offers a 30-day program", "offers 30-,
		// 60- and 90-day programs": what a program named before offers
		// is itself, by its length.
		if programNouns[head] && offeredByProgram(s, q) {
			return true
		}
		// "Hollybank offers a 28-day rehab programme", "most facilities
		// offer 28-day treatment programs": a program offered, named by
		// its length, whoever offers it.
		if offeredCare[after] && programNouns[wordAfter(s.masked, indexFrom(s.masked, after, q.End)+len(after))] {
			if _, ok := offerBefore(s, q); ok {
				return true
			}
		}
		// "The six-week program will run weekdays …", "Our 10-week
		// program starts each month": the program the sentence opens on,
		// named by its length.
		// ("For adults leaving a hospital unit, this 5–7 week
		// program combines …", "During the 8-week program, clients …":
		// the main clause opens on the program's own after a fronted
		// phrase, or a phrase of time sets it as the span things happen
		// in.)
		if head == "program" && (programOpening(strings.TrimSpace(s.lower[:q.Start])) || ownAfterComma(s.lower[:q.Start]) ||
			duringProgram.MatchString(s.lower[:q.Start])) {
			return true
		}
		// "Weekend IOP / - A 6-week program with a family day": an
		// item of what the program under the heading holds.
		// ("- A 4-week program for family members" is another one.)
		if head == "program" && listedUnderProgram(s, strings.TrimSpace(s.lower[:q.Start])) && !hasWord(s.lower[q.End:], "for", "also", "optional") {
			return true
		}
		// ("Residents in our 30-day program share rooms": the
		// provider's own program, named by its length.)
		// ("Our signature 28-day program", "our flagship 30-day
		// program": a word of praise may stand between.)
		if (head == "program" || head == "programme") && ourBefore(s.lower, q.Start) && !notOurDescription[wordBefore(s.lower, q.Start)] {
			return true
		}
		// ("our 45-day young adult residential program": whom it serves
		// may stand between the length and the program.)
		// ("a 21-day short-term residential track": so may its class of
		// length.)
		if lengthClasses[after] {
			if k := indexFrom(s.lower, after, q.End); k >= 0 && mentionAt(s, k+len(after)) {
				return true
			}
		}
		return mentionAt(s, q.End) || programNouns[after] && programWithinWords(s, q.End, 3) || mentionAfterWhom(s, q.End) || mentionPastDescribing(s, q.End)
	}
	// ("Our waitlist runs about three weeks": how long before a place
	// opens, not how long care lasts.)
	if hasWord(s.masked[lo:q.Start], soberWords...) || soberFree.MatchString(s.masked[lo:q.Start]) || historyBefore(s.masked[lo:q.Start]) ||
		waitSubject(s.masked[lo:q.Start]) || adminSubject(s.masked[lo:q.Start]) || careerYears(s, lo, q) || admissionWait(s.masked[lo:q.Start], s.masked[q.End:]) {
		return false
	}
	if hasWord(s.masked[:q.Start], lingeringWords...) {
		// "PAWS can last up to two years after detox": how long symptoms
		// linger once care has ended.
		return false
	}
	if after == "of" && (hasWord(s.masked[q.End:], "experience") || hasWord(s.masked[q.End:], "service")) {
		return false
	}
	if after == "working" || after == "in" && hasWord(s.masked[q.End:], "field", "industry", "business") {
		return false // "spent over 5 years working in the addiction field"
	}
	// ("for another 4 to 6 weeks", "for a further two weeks".)
	// (Only said of a program the sentence names: "step down to weekly
	// counseling, usually for another three to six months" times the
	// counseling.)
	if before == "another" || before == "further" || before == "additional" || before == "extra" {
		// ("… Monday through Friday for the first four weeks, then three
		// mornings a week for another four to six weeks": the second
		// phase's span, not the program's length.)
		if hasWord(s.masked[:q.Start], "first", "initial", "opening") {
			return false
		}
		// ("The average stay is 60 days, and some patients are given an
		// additional 60 days": more time past a length the sentence has
		// given, no length of its own.)
		// ("… for another two months" in a program named after that
		// length is the next program's; so is "an optional extra 4 weeks
		// of aftercare", the time of what it names.)
		if before != "another" && before != "further" && wordAfter(s.masked, q.End) != "of" && slices.ContainsFunc(s.qs, func(o quantity.Quantity) bool {
			return o.End <= q.Start && o.Per == quantity.None && lengthUnits[string(o.Unit)] > 0 && s.mentionAt(o.End, q.Start) == nil
		}) {
			return false
		}
		if w := wordBefore(s.masked, lastIndex(s.masked[:q.Start], before)); (w == "for" || w == "a" && strings.HasSuffix(strings.TrimRight(s.masked[:lastIndex(s.masked[:q.Start], before)], " "), "for a")) && (ownProgramBefore(s, q.Start) || relativeHead(s, q.Start) != nil) {
			before = "for"
		}
	}
	// "most residents staying 60 to 90 days" ("clients staying with us
	// longer than 14 days receive …" names whom, not how long).
	if before == "staying" && !q.Adjectival && q.Per == quantity.None {
		return true
	}
	if before == "for" || before == "of" && strings.HasSuffix(strings.TrimRight(s.masked[:q.Start], " "), "period of") {
		return true
	}
	// "Detox provides three to five days of 24-hour care", "our program
	// offers 12 weeks of treatment": the care given, counted.
	// ("may include four days of group programming, three hours each,
	// twelve hours a week" counts the days of a week.)
	// (A week's days or fewer are a program's days a week, "Our PHP
	// provides 5 days of programming", but detox's length.)
	// (Only a program named as the giver: "FMLA provides 12 weeks of
	// leave for treatment", "Your plan may provide 30 days of treatment
	// coverage", "Our medication program provides 30 days of
	// buprenorphine treatment" give no program's length.)
	if providesDays[before] && countedCare(s, q) &&
		(q.Unit != quantity.Day || q.HasMax && q.Max > 7 || hasWord(s.masked[lo:q.Start], "detox", "detoxification", "withdrawal")) &&
		programGives(s, lo, q.Start) {
		return true
	}
	// ("Our clients receive 10 weeks of treatment", "Residents attend
	// 10 weeks of treatment": the care clients are
	// given, counted, as a program's giving it was; a payer's words
	// before it give no stay.)
	if receivesDays[before] && countedCare(s, q) && (q.Unit != quantity.Day || q.HasMax && q.Max > 7) && anyWordIn(s.masked[lo:q.Start], clientNouns) && !payerNamed(s.masked[lo:q.Start]) {
		return true
	}
	// "Ten weeks from intake to graduation", "twelve weeks, start to
	// finish": the whole course, named by its ends.
	// (The span opens its line or clause: "Buprenorphine taper: six weeks
	// from start to finish" is the taper's, "Requests answered in 30 days
	// from start to finish of the request" a request's.)
	if !q.Adjectival && q.Per == quantity.None && endsNamed.MatchString(s.lower[q.End:]) && onlyHedges(strings.TrimLeft(s.lower[:q.Start], " -•*")) {
		return true
	}
	// "Most clients are with us about four to six weeks": the time with
	// the provider, "for" left out.
	if before == "us" && !q.Adjectival && q.Per == quantity.None && withUs.MatchString(s.masked[lo:q.Start]) {
		return true
	}
	// "offers a residential program of 30 to 45 days", "an evening IOP
	// of ten weeks": the length the program is named with.
	// ("Clients who have completed a residential program of at least 90
	// days elsewhere …", "When we opened in 1994, we offered a
	// residential program of 21 days": a prerequisite, and history.)
	if before == "of" && !q.Adjectival && q.Per == quantity.None && programOfNouns[wordBefore(s.masked, lastIndex(s.masked[:q.Start], "of"))] &&
		!hasWord(s.masked[:q.Start], soberWords...) && !hasWord(s.masked, "completed", "completing", "finished", "elsewhere", "previous", "prior", "opened", "founded", "offered", "used") {
		return true
	}
	// "meets three evenings a week for a total of ten weeks": the span
	// the schedule adds up to.
	if before == "of" && !q.Adjectival && q.Per == quantity.None && strings.HasSuffix(strings.TrimRight(s.masked[lo:q.Start], " "), "for a total of") &&
		!hasWord(s.masked[:q.Start], soberWords...) {
		return true
	}
	// "Medically monitored detox — withdrawal management on site, usually
	// five to seven days": on a line the program labels, a clause of the
	// bare span, hedged or not, is its length.
	// ("Residential treatment — family weekend every month, usually three
	// days", "current wait, usually about two weeks": the span of
	// something else the line names.)
	// "IOP | 3 days/week | 8–12 weeks", a row of a table with no header
	// row: a bare span in a program's row is its length.
	// ("| Residential waitlist | 2 weeks |": a row about something of the
	// program's, not the program, is no length of it.)
	if q.Per == quantity.None && !q.Adjectival && bareSpanClause(s.lower[lo:q.Start], s.lower[q.End:hi]) {
		if programLabel(s, q.Start) && !hasWord(s.lower[lo:q.Start], spanEventWords...) {
			return true
		}
		// ("| Service | Details |" heads the rows with words that say
		// nothing of what the cells hold.)
		if b := s.block; b.Kind == corpus.BlockTableCell && (b.ColHeader == "" || plainColumn(b.ColHeader)) && programRowHeader(b.RowHeader) {
			return true
		}
	}
	// "| Medical detox | 4 to 6 days, nurses on site |": a span opening a
	// program's cell, what the care holds said after a comma.
	if b := s.block; q.Per == quantity.None && !q.Adjectival && b.Kind == corpus.BlockTableCell && (b.ColHeader == "" || plainColumn(b.ColHeader)) && programRowHeader(b.RowHeader) &&
		onlyHedges(s.lower[:q.Start]) && strings.HasPrefix(strings.TrimLeft(s.lower[q.End:], " "), ",") {
		return true
	}
	// "- Four days a week / - Three hours a day / - 12 weeks for most
	// clients": a bare span opening an item of a list of the program's
	// schedule is its length.
	if q.Per == quantity.None && !q.Adjectival && (q.Unit == quantity.Week || q.Unit == quantity.Month) && s.block.Kind == corpus.BlockListItem &&
		strings.TrimSpace(s.lower[:q.Start]) == "" && bareItemRest.MatchString(s.lower[q.End:]) && scheduleListed(s.doc, s.bi) {
		return true
	}
	clause := s.masked[lo:hi]
	for _, w := range lengthCues {
		for k := range wordIndexes(clause, w) {
			// "the last 30 days" and "at last" are not the verb.
			if w == "last" {
				if p := wordBefore(clause, k); p == "the" || p == "at" || p == "past" {
					continue
				}
			}
			return true
		}
	}
	return false
}

func init() {
	register(KindSpec{
		ID: ProgramLength, Label: "program length", Unit: "day", Units: lengthUnits, Max: 3653,
		Examples: []KindExample{
			// A program's label, then its span with a hedge.
			{"How long rehab lasts\n\n- PHP: commonly 3 to 5 weeks\n- Residential: in most cases 30 to 60 days", "php 21–35; residential 30–60"},
			// A pronoun's program keeps a figure said before the program
			// that comes next.
			{"SOURCE: https://www.bluemesa.example/programs/residential/\n\nResidential Treatment\n\nDetox before residential\nMedical detox is offered here for alcohol and opioid withdrawal. It generally takes 4 to 6 days and is handled by our nurses before a client joins the residential groups.", "detox 4–6"},
			{"Residential care\n\nMost residents stay 45 days before they move to our IOP.", "residential 45"},
			// A class of length may stand between the length and the
			// program it names.
			{"Our Locations\n\nThe Ridgeway campus runs a 28-day short-term residential track.", "residential 28"},
			// A period at the start of a stay, an assessment before it,
			// a wait to begin it and one stage of it are no stay.
			{"Residential care\n\nThere is an orientation period at the start of residential treatment that lasts up to 10 days.", "other ≤10"},
			{"Residential care\n\nThe assessment for a residential place can take 3 to 5 weeks.", "other 21–35"},
			{"Our IOP\n\nAfter the assessment the IOP can take 8 weeks.", "iop 56"},
			{"Residential care\n\nYou may be asked to wait up to 5 weeks to begin the residential stay.", ""},
			{"Detox\n\nIt can take another 5 weeks to begin the detox.", ""},
			{"Our IOP\n\nIt takes 8 weeks to complete the IOP.", "iop 56"},
			{"Residential care\n\nThe average length of each stage is ten weeks.", "other 70"},
			{"Our program\n\nThe first phase is residential care for 30 days.", "residential 30"},
			{"Detox\n\nThe first step is a 7-day medical detox.", "detox 7"},
			{"Residential\n\nEach phase of our 30-day residential program builds on the last.", "residential 30"},
			{"Residential\n\nNew residents have an assessment period of one week followed by residential care that lasts 30 days.", "other 7; residential 30"},
			{"Residential\n\nIntake through discharge typically takes 28 days.", "residential 28"},
			{"Residential\n\nAn evaluation at intake helps decide if care should last 30 or 60 days.", "residential 30–60"},
			// Lengths a reader chooses among are on offer; a weekly
			// schedule "over an 8-week period" runs for it.
			{"Residential care\n\nClients can choose from 30, 60 or 90 day programs.", "residential 30–90"},
			{"Our IOP\n\nClients get 9 hours of groups per week over an 8-week period.", "iop 56"},
			{"Our IOP\n\nAfter discharge, alumni check in weekly over a 6-month period.", ""},
			// Business days are days as said; in brackets after weeks
			// they restate them; the days a decision takes are no stay.
			{"Our PHP\n\nTypically, clients stay in our PHP for 7–10 business days.", "php 7–10"},
			{"Our PHP\n\nThe usual length of the program is two weeks (10 business days).", "php 14"},
			{"Our PHP\n\nThe care team can take as long as three working days to decide if a transfer is safe.", ""},
			{"Residential\n\nClients stay for at least 90 days to process the trauma.", "residential ≥90"},
			// "Residential withdrawal" is detox by its Australian and
			// British name.
			{"Our services\n\nA residential withdrawal stay usually lasts 5 to 10 days.", "detox 5–10"},
			// How long a provider has done its work is no stay.
			{"SOURCE: https://www.fieldhome.example/womens-program/\n\nWomen's Residential Program\n\nFor nearly seven years, our residential program has been a refuge.", ""},
			{"SOURCE: https://www.fieldhome.example/womens-program/\n\nWomen's Residential Program\n\nFor more than six years we have offered women a place to recover on our farm.", ""},
			{"SOURCE: https://www.fieldhome.example/womens-program/\n\nWomen's Residential Program\n\nFor one year, residents live and work at the ranch.", "residential 365.25"},
			// Lines a sentence announces as lengths are lengths, whatever
			// each says it is for; without the announcement, a line must
			// say it is a stay or whom it is for.
			{"Residential care\n\nOur residential care comes in one of three lengths:\n\n- 28 days: a first round of stabilizing\n- 56 days: room to rehearse new habits\n- 84 days: deeper work on triggers", "residential 28; residential 56; residential 84"},
			{"Residential care\n\nOur residential care is built in three parts.\n\n- 28 days: a first round of stabilizing\n- 56 days: room to rehearse new habits", ""},
			// A period within the stay, or a medication's start, is not the
			// stay.
			{"Residential care\n\nOur residential program lasts 60 days. New residents have an adjustment period of ten days without phone calls.", "residential 60; other 10"},
			{"Evening IOP\n\nOur IOP lasts 10 weeks. Buprenorphine induction at our clinic usually takes two or three days.", "iop 70; other 2–3"},
			{"Evening IOP\n\nOur IOP lasts 10 weeks. After induction, the program lasts about 16 weeks.", "iop 70; iop 112"},
			// Years a member of staff spent somewhere are no program's.
			{"Residential care\n\nOur residential program lasts 45 days. Our medical director spent nine years at a residential treatment center in Ohio.", "residential 45"},
			// The provider's own outpatient program, named by its length
			// under a heading of its PHP or IOP, is that program; under
			// an outpatient heading it stays outpatient care.
			{"Partial hospitalization program, teens\n\nOur two- to four-week outpatient treatment program is led by a psychiatrist.", "php 14–28"},
			{"Partial hospitalization program, teens\n\nOur three-to-five week day program is led by a psychiatrist.", "php 21–35"},
			{"Outpatient counseling\n\nOur twelve-week outpatient treatment program is led by a counselor.", "op 84"},
			// A billing period is no stay.
			{"Residential care\n\nOur residential program lasts 90 days.\n\nUpon completion of the first phase, program costs are figured on a month to month basis.", "residential 90"},
			// How long an exemption lasts is no stay.
			{"Residential program for mothers\n\nOur residential program lasts six months.\n\nAfter giving birth, a mother is exempt from house chores for up to one month, as well as from outside outings.", "residential 182.625"},
			{"Residential program for mothers\n\nOur residential program lasts six months.\n\nAfter a c-section, a mother is exempt for eight weeks.", "residential 182.625"},
			// How long a dose of a medication works is no stay.
			{"Residential care\n\nOur residential program lasts 45 days. A single Sublocade injection keeps medication at a steady level for about a month.", "residential 45"},
			{"Residential care\n\nOur residential program lasts 45 days. Each naltrexone implant lasts up to three months.", "residential 45"},
			// Nor a prescription's run, a supply's, or the gap between
			// visits.
			{"Medication clinic\n\nAfter your first visit you get a prescription for 14 days. Once stable, the longest gap between visits is 4 weeks.", ""},
			{"What to pack\n\nBring a supply of clothes that will last about four days.", ""},
			{"What to bring\n\nBring enough cash and toiletries to last two weeks, since benefits can be slow.", ""},
			{"Residential care\n\nEach resident gets a supply of toiletries, and the program lasts 30 days.", "residential 30"},
			{"Residential care\n\nOur residential program, with medication management, is designed to last 45 days.", "residential 45"},
			{"Project Hope\n\nThis project will take 16 weeks of outpatient treatment to complete.", "op 112"},
			// Time added once the program is over, and a building
			// project's, are no program's length.
			{"Residential care\n\nResidents may stay up to five days after the core program to find housing.", ""},
			{"Our new wing\n\nWe expect this project will take two to three years to finish.", ""},
			// (A prescription or visits named in passing leave the
			// program's length.)
			{"Our IOP\n\nClients with a prescription for naltrexone attend groups for 10 weeks.", "iop 70"},
			{"Medication-assisted treatment\n\nThe long-acting version is an extended-release formulation that lasts about four weeks.", ""},
			{"Medication-assisted treatment\n\nSublocade lasts for a month (28+ days) in most patients.", ""},
			{"Residential rehab\n\nA stay here can run from 28, 45, to 60 days or longer.", "residential ≥28"},
			// A length called the minimum, in more words: a floor.
			{"Residential care\n\nWe regard 60 days to be the recommended minimum for a residential stay.", "residential ≥60"},
			{"Residential care\n\nResearch suggests 60 days is the minimum time needed in residential care.", "residential ≥60"},
			// The day whose hours follow, the week a schedule is told
			// over and a day programme's name are no lengths.
			// Nor is how far off a date falls, or a day that frames a count.
			{"Residential treatment for teens\n\nOur residential program lasts 45 days.\n\n“Teens need limits, and handing back a phone a day early or ending a grounding early sends the wrong message,” our residential director says.", "residential 45"},
			{"Residential care\n\nSome residents stay one day longer.", ""},
			{"Residential treatment\n\nOur residential program lasts 45 days.\n\n“We saw four patients in crisis arrive at our emergency room in a single day last spring,” our medical director recalls.", "residential 45"},
			{"Day treatment\n\nIn our PHP, a day lasts between 6 and 8 hours.", ""},
			{"Day treatment\n\nOver the course of a week, groups in our PHP cover mindfulness, relapse prevention and life skills.", ""},
			{"Day treatment\n\nOur PHP runs over the course of three weeks.", "php 21"},
			{"Day programmes\n\nThe length of a day programme varies from person to person.", ""},
			// A court's term, order or supervision is no program's length.
			{"Evening IOP\n\nOur IOP lasts eight weeks. Many of our IOP clients are on parole, which usually runs two years.", "iop 56; other 730.5"},
			{"Evening IOP\n\nOur IOP lasts eight weeks. Judges here often require 20 weeks of attendance.", "iop 56; other 140"},
			{"Evening IOP\n\nOur IOP lasts eight weeks. Physician monitoring contracts typically last five years.", "iop 56; other 1826.25"},
			{"Evening IOP\n\nClients on probation attend our IOP, which lasts eight weeks.", "iop 56"},
			// One-to-one care stepped down to after the program lasts as
			// long as it lasts, not the program.
			{"Evening IOP\n\nOur IOP lasts eight weeks. Afterwards most clients step down to individual counseling for six months.", "iop 56; other 182.625"},
			{"Evening IOP\n\nOur IOP lasts eight weeks. Most clients then keep seeing their counselor every other week for a year.", "iop 56; other 365.25"},
			{"Evening IOP\n\nOur IOP lasts eight weeks, then most clients see their counselor every other week for six months.", "iop 56; other 182.625"},
			// A timeline's steps, each with its length in brackets: the
			// step that names a program gives that program's length, one
			// that names none is a phase.
			{"Pilot recovery FAQ\n\nThe timeline includes: a first evaluation and planning (2-3 months), an approved residential program (2-10 months), a monitoring phase with regular testing (24-48 months), and a return to flying.", "other 60.875–91.3125; residential 60.875–304.375; other 730.5–1461"},
			{"Pilot recovery FAQ\n\nThe timeline includes: a first evaluation and planning (2-3 months), an approved residential or outpatient program (2-10 months), a monitoring phase with regular testing (24-48 months).", "other 60.875–91.3125; op 60.875–304.375; residential 60.875–304.375; other 730.5–1461"},
			// A relative clause times the program named right before it,
			// even one set apart; an acute hospital stay is no residential
			// program.
			{"Levels of care\n\nResidential programs differ from acute inpatient care, which is kept for crisis stays, lasting only about two to six days. Residential care runs one to three months.", "other 2–6; residential 30.4375–91.3125"},
			{"Inpatient treatment\n\nIn crisis stabilization, adults stay three to five days.", "other 3–5"},
			// How long an addiction has lasted, in a bracket after it.
			{"How long is rehab?\n\n- Recent addiction (under 4 months): about 28 days of rehab.\n- Long-standing addiction (over 3 years): often 90 days or more.", "other ≥90"},
			// When a phase starts is no length; how long a drug stays in
			// the body is none either.
			{"Our residential program\n\nJob placement is a period that begins in 40 to 80 days, when a resident is stable enough to hold a job.", ""},
			{"Our residential program\n\nSome drugs take up to 30 days to leave the body, so our stay begins with rest.", ""},
			{"Our IOP\n\nOur IOP holds about 24 sessions over eight weeks.", "iop 56"},
			// A bare span opening an item of the program's schedule list.
			{"Our IOP\n\nAt a glance:\n\n- Four days a week\n- Three hours a day\n- 10 weeks for most clients", "iop 70"},
			{"Our IOP\n\nSummer track:\n\n- Three mornings a week\n- Six weeks, starting in late June", "iop 42"},
			{"Our IOP\n\nWhat families tell us:\n\n- Six weeks for most clients", ""},
			{"Our IOP\n\nAt a glance:\n\n- Four days a week\n- 12 weeks of parenting classes", ""},
			{"Our IOP\n\nNew clients have three sessions over two days before groups start.", ""},
			{"How long is IOP?\n\nSome IOPs can run up to 14 weeks or even five months.", "iop ≤152.1875"},
			// Rehab programs by that name, opening the figure's clause,
			// are live-in stays; a window of "addiction rehab" is no
			// program's.
			{"Alcohol detox\n\nWhile the first detox process takes a bit over a week, a rehab program will often run at least 30 to 60 days.", "detox ≥7; residential ≥30"},
			{"How long is rehab?\n\nMost drug rehab programs run 30 to 60 days.", "residential 30–60"},
			{"How long is rehab?\n\nThe normal window of care for addiction rehab is 30 to 60 days.", "other 30–60"},
			// A therapy carried from the sentence before has no length of
			// its own; with no program in view the length is no one's.
			{"How long is rehab?\n\nDays often mix skills classes, individual sessions with counselors, and peer meetings. While 30 days is a usual duration, needs differ.", "other 30"},
			// A couple is two, so "at least a couple" is a plain floor;
			// "at least a few" names none.
			{"Detox\n\nDetox usually lasts at least a couple of weeks.", "detox ≥14"},
			{"Detox\n\nDetox usually lasts at least a few weeks.", ""},
			// Bare figures listed before a ceiling of a length: the span;
			// before a length and an open tail: at least the first.
			{"Residential treatment\n\nSome clients need longer residential stays of 45, 75 days, or more.", "residential ≥45"},
			{"Inpatient rehab\n\nOur center offers residential stays of 28, 45, 60 or up to 100 days.", "residential 28–100"},
			// A bound a label says is advised is a length too.
			{"IOP length\n\n- Typical length: 8-12 weeks\n- Minimum recommended: 100 days", "iop 56–84; iop ≥100"},
			// A list of values given "respectively" is no one span.
			{"How long rehab takes\n\nDetox, hospital care, long-term residential care and outpatient treatment can take 5, 12, 80 and 120 days, respectively.", ""},
			// Sessions last hours: a few days said of them are no length.
			{"Day treatment\n\nMost PHP sessions are between four and five days in duration.", ""},
			// A kind of stay named at the end of a range of options, with
			// its own span in brackets, gives that span.
			{"How long is rehab?\n\nRehab stays can run anywhere from short-term (21-28 days) to long-term (90 days or more).", "other 21–28; other ≥90"},
			// Every item of the answer's list that labels a span, not only
			// the first.
			{"How long does detox take?\n\n- Mild withdrawal: 2-4 days\n- Moderate withdrawal: up to 6 days\n- Severe withdrawal: 6-9 days (under medical care)", "detox 2–4; detox ≤6; detox 6–9"},
			{"Our Residential Program\n\nWe set a minimum length of stay of 45 days.", "residential ≥45"},
			{"How long is IOP?\n\nIOPs tend to last 6 to 10 weeks, with some extending to 14 weeks.", "iop 42–70; iop ≤98"},
			{"Our Residential Program\n\nMost residents stay 30 days of treatment or longer.", "residential ≥30"},
			// A length right before the program it describes is that
			// program's, in a relative clause on another's too.
			{"Rehab lengths\n\nShort stays often mean a standalone detox lasting 7 days, which is then followed by a four-week residential programme.", "detox 7; residential 28"},
			// A hedge may stand between the program's copula and its
			// span; a stay at the provider's own place, and the provider's
			// program named by its length, are its length.
			{"Intensive Outpatient Program\n\nThe program is typically 16 to 20 weeks.", "iop 112–140"},
			// A list of figures each followed by its own program: the
			// program after "for", not the item before the comma.
			{"How long each level takes\n\nCare usually lasts 4 to 9 days for detox, 35 to 50 days for residential care, and six to ten weeks for IOP.", "detox 4–9; residential 35–50; iop 42–70"},
			// So does a list of stays, each behind "in".
			// The time two programs overlap or hand over is neither's
			// length.
			{"Stepping down\n\nOur IOP lasts 8 to 10 weeks. Most clients overlap residential care and IOP for roughly ten days.", "iop 56–70"},
			{"Stepping down\n\nOur IOP lasts 8 to 10 weeks. People often attend PHP and IOP at the same time for two weeks.", "iop 56–70"},
			{"Stepping down\n\nOur IOP lasts 8 to 10 weeks, and you can attend it concurrently with work.", "iop 56–70"},
			// A question asking how long a bare "outpatient" lasts, on an
			// outpatient page, asks of outpatient care.
			{"Outpatient Counseling\n\nOur IOP usually lasts 8 to 12 weeks.\n\nHow long does outpatient last?\n\nMost people keep coming for about 40 weeks.", "iop 56–84; op 280"},
			// A stay its clients spent before an outpatient program is not
			// the program's length.
			{"Evening IOP\n\nOur IOP lasts six to eight weeks. Many IOP clients first spent three weeks at the ranch.", "iop 42–56; other 21"},
			{"Day Treatment\n\nOur PHP lasts three weeks. Most PHP patients had already spent ten days at a sober house.", "php 21; other 10"},
			// Two programs' own lengths, said not to overlap, and a
			// program an employer offers, keep their lengths.
			{"Stepping down\n\nPHP lasts three weeks and IOP lasts eight weeks, and the two programs do not overlap.", "php 21; iop 56"},
			{"Our IOP\n\nEmployers can offer our 8-week IOP as an employee benefit.", "iop 56"},
			// (The program's own time is its own: "have already spent
			// eight weeks in group".)
			{"Evening IOP\n\nOur IOP lasts 8 weeks. By graduation, IOP clients have already spent eight weeks in group.", "iop 56; iop 56"},
			// (Time looked back on after a move is the program left.)
			{"Day Treatment\n\nMany start in our PHP and then step down to our IOP. Three weeks is the usual stay before that.", "php 21"},
			{"Stepping down\n\nOur IOP lasts 8 weeks. For about one week, PHP and IOP overlap.", "iop 56"},
			// A setting said of detox is the detox's, not a program.
			{"Our programs\n\n- Residential: 30 days\n- Detox: inpatient, usually 4 to 6 days", "residential 30; detox 4–6"},
			{"Our programs\n\nOur detox is outpatient and usually lasts 5 to 8 days.", "detox 5–8"},
			// A program finished before the one named next is not that one.
			{"Day Treatment\n\nOur PHP lasts two to four weeks. People who complete our 45-day program often join PHP next.", "php 14–28; other 45"},
			{"Day Treatment\n\nOur PHP lasts three weeks. After completing our 21-day program, most clients go home.", "php 21; php 21"},
			// (Not a setting that names a program, nor detox as the step
			// before.)
			{"Detox\n\nDetox usually lasts 5 to 7 days. The next step after detox is residential treatment for 30 days.", "detox 5–7; residential 30"},
			{"Detox\n\nWhat follows detox is inpatient rehab lasting 28 days.", "residential 28"},
			// A person's time sober, or off a drug, is no program's length.
			{"Medication support\n\nOur IOP lasts about eight weeks. Before naltrexone, you need to stay off opioids for ten days.", "iop 56"},
			{"Evening IOP\n\nOur IOP lasts eight weeks. By the end, most clients have been in recovery for about four months.", "iop 56"},
			// Time spent in a phase pointed back at is the phase's.
			{"Extended care\n\nResidents stay four to six months. The last stage is called Bridge. Most residents spend six weeks in it.", "residential 121.75–182.625"},
			{"Residential treatment\n\nOur residential program moves through three phases. Most residents stay six months there.", "residential 182.625"},
			// The week of hours asked for is their rate, no length.
			{"Our PHP\n\nHow many hours a week is the PHP?\n\nAround 22 hours of treatment a week.", ""},
			{"A usual path\n\nPeople often spend six days in detox, 45 days in residential care, and twelve weeks in IOP.", "detox 6; residential 45; iop 84"},
			{"Intensive Outpatient Program\n\nThe program is typically 3 weeks out right now.", ""},
			{"Residential\n\nA 30-day stay in our lakeside lodge, with nurses on hand.", "residential 30"},
			// A fact box's item opening on the program named by its length
			// states it, whatever the item adds after "with".
			{"Intensive Outpatient Program\n\nOur Tempe IOP at a glance\n- Meets 3 days a week\n- 12-week program with individual counseling included", "iop 84"},
			// A program the next clause says the stay includes is a part
			// of it, not whose length it is.
			{"Residential Treatment\n\nYou live at the facility with staff on hand day and night. Programs often last 28 to 60 days, and many include medical detox at the start of the stay.", "residential 28–60"},
			{"Residential Treatment\n\nYou live at the facility with staff on hand day and night. Stays often run 28 to 60 days, and most begin with detox.", "residential 28–60"},
			{"Sober living\n\nA 90-day stay in a sober home often follows treatment.", ""},
			{"Residential\n\nResidents in our 30-day program share two-person rooms.", "residential 30"},
			{"Residential\n\nResidents in a 30-day program share two-person rooms.", ""},
			// A length said to vary is a length.
			{"Intensive Outpatient\n\nIOPs often run about 90 days, though this can vary from 8 to 12 weeks.", "iop 90; iop 56–84"},
			// Programs named by their class of length label a line of
			// the page's program's lengths; the class alone does not.
			{"How long is PHP?\n\nAt a glance:\n\n- Short-term programs: 2-3 weeks", "php 14–21"},
			{"How long is PHP?\n\nAt a glance:\n\n- Short-term: 2-3 weeks", ""},
			{"How long is PHP?\n\nAt a glance:\n\n- Flexible programs: 2-3 weeks", ""},
			{"Intensive Outpatient Program\n\n## Kinds of addiction care\n\n- Short-term rehab: 28 to 30 days", ""},
			{"Intensive Outpatient Program\n\n## Types of treatment\n\n- Short-term programs: 28 to 30 days", ""},
			// A stay offered, completed or needed, with its article.
			{"Residential\n\nWe offer a 30-day stay.", "residential 30"},
			// A time from today is no length.
			{"Residential\n\n“Work starts this week and the expected completion date is three to five months from now,” said our residential director.", ""},
			{"Residential\n\nOur director says the new residential house should be finished three months from today.", ""},
			// A point reached by completing a span is no length, as
			// "after six months" is not.
			{"Residential\n\nOur residential program runs 60 days. After completion of the first 30 days, residents may earn weekend passes.", "residential 60"},
			{"Residential\n\nOur residential program runs 60 days. Upon completing 30 days, residents may earn weekend passes.", "residential 60"},
			// Figures set against one another are options weighed, none
			// stated.
			{"Residential\n\nWhich stay fits you? 28 vs 45 vs 60 days", ""},
			{"Residential\n\nStay length: 45 versus 60 days", ""},
			// A list item opening on its program, detox set off after a
			// comma as a part of it: the figure is the program's. In a
			// sentence of prose the detox keeps its own.
			{"How long you stay\n\n- Detox alone: 5 to 8 days\n- Residential care, including medically supervised detox for 21 to 35 days", "detox 5–8; residential 21–35"},
			{"How long you stay\n\nResidential care, including detox for 4 to 6 days, is the first step.", "detox 4–6"},
			{"Residential\n\nFor lasting change we recommend a 60-day stay.", "residential 60"},
			// The stay each client agrees or commits to; not one agreed
			// to elsewhere first.
			{"Residential\n\nOn admission, every client agrees to a 30 day stay.", "residential 30"},
			{"Residential\n\nResidents commit to a 6-week stay.", "residential 42"},
			{"Residential\n\nClients who agree to a 30-day stay elsewhere first may join later.", ""},
			{"Residential\n\nFamilies often agree to a 2-week stay at a relative's home after discharge.", ""},
			{"Residential\n\nWhen enrolling their teen, parents agree to a 60-day stay.", "residential 60"},
			{"Residential\n\nEach resident has agreed to a 28-day stay.", "residential 28"},
			// The term of an agreement or a sentence is no program's length.
			{"Monitoring program\n\nEach nurse must attend at least one support group meeting every day for 60 days in a row.\n\nAfter that, each nurse keeps to a monitoring agreement for no less than three years.", "support-group 60; other ≥1095.75"},
			{"Residential care\n\nClients sign a behavioral contract for 30 days of treatment in our residential program.", "residential 30"},
			{"Residential\n\nPatients' families agree to a 2-week stay at a nearby hotel.", ""},
			{"Residential\n\nEvery client agrees to a 30-day stay at our lakeside lodge.", "residential 30"},
			{"Residential\n\nEach client agrees to a 30-day stay in a structured, substance-free setting.", "residential 30"},
			{"Residential\n\nParents agree to a 2-day stay at the lodge's guest rooms during family weekend.", ""},
			// The range a length falls in, and the longest a program may
			// extend to; not a range of coverage or of prices.
			{"Our PHP\n\nMost adults finish the PHP within the four to eight-week range.", "php 28–56"},
			{"Residential\n\nMost stays fall in the 30- to 60-day range.", "residential 30–60"},
			{"Residential\n\nInsurance covers stays in the 30- to 60-day range.", ""},
			{"Our IOP\n\nSome programs may extend up to 16 weeks.", "iop ≤112"},
			{"Our IOP\n\nMost insurance plans extend up to 12 weeks.", ""},
			{"Residential\n\nOur residential centre offers 30-, 60- and 90-day programmes.", "residential 30–90"},
			{"Partial Hospitalization\n\nSome clients will require a two to three-week stay.", "php 14–21"},
			{"Intensive Outpatient\n\nMost people require a 5-7 day stay in a hospital before starting our IOP.", ""},
			{"Intensive Outpatient\n\nSome clients need a 30-day stay first.", ""},
			{"Residential\n\nMost clients complete a 30-day stay before stepping down to our IOP.", "residential 30"},
			{"Intensive Outpatient\n\nSome clients complete a 30-day stay at another center before starting with us.", ""},
			{"Residential\n\nWe offer the standard 45-day stay.", "residential 45"},
			// A test's window and a record's keeping are no care.
			{"Drug testing\n\nHair tests can show alcohol use for as long as 90 days.", ""},
			{"Drug testing\n\nA urine screen can detect cocaine for up to four days.", ""},
			{"Your privacy\n\nYour records are retained for seven years, as state law requires.", ""},
			{"Residential\n\nOur residential program lasts 30 days and includes random drug tests.", "residential 30"},
			{"Residential\n\nOur residential program lasts 45 days and includes weekly drug tests to detect relapse early.", "residential 45"},
			{"Residential\n\nOur records show that residents stay an average of 42 days.", "residential 42"},
			{"Residential\n\nOur residential program lasts 45 days. A saliva test will detect most opioids for up to 3 days.", "residential 45"},
			{"Residential\n\nClient records are stored securely for seven years.", ""},
			{"Residential Treatment\n\n## Program options\n\n- Standard programs: 30 days\n- Extended programs: 60 days", "residential 30; residential 60"},
			// The span sessions are laid out over is the program's, the
			// program named in the sentence or opening it; a list of its
			// parts before the span does not own it.
			{"Harbor Lane IOP\n\nOur IOP is made up of 24 sessions over a 12-week period.", "iop 84"},
			{"Harbor Lane IOP\n\nThe Harbor Lane Intensive Outpatient Program treats alcohol and drug use. The intervention consists of skills groups, individual counseling, family sessions and drug screens delivered over a 10-week period.", "iop 70"},
			// Something else spread over a period is no program's length,
			// a part of the program included.
			{"Harbor Lane IOP\n\nClients in our IOP often see their cravings fade over a two-week period. Over a 60-day period of staying sober, our IOP clients sleep better.", ""},
			{"Harbor Lane IOP\n\nOur IOP includes a family workshop on Saturdays. It runs over a four-week period.", ""},
			{"Harbor Lane IOP\n\nAs part of our IOP, a grief workshop is offered over a three-week period. Our IOP's coping module is delivered over a two-week period.", ""},
			{"Harbor Lane IOP\n\nOur IOP is for adults. It consists of 40 group sessions over a 16-week period.", "iop 112"},
			{"Harbor Lane IOP\n\nThe IOP consists of 30 sessions held over a 10-week period, followed by 4 months of aftercare.", "iop 70; other 121.75"},
			{"Cedar Ridge\n\nOur residential program includes a 5-day detox, individual therapy, and family sessions provided over a 40-day stay.", "detox 5; residential 40"},
			// Someone's stays "anywhere" or "in any program" are their
			// history; a program defined as "any program" giving care
			// for a span has that length.
			{"Family stories\n\nHer daughter had never stayed anywhere for more than three days before our residential program.", ""},
			{"Family stories\n\nHe had not lasted in any program for longer than a week.", ""},
			{"Kinds of rehab\n\nShort-term rehab is any program giving residential care for 21 to 45 days.", "residential 21–45"},
			// The program's own, named by its length after a fronted
			// phrase, or as the span things happen during; "the" after a
			// fronted phrase names a kind.
			{"Day treatment\n\nFor adults leaving inpatient care, this 5–7 week program pairs therapy with medication support in our PHP.", "php 35–49"},
			{"Day treatment\n\nOur PHP gives structure. During the 4–6 week program, you come in every weekday.", "php 28–42"},
			{"Residential care\n\nWhen you compare options, the 28-day program comes up a lot in our residential FAQ.", ""},
			// The program after a fronted phrase is the page's, not the one
			// the phrase names.
			{"Our IOP\n\nFollowing medical detox, our 28-day program helps clients stay sober.", "iop 28"},
			{"Day treatment\n\nFor adults leaving inpatient care, this 5–7 week program offers structured group therapy.", "php 35–49"},
			// A label's span in brackets, after the colon, and names
			// spelled "out patient" or "out-patient".
			{"Levels\n\nRESIDENTIAL TREATMENT CENTER: (5 weeks)\n\nINTENSIVE OUT PATIENT (IOP) (6-8weeks)\n\nOut-patient program: (3 months)", "residential 35; iop 42–56; op 91.3125"},
			// A length after the support group's clause, said of a program.
			{"Residential treatment\n\nResidents go to twelve step meetings each evening, and our program lasts 30 days.", "residential 30"},
			{"Residential treatment\n\nOur residential program lasts 30 days. Residents attend 12-step meetings each evening, and after treatment we urge them to keep going for at least 90 days.", "residential 30; support-group ≥90"},
			{"Residential care\n\nOur residential program lasts 30 days. In one home study, families who stayed involved for 90 days saw better results.", "residential 30"},
			// ("in-residence": a program clients live in.)
			{"Day treatment (PHP)\n\nWe also host an artist-in-residence program. Most clients stay about four weeks.", "php 28"},
			{"Men's program\n\nOur recovery program is free. It is a 6 to 9 month in-residence program.", "residential 182.625–273.9375"},
			// Bible study is something clients do, no study cited.
			{"Men's program\n\nThe New Life Program runs one year and includes Bible study, classes and work.", "other 365.25"},
			// (A study that reports is research, whatever word opens it.)
			{"Residential care\n\nOur residential program lasts 30 days. An independent study found that care lasting at least 90 days gives the best results.", "residential 30"},
			// ("in patient" spelled apart, before what it names.)
			{"Our approach\n\nMost clients choose our 45-day in patient program.", "residential 45"},
			// A card's strip under its name: a span in its last segment,
			// maybe "typical" after it, and in plain text the strip taken
			// for a heading of its own.
			{"Levels of care\n\nMedical Detox\n\nIntensive care • 4-8 Days Typical\n\nResidential Treatment\n\nHigh Intensity · 30-60 Days Typical\n\nWhat to bring\n\nClothes • 7 days", "detox 4–8; residential 30–60"},
			{"Levels of care\n\nMedical Detoxification\n\nIntensive care, under nurses, • 4-8 days typical.\n\nPartial Hospitalization\n\nDay care, five days a week, | 2-3 weeks on average.", "detox 4–8; php 14–21"},
			// What a program offers, named by its length, is itself.
			{"Cedar Ridge\n\nOur residential center offers 30-, 60- and 90-day programs.", "residential 30–90"},
			{"Cedar Ridge\n\nOur detox unit provides a 5-day program of medical care.", "detox 5"},
			// (A program set against is not the one offered; the
			// provider's own is.)
			{"Cedar Ridge\n\nUnlike a residential center, we run a 12-week program.", "other 84"},
			// A span in the singular before a program's noun, and words
			// that describe the program between, name its length.
			{"Skills group\n\nThe Harbor Skills Program is a nine week intensive group program.", "other 63"},
			{"Day treatment\n\nThe Adult Day Program is a structured 7-week, intensive therapeutic program.", "php 49"},
			// (A program named past a comma and the words that describe it.)
			{"Our residential program\n\nWe run a 12-month, family-focused residential treatment program for mothers.", "residential 365.25"},
			{"Our residential program\n\nWe offer a 30-day, medically supervised inpatient program for adults.", "residential 30"},
			{"Our IOP\n\nWe hold a 2-hour, skills-based IOP group each evening.", ""},
			{"Our IOP\n\nOur IOP is a 5-week group program.", "iop 35"},
			// (Not a course of its own a program holds.)
			{"Our IOP\n\nPart of our IOP is a 5-week relapse prevention course.", ""},
			{"Our IOP\n\nPart of our IOP is a 5-week spiritual wellness program.", ""},
			// (A span before a course of what it teaches keeps its plain
			// reading.)
			{"Our IOP\n\nOur IOP is a ten week skills course.", "iop 70"},
			// (A therapy naming the program's kind owns none of it.)
			{"Day treatment\n\nOur day treatment program is a full-time, seven week intensive group psychotherapy program.", "php 49"},
			// A program its length's program holds is a part of it.
			{"Cedar Ridge\n\nOur 45-day program begins with a medical detox.", "other 45"},
			{"Residential care\n\nThe 60-day stay includes detox, therapy and family sessions.", "residential 60"},
			// A court order's term is no program's length.
			{"Program requirements\n\n- Level II education, most people finish in four weeks\n- An interlock fitted to every car you drive for at least 12 months", "other 28"},
			// A program named only as one the provider does not run is
			// not what the next lines speak of.
			{"Medication for opioid use disorder\n\nOur clinic does not provide residential treatment or inpatient detox; the front desk can point you to both.\n\nHow long does it last?\nMany patients stay with us for a year or longer.", "other ≥365.25"},
			// Check-ins kept up after the program are no program's length.
			{"Outpatient counseling\n\nOur outpatient counseling usually runs four to five months, and plenty of clients keep quarterly check-ins for two years.", "op 121.75–152.1875; other 730.5"},
			// A program's row under a column that says nothing of its
			// cells gives the program's length.
			{"Residential treatment\n\nWhat the stay includes\n| Part | Details |\n| Residential | 25–30 days |\n| Family sessions | Weekly |", "residential 25–30"},
			// A level the reader is leaving is no topic of the page.
			{"The Deep Work Group\n\n- Meets once a week, Tuesday evenings\n- Runs for ten weeks\n\nWho it suits\nAnyone just leaving a hospital bed or residential care may want a more structured program.", "other 70"},
			// Days a week chosen are no length.
			{"Our teen IOP\n\nOur teen IOP is a ten-week program. Other programs for teens meet just twice a week. We chose three days since our teens found the gaps too long.", "iop 70"},
			// A stay of weeks no detox word names, on a page that names
			// no program but detox, is the residential stay.
			{"Frequently asked questions\n\nHow long do guests stay?\nThe shortest stay we allow is 30 days.\n\nIs detox offered?\nYes. Guests who need it begin with detox in a quiet private room. Detox usually takes four to six days.", "residential ≥30; detox 4–6"},
			// A length of care of any kind is no program's.
			{"Our IOP\n\nOur IOP runs ten weeks. Most people need at least 120 days of some form of treatment, this program or another.", "iop 70"},
			// A level said to be over, or moved to after the figure, is
			// not what the figure measures.
			{"Our services\n\nEvening IOP\nThree evenings a week.\n\nOngoing counseling\nOne group a week, usually for four to eight months once the IOP ends.", "op 121.75–243.5"},
			{"Detox at Alder Point\n\nOur new detox unit opens in May. Stays should run four to six days, after which clients may move on into our day program.", "detox 4–6"},
			// A question takes a length written into "the N-week program"
			// as given; one that asks about "a" program states nothing.
			{"Questions\n\nWhere do clients go once they complete the 10-week IOP?", "iop 70"},
			{"Questions\n\nDo you offer a 30-day residential program?", ""},
			{"Questions\n\nHow is the 6-week IOP different from the 10-week IOP?", ""},
			{"Questions\n\nIs the 60-day residential program right for me, or the 30-day one?", ""},
			{"Questions\n\nHow does the 30-day residential program compare with a longer stay?", "residential 30"},
			// "before that transition" points back at a step into the
			// program named before: the time is the page's own program's.
			{"Medical Detox Unit\n\nWhen withdrawal is over, most patients move into our IOP. They spend about five days on the unit before that transition.", "detox 5"},
			{"Medical Detox Unit\n\nWhen withdrawal is over, most patients move into our IOP. Our IOP lasts about six weeks before stepping down.", "iop 42"},
			{"Day treatment\n\nOur day treatment PHP typically lasts three weeks before patients step down to outpatient groups.", "php 21"},
			{"Day treatment\n\nPlease call us three weeks before patients step down so we can book a bed.", ""},
			{"Evening IOP\n\nGroups meet Monday and Thursday nights for a total of nine weeks.", "iop 63"},
			{"Evening IOP\n\nHow long?\nExpect roughly 7 weeks. We check in on your goals at the halfway mark.", "iop 49"},
			{"Evening IOP\n\nHow Many Weeks?\n\nExpect somewhere between 6 and 10 weeks.", "iop 42–70"},
			{"Evening IOP\n\nHow many weeks is the waitlist?\n\nExpect about 2 weeks.", ""},
			{"Evening IOP\n\nQ: How long does the evening program run?\nA: Roughly nine weeks for most members, then a monthly alumni night.", "iop 63"},
			{"Evening IOP\n\nHow long is the wait?\nExpect roughly 2 weeks. Call us to get on the list.", ""},
			// What became of those who stayed so long is no length.
			{"Day treatment\n\nPatients who remained in day treatment for 60 days or longer did far better a year later.", ""},
			{"Day treatment\n\nPatients who start our PHP stay for three weeks and feel more rested afterwards.", "php 21"},
			{"Evening IOP\n\nGroups meet Monday and Thursday nights. Alumni have stayed sober for a total of nine weeks or more.", ""},
			// A heading naming a plan by the provider's own name is the
			// level the table's level row gives it.
			{"Our plans\n\n| | Core | Plus |\n| Level of care | IOP | Standard outpatient |\n| Cost | $400 | $60 |\n\nAbout the Core plan\n\nMost members stay for 10 weeks.", "iop 70"},
			{"Residential\n\nWe ask each resident for a minimum commitment of 45 days.", "residential ≥45"},
			{"Residential\n\nYou must make a 9 – 12 month commitment to finish the program.", "residential 273.9375–365.25"},
			{"Our IOP\n\nMake a 30-day commitment to yourself to stay sober.", ""},
			// A word of what the program treats or how may stand before
			// its noun.
			{"Our program\n\nRiverside Challenge is a 12-18 month recovery program.", "other 365.25–547.875"},
			{"Rehab\n\nMost clients complete the 30-day addiction treatment program.", "other 30"},
			// A length said before the parts a program is made of is the
			// whole's, not its first part's.
			{"Teen inpatient\n\nOur 30 day treatment program is made up of detox and then rehab.", "other 30"},
			{"Teen inpatient\n\nOur 45-day program consists of detox followed by residential rehab.", "residential 45"},
			{"Medical detox\n\nDetox lasts 5 days and consists of medication and rest.", "detox 5"},
			// The provider by its own name offers its programs, as "we"
			// does; another's name is left as it was.
			{"Oakridge Recovery\n\nOakridge offers 30-, 60- and 90-day programs.", "other 30–90"},
			{"Residential\n\nOakridge offers a 30-day program.", ""},
			{"Oakridge Recovery\n\nOakridge offers a two-day intensive workshop for families.", ""},
			// The care clients receive or attend, counted, is the stay.
			{"Residential\n\nOur clients receive 10 weeks of treatment.", "residential 70"},
			{"Residential\n\nYour insurance plan lets clients receive 30 days of treatment.", ""},
			{"Residential\n\nResidential stays are limited to 45 days per admission.", "residential ≤45"},
			// A price for a program named by its length states the price.
			{"Rehab costs\n\nOakview Recovery charges $6,100 for a 30-day residential program.", ""},
			{"Rehab costs\n\nOutpatient care often starts at more than $1,500 for an outpatient program of up to 45 days.", ""},
			{"Our residential program\n\nFor $250 a day, our 45-day program includes room and board.", "residential 45"},
			{"Residential\n\nMost people stay in residential care for a couple weeks or longer.", "residential ≥14"},
			// How long someone has used is no program's length.
			{"Our IOP\n\nOur IOP lasts 10 weeks. A client with a decade-long opioid addiction may need more.", "iop 70"},
			// A length "to over" a longer one is at least the first.
			{"Outpatient care\n\nOur outpatient counseling runs from two months to over a year.", "op ≥60.875"},
			// What a relative clause says a program includes is not what
			// its length names.
			{"Our programs\n\nThe PHP is a three-week program that holds group therapy five days a week.", "php 21"},
			// What a program focuses on is not which program it is.
			{"How long is residential treatment?\n\nThe most common short option is a 30-day program, focusing mainly on detoxification and early stabilization.", "residential 30"},
			// Lengths listed one after another offer the span they make,
			// open above after "or even longer" or a floor; "refers to"
			// names the program, not a referral.
			{"Residential\n\nLong-term residential programs last 60 days, 90 days, and even longer.", "residential ≥60"},
			{"Residential\n\nOur residential stays run 30 days, 60 days or 90 days.", "residential 30; residential 60–90"},
			{"Residential\n\nInpatient treatment can run 45 days, 60 days, 90 days, or upwards of a year.", "residential ≥45"},
			{"Residential\n\nOur residential program lasts 30 days, and detox lasts 5 days.", "residential 30; detox 5"},
			{"Long-term rehab\n\nLong-term rehab refers to inpatient programs lasting 60 days or more.", "residential ≥60"},
			// A comma and a hedge between the floor and its figure keep it
			// a floor.
			{"Residential\n\nA stay here starts with a minimum commitment, usually 60 days, and most residents stay longer.", "residential ≥60"},
			// An item under a program's heading that names a program by
			// its length is that program's, unless it is for others.
			{"Evening IOP\n\n- Meets Monday through Thursday, 6 to 9 p.m.\n- A 10-week program ending in a graduation ceremony", "iop 70"},
			{"Evening IOP\n\n- Meets Monday through Thursday, 6 to 9 p.m.\n- A 3-week program for spouses is also available", ""},
			// A court's education class is no treatment program, and
			// "It" after it is the class.
			{"Our IOP\n\nIs the Level II class part of the IOP?\nNo. The Level II class is a separate course. It meets on Saturdays for six weeks.", "other 42"},
			// A continuum headed by residential treatment and sober living
			// is no sober house's page: its residential stays are the
			// program's; a house's stays are no program's either way.
			{"Residential Care, Outpatient and Sober Living\n\nResidential\nEach bed is on our campus. Stays usually run 45 to 75 days.\n\nSober living\nThe minimum stay is four months.", "residential 45–75; other ≥121.75"},
			{"Maple Street Sober Living\n\nOur houses\nThe minimum stay is four months.", "other ≥121.75"},
			{"Residential Sober Living in Tacoma\n\nOur houses\nThe minimum stay is four months.", "other ≥121.75"},
			{"Sober Living After Inpatient Treatment\n\nOur houses\nThe minimum stay is four months.", "other ≥121.75"},
			// On a job's page, what the clients do is the program's.
			{"SOURCE: https://example.org/careers/iop-counselor\n\nIOP Counselor\n\nWhat you'll do\nOur evening IOP meets three nights a week. Clients complete a nine-week course of skills groups, and you will lead two of them.", "iop 63"},
			// Going through a course of a length finishes it.
			{"Evening IOP\n\nOur evening IOP meets three nights a week. Clients work through a nine-week curriculum of skills groups.", "iop 63"},
			{"Evening IOP\n\nOur evening IOP meets three nights a week. Clients can look through a nine-week curriculum online before they start.", ""},
			// Programs a stay ends by transferring to are where it leads.
			{"Withdrawal Management Unit\n\nPatients usually stay four to six days before transferring to residential or PHP care.", "detox 4–6"},
			{"Withdrawal Management Unit\n\nDetox lasts four to six days. Patients discharged to our IOP continue for 8 to 10 weeks.", "detox 4–6; iop 56–70"},
			// A fraction of a length is no half-day.
			{"Our programs\n\nOur detox takes a week and a half to two weeks.", "detox 10.5–14"},
			{"Our programs\n\nOur IOP runs one and a half months.", "iop 45.6563"},
			// The day hours fill is no length.
			{"Our IOP\n\nState rules allow no more than four hours of class in one day, so the course takes at least three days.", "iop ≥3"},
			{"Outpatient detox\n\nOur outpatient detox takes about ten hours and is finished in one day.", "detox 1"},
			// A residential building is a building, no program.
			{"Levels\n\nMedical Detox\nWithdrawal care happens in a small wing beside our residential building; a usual stay lasts three to five days.", "detox 3–5"},
			// A fronted reason names no coverage.
			{"Residential care\n\nFor guests whose plan approves a shorter stay, a 21-day residential track is offered.", "residential 21"},
			{"Residential care\n\nMost plans cover up to 21 days of residential care.", ""},
			// A group gone on with after the program has a length of its own.
			{"Our IOP\n\nThe core program is ten weeks. After that, many clients continue with our weekly sharing circle for four to eight months.", "iop 70; other 121.75–243.5"},
			{"Our IOP\n\nMost clients stay in group for ten weeks.", "iop 70"},
			{"Our IOP\n\nClients continue in our IOP group for eight weeks.", "iop 56"},
			{"IOP guide\n\nOregon IOPs usually set aside 8 to 14 hours of care per week across two to four days; most run for 10 to 12 weeks.", "iop 70–84"},
			// A week or a day of care a price is set against.
			{"Comparing costs\n\nA week of IOP usually costs less than two days of inpatient care.", ""},
			{"Residential care\n\nResidents stay 28 days of structured care, and most insurance plans pay for it.", "residential 28"},
			{"Residential Treatment at Tamarack Ridge\n\nSome people first try an intensive outpatient program and keep living at home.\n\nAt Tamarack Ridge you live on campus.\n\nMost guests stay 30 to 45 days.", "residential 30–45"},
			// The outpatient level's groups after IOP are outpatient care's,
			// and "one … group a week" counts meetings, it lasts no week.
			{"Evening IOP\n\nOur IOP runs ten weeks. Afterwards, most members continue in weekly outpatient groups for four to six months.", "iop 70; op 121.75–182.625"},
			{"Evening IOP\n\nOur IOP runs ten weeks. Graduates then move to one outpatient group a week for another two months.", "iop 70; op 60.875"},
			{"Day treatment\n\nOur partial-hospitalization program lasts 3 weeks.", "php 21"},
			// A fronted answer is the asked program's, not the one that
			// comes after it.
			// A setting word sharing the detox named after the next one is
			// detox's, not residential care's.
			{"Detox\n\nStays in inpatient or outpatient detox last 3 to 7 days.", "detox 3–7"},
			// A fortnight is two weeks, no night; detox may be timed in
			// hours, from a day up, but not its symptoms, nor a 24-hour
			// unit, nor a day's hours.
			{"Detox\n\nOur detox can take anywhere from two days to a fortnight.", "detox 2–14"},
			{"Detox\n\nOur detox usually lasts 96 hours.", "detox 4"},
			{"Detox\n\nAlcohol detox at our center usually lasts 72 hours.", "detox 3"},
			{"Detox\n\nAt our clinic, detoxification generally takes between 48 and 120 hours.", "detox 2–5"},
			{"Detox\n\nMost alcohol detox symptoms last 48 to 96 hours.", ""},
			{"Detox\n\nOur 24-hour detox unit admits new patients within 24 hours of a call.", ""},
			{"Detox\n\nDuring detox, nurses are on the floor 24 hours a day.", ""},
			// (A concession's comma after its program's name alone does
			// not end it.)
			{"Day Treatment\n\nWhereas with a residential treatment program, a stay of 30 days or more is required, day treatment lets you go home.", "residential ≥30"},
			// A span a framed program runs for is the program's, and a
			// length after ", and it" following what the first clause
			// names (not denies) is that thing's.
			{"Our Programs\n\nIn our residential program, group therapy is held daily. In our IOP, it runs for 12 weeks.", "iop 84"},
			{"Residential Treatment\n\nOur residential program begins with detox, and it usually lasts five to seven days.", "detox 5–7"},
			// An amount had each day: "a day" is its rate, not a stay;
			// a span hedged or bounded after "of" stays a length.
			{"Outpatient detox\n\nAt home, you will take in at least two quarts of fluids a day.", ""},
			{"Withdrawal care\n\nIn detox you take three small cups of broth a day and rest.", ""},
			{"Withdrawal care\n\nOur detox takes a span of just a day for most guests.", "detox 1"},
			{"Withdrawal care\n\nOur detox stay is a stretch of about a week.", "detox 7"},
			{"Detox\n\nDetox removes most drugs from the body in about 72 hours.", ""},
			// Only detox's own length, by a lasting verb right before the
			// figure: not the time to arrange it, its intake, a threshold,
			// a wait, a phase inside it or an extra amount.
			{"Detox\n\nDetox takes 48 hours to set up with your insurer.", ""},
			{"Detox\n\nDetox intake takes about 24 hours.", ""},
			{"Detox\n\nDetox ends once a client has gone 48 hours without symptoms.", ""},
			{"Detox\n\nDetox feels hardest for 36 hours and then eases.", ""},
			{"Detox\n\nDetox wait times are under 48 hours.", ""},
			{"Detox\n\nFor heroin, detox can last 48 hours longer.", ""},
			{"Detox\n\nMedical detoxification typically takes 48 to 96 hours to complete.", "detox 2–4"},
			{"Detox\n\nOur detox program is 96 hours long.", "detox 4"},
			{"Detox\n\nDetox here lasts 72 hours for alcohol, and longer for opioids.", "detox 3"},
			{"Detox\n\nMost of our patients complete detox within 96 hours.", "detox ≤4"},
			// A span from hours to days is a length in days.
			{"Residential\n\nStays at our residence run from 48 hours to up to 21 days.", "residential 2–21"},
			// A program named inside a relative clause set off by commas
			// is not the subject.
			{"The levels\n\nDetox, which often comes before residential treatment, usually takes three to seven days.", "detox 3–7"},
			// Days multiplied by a day's hours are the week's days.
			{"Day treatment\n\nPHP 5 days x 5 hrs, usually for 2-3 weeks.", "php 14–21"},
			{"Residential\n\nResidential: 28 days x 24-hour supervision.", "residential 28"},
			{"Evening IOP\n\nOur IOP runs ten weeks, and most clients fit it around a day job.", "iop 70"},
			// A program joined next is not where the days are spent.
			{"Detox on site\n\nOur nurses also run outpatient detox here. Patients come in each morning, usually for four to six days, and can join PHP groups when they feel ready.", "detox 4–6"},
			{"Detox\n\nMost stays in residential or inpatient withdrawal management last 3 to 7 days.", "detox 3–7"},
			// "a week" after a counted noun is its rate, no length.
			{"Our evening IOP\n\nFernlake runs an evening IOP for adults who have found that one therapy hour a week is not cutting it, yet have no need of a hospital bed. The program runs eight weeks.", "iop 56"},
			{"DUI classes\n\nDUI education usually lasts 4 to 6 weeks, with one class a week of about two hours.", "other 28–42"},
			// A course named by its two ends is the program's length.
			// (Not another course, a phase or a request timed so.)
			{"Our IOP\n\n- Buprenorphine taper: six weeks from start to finish", ""},
			{"Our IOP\n\n- Three days from intake to the end of the assessment phase", ""},
			{"Our evening IOP\n\n- Monday through Thursday, 6:00-9:00 p.m.\n- Ten weeks from intake to graduation", "iop 70"},
			{"Our IOP\n\n- Twelve weeks, start to finish", "iop 84"},
			// Time with the provider, "for" left out, is the stay; staff's
			// years with it are not.
			{"Our PHP\n\nMost clients are with us about four to six weeks before moving to IOP.", "php 28–42"},
			{"Our PHP\n\nMost of our nurses have been with us 10 years.", ""},
			{"Our team\n\nMost of our team members are with us five years or longer. Our residential program lasts 30 days.", "residential 30"},
			// A total over programs is no one program's length.
			// (Not a program's own total, named before it.)
			{"Residential care\n\nOur residential program lasts 45 days in total, including the first week of medical detox.", "residential 45"},
			// The group joined carries to the one sentence pointing back at
			// it, no further.
			{"Residential care\n\nOur residential program lasts 45 days. Graduates can join an aftercare group. It is a good place to ask questions. Most residents stay the full 45 days.", "residential 45; residential 45"},
			// Lines of a continuum's milestones are no lengths to choose
			// from: only the first answers the heading.
			{"Our continuum of care\n\nProgram length\n30 days: detox and residential stabilization\n60 days: partial hospitalization and IOP\n90 days: outpatient aftercare and graduation", "detox 30"},
			{"Detox and residential\n\nMany people do both, back to back, so a total stay of five to seven weeks is common.", "other 35–49"},
			{"How long is treatment?\n\nPHP usually runs two to three weeks and IOP about eight. Plenty of people do both, so the whole course often comes to about three months.", "php 14–21; iop 56; other 91.3125"},
			{"Evening IOP\n\nOur IOP runs eight weeks. Many clients do both the morning and evening tracks, so the whole course is often around ten weeks.", "iop 56; iop 70"},
			{"Residential care\n\nMost people need at least three months of total treatment, counting outpatient care.", "other ≥91.3125"},
			// How often something is reviewed is no length, under a length
			// label too.
			{"Standard outpatient\n\nTypical length: three to six months, reviewed every 30 days", "op 91.3125–182.625"},
			{"Our IOP\n\nOur IOP lasts 12 weeks, with progress reviewed every two weeks.", "iop 84"},
			{"Our IOP\n\nHow long does IOP take?\nSix to eight weeks, after which most clients continue with outpatient counseling once a week.", "iop 42–56"},
			{"Our IOP\n\nHow long does IOP take?\nSix to eight weeks, and then most clients step down to outpatient counseling.", "iop 42–56"},
			{"Residential care\n\nUnlike a hospital stay, our residential program lasts 30 days.", "residential 30"},
			// Residents on a residential program's page are its clients, after a
			// line about its family therapy too.
			{"Our Residential Program\n\nFamily program\nFamily therapy takes place by phone once a week.\n\nHow long will I stay?\nMost of our residents stay 35 to 50 days.", "residential 35–50"},
			// A service a fact box's line is labelled with governs that line;
			// the next labelled line naming nothing is the program's again.
			// (A sentence after the service's line, unlabelled, goes on about
			// the service.)
			{"Evening IOP\n\nAt a glance\nDays: Tuesday and Thursday evenings\nAlumni group: once a week, one hour\nDuration: 10 to 12 weeks", "iop 70–84"},
			{"Evening IOP\n\nAt a glance\nDays: Tuesday and Thursday evenings\nAlumni group: once a week, one hour. It goes on for 10 to 12 weeks.", "other 70–84"},
			// (Nor a length of the service's own, "Length: 9 months of alumni
			// support"; a line going on about the service keeps it in view
			// until a line of the program's.)
			{"Evening IOP\n\nAt a glance\nAlumni group: twice a month\nLength: 9 months of alumni support", "other 273.9375"},
			{"Evening IOP\n\nAt a glance\nFamily group: once a week\nDuration: 90 minutes\nDays: Monday, Tuesday and Thursday\nLength: 8 weeks", "iop 56"},
			{"Evening IOP\n\nOur IOP blends group work and individual therapy usually for twelve weeks.", "iop 84"},
			{"Day Program\n\nMost people spend two weeks in our PHP and then move to our IOP. Across all our programs, the usual stay with us comes to about four months.", "php 14; other 121.75"},
			// (Not when the sentence names its program.)
			{"Evening IOP\n\nOur IOP lasts 6 weeks. Across all levels of care, our IOP lasts 12 weeks.", "iop 42; iop 84"},
			// A duration alone on a list item under a program's heading is
			// its length; under another heading it is not.
			{"Our levels of care\n\nIntensive Outpatient (IOP)\n• Three evenings a week\n• Typically 8 to 10 weeks", "iop 56–70"},
			{"Our levels of care\n\nWaiting list\n• Three evenings a week\n• Typically 8 to 10 weeks", ""},
			// "Others" opening a clause stands for the programs before it.
			{"Evening IOP\n\nOur IOP runs 8 weeks. A few residential programs take 30 days, while others take eight to twelve weeks.", "iop 56; residential 30; residential 56–84"},
			// A span fronted by every level of care is no one program's.
			{"Day Program\n\nMost people spend two weeks in our PHP and then step down. Across all levels of care, the usual stay with us comes to about four months.", "php 14; other 121.75"},
			{"Day Program\n\nMost people spend two weeks in our PHP and then move to our IOP. Across all levels, the usual stay with us comes to about four months.", "php 14; other 121.75"},
			// Days named by their groups are days of the week, no length.
			{"Evening IOP\n\nOur IOP lasts 8 weeks.\n\nIndividual therapy is booked once a week with your counselor.\n\nOver the three group days, members complete about 10 hours of treatment a week, plus a counseling session.", "iop 56"},
			// A hospital's stay is no program's; partial hospitalization is
			// a program.
			{"Levels of care\n\nThe average hospital stay is short, often about five days. Partial hospitalization usually lasts two to three weeks.", "other 5; php 14–21"},
			{"Residential care\n\nThe program is 60 days in most cases.", "residential 60"},
			{"Evening IOP\n\nThe program is 12 weeks for most clients.", "iop 84"},
			{"Evening IOP\n\nHow long is IOP?\n\n8 weeks, after a wait of about 2 weeks.", "iop 56"},
			// "The program is" over a wait, a difference or a point in it,
			// and a wait under a bare "Length" heading, time no program.
			{"Evening IOP\n\nOur IOP lasts 10 weeks. The program is 3 weeks out right now, so call early.", "iop 70"},
			{"Evening IOP\n\nOur IOP lasts 10 weeks. The program is 4 weeks longer for people with co-occurring disorders.", "iop 70"},
			{"Evening IOP\n\nOur IOP lasts 10 weeks.\n\nLength\n\nExpect about 2 weeks from your first call to your first group.", "iop 70"},
			{"Evening IOP FAQ\n\nHow many weeks does IOP take? Usually 10 to 12 weeks.\n\nHow many days a week does IOP meet? Usually three.", "iop 70–84"},
			{"Evening IOP\n\nGroups run three hours at a time on three days. The program lasts 12 weeks.", "iop 84"},
			{"Evening IOP FAQ\n\nHow many days can I miss in IOP? Up to three days with a note.\n\nHow many months of sobriety do I need to join the alumni group? Six months.", ""},
			{"Evening IOP\n\nOur IOP lasts 10 weeks.\n\nIs there a waiting list?\n\nRarely. Most people begin treatment less than a week after they first phone us.", "iop 70"},
			{"Day treatment\n\nClients who start our PHP typically stay three to four weeks after their assessment. Most start less than a week after calling us.", "php 21–28"},
			// A court's orders and a person's sober time are no program's.
			{"Court-ordered IOP\n\nOur IOP lasts 10 weeks. Many clients must also drive with an ignition interlock for a year or more, and probation usually lasts 18 months.", "iop 70"},
			// A span from one program to another is the whole path's.
			{"Stepping down\n\nFrom the first day of residential care to the end of IOP, the path often takes four to six months. We may step you up from IOP to PHP for a week or two.", "other 121.75–182.625; php 7–14"},
			{"Our IOP\n\nWe support you every step of the way, and our IOP lasts 8 weeks.", "iop 56"},
			{"Young adult services\n\nOur IOP lasts 8 weeks. Someone who goes through each step usually stays with us five to nine months, from admission to the last outpatient visit.", "iop 56; other 152.1875–273.9375"},
			{"Our IOP\n\nOur IOP runs ten weeks. From detox through IOP, most clients are in our care for four to six months.", "iop 70; other 121.75–182.625"},
			{"Court-ordered IOP\n\nOur IOP lasts 12 weeks and meets probation requirements. Residents on parole stay with us for 60 days. Parole supervision often continues for three years.", "iop 84; residential 60"},
			{"DUI Court\n\nThe DUI court program takes at least 12 months. Participants graduate after 120 days in a row of sobriety.", "other ≥365.25"},
			// An approval word naming the program ("state-approved"), and a
			// sentence of the program's under a heading about approvals,
			// keep the length.
			{"Residential care\n\nOur state-approved 45-day residential program serves adult men.", "residential 45"},
			{"Residential care\n\nApproval process\n\nThe residential program itself lasts 35 days.", "residential 35"},
			// "The program" named by its noun alone, and a short answer
			// under a bare "Length" heading, time the page's program.
			{"Evening IOP\n\nOur IOP meets four evenings a week. The program is 9 weeks.", "iop 63"},
			{"Evening IOP\n\nOur IOP meets four evenings a week.\n\nLength\n\nPlan on 9 to 11 weeks.", "iop 63–77"},
			// An approval's span, or a figure under a heading about
			// approvals, is a payer's period; the provider's own program
			// there keeps its length.
			{"Coverage\n\nDetox is generally approved for 4 days and then extended one day at a time.", ""},
			{"Coverage\n\nResidential treatment is often approved for up to 10 days first.", ""},
			{"Prior authorization\n\nTypical approvals\n\nResidential: 7 to 10 days to begin, then a week at a time", ""},
			{"Prior authorization\n\nOur IOP runs nine weeks, so most clients need more than one approval.", "iop 63"},
			{"Residential care\n\nResidents graduate once they have been in the program for 60 days.", "residential 60"},
			{"Ambulatory care\n\nOutpatient detox\n\nMost patients are ready to join our IOP in six to eight days.", "detox 6–8"},
			{"Our IOP\n\nYou pay one flat fee for all 10 weeks of our IOP.", "iop 70"},
			{"Programs\n\nDo I need detox before PHP?\n\nClients are ready to step into IOP after two to three weeks in PHP.", "php 14–21"},
			// A length set aside, or time served before something else.
			{"Outpatient care\n\nInstead of 28 days away from your family, you would spend about three months in evening groups.", "op 91.3125"},
			{"Residential care\n\nOur residential program is 60 days. Weekend passes start once you have been here for three weeks.", "residential 60"},
			// A heading asking about detox makes the time until the next
			// program begins the detox's.
			{"Withdrawal care\n\nHow long does detox take here?\n\nMost people are steady and ready to start residential care in four to six days.", "detox 4–6"},
			// A span paid for or covered is no program's length.
			{"Self-pay rates\n\nPay for six weeks of IOP up front and save 5 percent. Our IOP lasts ten weeks.", "iop 70"},
			{"Insurance\n\nPlans often approve 14 days of residential care, then review.", ""},
			{"Medication for alcohol use\n\nHow long will I take naltrexone? Most of our patients stay on it for at least a year.", ""},
			{"Medication for opioid use\n\nMost patients remain on buprenorphine for 12 months or longer. Our IOP lasts eight weeks.", "iop 56"},
			{"Withdrawal care\n\n- Support with methadone, which some patients continue for two years or more\n- Detox itself usually takes four days", "detox 4"},
			{"Opioid detox\n\nOpioid detox that includes a buprenorphine induction can take up to 10 days.", "detox ≤10"},
			{"Extended care\n\nExtended care usually lasts 60 to 90 days. Combined with primary residential treatment, many clients are with us for four to five months in total.", "residential 60–90; other 121.75–152.1875"},
			{"Levels compared\n\nResidential care versus IOP: 4 weeks compared with 12 weeks.", "residential 28; iop 84"},
			{"Day program FAQ\n\nHow long is the day program?\n\nMost people spend two to three weeks in the day program.\n\nWhat happens after IOP?\n\nMost people join our weekly continuing-care group. Many stay in it for six months or more.", "php 14–21; other ≥182.625"},
			{"Residential care\n\nOur residential program lasts 30 days. After discharge, clients may live in our transitional housing for 3 to 6 months.", "residential 30; other 91.3125–182.625"},
			{"Withdrawal care\n\nOur detox lasts 5 to 7 days; plan to be away from work for about two weeks.", "detox 5–7"},
			{"Residential care\n\nYou will be away from work for the length of our residential program, usually 28 days.", "residential 28"},
			{"Residential care\n\nOur residential program lasts 30 days. Most clients then move to our PHP and then to our IOP for 8 to 12 weeks.", "residential 30; iop 56–84"},
			{"Paying for care\n\nOur residential program lasts 30 days. Families can spread the cost with interest-free financing for up to 18 months.", "residential 30"},
			{"Insurance\n\nOur residential program lasts 28 days. Many plans approve detox 3 days at a time.", "residential 28"},
			{"County help\n\nThe county will pay for up to 60 days of residential care in a year.", ""},
			{"County help\n\nMedicaid pays up to 30 days of residential care.", ""},
			{"Paying for care\n\nMany families pay for our 30-day residential program out of pocket.", "residential 30"},
			{"Residential care\n\nOur residential program means being away from work and family for 30 days.", "residential 30"},
			{"Residential care\n\nOur residential program lasts 30 days.\n\nSober housing\n\nMost residents stay 6 to 12 months.", "residential 30; other 182.625–365.25"},
			{"Inpatient detox\n\nInpatient detox generally runs 5 to 7 days, and you should plan to be away from work for at least two weeks.", "detox 5–7"},
			{"Paying for care\n\nFinancing is available for our 30-day residential program.", "residential 30"},
			{"Admissions\n\nAfter approval from our admissions team, clients spend 30 days in our residential program.", "residential 30"},
			{"Paying for care\n\nOur detox unit accepts most plans, and the balance can be paid in monthly installments over 12 months.", ""},
			{"Our residential program\n\nWhen Caldbeck opened in 1994, we offered a residential program of 21 days.", ""},
			{"Our IOP\n\nClients who have completed a residential program of at least 90 days elsewhere can enter our IOP directly.", ""},
			{"Quarry Bank Detox — FAQ\n\nIs detox done at home?\n\nWe don't offer detox in people's homes.\n\nHow long will I stay?\n\nMost stays in our unit run 5 to 7 days.\n\nIs there residential care?\n\nYes, our residential program follows.", "detox 5–7"},
			{"Residential at Harrow\n\nMost guests stay for 30 days, and many continue in PHP and IOP for another two to three months.", "residential 30; other 60.875–91.3125"},
			// More time past a length just given is no length of its own.
			{"Residential treatment\n\nThe average stay is 45 days, and some clients are given an additional 30 days when needed.", "residential 45"},
			{"Our IOP\n\nMost clients finish in 8 weeks; a few need an extra 2 weeks.", "iop 56"},
			{"Intensive Outpatient\n\nOur IOP lasts 10 weeks, with an optional extra 6 weeks of aftercare.", "iop 70; other 42"},
			// An adverb may stand between the copula and its article.
			{"Our IOP\n\nThis spring we redesigned it. Our IOP is now an eight-week program.", "iop 56"},
			{"Residential care\n\nOur residential program gives women a safe place to heal. It’s a six-week program.", "residential 42"},
			{"Residential care\n\nOur residential program gives women a safe place to heal. It's a six-week program.", "residential 42"},
			// Words that describe the program may stand between the article
			// and its length; a frequency word does not describe it.
			{"Our IOP\n\nOur IOP is a highly focused 6-week program.", "iop 42"},
			{"Our IOP\n\nOur IOP is an intensive, structured 8-week program.", "iop 56"},
			// (Not a word that sets the program apart as the usual kind.)
			{"Our IOP\n\nThe old model of care was a traditional 28-day program, but our IOP runs 12 weeks.", "iop 84"},
			{"Our PHP\n\nOur PHP is now a five-day program, Monday through Friday, and most clients stay three weeks.", "php 21"},
			{"Our detox\n\nOur detox is a seven-day program, with nurses on site seven days a week.", "detox 7"},
			// A pronoun opening a clause after a semicolon is the program
			// named last before it.
			{"Medical detox\n\nHow long is detox?\n\nMost residents stay four to six days. Afterward many join our 28-day residential program.", "detox 4–6; residential 28"},
			{"Residential at Harrow\n\nMost residents stay 30 days. Many residents continue in our IOP after discharge; it meets three evenings a week for about eight weeks.", "residential 30; iop 56"},
			// What comes once the stay is over is no program's, unless
			// it steps down to one.
			{"Our PHP\n\nMost clients stay eight weeks. Following discharge, they attend a weekly group for ten weeks.", "php 56; other 70"},
			{"Our PHP\n\nMost clients stay eight weeks. Once discharged, clients join our IOP for ten weeks.", "php 56; iop 70"},
			// (A discharge from another level is the way in.)
			{"Our PHP\n\nFollowing discharge from the hospital, patients attend five days a week for two weeks.", "php 14"},
			// (Nor the stay itself told once it is over.)
			{"Residential care\n\nUpon discharge, a typical length of stay is 35 days.", "residential 35"},
			// (A difference set off by dashes, "days longer—than", is no
			// length; nor is the amount a stay changed by.)
			{"Our residential program\n\nClients who use opioids have a longer mean length of stay—roughly 8 to 12 days longer—than clients who use alcohol.", ""},
			{"Residential care\n\nOur residential stays—usually 35 to 50 days—lead into outpatient care.", "residential 35–50"},
			{"Our PHP\n\nOur average length of stay decreased about 6 days last year.", ""},
			// ("declined" as refused is no change; a change's "from" end
			// is the length before it.)
			{"Residential care\n\nClients who declined 60 days of residential care were offered our IOP.", "residential 60"},
			{"Our PHP\n\nLast year our PHP was shortened to 4 weeks.", "php 28"},
			// ("lengths", "durations": the plural names lengths too.)
			{"Residential care\n\nTypical program lengths are 28, 45 and 60 days.", "residential 28–60"},
			// (A point reached in the stay, and how long someone has used,
			// are no lengths.)
			{"Detox\n\nDetoxification often continues 21 days into rehab.", ""},
			// (The week of days spent somewhere is no length either.)
			{"Our PHP\n\nClients spend five days on site a week and go home each evening.", ""},
			{"Medical detox\n\nAdmission criteria:\n\n- Daily use of benzodiazepines above the prescribed dose for more than one month, or with alcohol for more than six weeks.", ""},
			{"Our IOP\n\nOur IOP makes use of DBT skills groups for 10 weeks.", "iop 70"},
			// (A commitment asked for is the length too.)
			{"Our IOP\n\nOur IOP asks for a commitment of 12 weeks.", "iop 84"},
			{"Our programs\n\nMost people spend time in PHP and IOP for about 12 weeks each.", "iop 84; php 84"},
			{"Withdrawal care\n\nIf you need it, detox happens in our medical unit before residential starts, usually lasting four to six days.", "detox 4–6"},
			{"Residential care\n\nBefore residential, most clients spend five days in detox.", "detox 5"},
			{"FAQ\n\nQ: How long will I stay?\nA: Most residents stay 45 to 60 days.\n\nQ: Is detox available?\nA: Yes, medical detox is available on site.", "residential 45–60"},
			{"Partial hospitalization\n\nOut-of-area residents stay three weeks in nearby hotels while they attend.", "php 21"},
			{"Withdrawal care\n\nDetox happens in our medical unit before residential treatment begins, usually lasting four to six days.", "detox 4–6"},
			{"Levels of Care at Birchmoor\n\nLevel 3.7: Medically Monitored Detox\n\nDetox takes place in our medical unit. It usually lasts four to six days.\n\nLevel 3.5: Residential Treatment\n\nResidents stay with us for 28 days.", "detox 4–6; residential 28"},
			{"After residential care\n\nWe help you set up outpatient care. Many graduates move into our sober living house next door, where the average stay is seven months.", "other 213.0625"},
			{"Partial hospitalization\n\nProgram length is typically 3 to 4 weeks, after which most clients step down into our evening IOP.", "php 21–28"},
			{"Detox at Harrow\n\n| Substance | When withdrawal usually starts | Usual stay |\n|---|---|---|\n| Benzodiazepines | 1–4 days | 14–28 days |", "detox 14–28"},
			// A count of sessions in brackets after the span says what it
			// holds, not whose it is.
			{"Evening IOP\n\n- Days: Monday, Tuesday, Thursday\n- Duration: 10 weeks (30 group sessions)", "iop 70"},
			// When symptoms come, or peak, is no stay.
			{"Withdrawal timelines\n\n- Benzodiazepines: symptoms may not appear for 2 to 5 days, and we taper over 3 to 6 weeks.", "detox 21–42"},
			{"Withdrawal timelines\n\n- Alcohol: withdrawal usually peaks within 2 to 3 days, and most guests complete detox in 5 to 7 days.", "detox 5–7"},
			{"Detox\n\nSigns may start within 1–4 days, peak at 2 weeks, and can linger for several weeks.", ""},
			// ("They" pointing back to symptoms the sentence before opened on.)
			{"Detox\n\nWithdrawal differs from drug to drug. Most symptoms appear within a day and are worst on day two or three. They can last ten days or longer.", ""},
			{"Detox\n\nThe first signs show up within a day. These can persist for two weeks.", ""},
			{"Detox\n\nDetox programs treat withdrawal symptoms. They may last a week or more.", "detox ≥7"},
			{"Detox\n\nOur detox peaks in intensity early and lasts 5 to 7 days.", "detox 5–7"},
			{"Our IOP\n\nTreatment engagement peaks during the 12-week IOP.", "iop 84"},
			{"IOP Fact Sheet\n\nIOP: three evenings a week, random drug screens, progress reviews at 30, 60, 90 days", ""},
			{"IOP Fact Sheet\n\nDrug testing: twice a week, 6 months", ""},
			{"Our IOP\n\nOur IOP lasts 8 weeks at three days a week.", "iop 56"},
			// The shape a program follows, by its length.
			{"Virtual IOP\n\nMost online IOPs follow a 7 to 11-week timeline.", "iop 49–77"},
			{"Our IOP\n\nOur evening IOP uses a 14-week format.", "iop 98"},
			{"Sober Living\n\nResidents follow a 12-week schedule of house chores.", ""},
			// "this part of the program" is the part the sentence before
			// names.
			{"Our Intensive Outpatient Program\n\nAfter evaluation, our team starts the detox process. Typically, this part of the program lasts for three to 9 days.\n\nWhen clients are stable, we move into the rehab phase. This part of the program lasts about 40 days.", "detox 3–9; other 40"},
			// A program named in a clause of reason is not the one timed.
			{"Choosing a rehab program\n\nThere are many kinds of programs. The 45 days program is not right for people with severe addiction because detox takes up a third of the program time and leaves little for therapy.", "other 45"},
			// Time tested clean is no program's.
			{"Medication treatment stages\n\nGoal: urine screens negative for 5 months in a row.", ""},
			// A study's point of measure, before the share it reports.
			{"Telehealth IOP study\n\nAfter treatment for 45 days, about 70% of the participants were still enrolled in the IOP.", ""},
			{"Telehealth IOP study\n\nAt 100 days, half were still in the program.", ""},
			{"Residential care\n\nAfter 30 days of residential care, clients move to our PHP.", "residential 30"},
			{"Residential care\n\nMost residents start in our on-site withdrawal management unit, which usually lasts four to six days, before moving into the lodge.", "detox 4–6"},
			{"Our IOP\n\nOur IOP takes ten weeks: four weeks at four days a week, then six weeks at two days a week.", "iop 70"},
			{"Our IOP\n\nWe meet Monday and Thursday, and the office closes for 2 weeks in August.", ""},
			{"Our IOP\n\nEvening track: Monday, Wednesday and Thursday, 9 hours per week, 10 weeks", "iop 70"},
			{"Teen IOP\n\nTeen IOP · 3 afternoons/week · 8–10 weeks", "iop 56–70"},
			{"Our IOP\n\nSchedule: four mornings a week, 6-week program", "iop 42"},
			{"Our IOP\n\nEvening IOP · 3 evenings/week · next group starts in 2 weeks", ""},
			{"Levels of care at Linden\n\nDetox: round-the-clock nursing, 4–8 days\n\nResidential: private rooms, a garden, 30–60 days", "detox 4–8; residential 30–60"},
			{"Our Services\n\nMedically supervised detox on site, typically four to six days.", "detox 4–6"},
			{"Our Services\n\nResidential care, usually 30 to 45 days, with weekly family sessions.", "residential 30–45"},
			{"Aftercare\n\nAfter residential care, usually two weeks, clients meet weekly.", ""},
			{"Residential Treatment\n\nOur residential program lasts 45 days. Most residents begin with two to four days in our on-site detox suite.", "residential 45; detox 2–4"},
			{"Residential Treatment\n\nMost guests spend three to five days in our detox unit before moving into the lodge.", "detox 3–5"},
			{"Our Detox\n\nOur detox lasts the same 5 to 7 days as hospital detox.", "detox 5–7"},
			{"Our Detox\n\nIn detox, residents rest for 2 days before the move to the residential unit.", ""},
			{"Our IOP\n\nA discharge plan is written in the 2 weeks before the transition to aftercare.", ""},
			{"PHP Guide\n\nPHP usually lasts four to six weeks before a step-down to IOP.", "php 28–42"},
			{"PHP Guide\n\nPlease call us 30 days before the admission date.", ""},
			{"Teen IOP\n\nIn summer the teen IOP moves to late mornings on the same two days.", ""},
			{"Residential care\n\nMost men stay 40 to 50 days. The shortest stay we allow is 21 days, and the longest program anyone has finished here was 120 days.", "residential 40–50; residential ≥21; residential ≤120"},
			{"Residential care\n\nMost women stay 45 days. Our shortest residential stay is 14 days, and 10 days is the shortest stay we have ever allowed.", "residential 45; residential ≥14; residential ≥10"},
			{"Our PHP\n\nOur PHP requires attendance on all five program days. Detox patients stay for all five days of their protocol.", "detox 5"},
			{"Our PHP\n\nGraduation from our PHP requires attendance on all 12 program days.", "php 12"},
			{"Our IOP\n\nOur IOP runs ten weeks.\n\n- Payment plans with no interest for 18 months", "iop 70"},
			{"Teen IOP\n\nYou Need More Than an Hour a Week", ""},
			{"Rehab 101\n\nTogether, PHP and IOP usually take 10 to 16 weeks.", "other 70–112"},
			{"Rehab 101\n\nPHP and IOP each last 4 to 8 weeks.", "iop 28–56; php 28–56"},
			{"Our PHP\n\nCare at this level runs from 30 days to a lifetime of meetings.", ""},
			{"Alcohol detox\n\nWhat Withdrawal Feels Like: A Day-by-Day Guide to the First Week", ""},
			{"Residential treatment\n\nNo residential stay here runs past 45 days.", "residential ≤45"},
			{"Residential treatment\n\nNo stay at the ranch lasts longer than 60 days.", "residential ≤60"},
			{"Our IOP\n\nWe take recovery week by week, and our IOP lasts 8 weeks.", "iop 56"},
			{"Our IOP\n\nWe will help you find a detox program and hold your IOP spot for up to two weeks.", ""},
			{"Our IOP\n\nWe arrange detox elsewhere and keep your day-program or IOP place for up to 12 days.", ""},
			{"Our IOP\n\nYour place in the evening group is held for ten days while you finish detox.", ""},
			{"Our IOP\n\nIOP places can be held for up to two weeks.", ""},
			{"Our IOP\n\nWe use cookies to keep you signed in for 14 days. Accept", ""},
			{"Our IOP\n\nNo cookie-cutter plans: our IOP runs 8 to 12 weeks.", "iop 56–84"},
			// A program compared with the page's, fronted or not, is held
			// up beside it: what follows is still the page's program's.
			{"Day treatment\n\nOur PHP meets five days a week. Compared with weekly outpatient therapy, that is far more support. Clients attend for three to four weeks.", "php 21–28"},
			{"Virtual IOP\n\nYour browser settings do not matter; our virtual IOP runs 10 weeks.", "iop 70"},
			{"Our IOP\n\nIf you need detox first, we'll save you a spot for up to 10 days.", ""},
			// Words said in a path and in the prose are the prose's.
			{"Residential care\n\nOur residential program, described at /programs/28-day-residential/, is a 28-day stay.", "residential 28"},
			// A wait is no stay, with a time said first or not.
			{"Admissions\n\nLast quarter the typical wait for a residential bed was 2.5 days.", ""},
			{"Admissions\n\nRight now, the wait for our day program is about a week.", ""},
			{"Admissions\n\nIn 2025 the average stay in our residential program was 34 days.", "residential 34"},
			{"Residential care\n\nWe refer clients to a hospital for detox and hold a residential bed for them for up to 5 days.", ""},
			// Days until clients are ready to join the program, after
			// withdrawal care, are the withdrawal care's.
			{"Partial hospitalization\n\nOur PHP starts with medically monitored withdrawal management on site. Most people are ready to join full programming within four to six days.", "detox 4–6"},
			{"Residential care\n\nWe refer clients who need withdrawal management to a hospital first. Most are ready to join our residential program within a week.", "residential ≤7"},
			{"Our residential program\n\nMost clients spend about 90 days across all levels of care.", "other 90"},
			{"Our residential program\n\nPlan for at least 90 days of care across all levels.", "other ≥90"},
			{"Residential treatment\n\nMost residential stays last 28 to 45 days. Many clients step down to our IOP, which meets Monday, Wednesday and Friday from 10:00 a.m. to 1:00 p.m. for six to eight weeks.", "residential 28–45; iop 42–56"},
			{"Medical Detox\n\nProgram at a glance\n\n| | |\n|---|---|\n| Setting | Inpatient, private rooms |\n| Length of stay | 7 to 10 days |", "detox 7–10"},
			{"Careers\n\nPeer Recovery Supporter. Requires at least two years of continuous recovery and state certification.", ""},
			{"Intensive outpatient programs\n\nAn IOP requires at least nine hours a week. Programs commonly last 8 to 12 weeks, and many people continue in outpatient counseling afterward.", "iop 56–84"},
			{"Residential Treatment at Oak Ranch\n\nMedical detox on-site\n\nMost guests spend three to five days in detox before moving into the residential program.\n\nProgram lengths\n\nOur average length of stay last year was 41 days.", "detox 3–5; residential 41"},
			{"Detox at Lakeshore\n\nIf you are still drinking, our medical team manages withdrawal over three to five days before you join group.", "detox 3–5"},
			{"Detox at Bluestem\n\nHow long does detox take at Bluestem?\n\nPlan on 10 to 14 days at our center. We do not rush discharge.", "detox 10–14"},
			{"Our IOP\n\nProgram length\n\nTypically 8 to 12 weeks. Your counselor reviews progress every two weeks.", "iop 56–84"},
			{"Our IOP\n\nHow long IOP lasts\n\nIn most cases, 8 to 12 weeks, although some people attend longer.", "iop 56–84"},
			{"Our IOP\n\nProgram length\n\nYou will meet your counselor within 3 days of intake.", ""},
			{"IOP questions\n\nHow long is IOP?\n\nTypically 60 to 90 days, with a step-down to outpatient care afterward.", "iop 60–90"},
			{"Residential Program\n\nMost residents stay six mo. or longer.", "residential 182.625"},
			{"Step-down care\n\nAfter PHP, clients move to our IOP, which meets three days a week, for a further six to eight weeks.", "iop 42–56"},
			{"Our PHP\n\nPatients usually spend three weeks here. Next, they move to our IOP: two evenings a week, 6 to 9 p.m., usually for ten weeks.", "php 21; iop 70"},
			{"Our PHP\n\nPatients usually spend three weeks here. Next, they move to our IOP – two evenings a week, 6 to 9 p.m., usually for ten weeks.", "php 21; iop 70"},
			{"Our PHP\n\nPatients usually spend three weeks here. Most then step down to our IOP in Wausau: two evenings a week, 2.5 hours each evening, usually for nine weeks.", "php 21; iop 63"},
			{"Our PHP\n\nPHP usually takes two to three weeks, then IOP another eight. Altogether, most people spend about three months in structured care.", "php 14–21; iop 56; other 91.3125"},
			{"Our PHP\n\nOur PHP runs five days a week. In all, most clients stay about five weeks.", "php 35"},
			{"Our PHP\n\nBefore you start at our IOP in Wausau: most clients first complete 21 days of residential care.", "residential 21"},
			{"Medical Detox\n\nMost patients complete detox within about a week.", "detox ≤7"},
			{"Medical Detox\n\nMild alcohol withdrawal is usually managed within five days.", "detox ≤5"},
			{"Our IOP\n\nMost schedule conflicts are managed within a week.", ""},
			{"Medical Detox\n\nOur detox lasts five to seven days. Insurance claims for detox are usually managed within three days.", "detox 5–7"},
			{"Our IOP\n\nOur IOP lasts eight weeks. Self-pay IOP is $2,400 for four weeks of programming.", "iop 56"},
			{"Residential Program\n\nOur residential program is a 45-day stay. Clients can extend to 60 or 75 days.", "residential 45; residential 60–75"},
			{"Residential Program\n\nOur residential program lasts 30 days. Visiting hours extend to 9 p.m. on weekends.", "residential 30"},
			{"Hillside Residential\n\nWithdrawal comes first.\n\nInpatient Withdrawal Management\n\nOur unit has eight beds. The average stay is five days.", "detox 5"},
			{"Our PHP\n\nThe hospital opened a PHP, filling what officials have called a years-long gap in care.", ""},
			{"Our IOP\n\nIOP clients must be sober for 30 days before they move into our sober living house.", ""},
			{"Medical Detox\n\nOur medical staff monitor each client around the clock for five to seven days.", "detox 5–7"},
			{"Residential Care\n\nOur staff guide residents through a stay that lasts 28 days.", "residential 28"},
			{"Our Residential Program\n\nResearch finds that residential or outpatient treatment lasting less than 90 days has limited effectiveness.", "other ≥90"},
			{"Teen IOP\n\nTeens who complete the 12-week teen curriculum receive a certificate.", "iop 84"},
			{"Teen IOP\n\nHow long is the program?\n\nTen to twelve weeks for most teens, with a gradual step-down to one afternoon a week near the end.", "iop 70–84"},
			{"Our IOP\n\nMinimum stay: 90 days", "iop ≥90"},
			{"Careers\n\nMore than half of our staff have been with us for five years or longer.", ""},
			{"How Long Is Rehab?\n\nStudies show that, for residential or outpatient care alike, participation for under 90 days has limited effectiveness.", "other ≥90"},
			// ("of limited or no effectiveness": the same floor, said of
			// treatment in general.)
			{"Why Stay Longer?\n\nFor inpatient or outpatient programs alike, staying under 60 days has limited or no effectiveness, studies say.", "other ≥60"},
			{"Why Stay Longer?\n\nIn outpatient care, a stay shorter than 12 weeks has little or no effectiveness.", "op ≥84"},
			{"Our PHP\n\nMost people are in PHP for two to three weeks before they step down to IOP.", "php 14–21"},
			{"Sober Living\n\nResidents must be sober for 30 days before they move in.", ""},
			{"Our residential program has a maximum length of 60 days.", "residential ≤60"},
			// A supply packed for so many days.
			{"What to bring\n\nIf you smoke, bring enough cigarettes for 28 days.", ""},
			{"What to bring\n\nPack enough comfortable shoes and socks for two weeks.", ""},
			{"Our residential program gives you enough time for 30 days of healing.", "residential 30"},
			// The year a length is spread over is no second length.
			{"Our outpatient program is 40 weeks over the course of a year.", "op 280"},
			{"Our outpatient program runs over the course of a year.", "op 365.25"},
			// How long withdrawal lasts, on a page of no program, is
			// detox's length, as on a program's page; what comes after
			// withdrawal is not.
			{"Alcohol withdrawal\n\nFor most people, withdrawal usually lasts 5 to 7 days.", "detox 5–7"},
			{"Alcohol withdrawal\n\nFor most people, withdrawal lasts a few days to a week.", "detox 2–7"},
			{"Our IOP\n\nWithdrawal can be hard. Some people need a few extra weeks.", ""},
			{"Alcohol withdrawal\n\nWith a long-acting drug, withdrawal may be delayed a few days.", ""},
			{"What to expect\n\nAfter withdrawal, most people stay in rehab for 30 days.", "other 30"},
			// A stay with a word of its measure between is a stay still,
			// and a minimum one is a floor.
			{"Our residential program\n\nEach resident agrees to a 4-month minimum stay.", "residential ≥121.75"},
			{"Our residential program\n\nFor most adults we recommend a 60-day length of stay.", "residential 60"},
			{"Rehab\n\nSome people do better in longer programs of 60 to 90 days.", "other 60–90"},
			// A ceiling joined to a longer floor is one span.
			{"Residential\n\nA residential stay can run anywhere from 21 days or less up to over 60 days.", "residential 21–60"},
			// A denied bound of a range is bounded by its other end.
			{"Detox\n\nFor alcohol, our detox will rarely be less than 7 to 10 days.", "detox ≥7"},
			{"Detox\n\nOur detox never lasts more than 5 to 7 days.", "detox ≤7"},
			// A total with its parts listed is the whole stay's.
			{"Our programs\n\nTotal stay including our PHP and IOP runs 50–60 days.", "other 50–60"},
			// A program by its length held up for comparison.
			{"Our programs\n\nSome adults will need more than a 28 day inpatient program.", ""},
			{"Our residential program\n\nOur residential program lasts longer than the usual 28-day stay.", ""},
			// A possessive span is a length as an adjectival one is.
			{"Inpatient rehab\n\nMost clients need a month's stay in our residential program.", "residential 30.4375"},
			// A vague near end and a far end open above: one span, open.
			{"Our residential stays last from a few months to more than a year.", "residential ≥60.875"},
			{"Our residential stays range from a couple of weeks to over six months.", "residential ≥14"},
			// The wait to get in is no stay.
			{"Getting started\n\nIt usually takes about 3 weeks to get into our residential program.", ""},
			{"Getting started\n\nOur residential program keeps a waiting list that can run from one to four weeks in winter.", ""},
			{"Getting started\n\nThere is no waiting list, and our residential program runs for 45 days.", "residential 45"},
			// ("… free for N days": sobriety said with "free".)
			{"Admission\n\nAdults may enter our residential program once they are drug and alcohol free for at least 14 days.", ""},
			{"Who can apply\n\nApplicants must be free from alcohol and other drugs for a minimum of 6 months, with no need of detoxification.", ""},
			{"Residential care for nurses\n\nThrough long-term abstinence (often 3 to 5 years), a nurse may earn back full practice.", ""},
			{"Our abstinence-based residential program lasts 45 days.", "residential 45"},
			{"Pine Hollow Detox\n\nPine Hollow runs a medical detox program. Detox lasts three to seven days.\n\nAfter detox, most clients move on to an inpatient stay of 60 days at a partner center.", "detox 3–7; residential 60"},
			{"Our IOP\n\nOur IOP lasts ten weeks. Clients who leave within 30 days are more likely to relapse.", "iop 70"},
			{"Residential\n\nResidential treatment means living away from home for 30 days.", "residential 30"},
			{"Ridge Residential\n\nOur residential program lasts 30 to 90 days.\n\n| Substance | Typical length |\n|---|---|\n| Alcohol | 30 days |", "residential 30–90; residential 30"},
			{"Our PHP\n\nIn many cases patients transition to our IOP after about four to six weeks in PHP.", "php 28–42"},
			{"Residential Treatment\n\nWe offer 30-, 60- and 90-day stays.", "residential 30–90"},
			{"Detox\n\nAt a licensed facility, every medically supervised detox stay lasts at least seven days.", "detox ≥7"},
			{"About Us\n\nOur clinic has been licensed for 20 years.", ""},
			{"Our Detox\n\nMost guests are medically stable and ready to move on within three to five days.", "detox 3–5"},
			{"Our Residential Program\n\nThe minimum stay is 60 days.", "residential ≥60"},
			{"Our Detox Center\n\n| Substance | Typical stay |\n|---|---|\n| Alcohol | 3–7 days |", "detox 3–7"},
			{"Our IOP suits parents who cannot step away from home for a month.", ""},
			{"Our 45-day residential program gives you room to step away from the noise of home.", "residential 45"},
			{"Most clients take 30 days off work for our residential program.", ""},
			{"Short-Stay Residential\n\nFor clients who cannot take a month off, we offer a 14-day residential program.", "residential 14"},
			{"Residential\n\nYou may need to take four weeks off from work.", ""},
			{"Detox\n\nShe was in detox a year back, and now she mentors others.", ""},
			{"Detox\n\nMost guests are in detox a week, then move to residential care.", "detox 7"},
			{"Our PHP\n\nA week in PHP\n\nEach day starts with a check-in group.", ""},
			{"Here is what a week in our IOP looks like.", ""},
			{"Here is what a week of PHP looks like for most of our clients.", ""},
			{"Our team\n\nDana Whitlock, LCSW, has led our residential groups for more than a decade and worked for six years in a hospital detox unit.", ""},
			{"Long-term care\n\nSome residential programs last a year or longer.", "residential ≥365.25"},
			{"Levels of care\n\nOur PHP runs for about three weeks. Outpatient care has no set end; most clients stay four to nine months.", "php 21; op 121.75–273.9375"},
			{"SOURCE: https://www.tidewaterdetox.example/about\n\nTidewater Medical Detox\n\nTidewater is a 12-bed detox center. Before discharge, our case managers connect every patient with a residential or outpatient provider.\n\nHow long will I stay?\nThe average stay at Tidewater is 4 to 6 days.", "detox 4–6"},
			{"Detox timelines\n\n| Substance | Symptoms usually appear | Typical detox length |\n|---|---|---|\n| Benzodiazepines | 1–3 days | 3–6 weeks with a taper |", "detox 21–42"},
			{"Detox timelines\n\n| Substance | Onset | Worst symptoms | Typical detox length |\n|---|---|---|---|\n| Benzodiazepines | 1–3 days | 1–3 weeks | 3–6 weeks with a taper |", "detox 21–42"},
			{"Detox timelines\n\n| Substance | Withdrawal usually starts | Detox length |\n|---|---|---|\n| Benzodiazepines | 1–3 days | 3–6 weeks |", "detox 21–42"},
			{"Residential care\n\nOur programs come in 28-, 45- and 60-day lengths.", "residential 28–60"},
			{"Residential care\n\nResidential treatment is offered in 30- and 60-day options.", "residential 30–60"},
			{"Levels of care\n\n| Level | Typical time commitment |\n|---|---|\n| Medical detox | 4-6 days |\n| Residential care | 30-60 days |", "detox 4–6; residential 30–60"},
			{"Withdrawal care\n\nOur nurses work seven days a week, and most clients complete detox in 4 to 6 days.", "detox 4–6"},
			{"Withdrawal care\n\nThe unit admits seven days a week, and most clients finish detox in 5 to 7 days.", "detox 5–7"},
			{"Withdrawal care\n\nA doctor is on call 24 hours a day, seven days a week, and most people finish detox in three to five days before they go home.", "detox 3–5"},
			{"A week of inpatient detox is often enough for alcohol.", "detox 7"},
			{"Our PHP\n\nA week of day treatment\n\nEach day starts with a check-in group.", ""},
			{"Most IOPs last one to three months.", "iop 30.4375–91.3125"},
			{"Detox\n\nWhat to bring: comfortable clothing for a week and a list of your medications.", ""},
			{"Harbor Sober Homes\n\nMost residents attend an intensive outpatient program in town.\n\nMinimum stay: 90 days", "other ≥90"},
			{"Our IOP\n\nMost teens complete the program in 12 weeks. Some need a few extra weeks.", "iop 84"},
			{"Our PHP\n\nPHP usually lasts a few weeks.", "php 14–28"},
			{"Detox\n\nMedically managed alcohol detox wraps up in roughly 5 to 7 days.", "detox 5–7"},
			{"Sober living\n\nResidents commit to at least 60 days.", "other ≥60"},
			{"Teen IOP\n\nTeens typically finish our intensive outpatient program after 10 to 12 weeks.", "iop 70–84"},
			{"Detox\n\nMost patients complete detox after 5 days and start our IOP.", "detox 5"},
			{"Our residential program\n\nWe have found that four weeks is rarely long enough to build new habits.", ""},
			{"Alcohol: our residential program lasts 28 days.", "residential 28"},
			{"Our IOP\n\nEnrollment: new groups start every 2 weeks.", ""},
			{"Sober living\n\nResidents commit to a minimum stay of 90 days.", "other ≥90"},
			{"Our IOP\n\nA psychiatric evaluation is completed within the first two weeks.", ""},
			{"Our IOP\n\nLength: usually 10 weeks. Group therapy meets three evenings a week.", "iop 70"},
			{"Our residential program\n\nHow long is detox?\n\nStimulants (meth, cocaine) - 3 to 5 days", "detox 3–5"},
			{"Our IOP\n\nTwo to six weeks is typical.", "iop 14–42"},
			// A stay is the residential page's, not the outpatient program
			// named the sentence before; the alumni's meetings are theirs.
			{"Residential treatment\n\nMany residents move on to an IOP afterward. Most stays last 60 to 90 days.", "residential 60–90"},
			{"Intensive Outpatient\n\nPeople who finish our IOP keep meeting on Monday evenings for another 12 weeks.", "other 84"},
			{"Intensive Outpatient\n\nClients who complete our PHP usually spend 8 more weeks in IOP.", "iop 56"},
			// "no shorter than" is a floor; what stays lasted when the
			// provider opened is its past.
			{"Residential treatment\n\nA residential stay here is no shorter than 45 days.", "residential ≥45"},
			{"Residential treatment\n\nResidential programs are never shorter than six weeks.", "residential ≥42"},
			{"Residential treatment\n\nOur residential program lasts 30 to 45 days. Pack for about a week.", "residential 30–45"},
			// A stay detox is a step of is not detox's; the program's
			// completers give its own length.
			{"Medical detox\n\nOur medical detox usually takes 3 to 7 days. Most clients go through detox and then stay for 30 to 45 days.", "detox 3–7; other 30–45"},
			{"Intensive Outpatient\n\nClients who complete our IOP do so in eight to ten weeks.", "iop 56–70"},
			{"Medical detox\n\nPatients complete detox and then move into residential care; detox itself usually lasts five to seven days.", "detox 5–7"},
			{"Medical detox\n\nMost patients complete medical detox and then return home after four to seven days.", "detox 4–7"},
			// A setting named as a program right after a figure in a row's
			// description is that program's, not the row's.
			{"Our programs\n\n| Program | Length | Who it suits |\n| PHP | 2 to 3 weeks | adults finishing a 45-day inpatient program |", "php 14–21; residential 45"},
			{"Our programs\n\n| Program | Length |\n| Medical detox | 5 to 7 days of inpatient care |", "detox 5–7"},
			// An agreement's own term is no program's length.
			{"Teen IOP\n\nOur teen IOP usually takes 8 to 10 weeks. Agreements last between 90 and 180 days.", "iop 56–70; other 90–180"},
			{"Teen IOP\n\nEach contract runs 90 to 180 days.", "other 90–180"},
			{"Intensive Outpatient\n\nOur treatment agreement lasts 8 weeks, the length of our IOP.", "iop 56"},
			// The wait for a place is no stay.
			{"Residential treatment\n\nResidential stays usually last 28 to 45 days. Residential admission usually takes one to three weeks.", "residential 28–45"},
			{"Residential treatment\n\nGetting a residential bed can take two to four weeks.", ""},
			// Days attended, counted, are no length; a stay's are.
			{"Our IOP\n\nOur IOP meets three evenings a week. Most people graduate after 30 days of group.", ""},
			{"Our IOP\n\nOur IOP meets three evenings a week. You need to attend 24 days of treatment to graduate.", ""},
			{"Residential care\n\nMost residents complete 30 days of treatment with us.", "residential 30"},
			{"Our IOP\n\n30 days is a long time to stay sober.", ""},
			{"Intensive Outpatient\n\nTypical enrollment: 10 to 14 weeks", "iop 70–98"},
			{"Detox timelines\n\nAlcohol - 4 to 6 days\nBenzodiazepines – 10 to 14 days", "detox 4–6; detox 10–14"},
			{"Our residence\n\nMinimum stay: 90 days", "other ≥90"},
			{"Our IOP - what to expect\n\nOur IOP - 3 evenings a week", ""},
			{"Our IOP usually lasts between two weeks and a month.", "iop 14–30.4375"},
			{"Residential care\n\nSome residents need a stay of 45 or even 60 days.", "residential 45–60"},
			{"Residential care\n\nResidents stay anywhere from 21 days and up to a maximum of 45 days.", "residential 21–45"},
			// A near end no value reads and a far end open above bound
			// nothing: the far end's floor is no floor of the span.
			{"Detox\n\nOur detox lasts several days to two weeks or more.", ""},
			// (The week's days "over the course of" which its hours are
			// given are no length; a course of weeks is one.)
			{"Our IOP\n\nMost IOPs give 9 to 15 hours of care each week over the course of three to five days.", ""},
			{"Our IOP\n\nThe IOP gives 12 hours a week over the course of 8 weeks.", "iop 56"},
			// (So is a far end widened with "or longer".)
			{"Sober living\n\nResidents may stay several months to a year or longer.", ""},
			{"Our IOP\n\nOur IOP runs several weeks to three months or longer.", ""},
			{"Our IOP\n\nOur IOP runs a few weeks to a month or longer.", "iop ≥14"},
			// A day of a story is no length.
			{"Alumni stories\n\nAfter 30 days in our residential program, one day she called to thank us.", "residential 30"},
			{"Residential care\n\nMost residents stay 45 to 60 days, or longer when needed.", "residential ≥45"},
			{"Partial Hospitalization\n\nOur PHP usually lasts 2 weeks, or longer in our residential program.", "php 14"},
			{"Residential care\n\nOur residential program runs between one month and 30 days.", "residential 30"},
			// Half a year is a length, no half-day.
			{"Residential care\n\nA stay runs anywhere from two months to half a year.", "residential 60.875–182.625"},
			// The far end of a span in a longer unit is that length said
			// alone: a month of 30.4375 days, a year of 365.25.
			{"Longer stays\n\nOur residential stays run anywhere from 21 days to 4 months.", "residential 21–121.75"},
			{"Longer stays\n\nOur residential stays run anywhere from 3 weeks to a year.", "residential 21–365.25"},
			{"Longer stays\n\nOur residential stays run anywhere from a month to 45 days.", "residential 30.4375–45"},
			{"Partial Hospitalization\n\nOur PHP meets five days a week. Most clients step down after 3 to 4 weeks.", "php 21–28"},
			{"Our PHP meets five days a week. Most clients slow down after 3 to 4 weeks.", ""},
			{"Home > Blog > A Month in IOP", ""},
			{"Our intensive outpatient program lasts eight to twelve weeks.", "iop 56–84"},
			{"Most residential stays run 30 to 90 days.", "residential 30–90"},
			{"Our PHP is a day program for adults.", ""},
			{"Our IOP is a six-week program. Most clients complete the full 12-week program.", "iop 42; iop 84"},
			{"Most of our alcohol detox patients are discharged after 3 to 5 days.", "detox 3–5"},
			{"What a day in partial hospitalization looks like", ""},
			{"Residential stays usually last 3 months or longer.", "residential ≥91.3125"},
			{"On average, residential clients stay 35 days.", "residential 35"},
			// A span a program ranges over is its length, and so is the
			// span a weekly schedule is kept up over.
			{"Intensive outpatient\n\nAn IOP usually ranges from 2 to 3 months.", "iop 60.875–91.3125"},
			{"Intensive outpatient\n\nOur IOP offers 12 hours of therapy per week over 10 weeks.", "iop 70"},
			{"Intensive outpatient\n\nOur IOP offers 9–12 hours per week over 10 weeks.", "iop 70"},
			// (Days attended at a day's hours are no length.)
			{"Day treatment\n\nClients attend 6 hours a day over 20 days of programming.", ""},
			{"Intensive outpatient\n\nOur IOP offers 12 hours of therapy per week, and over 10 weeks most clients find work.", ""},
			{"In one study, people who stayed in residential care for 90 days or more did better.", ""},
			// (So is a participle: those the trial treated, enrolled or
			// assigned for a time, and what they gained.)
			{"Day treatment\n\nIn the trial, adults treated in a day program for 14 months reported better sleep.", ""},
			{"Day treatment\n\nIn the trial, adults enrolled in our day program for 14 months showed clear improvement.", ""},
			{"Day treatment\n\nIn the trial, adults randomized to a day program for 14 months showed larger gains.", ""},
			{"After 30 days of residential care, clients move to our PHP.", "residential 30"},
			{"After 30 days of sobriety, clients may join our alumni program.", ""},
			{"Research is clear: residential treatment lasting less than 90 days has limited effectiveness.", "residential ≥90"},
			{"Our residential program lasts 45 days. Clients then step down to our partial hospitalization program, five days a week for about a month.", "residential 45; php 30.4375"},
			{"Our IOP lasts 12 weeks. NIDA research shows that staying in treatment for at least 90 days leads to better outcomes.", "iop 84; other ≥90"},
			{"Treatment length varies, but our IOP rarely lasts less than 6 weeks.", "iop ≥42"},
			{"Sedative detox\n\nSupervised sedative withdrawal seldom lasts beyond ten days.", "detox ≤10"},
			{"It is rare for detox to take longer than 10 days.", "detox ≤10"},
			// A window given in apposition after "within a … period" is
			// the window's figure.
			{"DUI programs\n\nThe standard program lasts about three months. Repeat convictions within a set period, often seven years, lead to longer classes.", "other 91.3125"},
			// Days counted each month are a rate, whatever the sentence goes
			// on to need.
			{"How our program works\n\nThe program is a minimum of 12 months with three phases.\n\nFamily Healing\n\nOur parents meet as a group two Sundays a month, to talk over what needs to be discussed.", "other ≥365.25"},
			{"How our program works\n\nThe program is a minimum of 12 months.\n\nResidents who need a break get one weekend a month at home.", "other ≥365.25"},
			// How long money or a contract runs is no stay.
			{"County adds treatment beds\n\nThe levy sets aside seven years of funding for 45 residential drug treatment beds in the county.", ""},
			{"County adds treatment beds\n\nThe state signed four years of contracts with the residential program, where stays average 45 days.", "residential 45"},
			// A mental health crisis's stay in acute psychiatric care is
			// no addiction program's, nor are the stays the next sentence
			// points back at.
			{"How long are inpatient stays?\n\nDetox usually takes five to eight days.\n\nAcute psychiatric inpatient care treats severe mental health episodes. These stays are brief, often lasting four to nine days.", "detox 5–8; other 4–9"},
			{"How long are inpatient stays?\n\nDetox usually takes five to eight days. A stay in a crisis stabilization unit often lasts only four to nine days.", "detox 5–8; other 4–9"},
			// A therapeutic boarding school's stay is the school's.
			{"Placement options\n\nResidential treatment centers offer close supervision and intensive therapy. Most stays there run 9 to 12 months.\n\nTherapeutic boarding schools are a common next step after a treatment center. They run accredited schools all year. The typical stay runs 12 to 18 months.", "residential 273.9375–365.25; other 365.25–547.875"},
			// So is an inpatient setting said to be for people in acute
			// psychiatric crisis, whatever its name; an inpatient program
			// that treats addiction beside such symptoms is residential.
			{"Frequently asked questions\n\nThe Maple Unit is a locked inpatient setting for older adults in acute psychiatric crisis.\n\nThe average stay is six days.", "other 6"},
			{"Our hospital\n\nOur inpatient unit treats patients facing mental health emergencies. Stays average five days.", "other 5"},
			{"Our inpatient program\n\nOur inpatient program treats alcohol addiction alongside acute psychiatric symptoms. Stays average 28 days.", "residential 28"},
			// A hospital's stay, and after it a length with its own
			// program behind "for": that program's.
			{"How long are stays?\n\nThe average hospital stay is 2 to 10 days, and 35 to 50 days for residential care.", "other 2–10; residential 35–50"},
			{"Programs\n\nWe also run an evening IOP, 60 days for residential treatment at our hillside lodge, and monthly alumni dinners.", "residential 60"},
			{"Hospital detox\n\nA detox stay exceeding nine days is uncommon.", "detox ≤9"},
			{"Residential care\n\nOur residential program for women is a full nine months.", "residential 273.9375"},
			{"Detox\n\nA judge can order that someone be committed to a locked unit for no more than ten days.", "other ≤10"},
			// A length-named live-in program offered; the usual stay; detox the people's verb.
			{"Residential care\n\nThe new campus will offer a 21-day live-in program.", "residential 21"},
			{"Residential care\n\nA 90-day stay is typical.", "residential 90"},
			{"Residential care\n\nA 30-day stay is not enough for most people.", ""},
			{"Detox\n\nPatients usually detox in three to five days.", "detox 3–5"},
			{"Detox\n\nWe can get you into detox within 24 hours.", ""},
			{"Residential care\n\nConstruction of the new residential center will take 12 to 18 months.", ""},
			{"Residential care\n\nThe new building is expected to be finished in 12 to 18 months.", ""},
			{"Residential care\n\nIt will take about a year to finish construction on the new residence.", ""},
			{"Residential care\n\nAfter renovations, our residential program lasts 28 days.", "residential 28"},
			{"Residential care\n\nThe center will need 8 to 12 months to reopen after the fire.", ""},
			{"Residential care\n\nOur intake process takes two weeks.", ""},
			{"Residential care\n\nCosts range from $1,400 to $10,000 over 30 days.", ""},
			{"Residential care\n\nFor $15,000, you get 30 days of residential care.", "residential 30"},
			{"Residential care\n\nOur residential program lasts 30 days. This is not what we do for teens, who stay 45 days.", "residential 30; residential 45"},
			// A sentence the next one disowns.
			{"Short-term rehab\n\nSome rehabs run a week of detox, then a four-week residential stay. That kind of plan is not what we offer at our centre.\n\nOur residential program lasts 12 weeks.", "residential 84"},
			// Time to weigh care, whatever care the sentence names.
			{"Detox\n\nSome people take a day or two to think about their options before signing up for detox.", ""},
			{"Detox\n\nMost clients need five to seven days to detox.", "detox 5–7"},
			{"Detox\n\nSome clients take a few days and decide later whether detox is right for them.", ""},
			// The wait before something a stay allows partway through.
			{"Residential care\n\nEvery client must remain in treatment a minimum of 45 days before their first family visit.", ""},
			{"Residential care\n\nClients stay at least 30 days before weekend passes are granted.", ""},
			{"Residential care\n\nMost residents stay at least 30 days before discharge.", "residential ≥30"},
			// A page cut off in the middle of the figure's rate.
			{"Day program (PHP)\n\nOur PHP sessions usually run 4 to 6 days a we", ""},
			{"Day program (PHP)\n\nOur PHP runs three days pe", ""},
			{"Day program (PHP)\n\nOur PHP lasts 30 days", "php 30"},
			{"Hospital detox\n\nDetox stays longer than nine days are quite rare.", "detox ≤9"},
			{"It is not rare for detox to take 10 days.", "detox 10"},
			{"Traditional outpatient offers fewer than 9 hours of treatment a week.", ""},
			{"Our IOP is flexible, but clients may miss no more than 2 days of IOP.", ""},
			{"In our IOP, fentanyl can stay in the body for up to 3 days.", ""},
			{"Our IOP graduates remain eligible for alumni events for 2 years.", ""},
			{"Our partial hospitalization program meets daily. Individual therapy sessions last 50 minutes. Some programs may last as long as six months.", "php ≤182.625"},
			{"Our residential program offers a 28-day stay with medical care.", "residential 28"},
			// A program offered by its length, whoever offers it, and a
			// stay things happen during.
			{"Hollybank Recovery\n\nHollybank offers a comprehensive 28-day rehab programme for adults.", "other 28"},
			{"Hollybank Recovery\n\nDuring a 28-day stay, clients join daily groups.", "other 28"},
			{"Hollybank Recovery\n\nHollybank once studied a 28-day rehab programme for adults.", ""},
			// A page naming no level whose clients are its residents is
			// a residential program's.
			{"Cedar Hollow Ministries\n\nOur program lasts nine months. Residents share chores, and residents attend chapel.", "residential 273.9375"},
			{"Cedar Hollow Ministries\n\nOur program lasts nine months. Members share chores.", "other 273.9375"},
			{"Cedar Bluff offers a residential program of 35 to 50 days.", "residential 35–50"},
			{"Medical Detox FAQ\n\nCan I go home at night?\n\nNo. Detox at Alder Ridge is inpatient, so you stay with us until you are cleared.\n\nShould I arrange time off work?\n\nYes. Most of our patients stay about ten days.", "detox 10"},
			{"Medical Detox FAQ\n\nWhat comes next?\n\nAfter detox, most patients move to our inpatient program, where most of our patients stay about thirty days.", "residential 30"},
			{"Our 28-Day Residential Program\n\nResidential stays have a minimum length of 30 days.", "residential 28; residential ≥30"},
			{"30-Day Residential Rehab: What to Expect\n\nResidential stays have a minimum length of 30 days.", "residential ≥30"},
			{"Our residential program\n\nHow long is the program?\n\nOur core residential program is 28 days.\n\nWhat should I pack?\n\nTen days of comfortable clothing (laundry runs twice a week), toiletries and your insurance card.", "residential 28"},
			{"Our PHP\n\n\"We needed this,\" said program director Dr. Ana Ruiz, 52, who ran an outpatient clinic in Akron for nine years.", ""},
			{"Our PHP\n\nWe admit adults, who stay in our residential program for 30 days.", "residential 30"},
			{"Is 30 Days Enough? How Long Residential Rehab Takes\n\nRehab length varies from person to person.", ""},
			{"Larkspur Lodge — FAQ\n\nIs it residential?\n\nYes. Men live at the lodge for the whole program.\n\nDo you offer detox?\n\nDetox isn't something we do; Alder Medical handles medical withdrawal before arrival.\n\nHow long do men stay?\n\nOur program runs 14 days.", "residential 14"},
			{"Larkspur Lodge — FAQ\n\nIs it residential?\n\nYes. Men live at the lodge for the whole program.\n\nDo you offer detox?\n\nWe don't offer outpatient detox; Alder Medical handles medical withdrawal before arrival.\n\nHow long do men stay?\n\nOur program runs 14 days.", "detox 14"},
			{"Larkspur Lodge — FAQ\n\nIs it residential?\n\nYes. Men live at the lodge for the whole program.\n\nDo you offer detox?\n\nWe offer medical detox at our Ridge Road campus. We don't offer detox at the downtown office.\n\nHow long do men stay?\n\nOur program runs 14 days.", "detox 14"},
			{"We have an evening IOP of ten weeks for working adults.", "iop 70"},
			{"Our sober living program asks for a history of 30 days sober.", ""},
			{"Cedar Bluff offers a PHP of six hours a day.", ""},
			{"Insurance usually covers up to 30 days of residential treatment.", ""},
			{"Clients usually spend two to four months in our IOP.", "iop 60.875–121.75"},
			{"Partial hospitalization typically takes 2–4 weeks.", "php 14–28"},
			{"A PHP stay lasts at least 14 days.", "php ≥14"},
			{"Residential treatment can last up to a year.", "residential ≤365.25"},
			{"We join you for an evening of family education.", ""},
			{"She has been sober for 90 days.", ""},
			{"We have served the community for 20 years.", ""},
			{"Call within 30 days of discharge.", ""},
			{"Detox: 3 to 10 days for most clients.", "detox 3–10"},
			{"Residential rehab – 30 days", "residential 30"},
			{"Alcohol detox usually wraps up within 5 to 7 days.", "detox 5–7"},
			{"Cocaine detox is between three and four days.", "detox 3–4"},
			{"| Program | Typical length |\n|---|---|\n| PHP | 2–4 weeks |", "php 14–28"},
			{"Clients must complete paperwork within 30 days of admission to the IOP.", ""},
			{"Our IOP offers full-day programming.", ""},
			// A number of days before "day program" is a length, not
			// a day program (the PHP); the length is said twice, as
			// "Our 21 day program lasts three weeks" says it.
			{"Our 21 day treatment program lasts three weeks.", "other 21; other 21"},
			{"Our PHP is a 5 day program with groups from 9 to 3, for 2 to 4 weeks.", "php 14–28"},
			{"Level 10 day program: clients attend for 4 weeks.", "php 28"},
			// A program named after "including" is a part of the one
			// before it.
			{"Our residential program, including medically supervised detox, usually lasts 30 days.", "residential 30"},
			{"Our services\n\n- Short residential stay including detox: 21 days", "residential 21"},
			{"Our residential program lasts 30 days, including detox for 5 to 7 days when needed.", "residential 30; detox 5–7"},
			{"We run an IOP. Programs including detox last about 10 days.", "detox 10"},
			{"We run an IOP for adults who work during the day and need flexible hours, with services including detox lasting 5 days.", "detox 5"},
			{"Individual therapy sessions including detox planning last 5 days.", "detox 5"},
			{"Outpatient services including detox last 5 days.", "detox 5"},
			// What is had each day, a person's past work, and rehab's
			// own predicate after a program's.
			{"Our detox lasts about five days, with rest, three meals a day and nursing checks.", "detox 5"},
			{"I never went to detox myself, but later I worked in one for a couple of years.", ""},
			{"Our IOP began small; she worked with it for two years.", ""},
			{"Our detox team grew; I later worked there for two years.", ""},
			{"Clients worked through the IOP for two years.", "iop 730.5"},
			{"Detox may take a week, but rehab lasts 30 days.", "detox 7; other 30"},
			{"Detox may take a week, so when rehab only lasts 30 days, little time is left.", "detox 7; other 30"},
			{"Detox may take a week, and our IOP runs 8 weeks.", "detox 7; iop 56"},
			{"Intensive outpatient program\n\nDetox may take a week, and rehab lasts 30 days.", "detox 7; other 30"},
			{"Residential treatment\n\nDetox may take a week, and rehab lasts 30 days.", "detox 7; residential 30"},
			{"Our residential program delivers 35 hours of therapy a week over 45 days.", "residential 45"},
			// "it" opening the answer under a heading that names the
			// program or asks how long; detox over the first days.
			{"Medical detox\n\nIt is typically between 4 and 9 days.", "detox 4–9"},
			{"How long is the stabilization stage?\n\nIts length depends on the substance. Usually it is between 2-12 days.", "other 2–12"},
			{"How long does the first phase last?\n\nIt is usually 7 days.", ""},
			{"Medical detox\n\nOur nurses are kind. It is typically 5 days.", ""},
			{"Billing\n\nIt is typically 30 days.", ""},
			{"How long before I can have visitors?\n\nIt is usually 7 days after you arrive in residential care.", ""},
			{"Residential care\n\nIt is 2 weeks before family visits begin.", ""},
			{"How long does rehab take?\n\nIt is usually 30 days.", "other 30"},
			{"How long is orientation?\n\nIt is usually 2 days.", ""},
			{"Medical detox\n\nAs a rule it is 5 days.", ""},
			{"Medical detox\n\nNow it is 5 days.", ""},
			{"Detoxification usually lasts for the first 3 to 6 days of care.", "detox 3–6"},
			{"Our IOP is hardest for the first 3 days.", ""},
			{"Medical detox\n\nThe worst of detox usually lasts for the first 2 days.", ""},
			{"Medical detox\n\nWithdrawal usually lasts for the first 3 to 7 days after your last drink.", ""},
			// Care given, counted in days.
			{"Our withdrawal unit provides four to six days of round-the-clock care.", "detox 4–6"},
			{"Our residential program offers 45 days of structured treatment.", "residential 45"},
			{"Our IOP can include 3-5 days of group programming at 3 hours each.", ""},
			{"Our IOP offers 3 days of programming every week.", ""},
			{"Our IOP offers 8 weeks of group support.", ""},
			{"Our PHP provides 5 days of programming, 6 hours a day.", ""},
			{"Our IOP offers 3 days of treatment in the evening so you can keep working.", ""},
			{"The residential program includes 3 days of family treatment on site.", ""},
			{"Your benefits may include 60 days of rehab coverage.", ""},
			{"Your plan may provide 30 days of treatment coverage.", ""},
			{"Our residential program provides 60 days of rehab.", "residential 60"},
			{"FMLA provides 12 weeks of job-protected leave for treatment.", ""},
			{"Our residential program offers two weeks of treatment free for veterans.", ""},
			{"Our PHP provides 20 days of programming over four weeks.", ""},
			{"The state provides 90 days of treatment to residents.", ""},
			{"Our clinic provides 30 days of treatment to new patients.", ""},
			{"Residential care under your plan provides 30 days of treatment.", ""},
			{"Clients spend 30 days in residential treatment and 8 weeks in IOP.", "residential 30; iop 56"},
			{"Our IOP never lasts longer than 12 weeks.", "iop ≤84"},
			{"Most clients complete our IOP in 8 to 12 weeks before moving to aftercare.", "iop 56–84"},
			{"Our services\n\n- Residential treatment — a 28- to 35-day stay for most clients", "residential 28–35"},
			{"Our services\n\n- Medical detox — nurses on the unit day and night, usually four to six days", "detox 4–6"},
			{"Our services\n\n- Inpatient detox — usually three to five days\n- Sober living — apartments nearby", "detox 3–5"},
			// A list of waits by program gives no program's length; a
			// length said on it still is one.
			{"How long will I wait?\n\nAverage wait by program\n\n- Residential (county-funded): 3-6 weeks\n- Day treatment: about 1-2 weeks", ""},
			{"How long will I wait?\n\nAverage wait by program\n\n- Residential: a 30-day stay once a bed opens", "residential 30"},
			// A setting said of a pronoun is the setting of the program
			// the sentence before named.
			{"Getting sober\n\nMedical detox helps people withdraw safely. This is usually inpatient, lasting four to eight days.", "detox 4–8"},
			// "This" after a step the care begins with points to the step;
			// "It" still to the care.
			{"Alcohol rehab\n\nFor most people, alcohol treatment starts with medical detox. This usually takes 5 to 10 days.", "detox 5–10"},
			{"Alcohol rehab\n\nResidential rehab begins with a supervised detox. This process can last up to a week.", "detox ≤7"},
			{"Alcohol rehab\n\nResidential rehab begins with detox. It usually takes 30 days.", "residential 30"},
			// "for" right after a program's bracket goes on with the
			// program; so do later figures inside the bracket.
			{"Step-down care\n\nAfter four weeks of PHP, most clients move to an evening IOP (which meets three nights a week for three hours) for ten weeks.", "php 28; iop 70"},
			// A line labelling a class of rehab by its length is the
			// residential stay of that class.
			{"How long is rehab?\n\nShort-Term Rehab – 3 to 5 weeks\n\nFor people with milder habits who cannot be away long.\n\nLong-Term Rehab – 8 to 12 weeks\n\nFor people with long histories of use.", "residential 21–35; residential 56–84"},
			// What one week of a program holds is no length; a week of
			// it said to be enough is one.
			{"Our IOP\n\nA single week of our IOP usually includes three evening groups and one individual session.", ""},
			{"Day treatment\n\nA week in our PHP involves five full days of groups.", ""},
			{"Detox\n\nOne week of detox is usually enough for most people.", "detox 7"},
			// The usual program, named by its length.
			{"Residential rehab\n\nA 35-day program is typical for adults.", "residential 35"},
			// (And the length judged best, after a fronted phrase too.)
			{"Teen residential\n\nFor teens who attend residential treatment, 45 to 60 days may be best.", "residential 45–60"},
			{"Residential rehab\n\nA 90-day stay is often ideal.", "residential 90"},
			{"Residential rehab\n\n30 days is the best time to call us back.", ""},
			{"Residential rehab\n\nBoth 45- and 60-day programs are common at centers like ours.", "residential 45–60"},
			{"Detox\n\nA five-day detox is standard for alcohol.", "detox 5"},
			{"Residential rehab\n\nA 12-step program is common in rehab.", ""},
			{"Residential rehab\n\nA 28-day program is typical of what most plans pay for.", ""},
			{"Step-down care\n\nPeople who move between detox and outpatient care often spend 3 weeks in PHP first.", "php 21"},
			// A hedge may open the bracket or the glued dashes that give a
			// program's length.
			{"Levels of care\n\nA partial hospitalization program (typically 3 to 5 weeks) follows detox.", "php 21–35"},
			{"Levels of care\n\nMost people begin with inpatient rehab (often 45 days) and then step down.", "residential 45"},
			{"Levels of care\n\nMedical detox—usually four to six days—comes first at our center.", "detox 4–6"},
			{"Levels of care\n\nThe first step—medical detox—usually lasts four to six days.", "detox 4–6"},
			{"Withdrawal management is the opening phase, typically four to seven days.", "detox 4–7"},
			{"Residential care is a bigger commitment, often 30 to 60 days.", "residential 30–60"},
			{"Detox is followed by counseling, usually eight weeks.", ""},
			{"Detox is part of the program, usually 30 days.", ""},
			{"Detox is the doorway to residential care, usually 28 days.", ""},
			{"Detox is not a cure, often a week.", ""},
			{"Unlike residential care, the program lasts eight weeks.", "other 56"},
			{"Unlike a 30-day residential program, our IOP lasts 12 weeks.", "residential 30; iop 84"},
			{"Our detox program is followed by residential care; typically lasting 28 days.", "residential 28"},
			{"Inpatient care\n\nThe medical stabilization phase usually takes about three days.", "detox 3"},
			{"Inpatient care\n\nShort residential stays may last 5 to 7 days.", "residential 5–7"},
			// An age after a stay is no second length.
			{"Residential treatment\n\nI spent 45 days in residential when I was 17.", "residential 45"},
			{"Our residential program\n\nWe run a nine to twelve month residential program that serves adults who are over the age of 24, live in the county and can work.", "residential 273.9375–365.25"},
			{"Our residential program\n\nThe 6 to 9 month program admits women under the age of 30, with their children.", "residential 182.625–273.9375"},
			// (Nor is a family week: an event of its own, no length of the stay.)
			{"Residential treatment\n\nResidents take part in family week, which lasts 5 days.", "other 5"},
			{"Detox is included in the program, usually 30 days.", ""},
			{"Detox is the start of your treatment, usually 28 days.", ""},
			{"Detox is a doorway into recovery, often 90 days or more.", ""},
			{"Our levels of care\n\nStage 1\n\nMedical detox\n\n4 to 6 days\n\nNurses watch over you while withdrawal passes.\n\nStage 2\n\nResidential treatment\n\nUsually up to 28 days\n\nLive with us while you do the work.", "detox 4–6; residential ≤28"},
			{"Our levels of care\n\nMedical detox\n\n4 to 6 days of care, then a plan for what comes next.", ""},
			{"What each level takes:\n\n• Detox only: 5 days\n• Residential care alone: 28 days", "detox 5; residential 28"},
			{"Residential stays\n\n30-Day Programs\n\nThe 30-day program gives a first step.\n\n60-Day Programs\n\nThe 60-day program adds deeper work.", "residential 30; residential 60"},
			{"Residential care takes 30 to 90 days. In our IOP, clients come 9 to 12 hours a week; usually lasting 6 to 8 weeks.", "residential 30–90; iop 42–56"},
			{"Residential care takes 30 to 90 days. In our IOP, clients come 9 to 12 hours a week; graduates then spend 6 to 8 weeks in aftercare.", "residential 30–90; other 42–56"},
			{"Unlike residential care, which keeps you on site, the program lasts eight weeks.", "other 56"},
			{"Unlike residential care, which lasts 30 days, the program runs eight weeks.", "residential 30; other 56"},
			{"In contrast, unlike residential care, which lasts 30 days, the program runs eight weeks.", "residential 30; other 56"},
			// (A comma left out before the main clause leaves it the
			// sentence's own.)
			{"Evening IOP\n\nUnlike residential rehab, where you would sleep on campus for 30 days you can stay home during our 8-week IOP.", "residential 30; iop 56"},
			{"Our team\n\n- Dr. Ames, medical director — with the clinic, about twelve years", ""},
			{"Our services\n\n- Alumni group — meets in the chapel, usually two hours", ""},
			{"Program summary\n\nPHP | 5 days/week | 2–3 weeks\nIOP | 3 days/week | 8–12 weeks", "php 14–21; iop 56–84"},
			{"Our residential program\n\nOur residential program is a 30-day stay.\n\n| Residential waitlist | 2 weeks |\n| Detox intake | 1 day |", "residential 30"},
			{"Detox Centers in Millbrook (2)\n\nBirch Medical Detox\nSetting: Inpatient, medically monitored\nTypical stay: 4–6 days\nBeds: 12\n\nPine Hollow Residence\nSetting: Residential detox and 30-day rehab\nTypical stay: detox 4 days, residential 30 days", "detox 4–6; detox 4; residential 30"},
			{"Treatment Centers in Millbrook (2)\n\nOak Hollow Recovery\nSetting: Outpatient; detox referrals available\nTypical stay: 8–12 weeks\n\nBirch House\nSetting: Residential\nTypical stay: 28 days", "op 56–84; residential 28"},
			{"Detox Centers in Millbrook (2)\n\nElm Street Outpatient Withdrawal Clinic\nSetting: Outpatient (ambulatory) detox\nTypical stay: 5–7 days of daily visits\nBeds: none – patients return home each day", "detox 5–7"},
			{"Residential care\n\nResidential treatment lasts 28 days.\n\n- Residential treatment — family weekend every month, usually three days", "residential 28"},
			{"Our IOP\n\nBecause cravings persist after residential care, our IOP continues for another eight weeks.", "iop 56"},
			{"Our IOP\n\nClients who persist through our full 12-week IOP leave with a written plan.", "iop 84"},
			{"Detox timelines\n\nHeroin: most people finish medical detox in five to seven days.\nMethadone: withdrawal symptoms can linger for three to four weeks.", "detox 5–7"},
			{"Fees\n\nIntake | 1 visit | 2 weeks notice\nFamily day | 1 visit | 3 weeks notice", ""},
			{"Call us 30 days before admission to the IOP.", ""},
			{"Detox takes 5 to 7 days. Rehab programs then last 30 to 60 days.", "detox 5–7; other 30–60"},
			{"Long-term residential – 6 to12 months", "residential 182.625–365.25"},
			{"Sober houses – 1 to 2 years", "other 365.25–730.5"},
			{"Our IOP lasts 8 weeks, but the full recovery journey often spans a year.", "iop 56; other 365.25"},
			{"For residential care, the recommended minimum is 90 days.", "residential ≥90"},
			{"Clients stay in our residential program two to four months.", "residential 60.875–121.75"},
			{"Most PHPs are covered by insurance for up to 20 days.", ""},
			{"The typical PHP lasts two to three weeks, though some patients stay longer.", "php 14–21"},
			{"Detox lasts 3 to 10 days, though some people need up to 2 weeks.", "detox 3–10; detox ≤14"},
			{"Outpatient detox usually lasts a week.", "detox 7"},
			{"The usual treatment window for residential rehab is 30 to 90 days.", "residential 30–90"},
			{"How long is our IOP? Usually about 90 days.", "iop 90"},
			{"Most clients start with a week of PHP, followed by 3 to 4 weeks in evening or day IOP.", "php 7; iop 21–28"},
			{"Clients are sober for 30 days in our residential program before they step down.", ""},
			{"Most clients begin with 5 sessions of our PHP, followed by 3 to 4 weeks in evening or day IOP.", "iop 21–28"},
			{"In our IOP clients may attend 1-3 days of treatment.", ""},
			{"Many people think residential rehab always takes 30 days.", ""},
			{"Many people think rehab takes a year, but our IOP lasts 8 weeks.", "iop 56"},
			{"The detox phase may last anywhere from a few days to several weeks.", ""},
			{"Detox lasts a few days.", "detox 2–4"},
			// How long someone has used a drug is no program's span;
			// care used is.
			{"Detox\n\nAnyone who has been taking sleeping pills for more than a month should taper slowly.", ""},
			{"Detox\n\nPeople who have been misusing painkillers for 6 months or longer often need a medical detox.", ""},
			// A span kept apart for health's sake is no stay.
			{"Residential\n\nDuring flu season, new arrivals are quarantined in a separate cottage for at least 5 days.", ""},
			{"Residential\n\nNew residents are isolated in their rooms for 14 days.", ""},
			// "How long is your outpatient program?" asks of the
			// provider's outpatient care, except on a page of its IOP.
			{"Residential care\n\nOur residential program lasts 30 days.\n\nHow long is your outpatient program?\n\nMost clients stay four to six months.", "residential 30; op 121.75–182.625"},
			{"Our IOP\n\nOur IOP meets 3 days a week.\n\nHow long is your outpatient program?\n\nMost clients stay eight to twelve weeks.", "iop 56–84"},
			// A share of people who relapse after a span is a statistic
			// of those who had it; what follows a span is not.
			{"Why treatment fails\n\nStudies found that even after eight weeks of residential care for opioid use, that 70% of patients had relapsed within a year.", ""},
			{"Residential\n\nAfter 30 days of residential care, most clients step down to our IOP.", "residential 30"},
			{"Residential care\n\nAfter 30 days of residential care, most clients step down to our IOP to lower their risk of relapse.", "residential 30"},
			{"Our IOP\n\nAdults who feel isolated can join our IOP for 12 weeks.", "iop 84"},
			{"Residential care\n\nAfter 28 days of residential treatment, most people relapse.", ""},
			{"Residential care\n\nAfter 30 days of residential care, most clients move to relapse prevention groups in our IOP.", "residential 30"},
			{"Our IOP\n\nMost of our clients were taking part in group for 12 weeks before stepping down.", "iop 84"},
			{"Residential care\n\nClients stay at least 30 days, with up to 12 months of aftercare.", "residential ≥30; other ≤365.25"},
			{"Our IOP\n\nOur clients attend the IOP for 12 weeks.", "iop 84"},
			{"At our clinic, medical detox usually takes a few days to a week.", "detox 2–7"},
			{"A residential stay may run between a couple of weeks and three months.", "residential 14–91.3125"},
			{"Our detox program can last anywhere from several days to two weeks.", "detox ≤14"},
			{"Expect our evening IOP to take a few weeks to several months.", ""},
			// Both ends said with "a few" are one span from the near
			// end's two to the far end's four.
			{"Our residential program lasts a few weeks to a few months.", "residential 14–121.75"},
			{"Getting through withdrawal at our center can take a few days to a few weeks.", "detox 2–28"},
			{"Detox\n\nFor most patients, detox lasts between a few days and a few weeks.", "detox 2–28"},
			// A figure's far end said with "a few" bounds it too, in
			// the far end's unit.
			{"Medically managed withdrawal can take from four days to a few weeks.", "detox 4–28"},
			{"Our IOP\n\nMost clients stay in IOP from eight weeks to a few months.", "iop 56–121.75"},
			// A figure's ceiling after a vague count stays its own: the
			// span's near end, vague, says no program's length alone.
			{"Residential care\n\nMost clients stay from a few weeks up to 90 days.", "residential ≤90"},
			{"Our IOP\n\nOur IOP lasts between 30 days and a few months.", "iop 30–121.75"},
			// A far end that is a bare unit names no number: the span is
			// open above; a count said once before two units holds for
			// both.
			{"Detox\n\nWithdrawal care here can run a couple of days to weeks.", "detox ≥2"},
			{"Residential care\n\nOur residential stays run 45 days to months.", "residential ≥45"},
			{"Detox\n\nDetox at our center can take a few days or weeks.", "detox 2–28"},
			// A minimum stay given as a span is a floor at its near end.
			{"Residential care\n\nOur minimum length of stay is between 35 and 42 days.", "residential ≥35"},
			{"Residential care\n\nThe residential minimum stay is from 21 to 28 days, depending on the payer.", "residential ≥21"},
			{"Residential care\n\nPast the minimum, most residents stay between 35 and 42 days.", "residential 35–42"},
			// A far end of "a couple of" is a bound: two to fourteen days.
			{"Detox\n\nMost people finish detox within a few days to a couple of weeks.", "detox 2–14"},
			{"Detox\n\nDetox lasts several days to a couple of weeks.", ""},
			// A range whose near end no value reads, "several", is not
			// its far end alone.
			{"Our residential program lasts several weeks to a few months.", ""},
			{"Many clients do best with 60- or 90-day stays at a residential treatment center.", "residential 60–90"},
			{"Clients usually stay in our PHP for three to five weeks before stepping down to the IOP.", "php 21–35"},
			{"Call us 30 days before starting the IOP.", ""},
			{"Post-acute withdrawal syndrome can persist after detox and may last up to 18 months.", ""},
			{"Detox takes 5 to 7 days, though PAWS can last a year or more.", "detox 5–7"},
			{"How long will I wait? Usually 3 days or less, we hope.", ""},
			{"Our residential program\n\nHow long will I stay?\nBecause recovery takes time, most residents stay with us 45 to 60 days.", "residential 45–60"},
			{"Residential treatment\n\nResidents live on our campus.\n\nOur signature 28-day program gives you time to heal.", "residential 28"},
			{"Residential treatment\n\nResidents live on our campus.\n\nOur former 28-day program was replaced last year.", ""},
			{"Medical detox\n\nDetox usually takes several days, typically four to six.", "detox 4–6"},
			{"Medical detox\n\nDetox usually takes several days — typically four to six.", "detox 4–6"},
			{"Medical detox\n\nWe see several clients a week — typically four to six.", ""},
			{"Medical detox\n\nDetox takes a few days (usually three to five).", "detox 2–4; detox 3–5"},
			{"Medical detox\n\nDetox takes several days, three if you are lucky.", ""},
			{"Partial Hospitalization (PHP)\n- Five days a week\n- Usually 3 to 4 weeks before stepping down", "php 21–28"},
			{"Partial Hospitalization (PHP)\n- Five days a week\n- Two to three weeks, then IOP", "php 14–21"},
			{"Teen IOP\n- Three afternoons a week\n- 8 to 10 weeks, followed by a weekly aftercare group", "iop 56–70"},
			{"Our teen IOP\n\nOur teen IOP meets three afternoons a week.\n\nProgram at a glance\n| Schedule | Monday, Wednesday, Thursday |\n| Length | 8 weeks, with an optional aftercare group |", "iop 56"},
			{"Partial Hospitalization (PHP)\n- Five days a week\n- Two to three weeks, then the family week", ""},
			{"Costs\n\n| Level of care | What it involves | Cost |\n| Medical detox | 4 to 6 days, nurses on site | $700 a day |", "detox 4–6"},
			{"Our IOP meets three evenings a week. It takes 21 days to build a new habit.", ""},
			{"Our IOP meets three evenings a week. Experts say it takes about 66 days for a new routine to stick.", ""},
			{"Our IOP meets two mornings a week. Elsewhere it can take two weeks to get an appointment.", ""},
			{"Our IOP meets twice a week. Most people need 30 days to feel the benefit of a new medication.", ""},
			{"Our IOP meets three evenings a week. It usually takes 90 days to complete our program.", "iop 90"},
			{"Our IOP meets three evenings a week. Most clients need about ten weeks to finish it.", "iop 70"},
			{"Our IOP meets three evenings a week. Acute withdrawal is usually over within a week.", "detox ≤7"},
			{"Our IOP meets three evenings a week. Opioid withdrawal generally subsides within 4 to 6 days.", "detox 4–6"},
			{"Our IOP meets three evenings a week. After withdrawal ends, the IOP usually lasts 8 weeks.", "iop 56"},
			// How a program cares may stand between its length and its
			// name; leave from work is no program.
			{"Most stays open with a 5-day medically supervised detox.", "detox 5"},
			{"Ridgeview runs a 60-day luxury residential program.", "residential 60"},
			// A program named as the subject of a clause of its own is
			// not the length's.
			{"Listings\n\nPine Hollow offers 60-day stays, and medical detox happens on its own unit.", "other 60"},
			{"Listings\n\nPine Hollow offers 60-day stays and has detox beds on campus.", "other 60"},
			// A span before clients are ready for the next step, after
			// "span".
			{"Levels of care\n\nMost IOPs span 10 to 14 weeks before clients are ready to step down to outpatient care.", "iop 70–98"},
			// Lengths the provider says it offers, listed each with its
			// unit too.
			{"Residential rehab\n\nWe offer 30-day, 60-day, and 90-day programs.", "residential 30–90"},
			{"Residential rehab\n\nWe also offer 45-day programs.", "residential 45"},
			// A length named as the bound of time in treatment, or the
			// shortest period recommended.
			{"Rehab at Ridgeview\n\nFor many adults, 4 months is the minimum amount of care worth planning for.", "other ≥121.75"},
			{"Rehab at Ridgeview\n\nThe shortest recommended period is 60 days.", "other ≥60"},
			// A program named by the care it gives is a program still.
			{"Rehab at Ridgeview\n\nOur 45-day treatment program gives adults time to heal.", "other 45"},
			{"Rehab at Ridgeview\n\nThe 60-day recovery program is our longest.", "other 60"},
			{"Our IOP meets three evenings a week. Some clients need a 30-day medical leave from work.", ""},
		},
	})
}

// mentionAfterWhom reports a program named at end past one to three words
// of whom it serves (" young adult residential program", " women's
// IOP") or of how it cares for them (" medical detox", " medically
// supervised detox", " luxury residential program").
func mentionAfterWhom(s *sentence, end int) bool {
	i := end
	for n := 0; n < 3; n++ {
		w := wordAfter(s.masked, i)
		if !whomWords[w] && !mannerWords[w] {
			break
		}
		i = indexFrom(s.masked, w, i) + len(w)
		if rest := s.masked[i:]; strings.HasPrefix(rest, "'s") {
			i += len("'s")
		} else if strings.HasPrefix(rest, "’s") {
			i += len("’s")
		}
		if mentionAt(s, i) {
			return true
		}
	}
	return false
}

// mannerWords say how a program cares for its clients, between its length
// and its name: "a 7-day medical detox", "a 10-day medically managed
// detox", "a 45-day luxury residential program".
var mannerWords = wordSet("medical", "medically", "clinically", "supervised", "monitored", "managed", "luxury", "holistic", "comprehensive", "structured")

var whomWords = wordSet("young", "adult", "adults", "teen", "teens", "adolescent", "women", "men", "womens", "mens", "executive", "veterans", "professionals", "senior", "seniors")

// completionBefore ends on a point reached by completing a span: "after
// completion of ", "upon completing ", "after successfully completing ".
var completionBefore = prefilter.MustCompile(`\b(?:after|upon|on)\s+(?:the\s+)?(?:successful\s+|successfully\s+)?(?:completion\s+of|completing)\s+(?:the\s+|their\s+|your\s+|a\s+|an\s+)?(?:first\s+|initial\s+)?$`)

// withdrawalBlock reports a sentence, or its block, about withdrawal: a
// peak there is the symptoms' ("Intermediate ones start in 24-48 hours,
// peak in 3-6 days"), not an outcome's ("outcomes peak at 90 days").
func withdrawalBlock(s *sentence) bool {
	if s.contains("symptom") || s.contains("withdraw") || s.contains("craving") {
		return true
	}
	b := lowerASCII(s.block.Text)
	return strings.Contains(b, "symptom") || strings.Contains(b, "withdraw") || strings.Contains(b, "craving")
}

// symptomsPronoun opens a sentence on a pronoun that lasts, up to the
// span: "They may last ", "These can persist for ".
var symptomsPronoun = prefilter.MustCompile(`^\W*(?:they|these)\s+(?:(?:may|can|could|will|might|usually|often|typically|generally|commonly|sometimes|tend\s+to)\s+){0,2}(?:last|persist|linger|continue)\s+(?:for\s+)?$`)

// symptomsOpenedBefore reports the sentence before s, in its block,
// opening on symptoms, cravings or signs as its subject.
func symptomsOpenedBefore(s *sentence) bool {
	start, end, ok := prevSpan(s)
	return ok && symptomsOpening.MatchString(lowerASCII(s.block.Text[start:end]))
}

// symptomsOpening opens a sentence on symptoms as its subject:
// "Symptoms usually start", "Withdrawal symptoms peak".
var symptomsOpening = prefilter.MustCompile(`^\W*(?:(?:the|these|most|many|such|withdrawal|acute|physical|early|first|its|their)\s+){0,3}(?:symptoms|cravings|signs)\b`)

// frontedPhrase is a phrase fronted before its comma: "for teens who
// attend residential treatment,", "in most cases,".
var frontedPhrase = prefilter.MustCompile(`^(?:for|in|at|during|among|with)\s[^,;:.]{0,80},$`)
