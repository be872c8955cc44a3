package claims

import (
	"math"
	"strconv"
)

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
	// Four decimals: 50 minutes is 0.8333 h, not 0.8333333333333334.
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}
