package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
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
		// (A far end said vaguely too is a bound when it was valued: "a
		// few days to a few weeks" is two days to four weeks, and "a few
		// days to a couple of weeks" two to fourteen days. Read apart,
		// the far end alone made a detox of two to four weeks, which a
		// page's "a week" met as a contradiction. "Several", which no
		// value reads, stays vague and bounds nothing.)
		// ("from a few months to more than a year": a far end open above
		// leaves the span open above the near end.)
		if a.Unit == quantity.None || a.Per != b.Per || a.Adjectival || b.Adjectival || !vagueCount(a.Text) {
			continue
		}
		// ("several months to a year or longer": a far end widened
		// upwards is open above too, unless only hedged, "and
		// sometimes longer".)
		open := !b.HasMax && b.HasMin && b.Qualifier == quantity.AtLeast || b.OpenEnded && b.HasMin && b.Qualifier != quantity.UpTo && !hedgedLonger(b.Text)
		// ("several days to a week or more": no near end, none above
		// it, and the far end's floor is no floor of the span.)
		if a.Qualifier == quantity.Vague && open {
			if vagueJoin(lower, a, b) {
				qs = append(qs[:i], qs[i+2:]...)
				i--
			}
			continue
		}
		if !b.HasMax && !open || b.Qualifier == quantity.Vague {
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
			m.Min, m.HasMin, m.Max, m.HasMax, m.Qualifier = a.Min*fa/fine, true, 0, false, quantity.AtLeast
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

// valuedFarEnd bounds a span whose near end is a figure and whose far end
// a count read as a value: "three days to a few weeks" is three days to
// four weeks, and "five days to a couple of weeks" five to fourteen. The
// grammar leaves every far end without a number open above ("from 30
// days to several months" is at least 30 days); "a few" and "a couple
// of" have values here, as they do alone.
func valuedFarEnd(q *quantity.Quantity) {
	if q.Qualifier != quantity.AtLeast || q.HasMax || !q.HasMin {
		return
	}
	t := lowerASCII(q.Text)
	k, n := strings.LastIndex(t, " to "), 4
	// ("between 30 days and a few months": the span "between" opens.)
	if k < 0 && strings.HasPrefix(t, "between ") {
		k, n = strings.LastIndex(t, " and "), 5
	}
	if k < 0 || !strings.HasPrefix(t[k+n:], "a few ") && !strings.HasPrefix(t[k+n:], "a couple ") {
		return
	}
	far := quantity.Parse(q.Text[k+n:])
	if len(far) != 1 || far[0].Start != 0 {
		return
	}
	vagueValue(&far[0])
	fq, ff, ok := unitFactors(q.Unit, far[0].Unit)
	if !ok || far[0].Qualifier != quantity.Approx || far[0].Max*ff <= q.Min*fq {
		return
	}
	q.Max, q.HasMax, q.Qualifier = far[0].Max*ff/fq, true, quantity.Approx
}

// bareFarEnd opens above a span whose far end is a bare coarser unit: "a
// couple of days to weeks", "three days to months". The far end names no
// number, as "several weeks" does not; read alone, the near end was a
// stay of two days. ("A few days or weeks" says the count once for both
// units: two days to four weeks.)
func bareFarEnd(q *quantity.Quantity, text, lower string) {
	// (Asked of every quantity of every sentence: the join's words
	// first, then the expression.)
	if !q.HasMin || !q.HasMax || q.Per != quantity.None || q.Adjectival || lengthUnits[string(q.Unit)] == 0 {
		return
	}
	if r := strings.TrimLeft(lower[q.End:], " \t\n"); !strings.HasPrefix(r, "to") && !strings.HasPrefix(r, "or") {
		return
	}
	m := bareUnitAfter.FindStringSubmatchIndex(lower[q.End:])
	if m == nil {
		return
	}
	far := strings.TrimSuffix(lower[q.End+m[2]:q.End+m[3]], "s")
	fq, ff, ok := unitFactors(q.Unit, quantity.Unit(far))
	if !ok || ff <= fq {
		return
	}
	if strings.HasPrefix(strings.TrimLeft(lower[q.End:], " "), "or") && vagueCount(q.Text) {
		// "a few days or weeks": the count said once holds for both
		// units, two days to four weeks.
		q.Max = q.Max * ff / fq
	} else {
		q.Max, q.HasMax, q.Qualifier = 0, false, quantity.AtLeast
	}
	q.End += m[1]
	q.Text = text[q.Start:q.End]
}

var bareUnitAfter = prefilter.MustCompile(`^\s+(?:to|or)\s+(days|weeks|months|years)\b`)

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
