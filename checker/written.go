package checker

import (
	"math"
	"strconv"
	"strings"

	"github.com/factlint/factlint/claims"
)

// WrittenValue renders a claim's value in the unit the page wrote it in
// ("4–6 weeks", not "28–42 days"), so that what factlint shows is what a
// reader of the page would recognise. Yes/no claims print "yes" or "no".
func WrittenValue(c *claims.Claim) string {
	if c.Value != nil {
		if *c.Value {
			return "yes"
		}
		return "no"
	}
	unit, factor := c.Unit, 1.0
	if spec, ok := claims.Spec(c.Kind); ok {
		if f, ok := spec.Units[c.WrittenUnit]; ok && f > 0 {
			unit, factor = c.WrittenUnit, f
		}
	}
	// "between two weeks and a month" has no tidy figure in weeks: a
	// bound that is not one falls back to the canonical unit, rounded.
	tidy := func(v *float64) bool {
		if v == nil {
			return true
		}
		x := *v / factor * 100
		return math.Abs(x-math.Round(x)) < 1e-3
	}
	if !tidy(c.Min) || !tidy(c.Max) {
		unit, factor = c.Unit, 1
	}
	num := func(v float64) string { return strconv.FormatFloat(math.Round(v/factor*100)/100, 'f', -1, 64) }
	var v string
	switch {
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		v = num(*c.Min)
	case c.Min != nil && c.Max != nil:
		v = num(*c.Min) + "–" + num(*c.Max)
	case c.Min != nil:
		v = "at least " + num(*c.Min)
	case c.Max != nil:
		v = "up to " + num(*c.Max)
	default:
		return "?"
	}
	if c.OpenEnded && c.Min != nil && c.Max != nil {
		v += " or more"
	}
	if unit == "" {
		return v
	}
	if v != "1" && !strings.HasSuffix(v, " 1") {
		unit += "s" // "up to 1 week", "at least 1 day" stay singular
	}
	return strings.TrimSpace(v + " " + unit)
}
