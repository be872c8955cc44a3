package checks

import (
	"fmt"
	"math"

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
subject. A schedule is paired with a weekly figure only when both come from
the same block (a composite schedule), or when the page states exactly one of
each.

The page is reported only when the product is disjoint from every
hours-per-week statement on the page after tolerance: if any statement
reconciles with the schedule, contradictions between the statements
themselves are within-page's to report, not this check's.

Severity: warning, because the arithmetic assumes every stated day runs the
stated hours.`,
	Run: runScheduleMath,
}

func runScheduleMath(p *checker.Pass) error {
	tol := p.Config.Tolerance
	for _, d := range p.Docs {
		m, _ := byKey(d.Claims)
		for _, subj := range subjectsOf(d.Claims) {
			hpd, dpw, hpw := m[key{claims.HoursPerDay, subj}], m[key{claims.DaysPerWeek, subj}], m[key{claims.HoursPerWeek, subj}]
			if len(hpd) == 0 || len(dpw) == 0 || len(hpw) == 0 {
				continue
			}
			for _, pair := range schedulePairs(hpd, dpw) {
				h, dd := checker.Widen(pair[0], tol), checker.Widen(pair[1], tol)
				prod := checker.Interval{Lo: h.Lo * dd.Lo, Hi: h.Hi * dd.Hi}
				if math.IsNaN(prod.Hi) {
					continue
				}
				reconciled := false
				for _, w := range hpw {
					if checker.Widen(w, tol).Overlaps(prod) {
						reconciled = true
						break
					}
				}
				if reconciled {
					continue
				}
				k := key{claims.HoursPerWeek, subj}
				product := claims.FormatRange(ptr(checker.Stated(pair[0]).Lo*checker.Stated(pair[1]).Lo), finite(checker.Stated(pair[0]).Hi*checker.Stated(pair[1]).Hi))
				p.Report(checker.Finding{
					Kind:    string(claims.HoursPerWeek),
					Subject: string(subj),
					Message: fmt.Sprintf("%s: %s × %s makes %s h a week, but the page says %s", capitalize(topic(k)),
						quote(pair[0]), quote(pair[1]), product, quote(hpw[0])),
					Locations: locations(pair[:], hpw),
					Values:    sortedValues(valueKey(pair[0]), valueKey(pair[1]), valueKey(hpw[0])),
				})
			}
		}
	}
	return nil
}

// schedulePairs pairs hours-per-day with days-per-week claims stated in the
// same block, or the only two when the page has one of each.
func schedulePairs(hpd, dpw []*claims.Claim) [][2]*claims.Claim {
	var out [][2]*claims.Claim
	for _, h := range hpd {
		for _, d := range dpw {
			if h.Block == d.Block {
				out = append(out, [2]*claims.Claim{h, d})
			}
		}
	}
	if len(out) == 0 && len(hpd) == 1 && len(dpw) == 1 {
		out = append(out, [2]*claims.Claim{hpd[0], dpw[0]})
	}
	return out
}

func subjectsOf(cs []claims.Claim) []claims.Subject {
	seen := map[claims.Subject]bool{}
	var out []claims.Subject
	for i := range cs {
		if s := cs[i].Subject; !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
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
