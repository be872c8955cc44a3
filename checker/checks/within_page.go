package checks

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// WithinPage reports two statements on one page that cannot both be true.
var WithinPage = &checker.Check{
	ID:       "within-page",
	Title:    "Two claims on one page about the same program contradict each other",
	Severity: checker.Error,
	Doc: `within-page compares the claims of one page with each other.

` + compareRule + `

On a page where the provider speaks of its own program ("our IOP") —
not one it says it does not run ("we do not provide detox"), nor one a
condition put to the reader names ("IOP may suit you if you do not need
detox") — or
gives its hours by the clock ("| Adult IOP | 6:00–9:00 p.m. |"), plain
statements about that program ("IOP clients attend 9 to 15 hours a week",
"medical detox is available on site") are read as the provider's too;
generalisations ("IOPs typically last 12 weeks", "most programs", "the usual
IOP", "eight weeks is typical for IOP") keep
speaking of programs in general, and so does a paragraph that sets three or
more levels of care side by side with no word of the provider's own
("Partial hospitalization provides at least 20 hours a week … intensive
outpatient 9 to 19 hours … standard outpatient fewer than 9"): it defines
the levels. On an article (a blog's or a guide's address) only the
sections (the blocks under one heading) where the provider speaks of its
own program are read as its own: "Standard outpatient" or "Quick
answers" explaining levels in general are not lifted by "How we run our
IOP" further down; an article titled for the provider's own program
("Inside Our IOP") speaks of it throughout. The level's weekly floor an
article states in its own words as what the level is ("an IOP, by
definition, gives at least nine hours of care every week"; not what most
IOPs give) still holds for the provider's program
it goes on to describe: a week under it, stated or as days times hours
("our IOP runs on two afternoons weekly for three hours at a time"),
is reported as a warning (a floor cited from a standards body is the
reference check's). A length written as a program's name is a
program of its own ("our 30-day and 60-day programs"), unless it is the one
program the provider offers ("offers a 28-day residential program", "Our
28-day residential program gives …"), which then is said to last that
long; not where the page gives another length to a group of its clients
("60 days for clients with a dual diagnosis"): it runs more than one.

A figure must be tied to its program. On the page's own topic (the one
program it names, the one its title or address names, or any on a page
naming none) one side named in its sentence, a heading over it, its
table row, the title or the address is enough; on a page naming several
levels both sentences must name the program, themselves or through the
pronoun opening them or their table row: under an article's "Intensive
outpatient" heading, "most clients attend sessions five days a week" may
be timing any level it goes on to compare.

Ranges contradict when they are disjoint after tolerance: each bound widens
by tolerance.relative (5 %), approximate values ("about 15 hours") by
tolerance.approx (20 %), months by calendar slack (28–31 days), and open
bounds ("up to a year", "at least 3 days", "and sometimes longer") only
conflict past their stated bound. Overlapping but different ranges ("9 to 15
hours" and "12 to 20 hours") are not reported: both can be true. Vague
quantities ("several hours") never conflict. Yes/no claims conflict when the
page says both ("clients do not need detox" vs "our detox services"), and
the provider's word that it offers no detox ("we do not offer detox")
conflicts with a program the page says offers it; a
general remark about detox itself ("detox usually happens under medical
supervision") says that detox exists, not that a program offers it, and
takes no part.

Individual or group therapy timed in a sentence that names one program is
that program's therapy where the page times the same therapy for two
programs ("an IOP day holds 2 hours of group therapy" beside "a PHP day
holds 4 hours of group therapy"): two schedules, not one stated twice.

Two values in one sentence are alternatives the sentence lists ("full-day
or half-day"), never a contradiction, and once a sentence has listed them,
the same values stated elsewhere on the page are not one either (but a
count of days restated right after it by naming the days, "four nights
a week, Tuesday to Thursday", is one fact said twice, and must agree); nor does
an entry of a timetable contradict anything ("Tuesday 9am to 2pm" beside
"Wednesday 9am to 12pm", or "day groups run from 9 a.m. to 12 p.m." beside
"six hours a day"), nor a meeting list's "Tuesday 7:30 p.m. - NA
meeting, 90 minutes": it times one day, track, group or meeting. The program's
own day from one clock time to another ("PHP runs 9 a.m. to 3:30 p.m.",
"Groups meet Monday, Wednesday and Thursday from 6:00 to 9:00 p.m.", "Here
is a typical day, 9 a.m. to 1 p.m.", a line under "Program hours")
holds up to an hour and a half of lunch and breaks: a stated day of
treatment within that of it agrees with it, and so does any shorter
treatment the sentence sets beside the day's school or lunch ("Each day
pairs three hours of therapy with two hours of classroom instruction"). A session longer than the
program's day, or than the span its groups run in ("3-hour group
sessions" beside "Groups run from 9:00 a.m. to 11:00 a.m."), cannot be
held in it however many sessions the day has; a timetable slot for one
activity ("9:00 – 9:30 a.m. Check-in") says nothing of a session.
A program's fact box ("Program at a glance", "Quick facts", "A typical week") or schedule
section ("PHP schedule") gives the
program's own days and hours even beside clock times, so its weekday span
meets the count it states; so does a track's line labelled by its time
("Weekday Morning: Mon, Tue, Thu, Fri · 9:00 a.m.–12:00 p.m."), for its
track. A figure said of every track ("Whichever track you choose, you attend
four days a week") is a rule each track's own line must keep ("Day IOP:
five mornings a week"). A minimum or maximum the page sets as a rule ("a minimum stay of 30
days") has no tolerance: "28 days" breaks it, though "28 days" and "30
days" as two plain figures are one month.
A page that gives three or more mutually disjoint values for one fact
(counting the programs it names by their length), at least two of them
set out as options — entries of a table, a list or "Label: value" lines,
or side by side in one sentence — is describing a menu (30-, 60- and
90-day programs), not contradicting itself, and is not reported for that
fact; three figures in three sentences of prose are reported. So is a
list or table whose three or more entries state the fact with more than one
value ("three evenings, 3 hours a day" / "two long days, 4.5 hours a day" /
"four mornings, 3 hours a day"): schedules to choose from. A length used as a program's name ("our 30-day
program", "28 Day Rehab": a number with a singular unit) names a variant of
its own, except against a rule of the program: a minimum or maximum the
page names ("The minimum stay is 30 days") or says of every program holds
for its tracks too, so "Short-stay track: 21 days" breaks it, and for
each substance's withdrawal ("A detox stay never lasts more than seven
days" against "Benzodiazepines: a taper that can take two to three
weeks", a stay some clients have being a counterexample to a rule of
every stay); on a directory, one said of every listing ("Every program on
this list meets at least three days a week") holds for each listing.
When every time-of-day track of a program gives one length, daily hours
or session length ("| Day IOP | … | 12 weeks |", "| Evening
IOP | … | 12 weeks |"), that is the program's on the page, and "Our
eight-week IOP curriculum" contradicts it (days and hours a week are
left out: two tracks of three days may meet on six days between them).
What the page says in its own voice about programs in general is held to
a standard it cites for them (ASAM, CMS, SAMHSA): "Under the ASAM
Criteria, Level 1 outpatient services total fewer than nine hours per
week" and "Standard outpatient usually involves 12 to 16 hours per week"
cannot both be the page's account of outpatient care. (A provider's own
figure outside a standard is the reference check's; a finding the page
attributes to a study is not a standard.)

Two figures are compared only when at least one of them names its
program: in its own sentence, in its paragraph when a pronoun opens the
sentence ("Our IOP fits around a work day. It lasts eight weeks"), in a
heading over it, its table row, the page's title or its address: a page
that never names what it times ("The program runs 6 to 8 weeks" and,
further down, "the program lasts twenty weeks") may be timing two things,
a program and a phase of it.

Severity: error when both sides are exact; warning when either side is
approximate, because "about" invites a reader to forgive some distance.
Values that overlap each other ("28 days", "30 days") form one side, so
each pair of disjoint sides is one finding, with every statement of a side
among its locations; an approximate value that overlaps two disagreeing
ones ("daily" beside "Monday–Friday" and "four days a week") joins one
side, not both. Schedules of no program ("Psychiatrist visits: three or
more a week" and "family sessions are held weekly") count different
things and are not compared, nor are mutual-help meetings' schedules; lengths and yes/no answers of no program (a
family program's weeks, a sober house's staff) are. To fix: make the two statements agree, or make clear
that one is an example or a different program.`,
	Run: runWithinPage,
}

func runWithinPage(p *checker.Pass) error {
	tol := p.Config.Tolerance
	var g grouper
	// (The detox claims already met, page by page: one map for the run.)
	offeredMet := map[*claims.Claim]bool{}
	for i := range p.Docs {
		m, keys := g.byKey(denialsReachPrograms(g.voiced(p, i)))
		keys = tracksGiveProgram(m, keys)
		// The menu test counts the programs a page names by their length
		// as options of one fact.
		facts := map[key][]*claims.Claim{}
		for _, k := range keys {
			// A menu's options are the programs named by their length
			// ("30-, 60- and 90-day programs"); a row per substance or a
			// track of its own is no option of the program's menu.
			if k.variant != "" && !namedLength.MatchString(k.variant) {
				continue
			}
			// Timetable entries time a day, track or group: they are no
			// option of a menu either.
			for _, c := range m[k] {
				if !timetable(c) {
					facts[k.fact()] = append(facts[k.fact()], c)
				}
			}
		}
		menu := map[key]bool{}
		for f, cs := range facts {
			menu[f] = isMenu(groupByValue(cs), tol)
		}
		rulesReachTracks(p, m, keys, tol)
		sessionsOverDay(p, m, keys, tol)
		citedStandards(p, m, keys, tol)
		belowOwnFloor(p, m, keys, tol)
		// A detox offered in one form ("Our 12-bed inpatient detox unit")
		// meets a denial of that form ("does not offer inpatient detox")
		// and of detox as a whole ("Patients who need medically supervised
		// withdrawal are referred"): one contradiction, reported where the
		// form is named, so the form's keys go first.
		if slices.ContainsFunc(keys, formKey) {
			sort.SliceStable(keys, func(i, j int) bool {
				return formKey(keys[i]) && !formKey(keys[j])
			})
		}
		clear(offeredMet)
		for _, k := range keys {
			if menu[k.fact()] {
				continue
			}
			// Schedules of no program ("Psychiatrist visits: three or more
			// a week", "family sessions are held weekly")
			// count different things. A yes/no about the one place a page
			// speaks of (a sober house's staff) or the length of the one
			// thing it offers (a family program, a house's stay) can
			// still contradict another.
			if spec, _ := claims.Spec(k.kind); k.subject == claims.Other && !spec.Bool && k.kind != claims.ProgramLength {
				continue
			}
			if supportSchedule(k.subject, k.kind) {
				continue
			}
			groups := clusters(groupByValue(m[k]), tol)
			for i := 0; i < len(groups); i++ {
				for j := i + 1; j < len(groups); j++ {
					a, b, sev, ok := contradictingPair(groups[i], groups[j], tol)
					if !ok {
						continue
					}
					if k.kind == claims.DetoxOffered {
						yes, no := a, b
						if b.Value != nil && *b.Value {
							yes, no = b, a
						}
						// "We do not provide medical detox" beside "We also
						// run a social (non-medical) detox": one form
						// denied, another offered.
						if medicalDenied(no) && socialOffered(yes) {
							continue
						}
						if offeredMet[yes] {
							continue
						}
						offeredMet[yes] = true
					}
					p.Report(pairFinding(k, a, b, sev,
						fmt.Sprintf("%s: %s vs %s; make the two statements agree, or make clear that one is an example or a different program", topic(k), quote(a), quote(b)),
						locations(withFirst(groups[i].claims, a), withFirst(groups[j].claims, b))))
				}
			}
		}
	}
	return nil
}

// medicalDenied reports a denial of detox that names its medical form:
// "do not provide medical detox", "no medically supervised detox".
func medicalDenied(c *claims.Claim) bool {
	t := strings.ToLower(c.Text)
	return c.Value != nil && !*c.Value && strings.Contains(t, "medical") && !nonMedical(t)
}

// socialOffered reports detox offered in its social, non-medical form:
// "a social (non-medical) detox", "non-medical detox".
func socialOffered(c *claims.Claim) bool {
	t := strings.ToLower(c.Text)
	return c.Value != nil && *c.Value && (strings.Contains(t, "social") || nonMedical(t))
}

// nonMedical reports the non-medical form named, however it is spelled.
func nonMedical(t string) bool {
	return strings.Contains(t, "non-medical") || strings.Contains(t, "nonmedical") || strings.Contains(t, "non medical")
}

// denialsReachPrograms lets the provider's word that it offers no detox
// ("We do not offer detox", subject detox) meet each program the same
// page says offers it ("Our IOP team offers medical detox on site"): a
// provider without detox has no program with it. The copies keep the
// denial's text and place, so the finding quotes it as written. (The
// provider offering detox says nothing of whether a program includes it.)
func denialsReachPrograms(cs []*claims.Claim) []*claims.Claim {
	var denials []*claims.Claim
	offered := map[claims.Subject]bool{}
	for _, c := range cs {
		if c.Kind != claims.DetoxOffered || c.Value == nil || c.Scope != claims.Provider {
			continue
		}
		switch {
		case c.Subject == claims.Detox && !*c.Value:
			denials = append(denials, c)
		case c.Subject != claims.Detox && *c.Value:
			offered[c.Subject] = true
		}
	}
	if len(denials) == 0 || len(offered) == 0 {
		return cs
	}
	out := slices.Clip(cs)
	for _, subj := range sortedSubjects(offered) {
		for _, c := range denials {
			d := *c
			d.Subject = subj
			out = append(out, &d)
		}
	}
	return out
}

func sortedSubjects(set map[claims.Subject]bool) []claims.Subject {
	out := make([]claims.Subject, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// shareSentence reports whether a claim of xs and one of ys sit in one
// sentence. Large groups go through a set of xs' sentences: a page stating
// one fact thousands of times compared every pair of its statements.
func shareSentence(xs, ys []*claims.Claim) bool {
	if len(xs)*len(ys) <= 64 {
		for _, a := range xs {
			for _, b := range ys {
				if sameSentence(a, b) && !restatedInApposition(a, b) {
					return true
				}
			}
		}
		return false
	}
	type place struct {
		file     string
		block    int
		sentence string
	}
	in := make(map[place][]*claims.Claim, len(xs))
	for _, a := range xs {
		k := place{a.File, a.Block, a.Sentence}
		in[k] = append(in[k], a)
	}
	for _, b := range ys {
		for _, a := range in[place{b.File, b.Block, b.Sentence}] {
			if !restatedInApposition(a, b) {
				return true
			}
		}
	}
	return false
}

// restatedInApposition reports a count of days a week that the sentence
// restates right after it by naming the days: "gathers four nights a
// week, Tuesday to Friday, 5:30 to 8:30 p.m." says one fact
// twice, not two options, so the two may contradict.
func restatedInApposition(a, b *claims.Claim) bool {
	if a.Kind != claims.DaysPerWeek || b.Kind != claims.DaysPerWeek || namesWeekday(a.Text) == namesWeekday(b.Text) {
		return false
	}
	i, j := strings.Index(a.Sentence, a.Text), strings.Index(b.Sentence, b.Text)
	if i < 0 || j < 0 {
		return false
	}
	if j < i {
		i, j, a, b = j, i, b, a
	}
	between := a.Sentence[i+len(a.Text) : max(j, i+len(a.Text))]
	return strings.TrimSpace(between) == "," || strings.TrimSpace(between) == "—" || strings.TrimSpace(between) == "–"
}

// contradictingPair picks, from two sides of one page, the first pair of
// claims that contradict: comparable forces, not one sentence, not two
// timetable entries, and disjoint values.
func contradictingPair(x, y *valueGroup, tol checker.Tolerance) (*claims.Claim, *claims.Claim, checker.Severity, bool) {
	// A sentence that lists both values ("IOP5 meets five days a week, or
	// IOP3 three days") has made them alternatives for the whole page: the
	// same values stated elsewhere do not contradict each other either.
	if shareSentence(x.claims, y.claims) {
		return nil, nil, 0, false
	}
	for _, a := range x.claims {
		for _, b := range y.claims {
			// A clock-time entry times one day, track or group ("day
			// groups run from 9 a.m. to 12 p.m." on a six-hour PHP day):
			// it contradicts neither another entry nor a stated figure.
			// (Two clock spans time two days or tracks, even where the
			// program's own day is one of them.)
			if !forcesMeet(a, b) || timetable(a) || timetable(b) || hasClockTime(a.Text) && hasClockTime(b.Text) || unnamedSides(a, b) {
				continue
			}
			// (The program's own day from 9 to 3:30 holds its lunch and
			// breaks, which conflict allows for: "six hours of treatment"
			// fits it, "seven hours of programming each day" does not, and
			// neither does "three hours a day" in a day from 9 to 3.)
			if sev, bad := conflict(a, b, tol); bad {
				return a, b, sev, true
			}
		}
	}
	return nil, nil, 0, false
}

// clusters merges value groups whose bounded values overlap ("28 days"
// and "30 days") into one side, so that a page saying 28 and 30 days in one place
// and 60 in another is one finding, not two. Yes/no groups stay apart.
func clusters(groups []*valueGroup, tol checker.Tolerance) []*valueGroup {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	// mergeable reports groups i and j bounded and overlapping.
	mergeable := func(i, j int) bool {
		a, b := groups[i].claims[0], groups[j].claims[0]
		if a.Value != nil || b.Value != nil || negated(a) || negated(b) {
			return false
		}
		// Open ranges ("up to a year") overlap nearly everything and
		// would chain unrelated values into one side.
		ia, ib := checker.Widen(a, tol), checker.Widen(b, tol)
		return ia.Bounded() && ib.Bounded() && ia.Overlaps(ib)
	}
	members := make([][]int, len(groups))
	for i := range members {
		members[i] = []int{i}
	}
	for i := range groups {
		for j := i + 1; j < len(groups); j++ {
			ri, rj := find(i), find(j)
			if ri == rj || !mergeable(i, j) {
				continue
			}
			// An approximate value between two that disagree ("daily",
			// 5 to 7 days give or take, between "Monday–Friday" and "four
			// days a week") joins neither side to the other: every pair
			// of a side must overlap. (Exact ranges that overlap in a
			// chain, "1-4", "3-5", "5-7 days", are a spread of figures
			// and stay one side.)
			loose := groups[i].claims[0].Qualifier == claims.Approx || groups[j].claims[0].Qualifier == claims.Approx
			if !loose || everyPair(members[ri], members[rj], mergeable) {
				parent[rj] = ri
				members[ri] = append(members[ri], members[rj]...)
			}
		}
	}
	var out []*valueGroup
	byRoot := map[int]*valueGroup{}
	for i, g := range groups {
		r := find(i)
		c := byRoot[r]
		if c == nil {
			c = &valueGroup{value: g.value}
			byRoot[r] = c
			out = append(out, c)
		}
		c.claims = append(c.claims, g.claims...)
	}
	return out
}

// everyPair reports whether ok holds for every x of xs with every y of ys.
func everyPair(xs, ys []int, ok func(x, y int) bool) bool {
	for _, x := range xs {
		for _, y := range ys {
			if !ok(x, y) {
				return false
			}
		}
	}
	return true
}

// withFirst orders a side's claims so that the one quoted comes first.
func withFirst(cs []*claims.Claim, first *claims.Claim) []*claims.Claim {
	out := []*claims.Claim{first}
	for _, c := range cs {
		if c != first {
			out = append(out, c)
		}
	}
	return out
}

// optionsSideBySide reports whether a page sets at least two of its values
// out as options: as entries of a table, list or "Label: value" lines, or
// together in one sentence. "Our IOP lasts 8 weeks", "… 12 weeks" and "…
// 16 weeks" in three sentences of prose are one figure said three ways.
func optionsSideBySide(groups []*valueGroup) bool {
	type sentenceKey struct {
		block    int
		sentence string
	}
	listed := 0
	sentences := map[sentenceKey]int{}
	for _, g := range groups {
		isListed := false
		seen := map[sentenceKey]bool{}
		for _, c := range g.claims {
			isListed = isListed || c.Listed
			k := sentenceKey{c.Block, c.Sentence}
			if !seen[k] {
				seen[k] = true
				sentences[k]++
			}
		}
		if isListed {
			listed++
		}
	}
	if listed >= 2 {
		return true
	}
	for _, n := range sentences {
		if n >= 2 {
			return true
		}
	}
	return false
}

// isMenu reports whether a page's values for one fact include three or
// more that are mutually disjoint after tolerance (see the doc), or are
// set out as listed options (listedOptions). Yes/no facts have only two
// values and are never a menu.
func isMenu(groups []*valueGroup, tol checker.Tolerance) bool {
	if !optionsSideBySide(groups) {
		return false
	}
	if listedOptions(groups) {
		return true
	}
	var ivs []checker.Interval
	for _, g := range groups {
		c := g.claims[0]
		if c.Value != nil || negated(c) {
			continue
		}
		ivs = append(ivs, checker.Widen(c, tol))
	}
	// Greedy interval scheduling by right end finds the largest set of
	// pairwise disjoint intervals.
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].Hi < ivs[j].Hi })
	n, end := 0, -1.0
	for _, iv := range ivs {
		if iv.Lo > end {
			n++
			end = iv.Hi
		}
	}
	return n >= 3
}

// minListedOptions is how many entries of a list or table, each stating
// the fact, make the entries options rather than one figure restated.
const minListedOptions = 3

// listedOptions reports whether at least minListedOptions entries of an
// enumeration state the fact with more than one value: "Three days a week,
// 3.5 hours a day" / "Four evenings a week, 3 hours an evening" / "Five
// mornings a week, 3 hours each" are three schedules to choose from, even
// though two of them share a day's length, and a list that restates one
// figure in three entries says it three times rather than contradicting it.
func listedOptions(groups []*valueGroup) bool {
	if sameLabelCards(groups) {
		return true
	}
	// The entries must be one list or table: blocks one after another.
	value := map[int]string{}
	for _, g := range groups {
		for _, c := range g.claims {
			if c.Listed && c.Value == nil && !negated(c) {
				value[c.Block] = g.value
			}
		}
	}
	blocks := slices.Sorted(maps.Keys(value))
	for s := 0; s < len(blocks); {
		e := s + 1
		for e < len(blocks) && blocks[e] <= blocks[e-1]+2 {
			e++
		}
		values := map[string]bool{}
		for _, b := range blocks[s:e] {
			values[value[b]] = true
		}
		if e-s >= minListedOptions && len(values) >= 2 {
			return true
		}
		s = e
	}
	return false
}

// maxBreaks is the most hours of lunch and breaks a program's day from
// one clock time to another is read to hold, and never more than a
// quarter of the day.
const maxBreaks = 1.5

// fitsSpan reports hours stated in words that a day from one clock time
// to another holds, its breaks taken out. Hours named as the day's
// treatment beside the school or lunch the sentence gives the rest of it
// ("Each day combines four hours of therapy with a two-hour block of
// schooling") are one part of the day, held by any longer span.
func fitsSpan(span, stated *claims.Claim, tol checker.Tolerance) bool {
	sp, st := checker.Widen(span, tol), checker.Stated(stated)
	if st.Lo <= sp.Hi && treatmentPart(stated) {
		return true
	}
	return st.Lo <= sp.Hi && st.Hi >= sp.Lo-min(maxBreaks, sp.Lo/4)
}

// treatmentPart reports hours named as treatment ("four hours of
// therapy") in a sentence that names the day's other time as well.
func treatmentPart(c *claims.Claim) bool {
	k := strings.Index(c.Sentence, c.Text)
	return k >= 0 && partOfTime.MatchString(c.Sentence[k+len(c.Text):]) && otherTime.MatchString(c.Sentence)
}

// spanAndStated splits a pair of hours-a-day claims into the one read from
// clock times and the one stated in words, when it is such a pair.
func spanAndStated(a, b *claims.Claim) (span, stated *claims.Claim, ok bool) {
	if a.Kind != claims.HoursPerDay || b.Kind != claims.HoursPerDay {
		return nil, nil, false
	}
	switch ca, cb := hasClockTime(a.Text), hasClockTime(b.Text); {
	case ca && !cb:
		return a, b, true
	case cb && !ca:
		return b, a, true
	}
	return nil, nil, false
}

// rulesReachTracks compares a program's stated minimum or maximum with the
// figures of its tracks: "The minimum stay is 30 days" is a rule for every
// stay, so a "Short-stay track: 21 days" on the same page breaks it,
// though a track is otherwise a program of its own. A rule is a bound the
// page names as the minimum or maximum, or says of every program.
func rulesReachTracks(p *checker.Pass, m map[key][]*claims.Claim, keys []key, tol checker.Tolerance) {
	for _, k := range keys {
		if k.variant != "" {
			continue
		}
		var rules []*valueGroup
		for _, c := range m[k] {
			if programRule(c) {
				rules = append(rules, groupByValue([]*claims.Claim{c})[0])
			}
		}
		if len(rules) == 0 {
			continue
		}
		for _, tk := range keys {
			// The program's tracks: the same fact in all but the variant.
			// ("Every program on this list meets at least three days a
			// week" is a rule for each listing of a directory too.)
			// So is "A detox stay never lasts more than seven days" for
			// each substance's withdrawal.
			listing := strings.HasPrefix(tk.variant, "listing: ")
			if !trackVariant(tk.variant) && !listing && !substanceVariant(tk.variant) || tk.fact() != k {
				continue
			}
			tracks := clusters(groupByValue(plainFigures(m[tk])), tol)
			// A rule said of every program meets a "can take two to three
			// weeks" too: what some stays do is a counterexample to it.
			var some []*valueGroup
			if slices.ContainsFunc(rules, universalRule) {
				some = clusters(groupByValue(someFigures(m[tk])), tol)
			}
			why := "a rule of the program holds for its tracks: make the two statements agree, or say the track is an exception"
			switch {
			case listing:
				why = "what the page says of every listing holds for each: make the two statements agree, or say the listing is an exception"
			case substanceVariant(tk.variant):
				why = "a rule of the program holds for each substance: make the two statements agree, or say the substance is an exception"
			}
			for _, rg := range rules {
				if listing && !ofListings(rg.claims[0]) {
					continue
				}
				against := tracks
				if universalRule(rg) {
					against = append(slices.Clip(tracks), some...)
				}
				for _, tg := range against {
					a, b, sev, ok := contradictingPair(rg, tg, tol)
					if !ok {
						continue
					}
					p.Report(pairFinding(k, a, b, sev,
						fmt.Sprintf("%s: %s vs %s for the %s; %s", topic(k), quote(a), quote(b), trackName(tk.variant), why),
						locations([]*claims.Claim{a}, withFirst(tg.claims, b))))
				}
			}
		}
	}
}

// universalRule reports a rule said of every program or stay.
func universalRule(rg *valueGroup) bool { return force(rg.claims[0]) == claims.Universal }

// someFigures keeps the figures said of some stays or programs ("a taper
// that can take two to three weeks", "four weeks or longer"), which only
// a rule of every one meets. (A figure with no lower bound, "up to two
// weeks", says too little of some stays to break a rule.)
func someFigures(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if c.Value == nil && !negated(c) && force(c) == claims.Existential && !timetable(c) && checker.Stated(c).Lo > 0 {
			out = append(out, c)
		}
	}
	return out
}

// ofListings reports a rule said of a directory's listings: "Every
// program on this list", "all listed providers".
func ofListings(c *claims.Claim) bool {
	l := strings.ToLower(c.Sentence)
	return strings.Contains(l, "on this list") || strings.Contains(l, "listed") || strings.Contains(l, "on this page") || strings.Contains(l, "in this directory")
}

// programRule reports a one-sided bound said of the program as a rule:
// named as its minimum or maximum ("The minimum stay is 30 days"), or
// said of every program ("Every client stays at least 28 days").
func programRule(c *claims.Claim) bool {
	if c.Value != nil || negated(c) {
		return false
	}
	// "Whichever track you choose, you attend four days a week": an
	// exact figure said of every track.
	if c.Qualifier == claims.Exact && force(c) == claims.Universal && everyTrackClause(c) {
		return true
	}
	if c.Qualifier != claims.AtLeast && c.Qualifier != claims.UpTo {
		return false
	}
	switch force(c) {
	case claims.Universal:
		return true
	case claims.Typical:
		l := strings.ToLower(c.Sentence)
		return strings.Contains(l, "minimum") || strings.Contains(l, "maximum")
	}
	return false
}

// everyTrackClause reports a figure said of every track in its own
// clause, or by a sentence that opens on it ("Whichever track you choose,
// you attend four days a week"); "Both tracks last eight weeks, and
// evening clients attend three nights a week" says the nights of one. The
// claims package reads it so for the claim's force; this asks the same.
func everyTrackClause(c *claims.Claim) bool {
	i := strings.Index(c.Sentence, c.Text)
	return i >= 0 && claims.SaidOfEveryTrack(c.Sentence, i)
}

// trackVariant reports a variant that is one of a program's tracks
// ("short-term", "evening", "Flex track", a named length), not a phase of
// it or a form of detox.
func trackVariant(v string) bool {
	switch v {
	case "short-term", "long-term", "evening", "weekend", "weekday", "virtual", "full-day", "half-day":
		return true
	}
	return strings.HasSuffix(v, " track") || namedLength.MatchString(v)
}

// substanceVariant reports a substance's withdrawal ("alcohol",
// "short-acting opioid").
func substanceVariant(v string) bool {
	f := strings.Fields(v)
	return len(f) > 0 && len(f) <= 2 && substances[f[len(f)-1]]
}

func trackName(v string) string {
	if strings.HasSuffix(v, " track") {
		return v
	}
	if substanceVariant(v) {
		return v + " withdrawal"
	}
	if name, ok := strings.CutPrefix(v, "listing: "); ok {
		return "listing " + name
	}
	return v + " track"
}

// pairFinding is a within-page finding on two disjoint sides of a fact,
// a quoted first on one side and b on the other.
func pairFinding(k key, a, b *claims.Claim, sev checker.Severity, msg string, locs []checker.Location) checker.Finding {
	return checker.Finding{Severity: sev, Kind: string(k.kind), Subject: k.subject.String(), Message: msg, Locations: locs, Values: sortedValues(valueKey(a), valueKey(b))}
}

// formKey is a detox-offered key of one form of detox ("inpatient", "at
// boulder").
func formKey(k key) bool {
	return k.kind == claims.DetoxOffered && k.variant != "" && detoxForm(k.variant)
}

// sameLabelCards reports at least minListedOptions "Label: value" lines
// under one label with more than one value, however far apart: cards of
// a directory's grid ("Duration: 3-7 days", a description, "Duration:
// 30-90 days", …) each give their own item's figure.
func sameLabelCards(groups []*valueGroup) bool {
	values := map[string]map[string]bool{}
	lines := map[string]int{}
	for _, g := range groups {
		for _, c := range g.claims {
			if !c.Listed || c.Value != nil || negated(c) {
				continue
			}
			label, _, ok := strings.Cut(c.Sentence, ":")
			if !ok || len(strings.Fields(label)) > 3 {
				continue
			}
			label = strings.ToLower(strings.TrimSpace(label))
			if values[label] == nil {
				values[label] = map[string]bool{}
			}
			values[label][g.value] = true
			lines[label]++
		}
	}
	for label, vs := range values {
		if lines[label] >= minListedOptions && len(vs) >= 2 {
			return true
		}
	}
	return false
}

// unnamedSides reports two claims a page does not tie to their program
// firmly enough to set against each other. On the page's own topic (its
// one program, or the program of its title) one side named, in its
// sentence, a heading, its row or the title, is enough; elsewhere both
// sentences must name it, since a figure under an "IOP" heading of an
// article comparing levels may well time another level.
func unnamedSides(a, b *claims.Claim) bool {
	if a.NamedHere && b.NamedHere {
		return false
	}
	if !a.Topical {
		return true
	}
	// (Care the page names as none of the levels, a sober house's or an
	// acute unit's, is named by no heading or title the levels' are.)
	return !a.Named && !b.Named && a.Subject != claims.Other
}
