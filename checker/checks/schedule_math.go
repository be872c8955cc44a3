package checks

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// ScheduleMath reports a weekly total that the stated daily schedule cannot produce.
var ScheduleMath = &checker.Check{
	ID:       "schedule-math",
	Title:    "Hours a day × days a week cannot match the stated hours a week",
	Severity: checker.Warning,
	Doc: `schedule-math multiplies a page's hours-per-day by its days-per-week for
one subject ("3–4 hours daily, 3–5 days a week" gives 9–20 hours a week) and
compares the product with the hours-per-week the same page states for that
subject. Clock-time entries ("groups run from 9 a.m. to 12 p.m.") time one
group or track rather than the day (unless a "Schedule:" or "Program hours:" line, a
line labelled with the program alone ("PHP: four days a week, 9 a.m.–1 p.m."), or
"Program days are …" gives them as the program's, or the page's only clock time is
a line of the program's named days under a heading about when it meets:
"Mondays, Wednesdays and Thursdays, 5:30-8:30 p.m." under "When we meet", or
a sentence times the program on named days and totals the week itself: "…
meets Tuesdays, Wednesdays and Fridays from 9 a.m. to 1:30 p.m., for a total
of 15 hours a week", unless the span is named as groups'), and
"daily" is no count of days, so neither is
multiplied; nor is a program's opening span ("9:00 a.m. to
3:30 p.m.") where the page also states the day's hours of treatment in
words, since the span holds lunch and breaks. A schedule is paired with a
weekly figure only when both come from the same block (a composite
schedule), or when the page states exactly one of each, or one exact
figure of each said more than once ("Five days a week, Monday–Friday"
below "Six hours of programming per day"); of the days in an
hours-a-day figure's own sentence only the nearest are its days.

The page is reported when the product is disjoint from every
hours-per-week statement on the page after tolerance (a warning), and, for
information, when it only overlaps them: "3 to 5 days, 3 to 4 hours a day"
makes 9 to 20 hours, of which "9 to 12 hours a week" covers only part. A
weekly total that names itself the clinical part of the week ("25 hours of
clinical programming a week", "of scheduled therapy") may be smaller than a day given as its span
("8 a.m. to 3 p.m.", "a seven-hour day", or hours a day said with the lunch they
hold: "six hours a day, … with a 30-minute lunch"), down to half of it, where the
page says the day also holds school, lunch, breaks or meals. A
weekly figure that holds the whole product reconciles the schedule, as does
an approximate or open one that meets it ("about 15 hours a week" is a
typical week within 9 to 20, not its bounds), or a range wider than 4
times from low to high ("6 to 30 hours"). An approximate figure meets the
schedule as stated, not as widened by tolerance, since the "about" is its
slack: "about 12 hours a week" beside 3 hours a day, 5 days a week covers
the 15 hours only in part. Sessions of 45 to 60 minutes count as an hour
each, as clinics count them: "one or two appointments a week, each about
fifty minutes" is "one or two hours a week". A bound ("at least 12 hours a
week") holds a schedule only when all of it meets the bound: "2 to 5
hours a day, 3 to 5 days a week" reaches below it. A schedule given as a
minimum ("at least three hours a day, at least three days a week") makes
a minimum week: a total at or above it meets it, and so does a ceiling at
or above its floor ("no more than 19 hours a week"), the week between the
two. A schedule given as a maximum ("no more than 3 hours a day, three days
a week") makes a maximum week, which a total at or under it meets. A
page that gives several sessions a day of one length ("two 3-hour
sessions per day") gives the day's hours as their sum. Contradictions between weekly
statements themselves are within-page's. A page that gives session lengths
and no daily hours is read as holding one session a day, the usual case
for IOP and PHP; when it gives another service's sessions too ("One
60-minute individual session each week" beside "One 90-minute group each
week"), or its hours a day are the groups' ("Groups run three hours a day on
three days each week" beside "Each member also has one individual session
each week", or "plus one 90-minute group on Saturday mornings"; not the
groups' own length, "Group sessions last 90 minutes each", nor the groups
told again, "Group therapy is also held three days a week"), its weekly total may add them up, once a week each: a product
under the total is reported only when the sessions cannot make up the
rest, and one above it always. A total whose sentence adds a service
before it ("…, plus one individual therapy hour, for a total of ten
hours") may exceed the product too; what is added after the total ("12
hours a week, along with one individual session") is outside it.

Claims are paired as in within-page (same subject, population, variant,
scope and attribution), except that a weekly figure said of every track
("Both of our PHP formats run at least 20 hours a week") holds each track
that gives a day's hours but no week of its own; examples, conditions, "some programs" statements
and denials are left out, since a worked example ("2 days × 4 hours")
illustrates arithmetic rather than stating the schedule; so are amounts
said as "a few" or "several" ("for a few hours, three evenings a week"),
a reader's guess at two to four, too loose to multiply. Several schedules
that miss the same weekly total are one finding. One exception: a
schedule some programs have, stated in one sentence ("Some PHPs meet just
three days a week, four hours a day"), is held to a weekly figure the
page says of every program ("By definition, a PHP provides at least 20
hours of treatment a week"), which it is a counterexample to.

Severity: warning, because the arithmetic assumes every stated day runs the
stated hours. To fix: make the schedule and the weekly total agree.`,
	Run: runScheduleMath,
}

// wideRange is the ratio of high to low past which a weekly range is a
// hedge rather than bounds.
const wideRange = 4

func runScheduleMath(p *checker.Pass) error {
	tol := p.Config.Tolerance
	var g grouper
	var shared []sharedMiss
	for i, d := range p.Docs {
		m, keys := g.byKey(g.voiced(p, i))
		for _, w := range weeklyFigures(m, keys) {
			k, hpw := w.k, w.hpw
			hk, dk := k, k
			hk.kind, dk.kind = claims.HoursPerDay, claims.DaysPerWeek
			someBreakRule(p, m[k], someFigures(m[hk]), someFigures(m[dk]), k, tol)
			daily, days, hpd, dpw, bySession := weekSchedule(m, k)
			// A week told in sessions may add other services' sessions
			// to the total: "One 60-minute individual session each
			// week" and "One 90-minute group each week" make "about two
			// and a half hours a week". A product under the total then
			// says nothing; one above it still does.
			extra := 0.0
			if bySession {
				extra = otherSessions(d.Claims)
			}
			if (len(hpd) == 0 || len(dpw) == 0) && len(hpw) > 0 {
				if h, day := soleClockedWeek(daily, days, d.Claims); h != nil {
					hpd, dpw = []*claims.Claim{h}, []*claims.Claim{day}
				} else if h, day := trackClockedWeek(k, daily, days); h != nil {
					hpd, dpw = []*claims.Claim{h}, []*claims.Claim{day}
				} else if h, day := totalledClockedWeek(daily, days, hpw); h != nil {
					hpd, dpw = []*claims.Claim{h}, []*claims.Claim{day}
				}
			}
			if len(hpd) == 0 || len(dpw) == 0 || len(hpw) == 0 {
				continue
			}
			// One finding per weekly total: every schedule on the page
			// that cannot make it is a location of the same problem.
			// A schedule that can make only part of the stated range
			// (or reaches past it) is reported too, for information.
			var bad, part [][2]*claims.Claim
			for _, pair := range schedulePairs(hpd, dpw) {
				// ("sessions for a few hours, several days a week": an
				// amount in words of that kind is a reading's guess at
				// 2 to 4, too loose to multiply.)
				if wordedLoosely(pair[0]) || wordedLoosely(pair[1]) {
					continue
				}
				prod, exact := weeklyProduct(pair, tol)
				if math.IsNaN(prod.Hi) || math.IsNaN(exact.Hi) {
					continue
				}
				fits, meets := false, false
				// ("one or two appointments a week, each about fifty
				// minutes" beside "OP is one or two" hours: sessions of
				// 45 to 60 minutes are counted as hours.)
				hourly := clinicalHours(pair)
				// ("Groups run three hours a day on three days each week"
				// beside "each member also has a weekly individual
				// session": the groups are a part of the week, which the
				// sessions add to.)
				// (Only sessions on top of the groups add to them: a
				// group's own length is a part of the groups' hours. And the
				// groups' product is taken as stated: a session of at
				// most 90 minutes must make up the rest.)
				add, base := extra, prod
				if add == 0 && groupsTimed(pair[0]) {
					add, base = addedSessions(d.Claims), exact
				}
				for _, w := range hpw {
					ww := checker.Widen(w, tol)
					meets = meets || ww.Overlaps(prod)
					// "About 15 hours" names a typical week inside the
					// schedule's range, not the range's bounds; nor does a
					// range as wide as "6 to 30 hours" mark bounds a
					// schedule could fall short of.
					// A bound ("at least 12 hours a week") holds a schedule
					// only when all of it meets the bound.
					loose := w.Qualifier == claims.Approx || w.Qualifier == claims.Vague || ww.Bounded() && ww.Hi > wideRange*ww.Lo
					// (An "about" already forgives a fifth: it meets the
					// schedule as stated, not the schedule widened again.)
					near := prod
					if w.Qualifier == claims.Approx {
						near = exact
					}
					// ("three sessions a week of three hours each, plus one
					// individual therapy hour, for a total of ten hours":
					// the total adds what the sentence adds.)
					// ("School lessons take up two hours of that seven-hour day. Each
					// student has about 25 hours of clinical programming a
					// week": a part of the days the span holds.)
					fits = fits || partOfSpan(w, pair[0]) && ww.Hi < exact.Lo && ww.Lo >= exact.Lo/2 ||
						ww.Lo <= exact.Lo && exact.Hi <= ww.Hi || loose && ww.Overlaps(near) || hourly != nil && ww.Lo <= hourly.Lo && hourly.Hi <= ww.Hi ||
						add > 0 && base.Hi <= ww.Hi && ww.Lo <= base.Hi+add || addsMore(w) && prod.Hi <= ww.Hi ||
						// ("at least two hours a day, three days a week":
						// a minimum week, which a total above it meets.)
						math.IsInf(exact.Hi, 1) && checker.Widen(w, checker.Tolerance{}).Lo >= exact.Lo ||
						// ("at least three hours a day, at least three days a
						// week, and no more than 19 hours a week": a floor and
						// a ceiling, the week between them.)
						math.IsInf(exact.Hi, 1) && w.Qualifier == claims.UpTo && ww.Hi >= exact.Lo ||
						// ("up to five hours a day, four to six days a
						// week" beside "at least 18 hours a week": a
						// ceiling and a floor under it.)
						exact.Lo == 0 && w.Qualifier == claims.AtLeast && checker.Stated(w).Lo <= exact.Hi ||
						// ("no more than 3 hours a day, three days a week"
						// beside "nine hours a week": a ceiling week, which
						// a total at or under it meets.)
						exact.Lo == 0 && !math.IsInf(exact.Hi, 1) && checker.Stated(w).Hi <= exact.Hi
				}
				switch {
				case fits:
				case meets:
					part = append(part, pair)
				default:
					bad = append(bad, pair)
				}
			}
			partial := len(bad) == 0
			bad = append(bad, part...)
			if len(bad) == 0 {
				continue
			}
			pair := bad[0]
			var locs []*claims.Claim
			for _, b := range bad {
				locs = append(locs, b[0], b[1])
			}
			_, exact := weeklyProduct(pair, tol)
			product := claims.FormatRange(ptr(exact.Lo), finite(exact.Hi))
			sev, format := p.Check.Severity, "%s: %s × %s makes %s hours a week%s, but the page says %s; make the schedule and the weekly total agree"
			if partial {
				sev, format = checker.Info, "%s: %s × %s makes %s hours a week%s, which the page's %s covers only in part; make the schedule and the weekly total agree"
			}
			// Two tracks' schedules held to one figure said of every
			// track ("both tracks provide 12 hours a week") are one
			// weekly total missed: one finding, the second track's
			// schedule among its locations.
			if j := slices.IndexFunc(shared, func(f sharedMiss) bool { return f.hpw[0] == hpw[0] && f.finding.Severity == sev }); k.variant != "" && j >= 0 {
				shared[j].others += len(bad)
				shared[j].locs = append(shared[j].locs, locs...)
				continue
			}
			miss := sharedMiss{others: len(bad) - 1, locs: locs, hpw: hpw,
				format: format, topic: topic(k), pair: pair, product: product, finding: checker.Finding{
					Severity: sev,
					Kind:     string(claims.HoursPerWeek),
					Subject:  k.subject.String(),
					Values:   sortedValues(valueKey(pair[0]), valueKey(pair[1]), valueKey(hpw[0])),
				}}
			if k.variant == "" {
				miss.report(p)
				continue
			}
			shared = append(shared, miss)
		}
		for _, m := range shared {
			m.report(p)
		}
		shared = shared[:0]
	}
	return nil
}

// sharedMiss is a weekly total (hpw[0]) a page's schedules cannot make,
// gathered until every track held to it has been read.
type sharedMiss struct {
	others  int
	locs    []*claims.Claim
	hpw     []*claims.Claim
	format  string
	topic   string
	pair    [2]*claims.Claim
	product string
	finding checker.Finding
}

func (m sharedMiss) report(p *checker.Pass) {
	more := ""
	if m.others > 0 {
		more = fmt.Sprintf(" (and %s)", plural(m.others, "other schedule", "other schedules"))
	}
	f := m.finding
	f.Message = fmt.Sprintf(m.format, m.topic, quote(m.pair[0]), quote(m.pair[1]), m.product, more, quote(m.hpw[0]))
	f.Locations = locations(firstBy(m.locs, func(c *claims.Claim) string { return fmt.Sprint(c.Block, c.Span) }), m.hpw)
	p.Report(f)
}

// weekSchedule reads the schedule of the program under k (a key of any
// kind): its hours a day as stated (daily, opening hours left out) and
// its days (days), and of those the hours a day and the days a week
// schedule-math multiplies (hpd, dpw). A page that gives session lengths
// and no daily hours gives its day that way (bySession): an IOP or PHP
// usually holds one session a day.
func weekSchedule(m map[key][]*claims.Claim, k key) (daily, days, hpd, dpw []*claims.Claim, bySession bool) {
	hk, dk, sk := k, k, k
	hk.kind, dk.kind, sk.kind = claims.HoursPerDay, claims.DaysPerWeek, claims.SessionLength
	daily, days = withoutOpeningHours(sayable(m[hk])), sayable(m[dk])
	hpd, dpw = statedOverClock(withoutTimetable(daily)), definiteDays(days)
	if len(hpd) == 0 {
		hpd = daySessions(sayable(m[sk]), days)
		bySession = len(hpd) > 0
	}
	return daily, days, hpd, dpw, bySession
}

// daySessions keeps the session lengths that may be a day's one session:
// in an IOP or a PHP, an hour and a half or more, or one given in the
// sentence that counts the days ("three evenings a week, 80-minute
// sessions"). ("Each session is 45 minutes", "sessions last about 50
// minutes" said apart: a counseling visit, one of the day's, which times
// no day; an outpatient visit of an hour is its day.)
func daySessions(cs, days []*claims.Claim) []*claims.Claim {
	return slices.DeleteFunc(slices.Clone(cs), func(c *claims.Claim) bool {
		if c.Subject != claims.IOP && c.Subject != claims.PHP {
			return false
		}
		// ("Each group runs 90 minutes, and clients attend two groups
		// a day": one of the day's sessions, whatever its length.)
		if severalADay.MatchString(strings.ToLower(c.Sentence)) {
			return true
		}
		if slices.ContainsFunc(days, func(d *claims.Claim) bool { return d.Pos.Line == c.Pos.Line && d.Sentence == c.Sentence }) {
			return false
		}
		top := c.Max
		if top == nil {
			top = c.Min
		}
		return top == nil || *top < minDaySession
	})
}

// severalADay counts a program day's sessions or groups past one: "two
// groups a day", "three sessions each day", "twice a day".
var severalADay = regexp.MustCompile(`\b(?:two|three|four|five|several|multiple|[2-5])\s+(?:[a-z-]+\s+)?(?:groups|sessions|classes|meetings)\s+(?:a|per|each|every)\s+(?:day|evening|morning)\b|\b(?:twice|three\s+times)\s+(?:a|per|each)\s+day\b`)

// minDaySession is the shortest session, in hours, read as a program's
// day when the page gives no hours a day.
const minDaySession = 1.5

// partOfSpan reports a weekly total that names itself a part of the time
// ("25 hours of clinical care", "of therapy") beside a day given
// as its span ("8:30 a.m. to 2:30 p.m.", "a six-hour day"), where the
// page says the day holds lunch, breaks or school as well: a smaller week
// is then no contradiction.
func partOfSpan(w, h *claims.Claim) bool {
	k := strings.Index(w.Sentence, w.Text)
	if k < 0 || !partOfTime.MatchString(w.Sentence[k+len(w.Text):]) {
		return false
	}
	// (Only where the page says what else the day holds: "That comes to
	// 20 hours of treatment per week" beside a span alone misses it.)
	if !otherTime.MatchString(w.Sentence) && !otherTime.MatchString(h.Sentence) {
		return false
	}
	// ("PHP runs six hours a day, five days a week, … with a 30-minute
	// lunch": a day in words said with the lunch it holds is a span too.)
	if hasClockTime(h.Text) || dayHolds.MatchString(h.Sentence) {
		return true
	}
	j := strings.Index(h.Sentence, h.Text)
	return j >= 0 && strings.HasPrefix(strings.TrimLeft(strings.ToLower(h.Sentence[j+len(h.Text):]), " "), "day")
}

// dayHolds names what a day holds besides treatment ("after school" is
// when, not what).
var dayHolds = regexp.MustCompile(`(?i)\b(?:schooling|schoolwork|` + dayParts + `)\b`)

// dayParts are the parts of a day besides treatment that dayHolds and
// otherTime share.
const dayParts = `classroom|lunch|breaks?|recreation|meals?|academics?|tutoring|homework`

var otherTime = regexp.MustCompile(`(?i)\b(?:school(?:ing|work)?|` + dayParts + `)\b`)

var partOfTime = regexp.MustCompile(`^\s*(?:a\s+week\s+|each\s+week\s+|per\s+week\s+|weekly\s+)?of\s+(?:(?:direct|scheduled|structured|actual)\s+)?(?:clinical|therapeutic|therapy|counseling|counselling|treatment)\b`)

// weekly is a weekly total a track's schedule is held to.
type weekly struct {
	k   key
	hpw []*claims.Claim
}

// weeklyFigures are the hours-per-week figures of a page, by key, and
// for each track that states a day's hours but no week of its own, the
// week the page says of every track: "Virtual PHP meets five days a
// week for three hours a day" beside "Both of our PHP formats run at least
// 20 hours of care every week".
func weeklyFigures(m map[key][]*claims.Claim, keys []key) []weekly {
	var out []weekly
	for _, k := range keys {
		if k.kind == claims.HoursPerWeek {
			out = append(out, weekly{k, sayable(m[k])})
		}
	}
	for _, k := range keys {
		if k.kind != claims.HoursPerDay || k.variant == "" {
			continue
		}
		wk, base := k, k
		wk.kind, base.kind, base.variant = claims.HoursPerWeek, claims.HoursPerWeek, ""
		if len(m[wk]) > 0 {
			continue
		}
		var every []*claims.Claim
		for _, c := range sayable(m[base]) {
			if force(c) == claims.Universal {
				every = append(every, c)
			}
		}
		if len(every) > 0 {
			out = append(out, weekly{wk, every})
		}
	}
	return out
}

// addsMore reports a weekly total whose sentence adds something to the
// schedule before summing it: "…, plus one individual therapy hour, for
// a total of ten hours". (What is added after the total is outside it:
// "12 hours of treatment each week, along with one individual session".)
func addsMore(c *claims.Claim) bool {
	l, ok := lowerBefore(c)
	if !ok {
		return false
	}
	for _, w := range []string{" plus ", "in addition to", " along with "} {
		// ("In addition to Medicaid, we accept … our IOP, which provides
		// 12 hours": what is added must be a service.)
		if k := strings.LastIndex(l, w); k >= 0 && containsAny(l[k:], "session", "hour", "therap", "counsel", "group", "visit", "appointment", "management", "check-in", "medication") {
			return true
		}
	}
	return false
}

// groupsTimed reports hours a day said of the program's groups ("Groups
// run three hours a day", "group sessions last 3 hours a day"), not of
// the whole day.
func groupsTimed(h *claims.Claim) bool {
	l, ok := lowerBefore(h)
	return ok && groupsBefore.MatchString(l)
}

// groupsBefore names the groups as what the hours time: "groups meet",
// "group sessions run", "process groups last".
var groupsBefore = regexp.MustCompile(`\bgroups?(?:\s+(?:sessions?|therapy))?\s+(?:meet|meets|run|runs|last|lasts|are held|take place|go)\b`)

// addedSessions is otherSessions of the sessions said to come on top of
// the groups timed by the hours a day: individual therapy, and a group
// said to be added ("plus one 90-minute group on Saturday mornings"), not
// the timed groups' own length ("Group sessions last 90 minutes each").
func addedSessions(page []claims.Claim) float64 {
	var own []claims.Claim
	for i := range page {
		c := &page[i]
		if c.Subject == claims.IndividualTherapy || c.Subject == claims.GroupTherapy && addedBefore(c) {
			own = append(own, *c)
		}
	}
	return otherSessions(own)
}

// addedBefore reports a group's figure said to come on top of the others
// right before it: "plus one 90-minute group", "an additional 90-minute
// group", "in addition, a weekly group". (Not "Group sessions on Mondays
// last 90 minutes", nor "Group therapy is also held three days a week":
// the timed groups again.)
func addedBefore(c *claims.Claim) bool {
	l, ok := lowerBefore(c)
	return ok && addedGroup.MatchString(l[max(0, len(l)-25):])
}

// lowerBefore is c's sentence before c, lower-cased; false when the
// sentence does not hold c's text.
func lowerBefore(c *claims.Claim) (string, bool) {
	l := strings.ToLower(c.Sentence)
	at := strings.Index(l, strings.ToLower(c.Text))
	if at < 0 {
		return "", false
	}
	return l[:at], true
}

// addedGroup is the word that adds a group, then at most a few words.
var addedGroup = regexp.MustCompile(`\b(?:plus|additional|extra|in addition)\b[^,;.]{0,20}$`)

// untimedSession is the most an individual session of no stated length
// is taken to last: 90 minutes.
const untimedSession = 1.5

// otherSessions is the weekly hours of the therapy sessions the page
// gives beside the program's groups, each held once a week (an individual
// session of 60 minutes, a family session of 50): what a weekly total may
// add to the groups. Zero when it gives none.
//
// Weekly sessions of another service whose length the page does not give
// ("Individual therapy once a week") count as untimedSession hours each.
func otherSessions(page []claims.Claim) float64 {
	sum := 0.0
	timed, untimed := false, 0
	for i := range page {
		c := &page[i]
		if c.Subject != claims.IndividualTherapy && c.Subject != claims.GroupTherapy {
			continue
		}
		switch {
		case c.Kind == claims.SessionLength && c.Max != nil:
			sum += *c.Max
			timed = true
		case c.Kind == claims.DaysPerWeek && (c.Max != nil || c.Min != nil):
			// ("at least two individual sessions each week": two, the
			// sessions the page promises.)
			n := c.Max
			if n == nil {
				n = c.Min
			}
			untimed += int(math.Ceil(*n))
		}
	}
	// (Credited as a long session each, not without bound: one weekly
	// session cannot fill six hours.)
	if untimed > 0 && !timed {
		return sum + untimedSession*float64(untimed)
	}
	return sum
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sayable keeps the claims that state the program's schedule: not
// examples, conditions, "some programs" or denials.
func sayable(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if acrossForce(c) && !negated(c) {
			out = append(out, c)
		}
	}
	return out
}

// weeklyProduct multiplies a schedule's hours a day by its days a week,
// after tolerance (widened) and as written (stated).
// clinicalHours is the week of a schedule whose meetings last 45 to 60
// minutes, counted an hour each as such sessions are ("one or two
// appointments a week, each about fifty minutes" is one or two hours);
// nil for any other schedule.
func clinicalHours(pair [2]*claims.Claim) *checker.Interval {
	h := checker.Stated(pair[0])
	if h.Lo < 0.75 || h.Hi > 1 {
		return nil
	}
	d := checker.Stated(pair[1])
	return &checker.Interval{Lo: d.Lo, Hi: d.Hi}
}

func weeklyProduct(pair [2]*claims.Claim, tol checker.Tolerance) (widened, stated checker.Interval) {
	h, d := checker.Widen(pair[0], tol), checker.Widen(pair[1], tol)
	sh, sd := checker.Stated(pair[0]), checker.Stated(pair[1])
	return checker.Interval{Lo: h.Lo * d.Lo, Hi: h.Hi * d.Hi}, checker.Interval{Lo: sh.Lo * sd.Lo, Hi: sh.Hi * sd.Hi}
}

// schedulePairs pairs hours-per-day with days-per-week claims stated in the
// same block, or the only two when the page has one of each (or one exact
// figure of each, said more than once).
func schedulePairs(hpd, dpw []*claims.Claim) [][2]*claims.Claim {
	var out [][2]*claims.Claim
	byBlock := map[int][]int{} // dpw's indexes by block, in order
	for i, d := range dpw {
		byBlock[d.Block] = append(byBlock[d.Block], i)
	}
	var sorted map[int][]int
	for _, h := range hpd {
		same := byBlock[h.Block]
		if len(same) > maxSchedulePartners {
			if sorted == nil {
				sorted = map[int][]int{}
			}
			if sorted[h.Block] == nil {
				sorted[h.Block] = byStart(dpw, same)
			}
			same = nearestTo(dpw, sorted[h.Block], h, maxSchedulePartners)
		}
		// "runs three hours a day on three days a week, and holds a
		// family night once a week": of the days in the hours' own
		// sentence only the nearest go with them; the block's other
		// sentences are each paired.
		// ("9:00 a.m. - 3:00 p.m. weekdays, 9:00 a.m. - 12:00 p.m.
		// Saturday": days nearer another hours claim of the sentence are
		// that one's.)
		var near *claims.Claim
		for _, i := range same {
			if d := dpw[i]; h.Sentence == d.Sentence && (near == nil || dist(h, d) < dist(h, near)) && !nearerHours(hpd, h, d) {
				near = d
			}
		}
		for _, i := range same {
			if d := dpw[i]; h.Sentence != d.Sentence || d == near {
				out = append(out, [2]*claims.Claim{h, d})
			}
		}
	}
	// A page with one daily figure and one weekly count, each perhaps
	// said twice ("Five days a week, Monday–Friday" in a list, "Six hours
	// of programming per day" in the line above), states one schedule.
	// (Only exact figures and daily hours: a session length stands for
	// the day only when the page gives it once, and "daily" is no count.)
	if len(out) == 0 && (len(hpd) == 1 && len(dpw) == 1 || oneValue(hpd) && oneValue(dpw)) {
		out = append(out, [2]*claims.Claim{hpd[0], dpw[0]})
	}
	return out
}

// oneValue reports claims that all state the same exact figure, none of
// them a session length.
func oneValue(cs []*claims.Claim) bool {
	if len(cs) == 0 {
		return false
	}
	v := valueKey(cs[0])
	for _, c := range cs {
		if valueKey(c) != v || c.Qualifier != claims.Exact || c.Kind == claims.SessionLength {
			return false
		}
	}
	return true
}

// nearerHours reports another hours claim of h's sentence and block with
// less text between it and d than h has.
func nearerHours(hpd []*claims.Claim, h, d *claims.Claim) bool {
	for _, o := range hpd {
		if o != h && o.Block == h.Block && o.Sentence == h.Sentence && gap(o, d) < gap(h, d) {
			return true
		}
	}
	return false
}

// gap is how much text lies between two claims of one block.
func gap(a, b *claims.Claim) int {
	if a.Span.Start > b.Span.Start {
		a, b = b, a
	}
	return max(0, b.Span.Start-a.Span.End)
}

// maxSchedulePartners bounds the days-per-week claims an hours-per-day
// claim is paired with in its block: the labelled pages have at most five
// in a block, and a list of thousands of schedules flattened into one
// paragraph made the pairs grow as its square.
const maxSchedulePartners = 16

// byStart returns idx (indexes into cs) ordered by where the claims start.
func byStart(cs []*claims.Claim, idx []int) []int {
	out := slices.Clone(idx)
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(cs[a].Span.Start, cs[b].Span.Start) })
	return out
}

// nearestTo returns the k claims of sorted (indexes into cs, ordered by
// start) that start nearest to h, in index order.
func nearestTo(cs []*claims.Claim, sorted []int, h *claims.Claim, k int) []int {
	at, _ := slices.BinarySearchFunc(sorted, h.Span.Start, func(i, start int) int { return cmp.Compare(cs[i].Span.Start, start) })
	lo, hi := at-1, at
	out := make([]int, 0, k)
	for len(out) < k && (lo >= 0 || hi < len(sorted)) {
		if hi >= len(sorted) || lo >= 0 && dist(h, cs[sorted[lo]]) <= dist(h, cs[sorted[hi]]) {
			out = append(out, sorted[lo])
			lo--
		} else {
			out = append(out, sorted[hi])
			hi++
		}
	}
	slices.Sort(out)
	return out
}

// dist is how far apart two claims of one block start.
func dist(a, b *claims.Claim) int {
	return max(a.Span.Start-b.Span.Start, b.Span.Start-a.Span.Start)
}

func ptr(v float64) *float64 {
	if v <= 0 {
		return nil
	}
	return &v
}

func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

// withoutOpeningHours drops the hours a day read from a clock span
// longer than any outpatient program's day: more than 8 hours for an IOP
// or outpatient care, more than 9.5 for a PHP ("(Mon–Fri, 8 a.m. to 7
// p.m.)" after a phone number, "Friday 8:00 a.m.–5:00 p.m." in a clinic's
// hours). They are when a line or an office is open, so they time no
// schedule. (No labelled page gives such a program a longer day.) The
// claims stay, and still tell that the page times a program of its own.
func withoutOpeningHours(cs []*claims.Claim) []*claims.Claim {
	out := cs[:0:0]
	for _, c := range cs {
		if c.Kind == claims.HoursPerDay && c.Min != nil && hasClockTime(c.Text) &&
			(*c.Min > 8 && (c.Subject == claims.IOP || c.Subject == claims.OP) || *c.Min > 9.5 && c.Subject == claims.PHP) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// soleClockedWeek returns the one line of a page that times its program
// by the clock on named days, with the days: "Tuesdays, Wednesdays and
// Thursdays, 6:00-9:00 p.m., in the Conference Center" under "When we
// meet", "Group nights are Monday, Tuesday and Thursday, from 6:15 to 9:15
// p.m.". With no other clock time for the program on the page, it is the
// program's week, not one track's or group's entry. Nil when the line
// opens on anything but its days (or a label for them), when the heading
// over it is not about when the program meets ("Contact us", "Family
// visits", "Drug testing"), when the page gives the program a second
// clock time ("Plus a three-hour Saturday group, 9:00 to noon"), or when the
// span is one part of the day ("from 6:00 to 7:30 p.m., then check-ins
// until 9:00").
func soleClockedWeek(hpd, dpw []*claims.Claim, page []claims.Claim) (h, d *claims.Claim) {
	h = onlyClocked(hpd)
	if h == nil || !timetable(h) || partOfDay(h.Sentence) || !h.FactBox && !h.WhenHeading {
		return nil, nil
	}
	for i := range page {
		if c := &page[i]; c.Subject == h.Subject && c.Sentence != h.Sentence && hasClockTime(c.Sentence) {
			return nil, nil
		}
	}
	for _, c := range dpw {
		if c.Sentence != h.Sentence || c.Block != h.Block || c.Qualifier != claims.Exact || len(weekdayName.FindAllStringIndex(c.Text, 3)) < 2 {
			continue
		}
		i := strings.Index(c.Sentence, c.Text)
		if i < 0 || !daysLineOpening.MatchString(c.Sentence[:i]) {
			continue
		}
		return h, c
	}
	return nil, nil
}

// onlyClocked is the one claim of hpd timed by the clock, nil when there
// is none or more than one.
func onlyClocked(hpd []*claims.Claim) *claims.Claim {
	var h *claims.Claim
	for _, c := range hpd {
		if !hasClockTime(c.Text) {
			continue
		}
		if h != nil {
			return nil
		}
		h = c
	}
	return h
}

// trackClockedWeek returns a named track's one line timed by the clock on
// named days, with the days: "The evening track meets Monday, Wednesday
// and Thursday from 6:00 to 9:00 p.m.", a timetable's row "| Evening |
// Mon · Wed · Thu | 6:00 PM – 9:00 PM |". Each track of a page has such a
// line, so soleClockedWeek, which asks for one on the page, leaves them;
// a track's line is its week all the same, held to a weekly figure said
// of every track. Nil for the program itself (k names no track), for a
// track timed twice, or for a span that is one part of the day.
func trackClockedWeek(k key, hpd, dpw []*claims.Claim) (h, d *claims.Claim) {
	if k.variant == "" {
		return nil, nil
	}
	h = onlyClocked(hpd)
	if h == nil || partOfDay(h.Sentence) {
		return nil, nil
	}
	d = namedDaysWith(dpw, func(c *claims.Claim) bool { return c.File == h.File && c.Pos.Line == h.Pos.Line })
	if d == nil {
		return nil, nil
	}
	return h, d
}

// namedDaysWith is the one exact count of days in dpw that names two
// weekdays or more and that same accepts; nil when there is none or more
// than one.
func namedDaysWith(dpw []*claims.Claim, same func(*claims.Claim) bool) *claims.Claim {
	var d *claims.Claim
	for _, c := range dpw {
		if !same(c) || c.Qualifier != claims.Exact || len(weekdayName.FindAllStringIndex(c.Text, 3)) < 2 {
			continue
		}
		if d != nil {
			return nil
		}
		d = c
	}
	return d
}

// totalledClockedWeek returns the one line timed by the clock on named
// days that totals its own week: "The IOP is held Tuesdays, Wednesdays
// and Fridays from 9 a.m. to 1:30 p.m., for a total of 15 hours of groups
// a week" gives the day, the days and the week in one
// sentence, so the span is the program's day, not one group's. Nil when
// the span is one part of the day, or no weekly figure shares its
// sentence.
func totalledClockedWeek(hpd, dpw, hpw []*claims.Claim) (h, d *claims.Claim) {
	h = onlyClocked(hpd)
	if h == nil || partOfDay(h.Sentence) {
		return nil, nil
	}
	if !slices.ContainsFunc(hpw, func(w *claims.Claim) bool { return w.Sentence == h.Sentence && w.Block == h.Block }) {
		return nil, nil
	}
	d = namedDaysWith(dpw, func(c *claims.Claim) bool { return c.Sentence == h.Sentence && c.Block == h.Block })
	if d == nil {
		return nil, nil
	}
	// ("… Tuesdays, Wednesdays and Fridays, with skills groups from 6
	// to 7:30 p.m., for a total of 9 hours": the span is the groups'.)
	i, j := strings.Index(h.Sentence, d.Text), strings.Index(h.Sentence, h.Text)
	if i < 0 || j < i+len(d.Text) || groupWord.MatchString(h.Sentence[i+len(d.Text):j]) {
		return nil, nil
	}
	return h, d
}

// groupWord names one part of a program's day.
var groupWord = regexp.MustCompile(`(?i)\b(?:groups?|sessions?|class(?:es)?|check-ins?|meetings?|lunch|breaks?)\b`)

// daysLineOpening is what may come before the days of a program's
// timetable line: nothing but a bullet, or a label for its days ("Group
// nights are", "Program days:", "When:", "Evening groups:", "Every").
var daysLineOpening = regexp.MustCompile(`(?i)^[\s•*·|–—-]*(?:(?:(?:our|the)\s+)?(?:group|program|programme|meeting|treatment|session|class|iop|php)\s+(?:nights|days|evenings|mornings|afternoons|times)\s*(?:are|:)\s*|(?:when|meets|days)\s*:\s*|(?:(?:evening|morning|day|afternoon|iop|php)\s+)?groups?\s*:\s*)?(?:on\s+|every\s+)?$`)

// withoutTimetable drops clock-time entries ("groups run from 9 a.m. to
// 12 p.m."): an entry may time one group of the day, not the day.
func withoutTimetable(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if !timetable(c) {
			out = append(out, c)
		}
	}
	return out
}

// statedOverClock keeps the hours a day a page states in words when it
// also gives a clock span: "9:00 a.m. to 3:30 p.m. Each day includes six
// hours of programming, plus a 30-minute lunch" — the span holds the
// breaks, the figure is the treatment.
func statedOverClock(cs []*claims.Claim) []*claims.Claim {
	var stated []*claims.Claim
	for _, c := range cs {
		if !hasClockTime(c.Text) {
			stated = append(stated, c)
		}
	}
	if len(stated) == 0 || len(stated) == len(cs) {
		return cs
	}
	return stated
}

// definiteDays drops approximate counts of days ("daily", read as 5 to 7):
// multiplied out they make a range no page means.
func definiteDays(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if c.Qualifier != claims.Approx {
			out = append(out, c)
		}
	}
	return out
}

// someBreakRule reports a schedule the page gives some programs ("Some
// PHPs meet just three days a week, four hours a day") that misses a
// weekly figure it says of every one ("By definition, a PHP provides at
// least 20 hours of treatment a week"): a counterexample to its own rule.
func someBreakRule(p *checker.Pass, weekly, hpd, dpw []*claims.Claim, k key, tol checker.Tolerance) {
	if len(hpd) == 0 || len(dpw) == 0 {
		return
	}
	var rules []*claims.Claim
	for _, c := range weekly {
		if c.Value == nil && !negated(c) && force(c) == claims.Universal {
			rules = append(rules, c)
		}
	}
	for _, pair := range schedulePairs(hpd, dpw) {
		if pair[0].Sentence != pair[1].Sentence {
			continue
		}
		prod, exact := weeklyProduct(pair, tol)
		if math.IsNaN(prod.Hi) || math.IsNaN(exact.Hi) {
			continue
		}
		for _, r := range rules {
			if checker.Widen(r, tol).Overlaps(prod) {
				continue
			}
			p.Report(checker.Finding{
				Kind:    string(claims.HoursPerWeek),
				Subject: k.subject.String(),
				Message: fmt.Sprintf("%s: %s × %s makes %s hours a week for some programs, but the page says every one has %s; make the two agree, or say the figure is not a rule",
					topic(k), quote(pair[0]), quote(pair[1]), claims.FormatRange(ptr(exact.Lo), finite(exact.Hi)), quote(r)),
				Locations: locations([]*claims.Claim{r}, pair[:]),
				Values:    sortedValues(valueKey(pair[0]), valueKey(pair[1]), valueKey(r)),
			})
			return
		}
	}
}

// wordedLoosely reports an amount said by a word that only guesses at a
// figure: "a few hours", "several days", "a couple of times".
func wordedLoosely(c *claims.Claim) bool {
	for w := range strings.FieldsSeq(c.Text) {
		for _, loose := range [...]string{"few", "several", "couple", "handful"} {
			if strings.EqualFold(w, loose) {
				return true
			}
		}
	}
	return false
}
