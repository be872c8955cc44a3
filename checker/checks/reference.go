package checks

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// Reference reports claims outside the accepted reference facts.
var Reference = &checker.Check{
	ID:       "reference",
	Title:    "A claim falls outside the reference facts for its program",
	Severity: checker.Error,
	Doc: `reference compares each claim with the reference facts for its kind and
subject. The built-in pack (used when no config replaces it) holds:
  IOP (adults)       9–19 hours a week     ASAM 3rd ed. Level 2.1; Medicare IOP
  IOP (adolescents)  6–19 hours a week     ASAM 3rd ed. Level 2.1 (adolescents)
  PHP                20+ hours a week      ASAM 3rd ed. Level 2.5; Medicare PHP
  Outpatient         under 9 hours a week  ASAM 3rd ed. Level 1
Full citations:
  ` + citeList + `
A finding names the source briefly ("ASAM 3rd ed. Level 2.1: 9–19 h a
week"); the config's reference section adds facts or replaces the pack
(reference.replace: true), each with a short source and a full citation.
The pack's facts are United States rules (country: us): a page served from
another country's domain (.uk, .ie, .au …) is not held to them; one on a
generic domain (.com, .org) or of no known address is.

A page that gives a schedule and no weekly figure for a program that
meets it is held to the weekly reference through the schedule: hours a
day (or, for want of them, session length) × days a week, paired as
schedule-math pairs them. ("Four days a week for four hours each day"
beside "at least 20 hours a week" misses the page's own figure, which
schedule-math reports, and the reference, which this check reports.)
A schedule the page gives as a brief step down out of the level ("fewer
than eight hours per week may be offered as a transition step down for one
or two weeks") is the step down's and is not held to the level's standard;
a step-down program ("our step-down PHP, 10 to 15 hours a week") is a
level's own and is.
A clock span longer than any outpatient program's day (more than 8 hours
for an IOP or outpatient care, 9.5 for a PHP) is a phone line's or an
office's hours and times no schedule (schedule-math leaves it out too).
The days of a list entry that the next entry goes on from with other
weekdays and their times ("- Tuesday and Thursday, 6:30–9:30 pm" over "-
Saturday, 9 am–noon") are a part of the week, and make no schedule; so
are two sets of weekdays one sentence shares the week out by ("Morning
groups go from 8 to 11 a.m. on Mondays and Fridays; late groups go from
2 to 5 p.m. on Tuesdays and Thursdays").
A page with one daily figure and two counts of days it does not pair is
held to the reference when every count misses it on the same side ("3.5
hours per day" on "five days a week" and on "Tuesday, Wednesday and
Thursday" is short of a PHP's 20 hours either way).
A schedule of two approximate figures ("a few hours a day, a few days a
week") is an impression: reported only when its weekly span misses the
reference altogether. So is a schedule with one rounded figure whose
span only reaches the reference's bound ("two or three times a week …
about three hours" is 6 to 9 hours, Level 2.1's floor being 9): the
boundary case. A figure a page states for one program in its text and
restates in a table, list or fact box is one finding, with both places.

The adolescent fact applies to claims about adolescents, and to unmarked
claims on a page that speaks of adolescents, teens or youth in more than
one sentence. Examples,
conditions, "some programs" statements and denials are not held to the
reference: they do not say what the program is. Nor is a figure a
sentence gives either of two programs ("IOP or outpatient counseling,
most often 10 to 12 hours a week").

Severity: error when the claim lies entirely outside the reference range
after tolerance ("an hour a week" for an IOP); warning when it only reaches
past it ("between 6 and 30 hours" against 9–19); info when a figure or
range reaches past it by less than the tolerance ("9 to 20 hours a week"
for an IOP, "1 to 9 hours" for outpatient care): the boundary is where the
next level of care begins, and a reader cannot tell which level is meant. Open bounds only count up
to their stated bound; a cap reaching the boundary is the same case ("up to 9 hours" for outpatient
care; a strict "less than 9 hours" stops short of it), and so is a cap at a level's floor ("no more
than 20 hours a week" for a PHP, whose hours begin at 20); a strict cap at a level's floor lies wholly
below it ("less than 9 hours" for an IOP, "<20 hours" for a PHP): the plain finding. Info too when
a general statement makes a level's floor its whole weekly figure ("an intensive outpatient program is
9 hours a week", "ASAM defines IOP as 9 hours", "PHP requires about 20 hours a week", "the
guidelines say PHPs should deliver 20 hours of care weekly"): the level
begins there, and a reader takes the floor for all of it (a provider's own program at the floor, a
fact line, and "at least 9 hours" are fine). An outpatient service whose daytime timetable by the clock
fills 20 hours a week or more ("Service type: Outpatient" over "Monday to Friday 9am-3pm") is a
day service's hours or a clinic's opening, and is not held to Level 1. To fix: correct the
figure, or, when the program follows another standard, say so in the config's reference facts.`,
	Run: runReference,
}

var citeList = strings.Join(checker.BuiltinCitations(), "\n  ")

func runReference(p *checker.Pass) error {
	all := p.Config.ReferenceFacts()
	tol := p.Config.Tolerance
	var g grouper
	for i, d := range p.Docs {
		// (ASAM and Medicare are United States rules: an NHS day
		// programme is not held to them.)
		country := checker.CountryOf(d.Address)
		foreign := func(f checker.ReferenceFact) bool { return !f.AppliesIn(country) }
		facts := all
		if slices.ContainsFunc(all, foreign) {
			facts = slices.DeleteFunc(slices.Clone(all), foreign)
		}
		// A page that speaks of adolescents is held to the adolescent
		// facts throughout; one sentence that mentions them among others
		// ("ASAM: 9 hours for adults and 6 for adolescents") is not such
		// a page.
		teen := false
		seen := ""
		for i := range d.Claims {
			if s := d.Claims[i].Sentence; adolescent(s) && s != seen {
				if seen != "" {
					teen = true
					break
				}
				seen = s
			}
		}
		// One finding for a figure the page states and restates in a
		// table, list or fact box: "12 to 15 hours" in the text and
		// "12–15" in its table are one figure, said twice. (Two sentences
		// stating it stay two findings: a suppression of one does not
		// silence the other.)
		var out []checker.Finding
		var entries []bool    // out[i] was read from a table, list or fact box
		var at map[string]int // a figure's fact and value → its finding in out
		shared := sharedFigures(d.Claims)
		for i := range d.Claims {
			c := &d.Claims[i]
			if !usable(c) || c.Value != nil || negated(c) || !acrossForce(c) {
				continue
			}
			// "join an IOP or weekly counseling nearby, often 9
			// to 12 hours a week": a figure the page gives either of two
			// programs is no one program's to hold to a standard.
			if shared[c.Pos] {
				continue
			}
			// "… less than nine hours a week as a transition step down,
			// for a week or two": the schedule of the step down out of the
			// level, which the level's standard does not hold.
			if c.Variant == claims.TransitionStepDown {
				continue
			}
			// ("she had tried an IOP across town that met only six hours
			// a week", "Lakeview Hospital's day program, which runs …":
			// another's program the page mentions, which it neither runs
			// nor defines.)
			if c.Variant == "elsewhere" {
				continue
			}
			young := c.Population == "adolescent" || c.Population == "" && teen
			f, ok := factFor(facts, c, young)
			if !ok {
				continue
			}
			ref := f.Interval()
			// "as little as six hours a week": the short end it names.
			got := checker.Widen(lowEnd(c), tol)
			stated := checker.Stated(lowEnd(c))
			sev := p.Check.Severity
			floor := false
			switch {
			case !got.Overlaps(ref):
			case stated.Lo < ref.Lo*(1-tol.Relative) && c.Min != nil || stated.Hi > ref.Hi*(1+tol.Relative) && c.Max != nil && !c.OpenEnded && !strictlyBelowNext(c, ref.Hi):
				sev = checker.Warning
			case boundary(c) && (stated.Lo < ref.Lo && c.Min != nil || stated.Hi > ref.Hi && c.Max != nil && !c.OpenEnded && !strictlyBelowNext(c, ref.Hi)):
				// "9 to 20 hours a week" for an IOP: within tolerance, but
				// 20 hours is where the next level of care begins.
				sev = checker.Info
			case capAtFloor(c, stated, ref):
				// (A strict cap, "less than 20 hours" for a PHP, lies
				// wholly below the floor: the plain error.)
				if !strictBound(c) {
					sev = checker.Info
				}
			case floorAsWhole(c, stated, ref):
				sev = checker.Info
				floor = true
			default:
				continue
			}
			if f.Severity != 0 && sev == p.Check.Severity {
				sev = f.Severity
			}
			want := claims.FormatRange(f.Min, f.Max) + " " + perUnit[c.Kind]
			k := keyOf(c)
			k.scope = 0 // (a fact box on a provider's page restates its own figure)
			same := fmt.Sprint(k, "\x00", valueKey(c), "\x00", want)
			entry := c.Listed || c.FactBox
			if j, ok := at[same]; ok && (entry || entries[j]) {
				out[j].Locations = append(out[j].Locations, location(c))
				entries[j] = entries[j] || entry
				continue
			}
			if at == nil {
				at = map[string]int{}
			}
			at[same] = len(out)
			entries = append(entries, entry)
			msg := fmt.Sprintf("%s: %s is outside %s: %s; correct the figure, or name the standard the program follows in the config's reference facts", topic(keyOf(c)), quote(c), f.ShortSource(), want)
			if floor {
				msg = fmt.Sprintf("%s: %s states only the floor of %s: %s; say \"at least\", or give the range", topic(keyOf(c)), quote(c), f.ShortSource(), want)
			}
			out = append(out, checker.Finding{
				Severity:  sev,
				Kind:      string(c.Kind),
				Subject:   c.Subject.String(),
				Message:   msg,
				Locations: []checker.Location{location(c)},
				Values:    []string{valueKey(c), want},
			})
		}
		for _, f := range out {
			p.Report(f)
		}
		referenceSchedules(p, &g, i, facts, teen)
	}
	return nil
}

// referenceSchedules holds a page's schedule to the weekly reference when
// no weekly figure of the page's own meets it: "three hours each meeting,
// three to five times a week" is 9 to 15 hours a week, which is no Level 1
// outpatient program. One finding per program, for its first schedule
// outside the reference.
func referenceSchedules(p *checker.Pass, g *grouper, i int, facts []checker.ReferenceFact, teen bool) {
	d := p.Docs[i]
	tol := p.Config.Tolerance
	m, keys := g.byKey(g.voiced(p, i))
	for _, k := range keys {
		if k.kind != claims.DaysPerWeek {
			continue
		}
		wk, hk := k, k
		wk.kind, hk.kind = claims.HoursPerWeek, claims.HoursPerDay
		// A weekly figure the page states is held to the reference
		// itself; a schedule it reconciles is then no second finding.
		// ("meets four days a week for four hours each day" beside "at
		// least 20 hours a week": the schedule misses the figure, and is
		// held to the reference too.)
		weekly := sayable(m[wk])
		hpd := withoutOpeningHours(sayable(m[hk]))
		if len(hpd) == 0 {
			hk.kind = claims.SessionLength
			hpd = daySessions(sayable(m[hk]), sayable(m[k]))
		}
		if len(weekly) > 0 {
			// Beside a weekly figure, as in schedule-math: a clock-time
			// entry may time one group of the day, not the day.
			hpd = withoutTimetable(hpd)
		}
		dpw := withoutPartialWeeks(sayable(m[k]), d.Claims)
		if len(hpd) == 0 || len(dpw) == 0 {
			continue
		}
		young := k.population == "adolescent" || k.population == "" && teen
		f, ok := factFor(facts, &claims.Claim{Kind: claims.HoursPerWeek, Subject: k.subject}, young)
		if !ok {
			continue
		}
		ref := f.Interval()
		pairs := schedulePairs(hpd, dpw)
		if len(pairs) == 0 {
			pairs = missedEveryWay(hpd, dpw, ref, tol)
		}
		for _, pair := range pairs {
			got, stated := weeklyProduct(pair, tol)
			if math.IsNaN(got.Hi) || math.IsNaN(stated.Hi) || !stated.Bounded() || reconciled(got, weekly, tol) {
				continue
			}
			sev := p.Check.Severity
			switch {
			case k.subject == claims.OP && hasClockTime(pair[0].Text) && morningStart(pair[0].Text) && stated.Lo >= dayServiceWeek:
				// "Treatment type: Outpatient" over "Patient Timetable:
				// Monday to Friday 10am-4pm": full days by the clock are
				// a day service's hours, or a clinic's opening, on a page
				// that files it as outpatient; no Level 1 week to correct.
				continue
			case !got.Overlaps(ref):
			case pair[0].Qualifier == claims.Approx && pair[1].Qualifier == claims.Approx || impression(pair[0]) || impression(pair[1]) || everyDay(pair[1]):
				// "a few hours a day, a few days a week" overlapping the
				// reference: an impression of the schedule, no figure
				// of it to hold to the reference. (So is one factor of
				// it: "3 to 5 days a week, … a few hours"; and "daily",
				// which names the days a program meets on, most often
				// the weekdays, and counts none: "meets daily from 9:00
				// a.m. to 12:30 p.m.")
				continue
			case (pair[0].Qualifier == claims.Approx || pair[1].Qualifier == claims.Approx) && touchesBound(stated, ref, tol):
				// "two or three times a week, … about three hours" is 6 to
				// 9 hours: a rounded schedule that reaches the reference's
				// bound, the boundary case, not a schedule outside it.
				continue
			case (stated.Lo < ref.Lo*(1-tol.Relative) || stated.Hi > ref.Hi*(1+tol.Relative)) && insideShare(stated, ref) < scheduleInside:
				// A product of two ranges reaches its corners only when
				// both ends meet ("3–4 hours × 3–5 days" is 9–20 at the
				// extremes): a schedule nearly all inside the reference
				// is no finding; one with a quarter of its span outside
				// ("3–5 days × 3–5 hours" is 9–25) is.
				sev = checker.Warning
			default:
				continue
			}
			if f.Severity != 0 && sev == p.Check.Severity {
				sev = f.Severity
			}
			want := claims.FormatRange(f.Min, f.Max) + " " + perUnit[claims.HoursPerWeek]
			product := claims.FormatRange(ptr(stated.Lo), finite(stated.Hi))
			p.Report(checker.Finding{
				Severity: sev,
				Kind:     string(claims.HoursPerWeek),
				Subject:  k.subject.String(),
				Message: fmt.Sprintf("%s: %s × %s makes %s hours a week, outside %s: %s; correct the schedule, or name the standard the program follows in the config's reference facts",
					topic(wk), quote(pair[0]), quote(pair[1]), product, f.ShortSource(), want),
				Locations: locations(pair[:], sameDays(dpw, pair[1])),
				Values:    []string{valueKey(pair[0]), valueKey(pair[1]), want},
			})
			break
		}
	}
}

// withoutPartialWeeks leaves out the days of a list entry that a
// neighbouring entry goes on from with other weekdays and their times:
// "- Tuesday and Thursday, 6:30–9:30 pm" over "- Saturday, 9 am–noon"
// is a part of the week, not all of it.
func withoutPartialWeeks(dpw []*claims.Claim, all []claims.Claim) []*claims.Claim {
	out := dpw[:0:0]
	for _, c := range dpw {
		listPart := c.Listed && slices.ContainsFunc(all, func(o claims.Claim) bool {
			return (o.Block == c.Block+1 || o.Block == c.Block-1) && o.Listed && o.Kind == claims.HoursPerDay && dayTimeOpening(o.Sentence) &&
				!slices.ContainsFunc(all, func(x claims.Claim) bool { return x.Block == o.Block && x.Kind == claims.DaysPerWeek })
		})
		// ("Early groups go from 8 to 11 a.m. on Mondays and Fridays; late
		// groups go from 2 to 5 p.m. on Tuesdays and Thursdays":
		// one sentence sharing the week out by weekday.)
		sharedOut := namesWeekday(c.Text) && slices.ContainsFunc(all, func(o claims.Claim) bool {
			return o.Kind == claims.DaysPerWeek && o.Block == c.Block && o.Sentence == c.Sentence && o.Pos != c.Pos && o.Subject == c.Subject && namesWeekday(o.Text)
		})
		if !listPart && !sharedOut {
			out = append(out, c)
		}
	}
	return out
}

// namesWeekday reports a text naming a day of the week: "Mondays and
// Wednesdays", "Tue / Thu".
func namesWeekday(t string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if weekdayWord(strings.TrimSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// missedEveryWay pairs a page's one daily figure with the count of days
// nearest the reference when every count the page gives misses it on the
// same side: "3.5 hours per day" under a PHP said to meet "five days a
// week" in one place and "Tuesday, Wednesday and Thursday" in another is
// short of 20 hours a week either way. nil when any count meets it.
func missedEveryWay(hpd, dpw []*claims.Claim, ref checker.Interval, tol checker.Tolerance) [][2]*claims.Claim {
	if !oneValue(hpd) {
		return nil
	}
	var best *claims.Claim
	var bestGot checker.Interval
	below, above := 0, 0
	for _, d := range dpw {
		if d.Qualifier != claims.Exact || d.Min == nil || d.Max == nil {
			return nil
		}
		got, _ := weeklyProduct([2]*claims.Claim{hpd[0], d}, tol)
		switch {
		case math.IsNaN(got.Hi) || got.Overlaps(ref):
			return nil
		case got.Hi < ref.Lo:
			below++
			if best == nil || got.Hi > bestGot.Hi {
				best, bestGot = d, got
			}
		default:
			above++
			if best == nil || got.Lo < bestGot.Lo {
				best, bestGot = d, got
			}
		}
	}
	if best == nil || below > 0 && above > 0 {
		return nil
	}
	return [][2]*claims.Claim{{hpd[0], best}}
}

// sameDays is the other ways d's sentence says its days: "meets two
// evenings a week, Tuesday and Thursday" is one schedule said twice.
func sameDays(dpw []*claims.Claim, d *claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, o := range dpw {
		if o != d && o.Block == d.Block && o.Sentence == d.Sentence && valueKey(o) == valueKey(d) {
			out = append(out, o)
		}
	}
	return out
}

// reconciled reports a weekly figure of the page's that meets the
// schedule's product.
// morningStart reports a clock span that opens in the morning ("10am-4pm",
// "9 a.m. to 3 p.m."): a day's hours, not an evening group's.
func morningStart(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "am") || strings.Contains(t, "a.m")
}

// dayServiceWeek is the least week, in hours, that full days by the
// clock make (four days of five hours): past it an outpatient timetable
// is a day service's or a clinic's opening.
const dayServiceWeek = 20

func reconciled(product checker.Interval, weekly []*claims.Claim, tol checker.Tolerance) bool {
	for _, w := range weekly {
		if checker.Widen(w, tol).Overlaps(product) {
			return true
		}
	}
	return false
}

// perUnit names a kind's canonical unit as a reader says it.
var perUnit = map[claims.Kind]string{
	claims.ProgramLength: "days", claims.HoursPerWeek: "h a week", claims.HoursPerDay: "h a day",
	claims.DaysPerWeek: "days a week", claims.SessionLength: "h a session",
}

// factFor picks the reference fact for a claim: the adolescent fact on
// pages about adolescents, the general one otherwise.
func factFor(facts []checker.ReferenceFact, c *claims.Claim, teen bool) (checker.ReferenceFact, bool) {
	var general, young *checker.ReferenceFact
	for i := range facts {
		f := &facts[i]
		if f.Kind != string(c.Kind) || f.Subject != c.Subject.String() {
			continue
		}
		switch f.Audience {
		case "":
			general = f
		case "adolescent":
			young = f
		}
	}
	if teen && young != nil {
		return *young, true
	}
	if general != nil {
		return *general, true
	}
	return checker.ReferenceFact{}, false
}

// adolescent reports whether a sentence speaks of adolescents; words are
// matched by prefix so "teens" counts and "eighteen" does not.
func adolescent(s string) bool {
	if m, ok := asciiWordPrefix(s, adolescentStems); ok {
		return m
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		for _, p := range adolescentStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

var adolescentStems = []string{"adolescen", "teen", "youth", "minors"}

// scheduleInside is the share of a schedule's weekly span that must lie
// inside the reference for the schedule to pass.
const scheduleInside = 0.75

// insideShare is the share of a bounded interval that lies inside ref.
func insideShare(x, ref checker.Interval) float64 {
	if x.Hi <= x.Lo {
		if x.Lo >= ref.Lo && x.Lo <= ref.Hi {
			return 1
		}
		return 0
	}
	lo, hi := math.Max(x.Lo, ref.Lo), math.Min(x.Hi, ref.Hi)
	if hi <= lo {
		return 0
	}
	return (hi - lo) / (x.Hi - x.Lo)
}

// boundary reports a claim that can sit on a level of care's boundary: a
// figure or range as stated. A bound ("fewer than 9 hours", "up to 20")
// says where it stops, and the strict ones cannot be told from the loose.
func boundary(c *claims.Claim) bool {
	return c.Qualifier == claims.Exact || c.Qualifier == claims.Approx || c.Qualifier == claims.UpTo && !strictBound(c)
}

// strictBound reports a cap that excludes its figure ("less than 9
// hours", "under 20"), as the reference's own bounds of outpatient care
// and IOP do.
func strictBound(c *claims.Claim) bool {
	t := strings.ToLower(c.Text)
	for _, w := range []string{"below ", "under ", "fewer than ", "less than ", "<"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// capAtFloor reports a program capped where the reference has its floor:
// "no more than 20 hours a week" for a PHP, whose hours begin at 20. The
// two meet only at the bound.
func capAtFloor(c *claims.Claim, stated, ref checker.Interval) bool {
	if c.Min != nil || c.Max == nil || c.OpenEnded || ref.Lo <= 0 || stated.Hi > ref.Lo {
		return false
	}
	// (A strict cap at the floor lies wholly below any level: "less than
	// 9 hours" for an IOP too.)
	return math.IsInf(ref.Hi, 1) || strictBound(c)
}

// floorAsWhole reports a general statement that gives a level's floor as
// the whole figure: "Under ASAM guidelines, an IOP is 9 hours per week",
// "PHP is 20 hours a week of treatment". The level begins there; a
// reader takes it for all there is. (A provider's own program at the
// floor, "Our IOP runs 9 hours a week", meets the reference; and "at
// least 9 hours" says it rightly.)
func floorAsWhole(c *claims.Claim, stated, ref checker.Interval) bool {
	if c.Scope != claims.General || c.Kind != claims.HoursPerWeek || c.FactBox ||
		c.Qualifier != claims.Exact && c.Qualifier != claims.Approx || c.Min == nil || c.Max == nil || *c.Min != *c.Max || ref.Lo <= 0 || stated.Lo != ref.Lo {
		return false
	}
	l := strings.ToLower(c.Sentence)
	k := strings.Index(l, strings.ToLower(c.Text))
	return k >= 0 && levelIs.MatchString(l[:k])
}

// levelIs ends on a level of care said to be its figure: "an intensive
// outpatient program is", "IOP requires about", "ASAM defines IOP as",
// "ASAM recommends that PHPs provide".
var levelIs = regexp.MustCompile(`(?:\b(?:iops?|phps?|intensive\s+outpatient(?:\s+(?:programs?|treatment|care))?|partial\s+hospitali[sz]ation(?:\s+(?:programs?|treatment|care))?)\s+(?:\([a-z]+\)\s+)?(?:is|are|requires?|means|involves|(?:is\s+)?defined\s+as|(?:should\s+|must\s+)?(?:provides?|offers?|delivers?))|\bdefines?\s+(?:an?\s+)?(?:iop|php|intensive\s+outpatient(?:\s+program)?|partial\s+hospitali[sz]ation(?:\s+program)?)\s+as)\s+(?:(?:about|around|roughly|approximately|typically|usually|generally|just|only)\s+)?$`)

// strictlyBelowNext reports a bound that stops short of the whole number
// after the reference's top: "staying below 20 hours" is the 9-19 hours of
// an IOP, 20 being where partial hospitalization begins.
func strictlyBelowNext(c *claims.Claim, top float64) bool {
	if c.Max == nil || top != math.Trunc(top) || *c.Max != top+1 {
		return false
	}
	return strictBound(c)
}

// everyDay reports days given as "daily" or "every day".
func everyDay(c *claims.Claim) bool {
	switch strings.ToLower(strings.TrimSpace(c.Text)) {
	case "daily", "every day", "each day":
		return true
	}
	return false
}

// impression reports a figure given as an impression: "a few hours",
// "several days", "a couple of evenings".
func impression(c *claims.Claim) bool {
	t := strings.ToLower(strings.TrimSpace(c.Text))
	return strings.HasPrefix(t, "a few ") || strings.HasPrefix(t, "several ") || strings.HasPrefix(t, "a couple")
}

// touchesBound reports a stated range that reaches the reference's lower
// or upper bound, within tolerance, from outside it.
//
// The span must lie close below the bound, within a third of it ("6 to 9"
// for a floor of 9): "one to three times a week … about three hours" is
// 3 to 9 hours, mostly far below, and is held to the reference.
func touchesBound(stated, ref checker.Interval, tol checker.Tolerance) bool {
	near := func(a, b float64) bool { return math.Abs(a-b) <= b*tol.Relative }
	return near(stated.Hi, ref.Lo) && stated.Lo >= ref.Lo*2/3 ||
		!math.IsInf(ref.Hi, 1) && near(stated.Lo, ref.Hi) && stated.Hi <= ref.Hi*4/3
}

// sharedFigures is where one figure is read as two programs' at once,
// given to either of the programs a sentence names ("IOP or outpatient
// therapy, usually 9 to 12 hours a week").
func sharedFigures(cs []claims.Claim) map[corpus.Position]bool {
	var out map[corpus.Position]bool
	for i := 1; i < len(cs); i++ {
		for j := max(0, i-3); j < i; j++ {
			if a, b := &cs[i], &cs[j]; a.Pos == b.Pos && a.Kind == b.Kind && a.Subject != b.Subject && a.Text == b.Text {
				if out == nil {
					out = map[corpus.Position]bool{}
				}
				out[a.Pos] = true
			}
		}
	}
	return out
}
