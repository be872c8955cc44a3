package checks

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/claims/quantity"
)

// Restated reports one fact given twice on a page with different exact ranges.
var Restated = &checker.Check{
	ID:       "restated-differently",
	Title:    "One page gives the same fact twice with different exact figures",
	Severity: checker.Info,
	Doc: `restated-differently looks at what within-page leaves alone: two statements
of one fact on one page whose ranges overlap, so both can be true, but
differ ("9 to 15 hours a week" in a summary box, "9 to 25 hours" in the
text; "five days a week" and "5 to 7 days a week"). A reader cannot tell
which figure applies.

` + compareRule + `

Unlike the other checks, restated-differently also sets a figure the
page attributes to a source beside the page's own ("PHP typically involves
5–7 hours a day" and "according to SAMHSA, six or more hours a day"):
when the page and the source it cites disagree, a reader cannot tell which
figure holds either.

Both statements must be exact (an "about" or a "daily" invites a reader to
forgive the difference), bounded, in different sentences, not timetable
entries, and differ at a bound by more than 10 % ("28 days" and "30 days"
are the same month); a single figure strictly inside the other's range
("average stay: 19 days" beside "2 to 4 weeks") is a typical value of it,
and a range strictly inside the other is its usual part ("runs 30 to 90
days" and "most clients stay between 45 and 60 days"), as is an average
that meets the other's range ("one to four weeks" and "the average stay
runs 24-30 days"); a figure inside the
range of a source the page cites, bounds included, keeps within the bounds
the source sets ("most IOPs meet 9 to 12 hours a week" beside "ASAM: 9 to
19 hours"), and so does a figure inside a range the page gives of the
whole field ("Nationally, IOPs usually run 9 to 19 hours a week", "In
general, …", "Programs usually …") beside "Weekly hours: 9". One may be a bound instead when the other's range
reaches past it ("5 to 7 hours a day" and "six or more hours a day"). Values the page lists as alternatives in one sentence
are not reported, nor a figure given as options ("programs of 60 or 90
days" beside "90 days or more", "30-, 60- or 90-day stays" beside "Thirty days is
common"; "two or three times a week" is one loose
range and still meets), nor is a page that gives three or more figures for the
fact (it is breaking the fact down by substance, phase or track), nor an
unnamed program ("rehab", "a program"), nor a path some clients take
("Many clients complete 30 days of residential treatment and then move
to PHP" beside "Residential: 30–45 days"), nor, on an article (a blog
or news address), the author's own program inside the range the article
gives of programs in general ("Most trauma IOPs schedule three to five
days a week" and "Our own trauma IOP meets Monday, Wednesday and
Thursday").

Severity: info, because both statements can be true. To fix: state the
figure once, or say which program or phase each figure is for.`,
	Run: runRestated,
}

// restatedGap is how far apart two bounds must be to count as different.
const restatedGap = 0.10

func runRestated(p *checker.Pass) error {
	tol := p.Config.Tolerance
	var g grouper
	for i, d := range p.Docs {
		article := articleAddress(d.Address)
		m, keys := g.byKey(g.voiced(p, i))
		m, keys = withoutAttribution(m, keys)
		for _, k := range keys {
			groups := groupByValue(m[k])
			if len(groups) != 2 || k.subject == claims.Other {
				continue
			}
			for i := 0; i < len(groups); i++ {
				for j := i + 1; j < len(groups); j++ {
					a, b, ok := restatedPair(groups[i], groups[j], tol)
					if !ok || article && (g.oneOf(a, b) || g.oneOf(b, a)) {
						continue
					}
					p.Report(checker.Finding{
						Kind:      string(k.kind),
						Subject:   k.subject.String(),
						Message:   fmt.Sprintf("%s: %s vs %s; both can be true, but a reader cannot tell which applies: state the figure once, or say which program each is for", topic(k), attributedQuote(a), attributedQuote(b)),
						Locations: locations(withFirst(groups[i].claims, a), withFirst(groups[j].claims, b)),
						Values:    sortedValues(groups[i].value, groups[j].value),
					})
				}
			}
		}
	}
	return nil
}

func restatedPair(x, y *valueGroup, tol checker.Tolerance) (*claims.Claim, *claims.Claim, bool) {
	for _, a := range x.claims {
		for _, b := range y.claims {
			if sameSentence(a, b) {
				return nil, nil, false
			}
		}
	}
	for _, a := range x.claims {
		for _, b := range y.claims {
			if restated(a, b, tol) {
				return a, b, true
			}
		}
	}
	return nil, nil, false
}

func restated(a, b *claims.Claim, tol checker.Tolerance) bool {
	if a.Value != nil || b.Value != nil || negated(a) || negated(b) || !forcesMeet(a, b) || timetable(a) || timetable(b) {
		return false
	}
	// ("As an illustration, a student could attend five mornings weekly"
	// beside "three to five days per week": an example inside the range
	// restates nothing; only outside it is it a counterexample, which
	// within-page reports.)
	if force(a) == claims.Example || force(b) == claims.Example {
		return false
	}
	if someClients(a) || someClients(b) {
		return false
	}
	// "10 to 15 program days" counts the days attended, which "two to
	// three weeks" of the calendar hold at five a week: two measures,
	// not one figure said twice.
	if attendedDays(a) != attendedDays(b) {
		return false
	}
	// "Longer programs of 60 or 90 days" beside "Long-term: 90 days or
	// more": a figure given as alternatives names options, no one fact to
	// restate.
	if alternatives(a) || alternatives(b) {
		return false
	}
	// "Hours per day: 4-5" beside "a typical day runs from 10 a.m. to 3
	// p.m.": the clock's day holds lunch and breaks, so hours in words
	// that fit it say the same day (within-page reports those that do
	// not fit).
	if span, stated, ok := spanAndStated(a, b); ok && fitsSpan(span, stated, tol) {
		return false
	}
	if a.Qualifier != claims.Exact || b.Qualifier != claims.Exact {
		return boundStraddled(a, b, tol) || boundStraddled(b, a, tol)
	}
	if a.OpenEnded || b.OpenEnded {
		return false
	}
	sa, sb := checker.Stated(a), checker.Stated(b)
	if !sa.Bounded() || !sb.Bounded() || !checker.Widen(a, tol).Overlaps(checker.Widen(b, tol)) {
		return false
	}
	// "Average length of stay: 19 days" beside "2 to 4 weeks": a single
	// figure inside the other's range is a typical value of it.
	if pointInside(sa, sb) || pointInside(sb, sa) || rangeInside(sa, sb) || rangeInside(sb, sa) {
		return false
	}
	// ("Stays run one to four weeks. The average stay runs 24-30 days.":
	// an average said as a range is a typical value too, so long as it
	// meets the other's range; it need not fit inside it.)
	if averaged(a) != averaged(b) {
		return false
	}
	// "Most IOPs meet between 9 and 15 hours per week" beside "ASAM
	// places IOP at 9 to 19 hours a week": the page's figure keeps within
	// the bounds the source sets.
	if a.Attribution != "" && b.Attribution == "" && within(sb, sa) || b.Attribution != "" && a.Attribution == "" && within(sa, sb) {
		return false
	}
	// "Nationally, IOPs usually run 9 to 19 hours a week" beside
	// "Weekly hours: 9": a range the page gives of the whole field is a
	// source of its own, and the page's figure keeps within it.
	if fieldWide(a) && !fieldWide(b) && within(sb, sa) || fieldWide(b) && !fieldWide(a) && within(sa, sb) {
		return false
	}
	return apart(sa.Lo, sb.Lo) || apart(sa.Hi, sb.Hi)
}

// averaged reports a figure given as an average: "the average length of
// stay is", "on average", "averages".
func averaged(c *claims.Claim) bool {
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 {
		return false
	}
	pre := strings.ToLower(c.Sentence[max(0, i-40):i])
	return strings.Contains(pre, "average")
}

// fieldWide reports a statement that opens on the field at large: "In
// general, …", "Nationally, …", "Programs usually …", "IOPs typically …".
func fieldWide(c *claims.Claim) bool {
	l := strings.ToLower(strings.TrimLeft(c.Sentence, " "))
	for _, p := range fieldOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// ("The standard for adult IOP is 9 to 19 hours a week", "Adult IOP
	// is defined as …", "Guidelines describe intensive outpatient care
	// as …": the field's definition.)
	// (Not the provider's own: "We define our IOP schedule as …", "By
	// definition, our IOP runs …".)
	for _, p := range definitionCues {
		if strings.Contains(l, p) && !ownVoiced(l) {
			return true
		}
	}
	f := strings.Fields(l)
	if len(f) < 2 {
		return false
	}
	// ("Programs usually …", "Standard outpatient care tends to mean a session or two each
	// week", "Intensive outpatient programs usually …": a level of care
	// named as such, then a hedge.)
	for i, w := range f {
		if i > 4 {
			break
		}
		if fieldHedges[w] {
			return i > 0
		}
		if !levelWords[w] {
			return false
		}
	}
	return false
}

var fieldHedges = map[string]bool{"usually": true, "typically": true, "generally": true, "normally": true, "commonly": true, "often": true, "tend": true, "tends": true}

var levelWords = map[string]bool{"standard": true, "traditional": true, "regular": true, "intensive": true, "partial": true, "outpatient": true, "hospitalization": true,
	"residential": true, "inpatient": true, "care": true, "treatment": true, "programs": true, "programmes": true, "iops": true, "phps": true, "iop": true, "php": true, "most": true, "many": true, "adult": true, "teen": true, "adolescent": true}

var definitionCues = []string{"the standard for ", "is defined as ", "are defined as ", " defines ", " define ", "guidelines ", "by definition", "definition of "}

var fieldOpeners = []string{"in general,", "generally,", "generally speaking,", "nationally,", "across the country,", "across the industry,", "industry-wide,", "in the field,", "on the whole,"}

func apart(x, y float64) bool {
	return math.Abs(x-y) > restatedGap*math.Max(x, y)
}

// boundStraddled reports an exact range that reaches past a bound the page
// states elsewhere: "5–7 hours a day" beside "six or more hours a day",
// "3 to 10 days" beside "within a week". A range inside the bound agrees
// with it.
func boundStraddled(exact, bound *claims.Claim, tol checker.Tolerance) bool {
	// "six or more" is a lower bound however it is written; an exact
	// range left open ("9 to 12 weeks and sometimes longer") is no bound.
	if exact.Qualifier != claims.Exact || exact.OpenEnded || bound.Qualifier != claims.AtLeast && bound.Qualifier != claims.UpTo {
		return false
	}
	se, sb := checker.Stated(exact), checker.Stated(bound)
	if !se.Bounded() || !checker.Widen(exact, tol).Overlaps(checker.Widen(bound, tol)) {
		return false
	}
	if bound.Qualifier == claims.AtLeast {
		return apart(se.Lo, sb.Lo) && se.Lo < sb.Lo
	}
	return apart(se.Hi, sb.Hi) && se.Hi > sb.Hi
}

// withoutAttribution merges the keys that differ only in attribution, in
// first-seen order.
func withoutAttribution(m map[key][]*claims.Claim, keys []key) (map[key][]*claims.Claim, []key) {
	// Most pages cite no source: then there is nothing to merge, and no
	// map to make for every page.
	if !slices.ContainsFunc(keys, func(k key) bool { return k.attribution != "" }) {
		return m, keys
	}
	out := make(map[key][]*claims.Claim, len(keys))
	var order []key
	for _, k := range keys {
		f := k
		f.attribution = ""
		if _, ok := out[f]; !ok {
			order = append(order, f)
		}
		out[f] = append(out[f], m[k]...)
	}
	return out, order
}

// attributedQuote is quote with the source the page cites for the claim:
// "six or more hours" (per SAMHSA, a.txt:22:5).
func attributedQuote(c *claims.Claim) string {
	if c.Attribution == "" {
		return quote(c)
	}
	return fmt.Sprintf("%q (per %s, %s:%d:%d)", c.Text, c.Attribution, c.File, c.Pos.Line, c.Pos.Column)
}

// rangeInside reports a range strictly inside another: "runs 30 to 90
// days" and "most clients stay between 45 and 60 days" give the span and
// its usual part.
func rangeInside(inner, outer checker.Interval) bool {
	return inner.Lo < inner.Hi && outer.Lo < inner.Lo && inner.Hi < outer.Hi
}

// within reports inner inside outer, bounds included.
func within(inner, outer checker.Interval) bool {
	return outer.Lo <= inner.Lo && inner.Hi <= outer.Hi
}

// pointInside reports a single value strictly inside a range.
func pointInside(point, rng checker.Interval) bool {
	return point.Lo == point.Hi && rng.Lo < point.Lo && point.Lo < rng.Hi
}

// alternatives reports a figure written as options: "60 or 90 days", "30,
// 60 or 90 days". Two numbers next to each other ("two or three times a
// week", "4 or 5 days") are one loose range, and "90 days or more" a bound.
func alternatives(c *claims.Claim) bool {
	t := strings.ToLower(c.Text)
	k := strings.Index(t, " or ")
	if k < 0 {
		return false
	}
	before := strings.Fields(strings.ReplaceAll(t[:k], ",", " "))
	after := strings.Fields(t[k+len(" or "):])
	if len(before) == 0 || len(after) == 0 {
		return false
	}
	// ("30-, 60- or 90-day stays": the hyphen of a suspended compound.)
	a, okA := quantity.ParseNumber(strings.TrimRight(before[len(before)-1], "-"))
	b, okB := quantity.ParseNumber(strings.TrimSuffix(strings.SplitN(after[0], "-", 2)[0], "."))
	return okA && okB && b-a > 1
}

// someClients reports a sentence about some of the clients, "Many
// clients complete 30 days of residential treatment and then …": the
// path some take, not a figure of the program to restate.
func someClients(c *claims.Claim) bool {
	// (Only the first five words matter: restated asks this of every pair
	// of claims, so the sentence is not split whole.)
	var f []string
	for w := range strings.FieldsSeq(c.Sentence) {
		if f = append(f, strings.ToLower(w)); len(f) == 5 {
			break
		}
	}
	if len(f) < 3 || f[0] != "many" && f[0] != "some" && f[0] != "several" {
		return false
	}
	f = f[1:]
	if len(f) > 3 && f[0] == "of" && (f[1] == "our" || f[1] == "the") {
		f = f[2:]
	}
	switch f[0] {
	case "clients", "patients", "people", "residents", "participants", "members", "guests":
	default:
		return false
	}
	// ("Many clients ask about our residential program, which lasts 30
	// days" restates the program's length.)
	switch f[1] {
	case "complete", "stay", "spend", "remain", "finish", "attend", "go", "move", "step", "transfer", "continue", "extend":
		return true
	}
	return false
}

// oneOf reports, on an article, the author's own program (own) inside a
// range the article gives of programs in general (general, lifted to the
// author's voice by voiced): "Most trauma IOPs schedule three to five days
// a week" and, in its last section, "Our own trauma IOP meets Monday,
// Wednesday and Thursday". The own program is one of those programs.
func (g *grouper) oneOf(own, general *claims.Claim) bool {
	return own.Scope == claims.Provider && !g.lifted(own) && g.lifted(general) && within(checker.Stated(own), checker.Stated(general))
}
