package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// lengthSeries joins lengths listed one after another and left open
// above into the span they offer: "stays of 60 days, 90 days, and even
// longer" are stays of 60 days or more.
// (The grammar already reads a list whose unit is written once, "30, 60,
// or 90 days".) A list's own open tail ("or even longer", "or upwards of a
// year") leaves the span open above. Only figures in rising order, each
// a length, joined by commas, "and" or "or", make a series.
func lengthSeries(qs []quantity.Quantity, lower string) []quantity.Quantity {
	out := qs[:0]
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && seriesLength(&qs[j-1]) && seriesLength(&qs[j]) && qs[j].Unit == qs[i].Unit &&
			qs[j].Min > qs[j-1].Max && seriesJoint(lower[qs[j-1].End:qs[j].Start]) {
			j++
		}
		if j-i < 2 {
			out = append(out, qs[i])
			i++
			continue
		}
		q := qs[i]
		last := qs[j-1]
		// "…, 90 days, or upwards of a year": a floor past the listed
		// figures closes the series open above.
		// (Without an open tail the figures are options side by side,
		// "available as 30 days, 60 days and 90 days", and stay apart.)
		switch k := openTail(lower[last.End:]); {
		case j < len(qs) && qs[j].Qualifier == quantity.AtLeast && seriesJoint(lower[last.End:qs[j].Start]):
			q.End, j = qs[j].End, j+1
		case k > 0:
			q.End = last.End + k
		default:
			out = append(out, qs[i])
			i++
			continue
		}
		q.Max, q.HasMax, q.OpenEnded, q.Qualifier = 0, false, true, quantity.AtLeast
		q.Text = lower[q.Start:q.End]
		out = append(out, q)
		i = j
	}
	return out
}

// seriesLength is one exact length with no rate, "60 days", or a span
// the grammar read from two of them, "60 days or 90 days".
func seriesLength(q *quantity.Quantity) bool {
	return lengthUnit(q.Unit) && q.Per == quantity.None && !q.Adjectival && q.Qualifier == quantity.Exact && q.HasMin && q.HasMax
}

// seriesJoint is what may stand between two entries of a list.
func seriesJoint(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", ", or", ", and", "or", "and":
		return true
	}
	return false
}

// openTail is the length of ", and even longer", "or more" right after a
// list; 0 when none follows.
func openTail(rest string) int {
	t := strings.TrimLeft(rest, " ")
	t = strings.TrimPrefix(t, ",")
	t = strings.TrimLeft(t, " ")
	for _, c := range []string{"or ", "and "} {
		if strings.HasPrefix(t, c) {
			t = t[len(c):]
			break
		}
	}
	t = strings.TrimPrefix(t, "even ")
	t = strings.TrimPrefix(t, "sometimes ")
	for _, w := range []string{"longer", "more"} {
		if strings.HasPrefix(t, w) && (len(t) == len(w) || !isWordByte(t[len(w)])) {
			return len(rest) - len(t) + len(w)
		}
	}
	return 0
}

// bareListToCeiling joins bare figures listed before a ceiling of a
// length, or before a length and an open tail, into the span they offer:
// "stays of 28, 45, 60 or up to 100 days" run from 28 to 100 days, "60,
// 90 days, or more" is at least 60 days (the grammar reads the bare
// figures apart, their unit written once after the last).
func bareListToCeiling(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	out := qs[:0]
	for i := 0; i < len(qs); {
		j := i
		for j < len(qs) && qs[j].Unit == quantity.None && qs[j].Per == quantity.None && qs[j].HasMin && qs[j].HasMax && qs[j].Min == qs[j].Max &&
			(j == i || qs[j].Min > qs[j-1].Max && strings.TrimSpace(lower[qs[j-1].End:qs[j].Start]) == ",") {
			j++
		}
		if j > i && j < len(qs) {
			if c, ok := bareListSpan(qs[i], qs[j-1], qs[j], j-i, text, lower); ok {
				out = append(out, c)
				i = j + 1
				continue
			}
		}
		out = append(out, qs[i])
		i++
	}
	return out
}

// bareListSpan is the span n bare figures, first to last, offer with the
// length c that closes their list, and whether c closes it so.
func bareListSpan(first, last, c quantity.Quantity, n int, text, lower string) (quantity.Quantity, bool) {
	// ("programs lasting 60, 90 days, or more": the list's unit written
	// once, and an open tail: at least the first.)
	if k := openTail(lower[c.End:]); k > 0 && seriesLength(&c) && c.Min == c.Max && c.Min > last.Max && strings.TrimSpace(lower[last.End:c.Start]) == "," {
		c.End += k
		c.Min, c.HasMin, c.Max, c.HasMax, c.OpenEnded, c.Qualifier = first.Min, true, 0, false, true, quantity.AtLeast
	} else if n >= 2 && c.Qualifier == quantity.UpTo && c.HasMax && lengthUnit(c.Unit) && c.Per == quantity.None && c.Max > last.Max && orJoint(lower[last.End:c.Start]) {
		c.Min, c.HasMin, c.Qualifier = first.Min, true, quantity.Exact
	} else {
		return c, false
	}
	c.Start = first.Start
	c.Text = text[c.Start:c.End]
	return c, true
}

// orJoint reports "or" or ", or" between two entries of a list.
func orJoint(between string) bool {
	switch strings.TrimSpace(between) {
	case "or", ", or":
		return true
	}
	return false
}

// joinToNext walks qs and lets join fold each figure into the one before
// it: join reports whether it widened q to take in n, which is then
// dropped.
func joinToNext(qs []quantity.Quantity, join func(q, n *quantity.Quantity) bool) []quantity.Quantity {
	out := qs[:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if i+1 < len(qs) && join(&q, &qs[i+1]) {
			i++
		}
		out = append(out, q)
	}
	return out
}

// openSpanTo joins "from one month to over a year" into the span it
// gives: a length, then "to" and a floor of a length, is at least the
// first.
func openSpanTo(qs []quantity.Quantity, lower string) []quantity.Quantity {
	return joinToNext(qs, func(q, n *quantity.Quantity) bool {
		if !seriesLength(q) || q.Min != q.Max || n.Qualifier != quantity.AtLeast || n.HasMax || !lengthUnit(n.Unit) || n.Per != quantity.None ||
			strings.TrimSpace(lower[q.End:n.Start]) != "to" {
			return false
		}
		q.End, q.HasMax, q.Max, q.OpenEnded, q.Qualifier = n.End, false, 0, true, quantity.AtLeast
		q.Text = lower[q.Start:q.End]
		return true
	})
}

// ceilingToFloor joins "anywhere from 21 days or less up to over 60
// days" into the one span it gives: a ceiling of a length, then "to" or
// "up to" and a floor of a longer one, spans the two figures, about; read
// apart, the two halves are disjoint and would contradict each other.
func ceilingToFloor(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	return joinToNext(qs, func(q, n *quantity.Quantity) bool {
		if q.Qualifier != quantity.UpTo || !q.HasMax || q.HasMin || n.Qualifier != quantity.AtLeast || n.HasMax || !n.HasMin ||
			!lengthUnit(q.Unit) || q.Unit != n.Unit || q.Per != quantity.None || n.Per != quantity.None || n.Min <= q.Max {
			return false
		}
		if between := strings.TrimSpace(lower[q.End:n.Start]); between != "to" && between != "up to" {
			return false
		}
		q.End, q.Min, q.HasMin, q.Max, q.Qualifier = n.End, q.Max, true, n.Min, quantity.Approx
		q.Text = text[q.Start:q.End]
		return true
	})
}

// ceilingSpanTo joins "from about eight hours to as much as eighteen
// hours" into the one range it gives: a figure after "from", then "to"
// and a ceiling of the same unit and rate, is a span from the first to
// the ceiling.
func ceilingSpanTo(qs []quantity.Quantity, text, lower string) []quantity.Quantity {
	return joinToNext(qs, func(q, n *quantity.Quantity) bool {
		if !q.HasMin || !q.HasMax || q.Min != q.Max || q.Qualifier == quantity.Vague ||
			n.Qualifier != quantity.UpTo || !n.HasMax || n.Max <= q.Min || n.Unit != q.Unit || n.Per != q.Per ||
			strings.TrimSpace(lower[q.End:n.Start]) != "to" || !strings.HasSuffix(strings.TrimRight(lower[:q.Start], " "), "from") {
			return false
		}
		// (The ceiling's own wording sets how exact the span is:
		// "about" before the floor leaves "as much as twenty" a firm
		// top.)
		q.End, q.Max, q.Qualifier = n.End, n.Max, quantity.Exact
		q.Text = text[q.Start:q.End]
		return true
	})
}

func lengthUnit(u quantity.Unit) bool {
	return u == quantity.Day || u == quantity.Week || u == quantity.Month || u == quantity.Year
}
