package neardup

import "strconv"

// numberWords are the spelled-out numbers that templates swap for digits
// ("nine hours" / "9 hours"); both are masked before shingling and read as
// values when deciding whether a difference is a fact.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"dozen": 12,
}

// multiplierWords say how often, which is a quantity as much as a number.
var multiplierWords = map[string]float64{"once": 1, "twice": 2, "thrice": 3, "half": 0.5}

// unitWords are the quantity and duration words whose change is a change
// of fact even when the numbers agree ("3 days" / "3 weeks").
var unitWords = map[string]string{
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "hourly": "hour",
	"day": "day", "days": "day", "daily": "day",
	"week": "week", "weeks": "week", "weekly": "week",
	"month": "month", "months": "month", "monthly": "month",
	"year": "year", "years": "year", "yearly": "year", "annually": "year", "annual": "year",
	"percent": "percent",
}

// isDigitKey takes a key as a string or as the bytes signing builds it in,
// which as a string would be copied for every word signed.
func isDigitKey[K ~string | ~[]byte](key K) bool {
	return len(key) > 0 && key[0] >= '0' && key[0] <= '9'
}

// numberValue reads a single word key as a number.
func numberValue(key string) (float64, bool) {
	if isDigitKey(key) {
		v, err := strconv.ParseFloat(key, 64)
		return v, err == nil
	}
	if v, ok := numberWords[key]; ok {
		return v, true
	}
	v, ok := multiplierWords[key]
	return v, ok
}

// quantities reads the values and units that tokens[lo:hi] state, with the
// neighbouring words as context: "an hour" is 1 hour, "twenty five" is 25,
// "a dozen" is 12, "two hundred" is 200. Units are reported in canonical
// form so "hours" and "hour" agree. The result is one list of values and
// one of units, in reading order.
func quantities(tokens []token, lo, hi int) (vals []float64, units []string) {
	// Widen to whole number phrases so "twenty" → "twenty five" is read
	// as 20 vs 25 rather than by pieces.
	for lo > 0 && isNumberish(tokens[lo-1].key) && lo < len(tokens) && isNumberish(tokens[lo].key) {
		lo--
	}
	for hi < len(tokens) && hi > 0 && isNumberish(tokens[hi-1].key) && isNumberish(tokens[hi].key) {
		hi++
	}
	for i := lo; i < hi; i++ {
		k := tokens[i].key
		if u, ok := unitWords[k]; ok {
			units = append(units, u)
			continue
		}
		if (k == "a" || k == "an") && i+1 < len(tokens) && (i == 0 || multiplierWords[tokens[i-1].key] == 0) {
			next := tokens[i+1].key
			if _, ok := unitWords[next]; ok {
				vals = append(vals, 1)
				continue
			}
		}
		v, ok := numberValue(k)
		if !ok || compoundWord(tokens, i) {
			continue
		}
		// Combine a spelled-out compound: tens + ones, × hundred/thousand.
		for i+1 < hi+1 && i+1 < len(tokens) {
			nk := tokens[i+1].key
			nv, nok := numberWords[nk]
			if !nok || isDigitKey(k) && nk != "hundred" && nk != "thousand" {
				break
			}
			switch {
			case nk == "hundred" || nk == "thousand":
				v *= nv
			case v >= 20 && v < 100 && int(v)%10 == 0 && nv < 10:
				v += nv
			default:
				nv = -1
			}
			if nv < 0 {
				break
			}
			i++
			k = nk
		}
		vals = append(vals, v)
	}
	return vals, units
}

func isNumberish(key string) bool {
	if isDigitKey(key) {
		return true
	}
	_, ok := numberWords[key]
	return ok
}

// compoundWord reports a spelled-out number glued by a hyphen to ordinary
// words, as in "one-on-one", which names a kind of session, not a count;
// "one-hour" stays a value because a unit follows.
func compoundWord(t []token, i int) bool {
	if isDigitKey(t[i].key) {
		return false
	}
	glued := func(j int) bool { return j >= 0 && j+1 < len(t) && t[j].hyphenNext }
	if glued(i) {
		next := t[i+1].key
		_, unit := unitWords[next]
		return !unit && !isNumberish(next)
	}
	return glued(i-1) && !isNumberish(t[i-1].key)
}
