package checker

import (
	"math"

	"github.com/factlint/factlint/claims"
)

// Interval is a closed range of values in a kind's canonical unit;
// Lo may be 0 and Hi +Inf for open bounds.
type Interval struct {
	Lo, Hi float64
}

// Overlaps reports whether a and b share a value.
func (a Interval) Overlaps(b Interval) bool { return a.Lo <= b.Hi && b.Lo <= a.Hi }

// Bounded reports whether both ends are finite and stated.
func (a Interval) Bounded() bool { return a.Lo > 0 && !math.IsInf(a.Hi, 1) }

// Width is Hi-Lo: +Inf for a range open above.
func (a Interval) Width() float64 { return a.Hi - a.Lo }

// calendarSlack is how loosely a written unit converts to days: a month is
// 28 to 31 days around its 30.4375 average, a year 365 to 366.
var calendarSlack = map[string][2]float64{
	"month": {28.0 / 30.4375, 31.0 / 30.4375},
	"year":  {365.0 / 365.25, 366.0 / 365.25},
}

// Widen turns a claim into the interval it can reasonably mean: the stated
// range, open where the text left it open, widened by the relative
// tolerance, by the approximate tolerance for "about", and by calendar
// slack for months and years.
func Widen(c *claims.Claim, tol Tolerance) Interval {
	iv := Interval{Lo: 0, Hi: math.Inf(1)}
	if c.Min != nil {
		iv.Lo = *c.Min
	}
	if c.Max != nil {
		iv.Hi = *c.Max
	}
	if c.OpenEnded {
		iv.Hi = math.Inf(1)
	}
	lo, hi := 1-tol.Relative, 1+tol.Relative
	if c.Qualifier == claims.Approx {
		lo, hi = 1-tol.Approx, 1+tol.Approx
	}
	if s, ok := calendarSlack[c.WrittenUnit]; ok {
		lo, hi = lo*s[0], hi*s[1]
	}
	iv.Lo *= lo
	iv.Hi *= hi
	return iv
}

// Stated is the interval exactly as written, without tolerance.
func Stated(c *claims.Claim) Interval {
	return Widen(c, Tolerance{})
}
