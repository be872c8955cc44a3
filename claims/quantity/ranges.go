package quantity

import "strings"

type rangeRead struct {
	lo, hi float64
	unit   Unit
	end    int
	adj    bool
	reject bool // the right side is not a quantity ("9 to 5 p.m."): drop both
	open   bool // the right side is a floor ("20 to 90+ days"): open above
}

// countedTimes are what a count of a week's meetings counts: "3/4
// evenings" offers two counts, where "3/4 hour" is a fraction.
var countedTimes = map[string]bool{"days": true, "evenings": true, "nights": true, "mornings": true, "afternoons": true, "times": true, "sessions": true, "weekdays": true}

// rangeEnd reads the right side of a range after the left number n1 (with
// unit u1 worth f1, ending at end): "3-5", "3 to 5 weeks", "3 or 4",
// "8- to 12-week", "60- or 90-day", "between 6 and 30". The left side inherits the right
// side's unit ("three to five weeks").
func (p *parser) rangeEnd(n1 num, u1 Unit, f1 float64, end int, between bool) (rangeRead, bool) {
	r := end
	conn := p.tokText(r)
	if isDash(conn) && (p.word(r+1) == "to" || p.word(r+1) == "or") {
		// "8- to 12-week", "60- or 90-day": a hyphen left hanging for
		// the unit of the right side.
		r++
		conn = p.word(r)
	}
	// "from 30 days and up to 90": the "and" only joins the far end on.
	if conn == "and" && between && p.word(r+1) == "up" && p.word(r+2) == "to" {
		r++
		conn = "up"
	}
	if conn == "up" && p.word(r+1) == "to" {
		// "anywhere from nine up to twenty"; "about 30 days up to several
		// months", a far end with no number, whatever opened the range.
		if _, vague := p.vagueFarEnd(r+2, u1); between || vague {
			r++
			conn = "to"
		}
	}
	if conn == "," && u1 == None {
		// "30, 60 or 90 days": alternatives listed with the last one's
		// unit span from the first to the last.
		last, ok := p.listEnd(n1, r)
		if !ok {
			return rangeRead{}, false
		}
		r, conn = last, p.word(last)
		if p.punct(last) == "," {
			// ("30, 60, 90 days": commas alone, the last one as "or".)
			conn = "or"
		}
	}
	switch conn {
	case "-", "–", "—", "‐", "‑", "~", "to", "through", "thru":
	case "/":
		// "3/4 evenings per week": two counts to choose from, no
		// fraction of an evening; the slash joins them as a dash would.
		// "(28 / 30 Day)", "28/30-day programs": two lengths to choose
		// from, the unit after the second.
		if u1 != None || !p.isNum(r+1) || !(p.toks[r+1].num == n1.v+1 && countedTimes[p.word(r+2)] || p.toks[r+1].num > n1.v && p.durationAfter(r+2)) {
			return rangeRead{}, false
		}
	case "or":
		switch p.word(r + 1) {
		case "more", "longer", "so", "less", "fewer", "over", "greater", "above", "under", "below", "equal":
			return rangeRead{}, false
		case "even", "possibly", "perhaps", "maybe", "sometimes":
			// "60 or even 90 days": a hedged far end is still the
			// range's, not a length of its own.
			if _, ok := p.number(r + 2); ok {
				r++
			}
		}
	case "and":
		if !between && u1 != None {
			return rangeRead{}, false
		}
	default:
		return rangeRead{}, false
	}
	// "from 24 hours to up to seven days": the far end's "up to" is the
	// range's own.
	if conn == "to" && between && p.word(r+1) == "up" && p.word(r+2) == "to" {
		r += 2
	}
	// "from 30 days up to a maximum of 90 days": the ceiling named.
	if conn == "to" && between && p.word(r+1) == "a" && (p.word(r+2) == "maximum" || p.word(r+2) == "max") && p.word(r+3) == "of" {
		r += 3
	}
	// "between 6-30" is read as a range only with a unit after it
	// ("from 3-10 days"): a bare dash after "between" is too often a
	// score or a street number.
	dashAfterBetween := (conn == "-" || conn == "~") && between
	k := r + 1
	hyphened := false
	if isDash(p.punct(k)) && conn == "to" && p.glued(k+1) {
		k++ // "3-to-5"
		hyphened = p.glued(r) && p.glued(k)
	}
	n2, ok := p.number(k)
	if !ok && between {
		n2, ok = p.rank(k, true)
	}
	// "between two weeks and a month": after "between", "and" spans as "to" does.
	spans := conn == "to" || between && conn == "and"
	if !ok && spans && u1 != None {
		// "from 30 days to several months": a far end that gives no
		// number leaves the range open above its near one; it is no
		// 30-day stay.
		if e, ok := p.vagueFarEnd(k, u1); ok {
			return rangeRead{lo: n1.v * f1, hi: n1.v * f1, unit: u1, end: e, open: true}, true
		}
	}
	if !ok || n2.article && (u1 == None || !spans) {
		return rangeRead{}, false
	}
	if e, reject := p.notAQuantity(k, n2.end); reject {
		if p.clockSuffix(n2.end) > n2.end || p.punct(n2.end) == ":" {
			return rangeRead{end: e, reject: true}, true
		}
		return rangeRead{}, false
	}
	u2, f2, e2, adj := p.unitAfter(n2)
	// ("a three-to-five week program": a range hyphened into one word
	// modifies the noun after its singular unit, as "3-to-5 week" does.)
	if hyphened && !adj && u2 != None && singularAdj[p.word(e2-1)] {
		adj = true
	}
	// "20 to 90+ days": the right side's plus leaves the range open above.
	if u2 == None && p.punct(n2.end) == "+" && p.glued(n2.end) {
		if u, f, e, a := p.unitAfter(num{v: n2.v, end: n2.end + 1}); u != None && (u1 == None || u1 == u) && n2.v*f >= n1.v*f {
			return rangeRead{lo: n1.v * f, hi: n2.v * f, unit: u, end: e, adj: a, open: true}, true
		}
	}
	if dashAfterBetween && u2 == None {
		return rangeRead{}, false
	}
	switch {
	case u2 != None && (u1 == None || u1 == u2):
		lf := f2
		if u1 != None {
			lf = f1
		}
		lo, hi := n1.v*lf, n2.v*f2
		if hi < lo {
			return rangeRead{}, false
		}
		return rangeRead{lo: lo, hi: hi, unit: u2, end: e2, adj: adj}, true
	case u1 != None && u2 != None && finer(u1, u2) && spans:
		// "4 months to a year": both sides in the finer unit.
		return rangeRead{lo: n1.v * f1, hi: n2.v * f2 * spanRatio(u2, u1), unit: u1, end: e2, adj: adj}, true
	case u1 != None && u2 != None && finer(u2, u1) && spans && inFiner(n1.v*f1, u1, u2) <= n2.v*f2:
		// "2 weeks to 45 days": both sides in the finer unit, the right one.
		// ("between one month and 30 days": a month said as 30 days at the
		// far end is no more than it.)
		return rangeRead{lo: min(n1.v*f1*spanRatio(u1, u2), n2.v*f2), hi: n2.v * f2, unit: u2, end: e2, adj: adj}, true
	case u2 == None && u1 == None:
		if conn == "and" && !between {
			return rangeRead{}, false
		}
		if n2.v < n1.v {
			// "from 9 to 4" is a clock span, not a range.
			if conn == "to" && n1.v <= 12 && n2.v <= 12 {
				return rangeRead{end: n2.end, reject: true}, true
			}
			return rangeRead{}, false
		}
		return rangeRead{lo: n1.v, hi: n2.v, end: n2.end}, true
	case u2 == None && u1 != None && conn == "or" && n1.article && n2.v >= 2 && n2.v <= 3 && n2.v == float64(int(n2.v)):
		// "a week or two", "a day or three": one of the unit or a few.
		return rangeRead{lo: n1.v * f1, hi: n2.v * f1, unit: u1, end: n2.end}, true
	case u2 == None && u1 != None && !between && (conn == "to" || isDash(conn)):
		// "3 days to 5" is rare; keep the left side alone.
		return rangeRead{}, false
	}
	return rangeRead{}, false
}

// otherBound joins a lower and an upper bound said apart ("at least 6
// and no more than 19 hours", "above 1000 and below 1500", "as few as six
// weeks or up to 16").
func (p *parser) otherBound(q Quantity, next int) (Quantity, int, bool) {
	if q.Qualifier != AtLeast && q.Qualifier != UpTo || q.OpenEnded || next >= len(p.toks) {
		return q, next, false
	}
	k := next
	if p.punct(k) == "," {
		k++
	}
	// ("as few as six weeks or as many as twelve": the span's two ends;
	// "a minimum of ten hours with a maximum of 16 hours weekly".)
	// ("not less than 5 months nor more than 12": "nor" denies the
	// bound after it, as "and not" would.)
	nor := p.word(k) == "nor"
	if w := p.word(k); w == "and" || w == "but" || w == "or" || w == "with" || nor {
		k++
	} else if k == next {
		return q, next, false
	}
	q2, end, ok := p.at(k)
	if ok && nor {
		switch q2.Qualifier {
		case AtLeast:
			q2.Qualifier, q2.Max, q2.HasMax, q2.HasMin = UpTo, q2.Min, true, false
		case UpTo:
			q2.Qualifier, q2.Min, q2.HasMin, q2.HasMax = AtLeast, q2.Max, true, false
		default:
			ok = false
		}
	}
	if !ok || q2.Qualifier == q.Qualifier || q2.Qualifier != AtLeast && q2.Qualifier != UpTo || q2.OpenEnded {
		return q, next, false
	}
	// ("as little as a month or as long as 100 days": two lengths in
	// units of one family span in the finer one, joined by "or" or
	// "and" alone; not "at least 30 days, with up to 12 months of
	// aftercare".)
	mixed := q.Unit != q2.Unit && q.Unit != None && q2.Unit != None
	joined := (p.word(k-1) == "or" || p.word(k-1) == "and") && p.punct(next) != ","
	if mixed && !(joined && oneFamily(q.Unit, q2.Unit)) || q.Per != q2.Per && q.Per != None && q2.Per != None {
		return q, next, false
	}
	lo, hi := q, q2
	if q.Qualifier == UpTo {
		lo, hi = q2, q
	}
	unit := q.Unit
	if mixed {
		unit = lo.Unit
		if finer(hi.Unit, lo.Unit) {
			unit = hi.Unit
		}
		if lo.Min*ratio(lo.Unit, unit) > hi.Max*ratio(hi.Unit, unit) {
			return q, next, false
		}
		lo.Min, hi.Max = min(lo.Min*spanRatio(lo.Unit, unit), hi.Max*spanRatio(hi.Unit, unit)), hi.Max*spanRatio(hi.Unit, unit)
	}
	m := Quantity{Min: lo.Min, Max: hi.Max, HasMin: true, HasMax: true, Unit: unit, Per: q.Per, Qualifier: Exact}
	if m.Unit == None {
		m.Unit = q2.Unit
	}
	if m.Per == None {
		m.Per = q2.Per
	}
	if m.Min > m.Max {
		return q, next, false
	}
	m.Start, m.End = q.Start, q2.End
	m.Text = p.text[m.Start:m.End]
	return m, end, true
}

// oneFamily reports two time units that convert into each other as
// lengths (day to year) or as times of a day (second to hour).
func oneFamily(a, b Unit) bool {
	ra, rb := unitRank[a], unitRank[b]
	return ra >= unitRank[Day] && rb >= unitRank[Day] || ra > 0 && rb > 0 && ra <= unitRank[Hour] && rb <= unitRank[Hour]
}

// listEnd reads the middle of a list of rising numbers after n1 ("30, 60
// or 90", "3, 4, and 5") from the comma at r, and returns the index of
// the "or" or "and" before its last number, or of the last comma when
// commas alone join three or more lengths ("30, 60, 90 days").
func (p *parser) listEnd(n1 num, r int) (int, bool) {
	prev := n1.v
	comma := r
	for k := r + 1; ; {
		n, ok := p.number(k)
		if !ok || n.article || n.v <= prev {
			return 0, false
		}
		prev = n.v
		next := n.end
		if p.punct(next) == "," {
			next++
		}
		// ("from 30, 60, to 90 days": a comma and "to" close the list
		// as "or" does.)
		if w := p.word(next); w == "or" || w == "and" || w == "to" && next > n.end {
			return next, true
		}
		if next == n.end {
			// ("30, 60, 90 days": three or more rising lengths and
			// commas alone; the comma before the last closes the list.)
			// ("30, 60, 90 days, and longer" is left to the reading of
			// a series that runs on.)
			if u, _, e, _ := p.unit(n.end, false); comma > r && (u == Day || u == Week || u == Month) && !(p.punct(e) == "," && (p.word(e+1) == "and" || p.word(e+1) == "or") && (p.word(e+2) == "longer" || p.word(e+2) == "more")) {
				return comma, true
			}
			return 0, false
		}
		comma = next - 1
		k = next
	}
}

// durationAfter reports a unit of a program's length at token k, spaced
// or hyphenated: "30 days", "30-Day".
func (p *parser) durationAfter(k int) bool {
	u, _, _, _ := p.unit(k, false)
	return u == Day || u == Week || u == Month
}

// vagueFarEnd reads at k a far end of a range that gives no number, in the
// near end's unit u or a coarser one ("several months" after "30 days"),
// and where it ends.
func (p *parser) vagueFarEnd(k int, u Unit) (int, bool) {
	if u == None {
		return 0, false
	}
	v, e, vague := p.vague(k, k)
	return e, vague && v.Per == None && (v.Unit == u || finer(u, v.Unit))
}

// rangeToFarEnd joins a range opened by "from" to the far end after its
// "to": "from 28-30 days to 90 days or longer" spans 28 to 90 days and
// more, not two lengths.
func (p *parser) rangeToFarEnd(q Quantity, next int) (Quantity, int, bool) {
	if !q.HasMin || !q.HasMax || q.Min >= q.Max || q.OpenEnded || q.Per != None || q.Adjectival {
		return q, next, false
	}
	if w := p.word(next); w != "to" && w != "through" {
		return q, next, false
	}
	if !strings.HasPrefix(strings.ToLower(q.Text), "from ") && !strings.HasSuffix(strings.ToLower(strings.TrimRight(p.text[:q.Start], " ")), "from") {
		return q, next, false
	}
	q2, end, ok := p.at(next + 1)
	if !ok || q2.Unit != q.Unit || q2.Per != None || !q2.HasMin || !q2.HasMax || q2.Min != q2.Max || q2.Min <= q.Max {
		return q, next, false
	}
	m := Quantity{Start: q.Start, End: q2.End, Min: q.Min, Max: q2.Max, HasMin: true, HasMax: true, Unit: q.Unit, Qualifier: Exact, OpenEnded: q2.OpenEnded}
	m.Text = p.text[m.Start:m.End]
	return m, end, true
}
