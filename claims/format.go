package claims

import "strconv"

// FormatRange renders a range with open bounds: "3–5", "3", "≥3", "≤365.25".
func FormatRange(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return num(*lo)
	case lo != nil && hi != nil:
		return num(*lo) + "–" + num(*hi)
	case lo != nil:
		return "≥" + num(*lo)
	case hi != nil:
		return "≤" + num(*hi)
	}
	return "?"
}

func num(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
