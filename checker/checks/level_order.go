package checks

import (
	"fmt"
	"maps"
	"slices"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// LevelOrder reports a page whose hours put the levels of care in the
// wrong order.
var LevelOrder = &checker.Check{
	ID:       "level-order",
	Title:    "A page gives a lower level of care more hours a week than a higher one",
	Severity: checker.Error,
	Requires: []checker.Requirement{checker.NeedFamilies},
	Doc: `level-order compares the weekly hours a page gives its levels of care:
standard outpatient, then intensive outpatient (IOP), then partial
hospitalization (PHP), each more intensive than the one before. A page
that gives its IOP 25 hours a week and its PHP 12 ("Our IOP is the more
intensive of the two") has the levels upside down, whatever the
reference says of either figure. So does a page that says so in words:
"Our PHP is even more intensive than residential treatment", "IOP is a
higher level of care than PHP" (residential sits above PHP), "our IOP
is one step above our PHP", levels listed in order ("outpatient at the
bottom, followed by partial hospitalization, then intensive outpatient"),
or "many people step down from IOP to PHP"
("after PHP, clients step down to IOP" says the other way: a step down
goes to a less intensive level). Where the hours and the words put the
same two levels upside down, that is one finding, the words among its
locations; words the page's own figures contradict (hours a week first,
then days a week, then hours a day: "our IOP is one step above our PHP"
on a page giving the PHP 25 hours a week and the IOP nine, or only the
PHP four days a week and the IOP two) quote those figures too, and so
does the page's own word that the lower level is the top of its range
("our PHP is the most structured service we run"), which alone is no
finding. Words a
near-duplicate twin of the page says the right way round ("PHPs are a
step up from IOP" on the Springfield copy of a city template whose
Shelbyville copy says "a step down") are quoted too, at most three.

Only claims that could contradict are compared (see within-page): plain
figures of the programs themselves — no examples, conditions, "some
programs", denials, tracks or phases, adolescents apart from adults — of
the same scope and attribution. A pair is reported when every figure the
page gives the higher level lies below every figure it gives the lower
one, after tolerance; overlapping figures are no inversion.

Severity: error. To fix: correct the hours, or the names of the levels.`,
	Run: runLevelOrder,
}

// maxTwinRankings bounds the twins' statements a finding quotes.
const maxTwinRankings = 3

// twinRankings maps each page of a near-duplicate family that says a
// level is above another the wrong way to the comparisons its twins make,
// in the order of the family's pages.
func twinRankings(p *checker.Pass) map[string][]claims.Ranking {
	inverted := map[string]bool{}
	byFile := map[string][]claims.Ranking{}
	for _, d := range p.Docs {
		if len(d.Rankings) > 0 {
			byFile[d.File] = d.Rankings
			inverted[d.File] = slices.ContainsFunc(d.Rankings, claims.Ranking.Inverted)
		}
	}
	out := map[string][]claims.Ranking{}
	for _, f := range p.Families {
		for _, file := range f.Files {
			if !inverted[file] {
				continue
			}
			for _, twin := range f.Files {
				if twin != file {
					out[file] = append(out[file], byFile[twin]...)
				}
			}
		}
	}
	return out
}

// levels are the levels of care in increasing intensity.
var levels = []claims.Subject{claims.OP, claims.IOP, claims.PHP}

func runLevelOrder(p *checker.Pass) error {
	tol := p.Config.Tolerance
	var g grouper
	twins := twinRankings(p)
	for i, d := range p.Docs {
		// An inversion the hours show and the words say too is one
		// finding, with the words among its locations.
		figures, keys := g.byKey(g.voiced(p, i))
		byHours := hoursInversions(figures, keys, tol)
		for _, r := range d.Rankings {
			if !r.Inverted() {
				continue
			}
			at := checker.Location{File: r.File, Line: r.Pos.Line, Column: r.Pos.Column, Text: r.Text, Block: r.Block}
			if f, ok := byHours[r.Below.String()+">"+r.Above.String()]; ok {
				f.Locations = append(f.Locations, at)
				continue
			}
			locs := []checker.Location{at}
			// "a step above our PHP" on a page whose own schedule gives
			// the PHP five days and the IOP three: the figures are the
			// evidence a reader checks the words against.
			shown := ""
			if ev := figuresShow(figures, r.Below, r.Above, tol); len(ev) > 0 {
				hi, lo := ev[0], ev[1]
				shown = fmt.Sprintf(", though the page gives %s %s and %s %s", subjectNames[r.Below], quote(hi), subjectNames[r.Above], quote(lo))
				locs = append(locs, locations(ev)...)
			}
			against := ""
			for _, o := range d.Rankings {
				if !o.Inverted() && o.Contradicts(r) {
					locs = append(locs, checker.Location{File: o.File, Line: o.Pos.Line, Column: o.Pos.Column, Text: o.Text, Block: o.Block})
					if against == "" {
						against = fmt.Sprintf(", while the page also says %q (%s:%d:%d)", o.Text, o.File, o.Pos.Line, o.Pos.Column)
					}
				}
			}
			// "a step down from IOP" on one copy of a template whose
			// other copies say "a step up": the words the twins agree on.
			n := 0
			for _, o := range twins[d.File] {
				if n < maxTwinRankings && !o.Inverted() && o.Contradicts(r) {
					locs = append(locs, checker.Location{File: o.File, Line: o.Pos.Line, Column: o.Pos.Column, Text: o.Text, Block: o.Block})
					if against == "" && n == 0 {
						against = fmt.Sprintf(", while its near-duplicate %s says %q (%s:%d:%d)", o.File, o.Text, o.File, o.Pos.Line, o.Pos.Column)
					}
					n++
				}
			}
			p.Report(checker.Finding{
				Kind:    "level-order",
				Subject: r.Above.String(),
				Message: fmt.Sprintf("%q (%s:%d:%d) ranks %s above %s%s%s; %s is the more intensive level of care: correct the comparison, or the names of the levels",
					r.Text, r.File, r.Pos.Line, r.Pos.Column, subjectNames[r.Above], subjectNames[r.Below], shown, against, subjectNames[r.Below]),
				Locations: locs,
			})
		}
		for _, pair := range slices.Sorted(maps.Keys(byHours)) {
			p.Report(*byHours[pair])
		}
	}
	return nil
}

// hoursInversions finds the levels a page gives fewer hours a week than a
// lower level, keyed "higher>lower".
func hoursInversions(m map[key][]*claims.Claim, keys []key, tol checker.Tolerance) map[string]*checker.Finding {
	out := map[string]*checker.Finding{}
	for _, k := range keys {
		if k.kind != claims.HoursPerWeek || k.subject != claims.OP && k.subject != claims.IOP {
			continue
		}
		lower := plainFigures(m[k])
		if len(lower) == 0 {
			continue
		}
		for li, s := range levels {
			if s != k.subject {
				continue
			}
			for _, higher := range levels[li+1:] {
				hk := k
				hk.subject = higher
				upper := plainFigures(m[hk])
				if len(upper) == 0 || !allBelow(upper, lower, tol) {
					continue
				}
				pair := higher.String() + ">" + s.String()
				if out[pair] != nil {
					continue
				}
				a, b := upper[0], lower[0]
				out[pair] = &checker.Finding{
					Kind:    string(k.kind),
					Subject: higher.String(),
					Message: fmt.Sprintf("%s gets fewer hours a week than %s: %s vs %s; %s is the more intensive level of care: correct the hours, or the names of the levels",
						subjectNames[higher], subjectNames[s], quote(a), quote(b), subjectNames[higher]),
					Locations: locations([]*claims.Claim{a}, []*claims.Claim{b}),
					Values:    sortedValues(valueKey(a), valueKey(b)),
				}
			}
		}
	}
	return out
}

// plainFigures keeps the claims that state a program's figure outright.
func plainFigures(cs []*claims.Claim) []*claims.Claim {
	return programFigures(cs, func(c *claims.Claim) bool { return checker.Stated(c).Bounded() })
}

// programFigures keeps the figures of the program itself (no yes/no,
// denial, hedge, example or timetable entry) that pass keep.
func programFigures(cs []*claims.Claim, keep func(*claims.Claim) bool) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if c.Value == nil && !negated(c) && acrossForce(c) && !timetable(c) && keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// allBelow reports whether every figure of hi lies below every figure of
// lo after tolerance.
func allBelow(hi, lo []*claims.Claim, tol checker.Tolerance) bool {
	for _, h := range hi {
		for _, l := range lo {
			if checker.Widen(h, tol).Hi >= checker.Widen(l, tol).Lo {
				return false
			}
		}
	}
	return true
}

// figuresShow returns the first figures by which the page's own schedule
// puts higher above lower (hours a week, the measure levels of care are
// defined by, then days a week, then hours a day), higher's first: every
// plain figure the page gives higher's program lies above every one it
// gives lower's, both of the same scope, adults, no track. Nil when no
// kind of figure shows it.
func figuresShow(m map[key][]*claims.Claim, higher, lower claims.Subject, tol checker.Tolerance) []*claims.Claim {
	for _, kind := range []claims.Kind{claims.HoursPerWeek, claims.DaysPerWeek, claims.HoursPerDay} {
		for _, scope := range []claims.Scope{claims.Provider, claims.General} {
			hk := key{kind: kind, subject: higher, scope: scope}
			lk := hk
			lk.subject = lower
			hi, lo := figuresOrBounds(m[hk]), figuresOrBounds(m[lk])
			if len(hi) > 0 && len(lo) > 0 && allBelow(lo, hi, tol) {
				return []*claims.Claim{hi[0], lo[0]}
			}
		}
	}
	return nil
}

// figuresOrBounds is plainFigures with one-sided bounds too: "PHPs
// require 20 or more hours a week" lies above "IOP: 9–15 hours" as
// surely as a figure would.
func figuresOrBounds(cs []*claims.Claim) []*claims.Claim {
	return programFigures(cs, func(c *claims.Claim) bool { return c.Min != nil || c.Max != nil })
}
