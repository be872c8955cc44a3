package checks

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// belowOwnFloor reports a provider's own weekly hours under the floor the
// same page gives the level in its own words: "By definition, an IOP
// gives no fewer than nine hours of care a week" and "Our adult IOP
// meets twice a week for three hours" (six hours). The page says what an
// IOP is and then describes one that is not. A floor the page cites from
// a standards body ("ASAM places IOP at nine hours or more") is the
// reference check's, which knows the standards without the page.
// The provider's week is a figure it states or its days times its hours
// a day (or per session), as schedule-math reads them.
func belowOwnFloor(p *checker.Pass, m map[key][]*claims.Claim, keys []key, tol checker.Tolerance) {
	for _, k := range keys {
		if k.kind != claims.HoursPerWeek || k.scope != claims.General || k.attribution != "" || !levelSubject(k.subject) {
			continue
		}
		floor := pageFloor(m[k])
		if floor == nil {
			continue
		}
		fw := checker.Widen(floor, tol)
		own := k
		own.scope = claims.Provider
		var below []*claims.Claim
		var product checker.Interval
		for _, c := range plainFigures(m[own]) {
			if iv := checker.Widen(c, tol); iv.Hi < fw.Lo {
				below, product = []*claims.Claim{c}, checker.Stated(c)
				break
			}
		}
		if below == nil {
			below, product = scheduleBelow(m, own, fw.Lo, tol)
		}
		if below == nil {
			continue
		}
		what := quote(below[0])
		if len(below) == 2 {
			what = fmt.Sprintf("%s × %s makes %s hours a week", quote(below[0]), quote(below[1]), claims.FormatRange(ptr(product.Lo), finite(product.Hi)))
		}
		p.Report(checker.Finding{
			Severity: checker.Warning,
			Kind:     string(k.kind),
			Subject:  k.subject.String(),
			Message: fmt.Sprintf("%s: %s, below %s, the page's own account of the level; make the program's week agree with it, or say why this program is lighter",
				topic(own), what, quote(floor)),
			Locations: locations(below, []*claims.Claim{floor}),
			Values:    sortedValues(valueKey(below[0]), valueKey(floor)),
		})
	}
}

// levelSubject reports the levels a page defines by their weekly hours.
func levelSubject(s claims.Subject) bool {
	return s == claims.IOP || s == claims.PHP
}

// pageFloor is the first "at least" the page states of a level's week in
// its own general account ("an IOP gives no fewer than nine hours"),
// nil when it states none.
func pageFloor(cs []*claims.Claim) *claims.Claim {
	for _, c := range cs {
		if c.Value == nil && !negated(c) && c.Qualifier == claims.AtLeast && c.Min != nil && acrossForce(c) && usable(c) && definesLevel(c) {
			return c
		}
	}
	return nil
}

// definesLevel reports a floor said of every program of the level, or
// as what the level is: "by definition", "an IOP must provide", "to
// qualify as an IOP", not what most or many programs do ("Most PHPs
// offer at least 20 hours", a generalisation the provider's may be an
// exception to).
func definesLevel(c *claims.Claim) bool {
	if force(c) == claims.Universal {
		return true
	}
	m, ok := asciiWordMatch(c.Sentence, definingCues)
	if !ok {
		return definingCue.MatchString(strings.ToLower(c.Sentence))
	}
	return m
}

var definingCues = []string{"by definition", "must", "defined", "qualify", "qualifies", "requires", "required", "means", "is considered"}

// definingCue is definingCues for a text that is not all ASCII.
var definingCue = regexp.MustCompile(`\b(?:` + strings.Join(definingCues, "|") + `)\b`)

// scheduleBelow is the provider's days and hours a day (or session
// length) under key own whose product stays under lo, with the product;
// nil when no schedule does.
func scheduleBelow(m map[key][]*claims.Claim, own key, lo float64, tol checker.Tolerance) ([]*claims.Claim, checker.Interval) {
	_, _, hpd, dpw, _ := weekSchedule(m, own)
	for _, pair := range schedulePairs(hpd, dpw) {
		prod, exact := weeklyProduct(pair, tol)
		if math.IsNaN(prod.Hi) || math.IsNaN(exact.Hi) || prod.Hi >= lo {
			continue
		}
		return []*claims.Claim{pair[0], pair[1]}, exact
	}
	return nil, checker.Interval{}
}
