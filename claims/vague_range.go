package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// vagueToFigure joins a vague count and the figure "to" joins it to into
// the one span the sentence gives: "a few days to a week" is two to
// seven days and "between a few weeks and a year" two weeks to a year
// (a few being two to four, as vagueValue reads it alone); "from several
// days to two weeks", whose near end readers put no number on, is up to
// two weeks. Read apart, the near end was a length of its own and the
// far end another.
func vagueToFigure(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	for i := 0; i+1 < len(qs); i++ {
		a, b := qs[i], qs[i+1]
		// (A far end said vaguely too, "a few weeks to a few months", is
		// left as it was: two loose ends make no bound.)
		// (A far end of "a couple of", two, is a bound all the same: "a
		// few days to a couple of weeks" is two to fourteen days.)
		// ("from a few months to more than a year": a far end open above
		// leaves the span open above the near end.)
		open := !b.HasMax && b.HasMin && b.Qualifier == quantity.AtLeast && a.Qualifier != quantity.Vague
		if a.Unit == quantity.None || a.Per != b.Per || a.Adjectival || b.Adjectival || !b.HasMax && !open || b.Qualifier == quantity.Vague || !vagueCount(a.Text) || vagueCount(b.Text) && !coupleCount(b.Text) {
			continue
		}
		fa, fb, ok := unitFactors(a.Unit, b.Unit)
		if !ok || !vagueJoin(lower, a, b) {
			continue
		}
		fine, unit := fa, a.Unit
		if fb < fa {
			fine, unit = fb, b.Unit
		}
		m := b
		m.Start, m.Text, m.Unit = a.Start, text[a.Start:b.End], unit
		m.Max = b.Max * fb / fine
		if open {
			m.Min, m.HasMin, m.Max, m.Qualifier = a.Min*fa/fine, true, 0, quantity.AtLeast
			if m.Min >= b.Min*fb/fine {
				continue
			}
		} else if a.Qualifier == quantity.Vague {
			// ("several": no near end.)
			m.Min, m.HasMin, m.Qualifier = 0, false, quantity.UpTo
		} else {
			m.Min, m.HasMin, m.Qualifier = a.Min*fa/fine, true, quantity.Approx
			if m.Min >= m.Max {
				continue
			}
		}
		qs[i] = m
		qs = append(qs[:i+1], qs[i+2:]...)
	}
	return qs
}

// vagueCount reports a quantity said with "a few", "a couple of" or
// "several" rather than a number.
func vagueCount(t string) bool {
	return hasWord(lowerASCII(t), "few", "couple", "several")
}

// coupleCount reports a quantity said with "a couple of" and no vaguer
// word: its value, two, is as good as a number.
func coupleCount(t string) bool {
	l := lowerASCII(t)
	return hasWord(l, "couple") && !hasWord(l, "few", "several", "many")
}

// vagueJoin reports "to", a dash or "through" between a and b, or "and"
// after a span opened by "between".
func vagueJoin(lower string, a, b quantity.Quantity) bool {
	switch strings.TrimSpace(lower[a.End:b.Start]) {
	case "to", "-", "–", "—", "through":
		return true
	case "and":
		return strings.HasPrefix(lowerASCII(a.Text), "between ") || wordBefore(lower, a.Start) == "between"
	}
	return false
}

// unitFactors gives the two units' worth in the finest of their family
// (days for lengths, hours for times of day); false when they are not of
// one family.
func unitFactors(a, b quantity.Unit) (float64, float64, bool) {
	for _, fam := range []map[string]float64{lengthUnits, hourUnits} {
		fa, okA := fam[string(a)]
		fb, okB := fam[string(b)]
		if okA && okB {
			return fa, fb, true
		}
	}
	return 0, 0, false
}
